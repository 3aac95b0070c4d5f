// The Retention page driven like a person would, offscreen, against a real compliance-stored: a
// compliance officer sees the PII held, due this week and overdue, runs a sweep and sees the
// overdue tile drop to zero with the last sweep's result, and fulfils Amazon's deletion request
// through the dialog, after which the evidence is shown. Models are watched by
// QAbstractItemModelTester.

#include "ApiClient.h"
#include "GuiTestBase.h"
#include "OrdersApi.h"
#include "TestServer.h"
#include "orders/OrdersPage.h"
#include "retention/DeletionRequestDialog.h"
#include "retention/RetentionPage.h"
#include "shell/MainWindow.h"
#include "shell/SettingsCertificateTrust.h"
#include "widgets/CommentDialog.h"
#include "widgets/DataTableView.h"
#include "widgets/Format.h"
#include "widgets/MessageBar.h"

#include <memory>

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QCryptographicHash>
#include <QDateTimeEdit>
#include <QDialog>
#include <QFile>
#include <QFileDialog>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPointer>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardItemModel>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace cc;
using namespace cc::ui;

namespace {

QJsonObject order(const QString &id, const QDateTime &fulfilled)
{
    return {
        {QStringLiteral("AmazonOrderId"), id},
        {QStringLiteral("PurchaseDate"), fulfilled.addDays(-1).toString(Qt::ISODate)},
        {QStringLiteral("OrderStatus"), QStringLiteral("Shipped")},
        {QStringLiteral("MarketplaceId"), QStringLiteral("ATVPDKIKX0DER")},
        {QStringLiteral("OrderTotal"),
         QJsonObject {{QStringLiteral("CurrencyCode"), QStringLiteral("USD")},
                      {QStringLiteral("Amount"), QStringLiteral("10.00")}}},
        {QStringLiteral("BuyerInfo"),
         QJsonObject {{QStringLiteral("BuyerEmail"), QStringLiteral("b@example.com")}}},
        {QStringLiteral("FulfillmentDate"), fulfilled.toString(Qt::ISODate)},
    };
}

} // namespace

class TestGuiRetention : public test::GuiTestBase
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void tilesCountTheHeldPii();
    void sweepPurgesTheOverdue();
    void ordersPageWithoutPiiGrant();
    void recordAndFulfilAReturnSavesTheSealedArchive();
    void fulfilDeletionRequestShowsEvidence();
    void legalHoldSetAndReleasedThenFiguresKept();

private:
    QString tile(const char *name) const;

    test::TestServer::Account m_officer;
    test::TestServer::Account m_admin;
    MainWindow *m_window = nullptr;
};

void TestGuiRetention::initTestCase()
{
    QVERIFY2(startServer(), qPrintable(errorString()));
    m_officer = m_server.addUser(QStringLiteral("carol"), QStringLiteral("compliance_officer"));
    m_admin = m_server.addUser(QStringLiteral("alice"), QStringLiteral("admin"));
    const QString adminToken = m_server.login(m_admin);
    const QString officerToken = m_server.login(m_officer);
    QVERIFY(!adminToken.isEmpty() && !officerToken.isEmpty());
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const test::ApiReply ingested
        = m_server.call("POST", QStringLiteral("/orders"),
                        {{QStringLiteral("client"), QStringLiteral("acme")},
                         {QStringLiteral("orders"),
                          QJsonArray {order(QStringLiteral("1-old"), now.addDays(-40)),
                                      order(QStringLiteral("1-soon"), now.addDays(-27)),
                                      order(QStringLiteral("1-new"), now.addDays(-2))}}},
                        adminToken);
    QVERIFY2(ingested.status == 201, ingested.raw.constData());
    const test::ApiReply request
        = m_server.call("POST", QStringLiteral("/deletion-requests"),
                        {{QStringLiteral("reference"), QStringLiteral("AMZ-GUI-1")},
                         {QStringLiteral("received_at"), now.addSecs(-3600).toString(Qt::ISODate)},
                         {QStringLiteral("action"), QStringLiteral("delete")},
                         {QStringLiteral("scope"),
                          QJsonObject {{QStringLiteral("type"), QStringLiteral("client")},
                                       {QStringLiteral("client"), QStringLiteral("acme")}}}},
                        officerToken);
    QVERIFY2(request.status == 201, request.raw.constData());

    m_window = openWindow(m_officer);
    QVERIFY(m_window);
    QVERIFY(m_window->page<RetentionPage>());
    m_window->showPage(m_window->page<RetentionPage>());
}

