#include "KeyDerivation.h"

#include "Crypto.h"

#include <argon2.h>

namespace cc::crypto {

namespace {
// Bounds for parameters read from an archive header, so a crafted file cannot ask for an
// absurd amount of memory or time.
constexpr quint32 kMaxMemoryKiB = 2 * 1024 * 1024;
constexpr quint32 kMaxTimeCost = 64;
} // namespace

Result<QByteArray> deriveKeyArgon2id(const QByteArray &passphrase, const QByteArray &salt,
                                     const KdfParams &params, int length)
{
    if (params.timeCost < ARGON2_MIN_TIME || params.timeCost > kMaxTimeCost
        || params.parallelism < ARGON2_MIN_LANES || params.parallelism > ARGON2_MAX_LANES
        || params.memoryKiB < 8 * params.parallelism || params.memoryKiB > kMaxMemoryKiB)
        return makeError(ErrorCode::InvalidInput,
                         QStringLiteral("invalid Argon2id parameters (t=%1, m=%2 KiB, p=%3)")
                             .arg(params.timeCost)
                             .arg(params.memoryKiB)
                             .arg(params.parallelism));
    if (salt.size() < ARGON2_MIN_SALT_LENGTH)
        return makeError(ErrorCode::InvalidInput,
                         QStringLiteral("the Argon2id salt must be at least %1 bytes")
                             .arg(ARGON2_MIN_SALT_LENGTH));
    if (length < 16 || length > 64)
        return makeError(ErrorCode::InvalidInput,
                         QStringLiteral("a derived key must be 16 to 64 bytes long"));
    QByteArray key(length, '\0');
    WipeOnExit keyWiped(key);
    const int rc
        = argon2id_hash_raw(params.timeCost, params.memoryKiB, params.parallelism,
                            passphrase.constData(), size_t(passphrase.size()), salt.constData(),
                            size_t(salt.size()), key.data(), size_t(key.size()));
    if (rc != ARGON2_OK)
        return makeError(rc == ARGON2_MEMORY_ALLOCATION_ERROR ? ErrorCode::Unavailable
                                                              : ErrorCode::Internal,
                         QStringLiteral("Argon2id key derivation failed: %1")
                             .arg(QString::fromUtf8(argon2_error_message(rc))));
    return keyWiped.release();
}

} // namespace cc::crypto
