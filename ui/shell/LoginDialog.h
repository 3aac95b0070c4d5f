#pragma once

// Sign-in: server address, username, password and the one-time code from the authenticator
// app; or, for someone with an enrolment code ("I have an enrolment code"), the enrolment that
// sets their password and authenticator and signs them in (EnrolmentForm). Shows the server's
// own error messages, next to the field they are about where there is one, and asks through
// TrustDialog before pinning a certificate that does not verify. Accepted once ApiClient holds
// a session.

#include <functional>

#include <QDialog>
#include <QPointer>
#include <QUrl>

class QLabel;
class QLineEdit;
class QPushButton;
class QStackedWidget;

namespace cc::client {
class ApiClient;
class ApiJob;
class CertificateTrust;
} // namespace cc::client

namespace cc::ui {

class EnrolmentForm;
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
    EnrolmentForm *enrolmentForm() const { return m_enrolment; }
    bool isEnrolling() const;

    void done(int result) override;

public slots:
    void showEnrolment(); // "I have an enrolment code"
    void showSignIn();

signals:
    void signedIn();

private:
    QWidget *makeSignInPage();
    void submit();
    void signIn();
    void startEnrolment();
    void finishEnrolment();
    // Sends the call made by call() to the server in the server field, asking about an
    // untrusted certificate first (and sending again once it is trusted); then answer(job).
    void send(const std::function<client::ApiJob *()> &call,
              std::function<void(client::ApiJob *)> answer);
    void askTrust(client::ApiJob *job);
    void showEnrolmentError(client::ApiJob *job);
    void succeed();
    void setBusy(bool busy);
    void showError(const QString &message);
    void updateButtons();
    void fitPages();

    client::ApiClient *m_client;
    client::CertificateTrust *m_trust;
    QLineEdit *m_server = nullptr;
    QStackedWidget *m_pages = nullptr;
    QLineEdit *m_username = nullptr;
    QLineEdit *m_password = nullptr;
    QLineEdit *m_totp = nullptr;
    EnrolmentForm *m_enrolment = nullptr;
    QLabel *m_error = nullptr;
    QLabel *m_status = nullptr;
    QPushButton *m_signIn = nullptr;
    QPushButton *m_haveCode = nullptr;
    QPushButton *m_back = nullptr;
    QPushButton *m_continue = nullptr;
    QPushButton *m_finish = nullptr;
    QPointer<client::ApiJob> m_job;
    QPointer<TrustDialog> m_trustDialog;
};

} // namespace cc::ui
