#include "Incidents.h"

#include "Outbox.h"
#include "ServiceSupport.h"
#include "domain/AssetRules.h"
#include "domain/Roles.h"
#include "store/Store.h"

#include <QDateTime>

namespace cc {

using service::eventBy;

namespace {

// Also the answer for an incident the caller may not see: an id must not tell that it exists.
Error noSuchIncident(qint64 id)
{
    return makeError(ErrorCode::NotFound, QStringLiteral("no incident with id %1").arg(id));
}

const QString kSelect = QStringLiteral(
    "SELECT i.id, i.title, i.description, i.severity, i.category, i.status, i.detected_at, "
    "i.reported_at, i.reporter, r.display_name, i.assignee_id, a.username, a.display_name, "
    "i.involves_amazon_data, i.triaged_at, i.contained_at, i.resolved_at, i.closed_at, "
    "i.amazon_notified_at, i.amazon_reference, "
    "(SELECT COUNT(*) FROM incident_executives e WHERE e.incident_id = i.id), "
    "(SELECT COUNT(*) FROM incident_executives e WHERE e.incident_id = i.id "
    "AND e.acknowledged_at IS NOT NULL) "
    "FROM incidents i LEFT JOIN users r ON r.id = i.reporter_id "
    "LEFT JOIN users a ON a.id = i.assignee_id ");

Incident fromRow(const Query &q)
{
    Incident i;
    i.id = q.value(0).toLongLong();
    i.title = q.value(1).toString();
    i.description = q.value(2).toString();
    i.severity = q.value(3).toInt();
    i.category = q.value(4).toString();
    i.status = q.value(5).toString();
    i.detectedAt = q.value(6).toLongLong();
    i.reportedAt = q.value(7).toLongLong();
    i.reporter = q.value(8).toString();
    i.reporterName = q.value(9).isNull() ? i.reporter : q.value(9).toString();
    i.assigneeId = q.value(10).isNull() ? 0 : q.value(10).toLongLong();
    i.assignee = q.value(11).toString();
    i.assigneeName = q.value(12).toString();
    i.involvesAmazonData = q.value(13).toInt() != 0;
    i.triagedAt = service::optionalTime(q.value(14));
    i.containedAt = service::optionalTime(q.value(15));
    i.resolvedAt = service::optionalTime(q.value(16));
    i.closedAt = service::optionalTime(q.value(17));
    i.amazonNotifiedAt = service::optionalTime(q.value(18));
    i.amazonReference = q.value(19).toString();
    i.executivesNotified = q.value(20).toInt();
    i.executivesAcknowledged = q.value(21).toInt();
    return i;
}

constexpr int kMaxTitle = 200;
constexpr int kMaxText = 4000;

Result<void> checkText(const QString &field, const QString &value, bool required, int max)
{
    if (required && value.trimmed().isEmpty())
        return makeError(ErrorCode::InvalidInput, QStringLiteral("%1 is required").arg(field));
    if (value.size() > max)
        return makeError(ErrorCode::InvalidInput,
                         QStringLiteral("%1 is longer than %2 characters").arg(field).arg(max));
    return {};
}

Result<void> checkSeverity(int severity)
{
    if (severity < kMinSeverity || severity > kMaxSeverity)
        return makeError(ErrorCode::InvalidInput,
                         QStringLiteral("severity must be from %1 (most severe) to %2")
                             .arg(kMinSeverity)
                             .arg(kMaxSeverity));
    return {};
}

Result<void> checkCategory(const QString &category)
{
    if (!isIncidentCategory(category))
        return makeError(ErrorCode::InvalidInput,
                         QStringLiteral("category \"%1\" is not one of %2")
                             .arg(category, incidentCategories().join(QStringLiteral(", "))));
    return {};
}

Result<void> needsManage(const Caller &caller, const QString &what)
{
    if (!Incidents::canManage(caller))
        return makeError(ErrorCode::Forbidden,
                         QStringLiteral("%1 needs the incidents:manage permission").arg(what));
    return {};
}

QString utc(qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC)
        .toString(QStringLiteral("yyyy-MM-dd HH:mm 'UTC'"));
}

const char *statusColumn(const QString &status)
{
    if (status == QLatin1String("triaged"))
        return "triaged_at";
    if (status == QLatin1String("contained"))
        return "contained_at";
    if (status == QLatin1String("resolved"))
        return "resolved_at";
    if (status == QLatin1String("closed"))
        return "closed_at";
    return nullptr;
}

Caller systemCaller()
{
    Caller c;
    c.username = QStringLiteral("system");
    return c;
}

} // namespace

