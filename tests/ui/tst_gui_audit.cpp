// The Audit page of a real MainWindow, offscreen, against a real compliance-stored whose store
// holds 1,000,000 audit events (seeded in this process before the server starts, hashed like
// audit::append): the first page is shown newest first, scrolling the table fetches the next
// pages from the server and only those (the model never holds more than the pages asked for),
// the filters are answered by the server, the detail pane shows every field, and the page's
// own verification runs over a chain with its progress bar. The model is watched by
// QAbstractItemModelTester for the whole test.

#include "ApiClient.h"
#include "AuditSeed.h"
#include "CertificateTrust.h"
#include "Clock.h"
#include "GuiTestBase.h"
#include "TestServer.h"
#include "audit/AuditEventModel.h"
#include "audit/AuditLog.h"
#include "audit/AuditPage.h"
#include "shell/MainWindow.h"
#include "widgets/DataTableView.h"

#include <memory>

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDateTimeEdit>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QScrollBar>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>

using namespace cc;
using namespace cc::ui;

namespace {
// A million, as a store keeps in a year. The sanitizer run (`./dev asan`) asks for fewer through
// COMPLIANCE_GUI_AUDIT_EVENTS: it hunts memory errors, and ASan makes verifying a million
// events outlast any sensible timeout.
const qint64 kEvents = qEnvironmentVariableIntValue("COMPLIANCE_GUI_AUDIT_EVENTS") > 0
    ? qEnvironmentVariableIntValue("COMPLIANCE_GUI_AUDIT_EVENTS")
    : 1'000'000;
constexpr qint64 kStepMs = 2000; // one seeded event every 2 s, the last one just now
} // namespace

class TestGuiAudit : public test::GuiTestBase
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void firstPageIsShownNewestFirst();
    void scrollingFetchesLaterPagesOnly();
    void detailPaneShowsEveryField();
    void filtersAreAppliedByTheServer();
    void timeRangeIsAppliedByTheServer();
    void verificationShowsProgressAndResult();

private:
    template<typename T> T *find(const char *name) const
    {
        return m_page ? m_page->findChild<T *>(QString::fromLatin1(name)) : nullptr;
    }
    void apply();

    test::TestServer::Account m_officer;
    MainWindow *m_window = nullptr;
    AuditPage *m_page = nullptr;
    std::unique_ptr<QSignalSpy> m_painted;
    qint64 m_seededEndMs = 0;
    qint64 m_firstSeeded = 0;
};

void TestGuiAudit::initTestCase()
{
    // The store first, filled before the server opens it.
    QByteArray err;
    QCOMPARE(m_server.runCtl({QStringLiteral("init")}, nullptr, &err), 0);
    {
        SystemClock clock;
        auto store = Store::open(m_server.dataDir(), clock, m_server.database().url());
        QVERIFY2(store.ok(), store.ok() ? "" : qPrintable(store.error().message));
        m_firstSeeded = audit::head(**store).value().seq + 1;
        m_seededEndMs = QDateTime::currentMSecsSinceEpoch() - 60'000;
        const Result<void> seeded = test::seedAuditEvents(**store, kEvents, m_seededEndMs, kStepMs);
        QVERIFY2(seeded.ok(), seeded.ok() ? "" : qPrintable(seeded.error().message));
    }
    QVERIFY2(startServer(), qPrintable(errorString()));
    m_officer = m_server.addUser(QStringLiteral("carol"), QStringLiteral("compliance_officer"));
    QVERIFY(m_officer.id > 0);

    m_window = openWindow(m_officer, {1400, 900});
    QVERIFY(m_window);
    m_page = m_window->page<AuditPage>();
    QVERIFY(m_page); // the officer holds audit:read
    // The table is painted once its page is on show.
    m_painted = std::make_unique<QSignalSpy>(m_page, &AuditPage::firstRowsPainted);
    QVERIFY(m_painted->isValid());
    m_window->showPage(m_page);
}

void TestGuiAudit::cleanupTestCase()
{
    m_painted.reset();
    closeWindows();
}

