#include "OrdersApi.h"

#include "ApiClient.h"
#include "ApiTypes.h"
#include "csv/CsvWriter.h"

namespace cc::client {

Order Order::fromJson(const QJsonObject &j)
{
    Order o;
    o.id = j.value(QLatin1StringView("id")).toInteger();
    o.amazonOrderId = j.value(QLatin1StringView("amazon_order_id")).toString();
    o.purchasedAt = parseTime(j.value(QLatin1StringView("purchase_date")));
    o.fulfilledAt = parseTime(j.value(QLatin1StringView("fulfilled_at")));
    o.marketplace = j.value(QLatin1StringView("marketplace")).toString();
    o.orderTotal = j.value(QLatin1StringView("order_total")).toString();
    o.currency = j.value(QLatin1StringView("currency")).toString();
    o.piiHeld = j.value(QLatin1StringView("pii_held")).toBool();
    o.piiDueAt = parseTime(j.value(QLatin1StringView("pii_due_at")));
    const QJsonObject pii = j.value(QLatin1StringView("pii")).toObject();
    o.piiShown = !pii.isEmpty();
    o.pii.buyerName = pii.value(QLatin1StringView("buyer_name")).toString();
    o.pii.buyerEmail = pii.value(QLatin1StringView("buyer_email")).toString();
    const QJsonObject ship = pii.value(QLatin1StringView("shipping_address")).toObject();
    for (const char *key : {"name", "address_line1", "city", "postal_code", "country_code"}) {
        const QString part = ship.value(QLatin1StringView(key)).toString();
        if (!part.isEmpty())
            o.pii.shippingAddress << part;
    }
    o.grantId = j.value(QLatin1StringView("grant_id")).toInteger();
    o.grantReason = j.value(QLatin1StringView("grant_reason")).toString();
    return o;
}

OrderAggregate OrderAggregate::fromJson(const QJsonObject &j)
{
    return {j.value(QLatin1StringView("client")).toString(),
            j.value(QLatin1StringView("marketplace")).toString(),
            j.value(QLatin1StringView("day")).toString(),
            j.value(QLatin1StringView("currency")).toString(),
            j.value(QLatin1StringView("orders")).toInteger(),
            j.value(QLatin1StringView("sales")).toString()};
}

OrderAggregates OrderAggregates::fromJson(const QJsonObject &json)
{
    return {Page<OrderAggregate>::fromJson(json).items};
}

QByteArray OrderAggregates::toCsv() const
{
    csv::Writer csv(csv::Writer::LineEnd::Lf);
    csv.row({QStringLiteral("client"), QStringLiteral("marketplace"), QStringLiteral("day"),
             QStringLiteral("currency"), QStringLiteral("orders"), QStringLiteral("sales")});
    for (const OrderAggregate &a : items)
        csv.text(a.client)
            .text(a.marketplace)
            .text(a.day)
            .text(a.currency)
            .number(QString::number(a.orders))
            .number(a.sales)
            .endRow();
    return csv.bytes();
}

Call<Page<Order>> OrdersApi::list(const QString &clientAccount, bool includePii,
                                  const PageRequest &page) const
{
    QUrlQuery query = pageQuery(page);
    query.addQueryItem(QStringLiteral("client"), clientAccount);
    if (includePii)
        query.addQueryItem(QStringLiteral("include"), QStringLiteral("pii"));
    return Call<Page<Order>>(m_client->get(QStringLiteral("/orders"), query));
}

Call<OrderAggregates> OrdersApi::aggregates() const
{
    return Call<OrderAggregates>(m_client->get(QStringLiteral("/orders/aggregates")));
}

} // namespace cc::client
