// The store's statements and transactions, against SQLite and (as tst_store_pg) PostgreSQL:
// values keep their type and bytes both ways, and a write that fails fails its own transaction
// and nothing else — also on PostgreSQL, where such a write is left in flight (PgPipeline) and
// its outcome arrives with a later statement. A connection the database server ends fails
// the transaction on it as a lost connection, and the store connects again.

#include "MockClock.h"
#include "OrderJson.h"
#include "TestDatabase.h"
#include "audit/AuditLog.h"
#include "audit/SigningKey.h"
#include "crypto/Crypto.h"
#include "crypto/Signature.h"
#include "service/AccessControl.h"
#include "service/Accounts.h"
#include "service/LegalHolds.h"
#include "service/Orders.h"
#include "service/PiiReadCaps.h"
#include "store/KeyRotation.h"
#include "store/Schema.h"
#include "store/Store.h"

#include <atomic>
#include <cstring>
#include <functional>
#include <future>
#include <limits>
#include <sqlite3.h>

#include <QDir>
#include <QFile>
#include <QSet>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

using namespace cc;

namespace {

// What each migration from 9 on added, in the order to take it away again (index 0 is migration
// 9). A test that takes a store back to before migration N runs undoMigrationsFrom(N), and
// opening the store applies them all again. Every migration needs its entry here, or those tests
// cannot reopen the store: migrationsCanBeUndone says which one is missing.
constexpr int kFirstUndoable = 9;
const QList<QStringList> &migrationUndo()
{
    static const QList<QStringList> undo = {
        // 9: credentials (enrolment codes, password history, device tokens, unknown names).
        {QStringLiteral("DROP TABLE password_history"), QStringLiteral("DROP TABLE device_tokens"),
         QStringLiteral("DROP TABLE sign_in_guesses"),
         QStringLiteral("ALTER TABLE sessions DROP COLUMN device_token_id"),
         QStringLiteral("ALTER TABLE users DROP COLUMN enrolment_code_hash"),
         QStringLiteral("ALTER TABLE users DROP COLUMN enrolment_purpose"),
         QStringLiteral("ALTER TABLE users DROP COLUMN enrolment_expires_at"),
         QStringLiteral("ALTER TABLE users DROP COLUMN enrolment_used_at"),
         QStringLiteral("ALTER TABLE users DROP COLUMN enrolment_issued_by"),
         QStringLiteral("ALTER TABLE users DROP COLUMN enrolment_delivery"),
         QStringLiteral("ALTER TABLE users DROP COLUMN enrolment_password_hash"),
         QStringLiteral("ALTER TABLE users DROP COLUMN enrolment_totp_secret"),
         QStringLiteral("ALTER TABLE users DROP COLUMN credentials_reset_at")},
        // 10: separation of duties.
        {QStringLiteral("DROP TABLE account_changes"),
         QStringLiteral("DROP TABLE access_approvals"),
         QStringLiteral("ALTER TABLE access_requests DROP COLUMN approvals_required")},
        // 11: audit anchors.
        {QStringLiteral("DROP TABLE audit_retired_checkpoints"),
         QStringLiteral("DROP TABLE audit_break_acks"),
         QStringLiteral("DROP TABLE audit_anchor_files")},
        // 12: controls.
        {QStringLiteral("DROP TABLE policy_versions"), QStringLiteral("DROP TABLE control_status"),
         QStringLiteral("DROP TABLE control_attestations"),
         QStringLiteral("DROP TABLE policy_acknowledgements"), QStringLiteral("DROP TABLE devices"),
         QStringLiteral("DROP TABLE pii_reads")},
        // 13: designations.
        {QStringLiteral("DROP TABLE user_designations")},
        // 14: deadline reminders.
        {QStringLiteral("DROP TABLE deadline_reminders")},
        // 15: managers.
        {QStringLiteral("DROP TABLE user_managers")},
        // 16: the audit signing key of its own.
        {QStringLiteral("DROP TABLE audit_signing_keys")},
        // 17: the backups taken.
        {QStringLiteral("DROP TABLE backups")},
        // 18: clients and narrower grants.
        {QStringLiteral("DROP TABLE access_request_orders"), QStringLiteral("DROP TABLE clients")},
        // 19: alert actions, e-mail of notifications.
        {QStringLiteral("DROP INDEX notifications_mail"),
         QStringLiteral("ALTER TABLE notifications DROP COLUMN mail_digest"),
         QStringLiteral("ALTER TABLE notifications DROP COLUMN mail_route"),
         QStringLiteral("DROP TABLE email_preferences"),
         QStringLiteral("ALTER TABLE alerts DROP COLUMN incident_id")},
        // 20: assets to reassign after offboarding.
        {QStringLiteral("ALTER TABLE assets DROP COLUMN needs_reassignment")},
        // 21: the vulnerability register.
        {QStringLiteral("DROP TABLE vulnerabilities")},
        // 22: the subcontractor and API credential registers.
        {QStringLiteral("DROP TABLE subcontractor_assessments"),
         QStringLiteral("DROP TABLE subcontractors"),
         QStringLiteral("DROP TABLE api_credential_rotations"),
         QStringLiteral("DROP TABLE api_credentials")},
        // 23: the capacity each breach notice reached its reader in.
        {QStringLiteral("ALTER TABLE incident_executives DROP COLUMN designation")},
        // 24: retention beyond PII.
        {QStringLiteral("DROP TABLE order_daily_aggregates"),
         QStringLiteral("DROP TABLE client_legal_holds"),
         QStringLiteral("ALTER TABLE retention_sweeps DROP COLUMN deleted_orders")},
        // 25: PII reads counted per minute.
        {QStringLiteral("CREATE TABLE pii_reads (user_id BIGINT NOT NULL, at BIGINT NOT NULL, "
                        "orders INTEGER NOT NULL)"),
         QStringLiteral("INSERT INTO pii_reads (user_id, at, orders) SELECT user_id, minute * "
                        "60000, orders FROM pii_read_minutes"),
         QStringLiteral("DROP TABLE pii_read_minutes")},
        // 26: the highest ids handed out.
        {QStringLiteral("DROP TABLE id_high_water")},
    };
    return undo;
}

// The statements that take the store back to before migration `version`: the newest
// migration's undone first, then the record of them all.
QStringList undoMigrationsFrom(int version)
{
    QStringList sql;
    for (qsizetype i = migrationUndo().size() - 1; i >= version - kFirstUndoable; --i)
        sql += migrationUndo().at(i);
    sql << QStringLiteral("DELETE FROM schema_migrations WHERE version >= %1").arg(version);
    return sql;
}

// SQLite's default file system with the syncs of write-ahead logs counted: made the default
// before any store opens, so every connection of this program goes through it. A log file keeps
// the default's own object and methods, except that its methods table is a copy whose xSync
// counts, and runs onSync (once) while the sync waits.
struct LogSyncs
{
    static inline std::atomic<int> count {0};
    static inline std::function<void()> onSync;
    static inline sqlite3_vfs *base = nullptr;
    static inline const sqlite3_io_methods *baseLogMethods = nullptr;
    static inline sqlite3_io_methods logMethods {};
    static inline sqlite3_vfs vfs {};

    static int sync(sqlite3_file *file, int flags)
    {
        ++count;
        if (std::function<void()> run = std::exchange(onSync, {}))
            run();
        return baseLogMethods->xSync(file, flags);
    }
    static int open(sqlite3_vfs *, sqlite3_filename name, sqlite3_file *file, int flags,
                    int *outFlags)
    {
        const int rc = base->xOpen(base, name, file, flags, outFlags);
        if (rc != SQLITE_OK || !(flags & SQLITE_OPEN_WAL) || !file->pMethods)
            return rc;
        if (!baseLogMethods) {
            baseLogMethods = file->pMethods;
            logMethods = *baseLogMethods;
            logMethods.xSync = &LogSyncs::sync;
        }
        if (file->pMethods == baseLogMethods)
            file->pMethods = &logMethods;
        return rc;
    }
    static void install()
    {
        base = sqlite3_vfs_find(nullptr);
        vfs = *base;
        vfs.zName = "counting-log-syncs";
        vfs.xOpen = &LogSyncs::open;
        sqlite3_vfs_register(&vfs, 1);
    }
};

} // namespace

