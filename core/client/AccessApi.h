#pragma once

// Access to Amazon data (docs/api.md, "Endpoints"): access requests, their decisions and the
// grants they became.

#include "ApiCall.h"
#include "ApiTypes.h"

namespace cc::client {

class ApiClient;

struct NewAccessRequest
{
    QString category;
    QString client;
    QString reason;
    int durationHours = 0;
    QStringList orderIds; // scope.order_ids; empty: every order of the client
};

// A client account a request may name (GET /clients).
struct RegisteredClient
{
    QString name;
    QString addedBy; // empty: seen in ingest
    QDateTime addedAt;

    static RegisteredClient fromJson(const QJsonObject &json);
};

// POST /access-requests/{id}/approve and /deny: the request as decided, and the grant an
// approval created.
struct AccessDecision
{
    AccessRequest request;
    Grant grant; // id 0 for a denial

    static AccessDecision fromJson(const QJsonObject &json);
};

class AccessApi
{
public:
    explicit AccessApi(ApiClient *client)
        : m_client(client)
    { }

    // status: "pending", … or empty for every status the caller may see.
    Call<Page<AccessRequest>> requests(const QString &status, const PageRequest &page) const;
    Call<AccessRequest> request(const NewAccessRequest &request) const;
    // The registered clients, by name (the server answers them all at once).
    Call<Page<RegisteredClient>> clients() const;
    Call<AccessDecision> approve(qint64 id, const QString &comment) const;
    Call<AccessDecision> deny(qint64 id, const QString &comment) const;
    Call<Page<Grant>> grants(const QString &status, const PageRequest &page) const;
    Call<Grant> revoke(qint64 grantId, const QString &reason) const;

private:
    ApiClient *m_client;
};

} // namespace cc::client
