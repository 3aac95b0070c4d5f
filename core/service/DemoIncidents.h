#pragma once

// The demo store's incidents: a breach involving Amazon data that the CTO has acknowledged and
// the CEO has not yet, and a few others across the workflow's statuses.

#include "Result.h"

namespace cc {
class Store;
}

namespace cc::demo {

// Needs the demo people (demo::seed creates them first).
Result<int> seedIncidents(Store &store);

} // namespace cc::demo
