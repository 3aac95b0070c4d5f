#pragma once

// Roles and the management permissions they carry (least privilege). Amazon data scopes are
// deliberately absent: they come only from approved access requests.

#include <QSet>
#include <QString>
#include <QStringList>

namespace cc {

namespace Permission {
inline const QString UsersRead = QStringLiteral("users:read");
inline const QString UsersManage = QStringLiteral("users:manage");
inline const QString AccessApprove = QStringLiteral("access:approve");
inline const QString AssetsRead = QStringLiteral("assets:read"); // see every asset
inline const QString AssetsManage = QStringLiteral("assets:manage");
inline const QString AssetsReview = QStringLiteral("assets:review");
inline const QString IncidentsManage = QStringLiteral("incidents:manage");
inline const QString AuditRead = QStringLiteral("audit:read");
inline const QString RetentionManage = QStringLiteral("retention:manage");
// Loads Amazon order batches (the integration's operator); reading them still needs a grant.
inline const QString OrdersIngest = QStringLiteral("ingest:orders");
} // namespace Permission

const QStringList &knownRoles(); // admin, compliance_officer, manager, executive, employee
bool isKnownRole(const QString &role);
QSet<QString> permissionsForRoles(const QStringList &roles);

} // namespace cc
