#pragma once

// Argon2id password hashing (libargon2), stored in the PHC encoded form.

#include "Result.h"

#include <QByteArray>
#include <QString>

namespace cc::crypto {

struct Argon2Params
{
    quint32 timeCost = 2;
    quint32 memoryKiB = 19 * 1024; // OWASP's minimum recommendation for Argon2id
    quint32 parallelism = 1;
};

// "$argon2id$v=19$m=...,t=...,p=...$salt$hash" with a random 16-byte salt.
Result<QString> hashPassword(const QByteArray &password, const Argon2Params &params = {});
// False for a wrong password and for a malformed encoded hash.
bool verifyPassword(const QString &encoded, const QByteArray &password);

} // namespace cc::crypto
