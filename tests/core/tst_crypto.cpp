// The crypto facade against published vectors (RFC 4226, RFC 6238, the GCM spec, RFC 4231,
// RFC 4648, RFC 8032, RFC 5869) and against the rules the rest of the product relies on: tampering
// fails, key files are private, malformed input is refused with a message. In the SoftHSM run
// (tst_crypto_softhsm) also the master key in a PKCS#11 token: sealed and opened inside it, never
// readable, each problem named, rotation keeping old versions until they are retired.

#include "SoftHsmToken.h"
#include "crypto/Aes256Gcm.h"
#include "crypto/Crypto.h"
#include "crypto/KeyDerivation.h"
#include "crypto/PasswordHash.h"
#include "crypto/SealedStream.h"
#include "crypto/Signature.h"
#include "crypto/TokenKey.h"
#include "crypto/Totp.h"

#include <future>
#include <memory>
#include <p11-kit/p11-kit.h>
#include <p11-kit/pkcs11.h>
#include <stdexcept>
#include <sys/stat.h>
#include <sys/wait.h>
#include <thread>
#include <unistd.h>

#include <QBuffer>
#include <QDateTime>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>
#include <QUrl>
#include <QUrlQuery>

using namespace cc;
using namespace cc::crypto;

Q_DECLARE_METATYPE(cc::crypto::totp::Algorithm)

namespace {

QByteArray hex(const char *text)
{
    return QByteArray::fromHex(text);
}

// The GCM spec's 256-bit key, plaintext and AAD shared by test cases 15 to 18.
const char kSpecKey[] = "feffe9928665731c6d6a8f9467308308feffe9928665731c6d6a8f9467308308";
const char kSpecPlaintext[] = "d9313225f88406e5a55909c5aff5269a86a7a9531534f7da2e4c303d8a318a72"
                              "1c3c0c95956809532fcf0e2449a6b525b16aedf5aa0de657ba637b39";
const char kSpecAad[] = "feedfacedeadbeeffeedfacedeadbeefabaddad2";

bool isAuthenticationError(const Error &error)
{
    return error.code == ErrorCode::InvalidInput
        && error.message.startsWith(QLatin1String("authentication failed"));
}

mode_t fileMode(const QString &path)
{
    struct stat info
    {
    };
    if (::stat(QFile::encodeName(path).constData(), &info) != 0)
        return mode_t(-1);
    return info.st_mode & 07777;
}

// Why the token tests do not run here: they run in tst_crypto_softhsm, where softhsm2 is.
QString tokenTestsSkipped()
{
    if (!cc::test::SoftHsmToken::requested())
        return QStringLiteral("the token tests run in tst_crypto_softhsm");
    return cc::test::SoftHsmToken::unavailableReason();
}

// What the token says about a master key object, asked through PKCS#11 directly (another
// session, as any program holding the PIN could): whether its value can be read, and its flags.
struct KeyObjectView
{
    bool found = false;
    CK_RV valueRead = CKR_OK;
    CK_BBOOL sensitive = CK_FALSE;
    CK_BBOOL extractable = CK_TRUE;
    CK_BBOOL onToken = CK_FALSE;
};

KeyObjectView inspectKeyObject(const cc::crypto::TokenConfig &config, const QByteArray &label)
{
    KeyObjectView view;
    CK_FUNCTION_LIST *module = p11_kit_module_load(QFile::encodeName(config.module), 0);
    if (!module || p11_kit_module_initialize(module) != CKR_OK)
        return view;
    CK_ULONG count = 16;
    CK_SLOT_ID slotIds[16];
    CK_SESSION_HANDLE session = CK_INVALID_HANDLE;
    module->C_GetSlotList(CK_TRUE, slotIds, &count);
    for (CK_ULONG i = 0; i < count; ++i) {
        CK_TOKEN_INFO info;
        if (module->C_GetTokenInfo(slotIds[i], &info) == CKR_OK
            && QByteArray(reinterpret_cast<const char *>(info.label), 32).trimmed()
                == config.token.toUtf8())
            module->C_OpenSession(slotIds[i], CKF_SERIAL_SESSION, nullptr, nullptr, &session);
    }
    QByteArray pin = cc::test::SoftHsmToken::kPin;
    module->C_Login(session, CKU_USER, reinterpret_cast<CK_UTF8CHAR *>(pin.data()),
                    CK_ULONG(pin.size()));
    QByteArray wanted = label;
    CK_ATTRIBUTE search = {CKA_LABEL, wanted.data(), CK_ULONG(wanted.size())};
    CK_OBJECT_HANDLE object = CK_INVALID_HANDLE;
    CK_ULONG got = 0;
    if (module->C_FindObjectsInit(session, &search, 1) == CKR_OK) {
        module->C_FindObjects(session, &object, 1, &got);
        module->C_FindObjectsFinal(session);
    }
    if (got == 1) {
        view.found = true;
        unsigned char value[64];
        CK_ATTRIBUTE read = {CKA_VALUE, value, sizeof value};
        view.valueRead = module->C_GetAttributeValue(session, object, &read, 1);
        CK_ATTRIBUTE flags[] = {{CKA_SENSITIVE, &view.sensitive, sizeof(CK_BBOOL)},
                                {CKA_EXTRACTABLE, &view.extractable, sizeof(CK_BBOOL)},
                                {CKA_TOKEN, &view.onToken, sizeof(CK_BBOOL)}};
        module->C_GetAttributeValue(session, object, flags, 3);
    }
    module->C_CloseSession(session);
    p11_kit_module_finalize(module);
    p11_kit_module_release(module);
    return view;
}

bool writeFile(const QString &path, const QByteArray &data, QFile::Permissions permissions)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(data) == data.size()
        && file.setPermissions(permissions);
}

QByteArray readFile(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

constexpr QFile::Permissions kOwnerOnly = QFile::ReadOwner | QFile::WriteOwner;

} // namespace

class TestCrypto : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();

    void initRunsSelfTests();
    void randomBytes();
    void randomBytesNotRepeatedInAForkedChild();
    void sha256Vectors_data();
    void sha256Vectors();
    void hmacSha256Vectors_data();
    void hmacSha256Vectors();
    void constantTimeEquals();
    void wipeOverwritesOwnedBytes();
    void wipeOnExitWipesOnEveryPath_data();
    void wipeOnExitWipesOnEveryPath();
    void wipeOnExitReleaseHandsTheBytesOver();

    void gcmSpecVectors_data();
    void gcmSpecVectors();
    void gcmTamperingFails_data();
    void gcmTamperingFails();
    void gcmRejectsBadSizes_data();
    void gcmRejectsBadSizes();
    void fieldAadIsStableAndUnambiguous();

    void keyRingRoundTrip_data();
    void keyRingRoundTrip();
    void keyRingSealsDiffer();
    void keyRingValueCopiedToAnotherFieldFails_data();
    void keyRingValueCopiedToAnotherFieldFails();
    void keyRingTamperedBlobFails();
    void keyRingUnknownKeyVersion();
    void keyRingRotationKeepsOldValuesReadable();
    void keyRingMalformedBlob_data();
    void keyRingMalformedBlob();
    void keyRingMove();
    void keyRingContextsNeverMixKeys();
    void keyRingWithoutKeyRefusesToSeal();

    void keyFileCreatedPrivate();
    void keyFileRefusedWhenOthersCanAccess_data();
    void keyFileRefusedWhenOthersCanAccess();
    void keyFileRefusedWhenMalformed_data();
    void keyFileRefusedWhenMalformed();
    void keyFileFormatOneIsVersionOne();
    void keyFileVersionsAndReplacementSeenByReaders();
    void sealedStreamRoundTrip_data();
    void sealedStreamRoundTrip();
    void sealedStreamRefusesTampering_data();
    void sealedStreamRefusesTampering();
    void sealedStreamWrongPassphraseOrPurpose();
    void keyFileMissing();
    void createKeyFileRefusesExistingFile();

    void argon2HashAndVerify();
    void argon2idKdfVectors_data();
    void argon2idKdfVectors();
    void argon2idKdfRejectsBadInput();
    void argon2RejectsMalformedHash_data();
    void argon2RejectsMalformedHash();
    void argon2RejectsBadParameters();

    void base32Rfc4648Vectors_data();
    void base32Rfc4648Vectors();
    void base32RoundTrip();
    void base32RejectsInvalidInput_data();
    void base32RejectsInvalidInput();

    void provisioningUri();
    void provisioningUriEncodesReservedCharacters();

    void hotpRfc4226_data();
    void hotpRfc4226();
    void totpRfc6238_data();
    void totpRfc6238();
    void otpRejectsBadParameters();
    void matchingStep_data();
    void matchingStep();
    void matchingStepAtCurrentTime();
    void matchingStepRefusesMalformedCode_data();
    void matchingStepRefusesMalformedCode();
    void ed25519Rfc8032_data();
    void ed25519Rfc8032();
    void ed25519RefusesTamperingAndMalformedInput();
    void hkdfRfc5869_data();
    void hkdfRfc5869();
    void keyRingDerivedKeysArePerPurpose();

    void tokenSealsAndOpensInsideTheToken();
    void tokenProblemsAreNamed();
    void tokenRotationKeepsOldVersionsUntilRetired();

private:
    QTemporaryDir m_dir;
};

void TestCrypto::initTestCase()
{
    QVERIFY2(m_dir.isValid(), qPrintable(m_dir.errorString()));
}

void TestCrypto::initRunsSelfTests()
{
    const Result<void> result = init();
    QVERIFY2(result.ok(), qPrintable(result.ok() ? QString() : result.error().message));
}

void TestCrypto::randomBytes()
{
    const QByteArray a = crypto::randomBytes(32);
    const QByteArray b = crypto::randomBytes(32);
    QCOMPARE(a.size(), 32);
    QCOMPARE(b.size(), 32);
    QVERIFY(a != b);
    QVERIFY(a != QByteArray(32, '\0'));
    QVERIFY(crypto::randomBytes(0).isEmpty());
    QVERIFY(crypto::randomBytes(-1).isEmpty());
    // Past the per-thread pool's largest draw: straight from the generator.
    const QByteArray large = crypto::randomBytes(4096);
    QCOMPARE(large.size(), 4096);
    QVERIFY(large != crypto::randomBytes(4096));
    char byte = 0;
    QVERIFY(!crypto::randomFill(&byte, 0));
    QVERIFY(crypto::randomFill(&byte, 1));
}

// Small draws come from a pool of generator output kept per thread. A forked child must not
// hand out the bytes its parent hands out next: both would seal with the same nonces.
void TestCrypto::randomBytesNotRepeatedInAForkedChild()
{
    QVERIFY(!crypto::randomBytes(12).isEmpty()); // the pool now holds bytes for later draws
    int fds[2];
    QCOMPARE(::pipe(fds), 0);
    const pid_t child = ::fork();
    QVERIFY(child >= 0);
    if (child == 0) {
        const QByteArray drawn = crypto::randomBytes(32);
        const bool sent = ::write(fds[1], drawn.constData(), size_t(drawn.size())) == 32;
        ::_exit(sent ? 0 : 1);
    }
    ::close(fds[1]);
    const QByteArray parent = crypto::randomBytes(32);
    QByteArray inChild(32, '\0');
    const ssize_t got = ::read(fds[0], inChild.data(), 32);
    ::close(fds[0]);
    int status = 0;
    QCOMPARE(::waitpid(child, &status, 0), child);
    QVERIFY(WIFEXITED(status) && WEXITSTATUS(status) == 0);
    QCOMPARE(got, ssize_t(32));
    QCOMPARE(parent.size(), 32);
    QVERIFY2(parent != inChild, "the child drew the same bytes as its parent");
}

