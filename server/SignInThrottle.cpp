#include "SignInThrottle.h"

#include "store/Store.h"

namespace cc::server {

Result<void> SignInThrottle::admit(const Store &store, const QString &address)
{
    const qint64 minute = store.clock().nowMs() / 60000;
    const int limit = store.policy().signInAttemptsPerAddressPerMinute;
    const QMutexLocker lock(&m_mutex);
    // Forget past minutes now and then, so a flood from many addresses cannot grow the table.
    if (m_attempts.size() > 10000)
        m_attempts.removeIf([minute](const auto &entry) { return entry.value().first != minute; });
    auto &[window, count] = m_attempts[address];
    if (window != minute) {
        window = minute;
        count = 0;
    }
    if (++count <= limit)
        return {};
    return makeError(ErrorCode::RateLimited,
                     QStringLiteral("too many sign-in attempts from this address: wait a minute"));
}

} // namespace cc::server
