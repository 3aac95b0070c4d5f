// The Incidents page driven like a person would, offscreen, against a real compliance-stored:
// an employee reports an incident in the dialog and flags Amazon data; the row shows the
// Amazon marker and its 24-hour clock, the detail shows the executives notified, and the CTO
// finds the breach in their notification inbox. A refused report keeps the dialog open with
// the server's words. The CTO, an incident manager, opens the breach from the notification bell,
// records in the edit dialog that Amazon was told (the Amazon clock stops), ticks a task of the
// response plan and adds a note to the timeline. When the CTO acknowledges through the API, the
// employee's dashboard and Incidents page show it without a refresh (the change feed). The
// CEO's dashboard counts company-wide, each tile saying so, and opens the filtered page behind
// a tile only where the CEO can see those items; the board report and an incident's
// post-incident report are saved as PDFs with their SHA-256. The model is watched by
// QAbstractItemModelTester.

#include "ApiClient.h"
#include "ChangeFeed.h"
#include "GuiTestBase.h"
#include "TestServer.h"
#include "incidents/IncidentContactPanel.h"
#include "incidents/IncidentEditDialog.h"
#include "incidents/IncidentModel.h"
#include "incidents/IncidentsPage.h"
#include "incidents/ReportIncidentDialog.h"
#include "shell/DashboardPage.h"
#include "shell/MainWindow.h"
#include "shell/Navigator.h"
#include "shell/NotificationBell.h"
#include "shell/SettingsCertificateTrust.h"
#include "shell/TrendChart.h"
#include "tasks/TaskModel.h"
#include "tasks/TasksPage.h"
#include "widgets/CommentDialog.h"
#include "widgets/DataTableView.h"
#include "widgets/MessageBar.h"
#include "widgets/Theme.h"
#include "widgets/Tile.h"

#include <memory>

#include <QAbstractItemModelTester>
#include <QCheckBox>
#include <QComboBox>
#include <QCryptographicHash>
#include <QFile>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>

using namespace cc;
using namespace cc::ui;

class TestGuiIncidents : public test::GuiTestBase
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void reportingWithAmazonDataNotifiesExecutives();
    void dashboardCountsTheBreach();
    void ceoDashboardIsCompanyWideAndClicksThrough();
    void ceoSeesWhoTheIncidentContactsAre();
    void ceoSavesTheBoardReport();
    void incidentReportIsSavedWithItsSha256();
    void executiveOpensTheBreachFromTheBell();
    void managerRecordsThatAmazonWasNotified();
    void managerTicksATaskOfTheResponsePlan();
    void managerAddsANoteToTheTimeline();
    void othersSeeTheAcknowledgementWithoutRefreshing();

private:
    ReportIncidentDialog *openDialog();
    template<typename Dialog> Dialog *openFrom(QWidget *page, const QString &button);
    QTreeWidgetItem *taskItem(const QString &key) const;

    test::TestServer::Account m_employee;
    test::TestServer::Account m_cto;
    test::TestServer::Account m_ceo;
    MainWindow *m_window = nullptr;
    MainWindow *m_ctoWindow = nullptr;
    qint64 m_incidentId = 0;
};

void TestGuiIncidents::initTestCase()
{
    QVERIFY2(startServer(), qPrintable(errorString()));
    m_employee = m_server.addUser(QStringLiteral("emil"), QStringLiteral("employee"),
                                  QStringLiteral("Support Agent"));
    m_cto = m_server.addUser(QStringLiteral("tom"), QStringLiteral("executive"),
                             QStringLiteral("CTO"));
    m_ceo = m_server.addUser(QStringLiteral("nina"), QStringLiteral("executive"),
                             QStringLiteral("CEO"));
    QVERIFY(m_ceo.id > 0);
    // Breach notices follow designations, not job titles; with no incident contact a breach
    // would also raise a critical alert into the executives' inboxes.
    for (const auto &[username, designation] :
         {std::pair {QStringLiteral("tom"), QStringLiteral("cto")},
          std::pair {QStringLiteral("nina"), QStringLiteral("ceo,incident_contact")}})
        QCOMPARE(m_server.runCtl({QStringLiteral("user"), QStringLiteral("designate"),
                                  QStringLiteral("--username"), username,
                                  QStringLiteral("--designation"), designation}),
                 0);
    m_window = openWindow(m_employee);
    QVERIFY(m_window);
    QVERIFY(m_window->page<IncidentsPage>());
    m_window->showPage(m_window->page<IncidentsPage>());
}

