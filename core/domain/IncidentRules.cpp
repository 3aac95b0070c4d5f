#include "IncidentRules.h"

namespace cc {

namespace {

constexpr qint64 kHourMs = 3600 * 1000;

const QString kReported = QStringLiteral("reported");
const QString kTriaged = QStringLiteral("triaged");
const QString kContained = QStringLiteral("contained");
const QString kResolved = QStringLiteral("resolved");
const QString kClosed = QStringLiteral("closed");

} // namespace

const QStringList &incidentStatuses()
{
    static const QStringList list = {kReported, kTriaged, kContained, kResolved, kClosed};
    return list;
}

const QStringList &incidentCategories()
{
    static const QStringList list = {QStringLiteral("availability"), QStringLiteral("security"),
                                     QStringLiteral("data_breach"), QStringLiteral("other")};
    return list;
}

bool isIncidentStatus(const QString &status)
{
    return incidentStatuses().contains(status);
}

bool isIncidentCategory(const QString &category)
{
    return incidentCategories().contains(category);
}

bool isOpenIncidentStatus(const QString &status)
{
    return status != kResolved && status != kClosed;
}

bool isReopen(const QString &from, const QString &to)
{
    return (from == kResolved || from == kClosed) && to == kTriaged;
}

std::optional<QString> transitionRefusal(const QString &from, const QString &to,
                                         const QString &reason)
{
    if (!isIncidentStatus(to))
        return QStringLiteral("status \"%1\" is not one of %2")
            .arg(to, incidentStatuses().join(QStringLiteral(", ")));
    if (from == to)
        return QStringLiteral("the incident is already %1").arg(to);
    if (isReopen(from, to)) {
        if (reason.trimmed().isEmpty())
            return QStringLiteral("say why the incident is reopened (\"reason\")");
        return std::nullopt;
    }
    const qsizetype index = incidentStatuses().indexOf(from);
    if (index >= 0 && index + 1 < incidentStatuses().size()
        && incidentStatuses().at(index + 1) == to)
        return std::nullopt;
    const QString next = index >= 0 && index + 1 < incidentStatuses().size()
        ? QStringLiteral("; the next step is \"%1\"").arg(incidentStatuses().at(index + 1))
        : QString();
    const QString reopen = from == kResolved || from == kClosed
        ? QStringLiteral("; it can be reopened to \"triaged\" with a reason")
        : QString();
    return QStringLiteral("a %1 incident cannot become %2%3%4").arg(from, to, next, reopen);
}

const QList<TaskTemplate> &responsePlanTasks()
{
    static const QList<TaskTemplate> list = {
        {QStringLiteral("contain"), QStringLiteral("Contain the incident")},
        {QStringLiteral("assess_scope"), QStringLiteral("Assess the scope and the data affected")},
        {QStringLiteral("notify_executives"), QStringLiteral("Notify the CTO and the CEO")},
        {QStringLiteral("notify_amazon"), QStringLiteral("Notify Amazon (within 24 hours)")},
        {QStringLiteral("eradicate"), QStringLiteral("Eradicate the cause")},
        {QStringLiteral("recover"), QStringLiteral("Recover normal service")},
        {QStringLiteral("post_incident_review"), QStringLiteral("Hold the post-incident review")},
    };
    return list;
}

QList<IncidentClock> incidentClocks(const IncidentTimes &t, const Policy &policy)
{
    IncidentClock amazon {QStringLiteral("amazon_notification"),
                          t.detectedAt + policy.amazonNotificationHours * kHourMs,
                          t.amazonNotifiedAt, t.involvesAmazonData};
    IncidentClock triage {QStringLiteral("triage"),
                          t.detectedAt + policy.incidentTriageHours * kHourMs, t.triagedAt, true};
    IncidentClock contain {QStringLiteral("contain"),
                           t.detectedAt + policy.incidentContainHours * kHourMs, t.containedAt,
                           true};
    return {amazon, triage, contain};
}

} // namespace cc
