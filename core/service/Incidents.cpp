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

// An incident with its people and how many executives were told and acknowledged; a query
// appends its WHERE clause.
struct IncidentRow
{
    enum Column {
        Id,
        Title,
        Description,
        Severity,
        Category,
        Status,
        DetectedAt,
        ReportedAt,
        Reporter,
        ReporterName,
        AssigneeId,
        Assignee,
        AssigneeName,
        InvolvesAmazonData,
        TriagedAt,
        ContainedAt,
        ResolvedAt,
        ClosedAt,
        AmazonNotifiedAt,
        AmazonReference,
        ExecutivesNotified,
        ExecutivesAcknowledged,
        ColumnCount
    };
    static constexpr rows::Columns<ColumnCount> columns {{
        {Id, "i.id"},
        {Title, "i.title"},
        {Description, "i.description"},
        {Severity, "i.severity"},
        {Category, "i.category"},
        {Status, "i.status"},
        {DetectedAt, "i.detected_at"},
        {ReportedAt, "i.reported_at"},
        {Reporter, "i.reporter"},
        {ReporterName, "r.display_name"},
        {AssigneeId, "i.assignee_id"},
        {Assignee, "a.username"},
        {AssigneeName, "a.display_name"},
        {InvolvesAmazonData, "i.involves_amazon_data"},
        {TriagedAt, "i.triaged_at"},
        {ContainedAt, "i.contained_at"},
        {ResolvedAt, "i.resolved_at"},
        {ClosedAt, "i.closed_at"},
        {AmazonNotifiedAt, "i.amazon_notified_at"},
        {AmazonReference, "i.amazon_reference"},
        {ExecutivesNotified,
         "(SELECT COUNT(*) FROM incident_executives e WHERE e.incident_id = i.id)"},
        {ExecutivesAcknowledged,
         "(SELECT COUNT(*) FROM incident_executives e WHERE e.incident_id = i.id "
         "AND e.acknowledged_at IS NOT NULL)"},
    }};
    static_assert(rows::inOrder(columns));
    static inline const QString select
        = rows::select(columns,
                       "FROM incidents i LEFT JOIN users r ON r.id = i.reporter_id "
                       "LEFT JOIN users a ON a.id = i.assignee_id ");

    static Incident read(const Query &q)
    {
        Incident i;
        i.id = q.value(Id).toLongLong();
        i.title = q.value(Title).toString();
        i.description = q.value(Description).toString();
        i.severity = q.value(Severity).toInt();
        i.category = q.value(Category).toString();
        i.status = q.value(Status).toString();
        i.detectedAt = q.value(DetectedAt).toLongLong();
        i.reportedAt = q.value(ReportedAt).toLongLong();
        i.reporter = q.value(Reporter).toString();
        i.reporterName
            = q.value(ReporterName).isNull() ? i.reporter : q.value(ReporterName).toString();
        i.assigneeId = q.value(AssigneeId).isNull() ? 0 : q.value(AssigneeId).toLongLong();
        i.assignee = q.value(Assignee).toString();
        i.assigneeName = q.value(AssigneeName).toString();
        i.involvesAmazonData = q.value(InvolvesAmazonData).toInt() != 0;
        i.triagedAt = service::optionalTime(q.value(TriagedAt));
        i.containedAt = service::optionalTime(q.value(ContainedAt));
        i.resolvedAt = service::optionalTime(q.value(ResolvedAt));
        i.closedAt = service::optionalTime(q.value(ClosedAt));
        i.amazonNotifiedAt = service::optionalTime(q.value(AmazonNotifiedAt));
        i.amazonReference = q.value(AmazonReference).toString();
        i.executivesNotified = q.value(ExecutivesNotified).toInt();
        i.executivesAcknowledged = q.value(ExecutivesAcknowledged).toInt();
        return i;
    }
};

struct IncidentEventRow
{
    enum Column { Id, At, Actor, Kind, Detail, ColumnCount };
    static constexpr rows::Columns<ColumnCount> columns {{
        {Id, "id"},
        {At, "at"},
        {Actor, "actor"},
        {Kind, "kind"},
        {Detail, "detail"},
    }};
    static_assert(rows::inOrder(columns));
    static inline const QString select
        = rows::select(columns, "FROM incident_events WHERE incident_id = ? ORDER BY id");

