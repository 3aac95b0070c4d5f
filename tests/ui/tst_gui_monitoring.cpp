// The Monitoring page driven like a person would, offscreen, against a real compliance-stored:
// five real failed sign-ins of an employee raise an alert that the compliance officer finds on
// the page; acknowledging without a note shows the server's refusal word for word in the note
// dialog, with a note the row turns acknowledged; a newer alert opens from the notification
// bell. Last, an intruder edits the audit trail in the database: the server's check raises a
// critical audit_tamper alert and every officer's and executive's console turns red; once the
// break is acknowledged, the banner names it, calmer. The alert model is watched by
// QAbstractItemModelTester throughout.

#include "ApiClient.h"
#include "ChangeFeed.h"
#include "GuiTestBase.h"
#include "TestServer.h"
#include "access/AccessPage.h"
#include "incidents/IncidentsPage.h"
#include "monitoring/AlertActionDialog.h"
#include "monitoring/AlertModel.h"
#include "monitoring/MonitoringPage.h"
#include "shell/AuditAlarm.h"
#include "shell/MainWindow.h"
#include "shell/NotificationBell.h"
#include "shell/SettingsCertificateTrust.h"
#include "widgets/CommentDialog.h"
#include "widgets/DataTableView.h"
#include "widgets/MessageBar.h"
#include "widgets/Theme.h"

#include <memory>

#include <QAbstractItemModelTester>
#include <QComboBox>
#include <QFrame>
#include <QJsonArray>
#include <QLabel>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPointer>
#include <QPushButton>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTest>

using namespace cc;
using namespace cc::ui;

class TestGuiMonitoring : public test::GuiTestBase
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void pageListsTheAlertOfRealFailedSignIns();
    void acknowledgeWithANote();
    void bellOpensANewAlert();
    void endSessionsAndEscalateFromTheAlert();
    // Last: it breaks the store's audit chain for good.
    void brokenAuditChainRaisesTheAlarmInEveryWindow();

private:
    void failSignIns(const QString &username, int count);
    int rowOf(const QString &subject) const;
    CommentDialog *openAcknowledgeDialog();

    test::TestServer::Account m_officer;
    QString m_officerToken; // a second session, for calls the test makes itself
    MainWindow *m_window = nullptr;
};

void TestGuiMonitoring::initTestCase()
{
    QVERIFY2(startServer(), qPrintable(errorString()));
    m_officer = m_server.addUser(QStringLiteral("olga"), QStringLiteral("compliance_officer"),
                                 QStringLiteral("Compliance Officer"));
    QVERIFY(m_officer.id > 0);
    QVERIFY(m_server.addUser(QStringLiteral("emil"), QStringLiteral("employee")).id > 0);
    QVERIFY(m_server.addUser(QStringLiteral("erin"), QStringLiteral("employee")).id > 0);
    failSignIns(QStringLiteral("emil"), 5);
    m_officerToken = m_server.login(m_officer);
    QVERIFY(!m_officerToken.isEmpty());

    m_window = openWindow(m_officer);
    QVERIFY(m_window);
    QVERIFY(m_window->page<MonitoringPage>());
    m_window->showPage(m_window->page<MonitoringPage>());
}

void TestGuiMonitoring::cleanupTestCase()
{
    closeWindows();
}

void TestGuiMonitoring::failSignIns(const QString &username, int count)
{
    for (int i = 0; i < count; ++i) {
        const test::ApiReply r
            = m_server.call("POST", QStringLiteral("/session"),
                            {{QStringLiteral("username"), username},
                             {QStringLiteral("password"), QStringLiteral("not-my-password")},
                             {QStringLiteral("totp"), QStringLiteral("000000")}});
        QCOMPARE(r.status, 401);
    }
}

int TestGuiMonitoring::rowOf(const QString &subject) const
{
    const AlertModel *model = m_window->page<MonitoringPage>()->model();
    for (int row = 0; row < model->rowCount(); ++row) {
        if (model->index(row, AlertModel::Subject).data().toString() == subject)
            return row;
    }
    return -1;
}

