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

const QString kReviewSelect = QStringLiteral(
    "SELECT r.id, r.title, r.status, r.started_by_username, r.started_at, r.due_at, "
    "r.unreviewed_action, r.completed_at, r.completed_by, r.report_sha256, COUNT(i.id), "
    "SUM(CASE WHEN i.decision IS NOT NULL THEN 1 ELSE 0 END), "
    "SUM(CASE WHEN i.decision = 'keep' THEN 1 ELSE 0 END), "
    "SUM(CASE WHEN i.decision = 'revoke' THEN 1 ELSE 0 END), "
    "SUM(CASE WHEN i.decision = 'unreviewed' THEN 1 ELSE 0 END), "
    "SUM(CASE WHEN i.reviewer_id = ? THEN 1 ELSE 0 END), "
    "SUM(CASE WHEN i.reviewer_id = ? AND i.decision IS NULL THEN 1 ELSE 0 END) "
    "FROM access_reviews r LEFT JOIN access_review_items i ON i.review_id = r.id ");
const QString kReviewGroup = QStringLiteral(
    " GROUP BY r.id, r.title, r.status, r.started_by_username, r.started_at, r.due_at, "
    "r.unreviewed_action, r.completed_at, r.completed_by, r.report_sha256");

AccessReview reviewFromRow(const Query &q)
{
    AccessReview r;
    r.id = q.value(0).toLongLong();
    r.title = q.value(1).toString();
    r.status = q.value(2).toString();
    r.startedBy = q.value(3).toString();
    r.startedAt = q.value(4).toLongLong();
    r.dueAt = q.value(5).toLongLong();
    r.unreviewedAction = q.value(6).toString();
    r.completedAt = service::optionalTime(q.value(7));
    r.completedBy = q.value(8).toString();
    r.reportSha256 = q.value(9).toString();
    r.progress.total = q.value(10).toInt();
    r.progress.decided = q.value(11).toInt();
    r.progress.kept = q.value(12).toInt();
    r.progress.revoked = q.value(13).toInt();
    r.progress.unreviewed = q.value(14).toInt();
    r.progress.mine = q.value(15).toInt();
    r.progress.mineOpen = q.value(16).toInt();
    return r;
}

const QString kItemSelect = QStringLiteral(
    "SELECT i.id, i.review_id, i.kind, i.user_id, i.username, i.grant_id, i.role, i.category, "
    "i.client, i.granted_by, i.granted_at, i.expires_at, i.reviewer_id, i.reviewer_username, "
    "i.decision, i.decision_reason, i.decided_by, i.decided_at, i.outcome "
    "FROM access_review_items i ");

