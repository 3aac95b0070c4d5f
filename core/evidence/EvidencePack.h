#pragma once

// The evidence pack an assessor asks for (docs/api.md, "Evidence pack"): for a period of UTC
// days, one ZIP holding a PDF report of every control, CSVs of the records behind them, the
// signed audit export of the period, and manifest.json (each file's name, size and SHA-256)
// with manifest.sig, its Ed25519 signature by the store's audit signing key, whose public half
// travels in the pack as signing-key.pub. The verifier needs nothing but the ZIP (and,
// to pin the signer, the key id the store shows): no store, no secret.
//
// Building draws the PDF, which needs a QGuiApplication (its font database): compliancectl
// and compliance-stored make one on the offscreen platform.

#include "Result.h"
#include "domain/Types.h"

#include <QByteArray>
#include <QDate>
#include <QJsonObject>
#include <QString>

namespace cc {
class Store;
struct ControlRuntime;
} // namespace cc

namespace cc::evidence {

inline constexpr char kPackFormat[] = "cc-evidence-pack";
inline constexpr int kPackVersion = 1;
inline constexpr int kMaxPeriodDays = 400;
// Names of the files around the manifest; every other file is listed in it.
inline constexpr char kManifestFile[] = "manifest.json";
inline constexpr char kSignatureFile[] = "manifest.sig";
inline constexpr char kPublicKeyFile[] = "signing-key.pub";
inline constexpr char kReportFile[] = "report.pdf";
inline constexpr char kAuditExportFile[] = "audit-export.jsonl";

// UTC days from `from` to `to`, both included.
struct Period
{
    QDate from;
    QDate to;

    qint64 startMs() const; // from, 00:00 UTC
    qint64 endMs() const; // the day after `to`, 00:00 UTC (exclusive)
    int days() const { return int(from.daysTo(to)) + 1; }
};

// The period from two YYYY-MM-DD dates; an InvalidInput error naming the field ("from" or
// "to") that is missing or malformed, or saying why the two do not make a period.
Result<Period> parsePeriod(const QString &from, const QString &to);

struct Pack
{
    QByteArray zip;
    QString sha256; // of zip, hex
    QString keyId;
    int files = 0; // in the manifest
    int reportPages = 0;
    qint64 auditEvents = 0; // in the embedded audit export
};

// Builds the pack of the period from the store as it is now (controls evaluated with runtime).
// The embedded audit export is recorded as audit.export by caller. Needs a QGuiApplication.
Result<Pack> build(Store &store, const Caller &caller, const Period &period,
                   const ControlRuntime &runtime);
// Records that caller took the pack (evidence.export, with its SHA-256): once it is delivered,
// or just before, so a pack that never left is not recorded as taken.
Result<void> recordExport(Store &store, const Caller &caller, const Period &period,
                          const Pack &pack);

struct Check
{
    bool valid = false;
    QString problem; // when !valid: what is wrong
    QString file; // when !valid: the file it is wrong in, when it is one file's fault
    QString keyId; // of the key the pack says signed it
    QJsonObject manifest; // when valid
    int files = 0; // listed in the manifest, when valid
};

// Checks manifest.sig over manifest.json with the key in signing-key.pub (and, given
// expectedKeyId, that it is that key), every listed file's size and SHA-256, that nothing is
// missing or added, and the embedded audit export with its own verifier and the same key.
Check verify(const QByteArray &zip, const QString &expectedKeyId = {});

// The PEM (SubjectPublicKeyInfo) of an Ed25519 public key, as signing-key.pub holds it, so
// `openssl pkeyutl -verify -rawin` can check the signature independently; and back.
QByteArray publicKeyPem(const QByteArray &publicKey);
Result<QByteArray> publicKeyFromPem(const QByteArray &pem);

} // namespace cc::evidence
