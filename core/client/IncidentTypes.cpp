#include "IncidentTypes.h"

#include <QCoreApplication>
#include <QJsonArray>

namespace cc::client {

namespace {

QDateTime time(const QJsonValue &value)
{
    if (!value.isString())
        return {};
    const QDateTime t = QDateTime::fromString(value.toString(), Qt::ISODate);
    return t.isValid() ? t.toUTC() : t;
}

} // namespace

IncidentClock IncidentClock::fromJson(const QJsonValue &json)
{
    IncidentClock c;
    if (!json.isObject())
        return c;
    const QJsonObject o = json.toObject();
    c.applies = true;
    c.dueAt = time(o.value(QLatin1String("due_at")));
    c.doneAt = time(o.value(QLatin1String("done_at")));
    c.overdue = o.value(QLatin1String("overdue")).toBool();
    return c;
}

QString Incident::nextStatus() const
{
    static const QStringList order
        = {QStringLiteral("reported"), QStringLiteral("triaged"), QStringLiteral("contained"),
           QStringLiteral("resolved"), QStringLiteral("closed")};
    const qsizetype index = order.indexOf(status);
    return index >= 0 && index + 1 < order.size() ? order.at(index + 1) : QString();
}

QString Incident::severityLabel(int severity)
{
    switch (severity) {
    case 1:
        return QCoreApplication::translate("cc::client::Incident", "1 · Critical");
    case 2:
        return QCoreApplication::translate("cc::client::Incident", "2 · High");
    case 3:
        return QCoreApplication::translate("cc::client::Incident", "3 · Medium");
    case 4:
        return QCoreApplication::translate("cc::client::Incident", "4 · Low");
    }
    return QString::number(severity);
}

QString Incident::statusLabel(const QString &status)
{
    if (status == QLatin1String("reported"))
        return QCoreApplication::translate("cc::client::Incident", "Reported");
    if (status == QLatin1String("triaged"))
        return QCoreApplication::translate("cc::client::Incident", "Triaged");
    if (status == QLatin1String("contained"))
        return QCoreApplication::translate("cc::client::Incident", "Contained");
    if (status == QLatin1String("resolved"))
        return QCoreApplication::translate("cc::client::Incident", "Resolved");
    if (status == QLatin1String("closed"))
        return QCoreApplication::translate("cc::client::Incident", "Closed");
    return status;
}

QString Incident::categoryLabel(const QString &category)
{
    if (category == QLatin1String("availability"))
        return QCoreApplication::translate("cc::client::Incident", "Availability");
    if (category == QLatin1String("security"))
        return QCoreApplication::translate("cc::client::Incident", "Security");
    if (category == QLatin1String("data_breach"))
        return QCoreApplication::translate("cc::client::Incident", "Data breach");
    if (category == QLatin1String("other"))
        return QCoreApplication::translate("cc::client::Incident", "Other");
    return category;
}

Incident Incident::fromJson(const QJsonObject &o)
{
    Incident i;
    i.id = o.value(QLatin1String("id")).toInteger();
    i.title = o.value(QLatin1String("title")).toString();
    i.description = o.value(QLatin1String("description")).toString();
    i.severity = o.value(QLatin1String("severity")).toInt();
    i.category = o.value(QLatin1String("category")).toString();
    i.status = o.value(QLatin1String("status")).toString();
    i.detectedAt = time(o.value(QLatin1String("detected_at")));
    i.reporter = o.value(QLatin1String("reporter")).toString();
    i.reporterName = o.value(QLatin1String("reporter_name")).toString();
    i.assignee = o.value(QLatin1String("assignee")).toString();
    i.assigneeName = o.value(QLatin1String("assignee_name")).toString();
    i.involvesAmazonData = o.value(QLatin1String("involves_amazon_data")).toBool();
    i.containedAt = time(o.value(QLatin1String("contained_at")));
    i.amazonNotifiedAt = time(o.value(QLatin1String("amazon_notified_at")));
    i.amazonReference = o.value(QLatin1String("amazon_reference")).toString();
    i.executivesNotified = o.value(QLatin1String("executives_notified")).toInt();
    i.executivesAcknowledged = o.value(QLatin1String("executives_acknowledged")).toInt();
    const QJsonObject clocks = o.value(QLatin1String("clocks")).toObject();
    i.amazonClock = IncidentClock::fromJson(clocks.value(QLatin1String("amazon_notification")));
    i.triageClock = IncidentClock::fromJson(clocks.value(QLatin1String("triage")));
    i.containClock = IncidentClock::fromJson(clocks.value(QLatin1String("contain")));
    i.overdue = o.value(QLatin1String("overdue")).toBool();
    for (const QJsonValue &v : o.value(QLatin1String("timeline")).toArray()) {
        const QJsonObject e = v.toObject();
        i.timeline.append({time(e.value(QLatin1String("at"))),
                           e.value(QLatin1String("actor")).toString(),
                           e.value(QLatin1String("kind")).toString(),
                           e.value(QLatin1String("detail")).toString()});
    }
    for (const QJsonValue &v : o.value(QLatin1String("tasks")).toArray()) {
        const QJsonObject t = v.toObject();
        i.tasks.append(
            {t.value(QLatin1String("key")).toString(), t.value(QLatin1String("title")).toString(),
             t.value(QLatin1String("owner")).toString(), t.value(QLatin1String("done")).toBool(),
             time(t.value(QLatin1String("done_at"))),
             t.value(QLatin1String("done_by")).toString()});
    }
    for (const QJsonValue &v : o.value(QLatin1String("acknowledgements")).toArray()) {
        const QJsonObject a = v.toObject();
        ExecutiveAcknowledgement ack;
        ack.username = a.value(QLatin1String("username")).toString();
        ack.displayName = a.value(QLatin1String("display_name")).toString();
        ack.title = a.value(QLatin1String("title")).toString();
        ack.notifiedAt = time(a.value(QLatin1String("notified_at")));
        ack.acknowledgedAt = time(a.value(QLatin1String("acknowledged_at")));
        ack.acknowledged = a.value(QLatin1String("acknowledged")).toBool();
        const QJsonObject email = a.value(QLatin1String("email")).toObject();
        ack.emailStatus = email.value(QLatin1String("status")).toString();
        ack.emailAttempts = email.value(QLatin1String("attempts")).toInt();
        ack.emailError = email.value(QLatin1String("last_error")).toString();
        i.acknowledgements.append(ack);
    }
    return i;
}

} // namespace cc::client
