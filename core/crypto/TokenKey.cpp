#include "TokenKey.h"

#include "Aes256Gcm.h"
#include "Crypto.h"

#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <iterator>
#include <mutex>
#include <p11-kit/p11-kit.h>
#include <p11-kit/pkcs11.h>
#include <sys/stat.h>
#include <unistd.h>
#include <vector>

#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QScopeGuard>
#include <QStringList>
#include <QtEndian>

namespace cc::crypto {

namespace {

Q_LOGGING_CATEGORY(lcToken, "compliance.crypto.token")

constexpr char kLabelPrefix[] = "compliance-console master key v";
constexpr qint64 kMaxPinFileBytes = 4096;
constexpr CK_ULONG kTagBits = kGcmTagBytes * 8;

QString rvText(CK_RV rv)
{
    const char *text = p11_kit_strerror(rv);
    return QStringLiteral("%1 (0x%2)")
        .arg(text ? QString::fromUtf8(text) : QStringLiteral("unknown error"))
        .arg(qulonglong(rv), 0, 16);
}

QByteArray labelOf(quint32 version)
{
    return QByteArray(kLabelPrefix) + QByteArray::number(version);
}

// The version a label names; 0 for a label that is not one of ours.
quint32 versionOfLabel(const QByteArray &label)
{
    if (!label.startsWith(kLabelPrefix))
        return 0;
    bool ok = false;
    const quint32 version = label.mid(qsizetype(sizeof kLabelPrefix) - 1).toUInt(&ok);
    return ok ? version : 0;
}

QString versionList(const QList<quint32> &versions)
{
    QStringList names;
    for (const quint32 v : versions)
        names << QString::number(v);
    return names.isEmpty() ? QStringLiteral("none") : names.join(QStringLiteral(", "));
}

// The user PIN: the file's first line. The file must be its owner's alone, like a key file.
Result<QByteArray> readPin(const QString &path)
{
    const int fd = ::open(QFile::encodeName(path).constData(), O_RDONLY | O_CLOEXEC);
    if (fd < 0)
        return makeError(ErrorCode::NotFound,
                         QStringLiteral("cannot read the PKCS#11 PIN file %1: %2")
                             .arg(path, QString::fromLocal8Bit(std::strerror(errno))));
    const auto closed = qScopeGuard([fd] { ::close(fd); });
    struct stat info;
    if (::fstat(fd, &info) != 0 || !S_ISREG(info.st_mode))
        return makeError(ErrorCode::InvalidInput,
                         QStringLiteral("the PKCS#11 PIN file %1 is not a regular file").arg(path));
    if (info.st_mode & 0077)
        return makeError(ErrorCode::InvalidInput,
                         QStringLiteral("the PKCS#11 PIN file %1 is open to group or others (mode "
                                        "%2): run chmod 600 %1")
                             .arg(path)
                             .arg(uint(info.st_mode & 07777), 4, 8, QLatin1Char('0')));
    if (info.st_size > kMaxPinFileBytes)
        return makeError(
            ErrorCode::InvalidInput,
            QStringLiteral("the PKCS#11 PIN file %1 is too large to hold a PIN").arg(path));
    QByteArray contents(qsizetype(info.st_size), Qt::Uninitialized);
    const WipeOnExit contentsWiped(contents);
    qsizetype got = 0;
    while (got < contents.size()) {
        const ssize_t n = ::read(fd, contents.data() + got, size_t(contents.size() - got));
        if (n < 0 && errno == EINTR)
            continue;
        if (n <= 0)
            return makeError(ErrorCode::Unavailable,
                             QStringLiteral("cannot read the PKCS#11 PIN file %1").arg(path));
        got += n;
    }
    qsizetype end = contents.indexOf('\n');
    if (end < 0)
        end = contents.size();
    if (end > 0 && contents.at(end - 1) == '\r')
        --end;
    if (end == 0)
        return makeError(
            ErrorCode::InvalidInput,
            QStringLiteral("the PKCS#11 PIN file %1 holds no PIN on its first line").arg(path));
    return QByteArray(contents.constData(), end);
}

Error authenticationFailed()
{
    return makeError(
        ErrorCode::InvalidInput,
        QStringLiteral("authentication failed: the value was altered or belongs to another field"));
}

bool lostSession(CK_RV rv)
{
    return rv == CKR_SESSION_HANDLE_INVALID || rv == CKR_SESSION_CLOSED
        || rv == CKR_USER_NOT_LOGGED_IN || rv == CKR_DEVICE_REMOVED || rv == CKR_TOKEN_NOT_PRESENT;
}

bool lostKey(CK_RV rv)
{
    return rv == CKR_KEY_HANDLE_INVALID || rv == CKR_OBJECT_HANDLE_INVALID;
}

} // namespace

Result<TokenConfig> TokenConfig::parse(const QByteArray &json, const QString &path)
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &error);
    if (!doc.isObject())
        return makeError(
            ErrorCode::InvalidInput,
            QStringLiteral("%1 is not a JSON object: %2").arg(path, error.errorString()));
    const QJsonObject o = doc.object();
    TokenConfig config;
    config.module = o.value(QStringLiteral("module")).toString();
    config.token = o.value(QStringLiteral("token")).toString();
    config.pinFile = o.value(QStringLiteral("pin_file")).toString();
    for (const auto &[name, value] :
         {std::pair {"module", config.module}, std::pair {"token", config.token},
          std::pair {"pin_file", config.pinFile}}) {
        if (value.isEmpty())
            return makeError(ErrorCode::InvalidInput,
                             QStringLiteral("%1 names no \"%2\": it must name the PKCS#11 "
                                            "module, the token's label and the PIN file")
                                 .arg(path, QLatin1String(name)));
    }
    return config;
}

