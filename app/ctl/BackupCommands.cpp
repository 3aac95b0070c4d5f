#include "BackupCommands.h"

#include "CtlSupport.h"
#include "SecretInput.h"
#include "crypto/Crypto.h"
#include "service/Monitoring.h"
#include "store/Backup.h"
#include "store/Store.h"

#include <cstdio>

#include <QDateTime>

namespace cc::ctl {

namespace {

int takeBackup(const QCommandLineParser &parser)
{
    for (const char *required : {"data", "out", "passphrase-stdin"})
        if (!parser.isSet(QString::fromLatin1(required)))
            return fail(QStringLiteral("usage: compliancectl backup --data DIR [--database URL] "
                                       "--out FILE [--location NAME] --passphrase-stdin"),
                        2);
    // Unlabelled backups count as one place, "local": they never make the backups control
    // (DPP25-BK-01) see a second location that is not there.
    const QString location = parser.isSet(QStringLiteral("location"))
        ? parser.value(QStringLiteral("location"))
        : QString::fromLatin1(backup::kDefaultLocation);
    Result<std::unique_ptr<Store>> store = openStore(parser);
    if (!store)
        return fail(store.error().message);
    Result<QByteArray> passphrase = readNewPassphrase(**store);
    if (!passphrase)
        return fail(passphrase.error().message, 2);
    const crypto::WipeOnExit passphraseWiped(*passphrase);
    Result<backup::BackupRecord> taken
        = backup::take(**store, Caller::localOperator(), parser.value(QStringLiteral("out")),
                       location, *passphrase);
    if (!taken)
        return fail(taken.error().message);
    print(QStringLiteral("backup %1 written: %2 bytes, SHA-256 %3, kept at %4 (the master key is "
                         "not in it: %5)")
              .arg(parser.value(QStringLiteral("out")))
              .arg(taken->sizeBytes)
              .arg(taken->sha256, taken->location,
                   (*store)->keys().checkExportable().ok()
                       ? QStringLiteral("keep the key export apart")
                       : QStringLiteral("back the token up with its own tools")));
    return 0;
}

int restoreBackup(const QCommandLineParser &parser)
{
    for (const char *required : {"data", "from", "passphrase-stdin"})
        if (!parser.isSet(QString::fromLatin1(required)))
            return fail(QStringLiteral("usage: compliancectl restore --data NEWDIR [--database "
                                       "URL] --from FILE [--key FILE] --passphrase-stdin "
                                       "[--shredded FILE]  (standard input: the backup's "
                                       "passphrase, then the key file's; no --key when the "
                                       "master key is in a PKCS#11 token)"),
                        2);
    if (Result<void> selfTest = crypto::init(); !selfTest)
        return fail(selfTest.error().message);
    backup::RestoreRequest request;
    request.backupFile = parser.value(QStringLiteral("from"));
    request.keyFile = parser.value(QStringLiteral("key"));
    request.dataDir = parser.value(QStringLiteral("data"));
    request.databaseUrl = parser.value(QStringLiteral("database"));
    request.shreddedLog = parser.value(QStringLiteral("shredded"));
    request.backupPassphrase = readSecretLine();
    const crypto::WipeOnExit backupWiped(request.backupPassphrase);
    const bool keyFile = !request.keyFile.isEmpty();
    if (keyFile)
        request.keyPassphrase = readSecretLine();
    const crypto::WipeOnExit keyWiped(request.keyPassphrase);
    if (request.backupPassphrase.isEmpty() || (keyFile && request.keyPassphrase.isEmpty()))
        return fail(keyFile ? QStringLiteral("standard input must hold two lines: the backup's "
                                             "passphrase, then the key file's")
                            : QStringLiteral("standard input must hold the backup's passphrase"),
                    2);
    Result<backup::RestoreReport> restored = backup::restore(request, clock());
    if (!restored)
        return fail(restored.error().message);
    print(QStringLiteral("store restored in %1 from the %2 backup of %3: %4 order(s) shredded "
                         "again from the logs, %5 purged by the retention sweep; check it with "
                         "`compliancectl audit verify`")
              .arg(request.dataDir, restored->backend,
                   QDateTime::fromMSecsSinceEpoch(restored->takenAt, Qt::UTC).toString(Qt::ISODate))
              .arg(restored->shreddedApplied)
              .arg(restored->purgedBySweep));
    return 0;
}

} // namespace

void addBackupOptions(QCommandLineParser &parser)
{
    parser.addOptions({
        {QStringLiteral("location"),
         QStringLiteral("Where a backup is kept, as recorded (default: local); credential "
                        "add: where the secret lives."),
         QStringLiteral("NAME")},
        {QStringLiteral("key"),
         QStringLiteral("The key file from `key export`, for restore (none when the master key "
                        "is in a PKCS#11 token)."),
         QStringLiteral("FILE")},
        {QStringLiteral("shredded"),
         QStringLiteral("The live store's shredded-orders.log, applied by restore."),
         QStringLiteral("FILE")},
    });
}

int backupCommand(const QCommandLineParser &parser)
{
    const QStringList words = parser.positionalArguments();
    if (words == QStringList {QStringLiteral("backup")})
        return takeBackup(parser);
    if (words == QStringList {QStringLiteral("restore")})
        return restoreBackup(parser);
    return -1;
}

} // namespace cc::ctl
