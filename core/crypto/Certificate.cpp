#include "Certificate.h"

#include "Crypto.h"

#include <fcntl.h>
#include <memory>
#include <openssl/evp.h>
#include <openssl/pem.h>
#include <openssl/x509.h>
#include <openssl/x509v3.h>
#include <unistd.h>

#include <QFile>

namespace cc::crypto {

namespace {

template<typename T, void (*Free)(T *)>
using OsslPtr = std::unique_ptr<T, decltype([](T *p) { Free(p); })>;

Error certError(const QString &what)
{
    return makeError(ErrorCode::Internal,
                     QStringLiteral("cannot create the TLS certificate: %1").arg(what));
}

// Writes PEM text to a new file with the given mode; refuses an existing file.
Result<void> writeNewFile(const QString &path, const QByteArray &data, mode_t mode)
{
    const QByteArray name = QFile::encodeName(path);
    const int fd = ::open(name.constData(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, mode);
    if (fd < 0)
        return makeError(ErrorCode::Conflict,
                         QStringLiteral("cannot create %1: %2")
                             .arg(path, QString::fromLocal8Bit(strerror(errno))));
    qint64 written = 0;
    while (written < data.size()) {
        const ssize_t n = ::write(fd, data.constData() + written, size_t(data.size() - written));
        if (n <= 0) {
            ::close(fd);
            return makeError(ErrorCode::Internal, QStringLiteral("cannot write %1").arg(path));
        }
        written += n;
    }
    ::fsync(fd);
    ::close(fd);
    return {};
}

QByteArray bioText(BIO *bio)
{
    char *data = nullptr;
    const long size = BIO_get_mem_data(bio, &data);
    return QByteArray(data, int(size));
}

} // namespace

Result<void> createSelfSignedCertificate(const CertificateRequest &request, const QString &certPath,
                                         const QString &keyPath)
{
    OsslPtr<EVP_PKEY, EVP_PKEY_free> key(EVP_EC_gen("P-256"));
    if (!key)
        return certError(QStringLiteral("key generation failed"));

    OsslPtr<X509, X509_free> cert(X509_new());
    if (!cert)
        return certError(QStringLiteral("out of memory"));
    X509_set_version(cert.get(), 2);
    OsslPtr<BIGNUM, BN_free> serial(BN_new());
    BN_rand(serial.get(), 127, BN_RAND_TOP_ANY, BN_RAND_BOTTOM_ANY);
    BN_to_ASN1_INTEGER(serial.get(), X509_get_serialNumber(cert.get()));
    X509_gmtime_adj(X509_getm_notBefore(cert.get()), -60);
    X509_gmtime_adj(X509_getm_notAfter(cert.get()), long(request.validDays) * 24 * 3600);
    X509_set_pubkey(cert.get(), key.get());

    X509_NAME *name = X509_get_subject_name(cert.get());
    const QByteArray cn = request.commonName.toUtf8();
    X509_NAME_add_entry_by_txt(name, "CN", MBSTRING_UTF8,
                               reinterpret_cast<const unsigned char *>(cn.constData()), -1, -1, 0);
    X509_set_issuer_name(cert.get(), name);

    QStringList altNames;
    for (const QString &dns : request.dnsNames)
        altNames << QStringLiteral("DNS:") + dns;
    for (const QString &ip : request.ipAddresses)
        altNames << QStringLiteral("IP:") + ip;
    X509V3_CTX ctx;
    X509V3_set_ctx_nodb(&ctx);
    X509V3_set_ctx(&ctx, cert.get(), cert.get(), nullptr, nullptr, 0);
    const QList<QPair<int, QByteArray>> extensions = {
        {NID_subject_alt_name, altNames.join(QLatin1Char(',')).toLatin1()},
        {NID_basic_constraints, QByteArrayLiteral("critical,CA:FALSE")},
        {NID_key_usage, QByteArrayLiteral("critical,digitalSignature")},
        {NID_ext_key_usage, QByteArrayLiteral("serverAuth")},
    };
    for (const auto &[nid, value] : extensions) {
        OsslPtr<X509_EXTENSION, X509_EXTENSION_free> ext(
            X509V3_EXT_conf_nid(nullptr, &ctx, nid, value.constData()));
        if (!ext || !X509_add_ext(cert.get(), ext.get(), -1))
            return certError(QStringLiteral("bad extension %1").arg(QString::fromLatin1(value)));
    }
    if (!X509_sign(cert.get(), key.get(), EVP_sha256()))
        return certError(QStringLiteral("signing failed"));

    OsslPtr<BIO, BIO_free_all> certBio(BIO_new(BIO_s_mem()));
    // Secure memory: the PEM of the private key is cleared when the BIO is freed.
    OsslPtr<BIO, BIO_free_all> keyBio(BIO_new(BIO_s_secmem()));
    if (!PEM_write_bio_X509(certBio.get(), cert.get())
        || !PEM_write_bio_PrivateKey(keyBio.get(), key.get(), nullptr, nullptr, 0, nullptr,
                                     nullptr))
        return certError(QStringLiteral("PEM encoding failed"));

    QByteArray keyPem = bioText(keyBio.get());
    const WipeOnExit keyPemWiped(keyPem);
    if (Result<void> written = writeNewFile(keyPath, keyPem, 0600); !written)
        return written;
    return writeNewFile(certPath, bioText(certBio.get()), 0644);
}

} // namespace cc::crypto