class TestStore : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { LogSyncs::install(); }
    void init();
    void cleanup();

    void valuesRoundTrip();
    void bytesAreTheValuesUncopied();
    void readsSeeWritesInFlight();
    void rowsAffectedOfWritesInFlight();
    void failedWriteFailsItsTransaction();
    void failedWriteFailsOnlyItsSavepoint();
    void failedWriteInBatchLeavesTheOthers();
    void failureFoundByRowsAffectedFailsTheCommit();
    void commitAfterAnIgnoredFailure();
    void readsSentAheadShareARoundTrip();
    void failedReadSentAheadFailsOnlyItsSavepoint();
    void appendsInOneTransactionReadTheHeadOnce();
    void commitsReachTheDiskOutsideTheWriterLock();
    void newIdsAgreeWithGeneratedIds();
    void lostConnectionIsNamedThenRestored();
    void breachEmailsMoveToTheOutbox();
    void separationOfDutiesTakesOverThePast();
    void designationsTakeOverExactTitles();
    void storeFromBeforeKeyRotationMigrates();
    void masterKeyRotationSealsEverythingAgain();
    void piiCapCountsReadsOfOtherConnections();
    void sweepSeesAHoldSetMeanwhile();
    void migrationsCanBeUndone();

private:
    Result<Query> exec(const QString &sql, const QVariantList &args = {})
    {
        return m_store->exec(sql, args);
    }
    Result<void> insert(int n); // a NULL when n < 0, which the NOT NULL column refuses
    QList<int> stored();

    std::unique_ptr<test::TestDatabase> m_database;
    std::unique_ptr<QTemporaryDir> m_dir;
    test::MockClock m_clock;
    std::unique_ptr<Store> m_store;
};

void TestStore::init()
{
    m_database = std::make_unique<test::TestDatabase>();
    QVERIFY2(m_database->errorString().isEmpty(), qPrintable(m_database->errorString()));
    QCOMPARE(m_database->isPostgres(), test::TestDatabase::postgresRequested());
    m_dir = std::make_unique<QTemporaryDir>();
    const QString dir = m_dir->filePath(QStringLiteral("store"));
    Result<void> created = Store::create(dir, m_database->url());
    QVERIFY2(created.ok(), created.ok() ? "" : qPrintable(created.error().message));
    Result<std::unique_ptr<Store>> opened = Store::open(dir, m_clock, m_database->url());
    QVERIFY2(opened.ok(), opened.ok() ? "" : qPrintable(opened.error().message));
    m_store = std::move(opened.value());
    QVERIFY(exec(QStringLiteral("CREATE TABLE numbers (n INTEGER NOT NULL)")).ok());
}

void TestStore::cleanup()
{
    m_store.reset();
    m_dir.reset();
    m_database.reset();
}

Result<void> TestStore::insert(int n)
{
    const QVariant value = n < 0 ? QVariant() : QVariant(n);
    if (Result<Query> q = exec(QStringLiteral("INSERT INTO numbers (n) VALUES (?)"), {value}); !q)
        return q.error();
    return {};
}

QList<int> TestStore::stored()
{
    QList<int> numbers;
    Result<Query> q = exec(QStringLiteral("SELECT n FROM numbers ORDER BY n"));
    while (q && q->next())
        numbers << q->value(0).toInt();
    return numbers;
}

void TestStore::valuesRoundTrip()
{
    QVERIFY(exec(m_store->dialect().expand(
                     QStringLiteral("CREATE TABLE typed (id {id}, i BIGINT, r DOUBLE PRECISION, "
                                    "t TEXT, b {blob}, f BOOLEAN)")))
                .ok());
    const qint64 big = -(qint64(1) << 40) - 7;
    const QString text
        = QStringLiteral("Zo\u00eb \u2713 'quoted' ? ") + QString::fromUtf8("\xf0\x9d\x84\x9e");
    const QByteArray bytes("\0a\0\xff\\x00", 8);
    const QString insert
        = QStringLiteral("INSERT INTO typed (i, r, t, b, f) VALUES (?, ?, ?, ?, ?)");
    const auto written = m_store->transaction([&]() -> Result<void> {
        for (const QVariantList &row :
             {QVariantList {big, 2.5, text, bytes, true},
              // A typed null, an invalid QVariant and a null QByteArray are NULL; a null QString
              // is empty text (Store::exec).
              QVariantList {QVariant(QMetaType::fromType<qint64>()), QVariant(), QString(),
                            QByteArray(), false},
              QVariantList {7, 0.1, QStringLiteral(""), QByteArray(""), QVariant()}}) {
            if (Result<Query> q = exec(insert, row); !q)
                return q.error();
        }
        return {};
    });
    QVERIFY2(written.ok(), written.ok() ? "" : qPrintable(written.error().message));

    Result<Query> q
        = exec(QStringLiteral("SELECT i, r, t, b, f, i IS NULL, r IS NULL, b IS NULL, "
                              "f IS NULL FROM typed WHERE t <> '?' AND id > ? ORDER BY id"),
               {0});
    QVERIFY(q && q->next());
    QCOMPARE(q->value(0).toLongLong(), big);
    QCOMPARE(q->value(1).toDouble(), 2.5);
    QCOMPARE(q->value(2).toString(), text);
    QCOMPARE(q->value(3).toByteArray(), bytes);
    QCOMPARE(q->value(4).toBool(), true);
    QVERIFY(q->next());
    QVERIFY(q->value(0).isNull());
    QVERIFY(q->value(1).isNull());
    QCOMPARE(q->value(2).toString(), QString());
    QVERIFY(q->value(3).isNull());
    QCOMPARE(q->value(4).toBool(), false);
    QVERIFY(q->value(5).toBool());
    QVERIFY(q->value(6).toBool());
    QVERIFY(q->value(7).toBool());
    QVERIFY(q->next());
    QCOMPARE(q->value(0).toLongLong(), 7);
    QCOMPARE(q->value(1).toDouble(), 0.1);
    QCOMPARE(q->value(2).toString(), QString());
    QVERIFY(!q->value(2).isNull()); // empty text, not NULL
    QCOMPARE(q->value(3).toByteArray(), QByteArray());
    QVERIFY(!q->value(7).toBool()); // empty, not NULL
    QVERIFY(q->value(8).toBool());
    QVERIFY(!q->next());
}

void TestStore::bytesAreTheValuesUncopied()
{
    // Query::bytes(), which audit verification reads, against value() on the same rows.
    QVERIFY(
        exec(m_store->dialect().expand(QStringLiteral(
                 "CREATE TABLE typed (id {id}, i BIGINT, r DOUBLE PRECISION, t TEXT, b {blob})")))
            .ok());
    const QString text
        = QStringLiteral("Zo\u00eb \u2713\nline ") + QString::fromUtf8("\xf0\x9d\x84\x9e");
    const QString insert = QStringLiteral("INSERT INTO typed (i, r, t, b) VALUES (?, ?, ?, ?)");
    for (const QVariantList &row :
         {QVariantList {std::numeric_limits<qint64>::min(), 2.5, text, QByteArray("\0\xff", 2)},
          QVariantList {std::numeric_limits<qint64>::max(), 0.5, QStringLiteral(""),
                        QByteArray("")},
          QVariantList {QVariant(QMetaType::fromType<qint64>()), QVariant(), QVariant(),
                        QByteArray()}})
        QVERIFY(exec(insert, row).ok());
    Result<Query> q = exec(QStringLiteral("SELECT i, r, t, b FROM typed ORDER BY id"));
    QVERIFY(q.ok());
    QVERIFY(q->next());
    QCOMPARE(q->bytes(0).type, ColumnBytes::Type::Integer);
    QCOMPARE(q->bytes(0).integer, std::numeric_limits<qint64>::min());
    QCOMPARE(q->bytes(1).type, ColumnBytes::Type::Other);
    QCOMPARE(q->bytes(2).type, ColumnBytes::Type::Text);
    QCOMPARE(q->bytes(2).bytes, text.toUtf8());
    QCOMPARE(q->value(2).toString(), text);
    QCOMPARE(q->bytes(3).type, ColumnBytes::Type::Other);
    QVERIFY(q->next());
    QCOMPARE(q->bytes(0).integer, std::numeric_limits<qint64>::max());
    QCOMPARE(q->bytes(2).type, ColumnBytes::Type::Text); // empty text, not NULL
    QVERIFY(q->bytes(2).bytes.isEmpty());
    QVERIFY(q->next());
    for (int column = 0; column < 4; ++column)
        QCOMPARE(q->bytes(column).type, ColumnBytes::Type::Null);
    QVERIFY(!q->next());
}