void TestCrypto::sha256Vectors_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<QByteArray>("digest");
    // FIPS 180-2 examples.
    QTest::newRow("empty")
        << QByteArray() << hex("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
    QTest::newRow("abc") << QByteArrayLiteral("abc")
                         << hex("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
    QTest::newRow("448 bits")
        << QByteArrayLiteral("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq")
        << hex("248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1");
}

void TestCrypto::sha256Vectors()
{
    QFETCH(QByteArray, input);
    QFETCH(QByteArray, digest);
    QCOMPARE(sha256(input).toHex(), digest.toHex());
}

void TestCrypto::hmacSha256Vectors_data()
{
    QTest::addColumn<QByteArray>("key");
    QTest::addColumn<QByteArray>("data");
    QTest::addColumn<QByteArray>("mac");
    // RFC 4231 test cases 1, 2 and 6 (a key longer than the block size).
    QTest::newRow("RFC 4231 case 1")
        << QByteArray(20, '\x0b') << QByteArrayLiteral("Hi There")
        << hex("b0344c61d8db38535ca8afceaf0bf12b881dc200c9833da726e9376c2e32cff7");
    QTest::newRow("RFC 4231 case 2")
        << QByteArrayLiteral("Jefe") << QByteArrayLiteral("what do ya want for nothing?")
        << hex("5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843");
    QTest::newRow("RFC 4231 case 6")
        << QByteArray(131, '\xaa')
        << QByteArrayLiteral("Test Using Larger Than Block-Size Key - Hash Key First")
        << hex("60e431591ee0b67f0d8a26aacbf5b77f8e0bc6213728c5140546040f0ee37f54");
}

void TestCrypto::hmacSha256Vectors()
{
    QFETCH(QByteArray, key);
    QFETCH(QByteArray, data);
    QFETCH(QByteArray, mac);
    QCOMPARE(hmacSha256(key, data).toHex(), mac.toHex());
}

void TestCrypto::constantTimeEquals()
{
    QVERIFY(crypto::constantTimeEquals(QByteArrayLiteral("token"), QByteArrayLiteral("token")));
    QVERIFY(!crypto::constantTimeEquals(QByteArrayLiteral("token"), QByteArrayLiteral("tokeN")));
    QVERIFY(!crypto::constantTimeEquals(QByteArrayLiteral("token"), QByteArrayLiteral("toke")));
    QVERIFY(!crypto::constantTimeEquals(QByteArrayLiteral("toke"), QByteArrayLiteral("token")));
    QVERIFY(!crypto::constantTimeEquals(QByteArray(), QByteArrayLiteral("x")));
    QVERIFY(crypto::constantTimeEquals(QByteArray(), QByteArray()));
}

void TestCrypto::wipeOverwritesOwnedBytes()
{
    QByteArray secret = crypto::randomBytes(32);
    QVERIFY(secret.isDetached());
    wipe(secret);
    QVERIFY(secret.isEmpty());

    // A buffer shared with another array is not ours to overwrite: the other copy keeps its
    // value, and this one is still cleared.
    QByteArray original = QByteArrayLiteral("shared secret");
    original.detach();
    QByteArray copy = original;
    wipe(copy);
    QVERIFY(copy.isEmpty());
    QCOMPARE(original, QByteArrayLiteral("shared secret"));
}

namespace {

enum class Exit { EndOfScope, EarlyReturn, Exception };

// Holds a secret the way the services do, and leaves by the given path.
Result<int> useSecret(QByteArray &secret, Exit exit)
{
    const crypto::WipeOnExit secretWiped(secret);
    if (exit == Exit::EarlyReturn)
        return makeError(ErrorCode::InvalidInput, QStringLiteral("refused half-way"));
    if (exit == Exit::Exception)
        throw std::runtime_error("thrown half-way");
    return int(secret.size());
}

} // namespace

void TestCrypto::wipeOnExitWipesOnEveryPath_data()
{
    QTest::addColumn<int>("exit");
    QTest::newRow("end of scope") << int(Exit::EndOfScope);
    QTest::newRow("early return") << int(Exit::EarlyReturn);
    QTest::newRow("exception") << int(Exit::Exception);
}

void TestCrypto::wipeOnExitWipesOnEveryPath()
{
    QFETCH(int, exit);
    QByteArray secret = crypto::randomBytes(32);
    QVERIFY(secret.isDetached());
    try {
        (void)useSecret(secret, Exit(exit));
    } catch (const std::runtime_error &) { }
    QVERIFY(secret.isEmpty());
}

void TestCrypto::wipeOnExitReleaseHandsTheBytesOver()
{
    QByteArray secret = QByteArrayLiteral("the function's result");
    secret.detach();
    QByteArray result;
    {
        crypto::WipeOnExit secretWiped(secret);
        result = secretWiped.release();
    }
    QCOMPARE(result, QByteArrayLiteral("the function's result"));
    QVERIFY(secret.isEmpty());
}

void TestCrypto::gcmSpecVectors_data()
{
    QTest::addColumn<QByteArray>("key");
    QTest::addColumn<QByteArray>("nonce");
    QTest::addColumn<QByteArray>("aad");
    QTest::addColumn<QByteArray>("plaintext");
    QTest::addColumn<QByteArray>("ciphertext");
    QTest::addColumn<QByteArray>("tag");

    // McGrew & Viega, "The Galois/Counter Mode of Operation (GCM)", Appendix B, the 256-bit
    // key cases.
    const QByteArray zeroKey(32, '\0');
    QTest::newRow("case 13: empty")
        << zeroKey << QByteArray(12, '\0') << QByteArray() << QByteArray() << QByteArray()
        << hex("530f8afbc74536b9a963b4f1c4cb738b");
    QTest::newRow("case 14: zero block")
        << zeroKey << QByteArray(12, '\0') << QByteArray() << QByteArray(16, '\0')
        << hex("cea7403d4d606b6e074ec5d3baf39d18") << hex("d0d1c8a799996bf0265b98b5d48ab919");
    QTest::newRow("case 15: 4 blocks")
        << hex(kSpecKey) << hex("cafebabefacedbaddecaf888") << QByteArray()
        << hex("d9313225f88406e5a55909c5aff5269a86a7a9531534f7da2e4c303d8a318a72"
               "1c3c0c95956809532fcf0e2449a6b525b16aedf5aa0de657ba637b391aafd255")
        << hex("522dc1f099567d07f47f37a32a84427d643a8cdcbfe5c0c97598a2bd2555d1aa"
               "8cb08e48590dbb3da7b08b1056828838c5f61e6393ba7a0abcc9f662898015ad")
        << hex("b094dac5d93471bdec1a502270e3cc6c");
    QTest::newRow("case 16: AAD, 96-bit IV")
        << hex(kSpecKey) << hex("cafebabefacedbaddecaf888") << hex(kSpecAad) << hex(kSpecPlaintext)
        << hex("522dc1f099567d07f47f37a32a84427d643a8cdcbfe5c0c97598a2bd2555d1aa"
               "8cb08e48590dbb3da7b08b1056828838c5f61e6393ba7a0abcc9f662")
        << hex("76fc6ece0f4e1768cddf8853bb2d551b");
    QTest::newRow("case 17: AAD, 64-bit IV")
        << hex(kSpecKey) << hex("cafebabefacedbad") << hex(kSpecAad) << hex(kSpecPlaintext)
        << hex("c3762df1ca787d32ae47c13bf19844cbaf1ae14d0b976afac52ff7d79bba9de0"
               "feb582d33934a4f0954cc2363bc73f7862ac430e64abe499f47c9b1f")
        << hex("3a337dbf46a792c45e454913fe2ea8f2");
    QTest::newRow("case 18: AAD, 60-byte IV")
        << hex(kSpecKey)
        << hex("9313225df88406e555909c5aff5269aa6a7a9538534f7da1e4c303d2a318a728"
               "c3c0c95156809539fcf0e2429a6b525416aedbf5a0de6a57a637b39b")
        << hex(kSpecAad) << hex(kSpecPlaintext)
        << hex("5a8def2f0c9e53f1f75d7853659e2a20eeb2b22aafde6419a058ab4f6f746bf4"
               "0fc0c3b780f244452da3ebf1c5d82cdea2418997200ef82e44ae7e3f")
        << hex("a44a8266ee1c8eb0c8b5d4cf5ae9f19a");
}

void TestCrypto::gcmSpecVectors()
{
    QFETCH(QByteArray, key);
    QFETCH(QByteArray, nonce);
    QFETCH(QByteArray, aad);
    QFETCH(QByteArray, plaintext);
    QFETCH(QByteArray, ciphertext);
    QFETCH(QByteArray, tag);

    const auto sealed = gcmEncrypt(key, nonce, aad, plaintext);
    QVERIFY2(sealed.ok(), qPrintable(sealed.ok() ? QString() : sealed.error().message));
    QCOMPARE(sealed->ciphertext.toHex(), ciphertext.toHex());
    QCOMPARE(sealed->tag.toHex(), tag.toHex());

    const auto opened = gcmDecrypt(key, nonce, aad, ciphertext, tag);
    QVERIFY2(opened.ok(), qPrintable(opened.ok() ? QString() : opened.error().message));
    QCOMPARE(opened->toHex(), plaintext.toHex());
}

void TestCrypto::gcmTamperingFails_data()
{
    QTest::addColumn<QString>("part");
    QTest::addColumn<int>("index");
    QTest::newRow("first ciphertext byte") << QStringLiteral("ciphertext") << 0;
    QTest::newRow("last ciphertext byte") << QStringLiteral("ciphertext") << 59;
    QTest::newRow("first tag byte") << QStringLiteral("tag") << 0;
    QTest::newRow("last tag byte") << QStringLiteral("tag") << 15;
    QTest::newRow("AAD byte") << QStringLiteral("aad") << 7;
    QTest::newRow("nonce byte") << QStringLiteral("nonce") << 11;
    QTest::newRow("key byte") << QStringLiteral("key") << 31;
}

void TestCrypto::gcmTamperingFails()
{
    QFETCH(QString, part);
    QFETCH(int, index);
    QByteArray key = hex(kSpecKey);
    QByteArray nonce = hex("cafebabefacedbaddecaf888");
    QByteArray aad = hex(kSpecAad);
    QByteArray ciphertext = hex("522dc1f099567d07f47f37a32a84427d643a8cdcbfe5c0c97598a2bd2555d1aa"
                                "8cb08e48590dbb3da7b08b1056828838c5f61e6393ba7a0abcc9f662");
    QByteArray tag = hex("76fc6ece0f4e1768cddf8853bb2d551b");
    // The untouched vector opens, so a failure below is caused by the flipped bit.
    QVERIFY(gcmDecrypt(key, nonce, aad, ciphertext, tag).ok());

    QByteArray &target = part == QLatin1String("ciphertext") ? ciphertext
        : part == QLatin1String("tag")                       ? tag
        : part == QLatin1String("aad")                       ? aad
        : part == QLatin1String("nonce")                     ? nonce
                                                             : key;
    QVERIFY(index < target.size());
    target[index] = char(target.at(index) ^ 0x01);

    const auto opened = gcmDecrypt(key, nonce, aad, ciphertext, tag);
    QVERIFY(!opened.ok());
    QVERIFY2(isAuthenticationError(opened.error()), qPrintable(opened.error().message));
    QCOMPARE(
        opened.error().message,
        QStringLiteral("authentication failed: the value was altered or belongs to another field"));
}

void TestCrypto::gcmRejectsBadSizes_data()
{
    QTest::addColumn<QByteArray>("key");
    QTest::addColumn<QByteArray>("nonce");
    QTest::addColumn<QByteArray>("tag");
    QTest::addColumn<QString>("mentions");
    const QByteArray key(32, 'k');
    const QByteArray nonce(12, 'n');
    const QByteArray tag(16, 't');
    QTest::newRow("31-byte key") << QByteArray(31, 'k') << nonce << tag << QStringLiteral("key");
    QTest::newRow("16-byte key") << QByteArray(16, 'k') << nonce << tag << QStringLiteral("key");
    QTest::newRow("empty nonce") << key << QByteArray() << tag << QStringLiteral("nonce");
    QTest::newRow("15-byte tag") << key << nonce << QByteArray(15, 't') << QStringLiteral("tag");
    QTest::newRow("empty tag") << key << nonce << QByteArray() << QStringLiteral("tag");
}

void TestCrypto::gcmRejectsBadSizes()
{
    QFETCH(QByteArray, key);
    QFETCH(QByteArray, nonce);
    QFETCH(QByteArray, tag);
    QFETCH(QString, mentions);

    const auto opened = gcmDecrypt(key, nonce, QByteArray(), QByteArrayLiteral("data"), tag);
    QVERIFY(!opened.ok());
    QCOMPARE(opened.error().code, ErrorCode::InvalidInput);
    QVERIFY2(opened.error().message.contains(mentions), qPrintable(opened.error().message));

    if (mentions != QLatin1String("tag")) {
        const auto sealed = gcmEncrypt(key, nonce, QByteArray(), QByteArrayLiteral("data"));
        QVERIFY(!sealed.ok());
        QCOMPARE(sealed.error().code, ErrorCode::InvalidInput);
        QVERIFY2(sealed.error().message.contains(mentions), qPrintable(sealed.error().message));
    }
}

void TestCrypto::fieldAadIsStableAndUnambiguous()
{
    // Stored ciphertexts depend on these exact bytes: changing the encoding is a migration.
    QCOMPARE(fieldAad(QStringLiteral("users"), QStringLiteral("totp_secret"), 5),
             QByteArrayLiteral("cc1|5:users|11:totp_secret|5"));
    QCOMPARE(fieldAad(QStringLiteral("users"), QStringLiteral("totp_secret"), 5),
             fieldAad(QStringLiteral("users"), QStringLiteral("totp_secret"), 5));
    QVERIFY(fieldAad(QStringLiteral("users"), QStringLiteral("totp_secret"), 5)
            != fieldAad(QStringLiteral("users"), QStringLiteral("totp_secret"), 6));
    QVERIFY(fieldAad(QStringLiteral("users"), QStringLiteral("totp_secret"), 5)
            != fieldAad(QStringLiteral("users"), QStringLiteral("email"), 5));
    QVERIFY(fieldAad(QStringLiteral("a|b"), QStringLiteral("c"), 1)
            != fieldAad(QStringLiteral("a"), QStringLiteral("b|c"), 1));
    QVERIFY(fieldAad(QStringLiteral("t"), QStringLiteral("c|1"), 2)
            != fieldAad(QStringLiteral("t"), QStringLiteral("c"), 12));
    QCOMPARE(fieldAad(QStringLiteral("t\u00e9"), QStringLiteral("c"), -1),
             QByteArrayLiteral("cc1|3:t\xc3\xa9|1:c|-1"));
}

void TestCrypto::keyRingRoundTrip_data()
{
    QTest::addColumn<QByteArray>("plaintext");
    QTest::newRow("empty") << QByteArray();
    QTest::newRow("one byte") << QByteArrayLiteral("x");
    QTest::newRow("TOTP secret") << QByteArrayLiteral("12345678901234567890");
    QTest::newRow("4 KiB") << crypto::randomBytes(4096);
}

void TestCrypto::keyRingRoundTrip()
{
    QFETCH(QByteArray, plaintext);
    KeyRing ring;
    QVERIFY(ring.isEmpty());
    ring.addKey(7, crypto::randomBytes(kAesKeyBytes));
    QVERIFY(!ring.isEmpty());
    QCOMPARE(ring.currentVersion(), 7u);

    const QByteArray aad = fieldAad(QStringLiteral("users"), QStringLiteral("totp_secret"), 5);
    const auto blob = ring.seal(plaintext, aad);
    QVERIFY2(blob.ok(), qPrintable(blob.ok() ? QString() : blob.error().message));
    // 'C' | version (big endian) | nonce (12) | ciphertext | tag (16)
    QCOMPARE(blob->size(), 1 + 4 + 12 + plaintext.size() + 16);
    QCOMPARE(blob->at(0), 'C');
    QCOMPARE(blob->mid(1, 4), QByteArray::fromHex("00000007"));
    if (plaintext.size() >= 8)
        QVERIFY(!blob->contains(plaintext));

    const auto opened = ring.open(*blob, aad);
    QVERIFY2(opened.ok(), qPrintable(opened.ok() ? QString() : opened.error().message));
    QCOMPARE(*opened, plaintext);
}

void TestCrypto::keyRingSealsDiffer()
{
    KeyRing ring;
    ring.addKey(1, crypto::randomBytes(kAesKeyBytes));
    const QByteArray aad = fieldAad(QStringLiteral("users"), QStringLiteral("email"), 1);
    const auto first = ring.seal(QByteArrayLiteral("same value"), aad);
    const auto second = ring.seal(QByteArrayLiteral("same value"), aad);
    QVERIFY(first.ok() && second.ok());
    QVERIFY(*first != *second);
    QVERIFY(first->mid(5, 12) != second->mid(5, 12)); // a fresh nonce per seal
    QCOMPARE(*ring.open(*first, aad), QByteArrayLiteral("same value"));
    QCOMPARE(*ring.open(*second, aad), QByteArrayLiteral("same value"));
}

void TestCrypto::keyRingValueCopiedToAnotherFieldFails_data()
{
    QTest::addColumn<QString>("table");
    QTest::addColumn<QString>("column");
    QTest::addColumn<qint64>("row");
    QTest::newRow("another row") << QStringLiteral("users") << QStringLiteral("totp_secret")
                                 << qint64(6);
    QTest::newRow("another column")
        << QStringLiteral("users") << QStringLiteral("email") << qint64(5);
    QTest::newRow("another table")
        << QStringLiteral("admins") << QStringLiteral("totp_secret") << qint64(5);
}

void TestCrypto::keyRingValueCopiedToAnotherFieldFails()
{
    QFETCH(QString, table);
    QFETCH(QString, column);
    QFETCH(qint64, row);
    KeyRing ring;
    ring.addKey(1, crypto::randomBytes(kAesKeyBytes));
    const QByteArray home = fieldAad(QStringLiteral("users"), QStringLiteral("totp_secret"), 5);
    const auto blob = ring.seal(QByteArrayLiteral("JBSWY3DPEHPK3PXP"), home);
    QVERIFY(blob.ok());
    QVERIFY(ring.open(*blob, home).ok());

    const auto opened = ring.open(*blob, fieldAad(table, column, row));
    QVERIFY(!opened.ok());
    QVERIFY2(isAuthenticationError(opened.error()), qPrintable(opened.error().message));
}

void TestCrypto::keyRingTamperedBlobFails()
{
    KeyRing ring;
    ring.addKey(1, crypto::randomBytes(kAesKeyBytes));
    const QByteArray aad = fieldAad(QStringLiteral("users"), QStringLiteral("email"), 3);
    const auto blob = ring.seal(QByteArrayLiteral("alice@example.com"), aad);
    QVERIFY(blob.ok());
    // Every byte after the header fields is covered: nonce, ciphertext and tag.
    for (qsizetype i = 5; i < blob->size(); ++i) {
        QByteArray altered = *blob;
        altered[i] = char(altered.at(i) ^ 0x80);
        const auto opened = ring.open(altered, aad);
        QVERIFY2(!opened.ok(), qPrintable(QStringLiteral("byte %1 altered").arg(i)));
        QVERIFY2(isAuthenticationError(opened.error()), qPrintable(opened.error().message));
    }
}

void TestCrypto::keyRingUnknownKeyVersion()
{
    const QByteArray key = crypto::randomBytes(kAesKeyBytes);
    KeyRing writer;
    writer.addKey(1, key);
    const QByteArray aad = fieldAad(QStringLiteral("t"), QStringLiteral("c"), 1);
    const auto blob = writer.seal(QByteArrayLiteral("value"), aad);
    QVERIFY(blob.ok());

    KeyRing reader;
    reader.addKey(2, key); // the same bytes under another version are still not version 1
    const auto opened = reader.open(*blob, aad);
    QVERIFY(!opened.ok());
    QCOMPARE(opened.error().code, ErrorCode::Unavailable);
    QVERIFY2(opened.error().message.contains(QLatin1String("version 1")),
             qPrintable(opened.error().message));
    QVERIFY2(opened.error().message.contains(QLatin1String("loaded versions: 2")),
             qPrintable(opened.error().message));
}

void TestCrypto::keyRingRotationKeepsOldValuesReadable()
{
    KeyRing ring;
    ring.addKey(1, crypto::randomBytes(kAesKeyBytes));
    const QByteArray aad = fieldAad(QStringLiteral("t"), QStringLiteral("c"), 1);
    const auto old = ring.seal(QByteArrayLiteral("old"), aad);
    QVERIFY(old.ok());

    ring.addKey(2, crypto::randomBytes(kAesKeyBytes));
    QCOMPARE(ring.currentVersion(), 2u);
    const auto fresh = ring.seal(QByteArrayLiteral("new"), aad);
    QVERIFY(fresh.ok());
    QCOMPARE(fresh->mid(1, 4), QByteArray::fromHex("00000002"));
    QCOMPARE(*ring.open(*old, aad), QByteArrayLiteral("old"));
    QCOMPARE(*ring.open(*fresh, aad), QByteArrayLiteral("new"));

    // Adding an older version does not make it current.
    ring.addKey(0, crypto::randomBytes(kAesKeyBytes));
    QCOMPARE(ring.currentVersion(), 2u);
    // A key of the wrong size is refused (with a warning) and changes nothing.
    QTest::ignoreMessage(QtWarningMsg, "ignoring data key version 9: it is 31 bytes, not 32");
    ring.addKey(9, QByteArray(31, 'k'));
    QCOMPARE(ring.currentVersion(), 2u);
}

void TestCrypto::keyRingMalformedBlob_data()
{
    QTest::addColumn<int>("keep"); // bytes of a valid 5-byte-plaintext blob to keep
    QTest::addColumn<char>("format");
    QTest::addColumn<QString>("mentions");
    QTest::newRow("empty") << 0 << 'C' << QStringLiteral("truncated");
    QTest::newRow("format byte only") << 1 << 'C' << QStringLiteral("truncated");
    QTest::newRow("header only") << 17 << 'C' << QStringLiteral("truncated");
    QTest::newRow("one byte short of a tag") << 32 << 'C' << QStringLiteral("truncated");
    QTest::newRow("unknown format") << 38 << 'D' << QStringLiteral("format");
    QTest::newRow("NUL format") << 38 << '\0' << QStringLiteral("format");
}

void TestCrypto::keyRingMalformedBlob()
{
    QFETCH(int, keep);
    QFETCH(char, format);
    QFETCH(QString, mentions);
    KeyRing ring;
    ring.addKey(1, crypto::randomBytes(kAesKeyBytes));
    const QByteArray aad = fieldAad(QStringLiteral("t"), QStringLiteral("c"), 1);
    const auto blob = ring.seal(QByteArrayLiteral("value"), aad);
    QVERIFY(blob.ok());
    QCOMPARE(blob->size(), 38);

    QByteArray malformed = blob->left(keep);
    if (!malformed.isEmpty())
        malformed[0] = format;
    const auto opened = ring.open(malformed, aad);
    QVERIFY(!opened.ok());
    QCOMPARE(opened.error().code, ErrorCode::InvalidInput);
    QVERIFY2(opened.error().message.contains(mentions), qPrintable(opened.error().message));
}

void TestCrypto::keyRingMove()
{
    KeyRing source;
    source.addKey(3, crypto::randomBytes(kAesKeyBytes));
    const QByteArray aad = fieldAad(QStringLiteral("t"), QStringLiteral("c"), 1);
    const auto blob = source.seal(QByteArrayLiteral("value"), aad);
    QVERIFY(blob.ok());

    KeyRing moved(std::move(source));
    QVERIFY(source.isEmpty()); // NOLINT(bugprone-use-after-move): the moved-from state is defined
    QCOMPARE(source.currentVersion(), 0u);
    QCOMPARE(moved.currentVersion(), 3u);
    QCOMPARE(*moved.open(*blob, aad), QByteArrayLiteral("value"));

    KeyRing assigned;
    assigned.addKey(1, crypto::randomBytes(kAesKeyBytes));
    assigned = std::move(moved);
    QVERIFY(moved.isEmpty()); // NOLINT(bugprone-use-after-move)
    QCOMPARE(assigned.currentVersion(), 3u);
    QCOMPARE(*assigned.open(*blob, aad), QByteArrayLiteral("value"));
    QVERIFY(!source.seal(QByteArrayLiteral("x"), aad).ok());
}

// seal() and open() reuse a context per thread with the key schedule of the key used last. A
// ring that dies, a version replaced by another key, a ring made where the last one was and
// another thread's contexts must never seal or open with a key other than the ring's own: every
// value sealed here must open in a separate ring holding the same key bytes, and only there.
void TestCrypto::keyRingContextsNeverMixKeys()
{
    const QByteArray aad = fieldAad(QStringLiteral("t"), QStringLiteral("c"), 1);
    const auto sealsWith = [&](const KeyRing &ring, const QByteArray &key) {
        KeyRing same;
        same.addKey(ring.currentVersion(), key);
        const auto blob = ring.seal(QByteArrayLiteral("value"), aad);
        const auto opened = blob ? same.open(*blob, aad) : Result<QByteArray>(blob.error());
        const auto back = blob ? ring.open(*blob, aad) : Result<QByteArray>(blob.error());
        return opened && *opened == "value" && back && *back == "value";
    };
    QByteArray previousBlob;
    for (int i = 0; i < 8; ++i) {
        // Same version, likely the same address: only the key's identity tells them apart.
        const QByteArray key = crypto::randomBytes(kAesKeyBytes);
        auto ring = std::make_unique<KeyRing>();
        ring->addKey(1, key);
        QVERIFY(sealsWith(*ring, key));
        if (!previousBlob.isEmpty())
            QVERIFY(!ring->open(previousBlob, aad).ok());
        previousBlob = *ring->seal(QByteArrayLiteral("value"), aad);
    }

    // Two live rings with the same version, used in turn on one thread.
    const QByteArray keyA = crypto::randomBytes(kAesKeyBytes);
    const QByteArray keyB = crypto::randomBytes(kAesKeyBytes);
    KeyRing ringA;
    KeyRing ringB;
    ringA.addKey(1, keyA);
    ringB.addKey(1, keyB);
    for (int i = 0; i < 3; ++i) {
        for (const KeyRing *sealing : {&ringA, &ringB}) {
            const auto blob = sealing->seal(QByteArrayLiteral("value"), aad);
            QVERIFY(blob.ok());
            QCOMPARE(sealing->open(*blob, aad).ok(), true);
            QCOMPARE((sealing == &ringA ? ringB : ringA).open(*blob, aad).ok(), false);
        }
    }

    KeyRing ring;
    const QByteArray first = crypto::randomBytes(kAesKeyBytes);
    ring.addKey(1, first);
    const auto underFirst = ring.seal(QByteArrayLiteral("value"), aad);
    QVERIFY(underFirst.ok());
    const QByteArray replacement = crypto::randomBytes(kAesKeyBytes);
    ring.addKey(1, replacement);
    QVERIFY(sealsWith(ring, replacement));
    QVERIFY(!ring.open(*underFirst, aad).ok());

    // Another thread keeps its contexts keyed with a ring that dies meanwhile; what it seals
    // next, with a new ring, is under the new ring's key.
    auto shortLived = std::make_unique<KeyRing>();
    const QByteArray shortKey = crypto::randomBytes(kAesKeyBytes);
    shortLived->addKey(1, shortKey);
    std::promise<bool> sealedBefore;
    std::future<bool> before = sealedBefore.get_future();
    std::promise<void> ringGone;
    std::future<void> gone = ringGone.get_future();
    const QByteArray laterKey = crypto::randomBytes(kAesKeyBytes);
    bool after = false;
    std::thread other([&] {
        sealedBefore.set_value(sealsWith(*shortLived, shortKey));
        gone.wait();
        KeyRing later;
        later.addKey(1, laterKey);
        after = sealsWith(later, laterKey);
    });
    const bool sealedByShortLived = before.get();
    shortLived.reset(); // wipes its key from the other thread's contexts too
    ringGone.set_value();
    other.join();
    QVERIFY(sealedByShortLived);
    QVERIFY(after);
}

void TestCrypto::keyRingWithoutKeyRefusesToSeal()
{
    KeyRing ring;
    const auto sealed = ring.seal(QByteArrayLiteral("value"), QByteArray());
    QVERIFY(!sealed.ok());
    QVERIFY2(sealed.error().message.contains(QLatin1String("no data key")),
             qPrintable(sealed.error().message));
}

void TestCrypto::keyFileCreatedPrivate()
{
    const QString path = m_dir.filePath(QStringLiteral("created.key"));
    const Result<void> created = KeyRing::createKeyFile(path);
    QVERIFY2(created.ok(), qPrintable(created.ok() ? QString() : created.error().message));
    QCOMPARE(fileMode(path), mode_t(0600));
    QVERIFY(readFile(path).startsWith("compliance-console master key file\nformat 2\ncurrent 1\n"));

    const auto first = KeyRing::loadKeyFile(path);
    QVERIFY2(first.ok(), qPrintable(first.ok() ? QString() : first.error().message));
    QCOMPARE(first->currentVersion(), 1u);
    const auto second = KeyRing::loadKeyFile(path);
    QVERIFY(second.ok());

    // Two loads of the file hold the same key.
    const QByteArray aad = fieldAad(QStringLiteral("t"), QStringLiteral("c"), 1);
    const auto blob = first->seal(QByteArrayLiteral("value"), aad);
    QVERIFY(blob.ok());
    QCOMPARE(*second->open(*blob, aad), QByteArrayLiteral("value"));

    // And two created files hold different keys.
    const QString otherPath = m_dir.filePath(QStringLiteral("other.key"));
    QVERIFY(KeyRing::createKeyFile(otherPath).ok());
    const auto other = KeyRing::loadKeyFile(otherPath);
    QVERIFY(other.ok());
    QVERIFY(!other->open(*blob, aad).ok());
}

void TestCrypto::keyFileRefusedWhenOthersCanAccess_data()
{
    QTest::addColumn<QFile::Permissions>("permissions");
    QTest::addColumn<QString>("mode");
    QTest::newRow("0644") << (kOwnerOnly | QFile::ReadGroup | QFile::ReadOther)
                          << QStringLiteral("0644");
    QTest::newRow("0640") << (kOwnerOnly | QFile::ReadGroup) << QStringLiteral("0640");
    QTest::newRow("0604") << (kOwnerOnly | QFile::ReadOther) << QStringLiteral("0604");
    QTest::newRow("0620") << (kOwnerOnly | QFile::WriteGroup) << QStringLiteral("0620");
    QTest::newRow("0602") << (kOwnerOnly | QFile::WriteOther) << QStringLiteral("0602");
    QTest::newRow("0601") << (kOwnerOnly | QFile::ExeOther) << QStringLiteral("0601");
}

void TestCrypto::keyFileRefusedWhenOthersCanAccess()
{
    QFETCH(QFile::Permissions, permissions);
    QFETCH(QString, mode);
    const QString path = m_dir.filePath(QStringLiteral("open-%1.key").arg(mode));
    QVERIFY(KeyRing::createKeyFile(path).ok());
    QVERIFY(KeyRing::loadKeyFile(path).ok()); // fine at 0600 ...
    QVERIFY(QFile::setPermissions(path, permissions));
    QCOMPARE(fileMode(path), mode_t(mode.toUInt(nullptr, 8)));

    const auto loaded = KeyRing::loadKeyFile(path); // ... refused once others can reach it
    QVERIFY(!loaded.ok());
    const QString message = loaded.error().message;
    QVERIFY2(message.contains(path), qPrintable(message));
    QVERIFY2(message.contains(QStringLiteral("(mode %1)").arg(mode)), qPrintable(message));
    QVERIFY2(message.contains(QStringLiteral("chmod 600 ") + path), qPrintable(message));
}

void TestCrypto::keyFileRefusedWhenMalformed_data()
{
    const QByteArray key = crypto::randomBytes(32).toBase64();
    const QByteArray head = "compliance-console master key file\nformat 2\n";
    QTest::addColumn<QByteArray>("contents");
    QTest::addColumn<QString>("problem");
    QTest::newRow("empty") << QByteArray() << QStringLiteral("nor is it 32 bytes");
    QTest::newRow("31 bytes") << crypto::randomBytes(31) << QStringLiteral("nor is it 32 bytes");
    QTest::newRow("33 bytes") << crypto::randomBytes(33) << QStringLiteral("nor is it 32 bytes");
    QTest::newRow("64 bytes (hex text?)")
        << crypto::randomBytes(32).toHex() << QStringLiteral("nor is it 32 bytes");
    QTest::newRow("format 3") << QByteArray("compliance-console master key file\nformat 3\n")
                              << QStringLiteral("nor is it 32 bytes");
    QTest::newRow("no current") << QByteArray(head + "key 1 " + key + "\n")
                                << QStringLiteral("line 3 must be");
    QTest::newRow("no key") << QByteArray(head + "current 1\n") << QStringLiteral("holds no key");
    QTest::newRow("short key") << QByteArray(head + "current 1\nkey 1 " + key.left(40) + "\n")
                               << QStringLiteral("line 4: key 1 is not the base64 of 32 bytes");
    QTest::newRow("bad base64") << QByteArray(head + "current 1\nkey 1 !" + key.mid(1) + "\n")
                                << QStringLiteral("line 4: key 1 is not the base64");
    QTest::newRow("version 0") << QByteArray(head + "current 1\nkey 0 " + key + "\n")
                               << QStringLiteral("line 4 must be");
    QTest::newRow("descending") << QByteArray(head + "current 2\nkey 2 " + key + "\nkey 1 " + key
                                              + "\n")
                                << QStringLiteral("line 5: key versions must ascend");
    QTest::newRow("current not highest")
        << QByteArray(head + "current 1\nkey 1 " + key + "\nkey 2 " + key + "\n")
        << QStringLiteral("current version 1 is not its highest key version 2");
}

void TestCrypto::keyFileRefusedWhenMalformed()
{
    QFETCH(QByteArray, contents);
    QFETCH(QString, problem);
    const QString path = m_dir.filePath(QStringLiteral("malformed.key"));
    QFile::remove(path);
    QVERIFY(writeFile(path, contents, kOwnerOnly));
    QCOMPARE(fileMode(path), mode_t(0600));

    const auto loaded = KeyRing::loadKeyFile(path);
    QVERIFY(!loaded.ok());
    QCOMPARE(loaded.error().code, ErrorCode::InvalidInput);
    const QString message = loaded.error().message;
    QVERIFY2(message.contains(path), qPrintable(message));
    QVERIFY2(message.contains(QStringLiteral("not a valid key file")), qPrintable(message));
    QVERIFY2(message.contains(problem), qPrintable(message));
}

void TestCrypto::keyFileFormatOneIsVersionOne()
{
    // The format of stores made before key rotation: 32 raw bytes.
    const QString path = m_dir.filePath(QStringLiteral("legacy.key"));
    const QByteArray raw = crypto::randomBytes(32);
    QVERIFY(writeFile(path, raw, kOwnerOnly));
    auto legacy = KeyRing::loadKeyFile(path);
    QVERIFY2(legacy.ok(), qPrintable(legacy.ok() ? QString() : legacy.error().message));
    QVERIFY(legacy->loadedLegacyFormat());
    QCOMPARE(legacy->versions(), QList<quint32>({1}));
    KeyRing direct;
    direct.addKey(1, raw);
    const QByteArray aad = fieldAad(QStringLiteral("t"), QStringLiteral("c"), 1);
    QCOMPARE(legacy->open(direct.seal("value", aad).value(), aad).value(), QByteArray("value"));
    // Rewritten as format 2, it holds the same key.
    QVERIFY(legacy->writeKeyFile(path).ok());
    QCOMPARE(fileMode(path), mode_t(0600));
    const auto rewritten = KeyRing::loadKeyFile(path);
    QVERIFY(rewritten.ok());
    QVERIFY(!rewritten->loadedLegacyFormat());
    QCOMPARE(rewritten->open(direct.seal("value", aad).value(), aad).value(), QByteArray("value"));
    QVERIFY(!QFileInfo::exists(path + QStringLiteral(".new")));
}

void TestCrypto::keyFileVersionsAndReplacementSeenByReaders()
{
    const QString path = m_dir.filePath(QStringLiteral("rotated.key"));
    QVERIFY(KeyRing::createKeyFile(path).ok());
    auto reader = KeyRing::loadKeyFile(path); // a server that keeps running
    QVERIFY(reader.ok());
    const QByteArray aad = fieldAad(QStringLiteral("t"), QStringLiteral("c"), 7);
    const QByteArray old = reader->seal("old", aad).value();
    QCOMPARE(KeyRing::blobVersion(old), 1u);

    auto writer = KeyRing::loadKeyFile(path); // compliancectl key rotate
    QCOMPARE(writer->addRandomKey().value(), 2u);
    QVERIFY(writer->writeKeyFile(path).ok());
    QVERIFY(readFile(path).contains("\ncurrent 2\nkey 1 "));
    const QByteArray fresh = writer->seal("new", aad).value();
    QCOMPARE(KeyRing::blobVersion(fresh), 2u);
    // The reader opens what the new version sealed and seals with it from now on.
    QCOMPARE(reader->open(fresh, aad).value(), QByteArray("new"));
    QCOMPARE(KeyRing::blobVersion(reader->seal("more", aad).value()), 2u);
    QCOMPARE(reader->currentVersion(), 2u);

    // The current version cannot be retired; the old one can, and then no longer opens.
    QVERIFY(!writer->removeKey(2).ok());
    QVERIFY(writer->removeKey(1).ok());
    QVERIFY(writer->writeKeyFile(path).ok());
    QCOMPARE(reader->versions(), QList<quint32>({1, 2})); // not read again until needed
    QVERIFY(reader->seal("after", aad).ok()); // every seal checks the file first
    QCOMPARE(reader->versions(), QList<quint32>({2}));
    const auto gone = reader->open(old, aad);
    QVERIFY(!gone.ok());
    QVERIFY2(gone.error().message.contains(QStringLiteral("version 1, which is not loaded")),
             qPrintable(gone.error().message));
}

void TestCrypto::keyFileMissing()
{
    const QString path = m_dir.filePath(QStringLiteral("missing.key"));
    const auto loaded = KeyRing::loadKeyFile(path);
    QVERIFY(!loaded.ok());
    QCOMPARE(loaded.error().code, ErrorCode::NotFound);
    QVERIFY2(loaded.error().message.contains(path), qPrintable(loaded.error().message));
}

void TestCrypto::createKeyFileRefusesExistingFile()
{
    const QString path = m_dir.filePath(QStringLiteral("existing.key"));
    const QByteArray content = crypto::randomBytes(32);
    QVERIFY(writeFile(path, content, kOwnerOnly));

    const Result<void> created = KeyRing::createKeyFile(path);
    QVERIFY(!created.ok());
    QCOMPARE(created.error().code, ErrorCode::Conflict);
    QVERIFY2(created.error().message.contains(path), qPrintable(created.error().message));

    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.readAll(), content); // untouched
}

