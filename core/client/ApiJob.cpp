#include "ApiJob.h"

#include "ApiClient.h"
#include "CertificateTrust.h"

#include <QJsonDocument>
#include <QLoggingCategory>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>

Q_LOGGING_CATEGORY(lcApi, "compliance.client.api", QtInfoMsg)

namespace cc::client {

ApiJob::ApiJob(ApiClient *client, QByteArray method, QUrl url, QByteArray body)
    : QObject(client)
    , m_client(client)
    , m_method(std::move(method))
    , m_url(std::move(url))
    , m_body(std::move(body))
    , m_token(client->token().toUtf8())
    , m_serverKey(CertificateTrust::serverKey(m_url))
{
    m_timeout.setSingleShot(true);
    m_timeout.setInterval(client->timeout());
    connect(&m_timeout, &QTimer::timeout, this, &ApiJob::onTimeout);
    m_retryDelay.setSingleShot(true);
    connect(&m_retryDelay, &QTimer::timeout, this, &ApiJob::startAttempt);
}

ApiJob::~ApiJob()
{
    if (m_reply) {
        m_reply->disconnect(this);
        m_reply->abort();
        m_reply->deleteLater();
    }
}

void ApiJob::start()
{
    // Queued so the caller can connect to finished() even when the job fails at once.
    QMetaObject::invokeMethod(this, &ApiJob::startAttempt, Qt::QueuedConnection);
}

void ApiJob::startAttempt()
{
    if (m_finished)
        return;
    if (!m_client) {
        finish(ApiError::make(ApiError::Kind::Cancelled,
                              tr("The connection to the server was closed.")));
        return;
    }
    ++m_attempt;
    m_timedOut = false;
    m_tooLarge = false;
    m_untrustedCertificate = QSslCertificate();
    m_untrustedErrors.clear();

    QNetworkRequest request(m_url);
    // Redirects are not followed at all: an API answer never legitimately moves, and following
    // one could send the token or the body elsewhere or downgrade to http.
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute,
                         QNetworkRequest::ManualRedirectPolicy);
    request.setSslConfiguration(m_client->sslConfiguration());
    request.setRawHeader("Accept",
                         m_jsonLines  ? QByteArrayLiteral("application/x-ndjson, application/json")
                             : m_sink ? QByteArrayLiteral("*/*")
                                      : QByteArrayLiteral("application/json"));
    request.setHeader(QNetworkRequest::UserAgentHeader, QByteArrayLiteral("ComplianceConsole/0.1"));
    if (!m_token.isEmpty())
        request.setRawHeader("Authorization", "Bearer " + m_token);
    if (!m_body.isEmpty())
        request.setHeader(QNetworkRequest::ContentTypeHeader,
                          QByteArrayLiteral("application/json"));

    QNetworkAccessManager *network = m_client->network();
    if (m_body.isEmpty() && m_method != "POST")
        m_reply = network->sendCustomRequest(request, m_method);
    else
        m_reply = network->sendCustomRequest(request, m_method, m_body);
    qCDebug(lcApi) << m_method << m_url.path() << "attempt" << m_attempt;

    connect(m_reply, &QNetworkReply::sslErrors, this, [this](const QList<QSslError> &errors) {
        const QSslCertificate peer = m_reply->sslConfiguration().peerCertificate();
        CertificateTrust *trust = m_client ? m_client->certificateTrust() : nullptr;
        if (trust && trust->isTrusted(m_serverKey, peer)) {
            // Only these errors, for the certificate pinned for this very server.
            m_reply->ignoreSslErrors(errors);
            return;
        }
        m_untrustedCertificate = peer;
        m_untrustedErrors = errors;
        qCInfo(lcApi) << "certificate of" << m_serverKey << "not trusted:" << errors;
    });
    const auto activity = [this] {
        if (m_timeout.isActive())
            m_timeout.start();
    };
    connect(m_reply, &QNetworkReply::metaDataChanged, this, activity);
    connect(m_reply, &QNetworkReply::uploadProgress, this, activity);
    if (m_jsonLines || m_sink) {
        m_lineBuffer.clear();
        m_streamedBody.clear();
        connect(m_reply, &QIODevice::readyRead, this, &ApiJob::onReadyRead);
    }
    connect(m_reply, &QNetworkReply::downloadProgress, this, [this, activity](qint64 received) {
        activity();
        if (received > ApiClient::kMaxResponseBytes && !m_tooLarge && !m_sink) {
            m_tooLarge = true;
            m_reply->abort();
        }
    });
    connect(m_reply, &QNetworkReply::finished, this, &ApiJob::onReplyFinished);
    m_timeout.start();
}

