#include "shell/EnrolmentForm.h"

#include "ApiTypes.h"
#include "widgets/Accessible.h"
#include "widgets/FieldRow.h"
#include "widgets/QrCodeView.h"
#include "widgets/Theme.h"

#include <QFontDatabase>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QRegularExpressionValidator>
#include <QVBoxLayout>

namespace cc::ui {

namespace {

// "JBSWY3DPEHPK3PXP" as "JBSW Y3DP EHPK 3PXP": easier to copy into an app by hand.
QString grouped(const QString &secret)
{
    QStringList groups;
    for (qsizetype i = 0; i < secret.size(); i += 4)
        groups << secret.mid(i, 4);
    return groups.join(QLatin1Char(' '));
}

QLineEdit *passwordEdit(const QString &objectName, QWidget *parent)
{
    auto *edit = new QLineEdit(parent);
    edit->setObjectName(objectName);
    edit->setEchoMode(QLineEdit::Password);
    return edit;
}

} // namespace

EnrolmentForm::EnrolmentForm(QWidget *parent)
    : QStackedWidget(parent)
{
    setObjectName(QStringLiteral("enrolmentForm"));
    addWidget(makeCredentialsStep());
    addWidget(makeAuthenticatorStep());
    for (QLineEdit *edit : {m_username, m_code, m_password, m_confirmation, m_totp})
        connect(edit, &QLineEdit::textChanged, this, &EnrolmentForm::edited);
}

EnrolmentForm::~EnrolmentForm()
{
    forgetSecrets();
}

QWidget *EnrolmentForm::makeCredentialsStep()
{
    auto *page = new QWidget(this);
    auto *layout = new QVBoxLayout(page);
    layout->setContentsMargins(0, 0, 0, 0);
    auto *intro = new QLabel(tr("Your administrator gave you an enrolment code, or it came by "
                                "e-mail. With it you choose your password and set up the "
                                "authenticator app on your phone. The code works once."),
                             page);
    intro->setWordWrap(true);
    theme::markMuted(intro);
    layout->addWidget(intro);

    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    m_username = new QLineEdit(page);
    m_username->setObjectName(QStringLiteral("enrolUsernameEdit"));
    describe(m_username, tr("Username"), tr("The user name your administrator gave you"));
    m_usernameRow = new FieldRow(m_username, QStringLiteral("enrolUsernameError"), page);
    form->addRow(tr("&Username:"), m_usernameRow);
    m_code = new QLineEdit(page);
    m_code->setObjectName(QStringLiteral("enrolmentCodeEdit"));
    m_code->setPlaceholderText(QStringLiteral("XXXX-XXXX-XXXX-XXXX"));
    m_code->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    describe(m_code, tr("Enrolment code"),
             tr("The single-use code you were given, with or without its dashes"));
    m_codeRow = new FieldRow(m_code, QStringLiteral("enrolmentCodeError"), page);
    form->addRow(tr("Enrolment &code:"), m_codeRow);
    m_password = passwordEdit(QStringLiteral("newPasswordEdit"), page);
    describe(m_password, tr("New password"),
             tr("The password you choose, at least 12 characters; after a reset of your second "
                "factor, your current password"));
    m_passwordRow = new FieldRow(m_password, QStringLiteral("newPasswordError"), page);
    form->addRow(tr("New &password:"), m_passwordRow);
    m_confirmation = passwordEdit(QStringLiteral("confirmPasswordEdit"), page);
    describe(m_confirmation, tr("New password again"),
             tr("The same password once more, so a typing mistake does not lock you out"));
    m_confirmationRow = new FieldRow(m_confirmation, QStringLiteral("confirmPasswordError"), page);
    form->addRow(tr("&Again:"), m_confirmationRow);
    layout->addLayout(form);
    auto *rules = new QLabel(tr("At least 12 characters, not containing your name or e-mail, not "
                                "a dictionary word or a common password, and not one you used "
                                "before. After a reset of your second factor, type your current "
                                "password here."),
                             page);
    rules->setObjectName(QStringLiteral("passwordRules"));
    rules->setWordWrap(true);
    theme::markMuted(rules);
    layout->addWidget(rules);
    layout->addStretch();
    return page;
}

QWidget *EnrolmentForm::makeAuthenticatorStep()
{
    auto *page = new QWidget(this);
    auto *layout = new QVBoxLayout(page);
    layout->setContentsMargins(0, 0, 0, 0);
    m_authenticatorIntro = new QLabel(page);
    m_authenticatorIntro->setObjectName(QStringLiteral("authenticatorIntro"));
    m_authenticatorIntro->setWordWrap(true);
    layout->addWidget(m_authenticatorIntro);

    auto *secretRow = new QHBoxLayout;
    m_qr = new QrCodeView(page);
    m_qr->setObjectName(QStringLiteral("totpQrCode"));
    m_qr->setAccessibleName(tr("QR code of your authenticator secret"));
    m_qr->setAccessibleDescription(
        tr("Scan it with your authenticator app; the same secret is written out beside it"));
    secretRow->addWidget(m_qr, 0, Qt::AlignTop);
    auto *secretColumn = new QVBoxLayout;
    m_secretCaption = new QLabel(tr("Or type this key into the app (time-based, 6 digits, "
                                    "30 seconds):"),
                                 page);
    m_secretCaption->setWordWrap(true);
    secretColumn->addWidget(m_secretCaption);
    m_secret = new QLabel(page);
    m_secret->setObjectName(QStringLiteral("totpSecretLabel"));
    m_secret->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_secret->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_secret->setWordWrap(true);
    m_secret->setAccessibleName(tr("Authenticator key"));
    m_secret->setAccessibleDescription(tr("The secret your app needs, in groups of four"));
    secretColumn->addWidget(m_secret);
    auto *once = new QLabel(tr("It is shown only now: once you finish, nobody can see it again, "
                               "the administrator included."),
                            page);
    once->setWordWrap(true);
    theme::markMuted(once);
    secretColumn->addWidget(once);
    secretColumn->addStretch();
    secretRow->addLayout(secretColumn, 1);
    layout->addLayout(secretRow);

    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    m_totp = new QLineEdit(page);
    m_totp->setObjectName(QStringLiteral("enrolTotpEdit"));
    m_totp->setPlaceholderText(tr("6-digit code from your authenticator app"));
    m_totp->setValidator(
        new QRegularExpressionValidator(QRegularExpression(QStringLiteral("[0-9]{0,8}")), m_totp));
    m_totp->setInputMethodHints(Qt::ImhDigitsOnly);
    describe(m_totp, tr("One-time code"),
             tr("The 6-digit code your authenticator app shows now for this account"));
    m_totpRow = new FieldRow(m_totp, QStringLiteral("enrolTotpError"), page);
    form->addRow(tr("&One-time code:"), m_totpRow);
    layout->addLayout(form);
    layout->addStretch();
    return page;
}

void EnrolmentForm::setUsername(const QString &username)
{
    m_username->setText(username);
}

QString EnrolmentForm::username() const
{
    return m_username->text().trimmed();
}

QString EnrolmentForm::code() const
{
    return m_code->text().trimmed();
}

QString EnrolmentForm::password() const
{
    return m_password->text();
}

QString EnrolmentForm::totp() const
{
    return m_totp->text();
}

bool EnrolmentForm::passwordsMatch() const
{
    return m_password->text() == m_confirmation->text();
}

bool EnrolmentForm::isComplete() const
{
    if (step() == Step::Authenticator)
        return m_totp->text().size() >= 6;
    return !username().isEmpty() && !code().isEmpty() && !m_password->text().isEmpty()
        && !m_confirmation->text().isEmpty();
}

EnrolmentForm::Step EnrolmentForm::step() const
{
    return currentIndex() == 1 ? Step::Authenticator : Step::Credentials;
}

void EnrolmentForm::showCredentials()
{
    setCurrentIndex(0);
    m_qr->clear();
    m_secret->clear();
    m_totp->clear();
    m_code->setFocus();
}

void EnrolmentForm::showAuthenticator(const client::EnrolmentStart &start)
{
    const QString secret = start.secret();
    const bool newSecret = !secret.isEmpty() && m_qr->setText(start.totpUri);
    if (newSecret) {
        m_authenticatorIntro->setText(
            tr("<b>Your password is accepted.</b> Now add this account to your authenticator app "
               "(for example FreeOTP, Aegis or Google Authenticator): scan the QR code, then "
               "type the code the app shows."));
        m_secret->setText(grouped(secret));
    } else {
        // After a password reset the person keeps the authenticator they have.
        m_qr->clear();
        m_secret->clear();
        m_authenticatorIntro->setText(
            tr("<b>Your new password is accepted.</b> Keep using the authenticator app you have: "
               "type the code it shows now for this account."));
    }
    m_qr->setVisible(newSecret);
    m_secretCaption->setVisible(newSecret);
    m_secret->setVisible(newSecret);
    setCurrentIndex(1);
    m_totp->setFocus();
}

FieldRow *EnrolmentForm::rowOf(Field field) const
{
    switch (field) {
    case Field::Username:
        return m_usernameRow;
    case Field::Code:
        return m_codeRow;
    case Field::Password:
        return m_passwordRow;
    case Field::Confirmation:
        return m_confirmationRow;
    case Field::Totp:
        return m_totpRow;
    case Field::General:
        break;
    }
    return nullptr;
}

void EnrolmentForm::showError(Field field, const QString &message)
{
    if (FieldRow *row = rowOf(field)) {
        row->showError(message);
        if (row->isVisibleTo(this))
            row->setFocus();
    }
}

void EnrolmentForm::clearErrors()
{
    for (FieldRow *row : {m_usernameRow, m_codeRow, m_passwordRow, m_confirmationRow, m_totpRow})
        row->clearError();
}

void EnrolmentForm::clearTotp()
{
    m_totp->clear();
}

void EnrolmentForm::forgetSecrets()
{
    m_password->clear();
    m_confirmation->clear();
    m_totp->clear();
    m_qr->clear();
    m_secret->clear();
}

} // namespace cc::ui
