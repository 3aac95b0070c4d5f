#include "AccessControl.h"

#include "Reminders.h"
#include "SeparationOfDuties.h"
#include "ServiceSupport.h"
#include "domain/AccessRules.h"
#include "domain/Roles.h"
#include "store/Store.h"

#include <QRegularExpression>

namespace cc {

using service::eventBy;

namespace {

// An access request with its requester, decider and grant; a query appends its WHERE clause.
struct AccessRequestRow
{
    enum Column {
        Id,
        RequesterId,
        Requester,
        RequesterName,
        RequesterTotpEnrolledAt,
        Category,
        Client,
        Reason,
        DurationHours,
        Status,
        CreatedAt,
        DecidedBy,
        DecidedAt,
        DecisionComment,
        GrantId,
        ApprovalsRequired,
        ColumnCount
    };
    static constexpr rows::Columns<ColumnCount> columns {{
        {Id, "r.id"},
        {RequesterId, "r.requester_id"},
        {Requester, "u.username"},
        {RequesterName, "u.display_name"},
        {RequesterTotpEnrolledAt, "u.totp_enrolled_at"},
        {Category, "r.category"},
        {Client, "r.client"},
        {Reason, "r.reason"},
        {DurationHours, "r.duration_hours"},
        {Status, "r.status"},
        {CreatedAt, "r.created_at"},
        {DecidedBy, "d.username"},
        {DecidedAt, "r.decided_at"},
        {DecisionComment, "r.decision_comment"},
        {GrantId, "g.id"},
        {ApprovalsRequired, "r.approvals_required"},
    }};
    static_assert(rows::inOrder(columns));
    static inline const QString select
        = rows::select(columns,
                       "FROM access_requests r JOIN users u ON u.id = r.requester_id "
                       "LEFT JOIN users d ON d.id = r.decided_by "
                       "LEFT JOIN grants g ON g.request_id = r.id ");

    static AccessRequest read(const Query &q)
    {
        AccessRequest r;
        r.id = q.value(Id).toLongLong();
        r.requesterId = q.value(RequesterId).toLongLong();
        r.requesterUsername = q.value(Requester).toString();
        r.requesterName = q.value(RequesterName).toString();
        r.requesterTotpEnrolled = !q.value(RequesterTotpEnrolledAt).isNull();
        r.category = q.value(Category).toString();
        r.client = q.value(Client).toString();
        r.reason = q.value(Reason).toString();
        r.durationHours = q.value(DurationHours).toInt();
        r.status = q.value(Status).toString();
        r.createdAt = q.value(CreatedAt).toLongLong();
        r.decidedByUsername = q.value(DecidedBy).toString();
        r.decidedAt = service::optionalTime(q.value(DecidedAt));
        r.decisionComment = q.value(DecisionComment).toString();
        if (!q.value(GrantId).isNull())
            r.grantId = q.value(GrantId).toLongLong();
        r.approvalsRequired = q.value(ApprovalsRequired).toInt();
        return r;
    }
};

// Approvals still standing, with their officers; a query appends its WHERE clause.
struct ApprovalRow
{
    enum Column { RequestId, ApproverId, Username, DisplayName, At, Comment, ColumnCount };
    static constexpr rows::Columns<ColumnCount> columns {{
        {RequestId, "a.request_id"},
        {ApproverId, "a.approver_id"},
        {Username, "ap.username"},
        {DisplayName, "ap.display_name"},
        {At, "a.at"},
        {Comment, "a.comment"},
    }};
    static_assert(rows::inOrder(columns));
    static inline const QString select
        = rows::select(columns, "FROM access_approvals a JOIN users ap ON ap.id = a.approver_id ");
    static inline const QString order
        = QStringLiteral(" AND a.withdrawn_at IS NULL ORDER BY a.request_id, a.at, a.id");

