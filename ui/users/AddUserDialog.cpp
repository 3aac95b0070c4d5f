#include "users/AddUserDialog.h"

#include "UsersApi.h"
#include "widgets/Accessible.h"
#include "widgets/Format.h"
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

    // Page 2: the enrolment code, shown once (or where it was e-mailed).
    auto *donePage = new QWidget(m_pages);
    auto *doneLayout = new QVBoxLayout(donePage);
    doneLayout->setContentsMargins(0, 0, 0, 0);
    m_enrolmentIntro = new QLabel(donePage);
    m_enrolmentIntro->setObjectName(QStringLiteral("enrolmentIntro"));
    m_enrolmentIntro->setWordWrap(true);
    m_enrolmentIntro->setTextFormat(Qt::RichText);
    doneLayout->addWidget(m_enrolmentIntro);
    m_codeRow = new QWidget(donePage);
    auto *codeRow = new QHBoxLayout(m_codeRow);
    codeRow->setContentsMargins(0, 0, 0, 0);
    m_codeEdit = new QLineEdit(m_codeRow);
    m_codeEdit->setObjectName(QStringLiteral("enrolmentCodeEdit"));
    m_codeEdit->setReadOnly(true);
    describe(m_codeEdit, tr("Enrolment code"),
             tr("The single-use code the person sets their password and authenticator with"));
    m_codeEdit->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    codeRow->addWidget(m_codeEdit, 1);
    auto *copy = new QPushButton(tr("&Copy"), m_codeRow);
    copy->setObjectName(QStringLiteral("copyButton"));
    describe(copy, tr("Copy"), tr("Copy the enrolment code to the clipboard"));
    connect(copy, &QPushButton::clicked, this, [this, copy] {
        QGuiApplication::clipboard()->setText(m_codeEdit->text());
        copy->setText(tr("Copied"));
    });
    codeRow->addWidget(copy);
    doneLayout->addWidget(m_codeRow);
    m_warning = new QLabel(tr("Whoever holds this code can enrol as the user until they do: "
                              "hand it over in person; it is not shown again. The account "
                              "records that you handed it over."),
                           donePage);
    m_warning->setObjectName(QStringLiteral("enrolmentWarning"));
    m_warning->setWordWrap(true);
    m_warning->setStyleSheet(
        QStringLiteral("QLabel { color: %1; }").arg(theme::color(theme::Tone::Warn).name()));
    doneLayout->addWidget(m_warning);
    doneLayout->addStretch();
    auto *doneButtons = new QHBoxLayout;
    doneButtons->addStretch();
    m_done = new QPushButton(tr("&Done"), donePage);
    m_done->setObjectName(QStringLiteral("doneButton"));
    describe(m_done, tr("Done"), tr("Close; the code is not shown again"));
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

void AddUserDialog::submit()
{
    if (m_job)
        return;
    client::NewUser user;
    user.username = m_username->text().trimmed();
    user.email = m_email->text().trimmed();
    user.displayName = m_displayName->text().trimmed();
    user.title = m_title->text().trimmed();
    for (QCheckBox *box : std::as_const(m_roles)) {
        if (box->isChecked())
            user.roles.append(box->property("role").toString());
    }
    m_error->hide();
    m_create->setEnabled(false);
    const client::Call<client::IssuedEnrolment> call = client::UsersApi(m_client).create(user);
    m_job = call.job();
    call.then(this, [this](const client::Reply<client::IssuedEnrolment> &reply) {
        m_job = nullptr;
        m_create->setEnabled(true);
        if (!reply.ok()) {
            m_error->setText(reply.error.message);
            m_error->show();
            return;
        }
        showEnrolment(reply.value);
        emit userCreated(reply.value.user);
    });
}

void AddUserDialog::showEnrolment(const client::IssuedEnrolment &issued)
{
    const client::User &user = issued.user;
    m_code = issued.code;
    const QString expires = format::dateTime(issued.expiresAt);
    m_enrolmentIntro->setText(
        issued.deliveredByEmail
            ? tr("<b>%1 (%2) was created.</b><br>Their enrolment code was e-mailed to %3. They "
                 "choose \"I have an enrolment code\" when signing in, set their password "
                 "and enrol their authenticator app before %4.")
                  .arg(user.displayName.toHtmlEscaped(), user.username.toHtmlEscaped(),
                       user.email.toHtmlEscaped(), expires)
            : tr("<b>%1 (%2) was created.</b><br>Give them this enrolment code. They choose "
                 "\"I have an enrolment code\" when signing in, set their password and "
                 "enrol their authenticator app before %3; it works once.")
                  .arg(user.displayName.toHtmlEscaped(), user.username.toHtmlEscaped(), expires));
    m_codeEdit->setText(m_code);
    m_codeRow->setVisible(!issued.deliveredByEmail);
    m_warning->setVisible(!issued.deliveredByEmail);
    m_pages->setCurrentIndex(1);
    m_done->setDefault(true);
    m_done->setFocus();
}

} // namespace cc::ui
