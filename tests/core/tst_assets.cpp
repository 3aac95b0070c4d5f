// Asset inventory rules and services with an injected clock: six-month arithmetic at month
// ends, reminder states and thresholds, reminders sent once (also after reopening the store),
// CSV import errors with nothing stored, who may review, and the audit of every change.

#include "MockClock.h"
#include "audit/AuditLog.h"
#include "crypto/Crypto.h"
#include "domain/AssetCsv.h"
#include "domain/AssetRules.h"
#include "domain/Roles.h"
#include "service/Accounts.h"
#include "service/Assets.h"
#include "service/Notifications.h"
#include "store/Store.h"

#include <QTemporaryDir>
#include <QTest>

using namespace cc;
using cc::test::MockClock;

class TestAssets : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void addMonthsClampsToMonthEnd_data();
    void addMonthsClampsToMonthEnd();
    void reviewStateThresholds_data();
    void reviewStateThresholds();
    void reminderThresholds_data();
    void reminderThresholds();
    void newAssetDueOneIntervalAfterCreation();
    void reviewSetsNextDueAndIsAudited();
    void reviewRules();
    void onlyOwnerManagerOrOfficerReviews();
    void employeesSeeOnlyTheirOwn();
    void stateFilterAndDueOrder();
    void remindersOnceEachEvenAfterReopen();
    void csvImportErrorsStoreNothing_data();
    void csvImportErrorsStoreNothing();
    void csvImportStoresAllAndQuotes();
    void csvExportRoundTripsImportColumns();

private:
    Caller callerFor(const QString &username, const QString &role);
    qint64 count(const QString &table);
    Asset makeAsset(const QString &name, const QString &owner, const QDate &lastReview = {});

    QTemporaryDir *m_dir = nullptr;
    MockClock m_clock;
    std::unique_ptr<Store> m_store;
    Caller m_officer;
    Caller m_manager;
    Caller m_employee;
    Caller m_other;
};

void TestAssets::initTestCase()
{
    QVERIFY(crypto::init().ok());
}

Caller TestAssets::callerFor(const QString &username, const QString &role)
{
    NewUser u;
    u.username = username;
    u.email = username + QStringLiteral("@example.com");
    u.displayName = username;
    u.roles = {role};
    u.password = QByteArrayLiteral("correct horse battery staple");
    Result<CreatedUser> created = Accounts(*m_store).addUser(Caller::localOperator(), u);
    if (!created)
        qFatal("cannot add %s: %s", qPrintable(username), qPrintable(created.error().message));
    return Caller::forUser(created->user);
}

void TestAssets::init()
{
    m_clock.set(QDateTime(QDate(2026, 1, 5), QTime(9, 0), Qt::UTC));
    m_dir = new QTemporaryDir;
    QVERIFY(m_dir->isValid());
    QVERIFY(Store::create(m_dir->path()).ok());
    Result<std::unique_ptr<Store>> opened = Store::open(m_dir->path(), m_clock);
    QVERIFY2(opened.ok(), opened.ok() ? "" : qPrintable(opened.error().message));
    m_store = std::move(opened.value());
    m_officer = callerFor(QStringLiteral("olga"), QStringLiteral("compliance_officer"));
    m_manager = callerFor(QStringLiteral("max"), QStringLiteral("manager"));
    m_employee = callerFor(QStringLiteral("emil"), QStringLiteral("employee"));
    m_other = callerFor(QStringLiteral("otto"), QStringLiteral("employee"));
}

void TestAssets::cleanup()
{
    m_store.reset();
    delete m_dir;
    m_dir = nullptr;
}

qint64 TestAssets::count(const QString &table)
{
    Result<Query> q = m_store->exec(QStringLiteral("SELECT COUNT(*) FROM ") + table);
    if (!q || !q->next())
        return -1;
    return q->value(0).toLongLong();
}

Asset TestAssets::makeAsset(const QString &name, const QString &owner, const QDate &lastReview)
{
    NewAsset a;
    a.name = name;
    a.kind = QStringLiteral("server");
    a.owner = owner;
    a.location = QStringLiteral("rack 1");
    a.holdsAmazonData = true;
    a.lastReview = lastReview;
    Result<Asset> created = Assets(*m_store).create(m_manager, a);
    if (!created)
        qWarning("create failed: %s", qPrintable(created.error().message));
    return created ? created.value() : Asset {};
}

