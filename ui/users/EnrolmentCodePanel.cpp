#include "users/EnrolmentCodePanel.h"

#include "UsersApi.h"
#include "widgets/Accessible.h"
#include "widgets/Format.h"
#include "widgets/Theme.h"

#include <QClipboard>
#include <QFontDatabase>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace cc::ui {

EnrolmentCodePanel::EnrolmentCodePanel(QWidget *parent)
    : QWidget(parent)
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_intro = new QLabel(this);
    m_intro->setObjectName(QStringLiteral("enrolmentIntro"));
    m_intro->setWordWrap(true);
    m_intro->setTextFormat(Qt::RichText);
    layout->addWidget(m_intro);
    m_codeRow = new QWidget(this);
    auto *codeRow = new QHBoxLayout(m_codeRow);
    codeRow->setContentsMargins(0, 0, 0, 0);
    m_code = new QLineEdit(m_codeRow);
    m_code->setObjectName(QStringLiteral("enrolmentCodeEdit"));
    m_code->setReadOnly(true);
    m_code->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    describe(m_code, tr("Enrolment code"),
             tr("The single-use code the person sets their credentials with"));
    codeRow->addWidget(m_code, 1);
    m_copy = new QPushButton(tr("&Copy"), m_codeRow);
    m_copy->setObjectName(QStringLiteral("copyButton"));
    describe(m_copy, tr("Copy"), tr("Copy the enrolment code to the clipboard"));
    connect(m_copy, &QPushButton::clicked, this, [this] {
        QGuiApplication::clipboard()->setText(m_code->text());
        m_copy->setText(tr("Copied"));
    });
    codeRow->addWidget(m_copy);
    layout->addWidget(m_codeRow);
    m_warning = new QLabel(tr("Whoever holds this code can enrol as the user until they do: "
                              "hand it over in person; it is not shown again. The account "
                              "records that you handed it over."),
                           this);
    m_warning->setObjectName(QStringLiteral("enrolmentWarning"));
    m_warning->setWordWrap(true);
    m_warning->setStyleSheet(
        QStringLiteral("QLabel { color: %1; }").arg(theme::color(theme::Tone::Warn).name()));
    layout->addWidget(m_warning);
    layout->addStretch();
}

EnrolmentCodePanel::~EnrolmentCodePanel()
{
    forget();
}

QString EnrolmentCodePanel::introText(const client::IssuedEnrolment &issued, Reason reason) const
{
    const client::User &user = issued.user;
    const QString who = QStringLiteral("%1 (%2)").arg(user.displayName.toHtmlEscaped(),
                                                      user.username.toHtmlEscaped());
    QString done;
    switch (reason) {
    case Reason::NewAccount:
        done = tr("<b>%1 was created.</b>").arg(who);
        break;
    case Reason::PasswordReset:
        done = tr("<b>The password of %1 was reset.</b> Their sessions ended and their grants "
                  "are suspended until they set a new password; they keep their authenticator "
                  "app.")
                   .arg(who);
        break;
    case Reason::TwoFactorReset:
        done = tr("<b>The second factor of %1 was reset.</b> Their sessions ended and their "
                  "grants are suspended until they enrol a new authenticator with their current "
                  "password.")
                   .arg(who);
        break;
    }
    const QString expires = format::dateTime(issued.expiresAt);
    if (issued.deliveredByEmail)
        return tr("%1<br>Their enrolment code was e-mailed to %2. They choose \"I have an "
                  "enrolment code\" when signing in, before %3.")
            .arg(done, user.email.toHtmlEscaped(), expires);
    return tr("%1<br>Give them this enrolment code. They choose \"I have an enrolment code\" "
              "when signing in, before %2; it works once.")
        .arg(done, expires);
}

void EnrolmentCodePanel::showIssued(const client::IssuedEnrolment &issued, Reason reason)
{
    m_intro->setText(introText(issued, reason));
    m_code->setText(issued.code);
    m_copy->setText(tr("&Copy"));
    m_codeRow->setVisible(!issued.deliveredByEmail);
    m_warning->setVisible(!issued.deliveredByEmail);
}

QString EnrolmentCodePanel::code() const
{
    return m_code->text();
}

void EnrolmentCodePanel::forget()
{
    m_code->clear();
}

} // namespace cc::ui
