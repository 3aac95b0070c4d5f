#pragma once

// AES-256-GCM through OpenSSL EVP, and the key ring that seals values stored at rest.

#include "Result.h"

#include <QByteArray>
#include <QMap>
#include <QString>

namespace cc::crypto {

constexpr int kAesKeyBytes = 32;
constexpr int kGcmNonceBytes = 12;
constexpr int kGcmTagBytes = 16;

struct GcmSealed
{
    QByteArray ciphertext;
    QByteArray tag; // 16 bytes
};

// Raw primitives, exposed for the published test vectors and the benchmark.
// key: 32 bytes; nonce: any non-empty length (GCM spec cases use 12 and 60/8 bytes).
Result<GcmSealed> gcmEncrypt(const QByteArray &key, const QByteArray &nonce, const QByteArray &aad,
                             const QByteArray &plaintext);
// Fails (ErrorCode::InvalidInput, "authentication failed") when the tag does not match.
Result<QByteArray> gcmDecrypt(const QByteArray &key, const QByteArray &nonce, const QByteArray &aad,
                              const QByteArray &ciphertext, const QByteArray &tag);

// Additional authenticated data that binds a stored value to its table, column and row, so a
// ciphertext copied to another row or column fails to open. The encoding is
// "cc1|<UTF-8 length>:<table>|<UTF-8 length>:<column>|<rowId>" and must never change.
QByteArray fieldAad(const QString &table, const QString &column, qint64 rowId);

// Holds the data keys by version. seal() always uses the current version; open() reads the
// version from the blob, so older values stay readable after a rotation.
// Blob layout: 'C' (format 1) | key version (4 bytes, big endian) | nonce (12) | ciphertext | tag
// (16)
class KeyRing
{
public:
    KeyRing() = default;
    KeyRing(const KeyRing &) = delete;
    KeyRing &operator=(const KeyRing &) = delete;
    KeyRing(KeyRing &&other) noexcept;
    KeyRing &operator=(KeyRing &&other) noexcept;
    ~KeyRing(); // wipes every key

    // Writes a new random 32-byte master key to path, created with mode 0600.
    // Refuses to overwrite an existing file.
    static Result<void> createKeyFile(const QString &path);

    // Reads the key file. Refuses a file readable or writable by group or others, or one that
    // is not exactly 32 bytes; the message names the file and the problem.
    static Result<KeyRing> loadKeyFile(const QString &path);

    // Adds a key; the highest version becomes the current one. key must be 32 bytes: a key of
    // another size is ignored with a warning. The ring keeps (and later wipes) its own copy.
    void addKey(quint32 version, const QByteArray &key);
    quint32 currentVersion() const { return m_current; }
    bool isEmpty() const { return m_keys.isEmpty(); }

    Result<QByteArray> seal(const QByteArray &plaintext, const QByteArray &aad) const;
    Result<QByteArray> open(const QByteArray &blob, const QByteArray &aad) const;

    // A key for another purpose (HKDF-SHA256 of the current data key, with purpose as the
    // info), so the store needs no second secret file: e.g. the audit checkpoint signing key.
    // The caller wipes it after use.
    Result<QByteArray> deriveKey(const QByteArray &purpose, int length) const;

private:
    QMap<quint32, QByteArray> m_keys;
    quint32 m_current = 0;
};

} // namespace cc::crypto
