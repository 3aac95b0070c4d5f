#include "widgets/Tile.h"

#include <QKeyEvent>
#include <QLabel>
#include <QMouseEvent>
#include <QVBoxLayout>

namespace cc::ui {

Tile::Tile(const QString &name, const QString &caption, QWidget *parent)
    : QFrame(parent)
    , m_value(new QLabel(QStringLiteral("…"), this))
    , m_caption(new QLabel(caption, this))
    , m_scope(new QLabel(this))
{
    theme::markCard(this);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(12, 8, 12, 8);
    layout->setSpacing(2);
    m_value->setObjectName(name);
    QFont big = m_value->font();
    big.setPointSizeF(big.pointSizeF() * 2.0);
    big.setWeight(QFont::DemiBold);
    m_value->setFont(big);
    m_caption->setWordWrap(true);
    theme::markMuted(m_caption);
    layout->addWidget(m_value);
    layout->addWidget(m_caption);
    theme::markMuted(m_scope);
    QFont small = m_scope->font();
    small.setPointSizeF(small.pointSizeF() * 0.85);
    small.setWeight(QFont::DemiBold);
    m_scope->setFont(small);
    m_scope->hide();
    layout->addWidget(m_scope);
    layout->addStretch();
    setAccessibleName(caption);
    setAccessibleDescription(caption);
}

void Tile::setValue(const QString &value, std::optional<theme::Tone> tone)
{
    m_value->setText(value);
    QPalette palette = m_value->palette();
    palette.setColor(QPalette::WindowText, tone ? theme::color(*tone) : theme::colors().text);
    m_value->setPalette(palette);
    // A tile that is no link says why (its tooltip), as a screen reader's description too.
    setAccessibleDescription(!m_link.isEmpty() ? tr("%1; Enter opens where the work is").arg(value)
                                 : toolTip().isEmpty() ? value
                                                       : value + QStringLiteral("; ") + toolTip());
}

QString Tile::value() const
{
    return m_value->text();
}

void Tile::setLink(const QString &link)
{
    m_link = link;
    setCursor(Qt::PointingHandCursor);
    setFocusPolicy(Qt::StrongFocus);
    setToolTip(QString());
}

void Tile::setNoLink(const QString &why)
{
    m_link.clear();
    unsetCursor();
    setFocusPolicy(Qt::NoFocus);
    setToolTip(why);
    setAccessibleDescription(value() + QStringLiteral("; ") + why);
}

void Tile::setScope(const QString &scope)
{
    m_scope->setText(scope);
    m_scope->setVisible(!scope.isEmpty());
    setAccessibleName(scope.isEmpty() ? m_caption->text()
                                      : tr("%1 (%2)").arg(m_caption->text(), scope));
}

QString Tile::scope() const
{
    return m_scope->text();
}

void Tile::mouseReleaseEvent(QMouseEvent *event)
{
    if (!m_link.isEmpty() && event->button() == Qt::LeftButton && rect().contains(event->pos())) {
        emit clicked(m_link);
        return;
    }
    QFrame::mouseReleaseEvent(event);
}

void Tile::keyPressEvent(QKeyEvent *event)
{
    if (!m_link.isEmpty()
        && (event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter
            || event->key() == Qt::Key_Space)) {
        emit clicked(m_link);
        return;
    }
    QFrame::keyPressEvent(event);
}

} // namespace cc::ui