void TestGuiIncidents::cleanupTestCase()
{
    closeWindows();
}

ReportIncidentDialog *TestGuiIncidents::openDialog()
{
    IncidentsPage *page = m_window->page<IncidentsPage>();
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
    IncidentsPage *page = m_window->page<IncidentsPage>();
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
    page->selectObject(row->id);
    QTRY_COMPARE_WITH_TIMEOUT(page->detail().acknowledgements.size(), 2, 15'000);
    auto *acks = page->findChild<QTreeWidget *>(QStringLiteral("incidentAcknowledgements"));
    QVERIFY(acks);
    QTRY_COMPARE(acks->topLevelItemCount(), 2);
    // An employee neither acknowledges nor moves the workflow on.
    QVERIFY(!page->findChild<QPushButton *>(QStringLiteral("acknowledgeButton"))->isEnabled());
    QVERIFY(!page->findChild<QPushButton *>(QStringLiteral("advanceButton"))->isEnabled());
    QVERIFY(page->findChild<QPushButton *>(QStringLiteral("editIncidentButton"))->isHidden());
    QVERIFY(page->findChild<QPushButton *>(QStringLiteral("addIncidentNoteButton"))->isHidden());
    m_incidentId = row->id;

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
    DashboardPage *dashboard = m_window->page<DashboardPage>();
    QVERIFY(dashboard);
    m_window->showPage(dashboard);
    QSignalSpy loaded(dashboard, &DashboardPage::loaded);
    QVERIFY(loaded.isValid());
    dashboard->refresh();
    QVERIFY(loaded.wait(15'000));
    // An employee's own: the breach they reported, and the requests they made (none).
    QCOMPARE(dashboard->tileValue(QStringLiteral("incidents_open")), QStringLiteral("1"));
    QCOMPARE(dashboard->tileValue(QStringLiteral("breaches_amazon_not_notified")),
             QStringLiteral("1"));
    QCOMPARE(dashboard->tileValue(QStringLiteral("breach_acknowledgements_pending")),
             QStringLiteral("2"));
    QCOMPARE(dashboard->tileValue(QStringLiteral("access_requests_pending")), QStringLiteral("0"));
    for (const char *key : {"incidents_open", "access_requests_pending", "asset_reviews_overdue"})
        QCOMPARE(dashboard->tile(QString::fromLatin1(key))->scope(), DashboardPage::tr("Yours"));
    // The PII count is not one of theirs; the trends and the board report are company-wide.
    QVERIFY(!dashboard->tile(QStringLiteral("pii_orders_held"))->isVisibleTo(dashboard));
    // Nor are alerts, which wait only for those who have the Monitoring page.
    QVERIFY(!dashboard->tile(QStringLiteral("alerts_open"))->isVisibleTo(dashboard));
    QVERIFY(dashboard->trendCharts().isEmpty());
    QVERIFY(!dashboard->boardReportButton());
    // Their own requests are on the Access page: the tile is a link.
    QCOMPARE(dashboard->tile(QStringLiteral("access_requests_pending"))->link(),
             QStringLiteral("access?pending"));
    QCOMPARE(dashboard->clocks()->topLevelItemCount(), 1);
    QVERIFY(dashboard->clocks()->topLevelItem(0)->text(0).contains(QStringLiteral("wrong client")));
    // Every link a tile holds opens its page with its filter.
    for (Tile *tile : dashboard->findChildren<Tile *>()) {
        if (!tile->link().isEmpty())
            QVERIFY2(m_window->navigator()->go(Destination::parse(tile->link())),
                     qPrintable(tile->link()));
    }
    m_window->showPage(dashboard);
}

// The CEO (an executive: dashboard:read) sees the company's totals, each tile saying
// "Company-wide": two requests the employee made count although the CEO may not open them,
// so that tile is no link and says why; the open incidents tile opens the Incidents page
// filtered to open incidents.
void TestGuiIncidents::ceoDashboardIsCompanyWideAndClicksThrough()
{
    const QString employeeToken = m_server.login(m_employee);
    QVERIFY(!employeeToken.isEmpty());
    for (int i = 0; i < 2; ++i)
        QCOMPARE(m_server
                     .call("POST", QStringLiteral("/access-requests"),
                           {{QStringLiteral("category"), QStringLiteral("orders.nonpii")},
                            {QStringLiteral("client"), QStringLiteral("ACME-EU")},
                            {QStringLiteral("reason"),
                             QStringLiteral("Checking refund totals for the audit")},
                            {QStringLiteral("duration_hours"), 24}},
                           employeeToken)
                     .status,
                 201);
    MainWindow *window = openWindow(m_ceo);
    QVERIFY(window);
    DashboardPage *dashboard = window->page<DashboardPage>();
    QVERIFY(dashboard);
    window->showPage(dashboard);
    dashboard->refresh();
    QTRY_VERIFY_WITH_TIMEOUT(dashboard->hasLoaded(), 20'000);
    Tile *pending = dashboard->tile(QStringLiteral("access_requests_pending"));
    QCOMPARE(pending->value(), QStringLiteral("2"));
    QCOMPARE(pending->scope(), DashboardPage::tr("Company-wide"));
    QVERIFY(pending->link().isEmpty());
    QVERIFY2(pending->toolTip().contains(QStringLiteral("access:approve")),
             qPrintable(pending->toolTip()));
    QCOMPARE(dashboard->tileValue(QStringLiteral("breach_acknowledgements_pending")),
             QStringLiteral("2"));
    QVERIFY(dashboard->tile(QStringLiteral("pii_orders_held"))->isVisibleTo(dashboard));
    QCOMPARE(dashboard->tile(QStringLiteral("pii_orders_held"))->scope(),
             DashboardPage::tr("Company-wide"));
    // This month's trends: the breach reported so far, and the two requests.
    QCOMPARE(dashboard->trendCharts().size(), 5);
    QTRY_COMPARE_WITH_TIMEOUT(dashboard->trendCharts().at(0)->series().at(0).values.size(), 12,
                              15'000);
    QCOMPARE(dashboard->trendCharts().at(0)->series().at(0).values.last(), 1.0);
    QCOMPARE(dashboard->trendCharts().at(2)->series().at(0).values.last(), 2.0); // requests

    int links = 0;
    for (const char *key :
         {"access_requests_pending", "access_review_items_open", "asset_reviews_overdue",
          "asset_reviews_due", "incidents_open", "breaches_amazon_not_notified",
          "breach_acknowledgements_pending", "alerts_open", "deletion_requests_open",
          "controls_failing", "pii_orders_held"}) {
        Tile *tile = dashboard->tile(QString::fromLatin1(key));
        QVERIFY2(tile, key);
        if (tile->link().isEmpty())
            continue;
        ++links;
        QVERIFY2(window->navigator()->go(Destination::parse(tile->link())),
                 qPrintable(tile->link()));
    }
    QCOMPARE(links, 5); // incidents (3), alerts, failing controls; not requests, reviews, assets…
    window->showPage(dashboard);
    // A click on a tile that is no link goes nowhere; one on a link opens the filtered page.
    QTest::mouseClick(pending, Qt::LeftButton);
    QCOMPARE(window->currentPage(), dashboard);
    auto *incidents = window->page<IncidentsPage>();
    auto *show = incidents->findChild<QComboBox *>(QStringLiteral("incidentShowCombo"));
    show->setCurrentIndex(show->findData(QStringLiteral("all")));
    Tile *open = dashboard->tile(QStringLiteral("incidents_open"));
    QCOMPARE(open->link(), QStringLiteral("incidents?open"));
    QTest::mouseClick(open, Qt::LeftButton);
    QCOMPARE(window->currentPage(), incidents);
    QCOMPARE(show->currentData().toString(), QStringLiteral("open"));
    QTRY_COMPARE_WITH_TIMEOUT(incidents->model()->rowCount(), 1, 15'000);
}

// The CEO's dashboard names the IMPOC (Nina herself) and says nobody is the deputy; her notice
// of the breach waits, in time. Moved five hours back it is late: red and bold. The employee,
// without dashboard:read, has no such panel.
void TestGuiIncidents::ceoSeesWhoTheIncidentContactsAre()
{
    QCOMPARE(m_window->page<DashboardPage>()->incidentContacts(), nullptr);
    MainWindow *window = openWindow(m_ceo);
    QVERIFY(window);
    DashboardPage *dashboard = window->page<DashboardPage>();
    IncidentContactPanel *panel = dashboard->incidentContacts();
    QVERIFY(panel);
    window->showPage(dashboard);
    dashboard->refresh();
    QTRY_VERIFY_WITH_TIMEOUT(dashboard->hasLoaded(), 20'000);
    QVERIFY(panel->isVisibleTo(dashboard));
    QVERIFY2(panel->contactText().contains(QLatin1String("(nina)"))
                 && panel->contactText().contains(QLatin1String("nina@")),
             qPrintable(panel->contactText()));
    QVERIFY2(panel->contactText().contains(IncidentContactPanel::tr("can be reached")),
             qPrintable(panel->contactText()));
    QVERIFY2(panel->deputyText().contains(QLatin1String("Nobody designated")),
             qPrintable(panel->deputyText()));
    QTreeWidget *notices = panel->notices();
    QCOMPARE(notices->topLevelItemCount(), 1);
    QTreeWidgetItem *row = notices->topLevelItem(0);
    QCOMPARE(row->data(0, Qt::UserRole).toLongLong(), m_incidentId);
    QCOMPARE(row->text(1), IncidentContactPanel::tr("%1 (IMPOC)").arg(QStringLiteral("nina")));
    QCOMPARE(row->data(4, Qt::UserRole).toBool(), false);
    QVERIFY(!row->font(4).bold());

    {
        const QString connection = QStringLiteral("gui-incidents-sql");
        {
            QSqlDatabase db = m_server.database().openDirect(m_server.dataDir(), connection);
            QSqlQuery q(db);
            QVERIFY2(q.exec(QStringLiteral("UPDATE incident_executives SET notified_at = "
                                           "notified_at - 18000000 WHERE designation = "
                                           "'incident_contact'")),
                     qPrintable(q.lastError().text()));
        }
        QSqlDatabase::removeDatabase(connection);
    }
    dashboard->refresh();
    QTRY_VERIFY_WITH_TIMEOUT(dashboard->hasLoaded(), 20'000);
    QTRY_COMPARE_WITH_TIMEOUT(notices->topLevelItem(0)->data(4, Qt::UserRole).toBool(), true,
                              10'000);
    row = notices->topLevelItem(0);
    QCOMPARE(row->text(4), IncidentContactPanel::tr("not yet, overdue"));
    QVERIFY(row->font(4).bold());
    QCOMPARE(row->foreground(4).color(), theme::color(theme::Tone::Bad));
}

void TestGuiIncidents::ceoSavesTheBoardReport()
{
    MainWindow *window = openWindow(m_ceo);
    QVERIFY(window);
    DashboardPage *dashboard = window->page<DashboardPage>();
    QVERIFY(dashboard->boardReportButton() && dashboard->boardReportButton()->isEnabled());
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("board.pdf"));
    QSignalSpy saved(dashboard, &DashboardPage::boardReportSaved);
    dashboard->exportBoardReport(path);
    QVERIFY(!dashboard->boardReportButton()->isEnabled()); // one at a time
    QVERIFY(saved.wait(60'000));
    QVERIFY2(saved.at(0).at(0).toBool(), qPrintable(saved.at(0).at(1).toString()));
    QVERIFY(dashboard->boardReportButton()->isEnabled());
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray pdf = file.readAll();
    QVERIFY(pdf.startsWith("%PDF-"));
    const QString sha
        = QString::fromLatin1(QCryptographicHash::hash(pdf, QCryptographicHash::Sha256).toHex());
    QCOMPARE(saved.at(0).at(2).toString(), sha);
    QVERIFY(dashboard->messageBar()->text().contains(sha));
}

// Anyone who sees an incident saves its post-incident report: here its reporter.
void TestGuiIncidents::incidentReportIsSavedWithItsSha256()
{
    QVERIFY(m_incidentId > 0);
    IncidentsPage *page = m_window->page<IncidentsPage>();
    m_window->showPage(page);
    page->openObject(m_incidentId);
    QTRY_COMPARE_WITH_TIMEOUT(page->detail().id, m_incidentId, 15'000);
    auto *button = page->findChild<QPushButton *>(QStringLiteral("exportIncidentReportButton"));
    QVERIFY(button && button->isVisibleTo(page));
    QTRY_VERIFY(button->isEnabled());
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("incident.pdf"));
    QSignalSpy saved(page, &IncidentsPage::reportSaved);
    page->exportReport(path);
    QVERIFY(!button->isEnabled());
    QVERIFY(saved.wait(60'000));
    QVERIFY2(saved.at(0).at(0).toBool(), qPrintable(saved.at(0).at(1).toString()));
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray pdf = file.readAll();
    QVERIFY(pdf.startsWith("%PDF-"));
    QCOMPARE(
        saved.at(0).at(2).toString(),
        QString::fromLatin1(QCryptographicHash::hash(pdf, QCryptographicHash::Sha256).toHex()));
    QVERIFY(button->isEnabled());
    // A path that cannot be written is said so, and nothing is asked of the server.
    page->exportReport(dir.filePath(QStringLiteral("no/such/dir/incident.pdf")));
    QCOMPARE(saved.size(), 2);
    QVERIFY(!saved.at(1).at(0).toBool());
    QCOMPARE(page->messageBar()->kind(), MessageBar::Kind::Error);
}

template<typename Dialog> Dialog *TestGuiIncidents::openFrom(QWidget *page, const QString &button)
{
    auto *b = page->findChild<QPushButton *>(button);
    if (!b || !b->isVisible() || !b->isEnabled())
        return nullptr;
    QTest::mouseClick(b, Qt::LeftButton);
    Dialog *dialog = nullptr;
    for (int i = 0; i < 100 && !(dialog && dialog->isVisible()); ++i) {
        QTest::qWait(50);
        dialog = page->findChild<Dialog *>();
    }
    return dialog && dialog->isVisible() ? dialog : nullptr;
}

QTreeWidgetItem *TestGuiIncidents::taskItem(const QString &key) const
{
    auto *tasks = m_ctoWindow->page<IncidentsPage>()->findChild<QTreeWidget *>(
        QStringLiteral("incidentTasks"));
    for (int i = 0; tasks && i < tasks->topLevelItemCount(); ++i)
        if (tasks->topLevelItem(i)->data(0, Qt::UserRole).toString() == key)
            return tasks->topLevelItem(i);
    return nullptr;
}

void TestGuiIncidents::executiveOpensTheBreachFromTheBell()
{
    QVERIFY(m_incidentId > 0);
    // A newer incident heads the list, so only the notification leads to the breach.
    const QString employeeToken = m_server.login(m_employee);
    QVERIFY(!employeeToken.isEmpty());
    const test::ApiReply other
        = m_server.call("POST", QStringLiteral("/incidents"),
                        {{QStringLiteral("title"), QStringLiteral("Checkout slow")},
                         {QStringLiteral("severity"), 3},
                         {QStringLiteral("category"), QStringLiteral("availability")}},
                        employeeToken);
    QCOMPARE(other.status, 201);
    m_ctoWindow = openWindow(m_cto);
    QVERIFY(m_ctoWindow);
    IncidentsPage *page = m_ctoWindow->page<IncidentsPage>();
    QCOMPARE(page->model()->rowCount(), 2);
    QVERIFY(page->detail().id != m_incidentId); // the newest one is shown first
    // Everyone lands on their tasks, executives too: the breach notice waits there.
    QVERIFY(m_ctoWindow->page<TasksPage>()->isVisible());
    const auto hasBreachTask = [&] {
        for (const client::Task &t : m_ctoWindow->page<TasksPage>()->model()->items()) {
            if (t.kind == QLatin1String("breach_acknowledgement")
                && t.objectId == QString::number(m_incidentId))
                return true;
        }
        return false;
    };
    QTRY_VERIFY_WITH_TIMEOUT(hasBreachTask(), 15'000);

    NotificationBell *bell = m_ctoWindow->notificationBell();
    bell->refresh();
    QTRY_COMPARE_WITH_TIMEOUT(bell->unreadCount(), 1, 15'000);
    QTest::mouseClick(bell, Qt::LeftButton);
    auto *list = bell->panel()->findChild<QListWidget *>(QStringLiteral("notificationList"));
    QVERIFY(list);
    QTRY_COMPARE(list->count(), 1);
    list->setCurrentRow(0);
    QTest::keyClick(list, Qt::Key_Return);
    // The incident opens on the Incidents page and the notification is read.
    QTRY_VERIFY(page->isVisible());
    QTRY_COMPARE_WITH_TIMEOUT(page->detail().id, m_incidentId, 15'000);
    QTRY_COMPARE_WITH_TIMEOUT(bell->unreadCount(), 0, 15'000);
    QVERIFY(page->findChild<QPushButton *>(QStringLiteral("editIncidentButton"))->isVisible());
    QTRY_VERIFY(page->findChild<QPushButton *>(QStringLiteral("editIncidentButton"))->isEnabled());
}

void TestGuiIncidents::managerRecordsThatAmazonWasNotified()
{
    QVERIFY(m_ctoWindow);
    IncidentsPage *page = m_ctoWindow->page<IncidentsPage>();
    QVERIFY(!page->detail().amazonNotifiedAt.isValid());
    auto *dialog = openFrom<IncidentEditDialog>(page, QStringLiteral("editIncidentButton"));
    QVERIFY(dialog);
    auto *notified = dialog->findChild<QCheckBox *>(QStringLiteral("incidentEditAmazonNotified"));
    auto *reference = dialog->findChild<QLineEdit *>(QStringLiteral("incidentEditAmazonReference"));
    auto *assignee = dialog->findChild<QLineEdit *>(QStringLiteral("incidentEditAssignee"));
    auto *save = dialog->findChild<QPushButton *>(QStringLiteral("incidentEditSaveButton"));
    QVERIFY(notified && reference && assignee && save);
    QVERIFY(notified->isEnabled());
    QVERIFY(!reference->isEnabled()); // until Amazon is said to be notified
    QTest::mouseClick(notified, Qt::LeftButton, {}, QPoint(5, notified->height() / 2));
    QVERIFY(notified->isChecked());
    QVERIFY(reference->isEnabled());
    QTest::keyClicks(reference, QStringLiteral("AMZ-SEC-4711"));

    // A refusal keeps the dialog open with the server's words.
    QTest::keyClicks(assignee, QStringLiteral("no.such.user"));
    QTest::mouseClick(save, Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(!dialog->errorText().isEmpty(), 15'000);
    QVERIFY2(dialog->errorText().contains(QStringLiteral("no.such.user"))
                 || dialog->errorText().contains(QStringLiteral("assignee")),
             qPrintable(dialog->errorText()));
    QVERIFY(dialog->isVisible());
    QVERIFY(!page->detail().amazonNotifiedAt.isValid());

    assignee->clear();
    QTest::keyClicks(assignee, m_cto.username);
    QTest::mouseClick(save, Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(page->detail().amazonNotifiedAt.isValid(), 15'000);
    QCOMPARE(page->detail().amazonReference, QStringLiteral("AMZ-SEC-4711"));
    QCOMPARE(page->detail().assignee, m_cto.username);
    QVERIFY(page->detail().amazonClock.doneAt.isValid());
    QCOMPARE(page->messageBar()->kind(), MessageBar::Kind::Success);
    auto *summary = page->findChild<QLabel *>(QStringLiteral("incidentSummary"));
    QVERIFY(summary);
    QVERIFY2(summary->text().contains(QStringLiteral("AMZ-SEC-4711")), qPrintable(summary->text()));
    // The list's Amazon clock says Amazon was notified; so does the response plan.
    IncidentModel *model = page->model();
    const auto amazonClock = [model, this] {
        const int row = model->rowOf(m_incidentId);
        return row < 0 ? QString()
                       : model->index(row, IncidentModel::AmazonClock).data().toString();
    };
    QTRY_COMPARE_WITH_TIMEOUT(amazonClock(), IncidentModel::tr("Amazon notified"), 15'000);
    QTreeWidgetItem *notifyAmazon = taskItem(QStringLiteral("notify_amazon"));
    QVERIFY(notifyAmazon);
    QCOMPARE(notifyAmazon->checkState(2), Qt::Checked);
}

void TestGuiIncidents::managerTicksATaskOfTheResponsePlan()
{
    QVERIFY(m_ctoWindow);
    IncidentsPage *page = m_ctoWindow->page<IncidentsPage>();
    const auto task = [page](const QString &key) {
        for (const client::IncidentTask &t : page->detail().tasks)
            if (t.key == key)
                return t;
        return client::IncidentTask();
    };
    QCOMPARE(page->detail().id, m_incidentId);
    const QString key = QStringLiteral("assess_scope");
    QVERIFY(!task(key).done);
    QTreeWidgetItem *item = taskItem(key);
    QVERIFY(item);
    QVERIFY(item->flags().testFlag(Qt::ItemIsUserCheckable));
    // The owner, as a double-click edit would set it.
    item->setText(1, m_cto.username);
    QTRY_COMPARE_WITH_TIMEOUT(task(key).owner, m_cto.username, 15'000);
    item = taskItem(key);
    QVERIFY(item);
    QCOMPARE(item->text(1), m_cto.username);
    item->setCheckState(2, Qt::Checked);
    QTRY_VERIFY_WITH_TIMEOUT(task(key).done, 15'000);
    QCOMPARE(task(key).doneBy, m_cto.username);
    item = taskItem(key);
    QVERIFY(item);
    QCOMPARE(item->checkState(2), Qt::Checked);
    QVERIFY(!item->text(2).isEmpty()); // when and by whom
    // And undone again.
    item->setCheckState(2, Qt::Unchecked);
    QTRY_VERIFY_WITH_TIMEOUT(!task(key).done, 15'000);
    QTRY_COMPARE(taskItem(key)->checkState(2), Qt::Unchecked);
}

void TestGuiIncidents::managerAddsANoteToTheTimeline()
{
    QVERIFY(m_ctoWindow);
    IncidentsPage *page = m_ctoWindow->page<IncidentsPage>();
    auto *timeline = page->findChild<QTreeWidget *>(QStringLiteral("incidentTimeline"));
    QVERIFY(timeline);
    QCOMPARE(page->detail().id, m_incidentId);
    const int before = timeline->topLevelItemCount();
    auto *dialog = openFrom<CommentDialog>(page, QStringLiteral("addIncidentNoteButton"));
    QVERIFY(dialog);
    auto *text = dialog->findChild<QPlainTextEdit *>(QStringLiteral("commentEdit"));
    auto *ok = dialog->findChild<QPushButton *>(QStringLiteral("okButton"));
    QVERIFY(text && ok);
    const QString note = QStringLiteral("Amazon acknowledged; shared folder access revoked.");
    QTest::keyClicks(text, note);
    QTest::mouseClick(ok, Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(timeline->topLevelItemCount(), before + 1, 15'000);
    QTreeWidgetItem *last = timeline->topLevelItem(timeline->topLevelItemCount() - 1);
    QCOMPARE(last->text(1), m_cto.username);
    QCOMPARE(last->text(2), IncidentsPage::tr("Note") + u'\n' + note); // what, then the note
    QCOMPARE(page->detail().timeline.last().kind, QStringLiteral("note"));
}

void TestGuiIncidents::othersSeeTheAcknowledgementWithoutRefreshing()
{
    QVERIFY(m_incidentId > 0);
    DashboardPage *dashboard = m_window->page<DashboardPage>();
    IncidentsPage *incidents = m_window->page<IncidentsPage>();
    m_window->showPage(dashboard);
    QTRY_VERIFY(dashboard->hasLoaded());
    QCOMPARE(dashboard->tileValue(QStringLiteral("breach_acknowledgements_pending")),
             QStringLiteral("2"));
    incidents->openObject(m_incidentId);
    QTRY_COMPARE_WITH_TIMEOUT(incidents->detail().id, m_incidentId, 15'000);
    QCOMPARE(incidents->detail().acknowledgements.size(), 2);
    QVERIFY(!incidents->detail().acknowledgements.at(0).acknowledged
            && !incidents->detail().acknowledgements.at(1).acknowledged);

    client::ChangeFeed *feed = m_window->changeFeed();
    feed->setInterval(100);
    feed->start();
    QTRY_VERIFY_WITH_TIMEOUT(feed->hasCursor(), 15'000);
    QSignalSpy changed(feed, &client::ChangeFeed::changed);
    QVERIFY(changed.isValid());

    // The CTO acknowledges in their own console (here: through the API).
    const QString ctoToken = m_server.login(m_cto);
    QVERIFY(!ctoToken.isEmpty());
    QCOMPARE(m_server
                 .call("POST", QStringLiteral("/incidents/%1/acknowledge").arg(m_incidentId), {},
                       ctoToken)
                 .status,
             200);
    // The dashboard on show reads again by itself; no F5.
    QTRY_COMPARE_WITH_TIMEOUT(
        dashboard->tileValue(QStringLiteral("breach_acknowledgements_pending")),
        QStringLiteral("1"), 15'000);
    QCOMPARE(changed.first().first().toStringList(),
             QStringList {QLatin1StringView(client::change::Incidents)});
    // The Incidents page, not on show, was left alone until it is shown.
    int acknowledged = 0;
    for (const client::ExecutiveAcknowledgement &a : incidents->detail().acknowledgements)
        acknowledged += a.acknowledged ? 1 : 0;
    QCOMPARE(acknowledged, 0);
    m_window->showPage(incidents);
    QTRY_VERIFY_WITH_TIMEOUT(
        [&] {
            int n = 0;
            for (const client::ExecutiveAcknowledgement &a : incidents->detail().acknowledgements)
                n += a.acknowledged ? 1 : 0;
            return n == 1;
        }(),
        15'000);
    QCOMPARE(incidents->detail().id, m_incidentId); // still the incident on show
    feed->stop();
}

QTEST_MAIN(TestGuiIncidents)
#include "tst_gui_incidents.moc"
