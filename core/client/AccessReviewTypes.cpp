#include "AccessReviewTypes.h"

#include "ApiTypes.h"

#include <QJsonArray>

namespace cc::client {

namespace {

QString str(const QJsonObject &json, const char *key)
{
    return json.value(QLatin1StringView(key)).toString();
}

QDateTime time(const QJsonObject &json, const char *key)
{
    return parseTime(json.value(QLatin1StringView(key)));
}

} // namespace

AccessReview AccessReview::fromJson(const QJsonObject &json)
{
    AccessReview r;
    r.id = json.value(QLatin1StringView("id")).toInteger();
    r.title = str(json, "title");
    r.status = str(json, "status");
    r.startedBy = str(json, "started_by");
    r.startedAt = time(json, "started_at");
    r.dueAt = time(json, "due_at");
    r.unreviewedAction = str(json, "unreviewed_action");
    r.completedAt = time(json, "completed_at");
    r.completedBy = str(json, "completed_by");
    r.reportSha256 = str(json, "report_sha256");
    const QJsonObject p = json.value(QLatin1StringView("progress")).toObject();
    r.total = p.value(QLatin1StringView("total")).toInt();
    r.decided = p.value(QLatin1StringView("decided")).toInt();
    r.kept = p.value(QLatin1StringView("kept")).toInt();
    r.revoked = p.value(QLatin1StringView("revoked")).toInt();
    r.unreviewed = p.value(QLatin1StringView("unreviewed")).toInt();
    r.mine = p.value(QLatin1StringView("mine")).toInt();
    r.mineOpen = p.value(QLatin1StringView("mine_open")).toInt();
    return r;
}

QString AccessReviewItem::accessText() const
{
    if (kind == QLatin1String("grant"))
        return QStringLiteral("%1 of %2").arg(category, client);
    return QStringLiteral("role %1").arg(role);
}

AccessReviewItem AccessReviewItem::fromJson(const QJsonObject &json)
{
    AccessReviewItem i;
    i.id = json.value(QLatin1StringView("id")).toInteger();
    i.reviewId = json.value(QLatin1StringView("review_id")).toInteger();
    i.kind = str(json, "kind");
    i.userId = json.value(QLatin1StringView("user_id")).toInteger();
    i.holder = str(json, "holder");
    i.grantId = json.value(QLatin1StringView("grant_id")).toInteger();
    i.role = str(json, "role");
    i.category = str(json, "category");
    i.client = str(json, "client");
    i.grantedBy = str(json, "granted_by");
    i.grantedAt = time(json, "granted_at");
    i.expiresAt = time(json, "expires_at");
    i.reviewerId = json.value(QLatin1StringView("reviewer_id")).toInteger();
    i.reviewer = str(json, "reviewer");
    i.decision = str(json, "decision");
    i.reason = str(json, "reason");
    i.decidedBy = str(json, "decided_by");
    i.decidedAt = time(json, "decided_at");
    i.outcome = str(json, "outcome");
    i.canDecide = json.value(QLatin1StringView("can_decide")).toBool();
    i.holderLastSignInAt = time(json, "holder_last_sign_in_at");
    i.grantLastUsedAt = time(json, "grant_last_used_at");
    i.earlierGrants = json.value(QLatin1StringView("earlier_grants")).toInt();
    return i;
}

AccessReviewReport AccessReviewReport::fromJson(const QJsonObject &json)
{
    AccessReviewReport r;
    r.review = AccessReview::fromJson(json.value(QLatin1StringView("review")).toObject());
    for (const QJsonValue &v : json.value(QLatin1StringView("items")).toArray())
        r.items.append(AccessReviewItem::fromJson(v.toObject()));
    r.csv = str(json, "csv").toUtf8();
    r.csvSha256 = str(json, "csv_sha256");
    return r;
}

} // namespace cc::client
