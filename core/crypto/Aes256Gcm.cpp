#include "Aes256Gcm.h"

#include "Crypto.h"
#include "Signature.h"

#include <atomic>
#include <cerrno>
#include <charconv>
#include <climits>
#include <cstring>
#include <fcntl.h>
#include <memory>
#include <mutex>
#include <openssl/err.h>
#include <openssl/evp.h>
#include <sys/stat.h>
#include <unistd.h>
#include <utility>
#include <vector>

#include <QFile>
#include <QFileInfo>
#include <QLoggingCategory>
#include <QStringList>
#include <QtEndian>

namespace cc::crypto {

namespace {

Q_LOGGING_CATEGORY(lcCrypto, "compliance.crypto")

constexpr quint32 kLegacyKeyVersion = 1; // what a format 1 file (32 raw bytes) holds
constexpr char kKeyFileTitle[] = "compliance-console master key file";
constexpr qint64 kMaxKeyFileBytes = 64 * 1024; // thousands of versions; refuses a stray file

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

// EVP takes int lengths; a sealed blob adds kSealedBlobMinBytes to the plaintext.
Result<void> checkSizes(const QByteArray &aad, const QByteArray &data)
{
    if (aad.size() > INT_MAX || data.size() > INT_MAX - kSealedBlobMinBytes)
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

// One GCM pass on ctx, which holds the key already; nonce sets the IV (its length must have been
// set when the key was). Output goes straight to the caller's buffer, so KeyRing::seal() writes
// the blob without an intermediate copy. Encrypting writes the tag to `tag`; decrypting checks
// it and fails with the authentication error. Inputs must have passed checkSizes().
Result<void> gcmPass(EVP_CIPHER_CTX *ctx, bool encrypt, const unsigned char *nonce,
                     const QByteArray &aad, const char *input, qsizetype inputSize, char *output,
                     unsigned char (&tag)[kGcmTagBytes])
{
    const char *what = encrypt ? "encryption" : "decryption";
    if (EVP_CipherInit_ex2(ctx, nullptr, nullptr, nonce, encrypt, nullptr) != 1)
        return openSslError(what);
    int length = 0;
    if (!aad.isEmpty() && EVP_CipherUpdate(ctx, nullptr, &length, bytes(aad), int(aad.size())) != 1)
        return openSslError(what);
    if (inputSize > 0
        && (EVP_CipherUpdate(ctx, reinterpret_cast<unsigned char *>(output), &length,
                             reinterpret_cast<const unsigned char *>(input), int(inputSize))
                != 1
            || length != inputSize))
        return openSslError(what);

    // GCM is a stream mode: final writes no bytes; it completes or checks the tag.
    unsigned char tail[16];
    if (encrypt) {
        if (EVP_CipherFinal_ex(ctx, tail, &length) != 1
            || EVP_CIPHER_CTX_ctrl(ctx, EVP_CTRL_GCM_GET_TAG, kGcmTagBytes, tag) != 1)
            return openSslError(what);
        return {};
    }
    if (EVP_CIPHER_CTX_ctrl(ctx, EVP_CTRL_GCM_SET_TAG, kGcmTagBytes, tag) != 1
        || EVP_CipherFinal_ex(ctx, tail, &length) != 1) {
        ERR_clear_error();
        return authenticationFailed();
    }
    return {};
}

// Sets up ctx (fresh or reset) for key: the cipher, the IV length and the key schedule.
bool keyContext(EVP_CIPHER_CTX *ctx, bool encrypt, const unsigned char *key, int nonceSize)
{
    const EVP_CIPHER *cipher = aes256Gcm();
    return cipher && EVP_CipherInit_ex2(ctx, cipher, nullptr, nullptr, encrypt, nullptr) == 1
        && EVP_CIPHER_CTX_ctrl(ctx, EVP_CTRL_GCM_SET_IVLEN, nonceSize, nullptr) == 1
        && EVP_CipherInit_ex2(ctx, nullptr, key, nullptr, encrypt, nullptr) == 1;
}

// One GCM pass with a key used once (the raw primitives): a fresh context, freed (and its key
// schedule cleansed by OpenSSL) on return. The IV length is set before the IV itself so that
// nonces other than 12 bytes (GCM spec test cases 17 and 18) are used whole. Inputs must have
// passed checkInputs().
Result<void> gcmRun(bool encrypt, const QByteArray &key, const QByteArray &nonce,
                    const QByteArray &aad, const char *input, qsizetype inputSize, char *output,
                    unsigned char (&tag)[kGcmTagBytes])
{
    const CipherCtx ctx = newCipherCtx();
    if (!ctx || !keyContext(ctx.get(), encrypt, bytes(key), int(nonce.size())))
        return openSslError(encrypt ? "encryption" : "decryption");
    return gcmPass(ctx.get(), encrypt, bytes(nonce), aad, input, inputSize, output, tag);
}

// The master key's contexts, kept per thread: one for sealing and one for opening, each with
// the key schedule of the key it used last, so that KeyRing::seal() and open() only set the
// nonce (setting up a context costs more than sealing a short value). A context is keyed by
// the key's process-unique id (KeyRing::Key), never by its address. When a ring wipes a key,
// forgetKeySchedule() clears that key's schedule from every thread's contexts, so no copy of
// it outlives the key.
class ThreadContexts
{
public:
    ThreadContexts()
    {
        const std::lock_guard lock(registryMutex());
        registry().push_back(this);
    }
    ~ThreadContexts()
    {
        {
            const std::lock_guard lock(registryMutex());
            std::erase(registry(), this);
        }
        for (EVP_CIPHER_CTX *ctx : m_ctx)
            EVP_CIPHER_CTX_free(ctx); // frees the schedule with OPENSSL_clear_free
    }
    ThreadContexts(const ThreadContexts &) = delete;
    ThreadContexts &operator=(const ThreadContexts &) = delete;

    static ThreadContexts &mine()
    {
        thread_local ThreadContexts contexts;
        return contexts;
    }

    // Seals or opens with the key (id, bytes) on this thread's context for that direction.
    Result<void> run(bool encrypt, quint64 keyId, const QByteArray &key, const unsigned char *nonce,
                     const QByteArray &aad, const char *input, qsizetype inputSize, char *output,
                     unsigned char (&tag)[kGcmTagBytes])
    {
        const std::lock_guard lock(m_mutex);
        EVP_CIPHER_CTX *&ctx = m_ctx[encrypt];
        if (!ctx)
            ctx = EVP_CIPHER_CTX_new();
        if (!ctx)
            return openSslError(encrypt ? "encryption" : "decryption");
        if (m_keyId[encrypt] != keyId) {
            m_keyId[encrypt] = 0;
            EVP_CIPHER_CTX_reset(ctx);
            if (!keyContext(ctx, encrypt, bytes(key), kGcmNonceBytes))
                return openSslError(encrypt ? "encryption" : "decryption");
            m_keyId[encrypt] = keyId;
        }
        return gcmPass(ctx, encrypt, nonce, aad, input, inputSize, output, tag);
    }

    // Clears the key's schedule from every thread's contexts.
    static void forget(quint64 keyId)
    {
        const std::lock_guard lock(registryMutex());
        for (ThreadContexts *contexts : registry()) {
            const std::lock_guard used(contexts->m_mutex);
            for (int direction = 0; direction < 2; ++direction) {
                if (contexts->m_keyId[direction] != keyId)
                    continue;
                contexts->m_keyId[direction] = 0;
                EVP_CIPHER_CTX_reset(contexts->m_ctx[direction]);
            }
        }
    }

private:
    // Never destroyed: a KeyRing that is itself static may wipe its keys after every other
    // static object is gone.
    static std::mutex &registryMutex()
    {
        static auto *const mutex = new std::mutex;
        return *mutex;
    }
    static std::vector<ThreadContexts *> &registry()
    {
        static auto *const all = new std::vector<ThreadContexts *>;
        return *all;
    }

    // Held while this thread uses the contexts and while another thread clears a key from them;
    // uncontended but for that.
    std::mutex m_mutex;
    EVP_CIPHER_CTX *m_ctx[2] = {}; // [0] opens, [1] seals
    quint64 m_keyId[2] = {};
};

quint64 newKeyId()
{
    static std::atomic<quint64> next {1};
    return next.fetch_add(1, std::memory_order_relaxed);
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

// The words of one key file line, as views into it (no copy of a key is made).
QList<QByteArrayView> words(QByteArrayView line)
{
    QList<QByteArrayView> found;
    for (qsizetype from = 0; from <= line.size();) {
        qsizetype end = line.indexOf(' ', from);
        if (end < 0)
            end = line.size();
        found.append(line.sliced(from, end - from));
        from = end + 1;
    }
    return found;
}

// A positive version number; 0 when the text is not one.
quint32 versionNumber(QByteArrayView text)
{
    bool ok = false;
    const quint32 version = QByteArray::fromRawData(text.data(), text.size()).toUInt(&ok);
    return ok ? version : 0;
}

// Wipes one key and every thread's key schedule of it.
template<typename Key> void wipeKey(Key &key)
{
    ThreadContexts::forget(key.id);
    wipe(key.bytes);
}

template<typename Keys> void wipeKeys(Keys &keys)
{
    // The map is never shared (KeyRing cannot be copied), so iterating does not detach it,
    // and addKey() gave every key its own buffer, so wipe() reaches the real bytes.
    for (auto it = keys.begin(); it != keys.end(); ++it)
        wipeKey(it.value());
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
    // (a plain "table|column" join would confuse "a|b" + "c" with "a" + "b|c"). Built in one
    // buffer: an order ingested seals two values.
    const QByteArray tableUtf8 = table.toUtf8();
    const QByteArray columnUtf8 = column.toUtf8();
    QByteArray aad;
    aad.reserve(4 + 2 * 21 + tableUtf8.size() + columnUtf8.size() + 20);
    const auto appendNumber = [&aad](qint64 number) {
        char digits[20];
        aad.append(digits, std::to_chars(digits, digits + sizeof digits, number).ptr - digits);
    };
    aad += "cc1|";
    for (const QByteArray *name : {&tableUtf8, &columnUtf8}) {
        appendNumber(name->size());
        aad += ':';
        aad += *name;
        aad += '|';
    }
    appendNumber(rowId);
    return aad;
}

KeyRing::KeyRing(KeyRing &&other) noexcept
    : m_keys(std::move(other.m_keys))
    , m_current(std::exchange(other.m_current, 0))
    , m_path(std::move(other.m_path))
    , m_fileIdentity(other.m_fileIdentity)
    , m_legacyFormat(other.m_legacyFormat)
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
        m_path = std::move(other.m_path);
        m_fileIdentity = other.m_fileIdentity;
        m_legacyFormat = other.m_legacyFormat;
    }
    return *this;
}

KeyRing::~KeyRing()
{
    wipeKeys(m_keys);
}

Result<void> KeyRing::createKeyFile(const QString &path)
{
    if (QFileInfo::exists(path) || QFileInfo(path).isSymLink())
        return makeError(ErrorCode::Conflict,
                         QStringLiteral("master key file %1 already exists; refusing to "
                                        "overwrite it (values sealed with it would be lost)")
                             .arg(path));
    KeyRing ring;
    if (Result<quint32> added = ring.addRandomKey(); !added)
        return added.error();
    return ring.writeKeyFile(path);
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
    if (info.st_size > kMaxKeyFileBytes)
        return makeError(ErrorCode::InvalidInput,
                         QStringLiteral("master key file %1 is %2 bytes, too large for a key file")
                             .arg(path, QString::number(qint64(info.st_size))));

    QByteArray contents(qsizetype(info.st_size), Qt::Uninitialized);
    const WipeOnExit contentsWiped(contents);
    if (!readAll(fd.get(), contents.data(), contents.size())) {
        const int error = errno;
        return makeError(
            ErrorCode::Unavailable,
            QStringLiteral("cannot read master key file %1: %2").arg(path, posixError(error)));
    }
    Result<KeyRing> ring = parseKeyFile(contents, path);
    if (!ring)
        return ring;
    ring->m_path = path;
    ring->m_fileIdentity = fileIdentity(info);
    return ring;
}

Result<KeyRing> KeyRing::parseKeyFile(const QByteArray &contents, const QString &path)
{
    KeyRing ring;
    if (contents.size() == kAesKeyBytes && !contents.startsWith(kKeyFileTitle)) {
        ring.addKey(kLegacyKeyVersion, contents);
        ring.m_legacyFormat = true;
        return ring;
    }
    const auto bad = [&path](const QString &problem) -> Result<KeyRing> {
        return makeError(
            ErrorCode::InvalidInput,
            QStringLiteral("master key file %1 is not a valid key file: %2").arg(path, problem));
    };
    // Split by hand into views of contents, so no copy of a key is left unwiped.
    QList<QByteArrayView> lines;
    for (qsizetype from = 0; from < contents.size();) {
        qsizetype end = contents.indexOf('\n', from);
        if (end < 0)
            end = contents.size();
        lines.append(QByteArrayView(contents).sliced(from, end - from));
        from = end + 1;
    }
    if (lines.size() < 3 || lines.at(0) != kKeyFileTitle || lines.at(1) != "format 2")
        return bad(QStringLiteral("it starts neither with \"%1\" and \"format 2\" nor is it "
                                  "32 bytes (format 1)")
                       .arg(QLatin1String(kKeyFileTitle)));
    const QList<QByteArrayView> currentWords = words(lines.at(2));
    const quint32 current = currentWords.size() == 2 && currentWords.at(0) == "current"
        ? versionNumber(currentWords.at(1))
        : 0;
    if (current == 0)
        return bad(QStringLiteral("line 3 must be \"current <version>\""));
    for (qsizetype i = 3; i < lines.size(); ++i) {
        if (lines.at(i).isEmpty() && i == lines.size() - 1)
            break; // the final newline
        const QList<QByteArrayView> keyWords = words(lines.at(i));
        const quint32 version
            = keyWords.size() == 3 && keyWords.at(0) == "key" ? versionNumber(keyWords.at(1)) : 0;
        if (version == 0)
            return bad(QStringLiteral("line %1 must be \"key <version> <base64 key>\"").arg(i + 1));
        if (!ring.m_keys.isEmpty() && version <= ring.m_keys.lastKey())
            return bad(QStringLiteral("line %1: key versions must ascend").arg(i + 1));
        QByteArray encoded = keyWords.at(2).toByteArray();
        const WipeOnExit encodedWiped(encoded);
        QByteArray key = QByteArray::fromBase64(encoded, QByteArray::AbortOnBase64DecodingErrors);
        const WipeOnExit keyWiped(key);
        if (key.size() != kAesKeyBytes)
            return bad(QStringLiteral("line %1: key %2 is not the base64 of %3 bytes")
                           .arg(i + 1)
                           .arg(version)
                           .arg(kAesKeyBytes));
        ring.addKey(version, key);
    }
    if (ring.m_keys.isEmpty())
        return bad(QStringLiteral("it holds no key"));
    if (ring.m_current != current)
        return bad(QStringLiteral("the current version %1 is not its highest key version %2")
                       .arg(current)
                       .arg(ring.m_current));
    return ring;
}

QByteArray KeyRing::serialize() const
{
    // Reserved up front and appended piece by piece: no reallocation or temporary leaves a
    // copy of a key behind.
    QByteArray out;
    out.reserve(128 + m_keys.size() * 80);
    out.append(kKeyFileTitle).append("\nformat 2\ncurrent ").append(QByteArray::number(m_current));
    out.append('\n');
    for (auto it = m_keys.cbegin(); it != m_keys.cend(); ++it) {
        QByteArray encoded = it.value().bytes.toBase64();
        const WipeOnExit encodedWiped(encoded);
        out.append("key ").append(QByteArray::number(it.key())).append(' ').append(encoded);
        out.append('\n');
    }
    return out;
}

Result<void> KeyRing::writeKeyFile(const QString &path) const
{
    if (m_keys.isEmpty())
        return makeError(ErrorCode::Internal,
                         QStringLiteral("refusing to write an empty key file to %1").arg(path));
    QByteArray contents = serialize();
    const WipeOnExit contentsWiped(contents);
    const QString newPath = path + QStringLiteral(".new");
    const QByteArray nativeNew = QFile::encodeName(newPath);
    // A leftover of a write that crashed is never the key file itself: replace it. O_EXCL
    // then refuses a file (or symlink) that appears in between.
    ::unlink(nativeNew.constData());
    FileDescriptor fd(::open(nativeNew.constData(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0600));
    const auto fail = [&](const QString &what) -> Result<void> {
        const int error = errno;
        fd.close();
        ::unlink(nativeNew.constData());
        return makeError(
            ErrorCode::Unavailable,
            QStringLiteral("cannot %1 master key file %2: %3").arg(what, path, posixError(error)));
    };
    if (fd.get() < 0)
        return fail(QStringLiteral("create the new"));
    if (!writeAll(fd.get(), contents.constData(), contents.size()))
        return fail(QStringLiteral("write"));
    if (::fsync(fd.get()) != 0)
        return fail(QStringLiteral("sync"));
    if (!fd.close())
        return fail(QStringLiteral("close"));
    if (::rename(nativeNew.constData(), QFile::encodeName(path).constData()) != 0)
        return fail(QStringLiteral("replace"));
    // The rename is durable only once the directory is synced.
    const QByteArray directory = QFile::encodeName(QFileInfo(path).absolutePath());
    FileDescriptor dir(::open(directory.constData(), O_RDONLY | O_DIRECTORY | O_CLOEXEC));
    if (dir.get() < 0 || ::fsync(dir.get()) != 0)
        return makeError(ErrorCode::Unavailable,
                         QStringLiteral("cannot sync the directory of master key file %1: %2")
                             .arg(path, posixError(errno)));
    return {};
}

KeyRing::FileIdentity KeyRing::fileIdentity(const struct ::stat &info)
{
    return {quint64(info.st_dev), quint64(info.st_ino), qint64(info.st_size),
            qint64(info.st_ctim.tv_sec), qint64(info.st_ctim.tv_nsec)};
}

Result<void> KeyRing::refreshFromFile() const
{
    if (m_path.isEmpty())
        return {};
    struct stat info;
    if (::stat(QFile::encodeName(m_path).constData(), &info) == 0
        && fileIdentity(info) == m_fileIdentity)
        return {};
    Result<KeyRing> reread = loadKeyFile(m_path);
    if (!reread)
        return reread.error();
    wipeKeys(m_keys);
    m_keys = std::move(reread->m_keys);
    reread->m_keys.clear();
    m_current = reread->m_current;
    m_fileIdentity = reread->m_fileIdentity;
    qCInfo(lcCrypto, "master key file %s was replaced: now %lld key version(s), current %u",
           qPrintable(m_path), qlonglong(m_keys.size()), m_current);
    return {};
}

Result<quint32> KeyRing::addRandomKey()
{
    QByteArray key = randomBytes(kAesKeyBytes);
    const WipeOnExit keyWiped(key);
    if (key.size() != kAesKeyBytes)
        return makeError(ErrorCode::Internal,
                         QStringLiteral("cannot make a master key: the random generator failed"));
    const quint32 version = m_keys.isEmpty() ? 1 : m_keys.lastKey() + 1;
    addKey(version, key);
    return version;
}

Result<void> KeyRing::removeKey(quint32 version)
{
    if (version == m_current)
        return makeError(
            ErrorCode::Conflict,
            QStringLiteral("key version %1 is the current one and cannot be retired").arg(version));
    if (auto existing = m_keys.find(version); existing != m_keys.end()) {
        wipeKey(existing.value());
        m_keys.erase(existing);
    }
    return {};
}

quint32 KeyRing::currentVersion() const
{
    static_cast<void>(refreshFromFile()); // a failure shows in the next seal() or open()
    return m_current;
}

QList<quint32> KeyRing::versions() const
{
    return m_keys.keys();
}

bool KeyRing::isEmpty() const
{
    return m_keys.isEmpty();
}

quint32 KeyRing::blobVersion(const QByteArray &blob)
{
    if (blob.size() < kSealedBlobMinBytes || blob.at(0) != kSealedBlobFormat)
        return 0;
    return qFromBigEndian<quint32>(blob.constData() + 1);
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
        wipeKey(existing.value());
    // A deep copy the ring owns alone, so the destructor can wipe it without touching (or
    // missing) the caller's buffer.
    m_keys.insert(version, Key {QByteArray(key.constData(), key.size()), newKeyId()});
    m_current = m_keys.lastKey();
}

void KeyRing::writeLockTaken() const
{
    m_writeLock = WriteLock::Held;
}

void KeyRing::writeLockReleased() const
{
    m_writeLock = WriteLock::Free;
}

Result<QByteArray> KeyRing::seal(const QByteArray &plaintext, const QByteArray &aad) const
{
    if (m_writeLock != WriteLock::HeldAndFileChecked) {
        if (Result<void> fresh = refreshFromFile(); !fresh)
            return fresh.error();
        if (m_writeLock == WriteLock::Held)
            m_writeLock = WriteLock::HeldAndFileChecked;
    }
    const auto key = m_keys.constFind(m_current);
    if (key == m_keys.cend())
        return makeError(ErrorCode::Unavailable,
                         QStringLiteral("cannot seal a value: no data key is loaded"));
    // addKey() admits only 32-byte keys and the nonce size is fixed, so only sizes remain.
    if (auto checked = checkSizes(aad, plaintext); !checked)
        return checked.error();

    QByteArray blob(kSealedBlobMinBytes + plaintext.size(), Qt::Uninitialized);
    char *out = blob.data();
    out[0] = kSealedBlobFormat;
    qToBigEndian<quint32>(m_current, out + 1);
    char *nonce = out + 1 + 4;
    if (!randomFill(nonce, kGcmNonceBytes))
        return makeError(ErrorCode::Internal,
                         QStringLiteral("cannot seal a value: the random generator failed"));
    unsigned char tag[kGcmTagBytes];
    if (auto run = ThreadContexts::mine().run(
            true, key->id, key->bytes, reinterpret_cast<const unsigned char *>(nonce), aad,
            plaintext.constData(), plaintext.size(), out + kSealedBlobHeaderBytes, tag);
        !run)
        return run.error();
    std::memcpy(out + kSealedBlobHeaderBytes + plaintext.size(), tag, kGcmTagBytes);
    return blob;
}

Result<QByteArray> KeyRing::open(const QByteArray &blob, const QByteArray &aad) const
{
    if (!blob.isEmpty() && blob.at(0) != kSealedBlobFormat)
        return makeError(ErrorCode::InvalidInput,
                         QStringLiteral("sealed value has unknown format byte 0x%1 (expected "
                                        "0x43, 'C'); it was not written by KeyRing::seal")
                             .arg(uint(uchar(blob.at(0))), 2, 16, QLatin1Char('0')));
    if (blob.size() < kSealedBlobMinBytes)
        return makeError(ErrorCode::InvalidInput,
                         QStringLiteral("sealed value is truncated: %1 bytes, at least %2 expected")
                             .arg(blob.size())
                             .arg(kSealedBlobMinBytes));
    const quint32 version = qFromBigEndian<quint32>(blob.constData() + 1);
    if (!m_keys.contains(version))
        if (Result<void> fresh = refreshFromFile(); !fresh)
            return fresh.error();
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
    const auto *nonce = reinterpret_cast<const unsigned char *>(blob.constData() + 1 + 4);
    const qsizetype ciphertextBytes = blob.size() - kSealedBlobMinBytes;
    const char *ciphertext = blob.constData() + kSealedBlobHeaderBytes;
    if (auto checked = checkSizes(aad, QByteArray()); !checked)
        return checked.error();
    unsigned char tag[kGcmTagBytes];
    std::memcpy(tag, ciphertext + ciphertextBytes, kGcmTagBytes);
    QByteArray plaintext(ciphertextBytes, Qt::Uninitialized);
    WipeOnExit plaintextWiped(plaintext);
    if (auto run = ThreadContexts::mine().run(false, key->id, key->bytes, nonce, aad, ciphertext,
                                              ciphertextBytes, plaintext.data(), tag);
        !run)
        return run.error();
    return plaintextWiped.release();
}

Result<QByteArray> KeyRing::deriveKey(quint32 version, const QByteArray &purpose, int length) const
{
    const auto key = m_keys.constFind(version);
    if (key == m_keys.cend())
        return makeError(ErrorCode::Unavailable,
                         QStringLiteral("cannot derive a key: master key version %1 is not loaded")
                             .arg(version));
    return hkdfSha256(key->bytes, QByteArrayLiteral("compliance-console"), purpose, length);
}

QString KeyRing::describe() const
{
    return m_path.isEmpty() ? QStringLiteral("the master key in memory")
                            : QStringLiteral("master key file %1").arg(m_path);
}

Result<QList<quint32>> KeyRing::storedVersions()
{
    if (m_path.isEmpty())
        return versions();
    Result<KeyRing> onDisk = loadKeyFile(m_path);
    if (!onDisk)
        return onDisk.error();
    return onDisk->versions();
}

Result<quint32> KeyRing::addVersion()
{
    if (m_path.isEmpty())
        return addRandomKey();
    Result<KeyRing> onDisk = loadKeyFile(m_path);
    if (!onDisk)
        return onDisk.error();
    Result<quint32> added = onDisk->addRandomKey();
    if (!added)
        return added;
    if (Result<void> written = onDisk->writeKeyFile(m_path); !written)
        return written.error();
    if (Result<void> fresh = refreshFromFile(); !fresh)
        return fresh.error();
    return added;
}

Result<void> KeyRing::retireVersion(quint32 version)
{
    if (m_path.isEmpty())
        return removeKey(version);
    Result<KeyRing> onDisk = loadKeyFile(m_path);
    if (!onDisk)
        return onDisk.error();
    if (Result<void> removed = onDisk->removeKey(version); !removed)
        return removed;
    if (Result<void> written = onDisk->writeKeyFile(m_path); !written)
        return written;
    return refreshFromFile();
}

} // namespace cc::crypto
