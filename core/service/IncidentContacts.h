#pragma once

// The Incident Management Point of Contact (Amazon DPP 2025) and the deputy: who holds the
// incident_contact designations now, and how quickly they acknowledged the breach notices that
// reached them in that capacity, against the policy's impoc_acknowledge_hours. Read by
// GET /dashboard/incident-contacts (Dashboard, audited there), control DPP25-IR-01 and the evidence
// pack, so all three judge "active" and "late" the same way.

#include "Result.h"

#include <optional>

#include <QList>
#include <QString>

namespace cc {

class Store;

struct IncidentContactHolder
{
    QString designation; // incident_contact or incident_contact_deputy
    QString username;
    QString displayName;
    QString email;
    QString status; // the account's: active, suspended, ...
    bool twoFactor = false; // enrolled in TOTP
    qint64 designatedAt = 0;
    // Can be reached and sign in to acknowledge: an active account enrolled in 2FA.
    bool available() const;
};

// One breach notice to the IMPOC or the deputy, on an incident involving Amazon data.
struct IncidentContactNotice
{
    qint64 incidentId = 0;
    QString incidentTitle;
    QString designation; // the capacity the notice reached them in
    QString username;
    qint64 notifiedAt = 0;
    std::optional<qint64> acknowledgedAt;
    // Acknowledged after impoc_acknowledge_hours, or still not acknowledged when they are over.
    bool late = false;
    // Milliseconds from the notice to its acknowledgement, or to now while it waits.
    qint64 waitedMs(qint64 now) const;
};

struct IncidentContactsView
{
    qint64 generatedAt = 0;
    int acknowledgeHours = 0; // the policy's impoc_acknowledge_hours
    int lookbackDays = 0; // notices since then: the policy's control_lookback_days
    // incident_contact first, then incident_contact_deputy; a designation nobody holds is absent.
    QList<IncidentContactHolder> holders;
    QList<IncidentContactNotice> notices; // newest first
    const IncidentContactHolder *holder(const QString &designation) const;
};

class IncidentContacts
{
public:
    static constexpr int kMaxNotices = 50; // the dashboard's; the control counts them all

    explicit IncidentContacts(const Store &store)
        : m_store(store)
    { }

    // The holders and the notices of the look-back period (at most `maxNotices`, newest first;
    // 0: all of them). Unaudited: for the control and the evidence pack.
    Result<IncidentContactsView> view(int maxNotices) const;

private:
    Result<QList<IncidentContactHolder>> holders() const;
    Result<QList<IncidentContactNotice>> notices(qint64 since, qint64 now, int maxNotices) const;

    const Store &m_store;
};

} // namespace cc