void TestGuiRetention::cleanupTestCase()
{
    closeWindows();
}

QString TestGuiRetention::tile(const char *name) const
{
    auto *label = m_window->page<RetentionPage>()->findChild<QLabel *>(QLatin1String(name));
    return label ? label->text() : QString();
}

void TestGuiRetention::tilesCountTheHeldPii()
{
    QCOMPARE(tile("heldTile"), QStringLiteral("3"));
    QCOMPARE(tile("dueTile"), QStringLiteral("1"));
    QCOMPARE(tile("overdueTile"), QStringLiteral("1"));
    QStandardItemModel *clients = m_window->page<RetentionPage>()->clientModel();
    QCOMPARE(clients->rowCount(), 1);
    QCOMPARE(clients->item(0, 0)->text(), QStringLiteral("acme"));
    QStandardItemModel *requests = m_window->page<RetentionPage>()->requestModel();
    QCOMPARE(requests->rowCount(), 1);
    // The live countdown: 71 hours left, minus the test's own seconds.
    const QString left = requests->item(0, 5)->text();
    QVERIFY2(left.startsWith(QStringLiteral("70 h")) || left.startsWith(QStringLiteral("71 h")),
             qPrintable(left));
    QTRY_VERIFY_WITH_TIMEOUT(requests->item(0, 5)->text() != left, 5000);
}

