#include "JobScheduler.h"
#include "StoreServer.h"
#include "service/Controls.h"

#include <QLoggingCategory>

namespace cc::server {

Q_LOGGING_CATEGORY(lcControlJobs, "compliance.jobs.controls")

void addControlJobs(JobScheduler &scheduler, Store &store, StoreServer &server)
{
    using namespace std::chrono_literals;
    // Hourly: the day's row is re-written until the day ends, so the record holds each day's
    // last status, and a control turning to fail is told to its owners within the hour.
    scheduler.addJob(QStringLiteral("control-status"), 3600s, [&store, &server]() -> Result<void> {
        Result<int> failed = Controls(store).recordDaily(server.controlRuntime());
        if (!failed)
            return failed.error();
        if (*failed > 0)
            qCWarning(lcControlJobs) << *failed << "control(s) turned to fail";
        return {};
    });
}

} // namespace cc::server