void TestStore::readsSeeWritesInFlight()
{
    const auto done = m_store->transaction([&]() -> Result<void> {
        for (int n : {3, 1, 2}) {
            if (Result<void> inserted = insert(n); !inserted)
                return inserted;
        }
        if (stored() != QList<int> {1, 2, 3})
            return makeError(ErrorCode::Internal, QStringLiteral("writes not seen"));
        return {};
    });
    QVERIFY2(done.ok(), done.ok() ? "" : qPrintable(done.error().message));
    QCOMPARE(stored(), (QList<int> {1, 2, 3}));
}

void TestStore::rowsAffectedOfWritesInFlight()
{
    QList<int> counts;
    const auto done = m_store->transaction([&]() -> Result<void> {
        for (int n : {1, 2, 3, 4})
            static_cast<void>(insert(n));
        Result<Query> updated
            = exec(QStringLiteral("UPDATE numbers SET n = n + 10 WHERE n > ?"), {1});
        Result<Query> deleted = exec(QStringLiteral("DELETE FROM numbers WHERE n = ?"), {99});
        Result<Query> removed = exec(QStringLiteral("DELETE FROM numbers WHERE n = ?"), {12});
        if (!updated || !deleted || !removed)
            return makeError(ErrorCode::Internal, QStringLiteral("a write failed"));
        counts << updated->numRowsAffected() << deleted->numRowsAffected()
               << removed->numRowsAffected();
        return {};
    });
    QVERIFY2(done.ok(), done.ok() ? "" : qPrintable(done.error().message));
    QCOMPARE(counts, (QList<int> {3, 0, 1}));
    QCOMPARE(stored(), (QList<int> {1, 13, 14}));
}

void TestStore::failedWriteFailsItsTransaction()
{
    bool refusedAtOnce = false;
    const auto done = m_store->transaction([&]() -> Result<void> {
        if (Result<void> first = insert(1); !first)
            return first;
        Result<void> second = insert(-1);
        refusedAtOnce = !second.ok();
        return second;
    });
    QVERIFY(!done.ok());
    QVERIFY2(done.error().message.contains(QLatin1String("null"), Qt::CaseInsensitive),
             qPrintable(done.error().message));
    // SQLite refuses at once; PostgreSQL's outcome arrives with the commit, one round trip.
    QCOMPARE(refusedAtOnce, !m_database->isPostgres());
    QCOMPARE(stored(), QList<int>());
    QVERIFY(insert(5).ok()); // the store goes on
    QCOMPARE(stored(), QList<int> {5});
}

void TestStore::failedWriteFailsOnlyItsSavepoint()
{
    Result<void> inner;
    const auto done = m_store->transaction([&]() -> Result<void> {
        if (Result<void> first = insert(1); !first)
            return first;
        inner = m_store->transaction([&]() -> Result<void> {
            if (Result<void> second = insert(2); !second)
                return second;
            return insert(-1);
        });
        return insert(3);
    });
    QVERIFY2(done.ok(), done.ok() ? "" : qPrintable(done.error().message));
    QVERIFY(!inner.ok()); // reported by the inner transaction itself, not later
    QCOMPARE(stored(), (QList<int> {1, 3}));
}

void TestStore::failedWriteInBatchLeavesTheOthers()
{
    QList<bool> commits;
    QVERIFY(m_store->openBatch([&commits](const Result<void> &r) { commits << r.ok(); }).ok());
    const auto request = [this](QList<int> numbers) {
        return m_store->transaction([&]() -> Result<void> {
            for (int n : numbers) {
                if (Result<void> inserted = insert(n); !inserted)
                    return inserted;
            }
            return {};
        });
    };
    QVERIFY(request({1, 2}).ok());
    QVERIFY(!request({3, -1, 4}).ok()); // its answer is the error, before the batch commits
    QVERIFY(request({5}).ok());
    QVERIFY(m_store->commitBatch().ok());
    QCOMPARE(commits, QList<bool> {true});
    QCOMPARE(stored(), (QList<int> {1, 2, 5}));
}

void TestStore::failureFoundByRowsAffectedFailsTheCommit()
{
    if (!m_database->isPostgres())
        QSKIP("SQLite reports a failed write at once; see failedWriteFailsItsTransaction");
    int affected = 0;
    const auto done = m_store->transaction([&]() -> Result<void> {
        static_cast<void>(insert(1));
        Result<Query> failing
            = exec(QStringLiteral("INSERT INTO numbers (n) VALUES (?)"), {QVariant()});
        if (!failing)
            return failing.error();
        affected = failing->numRowsAffected(); // fetches the outcome: the failure
        return {};
    });
    QCOMPARE(affected, -1);
    QVERIFY(!done.ok());
    QVERIFY2(done.error().message.contains(QLatin1String("null"), Qt::CaseInsensitive),
             qPrintable(done.error().message));
    QCOMPARE(stored(), QList<int>());
}

void TestStore::commitAfterAnIgnoredFailure()
{
    // A caller that lets a failed statement pass: SQLite goes on with the transaction, while
    // PostgreSQL has aborted it and turns its COMMIT into a rollback, which must not read as
    // committed — in a transaction of its own and in a batch.
    const auto ignoreAFailure = [this] {
        QVERIFY(!exec(QStringLiteral("SELECT no_such_column FROM numbers")).ok());
    };
    const auto done = m_store->transaction([&]() -> Result<void> {
        if (Result<void> inserted = insert(1); !inserted)
            return inserted;
        ignoreAFailure();
        return {};
    });
    QCOMPARE(done.ok(), !m_database->isPostgres());
    if (!done.ok())
        QVERIFY2(done.error().message.contains(QLatin1String("rolled it back")),
                 qPrintable(done.error().message));

    QList<bool> commits;
    QVERIFY(m_store->openBatch([&commits](const Result<void> &r) { commits << r.ok(); }).ok());
    QVERIFY(m_store->transaction([this] { return insert(2); }).ok());
    ignoreAFailure(); // outside the request's savepoint
    QCOMPARE(m_store->commitBatch().ok(), !m_database->isPostgres());
    QCOMPARE(commits, QList<bool> {!m_database->isPostgres()});
    QCOMPARE(stored(), (m_database->isPostgres() ? QList<int>() : QList<int> {1, 2}));
}

