#include "AccessReviews.h"

#include "Accounts.h"
#include "SeparationOfDuties.h"
#include "ServiceSupport.h"
#include "audit/AuditExport.h"
#include "crypto/Crypto.h"
#include "csv/CsvWriter.h"
#include "domain/AccessRules.h"
#include "domain/Roles.h"
#include "store/Store.h"

#include <algorithm>

#include <QHash>

namespace cc {

using service::eventBy;

namespace {

Error noSuchItem(qint64 reviewId, qint64 itemId)
{
    return makeError(ErrorCode::NotFound,
                     QStringLiteral("access review %1 has no item %2").arg(reviewId).arg(itemId));
}

constexpr qint64 kDayMs = 24 * 3600 * 1000;
// A campaign's deadline may be set by hand, but no further out than a quarter.
constexpr qint64 kMaxDurationMs = 92 * kDayMs;

const QString kOpen = QStringLiteral("open");
const QString kCompleted = QStringLiteral("completed");
const QString kKeep = QStringLiteral("keep");
const QString kRevoke = QStringLiteral("revoke");
const QString kUnreviewed = QStringLiteral("unreviewed");

// Roles the store cannot run without: the last active holder keeps them.
const QStringList kGuardedRoles = {QStringLiteral("admin"), QStringLiteral("compliance_officer")};

Caller systemCaller()
{
    Caller system;
    system.username = QStringLiteral("system");
    return system;
}

// A campaign with its progress, counted for the caller (the two arguments before the WHERE
// clause's: the caller's id twice); a query appends its WHERE clause, then group.
struct AccessReviewRow
{
    enum Column {
        Id,
        Title,
        Status,
        StartedBy,
        StartedAt,
        DueAt,
        UnreviewedAction,
        CompletedAt,
        CompletedBy,
        ReportSha256,
        Total,
        Decided,
        Kept,
        Revoked,
        Unreviewed,
        Mine,
        MineOpen,
        ColumnCount
    };
    static constexpr rows::Columns<ColumnCount> columns {{
        {Id, "r.id"},
        {Title, "r.title"},
        {Status, "r.status"},
        {StartedBy, "r.started_by_username"},
        {StartedAt, "r.started_at"},
        {DueAt, "r.due_at"},
        {UnreviewedAction, "r.unreviewed_action"},
        {CompletedAt, "r.completed_at"},
        {CompletedBy, "r.completed_by"},
        {ReportSha256, "r.report_sha256"},
        {Total, "COUNT(i.id)"},
        {Decided, "SUM(CASE WHEN i.decision IS NOT NULL THEN 1 ELSE 0 END)"},
        {Kept, "SUM(CASE WHEN i.decision = 'keep' THEN 1 ELSE 0 END)"},
        {Revoked, "SUM(CASE WHEN i.decision = 'revoke' THEN 1 ELSE 0 END)"},
        {Unreviewed, "SUM(CASE WHEN i.decision = 'unreviewed' THEN 1 ELSE 0 END)"},
        {Mine, "SUM(CASE WHEN i.reviewer_id = ? THEN 1 ELSE 0 END)"},
        {MineOpen, "SUM(CASE WHEN i.reviewer_id = ? AND i.decision IS NULL THEN 1 ELSE 0 END)"},
    }};
    static_assert(rows::inOrder(columns));
    static inline const QString select = rows::select(
        columns, "FROM access_reviews r LEFT JOIN access_review_items i ON i.review_id = r.id ");
    static inline const QString group = QStringLiteral(
        " GROUP BY r.id, r.title, r.status, r.started_by_username, r.started_at, r.due_at, "
        "r.unreviewed_action, r.completed_at, r.completed_by, r.report_sha256");

    static AccessReview read(const Query &q)
    {
        AccessReview r;
        r.id = q.value(Id).toLongLong();
        r.title = q.value(Title).toString();
        r.status = q.value(Status).toString();
        r.startedBy = q.value(StartedBy).toString();
        r.startedAt = q.value(StartedAt).toLongLong();
        r.dueAt = q.value(DueAt).toLongLong();
        r.unreviewedAction = q.value(UnreviewedAction).toString();
        r.completedAt = service::optionalTime(q.value(CompletedAt));
        r.completedBy = q.value(CompletedBy).toString();
        r.reportSha256 = q.value(ReportSha256).toString();
        r.progress.total = q.value(Total).toInt();
        r.progress.decided = q.value(Decided).toInt();
        r.progress.kept = q.value(Kept).toInt();
        r.progress.revoked = q.value(Revoked).toInt();
        r.progress.unreviewed = q.value(Unreviewed).toInt();
        r.progress.mine = q.value(Mine).toInt();
        r.progress.mineOpen = q.value(MineOpen).toInt();
        return r;
    }
};

// An item of a campaign; a query appends its WHERE clause.
struct AccessReviewItemRow
{
    enum Column {
        Id,
        ReviewId,
        Kind,
        UserId,
        Holder,
        GrantId,
        Role,
        Category,
        Client,
        GrantedBy,
        GrantedAt,
        ExpiresAt,
        ReviewerId,
        Reviewer,
        Decision,
        Reason,
        DecidedBy,
        DecidedAt,
        Outcome,
        HolderLastSignInAt,
        GrantLastUsedAt,
        EarlierGrants,
        ColumnCount
    };
    static constexpr rows::Columns<ColumnCount> columns {{
        {Id, "i.id"},
        {ReviewId, "i.review_id"},
        {Kind, "i.kind"},
        {UserId, "i.user_id"},
        {Holder, "i.username"},
        {GrantId, "i.grant_id"},
        {Role, "i.role"},
        {Category, "i.category"},
        {Client, "i.client"},
        {GrantedBy, "i.granted_by"},
        {GrantedAt, "i.granted_at"},
        {ExpiresAt, "i.expires_at"},
        {ReviewerId, "i.reviewer_id"},
        {Reviewer, "i.reviewer_username"},
        {Decision, "i.decision"},
        {Reason, "i.decision_reason"},
        {DecidedBy, "i.decided_by"},
        {DecidedAt, "i.decided_at"},
        {Outcome, "i.outcome"},
        // The reviewer's context, live: sessions begin at sign-in, reads of orders stamp the
        // grant they went through, and grant ids grow with time.
        {HolderLastSignInAt,
         "(SELECT MAX(s.created_at) FROM sessions s WHERE s.user_id = "
         "i.user_id)"},
        {GrantLastUsedAt, "(SELECT g.last_used_at FROM grants g WHERE g.id = i.grant_id)"},
        {EarlierGrants,
         "(SELECT COUNT(*) FROM grants e WHERE i.kind = 'grant' AND e.user_id = "
         "i.user_id AND e.category = i.category AND e.id < i.grant_id)"},
    }};
    static_assert(rows::inOrder(columns));
    static inline const QString select = rows::select(columns, "FROM access_review_items i ");