void TestCrypto::argon2HashAndVerify()
{
    const QByteArray password = QByteArrayLiteral("correct horse battery staple");
    const auto encoded = hashPassword(password); // the production parameters
    QVERIFY2(encoded.ok(), qPrintable(encoded.ok() ? QString() : encoded.error().message));
    QVERIFY2(encoded->startsWith(QLatin1String("$argon2id$v=19$m=19456,t=2,p=1$")),
             qPrintable(*encoded));
    QVERIFY(verifyPassword(*encoded, password));
    QVERIFY(!verifyPassword(*encoded, QByteArrayLiteral("correct horse battery stapl")));
    QVERIFY(!verifyPassword(*encoded, QByteArray()));

    // A random salt: the same password never hashes the same way twice.
    const Argon2Params fast {1, 64, 1};
    const auto first = hashPassword(password, fast);
    const auto second = hashPassword(password, fast);
    QVERIFY(first.ok() && second.ok());
    QVERIFY(*first != *second);
    QVERIFY(verifyPassword(*first, password));
    QVERIFY(verifyPassword(*second, password));

    const auto empty = hashPassword(QByteArray(), fast);
    QVERIFY(empty.ok());
    QVERIFY(verifyPassword(*empty, QByteArray()));
    QVERIFY(!verifyPassword(*empty, QByteArrayLiteral(" ")));
}

