#pragma once

// JSON codecs for the order, retention and deletion request objects of API v1
// (docs/api.md, "Orders and retention").

#include "service/Orders.h"

#include <QJsonArray>
#include <QJsonObject>

namespace cc::json {

QString amount(qint64 cents); // 1234 -> "12.34"
// pii is null unless the order was read with an orders.pii grant.
QJsonObject toJson(const Order &order);
QJsonObject toJson(const AggregateRow &row);
QJsonObject toJson(const RetentionStatus &status, qint64 nowMs);
QJsonObject toJson(const SweepResult &sweep);
QJsonObject toJson(const DeletionRequest &request, qint64 nowMs);
QJsonArray toJson(const QList<orders::RecordError> &errors);

} // namespace cc::json