    static AccessReviewItem read(const Query &q)
    {
        AccessReviewItem i;
        i.id = q.value(Id).toLongLong();
        i.reviewId = q.value(ReviewId).toLongLong();
        i.kind = q.value(Kind).toString();
        i.userId = q.value(UserId).toLongLong();
        i.holder = q.value(Holder).toString();
        if (!q.value(GrantId).isNull())
            i.grantId = q.value(GrantId).toLongLong();
        i.role = q.value(Role).toString();
        i.category = q.value(Category).toString();
        i.client = q.value(Client).toString();
        i.grantedBy = q.value(GrantedBy).toString();
        i.grantedAt = service::optionalTime(q.value(GrantedAt));
        i.expiresAt = service::optionalTime(q.value(ExpiresAt));
        i.reviewerId = q.value(ReviewerId).toLongLong();
        i.reviewer = q.value(Reviewer).toString();
        i.decision = q.value(Decision).toString();
        i.reason = q.value(Reason).toString();
        i.decidedBy = q.value(DecidedBy).toString();
        i.decidedAt = service::optionalTime(q.value(DecidedAt));
        i.outcome = q.value(Outcome).toString();
        i.holderLastSignInAt = service::optionalTime(q.value(HolderLastSignInAt));
        i.grantLastUsedAt = service::optionalTime(q.value(GrantLastUsedAt));
        i.earlierGrants = q.value(EarlierGrants).toInt();
        return i;
    }
};

QString itemSubject(const AccessReviewItem &i)
{
    return i.kind == QLatin1String("grant")
        ? QStringLiteral("grant=%1 category=%2 client=%3").arg(*i.grantId).arg(i.category, i.client)
        : QStringLiteral("role=%1").arg(i.role);
}

QString optionalIso(OptionalTime ms)
{
    return ms ? audit::isoTime(*ms) : QString();
}

struct Person
{
    qint64 id = 0;
    QString username;
    QStringList roles;
    OptionalTime departureAt;
};

// Everyone active: holders of role assignments and candidate reviewers.
struct PersonRow
{
    enum Column { Id, Username, Roles, DepartureAt, ColumnCount };
    static constexpr rows::Columns<ColumnCount> columns {{
        {Id, "id"},
        {Username, "username"},
        {Roles, "roles"},
        {DepartureAt, "departure_at"},
    }};
    static_assert(rows::inOrder(columns));
    static inline const QString select
        = rows::select(columns, "FROM users WHERE status = 'active' ORDER BY id");

    static Person read(const Query &q)
    {
        return {q.value(Id).toLongLong(), q.value(Username).toString(),
                q.value(Roles).toString().split(QLatin1Char(','), Qt::SkipEmptyParts),
                service::optionalTime(q.value(DepartureAt))};
    }
};

// The active grants a campaign freezes, with who holds and who granted each.
struct GrantSnapshotRow
{
    enum Column {
        GrantId,
        UserId,
        Holder,
        Category,
        Client,
        GrantedById,
        GrantedBy,
        GrantedAt,
        ExpiresAt,
        ColumnCount
    };
    static constexpr rows::Columns<ColumnCount> columns {{
        {GrantId, "g.id"},
        {UserId, "g.user_id"},
        {Holder, "u.username"},
        {Category, "g.category"},
        {Client, "g.client"},
        {GrantedById, "g.granted_by"},
        {GrantedBy, "b.username"},
        {GrantedAt, "g.granted_at"},
        {ExpiresAt, "g.expires_at"},
    }};
    static_assert(rows::inOrder(columns));
    static inline const QString select = rows::select(
        columns,
        "FROM grants g JOIN users u ON u.id = g.user_id JOIN users b ON b.id = g.granted_by "
        "WHERE g.revoked_at IS NULL AND g.expires_at > ? ORDER BY g.id");

    static AccessReviewItem read(const Query &q)
    {
        AccessReviewItem i;
        i.kind = QStringLiteral("grant");
        i.grantId = q.value(GrantId).toLongLong();
        i.userId = q.value(UserId).toLongLong();
        i.holder = q.value(Holder).toString();
        i.category = q.value(Category).toString();
        i.client = q.value(Client).toString();
        i.grantedBy = q.value(GrantedBy).toString();
        i.grantedAt = q.value(GrantedAt).toLongLong();
        i.expiresAt = q.value(ExpiresAt).toLongLong();
        return i;
    }
};

// Who may review in a campaign due at dueAt, and how many items each has been given so far.
struct ReviewerPool
{
    qint64 dueAt = 0;
    QList<Person> active;
    QHash<qint64, Person> byId;
    QList<qint64> officers; // access_reviews:manage holders, longest-standing first
    QHash<qint64, int> workload;

    // A reviewer must still be here when the campaign closes.
    bool canReview(const Person &p) const { return !p.departureAt || *p.departureAt > dueAt; }

