#pragma once

// Online backups that never carry the master key, and the restore that rebuilds a store from
// one and the escrowed key file, or the PKCS#11 token that holds the key (compliancectl backup /
// restore).
//
// A backup is a sealed stream (crypto/SealedStream, purpose "backup") holding entries, each a
// name and its bytes in blocks: a manifest (which says whether the master key is in a file or a
// token), the store directory's files except master.key (TLS material, policy, SMTP settings,
// the audit anchors, the shredded order log, pkcs11.json naming the token) and the
// database as of one moment: SQLite's two database files copied by its backup API inside one
// read transaction, or every PostgreSQL table's rows read in one REPEATABLE READ READ ONLY
// transaction. Entry framing in the plaintext: 'F' | name length (2) | name | blocks, each
// length (4) | bytes, ended by a length of 0; after the last entry 'Z'.

#include "Clock.h"
#include "Result.h"
#include "crypto/KeyDerivation.h"
#include "domain/Types.h"

#include <QString>

namespace cc {

class Store;

namespace backup {

// The location recorded when the backup command names none.
inline constexpr char kDefaultLocation[] = "local";

struct BackupRecord
{
    qint64 id = 0;
    qint64 takenAt = 0;
    QString fileName;
    qint64 sizeBytes = 0;
    QString sha256; // of the sealed file, hex
    QString location;
};

// Writes the backup to outPath (never over an existing file) sealed to passphrase, while the
// store keeps serving, and records it in the backups table (audited as store.backup).
Result<BackupRecord> take(Store &store, const Caller &caller, const QString &outPath,
                          const QString &location, const QByteArray &passphrase,
                          const crypto::KdfParams &kdf = {});

struct RestoreRequest
{
    QString backupFile;
    QByteArray backupPassphrase;
    QString keyFile; // compliancectl key export; empty for a backup whose key is in a token
    QByteArray keyPassphrase;
    QString dataDir; // new: must not exist, or be empty
    QString databaseUrl; // PostgreSQL backups: an empty database to restore into
    QString shreddedLog; // the live store's shredded order log, applied on top of the backup's
};

struct RestoreReport
{
    qint64 takenAt = 0;
    QString backend;
    int shreddedApplied = 0; // orders whose PII the logs shredded again
    qint64 purgedBySweep = 0; // orders past retention, purged before anything serves
};

// Rebuilds a store from a backup and the escrowed key file (or the token the backup names,
// which must still hold the key versions its values use); applies the shredded order logs
// and runs the retention sweep before returning, so the store never serves PII that was gone.
// A failure leaves nothing behind in dataDir.
Result<RestoreReport> restore(const RestoreRequest &request, const Clock &clock);

} // namespace backup
} // namespace cc
