#include "AssetCsv.h"

#include "csv/CsvWriter.h"

#include <algorithm>

#include <QSet>
#include <QStringDecoder>

namespace cc::csv {

namespace {

// Splits one record into fields (RFC 4180 quoting); pos moves past the record's line end.
// A quoted field may span lines; lineCount counts the lines the record used.
QStringList splitRecord(const QString &text, qsizetype &pos, int &lineCount, bool &badQuote)
{
    QStringList fields;
    QString field;
    bool quoted = false;
    bool fieldStarted = false;
    lineCount = 1;
    badQuote = false;
    while (pos < text.size()) {
        const QChar c = text.at(pos);
        if (quoted) {
            if (c == QLatin1Char('"')) {
                if (pos + 1 < text.size() && text.at(pos + 1) == QLatin1Char('"')) {
                    field += QLatin1Char('"');
                    pos += 2;
                    continue;
                }
                quoted = false;
                ++pos;
                continue;
            }
            if (c == QLatin1Char('\n'))
                ++lineCount;
            field += c;
            ++pos;
            continue;
        }
        if (c == QLatin1Char('"') && !fieldStarted) {
            quoted = true;
            fieldStarted = true;
            ++pos;
            continue;
        }
        if (c == QLatin1Char('"'))
            badQuote = true;
        if (c == QLatin1Char(',')) {
            fields << field;
            field.clear();
            fieldStarted = false;
            ++pos;
            continue;
        }
        if (c == QLatin1Char('\r') || c == QLatin1Char('\n')) {
            if (c == QLatin1Char('\r') && pos + 1 < text.size()
                && text.at(pos + 1) == QLatin1Char('\n'))
                ++pos;
            ++pos;
            break;
        }
        field += c;
        fieldStarted = true;
        ++pos;
    }
    if (quoted)
        badQuote = true;
    fields << field;
    return fields;
}

std::optional<bool> parseFlag(const QString &text)
{
    const QString t = text.trimmed().toLower();
    if (t == QLatin1String("true"))
        return true;
    if (t == QLatin1String("false"))
        return false;
    return std::nullopt;
}

} // namespace

const QStringList &importHeader()
{
    static const QStringList header = {
        QStringLiteral("name"),
        QStringLiteral("kind"),
        QStringLiteral("owner"),
        QStringLiteral("location"),
        QStringLiteral("holds_amazon_data"),
        QStringLiteral("holds_pii"),
        QStringLiteral("last_review"),
    };
    return header;
}

namespace {

// The columns of an import, in importHeader()'s order.
enum Field { Name, Kind, Owner, Location, HoldsAmazonData, HoldsPii, LastReview };

// Encoding first, line by line, so every line with bad bytes is named.
QList<RowError> encodingErrors(const QByteArray &bytes)
{
    QList<RowError> errors;
    const QList<QByteArray> rawLines = bytes.split('\n');
    for (qsizetype i = 0; i < rawLines.size(); ++i) {
        QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
        const QString decoded = decoder(rawLines.at(i));
        Q_UNUSED(decoded);
        if (decoder.hasError())
            errors.append({int(i) + 1,
                           QStringLiteral("is not valid UTF-8 text; save the "
                                          "file as UTF-8")});
    }
    return errors;
}

// One record's fields as an asset in row; what is wrong with them, empty when nothing is.
// names holds the (lowered) names of the rows before it.
QStringList readRow(const QStringList &fields, const QSet<QString> &names, const QDate &today,
                    AssetRow &row)
{
    row.name = fields.at(Name).trimmed();
    row.kind = fields.at(Kind).trimmed().toLower();
    row.owner = fields.at(Owner).trimmed();
    row.location = fields.at(Location).trimmed();
    QStringList problems;
    if (row.name.isEmpty())
        problems << QStringLiteral("name is empty");
    else if (names.contains(row.name.toLower()))
        problems << QStringLiteral("name \"%1\" appears twice in the file").arg(row.name);
    if (!isAssetKind(row.kind))
        problems << QStringLiteral("kind \"%1\" is not one of %2")
                        .arg(fields.at(Kind).trimmed(), assetKinds().join(QStringLiteral(", ")));
    if (row.owner.isEmpty())
        problems << QStringLiteral("owner is empty");
    const std::optional<bool> amazon = parseFlag(fields.at(HoldsAmazonData));
    const std::optional<bool> pii = parseFlag(fields.at(HoldsPii));
    if (!amazon)
        problems << QStringLiteral("holds_amazon_data must be true or false, not \"%1\"")
                        .arg(fields.at(HoldsAmazonData).trimmed());
    if (!pii)
        problems << QStringLiteral("holds_pii must be true or false, not \"%1\"")
                        .arg(fields.at(HoldsPii).trimmed());
    const QString review = fields.at(LastReview).trimmed();
    if (!review.isEmpty()) {
        row.lastReview = parseIsoDate(review);
        if (!row.lastReview.isValid())
            problems
                << QStringLiteral("last_review \"%1\" is not a date like 2026-03-31").arg(review);
        else if (row.lastReview > today)
            problems << QStringLiteral("last_review %1 is in the future").arg(review);
    }
    row.holdsAmazonData = amazon.value_or(false);
    row.holdsPii = pii.value_or(false);
    return problems;
}

} // namespace

ParsedAssets parseAssets(const QByteArray &bytes, const QDate &today)
{
    ParsedAssets result;
    result.errors = encodingErrors(bytes);
    if (!result.errors.isEmpty())
        return result;

    QString text = QString::fromUtf8(bytes);
    if (text.startsWith(QChar(0xFEFF)))
        text.remove(0, 1);
    qsizetype pos = 0;
    int line = 1;
    int used = 0;
    bool badQuote = false;
    const QStringList header = splitRecord(text, pos, used, badQuote);
    QStringList trimmedHeader;
    for (const QString &h : header)
        trimmedHeader << h.trimmed().toLower();
    if (trimmedHeader != importHeader()) {
        result.errors.append({1,
                              QStringLiteral("the header must be exactly \"%1\"")
                                  .arg(importHeader().join(QLatin1Char(',')))});
        return result;
    }
    line += used;

    QSet<QString> names;
    while (pos < text.size()) {
        const int start = line;
        const QStringList fields = splitRecord(text, pos, used, badQuote);
        line += used;
        if (fields.size() == 1 && fields.first().trimmed().isEmpty())
            continue; // blank line
        if (badQuote) {
            result.errors.append({start, QStringLiteral("has a stray or unclosed quote")});
            continue;
        }
        if (fields.size() != importHeader().size()) {
            result.errors.append({start,
                                  QStringLiteral("has %1 columns, expected %2")
                                      .arg(fields.size())
                                      .arg(importHeader().size())});
            continue;
        }
        AssetRow row;
        row.line = start;
        if (const QStringList problems = readRow(fields, names, today, row); !problems.isEmpty()) {
            result.errors.append({start, problems.join(QStringLiteral("; "))});
            continue;
        }
        names.insert(row.name.toLower());
        result.rows.append(row);
    }
    if (result.rows.isEmpty() && result.errors.isEmpty())
        result.errors.append({line, QStringLiteral("the file has no assets after the header")});
    return result;
}

QString describeErrors(QList<RowError> &errors)
{
    std::stable_sort(errors.begin(), errors.end(),
                     [](const RowError &a, const RowError &b) { return a.line < b.line; });
    QStringList parts;
    for (const RowError &e : errors)
        parts << QStringLiteral("line %1: %2").arg(e.line).arg(e.message);
    return parts.join(QStringLiteral("; "));
}

QByteArray writeAssets(const QList<Asset> &assets, const QDate &today, const Policy &policy)
{
    Writer csv(Writer::LineEnd::Lf);
    csv.row(importHeader()
            + QStringList {QStringLiteral("next_review_due"), QStringLiteral("state"),
                           QStringLiteral("status")});
    for (const Asset &a : assets) {
        const bool retired = a.status == QLatin1String("retired");
        csv.row({a.name, a.kind, a.ownerUsername, a.location,
                 a.holdsAmazonData ? QStringLiteral("true") : QStringLiteral("false"),
                 a.holdsPii ? QStringLiteral("true") : QStringLiteral("false"),
                 isoDate(a.lastReview), isoDate(a.nextReviewDue),
                 reviewStateName(reviewState(a.nextReviewDue, today, retired, policy)), a.status});
    }
    return csv.bytes();
}

} // namespace cc::csv
