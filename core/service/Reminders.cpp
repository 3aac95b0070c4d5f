#include "Reminders.h"

#include "ServiceSupport.h"
#include "ThirdParties.h"
#include "domain/AssetRules.h"
#include "domain/Roles.h"
#include "store/Store.h"

#include <QDateTime>

namespace cc {

namespace {

constexpr qint64 kHourMs = 3600 * 1000;

QString utc(qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC)
        .toString(QStringLiteral("yyyy-MM-dd HH:mm 'UTC'"));
}

// Active grants ending within the reminder's hours that were made longer ago than that.
struct ExpiringGrantRow
{
    enum Column { Id, UserId, Category, Client, ExpiresAt, ColumnCount };
    static constexpr rows::Columns<ColumnCount> columns {{
        {Id, "g.id"},
        {UserId, "g.user_id"},
        {Category, "g.category"},
        {Client, "g.client"},
        {ExpiresAt, "g.expires_at"},
    }};
    static_assert(rows::inOrder(columns));
    static inline const QString select = rows::select(
        columns,
        "FROM grants g JOIN users u ON u.id = g.user_id WHERE g.revoked_at IS NULL AND "
        "u.status = 'active' AND g.expires_at > ? AND g.expires_at <= ? AND g.granted_at < "
        "g.expires_at - ? ORDER BY g.id");
};

struct OpenDeletionRow
{
    enum Column { Id, Reference, Action, DueAt, ColumnCount };
    static constexpr rows::Columns<ColumnCount> columns {{
        {Id, "id"},
        {Reference, "reference"},
        {Action, "action"},
        {DueAt, "due_at"},
    }};
    static_assert(rows::inOrder(columns));
    static inline const QString select = rows::select(
        columns, "FROM deletion_requests WHERE status = 'open' AND due_at > ? ORDER BY id");
};

// Active assets overdue since the cutoff day, with their owner's active manager (or null).
struct OverdueAssetRow
{
    enum Column { Id, Name, Due, Owner, ManagerId, ColumnCount };
    static constexpr rows::Columns<ColumnCount> columns {{
        {Id, "a.id"},
        {Name, "a.name"},
        {Due, "a.next_review_due"},
        {Owner, "o.username"},
        {ManagerId, "m.id"},
    }};
    static_assert(rows::inOrder(columns));
    static inline const QString select = rows::select(
        columns,
        "FROM assets a JOIN users o ON o.id = a.owner_id LEFT JOIN user_managers um ON "
        "um.user_id = a.owner_id LEFT JOIN users m ON m.id = um.manager_id AND m.status = "
        "'active' WHERE a.status = 'active' AND a.next_review_due <= ? ORDER BY a.id");
};

struct OfficerRow
{
    enum Column { Id, Roles, ColumnCount };
    static constexpr rows::Columns<ColumnCount> columns {{{Id, "id"}, {Roles, "roles"}}};
    static_assert(rows::inOrder(columns));
    static inline const QString select
        = rows::select(columns, "FROM users WHERE status = 'active' ORDER BY id");
};

// Active compliance officers, by id.
Result<QList<qint64>> activeOfficers(const Store &store)
{
    QList<qint64> officers;
    Result<Query> people = store.exec(OfficerRow::select);
    if (!people)
        return people.error();
    while (people->next()) {
        if (people->value(OfficerRow::Roles)
                .toString()
                .split(QLatin1Char(','))
                .contains(QLatin1String("compliance_officer")))
            officers << people->value(OfficerRow::Id).toLongLong();
    }
    people->finish();
    return officers;
}

// Open vulnerabilities due before the cutoff, with their asset's active owner and that owner's
// active manager (either null).
struct DueVulnerabilityRow
{
    enum Column { Id, Identifier, Severity, DueAt, What, OwnerId, ManagerId, ColumnCount };
    static constexpr rows::Columns<ColumnCount> columns {{
        {Id, "v.id"},
        {Identifier, "v.identifier"},
        {Severity, "v.severity"},
        {DueAt, "v.due_at"},
        {What, "COALESCE(a.name, v.component)"},
        {OwnerId, "o.id"},
        {ManagerId, "m.id"},
    }};
    static_assert(rows::inOrder(columns));
    static inline const QString select = rows::select(
        columns,
        "FROM vulnerabilities v LEFT JOIN assets a ON a.id = v.asset_id LEFT JOIN users o ON "
        "o.id = a.owner_id AND o.status = 'active' LEFT JOIN user_managers um ON um.user_id = "
        "o.id LEFT JOIN users m ON m.id = um.manager_id AND m.status = 'active' WHERE v.status "
        "= 'open' AND v.due_at <= ? ORDER BY v.id");
};

std::optional<qint64> optionalId(const QVariant &value)
{
    return value.isNull() ? std::nullopt : std::optional<qint64>(value.toLongLong());
}

} // namespace

