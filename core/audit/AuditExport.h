#pragma once

// The JSON of an audit event (as the API and the evidence export write it) and the check of a
// signed evidence export. In cc_auditchain, next to the chain's format, so a file can be
// checked with nothing but its bytes and, optionally, the public key it should be signed with:
// no store, no secret.
//
// An export is JSON lines: a header object, one event object per line (seq order, each linked
// to the one before), and a last line {"signature": <base64 Ed25519 over every byte before
// that line>}. docs/api.md, "Evidence export", has the fields.

#include "Result.h"
#include "audit/AuditChain.h"

#include <optional>

#include <QByteArray>
#include <QJsonObject>
#include <QString>

namespace cc::audit {

inline constexpr char kExportFormat[] = "cc-audit-export";
inline constexpr int kExportVersion = 1;

// UTC ISO 8601 with a Z, to the second: "2026-11-29T15:36:23Z".
QString isoTime(qint64 ms);
// Milliseconds since the epoch from an ISO 8601 time with Z or an offset (2026-11-29T15:36:23Z,
// fractions allowed); empty for anything else, a time without a zone included.
std::optional<qint64> parseIsoTime(const QString &text);
QJsonObject toJson(const AuditEvent &event);
// The inverse of toJson(); names the first missing or mistyped field.
Result<AuditEvent> eventFromJson(const QJsonObject &object);

struct ExportCheck
{
    bool valid = false;
    QString problem; // when !valid: what is wrong, and on which line
    int line = 0; // 1-based line of the problem, 0 for the file as a whole
    qint64 count = 0;
    qint64 firstSeq = 0;
    qint64 lastSeq = 0;
    qint64 fromMs = 0;
    qint64 toMs = 0;
    QString keyId;
    QByteArray publicKey;
};

// Checks the header, every event's hash, the link between consecutive events, the header's
// counts and range, and the signature with the header's public key; with expectedPublicKey
// also that this is the key that signed.
ExportCheck verifyExport(const QByteArray &file, const QByteArray &expectedPublicKey = {});

} // namespace cc::audit
