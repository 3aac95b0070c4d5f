#pragma once

// Telling people in time (docs/api.md, "Notifications"): the approvers of a new access
// request, the requester of the decision, and deadlines before they pass — a grant's expiry a
// day before (to its holder, when it was made more than a day before), and each open Amazon
// deletion or return request 48, 24 and 6 hours before its due time (to every holder of
// retention:manage), and an asset review overdue asset_escalation_days (7) to the owner's
// manager and every compliance officer; an open vulnerability vulnerability_warn_hours (48)
// before its due time to its asset's owner and the officers, and once overdue to the owner's
// manager and the officers; an active subcontractor receiving Amazon data
// subcontractor_reminder_days (30) before its risk assessment is due and once overdue, to the
// officers; an active API credential api_credential_reminder_days (14) before its rotation is
// due and once overdue, to its owner and the officers. Each reminder is sent once:
// deadline_reminders keys it by object and threshold, so a rerun, a restart or a second server
// sends nothing twice.

#include "Result.h"
#include "domain/Types.h"

namespace cc {

class Store;
struct RegisterDeadline;

// Inside the caller's transaction: one notification of `kind` for each of users.
Result<void> notifyUsers(Store &store, const QList<qint64> &users, const QString &kind,
                         const QString &threshold, const QString &title, const QString &body);

class Reminders
{
public:
    explicit Reminders(Store &store)
        : m_store(store)
    { }

    // The hours before a deletion request's due time at which the officers are reminded.
    static const QList<int> &deletionRequestThresholds(); // 48, 24, 6
    static constexpr int kGrantExpiryHours = 24;

    // Background job: every reminder that has come due and was not sent; audited once per run
    // (reminder.send). Returns how many notifications it created.
    Result<int> sendDue();

private:
    Result<int> grantExpiries(qint64 now, QStringList &sent);
    Result<int> deletionRequests(qint64 now, QStringList &sent);
    Result<int> assetEscalations(qint64 now, QStringList &sent);
    Result<int> vulnerabilityDeadlines(qint64 now, QStringList &sent);
    Result<int> subcontractorDeadlines(qint64 now, QStringList &sent);
    Result<int> credentialDeadlines(qint64 now, QStringList &sent);
    Result<int> registerDeadline(const RegisterDeadline &deadline, int warnDays, qint64 now,
                                 QStringList &sent);
    // Claims (object, threshold); false when it was sent before.
    Result<bool> claim(const QString &objectType, qint64 objectId, const QString &threshold,
                       qint64 now);

    Store &m_store;
};

} // namespace cc
