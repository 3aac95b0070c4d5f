#include "ReturnArchive.h"

#include "crypto/Aes256Gcm.h"
#include "crypto/Crypto.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace cc::archive {

namespace {

const QString kFormat = QStringLiteral("compliance-archive-1");
constexpr int kSaltBytes = 16;

QByteArray aadFor(const crypto::KdfParams &p, const QByteArray &salt)
{
    return QStringLiteral("%1|argon2id|t=%2|m=%3|p=%4|%5")
        .arg(kFormat)
        .arg(p.timeCost)
        .arg(p.memoryKiB)
        .arg(p.parallelism)
        .arg(QString::fromLatin1(salt.toBase64()))
        .toUtf8();
}

QString b64(const QByteArray &bytes)
{
    return QString::fromLatin1(bytes.toBase64());
}

} // namespace

Result<QByteArray> seal(const QByteArray &plaintext, const QByteArray &passphrase,
                        const crypto::KdfParams &params)
{
    const QByteArray salt = crypto::randomBytes(kSaltBytes);
    const QByteArray nonce = crypto::randomBytes(crypto::kGcmNonceBytes);
    if (salt.size() != kSaltBytes || nonce.size() != crypto::kGcmNonceBytes)
        return makeError(ErrorCode::Internal,
                         QStringLiteral("cannot build the archive: the random generator failed"));
    Result<QByteArray> key
        = crypto::deriveKeyArgon2id(passphrase, salt, params, crypto::kAesKeyBytes);
    if (!key)
        return key.error();
    const crypto::WipeOnExit keyWiped(*key);
    Result<crypto::GcmSealed> sealed
        = crypto::gcmEncrypt(*key, nonce, aadFor(params, salt), plaintext);
    if (!sealed)
        return sealed.error();
    const QJsonObject doc {
        {QStringLiteral("format"), kFormat},
        {QStringLiteral("kdf"),
         QJsonObject {{QStringLiteral("name"), QStringLiteral("argon2id")},
                      {QStringLiteral("t"), qint64(params.timeCost)},
                      {QStringLiteral("m"), qint64(params.memoryKiB)},
                      {QStringLiteral("p"), qint64(params.parallelism)},
                      {QStringLiteral("salt"), b64(salt)}}},
        {QStringLiteral("cipher"), QStringLiteral("aes-256-gcm")},
        {QStringLiteral("nonce"), b64(nonce)},
        {QStringLiteral("ciphertext"), b64(sealed->ciphertext)},
        {QStringLiteral("tag"), b64(sealed->tag)},
    };
    return QJsonDocument(doc).toJson(QJsonDocument::Compact);
}

Result<QByteArray> open(const QByteArray &archive, const QByteArray &passphrase)
{
    const QJsonObject doc = QJsonDocument::fromJson(archive).object();
    const QJsonObject kdf = doc.value(QLatin1String("kdf")).toObject();
    if (doc.value(QLatin1String("format")).toString() != kFormat
        || kdf.value(QLatin1String("name")).toString() != QLatin1String("argon2id")
        || doc.value(QLatin1String("cipher")).toString() != QLatin1String("aes-256-gcm"))
        return makeError(ErrorCode::InvalidInput,
                         QStringLiteral("this is not a %1 archive").arg(kFormat));
    // The file names its own Argon2id cost: bound it, or a hostile archive makes the reader
    // allocate terabytes or run for days before the tag check could refuse it.
    struct Bound
    {
        const char *name;
        qint64 min;
        qint64 max;
        quint32 crypto::KdfParams::*member;
    };
    static constexpr Bound bounds[] = {
        {"t", 1, 10, &crypto::KdfParams::timeCost},
        {"m", 8, 256 * 1024, &crypto::KdfParams::memoryKiB},
        {"p", 1, 8, &crypto::KdfParams::parallelism},
    };
    crypto::KdfParams params;
    for (const Bound &bound : bounds) {
        const QJsonValue value = kdf.value(QLatin1String(bound.name));
        const qint64 number = value.toInteger(-1);
        if (!value.isDouble() || number < bound.min || number > bound.max)
            return makeError(ErrorCode::InvalidInput,
                             QStringLiteral("the archive's Argon2id parameter \"%1\" must be a "
                                            "whole number from %2 to %3")
                                 .arg(QLatin1String(bound.name))
                                 .arg(bound.min)
                                 .arg(bound.max));
        params.*(bound.member) = quint32(number);
    }
    const auto base64 = [](const QJsonObject &holder, const char *name) {
        return QByteArray::fromBase64Encoding(
            holder.value(QLatin1String(name)).toString().toLatin1(),
            QByteArray::AbortOnBase64DecodingErrors);
    };
    const auto salt = base64(kdf, "salt");
    const auto nonce = base64(doc, "nonce");
    const auto ciphertext = base64(doc, "ciphertext");
    const auto tag = base64(doc, "tag");
    if (!salt || !nonce || !ciphertext || !tag)
        return makeError(
            ErrorCode::InvalidInput,
            QStringLiteral("the archive's salt, nonce, ciphertext or tag is not base64"));
    if (salt.decoded.size() < 16 || nonce.decoded.size() != crypto::kGcmNonceBytes
        || tag.decoded.size() != crypto::kGcmTagBytes)
        return makeError(ErrorCode::InvalidInput,
                         QStringLiteral("the archive's salt, nonce or tag has the wrong length"));
    Result<QByteArray> key
        = crypto::deriveKeyArgon2id(passphrase, *salt, params, crypto::kAesKeyBytes);
    if (!key)
        return key.error();
    const crypto::WipeOnExit keyWiped(*key);
    Result<QByteArray> plain
        = crypto::gcmDecrypt(*key, *nonce, aadFor(params, *salt), *ciphertext, *tag);
    if (!plain)
        return makeError(ErrorCode::InvalidInput,
                         QStringLiteral("the archive cannot be opened: wrong passphrase, or the "
                                        "file was changed"));
    return plain;
}

} // namespace cc::archive
