#include "NotificationMail.h"

#include "Monitoring.h"
#include "Outbox.h"
#include "ServiceSupport.h"
#include "audit/AuditLog.h"
#include "store/Store.h"

#include <QDateTime>
#include <QLoggingCategory>

namespace cc {

Q_LOGGING_CATEGORY(lcNotificationMail, "compliance.notifications.mail")

using service::eventBy;

namespace {

// How a notification's e-mail was decided (notifications.mail_route).
namespace route {
const QString Each = QStringLiteral("each"); // queued on its own
const QString Digest = QStringLiteral("digest"); // held for the day's digest
const QString None = QStringLiteral("none"); // the person chose none, or has left
const QString OwnPath = QStringLiteral("own_path"); // e-mailed where it was made
const QString NoSmtp = QStringLiteral("no_smtp"); // no relay was set when it was decided
} // namespace route

constexpr int kBatch = 500;

struct PendingRow
{
    enum Column { Id, UserId, Kind, Title, Body, CreatedAt, Email, Status, AlertRule, ColumnCount };
    static constexpr rows::Columns<ColumnCount> columns {{
        {Id, "n.id"},
        {UserId, "n.user_id"},
        {Kind, "n.kind"},
        {Title, "n.title"},
        {Body, "n.body"},
        {CreatedAt, "n.created_at"},
        {Email, "u.email"},
        {Status, "u.status"},
        {AlertRule, "a.rule"},
    }};
    static_assert(rows::inOrder(columns));
    static inline const QString select
        = rows::select(columns,
                       "FROM notifications n JOIN users u ON u.id = n.user_id "
                       "LEFT JOIN alerts a ON a.id = n.alert_id WHERE n.mail_route IS NULL "
                       "ORDER BY n.id LIMIT 500");
};

struct DigestRow
{
    enum Column { Id, UserId, Title, Body, CreatedAt, Email, Status, ColumnCount };
    static constexpr rows::Columns<ColumnCount> columns {{
        {Id, "n.id"},
        {UserId, "n.user_id"},
        {Title, "n.title"},
        {Body, "n.body"},
        {CreatedAt, "n.created_at"},
        {Email, "u.email"},
        {Status, "u.status"},
    }};
    static_assert(rows::inOrder(columns));
    static inline const QString select
        = rows::select(columns,
                       "FROM notifications n JOIN users u ON u.id = n.user_id "
                       "WHERE n.mail_route = 'digest' AND n.mail_digest IS NULL AND "
                       "n.created_at < ? ORDER BY n.user_id, n.id LIMIT 5000");
};

QString utcMinute(qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC).toString(QStringLiteral("HH:mm"));
}

QString utcDay(qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC).date().toString(Qt::ISODate);
}

Caller systemCaller()
{
    Caller system;
    system.username = QStringLiteral("system");
    return system;
}

} // namespace

struct NotificationMail::Pending
{
    qint64 id = 0;
    qint64 userId = 0;
    QString kind;
    QString title;
    QString body;
    QString email;
    bool active = false;
    QString alertRule;
};

const QStringList &NotificationMail::choosableKinds()
{
    static const QStringList kinds {
        QStringLiteral("access_request"),
        QStringLiteral("access_decision"),
        QStringLiteral("grant_expiry"),
        QStringLiteral("deletion_request"),
        QStringLiteral("asset_review"),
        QStringLiteral("asset_escalation"),
        QStringLiteral("access_review_reminder"),
        QStringLiteral("access_review_due"),
        QStringLiteral("incident_clock"),
        QStringLiteral("alert"),
        QStringLiteral("vulnerability_due"),
        QStringLiteral("vulnerability_escalation"),
        QStringLiteral("subcontractor_assessment_due"),
        QStringLiteral("subcontractor_assessment_overdue"),
        QStringLiteral("api_credential_rotation_due"),
        QStringLiteral("api_credential_rotation_overdue"),
    };
    return kinds;
}

