#pragma once

// Access to Amazon data: requests with a reason, decisions by compliance officers (one, or for
// orders.pii the policy's pii_approvals, each eligible under separation of duties), and the
// time-bound grants they create. Each change is audited in the same transaction.

#include "Result.h"
#include "domain/Types.h"

namespace cc {

class Store;

struct NewAccessRequest
{
    QString category;
    QString client;
    QString reason;
    int durationHours = 0;
    QStringList orderIds; // scope.order_ids: the only orders the grant will read; empty: all
};

struct Approval
{
    AccessRequest request;
    std::optional<Grant> grant; // nullopt while the request waits for more approvals
};

enum class RequestFilter { All, Pending };
enum class GrantFilter { All, Active };

class AccessControl
{
public:
    explicit AccessControl(Store &store)
        : m_store(store)
    { }

    // The client must be in the registry; an unknown one is refused without naming any other.
    Result<AccessRequest> createRequest(const Caller &requester, const NewAccessRequest &request);
    // Holders of access:approve see every request; everybody else only their own. Each request
    // says whether the caller may decide it, and if not why.
    Result<Page<AccessRequest>> requests(const Caller &caller, RequestFilter filter, qint64 after,
                                         int limit);
    Result<AccessRequest> request(const Caller &caller, qint64 id);

    // Records the approver's approval; the grant is made when the request has as many as it
    // needs. Refused (and the refusal audited) when separation of duties forbids the approver.
    Result<Approval> approve(const Caller &approver, qint64 requestId, const QString &comment);
    // One eligible officer's denial ends the request, whatever approvals it had.
    Result<AccessRequest> deny(const Caller &approver, qint64 requestId, const QString &comment);

    Result<Page<Grant>> grants(const Caller &caller, GrantFilter filter, qint64 after, int limit);
    Result<Grant> grant(qint64 id) const;
    Result<Grant> revoke(const Caller &approver, qint64 grantId, const QString &reason);

    // Background job: writes a "grant.expire" audit event for each grant that reached its end
    // unrevoked, once per grant, so the trail shows when access ended. Returns how many.
    Result<int> recordExpiredGrants();

    // Every pending request the caller may decide now (separation of duties, their own earlier
    // approval and the permission included), oldest first; not audited (GET /me/tasks is).
    Result<QList<AccessRequest>> awaitingDecision(const Caller &caller) const;

    // The client registry: every client seen in ingest and those an administrator added, by
    // name. Adding one is audited; a name already there is a conflict.
    Result<QList<Client>> clients() const;
    Result<Client> addClient(const Caller &admin, const QString &name);

private:
    // Notifications: the approvers of a new request, the requester of its decision.
    Result<void> tellApprovers(const Caller &requester, qint64 id, const NewAccessRequest &r);
    Result<void> tellRequester(const AccessRequest &r, const QString &decision,
                               const QString &comment);
    // The request with its approvals, as stored: nothing about any caller yet.
    Result<AccessRequest> load(qint64 id) const;
    // Sets canDecide and cannotDecideReason of each request for the caller.
    Result<void> describeFor(const Caller &caller, QList<AccessRequest> &requests) const;
    // Locks the request and returns it when the decider may decide it, else the reason.
    Result<AccessRequest> decidable(const Caller &decider, qint64 requestId);
    // Why the request may not be granted however many approve it, if it may not.
    std::optional<Error> grantRefusal(const AccessRequest &request) const;
    // The steps after an approval is recorded: when more approvals are needed, and when this
    // one completes them and the grant is made.
    Result<Approval> awaitApprovals(const Caller &approver, const AccessRequest &request,
                                    const QString &comment);
    Result<Approval> grantAccess(const Caller &approver, const AccessRequest &request,
                                 const QString &comment, qint64 now);
    // Audits a decision the rules refused (its own transaction was rolled back) and returns
    // the error to answer with: the refusal, or the failure to record it.
    Error refused(const Caller &decider, const QString &action, qint64 requestId,
                  const Error &error);
    Store &m_store;
};

} // namespace cc
