#include "access/RequestAccessDialog.h"

#include "AccessApi.h"
#include "widgets/Accessible.h"
#include "widgets/Theme.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace cc::ui {

RequestAccessDialog::RequestAccessDialog(client::ApiClient *client, const client::Policy &policy,
                                         QWidget *parent)
    : QDialog(parent)
    , m_client(client)
    , m_policy(policy)
{
    setObjectName(QStringLiteral("requestAccessDialog"));
    setWindowTitle(tr("Request access to Amazon data"));
    setModal(true);
    auto *layout = new QVBoxLayout(this);
    auto *intro = new QLabel(tr("Access is granted for a limited time by a compliance officer "
                                "and every use is audited. Ask only for what the task needs."),
                             this);
    intro->setWordWrap(true);
    layout->addWidget(intro);

    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    m_category = new QComboBox(this);
    m_category->setObjectName(QStringLiteral("categoryCombo"));
    for (const client::Category &c : policy.categories) {
        const QString label = c.label.isEmpty() ? c.id : tr("%1 (%2)").arg(c.label, c.id);
        if (c.containsPii)
            m_category->addItem(theme::icon(theme::Icon::Pii), label, c.id);
        else
            m_category->addItem(label, c.id);
    }
    describe(m_category, tr("Data category"),
             tr("The kind of data you need; categories marked with the PII sign hold personal "
                "data"));
    form->addRow(tr("&Data category:"), m_category);
    m_clientAccount = new QLineEdit(this);
    m_clientAccount->setObjectName(QStringLiteral("clientEdit"));
    describe(m_clientAccount, tr("Client account"),
             tr("The client account whose data the task needs"));
    m_clientAccount->setPlaceholderText(tr("Client account, e.g. ACME-EU"));
    form->addRow(tr("&Client:"), m_clientAccount);
    m_reason = new QPlainTextEdit(this);
    m_reason->setObjectName(QStringLiteral("reasonEdit"));
    m_reason->setTabChangesFocus(true);
    m_reason->setPlaceholderText(tr("Why you need this data, e.g. the ticket or order you are "
                                    "working on"));
    m_reason->setMinimumHeight(90);
    describe(m_reason, tr("Reason"),
             tr("Why you need this data; the approver reads it and it is kept in the audit log"));
    form->addRow(tr("&Reason:"), m_reason);
    m_reasonHint = new QLabel(this);
    m_reasonHint->setObjectName(QStringLiteral("reasonHint"));
    theme::markMuted(m_reasonHint);
    form->addRow(QString(), m_reasonHint);
    m_duration = new QSpinBox(this);
    m_duration->setObjectName(QStringLiteral("durationSpin"));
    m_duration->setRange(1, policy.maxAccessHours > 0 ? policy.maxAccessHours : 24 * 30);
    m_duration->setValue(qMin(8, m_duration->maximum()));
    m_duration->setSuffix(tr(" hours"));
    m_duration->setToolTip(tr("At most %1 hours under the policy.").arg(m_duration->maximum()));
    describe(m_duration, tr("Duration in hours"),
             tr("How long the access lasts, at most %1 hours").arg(m_duration->maximum()));
    form->addRow(tr("D&uration:"), m_duration);
    layout->addLayout(form);

    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("errorLabel"));
    m_error->setWordWrap(true);
    m_error->setStyleSheet(
        QStringLiteral("QLabel { color: %1; }").arg(theme::color(theme::Tone::Bad).name()));
    m_error->hide();
    layout->addWidget(m_error);

    auto *buttons = new QDialogButtonBox(this);
    m_submit = buttons->addButton(tr("Send &request"), QDialogButtonBox::AcceptRole);
    m_submit->setObjectName(QStringLiteral("submitButton"));
    describe(m_submit, tr("Send request"), tr("Send the request to the approvers"));
    QPushButton *cancel = buttons->addButton(QDialogButtonBox::Cancel);
    cancel->setObjectName(QStringLiteral("cancelButton"));
    describe(cancel, tr("Cancel"), tr("Close without sending a request"));
    connect(buttons, &QDialogButtonBox::accepted, this, &RequestAccessDialog::submit);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);

    connect(m_reason, &QPlainTextEdit::textChanged, this, &RequestAccessDialog::updateHint);
    updateHint();
    setMinimumWidth(520);
}

QString RequestAccessDialog::errorText() const
{
    return m_error->isHidden() ? QString() : m_error->text();
}

void RequestAccessDialog::updateHint()
{
    const int length = int(m_reason->toPlainText().trimmed().size());
    if (m_policy.minReasonLength > 0)
        m_reasonHint->setText(tr("%1 characters; the policy asks for at least %2.")
                                  .arg(length)
                                  .arg(m_policy.minReasonLength));
    else
        m_reasonHint->setText(tr("%1 characters").arg(length));
}

void RequestAccessDialog::submit()
{
    if (m_job)
        return;
    // Only what cannot be sent at all is checked here; the server judges the rest and its
    // message is what the person sees.
    if (m_category->currentIndex() < 0) {
        m_error->setText(tr("The server's policy lists no data categories."));
        m_error->show();
        return;
    }
    m_error->hide();
    const client::Call<client::AccessRequest> call = client::AccessApi(m_client).request(
        {m_category->currentData().toString(), m_clientAccount->text().trimmed(),
         m_reason->toPlainText().trimmed(), m_duration->value()});
    m_job = call.job();
    m_submit->setEnabled(false);
    call.then(this, [this](const client::Reply<client::AccessRequest> &reply) {
        m_job = nullptr;
        m_submit->setEnabled(true);
        if (reply.ok()) {
            emit requested(reply.value);
            accept();
            return;
        }
        m_error->setText(reply.error.message);
        m_error->show();
    });
}

} // namespace cc::ui
