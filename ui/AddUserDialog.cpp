#include "AddUserDialog.h"

#include "ApiClient.h"
#include "Palette.h"

#include <QCheckBox>
#include <QClipboard>
#include <QFontDatabase>
#include <QFormLayout>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QJsonArray>
#include <QJsonObject>
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
    form->addRow(tr("&Username:"), m_username);
    m_displayName = new QLineEdit(formPage);
    m_displayName->setObjectName(QStringLiteral("displayNameEdit"));
    form->addRow(tr("&Full name:"), m_displayName);
    m_email = new QLineEdit(formPage);
    m_email->setObjectName(QStringLiteral("emailEdit"));
    form->addRow(tr("&E-mail:"), m_email);
    m_title = new QLineEdit(formPage);
    m_title->setObjectName(QStringLiteral("titleEdit"));
    m_title->setPlaceholderText(tr("Optional, e.g. Data analyst, CTO"));
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
    note->setStyleSheet(QStringLiteral("QLabel { color: #5f6b76; }"));
    formLayout->addWidget(note);
    m_error = new QLabel(formPage);
    m_error->setObjectName(QStringLiteral("errorLabel"));
    m_error->setWordWrap(true);
    m_error->setStyleSheet(
        QStringLiteral("QLabel { color: %1; }").arg(palette::color(palette::Tone::Bad).name()));
    m_error->hide();
    formLayout->addWidget(m_error);
    auto *formButtons = new QHBoxLayout;
    formButtons->addStretch();
    m_create = new QPushButton(tr("&Create user"), formPage);
    m_create->setObjectName(QStringLiteral("createButton"));
    m_create->setDefault(true);
    connect(m_create, &QPushButton::clicked, this, &AddUserDialog::submit);
    m_cancel = new QPushButton(tr("Cancel"), formPage);
    m_cancel->setObjectName(QStringLiteral("cancelButton"));
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
    m_codeEdit = new QLineEdit(donePage);
    m_codeEdit->setObjectName(QStringLiteral("enrolmentCodeEdit"));
    m_codeEdit->setReadOnly(true);
    m_codeEdit->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    uriRow->addWidget(m_codeEdit, 1);
    auto *copy = new QPushButton(tr("&Copy"), donePage);
    copy->setObjectName(QStringLiteral("copyButton"));
    connect(copy, &QPushButton::clicked, this, [this, copy] {
        QGuiApplication::clipboard()->setText(m_codeEdit->text());
        copy->setText(tr("Copied"));
    });
    uriRow->addWidget(copy);
    doneLayout->addLayout(uriRow);
    auto *warning = new QLabel(tr("Whoever holds this code can enrol as the user until they do: "
                                  "hand it over in person; it is not shown again. The account "
                                  "records that you handed it over."),
                               donePage);
    warning->setObjectName(QStringLiteral("enrolmentWarning"));
    warning->setWordWrap(true);
    warning->setStyleSheet(
        QStringLiteral("QLabel { color: %1; }").arg(palette::color(palette::Tone::Warn).name()));
    doneLayout->addWidget(warning);
    doneLayout->addStretch();
    auto *doneButtons = new QHBoxLayout;
    doneButtons->addStretch();
    m_done = new QPushButton(tr("&Done"), donePage);
    m_done->setObjectName(QStringLiteral("doneButton"));
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
    QJsonArray roles;
    for (QCheckBox *box : std::as_const(m_roles)) {
        if (box->isChecked())
            roles.append(box->property("role").toString());
    }
    QJsonObject body {{QStringLiteral("username"), m_username->text().trimmed()},
                      {QStringLiteral("email"), m_email->text().trimmed()},
                      {QStringLiteral("display_name"), m_displayName->text().trimmed()},
                      {QStringLiteral("roles"), roles}};
    if (!m_title->text().trimmed().isEmpty())
        body.insert(QStringLiteral("title"), m_title->text().trimmed());
    m_error->hide();
    m_create->setEnabled(false);
    m_job = m_client->createUser(body);
    connect(m_job, &client::ApiJob::finished, this, [this](client::ApiJob *job) {
        m_job = nullptr;
        m_create->setEnabled(true);
        if (!job->ok()) {
            m_error->setText(job->error().message);
            m_error->show();
            return;
        }
        const client::User user
            = client::User::fromJson(job->json().value(QLatin1StringView("user")).toObject());
        showEnrolment(user, job->json());
        emit userCreated(user);
    });
}

void AddUserDialog::showEnrolment(const client::User &user, const QJsonObject &answer)
{
    const bool emailed = answer.value(QLatin1StringView("delivered_by_email")).toBool();
    m_code = answer.value(QLatin1StringView("enrolment_code")).toString();
    const QString expires
        = client::parseTime(answer.value(QLatin1StringView("enrolment_expires_at")))
              .toLocalTime()
              .toString(QStringLiteral("yyyy-MM-dd HH:mm"));
    m_enrolmentIntro->setText(
        emailed
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
    m_codeEdit->setVisible(!emailed);
    m_codeEdit->parentWidget()
        ->findChild<QPushButton *>(QStringLiteral("copyButton"))
        ->setVisible(!emailed);
    m_codeEdit->parentWidget()
        ->findChild<QLabel *>(QStringLiteral("enrolmentWarning"))
        ->setVisible(!emailed);
    m_pages->setCurrentIndex(1);
    m_done->setDefault(true);
    m_done->setFocus();
}

} // namespace cc::ui