// Deadlines and what waits for a decision go at once; routine review reminders (one a day
// while due) are gathered in the digest.
QString NotificationMail::defaultDelivery(const QString &kind)
{
    if (kind == QLatin1String("asset_review") || kind == QLatin1String("access_review_reminder"))
        return email_delivery::DailyDigest;
    return email_delivery::Each;
}

const QStringList &NotificationMail::alwaysEmailedKinds()
{
    static const QStringList kinds {
        QStringLiteral("incident_breach"), QStringLiteral("audit_tamper"),
        QStringLiteral("account_locked"), QStringLiteral("credential_reset"),
        QStringLiteral("control_fail")};
    return kinds;
}

Result<EmailPreferences> NotificationMail::preferences(const Caller &caller) const
{
    EmailPreferences chosen;
    for (const QString &kind : choosableKinds())
        chosen.insert(kind, defaultDelivery(kind));
    Result<Query> q = m_store.exec(
        QStringLiteral("SELECT kind, delivery FROM email_preferences WHERE user_id = ?"),
        {caller.userId});
    if (!q)
        return q.error();
    while (q->next()) {
        const QString kind = q->value(0).toString();
        if (chosen.contains(kind))
            chosen.insert(kind, q->value(1).toString());
    }
    return chosen;
}

Result<EmailPreferences> NotificationMail::setPreferences(const Caller &caller,
                                                          const EmailPreferences &changes)
{
    static const QStringList deliveries {email_delivery::Each, email_delivery::DailyDigest,
                                         email_delivery::None};
    for (auto it = changes.begin(); it != changes.end(); ++it) {
        if (!choosableKinds().contains(it.key()))
            return makeError(ErrorCode::InvalidInput,
                             QStringLiteral("\"email.%1\" is not a notification kind you can "
                                            "choose for: %2")
                                 .arg(it.key(), choosableKinds().join(QStringLiteral(", "))));
        if (!deliveries.contains(it.value()))
            return makeError(
                ErrorCode::InvalidInput,
                QStringLiteral("\"email.%1\" must be each, daily_digest or none").arg(it.key()));
    }
    return m_store.transaction([&]() -> Result<EmailPreferences> {
        Result<EmailPreferences> before = preferences(caller);
        if (!before)
            return before.error();
        QStringList changed;
        const qint64 now = m_store.clock().nowMs();
        for (auto it = changes.begin(); it != changes.end(); ++it) {
            if (before->value(it.key()) == it.value())
                continue;
            if (Result<Query> stored = m_store.exec(
                    QStringLiteral("INSERT INTO email_preferences (user_id, kind, delivery, "
                                   "updated_at) VALUES (?, ?, ?, ?) ON CONFLICT (user_id, kind) "
                                   "DO UPDATE SET delivery = excluded.delivery, "
                                   "updated_at = excluded.updated_at"),
                    {caller.userId, it.key(), it.value(), now});
                !stored)
                return stored.error();
            changed << QStringLiteral("email.%1=%2->%3")
                           .arg(it.key(), before->value(it.key()), it.value());
        }
        if (Result<AuditEvent> logged
            = audit::append(m_store,
                            eventBy(caller, QStringLiteral("preferences.update"),
                                    QStringLiteral("user"), QString::number(caller.userId),
                                    changed.isEmpty() ? QStringLiteral("unchanged")
                                                      : changed.join(QLatin1Char(' '))));
            !logged)
            return logged.error();
        return preferences(caller);
    });
}

Result<QString> NotificationMail::routeOf(const Pending &n, bool smtpUsable)
{
    if (alwaysEmailedKinds().contains(n.kind) || n.alertRule == rule::AuditTamper)
        return route::OwnPath;
    if (!smtpUsable)
        return route::NoSmtp;
    if (!n.active || n.email.isEmpty())
        return route::None;
    Result<std::optional<QVariant>> chosen = rows::single(m_store.exec(
        QStringLiteral("SELECT delivery FROM email_preferences WHERE user_id = ? AND kind = ?"),
        {n.userId, n.kind}));
    if (!chosen)
        return chosen.error();
    const QString delivery = *chosen ? (*chosen)->toString() : defaultDelivery(n.kind);
    if (delivery == email_delivery::None)
        return route::None;
    if (delivery == email_delivery::DailyDigest)
        return route::Digest;
    Result<bool> queued = Outbox(m_store).enqueue({n.kind,
                                                   QStringLiteral("notification:%1").arg(n.id),
                                                   n.userId,
                                                   std::nullopt,
                                                   n.email,
                                                   n.title,
                                                   n.body,
                                                   {}});
    if (!queued)
        return queued.error();
    return route::Each;
}