void TestCrypto::argon2RejectsMalformedHash_data()
{
    QTest::addColumn<QString>("encoded");
    const auto valid = hashPassword(QByteArrayLiteral("pw"), Argon2Params {1, 64, 1});
    QVERIFY(valid.ok());
    const QString good = *valid;
    QVERIFY(verifyPassword(good, QByteArrayLiteral("pw")));

    QString alteredHash = good;
    alteredHash[alteredHash.size() - 2]
        = alteredHash.at(alteredHash.size() - 2) == u'A' ? u'B' : u'A';
    QString alteredCost = good;
    alteredCost.replace(QLatin1String("t=1"), QLatin1String("t=2"));

    QTest::newRow("empty") << QString();
    QTest::newRow("garbage") << QStringLiteral("not a hash");
    QTest::newRow("prefix only") << QStringLiteral("$argon2id$");
    QTest::newRow("no salt or hash") << QStringLiteral("$argon2id$v=19$m=64,t=1,p=1$");
    QTest::newRow("truncated") << good.left(good.size() - 10);
    QTest::newRow("cut in parameters") << good.left(20);
    QTest::newRow("altered hash") << alteredHash;
    QTest::newRow("altered cost") << alteredCost;
    QTest::newRow("argon2i variant")
        << QString(good).replace(QLatin1String("$argon2id$"), QLatin1String("$argon2i$"));
    QTest::newRow("bcrypt") << QStringLiteral(
        "$2b$12$GhvMmNVjRW29ulnudl.LbuAnUtN/LRfe1JsBm1Xu6LE3059z5Tr8m");
    QTest::newRow("huge memory") << QString(good).replace(QLatin1String("m=64"),
                                                          QLatin1String("m=4294967295"));
    QTest::newRow("zero lanes") << QString(good).replace(QLatin1String("p=1"),
                                                         QLatin1String("p=0"));
    QTest::newRow("embedded NUL") << good.left(30) + QChar(u'\0') + good.mid(30);
    QTest::newRow("trailing junk") << good + QStringLiteral("$x");
    QTest::newRow("very long") << good + QString(4096, u'A');
}

