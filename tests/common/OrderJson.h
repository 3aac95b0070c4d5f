#pragma once

// Amazon orders as a batch carries them (docs/api.md, "Orders"), for the tests that ingest
// through the Orders service.

#include "domain/OrderBatch.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>

namespace cc::test {

// An order's facts alone, no PII: fulfilled two days after purchase, GBP 25.50 on the UK
// marketplace. A test adds BuyerInfo and ShippingAddress where it needs PII.
inline QJsonObject orderFacts(const QString &id, const QDateTime &fulfilled)
{
    return {
        {QStringLiteral("AmazonOrderId"), id},
        {QStringLiteral("PurchaseDate"), fulfilled.addDays(-2).toString(Qt::ISODate)},
        {QStringLiteral("OrderStatus"), QStringLiteral("Shipped")},
        {QStringLiteral("MarketplaceId"), QStringLiteral("A1F83G8C2ARO7P")},
        {QStringLiteral("OrderTotal"),
         QJsonObject {{QStringLiteral("CurrencyCode"), QStringLiteral("GBP")},
                      {QStringLiteral("Amount"), QStringLiteral("25.50")}}},
        {QStringLiteral("FulfillmentDate"), fulfilled.toString(Qt::ISODate)},
    };
}

inline orders::Batch batchOf(const QString &client, const QJsonArray &list)
{
    return orders::parseBatch(
        QJsonObject {{QStringLiteral("client"), client}, {QStringLiteral("orders"), list}});
}

} // namespace cc::test
