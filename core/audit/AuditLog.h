#pragma once

// The append-only audit trail. Each event carries the SHA-256 of the previous event, so any
// altered, removed or reordered event breaks the chain at a sequence number verify() reports.
// Signed checkpoints pin the chain's head from time to time with a key only the server can
// derive, so even someone who rewrites the whole chain and its head is caught at the newest
// checkpoint after the change. Old events leave only as a whole prefix ending at a checkpoint.

#include "Result.h"
#include "audit/AuditChain.h"
#include "domain/Types.h"

#include <functional>
#include <map>
#include <optional>

#include <QDateTime>
#include <QList>
#include <QString>

namespace cc {

class Store;

struct AuditVerification
{
    bool intact = true;
    qint64 eventCount = 0; // events checked, from the base to the head
    qint64 firstBadSeq = 0; // set when !intact
    QString problem; // what is wrong at firstBadSeq
    qint64 headSeq = 0;
    QString headHash;
    qint64 baseSeq = 0; // the chain starts after this event (0 until a purge)
    qint64 checkpointsVerified = 0;
};

// The server-side filters of the audit page; empty fields match everything.
struct AuditFilter
{
    QString actor;
    QString action; // exact, or a prefix ending in '*' ("access.*")
    QString objectType;
    QString objectId;
    QString outcome;
    std::optional<qint64> fromMs; // inclusive
    std::optional<qint64> toMs; // exclusive
    bool descending = false; // newest first; `after` is then "seq less than"
};

// Where the retained chain starts and ends.
struct AuditHead
{
    qint64 seq = 0;
    QString hash;
    qint64 baseSeq = 0;
    QString baseHash;
};

struct AuditPurge
{
    qint64 baseSeq = 0; // the new base: events up to it are gone
    qint64 eventsDeleted = 0;
    qint64 checkpointsDeleted = 0;
};

namespace audit {

inline constexpr char kCheckpointKeyPurpose[] = "audit-checkpoint-signing-v1";
inline constexpr int kMaxPageSize = 5000; // GET /audit pages, larger than other lists

// Appends one event; call inside the transaction of the work it records. Fills seq, time and
// hashes. Times never go backwards along the chain (a clock stepped back records the previous
// event's time), so a time range is one contiguous run of sequence numbers. Fails closed: an
// error here must fail the whole request.
Result<AuditEvent> append(Store &store, AuditEvent event);

// Appends an event in a transaction of its own: for refusals and failed sign-ins, which are
// recorded although the work they describe did not happen.
Result<AuditEvent> record(Store &store, AuditEvent event);

Result<QList<AuditEvent>> list(const Store &store, qint64 afterSeq, int limit);
// Keyset paged and filtered on the server; nextAfter is set when another page exists.
Result<Page<AuditEvent>> list(const Store &store, const AuditFilter &filter, qint64 after,
                              int limit);

Result<AuditHead> head(const Store &store);

// The public half of the checkpoint and export signing key (Ed25519, derived from the master
// key, so every server sharing it signs alike).
Result<QByteArray> signingPublicKey(const Store &store);
Result<QList<AuditCheckpoint>> checkpoints(const Store &store, qint64 afterSeq, int limit);

// Signs the current head when it moved since the last checkpoint (events appended other than
// the previous checkpoint's own record); audited as audit.checkpoint. Empty when there was
// nothing new to sign.
Result<std::optional<AuditCheckpoint>> checkpoint(Store &store, const Caller &caller);

// Deletes the events older than the retention period as one prefix ending at the newest
// checkpoint whose event is older than the cutoff, with the checkpoints before it, and moves
// the base there; audited as audit.purge. Empty when no checkpoint is old enough.
Result<std::optional<AuditPurge>> purgeExpired(Store &store, const Caller &caller);

// Checks the chain from its base to its head in steps, so a server can report progress and
// answer other requests between steps: every link and hash, the base, every checkpoint's
// signature and its hash against the event at its seq. Events appended after it started are
// not part of the check.
class Verifier
{
public:
    explicit Verifier(const Store &store);
    // Checks up to maxEvents more events; true when the verification is complete.
    Result<bool> step(int maxEvents);
    qint64 checked() const { return m_result.eventCount; }
    qint64 total() const { return m_head.seq - m_head.baseSeq; }
    const AuditVerification &result() const { return m_result; }

private:
    Result<void> start();
    Result<void> finish();
    bool broken(qint64 seq, const QString &problem);
    bool checkCheckpoint(const AuditCheckpoint &checkpoint, const QString &eventHash);

    const Store &m_store;
    bool m_started = false;
    bool m_done = false;
    AuditHead m_head;
    QByteArray m_publicKey;
    QString m_keyId;
    std::map<qint64, AuditCheckpoint> m_checkpoints;
    qint64 m_position = 0; // last event checked
    QString m_previousHash;
    AuditVerification m_result;
};

using VerifyProgress = std::function<void(qint64 checked, qint64 total)>;
Result<AuditVerification> verify(const Store &store, const VerifyProgress &progress = {});

// The signed evidence file of the events from the first at or after fromMs to the last before
// toMs (docs/api.md, "Evidence export"); audited as audit.export.
Result<QByteArray> exportRange(Store &store, const Caller &caller, qint64 fromMs, qint64 toMs);

} // namespace audit
} // namespace cc
