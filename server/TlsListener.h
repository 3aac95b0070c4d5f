#pragma once

// The listening socket of the store server: accepts TLS connections and keeps slow, silent,
// greedy or non-reading clients from holding it. QHttpServer 6.4 has no timeouts or limits of
// its own (QHttpServerStream buffers whatever arrives, for as long as it takes), so every
// connection is watched from accept to close: a deadline for the handshake and each request,
// an idle timeout between requests, a deadline for the client to take its answer, a cap on the
// bytes of one request, and caps on open connections in total and per client address.

#include <chrono>
#include <functional>
#include <memory>
#include <optional>

#include <QHash>
#include <QHostAddress>
#include <QMutex>
#include <QSslServer>

class QTcpSocket;

namespace cc::server {

struct ConnectionLimits
{
    // From accept to the last byte of the first request (TLS handshake included), and from the
    // first byte of each later request to its last: a real client sends a request in
    // milliseconds, while a slowloris client trickles a header byte every few seconds to hold
    // the connection for ever. Ten seconds leaves room for a slow network and a busy server.
    std::chrono::milliseconds requestDeadline {std::chrono::seconds(10)};
    // How long a kept-alive connection may wait for its next request. The console's
    // QNetworkAccessManager reconnects by itself; each idle connection costs a file descriptor.
    std::chrono::milliseconds idleTimeout {std::chrono::seconds(60)};
    // How long an answer may sit unsent (no byte taken by the client) before the connection is
    // dropped: a client that never reads would otherwise pin the answer in memory.
    std::chrono::milliseconds writeDeadline {std::chrono::seconds(10)};
    // Answers waiting for a client that does not read, beyond which no further request on that
    // connection is served (pipelining requests without reading would grow memory unbounded).
    qint64 maxUnsentBytes = 4 * 1024 * 1024;
    // The request line and headers: the console sends under 1 KiB. Below http_parser's own
    // 80 KiB limit, so an oversized header gets a 431 answer instead of a silent drop.
    qint64 maxHeaderBytes = 32 * 1024;
    // Bytes of one request buffered before the connection is cut with 413. Larger than the API's
    // 64 KiB body limit, so a slightly-too-large body still gets the usual JSON 413 from the API;
    // a client streaming megabytes is stopped here, before QHttpServer buffers them all. A
    // request the body allowance admits to a route's larger limit may send that instead.
    qint64 maxRequestBytes = 1024 * 1024;
    // The request deadline of such a request: 14 MiB in two minutes needs 1 Mbit/s.
    std::chrono::milliseconds largeRequestDeadline {std::chrono::seconds(120)};
    // Open connections (an office of people each with a console uses a few each; the process has
    // 1024 file descriptors by default, and the database needs some).
    int maxConnections = 512;
    // From one address: enough for several consoles behind one NAT, too few for one client to
    // take every connection.
    int maxConnectionsPerAddress = 64;
};

// What a request's line and headers say, read as soon as they have arrived (before its body).
struct RequestHead
{
    QByteArray method;
    QString path; // decoded, without the query
    QByteArray authorization; // the header's value
    std::optional<qint64> contentLength; // when the header is there and a number
    QString remoteAddress;
};

// The body bytes a request may send when that is more than ConnectionLimits::maxRequestBytes
// (0 otherwise): asked once its headers are in, so a larger limit can depend on who sends it.
using BodyAllowance = std::function<qint64(const RequestHead &)>;

class ConnectionWatch;

class TlsListener final : public QSslServer
{
    Q_OBJECT

public:
    explicit TlsListener(const ConnectionLimits &limits, QObject *parent = nullptr);

    // Makes this listener, on another request worker's thread, accept from first's listening
    // socket too (as nginx's worker processes do): whichever worker's event loop is free takes
    // the next connection. The caps count every worker's connections together.
    bool listenAlongside(const TlsListener &first);

    const ConnectionLimits &limits() const { return m_limits; }
    void setBodyAllowance(BodyAllowance allowance) { m_bodyAllowance = std::move(allowance); }
    qint64 bodyAllowance(const RequestHead &head) const
    {
        return m_bodyAllowance ? m_bodyAllowance(head) : 0;
    }

    // Called by the HTTP server when a whole request has arrived on socket: false when the
    // connection has been refused (too large, too slow, not reading) and must not be answered.
    bool requestArrived(QTcpSocket *socket);
    // After the answer to that request has been queued on socket.
    void answerQueued(QTcpSocket *socket);

protected:
    void incomingConnection(qintptr descriptor) override;

private:
    friend class ConnectionWatch;
    void released(const QString &address);
    void logRefusal(const QString &kind, const QString &message);

    ConnectionLimits m_limits;
    // Shared by the listeners of all the workers, which run on their own threads.
    struct Counts
    {
        QMutex mutex;
        int open = 0;
        QHash<QString, int> perAddress;
        QHash<QString, QPair<qint64, int>> refusalLog; // kind -> last logged at, refusals since
    };
    std::shared_ptr<Counts> m_counts = std::make_shared<Counts>();
    BodyAllowance m_bodyAllowance;
};

} // namespace cc::server
