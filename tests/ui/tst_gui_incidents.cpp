// The Incidents page driven like a person would, offscreen, against a real compliance-stored:
// an employee reports an incident in the dialog and flags Amazon data; the row shows the
// Amazon marker and its 24-hour clock, the detail shows the executives notified, and the CTO
// finds the breach in their notification inbox. A refused report keeps the dialog open with
// the server's words. The model is watched by QAbstractItemModelTester.

#include "ApiClient.h"
#include "DashboardPage.h"
#include "DataTableView.h"
#include "IncidentModel.h"
#include "IncidentsPage.h"
#include "MainWindow.h"
#include "MessageBar.h"
#include "ReportIncidentDialog.h"
#include "SettingsCertificateTrust.h"
#include "TestServer.h"

#include <memory>

#include <QAbstractItemModelTester>
#include <QCheckBox>
#include <QComboBox>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>
#include <QTreeWidget>

using namespace cc;
using namespace cc::ui;

class TestGuiIncidents : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void reportingWithAmazonDataNotifiesExecutives();
    void dashboardCountsTheBreach();
    void meanTimeToContainOver90Days();

private:
    ReportIncidentDialog *openDialog();

    test::TestServer m_server;
    test::TestServer::Account m_employee;
    test::TestServer::Account m_cto;
    client::InMemoryCertificateTrust m_pinned;
    std::unique_ptr<client::ApiClient> m_client;
    std::unique_ptr<MainWindow> m_window;
    std::unique_ptr<QAbstractItemModelTester> m_tester;
};

