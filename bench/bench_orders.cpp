// Amazon order ingest and retention sweep at 100,000 orders, each next to plain SQL doing the same
// writes, measured in the same run.
//
// Product: Orders::ingest of 100 batches of 1,000 parsed orders (parsing is done beforehand and
// not timed), one transaction per batch; per order a duplicate check, the orders row, a fresh
// data key sealing the PII (AES-256-GCM), the data key sealed by the master key into the key
// vault; per batch the client registered and one audit event. Then Orders::sweep purging them
// all (data keys deleted, PII cleared, audited, WAL checkpointed).
//
// Reference: a second store created the same way (the same schema, indexes, key vault file and
// pragmas: WAL, synchronous=FULL, secure_delete) into which plain prepared INSERTs write the
// rows the product stores per order: its orders row (the same column values, the sealed PII as
// a blob of the product's average sealed size) and its key vault row (a blob of the wrapped
// key's size), in transactions of the same 1,000 orders. No duplicate check, crypto, JSON,
// clients row or audit. Then a plain DELETE of those rows from both tables in one transaction.
// The reference also prints its orders rows alone (no key vault rows) for comparison.

#include "BenchTable.h"
#include "crypto/Crypto.h"
#include "domain/OrderBatch.h"
#include "service/Orders.h"
#include "store/Store.h"

#include <cstdio>
#include <ctime>

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QTemporaryDir>

using namespace cc;

namespace {

constexpr int kOrders = 100'000;
constexpr int kBatch = 1'000;

class MovableClock final : public Clock
{
public:
    QDateTime now() const override { return m_now; }
    QDateTime m_now = QDateTime::currentDateTimeUtc();
};

QJsonObject makeOrder(int i, const QDateTime &fulfilled)
{
    return {
        {QStringLiteral("AmazonOrderId"), QStringLiteral("114-%1").arg(i, 9, 10, QLatin1Char('0'))},
        {QStringLiteral("PurchaseDate"), fulfilled.addDays(-2).toString(Qt::ISODate)},
        {QStringLiteral("OrderStatus"), QStringLiteral("Shipped")},
        {QStringLiteral("MarketplaceId"), QStringLiteral("ATVPDKIKX0DER")},
        {QStringLiteral("OrderTotal"),
         QJsonObject {{QStringLiteral("CurrencyCode"), QStringLiteral("USD")},
                      {QStringLiteral("Amount"), QStringLiteral("%1.99").arg(10 + i % 90)}}},
        {QStringLiteral("OrderItems"),
         QJsonArray {QJsonObject {{QStringLiteral("ASIN"), QStringLiteral("B0TEST%1").arg(i % 500)},
                                  {QStringLiteral("QuantityOrdered"), 1 + i % 3}}}},
        {QStringLiteral("BuyerInfo"),
         QJsonObject {
             {QStringLiteral("BuyerEmail"), QStringLiteral("buyer%1@marketplace.example").arg(i)},
             {QStringLiteral("BuyerName"), QStringLiteral("Buyer Number %1").arg(i)}}},
        {QStringLiteral("ShippingAddress"),
         QJsonObject {
             {QStringLiteral("Name"), QStringLiteral("Buyer Number %1").arg(i)},
             {QStringLiteral("AddressLine1"), QStringLiteral("%1 Example Street").arg(i % 997)},
             {QStringLiteral("City"), QStringLiteral("Springfield")},
             {QStringLiteral("PostalCode"), QStringLiteral("%1").arg(10000 + i % 89999)},
             {QStringLiteral("CountryCode"), QStringLiteral("US")},
             {QStringLiteral("Phone"),
              QStringLiteral("+1 555 %1").arg(i % 10000000, 7, 10, QLatin1Char('0'))}}},
        {QStringLiteral("FulfillmentDate"), fulfilled.toString(Qt::ISODate)},
    };
}

// Wall time (the figure compared) and this process's CPU time (steadier than wall time on a
// shared machine, which A/B comparisons of the product's own work need).
class Stopwatch
{
public:
    Stopwatch() { restart(); }
    void restart()
    {
        m_wall.start();
        m_cpu = std::clock();
    }
    qint64 wallNs() const { return m_wall.nsecsElapsed(); }
    double cpuSeconds() const { return double(std::clock() - m_cpu) / CLOCKS_PER_SEC; }

private:
    QElapsedTimer m_wall;
    std::clock_t m_cpu = 0;
};

struct Timing
{
    qint64 wallNs = -1; // -1: failed
    double cpuSeconds = 0;