    static IncidentEvent read(const Query &q)
    {
        return {q.value(Id).toLongLong(), q.value(At).toLongLong(), q.value(Actor).toString(),
                q.value(Kind).toString(), q.value(Detail).toString()};
    }
};

struct IncidentTaskRow
{
    enum Column { Key, Title, Owner, DoneAt, DoneBy, ColumnCount };
    static constexpr rows::Columns<ColumnCount> columns {{
        {Key, "t.task_key"},
        {Title, "t.title"},
        {Owner, "u.username"},
        {DoneAt, "t.done_at"},
        {DoneBy, "t.done_by"},
    }};
    static_assert(rows::inOrder(columns));
    static inline const QString select
        = rows::select(columns,
                       "FROM incident_tasks t LEFT JOIN users u ON u.id = t.owner_id "
                       "WHERE t.incident_id = ? ORDER BY t.position");

    static IncidentTask read(const Query &q)
    {
        return {q.value(Key).toString(), q.value(Title).toString(), q.value(Owner).toString(),
                service::optionalTime(q.value(DoneAt)), q.value(DoneBy).toString()};
    }
};

// An executive told of the incident, with the state of the e-mail to them.
struct ExecutiveNoticeRow
{
    enum Column {
        UserId,
        Username,
        DisplayName,
        Title,
        NotifiedAt,
        AcknowledgedAt,
        EmailId,
        EmailAttempts,
        EmailSentAt,
        EmailError,
        ColumnCount
    };
    static constexpr rows::Columns<ColumnCount> columns {{
        {UserId, "e.user_id"},
        {Username, "u.username"},
        {DisplayName, "u.display_name"},
        {Title, "u.title"},
        {NotifiedAt, "e.notified_at"},
        {AcknowledgedAt, "e.acknowledged_at"},
        {EmailId, "o.id"},
        {EmailAttempts, "o.attempts"},
        {EmailSentAt, "o.sent_at"},
        {EmailError, "o.last_error"},
    }};
    static_assert(rows::inOrder(columns));
    static inline const QString select = rows::select(
        columns,
        "FROM incident_executives e JOIN users u ON u.id = e.user_id "
        "LEFT JOIN mail_outbox o ON o.incident_id = e.incident_id AND o.user_id = e.user_id "
        "WHERE e.incident_id = ? ORDER BY e.id");

    static ExecutiveNotice read(const Query &q)
    {
        ExecutiveNotice n;
        n.userId = q.value(UserId).toLongLong();
        n.username = q.value(Username).toString();
        n.displayName = q.value(DisplayName).toString();
        n.title = q.value(Title).toString();
        n.notifiedAt = q.value(NotifiedAt).toLongLong();
        n.acknowledgedAt = service::optionalTime(q.value(AcknowledgedAt));
        if (!q.value(EmailId).isNull()) {
            n.emailAttempts = q.value(EmailAttempts).toInt();
            n.emailSentAt = service::optionalTime(q.value(EmailSentAt));
            n.emailError = q.value(EmailError).toString();
            n.emailStatus = n.emailSentAt ? QStringLiteral("sent")
                : n.emailAttempts > 0     ? QStringLiteral("failing")
                                          : QStringLiteral("pending");
        }
        return n;
    }
};

// The active holders of the designations a breach is reported to (domain/Roles.h).
struct DesignatedRow
{
    enum Column { Designation, Id, Username, Email, ColumnCount };
    static constexpr rows::Columns<ColumnCount> columns {{
        {Designation, "d.designation"},
        {Id, "u.id"},
        {Username, "u.username"},
        {Email, "u.email"},
    }};
    static_assert(rows::inOrder(columns));
    static inline const QString select
        = rows::select(columns,
                       "FROM user_designations d JOIN users u ON u.id = d.user_id "
                       "WHERE u.status = 'active'");
};

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

