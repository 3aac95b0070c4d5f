#include "StoreServer.h"

#include "domain/Roles.h"
#include "json/Json.h"
#include "service/Monitoring.h"
#include "store/Store.h"

#include <algorithm>
#include <future>

#include <QCryptographicHash>
#include <QFile>
#include <QHttpServerRequest>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLoggingCategory>
#include <QPointer>
#include <QSslCertificate>
#include <QSslCipher>
#include <QSslConfiguration>
#include <QSslKey>
#include <QSslSocket>
#include <QTcpSocket>
#include <QThread>
#include <QTimer>

namespace cc::server {

// A further request worker: a thread with its own event loop, its own connection to the database
// (the store opened again) and its own StoreServer, whose listener accepts from the leader's
// listening socket. Everything of a connection happens on the thread of the worker that took it.
class RequestWorker final : public QThread
{
public:
    explicit RequestWorker(StoreServer &leader)
        : m_leader(leader)
    { }
    ~RequestWorker() override
    {
        quit(); // the worker's server commits its open batch on the way out
        wait();
    }

    // Starts the thread; returns once its store is open and its server ready, or could not be.
    Result<void> launch()
    {
        std::future<Result<void>> ready = m_ready.get_future();
        start();
        return ready.get();
    }
    StoreServer *server() const { return m_server; }
    TlsListener *listener() const { return m_listener; }

protected:
    void run() override
    {
        Result<std::unique_ptr<Store>> store = m_leader.m_store.openAnother();
        if (!store) {
            m_ready.set_value(store.error());
            return;
        }
        // The policy in force, should a reload have changed it (the leader waits meanwhile).
        (*store)->setPolicy(m_leader.m_store.policy());
        StoreServer server(**store, m_leader);
        auto *listener = new TlsListener(m_leader.m_limits);
        // A document route's larger body, judged by this worker's own server and store.
        listener->setBodyAllowance(
            [&server](const RequestHead &head) { return server.bodyAllowance(head); });
        if (!listener->listenAlongside(*m_leader.m_listener)) {
            delete listener;
            m_ready.set_value(makeError(
                ErrorCode::Unavailable,
                QStringLiteral("cannot share the listening socket: %1").arg(qt_error_string())));
            return;
        }
        server.bind(listener); // takes it as a child
        server.m_listener = listener;
        m_server = &server;
        m_listener = listener;
        m_ready.set_value({});
        exec();
    }

private:
    StoreServer &m_leader;
    std::promise<Result<void>> m_ready;
    StoreServer *m_server = nullptr; // on this thread, from launch() until the thread ends
    TlsListener *m_listener = nullptr;
};

// Debug (a line per request and per group commit) only when asked for, e.g.
// QT_LOGGING_RULES=compliance.server.debug=true: at thousands of requests a second it would
// fill the log and cost a write each.
Q_LOGGING_CATEGORY(lcServer, "compliance.server", QtInfoMsg)

namespace {

// The oldest protocol the listener accepts; the encryption-in-transit control reports it.
constexpr QSsl::SslProtocol kTlsFloor = QSsl::TlsV1_2OrLater;

// The name of the first field (a.b[2].c) whose text holds U+0000, empty when none does. No
// stored text may hold it: PostgreSQL refuses it outright and C strings end at it.
QString fieldWithNul(const QJsonValue &value, const QString &path)
{
    if (value.isString())
        return value.toString().contains(QChar(0))
            ? (path.isEmpty() ? QStringLiteral("body") : path)
            : QString();
    if (value.isArray()) {
        const QJsonArray array = value.toArray();
        for (qsizetype i = 0; i < array.size(); ++i) {
            if (QString found = fieldWithNul(array.at(i), path + QStringLiteral("[%1]").arg(i));
                !found.isEmpty())
                return found;
        }
    } else if (value.isObject()) {
        const QJsonObject object = value.toObject();
        for (auto it = object.begin(); it != object.end(); ++it) {
            const QString name = path.isEmpty() ? it.key() : path + QLatin1Char('.') + it.key();
            if (it.key().contains(QChar(0)))
                return name;
            if (QString found = fieldWithNul(it.value(), name); !found.isEmpty())
                return found;
        }
    }
    return {};
}

// "application/json", with at most a charset parameter that names UTF-8, the only encoding JSON
// may travel in (RFC 8259). A body labelled otherwise (a cross-site HTML form, text/plain) is
// refused, never guessed at.
bool isJsonMediaType(const QByteArray &header)
{
    const QList<QByteArray> parts = header.split(';');
    if (parts.first().trimmed().toLower() != "application/json")
        return false;
    for (qsizetype i = 1; i < parts.size(); ++i) {
        const QByteArray parameter = parts.at(i).trimmed().toLower();
        if (parameter != "charset=utf-8" && parameter != "charset=\"utf-8\"")
            return false;
    }
    return true;
}

int httpStatus(ErrorCode code)
{
    switch (code) {
    case ErrorCode::InvalidInput:
        return 400;
    case ErrorCode::Unauthorized:
        return 401;
    case ErrorCode::Forbidden:
        return 403;
    case ErrorCode::NotFound:
        return 404;
    case ErrorCode::Conflict:
        return 409;
    case ErrorCode::TooLarge:
        return 413;
    case ErrorCode::UnsupportedMediaType:
        return 415;
    case ErrorCode::Locked:
        return 423;
    case ErrorCode::RateLimited:
        return 429;
    case ErrorCode::Unavailable:
        return 503;
    case ErrorCode::Internal:
        return 500;
    }
    return 500;
}

QByteArray methodName(QHttpServerRequest::Method method)
{
    switch (method) {
    case QHttpServerRequest::Method::Get:
        return "GET";
    case QHttpServerRequest::Method::Post:
        return "POST";
    case QHttpServerRequest::Method::Delete:
        return "DELETE";
    case QHttpServerRequest::Method::Put:
        return "PUT";
    case QHttpServerRequest::Method::Patch:
        return "PATCH";
    case QHttpServerRequest::Method::Head:
        return "HEAD";
    case QHttpServerRequest::Method::Options:
        return "OPTIONS";
    default:
        return "OTHER";
    }
}

QByteArray reasonPhrase(int status)
{
    switch (status) {
    case 200:
        return "OK";
    case 201:
        return "Created";
    case 400:
        return "Bad Request";
    case 401:
        return "Unauthorized";
    case 403:
        return "Forbidden";
    case 404:
        return "Not Found";
    case 405:
        return "Method Not Allowed";
    case 409:
        return "Conflict";
    case 413:
        return "Payload Too Large";
    case 415:
        return "Unsupported Media Type";
    case 423:
        return "Locked";
    case 429:
        return "Too Many Requests";
    case 500:
        return "Internal Server Error";
    case 503:
        return "Service Unavailable";
    }
    return {}; // an empty reason phrase is valid HTTP/1.1
}

// TLS 1.3's suites (all AEAD with forward secrecy) and, for TLS 1.2, only ECDHE key exchange
// with an AEAD cipher: no static-RSA key exchange, no CBC, no SHA-1 MACs.
QList<QSslCipher> strongCiphers()
{
    QList<QSslCipher> strong;
    for (const QSslCipher &cipher : QSslConfiguration::supportedCiphers()) {
        const QString name = cipher.name();
        const bool tls13 = name.startsWith(QLatin1String("TLS_"));
        const bool ecdheAead = name.startsWith(QLatin1String("ECDHE-"))
            && (name.contains(QLatin1String("-GCM-")) || name.contains(QLatin1String("CHACHA20")));
        if (tls13 || ecdheAead)
            strong << cipher;
    }
    return strong;
}

// Writes a streamed answer as HTTP/1.1 chunks, one piece per event-loop turn and only once the
// client has taken the previous one, so a long answer neither blocks other requests nor piles
// up in memory. Qt 6.4's QHttpServerResponder::write(QIODevice *) cannot do this: it sends a
// sequential device without Content-Length or chunk framing (the client cannot tell where the
// body ends) and stops as soon as the device has nothing buffered. Lives on the socket, so a
// client that goes away ends it.
class ChunkedStream final : public QObject
{
public:
    ChunkedStream(QTcpSocket *socket, std::function<std::optional<QByteArray>()> next)
        : QObject(socket)
        , m_socket(socket)
        , m_next(std::move(next))
    {
        connect(socket, &QIODevice::bytesWritten, this, &ChunkedStream::pump);
        // Over TLS the pieces wait in the socket's encrypted buffer (bytesToWrite() stays near
        // zero), so that is where a client that does not read shows.
        if (auto *tls = qobject_cast<QSslSocket *>(socket))
            connect(tls, &QSslSocket::encryptedBytesWritten, this, &ChunkedStream::pump);
        QTimer::singleShot(0, this, &ChunkedStream::pump);
    }

private:
    static constexpr qint64 kPendingBytes = 64 * 1024;

