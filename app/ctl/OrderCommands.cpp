#include "OrderCommands.h"

#include "CtlSupport.h"
#include "SecretInput.h"
#include "crypto/Crypto.h"
#include "domain/OrderBatch.h"
#include "service/Monitoring.h"
#include "service/Orders.h"
#include "service/ReturnArchive.h"
#include "store/Store.h"

#include <cstdio>

#include <QFile>

namespace cc::ctl {

namespace {

// Batches of any size: the API's 64 KiB body limit does not apply here.
int importOrders(Store &store, const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return fail(QStringLiteral("cannot read %1: %2").arg(path, file.errorString()));
    const orders::Batch batch = orders::parseBatch(file.readAll());
    Result<IngestResult> ingested = Orders(store).ingest(Caller::localOperator(), batch);
    if (!ingested)
        return fail(ingested.error().message);
    if (!ingested->errors.isEmpty()) {
        for (const orders::RecordError &e : std::as_const(ingested->errors))
            std::fprintf(stderr, "%s: order %d: %s\n", qPrintable(path), e.index,
                         qPrintable(e.message));
        return fail(QStringLiteral("nothing was stored: %1 order(s) are not valid")
                        .arg(ingested->errors.size()),
                    4);
    }
    std::printf("imported %d orders for client %s\n", ingested->imported, qPrintable(batch.client));
    return 0;
}

int openArchive(const QString &path, bool passphraseStdin)
{
    if (!passphraseStdin)
        return fail(QStringLiteral("give the passphrase on standard input: compliancectl archive "
                                   "open --passphrase-stdin FILE"),
                    2);
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return fail(QStringLiteral("cannot read %1: %2").arg(path, file.errorString()));
    if (Result<void> selfTest = crypto::init(); !selfTest)
        return fail(selfTest.error().message);
    QByteArray passphrase = readSecretLine();
    const crypto::WipeOnExit passphraseWiped(passphrase);
    Result<QByteArray> plain = archive::open(file.readAll(), passphrase);
    if (!plain)
        return fail(plain.error().message);
    const crypto::WipeOnExit plainWiped(*plain); // the returned orders' PII
    std::fwrite(plain->constData(), 1, size_t(plain->size()), stdout);
    std::printf("\n");
    return 0;
}

} // namespace

int orderCommand(const QString &dataDir, const QString &databaseUrl, const QStringList &words,
                 bool passphraseStdin)
{
    const QString command = words.mid(0, 2).join(QLatin1Char(' '));
    if (command == QLatin1String("archive open")) {
        if (words.size() != 3)
            return fail(QStringLiteral("usage: compliancectl archive open --passphrase-stdin FILE"),
                        2);
        return openArchive(words.at(2), passphraseStdin);
    }
    const bool import = command == QLatin1String("orders import");
    const bool sweep = command == QLatin1String("retention sweep");
    if (!import && !sweep)
        return -1;
    if (dataDir.isEmpty() || (import && words.size() != 3) || (sweep && words.size() != 2))
        return fail(QStringLiteral("usage: compliancectl orders import --data DIR FILE.json | "
                                   "retention sweep --data DIR"),
                    2);
    Result<std::unique_ptr<Store>> store = openStore(dataDir, databaseUrl);
    if (!store)
        return fail(store.error().message);
    if (import)
        return importOrders(**store, words.at(2));
    Result<SweepResult> swept = Orders(**store).sweep(Caller::localOperator());
    if (!swept)
        return fail(swept.error().message);
    std::printf("purged the PII of %d order(s)\n", swept->purged);
    for (auto it = swept->perClient.begin(); it != swept->perClient.end(); ++it)
        std::printf("  %s: %d\n", qPrintable(it.key()), it.value());
    return 0;
}

} // namespace cc::ctl