void TestAssets::addMonthsClampsToMonthEnd_data()
{
    QTest::addColumn<QDate>("from");
    QTest::addColumn<int>("months");
    QTest::addColumn<QDate>("expected");
    QTest::newRow("31 Aug -> 28 Feb") << QDate(2025, 8, 31) << 6 << QDate(2026, 2, 28);
    QTest::newRow("31 Aug -> 29 Feb leap") << QDate(2027, 8, 31) << 6 << QDate(2028, 2, 29);
    QTest::newRow("29 Aug -> 28 Feb") << QDate(2025, 8, 29) << 6 << QDate(2026, 2, 28);
    QTest::newRow("28 Aug -> 28 Feb") << QDate(2025, 8, 28) << 6 << QDate(2026, 2, 28);
    QTest::newRow("31 Mar -> 30 Sep") << QDate(2026, 3, 31) << 6 << QDate(2026, 9, 30);
    QTest::newRow("31 Dec -> 30 Jun") << QDate(2025, 12, 31) << 6 << QDate(2026, 6, 30);
    QTest::newRow("29 Feb leap -> 29 Aug") << QDate(2028, 2, 29) << 6 << QDate(2028, 8, 29);
    QTest::newRow("30 Sep -> 30 Mar") << QDate(2026, 9, 30) << 6 << QDate(2027, 3, 30);
    QTest::newRow("15 Jul -> 15 Jan next year") << QDate(2026, 7, 15) << 6 << QDate(2027, 1, 15);
    QTest::newRow("31 May +3 -> 31 Aug") << QDate(2026, 5, 31) << 3 << QDate(2026, 8, 31);
    QTest::newRow("31 Jan +1 -> 28 Feb") << QDate(2026, 1, 31) << 1 << QDate(2026, 2, 28);
}

void TestAssets::addMonthsClampsToMonthEnd()
{
    QFETCH(QDate, from);
    QFETCH(int, months);
    QFETCH(QDate, expected);
    QCOMPARE(addReviewInterval(from, months), expected);
    Policy policy;
    policy.assetReviewMonths = months;
    QCOMPARE(nextReviewDue(from, policy), expected);
}

void TestAssets::reviewStateThresholds_data()
{
    QTest::addColumn<int>("daysLeft");
    QTest::addColumn<bool>("retired");
    QTest::addColumn<QString>("state");
    QTest::newRow("far") << 120 << false << QStringLiteral("ok");
    QTest::newRow("30 days: ok") << 30 << false << QStringLiteral("ok");
    QTest::newRow("29 days: due soon") << 29 << false << QStringLiteral("due_soon");
    QTest::newRow("7 days: due soon") << 7 << false << QStringLiteral("due_soon");
    QTest::newRow("6 days: this week") << 6 << false << QStringLiteral("due_this_week");
    QTest::newRow("due today: this week") << 0 << false << QStringLiteral("due_this_week");
    QTest::newRow("1 day late: overdue") << -1 << false << QStringLiteral("overdue");
    QTest::newRow("retired never due") << -100 << true << QStringLiteral("retired");
}

void TestAssets::reviewStateThresholds()
{
    QFETCH(int, daysLeft);
    QFETCH(bool, retired);
    QFETCH(QString, state);
    const QDate today(2026, 1, 5);
    QCOMPARE(reviewStateName(reviewState(today.addDays(daysLeft), today, retired, Policy {})),
             state);
}

void TestAssets::reminderThresholds_data()
{
    QTest::addColumn<int>("daysLeft");
    QTest::addColumn<QString>("threshold"); // empty: none
    QTest::addColumn<int>("dayOffsetFromDue"); // the reminder's day relative to the due date
    QTest::newRow("31 days: none") << 31 << QString() << 0;
    QTest::newRow("30 days") << 30 << QStringLiteral("due_in_30") << -30;
    QTest::newRow("12 days: still the 30-day one") << 12 << QStringLiteral("due_in_30") << -30;
    QTest::newRow("7 days") << 7 << QStringLiteral("due_in_7") << -7;
    QTest::newRow("2 days") << 2 << QStringLiteral("due_in_7") << -7;
    QTest::newRow("1 day") << 1 << QStringLiteral("due_in_1") << -1;
    QTest::newRow("due today") << 0 << QStringLiteral("due_in_1") << -1;
    QTest::newRow("overdue 1") << -1 << QStringLiteral("overdue") << 1;
    QTest::newRow("overdue 9") << -9 << QStringLiteral("overdue") << 9;
}

