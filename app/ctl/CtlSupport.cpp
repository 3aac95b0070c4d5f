#include "CtlSupport.h"

#include "SecretInput.h"
#include "crypto/Crypto.h"
#include "service/Monitoring.h"
#include "store/Store.h"

#include <cstdio>

#include <QCommandLineParser>

namespace cc::ctl {

const Clock &clock()
{
    static const SystemClock system;
    return system;
}

int fail(const QString &message, int code)
{
    std::fprintf(stderr, "compliancectl: %s\n", qPrintable(message));
    return code;
}

void print(const QString &text)
{
    std::printf("%s\n", qPrintable(text));
}

Result<std::unique_ptr<Store>> openStore(const QString &dataDir, const QString &databaseUrl)
{
    if (Result<void> selfTest = crypto::init(); !selfTest)
        return makeError(ErrorCode::Internal,
                         QStringLiteral("crypto self-test failed: ") + selfTest.error().message);
    Result<std::unique_ptr<Store>> store = Store::open(dataDir, clock(), databaseUrl);
    if (store)
        Monitoring::install(**store);
    return store;
}

Result<std::unique_ptr<Store>> openStore(const QCommandLineParser &parser)
{
    return openStore(parser.value(QStringLiteral("data")),
                     parser.value(QStringLiteral("database")));
}

Result<QByteArray> readNewPassphrase(const Store &store)
{
    QByteArray passphrase = readSecretLine();
    const int minLength = store.policy().passwordMinLength;
    if (passphrase.size() >= minLength)
        return passphrase;
    const crypto::WipeOnExit wiped(passphrase);
    return makeError(ErrorCode::InvalidInput,
                     QStringLiteral("the passphrase must be at least %1 characters (the first "
                                    "line of standard input)")
                         .arg(minLength));
}

} // namespace cc::ctl
