// The audit chain: audit::verify (links, hashes, signed checkpoint) over a store of N events, next
// to references measured in the same run over the same rows:
//   - raw SHA-256 (the digest fetched once, one context reused) over the very canonical bytes
//     the chain hashes, already in memory: the hashing floor;
//   - a read of the same rows and columns through SQLite's C API, nothing else: the reading
//     floor;
//   - a direct verify through SQLite's C API (sqlite3_step over the same rows, canonical bytes
//     from the column bytes, SHA-256 as above, link and hash compare), one thread: what a verify
//     that does the same checks can cost.
// Also the cost of one audited write as a request pays it (audit::record in its own durable
// transaction) next to a raw prepared INSERT in its own transaction, synchronous=FULL.
// Not a test: it prints figures. Every loop is bounded in count and in time.
//
//   bench_audit [--events 100000] [--keep] [--table FILE]

#include "BenchTable.h"
#include "Clock.h"
#include "audit/AuditLog.h"
#include "crypto/Crypto.h"
#include "store/RowType.h"
#include "store/Store.h"

#include <algorithm>
#include <array>
#include <charconv>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <functional>
#include <openssl/evp.h>
#include <sqlite3.h>
#include <unistd.h>
#include <vector>

#include <QCoreApplication>
#include <QFile>
#include <QLoggingCategory>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>

namespace {

using SteadyClock = std::chrono::steady_clock;
using cc::bench::BenchTable;

constexpr qint64 kDefaultEvents = 100000;
constexpr qint64 kMaxEvents = 5000000;
constexpr int kRepetitions = 3;
constexpr double kRepetitionBudgetSeconds = 40; // no further repetitions once exceeded
constexpr int kPageRuns = 21;
constexpr int kMaxDurableWrites = 300;
constexpr double kDurableWriteBudgetSeconds = 10;

const char *const kColumns = "seq, at, actor_id, actor, action, object_type, object_id, reason, "
                             "outcome, detail, prev_hash, hash";

[[noreturn]] void fail(const QString &what)
{
    std::fprintf(stderr, "bench_audit: %s\n", qPrintable(what));
    std::exit(1);
}

double secondsSince(SteadyClock::time_point start)
{
    return std::chrono::duration<double>(SteadyClock::now() - start).count();
}

// Same bytes as the length-prefixed canonical form in core/audit/AuditChain.cpp. The run checks
// every stored hash against it, so a drift from the product's form stops the benchmark.
void appendField(QByteArray &out, const QByteArray &bytes)
{
    out += QByteArray::number(bytes.size());
    out += ':';
    out += bytes;
    out += ';';
}

QByteArray canonicalFromRow(const QSqlQuery &q)
{
    QByteArray out;
    out.reserve(512);
    appendField(out, QByteArray::number(q.value(0).toLongLong()));
    appendField(out, QByteArray::number(q.value(1).toLongLong()));
    appendField(out,
                q.value(2).isNull() ? QByteArray() : QByteArray::number(q.value(2).toLongLong()));
    for (int column = 3; column <= 10; ++column)
        appendField(out, q.value(column).toString().toUtf8());
    return out;
}

// SHA-256 the way a careful caller of OpenSSL 3 does it: the digest fetched once and one
// context reused (EVP_Digest with EVP_sha256() looks the digest up again on every call).
class Sha256
{
public:
    Sha256()
        : m_md(EVP_MD_fetch(nullptr, "SHA256", nullptr))
        , m_ctx(EVP_MD_CTX_new())
    {
        if (!m_md || !m_ctx)
            fail(QStringLiteral("cannot set up EVP SHA-256"));
    }
    ~Sha256()
    {
        EVP_MD_CTX_free(m_ctx);
        EVP_MD_free(m_md);
    }
    Sha256(const Sha256 &) = delete;
    Sha256 &operator=(const Sha256 &) = delete;