bool Incidents::canManage(const Caller &caller)
{
    return caller.can(Permission::IncidentsManage);
}

Result<Incident> Incidents::find(qint64 id) const
{
    Result<Query> q = m_store.exec(kSelect + QStringLiteral("WHERE i.id = ?"), {id});
    if (!q)
        return q.error();
    if (!q->next())
        return noSuchIncident(id);
    return fromRow(*q);
}

Result<IncidentDetail> Incidents::detail(qint64 id) const
{
    Result<Incident> incident = find(id);
    if (!incident)
        return incident.error();
    IncidentDetail d;
    d.incident = incident.value();
    Result<Query> events = m_store.exec(
        QStringLiteral("SELECT id, at, actor, kind, detail FROM incident_events WHERE "
                       "incident_id = ? ORDER BY id"),
        {id});
    if (!events)
        return events.error();
    while (events->next())
        d.timeline.append({events->value(0).toLongLong(), events->value(1).toLongLong(),
                           events->value(2).toString(), events->value(3).toString(),
                           events->value(4).toString()});
    events->finish();
    Result<Query> tasks = m_store.exec(
        QStringLiteral("SELECT t.task_key, t.title, u.username, t.done_at, t.done_by FROM "
                       "incident_tasks t LEFT JOIN users u ON u.id = t.owner_id WHERE "
                       "t.incident_id = ? ORDER BY t.position"),
        {id});
    if (!tasks)
        return tasks.error();
    while (tasks->next())
        d.tasks.append({tasks->value(0).toString(), tasks->value(1).toString(),
                        tasks->value(2).toString(), service::optionalTime(tasks->value(3)),
                        tasks->value(4).toString()});
    tasks->finish();
    Result<Query> execs = m_store.exec(
        QStringLiteral("SELECT e.user_id, u.username, u.display_name, u.title, e.notified_at, "
                       "e.acknowledged_at, o.id, o.attempts, o.sent_at, o.last_error FROM "
                       "incident_executives e JOIN users u ON u.id = e.user_id LEFT JOIN "
                       "mail_outbox o ON o.incident_id = e.incident_id AND o.user_id = e.user_id "
                       "WHERE e.incident_id = ? ORDER BY e.id"),
        {id});
    if (!execs)
        return execs.error();
    while (execs->next()) {
        ExecutiveNotice n;
        n.userId = execs->value(0).toLongLong();
        n.username = execs->value(1).toString();
        n.displayName = execs->value(2).toString();
        n.title = execs->value(3).toString();
        n.notifiedAt = execs->value(4).toLongLong();
        n.acknowledgedAt = service::optionalTime(execs->value(5));
        if (!execs->value(6).isNull()) {
            n.emailAttempts = execs->value(7).toInt();
            n.emailSentAt = service::optionalTime(execs->value(8));
            n.emailError = execs->value(9).toString();
            n.emailStatus = n.emailSentAt ? QStringLiteral("sent")
                : n.emailAttempts > 0     ? QStringLiteral("failing")
                                          : QStringLiteral("pending");
        }
        d.executives.append(n);
    }

    return d;
}

Result<bool> Incidents::canSee(const Caller &caller, const Incident &incident) const
{
    if (canManage(caller) || (caller.userId != 0 && incident.assigneeId == caller.userId)
        || incident.reporter == caller.username)
        return true;
    Result<Query> q = m_store.exec(
        QStringLiteral("SELECT 1 FROM incident_executives WHERE incident_id = ? AND user_id = ?"),
        {incident.id, caller.userId});
    if (!q)
        return q.error();
    return q->next();
}

Result<qint64> Incidents::activeUserId(const QString &field, const QString &username) const
{
    Result<Query> q
        = m_store.exec(QStringLiteral("SELECT id, status FROM users WHERE username_key = ?"),
                       {username.trimmed().toLower()});
    if (!q)
        return q.error();
    if (!q->next())
        return makeError(
            ErrorCode::InvalidInput,
            QStringLiteral("%1 \"%2\" is not a user of this store").arg(field, username));
    if (q->value(1).toString() != QLatin1String("active"))
        return makeError(ErrorCode::InvalidInput,
                         QStringLiteral("%1 \"%2\" has been offboarded").arg(field, username));
    return q->value(0).toLongLong();
}

