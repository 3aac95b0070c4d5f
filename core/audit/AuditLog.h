#pragma once

// The append-only audit trail. Each event carries the SHA-256 of the previous event, so any
// altered, removed or reordered event breaks the chain at a sequence number verify() reports.
// Signed checkpoints pin the chain's head from time to time with a key only the server can
// derive, and each is also appended to the anchor file outside the database (AuditAnchors.h),
// so even someone who rewrites or cuts the whole chain, its head and its checkpoints in the
// database is caught at the newest anchor after the change. Old events leave only as a whole
// prefix ending at a checkpoint older than the retention period. A break an operator has
// looked into is acknowledged with a signed, anchored statement (acknowledgeBreak()), after
// which verification reports it and checks everything else.

#include "Result.h"
#include "audit/AuditAnchors.h"
#include "audit/AuditChain.h"
#include "domain/Types.h"
#include "store/SentRead.h"

#include <functional>
#include <map>
#include <optional>

#include <QDateTime>
#include <QList>
#include <QString>

namespace cc {

class Query;
class Store;

enum class AuditState {
    Intact,
    Broken, // a break nobody has acknowledged
    BreakAcknowledged, // intact but for breaks acknowledged with acknowledgeBreak()
};
QString auditStateName(AuditState state); // intact, broken, break_acknowledged

struct AuditVerification
{
    bool intact = true; // no break but acknowledged ones
    qint64 eventCount = 0; // events checked, from where the check started to the head
    qint64 firstBadSeq = 0; // set when !intact: the first missing or altered event
    QString problem; // what is wrong at firstBadSeq
    // The same for every finding of one break, however the chain grows after it: the alarm is
    // raised once per key.
    QString breakKey;
    // When !intact: the chain is proven up to this event (the newest anchor it still matches,
    // or the base). A break the anchors found (nothing shows where history was cut or rewritten
    // in between) may be acknowledged at any event after it up to firstBadSeq; another only at
    // firstBadSeq.
    qint64 provenTo = 0;
    qint64 headSeq = 0;
    QString headHash;
    qint64 baseSeq = 0; // the chain starts after this event (0 until a purge)
    qint64 startSeq = 0; // the check started after this event: the base, or the newest anchor
    qint64 checkpointsVerified = 0;
    qint64 anchorsMatched = 0; // events found to match an anchor outside the database
    QList<BreakAcknowledgement> acknowledgedBreaks; // every one the anchors hold

