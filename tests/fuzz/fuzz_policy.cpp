// Fuzz target: <data dir>/policy.json, and the database URL given on every command line.

#include "domain/Policy.h"
#include "store/Dialect.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    (void)cc::Policy::fromJson(bytes);
    (void)cc::DatabaseUrl::parse(QString::fromUtf8(bytes));
    return 0;
}