Result<void> Incidents::addEvent(qint64 incidentId, const Caller &actor, const QString &kind,
                                 const QString &detail)
{
    Result<Query> q = m_store.exec(
        QStringLiteral("INSERT INTO incident_events (incident_id, at, actor_id, actor, kind, "
                       "detail) VALUES (?, ?, ?, ?, ?, ?)"),
        {incidentId, m_store.clock().nowMs(), service::nullableId(actor.userId), actor.username,
         kind, detail});
    if (!q)
        return q.error();
    return {};
}

Result<void> Incidents::completeTask(qint64 incidentId, const QString &key, const QString &by)
{
    Result<Query> q = m_store.exec(
        QStringLiteral("UPDATE incident_tasks SET done_at = ?, done_by = ? WHERE incident_id = ? "
                       "AND task_key = ? AND done_at IS NULL"),
        {m_store.clock().nowMs(), by, incidentId, key});
    if (!q)
        return q.error();
    return {};
}

Result<void> Incidents::notify(qint64 userId, const Incident &incident, const QString &kind,
                               const QString &threshold, const QString &title, const QString &body)
{
    const qint64 now = m_store.clock().nowMs();
    const QDate today = m_store.clock().now().toUTC().date();
    const qint64 due = incidentClocks(incident.times(), m_store.policy()).first().dueAt;
    Result<Query> q = m_store.exec(
        QStringLiteral("INSERT INTO notifications (user_id, kind, threshold, due_date, day, "
                       "title, body, created_at, incident_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"),
        {userId, kind, threshold, isoDate(QDateTime::fromMSecsSinceEpoch(due, Qt::UTC).date()),
         isoDate(today), title, body, now, incident.id});
    if (!q)
        return q.error();
    return {};
}

// Inside the caller's transaction. Executives already told of this incident are not told
// again; offboarded ones never are.
Result<int> Incidents::notifyExecutives(const Caller &actor, const Incident &incident)
{
    Result<Query> q = m_store.exec(QStringLiteral(
        "SELECT id, username, title, email FROM users WHERE status = 'active' ORDER BY id"));
    if (!q)
        return q.error();
    struct Executive
    {
        qint64 userId;
        QString username;
        QString email;
    };
    QList<Executive> executives;
    while (q->next()) {
        if (isBreachExecutiveTitle(q->value(2).toString()))
            executives.append(
                {q->value(0).toLongLong(), q->value(1).toString(), q->value(3).toString()});
    }
    q->finish();
    const qint64 now = m_store.clock().nowMs();
    const qint64 due = incidentClocks(incident.times(), m_store.policy()).first().dueAt;
    QStringList told;
    for (const auto &[userId, username, email] : std::as_const(executives)) {
        Result<Query> inserted = m_store.exec(
            QStringLiteral("INSERT INTO incident_executives (incident_id, user_id, notified_at) "
                           "VALUES (?, ?, ?) ON CONFLICT DO NOTHING"),
            {incident.id, userId, now});
        if (!inserted)
            return inserted.error();
        if (inserted->numRowsAffected() <= 0)
            continue;
        inserted->finish();
        const QString title
            = QStringLiteral("Data breach involving Amazon data: %1").arg(incident.title);
        const QString body
            = QStringLiteral("Incident #%1 (severity %2) involves Amazon data. It was detected "
                             "%3; Amazon must be notified by %4. Open the Incidents page to "
                             "acknowledge.")
                  .arg(incident.id)
                  .arg(incident.severity)
                  .arg(utc(incident.detectedAt), utc(due));
        if (Result<void> sent = notify(userId, incident, QStringLiteral("incident_breach"),
                                       QStringLiteral("breach"), title, body);
            !sent)
            return sent.error();
        // The e-mail goes out from the outbox job (when SMTP is configured), outside this
        // transaction: a slow relay never holds up the report.
        if (Result<bool> queued = Outbox(m_store).enqueue(
                {QStringLiteral("incident_breach"),
                 QStringLiteral("incident:%1:user:%2").arg(incident.id).arg(userId), userId,
                 incident.id, email, title, body, {}});
            !queued)
            return queued.error();
        told << username;
    }
    if (told.isEmpty())
        return 0;
    const QString detail = QStringLiteral("notified %1").arg(told.join(QStringLiteral(", ")));
    if (Result<void> e
        = addEvent(incident.id, systemCaller(), QStringLiteral("executives_notified"), detail);
        !e)
        return e.error();
    if (Result<void> done
        = completeTask(incident.id, QStringLiteral("notify_executives"), QStringLiteral("system"));
        !done)
        return done.error();
    if (Result<AuditEvent> logged
        = audit::append(m_store,
                        eventBy(actor, QStringLiteral("incident.notify_executives"),
                                QStringLiteral("incident"), QString::number(incident.id),
                                QStringLiteral("executives=%1").arg(told.join(QLatin1Char(',')))));
        !logged)
        return logged.error();
    return int(told.size());
}

