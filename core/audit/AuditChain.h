#pragma once

// The audit chain's format, shared by the server (which writes and verifies the chain) and the
// console (which verifies it independently): the event record, the canonical bytes each hash
// covers, and the message a signed checkpoint signs. Changing any of these breaks every chain
// already written, so they never change; a new format gets a new version tag.

#include <optional>

#include <QByteArray>
#include <QString>

namespace cc {

struct AuditEvent
{
    qint64 seq = 0;
    qint64 atMs = 0;
    std::optional<qint64> actorId; // empty for the system and for unknown users
    QString actor; // username at the time, or "system"
    QString action; // e.g. "access.approve"
    QString objectType; // e.g. "access_request"
    QString objectId;
    QString reason;
    QString outcome = QStringLiteral("success"); // success, denied, failure
    QString detail;
    QString prevHash;
    QString hash;
};

// A signed statement "the chain had event seq with this hash at atMs", made by the server with
// a key only it holds. It bounds what someone with write access to the database can rewrite:
// everything up to the last checkpoint is pinned by a signature they cannot make.
struct AuditCheckpoint
{
    qint64 seq = 0;
    QString hash; // hash of event seq
    qint64 atMs = 0;
    QString keyId; // fingerprint of the public key that verifies the signature
    QByteArray signature; // Ed25519, 64 bytes
};

// A signed statement that the chain is broken at seq and that an operator knows why, made by
// `compliancectl audit acknowledge-break` with the checkpoint key, so nobody with access to the
// database alone can make one. Verification then accepts the first event at or after seq as it
// was when acknowledged, however it links to the last good event before it. When the break
// lost history the anchors held, their anchors no longer count (new events may reuse their seq)
// and the acknowledgement pins, in their place, that last good event and the last event.
struct BreakAcknowledgement
{
    qint64 seq = 0; // the first event of the break
    qint64 prevSeq = 0; // the last good event before it, or the chain's base
    QString prevHash;
    qint64 resumeSeq = 0; // the first event at or after seq when acknowledged; 0 when none was
    QString resumeContentHash; // hashOf() that event as it was then (its content may be altered)
    QString resumeHash; // the hash that event records
    qint64 headSeq = 0; // the last event when acknowledged
    QString headHash;
    // The break is one only the anchors showed (events cut from the end, a rewritten chain, a
    // damaged anchor file): the anchors of the history it lost, before this acknowledgement
    // at seq or later, no longer count. A break inside the chain retires nothing.
    bool retiresAnchors = false;
    QString problem; // what verification found
    QString reason; // the operator's
    QString actor; // who ran the command (the local operator)
    QString osUser; // the operating-system account that ran it
    qint64 atMs = 0;
    QString keyId;
    QByteArray signature; // Ed25519 over breakAcknowledgementMessage()
};

namespace audit {

// Length-prefixed fields, so no two different events serialise to the same bytes.
QByteArray canonical(const AuditEvent &event);
// One field of canonical(), from its UTF-8 bytes ("<size>:<bytes>;"), appended to out: the
// fields in canonical()'s order (seq, atMs, actorId or nothing, actor, action, objectType,
// objectId, reason, outcome, detail, prevHash; numbers in decimal) make its bytes. For
// verification, which builds them from the stored bytes without an AuditEvent.
void appendCanonicalField(QByteArray &out, QByteArrayView bytes);
// Lower-case hex SHA-256 of canonical(event).
QString hashOf(const AuditEvent &event);
// The bytes a checkpoint's signature covers: "cc-audit-checkpoint:v1:<seq>:<hash>:<atMs>".
QByteArray checkpointMessage(qint64 seq, const QString &hash, qint64 atMs);
// The bytes a break acknowledgement's signature covers: "cc-audit-break-ack:v1:" and every
// field but the key id and signature, length-prefixed like canonical().
QByteArray breakAcknowledgementMessage(const BreakAcknowledgement &ack);

} // namespace audit
} // namespace cc