    // The least loaded officer who is not the holder; ties go to the longest-standing.
    std::optional<qint64> pickOfficer(qint64 holder) const
    {
        std::optional<qint64> best;
        for (qint64 id : officers) {
            if (id != holder && (!best || workload.value(id) < workload.value(*best)))
                best = id;
        }
        return best;
    }
};

Result<ReviewerPool> reviewerPool(const Store &store, qint64 dueAt)
{
    Result<QList<Person>> people
        = rows::readAll<Person>(store.exec(PersonRow::select), PersonRow::read);
    if (!people)
        return people.error();
    ReviewerPool pool;
    pool.dueAt = dueAt;
    pool.active = *people;
    for (const Person &p : std::as_const(pool.active)) {
        pool.byId.insert(p.id, p);
        if (pool.canReview(p)
            && permissionsForRoles(p.roles).contains(Permission::AccessReviewsManage)) {
            pool.officers.append(p.id);
            pool.workload.insert(p.id, 0);
        }
    }
    return pool;
}

// The campaign's items: every active grant, which its approver reviews while they are still
// here (they know why it was given, whatever their roles are today), and every role
// assignment, with no reviewer yet.
Result<QList<AccessReviewItem>> snapshot(const Store &store, qint64 now, ReviewerPool &pool)
{
    Result<Query> grants = store.exec(GrantSnapshotRow::select, {now});
    if (!grants)
        return grants.error();
    QList<AccessReviewItem> items;
    while (grants->next()) {
        AccessReviewItem i = GrantSnapshotRow::read(*grants);
        const auto approver
            = pool.byId.constFind(grants->value(GrantSnapshotRow::GrantedById).toLongLong());
        if (approver != pool.byId.cend() && approver->id != i.userId && pool.canReview(*approver)) {
            i.reviewerId = approver->id;
            pool.workload[approver->id] += 1;
        }
        items.append(i);
    }
    grants->finish();
    for (const Person &p : std::as_const(pool.active)) {
        for (const QString &role : p.roles) {
            AccessReviewItem i;
            i.kind = QStringLiteral("role");
            i.userId = p.id;
            i.holder = p.username;
            i.role = role;
            items.append(i);
        }
    }
    return items;
}

// Gives every item without a reviewer to an officer and stores the items. Returns how many
// each reviewer got, as "username:count", sorted.
Result<QStringList> addItems(const Store &store, qint64 reviewId, QList<AccessReviewItem> &items,
                             ReviewerPool &pool)
{
    QHash<qint64, int> assigned;
    for (AccessReviewItem &i : items) {
        if (i.reviewerId == 0) {
            const std::optional<qint64> officer = pool.pickOfficer(i.userId);
            if (!officer)
                return makeError(
                    ErrorCode::Conflict,
                    QStringLiteral("nobody can review %1's %2: a reviewer must be an active "
                                   "compliance officer other than the holder. Add a second "
                                   "compliance officer, then start the review again.")
                        .arg(i.holder,
                             i.kind == QLatin1String("grant")
                                 ? QStringLiteral("grant %1").arg(*i.grantId)
                                 : QStringLiteral("role %1").arg(i.role)));
            i.reviewerId = *officer;
            pool.workload[*officer] += 1;
        }
        i.reviewer = pool.byId.value(i.reviewerId).username;
        assigned[i.reviewerId] += 1;
        Result<Query> added = store.exec(
            QStringLiteral("INSERT INTO access_review_items (review_id, kind, user_id, "
                           "username, grant_id, role, category, client, granted_by, "
                           "granted_at, expires_at, reviewer_id, reviewer_username) VALUES "
                           "(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
            {reviewId, i.kind, i.userId, i.holder,
             i.grantId ? QVariant(*i.grantId) : QVariant(QMetaType::fromType<qint64>()), i.role,
             i.category, i.client, i.grantedBy,
             i.grantedAt ? QVariant(*i.grantedAt) : QVariant(QMetaType::fromType<qint64>()),
             i.expiresAt ? QVariant(*i.expiresAt) : QVariant(QMetaType::fromType<qint64>()),
             i.reviewerId, i.reviewer});
        if (!added)
            return added.error();
    }
    QStringList spread;
    for (auto it = assigned.cbegin(); it != assigned.cend(); ++it)
        spread << QStringLiteral("%1:%2").arg(pool.byId.value(it.key()).username).arg(it.value());
    spread.sort();
    return spread;
}

struct OpenReviewRow
{
    enum Column { Id, DueAt, ColumnCount };
    static constexpr rows::Columns<ColumnCount> columns {{{Id, "id"}, {DueAt, "due_at"}}};
    static_assert(rows::inOrder(columns));
    static inline const QString select
        = rows::select(columns, "FROM access_reviews WHERE status = 'open'");
};

// One campaign at a time.
Result<void> refuseWhileOpen(const Store &store)
{
    Result<Query> open = store.exec(OpenReviewRow::select);
    if (!open)
        return open.error();
    if (open->next())
        return makeError(ErrorCode::Conflict,
                         QStringLiteral("access review %1 is still open until %2: complete it "
                                        "before starting another")
                             .arg(open->value(OpenReviewRow::Id).toLongLong())
                             .arg(audit::isoTime(open->value(OpenReviewRow::DueAt).toLongLong())));
    return {};
}

struct GrantStateRow
{
    enum Column { RevokedAt, ExpiresAt, ColumnCount };
    static constexpr rows::Columns<ColumnCount> columns {
        {{RevokedAt, "revoked_at"}, {ExpiresAt, "expires_at"}}};
    static_assert(rows::inOrder(columns));
    static inline const QString select = rows::select(columns, "FROM grants WHERE id = ?");
};

struct UserRolesStatusRow
{
    enum Column { Roles, Status, ColumnCount };
    static constexpr rows::Columns<ColumnCount> columns {{{Roles, "roles"}, {Status, "status"}}};
    static_assert(rows::inOrder(columns));
    static inline const QString select = rows::select(columns, "FROM users WHERE id = ?");
};

// Open campaigns past their deadline.
struct DueReviewRow
{
    enum Column { Id, UnreviewedAction, ColumnCount };
    static constexpr rows::Columns<ColumnCount> columns {
        {{Id, "id"}, {UnreviewedAction, "unreviewed_action"}}};
    static_assert(rows::inOrder(columns));
    static inline const QString select = rows::select(
        columns, "FROM access_reviews WHERE status = 'open' AND due_at <= ? ORDER BY id");
};

// Open campaigns whose deadline falls in the reminder window.
struct ClosingReviewRow
{
    enum Column { Id, Title, DueAt, ColumnCount };
    static constexpr rows::Columns<ColumnCount> columns {
        {{Id, "id"}, {Title, "title"}, {DueAt, "due_at"}}};
    static_assert(rows::inOrder(columns));
    static inline const QString select = rows::select(
        columns,
        "FROM access_reviews WHERE status = 'open' AND due_at > ? AND due_at <= ? ORDER BY id");
};

// The active reviewers of a campaign with items still undecided, and how many.
struct WaitingReviewerRow
{
    enum Column { ReviewerId, Items, ColumnCount };
    static constexpr rows::Columns<ColumnCount> columns {
        {{ReviewerId, "i.reviewer_id"}, {Items, "COUNT(*)"}}};
    static_assert(rows::inOrder(columns));
    static inline const QString select
        = rows::select(columns,
                       "FROM access_review_items i JOIN users u ON u.id = i.reviewer_id "
                       "WHERE i.review_id = ? AND i.decision IS NULL AND u.status = 'active' "
                       "GROUP BY i.reviewer_id");
};

// When the last campaign started, and when the first account was made.
struct LastCampaignRow
{
    enum Column { LastStartedAt, FirstAccountAt, ColumnCount };
    static constexpr rows::Columns<ColumnCount> columns {{
        {LastStartedAt, "(SELECT MAX(started_at) FROM access_reviews)"},
        {FirstAccountAt, "(SELECT MIN(created_at) FROM users)"},
    }};
    static_assert(rows::inOrder(columns));
    static inline const QString select = rows::select(columns, "");
};

} // namespace

const QStringList &AccessReviews::decisions()
{
    static const QStringList list = {kKeep, kRevoke};
    return list;
}

QByteArray accessReviewCsv(const QList<AccessReviewItem> &items)
{
    csv::Writer csv(csv::Writer::LineEnd::CrLf);
    csv.row({QStringLiteral("review_id"), QStringLiteral("item_id"), QStringLiteral("kind"),
             QStringLiteral("holder"), QStringLiteral("role"), QStringLiteral("category"),
             QStringLiteral("client"), QStringLiteral("granted_by"), QStringLiteral("granted_at"),
             QStringLiteral("expires_at"), QStringLiteral("reviewer"), QStringLiteral("decision"),
             QStringLiteral("reason"), QStringLiteral("decided_by"), QStringLiteral("decided_at"),
             QStringLiteral("outcome")});
    for (const AccessReviewItem &i : items)
        csv.row({QString::number(i.reviewId), QString::number(i.id), i.kind, i.holder, i.role,
                 i.category, i.client, i.grantedBy, optionalIso(i.grantedAt),
                 optionalIso(i.expiresAt), i.reviewer, i.decision, i.reason, i.decidedBy,
                 optionalIso(i.decidedAt), i.outcome});
    return csv.bytes();
}

Result<AccessReview> AccessReviews::start(const Caller &caller, const NewAccessReview &request)
{
    const Policy &policy = m_store.policy();
    const qint64 now = m_store.clock().nowMs();
    const QString title = request.title.simplified();
    if (title.isEmpty() || title.size() > 200)
        return makeError(ErrorCode::InvalidInput,
                         QStringLiteral("give the review a title of 1-200 characters, e.g. "
                                        "\"Q1 2026 access review\""));
    const qint64 dueAt
        = request.dueAt.value_or(now + qint64(policy.accessReviewDurationDays) * kDayMs);
    if (dueAt <= now || dueAt > now + kMaxDurationMs)
        return makeError(ErrorCode::InvalidInput,
                         QStringLiteral("due_at must be in the future and at most 92 days away"));
    const QString action = request.unreviewedAction.isEmpty() ? policy.accessReviewUnreviewed
                                                              : request.unreviewedAction;
    if (!Policy::accessReviewUnreviewedChoices().contains(action))
        return makeError(
            ErrorCode::InvalidInput,
            QStringLiteral("unreviewed_action must be one of \"%1\"")
                .arg(Policy::accessReviewUnreviewedChoices().join(QStringLiteral("\", \""))));

    return m_store.transaction([&]() -> Result<AccessReview> {
        if (Result<void> alone = refuseWhileOpen(m_store); !alone)
            return alone.error();
        Result<ReviewerPool> pool = reviewerPool(m_store, dueAt);
        if (!pool)
            return pool.error();
        Result<qint64> reviewId = rows::insertedId(m_store.exec(
            QStringLiteral("INSERT INTO access_reviews (title, status, started_by, "
                           "started_by_username, started_at, due_at, unreviewed_action) VALUES "
                           "(?, 'open', ?, ?, ?, ?, ?) RETURNING id"),
            {title, service::nullableId(caller.userId), caller.username, now, dueAt, action}));
        if (!reviewId)
            return reviewId.error();
        Result<QList<AccessReviewItem>> items = snapshot(m_store, now, *pool);
        if (!items)
            return items.error();
        Result<QStringList> spread = addItems(m_store, *reviewId, *items, *pool);
        if (!spread)
            return spread.error();
        const qsizetype grantItems
            = std::count_if(items->cbegin(), items->cend(), [](const AccessReviewItem &i) {
                  return i.kind == QLatin1String("grant");
              });
        if (Result<AuditEvent> logged = audit::append(
                m_store,
                eventBy(caller, QStringLiteral("access_review.start"),
                        QStringLiteral("access_review"), QString::number(*reviewId),
                        QStringLiteral("title=\"%1\" items=%2 grants=%3 roles=%4 due_at=%5 "
                                       "unreviewed=%6 reviewers=%7")
                            .arg(title)
                            .arg(items->size())
                            .arg(grantItems)
                            .arg(items->size() - grantItems)
                            .arg(audit::isoTime(dueAt), action, spread->join(QLatin1Char(',')))));
            !logged)
            return logged.error();
        return load(caller, *reviewId);
    });
}

Result<AccessReview> AccessReviews::load(const Caller &caller, qint64 id)
{
    Result<Query> q = m_store.exec(AccessReviewRow::select + QStringLiteral("WHERE r.id = ?")
                                       + AccessReviewRow::group,
                                   {caller.userId, caller.userId, id});
    if (!q)
        return q.error();
    // A campaign in which the caller reviews nothing answers as a missing one would.
    const Error missing
        = makeError(ErrorCode::NotFound, QStringLiteral("no access review with id %1").arg(id));
    if (!q->next())
        return missing;
    AccessReview r = AccessReviewRow::read(*q);
    if (!caller.can(Permission::AccessReviewsManage) && r.progress.mine == 0)
        return missing;
    return r;
}

Result<AccessReview> AccessReviews::review(const Caller &caller, qint64 id)
{
    return load(caller, id);
}

Result<Page<AccessReview>> AccessReviews::reviews(const Caller &caller, qint64 after, int limit)
{
    QString sql
        = AccessReviewRow::select + QStringLiteral("WHERE r.id > ?") + AccessReviewRow::group;
    QVariantList args = {caller.userId, caller.userId, after};
    if (!caller.can(Permission::AccessReviewsManage)) {
        sql += QStringLiteral(" HAVING SUM(CASE WHEN i.reviewer_id = ? THEN 1 ELSE 0 END) > 0");
        args << caller.userId;
    }
    args << limit + 1;
    return service::readPage<AccessReview>(
        m_store.exec(sql + QStringLiteral(" ORDER BY r.id LIMIT ?"), args), limit,
        AccessReviewRow::read);
}

Result<Page<AccessReviewItem>> AccessReviews::items(const Caller &caller, qint64 reviewId,
                                                    bool mine, qint64 after, int limit)
{
    Result<AccessReview> r = load(caller, reviewId);
    if (!r)
        return r.error();
    const bool manage = caller.can(Permission::AccessReviewsManage);
    QString where = QStringLiteral("WHERE i.review_id = ? AND i.id > ?");
    QVariantList args = {reviewId, after};
    if (mine || !manage) {
        where += QStringLiteral(" AND i.reviewer_id = ?");
        args << caller.userId;
    }
    args << limit + 1;
    Result<Page<AccessReviewItem>> page = service::readPage<AccessReviewItem>(
        m_store.exec(AccessReviewItemRow::select + where + QStringLiteral(" ORDER BY i.id LIMIT ?"),
                     args),
        limit, AccessReviewItemRow::read);
    if (!page)
        return page;
    const bool open = r->status == kOpen && m_store.clock().nowMs() < r->dueAt;
    for (AccessReviewItem &i : page->items)
        i.canDecide = open && i.decision.isEmpty() && i.userId != caller.userId
            && (i.reviewerId == caller.userId || manage);
    // Who holds access to which client's data is itself worth knowing who looked.
    if (Result<AuditEvent> logged = audit::record(
            m_store,
            eventBy(caller, QStringLiteral("access_review.items"), QStringLiteral("access_review"),
                    QString::number(reviewId),
                    QStringLiteral("mine=%1 after=%2 count=%3")
                        .arg(mine || !manage ? QStringLiteral("true") : QStringLiteral("false"))
                        .arg(after)
                        .arg(page->items.size())));
        !logged)
        return logged.error();
    return page;
}

Result<AccessReviewItem> AccessReviews::item(qint64 reviewId, qint64 itemId)
{
    Result<Query> q = m_store.exec(AccessReviewItemRow::select
                                       + QStringLiteral("WHERE i.id = ? AND i.review_id = ?"),
                                   {itemId, reviewId});
    if (!q)
        return q.error();
    if (!q->next())
        return noSuchItem(reviewId, itemId);
    return AccessReviewItemRow::read(*q);
}

Result<AccessReviewItem> AccessReviews::decide(const Caller &caller, qint64 reviewId, qint64 itemId,
                                               const QString &decision, const QString &reason)
{
    if (!decisions().contains(decision))
        return makeFieldError(ErrorCode::InvalidInput, QStringLiteral("decision"),
                              QStringLiteral("decision must be \"keep\" or \"revoke\""));
    if (Result<void> valid = validateReason(reason, m_store.policy()); !valid)
        return valid.error();
    if (reason.size() > 2000)
        return makeFieldError(ErrorCode::InvalidInput, QStringLiteral("reason"),
                              QStringLiteral("the reason is longer than 2000 characters"));
    const qint64 now = m_store.clock().nowMs();
    const QString why = reason.simplified();
    return m_store.transaction([&]() -> Result<AccessReviewItem> {
        Result<AccessReview> r = load(caller, reviewId);
        if (!r)
            return r.error();
        if (r->status != kOpen)
            return makeError(ErrorCode::Conflict,
                             QStringLiteral("access review %1 is completed").arg(reviewId));
        if (now >= r->dueAt)
            return makeError(ErrorCode::Conflict,
                             QStringLiteral("access review %1 closed at %2: the policy decides "
                                            "what was not reviewed")
                                 .arg(reviewId)
                                 .arg(audit::isoTime(r->dueAt)));
        Result<AccessReviewItem> i = item(reviewId, itemId);
        if (!i)
            return i.error();
        // Another reviewer's item is not listed to this one, so it answers as a missing one.
        if (i->reviewerId != caller.userId && !caller.can(Permission::AccessReviewsManage))
            return noSuchItem(reviewId, itemId);
        // Also why nobody can revoke their own powers through a review.
        if (i->userId == caller.userId)
            return makeError(ErrorCode::Forbidden,
                             QStringLiteral("you cannot review your own access: %1 reviews it")
                                 .arg(i->reviewer));
        if (!i->decision.isEmpty())
            return makeError(ErrorCode::Conflict,
                             QStringLiteral("item %1 was already decided (%2) by %3")
                                 .arg(itemId)
                                 .arg(i->decision, i->decidedBy));
        QString outcome = QStringLiteral("kept");
        if (decision == kRevoke) {
            Result<QString> revoked = applyRevoke(caller, i.value(), why, now);
            if (!revoked)
                return revoked.error();
            outcome = revoked.value();
        }
        if (Result<void> recorded = record(caller, i.value(), decision, why, outcome, now);
            !recorded)
            return recorded.error();
        Result<AccessReview> after = load(caller, reviewId);
        if (!after)
            return after.error();
        if (after->progress.decided == after->progress.total) {
            if (Result<void> completed
                = complete(caller, reviewId, QStringLiteral("all decided"), now);
                !completed)
                return completed.error();
        }
        Result<AccessReviewItem> decided = item(reviewId, itemId);
        if (!decided)
            return decided.error();
        return decided.value();
    });
}

Result<QString> AccessReviews::applyRevoke(const Caller &actor, const AccessReviewItem &i,
                                           const QString &reason, qint64 now)
{
    if (i.kind == QLatin1String("grant"))
        return revokeGrant(actor, i, reason, now);
    return removeRole(actor, i, reason);
}

Result<QString> AccessReviews::revokeGrant(const Caller &actor, const AccessReviewItem &i,
                                           const QString &reason, qint64 now)
{
    Result<Query> q = m_store.exec(GrantStateRow::select, {*i.grantId});
    if (!q)
        return q.error();
    if (!q->next())
        return makeError(ErrorCode::Internal,
                         QStringLiteral("grant %1 of the snapshot is missing").arg(*i.grantId));
    const bool revoked = !q->value(GrantStateRow::RevokedAt).isNull();
    const bool expired = q->value(GrantStateRow::ExpiresAt).toLongLong() <= now;
    q->finish();
    if (revoked)
        return QStringLiteral("grant was already revoked");
    if (expired)
        return QStringLiteral("grant had already expired");
    const QString tag = QStringLiteral("access review %1: ").arg(i.reviewId);
    if (Result<Query> done = m_store.exec(
            QStringLiteral("UPDATE grants SET revoked_at = ?, revoked_by = ?, revoke_reason = "
                           "? WHERE id = ? AND revoked_at IS NULL"),
            {now, service::nullableId(actor.userId), QString(tag + reason), *i.grantId});
        !done)
        return done.error();
    if (Result<AuditEvent> logged
        = audit::append(m_store,
                        eventBy(actor, QStringLiteral("grant.revoke"), QStringLiteral("grant"),
                                QString::number(*i.grantId),
                                QStringLiteral("user=%1 category=%2 client=%3 access_review=%4")
                                    .arg(i.holder, i.category, i.client)
                                    .arg(i.reviewId),
                                reason));
        !logged)
        return logged.error();
    return QStringLiteral("grant revoked");
}

Result<QString> AccessReviews::removeRole(const Caller &actor, const AccessReviewItem &i,
                                          const QString &reason)
{
    Result<Query> q = m_store.exec(UserRolesStatusRow::select, {i.userId});
    if (!q)
        return q.error();
    if (!q->next())
        return makeError(ErrorCode::Internal, QStringLiteral("user %1 is missing").arg(i.userId));
    QStringList roles = q->value(UserRolesStatusRow::Roles)
                            .toString()
                            .split(QLatin1Char(','), Qt::SkipEmptyParts);
    const bool active = q->value(UserRolesStatusRow::Status).toString() == QLatin1String("active");
    q->finish();
    if (!active)
        return QStringLiteral("account was already offboarded");
    if (!roles.contains(i.role))
        return QStringLiteral("role was already removed");
    if (kGuardedRoles.contains(i.role)) {
        Result<bool> only = Accounts(m_store).isOnlyActiveHolder(i.role, i.userId);
        if (!only)
            return only.error();
        if (*only)
            return makeError(ErrorCode::Conflict,
                             QStringLiteral("%1 is the only active %2: give the role to someone "
                                            "else before revoking it")
                                 .arg(i.holder, i.role));
    }
    roles.removeAll(i.role);
    QString outcome = QStringLiteral("role removed");
    if (roles.isEmpty()) {
        // An account needs a role; employee carries no permissions.
        if (i.role == QLatin1String("employee"))
            return makeError(ErrorCode::Conflict,
                             QStringLiteral("employee is %1's only role: offboard the account "
                                            "instead of revoking it")
                                 .arg(i.holder));
        roles = {QStringLiteral("employee")};
        outcome = QStringLiteral("role removed; employee kept as the only role");
    }
    if (Result<Query> done = m_store.exec(QStringLiteral("UPDATE users SET roles = ? WHERE id = ?"),
                                          {roles.join(QLatin1Char(',')), i.userId});
        !done)
        return done.error();
    if (Result<void> recorded = recordAccountChange(m_store, actor, i.userId, AccountChange::Roles);
        !recorded)
        return recorded.error();
    if (Result<AuditEvent> logged
        = audit::append(m_store,
                        eventBy(actor, QStringLiteral("user.role_remove"), QStringLiteral("user"),
                                QString::number(i.userId),
                                QStringLiteral("username=%1 role=%2 roles=%3 access_review=%4")
                                    .arg(i.holder, i.role, roles.join(QLatin1Char(',')))
                                    .arg(i.reviewId),
                                reason));
        !logged)
        return logged.error();
    return outcome;
}

Result<void> AccessReviews::record(const Caller &actor, const AccessReviewItem &i,
                                   const QString &decision, const QString &reason,
                                   const QString &outcome, qint64 now)
{
    Result<Query> done = m_store.exec(
        QStringLiteral("UPDATE access_review_items SET decision = ?, decision_reason = ?, "
                       "decided_by = ?, decided_at = ?, outcome = ? WHERE id = ? AND decision "
                       "IS NULL"),
        {decision, reason, actor.username, now, outcome, i.id});
    if (!done)
        return done.error();
    if (done->numRowsAffected() != 1)
        return makeError(ErrorCode::Conflict,
                         QStringLiteral("item %1 was decided meanwhile").arg(i.id));
    if (Result<AuditEvent> logged
        = audit::append(m_store,
                        eventBy(actor, QStringLiteral("access_review.decide"),
                                QStringLiteral("access_review_item"), QString::number(i.id),
                                QStringLiteral("review=%1 holder=%2 kind=%3 %4 decision=%5 "
                                               "outcome=\"%6\"")
                                    .arg(i.reviewId)
                                    .arg(i.holder, i.kind, itemSubject(i), decision, outcome),
                                reason));
        !logged)
        return logged.error();
    return {};
}

Result<QList<AccessReviewItem>> AccessReviews::allItems(qint64 reviewId)
{
    Result<Query> q = m_store.exec(AccessReviewItemRow::select
                                       + QStringLiteral("WHERE i.review_id = ? ORDER BY i.id"),
                                   {reviewId});
    if (!q)
        return q.error();
    QList<AccessReviewItem> items;
    while (q->next())
        items.append(AccessReviewItemRow::read(*q));
    return items;
}

Result<void> AccessReviews::complete(const Caller &actor, qint64 reviewId, const QString &why,
                                     qint64 now)
{
    Result<Query> done = m_store.exec(
        QStringLiteral("UPDATE access_reviews SET status = 'completed', completed_at = ?, "
                       "completed_by = ? WHERE id = ? AND status = 'open'"),
        {now, actor.username, reviewId});
    if (!done)
        return done.error();
    if (done->numRowsAffected() != 1)
        return {};
    Result<QList<AccessReviewItem>> items = allItems(reviewId);
    if (!items)
        return items.error();
    const QString sha = QString::fromLatin1(crypto::sha256(accessReviewCsv(*items)).toHex());
    if (Result<Query> hashed
        = m_store.exec(QStringLiteral("UPDATE access_reviews SET report_sha256 = ? WHERE id = ?"),
                       {sha, reviewId});
        !hashed)
        return hashed.error();
    int kept = 0, revoked = 0, unreviewed = 0;
    for (const AccessReviewItem &i : std::as_const(*items)) {
        kept += i.decision == kKeep;
        revoked += i.decision == kRevoke;
        unreviewed += i.decision == kUnreviewed;
    }
    if (Result<AuditEvent> logged = audit::append(
            m_store,
            eventBy(actor, QStringLiteral("access_review.complete"),
                    QStringLiteral("access_review"), QString::number(reviewId),
                    QStringLiteral("why=\"%1\" items=%2 kept=%3 revoked=%4 unreviewed=%5 "
                                   "report_sha256=%6")
                        .arg(why)
                        .arg(items->size())
                        .arg(kept)
                        .arg(revoked)
                        .arg(unreviewed)
                        .arg(sha)));
        !logged)
        return logged.error();
    return {};
}

Result<AccessReviewReport> AccessReviews::report(const Caller &caller, qint64 reviewId)
{
    if (!caller.can(Permission::AccessReviewsManage))
        return makeError(ErrorCode::Forbidden,
                         QStringLiteral("the evidence report needs the access_reviews:manage "
                                        "permission"));
    Result<AccessReview> r = load(caller, reviewId);
    if (!r)
        return r.error();
    Result<QList<AccessReviewItem>> items = allItems(reviewId);
    if (!items)
        return items.error();
    AccessReviewReport report {r.value(), items.value(), accessReviewCsv(*items), {}};
    report.csvSha256 = QString::fromLatin1(crypto::sha256(report.csv).toHex());
    if (Result<AuditEvent> logged
        = audit::record(m_store,
                        eventBy(caller, QStringLiteral("access_review.report"),
                                QStringLiteral("access_review"), QString::number(reviewId),
                                QStringLiteral("status=%1 items=%2 csv_sha256=%3")
                                    .arg(r->status)
                                    .arg(items->size())
                                    .arg(report.csvSha256)));
        !logged)
        return logged.error();
    return report;
}

Result<int> AccessReviews::closeDueReviews()
{
    const qint64 now = m_store.clock().nowMs();
    Result<Query> q = m_store.exec(DueReviewRow::select, {now});
    if (!q)
        return q.error();
    QList<QPair<qint64, QString>> due;
    while (q->next())
        due.append({q->value(DueReviewRow::Id).toLongLong(),
                    q->value(DueReviewRow::UnreviewedAction).toString()});
    q->finish();
    int completed = 0;
    for (const auto &entry : std::as_const(due)) {
        // Named copies, not a structured binding: clang 14 (the fuzz preset) cannot capture one.
        const qint64 reviewId = entry.first;
        const QString action = entry.second;
        Result<void> closed = m_store.transaction(
            [&]() -> Result<void> { return closeReview(reviewId, action, now); });
        if (!closed)
            return closed.error();
        ++completed;
    }
    return completed;
}

Result<void> AccessReviews::closeReview(qint64 reviewId, const QString &action, qint64 now)
{
    Result<std::optional<QVariant>> status = rows::single(
        m_store.exec(QStringLiteral("SELECT status FROM access_reviews WHERE id = ?"), {reviewId}));
    if (!status)
        return status.error();
    if (!*status || (*status)->toString() != kOpen)
        return {};
    Result<QList<AccessReviewItem>> undecided = rows::readAll<AccessReviewItem>(
        m_store.exec(
            AccessReviewItemRow::select
                + QStringLiteral("WHERE i.review_id = ? AND i.decision IS NULL ORDER BY i.id"),
            {reviewId}),
        AccessReviewItemRow::read);
    if (!undecided)
        return undecided.error();
    const Caller system = systemCaller();
    for (const AccessReviewItem &i : std::as_const(*undecided)) {
        QString decision = kUnreviewed;
        QString reason = QStringLiteral("not reviewed by the deadline");
        QString outcome = QStringLiteral("flagged for follow-up");
        if (action == kRevoke) {
            Result<QString> revoked = applyRevoke(
                system, i, QStringLiteral("not reviewed by the deadline: the policy revokes it"),
                now);
            if (revoked) {
                decision = kRevoke;
                reason = QStringLiteral("not reviewed by the deadline: the policy revokes "
                                        "unreviewed access");
                outcome = revoked.value();
            } else if (revoked.error().code == ErrorCode::Conflict) {
                // The last admin or a last role: flagged for a person to settle.
                outcome = QStringLiteral("not revoked: ") + revoked.error().message;
            } else {
                return revoked.error();
            }
        }
        if (Result<void> recorded = record(system, i, decision, reason, outcome, now); !recorded)
            return recorded.error();
    }
    return complete(system, reviewId, QStringLiteral("deadline"), now);
}

Result<int> AccessReviews::sendReminders()
{
    const qint64 now = m_store.clock().nowMs();
    const QString today = m_store.clock().now().toUTC().date().toString(Qt::ISODate);
    return m_store.transaction([&]() -> Result<int> {
        Result<int> toReviewers = remindReviewers(now, today);
        if (!toReviewers)
            return toReviewers.error();
        Result<int> toOfficers = remindOfficers(now, today);
        if (!toOfficers)
            return toOfficers.error();
        if (*toReviewers + *toOfficers > 0) {
            if (Result<AuditEvent> logged
                = audit::append(m_store,
                                eventBy(systemCaller(), QStringLiteral("access_review.remind"),
                                        QStringLiteral("access_review"), QString(),
                                        QStringLiteral("reviewer_reminders=%1 officer_reminders=%2")
                                            .arg(*toReviewers)
                                            .arg(*toOfficers)));
                !logged)
                return logged.error();
        }
        return *toReviewers + *toOfficers;
    });
}

Result<int> AccessReviews::remindReviewers(qint64 now, const QString &today)
{
    const Policy &policy = m_store.policy();
    Result<Query> closing = m_store.exec(
        ClosingReviewRow::select, {now, now + qint64(policy.accessReviewReminderDays) * kDayMs});
    if (!closing)
        return closing.error();
    struct Closing
    {
        qint64 id;
        QString title;
        qint64 dueAt;
    };
    QList<Closing> reviews;
    while (closing->next())
        reviews.append({closing->value(ClosingReviewRow::Id).toLongLong(),
                        closing->value(ClosingReviewRow::Title).toString(),
                        closing->value(ClosingReviewRow::DueAt).toLongLong()});
    closing->finish();
    int sent = 0;
    for (const Closing &r : std::as_const(reviews)) {
        Result<Query> waiting = m_store.exec(WaitingReviewerRow::select, {r.id});
        if (!waiting)
            return waiting.error();
        QList<QPair<qint64, int>> reviewers;
        while (waiting->next())
            reviewers.append({waiting->value(WaitingReviewerRow::ReviewerId).toLongLong(),
                              waiting->value(WaitingReviewerRow::Items).toInt()});
        waiting->finish();
        const QString due = audit::isoTime(r.dueAt);
        for (const auto &[reviewer, count] : std::as_const(reviewers)) {
            Result<Query> inserted = m_store.exec(
                QStringLiteral("INSERT INTO notifications (user_id, kind, threshold, due_date, "
                               "day, title, body, created_at, access_review_id) VALUES (?, "
                               "'access_review_reminder', ?, ?, ?, ?, ?, ?, ?) ON CONFLICT DO "
                               "NOTHING"),
                {reviewer, QStringLiteral("due_in_%1").arg(policy.accessReviewReminderDays),
                 due.left(10), today,
                 QStringLiteral("Access review \"%1\" closes soon").arg(r.title),
                 QStringLiteral("%1 item(s) wait for your decision in access review \"%2\", "
                                "which closes at %3. Keep or revoke each on the Access "
                                "reviews page.")
                     .arg(count)
                     .arg(r.title, due),
                 now, r.id});
            if (!inserted)
                return inserted.error();
            sent += inserted->numRowsAffected() > 0;
        }
        if (Result<Query> marked = m_store.exec(
                QStringLiteral("UPDATE access_reviews SET reminded_at = ? WHERE id = ? AND "
                               "reminded_at IS NULL"),
                {now, r.id});
            !marked)
            return marked.error();
    }
    return sent;
}

Result<int> AccessReviews::remindOfficers(qint64 now, const QString &today)
{
    const Policy &policy = m_store.policy();
    // At least every accessReviewIntervalDays: counted from the last campaign's start, or
    // from the first account for a store that never had one.
    Result<Query> last = m_store.exec(LastCampaignRow::select);
    if (!last)
        return last.error();
    last->next();
    const bool never = last->value(LastCampaignRow::LastStartedAt).isNull();
    const QVariant base = never ? last->value(LastCampaignRow::FirstAccountAt)
                                : last->value(LastCampaignRow::LastStartedAt);
    last->finish();
    if (base.isNull())
        return 0;
    const qint64 dueAt = base.toLongLong() + qint64(policy.accessReviewIntervalDays) * kDayMs;
    if (now < dueAt)
        return 0;
    Result<QList<qint64>> officers
        = service::activeHolders(m_store, Permission::AccessReviewsManage);
    if (!officers)
        return officers.error();
    const QString due = audit::isoTime(dueAt);
    int sent = 0;
    for (qint64 officer : std::as_const(*officers)) {
        Result<Query> inserted = m_store.exec(
            QStringLiteral("INSERT INTO notifications (user_id, kind, threshold, "
                           "due_date, day, title, body, created_at) VALUES (?, "
                           "'access_review_due', 'overdue', ?, ?, ?, ?, ?) ON CONFLICT "
                           "DO NOTHING"),
            {officer, due.left(10), today, QStringLiteral("An access review is due"),
             never ? QStringLiteral("No access review has been run yet; the policy "
                                    "asks for one at least every %1 days. Start one "
                                    "on the Access reviews page.")
                         .arg(policy.accessReviewIntervalDays)
                   : QStringLiteral("The last access review started more than %1 "
                                    "days ago (a new one was due at %2). Start one "
                                    "on the Access reviews page.")
                         .arg(policy.accessReviewIntervalDays)
                         .arg(due),
             now});
        if (!inserted)
            return inserted.error();
        sent += inserted->numRowsAffected() > 0;
    }
    return sent;
}

} // namespace cc
