#pragma once

// The rules an access request must meet before anyone may approve it. Pure functions, so the
// server, the CLI and the tests all apply exactly the same checks.

#include "Policy.h"
#include "Result.h"

#include <QString>
#include <QStringList>

namespace cc {

struct DataCategory
{
    QString id;
    QString label;
    bool containsPii;
};

const QList<DataCategory> &dataCategories(); // orders.pii, orders.nonpii, aggregates
bool isKnownCategory(const QString &id);
// How many distinct officers must approve a request for the category: the policy's
// pii_approvals for orders.pii, one for the others.
int approvalsRequired(const QString &category, const Policy &policy);

// Refuses empty, whitespace-only, punctuation-only, repeated-character and too-short reasons;
// the message says which rule failed.
Result<void> validateReason(const QString &reason, const Policy &policy);
Result<void> validateAccessRequest(const QString &category, const QString &client,
                                   const QString &reason, int durationHours, const Policy &policy);
// A request's scope.order_ids (empty: every order of the client): only for the order
// categories, at most kMaxScopedOrders well-formed AmazonOrderId values, none twice.
inline constexpr int kMaxScopedOrders = 100;
Result<void> validateOrderScope(const QString &category, const QStringList &orderIds);

} // namespace cc
