#pragma once

// A large audit log made fast, for the 1,000,000-event GUI test and the console benchmark:
// synthetic events appended after the chain's head in one transaction, each hashed exactly as
// audit::append hashes it (so the chain verifies), the head moved to the last one. The
// fields follow the event's index, so a test knows how many events a filter matches: actor
// "analyst<i % 40>", outcome "denied" when i % 100 == 0, "failure" when i % 250 == 7, object
// "order <i % 5000>". Opens nothing itself: the caller holds the store (cc_core).

#include "Result.h"
#include "audit/AuditChain.h"
#include "store/Store.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QStringList>

namespace cc::test {

inline QString seededActor(qint64 i)
{
    return QStringLiteral("analyst%1").arg(i % 40, 2, 10, QLatin1Char('0'));
}

inline QString seededOutcome(qint64 i)
{
    if (i % 100 == 0)
        return QStringLiteral("denied");
    if (i % 250 == 7)
        return QStringLiteral("failure");
    return QStringLiteral("success");
}

// Event i (1-based) is at endMs - (count - i) * stepMs.
inline Result<void> seedAuditEvents(Store &store, qint64 count, qint64 endMs, qint64 stepMs)
{
    static const QStringList actions
        = {QStringLiteral("orders.read"), QStringLiteral("access.request"),
           QStringLiteral("asset.review"), QStringLiteral("session.create"),
           QStringLiteral("orders.read_pii")};
    return store.transaction([&]() -> Result<void> {
        Result<Query> head
            = store.exec(QStringLiteral("SELECT seq, hash FROM audit_head WHERE id = 1"));
        if (!head)
            return head.error();
        if (!head->next())
            return makeError(ErrorCode::Internal, QStringLiteral("the audit head is missing"));
        const qint64 first = head->value(0).toLongLong() + 1;
        QString previous = head->value(1).toString();
        QSqlQuery insert(store.database());
        if (!insert.prepare(QStringLiteral(
                "INSERT INTO audit_events (seq, at, actor_id, actor, action, object_type, "
                "object_id, reason, outcome, detail, prev_hash, hash) VALUES (?, ?, ?, ?, ?, ?, "
                "?, ?, ?, ?, ?, ?)")))
            return makeError(ErrorCode::Internal, insert.lastError().text());
        AuditEvent e;
        for (qint64 i = 1; i <= count; ++i) {
            e.seq = first + i - 1;
            e.atMs = endMs - (count - i) * stepMs;
            e.actorId.reset();
            e.actor = seededActor(i);
            e.action = actions.at(int(i % actions.size()));
            e.objectType = QStringLiteral("order");
            e.objectId = QString::number(i % 5000);
            // Not QString(): a null string binds as SQL NULL.
            e.reason = i % 3 == 0 ? QStringLiteral("synthetic reason for event %1").arg(i)
                                  : QStringLiteral("");
            e.outcome = seededOutcome(i);
            e.detail = QStringLiteral("synthetic event %1 of %2").arg(i).arg(count);
            e.prevHash = previous;
            e.hash = audit::hashOf(e);
            previous = e.hash;
            const QVariantList values
                = {e.seq,      e.atMs,     QVariant(QMetaType::fromType<qint64>()),
                   e.actor,    e.action,   e.objectType,
                   e.objectId, e.reason,   e.outcome,
                   e.detail,   e.prevHash, e.hash};
            for (int v = 0; v < values.size(); ++v)
                insert.bindValue(v, values.at(v));
            if (!insert.exec())
                return makeError(ErrorCode::Internal, insert.lastError().text());
        }
        Result<Query> moved
            = store.exec(QStringLiteral("UPDATE audit_head SET seq = ?, hash = ? WHERE id = 1"),
                         {first + count - 1, previous});
        if (!moved)
            return moved.error();
        return {};
    });
}

} // namespace cc::test
