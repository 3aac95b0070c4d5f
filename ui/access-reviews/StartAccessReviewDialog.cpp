#include "access-reviews/StartAccessReviewDialog.h"

#include "AccessReviewsApi.h"
#include "widgets/Accessible.h"
#include "widgets/Theme.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateTimeEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace cc::ui {

StartAccessReviewDialog::StartAccessReviewDialog(client::ApiClient *client, QWidget *parent)
    : QDialog(parent)
    , m_client(client)
    , m_error(new QLabel)
    , m_errors(m_error)
{
    setObjectName(QStringLiteral("startAccessReviewDialog"));
    setWindowTitle(tr("Start an access review"));
    setModal(true);
    auto *layout = new QVBoxLayout(this);
    auto *about = new QLabel(tr("Every active grant and every role assignment is frozen as an "
                                "item now; grants and role changes made later do not alter it. "
                                "Each item goes to a reviewer who is never its holder."),
                             this);
    about->setWordWrap(true);
    layout->addWidget(about);

    auto *form = new QFormLayout;
    const QDate today = QDate::currentDate();
    m_title = new QLineEdit(
        tr("Q%1 %2 access review").arg((today.month() - 1) / 3 + 1).arg(today.year()), this);
    m_title->setObjectName(QStringLiteral("titleEdit"));
    describe(m_title, tr("Title"), tr("The campaign's name, as reviewers and the report show it"));
    const auto row = [this](const QString &apiField, QWidget *field) {
        auto *fieldRow = new FieldRow(field, apiField + QStringLiteral("Error"), this);
        m_errors.add(apiField, fieldRow);
        return fieldRow;
    };
    form->addRow(tr("&Title:"), row(QStringLiteral("title"), m_title));
    m_customDue = new QCheckBox(tr("Set the &deadline (default: the policy's duration)"), this);
    m_customDue->setObjectName(QStringLiteral("customDueCheck"));
    describe(m_customDue, tr("Set the deadline"),
             tr("Choose when the review closes instead of the policy's duration"));
    form->addRow(QString(), m_customDue);
    m_due = new QDateTimeEdit(QDateTime::currentDateTime().addDays(14), this);
    m_due->setObjectName(QStringLiteral("dueEdit"));
    m_due->setCalendarPopup(true);
    m_due->setDisplayFormat(QStringLiteral("yyyy-MM-dd HH:mm"));
    m_due->setMinimumDateTime(QDateTime::currentDateTime());
    m_due->setEnabled(false);
    describe(m_due, tr("Closes at"), tr("When the review closes, in your local time"));
    form->addRow(tr("Closes &at:"), row(QStringLiteral("due_at"), m_due));
    m_unreviewed = new QComboBox(this);
    m_unreviewed->setObjectName(QStringLiteral("unreviewedCombo"));
    m_unreviewed->addItem(tr("As the policy says"), QString());
    m_unreviewed->addItem(tr("Flag them as not reviewed"), QStringLiteral("flag"));
    m_unreviewed->addItem(tr("Revoke the access"), QStringLiteral("revoke"));
    describe(m_unreviewed, tr("Items not reviewed by then"),
             tr("What happens to access nobody decided on by the deadline"));
    form->addRow(tr("Items not reviewed by then:"),
                 row(QStringLiteral("unreviewed_action"), m_unreviewed));
    layout->addLayout(form);

    m_error->setParent(this);
    m_error->setObjectName(QStringLiteral("errorLabel"));
    m_error->setWordWrap(true);
    m_error->setStyleSheet(
        QStringLiteral("QLabel { color: %1; }").arg(theme::color(theme::Tone::Bad).name()));
    m_error->hide();
    layout->addWidget(m_error);
    auto *buttons = new QDialogButtonBox(this);
    m_start = buttons->addButton(tr("&Start review"), QDialogButtonBox::AcceptRole);
    m_start->setObjectName(QStringLiteral("startButton"));
    describe(m_start, tr("Start review"),
             tr("Start the campaign: every reviewer is asked about the access they oversee"));
    QPushButton *cancel = buttons->addButton(QDialogButtonBox::Cancel);
    cancel->setObjectName(QStringLiteral("cancelButton"));
    describe(cancel, tr("Cancel"), tr("Close without starting a review"));
    layout->addWidget(buttons);
    connect(m_customDue, &QCheckBox::toggled, m_due, &QWidget::setEnabled);
    connect(buttons, &QDialogButtonBox::accepted, this, &StartAccessReviewDialog::submit);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    setMinimumWidth(520);
}

QString StartAccessReviewDialog::errorText() const
{
    const QString general = m_errors.generalError();
    if (!general.isEmpty())
        return general;
    for (const QString &field :
         {QStringLiteral("title"), QStringLiteral("due_at"), QStringLiteral("unreviewed_action")}) {
        if (const QString error = m_errors.error(field); !error.isEmpty())
            return error;
    }
    return {};
}

void StartAccessReviewDialog::submit()
{
    if (m_job)
        return;
    client::NewAccessReview review;
    review.title = m_title->text().trimmed();
    if (m_customDue->isChecked())
        review.dueAt = m_due->dateTime();
    review.unreviewedAction = m_unreviewed->currentData().toString();
    m_errors.clear();
    m_start->setEnabled(false);
    const client::Call<client::AccessReview> call
        = client::AccessReviewsApi(m_client).start(review);
    m_job = call.job();
    call.then(this, [this](const client::Reply<client::AccessReview> &reply) {
        m_job = nullptr;
        m_start->setEnabled(true);
        if (!reply.ok()) {
            m_errors.show(reply.error);
            return;
        }
        emit started(reply.value);
        accept();
    });
}

} // namespace cc::ui
