#pragma once

// Access monitoring: rules evaluated on each audit event as it is appended (the store's audit
// listener), inside the event's own transaction, so an alert commits with the event that
// raised it or not at all. Each rule's threshold and window come from the policy. A burst
// raises one alert that counts its events (one row per rule, subject and window), each new
// alert is audited (alert.raise) and notified to every active compliance officer, and an
// officer acknowledges it with a note. The rules (docs/api.md, "Monitoring"):
//   failed_sign_ins       failed sign-ins for one account, or for unknown usernames from one
//                         address, >= alert_failed_sign_in_threshold within
//                         alert_failed_sign_in_window_minutes
//   pii_read_volume       orders with PII read by one user within an hour
//                         > alert_pii_reads_per_hour
//   no_grant_access       Amazon data refused for want of a grant, per user and hour
//                         >= alert_no_grant_attempts_per_hour
//   new_address           a successful sign-in from an address the user never signed in from,
//                         once they have signed in before
//   concurrent_addresses  a sign-in while another live session of the account is from another
//                         address (a shared login)
//   offboarded_activity   any sign-in attempt or token use by an offboarded account
//   unused_grant          an active grant unused for alert_unused_grant_days (a job)
//   denied_requests       refused calls by one user within an hour
//                         >= alert_denied_requests_per_hour
//   credential_reset      an administrator reset someone's password or 2FA (each reset)
//   privileged_role       an account created with, or granted, admin, compliance_officer or
//                         executive by a user (not the local operator); told to the officers
//                         and executives but the actor and the account itself
//   audit_tamper          a verification found a break in the audit trail nobody acknowledged
//                         (AuditWatch): critical, once per break, to compliance officers and
//                         executives, also by e-mail
//   no_incident_contact   a breach involving Amazon data was reported to nobody designated
//                         incident_contact or incident_contact_deputy: critical, once per
//                         incident, to compliance officers, admins (who designate) and
//                         executives

#include "Result.h"
#include "audit/AuditChain.h"
#include "domain/Types.h"

namespace cc {

class Store;

namespace rule {
inline const QString FailedSignIns = QStringLiteral("failed_sign_ins");
inline const QString PiiReadVolume = QStringLiteral("pii_read_volume");
inline const QString NoGrantAccess = QStringLiteral("no_grant_access");
inline const QString NewAddress = QStringLiteral("new_address");
inline const QString ConcurrentAddresses = QStringLiteral("concurrent_addresses");
inline const QString OffboardedActivity = QStringLiteral("offboarded_activity");
inline const QString UnusedGrant = QStringLiteral("unused_grant");
inline const QString DeniedRequests = QStringLiteral("denied_requests");
inline const QString CredentialReset = QStringLiteral("credential_reset");
inline const QString PrivilegedRole = QStringLiteral("privileged_role");
inline const QString AuditTamper = QStringLiteral("audit_tamper");
inline const QString PiiReadCap = QStringLiteral("pii_read_cap");
inline const QString NoIncidentContact = QStringLiteral("no_incident_contact");
} // namespace rule

const QStringList &alertRules(); // every rule name above

struct Alert
{
    qint64 id = 0;
    QString rule;
    QString severity; // low, medium, high, critical
    QString title;
    QString detail;
    std::optional<qint64> subjectUserId;
    QString subject; // a username, or an address for unknown-username sign-ins
    int eventCount = 0;
    std::optional<qint64> firstSeq; // audit events the alert counts
    std::optional<qint64> lastSeq;
    qint64 raisedAt = 0;
    qint64 lastSeenAt = 0;
    OptionalTime acknowledgedAt;
    QString acknowledgedBy;
    QString acknowledgeNote;
    std::optional<qint64> incidentId; // the incident it was escalated to

    bool isOpen() const { return !acknowledgedAt.has_value(); }
};

struct AlertFilter
{
    QString status; // "", open, acknowledged
    QString rule; // "" for every rule
    qint64 before = 0; // keyset: ids less than this; 0 from the newest
    int limit = 100;
};

class Monitoring
{
public:
    explicit Monitoring(Store &store)
        : m_store(store)
    { }

    // Makes monitoring the store's audit listener. The server does this at start, and so does
    // every tool that appends events for real.
    static void install(Store &store);

    // Runs every rule the event concerns; called inside the event's transaction.
    Result<void> evaluate(const AuditEvent &event);

    Result<Page<Alert>> alerts(const AlertFilter &filter) const;
    Result<Alert> alert(qint64 id) const;
    // Needs a note; an alert is acknowledged once (a second time is a conflict). Audited.
    Result<Alert> acknowledge(const Caller &officer, qint64 id, const QString &note);

