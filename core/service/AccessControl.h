#pragma once

// Access to Amazon data: requests with a reason, decisions by a compliance officer, and the
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
};

struct Approval
{
    AccessRequest request;
    Grant grant;
};

enum class RequestFilter { All, Pending };
enum class GrantFilter { All, Active };

class AccessControl
{
public:
    explicit AccessControl(Store &store)
        : m_store(store)
    { }

    Result<AccessRequest> createRequest(const Caller &requester, const NewAccessRequest &request);
    // Holders of access:approve see every request; everybody else only their own.
    Result<Page<AccessRequest>> requests(const Caller &caller, RequestFilter filter, qint64 after,
                                         int limit);
    Result<AccessRequest> request(qint64 id) const;

    Result<Approval> approve(const Caller &approver, qint64 requestId, const QString &comment);
    Result<AccessRequest> deny(const Caller &approver, qint64 requestId, const QString &comment);

    Result<Page<Grant>> grants(const Caller &caller, GrantFilter filter, qint64 after, int limit);
    Result<Grant> grant(qint64 id) const;
    Result<Grant> revoke(const Caller &approver, qint64 grantId, const QString &reason);

    // Background job: writes a "grant.expire" audit event for each grant that reached its end
    // unrevoked, once per grant, so the trail shows when access ended. Returns how many.
    Result<int> recordExpiredGrants();

private:
    Result<AccessRequest> pendingRequestFor(const Caller &approver, qint64 requestId);
    Store &m_store;
};

} // namespace cc