    AuditState state() const;
};

// How much a check covers: from the newest anchor outside the database to the head (what the
// server does at start and before each checkpoint), or every event from the base.
enum class VerifyScope { FromNewestAnchor, Full };

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

// The HKDF purpose from which stores made before the signing key was a key of its own derived
// it from master key version 1 (audit::ensureSigningKey adopts that key).
inline constexpr char kCheckpointKeyPurpose[] = "audit-checkpoint-signing-v1";
inline constexpr int kMaxPageSize = 5000; // GET /audit pages, larger than other lists

// Appends one event; call inside the transaction of the work it records. Fills seq, time and
// hashes. Times never go backwards along the chain (a clock stepped back records the previous
// event's time), so a time range is one contiguous run of sequence numbers. Fails closed: an
// error here must fail the whole request. sentHead: sendHeadRead()'s, if the caller sent it.
Result<AuditEvent> append(Store &store, AuditEvent event, SentRead sentHead = {});
// The read of the chain's head that append() makes when the transaction does not hold the head
// yet (see Store::chainHead), sent ahead (Store::sendRead) so that it shares a round trip with
// the caller's other reads; empty when the head is held. It locks the head as append() does,
// so it is for work about to append, which passes it to append() in the same savepoint.
SentRead sendHeadRead(const Store &store);

// Appends an event in a transaction of its own: for refusals and failed sign-ins, which are
// recorded although the work they describe did not happen.
Result<AuditEvent> record(Store &store, AuditEvent event);

Result<QList<AuditEvent>> list(const Store &store, qint64 afterSeq, int limit);
// Keyset paged and filtered on the server; nextAfter is set when another page exists.
Result<Page<AuditEvent>> list(const Store &store, const AuditFilter &filter, qint64 after,
                              int limit);

Result<AuditHead> head(const Store &store);

// The public half of the current checkpoint and export signing key (Ed25519, a key of its own
// sealed under the master key in the database, so every server sharing it signs alike; see
// audit/SigningKey).
Result<QByteArray> signingPublicKey(const Store &store);
// The keys anchors and checkpoints of this store may be signed with: every key of the signing
// key history that opens under the master key. A store whose master key was replaced cannot
// verify what the old keys signed.
Result<SigningKeys> signingKeys(const Store &store);
// Signs the manifest of an evidence pack (core/evidence) with the same key. It must be one
// JSON object naming its own format, other than an export's: checkpoint and acknowledgement
// messages start with their own tags, an export is several lines, so no signature made here
// can pass for theirs or theirs for this.
Result<QByteArray> signManifest(const Store &store, const QByteArray &manifest);
Result<QList<AuditCheckpoint>> checkpoints(const Store &store, qint64 afterSeq, int limit);

// This instance's anchor file, checked against what the database recorded of it: a file with
// fewer lines than this instance wrote, another line where its last one was, or no file where
// it wrote one, is a problem (never refilled silently). A file there is no record of and no
// need for yet is reported as missing without a problem.
Result<AnchorFileContents> readAnchorFile(const Store &store);
// Appends to this instance's anchor file the checkpoints and break acknowledgements of the
// database it lacks (made by another instance, or not anchored because the process stopped),
// each only when its signature verifies and it agrees with the chain. Nothing is appended to a
// file with a problem. Returns how many were appended.
Result<int> syncAnchors(Store &store);

// Verifies the chain (scope), refuses when it is broken, and signs the head when it moved since
// the last checkpoint (events appended other than the previous checkpoint's own record); audited
// as audit.checkpoint and anchored outside the database. Empty when there was nothing new to
// sign. checked, when given, receives the verification that preceded it.
Result<std::optional<AuditCheckpoint>>
checkpoint(Store &store, const Caller &caller, VerifyScope scope = VerifyScope::Full,
           std::optional<AuditVerification> *checked = nullptr);

// Records that the chain is broken at seq and why, after an operator has looked into it: seq
// must be the first unacknowledged break a full verification finds (for one an anchor found,
// any event after the last proven one up to it: see AuditVerification::provenTo). The
// acknowledgement is signed, stored, recorded in the chain
// (audit.break_acknowledge) and anchored; checkpoints of the lost history are kept aside; the
// head record is set to the last event; a missing or damaged anchor file is set aside and a new
// one started with its sound lines. osUser: the operating-system account running the command.
Result<BreakAcknowledgement> acknowledgeBreak(Store &store, const Caller &caller,
                                              const QString &osUser, qint64 seq,
                                              const QString &reason);

// Deletes the events older than the retention period as one prefix ending at the newest
// checkpoint signed before the cutoff (so its event is older too), with the checkpoints before
// it, and moves the base there; audited as audit.purge. Empty when no checkpoint is old enough.
Result<std::optional<AuditPurge>> purgeExpired(Store &store, const Caller &caller);

// Checks the chain in steps, so a server can report progress and answer other requests between
// steps: every link and hash, the base (pinned by a checkpoint signed longer ago than the
// retention period), every checkpoint's signature and its hash against the event at its seq,
// and every anchor outside the database: the chain must reach the newest and match each. A
// break an acknowledgement covers is reported with it, not as a failure. Full checks from the
// base; FromNewestAnchor from the newest anchor (with none yet, from the newest signed
// checkpoint, else the base). Events appended after it started are not part of the check.
class Verifier
{
public:
    explicit Verifier(const Store &store, VerifyScope scope = VerifyScope::Full);
    // Checks up to maxEvents more events; true when the verification is complete.
    Result<bool> step(int maxEvents);
    qint64 checked() const { return m_result.eventCount; }
    qint64 total() const { return m_head.seq - m_result.startSeq; }
    const AuditVerification &result() const { return m_result; }

private:
    Result<void> start();
    Result<void> loadCheckpoints();
    bool loadAnchors(const AnchorFileContents &file);
    Result<void> startAtBase();
    Result<void> startAtNewestAnchor();
    Result<void> startAtCheckpoint(const AuditCheckpoint &checkpoint);
    Result<void> finish();
    bool broken(qint64 seq, const QString &problem, const QString &key = {});
    // A break an anchor found: the chain is proven only up to the newest anchor before it.
    bool brokenAtAnchor(qint64 seq, const QString &problem, const AnchorPin &pin);
    bool checkCheckpoint(const AuditCheckpoint &checkpoint, const QString &eventHash);
    bool checkEvent(const AuditEvent &event);
    // Whether the event at seq is checked for more than its link and hash (a checkpoint's, an
    // anchored one, the resumption after an acknowledged break): such events are read whole.
    bool checkedWhole(qint64 seq) const;
    // The checks of an event that is not checked whole: it is the next, it follows the
    // previous one's hash, its hash is its own.
    bool checkLink(qint64 seq, bool follows, bool unaltered);
    void advance(qint64 seq, QByteArrayView hash);
    bool checkAnchorPin(const AuditEvent &event);
    QString anchorName(const AnchorPin &pin) const;

    const Store &m_store;
    VerifyScope m_scope;
    bool m_started = false;
    bool m_done = false;
    AuditHead m_head;
    SigningKeys m_keys;
    AnchorSet m_anchors;
    std::map<qint64, AuditCheckpoint> m_checkpoints;
    qint64 m_position = 0; // last event checked
    QByteArray m_previousHash; // its hash, UTF-8 as stored
    AuditVerification m_result;
};

using VerifyProgress = std::function<void(qint64 checked, qint64 total)>;
Result<AuditVerification> verify(const Store &store, const VerifyProgress &progress = {},
                                 VerifyScope scope = VerifyScope::Full);

// The signed evidence file of the events from the first at or after fromMs to the last before
// toMs (docs/api.md, "Evidence export"); audited as audit.export.
Result<QByteArray> exportRange(Store &store, const Caller &caller, qint64 fromMs, qint64 toMs);

} // namespace audit
} // namespace cc
