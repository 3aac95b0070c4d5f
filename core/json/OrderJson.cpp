#include "OrderJson.h"

#include "Json.h"

#include <QJsonDocument>

namespace cc::json {

QString amount(qint64 cents)
{
    return QStringLiteral("%1.%2").arg(cents / 100).arg(cents % 100, 2, 10, QLatin1Char('0'));
}

Object toJson(const Order &o)
{
    return {
        {"id", o.id},
        {"client", o.client},
        {"amazon_order_id", o.amazonOrderId},
        {"purchase_date", time(o.purchaseDate)},
        {"order_status", o.orderStatus},
        {"marketplace", o.marketplace},
        {"currency", o.currency},
        {"order_total", amount(o.totalCents)},
        {"item_count", o.itemCount},
        {"items", QJsonDocument::fromJson(o.itemsJson).array()},
        {"fulfilled_at", time(o.fulfilledAt)},
        {"ingested_at", time(o.ingestedAt)},
        {"pii_held", o.piiHeld},
        {"pii_due_at", o.piiHeld ? time(o.piiDueAt) : Value()},
        {"pii_purged_at", time(o.piiPurgedAt)},
        {"purge_reason", o.purgeReason.isEmpty() ? Value() : o.purgeReason},
        {"pii", o.pii},
        {"grant_id", o.grantId},
        {"grant_reason", o.grantId ? Value(o.grantReason) : Value()},
    };
}

Object toJson(const AggregateRow &row)
{
    return {{"client", row.client}, {"marketplace", row.marketplace},
            {"day", row.day},       {"currency", row.currency},
            {"orders", row.orders}, {"sales", amount(row.salesCents)}};
}

namespace {
Value ageDays(OptionalTime since, qint64 nowMs)
{
    return since ? Value(double(nowMs - *since) / (24.0 * 3600 * 1000)) : Value();
}
} // namespace

Object toJson(const RetentionStatus &s, qint64 nowMs)
{
    Values clients;
    for (const ClientRetention &c : s.clients)
        clients.emplace_back(Object {{"client", c.client},
                                     {"held", c.held},
                                     {"due_within_week", c.dueWithinWeek},
                                     {"overdue", c.overdue},
                                     {"oldest_fulfilled_at", time(c.oldestFulfilledAt)},
                                     {"oldest_pii_age_days", ageDays(c.oldestFulfilledAt, nowMs)}});
    return {
        {"held", s.held},
        {"due_within_week", s.dueWithinWeek},
        {"overdue", s.overdue},
        {"oldest_fulfilled_at", time(s.oldestFulfilledAt)},
        {"oldest_pii_age_days", ageDays(s.oldestFulfilledAt, nowMs)},
        {"clients", clients},
        {"last_sweep",
         s.lastSweepAt ? Value(Object {{"at", time(s.lastSweepAt)},
                                       {"outcome", s.lastSweepOutcome},
                                       {"purged", s.lastSweepPurged},
                                       {"deleted_orders", s.lastSweepDeleted},
                                       {"message", s.lastSweepMessage}})
                       : Value()},
    };
}

Object toJson(const SweepResult &sweep)
{
    QJsonObject perClient;
    for (auto it = sweep.perClient.begin(); it != sweep.perClient.end(); ++it)
        perClient.insert(it.key(), it.value());
    QJsonObject deletedPerClient;
    for (auto it = sweep.deletedPerClient.begin(); it != sweep.deletedPerClient.end(); ++it)
        deletedPerClient.insert(it.key(), it.value());
    return {{"sweep_id", sweep.sweepId},        {"at", time(sweep.at)},
            {"purged", sweep.purged},           {"per_client", perClient},
            {"deleted_orders", sweep.deleted},  {"deleted_per_client", deletedPerClient},
            {"held_clients", sweep.heldClients}};
}

Object toJson(const DailyAggregate &row)
{
    return {{"id", row.id},
            {"client", row.client},
            {"marketplace", row.marketplace},
            {"day", row.day},
            {"currency", row.currency},
            {"orders", row.orders},
            {"items", row.items},
            {"sales", amount(row.salesCents)},
            {"updated_at", time(row.updatedAt)}};
}

Object toJson(const LegalHold &h, qint64 nowMs)
{
    return {{"id", h.id},
            {"client", h.client},
            {"reason", h.reason},
            {"until", time(h.until)},
            {"open_ended", !h.until},
            {"set_by", h.setBy},
            {"set_at", time(h.setAt)},
            {"released_by", h.releasedAt ? Value(h.releasedBy) : Value()},
            {"released_at", time(h.releasedAt)},
            {"active", h.appliesAt(nowMs)}};
}

Object toJson(const DeletionRequest &r, qint64 nowMs)
{
    const bool open = r.status == QLatin1String("open");
    Object evidence;
    if (!open)
        evidence = {{"fulfilled_at", time(r.fulfilledAt)},
                    {"fulfilled_by", r.fulfilledBy},
                    {"deleted_orders", r.deletedOrders},
                    {"deleted_pii", r.deletedPii},
                    {"deleted_ids_sha256", r.deletedIdsSha256},
                    {"archive_sha256", r.archiveSha256.isEmpty() ? Value() : r.archiveSha256}};
    return {
        {"id", r.id},
        {"reference", r.reference},
        {"received_at", time(r.receivedAt)},
        {"due_at", time(r.dueAt)},
        {"seconds_left", open ? Value((r.dueAt - nowMs) / 1000) : Value()},
        {"overdue", open && nowMs >= r.dueAt},
        {"action", r.action},
        {"scope",
         Object {{"type", r.scopeType},
                 {"client", r.scopeClient.isEmpty() ? Value() : r.scopeClient},
                 {"order_ids", r.scopeOrderIds},
                 // The e-mail itself is sealed and never sent back.
                 {"buyer_email_given", r.scopeHasBuyer}}},
        {"status", r.status},
        {"created_by", r.createdBy},
        {"created_at", time(r.createdAt)},
        {"evidence", open ? Value() : Value(evidence)},
    };
}

Values toJson(const QList<orders::RecordError> &errors)
{
    Values list;
    for (const orders::RecordError &e : errors)
        list.emplace_back(Object {{"index", e.index}, {"message", e.message}});
    return list;
}

} // namespace cc::json
