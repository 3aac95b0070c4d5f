#pragma once

// compliancectl's Amazon order commands: orders import, retention sweep, archive open.

#include <QStringList>

namespace cc::ctl {

// words: the positional arguments ("orders import FILE", "retention sweep", "archive open
// FILE"). Returns the exit code, or -1 when words is not an order command.
int orderCommand(const QString &dataDir, const QString &databaseUrl, const QStringList &words,
                 bool passphraseStdin);

} // namespace cc::ctl
