#pragma once

// The records the services read and write. Times are milliseconds since the epoch, UTC;
// an unset time is std::nullopt.

#include <optional>

#include <QSet>
#include <QString>
#include <QStringList>

namespace cc {

using OptionalTime = std::optional<qint64>;

struct User
{
    qint64 id = 0;
    QString username;
    QString email;
    QString displayName;
    QString title;
    QStringList roles;
    QStringList designations; // cto, ceo, incident_contact, incident_contact_deputy (Roles.h)
    QString manager; // the manager's username, "" when none
    QString status; // active, offboarded
    bool totpEnrolled = false;
    qint64 createdAt = 0;
    OptionalTime offboardedAt;
    // Offboarding: the moment access ends (scheduled or immediate) and when the server actually
    // revoked it; the gap between the two is the figure the Users page shows.
    OptionalTime departureAt;
    OptionalTime accessRevokedAt;
    // Credentials (docs/api.md, "Accounts and enrolment"): the purpose of an outstanding
    // enrolment code ("" when none: enrol, reset_password, reset_2fa) and when it expires; how
    // the latest code or password reached the person (email, admin: the issuer held it, local:
    // compliancectl on the store's machine; "" for accounts older than enrolment codes) and who
    // issued it; since when a reset suspends sign-ins and grants until the person enrols.
    QString enrolmentPending;
    OptionalTime enrolmentExpiresAt;
    QString enrolmentDelivery;
    QString enrolmentIssuedBy;
    OptionalTime credentialsResetAt;
    OptionalTime lockedUntil; // sign-ins without a device token refused until then
};

// Who is making a request: resolved from a session on the server, or the local operator of
// compliancectl (id 0, every permission, audited as "compliancectl").
struct Caller
{
    qint64 userId = 0;
    QString username;
    QStringList roles;
    QSet<QString> permissions;
    qint64 sessionId = 0;

    bool can(const QString &permission) const { return permissions.contains(permission); }
    static Caller localOperator();
    // The user acting in their own name, with the permissions of their roles.
    static Caller forUser(const User &user);
};

// One officer's approval of an access request (orders.pii may need two, policy pii_approvals).
struct RequestApproval
{
    qint64 approverId = 0;
    QString username;
    QString displayName;
    qint64 at = 0;
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
    QStringList orderIds; // scope.order_ids: the only orders a grant reads; empty: all
    int durationHours = 0;
    QString status; // pending, approved, denied, cancelled
    qint64 createdAt = 0;
    QString decidedByUsername;
    OptionalTime decidedAt;
    QString decisionComment;
    std::optional<qint64> grantId;
    // Approvals given so far (withdrawn ones left out) and how many the grant needs.
    QList<RequestApproval> approvals;
    int approvalsRequired = 1;
    // For the caller the request was read for: whether they may approve or deny it, and if
    // not, why, in words for a person (separation of duties, status, permission).
    bool canDecide = false;
    QString cannotDecideReason;
};

// A client account access may be requested for; addedBy is empty for one seen in ingest.
struct Client
{
    QString name;
    QString addedBy;
    qint64 addedAt = 0;
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
    QStringList orderIds; // its request's scope.order_ids; empty: every order of the client
    QString grantedByUsername;
    qint64 grantedAt = 0;
    qint64 expiresAt = 0;
    OptionalTime revokedAt;
    QString revokedByUsername;
    QString revokeReason;
    // The holder's credentials were reset and they have not enrolled again: the grant gives no
    // access until they do.
    bool suspended = false;
    QStringList approvedByUsernames; // every officer whose approval made the grant, in order

    QString status(qint64 nowMs) const
    {
        if (revokedAt)
            return QStringLiteral("revoked");
        return nowMs >= expiresAt ? QStringLiteral("expired") : QStringLiteral("active");
    }
};

template<typename T> struct Page
{
    QList<T> items;
    std::optional<qint64> nextAfter;
};

// A message for a person, shown in the console (service/Notifications.h).
struct Notification
{
    qint64 id = 0;
    qint64 userId = 0;
    QString kind; // "asset_review"
    std::optional<qint64> assetId;
    QString threshold; // "due_in_30", "due_in_7", "due_in_1", "overdue"
    QString dueDate; // YYYY-MM-DD
    QString title;
    QString body;
    qint64 createdAt = 0;
    OptionalTime readAt;
    std::optional<qint64> incidentId; // incident notifications (kind "incident_...")
    std::optional<qint64> alertId; // monitoring alerts (kind "alert")
};

struct NotificationPage
{
    Page<Notification> page;
    int unread = 0;
};

} // namespace cc
