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
    drain();
}

void HashPool::drain()
{
    m_pool.clear();
    m_pool.waitForDone();
}

bool HashPool::submit(std::function<void()> work, QObject *context, std::function<void()> done)
{
    if (m_waiting.fetch_add(1) >= kMaxWaiting) {
        --m_waiting;
        return false;
    }
    m_pool.start([this, context, work = std::move(work), done = std::move(done)]() mutable {
        work();
        --m_waiting;
        // Queued to the context: dropped, not run, if it is gone by then. Contexts outlive the
        // pool's work (drain()), so it is alive while this posts.
        QMetaObject::invokeMethod(context, std::move(done), Qt::QueuedConnection);
    });
    return true;
}

} // namespace cc::server