void TestAssets::reminderThresholds()
{
    QFETCH(int, daysLeft);
    QFETCH(QString, threshold);
    QFETCH(int, dayOffsetFromDue);
    const QDate today(2026, 1, 5);
    const QDate due = today.addDays(daysLeft);
    const std::optional<Reminder> r = reminderFor(due, today, Policy {});
    QCOMPARE(r.has_value(), !threshold.isEmpty());
    if (!r)
        return;
    QCOMPARE(r->threshold, threshold);
    QCOMPARE(r->day, due.addDays(dayOffsetFromDue));
    QCOMPARE(r->daysLeft, qint64(daysLeft));
}

void TestAssets::newAssetDueOneIntervalAfterCreation()
{
    m_clock.set(QDateTime(QDate(2025, 8, 31), QTime(23, 30), Qt::UTC));
    const Asset a = makeAsset(QStringLiteral("Orders DB"), m_employee.username);
    QVERIFY(a.id > 0);
    QVERIFY(!a.lastReview.isValid());
    QCOMPARE(a.nextReviewDue, QDate(2026, 2, 28));
    QCOMPARE(a.ownerUsername, m_employee.username);
    QVERIFY(a.holdsAmazonData);
    // With a last review given, due one interval after it.
    const Asset b = makeAsset(QStringLiteral("Backup"), m_employee.username, QDate(2025, 3, 31));
    QCOMPARE(b.nextReviewDue, QDate(2025, 9, 30));
    QCOMPARE(Assets(*m_store).state(b), ReviewState::Ok);
    // Creating needs assets:manage.
    NewAsset refused;
    refused.name = QStringLiteral("Mine");
    refused.kind = QStringLiteral("laptop");
    refused.owner = m_employee.username;
    Result<Asset> denied = Assets(*m_store).create(m_employee, refused);
    QVERIFY(!denied);
    QCOMPARE(denied.error().code, ErrorCode::Forbidden);
    // Names are unique regardless of case.
    refused.name = QStringLiteral("orders db");
    Result<Asset> duplicate = Assets(*m_store).create(m_manager, refused);
    QVERIFY(!duplicate);
    QCOMPARE(duplicate.error().code, ErrorCode::Conflict);
}

void TestAssets::reviewSetsNextDueAndIsAudited()
{
    const Asset a = makeAsset(QStringLiteral("Orders DB"), m_employee.username, QDate(2025, 6, 1));
    QCOMPARE(Assets(*m_store).state(a), ReviewState::Overdue); // due 2025-12-01
    m_clock.set(QDateTime(QDate(2026, 8, 31), QTime(10, 0), Qt::UTC));
    Result<AuditVerification> before = audit::verify(*m_store);
    QVERIFY(before.ok());
    Result<RecordedReview> r = Assets(*m_store).recordReview(
        m_employee, a.id, {QDate(), QStringLiteral("confirmed"), QStringLiteral("All fine")});
    QVERIFY2(r.ok(), r.ok() ? "" : qPrintable(r.error().message));
    QCOMPARE(r->review.date, QDate(2026, 8, 31));
    QCOMPARE(r->asset.lastReview, QDate(2026, 8, 31));
    QCOMPARE(r->asset.nextReviewDue, QDate(2027, 2, 28));
    QCOMPARE(r->review.nextReviewDue, QDate(2027, 2, 28));
    QCOMPARE(r->review.reviewer, m_employee.username);
    QCOMPARE(Assets(*m_store).state(r->asset), ReviewState::Ok);
    Result<QList<AuditEvent>> events = audit::list(*m_store, before->eventCount, 10);
    QVERIFY(events.ok());
    QCOMPARE(events->size(), 1);
    QCOMPARE(events->first().action, QStringLiteral("asset.review"));
    QCOMPARE(events->first().objectId, QString::number(a.id));
    QVERIFY(events->first().detail.contains(QStringLiteral("next_due=2027-02-28")));
    QVERIFY(audit::verify(*m_store)->intact);

    // History, newest first; retiring ends reminders.
    m_clock.set(QDateTime(QDate(2026, 9, 2), QTime(10, 0), Qt::UTC));
    Result<RecordedReview> retired = Assets(*m_store).recordReview(
        m_manager, a.id,
        {QDate(2026, 9, 1), QStringLiteral("retired"), QStringLiteral("Decommissioned")});
    QVERIFY(retired.ok());
    QCOMPARE(retired->asset.status, QStringLiteral("retired"));
    Result<QList<AssetReview>> history = Assets(*m_store).reviews(m_officer, a.id);
    QVERIFY(history.ok());
    QCOMPARE(history->size(), 2);
    QCOMPARE(history->first().outcome, QStringLiteral("retired"));
}