void TestCrypto::argon2RejectsMalformedHash()
{
    QFETCH(QString, encoded);
    QVERIFY(!verifyPassword(encoded, QByteArrayLiteral("pw")));
}

void TestCrypto::argon2RejectsBadParameters()
{
    const auto zeroTime = hashPassword(QByteArrayLiteral("pw"), Argon2Params {0, 64, 1});
    QVERIFY(!zeroTime.ok());
    QCOMPARE(zeroTime.error().code, ErrorCode::InvalidInput);
    const auto tinyMemory = hashPassword(QByteArrayLiteral("pw"), Argon2Params {1, 4, 1});
    QVERIFY(!tinyMemory.ok());
    QCOMPARE(tinyMemory.error().code, ErrorCode::InvalidInput);
}

void TestCrypto::base32Rfc4648Vectors_data()
{
    QTest::addColumn<QByteArray>("data");
    QTest::addColumn<QString>("text");
    // RFC 4648 section 10, without the padding we do not write.
    QTest::newRow("empty") << QByteArray() << QString();
    QTest::newRow("f") << QByteArrayLiteral("f") << QStringLiteral("MY");
    QTest::newRow("fo") << QByteArrayLiteral("fo") << QStringLiteral("MZXQ");
    QTest::newRow("foo") << QByteArrayLiteral("foo") << QStringLiteral("MZXW6");
    QTest::newRow("foob") << QByteArrayLiteral("foob") << QStringLiteral("MZXW6YQ");
    QTest::newRow("fooba") << QByteArrayLiteral("fooba") << QStringLiteral("MZXW6YTB");
    QTest::newRow("foobar") << QByteArrayLiteral("foobar") << QStringLiteral("MZXW6YTBOI");
    QTest::newRow("RFC 6238 seed") << QByteArrayLiteral("12345678901234567890")
                                   << QStringLiteral("GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ");
}

void TestCrypto::base32Rfc4648Vectors()
{
    QFETCH(QByteArray, data);
    QFETCH(QString, text);
    QCOMPARE(totp::toBase32(data), text);

    const auto decoded = totp::fromBase32(text);
    QVERIFY(decoded.ok());
    QCOMPARE(*decoded, data);
    const auto lower = totp::fromBase32(text.toLower());
    QVERIFY(lower.ok());
    QCOMPARE(*lower, data);
    // Padding is accepted on input, at the end.
    const QString padded = text + QString((8 - text.size() % 8) % 8, u'=');
    const auto fromPadded = totp::fromBase32(padded);
    QVERIFY2(fromPadded.ok(), qPrintable(padded));
    QCOMPARE(*fromPadded, data);
}

void TestCrypto::base32RoundTrip()
{
    for (int size = 0; size <= 64; ++size) {
        const QByteArray data = crypto::randomBytes(size);
        QCOMPARE(data.size(), size);
        const QString text = totp::toBase32(data);
        QCOMPARE(text.size(), (size * 8 + 4) / 5);
        QVERIFY(!text.contains(u'='));
        const auto decoded = totp::fromBase32(text);
        QVERIFY2(decoded.ok(), qPrintable(text));
        QCOMPARE(*decoded, data);
    }
    const QByteArray secret = totp::generateSecret();
    QCOMPARE(secret.size(), totp::kSecretBytes);
    QCOMPARE(*totp::fromBase32(totp::toBase32(secret)), secret);
}

void TestCrypto::base32RejectsInvalidInput_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("mentions");
    QTest::newRow("digit 1") << QStringLiteral("MZXW1") << QStringLiteral("'1' at position 5");
    QTest::newRow("digit 0") << QStringLiteral("0ZXW6") << QStringLiteral("'0' at position 1");
    QTest::newRow("digit 8") << QStringLiteral("MZ8W6") << QStringLiteral("'8' at position 3");
    QTest::newRow("space") << QStringLiteral("MZXW 6YQ") << QStringLiteral("position 5");
    QTest::newRow("punctuation") << QStringLiteral("MZXW6!") << QStringLiteral("'!'");
    QTest::newRow("padding inside") << QStringLiteral("MZ=W6YTB") << QStringLiteral("'='");
    QTest::newRow("non-ASCII letter")
        << QStringLiteral("MZXW\u00c96YQ") << QStringLiteral("position 5");
    QTest::newRow("one character") << QStringLiteral("M") << QStringLiteral("whole bytes");
    QTest::newRow("three characters") << QStringLiteral("MZX") << QStringLiteral("whole bytes");
    QTest::newRow("nine characters")
        << QStringLiteral("MZXW6YTBO") << QStringLiteral("whole bytes");
}

void TestCrypto::base32RejectsInvalidInput()
{
    QFETCH(QString, text);
    QFETCH(QString, mentions);
    const auto decoded = totp::fromBase32(text);
    QVERIFY(!decoded.ok());
    QCOMPARE(decoded.error().code, ErrorCode::InvalidInput);
    QVERIFY2(decoded.error().message.contains(mentions), qPrintable(decoded.error().message));
}

