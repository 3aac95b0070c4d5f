#include "widgets/FieldRow.h"

#include "ApiError.h"
#include "widgets/Theme.h"

#include <QLabel>
#include <QRegularExpression>
#include <QVBoxLayout>

namespace cc::ui {

FieldRow::FieldRow(QWidget *field, const QString &errorObjectName, QWidget *parent)
    : QWidget(parent)
    , m_field(field)
    , m_error(new QLabel(this))
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    field->setParent(this);
    layout->addWidget(field);
    m_error->setObjectName(errorObjectName);
    m_error->setWordWrap(true);
    m_error->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_error->setStyleSheet(
        QStringLiteral("QLabel { color: %1; }").arg(theme::color(theme::Tone::Bad).name()));
    m_error->hide();
    layout->addWidget(m_error);
    setFocusProxy(field);
}

void FieldRow::showError(const QString &message)
{
    m_error->setText(message);
    m_error->setVisible(!message.isEmpty());
}

void FieldRow::clearError()
{
    showError({});
}

QString FieldRow::error() const
{
    return m_error->isHidden() ? QString() : m_error->text();
}

FieldErrors::FieldErrors(QLabel *general)
    : m_general(general)
{ }

void FieldErrors::add(const QString &apiField, FieldRow *row, const QStringList &words)
{
    m_order.append(apiField);
    m_rows.insert(apiField, row);
    m_words.insert(apiField, words);
}

void FieldErrors::clear()
{
    for (FieldRow *row : std::as_const(m_rows))
        row->clearError();
    m_general->clear();
    m_general->hide();
}

QString FieldErrors::fieldNamed(const QString &message) const
{
    // The field named first, as a word ("label must have…", "a device labelled … exists").
    qsizetype best = -1;
    QString found;
    for (const QString &field : m_order) {
        QStringList stems {QRegularExpression::escape(field)};
        for (const QString &word : m_words.value(field))
            stems.append(QRegularExpression::escape(word));
        const QRegularExpression word(
            QStringLiteral("(?<![\\w.])(?:%1)(?![\\w.])").arg(stems.join(QLatin1Char('|'))));
        const QRegularExpressionMatch match = word.match(message);
        if (match.hasMatch() && (best < 0 || match.capturedStart() < best)) {
            best = match.capturedStart();
            found = field;
        }
    }
    return found;
}

FieldRow *FieldErrors::show(const client::ApiError &error)
{
    return show(m_rows.contains(error.field) ? error.field : fieldNamed(error.message),
                error.message);
}

FieldRow *FieldErrors::show(const QString &apiField, const QString &message)
{
    if (FieldRow *row = m_rows.value(apiField)) {
        row->showError(message);
        row->field()->setFocus(Qt::OtherFocusReason);
        return row;
    }
    m_general->setText(message);
    m_general->show();
    // The cursor back where the typing was, never on a button Enter would press.
    if (FieldRow *first = m_rows.value(m_order.value(0)))
        first->field()->setFocus(Qt::OtherFocusReason);
    return nullptr;
}

QString FieldErrors::error(const QString &apiField) const
{
    FieldRow *row = m_rows.value(apiField);
    return row ? row->error() : QString();
}

QString FieldErrors::generalError() const
{
    return m_general->isHidden() ? QString() : m_general->text();
}

} // namespace cc::ui