    double perSecond() const { return double(kOrders) * 1e9 / double(wallNs); }
    double cpuMicrosecondsPerOrder() const { return cpuSeconds * 1e6 / kOrders; }
};

Timing measured(const Stopwatch &watch)
{
    return {watch.wallNs(), watch.cpuSeconds()};
}

// A new store in dir, opened; null (after saying why) when it cannot be made.
std::unique_ptr<Store> newStore(const QString &dir, const Clock &clock)
{
    if (Result<void> created = Store::create(dir); !created) {
        std::fprintf(stderr, "cannot create a store: %s\n", qPrintable(created.error().message));
        return nullptr;
    }
    Result<std::unique_ptr<Store>> opened = Store::open(dir, clock);
    if (!opened) {
        std::fprintf(stderr, "%s\n", qPrintable(opened.error().message));
        return nullptr;
    }
    return std::move(*opened);
}

// The average length of a blob column the product wrote, for the reference's blobs.
int averageLength(const Store &store, const QString &column, const QString &table)
{
    Result<Query> q = store.exec(QStringLiteral("SELECT AVG(LENGTH(%1)) FROM %2")
                                     .arg(column, store.dialect().expand(table)));
    const int length = q && q->next() ? q->value(0).toInt() : 0;
    if (q)
        q->finish(); // an open read would keep the sweep's WAL checkpoint from running
    return length;
}

struct RawRows
{
    int piiBytes = 0; // of orders.pii as the product sealed it
    int wrappedKeyBytes = 0; // of order_keys.wrapped_key, 0: no key vault rows
};

// The reference's writes: per order the orders row and, when asked, its key vault row, with plain
// prepared INSERTs (ids given), one transaction per batch.
Timing rawInsert(Store &store, const QList<orders::Batch> &batches, const RawRows &rows,
                 qint64 nowMs)
{
    const QString insertOrder = QStringLiteral(
        "INSERT INTO orders (id, client, amazon_order_id, purchase_date, order_status, "
        "marketplace, currency, total_cents, item_count, items, fulfilled_at, ingested_at, "
        "pii_held, pii) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 1, ?)");
    const QString insertKey = store.dialect().expand(
        QStringLiteral("INSERT INTO {vault}order_keys (order_id, wrapped_key) VALUES (?, ?)"));
    const QByteArray pii(rows.piiBytes, 'x');
    const QByteArray wrappedKey(rows.wrappedKeyBytes, 'k');
    qint64 id = 0;
    const Stopwatch watch;
    for (const orders::Batch &batch : batches) {
        Result<int> written = store.transaction([&]() -> Result<int> {
            for (const orders::ParsedOrder &o : batch.orders) {
                ++id;
                Result<Query> order
                    = store.exec(insertOrder,
                                 {id, batch.client, o.amazonOrderId, o.purchaseDate, o.orderStatus,
                                  o.marketplace, o.currency, o.totalCents, o.itemCount,
                                  QString::fromUtf8(o.itemsJson), o.fulfilledAt, nowMs, pii});
                if (!order)
                    return order.error();
                if (rows.wrappedKeyBytes == 0)
                    continue;
                if (Result<Query> key = store.exec(insertKey, {id, wrappedKey}); !key)
                    return key.error();
            }
            return 0;
        });
        if (!written) {
            std::fprintf(stderr, "%s\n", qPrintable(written.error().message));
            return {};
        }
    }
    return measured(watch);
}

// The reference's removal of everything rawInsert() wrote, in one transaction.
Timing rawDelete(Store &store)
{
    const Stopwatch watch;
    Result<int> deleted = store.transaction([&]() -> Result<int> {
        for (const QString &table : {QStringLiteral("orders"), QStringLiteral("{vault}order_keys")})
            if (Result<Query> q
                = store.exec(store.dialect().expand(QStringLiteral("DELETE FROM %1").arg(table)));
                !q)
                return q.error();
        return 0;
    });
    if (!deleted) {
        std::fprintf(stderr, "%s\n", qPrintable(deleted.error().message));
        return {};
    }
    return measured(watch);
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QStringList arguments = app.arguments();
    const cc::bench::BenchTable table(arguments);
    if (!crypto::init()) {
        std::fprintf(stderr, "crypto self-test failed\n");
        return 1;
    }
    MovableClock clock;
    QTemporaryDir productDir;
    QTemporaryDir referenceDir;
    QTemporaryDir ordersOnlyDir;
    const std::unique_ptr<Store> product = newStore(productDir.path(), clock);
    const std::unique_ptr<Store> reference = newStore(referenceDir.path(), clock);
    const std::unique_ptr<Store> ordersOnly = newStore(ordersOnlyDir.path(), clock);
    if (!product || !reference || !ordersOnly)
        return 1;
    const QDateTime fulfilled = clock.m_now.addDays(-1);

    QList<orders::Batch> batches;
    for (int b = 0; b < kOrders / kBatch; ++b) {
        QJsonArray list;
        for (int i = 0; i < kBatch; ++i)
            list.append(makeOrder(b * kBatch + i, fulfilled));
        batches.append(orders::parseBatch(QJsonObject {
            {QStringLiteral("client"), QStringLiteral("acme")}, {QStringLiteral("orders"), list}}));
    }

    Orders orders(*product);
    Stopwatch watch;
    for (const orders::Batch &batch : std::as_const(batches)) {
        Result<IngestResult> r = orders.ingest(Caller::localOperator(), batch);
        if (!r || !r->errors.isEmpty()) {
            std::fprintf(stderr, "ingest failed\n");
            return 1;
        }
    }
    const Timing ingest = measured(watch);
    RawRows rows;
    rows.piiBytes = averageLength(*product, QStringLiteral("pii"), QStringLiteral("orders"));
    rows.wrappedKeyBytes = averageLength(*product, QStringLiteral("wrapped_key"),
                                         QStringLiteral("{vault}order_keys"));
    if (rows.piiBytes <= 0 || rows.wrappedKeyBytes <= 0) {
        std::fprintf(stderr, "cannot measure the sealed sizes\n");
        return 1;
    }

    clock.m_now = clock.m_now.addDays(31);
    watch.restart();
    Result<SweepResult> swept = orders.sweep(Caller::localOperator());
    const Timing sweep = measured(watch);
    if (!swept || swept->purged != kOrders) {
        std::fprintf(stderr, "sweep failed\n");
        return 1;
    }

    const Timing rawInserted = rawInsert(*reference, batches, rows, clock.nowMs());
    const Timing rawDeleted = rawInserted.wallNs < 0 ? Timing {} : rawDelete(*reference);
    const Timing ordersOnlyInserted
        = rawInsert(*ordersOnly, batches, {rows.piiBytes, 0}, clock.nowMs());
    if (rawInserted.wallNs < 0 || rawDeleted.wallNs < 0 || ordersOnlyInserted.wallNs < 0)
        return 1;

    const auto print = [](const char *what, const Timing &t) {
        std::printf("  %-42s %10.0f orders/s  %6.1f µs CPU/order\n", what, t.perSecond(),
                    t.cpuMicrosecondsPerOrder());
    };
    std::printf("%d orders in batches of %d (SQLite, secure_delete on, synchronous=FULL):\n",
                kOrders, kBatch);
    print("ingest (Orders::ingest, sealed PII)", ingest);
    print("raw SQL INSERT, orders + key vault rows", rawInserted);
    print("raw SQL INSERT, orders rows alone", ordersOnlyInserted);
    print("sweep (Orders::sweep, crypto-shred)", sweep);
    print("raw SQL DELETE of the reference's rows", rawDeleted);
    std::printf("  ingest / raw INSERT %.2f (orders rows alone: %.2f); sweep / raw DELETE %.2f\n",
                ingest.perSecond() / rawInserted.perSecond(),
                ingest.perSecond() / ordersOnlyInserted.perSecond(),
                sweep.perSecond() / rawDeleted.perSecond());
    using cc::bench::BenchTable;
    table.row(QStringLiteral("Order ingest (100,000, sealed PII)"), QStringLiteral("orders/s"),
              BenchTable::number(ingest.perSecond(), 0),
              QStringLiteral("raw SQL INSERT of the same rows, same tables and batches"),
              BenchTable::number(rawInserted.perSecond(), 0),
              ingest.perSecond() / rawInserted.perSecond());
    table.row(QStringLiteral("Retention sweep (100,000)"), QStringLiteral("orders/s"),
              BenchTable::number(sweep.perSecond(), 0), QStringLiteral("raw SQL DELETE"),
              BenchTable::number(rawDeleted.perSecond(), 0),
              sweep.perSecond() / rawDeleted.perSecond());
    return 0;
}
