#include "ServiceSupport.h"

#include "domain/Roles.h"

namespace cc::service {

namespace {

struct UserRolesRow
{
    enum Column { Id, Roles, ColumnCount };
    static constexpr rows::Columns<ColumnCount> columns {{{Id, "id"}, {Roles, "roles"}}};
    static_assert(rows::inOrder(columns));
    static inline const QString select
        = rows::select(columns, "FROM users WHERE status = 'active' ORDER BY id");
};

struct UserStatusRow
{
    enum Column { Id, Status, ColumnCount };
    static constexpr rows::Columns<ColumnCount> columns {{{Id, "id"}, {Status, "status"}}};
    static_assert(rows::inOrder(columns));
    static inline const QString select = rows::select(columns, "FROM users WHERE username_key = ?");
};

} // namespace

Result<qint64> activeUserId(const Store &store, const QString &field, const QString &username)
{
    Result<Query> q = store.exec(UserStatusRow::select, {username.trimmed().toLower()});
    if (!q)
        return q.error();
    if (!q->next())
        return makeError(
            ErrorCode::InvalidInput,
            QStringLiteral("%1 \"%2\" is not a user of this store").arg(field, username));
    if (q->value(UserStatusRow::Status).toString() != QLatin1String("active"))
        return makeError(ErrorCode::InvalidInput,
                         QStringLiteral("%1 \"%2\" has been offboarded").arg(field, username));
    return q->value(UserStatusRow::Id).toLongLong();
}

Result<QList<qint64>> activeHolders(const Store &store, const QString &permission)
{
    Result<Query> q = store.exec(UserRolesRow::select);
    if (!q)
        return q.error();
    QList<qint64> holders;
    while (q->next()) {
        const QStringList roles
            = q->value(UserRolesRow::Roles).toString().split(QLatin1Char(','), Qt::SkipEmptyParts);
        if (permissionsForRoles(roles).contains(permission))
            holders << q->value(UserRolesRow::Id).toLongLong();
    }
    return holders;
}

} // namespace cc::service
