#include "Dashboard.h"

#include "ServiceSupport.h"
#include "domain/AssetRules.h"
#include "domain/ControlCatalogue.h"
#include "domain/Roles.h"
#include "store/RowType.h"
#include "store/Store.h"

#include <algorithm>

#include <QDateTime>

namespace cc {

using service::eventBy;

namespace {

constexpr double kHourMs = 3600.0 * 1000.0;

// The incidents a caller without dashboard:read counts as theirs: those they reported, are
// assigned to or were notified of (the ones GET /incidents shows a non-manager).
const QString kOwnIncident = QStringLiteral(
    " AND (i.reporter_id = ? OR i.assignee_id = ? OR EXISTS (SELECT 1 FROM incident_executives e "
    "WHERE e.incident_id = i.id AND e.user_id = ?))");

struct IncidentOpenRow
{
    enum Column { Severity, AmazonData, AmazonNotifiedAt, ColumnCount };
    static constexpr rows::Columns<ColumnCount> columns {{
        {Severity, "i.severity"},
        {AmazonData, "i.involves_amazon_data"},
        {AmazonNotifiedAt, "i.amazon_notified_at"},
    }};
    static_assert(rows::inOrder(columns));
    static inline const QString select
        = rows::select(columns, "FROM incidents i WHERE i.status NOT IN ('resolved', 'closed')");
};

struct IncidentTimesRow
{
    enum Column { DetectedAt, ContainedAt, ColumnCount };
    static constexpr rows::Columns<ColumnCount> columns {{
        {DetectedAt, "detected_at"},
        {ContainedAt, "contained_at"},
    }};
    static_assert(rows::inOrder(columns));
    static inline const QString select
        = rows::select(columns, "FROM incidents WHERE detected_at >= ? OR contained_at >= ?");
};

struct RequestTimesRow
{
    enum Column { CreatedAt, Status, DecidedAt, ColumnCount };
    static constexpr rows::Columns<ColumnCount> columns {{
        {CreatedAt, "created_at"},
        {Status, "status"},
        {DecidedAt, "decided_at"},
    }};
    static_assert(rows::inOrder(columns));
    static inline const QString select
        = rows::select(columns, "FROM access_requests WHERE created_at >= ? OR decided_at >= ?");
};

struct ReviewItemTimesRow
{
    enum Column { DueAt, DecidedAt, ColumnCount };
    static constexpr rows::Columns<ColumnCount> columns {{
        {DueAt, "r.due_at"},
        {DecidedAt, "i.decided_at"},
    }};
    static_assert(rows::inOrder(columns));
    static inline const QString select
        = rows::select(columns,
                       "FROM access_review_items i JOIN access_reviews r ON r.id = "
                       "i.review_id WHERE r.due_at >= ?");
};

// The months of the trends: month i of the list starts at start(i).
struct Months
{
    QDate first; // the first day of the oldest month
    int count = 0;

    qint64 start(int i) const
    {
        return QDateTime(first.addMonths(i), QTime(0, 0), Qt::UTC).toMSecsSinceEpoch();
    }
    // The month `ms` falls in, or -1 outside the months.
    int index(qint64 ms) const
    {
        const QDate d = QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC).date();
        const int i = (d.year() - first.year()) * 12 + d.month() - first.month();
        return i >= 0 && i < count ? i : -1;
    }
};

std::optional<double> median(QList<double> values)
{
    if (values.isEmpty())
        return std::nullopt;
    std::sort(values.begin(), values.end());
    const qsizetype n = values.size();
    return n % 2 ? values.at(n / 2) : (values.at(n / 2 - 1) + values.at(n / 2)) / 2;
}

std::optional<double> mean(const QList<double> &values)
{
    if (values.isEmpty())
        return std::nullopt;
    double total = 0;
    for (double v : values)
        total += v;
    return total / double(values.size());
}

} // namespace

std::optional<qint64> DashboardCounts::value(const QString &key) const
{
    for (const DashboardCount &c : counts) {
        if (c.key == key)
            return c.count;
    }
    return std::nullopt;
}

Result<int> Dashboard::parseMonths(const QString &text)
{
    if (text.isEmpty())
        return dashboard::kDefaultMonths;
    bool ok = false;
    const int months = text.toInt(&ok);
    if (!ok || months < 1 || months > dashboard::kMaxMonths)
        return makeError(ErrorCode::InvalidInput,
                         QStringLiteral("\"months\" must be a whole number from 1 to %1")
                             .arg(dashboard::kMaxMonths));
    return months;
}

