#include "TlsListener.h"

#include <fcntl.h>
#include <memory>
#include <unistd.h>

#include <QDateTime>
#include <QElapsedTimer>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QSslSocket>
#include <QTimer>
#include <QUrl>

namespace cc::server {

Q_LOGGING_CATEGORY(lcConnections, "compliance.server.connections")

// Follows one connection from accept to close and enforces the limits on it. A child of the
// socket, so it goes when the socket goes; connected to readyRead before QHttpServer is, so it
// sees every byte before the request parser does.
class ConnectionWatch final : public QObject
{
    // For findChild().
    Q_OBJECT

public:
    ConnectionWatch(TlsListener *listener, QSslSocket *socket, const QString &address)
        : QObject(socket)
        , m_listener(listener)
        , m_socket(socket)
        , m_address(address)
    {
        m_clock.start();
        m_bodyLimit = listener->limits().maxRequestBytes;
        m_timer.setSingleShot(true);
        connect(&m_timer, &QTimer::timeout, this, &ConnectionWatch::check);
        connect(socket, &QIODevice::readyRead, this, &ConnectionWatch::received);
        // QSslSocket encrypts at once: what waits for the client is in the encrypted buffer, and
        // the client's progress is the encrypted bytes the kernel takes (bytesWritten only says
        // that plain text was encrypted).
        connect(socket, &QSslSocket::encryptedBytesWritten, this, &ConnectionWatch::wrote);
        // A fresh connection is inside its first request: the handshake and the request must
        // both arrive within one deadline.
        m_inRequest = true;
        arm();
    }

    bool requestArrived()
    {
        if (m_refused)
            return false;
        m_inRequest = false;
        m_requestBytes = 0;
        m_headerDone = false;
        m_head.clear();
        m_bodyLimit = m_listener->limits().maxRequestBytes;
        m_unsentBeforeAnswer = unsent();
        if (m_unsentBeforeAnswer > m_listener->limits().maxUnsentBytes) {
            drop(QStringLiteral("unread"),
                 QStringLiteral("%1 bytes of earlier answers are still unread").arg(unsent()));
            return false;
        }
        return true;
    }

    void answerQueued()
    {
        // A new answer starts the write deadline only if nothing was waiting before it: answers
        // piling up for a client that does not read must not keep the connection alive.
        if (m_unsentBeforeAnswer == 0)
            m_lastProgress = m_clock.elapsed();
        arm();
    }

private:
    qint64 unsent() const { return m_socket->bytesToWrite() + m_socket->encryptedBytesToWrite(); }

    void received()
    {
        const qint64 fresh = m_socket->bytesAvailable();
        if (fresh <= 0 || m_refused)
            return;
        const ConnectionLimits &limits = m_listener->limits();
        if (!m_inRequest) {
            m_inRequest = true;
            m_requestStart = m_clock.elapsed();
        }
        m_requestBytes += fresh;
        if (!m_headerDone) {
            // The end of the headers may straddle two reads: search from three bytes back.
            const qsizetype from = qMax<qsizetype>(0, m_head.size() - 3);
            m_head += m_socket->peek(fresh);
            const qsizetype end = m_head.indexOf("\r\n\r\n", from);
            if (end >= 0) {
                m_headerDone = true;
                m_head.truncate(end + 4);
            }
            if (m_head.size() > limits.maxHeaderBytes) {
                refuse(431, "Request Header Fields Too Large", QStringLiteral("too_large"),
                       QStringLiteral("the request line and headers are larger than %1 KiB")
                           .arg(limits.maxHeaderBytes / 1024));
                return;
            }
            if (m_headerDone && !admitBody())
                return;
        }
        if (m_requestBytes > limits.maxHeaderBytes + m_bodyLimit) {
            refuseTooLarge();
            return;
        }
        arm();
    }

    // Once the headers are in, before any of the body is buffered: the body this request may
    // send (a route's larger limit only for a caller the server has verified, see
    // TlsListener::setBodyAllowance), and a refusal at once when its Content-Length says more.
    bool admitBody()
    {
        const ConnectionLimits &limits = m_listener->limits();
        const RequestHead head = readHead(m_head, m_address);
        m_bodyLimit = qMax(limits.maxRequestBytes, m_listener->bodyAllowance(head));
        if (head.contentLength
            && *head.contentLength + m_head.size() > limits.maxHeaderBytes + m_bodyLimit) {
            refuseTooLarge();
            return false;
        }
        return true;
    }

    void refuseTooLarge()
    {
        refuse(413, "Payload Too Large", QStringLiteral("too_large"),
               QStringLiteral("the request is larger than the %1 KiB this request may send")
                   .arg(m_bodyLimit / 1024));
    }

