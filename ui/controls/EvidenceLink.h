#pragma once

// Where a control's evidence leads: the page that lists its records, with the filter the
// server named (docs/api.md, "Controls": object_type names the list, filter is its query
// string) in that page's own terms. The one place that knows which page shows which list.

#include "ControlTypes.h"
#include "widgets/Page.h"

namespace cc::ui {

// An empty page when no page of the console shows that kind of record.
Destination evidenceDestination(const client::ControlEvidence &evidence);

} // namespace cc::ui
