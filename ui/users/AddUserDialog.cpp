#include "users/AddUserDialog.h"

#include "UsersApi.h"
#include "widgets/Accessible.h"
#include "widgets/Theme.h"

#include <QCheckBox>
#include <QClipboard>
#include <QFontDatabase>
#include <QFormLayout>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRandomGenerator>
#include <QStackedWidget>
#include <QVBoxLayout>

namespace cc::ui {

AddUserDialog::AddUserDialog(client::ApiClient *client, QWidget *parent)
    : QDialog(parent)
    , m_client(client)
{
    setObjectName(QStringLiteral("addUserDialog"));
    setWindowTitle(tr("Add user"));
    setModal(true);
    auto *layout = new QVBoxLayout(this);
    m_pages = new QStackedWidget(this);
    layout->addWidget(m_pages);

    // Page 1: the account.
    auto *formPage = new QWidget(m_pages);
    auto *formLayout = new QVBoxLayout(formPage);
    formLayout->setContentsMargins(0, 0, 0, 0);
    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    m_username = new QLineEdit(formPage);
    m_username->setObjectName(QStringLiteral("usernameEdit"));
    describe(m_username, tr("Username"), tr("The name the person signs in with"));
    form->addRow(tr("&Username:"), m_username);
    m_displayName = new QLineEdit(formPage);
    m_displayName->setObjectName(QStringLiteral("displayNameEdit"));
    describe(m_displayName, tr("Full name"), tr("The person's name as the console shows it"));
    form->addRow(tr("&Full name:"), m_displayName);
    m_email = new QLineEdit(formPage);
    m_email->setObjectName(QStringLiteral("emailEdit"));
    describe(m_email, tr("E-mail"), tr("Where the person's notifications go"));
    form->addRow(tr("&E-mail:"), m_email);
    m_title = new QLineEdit(formPage);
    m_title->setObjectName(QStringLiteral("titleEdit"));
    m_title->setPlaceholderText(tr("Optional, e.g. Data analyst, CTO"));
    describe(m_title, tr("Title"), tr("The person's job title; optional"));
    form->addRow(tr("&Title:"), m_title);
    auto *roles = new QWidget(formPage);
    auto *rolesLayout = new QVBoxLayout(roles);
    rolesLayout->setContentsMargins(0, 0, 0, 0);
    rolesLayout->setSpacing(2);
    const QStringList roleIds = {QStringLiteral("employee"), QStringLiteral("manager"),
                                 QStringLiteral("compliance_officer"), QStringLiteral("executive"),
                                 QStringLiteral("admin")};
    for (const QString &role : roleIds) {
        auto *box = new QCheckBox(client::roleLabel(role), roles);
        box->setObjectName(QStringLiteral("role_") + role);
        box->setProperty("role", role);
        describe(box, client::roleLabel(role),
                 tr("Give the person the role %1").arg(client::roleLabel(role)));
        box->setChecked(role == QLatin1StringView("employee"));
        rolesLayout->addWidget(box);
        m_roles.append(box);
    }
    form->addRow(tr("Roles:"), roles);
    auto *passwordRow = new QHBoxLayout;
    m_password = new QLineEdit(formPage);
    m_password->setObjectName(QStringLiteral("passwordEdit"));
    m_password->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    describe(m_password, tr("Initial password"),
             tr("The password for the first sign-in; hand it over privately"));
    passwordRow->addWidget(m_password, 1);
    auto *generate = new QPushButton(tr("&Generate"), formPage);
    generate->setObjectName(QStringLiteral("generateButton"));
    generate->setAutoDefault(false);
    describe(generate, tr("Generate"), tr("Fill in a new random password"));
    connect(generate, &QPushButton::clicked, this, &AddUserDialog::generatePassword);
    passwordRow->addWidget(generate);
    form->addRow(tr("Initial &password:"), passwordRow);
    formLayout->addLayout(form);
    auto *note = new QLabel(tr("Amazon data access is never part of a role: the user requests it "
                               "and a compliance officer approves it."),
                            formPage);
    note->setWordWrap(true);
    theme::markMuted(note);
    formLayout->addWidget(note);
    m_error = new QLabel(formPage);
    m_error->setObjectName(QStringLiteral("errorLabel"));
    m_error->setWordWrap(true);
    m_error->setStyleSheet(
        QStringLiteral("QLabel { color: %1; }").arg(theme::color(theme::Tone::Bad).name()));
    m_error->hide();
    formLayout->addWidget(m_error);
    auto *formButtons = new QHBoxLayout;
    formButtons->addStretch();
    m_create = new QPushButton(tr("&Create user"), formPage);
    m_create->setObjectName(QStringLiteral("createButton"));
    m_create->setDefault(true);
    describe(m_create, tr("Create user"), tr("Create the account with these details"));
    connect(m_create, &QPushButton::clicked, this, &AddUserDialog::submit);
    m_cancel = new QPushButton(tr("Cancel"), formPage);
    m_cancel->setObjectName(QStringLiteral("cancelButton"));
    describe(m_cancel, tr("Cancel"), tr("Close without creating an account"));
    connect(m_cancel, &QPushButton::clicked, this, &QDialog::reject);
    formButtons->addWidget(m_create);
    formButtons->addWidget(m_cancel);
    formLayout->addLayout(formButtons);
    m_pages->addWidget(formPage);

    // Page 2: the enrolment link, shown once.
    auto *donePage = new QWidget(m_pages);
    auto *doneLayout = new QVBoxLayout(donePage);
    doneLayout->setContentsMargins(0, 0, 0, 0);
    m_enrolmentIntro = new QLabel(donePage);
    m_enrolmentIntro->setWordWrap(true);
    m_enrolmentIntro->setTextFormat(Qt::RichText);
    doneLayout->addWidget(m_enrolmentIntro);
    auto *uriRow = new QHBoxLayout;
    m_uriEdit = new QLineEdit(donePage);
    m_uriEdit->setObjectName(QStringLiteral("totpUriEdit"));
    m_uriEdit->setReadOnly(true);
    describe(m_uriEdit, tr("Enrolment link"),
             tr("The link with the person's second-factor secret, for their authenticator app"));
    m_uriEdit->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    uriRow->addWidget(m_uriEdit, 1);
    auto *copy = new QPushButton(tr("&Copy"), donePage);
    copy->setObjectName(QStringLiteral("copyButton"));
    describe(copy, tr("Copy"), tr("Copy the enrolment link to the clipboard"));
    connect(copy, &QPushButton::clicked, this, [this, copy] {
        QGuiApplication::clipboard()->setText(m_uriEdit->text());
        copy->setText(tr("Copied"));
    });
    uriRow->addWidget(copy);
    doneLayout->addLayout(uriRow);
    auto *warning = new QLabel(tr("This link contains the user's second-factor secret. Hand it "
                                  "over privately; it is not shown again."),
                               donePage);
    warning->setWordWrap(true);
    warning->setStyleSheet(
        QStringLiteral("QLabel { color: %1; }").arg(theme::color(theme::Tone::Warn).name()));
    doneLayout->addWidget(warning);
    doneLayout->addStretch();
    auto *doneButtons = new QHBoxLayout;
    doneButtons->addStretch();
    m_done = new QPushButton(tr("&Done"), donePage);
    m_done->setObjectName(QStringLiteral("doneButton"));
    describe(m_done, tr("Done"), tr("Close; the link is not shown again"));
    connect(m_done, &QPushButton::clicked, this, &QDialog::accept);
    doneButtons->addWidget(m_done);
    doneLayout->addLayout(doneButtons);
    m_pages->addWidget(donePage);

    setMinimumWidth(520);
}

QString AddUserDialog::errorText() const
{
    return m_error->isHidden() ? QString() : m_error->text();
}

void AddUserDialog::generatePassword()
{
    // Unambiguous characters; 20 of them from the system CSPRNG.
    static const QString alphabet
        = QStringLiteral("ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789");
    QString password;
    for (int i = 0; i < 20; ++i)
        password += alphabet.at(QRandomGenerator::system()->bounded(int(alphabet.size())));
    m_password->setText(password);
}

void AddUserDialog::submit()
{
    if (m_job)
        return;
    client::NewUser user;
    user.username = m_username->text().trimmed();
    user.email = m_email->text().trimmed();
    user.displayName = m_displayName->text().trimmed();
    user.title = m_title->text().trimmed();
    user.password = m_password->text();
    for (QCheckBox *box : std::as_const(m_roles)) {
        if (box->isChecked())
            user.roles.append(box->property("role").toString());
    }
    m_error->hide();
    m_create->setEnabled(false);
    const client::Call<client::CreatedUser> call = client::UsersApi(m_client).create(user);
    m_job = call.job();
    call.then(this, [this](const client::Reply<client::CreatedUser> &reply) {
        m_job = nullptr;
        m_create->setEnabled(true);
        if (!reply.ok()) {
            m_error->setText(reply.error.message);
            m_error->show();
            return;
        }
        m_password->clear();
        showEnrolment(reply.value.user, reply.value.totpUri);
        emit userCreated(reply.value.user);
    });
}

void AddUserDialog::showEnrolment(const client::User &user, const QString &totpUri)
{
    m_totpUri = totpUri;
    m_enrolmentIntro->setText(
        tr("<b>%1 (%2) was created.</b><br>Two-factor sign-in is mandatory. Give them this "
           "enrolment link to add to their authenticator app; their first sign-in with a valid "
           "code completes enrolment.")
            .arg(user.displayName.toHtmlEscaped(), user.username.toHtmlEscaped()));
    m_uriEdit->setText(totpUri);
    m_uriEdit->setCursorPosition(0);
    m_pages->setCurrentIndex(1);
    m_done->setDefault(true);
    m_done->setFocus();
}

} // namespace cc::ui
