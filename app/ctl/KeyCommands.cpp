#include "KeyCommands.h"

#include "audit/SigningKey.h"
#include "crypto/Crypto.h"
#include "service/Monitoring.h"
#include "store/KeyRotation.h"
#include "store/Store.h"

#include <cstdio>

namespace cc::ctl {

namespace {

const SystemClock kClock;

int fail(const QString &message, int code = 1)
{
    std::fprintf(stderr, "compliancectl: %s\n", qPrintable(message));
    return code;
}

void print(const QString &text)
{
    std::printf("%s\n", qPrintable(text));
}

Result<std::unique_ptr<Store>> openStore(const QCommandLineParser &parser)
{
    if (Result<void> selfTest = crypto::init(); !selfTest)
        return makeError(ErrorCode::Internal,
                         QStringLiteral("crypto self-test failed: ") + selfTest.error().message);
    Result<std::unique_ptr<Store>> store = Store::open(parser.value(QStringLiteral("data")), kClock,
                                                       parser.value(QStringLiteral("database")));
    if (store)
        Monitoring::install(**store);
    return store;
}

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

} // namespace

int keyCommand(const QCommandLineParser &parser)
{
    const QStringList words = parser.positionalArguments();
    if (words.isEmpty() || words.first() != QLatin1String("key"))
        return -1;
    const QString verb = words.value(1);
    if (words.size() != 2
        || (verb != QLatin1String("rotate") && verb != QLatin1String("rotate-signing")))
        return fail(QStringLiteral("usage: compliancectl key rotate --data DIR | key "
                                   "rotate-signing --data DIR"),
                    2);
    if (!parser.isSet(QStringLiteral("data")))
        return fail(QStringLiteral("key %1 needs --data DIR").arg(verb), 2);
    return verb == QLatin1String("rotate") ? rotate(parser) : rotateSigning(parser);
}

} // namespace cc::ctl