// Store::sendRead(): reads that do not depend on each other go out together and are received in
// any order, each with its own rows, after the writes sent before them.
void TestStore::readsSentAheadShareARoundTrip()
{
    for (int n : {1, 2, 3})
        QVERIFY(insert(n).ok());
    const auto rowsOf = [this](SentRead &&read) {
        QList<int> rows;
        Result<Query> q = m_store->receive(std::move(read));
        while (q && q->next())
            rows << q->value(0).toInt();
        return q ? rows : QList<int> {-1};
    };
    QList<int> small;
    QList<int> large;
    qint64 roundTrips = -1;
    const auto done = m_store->transaction([&]() -> Result<void> {
        if (Result<void> inserted = insert(4); !inserted)
            return inserted;
        const qint64 before = m_store->databaseRoundTrips();
        SentRead first = m_store->sendRead(
            QStringLiteral("SELECT n FROM numbers WHERE n < ? ORDER BY n"), {3});
        SentRead second = m_store->sendRead(
            QStringLiteral("SELECT n FROM numbers WHERE n > ? ORDER BY n"), {2});
        large = rowsOf(std::move(second));
        small = rowsOf(std::move(first));
        roundTrips = m_store->databaseRoundTrips() - before;
        return {};
    });
    QVERIFY2(done.ok(), done.ok() ? "" : qPrintable(done.error().message));
    QCOMPARE(small, (QList<int> {1, 2}));
    QCOMPARE(large, (QList<int> {3, 4}));
    QCOMPARE(roundTrips, m_database->isPostgres() ? 1 : 0);
}

// A read sent ahead that fails fails its savepoint, also when nobody received it (PostgreSQL:
// the savepoint's commit waits for it), and the transaction around it goes on.
void TestStore::failedReadSentAheadFailsOnlyItsSavepoint()
{
    const QString failing = QStringLiteral("SELECT n FROM no_such_table WHERE n = ?");
    Result<void> received;
    Result<void> unread;
    const auto done = m_store->transaction([&]() -> Result<void> {
        if (Result<void> first = insert(1); !first)
            return first;
        received = m_store->transaction([&]() -> Result<void> {
            if (Result<Query> q = m_store->receive(m_store->sendRead(failing, {1})); !q)
                return q.error();
            return insert(2);
        });
        unread = m_store->transaction([&]() -> Result<void> {
            static_cast<void>(m_store->sendRead(failing, {1}));
            return {};
        });
        return insert(3);
    });
    QVERIFY2(done.ok(), done.ok() ? "" : qPrintable(done.error().message));
    QVERIFY(!received.ok());
    QCOMPARE(unread.ok(), !m_database->isPostgres()); // SQLite runs a read when it is received
    QCOMPARE(stored(), (QList<int> {1, 3}));
}

// Ids taken before the insert (Dialect::newIds, as order ingest takes them) are ones the
// database would not give another row: inserts with them and without an id never collide.
void TestStore::newIdsAgreeWithGeneratedIds()
{
    QVERIFY(exec(m_store->dialect().expand(
                     QStringLiteral("CREATE TABLE probes (id {id}, v TEXT NOT NULL)")))
                .ok());
    const auto generated = [&](const QString &v) -> qint64 {
        Result<Query> q
            = exec(QStringLiteral("INSERT INTO probes (v) VALUES (?) RETURNING id"), {v});
        return q && q->next() ? q->value(0).toLongLong() : -1;
    };
    const auto newIds = [&](int count) {
        QList<qint64> ids;
        if (Result<Query> q = exec(m_store->dialect().newIds(QStringLiteral("probes")), {count}))
            while (q->next())
                ids << q->value(0).toLongLong();
        return ids;
    };
    QVERIFY(m_store
                ->transaction([&]() -> Result<void> {
                    const qint64 first = generated(QStringLiteral("generated"));
                    const QList<qint64> ids = newIds(3);
                    if (first < 0 || ids.size() != 3
                        || QSet<qint64>(ids.begin(), ids.end()).size() != 3 || ids.contains(first))
                        return makeError(ErrorCode::Internal, QStringLiteral("bad ids"));
                    for (const qint64 id : ids)
                        if (Result<Query> q
                            = exec(QStringLiteral("INSERT INTO probes (id, v) VALUES (?, 'given')"),
                                   {id});
                            !q)
                            return q.error();
                    const qint64 next = generated(QStringLiteral("generated after"));
                    if (next < 0 || ids.contains(next) || newIds(1).contains(next))
                        return makeError(ErrorCode::Internal, QStringLiteral("ids collide"));
                    return {};
                })
                .ok());
    Result<Query> count = exec(QStringLiteral("SELECT COUNT(DISTINCT id) FROM probes"));
    QVERIFY(count && count->next());
    QCOMPARE(count->value(0).toInt(), 5);
}

void TestStore::lostConnectionIsNamedThenRestored()
{
    if (!m_database->isPostgres())
        QSKIP("SQLite has no connection to lose");
    Result<Query> backend = exec(QStringLiteral("SELECT pg_backend_pid()"));
    QVERIFY(backend && backend->next());
    const int pid = backend->value(0).toInt();
    QVERIFY(pid > 0);
    // The database server ends the store's connection while a transaction has writes in
    // flight, as a restart or failover of the server would.
    const auto done = m_store->transaction([&]() -> Result<void> {
        if (Result<void> inserted = insert(1); !inserted)
            return inserted;
        {
            QSqlDatabase admin = m_database->openDirect(m_dir->filePath(QStringLiteral("store")),
                                                        QStringLiteral("terminator"));
            QSqlQuery terminate(admin);
            if (!terminate.exec(QStringLiteral("SELECT pg_terminate_backend(%1)").arg(pid)))
                return makeError(ErrorCode::Internal, QStringLiteral("could not terminate"));
        }
        QSqlDatabase::removeDatabase(QStringLiteral("terminator"));
        return insert(2);
    });
    QVERIFY(!done.ok());
    QCOMPARE(done.error().code, ErrorCode::Unavailable);
    QVERIFY2(done.error().message.contains(QLatin1String("connection to the database was lost")),
             qPrintable(done.error().message));
    // The next statement connects again; the transaction that was cut off left nothing.
    Result<Query> after = exec(QStringLiteral("SELECT COUNT(*), pg_backend_pid() FROM numbers"));
    QVERIFY2(after.ok(), after.ok() ? "" : qPrintable(after.error().message));
    QVERIFY(after->next());
    QCOMPARE(after->value(0).toInt(), 0);
    QVERIFY(after->value(1).toInt() != pid);
    QVERIFY(insert(3).ok());
    QCOMPARE(stored(), QList<int> {3});
}

