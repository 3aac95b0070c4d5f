#include "OrderJson.h"

#include "Json.h"

#include <QJsonDocument>

namespace cc::json {

QString amount(qint64 cents)
{
    return QStringLiteral("%1.%2").arg(cents / 100).arg(cents % 100, 2, 10, QLatin1Char('0'));
}

QJsonObject toJson(const Order &o)
{
    return {
        {QStringLiteral("id"), o.id},
        {QStringLiteral("client"), o.client},
        {QStringLiteral("amazon_order_id"), o.amazonOrderId},
        {QStringLiteral("purchase_date"), time(o.purchaseDate)},
        {QStringLiteral("order_status"), o.orderStatus},
        {QStringLiteral("marketplace"), o.marketplace},
        {QStringLiteral("currency"), o.currency},
        {QStringLiteral("order_total"), amount(o.totalCents)},
        {QStringLiteral("item_count"), o.itemCount},
        {QStringLiteral("items"), QJsonDocument::fromJson(o.itemsJson).array()},
        {QStringLiteral("fulfilled_at"), time(o.fulfilledAt)},
        {QStringLiteral("ingested_at"), time(o.ingestedAt)},
        {QStringLiteral("pii_held"), o.piiHeld},
        {QStringLiteral("pii_due_at"), o.piiHeld ? time(o.piiDueAt) : QJsonValue()},
        {QStringLiteral("pii_purged_at"), time(o.piiPurgedAt)},
        {QStringLiteral("purge_reason"), o.purgeReason.isEmpty() ? QJsonValue() : o.purgeReason},
        {QStringLiteral("pii"), o.pii ? QJsonValue(*o.pii) : QJsonValue()},
        {QStringLiteral("grant_id"), o.grantId ? QJsonValue(*o.grantId) : QJsonValue()},
        {QStringLiteral("grant_reason"), o.grantId ? QJsonValue(o.grantReason) : QJsonValue()},
    };
}

QJsonObject toJson(const AggregateRow &row)
{
    return {
        {QStringLiteral("client"), row.client}, {QStringLiteral("marketplace"), row.marketplace},
        {QStringLiteral("day"), row.day},       {QStringLiteral("currency"), row.currency},
        {QStringLiteral("orders"), row.orders}, {QStringLiteral("sales"), amount(row.salesCents)}};
}

namespace {
QJsonValue ageDays(OptionalTime since, qint64 nowMs)
{
    return since ? QJsonValue(double(nowMs - *since) / (24.0 * 3600 * 1000)) : QJsonValue();
}
} // namespace

QJsonObject toJson(const RetentionStatus &s, qint64 nowMs)
{
    QJsonArray clients;
    for (const ClientRetention &c : s.clients)
        clients.append(QJsonObject {
            {QStringLiteral("client"), c.client},
            {QStringLiteral("held"), c.held},
            {QStringLiteral("due_within_week"), c.dueWithinWeek},
            {QStringLiteral("overdue"), c.overdue},
            {QStringLiteral("oldest_fulfilled_at"), time(c.oldestFulfilledAt)},
            {QStringLiteral("oldest_pii_age_days"), ageDays(c.oldestFulfilledAt, nowMs)}});
    return {
        {QStringLiteral("held"), s.held},
        {QStringLiteral("due_within_week"), s.dueWithinWeek},
        {QStringLiteral("overdue"), s.overdue},
        {QStringLiteral("oldest_fulfilled_at"), time(s.oldestFulfilledAt)},
        {QStringLiteral("oldest_pii_age_days"), ageDays(s.oldestFulfilledAt, nowMs)},
        {QStringLiteral("clients"), clients},
        {QStringLiteral("last_sweep"),
         s.lastSweepAt ? QJsonValue(QJsonObject {{QStringLiteral("at"), time(s.lastSweepAt)},
                                                 {QStringLiteral("outcome"), s.lastSweepOutcome},
                                                 {QStringLiteral("purged"), s.lastSweepPurged},
                                                 {QStringLiteral("message"), s.lastSweepMessage}})
                       : QJsonValue()},
    };
}

QJsonObject toJson(const SweepResult &sweep)
{
    QJsonObject perClient;
    for (auto it = sweep.perClient.begin(); it != sweep.perClient.end(); ++it)
        perClient.insert(it.key(), it.value());
    return {{QStringLiteral("sweep_id"), sweep.sweepId},
            {QStringLiteral("at"), time(sweep.at)},
            {QStringLiteral("purged"), sweep.purged},
            {QStringLiteral("per_client"), perClient}};
}

QJsonObject toJson(const DeletionRequest &r, qint64 nowMs)
{
    const bool open = r.status == QLatin1String("open");
    QJsonObject evidence;
    if (!open)
        evidence = {{QStringLiteral("fulfilled_at"), time(r.fulfilledAt)},
                    {QStringLiteral("fulfilled_by"), r.fulfilledBy},
                    {QStringLiteral("deleted_orders"), r.deletedOrders},
                    {QStringLiteral("deleted_pii"), r.deletedPii},
                    {QStringLiteral("deleted_ids_sha256"), r.deletedIdsSha256},
                    {QStringLiteral("archive_sha256"),
                     r.archiveSha256.isEmpty() ? QJsonValue() : r.archiveSha256}};
    return {
        {QStringLiteral("id"), r.id},
        {QStringLiteral("reference"), r.reference},
        {QStringLiteral("received_at"), time(r.receivedAt)},
        {QStringLiteral("due_at"), time(r.dueAt)},
        {QStringLiteral("seconds_left"),
         open ? QJsonValue((r.dueAt - nowMs) / 1000) : QJsonValue()},
        {QStringLiteral("overdue"), open && nowMs >= r.dueAt},
        {QStringLiteral("action"), r.action},
        {QStringLiteral("scope"),
         QJsonObject {
             {QStringLiteral("type"), r.scopeType},
             {QStringLiteral("client"), r.scopeClient.isEmpty() ? QJsonValue() : r.scopeClient},
             {QStringLiteral("order_ids"), QJsonArray::fromStringList(r.scopeOrderIds)},
             // The e-mail itself is sealed and never sent back.
             {QStringLiteral("buyer_email_given"), r.scopeHasBuyer}}},
        {QStringLiteral("status"), r.status},
        {QStringLiteral("created_by"), r.createdBy},
        {QStringLiteral("created_at"), time(r.createdAt)},
        {QStringLiteral("evidence"), open ? QJsonValue() : QJsonValue(evidence)},
    };
}

QJsonArray toJson(const QList<orders::RecordError> &errors)
{
    QJsonArray list;
    for (const orders::RecordError &e : errors)
        list.append(QJsonObject {{QStringLiteral("index"), e.index},
                                 {QStringLiteral("message"), e.message}});
    return list;
}

} // namespace cc::json