void TestGuiIncidents::initTestCase()
{
    QVERIFY2(m_server.start(), qPrintable(m_server.errorString()));
    m_employee = m_server.addUser(QStringLiteral("emil"), QStringLiteral("employee"),
                                  QStringLiteral("Support Agent"));
    m_cto = m_server.addUser(QStringLiteral("tom"), QStringLiteral("executive"),
                             QStringLiteral("CTO"));
    QVERIFY(
        m_server.addUser(QStringLiteral("nina"), QStringLiteral("executive"), QStringLiteral("CEO"))
            .id
        > 0);
    m_pinned.pinCertificate(client::CertificateTrust::serverKey(m_server.baseUrl()),
                            m_server.certificate());
    m_client = std::make_unique<client::ApiClient>();
    m_client->setCertificateTrust(&m_pinned);
    m_client->setBaseUrl(m_server.baseUrl());
    client::ApiJob *job
        = m_client->signIn(m_employee.username, m_employee.password, m_server.nextTotp(m_employee));
    QSignalSpy signedIn(job, &client::ApiJob::finished);
    QVERIFY(signedIn.isValid());
    QVERIFY(signedIn.wait(30'000));
    QVERIFY(m_client->isSignedIn());
    m_window = std::make_unique<MainWindow>(m_client.get());
    m_tester = std::make_unique<QAbstractItemModelTester>(
        m_window->incidentsPage()->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    QTRY_VERIFY_WITH_TIMEOUT(m_window->hasLoaded(), 30'000);
    m_window->showPage(m_window->incidentsPage());
}

void TestGuiIncidents::cleanupTestCase()
{
    m_tester.reset();
    m_window.reset();
    m_client.reset();
}

ReportIncidentDialog *TestGuiIncidents::openDialog()
{
    IncidentsPage *page = m_window->incidentsPage();
    auto *button = page->findChild<QPushButton *>(QStringLiteral("reportIncidentButton"));
    if (!button || !button->isEnabled())
        return nullptr;
    QTest::mouseClick(button, Qt::LeftButton);
    ReportIncidentDialog *dialog = nullptr;
    for (int i = 0; i < 100 && !(dialog && dialog->isVisible()); ++i) {
        QTest::qWait(50);
        dialog = page->findChild<ReportIncidentDialog *>();
    }
    return dialog && dialog->isVisible() ? dialog : nullptr;
}

void TestGuiIncidents::reportingWithAmazonDataNotifiesExecutives()
{
    IncidentsPage *page = m_window->incidentsPage();
    QCOMPARE(page->model()->rowCount(), 0);
    ReportIncidentDialog *dialog = openDialog();
    QVERIFY(dialog);
    auto *title = dialog->findChild<QLineEdit *>(QStringLiteral("incidentTitleEdit"));
    auto *description
        = dialog->findChild<QPlainTextEdit *>(QStringLiteral("incidentDescriptionEdit"));
    auto *category = dialog->findChild<QComboBox *>(QStringLiteral("incidentCategoryCombo"));
    auto *amazon = dialog->findChild<QCheckBox *>(QStringLiteral("incidentAmazonCheck"));
    auto *hint = dialog->findChild<QLabel *>(QStringLiteral("incidentAmazonHint"));
    auto *submit = dialog->findChild<QPushButton *>(QStringLiteral("incidentSubmitButton"));
    QVERIFY(title && description && category && amazon && hint && submit);
    QVERIFY(!submit->isEnabled()); // a title is needed
    QTest::keyClicks(title, QStringLiteral("Order export e-mailed to the wrong client"));
    QTest::keyClicks(description, QStringLiteral("Sent at 09:12 with buyer addresses."));
    category->setCurrentIndex(category->findData(QStringLiteral("data_breach")));
    QVERIFY(!hint->isVisible());
    QTest::mouseClick(amazon, Qt::LeftButton, {}, QPoint(5, amazon->height() / 2));
    QVERIFY(amazon->isChecked());
    QVERIFY(hint->isVisible()); // says the CTO and CEO are told at once
    QVERIFY(submit->isEnabled());
    QSignalSpy reported(dialog, &ReportIncidentDialog::reported);
    QVERIFY(reported.isValid());
    QTest::mouseClick(submit, Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(reported.size(), 1, 15'000);

    // The list shows it with the Amazon marker and a 24-hour clock counting down.
    IncidentModel *model = page->model();
    QTRY_COMPARE_WITH_TIMEOUT(model->rowCount(), 1, 15'000);
    const client::Incident *row = model->itemAt(0);
    QVERIFY(row->involvesAmazonData);
    QCOMPARE(row->severity, 2); // a data breach starts at high severity
    QCOMPARE(model->index(0, IncidentModel::AmazonData).data().toString(),
             IncidentModel::tr("Amazon data"));
    QVERIFY2(model->index(0, IncidentModel::AmazonClock)
                 .data()
                 .toString()
                 .startsWith(IncidentModel::tr("due in")),
             qPrintable(model->index(0, IncidentModel::AmazonClock).data().toString()));
    QCOMPARE(page->messageBar()->kind(), MessageBar::Kind::Success);
    QVERIFY2(page->messageBar()->text().contains(QStringLiteral("2 executive")),
             qPrintable(page->messageBar()->text()));
    // The detail pane: two executives awaiting acknowledgement, notify-executives ticked.
    page->selectIncident(row->id);
    QTRY_COMPARE_WITH_TIMEOUT(page->detail().acknowledgements.size(), 2, 15'000);
    auto *acks = page->findChild<QTreeWidget *>(QStringLiteral("incidentAcknowledgements"));
    QVERIFY(acks);
    QTRY_COMPARE(acks->topLevelItemCount(), 2);
    // An employee neither acknowledges nor moves the workflow on.
    QVERIFY(!page->findChild<QPushButton *>(QStringLiteral("acknowledgeButton"))->isEnabled());
    QVERIFY(!page->findChild<QPushButton *>(QStringLiteral("advanceButton"))->isEnabled());

    // The CTO finds it in the notification inbox.
    const QString ctoToken = m_server.login(m_cto);
    QVERIFY(!ctoToken.isEmpty());
    const test::ApiReply inbox
        = m_server.call("GET", QStringLiteral("/notifications"), {}, ctoToken);
    QCOMPARE(inbox.status, 200);
    const QJsonArray items = inbox.json.value(QStringLiteral("items")).toArray();
    QCOMPARE(items.size(), 1);
    QCOMPARE(items.at(0).toObject().value(QStringLiteral("incident_id")).toInteger(), row->id);
}

void TestGuiIncidents::dashboardCountsTheBreach()
{
    DashboardPage *dashboard = m_window->dashboardPage();
    QVERIFY(dashboard);
    m_window->showPage(dashboard);
    QSignalSpy loaded(dashboard, &DashboardPage::loaded);
    QVERIFY(loaded.isValid());
    dashboard->refresh();
    QVERIFY(loaded.wait(15'000));
    QCOMPARE(dashboard->tileValue(QStringLiteral("open_incidents")), QStringLiteral("1"));
    QCOMPARE(dashboard->tileValue(QStringLiteral("amazon_pending")), QStringLiteral("1"));
    QCOMPARE(dashboard->tileValue(QStringLiteral("acknowledgements")), QStringLiteral("2"));
    QCOMPARE(dashboard->tileValue(QStringLiteral("pending_access")), QStringLiteral("0"));
    QCOMPARE(dashboard->clocks()->topLevelItemCount(), 1);
    QVERIFY(dashboard->clocks()->topLevelItem(0)->text(0).contains(QStringLiteral("wrong client")));
}

void TestGuiIncidents::meanTimeToContainOver90Days()
{
    const QDateTime now(QDate(2026, 6, 1), QTime(12, 0), Qt::UTC);
    QCOMPARE(DashboardPage::meanHoursToContain({}, now), -1.0);
    client::Incident fast;
    fast.detectedAt = now.addDays(-10);
    fast.containedAt = fast.detectedAt.addSecs(2 * 3600);
    client::Incident slow;
    slow.detectedAt = now.addDays(-20);
    slow.containedAt = slow.detectedAt.addSecs(6 * 3600);
    client::Incident old; // contained 100 days ago: outside the window
    old.detectedAt = now.addDays(-101);
    old.containedAt = now.addDays(-100);
    client::Incident open; // not contained yet
    open.detectedAt = now.addDays(-1);
    QCOMPARE(DashboardPage::meanHoursToContain({fast, slow, old, open}, now), 4.0);
}

QTEST_MAIN(TestGuiIncidents)
#include "tst_gui_incidents.moc"
