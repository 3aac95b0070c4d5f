// The Assets page driven like a person would, offscreen, against a real compliance-stored: a
// compliance officer finds an overdue asset, records a review in the dialog, and sees its state
// turn to OK; the review history and the calendar follow; a refused review shows the server's
// words. The model is watched by QAbstractItemModelTester.
// Then the controls over the same store: the Controls page lists every control with its status
// in words, its evidence opens the page behind it filtered, its history and attestations show;
// the dashboard's summary counts what /controls says; the device register's add, change and
// retire; the policy to accept after sign-in; and an employee who sees no Controls page.

#include "ApiClient.h"
#include "ChangeFeed.h"
#include "GuiTestBase.h"
#include "TestServer.h"
#include "Words.h"
#include "assets/AssetDialog.h"
#include "assets/AssetModel.h"
#include "assets/AssetReviewCalendar.h"
#include "assets/AssetReviewDialog.h"
#include "assets/AssetsPage.h"
#include "controls/ControlTrend.h"
#include "controls/ControlsPage.h"
#include "controls/ControlsSummary.h"
#include "controls/EvidencePackDialog.h"
#include "devices/DeviceDialog.h"
#include "devices/DeviceModel.h"
#include "devices/DevicesPage.h"
#include "monitoring/AlertModel.h"
#include "monitoring/MonitoringPage.h"
#include "shell/DashboardPage.h"
#include "shell/MainWindow.h"
#include "shell/Navigator.h"
#include "shell/NotificationBell.h"
#include "shell/PolicyDialog.h"
#include "shell/SettingsCertificateTrust.h"
#include "tasks/TaskModel.h"
#include "thirdparties/ThirdPartiesPage.h"
#include "thirdparties/ThirdPartyDialogs.h"
#include "thirdparties/ThirdPartyModels.h"
#include "vulnerabilities/VulnerabilitiesPage.h"
#include "vulnerabilities/VulnerabilityDialogs.h"
#include "vulnerabilities/VulnerabilityModel.h"
#include "widgets/DataTableView.h"
#include "widgets/MessageBar.h"
#include "widgets/TableFilterProxy.h"

#include <memory>

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QCryptographicHash>
#include <QDateTimeEdit>
#include <QFile>
#include <QFont>
#include <QHeaderView>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>
#include <QTimer>
#include <QTreeWidget>

using namespace cc;
using namespace cc::ui;

class TestGuiAssets : public test::GuiTestBase
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void recordingAReviewTurnsOverdueToOk();
    void changesRequiredNeedsANote();
    void controlsPageListsEveryControlWithItsStatus();
    void evidenceOpensThePageBehindItFiltered();
    void controlDetailShowsHistoryAndAttestations();
    void dashboardSummaryCountsWhatControlsSay();
    void evidencePackIsSavedWithItsSha256();
    void deviceRegisterAddsChangesAndRetires();
    void policyIsOfferedAfterSignInUntilAccepted();
    void employeeSeesNoControls();
    void managerAddsChangesReassignsAndRetiresAnAsset();
    void vulnerabilityIsAddedAndFiltered();
    void vulnerabilityImportTakesAGoodFileAndNamesTheBadLine();
    void vulnerabilityEvidenceAndTasksLinkToThePage();
    void vulnerabilityIsResolvedWithEvidence();
    void thirdPartiesListBothRegisters();
    void subcontractorIsAddedAndAssessedWithADocument();
    void credentialSecretIsRefusedUnderItsFieldThenRotated();
    void thirdPartyEvidenceAndLinksLeadToThePage();
    void othersDevicesAndSubcontractorsShowWithoutRefreshing();

private:
    // GET path as the window's own session, answered by the server directly.
    test::ApiReply callAs(MainWindow *window, const QString &path);
    QJsonArray controlsFromServer();
    ControlsPage *showControls();
    bool clickEvidence(ControlsPage *page, const QString &label);
    MainWindow *employeeWindow();

    AssetReviewDialog *openReviewDialog(qint64 assetId);
    VulnerabilitiesPage *showVulnerabilities();
    // Lists the page's rows after the filter combo is set to the item holding data.
    bool setFilter(VulnerabilitiesPage *page, QComboBox *combo, const QString &data);
    ThirdPartiesPage *showThirdParties();
    QString stateOf(qint64 assetId) const;

    test::TestServer::Account m_officer;
    test::TestServer::Account m_manager;
    test::TestServer::Account m_owner;
    MainWindow *m_window = nullptr;
    MainWindow *m_employeeWindow = nullptr;
    QString m_managerToken;
    qint64 m_overdueId = 0;
    qint64 m_dueId = 0;
    qint64 m_findingId = 0; // recorded by hand, critical and overdue
    QTemporaryDir m_files;
    qint64 m_subcontractorId = 0; // receives order facts, never assessed: overdue
    qint64 m_credentialId = 0; // rotated 100 days ago every 90: overdue
};

void TestGuiAssets::initTestCase()
{
    QVERIFY2(startServer(), qPrintable(errorString()));
    m_officer = m_server.addUser(QStringLiteral("carol"), QStringLiteral("compliance_officer"));
    m_manager = m_server.addUser(QStringLiteral("mark"), QStringLiteral("manager"));
    m_owner = m_server.addUser(QStringLiteral("bob"), QStringLiteral("employee"));
    m_managerToken = m_server.login(m_manager);
    const QString &managerToken = m_managerToken;
    QVERIFY(!managerToken.isEmpty());
    const QDate today = QDateTime::currentDateTimeUtc().date();
    const QString csv
        = QStringLiteral("name,kind,owner,location,holds_amazon_data,holds_pii,last_review\n"
                         "Orders database,database,bob,rack 1,true,true,%1\n"
                         "Label printer,network_device,bob,dock 3,false,false,%2\n")
              .arg(today.addMonths(-7).toString(Qt::ISODate),
                   today.addMonths(-6).addDays(10).toString(Qt::ISODate));
    const test::ApiReply imported = m_server.call("POST", QStringLiteral("/assets/import"),
                                                  {{QStringLiteral("csv"), csv}}, managerToken);
    QVERIFY2(imported.status == 201, imported.raw.constData());
    const test::ApiReply list = m_server.call("GET", QStringLiteral("/assets"), {}, managerToken);
    for (const QJsonValue &item : list.json.value(QStringLiteral("items")).toArray()) {
        const QJsonObject a = item.toObject();
        (a.value(QStringLiteral("name")).toString() == QLatin1String("Orders database")
             ? m_overdueId
             : m_dueId)
            = a.value(QStringLiteral("id")).toInteger();
    }
    QVERIFY(m_overdueId > 0 && m_dueId > 0);

    m_window = openWindow(m_officer);
    QVERIFY(m_window);
    m_window->showPage(m_window->page<AssetsPage>());
}

void TestGuiAssets::cleanupTestCase()
{
    closeWindows();
}

QString TestGuiAssets::stateOf(qint64 assetId) const
{
    AssetModel *model = m_window->page<AssetsPage>()->model();
    const int row = model->rowOf(assetId);
    return row < 0 ? QString() : model->itemAt(row)->state;
}

AssetReviewDialog *TestGuiAssets::openReviewDialog(qint64 assetId)
{
    AssetsPage *page = m_window->page<AssetsPage>();
    if (!page->selectAsset(assetId))
        return nullptr;
    auto *button = page->findChild<QPushButton *>(QStringLiteral("recordReviewButton"));
    if (!button || !button->isEnabled())
        return nullptr;
    QTest::mouseClick(button, Qt::LeftButton);
    return page->findChild<AssetReviewDialog *>(QStringLiteral("assetReviewDialog"));
}

