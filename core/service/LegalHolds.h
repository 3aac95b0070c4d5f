#pragma once

// Legal holds per client (Amazon DPP 2025: non-PII data is deleted after 18 months "unless
// law requires longer"). A hold keeps the retention sweep from deleting the client's non-PII
// order facts; it never suspends the PII purge nor Amazon's deletion requests, which the
// policy bounds without exception (30 days after fulfilment, 72 hours). It has a reason, who
// set it and when, and an end (or is explicitly open-ended); setting and releasing one are
// audited, and an expired hold stops applying by itself.

#include "Result.h"
#include "domain/OrderRecords.h"
#include "domain/Types.h"

namespace cc {

class Store;

class LegalHolds
{
public:
    explicit LegalHolds(Store &store)
        : m_store(store)
    { }

    // One applying hold per client at a time: another is a conflict until it ends.
    Result<LegalHold> set(const Caller &caller, const NewLegalHold &hold);
    // note: optional words for the audit trail.
    Result<LegalHold> release(const Caller &caller, qint64 id, const QString &note = {});
    // By id, like every list; activeOnly: only those that apply now.
    Result<Page<LegalHold>> list(qint64 after, int limit, bool activeOnly) const;

private:
    Result<LegalHold> hold(qint64 id) const;

    Store &m_store;
};

} // namespace cc
