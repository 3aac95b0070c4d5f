#include "JobScheduler.h"
#include "service/AccessControl.h"
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
}

} // namespace cc::server
