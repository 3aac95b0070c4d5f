#pragma once

// Starts an access review campaign: a title, the deadline (the policy's duration unless set
// here) and what happens to items nobody reviewed by then (the policy's choice unless set).
// The server freezes the snapshot and assigns the reviewers; its refusal (another campaign
// open, nobody to review an officer's own access) is shown as it is worded.

#include "AccessReviewTypes.h"
#include "widgets/FieldRow.h"

#include <QDialog>
#include <QPointer>

class QCheckBox;
class QComboBox;
class QDateTimeEdit;
class QLabel;
class QLineEdit;
class QPushButton;

namespace cc::client {
class ApiClient;
class ApiJob;
} // namespace cc::client

namespace cc::ui {

class StartAccessReviewDialog : public QDialog
{
    Q_OBJECT

public:
    explicit StartAccessReviewDialog(client::ApiClient *client, QWidget *parent = nullptr);

    QString errorText() const; // the refusal shown, under a field or below the form

signals:
    void started(const client::AccessReview &review);

private:
    void submit();

    client::ApiClient *m_client;
    QLineEdit *m_title = nullptr;
    QCheckBox *m_customDue = nullptr;
    QDateTimeEdit *m_due = nullptr;
    QComboBox *m_unreviewed = nullptr;
    QLabel *m_error = nullptr;
    FieldErrors m_errors; // a refusal under the field it names, the cursor there
    QPushButton *m_start = nullptr;
    QPointer<client::ApiJob> m_job;
};

} // namespace cc::ui