void ApiJob::onTimeout()
{
    if (!m_reply)
        return;
    m_timedOut = true;
    m_reply->abort();
}

void ApiJob::abort()
{
    if (m_finished)
        return;
    m_retryDelay.stop();
    if (m_reply) {
        m_reply->disconnect(this);
        m_reply->abort();
        m_reply->deleteLater();
        m_reply = nullptr;
    }
    finish(ApiError::make(ApiError::Kind::Cancelled, tr("The request was cancelled.")));
}

void ApiJob::onReadyRead()
{
    if (!m_reply)
        return;
    const int status = m_reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    if (status < 200 || status >= 300)
        return; // an error's body is read whole at the end
    if (!takeBody(m_reply->readAll()) && m_reply)
        m_reply->abort();
}

bool ApiJob::takeBody(const QByteArray &data)
{
    if (data.isEmpty())
        return true;
    m_bodyBytes += data.size();
    if (m_sink) {
        if (m_sink->write(data) != data.size()) {
            m_sinkError = m_sink->errorString();
            return false;
        }
        return true;
    }
    m_lineBuffer += data;
    m_streamedBody += data;
    takeLines(false);
    return true;
}

void ApiJob::takeLines(bool final)
{
    for (;;) {
        qsizetype end = m_lineBuffer.indexOf('\n');
        if (end < 0) {
            if (!final || m_lineBuffer.trimmed().isEmpty())
                return;
            end = m_lineBuffer.size();
        }
        const QByteArray line = m_lineBuffer.left(end).trimmed();
        m_lineBuffer.remove(0, qMin(end + 1, m_lineBuffer.size()));
        if (line.isEmpty())
            continue;
        const QJsonDocument document = QJsonDocument::fromJson(line);
        if (!document.isObject())
            continue; // part of an answer sent as one indented object
        m_lastLine = document.object();
        const QPointer<ApiJob> self(this);
        emit lineReceived(m_lastLine);
        if (!self || m_finished)
            return;
    }
}

void ApiJob::onReplyFinished()
{
    m_timeout.stop();
    QNetworkReply *reply = m_reply;
    m_reply = nullptr;
    reply->deleteLater();

    m_httpStatus = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    const QSsl::SslProtocol protocol = reply->sslConfiguration().sessionProtocol();
    if (protocol != QSsl::UnknownProtocol) {
        m_tlsProtocol = ApiClient::protocolName(protocol);
        if (m_client)
            m_client->noteTlsProtocol(m_tlsProtocol);
    }
    QByteArray body = reply->isOpen() ? reply->readAll() : QByteArray();
    const QNetworkReply::NetworkError netError = reply->error();
    const bool streamed = (m_jsonLines || m_sink) && m_httpStatus >= 200 && m_httpStatus < 300;
    if (streamed) {
        if (!takeBody(body) && m_sinkError.isEmpty())
            m_sinkError = tr("the file could not be written");
        body.clear();
        if (m_finished)
            return; // aborted by a lineReceived() receiver
    }

    ApiError error = replyError(*reply, body, netError);
    if (!error.isError() && !m_sink) { // a sink took the answer as it arrived
        if (m_jsonLines) {
            takeLines(true);
            if (m_finished)
                return;
            error = jsonFromLines();
        } else {
            error = jsonFromBody(body);
        }
    }

    if (error.isError() && retryable(error)) {
        const int delayMs = 250 * (1 << (m_attempt - 1));
        qCInfo(lcApi) << "retrying" << m_method << m_url.path() << "in" << delayMs
                      << "ms:" << error.message;
        m_retryDelay.start(delayMs);
        return;
    }
    finish(std::move(error));
}