void TestGuiAssets::recordingAReviewTurnsOverdueToOk()
{
    AssetsPage *page = m_window->page<AssetsPage>();
    QCOMPARE(page->model()->rowCount(), 2);
    QCOMPARE(stateOf(m_overdueId), QStringLiteral("overdue"));
    QCOMPARE(stateOf(m_dueId), QStringLiteral("due_soon"));
    // The overdue filter shows only the overdue asset; the calendar puts it in its column.
    page->setFilter(AssetsPage::Filter::Overdue);
    QCOMPARE(page->proxy()->rowCount(), 1);
    QCOMPARE(page->calendar()->countInColumn(0), 1);
    const QModelIndex stateCell = page->proxy()->index(0, AssetModel::State);
    QVERIFY(stateCell.data().toString().startsWith(QStringLiteral("Overdue")));

    AssetReviewDialog *dialog = openReviewDialog(m_overdueId);
    QVERIFY(dialog);
    QTRY_VERIFY(dialog->isVisible());
    QTest::keyClicks(dialog->findChild<QPlainTextEdit *>(QStringLiteral("noteEdit")),
                     QStringLiteral("Access list and encryption checked."));
    QSignalSpy recorded(dialog, &AssetReviewDialog::recorded);
    QVERIFY(recorded.isValid());
    QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("okButton")), Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(recorded.count(), 1, 20'000);

    // The page reloads: the asset is OK now, due in six months, and no longer overdue.
    QTRY_COMPARE_WITH_TIMEOUT(stateOf(m_overdueId), QStringLiteral("ok"), 20'000);
    QTRY_VERIFY(page->hasLoaded());
    // The reviewed asset stays selected (its filter gave way); overdue now lists nothing.
    QCOMPARE(page->selectedAsset()->id, m_overdueId);
    page->setFilter(AssetsPage::Filter::Overdue);
    QCOMPARE(page->proxy()->rowCount(), 0);
    QCOMPARE(page->calendar()->countInColumn(0), 0);
    QCOMPARE(page->messageBar()->kind(), MessageBar::Kind::Success);
    QVERIFY(page->messageBar()->text().contains(QStringLiteral("Orders database")));
    page->setFilter(AssetsPage::Filter::All);
    QVERIFY(page->selectAsset(m_overdueId));
    QTRY_COMPARE_WITH_TIMEOUT(page->historyView()->topLevelItemCount(), 1, 20'000);
    // The review in words (outcome, reviewer), its note under them.
    QVERIFY2(page->historyView()->topLevelItem(0)->text(1).endsWith(
                 QStringLiteral("\nAccess list and encryption checked.")),
             qPrintable(page->historyView()->topLevelItem(0)->text(1)));
    const QDate today = QDateTime::currentDateTimeUtc().date();
    const client::Asset *asset = page->selectedAsset();
    QVERIFY(asset);
    QCOMPARE(asset->lastReview, today);
    QCOMPARE(asset->nextReviewDue, today.addMonths(6));
}

void TestGuiAssets::changesRequiredNeedsANote()
{
    AssetReviewDialog *dialog = openReviewDialog(m_dueId);
    QVERIFY(dialog);
    auto *outcome = dialog->findChild<QComboBox *>(QStringLiteral("outcomeCombo"));
    outcome->setCurrentIndex(outcome->findData(QStringLiteral("changes_required")));
    QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("okButton")), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(!dialog->errorText().isEmpty(), 20'000);
    QVERIFY2(dialog->errorText().contains(QStringLiteral("note")), qPrintable(dialog->errorText()));
    QVERIFY(dialog->isVisible());
    dialog->reject();
    QCOMPARE(stateOf(m_dueId), QStringLiteral("due_soon"));
    QVERIFY(m_window->notificationBell());
}

test::ApiReply TestGuiAssets::callAs(MainWindow *window, const QString &path)
{
    return m_server.call("GET", path, {}, clientOf(window)->token());
}

QJsonArray TestGuiAssets::controlsFromServer()
{
    const test::ApiReply reply = callAs(m_window, QStringLiteral("/controls"));
    return reply.status == 200 ? reply.json.value(QStringLiteral("items")).toArray() : QJsonArray();
}

ControlsPage *TestGuiAssets::showControls()
{
    auto *page = m_window->page<ControlsPage>();
    if (!page)
        return nullptr;
    m_window->showPage(page);
    page->refresh();
    return QTest::qWaitFor([page] { return page->hasLoaded(); }, 20'000) ? page : nullptr;
}

bool TestGuiAssets::clickEvidence(ControlsPage *page, const QString &label)
{
    QTreeWidget *evidence = page->evidenceList();
    for (int i = 0; i < evidence->topLevelItemCount(); ++i) {
        QTreeWidgetItem *item = evidence->topLevelItem(i);
        if (item->text(1) != label)
            continue;
        evidence->scrollToItem(item);
        QTest::mouseClick(evidence->viewport(), Qt::LeftButton, {},
                          evidence->visualItemRect(item).center());
        return true;
    }
    return false;
}

MainWindow *TestGuiAssets::employeeWindow()
{
    if (!m_employeeWindow)
        m_employeeWindow = openWindow(m_owner);
    return m_employeeWindow;
}

// Every control the server judges is in the list under its group, in the server's order, with
// its status in words beside its colour, its owner and its summary.
void TestGuiAssets::controlsPageListsEveryControlWithItsStatus()
{
    // A USB stick holding PII, overdue for review: the removable-devices control fails, the
    // asset-review control too.
    const QString csv
        = QStringLiteral("name,kind,owner,location,holds_amazon_data,holds_pii,last_review\n"
                         "USB stick 1,removable_media,bob,desk 4,false,true,%1\n")
              .arg(QDateTime::currentDateTimeUtc().date().addMonths(-7).toString(Qt::ISODate));
    const test::ApiReply imported = m_server.call("POST", QStringLiteral("/assets/import"),
                                                  {{QStringLiteral("csv"), csv}}, m_managerToken);
    QVERIFY2(imported.status == 201, imported.raw.constData());
    // What the change feed would do: every page reads again.
    m_window->refresh();
    QTRY_VERIFY_WITH_TIMEOUT(m_window->hasLoaded(), 20'000);

    ControlsPage *page = showControls();
    QVERIFY(page);
    const QJsonArray controls = controlsFromServer();
    QVERIFY(controls.size() >= 17);
    QCOMPARE(page->controls().size(), controls.size());
    QTreeWidget *list = page->controlList();
    QStringList shown;
    QStringList headings;
    for (QTreeWidgetItemIterator it(list); *it; ++it) {
        if ((*it)->text(1).isEmpty())
            headings << (*it)->text(0);
        else
            shown << (*it)->text(1);
    }
    QCOMPARE(headings,
             (QStringList {QStringLiteral("MOAJ policy"), QStringLiteral("Amazon DPP (2025)")}));
    QCOMPARE(shown.size(), controls.size());
    for (qsizetype i = 0; i < controls.size(); ++i) {
        const QJsonObject c = controls.at(i).toObject();
        const QString id = c.value(QStringLiteral("id")).toString();
        QCOMPARE(shown.at(i), id);
        QTreeWidgetItem *item = nullptr;
        for (QTreeWidgetItemIterator it(list); *it && !item; ++it) {
            if ((*it)->text(1) == id)
                item = *it;
        }
        QVERIFY(item);
        const QString status = c.value(QStringLiteral("status")).toString();
        // The status in words, never by colour alone.
        QCOMPARE(item->text(0), client::controlStatusLabel(status));
        QVERIFY2(!item->text(0).isEmpty() && item->text(0) != status, qPrintable(status));
        // The policy's words: whole in the tooltip, as many lines as the row has in the list.
        const QString words = c.value(QStringLiteral("policy_text")).toString();
        QCOMPARE(item->toolTip(2), words);
        QString shown = item->text(2);
        shown.replace(QLatin1Char('\n'), QLatin1Char(' '));
        if (shown.endsWith(QStringLiteral("…")))
            shown.chop(1);
        QVERIFY2(shown.size() > 10 && words.simplified().startsWith(shown.simplified()),
                 qPrintable(shown));
        QCOMPARE(item->text(3), client::roleLabel(c.value(QStringLiteral("owner")).toString()));
        QCOMPARE(item->text(4), c.value(QStringLiteral("summary")).toString());
    }
    QVERIFY(page->selectControl(QStringLiteral("MOAJ-AM-07")));
    QCOMPARE(page->selectedControl(), QStringLiteral("MOAJ-AM-07"));
    for (QTreeWidgetItemIterator it(list); *it; ++it) {
        if ((*it)->text(1) == QLatin1String("MOAJ-AM-07"))
            QCOMPARE((*it)->text(0), client::controlStatusLabel(QStringLiteral("fail")));
    }
}

// A control's evidence opens the page that lists its records with the server's filter
// applied: overdue assets, unencrypted devices approved for aggregates, one rule's open alerts.
void TestGuiAssets::evidenceOpensThePageBehindItFiltered()
{
    ControlsPage *page = showControls();
    QVERIFY(page);
    QVERIFY(page->selectControl(QStringLiteral("MOAJ-AG-01")));
    QVERIFY(clickEvidence(page, QStringLiteral("Assets past their review date")));
    auto *assets = m_window->page<AssetsPage>();
    QTRY_COMPARE(m_window->currentPage(), assets);
    QTRY_VERIFY(assets->hasLoaded());
    QVERIFY(assets->proxy()->rowCount() >= 1);
    for (int row = 0; row < assets->proxy()->rowCount(); ++row)
        QCOMPARE(assets->proxy()->index(row, 0).data(PagedTableModel::FilterRole).toString(),
                 QStringLiteral("overdue"));

    page = showControls();
    QVERIFY(page->selectControl(QStringLiteral("MOAJ-AM-07")));
    QVERIFY(clickEvidence(page, QStringLiteral("Unencrypted devices approved for aggregates")));
    auto *devices = m_window->page<DevicesPage>();
    QTRY_COMPARE(m_window->currentPage(), devices);
    QCOMPARE(devices->statusFilter()->currentData().toString(), QStringLiteral("active"));
    QCOMPARE(devices->useFilter()->currentData().toString(), QStringLiteral("aggregates_only"));
    QCOMPARE(devices->encryptionFilter()->currentData().toString(), QStringLiteral("false"));
    QTRY_VERIFY(devices->hasLoaded());
    const client::DeviceFilter &filter = devices->model()->filter();
    QVERIFY(filter.encrypted && !*filter.encrypted);

    page = showControls();
    QVERIFY(page->selectControl(QStringLiteral("MOAJ-AM-01")));
    QVERIFY(clickEvidence(page, QStringLiteral("Open alerts: grants unused")));
    auto *monitoring = m_window->page<MonitoringPage>();
    QTRY_COMPARE(m_window->currentPage(), monitoring);
    QCOMPARE(monitoring->model()->rule(), QStringLiteral("unused_grant"));
    auto *chip = monitoring->findChild<QPushButton *>(QStringLiteral("alertRuleChip"));
    QVERIFY(chip && chip->isVisible());
    QCOMPARE(monitoring->findChild<QComboBox *>(QStringLiteral("alertShowCombo"))->currentData(),
             QVariant(QStringLiteral("open")));
    QTRY_VERIFY(monitoring->hasLoaded());
}

// The selected control's last 90 days are the server's daily record, cell by cell; an attested
// control lists its attestations and says how to attest.
void TestGuiAssets::controlDetailShowsHistoryAndAttestations()
{
    ControlsPage *page = showControls();
    QVERIFY(page);
    QVERIFY(page->selectControl(QStringLiteral("MOAJ-GS-01")));
    QTRY_VERIFY_WITH_TIMEOUT(page->detailLoaded(), 20'000);
    QVERIFY(page->attestationList()->isVisibleTo(page));
    QVERIFY(page->attestationList()->topLevelItemCount() >= 1);
    auto *hint = page->findChild<QLabel *>(QStringLiteral("attestHint"));
    QVERIFY(hint->text().contains(QStringLiteral("compliancectl controls attest")));
    QVERIFY(hint->text().contains(QStringLiteral("MOAJ-GS-01")));

    QVERIFY(page->selectControl(QStringLiteral("MOAJ-AM-07")));
    QTRY_VERIFY_WITH_TIMEOUT(page->detailLoaded(), 20'000);
    QVERIFY(!page->attestationList()->isVisibleTo(page));
    const test::ApiReply history
        = callAs(m_window, QStringLiteral("/controls/history?control=MOAJ-AM-07&days=90"));
    QCOMPARE(history.status, 200);
    QCOMPARE(page->trend()->dayCount(), ControlsPage::kTrendDays);
    const QJsonArray days = history.json.value(QStringLiteral("items")).toArray();
    for (const QJsonValue &day : days) {
        const QDate date = QDate::fromString(day[QStringLiteral("day")].toString(), Qt::ISODate);
        QCOMPARE(page->trend()->statusOn(date), day[QStringLiteral("status")].toString());
    }
    int recorded = 0;
    for (const char *status : {"pass", "warn", "fail", "manual"})
        recorded += page->trend()->countOf(QString::fromLatin1(status));
    QCOMPARE(recorded, int(days.size()));
    // Failing now: not compliant, whatever the daily record said before.
    QVERIFY2(page->compliantSinceLabel()->text().contains(QStringLiteral("Not compliant")),
             qPrintable(page->compliantSinceLabel()->text()));
    // A passing control says since when, as its record has it.
    for (const QJsonValue &c : controlsFromServer()) {
        if (c[QStringLiteral("status")].toString() != QLatin1String("pass"))
            continue;
        const QString id = c[QStringLiteral("id")].toString();
        const test::ApiReply record
            = callAs(m_window, QStringLiteral("/controls/history?control=%1&days=90").arg(id));
        const QString since = record.json.value(QStringLiteral("compliant_since")).toString();
        if (since.isEmpty())
            continue;
        QVERIFY(page->selectControl(id));
        QTRY_VERIFY_WITH_TIMEOUT(page->detailLoaded(), 20'000);
        QVERIFY2(page->compliantSinceLabel()->text().contains(
                     QStringLiteral("Compliant since %1").arg(since)),
                 qPrintable(page->compliantSinceLabel()->text()));
        return;
    }
    QFAIL("no passing control with a daily record to check \"compliant since\" against");
}

// The dashboard opens with the controls' counts by status as /controls has them, the failing
// ones by id; one opens the Controls page on that control.
void TestGuiAssets::dashboardSummaryCountsWhatControlsSay()
{
    auto *dashboard = m_window->page<DashboardPage>();
    QVERIFY(dashboard);
    ControlsSummary *summary = dashboard->controlsSummary();
    QVERIFY(summary);
    m_window->showPage(dashboard);
    dashboard->refresh();
    QTRY_VERIFY_WITH_TIMEOUT(dashboard->hasLoaded(), 20'000);
    QHash<QString, int> counts;
    QStringList failing;
    for (const QJsonValue &c : controlsFromServer()) {
        const QString status = c[QStringLiteral("status")].toString();
        ++counts[status];
        if (status == QLatin1String("fail"))
            failing << c[QStringLiteral("id")].toString();
    }
    QVERIFY(failing.contains(QStringLiteral("MOAJ-AM-07")));
    for (const char *status : {"pass", "warn", "fail", "manual"}) {
        const QString s = QString::fromLatin1(status);
        QCOMPARE(summary->count(s), QString::number(counts.value(s)));
    }
    QTreeWidget *list = summary->failingList();
    QCOMPARE(list->topLevelItemCount(), failing.size());
    QTreeWidgetItem *item = nullptr;
    for (int i = 0; i < list->topLevelItemCount(); ++i) {
        QCOMPARE(list->topLevelItem(i)->text(0), failing.at(i));
        if (failing.at(i) == QLatin1String("MOAJ-AM-07"))
            item = list->topLevelItem(i);
    }
    QTest::mouseClick(list->viewport(), Qt::LeftButton, {}, list->visualItemRect(item).center());
    auto *controls = m_window->page<ControlsPage>();
    QTRY_COMPARE(m_window->currentPage(), controls);
    QCOMPARE(controls->selectedControl(), QStringLiteral("MOAJ-AM-07"));
    // And the whole page one click away.
    m_window->showPage(dashboard);
    QTest::mouseClick(summary->openButton(), Qt::LeftButton);
    QTRY_COMPARE(m_window->currentPage(), controls);
}

// The pack's bytes as the server sent them, saved, and their SHA-256 shown.
void TestGuiAssets::evidencePackIsSavedWithItsSha256()
{
    // The dialog starts at the last full quarter, across a year's end too.
    EvidencePackDialog december(QDate(2026, 12, 6));
    QCOMPARE(december.from(), QDate(2026, 7, 1));
    QCOMPARE(december.to(), QDate(2026, 9, 30));
    EvidencePackDialog january(QDate(2027, 1, 1));
    QCOMPARE(january.from(), QDate(2026, 10, 1));
    QCOMPARE(january.to(), QDate(2026, 12, 31));

    ControlsPage *page = showControls();
    QVERIFY(page);
    QVERIFY(page->exportButton()->isVisibleTo(page));
    const QDate to = QDateTime::currentDateTimeUtc().date();
    const QDate from = to.addDays(-30);
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("pack.zip"));
    QSignalSpy finished(page, &ControlsPage::exportFinished);
    page->exportEvidencePack(path, from, to);
    QVERIFY(finished.wait(60'000));
    QVERIFY2(finished.at(0).at(0).toBool(), qPrintable(finished.at(0).at(1).toString()));
    QFile saved(path);
    QVERIFY(saved.open(QIODevice::ReadOnly));
    const QByteArray bytes = saved.readAll();
    QVERIFY(bytes.startsWith("PK"));
    const QString sha
        = QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
    QCOMPARE(finished.at(0).at(2).toString(), sha);
    QVERIFY(page->messageBar()->text().contains(sha));
}

// A manager registers a device (a refusal stands under the field it names, with the cursor
// there), changes it and retires it; the list follows each step.
void TestGuiAssets::deviceRegisterAddsChangesAndRetires()
{
    MainWindow *window = openWindow(m_manager);
    QVERIFY(window);
    auto *page = window->page<DevicesPage>();
    QVERIFY(page);
    window->showPage(page);
    QVERIFY(page->findChild<QPushButton *>(QStringLiteral("addDeviceButton"))->isVisible());

    DeviceDialog *dialog = page->addDevice();
    QVERIFY(dialog);
    QTRY_VERIFY(dialog->isVisible());
    QCOMPARE(dialog->holderField()->text(), m_manager.username);
    dialog->holderField()->setText(QStringLiteral("nobody-here"));
    dialog->labelField()->setText(QStringLiteral("Sales figures stick"));
    QTest::mouseClick(dialog->saveButton(), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(!dialog->fieldError(QStringLiteral("holder")).isEmpty(), 20'000);
    QVERIFY(dialog->isVisible());
    QCOMPARE(dialog->focusWidget(), dialog->holderField());
    QVERIFY(dialog->fieldError(QStringLiteral("label")).isEmpty());

    dialog->holderField()->setText(m_owner.username);
    dialog->serialField()->setText(QStringLiteral("SN-42"));
    dialog->kindField()->setCurrentIndex(
        dialog->kindField()->findData(QStringLiteral("usb_stick")));
    dialog->encryptedField()->setChecked(false);
    dialog->approvedUseField()->setCurrentIndex(
        dialog->approvedUseField()->findData(QStringLiteral("aggregates_only")));
    QSignalSpy saved(dialog, &DeviceDialog::saved);
    QTest::mouseClick(dialog->saveButton(), Qt::LeftButton);
    QVERIFY(saved.wait(20'000));
    const qint64 id = saved.at(0).at(0).value<client::Device>().id;
    QVERIFY(id > 0);
    const auto row = [page, id]() -> const client::Device * {
        return page->model()->itemAt(page->model()->rowOf(id));
    };
    QTRY_VERIFY_WITH_TIMEOUT(row(), 20'000);
    QCOMPARE(row()->label, QStringLiteral("Sales figures stick"));
    QCOMPARE(row()->holder, m_owner.username);
    QVERIFY(!row()->encrypted);
    QTRY_COMPARE(page->selectedDevice() ? page->selectedDevice()->id : 0, id);

    // A second device with the same label is refused, under the label.
    DeviceDialog *twin = page->addDevice();
    twin->labelField()->setText(QStringLiteral("sales figures STICK"));
    QTest::mouseClick(twin->saveButton(), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(!twin->fieldError(QStringLiteral("label")).isEmpty(), 20'000);
    QCOMPARE(twin->focusWidget(), twin->labelField());
    twin->reject();

    // Changed: encrypted now.
    QVERIFY(page->selectDevice(id));
    DeviceDialog *edit = page->editSelected();
    QVERIFY(edit);
    QCOMPARE(edit->labelField()->text(), QStringLiteral("Sales figures stick"));
    edit->encryptedField()->setChecked(true);
    QSignalSpy changed(edit, &DeviceDialog::saved);
    QTest::mouseClick(edit->saveButton(), Qt::LeftButton);
    QVERIFY(changed.wait(20'000));
    QTRY_VERIFY_WITH_TIMEOUT(row() && row()->encrypted, 20'000);
    const test::ApiReply stored = callAs(window, QStringLiteral("/devices/%1").arg(id));
    QCOMPARE(stored.json.value(QStringLiteral("encrypted")).toBool(), true);

    // Retired: gone from the devices in use, listed among the retired.
    page->retire(id);
    QTRY_VERIFY_WITH_TIMEOUT(page->hasLoaded() && !row(), 20'000);
    page->statusFilter()->setCurrentIndex(
        page->statusFilter()->findData(QStringLiteral("retired")));
    QTRY_VERIFY_WITH_TIMEOUT(page->hasLoaded() && row(), 20'000);
    QCOMPARE(row()->status, QStringLiteral("retired"));
    QCOMPARE(callAs(window, QStringLiteral("/devices/%1").arg(id))
                 .json.value(QStringLiteral("status"))
                 .toString(),
             QStringLiteral("retired"));
}

// After sign-in a person whose acknowledgement is due is shown the policy; "Later" is offered;
// once accepted, the next sign-in shows nothing.
void TestGuiAssets::policyIsOfferedAfterSignInUntilAccepted()
{
    MainWindow *window = employeeWindow();
    QVERIFY(window);
    const test::ApiReply before = callAs(window, QStringLiteral("/policy/text"));
    QCOMPARE(before.json.value(QStringLiteral("standing")).toString(), QStringLiteral("due"));
    window->checkPolicy(true);
    auto *dialog = waitForDialog<PolicyDialog>(window);
    QVERIFY(dialog);
    QCOMPARE(dialog->textView()->toPlainText(),
             before.json.value(QStringLiteral("text")).toString());
    QVERIFY(dialog->laterButton()->isVisible());
    QCOMPARE(dialog->laterButton()->text(), QStringLiteral("&Later"));
    QVERIFY(window->bannerText(QStringLiteral("policy")).isEmpty());
    QPointer<PolicyDialog> guard(dialog);
    QTest::mouseClick(dialog->acceptButton(), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(guard.isNull() || !guard->isVisible(), 20'000);
    const test::ApiReply after = callAs(window, QStringLiteral("/policy/text"));
    QCOMPARE(after.json.value(QStringLiteral("standing")).toString(),
             QStringLiteral("acknowledged"));
    QCOMPARE(window->policy().standing, QStringLiteral("acknowledged"));

    QSignalSpy checked(window, &MainWindow::policyChecked);
    window->checkPolicy(true);
    QVERIFY(checked.wait(20'000));
    QCOMPARE(window->policyDialog(), nullptr);
    // Read at any time from the menu, with when it was accepted.
    window->showPolicy();
    auto *again = waitForDialog<PolicyDialog>(window);
    QVERIFY(again);
    QVERIFY2(again->standingText().contains(QStringLiteral("You accepted version")),
             qPrintable(again->standingText()));
    QCOMPARE(again->laterButton()->text(), QStringLiteral("&Close"));
    again->reject();
}

// An employee has no Controls page, no controls on the dashboard, and sees the devices they
// hold without the manager's buttons.
void TestGuiAssets::employeeSeesNoControls()
{
    MainWindow *window = employeeWindow();
    QVERIFY(window);
    QCOMPARE(window->pageById(QStringLiteral("controls")), nullptr);
    QCOMPARE(window->page<ControlsPage>(), nullptr);
    QCOMPARE(window->page<DashboardPage>()->controlsSummary(), nullptr);
    QVERIFY(!window->navigator()->go(Destination::parse(QStringLiteral("controls?MOAJ-AM-07"))));
    QCOMPARE(callAs(window, QStringLiteral("/controls")).status, 403);
    // Nor the vulnerability register, which needs vulnerabilities:manage.
    QCOMPARE(window->pageById(QStringLiteral("vulnerabilities")), nullptr);
    QCOMPARE(window->page<VulnerabilitiesPage>(), nullptr);
    QVERIFY(!window->navigator()->go(Destination::parse(QStringLiteral("vulnerabilities/1"))));
    QCOMPARE(callAs(window, QStringLiteral("/vulnerabilities")).status, 403);
    QVERIFY(m_window->page<VulnerabilitiesPage>());
    // Nor the third-party registers, which need thirdparties:manage.
    QCOMPARE(window->pageById(QStringLiteral("thirdparties")), nullptr);
    QCOMPARE(window->page<ThirdPartiesPage>(), nullptr);
    QVERIFY(!window->navigator()->go(
        Destination::parse(QStringLiteral("thirdparties/subcontractors/1"))));
    QCOMPARE(callAs(window, QStringLiteral("/subcontractors")).status, 403);
    QVERIFY(m_window->page<ThirdPartiesPage>());
    auto *devices = window->page<DevicesPage>();
    QVERIFY(devices);
    QVERIFY(!devices->findChild<QPushButton *>(QStringLiteral("addDeviceButton"))
                 ->isVisibleTo(devices));
    // The officer has the page, and the dashboard's summary.
    QVERIFY(m_window->page<ControlsPage>());
    QVERIFY(m_window->page<DashboardPage>()->controlsSummary());
}

// A manager adds an asset (an unknown owner is refused under the owner, nothing typed is lost),
// changes it, reassigns it and retires it, which takes it out of the default view.
void TestGuiAssets::managerAddsChangesReassignsAndRetiresAnAsset()
{
    MainWindow *window = openWindow(m_manager);
    QVERIFY(window);
    auto *page = window->page<AssetsPage>();
    window->showPage(page);
    QTRY_VERIFY_WITH_TIMEOUT(page->hasLoaded(), 20'000);
    const auto button = [page](const char *name) {
        return page->findChild<QPushButton *>(QLatin1StringView(name));
    };
    QVERIFY(button("addAssetButton")->isVisible());
    QTest::mouseClick(button("addAssetButton"), Qt::LeftButton);
    AssetDialog *dialog = waitForDialog<AssetDialog>(page);
    QVERIFY(dialog);
    QTest::keyClicks(dialog->findChild<QLineEdit *>(QStringLiteral("assetName")),
                     QStringLiteral("Backup NAS"));
    auto *kind = dialog->findChild<QComboBox *>(QStringLiteral("assetKind"));
    kind->setCurrentIndex(kind->findData(QStringLiteral("data_store")));
    QTest::keyClicks(dialog->findChild<QLineEdit *>(QStringLiteral("assetLocation")),
                     QStringLiteral("rack 2"));
    dialog->ownerField()->setCurrentText(QStringLiteral("nobody-here"));
    auto *save = dialog->findChild<QPushButton *>(QStringLiteral("assetSaveButton"));
    QTest::mouseClick(save, Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(!dialog->fieldError(QStringLiteral("owner")).isEmpty(), 20'000);
    QVERIFY(dialog->isVisible());
    QVERIFY(dialog->fieldError(QStringLiteral("name")).isEmpty());
    QVERIFY(dialog->focusWidget() == dialog->ownerField()
            || dialog->focusWidget() == dialog->ownerField()->lineEdit());
    QCOMPARE(dialog->fields().name, QStringLiteral("Backup NAS"));
    QCOMPARE(dialog->fields().location, QStringLiteral("rack 2"));
    dialog->ownerField()->setCurrentText(m_manager.username);
    QSignalSpy added(dialog, &AssetDialog::saved);
    QVERIFY(added.isValid());
    QTest::mouseClick(save, Qt::LeftButton);
    QVERIFY(added.wait(20'000));
    const qint64 id = added.at(0).at(0).value<client::Asset>().id;
    QVERIFY(id > 0);
    const auto asset = [page, id]() -> const client::Asset * {
        return page->model()->itemAt(page->model()->rowOf(id));
    };
    QTRY_VERIFY_WITH_TIMEOUT(asset() && page->hasLoaded(), 20'000);
    QCOMPARE(asset()->owner, m_manager.username);
    QCOMPARE(asset()->kind, QStringLiteral("data_store"));
    QTRY_COMPARE(page->selectedAsset() ? page->selectedAsset()->id : 0, id);

    // Changed: another location.
    QTest::mouseClick(button("editAssetButton"), Qt::LeftButton);
    QPointer<AssetDialog> edit;
    QTRY_VERIFY((edit = waitForDialog<AssetDialog>(page)) && edit != dialog);
    auto *location = edit->findChild<QLineEdit *>(QStringLiteral("assetLocation"));
    QCOMPARE(location->text(), QStringLiteral("rack 2"));
    location->setText(QStringLiteral("rack 5"));
    QSignalSpy changed(edit.data(), &AssetDialog::saved);
    QTest::mouseClick(edit->findChild<QPushButton *>(QStringLiteral("assetSaveButton")),
                      Qt::LeftButton);
    QVERIFY(changed.wait(20'000));
    QTRY_VERIFY_WITH_TIMEOUT(asset() && asset()->location == QLatin1String("rack 5"), 20'000);

    // Reassigned to the compliance officer, picked from the owners offered.
    QTRY_COMPARE(page->selectedAsset() ? page->selectedAsset()->id : 0, id);
    QTest::mouseClick(button("reassignAssetButton"), Qt::LeftButton);
    QPointer<AssetDialog> reassign;
    QTRY_VERIFY((reassign = waitForDialog<AssetDialog>(page)) && reassign != edit);
    QVERIFY(reassign->ownerField()->findText(m_owner.username) >= 0); // owners seen in the list
    reassign->ownerField()->setCurrentText(m_officer.username);
    QSignalSpy reassigned(reassign.data(), &AssetDialog::saved);
    QTest::mouseClick(reassign->findChild<QPushButton *>(QStringLiteral("assetSaveButton")),
                      Qt::LeftButton);
    QVERIFY(reassigned.wait(20'000));
    QTRY_VERIFY_WITH_TIMEOUT(asset() && asset()->owner == m_officer.username, 20'000);
    QCOMPARE(callAs(window, QStringLiteral("/assets/%1").arg(id))
                 .json.value(QStringLiteral("owner"))
                 .toString(),
             m_officer.username);

    // Retired, after a confirmation: out of the default view, listed under Retired.
    QTRY_COMPARE(page->selectedAsset() ? page->selectedAsset()->id : 0, id);
    bool confirmed = false;
    QTimer::singleShot(200, this, [&confirmed] {
        for (QWidget *w : QApplication::topLevelWidgets()) {
            if (w->objectName() == QLatin1String("retireAssetConfirm") && w->isVisible()) {
                QTest::mouseClick(w->findChild<QPushButton *>(QStringLiteral("confirmRetireAsset")),
                                  Qt::LeftButton);
                confirmed = true;
            }
        }
    });
    QTest::mouseClick(button("retireAssetButton"), Qt::LeftButton);
    QVERIFY(confirmed);
    QTRY_VERIFY_WITH_TIMEOUT(asset() && asset()->status == QLatin1String("retired"), 20'000);
    QCOMPARE(proxyRowOf(page->view()->model(), id), -1);
    page->setFilter(AssetsPage::Filter::Retired);
    QVERIFY(proxyRowOf(page->view()->model(), id) >= 0);
    page->setFilter(AssetsPage::Filter::All);
}

QTEST_MAIN(TestGuiAssets)
#include "tst_gui_assets.moc"

VulnerabilitiesPage *TestGuiAssets::showVulnerabilities()
{
    auto *page = m_window->page<VulnerabilitiesPage>();
    if (!page)
        return nullptr;
    m_window->showPage(page);
    page->refresh();
    return QTest::qWaitFor([page] { return page->hasLoaded(); }, 20'000) ? page : nullptr;
}

bool TestGuiAssets::setFilter(VulnerabilitiesPage *page, QComboBox *combo, const QString &data)
{
    const int index = combo->findData(data);
    if (index < 0)
        return false;
    combo->setCurrentIndex(index);
    return QTest::qWaitFor([page] { return page->hasLoaded() && !page->model()->isLoading(); },
                           20'000);
}

// Recorded by hand in the dialog: a missing identifier is said under it before anything is
// sent; a finding discovered ten days ago as critical is overdue, its due date in bold; the
// filters are the server's.
void TestGuiAssets::vulnerabilityIsAddedAndFiltered()
{
    VulnerabilitiesPage *page = showVulnerabilities();
    QVERIFY(page);
    QCOMPARE(page->stateFilter()->currentData().toString(), QStringLiteral("status=open"));
    AddVulnerabilityDialog *dialog = page->addFinding();
    QVERIFY(dialog);
    QTRY_VERIFY(dialog->isVisible());
    dialog->titleField()->setText(QStringLiteral("nginx request smuggling"));
    QTest::mouseClick(dialog->saveButton(), Qt::LeftButton);
    QVERIFY(!dialog->fieldError(QStringLiteral("identifier")).isEmpty());
    QCOMPARE(dialog->focusWidget(), dialog->identifierField());

    // Neither asset nor component: the server's rule, said under the component.
    dialog->identifierField()->setText(QStringLiteral("CVE-2025-1111"));
    QTest::mouseClick(dialog->saveButton(), Qt::LeftButton);
    QVERIFY(!dialog->fieldError(QStringLiteral("component")).isEmpty());

    // A bad identifier goes to the server and comes back under the identifier.
    dialog->identifierField()->setText(QStringLiteral("CVE 2025 1111"));
    dialog->componentField()->setText(QStringLiteral("nginx"));
    QTest::mouseClick(dialog->saveButton(), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(!dialog->fieldError(QStringLiteral("identifier")).isEmpty(), 20'000);
    QVERIFY(dialog->isVisible());
    QCOMPARE(dialog->titleField()->text(), QStringLiteral("nginx request smuggling"));

    dialog->identifierField()->setText(QStringLiteral("CVE-2025-1111"));
    dialog->severityField()->setCurrentIndex(
        dialog->severityField()->findData(QStringLiteral("critical")));
    dialog->discoveredField()->setDateTime(QDateTime::currentDateTime().addDays(-10));
    QSignalSpy saved(dialog, &AddVulnerabilityDialog::saved);
    QTest::mouseClick(dialog->saveButton(), Qt::LeftButton);
    QVERIFY(saved.wait(20'000));
    const auto finding = saved.at(0).at(0).value<client::Vulnerability>();
    m_findingId = finding.id;
    QVERIFY(m_findingId > 0);
    QCOMPARE(finding.source, QStringLiteral("manual"));
    QCOMPARE(finding.component, QStringLiteral("nginx"));
    // Critical: due seven days after discovery, so three days ago.
    QCOMPARE(finding.discoveredAt.daysTo(finding.dueAt), 7);

    VulnerabilityModel *model = page->model();
    QTRY_VERIFY_WITH_TIMEOUT(page->hasLoaded() && model->rowOf(m_findingId) >= 0, 20'000);
    QTRY_COMPARE(page->shownFinding() ? page->shownFinding()->id : 0, m_findingId);
    const int row = model->rowOf(m_findingId);
    const QModelIndex due = model->index(row, VulnerabilityModel::Due);
    QVERIFY(due.data(Qt::FontRole).value<QFont>().bold());
    QCOMPARE(model->index(row, VulnerabilityModel::Status).data().toString(),
             QStringLiteral("Overdue"));
    QVERIFY2(page->detailText()->text().contains(QStringLiteral("Overdue")),
             qPrintable(page->detailText()->text()));

    // A high finding not yet due, through the API: the overdue filter leaves it out.
    const test::ApiReply high
        = m_server.call("POST", QStringLiteral("/vulnerabilities"),
                        {{QStringLiteral("identifier"), QStringLiteral("CVE-2025-2222")},
                         {QStringLiteral("severity"), QStringLiteral("high")},
                         {QStringLiteral("component"), QStringLiteral("openssh-server")},
                         {QStringLiteral("title"), QStringLiteral("sshd pre-auth")}},
                        m_managerToken);
    QCOMPARE(high.status, 201);
    const qint64 highId = high.json.value(QStringLiteral("id")).toInteger();
    page->refresh();
    QTRY_VERIFY_WITH_TIMEOUT(page->hasLoaded() && model->rowOf(highId) >= 0, 20'000);
    QVERIFY(!model->index(model->rowOf(highId), VulnerabilityModel::Due)
                 .data(Qt::FontRole)
                 .value<QFont>()
                 .bold());

    QVERIFY(setFilter(page, page->stateFilter(), QStringLiteral("status=open&overdue=true")));
    QVERIFY(model->filter().overdue);
    QVERIFY(model->rowOf(m_findingId) >= 0);
    QCOMPARE(model->rowOf(highId), -1);
    QVERIFY(setFilter(page, page->stateFilter(), QStringLiteral("status=open")));
    QVERIFY(setFilter(page, page->severityFilter(), QStringLiteral("high")));
    QCOMPARE(model->filter().severity, QStringLiteral("high"));
    QVERIFY(model->rowOf(highId) >= 0);
    QCOMPARE(model->rowOf(m_findingId), -1);
    QVERIFY(setFilter(page, page->severityFilter(), QString()));
    QVERIFY(setFilter(page, page->sourceFilter(), QStringLiteral("debsecan")));
    QCOMPARE(model->rowCount(), 0);
    QVERIFY(setFilter(page, page->sourceFilter(), QString()));
    QCOMPARE(model->rowCount(), 2);
}

// A debsecan file is imported whole; a file with one bad line is refused with that line named
// plainly in the dialog, and nothing of it is stored.
void TestGuiAssets::vulnerabilityImportTakesAGoodFileAndNamesTheBadLine()
{
    VulnerabilitiesPage *page = showVulnerabilities();
    QVERIFY(page);
    QVERIFY(m_files.isValid());
    const QString good = QFINDTESTDATA("../server/data/debsecan.txt");
    QVERIFY(!good.isEmpty());
    QFile goodFile(good);
    QVERIFY(goodFile.open(QIODevice::ReadOnly));
    const QByteArray lines = goodFile.readAll();
    const auto stored = [this] {
        return callAs(m_window, QStringLiteral("/vulnerabilities?source=debsecan"))
            .json.value(QStringLiteral("items"))
            .toArray()
            .size();
    };
    QCOMPARE(stored(), 0);

    const QString bad = m_files.filePath(QStringLiteral("debsecan-bad.txt"));
    {
        QFile file(bad);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(lines + "CVE-2024-1 openssh-server (very urgent)\n");
    }
    ImportVulnerabilitiesDialog *refused = page->importFile();
    QVERIFY(refused);
    QTest::mouseClick(refused->importButton(), Qt::LeftButton);
    QVERIFY(!refused->fieldError(QStringLiteral("content")).isEmpty()); // no file chosen
    refused->setFile(bad);
    QCOMPARE(refused->formatField()->currentData().toString(), QStringLiteral("debsecan"));
    QTest::mouseClick(refused->importButton(), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(!refused->errorText().isEmpty(), 20'000);
    QVERIFY2(refused->errorText().contains(QStringLiteral("debsecan line 7")),
             qPrintable(refused->errorText()));
    QVERIFY2(refused->errorText().startsWith(QStringLiteral("debsecan-bad.txt was not imported")),
             qPrintable(refused->errorText()));
    QVERIFY(refused->isVisible());
    QCOMPARE(stored(), 0);
    refused->reject();

    ImportVulnerabilitiesDialog *dialog = page->importFile();
    dialog->setFile(good);
    QSignalSpy imported(dialog, &ImportVulnerabilitiesDialog::imported);
    QTest::mouseClick(dialog->importButton(), Qt::LeftButton);
    QVERIFY(imported.wait(20'000));
    QCOMPARE(imported.at(0).at(0).value<client::VulnerabilityImportOutcome>().added, 6);
    QCOMPARE(stored(), 6);
    QTRY_VERIFY_WITH_TIMEOUT(page->hasLoaded(), 20'000);
    QVERIFY(setFilter(page, page->sourceFilter(), QStringLiteral("debsecan")));
    QCOMPARE(page->model()->rowCount(), 6);
    QVERIFY(setFilter(page, page->sourceFilter(), QString()));
}

// The control's evidence and the person's task both lead to the page: the control's filter
// applied, the task's finding on show.
void TestGuiAssets::vulnerabilityEvidenceAndTasksLinkToThePage()
{
    QVERIFY(m_findingId > 0);
    ControlsPage *controls = showControls();
    QVERIFY(controls);
    QVERIFY(controls->selectControl(QStringLiteral("DPP25-VM-01")));
    QVERIFY(clickEvidence(controls,
                          QStringLiteral("Critical or high vulnerabilities open past their due "
                                         "date")));
    auto *page = m_window->page<VulnerabilitiesPage>();
    QTRY_COMPARE(m_window->currentPage(), page);
    QCOMPARE(page->stateFilter()->currentData().toString(),
             QStringLiteral("status=open&overdue=true"));
    QTRY_VERIFY_WITH_TIMEOUT(page->hasLoaded() && !page->model()->isLoading(), 20'000);
    QVERIFY(page->model()->filter().overdue);
    QVERIFY(page->model()->rowOf(m_findingId) >= 0);

    // The overdue finding waits among the officer's tasks and leads to it.
    const QJsonArray tasks = callAs(m_window, QStringLiteral("/me/tasks"))
                                 .json.value(QStringLiteral("items"))
                                 .toArray();
    client::Task task;
    for (const QJsonValue &t : tasks) {
        if (t.toObject().value(QStringLiteral("kind")) == QLatin1String("vulnerability")
            && t.toObject().value(QStringLiteral("object_id")).toString()
                == QString::number(m_findingId))
            task = client::Task::fromJson(t.toObject());
    }
    QCOMPARE(task.objectType, QStringLiteral("vulnerability"));
    const Destination to = TaskModel::destination(task);
    QCOMPARE(to.toString(), QStringLiteral("vulnerabilities/%1").arg(m_findingId));
    QVERIFY(setFilter(page, page->stateFilter(), QStringLiteral("status=resolved")));
    QVERIFY(m_window->navigator()->go(to));
    QTRY_COMPARE_WITH_TIMEOUT(page->shownFinding() ? page->shownFinding()->id : 0, m_findingId,
                              20'000);
    QVERIFY(!m_window->navigator()->go(
        Destination::parse(QStringLiteral("vulnerabilities?status=fixed"))));
}

// Resolved with a note and an evidence document from disk: the server's SHA-256 of the document
// is shown, the finding leaves the open list. A document too large for one request is said so
// before anything is sent.
void TestGuiAssets::vulnerabilityIsResolvedWithEvidence()
{
    VulnerabilitiesPage *page = showVulnerabilities();
    QVERIFY(page);
    QVERIFY(setFilter(page, page->stateFilter(), QStringLiteral("status=open")));
    QVERIFY(page->selectObject(m_findingId));
    QTRY_COMPARE(page->shownFinding() ? page->shownFinding()->id : 0, m_findingId);
    ResolveVulnerabilityDialog *dialog = page->resolveShown();
    QVERIFY(dialog);
    QTest::mouseClick(dialog->resolveButton(), Qt::LeftButton);
    QVERIFY(!dialog->fieldError(QStringLiteral("note")).isEmpty());

    const QString large = m_files.filePath(QStringLiteral("large.pdf"));
    {
        QFile file(large);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(QByteArray(client::VulnerabilitiesApi::kMaxEvidenceBytes + 1, 'x'));
    }
    dialog->noteField()->setPlainText(QStringLiteral("Upgraded nginx to 1.26.2; rescanned."));
    dialog->setEvidenceFile(large);
    QTest::mouseClick(dialog->resolveButton(), Qt::LeftButton);
    QVERIFY2(
        dialog->fieldError(QStringLiteral("evidence_base64")).contains(QStringLiteral("large.pdf")),
        qPrintable(dialog->fieldError(QStringLiteral("evidence_base64"))));

    const QByteArray report = "nginx 1.26.2 scan: 0 findings\n";
    const QString evidence = m_files.filePath(QStringLiteral("rescan.txt"));
    {
        QFile file(evidence);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(report);
    }
    dialog->setEvidenceFile(evidence);
    QSignalSpy resolved(dialog, &ResolveVulnerabilityDialog::resolved);
    QTest::mouseClick(dialog->resolveButton(), Qt::LeftButton);
    QVERIFY(resolved.wait(20'000));
    const QString sha256
        = QString::fromLatin1(QCryptographicHash::hash(report, QCryptographicHash::Sha256).toHex());
    const auto done = resolved.at(0).at(0).value<client::Vulnerability>();
    QCOMPARE(done.evidenceSha256, sha256);
    QCOMPARE(done.evidenceName, QStringLiteral("rescan.txt"));
    QCOMPARE(done.evidenceBytes, qint64(report.size()));
    QVERIFY2(page->messageBar()->text().contains(sha256), qPrintable(page->messageBar()->text()));
    QTRY_VERIFY_WITH_TIMEOUT(page->hasLoaded() && page->model()->rowOf(m_findingId) < 0, 20'000);
    // Still on show, with the evidence's SHA-256.
    QTRY_COMPARE_WITH_TIMEOUT(page->shownFinding() ? page->shownFinding()->id : 0, m_findingId,
                              20'000);
    QCOMPARE(page->evidenceSha256Field()->text(), sha256);
    QVERIFY(page->evidenceSha256Field()->isVisibleTo(page));
    const test::ApiReply stored
        = callAs(m_window, QStringLiteral("/vulnerabilities/%1").arg(m_findingId));
    QCOMPARE(stored.json.value(QStringLiteral("status")).toString(), QStringLiteral("resolved"));
    QCOMPARE(stored.json.value(QStringLiteral("evidence_sha256")).toString(), sha256);
}

ThirdPartiesPage *TestGuiAssets::showThirdParties()
{
    auto *page = m_window->page<ThirdPartiesPage>();
    if (!page)
        return nullptr;
    m_window->showPage(page);
    page->refresh();
    return QTest::qWaitFor([page] { return page->hasLoaded(); }, 20'000) ? page : nullptr;
}

// Both registers as the server keeps them: a subcontractor never assessed is overdue at once,
// a credential past its rotation too, each due date in bold.
void TestGuiAssets::thirdPartiesListBothRegisters()
{
    const QString token = m_server.login(m_officer);
    const test::ApiReply made = m_server.call(
        "POST", QStringLiteral("/subcontractors"),
        {{QStringLiteral("name"), QStringLiteral("Parcel Labels Ltd")},
         {QStringLiteral("contact"), QStringLiteral("dpo@labels.example")},
         {QStringLiteral("data_categories"), QJsonArray {QStringLiteral("order_facts")}}},
        token);
    QVERIFY2(made.status == 201, made.raw.constData());
    m_subcontractorId = made.json.value(QStringLiteral("id")).toInteger();
    const test::ApiReply key
        = m_server.call("POST", QStringLiteral("/api-credentials"),
                        {{QStringLiteral("name"), QStringLiteral("SP-API LWA client")},
                         {QStringLiteral("owner"), QStringLiteral("carol")},
                         {QStringLiteral("location"), QStringLiteral("Vault: secret/sp-api/lwa")},
                         {QStringLiteral("purpose"), QStringLiteral("order sync")},
                         {QStringLiteral("rotation_days"), 90},
                         {QStringLiteral("last_rotated_at"),
                          QDateTime::currentDateTimeUtc().addDays(-100).toString(Qt::ISODate)}},
                        token);
    QVERIFY2(key.status == 201, key.raw.constData());
    m_credentialId = key.json.value(QStringLiteral("id")).toInteger();

    ThirdPartiesPage *page = showThirdParties();
    QVERIFY(page);
    SubcontractorsPane *subcontractors = page->subcontractors();
    const int s = subcontractors->model()->rowOf(m_subcontractorId);
    QVERIFY(s >= 0);
    const QModelIndex due = subcontractors->model()->index(s, SubcontractorModel::NextDue);
    QVERIFY(due.data(Qt::FontRole).value<QFont>().bold());
    QCOMPARE(subcontractors->model()->index(s, SubcontractorModel::LastAssessment).data(),
             QVariant(QStringLiteral("Never")));
    QCOMPARE(subcontractors->model()->index(s, SubcontractorModel::DataReceived).data(),
             QVariant(QStringLiteral("Order facts")));
    CredentialsPane *credentials = page->credentials();
    const int c = credentials->model()->rowOf(m_credentialId);
    QVERIFY(c >= 0);
    QVERIFY(credentials->model()
                ->index(c, ApiCredentialModel::RotationDue)
                .data(Qt::FontRole)
                .value<QFont>()
                .bold());
    QCOMPARE(credentials->model()->index(c, ApiCredentialModel::Location).data(),
             QVariant(QStringLiteral("Vault: secret/sp-api/lwa")));
}

// Added in the dialog (a missing name said before anything is sent), then assessed with a
// document from disk: the SHA-256 the store recorded is the file's, and it is on show.
void TestGuiAssets::subcontractorIsAddedAndAssessedWithADocument()
{
    ThirdPartiesPage *page = showThirdParties();
    QVERIFY(page);
    SubcontractorsPane *pane = page->subcontractors();
    AddSubcontractorDialog *add = pane->addSubcontractor();
    QVERIFY(add);
    QTRY_VERIFY(add->isVisible());
    add->contactField()->setText(QStringLiteral("privacy@ledger.example"));
    QTest::mouseClick(add->sendButton(), Qt::LeftButton);
    QVERIFY(!add->fieldError(QStringLiteral("name")).isEmpty());
    add->nameField()->setText(QStringLiteral("Ledgerline Accounting"));
    add->categoryBox(QStringLiteral("financial"))->setChecked(true);
    QSignalSpy saved(add, &AddSubcontractorDialog::saved);
    QTest::mouseClick(add->sendButton(), Qt::LeftButton);
    QVERIFY(saved.wait(20'000));
    const auto made = saved.at(0).at(0).value<client::Subcontractor>();
    QCOMPARE(made.dataCategories, QStringList {QStringLiteral("financial")});
    QTRY_VERIFY_WITH_TIMEOUT(pane->hasLoaded() && pane->model()->rowOf(made.id) >= 0, 20'000);
    QTRY_COMPARE(pane->shown() ? pane->shown()->id : 0, made.id);

    AssessSubcontractorDialog *assess = pane->assessShown();
    QVERIFY(assess);
    assess->assessorField()->setText(QStringLiteral("Olga"));
    QTest::mouseClick(assess->sendButton(), Qt::LeftButton);
    QVERIFY(!assess->fieldError(QStringLiteral("document_base64")).isEmpty());
    const QByteArray report = "Ledgerline questionnaire: ISO 27001 certified, DPA signed\n";
    const QString path = m_files.filePath(QStringLiteral("ledgerline-assessment.txt"));
    {
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(report);
    }
    assess->setDocumentFile(path);
    assess->outcomeField()->setCurrentIndex(
        assess->outcomeField()->findData(QStringLiteral("approved_with_conditions")));
    assess->notesField()->setPlainText(QStringLiteral("Encrypt exports at rest by March."));
    QSignalSpy assessed(assess, &AssessSubcontractorDialog::assessed);
    QTest::mouseClick(assess->sendButton(), Qt::LeftButton);
    QVERIFY(assessed.wait(20'000));
    const QString sha256
        = QString::fromLatin1(QCryptographicHash::hash(report, QCryptographicHash::Sha256).toHex());
    const auto done = assessed.at(0).at(0).value<client::Subcontractor>();
    QVERIFY(done.lastAssessment);
    QCOMPARE(done.lastAssessment->documentSha256, sha256);
    QCOMPARE(done.lastAssessment->documentName, QStringLiteral("ledgerline-assessment.txt"));
    QTRY_COMPARE_WITH_TIMEOUT(pane->documentSha256Field()->text(), sha256, 20'000);
    QVERIFY(pane->documentSha256Field()->isVisibleTo(pane));
    QVERIFY(!done.isOverdue(QDateTime::currentDateTimeUtc()));
}

// A secret pasted where only its location belongs: the server's refusal stands under "Where
// it lives", the input is kept and the secret is repeated nowhere. Then the credential is
// added and its rotation recorded.
void TestGuiAssets::credentialSecretIsRefusedUnderItsFieldThenRotated()
{
    ThirdPartiesPage *page = showThirdParties();
    QVERIFY(page);
    CredentialsPane *pane = page->credentials();
    AddCredentialDialog *add = pane->addCredential();
    QVERIFY(add);
    const QString secret = QStringLiteral("amzn1.oa2-cs.v1.3f9c2b7a1d8e4f6a0b5c9d2e7f1a4b8c");
    add->nameField()->setText(QStringLiteral("SP-API LWA client (EU)"));
    add->ownerField()->setText(QStringLiteral("carol"));
    add->locationField()->setText(secret);
    add->purposeField()->setText(QStringLiteral("Order sync, EU"));
    QTest::mouseClick(add->sendButton(), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(!add->fieldError(QStringLiteral("location")).isEmpty(), 20'000);
    const QString refusal = add->fieldError(QStringLiteral("location"));
    QVERIFY2(refusal.contains(QStringLiteral("secret")), qPrintable(refusal));
    QVERIFY(!refusal.contains(secret));
    QVERIFY(add->errorText().isEmpty());
    QVERIFY(!pane->messageBar()->text().contains(secret));
    QVERIFY(add->isVisible());
    QCOMPARE(add->locationField()->text(), secret);
    QCOMPARE(add->nameField()->text(), QStringLiteral("SP-API LWA client (EU)"));

    add->locationField()->setText(QStringLiteral("Vault: secret/sp-api/lwa-eu"));
    QSignalSpy saved(add, &AddCredentialDialog::saved);
    QTest::mouseClick(add->sendButton(), Qt::LeftButton);
    QVERIFY(saved.wait(20'000));
    const auto made = saved.at(0).at(0).value<client::ApiCredential>();
    QTRY_VERIFY_WITH_TIMEOUT(pane->hasLoaded() && pane->model()->rowOf(made.id) >= 0, 20'000);
    QTRY_COMPARE(pane->shown() ? pane->shown()->id : 0, made.id);

    RotateCredentialDialog *rotate = pane->rotateShown();
    QVERIFY(rotate);
    rotate->noteField()->setPlainText(QStringLiteral("New client secret issued, CHG-118"));
    QSignalSpy rotated(rotate, &RotateCredentialDialog::rotated);
    QTest::mouseClick(rotate->sendButton(), Qt::LeftButton);
    QVERIFY(rotated.wait(20'000));
    const auto done = rotated.at(0).at(0).value<client::ApiCredential>();
    QVERIFY(done.lastRotatedAt >= made.lastRotatedAt);
    QCOMPARE(done.rotationDueAt, done.lastRotatedAt.addDays(done.rotationDays));
    QVERIFY2(pane->messageBar()->text().contains(done.name),
             qPrintable(pane->messageBar()->text()));
}

// DPP25-TP-01's evidence row opens the subcontractors tab; the Navigator's links open each
// register's record in its tab.
void TestGuiAssets::thirdPartyEvidenceAndLinksLeadToThePage()
{
    QVERIFY(m_subcontractorId > 0 && m_credentialId > 0);
    ControlsPage *controls = showControls();
    QVERIFY(controls);
    QVERIFY(controls->selectControl(QStringLiteral("DPP25-TP-01")));
    QTreeWidget *evidence = controls->evidenceList();
    QTreeWidgetItem *row = nullptr;
    for (int i = 0; i < evidence->topLevelItemCount() && !row; ++i) {
        if (evidence->topLevelItem(i)->text(1).startsWith(QStringLiteral("Parcel Labels Ltd")))
            row = evidence->topLevelItem(i);
    }
    QVERIFY(row);
    evidence->scrollToItem(row);
    QTest::mouseClick(evidence->viewport(), Qt::LeftButton, {},
                      evidence->visualItemRect(row).center());
    auto *page = m_window->page<ThirdPartiesPage>();
    QTRY_COMPARE(m_window->currentPage(), page);
    QCOMPARE(page->tabs()->currentWidget(), page->subcontractors());
    QCOMPARE(page->subcontractors()->stateFilter()->currentData().toString(),
             QStringLiteral("status=active"));

    QVERIFY(m_window->navigator()->go(
        Destination::parse(QStringLiteral("thirdparties/credentials/%1").arg(m_credentialId))));
    QTRY_COMPARE(page->tabs()->currentWidget(), page->credentials());
    QTRY_COMPARE_WITH_TIMEOUT(page->credentials()->shown() ? page->credentials()->shown()->id : 0,
                              m_credentialId, 20'000);
    QVERIFY(m_window->navigator()->go(Destination::parse(
        QStringLiteral("thirdparties/subcontractors/%1").arg(m_subcontractorId))));
    QTRY_COMPARE(page->tabs()->currentWidget(), page->subcontractors());
    QTRY_COMPARE_WITH_TIMEOUT(page->subcontractors()->shown() ? page->subcontractors()->shown()->id
                                                              : 0,
                              m_subcontractorId, 20'000);
    QVERIFY(!m_window->navigator()->go(
        Destination::parse(QStringLiteral("thirdparties?credentials?status=lost"))));
}

// The Devices and Third parties pages on show read again by themselves when someone else adds
// to their register (the change feed's devices and third_parties); no F5.
void TestGuiAssets::othersDevicesAndSubcontractorsShowWithoutRefreshing()
{
    client::ChangeFeed *feed = m_window->changeFeed();
    feed->setInterval(100);
    feed->start();
    QTRY_VERIFY_WITH_TIMEOUT(feed->hasCursor(), 15'000);

    // The devices in use, whatever an earlier evidence link left in the filters.
    auto *devices = m_window->page<DevicesPage>();
    QVERIFY(m_window->navigator()->go(Destination::parse(QStringLiteral("devices"))));
    QTRY_VERIFY_WITH_TIMEOUT(devices->hasLoaded(), 20'000);
    const test::ApiReply device
        = m_server.call("POST", QStringLiteral("/devices"),
                        {{QStringLiteral("kind"), QStringLiteral("usb_stick")},
                         {QStringLiteral("label"), QStringLiteral("Returns desk stick")},
                         {QStringLiteral("serial"), QStringLiteral("SN-77")},
                         {QStringLiteral("holder"), m_owner.username},
                         {QStringLiteral("encrypted"), true},
                         {QStringLiteral("approved_use"), QStringLiteral("aggregates_only")}},
                        m_managerToken);
    QVERIFY2(device.status == 201, device.raw.constData());
    const qint64 deviceId = device.json.value(QStringLiteral("id")).toInteger();
    QTRY_VERIFY_WITH_TIMEOUT(devices->model()->rowOf(deviceId) >= 0, 20'000);

    auto *thirdParties = m_window->page<ThirdPartiesPage>();
    m_window->showPage(thirdParties);
    SubcontractorsPane *pane = thirdParties->subcontractors();
    QTRY_VERIFY_WITH_TIMEOUT(pane->hasLoaded(), 20'000);
    const test::ApiReply made = m_server.call(
        "POST", QStringLiteral("/subcontractors"),
        {{QStringLiteral("name"), QStringLiteral("Returns Couriers Ltd")},
         {QStringLiteral("contact"), QStringLiteral("dpo@couriers.example")},
         {QStringLiteral("data_categories"), QJsonArray {QStringLiteral("shipping_address")}}},
        m_server.login(m_officer));
    QVERIFY2(made.status == 201, made.raw.constData());
    const qint64 subcontractorId = made.json.value(QStringLiteral("id")).toInteger();
    QTRY_VERIFY_WITH_TIMEOUT(pane->model()->rowOf(subcontractorId) >= 0, 20'000);
    feed->stop();
}
