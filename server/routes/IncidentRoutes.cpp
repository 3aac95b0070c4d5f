#include "Routes.h"
#include "domain/Roles.h"
#include "evidence/IncidentReport.h"
#include "json/IncidentJson.h"
#include "json/Json.h"
#include "service/Incidents.h"
#include "store/Store.h"

#include <QDateTime>

namespace cc::server {

namespace {

// An optional UTC ISO 8601 time field ("2026-11-29T15:36:23Z").
Result<OptionalTime> optionalTime(const ApiRequest &r, const QString &field)
{
    const QJsonValue value = r.body.value(field);
    if (value.isUndefined() || value.isNull())
        return OptionalTime();
    const QDateTime at
        = value.isString() ? QDateTime::fromString(value.toString(), Qt::ISODate) : QDateTime();
    if (!at.isValid())
        return makeError(
            ErrorCode::InvalidInput,
            QStringLiteral("field \"%1\" must be a time like 2026-11-29T15:36:23Z").arg(field));
    return OptionalTime(at.toMSecsSinceEpoch());
}

json::Object detailJson(Store &store, const IncidentDetail &d)
{
    return json::toJson(d, store.clock().nowMs(), store.policy());
}

Result<ApiResponse> respondDetail(Store &store, const Result<IncidentDetail> &detail,
                                  int status = 200)
{
    return respond<IncidentDetail>(
        detail, [&store](const IncidentDetail &d) { return detailJson(store, d); }, status);
}

Result<ApiResponse> listIncidents(Store &store, ApiRequest &r)
{
    Result<ApiRequest::Paging> paging = r.paging();
    if (!paging)
        return paging.error();
    IncidentFilter filter;
    filter.status = r.query.queryItemValue(QStringLiteral("status"));
    const QString amazon = r.query.queryItemValue(QStringLiteral("involves_amazon_data"));
    if (amazon == QLatin1String("true"))
        filter.involvesAmazonData = true;
    else if (amazon == QLatin1String("false"))
        filter.involvesAmazonData = false;
    else if (!amazon.isEmpty())
        return makeError(ErrorCode::InvalidInput,
                         QStringLiteral("\"involves_amazon_data\" must be true or false"));
    const qint64 now = store.clock().nowMs();
    return respond<Page<Incident>>(
        Incidents(store).list(r.caller, filter, paging->after, paging->limit),
        [&](const Page<Incident> &p) { return json::page(p, now, store.policy()); });
}

Result<ApiResponse> reportIncident(Store &store, ApiRequest &r)
{
    NewIncident n;
    Result<QString> title = r.string(QStringLiteral("title"));
    Result<QString> description = r.optionalString(QStringLiteral("description"));
    Result<QString> category = r.string(QStringLiteral("category"));
    Result<QString> assignee = r.optionalString(QStringLiteral("assignee"));
    for (const Result<QString> *field : {&title, &description, &category, &assignee}) {
        if (!*field)
            return field->error();
    }
    Result<int> severity = r.integer(QStringLiteral("severity"));
    if (!severity)
        return severity.error();
    Result<OptionalTime> detected = optionalTime(r, QStringLiteral("detected_at"));
    if (!detected)
        return detected.error();
    Result<std::optional<bool>> amazon = r.optionalFlag(QStringLiteral("involves_amazon_data"));
    if (!amazon)
        return amazon.error();
    n.title = *title;
    n.description = *description;
    n.category = *category;
    n.assignee = *assignee;
    n.severity = *severity;
    n.detectedAt = *detected;
    n.involvesAmazonData = amazon->value_or(false);
    return respondDetail(store, Incidents(store).report(r.caller, n), 201);
}

Result<ApiResponse> readIncident(Store &store, ApiRequest &r)
{
    return respondDetail(store, Incidents(store).incident(r.caller, r.id()));
}

// The PATCH body: only the fields it has change.
Result<IncidentChanges> changesFrom(const ApiRequest &r)
{
    IncidentChanges c;
    for (const auto &[field, target] :
         {std::pair {QStringLiteral("title"), &c.title},
          std::pair {QStringLiteral("description"), &c.description},
          std::pair {QStringLiteral("category"), &c.category},
          std::pair {QStringLiteral("assignee"), &c.assignee},
          std::pair {QStringLiteral("status"), &c.status},
          std::pair {QStringLiteral("amazon_reference"), &c.amazonReference}}) {
        Result<std::optional<QString>> value = r.changedString(field);
        if (!value)
            return value.error();
        *target = *value;
    }
    Result<QString> reason = r.optionalString(QStringLiteral("reason"));
    if (!reason)
        return reason.error();
    c.reason = *reason;
    Result<std::optional<QString>> override
        = r.changedString(QStringLiteral("close_override_reason"));
    if (!override)
        return override.error();
    c.closeOverrideReason = *override;
    if (r.body.contains(QStringLiteral("severity"))) {
        Result<int> severity = r.integer(QStringLiteral("severity"));
        if (!severity)
            return severity.error();
        c.severity = *severity;
    }
    Result<std::optional<bool>> amazon = r.optionalFlag(QStringLiteral("involves_amazon_data"));
    if (!amazon)
        return amazon.error();
    c.involvesAmazonData = *amazon;
    Result<OptionalTime> notified = optionalTime(r, QStringLiteral("amazon_notified_at"));
    if (!notified)
        return notified.error();
    if (*notified)
        c.amazonNotifiedAt = **notified;
    return c;
}

Result<ApiResponse> updateIncident(Store &store, ApiRequest &r)
{
    Result<IncidentChanges> changes = changesFrom(r);
    if (!changes)
        return changes.error();
    return respondDetail(store, Incidents(store).update(r.caller, r.id(), *changes));
}

// A note for the timeline, or a checklist task marked done and/or given an owner.
Result<ApiResponse> addIncidentEvent(Store &store, ApiRequest &r)
{
    Result<QString> task = r.optionalString(QStringLiteral("task"));
    if (!task)
        return task.error();
    if (task->isEmpty()) {
        Result<QString> note = r.string(QStringLiteral("note"));
        if (!note)
            return makeError(ErrorCode::InvalidInput,
                             QStringLiteral("send a \"note\" for the timeline, or a "
                                            "\"task\" with \"done\" and/or \"owner\""));
        return respondDetail(store, Incidents(store).addNote(r.caller, r.id(), *note), 201);
    }
    Result<std::optional<bool>> done = r.optionalFlag(QStringLiteral("done"));
    if (!done)
        return done.error();
    Result<std::optional<QString>> owner = r.changedString(QStringLiteral("owner"));
    if (!owner)
        return owner.error();
    return respondDetail(store, Incidents(store).updateTask(r.caller, r.id(), *task, *done, *owner),
                         201);
}

Result<ApiResponse> acknowledgeIncident(Store &store, ApiRequest &r)
{
    return respondDetail(store, Incidents(store).acknowledge(r.caller, r.id()));
}

// The post-incident report, for whoever may see the incident; audited with its SHA-256.
Result<ApiResponse> incidentReport(Store &store, ApiRequest &r)
{
    Result<QByteArray> pdf = evidence::exportIncidentReport(store, r.caller, r.id());
    if (!pdf)
        return pdf.error();
    ApiResponse response;
    response.body = *pdf;
    response.contentType = "application/pdf";
    response.attachmentName = "incident-" + QByteArray::number(r.id()) + "-report.pdf";
    return response;
}

} // namespace

// Incidents (docs/api.md, "Incidents"): anyone signed in reports; holders of incidents:manage
// run the workflow; notified executives acknowledge. Visibility of one incident is decided by
// the Incidents service.
void addIncidentRoutes(RouteTable &routes, Store &store)
{
    const auto with = [&store](StoreHandler handler) {
        return withStore(store, handler);
    };
    routes.add("GET", QStringLiteral("/incidents"), QStringLiteral("incident.list"),
               Access::SignedIn, {}, kNoBody, with(listIncidents));
    routes.add("POST", QStringLiteral("/incidents"), QStringLiteral("incident.report"),
               Access::SignedIn, {},
               BodyFields {field::string("title"), field::string("description"),
                           field::string("category"), field::string("assignee"),
                           field::integer("severity"), field::dateTime("detected_at"),
                           field::boolean("involves_amazon_data")},
               with(reportIncident));
    routes.add("GET", QStringLiteral("/incidents/") + kIdPattern, QStringLiteral("incident.read"),
               Access::SignedIn, {}, kNoBody, with(readIncident));
    routes.add("PATCH", QStringLiteral("/incidents/") + kIdPattern,
               QStringLiteral("incident.update"), Access::Permission, Permission::IncidentsManage,
               BodyFields {field::string("title"), field::string("description"),
                           field::string("category"), field::string("assignee"),
                           field::string("status"), field::string("amazon_reference"),
                           field::string("reason"), field::string("close_override_reason"),
                           field::integer("severity"), field::boolean("involves_amazon_data"),
                           field::dateTime("amazon_notified_at")},
               with(updateIncident));
    routes.add("POST", QStringLiteral("/incidents/") + kIdPattern + QStringLiteral("/events"),
               QStringLiteral("incident.event"), Access::Permission, Permission::IncidentsManage,
               BodyFields {field::string("task"), field::string("note"), field::boolean("done"),
                           field::string("owner")},
               with(addIncidentEvent));
    routes.add("POST", QStringLiteral("/incidents/") + kIdPattern + QStringLiteral("/acknowledge"),
               QStringLiteral("incident.acknowledge"), Access::SignedIn, {}, kNoBody,
               with(acknowledgeIncident));
    routes.add("GET", QStringLiteral("/incidents/") + kIdPattern + QStringLiteral("/report"),
               QStringLiteral("incident.report"), Access::SignedIn, {}, kNoBody,
               with(incidentReport));
}

} // namespace cc::server