    static RequestApproval read(const Query &q)
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
        found[q->value(ApprovalRow::RequestId).toLongLong()].append(ApprovalRow::read(*q));
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

// A grant with its holder, reason, granter and revoker; a query appends its WHERE clause.
struct GrantRow
{
    enum Column {
        Id,
        RequestId,
        UserId,
        Username,
        DisplayName,
        Category,
        Client,
        Reason,
        GrantedBy,
        GrantedAt,
        ExpiresAt,
        RevokedAt,
        RevokedBy,
        RevokeReason,
        CredentialsResetAt,
        ColumnCount
    };
    static constexpr rows::Columns<ColumnCount> columns {{
        {Id, "g.id"},
        {RequestId, "g.request_id"},
        {UserId, "g.user_id"},
        {Username, "u.username"},
        {DisplayName, "u.display_name"},
        {Category, "g.category"},
        {Client, "g.client"},
        {Reason, "r.reason"},
        {GrantedBy, "b.username"},
        {GrantedAt, "g.granted_at"},
        {ExpiresAt, "g.expires_at"},
        {RevokedAt, "g.revoked_at"},
        {RevokedBy, "v.username"},
        {RevokeReason, "g.revoke_reason"},
        {CredentialsResetAt, "u.credentials_reset_at"},
    }};
    static_assert(rows::inOrder(columns));
    static inline const QString select
        = rows::select(columns,
                       "FROM grants g JOIN users u ON u.id = g.user_id "
                       "JOIN access_requests r ON r.id = g.request_id "
                       "JOIN users b ON b.id = g.granted_by "
                       "LEFT JOIN users v ON v.id = g.revoked_by ");

    static Grant read(const Query &q)
    {
        Grant g;
        g.id = q.value(Id).toLongLong();
        g.requestId = q.value(RequestId).toLongLong();
        g.userId = q.value(UserId).toLongLong();
        g.username = q.value(Username).toString();
        g.displayName = q.value(DisplayName).toString();
        g.category = q.value(Category).toString();
        g.client = q.value(Client).toString();
        g.reason = q.value(Reason).toString();
        g.grantedByUsername = q.value(GrantedBy).toString();
        g.grantedAt = q.value(GrantedAt).toLongLong();
        g.expiresAt = q.value(ExpiresAt).toLongLong();
        g.revokedAt = service::optionalTime(q.value(RevokedAt));
        g.revokedByUsername = q.value(RevokedBy).toString();
        g.revokeReason = q.value(RevokeReason).toString();
        // Suspended until the holder, whose credentials were reset, enrols again.
        g.suspended = !q.value(CredentialsResetAt).isNull();
        return g;
    }
};

void attachApprovers(QList<Grant> &grants, const QHash<qint64, QList<RequestApproval>> &approvals)
{
    for (Grant &g : grants) {
        for (const RequestApproval &a : approvals.value(g.requestId))
            g.approvedByUsernames.append(a.username);
    }
}

// The scope.order_ids of some requests, by request id.
struct OrderScopeRow
{
    enum Column { RequestId, AmazonOrderId, ColumnCount };
    static constexpr rows::Columns<ColumnCount> columns {
        {{RequestId, "request_id"}, {AmazonOrderId, "amazon_order_id"}}};
    static_assert(rows::inOrder(columns));
    static inline const QString select = rows::select(
        columns,
        "FROM access_request_orders WHERE request_id IN (%1) ORDER BY request_id, amazon_order_id");
};

Result<QHash<qint64, QStringList>> orderScopes(const Store &store, const QList<qint64> &requestIds)
{
    QHash<qint64, QStringList> found;
    if (requestIds.isEmpty())
        return found;
    QVariantList args;
    for (qint64 id : requestIds)
        args << id;
    Result<Query> q = store.exec(
        OrderScopeRow::select.arg(
            QStringList(requestIds.size(), QStringLiteral("?")).join(QLatin1Char(','))),
        args);
    if (!q)
        return q.error();
    while (q->next())
        found[q->value(OrderScopeRow::RequestId).toLongLong()].append(
            q->value(OrderScopeRow::AmazonOrderId).toString());
    return found;
}

// Sets orderIds of each request or grant from its request's scope.
template<typename T>
Result<void> attachOrderScopes(const Store &store, QList<T> &items,
                               qint64 (*requestIdOf)(const T &))
{
    QList<qint64> ids;
    for (const T &item : items)
        ids << requestIdOf(item);
    Result<QHash<qint64, QStringList>> scopes = orderScopes(store, ids);
    if (!scopes)
        return scopes.error();
    for (T &item : items)
        item.orderIds = scopes->value(requestIdOf(item));
    return {};
}

qint64 requestIdOf(const AccessRequest &r)
{
    return r.id;
}

qint64 requestIdOf(const Grant &g)
{
    return g.requestId;
}

struct ClientRow
{
    enum Column { Name, AddedBy, AddedAt, ColumnCount };
    static constexpr rows::Columns<ColumnCount> columns {
        {{Name, "name"}, {AddedBy, "added_by"}, {AddedAt, "added_at"}}};
    static_assert(rows::inOrder(columns));
    static inline const QString select = rows::select(columns, "FROM clients ");