QTEST_GUILESS_MAIN(TestStore)
// Migration 8 replaced the breach-only email_outbox with mail_outbox: a store that had queued
// and sent breach e-mails keeps both, in order, with the key that stops them being queued again.
void TestStore::breachEmailsMoveToTheOutbox()
{
    const QString dir = m_dir->filePath(QStringLiteral("store"));
    QStringList asVersion7 = {
        QStringLiteral("DROP TABLE mail_outbox"),
        m_store->dialect().expand(QStringLiteral(R"(CREATE TABLE email_outbox (
            id {id},
            incident_id BIGINT NOT NULL REFERENCES incidents(id),
            user_id BIGINT NOT NULL REFERENCES users(id),
            to_address TEXT NOT NULL,
            subject TEXT NOT NULL,
            body TEXT NOT NULL,
            created_at BIGINT NOT NULL,
            attempts INTEGER NOT NULL DEFAULT 0,
            next_attempt_at BIGINT NOT NULL,
            sent_at BIGINT,
            last_error TEXT NOT NULL DEFAULT '',
            UNIQUE (incident_id, user_id)))")),
        QStringLiteral("INSERT INTO users (username, username_key, email, email_key, display_name, "
                       "roles, password_hash, created_at) VALUES ('ceo', 'ceo', 'ceo@x.example', "
                       "'ceo@x.example', 'Chief', 'executive', 'x', 0)"),
        QStringLiteral("INSERT INTO users (username, username_key, email, email_key, display_name, "
                       "roles, password_hash, created_at) VALUES ('cto', 'cto', 'cto@x.example', "
                       "'cto@x.example', 'Tech', 'executive', 'x', 0)"),
        QStringLiteral("INSERT INTO incidents (title, description, severity, category, status, "
                       "detected_at, reported_at, reporter, involves_amazon_data) VALUES "
                       "('Leak', '', 1, 'data_breach', 'reported', 0, 0, 'ceo', 1)"),
        QStringLiteral("INSERT INTO email_outbox (incident_id, user_id, to_address, subject, body, "
                       "created_at, attempts, next_attempt_at, sent_at, last_error) VALUES "
                       "(1, 1, 'ceo@x.example', 'Breach', 'sent', 5, 1, 5, 6, '')"),
        QStringLiteral("INSERT INTO email_outbox (incident_id, user_id, to_address, subject, body, "
                       "created_at, attempts, next_attempt_at, sent_at, last_error) VALUES "
                       "(1, 2, 'cto@x.example', 'Breach', 'failing', 5, 2, 9, NULL, 'refused')"),
        QStringLiteral("DELETE FROM schema_migrations WHERE version = 8"),
    };
    // What the migrations after 8 added goes too, so that they apply again cleanly.
    asVersion7 += undoMigrationsFrom(9);
    for (const QString &sql : asVersion7)
        QVERIFY2(exec(sql).ok(), qPrintable(sql));
    m_store.reset();
    Result<std::unique_ptr<Store>> reopened = Store::open(dir, m_clock, m_database->url());
    QVERIFY2(reopened.ok(), reopened.ok() ? "" : qPrintable(reopened.error().message));
    m_store = std::move(reopened.value());

    Result<Query> moved = exec(QStringLiteral(
        "SELECT kind, dedupe_key, user_id, incident_id, to_address, body, attempts, sent_at, "
        "last_error FROM mail_outbox ORDER BY id"));
    QVERIFY(moved.ok());
    QVERIFY(moved->next());
    QCOMPARE(moved->value(0).toString(), QStringLiteral("incident_breach"));
    QCOMPARE(moved->value(1).toString(), QStringLiteral("incident:1:user:1"));
    QCOMPARE(moved->value(2).toLongLong(), 1);
    QCOMPARE(moved->value(3).toLongLong(), 1);
    QCOMPARE(moved->value(5).toString(), QStringLiteral("sent"));
    QCOMPARE(moved->value(7).toLongLong(), 6);
    QVERIFY(moved->next());
    QCOMPARE(moved->value(4).toString(), QStringLiteral("cto@x.example"));
    QCOMPARE(moved->value(6).toInt(), 2);
    QVERIFY(moved->value(7).isNull());
    QCOMPARE(moved->value(8).toString(), QStringLiteral("refused"));
    QVERIFY(!moved->next());
    moved->finish();
    QVERIFY(!exec(QStringLiteral("SELECT COUNT(*) FROM email_outbox")).ok());
}

// The separation-of-duties migration takes over what happened before it: who created each
// account (from the audit trail) and who approved each request already approved.
void TestStore::separationOfDutiesTakesOverThePast()
{
    QVERIFY(crypto::init().ok());
    Accounts accounts(*m_store);
    const auto add = [&](const Caller &by, const QString &name, const QString &role) {
        Result<CreatedUser> created = accounts.addUser(by,
                                                       {name,
                                                        name + QStringLiteral("@x.example"),
                                                        name,
                                                        {},
                                                        {role},
                                                        "a-long-enough-password"});
        if (!created)
            qFatal("add %s: %s", qPrintable(name), qPrintable(created.error().message));
        return created->user;
    };
    const User ada = add(Caller::localOperator(), QStringLiteral("ada"), QStringLiteral("admin"));
    const User olga
        = add(Caller::forUser(ada), QStringLiteral("olga"), QStringLiteral("compliance_officer"));
    const User bob = add(Caller::forUser(ada), QStringLiteral("bob"), QStringLiteral("employee"));
    QVERIFY(
        exec(QStringLiteral("UPDATE users SET totp_enrolled_at = 1 WHERE id = ?"), {bob.id}).ok());
    AccessControl access(*m_store);
    QVERIFY(access.addClient(Caller::forUser(ada), QStringLiteral("ACME")).ok());
    Result<AccessRequest> request
        = access.createRequest(Caller::forUser(bob),
                               {QStringLiteral("orders.pii"),
                                QStringLiteral("ACME"),
                                QStringLiteral("Carrier claim for the lost parcel of 302-7"),
                                24,
                                {}});
    QVERIFY(request.ok());
    QVERIFY(access.approve(Caller::forUser(olga), request->id, QStringLiteral("ok")).ok());

    // Back to the schema before the migration, with what it added gone.
    const auto &migrations = schema::migrations();
    const auto sod = std::find_if(migrations.cbegin(), migrations.cend(), [](const QStringList &m) {
        return m.first().contains(QLatin1String("CREATE TABLE account_changes"));
    });
    QVERIFY(sod != migrations.cend());
    const int version = int(sod - migrations.cbegin()) + 1;
    // The migrations after it run again too.
    for (const QString &sql : undoMigrationsFrom(version))
        QVERIFY2(exec(sql).ok(), qPrintable(sql));
    m_store.reset();
    Result<std::unique_ptr<Store>> reopened
        = Store::open(m_dir->filePath(QStringLiteral("store")), m_clock, m_database->url());
    QVERIFY2(reopened.ok(), reopened.ok() ? "" : qPrintable(reopened.error().message));
    m_store = std::move(reopened.value());

    Result<Query> changes = exec(QStringLiteral(
        "SELECT target_id, actor_id, actor, kind FROM account_changes ORDER BY target_id"));
    QVERIFY(changes.ok());
    const QList<std::tuple<qint64, QVariant, QString>> expected
        = {{ada.id, QVariant(), QStringLiteral("compliancectl")},
           {olga.id, ada.id, QStringLiteral("ada")},
           {bob.id, ada.id, QStringLiteral("ada")}};
    for (const auto &[target, actorId, actor] : expected) {
        QVERIFY(changes->next());
        QCOMPARE(changes->value(0).toLongLong(), target);
        QCOMPARE(changes->value(1).isNull(), actorId.isNull());
        if (!actorId.isNull())
            QCOMPARE(changes->value(1).toLongLong(), actorId.toLongLong());
        QCOMPARE(changes->value(2).toString(), actor);
        QCOMPARE(changes->value(3).toString(), QStringLiteral("created"));
    }
    QVERIFY(!changes->next());
    changes->finish();
    Result<AccessRequest> approved
        = AccessControl(*m_store).request(Caller::forUser(bob), request->id);
    QVERIFY(approved.ok());
    QCOMPARE(approved->approvalsRequired, 1);
    QCOMPARE(approved->approvals.size(), 1);
    QCOMPARE(approved->approvals.first().username, QStringLiteral("olga"));
    QCOMPARE(approved->approvals.first().comment, QStringLiteral("ok"));
}

