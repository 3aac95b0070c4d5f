#pragma once

// Small helpers shared by the services: audit events from a caller, optional columns, paging.
// Services read query results through row types (store/RowType.h).

#include "Result.h"
#include "audit/AuditLog.h"
#include "domain/Types.h"
#include "store/RowType.h"
#include "store/Store.h"

#include <QStringList>
#include <QVariant>
#include <QVariantList>

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

// The id of the active user with this username; an InvalidInput error naming the field
// ("owner", "assignee") when there is none or they have been offboarded.
Result<qint64> activeUserId(const Store &store, const QString &field, const QString &username);

// What a PATCH changes: the columns it sets, with their values, and the words the timeline or
// audit trail uses for each change.
struct Changes
{
    QStringList sets; // "column = ?"
    QVariantList args;
    QStringList described; // "what=value", one per change

    void set(const QString &column, const QVariant &value, const QString &what)
    {
        also(column, value);
        described << what;
    }
    // A column that changes along with one already described (a name's key, a milestone).
    void also(const QString &column, const QVariant &value)
    {
        sets << column + QStringLiteral(" = ?");
        args << value;
    }
    bool isEmpty() const { return sets.isEmpty(); }
    // "UPDATE <table> SET ... WHERE id = ?" and its arguments.
    QString update(const QString &table) const
    {
        return QStringLiteral("UPDATE %1 SET %2 WHERE id = ?")
            .arg(table, sets.join(QStringLiteral(", ")));
    }
    QVariantList updateArgs(qint64 id) const { return QVariantList(args) << id; }
};

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
