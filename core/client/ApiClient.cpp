#include "ApiClient.h"

#include "CertificateTrust.h"
#include "DeviceTokenStore.h"

#include <QJsonDocument>
#include <QLoggingCategory>
#include <QNetworkAccessManager>

Q_DECLARE_LOGGING_CATEGORY(lcApi)

namespace cc::client {

ApiClient::ApiClient(QObject *parent)
    : QObject(parent)
    , m_network(new QNetworkAccessManager(this))
    , m_ssl(QSslConfiguration::defaultConfiguration())
{
    m_ssl.setProtocol(QSsl::TlsV1_2OrLater);
    m_network->setRedirectPolicy(QNetworkRequest::ManualRedirectPolicy);
    // The console keeps nothing on disk: no HTTP cache, no cookies.
    m_network->setCache(nullptr);
}

ApiClient::~ApiClient() = default;

void ApiClient::setBaseUrl(const QUrl &url)
{
    m_baseUrl = url.adjusted(QUrl::StripTrailingSlash);
    if (m_baseUrl.path().endsWith(QLatin1StringView("/api/v1")))
        m_baseUrl.setPath(m_baseUrl.path().chopped(7));
    m_network->clearConnectionCache();
}

QString ApiClient::serverKey() const
{
    return CertificateTrust::serverKey(m_baseUrl);
}

void ApiClient::setToken(const QString &token)
{
    if (m_token == token)
        return;
    m_token = token;
    if (m_token.isEmpty())
        m_session = {};
    emit sessionChanged();
}

ApiJob *ApiClient::get(const QString &path, const QUrlQuery &query)
{
    return sendRequest("GET", path, {}, query);
}

ApiJob *ApiClient::post(const QString &path, const QJsonObject &body)
{
    return sendRequest("POST", path, body);
}

ApiJob *ApiClient::sendRequest(const QByteArray &method, const QString &path,
                               const QJsonObject &body, const QUrlQuery &query)
{
    QUrl url = m_baseUrl;
    url.setPath(m_baseUrl.path() + QStringLiteral("/api/v1") + path);
    if (!query.isEmpty())
        url.setQuery(query);
    QByteArray payload;
    if (method == "POST" || method == "PUT" || method == "PATCH")
        payload = QJsonDocument(body).toJson(QJsonDocument::Compact);
    auto *job = new ApiJob(this, method, url, payload);
    if (url.scheme() != QLatin1StringView("https") || url.host().isEmpty()) {
        // Never send credentials in the clear: there is no plain-HTTP listener to talk to.
        QMetaObject::invokeMethod(
            job,
            [job, url] {
                job->finish(
                    ApiError::make(ApiError::Kind::Network,
                                   tr("The server address must start with https:// (got \"%1\").")
                                       .arg(url.toString(QUrl::RemoveQuery | QUrl::RemovePath))));
            },
            Qt::QueuedConnection);
        return job;
    }
    job->start();
    return job;
}

ApiJob *ApiClient::signIn(const QString &username, const QString &password, const QString &totp)
{
    setToken({});
    QJsonObject body {{QStringLiteral("username"), username},
                      {QStringLiteral("password"), password},
                      {QStringLiteral("totp"), totp}};
    if (m_deviceTokens) {
        if (const QString device = m_deviceTokens->token(serverKey(), username); !device.isEmpty())
            body.insert(QStringLiteral("device_token"), device);
    }
    ApiJob *job = post(QStringLiteral("/session"), body);
    adoptSession(job, username);
    return job;
}

Call<EnrolmentStart> ApiClient::startEnrolment(const QString &username, const QString &code,
                                               const QString &password)
{
    return Call<EnrolmentStart>(post(QStringLiteral("/enrolment/start"),
                                     {{QStringLiteral("username"), username},
                                      {QStringLiteral("enrolment_code"), code},
                                      {QStringLiteral("password"), password}}));
}

ApiJob *ApiClient::finishEnrolment(const QString &username, const QString &code,
                                   const QString &totp)
{
    setToken({});
    ApiJob *job = post(QStringLiteral("/enrolment/finish"),
                       {{QStringLiteral("username"), username},
                        {QStringLiteral("enrolment_code"), code},
                        {QStringLiteral("totp"), totp}});
    adoptSession(job, username);
    return job;
}

Call<PasswordChange> ApiClient::changePassword(const QString &currentPassword,
                                               const QString &newPassword, const QString &totp)
{
    ApiJob *job = post(QStringLiteral("/me/password"),
                       {{QStringLiteral("current_password"), currentPassword},
                        {QStringLiteral("new_password"), newPassword},
                        {QStringLiteral("totp"), totp}});
    // 401 here means a wrong current password or code; a session that really ended is told
    // by the next call.
    job->setChecksCredentials(true);
    return Call<PasswordChange>(job);
}

void ApiClient::adoptSession(ApiJob *job, const QString &username)
{
    connect(job, &ApiJob::finished, this, [this, username](ApiJob *done) {
        if (!done->ok())
            return;
        if (const QString device = done->json().value(QLatin1StringView("device_token")).toString();
            m_deviceTokens && !device.isEmpty())
            m_deviceTokens->save(serverKey(), username, device);
        m_session = SessionInfo::fromJson(done->json());
        setToken(done->json().value(QLatin1StringView("token")).toString());
    });
}

ApiJob *ApiClient::signOut()
{
    ApiJob *job = sendRequest("DELETE", QStringLiteral("/session"));
    setToken({});
    return job;
}

ApiJob *ApiClient::me()
{
    ApiJob *job = get(QStringLiteral("/me"));
    connect(job, &ApiJob::finished, this, [this](ApiJob *done) {
        if (!done->ok())
            return;
        const SessionInfo fresh = SessionInfo::fromJson(done->json());
        m_session.user = fresh.user;
        m_session.permissions = fresh.permissions;
        emit sessionChanged();
    });
    return job;
}

Call<Policy> ApiClient::policy()
{
    return Call<Policy>(get(QStringLiteral("/policy")));
}

QString ApiClient::protocolName(int sslProtocol)
{
    switch (static_cast<QSsl::SslProtocol>(sslProtocol)) {
    case QSsl::TlsV1_2:
        return QStringLiteral("TLS 1.2");
    case QSsl::TlsV1_3:
        return QStringLiteral("TLS 1.3");
    case QSsl::DtlsV1_2:
        return QStringLiteral("DTLS 1.2");
    default:
        return tr("TLS (unknown version)");
    }
}

void ApiClient::noteTlsProtocol(const QString &protocol)
{
    if (m_tlsProtocol == protocol)
        return;
    m_tlsProtocol = protocol;
    emit tlsProtocolChanged(protocol);
}

void ApiClient::noteJobFinished(ApiJob *job)
{
    const ApiError &error = job->error();
    if (error.kind == ApiError::Kind::Http && error.httpStatus == 401 && !job->m_token.isEmpty()
        && job->m_token == m_token.toUtf8() && !job->checksCredentials()) {
        qCInfo(lcApi) << "session ended by the server:" << error.message;
        setToken({});
        emit sessionEnded(error.message);
    }
}

} // namespace cc::client