// The designations migration takes over what breach notices matched until then: the exact
// titles CTO and CEO (any case, trimmed) of active accounts, the oldest holder of each; a
// title that only says it in words, or an offboarded holder, is not taken over.
void TestStore::designationsTakeOverExactTitles()
{
    QVERIFY(crypto::init().ok());
    Accounts accounts(*m_store);
    const auto add = [&](const QString &name, const QString &title) {
        Result<CreatedUser> created = accounts.addUser(Caller::localOperator(),
                                                       {name,
                                                        name + QStringLiteral("@x.example"),
                                                        name,
                                                        title,
                                                        {QStringLiteral("executive")},
                                                        "a-long-enough-password"});
        if (!created)
            qFatal("add %s: %s", qPrintable(name), qPrintable(created.error().message));
        return created->user;
    };
    const User gone = add(QStringLiteral("gone"), QStringLiteral("CEO"));
    const User tom = add(QStringLiteral("tom"), QStringLiteral(" cto "));
    add(QStringLiteral("tim"), QStringLiteral("CTO"));
    add(QStringLiteral("nina"), QStringLiteral("Chief Executive Officer"));
    QVERIFY(accounts.offboard(Caller::localOperator(), gone.id, QStringLiteral("left")).ok());

    const auto &migrations = schema::migrations();
    const auto designations
        = std::find_if(migrations.cbegin(), migrations.cend(), [](const QStringList &m) {
              return m.first().contains(QLatin1String("CREATE TABLE user_designations"));
          });
    QVERIFY(designations != migrations.cend());
    const int version = int(designations - migrations.cbegin()) + 1;
    for (const QString &sql : undoMigrationsFrom(version))
        QVERIFY2(exec(sql).ok(), qPrintable(sql));
    m_store.reset();
    Result<std::unique_ptr<Store>> reopened
        = Store::open(m_dir->filePath(QStringLiteral("store")), m_clock, m_database->url());
    QVERIFY2(reopened.ok(), reopened.ok() ? "" : qPrintable(reopened.error().message));
    m_store = std::move(reopened.value());

    Result<Query> held = exec(
        QStringLiteral("SELECT designation, user_id FROM user_designations ORDER BY designation"));
    QVERIFY(held.ok());
    QVERIFY(held->next());
    QCOMPARE(held->value(0).toString(), QStringLiteral("cto"));
    QCOMPARE(held->value(1).toLongLong(), tom.id);
    QVERIFY(!held->next()); // no CEO: the only exact title is offboarded
    held->finish();
    Result<User> reread = Accounts(*m_store).user(tom.id);
    QVERIFY(reread.ok());
    QCOMPARE(reread->designations, QStringList {QStringLiteral("cto")});
}

#include "tst_store.moc"

void TestStore::storeFromBeforeKeyRotationMigrates()
{
    QVERIFY(crypto::init().ok());
    const QString dir = m_dir->filePath(QStringLiteral("store"));
    const QString keyFile = DataDir(dir).masterKeyFile();
    // What the code before key rotation kept: a key file of 32 raw bytes, and an audit signing
    // key derived from them (HKDF-SHA256, the purpose as info), never stored.
    const QByteArray raw = crypto::randomBytes(crypto::kAesKeyBytes);
    const QByteArray legacySeed = crypto::hkdfSha256(raw, QByteArrayLiteral("compliance-console"),
                                                     audit::kCheckpointKeyPurpose, 32)
                                      .value();
    const QString legacyKeyId
        = crypto::keyFingerprint(crypto::ed25519PublicKey(legacySeed).value());
    const auto reopen = [&] {
        m_store.reset();
        Result<std::unique_ptr<Store>> opened = Store::open(dir, m_clock, m_database->url());
        QVERIFY2(opened.ok(), opened.ok() ? "" : qPrintable(opened.error().message));
        m_store = std::move(opened.value());
    };
    // The store as that code left it: no signing key table, the schema one version back.
    const auto &migrations = schema::migrations();
    const int signingVersion = int(std::find_if(migrations.cbegin(), migrations.cend(),
                                                [](const QStringList &m) {
                                                    return m.first().contains(QLatin1String(
                                                        "CREATE TABLE audit_signing_keys"));
                                                })
                                   - migrations.cbegin())
        + 1;
    const auto backToTheOldFormat = [&] {
        // The migrations from the signing key on run again too.
        for (const QString &sql : undoMigrationsFrom(signingVersion))
            QVERIFY2(exec(sql).ok(), qPrintable(sql));
        m_store.reset();
        QFile file(keyFile);
        QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
        QCOMPARE(file.write(raw), raw.size());
        file.close();
    };
    const auto event = [&](int i) {
        AuditEvent e;
        e.actor = QStringLiteral("ada");
        e.action = QStringLiteral("access.request");
        e.objectType = QStringLiteral("access_request");
        e.objectId = QString::number(i);
        QVERIFY(audit::record(*m_store, e).ok());
    };

    backToTheOldFormat();
    reopen();
    // The old signing key is adopted as the first of the history, and the key file rewritten
    // in format 2 with the same key as version 1.
    QCOMPARE(audit::currentSigningKey(*m_store)->keyId, legacyKeyId);
    QFile rewritten(keyFile);
    QVERIFY(rewritten.open(QIODevice::ReadOnly));
    QVERIFY(rewritten.readAll().startsWith("compliance-console master key file\nformat 2\n"));
    QCOMPARE(rewritten.permissions()
                 & (QFile::ReadGroup | QFile::WriteGroup | QFile::ExeGroup | QFile::ReadOther
                    | QFile::WriteOther | QFile::ExeOther | QFile::ExeOwner),
             QFile::Permissions());
    crypto::KeyRing old;
    old.addKey(1, raw);
    const QByteArray aad = crypto::fieldAad(QStringLiteral("t"), QStringLiteral("c"), 1);
    QCOMPARE(m_store->keys().open(old.seal("sealed before", aad).value(), aad).value(),
             QByteArray("sealed before"));

    // Checkpoints and anchors signed by that key, then the store put back to the old format:
    // exactly what a store made before key rotation holds.
    for (int i = 0; i < 3; ++i)
        event(i);
    const AuditCheckpoint signedBefore
        = audit::checkpoint(*m_store, Caller::localOperator()).value().value();
    QCOMPARE(signedBefore.keyId, legacyKeyId);
    backToTheOldFormat();
    reopen();
    const AuditVerification v = audit::verify(*m_store).value();
    QVERIFY2(v.intact, qPrintable(v.problem));
    QCOMPARE(v.checkpointsVerified, 1);
    QCOMPARE(v.anchorsMatched, 1);
    // And it signs on with the same key.
    event(3);
    QCOMPARE(audit::checkpoint(*m_store, Caller::localOperator()).value()->keyId, legacyKeyId);
    QVERIFY(audit::verify(*m_store)->intact);
}