Result<void> checkChanges(const IncidentChanges &c)
{
    if (c.title)
        if (Result<void> v = checkText(QStringLiteral("title"), *c.title, true, kMaxTitle); !v)
            return v;
    if (c.description)
        if (Result<void> v
            = checkText(QStringLiteral("description"), *c.description, false, kMaxText);
            !v)
            return v;
    if (c.severity)
        if (Result<void> v = checkSeverity(*c.severity); !v)
            return v;
    if (c.category)
        if (Result<void> v = checkCategory(*c.category); !v)
            return v;
    if (c.amazonReference)
        if (Result<void> v
            = checkText(QStringLiteral("amazon_reference"), *c.amazonReference, false, kMaxTitle);
            !v)
            return v;
    if (c.closeOverrideReason) {
        if (c.status != QLatin1String("closed"))
            return makeError(ErrorCode::InvalidInput,
                             QStringLiteral("close_override_reason only goes with \"status\": "
                                            "\"closed\""));
        if (Result<void> v = checkText(QStringLiteral("close_override_reason"),
                                       *c.closeOverrideReason, true, kMaxText);
            !v)
            return v;
    }
    return checkText(QStringLiteral("reason"), c.reason, false, kMaxText);
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
    Result<Query> q = m_store.exec(IncidentRow::select + QStringLiteral("WHERE i.id = ?"), {id});
    if (!q)
        return q.error();
    if (!q->next())
        return noSuchIncident(id);
    return IncidentRow::read(*q);
}

