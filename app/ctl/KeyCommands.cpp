#include "KeyCommands.h"

#include "CtlSupport.h"
#include "SecretInput.h"
#include "audit/AuditLog.h"
#include "audit/SigningKey.h"
#include "crypto/Crypto.h"
#include "crypto/SealedStream.h"
#include "service/Monitoring.h"
#include "store/KeyRotation.h"
#include "store/Store.h"

#include <cstdio>

#include <QFile>
#include <QFileInfo>

namespace cc::ctl {

namespace {

// A new master key version; every sealed value sealed again under it, in batches, while a
// server may run; the old version retired. Run again after an interruption to finish.
int rotate(const QCommandLineParser &parser)
{
    Result<std::unique_ptr<Store>> store = openStore(parser);
    if (!store)
        return fail(store.error().message);
    Result<KeyRotationReport> rotated = rotateMasterKey(**store, Caller::localOperator());
    if (!rotated)
        return fail(rotated.error().message
                    + QStringLiteral("\nrun `compliancectl key rotate` again to finish the "
                                     "rotation; every value stays readable meanwhile"));
    QStringList retired;
    for (const quint32 v : std::as_const(rotated->retired))
        retired << QString::number(v);
    print(QStringLiteral("master key rotated%1: version %2 is current, %3 values sealed again "
                         "in %4 batches, retired version(s): %5")
              .arg(rotated->resumed ? QStringLiteral(" (an interrupted rotation finished)")
                                    : QString())
              .arg(rotated->version)
              .arg(rotated->resealed)
              .arg(rotated->batches)
              .arg(retired.isEmpty() ? QStringLiteral("none") : retired.join(u',')));
    return 0;
}

int rotateSigning(const QCommandLineParser &parser)
{
    Result<std::unique_ptr<Store>> store = openStore(parser);
    if (!store)
        return fail(store.error().message);
    Result<audit::SigningKey> key = audit::rotateSigningKey(**store, Caller::localOperator());
    if (!key)
        return fail(key.error().message);
    print(QStringLiteral("audit signing key rotated: key_id %1 signs from now on; what the "
                         "earlier keys signed still verifies")
              .arg(key->keyId));
    return 0;
}

// Reads the key file as it is on disk and writes it sealed to a passphrase of its own (the
// escrow copy kept apart from the backups), audited as master_key.export.
int exportKey(const QCommandLineParser &parser)
{
    if (!parser.isSet(QStringLiteral("out")) || !parser.isSet(QStringLiteral("passphrase-stdin")))
        return fail(QStringLiteral("usage: compliancectl key export --data DIR --out FILE "
                                   "--passphrase-stdin"),
                    2);
    Result<std::unique_ptr<Store>> store = openStore(parser);
    if (!store)
        return fail(store.error().message);
    // A key in a token never leaves it: refused before anything is read or written.
    if (Result<void> exportable = (*store)->keys().checkExportable(); !exportable)
        return fail(exportable.error().message);
    Result<QByteArray> passphrase = readNewPassphrase(**store);
    if (!passphrase)
        return fail(passphrase.error().message, 2);
    const crypto::WipeOnExit passphraseWiped(*passphrase);
    const QString keyPath = (*store)->dataDir().masterKeyFile();
    QFile keyFile(keyPath);
    if (!keyFile.open(QIODevice::ReadOnly))
        return fail(QStringLiteral("cannot read %1: %2").arg(keyPath, keyFile.errorString()));
    QByteArray key = keyFile.readAll();
    const crypto::WipeOnExit keyWiped(key);
    // The escrow must open: refuse a key file that is not one (or is mid-rotation on disk).
    if (Result<crypto::KeyRing> ring = crypto::KeyRing::parseKeyFile(key, keyPath); !ring)
        return fail(ring.error().message);
    const QString outPath = parser.value(QStringLiteral("out"));
    QFile out(outPath);
    if (!out.open(QIODevice::WriteOnly | QIODevice::NewOnly))
        return fail(QStringLiteral("cannot create %1: %2 (an existing file is never "
                                   "overwritten)")
                        .arg(outPath, out.errorString()));
    out.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    const auto abandon = [&](const QString &message) {
        out.close();
        out.remove();
        return fail(message);
    };
    auto writer = crypto::SealedStreamWriter::start(out, "key-file", *passphrase);
    if (!writer)
        return abandon(writer.error().message);
    if (Result<void> written = (*writer)->write(key); !written)
        return abandon(written.error().message);
    if (Result<void> finished = (*writer)->finish(); !finished)
        return abandon(finished.error().message);
    if (!out.flush())
        return abandon(out.errorString());
    out.close();
    AuditEvent e;
    e.actor = Caller::localOperator().username;
    e.action = QStringLiteral("master_key.export");
    e.objectType = QStringLiteral("master_key");
    e.objectId = QString::number((*store)->keys().currentVersion());
    e.detail = QStringLiteral("file=%1 bytes=%2")
                   .arg(QFileInfo(outPath).fileName())
                   .arg(QFileInfo(outPath).size());
    if (Result<AuditEvent> logged = audit::record(**store, e); !logged)
        return abandon(logged.error().message);
    print(QStringLiteral("key file sealed to its passphrase in %1: keep it apart from the "
                         "backups")
              .arg(outPath));
    return 0;
}

} // namespace

int keyCommand(const QCommandLineParser &parser)
{
    const QStringList words = parser.positionalArguments();
    if (words.isEmpty() || words.first() != QLatin1String("key"))
        return -1;
    const QString verb = words.value(1);
    const QStringList verbs
        = {QStringLiteral("rotate"), QStringLiteral("rotate-signing"), QStringLiteral("export")};
    if (words.size() != 2 || !verbs.contains(verb))
        return fail(QStringLiteral("usage: compliancectl key rotate --data DIR | key "
                                   "rotate-signing --data DIR | key export --data DIR --out FILE "
                                   "--passphrase-stdin"),
                    2);
    if (!parser.isSet(QStringLiteral("data")))
        return fail(QStringLiteral("key %1 needs --data DIR").arg(verb), 2);
    if (verb == QLatin1String("export"))
        return exportKey(parser);
    return verb == QLatin1String("rotate") ? rotate(parser) : rotateSigning(parser);
}

} // namespace cc::ctl