Result<qint64> Dashboard::count(const QString &sql, const QVariantList &args) const
{
    Result<std::optional<QVariant>> n = rows::single(m_store.exec(sql, args));
    if (!n)
        return n.error();
    return *n ? (*n)->toLongLong() : 0;
}

Result<DashboardCounts> Dashboard::counts(const Caller &caller)
{
    Result<DashboardCounts> counts = countsFor(caller);
    if (!counts)
        return counts.error();
    QStringList detail {QStringLiteral("scope=") + counts->scope};
    for (const DashboardCount &c : std::as_const(counts->counts))
        detail << QStringLiteral("%1=%2").arg(
            c.key, c.count ? QString::number(*c.count) : QStringLiteral("-"));
    if (Result<AuditEvent> logged = audit::record(
            m_store,
            eventBy(caller, QStringLiteral("dashboard.read"), QStringLiteral("dashboard"),
                    counts->scope, detail.join(QLatin1Char(' '))));
        !logged)
        return logged.error();
    return counts;
}

Result<DashboardCounts> Dashboard::countsFor(const Caller &caller) const
{
    const bool company = caller.can(Permission::DashboardRead);
    DashboardCounts out;
    out.scope = company ? dashboard::Company : dashboard::Mine;
    out.generatedAt = m_store.clock().nowMs();
    const auto add = [&](const QString &key, const Result<qint64> &n) -> Result<void> {
        if (!n)
            return n.error();
        out.counts.append({key, *n, out.scope, {}});
        return {};
    };
    const QVariantList me {caller.userId};
    if (Result<void> r
        = add(QStringLiteral("access_requests_pending"),
              count(QStringLiteral("SELECT COUNT(*) FROM access_requests WHERE status = 'pending'")
                        + (company ? QString() : QStringLiteral(" AND requester_id = ?")),
                    company ? QVariantList() : me));
        !r)
        return r.error();
    if (Result<void> r
        = add(QStringLiteral("access_review_items_open"),
              count(QStringLiteral("SELECT COUNT(*) FROM access_review_items i JOIN "
                                   "access_reviews r ON r.id = i.review_id WHERE "
                                   "r.status = 'open' AND i.decision IS NULL")
                        + (company ? QString() : QStringLiteral(" AND i.reviewer_id = ?")),
                    company ? QVariantList() : me));
        !r)
        return r.error();
    if (Result<void> r = assetReviews(caller, company, out); !r)
        return r.error();
    if (Result<void> r = incidents(caller, company, out); !r)
        return r.error();
    // Acknowledgements awaited on the caller's incidents (their own notices among them): what
    // the detail of each of those incidents shows them anyway.
    if (Result<void> r
        = add(QStringLiteral("breach_acknowledgements_pending"),
              count(QStringLiteral("SELECT COUNT(*) FROM incident_executives x JOIN incidents i ON "
                                   "i.id = x.incident_id WHERE x.acknowledged_at IS NULL")
                        + (company ? QString() : kOwnIncident),
                    company ? QVariantList() : QVariantList {me[0], me[0], me[0]}));
        !r)
        return r.error();
    // Alerts and Amazon's deletion requests wait for the holders of the permission that acts
    // on them (as in My tasks); nobody else has any of their own.
    const QString openAlerts
        = QStringLiteral("SELECT COUNT(*) FROM alerts WHERE acknowledged_at IS NULL");
    const QString openDeletions
        = QStringLiteral("SELECT COUNT(*) FROM deletion_requests WHERE status = 'open'");
    for (const auto &[key, sql, permission] :
         {std::tuple {QStringLiteral("alerts_open"), openAlerts, Permission::AlertsManage},
          std::tuple {QStringLiteral("deletion_requests_open"), openDeletions,
                      Permission::RetentionManage}}) {
        if (Result<void> r
            = add(key, company || caller.can(permission) ? count(sql) : Result<qint64>(0));
            !r)
            return r.error();
    }
    if (Result<void> r = failingControls(caller, company, out); !r)
        return r.error();
    if (company) {
        if (Result<void> r
            = add(QStringLiteral("pii_orders_held"),
                  count(QStringLiteral("SELECT COUNT(*) FROM orders WHERE pii_held = 1")));
            !r)
            return r.error();
    } else {
        out.counts.append({QStringLiteral("pii_orders_held"), std::nullopt, out.scope, {}});
    }
    return out;
}

