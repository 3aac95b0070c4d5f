#pragma once

// The policy's bound on PII handed to one person (docs/api.md, "Orders and retention"): at
// most pii_read_max_per_request orders' PII in one request and pii_read_max_per_hour in an
// hour. Orders checks before it opens any PII and records what it opened, in the read's own
// transaction; a refusal is audited after the read's rollback (orders.read_pii, outcome
// denied), which raises the pii_read_cap alert.

#include "Result.h"
#include "domain/Types.h"

namespace cc {

class Store;

class PiiReadCaps
{
public:
    explicit PiiReadCaps(Store &store)
        : m_store(store)
    { }

    // Whether reading the PII of `orders` more orders now keeps the caller within both caps:
    // InvalidInput past the per-request cap (ask for fewer), RateLimited past the hourly one.
    Result<void> check(const Caller &caller, int orders) const;
    Result<void> record(const Caller &caller, int orders);
    // Audits a refusal; objectType and objectId name what was asked for.
    Result<void> recordRefusal(const Caller &caller, const QString &objectType,
                               const QString &objectId, const Error &refusal);

private:
    Store &m_store;
};

} // namespace cc
