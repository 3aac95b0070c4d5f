// Every control of the policy judged live (Controls::evaluateAll, what GET /controls runs) on a
// store with 1,000,000 audit events, 100,000 orders and 100,000 assets, next to the raw SQL it
// needs: the very SELECT statements the evaluation issued, captured with SQLite's trace hook
// (values bound in), prepared once and stepped through the C API. The difference is what the
// service adds around its counts: statement lookup, binding, row decoding and the judgement.

#include "AuditSeed.h"
#include "BenchTable.h"
#include "crypto/Crypto.h"
#include "domain/AssetRules.h"
#include "domain/OrderBatch.h"
#include "domain/Roles.h"
#include "service/Accounts.h"
#include "service/Controls.h"
#include "service/Orders.h"
#include "store/Store.h"

#include <algorithm>
#include <cstdio>
#include <sqlite3.h>

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QSqlDriver>
#include <QTemporaryDir>

using namespace cc;

namespace {

constexpr int kAuditEvents = 1'000'000;
constexpr int kOrders = 100'000;
constexpr int kAssets = 100'000;
constexpr int kOrderBatch = 1'000;
constexpr int kRounds = 9;

[[noreturn]] void fail(const QString &message)
{
    std::fprintf(stderr, "%s\n", qPrintable(message));
    std::exit(1);
}

template<typename Work> double medianMilliseconds(Work &&work)
{
    QList<double> times;
    for (int i = 0; i < kRounds; ++i) {
        QElapsedTimer timer;
        timer.start();
        work();
        times.append(double(timer.nsecsElapsed()) / 1e6);
    }
    std::sort(times.begin(), times.end());
    return times.at(times.size() / 2);
}

sqlite3 *sqliteHandle(const Store &store)
{
    const QVariant handle = store.database().driver()->handle();
    if (!handle.isValid() || qstrcmp(handle.typeName(), "sqlite3*") != 0)
        fail(QStringLiteral("the store is not on SQLite"));
    return *static_cast<sqlite3 *const *>(handle.constData());
}

QList<qint64> addPeople(Store &store, int count)
{
    QList<qint64> ids;
    for (int i = 0; i < count; ++i) {
        NewUser u;
        u.username = QStringLiteral("person%1").arg(i);
        u.email = u.username + QStringLiteral("@example.com");
        u.displayName = u.username;
        u.roles = {i == 0 ? QStringLiteral("compliance_officer") : QStringLiteral("manager")};
        u.password = QByteArrayLiteral("a long enough password");
        Result<CreatedUser> created = Accounts(store).addUser(Caller::localOperator(), u);
        if (!created)
            fail(created.error().message);
        ids << created->user.id;
    }
    return ids;
}

// Orders fulfilled over the last 60 days: about half hold PII past the 30-day limit.
void addOrders(Store &store, const Clock &clock)
{
    Orders orders(store);
    const QDateTime now = clock.now();
    for (int b = 0; b < kOrders / kOrderBatch; ++b) {
        QJsonArray list;
        for (int i = b * kOrderBatch; i < (b + 1) * kOrderBatch; ++i) {
            const QDateTime fulfilled = now.addSecs(-qint64(i % 60) * 86400 - 3600);
            list.append(QJsonObject {
                {QStringLiteral("AmazonOrderId"),
                 QStringLiteral("114-%1").arg(i, 9, 10, QLatin1Char('0'))},
                {QStringLiteral("PurchaseDate"), fulfilled.addDays(-2).toString(Qt::ISODate)},
                {QStringLiteral("OrderStatus"), QStringLiteral("Shipped")},
                {QStringLiteral("MarketplaceId"), QStringLiteral("ATVPDKIKX0DER")},
                {QStringLiteral("OrderTotal"),
                 QJsonObject {{QStringLiteral("CurrencyCode"), QStringLiteral("USD")},
                              {QStringLiteral("Amount"), QStringLiteral("19.99")}}},
                {QStringLiteral("BuyerInfo"),
                 QJsonObject {{QStringLiteral("BuyerEmail"),
                               QStringLiteral("buyer%1@marketplace.example").arg(i)}}},
                {QStringLiteral("FulfillmentDate"), fulfilled.toString(Qt::ISODate)}});
        }
        const orders::Batch batch = orders::parseBatch(QJsonObject {
            {QStringLiteral("client"), QStringLiteral("acme")}, {QStringLiteral("orders"), list}});
        Result<IngestResult> r = orders.ingest(Caller::localOperator(), batch);
        if (!r)
            fail(r.error().message);
        if (!r->errors.isEmpty())
            fail(QStringLiteral("order %1: %2")
                     .arg(r->errors.first().index)
                     .arg(r->errors.first().message));
    }
}

// Review dates spread over two years around today: about a quarter overdue; every 50th a
// removable medium.
void addAssets(Store &store, const Clock &clock, const QList<qint64> &owners)
{
    const QDate today = clock.now().date();
    Result<int> filled = store.transaction([&]() -> Result<int> {
        for (int i = 0; i < kAssets; ++i) {
            const QDate due = today.addDays(i % 730 - 180);
            const QString kind = i % 50 == 0 ? QStringLiteral("removable_media")
                                             : assetKinds().at(i % assetKinds().size());
            Result<Query> q = store.exec(
                QStringLiteral("INSERT INTO assets (name, name_key, kind, owner_id, location, "
                               "description, holds_amazon_data, holds_pii, status, created_at, "
                               "last_review, next_review_due) VALUES (?, ?, ?, ?, '', '', ?, ?, "
                               "'active', ?, ?, ?)"),
                {QStringLiteral("Asset %1").arg(i), QStringLiteral("asset %1").arg(i), kind,
                 owners.at(i % owners.size()), i % 3 == 0, i % 5 == 0, clock.nowMs(),
                 isoDate(due.addMonths(-6)), isoDate(due)});
            if (!q)
                return q.error();
        }
        return kAssets;
    });
    if (!filled)
        fail(filled.error().message);
}

// The SELECT statements one evaluation runs, with their values bound in.
QStringList captureStatements(sqlite3 *db, Controls &controls, const ControlRuntime &runtime)
{
    QStringList statements;
    const auto record = [](unsigned, void *context, void *statement, void *) -> int {
        char *sql = sqlite3_expanded_sql(static_cast<sqlite3_stmt *>(statement));
        if (sql) {
            const QString text = QString::fromUtf8(sql).trimmed();
            if (text.startsWith(QLatin1String("SELECT"), Qt::CaseInsensitive)
                || text.startsWith(QLatin1String("WITH"), Qt::CaseInsensitive))
                static_cast<QStringList *>(context)->append(text);
            sqlite3_free(sql);
        }
        return 0;
    };
    sqlite3_trace_v2(db, SQLITE_TRACE_STMT, record, &statements);
    Result<QList<ControlState>> states = controls.evaluateAll(runtime);
    sqlite3_trace_v2(db, 0, nullptr, nullptr);
    if (!states)
        fail(states.error().message);
    return statements;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QStringList arguments = app.arguments();
    const cc::bench::BenchTable table(arguments);
    if (!crypto::init())
        fail(QStringLiteral("crypto self-test failed"));
    QTemporaryDir dir;
    const SystemClock clock;
    if (!Store::create(dir.path()))
        fail(QStringLiteral("cannot create a store"));
    Result<std::unique_ptr<Store>> opened = Store::open(dir.path(), clock);
    if (!opened)
        fail(opened.error().message);
    Store &store = **opened;

    QElapsedTimer fill;
    fill.start();
    const QList<qint64> people = addPeople(store, 20);
    addOrders(store, clock);
    addAssets(store, clock, people);
    // One event every 8 s up to now: the last 90 days (the look-back period) hold all of them.
    if (Result<void> seeded = test::seedAuditEvents(store, kAuditEvents, clock.nowMs(), 8'000);
        !seeded)
        fail(seeded.error().message);
    std::printf("store: %d audit events, %d orders, %d assets made in %.1f s (SQLite, %s)\n",
                kAuditEvents, kOrders, kAssets, double(fill.elapsed()) / 1000.0,
                qPrintable(dir.path()));

    Controls controls(store);
    const ControlRuntime runtime; // as compliancectl judges: without the server's own view
    sqlite3 *db = sqliteHandle(store);
    const QStringList statements = captureStatements(db, controls, runtime);

    int controlCount = 0;
    const double service = medianMilliseconds([&] {
        Result<QList<ControlState>> states = controls.evaluateAll(runtime);
        if (!states)
            fail(states.error().message);
        controlCount = int(states->size());
    });

    QList<sqlite3_stmt *> prepared;
    for (const QString &sql : statements) {
        sqlite3_stmt *statement = nullptr;
        if (sqlite3_prepare_v2(db, sql.toUtf8().constData(), -1, &statement, nullptr) != SQLITE_OK)
            fail(QStringLiteral("cannot prepare %1: %2")
                     .arg(sql, QString::fromUtf8(sqlite3_errmsg(db))));
        prepared << statement;
    }
    const double raw = medianMilliseconds([&] {
        for (sqlite3_stmt *statement : std::as_const(prepared)) {
            int step = SQLITE_ROW;
            while ((step = sqlite3_step(statement)) == SQLITE_ROW) { }
            if (step != SQLITE_DONE)
                fail(QString::fromUtf8(sqlite3_errmsg(db)));
            sqlite3_reset(statement);
        }
    });
    // Where the time goes: the slowest statements, once each.
    QList<QPair<double, QString>> slowest;
    for (qsizetype i = 0; i < prepared.size(); ++i) {
        QElapsedTimer timer;
        timer.start();
        while (sqlite3_step(prepared.at(i)) == SQLITE_ROW) { }
        sqlite3_reset(prepared.at(i));
        slowest.append({double(timer.nsecsElapsed()) / 1e6, statements.at(i)});
    }
    std::sort(slowest.begin(), slowest.end(),
              [](const auto &a, const auto &b) { return a.first > b.first; });
    for (sqlite3_stmt *statement : std::as_const(prepared))
        sqlite3_finalize(statement);

    std::printf("every control (%d) judged, median of %d runs:\n", controlCount, kRounds);
    std::printf("  Controls::evaluateAll            %9.1f ms\n", service);
    std::printf("  raw SQL, its %3lld SELECTs         %9.1f ms\n", qlonglong(statements.size()),
                raw);
    std::printf("  ratio service / raw              %9.2f\n", service / raw);
    std::printf("  slowest raw statements:\n");
    for (qsizetype i = 0; i < std::min<qsizetype>(3, slowest.size()); ++i)
        std::printf("    %7.1f ms  %s\n", slowest.at(i).first,
                    qPrintable(slowest.at(i).second.left(150)));
    table.row(QStringLiteral("every control judged (10^6 audit events, 10^5 orders, 10^5 assets)"),
              QStringLiteral("ms, median"), cc::bench::BenchTable::number(service, 1),
              QStringLiteral("raw SQL: the same %1 SELECTs through SQLite's C API")
                  .arg(statements.size()),
              cc::bench::BenchTable::number(raw, 1), service / raw);
    return 0;
}