    // Alert actions (alerts:manage; the route checks it). Ends every live session of the user
    // the alert names, audited alert.end_sessions; a conflict when it names no user. Returns
    // how many sessions ended.
    Result<int> endSubjectSessions(const Caller &officer, qint64 id);
    // Reports an incident from the alert (assigned to the officer, who needs incidents:manage
    // too), links the two, acknowledges the alert with a note naming the incident; audited
    // alert.escalate. A second escalation is a conflict naming the incident.
    Result<Alert> escalate(const Caller &officer, qint64 id);

    // Background job (leader only): raises unused_grant for active grants not used for the
    // policy's days (once per grant), and forgets counted events older than every window.
    Result<int> sweep();

    // audit_tamper, once per break (breakKey, AuditVerification): a critical alert notified to
    // every active compliance officer and executive, and e-mailed to them when SMTP is set.
    // True when the alert is new.
    Result<bool> raiseAuditTamper(const QString &breakKey, qint64 firstBadSeq,
                                  const QString &problem);

private:
    struct Raise
    {
        QString rule;
        QString severity;
        QString subjectKey; // what the rule counts per, e.g. "user:12" or "address:10.0.0.5"
        std::optional<qint64> subjectUserId;
        QString subject;
        QString title;
        QString detail;
        qint64 windowMs = 0; // 0: one alert ever for this subject
        int count = 1; // events counted so far, when a new alert is raised
        int weight = 1; // what this event adds to an alert that already counts the burst
        std::optional<qint64> firstSeq;
        std::optional<qint64> lastSeq;
        // ongoingAlert(), when count() already looked it up for this event (0: none) and
        // counted the event in it; raise() then need not ask the database again.
        std::optional<qint64> ongoingAlert;
        // Who is told: the active holders of these roles, but not these accounts.
        QStringList notifyRoles = {QStringLiteral("compliance_officer")};
        QList<qint64> notNotified;
    };

    struct Window
    {
        qint64 total = 0;
        std::optional<qint64> firstSeq;
        qint64 ongoingAlert = 0; // the alert this burst already raised (counted in), 0: none
    };

    Result<void> onSignIn(const AuditEvent &event);
    Result<void> onFailedSignIn(const AuditEvent &event);
    Result<void> onOffboardedActivity(const AuditEvent &event, const QString &address);
    Result<void> newAddress(const AuditEvent &event, const QString &address);
    Result<void> concurrentAddresses(const AuditEvent &event, const QString &address);
    Result<void> onPiiRead(const AuditEvent &event);
    Result<void> onDenied(const AuditEvent &event);
    Result<void> onPiiReadCap(const AuditEvent &event);
    Result<void> onCredentialReset(const AuditEvent &event);
    Result<void> onPrivilegedRole(const AuditEvent &event);
    Result<void> onBreachNotice(const AuditEvent &event);

    // Counts the event for the rule and subject, then sums the weights within the window, but
    // only up to `enough`: a rule asks whether its threshold is reached, and a full sum would
    // cost more with every event in the window (thousands an hour under load). Every weight is
    // at least 1, so the newest `enough` hits reach `enough` exactly when the whole window does.
    // While the burst's alert is ongoing the answer is known, nothing is summed, and the event
    // is counted in that alert (as raise() would: the caller raises it again).
    Result<Window> count(const QString &rule, const QString &subjectKey, const AuditEvent &event,
                         int weight, qint64 windowMs, int enough);
    // Raises the alert, or counts the event in the one already raised for this burst; true
    // when the alert is new.
    Result<bool> raise(const Raise &alert);
    Result<void> raised(const Raise &alert); // raise() for rules that need not know
    // The alert this burst already raised (this window's, or the last one's while it goes on),
    // 0 when there is none.
    Result<qint64> ongoingAlert(const QString &rule, const QString &subjectKey, qint64 windowMs);
    // The arguments of that look-up's SQL (kOngoingAlert in Monitoring.cpp).
    QVariantList ongoingAlertArgs(const QString &rule, const QString &subjectKey,
                                  qint64 windowMs) const;
    Result<void> notifyOfficers(qint64 alertId, const Raise &alert);
    // The alert, locked for the transaction that changes it.
    Result<Alert> lockedAlert(qint64 id);
    // Records the acknowledgement with its audit event (alert.acknowledge, the note as reason).
    Result<void> markAcknowledged(const Caller &officer, const Alert &current, const QString &note);
    Result<QStringList> notifyAuditTamper(qint64 alertId, const QString &title,
                                          const QString &detail);

    Store &m_store;
};

} // namespace cc
