// AES-256-GCM seal + open through the facade (KeyRing::seal/open) next to the same work done
// with raw OpenSSL EVP calls in this file, measured in the same run; and data keys unwrapped by
// a master key in a SoftHSM2 token next to the key file's. Not a test: it prints
// figures. The raw reference is what a careful direct EVP caller gets: one context per
// direction with the key schedule set up once, a fresh random nonce per operation from
// RAND_bytes. The facade draws its nonces from a per-thread pool of the same generator's output
// (crypto::randomFill); a second raw reference draws them the same way, so that the facade's
// own overhead shows apart from the cheaper nonces.

#include "BenchTable.h"
#include "crypto/Aes256Gcm.h"
#include "crypto/Crypto.h"
#include "crypto/TokenKey.h"

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <functional>
#include <openssl/evp.h>
#include <openssl/rand.h>
#include <utility>
#include <vector>

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QTemporaryDir>

namespace {

using Clock = std::chrono::steady_clock;

constexpr int kRepetitions = 5;
constexpr int kWarmUp = 2000;
constexpr int kIterations = 40000;
constexpr int kNonceBytes = 12;
constexpr int kTagBytes = 16;

[[noreturn]] void fail(const char *what)
{
    std::fprintf(stderr, "bench_crypto: %s\n", what);
    std::exit(1);
}

// Ops/s of one timed run of kIterations.
double opsPerSecond(const std::function<void()> &operation)
{
    const auto start = Clock::now();
    for (int i = 0; i < kIterations; ++i)
        operation();
    const std::chrono::duration<double> elapsed = Clock::now() - start;
    return kIterations / elapsed.count();
}

// Best (highest) ops/s of each candidate over kRepetitions runs. The runs alternate between the
// candidates so that load from elsewhere on the machine hits them alike.
std::vector<double> bestOpsPerSecond(const std::vector<std::function<void()>> &candidates)
{
    for (int i = 0; i < kWarmUp; ++i) {
        for (const auto &candidate : candidates)
            candidate();
    }
    std::vector<double> best(candidates.size(), 0.0);
    for (int rep = 0; rep < kRepetitions; ++rep) {
        for (size_t i = 0; i < candidates.size(); ++i)
            best[i] = std::max(best[i], opsPerSecond(candidates[i]));
    }
    return best;
}

class RawGcm
{
public:
    enum class Nonces { RandBytes, Pooled };
    RawGcm(const unsigned char *key, const QByteArray &aad, Nonces nonces = Nonces::RandBytes)
        : m_aad(aad)
        , m_nonces(nonces)
    {
        if (!m_enc || !m_dec
            || EVP_EncryptInit_ex(m_enc, EVP_aes_256_gcm(), nullptr, key, nullptr) != 1
            || EVP_DecryptInit_ex(m_dec, EVP_aes_256_gcm(), nullptr, key, nullptr) != 1)
            fail("raw EVP setup failed");
    }
    RawGcm(const RawGcm &) = delete;
    RawGcm &operator=(const RawGcm &) = delete;
    ~RawGcm()
    {
        EVP_CIPHER_CTX_free(m_enc);
        EVP_CIPHER_CTX_free(m_dec);
    }

