#pragma once

// The archive in which Amazon data is returned to Amazon: the JSON document of the data in
// scope, encrypted with AES-256-GCM under a key derived by Argon2id from a passphrase agreed
// with the recipient. Layout (one JSON object, UTF-8):
//   {"format": "compliance-archive-1", "kdf": {"name": "argon2id", "t", "m", "p", "salt"},
//    "cipher": "aes-256-gcm", "nonce", "ciphertext", "tag"}   (binary fields in base64)
// The format string and the KDF parameters are authenticated as AAD. Opened with
// `compliancectl archive open --passphrase-stdin FILE`.

#include "Result.h"
#include "crypto/KeyDerivation.h"

#include <QByteArray>

namespace cc::archive {

Result<QByteArray> seal(const QByteArray &plaintext, const QByteArray &passphrase,
                        const crypto::KdfParams &params = {});
Result<QByteArray> open(const QByteArray &archive, const QByteArray &passphrase);

} // namespace cc::archive