CommentDialog *TestGuiMonitoring::openAcknowledgeDialog()
{
    MonitoringPage *page = m_window->page<MonitoringPage>();
    auto *button = page->findChild<QPushButton *>(QStringLiteral("acknowledgeAlertButton"));
    if (!button || !button->isVisible() || !button->isEnabled())
        return nullptr;
    QTest::mouseClick(button, Qt::LeftButton);
    CommentDialog *dialog = nullptr;
    for (int i = 0; i < 100 && !(dialog && dialog->isVisible()); ++i) {
        QTest::qWait(50);
        dialog = page->findChild<CommentDialog *>(QStringLiteral("acknowledgeAlertDialog"));
    }
    return dialog && dialog->isVisible() ? dialog : nullptr;
}

void TestGuiMonitoring::pageListsTheAlertOfRealFailedSignIns()
{
    MonitoringPage *page = m_window->page<MonitoringPage>();
    QVERIFY(page->isVisible());
    AlertModel *model = page->model();
    QCOMPARE(model->rowCount(), 1);
    const int row = rowOf(QStringLiteral("emil"));
    QVERIFY(row >= 0);
    QCOMPARE(model->index(row, AlertModel::Rule).data().toString(),
             QStringLiteral("Failed sign-ins"));
    QCOMPARE(model->index(row, AlertModel::Severity).data().toString(), QStringLiteral("Medium"));
    QCOMPARE(model->index(row, AlertModel::Count).data().toInt(), 5);
    QCOMPARE(model->index(row, AlertModel::Status).data().toString(), QStringLiteral("Open"));
    QVERIFY(!model->index(row, AlertModel::Raised).data().toString().isEmpty());
    // The first row is selected and its detail shown.
    QTRY_COMPARE(page->detail().id, model->itemAt(row)->id);
    auto *detail = page->findChild<QLabel *>(QStringLiteral("alertDetail"));
    QVERIFY(detail->text().contains(QStringLiteral("Repeated failed sign-ins for emil")));
    QVERIFY(detail->text().contains(QStringLiteral("127.0.0.1")));
}