Result<TokenConfig> TokenConfig::loadFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return makeError(ErrorCode::Unavailable,
                         QStringLiteral("cannot read %1: %2").arg(path, file.errorString()));
    return parse(file.read(64 * 1024), path);
}

QByteArray TokenConfig::toJson() const
{
    return QJsonDocument(QJsonObject {{QStringLiteral("module"), module},
                                      {QStringLiteral("token"), token},
                                      {QStringLiteral("pin_file"), pinFile}})
        .toJson();
}

Result<void> TokenConfig::writeFile(const QString &path) const
{
    const QByteArray json = toJson();
    const int fd = ::open(QFile::encodeName(path).constData(),
                          O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC | O_NOFOLLOW, 0600);
    if (fd < 0)
        return makeError(ErrorCode::Conflict,
                         QStringLiteral("cannot create %1: %2")
                             .arg(path, QString::fromLocal8Bit(std::strerror(errno))));
    const bool written
        = ::write(fd, json.constData(), size_t(json.size())) == json.size() && ::fsync(fd) == 0;
    ::close(fd);
    if (!written) {
        ::unlink(QFile::encodeName(path).constData());
        return makeError(ErrorCode::Unavailable, QStringLiteral("cannot write %1").arg(path));
    }
    return {};
}

// The module, the session on the token and the key versions found there. PKCS#11 sessions are
// not for concurrent use: every call holds the lock.
struct TokenKey::Token
{
    TokenConfig config;
    CK_FUNCTION_LIST *module = nullptr;
    bool initialized = false;
    CK_SLOT_ID slot = 0;
    CK_SESSION_HANDLE session = CK_INVALID_HANDLE;
    std::mutex lock;
    QMap<quint32, CK_OBJECT_HANDLE> handles; // version -> key object
    QList<CK_OBJECT_HANDLE> created; // by create(), for discardNewStoreKey()

    ~Token()
    {
        if (session != CK_INVALID_HANDLE)
            module->C_CloseSession(session);
        if (initialized)
            p11_kit_module_finalize(module);
        if (module)
            p11_kit_module_release(module);
    }

    QString name() const { return QStringLiteral("PKCS#11 token \"%1\"").arg(config.token); }

    Error failure(const char *call, CK_RV rv) const
    {
        return makeError(
            ErrorCode::Unavailable,
            QStringLiteral("%1: %2 failed: %3").arg(name(), QLatin1String(call), rvText(rv)));
    }

