#include "AuditChain.h"

#include "crypto/Crypto.h"

#include <algorithm>
#include <charconv>

namespace cc::audit {

void appendCanonicalField(QByteArray &out, QByteArrayView bytes)
{
    char size[24];
    const qsizetype digits = std::to_chars(size, size + sizeof size, bytes.size()).ptr - size;
    // One resize and plain copies: verification appends millions of fields, and the four
    // appends this replaces each went through QByteArray::insert().
    const qsizetype at = out.size();
    out.resize(at + digits + 1 + bytes.size() + 1);
    char *to = std::copy_n(size, digits, out.data() + at);
    *to++ = ':';
    to = std::copy_n(bytes.data(), bytes.size(), to);
    *to = ';';
}

namespace {

void appendField(QByteArray &out, const QString &value)
{
    appendCanonicalField(out, value.toUtf8());
}

} // namespace

QByteArray canonical(const AuditEvent &e)
{
    QByteArray out;
    auto field = [&out](const QString &value) {
        appendField(out, value);
    };
    field(QString::number(e.seq));
    field(QString::number(e.atMs));
    field(e.actorId ? QString::number(*e.actorId) : QString());
    field(e.actor);
    field(e.action);
    field(e.objectType);
    field(e.objectId);
    field(e.reason);
    field(e.outcome);
    field(e.detail);
    field(e.prevHash);
    return out;
}

QString hashOf(const AuditEvent &e)
{
    return QString::fromLatin1(crypto::sha256(canonical(e)).toHex());
}

QByteArray checkpointMessage(qint64 seq, const QString &hash, qint64 atMs)
{
    return "cc-audit-checkpoint:v1:" + QByteArray::number(seq) + ':' + hash.toLatin1() + ':'
        + QByteArray::number(atMs);
}

QByteArray breakAcknowledgementMessage(const BreakAcknowledgement &a)
{
    QByteArray out = "cc-audit-break-ack:v1:";
    for (const qint64 number : {a.seq, a.prevSeq})
        appendField(out, QString::number(number));
    appendField(out, a.prevHash);
    appendField(out, QString::number(a.resumeSeq));
    appendField(out, a.resumeContentHash);
    appendField(out, a.resumeHash);
    appendField(out, QString::number(a.headSeq));
    appendField(out, a.headHash);
    appendField(out, a.retiresAnchors ? QStringLiteral("1") : QStringLiteral("0"));
    for (const QString *text : {&a.problem, &a.reason, &a.actor, &a.osUser})
        appendField(out, *text);
    appendField(out, QString::number(a.atMs));
    return out;
}

} // namespace cc::audit
