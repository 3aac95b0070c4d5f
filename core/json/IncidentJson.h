#pragma once

// JSON codecs for incidents (docs/api.md, "Incidents"): the incident with its clocks as of
// `nowMs`, and the detail with timeline, tasks and executive acknowledgements.

#include "domain/Policy.h"
#include "service/Incidents.h"

#include <QJsonObject>

namespace cc::json {

QJsonObject toJson(const Incident &incident, qint64 nowMs, const Policy &policy);
QJsonObject toJson(const IncidentDetail &detail, qint64 nowMs, const Policy &policy);

} // namespace cc::json
