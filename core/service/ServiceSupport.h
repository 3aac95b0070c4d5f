#pragma once

// Small helpers shared by the services: audit events from a caller, optional columns.

#include "audit/AuditLog.h"
#include "domain/Types.h"

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

constexpr int kMaxPageSize = 500;

} // namespace cc::service
