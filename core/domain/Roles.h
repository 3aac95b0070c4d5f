#pragma once

// Roles and the management permissions they carry (least privilege). Amazon data scopes are
// deliberately absent: they come only from approved access requests.

#include "Result.h"

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
// Acknowledges monitoring alerts (reading them needs audit:read).
inline const QString AlertsManage = QStringLiteral("alerts:manage");
// Starts and runs access review campaigns (deciding an item needs only to be its reviewer).
inline const QString AccessReviewsManage = QStringLiteral("access_reviews:manage");
// Reads the policy's controls, their history and attestations (compliance officers,
// executives and admins: whoever answers "are we compliant right now?").
inline const QString ControlsRead = QStringLiteral("controls:read");
// Reads company-wide counts and trends (GET /dashboard): numbers only, never an item, so that
// executives see the company's totals without seeing what is behind them.
inline const QString DashboardRead = QStringLiteral("dashboard:read");
// Records, imports and resolves findings in the vulnerability register (admins, who run the
// scanners; compliance officers and managers, who chase them).
inline const QString VulnerabilitiesManage = QStringLiteral("vulnerabilities:manage");
// Reads and keeps the subcontractor register and the API credential register (compliance
// officers, who assess third parties; admins, who hold and rotate the credentials).
inline const QString ThirdPartiesManage = QStringLiteral("thirdparties:manage");
} // namespace Permission

const QStringList &knownRoles(); // admin, compliance_officer, manager, executive, employee
bool isKnownRole(const QString &role);
QSet<QString> permissionsForRoles(const QStringList &roles);

// The roles one account may hold: at least one, each known, none twice, and never admin with
// compliance_officer (separation of duties: whoever manages accounts must not also approve
// access to Amazon data). The message names the problem.
Result<void> validateRoles(const QStringList &roles);
// admin, compliance_officer and executive: creating an account with one or granting one
// raises a privileged_role alert.
bool isPrivilegedRole(const QString &role);

// Designations: who the company names for a duty, whatever their job title. Each is held by
// at most one active account at a time (the store enforces it), and an account may hold
// several. Breach notices go to the incident contacts first (Amazon's Incident Management
// Point of Contact and their deputy), then the CTO and the CEO; MOAJ-IR-01 fails without a
// CTO or a CEO.
namespace Designation {
inline const QString Cto = QStringLiteral("cto");
inline const QString Ceo = QStringLiteral("ceo");
inline const QString IncidentContact = QStringLiteral("incident_contact");
inline const QString IncidentContactDeputy = QStringLiteral("incident_contact_deputy");
} // namespace Designation

// incident_contact, incident_contact_deputy, cto, ceo: how they are listed.
const QStringList &knownDesignations();
// Who hears of a breach first (Amazon DPP 2025: the Incident Management Point of Contact):
// incident_contact, then incident_contact_deputy, then cto and ceo. Notices, their e-mails and
// the timeline follow this order, whatever order knownDesignations() lists them in.
const QStringList &breachNoticeOrder();
// incident_contact and incident_contact_deputy.
bool isIncidentContact(const QString &designation);
// Each known and none twice (an empty list is allowed); the message names the problem.
Result<void> validateDesignations(const QStringList &designations);

} // namespace cc
