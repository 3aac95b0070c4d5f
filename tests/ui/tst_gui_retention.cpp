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
#include "retention/RetentionPage.h"
#include "shell/MainWindow.h"
#include "shell/SettingsCertificateTrust.h"
#include "widgets/DataTableView.h"

#include <memory>

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QCheckBox>
#include <QDialog>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardItemModel>
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
    void fulfilDeletionRequestShowsEvidence();

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

void TestGuiRetention::fulfilDeletionRequestShowsEvidence()
{
    RetentionPage *page = m_window->page<RetentionPage>();
    page->requestView()->selectRow(0);
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
    QCOMPARE(tile("heldTile"), QStringLiteral("0"));
    QVERIFY(!fulfil->isEnabled()); // once
}

QTEST_MAIN(TestGuiRetention)

#include "tst_gui_retention.moc"