void TestAssets::reviewRules()
{
    const Asset a = makeAsset(QStringLiteral("Orders DB"), m_employee.username, QDate(2025, 12, 1));
    Assets assets(*m_store);
    const auto refused = [&](const NewReview &r, ErrorCode code) {
        Result<RecordedReview> result = assets.recordReview(m_officer, a.id, r);
        return !result.ok() && result.error().code == code;
    };
    QVERIFY(refused({QDate(2026, 1, 6), QStringLiteral("confirmed"), {}}, ErrorCode::InvalidInput));
    QVERIFY(refused({QDate(), QStringLiteral("fine"), {}}, ErrorCode::InvalidInput));
    QVERIFY(
        refused({QDate(), QStringLiteral("changes_required"), QString()}, ErrorCode::InvalidInput));
    QVERIFY(refused({QDate(2025, 11, 30), QStringLiteral("confirmed"), {}}, ErrorCode::Conflict));
    QCOMPARE(count(QStringLiteral("asset_reviews")), 0);
    QVERIFY(
        assets.recordReview(m_officer, a.id, {QDate(2025, 12, 1), QStringLiteral("confirmed"), {}})
            .ok());
    QCOMPARE(count(QStringLiteral("asset_reviews")), 1);
}

void TestAssets::onlyOwnerManagerOrOfficerReviews()
{
    const Asset a = makeAsset(QStringLiteral("Orders DB"), m_employee.username);
    Assets assets(*m_store);
    const NewReview review {QDate(), QStringLiteral("confirmed"), QStringLiteral("ok")};
    Result<RecordedReview> other = assets.recordReview(m_other, a.id, review);
    QVERIFY(!other);
    QCOMPARE(other.error().code, ErrorCode::NotFound); // not theirs to see
    QCOMPARE(count(QStringLiteral("asset_reviews")), 0);
    for (const Caller *allowed : {&m_employee, &m_manager, &m_officer}) {
        Result<RecordedReview> r = assets.recordReview(*allowed, a.id, review);
        QVERIFY2(r.ok(), qPrintable(allowed->username));
    }
    QCOMPARE(count(QStringLiteral("asset_reviews")), 3);
    // Editing is for managers only.
    AssetChanges change;
    change.location = QStringLiteral("rack 2");
    QCOMPARE(assets.update(m_officer, a.id, change).error().code, ErrorCode::Forbidden);
    QCOMPARE(assets.update(m_employee, a.id, change).error().code, ErrorCode::Forbidden);
    Result<Asset> moved = assets.update(m_manager, a.id, change);
    QVERIFY(moved.ok());
    QCOMPARE(moved->location, QStringLiteral("rack 2"));
}

void TestAssets::employeesSeeOnlyTheirOwn()
{
    const Asset mine = makeAsset(QStringLiteral("Laptop E"), m_employee.username);
    const Asset theirs = makeAsset(QStringLiteral("Laptop O"), m_other.username);
    Assets assets(*m_store);
    Result<Page<Asset>> employeeList = assets.list(m_employee, {}, 0, 100);
    QVERIFY(employeeList.ok());
    QCOMPARE(employeeList->items.size(), 1);
    QCOMPARE(employeeList->items.first().id, mine.id);
    // Another's asset answers exactly as a missing one.
    const Result<Asset> hidden = assets.asset(m_employee, theirs.id);
    QCOMPARE(hidden.error().code, ErrorCode::NotFound);
    QCOMPARE(hidden.error().message, QStringLiteral("no asset with id %1").arg(theirs.id));
    QCOMPARE(assets.reviews(m_employee, theirs.id).error().code, ErrorCode::NotFound);
    QCOMPARE(assets.list(m_officer, {}, 0, 100)->items.size(), 2);
    QCOMPARE(assets.all(m_employee)->size(), 1);
}

