// The console driven like a person would, offscreen, against a real compliance-stored:
// signing in through the login and trust dialogs, refusing a wrong pinned certificate,
// deciding access requests in MainWindow, the server's refusals shown as it words them,
// requesting access, and the Users page. Every model is watched by QAbstractItemModelTester.

#include "ApiClient.h"
#include "TestServer.h"
#include "access/AccessPage.h"
#include "access/AccessRequestModel.h"
#include "access/GrantModel.h"
#include "access/RequestAccessDialog.h"
#include "shell/LoginDialog.h"
#include "shell/MainWindow.h"
#include "shell/SettingsCertificateTrust.h"
#include "shell/TrustDialog.h"
#include "users/AddUserDialog.h"
#include "users/UserModel.h"
#include "users/UsersPage.h"
#include "widgets/CommentDialog.h"
#include "widgets/DataTableView.h"
#include "widgets/MessageBar.h"
#include "widgets/TableFilterProxy.h"
#include "widgets/Theme.h"

#include <memory>
#include <vector>

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTemporaryDir>
#include <QTest>

using namespace cc;
using namespace cc::ui;

class TestGui : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void signInTrustingCertificateInDialog();
    void wrongPinnedFingerprintIsRefused();
    void pendingRequestIsApproved();
    void denyingOwnRequestShowsServerError();
    void requestAccessShowsServerMessageForShortReason();
    void usersPageAddsAndOffboards();
    void modelsPageThroughLongLists();
    void everyThemePairMeetsWcagAA_data();
    void everyThemePairMeetsWcagAA();

private:
    // A client signed in with the server's certificate pinned (no dialog).
    std::unique_ptr<client::ApiClient> signedInClient(test::TestServer::Account &account);
    MainWindow *openMainWindow(client::ApiClient *client);
    void watch(QAbstractItemModel *model);
    static int proxyRowOf(QAbstractItemModel *proxy, qint64 id);
    static void clickRow(DataTableView *view, int row);
    static void fillLogin(LoginDialog *dialog, const QUrl &server,
                          const test::TestServer::Account &account, const QString &code);

    test::TestServer m_server;
    test::TestServer::Account m_officer; // decides in MainWindow
    test::TestServer::Account m_employee;
    test::TestServer::Account m_admin;
    QString m_employeeToken;
    QString m_officerRawToken;
    client::InMemoryCertificateTrust m_pinned;
    std::unique_ptr<client::ApiClient> m_officerClient;
    std::unique_ptr<MainWindow> m_window;
    std::vector<std::unique_ptr<QAbstractItemModelTester>> m_testers;
};

void TestGui::initTestCase()
{
    QVERIFY2(m_server.start(), qPrintable(m_server.errorString()));
    m_officer = m_server.addUser(QStringLiteral("carol"), QStringLiteral("compliance_officer"),
                                 QStringLiteral("Compliance officer"));
    m_employee = m_server.addUser(QStringLiteral("bob"), QStringLiteral("employee"),
                                  QStringLiteral("Data analyst"));
    m_admin = m_server.addUser(QStringLiteral("ada"), QStringLiteral("admin"));
    QVERIFY(m_officer.id > 0 && m_employee.id > 0 && m_admin.id > 0);
    m_employeeToken = m_server.login(m_employee); // also enrols bob's 2FA
    QVERIFY(!m_employeeToken.isEmpty());
    m_pinned.pinCertificate(client::CertificateTrust::serverKey(m_server.baseUrl()),
                            m_server.certificate());
}

void TestGui::cleanupTestCase()
{
    // Testers first: they watch models owned by the window.
    m_testers.clear();
    m_window.reset();
    m_officerClient.reset();
}

void TestGui::watch(QAbstractItemModel *model)
{
    m_testers.push_back(std::make_unique<QAbstractItemModelTester>(
        model, QAbstractItemModelTester::FailureReportingMode::QtTest));
}

