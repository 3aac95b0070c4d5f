#pragma once

// Incident response: incidents with a status workflow (domain/IncidentRules), a timeline of
// every change, the response plan's task checklist, and the policy's breach rule — when an
// incident involves Amazon data (flagged at creation or later), the active holders of the
// designations (incident contact, deputy, CTO, CEO; domain/Roles.h) are notified at once through
// the notification inbox and by e-mail, and each one's acknowledgement is recorded; with no
// incident contact designated, monitoring raises a critical no_incident_contact alert. Clocks
// (Amazon notification, triage, containment) run from the detection time; the background job flags
// each overdue clock once and notifies the incident managers.
//
// Who may do what: any signed-in user may report an incident and sees the incidents they
// reported, are assigned to or were notified of; holders of incidents:manage (the incident
// response team: compliance officers, and executives) see all of them and run the workflow.
// Every change is audited in the same transaction.

#include "Result.h"
#include "domain/IncidentRecords.h"
#include "domain/IncidentRules.h"
#include "domain/Types.h"

#include <functional>
#include <optional>

namespace cc {

class Store;

class Incidents
{
public:
    explicit Incidents(Store &store)
        : m_store(store)
    { }

    Result<IncidentDetail> report(const Caller &caller, const NewIncident &incident);
    // Newest first, keyset-paged on the id of the last row.
    Result<Page<Incident>> list(const Caller &caller, const IncidentFilter &filter, qint64 after,
                                int limit) const;
    Result<IncidentDetail> incident(const Caller &caller, qint64 id) const;
    Result<IncidentDetail> update(const Caller &caller, qint64 id, const IncidentChanges &changes);
    Result<IncidentDetail> addNote(const Caller &caller, qint64 id, const QString &note);
    // Marks a checklist task done or not done, and/or gives it an owner.
    Result<IncidentDetail> updateTask(const Caller &caller, qint64 id, const QString &task,
                                      std::optional<bool> done, std::optional<QString> owner);
    // The calling executive acknowledges the breach notification they received.
    Result<IncidentDetail> acknowledge(const Caller &caller, qint64 id);

    // Background job: flags each clock that has run out on an open incident, once, with a
    // timeline event and a notification to every incident manager. Returns how many are new.
    Result<int> flagOverdueClocks();

    static bool canManage(const Caller &caller);

private:
    Result<Incident> find(qint64 id) const;
    Result<IncidentDetail> detail(qint64 id) const;
    Result<bool> canSee(const Caller &caller, const Incident &incident) const;
    Result<qint64> activeUserId(const QString &field, const QString &username) const;
    Result<void> addEvent(qint64 incidentId, const Caller &actor, const QString &kind,
                          const QString &detail);
    Result<void> completeTask(qint64 incidentId, const QString &key, const QString &by);
    Result<int> notifyExecutives(const Caller &actor, const Incident &incident);
    struct Executive
    {
        qint64 userId = 0;
        QString username;
        QString email;
        QString designation; // the first of theirs a breach notice follows
    };
    Result<QList<Executive>> breachRecipients() const;
    // Tells one executive of a breach, in the inbox and by e-mail; false when told before.
    Result<bool> tellExecutive(const Incident &incident, const Executive &executive, qint64 now);
    // The steps of update(): what the changes change, then the change with its timeline events,
    // checklist ticks and audit event.
    struct Update;
    Result<QStringList> closingObstacles(qint64 id, const IncidentChanges &changes) const;
    Result<Update> changesTo(const Incident &before, const IncidentChanges &changes,
                             qint64 now) const;
    Result<void> apply(const Caller &caller, qint64 id, const Update &update,
                       const IncidentChanges &changes);
    // Flags one overdue clock, once, on the timeline and to the managers and the assignee;
    // false when it was flagged before.
    Result<bool> flagClock(const Incident &incident, const IncidentClock &clock,
                           const QList<qint64> &managers, qint64 now);
    Result<void> notify(qint64 userId, const Incident &incident, const QString &kind,
                        const QString &threshold, const QString &title, const QString &body);

    Store &m_store;
};

} // namespace cc
