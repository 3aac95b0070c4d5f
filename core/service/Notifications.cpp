#include "Notifications.h"

#include "ServiceSupport.h"
#include "domain/AssetRules.h"
#include "store/Store.h"

namespace cc {

using service::eventBy;

namespace {

// A notification; a query appends its WHERE clause.
struct NotificationRow
{
    enum Column {
        Id,
        UserId,
        Kind,
        AssetId,
        Threshold,
        DueDate,
        Title,
        Body,
        CreatedAt,
        ReadAt,
        IncidentId,
        AlertId,
        ColumnCount
    };
    static constexpr rows::Columns<ColumnCount> columns {{
        {Id, "id"},
        {UserId, "user_id"},
        {Kind, "kind"},
        {AssetId, "asset_id"},
        {Threshold, "threshold"},
        {DueDate, "due_date"},
        {Title, "title"},
        {Body, "body"},
        {CreatedAt, "created_at"},
        {ReadAt, "read_at"},
        {IncidentId, "incident_id"},
        {AlertId, "alert_id"},
    }};
    static_assert(rows::inOrder(columns));
    static inline const QString select = rows::select(columns, "FROM notifications ");

    static Notification read(const Query &q)
    {
        Notification n;
        n.id = q.value(Id).toLongLong();
        n.userId = q.value(UserId).toLongLong();
        n.kind = q.value(Kind).toString();
        if (!q.value(AssetId).isNull())
            n.assetId = q.value(AssetId).toLongLong();
        n.threshold = q.value(Threshold).toString();
        n.dueDate = q.value(DueDate).toString();
        n.title = q.value(Title).toString();
        n.body = q.value(Body).toString();
        n.createdAt = q.value(CreatedAt).toLongLong();
        n.readAt = service::optionalTime(q.value(ReadAt));
        if (!q.value(IncidentId).isNull())
            n.incidentId = q.value(IncidentId).toLongLong();
        if (!q.value(AlertId).isNull())
            n.alertId = q.value(AlertId).toLongLong();
        return n;
    }
};

// Active assets whose review falls due within the reminder horizon.
struct DueAssetRow
{
    enum Column { Id, Name, OwnerId, NextReviewDue, ColumnCount };
    static constexpr rows::Columns<ColumnCount> columns {{
        {Id, "id"},
        {Name, "name"},
        {OwnerId, "owner_id"},
        {NextReviewDue, "next_review_due"},
    }};
    static_assert(rows::inOrder(columns));
    static inline const QString select
        = rows::select(columns,
                       "FROM assets WHERE status = 'active' AND next_review_due <= ? "
                       "ORDER BY next_review_due, id");
};

struct DueAsset
{
    qint64 id;
    QString name;
    qint64 owner;
    QDate due;
};

// The reminder's title and body.
std::pair<QString, QString> reminderText(const DueAsset &d, const Reminder &r)
{
    if (r.threshold == QLatin1String("overdue"))
        return {QStringLiteral("Review of %1 is overdue").arg(d.name),
                QStringLiteral("The review of %1 was due on %2, %3 day(s) ago. Record a "
                               "review in the Assets page.")
                    .arg(d.name, isoDate(d.due))
                    .arg(-r.daysLeft)};
    return {
        r.daysLeft == 0
            ? QStringLiteral("Review of %1 is due today").arg(d.name)
            : QStringLiteral("Review of %1 due in %2 day(s)").arg(d.name).arg(r.daysLeft),
        QStringLiteral("The six-monthly review of %1 is due on %2.").arg(d.name, isoDate(d.due))};
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
        m_store.exec(NotificationRow::select + where + QStringLiteral(" ORDER BY id DESC LIMIT ?"),
                     args),
        limit, NotificationRow::read);
    if (!page)
        return page.error();
    Result<std::optional<QVariant>> unread = rows::single(m_store.exec(
        QStringLiteral("SELECT COUNT(*) FROM notifications WHERE user_id = ? AND read_at IS NULL"),
        {caller.userId}));
    if (!unread)
        return unread.error();
    return NotificationPage {page.value(), unread->value_or(QVariant()).toInt()};
}

Result<Notification> Notifications::markRead(const Caller &caller, qint64 id)
{
    return m_store.transaction([&]() -> Result<Notification> {
        Result<Query> q
            = m_store.exec(NotificationRow::select + QStringLiteral("WHERE id = ?"), {id});
        if (!q)
            return q.error();
        // Someone else's notification is as good as absent.
        if (!q->next() || q->value(NotificationRow::UserId).toLongLong() != caller.userId)
            return makeError(ErrorCode::NotFound,
                             QStringLiteral("you have no notification with id %1").arg(id));
        Notification n = NotificationRow::read(*q);
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
        Result<Query> q = m_store.exec(DueAssetRow::select, {isoDate(today.addDays(horizon))});
        if (!q)
            return q.error();
        QList<DueAsset> due;
        while (q->next())
            due.append({q->value(DueAssetRow::Id).toLongLong(),
                        q->value(DueAssetRow::Name).toString(),
                        q->value(DueAssetRow::OwnerId).toLongLong(),
                        parseIsoDate(q->value(DueAssetRow::NextReviewDue).toString())});
        q->finish();
        int created = 0;
        QStringList sent;
        for (const DueAsset &d : std::as_const(due)) {
            const std::optional<Reminder> r = reminderFor(d.due, today, policy);
            if (!r)
                continue;
            const auto [title, body] = reminderText(d, *r);
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
