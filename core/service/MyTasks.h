#pragma once

// GET /me/tasks: everything waiting for one person, in one list (docs/api.md, "My tasks").
// Each source asks only for what the caller may act on: requests they may decide (separation
// of duties included), their own access review items, assets and breach notices, open alerts
// with alerts:manage, open deletion requests with retention:manage, vulnerabilities due soon or
// overdue with vulnerabilities:manage, failing controls whose owner role they hold. Sorted by due
// time (none last), then creation, then kind and id.

#include "Result.h"
#include "domain/Types.h"

#include <optional>

namespace cc {

class Store;

namespace task {
inline const QString AccessRequest = QStringLiteral("access_request");
inline const QString AccessReviewItem = QStringLiteral("access_review_item");
inline const QString AssetReview = QStringLiteral("asset_review");
inline const QString BreachAcknowledgement = QStringLiteral("breach_acknowledgement");
inline const QString Alert = QStringLiteral("alert");
inline const QString DeletionRequest = QStringLiteral("deletion_request");
inline const QString Vulnerability = QStringLiteral("vulnerability");
inline const QString Control = QStringLiteral("control");
} // namespace task

struct MyTask
{
    QString kind; // one of task::
    QString title;
    QString objectType; // access_request, access_review_item, asset, incident, alert, ...
    QString objectId;
    std::optional<qint64> dueAt;
    qint64 createdAt = 0;
};

class MyTasks
{
public:
    explicit MyTasks(Store &store)
        : m_store(store)
    { }

    // The caller's tasks after the first `after` of the sorted list, at most `limit`;
    // nextAfter is the position to ask from next, empty at the end. Audited (task.list).
    Result<Page<MyTask>> list(const Caller &caller, qint64 after, int limit);
    // The whole sorted list, unaudited (list() pages it).
    Result<QList<MyTask>> all(const Caller &caller) const;

private:
    Result<void> accessRequests(const Caller &caller, QList<MyTask> &tasks) const;
    Result<void> reviewItems(const Caller &caller, QList<MyTask> &tasks) const;
    Result<void> assetReviews(const Caller &caller, QList<MyTask> &tasks) const;
    Result<void> breachNotices(const Caller &caller, QList<MyTask> &tasks) const;
    Result<void> alerts(const Caller &caller, QList<MyTask> &tasks) const;
    Result<void> deletionRequests(const Caller &caller, QList<MyTask> &tasks) const;
    Result<void> vulnerabilities(const Caller &caller, QList<MyTask> &tasks) const;
    Result<void> failingControls(const Caller &caller, QList<MyTask> &tasks) const;

    Store &m_store;
};

} // namespace cc
