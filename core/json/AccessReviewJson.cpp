#include "AccessReviewJson.h"

#include "Json.h"

namespace cc::json {

namespace {

Value text(const QString &value)
{
    return value.isEmpty() ? Value() : Value(value);
}

} // namespace

Object toJson(const AccessReview &r)
{
    const AccessReviewProgress &p = r.progress;
    return {
        {"id", r.id},
        {"title", r.title},
        {"status", r.status},
        {"started_by", r.startedBy},
        {"started_at", time(r.startedAt)},
        {"due_at", time(r.dueAt)},
        {"unreviewed_action", r.unreviewedAction},
        {"completed_at", time(r.completedAt)},
        {"completed_by", text(r.completedBy)},
        {"report_sha256", text(r.reportSha256)},
        {"progress",
         Object {{"total", p.total},
                 {"decided", p.decided},
                 {"kept", p.kept},
                 {"revoked", p.revoked},
                 {"unreviewed", p.unreviewed},
                 {"mine", p.mine},
                 {"mine_open", p.mineOpen}}},
    };
}

Object toJson(const AccessReviewItem &i)
{
    return {
        {"id", i.id},
        {"review_id", i.reviewId},
        {"kind", i.kind},
        {"user_id", i.userId},
        {"holder", i.holder},
        {"grant_id", i.grantId},
        {"role", text(i.role)},
        {"category", text(i.category)},
        {"client", text(i.client)},
        {"granted_by", text(i.grantedBy)},
        {"granted_at", time(i.grantedAt)},
        {"expires_at", time(i.expiresAt)},
        {"reviewer_id", i.reviewerId},
        {"reviewer", i.reviewer},
        {"decision", text(i.decision)},
        {"reason", text(i.reason)},
        {"decided_by", text(i.decidedBy)},
        {"decided_at", time(i.decidedAt)},
        {"outcome", text(i.outcome)},
        {"can_decide", i.canDecide},
        {"holder_last_sign_in_at", time(i.holderLastSignInAt)},
        {"grant_last_used_at", time(i.grantLastUsedAt)},
        {"earlier_grants", i.earlierGrants},
    };
}

Object toJson(const AccessReviewReport &report)
{
    Values items;
    for (const AccessReviewItem &i : report.items)
        items.emplace_back(toJson(i));
    return {
        {"review", toJson(report.review)},
        {"items", items},
        {"csv", QString::fromUtf8(report.csv)},
        {"csv_sha256", report.csvSha256},
    };
}

} // namespace cc::json
