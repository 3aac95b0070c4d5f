#pragma once

// Creates an account (admin only), without credentials: the person sets their own with a
// single-use enrolment code. After the server accepts it, the dialog shows that code once, or
// says that it was e-mailed to the person.

#include "UsersApi.h"

#include <QDialog>
#include <QPointer>

class QLabel;
class QLineEdit;
class QPushButton;
class QStackedWidget;

namespace cc::client {
class ApiClient;
class ApiJob;
} // namespace cc::client

namespace cc::ui {

class EnrolmentCodePanel;
class RoleChecks;

class AddUserDialog : public QDialog
{
    Q_OBJECT

public:
    explicit AddUserDialog(client::ApiClient *client, QWidget *parent = nullptr);

    QString errorText() const;
    QString enrolmentCode() const; // as shown; empty when it was e-mailed

signals:
    void userCreated(const client::User &user);

private:
    void submit();
    void showEnrolment(const client::IssuedEnrolment &issued);

    client::ApiClient *m_client;
    QStackedWidget *m_pages = nullptr;
    QLineEdit *m_username = nullptr;
    QLineEdit *m_email = nullptr;
    QLineEdit *m_displayName = nullptr;
    QLineEdit *m_title = nullptr;
    RoleChecks *m_roles = nullptr;
    QLabel *m_error = nullptr;
    QPushButton *m_create = nullptr;
    QPushButton *m_cancel = nullptr;
    EnrolmentCodePanel *m_issued = nullptr;
    QPushButton *m_done = nullptr;
    QPointer<client::ApiJob> m_job;
};

} // namespace cc::ui
