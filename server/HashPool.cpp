#include "HashPool.h"

#include <algorithm>

#include <QThread>

namespace cc::server {

HashPool::HashPool(QObject *parent)
    : QObject(parent)
{
    // One core stays with the event loop; a small pool is enough, each hash holds 19 MiB.
    m_pool.setMaxThreadCount(std::clamp(QThread::idealThreadCount() - 1, 1, 4));
}

HashPool::~HashPool()
{
    m_pool.clear();
    m_pool.waitForDone();
}

bool HashPool::submit(std::function<void()> work, std::function<void()> done)
{
    if (m_waiting.fetch_add(1) >= kMaxWaiting) {
        --m_waiting;
        return false;
    }
    m_pool.start([this, work = std::move(work), done = std::move(done)]() mutable {
        work();
        // Queued to this object: dropped, not run, if the pool is gone by then.
        QMetaObject::invokeMethod(
            this,
            [this, done = std::move(done)] {
                --m_waiting;
                done();
            },
            Qt::QueuedConnection);
    });
    return true;
}

} // namespace cc::server
