#pragma once

// JSON codecs for access reviews (docs/api.md, "Access reviews").

#include "JsonWriter.h"
#include "domain/AccessReviewRecords.h"

namespace cc::json {

Object toJson(const AccessReview &review);
Object toJson(const AccessReviewItem &item);
// The report: the campaign, every item, and the CSV the server serves with its SHA-256, so
// the console saves exactly the bytes whose hash the campaign records.
Object toJson(const AccessReviewReport &report);

} // namespace cc::json
