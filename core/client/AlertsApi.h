#pragma once

// Monitoring alerts (docs/api.md, "Monitoring"): read with audit:read, acknowledged with a note
// by holders of alerts:manage.

#include "AlertTypes.h"
#include "ApiCall.h"

namespace cc::client {

class ApiClient;

class AlertsApi
{
public:
    explicit AlertsApi(ApiClient *client)
        : m_client(client)
    { }

    // status: "open", "acknowledged" or empty for every alert.
    // rule: one rule's alerts ("unused_grant"), or empty for every rule.
    Call<Page<Alert>> list(const QString &status, const PageRequest &page,
                           const QString &rule = {}) const;
    Call<Alert> get(qint64 id) const;
    Call<Alert> acknowledge(qint64 id, const QString &note) const;
    // Ends every live session of the user the alert names (alerts:manage).
    Call<EndedSessions> endSessions(qint64 id) const;
    // An incident from the alert, assigned to the caller; the answer is the alert, linked.
    Call<Alert> escalate(qint64 id) const;

private:
    ApiClient *m_client;
};

} // namespace cc::client