Result<void> Dashboard::assetReviews(const Caller &caller, bool company, DashboardCounts &out) const
{
    Result<QVariantList> due = rows::column(
        m_store.exec(QStringLiteral("SELECT next_review_due FROM assets WHERE status = 'active'")
                         + (company ? QString() : QStringLiteral(" AND owner_id = ?")),
                     company ? QVariantList() : QVariantList {caller.userId}));
    if (!due)
        return due.error();
    const QDate today = m_store.clock().now().toUTC().date();
    qint64 overdue = 0;
    qint64 soon = 0;
    for (const QVariant &day : std::as_const(*due)) {
        const ReviewState state
            = reviewState(parseIsoDate(day.toString()), today, false, m_store.policy());
        if (state == ReviewState::Overdue)
            ++overdue;
        else if (state == ReviewState::DueSoon || state == ReviewState::DueThisWeek)
            ++soon;
    }
    out.counts.append({QStringLiteral("asset_reviews_overdue"), overdue, out.scope, {}});
    out.counts.append({QStringLiteral("asset_reviews_due"), soon, out.scope, {}});
    return {};
}

Result<void> Dashboard::incidents(const Caller &caller, bool company, DashboardCounts &out) const
{
    Result<Query> q = m_store.exec(
        IncidentOpenRow::select + (company ? QString() : kOwnIncident),
        company ? QVariantList() : QVariantList {caller.userId, caller.userId, caller.userId});
    if (!q)
        return q.error();
    QList<qint64> bySeverity(4, 0);
    qint64 open = 0;
    qint64 untold = 0;
    while (q->next()) {
        ++open;
        ++bySeverity[qBound(1, q->value(IncidentOpenRow::Severity).toInt(), 4) - 1];
        if (q->value(IncidentOpenRow::AmazonData).toInt() != 0
            && q->value(IncidentOpenRow::AmazonNotifiedAt).isNull())
            ++untold;
    }
    out.counts.append({QStringLiteral("incidents_open"), open, out.scope, bySeverity});
    out.counts.append({QStringLiteral("breaches_amazon_not_notified"), untold, out.scope, {}});
    return {};
}

Result<void> Dashboard::failingControls(const Caller &caller, bool company,
                                        DashboardCounts &out) const
{
    Result<QVariantList> failing = rows::column(m_store.exec(QStringLiteral(
        "SELECT s.control_id FROM control_status s WHERE s.status = 'fail' AND s.day = "
        "(SELECT MAX(t.day) FROM control_status t WHERE t.control_id = s.control_id)")));
    if (!failing)
        return failing.error();
    qint64 n = 0;
    for (const QVariant &id : std::as_const(*failing)) {
        const ControlDefinition *control = findControl(id.toString());
        if (company || (control && caller.roles.contains(control->owner)))
            ++n;
    }
    out.counts.append({QStringLiteral("controls_failing"), n, out.scope, {}});
    return {};
}

Result<DashboardTrends> Dashboard::trends(const Caller &caller, int months)
{
    Result<DashboardTrends> trends = trendsFor(months);
    if (!trends)
        return trends.error();
    if (Result<AuditEvent> logged = audit::record(
            m_store,
            eventBy(caller, QStringLiteral("dashboard.trends"), QStringLiteral("dashboard"),
                    dashboard::Company,
                    QStringLiteral("months=%1 from=%2 to=%3")
                        .arg(months)
                        .arg(trends->months.constFirst().month, trends->months.constLast().month)));
        !logged)
        return logged.error();
    return trends;
}

Result<IncidentContactsView> Dashboard::incidentContacts(const Caller &caller)
{
    Result<IncidentContactsView> view
        = IncidentContacts(m_store).view(IncidentContacts::kMaxNotices);
    if (!view)
        return view.error();
    QStringList held;
    for (const IncidentContactHolder &h : std::as_const(view->holders))
        held << QStringLiteral("%1=%2").arg(h.designation, h.username);
    const auto late = std::count_if(view->notices.cbegin(), view->notices.cend(),
                                    [](const IncidentContactNotice &n) { return n.late; });
    if (Result<AuditEvent> logged
        = audit::record(m_store,
                        eventBy(caller, QStringLiteral("dashboard.incident_contacts"),
                                QStringLiteral("dashboard"), dashboard::Company,
                                QStringLiteral("%1 notices=%2 late=%3")
                                    .arg(held.isEmpty() ? QStringLiteral("incident_contact=none")
                                                        : held.join(QLatin1Char(' ')))
                                    .arg(view->notices.size())
                                    .arg(late)));
        !logged)
        return logged.error();
    return view;
}