void TestCrypto::provisioningUri()
{
    const QString uri = totp::provisioningUri(QStringLiteral("Compliance Console"),
                                              QStringLiteral("alice@example.com"),
                                              QByteArrayLiteral("12345678901234567890"));
    QCOMPARE(uri,
             QStringLiteral("otpauth://totp/Compliance%20Console:alice%40example.com"
                            "?secret=GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ"
                            "&issuer=Compliance%20Console&algorithm=SHA1&digits=6&period=30"));

    // What an authenticator app reads back.
    const QUrl url(uri, QUrl::StrictMode);
    QVERIFY2(url.isValid(), qPrintable(url.errorString()));
    QCOMPARE(url.scheme(), QStringLiteral("otpauth"));
    QCOMPARE(url.host(), QStringLiteral("totp"));
    QCOMPARE(url.path(QUrl::FullyDecoded), QStringLiteral("/Compliance Console:alice@example.com"));
    const QUrlQuery query(url);
    QCOMPARE(query.queryItemValue(QStringLiteral("secret")),
             QStringLiteral("GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ"));
    QCOMPARE(query.queryItemValue(QStringLiteral("issuer"), QUrl::FullyDecoded),
             QStringLiteral("Compliance Console"));
    QCOMPARE(query.queryItemValue(QStringLiteral("algorithm")), QStringLiteral("SHA1"));
    QCOMPARE(query.queryItemValue(QStringLiteral("digits")), QStringLiteral("6"));
    QCOMPARE(query.queryItemValue(QStringLiteral("period")), QStringLiteral("30"));
}

void TestCrypto::provisioningUriEncodesReservedCharacters()
{
    // An account or issuer must not be able to inject a parameter or a second label part.
    const QString uri = totp::provisioningUri(QStringLiteral("A&B: Ltd"),
                                              QStringLiteral("bob:x&secret=AAAA#\u00e9"),
                                              QByteArrayLiteral("secret"));
    QCOMPARE(uri,
             QStringLiteral("otpauth://totp/A%26B%3A%20Ltd:bob%3Ax%26secret%3DAAAA%23%C3%A9"
                            "?secret=ONSWG4TFOQ&issuer=A%26B%3A%20Ltd"
                            "&algorithm=SHA1&digits=6&period=30"));
    const QUrlQuery query {QUrl(uri)};
    QCOMPARE(query.allQueryItemValues(QStringLiteral("secret")),
             QStringList {QStringLiteral("ONSWG4TFOQ")});
    QCOMPARE(query.queryItemValue(QStringLiteral("issuer"), QUrl::FullyDecoded),
             QStringLiteral("A&B: Ltd"));
}

void TestCrypto::hotpRfc4226_data()
{
    QTest::addColumn<quint64>("counter");
    QTest::addColumn<QString>("expected");
    // RFC 4226 Appendix D, secret "12345678901234567890".
    const char *const values[] = {"755224", "287082", "359152", "969429", "338314",
                                  "254676", "287922", "162583", "399871", "520489"};
    for (quint64 counter = 0; counter < 10; ++counter)
        QTest::addRow("count %llu", counter) << counter << QString::fromLatin1(values[counter]);
}

void TestCrypto::hotpRfc4226()
{
    QFETCH(quint64, counter);
    QFETCH(QString, expected);
    const auto otp = totp::hotp(QByteArrayLiteral("12345678901234567890"), counter, 6);
    QVERIFY2(otp.ok(), qPrintable(otp.ok() ? QString() : otp.error().message));
    QCOMPARE(*otp, expected);
}

void TestCrypto::totpRfc6238_data()
{
    QTest::addColumn<totp::Algorithm>("algorithm");
    QTest::addColumn<QByteArray>("seed");
    QTest::addColumn<qint64>("time");
    QTest::addColumn<QString>("expected");

    // RFC 6238 Appendix B: 8 digits, 30-second steps, T0 = 0. The seed length matches the
    // hash: 20 bytes for SHA-1, 32 for SHA-256, 64 for SHA-512.
    const QByteArray sha1Seed = QByteArrayLiteral("12345678901234567890");
    const QByteArray sha256Seed = QByteArrayLiteral("12345678901234567890123456789012");
    const QByteArray sha512Seed
        = QByteArrayLiteral("1234567890123456789012345678901234567890123456789012345678901234");
    QCOMPARE(sha256Seed.size(), 32);
    QCOMPARE(sha512Seed.size(), 64);

    struct Row
    {
        qint64 time;
        const char *sha1;
        const char *sha256;
        const char *sha512;
    };
    const Row rows[] = {
        {59, "94287082", "46119246", "90693936"},
        {1111111109, "07081804", "68084774", "25091201"},
        {1111111111, "14050471", "67062674", "99943326"},
        {1234567890, "89005924", "91819424", "93441116"},
        {2000000000, "69279037", "90698825", "38618901"},
        {20000000000, "65353130", "77737706", "47863826"},
    };
    for (const Row &row : rows) {
        QTest::addRow("SHA1 %lld", row.time)
            << totp::Algorithm::Sha1 << sha1Seed << row.time << QString::fromLatin1(row.sha1);
        QTest::addRow("SHA256 %lld", row.time)
            << totp::Algorithm::Sha256 << sha256Seed << row.time << QString::fromLatin1(row.sha256);
        QTest::addRow("SHA512 %lld", row.time)
            << totp::Algorithm::Sha512 << sha512Seed << row.time << QString::fromLatin1(row.sha512);
    }
}

void TestCrypto::totpRfc6238()
{
    QFETCH(totp::Algorithm, algorithm);
    QFETCH(QByteArray, seed);
    QFETCH(qint64, time);
    QFETCH(QString, expected);
    const auto otp = totp::code(seed, time, 8, 30, algorithm);
    QVERIFY2(otp.ok(), qPrintable(otp.ok() ? QString() : otp.error().message));
    QCOMPARE(*otp, expected);
}

void TestCrypto::otpRejectsBadParameters()
{
    const QByteArray secret = QByteArrayLiteral("12345678901234567890");
    QVERIFY(!totp::hotp(secret, 0, 5).ok());
    QVERIFY(!totp::hotp(secret, 0, 9).ok());
    QVERIFY(!totp::hotp(QByteArray(), 0, 6).ok());
    QCOMPARE(totp::hotp(QByteArray(), 0, 6).error().code, ErrorCode::InvalidInput);
    QVERIFY(!totp::code(secret, 59, 6, 0).ok());
    QVERIFY(!totp::code(secret, -1, 6).ok());
    QVERIFY(!totp::code(QByteArray(), 59, 6).ok());
    QCOMPARE(totp::code(secret, 59, 6)->size(), 6);
    QCOMPARE(*totp::code(secret, 59, 6), QStringLiteral("287082")); // RFC 4226 count 1
}

void TestCrypto::matchingStep_data()
{
    QTest::addColumn<int>("codeOffset"); // steps between the code's time and "now"
    QTest::addColumn<int>("window");
    QTest::addColumn<bool>("matches");
    QTest::newRow("current step") << 0 << 1 << true;
    QTest::newRow("one step before") << -1 << 1 << true;
    QTest::newRow("one step after") << 1 << 1 << true;
    QTest::newRow("two steps before, window 1") << -2 << 1 << false;
    QTest::newRow("three steps before") << -3 << 1 << false;
    QTest::newRow("three steps after") << 3 << 1 << false;
    QTest::newRow("one step before, window 0") << -1 << 0 << false;
    QTest::newRow("three steps before, window 3") << -3 << 3 << true;
}

void TestCrypto::matchingStep()
{
    QFETCH(int, codeOffset);
    QFETCH(int, window);
    QFETCH(bool, matches);
    const QByteArray secret = QByteArrayLiteral("12345678901234567890");
    const qint64 now = 1700000015; // step 56666667, 15 s into it
    const qint64 nowStep = now / 30;
    const qint64 codeTime = now + qint64(codeOffset) * 30;
    const auto otp = totp::code(secret, codeTime);
    QVERIFY(otp.ok());
    // The codes of this fixed secret and time differ from every code in the window, so a
    // "no match" really comes from the window and not from the code itself.
    for (int step = -window; step <= window && !matches; ++step)
        QVERIFY(*totp::code(secret, now + qint64(step) * 30) != *otp);

    const std::optional<qint64> step = totp::matchingStep(secret, *otp, now, window);
    if (matches) {
        QVERIFY(step.has_value());
        QCOMPARE(*step, nowStep + codeOffset);
    } else {
        QVERIFY(!step.has_value());
    }
}

void TestCrypto::matchingStepAtCurrentTime()
{
    const QByteArray secret = totp::generateSecret();
    const qint64 now = QDateTime::currentSecsSinceEpoch();
    const auto current = totp::code(secret, now);
    QVERIFY(current.ok());
    const auto step = totp::matchingStep(secret, *current, now);
    QVERIFY(step.has_value());
    QCOMPARE(*step, now / 30);
    const auto previous = totp::code(secret, now - 30);
    QCOMPARE(totp::matchingStep(secret, *previous, now), std::optional<qint64>(now / 30 - 1));
}

void TestCrypto::matchingStepRefusesMalformedCode_data()
{
    QTest::addColumn<QString>("codeText");
    QTest::newRow("letter") << QStringLiteral("28708a");
    QTest::newRow("space inside") << QStringLiteral("287 82");
    QTest::newRow("leading space") << QStringLiteral(" 287082");
    QTest::newRow("trailing newline") << QStringLiteral("287082\n");
    QTest::newRow("too short") << QStringLiteral("28708");
    QTest::newRow("too long") << QStringLiteral("2870820");
    // The 7-digit code of the same step: a check that took the digit count from the code's
    // length would accept it.
    QTest::newRow("7-digit code of the step") << QStringLiteral("4287082");
    QTest::newRow("empty") << QString();
    QTest::newRow("fullwidth digits") << QStringLiteral("\uff12\uff18\uff17\uff10\uff18\uff12");
    QTest::newRow("Arabic-Indic digits") << QStringLiteral("\u0662\u0668\u0667\u0660\u0668\u0662");
    QTest::newRow("sign") << QStringLiteral("+28708");
}

void TestCrypto::matchingStepRefusesMalformedCode()
{
    QFETCH(QString, codeText);
    // At T = 59 with the RFC seed, HOTP count 1 (287082) is the current code: every malformed
    // variant of it must be refused, while the code itself is accepted.
    const QByteArray secret = QByteArrayLiteral("12345678901234567890");
    QCOMPARE(totp::matchingStep(secret, QStringLiteral("287082"), 59, 1), std::optional<qint64>(1));
    QVERIFY(!totp::matchingStep(secret, codeText, 59, 1).has_value());
}

// Argon2id raw derivation against the reference implementation's own vectors (version 0x13,
// phc-winner-argon2 src/test.c): memory is 2^m KiB.
void TestCrypto::argon2idKdfVectors_data()
{
    QTest::addColumn<quint32>("t");
    QTest::addColumn<quint32>("logMemory");
    QTest::addColumn<quint32>("p");
    QTest::addColumn<QByteArray>("password");
    QTest::addColumn<QByteArray>("salt");
    QTest::addColumn<QByteArray>("expected");
    QTest::newRow("t2 m16 p1")
        << 2u << 16u << 1u << QByteArray("password") << QByteArray("somesalt")
        << hex("09316115d5cf24ed5a15a31a3ba326e5cf32edc24702987c02b6566f61913cf7");
    QTest::newRow("t2 m8 p1")
        << 2u << 8u << 1u << QByteArray("password") << QByteArray("somesalt")
        << hex("9dfeb910e80bad0311fee20f9c0e2b12c17987b4cac90c2ef54d5b3021c68bfe");
    QTest::newRow("t2 m8 p2")
        << 2u << 8u << 2u << QByteArray("password") << QByteArray("somesalt")
        << hex("6d093c501fd5999645e0ea3bf620d7b8be7fd2db59c20d9fff9539da2bf57037");
}

void TestCrypto::argon2idKdfVectors()
{
    QFETCH(quint32, t);
    QFETCH(quint32, logMemory);
    QFETCH(quint32, p);
    QFETCH(QByteArray, password);
    QFETCH(QByteArray, salt);
    QFETCH(QByteArray, expected);
    Result<QByteArray> key = deriveKeyArgon2id(password, salt, {t, 1u << logMemory, p}, 32);
    QVERIFY2(key.ok(), key.ok() ? "" : qPrintable(key.error().message));
    QCOMPARE(key->toHex(), expected.toHex());
}