    void hash(const char *data, size_t size, unsigned char *digest)
    {
        unsigned int length = 0;
        if (EVP_DigestInit_ex(m_ctx, m_md, nullptr) != 1 || EVP_DigestUpdate(m_ctx, data, size) != 1
            || EVP_DigestFinal_ex(m_ctx, digest, &length) != 1 || length != 32)
            fail(QStringLiteral("raw EVP SHA-256 failed"));
    }

private:
    EVP_MD *m_md;
    EVP_MD_CTX *m_ctx;
};

QSqlQuery readAll(const cc::Store &store)
{
    QSqlQuery q(store.database());
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("SELECT %1 FROM audit_events ORDER BY seq")
                    .arg(QString::fromLatin1(kColumns))))
        fail(QStringLiteral("raw read failed"));
    return q;
}

// Synthetic but realistically shaped events: the mix a store in use writes.
cc::AuditEvent syntheticEvent(qint64 i)
{
    static const char *const actions[] = {"access.request", "access.approve", "grant.revoke",
                                          "session.create", "user.create",    "grant.expire"};
    cc::AuditEvent e;
    e.actorId = 1 + i % 12;
    e.actor = QStringLiteral("user%1.example").arg(i % 12);
    e.action = QString::fromLatin1(actions[i % 6]);
    e.objectType = QStringLiteral("access_request");
    e.objectId = QString::number(i);
    e.reason = QStringLiteral("Buyer disputes delivery of order 302-%1; need the shipping address "
                              "to file the carrier claim.")
                   .arg(4471905 + i);
    e.detail = QStringLiteral("category=orders.pii client=Northwind Outdoor EU duration_hours=24");
    return e;
}

