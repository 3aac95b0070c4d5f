#include "users/EditUserDialog.h"

#include "ApiClient.h"
#include "UsersApi.h"
#include "users/RoleChecks.h"
#include "widgets/Accessible.h"
#include "widgets/Theme.h"

#include <QCheckBox>
#include <QComboBox>
#include <QCompleter>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGridLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace cc::ui {

EditUserDialog::EditUserDialog(client::ApiClient *client, const client::User &user,
                               const QStringList &people, QWidget *parent)
    : QDialog(parent)
    , m_client(client)
    , m_user(user)
{
    setObjectName(QStringLiteral("editUserDialog"));
    setWindowTitle(tr("Change %1").arg(user.username));
    setModal(true);
    auto *layout = new QVBoxLayout(this);
    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    auto *username = new QLabel(user.username, this);
    username->setObjectName(QStringLiteral("usernameLabel"));
    form->addRow(tr("Username:"), username);
    m_displayName = new QLineEdit(user.displayName, this);
    m_displayName->setObjectName(QStringLiteral("displayNameEdit"));
    describe(m_displayName, tr("Full name"), tr("The person's name as the console shows it"));
    form->addRow(tr("&Full name:"), m_displayName);
    m_email = new QLineEdit(user.email, this);
    m_email->setObjectName(QStringLiteral("emailEdit"));
    describe(m_email, tr("E-mail"), tr("Where the person's notifications and codes go"));
    form->addRow(tr("&E-mail:"), m_email);
    m_title = new QLineEdit(user.title, this);
    m_title->setObjectName(QStringLiteral("titleEdit"));
    m_title->setPlaceholderText(tr("Optional, e.g. Data analyst, CTO"));
    describe(m_title, tr("Title"), tr("The person's job title; optional"));
    form->addRow(tr("&Title:"), m_title);
    m_roles = new RoleChecks(this);
    m_roles->setRoles(user.roles);
    form->addRow(tr("Roles:"), m_roles);
    auto *designations = new QWidget(this);
    auto *designationGrid = new QGridLayout(designations);
    designationGrid->setContentsMargins(0, 0, 0, 0);
    for (const QString &d : client::knownDesignations()) {
        auto *check = new QCheckBox(client::designationLabel(d), designations);
        check->setObjectName(QStringLiteral("designation_%1").arg(d));
        check->setChecked(user.designations.contains(d));
        describe(check, client::designationLabel(d),
                 tr("Designate them %1: one person at a time holds it")
                     .arg(client::designationLabel(d)));
        connect(check, &QCheckBox::toggled, this, &EditUserDialog::updateButton);
        designationGrid->addWidget(check, int(m_designations.size()) / 2,
                                   int(m_designations.size()) % 2);
        m_designations << check;
    }
    form->addRow(tr("Designations:"), designations);
    m_manager = new QComboBox(this);
    m_manager->setObjectName(QStringLiteral("managerEdit"));
    m_manager->setEditable(true);
    m_manager->setInsertPolicy(QComboBox::NoInsert);
    m_manager->addItem(QString());
    for (const QString &person : people) {
        if (person != user.username)
            m_manager->addItem(person);
    }
    m_manager->completer()->setCaseSensitivity(Qt::CaseInsensitive);
    m_manager->setCurrentText(user.manager);
    describe(m_manager, tr("Manager"),
             tr("Who hears when their asset reviews are long overdue; empty for none"));
    connect(m_manager, &QComboBox::currentTextChanged, this, &EditUserDialog::updateButton);
    form->addRow(tr("&Manager:"), m_manager);
    layout->addLayout(form);

    const bool own = user.id == client->session().user.id;
    m_roles->setEnabled(!own);
    designations->setEnabled(!own);
    auto *note = new QLabel(own ? tr("Nobody changes their own roles: ask another administrator.")
                                : tr("Whoever manages accounts does not also approve access: "
                                     "Admin and Compliance officer are never given together. "
                                     "Giving Admin, Compliance officer or Executive alerts the "
                                     "compliance officers and executives."),
                            this);
    note->setObjectName(QStringLiteral("rolesNote"));
    note->setWordWrap(true);
    theme::markMuted(note);
    layout->addWidget(note);

    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("errorLabel"));
    m_error->setWordWrap(true);
    m_error->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_error->setStyleSheet(
        QStringLiteral("QLabel { color: %1; }").arg(theme::color(theme::Tone::Bad).name()));
    m_error->hide();
    layout->addWidget(m_error);

    auto *buttons = new QDialogButtonBox(this);
    m_save = buttons->addButton(tr("&Save changes"), QDialogButtonBox::AcceptRole);
    m_save->setObjectName(QStringLiteral("saveButton"));
    m_save->setDefault(true);
    describe(m_save, tr("Save changes"), tr("Send the changed details to the server"));
    QPushButton *cancel = buttons->addButton(QDialogButtonBox::Cancel);
    cancel->setObjectName(QStringLiteral("cancelButton"));
    describe(cancel, tr("Cancel"), tr("Close without changing the account"));
    connect(m_save, &QPushButton::clicked, this, &EditUserDialog::submit);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    for (QLineEdit *edit : {m_displayName, m_email, m_title})
        connect(edit, &QLineEdit::textChanged, this, &EditUserDialog::updateButton);
    connect(m_roles, &RoleChecks::changed, this, &EditUserDialog::updateButton);
    updateButton();
    setMinimumWidth(480);
}