    static RequestHead readHead(const QByteArray &bytes, const QString &address)
    {
        RequestHead head;
        head.remoteAddress = address;
        const QList<QByteArray> lines = bytes.split('\n');
        const QList<QByteArray> requestLine = lines.value(0).trimmed().split(' ');
        head.method = requestLine.value(0);
        const QByteArray target = requestLine.value(1);
        head.path = QUrl::fromEncoded(
                        target.left(target.indexOf('?') < 0 ? target.size() : target.indexOf('?')))
                        .path();
        for (qsizetype i = 1; i < lines.size(); ++i) {
            const QByteArray &line = lines.at(i);
            const qsizetype colon = line.indexOf(':');
            if (colon <= 0)
                continue;
            const QByteArray name = line.left(colon).trimmed().toLower();
            const QByteArray value = line.mid(colon + 1).trimmed();
            if (name == "authorization") {
                head.authorization = value;
            } else if (name == "content-length") {
                bool ok = false;
                const qint64 length = value.toLongLong(&ok);
                if (ok && length >= 0)
                    head.contentLength = length;
            }
        }
        return head;
    }

    void wrote()
    {
        m_lastProgress = m_clock.elapsed();
        arm();
    }

    // A request admitted to a larger body may take longer to arrive.
    std::chrono::milliseconds requestDeadline() const
    {
        const ConnectionLimits &limits = m_listener->limits();
        return m_bodyLimit > limits.maxRequestBytes ? limits.largeRequestDeadline
                                                    : limits.requestDeadline;
    }

    // The deadline that applies now: the request's while one is arriving, the answer's while
    // one is unsent, else the idle timeout.
    qint64 deadline() const
    {
        const ConnectionLimits &limits = m_listener->limits();
        if (m_inRequest)
            return m_requestStart + requestDeadline().count();
        if (unsent() > 0)
            return m_lastProgress + limits.writeDeadline.count();
        return m_lastProgress + limits.idleTimeout.count();
    }

    void arm()
    {
        if (m_refused)
            return;
        m_timer.start(int(qMax<qint64>(0, deadline() - m_clock.elapsed())));
    }

    void check()
    {
        if (m_refused) {
            m_socket->abort(); // the refusal's answer had its chance to leave
            return;
        }
        if (m_clock.elapsed() < deadline()) {
            arm(); // activity moved the deadline since the timer was set
            return;
        }
        const ConnectionLimits &limits = m_listener->limits();
        if (m_inRequest) {
            const QString why = QStringLiteral("the request did not arrive within %1 s")
                                    .arg(requestDeadline().count() / 1000);
            if (m_socket->isEncrypted())
                refuse(408, "Request Timeout", QStringLiteral("timeout"), why);
            else
                drop(QStringLiteral("handshake"),
                     QStringLiteral("the TLS handshake and request did not arrive within %1 s")
                         .arg(limits.requestDeadline.count() / 1000));
        } else if (unsent() > 0) {
            drop(QStringLiteral("stalled"),
                 QStringLiteral("the client took none of its answer for %1 s")
                     .arg(limits.writeDeadline.count() / 1000));
        } else {
            qCDebug(lcConnections) << "closing an idle connection from" << m_address;
            m_socket->disconnectFromHost();
        }
    }

    // Answers with a JSON error and closes: the client learns why.
    void refuse(int status, const char *reason, const QString &code, const QString &message)
    {
        m_refused = true;
        m_listener->logRefusal(code,
                               QStringLiteral("closed a connection from %1: %2 (answered %3)")
                                   .arg(m_address, message)
                                   .arg(status));
        const QByteArray body
            = QJsonDocument(QJsonObject {{QStringLiteral("error"),
                                          QJsonObject {{QStringLiteral("code"), code},
                                                       {QStringLiteral("message"), message}}}})
                  .toJson(QJsonDocument::Compact);
        m_socket->write("HTTP/1.1 " + QByteArray::number(status) + ' ' + reason
                        + "\r\nContent-Type: application/json\r\nConnection: close\r\n"
                          "Cache-Control: no-store\r\nContent-Length: "
                        + QByteArray::number(body.size()) + "\r\n\r\n" + body);
        m_socket->disconnectFromHost();
        // disconnectFromHost waits for the answer to be sent; a client that does not read
        // gets the write deadline, then the connection is cut.
        m_timer.start(int(m_listener->limits().writeDeadline.count()));
    }

    // Closes without an answer: there is no one to give it to.
    void drop(const QString &kind, const QString &message)
    {
        m_refused = true;
        m_listener->logRefusal(
            kind, QStringLiteral("closed a connection from %1: %2").arg(m_address, message));
        m_timer.stop();
        m_socket->abort();
    }

