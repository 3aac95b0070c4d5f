#include "widgets/CommentDialog.h"

#include "ApiJob.h"
#include "widgets/Accessible.h"
#include "widgets/Theme.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTextDocumentFragment>
#include <QVBoxLayout>

namespace cc::ui {

CommentDialog::CommentDialog(const QString &title, const QString &description, const QString &label,
                             bool required, Submit submit, QWidget *parent)
    : QDialog(parent)
    , m_submit(std::move(submit))
    , m_required(required)
    , m_error(new QLabel)
    , m_errors(m_error)
{
    setObjectName(QStringLiteral("commentDialog"));
    setWindowTitle(title);
    setModal(true);
    auto *layout = new QVBoxLayout(this);
    auto *about = new QLabel(description, this);
    about->setObjectName(QStringLiteral("descriptionLabel"));
    about->setWordWrap(true);
    about->setTextFormat(Qt::RichText);
    layout->addWidget(about);
    auto *prompt = new QLabel(label, this);
    layout->addWidget(prompt);
    m_text = new QPlainTextEdit(this);
    m_text->setObjectName(QStringLiteral("commentEdit"));
    m_text->setTabChangesFocus(true);
    m_text->setMinimumHeight(90);
    prompt->setBuddy(m_text);
    describe(m_text, plainLabel(label),
             QTextDocumentFragment::fromHtml(description).toPlainText().simplified());
    auto *textRow = new FieldRow(m_text, QStringLiteral("commentError"), this);
    // The typed text is the body's comment, reason or note, whichever the call sends.
    m_errors.add(QStringLiteral("comment"), textRow);
    m_errors.add(QStringLiteral("reason"), textRow);
    m_errors.add(QStringLiteral("note"), textRow);
    layout->addWidget(textRow);
    m_error->setParent(this);
    m_error->setObjectName(QStringLiteral("errorLabel"));
    m_error->setWordWrap(true);
    m_error->setStyleSheet(
        QStringLiteral("QLabel { color: %1; }").arg(theme::color(theme::Tone::Bad).name()));
    m_error->hide();
    layout->addWidget(m_error);
    auto *buttons = new QDialogButtonBox(this);
    m_ok = buttons->addButton(QDialogButtonBox::Ok);
    m_ok->setObjectName(QStringLiteral("okButton"));
    describe(m_ok, plainLabel(m_ok->text()), tr("%1, with what you wrote").arg(title));
    QPushButton *cancel = buttons->addButton(QDialogButtonBox::Cancel);
    cancel->setObjectName(QStringLiteral("cancelButton"));
    describe(cancel, tr("Cancel"), tr("Close without doing anything"));
    connect(buttons, &QDialogButtonBox::accepted, this, &CommentDialog::submit);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    setMinimumWidth(480);
}

void CommentDialog::setAcceptText(const QString &text, bool destructive)
{
    m_ok->setText(text);
    describe(m_ok, plainLabel(text), tr("%1, with what you wrote").arg(windowTitle()));
    if (destructive)
        m_ok->setStyleSheet(QStringLiteral("QPushButton { color: %1; font-weight: 600; }")
                                .arg(theme::color(theme::Tone::Bad).name()));
}

void CommentDialog::addField(const QString &label, QWidget *field, const QString &apiField)
{
    auto *box = qobject_cast<QVBoxLayout *>(layout());
    auto *prompt = new QLabel(label, this);
    prompt->setBuddy(field);
    if (field->accessibleName().isEmpty())
        field->setAccessibleName(plainLabel(label));
    QWidget *shown = field;
    if (!apiField.isEmpty()) {
        auto *row = new FieldRow(field, apiField + QStringLiteral("Error"), this);
        m_errors.add(apiField, row);
        shown = row;
    } else {
        field->setParent(this);
    }
    // After the description, before the comment's prompt.
    box->insertWidget(1 + 2 * m_fields, prompt);
    box->insertWidget(2 + 2 * m_fields, shown);
    ++m_fields;
}

QString CommentDialog::errorText() const
{
    return m_errors.generalError();
}

QString CommentDialog::commentError() const
{
    return m_errors.error(QStringLiteral("comment"));
}

void CommentDialog::submit()
{
    if (m_job)
        return;
    const QString text = m_text->toPlainText().trimmed();
    m_errors.clear();
    if (m_required && text.isEmpty()) {
        m_errors.show(QStringLiteral("comment"),
                      tr("Please write a few words: they are kept in the audit log."));
        return;
    }
    m_job = m_submit(text);
    if (!m_job)
        return;
    m_ok->setEnabled(false);
    m_text->setReadOnly(true);
    connect(m_job, &client::ApiJob::finished, this, [this](client::ApiJob *job) {
        m_job = nullptr;
        m_ok->setEnabled(true);
        m_text->setReadOnly(false);
        if (job->ok()) {
            emit succeeded();
            accept();
            return;
        }
        m_errors.show(job->error());
    });
}

} // namespace cc::ui
