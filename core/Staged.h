#pragma once

// An operation split where its CPU-heavy part begins. Argon2id and the password dictionary take
// tens of milliseconds each; on the server's one event-loop thread a burst of sign-ins would
// hold up every other request. So a service reads what it needs from the store first (done by
// the time a Staged exists), leaves the heavy part in compute(), which touches nothing of the
// store and may run on any thread, and finishes in complete(), back on the store's thread once
// compute() has returned. What compute() finds reaches complete() through state both share.

#include "Result.h"

#include <functional>

namespace cc {

template<typename T> class Staged
{
public:
    // Decided without a heavy part: refused early, or nothing to hash.
    Staged(Result<T> done)
        : m_complete([done = std::move(done)]() { return done; })
    { }
    Staged(Error error)
        : Staged(Result<T>(std::move(error)))
    { }
    Staged(std::function<void()> compute, std::function<Result<T>()> complete)
        : m_compute(std::move(compute))
        , m_complete(std::move(complete))
    { }

    bool hasCompute() const { return bool(m_compute); }
    void compute() const
    {
        if (m_compute)
            m_compute();
    }
    // On the store's thread, after compute().
    Result<T> complete() const { return m_complete(); }
    // Both, here and now: for compliancectl, the demo seed and tests.
    Result<T> run() const
    {
        compute();
        return complete();
    }

private:
    std::function<void()> m_compute;
    std::function<Result<T>()> m_complete;
};

} // namespace cc
