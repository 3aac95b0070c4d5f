#pragma once

// Sign-in attempts per remote address in the current minute, for the calls that check a password
// or an enrolment code: complements account lockout against password spraying across accounts.
// One per server, shared by its request workers (a client cannot multiply its attempts by the
// number of workers its connections land on), hence the lock.

#include "Result.h"

#include <QHash>
#include <QMutex>
#include <QPair>
#include <QString>

namespace cc {
class Store;
}

namespace cc::server {

class SignInThrottle
{
public:
    // Counts an attempt from address; refuses it beyond the policy's number a minute. store is
    // the calling worker's: its clock and the policy in force.
    Result<void> admit(const Store &store, const QString &address);

private:
    QMutex m_mutex;
    QHash<QString, QPair<qint64, int>> m_attempts; // address -> (minute, attempts in it)
};

} // namespace cc::server