std::unique_ptr<client::ApiClient> TestGui::signedInClient(test::TestServer::Account &account)
{
    auto api = std::make_unique<client::ApiClient>();
    api->setCertificateTrust(&m_pinned);
    api->setBaseUrl(m_server.baseUrl());
    client::ApiJob *job
        = api->signIn(account.username, account.password, m_server.nextTotp(account));
    QSignalSpy spy(job, &client::ApiJob::finished);
    if (!spy.isValid() || !spy.wait(30'000) || !api->isSignedIn())
        return nullptr;
    return api;
}

MainWindow *TestGui::openMainWindow(client::ApiClient *api)
{
    auto *window = new MainWindow(api);
    window->show();
    return window;
}

int TestGui::proxyRowOf(QAbstractItemModel *proxy, qint64 id)
{
    for (int row = 0; row < proxy->rowCount(); ++row) {
        if (proxy->index(row, 0).data(PagedTableModel::IdRole).toLongLong() == id)
            return row;
    }
    return -1;
}

void TestGui::clickRow(DataTableView *view, int row)
{
    const QRect cell = view->visualRect(view->model()->index(row, 0));
    QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, cell.center());
}

void TestGui::fillLogin(LoginDialog *dialog, const QUrl &server,
                        const test::TestServer::Account &account, const QString &code)
{
    auto *serverEdit = dialog->findChild<QLineEdit *>(QStringLiteral("serverEdit"));
    QVERIFY(serverEdit);
    serverEdit->clear();
    QTest::keyClicks(serverEdit, server.toString());
    QTest::keyClicks(dialog->findChild<QLineEdit *>(QStringLiteral("usernameEdit")),
                     account.username);
    QTest::keyClicks(dialog->findChild<QLineEdit *>(QStringLiteral("passwordEdit")),
                     account.password);
    QTest::keyClicks(dialog->findChild<QLineEdit *>(QStringLiteral("totpEdit")), code);
}

void TestGui::signInTrustingCertificateInDialog()
{
    QTemporaryDir settingsDir;
    QVERIFY(settingsDir.isValid());
    SettingsCertificateTrust trust(settingsDir.filePath(QStringLiteral("console.ini")));
    client::ApiClient api;
    LoginDialog dialog(&api, &trust);
    QSignalSpy signedIn(&dialog, &LoginDialog::signedIn);
    QVERIFY(signedIn.isValid());
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));

    fillLogin(&dialog, m_server.baseUrl(), m_officer, m_server.nextTotp(m_officer));
    if (QTest::currentTestFailed())
        return;
    auto *signIn = dialog.findChild<QPushButton *>(QStringLiteral("signInButton"));
    QVERIFY(signIn && signIn->isEnabled());
    QTest::mouseClick(signIn, Qt::LeftButton);

    // The self-signed certificate is not trusted yet: the dialog asks, showing its fingerprint.
    QTRY_VERIFY_WITH_TIMEOUT(dialog.trustDialog(), 20'000);
    TrustDialog *trustDialog = dialog.trustDialog();
    QTRY_VERIFY(trustDialog->isVisible());
    const QString expected = client::CertificateTrust::formatFingerprint(
        client::CertificateTrust::fingerprint(m_server.certificate()));
    // The whole fingerprint, in four lines of eight bytes.
    const QString shown
        = trustDialog->findChild<QLabel *>(QStringLiteral("fingerprintLabel"))->text();
    QCOMPARE(shown.split(QLatin1Char('\n')).size(), 4);
    QCOMPARE(QString(shown).remove(QLatin1Char('\n')), expected);
    QVERIFY(!trustDialog->findChild<QLabel *>(QStringLiteral("validityLabel"))->text().isEmpty());
    QCOMPARE(signedIn.count(), 0);
    QTest::mouseClick(trustDialog->findChild<QPushButton *>(QStringLiteral("trustButton")),
                      Qt::LeftButton);

    QTRY_COMPARE_WITH_TIMEOUT(signedIn.count(), 1, 20'000);
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    QVERIFY(api.isSignedIn());
    QCOMPARE(api.session().user.username, m_officer.username);
    QVERIFY(api.session().can(client::permission::AccessApprove));
    // The choice is remembered for this server, as the SHA-256 fingerprint.
    SettingsCertificateTrust reread(settingsDir.filePath(QStringLiteral("console.ini")));
    QCOMPARE(reread.pinnedFingerprint(api.serverKey()),
             client::CertificateTrust::fingerprint(m_server.certificate()));
}

void TestGui::wrongPinnedFingerprintIsRefused()
{
    client::InMemoryCertificateTrust trust;
    trust.pin(client::CertificateTrust::serverKey(m_server.baseUrl()),
              QCryptographicHash::hash("some other certificate", QCryptographicHash::Sha256));
    client::ApiClient api;
    LoginDialog dialog(&api, &trust);
    QSignalSpy signedIn(&dialog, &LoginDialog::signedIn);
    QVERIFY(signedIn.isValid());
    dialog.show();
    fillLogin(&dialog, m_server.baseUrl(), m_officer, m_server.nextTotp(m_officer));
    if (QTest::currentTestFailed())
        return;
    QTest::mouseClick(dialog.findChild<QPushButton *>(QStringLiteral("signInButton")),
                      Qt::LeftButton);

    // Refused: the person is told the certificate changed, and must choose explicitly.
    QTRY_VERIFY_WITH_TIMEOUT(dialog.trustDialog() && dialog.trustDialog()->isVisible(), 20'000);
    QVERIFY(dialog.trustDialog()
                ->findChild<QLabel *>(QStringLiteral("trustIntro"))
                ->text()
                .contains(QStringLiteral("changed")));
    QVERIFY(!api.isSignedIn());
    QTest::mouseClick(
        dialog.trustDialog()->findChild<QPushButton *>(QStringLiteral("cancelButton")),
        Qt::LeftButton);
    QTRY_VERIFY(dialog.errorText().contains(QStringLiteral("not trusted")));
    QCOMPARE(signedIn.count(), 0);
    QVERIFY(!api.isSignedIn());
    QVERIFY(dialog.isVisible());
    // The wrong pin was not replaced behind the person's back.
    QVERIFY(!trust.isTrusted(api.serverKey(), m_server.certificate()));
}

void TestGui::pendingRequestIsApproved()
{
    const test::ApiReply created = m_server.call(
        "POST", QStringLiteral("/access-requests"),
        {{QStringLiteral("category"), QStringLiteral("orders.pii")},
         {QStringLiteral("client"), QStringLiteral("ACME-EU")},
         {QStringLiteral("reason"),
          QStringLiteral("Investigating a refund dispute for order 114-2213344 raised by the "
                         "client's support team")},
         {QStringLiteral("duration_hours"), 8}},
        m_employeeToken);
    QCOMPARE(created.status, 201);
    const qint64 requestId = created.json.value(QStringLiteral("id")).toInteger();

    m_officerClient = signedInClient(m_officer);
    QVERIFY(m_officerClient);
    m_window.reset(openMainWindow(m_officerClient.get()));
    QSignalSpy loaded(m_window.get(), &MainWindow::loaded);
    QVERIFY(loaded.isValid());
    AccessPage *page = m_window->page<AccessPage>();
    watch(page->requestModel());
    watch(page->requestProxy());
    watch(page->grantModel());
    watch(page->grantProxy());
    QVERIFY(m_window->page<UsersPage>()); // officers have users:read
    watch(m_window->page<UsersPage>()->model());
    watch(m_window->page<UsersPage>()->proxy());
    QTRY_VERIFY_WITH_TIMEOUT(m_window->hasLoaded(), 20'000);
    QVERIFY(loaded.count() >= 1);

    // The status bar says where, how and who.
    QCOMPARE(m_window->findChild<QLabel *>(QStringLiteral("serverStatus"))->text(),
             tr("Server: %1").arg(m_officerClient->serverKey()));
    QVERIFY(m_window->findChild<QLabel *>(QStringLiteral("tlsStatus"))
                ->text()
                .startsWith(QStringLiteral("TLS 1.")));
    QVERIFY(m_window->findChild<QLabel *>(QStringLiteral("userStatus"))
                ->text()
                .contains(m_officer.username));

    auto *pending = m_window->findChild<DataTableView *>(QStringLiteral("pendingTable"));
    QVERIFY(pending);
    int row = -1;
    QTRY_VERIFY((row = proxyRowOf(pending->model(), requestId)) >= 0);
    const QModelIndex reasonIndex = pending->model()->index(row, AccessRequestModel::Reason);
    QVERIFY(reasonIndex.data(Qt::ToolTipRole).toString().contains(QStringLiteral("114-2213344")));
    QCOMPARE(pending->model()->index(row, AccessRequestModel::TwoFactor).data().toString(),
             tr("Enrolled"));

    auto *approve = m_window->findChild<QPushButton *>(QStringLiteral("approveButton"));
    QVERIFY(approve);
    QVERIFY(!approve->isEnabled()); // nothing selected yet
    clickRow(pending, row);
    QTRY_VERIFY(approve->isEnabled());
    QTest::mouseClick(approve, Qt::LeftButton);

    QPointer<CommentDialog> dialog;
    QTRY_VERIFY((dialog = m_window->findChild<CommentDialog *>()) && dialog->isVisible());
    QTest::keyClicks(dialog->findChild<QPlainTextEdit *>(QStringLiteral("commentEdit")),
                     QStringLiteral("Matches ticket 4711; limited to 8 hours."));
    QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("okButton")), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(dialog.isNull() || !dialog->isVisible(), 20'000);

    // It leaves Pending and shows up in Grants as active.
    auto *grants = m_window->findChild<DataTableView *>(QStringLiteral("grantsTable"));
    QVERIFY(grants);
    QTRY_VERIFY_WITH_TIMEOUT(page->hasLoaded() && proxyRowOf(pending->model(), requestId) < 0,
                             20'000);
    const auto grantRow = [&] {
        for (const client::Grant &g : page->grantModel()->items()) {
            if (g.requestId == requestId)
                return g;
        }
        return client::Grant();
    };
    QTRY_COMPARE_WITH_TIMEOUT(grantRow().status, QStringLiteral("active"), 20'000);
    QCOMPARE(grantRow().grantedByUsername, m_officer.username);
    QCOMPARE(grantRow().username, m_employee.username);
    QVERIFY(m_window->findChild<MessageBar *>(QStringLiteral("accessMessage"))
                ->text()
                .startsWith(tr("Approved")));
}

void TestGui::denyingOwnRequestShowsServerError()
{
    QVERIFY(m_window);
    AccessPage *page = m_window->page<AccessPage>();
    QTRY_VERIFY(page->hasLoaded());

    // The officer asks for access through the dialog…
    auto *requestButton = m_window->findChild<QPushButton *>(QStringLiteral("requestAccessButton"));
    QTRY_VERIFY(requestButton->isEnabled());
    QTest::mouseClick(requestButton, Qt::LeftButton);
    QPointer<RequestAccessDialog> request;
    QTRY_VERIFY((request = m_window->findChild<RequestAccessDialog *>()) && request->isVisible());
    auto *category = request->findChild<QComboBox *>(QStringLiteral("categoryCombo"));
    QVERIFY(category->count() >= 3);
    category->setCurrentIndex(category->findData(QStringLiteral("orders.nonpii")));
    QVERIFY(category->currentIndex() >= 0);
    QTest::keyClicks(request->findChild<QLineEdit *>(QStringLiteral("clientEdit")),
                     QStringLiteral("ACME-US"));
    QTest::keyClicks(request->findChild<QPlainTextEdit *>(QStringLiteral("reasonEdit")),
                     QStringLiteral("Reconciling the monthly shipment report for the US "
                                    "marketplace"));
    auto *duration = request->findChild<QSpinBox *>(QStringLiteral("durationSpin"));
    duration->setValue(4);
    QTest::mouseClick(request->findChild<QPushButton *>(QStringLiteral("submitButton")),
                      Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(request.isNull() || !request->isVisible(), 20'000);

    // …and it appears in Pending (approvers see everyone's requests, their own included).
    auto *pending = m_window->findChild<DataTableView *>(QStringLiteral("pendingTable"));
    qint64 ownId = 0;
    QTRY_VERIFY_WITH_TIMEOUT(
        [&] {
            for (const client::AccessRequest &r : page->requestModel()->items()) {
                if (r.requesterUsername == m_officer.username)
                    ownId = r.id;
            }
            return ownId > 0 && page->hasLoaded();
        }(),
        20'000);

    // What the server says to a self-decision, asked directly (a refusal changes nothing).
    if (m_officerRawToken.isEmpty())
        m_officerRawToken = m_server.login(m_officer);
    const test::ApiReply raw
        = m_server.call("POST", QStringLiteral("/access-requests/%1/deny").arg(ownId),
                        {{QStringLiteral("comment"), QStringLiteral("No.")}}, m_officerRawToken);
    QVERIFY2(raw.status == 403 || raw.status == 409 || raw.status == 400, raw.raw.constData());
    QVERIFY(!raw.errorMessage().isEmpty());

    const int row = proxyRowOf(pending->model(), ownId);
    QVERIFY(row >= 0);
    clickRow(pending, row);
    auto *deny = m_window->findChild<QPushButton *>(QStringLiteral("denyButton"));
    QTRY_VERIFY(deny->isEnabled());
    QTest::mouseClick(deny, Qt::LeftButton);
    QPointer<CommentDialog> dialog;
    QTRY_VERIFY((dialog = m_window->findChild<CommentDialog *>()) && dialog->isVisible());
    // A denial needs a reason before anything is sent.
    QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("okButton")), Qt::LeftButton);
    QVERIFY(!dialog->errorText().isEmpty());
    QTest::keyClicks(dialog->findChild<QPlainTextEdit *>(QStringLiteral("commentEdit")),
                     QStringLiteral("Testing the four-eyes rule."));
    QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("okButton")), Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(dialog->errorText(), raw.errorMessage(), 20'000);
    QVERIFY(dialog->isVisible()); // the comment is not lost
    dialog->reject();
    QVERIFY(proxyRowOf(pending->model(), ownId) >= 0); // still pending
}

void TestGui::requestAccessShowsServerMessageForShortReason()
{
    QVERIFY(m_window);
    const QJsonObject body {{QStringLiteral("category"), QStringLiteral("aggregates")},
                            {QStringLiteral("client"), QStringLiteral("ACME-EU")},
                            {QStringLiteral("reason"), QStringLiteral("need it")},
                            {QStringLiteral("duration_hours"), 2}};
    const test::ApiReply raw
        = m_server.call("POST", QStringLiteral("/access-requests"), body, m_employeeToken);
    QCOMPARE(raw.status, 400);
    QCOMPARE(raw.errorCode(), QStringLiteral("invalid_input"));

    auto *requestButton = m_window->findChild<QPushButton *>(QStringLiteral("requestAccessButton"));
    QTRY_VERIFY(requestButton->isEnabled());
    QTest::mouseClick(requestButton, Qt::LeftButton);
    QPointer<RequestAccessDialog> dialog;
    QTRY_VERIFY((dialog = m_window->findChild<RequestAccessDialog *>()) && dialog->isVisible());
    auto *category = dialog->findChild<QComboBox *>(QStringLiteral("categoryCombo"));
    category->setCurrentIndex(category->findData(QStringLiteral("aggregates")));
    QTest::keyClicks(dialog->findChild<QLineEdit *>(QStringLiteral("clientEdit")),
                     QStringLiteral("ACME-EU"));
    QTest::keyClicks(dialog->findChild<QPlainTextEdit *>(QStringLiteral("reasonEdit")),
                     QStringLiteral("need it"));
    dialog->findChild<QSpinBox *>(QStringLiteral("durationSpin"))->setValue(2);
    QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("submitButton")),
                      Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(dialog->errorText(), raw.errorMessage(), 20'000);
    QVERIFY(dialog->isVisible());
    dialog->reject();
}

void TestGui::usersPageAddsAndOffboards()
{
    auto api = signedInClient(m_admin);
    QVERIFY(api);
    std::unique_ptr<MainWindow> window(openMainWindow(api.get()));
    UsersPage *page = window->page<UsersPage>();
    QVERIFY(page);
    QAbstractItemModelTester modelTester(page->model(),
                                         QAbstractItemModelTester::FailureReportingMode::QtTest);
    QAbstractItemModelTester proxyTester(page->proxy(),
                                         QAbstractItemModelTester::FailureReportingMode::QtTest);
    window->showPage(page);
    QTRY_VERIFY_WITH_TIMEOUT(window->hasLoaded(), 20'000);
    const auto userRow = [&](const QString &username) {
        for (const client::User &u : page->model()->items()) {
            if (u.username == username)
                return u;
        }
        return client::User();
    };
    QCOMPARE(userRow(m_employee.username).totpEnrolled, true);

    auto *add = window->findChild<QPushButton *>(QStringLiteral("addUserButton"));
    QVERIFY(add->isEnabled());
    QTest::mouseClick(add, Qt::LeftButton);
    QPointer<AddUserDialog> dialog;
    QTRY_VERIFY((dialog = window->findChild<AddUserDialog *>()) && dialog->isVisible());
    QTest::keyClicks(dialog->findChild<QLineEdit *>(QStringLiteral("usernameEdit")),
                     QStringLiteral("dave"));
    QTest::keyClicks(dialog->findChild<QLineEdit *>(QStringLiteral("displayNameEdit")),
                     QStringLiteral("Dave Dunn"));
    QTest::keyClicks(dialog->findChild<QLineEdit *>(QStringLiteral("emailEdit")),
                     QStringLiteral("dave@test.example"));
    QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("generateButton")),
                      Qt::LeftButton);
    QCOMPARE(dialog->findChild<QLineEdit *>(QStringLiteral("passwordEdit"))->text().size(), 20);
    QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("createButton")),
                      Qt::LeftButton);
    auto *uri = dialog->findChild<QLineEdit *>(QStringLiteral("totpUriEdit"));
    QTRY_VERIFY2_WITH_TIMEOUT(uri->isVisible(), qPrintable(dialog->errorText()), 20'000);
    QVERIFY(uri->text().startsWith(QStringLiteral("otpauth://totp/")));
    QVERIFY(uri->text().contains(QStringLiteral("secret=")));
    QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("doneButton")),
                      Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(userRow(QStringLiteral("dave")).status, QStringLiteral("active"),
                              20'000);
    QCOMPARE(userRow(QStringLiteral("dave")).totpEnrolled, false);

    // Offboard dave, confirming in the dialog.
    auto *table = window->findChild<DataTableView *>(QStringLiteral("usersTable"));
    QTRY_VERIFY(page->hasLoaded());
    const int row = proxyRowOf(table->model(), userRow(QStringLiteral("dave")).id);
    QVERIFY(row >= 0);
    clickRow(table, row);
    auto *offboard = window->findChild<QPushButton *>(QStringLiteral("offboardButton"));
    QTRY_VERIFY(offboard->isEnabled());
    QTest::mouseClick(offboard, Qt::LeftButton);
    QPointer<CommentDialog> confirm;
    QTRY_VERIFY((confirm = window->findChild<CommentDialog *>()) && confirm->isVisible());
    QTest::keyClicks(confirm->findChild<QPlainTextEdit *>(QStringLiteral("commentEdit")),
                     QStringLiteral("Left the company"));
    QTest::mouseClick(confirm->findChild<QPushButton *>(QStringLiteral("okButton")),
                      Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(userRow(QStringLiteral("dave")).status, QStringLiteral("offboarded"),
                              20'000);

    // An admin has no access:approve: the decision buttons stay off.
    QVERIFY(!window->findChild<QPushButton *>(QStringLiteral("approveButton"))->isEnabled());
    QVERIFY(!window->findChild<QPushButton *>(QStringLiteral("revokeButton"))->isEnabled());
}

void TestGui::modelsPageThroughLongLists()
{
    QVERIFY(m_officerClient);
    // More users than a page: the model reads on as the view (here: the test) asks.
    const test::ApiReply all = m_server.call("GET", QStringLiteral("/users?limit=500"), {},
                                             m_officerRawToken.isEmpty()
                                                 ? (m_officerRawToken = m_server.login(m_officer))
                                                 : m_officerRawToken);
    QCOMPARE(all.status, 200);
    const int total = int(all.json.value(QStringLiteral("items")).toArray().size());
    QVERIFY(total >= 4);

    UserModel model(m_officerClient.get());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setPageSize(2);
    QSignalSpy loaded(&model, &PagedTableModel::loaded);
    QVERIFY(loaded.isValid());
    model.reload();
    QTRY_COMPARE_WITH_TIMEOUT(loaded.count(), 1, 20'000);
    QCOMPARE(model.rowCount(), 2);
    QVERIFY(model.canFetchMore({}));
    while (model.canFetchMore({}) || model.isLoading()) {
        const int before = loaded.count();
        if (model.canFetchMore({}))
            model.fetchMore({});
        QTRY_VERIFY_WITH_TIMEOUT(loaded.count() > before, 20'000);
    }
    QCOMPARE(model.rowCount(), total);
    QVERIFY(!model.hasMore());
    QVERIFY(model.errorString().isEmpty());
}

// WCAG 2.1 AA: text and badges at least 4.5:1 against their background, in both themes, for
// every pair the theme defines (the theme lists them; a colour added without its pair would
// be caught in review, a pair that fails is caught here).
void TestGui::everyThemePairMeetsWcagAA_data()
{
    QTest::addColumn<QColor>("foreground");
    QTest::addColumn<QColor>("background");
    for (const auto &[name, colors] :
         {std::pair {"light", &theme::light()}, std::pair {"dark", &theme::dark()}}) {
        const QList<theme::ContrastPair> pairs = theme::contrastPairs(*colors);
        QVERIFY(pairs.size() > 40);
        for (const theme::ContrastPair &pair : pairs)
            QTest::addRow("%s: %s", name, qPrintable(pair.name))
                << pair.foreground << pair.background;
    }
}

void TestGui::everyThemePairMeetsWcagAA()
{
    QFETCH(QColor, foreground);
    QFETCH(QColor, background);
    const double ratio = theme::contrastRatio(foreground, background);
    QVERIFY2(ratio >= 4.5,
             qPrintable(QStringLiteral("%1 on %2: %3:1")
                            .arg(foreground.name(), background.name())
                            .arg(ratio, 0, 'f', 2)));
    // The formula itself, against WCAG's own extremes.
    QCOMPARE(qRound(theme::contrastRatio(Qt::black, Qt::white) * 100), 2100);
    QCOMPARE(theme::contrastRatio(Qt::white, Qt::white), 1.0);
}

QTEST_MAIN(TestGui)
#include "tst_gui.moc"
