// Fuzz target: an Amazon order batch (POST /orders and compliancectl orders import).

#include "domain/OrderBatch.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    cc::orders::parseBatch(QByteArray(reinterpret_cast<const char *>(data), qsizetype(size)));
    return 0;
}
