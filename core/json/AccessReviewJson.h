#pragma once

// JSON codecs for access reviews (docs/api.md, "Access reviews").

#include "service/AccessReviews.h"

#include <QJsonObject>

namespace cc::json {

QJsonObject toJson(const AccessReview &review);
QJsonObject toJson(const AccessReviewItem &item);
// The report: the campaign, every item, and the CSV the server serves with its SHA-256, so
// the console saves exactly the bytes whose hash the campaign records.
QJsonObject toJson(const AccessReviewReport &report);

} // namespace cc::json