AccessReviewItem itemFromRow(const Query &q)
{
    AccessReviewItem i;
    i.id = q.value(0).toLongLong();
    i.reviewId = q.value(1).toLongLong();
    i.kind = q.value(2).toString();
    i.userId = q.value(3).toLongLong();
    i.holder = q.value(4).toString();
    if (!q.value(5).isNull())
        i.grantId = q.value(5).toLongLong();
    i.role = q.value(6).toString();
    i.category = q.value(7).toString();
    i.client = q.value(8).toString();
    i.grantedBy = q.value(9).toString();
    i.grantedAt = service::optionalTime(q.value(10));
    i.expiresAt = service::optionalTime(q.value(11));
    i.reviewerId = q.value(12).toLongLong();
    i.reviewer = q.value(13).toString();
    i.decision = q.value(14).toString();
    i.reason = q.value(15).toString();
    i.decidedBy = q.value(16).toString();
    i.decidedAt = service::optionalTime(q.value(17));
    i.outcome = q.value(18).toString();
    return i;
}

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
        Result<Query> open = m_store.exec(
            QStringLiteral("SELECT id, due_at FROM access_reviews WHERE status = 'open'"));
        if (!open)
            return open.error();
        if (open->next())
            return makeError(ErrorCode::Conflict,
                             QStringLiteral("access review %1 is still open until %2: complete it "
                                            "before starting another")
                                 .arg(open->value(0).toLongLong())
                                 .arg(audit::isoTime(open->value(1).toLongLong())));
        open->finish();

        // Everyone active: holders of role assignments and candidate reviewers. A reviewer
        // must still be here when the campaign closes.
        Result<Query> people = m_store.exec(QStringLiteral(
            "SELECT id, username, roles, departure_at FROM users WHERE status = 'active' "
            "ORDER BY id"));
        if (!people)
            return people.error();
        QList<Person> active;
        QHash<qint64, Person> byId;
        while (people->next()) {
            Person p {people->value(0).toLongLong(), people->value(1).toString(),
                      people->value(2).toString().split(QLatin1Char(','), Qt::SkipEmptyParts),
                      service::optionalTime(people->value(3))};
            active.append(p);
            byId.insert(p.id, p);
        }
        people->finish();
        const auto canReview = [&](const Person &p) {
            return !p.departureAt || *p.departureAt > dueAt;
        };
        QList<qint64> officers;
        QHash<qint64, int> workload;
        for (const Person &p : std::as_const(active)) {
            if (canReview(p)
                && permissionsForRoles(p.roles).contains(Permission::AccessReviewsManage)) {
                officers.append(p.id);
                workload.insert(p.id, 0);
            }
        }
        // The least loaded officer who is not the holder; ties go to the longest-standing.
        const auto pickOfficer = [&](qint64 holder) -> std::optional<qint64> {
            std::optional<qint64> best;
            for (qint64 id : std::as_const(officers)) {
                if (id != holder && (!best || workload.value(id) < workload.value(*best)))
                    best = id;
            }
            return best;
        };

        Result<Query> inserted = m_store.exec(
            QStringLiteral("INSERT INTO access_reviews (title, status, started_by, "
                           "started_by_username, started_at, due_at, unreviewed_action) VALUES "
                           "(?, 'open', ?, ?, ?, ?, ?) RETURNING id"),
            {title, service::nullableId(caller.userId), caller.username, now, dueAt, action});
        if (!inserted)
            return inserted.error();
        inserted->next();
        const qint64 reviewId = inserted->value(0).toLongLong();
        inserted->finish();

        QList<AccessReviewItem> items;
        Result<Query> grants = m_store.exec(
            QStringLiteral("SELECT g.id, g.user_id, u.username, g.category, g.client, "
                           "g.granted_by, b.username, g.granted_at, g.expires_at FROM grants g "
                           "JOIN users u ON u.id = g.user_id JOIN users b ON b.id = g.granted_by "
                           "WHERE g.revoked_at IS NULL AND g.expires_at > ? ORDER BY g.id"),
            {now});
        if (!grants)
            return grants.error();
        QList<qint64> approvers;
        while (grants->next()) {
            AccessReviewItem i;
            i.kind = QStringLiteral("grant");
            i.grantId = grants->value(0).toLongLong();
            i.userId = grants->value(1).toLongLong();
            i.holder = grants->value(2).toString();
            i.category = grants->value(3).toString();
            i.client = grants->value(4).toString();
            approvers.append(grants->value(5).toLongLong());
            i.grantedBy = grants->value(6).toString();
            i.grantedAt = grants->value(7).toLongLong();
            i.expiresAt = grants->value(8).toLongLong();
            items.append(i);
        }
        grants->finish();
        for (qsizetype n = 0; n < items.size(); ++n) {
            // The approver knows why the grant was given: theirs to review while they are
            // still here, whatever their roles are today.
            const auto approver = byId.constFind(approvers.at(n));
            if (approver != byId.cend() && approver->id != items[n].userId
                && canReview(*approver)) {
                items[n].reviewerId = approver->id;
                workload[approver->id] += 1;
            }
        }
        for (const Person &p : std::as_const(active)) {
            for (const QString &role : p.roles) {
                AccessReviewItem i;
                i.kind = QStringLiteral("role");
                i.userId = p.id;
                i.holder = p.username;
                i.role = role;
                items.append(i);
            }
        }
        QHash<qint64, int> assigned;
        for (AccessReviewItem &i : items) {
            if (i.reviewerId == 0) {
                const std::optional<qint64> officer = pickOfficer(i.userId);
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
                workload[*officer] += 1;
            }
            i.reviewer = byId.value(i.reviewerId).username;
            assigned[i.reviewerId] += 1;
            Result<Query> added = m_store.exec(
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
            spread << QStringLiteral("%1:%2").arg(byId.value(it.key()).username).arg(it.value());
        spread.sort();
        const qsizetype grantItems = approvers.size();
        if (Result<AuditEvent> logged = audit::append(
                m_store,
                eventBy(caller, QStringLiteral("access_review.start"),
                        QStringLiteral("access_review"), QString::number(reviewId),
                        QStringLiteral("title=\"%1\" items=%2 grants=%3 roles=%4 due_at=%5 "
                                       "unreviewed=%6 reviewers=%7")
                            .arg(title)
                            .arg(items.size())
                            .arg(grantItems)
                            .arg(items.size() - grantItems)
                            .arg(audit::isoTime(dueAt), action, spread.join(QLatin1Char(',')))));
            !logged)
            return logged.error();
        return load(caller, reviewId);
    });
}

