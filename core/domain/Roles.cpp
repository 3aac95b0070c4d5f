#include "Roles.h"

#include <QHash>

namespace cc {

namespace {

const QHash<QString, QSet<QString>> &rolePermissions()
{
    static const QHash<QString, QSet<QString>> table = {
        {QStringLiteral("admin"),
         {Permission::UsersRead, Permission::UsersManage, Permission::AuditRead,
          Permission::OrdersIngest, Permission::ControlsRead, Permission::VulnerabilitiesManage,
          Permission::ThirdPartiesManage}},
        {QStringLiteral("compliance_officer"),
         {Permission::UsersRead, Permission::AccessApprove, Permission::AuditRead,
          Permission::RetentionManage, Permission::AssetsRead, Permission::AssetsReview,
          // Compliance officers are the incident response team the policy names.
          Permission::IncidentsManage, Permission::AlertsManage, Permission::AccessReviewsManage,
          Permission::ControlsRead, Permission::DashboardRead, Permission::VulnerabilitiesManage,
          Permission::ThirdPartiesManage}},
        {QStringLiteral("manager"),
         {Permission::AssetsRead, Permission::AssetsManage, Permission::AssetsReview,
          Permission::VulnerabilitiesManage}},
        {QStringLiteral("executive"),
         {Permission::IncidentsManage, Permission::AuditRead, Permission::ControlsRead,
          Permission::DashboardRead}},
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

Result<void> validateRoles(const QStringList &roles)
{
    if (roles.isEmpty())
        return makeError(ErrorCode::InvalidInput, QStringLiteral("a user needs at least one role"));
    for (const QString &role : roles) {
        if (!isKnownRole(role))
            return makeError(ErrorCode::InvalidInput,
                             QStringLiteral("unknown role \"%1\": use one of %2")
                                 .arg(role, knownRoles().join(QStringLiteral(", "))));
        if (roles.count(role) > 1)
            return makeError(ErrorCode::InvalidInput,
                             QStringLiteral("role \"%1\" is given twice").arg(role));
    }
    if (roles.contains(QLatin1String("admin"))
        && roles.contains(QLatin1String("compliance_officer")))
        return makeError(ErrorCode::InvalidInput,
                         QStringLiteral("admin and compliance_officer cannot be held by one "
                                        "account: whoever manages accounts must not also approve "
                                        "access to Amazon data (separation of duties)"));
    return {};
}

bool isPrivilegedRole(const QString &role)
{
    return role == QLatin1String("admin") || role == QLatin1String("compliance_officer")
        || role == QLatin1String("executive");
}

const QStringList &knownDesignations()
{
    static const QStringList list
        = {Designation::IncidentContact, Designation::IncidentContactDeputy, Designation::Cto,
           Designation::Ceo};
    return list;
}

const QStringList &breachNoticeOrder()
{
    static const QStringList list
        = {Designation::IncidentContact, Designation::IncidentContactDeputy, Designation::Cto,
           Designation::Ceo};
    return list;
}

bool isIncidentContact(const QString &designation)
{
    return designation == Designation::IncidentContact
        || designation == Designation::IncidentContactDeputy;
}

Result<void> validateDesignations(const QStringList &designations)
{
    for (const QString &designation : designations) {
        if (!knownDesignations().contains(designation))
            return makeError(ErrorCode::InvalidInput,
                             QStringLiteral("unknown designation \"%1\": use one of %2")
                                 .arg(designation, knownDesignations().join(QStringLiteral(", "))));
        if (designations.count(designation) > 1)
            return makeError(ErrorCode::InvalidInput,
                             QStringLiteral("designation \"%1\" is given twice").arg(designation));
    }
    return {};
}

} // namespace cc
