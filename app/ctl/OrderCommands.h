#pragma once

// compliancectl's Amazon order commands: orders import, retention sweep, archive open; the
// daily aggregates the sweep keeps and the clients' legal holds.

#include <QStringList>

class QCommandLineParser;

namespace cc::ctl {

// orders aggregates [--client C] [--marketplace M] [--from DAY] [--to DAY];
// client hold NAME --reason TEXT (--until ISO | --open-ended) [--by OFFICER];
// client release NAME [--by OFFICER]; client holds. -1 when the words are none of these.
int retentionCommand(const QCommandLineParser &parser);
void addRetentionOptions(QCommandLineParser &parser);

// words: the positional arguments ("orders import FILE", "retention sweep", "archive open
// FILE"). Returns the exit code, or -1 when words is not an order command.
int orderCommand(const QString &dataDir, const QString &databaseUrl, const QStringList &words,
                 bool passphraseStdin);

} // namespace cc::ctl
