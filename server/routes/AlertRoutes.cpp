#include "Routes.h"
#include "domain/Roles.h"
#include "json/Json.h"
#include "service/Monitoring.h"
#include "store/Store.h"

namespace cc::server {

namespace {

QJsonValue optionalId(const std::optional<qint64> &id)
{
    return id ? QJsonValue(*id) : QJsonValue();
}

QJsonObject toJson(const Alert &a)
{
    return {
        {QStringLiteral("id"), a.id},
        {QStringLiteral("rule"), a.rule},
        {QStringLiteral("severity"), a.severity},
        {QStringLiteral("title"), a.title},
        {QStringLiteral("detail"), a.detail},
        {QStringLiteral("subject_user_id"), optionalId(a.subjectUserId)},
        {QStringLiteral("subject"), a.subject},
        {QStringLiteral("event_count"), a.eventCount},
        {QStringLiteral("first_seq"), optionalId(a.firstSeq)},
        {QStringLiteral("last_seq"), optionalId(a.lastSeq)},
        {QStringLiteral("raised_at"), json::time(a.raisedAt)},
        {QStringLiteral("last_seen_at"), json::time(a.lastSeenAt)},
        {QStringLiteral("status"),
         a.isOpen() ? QStringLiteral("open") : QStringLiteral("acknowledged")},
        {QStringLiteral("acknowledged_at"), json::time(a.acknowledgedAt)},
        {QStringLiteral("acknowledged_by"),
         a.isOpen() ? QJsonValue() : QJsonValue(a.acknowledgedBy)},
        {QStringLiteral("acknowledge_note"),
         a.isOpen() ? QJsonValue() : QJsonValue(a.acknowledgeNote)},
    };
}

} // namespace

// Monitoring alerts (docs/api.md, "Monitoring"): read with audit:read, newest first;
// acknowledged with a note by holders of alerts:manage. The rules raise them as events arrive.
void addAlertRoutes(RouteTable &routes, Store &store)
{
    routes.add("GET", QStringLiteral("/alerts"), QStringLiteral("alert.list"), Access::Permission,
               Permission::AuditRead, kNoBody, [&store](ApiRequest &r) -> Result<ApiResponse> {
                   Result<ApiRequest::Paging> paging = r.paging();
                   if (!paging)
                       return paging.error();
                   AlertFilter filter;
                   filter.status = r.query.queryItemValue(QStringLiteral("status"));
                   filter.rule = r.query.queryItemValue(QStringLiteral("rule"));
                   filter.before = paging->after;
                   filter.limit = paging->limit;
                   Result<Page<Alert>> page = Monitoring(store).alerts(filter);
                   if (!page)
                       return page.error();
                   QJsonArray items;
                   for (const Alert &a : std::as_const(page->items))
                       items.append(toJson(a));
                   return ok({{QStringLiteral("items"), items},
                              {QStringLiteral("next_after"), optionalId(page->nextAfter)}});
               });

    routes.add("GET", QStringLiteral("/alerts/") + kIdPattern, QStringLiteral("alert.read"),
               Access::Permission, Permission::AuditRead, kNoBody,
               [&store](ApiRequest &r) -> Result<ApiResponse> {
                   return respond<Alert>(Monitoring(store).alert(r.id()),
                                         [](const Alert &a) { return toJson(a); });
               });

    routes.add("POST", QStringLiteral("/alerts/") + kIdPattern + QStringLiteral("/acknowledge"),
               QStringLiteral("alert.acknowledge"), Access::Permission, Permission::AlertsManage,
               BodyFields {QStringLiteral("note")}, [&store](ApiRequest &r) -> Result<ApiResponse> {
                   Result<QString> note = r.optionalString(QStringLiteral("note"));
                   if (!note)
                       return note.error();
                   return respond<Alert>(Monitoring(store).acknowledge(r.caller, r.id(), *note),
                                         [](const Alert &a) { return toJson(a); });
               });
}

} // namespace cc::server
