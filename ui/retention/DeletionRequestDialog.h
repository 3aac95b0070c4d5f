#pragma once

// Records Amazon's deletion or return request as it arrived: its reference, when it was
// received (the due time follows from the policy's hours and is shown as it changes), delete
// or return, and the scope (a client, some of its orders, or one buyer). The dialog sends the
// request itself and stays open on a refusal, with the server's words under the field they
// name and the cursor there.

#include "RetentionApi.h"
#include "widgets/FieldRow.h"

#include <QDialog>

class QComboBox;
class QDateTimeEdit;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;

namespace cc::client {
class ApiClient;
}

namespace cc::ui {

class DeletionRequestDialog : public QDialog
{
    Q_OBJECT

public:
    // dueHours: the policy's deletion_request_hours, for the due time shown before saving.
    DeletionRequestDialog(client::ApiClient *client, int dueHours, QWidget *parent = nullptr);

    client::NewDeletionRequest request() const;
    QDateTime dueAt() const; // as shown: received + the policy's hours
    // What the server said about a field ("reference", "order_ids"), empty when nothing.
    QString fieldError(const QString &field) const;
    QString errorText() const;

public slots:
    void save();

signals:
    void recorded(const cc::client::DeletionRequest &request);

private:
    void updateScopeFields();
    void updateDue();

    client::ApiClient *m_client;
    int m_dueHours;
    QLineEdit *m_reference;
    QDateTimeEdit *m_received;
    QLabel *m_due;
    QComboBox *m_action;
    QComboBox *m_scope;
    QLineEdit *m_clientName;
    QPlainTextEdit *m_orderIds;
    QLineEdit *m_buyerEmail;
    QLabel *m_error;
    FieldErrors m_errors; // the rows by the API's field name
    QPushButton *m_save = nullptr;
};

} // namespace cc::ui
