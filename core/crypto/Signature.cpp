#include "Signature.h"

#include "Crypto.h"

#include <memory>
#include <openssl/evp.h>
#include <openssl/kdf.h>

namespace cc::crypto {

namespace {

struct PkeyFree
{
    void operator()(EVP_PKEY *key) const { EVP_PKEY_free(key); }
};
struct MdCtxFree
{
    void operator()(EVP_MD_CTX *ctx) const { EVP_MD_CTX_free(ctx); }
};
struct PkeyCtxFree
{
    void operator()(EVP_PKEY_CTX *ctx) const { EVP_PKEY_CTX_free(ctx); }
};
using Pkey = std::unique_ptr<EVP_PKEY, PkeyFree>;

const unsigned char *bytes(const QByteArray &a)
{
    return reinterpret_cast<const unsigned char *>(a.constData());
}

Result<Pkey> privateKey(const QByteArray &seed)
{
    if (seed.size() != kEd25519SeedBytes)
        return makeError(ErrorCode::InvalidInput,
                         QStringLiteral("an Ed25519 private key is %1 bytes, not %2")
                             .arg(kEd25519SeedBytes)
                             .arg(seed.size()));
    Pkey key(
        EVP_PKEY_new_raw_private_key(EVP_PKEY_ED25519, nullptr, bytes(seed), size_t(seed.size())));
    if (!key)
        return makeError(ErrorCode::Internal, QStringLiteral("OpenSSL refused the Ed25519 key"));
    return key;
}

} // namespace

Result<QByteArray> ed25519PublicKey(const QByteArray &seed)
{
    Result<Pkey> key = privateKey(seed);
    if (!key)
        return key.error();
    QByteArray out(kEd25519PublicKeyBytes, Qt::Uninitialized);
    size_t length = size_t(out.size());
    if (EVP_PKEY_get_raw_public_key(key->get(), reinterpret_cast<unsigned char *>(out.data()),
                                    &length)
            != 1
        || length != size_t(kEd25519PublicKeyBytes))
        return makeError(ErrorCode::Internal,
                         QStringLiteral("OpenSSL could not derive the Ed25519 public key"));
    return out;
}

Result<QByteArray> ed25519Sign(const QByteArray &seed, const QByteArray &message)
{
    Result<Pkey> key = privateKey(seed);
    if (!key)
        return key.error();
    std::unique_ptr<EVP_MD_CTX, MdCtxFree> ctx(EVP_MD_CTX_new());
    QByteArray signature(kEd25519SignatureBytes, Qt::Uninitialized);
    size_t length = size_t(signature.size());
    // Ed25519 hashes the message itself: no digest is named, and signing is one shot.
    if (!ctx || EVP_DigestSignInit(ctx.get(), nullptr, nullptr, nullptr, key->get()) != 1
        || EVP_DigestSign(ctx.get(), reinterpret_cast<unsigned char *>(signature.data()), &length,
                          bytes(message), size_t(message.size()))
            != 1
        || length != size_t(kEd25519SignatureBytes))
        return makeError(ErrorCode::Internal,
                         QStringLiteral("OpenSSL could not sign with Ed25519"));
    return signature;
}

bool ed25519Verify(const QByteArray &publicKey, const QByteArray &message,
                   const QByteArray &signature)
{
    if (publicKey.size() != kEd25519PublicKeyBytes || signature.size() != kEd25519SignatureBytes)
        return false;
    Pkey key(EVP_PKEY_new_raw_public_key(EVP_PKEY_ED25519, nullptr, bytes(publicKey),
                                         size_t(publicKey.size())));
    std::unique_ptr<EVP_MD_CTX, MdCtxFree> ctx(EVP_MD_CTX_new());
    return key && ctx && EVP_DigestVerifyInit(ctx.get(), nullptr, nullptr, nullptr, key.get()) == 1
        && EVP_DigestVerify(ctx.get(), bytes(signature), size_t(signature.size()), bytes(message),
                            size_t(message.size()))
        == 1;
}

QString keyFingerprint(const QByteArray &publicKey)
{
    return QString::fromLatin1(sha256(publicKey).left(16).toHex());
}

Result<QByteArray> hkdfSha256(const QByteArray &key, const QByteArray &salt, const QByteArray &info,
                              int length)
{
    if (key.isEmpty() || length <= 0 || length > 255 * 32)
        return makeError(ErrorCode::InvalidInput,
                         QStringLiteral("HKDF needs key material and 1 to 8160 output bytes"));
    std::unique_ptr<EVP_PKEY_CTX, PkeyCtxFree> ctx(EVP_PKEY_CTX_new_id(EVP_PKEY_HKDF, nullptr));
    QByteArray out(length, Qt::Uninitialized);
    WipeOnExit outWiped(out);
    size_t outLength = size_t(length);
    if (!ctx || EVP_PKEY_derive_init(ctx.get()) != 1
        || EVP_PKEY_CTX_set_hkdf_md(ctx.get(), EVP_sha256()) != 1
        || EVP_PKEY_CTX_set1_hkdf_key(ctx.get(), bytes(key), int(key.size())) != 1
        || (!salt.isEmpty()
            && EVP_PKEY_CTX_set1_hkdf_salt(ctx.get(), bytes(salt), int(salt.size())) != 1)
        || (!info.isEmpty()
            && EVP_PKEY_CTX_add1_hkdf_info(ctx.get(), bytes(info), int(info.size())) != 1)
        || EVP_PKEY_derive(ctx.get(), reinterpret_cast<unsigned char *>(out.data()), &outLength)
            != 1
        || outLength != size_t(length))
        return makeError(ErrorCode::Internal, QStringLiteral("OpenSSL HKDF-SHA256 failed"));
    return outWiped.release();
}

} // namespace cc::crypto
