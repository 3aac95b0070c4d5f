// Amazon order ingest and retention sweep at 100,000 orders: the Orders service (parse is
// done beforehand; per order: an INSERT, a fresh data key, AES-256-GCM seal of the PII, the
// data key sealed by the master key into the key vault, one audit event per batch) and the
// sweep that purges them all (data keys deleted, PII cleared, audited, WAL checkpointed), next
// to a raw prepared INSERT of the same rows (the same sealed-PII byte count, no crypto) and a
// raw DELETE of them, measured in the same run on the same SQLite store.

#include "BenchTable.h"
#include "crypto/Crypto.h"
#include "domain/OrderBatch.h"
#include "service/Orders.h"
#include "store/Store.h"

#include <cstdio>

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

double perSecond(qint64 count, qint64 nanoseconds)
{
    return double(count) * 1e9 / double(nanoseconds);
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
    QTemporaryDir dir;
    MovableClock clock;
    if (!Store::create(dir.path())) {
        std::fprintf(stderr, "cannot create a store\n");
        return 1;
    }
    Result<std::unique_ptr<Store>> opened = Store::open(dir.path(), clock);
    if (!opened) {
        std::fprintf(stderr, "%s\n", qPrintable(opened.error().message));
        return 1;
    }
    Store &store = **opened;
    const QDateTime fulfilled = clock.m_now.addDays(-1);

    QList<orders::Batch> batches;
    for (int b = 0; b < kOrders / kBatch; ++b) {
        QJsonArray list;
        for (int i = 0; i < kBatch; ++i)
            list.append(makeOrder(b * kBatch + i, fulfilled));
        batches.append(orders::parseBatch(QJsonObject {
            {QStringLiteral("client"), QStringLiteral("acme")}, {QStringLiteral("orders"), list}}));
    }

    Orders orders(store);
    QElapsedTimer timer;
    timer.start();
    for (const orders::Batch &batch : std::as_const(batches)) {
        Result<IngestResult> r = orders.ingest(Caller::localOperator(), batch);
        if (!r || !r->errors.isEmpty()) {
            std::fprintf(stderr, "ingest failed\n");
            return 1;
        }
    }
    const qint64 ingestNs = timer.nsecsElapsed();
    Result<Query> sizes = store.exec(QStringLiteral("SELECT AVG(LENGTH(pii)) FROM orders"));
    const int sealedBytes = sizes && sizes->next() ? sizes->value(0).toInt() : 200;
    if (sizes)
        sizes->finish(); // an open read would keep the sweep's WAL checkpoint from running

    clock.m_now = clock.m_now.addDays(31);
    timer.restart();
    Result<SweepResult> swept = orders.sweep(Caller::localOperator());
    const qint64 sweepNs = timer.nsecsElapsed();
    if (!swept || swept->purged != kOrders) {
        std::fprintf(stderr, "sweep failed\n");
        return 1;
    }

    // The reference: the same rows and bytes, written and removed with plain SQL.
    if (!store.exec(
            QStringLiteral("CREATE TABLE raw_orders AS SELECT * FROM orders WHERE 0 = 1"))) {
        std::fprintf(stderr, "cannot create the reference table\n");
        return 1;
    }
    const QByteArray blob(sealedBytes, 'x');
    timer.restart();
    for (const orders::Batch &batch : std::as_const(batches)) {
        Result<int> written = store.transaction([&]() -> Result<int> {
            for (const orders::ParsedOrder &o : batch.orders) {
                Result<Query> q = store.exec(
                    QStringLiteral(
                        "INSERT INTO raw_orders (client, amazon_order_id, purchase_date, "
                        "order_status, marketplace, currency, total_cents, item_count, "
                        "items, fulfilled_at, ingested_at, pii_held, pii) VALUES (?, ?, "
                        "?, ?, ?, ?, ?, ?, ?, ?, ?, 1, ?)"),
                    {batch.client, o.amazonOrderId, o.purchaseDate, o.orderStatus, o.marketplace,
                     o.currency, o.totalCents, o.itemCount, QString::fromUtf8(o.itemsJson),
                     o.fulfilledAt, clock.nowMs(), blob});
                if (!q)
                    return q.error();
            }
            return 0;
        });
        if (!written) {
            std::fprintf(stderr, "%s\n", qPrintable(written.error().message));
            return 1;
        }
    }
    const qint64 rawInsertNs = timer.nsecsElapsed();
    timer.restart();
    Result<int> deleted = store.transaction([&]() -> Result<int> {
        Result<Query> q = store.exec(QStringLiteral("DELETE FROM raw_orders"));
        if (!q)
            return q.error();
        return q->numRowsAffected();
    });
    const qint64 rawDeleteNs = timer.nsecsElapsed();
    if (!deleted) {
        std::fprintf(stderr, "%s\n", qPrintable(deleted.error().message));
        return 1;
    }

    const double ingestRate = perSecond(kOrders, ingestNs);
    const double rawInsertRate = perSecond(kOrders, rawInsertNs);
    const double sweepRate = perSecond(kOrders, sweepNs);
    const double rawDeleteRate = perSecond(kOrders, rawDeleteNs);
    std::printf("%d orders in batches of %d (SQLite, secure_delete on, synchronous=FULL):\n",
                kOrders, kBatch);
    std::printf("  ingest (Orders::ingest, sealed PII)  %10.0f orders/s\n", ingestRate);
    std::printf("  raw SQL INSERT, same rows and bytes  %10.0f orders/s\n", rawInsertRate);
    std::printf("  sweep (Orders::sweep, crypto-shred)  %10.0f orders/s\n", sweepRate);
    std::printf("  raw SQL DELETE of the same rows      %10.0f orders/s\n", rawDeleteRate);
    using cc::bench::BenchTable;
    table.row(QStringLiteral("Order ingest (100,000, sealed PII)"), QStringLiteral("orders/s"),
              BenchTable::number(ingestRate, 0), QStringLiteral("raw SQL INSERT"),
              BenchTable::number(rawInsertRate, 0), ingestRate / rawInsertRate);
    table.row(QStringLiteral("Retention sweep (100,000)"), QStringLiteral("orders/s"),
              BenchTable::number(sweepRate, 0), QStringLiteral("raw SQL DELETE"),
              BenchTable::number(rawDeleteRate, 0), sweepRate / rawDeleteRate);
    return 0;
}
