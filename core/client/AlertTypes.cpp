#include "AlertTypes.h"

#include "ApiTypes.h"

#include <QCoreApplication>

namespace cc::client {

Alert Alert::fromJson(const QJsonObject &j)
{
    Alert a;
    a.id = j.value(QLatin1StringView("id")).toInteger();
    a.rule = j.value(QLatin1StringView("rule")).toString();
    a.severity = j.value(QLatin1StringView("severity")).toString();
    a.title = j.value(QLatin1StringView("title")).toString();
    a.detail = j.value(QLatin1StringView("detail")).toString();
    a.subjectUserId = j.value(QLatin1StringView("subject_user_id")).toInteger();
    a.subject = j.value(QLatin1StringView("subject")).toString();
    a.eventCount = j.value(QLatin1StringView("event_count")).toInt();
    a.firstSeq = j.value(QLatin1StringView("first_seq")).toInteger();
    a.lastSeq = j.value(QLatin1StringView("last_seq")).toInteger();
    a.raisedAt = parseTime(j.value(QLatin1StringView("raised_at")));
    a.lastSeenAt = parseTime(j.value(QLatin1StringView("last_seen_at")));
    a.status = j.value(QLatin1StringView("status")).toString();
    a.acknowledgedAt = parseTime(j.value(QLatin1StringView("acknowledged_at")));
    a.acknowledgedBy = j.value(QLatin1StringView("acknowledged_by")).toString();
    a.acknowledgeNote = j.value(QLatin1StringView("acknowledge_note")).toString();
    a.incidentId = j.value(QLatin1StringView("incident_id")).toInteger();
    return a;
}

EndedSessions EndedSessions::fromJson(const QJsonObject &json)
{
    return {json.value(QLatin1StringView("ended_sessions")).toInt()};
}

QString Alert::ruleLabel(const QString &rule)
{
    static const struct
    {
        const char *rule;
        const char *label;
    } labels[] = {
        {"failed_sign_ins", QT_TRANSLATE_NOOP("cc::client::Alert", "Failed sign-ins")},
        {"pii_read_volume", QT_TRANSLATE_NOOP("cc::client::Alert", "PII read volume")},
        {"no_grant_access", QT_TRANSLATE_NOOP("cc::client::Alert", "Access without a grant")},
        {"new_address", QT_TRANSLATE_NOOP("cc::client::Alert", "New address")},
        {"concurrent_addresses", QT_TRANSLATE_NOOP("cc::client::Alert", "Two addresses at once")},
        {"offboarded_activity", QT_TRANSLATE_NOOP("cc::client::Alert", "Offboarded account")},
        {"unused_grant", QT_TRANSLATE_NOOP("cc::client::Alert", "Unused grant")},
        {"denied_requests", QT_TRANSLATE_NOOP("cc::client::Alert", "Refused requests")},
        {"credential_reset", QT_TRANSLATE_NOOP("cc::client::Alert", "Credentials reset")},
        {"privileged_role", QT_TRANSLATE_NOOP("cc::client::Alert", "Privileged role given")},
        {"audit_tamper", QT_TRANSLATE_NOOP("cc::client::Alert", "Audit log tampered with")},
    };
    for (const auto &l : labels) {
        if (rule == QLatin1String(l.rule))
            return QCoreApplication::translate("cc::client::Alert", l.label);
    }
    return rule;
}

} // namespace cc::client