void TestCrypto::argon2idKdfRejectsBadInput()
{
    QVERIFY(!deriveKeyArgon2id("pw", "short", {}, 32).ok()); // salt under 8 bytes
    QVERIFY(!deriveKeyArgon2id("pw", "somesalt", {0, 1024, 1}, 32).ok());
    QVERIFY(!deriveKeyArgon2id("pw", "somesalt", {1, 1u << 30, 1}, 32).ok()); // absurd memory
    QVERIFY(!deriveKeyArgon2id("pw", "somesalt", {1, 1024, 1}, 8).ok());
}

void TestCrypto::ed25519Rfc8032_data()
{
    QTest::addColumn<QByteArray>("seed");
    QTest::addColumn<QByteArray>("publicKey");
    QTest::addColumn<QByteArray>("message");
    QTest::addColumn<QByteArray>("signature");
    // RFC 8032 section 7.1, TEST 1 to 3.
    QTest::newRow("test 1, empty message")
        << QByteArray::fromHex("9d61b19deffd5a60ba844af492ec2cc44449c5697b326919703bac031cae7f60")
        << QByteArray::fromHex("d75a980182b10ab7d54bfed3c964073a0ee172f3daa62325af021a68f707511a")
        << QByteArray()
        << QByteArray::fromHex("e5564300c360ac729086e2cc806e828a84877f1eb8e5d974d873e06522490155"
                               "5fb8821590a33bacc61e39701cf9b46bd25bf5f0595bbe24655141438e7a100b");
    QTest::newRow("test 2, one byte")
        << QByteArray::fromHex("4ccd089b28ff96da9db6c346ec114e0f5b8a319f35aba624da8cf6ed4fb8a6fb")
        << QByteArray::fromHex("3d4017c3e843895a92b70aa74d1b7ebc9c982ccf2ec4968cc0cd55f12af4660c")
        << QByteArray::fromHex("72")
        << QByteArray::fromHex("92a009a9f0d4cab8720e820b5f642540a2b27b5416503f8fb3762223ebdb69da"
                               "085ac1e43e15996e458f3613d0f11d8c387b2eaeb4302aeeb00d291612bb0c00");
    QTest::newRow("test 3, two bytes")
        << QByteArray::fromHex("c5aa8df43f9f837bedb7442f31dcb7b166d38535076f094b85ce3a2e0b4458f7")
        << QByteArray::fromHex("fc51cd8e6218a1a38da47ed00230f0580816ed13ba3303ac5deb911548908025")
        << QByteArray::fromHex("af82")
        << QByteArray::fromHex("6291d657deec24024827e69c3abe01a30ce548a284743a445e3680d7db5ac3ac"
                               "18ff9b538d16f290ae67f760984dc6594a7c15e9716ed28dc027beceea1ec40a");
}

void TestCrypto::ed25519Rfc8032()
{
    QFETCH(QByteArray, seed);
    QFETCH(QByteArray, publicKey);
    QFETCH(QByteArray, message);
    QFETCH(QByteArray, signature);
    const Result<QByteArray> derived = ed25519PublicKey(seed);
    QVERIFY2(derived.ok(), qPrintable(derived.ok() ? QString() : derived.error().message));
    QCOMPARE(derived->toHex(), publicKey.toHex());
    const Result<QByteArray> made = ed25519Sign(seed, message);
    QVERIFY2(made.ok(), qPrintable(made.ok() ? QString() : made.error().message));
    QCOMPARE(made->toHex(), signature.toHex());
    QVERIFY(ed25519Verify(publicKey, message, signature));
}

void TestCrypto::ed25519RefusesTamperingAndMalformedInput()
{
    const QByteArray seed = crypto::randomBytes(kEd25519SeedBytes);
    const QByteArray publicKey = ed25519PublicKey(seed).value();
    const QByteArray message = QByteArrayLiteral("cc-audit-checkpoint:v1:7:abc:1700000000000");
    const QByteArray signature = ed25519Sign(seed, message).value();
    QVERIFY(ed25519Verify(publicKey, message, signature));
    QByteArray otherMessage = message;
    otherMessage[23] = '8';
    QVERIFY(!ed25519Verify(publicKey, otherMessage, signature));
    QByteArray flipped = signature;
    flipped[63] = char(flipped[63] ^ 0x40);
    QVERIFY(!ed25519Verify(publicKey, message, flipped));
    const QByteArray otherKey = ed25519PublicKey(crypto::randomBytes(kEd25519SeedBytes)).value();
    QVERIFY(!ed25519Verify(otherKey, message, signature));
    QVERIFY(!ed25519Verify(publicKey.left(31), message, signature));
    QVERIFY(!ed25519Verify(publicKey, message, signature.left(63)));
    QVERIFY(!ed25519Sign(seed.left(31), message).ok());
    QVERIFY(!ed25519PublicKey(QByteArray(33, 'x')).ok());
    QCOMPARE(keyFingerprint(publicKey).size(), 32);
}

void TestCrypto::hkdfRfc5869_data()
{
    QTest::addColumn<QByteArray>("ikm");
    QTest::addColumn<QByteArray>("salt");
    QTest::addColumn<QByteArray>("info");
    QTest::addColumn<QByteArray>("okm");
    QTest::newRow("A.1 basic") << QByteArray(22, '\x0b')
                               << QByteArray::fromHex("000102030405060708090a0b0c")
                               << QByteArray::fromHex("f0f1f2f3f4f5f6f7f8f9")
                               << QByteArray::fromHex("3cb25f25faacd57a90434f64d0362f2a2d2d0a90cf1a"
                                                      "5a4c5db02d56ecc4c5bf34007208d5b887185865");
    QTest::newRow("A.3 no salt, no info")
        << QByteArray(22, '\x0b') << QByteArray() << QByteArray()
        << QByteArray::fromHex("8da4e775a563c18f715f802a063c5a31b8a11f5c5ee1879ec3454e5f3c738d2d9d2"
                               "01395faa4b61a96c8");
}

void TestCrypto::hkdfRfc5869()
{
    QFETCH(QByteArray, ikm);
    QFETCH(QByteArray, salt);
    QFETCH(QByteArray, info);
    QFETCH(QByteArray, okm);
    const Result<QByteArray> out = hkdfSha256(ikm, salt, info, int(okm.size()));
    QVERIFY2(out.ok(), qPrintable(out.ok() ? QString() : out.error().message));
    QCOMPARE(out->toHex(), okm.toHex());
}

void TestCrypto::keyRingDerivedKeysArePerPurpose()
{
    KeyRing ring;
    QVERIFY(!ring.deriveKey(1, "audit-signing", 32).ok());
    ring.addKey(1, QByteArray(32, 'k'));
    const QByteArray a = ring.deriveKey(1, "audit-signing", 32).value();
    QCOMPARE(a.size(), 32);
    QCOMPARE(ring.deriveKey(1, "audit-signing", 32).value(), a);
    QVERIFY(ring.deriveKey(1, "another purpose", 32).value() != a);
    ring.addKey(2, QByteArray(32, 'l'));
    QCOMPARE(ring.deriveKey(1, "audit-signing", 32).value(), a); // by version, not current
    QVERIFY(!ring.deriveKey(3, "audit-signing", 32).ok());
    KeyRing other;
    other.addKey(1, QByteArray(32, 'j'));
    QVERIFY(other.deriveKey(1, "audit-signing", 32).value() != a);
}

namespace {

// Fast Argon2id parameters for the format tests; the production ones are the defaults.
const KdfParams kQuickKdf {1, 64, 1};

QByteArray sealStream(const QList<QByteArray> &writes, const QByteArray &purpose = "backup",
                      const QByteArray &passphrase = "correct horse battery staple")
{
    QBuffer out;
    out.open(QIODevice::WriteOnly);
    auto writer = SealedStreamWriter::start(out, purpose, passphrase, kQuickKdf);
    if (!writer)
        qFatal("%s", qPrintable(writer.error().message));
    for (const QByteArray &w : writes)
        if (!(*writer)->write(w).ok())
            qFatal("write failed");
    if (!(*writer)->finish().ok())
        qFatal("finish failed");
    return out.data();
}

Result<QByteArray> openStream(const QByteArray &file, const QByteArray &purpose = "backup",
                              const QByteArray &passphrase = "correct horse battery staple")
{
    QBuffer in;
    in.setData(file);
    in.open(QIODevice::ReadOnly);
    auto reader = SealedStreamReader::open(in, purpose, passphrase);
    if (!reader)
        return reader.error();
    QByteArray all;
    while (!(*reader)->atEnd()) {
        Result<QByteArray> chunk = (*reader)->next();
        if (!chunk)
            return chunk.error();
        all += *chunk;
    }
    return all;
}

} // namespace

void TestCrypto::sealedStreamRoundTrip_data()
{
    QTest::addColumn<QList<QByteArray>>("writes");
    QTest::newRow("empty") << QList<QByteArray>();
    QTest::newRow("small") << QList<QByteArray>({"hello", " ", "world"});
    // Over three chunks of 1 MiB, written in pieces that straddle the chunk boundaries.
    QList<QByteArray> big;
    for (int i = 0; i < 7; ++i)
        big << crypto::randomBytes(500 * 1024 + i);
    QTest::newRow("3.4 MiB") << big;
    QTest::newRow("exactly one chunk") << QList<QByteArray>({crypto::randomBytes(1024 * 1024)});
}

void TestCrypto::sealedStreamRoundTrip()
{
    QFETCH(QList<QByteArray>, writes);
    const QByteArray file = sealStream(writes);
    const Result<QByteArray> opened = openStream(file);
    QVERIFY2(opened.ok(), qPrintable(opened.ok() ? QString() : opened.error().message));
    QCOMPARE(
        *opened, writes.isEmpty() ? QByteArray() : [&] {
            QByteArray all;
            for (const QByteArray &w : writes)
                all += w;
            return all;
        }());
    QVERIFY(!file.contains("hello"));
}

void TestCrypto::sealedStreamRefusesTampering_data()
{
    QList<QByteArray> writes;
    for (int i = 0; i < 3; ++i)
        writes << crypto::randomBytes(1024 * 1024);
    writes << QByteArray("tail");
    const QByteArray file = sealStream(writes);
    const int header = 8 + 2 + 6 + 12 + 16 + 16; // "backup" as the purpose
    const int frame = 5 + 1024 * 1024 + 16;
    QTest::addColumn<QByteArray>("file");
    QTest::addColumn<QString>("problem");
    QByteArray flipped = file;
    flipped[header + frame + 4000] = char(flipped.at(header + frame + 4000) ^ 1);
    QTest::newRow("a flipped byte") << flipped << QStringLiteral("chunk 1 does not authenticate");
    QByteArray headerFlipped = file;
    headerFlipped[30] = char(headerFlipped.at(30) ^ 1); // inside the salt
    QTest::newRow("a flipped header byte")
        << headerFlipped << QStringLiteral("or its header was altered");
    QTest::newRow("cut after a whole chunk")
        << file.left(header + frame) << QStringLiteral("ends in the middle of a chunk header");
    QTest::newRow("cut inside a chunk")
        << file.left(header + frame + 100) << QStringLiteral("ends in the middle of chunk 1");
    QTest::newRow("last chunk dropped")
        << file.left(header + 3 * frame) << QStringLiteral("ends in the middle of a chunk header");
    QTest::newRow("chunks swapped")
        << QByteArray(file.left(header) + file.mid(header + frame, frame) + file.mid(header, frame)
                      + file.mid(header + 2 * frame))
        << QStringLiteral("chunk 0 does not authenticate");
    QTest::newRow("a chunk repeated") << QByteArray(
        file.left(header + frame) + file.mid(header, frame) + file.mid(header + frame))
                                      << QStringLiteral("chunk 1 does not authenticate");
    QTest::newRow("bytes after the end")
        << QByteArray(file + "x") << QStringLiteral("bytes after its last chunk");
}

