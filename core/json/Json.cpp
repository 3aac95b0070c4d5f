#include "Json.h"

#include "audit/AuditExport.h"

#include <algorithm>

namespace cc::json {

namespace {

Value text(const QString &value)
{
    return value.isEmpty() ? Value() : Value(value);
}

Values approvals(const QList<RequestApproval> &list)
{
    Values items;
    items.reserve(size_t(list.size()));
    for (const RequestApproval &a : list)
        items.emplace_back(Object {{"username", a.username},
                                   {"display_name", a.displayName},
                                   {"at", audit::isoTime(a.at)},
                                   {"comment", text(a.comment)}});
    return items;
}

} // namespace

Value time(OptionalTime ms)
{
    return ms ? Value(audit::isoTime(*ms)) : Value();
}

Object toJson(const User &u)
{
    return {
        {"id", u.id},
        {"username", u.username},
        {"email", u.email},
        {"display_name", u.displayName},
        {"title", u.title},
        {"roles", u.roles},
        {"designations", u.designations},
        {"manager", text(u.manager)},
        {"status", u.status},
        {"totp_enrolled", u.totpEnrolled},
        {"created_at", time(u.createdAt)},
        {"offboarded_at", time(u.offboardedAt)},
        {"departure_at", time(u.departureAt)},
        {"access_revoked_at", time(u.accessRevokedAt)},
        // Seconds (millisecond precision) from the departure to the revocation; null until
        // both happened.
        {"departure_to_revocation_seconds",
         u.departureAt && u.accessRevokedAt
             ? Value(double(*u.accessRevokedAt - *u.departureAt) / 1000.0)
             : Value()},
        {"enrolment_pending", text(u.enrolmentPending)},
        {"enrolment_expires_at", time(u.enrolmentExpiresAt)},
        {"enrolment_delivery", text(u.enrolmentDelivery)},
        {"enrolment_issued_by", text(u.enrolmentIssuedBy)},
        {"credentials_suspended", u.credentialsResetAt.has_value()},
        {"credentials_reset_at", time(u.credentialsResetAt)},
        {"locked_until", time(u.lockedUntil)},
    };
}

Object toJson(const AccessRequest &r)
{
    return {
        {"id", r.id},
        {"requester_id", r.requesterId},
        {"requester_username", r.requesterUsername},
        {"requester_name", r.requesterName},
        {"requester_totp_enrolled", r.requesterTotpEnrolled},
        {"category", r.category},
        {"client", r.client},
        {"reason", r.reason},
        {"scope", Object {{"order_ids", r.orderIds}}},
        {"duration_hours", r.durationHours},
        {"status", r.status},
        {"created_at", time(r.createdAt)},
        {"decided_by_username", text(r.decidedByUsername)},
        {"decided_at", time(r.decidedAt)},
        {"decision_comment", text(r.decisionComment)},
        {"grant_id", r.grantId},
        {"approvals", approvals(r.approvals)},
        {"approvals_required", r.approvalsRequired},
        {"can_decide", r.canDecide},
        {"cannot_decide_reason", text(r.cannotDecideReason)},
    };
}

Object toJson(const Grant &g, qint64 nowMs)
{
    return {
        {"id", g.id},
        {"request_id", g.requestId},
        {"user_id", g.userId},
        {"username", g.username},
        {"display_name", g.displayName},
        {"category", g.category},
        {"client", g.client},
        {"reason", g.reason},
        {"scope", Object {{"order_ids", g.orderIds}}},
        {"granted_by_username", g.grantedByUsername},
        {"granted_at", time(g.grantedAt)},
        {"expires_at", time(g.expiresAt)},
        {"revoked_at", time(g.revokedAt)},
        {"revoked_by_username", text(g.revokedByUsername)},
        {"revoke_reason", text(g.revokeReason)},
        {"approved_by_usernames", g.approvedByUsernames},
        {"status", g.status(nowMs)},
        {"suspended", g.suspended},
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

Value date(const QDate &d)
{
    return d.isValid() ? Value(isoDate(d)) : Value();
}

} // namespace

Object toJson(const Asset &a, const QDate &today, const Policy &policy)
{
    const bool retired = a.status == QLatin1String("retired");
    return {
        {"id", a.id},
        {"name", a.name},
        {"kind", a.kind},
        {"owner_id", a.ownerId},
        {"owner", a.ownerUsername},
        {"owner_name", a.ownerName},
        {"location", a.location},
        {"description", a.description},
        {"holds_amazon_data", a.holdsAmazonData},
        {"holds_pii", a.holdsPii},
        {"status", a.status},
        {"created_at", time(a.createdAt)},
        {"last_review", date(a.lastReview)},
        {"next_review_due", date(a.nextReviewDue)},
        {"state", reviewStateName(reviewState(a.nextReviewDue, today, retired, policy))},
        {"days_until_due", daysUntilDue(a.nextReviewDue, today)},
        {"needs_reassignment", a.needsReassignment},
    };
}

Object toJson(const AssetReview &r)
{
    return {
        {"id", r.id},
        {"asset_id", r.assetId},
        {"reviewer", r.reviewer},
        {"reviewer_name", r.reviewerName},
        {"date", date(r.date)},
        {"outcome", r.outcome},
        {"note", r.note},
        {"recorded_at", time(r.recordedAt)},
        {"next_review_due", date(r.nextReviewDue)},
    };
}

Object toJson(const Notification &n)
{
    return {
        {"id", n.id},
        {"kind", n.kind},
        {"asset_id", n.assetId},
        {"threshold", n.threshold},
        {"due_date", n.dueDate},
        {"title", n.title},
        {"body", n.body},
        {"created_at", time(n.createdAt)},
        {"read_at", time(n.readAt)},
        {"read", n.readAt.has_value()},
        {"incident_id", n.incidentId},
        {"alert_id", n.alertId},
    };
}

} // namespace cc::json
