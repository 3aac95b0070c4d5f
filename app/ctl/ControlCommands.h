#pragma once

// compliancectl's control commands: controls status, controls attest (docs/api.md, "Controls").

#include <QCommandLineParser>

namespace cc::ctl {

// The options only these commands take: --control, --note, --document.
void addControlOptions(QCommandLineParser &parser);

// Returns the exit code, or -1 when the positional arguments are not a control command.
int controlCommand(const QCommandLineParser &parser);

} // namespace cc::ctl