    Result<void> load()
    {
        if (!QFileInfo(config.module).isFile())
            return makeError(ErrorCode::NotFound,
                             QStringLiteral("the PKCS#11 module %1 does not exist (is its package "
                                            "installed? SoftHSM's is "
                                            "/usr/lib/softhsm/libsofthsm2.so)")
                                 .arg(config.module));
        module = p11_kit_module_load(QFile::encodeName(config.module).constData(), 0);
        if (!module) {
            const char *why = p11_kit_message();
            return makeError(
                ErrorCode::InvalidInput,
                QStringLiteral("cannot load the PKCS#11 module %1: %2")
                    .arg(config.module,
                         why ? QString::fromUtf8(why) : QStringLiteral("not a PKCS#11 module")));
        }
        if (const CK_RV rv = p11_kit_module_initialize(module); rv != CKR_OK)
            return makeError(ErrorCode::Unavailable,
                             QStringLiteral("the PKCS#11 module %1 failed to initialise: %2")
                                 .arg(config.module, rvText(rv)));
        initialized = true;
        return findSlot();
    }

    Result<void> findSlot()
    {
        CK_ULONG count = 0;
        if (const CK_RV rv = module->C_GetSlotList(CK_TRUE, nullptr, &count); rv != CKR_OK)
            return failure("C_GetSlotList", rv);
        std::vector<CK_SLOT_ID> slotIds(count);
        if (const CK_RV rv = module->C_GetSlotList(CK_TRUE, slotIds.data(), &count); rv != CKR_OK)
            return failure("C_GetSlotList", rv);
        slotIds.resize(count);
        QStringList labels;
        for (const CK_SLOT_ID candidate : slotIds) {
            CK_TOKEN_INFO info;
            if (module->C_GetTokenInfo(candidate, &info) != CKR_OK)
                continue;
            // Labels are 32 bytes, padded with spaces.
            const QString label
                = QString::fromUtf8(reinterpret_cast<const char *>(info.label), sizeof info.label)
                      .trimmed();
            if (label == config.token) {
                slot = candidate;
                return {};
            }
            if (info.flags & CKF_TOKEN_INITIALIZED)
                labels << QStringLiteral("\"%1\"").arg(label);
        }
        return makeError(ErrorCode::NotFound,
                         QStringLiteral("no PKCS#11 token labelled \"%1\" in module %2 (tokens "
                                        "present: %3)")
                             .arg(config.token, config.module,
                                  labels.isEmpty() ? QStringLiteral("none")
                                                   : labels.join(QStringLiteral(", "))));
    }

    Result<void> logIn()
    {
        if (session != CK_INVALID_HANDLE) {
            module->C_CloseSession(session);
            session = CK_INVALID_HANDLE;
        }
        if (const CK_RV rv = module->C_OpenSession(slot, CKF_SERIAL_SESSION | CKF_RW_SESSION,
                                                   nullptr, nullptr, &session);
            rv != CKR_OK) {
            session = CK_INVALID_HANDLE;
            return failure("C_OpenSession", rv);
        }
        Result<QByteArray> pin = readPin(config.pinFile);
        if (!pin)
            return pin.error();
        const WipeOnExit pinWiped(*pin);
        const CK_RV rv = module->C_Login(
            session, CKU_USER, reinterpret_cast<CK_UTF8CHAR *>(pin->data()), CK_ULONG(pin->size()));
        // Another session of this process logged in already: the token's login is shared.
        if (rv == CKR_OK || rv == CKR_USER_ALREADY_LOGGED_IN)
            return {};
        if (rv == CKR_PIN_INCORRECT)
            return makeError(ErrorCode::InvalidInput,
                             QStringLiteral("the PIN in %1 is wrong for %2 (the token counts "
                                            "failed logins and may lock the PIN)")
                                 .arg(config.pinFile, name()));
        if (rv == CKR_PIN_LOCKED)
            return makeError(ErrorCode::Unavailable,
                             QStringLiteral("the user PIN of %1 is locked after too many wrong "
                                            "tries: its security officer must set a new one")
                                 .arg(name()));
        return failure("C_Login", rv);
    }

