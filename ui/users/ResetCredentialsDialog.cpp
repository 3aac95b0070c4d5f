#include "users/ResetCredentialsDialog.h"

#include "UsersApi.h"
#include "users/EnrolmentCodePanel.h"
#include "widgets/Accessible.h"
#include "widgets/Theme.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QStackedWidget>
#include <QVBoxLayout>

namespace cc::ui {

ResetCredentialsDialog::ResetCredentialsDialog(client::ApiClient *client, const client::User &user,
                                               What what, QWidget *parent)
    : QDialog(parent)
    , m_client(client)
    , m_user(user)
    , m_what(what)
{
    const bool password = what == What::Password;
    setObjectName(QStringLiteral("resetCredentialsDialog"));
    setWindowTitle(password ? tr("Reset password") : tr("Reset second factor"));
    setModal(true);
    auto *layout = new QVBoxLayout(this);
    m_pages = new QStackedWidget(this);
    layout->addWidget(m_pages);

    // Page 1: what the reset does.
    auto *confirmPage = new QWidget(m_pages);
    auto *confirmLayout = new QVBoxLayout(confirmPage);
    confirmLayout->setContentsMargins(0, 0, 0, 0);
    const QString who = QStringLiteral("<b>%1</b> (%2)")
                            .arg(user.displayName.toHtmlEscaped(), user.username.toHtmlEscaped());
    auto *explain = new QLabel(
        (password ? tr("Reset the password of %1? For a forgotten password: they set a new one "
                       "with an enrolment code and prove the authenticator app they have.")
                        .arg(who)
                  : tr("Reset the second factor of %1? For a lost or replaced phone: their "
                       "authenticator secret is deleted at once, and they enrol a new one with an "
                       "enrolment code and their current password.")
                        .arg(who))
            + QStringLiteral("<p>")
            + tr("At once their sessions end and their grants are suspended until they enrol "
                 "again; the compliance officers are alerted, and the reset is audited. For "
                 "separation of duties it counts as a change you made to their account."),
        confirmPage);
    explain->setObjectName(QStringLiteral("resetExplanation"));
    explain->setWordWrap(true);
    explain->setTextFormat(Qt::RichText);
    confirmLayout->addWidget(explain);
    m_error = new QLabel(confirmPage);
    m_error->setObjectName(QStringLiteral("errorLabel"));
    m_error->setWordWrap(true);
    m_error->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_error->setStyleSheet(
        QStringLiteral("QLabel { color: %1; }").arg(theme::color(theme::Tone::Bad).name()));
    m_error->hide();
    confirmLayout->addWidget(m_error);
    confirmLayout->addStretch();
    auto *confirmButtons = new QHBoxLayout;
    confirmButtons->addStretch();
    m_reset = new QPushButton(password ? tr("&Reset password") : tr("&Reset second factor"),
                              confirmPage);
    m_reset->setObjectName(QStringLiteral("resetButton"));
    describe(m_reset, m_reset->text().remove(QLatin1Char('&')),
             tr("Reset now and show the new enrolment code"));
    connect(m_reset, &QPushButton::clicked, this, &ResetCredentialsDialog::submit);
    auto *cancel = new QPushButton(tr("Cancel"), confirmPage);
    cancel->setObjectName(QStringLiteral("cancelButton"));
    cancel->setDefault(true); // a reset locks someone out until they enrol again
    describe(cancel, tr("Cancel"), tr("Close without resetting anything"));
    connect(cancel, &QPushButton::clicked, this, &QDialog::reject);
    confirmButtons->addWidget(m_reset);
    confirmButtons->addWidget(cancel);
    confirmLayout->addLayout(confirmButtons);
    m_pages->addWidget(confirmPage);

    // Page 2: the code, once.
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
    cancel->setFocus();
}

QString ResetCredentialsDialog::errorText() const
{
    return m_error->isHidden() ? QString() : m_error->text();
}

QString ResetCredentialsDialog::enrolmentCode() const
{
    return m_issued->code();
}

void ResetCredentialsDialog::submit()
{
    if (m_job)
        return;
    m_error->hide();
    m_reset->setEnabled(false);
    const client::UsersApi users(m_client);
    const client::Call<client::IssuedEnrolment> call = m_what == What::Password
        ? users.resetPassword(m_user.id)
        : users.resetTwoFactor(m_user.id);
    m_job = call.job();
    call.then(this, [this](const client::Reply<client::IssuedEnrolment> &reply) {
        m_job = nullptr;
        m_reset->setEnabled(true);
        if (!reply.ok()) {
            m_error->setText(reply.error.message);
            m_error->show();
            return;
        }
        m_issued->showIssued(reply.value,
                             m_what == What::Password ? EnrolmentCodePanel::Reason::PasswordReset
                                                      : EnrolmentCodePanel::Reason::TwoFactorReset);
        m_pages->setCurrentIndex(1);
        m_done->setDefault(true);
        m_done->setFocus();
        emit reset(reply.value.user);
    });
}

} // namespace cc::ui
