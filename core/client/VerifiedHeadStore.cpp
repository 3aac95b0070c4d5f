#include "VerifiedHeadStore.h"

namespace cc::client {

VerifiedHeadStore::~VerifiedHeadStore() = default;

} // namespace cc::client
