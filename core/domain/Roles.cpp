#include "Roles.h"

#include <QHash>

namespace cc {

namespace {

const QHash<QString, QSet<QString>> &rolePermissions()
{
    static const QHash<QString, QSet<QString>> table = {
        {QStringLiteral("admin"),
         {Permission::UsersRead, Permission::UsersManage, Permission::AuditRead,
          Permission::OrdersIngest}},
        {QStringLiteral("compliance_officer"),
         {Permission::UsersRead, Permission::AccessApprove, Permission::AuditRead,
          Permission::RetentionManage, Permission::AssetsRead, Permission::AssetsReview,
          // Compliance officers are the incident response team the policy names.
          Permission::IncidentsManage, Permission::AlertsManage, Permission::AccessReviewsManage}},
        {QStringLiteral("manager"),
         {Permission::AssetsRead, Permission::AssetsManage, Permission::AssetsReview}},
        {QStringLiteral("executive"), {Permission::IncidentsManage, Permission::AuditRead}},
        {QStringLiteral("employee"), {}},
    };
    return table;
}

} // namespace

const QStringList &knownRoles()
{
    static const QStringList roles
        = {QStringLiteral("admin"), QStringLiteral("compliance_officer"), QStringLiteral("manager"),
           QStringLiteral("executive"), QStringLiteral("employee")};
    return roles;
}

bool isKnownRole(const QString &role)
{
    return rolePermissions().contains(role);
}

QSet<QString> permissionsForRoles(const QStringList &roles)
{
    QSet<QString> permissions;
    for (const QString &role : roles)
        permissions.unite(rolePermissions().value(role));
    return permissions;
}

} // namespace cc