void TestStore::masterKeyRotationSealsEverythingAgain()
{
    QVERIFY(crypto::init().ok());
    const QString dir = m_dir->filePath(QStringLiteral("store"));
    // A server on the same store, open throughout: it must read every value at every moment.
    std::unique_ptr<Store> server = std::move(Store::open(dir, m_clock, m_database->url()).value());
    // Wrapped order keys enough for several batches, and a value in every other sealed column
    // a service fills (a user's TOTP secret through Accounts).
    const QString wrappedKeys = m_store->dialect().expand(QStringLiteral("{vault}order_keys"));
    const auto aad = [](qint64 id) {
        return crypto::fieldAad(QStringLiteral("order_keys"), QStringLiteral("wrapped_key"), id);
    };
    QHash<qint64, QByteArray> plain;
    QVERIFY(m_store
                ->transaction([&]() -> Result<void> {
                    for (qint64 id = 1; id <= 250; ++id) {
                        plain.insert(id, crypto::randomBytes(32));
                        Result<QByteArray> sealed = m_store->keys().seal(plain.value(id), aad(id));
                        if (!sealed)
                            return sealed.error();
                        if (Result<Query> q = exec(QStringLiteral("INSERT INTO %1 (order_id, "
                                                                  "wrapped_key) VALUES (?, ?)")
                                                       .arg(wrappedKeys),
                                                   {id, *sealed});
                            !q)
                            return q.error();
                    }
                    return {};
                })
                .ok());
    Result<CreatedUser> ada = Accounts(*m_store).addUser(Caller::localOperator(),
                                                         {QStringLiteral("ada"),
                                                          QStringLiteral("ada@x.example"),
                                                          QStringLiteral("Ada"),
                                                          {},
                                                          {QStringLiteral("admin")},
                                                          "a-long-enough-password"});
    QVERIFY2(ada.ok(), ada.ok() ? "" : qPrintable(ada.error().message));
    QVERIFY(audit::checkpoint(*m_store, Caller::localOperator()).value().has_value());
    const QString signingKeyId = audit::currentSigningKey(*m_store)->keyId;
    const auto readsAll = [&](const Store &store) {
        Result<Query> q
            = store.exec(QStringLiteral("SELECT order_id, wrapped_key FROM %1 ORDER BY order_id")
                             .arg(wrappedKeys));
        int read = 0;
        while (q && q->next()) {
            const qint64 id = q->value(0).toLongLong();
            Result<QByteArray> opened = store.keys().open(q->value(1).toByteArray(), aad(id));
            if (!opened || *opened != plain.value(id))
                return false;
            ++read;
        }
        return read == plain.size() && audit::signingPublicKey(store).ok()
            && Accounts(const_cast<Store &>(store)).userByUsername(QStringLiteral("ada")).ok();
    };
    QCOMPARE(valuesUnderOldKeys(*m_store).value(), 0);

    // Stopped after two batches of 100, as a kill would leave it: some values under each
    // version, the key file holding both, everything readable by the server.
    const Result<KeyRotationReport> stopped
        = rotateMasterKey(*m_store, Caller::localOperator(), {100, 2});
    QVERIFY(!stopped.ok());
    QVERIFY2(stopped.error().message.contains(QStringLiteral("test hook")),
             qPrintable(stopped.error().message));
    Result<crypto::KeyRing> midway = crypto::KeyRing::loadKeyFile(DataDir(dir).masterKeyFile());
    QCOMPARE(midway->versions(), QList<quint32>({1, 2}));
    QVERIFY(valuesUnderOldKeys(*m_store).value() > 0);
    QVERIFY(readsAll(*server));
    QCOMPARE(server->keys().currentVersion(), 2u); // and it seals with the new one

    // Run again (a fresh process): it goes on and finishes.
    m_store.reset();
    m_store = std::move(Store::open(dir, m_clock, m_database->url()).value());
    const Result<KeyRotationReport> finished
        = rotateMasterKey(*m_store, Caller::localOperator(), {100, -1});
    QVERIFY2(finished.ok(), finished.ok() ? "" : qPrintable(finished.error().message));
    QVERIFY(finished->resumed);
    QCOMPARE(finished->version, 2u);
    QCOMPARE(finished->retired, QList<quint32>({1}));
    QCOMPARE(valuesUnderOldKeys(*m_store).value(), 0);
    QCOMPARE(crypto::KeyRing::loadKeyFile(DataDir(dir).masterKeyFile())->versions(),
             QList<quint32>({2}));
    QVERIFY(readsAll(*server));
    QCOMPARE(server->keys().currentVersion(), 2u); // reads the file again: version 1 is gone
    // What the server holds in memory (its key is this store's key file).
    QCOMPARE(static_cast<const crypto::KeyRing &>(server->keys()).versions(), QList<quint32>({2}));
    QVERIFY(readsAll(*m_store));
    // The signing key was sealed again, never changed: the old checkpoint verifies.
    QCOMPARE(audit::currentSigningKey(*m_store)->keyId, signingKeyId);
    const AuditVerification v = audit::verify(*m_store).value();
    QVERIFY2(v.intact, qPrintable(v.problem));
    QCOMPARE(v.checkpointsVerified, 1);
    QStringList actions;
    const QList<AuditEvent> events = audit::list(*m_store, 0, 1000).value();
    for (const AuditEvent &e : events)
        actions << e.action;
    QCOMPARE(actions.count(QStringLiteral("master_key.rotate_start")), 1);
    QCOMPARE(actions.count(QStringLiteral("master_key.rotate")), 1);

    // Inside a write transaction the server's key looks for a rotation once, at its first
    // seal. Its transaction before the next rotation must not make it miss that rotation.
    const auto sealsUnder = [&](Store &store) -> quint32 {
        const Result<quint32> version = store.transaction([&]() -> Result<quint32> {
            Result<QByteArray> sealed = store.keys().seal(QByteArrayLiteral("x"), aad(0));
            if (!sealed)
                return sealed.error();
            return crypto::KeyRing::blobVersion(*sealed);
        });
        return version ? *version : 0;
    };
    QCOMPARE(sealsUnder(*server), 2u);

    // A second rotation starts anew: version 3, everything moves, version 2 retired.
    const Result<KeyRotationReport> again = rotateMasterKey(*m_store, Caller::localOperator());
    QVERIFY(again.ok());
    QCOMPARE(sealsUnder(*server), 3u);
    QVERIFY(!again->resumed);
    QCOMPARE(again->version, 3u);
    QCOMPARE(again->retired, QList<quint32>({2}));
    QVERIFY(again->resealed >= qint64(plain.size()) + 2); // the order keys, TOTP, signing key
    QVERIFY(readsAll(*server));
    QVERIFY(audit::verify(*m_store)->intact);

    // Once its transaction has ended, the server's key looks on every seal again.
    QVERIFY(rotateMasterKey(*m_store, Caller::localOperator()).ok());
    const Result<QByteArray> outside = server->keys().seal(QByteArrayLiteral("x"), aad(0));
    QVERIFY(outside.ok());
    QCOMPARE(crypto::KeyRing::blobVersion(*outside), 4u);
}

// The hourly PII cap counts a person's reads on every connection: while one transaction has
// admitted the hour's worth and not yet committed, another connection's read is refused once
// the first commits, not admitted on the count from before. (On PostgreSQL the second count
// waits for the audit head's row lock; on SQLite for the writer lock.)
void TestStore::piiCapCountsReadsOfOtherConnections()
{
    QVERIFY(crypto::init().ok());
    constexpr int kCap = 3;
    const QString dir = m_dir->filePath(QStringLiteral("store"));
    {
        QFile policy(QDir(dir).filePath(QStringLiteral("policy.json")));
        QVERIFY(policy.open(QIODevice::WriteOnly));
        policy.write(QByteArrayLiteral("{\"pii_read_max_per_hour\": ") + QByteArray::number(kCap)
                     + "}");
    }
    Result<CreatedUser> reader = Accounts(*m_store).addUser(Caller::localOperator(),
                                                            {QStringLiteral("rhea"),
                                                             QStringLiteral("rhea@x.example"),
                                                             QStringLiteral("Rhea"),
                                                             {},
                                                             {QStringLiteral("employee")},
                                                             "a-long-enough-password"});
    QVERIFY2(reader.ok(), reader.ok() ? "" : qPrintable(reader.error().message));
    Caller caller;
    caller.userId = reader->user.id;
    caller.username = QStringLiteral("rhea");
    std::unique_ptr<Store> first = std::move(Store::open(dir, m_clock, m_database->url()).value());
    std::unique_ptr<Store> second = std::move(Store::open(dir, m_clock, m_database->url()).value());
    QCOMPARE(first->policy().piiReadMaxPerHour, kCap);

    std::promise<void> admitted;
    std::future<Result<void>> firstDone = std::async(std::launch::async, [&] {
        return first->transaction([&]() -> Result<void> {
            const Result<void> within = PiiReadCaps(*first).admit(caller, kCap);
            admitted.set_value(); // also on a refusal, which the test then reports
            if (!within)
                return within;
            // Open long enough for the other connection's read to start meanwhile.
            QThread::msleep(300);
            return {};
        });
    });
    admitted.get_future().wait();
    const Result<void> secondRead = second->transaction(
        [&]() -> Result<void> { return PiiReadCaps(*second).admit(caller, 1); });
    const Result<void> firstRead = firstDone.get();
    QVERIFY2(firstRead.ok(), firstRead.ok() ? "" : qPrintable(firstRead.error().message));
    QVERIFY2(!secondRead.ok(), "a read past the hourly cap was admitted");
    QCOMPARE(secondRead.error().code, ErrorCode::RateLimited);
}

