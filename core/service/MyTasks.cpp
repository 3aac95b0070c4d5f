#include "MyTasks.h"

#include "AccessControl.h"
#include "ServiceSupport.h"
#include "domain/AssetRules.h"
#include "domain/ControlCatalogue.h"
#include "domain/Roles.h"
#include "store/Store.h"

#include <algorithm>

#include <QDateTime>

namespace cc {

using service::eventBy;

namespace {

constexpr qint64 kHourMs = 3600 * 1000;

std::optional<qint64> optionalMs(const QVariant &value)
{
    return value.isNull() ? std::nullopt : std::optional<qint64>(value.toLongLong());
}

// The caller's undecided items in open campaigns.
struct ReviewItemRow
{
    enum Column {
        Id,
        Username,
        Kind,
        Role,
        Category,
        Client,
        Review,
        DueAt,
        StartedAt,
        ColumnCount
    };
    static constexpr rows::Columns<ColumnCount> columns {{
        {Id, "i.id"},
        {Username, "i.username"},
        {Kind, "i.kind"},
        {Role, "i.role"},
        {Category, "i.category"},
        {Client, "i.client"},
        {Review, "r.title"},
        {DueAt, "r.due_at"},
        {StartedAt, "r.started_at"},
    }};
    static_assert(rows::inOrder(columns));
    static inline const QString select
        = rows::select(columns,
                       "FROM access_review_items i JOIN access_reviews r ON r.id = i.review_id "
                       "WHERE i.reviewer_id = ? AND i.decision IS NULL AND r.status = 'open'");
};

struct AssetRow
{
    enum Column { Id, Name, NextReviewDue, CreatedAt, ColumnCount };
    static constexpr rows::Columns<ColumnCount> columns {{
        {Id, "id"},
        {Name, "name"},
        {NextReviewDue, "next_review_due"},
        {CreatedAt, "created_at"},
    }};
    static_assert(rows::inOrder(columns));
    static inline const QString select
        = rows::select(columns, "FROM assets WHERE owner_id = ? AND status = 'active'");
};

struct BreachNoticeRow
{
    enum Column { IncidentId, Title, DetectedAt, NotifiedAt, ColumnCount };
    static constexpr rows::Columns<ColumnCount> columns {{
        {IncidentId, "e.incident_id"},
        {Title, "i.title"},
        {DetectedAt, "i.detected_at"},
        {NotifiedAt, "e.notified_at"},
    }};
    static_assert(rows::inOrder(columns));
    static inline const QString select
        = rows::select(columns,
                       "FROM incident_executives e JOIN incidents i ON i.id = e.incident_id "
                       "WHERE e.user_id = ? AND e.acknowledged_at IS NULL");
};

struct AlertRow
{
    enum Column { Id, Severity, Title, RaisedAt, ColumnCount };
    static constexpr rows::Columns<ColumnCount> columns {{
        {Id, "id"},
        {Severity, "severity"},
        {Title, "title"},
        {RaisedAt, "raised_at"},
    }};
    static_assert(rows::inOrder(columns));
    static inline const QString select
        = rows::select(columns, "FROM alerts WHERE acknowledged_at IS NULL");
};

struct DeletionRow
{
    enum Column { Id, Reference, Action, DueAt, ReceivedAt, ColumnCount };
    static constexpr rows::Columns<ColumnCount> columns {{
        {Id, "id"},
        {Reference, "reference"},
        {Action, "action"},
        {DueAt, "due_at"},
        {ReceivedAt, "received_at"},
    }};
    static_assert(rows::inOrder(columns));
    static inline const QString select
        = rows::select(columns, "FROM deletion_requests WHERE status = 'open'");
};

// Open findings of the vulnerability register due before a time (the warning horizon).
struct VulnerabilityRow
{
    enum Column { Id, Identifier, Severity, Asset, Component, DueAt, DiscoveredAt, ColumnCount };
    static constexpr rows::Columns<ColumnCount> columns {{
        {Id, "v.id"},
        {Identifier, "v.identifier"},
        {Severity, "v.severity"},
        {Asset, "a.name"},
        {Component, "v.component"},
        {DueAt, "v.due_at"},
        {DiscoveredAt, "v.discovered_at"},
    }};
    static_assert(rows::inOrder(columns));
    static inline const QString select
        = rows::select(columns,
                       "FROM vulnerabilities v LEFT JOIN assets a ON a.id = v.asset_id WHERE "
                       "v.status = 'open' AND v.due_at <= ?");
};

// Each control's latest recorded status, when it is a failure.
struct FailingControlRow
{
    enum Column { ControlId, Summary, EvaluatedAt, ColumnCount };
    static constexpr rows::Columns<ColumnCount> columns {{
        {ControlId, "s.control_id"},
        {Summary, "s.summary"},
        {EvaluatedAt, "s.evaluated_at"},
    }};
    static_assert(rows::inOrder(columns));
    static inline const QString select = rows::select(
        columns,
        "FROM control_status s WHERE s.status = 'fail' AND s.day = (SELECT MAX(t.day) FROM "
        "control_status t WHERE t.control_id = s.control_id)");
};

// Due first (soonest first), then those without a due time; then the oldest; then a stable
// order, so that positions hold from one page to the next.
bool before(const MyTask &a, const MyTask &b)
{
    if (a.dueAt.has_value() != b.dueAt.has_value())
        return a.dueAt.has_value();
    if (a.dueAt && *a.dueAt != *b.dueAt)
        return *a.dueAt < *b.dueAt;
    if (a.createdAt != b.createdAt)
        return a.createdAt < b.createdAt;
    if (a.kind != b.kind)
        return a.kind < b.kind;
    return a.objectId < b.objectId;
}

} // namespace

Result<Page<MyTask>> MyTasks::list(const Caller &caller, qint64 after, int limit)
{
    Result<QList<MyTask>> tasks = all(caller);
    if (!tasks)
        return tasks.error();
    Page<MyTask> page;
    const qint64 total = tasks->size();
    page.items = tasks->mid(qMin(after, total), limit);
    if (after + limit < total)
        page.nextAfter = after + limit;
    if (Result<AuditEvent> logged = audit::record(
            m_store,
            eventBy(caller, QStringLiteral("task.list"), QStringLiteral("task"), QString(),
                    QStringLiteral("after=%1 count=%2 total=%3")
                        .arg(after)
                        .arg(page.items.size())
                        .arg(total)));
        !logged)
        return logged.error();
    return page;
}

Result<QList<MyTask>> MyTasks::all(const Caller &caller) const
{
    QList<MyTask> tasks;
    using Source = Result<void> (MyTasks::*)(const Caller &, QList<MyTask> &) const;
    for (Source source : {&MyTasks::accessRequests, &MyTasks::reviewItems, &MyTasks::assetReviews,
                          &MyTasks::breachNotices, &MyTasks::alerts, &MyTasks::deletionRequests,
                          &MyTasks::vulnerabilities, &MyTasks::failingControls}) {
        if (Result<void> added = (this->*source)(caller, tasks); !added)
            return added.error();
    }
    std::sort(tasks.begin(), tasks.end(), before);
    return tasks;
}

Result<void> MyTasks::accessRequests(const Caller &caller, QList<MyTask> &tasks) const
{
    if (!caller.can(Permission::AccessApprove))
        return {};
    Result<QList<AccessRequest>> waiting = AccessControl(m_store).awaitingDecision(caller);
    if (!waiting)
        return waiting.error();
    for (const AccessRequest &r : std::as_const(*waiting))
        tasks.append({task::AccessRequest,
                      QStringLiteral("Decide %1's request for %2 (%3)")
                          .arg(r.requesterUsername, r.category, r.client),
                      QStringLiteral("access_request"), QString::number(r.id), std::nullopt,
                      r.createdAt});
    return {};
}

Result<void> MyTasks::reviewItems(const Caller &caller, QList<MyTask> &tasks) const
{
    Result<Query> q = m_store.exec(ReviewItemRow::select, {caller.userId});
    if (!q)
        return q.error();
    while (q->next()) {
        const QString what = q->value(ReviewItemRow::Kind).toString() == QLatin1String("role")
            ? QStringLiteral("role %1").arg(q->value(ReviewItemRow::Role).toString())
            : QStringLiteral("grant %1 (%2)")
                  .arg(q->value(ReviewItemRow::Category).toString(),
                       q->value(ReviewItemRow::Client).toString());
        tasks.append({task::AccessReviewItem,
                      QStringLiteral("Review %1's %2 in \"%3\"")
                          .arg(q->value(ReviewItemRow::Username).toString(), what,
                               q->value(ReviewItemRow::Review).toString()),
                      QStringLiteral("access_review_item"), q->value(ReviewItemRow::Id).toString(),
                      optionalMs(q->value(ReviewItemRow::DueAt)),
                      q->value(ReviewItemRow::StartedAt).toLongLong()});
    }
    return {};
}

Result<void> MyTasks::assetReviews(const Caller &caller, QList<MyTask> &tasks) const
{
    Result<Query> q = m_store.exec(AssetRow::select, {caller.userId});
    if (!q)
        return q.error();
    const QDate today = m_store.clock().now().toUTC().date();
    while (q->next()) {
        const QDate due = parseIsoDate(q->value(AssetRow::NextReviewDue).toString());
        const ReviewState state = reviewState(due, today, false, m_store.policy());
        if (state == ReviewState::Ok || state == ReviewState::Retired)
            continue;
        tasks.append({task::AssetReview,
                      QStringLiteral("Review asset \"%1\" (%2)")
                          .arg(q->value(AssetRow::Name).toString(),
                               state == ReviewState::Overdue ? QStringLiteral("overdue")
                                                             : QStringLiteral("due")),
                      QStringLiteral("asset"), q->value(AssetRow::Id).toString(),
                      QDateTime(due, QTime(0, 0), Qt::UTC).toMSecsSinceEpoch(),
                      q->value(AssetRow::CreatedAt).toLongLong()});
    }
    return {};
}

Result<void> MyTasks::breachNotices(const Caller &caller, QList<MyTask> &tasks) const
{
    Result<Query> q = m_store.exec(BreachNoticeRow::select, {caller.userId});
    if (!q)
        return q.error();
    const qint64 clock = qint64(m_store.policy().amazonNotificationHours) * kHourMs;
    while (q->next())
        tasks.append({task::BreachAcknowledgement,
                      QStringLiteral("Acknowledge the breach \"%1\"")
                          .arg(q->value(BreachNoticeRow::Title).toString()),
                      QStringLiteral("incident"), q->value(BreachNoticeRow::IncidentId).toString(),
                      q->value(BreachNoticeRow::DetectedAt).toLongLong() + clock,
                      q->value(BreachNoticeRow::NotifiedAt).toLongLong()});
    return {};
}

Result<void> MyTasks::alerts(const Caller &caller, QList<MyTask> &tasks) const
{
    if (!caller.can(Permission::AlertsManage))
        return {};
    Result<Query> q = m_store.exec(AlertRow::select);
    if (!q)
        return q.error();
    while (q->next())
        tasks.append({task::Alert,
                      QStringLiteral("Acknowledge the %1 alert: %2")
                          .arg(q->value(AlertRow::Severity).toString(),
                               q->value(AlertRow::Title).toString()),
                      QStringLiteral("alert"), q->value(AlertRow::Id).toString(), std::nullopt,
                      q->value(AlertRow::RaisedAt).toLongLong()});
    return {};
}

Result<void> MyTasks::deletionRequests(const Caller &caller, QList<MyTask> &tasks) const
{
    if (!caller.can(Permission::RetentionManage))
        return {};
    Result<Query> q = m_store.exec(DeletionRow::select);
    if (!q)
        return q.error();
    while (q->next())
        tasks.append({task::DeletionRequest,
                      QStringLiteral("Fulfil Amazon's %1 request %2")
                          .arg(q->value(DeletionRow::Action).toString(),
                               q->value(DeletionRow::Reference).toString()),
                      QStringLiteral("deletion_request"), q->value(DeletionRow::Id).toString(),
                      q->value(DeletionRow::DueAt).toLongLong(),
                      q->value(DeletionRow::ReceivedAt).toLongLong()});
    return {};
}

Result<void> MyTasks::vulnerabilities(const Caller &caller, QList<MyTask> &tasks) const
{
    if (!caller.can(Permission::VulnerabilitiesManage))
        return {};
    const qint64 horizon
        = m_store.clock().nowMs() + qint64(m_store.policy().vulnerabilityWarnHours) * kHourMs;
    Result<Query> q = m_store.exec(VulnerabilityRow::select, {horizon});
    if (!q)
        return q.error();
    while (q->next()) {
        const QString asset = q->value(VulnerabilityRow::Asset).toString();
        tasks.append(
            {task::Vulnerability,
             QStringLiteral("Resolve %1 (%2) on %3")
                 .arg(q->value(VulnerabilityRow::Identifier).toString(),
                      q->value(VulnerabilityRow::Severity).toString(),
                      asset.isEmpty() ? q->value(VulnerabilityRow::Component).toString() : asset),
             QStringLiteral("vulnerability"), q->value(VulnerabilityRow::Id).toString(),
             q->value(VulnerabilityRow::DueAt).toLongLong(),
             q->value(VulnerabilityRow::DiscoveredAt).toLongLong()});
    }
    return {};
}

Result<void> MyTasks::failingControls(const Caller &caller, QList<MyTask> &tasks) const
{
    Result<Query> q = m_store.exec(FailingControlRow::select);
    if (!q)
        return q.error();
    while (q->next()) {
        const QString id = q->value(FailingControlRow::ControlId).toString();
        const ControlDefinition *control = findControl(id);
        if (!control || !caller.roles.contains(control->owner))
            continue;
        tasks.append({task::Control,
                      QStringLiteral("%1 fails: %2")
                          .arg(id, q->value(FailingControlRow::Summary).toString()),
                      QStringLiteral("control"), id, std::nullopt,
                      q->value(FailingControlRow::EvaluatedAt).toLongLong()});
    }
    return {};
}

} // namespace cc