Result<void> notifyUsers(Store &store, const QList<qint64> &users, const QString &kind,
                         const QString &threshold, const QString &title, const QString &body)
{
    const qint64 now = store.clock().nowMs();
    const QString today = isoDate(store.clock().now().toUTC().date());
    for (qint64 user : users) {
        if (Result<Query> inserted = store.exec(
                QStringLiteral("INSERT INTO notifications (user_id, kind, threshold, due_date, "
                               "day, title, body, created_at) VALUES (?, ?, ?, '', ?, ?, ?, ?)"),
                {user, kind, threshold, today, title, body, now});
            !inserted)
            return inserted.error();
    }
    return {};
}

Result<int> Reminders::assetEscalations(qint64 now, QStringList &sent)
{
    const int days = m_store.policy().assetEscalationDays;
    const QDate cutoff = m_store.clock().now().toUTC().date().addDays(-days);
    Result<Query> q = m_store.exec(OverdueAssetRow::select, {isoDate(cutoff)});
    if (!q)
        return q.error();
    struct Overdue
    {
        qint64 id;
        QString name, due, owner;
        std::optional<qint64> managerId;
    };
    QList<Overdue> overdue;
    while (q->next())
        overdue.append(
            {q->value(OverdueAssetRow::Id).toLongLong(), q->value(OverdueAssetRow::Name).toString(),
             q->value(OverdueAssetRow::Due).toString(), q->value(OverdueAssetRow::Owner).toString(),
             q->value(OverdueAssetRow::ManagerId).isNull()
                 ? std::nullopt
                 : std::optional<qint64>(q->value(OverdueAssetRow::ManagerId).toLongLong())});
    q->finish();
    if (overdue.isEmpty())
        return 0;
    Result<QList<qint64>> found = activeOfficers(m_store);
    if (!found)
        return found.error();
    const QList<qint64> officers = *found;
    const QString threshold = QStringLiteral("overdue_%1d").arg(days);
    int told = 0;
    for (const Overdue &a : std::as_const(overdue)) {
        // Once per asset and due date: a review sets a new due date, a new escalation later.
        Result<bool> claimed
            = claim(QStringLiteral("asset"), a.id, threshold + QLatin1Char(':') + a.due, now);
        if (!claimed)
            return claimed.error();
        if (!*claimed)
            continue;
        QList<qint64> recipients = officers;
        if (a.managerId && !recipients.contains(*a.managerId))
            recipients << *a.managerId;
        if (Result<void> done = notifyUsers(
                m_store, recipients, QStringLiteral("asset_escalation"), threshold,
                QStringLiteral("%1's review of \"%2\" is more than %3 days overdue")
                    .arg(a.owner, a.name)
                    .arg(days),
                QStringLiteral("Asset %1 (\"%2\", owner %3) was due for review on %4 and has "
                               "not been reviewed.")
                    .arg(a.id)
                    .arg(a.name, a.owner, a.due));
            !done)
            return done.error();
        sent << QStringLiteral("asset:%1:%2").arg(a.id).arg(threshold);
        told += int(recipients.size());
    }
    return told;
}

