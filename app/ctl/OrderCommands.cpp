#include "OrderCommands.h"

#include "CtlSupport.h"
#include "SecretInput.h"
#include "audit/AuditExport.h"
#include "crypto/Crypto.h"
#include "domain/OrderBatch.h"
#include "domain/Roles.h"
#include "service/Accounts.h"
#include "service/LegalHolds.h"
#include "service/Monitoring.h"
#include "service/Orders.h"
#include "service/ReturnArchive.h"
#include "store/Store.h"

#include <cstdio>

#include <QCommandLineParser>
#include <QDate>
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

// --by OFFICER: the active compliance officer (retention:manage) on whose behalf a legal hold is
// set or released, recorded as who did it; without it the local operator.
Result<Caller> officerAs(const QCommandLineParser &parser, Store &store)
{
    if (!parser.isSet(QStringLiteral("by")))
        return Caller::localOperator();
    const QString name = parser.value(QStringLiteral("by"));
    Result<User> officer = Accounts(store).userByUsername(name);
    if (!officer && officer.error().code != ErrorCode::NotFound)
        return officer.error();
    if (!officer || officer->status != QLatin1String("active")
        || !permissionsForRoles(officer->roles).contains(Permission::RetentionManage))
        return makeError(ErrorCode::InvalidInput,
                         QStringLiteral("--by %1: no active compliance officer of that name in "
                                        "this store")
                             .arg(name));
    return Caller::forUser(*officer);
}

QString holdLine(const LegalHold &h)
{
    return QStringLiteral("%1\t%2\t%3\tset by %4 at %5\t%6")
        .arg(h.id)
        .arg(h.client,
             h.until ? QStringLiteral("until %1").arg(audit::isoTime(*h.until))
                     : QStringLiteral("open-ended"),
             h.setBy, audit::isoTime(h.setAt), h.reason);
}

int setHold(const QCommandLineParser &parser, Store &store, const QString &client)
{
    NewLegalHold hold;
    hold.client = client;
    hold.reason = parser.value(QStringLiteral("reason"));
    hold.openEnded = parser.isSet(QStringLiteral("open-ended"));
    if (parser.isSet(QStringLiteral("until"))) {
        const std::optional<qint64> until
            = audit::parseIsoTime(parser.value(QStringLiteral("until")));
        if (!until)
            return fail(QStringLiteral("--until must be a UTC time like 2027-06-30T00:00:00Z"), 2);
        hold.until = *until;
    }
    Result<Caller> actor = officerAs(parser, store);
    if (!actor)
        return fail(actor.error().message, 2);
    Result<LegalHold> set = LegalHolds(store).set(*actor, hold);
    if (!set)
        return fail(set.error().message, set.error().code == ErrorCode::InvalidInput ? 2 : 1);
    print(QStringLiteral("legal hold %1 set on client %2").arg(set->id).arg(set->client));
    return 0;
}

int releaseHold(const QCommandLineParser &parser, Store &store, const QString &client)
{
    Result<Page<LegalHold>> applying = LegalHolds(store).list(0, 500, true);
    if (!applying)
        return fail(applying.error().message);
    for (const LegalHold &h : std::as_const(applying->items)) {
        if (h.client != client)
            continue;
        Result<Caller> actor = officerAs(parser, store);
        if (!actor)
            return fail(actor.error().message, 2);
        Result<LegalHold> released = LegalHolds(store).release(*actor, h.id);
        if (!released)
            return fail(released.error().message);
        print(QStringLiteral("legal hold %1 on client %2 released").arg(h.id).arg(client));
        return 0;
    }
    return fail(QStringLiteral("client %1 has no legal hold in force").arg(client));
}

int listHolds(Store &store)
{
    qint64 after = 0;
    for (;;) {
        Result<Page<LegalHold>> page = LegalHolds(store).list(after, 500, true);
        if (!page)
            return fail(page.error().message);
        for (const LegalHold &h : std::as_const(page->items))
            print(holdLine(h));
        if (!page->nextAfter)
            return 0;
        after = *page->nextAfter;
    }
}

