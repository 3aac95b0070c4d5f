#pragma once

// One API call: the single place where requests are sent and answers read. It sets the
// bearer token and JSON headers, refuses redirects, keeps a timeout that restarts on every sign
// of activity, retries idempotent GETs a bounded number of times, checks the certificate against
// the pinned fingerprint when the handshake reports errors, and turns every failure into an
// ApiError whose message a person can act on (the server's `error.message` when there is one).
//
// A job deletes itself after emitting finished().

#include "ApiError.h"

#include <QByteArray>
#include <QJsonObject>
#include <QObject>
#include <QPointer>
#include <QTimer>
#include <QUrl>

class QNetworkReply;

namespace cc::client {

class ApiClient;

class ApiJob : public QObject
{
    Q_OBJECT

public:
    ~ApiJob() override;

    QByteArray method() const { return m_method; }
    QUrl url() const { return m_url; }

    bool isFinished() const { return m_finished; }
    bool ok() const { return m_finished && !m_error.isError(); }
    int httpStatus() const { return m_httpStatus; }
    const QJsonObject &json() const { return m_json; }
    const ApiError &error() const { return m_error; }
    int attempts() const { return m_attempt; }
    QString tlsProtocol() const { return m_tlsProtocol; } // e.g. "TLS 1.3"

    // Ends the call; finished() is emitted with a Cancelled error unless it already ran.
    void abort();

    // By default a job deletes itself after finished(); tests that read it later turn this off.
    void setAutoDelete(bool autoDelete) { m_autoDelete = autoDelete; }

signals:
    void finished(cc::client::ApiJob *job);

private:
    friend class ApiClient;
    ApiJob(ApiClient *client, QByteArray method, QUrl url, QByteArray body);

    void start();
    void startAttempt();
    void onReplyFinished();
    void onTimeout();
    bool retryable(const ApiError &error) const;
    void finish(ApiError error);

    QPointer<ApiClient> m_client;
    QByteArray m_method;
    QUrl m_url;
    QByteArray m_body;
    QByteArray m_token;
    QString m_serverKey;

    QNetworkReply *m_reply = nullptr;
    QTimer m_timeout;
    QTimer m_retryDelay;
    int m_attempt = 0;
    bool m_timedOut = false;
    bool m_tooLarge = false;
    bool m_finished = false;
    bool m_autoDelete = true;
    QSslCertificate m_untrustedCertificate;
    QList<QSslError> m_untrustedErrors;

    int m_httpStatus = 0;
    QJsonObject m_json;
    ApiError m_error;
    QString m_tlsProtocol;
};

} // namespace cc::client
