#pragma once

// compliancectl backup and restore (store/Backup): online backups without the master key, and
// a new store rebuilt from one and the escrowed key file.

#include <QCommandLineParser>

namespace cc::ctl {

// The options only these commands take: --location, --key, --shredded.
void addBackupOptions(QCommandLineParser &parser);

// Returns the exit code, or -1 when the positional arguments are not backup or restore.
int backupCommand(const QCommandLineParser &parser);

} // namespace cc::ctl