Result<IncidentDetail> Incidents::report(const Caller &caller, const NewIncident &n)
{
    if (Result<void> v = checkText(QStringLiteral("title"), n.title, true, kMaxTitle); !v)
        return v.error();
    if (Result<void> v = checkText(QStringLiteral("description"), n.description, false, kMaxText);
        !v)
        return v.error();
    if (Result<void> v = checkSeverity(n.severity); !v)
        return v.error();
    if (Result<void> v = checkCategory(n.category); !v)
        return v.error();
    const qint64 now = m_store.clock().nowMs();
    const qint64 detectedAt = n.detectedAt.value_or(now);
    if (detectedAt > now)
        return makeError(ErrorCode::InvalidInput,
                         QStringLiteral("detected_at cannot be in the future"));
    if (!n.assignee.trimmed().isEmpty()) {
        if (Result<void> allowed = needsManage(caller, QStringLiteral("assigning an incident"));
            !allowed)
            return allowed.error();
    }
    return m_store.transaction([&]() -> Result<IncidentDetail> {
        QVariant assignee = service::nullableId(0);
        if (!n.assignee.trimmed().isEmpty()) {
            Result<qint64> id = activeUserId(QStringLiteral("assignee"), n.assignee);
            if (!id)
                return id.error();
            assignee = *id;
        }
        Result<Query> inserted = m_store.exec(
            QStringLiteral("INSERT INTO incidents (title, description, severity, category, "
                           "status, detected_at, reported_at, reporter_id, reporter, assignee_id, "
                           "involves_amazon_data) VALUES (?, ?, ?, ?, 'reported', ?, ?, ?, ?, ?, "
                           "?) RETURNING id"),
            {n.title.trimmed(), n.description.trimmed(), n.severity, n.category, detectedAt, now,
             service::nullableId(caller.userId), caller.username, assignee,
             n.involvesAmazonData ? 1 : 0});
        if (!inserted)
            return inserted.error();
        inserted->next();
        const qint64 id = inserted->value(0).toLongLong();
        inserted->finish();
        int position = 0;
        for (const TaskTemplate &t : responsePlanTasks()) {
            if (Result<Query> task = m_store.exec(
                    QStringLiteral("INSERT INTO incident_tasks (incident_id, position, task_key, "
                                   "title) VALUES (?, ?, ?, ?)"),
                    {id, ++position, t.key, t.title});
                !task)
                return task.error();
        }
        const QString summary
            = QStringLiteral("severity=%1 category=%2 amazon_data=%3 detected_at=%4")
                  .arg(n.severity)
                  .arg(n.category,
                       n.involvesAmazonData ? QStringLiteral("true") : QStringLiteral("false"),
                       utc(detectedAt));
        if (Result<void> e = addEvent(id, caller, QStringLiteral("reported"), summary); !e)
            return e.error();
        if (Result<AuditEvent> logged
            = audit::append(m_store,
                            eventBy(caller, QStringLiteral("incident.report"),
                                    QStringLiteral("incident"), QString::number(id), summary));
            !logged)
            return logged.error();
        if (n.involvesAmazonData) {
            Result<Incident> created = find(id);
            if (!created)
                return created.error();
            if (Result<int> told = notifyExecutives(caller, *created); !told)
                return told.error();
        }
        return detail(id);
    });
}

