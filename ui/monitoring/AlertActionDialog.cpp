#include "monitoring/AlertActionDialog.h"

#include "ApiJob.h"
#include "widgets/Accessible.h"
#include "widgets/Theme.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QPushButton>
#include <QTextDocumentFragment>
#include <QVBoxLayout>

namespace cc::ui {

AlertActionDialog::AlertActionDialog(const QString &title, const QString &description,
                                     const QString &confirmText, Submit submit, QWidget *parent)
    : QDialog(parent)
    , m_submit(std::move(submit))
{
    setWindowTitle(title);
    setModal(true);
    auto *layout = new QVBoxLayout(this);
    auto *about = new QLabel(description, this);
    about->setObjectName(QStringLiteral("descriptionLabel"));
    about->setWordWrap(true);
    about->setTextFormat(Qt::RichText);
    layout->addWidget(about);
    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("errorLabel"));
    m_error->setWordWrap(true);
    m_error->setStyleSheet(
        QStringLiteral("QLabel { color: %1; }").arg(theme::color(theme::Tone::Bad).name()));
    m_error->hide();
    layout->addWidget(m_error);
    auto *buttons = new QDialogButtonBox(this);
    m_confirm = buttons->addButton(confirmText, QDialogButtonBox::AcceptRole);
    m_confirm->setObjectName(QStringLiteral("confirmButton"));
    m_confirm->setDefault(true);
    describe(m_confirm, plainLabel(confirmText),
             QTextDocumentFragment::fromHtml(description).toPlainText().simplified());
    QPushButton *cancel = buttons->addButton(QDialogButtonBox::Cancel);
    cancel->setObjectName(QStringLiteral("cancelButton"));
    describe(cancel, tr("Cancel"), tr("Close without doing anything"));
    connect(buttons, &QDialogButtonBox::accepted, this, &AlertActionDialog::confirm);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    setMinimumWidth(460);
}

QString AlertActionDialog::errorText() const
{
    return m_error->isHidden() ? QString() : m_error->text();
}

void AlertActionDialog::confirm()
{
    if (m_job)
        return;
    m_error->hide();
    m_job = m_submit();
    if (!m_job)
        return;
    m_confirm->setEnabled(false);
    connect(m_job, &client::ApiJob::finished, this, [this](client::ApiJob *job) {
        m_job = nullptr;
        m_confirm->setEnabled(true);
        if (job->ok()) {
            accept();
            return;
        }
        m_error->setText(job->error().message);
        m_error->show();
    });
}

} // namespace cc::ui
