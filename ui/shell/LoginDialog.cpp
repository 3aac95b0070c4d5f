#include "shell/LoginDialog.h"

#include "ApiClient.h"
#include "CertificateTrust.h"
#include "shell/EnrolmentForm.h"
#include "shell/TrustDialog.h"
#include "widgets/Accessible.h"
#include "widgets/Theme.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLoggingCategory>
#include <QPushButton>
#include <QRegularExpressionValidator>
#include <QStackedWidget>
#include <QVBoxLayout>

Q_LOGGING_CATEGORY(lcLogin, "compliance.ui.login")

namespace cc::ui {

namespace {

enum PageIndex { SignInPage, EnrolmentPage };

// The server's row and each page's rows line up: every form label as wide as the widest.
void alignFormLabels(QWidget *root)
{
    QList<QWidget *> labels;
    for (QFormLayout *form : root->findChildren<QFormLayout *>()) {
        for (int row = 0; row < form->rowCount(); ++row) {
            if (QLayoutItem *item = form->itemAt(row, QFormLayout::LabelRole);
                item && item->widget())
                labels << item->widget();
        }
    }
    int widest = 0;
    for (const QWidget *label : std::as_const(labels))
        widest = qMax(widest, label->sizeHint().width());
    for (QWidget *label : std::as_const(labels))
        label->setMinimumWidth(widest);
}

// A stack as large as the page on show, not as its largest page: the sign-in page does not
// keep the room the enrolment's QR code needs.
void fitToCurrent(QStackedWidget *stack)
{
    for (int i = 0; i < stack->count(); ++i)
        stack->widget(i)->setSizePolicy(
            i == stack->currentIndex() ? QSizePolicy::Preferred : QSizePolicy::Ignored,
            i == stack->currentIndex() ? QSizePolicy::Preferred : QSizePolicy::Ignored);
}

// Which field a refusal of POST /enrolment/start or /finish is about (docs/api.md, "Accounts
// and enrolment"); the server's sentence is shown there as it is.
EnrolmentForm::Field fieldOf(const client::ApiError &error, EnrolmentForm::Step step)
{
    using Field = EnrolmentForm::Field;
    if (error.kind != client::ApiError::Kind::Http)
        return Field::General;
    const QString &m = error.message;
    const auto says = [&m](const char *word) {
        return m.contains(QLatin1String(word), Qt::CaseInsensitive);
    };
    switch (error.httpStatus) {
    case 400:
        if (says("password"))
            return Field::Password; // "password refused (<rule>): …"
        if (says("username"))
            return Field::Username;
        return says("code")
            ? (step == EnrolmentForm::Step::Authenticator ? Field::Totp : Field::Code)
            : Field::General;
    case 401:
        if (step == EnrolmentForm::Step::Authenticator && says("authenticator"))
            return Field::Totp;
        // After a 2FA reset the password given is the current one.
        return says("password") ? Field::Password : Field::Code;
    case 409:
        return says("start the enrolment") ? Field::General : Field::Code; // used, expired
    case 423:
        return Field::Username;
    default:
        return Field::General;
    }
}

} // namespace

LoginDialog::LoginDialog(client::ApiClient *client, client::CertificateTrust *trust,
                         QWidget *parent)
    : QDialog(parent)
    , m_client(client)
    , m_trust(trust)
{
    setObjectName(QStringLiteral("loginDialog"));
    setWindowTitle(tr("Sign in — Compliance Console"));
    setWindowIcon(theme::icon(theme::Icon::App));

    auto *layout = new QVBoxLayout(this);
    layout->setSpacing(10);
    auto *header = new QHBoxLayout;
    auto *logo = new QLabel(this);
    logo->setPixmap(theme::icon(theme::Icon::App).pixmap(48, 48));
    header->addWidget(logo);
    auto *titles = new QVBoxLayout;
    auto *title = new QLabel(tr("Compliance Console"), this);
    QFont big = title->font();
    big.setPointSizeF(big.pointSizeF() * 1.5);
    big.setWeight(QFont::DemiBold);
    title->setFont(big);
    auto *subtitle = new QLabel(tr("Sign in to your organisation's compliance store"), this);
    subtitle->setWordWrap(true);
    theme::markMuted(subtitle);
    titles->addWidget(title);
    titles->addWidget(subtitle);
    header->addLayout(titles, 1);
    layout->addLayout(header);

    auto *serverForm = new QFormLayout;
    serverForm->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    m_server = new QLineEdit(this);
    m_server->setObjectName(QStringLiteral("serverEdit"));
    m_server->setPlaceholderText(QStringLiteral("https://compliance.example.com:8443"));
    describe(m_server, tr("Server"),
             tr("The address of your organisation's compliance store, starting https://"));
    serverForm->addRow(tr("&Server:"), m_server);
    layout->addLayout(serverForm);

    m_pages = new QStackedWidget(this);
    m_pages->addWidget(makeSignInPage());
    m_enrolment = new EnrolmentForm(m_pages);
    m_pages->addWidget(m_enrolment);
    layout->addWidget(m_pages, 1);

    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("errorLabel"));
    m_error->setWordWrap(true);
    m_error->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_error->setStyleSheet(
        QStringLiteral("QLabel { color: %1; }").arg(theme::color(theme::Tone::Bad).name()));
    m_error->hide();
    layout->addWidget(m_error);
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("statusLabel"));
    theme::markMuted(m_status);
    layout->addWidget(m_status);

    auto *buttons = new QDialogButtonBox(this);
    m_haveCode = buttons->addButton(tr("I have an &enrolment code"), QDialogButtonBox::ActionRole);
    m_haveCode->setObjectName(QStringLiteral("haveEnrolmentCodeButton"));
    describe(m_haveCode, tr("I have an enrolment code"),
             tr("Set your password and authenticator with the code your administrator gave "
                "you"));
    m_back = buttons->addButton(tr("&Back"), QDialogButtonBox::ActionRole);
    m_back->setObjectName(QStringLiteral("enrolBackButton"));
    describe(m_back, tr("Back"), tr("Go back one step; nothing typed is lost"));
    m_signIn = buttons->addButton(tr("Sign &in"), QDialogButtonBox::AcceptRole);
    m_signIn->setObjectName(QStringLiteral("signInButton"));
    describe(m_signIn, tr("Sign in"), tr("Sign in to the server with these details"));
    m_continue = buttons->addButton(tr("&Continue"), QDialogButtonBox::AcceptRole);
    m_continue->setObjectName(QStringLiteral("enrolContinueButton"));
    describe(m_continue, tr("Continue"),
             tr("Set this password and show the secret for your authenticator app"));
    m_finish = buttons->addButton(tr("&Finish and sign in"), QDialogButtonBox::AcceptRole);
    m_finish->setObjectName(QStringLiteral("enrolFinishButton"));
    describe(m_finish, tr("Finish and sign in"),
             tr("Prove the code from your authenticator app and sign in"));
    QPushButton *cancel = buttons->addButton(QDialogButtonBox::Cancel);
    cancel->setObjectName(QStringLiteral("cancelButton"));
    describe(cancel, tr("Cancel"), tr("Close the console without signing in"));
    connect(m_signIn, &QPushButton::clicked, this, &LoginDialog::submit);
    connect(m_continue, &QPushButton::clicked, this, &LoginDialog::submit);
    connect(m_finish, &QPushButton::clicked, this, &LoginDialog::submit);
    connect(m_haveCode, &QPushButton::clicked, this, &LoginDialog::showEnrolment);
    connect(m_back, &QPushButton::clicked, this, [this] {
        if (m_enrolment->step() == EnrolmentForm::Step::Authenticator)
            m_enrolment->showCredentials();
        else
            showSignIn();
        showError({});
        updateButtons();
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);

    for (QLineEdit *edit : {m_server, m_username, m_password, m_totp})
        connect(edit, &QLineEdit::textChanged, this, &LoginDialog::updateButtons);
    connect(m_enrolment, &EnrolmentForm::edited, this, &LoginDialog::updateButtons);
    connect(m_enrolment, &QStackedWidget::currentChanged, this, &LoginDialog::fitPages);
    alignFormLabels(this);
    showSignIn();
    setMinimumWidth(520);
}