Result<AccessReview> AccessReviews::load(const Caller &caller, qint64 id)
{
    Result<Query> q = m_store.exec(kReviewSelect + QStringLiteral("WHERE r.id = ?") + kReviewGroup,
                                   {caller.userId, caller.userId, id});
    if (!q)
        return q.error();
    // A campaign in which the caller reviews nothing answers as a missing one would.
    const Error missing
        = makeError(ErrorCode::NotFound, QStringLiteral("no access review with id %1").arg(id));
    if (!q->next())
        return missing;
    AccessReview r = reviewFromRow(*q);
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
    QString sql = kReviewSelect + QStringLiteral("WHERE r.id > ?") + kReviewGroup;
    QVariantList args = {caller.userId, caller.userId, after};
    if (!caller.can(Permission::AccessReviewsManage)) {
        sql += QStringLiteral(" HAVING SUM(CASE WHEN i.reviewer_id = ? THEN 1 ELSE 0 END) > 0");
        args << caller.userId;
    }
    args << limit + 1;
    return service::readPage<AccessReview>(
        m_store.exec(sql + QStringLiteral(" ORDER BY r.id LIMIT ?"), args), limit, reviewFromRow);
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
        m_store.exec(kItemSelect + where + QStringLiteral(" ORDER BY i.id LIMIT ?"), args), limit,
        itemFromRow);
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
    Result<Query> q = m_store.exec(
        kItemSelect + QStringLiteral("WHERE i.id = ? AND i.review_id = ?"), {itemId, reviewId});
    if (!q)
        return q.error();
    if (!q->next())
        return noSuchItem(reviewId, itemId);
    return itemFromRow(*q);
}

