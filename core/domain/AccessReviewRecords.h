#pragma once

// The records of access review campaigns, as the AccessReviews service
// (service/AccessReviews.h) reads and writes them.

#include "domain/Types.h"

#include <QByteArray>
#include <QList>
#include <QString>

namespace cc {

struct AccessReviewProgress
{
    int total = 0;
    int decided = 0;
    int kept = 0;
    int revoked = 0;
    int unreviewed = 0;
    int mine = 0; // items the caller reviews
    int mineOpen = 0; // of which still undecided
};

struct AccessReview
{
    qint64 id = 0;
    QString title;
    QString status; // open, completed
    QString startedBy;
    qint64 startedAt = 0;
    qint64 dueAt = 0;
    QString unreviewedAction; // flag, revoke
    OptionalTime completedAt;
    QString completedBy;
    QString reportSha256;
    AccessReviewProgress progress;
};

struct AccessReviewItem
{
    qint64 id = 0;
    qint64 reviewId = 0;
    QString kind; // grant, role
    qint64 userId = 0;
    QString holder;
    std::optional<qint64> grantId;
    QString role; // role items
    QString category; // grant items: the grant's terms as they were at the start
    QString client;
    QString grantedBy;
    OptionalTime grantedAt;
    OptionalTime expiresAt;
    qint64 reviewerId = 0;
    QString reviewer;
    QString decision; // "", keep, revoke, unreviewed
    QString reason;
    QString decidedBy;
    OptionalTime decidedAt;
    QString outcome; // what the decision did, e.g. "grant revoked"
    bool canDecide = false; // for the caller who asked
    // Context for the reviewer, read live when the item is read (not frozen with it): the
    // holder's latest sign-in, the grant's latest use of Amazon data, and how many grants of
    // the same category the holder was given before this one.
    OptionalTime holderLastSignInAt;
    OptionalTime grantLastUsedAt;
    int earlierGrants = 0;
};

struct NewAccessReview
{
    QString title;
    OptionalTime dueAt; // default: start + the policy's accessReviewDurationDays
    QString unreviewedAction; // default: the policy's accessReviewUnreviewed
};

struct AccessReviewReport
{
    AccessReview review;
    QList<AccessReviewItem> items;
    QByteArray csv;
    QString csvSha256;
};

} // namespace cc