void TestGuiAudit::apply()
{
    QSignalSpy loaded(m_page->model(), &PagedTableModel::loaded);
    QVERIFY(loaded.isValid());
    QTest::mouseClick(find<QPushButton>("auditApplyFilterButton"), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(loaded.count() >= 1, 60'000);
    QVERIFY2(m_page->model()->errorString().isEmpty(), qPrintable(m_page->model()->errorString()));
}

void TestGuiAudit::firstPageIsShownNewestFirst()
{
    AuditEventModel *model = m_page->model();
    QTRY_VERIFY_WITH_TIMEOUT(m_page->hasLoaded(), 60'000);
    QVERIFY2(model->errorString().isEmpty(), qPrintable(model->errorString()));
    QCOMPARE(model->rowCount(), AuditEventModel::kPageSize);
    // The table painted those rows (what the benchmark times).
    QTRY_COMPARE_WITH_TIMEOUT(m_painted->count(), 1, 30'000);
    // Newest first: the officer's own sign-in and reads are after the million seeded events.
    const qint64 top = model->itemAt(0)->event.seq;
    QVERIFY(top > m_firstSeeded + kEvents - 1);
    for (int row = 1; row < model->rowCount(); ++row)
        QVERIFY(model->itemAt(row)->event.seq < model->itemAt(row - 1)->event.seq);
    QVERIFY(model->hasMore());
    QVERIFY(model->canFetchMore({}));
    auto *count = find<QLabel>("auditRowCount");
    QVERIFY(count);
    QVERIFY2(count->text().contains(QStringLiteral("200 events")), qPrintable(count->text()));
}

void TestGuiAudit::scrollingFetchesLaterPagesOnly()
{
    AuditEventModel *model = m_page->model();
    DataTableView *view = m_page->view();
    QVERIFY(view->isVisible());
    for (int pages = 2; pages <= 4; ++pages) {
        // The view asks for more when its scroll bar reaches the end, as a person scrolling
        // does.
        QTRY_VERIFY(view->verticalScrollBar()->maximum() > 0);
        view->scrollToBottom();
        QTRY_COMPARE_WITH_TIMEOUT(model->rowCount(), pages * AuditEventModel::kPageSize, 60'000);
        QTRY_VERIFY(!model->isLoading());
        // Bounded: exactly the pages scrolled to, never the log.
        QCOMPARE(model->rowCount(), pages * AuditEventModel::kPageSize);
    }
    // The seeded events, in one unbroken descending run.
    for (int row = 1; row < model->rowCount(); ++row)
        QCOMPARE(model->itemAt(row)->event.seq, model->itemAt(row - 1)->event.seq - 1);
    QVERIFY(model->rowCount() < kEvents); // never the whole log
}

void TestGuiAudit::detailPaneShowsEveryField()
{
    DataTableView *view = m_page->view();
    AuditEventModel *model = m_page->model();
    const int row = 300; // a seeded event on the second page
    view->selectRow(row);
    view->setCurrentIndex(view->model()->index(row, 0));
    auto *detail = find<QTreeWidget>("auditDetail");
    QVERIFY(detail);
    const AuditEvent &e = model->itemAt(row)->event;
    QTRY_VERIFY(detail->topLevelItemCount() > 10);
    QHash<QString, QString> fields;
    for (int i = 0; i < detail->topLevelItemCount(); ++i)
        fields.insert(detail->topLevelItem(i)->text(0), detail->topLevelItem(i)->text(1));
    QCOMPARE(fields.value(QStringLiteral("Event")), QString::number(e.seq));
    QVERIFY(fields.value(QStringLiteral("Actor")).startsWith(e.actor));
    // The action in words, with its name in the log beside it.
    QVERIFY(fields.value(QStringLiteral("Action")).endsWith(QStringLiteral("(%1)").arg(e.action)));
    QCOMPARE(fields.value(QStringLiteral("Detail as recorded")), e.detail);
    QCOMPARE(fields.value(QStringLiteral("Time in UTC")),
             QDateTime::fromMSecsSinceEpoch(e.atMs, Qt::UTC).toString(Qt::ISODateWithMs));
    QCOMPARE(fields.value(QStringLiteral("Hash")), e.hash);
    QCOMPARE(fields.value(QStringLiteral("Previous hash")), e.prevHash);
    QCOMPARE(e.prevHash, model->itemAt(row + 1)->event.hash);
    QCOMPARE(fields.value(QStringLiteral("Hash check")),
             QStringLiteral("content recomputes to the recorded hash"));
}

void TestGuiAudit::filtersAreAppliedByTheServer()
{
    AuditEventModel *model = m_page->model();
    // analyst20 and denied: 1 seeded event in 200, so 5,000 of the million; the first page is
    // all theirs, with more behind it.
    const int matching = int(qMin<qint64>(AuditEventModel::kPageSize, kEvents / 200));
    find<QLineEdit>("auditActorFilter")->setText(QStringLiteral("analyst20"));
    auto *outcome = find<QComboBox>("auditOutcomeFilter");
    outcome->setCurrentIndex(outcome->findData(QStringLiteral("denied")));
    apply();
    QCOMPARE(model->rowCount(), matching);
    for (int row = 0; row < model->rowCount(); ++row) {
        const AuditEvent &e = model->itemAt(row)->event;
        QCOMPARE(e.actor, QStringLiteral("analyst20"));
        QCOMPARE(e.outcome, QStringLiteral("denied"));
        if (row > 0)
            QCOMPARE(e.seq, model->itemAt(row - 1)->event.seq - 200);
    }
    QCOMPARE(model->hasMore(), kEvents / 200 > AuditEventModel::kPageSize);

    // One order: 200 of the million, exactly one page and nothing more.
    find<QLineEdit>("auditActorFilter")->clear();
    outcome->setCurrentIndex(0);
    find<QLineEdit>("auditObjectTypeFilter")->setText(QStringLiteral("order"));
    find<QLineEdit>("auditObjectIdFilter")->setText(QStringLiteral("123"));
    apply();
    QCOMPARE(model->rowCount(), int(qMin<qint64>(200, kEvents / 5000)));
    QVERIFY(!model->hasMore());
    QVERIFY(!model->canFetchMore({}));
    for (int row = 0; row < model->rowCount(); ++row)
        QCOMPARE(model->itemAt(row)->event.objectId, QStringLiteral("123"));

    // An action prefix.
    find<QLineEdit>("auditObjectTypeFilter")->clear();
    find<QLineEdit>("auditObjectIdFilter")->clear();
    find<QLineEdit>("auditActionFilter")->setText(QStringLiteral("session.*"));
    apply();
    QVERIFY(model->rowCount() > 0);
    for (int row = 0; row < model->rowCount(); ++row)
        QVERIFY(model->itemAt(row)->event.action.startsWith(QStringLiteral("session.")));

    // Clear: the whole log again, newest first.
    QSignalSpy loaded(model, &PagedTableModel::loaded);
    QVERIFY(loaded.isValid());
    QTest::mouseClick(find<QPushButton>("auditClearFilterButton"), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(loaded.count() >= 1, 60'000);
    QCOMPARE(model->rowCount(), AuditEventModel::kPageSize);
    QVERIFY(model->itemAt(0)->event.seq > m_firstSeeded + kEvents - 1);
    QVERIFY(model->filter().isEmpty());
}

void TestGuiAudit::timeRangeIsAppliedByTheServer()
{
    AuditEventModel *model = m_page->model();
    // One hour in the middle of the seeded events: 1,800 of them, 200 on the first page.
    const QDateTime to
        = QDateTime::fromMSecsSinceEpoch(m_seededEndMs - kEvents / 2 * kStepMs).toLocalTime();
    const QDateTime from = to.addSecs(-3600);
    find<QCheckBox>("auditFromCheck")->setChecked(true);
    find<QDateTimeEdit>("auditFromEdit")->setDateTime(from);
    find<QCheckBox>("auditToCheck")->setChecked(true);
    find<QDateTimeEdit>("auditToEdit")->setDateTime(to);
    apply();
    QCOMPARE(model->rowCount(), AuditEventModel::kPageSize);
    QVERIFY(model->hasMore());
    const QDateTime shownFrom = find<QDateTimeEdit>("auditFromEdit")->dateTime();
    const QDateTime shownTo = find<QDateTimeEdit>("auditToEdit")->dateTime();
    for (int row = 0; row < model->rowCount(); ++row) {
        const qint64 at = model->itemAt(row)->event.atMs;
        QVERIFY(at >= shownFrom.toMSecsSinceEpoch());
        QVERIFY(at < shownTo.toMSecsSinceEpoch());
    }
    // The newest in range comes first: just before "to".
    QVERIFY(model->itemAt(0)->event.atMs >= shownTo.toMSecsSinceEpoch() - kStepMs);

    // Evidence of that hour, saved as the server signed it: a header, the events, a signature.
    QTemporaryDir exportDir;
    QVERIFY(exportDir.isValid());
    const QString path = exportDir.filePath(QStringLiteral("evidence.jsonl"));
    QSignalSpy exported(m_page, &AuditPage::exportFinished);
    QVERIFY(exported.isValid());
    m_page->exportEvidence(path);
    QTRY_VERIFY_WITH_TIMEOUT(exported.count() == 1, 60'000);
    QVERIFY2(exported.at(0).at(0).toBool(), qPrintable(exported.at(0).at(1).toString()));
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QList<QByteArray> lines = file.readAll().trimmed().split('\n');
    QCOMPARE(lines.size(), 1800 + 2);
    QVERIFY(lines.last().contains("\"signature\""));
    QVERIFY(lines.at(1).contains("\"prev_hash\""));

    QSignalSpy loaded(model, &PagedTableModel::loaded);
    QVERIFY(loaded.isValid());
    QTest::mouseClick(find<QPushButton>("auditClearFilterButton"), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(loaded.count() >= 1, 60'000);
}

void TestGuiAudit::verificationShowsProgressAndResult()
{
    auto *verify = find<QPushButton>("auditVerifyButton");
    auto *progress = find<QProgressBar>("auditVerifyProgress");
    auto *result = find<QLabel>("auditVerifyResult");
    QVERIFY(verify && progress && result);
    client::AuditVerifier *verifier = m_page->verifier();
    QSignalSpy steps(verifier, &client::AuditVerifier::progress);
    QSignalSpy finished(verifier, &client::AuditVerifier::finished);
    QVERIFY(steps.isValid() && finished.isValid());
    // A checkpoint signed now is anchored outside the database, which the check must reach.
    QByteArray err;
    QCOMPARE(
        m_server.runCtl({QStringLiteral("audit"), QStringLiteral("checkpoint")}, nullptr, &err), 0);
    // The console's own check: the whole log, downloaded and recomputed.
    QTest::mouseClick(verify, Qt::LeftButton);
    QVERIFY(progress->isVisible());
    QVERIFY(!verify->isEnabled());
    QTRY_VERIFY_WITH_TIMEOUT(finished.count() == 1, 240'000);
    const client::AuditVerifier::Outcome &outcome = verifier->lastOutcome();
    QVERIFY2(outcome.intact, qPrintable(outcome.message));
    QVERIFY(outcome.eventsChecked > kEvents);
    QVERIFY(steps.count() >= kEvents / 5000); // a step per page of 5,000
    QVERIFY(!progress->isVisible());
    QVERIFY(verify->isEnabled());
    QVERIFY2(result->text().contains(QStringLiteral("Intact")), qPrintable(result->text()));
    // The anchor check, in words on the page.
    QVERIFY(outcome.anchorsMatched >= 1);
    QVERIFY2(result->text().contains(
                 QStringLiteral("matched the server's anchors outside its database")),
             qPrintable(result->text()));
    auto *remembered = find<QLabel>("auditLastVerified");
    QVERIFY2(remembered->text().contains(QStringLiteral("Last verified by this console")),
             qPrintable(remembered->text()));

    // The server's own verdict, streamed.
    QSignalSpy server(m_page, &AuditPage::serverVerificationFinished);
    QVERIFY(server.isValid());
    QTest::mouseClick(find<QPushButton>("auditServerVerifyButton"), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(server.count() == 1, 240'000);
    QVERIFY(m_page->serverVerification().done);
    QVERIFY(m_page->serverVerification().intact);
    QVERIFY(m_page->serverVerification().eventCount > kEvents);
    QVERIFY2(result->text().contains(QStringLiteral("says the server")),
             qPrintable(result->text()));
}

QTEST_MAIN(TestGuiAudit)
#include "tst_gui_audit.moc"
