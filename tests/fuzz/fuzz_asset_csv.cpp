// Fuzz target: the asset inventory CSV import (console upload and compliancectl assets import).

#include "domain/AssetCsv.h"

#include <QDate>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    cc::csv::ParsedAssets parsed = cc::csv::parseAssets(bytes, QDate(2026, 6, 15));
    cc::csv::describeErrors(parsed.errors);
    return 0;
}
