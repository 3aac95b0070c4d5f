#pragma once

// Asks for access to one category of Amazon data for one client account, with a reason and a
// duration within the policy's limits. The server judges the reason; its message is shown
// here and the dialog stays open.

#include "ApiTypes.h"

#include <QDialog>
#include <QPointer>

class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QSpinBox;

namespace cc::client {
class ApiClient;
class ApiJob;
} // namespace cc::client

namespace cc::ui {

class RequestAccessDialog : public QDialog
{
    Q_OBJECT

public:
    RequestAccessDialog(client::ApiClient *client, const client::Policy &policy,
                        QWidget *parent = nullptr);

    QString errorText() const;

signals:
    void requested(const client::AccessRequest &request);

private:
    void submit();
    void updateHint();

    client::ApiClient *m_client;
    client::Policy m_policy;
    QComboBox *m_category = nullptr;
    QLineEdit *m_clientAccount = nullptr;
    QPlainTextEdit *m_reason = nullptr;
    QLabel *m_reasonHint = nullptr;
    QSpinBox *m_duration = nullptr;
    QLabel *m_error = nullptr;
    QPushButton *m_submit = nullptr;
    QPointer<client::ApiJob> m_job;
};

} // namespace cc::ui
