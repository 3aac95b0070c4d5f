#pragma once

// The demo store's Amazon orders: synthetic orders for the three demo clients, some with PII
// close to its retention deadline, some already purged by a sweep, and one open deletion
// request from Amazon counting down its 72 hours.

#include "Result.h"

namespace cc {
class Store;
}

namespace cc::demo {

// Returns how many orders were stored.
Result<int> seedOrders(Store &store);

} // namespace cc::demo
