#include "DashboardApi.h"

#include "ApiClient.h"

namespace cc::client {

namespace {

double numberOr(const QJsonValue &value, double none)
{
    return value.isDouble() ? value.toDouble() : none;
}

} // namespace

DashboardCounts DashboardCounts::fromJson(const QJsonObject &json)
{
    DashboardCounts d;
    d.companyWide
        = json.value(QLatin1StringView("scope")).toString() == QLatin1StringView("company");
    d.generatedAt = parseTime(json.value(QLatin1StringView("generated_at")));
    const QJsonObject counts = json.value(QLatin1StringView("counts")).toObject();
    for (auto it = counts.constBegin(); it != counts.constEnd(); ++it) {
        const QJsonObject c = it.value().toObject();
        DashboardCount count;
        const QJsonValue n = c.value(QLatin1StringView("count"));
        count.count = n.isDouble() ? n.toInteger() : -1;
        count.companyWide
            = c.value(QLatin1StringView("scope")).toString() == QLatin1StringView("company");
        for (const QJsonValue &s : c.value(QLatin1StringView("by_severity")).toArray())
            count.bySeverity << s.toInteger();
        d.counts.insert(it.key(), count);
    }
    return d;
}

DashboardTrends DashboardTrends::fromJson(const QJsonObject &json)
{
    DashboardTrends t;
    for (const QJsonValue &value : json.value(QLatin1StringView("months")).toArray()) {
        const QJsonObject m = value.toObject();
        DashboardMonth month;
        month.month = m.value(QLatin1StringView("month")).toString();
        month.incidentsOpened = m.value(QLatin1StringView("incidents_opened")).toInteger();
        month.incidentsContained = m.value(QLatin1StringView("incidents_contained")).toInteger();
        month.medianHoursToContain
            = numberOr(m.value(QLatin1StringView("median_hours_to_contain")), -1);
        month.meanHoursToContain
            = numberOr(m.value(QLatin1StringView("mean_hours_to_contain")), -1);
        month.accessRequests = m.value(QLatin1StringView("access_requests")).toInteger();
        month.accessApproved = m.value(QLatin1StringView("access_approved")).toInteger();
        month.accessDenied = m.value(QLatin1StringView("access_denied")).toInteger();
        month.reviewItems = m.value(QLatin1StringView("review_items")).toInteger();
        month.reviewItemsDecided = m.value(QLatin1StringView("review_items_decided")).toInteger();
        month.reviewCompletion = numberOr(m.value(QLatin1StringView("review_completion")), -1);
        month.piiOrdersHeld = m.value(QLatin1StringView("pii_orders_held")).toInteger();
        t.months << month;
    }
    return t;
}

IncidentContactPerson IncidentContactPerson::fromJson(const QJsonObject &json)
{
    IncidentContactPerson p;
    p.username = json.value(QLatin1StringView("username")).toString();
    p.displayName = json.value(QLatin1StringView("display_name")).toString();
    p.email = json.value(QLatin1StringView("email")).toString();
    p.status = json.value(QLatin1StringView("status")).toString();
    p.twoFactor = json.value(QLatin1StringView("two_factor")).toBool();
    p.active = json.value(QLatin1StringView("active")).toBool();
    return p;
}

IncidentContacts IncidentContacts::fromJson(const QJsonObject &json)
{
    IncidentContacts c;
    c.acknowledgeHours = json.value(QLatin1StringView("acknowledge_hours")).toInt();
    c.lookbackDays = json.value(QLatin1StringView("lookback_days")).toInt();
    const auto person = [&json](const char *key) -> std::optional<IncidentContactPerson> {
        const QJsonValue value = json.value(QLatin1StringView(key));
        if (!value.isObject())
            return std::nullopt;
        return IncidentContactPerson::fromJson(value.toObject());
    };
    c.contact = person("incident_contact");
    c.deputy = person("incident_contact_deputy");
    for (const QJsonValue &value : json.value(QLatin1StringView("notices")).toArray()) {
        const QJsonObject n = value.toObject();
        IncidentContactNotice notice;
        notice.incidentId = n.value(QLatin1StringView("incident_id")).toInteger();
        notice.incidentTitle = n.value(QLatin1StringView("incident_title")).toString();
        notice.designation = n.value(QLatin1StringView("designation")).toString();
        notice.username = n.value(QLatin1StringView("username")).toString();
        notice.notifiedAt = parseTime(n.value(QLatin1StringView("notified_at")));
        notice.acknowledgedAt = parseTime(n.value(QLatin1StringView("acknowledged_at")));
        notice.hoursToAcknowledge
            = numberOr(n.value(QLatin1StringView("hours_to_acknowledge")), -1);
        notice.late = n.value(QLatin1StringView("late")).toBool();
        c.notices << notice;
    }
    return c;
}

Call<DashboardCounts> DashboardApi::counts() const
{
    return Call<DashboardCounts>(m_client->get(QStringLiteral("/dashboard")));
}

Call<DashboardTrends> DashboardApi::trends(int months) const
{
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("months"), QString::number(months));
    return Call<DashboardTrends>(m_client->get(QStringLiteral("/dashboard/trends"), query));
}

Call<IncidentContacts> DashboardApi::incidentContacts() const
{
    return Call<IncidentContacts>(m_client->get(QStringLiteral("/dashboard/incident-contacts")));
}

Call<Done> DashboardApi::boardReport(int months, QIODevice *sink) const
{
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("months"), QString::number(months));
    ApiJob *job = m_client->get(QStringLiteral("/dashboard/report"), query);
    job->setSink(sink);
    return Call<Done>(job);
}

} // namespace cc::client