void TestAssets::stateFilterAndDueOrder()
{
    // Today is 2026-01-05: due dates = last review + 6 months.
    makeAsset(QStringLiteral("ok"), m_employee.username, QDate(2025, 12, 1)); // 2026-06-01
    makeAsset(QStringLiteral("soon"), m_employee.username, QDate(2025, 7, 20)); // 2026-01-20
    makeAsset(QStringLiteral("week"), m_employee.username, QDate(2025, 7, 7)); // 2026-01-07
    makeAsset(QStringLiteral("today"), m_employee.username, QDate(2025, 7, 5)); // 2026-01-05
    makeAsset(QStringLiteral("late"), m_other.username, QDate(2025, 7, 4)); // 2026-01-04
    makeAsset(QStringLiteral("later"), m_other.username, QDate(2025, 5, 1)); // 2025-11-01
    Assets assets(*m_store);
    const auto names = [&](StateFilter state, const QString &owner = {}) {
        AssetFilter f;
        f.state = state;
        f.owner = owner;
        Result<Page<Asset>> page = assets.list(m_officer, f, 0, 100);
        if (!page)
            return page.error().message;
        QStringList list;
        for (const Asset &a : std::as_const(page->items))
            list << a.name;
        return list.join(QLatin1Char(','));
    };
    QCOMPARE(names(StateFilter::Any), QStringLiteral("later,late,today,week,soon,ok"));
    QCOMPARE(names(StateFilter::Overdue), QStringLiteral("later,late"));
    QCOMPARE(names(StateFilter::Due), QStringLiteral("today,week,soon"));
    QCOMPARE(names(StateFilter::DueThisWeek), QStringLiteral("today,week"));
    QCOMPARE(names(StateFilter::DueSoon), QStringLiteral("soon"));
    QCOMPARE(names(StateFilter::Ok), QStringLiteral("ok"));
    QCOMPARE(names(StateFilter::Any, m_other.username), QStringLiteral("later,late"));
    // Keyset paging in due order.
    Result<Page<Asset>> first = assets.list(m_officer, {}, 0, 4);
    QVERIFY(first.ok() && first->nextAfter);
    Result<Page<Asset>> second = assets.list(m_officer, {}, *first->nextAfter, 4);
    QVERIFY(second.ok());
    QCOMPARE(second->items.size(), 2);
    QCOMPARE(second->items.first().name, QStringLiteral("soon"));
    QVERIFY(!second->nextAfter);
}