Result<int> Reminders::vulnerabilityDeadlines(qint64 now, QStringList &sent)
{
    const int warnHours = m_store.policy().vulnerabilityWarnHours;
    Result<Query> q = m_store.exec(DueVulnerabilityRow::select, {now + warnHours * kHourMs});
    if (!q)
        return q.error();
    struct Due
    {
        qint64 id, dueAt;
        QString identifier, severity, what;
        std::optional<qint64> ownerId, managerId;
    };
    QList<Due> due;
    while (q->next())
        due.append({q->value(DueVulnerabilityRow::Id).toLongLong(),
                    q->value(DueVulnerabilityRow::DueAt).toLongLong(),
                    q->value(DueVulnerabilityRow::Identifier).toString(),
                    q->value(DueVulnerabilityRow::Severity).toString(),
                    q->value(DueVulnerabilityRow::What).toString(),
                    optionalId(q->value(DueVulnerabilityRow::OwnerId)),
                    optionalId(q->value(DueVulnerabilityRow::ManagerId))});
    q->finish();
    if (due.isEmpty())
        return 0;
    Result<QList<qint64>> officers = activeOfficers(m_store);
    if (!officers)
        return officers.error();
    int told = 0;
    for (const Due &v : std::as_const(due)) {
        // Before the due time: the asset's owner and the officers. After it: the owner's
        // manager and the officers. A late run past the due time sends the escalation only.
        const bool overdue = v.dueAt <= now;
        const QString threshold
            = overdue ? QStringLiteral("overdue") : QStringLiteral("due_%1h").arg(warnHours);
        Result<bool> claimed = claim(QStringLiteral("vulnerability"), v.id, threshold, now);
        if (!claimed)
            return claimed.error();
        if (!*claimed)
            continue;
        QList<qint64> recipients = *officers;
        const std::optional<qint64> extra = overdue ? v.managerId : v.ownerId;
        if (extra && !recipients.contains(*extra))
            recipients << *extra;
        const QString title = overdue
            ? QStringLiteral("%1 vulnerability %2 on %3 is past its due date")
                  .arg(v.severity, v.identifier, v.what)
            : QStringLiteral("%1 vulnerability %2 on %3 is due within %4 hours")
                  .arg(v.severity, v.identifier, v.what)
                  .arg(warnHours);
        if (Result<void> done
            = notifyUsers(m_store, recipients,
                          overdue ? QStringLiteral("vulnerability_escalation")
                                  : QStringLiteral("vulnerability_due"),
                          threshold, title,
                          QStringLiteral("Vulnerability %1 (%2, %3) must be resolved by %4.")
                              .arg(v.id)
                              .arg(v.identifier, v.what, utc(v.dueAt)));
            !done)
            return done.error();
        sent << QStringLiteral("vulnerability:%1:%2").arg(v.id).arg(threshold);
        told += int(recipients.size());
    }
    return told;
}

// One reminder before a register's due time and one escalation after it, once per due date:
// a new assessment or rotation sets a new due date and so a new cycle.
struct RegisterDeadline
{
    const char *objectType; // deadline_reminders' object_type
    qint64 id = 0;
    qint64 dueAt = 0;
    QList<qint64> recipients;
    QString dueKind, overdueKind;
    QString dueTitle, overdueTitle, body;
};

Result<int> Reminders::registerDeadline(const RegisterDeadline &d, int warnDays, qint64 now,
                                        QStringList &sent)
{
    const bool overdue = d.dueAt < now;
    if (!overdue && d.dueAt > now + warnDays * 24 * kHourMs)
        return 0;
    const QString day = isoDate(QDateTime::fromMSecsSinceEpoch(d.dueAt, Qt::UTC).date());
    const QString threshold
        = (overdue ? QStringLiteral("overdue") : QStringLiteral("due_%1d").arg(warnDays))
        + QLatin1Char(':') + day;
    Result<bool> claimed = claim(QLatin1String(d.objectType), d.id, threshold, now);
    if (!claimed)
        return claimed.error();
    if (!*claimed || d.recipients.isEmpty())
        return 0;
    if (Result<void> done = notifyUsers(m_store, d.recipients, overdue ? d.overdueKind : d.dueKind,
                                        threshold, overdue ? d.overdueTitle : d.dueTitle, d.body);
        !done)
        return done.error();
    sent << QStringLiteral("%1:%2:%3").arg(QLatin1String(d.objectType)).arg(d.id).arg(threshold);
    return int(d.recipients.size());
}

