#pragma once

// The two steps of enrolling with a code, as the sign-in dialog shows them (it sends the calls):
// first the username, the enrolment code and the new password twice; then the new TOTP secret,
// shown once as a QR code and as text, and the code the authenticator app shows for it. After a
// password reset there is no new secret: the person types a code from the app they have. Each
// field has its own line for what the server says about it; nothing typed is lost on a refusal.

#include <QStackedWidget>

class QLabel;
class QLineEdit;

namespace cc::client {
struct EnrolmentStart;
}

namespace cc::ui {

class FieldRow;
class QrCodeView;

class EnrolmentForm : public QStackedWidget
{
    Q_OBJECT

public:
    enum class Step { Credentials, Authenticator };
    // Where a message belongs. General: the dialog's own error line.
    enum class Field { General, Username, Code, Password, Confirmation, Totp };

    explicit EnrolmentForm(QWidget *parent = nullptr);
    ~EnrolmentForm() override;

    void setUsername(const QString &username);
    QString username() const; // trimmed
    QString code() const; // as typed; the server takes any case, with or without dashes
    QString password() const;
    QString totp() const;
    bool passwordsMatch() const;
    // Every field a step needs is filled in.
    bool isComplete() const;

    Step step() const;
    void showCredentials(); // step 1, everything typed kept
    void showAuthenticator(const client::EnrolmentStart &start); // step 2
    QrCodeView *qrCode() const { return m_qr; }

    void showError(Field field, const QString &message); // General is not shown here
    void clearErrors();
    void clearTotp(); // a refused code cannot be used again
    // The passwords, the secret and its QR code leave the screen and memory.
    void forgetSecrets();

signals:
    void edited(); // a field changed: the dialog updates its buttons

private:
    QWidget *makeCredentialsStep();
    QWidget *makeAuthenticatorStep();
    FieldRow *rowOf(Field field) const;

    QLineEdit *m_username = nullptr;
    QLineEdit *m_code = nullptr;
    QLineEdit *m_password = nullptr;
    QLineEdit *m_confirmation = nullptr;
    QLineEdit *m_totp = nullptr;
    FieldRow *m_usernameRow = nullptr;
    FieldRow *m_codeRow = nullptr;
    FieldRow *m_passwordRow = nullptr;
    FieldRow *m_confirmationRow = nullptr;
    FieldRow *m_totpRow = nullptr;
    QLabel *m_authenticatorIntro = nullptr;
    QrCodeView *m_qr = nullptr;
    QLabel *m_secretCaption = nullptr;
    QLabel *m_secret = nullptr;
};

} // namespace cc::ui
