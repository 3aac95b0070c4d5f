#include "Json.h"

#include "audit/AuditExport.h"

#include <algorithm>
#include <cstdio>
#include <ctime>

#include <QDateTime>

namespace cc::json {

namespace {

QJsonValue text(const QString &value)
{
    return value.isEmpty() ? QJsonValue() : QJsonValue(value);
}

} // namespace

QJsonValue time(OptionalTime ms)
{
    if (!ms)
        return QJsonValue();
    // Formatted by hand: QDateTime::toString was a tenth of the server's time on list pages.
    const time_t seconds = time_t(*ms / 1000 - (*ms % 1000 < 0 ? 1 : 0));
    struct tm utc;
    if (!gmtime_r(&seconds, &utc))
        return QJsonValue();
    char text[32];
    const int length
        = std::snprintf(text, sizeof text, "%04d-%02d-%02dT%02d:%02d:%02dZ", utc.tm_year + 1900,
                        utc.tm_mon + 1, utc.tm_mday, utc.tm_hour, utc.tm_min, utc.tm_sec);
    return QString::fromLatin1(text, length);
}

QJsonObject toJson(const User &u)
{
    return {
        {QStringLiteral("id"), u.id},
        {QStringLiteral("username"), u.username},
        {QStringLiteral("email"), u.email},
        {QStringLiteral("display_name"), u.displayName},
        {QStringLiteral("title"), u.title},
        {QStringLiteral("roles"), QJsonArray::fromStringList(u.roles)},
        {QStringLiteral("status"), u.status},
        {QStringLiteral("totp_enrolled"), u.totpEnrolled},
        {QStringLiteral("created_at"), time(u.createdAt)},
        {QStringLiteral("offboarded_at"), time(u.offboardedAt)},
    };
}

QJsonObject toJson(const AccessRequest &r)
{
    return {
        {QStringLiteral("id"), r.id},
        {QStringLiteral("requester_id"), r.requesterId},
        {QStringLiteral("requester_username"), r.requesterUsername},
        {QStringLiteral("requester_name"), r.requesterName},
        {QStringLiteral("requester_totp_enrolled"), r.requesterTotpEnrolled},
        {QStringLiteral("category"), r.category},
        {QStringLiteral("client"), r.client},
        {QStringLiteral("reason"), r.reason},
        {QStringLiteral("duration_hours"), r.durationHours},
        {QStringLiteral("status"), r.status},
        {QStringLiteral("created_at"), time(r.createdAt)},
        {QStringLiteral("decided_by_username"), text(r.decidedByUsername)},
        {QStringLiteral("decided_at"), time(r.decidedAt)},
        {QStringLiteral("decision_comment"), text(r.decisionComment)},
        {QStringLiteral("grant_id"), r.grantId ? QJsonValue(*r.grantId) : QJsonValue()},
    };
}

QJsonObject toJson(const Grant &g, qint64 nowMs)
{
    return {
        {QStringLiteral("id"), g.id},
        {QStringLiteral("request_id"), g.requestId},
        {QStringLiteral("user_id"), g.userId},
        {QStringLiteral("username"), g.username},
        {QStringLiteral("display_name"), g.displayName},
        {QStringLiteral("category"), g.category},
        {QStringLiteral("client"), g.client},
        {QStringLiteral("reason"), g.reason},
        {QStringLiteral("granted_by_username"), g.grantedByUsername},
        {QStringLiteral("granted_at"), time(g.grantedAt)},
        {QStringLiteral("expires_at"), time(g.expiresAt)},
        {QStringLiteral("revoked_at"), time(g.revokedAt)},
        {QStringLiteral("revoked_by_username"), text(g.revokedByUsername)},
        {QStringLiteral("revoke_reason"), text(g.revokeReason)},
        {QStringLiteral("status"), g.status(nowMs)},
    };
}

QJsonObject toJson(const AuditEvent &e)
{
    // One definition for the API and the evidence export (core/audit/AuditExport.cpp).
    return audit::toJson(e);
}

QJsonArray toJson(const QSet<QString> &permissions)
{
    QStringList sorted(permissions.begin(), permissions.end());
    std::sort(sorted.begin(), sorted.end());
    return QJsonArray::fromStringList(sorted);
}

namespace {

QJsonValue date(const QDate &d)
{
    return d.isValid() ? QJsonValue(isoDate(d)) : QJsonValue();
}

} // namespace

QJsonObject toJson(const Asset &a, const QDate &today, const Policy &policy)
{
    const bool retired = a.status == QLatin1String("retired");
    return {
        {QStringLiteral("id"), a.id},
        {QStringLiteral("name"), a.name},
        {QStringLiteral("kind"), a.kind},
        {QStringLiteral("owner_id"), a.ownerId},
        {QStringLiteral("owner"), a.ownerUsername},
        {QStringLiteral("owner_name"), a.ownerName},
        {QStringLiteral("location"), a.location},
        {QStringLiteral("description"), a.description},
        {QStringLiteral("holds_amazon_data"), a.holdsAmazonData},
        {QStringLiteral("holds_pii"), a.holdsPii},
        {QStringLiteral("status"), a.status},
        {QStringLiteral("created_at"), time(a.createdAt)},
        {QStringLiteral("last_review"), date(a.lastReview)},
        {QStringLiteral("next_review_due"), date(a.nextReviewDue)},
        {QStringLiteral("state"),
         reviewStateName(reviewState(a.nextReviewDue, today, retired, policy))},
        {QStringLiteral("days_until_due"), daysUntilDue(a.nextReviewDue, today)},
    };
}

QJsonObject toJson(const AssetReview &r)
{
    return {
        {QStringLiteral("id"), r.id},
        {QStringLiteral("asset_id"), r.assetId},
        {QStringLiteral("reviewer"), r.reviewer},
        {QStringLiteral("reviewer_name"), r.reviewerName},
        {QStringLiteral("date"), date(r.date)},
        {QStringLiteral("outcome"), r.outcome},
        {QStringLiteral("note"), r.note},
        {QStringLiteral("recorded_at"), time(r.recordedAt)},
        {QStringLiteral("next_review_due"), date(r.nextReviewDue)},
    };
}

QJsonObject toJson(const Notification &n)
{
    return {
        {QStringLiteral("id"), n.id},
        {QStringLiteral("kind"), n.kind},
        {QStringLiteral("asset_id"), n.assetId ? QJsonValue(*n.assetId) : QJsonValue()},
        {QStringLiteral("threshold"), n.threshold},
        {QStringLiteral("due_date"), n.dueDate},
        {QStringLiteral("title"), n.title},
        {QStringLiteral("body"), n.body},
        {QStringLiteral("created_at"), time(n.createdAt)},
        {QStringLiteral("read_at"), time(n.readAt)},
        {QStringLiteral("read"), n.readAt.has_value()},
        {QStringLiteral("incident_id"), n.incidentId ? QJsonValue(*n.incidentId) : QJsonValue()},
    };
}

} // namespace cc::json
