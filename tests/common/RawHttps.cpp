#include "RawHttps.h"

#include <QDeadlineTimer>
#include <QJsonDocument>
#include <QSslConfiguration>

namespace cc::test {

RawHttps::RawHttps(const QUrl &baseUrl, const QSslCertificate &certificate,
                   const QString &localAddress)
    : m_baseUrl(baseUrl)
    , m_certificate(certificate)
    , m_localAddress(localAddress)
{ }

bool RawHttps::open(int timeoutMs)
{
    if (!m_localAddress.isEmpty() && !m_socket.bind(QHostAddress(m_localAddress))) {
        m_error = QStringLiteral("cannot bind %1: %2").arg(m_localAddress, m_socket.errorString());
        return false;
    }
    QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
    tls.setCaCertificates({m_certificate});
    m_socket.setSslConfiguration(tls);
    m_socket.connectToHostEncrypted(m_baseUrl.host(), quint16(m_baseUrl.port()));
    if (!m_socket.waitForEncrypted(timeoutMs)) {
        m_error = QStringLiteral("TLS to %1 failed: %2")
                      .arg(m_baseUrl.toString(), m_socket.errorString());
        return false;
    }
    return true;
}

QByteArray RawHttps::request(const QByteArray &method, const QByteArray &target,
                             const QByteArray &body, const QString &token,
                             const QByteArray &extraHeaders)
{
    QByteArray out = method + ' ' + target + " HTTP/1.1\r\nHost: localhost\r\n"
        + "Content-Type: application/json\r\nContent-Length: " + QByteArray::number(body.size())
        + "\r\n";
    if (!token.isEmpty())
        out += "Authorization: Bearer " + token.toLatin1() + "\r\n";
    return out + extraHeaders + "\r\n" + body;
}

ApiReply RawHttps::exchange(const QByteArray &bytes, int timeoutMs)
{
    ApiReply reply;
    if (m_socket.state() != QAbstractSocket::ConnectedState && !open()) {
        reply.errorString = m_error;
        return reply;
    }
    m_socket.write(bytes);
    const QDeadlineTimer deadline(timeoutMs);
    qsizetype headerEnd = -1;
    qint64 length = 0;
    bool chunked = false;
    QByteArray body;
    qsizetype consumed = 0; // bytes of m_buffer that belong to this answer
    const auto complete = [&] {
        m_buffer += m_socket.readAll();
        if (headerEnd < 0) {
            headerEnd = m_buffer.indexOf("\r\n\r\n");
            if (headerEnd < 0)
                return false;
            for (const QByteArray &line : m_buffer.left(headerEnd).split('\n')) {
                const QByteArray lower = line.toLower().trimmed();
                if (lower.startsWith("content-length:"))
                    length = lower.mid(15).trimmed().toLongLong();
                if (lower == "transfer-encoding: chunked")
                    chunked = true;
            }
            consumed = headerEnd + 4;
        }
        if (!chunked) {
            if (m_buffer.size() < headerEnd + 4 + length)
                return false;
            body = m_buffer.mid(headerEnd + 4, length);
            consumed = headerEnd + 4 + length;
            return true;
        }
        // Chunks: "<hex size>\r\n<data>\r\n", ending with a chunk of size 0.
        for (;;) {
            const qsizetype lineEnd = m_buffer.indexOf("\r\n", consumed);
            if (lineEnd < 0)
                return false;
            bool ok = false;
            const qint64 size = m_buffer.mid(consumed, lineEnd - consumed).toLongLong(&ok, 16);
            if (!ok)
                return false;
            if (m_buffer.size() < lineEnd + 2 + size + 2)
                return false;
            body += m_buffer.mid(lineEnd + 2, size);
            consumed = lineEnd + 2 + size + 2;
            if (size == 0)
                return true;
        }
    };
    while (!complete()) {
        const bool more = !deadline.hasExpired()
            && m_socket.state() == QAbstractSocket::ConnectedState
            && m_socket.waitForReadyRead(int(qMax<qint64>(1, deadline.remainingTime())));
        if (!more && !complete()) {
            reply.errorString = QStringLiteral("no complete answer (%1): %2")
                                    .arg(deadline.hasExpired() ? QStringLiteral("timed out")
                                                               : QStringLiteral("closed"),
                                         m_socket.errorString());
            return reply;
        }
    }
    reply.status = m_buffer.left(m_buffer.indexOf("\r\n")).split(' ').value(1).toInt();
    reply.raw = body;
    reply.json = QJsonDocument::fromJson(reply.raw).object();
    const bool closing = m_buffer.left(headerEnd).toLower().contains("connection: close");
    m_buffer.remove(0, consumed);
    if (closing)
        m_socket.disconnectFromHost();
    return reply;
}

Bystander::Bystander(const QUrl &base, const QSslCertificate &certificate, const QString &token)
    : m_base(base)
    , m_certificate(certificate)
    , m_token(token)
{ }

QStringList Bystander::failures() const
{
    QMutexLocker lock(&m_mutex);
    return m_failures;
}

void Bystander::run()
{
    while (!m_stop) {
        // A new connection now and then: accepting must keep working too.
        RawHttps client(m_base, m_certificate, QStringLiteral("127.0.0.2"));
        for (int i = 0; i < 20 && !m_stop; ++i) {
            const bool health = i % 2 == 0;
            const ApiReply reply
                = client.exchange(health ? RawHttps::request("GET", "/api/v1/health")
                                         : RawHttps::request("GET", "/api/v1/me", {}, m_token));
            ++m_calls;
            const bool good = reply.status == 200
                && (health ? reply.json.value(QStringLiteral("status")).toString()
                            == QLatin1String("ok")
                           : reply.json.contains(QStringLiteral("user")));
            if (!good) {
                QMutexLocker lock(&m_mutex);
                m_failures << QStringLiteral("%1: %2 %3 %4")
                                  .arg(health ? QStringLiteral("GET /health")
                                              : QStringLiteral("GET /me"),
                                       QString::number(reply.status), reply.errorString,
                                       QString::fromUtf8(reply.raw));
                break; // a fresh connection for the next call
            }
            QThread::msleep(20);
        }
    }
}

} // namespace cc::test
