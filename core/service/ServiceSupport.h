#pragma once

// Small helpers shared by the services: audit events from a caller, optional columns, paging.
// Services read query results through row types (store/RowType.h).

#include "Result.h"
#include "audit/AuditLog.h"
#include "domain/Types.h"
#include "store/RowType.h"
#include "store/Store.h"

#include <QVariant>

namespace cc::service {

inline AuditEvent eventBy(const Caller &actor, const QString &action, const QString &objectType,
                          const QString &objectId, const QString &detail = {},
                          const QString &reason = {})
{
    AuditEvent e;
    if (actor.userId != 0)
        e.actorId = actor.userId;
    e.actor = actor.username;
    e.action = action;
    e.objectType = objectType;
    e.objectId = objectId;
    e.detail = detail;
    e.reason = reason;
    return e;
}

inline OptionalTime optionalTime(const QVariant &value)
{
    return value.isNull() ? OptionalTime() : OptionalTime(value.toLongLong());
}

inline QVariant nullableId(qint64 id)
{
    return id != 0 ? QVariant(id) : QVariant(QMetaType::fromType<qint64>());
}

// The ids of the active users whose roles give them permission, in id order: whom a
// background job notifies.
Result<QList<qint64>> activeHolders(const Store &store, const QString &permission);

constexpr int kMaxPageSize = 500;

// Keyset paging: fetch one row more than asked to learn whether another page exists.
template<typename T, typename FromRow>
Result<Page<T>> readPage(Result<Query> q, int limit, FromRow fromRow)
{
    if (!q)
        return q.error();
    Page<T> page;
    while (q->next())
        page.items.append(fromRow(*q));
    if (page.items.size() > limit) {
        page.items.removeLast();
        page.nextAfter = page.items.last().id;
    }
    return page;
}

} // namespace cc::service
