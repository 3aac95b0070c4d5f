#pragma once

// Sign-in: server address, username, password and the one-time code from the authenticator
// app. Shows the server's own error message, and asks through TrustDialog before pinning a
// certificate that does not verify. Accepted once ApiClient holds a session.

#include <QDialog>
#include <QPointer>
#include <QUrl>

class QLabel;
class QLineEdit;
class QPushButton;

namespace cc::client {
class ApiClient;
class ApiJob;
class CertificateTrust;
} // namespace cc::client

namespace cc::ui {

class TrustDialog;

class LoginDialog : public QDialog
{
    Q_OBJECT

public:
    LoginDialog(client::ApiClient *client, client::CertificateTrust *trust,
                QWidget *parent = nullptr);

    void setServerUrl(const QUrl &url);
    void setUsername(const QString &username);
    QString errorText() const;
    TrustDialog *trustDialog() const; // while it is open

signals:
    void signedIn();

private:
    void submit();
    void onFinished(client::ApiJob *job);
    void setBusy(bool busy);
    void showError(const QString &message);
    void updateButton();

    client::ApiClient *m_client;
    client::CertificateTrust *m_trust;
    QLineEdit *m_server = nullptr;
    QLineEdit *m_username = nullptr;
    QLineEdit *m_password = nullptr;
    QLineEdit *m_totp = nullptr;
    QLabel *m_error = nullptr;
    QLabel *m_status = nullptr;
    QPushButton *m_signIn = nullptr;
    QPointer<client::ApiJob> m_job;
    QPointer<TrustDialog> m_trustDialog;
};

} // namespace cc::ui
