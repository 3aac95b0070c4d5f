// The console driven like a person would, offscreen, against a real compliance-stored:
// signing in through the login and trust dialogs, refusing a wrong pinned certificate,
// enrolling with a code, deciding access requests in MainWindow (and not one's own), the
// server's refusals shown as it words them, requesting access, the Users page (add, change
// roles, unlock, reset, offboard) and Change password; then what holds for every page: it fits
// a 1280×800 screen, every control and dialog field has an accessible name and description,
// the keyboard reaches every page and filter, links open pages, every colour pair of the theme
// meets WCAG AA, and the translations are finished. Every model is watched by
// QAbstractItemModelTester.

#include "AlertTypes.h"
#include "ApiClient.h"
#include "GuiTestBase.h"
#include "TestServer.h"
#include "Words.h"
#include "access-reviews/StartAccessReviewDialog.h"
#include "access/AccessPage.h"
#include "access/AccessRequestModel.h"
#include "access/GrantModel.h"
#include "access/RequestAccessDialog.h"
#include "assets/AssetDialog.h"
#include "assets/AssetReviewDialog.h"
#include "controls/EvidencePackDialog.h"
#include "crypto/Totp.h"
#include "devices/DeviceDialog.h"
#include "incidents/IncidentEditDialog.h"
#include "incidents/ReportIncidentDialog.h"
#include "monitoring/AlertActionDialog.h"
#include "monitoring/AlertModel.h"
#include "retention/DeletionRequestDialog.h"
#include "retention/PassphraseDialog.h"
#include "shell/ChangePasswordDialog.h"
#include "shell/EnrolmentForm.h"
#include "shell/LoginDialog.h"
#include "shell/MainWindow.h"
#include "shell/NavigationBadges.h"
#include "shell/Navigator.h"
#include "shell/NotificationBell.h"
#include "shell/NotificationEmailDialog.h"
#include "shell/PageSwitcher.h"
#include "shell/PolicyDialog.h"
#include "shell/Preferences.h"
#include "shell/SettingsCertificateTrust.h"
#include "shell/SettingsDeviceTokenStore.h"
#include "shell/TrustDialog.h"
#include "tasks/TaskModel.h"
#include "tasks/TasksPage.h"
#include "users/AddUserDialog.h"
#include "users/EditUserDialog.h"
#include "users/LeaverItemsDialog.h"
#include "users/ResetCredentialsDialog.h"
#include "users/UserModel.h"
#include "users/UsersPage.h"
#include "widgets/CommentDialog.h"
#include "widgets/DataTableView.h"
#include "widgets/MessageBar.h"
#include "widgets/Page.h"
#include "widgets/QrCodeView.h"
#include "widgets/TableFilterProxy.h"
#include "widgets/Theme.h"

#include <memory>
#include <vector>

#include <QAbstractItemModelTester>
#include <QAbstractSpinBox>
#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QGraphicsView>
#include <QJsonArray>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QScrollArea>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTabBar>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>

using namespace cc;
using namespace cc::ui;

class TestGui : public test::GuiTestBase
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void signInTrustingCertificateInDialog();
    void wrongPinnedFingerprintIsRefused();
    void enrolWithACodeInTheSignInDialog();
    void pendingRequestIsApproved();
    void ownRequestCannotBeDecidedAndSaysWhy();
    void refusedDecisionKeepsTheComment();
    void requestAccessShowsServerMessageForShortReason();
    void tasksPageOpensWhatWaitsWithBadges();
    void usersPageAddsAndOffboards();
    void usersPageChangesRolesUnlocksAndResets();
    void usersPageDesignatesSetsManagerAndResetsTwoFactor();
    void changePasswordFromTheConsoleMenu();
    void notificationEmailRoundTrip();
    void noSmtpWarningBarForAdminsAndOfficers();
    void modelsPageThroughLongLists();
    void everyPageFitsA1280x800Screen();
    void everyNewDialogFitsA1280x800Screen();
    void everyControlHasAnAccessibleNameAndDescription();
    void keyboardReachesEveryPageAndFilter();
    void linksOpenAPageWithAFilterOrAnObject();
    void everyThemePairMeetsWcagAA_data();
    void everyThemePairMeetsWcagAA();
    void alertSeveritiesHaveTheThemesBadges();
    // Fails until the German and French translations (the translators' branches) are merged.
    void translationsAreFinished_data();
    void translationsAreFinished();

private:
    static void fillLogin(LoginDialog *dialog, const QUrl &server,
                          const test::TestServer::Account &account, const QString &code);

    test::TestServer::Account m_officer; // decides in MainWindow
    test::TestServer::Account m_employee;
    test::TestServer::Account m_admin;
    QString m_employeeToken;
    QString m_officerRawToken;
    QString m_adminRawToken;
    MainWindow *m_window = nullptr; // the officer's
    MainWindow *m_adminWindow = nullptr;
};

void TestGui::initTestCase()
{
    QVERIFY2(startServer(), qPrintable(errorString()));
    m_officer = m_server.addUser(QStringLiteral("carol"), QStringLiteral("compliance_officer"),
                                 QStringLiteral("Compliance officer"));
    m_employee = m_server.addUser(QStringLiteral("bob"), QStringLiteral("employee"),
                                  QStringLiteral("Data analyst"));
    m_admin = m_server.addUser(QStringLiteral("ada"), QStringLiteral("admin"));
    QVERIFY(m_officer.id > 0 && m_employee.id > 0 && m_admin.id > 0);
    m_employeeToken = m_server.login(m_employee); // also enrols bob's 2FA
    QVERIFY(!m_employeeToken.isEmpty());
}

