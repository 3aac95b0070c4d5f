#include "AccessRules.h"

#include <QRegularExpression>
#include <QSet>

namespace cc {

const QList<DataCategory> &dataCategories()
{
    static const QList<DataCategory> list = {
        {QStringLiteral("orders.pii"),
         QStringLiteral("Order PII (buyer names, addresses, phone, e-mail)"), true},
        {QStringLiteral("orders.nonpii"),
         QStringLiteral("Order facts without PII (items, totals, marketplace)"), false},
        {QStringLiteral("aggregates"), QStringLiteral("Anonymised aggregates (sales totals)"),
         false},
    };
    return list;
}

bool isKnownCategory(const QString &id)
{
    for (const DataCategory &category : dataCategories()) {
        if (category.id == id)
            return true;
    }
    return false;
}

int approvalsRequired(const QString &category, const Policy &policy)
{
    return category == QLatin1String("orders.pii") ? policy.piiApprovals : 1;
}

Result<void> validateReason(const QString &reason, const Policy &policy)
{
    const QString text = reason.simplified();
    if (text.isEmpty())
        return makeFieldError(ErrorCode::InvalidInput, QStringLiteral("reason"),
                              QStringLiteral("a reason is required: say why you need this data"));
    int letters = 0;
    QSet<QChar> distinct;
    for (const QChar c : text) {
        if (c.isLetterOrNumber()) {
            ++letters;
            distinct.insert(c.toLower());
        }
    }
    if (letters == 0)
        return makeFieldError(
            ErrorCode::InvalidInput, QStringLiteral("reason"),
            QStringLiteral("the reason has no words, only punctuation or symbols"));
    if (text.size() < policy.minReasonLength)
        return makeFieldError(
            ErrorCode::InvalidInput, QStringLiteral("reason"),
            QStringLiteral("the reason is too short: write at least %1 characters "
                           "that say what task needs the data")
                .arg(policy.minReasonLength));
    // "aaaaaaaaaaaaaaaaaaaaaa" or "asdf asdf asdf asdf" are not reasons.
    if (distinct.size() < 5 || text.split(QLatin1Char(' ')).size() < 3)
        return makeFieldError(ErrorCode::InvalidInput, QStringLiteral("reason"),
                              QStringLiteral("the reason does not read as a sentence: describe the "
                                             "task in a few words"));
    return {};
}

Result<void> validateAccessRequest(const QString &category, const QString &client,
                                   const QString &reason, int durationHours, const Policy &policy)
{
    if (!isKnownCategory(category))
        return makeFieldError(ErrorCode::InvalidInput, QStringLiteral("category"),
                              QStringLiteral("unknown data category \"%1\": use orders.pii, "
                                             "orders.nonpii or aggregates")
                                  .arg(category));
    if (client.trimmed().isEmpty())
        return makeFieldError(ErrorCode::InvalidInput, QStringLiteral("client"),
                              QStringLiteral("a client account is required"));
    if (client.size() > 100)
        return makeFieldError(
            ErrorCode::InvalidInput, QStringLiteral("client"),
            QStringLiteral("the client account name is longer than 100 characters"));
    if (durationHours < 1 || durationHours > policy.maxAccessHours)
        return makeFieldError(
            ErrorCode::InvalidInput, QStringLiteral("duration_hours"),
            QStringLiteral("the duration must be from 1 to %1 hours").arg(policy.maxAccessHours));
    if (reason.size() > 2000)
        return makeFieldError(ErrorCode::InvalidInput, QStringLiteral("reason"),
                              QStringLiteral("the reason is longer than 2000 characters"));
    return validateReason(reason, policy);
}

Result<void> validateOrderScope(const QString &category, const QStringList &orderIds)
{
    if (orderIds.isEmpty())
        return {};
    if (category != QLatin1String("orders.pii") && category != QLatin1String("orders.nonpii"))
        return makeFieldError(ErrorCode::InvalidInput, QStringLiteral("scope.order_ids"),
                              QStringLiteral("\"scope.order_ids\" narrows a grant of orders.pii or "
                                             "orders.nonpii, not of %1")
                                  .arg(category));
    if (orderIds.size() > kMaxScopedOrders)
        return makeFieldError(ErrorCode::InvalidInput, QStringLiteral("scope.order_ids"),
                              QStringLiteral("\"scope.order_ids\" names %1 orders: at most %2")
                                  .arg(orderIds.size())
                                  .arg(kMaxScopedOrders));
    // The same form ingest accepts for AmazonOrderId.
    static const QRegularExpression idPattern(QStringLiteral("^[0-9A-Za-z-]{1,64}$"));
    QSet<QString> seen;
    for (const QString &id : orderIds) {
        if (!idPattern.match(id).hasMatch())
            return makeFieldError(
                ErrorCode::InvalidInput, QStringLiteral("scope.order_ids"),
                QStringLiteral("\"scope.order_ids\" must hold Amazon order ids of 1 "
                               "to 64 letters, digits or dashes"));
        if (seen.contains(id))
            return makeFieldError(ErrorCode::InvalidInput, QStringLiteral("scope.order_ids"),
                                  QStringLiteral("\"scope.order_ids\" names %1 twice").arg(id));
        seen.insert(id);
    }
    return {};
}

} // namespace cc
