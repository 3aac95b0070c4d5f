#pragma once

// Access review campaigns: a compliance officer starts one, and in the same transaction it
// freezes a snapshot of every active grant and every role assignment as its items (later
// grants and role changes never alter it). Each item has a reviewer who is never its holder;
// the reviewer (or another access_reviews:manage holder who is not the holder) keeps or
// revokes it with a reason, and a revoke takes effect at once. At the deadline the policy's
// choice is applied to what nobody decided, and completion fixes the evidence report (CSV,
// whose SHA-256 is recorded on the campaign and in the audit trail). Every change is audited.

#include "Result.h"
#include "domain/AccessReviewRecords.h"
#include "domain/Types.h"

namespace cc {

class Store;

class AccessReviews
{
public:
    static const QStringList &decisions(); // keep, revoke

    explicit AccessReviews(Store &store)
        : m_store(store)
    { }

    Result<AccessReview> start(const Caller &caller, const NewAccessReview &review);
    // access_reviews:manage holders see every campaign; everyone else those they review in.
    Result<Page<AccessReview>> reviews(const Caller &caller, qint64 after, int limit);
    Result<AccessReview> review(const Caller &caller, qint64 id);
    // Reviewers without access_reviews:manage see only their own items, whatever `mine` says.
    Result<Page<AccessReviewItem>> items(const Caller &caller, qint64 reviewId, bool mine,
                                         qint64 after, int limit);
    Result<AccessReviewItem> decide(const Caller &caller, qint64 reviewId, qint64 itemId,
                                    const QString &decision, const QString &reason);
    // The evidence (needs access_reviews:manage); its reading is audited.
    Result<AccessReviewReport> report(const Caller &caller, qint64 reviewId);

    // Background job: applies the policy choice to the undecided items of every campaign past
    // its deadline and completes it. Returns how many campaigns it completed.
    Result<int> closeDueReviews();
    // Background job: reviewers with undecided items, accessReviewReminderDays before the
    // deadline (once per reviewer and campaign); compliance officers when
    // accessReviewIntervalDays passed without a new campaign (once per due date).
    Result<int> sendReminders();

private:
    Result<AccessReview> load(const Caller &caller, qint64 id);
    Result<AccessReviewItem> item(qint64 reviewId, qint64 itemId);
    // Revokes what the item names, or says why there was nothing left to revoke.
    Result<QString> applyRevoke(const Caller &actor, const AccessReviewItem &item,
                                const QString &reason, qint64 now);
    Result<QString> revokeGrant(const Caller &actor, const AccessReviewItem &item,
                                const QString &reason, qint64 now);
    Result<QString> removeRole(const Caller &actor, const AccessReviewItem &item,
                               const QString &reason);
    // Applies the campaign's policy choice to what nobody decided, and completes it.
    Result<void> closeReview(qint64 reviewId, const QString &action, qint64 now);
    // The two kinds of reminder: reviewers of a campaign about to close, officers when a
    // campaign is due. Each returns how many it sent.
    Result<int> remindReviewers(qint64 now, const QString &today);
    Result<int> remindOfficers(qint64 now, const QString &today);
    Result<void> record(const Caller &actor, const AccessReviewItem &item, const QString &decision,
                        const QString &reason, const QString &outcome, qint64 now);
    Result<void> complete(const Caller &actor, qint64 reviewId, const QString &why, qint64 now);
    Result<QList<AccessReviewItem>> allItems(qint64 reviewId);
    Store &m_store;
};

// The evidence CSV (RFC 4180, a header row, one row per item in id order). Fields a
// spreadsheet would run as formulas are prefixed with an apostrophe.
QByteArray accessReviewCsv(const QList<AccessReviewItem> &items);

} // namespace cc