QWidget *LoginDialog::makeSignInPage()
{
    auto *page = new QWidget(this);
    auto *form = new QFormLayout(page);
    form->setContentsMargins(0, 0, 0, 0);
    form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    m_username = new QLineEdit(page);
    m_username->setObjectName(QStringLiteral("usernameEdit"));
    describe(m_username, tr("Username"), tr("Your user name at the compliance store"));
    form->addRow(tr("&Username:"), m_username);
    m_password = new QLineEdit(page);
    m_password->setObjectName(QStringLiteral("passwordEdit"));
    m_password->setEchoMode(QLineEdit::Password);
    describe(m_password, tr("Password"), tr("Your password; it is not shown as you type"));
    form->addRow(tr("&Password:"), m_password);
    m_totp = new QLineEdit(page);
    m_totp->setObjectName(QStringLiteral("totpEdit"));
    m_totp->setPlaceholderText(tr("6-digit code from your authenticator app"));
    m_totp->setValidator(
        new QRegularExpressionValidator(QRegularExpression(QStringLiteral("[0-9]{0,8}")), m_totp));
    m_totp->setInputMethodHints(Qt::ImhDigitsOnly);
    describe(m_totp, tr("One-time code"), tr("The 6-digit code your authenticator app shows now"));
    form->addRow(tr("&One-time code:"), m_totp);
    return page;
}

