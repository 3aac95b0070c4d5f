#pragma once

// Reads a batch of Amazon orders shaped like SP-API getOrders results, tagged with the client
// account they belong to: {"client": "acme", "orders": [ORDER, ...]} where ORDER carries
// AmazonOrderId, PurchaseDate, OrderStatus, MarketplaceId, OrderTotal {CurrencyCode, Amount},
// OrderItems [...] (optional), BuyerInfo {BuyerEmail, BuyerName}, ShippingAddress {Name,
// AddressLine1..3, City, StateOrRegion, PostalCode, CountryCode, Phone} and FulfillmentDate.
// Every bad record is reported with its index; error messages never quote a PII value.

#include <QJsonObject>
#include <QList>
#include <QString>

namespace cc::orders {

struct ParsedOrder
{
    QString amazonOrderId;
    qint64 purchaseDate = 0; // ms since the epoch, UTC
    QString orderStatus;
    QString marketplace;
    QString currency;
    qint64 totalCents = 0;
    int itemCount = 0;
    QByteArray itemsJson; // non-PII line items: ASIN, SKU, title, quantity, price
    qint64 fulfilledAt = 0;
    QJsonObject pii; // buyer_email, buyer_name, shipping_address {...}; empty when none
};

struct RecordError
{
    int index = 0; // position in "orders", from 0
    QString message;
};

struct Batch
{
    QString client;
    QList<ParsedOrder> orders;
    QList<RecordError> errors; // when not empty the batch must not be stored
    QString problem; // the document itself is unusable (not JSON, no client, ...)
};

Batch parseBatch(const QByteArray &json);
Batch parseBatch(const QJsonObject &document);

// "12.34" -> 1234; -1 when it is not a non-negative amount with at most two decimals.
qint64 parseAmountCents(const QString &amount);
// ISO 8601 with a time zone (Z or an offset) -> ms since the epoch; -1 when invalid.
qint64 parseIsoTime(const QString &text);

} // namespace cc::orders
