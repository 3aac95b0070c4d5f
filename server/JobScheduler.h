#pragma once

// Background jobs of the store server (reminders, expiry bookkeeping, retention sweeps). Each
// job runs once when the server starts and then at its interval, and only on the instance
// that leads: with several servers on one database, exactly one runs the jobs at a time (but
// for instance jobs, which keep each instance's own files).
// Jobs must be idempotent (safe to run twice for the same moment), because leadership can
// move between runs.

#include "Result.h"

#include <chrono>
#include <functional>
#include <memory>
#include <vector>

#include <QObject>
#include <QString>
#include <QTimer>

namespace cc {
class Store;
}

namespace cc::server {

class JobScheduler : public QObject
{
    Q_OBJECT

public:
    using Job = std::function<Result<void>()>;

    explicit JobScheduler(Store &store, QObject *parent = nullptr);

    void addJob(const QString &name, std::chrono::seconds interval, Job job);
    // A job that keeps this instance's own state (its audit anchor file): it runs on every
    // instance, leading or not.
    void addInstanceJob(const QString &name, std::chrono::seconds interval, Job job);
    // Runs every job at this interval instead of its own (compliance-stored --jobs-every).
    void overrideIntervals(std::chrono::seconds interval);
    void start();

    // Runs every job now (if this instance leads); for tests and the CLI.
    void runAll();

signals:
    void jobFinished(const QString &name, bool ok, const QString &message);

private:
    struct Entry
    {
        QString name;
        Job job;
        std::unique_ptr<QTimer> timer;
        bool everyInstance = false;
    };
    void add(const QString &name, std::chrono::seconds interval, Job job, bool everyInstance);
    void run(Entry &entry);

    Store &m_store;
    std::vector<Entry> m_jobs;
};

class AuditGuard;

// Registers every background job of the server (server/Jobs.cpp).
void addJobs(JobScheduler &scheduler, Store &store, AuditGuard &audit);

} // namespace cc::server
