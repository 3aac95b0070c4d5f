#pragma once

// What every compliancectl command shares: how it reports, and how it opens the store.

#include "Clock.h"
#include "Result.h"

#include <memory>

#include <QByteArray>
#include <QString>

class QCommandLineParser;

namespace cc {
class Store;
}

namespace cc::ctl {

const Clock &clock();

// Prints "compliancectl: message" on standard error; returns code (1: failed, 2: usage).
int fail(const QString &message, int code = 1);

// One line on standard output.
void print(const QString &text);

// Checks the crypto library, then opens the store with monitoring installed: events appended
// here count for the monitoring rules as much as the server's.
Result<std::unique_ptr<Store>> openStore(const QString &dataDir, const QString &databaseUrl);
// The same with --data and --database.
Result<std::unique_ptr<Store>> openStore(const QCommandLineParser &parser);

// A new passphrase from the first line of standard input, at least as long as the store's
// policy asks of passwords; the caller wipes it. A refused one is wiped here.
Result<QByteArray> readNewPassphrase(const Store &store);

} // namespace cc::ctl