void TestAssets::remindersOnceEachEvenAfterReopen()
{
    // Due 2026-02-03 (reviewed 2025-08-03): 29 days left on 2026-01-05.
    const Asset a = makeAsset(QStringLiteral("Orders DB"), m_employee.username, QDate(2025, 8, 3));
    QCOMPARE(a.nextReviewDue, QDate(2026, 2, 3));
    Notifications notifications(*m_store);
    QCOMPARE(notifications.sendAssetReminders().value(), 1); // 30-day reminder
    QCOMPARE(notifications.sendAssetReminders().value(), 0);
    m_clock.advanceSeconds(3 * 3600);
    QCOMPARE(notifications.sendAssetReminders().value(), 0);

    // A restart: a new Store on the same files, same day.
    m_store.reset();
    Result<std::unique_ptr<Store>> reopened = Store::open(m_dir->path(), m_clock);
    QVERIFY(reopened.ok());
    m_store = std::move(reopened.value());
    QCOMPARE(Notifications(*m_store).sendAssetReminders().value(), 0);

    const auto day = [&](const QDate &d) {
        m_clock.set(QDateTime(d, QTime(0, 5), Qt::UTC));
        return Notifications(*m_store).sendAssetReminders().value();
    };
    QCOMPARE(day(QDate(2026, 1, 20)), 0); // 14 days left: nothing new
    QCOMPARE(day(QDate(2026, 1, 27)), 1); // 7 days
    QCOMPARE(day(QDate(2026, 1, 28)), 0);
    QCOMPARE(day(QDate(2026, 2, 2)), 1); // 1 day
    QCOMPARE(day(QDate(2026, 2, 3)), 0); // due today: the 1-day reminder was sent
    QCOMPARE(day(QDate(2026, 2, 4)), 1); // overdue day 1
    QCOMPARE(day(QDate(2026, 2, 4)), 0);
    QCOMPARE(day(QDate(2026, 2, 5)), 1); // overdue day 2
    QCOMPARE(count(QStringLiteral("notifications")), 5);

    // The owner sees them, newest first; nobody else does.
    Result<NotificationPage> mine = Notifications(*m_store).list(m_employee, true, 0, 100);
    QVERIFY(mine.ok());
    QCOMPARE(mine->unread, 5);
    QCOMPARE(mine->page.items.first().threshold, QStringLiteral("overdue"));
    QVERIFY(mine->page.items.first().title.contains(QStringLiteral("overdue")));
    QCOMPARE(Notifications(*m_store).list(m_other, false, 0, 100)->page.items.size(), 0);
    const qint64 id = mine->page.items.first().id;
    QCOMPARE(Notifications(*m_store).markRead(m_other, id).error().code, ErrorCode::NotFound);
    QVERIFY(Notifications(*m_store).markRead(m_employee, id)->readAt.has_value());
    QCOMPARE(Notifications(*m_store).list(m_employee, true, 0, 100)->unread, 4);
    QCOMPARE(Notifications(*m_store).markAllRead(m_employee).value(), 4);
    QCOMPARE(Notifications(*m_store).list(m_employee, true, 0, 100)->unread, 0);

    // A review moves the due date: no more overdue reminders.
    QVERIFY(Assets(*m_store)
                .recordReview(m_employee, a.id, {QDate(), QStringLiteral("confirmed"), {}})
                .ok());
    QCOMPARE(day(QDate(2026, 2, 6)), 0);
    QVERIFY(audit::verify(*m_store)->intact);
}

void TestAssets::csvImportErrorsStoreNothing_data()
{
    const QByteArray header = "name,kind,owner,location,holds_amazon_data,holds_pii,last_review\n";
    const QByteArray good = "Good server,server,emil,rack 1,true,false,2025-10-01\n";
    QTest::addColumn<QByteArray>("csv");
    QTest::addColumn<int>("line");
    QTest::addColumn<QString>("reason");
    QTest::newRow("bad date") << header + good + "B,laptop,emil,,false,false,2025-13-01\n"
                              << 3 << QStringLiteral("not a date");
    QTest::newRow("future date") << header + good + "B,laptop,emil,,false,false,2026-02-01\n"
                                 << 3 << QStringLiteral("in the future");
    QTest::newRow("unknown owner") << header + good + "B,laptop,nobody,,false,false,\n"
                                   << 3 << QStringLiteral("\"nobody\" is not a user");
    QTest::newRow("duplicate name in file")
        << header + good + "good SERVER,laptop,emil,,false,false,\n"
        << 3 << QStringLiteral("appears twice");
    QTest::newRow("name already stored") << header + good + "Existing,laptop,emil,,false,false,\n"
                                         << 3 << QStringLiteral("already exists");
    QTest::newRow("too few columns") << header + good + "B,laptop,emil,false,false,\n"
                                     << 3 << QStringLiteral("has 6 columns, expected 7");
    QTest::newRow("too many columns") << header + "B,laptop,emil,x,false,false,,extra\n" + good << 2
                                      << QStringLiteral("has 8 columns");
    QTest::newRow("non-UTF-8") << header + good + "Caf\xe9 server,server,emil,,false,false,\n"
                               << 3 << QStringLiteral("not valid UTF-8");
    QTest::newRow("bad flag") << header + good + "B,laptop,emil,,yes,false,\n"
                              << 3 << QStringLiteral("holds_amazon_data must be true or false");
    QTest::newRow("unknown kind") << header + good + "B,toaster,emil,,false,false,\n"
                                  << 3 << QStringLiteral("kind \"toaster\"");
    QTest::newRow("wrong header") << QByteArray("name,kind,owner\n") + good << 1
                                  << QStringLiteral("header must be exactly");
    QTest::newRow("only header") << header << 2 << QStringLiteral("no assets");
}

