#include "SeparationOfDuties.h"

#include "ServiceSupport.h"
#include "domain/Roles.h"
#include "store/Store.h"

#include <QDateTime>

namespace cc {

using service::eventBy;

namespace {

constexpr qint64 kDayMs = 24 * 3600 * 1000;

// The names stored in account_changes.kind (migration 10 writes them too).
QString kindName(AccountChange kind)
{
    switch (kind) {
    case AccountChange::Created:
        return QStringLiteral("created");
    case AccountChange::Roles:
        return QStringLiteral("roles");
    case AccountChange::Details:
        return QStringLiteral("details");
    case AccountChange::Credentials:
        return QStringLiteral("credentials");
    }
    return QStringLiteral("details");
}

AccountChange kindFromName(const QString &name)
{
    for (AccountChange kind : {AccountChange::Created, AccountChange::Roles, AccountChange::Details,
                               AccountChange::Credentials}) {
        if (name == kindName(kind))
            return kind;
    }
    return AccountChange::Details;
}

// What the requester did to the decider's account, as the decider reads it.
QString describe(const SeparationOfDuties::Decider::Change &change)
{
    const QString on
        = QDateTime::fromMSecsSinceEpoch(change.at, Qt::UTC).toString(QStringLiteral("yyyy-MM-dd"));
    switch (change.kind) {
    case AccountChange::Created:
        return QStringLiteral("%1 created your account on %2").arg(change.actor, on);
    case AccountChange::Roles:
        return QStringLiteral("%1 changed your roles on %2").arg(change.actor, on);
    case AccountChange::Details:
        return QStringLiteral("%1 changed your account's e-mail or name on %2")
            .arg(change.actor, on);
    case AccountChange::Credentials:
        return QStringLiteral("%1 reset your credentials on %2").arg(change.actor, on);
    }
    return {};
}

// The changes to one account within the window, read through this one row type.
struct ChangeRow
{
    enum Column { ActorId, Actor, Kind, At };
    static inline const QString select = QStringLiteral(
        "SELECT c.actor_id, a.username, c.kind, c.at FROM account_changes c "
        "JOIN users a ON a.id = c.actor_id WHERE c.target_id = ? AND c.at > ? ORDER BY c.at, c.id");
};

// An officer's approvals of requests still pending, with their requesters.
struct PendingApprovalRow
{
    enum Column { ApprovalId, RequestId, RequesterId, Requester };
    static inline const QString select = QStringLiteral(
        "SELECT a.id, a.request_id, r.requester_id, u.username FROM access_approvals a "
        "JOIN access_requests r ON r.id = a.request_id JOIN users u ON u.id = r.requester_id "
        "WHERE a.approver_id = ? AND a.withdrawn_at IS NULL AND r.status = 'pending' "
        "ORDER BY a.request_id");
};

struct OfficerRow
{
    enum Column { Username, Roles, Status };
    static inline const QString select
        = QStringLiteral("SELECT username, roles, status FROM users WHERE id = ?");
};

} // namespace

Result<void> recordAccountChange(Store &store, const Caller &actor, qint64 targetUserId,
                                 AccountChange change)
{
    if (actor.userId == targetUserId)
        return {};
    if (Result<Query> recorded = store.exec(
            QStringLiteral("INSERT INTO account_changes (target_id, actor_id, actor, kind, at) "
                           "VALUES (?, ?, ?, ?, ?)"),
            {targetUserId, service::nullableId(actor.userId), actor.username, kindName(change),
             store.clock().nowMs()});
        !recorded)
        return recorded.error();
    Result<int> withdrawn
        = SeparationOfDuties(store).withdrawIneligibleApprovals(actor, targetUserId);
    if (!withdrawn)
        return withdrawn.error();
    return {};
}

Result<SeparationOfDuties::Decider> SeparationOfDuties::decider(const Caller &caller) const
{
    Decider d;
    d.caller = caller;
    const qint64 windowStart
        = m_store.clock().nowMs() - qint64(m_store.policy().sodWindowDays) * kDayMs;
    Result<Query> q = m_store.exec(ChangeRow::select, {caller.userId, windowStart});
    if (!q)
        return q.error();
    while (q->next()) {
        // Ordered by time: the latest change by each actor stays.
        d.changedBy.insert(q->value(ChangeRow::ActorId).toLongLong(),
                           {q->value(ChangeRow::Actor).toString(),
                            kindFromName(q->value(ChangeRow::Kind).toString()),
                            q->value(ChangeRow::At).toLongLong()});
    }
    return d;
}

std::optional<Error> SeparationOfDuties::ineligibility(const Decider &d,
                                                       const AccessRequest &r) const
{
    if (!d.active)
        return makeError(ErrorCode::Forbidden,
                         QStringLiteral("%1 is offboarded").arg(d.caller.username));
    if (!d.caller.can(Permission::AccessApprove))
        return makeError(ErrorCode::Forbidden,
                         QStringLiteral("deciding access requests needs the access:approve "
                                        "permission, which compliance officers hold"));
    if (r.requesterId == d.caller.userId)
        return makeError(ErrorCode::Forbidden,
                         QStringLiteral("you cannot decide your own access request: another "
                                        "compliance officer must review it"));
    if (d.caller.roles.contains(QLatin1String("admin"))
        && d.caller.roles.contains(QLatin1String("compliance_officer")))
        return makeError(ErrorCode::Forbidden,
                         QStringLiteral("your account holds both admin and compliance_officer, "
                                        "which separation of duties does not allow: an "
                                        "administrator must remove one of them before you "
                                        "decide access requests"));
    const auto change = d.changedBy.constFind(r.requesterId);
    if (change != d.changedBy.cend()) {
        const int days = m_store.policy().sodWindowDays;
        const QString until
            = QDateTime::fromMSecsSinceEpoch(change->at + qint64(days) * kDayMs, Qt::UTC)
                  .toString(QStringLiteral("yyyy-MM-dd HH:mm"));
        return makeError(ErrorCode::Forbidden,
                         QStringLiteral("%1, less than %2 days ago: separation of duties leaves "
                                        "%3's requests to another compliance officer until %4 UTC")
                             .arg(describe(*change))
                             .arg(days)
                             .arg(r.requesterUsername, until));
    }
    return std::nullopt;
}

std::optional<Error> SeparationOfDuties::obstacle(const Decider &d, const AccessRequest &r) const
{
    if (d.caller.can(Permission::AccessApprove) && r.status != QLatin1String("pending"))
        return makeError(ErrorCode::Conflict,
                         QStringLiteral("access request %1 is already %2").arg(r.id).arg(r.status));
    if (std::optional<Error> rule = ineligibility(d, r))
        return rule;
    for (const RequestApproval &a : r.approvals) {
        if (a.approverId != d.caller.userId)
            continue;
        const int missing = std::max(1, r.approvalsRequired - int(r.approvals.size()));
        return makeError(ErrorCode::Conflict,
                         QStringLiteral("you approved access request %1 on %2 UTC; it needs %3 "
                                        "more approval%4 from another compliance officer")
                             .arg(r.id)
                             .arg(QDateTime::fromMSecsSinceEpoch(a.at, Qt::UTC)
                                      .toString(QStringLiteral("yyyy-MM-dd HH:mm")))
                             .arg(missing)
                             .arg(missing == 1 ? QString() : QStringLiteral("s")));
    }
    return std::nullopt;
}

Result<int> SeparationOfDuties::withdrawIneligibleApprovals(const Caller &actor, qint64 officerId)
{
    Result<Query> officer = m_store.exec(OfficerRow::select, {officerId});
    if (!officer)
        return officer.error();
    if (!officer->next())
        return makeError(ErrorCode::NotFound, QStringLiteral("no user with id %1").arg(officerId));
    User user;
    user.id = officerId;
    user.username = officer->value(OfficerRow::Username).toString();
    user.roles
        = officer->value(OfficerRow::Roles).toString().split(QLatin1Char(','), Qt::SkipEmptyParts);
    const bool active = officer->value(OfficerRow::Status).toString() == QLatin1String("active");
    officer->finish();

    Result<Query> q = m_store.exec(PendingApprovalRow::select, {officerId});
    if (!q)
        return q.error();
    struct Pending
    {
        qint64 approvalId;
        AccessRequest request;
    };
    QList<Pending> pending;
    while (q->next()) {
        Pending p;
        p.approvalId = q->value(PendingApprovalRow::ApprovalId).toLongLong();
        p.request.id = q->value(PendingApprovalRow::RequestId).toLongLong();
        p.request.requesterId = q->value(PendingApprovalRow::RequesterId).toLongLong();
        p.request.requesterUsername = q->value(PendingApprovalRow::Requester).toString();
        p.request.status = QStringLiteral("pending");
        pending.append(p);
    }
    q->finish();
    if (pending.isEmpty())
        return 0;

    Result<Decider> d = decider(Caller::forUser(user));
    if (!d)
        return d.error();
    d->active = active;
    const qint64 now = m_store.clock().nowMs();
    int withdrawn = 0;
    for (const Pending &p : std::as_const(pending)) {
        const std::optional<Error> why = ineligibility(*d, p.request);
        if (!why)
            continue;
        if (Result<Query> done = m_store.exec(
                QStringLiteral("UPDATE access_approvals SET withdrawn_at = ?, withdrawn_reason = ? "
                               "WHERE id = ?"),
                {now, why->message, p.approvalId});
            !done)
            return done.error();
        if (Result<AuditEvent> logged
            = audit::append(m_store,
                            eventBy(actor, QStringLiteral("access.approval_withdraw"),
                                    QStringLiteral("access_request"), QString::number(p.request.id),
                                    QStringLiteral("approver=%1 user=%2")
                                        .arg(user.username, p.request.requesterUsername),
                                    why->message));
            !logged)
            return logged.error();
        ++withdrawn;
    }
    return withdrawn;
}

} // namespace cc
