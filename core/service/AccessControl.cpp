#include "AccessControl.h"

#include "SeparationOfDuties.h"
#include "ServiceSupport.h"
#include "domain/AccessRules.h"
#include "domain/Roles.h"
#include "store/Store.h"

namespace cc {

using service::eventBy;

namespace {

const QString kRequestSelect = QStringLiteral(
    "SELECT r.id, r.requester_id, u.username, u.display_name, u.totp_enrolled_at, r.category, "
    "r.client, r.reason, r.duration_hours, r.status, r.created_at, d.username, r.decided_at, "
    "r.decision_comment, g.id, r.approvals_required "
    "FROM access_requests r JOIN users u ON u.id = r.requester_id "
    "LEFT JOIN users d ON d.id = r.decided_by LEFT JOIN grants g ON g.request_id = r.id ");

AccessRequest requestFromRow(const Query &q)
{
    AccessRequest r;
    r.id = q.value(0).toLongLong();
    r.requesterId = q.value(1).toLongLong();
    r.requesterUsername = q.value(2).toString();
    r.requesterName = q.value(3).toString();
    r.requesterTotpEnrolled = !q.value(4).isNull();
    r.category = q.value(5).toString();
    r.client = q.value(6).toString();
    r.reason = q.value(7).toString();
    r.durationHours = q.value(8).toInt();
    r.status = q.value(9).toString();
    r.createdAt = q.value(10).toLongLong();
    r.decidedByUsername = q.value(11).toString();
    r.decidedAt = service::optionalTime(q.value(12));
    r.decisionComment = q.value(13).toString();
    if (!q.value(14).isNull())
        r.grantId = q.value(14).toLongLong();
    r.approvalsRequired = q.value(15).toInt();
    return r;
}

// Approvals still standing, with their officers; a query appends its WHERE clause.
struct ApprovalRow
{
    enum Column { RequestId, ApproverId, Username, DisplayName, At, Comment };
    static inline const QString select = QStringLiteral(
        "SELECT a.request_id, a.approver_id, ap.username, ap.display_name, a.at, a.comment "
        "FROM access_approvals a JOIN users ap ON ap.id = a.approver_id ");
    static inline const QString order
        = QStringLiteral(" AND a.withdrawn_at IS NULL ORDER BY a.request_id, a.at, a.id");

