#include "widgets/FieldRow.h"

#include "widgets/Theme.h"

#include <QLabel>
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

} // namespace cc::ui
