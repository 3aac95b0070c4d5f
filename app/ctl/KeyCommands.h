#pragma once

// compliancectl's key commands: key rotate (the master key), key rotate-signing (the audit
// signing key). README "Back up, restore, rotate keys".

#include <QCommandLineParser>

namespace cc::ctl {

// Returns the exit code, or -1 when the positional arguments are not a key command.
int keyCommand(const QCommandLineParser &parser);

} // namespace cc::ctl
