#pragma once

// The master key, wherever it lives: a versioned key file in the store directory (KeyRing) or
// a PKCS#11 token the key never leaves (TokenKey). Both seal the same blobs (layout in
// Aes256Gcm.h: format byte, key version, nonce, AES-256-GCM ciphertext and tag), so the store,
// key rotation and backups use either without asking which.

#include "Result.h"

#include <QByteArray>
#include <QList>
#include <QString>

namespace cc::crypto {

class MasterKey
{
public:
    virtual ~MasterKey() = default;

    // Seals under the current version; opens under the version the blob names. aad binds the
    // value to its place (fieldAad).
    virtual Result<QByteArray> seal(const QByteArray &plaintext, const QByteArray &aad) const = 0;
    virtual Result<QByteArray> open(const QByteArray &blob, const QByteArray &aad) const = 0;
    // The version seal() uses now; follows a rotation made by another process.
    virtual quint32 currentVersion() const = 0;
    // Where the key lives, for messages: "master key file …" or "PKCS#11 token "…"".
    virtual QString describe() const = 0;

    // Store calls these when its connection takes and lets go of SQLite's write lock. While
    // the lock is held no other process can retire a key version (a rotation retires under
    // that lock, store/KeyRotation), so a key that follows other processes' rotations may look
    // for one once while the lock is held, instead of on every seal().
    virtual void writeLockTaken() const { }
    virtual void writeLockReleased() const { }

    // Rotation (store/KeyRotation), on the key's home itself (the file read and written again,
    // the token's objects), so another process using the same key sees the change:
    // the versions held there now, ascending;
    virtual Result<QList<quint32>> storedVersions() = 0;
    // a new random version, which becomes the current one;
    virtual Result<quint32> addVersion() = 0;
    // a retired version removed for good (never the current one).
    virtual Result<void> retireVersion(quint32 version) = 0;

    // HKDF-SHA256 of one version's bytes (the audit signing key of a store made before key
    // rotation, audit/SigningKey). A key that never leaves its token has no bytes to derive
    // from: it refuses.
    virtual Result<QByteArray> deriveKey(quint32 version, const QByteArray &purpose,
                                         int length) const = 0;

    // Whether the key's bytes may be written out (compliancectl key export); the error says why
    // not and what to do instead.
    virtual Result<void> checkExportable() const = 0;
};

} // namespace cc::crypto