    // Encrypts plaintext under a fresh nonce, decrypts it again and checks the round trip.
    void sealOpen(const std::vector<unsigned char> &plaintext)
    {
        const int size = int(plaintext.size());
        m_ciphertext.resize(plaintext.size());
        m_opened.resize(plaintext.size());
        unsigned char nonce[kNonceBytes];
        unsigned char tag[kTagBytes];
        unsigned char tail[16];
        int length = 0;
        const auto *aad = reinterpret_cast<const unsigned char *>(m_aad.constData());
        const int aadSize = int(m_aad.size());

        const bool drawn = m_nonces == Nonces::Pooled
            ? cc::crypto::randomFill(reinterpret_cast<char *>(nonce), kNonceBytes)
            : RAND_bytes(nonce, kNonceBytes) == 1;
        if (!drawn || EVP_EncryptInit_ex(m_enc, nullptr, nullptr, nullptr, nonce) != 1
            || EVP_EncryptUpdate(m_enc, nullptr, &length, aad, aadSize) != 1
            || EVP_EncryptUpdate(m_enc, m_ciphertext.data(), &length, plaintext.data(), size) != 1
            || EVP_EncryptFinal_ex(m_enc, tail, &length) != 1
            || EVP_CIPHER_CTX_ctrl(m_enc, EVP_CTRL_GCM_GET_TAG, kTagBytes, tag) != 1)
            fail("raw EVP encryption failed");

        if (EVP_DecryptInit_ex(m_dec, nullptr, nullptr, nullptr, nonce) != 1
            || EVP_DecryptUpdate(m_dec, nullptr, &length, aad, aadSize) != 1
            || EVP_DecryptUpdate(m_dec, m_opened.data(), &length, m_ciphertext.data(), size) != 1
            || EVP_CIPHER_CTX_ctrl(m_dec, EVP_CTRL_GCM_SET_TAG, kTagBytes, tag) != 1
            || EVP_DecryptFinal_ex(m_dec, tail, &length) != 1)
            fail("raw EVP decryption failed to authenticate");
        if (m_opened != plaintext)
            fail("raw EVP round trip returned different bytes");
    }

private:
    EVP_CIPHER_CTX *m_enc = EVP_CIPHER_CTX_new();
    EVP_CIPHER_CTX *m_dec = EVP_CIPHER_CTX_new();
    QByteArray m_aad;
    Nonces m_nonces;
    std::vector<unsigned char> m_ciphertext;
    std::vector<unsigned char> m_opened;
};

// Data keys unwrapped per second by a master key in a SoftHSM2 token, next to the key file's
// KeyRing in the same run. The token lives in a temporary directory made here; without softhsm2
// the row is left out with a line saying so.
void tokenUnwrapRow(const cc::bench::BenchTable &table)
{
    using namespace cc::crypto;
    constexpr char kModule[] = "/usr/lib/softhsm/libsofthsm2.so";
    constexpr int kTokenIterations = 4000;
    constexpr int kTokenRepetitions = 3;
    std::printf("\nmaster key in a PKCS#11 token (SoftHSM2, file object store): one 32-byte data "
                "key opened (unwrapped)\n");
    QTemporaryDir home;
    if (!QFileInfo(QString::fromLatin1(kModule)).isFile() || !home.isValid()) {
        std::printf("skipped: softhsm2 is not installed (./dev installs it)\n");
        return;
    }
    QDir().mkpath(home.filePath(QStringLiteral("tokens")));
    QFile conf(home.filePath(QStringLiteral("softhsm2.conf")));
    if (!conf.open(QIODevice::WriteOnly))
        fail("cannot write the SoftHSM configuration");
    conf.write("directories.tokendir = "
               + QFile::encodeName(home.filePath(QStringLiteral("tokens")))
               + "\nobjectstore.backend = file\nlog.level = ERROR\n");
    conf.close();
    qputenv("SOFTHSM2_CONF", QFile::encodeName(conf.fileName()));
    QProcess util;
    util.start(QStringLiteral("softhsm2-util"),
               {QStringLiteral("--init-token"), QStringLiteral("--free"), QStringLiteral("--label"),
                QStringLiteral("bench"), QStringLiteral("--pin"), QStringLiteral("1234567"),
                QStringLiteral("--so-pin"), QStringLiteral("7654321")});
    if (!util.waitForFinished(60000) || util.exitCode() != 0)
        fail("softhsm2-util --init-token failed");
    QFile pin(home.filePath(QStringLiteral("pin")));
    if (!pin.open(QIODevice::WriteOnly)
        || !pin.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner))
        fail("cannot write the PIN file");
    pin.write("1234567\n");
    pin.close();
    auto token
        = TokenKey::create({QString::fromLatin1(kModule), QStringLiteral("bench"), pin.fileName()});
    if (!token)
        fail(qPrintable(token.error().message));

