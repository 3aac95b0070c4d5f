#include "retention/DeletionRequestDialog.h"

#include "ApiClient.h"
#include "widgets/Accessible.h"
#include "widgets/FieldRow.h"
#include "widgets/Format.h"
#include "widgets/Theme.h"

#include <QComboBox>
#include <QDateTimeEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QVBoxLayout>

namespace cc::ui {

DeletionRequestDialog::DeletionRequestDialog(client::ApiClient *client, int dueHours,
                                             QWidget *parent)
    : QDialog(parent)
    , m_client(client)
    , m_dueHours(dueHours)
    , m_reference(new QLineEdit(this))
    , m_received(new QDateTimeEdit(this))
    , m_due(new QLabel(this))
    , m_action(new QComboBox(this))
    , m_scope(new QComboBox(this))
    , m_clientName(new QLineEdit(this))
    , m_orderIds(new QPlainTextEdit(this))
    , m_buyerEmail(new QLineEdit(this))
    , m_error(new QLabel(this))
    , m_errors(m_error)
{
    setObjectName(QStringLiteral("deletionRequestDialog"));
    setWindowTitle(tr("Record Amazon's request"));
    setMinimumWidth(480);
    auto *layout = new QVBoxLayout(this);
    auto *intro = new QLabel(tr("Record a deletion or return request as Amazon sent it. It is due "
                                "%n hour(s) after it was received.",
                                nullptr, dueHours),
                             this);
    intro->setWordWrap(true);
    layout->addWidget(intro);

    m_reference->setObjectName(QStringLiteral("requestReference"));
    m_reference->setMaxLength(200);
    describe(m_reference, tr("Reference"), tr("Amazon's reference for the request"));
    m_received->setObjectName(QStringLiteral("requestReceivedAt"));
    m_received->setTimeSpec(Qt::UTC);
    m_received->setDisplayFormat(QStringLiteral("yyyy-MM-dd HH:mm 'UTC'"));
    m_received->setCalendarPopup(true);
    const QDateTime now = QDateTime::currentDateTimeUtc();
    m_received->setDateTime(now.addSecs(-now.time().second()));
    m_received->setMaximumDateTime(now.addSecs(3600));
    describe(m_received, tr("Received at"), tr("When Amazon's request arrived, in UTC"));
    m_due->setObjectName(QStringLiteral("requestDueAt"));
    m_action->setObjectName(QStringLiteral("requestAction"));
    m_action->addItem(tr("Delete the data"), QStringLiteral("delete"));
    m_action->addItem(tr("Return the data, then delete it"), QStringLiteral("return"));
    describe(m_action, tr("Action"),
             tr("Whether Amazon asks to delete the data or to have it "
                "returned (and then deleted)"));
    m_scope->setObjectName(QStringLiteral("requestScope"));
    m_scope->addItem(tr("All data of a client"), QStringLiteral("client"));
    m_scope->addItem(tr("Some orders of a client"), QStringLiteral("orders"));
    m_scope->addItem(tr("One buyer's orders"), QStringLiteral("buyer"));
    describe(m_scope, tr("Scope"), tr("What the request covers"));
    m_clientName->setObjectName(QStringLiteral("requestClient"));
    describe(m_clientName, tr("Client"), tr("The client account the request is about"));
    m_orderIds->setObjectName(QStringLiteral("requestOrderIds"));
    m_orderIds->setTabChangesFocus(true);
    m_orderIds->setPlaceholderText(tr("One Amazon order id per line, e.g. 114-1234567-1234567"));
    m_orderIds->setFixedHeight(m_orderIds->fontMetrics().lineSpacing() * 4 + 12);
    describe(m_orderIds, tr("Order ids"), tr("The Amazon order ids the request names"));
    m_buyerEmail->setObjectName(QStringLiteral("requestBuyerEmail"));
    describe(m_buyerEmail, tr("Buyer e-mail"),
             tr("The buyer's e-mail address: sealed at rest, erased at fulfilment"));

    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    const auto add = [this, form](const QString &label, const QString &field, QWidget *widget) {
        auto *row = new FieldRow(widget, QStringLiteral("request_%1Error").arg(field), this);
        m_errors.add(field, row);
        form->addRow(label, row);
    };
    add(tr("&Reference:"), QStringLiteral("reference"), m_reference);
    add(tr("Re&ceived at:"), QStringLiteral("received_at"), m_received);
    form->addRow(tr("Due:"), m_due);
    add(tr("&Action:"), QStringLiteral("action"), m_action);
    add(tr("&Scope:"), QStringLiteral("scope.type"), m_scope);
    add(tr("C&lient:"), QStringLiteral("client"), m_clientName);
    add(tr("&Order ids:"), QStringLiteral("order_ids"), m_orderIds);
    add(tr("&Buyer e-mail:"), QStringLiteral("buyer_email"), m_buyerEmail);
    layout->addLayout(form);

    m_error->setObjectName(QStringLiteral("requestError"));
    m_error->setWordWrap(true);
    m_error->setStyleSheet(
        QStringLiteral("QLabel { color: %1; }").arg(theme::color(theme::Tone::Bad).name()));
    m_error->hide();
    layout->addWidget(m_error);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_save = buttons->addButton(tr("&Record"), QDialogButtonBox::AcceptRole);
    m_save->setObjectName(QStringLiteral("requestSaveButton"));
    describe(m_save, tr("Record"), tr("Record the request; its countdown starts from its receipt"));
    describe(buttons->button(QDialogButtonBox::Cancel), tr("Cancel"), tr("Close without saving"));
    connect(buttons, &QDialogButtonBox::accepted, this, &DeletionRequestDialog::save);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);