Result<DashboardTrends> Dashboard::trendsFor(int months) const
{
    DashboardTrends out;
    out.generatedAt = m_store.clock().nowMs();
    const QDate today = QDateTime::fromMSecsSinceEpoch(out.generatedAt, Qt::UTC).date();
    const Months span {QDate(today.year(), today.month(), 1).addMonths(-(months - 1)), months};
    for (int i = 0; i < months; ++i) {
        TrendMonth m;
        m.month = span.first.addMonths(i).toString(QStringLiteral("yyyy-MM"));
        out.months.append(m);
    }
    const qint64 since = span.start(0);
    for (Result<void> part : {incidentTrends(since, out.months), accessTrends(since, out.months),
                              reviewTrends(since, out.months), piiTrends(out.months)}) {
        if (!part)
            return part.error();
    }
    return out;
}

Result<void> Dashboard::incidentTrends(qint64 since, QList<TrendMonth> &months) const
{
    Result<Query> q = m_store.exec(IncidentTimesRow::select, {since, since});
    if (!q)
        return q.error();
    const QDate first = QDateTime::fromMSecsSinceEpoch(since, Qt::UTC).date();
    const Months span {first, int(months.size())};
    QList<QList<double>> hours(months.size());
    while (q->next()) {
        const qint64 detected = q->value(IncidentTimesRow::DetectedAt).toLongLong();
        if (const int i = span.index(detected); i >= 0)
            ++months[i].incidentsOpened;
        const QVariant contained = q->value(IncidentTimesRow::ContainedAt);
        if (contained.isNull())
            continue;
        if (const int i = span.index(contained.toLongLong()); i >= 0) {
            ++months[i].incidentsContained;
            hours[i] << double(contained.toLongLong() - detected) / kHourMs;
        }
    }
    for (int i = 0; i < months.size(); ++i) {
        months[i].medianHoursToContain = median(hours.at(i));
        months[i].meanHoursToContain = mean(hours.at(i));
    }
    return {};
}

Result<void> Dashboard::accessTrends(qint64 since, QList<TrendMonth> &months) const
{
    Result<Query> q = m_store.exec(RequestTimesRow::select, {since, since});
    if (!q)
        return q.error();
    const Months span {QDateTime::fromMSecsSinceEpoch(since, Qt::UTC).date(), int(months.size())};
    while (q->next()) {
        if (const int i = span.index(q->value(RequestTimesRow::CreatedAt).toLongLong()); i >= 0)
            ++months[i].accessRequests;
        const QVariant decided = q->value(RequestTimesRow::DecidedAt);
        const QString status = q->value(RequestTimesRow::Status).toString();
        if (decided.isNull())
            continue;
        if (const int i = span.index(decided.toLongLong()); i >= 0) {
            if (status == QLatin1String("approved"))
                ++months[i].accessApproved;
            else if (status == QLatin1String("denied"))
                ++months[i].accessDenied;
        }
    }
    return {};
}

Result<void> Dashboard::reviewTrends(qint64 since, QList<TrendMonth> &months) const
{
    Result<Query> q = m_store.exec(ReviewItemTimesRow::select, {since});
    if (!q)
        return q.error();
    const Months span {QDateTime::fromMSecsSinceEpoch(since, Qt::UTC).date(), int(months.size())};
    while (q->next()) {
        const qint64 due = q->value(ReviewItemTimesRow::DueAt).toLongLong();
        const int i = span.index(due);
        if (i < 0)
            continue;
        ++months[i].reviewItems;
        const QVariant decided = q->value(ReviewItemTimesRow::DecidedAt);
        if (!decided.isNull() && decided.toLongLong() <= due)
            ++months[i].reviewItemsDecided;
    }
    for (TrendMonth &m : months) {
        if (m.reviewItems > 0)
            m.reviewCompletion = 100.0 * double(m.reviewItemsDecided) / double(m.reviewItems);
    }
    return {};
}

// An order held PII at a moment when it was ingested with PII by then and its PII was not yet
// purged (retention or a deletion request); orders a deletion request removed whole are gone
// from the store and so from earlier months too.
Result<void> Dashboard::piiTrends(QList<TrendMonth> &months) const
{
    const qint64 now = m_store.clock().nowMs();
    const Months span {
        QDate::fromString(months.constFirst().month + QStringLiteral("-01"), Qt::ISODate),
        int(months.size())};
    for (int i = 0; i < months.size(); ++i) {
        const qint64 end = i + 1 < months.size() ? span.start(i + 1) - 1 : now;
        Result<qint64> held
            = count(QStringLiteral("SELECT COUNT(*) FROM orders WHERE ingested_at <= ? AND "
                                   "(pii_held = 1 OR pii_purged_at > ?)"),
                    {end, end});
        if (!held)
            return held.error();
        months[i].piiOrdersHeld = *held;
    }
    return {};
}

} // namespace cc
