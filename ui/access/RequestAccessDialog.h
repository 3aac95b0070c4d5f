#pragma once

// Asks for access to one category of Amazon data for one registered client account (picked
// from GET /clients), optionally for named Amazon orders only, with a reason and a duration
// within the policy's limits. The server judges the reason; a refusal is shown under the field
// it is about, with the cursor there, and the dialog stays open with everything typed.

#include "ApiTypes.h"
#include "widgets/FieldRow.h"

#include <QDialog>
#include <QPointer>

class QComboBox;
class QFormLayout;
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

    QString errorText() const; // a refusal about no single field
    // What was refused about one field, by its API name ("reason", "scope.order_ids").
    QString fieldError(const QString &apiField) const;
    bool clientsLoaded() const { return m_clientsLoaded; }

    // The order ids typed (commas, spaces or new lines between them), in order, each once.
    static QStringList parseOrderIds(const QString &text);
    // Why the ids cannot be sent, naming the first bad one; empty when they can.
    static QString orderIdsProblem(const QStringList &ids);

signals:
    void requested(const client::AccessRequest &request);

private:
    void loadClients();
    void submit();
    void updateHint();
    void updateOrderScope();
    FieldRow *addRow(QFormLayout *form, const QString &label, const QString &apiField,
                     QWidget *field);

    client::ApiClient *m_client;
    client::Policy m_policy;
    QComboBox *m_category = nullptr;
    QComboBox *m_clientAccount = nullptr;
    QLineEdit *m_orderIds = nullptr;
    QPlainTextEdit *m_reason = nullptr;
    QLabel *m_reasonHint = nullptr;
    QSpinBox *m_duration = nullptr;
    QLabel *m_error = nullptr;
    FieldErrors m_errors;
    QPushButton *m_submit = nullptr;
    QPointer<client::ApiJob> m_job;
    bool m_clientsLoaded = false;
};

} // namespace cc::ui
