#pragma once

// compliancectl's evidence pack commands (docs/api.md, "Evidence pack"): evidence, which
// builds a pack from the store, and evidence verify, which checks one without any store; and
// report board, the board report (docs/api.md, "Dashboard").

#include <QCommandLineParser>
#include <QStringList>

namespace cc::ctl {

// The options only these commands take: --key-id.
void addEvidenceOptions(QCommandLineParser &parser);

// True when the positional arguments ask to build a pack or a report: it draws a PDF, so main()
// makes a QGuiApplication (on the offscreen platform unless QT_QPA_PLATFORM says otherwise).
bool drawsReport(const QStringList &positionalArguments);

// Returns the exit code, or -1 when the positional arguments are not an evidence command.
int evidenceCommand(const QCommandLineParser &parser);
// The same for report board.
int reportCommand(const QCommandLineParser &parser);

} // namespace cc::ctl