    void pump()
    {
        if (m_finished || m_scheduled || !m_socket
            || m_socket->state() != QAbstractSocket::ConnectedState)
            return;
        const auto *tls = qobject_cast<const QSslSocket *>(m_socket.data());
        if (m_socket->bytesToWrite() + (tls ? tls->encryptedBytesToWrite() : 0) > kPendingBytes)
            return; // bytesWritten calls again
        const std::optional<QByteArray> piece = m_next();
        if (!piece) {
            m_finished = true;
            m_socket->write("0\r\n\r\n");
            deleteLater();
            return;
        }
        if (!piece->isEmpty())
            m_socket->write(QByteArray::number(piece->size(), 16) + "\r\n" + *piece + "\r\n");
        m_scheduled = true;
        QTimer::singleShot(0, this, [this] {
            m_scheduled = false;
            pump();
        });
    }

    QPointer<QTcpSocket> m_socket;
    std::function<std::optional<QByteArray>()> m_next;
    bool m_finished = false;
    bool m_scheduled = false;
};

// 405 when some route has the path with another method, else 404.
ApiResponse noSuchRoute(const StoreServer::IncomingCall &call, bool pathKnown)
{
    if (pathKnown)
        return {405,
                errorResponse(makeError(ErrorCode::InvalidInput,
                                        QStringLiteral("%1 is not allowed on %2")
                                            .arg(QString::fromLatin1(call.method), call.path)))
                    .body};
    return errorResponse(
        makeError(ErrorCode::NotFound, QStringLiteral("no API endpoint %1").arg(call.path)));
}

Result<void> checkQuery(const QUrlQuery &query)
{
    for (const auto &[name, value] : query.queryItems(QUrl::FullyDecoded)) {
        if (name.contains(QChar(0)) || value.contains(QChar(0)))
            return makeError(ErrorCode::InvalidInput,
                             // Both at once: arg() would take the "%00" for its placeholder.
                             QStringLiteral("the query parameter \"%1\" holds a NUL character (%2)")
                                 .arg(QString(name).remove(QChar(0)), QStringLiteral("%00")));
    }
    return {};
}

// A body must be JSON; a POST's, PUT's or PATCH's is parsed into api.body and may hold only the
// fields the route takes.
Result<void> readBody(const Route &route, const StoreServer::IncomingCall &call, ApiRequest &api)
{
    if (!call.body.isEmpty() && !isJsonMediaType(call.contentType))
        return makeError(
            ErrorCode::UnsupportedMediaType,
            QStringLiteral("the body must be JSON, sent with \"Content-Type: application/json\" "
                           "(this request %1)")
                .arg(call.contentType.isEmpty()
                         ? QStringLiteral("names no type")
                         : QStringLiteral("says \"%1\"")
                               .arg(QString::fromLatin1(call.contentType.left(100)))));
    if (call.method != "POST" && call.method != "PUT" && call.method != "PATCH")
        return {};
    if (!call.body.trimmed().isEmpty()) {
        QJsonParseError parseError;
        const QJsonDocument doc = QJsonDocument::fromJson(call.body, &parseError);
        if (parseError.error != QJsonParseError::NoError)
            return makeError(ErrorCode::InvalidInput,
                             QStringLiteral("the body is not valid JSON: %1 at offset %2")
                                 .arg(parseError.errorString())
                                 .arg(parseError.offset));
        if (!doc.isObject())
            return makeError(ErrorCode::InvalidInput,
                             QStringLiteral("the body must be a JSON object"));
        api.body = doc.object();
        if (const QString field = fieldWithNul(api.body, {}); !field.isEmpty())
            return makeError(ErrorCode::InvalidInput,
                             QStringLiteral("\"%1\" holds a NUL character (\\u0000), which no text "
                                            "may hold")
                                 .arg(field));
    }
    return route.checkBodyFields(api.body);
}

} // namespace

ApiResponse errorResponse(const Error &error)
{
    if (error.code == ErrorCode::Internal)
        qCWarning(lcServer) << "internal error:" << error.message;
    // Internal details stay in the server log; the client gets a sentence it can show.
    const QString message = error.code == ErrorCode::Internal
        ? QStringLiteral("the store could not complete the request; the "
                         "server log has the details")
        : error.message;
    json::Object body {{"code", errorCodeName(error.code)}, {"message", message}};
    if (!error.field.isEmpty() && error.code != ErrorCode::Internal)
        body.add("field", error.field);
    return ok({{"error", body}}, httpStatus(error.code));
}

StoreServer::StoreServer(Store &store, QObject *parent)
    : QAbstractHttpServer(parent)
    , m_store(store)
    , m_accounts(store)
    , m_auditGuard(store)
{
    // The rules run on every event the server appends (the sign-ins, refusals and reads).
    Monitoring::install(store);
    registerRoutes();
    m_batchTimer.setSingleShot(true);
    m_batchTimer.setInterval(0);
    connect(&m_batchTimer, &QTimer::timeout, this, &StoreServer::commitBatch);
}

StoreServer::StoreServer(Store &store, StoreServer &leader)
    : QAbstractHttpServer(nullptr)
    , m_store(store)
    , m_leader(&leader)
    , m_accounts(store)
    , m_auditGuard(store, leader.m_auditGuard.watch())
    , m_limits(leader.m_limits)
    , m_allowedNetworks(leader.m_allowedNetworks)
{
    Monitoring::install(store);
    registerRoutes();
    m_batchTimer.setSingleShot(true);
    m_batchTimer.setInterval(0);
    connect(&m_batchTimer, &QTimer::timeout, this, &StoreServer::commitBatch);
}

StoreServer::~StoreServer()
{
    commitBatch();
    // What the hashing pool still works on reports to a worker: done before the workers go.
    if (!m_leader) {
        m_hashPool.drain();
        stopWorkers();
    }
}

int StoreServer::defaultWorkers()
{
    return std::max(1, QThread::idealThreadCount());
}

Result<void> StoreServer::startWorkers()
{
    for (int i = 1; i < m_workerCount; ++i) {
        auto worker = std::make_unique<RequestWorker>(*this);
        if (Result<void> ready = worker->launch(); !ready) {
            stopWorkers();
            return makeError(ready.error().code,
                             QStringLiteral("cannot start request worker %1: %2")
                                 .arg(i + 1)
                                 .arg(ready.error().message));
        }
        m_workers.push_back(std::move(worker));
    }
    return {};
}

void StoreServer::stopWorkers()
{
    m_workers.clear();
}

namespace {

// The server's TLS settings around the store's certificate and key, as they are on disk now.
Result<QSslConfiguration> loadTls(const DataDir &dir)
{
    QFile certFile(dir.certificateFile());
    QFile keyFile(dir.privateKeyFile());
    if (!certFile.open(QIODevice::ReadOnly) || !keyFile.open(QIODevice::ReadOnly))
        return makeError(ErrorCode::Unavailable,
                         QStringLiteral("cannot read the TLS certificate %1 or key %2")
                             .arg(dir.certificateFile(), dir.privateKeyFile()));
    const QSslCertificate certificate(&certFile, QSsl::Pem);
    const QSslKey key(&keyFile, QSsl::Ec, QSsl::Pem);
    if (certificate.isNull() || key.isNull())
        return makeError(ErrorCode::Unavailable,
                         QStringLiteral("the TLS certificate %1 or key %2 is not valid PEM")
                             .arg(dir.certificateFile(), dir.privateKeyFile()));
    QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
    tls.setLocalCertificate(certificate);
    tls.setPrivateKey(key);
    tls.setProtocol(kTlsFloor);
    tls.setCiphers(strongCiphers());
    tls.setPeerVerifyMode(QSslSocket::VerifyNone); // clients authenticate with tokens
    return tls;
}

} // namespace

Result<quint16> StoreServer::start(const QHostAddress &address, quint16 port)
{
    Result<QSslConfiguration> tls = loadTls(m_store.dataDir());
    if (!tls)
        return tls.error();
    auto listener = std::make_unique<TlsListener>(m_limits);
    listener->setSslConfiguration(*tls);
    listener->setBodyAllowance([this](const RequestHead &head) { return bodyAllowance(head); });
    if (!listener->listen(address, port))
        return makeError(
            ErrorCode::Unavailable,
            QStringLiteral("cannot listen on %1:%2 (in use, or not an address of this machine)")
                .arg(address.toString())
                .arg(port));
    m_listener = listener.release();
    bind(m_listener); // takes it as a child
    m_listenAddress = address;
    m_certificateExpiresAt = tls->localCertificate().expiryDate().toMSecsSinceEpoch();
    // Connections that arrive meanwhile are this worker's; the others accept too once ready.
    if (Result<void> workers = startWorkers(); !workers)
        return workers.error();
    return m_listener->serverPort();
}

Result<void> StoreServer::reload()
{
    // Both are read, and the reload audited, before either is applied: a bad file, or an audit
    // trail that cannot be written, changes nothing.
    const auto kept = [](const Error &error) {
        return makeError(error.code,
                         QStringLiteral("kept the policy and certificate in force: ")
                             + error.message);
    };
    const QString policyFile = m_store.dataDir().policyFile();
    Result<Policy> policy = Policy::loadFile(policyFile);
    if (!policy)
        return kept(policy.error());
    Result<QSslConfiguration> tls = loadTls(m_store.dataDir());
    if (!tls)
        return kept(tls.error());
    const QSslCertificate certificate = tls->localCertificate();
    const QString fingerprint
        = QString::fromLatin1(certificate.digest(QCryptographicHash::Sha256).toHex());
    QFile policyBytes(policyFile);
    const QString policyHash = policyBytes.open(QIODevice::ReadOnly)
        ? QString::fromLatin1(
            QCryptographicHash::hash(policyBytes.readAll(), QCryptographicHash::Sha256).toHex())
        : QStringLiteral("defaults");
    AuditEvent reloaded;
    reloaded.actor = QStringLiteral("system");
    reloaded.action = QStringLiteral("server.reload");
    reloaded.objectType = QStringLiteral("server");
    reloaded.objectId = QStringLiteral("compliance-stored");
    reloaded.outcome = QStringLiteral("success");
    reloaded.detail
        = QStringLiteral("policy_sha256=%1 certificate_sha256=%2 expires=%3")
              .arg(policyHash, fingerprint, certificate.expiryDate().toUTC().toString(Qt::ISODate));
    if (Result<AuditEvent> logged = audit::record(m_store, reloaded); !logged)
        return kept(logged.error());

    m_store.setPolicy(*policy);
    for (const std::unique_ptr<RequestWorker> &worker : m_workers) {
        StoreServer *server = worker->server();
        QMetaObject::invokeMethod(
            server, [server, policy = *policy] { server->m_store.setPolicy(policy); },
            Qt::QueuedConnection);
    }
    for (const std::unique_ptr<RequestWorker> &worker : m_workers) {
        TlsListener *listener = worker->listener();
        QMetaObject::invokeMethod(
            listener, [listener, tls = *tls] { listener->setSslConfiguration(tls); },
            Qt::QueuedConnection);
    }
    if (m_listener) {
        m_listener->setSslConfiguration(*tls); // for connections accepted from now on
        m_certificateExpiresAt = certificate.expiryDate().toMSecsSinceEpoch();
    }
    qCInfo(lcServer).noquote() << "reloaded the policy and the TLS certificate:" << reloaded.detail;
    return {};
}

ControlRuntime StoreServer::controlRuntime()
{
    if (m_leader)
        return m_leader->controlRuntime();
    ControlRuntime runtime;
    runtime.observed = m_listener != nullptr;
    runtime.listensBeyondLoopback = !m_listenAddress.isLoopback();
    for (const Subnet &subnet : std::as_const(m_allowedNetworks))
        runtime.allowedNetworks.append(
            {subnet.first.toString() + QLatin1Char('/') + QString::number(subnet.second),
             subnet.second, subnet.first.protocol() == QAbstractSocket::IPv6Protocol});
    runtime.tlsFloorAcceptable
        = kTlsFloor == QSsl::TlsV1_2OrLater || kTlsFloor == QSsl::TlsV1_3OrLater;
    runtime.tlsFloor
        = kTlsFloor == QSsl::TlsV1_3OrLater ? QStringLiteral("TLS 1.3") : QStringLiteral("TLS 1.2");
    if (m_listener)
        runtime.certificateExpiresAt = m_certificateExpiresAt.load();
    runtime.audit = m_auditGuard.watch().status();
    return runtime;
}

void StoreServer::registerRoutes()
{
    addSessionRoutes(m_routes, m_store, signInThrottle());
    addUserRoutes(m_routes, m_store);
    addAccessRoutes(m_routes, m_store);
    addAuditRoutes(m_routes, m_store, m_auditGuard.watch());
    addAssetRoutes(m_routes, m_store);
    addNotificationRoutes(m_routes, m_store);
    addOrderRoutes(m_routes, m_store);
    addIncidentRoutes(m_routes, m_store);
    addAlertRoutes(m_routes, m_store);
    addAccessReviewRoutes(m_routes, m_store);
    addControlRoutes(m_routes, m_store, [this] { return controlRuntime(); });
    addDeviceRoutes(m_routes, m_store);
    addVulnerabilityRoutes(m_routes, m_store);
    addThirdPartyRoutes(m_routes, m_store);
    addChangeRoutes(m_routes, m_store);
    addEvidenceRoutes(m_routes, m_store, [this] { return controlRuntime(); });
    addDashboardRoutes(m_routes, m_store);
    // Last, so the description includes every route, itself too.
    m_routes.add("GET", QStringLiteral("/openapi.json"), QStringLiteral("api.describe"),
                 Access::Public, {}, kNoBody, [this](ApiRequest &) -> Result<ApiResponse> {
                     return ApiResponse {
                         200,
                         QJsonDocument(m_routes.openApi(QStringLiteral(PROJECT_VERSION)))
                             .toJson(QJsonDocument::Compact)};
                 });
}

ApiResponse StoreServer::dispatch(const IncomingCall &call)
{
    ApiResponse response = respondTo(call);
    while (response.offload) {
        const std::shared_ptr<const Offload> work = std::exchange(response.offload, {});
        work->work();
        Result<ApiResponse> finished = work->finish();
        response = finished ? *finished : errorResponse(finished.error());
    }
    return response;
}

ApiResponse StoreServer::respondTo(const IncomingCall &call)
{
    const RouteTable::Match match = m_routes.match(call.method, call.path);
    if (!match.route)
        return noSuchRoute(call, match.pathKnown);
    const Route &route = *match.route;
    ApiRequest api;
    api.remoteAddress = call.remoteAddress;
    api.query = call.query;
    api.captures = match.captures;
    if (Result<void> query = checkQuery(api.query); !query)
        return errorResponse(query.error());
    // Not for a request without a token, which authorize() refuses without asking the database.
    const Handler sentAhead = route.sendAhead && call.authorization.startsWith("Bearer ")
        ? route.sendAhead(api)
        : Handler();
    if (route.access != Access::Public) {
        if (Result<void> allowed = authorize(route, call, api); !allowed)
            return errorResponse(allowed.error());
    }
    if (Result<void> body = readBody(route, call, api); !body)
        return errorResponse(body.error());
    Result<ApiResponse> response = sentAhead ? sentAhead(api) : route.handler(api);
    if (!response)
        return errorResponse(response.error());
    return response.value();
}

// Resolves the caller from the bearer token and checks the route's permission; a refusal for
// want of it is audited.
Result<void> StoreServer::authorize(const Route &route, const IncomingCall &call, ApiRequest &api)
{
    const QByteArray &authorization = call.authorization;
    if (!authorization.startsWith("Bearer "))
        return makeError(ErrorCode::Unauthorized,
                         QStringLiteral("not signed in: send \"Authorization: Bearer <token>\""));
    Result<Caller> caller = m_accounts.authenticate(
        QString::fromLatin1(authorization.mid(7).trimmed()), api.remoteAddress);
    if (!caller)
        return caller.error();
    api.caller = caller.value();
    if (route.access != Access::Permission)
        return {};
    // Fail closed: a permission route that names none admits nobody.
    QString missing = route.permissions.isEmpty() ? QStringLiteral("(none declared)") : QString();
    for (const QString &permission : route.permissions) {
        if (!api.caller.can(permission)) {
            missing = permission;
            break;
        }
    }
    if (missing.isEmpty())
        return {};
    AuditEvent refused;
    refused.actorId = api.caller.userId;
    refused.actor = api.caller.username;
    refused.action = route.action;
    refused.objectType = QStringLiteral("endpoint");
    refused.objectId = QString::fromLatin1(call.method) + QLatin1Char(' ') + call.path;
    refused.outcome = QStringLiteral("denied");
    refused.detail = QStringLiteral("missing permission %1").arg(missing);
    if (Result<AuditEvent> logged = audit::record(m_store, refused); !logged)
        return logged.error();
    return makeError(
        ErrorCode::Forbidden,
        QStringLiteral("you do not have the %1 permission needed for this").arg(missing));
}

// Only here can a request send more than the listener's default: the session is verified
// when the headers have arrived, before the body is read, so a client without a valid session
// (or without the route's permission) is cut off at ConnectionLimits::maxRequestBytes as on
// every other route. The request is authorized again, in full, when it has arrived.
qint64 StoreServer::bodyAllowance(const RequestHead &head)
{
    const RouteTable::Match match = m_routes.match(head.method, head.path);
    if (!match.route || match.route->maxBodyBytes <= kMaxBodyBytes
        || match.route->access == Access::Public || !head.authorization.startsWith("Bearer "))
        return 0;
    const Route &route = *match.route;
    if (route.access == Access::Permission && route.permissions.isEmpty())
        return 0; // admits nobody (authorize)
    // A savepoint when a batch of reads is open: a failed lookup must not abort the batch.
    Result<Caller> caller = m_store.transaction([&]() -> Result<Caller> {
        return m_accounts.authenticate(QString::fromLatin1(head.authorization.mid(7).trimmed()),
                                       head.remoteAddress);
    });
    if (!caller)
        return 0;
    const bool permitted
        = std::all_of(route.permissions.cbegin(), route.permissions.cend(),
                      [&caller](const QString &permission) { return caller->can(permission); });
    return permitted ? route.maxBodyBytes : 0;
}

bool StoreServer::handleRequest(const QHttpServerRequest &request, QTcpSocket *socket)
{
    // A connection already refused (too slow, too large, not reading) gets nothing more.
    if (m_listener && !m_listener->requestArrived(socket))
        return true;
    serve(socket,
          {.method = methodName(request.method()),
           .path = request.url().path(),
           .query = request.query(),
           .authorization = request.value("Authorization"),
           .contentType = request.value("Content-Type"),
           .body = request.body(),
           .remoteAddress = request.remoteAddress().toString()});
    return true;
}

void StoreServer::serve(QTcpSocket *socket, const IncomingCall &call)
{
    if (const auto waiting = m_waiting.find(socket); waiting != m_waiting.end()) {
        waiting->append(call);
        return;
    }
    // Only reads join a batch. A write commits on its own, after the batch, so that it and
    // every earlier answer (also those on its own connection) are durable before it answers.
    if (call.method == "GET") {
        if (!m_store.batchOpen()) {
            // A batch that cannot open (the database busy, say) leaves each read to commit
            // its own work, as a write does.
            if (m_store.openBatch([this](const Result<void> &committed) { sendBatch(committed); }))
                m_batchTimer.start();
        }
    } else {
        commitBatch();
    }
    if (!m_allowedNetworks.isEmpty()) {
        const QHostAddress peer(call.remoteAddress);
        const bool allowed
            = std::any_of(m_allowedNetworks.cbegin(), m_allowedNetworks.cend(),
                          [&peer](const Subnet &net) { return peer.isInSubnet(net); });
        if (!allowed) {
            qCWarning(lcServer) << "refused a request from" << call.remoteAddress
                                << "(not in --allow)";
            deliver(socket,
                    errorResponse(
                        makeError(ErrorCode::Forbidden,
                                  QStringLiteral("requests from %1 are not allowed by this store")
                                      .arg(call.remoteAddress))));
            return;
        }
    }
    const Route *route = m_routes.match(call.method, call.path).route;
    const qint64 maxBody = route ? route->maxBodyBytes : kMaxBodyBytes;
    if (call.body.size() > maxBody) {
        deliver(socket,
                errorResponse(makeError(
                    ErrorCode::TooLarge,
                    QStringLiteral("the body is larger than %1 KiB").arg(maxBody / 1024))));
        return;
    }
    ApiResponse response;
    const qint64 roundTripsBefore = m_store.databaseRoundTrips();
    if (m_store.batchOpen()) {
        // Each request is a savepoint of the batch, so a statement that fails in it cannot
        // leave the batch aborted (PostgreSQL) for the requests after it: its work is undone
        // and it answers with the error.
        Result<ApiResponse> contained
            = m_store.transaction([&]() -> Result<ApiResponse> { return respondTo(call); });
        response = contained ? *contained : errorResponse(contained.error());
    } else {
        response = respondTo(call);
    }
    if (response.offload) {
        offload(socket, response.offload);
        return;
    }
    // The waits for the database server (PostgreSQL) are what a request's time goes to there:
    // tst_orders_api reads them from this line.
    qCDebug(lcServer).noquote() << call.method << call.path << response.status
                                << QStringLiteral("(%1 database round trips)")
                                       .arg(m_store.databaseRoundTrips() - roundTripsBefore);
    deliver(socket, response);
}

void StoreServer::offload(QTcpSocket *socket, const std::shared_ptr<const Offload> &work)
{
    if (!m_waiting.contains(socket)) {
        m_waiting.insert(socket, {});
        connect(socket, &QObject::destroyed, this, &StoreServer::forgetConnection,
                Qt::UniqueConnection);
    }
    // A QPointer, not the address: a connection that closed meanwhile must not have its answer
    // go to a new one that happens to get the same address.
    const QPointer<QTcpSocket> connection(socket);
    const bool queued = hashPool().submit(
        work->work, this, [this, connection, work] { finishOffloaded(connection, work); });
    if (!queued) {
        deliver(socket,
                errorResponse(makeError(ErrorCode::Unavailable,
                                        QStringLiteral("the server is busy checking passwords: "
                                                       "try again in a moment"))));
        resume(socket);
    }
}

void StoreServer::finishOffloaded(const QPointer<QTcpSocket> &socket,
                                  const std::shared_ptr<const Offload> &work)
{
    // What follows the heavy part writes: like any write, after the answers already waiting
    // for the batch. It runs even when the client has gone, so what it records is kept.
    commitBatch();
    Result<ApiResponse> finished = work->finish();
    ApiResponse response = finished ? *finished : errorResponse(finished.error());
    const bool connected = !socket.isNull();
    if (response.offload && connected) {
        offload(socket, response.offload);
        return;
    }
    if (connected) {
        qCDebug(lcServer) << "answer after the hashing pool:" << response.status;
        deliver(socket, response);
        resume(socket);
    }
}

void StoreServer::resume(QTcpSocket *socket)
{
    QList<IncomingCall> queued = m_waiting.take(socket);
    while (!queued.isEmpty()) {
        serve(socket, queued.takeFirst());
        if (const auto again = m_waiting.find(socket); again != m_waiting.end()) {
            *again = queued + *again;
            return;
        }
    }
}

void StoreServer::forgetConnection(QObject *socket)
{
    // Called from QObject's destructor: the socket is no longer a QTcpSocket, so the table is
    // keyed by the QObject it still is.
    m_waiting.remove(socket);
}

void StoreServer::missingHandler(const QHttpServerRequest &, QTcpSocket *socket)
{
    deliver(socket,
            errorResponse(makeError(ErrorCode::NotFound, QStringLiteral("no such endpoint"))));
}

void StoreServer::deliver(QTcpSocket *socket, const ApiResponse &response)
{
    if (!m_store.batchOpen()) {
        write(socket, response);
        return;
    }
    m_pending.append({socket, response});
    if (m_pending.size() >= kMaxBatch)
        commitBatch();
}

void StoreServer::commitBatch()
{
    m_batchTimer.stop();
    if (m_store.batchOpen())
        static_cast<void>(m_store.commitBatch()); // its outcome reaches sendBatch()
}

void StoreServer::sendBatch(const Result<void> &committed)
{
    // Nothing of the batch is stored when the commit failed: no answer may claim otherwise.
    const ApiResponse failed = committed ? ApiResponse() : errorResponse(committed.error());
    const QList<PendingAnswer> pending = std::exchange(m_pending, {});
    qCDebug(lcServer) << "group commit:" << pending.size() << "answers";
    for (const PendingAnswer &answer : pending) {
        if (answer.socket && answer.socket->state() == QAbstractSocket::ConnectedState)
            write(answer.socket, committed ? answer.response : failed);
    }
}

// The whole head and body in one write (a TLS record, not one per header). Qt 6.4's
// QHttpServerResponder writes the same bytes but only while handleRequest() runs: it refers to
// the request, which does not outlive it, so an answer that waits for a commit cannot use it.
void StoreServer::write(QTcpSocket *socket, const ApiResponse &response)
{
    QByteArray bytes;
    bytes.reserve(256 + response.body.size());
    bytes += "HTTP/1.1 " + QByteArray::number(response.status) + ' ' + reasonPhrase(response.status)
        + "\r\nContent-Type: " + response.contentType
        + "\r\nCache-Control: no-store\r\nX-Content-Type-Options: nosniff\r\n"
          "Strict-Transport-Security: max-age=31536000\r\n";
    if (!response.attachmentName.isEmpty())
        bytes
            += "Content-Disposition: attachment; filename=\"" + response.attachmentName + "\"\r\n";
    if (response.stream) {
        bytes += "Transfer-Encoding: chunked\r\n\r\n";
        socket->write(bytes);
        new ChunkedStream(socket, response.stream);
    } else {
        bytes += "Content-Length: " + QByteArray::number(response.body.size()) + "\r\n\r\n";
        bytes += response.body;
        socket->write(bytes);
    }
    if (m_listener)
        m_listener->answerQueued(socket);
}

} // namespace cc::server
