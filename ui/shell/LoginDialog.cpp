#include "shell/LoginDialog.h"

#include "ApiClient.h"
#include "CertificateTrust.h"
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
#include <QVBoxLayout>

Q_LOGGING_CATEGORY(lcLogin, "compliance.ui.login")

namespace cc::ui {

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

    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    m_server = new QLineEdit(this);
    m_server->setObjectName(QStringLiteral("serverEdit"));
    m_server->setPlaceholderText(QStringLiteral("https://compliance.example.com:8443"));
    describe(m_server, tr("Server"),
             tr("The address of your organisation's compliance store, starting https://"));
    form->addRow(tr("&Server:"), m_server);
    m_username = new QLineEdit(this);
    m_username->setObjectName(QStringLiteral("usernameEdit"));
    describe(m_username, tr("Username"), tr("Your user name at the compliance store"));
    form->addRow(tr("&Username:"), m_username);
    m_password = new QLineEdit(this);
    m_password->setObjectName(QStringLiteral("passwordEdit"));
    m_password->setEchoMode(QLineEdit::Password);
    describe(m_password, tr("Password"), tr("Your password; it is not shown as you type"));
    form->addRow(tr("&Password:"), m_password);
    m_totp = new QLineEdit(this);
    m_totp->setObjectName(QStringLiteral("totpEdit"));
    m_totp->setPlaceholderText(tr("6-digit code from your authenticator app"));
    m_totp->setValidator(
        new QRegularExpressionValidator(QRegularExpression(QStringLiteral("[0-9]{0,8}")), m_totp));
    m_totp->setInputMethodHints(Qt::ImhDigitsOnly);
    describe(m_totp, tr("One-time code"), tr("The 6-digit code your authenticator app shows now"));
    form->addRow(tr("&One-time code:"), m_totp);
    layout->addLayout(form);

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
    m_signIn = buttons->addButton(tr("Sign &in"), QDialogButtonBox::AcceptRole);
    m_signIn->setObjectName(QStringLiteral("signInButton"));
    m_signIn->setDefault(true);
    describe(m_signIn, tr("Sign in"), tr("Sign in to the server with these details"));
    QPushButton *cancel = buttons->addButton(QDialogButtonBox::Cancel);
    cancel->setObjectName(QStringLiteral("cancelButton"));
    describe(cancel, tr("Cancel"), tr("Close the console without signing in"));
    connect(buttons, &QDialogButtonBox::accepted, this, &LoginDialog::submit);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);

    for (QLineEdit *edit : {m_server, m_username, m_password, m_totp})
        connect(edit, &QLineEdit::textChanged, this, &LoginDialog::updateButton);
    updateButton();
    setMinimumWidth(460);
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

void LoginDialog::updateButton()
{
    m_signIn->setEnabled(!m_job && !m_server->text().trimmed().isEmpty()
                         && !m_username->text().trimmed().isEmpty() && !m_password->text().isEmpty()
                         && m_totp->text().size() >= 6);
}

void LoginDialog::setBusy(bool busy)
{
    for (QLineEdit *edit : {m_server, m_username, m_password, m_totp})
        edit->setReadOnly(busy);
    m_status->setText(busy ? tr("Signing in…") : QString());
    updateButton();
}

void LoginDialog::showError(const QString &message)
{
    m_error->setText(message);
    m_error->setVisible(!message.isEmpty());
}

void LoginDialog::submit()
{
    if (m_job || !m_signIn->isEnabled())
        return;
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
    m_job = m_client->signIn(m_username->text().trimmed(), m_password->text(), m_totp->text());
    connect(m_job, &client::ApiJob::finished, this, &LoginDialog::onFinished);
    setBusy(true);
}

void LoginDialog::onFinished(client::ApiJob *job)
{
    m_job = nullptr;
    setBusy(false);
    if (job->ok()) {
        qCInfo(lcLogin) << "signed in as" << m_client->session().user.username;
        m_password->clear();
        m_totp->clear();
        emit signedIn();
        accept();
        return;
    }
    const client::ApiError &error = job->error();
    if (error.kind == client::ApiError::Kind::UntrustedCertificate && m_trust) {
        // The code never reached the server, so it can be sent again after the choice.
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
        return;
    }
    if (error.kind == client::ApiError::Kind::Http) {
        // A refused code cannot be used again.
        m_totp->clear();
        m_totp->setFocus();
    }
    showError(error.message);
}

} // namespace cc::ui
