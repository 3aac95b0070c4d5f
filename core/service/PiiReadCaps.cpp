#include "PiiReadCaps.h"

#include "ServiceSupport.h"
#include "store/RowType.h"
#include "store/Store.h"

namespace cc {

namespace {

constexpr qint64 kMinuteMs = 60 * 1000;
constexpr qint64 kMinutesCounted = 60; // besides the current one

} // namespace

PiiReadCaps::SentCount PiiReadCaps::sendCount(const Caller &caller) const
{
    const qint64 minute = m_store.clock().nowMs() / kMinuteMs;
    SentRead auditHead = audit::sendHeadRead(m_store); // first: see PiiReadCaps.h
    return {caller.userId, minute, std::move(auditHead),
            m_store.sendRead(QStringLiteral("SELECT SUM(orders) FROM pii_read_minutes WHERE "
                                            "user_id = ? AND minute >= ?"),
                             {caller.userId, minute - kMinutesCounted})};
}

Result<void> PiiReadCaps::admit(const Caller &caller, int orders, SentCount sent)
{
    const Policy &policy = m_store.policy();
    if (orders > policy.piiReadMaxPerRequest)
        return makeError(ErrorCode::InvalidInput,
                         QStringLiteral("this would open the PII of %1 orders; the policy allows "
                                        "at most %2 in one request (pii_read_max_per_request): "
                                        "ask for fewer with ?limit=")
                             .arg(orders)
                             .arg(policy.piiReadMaxPerRequest));
    if (orders <= 0)
        return {};
    if (!sent.lastHour || sent.userId != caller.userId)
        sent = sendCount(caller);
    const qint64 minute = sent.minute; // the count's, so that what it adds is what was counted
    Result<std::optional<QVariant>> read = rows::single(m_store.receive(std::move(sent.lastHour)));
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
    // Writes only, so on PostgreSQL they go out with the read's next statement.
    if (Result<Query> counted = m_store.exec(
            QStringLiteral("INSERT INTO pii_read_minutes (user_id, minute, orders) VALUES (?, ?, "
                           "?) ON CONFLICT (user_id, minute) DO UPDATE SET orders = "
                           "pii_read_minutes.orders + excluded.orders"),
            {caller.userId, minute, orders});
        !counted)
        return counted.error();
    if (Result<Query> pruned = m_store.exec(
            QStringLiteral("DELETE FROM pii_read_minutes WHERE user_id = ? AND minute < ?"),
            {caller.userId, minute - kMinutesCounted});
        !pruned)
        return pruned.error();
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
