#pragma once

// HOTP (RFC 4226) and TOTP (RFC 6238) through liboath, plus the provisioning URI that
// authenticator apps scan.

#include "Result.h"

#include <optional>

#include <QByteArray>
#include <QString>

namespace cc::crypto::totp {

enum class Algorithm { Sha1, Sha256, Sha512 };

constexpr int kSecretBytes = 20;
constexpr int kDefaultDigits = 6;
constexpr int kDefaultStepSeconds = 30;

QByteArray generateSecret(); // kSecretBytes random bytes
QString toBase32(const QByteArray &data); // RFC 4648, no padding
Result<QByteArray> fromBase32(const QString &text);

// otpauth://totp/<issuer>:<account>?secret=...&issuer=...&algorithm=SHA1&digits=6&period=30
QString provisioningUri(const QString &issuer, const QString &account, const QByteArray &secret);

Result<QString> hotp(const QByteArray &secret, quint64 counter, int digits = kDefaultDigits);
Result<QString> code(const QByteArray &secret, qint64 unixTime, int digits = kDefaultDigits,
                     int stepSeconds = kDefaultStepSeconds, Algorithm algorithm = Algorithm::Sha1);

// The time step (unixTime / step + drift) whose code matches, checking `window` steps either
// side; nullopt when none matches or when code is not exactly `digits` ASCII digits. SHA-1 only.
// Callers refuse a step at or below the last one used.
std::optional<qint64> matchingStep(const QByteArray &secret, const QString &code, qint64 unixTime,
                                   int window = 1, int digits = kDefaultDigits,
                                   int stepSeconds = kDefaultStepSeconds);

} // namespace cc::crypto::totp
