#include "Routes.h"
#include "domain/Roles.h"
#include "json/Json.h"
#include "service/Monitoring.h"
#include "store/Store.h"

namespace cc::server {

namespace {

json::Object toJson(const Alert &a)
{
    return {
        {"id", a.id},
        {"rule", a.rule},
        {"severity", a.severity},
        {"title", a.title},
        {"detail", a.detail},
        {"subject_user_id", a.subjectUserId},
        {"subject", a.subject},
        {"event_count", a.eventCount},
        {"first_seq", a.firstSeq},
        {"last_seq", a.lastSeq},
        {"raised_at", json::time(a.raisedAt)},
        {"last_seen_at", json::time(a.lastSeenAt)},
        {"status", a.isOpen() ? QStringLiteral("open") : QStringLiteral("acknowledged")},
        {"acknowledged_at", json::time(a.acknowledgedAt)},
        {"acknowledged_by", a.isOpen() ? json::Value() : json::Value(a.acknowledgedBy)},
        {"acknowledge_note", a.isOpen() ? json::Value() : json::Value(a.acknowledgeNote)},
        {"incident_id", a.incidentId},
    };
}

Result<ApiResponse> listAlerts(Store &store, ApiRequest &r)
{
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
    json::Values items;
    for (const Alert &a : std::as_const(page->items))
        items.emplace_back(toJson(a));
    return ok({{"items", std::move(items)}, {"next_after", page->nextAfter}});
}

Result<ApiResponse> readAlert(Store &store, ApiRequest &r)
{
    return respond<Alert>(Monitoring(store).alert(r.id()),
                          [](const Alert &a) { return toJson(a); });
}

Result<ApiResponse> acknowledgeAlert(Store &store, ApiRequest &r)
{
    Result<QString> note = r.optionalString(QStringLiteral("note"));
    if (!note)
        return note.error();
    return respond<Alert>(Monitoring(store).acknowledge(r.caller, r.id(), *note),
                          [](const Alert &a) { return toJson(a); });
}

Result<ApiResponse> endAlertSessions(Store &store, ApiRequest &r)
{
    return respond<int>(Monitoring(store).endSubjectSessions(r.caller, r.id()), [](int ended) {
        return json::Object {{"ended_sessions", ended}};
    });
}

Result<ApiResponse> escalateAlert(Store &store, ApiRequest &r)
{
    return respond<Alert>(
        Monitoring(store).escalate(r.caller, r.id()), [](const Alert &a) { return toJson(a); },
        201);
}

} // namespace

// Monitoring alerts (docs/api.md, "Monitoring"): read with audit:read, newest first;
// acknowledged with a note by holders of alerts:manage. The rules raise them as events arrive.
void addAlertRoutes(RouteTable &routes, Store &store)
{
    const auto with = [&store](StoreHandler handler) {
        return withStore(store, handler);
    };
    routes.add("GET", QStringLiteral("/alerts"), QStringLiteral("alert.list"), Access::Permission,
               Permission::AuditRead, kNoBody, with(listAlerts));
    routes.add("GET", QStringLiteral("/alerts/") + kIdPattern, QStringLiteral("alert.read"),
               Access::Permission, Permission::AuditRead, kNoBody, with(readAlert));
    routes.add("POST", QStringLiteral("/alerts/") + kIdPattern + QStringLiteral("/acknowledge"),
               QStringLiteral("alert.acknowledge"), Access::Permission, Permission::AlertsManage,
               BodyFields {field::string("note")}, with(acknowledgeAlert));
    // Acting on an alert: end its user's sessions; escalate it to an incident assigned to the
    // officer, which needs the incident team's permission as well.
    routes.add("POST", QStringLiteral("/alerts/") + kIdPattern + QStringLiteral("/end-sessions"),
               QStringLiteral("alert.end_sessions"), Access::Permission, Permission::AlertsManage,
               kNoBody, with(endAlertSessions));
    routes.add("POST", QStringLiteral("/alerts/") + kIdPattern + QStringLiteral("/escalate"),
               QStringLiteral("alert.escalate"),
               QStringList {Permission::AlertsManage, Permission::IncidentsManage}, kNoBody,
               with(escalateAlert));
}

} // namespace cc::server
