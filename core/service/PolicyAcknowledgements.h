#pragma once

// The policy text people acknowledge (docs/api.md, "Policy acknowledgement"): the version this
// build ships (policy/POLICY-<version>.txt), stored in the store by version with its SHA-256;
// each active person acknowledges the current version, signed in, once a year and again when
// the version changes. Coverage shows on control MOAJ-GS-02.

#include "Result.h"
#include "domain/Types.h"

#include <QString>

namespace cc {

class Store;

struct PolicyStatement
{
    QString version;
    QString sha256; // hex, of the text's UTF-8
    QString text;
    OptionalTime acknowledgedAt; // the caller's last acknowledgement of this version
    OptionalTime dueAt; // when the caller's next acknowledgement is due (null: no person)
    QString standing; // "acknowledged", "due" (within the grace period) or "overdue"
};

struct AcknowledgementCoverage
{
    int people = 0; // active accounts
    int acknowledged = 0;
    int due = 0; // not acknowledged, within the grace period
    int overdue = 0;
};

class PolicyAcknowledgements
{
public:
    explicit PolicyAcknowledgements(Store &store)
        : m_store(store)
    { }

    // Stores the shipped text under its version unless it is there; refuses a text that
    // differs from the one stored under the same version (a changed policy needs a new one).
    Result<void> recordShippedVersion();

    Result<PolicyStatement> current(const Caller &caller) const;
    // The caller acknowledges `version`, which must be the current one. Audited
    // (policy.acknowledge).
    Result<PolicyStatement> acknowledge(const Caller &caller, const QString &version);
    Result<AcknowledgementCoverage> coverage() const;

private:
    struct Standing
    {
        OptionalTime acknowledgedAt;
        qint64 dueAt = 0;
        QString standing;
    };
    // One person's standing from their account's creation and last acknowledgement.
    Standing standingOf(qint64 createdAt, OptionalTime lastAcknowledged, qint64 versionSince) const;
    Result<qint64> versionRecordedAt() const; // now when not recorded yet

    Store &m_store;
};

} // namespace cc