    TlsListener *m_listener;
    QSslSocket *m_socket;
    QString m_address;
    QElapsedTimer m_clock;
    QTimer m_timer;
    bool m_inRequest = false;
    bool m_refused = false;
    qint64 m_requestStart = 0;
    qint64 m_lastProgress = 0;
    qint64 m_unsentBeforeAnswer = 0;
    qint64 m_requestBytes = 0;
    bool m_headerDone = false;
    QByteArray m_head; // the request line and headers, up to their end
    qint64 m_bodyLimit = 0; // of the request arriving: maxRequestBytes or its allowance
};

namespace {

ConnectionWatch *watchOf(QTcpSocket *socket)
{
    return socket ? socket->findChild<ConnectionWatch *>(QString(), Qt::FindDirectChildrenOnly)
                  : nullptr;
}

} // namespace

TlsListener::TlsListener(const ConnectionLimits &limits, QObject *parent)
    : QSslServer(parent)
    , m_limits(limits)
{
    // Accepted connections are handed over at once; the caps below are the real limit.
    setMaxPendingConnections(m_limits.maxConnections);
}

// Replaces QSslServer's own: the caps need the peer's address before any TLS work is spent on
// it, and the watch must see the connection from its first byte (QSslServer's handshake timeout
// would cover only the handshake, not a request trickled in after it).
void TlsListener::incomingConnection(qintptr descriptor)
{
    auto *socket = new QSslSocket(this);
    if (!socket->setSocketDescriptor(descriptor)) {
        qCWarning(lcConnections) << "cannot take an incoming connection:" << socket->errorString();
        delete socket;
        return;
    }
    const QString address = socket->peerAddress().toString();
    QString refusal;
    QString kind;
    {
        const QMutexLocker lock(&m_counts->mutex);
        const int fromAddress = m_counts->perAddress.value(address);
        if (m_counts->open >= m_limits.maxConnections) {
            kind = QStringLiteral("total");
            refusal = QStringLiteral("%1 connections are open, the most this server takes")
                          .arg(m_counts->open);
        } else if (fromAddress >= m_limits.maxConnectionsPerAddress) {
            kind = QStringLiteral("per_address");
            refusal = QStringLiteral("%1 connections from this address are open, the most one "
                                     "client may hold")
                          .arg(fromAddress);
        } else {
            ++m_counts->open;
            ++m_counts->perAddress[address];
        }
    }
    if (!refusal.isEmpty()) {
        logRefusal(kind, QStringLiteral("refused a connection from %1: %2").arg(address, refusal));
        socket->abort();
        socket->deleteLater();
        return;
    }
    // QHttpServer deletes the socket once it disconnects, or this listener does if the
    // handshake fails; either way this runs once, and never after the listener is gone.
    connect(socket, &QObject::destroyed, this, [this, address] { released(address); });
    new ConnectionWatch(this, socket, address);

    socket->setSslConfiguration(sslConfiguration());
    // Until the handshake is done the socket is this listener's to delete; then QHttpServer's.
    const auto discard = [socket] {
        if (!socket->isEncrypted())
            socket->deleteLater();
    };
    auto handshake = std::make_shared<QList<QMetaObject::Connection>>();
    *handshake << connect(socket, &QAbstractSocket::errorOccurred, this, discard)
               << connect(socket, &QAbstractSocket::disconnected, this, discard);
    *handshake << connect(socket, &QSslSocket::encrypted, this, [this, socket, handshake] {
        for (const QMetaObject::Connection &c : std::as_const(*handshake))
            disconnect(c);
        addPendingConnection(socket);
    });
    socket->startServerEncryption();
}

bool TlsListener::requestArrived(QTcpSocket *socket)
{
    ConnectionWatch *watch = watchOf(socket);
    return !watch || watch->requestArrived();
}

void TlsListener::answerQueued(QTcpSocket *socket)
{
    if (ConnectionWatch *watch = watchOf(socket))
        watch->answerQueued();
}

bool TlsListener::listenAlongside(const TlsListener &first)
{
    m_counts = first.m_counts;
    setSslConfiguration(first.sslConfiguration());
    const int shared = ::fcntl(int(first.socketDescriptor()), F_DUPFD_CLOEXEC, 0);
    if (shared < 0)
        return false;
    if (!setSocketDescriptor(shared)) {
        ::close(shared);
        return false;
    }
    return true;
}

void TlsListener::released(const QString &address)
{
    const QMutexLocker lock(&m_counts->mutex);
    --m_counts->open;
    if (--m_counts->perAddress[address] <= 0)
        m_counts->perAddress.remove(address);
}

// One line per refusal, but at most one a second of each kind: a flood of refusals must not
// become a flood of log lines.
void TlsListener::logRefusal(const QString &kind, const QString &message)
{
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    const QMutexLocker lock(&m_counts->mutex);
    auto &[lastMs, unlogged] = m_counts->refusalLog[kind];
    if (now - lastMs < 1000) {
        ++unlogged;
        return;
    }
    lastMs = now;
    if (unlogged > 0)
        qCWarning(lcConnections).noquote()
            << message << QStringLiteral("(and %1 more like it in the last second)").arg(unlogged);
    else
        qCWarning(lcConnections).noquote() << message;
    unlogged = 0;
}

} // namespace cc::server

#include "TlsListener.moc"
