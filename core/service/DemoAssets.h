#pragma once

// The demo store's asset inventory: about twenty-five assets of every kind, owned by the demo
// people, with review histories that leave some overdue, some due this week, some due soon.

#include "Result.h"

namespace cc {
class Store;
}

namespace cc::demo {

// Needs the demo people (demo::seed creates them first).
Result<int> seedAssets(Store &store);
// A few findings of the vulnerability register on them (one overdue, one resolved); after
// seedAssets.
Result<int> seedVulnerabilities(Store &store);

} // namespace cc::demo
