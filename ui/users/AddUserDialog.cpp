#include "users/AddUserDialog.h"

#include "UsersApi.h"
#include "users/EnrolmentCodePanel.h"
#include "users/RoleChecks.h"
#include "widgets/Accessible.h"
#include "widgets/Theme.h"

#include <QFormLayout>
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
    m_roles = new RoleChecks(formPage);
    m_roles->setRoles({QStringLiteral("employee")});
    form->addRow(tr("Roles:"), m_roles);
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
    m_issued = new EnrolmentCodePanel(donePage);
    doneLayout->addWidget(m_issued, 1);
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
    user.roles = m_roles->roles();
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
    m_issued->showIssued(issued, EnrolmentCodePanel::Reason::NewAccount);
    m_pages->setCurrentIndex(1);
    m_done->setDefault(true);
    m_done->setFocus();
}

QString AddUserDialog::enrolmentCode() const
{
    return m_issued->code();
}

} // namespace cc::ui