void LoginDialog::setServerUrl(const QUrl &url)
{
    m_server->setText(url.toString());
    if (!url.isEmpty())
        m_username->setFocus();
}

void LoginDialog::setUsername(const QString &username)
{
    m_username->setText(username);
}

TrustDialog *LoginDialog::trustDialog() const
{
    return m_trustDialog;
}

QString LoginDialog::errorText() const
{
    return m_error->isHidden() ? QString() : m_error->text();
}

bool LoginDialog::isEnrolling() const
{
    return m_pages->currentIndex() == EnrolmentPage;
}

void LoginDialog::showEnrolment()
{
    if (m_enrolment->username().isEmpty())
        m_enrolment->setUsername(m_username->text().trimmed());
    m_pages->setCurrentIndex(EnrolmentPage);
    m_enrolment->showCredentials();
    fitPages();
    setWindowTitle(tr("Enrol — Compliance Console"));
    showError({});
    updateButtons();
}

void LoginDialog::showSignIn()
{
    m_enrolment->forgetSecrets();
    m_enrolment->clearErrors();
    m_pages->setCurrentIndex(SignInPage);
    fitPages();
    setWindowTitle(tr("Sign in — Compliance Console"));
    updateButtons();
}

void LoginDialog::fitPages()
{
    fitToCurrent(m_pages);
    fitToCurrent(m_enrolment);
    adjustSize();
}

void LoginDialog::updateButtons()
{
    const bool enrolling = isEnrolling();
    const bool authenticator
        = enrolling && m_enrolment->step() == EnrolmentForm::Step::Authenticator;
    m_haveCode->setVisible(!enrolling);
    m_signIn->setVisible(!enrolling);
    m_back->setVisible(enrolling);
    m_continue->setVisible(enrolling && !authenticator);
    m_finish->setVisible(authenticator);
    QPushButton *action = !enrolling ? m_signIn : authenticator ? m_finish : m_continue;
    action->setDefault(true);
    const bool serverGiven = !m_server->text().trimmed().isEmpty();
    const bool complete = enrolling ? m_enrolment->isComplete()
                                    : !m_username->text().trimmed().isEmpty()
            && !m_password->text().isEmpty() && m_totp->text().size() >= 6;
    action->setEnabled(!m_job && serverGiven && complete);
    m_back->setEnabled(!m_job);
    m_haveCode->setEnabled(!m_job);
}

void LoginDialog::setBusy(bool busy)
{
    for (QLineEdit *edit : {m_server, m_username, m_password, m_totp})
        edit->setReadOnly(busy);
    m_enrolment->setEnabled(!busy);
    m_status->setText(!busy ? QString()
                          : isEnrolling() && m_enrolment->step() == EnrolmentForm::Step::Credentials
                          ? tr("Checking the code and your password…")
                          : tr("Signing in…"));
    updateButtons();
}

void LoginDialog::showError(const QString &message)
{
    m_error->setText(message);
    m_error->setVisible(!message.isEmpty());
}

void LoginDialog::submit()
{
    if (m_job)
        return;
    if (!isEnrolling())
        signIn();
    else if (m_enrolment->step() == EnrolmentForm::Step::Credentials)
        startEnrolment();
    else
        finishEnrolment();
}

