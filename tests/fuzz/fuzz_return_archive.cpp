// Fuzz target: the return archive reader (compliancectl archive open), which must refuse a
// hostile file quickly: its Argon2id cost is bounded before any key is derived.

#include "service/ReturnArchive.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    (void)cc::archive::open(QByteArray(reinterpret_cast<const char *>(data), qsizetype(size)),
                            QByteArrayLiteral("correct horse battery staple"));
    return 0;
}
