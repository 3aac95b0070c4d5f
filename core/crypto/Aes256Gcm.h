#pragma once

// AES-256-GCM through OpenSSL EVP, and the key ring that seals values stored at rest.

#include "MasterKey.h"
#include "Result.h"

#include <QByteArray>
#include <QMap>
#include <QString>

struct stat; // <sys/stat.h>

namespace cc::crypto {

constexpr int kAesKeyBytes = 32;
constexpr int kGcmNonceBytes = 12;
constexpr int kGcmTagBytes = 16;

// A sealed value (KeyRing and TokenKey alike): format byte | key version (4 bytes, big endian)
// | nonce (12) | ciphertext | tag (16).
constexpr char kSealedBlobFormat = 'C';
constexpr int kSealedBlobHeaderBytes = 1 + 4 + kGcmNonceBytes;
constexpr int kSealedBlobMinBytes = kSealedBlobHeaderBytes + kGcmTagBytes;

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

// Holds the master key versions. seal() always uses the current (highest) version; open() reads
// the version from the blob, so values sealed with an older version stay readable until a
// rotation (store/KeyRotation) has sealed them again and retired that version.
// Blob layout: 'C' (format 1) | key version (4 bytes, big endian) | nonce (12) | ciphertext | tag
// (16)
//
// The key file (master.key, mode 0600), format 2, is text:
//   compliance-console master key file
//   format 2
//   current <version>
//   key <version> <base64 of 32 bytes>        (one line per version, ascending)
// The current version is the highest; the others are retired versions that sealed values may
// still use. Format 1, exactly 32 raw bytes, is read as version 1 (stores made before key
// rotation existed); Store::open rewrites it as format 2. Every write replaces the file
// atomically (a new file, fsync, rename, fsync of the directory), so a crash leaves the old
// file or the new one, never a mixture.
class KeyRing final : public MasterKey
{
public:
    KeyRing() = default;
    KeyRing(const KeyRing &) = delete;
    KeyRing &operator=(const KeyRing &) = delete;
    KeyRing(KeyRing &&other) noexcept;
    KeyRing &operator=(KeyRing &&other) noexcept;
    ~KeyRing() override; // wipes every key

    // Writes a new key file with one random key, version 1. Refuses to overwrite a file.
    static Result<void> createKeyFile(const QString &path);

    // Reads the key file (format 2, or format 1). Refuses a file readable or writable by group
    // or others, or one that does not parse; the message names the file and the problem. The
    // ring remembers the file: seal() and open() read it again when it was replaced, so a
    // server picks up a rotation made by compliancectl while it runs.
    static Result<KeyRing> loadKeyFile(const QString &path);
    // Parses the contents of a key file (either format); path only names it in messages.
    static Result<KeyRing> parseKeyFile(const QByteArray &contents, const QString &path);

    // The ring in format 2; the caller wipes it.
    QByteArray serialize() const;
    // Replaces path atomically with serialize(), mode 0600, synced to disk.
    Result<void> writeKeyFile(const QString &path) const;
    // True when loadKeyFile() read format 1 (the file wants rewriting as format 2).
    bool loadedLegacyFormat() const { return m_legacyFormat; }

    // Adds a key; the highest version becomes the current one. key must be 32 bytes: a key of
    // another size is ignored with a warning. The ring keeps (and later wipes) its own copy.
    void addKey(quint32 version, const QByteArray &key);
    // Adds a new random key one above the highest version, which becomes current.
    Result<quint32> addRandomKey();
    // Drops (and wipes) a retired version. The current version cannot be removed.
    Result<void> removeKey(quint32 version);
    quint32 currentVersion() const override;
    QList<quint32> versions() const;
    bool isEmpty() const;

    Result<QByteArray> seal(const QByteArray &plaintext, const QByteArray &aad) const override;
    Result<QByteArray> open(const QByteArray &blob, const QByteArray &aad) const override;
    // The version a sealed blob names; 0 for one that is not a sealed blob.
    static quint32 blobVersion(const QByteArray &blob);

    // HKDF-SHA256 of one key version's bytes, with purpose as the info. Only for keys that
    // were derived from the master key before they became keys of their own (the audit
    // signing key of a store made before key rotation); the caller wipes the result.
    Result<QByteArray> deriveKey(quint32 version, const QByteArray &purpose,
                                 int length) const override;

    QString describe() const override;
    // A ring read from a file changes the file (read again first) and then follows it; one
    // built in memory changes itself.
    Result<QList<quint32>> storedVersions() override;
    Result<quint32> addVersion() override;
    Result<void> retireVersion(quint32 version) override;
    Result<void> checkExportable() const override { return {}; }
    void writeLockTaken() const override;
    void writeLockReleased() const override;

private:
    // Reads the key file again when it was replaced since it was read (another process
    // rotated the key). Cheap when it was not: one stat().
    Result<void> refreshFromFile() const;

    // One key version's bytes and an identity no other key in the process ever has, so a
    // thread's cached key schedule (Aes256Gcm.cpp) is never taken for another key's, even one
    // that reuses the same memory.
    struct Key
    {
        QByteArray bytes;
        quint64 id = 0;
    };
    // Mutable: refreshFromFile() swaps them in from const seal()/open().
    mutable QMap<quint32, Key> m_keys;
    mutable quint32 m_current = 0;
    QString m_path; // empty: not read from a file
    // What tells a replaced key file from the one read (a rename gives a new inode), compared
    // on every seal() and open() without building anything.
    struct FileIdentity
    {
        quint64 device = 0;
        quint64 inode = 0;
        qint64 size = 0;
        qint64 changedSeconds = 0;
        qint64 changedNanoseconds = 0;
        bool operator==(const FileIdentity &) const = default;
    };
    static FileIdentity fileIdentity(const struct ::stat &info);
    mutable FileIdentity m_fileIdentity; // of what was read
    // While the store's write lock is held, seal() checks the file at its first call and then
    // skips its stat() (a tenth of an order ingest's CPU) until the lock is let go. A
    // transaction that seals nothing (a batch of reads) checks nothing.
    enum class WriteLock { Free, Held, HeldAndFileChecked };
    mutable WriteLock m_writeLock = WriteLock::Free;
    bool m_legacyFormat = false;
};

} // namespace cc::crypto
