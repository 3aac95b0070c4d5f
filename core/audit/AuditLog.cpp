#include "AuditLog.h"

#include "crypto/Crypto.h"
#include "store/Store.h"

namespace cc::audit {

namespace {

const QString kColumns = QStringLiteral(
    "seq, at, actor_id, actor, action, object_type, object_id, reason, outcome, detail, "
    "prev_hash, hash");

AuditEvent fromRow(const QSqlQuery &q)
{
    AuditEvent e;
    e.seq = q.value(0).toLongLong();
    e.atMs = q.value(1).toLongLong();
    if (!q.value(2).isNull())
        e.actorId = q.value(2).toLongLong();
    e.actor = q.value(3).toString();
    e.action = q.value(4).toString();
    e.objectType = q.value(5).toString();
    e.objectId = q.value(6).toString();
    e.reason = q.value(7).toString();
    e.outcome = q.value(8).toString();
    e.detail = q.value(9).toString();
    e.prevHash = q.value(10).toString();
    e.hash = q.value(11).toString();
    return e;
}

} // namespace

Result<AuditEvent> append(Store &store, AuditEvent event)
{
    // Locking the head serialises appends from every server sharing the database, so the
    // chain stays one line however many write at once.
    Result<QSqlQuery> head
        = store.exec(QStringLiteral("SELECT seq, hash FROM audit_head WHERE id = 1")
                     + store.dialect().lockRowSuffix());
    if (!head)
        return head.error();
    if (!head->next())
        return makeError(ErrorCode::Internal, QStringLiteral("the audit chain head is missing"));
    event.seq = head->value(0).toLongLong() + 1;
    event.prevHash = head->value(1).toString();
    event.atMs = store.clock().nowMs();
    event.hash = hashOf(event);

    Result<QSqlQuery> inserted = store.exec(
        QStringLiteral("INSERT INTO audit_events (%1) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
            .arg(kColumns),
        {event.seq, event.atMs,
         event.actorId ? QVariant(*event.actorId) : QVariant(QMetaType::fromType<qint64>()),
         event.actor, event.action, event.objectType, event.objectId, event.reason, event.outcome,
         event.detail, event.prevHash, event.hash});
    if (!inserted)
        return inserted.error();
    Result<QSqlQuery> moved
        = store.exec(QStringLiteral("UPDATE audit_head SET seq = ?, hash = ? WHERE id = 1"),
                     {event.seq, event.hash});
    if (!moved)
        return moved.error();
    if (Result<void> heard = store.notifyAuditListener(event); !heard)
        return heard.error();
    return event;
}

Result<AuditEvent> record(Store &store, AuditEvent event)
{
    return store.transaction([&] { return append(store, std::move(event)); });
}

Result<QList<AuditEvent>> list(const Store &store, qint64 afterSeq, int limit)
{
    Result<QSqlQuery> q = store.exec(
        QStringLiteral("SELECT %1 FROM audit_events WHERE seq > ? ORDER BY seq LIMIT ?")
            .arg(kColumns),
        {afterSeq, limit});
    if (!q)
        return q.error();
    QList<AuditEvent> events;
    while (q->next())
        events.append(fromRow(*q));
    return events;
}

Result<AuditVerification> verify(const Store &store)
{
    Result<QSqlQuery> q
        = store.exec(QStringLiteral("SELECT %1 FROM audit_events ORDER BY seq").arg(kColumns));
    if (!q)
        return q.error();
    AuditVerification result;
    auto broken = [&result](qint64 seq, const QString &problem) {
        result.intact = false;
        result.firstBadSeq = seq;
        result.problem = problem;
        return result;
    };
    qint64 expectedSeq = 1;
    QString previousHash;
    while (q->next()) {
        const AuditEvent e = fromRow(*q);
        if (e.seq != expectedSeq)
            return broken(expectedSeq, QStringLiteral("event %1 is missing").arg(expectedSeq));
        if (e.prevHash != previousHash)
            return broken(e.seq,
                          QStringLiteral("event %1 does not follow event %2 (removed or reordered)")
                              .arg(e.seq)
                              .arg(e.seq - 1));
        if (hashOf(e) != e.hash)
            return broken(e.seq, QStringLiteral("event %1 was altered").arg(e.seq));
        previousHash = e.hash;
        ++expectedSeq;
        ++result.eventCount;
    }
    Result<QSqlQuery> head
        = store.exec(QStringLiteral("SELECT seq, hash FROM audit_head WHERE id = 1"));
    if (!head)
        return head.error();
    if (!head->next())
        return broken(expectedSeq, QStringLiteral("the chain head record is missing"));
    const qint64 headSeq = head->value(0).toLongLong();
    if (headSeq != result.eventCount || head->value(1).toString() != previousHash)
        return broken(expectedSeq,
                      QStringLiteral("events after %1 were removed (the head says %2)")
                          .arg(result.eventCount)
                          .arg(headSeq));
    return result;
}

} // namespace cc::audit
