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
#include <QRegularExpression>
#include <QSpinBox>
#include <QVBoxLayout>

namespace cc::ui {

namespace {

// What the server accepts as an AmazonOrderId (docs/api.md "Narrower grants"), and how many.
const QRegularExpression kOrderId(QStringLiteral("^[0-9A-Za-z-]{1,64}$"));
constexpr int kMaxOrderIds = 100;

bool narrowable(const QString &category)
{
    return category == QLatin1String("orders.pii") || category == QLatin1String("orders.nonpii");
}

} // namespace

RequestAccessDialog::RequestAccessDialog(client::ApiClient *client, const client::Policy &policy,
                                         QWidget *parent)
    : QDialog(parent)
    , m_client(client)
    , m_policy(policy)
    , m_error(new QLabel)
    , m_errors(m_error)
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
    addRow(form, tr("&Data category:"), QStringLiteral("category"), m_category);

    m_clientAccount = new QComboBox(this);
    m_clientAccount->setObjectName(QStringLiteral("clientCombo"));
    m_clientAccount->setPlaceholderText(tr("Loading the clients…"));
    describe(m_clientAccount, tr("Client account"),
             tr("The registered client account whose data the task needs"));
    addRow(form, tr("&Client:"), QStringLiteral("client"), m_clientAccount);

    m_orderIds = new QLineEdit(this);
    m_orderIds->setObjectName(QStringLiteral("orderIdsEdit"));
    m_orderIds->setPlaceholderText(tr("Optional: only these orders, e.g. 123-1234567-1234567"));
    describe(m_orderIds, tr("Amazon order ids"),
             tr("Optional: the Amazon order ids the task needs, separated by commas or spaces; "
                "leave empty for every order of the client"));
    addRow(form, tr("&Orders:"), QStringLiteral("scope.order_ids"), m_orderIds);

    m_reason = new QPlainTextEdit(this);
    m_reason->setObjectName(QStringLiteral("reasonEdit"));
    m_reason->setTabChangesFocus(true);
    m_reason->setPlaceholderText(tr("Why you need this data, e.g. the ticket or order you are "
                                    "working on"));
    m_reason->setMinimumHeight(90);
    describe(m_reason, tr("Reason"),
             tr("Why you need this data; the approver reads it and it is kept in the audit log"));
    addRow(form, tr("&Reason:"), QStringLiteral("reason"), m_reason);
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
    addRow(form, tr("D&uration:"), QStringLiteral("duration_hours"), m_duration);
    layout->addLayout(form);

    m_error->setParent(this);
    m_error->setObjectName(QStringLiteral("errorLabel"));
    m_error->setWordWrap(true);
    m_error->setStyleSheet(
        QStringLiteral("QLabel { color: %1; }").arg(theme::color(theme::Tone::Bad).name()));
    m_error->hide();
    layout->addWidget(m_error);

    auto *buttons = new QDialogButtonBox(this);
    m_submit = buttons->addButton(tr("Send &request"), QDialogButtonBox::AcceptRole);
    m_submit->setObjectName(QStringLiteral("submitButton"));
    m_submit->setDefault(true);
    describe(m_submit, tr("Send request"), tr("Send the request to the approvers"));
    QPushButton *cancel = buttons->addButton(QDialogButtonBox::Cancel);
    cancel->setObjectName(QStringLiteral("cancelButton"));
    // Enter sends the request, never cancels it, wherever the cursor is.
    cancel->setAutoDefault(false);
    describe(cancel, tr("Cancel"), tr("Close without sending a request"));
    connect(buttons, &QDialogButtonBox::accepted, this, &RequestAccessDialog::submit);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);

    connect(m_reason, &QPlainTextEdit::textChanged, this, &RequestAccessDialog::updateHint);
    connect(m_category, &QComboBox::currentIndexChanged, this,
            &RequestAccessDialog::updateOrderScope);
    updateHint();
    updateOrderScope();
    setMinimumWidth(540);
    loadClients();
}