    static Client read(const Query &q)
    {
        return {q.value(Name).toString(), q.value(AddedBy).toString(),
                q.value(AddedAt).toLongLong()};
    }
};

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
    if (Result<void> scoped = validateOrderScope(r.category, r.orderIds); !scoped)
        return scoped.error();
    return m_store.transaction([&]() -> Result<AccessRequest> {
        Result<QVariantList> known = rows::column(m_store.exec(
            QStringLiteral("SELECT name FROM clients WHERE name = ?"), {r.client.trimmed()}));
        if (!known)
            return known.error();
        // Naming no other client: the registry is for those who may request access at all.
        if (known->isEmpty())
            return makeFieldError(
                ErrorCode::InvalidInput, QStringLiteral("client"),
                QStringLiteral("\"client\" is not a known client: pick one from "
                               "GET /clients, or ask an administrator to add it"));
        Result<qint64> inserted = rows::insertedId(m_store.exec(
            QStringLiteral("INSERT INTO access_requests (requester_id, category, client, reason, "
                           "duration_hours, status, created_at, approvals_required) VALUES (?, ?, "
                           "?, ?, ?, 'pending', ?, ?) RETURNING id"),
            {requester.userId, r.category, r.client.trimmed(), r.reason.trimmed(), r.durationHours,
             m_store.clock().nowMs(), approvalsRequired(r.category, m_store.policy())}));
        if (!inserted)
            return inserted.error();
        const qint64 id = *inserted;
        for (const QString &orderId : r.orderIds) {
            if (Result<Query> scoped
                = m_store.exec(QStringLiteral("INSERT INTO access_request_orders (request_id, "
                                              "amazon_order_id) VALUES (?, ?)"),
                               {id, orderId});
                !scoped)
                return scoped.error();
        }
        if (Result<AuditEvent> logged = audit::append(
                m_store,
                eventBy(requester, QStringLiteral("access.request"),
                        QStringLiteral("access_request"), QString::number(id),
                        QStringLiteral("category=%1 client=%2 duration_hours=%3 order_ids=%4")
                            .arg(r.category, r.client.trimmed())
                            .arg(r.durationHours)
                            .arg(r.orderIds.isEmpty() ? QStringLiteral("all")
                                                      : r.orderIds.join(QLatin1Char(','))),
                        r.reason.trimmed()));
            !logged)
            return logged.error();
        if (Result<void> told = tellApprovers(requester, id, r); !told)
            return told.error();
        return request(requester, id);
    });
}

// Inside the request's transaction: every active holder of access:approve but the requester.
Result<void> AccessControl::tellApprovers(const Caller &requester, qint64 id,
                                          const NewAccessRequest &r)
{
    Result<QList<qint64>> approvers = service::activeHolders(m_store, Permission::AccessApprove);
    if (!approvers)
        return approvers.error();
    approvers->removeAll(requester.userId);
    return notifyUsers(m_store, *approvers, QStringLiteral("access_request"), QStringLiteral("new"),
                       QStringLiteral("%1 asks for %2 (%3)")
                           .arg(requester.username, r.category, r.client.trimmed()),
                       QStringLiteral("Access request %1: %2 hours for \"%3\". Decide it on the "
                                      "Access page.")
                           .arg(id)
                           .arg(r.durationHours)
                           .arg(r.reason.trimmed()));
}

// Inside the decision's transaction: the requester hears of it, with the comment.
Result<void> AccessControl::tellRequester(const AccessRequest &r, const QString &decision,
                                          const QString &comment)
{
    return notifyUsers(
        m_store, {r.requesterId}, QStringLiteral("access_decision"), decision,
        QStringLiteral("Your request for %1 (%2) was %3").arg(r.category, r.client, decision),
        QStringLiteral("Access request %1 was %2: %3").arg(r.id).arg(decision, comment.trimmed()));
}

Result<AccessRequest> AccessControl::load(qint64 id) const
{
    Result<Query> q
        = m_store.exec(AccessRequestRow::select + QStringLiteral("WHERE r.id = ?"), {id});
    if (!q)
        return q.error();
    if (!q->next())
        return makeError(ErrorCode::NotFound,
                         QStringLiteral("no access request with id %1").arg(id));
    QList<AccessRequest> one = {AccessRequestRow::read(*q)};
    q->finish();
    Result<QHash<qint64, QList<RequestApproval>>> approvals = approvalsByRequest(m_store.exec(
        ApprovalRow::select + QStringLiteral("WHERE a.request_id = ?") + ApprovalRow::order, {id}));
    if (!approvals)
        return approvals.error();
    attachApprovals(one, *approvals, m_store.policy());
    if (Result<void> scoped = attachOrderScopes(m_store, one, requestIdOf); !scoped)
        return scoped.error();
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
        m_store.exec(AccessRequestRow::select + where + QStringLiteral(" ORDER BY r.id LIMIT ?"),
                     QVariantList(args) << limit + 1),
        limit, AccessRequestRow::read);
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
    if (Result<void> scoped = attachOrderScopes(m_store, page->items, requestIdOf); !scoped)
        return scoped.error();
    if (Result<void> described = describeFor(caller, page->items); !described)
        return described.error();
    return page;
}

Result<QList<AccessRequest>> AccessControl::awaitingDecision(const Caller &caller) const
{
    if (!caller.can(Permission::AccessApprove))
        return QList<AccessRequest>();
    const QString where = QStringLiteral("WHERE r.status = 'pending'");
    Result<QList<AccessRequest>> pending = rows::readAll<AccessRequest>(
        m_store.exec(AccessRequestRow::select + where + QStringLiteral(" ORDER BY r.id")),
        AccessRequestRow::read);
    if (!pending)
        return pending;
    Result<QHash<qint64, QList<RequestApproval>>> approvals = approvalsByRequest(m_store.exec(
        ApprovalRow::select + QStringLiteral("JOIN access_requests r ON r.id = a.request_id ")
        + where + ApprovalRow::order));
    if (!approvals)
        return approvals.error();
    attachApprovals(*pending, *approvals, m_store.policy());
    if (Result<void> scoped = attachOrderScopes(m_store, *pending, requestIdOf); !scoped)
        return scoped.error();
    if (Result<void> described = describeFor(caller, *pending); !described)
        return described.error();
    pending->removeIf([](const AccessRequest &r) { return !r.canDecide; });
    return pending;
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
        if (std::optional<Error> refusal = grantRefusal(*r))
            return *refusal;
        if (Result<Query> recorded = m_store.exec(
                QStringLiteral(
                    "INSERT INTO access_approvals (request_id, approver_id, comment, at) "
                    "VALUES (?, ?, ?, ?)"),
                {requestId, approver.userId, comment.trimmed(), now});
            !recorded)
            return recorded.error();
        if (int(r->approvals.size()) + 1 < r->approvalsRequired)
            return awaitApprovals(approver, *r, comment);
        return grantAccess(approver, *r, comment, now);
    });
    if (!done)
        return refused(approver, QStringLiteral("access.approve"), requestId, done.error());
    return done;
}