    connect(m_received, &QDateTimeEdit::dateTimeChanged, this, &DeletionRequestDialog::updateDue);
    connect(m_scope, &QComboBox::currentIndexChanged, this,
            &DeletionRequestDialog::updateScopeFields);
    updateScopeFields();
    updateDue();
    m_reference->setFocus();
}

client::NewDeletionRequest DeletionRequestDialog::request() const
{
    client::NewDeletionRequest r;
    r.reference = m_reference->text().trimmed();
    r.receivedAt = m_received->dateTime().toUTC();
    r.action = m_action->currentData().toString();
    r.scopeType = m_scope->currentData().toString();
    r.scopeClient = m_clientName->text().trimmed();
    static const QRegularExpression separators(QStringLiteral("[\\s,;]+"));
    r.scopeOrderIds = m_orderIds->toPlainText().split(separators, Qt::SkipEmptyParts);
    r.buyerEmail = m_buyerEmail->text().trimmed();
    return r;
}

QDateTime DeletionRequestDialog::dueAt() const
{
    return m_received->dateTime().toUTC().addSecs(qint64(m_dueHours) * 3600);
}

void DeletionRequestDialog::updateDue()
{
    m_due->setText(
        tr("%1 (%n hour(s) after receipt)", nullptr, m_dueHours).arg(format::dateTime(dueAt())));
}

void DeletionRequestDialog::updateScopeFields()
{
    const QString scope = m_scope->currentData().toString();
    m_errors.row(QStringLiteral("client"))->setEnabled(scope != QLatin1StringView("buyer"));
    m_errors.row(QStringLiteral("order_ids"))->setEnabled(scope == QLatin1StringView("orders"));
    m_errors.row(QStringLiteral("buyer_email"))->setEnabled(scope == QLatin1StringView("buyer"));
}

QString DeletionRequestDialog::fieldError(const QString &field) const
{
    return m_errors.error(field);
}

QString DeletionRequestDialog::errorText() const
{
    return m_errors.generalError();
}

void DeletionRequestDialog::save()
{
    m_errors.clear();
    m_save->setEnabled(false);
    client::RetentionApi(m_client).create(request()).then(
        this, [this](const client::Reply<client::DeletionRequest> &reply) {
            m_save->setEnabled(true);
            if (!reply.ok()) {
                m_errors.show(reply.error);
                return;
            }
            emit recorded(reply.value);
            accept();
        });
}

} // namespace cc::ui
