#include "Notifications.h"

#include "ServiceSupport.h"
#include "domain/AssetRules.h"
#include "store/Store.h"

namespace cc {

using service::eventBy;

namespace {

const QString kSelect = QStringLiteral(
    "SELECT id, user_id, kind, asset_id, threshold, due_date, title, body, created_at, read_at, "
    "incident_id, alert_id "
    "FROM notifications ");

Notification fromRow(const Query &q)
{
    Notification n;
    n.id = q.value(0).toLongLong();
    n.userId = q.value(1).toLongLong();
    n.kind = q.value(2).toString();
    if (!q.value(3).isNull())
        n.assetId = q.value(3).toLongLong();
    n.threshold = q.value(4).toString();
    n.dueDate = q.value(5).toString();
    n.title = q.value(6).toString();
    n.body = q.value(7).toString();
    n.createdAt = q.value(8).toLongLong();
    n.readAt = service::optionalTime(q.value(9));
    if (!q.value(10).isNull())
        n.incidentId = q.value(10).toLongLong();
    if (!q.value(11).isNull())
        n.alertId = q.value(11).toLongLong();
    return n;
}

} // namespace

Result<NotificationPage> Notifications::list(const Caller &caller, bool unreadOnly, qint64 before,
                                             int limit) const
{
    QString where = QStringLiteral("WHERE user_id = ?");
    QVariantList args = {caller.userId};
    if (unreadOnly)
        where += QStringLiteral(" AND read_at IS NULL");
    if (before > 0) {
        where += QStringLiteral(" AND id < ?");
        args << before;
    }
    args << limit + 1;
    Result<Page<Notification>> page = service::readPage<Notification>(
        m_store.exec(kSelect + where + QStringLiteral(" ORDER BY id DESC LIMIT ?"), args), limit,
        fromRow);
    if (!page)
        return page.error();
    Result<Query> unread = m_store.exec(
        QStringLiteral("SELECT COUNT(*) FROM notifications WHERE user_id = ? AND read_at IS NULL"),
        {caller.userId});
    if (!unread)
        return unread.error();
    unread->next();
    return NotificationPage {page.value(), unread->value(0).toInt()};
}

Result<Notification> Notifications::markRead(const Caller &caller, qint64 id)
{
    return m_store.transaction([&]() -> Result<Notification> {
        Result<Query> q = m_store.exec(kSelect + QStringLiteral("WHERE id = ?"), {id});
        if (!q)
            return q.error();
        // Someone else's notification is as good as absent.
        if (!q->next() || q->value(1).toLongLong() != caller.userId)
            return makeError(ErrorCode::NotFound,
                             QStringLiteral("you have no notification with id %1").arg(id));
        Notification n = fromRow(*q);
        q->finish();
        if (n.readAt)
            return n;
        n.readAt = m_store.clock().nowMs();
        if (Result<Query> marked
            = m_store.exec(QStringLiteral("UPDATE notifications SET read_at = ? WHERE id = ?"),
                           {*n.readAt, id});
            !marked)
            return marked.error();
        if (Result<AuditEvent> logged
            = audit::append(m_store,
                            eventBy(caller, QStringLiteral("notification.read"),
                                    QStringLiteral("notification"), QString::number(id)));
            !logged)
            return logged.error();
        return n;
    });
}

Result<int> Notifications::markAllRead(const Caller &caller)
{
    return m_store.transaction([&]() -> Result<int> {
        Result<Query> marked = m_store.exec(
            QStringLiteral(
                "UPDATE notifications SET read_at = ? WHERE user_id = ? AND read_at IS NULL"),
            {m_store.clock().nowMs(), caller.userId});
        if (!marked)
            return marked.error();
        const int count = marked->numRowsAffected();
        if (count > 0) {
            if (Result<AuditEvent> logged
                = audit::append(m_store,
                                eventBy(caller, QStringLiteral("notification.read_all"),
                                        QStringLiteral("notification"), QString(),
                                        QStringLiteral("count=%1").arg(count)));
                !logged)
                return logged.error();
        }
        return count;
    });
}

Result<int> Notifications::sendAssetReminders()
{
    const Policy &policy = m_store.policy();
    const QDate today = m_store.clock().now().toUTC().date();
    const qint64 now = m_store.clock().nowMs();
    const int horizon = std::max(
        {policy.assetDueSoonDays, policy.assetDueThisWeekDays, policy.assetLastReminderDays});
    return m_store.transaction([&]() -> Result<int> {
        Result<Query> q = m_store.exec(
            QStringLiteral("SELECT id, name, owner_id, next_review_due FROM assets WHERE status = "
                           "'active' AND next_review_due <= ? ORDER BY next_review_due, id"),
            {isoDate(today.addDays(horizon))});
        if (!q)
            return q.error();
        struct Due
        {
            qint64 id;
            QString name;
            qint64 owner;
            QDate due;
        };
        QList<Due> due;
        while (q->next())
            due.append({q->value(0).toLongLong(), q->value(1).toString(), q->value(2).toLongLong(),
                        parseIsoDate(q->value(3).toString())});
        q->finish();
        int created = 0;
        QStringList sent;
        for (const Due &d : std::as_const(due)) {
            const std::optional<Reminder> r = reminderFor(d.due, today, policy);
            if (!r)
                continue;
            QString title;
            QString body;
            if (r->threshold == QLatin1String("overdue")) {
                title = QStringLiteral("Review of %1 is overdue").arg(d.name);
                body = QStringLiteral("The review of %1 was due on %2, %3 day(s) ago. Record a "
                                      "review in the Assets page.")
                           .arg(d.name, isoDate(d.due))
                           .arg(-r->daysLeft);
            } else {
                title = r->daysLeft == 0
                    ? QStringLiteral("Review of %1 is due today").arg(d.name)
                    : QStringLiteral("Review of %1 due in %2 day(s)").arg(d.name).arg(r->daysLeft);
                body = QStringLiteral("The six-monthly review of %1 is due on %2.")
                           .arg(d.name, isoDate(d.due));
            }
            Result<Query> inserted = m_store.exec(
                QStringLiteral("INSERT INTO notifications (user_id, kind, asset_id, threshold, "
                               "due_date, day, title, body, created_at) VALUES (?, "
                               "'asset_review', ?, ?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING"),
                {d.owner, d.id, r->threshold, isoDate(d.due), isoDate(r->day), title, body, now});
            if (!inserted)
                return inserted.error();
            if (inserted->numRowsAffected() > 0) {
                ++created;
                sent << QStringLiteral("%1:%2").arg(d.id).arg(r->threshold);
            }
        }
        if (created > 0) {
            AuditEvent e;
            e.actor = QStringLiteral("system");
            e.action = QStringLiteral("asset.remind");
            e.objectType = QStringLiteral("asset");
            e.detail = QStringLiteral("reminders=%1 day=%2 sent=%3")
                           .arg(created)
                           .arg(isoDate(today), sent.mid(0, 50).join(QLatin1Char(',')));
            if (Result<AuditEvent> logged = audit::append(m_store, e); !logged)
                return logged.error();
        }
        return created;
    });
}

} // namespace cc