std::optional<Error> AccessControl::grantRefusal(const AccessRequest &r) const
{
    if (!r.requesterTotpEnrolled)
        return makeError(ErrorCode::Conflict,
                         QStringLiteral("%1 has not enrolled two-factor authentication: access "
                                        "cannot be granted until they sign in with a code")
                             .arg(r.requesterUsername));
    if (r.durationHours > m_store.policy().maxAccessHours)
        return makeError(
            ErrorCode::Conflict,
            QStringLiteral("the requested %1 hours exceed the policy maximum of %2 hours")
                .arg(r.durationHours)
                .arg(m_store.policy().maxAccessHours));
    return std::nullopt;
}

Result<Approval> AccessControl::awaitApprovals(const Caller &approver, const AccessRequest &r,
                                               const QString &comment)
{
    if (Result<AuditEvent> logged = audit::append(
            m_store,
            eventBy(approver, QStringLiteral("access.approve"), QStringLiteral("access_request"),
                    QString::number(r.id),
                    QStringLiteral("approval=%1/%2 user=%3 category=%4 client=%5 hours=%6")
                        .arg(r.approvals.size() + 1)
                        .arg(r.approvalsRequired)
                        .arg(r.requesterUsername, r.category, r.client)
                        .arg(r.durationHours),
                    comment.trimmed()));
        !logged)
        return logged.error();
    Result<AccessRequest> waiting = request(approver, r.id);
    if (!waiting)
        return waiting.error();
    return Approval {waiting.value(), std::nullopt};
}

