#pragma once

// Console > Change password: the current password, the new one twice and a code from the
// authenticator app (POST /me/password). A refusal stands under the field it is about, worded
// as the server words it ("password refused (history): …"); nothing typed is lost but a used
// code. On success every other session of the account has ended.

#include <QDialog>
#include <QPointer>

class QLabel;
class QLineEdit;
class QPushButton;

namespace cc::client {
class ApiClient;
class ApiJob;
} // namespace cc::client

namespace cc::ui {

class FieldRow;

class ChangePasswordDialog : public QDialog
{
    Q_OBJECT

public:
    explicit ChangePasswordDialog(client::ApiClient *client, QWidget *parent = nullptr);

    QString errorText() const; // the line under the fields, for what belongs to none
    void done(int result) override;

signals:
    void changed(int endedSessions);

private:
    void submit();
    void updateButton();
    void showRefusal(const QString &message, int httpStatus);

    client::ApiClient *m_client;
    QLineEdit *m_current = nullptr;
    QLineEdit *m_new = nullptr;
    QLineEdit *m_again = nullptr;
    QLineEdit *m_totp = nullptr;
    FieldRow *m_newRow = nullptr;
    FieldRow *m_againRow = nullptr;
    QLabel *m_error = nullptr;
    QPushButton *m_change = nullptr;
    QPointer<client::ApiJob> m_job;
};

} // namespace cc::ui
