#include "Crypto.h"

#include "Aes256Gcm.h"
#include "PasswordHash.h"
#include "Signature.h"
#include "Totp.h"

#include <climits>
#include <cstring>
#include <memory>
#include <openssl/crypto.h>
#include <openssl/evp.h>
#include <openssl/hmac.h>
#include <openssl/rand.h>
#include <sys/mman.h>
#include <sys/prctl.h>
#include <sys/resource.h>

#include <QScopeGuard>
#include <QString>

namespace cc::crypto {

namespace {

Error selfTestFailure(const QString &name)
{
    return makeError(ErrorCode::Internal,
                     QStringLiteral("crypto self-test failed: %1. The crypto libraries on this "
                                    "machine do not compute correct results; refusing to start.")
                         .arg(name));
}

// GCM spec (McGrew & Viega) test case 16: AES-256, 96-bit IV, 20 bytes of AAD, 60-byte message.
bool gcmSelfTest()
{
    const QByteArray key
        = QByteArray::fromHex("feffe9928665731c6d6a8f9467308308feffe9928665731c6d6a8f9467308308");
    const QByteArray iv = QByteArray::fromHex("cafebabefacedbaddecaf888");
    const QByteArray aad = QByteArray::fromHex("feedfacedeadbeeffeedfacedeadbeefabaddad2");
    const QByteArray plaintext
        = QByteArray::fromHex("d9313225f88406e5a55909c5aff5269a86a7a9531534f7da2e4c303d8a318a72"
                              "1c3c0c95956809532fcf0e2449a6b525b16aedf5aa0de657ba637b39");
    const QByteArray ciphertext
        = QByteArray::fromHex("522dc1f099567d07f47f37a32a84427d643a8cdcbfe5c0c97598a2bd2555d1aa"
                              "8cb08e48590dbb3da7b08b1056828838c5f61e6393ba7a0abcc9f662");
    const QByteArray tag = QByteArray::fromHex("76fc6ece0f4e1768cddf8853bb2d551b");

    const auto sealed = gcmEncrypt(key, iv, aad, plaintext);
    if (!sealed || sealed->ciphertext != ciphertext || sealed->tag != tag)
        return false;
    const auto opened = gcmDecrypt(key, iv, aad, ciphertext, tag);
    if (!opened || *opened != plaintext)
        return false;
    // A flipped tag bit must be rejected, or decryption authenticates nothing.
    QByteArray badTag = tag;
    badTag[0] = char(badTag[0] ^ 0x01);
    return !gcmDecrypt(key, iv, aad, ciphertext, badTag).ok();
}

bool sha256SelfTest()
{
    return sha256(QByteArrayLiteral("abc"))
        == QByteArray::fromHex("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
}

// RFC 4231 test case 2 (a key shorter than the block, ASCII data).
bool hmacSelfTest()
{
    return hmacSha256(QByteArrayLiteral("Jefe"), QByteArrayLiteral("what do ya want for nothing?"))
        == QByteArray::fromHex("5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843");
}

// RFC 4226 Appendix D, count 1, and RFC 6238 Appendix B, SHA-1 at T = 59.
bool otpSelfTest()
{
    const QByteArray secret = QByteArrayLiteral("12345678901234567890");
    const auto hotp = totp::hotp(secret, 1, 6);
    if (!hotp || *hotp != QLatin1String("287082"))
        return false;
    const auto code = totp::code(secret, 59, 8, 30, totp::Algorithm::Sha1);
    return code && *code == QLatin1String("94287082");
}

// Argon2id has no short published vector for the encoded API, so check the round trip with
// tiny parameters: the right password verifies, a wrong one does not.
bool argon2SelfTest()
{
    const Argon2Params tiny {1, 8, 1};
    const auto encoded = hashPassword(QByteArrayLiteral("self-test"), tiny);
    return encoded && encoded->startsWith(QLatin1String("$argon2id$v=19$"))
        && verifyPassword(*encoded, QByteArrayLiteral("self-test"))
        && !verifyPassword(*encoded, QByteArrayLiteral("self-tesT"));
}

// RFC 8032 section 7.1, TEST 2 (one-byte message), and a bit flip that must not verify.
bool ed25519SelfTest()
{
    const QByteArray seed
        = QByteArray::fromHex("4ccd089b28ff96da9db6c346ec114e0f5b8a319f35aba624da8cf6ed4fb8a6fb");
    const QByteArray publicKey
        = QByteArray::fromHex("3d4017c3e843895a92b70aa74d1b7ebc9c982ccf2ec4968cc0cd55f12af4660c");
    const QByteArray message = QByteArray::fromHex("72");
    const QByteArray signature
        = QByteArray::fromHex("92a009a9f0d4cab8720e820b5f642540a2b27b5416503f8fb3762223ebdb69da"
                              "085ac1e43e15996e458f3613d0f11d8c387b2eaeb4302aeeb00d291612bb0c00");
    const auto derived = ed25519PublicKey(seed);
    const auto signed_ = ed25519Sign(seed, message);
    QByteArray flipped = signature;
    flipped[0] = char(flipped[0] ^ 0x01);
    return derived && *derived == publicKey && signed_ && *signed_ == signature
        && ed25519Verify(publicKey, message, signature)
        && !ed25519Verify(publicKey, message, flipped);
}

} // namespace

Result<void> init()
{
    if (OPENSSL_init_crypto(0, nullptr) != 1)
        return makeError(ErrorCode::Internal, QStringLiteral("OpenSSL failed to initialise"));
    if (randomBytes(32).size() != 32)
        return selfTestFailure(QStringLiteral("random generator (RAND_bytes)"));

    struct SelfTest
    {
        const char *name;
        bool (*run)();
    };
    static constexpr SelfTest tests[] = {
        {"AES-256-GCM (GCM spec test case 16)", gcmSelfTest},
        {"SHA-256 (\"abc\")", sha256SelfTest},
        {"HMAC-SHA256 (RFC 4231 test case 2)", hmacSelfTest},
        {"HOTP/TOTP (RFC 4226 and RFC 6238 vectors)", otpSelfTest},
        {"Argon2id (hash and verify round trip)", argon2SelfTest},
        {"Ed25519 (RFC 8032 test 2)", ed25519SelfTest},
    };
    for (const SelfTest &test : tests) {
        if (!test.run())
            return selfTestFailure(QString::fromUtf8(test.name));
    }
    return {};
}

namespace {

// A call to RAND_bytes costs about 0.7 µs whatever it is asked for (a getpid() system call for
// fork detection, locks, the generator's bookkeeping): as much as sealing and opening 1 KiB.
// Small draws (nonces, data keys, salts) are therefore served from a pool of the generator's
// output kept per thread and refilled a page at a time; bytes handed out are wiped from it at
// once. The page is marked MADV_WIPEONFORK: a forked child finds it zeroed, hence empty, and
// cannot hand out its parent's next bytes (a GCM nonce repeated under one key would reveal the
// key's authentication subkey). Where the kernel refuses the mark, every draw goes to
// RAND_bytes.
class RandomPool
{
public:
    static constexpr qsizetype kLargestPooledDraw = 64;