Result<int> NotificationMail::mailNew()
{
    Result<std::optional<SmtpConfig>> smtp = Outbox::smtpConfig(m_store);
    if (!smtp)
        qCWarning(lcNotificationMail).noquote()
            << "notifications are not e-mailed:" << smtp.error().message;
    const bool smtpUsable = smtp && smtp->has_value();
    struct Batch
    {
        int queued = 0;
        bool full = false; // another batch may follow
    };
    int queuedTotal = 0;
    for (;;) {
        Result<Batch> batch = m_store.transaction([&]() -> Result<Batch> {
            Result<QList<Pending>> pending
                = rows::readAll<Pending>(m_store.exec(PendingRow::select), [](const Query &q) {
                      Pending p;
                      p.id = q.value(PendingRow::Id).toLongLong();
                      p.userId = q.value(PendingRow::UserId).toLongLong();
                      p.kind = q.value(PendingRow::Kind).toString();
                      p.title = q.value(PendingRow::Title).toString();
                      p.body = q.value(PendingRow::Body).toString();
                      p.email = q.value(PendingRow::Email).toString();
                      p.active = q.value(PendingRow::Status).toString() == QLatin1String("active");
                      p.alertRule = q.value(PendingRow::AlertRule).toString();
                      return p;
                  });
            if (!pending)
                return pending.error();
            Batch done {0, pending->size() == kBatch};
            for (const Pending &n : std::as_const(*pending)) {
                Result<QString> decided = routeOf(n, smtpUsable);
                if (!decided)
                    return decided.error();
                if (Result<Query> marked = m_store.exec(
                        QStringLiteral("UPDATE notifications SET mail_route = ? WHERE id = ?"),
                        {*decided, n.id});
                    !marked)
                    return marked.error();
                done.queued += *decided == route::Each ? 1 : 0;
            }
            return done;
        });
        if (!batch)
            return batch.error();
        queuedTotal += batch->queued;
        if (!batch->full)
            return queuedTotal;
    }
}