Result<Page<Incident>> Incidents::list(const Caller &caller, const IncidentFilter &filter,
                                       qint64 after, int limit) const
{
    QStringList where;
    QVariantList args;
    if (!canManage(caller)) {
        where << QStringLiteral(
            "(i.reporter_id = ? OR i.assignee_id = ? OR EXISTS (SELECT 1 FROM "
            "incident_executives e WHERE e.incident_id = i.id AND e.user_id = ?))");
        args << caller.userId << caller.userId << caller.userId;
    }
    if (filter.status == QLatin1String("open")) {
        where << QStringLiteral("i.status NOT IN ('resolved', 'closed')");
    } else if (!filter.status.isEmpty()) {
        if (!isIncidentStatus(filter.status))
            return makeError(ErrorCode::InvalidInput,
                             QStringLiteral("\"status\" must be open or one of %1")
                                 .arg(incidentStatuses().join(QStringLiteral(", "))));
        where << QStringLiteral("i.status = ?");
        args << filter.status;
    }
    if (filter.involvesAmazonData) {
        where << QStringLiteral("i.involves_amazon_data = ?");
        args << (*filter.involvesAmazonData ? 1 : 0);
    }
    if (after > 0) {
        where << QStringLiteral("i.id < ?");
        args << after;
    }
    args << limit + 1;
    const QString sql = kSelect
        + (where.isEmpty() ? QString()
                           : QStringLiteral("WHERE ") + where.join(QStringLiteral(" AND ")))
        + QStringLiteral(" ORDER BY i.id DESC LIMIT ?");
    return service::readPage<Incident>(m_store.exec(sql, args), limit, fromRow);
}

Result<IncidentDetail> Incidents::incident(const Caller &caller, qint64 id) const
{
    Result<Incident> i = find(id);
    if (!i)
        return i.error();
    Result<bool> visible = canSee(caller, *i);
    if (!visible)
        return visible.error();
    if (!*visible)
        return noSuchIncident(id);
    return detail(id);
}

