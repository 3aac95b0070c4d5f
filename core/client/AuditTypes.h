#pragma once

// The audit log as the console reads it (docs/api.md, "Audit log"): events with everything
// needed to recompute their hash (at_ms, prev_hash), the chain's head and base, the server's
// public signing key and its signed checkpoints. Parsing is lenient like ApiTypes; what the
// verifier needs is checked by the verifier, which says which field a server left out.

#include "audit/AuditAnchors.h"
#include "audit/AuditChain.h"

#include <QByteArray>
#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>

namespace cc::client {

// One event of GET /audit.
struct AuditRecord
{
    AuditEvent event; // the chain's own record: hashOf(event) must equal event.hash
    QDateTime at;
    bool complete = false; // at_ms and prev_hash were present: the hash can be recomputed

    static AuditRecord fromJson(const QJsonObject &json);
};

// GET /audit/head: the last event, and where the retained chain starts (after a purge, the
// first retained event has seq baseSeq + 1 and prev_hash baseHash); and the server's own
// verdict on the chain as of its last check, which drives the console's banner.
struct AuditHead
{
    qint64 seq = 0;
    QString hash;
    qint64 baseSeq = 0;
    QString baseHash;
    QString auditState; // intact, broken, break_acknowledged
    QString auditProblem; // when broken
    qint64 auditFirstBadSeq = 0; // when broken
    QDateTime auditCheckedAt; // the server's last check; invalid before its first

    static AuditHead fromJson(const QJsonObject &json);
};

// One page of GET /audit/anchors: the lines of the server's anchor file outside its database.
struct AnchorPage
{
    QList<audit::Anchor> anchors; // in line order, up to the first malformed line
    QString problem; // the server's: the file is missing, cut short, edited or replaced
    int malformedLine = 0; // a line this console could not read (0: none), and why (empty when
    QString malformedReason; // its number is out of order)
    qint64 nextAfter = 0; // 0: no more

    static AnchorPage fromJson(const QJsonObject &json);
    // The breaks acknowledged on the lines of this page.
    QList<BreakAcknowledgement> acknowledgements() const;
};

// GET /audit/signing-key.
struct AuditSigningKey
{
    QString algorithm;
    QByteArray publicKey; // raw 32 bytes
    QString keyId; // crypto::keyFingerprint(publicKey)

    static AuditSigningKey fromJson(const QJsonObject &json);
};

// One item of GET /audit/checkpoints.
struct AuditCheckpointRecord
{
    AuditCheckpoint checkpoint;
    QDateTime at;

    static AuditCheckpointRecord fromJson(const QJsonObject &json);
};

// The last line of GET /audit/verify: the server's own verdict on its chain.
struct ServerVerification
{
    bool done = false;
    bool intact = false;
    qint64 eventCount = 0;
    qint64 firstBadSeq = 0; // 0 when none
    QString problem;
    qint64 headSeq = 0;
    QString headHash;
    qint64 checkpointsVerified = 0;

    static ServerVerification fromJson(const QJsonObject &json);
};

} // namespace cc::client
