#include "AuditChain.h"

#include "crypto/Crypto.h"

namespace cc::audit {

QByteArray canonical(const AuditEvent &e)
{
    QByteArray out;
    auto field = [&out](const QString &value) {
        const QByteArray bytes = value.toUtf8();
        out += QByteArray::number(bytes.size()) + ':' + bytes + ';';
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

} // namespace cc::audit