    RandomPool()
    {
        void *page = ::mmap(nullptr, sizeof(Page), PROT_READ | PROT_WRITE,
                            MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
        if (page == MAP_FAILED)
            return;
        if (::madvise(page, sizeof(Page), MADV_WIPEONFORK) != 0) {
            ::munmap(page, sizeof(Page));
            return;
        }
        ::madvise(page, sizeof(Page), MADV_DONTDUMP); // it holds future keys
        m_page = static_cast<Page *>(page); // zeroed by the kernel: empty
    }
    ~RandomPool()
    {
        if (!m_page)
            return;
        OPENSSL_cleanse(m_page, sizeof(Page));
        ::munmap(m_page, sizeof(Page));
    }
    RandomPool(const RandomPool &) = delete;
    RandomPool &operator=(const RandomPool &) = delete;

    static RandomPool &mine()
    {
        thread_local RandomPool pool;
        return pool;
    }

    bool fill(unsigned char *out, qsizetype count)
    {
        if (!m_page || count > kLargestPooledDraw)
            return RAND_bytes(out, int(count)) == 1;
        if (m_page->left < count) {
            if (RAND_bytes(m_page->bytes, int(sizeof m_page->bytes)) != 1) {
                m_page->left = 0;
                return false;
            }
            m_page->left = sizeof m_page->bytes;
        }
        m_page->left -= count;
        unsigned char *drawn = m_page->bytes + m_page->left;
        std::memcpy(out, drawn, size_t(count));
        OPENSSL_cleanse(drawn, size_t(count));
        return true;
    }

private:
    struct Page
    {
        qsizetype left; // unused bytes, at the start of `bytes`
        unsigned char bytes[4096 - sizeof(qsizetype)];
    };
    static_assert(sizeof(Page) == 4096);

    Page *m_page = nullptr;
};

} // namespace

bool randomFill(char *out, qsizetype count)
{
    if (count <= 0 || count > INT_MAX)
        return false;
    return RandomPool::mine().fill(reinterpret_cast<unsigned char *>(out), count);
}

QByteArray randomBytes(int count)
{
    if (count <= 0)
        return {};
    QByteArray bytes(count, Qt::Uninitialized);
    WipeOnExit bytesWiped(bytes);
    if (!randomFill(bytes.data(), count))
        return {};
    return bytesWiped.release();
}

QByteArray sha256(const QByteArray &data)
{
    unsigned char digest[EVP_MAX_MD_SIZE];
    unsigned int length = 0;
    if (EVP_Digest(data.constData(), size_t(data.size()), digest, &length, EVP_sha256(), nullptr)
        != 1)
        return {};
    return QByteArray(reinterpret_cast<const char *>(digest), int(length));
}

Sha256::Sha256()
    : m_digest(EVP_MD_fetch(nullptr, "SHA256", nullptr))
    , m_context(EVP_MD_CTX_new())
{ }

Sha256::~Sha256()
{
    EVP_MD_CTX_free(m_context);
    EVP_MD_free(m_digest);
}

bool Sha256::hash(QByteArrayView data, Digest &digest)
{
    unsigned int length = 0;
    return m_digest && m_context && EVP_DigestInit_ex(m_context, m_digest, nullptr) == 1
        && EVP_DigestUpdate(m_context, data.data(), size_t(data.size())) == 1
        && EVP_DigestFinal_ex(m_context, digest.data(), &length) == 1 && length == digest.size();
}

QByteArray sha256File(QIODevice &device)
{
    const std::unique_ptr<EVP_MD_CTX, decltype(&EVP_MD_CTX_free)> ctx(EVP_MD_CTX_new(),
                                                                      &EVP_MD_CTX_free);
    if (!ctx || EVP_DigestInit_ex(ctx.get(), EVP_sha256(), nullptr) != 1)
        return {};
    QByteArray block(1024 * 1024, Qt::Uninitialized);
    for (;;) {
        const qint64 n = device.read(block.data(), block.size());
        if (n < 0)
            return {};
        if (n == 0)
            break;
        if (EVP_DigestUpdate(ctx.get(), block.constData(), size_t(n)) != 1)
            return {};
    }
    unsigned char digest[EVP_MAX_MD_SIZE];
    unsigned int length = 0;
    if (EVP_DigestFinal_ex(ctx.get(), digest, &length) != 1)
        return {};
    return QByteArray(reinterpret_cast<const char *>(digest), int(length));
}

QByteArray hmacSha256(const QByteArray &key, const QByteArray &data)
{
    unsigned char mac[EVP_MAX_MD_SIZE];
    const auto macWiped = qScopeGuard([&mac] { OPENSSL_cleanse(mac, sizeof mac); });
    unsigned int length = 0;
    if (key.size() > INT_MAX)
        return {};
    // constData() of an empty QByteArray is a valid pointer to "", so an empty key is fine.
    if (!HMAC(EVP_sha256(), key.constData(), int(key.size()),
              reinterpret_cast<const unsigned char *>(data.constData()), size_t(data.size()), mac,
              &length))
        return {};
    return QByteArray(reinterpret_cast<const char *>(mac), int(length));
}

bool constantTimeEquals(const QByteArray &a, const QByteArray &b)
{
    // The length is not secret for our uses (tokens and MACs have fixed sizes).
    if (a.size() != b.size())
        return false;
    return CRYPTO_memcmp(a.constData(), b.constData(), size_t(a.size())) == 0;
}

void wipe(QByteArray &secret)
{
    // Only a buffer this array owns alone can be overwritten: data() on a shared buffer would
    // detach and wipe a fresh copy, and a raw-data array may point at read-only memory.
    if (secret.isDetached() && !secret.isEmpty())
        OPENSSL_cleanse(secret.data(), size_t(secret.size()));
    secret.clear();
}

bool keepSecretsOutOfCoreDumps()
{
    const rlimit none {0, 0};
    return setrlimit(RLIMIT_CORE, &none) == 0 && prctl(PR_SET_DUMPABLE, 0, 0, 0, 0) == 0;
}

} // namespace cc::crypto
