#pragma once

// The log of shredded order keys, kept outside the database beside the audit anchors
// (DataDir::shreddedOrdersFile): one line per order whose data key a deletion request
// destroyed, appended and synced before the deletion commits. A restored backup predates
// some of them; restore applies the log, so PII deleted after the backup stays deleted.
// Lines: "<order id> pii" (its PII shredded) or "<order id> all" (the order deleted too).

#include "Result.h"

#include <QList>
#include <QString>

namespace cc::shredlog {

struct Entry
{
    qint64 orderId = 0;
    bool wholeOrder = false;
};

// Appends the entries and syncs the file (created 0600).
Result<void> append(const QString &path, const QList<Entry> &entries);
// Every entry of the file; none when it does not exist. A malformed line is an error.
Result<QList<Entry>> read(const QString &path);

} // namespace cc::shredlog
