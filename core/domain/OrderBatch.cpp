#include "OrderBatch.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QSet>

namespace cc::orders {

namespace {

constexpr int kMaxFieldLength = 500;

QString text(const QJsonObject &o, const char *key)
{
    return o.value(QLatin1String(key)).toString().trimmed();
}

// PII is copied under snake_case names; absent fields are left out.
void copyPii(const QJsonObject &from, const char *key, QJsonObject &to, const char *name,
             QStringList &problems)
{
    const QJsonValue v = from.value(QLatin1String(key));
    if (v.isUndefined() || v.isNull())
        return;
    if (!v.isString() || v.toString().size() > kMaxFieldLength) {
        problems << QStringLiteral("%1 must be text of at most %2 characters")
                        .arg(QLatin1String(key))
                        .arg(kMaxFieldLength);
        return;
    }
    if (!v.toString().trimmed().isEmpty())
        to.insert(QLatin1String(name), v.toString().trimmed());
}

QStringList parseOrder(const QJsonValue &value, ParsedOrder &order)
{
    QStringList problems;
    if (!value.isObject())
        return {QStringLiteral("is not a JSON object")};
    const QJsonObject o = value.toObject();
    order.amazonOrderId = text(o, "AmazonOrderId");
    static const QRegularExpression idPattern(QStringLiteral("^[0-9A-Za-z-]{1,64}$"));
    if (!idPattern.match(order.amazonOrderId).hasMatch())
        problems << QStringLiteral("AmazonOrderId must be 1 to 64 letters, digits or dashes");
    order.purchaseDate = parseIsoTime(text(o, "PurchaseDate"));
    if (order.purchaseDate < 0)
        problems << QStringLiteral("PurchaseDate must be an ISO 8601 time like "
                                   "2026-11-01T10:00:00Z");
    order.fulfilledAt = parseIsoTime(text(o, "FulfillmentDate"));
    if (order.fulfilledAt < 0)
        problems << QStringLiteral("FulfillmentDate must be an ISO 8601 time like "
                                   "2026-11-03T10:00:00Z");
    else if (order.purchaseDate >= 0 && order.fulfilledAt < order.purchaseDate)
        problems << QStringLiteral("FulfillmentDate is before PurchaseDate");
    order.orderStatus = text(o, "OrderStatus");
    if (order.orderStatus.isEmpty() || order.orderStatus.size() > 40)
        problems << QStringLiteral("OrderStatus is missing");
    order.marketplace = text(o, "MarketplaceId");
    if (order.marketplace.isEmpty() || order.marketplace.size() > 40)
        problems << QStringLiteral("MarketplaceId is missing");
    const QJsonObject total = o.value(QLatin1String("OrderTotal")).toObject();
    order.currency = text(total, "CurrencyCode");
    static const QRegularExpression currencyPattern(QStringLiteral("^[A-Z]{3}$"));
    if (!currencyPattern.match(order.currency).hasMatch())
        problems << QStringLiteral("OrderTotal.CurrencyCode must be three capital letters");
    const QJsonValue amount = total.value(QLatin1String("Amount"));
    order.totalCents = parseAmountCents(
        amount.isDouble() ? QString::number(amount.toDouble(), 'f', 2) : amount.toString());
    if (order.totalCents < 0)
        problems << QStringLiteral("OrderTotal.Amount must be an amount like 12.34");

    QJsonArray items;
    const QJsonValue itemsValue = o.value(QLatin1String("OrderItems"));
    if (!itemsValue.isUndefined() && !itemsValue.isArray())
        problems << QStringLiteral("OrderItems must be a list");
    for (const QJsonValue &itemValue : itemsValue.toArray()) {
        const QJsonObject item = itemValue.toObject();
        const int quantity = item.value(QLatin1String("QuantityOrdered")).toInt(-1);
        if (quantity < 0) {
            problems << QStringLiteral("every item needs a QuantityOrdered of 0 or more");
            break;
        }
        order.itemCount += quantity;
        items.append(QJsonObject {
            {QStringLiteral("asin"), text(item, "ASIN").left(kMaxFieldLength)},
            {QStringLiteral("sku"), text(item, "SellerSKU").left(kMaxFieldLength)},
            {QStringLiteral("title"), text(item, "Title").left(kMaxFieldLength)},
            {QStringLiteral("quantity"), quantity},
            {QStringLiteral("price"),
             text(item.value(QLatin1String("ItemPrice")).toObject(), "Amount").left(40)},
        });
    }
    order.itemsJson = QJsonDocument(items).toJson(QJsonDocument::Compact);

    const QJsonObject buyer = o.value(QLatin1String("BuyerInfo")).toObject();
    copyPii(buyer, "BuyerEmail", order.pii, "buyer_email", problems);
    copyPii(buyer, "BuyerName", order.pii, "buyer_name", problems);
    const QJsonObject address = o.value(QLatin1String("ShippingAddress")).toObject();
    QJsonObject shipping;
    copyPii(address, "Name", shipping, "name", problems);
    copyPii(address, "AddressLine1", shipping, "address_line1", problems);
    copyPii(address, "AddressLine2", shipping, "address_line2", problems);
    copyPii(address, "AddressLine3", shipping, "address_line3", problems);
    copyPii(address, "City", shipping, "city", problems);
    copyPii(address, "StateOrRegion", shipping, "state_or_region", problems);
    copyPii(address, "PostalCode", shipping, "postal_code", problems);
    copyPii(address, "CountryCode", shipping, "country_code", problems);
    copyPii(address, "Phone", shipping, "phone", problems);
    if (!shipping.isEmpty())
        order.pii.insert(QStringLiteral("shipping_address"), shipping);
    return problems;
}

} // namespace

qint64 parseAmountCents(const QString &amount)
{
    static const QRegularExpression pattern(QStringLiteral("^([0-9]{1,12})(?:\\.([0-9]{1,2}))?$"));
    const QRegularExpressionMatch m = pattern.match(amount.trimmed());
    if (!m.hasMatch())
        return -1;
    const QString fraction = m.captured(2).leftJustified(2, QLatin1Char('0'));
    return m.captured(1).toLongLong() * 100 + fraction.toLongLong();
}

qint64 parseIsoTime(const QString &text)
{
    static const QRegularExpression zoned(QStringLiteral(
        "^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}(:\\d{2}(\\.\\d{1,3})?)?(Z|[+-]\\d{2}:\\d{2})$"));
    if (!zoned.match(text).hasMatch())
        return -1;
    const QDateTime t = QDateTime::fromString(text, Qt::ISODateWithMs);
    return t.isValid() ? t.toMSecsSinceEpoch() : -1;
}

Batch parseBatch(const QByteArray &json)
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &error);
    if (!doc.isObject()) {
        Batch batch;
        batch.problem = QStringLiteral("the batch is not a JSON object like {\"client\": \"acme\", "
                                       "\"orders\": [...]}: %1")
                            .arg(error.errorString());
        return batch;
    }
    return parseBatch(doc.object());
}

Batch parseBatch(const QJsonObject &document)
{
    Batch batch;
    batch.client = document.value(QLatin1String("client")).toString().trimmed();
    if (batch.client.isEmpty() || batch.client.size() > 100) {
        batch.problem = QStringLiteral("the batch needs \"client\": the client account the orders "
                                       "belong to");
        return batch;
    }
    const QJsonValue orders = document.value(QLatin1String("orders"));
    if (!orders.isArray() || orders.toArray().isEmpty()) {
        batch.problem = QStringLiteral("the batch needs \"orders\": a non-empty list of orders");
        return batch;
    }
    QSet<QString> seen;
    const QJsonArray list = orders.toArray();
    for (int i = 0; i < list.size(); ++i) {
        ParsedOrder order;
        QStringList problems = parseOrder(list.at(i), order);
        if (problems.isEmpty() && seen.contains(order.amazonOrderId))
            problems << QStringLiteral("AmazonOrderId %1 appears twice in the batch")
                            .arg(order.amazonOrderId);
        seen.insert(order.amazonOrderId);
        if (!problems.isEmpty())
            batch.errors.append({i, problems.join(QStringLiteral("; "))});
        else
            batch.orders.append(std::move(order));
    }
    return batch;
}

} // namespace cc::orders