void TestAssets::csvImportErrorsStoreNothing()
{
    QFETCH(QByteArray, csv);
    QFETCH(int, line);
    QFETCH(QString, reason);
    makeAsset(QStringLiteral("Existing"), m_employee.username);
    const qint64 assetsBefore = count(QStringLiteral("assets"));
    const qint64 eventsBefore = count(QStringLiteral("audit_events"));
    Result<ImportResult> result = Assets(*m_store).importCsv(m_manager, csv);
    QVERIFY(result.ok());
    QCOMPARE(result->imported, 0);
    QVERIFY(!result->errors.isEmpty());
    QCOMPARE(result->errors.first().line, line);
    QVERIFY2(result->errors.first().message.contains(reason),
             qPrintable(result->errors.first().message));
    QCOMPARE(count(QStringLiteral("assets")), assetsBefore);
    QCOMPARE(count(QStringLiteral("audit_events")), eventsBefore);
}

void TestAssets::csvImportStoresAllAndQuotes()
{
    const QByteArray csv = "name,kind,owner,location,holds_amazon_data,holds_pii,last_review\r\n"
                           "\"Orders DB, primary\",database,Emil,\"Rack \"\"A\"\"\",TRUE,true,"
                           "2025-08-31\r\n"
                           "\r\n"
                           "Laptop 7,laptop,otto,,false,false,\r\n";
    Result<ImportResult> refused = Assets(*m_store).importCsv(m_employee, csv);
    QVERIFY(!refused);
    QCOMPARE(refused.error().code, ErrorCode::Forbidden);
    Result<ImportResult> result = Assets(*m_store).importCsv(m_manager, csv);
    QVERIFY(result.ok());
    QVERIFY2(result->errors.isEmpty(), qPrintable(result->errors.value(0).message));
    QCOMPARE(result->imported, 2);
    Result<Page<Asset>> all = Assets(*m_store).list(m_officer, {}, 0, 10);
    QCOMPARE(all->items.size(), 2);
    const Asset &db = all->items.first();
    QCOMPARE(db.name, QStringLiteral("Orders DB, primary"));
    QCOMPARE(db.location, QStringLiteral("Rack \"A\""));
    QCOMPARE(db.ownerUsername, QStringLiteral("emil"));
    QVERIFY(db.holdsAmazonData && db.holdsPii);
    QCOMPARE(db.nextReviewDue, QDate(2026, 2, 28));
    QCOMPARE(all->items.at(1).nextReviewDue, QDate(2026, 7, 5)); // created today
    // Each asset and the import are audited.
    Result<Query> q = m_store->exec(
        QStringLiteral("SELECT COUNT(*) FROM audit_events WHERE action IN ('asset.create', "
                       "'asset.import')"));
    QVERIFY(q && q->next());
    QCOMPARE(q->value(0).toInt(), 3);
}

void TestAssets::csvExportRoundTripsImportColumns()
{
    makeAsset(QStringLiteral("Orders DB, primary"), m_employee.username, QDate(2025, 6, 1));
    makeAsset(QStringLiteral("=cmd()"), m_other.username);
    Assets assets(*m_store);
    const QByteArray csv = csv::writeAssets(*assets.all(m_officer), assets.today(), Policy {});
    const QList<QByteArray> lines = csv.split('\n');
    QCOMPARE(lines.at(0),
             QByteArray("name,kind,owner,location,holds_amazon_data,holds_pii,"
                        "last_review,next_review_due,state,status"));
    QCOMPARE(lines.at(1),
             QByteArray("'=cmd(),server,otto,rack 1,true,false,,2026-07-05,ok,active"));
    QCOMPARE(lines.at(2),
             QByteArray("\"Orders DB, primary\",server,emil,rack 1,true,false,"
                        "2025-06-01,2025-12-01,overdue,active"));
}

QTEST_GUILESS_MAIN(TestAssets)
#include "tst_assets.moc"