void TestCrypto::sealedStreamRefusesTampering()
{
    QFETCH(QByteArray, file);
    QFETCH(QString, problem);
    const Result<QByteArray> opened = openStream(file);
    QVERIFY(!opened.ok());
    QVERIFY2(opened.error().message.contains(problem), qPrintable(opened.error().message));
}

void TestCrypto::sealedStreamWrongPassphraseOrPurpose()
{
    const QByteArray file = sealStream({"the key file"}, "key-file");
    const Result<QByteArray> wrong = openStream(file, "key-file", "not the passphrase");
    QVERIFY(!wrong.ok());
    QCOMPARE(wrong.error().code, ErrorCode::Unauthorized);
    QVERIFY2(wrong.error().message.contains(QStringLiteral("wrong passphrase")),
             qPrintable(wrong.error().message));
    const Result<QByteArray> other = openStream(file, "backup");
    QVERIFY(!other.ok());
    QVERIFY2(other.error().message.contains(QStringLiteral("holds a key-file, not a backup")),
             qPrintable(other.error().message));
    QVERIFY(!openStream("not sealed at all").ok());
    QCOMPARE(openStream(file, "key-file").value(), QByteArray("the key file"));
}

// The master key generated in the token: values sealed and opened there in the blob format of
// the key file, bound to their field; the key object sensitive, never extractable, its value
// unreadable even with the PIN; no export, no derivation.
void TestCrypto::tokenSealsAndOpensInsideTheToken()
{
    if (const QString why = tokenTestsSkipped(); !why.isEmpty())
        QSKIP(qPrintable(why));
    const cc::test::SoftHsmToken token(QStringLiteral("crypto-round-trip"));
    QVERIFY2(token.isValid(), qPrintable(token.errorString()));
    Result<std::unique_ptr<TokenKey>> key = TokenKey::create(token.config());
    QVERIFY2(key.ok(), key.ok() ? "" : qPrintable(key.error().message));
    QCOMPARE((*key)->currentVersion(), 1u);
    QCOMPARE((*key)->describe(), QStringLiteral("PKCS#11 token \"crypto-round-trip\""));

    const QByteArray aad = fieldAad(QStringLiteral("order_keys"), QStringLiteral("wrapped_key"), 7);
    const QByteArray dataKey = cc::crypto::randomBytes(kAesKeyBytes);
    const Result<QByteArray> sealed = (*key)->seal(dataKey, aad);
    QVERIFY2(sealed.ok(), sealed.ok() ? "" : qPrintable(sealed.error().message));
    QCOMPARE(KeyRing::blobVersion(*sealed), 1u);
    QCOMPARE(sealed->size(), kSealedBlobMinBytes + kAesKeyBytes);
    QVERIFY(!sealed->contains(dataKey));
    QVERIFY((*key)->seal(dataKey, aad).value() != *sealed); // a fresh nonce each time
    QCOMPARE((*key)->open(*sealed, aad).value(), dataKey);
    QCOMPARE((*key)->open((*key)->seal({}, aad).value(), aad).value(), QByteArray());

    const Result<QByteArray> elsewhere = (*key)->open(
        *sealed, fieldAad(QStringLiteral("order_keys"), QStringLiteral("wrapped_key"), 8));
    QVERIFY(!elsewhere.ok());
    QVERIFY2(isAuthenticationError(elsewhere.error()), qPrintable(elsewhere.error().message));
    for (const int at : {0 + 5, kSealedBlobHeaderBytes, int(sealed->size()) - 1}) {
        QByteArray tampered = *sealed;
        tampered[at] = char(tampered.at(at) ^ 0x01);
        const Result<QByteArray> opened = (*key)->open(tampered, aad);
        QVERIFY2(!opened.ok() && isAuthenticationError(opened.error()),
                 qPrintable(QStringLiteral("byte %1").arg(at)));
    }
    QVERIFY(!(*key)->open(sealed->left(20), aad).ok());

    // Another process (the server after compliancectl init) opens it from the token alone.
    Result<std::unique_ptr<TokenKey>> again = TokenKey::open(token.config());
    QVERIFY2(again.ok(), again.ok() ? "" : qPrintable(again.error().message));
    QCOMPARE((*again)->open(*sealed, aad).value(), dataKey);

    const Result<void> exported = (*key)->checkExportable();
    QVERIFY(!exported.ok());
    QVERIFY2(exported.error().message.contains(QLatin1String("never leaves")),
             qPrintable(exported.error().message));
    QVERIFY(!(*key)->deriveKey(1, "audit-signing", 32).ok());

    const KeyObjectView object
        = inspectKeyObject(token.config(), QByteArrayLiteral("compliance-console master key v1"));
    QVERIFY(object.found);
    QCOMPARE(object.valueRead, CK_RV(CKR_ATTRIBUTE_SENSITIVE));
    QCOMPARE(object.sensitive, CK_BBOOL(CK_TRUE));
    QCOMPARE(object.extractable, CK_BBOOL(CK_FALSE));
    QCOMPARE(object.onToken, CK_BBOOL(CK_TRUE));

    // A token's key serves one store.
    const Result<std::unique_ptr<TokenKey>> second = TokenKey::create(token.config());
    QVERIFY(!second.ok());
    QCOMPARE(second.error().code, ErrorCode::Conflict);
    QVERIFY2(second.error().message.contains(QLatin1String("already holds a master key")),
             qPrintable(second.error().message));
}

// Each way a token store can fail to open says which: the module, the token, the PIN (wrong,
// or its file open to others), a token without the key. None of them crashes.
void TestCrypto::tokenProblemsAreNamed()
{
    if (const QString why = tokenTestsSkipped(); !why.isEmpty())
        QSKIP(qPrintable(why));
    // Both tokens before the module first loads: SoftHSM finds its tokens when it initialises.
    const cc::test::SoftHsmToken token(QStringLiteral("crypto-problems"));
    QVERIFY2(token.isValid(), qPrintable(token.errorString()));
    const cc::test::SoftHsmToken empty(QStringLiteral("crypto-empty"));
    QVERIFY2(empty.isValid(), qPrintable(empty.errorString()));
    QVERIFY(TokenKey::create(token.config()).ok());

    const auto problem = [](const TokenConfig &config) {
        const Result<std::unique_ptr<TokenKey>> opened = TokenKey::open(config);
        return opened.ok() ? QString() : opened.error().message;
    };
    TokenConfig config = token.config();
    config.module = QStringLiteral("/nonexistent/libnone-pkcs11.so");
    QString message = problem(config);
    QVERIFY2(message.contains(QLatin1String("PKCS#11 module /nonexistent/libnone-pkcs11.so does "
                                            "not exist")),
             qPrintable(message));
    config.module = token.pinFile(); // a file, but no shared object
    message = problem(config);
    QVERIFY2(message.startsWith(QLatin1String("cannot load the PKCS#11 module ") + token.pinFile()),
             qPrintable(message));

    config = token.config();
    config.token = QStringLiteral("no-such-token");
    message = problem(config);
    QVERIFY2(message.contains(QLatin1String("no PKCS#11 token labelled \"no-such-token\""))
                 && message.contains(QLatin1String("\"crypto-problems\"")),
             qPrintable(message));

    QTemporaryDir dir;
    config = token.config();
    config.pinFile = dir.filePath(QStringLiteral("wrong-pin"));
    QVERIFY(writeFile(config.pinFile, "1111111\n", QFile::ReadOwner | QFile::WriteOwner));
    message = problem(config);
    QVERIFY2(message.contains(QLatin1String("the PIN in ") + config.pinFile
                              + QLatin1String(" is wrong for PKCS#11 token \"crypto-problems\"")),
             qPrintable(message));
    config.pinFile = dir.filePath(QStringLiteral("shared-pin"));
    QVERIFY(writeFile(config.pinFile, QByteArray(cc::test::SoftHsmToken::kPin) + '\n',
                      QFile::ReadOwner | QFile::WriteOwner | QFile::ReadOther));
    message = problem(config);
    QVERIFY2(message.contains(QLatin1String("run chmod 600 ") + config.pinFile),
             qPrintable(message));
    config.pinFile = dir.filePath(QStringLiteral("missing-pin"));
    message = problem(config);
    QVERIFY2(message.contains(QLatin1String("cannot read the PKCS#11 PIN file")),
             qPrintable(message));

    message = problem(empty.config());
    QVERIFY2(message.contains(QLatin1String("PKCS#11 token \"crypto-empty\" holds no master key")),
             qPrintable(message));
    QVERIFY(problem(token.config()).isEmpty()); // and the right one opens
}

// Rotation in the token: a new version that another user of the token (the server) follows for
// sealing, the old one kept and opening its values until it is retired, the current one never.
void TestCrypto::tokenRotationKeepsOldVersionsUntilRetired()
{
    if (const QString why = tokenTestsSkipped(); !why.isEmpty())
        QSKIP(qPrintable(why));
    const cc::test::SoftHsmToken token(QStringLiteral("crypto-rotation"));
    QVERIFY2(token.isValid(), qPrintable(token.errorString()));
    Result<std::unique_ptr<TokenKey>> rotator = TokenKey::create(token.config());
    QVERIFY2(rotator.ok(), rotator.ok() ? "" : qPrintable(rotator.error().message));
    Result<std::unique_ptr<TokenKey>> server = TokenKey::open(token.config());
    QVERIFY2(server.ok(), server.ok() ? "" : qPrintable(server.error().message));
    const QByteArray aad = fieldAad(QStringLiteral("users"), QStringLiteral("totp_secret"), 3);
    const QByteArray old = (*server)->seal("secret one", aad).value();

    QCOMPARE((*rotator)->addVersion().value(), 2u);
    QCOMPARE((*rotator)->storedVersions().value(), (QList<quint32> {1, 2}));
    QCOMPARE((*server)->currentVersion(), 2u);
    const QByteArray fresh = (*server)->seal("secret two", aad).value();
    QCOMPARE(KeyRing::blobVersion(fresh), 2u);
    QCOMPARE((*rotator)->open(old, aad).value(), QByteArray("secret one"));
    QVERIFY(inspectKeyObject(token.config(), "compliance-console master key v2").found);

    const Result<void> current = (*rotator)->retireVersion(2);
    QVERIFY(!current.ok());
    QCOMPARE(current.error().code, ErrorCode::Conflict);
    QVERIFY((*rotator)->retireVersion(1).ok());
    QCOMPARE((*rotator)->storedVersions().value(), QList<quint32> {2});
    QVERIFY(!inspectKeyObject(token.config(), "compliance-console master key v1").found);
    const Result<QByteArray> gone = (*server)->open(old, aad);
    QVERIFY(!gone.ok());
    QVERIFY2(gone.error().message.contains(QLatin1String("uses master key version 1, which "
                                                         "PKCS#11 token \"crypto-rotation\" "
                                                         "does not hold")),
             qPrintable(gone.error().message));
    QCOMPARE((*server)->open(fresh, aad).value(), QByteArray("secret two"));

    // Two more rotations finished behind the server's back: the version it seals with and the
    // next one are both gone. Its seal finds the newest instead of failing.
    QCOMPARE((*rotator)->addVersion().value(), 3u);
    QCOMPARE((*rotator)->addVersion().value(), 4u);
    QVERIFY((*rotator)->retireVersion(2).ok());
    QVERIFY((*rotator)->retireVersion(3).ok());
    const Result<QByteArray> newest = (*server)->seal("secret four", aad);
    QVERIFY2(newest.ok(), newest.ok() ? "" : qPrintable(newest.error().message));
    QCOMPARE(KeyRing::blobVersion(*newest), 4u);
    QCOMPARE((*rotator)->open(*newest, aad).value(), QByteArray("secret four"));
}

QTEST_GUILESS_MAIN(TestCrypto)
#include "tst_crypto.moc"
