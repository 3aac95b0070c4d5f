#pragma once

// Sign-in attempts per remote address in the current minute, for the calls that check a password
// or an enrolment code: complements account lockout against password spraying across accounts.

#include "Result.h"

#include <QHash>
#include <QPair>
#include <QString>

namespace cc {
class Store;
}

namespace cc::server {

class SignInThrottle
{
public:
    explicit SignInThrottle(const Store &store)
        : m_store(store)
    { }

    // Counts an attempt from address; refuses it beyond the policy's number a minute.
    Result<void> admit(const QString &address);

private:
    const Store &m_store;
    QHash<QString, QPair<qint64, int>> m_attempts; // address -> (minute, attempts in it)
};

} // namespace cc::server
