#pragma once

// The HTTPS store server: TLS 1.2+ only, a route table in which every route names the
// permission it needs, JSON errors, and an audit event for every refusal.

#include "AuditGuard.h"
#include "HashPool.h"
#include "Routes.h"
#include "SignInThrottle.h"
#include "TlsListener.h"
#include "service/Accounts.h"
#include "service/Controls.h"

#include <atomic>
#include <memory>
#include <vector>

#include <QAbstractHttpServer>
#include <QHash>
#include <QHostAddress>
#include <QPointer>
#include <QTimer>
#include <QUrlQuery>

namespace cc {
class Store;
}

namespace cc::server {

class RequestWorker;

class StoreServer final : public QAbstractHttpServer
{
    Q_OBJECT

public:
    // The body of a route that declares no larger one (Route::maxBodyBytes).
    static constexpr qsizetype kMaxBodyBytes = kDefaultBodyBytes;

    explicit StoreServer(Store &store, QObject *parent = nullptr);
    ~StoreServer() override; // commits an open batch: the reads in it keep their audit events

    // Before start(): the timeouts and connection caps (TlsListener.h has the defaults and why).
    void setConnectionLimits(const ConnectionLimits &limits) { m_limits = limits; }
    // Before start(): how many threads serve requests, this one included (docs/DESIGN.md,
    // "Request workers"). Each further one has its own connection to the database.
    void setWorkers(int workers) { m_workerCount = std::max(1, workers); }
    static int defaultWorkers(); // the online cores

    // Loads the store's certificate and key, opens the other workers' connections and listens;
    // returns the bound port.
    Result<quint16> start(const QHostAddress &address, quint16 port);
    // Re-reads the policy file and the TLS certificate and key (SIGHUP): a renewed certificate
    // needs no restart. Connections accepted from now on get the new certificate; open ones keep
    // theirs. When either file is unreadable or invalid nothing changes and the error says why.
    // The job intervals keep the values they started with.
    Result<void> reload();

    const RouteTable &routes() const { return m_routes; }
    // This instance's watch over the audit trail: checked at start, by jobs and by GET
    // /audit/verify; GET /audit/head reports its state.
    AuditGuard &auditGuard() { return m_auditGuard; }

    // One request as it arrives, after TLS, the network check and the body limit.
    struct IncomingCall
    {
        QByteArray method;
        QString path;
        QUrlQuery query;
        QByteArray authorization; // the header's value
        QByteArray contentType; // the header's value; a body must be application/json
        QByteArray body;
        QString remoteAddress;
    };
    // Everything the server does with a request: route, authenticate, check the permission,
    // parse the body, run the handler, and any CPU-heavy part it left (ApiResponse::offload)
    // here and now. The request fuzzer (tests/fuzz) calls it directly; handleRequest() runs
    // respondTo() and hands the heavy part to the hashing pool instead.
    ApiResponse dispatch(const IncomingCall &call);
    // The same up to the heavy part: the answer, or one with an Offload still to run.
    ApiResponse respondTo(const IncomingCall &call);

    using Subnet = QPair<QHostAddress, int>;
    // When set, requests from any other address get 403 before anything else is looked at.
    void setAllowedNetworks(const QList<Subnet> &networks) { m_allowedNetworks = networks; }

    // What the controls need from this server and not from the store: how it listens, its TLS
    // floor and certificate, and its last check of the audit chain (service/Controls). Any
    // worker may ask: what reload() changes is read atomically.
    ControlRuntime controlRuntime();

protected:
    bool handleRequest(const QHttpServerRequest &request, QTcpSocket *socket) override;
    void missingHandler(const QHttpServerRequest &request, QTcpSocket *socket) override;

private:
    friend class RequestWorker;
    // A further request worker of leader, on its own thread and connection (store).
    StoreServer(Store &store, StoreServer &leader);
    Result<void> startWorkers();
    void stopWorkers();
    // The leader's: one per server, whichever worker serves.
    SignInThrottle &signInThrottle()
    {
        return m_leader ? m_leader->m_signInThrottle : m_signInThrottle;
    }
    HashPool &hashPool() { return m_leader ? m_leader->m_hashPool : m_hashPool; }
    void registerRoutes();
    Result<void> authorize(const Route &route, const IncomingCall &call, ApiRequest &api);
    // The listener's body allowance (TlsListener::setBodyAllowance): a route's larger body
    // limit, for a request whose session token is valid and holds the route's permissions.
    qint64 bodyAllowance(const RequestHead &head);
    // One request, in the order its connection sent it: answered now, left to the hashing
    // pool, or queued behind an answer of its connection that the pool still works on.
    void serve(QTcpSocket *socket, const IncomingCall &call);
    void offload(QTcpSocket *socket, const std::shared_ptr<const Offload> &work);
    void finishOffloaded(const QPointer<QTcpSocket> &socket,
                         const std::shared_ptr<const Offload> &work);
    // The requests its connection sent while an answer was on the pool, in order.
    void resume(QTcpSocket *socket);
    void forgetConnection(QObject *socket);
    // Sends the answer now, or, while a batch is open, once the batch has committed.
    void deliver(QTcpSocket *socket, const ApiResponse &response);
    void write(QTcpSocket *socket, const ApiResponse &response);
    void commitBatch();
    // Sends the batch's answers in order once it has committed (each an error if that failed).
    void sendBatch(const Result<void> &committed);

    Store &m_store;
    StoreServer *m_leader = nullptr; // set in a further worker: the server that listens
    Accounts m_accounts;
    AuditGuard m_auditGuard;
    RouteTable m_routes;
    ConnectionLimits m_limits;
    TlsListener *m_listener = nullptr; // a child, once listening
    QList<Subnet> m_allowedNetworks;
    SignInThrottle m_signInThrottle;
    QHostAddress m_listenAddress; // once listening
    std::atomic<qint64> m_certificateExpiresAt {0}; // ms, once listening (reload() renews it)
    int m_workerCount = 1;
    std::vector<std::unique_ptr<RequestWorker>> m_workers; // the further ones, once started
    // Group commit of reads: the GET requests handled in one event-loop turn share one write
    // transaction (Store::openBatch), committed in the next turn; their answers, which may hold
    // PII whose read audit must be durable first, wait for that commit.
    static constexpr qsizetype kMaxBatch = 128;
    struct PendingAnswer
    {
        QPointer<QTcpSocket> socket;
        ApiResponse response;
    };
    QList<PendingAnswer> m_pending;
    QTimer m_batchTimer;
    // Connections whose answer is on the hashing pool, with the requests they sent since: an
    // answer never overtakes an earlier one of its connection, nor its work an earlier one's.
    QHash<const QObject *, QList<IncomingCall>> m_waiting;
    HashPool m_hashPool; // last: gone (its threads done) before anything they report to
};

ApiResponse errorResponse(const Error &error);

} // namespace cc::server
