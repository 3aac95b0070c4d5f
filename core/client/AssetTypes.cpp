#include "AssetTypes.h"

#include "ApiTypes.h"

namespace cc::client {

namespace {

QDate isoDate(const QJsonValue &value)
{
    return QDate::fromString(value.toString(), Qt::ISODate);
}

} // namespace

Asset Asset::fromJson(const QJsonObject &j)
{
    Asset a;
    a.id = j.value(QLatin1StringView("id")).toInteger();
    a.name = j.value(QLatin1StringView("name")).toString();
    a.kind = j.value(QLatin1StringView("kind")).toString();
    a.ownerId = j.value(QLatin1StringView("owner_id")).toInteger();
    a.owner = j.value(QLatin1StringView("owner")).toString();
    a.ownerName = j.value(QLatin1StringView("owner_name")).toString();
    a.location = j.value(QLatin1StringView("location")).toString();
    a.description = j.value(QLatin1StringView("description")).toString();
    a.holdsAmazonData = j.value(QLatin1StringView("holds_amazon_data")).toBool();
    a.holdsPii = j.value(QLatin1StringView("holds_pii")).toBool();
    a.status = j.value(QLatin1StringView("status")).toString();
    a.createdAt = parseTime(j.value(QLatin1StringView("created_at")));
    a.lastReview = isoDate(j.value(QLatin1StringView("last_review")));
    a.nextReviewDue = isoDate(j.value(QLatin1StringView("next_review_due")));
    a.state = j.value(QLatin1StringView("state")).toString();
    a.daysUntilDue = j.value(QLatin1StringView("days_until_due")).toInteger();
    a.needsReassignment = j.value(QLatin1StringView("needs_reassignment")).toBool();
    return a;
}

AssetReview AssetReview::fromJson(const QJsonObject &j)
{
    AssetReview r;
    r.id = j.value(QLatin1StringView("id")).toInteger();
    r.reviewer = j.value(QLatin1StringView("reviewer")).toString();
    r.reviewerName = j.value(QLatin1StringView("reviewer_name")).toString();
    r.date = isoDate(j.value(QLatin1StringView("date")));
    r.outcome = j.value(QLatin1StringView("outcome")).toString();
    r.note = j.value(QLatin1StringView("note")).toString();
    r.nextReviewDue = isoDate(j.value(QLatin1StringView("next_review_due")));
    return r;
}

Notification Notification::fromJson(const QJsonObject &j)
{
    Notification n;
    n.id = j.value(QLatin1StringView("id")).toInteger();
    n.kind = j.value(QLatin1StringView("kind")).toString();
    n.assetId = j.value(QLatin1StringView("asset_id")).toInteger();
    n.incidentId = j.value(QLatin1StringView("incident_id")).toInteger();
    n.alertId = j.value(QLatin1StringView("alert_id")).toInteger();
    n.threshold = j.value(QLatin1StringView("threshold")).toString();
    n.title = j.value(QLatin1StringView("title")).toString();
    n.body = j.value(QLatin1StringView("body")).toString();
    n.createdAt = parseTime(j.value(QLatin1StringView("created_at")));
    n.read = j.value(QLatin1StringView("read")).toBool();
    return n;
}

} // namespace cc::client