void exec(const cc::Store &store, const QString &sql)
{
    if (!store.exec(sql))
        fail(QStringLiteral("statement failed: ") + sql);
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    // Set-up chatter (schema migrations) would interleave with the figures.
    QLoggingCategory::setFilterRules(QStringLiteral("compliance.*.info=false"));
    QStringList arguments = QCoreApplication::arguments();
    const BenchTable table(arguments);
    qint64 events = kDefaultEvents;
    if (const qsizetype at = arguments.indexOf(QStringLiteral("--events"));
        at >= 0 && at + 1 < arguments.size())
        events = arguments.at(at + 1).toLongLong();
    if (events < 1 || events > kMaxEvents)
        fail(QStringLiteral("--events must be 1 to %1").arg(kMaxEvents));

    if (const auto ready = cc::crypto::init(); !ready)
        fail(ready.error().message);
    QTemporaryDir dir;
    if (!dir.isValid())
        fail(QStringLiteral("cannot create a temporary directory"));
    // --keep leaves the store behind, e.g. to time `compliancectl audit verify` on it.
    dir.setAutoRemove(!arguments.contains(QStringLiteral("--keep")));
    const QString storeDir = dir.filePath(QStringLiteral("store"));
    if (const auto created = cc::Store::create(storeDir); !created)
        fail(created.error().message);
    static const cc::SystemClock clock;
    cc::Result<std::unique_ptr<cc::Store>> opened = cc::Store::open(storeDir, clock);
    if (!opened)
        fail(opened.error().message);
    cc::Store &store = **opened;

    // Seeding is set-up, not a figure to compare: the rows audit::append would write (the
    // product's hashOf, times never decreasing), through one prepared INSERT in one
    // transaction without fsync. audit::verify below must find them an intact chain.
    const cc::Result<std::optional<QVariant>> mode
        = cc::rows::single(store.exec(QStringLiteral("PRAGMA synchronous")));
    if (!mode || !*mode)
        fail(QStringLiteral("cannot read the store's PRAGMA synchronous"));
    const QString synchronous = QStringLiteral("PRAGMA synchronous=%1").arg((*mode)->toInt());
    exec(store, QStringLiteral("PRAGMA synchronous=OFF"));
    const auto seedStart = SteadyClock::now();
    const cc::Result<void> appended = store.transaction([&]() -> cc::Result<void> {
        QSqlQuery insert(store.database());
        // COALESCE: the first event's previous hash is the empty (null) string.
        if (!insert.prepare(QStringLiteral("INSERT INTO audit_events (%1) VALUES (?, ?, ?, ?, ?, "
                                           "?, ?, ?, ?, ?, COALESCE(?, ''), ?)")
                                .arg(QString::fromLatin1(kColumns))))
            fail(QStringLiteral("cannot prepare the seeding insert"));
        const qint64 start = clock.nowMs() - events;
        QString previous;
        for (qint64 i = 0; i < events; ++i) {
            cc::AuditEvent e = syntheticEvent(i);
            e.seq = i + 1;
            e.atMs = start + i;
            e.prevHash = previous;
            e.hash = cc::audit::hashOf(e);
            for (const QVariant &v : {QVariant(e.seq), QVariant(e.atMs), QVariant(*e.actorId),
                                      QVariant(e.actor), QVariant(e.action), QVariant(e.objectType),
                                      QVariant(e.objectId), QVariant(e.reason), QVariant(e.outcome),
                                      QVariant(e.detail), QVariant(e.prevHash), QVariant(e.hash)})
                insert.addBindValue(v);
            if (!insert.exec())
                fail(QStringLiteral("seeding insert failed"));
            previous = e.hash;
        }
        if (!store.exec(QStringLiteral("UPDATE audit_head SET seq = ?, hash = ? WHERE id = 1"),
                        {events, previous}))
            fail(QStringLiteral("cannot move the head"));
        return {};
    });
    if (!appended)
        fail(appended.error().message);
    // A signed checkpoint of the head, as the server's job makes: verify checks it too.
    cc::Caller system;
    system.username = QStringLiteral("system");
    const auto checkpoint = cc::audit::checkpoint(store, system);
    if (!checkpoint || !*checkpoint)
        fail(QStringLiteral("cannot sign a checkpoint"));
    ++events; // the checkpoint's own record
    const double seedSeconds = secondsSince(seedStart);
    exec(store, synchronous); // the store's own again

    std::printf("Audit chain: %lld events (synthetic, realistically sized), SQLite (WAL)\n",
                qlonglong(events));
    std::printf("seeded in one transaction (synchronous=OFF) and one signed checkpoint: %.1f s, "
                "%.0f events/s\n\n",
                seedSeconds, double(events) / seedSeconds);

    // The canonical bytes and stored hashes, in memory for the pure hashing reference; building
    // them also checks that this file's canonical form is the product's.
    std::vector<QByteArray> canonical;
    std::vector<std::array<unsigned char, 32>> storedHashes;
    canonical.reserve(size_t(events));
    storedHashes.reserve(size_t(events));
    {
        QSqlQuery q = readAll(store);
        Sha256 sha256;
        while (q.next()) {
            canonical.push_back(canonicalFromRow(q));
            const QByteArray hash = QByteArray::fromHex(q.value(11).toString().toLatin1());
            std::array<unsigned char, 32> digest {};
            sha256.hash(canonical.back().constData(), size_t(canonical.back().size()),
                        digest.data());
            if (hash.size() != 32 || std::memcmp(hash.constData(), digest.data(), 32) != 0)
                fail(QStringLiteral("the canonical form here differs from the product's: fix "
                                    "canonicalFromRow()"));
            std::array<unsigned char, 32> stored {};
            std::memcpy(stored.data(), hash.constData(), 32);
            storedHashes.push_back(stored);
        }
    }
    if (qint64(canonical.size()) != events)
        fail(QStringLiteral("read %1 events, expected %2").arg(canonical.size()).arg(events));
    qint64 canonicalBytes = 0;
    for (const QByteArray &c : canonical)
        canonicalBytes += c.size();

    const std::function<void()> productVerify = [&] {
        const cc::Result<cc::AuditVerification> v = cc::audit::verify(store);
        if (!v || !v->intact || v->eventCount != events || v->checkpointsVerified != 1)
            fail(QStringLiteral("audit::verify did not find an intact chain of %1 with its "
                                "checkpoint")
                     .arg(events));
    };
    const std::function<void()> rawHash = [&] {
        std::array<unsigned char, 32> digest {};
        Sha256 sha256;
        for (size_t i = 0; i < canonical.size(); ++i) {
            sha256.hash(canonical[i].constData(), size_t(canonical[i].size()), digest.data());
            if (std::memcmp(digest.data(), storedHashes[i].data(), 32) != 0)
                fail(QStringLiteral("raw hash mismatch"));
        }
    };
    // The rows in order through SQLite's C API on a read-only connection of its own, for the
    // two references below.
    const QByteArray databaseFile = QFile::encodeName(store.dataDir().databaseFile());
    const auto openSelect = [&databaseFile](sqlite3 *&db, sqlite3_stmt *&select) {
        const QByteArray sql = QByteArray("SELECT ") + kColumns + " FROM audit_events ORDER BY seq";
        if (sqlite3_open_v2(databaseFile.constData(), &db, SQLITE_OPEN_READONLY, nullptr)
                != SQLITE_OK
            || sqlite3_prepare_v2(db, sql.constData(), int(sql.size()), &select, nullptr)
                != SQLITE_OK)
            fail(QStringLiteral("cannot read the audit events: %1")
                     .arg(QString::fromUtf8(sqlite3_errmsg(db))));
    };
    // Every column's bytes of every row and nothing else: the floor for any verify that reads
    // through SQLite.
    const std::function<void()> rawRead = [&] {
        sqlite3 *db = nullptr;
        sqlite3_stmt *select = nullptr;
        openSelect(db, select);
        qint64 rows = 0;
        qint64 bytes = 0;
        while (sqlite3_step(select) == SQLITE_ROW) {
            for (int column = 0; column < 12; ++column) {
                bytes += sqlite3_column_text(select, column) ? 1 : 0;
                bytes += sqlite3_column_bytes(select, column);
            }
            ++rows;
        }
        sqlite3_finalize(select);
        sqlite3_close(db);
        if (rows != events || bytes == 0)
            fail(QStringLiteral("raw read returned %1 rows").arg(rows));
    };
    // The same checks as audit::verify's walk (seq without gaps, each event's prev_hash the
    // previous event's hash, each stored hash the SHA-256 of the canonical bytes), written
    // directly against SQLite's C API.
    const std::function<void()> direct = [&] {
        sqlite3 *db = nullptr;
        sqlite3_stmt *select = nullptr;
        openSelect(db, select);
        const auto column = [select](int i) {
            return QByteArrayView(reinterpret_cast<const char *>(sqlite3_column_text(select, i)),
                                  sqlite3_column_bytes(select, i));
        };
        QByteArray canonical;
        canonical.reserve(1024);
        const auto field = [&canonical](QByteArrayView bytes) {
            char length[24];
            const auto [end, error] = std::to_chars(length, length + sizeof length, bytes.size());
            canonical.append(length, int(end - length)).append(':').append(bytes).append(';');
        };
        Sha256 sha256;
        qint64 expected = 1;
        QByteArray previous;
        unsigned char digest[32];
        char hex[64];
        int step = SQLITE_ROW;
        while ((step = sqlite3_step(select)) == SQLITE_ROW) {
            if (sqlite3_column_int64(select, 0) != expected || column(10) != previous)
                fail(QStringLiteral("direct verify: chain broken at %1").arg(expected));
            canonical.clear();
            for (int i = 0; i <= 10; ++i)
                field(column(i)); // integers read as their decimal text, NULL as empty
            sha256.hash(canonical.constData(), size_t(canonical.size()), digest);
            for (int i = 0; i < 32; ++i) {
                hex[2 * i] = "0123456789abcdef"[digest[i] >> 4];
                hex[2 * i + 1] = "0123456789abcdef"[digest[i] & 15];
            }
            if (column(11) != QByteArrayView(hex, 64))
                fail(QStringLiteral("direct verify: event %1 altered").arg(expected));
            previous = column(11).toByteArray();
            ++expected;
        }
        if (step != SQLITE_DONE)
            fail(QStringLiteral("direct verify: read failed"));
        sqlite3_finalize(select);
        sqlite3_close(db);
        if (expected - 1 != events)
            fail(QStringLiteral("direct verify read %1 events").arg(expected - 1));
    };

    struct Candidate
    {
        const char *name;
        const std::function<void()> *run;
        double best = 1e300;
    };
    Candidate candidates[] = {{"audit::verify (product, incl. checkpoint)", &productVerify},
                              {"direct verify: SQLite C API read + EVP SHA-256", &direct},
                              {"raw read: SQLite C API, every column's bytes", &rawRead},
                              {"raw EVP SHA-256 over the canonical bytes in memory", &rawHash}};
    // Alternating repetitions, best of each, so load elsewhere hits all alike.
    const auto measureStart = SteadyClock::now();
    int repetitions = 0;
    for (; repetitions < kRepetitions; ++repetitions) {
        if (repetitions > 0 && secondsSince(measureStart) > kRepetitionBudgetSeconds)
            break;
        for (Candidate &c : candidates) {
            const auto start = SteadyClock::now();
            (*c.run)();
            c.best = std::min(c.best, secondsSince(start));
        }
    }

    std::printf("best of %d alternating runs; canonical bytes %.1f MB (%.0f B per event)\n\n",
                repetitions, double(canonicalBytes) / 1e6, double(canonicalBytes) / double(events));
    std::printf("%-52s | %10s | %14s | %10s\n", "", "seconds", "events/s", "vs verify");
    std::printf("-----------------------------------------------------+------------+------------"
                "----+-----------\n");
    const double verifySeconds = candidates[0].best;
    for (const Candidate &c : candidates)
        std::printf("%-52s | %10.3f | %14.0f | %9.2f×\n", c.name, c.best, double(events) / c.best,
                    verifySeconds / c.best);

    const QString label
        = QStringLiteral("audit verify, %1 events").arg(BenchTable::number(double(events), 0));
    const auto seconds = [](double s) -> QString {
        return BenchTable::number(s, 3) + QStringLiteral(" s");
    };
    table.row(label, QStringLiteral("time"), seconds(verifySeconds),
              QStringLiteral("raw EVP SHA-256 over the same canonical bytes"),
              seconds(candidates[3].best), verifySeconds / candidates[3].best);
    table.row(label, QStringLiteral("time"), seconds(verifySeconds),
              QStringLiteral("raw read of the same rows and columns through SQLite's C API"),
              seconds(candidates[2].best), verifySeconds / candidates[2].best);
    table.row(label, QStringLiteral("time"), seconds(verifySeconds),
              QStringLiteral("direct verify through SQLite's C API (read + canonical + EVP "
                             "SHA-256 + compare)"),
              seconds(candidates[1].best), verifySeconds / candidates[1].best);

    // The audit page's first page (GET /api/v1/audit, 100 rows) through audit::list with the
    // server-side filters, next to the raw SQL of the unfiltered newest page: a keyset page stays
    // an index range whatever the log's size. Median of kPageRuns each.
    {
        const qint64 startMs = clock.nowMs() - events;
        struct PageCase
        {
            const char *name;
            cc::AuditFilter filter;
        };
        std::vector<PageCase> cases(6);
        cases[0].name = "no filter, oldest first";
        cases[1].name = "no filter, newest first";
        cases[1].filter.descending = true;
        cases[2].name = "actor (1 in 12), newest first";
        cases[2].filter.actor = QStringLiteral("user3.example");
        cases[2].filter.descending = true;
        cases[3].name = "action prefix access.* (1 in 3), newest first";
        cases[3].filter.action = QStringLiteral("access.*");
        cases[3].filter.descending = true;
        cases[4].name = "time range in the middle of the log";
        cases[4].filter.fromMs = startMs + events / 2;
        cases[4].filter.toMs = startMs + events / 2 + events / 10;
        cases[5].name = "object id (one event)";
        cases[5].filter.objectType = QStringLiteral("access_request");
        cases[5].filter.objectId = QString::number(events / 3);
        const auto median = [](std::vector<double> v) {
            std::sort(v.begin(), v.end());
            return v[v.size() / 2];
        };
        std::vector<double> raw;
        for (int i = 0; i < kPageRuns; ++i) {
            const auto start = SteadyClock::now();
            QSqlQuery q(store.database());
            q.setForwardOnly(true);
            if (!q.exec(QStringLiteral("SELECT %1 FROM audit_events ORDER BY seq DESC LIMIT 101")
                            .arg(QString::fromLatin1(kColumns))))
                fail(QStringLiteral("raw page query failed"));
            int rows = 0;
            while (q.next())
                rows += q.value(0).toLongLong() > 0;
            if (rows != 101)
                fail(QStringLiteral("raw page returned %1 rows").arg(rows));
            raw.push_back(secondsSince(start));
        }
        const double rawMs = median(raw) * 1e3;
        std::printf("\nfirst audit page (100 events) of %lld, median of %d runs:\n",
                    qlonglong(events), kPageRuns);
        std::printf("  %-59s %9.2f ms\n", "raw SQL: newest 101 rows by seq", rawMs);
        for (const PageCase &c : cases) {
            std::vector<double> times;
            qsizetype rows = 0;
            for (int i = 0; i < kPageRuns; ++i) {
                const auto start = SteadyClock::now();
                const cc::Result<cc::Page<cc::AuditEvent>> page
                    = cc::audit::list(store, c.filter, 0, 100);
                times.push_back(secondsSince(start));
                if (!page)
                    fail(page.error().message);
                rows = page->items.size();
            }
            const double pageMs = median(times) * 1e3;
            std::printf("  audit::list, %-46s %9.2f ms  (%lld rows)\n", c.name, pageMs,
                        qlonglong(rows));
            table.row(QStringLiteral("first audit page at %1 events: %2")
                          .arg(BenchTable::number(double(events), 0), QLatin1String(c.name)),
                      QStringLiteral("ms"), BenchTable::number(pageMs, 2),
                      QStringLiteral("raw SQL, newest 101 rows by seq"),
                      BenchTable::number(rawMs, 2), pageMs / rawMs);
        }
    }

    // One audited write as a request pays it: its own durable transaction. The raw reference
    // is one prepared INSERT of a same-sized row in its own transaction, in the same file.
    // The seed was written without syncs: its pages go to disk first, or their writeback lands
    // on whichever of the two writers below happens to sync while it runs.
    ::sync();
    exec(store,
         QStringLiteral("CREATE TABLE bench_scratch (id INTEGER PRIMARY KEY, a TEXT, b "
                        "TEXT, c TEXT, d TEXT)"));
    // A connection of its own for the raw writes, whose COMMIT syncs the log itself
    // (synchronous=FULL); the store syncs its own commits after COMMIT (Store::syncLog).
    QSqlDatabase rawConnection
        = QSqlDatabase::cloneDatabase(store.database(), QStringLiteral("bench_raw"));
    if (!rawConnection.open())
        fail(QStringLiteral("cannot open a second connection"));
    QSqlQuery insert(rawConnection);
    if (!insert.exec(QStringLiteral("PRAGMA synchronous=FULL"))
        || !insert.prepare(QStringLiteral("INSERT INTO bench_scratch (a, b, c, d) VALUES (?, ?, "
                                          "?, ?)")))
        fail(QStringLiteral("cannot prepare the raw insert"));
    QSqlQuery begin(rawConnection);
    QSqlQuery commit(rawConnection);
    int recorded = 0;
    int raw = 0;
    double recordSeconds = 0;
    double rawSeconds = 0;
    const auto writeStart = SteadyClock::now();
    while (recorded < kMaxDurableWrites && secondsSince(writeStart) < kDurableWriteBudgetSeconds) {
        const cc::AuditEvent e = syntheticEvent(events + recorded);
        auto start = SteadyClock::now();
        if (!cc::audit::record(store, e))
            fail(QStringLiteral("audit::record failed"));
        recordSeconds += secondsSince(start);
        ++recorded;

        start = SteadyClock::now();
        insert.addBindValue(e.reason);
        insert.addBindValue(e.detail);
        insert.addBindValue(e.actor);
        insert.addBindValue(e.action);
        if (!begin.exec(QStringLiteral("BEGIN IMMEDIATE")) || !insert.exec()
            || !commit.exec(QStringLiteral("COMMIT")))
            fail(QStringLiteral("raw insert failed"));
        rawSeconds += secondsSince(start);
        ++raw;
    }
    const double recordUs = recordSeconds / recorded * 1e6;
    const double rawUs = rawSeconds / raw * 1e6;
    std::printf("\none audited write in its own durable transaction, %d alternating writes "
                "each:\n",
                recorded);
    std::printf("  audit::record                                     %10.1f µs\n", recordUs);
    std::printf("  raw prepared INSERT + BEGIN IMMEDIATE/COMMIT      %10.1f µs\n", rawUs);
    table.row(QStringLiteral("audit::record, own durable transaction"),
              QStringLiteral("µs per event"), BenchTable::number(recordUs, 0),
              QStringLiteral("raw prepared INSERT in its own transaction, synchronous=FULL"),
              BenchTable::number(rawUs, 0), recordUs / rawUs);
    std::printf("\ntotal measuring time %.1f s\n", secondsSince(measureStart));
    if (!dir.autoRemove())
        std::printf("store kept in %s\n", qPrintable(storeDir));
    return 0;
}
