#include "JobScheduler.h"
#include "service/AccessControl.h"
#include "service/Notifications.h"
#include "store/Store.h"

#include <QLoggingCategory>

namespace cc::server {

Q_LOGGING_CATEGORY(lcJobList, "compliance.jobs.list")

// The server's background jobs. Each area adds its own here.
void addJobs(JobScheduler &scheduler, Store &store)
{
    using namespace std::chrono_literals;
    scheduler.addJob(QStringLiteral("grant-expiry"), 60s, [&store]() -> Result<void> {
        Result<int> recorded = AccessControl(store).recordExpiredGrants();
        if (!recorded)
            return recorded.error();
        if (*recorded > 0)
            qCInfo(lcJobList) << "recorded the expiry of" << *recorded << "grants";
        return {};
    });
    // Review reminders to asset owners; hourly so a new day's reminders go out soon after
    // midnight UTC. Idempotent: each reminder's key is unique in the table.
    scheduler.addJob(QStringLiteral("asset-reminders"), 3600s, [&store]() -> Result<void> {
        Result<int> sent = Notifications(store).sendAssetReminders();
        if (!sent)
            return sent.error();
        if (*sent > 0)
            qCInfo(lcJobList) << "sent" << *sent << "asset review reminders";
        return {};
    });
}

} // namespace cc::server