// Active subcontractors receiving Amazon data: the officers, subcontractor_reminder_days before
// the assessment is due and once it is overdue.
Result<int> Reminders::subcontractorDeadlines(qint64 now, QStringList &sent)
{
    Result<QList<Subcontractor>> active = activeSubcontractorsWithAmazonData(m_store);
    if (!active)
        return active.error();
    if (active->isEmpty())
        return 0;
    Result<QList<qint64>> officers = activeOfficers(m_store);
    if (!officers)
        return officers.error();
    const int warnDays = m_store.policy().subcontractorReminderDays;
    int told = 0;
    for (const Subcontractor &s : std::as_const(*active)) {
        const QString due = utc(s.assessmentDueAt);
        Result<int> n = registerDeadline(
            {"subcontractor", s.id, s.assessmentDueAt, *officers,
             QStringLiteral("subcontractor_assessment_due"),
             QStringLiteral("subcontractor_assessment_overdue"),
             QStringLiteral("Risk assessment of subcontractor \"%1\" due %2").arg(s.name, due),
             QStringLiteral("Risk assessment of subcontractor \"%1\" is overdue").arg(s.name),
             QStringLiteral("Subcontractor %1 (\"%2\") receives Amazon data (%3); its third-party "
                            "risk assessment is due by %4.")
                 .arg(s.id)
                 .arg(s.name, s.dataCategories.join(QStringLiteral(", ")), due)},
            warnDays, now, sent);
        if (!n)
            return n;
        told += *n;
    }
    return told;
}

// Active API credentials: their active owner and the officers, api_credential_reminder_days
// before the rotation is due and once it is overdue.
Result<int> Reminders::credentialDeadlines(qint64 now, QStringList &sent)
{
    Result<QList<ApiCredential>> active = activeApiCredentials(m_store);
    if (!active)
        return active.error();
    if (active->isEmpty())
        return 0;
    Result<QList<qint64>> officers = activeOfficers(m_store);
    if (!officers)
        return officers.error();
    const int warnDays = m_store.policy().apiCredentialReminderDays;
    int told = 0;
    for (const ApiCredential &c : std::as_const(*active)) {
        QList<qint64> recipients = *officers;
        if (c.ownerActive && !recipients.contains(c.ownerId))
            recipients << c.ownerId;
        const QString due = utc(c.rotationDueAt);
        Result<int> n = registerDeadline(
            {"api_credential", c.id, c.rotationDueAt, recipients,
             QStringLiteral("api_credential_rotation_due"),
             QStringLiteral("api_credential_rotation_overdue"),
             QStringLiteral("API credential \"%1\" is due for rotation %2").arg(c.name, due),
             QStringLiteral("API credential \"%1\" is past its rotation date").arg(c.name),
             QStringLiteral("API credential %1 (\"%2\", kept in %3, owner %4) must be rotated by "
                            "%5, then the rotation recorded.")
                 .arg(c.id)
                 .arg(c.name, c.location, c.owner, due)},
            warnDays, now, sent);
        if (!n)
            return n;
        told += *n;
    }
    return told;
}

const QList<int> &Reminders::deletionRequestThresholds()
{
    static const QList<int> hours = {48, 24, 6};
    return hours;
}

Result<int> Reminders::sendDue()
{
    const qint64 now = m_store.clock().nowMs();
    return m_store.transaction([&]() -> Result<int> {
        QStringList sent;
        Result<int> grants = grantExpiries(now, sent);
        if (!grants)
            return grants;
        Result<int> deletions = deletionRequests(now, sent);
        if (!deletions)
            return deletions;
        Result<int> escalations = assetEscalations(now, sent);
        if (!escalations)
            return escalations;
        Result<int> vulnerabilities = vulnerabilityDeadlines(now, sent);
        if (!vulnerabilities)
            return vulnerabilities;
        Result<int> subcontractors = subcontractorDeadlines(now, sent);
        if (!subcontractors)
            return subcontractors;
        Result<int> credentials = credentialDeadlines(now, sent);
        if (!credentials)
            return credentials;
        const int total = *grants + *deletions + *escalations + *vulnerabilities + *subcontractors
            + *credentials;
        if (!sent.isEmpty()) {
            AuditEvent e;
            e.actor = QStringLiteral("system");
            e.action = QStringLiteral("reminder.send");
            e.objectType = QStringLiteral("reminder");
            e.detail = QStringLiteral("reminders=%1 notifications=%2 sent=%3")
                           .arg(sent.size())
                           .arg(total)
                           .arg(sent.mid(0, 50).join(QLatin1Char(',')));
            if (Result<AuditEvent> logged = audit::append(m_store, e); !logged)
                return logged.error();
        }
        return total;
    });
}