void LoginDialog::send(const std::function<client::ApiJob *()> &call,
                       std::function<void(client::ApiJob *)> answer)
{
    QString text = m_server->text().trimmed();
    if (!text.contains(QStringLiteral("://")))
        text.prepend(QStringLiteral("https://"));
    const QUrl url(text, QUrl::StrictMode);
    if (!url.isValid() || url.host().isEmpty()) {
        showError(tr("\"%1\" is not a server address.").arg(m_server->text()));
        return;
    }
    if (url.scheme() != QLatin1StringView("https")) {
        showError(tr("The console only talks to servers over HTTPS."));
        return;
    }
    showError({});
    m_client->setBaseUrl(url);
    m_client->setCertificateTrust(m_trust);
    m_job = call();
    connect(m_job, &client::ApiJob::finished, this,
            [this, answer = std::move(answer)](client::ApiJob *job) {
                m_job = nullptr;
                setBusy(false);
                if (job->error().kind == client::ApiError::Kind::UntrustedCertificate && m_trust) {
                    askTrust(job);
                    return;
                }
                answer(job);
            });
    setBusy(true);
}

void LoginDialog::askTrust(client::ApiJob *job)
{
    // Nothing reached the server (a code is not used up), so it is sent again after the choice.
    const client::ApiError &error = job->error();
    const QString server = client::CertificateTrust::serverKey(job->url());
    const bool changed = !m_trust->pinnedFingerprint(server).isEmpty();
    showError(error.message);
    m_trustDialog = new TrustDialog(server, error.certificate, error.sslErrors, changed, this);
    m_trustDialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(m_trustDialog, &QDialog::finished, this,
            [this, server, certificate = error.certificate](int result) {
                if (result == QDialog::Accepted) {
                    m_trust->pinCertificate(server, certificate);
                    qCInfo(lcLogin) << "certificate pinned for" << server;
                    submit();
                } else {
                    showError(tr("The server's certificate was not trusted, so the console "
                                 "did not sign in."));
                }
            });
    m_trustDialog->open();
}

void LoginDialog::signIn()
{
    send(
        [this] {
            return m_client->signIn(m_username->text().trimmed(), m_password->text(),
                                    m_totp->text());
        },
        [this](client::ApiJob *job) {
            if (job->ok()) {
                succeed();
                return;
            }
            if (job->error().kind == client::ApiError::Kind::Http) {
                // A refused code cannot be used again.
                m_totp->clear();
                m_totp->setFocus();
            }
            showError(job->error().message);
        });
}

void LoginDialog::startEnrolment()
{
    m_enrolment->clearErrors();
    if (!m_enrolment->passwordsMatch()) {
        m_enrolment->showError(EnrolmentForm::Field::Confirmation,
                               tr("The two passwords differ: type the same password twice."));
        return;
    }
    send(
        [this] {
            return m_client
                ->startEnrolment(m_enrolment->username(), m_enrolment->code(),
                                 m_enrolment->password())
                .job();
        },
        [this](client::ApiJob *job) {
            const client::Reply<client::EnrolmentStart> reply
                = client::readReply<client::EnrolmentStart>(job);
            if (!reply.ok()) {
                showEnrolmentError(job);
                return;
            }
            m_enrolment->showAuthenticator(reply.value);
            updateButtons();
        });
}

void LoginDialog::finishEnrolment()
{
    m_enrolment->clearErrors();
    send(
        [this] {
            return m_client->finishEnrolment(m_enrolment->username(), m_enrolment->code(),
                                             m_enrolment->totp());
        },
        [this](client::ApiJob *job) {
            if (job->ok()) {
                succeed();
                return;
            }
            // A refused code cannot be used again.
            if (job->error().kind == client::ApiError::Kind::Http)
                m_enrolment->clearTotp();
            showEnrolmentError(job);
        });
}

void LoginDialog::showEnrolmentError(client::ApiJob *job)
{
    const client::ApiError &error = job->error();
    const EnrolmentForm::Field field = fieldOf(error, m_enrolment->step());
    // A used or expired code, or a wrong password, is typed on the first step.
    if (m_enrolment->step() == EnrolmentForm::Step::Authenticator
        && (field == EnrolmentForm::Field::Code || field == EnrolmentForm::Field::Password
            || field == EnrolmentForm::Field::Username)) {
        m_enrolment->showCredentials();
        updateButtons();
    }
    if (field == EnrolmentForm::Field::General)
        showError(error.message);
    else
        m_enrolment->showError(field, error.message);
}

void LoginDialog::succeed()
{
    qCInfo(lcLogin) << "signed in as" << m_client->session().user.username;
    emit signedIn();
    accept();
}

void LoginDialog::done(int result)
{
    // Passwords and the enrolment's secret leave memory with the dialog, however it closes.
    m_password->clear();
    m_totp->clear();
    m_enrolment->forgetSecrets();
    QDialog::done(result);
}

} // namespace cc::ui