QStringList EditUserDialog::designations() const
{
    QStringList checked;
    for (qsizetype i = 0; i < m_designations.size(); ++i) {
        if (m_designations.at(i)->isChecked())
            checked << client::knownDesignations().at(i);
    }
    // The server's order may differ: compare as sets.
    QStringList before = m_user.designations;
    before.sort();
    QStringList sorted = checked;
    sorted.sort();
    return sorted == before ? m_user.designations : checked;
}

QString EditUserDialog::manager() const
{
    return m_manager->currentText().trimmed();
}

QString EditUserDialog::errorText() const
{
    return m_error->isHidden() ? QString() : m_error->text();
}

void EditUserDialog::updateButton()
{
    QStringList before = m_user.roles;
    QStringList after = m_roles->roles();
    before.sort();
    after.sort();
    const bool changed = before != after || designations() != m_user.designations
        || manager() != m_user.manager || m_displayName->text().trimmed() != m_user.displayName
        || m_email->text().trimmed() != m_user.email || m_title->text().trimmed() != m_user.title;
    m_save->setEnabled(!m_job && changed);
}

void EditUserDialog::submit()
{
    if (m_job || !m_save->isEnabled())
        return;
    client::UserChanges changes;
    QStringList before = m_user.roles;
    QStringList roles = m_roles->roles();
    before.sort();
    roles.sort();
    if (before != roles)
        changes.roles = m_roles->roles();
    if (const QString name = m_displayName->text().trimmed(); name != m_user.displayName)
        changes.displayName = name;
    if (const QString email = m_email->text().trimmed(); email != m_user.email)
        changes.email = email;
    if (const QString title = m_title->text().trimmed(); title != m_user.title)
        changes.title = title;
    if (const QStringList now = designations(); now != m_user.designations)
        changes.designations = now;
    if (const QString now = manager(); now != m_user.manager)
        changes.manager = now;
    m_error->hide();
    const client::Call<client::User> call = client::UsersApi(m_client).update(m_user.id, changes);
    m_job = call.job();
    updateButton();
    call.then(this, [this](const client::Reply<client::User> &reply) {
        m_job = nullptr;
        updateButton();
        if (!reply.ok()) {
            m_error->setText(reply.error.message);
            m_error->show();
            return;
        }
        emit userChanged(reply.value);
        accept();
    });
}

} // namespace cc::ui
