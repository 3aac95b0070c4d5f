// The Assets page driven like a person would, offscreen, against a real compliance-stored: a
// compliance officer finds an overdue asset, records a review in the dialog, and sees its state
// turn to OK; the review history and the calendar follow; a refused review shows the server's
// words. The model is watched by QAbstractItemModelTester.

#include "ApiClient.h"
#include "GuiTestBase.h"
#include "TestServer.h"
#include "assets/AssetModel.h"
#include "assets/AssetReviewCalendar.h"
#include "assets/AssetReviewDialog.h"
#include "assets/AssetsPage.h"
#include "shell/MainWindow.h"
#include "shell/NotificationBell.h"
#include "shell/SettingsCertificateTrust.h"
#include "widgets/DataTableView.h"
#include "widgets/MessageBar.h"
#include "widgets/TableFilterProxy.h"

#include <memory>

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QComboBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QTest>
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

private:
    AssetReviewDialog *openReviewDialog(qint64 assetId);
    QString stateOf(qint64 assetId) const;

    test::TestServer::Account m_officer;
    test::TestServer::Account m_manager;
    test::TestServer::Account m_owner;
    MainWindow *m_window = nullptr;
    qint64 m_overdueId = 0;
    qint64 m_dueId = 0;
};

void TestGuiAssets::initTestCase()
{
    QVERIFY2(startServer(), qPrintable(errorString()));
    m_officer = m_server.addUser(QStringLiteral("carol"), QStringLiteral("compliance_officer"));
    m_manager = m_server.addUser(QStringLiteral("mark"), QStringLiteral("manager"));
    m_owner = m_server.addUser(QStringLiteral("bob"), QStringLiteral("employee"));
    const QString managerToken = m_server.login(m_manager);
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

QTEST_MAIN(TestGuiAssets)
#include "tst_gui_assets.moc"
