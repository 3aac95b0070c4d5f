#pragma once

// The API's objects as the console reads them (docs/api.md). Parsing is lenient: a missing
// field reads as empty, so an older or newer server still shows what it can.

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

namespace cc::client {

namespace permission {
inline constexpr char UsersRead[] = "users:read";
inline constexpr char UsersManage[] = "users:manage";
inline constexpr char AccessApprove[] = "access:approve";
inline constexpr char AuditRead[] = "audit:read";
} // namespace permission

QDateTime parseTime(const QJsonValue &value); // invalid QDateTime for null

struct User
{
    qint64 id = 0;
    QString username;
    QString email;
    QString displayName;
    QString title;
    QStringList roles;
    QStringList designations; // incident_contact, incident_contact_deputy, cto, ceo
    QString manager; // the manager's username, empty when none
    QString status; // active, offboarded
    bool totpEnrolled = false;
    QDateTime createdAt;
    QDateTime offboardedAt;
    QDateTime departureAt; // when access ends (or ended): scheduled or immediate offboarding
    QDateTime accessRevokedAt; // when the server actually revoked it
    double departureToRevocationSeconds = -1; // -1 until both happened
    // Credentials (docs/api.md, "Accounts and enrolment").
    QString enrolmentPending; // empty, enrol, reset_password, reset_2fa: an unused code is out
    QDateTime enrolmentExpiresAt;
    QString enrolmentDelivery; // email, admin, local; empty before enrolment codes
    bool credentialsSuspended = false; // a reset waits for the person to enrol again
    QDateTime credentialsResetAt;
    QDateTime lockedUntil; // the end of the latest lockout; invalid once cleared

    static User fromJson(const QJsonObject &json);
    // Sign-ins without this console's device token are refused until lockedUntil.
    bool isLocked(const QDateTime &now) const { return lockedUntil.isValid() && lockedUntil > now; }
};

// One officer's approval of a request (orders.pii may need two).
struct RequestApproval
{
    QString username;
    QString displayName;
    QDateTime at;
    QString comment;
};

struct AccessRequest
{
    qint64 id = 0;
    qint64 requesterId = 0;
    QString requesterUsername;
    QString requesterName;
    bool requesterTotpEnrolled = false;
    QString category;
    QString client;
    QString reason;
    QStringList orderIds; // scope.order_ids: the only orders asked for; empty: every order
    int durationHours = 0;
    QString status; // pending, approved, denied, cancelled
    QDateTime createdAt;
    QString decidedByUsername;
    QDateTime decidedAt;
    QString decisionComment;
    qint64 grantId = 0;
    QList<RequestApproval> approvals; // so far
    int approvalsRequired = 1;
    // For the signed-in person: whether the server lets them approve or deny it, and if not why
    // (a sentence to show as it is).
    bool canDecide = false;
    QString cannotDecideReason;

    static AccessRequest fromJson(const QJsonObject &json);
};

struct Grant
{
    qint64 id = 0;
    qint64 requestId = 0;
    qint64 userId = 0;
    QString username;
    QString displayName;
    QString category;
    QString client;
    QString reason;
    QStringList orderIds; // scope.order_ids: the only orders it reads; empty: every order
    QString grantedByUsername;
    QDateTime grantedAt;
    QDateTime expiresAt;
    QDateTime revokedAt;
    QString revokedByUsername;
    QString revokeReason;
    QStringList approvedByUsernames; // every officer whose approval made the grant
    QString status; // active, expired, revoked
    bool suspended = false; // the holder's credentials were reset: no access until they enrol

    static Grant fromJson(const QJsonObject &json);
};

struct Category
{
    QString id;
    QString label;
    bool containsPii = false;
};

struct Policy
{
    QList<Category> categories;
    int maxAccessHours = 0;
    int minReasonLength = 0;
    int passwordMinLength = 0; // also the least a return archive's passphrase may have
    int deletionRequestHours = 0; // Amazon's deletion and return requests are due this late

    static Policy fromJson(const QJsonObject &json);
    QString categoryLabel(const QString &id) const; // the id itself when unknown
};

// Who is signed in and what they may do: the answer of POST /session and GET /me.
struct SessionInfo
{
    User user;
    QStringList permissions;
    QDateTime expiresAt;
    int idleTimeoutSeconds = 0;

    static SessionInfo fromJson(const QJsonObject &json);
    bool can(const char *permission) const;
    QString roleText() const; // "Compliance officer, Admin"
};

QString roleLabel(const QString &role);
QString rolesText(const QStringList &roles); // "Compliance officer, Executive"
// Designations (docs/api.md, "Designations"), in the order the console offers them.
const QStringList &knownDesignations(); // cto, ceo, incident_contact, incident_contact_deputy
QString designationLabel(const QString &designation); // "CTO", "Incident contact"
QString designationsText(const QStringList &designations); // "CTO, Incident contact"

// POST /enrolment/start: the otpauth:// URI of the new TOTP secret, shown once; empty after a
// password reset, when the person keeps the authenticator they have.
struct EnrolmentStart
{
    QString totpUri;

    static EnrolmentStart fromJson(const QJsonObject &json);
    // The base32 secret in totpUri, for typing into an app by hand; empty when there is none.
    QString secret() const;
};

// POST /me/password.
struct PasswordChange
{
    int endedSessions = 0; // the account's other sessions, ended by the change

    static PasswordChange fromJson(const QJsonObject &json);
};

} // namespace cc::client
