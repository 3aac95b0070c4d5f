#pragma once

// The records of incident response, as the Incidents service (service/Incidents.h) reads and
// writes them: the incident, its timeline, checklist and executive notices, and the changes a
// caller asks for.

#include "domain/IncidentRules.h"
#include "domain/Types.h"

#include <optional>

#include <QList>
#include <QString>

namespace cc {

struct Incident
{
    qint64 id = 0;
    QString title;
    QString description;
    int severity = 0;
    QString category;
    QString status;
    qint64 detectedAt = 0;
    qint64 reportedAt = 0;
    QString reporter; // username
    QString reporterName;
    qint64 assigneeId = 0; // 0: nobody
    QString assignee;
    QString assigneeName;
    bool involvesAmazonData = false;
    OptionalTime triagedAt;
    OptionalTime containedAt;
    OptionalTime resolvedAt;
    OptionalTime closedAt;
    OptionalTime amazonNotifiedAt;
    QString amazonReference;
    int executivesNotified = 0;
    int executivesAcknowledged = 0;

    IncidentTimes times() const
    {
        return {detectedAt, involvesAmazonData, triagedAt, containedAt, amazonNotifiedAt};
    }
};

struct IncidentEvent
{
    qint64 id = 0;
    qint64 at = 0;
    QString actor; // username or "system"
    QString kind; // reported, status, update, note, task, executives_notified, acknowledged,
                  // clock_overdue
    QString detail;
};

struct IncidentTask
{
    QString key;
    QString title;
    QString owner; // username, empty: nobody
    OptionalTime doneAt;
    QString doneBy;
};

struct ExecutiveNotice
{
    qint64 userId = 0;
    QString username;
    QString displayName;
    QString title;
    qint64 notifiedAt = 0;
    OptionalTime acknowledgedAt;
    // The e-mail to this executive: "" (none queued), "pending", "failing" or "sent".
    QString emailStatus;
    int emailAttempts = 0;
    OptionalTime emailSentAt;
    QString emailError;
};

struct IncidentDetail
{
    Incident incident;
    QList<IncidentEvent> timeline; // oldest first
    QList<IncidentTask> tasks; // in the plan's order
    QList<ExecutiveNotice> executives;
};

struct NewIncident
{
    QString title;
    QString description;
    int severity = 0;
    QString category;
    OptionalTime detectedAt; // unset: now
    QString assignee; // username, optional; needs incidents:manage
    bool involvesAmazonData = false;
};

// PATCH: only the fields that are set change.
struct IncidentChanges
{
    std::optional<QString> title;
    std::optional<QString> description;
    std::optional<int> severity;
    std::optional<QString> category;
    std::optional<QString> assignee; // "" unassigns
    std::optional<bool> involvesAmazonData; // can be set, never cleared
    std::optional<QString> status;
    QString reason; // with a reopen
    // Closing with response-plan tasks still open: why (at least min_reason_length characters).
    std::optional<QString> closeOverrideReason;
    std::optional<qint64> amazonNotifiedAt;
    std::optional<QString> amazonReference;
};

struct IncidentFilter
{
    QString status; // a status, "open" (not resolved or closed), or empty: any
    std::optional<bool> involvesAmazonData;
};

} // namespace cc
