#pragma once

// The inventory's CSV form, shared by `compliancectl assets import|export` and the server's
// import endpoint. The import header is fixed:
//   name,kind,owner,location,holds_amazon_data,holds_pii,last_review
// owner is a username, flags are true/false, last_review an ISO date or empty. Parsing checks
// everything the file alone can tell (encoding, columns, values, duplicate names) and reports
// every bad line; the service adds what needs the store (unknown owner, name already taken).

#include "domain/AssetRules.h"

#include <QByteArray>
#include <QList>
#include <QString>

namespace cc::csv {

struct AssetRow
{
    int line = 0; // 1-based line of the file where the row starts
    QString name;
    QString kind;
    QString owner;
    QString location;
    bool holdsAmazonData = false;
    bool holdsPii = false;
    QDate lastReview; // invalid when empty
};

struct RowError
{
    int line = 0;
    QString message;
};

struct ParsedAssets
{
    QList<AssetRow> rows;
    QList<RowError> errors; // sorted by line
};

const QStringList &importHeader();

// today: last_review may not lie after it.
ParsedAssets parseAssets(const QByteArray &bytes, const QDate &today);

// Sorts errors by line and joins them into one message: "line 3: …; line 7: …".
QString describeErrors(QList<RowError> &errors);

// The import header's columns, then next_review_due, state and status (read-only: import
// does not take them). Quotes a field only when it needs it.
QByteArray writeAssets(const QList<Asset> &assets, const QDate &today, const Policy &policy);

} // namespace cc::csv
