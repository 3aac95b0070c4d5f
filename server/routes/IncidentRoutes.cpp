#include "Routes.h"
#include "domain/Roles.h"
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

Result<std::optional<bool>> optionalFlag(const ApiRequest &r, const QString &field)
{
    const QJsonValue value = r.body.value(field);
    if (value.isUndefined() || value.isNull())
        return std::optional<bool>();
    if (!value.isBool())
        return makeError(ErrorCode::InvalidInput,
                         QStringLiteral("field \"%1\" must be true or false").arg(field));
    return std::optional<bool>(value.toBool());
}

} // namespace

// Incidents (docs/api.md, "Incidents"): anyone signed in reports; holders of incidents:manage
// run the workflow; notified executives acknowledge. Visibility of one incident is decided by
// the Incidents service.
void addIncidentRoutes(RouteTable &routes, Store &store)
{
    const auto detailJson = [&store](const IncidentDetail &d) {
        return json::toJson(d, store.clock().nowMs(), store.policy());
    };

    routes.add(
        "GET", QStringLiteral("/incidents"), QStringLiteral("incident.list"), Access::SignedIn, {},
        kNoBody, [&store](ApiRequest &r) -> Result<ApiResponse> {
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
        });

    routes.add(
        "POST", QStringLiteral("/incidents"), QStringLiteral("incident.report"), Access::SignedIn,
        {},
        BodyFields {QStringLiteral("title"), QStringLiteral("description"),
                    QStringLiteral("category"), QStringLiteral("assignee"),
                    QStringLiteral("severity"), QStringLiteral("detected_at"),
                    QStringLiteral("involves_amazon_data")},
        [&store, detailJson](ApiRequest &r) -> Result<ApiResponse> {
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
            Result<std::optional<bool>> amazon
                = optionalFlag(r, QStringLiteral("involves_amazon_data"));
            if (!amazon)
                return amazon.error();
            n.title = *title;
            n.description = *description;
            n.category = *category;
            n.assignee = *assignee;
            n.severity = *severity;
            n.detectedAt = *detected;
            n.involvesAmazonData = amazon->value_or(false);
            return respond<IncidentDetail>(Incidents(store).report(r.caller, n), detailJson, 201);
        });

    routes.add(
        "GET", QStringLiteral("/incidents/") + kIdPattern, QStringLiteral("incident.read"),
        Access::SignedIn, {}, kNoBody, [&store, detailJson](ApiRequest &r) -> Result<ApiResponse> {
            return respond<IncidentDetail>(Incidents(store).incident(r.caller, r.id()), detailJson);
        });

    routes.add(
        "PATCH", QStringLiteral("/incidents/") + kIdPattern, QStringLiteral("incident.update"),
        Access::Permission, Permission::IncidentsManage,
        BodyFields {QStringLiteral("title"), QStringLiteral("description"),
                    QStringLiteral("category"), QStringLiteral("assignee"),
                    QStringLiteral("status"), QStringLiteral("amazon_reference"),
                    QStringLiteral("reason"), QStringLiteral("severity"),
                    QStringLiteral("involves_amazon_data"), QStringLiteral("amazon_notified_at")},
        [&store, detailJson](ApiRequest &r) -> Result<ApiResponse> {
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
            if (r.body.contains(QStringLiteral("severity"))) {
                Result<int> severity = r.integer(QStringLiteral("severity"));
                if (!severity)
                    return severity.error();
                c.severity = *severity;
            }
            Result<std::optional<bool>> amazon
                = optionalFlag(r, QStringLiteral("involves_amazon_data"));
            if (!amazon)
                return amazon.error();
            c.involvesAmazonData = *amazon;
            Result<OptionalTime> notified = optionalTime(r, QStringLiteral("amazon_notified_at"));
            if (!notified)
                return notified.error();
            if (*notified)
                c.amazonNotifiedAt = **notified;
            return respond<IncidentDetail>(Incidents(store).update(r.caller, r.id(), c),
                                           detailJson);
        });

    routes.add(
        "POST", QStringLiteral("/incidents/") + kIdPattern + QStringLiteral("/events"),
        QStringLiteral("incident.event"), Access::Permission, Permission::IncidentsManage,
        BodyFields {QStringLiteral("task"), QStringLiteral("note"), QStringLiteral("done"),
                    QStringLiteral("owner")},
        [&store, detailJson](ApiRequest &r) -> Result<ApiResponse> {
            Result<QString> task = r.optionalString(QStringLiteral("task"));
            if (!task)
                return task.error();
            if (task->isEmpty()) {
                Result<QString> note = r.string(QStringLiteral("note"));
                if (!note)
                    return makeError(ErrorCode::InvalidInput,
                                     QStringLiteral("send a \"note\" for the timeline, or a "
                                                    "\"task\" with \"done\" and/or \"owner\""));
                return respond<IncidentDetail>(Incidents(store).addNote(r.caller, r.id(), *note),
                                               detailJson, 201);
            }
            Result<std::optional<bool>> done = optionalFlag(r, QStringLiteral("done"));
            if (!done)
                return done.error();
            Result<std::optional<QString>> owner = r.changedString(QStringLiteral("owner"));
            if (!owner)
                return owner.error();
            return respond<IncidentDetail>(
                Incidents(store).updateTask(r.caller, r.id(), *task, *done, *owner), detailJson,
                201);
        });

    routes.add("POST", QStringLiteral("/incidents/") + kIdPattern + QStringLiteral("/acknowledge"),
               QStringLiteral("incident.acknowledge"), Access::SignedIn, {}, kNoBody,
               [&store, detailJson](ApiRequest &r) -> Result<ApiResponse> {
                   return respond<IncidentDetail>(Incidents(store).acknowledge(r.caller, r.id()),
                                                  detailJson);
               });
}

} // namespace cc::server
