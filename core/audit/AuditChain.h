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

namespace audit {

// Length-prefixed fields, so no two different events serialise to the same bytes.
QByteArray canonical(const AuditEvent &event);
// Lower-case hex SHA-256 of canonical(event).
QString hashOf(const AuditEvent &event);
// The bytes a checkpoint's signature covers: "cc-audit-checkpoint:v1:<seq>:<hash>:<atMs>".
QByteArray checkpointMessage(qint64 seq, const QString &hash, qint64 atMs);

} // namespace audit
} // namespace cc
