#include "ApiTypes.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QUrl>
#include <QUrlQuery>

namespace cc::client {

namespace {

QString str(const QJsonObject &json, QLatin1StringView key)
{
    return json.value(key).toString();
}

qint64 integer(const QJsonObject &json, QLatin1StringView key)
{
    return json.value(key).toInteger();
}

QStringList strings(const QJsonValue &value)
{
    QStringList list;
    const QJsonArray array = value.toArray();
    for (const QJsonValue &item : array)
        list.append(item.toString());
    return list;
}

} // namespace

QDateTime parseTime(const QJsonValue &value)
{
    if (!value.isString())
        return {};
    QDateTime time = QDateTime::fromString(value.toString(), Qt::ISODate);
    if (time.isValid())
        time = time.toUTC();
    return time;
}

User User::fromJson(const QJsonObject &json)
{
    User u;
    u.id = integer(json, QLatin1StringView("id"));
    u.username = str(json, QLatin1StringView("username"));
    u.email = str(json, QLatin1StringView("email"));
    u.displayName = str(json, QLatin1StringView("display_name"));
    u.title = str(json, QLatin1StringView("title"));
    u.roles = strings(json.value(QLatin1StringView("roles")));
    u.designations = strings(json.value(QLatin1StringView("designations")));
    u.manager = str(json, QLatin1StringView("manager"));
    u.status = str(json, QLatin1StringView("status"));
    u.totpEnrolled = json.value(QLatin1StringView("totp_enrolled")).toBool();
    u.createdAt = parseTime(json.value(QLatin1StringView("created_at")));
    u.offboardedAt = parseTime(json.value(QLatin1StringView("offboarded_at")));
    u.departureAt = parseTime(json.value(QLatin1StringView("departure_at")));
    u.accessRevokedAt = parseTime(json.value(QLatin1StringView("access_revoked_at")));
    u.departureToRevocationSeconds
        = json.value(QLatin1StringView("departure_to_revocation_seconds")).toDouble(-1);
    u.enrolmentPending = str(json, QLatin1StringView("enrolment_pending"));
    u.enrolmentExpiresAt = parseTime(json.value(QLatin1StringView("enrolment_expires_at")));
    u.enrolmentDelivery = str(json, QLatin1StringView("enrolment_delivery"));
    u.credentialsSuspended = json.value(QLatin1StringView("credentials_suspended")).toBool();
    u.credentialsResetAt = parseTime(json.value(QLatin1StringView("credentials_reset_at")));
    u.lockedUntil = parseTime(json.value(QLatin1StringView("locked_until")));
    return u;
}

namespace {

// scope.order_ids of a request or grant.
QStringList orderScope(const QJsonObject &json)
{
    return strings(
        json.value(QLatin1StringView("scope")).toObject().value(QLatin1StringView("order_ids")));
}

} // namespace

AccessRequest AccessRequest::fromJson(const QJsonObject &json)
{
    AccessRequest r;
    r.id = integer(json, QLatin1StringView("id"));
    r.requesterId = integer(json, QLatin1StringView("requester_id"));
    r.requesterUsername = str(json, QLatin1StringView("requester_username"));
    r.requesterName = str(json, QLatin1StringView("requester_name"));
    r.requesterTotpEnrolled = json.value(QLatin1StringView("requester_totp_enrolled")).toBool();
    r.category = str(json, QLatin1StringView("category"));
    r.client = str(json, QLatin1StringView("client"));
    r.reason = str(json, QLatin1StringView("reason"));
    r.orderIds = orderScope(json);
    r.durationHours = json.value(QLatin1StringView("duration_hours")).toInt();
    r.status = str(json, QLatin1StringView("status"));
    r.createdAt = parseTime(json.value(QLatin1StringView("created_at")));
    r.decidedByUsername = str(json, QLatin1StringView("decided_by_username"));
    r.decidedAt = parseTime(json.value(QLatin1StringView("decided_at")));
    r.decisionComment = str(json, QLatin1StringView("decision_comment"));
    r.grantId = integer(json, QLatin1StringView("grant_id"));
    const QJsonArray approvals = json.value(QLatin1StringView("approvals")).toArray();
    for (const QJsonValue &value : approvals) {
        const QJsonObject a = value.toObject();
        r.approvals.append(
            {str(a, QLatin1StringView("username")), str(a, QLatin1StringView("display_name")),
             parseTime(a.value(QLatin1StringView("at"))), str(a, QLatin1StringView("comment"))});
    }
    r.approvalsRequired = json.value(QLatin1StringView("approvals_required")).toInt(1);
    r.canDecide = json.value(QLatin1StringView("can_decide")).toBool();
    r.cannotDecideReason = str(json, QLatin1StringView("cannot_decide_reason"));
    return r;
}

Grant Grant::fromJson(const QJsonObject &json)
{
    Grant g;
    g.id = integer(json, QLatin1StringView("id"));
    g.requestId = integer(json, QLatin1StringView("request_id"));
    g.userId = integer(json, QLatin1StringView("user_id"));
    g.username = str(json, QLatin1StringView("username"));
    g.displayName = str(json, QLatin1StringView("display_name"));
    g.category = str(json, QLatin1StringView("category"));
    g.client = str(json, QLatin1StringView("client"));
    g.reason = str(json, QLatin1StringView("reason"));
    g.orderIds = orderScope(json);
    g.grantedByUsername = str(json, QLatin1StringView("granted_by_username"));
    g.grantedAt = parseTime(json.value(QLatin1StringView("granted_at")));
    g.expiresAt = parseTime(json.value(QLatin1StringView("expires_at")));
    g.revokedAt = parseTime(json.value(QLatin1StringView("revoked_at")));
    g.revokedByUsername = str(json, QLatin1StringView("revoked_by_username"));
    g.revokeReason = str(json, QLatin1StringView("revoke_reason"));
    g.approvedByUsernames = strings(json.value(QLatin1StringView("approved_by_usernames")));
    g.status = str(json, QLatin1StringView("status"));
    g.suspended = json.value(QLatin1StringView("suspended")).toBool();
    return g;
}

Policy Policy::fromJson(const QJsonObject &json)
{
    Policy p;
    const QJsonArray categories = json.value(QLatin1StringView("categories")).toArray();
    for (const QJsonValue &value : categories) {
        const QJsonObject c = value.toObject();
        p.categories.append({str(c, QLatin1StringView("id")), str(c, QLatin1StringView("label")),
                             c.value(QLatin1StringView("contains_pii")).toBool()});
    }
    p.maxAccessHours = json.value(QLatin1StringView("max_access_hours")).toInt();
    p.minReasonLength = json.value(QLatin1StringView("min_reason_length")).toInt();
    p.passwordMinLength = json.value(QLatin1StringView("password_min_length")).toInt();
    p.deletionRequestHours = json.value(QLatin1StringView("deletion_request_hours")).toInt();
    return p;
}

QString Policy::categoryLabel(const QString &id) const
{
    for (const Category &c : categories) {
        if (c.id == id)
            return c.label.isEmpty() ? c.id : c.label;
    }
    return id;
}

SessionInfo SessionInfo::fromJson(const QJsonObject &json)
{
    SessionInfo s;
    s.user = User::fromJson(json.value(QLatin1StringView("user")).toObject());
    s.permissions = strings(json.value(QLatin1StringView("permissions")));
    s.expiresAt = parseTime(json.value(QLatin1StringView("expires_at")));
    s.idleTimeoutSeconds = json.value(QLatin1StringView("idle_timeout_seconds")).toInt();
    return s;
}

bool SessionInfo::can(const char *permission) const
{
    return permissions.contains(QLatin1StringView(permission));
}

QString SessionInfo::roleText() const
{
    return rolesText(user.roles);
}

QString rolesText(const QStringList &roles)
{
    QStringList labels;
    for (const QString &role : roles)
        labels.append(roleLabel(role));
    return labels.join(QStringLiteral(", "));
}

QString roleLabel(const QString &role)
{
    if (role == QLatin1StringView("admin"))
        return QCoreApplication::translate("cc::client", "Admin");
    if (role == QLatin1StringView("compliance_officer"))
        return QCoreApplication::translate("cc::client", "Compliance officer");
    if (role == QLatin1StringView("manager"))
        return QCoreApplication::translate("cc::client", "Manager");
    if (role == QLatin1StringView("executive"))
        return QCoreApplication::translate("cc::client", "Executive");
    if (role == QLatin1StringView("employee"))
        return QCoreApplication::translate("cc::client", "Employee");
    return role;
}

const QStringList &knownDesignations()
{
    static const QStringList designations
        = {QStringLiteral("cto"), QStringLiteral("ceo"), QStringLiteral("incident_contact"),
           QStringLiteral("incident_contact_deputy")};
    return designations;
}

QString designationLabel(const QString &designation)
{
    if (designation == QLatin1StringView("cto"))
        return QCoreApplication::translate("cc::client", "CTO");
    if (designation == QLatin1StringView("ceo"))
        return QCoreApplication::translate("cc::client", "CEO");
    if (designation == QLatin1StringView("incident_contact"))
        return QCoreApplication::translate("cc::client", "Incident contact");
    if (designation == QLatin1StringView("incident_contact_deputy"))
        return QCoreApplication::translate("cc::client", "Incident contact (deputy)");
    return designation;
}

QString designationsText(const QStringList &designations)
{
    QStringList labels;
    for (const QString &d : designations)
        labels << designationLabel(d);
    return labels.join(QStringLiteral(", "));
}

EnrolmentStart EnrolmentStart::fromJson(const QJsonObject &json)
{
    return {str(json, QLatin1StringView("totp_uri"))};
}

QString EnrolmentStart::secret() const
{
    if (totpUri.isEmpty())
        return {};
    return QUrlQuery(QUrl(totpUri).query()).queryItemValue(QStringLiteral("secret"));
}

PasswordChange PasswordChange::fromJson(const QJsonObject &json)
{
    return {json.value(QLatin1StringView("ended_sessions")).toInt()};
}

} // namespace cc::client
