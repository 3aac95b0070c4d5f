#include "AuditExport.h"

#include "crypto/Signature.h"

#include <cmath>
#include <cstdio>
#include <ctime>

#include <QDateTime>
#include <QJsonDocument>
#include <QJsonValue>

namespace cc::audit {

namespace {

QJsonValue number(qint64 value)
{
    return QJsonValue(value);
}

// A JSON whole number that fits in 53 bits (QJsonValue holds numbers as doubles).
bool wholeNumber(const QJsonValue &value, qint64 *out)
{
    if (!value.isDouble())
        return false;
    const double d = value.toDouble();
    // The range first: converting a double outside qint64's range is undefined behaviour
    // (found by fuzz_audit_export: a header with "count": 1e300).
    if (!(d >= -9007199254740992.0 && d <= 9007199254740992.0) || d != std::trunc(d))
        return false;
    *out = qint64(d);
    return true;
}

ExportCheck invalid(ExportCheck check, int line, const QString &problem)
{
    check.valid = false;
    check.line = line;
    check.problem = line > 0 ? QStringLiteral("line %1: %2").arg(line).arg(problem) : problem;
    return check;
}

} // namespace

QString isoTime(qint64 ms)
{
    // By hand: QDateTime::toString, then snprintf, were a tenth of the server's time on list
    // pages, which carry several times per item.
    const time_t seconds = time_t(ms / 1000 - (ms % 1000 < 0 ? 1 : 0));
    struct tm utc;
    if (!gmtime_r(&seconds, &utc))
        return {};
    const int year = utc.tm_year + 1900;
    if (year < 0 || year > 9999) {
        char text[32];
        const int length
            = std::snprintf(text, sizeof text, "%04d-%02d-%02dT%02d:%02d:%02dZ", year,
                            utc.tm_mon + 1, utc.tm_mday, utc.tm_hour, utc.tm_min, utc.tm_sec);
        return QString::fromLatin1(text, length);
    }
    char16_t text[20];
    const auto two = [&text](int at, int value) {
        text[at] = char16_t('0' + value / 10);
        text[at + 1] = char16_t('0' + value % 10);
    };
    two(0, year / 100);
    two(2, year % 100);
    two(5, utc.tm_mon + 1);
    two(8, utc.tm_mday);
    two(11, utc.tm_hour);
    two(14, utc.tm_min);
    two(17, utc.tm_sec);
    text[4] = text[7] = u'-';
    text[10] = u'T';
    text[13] = text[16] = u':';
    text[19] = u'Z';
    return QString(reinterpret_cast<const QChar *>(text), 20);
}

std::optional<qint64> parseIsoTime(const QString &text)
{
    if (text.size() < 20 || text.at(10) != QLatin1Char('T'))
        return std::nullopt;
    const QDateTime time = QDateTime::fromString(text, Qt::ISODateWithMs);
    if (!time.isValid() || time.timeSpec() == Qt::LocalTime)
        return std::nullopt;
    return time.toMSecsSinceEpoch();
}

QJsonObject toJson(const AuditEvent &e)
{
    return {
        {QStringLiteral("seq"), number(e.seq)},
        {QStringLiteral("at"), isoTime(e.atMs)},
        {QStringLiteral("at_ms"), number(e.atMs)},
        {QStringLiteral("actor_id"), e.actorId ? number(*e.actorId) : QJsonValue()},
        {QStringLiteral("actor"), e.actor},
        {QStringLiteral("action"), e.action},
        {QStringLiteral("object_type"), e.objectType},
        {QStringLiteral("object_id"), e.objectId},
        {QStringLiteral("reason"), e.reason},
        {QStringLiteral("outcome"), e.outcome},
        {QStringLiteral("detail"), e.detail},
        {QStringLiteral("prev_hash"), e.prevHash},
        {QStringLiteral("hash"), e.hash},
    };
}

Result<AuditEvent> eventFromJson(const QJsonObject &o)
{
    AuditEvent e;
    const auto bad = [](const char *field) {
        return makeError(ErrorCode::InvalidInput,
                         QStringLiteral("field \"%1\" is missing or of the wrong type")
                             .arg(QLatin1String(field)));
    };
    if (!wholeNumber(o.value(QStringLiteral("seq")), &e.seq))
        return bad("seq");
    if (!wholeNumber(o.value(QStringLiteral("at_ms")), &e.atMs))
        return bad("at_ms");
    const QJsonValue actorId = o.value(QStringLiteral("actor_id"));
    if (!actorId.isNull()) {
        qint64 id = 0;
        if (!wholeNumber(actorId, &id))
            return bad("actor_id");
        e.actorId = id;
    }
    const std::pair<const char *, QString *> texts[] = {
        {"actor", &e.actor},        {"action", &e.action},      {"object_type", &e.objectType},
        {"object_id", &e.objectId}, {"reason", &e.reason},      {"outcome", &e.outcome},
        {"detail", &e.detail},      {"prev_hash", &e.prevHash}, {"hash", &e.hash},
    };
    for (const auto &[field, target] : texts) {
        const QJsonValue value = o.value(QLatin1String(field));
        if (!value.isString())
            return bad(field);
        *target = value.toString();
    }
    return e;
}

namespace {

// Line 1: the format, version, algorithm and key, and the range; fills check's key and range,
// and declaredCount with the number of events the header promises.
ExportCheck checkHeader(ExportCheck check, const QByteArray &line,
                        const QByteArray &expectedPublicKey, qint64 *declaredCount,
                        QJsonObject *header)
{
    QJsonParseError error;
    const QJsonDocument headerDoc = QJsonDocument::fromJson(line, &error);
    *header = headerDoc.object();
    if (error.error != QJsonParseError::NoError || !headerDoc.isObject()
        || header->value(QStringLiteral("format")).toString() != QLatin1String(kExportFormat))
        return invalid(check, 1, QStringLiteral("not a Compliance Console audit export header"));
    qint64 version = 0;
    if (!wholeNumber(header->value(QStringLiteral("version")), &version)
        || version != kExportVersion)
        return invalid(check, 1,
                       QStringLiteral("export format version %1 is not supported (this build "
                                      "reads version %2)")
                           .arg(header->value(QStringLiteral("version")).toVariant().toString())
                           .arg(kExportVersion));
    if (header->value(QStringLiteral("algorithm")).toString() != QLatin1String("Ed25519"))
        return invalid(check, 1, QStringLiteral("the signature algorithm must be Ed25519"));
    check.publicKey
        = QByteArray::fromBase64(header->value(QStringLiteral("public_key")).toString().toLatin1(),
                                 QByteArray::AbortOnBase64DecodingErrors);
    check.keyId = header->value(QStringLiteral("key_id")).toString();
    if (check.publicKey.size() != crypto::kEd25519PublicKeyBytes)
        return invalid(check, 1,
                       QStringLiteral("the header's public key is not 32 bytes of base64"));
    if (crypto::keyFingerprint(check.publicKey) != check.keyId)
        return invalid(check, 1,
                       QStringLiteral("the header's key_id does not match its public key"));
    if (!expectedPublicKey.isEmpty() && expectedPublicKey != check.publicKey)
        return invalid(check, 1,
                       QStringLiteral("signed with key %1, not with the expected key %2")
                           .arg(check.keyId, crypto::keyFingerprint(expectedPublicKey)));
    if (!wholeNumber(header->value(QStringLiteral("count")), declaredCount)
        || !wholeNumber(header->value(QStringLiteral("from_ms")), &check.fromMs)
        || !wholeNumber(header->value(QStringLiteral("to_ms")), &check.toMs))
        return invalid(check, 1, QStringLiteral("the header lacks count, from_ms or to_ms"));
    return check;
}

// The last line signs everything before it with the header's key.
ExportCheck checkSignature(ExportCheck check, const QByteArray &file, const QByteArray &line,
                           int lineNumber)
{
    QJsonParseError error;
    const QJsonDocument signatureDoc = QJsonDocument::fromJson(line, &error);
    const QByteArray signature = QByteArray::fromBase64(
        signatureDoc.object().value(QStringLiteral("signature")).toString().toLatin1(),
        QByteArray::AbortOnBase64DecodingErrors);
    if (error.error != QJsonParseError::NoError || !signatureDoc.isObject()
        || signature.size() != crypto::kEd25519SignatureBytes)
        return invalid(check, lineNumber,
                       QStringLiteral("the last line must be {\"signature\": <base64 of 64 "
                                      "bytes>}: the file is cut short or not signed"));
    const qsizetype signedBytes = file.size() - line.size() - 1;
    if (!crypto::ed25519Verify(check.publicKey, file.left(signedBytes), signature))
        return invalid(check, lineNumber,
                       QStringLiteral("the signature does not match the contents: the file was "
                                      "changed after it was exported, or signed by another key"));
    return check;
}

// The events between header and signature: each hashes to itself, links to the one before and
// lies in the range; counts them and notes the first and last seq.
ExportCheck checkEvents(ExportCheck check, const QList<QByteArray> &lines)
{
    QString previousHash;
    for (qsizetype i = 1; i + 1 < lines.size(); ++i) {
        const int lineNumber = int(i) + 1;
        QJsonParseError error;
        const QJsonDocument doc = QJsonDocument::fromJson(lines.at(i), &error);
        if (error.error != QJsonParseError::NoError || !doc.isObject())
            return invalid(check, lineNumber, QStringLiteral("not a JSON object"));
        Result<AuditEvent> event = eventFromJson(doc.object());
        if (!event)
            return invalid(check, lineNumber, event.error().message);
        const AuditEvent &e = event.value();
        if (hashOf(e) != e.hash)
            return invalid(check, lineNumber,
                           QStringLiteral("event %1 does not match its hash (altered)").arg(e.seq));
        if (check.count > 0) {
            if (e.seq != check.lastSeq + 1)
                return invalid(check, lineNumber,
                               QStringLiteral("event %1 follows event %2: events are missing or "
                                              "reordered")
                                   .arg(e.seq)
                                   .arg(check.lastSeq));
            if (e.prevHash != previousHash)
                return invalid(check, lineNumber,
                               QStringLiteral("event %1 does not link to event %2")
                                   .arg(e.seq)
                                   .arg(check.lastSeq));
        } else {
            check.firstSeq = e.seq;
        }
        if (e.atMs < check.fromMs || e.atMs >= check.toMs)
            return invalid(check, lineNumber,
                           QStringLiteral("event %1 lies outside the exported range").arg(e.seq));
        check.lastSeq = e.seq;
        previousHash = e.hash;
        ++check.count;
    }
    return check;
}

} // namespace

ExportCheck verifyExport(const QByteArray &file, const QByteArray &expectedPublicKey)
{
    ExportCheck check;
    if (!file.endsWith('\n'))
        return invalid(check, 0,
                       QStringLiteral("the file does not end with a line break: it is "
                                      "cut short"));
    QList<QByteArray> lines = file.chopped(1).split('\n');
    if (lines.size() < 2)
        return invalid(check, 0,
                       QStringLiteral("the file has no header and signature: not an export"));
    qint64 count = 0;
    QJsonObject header;
    check = checkHeader(check, lines.first(), expectedPublicKey, &count, &header);
    if (!check.problem.isEmpty())
        return check;
    // The signature first: if it holds, every later problem is the exporter's, not a change.
    check = checkSignature(check, file, lines.last(), int(lines.size()));
    if (!check.problem.isEmpty())
        return check;
    check = checkEvents(check, lines);
    if (!check.problem.isEmpty())
        return check;
    if (check.count != count)
        return invalid(check, 1,
                       QStringLiteral("the header counts %1 events, the file holds %2")
                           .arg(count)
                           .arg(check.count));
    qint64 firstSeq = 0;
    qint64 lastSeq = 0;
    if (count > 0
        && (!wholeNumber(header.value(QStringLiteral("first_seq")), &firstSeq)
            || !wholeNumber(header.value(QStringLiteral("last_seq")), &lastSeq)
            || firstSeq != check.firstSeq || lastSeq != check.lastSeq))
        return invalid(check, 1,
                       QStringLiteral("the header's first_seq / last_seq do not match the events"));
    check.valid = true;
    return check;
}

} // namespace cc::audit
