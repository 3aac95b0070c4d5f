// The Access reviews page driven like a person would, offscreen, against a real
// compliance-stored: a compliance officer starts a campaign, revokes an employee's grant with
// a reason (the grant leaves the Access page's active grants), and exports the evidence as a
// CSV and a PDF; a reviewer without the permission cannot start one. Every model is watched by
// QAbstractItemModelTester for the whole test.

#include "ApiClient.h"
#include "CertificateTrust.h"
#include "GuiTestBase.h"
#include "TestServer.h"
#include "access-reviews/AccessReviewModel.h"
#include "access-reviews/AccessReviewsPage.h"
#include "access-reviews/StartAccessReviewDialog.h"
#include "access/AccessPage.h"
#include "access/GrantModel.h"
#include "shell/MainWindow.h"
#include "shell/NavigationBadges.h"
#include "tasks/TaskModel.h"
#include "tasks/TasksPage.h"
#include "users/UserModel.h"
#include "users/UsersPage.h"
#include "widgets/CommentDialog.h"
#include "widgets/DataTableView.h"
#include "widgets/MessageBar.h"
#include "widgets/TableFilterProxy.h"

#include <memory>
#include <vector>

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QCryptographicHash>
#include <QDateTimeEdit>
#include <QFile>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace cc;
using namespace cc::ui;

namespace {

const QString kReason = QStringLiteral("Bob moved to the warehouse team and no longer needs it");

} // namespace

class TestGuiAccessReviews : public test::GuiTestBase
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void cleanup();
    void officerRevokesAGrantAndExportsEvidence();
    void reviewerKeepsTheRestInBulkFromTheTasks();
    void reviewerWithoutPermissionCannotStart();
    void offboardingAtALaterDeparture();

private:
    test::TestServer::Account m_carol; // compliance officer, approved bob's grant
    test::TestServer::Account m_otis; // second compliance officer
    test::TestServer::Account m_bob; // employee with a grant
    test::TestServer::Account m_ada; // admin
    qint64 m_grant = 0;
};

void TestGuiAccessReviews::initTestCase()
{
    QVERIFY2(startServer(), qPrintable(errorString()));
    m_carol = m_server.addUser(QStringLiteral("carol"), QStringLiteral("compliance_officer"));
    m_otis = m_server.addUser(QStringLiteral("otis"), QStringLiteral("compliance_officer"));
    m_bob = m_server.addUser(QStringLiteral("bob"), QStringLiteral("employee"));
    m_ada = m_server.addUser(QStringLiteral("ada"), QStringLiteral("admin"));
    QVERIFY(m_carol.id > 0 && m_otis.id > 0 && m_bob.id > 0 && m_ada.id > 0);
    const QString bobToken = m_server.login(m_bob); // enrols bob's 2FA
    const QString carolToken = m_server.login(m_carol);
    QVERIFY(!bobToken.isEmpty() && !carolToken.isEmpty());
    const test::ApiReply requested = m_server.call(
        "POST", QStringLiteral("/access-requests"),
        {{QStringLiteral("category"), QStringLiteral("orders.pii")},
         {QStringLiteral("client"), QStringLiteral("ACME EU")},
         {QStringLiteral("reason"),
          QStringLiteral("Refund dispute on order 114-2231 needs the buyer address")},
         {QStringLiteral("duration_hours"), 48}},
        bobToken);
    QCOMPARE(requested.status, 201);
    const test::ApiReply approved
        = m_server.call("POST",
                        QStringLiteral("/access-requests/%1/approve")
                            .arg(requested.json.value(QStringLiteral("id")).toInteger()),
                        {}, carolToken);
    QCOMPARE(approved.status, 200);
    m_grant = approved.json.value(QStringLiteral("grant"))
                  .toObject()
                  .value(QStringLiteral("id"))
                  .toInteger();
}

void TestGuiAccessReviews::cleanupTestCase()
{
    cleanup();
}

void TestGuiAccessReviews::cleanup()
{
    closeWindows();
}

