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
#include <QIODevice>
#include <QJsonObject>
#include <QNetworkReply>
#include <QObject>
#include <QPointer>
#include <QTimer>
#include <QUrl>

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

    // Answers that are not one JSON object; set before the event loop runs (the job starts
    // queued). JSON lines (application/x-ndjson, a long job reporting progress): every line
    // is emitted by lineReceived() as it arrives, and json() is the last one.
    void setJsonLines(bool jsonLines) { m_jsonLines = jsonLines; }
    // A file: a successful answer's body is written to sink as it arrives, without a size
    // limit and without parsing (json() stays empty). Not owned; errors are still read as JSON.
    void setSink(QIODevice *sink) { m_sink = sink; }
    qint64 bodyBytes() const { return m_bodyBytes; }
    // The call carries credentials of its own (a current password and a code): a 401 refuses
    // those, not the session, which ApiClient then does not take as ended.
    void setChecksCredentials(bool checks) { m_checksCredentials = checks; }
    bool checksCredentials() const { return m_checksCredentials; }

signals:
    void finished(cc::client::ApiJob *job);
    void lineReceived(const QJsonObject &line);

private:
    friend class ApiClient;
    ApiJob(ApiClient *client, QByteArray method, QUrl url, QByteArray body);

    void start();
    void startAttempt();
    void onReplyFinished();
    ApiError replyError(const QNetworkReply &reply, const QByteArray &body,
                        QNetworkReply::NetworkError netError) const;
    ApiError jsonFromLines();
    ApiError jsonFromBody(const QByteArray &body);
    void onReadyRead();
    bool takeBody(const QByteArray &data); // streaming modes; false when the sink failed
    void takeLines(bool final);
    void onTimeout();
    bool retryable(const ApiError &error) const;
    void finish(ApiError error);

    QPointer<ApiClient> m_client;
    QByteArray m_method;
    QUrl m_url;
    QByteArray m_body;
    QByteArray m_token;
    QString m_serverKey;

    // Guarded: when the client goes away its network manager may delete the reply first.
    QPointer<QNetworkReply> m_reply;
    QTimer m_timeout;
    QTimer m_retryDelay;
    int m_attempt = 0;
    bool m_timedOut = false;
    bool m_tooLarge = false;
    bool m_finished = false;
    bool m_autoDelete = true;
    bool m_jsonLines = false;
    bool m_checksCredentials = false;
    QPointer<QIODevice> m_sink;
    qint64 m_bodyBytes = 0; // streamed to the sink or the line reader
    QByteArray m_lineBuffer;
    QByteArray m_streamedBody; // the whole JSON-lines answer, for an answer in one object
    QJsonObject m_lastLine;
    QString m_sinkError;
    QSslCertificate m_untrustedCertificate;
    QList<QSslError> m_untrustedErrors;

    int m_httpStatus = 0;
    QJsonObject m_json;
    ApiError m_error;
    QString m_tlsProtocol;
};

} // namespace cc::client
