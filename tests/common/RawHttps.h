#pragma once

// A raw HTTP/1.1-over-TLS client for tests that must send what no well-behaved client library
// would: invalid UTF-8 in the path, huge headers, bytes trickled slowly. One keep-alive
// connection, optionally from a chosen loopback address; blocking calls, so it also works in a
// thread of its own (a bystander).

#include "TestServer.h"

#include <atomic>

#include <QMutex>
#include <QSslSocket>
#include <QThread>

namespace cc::test {

class RawHttps
{
public:
    RawHttps(const QUrl &baseUrl, const QSslCertificate &certificate,
             const QString &localAddress = {});

    // Connects and completes the TLS handshake.
    bool open(int timeoutMs = 20000);
    QSslSocket &socket() { return m_socket; }
    QString errorString() const { return m_error; }

    // Sends bytes exactly as given and reads one answer (Content-Length framed). A status of 0
    // with errorString set means no answer came: the connection was dropped or timed out.
    ApiReply exchange(const QByteArray &request, int timeoutMs = 30000);

    // A request with Host, Content-Length and, with a token, Authorization.
    static QByteArray request(const QByteArray &method, const QByteArray &target,
                              const QByteArray &body = {}, const QString &token = {},
                              const QByteArray &extraHeaders = {});

private:
    QUrl m_baseUrl;
    QSslCertificate m_certificate;
    QString m_localAddress;
    QSslSocket m_socket;
    QByteArray m_buffer;
    QString m_error;
};

// Calls GET /health and GET /me in a loop from 127.0.0.2 (its own address, so per-address limits
// aimed at a misbehaving client on 127.0.0.1 do not apply to it) until told to stop; every call
// must succeed within the client's normal 30 s timeout.
class Bystander : public QThread
{
public:
    Bystander(const QUrl &base, const QSslCertificate &certificate, const QString &token);
    void stop() { m_stop = true; }
    int calls() const { return m_calls; }
    QStringList failures() const;

protected:
    void run() override;

private:
    QUrl m_base;
    QSslCertificate m_certificate;
    QString m_token;
    std::atomic_bool m_stop = false;
    std::atomic_int m_calls = 0;
    mutable QMutex m_mutex;
    QStringList m_failures;
};

} // namespace cc::test