void TestGuiMonitoring::acknowledgeWithANote()
{
    MonitoringPage *page = m_window->page<MonitoringPage>();
    AlertModel *model = page->model();
    const int row = rowOf(QStringLiteral("emil"));
    QVERIFY(row >= 0);
    const qint64 id = model->itemAt(row)->id;
    // What the server answers to an acknowledgement without a note, asked directly.
    const test::ApiReply refused = m_server.call(
        "POST", QStringLiteral("/alerts/%1/acknowledge").arg(id), {}, m_officerToken);
    QCOMPARE(refused.status, 400);
    QVERIFY(!refused.errorMessage().isEmpty());

    QPointer<CommentDialog> dialog = openAcknowledgeDialog(); // deletes itself on close
    QVERIFY(dialog);
    auto *ok = dialog->findChild<QPushButton *>(QStringLiteral("okButton"));
    QTest::mouseClick(ok, Qt::LeftButton);
    // The server names the note as the field: its words stand under it, the cursor in it.
    QTRY_COMPARE_WITH_TIMEOUT(dialog->commentError(), refused.errorMessage(), 15'000);
    QVERIFY(dialog->isVisible());
    QCOMPARE(dialog->focusWidget(), dialog->commentEdit());
    QCOMPARE(model->index(row, AlertModel::Status).data().toString(), QStringLiteral("Open"));

    auto *note = dialog->findChild<QPlainTextEdit *>(QStringLiteral("commentEdit"));
    QTest::keyClicks(note, QStringLiteral("Emil mistyped after his password change"));
    QSignalSpy changed(model, &QAbstractItemModel::dataChanged);
    QVERIFY(changed.isValid());
    QTest::mouseClick(ok, Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(!dialog || !dialog->isVisible(), 15'000);
    QTRY_COMPARE_WITH_TIMEOUT(model->index(row, AlertModel::Status).data().toString(),
                              QStringLiteral("Acknowledged"), 15'000);
    QVERIFY(changed.count() >= 1);
    QVERIFY(model->index(row, AlertModel::Status)
                .data(Qt::ToolTipRole)
                .toString()
                .contains(QStringLiteral("Emil mistyped")));
    QVERIFY(page->messageBar()->text().contains(QString::number(id)));
    QVERIFY(!page->findChild<QPushButton *>(QStringLiteral("acknowledgeAlertButton"))->isEnabled());
    QVERIFY(page->findChild<QLabel *>(QStringLiteral("alertDetail"))
                ->text()
                .contains(QStringLiteral("Emil mistyped after his password change")));
    // The server has it too.
    const test::ApiReply stored
        = m_server.call("GET", QStringLiteral("/alerts/%1").arg(id), {}, m_officerToken);
    QCOMPARE(stored.json.value(QStringLiteral("status")).toString(),
             QStringLiteral("acknowledged"));
    QCOMPARE(stored.json.value(QStringLiteral("acknowledge_note")).toString(),
             QStringLiteral("Emil mistyped after his password change"));

    // The open alerts no longer list it; all alerts do.
    page->refresh();
    QTRY_VERIFY_WITH_TIMEOUT(page->hasLoaded(), 15'000);
    QCOMPARE(rowOf(QStringLiteral("emil")), -1);
    auto *show = page->findChild<QComboBox *>(QStringLiteral("alertShowCombo"));
    show->setCurrentIndex(show->findData(QString()));
    QTRY_VERIFY_WITH_TIMEOUT(page->hasLoaded() && rowOf(QStringLiteral("emil")) >= 0, 15'000);
    QCOMPARE(model->index(rowOf(QStringLiteral("emil")), AlertModel::Status).data().toString(),
             QStringLiteral("Acknowledged"));
    show->setCurrentIndex(show->findData(QStringLiteral("open")));
    QTRY_VERIFY_WITH_TIMEOUT(page->hasLoaded(), 15'000);
}

void TestGuiMonitoring::bellOpensANewAlert()
{
    failSignIns(QStringLiteral("erin"), 5);
    qint64 erinAlert = 0;
    const test::ApiReply list = m_server.call(
        "GET", QStringLiteral("/alerts?rule=failed_sign_ins&status=open"), {}, m_officerToken);
    for (const QJsonValue &v : list.json.value(QStringLiteral("items")).toArray()) {
        if (v.toObject().value(QStringLiteral("subject")).toString() == QLatin1String("erin"))
            erinAlert = v.toObject().value(QStringLiteral("id")).toInteger();
    }
    QVERIFY(erinAlert > 0);
    m_window->showPage(m_window->page<AccessPage>());
    MonitoringPage *page = m_window->page<MonitoringPage>();
    QVERIFY(!page->isVisible());

    NotificationBell *bell = m_window->notificationBell();
    bell->refresh();
    QTRY_COMPARE_WITH_TIMEOUT(bell->unreadCount(), 2, 15'000); // emil's alert and erin's
    QTest::mouseClick(bell, Qt::LeftButton);
    auto *panel = bell->panel()->findChild<QListWidget *>(QStringLiteral("notificationList"));
    QVERIFY(panel);
    QTRY_COMPARE(panel->count(), 2);
    QVERIFY(panel->item(0)->text().contains(QStringLiteral("erin")));
    panel->setCurrentRow(0);
    QTest::keyClick(panel, Qt::Key_Return);
    QTRY_VERIFY(page->isVisible());
    QTRY_COMPARE_WITH_TIMEOUT(page->detail().id, erinAlert, 15'000);
    QTRY_COMPARE_WITH_TIMEOUT(bell->unreadCount(), 1, 15'000);
    QVERIFY(page->findChild<QPushButton *>(QStringLiteral("acknowledgeAlertButton"))->isEnabled());
}

// The alert's actions against the real server: End sessions… confirms and signs the alerted
// user out of both their sessions; Escalate to incident… opens an incident, the detail links to
// it and the link opens it on the Incidents page (through the navigator); the button is then
// off, as the server would refuse a second escalation.
void TestGuiMonitoring::endSessionsAndEscalateFromTheAlert()
{
    test::TestServer::Account ivan
        = m_server.addUser(QStringLiteral("ivan"), QStringLiteral("employee"));
    QVERIFY(ivan.id > 0);
    const QString first = m_server.login(ivan);
    const QString second = m_server.login(ivan);
    QVERIFY(!first.isEmpty() && !second.isEmpty());
    failSignIns(QStringLiteral("ivan"), 5);
    MonitoringPage *page = m_window->page<MonitoringPage>();
    m_window->showPage(page);
    page->refresh();
    QTRY_VERIFY_WITH_TIMEOUT(page->hasLoaded() && rowOf(QStringLiteral("ivan")) >= 0, 15'000);
    auto *view = page->findChild<DataTableView *>(QStringLiteral("alertTable"));
    clickRow(view,
             proxyRowOf(view->model(), page->model()->itemAt(rowOf(QStringLiteral("ivan")))->id));
    QTRY_COMPARE_WITH_TIMEOUT(page->detail().subject, QStringLiteral("ivan"), 15'000);
    const qint64 alertId = page->detail().id;

    auto *end = page->findChild<QPushButton *>(QStringLiteral("endSessionsButton"));
    QVERIFY(end && end->isVisible() && end->isEnabled());
    QTest::mouseClick(end, Qt::LeftButton);
    QPointer<AlertActionDialog> confirm
        = waitForDialog<AlertActionDialog>(page, QStringLiteral("endSessionsDialog"));
    QVERIFY(confirm);
    QVERIFY(confirm->findChild<QLabel *>(QStringLiteral("descriptionLabel"))
                ->text()
                .contains(QStringLiteral("ivan")));
    QCOMPARE(m_server.call("GET", QStringLiteral("/me"), {}, first).status, 200);
    QTest::mouseClick(confirm->findChild<QPushButton *>(QStringLiteral("confirmButton")),
                      Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(!confirm || !confirm->isVisible(), 15'000);
    QTRY_VERIFY_WITH_TIMEOUT(page->messageBar()->text().contains(QStringLiteral("2 session")),
                             15'000);
    for (const QString &token : {first, second})
        QCOMPARE(m_server.call("GET", QStringLiteral("/me"), {}, token).status, 401);

    auto *escalate = page->findChild<QPushButton *>(QStringLiteral("escalateAlertButton"));
    QVERIFY(escalate && escalate->isVisible() && escalate->isEnabled());
    QTest::mouseClick(escalate, Qt::LeftButton);
    confirm = waitForDialog<AlertActionDialog>(page, QStringLiteral("escalateAlertDialog"));
    QVERIFY(confirm);
    QTest::mouseClick(confirm->findChild<QPushButton *>(QStringLiteral("confirmButton")),
                      Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(!confirm || !confirm->isVisible(), 15'000);
    QTRY_VERIFY_WITH_TIMEOUT(page->detail().incidentId > 0, 15'000);
    const qint64 incident = page->detail().incidentId;
    QCOMPARE(page->detail().id, alertId);
    QVERIFY(!page->detail().isOpen());
    QVERIFY(!escalate->isEnabled());
    const test::ApiReply stored
        = m_server.call("GET", QStringLiteral("/alerts/%1").arg(alertId), {}, m_officerToken);
    QCOMPARE(stored.json.value(QStringLiteral("incident_id")).toInteger(), incident);

    auto *detail = page->findChild<QLabel *>(QStringLiteral("alertDetail"));
    const QString link = QStringLiteral("incidents/%1").arg(incident);
    QVERIFY2(detail->text().contains(link), qPrintable(detail->text()));
    emit detail->linkActivated(link);
    IncidentsPage *incidents = m_window->page<IncidentsPage>();
    QVERIFY(incidents);
    QTRY_VERIFY(incidents->isVisible());
    QTRY_COMPARE_WITH_TIMEOUT(incidents->detail().id, incident, 15'000);
    QVERIFY(incidents->detail().title.contains(QStringLiteral("Alert %1").arg(alertId)));
    m_window->showPage(page);
}

void TestGuiMonitoring::brokenAuditChainRaisesTheAlarmInEveryWindow()
{
    // An executive's console as well as the officer's: both read the audit log.
    test::TestServer::Account ceo = m_server.addUser(
        QStringLiteral("tom.ceo"), QStringLiteral("executive"), QStringLiteral("CEO"));
    MainWindow *ceoWindow = openWindow(ceo);
    QVERIFY(ceoWindow);
    const QList<MainWindow *> windows {m_window, ceoWindow};
    for (MainWindow *window : windows) {
        QTRY_COMPARE_WITH_TIMEOUT(window->auditAlarm()->state(), QStringLiteral("intact"), 20'000);
        QVERIFY(window->bannerText(QStringLiteral("audit")).isEmpty());
        window->changeFeed()->start();
        QTRY_VERIFY_WITH_TIMEOUT(window->changeFeed()->hasCursor(), 20'000);
    }

    // Someone with write access to the database edits event 5 while the server runs…
    const QString intruder = QStringLiteral("intruder");
    {
        QSqlDatabase db = m_server.database().openDirect(m_server.dataDir(), intruder);
        QVERIFY(db.isOpen());
        QSqlQuery q(db);
        QVERIFY(q.exec(QStringLiteral("UPDATE audit_events SET detail = 'nothing to see' WHERE "
                                      "seq = 5")));
        db.close();
    }
    QSqlDatabase::removeDatabase(intruder);
    // …the server's next check finds it (here GET /audit/verify; also hourly on its own) and
    // raises audit_tamper; the change feed says alerts changed and every console turns red.
    QCOMPARE(m_server.call("GET", QStringLiteral("/audit/verify"), {}, m_officerToken).status, 200);
    for (MainWindow *window : windows) {
        QTRY_VERIFY_WITH_TIMEOUT(window->bannerText(QStringLiteral("audit"))
                                     .contains(QStringLiteral("broken at event 5")),
                                 30'000);
        auto *banner = window->findChild<MessageBar *>(QStringLiteral("auditBanner"));
        QVERIFY(banner && banner->isVisible());
        QCOMPARE(banner->kind(), MessageBar::Kind::Alarm);
        QVERIFY(!banner->findChild<QWidget *>(QStringLiteral("messageClose"))->isVisible());
    }

    // The alert: critical, in words, in the critical badge.
    AlertModel *model = m_window->page<MonitoringPage>()->model();
    int row = -1;
    QTRY_VERIFY_WITH_TIMEOUT(
        [&] {
            row = -1;
            for (int r = 0; r < model->rowCount(); ++r) {
                if (model->itemAt(r)->rule == QLatin1String("audit_tamper"))
                    row = r;
            }
            return row >= 0;
        }(),
        30'000);
    QCOMPARE(model->index(row, AlertModel::Rule).data().toString(),
             QStringLiteral("Audit log tampered with"));
    QCOMPARE(model->index(row, AlertModel::Severity).data().toString(), QStringLiteral("Critical"));
    QCOMPARE(model->index(row, AlertModel::Severity).data(Qt::BackgroundRole).value<QColor>(),
             theme::colors().critical.background);

    // The store's operator looks into it and acknowledges the break: the banner turns to a
    // calmer warning that names it (read when the console next asks, as its poll does).
    const QString reason = QStringLiteral("a test edited event 5 on purpose to raise the alarm");
    QByteArray out;
    QByteArray err;
    QCOMPARE(m_server.runCtl({QStringLiteral("audit"), QStringLiteral("acknowledge-break"),
                              QStringLiteral("--at"), QStringLiteral("5"),
                              QStringLiteral("--reason"), reason},
                             &out, &err),
             0);
    QCOMPARE(m_server.call("GET", QStringLiteral("/audit/verify"), {}, m_officerToken).status, 200);
    m_window->auditAlarm()->check();
    QTRY_COMPARE_WITH_TIMEOUT(m_window->auditAlarm()->state(), QStringLiteral("break_acknowledged"),
                              20'000);
    QTRY_VERIFY_WITH_TIMEOUT(m_window->bannerText(QStringLiteral("audit")).contains(reason),
                             20'000);
    const QString calm = m_window->bannerText(QStringLiteral("audit"));
    QVERIFY2(calm.contains(QStringLiteral("event 5")), qPrintable(calm));
    QCOMPARE(m_window->findChild<MessageBar *>(QStringLiteral("auditBanner"))->kind(),
             MessageBar::Kind::Warning);
}

QTEST_MAIN(TestGuiMonitoring)
#include "tst_gui_monitoring.moc"
