#pragma once

// The console's connection to one store server: base URL, bearer token, certificate trust and
// TLS settings shared by every ApiJob it creates. Calls never block: each returns a job whose
// finished() signal carries the JSON answer or an ApiError.

#include "ApiCall.h"
#include "ApiJob.h"
#include "ApiTypes.h"

#include <chrono>

#include <QObject>
#include <QSslConfiguration>
#include <QUrl>
#include <QUrlQuery>

class QNetworkAccessManager;

namespace cc::client {

class CertificateTrust;
class DeviceTokenStore;

class ApiClient : public QObject
{
    Q_OBJECT

public:
    static constexpr std::chrono::milliseconds kDefaultTimeout {30'000};
    static constexpr int kDefaultMaxRetries = 2;
    static constexpr qint64 kMaxResponseBytes = 16 * 1024 * 1024;

    explicit ApiClient(QObject *parent = nullptr);
    ~ApiClient() override;

    // https://host:port — the API prefix /api/v1 is added by the client.
    void setBaseUrl(const QUrl &url);
    QUrl baseUrl() const { return m_baseUrl; }
    QString serverKey() const; // host:port, the key certificate pins are stored under

    void setToken(const QString &token);
    QString token() const { return m_token; }
    bool isSignedIn() const { return !m_token.isEmpty(); }

    // Not owned; without one, only certificates that verify against the system CAs are accepted.
    void setCertificateTrust(CertificateTrust *trust) { m_trust = trust; }
    CertificateTrust *certificateTrust() const { return m_trust; }
    // Not owned; without one, sign-ins send no device token and keep none.
    void setDeviceTokenStore(DeviceTokenStore *store) { m_deviceTokens = store; }

    // Inactivity timeout of one attempt (restarted on every byte sent or received).
    void setTimeout(std::chrono::milliseconds timeout) { m_timeout = timeout; }
    std::chrono::milliseconds timeout() const { return m_timeout; }
    // Extra attempts for idempotent GETs after a transient failure.
    void setMaxRetries(int retries) { m_maxRetries = retries; }
    int maxRetries() const { return m_maxRetries; }

    QString tlsProtocol() const { return m_tlsProtocol; } // last negotiated, e.g. "TLS 1.3"
    const SessionInfo &session() const { return m_session; }

    // Generic calls; path is relative to /api/v1, e.g. "/access-requests". The typed calls of
    // each area (AccessApi, IncidentsApi, …) are built on them; the console's pages use those.
    ApiJob *get(const QString &path, const QUrlQuery &query = {});
    ApiJob *post(const QString &path, const QJsonObject &body = {});
    ApiJob *sendRequest(const QByteArray &method, const QString &path, const QJsonObject &body = {},
                        const QUrlQuery &query = {});

    // POST /session, with this console's device token for the account when it has one; on
    // success the token and session() are set, and the device token kept, before finished()
    // reaches the caller.
    ApiJob *signIn(const QString &username, const QString &password, const QString &totp);
    // Enrolment with a code an admin handed over or the server e-mailed (docs/api.md, "Accounts
    // and enrolment"): start sets the password and makes a TOTP secret; finish proves a code
    // from it and signs in exactly as signIn() does (session, device token).
    Call<EnrolmentStart> startEnrolment(const QString &username, const QString &code,
                                        const QString &password);
    ApiJob *finishEnrolment(const QString &username, const QString &code, const QString &totp);
    // POST /me/password; a 401 answers the credentials given here and leaves the session be.
    Call<PasswordChange> changePassword(const QString &currentPassword, const QString &newPassword,
                                        const QString &totp);
    ApiJob *signOut(); // DELETE /session; the token is forgotten at once
    ApiJob *me(); // GET /me; refreshes session()
    Call<Policy> policy(); // GET /policy

    static QString protocolName(int sslProtocol); // QSsl::SslProtocol → "TLS 1.3"

signals:
    void tlsProtocolChanged(const QString &protocol);
    void sessionChanged();
    // A call made with a token was refused with 401: the session expired or was ended.
    void sessionEnded(const QString &message);

private:
    friend class ApiJob;
    QNetworkAccessManager *network() const { return m_network; }
    QSslConfiguration sslConfiguration() const { return m_ssl; }
    void noteTlsProtocol(const QString &protocol);
    void noteJobFinished(ApiJob *job);
    // On success: keeps the device token the answer carries and takes its session and token.
    void adoptSession(ApiJob *job, const QString &username);

    QNetworkAccessManager *m_network = nullptr;
    QSslConfiguration m_ssl;
    QUrl m_baseUrl;
    QString m_token;
    CertificateTrust *m_trust = nullptr;
    DeviceTokenStore *m_deviceTokens = nullptr;
    std::chrono::milliseconds m_timeout = kDefaultTimeout;
    int m_maxRetries = kDefaultMaxRetries;
    QString m_tlsProtocol;
    SessionInfo m_session;
};

} // namespace cc::client
