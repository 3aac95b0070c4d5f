#include "EvidencePack.h"

#include "audit/AuditExport.h"
#include "audit/AuditLog.h"
#include "crypto/Crypto.h"
#include "crypto/Signature.h"
#include "domain/ControlCatalogue.h"
#include "evidence/EvidenceRecords.h"
#include "evidence/EvidenceReport.h"
#include "evidence/ZipArchive.h"
#include "service/Controls.h"
#include "service/ServiceSupport.h"
#include "store/Store.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QSet>
#include <QTimeZone>

namespace cc::evidence {

namespace {

// A verifier reads at most this much out of a ZIP: far above any real pack (the audit export
// is capped at 100,000 events), far below what a hostile archive could claim.
constexpr qint64 kMaxUnpackedBytes = 1024LL * 1024 * 1024;

// SubjectPublicKeyInfo of an Ed25519 key (RFC 8410) up to the key itself.
const QByteArray kEd25519SpkiPrefix = QByteArray::fromHex("302a300506032b6570032100");

QString sha256Hex(const QByteArray &bytes)
{
    return QString::fromLatin1(crypto::sha256(bytes).toHex());
}

Result<QDate> parseDay(const QString &field, const QString &text)
{
    static const QRegularExpression shape(QStringLiteral("^[0-9]{4}-[0-9]{2}-[0-9]{2}$"));
    const QDate date
        = shape.match(text).hasMatch() ? QDate::fromString(text, Qt::ISODate) : QDate();
    if (!date.isValid())
        return makeError(
            ErrorCode::InvalidInput,
            text.isEmpty()
                ? QStringLiteral("%1 is missing: give a UTC day as YYYY-MM-DD").arg(field)
                : QStringLiteral("%1 must be a UTC day as YYYY-MM-DD, not \"%2\"")
                      .arg(field, text.left(40)));
    return date;
}

struct PackFile
{
    QString name;
    QByteArray bytes;
};

QByteArray manifestBytes(const Period &period, qint64 generatedAt, const Caller &caller,
                         const QByteArray &publicKey, const QList<PackFile> &files)
{
    QJsonArray listed;
    for (const PackFile &f : files)
        listed.append(QJsonObject {{QStringLiteral("name"), f.name},
                                   {QStringLiteral("size"), qint64(f.bytes.size())},
                                   {QStringLiteral("sha256"), sha256Hex(f.bytes)}});
    const QJsonObject manifest {
        {QStringLiteral("format"), QLatin1String(kPackFormat)},
        {QStringLiteral("version"), kPackVersion},
        {QStringLiteral("period"),
         QJsonObject {{QStringLiteral("from"), period.from.toString(Qt::ISODate)},
                      {QStringLiteral("to"), period.to.toString(Qt::ISODate)}}},
        {QStringLiteral("generated_at"), audit::isoTime(generatedAt)},
        {QStringLiteral("generated_by"), caller.username},
        {QStringLiteral("policy"),
         QJsonObject {{QStringLiteral("group"), moajPolicyGroup()},
                      {QStringLiteral("version"), shippedPolicyVersion()},
                      {QStringLiteral("sha256"), sha256Hex(shippedPolicyText().toUtf8())}}},
        {QStringLiteral("algorithm"), QStringLiteral("Ed25519")},
        {QStringLiteral("key_id"), crypto::keyFingerprint(publicKey)},
        {QStringLiteral("public_key"), QString::fromLatin1(publicKey.toBase64())},
        {QStringLiteral("files"), listed},
    };
    return QJsonDocument(manifest).toJson(QJsonDocument::Indented);
}

Check refused(const QString &file, const QString &problem, const QString &keyId = {})
{
    Check check;
    check.file = file;
    check.problem = file.isEmpty() ? problem : file + QStringLiteral(": ") + problem;
    check.keyId = keyId;
    return check;
}

} // namespace

qint64 Period::startMs() const
{
    return QDateTime(from, QTime(0, 0), QTimeZone::utc()).toMSecsSinceEpoch();
}

qint64 Period::endMs() const
{
    return QDateTime(to.addDays(1), QTime(0, 0), QTimeZone::utc()).toMSecsSinceEpoch();
}

Result<Period> parsePeriod(const QString &fromText, const QString &toText)
{
    Result<QDate> from = parseDay(QStringLiteral("from"), fromText);
    if (!from)
        return from.error();
    Result<QDate> to = parseDay(QStringLiteral("to"), toText);
    if (!to)
        return to.error();
    if (*from > *to)
        return makeError(ErrorCode::InvalidInput,
                         QStringLiteral("from (%1) is after to (%2): the period runs from the "
                                        "first day to the last, both included")
                             .arg(fromText, toText));
    const Period period {*from, *to};
    if (period.days() > kMaxPeriodDays)
        return makeError(ErrorCode::InvalidInput,
                         QStringLiteral("the period from %1 to %2 is %3 days: one pack covers at "
                                        "most %4 days")
                             .arg(fromText, toText)
                             .arg(period.days())
                             .arg(kMaxPeriodDays));
    return period;
}

QByteArray publicKeyPem(const QByteArray &publicKey)
{
    QByteArray pem = "-----BEGIN PUBLIC KEY-----\n";
    pem += QByteArray(kEd25519SpkiPrefix + publicKey).toBase64() + '\n';
    return pem + "-----END PUBLIC KEY-----\n";
}

Result<QByteArray> publicKeyFromPem(const QByteArray &pem)
{
    const QList<QByteArray> lines = pem.trimmed().split('\n');
    const QByteArray der = lines.size() == 3 && lines.at(0) == "-----BEGIN PUBLIC KEY-----"
            && lines.at(2) == "-----END PUBLIC KEY-----"
        ? QByteArray::fromBase64(lines.at(1), QByteArray::AbortOnBase64DecodingErrors)
        : QByteArray();
    if (der.size() != kEd25519SpkiPrefix.size() + crypto::kEd25519PublicKeyBytes
        || !der.startsWith(kEd25519SpkiPrefix))
        return makeError(ErrorCode::InvalidInput,
                         QStringLiteral("not the PEM of an Ed25519 public key"));
    return der.mid(kEd25519SpkiPrefix.size());
}

Result<Pack> build(Store &store, const Caller &caller, const Period &period,
                   const ControlRuntime &runtime)
{
    const qint64 generatedAt = store.clock().nowMs();
    Result<QList<ControlState>> controls = Controls(store).evaluateAll(runtime);
    if (!controls)
        return controls.error();
    Result<QList<DayRecord>> days = controlDays(store, period);
    if (!days)
        return days.error();
    Result<QList<ControlAttestation>> attestations = attestationsInPeriod(store, period);
    if (!attestations)
        return attestations.error();
    Result<QList<RecordFile>> stored = storeRecords(store, period);
    if (!stored)
        return stored.error();
    Result<QByteArray> publicKey = audit::signingPublicKey(store);
    if (!publicKey)
        return publicKey.error();
    Result<QByteArray> auditExport
        = audit::exportRange(store, caller, period.startMs(), period.endMs());
    if (!auditExport)
        return auditExport.error();
    const audit::ExportCheck exported = audit::verifyExport(*auditExport, *publicKey);
    if (!exported.valid)
        return makeError(ErrorCode::Internal,
                         QStringLiteral("the audit export of the period does not verify: %1")
                             .arg(exported.problem));

    QList<RecordFile> records {controlStatusCsv(*days), controlEvidenceCsv(*controls),
                               attestationsCsv(*attestations)};
    records += *stored;
    ReportInput input;
    input.period = period;
    input.generatedAt = generatedAt;
    input.generatedBy = caller.username;
    input.policyGroup = moajPolicyGroup();
    input.policyVersion = shippedPolicyVersion();
    input.policySha256 = sha256Hex(shippedPolicyText().toUtf8());
    input.keyId = crypto::keyFingerprint(*publicKey);
    input.controls = *controls;
    input.days = *days;
    input.attestations = *attestations;
    input.auditEvents = exported.count;
    input.auditFirstSeq = exported.firstSeq;
    input.auditLastSeq = exported.lastSeq;
    input.files.append({QLatin1String(kAuditExportFile),
                        QStringLiteral("Every audit event of the period, hash-chained and signed "
                                       "(checked by compliancectl audit verify-export)"),
                        auditExport->size(), -1, sha256Hex(*auditExport)});
    for (const RecordFile &r : std::as_const(records))
        input.files.append({r.name, r.describes, r.bytes.size(), r.rows, sha256Hex(r.bytes)});
    Result<Report> report = drawReport(input);
    if (!report)
        return report.error();

    QList<PackFile> files {{QLatin1String(kReportFile), report->pdf},
                           {QLatin1String(kAuditExportFile), *auditExport}};
    for (const RecordFile &r : std::as_const(records))
        files.append({r.name, r.bytes});
    const QByteArray manifest = manifestBytes(period, generatedAt, caller, *publicKey, files);
    Result<QByteArray> signature = audit::signManifest(store, manifest);
    if (!signature)
        return signature.error();

    QList<ZipEntry> entries {{QLatin1String(kManifestFile), manifest},
                             {QLatin1String(kSignatureFile), *signature},
                             {QLatin1String(kPublicKeyFile), publicKeyPem(*publicKey)}};
    for (const PackFile &f : std::as_const(files))
        entries.append({f.name, f.bytes});
    Result<QByteArray> zip = writeZip(entries);
    if (!zip)
        return zip.error();

    return Pack {*zip,          sha256Hex(*zip), input.keyId, int(files.size()),
                 report->pages, exported.count};
}

Result<void> recordExport(Store &store, const Caller &caller, const Period &period,
                          const Pack &pack)
{
    const QString range = period.from.toString(Qt::ISODate) + QStringLiteral("..")
        + period.to.toString(Qt::ISODate);
    Result<AuditEvent> logged
        = audit::record(store,
                        service::eventBy(caller, QStringLiteral("evidence.export"),
                                         QStringLiteral("evidence_pack"), range,
                                         QStringLiteral("sha256=%1 bytes=%2 files=%3 key_id=%4 "
                                                        "audit_events=%5")
                                             .arg(pack.sha256)
                                             .arg(pack.zip.size())
                                             .arg(pack.files)
                                             .arg(pack.keyId)
                                             .arg(pack.auditEvents)));
    if (!logged)
        return logged.error();
    return {};
}

Check verify(const QByteArray &zip, const QString &expectedKeyId)
{
    Result<QList<ZipEntry>> entries = readZip(zip, kMaxUnpackedBytes);
    if (!entries)
        return refused(QString(), entries.error().message);
    QHash<QString, QByteArray> contents;
    for (const ZipEntry &e : std::as_const(*entries)) {
        if (contents.contains(e.name))
            return refused(e.name, QStringLiteral("the ZIP holds two files of this name"));
        contents.insert(e.name, e.bytes);
    }
    for (const char *required : {kManifestFile, kSignatureFile, kPublicKeyFile}) {
        if (!contents.contains(QLatin1String(required)))
            return refused(QLatin1String(required), QStringLiteral("missing from the pack"));
    }

    const QString keyFile = QLatin1String(kPublicKeyFile);
    Result<QByteArray> publicKey = publicKeyFromPem(contents.value(keyFile));
    if (!publicKey)
        return refused(keyFile, publicKey.error().message);
    const QString keyId = crypto::keyFingerprint(*publicKey);
    if (!expectedKeyId.isEmpty() && keyId != expectedKeyId)
        return refused(keyFile,
                       QStringLiteral("the pack is signed by key %1, not by the expected key %2")
                           .arg(keyId, expectedKeyId),
                       keyId);
    const QByteArray manifestData = contents.value(QLatin1String(kManifestFile));
    if (!crypto::ed25519Verify(*publicKey, manifestData,
                               contents.value(QLatin1String(kSignatureFile))))
        return refused(QLatin1String(kManifestFile),
                       QStringLiteral("manifest.sig is not a signature of manifest.json by the key "
                                      "in signing-key.pub (key id %1): one of the three was "
                                      "changed")
                           .arg(keyId),
                       keyId);

    // Signed from here: the manifest says what the pack holds.
    const QJsonObject manifest = QJsonDocument::fromJson(manifestData).object();
    if (manifest.value(QStringLiteral("format")).toString() != QLatin1String(kPackFormat)
        || manifest.value(QStringLiteral("version")).toInt() != kPackVersion)
        return refused(QLatin1String(kManifestFile),
                       QStringLiteral("not a %1 manifest of version %2")
                           .arg(QLatin1String(kPackFormat))
                           .arg(kPackVersion),
                       keyId);
    if (manifest.value(QStringLiteral("key_id")).toString() != keyId
        || manifest.value(QStringLiteral("public_key")).toString()
            != QString::fromLatin1(publicKey->toBase64()))
        return refused(keyFile, QStringLiteral("is not the key the manifest names"), keyId);
    QSet<QString> listed {QLatin1String(kManifestFile), QLatin1String(kSignatureFile), keyFile};
    const QJsonArray files = manifest.value(QStringLiteral("files")).toArray();
    for (const QJsonValue &value : files) {
        const QJsonObject f = value.toObject();
        const QString name = f.value(QStringLiteral("name")).toString();
        if (name.isEmpty() || listed.contains(name))
            return refused(QLatin1String(kManifestFile),
                           QStringLiteral("lists a file with no name or twice"), keyId);
        listed.insert(name);
        if (!contents.contains(name))
            return refused(name, QStringLiteral("listed in the manifest but missing from the pack"),
                           keyId);
        const QByteArray bytes = contents.value(name);
        if (bytes.size() != f.value(QStringLiteral("size")).toInteger(-1))
            return refused(name,
                           QStringLiteral("holds %1 bytes, the manifest says %2")
                               .arg(bytes.size())
                               .arg(f.value(QStringLiteral("size")).toInteger(-1)),
                           keyId);
        if (sha256Hex(bytes) != f.value(QStringLiteral("sha256")).toString())
            return refused(name, QStringLiteral("its SHA-256 is not the one the manifest lists"),
                           keyId);
    }
    for (const ZipEntry &e : std::as_const(*entries)) {
        if (!listed.contains(e.name))
            return refused(e.name, QStringLiteral("in the pack but not in the manifest"), keyId);
    }
    const QString exportFile = QLatin1String(kAuditExportFile);
    if (!contents.contains(exportFile) || !listed.contains(exportFile))
        return refused(exportFile, QStringLiteral("missing from the pack"), keyId);
    const audit::ExportCheck exported = audit::verifyExport(contents.value(exportFile), *publicKey);
    if (!exported.valid)
        return refused(exportFile, exported.problem, keyId);

    Check check;
    check.valid = true;
    check.keyId = keyId;
    check.manifest = manifest;
    check.files = int(files.size());
    return check;
}

} // namespace cc::evidence