std::optional<qint64> dayNumber(const QString &text)
{
    const QDate day = QDate::fromString(text, Qt::ISODate);
    if (!day.isValid() || text.size() != 10)
        return std::nullopt;
    return QDate(1970, 1, 1).daysTo(day);
}

int printAggregates(const QCommandLineParser &parser, Store &store)
{
    DailyAggregateFilter filter;
    filter.client = parser.value(QStringLiteral("client"));
    filter.marketplace = parser.value(QStringLiteral("marketplace"));
    for (const char *name : {"from", "to"}) {
        const QString option = QString::fromLatin1(name);
        if (!parser.isSet(option))
            continue;
        const std::optional<qint64> day = dayNumber(parser.value(option));
        if (!day)
            return fail(QStringLiteral("--%1 must be a day like 2026-11-29").arg(option), 2);
        (option == QLatin1String("from") ? filter.fromDay : filter.toDay) = day;
    }
    print(QStringLiteral("client\tmarketplace\tday\tcurrency\torders\titems\tsales"));
    qint64 after = 0;
    for (;;) {
        Result<Page<DailyAggregate>> page
            = Orders(store).dailyAggregates(Caller::localOperator(), filter, after, 500);
        if (!page)
            return fail(page.error().message);
        for (const DailyAggregate &a : std::as_const(page->items))
            print(QStringLiteral("%1\t%2\t%3\t%4\t%5\t%6\t%7.%8")
                      .arg(a.client, a.marketplace, a.day, a.currency)
                      .arg(a.orders)
                      .arg(a.items)
                      .arg(a.salesCents / 100)
                      .arg(a.salesCents % 100, 2, 10, QLatin1Char('0')));
        if (!page->nextAfter)
            return 0;
        after = *page->nextAfter;
    }
}

} // namespace

void addRetentionOptions(QCommandLineParser &parser)
{
    parser.addOptions({
        {QStringLiteral("until"), QStringLiteral("client hold: when the hold ends (ISO 8601 UTC)."),
         QStringLiteral("ISO")},
        {QStringLiteral("open-ended"),
         QStringLiteral("client hold: a hold without an end, until released.")},
        {QStringLiteral("client"), QStringLiteral("orders aggregates: only this client."),
         QStringLiteral("NAME")},
        {QStringLiteral("marketplace"),
         QStringLiteral("orders aggregates: only this marketplace id."), QStringLiteral("ID")},
    });
}

int retentionCommand(const QCommandLineParser &parser)
{
    const QStringList words = parser.positionalArguments();
    const QString command = words.mid(0, 2).join(QLatin1Char(' '));
    const bool aggregates = command == QLatin1String("orders aggregates");
    const bool hold = command == QLatin1String("client hold");
    const bool release = command == QLatin1String("client release");
    const bool holds = command == QLatin1String("client holds");
    if (!aggregates && !hold && !release && !holds)
        return -1;
    const qsizetype expected = hold || release ? 3 : 2;
    if (!parser.isSet(QStringLiteral("data")) || words.size() != expected)
        return fail(QStringLiteral("usage: compliancectl orders aggregates --data DIR | client "
                                   "hold NAME --reason TEXT --until ISO|--open-ended | client "
                                   "release NAME | client holds"),
                    2);
    Result<std::unique_ptr<Store>> store = openStore(parser);
    if (!store)
        return fail(store.error().message);
    if (aggregates)
        return printAggregates(parser, **store);
    if (holds)
        return listHolds(**store);
    return hold ? setHold(parser, **store, words.at(2)) : releaseHold(parser, **store, words.at(2));
}

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
    std::printf("deleted the facts of %d order(s), kept as daily aggregates\n", swept->deleted);
    for (auto it = swept->deletedPerClient.begin(); it != swept->deletedPerClient.end(); ++it)
        std::printf("  %s: %d\n", qPrintable(it.key()), it.value());
    if (!swept->heldClients.isEmpty())
        std::printf("kept by a legal hold: %s\n",
                    qPrintable(swept->heldClients.join(QStringLiteral(", "))));
    return 0;
}

} // namespace cc::ctl
