#pragma once

// Amazon orders as the caller's grants allow, and the anonymised aggregates (docs/api.md,
// "Orders and retention"). Orders live in memory only: the console writes none to disk.

#include "ApiCall.h"

#include <QDateTime>

namespace cc::client {

class ApiClient;

struct OrderPii
{
    QString buyerName;
    QString buyerEmail;
    QStringList shippingAddress; // name, street, city, postal code, country; the parts given
};

struct Order
{
    qint64 id = 0;
    QString amazonOrderId;
    QDateTime purchasedAt;
    QDateTime fulfilledAt;
    QString marketplace;
    QString orderTotal; // decimal text, as Amazon sends it
    QString currency;
    bool piiHeld = false;
    QDateTime piiDueAt;
    bool piiShown = false;
    OrderPii pii; // only with piiShown
    qint64 grantId = 0; // the orders.pii grant the PII was read under
    QString grantReason;

    static Order fromJson(const QJsonObject &json);
};

struct OrderAggregate
{
    QString client;
    QString marketplace;
    QString day; // YYYY-MM-DD
    QString currency;
    qint64 orders = 0;
    QString sales; // decimal text

    static OrderAggregate fromJson(const QJsonObject &json);
};

struct OrderAggregates
{
    QList<OrderAggregate> items;

    static OrderAggregates fromJson(const QJsonObject &json);
    // The one Amazon data the console writes to a file: anonymised figures as CSV.
    QByteArray toCsv() const;
};

class OrdersApi
{
public:
    explicit OrdersApi(ApiClient *client)
        : m_client(client)
    { }

    // One client's orders; with includePii the server adds the PII under an orders.pii grant
    // and audits the read.
    Call<Page<Order>> list(const QString &clientAccount, bool includePii,
                           const PageRequest &page) const;
    Call<OrderAggregates> aggregates() const;

private:
    ApiClient *m_client;
};

} // namespace cc::client