Result<IncidentDetail> Incidents::update(const Caller &caller, qint64 id, const IncidentChanges &c)
{
    if (Result<void> allowed = needsManage(caller, QStringLiteral("changing an incident"));
        !allowed)
        return allowed.error();
    if (c.title)
        if (Result<void> v = checkText(QStringLiteral("title"), *c.title, true, kMaxTitle); !v)
            return v.error();
    if (c.description)
        if (Result<void> v
            = checkText(QStringLiteral("description"), *c.description, false, kMaxText);
            !v)
            return v.error();
    if (c.severity)
        if (Result<void> v = checkSeverity(*c.severity); !v)
            return v.error();
    if (c.category)
        if (Result<void> v = checkCategory(*c.category); !v)
            return v.error();
    if (c.amazonReference)
        if (Result<void> v
            = checkText(QStringLiteral("amazon_reference"), *c.amazonReference, false, kMaxTitle);
            !v)
            return v.error();
    if (Result<void> v = checkText(QStringLiteral("reason"), c.reason, false, kMaxText); !v)
        return v.error();
    const qint64 now = m_store.clock().nowMs();
    return m_store.transaction([&]() -> Result<IncidentDetail> {
        Result<Incident> before = find(id);
        if (!before)
            return before.error();
        QStringList sets;
        QVariantList args;
        QStringList changed;
        const auto set = [&](const QString &column, const QVariant &value, const QString &what) {
            sets << column + QStringLiteral(" = ?");
            args << value;
            changed << what;
        };
        if (c.title && c.title->trimmed() != before->title)
            set(QStringLiteral("title"), c.title->trimmed(),
                QStringLiteral("title=%1").arg(c.title->trimmed()));
        if (c.description && c.description->trimmed() != before->description)
            set(QStringLiteral("description"), c.description->trimmed(),
                QStringLiteral("description"));
        if (c.severity && *c.severity != before->severity)
            set(QStringLiteral("severity"), *c.severity,
                QStringLiteral("severity=%1").arg(*c.severity));
        if (c.category && *c.category != before->category)
            set(QStringLiteral("category"), *c.category,
                QStringLiteral("category=%1").arg(*c.category));
        if (c.assignee) {
            if (c.assignee->trimmed().isEmpty()) {
                if (before->assigneeId != 0)
                    set(QStringLiteral("assignee_id"), service::nullableId(0),
                        QStringLiteral("assignee=none"));
            } else {
                Result<qint64> userId = activeUserId(QStringLiteral("assignee"), *c.assignee);
                if (!userId)
                    return userId.error();
                if (*userId != before->assigneeId)
                    set(QStringLiteral("assignee_id"), *userId,
                        QStringLiteral("assignee=%1").arg(c.assignee->trimmed()));
            }
        }
        bool flagged = false;
        if (c.involvesAmazonData && *c.involvesAmazonData != before->involvesAmazonData) {
            if (!*c.involvesAmazonData)
                return makeError(ErrorCode::Conflict,
                                 QStringLiteral("the Amazon data flag cannot be cleared once set: "
                                                "add a note to the timeline saying why it was a "
                                                "false alarm"));
            set(QStringLiteral("involves_amazon_data"), 1, QStringLiteral("amazon_data=true"));
            flagged = true;
        }
        if (c.amazonNotifiedAt && before->amazonNotifiedAt != c.amazonNotifiedAt) {
            if (*c.amazonNotifiedAt > now)
                return makeError(ErrorCode::InvalidInput,
                                 QStringLiteral("amazon_notified_at cannot be in the future"));
            set(QStringLiteral("amazon_notified_at"), *c.amazonNotifiedAt,
                QStringLiteral("amazon_notified_at=%1").arg(utc(*c.amazonNotifiedAt)));
        }
        if (c.amazonReference && c.amazonReference->trimmed() != before->amazonReference)
            set(QStringLiteral("amazon_reference"), c.amazonReference->trimmed(),
                QStringLiteral("amazon_reference=%1").arg(c.amazonReference->trimmed()));
        QString statusChange;
        if (c.status && *c.status != before->status) {
            if (const std::optional<QString> refused
                = transitionRefusal(before->status, *c.status, c.reason))
                return makeError(ErrorCode::Conflict, *refused);
            if (isReopen(before->status, *c.status)) {
                // Reopened: the later milestones no longer hold.
                sets << QStringLiteral("resolved_at = ?") << QStringLiteral("closed_at = ?");
                args << service::nullableId(0) << service::nullableId(0);
                statusChange = QStringLiteral("reopened %1 → %2").arg(before->status, *c.status);
            } else {
                sets << QLatin1String(statusColumn(*c.status)) + QStringLiteral(" = ?");
                args << now;
                statusChange = QStringLiteral("%1 → %2").arg(before->status, *c.status);
            }
            set(QStringLiteral("status"), *c.status, QStringLiteral("status=%1").arg(*c.status));
        }
        if (sets.isEmpty())
            return detail(id);
        args << id;
        if (Result<Query> updated
            = m_store.exec(QStringLiteral("UPDATE incidents SET %1 WHERE id = ?")
                               .arg(sets.join(QStringLiteral(", "))),
                           args);
            !updated)
            return updated.error();
        const QString what = changed.join(QLatin1Char(' '));
        if (!statusChange.isEmpty()) {
            QString text = statusChange;
            if (!c.reason.trimmed().isEmpty())
                text += QStringLiteral(": ") + c.reason.trimmed();
            if (Result<void> e = addEvent(id, caller, QStringLiteral("status"), text); !e)
                return e.error();
            if (*c.status == QLatin1String("contained"))
                if (Result<void> done
                    = completeTask(id, QStringLiteral("contain"), caller.username);
                    !done)
                    return done.error();
        }
        QStringList others = changed;
        others.removeIf([](const QString &s) { return s.startsWith(QStringLiteral("status=")); });
        if (!others.isEmpty())
            if (Result<void> e
                = addEvent(id, caller, QStringLiteral("update"), others.join(QStringLiteral("; ")));
                !e)
                return e.error();
        if (c.amazonNotifiedAt)
            if (Result<void> done
                = completeTask(id, QStringLiteral("notify_amazon"), caller.username);
                !done)
                return done.error();
        if (Result<AuditEvent> logged = audit::append(
                m_store,
                eventBy(caller, QStringLiteral("incident.update"), QStringLiteral("incident"),
                        QString::number(id), what, c.reason.trimmed()));
            !logged)
            return logged.error();
        if (flagged) {
            Result<Incident> after = find(id);
            if (!after)
                return after.error();
            if (Result<int> told = notifyExecutives(caller, *after); !told)
                return told.error();
        }
        return detail(id);
    });
}

Result<IncidentDetail> Incidents::addNote(const Caller &caller, qint64 id, const QString &note)
{
    if (Result<void> allowed = needsManage(caller, QStringLiteral("adding to the timeline"));
        !allowed)
        return allowed.error();
    if (Result<void> v = checkText(QStringLiteral("note"), note, true, kMaxText); !v)
        return v.error();
    return m_store.transaction([&]() -> Result<IncidentDetail> {
        if (Result<Incident> i = find(id); !i)
            return i.error();
        if (Result<void> e = addEvent(id, caller, QStringLiteral("note"), note.trimmed()); !e)
            return e.error();
        if (Result<AuditEvent> logged
            = audit::append(m_store,
                            eventBy(caller, QStringLiteral("incident.note"),
                                    QStringLiteral("incident"), QString::number(id),
                                    QStringLiteral("length=%1").arg(note.trimmed().size())));
            !logged)
            return logged.error();
        return detail(id);
    });
}