// Why the reply is no answer: an untrusted certificate, a timeout, a failed sink, a body too
// large, a redirect, an HTTP error, or no connection. None when it is one.
ApiError ApiJob::replyError(const QNetworkReply &reply, const QByteArray &body,
                            QNetworkReply::NetworkError netError) const
{
    ApiError error;
    if (!m_untrustedCertificate.isNull() && m_httpStatus == 0) {
        error.kind = ApiError::Kind::UntrustedCertificate;
        error.certificate = m_untrustedCertificate;
        error.sslErrors = m_untrustedErrors;
        const QByteArray pinned = m_client && m_client->certificateTrust()
            ? m_client->certificateTrust()->pinnedFingerprint(m_serverKey)
            : QByteArray();
        error.message = pinned.isEmpty()
            ? tr("The certificate of %1 is not trusted: %2")
                  .arg(m_serverKey, m_untrustedErrors.value(0).errorString())
            : tr("The certificate of %1 does not match the fingerprint pinned for this server. "
                 "It may have been replaced, or someone may be intercepting the connection.")
                  .arg(m_serverKey);
    } else if (m_timedOut) {
        error.kind = ApiError::Kind::Timeout;
        error.message = tr("The server did not answer within %1 seconds.")
                            .arg((m_timeout.interval() + 999) / 1000);
    } else if (!m_sinkError.isEmpty()) {
        error.kind = ApiError::Kind::BadResponse;
        error.message = tr("Could not save the server's answer: %1").arg(m_sinkError);
    } else if (m_tooLarge) {
        error.kind = ApiError::Kind::BadResponse;
        error.message = tr("The server's answer was too large.");
    } else if (m_httpStatus >= 300 && m_httpStatus < 400) {
        error.kind = ApiError::Kind::BadResponse;
        error.httpStatus = m_httpStatus;
        error.message = tr("The server redirected the request to %1; the console does not follow "
                           "redirects.")
                            .arg(reply.header(QNetworkRequest::LocationHeader).toUrl().toString());
    } else if (m_httpStatus >= 400) {
        error.kind = ApiError::Kind::Http;
        error.httpStatus = m_httpStatus;
        const QJsonObject serverError
            = QJsonDocument::fromJson(body).object().value(QLatin1StringView("error")).toObject();
        error.code = serverError.value(QLatin1StringView("code")).toString();
        error.message = serverError.value(QLatin1StringView("message")).toString();
        error.field = serverError.value(QLatin1StringView("field")).toString();
        if (error.message.isEmpty()) {
            error.message
                = tr("The server answered %1 %2.")
                      .arg(m_httpStatus)
                      .arg(reply.attribute(QNetworkRequest::HttpReasonPhraseAttribute).toString());
        }
    } else if (netError != QNetworkReply::NoError || m_httpStatus == 0) {
        const bool tls = netError == QNetworkReply::SslHandshakeFailedError;
        error.kind = tls ? ApiError::Kind::Tls : ApiError::Kind::Network;
        error.message = tr("Could not reach %1: %2").arg(m_serverKey, reply.errorString());
    }
    return error;
}

// A JSON-lines answer: its last object, or the whole answer when it came as one object.
ApiError ApiJob::jsonFromLines()
{
    ApiError error;
    const QJsonDocument whole = QJsonDocument::fromJson(m_streamedBody);
    if (whole.isObject())
        m_json = whole.object(); // the server answered in one object, not line by line
    else if (!m_lastLine.isEmpty())
        m_json = m_lastLine;
    else {
        error.kind = ApiError::Kind::BadResponse;
        error.httpStatus = m_httpStatus;
        error.message = tr("The server's answer holds no JSON object.");
    }
    return error;
}

ApiError ApiJob::jsonFromBody(const QByteArray &body)
{
    ApiError error;
    QJsonParseError parseError;
    const QJsonDocument document = body.trimmed().isEmpty()
        ? QJsonDocument(QJsonObject())
        : QJsonDocument::fromJson(body, &parseError);
    if (!document.isObject()) {
        error.kind = ApiError::Kind::BadResponse;
        error.httpStatus = m_httpStatus;
        error.message = tr("The server's answer is not a JSON object.");
    } else {
        m_json = document.object();
    }
    return error;
}

bool ApiJob::retryable(const ApiError &error) const
{
    // Only idempotent reads are repeated, and only after failures that may pass.
    if (m_method != "GET" || !m_client || m_attempt > m_client->maxRetries())
        return false;
    if (m_bodyBytes > 0)
        return false; // part of a streamed answer was already handed on
    switch (error.kind) {
    case ApiError::Kind::Network:
    case ApiError::Kind::Timeout:
        return true;
    case ApiError::Kind::Http:
        return error.httpStatus == 502 || error.httpStatus == 503 || error.httpStatus == 504;
    default:
        return false;
    }
}

void ApiJob::finish(ApiError error)
{
    if (m_finished)
        return;
    m_finished = true;
    m_error = std::move(error);
    if (m_error.isError()) {
        qCInfo(lcApi) << m_method << m_url.path() << "failed:" << kindName(m_error.kind)
                      << m_error.httpStatus << m_error.message;
    }
    if (m_client)
        m_client->noteJobFinished(this);
    emit finished(this);
    if (m_autoDelete)
        deleteLater();
}

} // namespace cc::client
