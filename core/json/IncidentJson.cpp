#include "IncidentJson.h"

#include "Json.h"

#include <QJsonArray>

namespace cc::json {

QJsonObject toJson(const Incident &i, qint64 nowMs, const Policy &policy)
{
    QJsonObject clocks;
    bool overdue = false;
    for (const IncidentClock &c : incidentClocks(i.times(), policy)) {
        if (!c.applies) {
            clocks.insert(c.name, QJsonValue());
            continue;
        }
        overdue = overdue || (isOpenIncidentStatus(i.status) && c.overdue(nowMs));
        clocks.insert(c.name,
                      QJsonObject {{QStringLiteral("due_at"), time(c.dueAt)},
                                   {QStringLiteral("done_at"), time(c.doneAt)},
                                   {QStringLiteral("overdue"),
                                    isOpenIncidentStatus(i.status) && c.overdue(nowMs)}});
    }
    return {
        {QStringLiteral("id"), i.id},
        {QStringLiteral("title"), i.title},
        {QStringLiteral("description"), i.description},
        {QStringLiteral("severity"), i.severity},
        {QStringLiteral("category"), i.category},
        {QStringLiteral("status"), i.status},
        {QStringLiteral("detected_at"), time(i.detectedAt)},
        {QStringLiteral("reported_at"), time(i.reportedAt)},
        {QStringLiteral("reporter"), i.reporter},
        {QStringLiteral("reporter_name"), i.reporterName},
        {QStringLiteral("assignee"), i.assignee.isEmpty() ? QJsonValue() : QJsonValue(i.assignee)},
        {QStringLiteral("assignee_name"),
         i.assignee.isEmpty() ? QJsonValue() : QJsonValue(i.assigneeName)},
        {QStringLiteral("involves_amazon_data"), i.involvesAmazonData},
        {QStringLiteral("triaged_at"), time(i.triagedAt)},
        {QStringLiteral("contained_at"), time(i.containedAt)},
        {QStringLiteral("resolved_at"), time(i.resolvedAt)},
        {QStringLiteral("closed_at"), time(i.closedAt)},
        {QStringLiteral("amazon_notified_at"), time(i.amazonNotifiedAt)},
        {QStringLiteral("amazon_reference"), i.amazonReference},
        {QStringLiteral("executives_notified"), i.executivesNotified},
        {QStringLiteral("executives_acknowledged"), i.executivesAcknowledged},
        {QStringLiteral("clocks"), clocks},
        {QStringLiteral("overdue"), overdue},
    };
}

namespace {

QJsonValue emailJson(const ExecutiveNotice &e)
{
    if (e.emailStatus.isEmpty())
        return QJsonValue();
    return QJsonObject {{QStringLiteral("status"), e.emailStatus},
                        {QStringLiteral("attempts"), e.emailAttempts},
                        {QStringLiteral("sent_at"), time(e.emailSentAt)},
                        {QStringLiteral("last_error"),
                         e.emailError.isEmpty() ? QJsonValue() : QJsonValue(e.emailError)}};
}

} // namespace

QJsonObject toJson(const IncidentDetail &d, qint64 nowMs, const Policy &policy)
{
    QJsonObject body = toJson(d.incident, nowMs, policy);
    QJsonArray timeline;
    for (const IncidentEvent &e : d.timeline)
        timeline.append(QJsonObject {{QStringLiteral("id"), e.id},
                                     {QStringLiteral("at"), time(e.at)},
                                     {QStringLiteral("actor"), e.actor},
                                     {QStringLiteral("kind"), e.kind},
                                     {QStringLiteral("detail"), e.detail}});
    QJsonArray tasks;
    for (const IncidentTask &t : d.tasks)
        tasks.append(QJsonObject {
            {QStringLiteral("key"), t.key},
            {QStringLiteral("title"), t.title},
            {QStringLiteral("owner"), t.owner.isEmpty() ? QJsonValue() : QJsonValue(t.owner)},
            {QStringLiteral("done"), t.doneAt.has_value()},
            {QStringLiteral("done_at"), time(t.doneAt)},
            {QStringLiteral("done_by"), t.doneBy.isEmpty() ? QJsonValue() : QJsonValue(t.doneBy)}});
    QJsonArray executives;
    for (const ExecutiveNotice &e : d.executives)
        executives.append(
            QJsonObject {{QStringLiteral("username"), e.username},
                         {QStringLiteral("display_name"), e.displayName},
                         {QStringLiteral("title"), e.title},
                         {QStringLiteral("notified_at"), time(e.notifiedAt)},
                         {QStringLiteral("acknowledged_at"), time(e.acknowledgedAt)},
                         {QStringLiteral("acknowledged"), e.acknowledgedAt.has_value()},
                         {QStringLiteral("email"), emailJson(e)}});
    body.insert(QStringLiteral("timeline"), timeline);
    body.insert(QStringLiteral("tasks"), tasks);
    body.insert(QStringLiteral("acknowledgements"), executives);
    return body;
}

} // namespace cc::json
