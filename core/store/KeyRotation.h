#pragma once

// Master key rotation: adds a key version where the key lives (the key file, or the PKCS#11
// token), seals every sealed value of the store again under it in batches (one transaction
// each, so a server on the same store keeps serving meanwhile and picks the new version up from
// the file or the token), then retires the old versions once no value uses them. Interrupted
// (killed, a failure), it is run again and goes on from where it stopped: more than one version
// held is a rotation under way.

#include "Result.h"
#include "domain/Types.h"

#include <QList>
#include <QString>

namespace cc {

class Store;

// Every column the key ring seals, with the table and column its AAD names (crypto::fieldAad)
// and the row id bound into it. A new sealed column belongs here, or a rotation would retire
// the key that opens it.
struct SealedColumn
{
    const char *table; // as the AAD names it; order_keys lives in {vault}
    const char *column; // the column in the table
    const char *aadColumn; // as the AAD names it
    const char *idColumn;
    bool inVault;
};
const QList<SealedColumn> &sealedColumns();

struct KeyRotationOptions
{
    int batchSize = 500;
    // Test hook: stop (with an error) after this many batches, as a crash would leave it.
    int stopAfterBatches = -1;
};

struct KeyRotationReport
{
    quint32 version = 0; // the current version, which every value is sealed with now
    QList<quint32> retired; // the versions taken out of the key file
    qint64 resealed = 0; // values sealed again by this run
    int batches = 0;
    bool resumed = false; // went on with a rotation an earlier run had started
};

// Audited as master_key.rotate_start (when it adds the version) and master_key.rotate (when it
// retires the old ones).
Result<KeyRotationReport> rotateMasterKey(Store &store, const Caller &caller,
                                          const KeyRotationOptions &options = {});

// How many sealed values use a key version other than the current one.
Result<qint64> valuesUnderOldKeys(const Store &store);

} // namespace cc
