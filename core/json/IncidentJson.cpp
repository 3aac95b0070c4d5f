#include "IncidentJson.h"

#include "Json.h"

#include <QJsonArray>

namespace cc::json {

Object toJson(const Incident &i, qint64 nowMs, const Policy &policy)
{
    QJsonObject clocks; // named by the policy's clocks, so built as a QJsonObject
    bool overdue = false;
    for (const IncidentClock &c : incidentClocks(i.times(), policy)) {
        if (!c.applies) {
            clocks.insert(c.name, QJsonValue());
            continue;
        }
        overdue = overdue || (isOpenIncidentStatus(i.status) && c.overdue(nowMs));
        clocks.insert(c.name,
                      Object {{"due_at", time(c.dueAt)},
                              {"done_at", time(c.doneAt)},
                              {"overdue", isOpenIncidentStatus(i.status) && c.overdue(nowMs)}});
    }
    return {
        {"id", i.id},
        {"title", i.title},
        {"description", i.description},
        {"severity", i.severity},
        {"category", i.category},
        {"status", i.status},
        {"detected_at", time(i.detectedAt)},
        {"reported_at", time(i.reportedAt)},
        {"reporter", i.reporter},
        {"reporter_name", i.reporterName},
        {"assignee", i.assignee.isEmpty() ? Value() : Value(i.assignee)},
        {"assignee_name", i.assignee.isEmpty() ? Value() : Value(i.assigneeName)},
        {"involves_amazon_data", i.involvesAmazonData},
        {"triaged_at", time(i.triagedAt)},
        {"contained_at", time(i.containedAt)},
        {"resolved_at", time(i.resolvedAt)},
        {"closed_at", time(i.closedAt)},
        {"amazon_notified_at", time(i.amazonNotifiedAt)},
        {"amazon_reference", i.amazonReference},
        {"executives_notified", i.executivesNotified},
        {"executives_acknowledged", i.executivesAcknowledged},
        {"clocks", clocks},
        {"overdue", overdue},
    };
}

namespace {

Value emailJson(const ExecutiveNotice &e)
{
    if (e.emailStatus.isEmpty())
        return Value();
    return Object {{"status", e.emailStatus},
                   {"attempts", e.emailAttempts},
                   {"sent_at", time(e.emailSentAt)},
                   {"last_error", e.emailError.isEmpty() ? Value() : Value(e.emailError)}};
}

} // namespace

Object toJson(const IncidentDetail &d, qint64 nowMs, const Policy &policy)
{
    Object body = toJson(d.incident, nowMs, policy);
    Values timeline;
    for (const IncidentEvent &e : d.timeline)
        timeline.emplace_back(Object {{"id", e.id},
                                      {"at", time(e.at)},
                                      {"actor", e.actor},
                                      {"kind", e.kind},
                                      {"detail", e.detail}});
    Values tasks;
    for (const IncidentTask &t : d.tasks)
        tasks.emplace_back(Object {{"key", t.key},
                                   {"title", t.title},
                                   {"owner", t.owner.isEmpty() ? Value() : Value(t.owner)},
                                   {"done", t.doneAt.has_value()},
                                   {"done_at", time(t.doneAt)},
                                   {"done_by", t.doneBy.isEmpty() ? Value() : Value(t.doneBy)}});
    Values executives;
    for (const ExecutiveNotice &e : d.executives)
        executives.emplace_back(Object {{"username", e.username},
                                        {"display_name", e.displayName},
                                        {"title", e.title},
                                        {"notified_at", time(e.notifiedAt)},
                                        {"acknowledged_at", time(e.acknowledgedAt)},
                                        {"acknowledged", e.acknowledgedAt.has_value()},
                                        {"email", emailJson(e)}});
    body.add("timeline", std::move(timeline));
    body.add("tasks", std::move(tasks));
    body.add("acknowledgements", std::move(executives));
    return body;
}

} // namespace cc::json
