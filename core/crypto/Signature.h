#pragma once

// Ed25519 signatures (RFC 8032) and HKDF-SHA256 (RFC 5869). The server signs audit
// checkpoints and evidence exports with a key derived from its master key; anyone holding the
// public key (the console, an auditor with compliancectl) can check them without any secret.

#include "Result.h"

#include <QByteArray>
#include <QString>

namespace cc::crypto {

constexpr int kEd25519SeedBytes = 32; // the private key
constexpr int kEd25519PublicKeyBytes = 32;
constexpr int kEd25519SignatureBytes = 64;

Result<QByteArray> ed25519PublicKey(const QByteArray &seed);
Result<QByteArray> ed25519Sign(const QByteArray &seed, const QByteArray &message);
// False for a wrong signature, a malformed key or signature alike.
bool ed25519Verify(const QByteArray &publicKey, const QByteArray &message,
                   const QByteArray &signature);

// A short name for a public key in messages and records: the first 16 bytes of its SHA-256,
// in hex.
QString keyFingerprint(const QByteArray &publicKey);

// length bytes (at most 255 * 32) from input key material; the caller wipes the result.
Result<QByteArray> hkdfSha256(const QByteArray &key, const QByteArray &salt, const QByteArray &info,
                              int length);

} // namespace cc::crypto
