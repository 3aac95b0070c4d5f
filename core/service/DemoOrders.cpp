#include "DemoOrders.h"

#include "Orders.h"
#include "store/Store.h"

#include <QJsonArray>

namespace cc::demo {

namespace {

struct DemoClient
{
    const char *name;
    const char *marketplace;
    const char *currency;
    const char *country;
    const char *city;
    const char *prefix;
};

const DemoClient kClients[] = {
    {"Northwind Outdoor EU", "A1PA6795UKMFR9", "EUR", "DE", "Hamburg", "302"},
    {"Bluebird Home US", "ATVPDKIKX0DER", "USD", "US", "Denver", "113"},
    {"Kestrel Outfitters UK", "A1F83G8C2ARO7P", "GBP", "GB", "Leeds", "204"},
};

const char *const kFirst[] = {"Ada",   "Bruno", "Chiara", "Dmitri", "Elif", "Farah",
                              "Goran", "Hana",  "Ivo",    "Jana",   "Kofi", "Lena"};
const char *const kLast[] = {"Novak",  "Lindqvist", "Okafor", "Ferreira", "Kowalski", "Brennan",
                             "Yilmaz", "Haddad",    "Moreno", "Sato",     "Petrov",   "Walsh"};
const char *const kItems[] = {"Trail tent 2P",     "Down sleeping bag", "Enamel mug set",
                              "Linen duvet cover", "Headlamp 400 lm",   "Wool throw"};

// Fulfilled 1..29 days ago (some due this week) and three long past (purged by the sweep).
const int kDaysAgo[] = {1, 3, 6, 9, 12, 15, 18, 21, 24, 26, 28, 29, 40, 45, 52};

// The n-th SP-API order of demo client number c, fulfilled `days` days before now.
QJsonObject demoOrder(const DemoClient &client, int c, int n, int days, const QDateTime &now)
{
    const QString first = QString::fromLatin1(kFirst[(n + c * 5) % 12]);
    const QString last = QString::fromLatin1(kLast[(n * 7 + c) % 12]);
    const QDateTime fulfilled = now.addDays(-days).addSecs(-3600 * ((n * 5) % 11));
    const int quantity = 1 + (n % 3);
    const int cents = 1999 + 350 * ((n * 3 + c) % 17);
    return QJsonObject {
        {QStringLiteral("AmazonOrderId"),
         QStringLiteral("%1-%2-%3")
             .arg(QLatin1String(client.prefix))
             .arg(4812031 + n * 7919, 7, 10, QLatin1Char('0'))
             .arg(1200457 + n * 104729 % 8999999, 7, 10, QLatin1Char('0'))},
        {QStringLiteral("PurchaseDate"), fulfilled.addDays(-2).toString(Qt::ISODate)},
        {QStringLiteral("OrderStatus"), QStringLiteral("Shipped")},
        {QStringLiteral("MarketplaceId"), QLatin1String(client.marketplace)},
        {QStringLiteral("OrderTotal"),
         QJsonObject {{QStringLiteral("CurrencyCode"), QLatin1String(client.currency)},
                      {QStringLiteral("Amount"),
                       QStringLiteral("%1.%2")
                           .arg(cents * quantity / 100)
                           .arg(cents * quantity % 100, 2, 10, QLatin1Char('0'))}}},
        {QStringLiteral("OrderItems"),
         QJsonArray {QJsonObject {
             {QStringLiteral("ASIN"),
              QStringLiteral("B0%1").arg(7310000 + n * 131 + c, 8, 10, QLatin1Char('0'))},
             {QStringLiteral("SellerSKU"), QStringLiteral("SKU-%1-%2").arg(c).arg(n)},
             {QStringLiteral("Title"), QLatin1String(kItems[(n + c) % 6])},
             {QStringLiteral("QuantityOrdered"), quantity},
             {QStringLiteral("ItemPrice"),
              QJsonObject {{QStringLiteral("Amount"),
                            QStringLiteral("%1.%2")
                                .arg(cents / 100)
                                .arg(cents % 100, 2, 10, QLatin1Char('0'))}}}}}},
        {QStringLiteral("BuyerInfo"),
         QJsonObject {
             {QStringLiteral("BuyerEmail"),
              QStringLiteral("%1.%2@marketplace.example").arg(first.toLower(), last.toLower())},
             {QStringLiteral("BuyerName"), QString(first + QLatin1Char(' ') + last)}}},
        {QStringLiteral("ShippingAddress"),
         QJsonObject {
             {QStringLiteral("Name"), QString(first + QLatin1Char(' ') + last)},
             {QStringLiteral("AddressLine1"), QStringLiteral("%1 Example Street").arg(10 + n * 3)},
             {QStringLiteral("City"), QLatin1String(client.city)},
             {QStringLiteral("PostalCode"), QStringLiteral("%1").arg(10000 + n * 811)},
             {QStringLiteral("CountryCode"), QLatin1String(client.country)},
             {QStringLiteral("Phone"),
              QStringLiteral("+00 555 01%1").arg(n, 2, 10, QLatin1Char('0'))}}},
        {QStringLiteral("FulfillmentDate"), fulfilled.toString(Qt::ISODate)},
    };
}

} // namespace

Result<int> seedOrders(Store &store)
{
    const QDateTime now = store.clock().now();
    Orders orders(store);
    int stored = 0;
    int c = 0;
    for (const DemoClient &client : kClients) {
        QJsonArray list;
        int n = 0;
        for (int days : kDaysAgo)
            list.append(demoOrder(client, c, n++, days, now));
        Result<IngestResult> ingested = orders.ingest(
            Caller::localOperator(),
            orders::parseBatch(QJsonObject {{QStringLiteral("client"), QLatin1String(client.name)},
                                            {QStringLiteral("orders"), list}}));
        if (!ingested)
            return ingested.error();
        if (!ingested->errors.isEmpty())
            return makeError(ErrorCode::Internal,
                             QStringLiteral("demo order %1 is not valid: %2")
                                 .arg(ingested->errors.first().index)
                                 .arg(ingested->errors.first().message));
        stored += ingested->imported;
        ++c;
    }
    if (Result<SweepResult> swept = orders.sweep(Caller::localOperator()); !swept)
        return swept.error();
    NewDeletionRequest request;
    request.reference = QStringLiteral("AMZ-DR-2026-0419");
    request.receivedAt = now.addSecs(-20 * 3600).toMSecsSinceEpoch();
    request.action = QStringLiteral("delete");
    request.scope.type = QStringLiteral("client");
    request.scope.client = QStringLiteral("Kestrel Outfitters UK");
    if (Result<DeletionRequest> created
        = orders.createDeletionRequest(Caller::localOperator(), request);
        !created)
        return created.error();
    return stored;
}

} // namespace cc::demo
