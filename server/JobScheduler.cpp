#include "JobScheduler.h"

#include "store/Store.h"

#include <QLoggingCategory>

namespace cc::server {

Q_LOGGING_CATEGORY(lcJobs, "compliance.jobs")

JobScheduler::JobScheduler(Store &store, QObject *parent)
    : QObject(parent)
    , m_store(store)
{ }

void JobScheduler::addJob(const QString &name, std::chrono::seconds interval, Job job)
{
    add(name, interval, std::move(job), false);
}

void JobScheduler::addInstanceJob(const QString &name, std::chrono::seconds interval, Job job)
{
    add(name, interval, std::move(job), true);
}

void JobScheduler::add(const QString &name, std::chrono::seconds interval, Job job,
                       bool everyInstance)
{
    Entry entry {name, std::move(job), std::make_unique<QTimer>(), everyInstance};
    entry.timer->setInterval(interval);
    m_jobs.push_back(std::move(entry));
    Entry &added = m_jobs.back();
    const size_t index = m_jobs.size() - 1;
    connect(added.timer.get(), &QTimer::timeout, this, [this, index] { run(m_jobs[index]); });
}

void JobScheduler::overrideIntervals(std::chrono::seconds interval)
{
    for (Entry &entry : m_jobs)
        entry.timer->setInterval(interval);
}

void JobScheduler::start()
{
    for (Entry &entry : m_jobs) {
        entry.timer->start();
        QTimer::singleShot(0, this, [this, &entry] { run(entry); });
    }
}

void JobScheduler::runAll()
{
    for (Entry &entry : m_jobs)
        run(entry);
}

void JobScheduler::run(Entry &entry)
{
    // Jobs run between batches of requests (Store::openBatch): what a job does is durable when
    // it ends, and its own statements (a WAL checkpoint after a purge) see no open transaction.
    if (m_store.batchOpen())
        static_cast<void>(m_store.commitBatch()); // the outcome goes to the batch's owner
    if (!entry.everyInstance) {
        Result<bool> leading = m_store.holdJobLeadership();
        if (!leading) {
            qCWarning(lcJobs) << "cannot tell whether this instance leads:"
                              << leading.error().message;
            return;
        }
        if (!leading.value()) {
            qCDebug(lcJobs) << entry.name << "skipped: another instance leads";
            return;
        }
    }
    const Result<void> result = entry.job();
    if (!result)
        qCWarning(lcJobs) << entry.name << "failed:" << result.error().message;
    emit jobFinished(entry.name, result.ok(), result.ok() ? QString() : result.error().message);
}

} // namespace cc::server
