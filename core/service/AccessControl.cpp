#include "AccessControl.h"

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
    "r.decision_comment, g.id "
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
    return r;
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
                           "duration_hours, status, created_at) VALUES (?, ?, ?, ?, ?, 'pending', "
                           "?) RETURNING id"),
            {requester.userId, r.category, r.client.trimmed(), r.reason.trimmed(), r.durationHours,
             m_store.clock().nowMs()});
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
        return request(id);
    });
}

Result<AccessRequest> AccessControl::request(qint64 id) const
{
    Result<Query> q = m_store.exec(kRequestSelect + QStringLiteral("WHERE r.id = ?"), {id});
    if (!q)
        return q.error();
    if (!q->next())
        return makeError(ErrorCode::NotFound,
                         QStringLiteral("no access request with id %1").arg(id));
    return requestFromRow(*q);
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
    args << limit + 1;
    return service::readPage<AccessRequest>(
        m_store.exec(kRequestSelect + where + QStringLiteral(" ORDER BY r.id LIMIT ?"), args),
        limit, requestFromRow);
}

Result<AccessRequest> AccessControl::pendingRequestFor(const Caller &approver, qint64 requestId)
{
    Result<AccessRequest> r = request(requestId);
    if (!r)
        return r;
    if (r->requesterId == approver.userId)
        return makeError(ErrorCode::Forbidden,
                         QStringLiteral("you cannot decide your own access request: another "
                                        "compliance officer must review it"));
    if (r->status != QLatin1String("pending"))
        return makeError(
            ErrorCode::Conflict,
            QStringLiteral("access request %1 is already %2").arg(requestId).arg(r->status));
    return r;
}

Result<Approval> AccessControl::approve(const Caller &approver, qint64 requestId,
                                        const QString &comment)
{
    const qint64 now = m_store.clock().nowMs();
    return m_store.transaction([&]() -> Result<Approval> {
        Result<AccessRequest> r = pendingRequestFor(approver, requestId);
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
                        QStringLiteral("grant=%1 user=%2 category=%3 client=%4 hours=%5")
                            .arg(grantId)
                            .arg(r->requesterUsername, r->category, r->client)
                            .arg(r->durationHours),
                        comment.trimmed()));
            !logged)
            return logged.error();
        Result<AccessRequest> decided = request(requestId);
        if (!decided)
            return decided.error();
        Result<Grant> created = grant(grantId);
        if (!created)
            return created.error();
        return Approval {decided.value(), created.value()};
    });
}

Result<AccessRequest> AccessControl::deny(const Caller &approver, qint64 requestId,
                                          const QString &comment)
{
    if (comment.trimmed().isEmpty())
        return makeError(
            ErrorCode::InvalidInput,
            QStringLiteral("say why the request is denied: the requester sees the comment"));
    return m_store.transaction([&]() -> Result<AccessRequest> {
        Result<AccessRequest> r = pendingRequestFor(approver, requestId);
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
        return request(requestId);
    });
}

Result<Grant> AccessControl::grant(qint64 id) const
{
    Result<Query> q = m_store.exec(kGrantSelect + QStringLiteral("WHERE g.id = ?"), {id});
    if (!q)
        return q.error();
    if (!q->next())
        return makeError(ErrorCode::NotFound, QStringLiteral("no grant with id %1").arg(id));
    return grantFromRow(*q);
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
    args << limit + 1;
    return service::readPage<Grant>(
        m_store.exec(kGrantSelect + where + QStringLiteral(" ORDER BY g.id LIMIT ?"), args), limit,
        grantFromRow);
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
