#pragma once

// compliancectl's third-party registers: subcontractor add|list|assess|end and credential
// add|list|rotate|retire (docs/api.md, "Third parties"), as the local operator (audited).

#include <QCommandLineParser>

namespace cc::ctl {

// The options only these commands take: --name, --contact, --categories, --id, --outcome,
// --assessor, --on, --owner, --purpose, --rotation-days.
void addThirdPartyOptions(QCommandLineParser &parser);

// Returns the exit code, or -1 when the positional arguments are not one of these commands.
int thirdPartyCommand(const QCommandLineParser &parser);

} // namespace cc::ctl
