#pragma once

// Resets an account's password (forgotten) or second factor (lost phone), admin only: says what
// the reset does (sessions end, grants are suspended until the person enrols again, the
// compliance officers are alerted), asks to confirm, then shows the fresh enrolment code once,
// or where it was e-mailed. Never a secret: the person sets their own.

#include "ApiTypes.h"

#include <QDialog>
#include <QPointer>

class QLabel;
class QPushButton;
class QStackedWidget;

namespace cc::client {
class ApiClient;
class ApiJob;
} // namespace cc::client

namespace cc::ui {

class EnrolmentCodePanel;

class ResetCredentialsDialog : public QDialog
{
    Q_OBJECT

public:
    enum class What { Password, TwoFactor };

    ResetCredentialsDialog(client::ApiClient *client, const client::User &user, What what,
                           QWidget *parent = nullptr);

    QString errorText() const;
    QString enrolmentCode() const; // once issued; empty when it was e-mailed

signals:
    void reset(const client::User &user);

private:
    void submit();

    client::ApiClient *m_client;
    client::User m_user;
    What m_what;
    QStackedWidget *m_pages = nullptr;
    QLabel *m_error = nullptr;
    QPushButton *m_reset = nullptr;
    QPushButton *m_done = nullptr;
    EnrolmentCodePanel *m_issued = nullptr;
    QPointer<client::ApiJob> m_job;
};

} // namespace cc::ui