void TestGuiAccessReviews::officerRevokesAGrantAndExportsEvidence()
{
    MainWindow *window = openWindow(m_carol);
    QVERIFY(window);
    client::ApiClient *api = clientOf(window);
    AccessReviewsPage *page = window->page<AccessReviewsPage>();
    QVERIFY(page);
    AccessPage *access = window->page<AccessPage>();
    QCOMPARE(page->reviewModel()->rowCount(), 0);

    // Bob's grant is among the active grants on the Access page.
    auto *grantStatus = window->findChild<QComboBox *>(QStringLiteral("grantStatusCombo"));
    grantStatus->setCurrentIndex(grantStatus->findData(QStringLiteral("active")));
    QVERIFY(proxyRowOf(access->grantProxy(), m_grant) >= 0);

    // Start a campaign through the dialog.
    window->showPage(page);
    auto *start = page->findChild<QPushButton *>(QStringLiteral("startReviewButton"));
    QVERIFY(start->isEnabled());
    QTest::mouseClick(start, Qt::LeftButton);
    QPointer<StartAccessReviewDialog> dialog;
    QTRY_VERIFY((dialog = window->findChild<StartAccessReviewDialog *>()) && dialog->isVisible());
    auto *title = dialog->findChild<QLineEdit *>(QStringLiteral("titleEdit"));
    title->clear();
    QTest::keyClicks(title, QStringLiteral("GUI access review"));
    QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("startButton")),
                      Qt::LeftButton);
    QTRY_VERIFY2_WITH_TIMEOUT(!dialog, qPrintable(dialog ? dialog->errorText() : QString()),
                              20'000);
    QTRY_COMPARE_WITH_TIMEOUT(page->reviewModel()->rowCount(), 1, 20'000);
    QCOMPARE(page->reviewModel()->items().first().title, QStringLiteral("GUI access review"));
    const qint64 review = page->reviewModel()->items().first().id;
    QTRY_COMPARE_WITH_TIMEOUT(page->currentReviewId(), review, 20'000);
    // Grant + four roles; carol reviews what she approved and otis's role at least.
    QTRY_COMPARE_WITH_TIMEOUT(page->itemModel()->rowCount(), 5, 20'000);
    qint64 grantItem = 0;
    for (const client::AccessReviewItem &i : page->itemModel()->items()) {
        QVERIFY(i.reviewer != i.holder);
        if (i.kind == QLatin1String("grant") && i.grantId == m_grant)
            grantItem = i.id;
    }
    QVERIFY(grantItem != 0);

    // "My items" shows only carol's.
    auto *mine = page->findChild<QCheckBox *>(QStringLiteral("myItemsCheck"));
    QVERIFY(!mine->isChecked());
    QSignalSpy itemsLoaded(page, &AccessReviewsPage::itemsLoaded);
    QVERIFY(itemsLoaded.isValid());
    mine->setChecked(true);
    QTRY_VERIFY_WITH_TIMEOUT(itemsLoaded.count() >= 1, 20'000);
    QVERIFY(page->itemModel()->rowCount() < 5);
    for (const client::AccessReviewItem &i : page->itemModel()->items())
        QCOMPARE(i.reviewer, m_carol.username);

    // Carol's progress: none of her items decided yet.
    const int carolItems = page->itemModel()->rowCount();
    QProgressBar *progress = page->progressBar();
    QVERIFY(progress->isVisible());
    QCOMPARE(progress->maximum(), carolItems);
    QCOMPARE(progress->value(), 0);

    // Revoke bob's grant with a reason, its context beside it: bob signed in, never used the
    // grant, and had no orders.pii grant before.
    const int row = proxyRowOf(page->itemProxy(), grantItem);
    QVERIFY(row >= 0);
    clickRow(page->itemsView(), row);
    QLabel *context = page->contextLabel();
    QTRY_VERIFY(context->isVisible());
    QVERIFY2(context->text().contains(QStringLiteral("last signed in")),
             qPrintable(context->text()));
    QVERIFY2(!context->text().contains(QStringLiteral("last signed in: never")),
             qPrintable(context->text()));
    QVERIFY2(context->text().contains(QStringLiteral("grant last used: never")),
             qPrintable(context->text()));
    QVERIFY2(context->text().contains(QStringLiteral("earlier orders.pii grants: 0")),
             qPrintable(context->text()));
    auto *revoke = page->findChild<QPushButton *>(QStringLiteral("revokeItemButton"));
    QTRY_VERIFY(revoke->isEnabled());
    QTest::mouseClick(revoke, Qt::LeftButton);
    QPointer<CommentDialog> confirm;
    QTRY_VERIFY(
        (confirm = window->findChild<CommentDialog *>(QStringLiteral("reviewDecisionDialog")))
        && confirm->isVisible());
    // A reason that says nothing is refused with the server's words; the dialog stays.
    QTest::keyClicks(confirm->findChild<QPlainTextEdit *>(QStringLiteral("commentEdit")),
                     QStringLiteral("no"));
    QTest::mouseClick(confirm->findChild<QPushButton *>(QStringLiteral("okButton")),
                      Qt::LeftButton);
    // The server names the field: the message stands under the reason, the cursor in it.
    QTRY_VERIFY_WITH_TIMEOUT(!confirm->commentError().isEmpty(), 20'000);
    QVERIFY(confirm->commentError().contains(QStringLiteral("reason")));
    QVERIFY(confirm->errorText().isEmpty());
    auto *comment = confirm->findChild<QPlainTextEdit *>(QStringLiteral("commentEdit"));
    QCOMPARE(comment->toPlainText(), QStringLiteral("no"));
    QCOMPARE(confirm->focusWidget(), comment);
    comment->clear();
    QTest::keyClicks(comment, kReason);
    QTest::mouseClick(confirm->findChild<QPushButton *>(QStringLiteral("okButton")),
                      Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(!confirm, 20'000);
    const auto decisionOf = [&](qint64 id) {
        for (const client::AccessReviewItem &i : page->itemModel()->items()) {
            if (i.id == id)
                return i.decision;
        }
        return QString();
    };
    QTRY_COMPARE_WITH_TIMEOUT(decisionOf(grantItem), QStringLiteral("revoke"), 20'000);
    // On to the next item still open, and the progress counts the decision.
    QTRY_COMPARE_WITH_TIMEOUT(progress->value(), 1, 20'000);
    QCOMPARE(progress->maximum(), carolItems);
    const auto selectedItem = [&]() -> client::AccessReviewItem {
        const QModelIndexList rows = page->itemsView()->selectionModel()->selectedRows();
        if (rows.size() != 1)
            return {};
        return *page->itemModel()->itemAt(page->itemProxy()->mapToSource(rows.first()).row());
    };
    if (carolItems > 1) {
        QTRY_VERIFY_WITH_TIMEOUT(selectedItem().id != 0 && selectedItem().id != grantItem, 20'000);
        QVERIFY(selectedItem().canDecide);
    }

    // The grant has left the Access page's active grants.
    access->refresh();
    QTRY_VERIFY_WITH_TIMEOUT(access->hasLoaded(), 20'000);
    QCOMPARE(proxyRowOf(access->grantProxy(), m_grant), -1);
    grantStatus->setCurrentIndex(grantStatus->findData(QStringLiteral("revoked")));
    QVERIFY(proxyRowOf(access->grantProxy(), m_grant) >= 0);

    // Export the evidence: the server's CSV, byte for byte, and a PDF of it.
    QTemporaryDir out;
    QVERIFY(out.isValid());
    QVERIFY(page->findChild<QPushButton *>(QStringLiteral("exportEvidenceButton"))->isEnabled());
    QSignalSpy exported(page, &AccessReviewsPage::evidenceExported);
    QSignalSpy failed(page, &AccessReviewsPage::exportFailed);
    QVERIFY(exported.isValid() && failed.isValid());
    page->exportEvidenceTo(out.filePath(QStringLiteral("evidence.csv")));
    QTRY_VERIFY_WITH_TIMEOUT(exported.count() + failed.count() == 1, 30'000);
    QVERIFY2(failed.isEmpty(),
             failed.isEmpty() ? "" : qPrintable(failed.first().first().toString()));
    QCOMPARE(exported.first().at(1).toString(), out.filePath(QStringLiteral("evidence.pdf")));
    QFile csv(out.filePath(QStringLiteral("evidence.csv")));
    QVERIFY(csv.open(QIODevice::ReadOnly));
    const QByteArray csvBytes = csv.readAll();
    QVERIFY(csvBytes.startsWith("review_id,item_id,kind,holder,"));
    QVERIFY(csvBytes.contains(",grant,bob,"));
    QVERIFY(csvBytes.contains(kReason.toUtf8()));
    const test::ApiReply server
        = m_server.call("GET", QStringLiteral("/access-reviews/%1/report?format=csv").arg(review),
                        {}, api->token());
    QCOMPARE(server.status, 200);
    QCOMPARE(csvBytes, server.raw);
    QFile pdf(out.filePath(QStringLiteral("evidence.pdf")));
    QVERIFY(pdf.open(QIODevice::ReadOnly));
    const QByteArray pdfBytes = pdf.readAll();
    QVERIFY(pdfBytes.startsWith("%PDF"));
    QVERIFY(pdfBytes.size() > 1000);
}

// Otis opens a review item from his Tasks page, goes from item to item with Next, and keeps
// the rest of his items at once with one reason.
void TestGuiAccessReviews::reviewerKeepsTheRestInBulkFromTheTasks()
{
    MainWindow *window = openWindow(m_otis);
    QVERIFY(window);
    TasksPage *tasks = window->page<TasksPage>();
    QCOMPARE(window->currentPage(), static_cast<Page *>(tasks));
    QTRY_VERIFY_WITH_TIMEOUT(tasks->hasLoaded(), 20'000);
    int taskRow = -1;
    int reviewTasks = 0;
    for (int r = 0; r < tasks->model()->rowCount(); ++r) {
        if (tasks->model()->itemAt(r)->kind == QLatin1String("access_review_item")) {
            ++reviewTasks;
            if (taskRow < 0)
                taskRow = r;
        }
    }
    QVERIFY(taskRow >= 0);
    QTRY_COMPARE_WITH_TIMEOUT(window->badges()->count(QStringLiteral("reviews")), reviewTasks,
                              20'000);
    const qint64 wanted = tasks->model()->itemAt(taskRow)->objectId.toLongLong();
    clickRow(tasks->view(), taskRow);
    QTest::mouseClick(tasks->findChild<QPushButton *>(QStringLiteral("openTaskButton")),
                      Qt::LeftButton);
    AccessReviewsPage *page = window->page<AccessReviewsPage>();
    QTRY_COMPARE(window->currentPage(), static_cast<Page *>(page));
    const auto selectedIds = [&] {
        QList<qint64> ids;
        for (const QModelIndex &row : page->itemsView()->selectionModel()->selectedRows())
            ids << row.data(PagedTableModel::IdRole).toLongLong();
        return ids;
    };
    QTRY_COMPARE_WITH_TIMEOUT(selectedIds(), QList<qint64>({wanted}), 20'000);
    QVERIFY(page->findChild<QCheckBox *>(QStringLiteral("myItemsCheck"))->isChecked());
    QCOMPARE(page->itemModel()->rowCount(), reviewTasks);
    QCOMPARE(page->progressBar()->value(), 0);
    QCOMPARE(page->progressBar()->maximum(), reviewTasks);

    // Next goes to another open item, and round again.
    auto *next = page->findChild<QPushButton *>(QStringLiteral("nextItemButton"));
    QVERIFY(next->isEnabled());
    QTest::mouseClick(next, Qt::LeftButton);
    if (reviewTasks > 1)
        QVERIFY(selectedIds() != QList<qint64>({wanted}));
    QCOMPARE(selectedIds().size(), 1);

    // Everything selected, one reason, every item kept.
    page->itemsView()->selectAll();
    auto *keep = page->findChild<QPushButton *>(QStringLiteral("keepButton"));
    QTRY_VERIFY(keep->isEnabled());
    QTest::mouseClick(keep, Qt::LeftButton);
    QPointer<CommentDialog> confirm;
    QTRY_VERIFY(
        (confirm = window->findChild<CommentDialog *>(QStringLiteral("reviewDecisionDialog")))
        && confirm->isVisible());
    QVERIFY(confirm->findChild<QLabel *>(QStringLiteral("descriptionLabel"))
                ->text()
                .contains(QStringLiteral("last signed in")));
    QTest::keyClicks(confirm->commentEdit(),
                     QStringLiteral("Still in the same team and duties as last quarter"));
    QTest::mouseClick(confirm->findChild<QPushButton *>(QStringLiteral("okButton")),
                      Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(!confirm, 20'000);
    const auto allKept = [&] {
        for (const client::AccessReviewItem &i : page->itemModel()->items()) {
            if (i.decision != QLatin1String("keep")
                || i.reason != QLatin1String("Still in the same team and duties as last quarter"))
                return false;
        }
        return page->itemModel()->rowCount() == reviewTasks;
    };
    QTRY_VERIFY_WITH_TIMEOUT(allKept(), 30'000);
    QTRY_COMPARE_WITH_TIMEOUT(page->progressBar()->value(), reviewTasks, 20'000);
    const QString said
        = window->findChild<MessageBar *>(QStringLiteral("accessReviewsMessage"))->text();
    if (reviewTasks > 1)
        QVERIFY2(said.contains(tr("%1 items, with one reason").arg(reviewTasks)), qPrintable(said));
    // Nothing left for Otis: the badge goes.
    window->refresh();
    QTRY_COMPARE_WITH_TIMEOUT(window->badges()->count(QStringLiteral("reviews")), 0, 20'000);

    // Carol's campaign is still open: a second one is refused, and the dialog keeps the title
    // typed with the cursor back in the form, not on Cancel.
    QTest::mouseClick(page->findChild<QPushButton *>(QStringLiteral("startReviewButton")),
                      Qt::LeftButton);
    QPointer<StartAccessReviewDialog> start;
    QTRY_VERIFY((start = window->findChild<StartAccessReviewDialog *>()) && start->isVisible());
    auto *title = start->findChild<QLineEdit *>(QStringLiteral("titleEdit"));
    title->clear();
    QTest::keyClicks(title, QStringLiteral("Second review"));
    QTest::mouseClick(start->findChild<QPushButton *>(QStringLiteral("startButton")),
                      Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(!start->errorText().isEmpty(), 20'000);
    QVERIFY(start->isVisible());
    QCOMPARE(title->text(), QStringLiteral("Second review"));
    QCOMPARE(start->focusWidget(), title);
    start->reject();
}

void TestGuiAccessReviews::reviewerWithoutPermissionCannotStart()
{
    MainWindow *window = openWindow(m_ada);
    QVERIFY(window);
    AccessReviewsPage *page = window->page<AccessReviewsPage>();
    QVERIFY(page);
    QVERIFY(!page->findChild<QPushButton *>(QStringLiteral("startReviewButton"))->isEnabled());
    QVERIFY(!page->findChild<QPushButton *>(QStringLiteral("exportEvidenceButton"))->isEnabled());
    // Ada reviews nothing: she sees no campaign, and "My items" is her default. The open
    // campaign exists, so she is not told that no review ever ran.
    QVERIFY(page->findChild<QCheckBox *>(QStringLiteral("myItemsCheck"))->isChecked());
    QCOMPARE(page->reviewModel()->rowCount(), 0);
    QVERIFY(!page->reviewsView()->emptyText().contains(QStringLiteral("No access review yet")));
    QCOMPARE(page->reviewsView()->emptyText(),
             QStringLiteral("No access review has items for you to review."));
}

void TestGuiAccessReviews::offboardingAtALaterDeparture()
{
    MainWindow *window = openWindow(m_ada);
    QVERIFY(window);
    UsersPage *users = window->page<UsersPage>();
    QVERIFY(users);
    window->showPage(users);
    const int row = proxyRowOf(users->proxy(), m_bob.id);
    QVERIFY(row >= 0);
    clickRow(users->view(), row);
    auto *offboard = window->findChild<QPushButton *>(QStringLiteral("offboardButton"));
    QTRY_VERIFY(offboard->isEnabled());
    QTest::mouseClick(offboard, Qt::LeftButton);
    QPointer<CommentDialog> confirm;
    QTRY_VERIFY((confirm = window->findChild<CommentDialog *>()) && confirm->isVisible());
    auto *departure = confirm->findChild<QDateTimeEdit *>(QStringLiteral("departureEdit"));
    QVERIFY(departure);
    // Defaults to now; the departure here is tomorrow at this minute.
    QVERIFY(qAbs(departure->dateTime().secsTo(QDateTime::currentDateTime())) < 120);
    const QDateTime tomorrow = QDateTime::currentDateTime().addDays(1);
    departure->setDateTime(tomorrow);
    QTest::mouseClick(confirm->findChild<QPushButton *>(QStringLiteral("okButton")),
                      Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(!confirm, 20'000);
    const auto bob = [&] {
        for (const client::User &u : users->model()->items()) {
            if (u.id == m_bob.id)
                return u;
        }
        return client::User();
    };
    QTRY_VERIFY_WITH_TIMEOUT(bob().departureAt.isValid(), 20'000);
    QCOMPARE(bob().status, QStringLiteral("active"));
    QCOMPARE(bob().departureAt.toSecsSinceEpoch() / 60, tomorrow.toSecsSinceEpoch() / 60);
    QVERIFY(!bob().accessRevokedAt.isValid());
    int bobRow = -1;
    for (int r = 0; r < users->model()->rowCount(); ++r) {
        if (users->model()->items().at(r).id == m_bob.id)
            bobRow = r;
    }
    const QModelIndex cell = users->model()->index(bobRow, UserModel::Departure);
    QVERIFY2(cell.data().toString().startsWith(QStringLiteral("leaves ")),
             qPrintable(cell.data().toString()));
}

QTEST_MAIN(TestGuiAccessReviews)
#include "tst_gui_access_reviews.moc"