    KeyRing file;
    QByteArray fileKey = randomBytes(kAesKeyBytes);
    file.addKey(1, fileKey);
    wipe(fileKey);
    const QByteArray aad
        = fieldAad(QStringLiteral("order_keys"), QStringLiteral("wrapped_key"), 42);
    const QByteArray dataKey = randomBytes(kAesKeyBytes);
    const auto inToken = (*token)->seal(dataKey, aad);
    const auto inFile = file.seal(dataKey, aad);
    if (!inToken || !inFile)
        fail("cannot wrap the data key");
    const auto unwrap = [&](const MasterKey &key, const QByteArray &wrapped) {
        auto opened = key.open(wrapped, aad);
        if (!opened || *opened != dataKey)
            fail("a data key did not unwrap");
        wipe(*opened);
    };
    const auto rate = [&](const MasterKey &key, const QByteArray &wrapped) {
        const auto start = Clock::now();
        for (int i = 0; i < kTokenIterations; ++i)
            unwrap(key, wrapped);
        const std::chrono::duration<double> elapsed = Clock::now() - start;
        return kTokenIterations / elapsed.count();
    };
    double tokenRate = 0;
    double fileRate = 0;
    for (int i = 0; i < 200; ++i) {
        unwrap(**token, *inToken);
        unwrap(file, *inFile);
    }
    for (int rep = 0; rep < kTokenRepetitions; ++rep) {
        tokenRate = std::max(tokenRate, rate(**token, *inToken));
        fileRate = std::max(fileRate, rate(file, *inFile));
    }
    std::printf("best of %d alternating runs x %d unwraps\n", kTokenRepetitions, kTokenIterations);
    std::printf("%8s | %14.0f keys/s   | key file (KeyRing) %10.0f keys/s | %5.3f\n", "SoftHSM",
                tokenRate, fileRate, tokenRate / fileRate);
    table.row(QStringLiteral("data keys unwrapped by a master key in SoftHSM2 (PKCS#11)"),
              QStringLiteral("keys/s"), cc::bench::BenchTable::number(tokenRate, 0),
              QStringLiteral("the key file's KeyRing, same data key"),
              cc::bench::BenchTable::number(fileRate, 0), tokenRate / fileRate);
}

} // namespace

