#include "Aes256Gcm.h"

#include "Crypto.h"
#include "Signature.h"

#include <cerrno>
#include <climits>
#include <cstring>
#include <fcntl.h>
#include <memory>
#include <openssl/err.h>
#include <openssl/evp.h>
#include <openssl/rand.h>
#include <sys/stat.h>
#include <unistd.h>
#include <utility>

#include <QFile>
#include <QFileInfo>
#include <QLoggingCategory>
#include <QStringList>
#include <QtEndian>

namespace cc::crypto {

namespace {

Q_LOGGING_CATEGORY(lcCrypto, "compliance.crypto")

constexpr char kBlobFormat = 'C';
constexpr int kBlobHeaderBytes = 1 + 4 + kGcmNonceBytes;
constexpr int kBlobMinBytes = kBlobHeaderBytes + kGcmTagBytes;
constexpr quint32 kKeyFileVersion = 1;

using CipherCtx = std::unique_ptr<EVP_CIPHER_CTX, decltype(&EVP_CIPHER_CTX_free)>;

// Fetched once: OpenSSL 3 otherwise looks the algorithm up in the provider on every init, which
// costs about as much as sealing a short value. Kept for the life of the process.
const EVP_CIPHER *aes256Gcm()
{
    static EVP_CIPHER *const cipher = EVP_CIPHER_fetch(nullptr, "AES-256-GCM", nullptr);
    return cipher;
}

CipherCtx newCipherCtx()
{
    return CipherCtx(EVP_CIPHER_CTX_new(), &EVP_CIPHER_CTX_free);
}

const unsigned char *bytes(const QByteArray &data)
{
    return reinterpret_cast<const unsigned char *>(data.constData());
}

Error openSslError(const char *operation)
{
    char text[256] = "unknown error";
    if (const unsigned long code = ERR_get_error())
        ERR_error_string_n(code, text, sizeof text);
    ERR_clear_error();
    return makeError(ErrorCode::Internal,
                     QStringLiteral("AES-256-GCM %1 failed in OpenSSL: %2")
                         .arg(QLatin1String(operation), QString::fromUtf8(text)));
}

// EVP takes int lengths; a sealed blob adds kBlobMinBytes to the plaintext.
Result<void> checkSizes(const QByteArray &aad, const QByteArray &data)
{
    if (aad.size() > INT_MAX || data.size() > INT_MAX - kBlobMinBytes)
        return makeError(ErrorCode::TooLarge,
                         QStringLiteral("AES-256-GCM input is larger than 2 GiB"));
    return {};
}

Result<void> checkInputs(const QByteArray &key, const QByteArray &nonce, const QByteArray &aad,
                         const QByteArray &data)
{
    if (key.size() != kAesKeyBytes)
        return makeError(ErrorCode::InvalidInput,
                         QStringLiteral("AES-256-GCM key must be %1 bytes, got %2")
                             .arg(kAesKeyBytes)
                             .arg(key.size()));
    if (nonce.isEmpty())
        return makeError(ErrorCode::InvalidInput,
                         QStringLiteral("AES-256-GCM nonce must not be empty"));
    if (nonce.size() > INT_MAX)
        return makeError(ErrorCode::TooLarge, QStringLiteral("AES-256-GCM nonce is too long"));
    return checkSizes(aad, data);
}

Error authenticationFailed()
{
    return makeError(
        ErrorCode::InvalidInput,
        QStringLiteral("authentication failed: the value was altered or belongs to another field"));
}

// One GCM pass on a fresh context. The IV length is set before the IV itself so that nonces
// other than 12 bytes (GCM spec test cases 17 and 18) are used whole. Output goes straight to
// the caller's buffer, so KeyRing::seal() writes the blob without an intermediate copy.
// Encrypting writes the tag to `tag`; decrypting checks it and fails with the authentication
// error. Inputs must have passed checkInputs().
Result<void> gcmRun(bool encrypt, const QByteArray &key, const QByteArray &nonce,
                    const QByteArray &aad, const char *input, qsizetype inputSize, char *output,
                    unsigned char (&tag)[kGcmTagBytes])
{
    const char *what = encrypt ? "encryption" : "decryption";
    const EVP_CIPHER *cipher = aes256Gcm();
    const CipherCtx ctx = newCipherCtx();
    if (!cipher || !ctx
        || EVP_CipherInit_ex2(ctx.get(), cipher, nullptr, nullptr, encrypt, nullptr) != 1
        || EVP_CIPHER_CTX_ctrl(ctx.get(), EVP_CTRL_GCM_SET_IVLEN, int(nonce.size()), nullptr) != 1
        || EVP_CipherInit_ex2(ctx.get(), nullptr, bytes(key), bytes(nonce), encrypt, nullptr) != 1)
        return openSslError(what);

    int length = 0;
    if (!aad.isEmpty()
        && EVP_CipherUpdate(ctx.get(), nullptr, &length, bytes(aad), int(aad.size())) != 1)
        return openSslError(what);
    if (inputSize > 0
        && (EVP_CipherUpdate(ctx.get(), reinterpret_cast<unsigned char *>(output), &length,
                             reinterpret_cast<const unsigned char *>(input), int(inputSize))
                != 1
            || length != inputSize))
        return openSslError(what);

    // GCM is a stream mode: final writes no bytes; it completes or checks the tag.
    unsigned char tail[16];
    if (encrypt) {
        if (EVP_CipherFinal_ex(ctx.get(), tail, &length) != 1
            || EVP_CIPHER_CTX_ctrl(ctx.get(), EVP_CTRL_GCM_GET_TAG, kGcmTagBytes, tag) != 1)
            return openSslError(what);
        return {};
    }
    if (EVP_CIPHER_CTX_ctrl(ctx.get(), EVP_CTRL_GCM_SET_TAG, kGcmTagBytes, tag) != 1
        || EVP_CipherFinal_ex(ctx.get(), tail, &length) != 1) {
        ERR_clear_error();
        return authenticationFailed();
    }
    return {};
}

QString posixError(int error)
{
    return QString::fromLocal8Bit(std::strerror(error));
}

// Writes all of data, retrying short writes and EINTR.
bool writeAll(int fd, const char *data, qsizetype size)
{
    while (size > 0) {
        const ssize_t written = ::write(fd, data, size_t(size));
        if (written < 0) {
            if (errno == EINTR)
                continue;
            return false;
        }
        data += written;
        size -= written;
    }
    return true;
}

// Reads exactly size bytes; false on error or early end of file.
bool readAll(int fd, char *data, qsizetype size)
{
    while (size > 0) {
        const ssize_t got = ::read(fd, data, size_t(size));
        if (got < 0) {
            if (errno == EINTR)
                continue;
            return false;
        }
        if (got == 0) {
            errno = EIO;
            return false;
        }
        data += got;
        size -= got;
    }
    return true;
}

class FileDescriptor
{
public:
    explicit FileDescriptor(int fd)
        : m_fd(fd)
    { }
    FileDescriptor(const FileDescriptor &) = delete;
    FileDescriptor &operator=(const FileDescriptor &) = delete;
    ~FileDescriptor()
    {
        if (m_fd >= 0)
            ::close(m_fd);
    }
    int get() const { return m_fd; }
    // Closes now and reports the result: close() can report a failed delayed write.
    bool close()
    {
        const int fd = std::exchange(m_fd, -1);
        return fd < 0 || ::close(fd) == 0;
    }

private:
    int m_fd;
};

void wipeKeys(QMap<quint32, QByteArray> &keys)
{
    // The map is never shared (KeyRing cannot be copied), so iterating does not detach it,
    // and addKey() gave every key its own buffer, so wipe() reaches the real bytes.
    for (auto it = keys.begin(); it != keys.end(); ++it)
        wipe(it.value());
    keys.clear();
}

} // namespace

Result<GcmSealed> gcmEncrypt(const QByteArray &key, const QByteArray &nonce, const QByteArray &aad,
                             const QByteArray &plaintext)
{
    if (auto checked = checkInputs(key, nonce, aad, plaintext); !checked)
        return checked.error();
    GcmSealed sealed;
    sealed.ciphertext.resize(plaintext.size());
    unsigned char tag[kGcmTagBytes];
    if (auto run = gcmRun(true, key, nonce, aad, plaintext.constData(), plaintext.size(),
                          sealed.ciphertext.data(), tag);
        !run)
        return run.error();
    sealed.tag = QByteArray(reinterpret_cast<const char *>(tag), kGcmTagBytes);
    return sealed;
}

Result<QByteArray> gcmDecrypt(const QByteArray &key, const QByteArray &nonce, const QByteArray &aad,
                              const QByteArray &ciphertext, const QByteArray &tag)
{
    if (auto checked = checkInputs(key, nonce, aad, ciphertext); !checked)
        return checked.error();
    if (tag.size() != kGcmTagBytes)
        return makeError(ErrorCode::InvalidInput,
                         QStringLiteral("AES-256-GCM authentication tag must be %1 bytes, got %2")
                             .arg(kGcmTagBytes)
                             .arg(tag.size()));
    unsigned char expectedTag[kGcmTagBytes];
    std::memcpy(expectedTag, tag.constData(), kGcmTagBytes);
    QByteArray plaintext(ciphertext.size(), Qt::Uninitialized);
    // Never hand out (or leave behind) plaintext that did not authenticate.
    WipeOnExit plaintextWiped(plaintext);
    if (auto run = gcmRun(false, key, nonce, aad, ciphertext.constData(), ciphertext.size(),
                          plaintext.data(), expectedTag);
        !run)
        return run.error();
    return plaintextWiped.release();
}

QByteArray fieldAad(const QString &table, const QString &column, qint64 rowId)
{
    // Stable forever: every stored ciphertext is bound to these bytes. Each name carries its
    // UTF-8 length, so no choice of names can make two different fields encode the same way
    // (a plain "table|column" join would confuse "a|b" + "c" with "a" + "b|c").
    const QByteArray tableUtf8 = table.toUtf8();
    const QByteArray columnUtf8 = column.toUtf8();
    return QByteArrayLiteral("cc1|") + QByteArray::number(tableUtf8.size()) + ':' + tableUtf8 + '|'
        + QByteArray::number(columnUtf8.size()) + ':' + columnUtf8 + '|'
        + QByteArray::number(rowId);
}

KeyRing::KeyRing(KeyRing &&other) noexcept
    : m_keys(std::move(other.m_keys))
    , m_current(std::exchange(other.m_current, 0))
{
    other.m_keys.clear();
}

KeyRing &KeyRing::operator=(KeyRing &&other) noexcept
{
    if (this != &other) {
        wipeKeys(m_keys);
        m_keys = std::move(other.m_keys);
        other.m_keys.clear();
        m_current = std::exchange(other.m_current, 0);
    }
    return *this;
}

KeyRing::~KeyRing()
{
    wipeKeys(m_keys);
}

Result<void> KeyRing::createKeyFile(const QString &path)
{
    const QByteArray nativePath = QFile::encodeName(path);
    // O_EXCL refuses an existing file (and a symlink planted in its place); the mode is 0600
    // from creation, so the key is never readable by others, not even briefly.
    FileDescriptor fd(
        ::open(nativePath.constData(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0600));
    if (fd.get() < 0) {
        const int error = errno;
        if (error == EEXIST)
            return makeError(ErrorCode::Conflict,
                             QStringLiteral("master key file %1 already exists; refusing to "
                                            "overwrite it (values sealed with it would be lost)")
                                 .arg(path));
        return makeError(
            ErrorCode::Unavailable,
            QStringLiteral("cannot create master key file %1: %2").arg(path, posixError(error)));
    }

    QByteArray key = randomBytes(kAesKeyBytes);
    const WipeOnExit keyWiped(key);
    const auto fail = [&](const QString &what) -> Result<void> {
        const int error = errno;
        fd.close();
        ::unlink(nativePath.constData()); // a retry must not meet a half-written key
        return makeError(
            ErrorCode::Unavailable,
            QStringLiteral("cannot %1 master key file %2: %3").arg(what, path, posixError(error)));
    };
    if (key.size() != kAesKeyBytes) {
        errno = EIO;
        return fail(QStringLiteral("generate a key for"));
    }
    if (!writeAll(fd.get(), key.constData(), key.size()))
        return fail(QStringLiteral("write"));
    if (::fsync(fd.get()) != 0)
        return fail(QStringLiteral("sync"));
    if (!fd.close())
        return fail(QStringLiteral("close"));
    // Make the new directory entry durable too; best effort, the key itself is already synced.
    const QByteArray directory = QFile::encodeName(QFileInfo(path).absolutePath());
    if (FileDescriptor dir(::open(directory.constData(), O_RDONLY | O_DIRECTORY | O_CLOEXEC));
        dir.get() >= 0)
        (void)::fsync(dir.get());
    return {};
}

Result<KeyRing> KeyRing::loadKeyFile(const QString &path)
{
    const QByteArray nativePath = QFile::encodeName(path);
    FileDescriptor fd(::open(nativePath.constData(), O_RDONLY | O_CLOEXEC));
    if (fd.get() < 0) {
        const int error = errno;
        return makeError(
            error == ENOENT ? ErrorCode::NotFound : ErrorCode::Unavailable,
            QStringLiteral("cannot open master key file %1: %2").arg(path, posixError(error)));
    }
    // fstat on the open descriptor checks the very file we read, not whatever the path names
    // a moment later.
    struct stat info;
    if (::fstat(fd.get(), &info) != 0)
        return makeError(
            ErrorCode::Unavailable,
            QStringLiteral("cannot inspect master key file %1: %2").arg(path, posixError(errno)));
    if (!S_ISREG(info.st_mode))
        return makeError(ErrorCode::InvalidInput,
                         QStringLiteral("master key file %1 is not a regular file").arg(path));
    if (info.st_mode & 0077)
        return makeError(
            ErrorCode::InvalidInput,
            QStringLiteral("master key file %1 is readable or writable by group or "
                           "others (mode %2); run chmod 600 %1")
                .arg(path,
                     QStringLiteral("%1").arg(uint(info.st_mode & 07777), 4, 8, QLatin1Char('0'))));
    if (info.st_size != kAesKeyBytes)
        return makeError(
            ErrorCode::InvalidInput,
            QStringLiteral("master key file %1 is %2 bytes; a master key file holds "
                           "exactly %3 bytes")
                .arg(path, QString::number(qint64(info.st_size)), QString::number(kAesKeyBytes)));

    QByteArray key(kAesKeyBytes, Qt::Uninitialized);
    const WipeOnExit keyWiped(key);
    if (!readAll(fd.get(), key.data(), key.size())) {
        const int error = errno;
        return makeError(
            ErrorCode::Unavailable,
            QStringLiteral("cannot read master key file %1: %2").arg(path, posixError(error)));
    }
    KeyRing ring;
    ring.addKey(kKeyFileVersion, key);
    return ring;
}

void KeyRing::addKey(quint32 version, const QByteArray &key)
{
    if (key.size() != kAesKeyBytes) {
        // The signature cannot report an error: refuse the key loudly rather than store a key
        // that would make every later seal() with it fail.
        qCWarning(lcCrypto, "ignoring data key version %u: it is %lld bytes, not %d", version,
                  qlonglong(key.size()), kAesKeyBytes);
        return;
    }
    if (auto existing = m_keys.find(version); existing != m_keys.end())
        wipe(existing.value());
    // A deep copy the ring owns alone, so the destructor can wipe it without touching (or
    // missing) the caller's buffer.
    m_keys.insert(version, QByteArray(key.constData(), key.size()));
    m_current = m_keys.lastKey();
}

Result<QByteArray> KeyRing::seal(const QByteArray &plaintext, const QByteArray &aad) const
{
    const auto key = m_keys.constFind(m_current);
    if (key == m_keys.cend())
        return makeError(ErrorCode::Unavailable,
                         QStringLiteral("cannot seal a value: no data key is loaded"));
    // addKey() admits only 32-byte keys and the nonce size is fixed, so only sizes remain.
    if (auto checked = checkSizes(aad, plaintext); !checked)
        return checked.error();

    QByteArray blob(kBlobMinBytes + plaintext.size(), Qt::Uninitialized);
    char *out = blob.data();
    out[0] = kBlobFormat;
    qToBigEndian<quint32>(m_current, out + 1);
    char *nonce = out + 1 + 4;
    if (RAND_bytes(reinterpret_cast<unsigned char *>(nonce), kGcmNonceBytes) != 1)
        return makeError(ErrorCode::Internal,
                         QStringLiteral("cannot seal a value: the random generator failed"));
    unsigned char tag[kGcmTagBytes];
    if (auto run = gcmRun(true, key.value(), QByteArray::fromRawData(nonce, kGcmNonceBytes), aad,
                          plaintext.constData(), plaintext.size(), out + kBlobHeaderBytes, tag);
        !run)
        return run.error();
    std::memcpy(out + kBlobHeaderBytes + plaintext.size(), tag, kGcmTagBytes);
    return blob;
}

Result<QByteArray> KeyRing::open(const QByteArray &blob, const QByteArray &aad) const
{
    if (!blob.isEmpty() && blob.at(0) != kBlobFormat)
        return makeError(ErrorCode::InvalidInput,
                         QStringLiteral("sealed value has unknown format byte 0x%1 (expected "
                                        "0x43, 'C'); it was not written by KeyRing::seal")
                             .arg(uint(uchar(blob.at(0))), 2, 16, QLatin1Char('0')));
    if (blob.size() < kBlobMinBytes)
        return makeError(ErrorCode::InvalidInput,
                         QStringLiteral("sealed value is truncated: %1 bytes, at least %2 expected")
                             .arg(blob.size())
                             .arg(kBlobMinBytes));
    const quint32 version = qFromBigEndian<quint32>(blob.constData() + 1);
    const auto key = m_keys.constFind(version);
    if (key == m_keys.cend()) {
        QStringList known;
        for (auto it = m_keys.cbegin(); it != m_keys.cend(); ++it)
            known.append(QString::number(it.key()));
        return makeError(
            ErrorCode::Unavailable,
            QStringLiteral("sealed value uses data key version %1, which is not "
                           "loaded (loaded versions: %2)")
                .arg(QString::number(version),
                     known.isEmpty() ? QStringLiteral("none") : known.join(QStringLiteral(", "))));
    }
    const QByteArray nonce = QByteArray::fromRawData(blob.constData() + 1 + 4, kGcmNonceBytes);
    const qsizetype ciphertextBytes = blob.size() - kBlobMinBytes;
    const char *ciphertext = blob.constData() + kBlobHeaderBytes;
    if (auto checked = checkSizes(aad, QByteArray()); !checked)
        return checked.error();
    unsigned char tag[kGcmTagBytes];
    std::memcpy(tag, ciphertext + ciphertextBytes, kGcmTagBytes);
    QByteArray plaintext(ciphertextBytes, Qt::Uninitialized);
    WipeOnExit plaintextWiped(plaintext);
    if (auto run = gcmRun(false, key.value(), nonce, aad, ciphertext, ciphertextBytes,
                          plaintext.data(), tag);
        !run)
        return run.error();
    return plaintextWiped.release();
}

Result<QByteArray> KeyRing::deriveKey(const QByteArray &purpose, int length) const
{
    const auto key = m_keys.constFind(m_current);
    if (key == m_keys.cend())
        return makeError(ErrorCode::Unavailable,
                         QStringLiteral("cannot derive a key: no data key is loaded"));
    return hkdfSha256(key.value(), QByteArrayLiteral("compliance-console"), purpose, length);
}

} // namespace cc::crypto
