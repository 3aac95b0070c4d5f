#pragma once

// A few worker threads for the CPU-heavy part of a request (Argon2id, the password
// dictionary), so a burst of sign-ins does not hold up the event loop that serves every other
// request. One pool per server, apart from and shared by its request workers. The work touches
// nothing of the store; what follows it runs back on the thread of the worker that submitted it.
// Bounded: with kMaxWaiting jobs not yet done, submit() refuses (the request
// answers 503) rather than queue without end.

#include <atomic>
#include <functional>

#include <QObject>
#include <QThreadPool>

namespace cc::server {

class HashPool final : public QObject
{
    Q_OBJECT

public:
    static constexpr int kMaxWaiting = 256;

    explicit HashPool(QObject *parent = nullptr);
    ~HashPool() override; // drops what has not started and waits for what has

    // Runs work on a pool thread, then done on context's thread (dropped if context is gone by
    // then). False when the pool is full; neither runs then.
    bool submit(std::function<void()> work, QObject *context, std::function<void()> done);
    // Drops what has not started and waits for what has: before the contexts go.
    void drain();
    int threads() const { return m_pool.maxThreadCount(); }

private:
    QThreadPool m_pool;
    std::atomic<int> m_waiting {0};
};

} // namespace cc::server