void TestGui::cleanupTestCase()
{
    closeWindows();
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

// Someone the admin invited enrols from the sign-in dialog: the code they were given and a new
// password (a refused one named by its rule, next to the field, nothing typed lost), then the new
// secret shown once as a QR code and as text, a code from it, and they are signed in; the device
// token the server gives is kept in a file only they can read.
void TestGui::enrolWithACodeInTheSignInDialog()
{
    if (m_adminRawToken.isEmpty())
        m_adminRawToken = m_server.login(m_admin);
    const test::ApiReply invited
        = m_server.call("POST", QStringLiteral("/users"),
                        {{QStringLiteral("username"), QStringLiteral("erin")},
                         {QStringLiteral("email"), QStringLiteral("erin@test.example")},
                         {QStringLiteral("display_name"), QStringLiteral("Erin Eck")},
                         {QStringLiteral("roles"), QJsonArray {QStringLiteral("employee")}}},
                        m_adminRawToken);
    QCOMPARE(invited.status, 201);
    const QString code = invited.json.value(QStringLiteral("enrolment_code")).toString();
    QVERIFY(!code.isEmpty());

    QTemporaryDir settingsDir;
    QVERIFY(settingsDir.isValid());
    const QString tokenFile = settingsDir.filePath(QStringLiteral("device-tokens.ini"));
    SettingsDeviceTokenStore devices(tokenFile);
    client::ApiClient api;
    api.setDeviceTokenStore(&devices);
    LoginDialog dialog(&api, &m_pinned);
    QSignalSpy signedIn(&dialog, &LoginDialog::signedIn);
    QVERIFY(signedIn.isValid());
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    const auto edit = [&dialog](const char *name) {
        return dialog.findChild<QLineEdit *>(QString::fromLatin1(name));
    };
    const auto button = [&dialog](const char *name) {
        return dialog.findChild<QPushButton *>(QString::fromLatin1(name));
    };
    const auto errorUnder = [&dialog](const char *name) {
        const QLabel *label = dialog.findChild<QLabel *>(QString::fromLatin1(name));
        return label && label->isVisible() ? label->text() : QString();
    };
    QTest::keyClicks(edit("serverEdit"), m_server.baseUrl().toString());
    QTest::mouseClick(button("haveEnrolmentCodeButton"), Qt::LeftButton);
    QVERIFY(dialog.isEnrolling());
    EnrolmentForm *form = dialog.enrolmentForm();
    QCOMPARE(form->step(), EnrolmentForm::Step::Credentials);
    QTest::keyClicks(edit("enrolUsernameEdit"), QStringLiteral("erin"));
    QTest::keyClicks(edit("enrolmentCodeEdit"), code);

    // Two different passwords: said at once, nothing sent.
    const QString personal = QStringLiteral("Kv7-erin-mQ2z-x9");
    QTest::keyClicks(edit("newPasswordEdit"), personal);
    QTest::keyClicks(edit("confirmPasswordEdit"), personal + QLatin1Char('!'));
    QTest::mouseClick(button("enrolContinueButton"), Qt::LeftButton);
    QVERIFY(!errorUnder("confirmPasswordError").isEmpty());
    QCOMPARE(form->step(), EnrolmentForm::Step::Credentials);

    // A password with the username in it: the server's refusal, by the rule's name, under the
    // password; the username and the code stay as typed.
    edit("confirmPasswordEdit")->clear();
    QTest::keyClicks(edit("confirmPasswordEdit"), personal);
    QTest::mouseClick(button("enrolContinueButton"), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(
        errorUnder("newPasswordError").startsWith(QStringLiteral("password refused (personal)")),
        20'000);
    QCOMPARE(form->step(), EnrolmentForm::Step::Credentials);
    QCOMPARE(edit("enrolUsernameEdit")->text(), QStringLiteral("erin"));
    QCOMPARE(edit("enrolmentCodeEdit")->text(), code);
    QVERIFY(errorUnder("confirmPasswordError").isEmpty());

    const QString password = test::TestServer::passwordFor(QStringLiteral("erin"));
    for (const char *name : {"newPasswordEdit", "confirmPasswordEdit"}) {
        edit(name)->clear();
        QTest::keyClicks(edit(name), password);
    }
    QTest::mouseClick(button("enrolContinueButton"), Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(form->step(), EnrolmentForm::Step::Authenticator, 20'000);
    QVERIFY(errorUnder("newPasswordError").isEmpty());

    // The secret, once: as a QR code and as text.
    auto *qr = dialog.findChild<QrCodeView *>(QStringLiteral("totpQrCode"));
    QVERIFY(qr && qr->isVisible());
    QVERIFY(qr->modules() >= 21);
    QVERIFY(qr->darkModules() > 0);
    QVERIFY(qr->width() >= qr->minimumSizeHint().width());
    auto *secretLabel = dialog.findChild<QLabel *>(QStringLiteral("totpSecretLabel"));
    QVERIFY(secretLabel && secretLabel->isVisible());
    const Result<QByteArray> secret
        = crypto::totp::fromBase32(QString(secretLabel->text()).remove(QLatin1Char(' ')));
    QVERIFY(secret && secret->size() >= 16);

    // A wrong code: refused under the field, which empties; the step stays.
    const qint64 step = QDateTime::currentSecsSinceEpoch() / crypto::totp::kDefaultStepSeconds;
    QTest::keyClicks(edit("enrolTotpEdit"), test::TestServer::oathtool(*secret, step - 100));
    QTest::mouseClick(button("enrolFinishButton"), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(!errorUnder("enrolTotpError").isEmpty(), 20'000);
    QCOMPARE(form->step(), EnrolmentForm::Step::Authenticator);
    QVERIFY(edit("enrolTotpEdit")->text().isEmpty());
    QCOMPARE(signedIn.count(), 0);

    // The code the app shows now: signed in.
    QTest::keyClicks(edit("enrolTotpEdit"), test::TestServer::oathtool(*secret, step));
    QTest::mouseClick(button("enrolFinishButton"), Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(signedIn.count(), 1, 20'000);
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    QVERIFY(api.isSignedIn());
    QCOMPARE(api.session().user.username, QStringLiteral("erin"));
    QVERIFY(api.session().user.totpEnrolled);
    // The secret left the screen with the dialog.
    QVERIFY(qr->isEmpty());
    QVERIFY(secretLabel->text().isEmpty());
    // The device token is kept, and only its owner can read the file.
    QVERIFY(devices.token(api.serverKey(), QStringLiteral("erin")).size() >= 43);
    const QFile::Permissions others = QFile::ReadGroup | QFile::WriteGroup | QFile::ExeGroup
        | QFile::ReadOther | QFile::WriteOther | QFile::ExeOther;
    QCOMPARE(QFile::permissions(tokenFile) & others, QFile::Permissions());
    QCOMPARE(SettingsDeviceTokenStore(tokenFile).token(api.serverKey(), QStringLiteral("erin")),
             devices.token(api.serverKey(), QStringLiteral("erin")));
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

    m_window = openWindow(m_officer);
    QVERIFY(m_window);
    // Everyone's home page is the list of what waits for them.
    QVERIFY(m_window->page<TasksPage>());
    QCOMPARE(m_window->currentPage(), m_window->page<TasksPage>());
    QCOMPARE(m_window->pageId(m_window->currentPage()), QStringLiteral("tasks"));
    m_window->showPage(m_window->page<AccessPage>());
    AccessPage *page = m_window->page<AccessPage>();
    QVERIFY(m_window->page<UsersPage>()); // officers have users:read

    // The status bar says where, how and who.
    QCOMPARE(m_window->findChild<QLabel *>(QStringLiteral("serverStatus"))->text(),
             tr("Server: %1").arg(client::CertificateTrust::serverKey(m_server.baseUrl())));
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

// Separation of duties as the console shows it: the officer's own request cannot be decided, so
// Approve and Deny are off and the server's reason stands under the list, not only in a tooltip.
void TestGui::ownRequestCannotBeDecidedAndSaysWhy()
{
    QVERIFY(m_window);
    AccessPage *page = m_window->page<AccessPage>();
    m_window->showPage(page);
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
    // The client comes from the registry (GET /clients), picked, never typed.
    auto *clients = request->findChild<QComboBox *>(QStringLiteral("clientCombo"));
    QVERIFY(clients && !clients->isEditable());
    QTRY_VERIFY_WITH_TIMEOUT(request->clientsLoaded(), 20'000);
    QVERIFY(clients->findData(QStringLiteral("no-such-client")) < 0);
    clients->setCurrentIndex(clients->findData(QStringLiteral("ACME-US")));
    QVERIFY(clients->currentIndex() >= 0);
    QTest::keyClicks(request->findChild<QPlainTextEdit *>(QStringLiteral("reasonEdit")),
                     QStringLiteral("Reconciling the monthly shipment report for the US "
                                    "marketplace"));
    auto *duration = request->findChild<QSpinBox *>(QStringLiteral("durationSpin"));
    duration->setValue(4);
    // Order ids narrow the grant; a malformed one is named under the field, nothing is sent.
    auto *orders = request->findChild<QLineEdit *>(QStringLiteral("orderIdsEdit"));
    QVERIFY(orders && orders->isEnabled());
    QTest::keyClicks(orders, QStringLiteral("111-1234567-1234567, 112-76543!1-7654321"));
    auto *submit = request->findChild<QPushButton *>(QStringLiteral("submitButton"));
    QTest::mouseClick(submit, Qt::LeftButton);
    QVERIFY2(request->fieldError(QStringLiteral("scope.order_ids"))
                 .contains(QStringLiteral("“112-76543!1-7654321”")),
             qPrintable(request->fieldError(QStringLiteral("scope.order_ids"))));
    QVERIFY(request->isVisible());
    QCOMPARE(request->focusWidget(), orders);
    orders->clear();
    QTest::keyClicks(orders, QStringLiteral("112-7654321-7654321 111-1234567-1234567"));
    QTest::mouseClick(submit, Qt::LeftButton);
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
    const int ownRow = page->requestModel()->rowOf(ownId);
    QCOMPARE(page->requestModel()->itemAt(ownRow)->orderIds,
             QStringList(
                 {QStringLiteral("111-1234567-1234567"), QStringLiteral("112-7654321-7654321")}));
    QCOMPARE(page->requestModel()->index(ownRow, AccessRequestModel::Orders).data().toString(),
             QStringLiteral("111-1234567-1234567, 112-7654321-7654321"));

    // What the server says of it to this officer, asked directly.
    if (m_officerRawToken.isEmpty())
        m_officerRawToken = m_server.login(m_officer);
    const test::ApiReply raw
        = m_server.call("GET", QStringLiteral("/access-requests"), {}, m_officerRawToken);
    QString reason;
    for (const QJsonValue &item : raw.json.value(QStringLiteral("items")).toArray()) {
        const QJsonObject r = item.toObject();
        if (r.value(QStringLiteral("id")).toInteger() == ownId) {
            QCOMPARE(r.value(QStringLiteral("can_decide")).toBool(), false);
            reason = r.value(QStringLiteral("cannot_decide_reason")).toString();
        }
    }
    QVERIFY(!reason.isEmpty());

    auto *approve = m_window->findChild<QPushButton *>(QStringLiteral("approveButton"));
    auto *deny = m_window->findChild<QPushButton *>(QStringLiteral("denyButton"));
    auto *note = m_window->findChild<QLabel *>(QStringLiteral("decisionNote"));
    QVERIFY(note);
    QVERIFY(!note->isVisible()); // nothing selected
    const int row = proxyRowOf(pending->model(), ownId);
    QVERIFY(row >= 0);
    clickRow(pending, row);
    QTRY_VERIFY(note->isVisible());
    QVERIFY2(note->text().contains(reason.toHtmlEscaped()), qPrintable(note->text()));
    QVERIFY(!approve->isEnabled());
    QVERIFY(!deny->isEnabled());
    QCOMPARE(approve->toolTip(), reason);
    QVERIFY(proxyRowOf(pending->model(), ownId) >= 0); // still pending
}

// A decision the server refuses after all (another officer decided first) leaves the dialog
// open with the server's words and the comment typed.
void TestGui::refusedDecisionKeepsTheComment()
{
    QVERIFY(m_window);
    AccessPage *page = m_window->page<AccessPage>();
    const test::ApiReply created = m_server.call(
        "POST", QStringLiteral("/access-requests"),
        {{QStringLiteral("category"), QStringLiteral("aggregates")},
         {QStringLiteral("client"), QStringLiteral("ACME-EU")},
         {QStringLiteral("reason"),
          QStringLiteral("Quarterly sales totals for the board report of the EU client")},
         {QStringLiteral("duration_hours"), 2}},
        m_employeeToken);
    QCOMPARE(created.status, 201);
    const qint64 id = created.json.value(QStringLiteral("id")).toInteger();
    m_window->refresh();
    auto *pending = m_window->findChild<DataTableView *>(QStringLiteral("pendingTable"));
    QTRY_VERIFY_WITH_TIMEOUT(page->hasLoaded() && proxyRowOf(pending->model(), id) >= 0, 20'000);
    clickRow(pending, proxyRowOf(pending->model(), id));
    auto *deny = m_window->findChild<QPushButton *>(QStringLiteral("denyButton"));
    QTRY_VERIFY(deny->isEnabled());

    // Another officer denies it while this console still shows it pending.
    test::TestServer::Account dora
        = m_server.addUser(QStringLiteral("dora"), QStringLiteral("compliance_officer"));
    const QString doraToken = m_server.login(dora);
    QVERIFY(!doraToken.isEmpty());
    QCOMPARE(m_server
                 .call("POST", QStringLiteral("/access-requests/%1/deny").arg(id),
                       {{QStringLiteral("comment"), QStringLiteral("Not needed this quarter.")}},
                       doraToken)
                 .status,
             200);

    QTest::mouseClick(deny, Qt::LeftButton);
    QPointer<CommentDialog> dialog;
    QTRY_VERIFY((dialog = m_window->findChild<CommentDialog *>()) && dialog->isVisible());
    // A denial needs a reason before anything is sent.
    QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("okButton")), Qt::LeftButton);
    QVERIFY(!dialog->commentError().isEmpty());
    QCOMPARE(dialog->focusWidget(), dialog->commentEdit());
    const QString comment = QStringLiteral("Testing the four-eyes rule.");
    QTest::keyClicks(dialog->findChild<QPlainTextEdit *>(QStringLiteral("commentEdit")), comment);
    QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("okButton")), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(dialog->errorText().contains(QStringLiteral("already denied")),
                             20'000);
    QVERIFY(dialog->isVisible()); // the comment is not lost
    QCOMPARE(dialog->findChild<QPlainTextEdit *>(QStringLiteral("commentEdit"))->toPlainText(),
             comment);
    // The cursor is back in the comment, not on Cancel, so Enter does not close the dialog.
    QCOMPARE(dialog->focusWidget(), dialog->commentEdit());
    QTest::keyClick(dialog->focusWidget(), Qt::Key_Return);
    QVERIFY(dialog->isVisible());
    dialog->reject();
}

// The kit's one way a dialog answers a refusal: the server names the field (error.field), the
// message stands under it, the cursor goes there, everything typed stays, and Enter (which
// once landed on Cancel) does not close the dialog.
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
    QCOMPARE(raw.json.value(QStringLiteral("error")).toObject().value(QStringLiteral("field")),
             QJsonValue(QStringLiteral("reason")));

    m_window->showPage(m_window->page<AccessPage>());
    auto *requestButton = m_window->findChild<QPushButton *>(QStringLiteral("requestAccessButton"));
    QTRY_VERIFY(requestButton->isEnabled());
    QTest::mouseClick(requestButton, Qt::LeftButton);
    QPointer<RequestAccessDialog> dialog;
    QTRY_VERIFY((dialog = m_window->findChild<RequestAccessDialog *>()) && dialog->isVisible());
    auto *category = dialog->findChild<QComboBox *>(QStringLiteral("categoryCombo"));
    category->setCurrentIndex(category->findData(QStringLiteral("aggregates")));
    // Order ids narrow only order data.
    QVERIFY(!dialog->findChild<QLineEdit *>(QStringLiteral("orderIdsEdit"))->isEnabled());
    auto *clients = dialog->findChild<QComboBox *>(QStringLiteral("clientCombo"));
    QTRY_VERIFY_WITH_TIMEOUT(dialog->clientsLoaded(), 20'000);
    // Sending without a client names the field, before anything goes to the server.
    auto *submit = dialog->findChild<QPushButton *>(QStringLiteral("submitButton"));
    QTest::mouseClick(submit, Qt::LeftButton);
    QVERIFY(!dialog->fieldError(QStringLiteral("client")).isEmpty());
    QCOMPARE(dialog->focusWidget(), clients);
    clients->setCurrentIndex(clients->findData(QStringLiteral("ACME-EU")));
    auto *reason = dialog->findChild<QPlainTextEdit *>(QStringLiteral("reasonEdit"));
    QTest::keyClicks(reason, QStringLiteral("need it"));
    dialog->findChild<QSpinBox *>(QStringLiteral("durationSpin"))->setValue(2);
    QTest::mouseClick(submit, Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(dialog->fieldError(QStringLiteral("reason")), raw.errorMessage(),
                              20'000);
    QVERIFY(dialog->fieldError(QStringLiteral("client")).isEmpty());
    QVERIFY(dialog->errorText().isEmpty()); // under the field, not at the bottom
    QVERIFY(dialog->isVisible());
    QCOMPARE(reason->toPlainText(), QStringLiteral("need it"));
    QCOMPARE(dialog->focusWidget(), reason);
    QTest::keyClick(dialog->focusWidget(), Qt::Key_Return);
    QVERIFY(dialog->isVisible());
    QCOMPARE(dialog->focusWidget(), reason);
    // Enter from the picker sends again rather than cancelling: still refused, still there.
    clients->setFocus();
    QTest::keyClick(clients, Qt::Key_Return);
    QTRY_COMPARE_WITH_TIMEOUT(dialog->focusWidget(), reason, 20'000);
    QVERIFY(dialog->isVisible());
    QVERIFY(reason->toPlainText().startsWith(QStringLiteral("need it")));
    dialog->reject();
}

// The Tasks page lists GET /me/tasks as the server answers it, opens the object behind an item
// on its own page, and the sidebar counts what waits on each page; an employee with nothing
// waiting is told so.
void TestGui::tasksPageOpensWhatWaitsWithBadges()
{
    QVERIFY(m_window);
    const QStringList orderIds
        = {QStringLiteral("302-1111111-2222222"), QStringLiteral("302-3333333-4444444")};
    const test::ApiReply created = m_server.call(
        "POST", QStringLiteral("/access-requests"),
        {{QStringLiteral("category"), QStringLiteral("orders.pii")},
         {QStringLiteral("client"), QStringLiteral("ACME-EU")},
         {QStringLiteral("reason"),
          QStringLiteral("Two returns of the client disputed by the buyer need their addresses")},
         {QStringLiteral("duration_hours"), 8},
         {QStringLiteral("scope"),
          QJsonObject {{QStringLiteral("order_ids"), QJsonArray::fromStringList(orderIds)}}}},
        m_employeeToken);
    QCOMPARE(created.status, 201);
    const qint64 requestId = created.json.value(QStringLiteral("id")).toInteger();
    if (m_officerRawToken.isEmpty())
        m_officerRawToken = m_server.login(m_officer);
    const auto serverTasks = [this] {
        return m_server.call("GET", QStringLiteral("/me/tasks?limit=500"), {}, m_officerRawToken)
            .json.value(QStringLiteral("items"))
            .toArray();
    };
    const QJsonArray expected = serverTasks();
    int expectedRequests = 0;
    for (const QJsonValue &v : expected)
        expectedRequests += v.toObject().value(QStringLiteral("kind")).toString()
                == QLatin1String("access_request")
            ? 1
            : 0;
    QVERIFY(expectedRequests >= 1);

    TasksPage *tasks = m_window->page<TasksPage>();
    QCOMPARE(m_window->pages().first(), tasks);
    m_window->showPage(tasks);
    m_window->refresh();
    QTRY_VERIFY_WITH_TIMEOUT(
        tasks->hasLoaded() && tasks->model()->rowCount() == int(expected.size()), 20'000);
    int row = -1;
    for (int r = 0; r < tasks->model()->rowCount(); ++r) {
        const client::Task *t = tasks->model()->itemAt(r);
        QCOMPARE(t->kind, expected.at(r).toObject().value(QStringLiteral("kind")).toString());
        if (t->kind == QLatin1String("access_request") && t->objectId == QString::number(requestId))
            row = r;
    }
    QVERIFY(row >= 0);
    QCOMPARE(tasks->model()->index(row, TaskModel::Kind).data().toString(), tr("Access request"));
    QCOMPARE(tasks->model()->index(row, TaskModel::Due).data().toString(), tr("No deadline"));

    // The sidebar: the total beside Tasks, the requests to decide beside Access.
    NavigationBadges *badges = m_window->badges();
    QTRY_VERIFY_WITH_TIMEOUT(badges->hasCounted()
                                 && badges->count(QStringLiteral("tasks")) == int(expected.size()),
                             20'000);
    QCOMPARE(badges->count(QStringLiteral("access")), expectedRequests);
    auto *navigation = m_window->findChild<QListWidget *>(QStringLiteral("navigation"));
    QVERIFY(navigation->item(1)->data(BadgeDelegate::CountRole).toInt() >= 0);
    QCOMPARE(navigation->item(0)->data(BadgeDelegate::CountRole).toInt(), int(expected.size()));
    QVERIFY(navigation->item(0)
                ->data(Qt::AccessibleTextRole)
                .toString()
                .contains(QString::number(expected.size())));

    // Enter on the item opens the request on the Access page, selected.
    clickRow(tasks->view(), row);
    QTest::keyClick(tasks->view(), Qt::Key_Return);
    AccessPage *access = m_window->page<AccessPage>();
    QTRY_COMPARE(m_window->currentPage(), static_cast<Page *>(access));
    auto *pending = m_window->findChild<DataTableView *>(QStringLiteral("pendingTable"));
    QTRY_VERIFY_WITH_TIMEOUT(!pending->selectionModel()->selectedRows().isEmpty()
                                 && pending->selectionModel()
                                         ->selectedRows()
                                         .first()
                                         .data(PagedTableModel::IdRole)
                                         .toLongLong()
                                     == requestId,
                             20'000);

    // Decided, it leaves the tasks and the badge; the grant lists the orders it covers.
    QCOMPARE(m_server
                 .call("POST", QStringLiteral("/access-requests/%1/approve").arg(requestId),
                       {{QStringLiteral("comment"), QStringLiteral("Both returns checked")}},
                       m_officerRawToken)
                 .status,
             200);
    m_window->refresh();
    QTRY_VERIFY_WITH_TIMEOUT(badges->count(QStringLiteral("access")) == expectedRequests - 1
                                 && badges->count(QStringLiteral("tasks"))
                                     == int(serverTasks().size()),
                             20'000);
    QTRY_VERIFY_WITH_TIMEOUT(access->hasLoaded(), 20'000);
    bool shown = false;
    for (int r = 0; r < access->grantModel()->rowCount(); ++r) {
        if (access->grantModel()->itemAt(r)->requestId != requestId)
            continue;
        QCOMPARE(access->grantModel()->index(r, GrantModel::Orders).data().toString(),
                 orderIds.join(QStringLiteral(", ")));
        shown = true;
    }
    QVERIFY(shown);

    // Someone with nothing waiting sees it said, and no counts.
    MainWindow *employee = openWindow(m_employee);
    QVERIFY(employee);
    auto *employeeTasks = employee->page<TasksPage>();
    QCOMPARE(employee->currentPage(), static_cast<Page *>(employeeTasks));
    QTRY_VERIFY_WITH_TIMEOUT(employeeTasks->hasLoaded() && employee->badges()->hasCounted(),
                             20'000);
    QCOMPARE(employeeTasks->model()->rowCount(), 0);
    QVERIFY(employeeTasks->view()->emptyText().startsWith(tr("Nothing is waiting for you.")));
    QCOMPARE(employee->badges()->count(QStringLiteral("tasks")), 0);
}

void TestGui::usersPageAddsAndOffboards()
{
    m_adminWindow = openWindow(m_admin);
    MainWindow *window = m_adminWindow;
    QVERIFY(window);
    UsersPage *page = window->page<UsersPage>();
    QVERIFY(page);
    window->showPage(page);
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
    // No password: the person sets their own with the enrolment code the dialog shows once.
    QVERIFY(!dialog->findChild<QLineEdit *>(QStringLiteral("passwordEdit")));
    QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("createButton")),
                      Qt::LeftButton);
    auto *code = dialog->findChild<QLineEdit *>(QStringLiteral("enrolmentCodeEdit"));
    QTRY_VERIFY2_WITH_TIMEOUT(code->isVisible(), qPrintable(dialog->errorText()), 20'000);
    QVERIFY2(QRegularExpression(QStringLiteral("^[A-Z2-9]{4}(-[A-Z2-9]{4}){3}$"))
                 .match(code->text())
                 .hasMatch(),
             qPrintable(code->text()));
    QCOMPARE(dialog->enrolmentCode(), code->text());
    // It is the real code: the server takes it for dave's enrolment.
    const test::ApiReply started = m_server.call(
        "POST", QStringLiteral("/enrolment/start"),
        {{QStringLiteral("username"), QStringLiteral("dave")},
         {QStringLiteral("enrolment_code"), code->text()},
         {QStringLiteral("password"), test::TestServer::passwordFor(QStringLiteral("dave"))}});
    QCOMPARE(started.status, 200);
    QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("doneButton")),
                      Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(userRow(QStringLiteral("dave")).status, QStringLiteral("active"),
                              20'000);
    QCOMPARE(userRow(QStringLiteral("dave")).totpEnrolled, false);

    // Dave owns a laptop a manager registered.
    test::TestServer::Account mona
        = m_server.addUser(QStringLiteral("mona"), QStringLiteral("manager"));
    const test::ApiReply laptop
        = m_server.call("POST", QStringLiteral("/assets"),
                        {{QStringLiteral("name"), QStringLiteral("Dave's laptop")},
                         {QStringLiteral("kind"), QStringLiteral("laptop")},
                         {QStringLiteral("owner"), QStringLiteral("dave")}},
                        m_server.login(mona));
    QVERIFY2(laptop.status == 201, laptop.raw.constData());

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
    // What dave leaves behind: his laptop, flagged for a manager to reassign.
    LeaverItemsDialog *left = waitForDialog<LeaverItemsDialog>(window);
    QVERIFY(left);
    QVERIFY2(left->assetList()->text().contains(QStringLiteral("Dave&#39;s laptop"))
                 || left->assetList()->text().contains(QStringLiteral("Dave's laptop")),
             qPrintable(left->assetList()->text()));
    QVERIFY(!left->assetList()->text().contains(QStringLiteral("href"))); // admins do not reassign
    QVERIFY(left->requestList()->text().contains(QStringLiteral("no pending")));
    left->reject();
    const test::ApiReply flagged = m_server.call(
        "GET", QStringLiteral("/assets?needs_reassignment=true"), {}, m_server.login(mona));
    QCOMPARE(flagged.json.value(QStringLiteral("items")).toArray().size(), 1);

    // An admin has no access:approve: the decision buttons stay off.
    QVERIFY(!window->findChild<QPushButton *>(QStringLiteral("approveButton"))->isEnabled());
    QVERIFY(!window->findChild<QPushButton *>(QStringLiteral("revokeButton"))->isEnabled());
}

// An admin changes an account's roles (the server refuses admin with compliance officer, and
// the dialog says so), unlocks an account that ten wrong passwords locked, and resets a
// forgotten password: the enrolment code is shown once and the account waits for its holder.
void TestGui::usersPageChangesRolesUnlocksAndResets()
{
    QVERIFY(m_adminWindow);
    MainWindow *window = m_adminWindow;
    UsersPage *page = window->page<UsersPage>();
    window->showPage(page);
    test::TestServer::Account gina
        = m_server.addUser(QStringLiteral("gina"), QStringLiteral("employee"));
    QVERIFY(gina.id > 0);
    const auto userRow = [&] {
        for (const client::User &u : page->model()->items()) {
            if (u.id == gina.id)
                return u;
        }
        return client::User();
    };
    auto *table = window->findChild<DataTableView *>(QStringLiteral("usersTable"));
    const auto statusShown = [&] {
        const int row = proxyRowOf(table->model(), gina.id);
        return row < 0 ? QString()
                       : table->model()->index(row, UserModel::Status).data().toString();
    };
    const auto select = [&] {
        const int row = proxyRowOf(table->model(), gina.id);
        QVERIFY(row >= 0);
        clickRow(table, row);
    };

    // Ten wrong passwords lock gina's account; the page shows it locked.
    int status = 0;
    for (int i = 0; i < 10; ++i)
        status = m_server
                     .call("POST", QStringLiteral("/session"),
                           {{QStringLiteral("username"), gina.username},
                            {QStringLiteral("password"), QStringLiteral("not-her-password")},
                            {QStringLiteral("totp"), QStringLiteral("000000")}})
                     .status;
    QVERIFY(status == 401 || status == 423);
    page->refresh();
    QTRY_COMPARE_WITH_TIMEOUT(statusShown(), tr("Locked"), 20'000);
    QVERIFY(userRow().isLocked(QDateTime::currentDateTimeUtc()));
    select();
    auto *unlock = window->findChild<QPushButton *>(QStringLiteral("unlockButton"));
    QTRY_VERIFY(unlock->isEnabled());
    QTest::mouseClick(unlock, Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(statusShown(), tr("Active"), 20'000);
    QVERIFY(!m_server.login(gina).isEmpty()); // she can sign in again

    // Roles: admin with compliance officer is refused, in the server's words, nothing lost.
    select();
    auto *edit = window->findChild<QPushButton *>(QStringLiteral("editUserButton"));
    QTRY_VERIFY(edit->isEnabled());
    QTest::mouseClick(edit, Qt::LeftButton);
    EditUserDialog *dialog = waitForDialog<EditUserDialog>(window);
    QVERIFY(dialog);
    QTest::keyClicks(dialog->findChild<QLineEdit *>(QStringLiteral("titleEdit")),
                     QStringLiteral("Privacy lead"));
    dialog->findChild<QCheckBox *>(QStringLiteral("role_admin"))->setChecked(true);
    dialog->findChild<QCheckBox *>(QStringLiteral("role_compliance_officer"))->setChecked(true);
    QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("saveButton")),
                      Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(
        dialog->errorText().contains(QStringLiteral("admin and compliance_officer")), 20'000);
    QVERIFY(dialog->isVisible());
    QCOMPARE(dialog->findChild<QLineEdit *>(QStringLiteral("titleEdit"))->text(),
             QStringLiteral("Privacy lead"));
    QVERIFY(userRow().roles == QStringList {QStringLiteral("employee")});
    dialog->findChild<QCheckBox *>(QStringLiteral("role_admin"))->setChecked(false);
    QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("saveButton")),
                      Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(userRow().roles.contains(QStringLiteral("compliance_officer")),
                             20'000);
    QCOMPARE(userRow().title, QStringLiteral("Privacy lead"));
    QVERIFY(!userRow().roles.contains(QStringLiteral("admin")));

    // A forgotten password: the code is shown once, and the account waits for her.
    select();
    auto *reset = window->findChild<QPushButton *>(QStringLiteral("resetPasswordButton"));
    QTRY_VERIFY(reset->isEnabled());
    QTest::mouseClick(reset, Qt::LeftButton);
    ResetCredentialsDialog *resetDialog = waitForDialog<ResetCredentialsDialog>(window);
    QVERIFY(resetDialog);
    QTest::mouseClick(resetDialog->findChild<QPushButton *>(QStringLiteral("resetButton")),
                      Qt::LeftButton);
    auto *code = resetDialog->findChild<QLineEdit *>(QStringLiteral("enrolmentCodeEdit"));
    QTRY_VERIFY2_WITH_TIMEOUT(code->isVisible(), qPrintable(resetDialog->errorText()), 20'000);
    QVERIFY2(QRegularExpression(QStringLiteral("^[A-Z2-9]{4}(-[A-Z2-9]{4}){3}$"))
                 .match(code->text())
                 .hasMatch(),
             qPrintable(code->text()));
    QCOMPARE(resetDialog->enrolmentCode(), code->text());
    QTest::mouseClick(resetDialog->findChild<QPushButton *>(QStringLiteral("doneButton")),
                      Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(statusShown(), tr("Suspended"), 20'000);
    QVERIFY(userRow().credentialsSuspended);
}

// An admin designates an account incident contact and names its manager in the Change dialog
// (both shown in the table), finds no Unlock on an account that is not locked, and resets a lost
// second factor: the enrolment code is shown once, and the account waits for its holder.
void TestGui::usersPageDesignatesSetsManagerAndResetsTwoFactor()
{
    QVERIFY(m_adminWindow);
    MainWindow *window = m_adminWindow;
    UsersPage *page = window->page<UsersPage>();
    window->showPage(page);
    test::TestServer::Account hank
        = m_server.addUser(QStringLiteral("hank"), QStringLiteral("employee"));
    QVERIFY(hank.id > 0);
    page->refresh();
    const auto userRow = [&] {
        for (const client::User &u : page->model()->items()) {
            if (u.id == hank.id)
                return u;
        }
        return client::User();
    };
    auto *table = window->findChild<DataTableView *>(QStringLiteral("usersTable"));
    const auto shown = [&](UserModel::Column column) {
        const int row = proxyRowOf(table->model(), hank.id);
        return row < 0 ? QString() : table->model()->index(row, column).data().toString();
    };
    QTRY_VERIFY_WITH_TIMEOUT(proxyRowOf(table->model(), hank.id) >= 0, 20'000);
    clickRow(table, proxyRowOf(table->model(), hank.id));
    auto *unlock = window->findChild<QPushButton *>(QStringLiteral("unlockButton"));
    QVERIFY(!unlock->isVisibleTo(page)); // only a locked account shows it

    auto *edit = window->findChild<QPushButton *>(QStringLiteral("editUserButton"));
    QTRY_VERIFY(edit->isEnabled());
    QTest::mouseClick(edit, Qt::LeftButton);
    EditUserDialog *dialog = waitForDialog<EditUserDialog>(window);
    QVERIFY(dialog);
    dialog->findChild<QCheckBox *>(QStringLiteral("designation_incident_contact"))
        ->setChecked(true);
    auto *manager = dialog->findChild<QComboBox *>(QStringLiteral("managerEdit"));
    QVERIFY(manager->findText(m_employee.username) >= 0); // offered from the users listed
    manager->setCurrentText(QStringLiteral("nobody-here"));
    auto *save = dialog->findChild<QPushButton *>(QStringLiteral("saveButton"));
    QTest::mouseClick(save, Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(dialog->errorText().contains(QStringLiteral("manager")), 20'000);
    QVERIFY(dialog->isVisible());
    QVERIFY(dialog->findChild<QCheckBox *>(QStringLiteral("designation_incident_contact"))
                ->isChecked());
    manager->setCurrentText(m_employee.username);
    QTest::mouseClick(save, Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(userRow().manager, m_employee.username, 20'000);
    QCOMPARE(userRow().designations, QStringList {QStringLiteral("incident_contact")});
    QTRY_COMPARE(shown(UserModel::Roles), QStringLiteral("Employee (Incident contact)"));
    QCOMPARE(shown(UserModel::Manager), m_employee.username);
    const test::ApiReply stored
        = m_server.call("GET", QStringLiteral("/users?limit=500"), {}, m_server.login(m_admin));
    bool found = false;
    for (const QJsonValue &v : stored.json.value(QStringLiteral("items")).toArray()) {
        const QJsonObject u = v.toObject();
        if (u.value(QStringLiteral("id")).toInteger() == hank.id) {
            found = true;
            QCOMPARE(u.value(QStringLiteral("manager")).toString(), m_employee.username);
            QCOMPARE(u.value(QStringLiteral("designations")).toArray().size(), 1);
        }
    }
    QVERIFY(found);

    // A lost phone: Reset 2FA shows the fresh code once; the account waits for its holder.
    clickRow(table, proxyRowOf(table->model(), hank.id));
    auto *reset = window->findChild<QPushButton *>(QStringLiteral("resetTwoFactorButton"));
    QTRY_VERIFY(reset->isEnabled());
    QTest::mouseClick(reset, Qt::LeftButton);
    ResetCredentialsDialog *resetDialog = waitForDialog<ResetCredentialsDialog>(window);
    QVERIFY(resetDialog);
    QTest::mouseClick(resetDialog->findChild<QPushButton *>(QStringLiteral("resetButton")),
                      Qt::LeftButton);
    auto *code = resetDialog->findChild<QLineEdit *>(QStringLiteral("enrolmentCodeEdit"));
    QTRY_VERIFY2_WITH_TIMEOUT(code->isVisible(), qPrintable(resetDialog->errorText()), 20'000);
    QVERIFY(QRegularExpression(QStringLiteral("^[A-Z2-9]{4}(-[A-Z2-9]{4}){3}$"))
                .match(code->text())
                .hasMatch());
    QTest::mouseClick(resetDialog->findChild<QPushButton *>(QStringLiteral("doneButton")),
                      Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(shown(UserModel::Status), tr("Suspended"), 20'000);
    QCOMPARE(userRow().enrolmentPending, QStringLiteral("reset_2fa"));
}

// Console > Change password: a wrong current password is refused without ending the session,
// a new password with the username in it is refused by the rule's name under the field, and a
// good one is set: this console stays signed in, the new password signs in elsewhere.
void TestGui::changePasswordFromTheConsoleMenu()
{
    test::TestServer::Account frank
        = m_server.addUser(QStringLiteral("frank"), QStringLiteral("employee"));
    QVERIFY(frank.id > 0);
    MainWindow *window = openWindow(frank);
    QVERIFY(window);
    client::ApiClient *api = clientOf(window);
    auto *action = window->findChild<QAction *>(QStringLiteral("changePasswordAction"));
    QVERIFY(action);
    action->trigger();
    ChangePasswordDialog *dialog = waitForDialog<ChangePasswordDialog>(window);
    QVERIFY(dialog);
    const auto edit = [dialog](const char *name) {
        return dialog->findChild<QLineEdit *>(QString::fromLatin1(name));
    };
    const auto fill = [&](const char *name, const QString &text) {
        edit(name)->clear();
        QTest::keyClicks(edit(name), text);
    };
    auto *change = dialog->findChild<QPushButton *>(QStringLiteral("changePasswordButton"));
    const QString fresh = test::TestServer::passwordFor(QStringLiteral("frank, later"));

    fill("currentPasswordEdit", QStringLiteral("not-my-password-at-all"));
    fill("newPasswordEdit", fresh);
    fill("confirmPasswordEdit", fresh);
    fill("totpEdit", m_server.nextTotp(frank));
    QTest::mouseClick(change, Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(!dialog->errorText().isEmpty(), 20'000);
    QVERIFY(dialog->isVisible());
    QVERIFY(api->isSignedIn()); // a refused password is not an ended session
    QVERIFY(window->bannerText(QStringLiteral("session")).isEmpty());

    fill("currentPasswordEdit", frank.password);
    fill("newPasswordEdit", QStringLiteral("Kv7-frank-mQ2z-x9"));
    fill("confirmPasswordEdit", QStringLiteral("Kv7-frank-mQ2z-x9"));
    fill("totpEdit", m_server.nextTotp(frank));
    QTest::mouseClick(change, Qt::LeftButton);
    auto *ruleError = dialog->findChild<QLabel *>(QStringLiteral("newPasswordError"));
    QTRY_VERIFY_WITH_TIMEOUT(ruleError->isVisible(), 20'000);
    QVERIFY2(ruleError->text().startsWith(QStringLiteral("password refused (personal)")),
             qPrintable(ruleError->text()));
    QVERIFY(!edit("totpEdit")->text().isEmpty()); // the rules come before the code: still good

    fill("newPasswordEdit", fresh);
    fill("confirmPasswordEdit", fresh);
    QTest::mouseClick(change, Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(!window->bannerText(QStringLiteral("password")).isEmpty(), 20'000);
    QVERIFY(api->isSignedIn());
    frank.password = fresh;
    QVERIFY(!m_server.login(frank).isEmpty());
}

// Console > Notification e-mail…: the person's choices as the server has them; a change saved
// is what the server then answers, and the kinds always e-mailed are named.
void TestGui::notificationEmailRoundTrip()
{
    test::TestServer::Account gina
        = m_server.addUser(QStringLiteral("gwen.mail"), QStringLiteral("employee"));
    QVERIFY(gina.id > 0);
    MainWindow *window = openWindow(gina);
    QVERIFY(window);
    auto *action = window->findChild<QAction *>(QStringLiteral("notificationEmailAction"));
    QVERIFY(action);
    action->trigger();
    QPointer<NotificationEmailDialog> dialog = waitForDialog<NotificationEmailDialog>(window);
    QVERIFY(dialog);
    QTRY_VERIFY_WITH_TIMEOUT(dialog->comboFor(QStringLiteral("grant_expiry")), 15'000);
    QComboBox *expiry = dialog->comboFor(QStringLiteral("grant_expiry"));
    QComboBox *reviews = dialog->comboFor(QStringLiteral("asset_review"));
    QVERIFY(reviews);
    QCOMPARE(expiry->currentData().toString(), QStringLiteral("each"));
    QCOMPARE(reviews->currentData().toString(), QStringLiteral("daily_digest"));
    // The vulnerability register's reminder and escalation are choosable, in words.
    QComboBox *vulnerabilities = dialog->comboFor(QStringLiteral("vulnerability_escalation"));
    QVERIFY(vulnerabilities && dialog->comboFor(QStringLiteral("vulnerability_due")));
    QCOMPARE(vulnerabilities->currentData().toString(), QStringLiteral("each"));
    QCOMPARE(NotificationEmailDialog::kindLabel(QStringLiteral("vulnerability_escalation")),
             QStringLiteral("Overdue vulnerabilities"));
    // So are the third-party registers' assessment and rotation reminders and escalations.
    QComboBox *rotations = dialog->comboFor(QStringLiteral("api_credential_rotation_overdue"));
    QVERIFY(rotations && dialog->comboFor(QStringLiteral("api_credential_rotation_due")));
    QVERIFY(dialog->comboFor(QStringLiteral("subcontractor_assessment_due"))
            && dialog->comboFor(QStringLiteral("subcontractor_assessment_overdue")));
    QCOMPARE(rotations->currentData().toString(), QStringLiteral("each"));
    QCOMPARE(NotificationEmailDialog::kindLabel(QStringLiteral("subcontractor_assessment_overdue")),
             QStringLiteral("Overdue subcontractor assessments"));
    QVERIFY(dialog->findChild<QLabel *>(QStringLiteral("alwaysEmailedLabel"))
                ->text()
                .contains(NotificationEmailDialog::kindLabel(QStringLiteral("incident_breach"))));

    expiry->setCurrentIndex(expiry->findData(QStringLiteral("none")));
    reviews->setCurrentIndex(reviews->findData(QStringLiteral("each")));
    vulnerabilities->setCurrentIndex(vulnerabilities->findData(QStringLiteral("daily_digest")));
    rotations->setCurrentIndex(rotations->findData(QStringLiteral("none")));
    QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("saveButton")),
                      Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(!dialog || !dialog->isVisible(), 15'000);
    QVERIFY(window->bannerText(QStringLiteral("preferences")).contains(QStringLiteral("saved")));
    const test::ApiReply stored
        = m_server.call("GET", QStringLiteral("/me/preferences"), {}, m_server.login(gina));
    const QJsonObject email = stored.json.value(QStringLiteral("email")).toObject();
    QCOMPARE(email.value(QStringLiteral("grant_expiry")).toString(), QStringLiteral("none"));
    QCOMPARE(email.value(QStringLiteral("asset_review")).toString(), QStringLiteral("each"));
    QCOMPARE(email.value(QStringLiteral("vulnerability_escalation")).toString(),
             QStringLiteral("daily_digest"));
    QCOMPARE(email.value(QStringLiteral("api_credential_rotation_overdue")).toString(),
             QStringLiteral("none"));
    QCOMPARE(email.value(QStringLiteral("access_decision")).toString(), QStringLiteral("each"));

    // Opened again, the dialog shows what the server keeps.
    action->trigger();
    dialog = waitForDialog<NotificationEmailDialog>(window);
    QVERIFY(dialog);
    QTRY_VERIFY_WITH_TIMEOUT(dialog->comboFor(QStringLiteral("grant_expiry")), 15'000);
    QCOMPARE(dialog->comboFor(QStringLiteral("grant_expiry"))->currentData().toString(),
             QStringLiteral("none"));
    dialog->reject();
}

// A store without SMTP: the officer's and the admin's windows carry the store's warning in a
// bar, an employee's does not; once smtp.json names a relay, a refresh takes the bar away.
void TestGui::noSmtpWarningBarForAdminsAndOfficers()
{
    const QString smtp = QDir(m_server.dataDir()).absoluteFilePath(QStringLiteral("smtp.json"));
    QVERIFY(!QFile::exists(smtp));
    MainWindow *officer = openWindow(m_officer);
    QVERIFY(officer);
    QTRY_VERIFY_WITH_TIMEOUT(
        officer->bannerText(QStringLiteral("store")).contains(QStringLiteral("No SMTP relay")),
        15'000);
    MainWindow *adminWindow = openWindow(m_admin);
    QVERIFY(adminWindow);
    QTRY_VERIFY_WITH_TIMEOUT(
        adminWindow->bannerText(QStringLiteral("store")).contains(QStringLiteral("No SMTP relay")),
        15'000);
    test::TestServer::Account hank
        = m_server.addUser(QStringLiteral("hank.nosmtp"), QStringLiteral("employee"));
    MainWindow *employee = openWindow(hank);
    QVERIFY(employee);
    QSignalSpy loaded(employee, &MainWindow::loaded);
    employee->refresh();
    QVERIFY(loaded.wait(15'000));
    QVERIFY(employee->bannerText(QStringLiteral("store")).isEmpty());

    QFile config(smtp);
    QVERIFY(config.open(QIODevice::WriteOnly));
    config.write(R"({"host": "127.0.0.1", "port": 1, "sender": "compliance@example.com"})");
    config.close();
    officer->refresh();
    QTRY_VERIFY_WITH_TIMEOUT(officer->bannerText(QStringLiteral("store")).isEmpty(), 15'000);
    QVERIFY(QFile::remove(smtp));
}

void TestGui::modelsPageThroughLongLists()
{
    client::ApiClient *officer = signIn(m_officer);
    QVERIFY(officer);
    // More users than a page: the model reads on as the view (here: the test) asks.
    const test::ApiReply all = m_server.call("GET", QStringLiteral("/users?limit=500"), {},
                                             m_officerRawToken.isEmpty()
                                                 ? (m_officerRawToken = m_server.login(m_officer))
                                                 : m_officerRawToken);
    QCOMPARE(all.status, 200);
    const int total = int(all.json.value(QStringLiteral("items")).toArray().size());
    QVERIFY(total >= 4);

    UserModel model(officer);
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

namespace {

// The scroll area between a control and its page, if any.
QScrollArea *scrollingAncestor(QWidget *control, QWidget *page)
{
    for (QWidget *w = control->parentWidget(); w && w != page; w = w->parentWidget()) {
        if (auto *area = qobject_cast<QScrollArea *>(w))
            return area;
    }
    return nullptr;
}

} // namespace

// The window fits a 1280x800 laptop, and so 2560x1600 at 2x scale (the same 1280x800 in
// device-independent pixels, which is what Qt lays out in): its minimum size is within the
// screen on every page, and at exactly that size every control of every page lies inside the
// window, none pushed off to the right, nor off the bottom unless the page's body scrolls.
void TestGui::everyPageFitsA1280x800Screen()
{
    QVERIFY(m_window);
    m_window->resize(1280, 800);
    for (Page *page : m_window->pages()) {
        m_window->showPage(page);
        QCoreApplication::processEvents();
        const QSize minimum = m_window->minimumSizeHint();
        QVERIFY2(minimum.width() <= 1280 && minimum.height() <= 800,
                 qPrintable(QStringLiteral("%1: the window needs at least %2x%3")
                                .arg(page->title())
                                .arg(minimum.width())
                                .arg(minimum.height())));
        QTRY_COMPARE(m_window->size(), QSize(1280, 800));
        const QRect inside = m_window->rect();
        for (QWidget *control : page->findChildren<QWidget *>()) {
            if (!control->isVisibleTo(m_window) || control->inherits("QScrollBar")
                || !(qobject_cast<QAbstractButton *>(control) || qobject_cast<QLineEdit *>(control)
                     || qobject_cast<QComboBox *>(control)
                     || qobject_cast<QAbstractItemView *>(control)))
                continue;
            const QRect where(control->mapTo(m_window, QPoint(0, 0)), control->size());
            // A page whose body scrolls (the dashboard) may run below the window, never off
            // to the right: the rest is a scroll away.
            const bool scrollsDown = scrollingAncestor(control, page) != nullptr;
            const bool placed = scrollsDown
                ? where.left() >= inside.left() && where.top() >= inside.top()
                : inside.contains(where.topLeft());
            QVERIFY2(placed && where.right() <= inside.right() + 1,
                     qPrintable(QStringLiteral("%1: %2 \"%3\" at %4,%5 %6x%7 is outside the "
                                               "1280x800 window")
                                    .arg(page->title(),
                                         QString::fromLatin1(control->metaObject()->className()),
                                         control->objectName())
                                    .arg(where.x())
                                    .arg(where.y())
                                    .arg(where.width())
                                    .arg(where.height())));
        }
    }
}

// The dialogs fit the same screen, the enrolment's QR code step included.
void TestGui::everyNewDialogFitsA1280x800Screen()
{
    QVERIFY(m_window);
    client::ApiClient *api = clientOf(m_window);
    client::User someone;
    someone.id = 999;
    someone.username = QStringLiteral("someone");
    someone.displayName = QStringLiteral("Someone With A Rather Long Name");
    someone.roles = {QStringLiteral("employee")};
    auto *login = new LoginDialog(api, &m_pinned);
    login->showEnrolment();
    login->enrolmentForm()->showAuthenticator(client::EnrolmentStart {
        QStringLiteral("otpauth://totp/Compliance%20Console:someone?secret="
                       "JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP&issuer=Compliance%20Console")});
    std::vector<std::unique_ptr<QDialog>> dialogs;
    dialogs.emplace_back(login);
    dialogs.emplace_back(new ChangePasswordDialog(api));
    dialogs.emplace_back(
        new EditUserDialog(api, someone, {QStringLiteral("alice"), QStringLiteral("bob")}));
    dialogs.emplace_back(
        new ResetCredentialsDialog(api, someone, ResetCredentialsDialog::What::TwoFactor));
    dialogs.emplace_back(new AssetDialog(api, std::nullopt, {QStringLiteral("bob")}));
    client::Offboarding left;
    for (int i = 0; i < 12; ++i) {
        client::Asset a;
        a.id = i + 1;
        a.name = QStringLiteral("An asset with a rather long name %1").arg(i);
        left.assets << a;
    }
    dialogs.emplace_back(new LeaverItemsDialog(someone, left, true));
    dialogs.emplace_back(new DeletionRequestDialog(api, 72));
    dialogs.emplace_back(new PassphraseDialog(QStringLiteral("AMZ-1"), 12));
    dialogs.emplace_back(new AddUserDialog(api));
    dialogs.emplace_back(new EvidencePackDialog(QDate(2026, 12, 6)));
    dialogs.emplace_back(new DeviceDialog(api, std::nullopt, QStringLiteral("bob")));
    client::PolicyText policy;
    policy.version = QStringLiteral("v1");
    policy.standing = QStringLiteral("overdue");
    policy.text
        = QStringLiteral("A policy line that is long enough to need wrapping. ").repeated(400);
    dialogs.emplace_back(new PolicyDialog(api, policy));
    auto *email = new NotificationEmailDialog(api);
    QSignalSpy emailLoaded(email, &NotificationEmailDialog::loaded);
    QVERIFY(emailLoaded.wait(15'000)); // every kind's row in place
    dialogs.emplace_back(email);
    for (const std::unique_ptr<QDialog> &dialog : dialogs) {
        dialog->show();
        QVERIFY(QTest::qWaitForWindowExposed(dialog.get()));
        const QSize size = dialog->size();
        QVERIFY2(size.width() <= 1280 && size.height() <= 800,
                 qPrintable(QStringLiteral("%1 is %2x%3")
                                .arg(QString::fromLatin1(dialog->metaObject()->className()))
                                .arg(size.width())
                                .arg(size.height())));
        dialog->hide();
    }
    QVERIFY(login->findChild<QrCodeView *>(QStringLiteral("totpQrCode"))->modules() > 0);
}

// What a screen reader says about a control: its name and its description. Every control a
// person can use, on every page, in the window around them and in every dialog, must have both.
void TestGui::everyControlHasAnAccessibleNameAndDescription()
{
    QVERIFY(m_window);
    const auto interactive = [](const QWidget *w) {
        if (w->objectName().startsWith(QLatin1String("qt_")) || w->inherits("QScrollBar")
            || w->inherits("QHeaderView"))
            return false;
        // Parts of another control (a combo box's list, a line edit's clear button, a tab bar's
        // scroll arrows, a table's corner) are named by that control.
        for (const QWidget *p = w->parentWidget(); p; p = p->parentWidget()) {
            if (qobject_cast<const QComboBox *>(p) || qobject_cast<const QLineEdit *>(p)
                || qobject_cast<const QTabBar *>(p) || qobject_cast<const QAbstractSpinBox *>(p)
                || qobject_cast<const QAbstractItemView *>(p))
                return false;
        }
        return qobject_cast<const QAbstractButton *>(w) || qobject_cast<const QLineEdit *>(w)
            || qobject_cast<const QComboBox *>(w) || qobject_cast<const QAbstractSpinBox *>(w)
            || qobject_cast<const QAbstractItemView *>(w) || qobject_cast<const QTabBar *>(w)
            || qobject_cast<const QPlainTextEdit *>(w) || qobject_cast<const QGraphicsView *>(w)
            || w->inherits("cc::ui::Tile");
    };
    QStringList missing;
    int checked = 0;
    const auto walk = [&](const QString &where, const QList<QWidget *> &widgets) {
        for (QWidget *w : widgets) {
            if (!interactive(w))
                continue;
            ++checked;
            if (w->accessibleName().isEmpty() || w->accessibleDescription().isEmpty())
                missing << QStringLiteral("%1: %2 \"%3\"%4")
                               .arg(where, QString::fromLatin1(w->metaObject()->className()),
                                    w->objectName(),
                                    w->accessibleName().isEmpty()
                                        ? QStringLiteral(" (no name)")
                                        : QStringLiteral(" (no description)"));
        }
    };
    for (Page *page : m_window->pages())
        walk(page->title(), page->findChildren<QWidget *>());
    walk(QStringLiteral("window"),
         QList<QWidget *> {m_window->findChild<QWidget *>(QStringLiteral("navigation")),
                           m_window->notificationBell()});
    walk(QStringLiteral("notifications"),
         m_window->notificationBell()->panel()->findChildren<QWidget *>());
    // Every dialog, as it opens (its fields filled in later come from the same widgets).
    client::ApiClient *api = clientOf(m_window);
    client::Incident incident;
    incident.id = 1;
    client::Asset asset;
    asset.id = 1;
    std::vector<std::unique_ptr<QDialog>> dialogs;
    dialogs.emplace_back(new LoginDialog(api, &m_pinned));
    dialogs.emplace_back(
        new TrustDialog(m_server.baseUrl().authority(), m_server.certificate(), {}, false));
    dialogs.emplace_back(new RequestAccessDialog(api, client::Policy {}));
    dialogs.emplace_back(new StartAccessReviewDialog(api));
    dialogs.emplace_back(new AssetReviewDialog(api, asset));
    dialogs.emplace_back(new ReportIncidentDialog(api));
    dialogs.emplace_back(new IncidentEditDialog(api, incident));
    dialogs.emplace_back(new AddUserDialog(api));
    client::User someone;
    someone.id = 999;
    someone.username = QStringLiteral("someone");
    someone.roles = {QStringLiteral("employee")};
    dialogs.emplace_back(new EditUserDialog(api, someone, {QStringLiteral("alice")}));
    dialogs.emplace_back(
        new ResetCredentialsDialog(api, someone, ResetCredentialsDialog::What::Password));
    dialogs.emplace_back(new AssetDialog(api, asset, {QStringLiteral("bob")}));
    client::Offboarding left;
    left.assets << asset;
    dialogs.emplace_back(new LeaverItemsDialog(someone, left, true));
    dialogs.emplace_back(new DeletionRequestDialog(api, 72));
    dialogs.emplace_back(new PassphraseDialog(QStringLiteral("AMZ-1"), 12));
    dialogs.emplace_back(new ChangePasswordDialog(api));
    dialogs.emplace_back(new CommentDialog(QStringLiteral("Deny"), QStringLiteral("Why"),
                                           QStringLiteral("Comment"), true,
                                           [](const QString &) { return nullptr; }));
    dialogs.emplace_back(new PageSwitcher(m_window));
    dialogs.emplace_back(new PreferencesDialog);
    dialogs.emplace_back(new EvidencePackDialog(QDate(2026, 12, 6)));
    client::Device device;
    device.id = 1;
    dialogs.emplace_back(new DeviceDialog(api, device, {}));
    dialogs.emplace_back(new PolicyDialog(api, client::PolicyText {}));
    dialogs.emplace_back(new AlertActionDialog(
        QStringLiteral("End sessions"), QStringLiteral("End every session of bob?"),
        QStringLiteral("End sessions"), [] { return nullptr; }));
    auto *email = new NotificationEmailDialog(api);
    QSignalSpy emailLoaded(email, &NotificationEmailDialog::loaded);
    QVERIFY(emailLoaded.wait(15'000));
    dialogs.emplace_back(email);
    for (const std::unique_ptr<QDialog> &dialog : dialogs)
        walk(QString::fromLatin1(dialog->metaObject()->className()),
             dialog->findChildren<QWidget *>());
    QVERIFY(checked > 100);
    for (const QString &control : std::as_const(missing))
        qWarning("without an accessible name or description: %s", qPrintable(control));
    QVERIFY2(missing.isEmpty(), qPrintable(missing.join(QLatin1Char('\n'))));
}

// Ctrl+1…9 open the first nine pages, Ctrl+K any page (by name or as a link), Ctrl+F puts the
// cursor in the page's filter; Help lists these shortcuts from the menus themselves.
void TestGui::keyboardReachesEveryPageAndFilter()
{
    QVERIFY(m_window);
    QApplication::setActiveWindow(m_window);
    QVERIFY(QTest::qWaitForWindowActive(m_window));
    const QList<Page *> &pages = m_window->pages();
    QVERIFY(pages.size() >= 9);
    for (int i = 0; i < 9; ++i) {
        QTest::keyClick(m_window, Qt::Key(Qt::Key_1 + i), Qt::ControlModifier);
        QTRY_COMPARE(m_window->currentPage(), pages.at(i));
    }
    // Ctrl+K, a few letters, Enter: the tenth page, which has no digit.
    QTest::keyClick(m_window, Qt::Key_K, Qt::ControlModifier);
    QPointer<QDialog> switcher;
    QTRY_VERIFY((switcher = m_window->findChild<QDialog *>(QStringLiteral("pageSwitcher")))
                && switcher->isVisible());
    auto *search = switcher->findChild<QLineEdit *>(QStringLiteral("pageSwitcherSearch"));
    QTest::keyClicks(search, pages.at(9)->navigationTitle().left(4));
    QTest::keyClick(search, Qt::Key_Return);
    QTRY_COMPARE(m_window->currentPage(), pages.at(9));
    QTRY_VERIFY(switcher.isNull() || !switcher->isVisible());
    // Ctrl+F on the Users page: its filter has the cursor.
    m_window->showPage(m_window->page<UsersPage>());
    QTest::keyClick(m_window, Qt::Key_F, Qt::ControlModifier);
    QTRY_COMPARE(
        QApplication::focusWidget(),
        m_window->page<UsersPage>()->findChild<QLineEdit *>(QStringLiteral("usersFilter")));
    // The shortcut list is made of the menus' actions, each with its keys.
    QAction *refresh = nullptr;
    for (QAction *action : m_window->findChildren<QAction *>()) {
        if (action->shortcut() == QKeySequence(QKeySequence::Refresh))
            refresh = action;
    }
    QVERIFY(refresh);
}

// Pages link to each other through the navigator, never directly: a page, a page with one of
// its quick filters, or one of its objects.
void TestGui::linksOpenAPageWithAFilterOrAnObject()
{
    QVERIFY(m_window);
    QCOMPARE(Destination::parse(QStringLiteral("incidents/4")),
             (Destination {QStringLiteral("incidents"), {}, 4}));
    QCOMPARE(Destination::parse(QStringLiteral("assets?overdue")),
             (Destination {QStringLiteral("assets"), QStringLiteral("overdue"), 0}));
    // A page of several lists: the list (as the filter) and the object.
    const Destination tab = Destination::parse(QStringLiteral("thirdparties/credentials/7"));
    QCOMPARE(tab, (Destination {QStringLiteral("thirdparties"), QStringLiteral("credentials"), 7}));
    QCOMPARE(tab.toString(), QStringLiteral("thirdparties/credentials/7"));
    Navigator *navigator = m_window->navigator();
    QVERIFY(navigator->go(Destination::parse(QStringLiteral("users?offboarded"))));
    UsersPage *users = m_window->page<UsersPage>();
    QCOMPARE(m_window->currentPage(), users);
    QCOMPARE(users->findChild<QComboBox *>(QStringLiteral("userStatusCombo"))->currentData(),
             QVariant(QStringLiteral("offboarded")));
    for (int row = 0; row < users->proxy()->rowCount(); ++row)
        QCOMPARE(users->proxy()->index(row, 0).data(PagedTableModel::FilterRole).toString(),
                 QStringLiteral("offboarded"));
    // A filter a page does not know is refused, and said so on the page.
    QVERIFY(!navigator->go(Destination::parse(QStringLiteral("users?everyone"))));
    QCOMPARE(users->messageBar()->kind(), MessageBar::Kind::Warning);
    // A page this person does not have (none is called so) is refused in a banner.
    QVERIFY(!navigator->go(Destination::parse(QStringLiteral("payroll"))));
    QVERIFY(!m_window->bannerText(QStringLiteral("navigation")).isEmpty());
    QVERIFY(navigator->go(Destination::parse(QStringLiteral("users?all"))));
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

// Alerts have four severities, like incidents, and "critical" (audit_tamper) takes the theme's
// critical badge, whose contrast the test above holds to AA; the alarm banner too.
void TestGui::alertSeveritiesHaveTheThemesBadges()
{
    QCOMPARE(AlertModel::severityLabel(QStringLiteral("critical")), QStringLiteral("Critical"));
    const theme::Colors &colors = theme::colors();
    const auto same = [](const theme::Badge &a, const theme::Badge &b) {
        return a.text == b.text && a.background == b.background;
    };
    QVERIFY(same(theme::alertBadge(QStringLiteral("critical")), colors.critical));
    QVERIFY(same(theme::alertBadge(QStringLiteral("high")), colors.high));
    QVERIFY(same(theme::alertBadge(QStringLiteral("medium")), colors.medium));
    QVERIFY(same(theme::alertBadge(QStringLiteral("low")), colors.low));
    const QList<theme::ContrastPair> pairs = theme::contrastPairs(colors);
    QVERIFY(std::any_of(pairs.cbegin(), pairs.cend(), [&](const theme::ContrastPair &p) {
        return p.foreground == colors.alarm.text && p.background == colors.alarm.background;
    }));
    QCOMPARE(client::Alert::ruleLabel(QStringLiteral("audit_tamper")),
             QStringLiteral("Audit log tampered with"));
    QCOMPARE(client::Alert::ruleLabel(QStringLiteral("privileged_role")),
             QStringLiteral("Privileged role given"));
    QCOMPARE(client::auditActionLabel(QStringLiteral("user.unlock")),
             QStringLiteral("Account unlocked"));
}

// translations/compliance_de.ts and _fr.ts as lupdate leaves them and the translators fill them:
// no entry left unfinished (empty, or marked so), and at most 5% of the translations the same
// as their English source ("PII", "TLS" may stay; a page left in English may not). Entries
// lupdate keeps for removed strings (obsolete, vanished) do not count. A plural counts each of
// its forms.
// EXPECTED TO FAIL until the translators' branches (German, French) are merged.
void TestGui::translationsAreFinished_data()
{
    QTest::addColumn<QString>("file");
    for (const char *language : {"de", "fr"})
        QTest::newRow(language) << QStringLiteral(COMPLIANCE_SOURCE_DIR
                                                  "/translations/compliance_%1.ts")
                                       .arg(QLatin1String(language));
}

void TestGui::translationsAreFinished()
{
    QFETCH(QString, file);
    QFile ts(file);
    QVERIFY2(ts.open(QIODevice::ReadOnly),
             qPrintable(file + QStringLiteral(": ") + ts.errorString()));
    QXmlStreamReader xml(&ts);
    QString context;
    QString source;
    QStringList unfinished;
    int translations = 0;
    int sameAsSource = 0;
    while (!xml.atEnd()) {
        if (xml.readNext() != QXmlStreamReader::StartElement)
            continue;
        const QStringView name = xml.name();
        if (name == QLatin1String("name")) {
            context = xml.readElementText();
        } else if (name == QLatin1String("source")) {
            source = xml.readElementText();
        } else if (name == QLatin1String("translation")) {
            const QStringView type = xml.attributes().value(QLatin1String("type"));
            if (type == QLatin1String("obsolete") || type == QLatin1String("vanished")) {
                xml.skipCurrentElement();
                continue;
            }
            QStringList forms;
            // A plural holds one <numerusform> per form; a singular its text directly.
            QString text;
            while (!xml.atEnd()) {
                xml.readNext();
                if (xml.isCharacters())
                    text += xml.text();
                else if (xml.isStartElement() && xml.name() == QLatin1String("numerusform"))
                    forms << xml.readElementText();
                else if (xml.isEndElement() && xml.name() == QLatin1String("translation"))
                    break;
            }
            if (forms.isEmpty())
                forms << text;
            const bool empty = std::any_of(forms.cbegin(), forms.cend(),
                                           [](const QString &f) { return f.trimmed().isEmpty(); });
            if (type == QLatin1String("unfinished") || empty)
                unfinished << QStringLiteral("%1: \"%2\"").arg(context, source.left(60));
            for (const QString &form : std::as_const(forms)) {
                ++translations;
                if (form == source)
                    ++sameAsSource;
            }
        }
    }
    QVERIFY2(!xml.hasError(), qPrintable(file + QStringLiteral(": ") + xml.errorString()));
    QVERIFY2(translations > 1000,
             qPrintable(QStringLiteral("%1: only %2 translations").arg(file).arg(translations)));
    QVERIFY2(unfinished.isEmpty(),
             qPrintable(QStringLiteral("%1: %2 of %3 entries unfinished, e.g.\n%4")
                            .arg(file)
                            .arg(unfinished.size())
                            .arg(translations)
                            .arg(unfinished.mid(0, 5).join(QLatin1Char('\n')))));
    QVERIFY2(sameAsSource * 100 <= translations * 5,
             qPrintable(QStringLiteral("%1: %2 of %3 translations (%4%) equal their English "
                                       "source; at most 5% may")
                            .arg(file)
                            .arg(sameAsSource)
                            .arg(translations)
                            .arg(sameAsSource * 100.0 / translations, 0, 'f', 1)));
}

QTEST_MAIN(TestGui)
#include "tst_gui.moc"
