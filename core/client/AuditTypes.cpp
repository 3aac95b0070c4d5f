#include "AuditTypes.h"

#include <QJsonArray>

namespace cc::client {

namespace {

QDateTime time(const QJsonValue &value)
{
    if (!value.isString())
        return {};
    const QDateTime t = QDateTime::fromString(value.toString(), Qt::ISODate);
    return t.isValid() ? t.toUTC() : t;
}

} // namespace

AuditRecord AuditRecord::fromJson(const QJsonObject &o)
{
    AuditRecord r;
    AuditEvent &e = r.event;
    e.seq = o.value(QLatin1String("seq")).toInteger();
    e.atMs = o.value(QLatin1String("at_ms")).toInteger();
    const QJsonValue actorId = o.value(QLatin1String("actor_id"));
    if (actorId.isDouble())
        e.actorId = actorId.toInteger();
    e.actor = o.value(QLatin1String("actor")).toString();
    e.action = o.value(QLatin1String("action")).toString();
    e.objectType = o.value(QLatin1String("object_type")).toString();
    e.objectId = o.value(QLatin1String("object_id")).toString();
    e.reason = o.value(QLatin1String("reason")).toString();
    e.outcome = o.value(QLatin1String("outcome")).toString();
    e.detail = o.value(QLatin1String("detail")).toString();
    e.prevHash = o.value(QLatin1String("prev_hash")).toString();
    e.hash = o.value(QLatin1String("hash")).toString();
    r.at = time(o.value(QLatin1String("at")));
    if (!r.at.isValid() && o.value(QLatin1String("at_ms")).isDouble())
        r.at = QDateTime::fromMSecsSinceEpoch(e.atMs, Qt::UTC);
    r.complete = o.value(QLatin1String("at_ms")).isDouble()
        && o.value(QLatin1String("prev_hash")).isString();
    return r;
}

AuditHead AuditHead::fromJson(const QJsonObject &o)
{
    AuditHead h;
    h.seq = o.value(QLatin1String("seq")).toInteger();
    h.hash = o.value(QLatin1String("hash")).toString();
    h.baseSeq = o.value(QLatin1String("base_seq")).toInteger();
    h.baseHash = o.value(QLatin1String("base_hash")).toString();
    h.auditState = o.value(QLatin1String("audit_state")).toString();
    h.auditProblem = o.value(QLatin1String("audit_problem")).toString();
    h.auditFirstBadSeq = o.value(QLatin1String("audit_first_bad_seq")).toInteger();
    h.auditCheckedAt = time(o.value(QLatin1String("audit_checked_at")));
    return h;
}

AnchorPage AnchorPage::fromJson(const QJsonObject &o)
{
    AnchorPage page;
    if (const QJsonValue problem = o.value(QLatin1String("problem")); problem.isString())
        page.problem = problem.toString();
    qint64 previous = 0;
    for (const QJsonValue &item : o.value(QLatin1String("items")).toArray()) {
        QJsonObject line = item.toObject();
        const int number = line.value(QLatin1String("line")).toInt();
        // The line number and its ISO time are the API's additions, not the line's.
        line.remove(QStringLiteral("line"));
        line.remove(QStringLiteral("at"));
        Result<audit::Anchor> anchor = audit::anchorFromJson(line);
        if (!anchor || number <= previous) {
            page.malformedLine = number;
            page.malformedReason = anchor ? QString() : anchor.error().message; // empty: order
            break;
        }
        anchor->line = number;
        page.anchors.append(anchor.value());
        previous = number;
    }
    if (const QJsonValue next = o.value(QLatin1String("next_after")); next.isDouble())
        page.nextAfter = next.toInteger();
    return page;
}

QList<BreakAcknowledgement> AnchorPage::acknowledgements() const
{
    QList<BreakAcknowledgement> acks;
    for (const audit::Anchor &a : anchors) {
        if (a.kind == audit::Anchor::Kind::BreakAcknowledgement)
            acks.append(a.acknowledgement);
    }
    return acks;
}

AuditSigningKey AuditSigningKey::fromJson(const QJsonObject &o)
{
    AuditSigningKey k;
    k.algorithm = o.value(QLatin1String("algorithm")).toString();
    k.publicKey
        = QByteArray::fromBase64(o.value(QLatin1String("public_key")).toString().toLatin1());
    k.keyId = o.value(QLatin1String("key_id")).toString();
    return k;
}

AuditCheckpointRecord AuditCheckpointRecord::fromJson(const QJsonObject &o)
{
    AuditCheckpointRecord r;
    AuditCheckpoint &c = r.checkpoint;
    c.seq = o.value(QLatin1String("seq")).toInteger();
    c.hash = o.value(QLatin1String("hash")).toString();
    c.atMs = o.value(QLatin1String("at_ms")).toInteger();
    c.keyId = o.value(QLatin1String("key_id")).toString();
    c.signature = QByteArray::fromBase64(o.value(QLatin1String("signature")).toString().toLatin1());
    r.at = time(o.value(QLatin1String("at")));
    if (!r.at.isValid())
        r.at = QDateTime::fromMSecsSinceEpoch(c.atMs, Qt::UTC);
    return r;
}

ServerVerification ServerVerification::fromJson(const QJsonObject &o)
{
    ServerVerification v;
    v.done = o.value(QLatin1String("done")).toBool();
    v.intact = o.value(QLatin1String("intact")).toBool();
    v.eventCount = o.value(QLatin1String("event_count")).toInteger();
    v.firstBadSeq = o.value(QLatin1String("first_bad_seq")).toInteger();
    v.problem = o.value(QLatin1String("problem")).toString();
    v.headSeq = o.value(QLatin1String("head_seq")).toInteger();
    v.headHash = o.value(QLatin1String("head_hash")).toString();
    v.checkpointsVerified = o.value(QLatin1String("checkpoints_verified")).toInteger();
    return v;
}

} // namespace cc::client
