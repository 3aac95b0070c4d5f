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

} // namespace

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
