#include "PasswordHash.h"

#include "Crypto.h"

#include <argon2.h>
#include <string>

#include <QRegularExpression>

namespace cc::crypto {

namespace {

constexpr int kSaltBytes = 16;
constexpr int kHashBytes = 32;
// An encoded hash from our own hashPassword() is about 100 characters. Anything much longer
// is not ours; refusing it early keeps the decoder away from absurd input.
constexpr qsizetype kMaxEncodedLength = 512;
// Generous ceilings for verifying (RFC 9106's first recommendation is 2 GiB, t=1).
constexpr quint64 kMaxMemoryKiB = 2 * 1024 * 1024;
constexpr quint64 kMaxTimeCost = 64;

} // namespace

Result<QString> hashPassword(const QByteArray &password, const Argon2Params &params)
{
    if (params.timeCost < ARGON2_MIN_TIME || params.parallelism < ARGON2_MIN_LANES
        || params.parallelism > ARGON2_MAX_LANES || params.memoryKiB < 8 * params.parallelism)
        return makeError(ErrorCode::InvalidInput,
                         QStringLiteral("invalid Argon2id parameters (t=%1, m=%2 KiB, p=%3): "
                                        "t and p must be at least 1 and m at least 8 * p")
                             .arg(params.timeCost)
                             .arg(params.memoryKiB)
                             .arg(params.parallelism));
    if (quint64(password.size()) > ARGON2_MAX_PWD_LENGTH)
        return makeError(ErrorCode::TooLarge, QStringLiteral("password is too long"));

    QByteArray salt = randomBytes(kSaltBytes);
    if (salt.size() != kSaltBytes)
        return makeError(ErrorCode::Internal,
                         QStringLiteral("cannot hash the password: the random generator failed"));

    const size_t encodedLength = argon2_encodedlen(
        params.timeCost, params.memoryKiB, params.parallelism, kSaltBytes, kHashBytes, Argon2_id);
    std::string encoded(encodedLength, '\0');
    const int rc
        = argon2id_hash_encoded(params.timeCost, params.memoryKiB, params.parallelism,
                                password.constData(), size_t(password.size()), salt.constData(),
                                size_t(salt.size()), kHashBytes, encoded.data(), encoded.size());
    if (rc != ARGON2_OK)
        return makeError(rc == ARGON2_MEMORY_ALLOCATION_ERROR ? ErrorCode::Unavailable
                                                              : ErrorCode::Internal,
                         QStringLiteral("Argon2id hashing failed: %1")
                             .arg(QString::fromUtf8(argon2_error_message(rc))));
    return QString::fromLatin1(encoded.c_str()); // NUL-terminated; the rest is padding
}

bool verifyPassword(const QString &encoded, const QByteArray &password)
{
    // Check the shape and bound the cost before libargon2 sees the string: a corrupted or
    // planted m=/t= value must not make one login allocate gigabytes or run for minutes.
    static const QRegularExpression shape(QStringLiteral(
        "^\\$argon2id\\$v=19\\$m=(\\d{1,10}),t=(\\d{1,10}),p=(\\d{1,3})\\$[A-Za-z0-9+/]+\\$"
        "[A-Za-z0-9+/]+$"));
    if (encoded.size() > kMaxEncodedLength)
        return false;
    const QRegularExpressionMatch match = shape.match(encoded);
    if (!match.hasMatch() || match.captured(1).toULongLong() > kMaxMemoryKiB
        || match.captured(2).toULongLong() > kMaxTimeCost
        || match.captured(3).toULongLong() > ARGON2_MAX_LANES)
        return false;
    const QByteArray encodedLatin1 = encoded.toLatin1();
    // argon2id_verify decodes the string (malformed → ARGON2_DECODING_FAIL and friends),
    // recomputes the hash with the stored parameters and compares in constant time.
    return argon2id_verify(encodedLatin1.constData(), password.constData(), size_t(password.size()))
        == ARGON2_OK;
}

} // namespace cc::crypto