Result<Approval> AccessControl::grantAccess(const Caller &approver, const AccessRequest &r,
                                            const QString &comment, qint64 now)
{
    if (Result<Query> decided = m_store.exec(
            QStringLiteral("UPDATE access_requests SET status = 'approved', decided_by = ?, "
                           "decided_at = ?, decision_comment = ? WHERE id = ?"),
            {approver.userId, now, comment.trimmed(), r.id});
        !decided)
        return decided.error();
    Result<qint64> grantId = rows::insertedId(m_store.exec(
        QStringLiteral("INSERT INTO grants (request_id, user_id, category, client, granted_by, "
                       "granted_at, expires_at) VALUES (?, ?, ?, ?, ?, ?, ?) RETURNING id"),
        {r.id, r.requesterId, r.category, r.client, approver.userId, now,
         now + qint64(r.durationHours) * 3600 * 1000}));
    if (!grantId)
        return grantId.error();
    QStringList approvers;
    for (const RequestApproval &a : r.approvals)
        approvers << a.username;
    approvers << approver.username;
    if (Result<AuditEvent> logged
        = audit::append(m_store,
                        eventBy(approver, QStringLiteral("access.approve"),
                                QStringLiteral("access_request"), QString::number(r.id),
                                QStringLiteral("grant=%1 user=%2 category=%3 client=%4 hours=%5 "
                                               "approvers=%6")
                                    .arg(*grantId)
                                    .arg(r.requesterUsername, r.category, r.client)
                                    .arg(r.durationHours)
                                    .arg(approvers.join(QLatin1Char(','))),
                                comment.trimmed()));
        !logged)
        return logged.error();
    if (Result<void> told = tellRequester(r, QStringLiteral("approved"), comment); !told)
        return told.error();
    Result<AccessRequest> decided = request(approver, r.id);
    if (!decided)
        return decided.error();
    Result<Grant> created = grant(*grantId);
    if (!created)
        return created.error();
    return Approval {decided.value(), created.value()};
}

Result<AccessRequest> AccessControl::deny(const Caller &approver, qint64 requestId,
                                          const QString &comment)
{
    if (comment.trimmed().isEmpty())
        return makeFieldError(
            ErrorCode::InvalidInput, QStringLiteral("comment"),
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
        if (Result<void> told = tellRequester(*r, QStringLiteral("denied"), comment); !told)
            return told.error();
        return request(approver, requestId);
    });
    if (!done)
        return refused(approver, QStringLiteral("access.deny"), requestId, done.error());
    return done;
}

