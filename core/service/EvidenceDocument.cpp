#include "EvidenceDocument.h"

#include "crypto/Aes256Gcm.h"
#include "crypto/Crypto.h"
#include "store/Store.h"

namespace cc {

namespace {

constexpr int kMaxNameLength = 200;

} // namespace

Result<void> checkEvidenceDocument(const QString &name, const QByteArray &content)
{
    const QString trimmed = name.trimmed();
    if (trimmed.isEmpty() || trimmed.size() > kMaxNameLength)
        return makeError(ErrorCode::InvalidInput,
                         QStringLiteral("the evidence needs a file name of 1 to %1 characters")
                             .arg(kMaxNameLength));
    if (content.isEmpty() || content.size() > kMaxEvidenceDocumentBytes)
        return makeError(ErrorCode::InvalidInput,
                         QStringLiteral("the evidence document must hold 1 byte to %1 MiB")
                             .arg(kMaxEvidenceDocumentBytes / (1024 * 1024)));
    return {};
}

Result<EvidenceDocument> sealEvidenceDocument(Store &store, const QString &table,
                                              const QString &column, qint64 rowId,
                                              const QString &name, const QByteArray &content)
{
    if (Result<void> valid = checkEvidenceDocument(name, content); !valid)
        return valid.error();
    Result<QByteArray> sealed = store.keys().seal(content, crypto::fieldAad(table, column, rowId));
    if (!sealed)
        return sealed.error();
    return EvidenceDocument {name.trimmed(), QString::fromLatin1(crypto::sha256(content).toHex()),
                             qint64(content.size()), *sealed};
}

} // namespace cc
