#pragma once

// The audit log as the console reads it (docs/api.md, "Audit log"): events page by page with
// the server's filters, the server's own verification, and the signed evidence export. The
// console's independent check of the chain is AuditVerifier.

#include "ApiCall.h"
#include "AuditTypes.h"

#include <functional>

class QIODevice;

namespace cc::client {

class ApiClient;

// What GET /audit filters on; empty fields do not filter.
struct AuditFilter
{
    QString actor;
    QString action; // exact, or a prefix ending in '*' ("access.*")
    QString objectType;
    QString objectId;
    QString outcome; // success, denied, failure
    QDateTime from; // inclusive
    QDateTime to; // exclusive

    bool isEmpty() const;
};

class AuditApi
{
public:
    explicit AuditApi(ApiClient *client)
        : m_client(client)
    { }

    // The chain's ends and the server's verdict on it (its audit_state).
    Call<AuditHead> head() const;
    // Lines of the server's anchor file after line `after`.
    Call<AnchorPage> anchors(qint64 after, int limit) const;
    // Newest first: `after` continues with older events.
    Call<Page<AuditRecord>> events(const AuditFilter &filter, const PageRequest &page) const;
    // The server checks its own chain; progress(checked, total) as it goes.
    Call<ServerVerification> verify(const QObject *context,
                                    std::function<void(qint64, qint64)> progress) const;
    // The signed evidence file of [from, to), written to sink as it arrives (not owned).
    Call<Done> exportEvidence(const QDateTime &from, const QDateTime &to, QIODevice *sink) const;

private:
    ApiClient *m_client;
};

} // namespace cc::client
