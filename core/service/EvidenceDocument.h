#pragma once

// A document kept as evidence with a record (a vulnerability's resolution, a subcontractor's
// risk assessment): named, at most 10 MiB, its SHA-256 kept in the clear for the audit trail
// and the evidence pack, its bytes sealed under the master key and bound to their row and
// column (crypto::fieldAad), so key rotation (store/KeyRotation.cpp) seals them again.

#include "Result.h"

#include <QByteArray>
#include <QString>

namespace cc {

class Store;

struct EvidenceDocument
{
    QString name;
    QString sha256; // hex
    qint64 bytes = 0;
    QByteArray sealed;
};

constexpr qint64 kMaxEvidenceDocumentBytes = 10 * 1024 * 1024;

// InvalidInput naming what is wrong with the name or the size; nothing is sealed.
Result<void> checkEvidenceDocument(const QString &name, const QByteArray &content);

// Checks, hashes and seals content for table.column of row rowId (inside the caller's
// transaction, once the row's id is known).
Result<EvidenceDocument> sealEvidenceDocument(Store &store, const QString &table,
                                              const QString &column, qint64 rowId,
                                              const QString &name, const QByteArray &content);

} // namespace cc
