#pragma once

// The append-only audit trail. Each event carries the SHA-256 of the previous event, so any
// altered, removed or reordered event breaks the chain at a sequence number verify() reports.

#include "Result.h"
#include "audit/AuditChain.h"

#include <QDateTime>
#include <QList>
#include <QString>

namespace cc {

class Store;

struct AuditVerification
{
    bool intact = true;
    qint64 eventCount = 0;
    qint64 firstBadSeq = 0; // set when !intact
    QString problem; // what is wrong at firstBadSeq
};

namespace audit {

// Appends one event; call inside the transaction of the work it records. Fills seq, time and
// hashes. Fails closed: an error here must fail the whole request.
Result<AuditEvent> append(Store &store, AuditEvent event);

// Appends an event in a transaction of its own: for refusals and failed sign-ins, which are
// recorded although the work they describe did not happen.
Result<AuditEvent> record(Store &store, AuditEvent event);

Result<QList<AuditEvent>> list(const Store &store, qint64 afterSeq, int limit);

Result<AuditVerification> verify(const Store &store);

} // namespace audit
} // namespace cc