    // Every version of the master key in the token.
    Result<void> findVersions()
    {
        CK_OBJECT_CLASS secretKey = CKO_SECRET_KEY;
        CK_KEY_TYPE aes = CKK_AES;
        CK_ATTRIBUTE search[]
            = {{CKA_CLASS, &secretKey, sizeof secretKey}, {CKA_KEY_TYPE, &aes, sizeof aes}};
        if (const CK_RV rv = module->C_FindObjectsInit(session, search, 2); rv != CKR_OK)
            return failure("C_FindObjectsInit", rv);
        std::vector<CK_OBJECT_HANDLE> objects;
        for (;;) {
            CK_OBJECT_HANDLE batch[64];
            CK_ULONG got = 0;
            if (const CK_RV rv = module->C_FindObjects(session, batch, 64, &got); rv != CKR_OK) {
                module->C_FindObjectsFinal(session);
                return failure("C_FindObjects", rv);
            }
            objects.insert(objects.end(), batch, batch + got);
            if (got < 64)
                break;
        }
        module->C_FindObjectsFinal(session);
        QMap<quint32, CK_OBJECT_HANDLE> found;
        for (const CK_OBJECT_HANDLE object : objects) {
            CK_ATTRIBUTE label = {CKA_LABEL, nullptr, 0};
            if (module->C_GetAttributeValue(session, object, &label, 1) != CKR_OK
                || label.ulValueLen == CK_UNAVAILABLE_INFORMATION || label.ulValueLen > 256)
                continue;
            QByteArray text(qsizetype(label.ulValueLen), Qt::Uninitialized);
            label.pValue = text.data();
            if (module->C_GetAttributeValue(session, object, &label, 1) != CKR_OK)
                continue;
            if (const quint32 version = versionOfLabel(text); version > 0)
                found.insert(version, object);
        }
        handles = found;
        return {};
    }

    // The key object of one version, when the token holds it.
    Result<std::optional<CK_OBJECT_HANDLE>> findVersion(quint32 version)
    {
        CK_OBJECT_CLASS secretKey = CKO_SECRET_KEY;
        QByteArray label = labelOf(version);
        CK_ATTRIBUTE search[] = {{CKA_CLASS, &secretKey, sizeof secretKey},
                                 {CKA_LABEL, label.data(), CK_ULONG(label.size())}};
        if (const CK_RV rv = module->C_FindObjectsInit(session, search, 2); rv != CKR_OK)
            return failure("C_FindObjectsInit", rv);
        CK_OBJECT_HANDLE object = CK_INVALID_HANDLE;
        CK_ULONG got = 0;
        const CK_RV rv = module->C_FindObjects(session, &object, 1, &got);
        module->C_FindObjectsFinal(session);
        if (rv != CKR_OK)
            return failure("C_FindObjects", rv);
        return got == 1 ? std::optional<CK_OBJECT_HANDLE>(object) : std::nullopt;
    }

    quint32 current() const { return handles.isEmpty() ? 0 : handles.lastKey(); }

    // Follows a rotation made by another process: a version above the current one means the
    // token changed, so every version is found again. One search per call.
    Result<void> followRotation()
    {
        Result<std::optional<CK_OBJECT_HANDLE>> next = findVersion(current() + 1);
        if (!next)
            return next.error();
        return *next ? findVersions() : Result<void>();
    }

    // Runs call once; after a lost session (the token restarted) or a lost key object (another
    // process retired or replaced it) it logs in again or finds the versions again, then runs
    // it once more.
    template<typename Call> CK_RV withRecovery(Call &&call)
    {
        const CK_RV rv = call();
        if (lostSession(rv)) {
            if (!logIn() || !findVersions())
                return rv;
            return call();
        }
        if (lostKey(rv)) {
            if (!findVersions())
                return rv;
            return call();
        }
        return rv;
    }

    // One AES-256-GCM operation in the token with the key of version. out receives ciphertext
    // and tag (encrypting) or the plaintext (decrypting); *outLength its size.
    CK_RV gcm(bool encrypt, quint32 version, const char *nonce, const QByteArray &aad,
              const char *in, CK_ULONG inLength, char *out, CK_ULONG *outLength)
    {
        const CK_ULONG capacity = *outLength;
        return withRecovery([&]() -> CK_RV {
            const auto key = handles.constFind(version);
            if (key == handles.cend())
                return CKR_KEY_HANDLE_INVALID;
            CK_GCM_PARAMS params;
            params.iv_ptr = reinterpret_cast<unsigned char *>(const_cast<char *>(nonce));
            params.iv_len = kGcmNonceBytes;
            params.iv_bits = kGcmNonceBytes * 8;
            params.aad_ptr = reinterpret_cast<unsigned char *>(const_cast<char *>(aad.constData()));
            params.aad_len = CK_ULONG(aad.size());
            params.tag_bits = kTagBits;
            CK_MECHANISM mechanism = {CKM_AES_GCM, &params, sizeof params};
            *outLength = capacity;
            auto *input = reinterpret_cast<unsigned char *>(const_cast<char *>(in));
            auto *output = reinterpret_cast<unsigned char *>(out);
            if (encrypt) {
                if (const CK_RV rv = module->C_EncryptInit(session, &mechanism, key.value());
                    rv != CKR_OK)
                    return rv;
                return module->C_Encrypt(session, input, inLength, output, outLength);
            }
            if (const CK_RV rv = module->C_DecryptInit(session, &mechanism, key.value());
                rv != CKR_OK)
                return rv;
            return module->C_Decrypt(session, input, inLength, output, outLength);
        });
    }

