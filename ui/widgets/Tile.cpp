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
    setAccessibleDescription(m_link.isEmpty() ? value
                                              : tr("%1; Enter opens where the work is").arg(value));
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
