#pragma once

// "Report incident": title, what happened, severity, category, when it was detected and
// whether Amazon data is involved. Anyone signed in may report. Flagging Amazon data tells
// the CTO and CEO at once, which the dialog says before it is sent. The dialog sends the call
// itself and stays open with the server's message when it is refused.

#include "IncidentTypes.h"

#include <QDialog>
#include <QPointer>

class QCheckBox;
class QComboBox;
class QDateTimeEdit;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;

namespace cc::client {
class ApiClient;
class ApiJob;
} // namespace cc::client

namespace cc::ui {

class ReportIncidentDialog : public QDialog
{
    Q_OBJECT

public:
    explicit ReportIncidentDialog(client::ApiClient *client, QWidget *parent = nullptr);

    QString errorText() const;

signals:
    void reported(const client::Incident &incident);

private:
    void submit();
    void updateState();

    client::ApiClient *m_client;
    QLineEdit *m_title = nullptr;
    QPlainTextEdit *m_description = nullptr;
    QComboBox *m_severity = nullptr;
    QComboBox *m_category = nullptr;
    QDateTimeEdit *m_detected = nullptr;
    QCheckBox *m_amazon = nullptr;
    QLabel *m_amazonHint = nullptr;
    QLabel *m_error = nullptr;
    QPushButton *m_submit = nullptr;
    QPointer<client::ApiJob> m_job;
};

} // namespace cc::ui
