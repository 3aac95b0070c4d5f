#include "shell/PolicyDialog.h"

#include "ControlsApi.h"
#include "Words.h"
#include "widgets/Accessible.h"
#include "widgets/Format.h"
#include "widgets/Theme.h"

#include <QDialogButtonBox>
#include <QFontDatabase>
#include <QLabel>
#include <QPushButton>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace cc::ui {

PolicyDialog::PolicyDialog(client::ApiClient *client, const client::PolicyText &policy,
                           QWidget *parent)
    : QDialog(parent)
    , m_client(client)
    , m_policy(policy)
    , m_standing(new QLabel(this))
    , m_text(new QTextBrowser(this))
    , m_error(new QLabel(this))
    , m_accept(new QPushButton(tr("I have &read and accept the policy"), this))
    , m_later(new QPushButton(this))
{
    setObjectName(QStringLiteral("policyDialog"));
    setWindowTitle(tr("Policy on the handling of Amazon data"));
    resize(720, 640);
    auto *layout = new QVBoxLayout(this);
    m_standing->setObjectName(QStringLiteral("policyStanding"));
    m_standing->setTextFormat(Qt::RichText);
    m_standing->setWordWrap(true);
    layout->addWidget(m_standing);
    m_text->setObjectName(QStringLiteral("policyText"));
    describe(m_text, tr("Policy text"),
             tr("The full text of the policy, to read before accepting"));
    m_text->setOpenLinks(false);
    // Line length and size for reading prose, not a log.
    QFont font = m_text->font();
    font.setPointSizeF(font.pointSizeF() * 1.1);
    m_text->setFont(font);
    m_text->document()->setDocumentMargin(14);
    layout->addWidget(m_text, 1);
    m_error->setObjectName(QStringLiteral("policyError"));
    m_error->setWordWrap(true);
    m_error->setStyleSheet(
        QStringLiteral("QLabel { color: %1; }").arg(theme::color(theme::Tone::Bad).name()));
    m_error->hide();
    layout->addWidget(m_error);

    auto *buttons = new QDialogButtonBox(this);
    m_accept->setObjectName(QStringLiteral("acceptPolicyButton"));
    describe(m_accept, tr("Accept the policy"),
             tr("Record that you have read and accept this version of the policy"));
    m_later->setObjectName(QStringLiteral("policyLaterButton"));
    buttons->addButton(m_accept, QDialogButtonBox::AcceptRole);
    buttons->addButton(m_later, QDialogButtonBox::RejectRole);
    connect(m_accept, &QPushButton::clicked, this, &PolicyDialog::acknowledge);
    connect(m_later, &QPushButton::clicked, this, &QDialog::reject);
    layout->addWidget(buttons);
    showPolicy();
}

void PolicyDialog::showPolicy()
{
    m_text->setPlainText(m_policy.text);
    const QString version = m_policy.version.toHtmlEscaped();
    const QString last = m_policy.acknowledgedAt.isValid()
        ? tr("You accepted version %1 on %2.")
              .arg(version, format::dateTime(m_policy.acknowledgedAt))
        : tr("You have not accepted version %1 yet.").arg(version);
    QString standing;
    if (m_policy.standing == QLatin1StringView("overdue"))
        standing = theme::span(
            theme::Tone::Bad,
            tr("Your acknowledgement is overdue since %1.").arg(format::dateTime(m_policy.dueAt)),
            true);
    else if (m_policy.standing == QLatin1StringView("due"))
        standing = theme::span(
            theme::Tone::Warn,
            tr("Please read and accept it by %1.").arg(format::dateTime(m_policy.dueAt)), true);
    else
        standing
            = theme::span(theme::Tone::Good,
                          tr("Next acknowledgement due %1.").arg(format::dateTime(m_policy.dueAt)));
    m_standing->setText(QStringLiteral("%1 %2").arg(last, standing));
    // "Later" only while there is time; overdue, closing leaves the banner's reminder.
    const bool due = m_policy.standing == QLatin1StringView("due");
    m_later->setText(due ? tr("&Later") : tr("&Close"));
    describe(m_later, due ? tr("Later") : tr("Close"),
             due ? tr("Read and accept the policy another time, before it is due")
                 : tr("Close the policy"));
}

QString PolicyDialog::standingText() const
{
    return m_standing->text();
}

void PolicyDialog::acknowledge()
{
    m_accept->setEnabled(false);
    m_error->hide();
    client::PolicyApi(m_client)
        .acknowledge(m_policy.version)
        .then(this, [this](const client::Reply<client::PolicyText> &reply) {
            m_accept->setEnabled(true);
            if (!reply.ok()) {
                m_error->setText(
                    tr("Your acknowledgement was not recorded: %1").arg(reply.error.message));
                m_error->show();
                return;
            }
            m_policy = reply.value;
            emit acknowledged(reply.value);
            accept();
        });
}

} // namespace cc::ui
