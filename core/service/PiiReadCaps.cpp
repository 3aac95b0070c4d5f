#include "PiiReadCaps.h"

#include "ServiceSupport.h"
#include "store/RowType.h"
#include "store/Store.h"

namespace cc {

namespace {

constexpr qint64 kHourMs = 60 * 60 * 1000;

} // namespace

Result<void> PiiReadCaps::check(const Caller &caller, int orders) const
{
    const Policy &policy = m_store.policy();
    if (orders > policy.piiReadMaxPerRequest)
        return makeError(ErrorCode::InvalidInput,
                         QStringLiteral("this would open the PII of %1 orders; the policy allows "
                                        "at most %2 in one request (pii_read_max_per_request): "
                                        "ask for fewer with ?limit=")
                             .arg(orders)
                             .arg(policy.piiReadMaxPerRequest));
    Result<std::optional<QVariant>> read = rows::single(m_store.exec(
        QStringLiteral("SELECT SUM(orders) FROM pii_reads WHERE user_id = ? AND at > ?"),
        {caller.userId, m_store.clock().nowMs() - kHourMs}));
    if (!read)
        return read.error();
    const qint64 lastHour = *read && !(*read)->isNull() ? (*read)->toLongLong() : 0;
    if (lastHour + orders > policy.piiReadMaxPerHour)
        return makeError(ErrorCode::RateLimited,
                         QStringLiteral("you opened the PII of %1 orders in the last hour; the "
                                        "policy allows at most %2 an hour "
                                        "(pii_read_max_per_hour): try again later")
                             .arg(lastHour)
                             .arg(policy.piiReadMaxPerHour));
    return {};
}

Result<void> PiiReadCaps::record(const Caller &caller, int orders)
{
    if (orders <= 0)
        return {};
    const qint64 now = m_store.clock().nowMs();
    if (Result<Query> pruned
        = m_store.exec(QStringLiteral("DELETE FROM pii_reads WHERE user_id = ? AND at <= ?"),
                       {caller.userId, now - kHourMs});
        !pruned)
        return pruned.error();
    if (Result<Query> stored = m_store.exec(
            QStringLiteral("INSERT INTO pii_reads (user_id, at, orders) VALUES (?, ?, ?)"),
            {caller.userId, now, orders});
        !stored)
        return stored.error();
    return {};
}

Result<void> PiiReadCaps::recordRefusal(const Caller &caller, const QString &objectType,
                                        const QString &objectId, const Error &refusal)
{
    AuditEvent e
        = service::eventBy(caller, QStringLiteral("orders.read_pii"), objectType, objectId,
                           QStringLiteral("cap=%1").arg(refusal.code == ErrorCode::RateLimited
                                                            ? QStringLiteral("per_hour")
                                                            : QStringLiteral("per_request")),
                           refusal.message);
    e.outcome = QStringLiteral("denied");
    if (Result<AuditEvent> logged = audit::record(m_store, e); !logged)
        return logged.error();
    return {};
}

} // namespace cc