Result<int> NotificationMail::queueDigests()
{
    const QDateTime now = m_store.clock().now().toUTC();
    const qint64 startOfToday = QDateTime(now.date(), QTime(0, 0), Qt::UTC).toMSecsSinceEpoch();
    return m_store.transaction([&]() -> Result<int> {
        struct Held
        {
            qint64 id;
            QString line;
            qint64 createdAt;
        };
        struct Person
        {
            QString email;
            bool active = false;
            QList<Held> held;
        };
        QMap<qint64, Person> people;
        Result<Query> q = m_store.exec(DigestRow::select, {startOfToday});
        if (!q)
            return q.error();
        while (q->next()) {
            Person &p = people[q->value(DigestRow::UserId).toLongLong()];
            p.email = q->value(DigestRow::Email).toString();
            p.active = q->value(DigestRow::Status).toString() == QLatin1String("active");
            const qint64 at = q->value(DigestRow::CreatedAt).toLongLong();
            p.held.append(
                {q->value(DigestRow::Id).toLongLong(),
                 QStringLiteral("%1 %2 UTC  %3\n    %4")
                     .arg(utcDay(at), utcMinute(at), q->value(DigestRow::Title).toString(),
                          q->value(DigestRow::Body).toString()),
                 at});
        }
        q->finish();
        int queued = 0;
        QStringList sent;
        for (auto it = people.begin(); it != people.end(); ++it) {
            const Person &p = it.value();
            // The digest is named for the day of its latest notification (yesterday, unless
            // the server was down).
            const QString day = utcDay(p.held.last().createdAt);
            QString digest;
            if (p.active && !p.email.isEmpty()) {
                QStringList lines;
                for (const Held &h : p.held)
                    lines << h.line;
                const QString subject = QStringLiteral("Your compliance notifications of %1 (%2)")
                                            .arg(day)
                                            .arg(p.held.size());
                const QString body
                    = QStringLiteral("%1 notification(s) you chose to receive as a daily "
                                     "digest:\n\n%2\n\nOpen the console to act on them; "
                                     "Console > Notification e-mail changes what is e-mailed.")
                          .arg(p.held.size())
                          .arg(lines.join(QStringLiteral("\n\n")));
                Result<bool> fresh = Outbox(m_store).enqueue(
                    {QStringLiteral("notification_digest"),
                     QStringLiteral("digest:%1:%2").arg(it.key()).arg(day),
                     it.key(),
                     std::nullopt,
                     p.email,
                     subject,
                     body,
                     {}});
                if (!fresh)
                    return fresh.error();
                digest = day;
                if (*fresh) {
                    ++queued;
                    sent << QStringLiteral("%1:%2").arg(it.key()).arg(p.held.size());
                }
            } else {
                digest = QStringLiteral("not_sent"); // left, or has no address any more
            }
            for (const Held &h : p.held) {
                if (Result<Query> marked = m_store.exec(
                        QStringLiteral("UPDATE notifications SET mail_digest = ? WHERE id = ?"),
                        {digest, h.id});
                    !marked)
                    return marked.error();
            }
        }
        if (queued > 0) {
            if (Result<AuditEvent> logged
                = audit::append(m_store,
                                eventBy(systemCaller(), QStringLiteral("notification.digest"),
                                        QStringLiteral("mail"), QString(),
                                        QStringLiteral("digests=%1 users=%2")
                                            .arg(queued)
                                            .arg(sent.join(QLatin1Char(',')))));
                !logged)
                return logged.error();
        }
        return queued;
    });
}

Result<QList<StoreWarning>> NotificationMail::storeWarnings(const Caller &caller) const
{
    QList<StoreWarning> warnings;
    if (!caller.roles.contains(QLatin1String("admin"))
        && !caller.roles.contains(QLatin1String("compliance_officer")))
        return warnings;
    Result<std::optional<SmtpConfig>> smtp = Outbox::smtpConfig(m_store);
    if (smtp && smtp->has_value())
        return warnings;
    Result<std::optional<QVariant>> waiting = rows::single(
        m_store.exec(QStringLiteral("SELECT COUNT(*) FROM mail_outbox WHERE sent_at IS NULL")));
    if (!waiting)
        return waiting.error();
    Result<std::optional<QVariant>> breaches = rows::single(
        m_store.exec(QStringLiteral("SELECT COUNT(*) FROM mail_outbox WHERE sent_at IS NULL "
                                    "AND kind = 'incident_breach'")));
    if (!breaches)
        return breaches.error();
    const qint64 waitingCount = (*waiting)->toLongLong();
    const QString queued = waitingCount == 0
        ? QStringLiteral("Nothing waits in the outbox yet")
        : QStringLiteral("%1 e-mail(s) wait undelivered in the outbox, %2 of them breach notices "
                         "to the executives")
              .arg(waitingCount)
              .arg((*breaches)->toLongLong());
    if (!smtp)
        warnings.append({QStringLiteral("smtp_invalid"),
                         QStringLiteral("The SMTP relay cannot be used (%1): no e-mail is sent. "
                                        "%2.")
                             .arg(smtp.error().message, queued)});
    else
        warnings.append({QStringLiteral("smtp_not_configured"),
                         QStringLiteral("No SMTP relay is set (smtp.json in the store "
                                        "directory): no e-mail is sent, breach notices "
                                        "included. %1.")
                             .arg(queued)});
    return warnings;
}

} // namespace cc