Result<IncidentDetail> Incidents::updateTask(const Caller &caller, qint64 id, const QString &key,
                                             std::optional<bool> done, std::optional<QString> owner)
{
    if (Result<void> allowed = needsManage(caller, QStringLiteral("updating the checklist"));
        !allowed)
        return allowed.error();
    const auto known = std::find_if(responsePlanTasks().begin(), responsePlanTasks().end(),
                                    [&](const TaskTemplate &t) { return t.key == key; });
    if (known == responsePlanTasks().end()) {
        QStringList keys;
        for (const TaskTemplate &t : responsePlanTasks())
            keys << t.key;
        return makeError(ErrorCode::InvalidInput,
                         QStringLiteral("task \"%1\" is not one of %2")
                             .arg(key, keys.join(QStringLiteral(", "))));
    }
    if (!done && !owner)
        return makeError(
            ErrorCode::InvalidInput,
            QStringLiteral("say whether the task is \"done\" or who its \"owner\" is"));
    return m_store.transaction([&]() -> Result<IncidentDetail> {
        if (Result<Incident> i = find(id); !i)
            return i.error();
        QStringList what;
        if (owner) {
            QVariant ownerId = service::nullableId(0);
            if (!owner->trimmed().isEmpty()) {
                Result<qint64> userId = activeUserId(QStringLiteral("owner"), *owner);
                if (!userId)
                    return userId.error();
                ownerId = *userId;
            }
            if (Result<Query> q = m_store.exec(
                    QStringLiteral("UPDATE incident_tasks SET owner_id = ? WHERE incident_id = ? "
                                   "AND task_key = ?"),
                    {ownerId, id, key});
                !q)
                return q.error();
            what << QStringLiteral("owner=%1")
                        .arg(owner->trimmed().isEmpty() ? QStringLiteral("none")
                                                        : owner->trimmed());
        }
        if (done) {
            if (Result<Query> q = m_store.exec(
                    QStringLiteral("UPDATE incident_tasks SET done_at = ?, done_by = ? WHERE "
                                   "incident_id = ? AND task_key = ?"),
                    {*done ? QVariant(m_store.clock().nowMs()) : service::nullableId(0),
                     *done ? QVariant(caller.username) : QVariant(QMetaType::fromType<QString>()),
                     id, key});
                !q)
                return q.error();
            what << (*done ? QStringLiteral("done") : QStringLiteral("not done"));
        }
        const QString detailText
            = QStringLiteral("%1: %2").arg(known->title, what.join(QStringLiteral(", ")));
        if (Result<void> e = addEvent(id, caller, QStringLiteral("task"), detailText); !e)
            return e.error();
        if (Result<AuditEvent> logged = audit::append(
                m_store,
                eventBy(caller, QStringLiteral("incident.task"), QStringLiteral("incident"),
                        QString::number(id),
                        QStringLiteral("task=%1 %2").arg(key, what.join(QLatin1Char(' ')))));
            !logged)
            return logged.error();
        return detail(id);
    });
}

