#pragma once

// Notifications for people, shown in the console: today the asset review reminders, sent to
// each asset's owner at the policy's thresholds before the due date (30, 7 and 1 days) and on
// every day it is overdue. Each reminder has a unique key (asset, threshold, due date, day), so
// running the job again — after a restart, or on a second server — never sends it twice.

#include "Result.h"
#include "domain/Types.h"

namespace cc {

class Store;

class Notifications
{
public:
    explicit Notifications(Store &store)
        : m_store(store)
    { }

    // The caller's own notifications, newest first (keyset on id, descending).
    Result<NotificationPage> list(const Caller &caller, bool unreadOnly, qint64 before,
                                  int limit) const;
    Result<Notification> markRead(const Caller &caller, qint64 id);
    Result<int> markAllRead(const Caller &caller);

    // Background job: creates today's asset review reminders. Returns how many are new.
    Result<int> sendAssetReminders();

private:
    Store &m_store;
};

} // namespace cc