    Result<CK_OBJECT_HANDLE> generate(quint32 version)
    {
        CK_OBJECT_CLASS secretKey = CKO_SECRET_KEY;
        CK_KEY_TYPE aes = CKK_AES;
        CK_ULONG length = kAesKeyBytes;
        CK_BBOOL yes = CK_TRUE;
        CK_BBOOL no = CK_FALSE;
        QByteArray label = labelOf(version);
        // In the token for good, readable by nobody (sensitive, never extractable, private),
        // usable only to encrypt and decrypt.
        CK_ATTRIBUTE attributes[] = {
            {CKA_CLASS, &secretKey, sizeof secretKey},
            {CKA_KEY_TYPE, &aes, sizeof aes},
            {CKA_VALUE_LEN, &length, sizeof length},
            {CKA_LABEL, label.data(), CK_ULONG(label.size())},
            {CKA_TOKEN, &yes, sizeof yes},
            {CKA_PRIVATE, &yes, sizeof yes},
            {CKA_SENSITIVE, &yes, sizeof yes},
            {CKA_EXTRACTABLE, &no, sizeof no},
            {CKA_ENCRYPT, &yes, sizeof yes},
            {CKA_DECRYPT, &yes, sizeof yes},
            {CKA_WRAP, &no, sizeof no},
            {CKA_UNWRAP, &no, sizeof no},
            {CKA_SIGN, &no, sizeof no},
            {CKA_VERIFY, &no, sizeof no},
            {CKA_DERIVE, &no, sizeof no},
        };
        CK_MECHANISM mechanism = {CKM_AES_KEY_GEN, nullptr, 0};
        CK_OBJECT_HANDLE object = CK_INVALID_HANDLE;
        const CK_RV rv = withRecovery([&] {
            return module->C_GenerateKey(session, &mechanism, attributes,
                                         CK_ULONG(std::size(attributes)), &object);
        });
        if (rv != CKR_OK)
            return failure("C_GenerateKey (AES-256)", rv);
        handles.insert(version, object);
        return object;
    }
};

TokenKey::TokenKey(std::unique_ptr<Token> token)
    : m_token(std::move(token))
{ }

TokenKey::~TokenKey() = default;

Result<std::unique_ptr<TokenKey>> TokenKey::open(const TokenConfig &config)
{
    auto token = std::make_unique<Token>();
    token->config = config;
    if (Result<void> loaded = token->load(); !loaded)
        return loaded.error();
    if (Result<void> in = token->logIn(); !in)
        return in.error();
    if (Result<void> found = token->findVersions(); !found)
        return found.error();
    if (token->handles.isEmpty())
        return makeError(ErrorCode::NotFound,
                         QStringLiteral("%1 holds no master key (no secret key labelled \"%2<N>\"):"
                                        " it was deleted, or the store's key is in another "
                                        "token; restore the token from its backup")
                             .arg(token->name(), QLatin1String(kLabelPrefix)));
    return std::unique_ptr<TokenKey>(new TokenKey(std::move(token)));
}

