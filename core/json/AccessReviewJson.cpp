#include "AccessReviewJson.h"

#include "Json.h"

#include <QJsonArray>

namespace cc::json {

namespace {

QJsonValue text(const QString &value)
{
    return value.isEmpty() ? QJsonValue() : QJsonValue(value);
}

QJsonValue id(const std::optional<qint64> &value)
{
    return value ? QJsonValue(*value) : QJsonValue();
}

} // namespace

QJsonObject toJson(const AccessReview &r)
{
    const AccessReviewProgress &p = r.progress;
    return {
        {QStringLiteral("id"), r.id},
        {QStringLiteral("title"), r.title},
        {QStringLiteral("status"), r.status},
        {QStringLiteral("started_by"), r.startedBy},
        {QStringLiteral("started_at"), time(r.startedAt)},
        {QStringLiteral("due_at"), time(r.dueAt)},
        {QStringLiteral("unreviewed_action"), r.unreviewedAction},
        {QStringLiteral("completed_at"), time(r.completedAt)},
        {QStringLiteral("completed_by"), text(r.completedBy)},
        {QStringLiteral("report_sha256"), text(r.reportSha256)},
        {QStringLiteral("progress"),
         QJsonObject {{QStringLiteral("total"), p.total},
                      {QStringLiteral("decided"), p.decided},
                      {QStringLiteral("kept"), p.kept},
                      {QStringLiteral("revoked"), p.revoked},
                      {QStringLiteral("unreviewed"), p.unreviewed},
                      {QStringLiteral("mine"), p.mine},
                      {QStringLiteral("mine_open"), p.mineOpen}}},
    };
}

QJsonObject toJson(const AccessReviewItem &i)
{
    return {
        {QStringLiteral("id"), i.id},
        {QStringLiteral("review_id"), i.reviewId},
        {QStringLiteral("kind"), i.kind},
        {QStringLiteral("user_id"), i.userId},
        {QStringLiteral("holder"), i.holder},
        {QStringLiteral("grant_id"), id(i.grantId)},
        {QStringLiteral("role"), text(i.role)},
        {QStringLiteral("category"), text(i.category)},
        {QStringLiteral("client"), text(i.client)},
        {QStringLiteral("granted_by"), text(i.grantedBy)},
        {QStringLiteral("granted_at"), time(i.grantedAt)},
        {QStringLiteral("expires_at"), time(i.expiresAt)},
        {QStringLiteral("reviewer_id"), i.reviewerId},
        {QStringLiteral("reviewer"), i.reviewer},
        {QStringLiteral("decision"), text(i.decision)},
        {QStringLiteral("reason"), text(i.reason)},
        {QStringLiteral("decided_by"), text(i.decidedBy)},
        {QStringLiteral("decided_at"), time(i.decidedAt)},
        {QStringLiteral("outcome"), text(i.outcome)},
        {QStringLiteral("can_decide"), i.canDecide},
    };
}

QJsonObject toJson(const AccessReviewReport &report)
{
    QJsonArray items;
    for (const AccessReviewItem &i : report.items)
        items.append(toJson(i));
    return {
        {QStringLiteral("review"), toJson(report.review)},
        {QStringLiteral("items"), items},
        {QStringLiteral("csv"), QString::fromUtf8(report.csv)},
        {QStringLiteral("csv_sha256"), report.csvSha256},
    };
}

} // namespace cc::json
