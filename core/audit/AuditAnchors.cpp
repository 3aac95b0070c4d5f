#include "AuditAnchors.h"

#include "crypto/Signature.h"

#include <algorithm>
#include <cerrno>
#include <cmath>
#include <cstring>
#include <fcntl.h>
#include <unistd.h>

#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonValue>
#include <QScopeGuard>

namespace cc::audit {

namespace {

const QString kCheckpointType = QStringLiteral("checkpoint");
const QString kAcknowledgementType = QStringLiteral("break_acknowledged");
constexpr qint64 kMaxWholeNumber = 9007199254740992LL; // 2^53: exact in a JSON number
constexpr int kMaxReasonChars = 2000;
constexpr int kMaxProblemChars = 4000;
constexpr int kMaxNameChars = 200;

Error fieldError(const QString &field, const QString &expected)
{
    return makeError(ErrorCode::InvalidInput, QStringLiteral("\"%1\" %2").arg(field, expected));
}

// A JSON whole number from min to 2^53 (QJsonValue holds numbers as doubles).
Result<qint64> wholeNumber(const QJsonObject &o, const QString &field, qint64 min)
{
    const QJsonValue value = o.value(field);
    const double d = value.toDouble();
    // The range first: converting a double outside qint64's range is undefined behaviour.
    if (!value.isDouble() || !(d >= double(min) && d <= double(kMaxWholeNumber))
        || d != std::trunc(d))
        return fieldError(field, QStringLiteral("must be a whole number from %1 to 2^53").arg(min));
    return qint64(d);
}

bool isLowerHex(const QString &text, qsizetype length)
{
    if (text.size() != length)
        return false;
    for (const QChar c : text) {
        if (!((c >= QLatin1Char('0') && c <= QLatin1Char('9'))
              || (c >= QLatin1Char('a') && c <= QLatin1Char('f'))))
            return false;
    }
    return true;
}

// A SHA-256 in lower-case hex; empty only where allowEmpty (the hash before event 1).
Result<QString> hashField(const QJsonObject &o, const QString &field, bool allowEmpty)
{
    const QJsonValue value = o.value(field);
    const QString text = value.toString();
    if (!value.isString() || !(isLowerHex(text, 64) || (allowEmpty && text.isEmpty())))
        return fieldError(field,
                          allowEmpty ? QStringLiteral("must be a SHA-256 in lower-case hex here, "
                                                      "or empty")
                                     : QStringLiteral("must be a SHA-256 in lower-case hex"));
    return text;
}

Result<QString> textField(const QJsonObject &o, const QString &field, int maxChars, bool allowEmpty)
{
    const QJsonValue value = o.value(field);
    const QString text = value.toString();
    if (!value.isString() || text.size() > maxChars || (!allowEmpty && text.trimmed().isEmpty())
        || text.contains(QChar(0)))
        return fieldError(field,
                          QStringLiteral("must be text of %1 to %2 characters without NUL")
                              .arg(allowEmpty ? 0 : 1)
                              .arg(maxChars));
    return text;
}

Result<QString> keyIdField(const QJsonObject &o)
{
    const QJsonValue value = o.value(QLatin1String("key_id"));
    if (!value.isString() || !isLowerHex(value.toString(), 32))
        return fieldError(QStringLiteral("key_id"),
                          QStringLiteral("must be a key id: 32 lower-case hex digits"));
    return value.toString();
}

Result<QByteArray> signatureField(const QJsonObject &o)
{
    const QJsonValue value = o.value(QLatin1String("signature"));
    const QByteArray text = value.toString().toLatin1();
    const auto decoded
        = QByteArray::fromBase64Encoding(text, QByteArray::AbortOnBase64DecodingErrors);
    // One spelling per signature: the canonical base64 of 64 bytes.
    if (!value.isString() || !decoded || decoded.decoded.size() != crypto::kEd25519SignatureBytes
        || decoded.decoded.toBase64() != text)
        return fieldError(QStringLiteral("signature"),
                          QStringLiteral("must be the base64 of a 64-byte Ed25519 signature"));
    return decoded.decoded;
}

Result<void> onlyFields(const QJsonObject &o, const QStringList &fields)
{
    for (auto it = o.begin(); it != o.end(); ++it) {
        if (!fields.contains(it.key()))
            return makeError(ErrorCode::InvalidInput,
                             QStringLiteral("unknown field \"%1\"").arg(it.key()));
    }
    for (const QString &field : fields) {
        if (!o.contains(field))
            return makeError(ErrorCode::InvalidInput,
                             QStringLiteral("\"%1\" is missing").arg(field));
    }
    return {};
}

Result<Anchor> checkpointFromJson(const QJsonObject &o)
{
    static const QStringList fields
        = {QStringLiteral("type"),  QStringLiteral("seq"),    QStringLiteral("hash"),
           QStringLiteral("at_ms"), QStringLiteral("key_id"), QStringLiteral("signature")};
    if (Result<void> shape = onlyFields(o, fields); !shape)
        return shape.error();
    AuditCheckpoint c;
    Result<qint64> seq = wholeNumber(o, QStringLiteral("seq"), 1);
    if (!seq)
        return seq.error();
    Result<QString> hash = hashField(o, QStringLiteral("hash"), false);
    if (!hash)
        return hash.error();
    Result<qint64> at = wholeNumber(o, QStringLiteral("at_ms"), 0);
    if (!at)
        return at.error();
    Result<QString> keyId = keyIdField(o);
    if (!keyId)
        return keyId.error();
    Result<QByteArray> signature = signatureField(o);
    if (!signature)
        return signature.error();
    c.seq = *seq;
    c.hash = *hash;
    c.atMs = *at;
    c.keyId = *keyId;
    c.signature = *signature;
    return Anchor::of(c);
}

Result<Anchor> acknowledgementFromJson(const QJsonObject &o)
{
    static const QStringList fields
        = {QStringLiteral("type"),        QStringLiteral("seq"),
           QStringLiteral("prev_seq"),    QStringLiteral("prev_hash"),
           QStringLiteral("resume_seq"),  QStringLiteral("resume_content_hash"),
           QStringLiteral("resume_hash"), QStringLiteral("head_seq"),
           QStringLiteral("head_hash"),   QStringLiteral("retires_anchors"),
           QStringLiteral("problem"),     QStringLiteral("reason"),
           QStringLiteral("actor"),       QStringLiteral("os_user"),
           QStringLiteral("at_ms"),       QStringLiteral("key_id"),
           QStringLiteral("signature")};
    if (Result<void> shape = onlyFields(o, fields); !shape)
        return shape.error();
    BreakAcknowledgement a;
    const std::pair<const char *, qint64 *> numbers[] = {
        {"seq", &a.seq},          {"prev_seq", &a.prevSeq}, {"resume_seq", &a.resumeSeq},
        {"head_seq", &a.headSeq}, {"at_ms", &a.atMs},
    };
    for (const auto &[field, target] : numbers) {
        Result<qint64> value
            = wholeNumber(o, QLatin1String(field), qstrcmp(field, "seq") == 0 ? 1 : 0);
        if (!value)
            return value.error();
        *target = *value;
    }
    if (a.prevSeq >= a.seq)
        return fieldError(QStringLiteral("prev_seq"), QStringLiteral("must be less than \"seq\""));
    if (a.resumeSeq != 0 && a.resumeSeq < a.seq)
        return fieldError(QStringLiteral("resume_seq"),
                          QStringLiteral("must be 0 or at least \"seq\""));
    if (a.headSeq < std::max(a.prevSeq, a.resumeSeq))
        return fieldError(QStringLiteral("head_seq"),
                          QStringLiteral("must be at least \"prev_seq\" and \"resume_seq\""));
    const std::tuple<const char *, QString *, bool> hashes[] = {
        {"prev_hash", &a.prevHash, a.prevSeq == 0},
        {"resume_content_hash", &a.resumeContentHash, a.resumeSeq == 0},
        {"resume_hash", &a.resumeHash, a.resumeSeq == 0},
        {"head_hash", &a.headHash, a.headSeq == 0},
    };
    for (const auto &[field, target, mayBeEmpty] : hashes) {
        Result<QString> value = hashField(o, QLatin1String(field), mayBeEmpty);
        if (!value)
            return value.error();
        *target = *value;
    }
    const QJsonValue retires = o.value(QLatin1String("retires_anchors"));
    if (!retires.isBool())
        return fieldError(QStringLiteral("retires_anchors"),
                          QStringLiteral("must be true or false"));
    a.retiresAnchors = retires.toBool();
    const std::tuple<const char *, QString *, int, bool> texts[] = {
        {"problem", &a.problem, kMaxProblemChars, false},
        {"reason", &a.reason, kMaxReasonChars, false},
        {"actor", &a.actor, kMaxNameChars, false},
        {"os_user", &a.osUser, kMaxNameChars, true},
    };
    for (const auto &[field, target, maxChars, mayBeEmpty] : texts) {
        Result<QString> value = textField(o, QLatin1String(field), maxChars, mayBeEmpty);
        if (!value)
            return value.error();
        *target = *value;
    }
    Result<QString> keyId = keyIdField(o);
    if (!keyId)
        return keyId.error();
    Result<QByteArray> signature = signatureField(o);
    if (!signature)
        return signature.error();
    a.keyId = *keyId;
    a.signature = *signature;
    return Anchor::of(a);
}

QString describe(const Anchor &anchor)
{
    return anchor.kind == Anchor::Kind::Checkpoint
        ? QStringLiteral("the anchored checkpoint of event %1").arg(anchor.checkpoint.seq)
        : QStringLiteral("the acknowledgement of the break at event %1")
              .arg(anchor.acknowledgement.seq);
}

Error systemError(const QString &what, const QString &path)
{
    return makeError(ErrorCode::Unavailable,
                     QStringLiteral("cannot %1 %2: %3")
                         .arg(what, path, QString::fromLocal8Bit(std::strerror(errno))));
}

} // namespace

Anchor Anchor::of(const AuditCheckpoint &checkpoint)
{
    Anchor a;
    a.kind = Kind::Checkpoint;
    a.checkpoint = checkpoint;
    return a;
}

Anchor Anchor::of(const BreakAcknowledgement &acknowledgement)
{
    Anchor a;
    a.kind = Kind::BreakAcknowledgement;
    a.acknowledgement = acknowledgement;
    return a;
}

qint64 Anchor::seq() const
{
    return kind == Kind::Checkpoint ? checkpoint.seq : acknowledgement.seq;
}

qint64 Anchor::atMs() const
{
    return kind == Kind::Checkpoint ? checkpoint.atMs : acknowledgement.atMs;
}

const QString &Anchor::keyId() const
{
    return kind == Kind::Checkpoint ? checkpoint.keyId : acknowledgement.keyId;
}

const QByteArray &Anchor::signature() const
{
    return kind == Kind::Checkpoint ? checkpoint.signature : acknowledgement.signature;
}

QByteArray Anchor::signedMessage() const
{
    return kind == Kind::Checkpoint
        ? checkpointMessage(checkpoint.seq, checkpoint.hash, checkpoint.atMs)
        : breakAcknowledgementMessage(acknowledgement);
}

QJsonObject toJson(const Anchor &anchor)
{
    if (anchor.kind == Anchor::Kind::Checkpoint) {
        const AuditCheckpoint &c = anchor.checkpoint;
        return {{QStringLiteral("type"), kCheckpointType},
                {QStringLiteral("seq"), c.seq},
                {QStringLiteral("hash"), c.hash},
                {QStringLiteral("at_ms"), c.atMs},
                {QStringLiteral("key_id"), c.keyId},
                {QStringLiteral("signature"), QString::fromLatin1(c.signature.toBase64())}};
    }
    const BreakAcknowledgement &a = anchor.acknowledgement;
    return {{QStringLiteral("type"), kAcknowledgementType},
            {QStringLiteral("seq"), a.seq},
            {QStringLiteral("prev_seq"), a.prevSeq},
            {QStringLiteral("prev_hash"), a.prevHash},
            {QStringLiteral("resume_seq"), a.resumeSeq},
            {QStringLiteral("resume_content_hash"), a.resumeContentHash},
            {QStringLiteral("resume_hash"), a.resumeHash},
            {QStringLiteral("head_seq"), a.headSeq},
            {QStringLiteral("head_hash"), a.headHash},
            {QStringLiteral("retires_anchors"), a.retiresAnchors},
            {QStringLiteral("problem"), a.problem},
            {QStringLiteral("reason"), a.reason},
            {QStringLiteral("actor"), a.actor},
            {QStringLiteral("os_user"), a.osUser},
            {QStringLiteral("at_ms"), a.atMs},
            {QStringLiteral("key_id"), a.keyId},
            {QStringLiteral("signature"), QString::fromLatin1(a.signature.toBase64())}};
}

Result<Anchor> anchorFromJson(const QJsonObject &object)
{
    const QJsonValue type = object.value(QLatin1String("type"));
    if (type == QJsonValue(kCheckpointType))
        return checkpointFromJson(object);
    if (type == QJsonValue(kAcknowledgementType))
        return acknowledgementFromJson(object);
    return fieldError(QStringLiteral("type"),
                      QStringLiteral("must be \"checkpoint\" or \"break_acknowledged\""));
}

QByteArray anchorLine(const Anchor &anchor)
{
    return QJsonDocument(toJson(anchor)).toJson(QJsonDocument::Compact) + '\n';
}

AnchorFileContents parseAnchors(const QByteArray &bytes)
{
    AnchorFileContents contents;
    const auto bad = [&contents](int line, const QString &problem) {
        contents.badLine = line;
        contents.problem = QStringLiteral("line %1: %2").arg(line).arg(problem);
        return contents;
    };
    int line = 0;
    for (qsizetype start = 0; start < bytes.size();) {
        ++line;
        const qsizetype end = bytes.indexOf('\n', start);
        if (end < 0)
            return bad(line,
                       QStringLiteral("cut short (no line break at its end): the file was "
                                      "truncated"));
        const QByteArrayView text(bytes.constData() + start, end - start);
        start = end + 1;
        if (text.isEmpty())
            return bad(line, QStringLiteral("empty"));
        if (text.size() > kMaxAnchorLineBytes)
            return bad(line, QStringLiteral("longer than %1 bytes").arg(kMaxAnchorLineBytes));
        QJsonParseError error;
        const QJsonDocument document = QJsonDocument::fromJson(text.toByteArray(), &error);
        if (error.error != QJsonParseError::NoError)
            return bad(line,
                       QStringLiteral("not JSON: %1 at offset %2")
                           .arg(error.errorString())
                           .arg(error.offset));
        if (!document.isObject())
            return bad(line, QStringLiteral("not a JSON object"));
        Result<Anchor> anchor = anchorFromJson(document.object());
        if (!anchor)
            return bad(line, anchor.error().message);
        anchor->line = line;
        contents.anchors.append(anchor.value());
    }
    return contents;
}

Result<AnchorFileContents> AnchorFile::read() const
{
    QFile file(m_path);
    if (!file.exists()) {
        AnchorFileContents none;
        none.exists = false;
        return none;
    }
    if (!file.open(QIODevice::ReadOnly))
        return makeError(ErrorCode::Unavailable,
                         QStringLiteral("cannot read the audit anchor file %1: %2")
                             .arg(m_path, file.errorString()));
    if (file.size() > kMaxAnchorFileBytes) {
        AnchorFileContents tooLarge;
        tooLarge.problem = QStringLiteral("the file is larger than %1 MiB: not an anchor file")
                               .arg(kMaxAnchorFileBytes / (1024 * 1024));
        return tooLarge;
    }
    return parseAnchors(file.readAll());
}

Result<void> AnchorFile::syncDirectory() const
{
    const QByteArray dir = QFile::encodeName(QFileInfo(m_path).absolutePath());
    const int fd = ::open(dir.constData(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    if (fd < 0)
        return systemError(QStringLiteral("open the directory of"), m_path);
    const auto closer = qScopeGuard([fd] { ::close(fd); });
    if (::fsync(fd) != 0)
        return systemError(QStringLiteral("sync the directory of"), m_path);
    return {};
}

Result<void> AnchorFile::create() const
{
    const QByteArray path = QFile::encodeName(m_path);
    const int fd = ::open(path.constData(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0600);
    if (fd < 0)
        return systemError(QStringLiteral("create"), m_path);
    const auto closer = qScopeGuard([fd] { ::close(fd); });
    if (::fsync(fd) != 0)
        return systemError(QStringLiteral("sync"), m_path);
    return syncDirectory();
}

Result<void> AnchorFile::append(const QList<Anchor> &anchors) const
{
    QByteArray line;
    for (const Anchor &anchor : anchors)
        line += anchorLine(anchor);
    const QByteArray path = QFile::encodeName(m_path);
    bool created = false;
    int fd = ::open(path.constData(), O_WRONLY | O_APPEND | O_CLOEXEC);
    if (fd < 0 && errno == ENOENT) {
        fd = ::open(path.constData(), O_WRONLY | O_APPEND | O_CREAT | O_EXCL | O_CLOEXEC, 0600);
        created = fd >= 0;
        if (fd < 0 && errno == EEXIST) // another process made it just now
            fd = ::open(path.constData(), O_WRONLY | O_APPEND | O_CLOEXEC);
    }
    if (fd < 0)
        return systemError(QStringLiteral("open"), m_path);
    const auto closer = qScopeGuard([fd] { ::close(fd); });
    // One write, so that two processes appending to the same file never interleave lines.
    qsizetype written = 0;
    while (written < line.size()) {
        const ssize_t n = ::write(fd, line.constData() + written, size_t(line.size() - written));
        if (n < 0 && errno == EINTR)
            continue;
        if (n <= 0)
            return systemError(QStringLiteral("append to"), m_path);
        written += n;
    }
    if (::fsync(fd) != 0)
        return systemError(QStringLiteral("sync"), m_path);
    if (created)
        return syncDirectory();
    return {};
}

Result<QString> AnchorFile::setAside(const QString &suffix) const
{
    const QString target = m_path + QLatin1Char('.') + suffix;
    if (QFileInfo::exists(target))
        return makeError(ErrorCode::Conflict,
                         QStringLiteral("%1 already exists: not overwriting it").arg(target));
    if (::rename(QFile::encodeName(m_path).constData(), QFile::encodeName(target).constData()) != 0)
        return systemError(QStringLiteral("rename"), m_path);
    if (Result<void> synced = syncDirectory(); !synced)
        return synced.error();
    return target;
}

AnchorSet::AnchorSet(const QList<Anchor> &anchors, const SigningKeys &keys, Signatures check)
{
    QHash<QByteArray, QByteArray> lines; // signature -> line, to count identical lines once
    for (const Anchor &anchor : anchors) {
        const QByteArray text = anchorLine(anchor);
        if (const auto seen = lines.constFind(anchor.signature());
            seen != lines.constEnd() && *seen == text)
            continue;
        lines.insert(anchor.signature(), text);
        m_signatures.insert(anchor.signature(), anchor.line);
        if (anchor.kind == Anchor::Kind::Checkpoint) {
            if (check == Signatures::All && !checkSignature(anchor, keys))
                return;
            const AuditCheckpoint &c = anchor.checkpoint;
            addPin({c.seq, c.hash, anchor.line, c.atMs, false});
        } else {
            // An acknowledgement retires pins: it must be genuine whatever else is checked.
            if (!checkSignature(anchor, keys))
                return;
            // One that retires the anchors of lost history pins what it accepted in their place;
            // one of a break inside the chain leaves the anchors in force, and they pin it.
            const BreakAcknowledgement &a = anchor.acknowledgement;
            if (a.retiresAnchors) {
                for (auto it = m_pins.lower_bound(a.seq); it != m_pins.end();)
                    it = m_pins.erase(it);
                m_resumptions.removeIf(
                    [&a](const BreakAcknowledgement &earlier) { return earlier.prevSeq >= a.seq; });
                if (a.prevSeq > 0)
                    addPin({a.prevSeq, a.prevHash, anchor.line, a.atMs, true});
                if (a.headSeq > 0 && a.headSeq != a.prevSeq)
                    addPin({a.headSeq, a.headHash, anchor.line, a.atMs, true});
            }
            if (a.resumeSeq > 0)
                m_resumptions.append(a);
            m_acknowledgements.append(a);
        }
        if (!ok())
            return;
    }
    const std::optional<AnchorPin> pin = newest();
    if (check != Signatures::NewestAndAcknowledgements || !pin || pin->fromAcknowledgement)
        return;
    // The checkpoint the quick check starts from.
    for (auto it = anchors.crbegin(); it != anchors.crend(); ++it) {
        if (it->kind == Anchor::Kind::Checkpoint && it->line == pin->line
            && it->checkpoint.seq == pin->seq && it->checkpoint.hash == pin->hash) {
            checkSignature(*it, keys);
            return;
        }
    }
}

void AnchorSet::fail(const Anchor &anchor, qint64 seq, const QString &problem)
{
    if (!m_problem.isEmpty())
        return;
    m_problem = anchor.line > 0
        ? QStringLiteral("line %1 of the anchor file: %2").arg(anchor.line).arg(problem)
        : problem;
    m_problemSeq = seq;
    m_problemLine = anchor.line;
}

bool AnchorSet::checkSignature(const Anchor &anchor, const SigningKeys &keys)
{
    ++m_signaturesChecked;
    const QByteArray key = keys.value(anchor.keyId());
    if (key.isEmpty()) {
        QStringList known = keys.keys();
        known.sort();
        fail(anchor, anchor.seq(),
             QStringLiteral("%1 is signed by key %2, which is not a signing key of this store "
                            "(%3): it was made with another master key")
                 .arg(describe(anchor), anchor.keyId(), known.join(QStringLiteral(", "))));
        return false;
    }
    if (!crypto::ed25519Verify(key, anchor.signedMessage(), anchor.signature())) {
        fail(anchor, anchor.seq(),
             QStringLiteral("%1 has an invalid signature (forged or altered)")
                 .arg(describe(anchor)));
        return false;
    }
    return true;
}

void AnchorSet::addPin(const AnchorPin &pin)
{
    const auto [it, inserted] = m_pins.emplace(pin.seq, pin);
    if (inserted || it->second.hash == pin.hash)
        return;
    m_problem = QStringLiteral("lines %1 and %2 of the anchor file give event %3 different "
                               "hashes (%4 and %5)")
                    .arg(it->second.line)
                    .arg(pin.line)
                    .arg(pin.seq)
                    .arg(it->second.hash.left(16), pin.hash.left(16));
    m_problemSeq = pin.seq;
    m_problemLine = pin.line;
}

std::optional<AnchorPin> AnchorSet::pinAt(qint64 seq) const
{
    const auto it = m_pins.find(seq);
    return it == m_pins.end() ? std::nullopt : std::optional<AnchorPin>(it->second);
}

std::optional<AnchorPin> AnchorSet::newest() const
{
    return m_pins.empty() ? std::nullopt : std::optional<AnchorPin>(m_pins.rbegin()->second);
}

std::optional<AnchorPin> AnchorSet::before(qint64 seq) const
{
    auto it = m_pins.lower_bound(seq);
    if (it == m_pins.begin())
        return std::nullopt;
    return std::optional<AnchorPin>((--it)->second);
}

const BreakAcknowledgement *AnchorSet::resumingAt(qint64 seq) const
{
    for (auto it = m_resumptions.crbegin(); it != m_resumptions.crend(); ++it) {
        if (it->resumeSeq == seq)
            return &*it;
    }
    return nullptr;
}

const BreakAcknowledgement *AnchorSet::resumingAfter(qint64 seq, const QString &hash) const
{
    for (auto it = m_resumptions.crbegin(); it != m_resumptions.crend(); ++it) {
        if (it->prevSeq == seq && it->prevHash == hash)
            return &*it;
    }
    return nullptr;
}

bool retiredBy(const QList<BreakAcknowledgement> &acknowledgements, qint64 seq, qint64 atMs)
{
    return std::any_of(acknowledgements.cbegin(), acknowledgements.cend(),
                       [&](const BreakAcknowledgement &a) {
                           return a.retiresAnchors && a.seq <= seq && atMs < a.atMs;
                       });
}

} // namespace cc::audit
