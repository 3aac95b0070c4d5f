#pragma once

// JSON codecs for the order, retention and deletion request objects of API v1
// (docs/api.md, "Orders and retention").

#include "JsonWriter.h"
#include "domain/OrderRecords.h"

namespace cc::json {

QString amount(qint64 cents); // 1234 -> "12.34"
// pii is null unless the order was read with an orders.pii grant.
Object toJson(const Order &order);
Object toJson(const AggregateRow &row);
Object toJson(const RetentionStatus &status, qint64 nowMs);
Object toJson(const SweepResult &sweep);
Object toJson(const DailyAggregate &row);
// "active": whether the hold applies at nowMs (not released, not past its until).
Object toJson(const LegalHold &hold, qint64 nowMs);
Object toJson(const DeletionRequest &request, qint64 nowMs);
Values toJson(const QList<orders::RecordError> &errors);

} // namespace cc::json