Result<IncidentDetail> Incidents::detail(qint64 id) const
{
    Result<Incident> incident = find(id);
    if (!incident)
        return incident.error();
    IncidentDetail d;
    d.incident = incident.value();
    Result<QList<IncidentEvent>> timeline = rows::readAll<IncidentEvent>(
        m_store.exec(IncidentEventRow::select, {id}), IncidentEventRow::read);
    if (!timeline)
        return timeline.error();
    d.timeline = *timeline;
    Result<QList<IncidentTask>> tasks = rows::readAll<IncidentTask>(
        m_store.exec(IncidentTaskRow::select, {id}), IncidentTaskRow::read);
    if (!tasks)
        return tasks.error();
    d.tasks = *tasks;
    Result<QList<ExecutiveNotice>> executives = rows::readAll<ExecutiveNotice>(
        m_store.exec(ExecutiveNoticeRow::select, {id}), ExecutiveNoticeRow::read);
    if (!executives)
        return executives.error();
    d.executives = *executives;
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
    return service::activeUserId(m_store, field, username);
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

// Inside the caller's transaction: the designated people in breachNoticeOrder() (the IMPOC,
// the deputy, then the CTO and the CEO), each once, under the first designation of theirs in
// that order. Offboarded ones hold no designation.
Result<QList<Incidents::Executive>> Incidents::breachRecipients() const
{
    Result<Query> q = m_store.exec(DesignatedRow::select);
    if (!q)
        return q.error();
    QList<Executive> designated;
    while (q->next())
        designated.append({q->value(DesignatedRow::Id).toLongLong(),
                           q->value(DesignatedRow::Username).toString(),
                           q->value(DesignatedRow::Email).toString(),
                           q->value(DesignatedRow::Designation).toString()});
    q->finish();
    QList<Executive> recipients;
    for (const QString &designation : breachNoticeOrder()) {
        for (const Executive &e : std::as_const(designated)) {
            if (e.designation != designation)
                continue;
            const bool already
                = std::any_of(recipients.begin(), recipients.end(),
                              [&](const Executive &r) { return r.userId == e.userId; });
            if (!already)
                recipients << e;
        }
    }
    return recipients;
}

// Inside the caller's transaction. People already told of this incident are not told again.
// Audited every time (incident.notify_executives, with incident_contacts= first): with no
// incident contact designated, monitoring raises no_incident_contact from that event.
Result<int> Incidents::notifyExecutives(const Caller &actor, const Incident &incident)
{
    Result<QList<Executive>> recipients = breachRecipients();
    if (!recipients)
        return recipients.error();
    const qint64 now = m_store.clock().nowMs();
    QStringList told;
    QStringList contacts;
    // One by one in breachNoticeOrder(), inside this transaction: the IMPOC's and the deputy's
    // inbox rows and e-mails come before the CTO's and the CEO's, and the outbox sends in the
    // order of its ids.
    for (const Executive &executive : std::as_const(*recipients)) {
        if (isIncidentContact(executive.designation))
            contacts << executive.username;
        Result<bool> newly = tellExecutive(incident, executive, now);
        if (!newly)
            return newly.error();
        if (*newly)
            told << executive.username;
    }
    if (!told.isEmpty()) {
        const QString detail = QStringLiteral("notified %1").arg(told.join(QStringLiteral(", ")));
        if (Result<void> e
            = addEvent(incident.id, systemCaller(), QStringLiteral("executives_notified"), detail);
            !e)
            return e.error();
        if (Result<void> done = completeTask(incident.id, QStringLiteral("notify_executives"),
                                             QStringLiteral("system"));
            !done)
            return done.error();
    }
    if (contacts.isEmpty())
        if (Result<void> e
            = addEvent(incident.id, systemCaller(), QStringLiteral("no_incident_contact"),
                       QStringLiteral("no incident contact is designated: "
                                      "designate one on the Users page"));
            !e)
            return e.error();
    if (Result<AuditEvent> logged = audit::append(
            m_store,
            eventBy(actor, QStringLiteral("incident.notify_executives"), QStringLiteral("incident"),
                    QString::number(incident.id),
                    QStringLiteral("incident_contacts=%1 executives=%2")
                        .arg(contacts.join(QLatin1Char(',')), told.join(QLatin1Char(',')))));
        !logged)
        return logged.error();
    return int(told.size());
}

Result<bool> Incidents::tellExecutive(const Incident &incident, const Executive &executive,
                                      qint64 now)
{
    Result<Query> inserted = m_store.exec(
        QStringLiteral("INSERT INTO incident_executives (incident_id, user_id, notified_at, "
                       "designation) VALUES (?, ?, ?, ?) ON CONFLICT DO NOTHING"),
        {incident.id, executive.userId, now, executive.designation});
    if (!inserted)
        return inserted.error();
    if (inserted->numRowsAffected() <= 0)
        return false;
    inserted->finish();
    const qint64 due = incidentClocks(incident.times(), m_store.policy()).first().dueAt;
    const QString title
        = QStringLiteral("Data breach involving Amazon data: %1").arg(incident.title);
    const QString body = QStringLiteral("Incident #%1 (severity %2) involves Amazon data. It was "
                                        "detected %3; Amazon must be notified by %4. Open the "
                                        "Incidents page to acknowledge.")
                             .arg(incident.id)
                             .arg(incident.severity)
                             .arg(utc(incident.detectedAt), utc(due));
    if (Result<void> sent = notify(executive.userId, incident, QStringLiteral("incident_breach"),
                                   QStringLiteral("breach"), title, body);
        !sent)
        return sent.error();
    // The e-mail goes out from the outbox job (when SMTP is configured), outside this
    // transaction: a slow relay never holds up the report.
    if (Result<bool> queued = Outbox(m_store).enqueue(
            {QStringLiteral("incident_breach"),
             QStringLiteral("incident:%1:user:%2").arg(incident.id).arg(executive.userId),
             executive.userId,
             incident.id,
             executive.email,
             title,
             body,
             {}});
        !queued)
        return queued.error();
    return true;
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
        Result<qint64> inserted = rows::insertedId(m_store.exec(
            QStringLiteral("INSERT INTO incidents (title, description, severity, category, "
                           "status, detected_at, reported_at, reporter_id, reporter, assignee_id, "
                           "involves_amazon_data) VALUES (?, ?, ?, ?, 'reported', ?, ?, ?, ?, ?, "
                           "?) RETURNING id"),
            {n.title.trimmed(), n.description.trimmed(), n.severity, n.category, detectedAt, now,
             service::nullableId(caller.userId), caller.username, assignee,
             n.involvesAmazonData ? 1 : 0}));
        if (!inserted)
            return inserted.error();
        const qint64 id = *inserted;
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
    const QString sql = IncidentRow::select
        + (where.isEmpty() ? QString()
                           : QStringLiteral("WHERE ") + where.join(QStringLiteral(" AND ")))
        + QStringLiteral(" ORDER BY i.id DESC LIMIT ?");
    return service::readPage<Incident>(m_store.exec(sql, args), limit, IncidentRow::read);
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

// What an update changes, and how the timeline words a change of status.
struct Incidents::Update
{
    service::Changes columns;
    QString statusChange; // "triaged → contained", or empty
    bool flagged = false; // Amazon data involved from now on: the executives must be told
    QStringList overriddenTasks; // closed with these response-plan tasks open (an override)
};

// Closing needs every response-plan task done, or an override with its reason; returns the
// tasks the override leaves open.
Result<QStringList> Incidents::closingObstacles(qint64 id, const IncidentChanges &c) const
{
    Result<QVariantList> open = rows::column(m_store.exec(
        QStringLiteral("SELECT task_key FROM incident_tasks WHERE incident_id = ? AND done_at IS "
                       "NULL ORDER BY position"),
        {id}));
    if (!open)
        return open.error();
    QStringList keys;
    for (const QVariant &key : std::as_const(*open))
        keys << key.toString();
    if (keys.isEmpty())
        return keys;
    if (!c.closeOverrideReason)
        return makeError(ErrorCode::Conflict,
                         QStringLiteral("incident %1 cannot be closed while response-plan tasks "
                                        "are open: %2; mark them done, or close with a "
                                        "close_override_reason")
                             .arg(id)
                             .arg(keys.join(QStringLiteral(", "))));
    const int minimum = m_store.policy().minReasonLength;
    if (c.closeOverrideReason->trimmed().size() < minimum)
        return makeError(ErrorCode::InvalidInput,
                         QStringLiteral("close_override_reason must be at least %1 characters: "
                                        "say why the open tasks (%2) are not needed")
                             .arg(minimum)
                             .arg(keys.join(QStringLiteral(", "))));
    return keys;
}

Result<IncidentDetail> Incidents::update(const Caller &caller, qint64 id, const IncidentChanges &c)
{
    if (Result<void> allowed = needsManage(caller, QStringLiteral("changing an incident"));
        !allowed)
        return allowed.error();
    if (Result<void> valid = checkChanges(c); !valid)
        return valid.error();
    const qint64 now = m_store.clock().nowMs();
    return m_store.transaction([&]() -> Result<IncidentDetail> {
        Result<Incident> before = find(id);
        if (!before)
            return before.error();
        Result<Update> u = changesTo(*before, c, now);
        if (!u)
            return u.error();
        if (u->columns.isEmpty())
            return detail(id);
        if (Result<void> applied = apply(caller, id, *u, c); !applied)
            return applied.error();
        if (u->flagged) {
            Result<Incident> after = find(id);
            if (!after)
                return after.error();
            if (Result<int> told = notifyExecutives(caller, *after); !told)
                return told.error();
        }
        return detail(id);
    });
}

Result<Incidents::Update> Incidents::changesTo(const Incident &before, const IncidentChanges &c,
                                               qint64 now) const
{
    Update u;
    if (c.title && c.title->trimmed() != before.title)
        u.columns.set(QStringLiteral("title"), c.title->trimmed(),
                      QStringLiteral("title=%1").arg(c.title->trimmed()));
    if (c.description && c.description->trimmed() != before.description)
        u.columns.set(QStringLiteral("description"), c.description->trimmed(),
                      QStringLiteral("description"));
    if (c.severity && *c.severity != before.severity)
        u.columns.set(QStringLiteral("severity"), *c.severity,
                      QStringLiteral("severity=%1").arg(*c.severity));
    if (c.category && *c.category != before.category)
        u.columns.set(QStringLiteral("category"), *c.category,
                      QStringLiteral("category=%1").arg(*c.category));
    if (c.assignee) {
        if (c.assignee->trimmed().isEmpty()) {
            if (before.assigneeId != 0)
                u.columns.set(QStringLiteral("assignee_id"), service::nullableId(0),
                              QStringLiteral("assignee=none"));
        } else {
            Result<qint64> userId = activeUserId(QStringLiteral("assignee"), *c.assignee);
            if (!userId)
                return userId.error();
            if (*userId != before.assigneeId)
                u.columns.set(QStringLiteral("assignee_id"), *userId,
                              QStringLiteral("assignee=%1").arg(c.assignee->trimmed()));
        }
    }
    if (c.involvesAmazonData && *c.involvesAmazonData != before.involvesAmazonData) {
        if (!*c.involvesAmazonData)
            return makeError(ErrorCode::Conflict,
                             QStringLiteral("the Amazon data flag cannot be cleared once set: "
                                            "add a note to the timeline saying why it was a "
                                            "false alarm"));
        u.columns.set(QStringLiteral("involves_amazon_data"), 1,
                      QStringLiteral("amazon_data=true"));
        u.flagged = true;
    }
    if (c.amazonNotifiedAt && before.amazonNotifiedAt != c.amazonNotifiedAt) {
        if (*c.amazonNotifiedAt > now)
            return makeError(ErrorCode::InvalidInput,
                             QStringLiteral("amazon_notified_at cannot be in the future"));
        u.columns.set(QStringLiteral("amazon_notified_at"), *c.amazonNotifiedAt,
                      QStringLiteral("amazon_notified_at=%1").arg(utc(*c.amazonNotifiedAt)));
    }
    if (c.amazonReference && c.amazonReference->trimmed() != before.amazonReference)
        u.columns.set(QStringLiteral("amazon_reference"), c.amazonReference->trimmed(),
                      QStringLiteral("amazon_reference=%1").arg(c.amazonReference->trimmed()));
    if (c.status && *c.status != before.status) {
        if (const std::optional<QString> refused
            = transitionRefusal(before.status, *c.status, c.reason))
            return makeError(ErrorCode::Conflict, *refused);
        if (isReopen(before.status, *c.status)) {
            // Reopened: the later milestones no longer hold.
            u.columns.also(QStringLiteral("resolved_at"), service::nullableId(0));
            u.columns.also(QStringLiteral("closed_at"), service::nullableId(0));
            u.statusChange = QStringLiteral("reopened %1 → %2").arg(before.status, *c.status);
        } else {
            if (*c.status == QLatin1String("closed")) {
                Result<QStringList> open = closingObstacles(before.id, c);
                if (!open)
                    return open.error();
                u.overriddenTasks = *open;
            }
            u.columns.also(QLatin1String(statusColumn(*c.status)), now);
            u.statusChange = QStringLiteral("%1 → %2").arg(before.status, *c.status);
        }
        u.columns.set(QStringLiteral("status"), *c.status,
                      QStringLiteral("status=%1").arg(*c.status));
    }
    return u;
}

Result<void> Incidents::apply(const Caller &caller, qint64 id, const Update &u,
                              const IncidentChanges &c)
{
    if (Result<Query> updated
        = m_store.exec(u.columns.update(QStringLiteral("incidents")), u.columns.updateArgs(id));
        !updated)
        return updated.error();
    if (!u.statusChange.isEmpty()) {
        QString text = u.statusChange;
        if (!c.reason.trimmed().isEmpty())
            text += QStringLiteral(": ") + c.reason.trimmed();
        if (Result<void> e = addEvent(id, caller, QStringLiteral("status"), text); !e)
            return e;
        if (*c.status == QLatin1String("contained"))
            if (Result<void> done = completeTask(id, QStringLiteral("contain"), caller.username);
                !done)
                return done;
        if (!u.overriddenTasks.isEmpty())
            if (Result<void> e = addEvent(id, caller, QStringLiteral("close_override"),
                                          QStringLiteral("closed with open tasks %1: %2")
                                              .arg(u.overriddenTasks.join(QStringLiteral(", ")),
                                                   c.closeOverrideReason->trimmed()));
                !e)
                return e;
    }
    QStringList others = u.columns.described;
    others.removeIf([](const QString &s) { return s.startsWith(QStringLiteral("status=")); });
    if (!others.isEmpty())
        if (Result<void> e
            = addEvent(id, caller, QStringLiteral("update"), others.join(QStringLiteral("; ")));
            !e)
            return e;
    if (c.amazonNotifiedAt)
        if (Result<void> done = completeTask(id, QStringLiteral("notify_amazon"), caller.username);
            !done)
            return done;
    QString described = u.columns.described.join(QLatin1Char(' '));
    QString why = c.reason.trimmed();
    if (!u.overriddenTasks.isEmpty()) {
        described += QStringLiteral(" close_override_open_tasks=")
            + u.overriddenTasks.join(QLatin1Char(','));
        why = c.closeOverrideReason->trimmed();
    }
    if (Result<AuditEvent> logged
        = audit::append(m_store,
                        eventBy(caller, QStringLiteral("incident.update"),
                                QStringLiteral("incident"), QString::number(id), described, why));
        !logged)
        return logged.error();
    return {};
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
        Result<std::optional<QVariant>> acknowledged = rows::single(m_store.exec(
            QStringLiteral("SELECT acknowledged_at FROM incident_executives WHERE incident_id = ? "
                           "AND user_id = ?"),
            {id, caller.userId}));
        if (!acknowledged)
            return acknowledged.error();
        if (!*acknowledged) {
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
        if (!(*acknowledged)->isNull())
            return makeError(ErrorCode::Conflict,
                             QStringLiteral("you acknowledged incident %1 on %2")
                                 .arg(id)
                                 .arg(utc((*acknowledged)->toLongLong())));
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
        Result<QList<Incident>> open = rows::readAll<Incident>(
            m_store.exec(
                IncidentRow::select
                + QStringLiteral("WHERE i.status NOT IN ('resolved', 'closed') ORDER BY i.id")),
            IncidentRow::read);
        if (!open)
            return open.error();
        // The incident response team: every active holder of incidents:manage.
        Result<QList<qint64>> managers
            = service::activeHolders(m_store, Permission::IncidentsManage);
        if (!managers)
            return managers.error();
        QStringList which;
        for (const Incident &incident : std::as_const(*open)) {
            for (const IncidentClock &clock : incidentClocks(incident.times(), m_store.policy())) {
                if (!clock.overdue(now))
                    continue;
                Result<bool> flagged = flagClock(incident, clock, *managers, now);
                if (!flagged)
                    return flagged.error();
                if (*flagged)
                    which << QStringLiteral("%1:%2").arg(incident.id).arg(clock.name);
            }
        }
        if (!which.isEmpty()) {
            AuditEvent e;
            e.actor = QStringLiteral("system");
            e.action = QStringLiteral("incident.clock_overdue");
            e.objectType = QStringLiteral("incident");
            e.detail = QStringLiteral("flagged=%1 clocks=%2")
                           .arg(which.size())
                           .arg(which.mid(0, 50).join(QLatin1Char(',')));
            if (Result<AuditEvent> logged = audit::append(m_store, e); !logged)
                return logged.error();
        }
        return int(which.size());
    });
}

Result<bool> Incidents::flagClock(const Incident &incident, const IncidentClock &clock,
                                  const QList<qint64> &managers, qint64 now)
{
    Result<Query> inserted = m_store.exec(
        QStringLiteral("INSERT INTO incident_clock_flags (incident_id, clock, flagged_at) "
                       "VALUES (?, ?, ?) ON CONFLICT DO NOTHING"),
        {incident.id, clock.name, now});
    if (!inserted)
        return inserted.error();
    if (inserted->numRowsAffected() <= 0)
        return false; // flagged before
    inserted->finish();
    const QString what = clock.name == QLatin1String("amazon_notification")
        ? QStringLiteral("Amazon has not been notified")
        : clock.name == QLatin1String("triage") ? QStringLiteral("triage is overdue")
                                                : QStringLiteral("containment is overdue");
    if (Result<void> e = addEvent(incident.id, systemCaller(), QStringLiteral("clock_overdue"),
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
    return true;
}

} // namespace cc