void TestGuiRetention::sweepPurgesTheOverdue()
{
    RetentionPage *page = m_window->page<RetentionPage>();
    auto *sweep = page->findChild<QPushButton *>(QStringLiteral("sweepButton"));
    QVERIFY(sweep && sweep->isEnabled());
    QTest::mouseClick(sweep, Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(tile("overdueTile"), QStringLiteral("0"), 30'000);
    QCOMPARE(tile("heldTile"), QStringLiteral("2"));
    auto *last = page->findChild<QLabel *>(QStringLiteral("lastSweep"));
    QVERIFY(last);
    QVERIFY2(last->text().contains(QStringLiteral("purged the PII of 1 order(s)")),
             qPrintable(last->text()));
}

// A compliance officer sees the order facts but, holding no orders.pii grant, never the PII,
// even when asking; the aggregates export is anonymised CSV.
void TestGuiRetention::ordersPageWithoutPiiGrant()
{
    OrdersPage *page = m_window->page<OrdersPage>();
    QVERIFY(page);
    m_window->showPage(page);
    page->findChild<QLineEdit *>(QStringLiteral("clientEdit"))->setText(QStringLiteral("acme"));
    page->findChild<QCheckBox *>(QStringLiteral("showPii"))->setChecked(true);
    QSignalSpy loaded(page, &Page::loaded);
    QVERIFY(loaded.isValid());
    QTest::mouseClick(page->findChild<QPushButton *>(QStringLiteral("loadOrders")), Qt::LeftButton);
    QVERIFY(loaded.wait(30'000));
    QCOMPARE(page->model()->rowCount(), 3);
    for (int row = 0; row < 3; ++row)
        QCOMPARE(page->model()->item(row, 6)->text(), QStringLiteral("—"));
    QVERIFY2(page->grantLabel()->text().contains(QStringLiteral("No active orders.pii grant")),
             qPrintable(page->grantLabel()->text()));
    const QByteArray csv
        = client::OrderAggregates::fromJson(
              QJsonObject {
                  {QStringLiteral("items"),
                   QJsonArray {QJsonObject {{QStringLiteral("client"), QStringLiteral("=acme")},
                                            {QStringLiteral("marketplace"), QStringLiteral("M")},
                                            {QStringLiteral("day"), QStringLiteral("2026-11-01")},
                                            {QStringLiteral("currency"), QStringLiteral("USD")},
                                            {QStringLiteral("orders"), 2},
                                            {QStringLiteral("sales"), QStringLiteral("20.00")}}}}})
              .toCsv();
    QCOMPARE(csv,
             QByteArray("client,marketplace,day,currency,orders,sales\n"
                        "'=acme,M,2026-11-01,USD,2,20.00\n"));
    m_window->showPage(m_window->page<RetentionPage>());
}

// An officer records Amazon's return request in the dialog (a refusal stands under the field
// it names, nothing typed is lost; the due time shown is the receipt + 72 h), then fulfils it:
// a confirmation, the passphrase twice (too short is not accepted), a save dialog. The file
// saved is the sealed archive, not plaintext, and the server audited its very SHA-256.
void TestGuiRetention::recordAndFulfilAReturnSavesTheSealedArchive()
{
    const QString adminToken = m_server.login(m_admin);
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const test::ApiReply ingested
        = m_server.call("POST", QStringLiteral("/orders"),
                        {{QStringLiteral("client"), QStringLiteral("bluebird")},
                         {QStringLiteral("orders"),
                          QJsonArray {order(QStringLiteral("2-ret"), now.addDays(-3)),
                                      order(QStringLiteral("2-keep"), now.addDays(-3))}}},
                        adminToken);
    QVERIFY2(ingested.status == 201, ingested.raw.constData());
    RetentionPage *page = m_window->page<RetentionPage>();
    page->refresh();
    QTRY_VERIFY_WITH_TIMEOUT(page->hasLoaded(), 20'000);

    auto *record = page->findChild<QPushButton *>(QStringLiteral("recordRequestButton"));
    QVERIFY(record && record->isEnabled());
    QTest::mouseClick(record, Qt::LeftButton);
    DeletionRequestDialog *dialog = waitForDialog<DeletionRequestDialog>(page);
    QVERIFY(dialog);
    auto *received = dialog->findChild<QDateTimeEdit *>(QStringLiteral("requestReceivedAt"));
    const QDateTime receivedAt(now.date().addDays(-1), QTime(9, 30), Qt::UTC);
    received->setDateTime(receivedAt);
    QCOMPARE(dialog->dueAt(), receivedAt.addSecs(72 * 3600));
    auto *action = dialog->findChild<QComboBox *>(QStringLiteral("requestAction"));
    action->setCurrentIndex(action->findData(QStringLiteral("return")));
    auto *scope = dialog->findChild<QComboBox *>(QStringLiteral("requestScope"));
    scope->setCurrentIndex(scope->findData(QStringLiteral("orders")));
    QTest::keyClicks(dialog->findChild<QLineEdit *>(QStringLiteral("requestClient")),
                     QStringLiteral("bluebird"));
    QTest::keyClicks(dialog->findChild<QPlainTextEdit *>(QStringLiteral("requestOrderIds")),
                     QStringLiteral("2-ret"));
    // No reference: the server's refusal stands under that field, the rest is kept.
    auto *save = dialog->findChild<QPushButton *>(QStringLiteral("requestSaveButton"));
    QTest::mouseClick(save, Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(!dialog->fieldError(QStringLiteral("reference")).isEmpty(), 20'000);
    QVERIFY(dialog->isVisible());
    auto *reference = dialog->findChild<QLineEdit *>(QStringLiteral("requestReference"));
    QVERIFY(reference->hasFocus());
    QCOMPARE(dialog->request().scopeOrderIds, QStringList {QStringLiteral("2-ret")});
    QCOMPARE(dialog->request().scopeClient, QStringLiteral("bluebird"));
    QTest::keyClicks(reference, QStringLiteral("AMZ-RET-GUI"));
    QTest::mouseClick(save, Qt::LeftButton);
    QStandardItemModel *requests = page->requestModel();
    const auto rowOf = [requests](const QString &reference) {
        for (int row = 0; row < requests->rowCount(); ++row) {
            if (requests->item(row, 0)->text() == reference)
                return row;
        }
        return -1;
    };
    QTRY_VERIFY_WITH_TIMEOUT(rowOf(QStringLiteral("AMZ-RET-GUI")) >= 0, 20'000);
    const int row = rowOf(QStringLiteral("AMZ-RET-GUI"));
    QCOMPARE(requests->item(row, 1)->text(), QStringLiteral("Return"));
    QCOMPARE(requests->item(row, 4)->text(), format::dateTime(receivedAt.addSecs(72 * 3600)));

    // Fulfil: confirm, the passphrase twice, then where to save.
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("amz-ret-gui.json"));
    const QString passphrase = QStringLiteral("a passphrase for Amazon only");
    page->requestView()->selectRow(row);
    auto *fulfil = page->findChild<QPushButton *>(QStringLiteral("fulfilButton"));
    QVERIFY(fulfil->isEnabled());
    bool confirmed = false;
    bool shortRefused = false;
    bool typed = false;
    bool chosen = false;
    QTimer driver;
    driver.setInterval(50);
    connect(&driver, &QTimer::timeout, this, [&] {
        for (QWidget *w : QApplication::topLevelWidgets()) {
            if (!w->isVisible())
                continue;
            if (w->objectName() == QLatin1String("fulfilDialog") && !confirmed) {
                confirmed = true;
                QTest::mouseClick(w->findChild<QPushButton *>(QStringLiteral("confirmFulfil")),
                                  Qt::LeftButton);
            } else if (w->objectName() == QLatin1String("passphraseDialog") && !typed) {
                auto *first = w->findChild<QLineEdit *>(QStringLiteral("archivePassphrase"));
                auto *again = w->findChild<QLineEdit *>(QStringLiteral("archivePassphraseAgain"));
                auto *ok = w->findChild<QPushButton *>(QStringLiteral("passphraseOk"));
                QTest::keyClicks(first, QStringLiteral("short"));
                QTest::keyClicks(again, QStringLiteral("short"));
                shortRefused = !ok->isEnabled();
                first->setText(passphrase);
                again->setText(passphrase + QLatin1Char('!'));
                shortRefused = shortRefused && !ok->isEnabled(); // they differ
                again->setText(passphrase);
                typed = true;
                QTest::mouseClick(ok, Qt::LeftButton);
            } else if (auto *files = qobject_cast<QFileDialog *>(w); files && !chosen) {
                chosen = true;
                // Typed as a person would: the name box takes a whole path.
                files->findChild<QLineEdit *>(QStringLiteral("fileNameEdit"))->setText(path);
                static_cast<QDialog *>(files)->accept(); // QFileDialog hides it
            }
        }
    });
    driver.start();
    QSignalSpy saved(page, &RetentionPage::archiveSaved);
    QVERIFY(saved.isValid());
    QTest::mouseClick(fulfil, Qt::LeftButton);
    QVERIFY(saved.wait(60'000));
    driver.stop();
    QVERIFY(confirmed && typed && chosen);
    QVERIFY(shortRefused);
    QVERIFY2(saved.at(0).at(0).toBool(), qPrintable(page->messageBar()->text()));
    QCOMPARE(saved.at(0).at(1).toString(), path);

    // On disk: the sealed archive, no order data in the clear; its SHA-256 is shown and audited.
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray bytes = file.readAll();
    QVERIFY(bytes.contains("\"format\": \"compliance-archive-1\"")
            || bytes.contains("\"format\":\"compliance-archive-1\""));
    for (const char *plain : {"2-ret", "b@example.com", "bluebird", "AMZ-RET-GUI"})
        QVERIFY2(!bytes.contains(plain), plain);
    const QString sha
        = QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
    QCOMPARE(saved.at(0).at(2).toString(), sha);
    QVERIFY(page->messageBar()->text().contains(sha));
    const test::ApiReply audited
        = m_server.call("GET", QStringLiteral("/audit?action=deletion_request.archive_saved"), {},
                        m_server.login(m_officer));
    QCOMPARE(audited.status, 200);
    const QJsonArray events = audited.json.value(QStringLiteral("items")).toArray();
    QCOMPARE(events.size(), 1);
    QVERIFY(events.first()
                .toObject()
                .value(QStringLiteral("detail"))
                .toString()
                .contains(QStringLiteral("archive_sha256=") + sha));
    QTRY_COMPARE_WITH_TIMEOUT(requests->item(rowOf(QStringLiteral("AMZ-RET-GUI")), 6)->text(),
                              QStringLiteral("Fulfilled"), 20'000);
}

void TestGuiRetention::fulfilDeletionRequestShowsEvidence()
{
    RetentionPage *page = m_window->page<RetentionPage>();
    page->requestView()->selectRow(0);
    QCOMPARE(page->requestModel()->item(0, 0)->text(), QStringLiteral("AMZ-GUI-1"));
    auto *fulfil = page->findChild<QPushButton *>(QStringLiteral("fulfilButton"));
    QVERIFY(fulfil && fulfil->isEnabled());
    bool confirmed = false;
    QTimer::singleShot(200, this, [&confirmed] {
        for (QWidget *w : QApplication::topLevelWidgets()) {
            if (w->objectName() == QLatin1String("fulfilDialog") && w->isVisible()) {
                if (auto *confirm = w->findChild<QPushButton *>(QStringLiteral("confirmFulfil"))) {
                    QTest::mouseClick(confirm, Qt::LeftButton);
                    confirmed = true;
                }
            }
        }
    });
    QTest::mouseClick(fulfil, Qt::LeftButton);
    QVERIFY(confirmed);
    QStandardItemModel *requests = page->requestModel();
    QTRY_COMPARE_WITH_TIMEOUT(requests->item(0, 6)->text(), QStringLiteral("Fulfilled"), 30'000);
    page->requestView()->selectRow(0);
    auto *evidence = page->findChild<QLabel *>(QStringLiteral("evidence"));
    QVERIFY(evidence);
    QTRY_VERIFY(evidence->text().contains(QStringLiteral("3 orders deleted")));
    QCOMPARE(tile("heldTile"), QStringLiteral("1")); // bluebird's order the return left alone
    QVERIFY(!fulfil->isEnabled()); // once
}

// An officer sets a legal hold on a client through the dialog (a refusal, another hold set
// meanwhile, stays in it with the server's words), sees it per client, releases it, and after
// the sweep sees the daily aggregates that remain of the client's old orders.
void TestGuiRetention::legalHoldSetAndReleasedThenFiguresKept()
{
    const QString adminToken = m_server.login(m_admin);
    const QString officerToken = m_server.login(m_officer);
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const test::ApiReply ingested
        = m_server.call("POST", QStringLiteral("/orders"),
                        {{QStringLiteral("client"), QStringLiteral("heron")},
                         {QStringLiteral("orders"),
                          QJsonArray {order(QStringLiteral("9-ancient"), now.addMonths(-19)),
                                      order(QStringLiteral("9-ancient2"), now.addMonths(-19))}}},
                        adminToken);
    QVERIFY2(ingested.status == 201, ingested.raw.constData());
    RetentionPage *page = m_window->page<RetentionPage>();
    QAbstractItemModelTester holdTester(page->holdModel());
    QAbstractItemModelTester aggregateTester(page->aggregateModel());
    page->refresh();
    const auto rowOf = [page](const QString &client) {
        for (int i = 0; i < page->holdModel()->rowCount(); ++i) {
            if (page->holdModel()->item(i, 0)->text() == client)
                return i;
        }
        return -1;
    };
    QTRY_VERIFY_WITH_TIMEOUT(rowOf(QStringLiteral("heron")) >= 0, 20'000);
    QCOMPARE(page->holdModel()->item(rowOf(QStringLiteral("heron")), 1)->text(),
             QStringLiteral("none"));
    page->holdView()->selectRow(rowOf(QStringLiteral("heron")));
    auto *setHold = page->findChild<QPushButton *>(QStringLiteral("setHoldButton"));
    auto *release = page->findChild<QPushButton *>(QStringLiteral("releaseHoldButton"));
    QVERIFY(setHold->isEnabled());
    QVERIFY(!release->isEnabled());
    QTest::mouseClick(setHold, Qt::LeftButton);
    QPointer<CommentDialog> dialog;
    QTRY_VERIFY((dialog = page->findChild<CommentDialog *>(QStringLiteral("setHoldDialog")))
                && dialog->isVisible());
    // Someone else puts a hold on heron first: the server refuses, the dialog keeps the text.
    const test::ApiReply other
        = m_server.call("POST", QStringLiteral("/legal-holds"),
                        {{QStringLiteral("client"), QStringLiteral("heron")},
                         {QStringLiteral("reason"), QStringLiteral("Earlier hold")},
                         {QStringLiteral("open_ended"), true}},
                        officerToken);
    QCOMPARE(other.status, 201);
    QTest::keyClicks(dialog->commentEdit(), QStringLiteral("Tax audit of fiscal year 2025"));
    auto *openEnded = dialog->findChild<QCheckBox *>(QStringLiteral("holdOpenEndedBox"));
    openEnded->setFocus();
    QTest::keyClick(openEnded, Qt::Key_Space);
    QVERIFY(openEnded->isChecked());
    QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("okButton")), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(!dialog->errorText().isEmpty(), 20'000);
    QVERIFY2(dialog->errorText().contains(QStringLiteral("already under legal hold")),
             qPrintable(dialog->errorText()));
    QCOMPARE(dialog->commentEdit()->toPlainText(), QStringLiteral("Tax audit of fiscal year 2025"));
    const qint64 otherId = other.json.value(QStringLiteral("id")).toInteger();
    QCOMPARE(
        m_server
            .call("POST", QStringLiteral("/legal-holds/%1/release").arg(otherId), {}, officerToken)
            .status,
        200);
    QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("okButton")), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(!dialog, 20'000);
    QTRY_COMPARE_WITH_TIMEOUT(page->holdModel()->item(rowOf(QStringLiteral("heron")), 1)->text(),
                              QStringLiteral("open-ended"), 20'000);
    QCOMPARE(page->holdModel()->item(rowOf(QStringLiteral("heron")), 3)->text(),
             QStringLiteral("Tax audit of fiscal year 2025"));
    QVERIFY(page->holdModel()
                ->item(rowOf(QStringLiteral("heron")), 2)
                ->text()
                .startsWith(QStringLiteral("carol")));
    // Held: the sweep keeps heron's old facts.
    auto *sweep = page->findChild<QPushButton *>(QStringLiteral("sweepButton"));
    QTRY_VERIFY(sweep->isEnabled());
    QTest::mouseClick(sweep, Qt::LeftButton);
    auto *last = page->findChild<QLabel *>(QStringLiteral("lastSweep"));
    QTRY_VERIFY_WITH_TIMEOUT(last->text().contains(QStringLiteral("a legal hold kept the due "
                                                                  "facts of heron")),
                             30'000);
    QCOMPARE(page->aggregateModel()->rowCount(), 0);

    page->holdView()->selectRow(rowOf(QStringLiteral("heron")));
    QTRY_VERIFY(release->isEnabled());
    QVERIFY(!setHold->isEnabled());
    QTest::mouseClick(release, Qt::LeftButton);
    QTRY_VERIFY((dialog = page->findChild<CommentDialog *>(QStringLiteral("releaseHoldDialog")))
                && dialog->isVisible());
    QTest::keyClicks(dialog->commentEdit(), QStringLiteral("Audit closed"));
    QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("okButton")), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(!dialog, 20'000);
    QTRY_COMPARE_WITH_TIMEOUT(page->holdModel()->item(rowOf(QStringLiteral("heron")), 1)->text(),
                              QStringLiteral("none"), 20'000);
    // Released: the next sweep deletes them and keeps their day's figures.
    QTRY_VERIFY(sweep->isEnabled());
    QTest::mouseClick(sweep, Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(page->aggregateModel()->rowCount(), 1, 30'000);
    QCOMPARE(page->aggregateModel()->item(0, 0)->text(), QStringLiteral("heron"));
    QCOMPARE(page->aggregateModel()->item(0, 4)->text(), QStringLiteral("2"));
    QCOMPARE(page->aggregateModel()->item(0, 6)->text(), QStringLiteral("20.00"));
}

QTEST_MAIN(TestGuiRetention)

#include "tst_gui_retention.moc"
