#pragma once

// The incident workflow's rules, free of storage: severities, categories, the status
// transition table (reported → triaged → contained → resolved → closed; reopen from resolved
// or closed, with a reason) and the policy clocks each incident runs against.

#include "domain/Policy.h"

#include <optional>

#include <QString>
#include <QStringList>

namespace cc {

const QStringList &incidentStatuses(); // reported, triaged, contained, resolved, closed
const QStringList &incidentCategories(); // availability, security, data_breach, other
bool isIncidentStatus(const QString &status);
bool isIncidentCategory(const QString &category);
bool isOpenIncidentStatus(const QString &status); // not resolved or closed
constexpr int kMinSeverity = 1; // 1 is the most severe
constexpr int kMaxSeverity = 4;

// Why a status change is refused, or nothing when it is allowed. A reopen (from resolved or
// closed back to triaged) needs a reason; every other allowed step is the next one.
std::optional<QString> transitionRefusal(const QString &from, const QString &to,
                                         const QString &reason);
bool isReopen(const QString &from, const QString &to);

// The incident-response plan's checklist, in order: key and label.
struct TaskTemplate
{
    QString key;
    QString title;
};
const QList<TaskTemplate> &responsePlanTasks();

// A deadline an incident runs against.
struct IncidentClock
{
    QString name; // amazon_notification, triage, contain
    qint64 dueAt = 0;
    std::optional<qint64> doneAt;
    bool applies = true; // amazon_notification only applies with Amazon data involved

    bool overdue(qint64 nowMs) const { return applies && !doneAt && nowMs > dueAt; }
};

struct IncidentTimes
{
    qint64 detectedAt = 0;
    bool involvesAmazonData = false;
    std::optional<qint64> triagedAt;
    std::optional<qint64> containedAt;
    std::optional<qint64> amazonNotifiedAt;
};

// amazon_notification (detected + amazon_notification_hours), triage and contain targets.
QList<IncidentClock> incidentClocks(const IncidentTimes &times, const Policy &policy);

} // namespace cc
