#pragma once

// Access reviews (docs/api.md, "Access reviews and scheduled offboarding"): campaigns, their
// items, decisions and the evidence report.

#include "AccessReviewTypes.h"
#include "ApiCall.h"

namespace cc::client {

class ApiClient;

struct NewAccessReview
{
    QString title;
    QDateTime dueAt; // invalid: the policy's duration
    QString unreviewedAction; // flag, revoke, or empty for the policy's choice
};

class AccessReviewsApi
{
public:
    explicit AccessReviewsApi(ApiClient *client)
        : m_client(client)
    { }

    Call<Page<AccessReview>> list(const PageRequest &page) const;
    Call<AccessReview> start(const NewAccessReview &review) const;
    // mineOnly: the caller's own items (reviewers without the permission get only those).
    Call<Page<AccessReviewItem>> items(qint64 reviewId, bool mineOnly,
                                       const PageRequest &page) const;
    // decision: keep or revoke.
    Call<AccessReviewItem> decide(qint64 reviewId, qint64 itemId, const QString &decision,
                                  const QString &reason) const;
    Call<AccessReviewReport> report(qint64 reviewId) const;

private:
    ApiClient *m_client;
};

} // namespace cc::client