int main(int argc, char *argv[])
{
    using namespace cc::crypto;
    QStringList arguments;
    for (int i = 0; i < argc; ++i)
        arguments << QString::fromLocal8Bit(argv[i]);
    const cc::bench::BenchTable table(arguments);
    if (const auto ready = init(); !ready)
        fail(qPrintable(ready.error().message));

    QByteArray key = randomBytes(kAesKeyBytes);
    if (key.size() != kAesKeyBytes)
        fail("random generator failed");
    KeyRing ring;
    ring.addKey(1, key);
    const QByteArray aad = fieldAad(QStringLiteral("users"), QStringLiteral("totp_secret"), 42);
    RawGcm raw(reinterpret_cast<const unsigned char *>(key.constData()), aad);
    RawGcm rawPooled(reinterpret_cast<const unsigned char *>(key.constData()), aad,
                     RawGcm::Nonces::Pooled);
    wipe(key);

    std::printf("AES-256-GCM seal + open (encrypt, decrypt, compare), fresh random nonce per "
                "operation, %lld-byte AAD\n",
                qlonglong(aad.size()));
    std::printf(
        "best of %d alternating runs x %d operations after %d warm-up operations; MB/s = plaintext "
        "bytes sealed and opened per second / 10^6\n",
        kRepetitions, kIterations, kWarmUp);
    std::printf("raw EVP references: contexts and key schedule reused, nonce set per operation, "
                "drawn by RAND_bytes or, in \"same nonces\", from the facade's pool\n\n");
    std::printf("%8s | %14s %10s | %14s %10s | %13s | %14s %13s\n", "size", "facade ops/s", "MB/s",
                "raw EVP ops/s", "MB/s", "facade / raw", "same nonces", "facade / that");
    std::printf("---------+----------------------------+----------------------------+--------------"
                "-+------------------------------\n");

    const auto started = Clock::now();
    for (const int size : {64, 1024}) {
        const QByteArray plaintext = randomBytes(size);
        const std::vector<unsigned char> rawPlaintext(plaintext.cbegin(), plaintext.cend());

        const std::vector<double> best = bestOpsPerSecond({
            [&] {
                const auto blob = ring.seal(plaintext, aad);
                if (!blob)
                    fail(qPrintable(blob.error().message));
                const auto opened = ring.open(*blob, aad);
                if (!opened || *opened != plaintext)
                    fail("facade round trip failed");
            },
            [&] { raw.sealOpen(rawPlaintext); },
            [&] { rawPooled.sealOpen(rawPlaintext); },
        });
        const double facade = best[0];
        const double reference = best[1];
        const double sameNonces = best[2];

        const QByteArray label = size >= 1024 ? QByteArray::number(size / 1024) + " KiB"
                                              : QByteArray(QByteArray::number(size) + " B");
        std::printf("%8s | %14.0f %10.1f | %14.0f %10.1f | %13.2f | %14.0f %13.2f\n",
                    label.constData(), facade, facade * size / 1e6, reference,
                    reference * size / 1e6, facade / reference, sameNonces, facade / sameNonces);
        table.row(QStringLiteral("AES-256-GCM seal + open, %1").arg(QString::fromLatin1(label)),
                  QStringLiteral("ops/s"), cc::bench::BenchTable::number(facade, 0),
                  QStringLiteral("raw OpenSSL EVP, contexts reused, RAND_bytes nonces"),
                  cc::bench::BenchTable::number(reference, 0), facade / reference);
        table.row(QStringLiteral("AES-256-GCM seal + open, %1: the facade's own overhead")
                      .arg(QString::fromLatin1(label)),
                  QStringLiteral("ops/s"), cc::bench::BenchTable::number(facade, 0),
                  QStringLiteral("raw OpenSSL EVP, contexts reused, nonces from the same pool"),
                  cc::bench::BenchTable::number(sameNonces, 0), facade / sameNonces);
    }
    // A master key rotation's unit of work: a 32-byte data key sealed under version 1, opened
    // and sealed again under version 2 (store/KeyRotation), next to one raw encrypt and decrypt
    // of the same 32 bytes.
    {
        KeyRing rotating;
        QByteArray oldKey = randomBytes(kAesKeyBytes);
        QByteArray newKey = randomBytes(kAesKeyBytes);
        if (oldKey.size() != kAesKeyBytes || newKey.size() != kAesKeyBytes)
            fail("random generator failed");
        KeyRing before;
        before.addKey(1, oldKey);
        rotating.addKey(1, oldKey);
        rotating.addKey(2, newKey);
        wipe(oldKey);
        wipe(newKey);
        const QByteArray aadKey
            = fieldAad(QStringLiteral("order_keys"), QStringLiteral("wrapped_key"), 42);
        const QByteArray dataKey = randomBytes(kAesKeyBytes);
        const auto wrapped = before.seal(dataKey, aadKey);
        if (!wrapped)
            fail(qPrintable(wrapped.error().message));
        const std::vector<unsigned char> rawDataKey(dataKey.cbegin(), dataKey.cend());
        RawGcm rawKey(reinterpret_cast<const unsigned char *>(dataKey.constData()), aadKey);
        const std::vector<double> best = bestOpsPerSecond({
            [&] {
                auto opened = rotating.open(*wrapped, aadKey);
                if (!opened || *opened != dataKey)
                    fail("re-wrap: the old version did not open");
                const auto sealed = rotating.seal(*opened, aadKey);
                if (!sealed || KeyRing::blobVersion(*sealed) != 2)
                    fail("re-wrap: not sealed under the new version");
                wipe(*opened);
            },
            [&] { rawKey.sealOpen(rawDataKey); },
        });
        const double rewrap = best[0];
        const double reference = best[1];
        std::printf("\nmaster key rotation, one 32-byte data key opened under version 1 and "
                    "sealed under version 2\n");
        std::printf("%8s | %14.0f keys/s   | raw EVP encrypt + decrypt of 32 B %10.0f ops/s | "
                    "%5.2f\n",
                    "re-wrap", rewrap, reference, rewrap / reference);
        table.row(QStringLiteral("master key rotation: data keys re-wrapped"),
                  QStringLiteral("keys/s"), cc::bench::BenchTable::number(rewrap, 0),
                  QStringLiteral("raw OpenSSL EVP encrypt + decrypt, same 32 bytes"),
                  cc::bench::BenchTable::number(reference, 0), rewrap / reference);
    }
    tokenUnwrapRow(table);
    const std::chrono::duration<double> total = Clock::now() - started;
    std::printf("\ntotal measuring time %.1f s\n", total.count());
    return 0;
}
