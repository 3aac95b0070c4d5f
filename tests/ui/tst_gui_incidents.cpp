// The Incidents page driven like a person would, offscreen, against a real compliance-stored:
// an employee reports an incident in the dialog and flags Amazon data; the row shows the
// Amazon marker and its 24-hour clock, the detail shows the executives notified, and the CTO
// finds the breach in their notification inbox. A refused report keeps the dialog open with
// the server's words. The CTO, an incident manager, opens the breach from the notification bell,
// records in the edit dialog that Amazon was told (the Amazon clock stops), ticks a task of the
// response plan and adds a note to the timeline. When the CTO acknowledges through the API, the
// employee's dashboard and Incidents page show it without a refresh (the change feed). The
// model is watched by QAbstractItemModelTester.

#include "ApiClient.h"
#include "ChangeFeed.h"
#include "GuiTestBase.h"
#include "TestServer.h"
#include "incidents/IncidentEditDialog.h"
#include "incidents/IncidentModel.h"
#include "incidents/IncidentsPage.h"
#include "incidents/ReportIncidentDialog.h"
#include "shell/DashboardPage.h"
#include "shell/MainWindow.h"
#include "shell/NotificationBell.h"
#include "shell/SettingsCertificateTrust.h"
#include "tasks/TaskModel.h"
#include "tasks/TasksPage.h"
#include "widgets/CommentDialog.h"
#include "widgets/DataTableView.h"
#include "widgets/MessageBar.h"

#include <memory>

#include <QAbstractItemModelTester>
#include <QCheckBox>
#include <QComboBox>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
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
    void meanTimeToContainOver90Days();
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
    QVERIFY(
        m_server.addUser(QStringLiteral("nina"), QStringLiteral("executive"), QStringLiteral("CEO"))
            .id
        > 0);
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
    QCOMPARE(dashboard->tileValue(QStringLiteral("acknowledgements")), QStringLiteral("2"));
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
    QTRY_COMPARE_WITH_TIMEOUT(dashboard->tileValue(QStringLiteral("acknowledgements")),
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
