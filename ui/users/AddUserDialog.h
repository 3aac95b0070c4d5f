#pragma once

// Creates an account (admin only). After the server accepts it, the dialog shows the
// otpauth:// enrolment link once, as text to copy into the new user's authenticator app.

#include "ApiTypes.h"

#include <QDialog>
#include <QPointer>

class QCheckBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QStackedWidget;

namespace cc::client {
class ApiClient;
class ApiJob;
} // namespace cc::client

namespace cc::ui {

class AddUserDialog : public QDialog
{
    Q_OBJECT

public:
    explicit AddUserDialog(client::ApiClient *client, QWidget *parent = nullptr);

    QString errorText() const;
    QString totpUri() const { return m_totpUri; }

signals:
    void userCreated(const client::User &user);

private:
    void submit();
    void generatePassword();
    void showEnrolment(const client::User &user, const QString &totpUri);

    client::ApiClient *m_client;
    QStackedWidget *m_pages = nullptr;
    QLineEdit *m_username = nullptr;
    QLineEdit *m_email = nullptr;
    QLineEdit *m_displayName = nullptr;
    QLineEdit *m_title = nullptr;
    QList<QCheckBox *> m_roles;
    QLineEdit *m_password = nullptr;
    QLabel *m_error = nullptr;
    QPushButton *m_create = nullptr;
    QPushButton *m_cancel = nullptr;
    QLabel *m_enrolmentIntro = nullptr;
    QLineEdit *m_uriEdit = nullptr;
    QPushButton *m_done = nullptr;
    QString m_totpUri;
    QPointer<client::ApiJob> m_job;
};

} // namespace cc::ui