Result<AccessReviewItem> AccessReviews::decide(const Caller &caller, qint64 reviewId, qint64 itemId,
                                               const QString &decision, const QString &reason)
{
    if (!decisions().contains(decision))
        return makeError(ErrorCode::InvalidInput,
                         QStringLiteral("decision must be \"keep\" or \"revoke\""));
    if (Result<void> valid = validateReason(reason, m_store.policy()); !valid)
        return valid.error();
    if (reason.size() > 2000)
        return makeError(ErrorCode::InvalidInput,
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
    const QString tag = QStringLiteral("access review %1: ").arg(i.reviewId);
    if (i.kind == QLatin1String("grant")) {
        Result<Query> q = m_store.exec(
            QStringLiteral("SELECT revoked_at, expires_at FROM grants WHERE id = ?"), {*i.grantId});
        if (!q)
            return q.error();
        if (!q->next())
            return makeError(ErrorCode::Internal,
                             QStringLiteral("grant %1 of the snapshot is missing").arg(*i.grantId));
        const bool revoked = !q->value(0).isNull();
        const bool expired = q->value(1).toLongLong() <= now;
        q->finish();
        if (revoked)
            return QStringLiteral("grant was already revoked");
        if (expired)
            return QStringLiteral("grant had already expired");
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

    Result<Query> q
        = m_store.exec(QStringLiteral("SELECT roles, status FROM users WHERE id = ?"), {i.userId});
    if (!q)
        return q.error();
    if (!q->next())
        return makeError(ErrorCode::Internal, QStringLiteral("user %1 is missing").arg(i.userId));
    QStringList roles = q->value(0).toString().split(QLatin1Char(','), Qt::SkipEmptyParts);
    const bool active = q->value(1).toString() == QLatin1String("active");
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
    Result<Query> q = m_store.exec(
        kItemSelect + QStringLiteral("WHERE i.review_id = ? ORDER BY i.id"), {reviewId});
    if (!q)
        return q.error();
    QList<AccessReviewItem> items;
    while (q->next())
        items.append(itemFromRow(*q));
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
    Result<Query> q = m_store.exec(
        QStringLiteral("SELECT id, unreviewed_action FROM access_reviews WHERE status = 'open' AND "
                       "due_at <= ? ORDER BY id"),
        {now});
    if (!q)
        return q.error();
    QList<QPair<qint64, QString>> due;
    while (q->next())
        due.append({q->value(0).toLongLong(), q->value(1).toString()});
    q->finish();
    const Caller system = systemCaller();
    int completed = 0;
    for (const auto &entry : std::as_const(due)) {
        // Named copies, not a structured binding: clang 14 (the fuzz preset) cannot capture one.
        const qint64 reviewId = entry.first;
        const QString action = entry.second;
        Result<void> closed = m_store.transaction([&]() -> Result<void> {
            Result<Query> still = m_store.exec(
                QStringLiteral("SELECT status FROM access_reviews WHERE id = ?"), {reviewId});
            if (!still)
                return still.error();
            if (!still->next() || still->value(0).toString() != kOpen)
                return {};
            still->finish();
            Result<Query> open = m_store.exec(
                kItemSelect
                    + QStringLiteral("WHERE i.review_id = ? AND i.decision IS NULL ORDER BY i.id"),
                {reviewId});
            if (!open)
                return open.error();
            QList<AccessReviewItem> undecided;
            while (open->next())
                undecided.append(itemFromRow(*open));
            open->finish();
            for (const AccessReviewItem &i : std::as_const(undecided)) {
                QString decision = kUnreviewed;
                QString reason = QStringLiteral("not reviewed by the deadline");
                QString outcome = QStringLiteral("flagged for follow-up");
                if (action == kRevoke) {
                    Result<QString> revoked = applyRevoke(
                        system, i,
                        QStringLiteral("not reviewed by the deadline: the policy revokes it"), now);
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
                if (Result<void> recorded = record(system, i, decision, reason, outcome, now);
                    !recorded)
                    return recorded.error();
            }
            return complete(system, reviewId, QStringLiteral("deadline"), now);
        });
        if (!closed)
            return closed.error();
        ++completed;
    }
    return completed;
}

Result<int> AccessReviews::sendReminders()
{
    const Policy &policy = m_store.policy();
    const qint64 now = m_store.clock().nowMs();
    const QString today = m_store.clock().now().toUTC().date().toString(Qt::ISODate);
    return m_store.transaction([&]() -> Result<int> {
        int toReviewers = 0;
        int toOfficers = 0;
        Result<Query> closing = m_store.exec(
            QStringLiteral("SELECT id, title, due_at FROM access_reviews WHERE status = 'open' AND "
                           "due_at > ? AND due_at <= ? ORDER BY id"),
            {now, now + qint64(policy.accessReviewReminderDays) * kDayMs});
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
            reviews.append({closing->value(0).toLongLong(), closing->value(1).toString(),
                            closing->value(2).toLongLong()});
        closing->finish();
        for (const Closing &r : std::as_const(reviews)) {
            Result<Query> waiting = m_store.exec(
                QStringLiteral("SELECT i.reviewer_id, COUNT(*) FROM access_review_items i JOIN "
                               "users u ON u.id = i.reviewer_id WHERE i.review_id = ? AND "
                               "i.decision IS NULL AND u.status = 'active' GROUP BY i.reviewer_id"),
                {r.id});
            if (!waiting)
                return waiting.error();
            QList<QPair<qint64, int>> reviewers;
            while (waiting->next())
                reviewers.append({waiting->value(0).toLongLong(), waiting->value(1).toInt()});
            waiting->finish();
            const QString due = audit::isoTime(r.dueAt);
            for (const auto &[reviewer, count] : std::as_const(reviewers)) {
                Result<Query> sent = m_store.exec(
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
                if (!sent)
                    return sent.error();
                toReviewers += sent->numRowsAffected() > 0;
            }
            if (Result<Query> marked = m_store.exec(
                    QStringLiteral("UPDATE access_reviews SET reminded_at = ? WHERE id = ? AND "
                                   "reminded_at IS NULL"),
                    {now, r.id});
                !marked)
                return marked.error();
        }

        // At least every accessReviewIntervalDays: counted from the last campaign's start, or
        // from the first account for a store that never had one.
        Result<Query> last = m_store.exec(QStringLiteral(
            "SELECT (SELECT MAX(started_at) FROM access_reviews), (SELECT MIN(created_at) FROM "
            "users)"));
        if (!last)
            return last.error();
        last->next();
        const QVariant base = last->value(0).isNull() ? last->value(1) : last->value(0);
        const bool never = last->value(0).isNull();
        last->finish();
        if (!base.isNull()) {
            const qint64 dueAt
                = base.toLongLong() + qint64(policy.accessReviewIntervalDays) * kDayMs;
            if (now >= dueAt) {
                Result<Query> people = m_store.exec(QStringLiteral(
                    "SELECT id, roles FROM users WHERE status = 'active' ORDER BY id"));
                if (!people)
                    return people.error();
                QList<qint64> officers;
                while (people->next()) {
                    if (permissionsForRoles(people->value(1).toString().split(QLatin1Char(',')))
                            .contains(Permission::AccessReviewsManage))
                        officers.append(people->value(0).toLongLong());
                }
                people->finish();
                const QString due = audit::isoTime(dueAt);
                for (qint64 officer : std::as_const(officers)) {
                    Result<Query> sent = m_store.exec(
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
                    if (!sent)
                        return sent.error();
                    toOfficers += sent->numRowsAffected() > 0;
                }
            }
        }
        if (toReviewers + toOfficers > 0) {
            if (Result<AuditEvent> logged
                = audit::append(m_store,
                                eventBy(systemCaller(), QStringLiteral("access_review.remind"),
                                        QStringLiteral("access_review"), QString(),
                                        QStringLiteral("reviewer_reminders=%1 officer_reminders=%2")
                                            .arg(toReviewers)
                                            .arg(toOfficers)));
                !logged)
                return logged.error();
        }
        return toReviewers + toOfficers;
    });
}

} // namespace cc
