#pragma once

// The policy's bound on PII handed to one person (docs/api.md, "Orders and retention"): at
// most pii_read_max_per_request orders' PII in one request and pii_read_max_per_hour in an
// hour. Orders admits a read before it opens any PII, in the read's own transaction, which a
// refusal rolls back; the refusal is audited after the rollback (orders.read_pii, outcome
// denied), which raises the pii_read_cap alert.
//
// What each person opened is kept per minute (pii_read_minutes), so admitting a read sums at
// most 61 rows however much the person read in the hour. A minute's reads count until an hour
// after that minute ends: no 60 minutes ever hold more than the cap, and a read may count up to
// a minute longer than an hour.
//
// Reads served at once by other request workers or servers count too. On SQLite, transactions
// write one at a time. On PostgreSQL the count is read after the audit chain head's row lock
// is taken (audit::sendHeadRead), which every audited read takes for its event and holds until
// its transaction commits: the count (READ COMMITTED reads each statement afresh) then
// includes every read committed before, so two transactions cannot both let a read past the
// cap.

#include "Result.h"
#include "domain/Types.h"
#include "store/SentRead.h"

namespace cc {

class Store;

class PiiReadCaps
{
public:
    explicit PiiReadCaps(Store &store)
        : m_store(store)
    { }

    // What admit() reads, sent ahead (Store::sendRead) so that it shares a round trip with the
    // reads before it: the caller's count of the hour up to this minute, and before it the
    // audit head, which the caller hands to audit::append() for the read's event.
    struct SentCount
    {
        // No initializers, so that admit()'s default argument {} can make one.
        qint64 userId;
        qint64 minute;
        SentRead auditHead; // empty when the transaction holds the head already
        SentRead lastHour;
    };
    SentCount sendCount(const Caller &caller) const;
    // Counts the PII of `orders` more orders as opened by the caller now (in sent's minute, when
    // sendCount() sent it), unless that takes them past a cap: InvalidInput past the
    // per-request cap (ask for fewer), RateLimited past the hourly one.
    Result<void> admit(const Caller &caller, int orders, SentCount sent = {});
    // Audits a refusal; objectType and objectId name what was asked for.
    Result<void> recordRefusal(const Caller &caller, const QString &objectType,
                               const QString &objectId, const Error &refusal);

private:
    Store &m_store;
};

} // namespace cc