    static RequestApproval from(const Query &q)
    {
        return {q.value(ApproverId).toLongLong(), q.value(Username).toString(),
                q.value(DisplayName).toString(), q.value(At).toLongLong(),
                q.value(Comment).toString()};
    }
};

// The approvals a query found, by request id.
Result<QHash<qint64, QList<RequestApproval>>> approvalsByRequest(Result<Query> q)
{
    if (!q)
        return q.error();
    QHash<qint64, QList<RequestApproval>> found;
    while (q->next())
        found[q->value(ApprovalRow::RequestId).toLongLong()].append(ApprovalRow::from(*q));
    return found;
}

// A policy tightened since the request was made applies to it; one loosened does not.
void attachApprovals(QList<AccessRequest> &requests,
                     const QHash<qint64, QList<RequestApproval>> &approvals, const Policy &policy)
{
    for (AccessRequest &r : requests) {
        r.approvals = approvals.value(r.id);
        r.approvalsRequired = std::max(r.approvalsRequired, approvalsRequired(r.category, policy));
    }
}

const QString kGrantSelect = QStringLiteral(
    "SELECT g.id, g.request_id, g.user_id, u.username, u.display_name, g.category, g.client, "
    "r.reason, b.username, g.granted_at, g.expires_at, g.revoked_at, v.username, g.revoke_reason, "
    "u.credentials_reset_at "
    "FROM grants g JOIN users u ON u.id = g.user_id JOIN access_requests r ON r.id = g.request_id "
    "JOIN users b ON b.id = g.granted_by LEFT JOIN users v ON v.id = g.revoked_by ");

Grant grantFromRow(const Query &q)
{
    Grant g;
    g.id = q.value(0).toLongLong();
    g.requestId = q.value(1).toLongLong();
    g.userId = q.value(2).toLongLong();
    g.username = q.value(3).toString();
    g.displayName = q.value(4).toString();
    g.category = q.value(5).toString();
    g.client = q.value(6).toString();
    g.reason = q.value(7).toString();
    g.grantedByUsername = q.value(8).toString();
    g.grantedAt = q.value(9).toLongLong();
    g.expiresAt = q.value(10).toLongLong();
    g.revokedAt = service::optionalTime(q.value(11));
    g.revokedByUsername = q.value(12).toString();
    g.revokeReason = q.value(13).toString();
    g.suspended = !q.value(14).isNull();
    return g;
}

void attachApprovers(QList<Grant> &grants, const QHash<qint64, QList<RequestApproval>> &approvals)
{
    for (Grant &g : grants) {
        for (const RequestApproval &a : approvals.value(g.requestId))
            g.approvedByUsernames.append(a.username);
    }
}

const QString kGrantApprovals
    = ApprovalRow::select + QStringLiteral("JOIN grants g ON g.request_id = a.request_id ");

} // namespace

Result<AccessRequest> AccessControl::createRequest(const Caller &requester,
                                                   const NewAccessRequest &r)
{
    if (Result<void> valid
        = validateAccessRequest(r.category, r.client, r.reason, r.durationHours, m_store.policy());
        !valid)
        return valid.error();
    return m_store.transaction([&]() -> Result<AccessRequest> {
        Result<Query> inserted = m_store.exec(
            QStringLiteral("INSERT INTO access_requests (requester_id, category, client, reason, "
                           "duration_hours, status, created_at, approvals_required) VALUES (?, ?, "
                           "?, ?, ?, 'pending', ?, ?) RETURNING id"),
            {requester.userId, r.category, r.client.trimmed(), r.reason.trimmed(), r.durationHours,
             m_store.clock().nowMs(), approvalsRequired(r.category, m_store.policy())});
        if (!inserted)
            return inserted.error();
        inserted->next();
        const qint64 id = inserted->value(0).toLongLong();
        inserted->finish();
        if (Result<AuditEvent> logged
            = audit::append(m_store,
                            eventBy(requester, QStringLiteral("access.request"),
                                    QStringLiteral("access_request"), QString::number(id),
                                    QStringLiteral("category=%1 client=%2 duration_hours=%3")
                                        .arg(r.category, r.client.trimmed())
                                        .arg(r.durationHours),
                                    r.reason.trimmed()));
            !logged)
            return logged.error();
        return request(requester, id);
    });
}

Result<AccessRequest> AccessControl::load(qint64 id) const
{
    Result<Query> q = m_store.exec(kRequestSelect + QStringLiteral("WHERE r.id = ?"), {id});
    if (!q)
        return q.error();
    if (!q->next())
        return makeError(ErrorCode::NotFound,
                         QStringLiteral("no access request with id %1").arg(id));
    QList<AccessRequest> one = {requestFromRow(*q)};
    q->finish();
    Result<QHash<qint64, QList<RequestApproval>>> approvals = approvalsByRequest(m_store.exec(
        ApprovalRow::select + QStringLiteral("WHERE a.request_id = ?") + ApprovalRow::order, {id}));
    if (!approvals)
        return approvals.error();
    attachApprovals(one, *approvals, m_store.policy());
    return one.first();
}

Result<void> AccessControl::describeFor(const Caller &caller, QList<AccessRequest> &requests) const
{
    if (requests.isEmpty())
        return {};
    const SeparationOfDuties sod(m_store);
    Result<SeparationOfDuties::Decider> decider = sod.decider(caller);
    if (!decider)
        return decider.error();
    for (AccessRequest &r : requests) {
        const std::optional<Error> obstacle = sod.obstacle(*decider, r);
        r.canDecide = !obstacle;
        r.cannotDecideReason = obstacle ? obstacle->message : QString();
    }
    return {};
}

Result<AccessRequest> AccessControl::request(const Caller &caller, qint64 id)
{
    Result<AccessRequest> r = load(id);
    if (!r)
        return r;
    QList<AccessRequest> one = {r.value()};
    if (Result<void> described = describeFor(caller, one); !described)
        return described.error();
    return one.first();
}

Result<Page<AccessRequest>> AccessControl::requests(const Caller &caller, RequestFilter filter,
                                                    qint64 after, int limit)
{
    QString where = QStringLiteral("WHERE r.id > ?");
    QVariantList args = {after};
    if (!caller.can(Permission::AccessApprove)) {
        where += QStringLiteral(" AND r.requester_id = ?");
        args << caller.userId;
    }
    if (filter == RequestFilter::Pending)
        where += QStringLiteral(" AND r.status = 'pending'");
    Result<Page<AccessRequest>> page = service::readPage<AccessRequest>(
        m_store.exec(kRequestSelect + where + QStringLiteral(" ORDER BY r.id LIMIT ?"),
                     QVariantList(args) << limit + 1),
        limit, requestFromRow);
    if (!page || page->items.isEmpty())
        return page;
    // The approvals of exactly the requests on this page: the same filter, up to its last id.
    Result<QHash<qint64, QList<RequestApproval>>> approvals = approvalsByRequest(m_store.exec(
        ApprovalRow::select + QStringLiteral("JOIN access_requests r ON r.id = a.request_id ")
            + where + QStringLiteral(" AND r.id <= ?") + ApprovalRow::order,
        QVariantList(args) << page->items.last().id));
    if (!approvals)
        return approvals.error();
    attachApprovals(page->items, *approvals, m_store.policy());
    if (Result<void> described = describeFor(caller, page->items); !described)
        return described.error();
    return page;
}

Result<AccessRequest> AccessControl::decidable(const Caller &decider, qint64 requestId)
{
    // Two officers deciding at once are serialised here (SQLite writes one at a time anyway).
    Result<Query> locked
        = m_store.exec(QStringLiteral("SELECT id FROM access_requests WHERE id = ?")
                           + m_store.dialect().lockRowSuffix(),
                       {requestId});
    if (!locked)
        return locked.error();
    locked->finish();
    Result<AccessRequest> r = load(requestId);
    if (!r)
        return r;
    SeparationOfDuties sod(m_store);
    // Approvals given earlier count only while their officers may still decide the request.
    Caller system;
    system.username = QStringLiteral("system");
    int withdrawn = 0;
    for (const RequestApproval &a : std::as_const(r->approvals)) {
        Result<int> count = sod.withdrawIneligibleApprovals(system, a.approverId);
        if (!count)
            return count.error();
        withdrawn += *count;
    }
    if (withdrawn > 0)
        r = load(requestId);
    if (!r)
        return r;
    Result<SeparationOfDuties::Decider> d = sod.decider(decider);
    if (!d)
        return d.error();
    if (std::optional<Error> obstacle = sod.obstacle(*d, r.value()))
        return *obstacle;
    return r;
}

Error AccessControl::refused(const Caller &decider, const QString &action, qint64 requestId,
                             const Error &error)
{
    if (error.code != ErrorCode::Forbidden)
        return error;
    AuditEvent e = eventBy(decider, action, QStringLiteral("access_request"),
                           QString::number(requestId), error.message);
    e.outcome = QStringLiteral("denied");
    if (Result<AuditEvent> logged = audit::record(m_store, e); !logged)
        return logged.error();
    return error;
}

Result<Approval> AccessControl::approve(const Caller &approver, qint64 requestId,
                                        const QString &comment)
{
    const qint64 now = m_store.clock().nowMs();
    Result<Approval> done = m_store.transaction([&]() -> Result<Approval> {
        Result<AccessRequest> r = decidable(approver, requestId);
        if (!r)
            return r.error();
        if (!r->requesterTotpEnrolled)
            return makeError(ErrorCode::Conflict,
                             QStringLiteral("%1 has not enrolled two-factor authentication: access "
                                            "cannot be granted until they sign in with a code")
                                 .arg(r->requesterUsername));
        if (r->durationHours > m_store.policy().maxAccessHours)
            return makeError(
                ErrorCode::Conflict,
                QStringLiteral("the requested %1 hours exceed the policy maximum of %2 hours")
                    .arg(r->durationHours)
                    .arg(m_store.policy().maxAccessHours));
        if (Result<Query> recorded = m_store.exec(
                QStringLiteral(
                    "INSERT INTO access_approvals (request_id, approver_id, comment, at) "
                    "VALUES (?, ?, ?, ?)"),
                {requestId, approver.userId, comment.trimmed(), now});
            !recorded)
            return recorded.error();
        const int given = int(r->approvals.size()) + 1;
        QStringList approvers;
        for (const RequestApproval &a : std::as_const(r->approvals))
            approvers << a.username;
        approvers << approver.username;
        if (given < r->approvalsRequired) {
            if (Result<AuditEvent> logged = audit::append(
                    m_store,
                    eventBy(approver, QStringLiteral("access.approve"),
                            QStringLiteral("access_request"), QString::number(requestId),
                            QStringLiteral("approval=%1/%2 user=%3 category=%4 client=%5 hours=%6")
                                .arg(given)
                                .arg(r->approvalsRequired)
                                .arg(r->requesterUsername, r->category, r->client)
                                .arg(r->durationHours),
                            comment.trimmed()));
                !logged)
                return logged.error();
            Result<AccessRequest> waiting = request(approver, requestId);
            if (!waiting)
                return waiting.error();
            return Approval {waiting.value(), std::nullopt};
        }
        if (Result<Query> decided = m_store.exec(
                QStringLiteral("UPDATE access_requests SET status = 'approved', decided_by = ?, "
                               "decided_at = ?, decision_comment = ? WHERE id = ?"),
                {approver.userId, now, comment.trimmed(), requestId});
            !decided)
            return decided.error();
        Result<Query> inserted = m_store.exec(
            QStringLiteral("INSERT INTO grants (request_id, user_id, category, client, granted_by, "
                           "granted_at, expires_at) VALUES (?, ?, ?, ?, ?, ?, ?) RETURNING id"),
            {requestId, r->requesterId, r->category, r->client, approver.userId, now,
             now + qint64(r->durationHours) * 3600 * 1000});
        if (!inserted)
            return inserted.error();
        inserted->next();
        const qint64 grantId = inserted->value(0).toLongLong();
        inserted->finish();
        if (Result<AuditEvent> logged = audit::append(
                m_store,
                eventBy(approver, QStringLiteral("access.approve"),
                        QStringLiteral("access_request"), QString::number(requestId),
                        QStringLiteral("grant=%1 user=%2 category=%3 client=%4 hours=%5 "
                                       "approvers=%6")
                            .arg(grantId)
                            .arg(r->requesterUsername, r->category, r->client)
                            .arg(r->durationHours)
                            .arg(approvers.join(QLatin1Char(','))),
                        comment.trimmed()));
            !logged)
            return logged.error();
        Result<AccessRequest> decided = request(approver, requestId);
        if (!decided)
            return decided.error();
        Result<Grant> created = grant(grantId);
        if (!created)
            return created.error();
        return Approval {decided.value(), created.value()};
    });
    if (!done)
        return refused(approver, QStringLiteral("access.approve"), requestId, done.error());
    return done;
}

Result<AccessRequest> AccessControl::deny(const Caller &approver, qint64 requestId,
                                          const QString &comment)
{
    if (comment.trimmed().isEmpty())
        return makeError(
            ErrorCode::InvalidInput,
            QStringLiteral("say why the request is denied: the requester sees the comment"));
    Result<AccessRequest> done = m_store.transaction([&]() -> Result<AccessRequest> {
        Result<AccessRequest> r = decidable(approver, requestId);
        if (!r)
            return r;
        if (Result<Query> decided = m_store.exec(
                QStringLiteral("UPDATE access_requests SET status = 'denied', decided_by = ?, "
                               "decided_at = ?, decision_comment = ? WHERE id = ?"),
                {approver.userId, m_store.clock().nowMs(), comment.trimmed(), requestId});
            !decided)
            return decided.error();
        if (Result<AuditEvent> logged
            = audit::append(m_store,
                            eventBy(approver, QStringLiteral("access.deny"),
                                    QStringLiteral("access_request"), QString::number(requestId),
                                    QStringLiteral("user=%1 category=%2 client=%3")
                                        .arg(r->requesterUsername, r->category, r->client),
                                    comment.trimmed()));
            !logged)
            return logged.error();
        return request(approver, requestId);
    });
    if (!done)
        return refused(approver, QStringLiteral("access.deny"), requestId, done.error());
    return done;
}

Result<Grant> AccessControl::grant(qint64 id) const
{
    Result<Query> q = m_store.exec(kGrantSelect + QStringLiteral("WHERE g.id = ?"), {id});
    if (!q)
        return q.error();
    if (!q->next())
        return makeError(ErrorCode::NotFound, QStringLiteral("no grant with id %1").arg(id));
    QList<Grant> one = {grantFromRow(*q)};
    q->finish();
    Result<QHash<qint64, QList<RequestApproval>>> approvals = approvalsByRequest(m_store.exec(
        kGrantApprovals + QStringLiteral("WHERE g.id = ?") + ApprovalRow::order, {id}));
    if (!approvals)
        return approvals.error();
    attachApprovers(one, *approvals);
    return one.first();
}

Result<Page<Grant>> AccessControl::grants(const Caller &caller, GrantFilter filter, qint64 after,
                                          int limit)
{
    QString where = QStringLiteral("WHERE g.id > ?");
    QVariantList args = {after};
    if (!caller.can(Permission::AccessApprove)) {
        where += QStringLiteral(" AND g.user_id = ?");
        args << caller.userId;
    }
    if (filter == GrantFilter::Active) {
        where += QStringLiteral(" AND g.revoked_at IS NULL AND g.expires_at > ?");
        args << m_store.clock().nowMs();
    }
    Result<Page<Grant>> page = service::readPage<Grant>(
        m_store.exec(kGrantSelect + where + QStringLiteral(" ORDER BY g.id LIMIT ?"),
                     QVariantList(args) << limit + 1),
        limit, grantFromRow);
    if (!page || page->items.isEmpty())
        return page;
    Result<QHash<qint64, QList<RequestApproval>>> approvals = approvalsByRequest(m_store.exec(
        kGrantApprovals + where + QStringLiteral(" AND g.id <= ?") + ApprovalRow::order,
        QVariantList(args) << page->items.last().id));
    if (!approvals)
        return approvals.error();
    attachApprovers(page->items, *approvals);
    return page;
}

Result<Grant> AccessControl::revoke(const Caller &approver, qint64 grantId, const QString &reason)
{
    if (reason.trimmed().isEmpty())
        return makeError(ErrorCode::InvalidInput,
                         QStringLiteral("a reason is required to revoke a grant"));
    const qint64 now = m_store.clock().nowMs();
    return m_store.transaction([&]() -> Result<Grant> {
        Result<Grant> g = grant(grantId);
        if (!g)
            return g;
        if (g->status(now) != QLatin1String("active"))
            return makeError(
                ErrorCode::Conflict,
                QStringLiteral("grant %1 is already %2").arg(grantId).arg(g->status(now)));
        if (Result<Query> revoked
            = m_store.exec(QStringLiteral("UPDATE grants SET revoked_at = ?, revoked_by = ?, "
                                          "revoke_reason = ? WHERE id = ?"),
                           {now, approver.userId, reason.trimmed(), grantId});
            !revoked)
            return revoked.error();
        if (Result<AuditEvent> logged
            = audit::append(m_store,
                            eventBy(approver, QStringLiteral("grant.revoke"),
                                    QStringLiteral("grant"), QString::number(grantId),
                                    QStringLiteral("user=%1 category=%2 client=%3")
                                        .arg(g->username, g->category, g->client),
                                    reason.trimmed()));
            !logged)
            return logged.error();
        return grant(grantId);
    });
}

Result<int> AccessControl::recordExpiredGrants()
{
    const qint64 now = m_store.clock().nowMs();
    return m_store.transaction([&]() -> Result<int> {
        Result<Query> q = m_store.exec(
            kGrantSelect
                + QStringLiteral("WHERE g.revoked_at IS NULL AND g.expires_at <= ? AND "
                                 "g.expiry_audited_at IS NULL ORDER BY g.id LIMIT 500"),
            {now});
        if (!q)
            return q.error();
        QList<Grant> expired;
        while (q->next())
            expired.append(grantFromRow(*q));
        q->finish();
        for (const Grant &g : expired) {
            AuditEvent e;
            e.actor = QStringLiteral("system");
            e.action = QStringLiteral("grant.expire");
            e.objectType = QStringLiteral("grant");
            e.objectId = QString::number(g.id);
            e.detail = QStringLiteral("user=%1 category=%2 client=%3 expired_at=%4")
                           .arg(g.username, g.category, g.client,
                                QDateTime::fromMSecsSinceEpoch(g.expiresAt, Qt::UTC)
                                    .toString(Qt::ISODate));
            if (Result<AuditEvent> logged = audit::append(m_store, e); !logged)
                return logged.error();
            if (Result<Query> marked = m_store.exec(
                    QStringLiteral("UPDATE grants SET expiry_audited_at = ? WHERE id = ?"),
                    {now, g.id});
                !marked)
                return marked.error();
        }
        return int(expired.size());
    });
}

} // namespace cc
