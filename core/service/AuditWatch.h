#pragma once

// One process's watch over the audit trail (docs/api.md, "Audit log"). A check first appends
// to this instance's anchor file what the database holds that the file lacks (checkpoints and
// acknowledgements another instance made), then verifies; the outcome is the state GET
// /audit/head reports. A break nobody acknowledged is logged at critical level and raises the
// audit_tamper alarm, once per break. A break a full check found stays until a full check no
// longer finds it: a check from the newest anchor does not look that far back. Also the daily
// digest of checkpoints e-mailed to the executives, a witness outside the store.

#include "Result.h"
#include "audit/AuditLog.h"

#include <memory>

#include <QMutex>

namespace cc {

class Store;

class AuditWatch
{
public:
    struct Status
    {
        bool checked = false; // false until the first check
        AuditState state = AuditState::Intact;
        qint64 checkedAt = 0;
        qint64 firstBadSeq = 0; // when broken
        QString problem; // when broken
        VerifyScope scope = VerifyScope::Full; // of the check that found it
    };

    explicit AuditWatch(Store &store)
        : m_store(store)
        , m_shared(std::make_shared<Shared>())
    { }
    // A watch of another request worker of the same server, on that worker's own connection:
    // both report and update one status, so GET /audit/head answers alike on every worker.
    AuditWatch(Store &store, const AuditWatch &sharing)
        : m_store(store)
        , m_shared(sharing.m_shared)
    { }

    Result<AuditVerification> check(VerifyScope scope);
    // Records a verification made elsewhere: a streamed GET /audit/verify, the one before a
    // checkpoint, a check stepped in the background.
    void record(const AuditVerification &verification, VerifyScope scope);
    Status status() const; // a copy: another worker may record meanwhile
    // Logs the break at critical level when the chain is broken (at start, and hourly).
    void logAlarm() const;

    // When SMTP is set: the digest of the last full UTC day to every active executive, the
    // day's last checkpoint in this instance's anchor file (seq, hash, time, key), once per day
    // and recipient. Returns how many were queued.
    Result<int> queueDailyDigest();

private:
    struct Shared
    {
        mutable QMutex mutex;
        Status status;
    };
    void logAlarm(const Status &status) const;

    Store &m_store;
    std::shared_ptr<Shared> m_shared;
};

} // namespace cc