Result<std::unique_ptr<TokenKey>> TokenKey::create(const TokenConfig &config)
{
    auto token = std::make_unique<Token>();
    token->config = config;
    if (Result<void> loaded = token->load(); !loaded)
        return loaded.error();
    if (Result<void> in = token->logIn(); !in)
        return in.error();
    if (Result<void> found = token->findVersions(); !found)
        return found.error();
    if (!token->handles.isEmpty())
        return makeError(ErrorCode::Conflict,
                         QStringLiteral("%1 already holds a master key (version(s) %2): a token's "
                                        "key serves one store, so give this store a token of "
                                        "its own")
                             .arg(token->name(), versionList(token->handles.keys())));
    Result<CK_OBJECT_HANDLE> first = token->generate(1);
    if (!first)
        return first.error();
    token->created << *first;
    return std::unique_ptr<TokenKey>(new TokenKey(std::move(token)));
}

void TokenKey::discardNewStoreKey()
{
    const std::lock_guard locked(m_token->lock);
    for (const CK_OBJECT_HANDLE object : std::as_const(m_token->created))
        m_token->module->C_DestroyObject(m_token->session, object);
    m_token->created.clear();
    m_token->handles.clear();
}

Result<QByteArray> TokenKey::seal(const QByteArray &plaintext, const QByteArray &aad) const
{
    if (plaintext.size() > (qsizetype(1) << 30) || aad.size() > (qsizetype(1) << 30))
        return makeError(ErrorCode::TooLarge,
                         QStringLiteral("a value sealed in the token must be under 1 GiB"));
    const std::lock_guard locked(m_token->lock);
    if (Result<void> followed = m_token->followRotation(); !followed)
        return followed.error();
    QByteArray blob(kSealedBlobMinBytes + plaintext.size(), Qt::Uninitialized);
    char *out = blob.data();
    out[0] = kSealedBlobFormat;
    // Twice at most: should another process retire the version between the search and the
    // encryption (a rotation finishing), the search the failure triggers finds the new one.
    for (int attempt = 0;; ++attempt) {
        const quint32 version = m_token->current();
        if (version == 0)
            return makeError(
                ErrorCode::Unavailable,
                QStringLiteral("cannot seal a value: %1 holds no master key").arg(m_token->name()));
        qToBigEndian<quint32>(version, out + 1);
        const QByteArray nonce = randomBytes(kGcmNonceBytes);
        if (nonce.size() != kGcmNonceBytes)
            return makeError(ErrorCode::Internal,
                             QStringLiteral("cannot seal a value: the random generator failed"));
        std::memcpy(out + 5, nonce.constData(), kGcmNonceBytes);
        CK_ULONG length = CK_ULONG(plaintext.size() + kGcmTagBytes);
        const CK_RV rv
            = m_token->gcm(true, version, out + 5, aad, plaintext.constData(),
                           CK_ULONG(plaintext.size()), out + kSealedBlobHeaderBytes, &length);
        if (rv != CKR_OK && attempt == 0 && lostKey(rv) && m_token->current() != version)
            continue;
        if (rv != CKR_OK)
            return m_token->failure("C_Encrypt (AES-256-GCM)", rv);
        if (length != CK_ULONG(plaintext.size() + kGcmTagBytes))
            return makeError(ErrorCode::Internal,
                             QStringLiteral("%1 returned %2 bytes of AES-256-GCM output for %3")
                                 .arg(m_token->name())
                                 .arg(length)
                                 .arg(plaintext.size()));
        return blob;
    }
}

