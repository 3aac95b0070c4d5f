#include "shell/ChangePasswordDialog.h"

#include "ApiClient.h"
#include "widgets/Accessible.h"
#include "widgets/FieldRow.h"
#include "widgets/Theme.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRegularExpressionValidator>
#include <QVBoxLayout>

namespace cc::ui {

namespace {

QLineEdit *secretEdit(const QString &objectName, QWidget *parent)
{
    auto *edit = new QLineEdit(parent);
    edit->setObjectName(objectName);
    edit->setEchoMode(QLineEdit::Password);
    return edit;
}

} // namespace

ChangePasswordDialog::ChangePasswordDialog(client::ApiClient *client, QWidget *parent)
    : QDialog(parent)
    , m_client(client)
{
    setObjectName(QStringLiteral("changePasswordDialog"));
    setWindowTitle(tr("Change password"));
    setModal(true);
    auto *layout = new QVBoxLayout(this);
    auto *intro = new QLabel(tr("Your other sessions end when the password changes; this console "
                                "stays signed in."),
                             this);
    intro->setWordWrap(true);
    theme::markMuted(intro);
    layout->addWidget(intro);

    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    m_current = secretEdit(QStringLiteral("currentPasswordEdit"), this);
    describe(m_current, tr("Current password"), tr("The password you sign in with now"));
    form->addRow(tr("C&urrent password:"), m_current);
    m_new = secretEdit(QStringLiteral("newPasswordEdit"), this);
    describe(m_new, tr("New password"), tr("The password you choose, at least 12 characters"));
    m_newRow = new FieldRow(m_new, QStringLiteral("newPasswordError"), this);
    form->addRow(tr("&New password:"), m_newRow);
    m_again = secretEdit(QStringLiteral("confirmPasswordEdit"), this);
    describe(m_again, tr("New password again"),
             tr("The new password once more, so a typing mistake does not lock you out"));
    m_againRow = new FieldRow(m_again, QStringLiteral("confirmPasswordError"), this);
    form->addRow(tr("&Again:"), m_againRow);
    m_totp = new QLineEdit(this);
    m_totp->setObjectName(QStringLiteral("totpEdit"));
    m_totp->setPlaceholderText(tr("6-digit code from your authenticator app"));
    m_totp->setValidator(
        new QRegularExpressionValidator(QRegularExpression(QStringLiteral("[0-9]{0,8}")), m_totp));
    m_totp->setInputMethodHints(Qt::ImhDigitsOnly);
    describe(m_totp, tr("One-time code"), tr("The 6-digit code your authenticator app shows now"));
    form->addRow(tr("&One-time code:"), m_totp);
    layout->addLayout(form);
    auto *rules = new QLabel(tr("At least 12 characters, not containing your name or e-mail, not "
                                "a dictionary word or a common password, and none of your last "
                                "passwords."),
                             this);
    rules->setWordWrap(true);
    theme::markMuted(rules);
    layout->addWidget(rules);

    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("errorLabel"));
    m_error->setWordWrap(true);
    m_error->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_error->setStyleSheet(
        QStringLiteral("QLabel { color: %1; }").arg(theme::color(theme::Tone::Bad).name()));
    m_error->hide();
    layout->addWidget(m_error);

    auto *buttons = new QDialogButtonBox(this);
    m_change = buttons->addButton(tr("C&hange password"), QDialogButtonBox::AcceptRole);
    m_change->setObjectName(QStringLiteral("changePasswordButton"));
    m_change->setDefault(true);
    describe(m_change, tr("Change password"), tr("Set the new password"));
    QPushButton *cancel = buttons->addButton(QDialogButtonBox::Cancel);
    cancel->setObjectName(QStringLiteral("cancelButton"));
    describe(cancel, tr("Cancel"), tr("Close without changing the password"));
    connect(m_change, &QPushButton::clicked, this, &ChangePasswordDialog::submit);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    for (QLineEdit *edit : {m_current, m_new, m_again, m_totp})
        connect(edit, &QLineEdit::textChanged, this, &ChangePasswordDialog::updateButton);
    updateButton();
    setMinimumWidth(480);
}

QString ChangePasswordDialog::errorText() const
{
    return m_error->isHidden() ? QString() : m_error->text();
}

void ChangePasswordDialog::updateButton()
{
    m_change->setEnabled(!m_job && !m_current->text().isEmpty() && !m_new->text().isEmpty()
                         && !m_again->text().isEmpty() && m_totp->text().size() >= 6);
}

void ChangePasswordDialog::submit()
{
    if (m_job || !m_change->isEnabled())
        return;
    m_newRow->clearError();
    m_againRow->clearError();
    m_error->hide();
    if (m_new->text() != m_again->text()) {
        m_againRow->showError(tr("The two new passwords differ: type the same password twice."));
        m_again->setFocus();
        return;
    }
    const client::Call<client::PasswordChange> call
        = m_client->changePassword(m_current->text(), m_new->text(), m_totp->text());
    m_job = call.job();
    updateButton();
    call.then(this, [this](const client::Reply<client::PasswordChange> &reply) {
        m_job = nullptr;
        if (reply.ok()) {
            emit changed(reply.value.endedSessions);
            accept();
            return;
        }
        showRefusal(reply.error.message, reply.error.httpStatus);
        updateButton();
    });
}

void ChangePasswordDialog::showRefusal(const QString &message, int httpStatus)
{
    // "password refused (<rule>): …" is about the new one; the server checks the rules before
    // the code, so the code typed still works.
    if (httpStatus == 400 && message.startsWith(QLatin1String("password refused"))) {
        m_newRow->showError(message);
        m_new->setFocus();
        return;
    }
    // Otherwise the code may have been used up: a code works once.
    if (httpStatus > 0)
        m_totp->clear();
    m_error->setText(message);
    m_error->show();
    (httpStatus == 401 ? m_current : m_totp)->setFocus();
}

void ChangePasswordDialog::done(int result)
{
    for (QLineEdit *edit : {m_current, m_new, m_again, m_totp})
        edit->clear();
    QDialog::done(result);
}

} // namespace cc::ui