FieldRow *RequestAccessDialog::addRow(QFormLayout *form, const QString &label,
                                      const QString &apiField, QWidget *field)
{
    auto *row = new FieldRow(field,
                             QString(apiField).replace(QLatin1Char('.'), QLatin1Char('_'))
                                 + QStringLiteral("Error"),
                             this);
    m_errors.add(apiField, row);
    form->addRow(label, row);
    return row;
}

void RequestAccessDialog::loadClients()
{
    client::AccessApi(m_client).clients().then(
        this, [this](const client::Reply<client::Page<client::RegisteredClient>> &reply) {
            m_clientsLoaded = true;
            m_clientAccount->clear();
            if (!reply.ok()) {
                m_clientAccount->setPlaceholderText(tr("No clients"));
                m_errors.show(
                    QStringLiteral("client"),
                    tr("Could not read the client accounts: %1").arg(reply.error.message));
                return;
            }
            for (const client::RegisteredClient &c : reply.value.items)
                m_clientAccount->addItem(c.name, c.name);
            m_clientAccount->setCurrentIndex(-1);
            if (reply.value.items.isEmpty()) {
                m_clientAccount->setPlaceholderText(tr("No clients"));
                m_errors.show(QStringLiteral("client"),
                              tr("No client account is registered yet: an administrator adds "
                                 "them, and every client with stored orders is listed."));
            } else {
                m_clientAccount->setPlaceholderText(tr("Choose the client account"));
            }
        });
}

QString RequestAccessDialog::errorText() const
{
    return m_errors.generalError();
}

QString RequestAccessDialog::fieldError(const QString &apiField) const
{
    return m_errors.error(apiField);
}

QStringList RequestAccessDialog::parseOrderIds(const QString &text)
{
    static const QRegularExpression separators(QStringLiteral("[,;\\s]+"));
    QStringList ids;
    for (const QString &id : text.split(separators, Qt::SkipEmptyParts)) {
        if (!ids.contains(id))
            ids.append(id);
    }
    return ids;
}

QString RequestAccessDialog::orderIdsProblem(const QStringList &ids)
{
    if (ids.size() > kMaxOrderIds)
        return tr("%1 orders are listed: a request names at most %2; leave the field empty for "
                  "every order of the client.")
            .arg(ids.size())
            .arg(kMaxOrderIds);
    for (const QString &id : ids) {
        if (!kOrderId.match(id).hasMatch())
            return tr("“%1” is not an Amazon order id: use 1 to 64 letters, digits or dashes, "
                      "e.g. 123-1234567-1234567.")
                .arg(id);
    }
    return {};
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

void RequestAccessDialog::updateOrderScope()
{
    // Only grants of orders can be narrowed to some of them.
    const bool orders = narrowable(m_category->currentData().toString());
    m_orderIds->setEnabled(orders);
    m_orderIds->setToolTip(orders ? tr("Leave empty for every order of the client")
                                  : tr("Only order data can be narrowed to named orders"));
}

void RequestAccessDialog::submit()
{
    if (m_job)
        return;
    m_errors.clear();
    // Only what cannot be sent at all is checked here; the server judges the rest and its
    // message is what the person sees.
    if (m_category->currentIndex() < 0) {
        m_errors.show(QStringLiteral("category"),
                      tr("The server's policy lists no data categories."));
        return;
    }
    if (m_clientAccount->currentIndex() < 0) {
        m_errors.show(QStringLiteral("client"),
                      tr("Choose the client account whose data you need."));
        return;
    }
    const QString category = m_category->currentData().toString();
    const QStringList orderIds
        = narrowable(category) ? parseOrderIds(m_orderIds->text()) : QStringList();
    if (const QString problem = orderIdsProblem(orderIds); !problem.isEmpty()) {
        m_errors.show(QStringLiteral("scope.order_ids"), problem);
        return;
    }
    const client::Call<client::AccessRequest> call = client::AccessApi(m_client).request(
        {category, m_clientAccount->currentData().toString(), m_reason->toPlainText().trimmed(),
         m_duration->value(), orderIds});
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
        m_errors.show(reply.error);
    });
}

} // namespace cc::ui
