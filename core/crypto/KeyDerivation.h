#pragma once

// Argon2id as a key derivation function (RFC 9106): a raw key from a passphrase and a salt,
// used to encrypt archives of returned Amazon data for a recipient who holds the passphrase.

#include "Result.h"

#include <QByteArray>

namespace cc::crypto {

struct KdfParams
{
    quint32 timeCost = 3;
    quint32 memoryKiB = 64 * 1024; // RFC 9106's second recommendation (memory-constrained)
    quint32 parallelism = 1;
};

// length bytes of key from passphrase and salt (salt at least 8 bytes). The caller wipes the
// key after use.
Result<QByteArray> deriveKeyArgon2id(const QByteArray &passphrase, const QByteArray &salt,
                                     const KdfParams &params, int length);

} // namespace cc::crypto