Result<QByteArray> TokenKey::open(const QByteArray &blob, const QByteArray &aad) const
{
    if (!blob.isEmpty() && blob.at(0) != kSealedBlobFormat)
        return makeError(ErrorCode::InvalidInput,
                         QStringLiteral("sealed value has unknown format byte 0x%1 (expected "
                                        "0x43, 'C')")
                             .arg(uint(uchar(blob.at(0))), 2, 16, QLatin1Char('0')));
    if (blob.size() < kSealedBlobMinBytes)
        return makeError(ErrorCode::InvalidInput,
                         QStringLiteral("sealed value is truncated: %1 bytes, at least %2 expected")
                             .arg(blob.size())
                             .arg(kSealedBlobMinBytes));
    if (blob.size() > (qsizetype(1) << 30) || aad.size() > (qsizetype(1) << 30))
        return makeError(ErrorCode::TooLarge,
                         QStringLiteral("a value sealed in the token must be under 1 GiB"));
    const quint32 version = qFromBigEndian<quint32>(blob.constData() + 1);
    const std::lock_guard locked(m_token->lock);
    if (!m_token->handles.contains(version))
        if (Result<void> found = m_token->findVersions(); !found)
            return found.error();
    const auto notHeld = [&]() -> Result<QByteArray> {
        return makeError(ErrorCode::Unavailable,
                         QStringLiteral("sealed value uses master key version %1, which %2 does "
                                        "not hold (versions there: %3)")
                             .arg(version)
                             .arg(m_token->name(), versionList(m_token->handles.keys())));
    };
    if (!m_token->handles.contains(version))
        return notHeld();
    const qsizetype sealedBytes = blob.size() - kSealedBlobHeaderBytes; // ciphertext and tag
    QByteArray plaintext(sealedBytes, Qt::Uninitialized);
    WipeOnExit plaintextWiped(plaintext);
    CK_ULONG length = CK_ULONG(sealedBytes);
    const CK_RV rv = m_token->gcm(false, version, blob.constData() + 5, aad,
                                  blob.constData() + kSealedBlobHeaderBytes, CK_ULONG(sealedBytes),
                                  plaintext.data(), &length);
    if (lostKey(rv) && !m_token->handles.contains(version))
        return notHeld(); // another process retired it meanwhile
    // Tokens report a tag that does not match in more than one way (SoftHSM: a general error).
    if (rv == CKR_ENCRYPTED_DATA_INVALID || rv == CKR_ENCRYPTED_DATA_LEN_RANGE
        || rv == CKR_GENERAL_ERROR || rv == CKR_FUNCTION_FAILED)
        return authenticationFailed();
    if (rv != CKR_OK)
        return m_token->failure("C_Decrypt (AES-256-GCM)", rv);
    if (length != CK_ULONG(sealedBytes - kGcmTagBytes))
        return authenticationFailed();
    plaintext.truncate(qsizetype(length));
    return plaintextWiped.release();
}

quint32 TokenKey::currentVersion() const
{
    const std::lock_guard locked(m_token->lock);
    if (Result<void> followed = m_token->followRotation(); !followed)
        qCWarning(lcToken) << followed.error().message; // seal() reports it
    return m_token->current();
}

QString TokenKey::describe() const
{
    return m_token->name();
}

Result<QList<quint32>> TokenKey::storedVersions()
{
    const std::lock_guard locked(m_token->lock);
    if (Result<void> found = m_token->findVersions(); !found)
        return found.error();
    return m_token->handles.keys();
}

Result<quint32> TokenKey::addVersion()
{
    const std::lock_guard locked(m_token->lock);
    if (Result<void> found = m_token->findVersions(); !found)
        return found.error();
    const quint32 version = m_token->current() + 1;
    if (Result<CK_OBJECT_HANDLE> generated = m_token->generate(version); !generated)
        return generated.error();
    qCInfo(lcToken, "master key version %u generated in %s", version, qPrintable(m_token->name()));
    return version;
}

Result<void> TokenKey::retireVersion(quint32 version)
{
    const std::lock_guard locked(m_token->lock);
    if (Result<void> found = m_token->findVersions(); !found)
        return found.error();
    if (version == m_token->current())
        return makeError(
            ErrorCode::Conflict,
            QStringLiteral("key version %1 is the current one and cannot be retired").arg(version));
    const auto key = m_token->handles.constFind(version);
    if (key == m_token->handles.cend())
        return {};
    const CK_OBJECT_HANDLE object = key.value();
    if (const CK_RV rv = m_token->module->C_DestroyObject(m_token->session, object);
        rv != CKR_OK && !lostKey(rv))
        return m_token->failure("C_DestroyObject", rv);
    m_token->handles.remove(version);
    return {};
}

Result<QByteArray> TokenKey::deriveKey(quint32 version, const QByteArray &, int) const
{
    return makeError(ErrorCode::Unavailable,
                     QStringLiteral("cannot derive a key from master key version %1: it never "
                                    "leaves %2")
                         .arg(version)
                         .arg(m_token->name()));
}

Result<void> TokenKey::checkExportable() const
{
    return makeError(ErrorCode::InvalidInput,
                     QStringLiteral("the master key is in %1 and never leaves it, so there is no "
                                    "key file to export: back the token up with its own tools "
                                    "(README, \"A master key in a PKCS#11 token\")")
                         .arg(m_token->name()));
}

} // namespace cc::crypto