Result<IncidentDetail> Incidents::acknowledge(const Caller &caller, qint64 id)
{
    return m_store.transaction([&]() -> Result<IncidentDetail> {
        Result<Incident> incident = find(id);
        if (!incident)
            return incident.error();
        Result<Query> q = m_store.exec(
            QStringLiteral("SELECT acknowledged_at FROM incident_executives WHERE incident_id = ? "
                           "AND user_id = ?"),
            {id, caller.userId});
        if (!q)
            return q.error();
        if (!q->next()) {
            q->finish();
            Result<bool> visible = canSee(caller, *incident);
            if (!visible)
                return visible.error();
            if (!*visible)
                return noSuchIncident(id);
            return makeError(ErrorCode::Forbidden,
                             QStringLiteral("only the executives notified of incident %1 "
                                            "acknowledge it, and you were not")
                                 .arg(id));
        }
        if (!q->value(0).isNull())
            return makeError(ErrorCode::Conflict,
                             QStringLiteral("you acknowledged incident %1 on %2")
                                 .arg(id)
                                 .arg(utc(q->value(0).toLongLong())));
        q->finish();
        if (Result<Query> updated = m_store.exec(
                QStringLiteral("UPDATE incident_executives SET acknowledged_at = ? WHERE "
                               "incident_id = ? AND user_id = ?"),
                {m_store.clock().nowMs(), id, caller.userId});
            !updated)
            return updated.error();
        if (Result<void> e = addEvent(
                id, caller, QStringLiteral("acknowledged"),
                QStringLiteral("%1 acknowledged the breach notification").arg(caller.username));
            !e)
            return e.error();
        if (Result<AuditEvent> logged
            = audit::append(m_store,
                            eventBy(caller, QStringLiteral("incident.acknowledge"),
                                    QStringLiteral("incident"), QString::number(id)));
            !logged)
            return logged.error();
        return detail(id);
    });
}

Result<int> Incidents::flagOverdueClocks()
{
    const qint64 now = m_store.clock().nowMs();
    return m_store.transaction([&]() -> Result<int> {
        Result<Query> q = m_store.exec(
            kSelect + QStringLiteral("WHERE i.status NOT IN ('resolved', 'closed') ORDER BY i.id"));
        if (!q)
            return q.error();
        QList<Incident> open;
        while (q->next())
            open.append(fromRow(*q));
        q->finish();
        // The incident response team: every active holder of incidents:manage.
        Result<Query> users
            = m_store.exec(QStringLiteral("SELECT id, roles FROM users WHERE status = 'active'"));
        if (!users)
            return users.error();
        QList<qint64> managers;
        while (users->next()) {
            if (permissionsForRoles(
                    users->value(1).toString().split(QLatin1Char(','), Qt::SkipEmptyParts))
                    .contains(Permission::IncidentsManage))
                managers << users->value(0).toLongLong();
        }
        users->finish();
        int flagged = 0;
        QStringList which;
        for (const Incident &incident : std::as_const(open)) {
            for (const IncidentClock &clock : incidentClocks(incident.times(), m_store.policy())) {
                if (!clock.overdue(now))
                    continue;
                Result<Query> inserted = m_store.exec(
                    QStringLiteral("INSERT INTO incident_clock_flags (incident_id, clock, "
                                   "flagged_at) VALUES (?, ?, ?) ON CONFLICT DO NOTHING"),
                    {incident.id, clock.name, now});
                if (!inserted)
                    return inserted.error();
                if (inserted->numRowsAffected() <= 0)
                    continue;
                inserted->finish();
                ++flagged;
                which << QStringLiteral("%1:%2").arg(incident.id).arg(clock.name);
                const QString what = clock.name == QLatin1String("amazon_notification")
                    ? QStringLiteral("Amazon has not been notified")
                    : clock.name == QLatin1String("triage")
                    ? QStringLiteral("triage is overdue")
                    : QStringLiteral("containment is overdue");
                if (Result<void> e
                    = addEvent(incident.id, systemCaller(), QStringLiteral("clock_overdue"),
                               QStringLiteral("%1 (due %2)").arg(what, utc(clock.dueAt)));
                    !e)
                    return e.error();
                QList<qint64> recipients = managers;
                if (incident.assigneeId != 0 && !recipients.contains(incident.assigneeId))
                    recipients << incident.assigneeId;
                for (qint64 userId : std::as_const(recipients)) {
                    if (Result<void> sent
                        = notify(userId, incident, QStringLiteral("incident_clock"), clock.name,
                                 QStringLiteral("Incident #%1: %2").arg(incident.id).arg(what),
                                 QStringLiteral("\"%1\": %2; it was due %3.")
                                     .arg(incident.title, what, utc(clock.dueAt)));
                        !sent)
                        return sent.error();
                }
            }
        }
        if (flagged > 0) {
            AuditEvent e;
            e.actor = QStringLiteral("system");
            e.action = QStringLiteral("incident.clock_overdue");
            e.objectType = QStringLiteral("incident");
            e.detail = QStringLiteral("flagged=%1 clocks=%2")
                           .arg(flagged)
                           .arg(which.mid(0, 50).join(QLatin1Char(',')));
            if (Result<AuditEvent> logged = audit::append(m_store, e); !logged)
                return logged.error();
        }
        return flagged;
    });
}

} // namespace cc