// A legal hold set on another connection while the retention sweep runs: the sweep either
// sees it or runs first, never deletes the held client's facts after the hold was set. The
// hold's transaction stays open after its insert while the sweep starts; on PostgreSQL the
// sweep then read the holds before that commit and deleted the facts.
void TestStore::sweepSeesAHoldSetMeanwhile()
{
    QVERIFY(crypto::init().ok());
    Result<IngestResult> ingested = Orders(*m_store).ingest(
        Caller::localOperator(),
        test::batchOf(QStringLiteral("acme"),
                      {test::orderFacts(QStringLiteral("404-1"), m_clock.now().addYears(-3))}));
    QVERIFY2(ingested.ok(), ingested.ok() ? "" : qPrintable(ingested.error().message));
    QVERIFY2(ingested->errors.isEmpty(), qPrintable(ingested->errors.value(0).message));
    const QString dir = m_dir->filePath(QStringLiteral("store"));
    std::unique_ptr<Store> holder = std::move(Store::open(dir, m_clock, m_database->url()).value());
    std::unique_ptr<Store> sweeper
        = std::move(Store::open(dir, m_clock, m_database->url()).value());

    std::promise<void> inserted;
    std::future<Result<LegalHold>> held = std::async(std::launch::async, [&] {
        return holder->transaction([&]() -> Result<LegalHold> {
            Result<LegalHold> hold = LegalHolds(*holder).set(
                Caller::localOperator(),
                {QStringLiteral("acme"), QStringLiteral("Litigation hold"), {}, true});
            inserted.set_value(); // also on a refusal, which the test then reports
            // Open long enough for the sweep to start meanwhile.
            QThread::msleep(300);
            return hold;
        });
    });
    inserted.get_future().wait();
    const Result<SweepResult> swept = Orders(*sweeper).sweep(Caller::localOperator());
    const Result<LegalHold> hold = held.get();
    QVERIFY2(hold.ok(), hold.ok() ? "" : qPrintable(hold.error().message));
    QVERIFY2(swept.ok(), swept.ok() ? "" : qPrintable(swept.error().message));
    QVERIFY2(swept->deleted == 0, "the sweep deleted the facts of a client under a legal hold");
    QCOMPARE(swept->heldClients, QStringList {QStringLiteral("acme")});
}

// Appends in one transaction continue from the head the last one left, without reading it
// again; a rolled-back savepoint takes its appends back, and the next append reads the head
// the database has. The chain stays one line either way.
void TestStore::appendsInOneTransactionReadTheHeadOnce()
{
    const auto event = [](const QString &id) {
        AuditEvent e;
        e.actor = QStringLiteral("ada");
        e.action = QStringLiteral("access.request");
        e.objectType = QStringLiteral("access_request");
        e.objectId = id;
        return e;
    };
    QList<qint64> tripsPerAppend;
    Result<int> done = m_store->transaction([&]() -> Result<int> {
        for (const char *id : {"1", "2", "3"}) {
            const qint64 before = m_store->databaseRoundTrips();
            if (Result<AuditEvent> e = audit::append(*m_store, event(QLatin1String(id))); !e)
                return e.error();
            tripsPerAppend << m_store->databaseRoundTrips() - before;
        }
        // Undone: the head goes back to event 3's.
        Result<int> undone = m_store->transaction([&]() -> Result<int> {
            if (Result<AuditEvent> e = audit::append(*m_store, event(QStringLiteral("undone"))); !e)
                return e.error();
            return makeError(ErrorCode::InvalidInput, QStringLiteral("rolled back on purpose"));
        });
        if (undone)
            return makeError(ErrorCode::Internal, QStringLiteral("the savepoint committed"));
        Result<AuditEvent> after = audit::append(*m_store, event(QStringLiteral("4")));
        if (!after)
            return after.error();
        return int(after->seq);
    });
    QVERIFY2(done.ok(), done.ok() ? "" : qPrintable(done.error().message));
    // The first append reads the head (locked on PostgreSQL); the others send their writes only.
    const QList<qint64> expected
        = m_database->isPostgres() ? QList<qint64> {1, 0, 0} : QList<qint64> {0, 0, 0};
    QCOMPARE(tripsPerAppend, expected);
    const QList<AuditEvent> events = audit::list(*m_store, 0, 1000).value();
    QStringList ids;
    for (const AuditEvent &e : events)
        ids << e.objectId;
    QCOMPARE(ids.mid(ids.size() - 4),
             (QStringList {QStringLiteral("1"), QStringLiteral("2"), QStringLiteral("3"),
                           QStringLiteral("4")}));
    QCOMPARE(qint64(*done), events.last().seq);
    const AuditVerification v = audit::verify(*m_store).value();
    QVERIFY2(v.intact, qPrintable(v.problem));
}

// SQLite commits with synchronous=NORMAL and the store syncs the log itself once the writer
// lock is free: every commit is synced before it returns, and while one waits for the disk
// another connection can already write.
void TestStore::commitsReachTheDiskOutsideTheWriterLock()
{
    if (m_database->isPostgres())
        QSKIP("PostgreSQL syncs its own log before it answers COMMIT");
    Result<Query> vault = exec(QStringLiteral("PRAGMA keyvault.synchronous"));
    QVERIFY(vault && vault->next());
    QCOMPARE(vault->value(0).toInt(), 2); // FULL
    vault->finish();
    // An empty log, so that no checkpoint (which syncs the log too) falls among the counts, and
    // begun again: SQLite syncs a restarted log's header itself.
    QVERIFY(exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)")).ok());
    QVERIFY(insert(0).ok());
    const auto syncsOf = [](const std::function<void()> &work) {
        const int before = LogSyncs::count;
        work();
        return LogSyncs::count - before;
    };
    QCOMPARE(syncsOf([this] { QVERIFY(insert(1).ok()); }), 1); // outside a transaction
    QCOMPARE(syncsOf([this] {
                 QVERIFY(m_store
                             ->transaction([this]() -> Result<void> {
                                 if (Result<void> one = insert(2); !one)
                                     return one;
                                 return insert(3);
                             })
                             .ok());
             }),
             1);
    QCOMPARE(syncsOf([this] {
                 QVERIFY(m_store
                             ->transaction([this] {
                                 return exec(QStringLiteral("SELECT COUNT(*) FROM numbers"));
                             })
                             .ok());
             }),
             0); // nothing committed, nothing to sync
    QList<bool> commits;
    QCOMPARE(
        syncsOf([&] {
            QVERIFY(
                m_store->openBatch([&commits](const Result<void> &r) { commits << r.ok(); }).ok());
            for (int n : {4, 5, 6})
                QVERIFY(m_store->transaction([&] { return insert(n); }).ok());
            QVERIFY(m_store->commitBatch().ok());
        }),
        1);
    QCOMPARE(commits, QList<bool> {true});

    // While this commit's sync waits, another connection begins, writes and commits. Had the
    // sync stayed inside the lock, its BEGIN would have waited 5 s and failed as busy.
    Result<std::unique_ptr<Store>> other = m_store->openAnother();
    QVERIFY2(other.ok(), other.ok() ? "" : qPrintable(other.error().message));
    Result<void> otherWrote = makeError(ErrorCode::Internal, QStringLiteral("did not run"));
    LogSyncs::onSync = [&] {
        otherWrote = std::async(std::launch::async, [&] {
                         return (*other)->transaction([&]() -> Result<void> {
                             if (Result<Query> q = (*other)->exec(
                                     QStringLiteral("INSERT INTO numbers (n) VALUES (8)"));
                                 !q)
                                 return q.error();
                             return {};
                         });
                     }).get();
    };
    QVERIFY(m_store->transaction([this] { return insert(7); }).ok());
    LogSyncs::onSync = {};
    QVERIFY2(otherWrote.ok(), otherWrote.ok() ? "" : qPrintable(otherWrote.error().message));
    QCOMPARE(stored(), (QList<int> {0, 1, 2, 3, 4, 5, 6, 7, 8}));
}

// Every migration has its undo above, so that the tests that take a store back to an older
// version can reopen it; the next migration added without one fails here, by its number.
void TestStore::migrationsCanBeUndone()
{
    const qsizetype undoable = kFirstUndoable - 1 + migrationUndo().size();
    QVERIFY2(undoable == schema::migrations().size(),
             qPrintable(QStringLiteral("migration %1 has no entry in tst_store's migrationUndo(): "
                                       "add what it creates there")
                            .arg(undoable + 1)));
}
