#pragma once

// ZIP archives in memory through libzip (Qt 6.4 has no public ZIP writer): what the evidence
// pack is written as, and how its verifier reads one it cannot trust. Names are kept as they
// are: the reader refuses none, so the caller decides what it accepts and names it in errors.

#include "Result.h"

#include <QByteArray>
#include <QList>
#include <QString>

namespace cc::evidence {

struct ZipEntry
{
    QString name;
    QByteArray bytes;
};

// The archive's bytes: each entry deflated, in the order given.
Result<QByteArray> writeZip(const QList<ZipEntry> &entries);

// Every entry of an archive, in its order. Refuses an archive whose entries would unpack to
// more than maxTotalBytes (a small file claiming gigabytes), an entry whose data does not
// match its checksum, and anything libzip cannot read; the error names the entry.
Result<QList<ZipEntry>> readZip(const QByteArray &archive, qint64 maxTotalBytes);

} // namespace cc::evidence