Result<bool> Reminders::claim(const QString &objectType, qint64 objectId, const QString &threshold,
                              qint64 now)
{
    Result<Query> inserted = m_store.exec(
        QStringLiteral("INSERT INTO deadline_reminders (object_type, object_id, threshold, "
                       "sent_at) VALUES (?, ?, ?, ?) ON CONFLICT DO NOTHING"),
        {objectType, objectId, threshold, now});
    if (!inserted)
        return inserted.error();
    return inserted->numRowsAffected() > 0;
}

Result<int> Reminders::grantExpiries(qint64 now, QStringList &sent)
{
    const qint64 window = qint64(kGrantExpiryHours) * kHourMs;
    Result<Query> q = m_store.exec(ExpiringGrantRow::select, {now, now + window, window});
    if (!q)
        return q.error();
    struct Expiring
    {
        qint64 id, userId, expiresAt;
        QString category, client;
    };
    QList<Expiring> expiring;
    while (q->next())
        expiring.append({q->value(ExpiringGrantRow::Id).toLongLong(),
                         q->value(ExpiringGrantRow::UserId).toLongLong(),
                         q->value(ExpiringGrantRow::ExpiresAt).toLongLong(),
                         q->value(ExpiringGrantRow::Category).toString(),
                         q->value(ExpiringGrantRow::Client).toString()});
    q->finish();
    int told = 0;
    for (const Expiring &g : std::as_const(expiring)) {
        const QString threshold = QStringLiteral("%1h").arg(kGrantExpiryHours);
        Result<bool> claimed = claim(QStringLiteral("grant"), g.id, threshold, now);
        if (!claimed)
            return claimed.error();
        if (!*claimed)
            continue;
        if (Result<void> done = notifyUsers(
                m_store, {g.userId}, QStringLiteral("grant_expiry"), threshold,
                QStringLiteral("Your access to %1 (%2) ends %3")
                    .arg(g.category, g.client, utc(g.expiresAt)),
                QStringLiteral("Grant %1 ends at %2. Ask for access again if the task needs "
                               "longer.")
                    .arg(g.id)
                    .arg(utc(g.expiresAt)));
            !done)
            return done.error();
        sent << QStringLiteral("grant:%1:%2").arg(g.id).arg(threshold);
        ++told;
    }
    return told;
}

Result<int> Reminders::deletionRequests(qint64 now, QStringList &sent)
{
    Result<Query> q = m_store.exec(OpenDeletionRow::select, {now});
    if (!q)
        return q.error();
    struct Open
    {
        qint64 id, dueAt;
        QString reference, action;
    };
    QList<Open> open;
    while (q->next())
        open.append({q->value(OpenDeletionRow::Id).toLongLong(),
                     q->value(OpenDeletionRow::DueAt).toLongLong(),
                     q->value(OpenDeletionRow::Reference).toString(),
                     q->value(OpenDeletionRow::Action).toString()});
    q->finish();
    if (open.isEmpty())
        return 0;
    Result<QList<qint64>> officers = service::activeHolders(m_store, Permission::RetentionManage);
    if (!officers)
        return officers.error();
    int told = 0;
    for (const Open &d : std::as_const(open)) {
        // Every threshold passed is claimed; a late run tells only the nearest one.
        std::optional<int> nearest;
        for (int hours : deletionRequestThresholds()) {
            if (d.dueAt - now > qint64(hours) * kHourMs)
                continue;
            Result<bool> claimed = claim(QStringLiteral("deletion_request"), d.id,
                                         QStringLiteral("%1h").arg(hours), now);
            if (!claimed)
                return claimed.error();
            if (*claimed && (!nearest || hours < *nearest))
                nearest = hours;
        }
        if (!nearest)
            continue;
        const QString threshold = QStringLiteral("%1h").arg(*nearest);
        if (Result<void> done = notifyUsers(
                m_store, *officers, QStringLiteral("deletion_request"), threshold,
                QStringLiteral("Amazon %1 request %2 is due within %3 hours")
                    .arg(d.action, d.reference)
                    .arg(*nearest),
                QStringLiteral("Deletion request %1 (%2) is due at %3; fulfil it before then "
                               "(POST /deletion-requests/%1/fulfil).")
                    .arg(d.id)
                    .arg(d.reference, utc(d.dueAt)));
            !done)
            return done.error();
        sent << QStringLiteral("deletion_request:%1:%2").arg(d.id).arg(threshold);
        told += int(officers->size());
    }
    return told;
}

} // namespace cc
