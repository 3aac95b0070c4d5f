#pragma once

// JSON codecs for incidents (docs/api.md, "Incidents"): the incident with its clocks as of
// `nowMs`, and the detail with timeline, tasks and executive acknowledgements.

#include "JsonWriter.h"
#include "domain/IncidentRecords.h"
#include "domain/Policy.h"

namespace cc::json {

Object toJson(const Incident &incident, qint64 nowMs, const Policy &policy);
Object toJson(const IncidentDetail &detail, qint64 nowMs, const Policy &policy);

} // namespace cc::json