Result<Grant> AccessControl::grant(qint64 id) const
{
    Result<Query> q = m_store.exec(GrantRow::select + QStringLiteral("WHERE g.id = ?"), {id});
    if (!q)
        return q.error();
    if (!q->next())
        return makeError(ErrorCode::NotFound, QStringLiteral("no grant with id %1").arg(id));
    QList<Grant> one = {GrantRow::read(*q)};
    q->finish();
    Result<QHash<qint64, QList<RequestApproval>>> approvals = approvalsByRequest(m_store.exec(
        kGrantApprovals + QStringLiteral("WHERE g.id = ?") + ApprovalRow::order, {id}));
    if (!approvals)
        return approvals.error();
    attachApprovers(one, *approvals);
    if (Result<void> scoped = attachOrderScopes(m_store, one, requestIdOf); !scoped)
        return scoped.error();
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
        m_store.exec(GrantRow::select + where + QStringLiteral(" ORDER BY g.id LIMIT ?"),
                     QVariantList(args) << limit + 1),
        limit, GrantRow::read);
    if (!page || page->items.isEmpty())
        return page;
    Result<QHash<qint64, QList<RequestApproval>>> approvals = approvalsByRequest(m_store.exec(
        kGrantApprovals + where + QStringLiteral(" AND g.id <= ?") + ApprovalRow::order,
        QVariantList(args) << page->items.last().id));
    if (!approvals)
        return approvals.error();
    attachApprovers(page->items, *approvals);
    if (Result<void> scoped = attachOrderScopes(m_store, page->items, requestIdOf); !scoped)
        return scoped.error();
    return page;
}

Result<Grant> AccessControl::revoke(const Caller &approver, qint64 grantId, const QString &reason)
{
    if (reason.trimmed().isEmpty())
        return makeFieldError(ErrorCode::InvalidInput, QStringLiteral("reason"),
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

Result<QList<Client>> AccessControl::clients() const
{
    return rows::readAll<Client>(m_store.exec(ClientRow::select + QStringLiteral("ORDER BY name")),
                                 ClientRow::read);
}

Result<Client> AccessControl::addClient(const Caller &admin, const QString &name)
{
    const QString trimmed = name.trimmed();
    // Ingest's limit of 100 characters, and only characters a seller account name needs: the
    // name goes into URLs (?client=) and audit details.
    static const QRegularExpression namePattern(
        QStringLiteral("^[A-Za-z0-9][A-Za-z0-9 ._&-]{0,99}$"));
    if (!namePattern.match(trimmed).hasMatch())
        return makeError(ErrorCode::InvalidInput,
                         QStringLiteral("\"name\" must be 1 to 100 letters, digits, spaces or "
                                        ". _ & -, starting with a letter or digit"));
    return m_store.transaction([&]() -> Result<Client> {
        Result<QVariantList> existing = rows::column(
            m_store.exec(QStringLiteral("SELECT name FROM clients WHERE name = ?"), {trimmed}));
        if (!existing)
            return existing.error();
        if (!existing->isEmpty())
            return makeError(ErrorCode::Conflict,
                             QStringLiteral("client %1 is already registered").arg(trimmed));
        const Client added {trimmed, admin.username, m_store.clock().nowMs()};
        if (Result<Query> inserted = m_store.exec(
                QStringLiteral("INSERT INTO clients (name, added_by, added_at) VALUES (?, ?, ?)"),
                {added.name, added.addedBy, added.addedAt});
            !inserted)
            return inserted.error();
        if (Result<AuditEvent> logged
            = audit::append(m_store,
                            eventBy(admin, QStringLiteral("client.add"), QStringLiteral("client"),
                                    trimmed, QStringLiteral("client=%1").arg(trimmed)));
            !logged)
            return logged.error();
        return added;
    });
}

Result<int> AccessControl::recordExpiredGrants()
{
    const qint64 now = m_store.clock().nowMs();
    return m_store.transaction([&]() -> Result<int> {
        Result<Query> q = m_store.exec(
            GrantRow::select
                + QStringLiteral("WHERE g.revoked_at IS NULL AND g.expires_at <= ? AND "
                                 "g.expiry_audited_at IS NULL ORDER BY g.id LIMIT 500"),
            {now});
        if (!q)
            return q.error();
        QList<Grant> expired;
        while (q->next())
            expired.append(GrantRow::read(*q));
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
