#pragma once

// "Edit incident": what an incident manager corrects or records as the response goes on —
// title, description, severity, category, assignee, the Amazon-data flag (it can be set, never
// cleared), and when Amazon was told with their reference. Only the fields that changed are
// sent, in one PATCH; the dialog stays open with the server's message when it is refused.

#include "IncidentsApi.h"

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

class IncidentEditDialog : public QDialog
{
    Q_OBJECT

public:
    IncidentEditDialog(client::ApiClient *client, const client::Incident &incident,
                       QWidget *parent = nullptr);

    QString errorText() const;
    // The PATCH body for what was changed; empty when nothing was.
    client::IncidentChanges changes() const;

signals:
    void saved(const client::Incident &incident);

private:
    void submit();
    void updateState();

    client::ApiClient *m_client;
    client::Incident m_incident;
    QLineEdit *m_title = nullptr;
    QPlainTextEdit *m_description = nullptr;
    QComboBox *m_severity = nullptr;
    QComboBox *m_category = nullptr;
    QLineEdit *m_assignee = nullptr;
    QCheckBox *m_amazonData = nullptr;
    QCheckBox *m_notified = nullptr;
    QDateTimeEdit *m_notifiedAt = nullptr;
    QLineEdit *m_reference = nullptr;
    QLabel *m_error = nullptr;
    QPushButton *m_save = nullptr;
    QPointer<client::ApiJob> m_job;
};

} // namespace cc::ui
