#include "widgets/FlowLayout.h"

#include <QSpacerItem>
#include <QWidget>

namespace cc::ui {

FlowLayout::FlowLayout(QWidget *parent, int spacing)
    : QLayout(parent)
{
    setSpacing(spacing);
    setContentsMargins(0, 0, 0, 0);
}

FlowLayout::~FlowLayout()
{
    while (QLayoutItem *item = takeAt(0))
        delete item;
}

void FlowLayout::addStretch()
{
    m_stretchAt = int(m_items.size());
}

void FlowLayout::addSpacing(int width)
{
    addItem(new QSpacerItem(width, 0, QSizePolicy::Fixed, QSizePolicy::Minimum));
}

void FlowLayout::addItem(QLayoutItem *item)
{
    m_items.append(item);
}

int FlowLayout::count() const
{
    return int(m_items.size());
}

QLayoutItem *FlowLayout::itemAt(int index) const
{
    return m_items.value(index);
}

QLayoutItem *FlowLayout::takeAt(int index)
{
    if (index < 0 || index >= m_items.size())
        return nullptr;
    if (m_stretchAt > index)
        --m_stretchAt;
    return m_items.takeAt(index);
}

Qt::Orientations FlowLayout::expandingDirections() const
{
    return {};
}

bool FlowLayout::hasHeightForWidth() const
{
    return true;
}

int FlowLayout::heightForWidth(int width) const
{
    return arrange(QRect(0, 0, width, 0), false);
}

QSize FlowLayout::minimumSize() const
{
    // As narrow as the widest single item: everything else wraps.
    QSize size;
    for (const QLayoutItem *item : m_items)
        size = size.expandedTo(item->minimumSize());
    const QMargins margins = contentsMargins();
    return size + QSize(margins.left() + margins.right(), margins.top() + margins.bottom());
}

QSize FlowLayout::sizeHint() const
{
    int width = 0;
    int height = 0;
    for (const QLayoutItem *item : m_items) {
        width += item->sizeHint().width() + spacing();
        height = std::max(height, item->sizeHint().height());
    }
    return {width, height};
}

void FlowLayout::setGeometry(const QRect &rect)
{
    QLayout::setGeometry(rect);
    arrange(rect, true);
}

int FlowLayout::arrange(const QRect &rect, bool apply) const
{
    const QRect area = rect.marginsRemoved(contentsMargins());
    struct Line
    {
        QList<QLayoutItem *> items;
        int width = 0;
        int height = 0;
        int stretchAt = -1; // index into items
    };
    QList<Line> lines(1);
    for (int i = 0; i < m_items.size(); ++i) {
        QLayoutItem *item = m_items.at(i);
        if (item->isEmpty())
            continue;
        const QSize hint = item->sizeHint();
        Line *line = &lines.last();
        const int needed = line->items.isEmpty() ? hint.width() : hint.width() + spacing();
        if (!line->items.isEmpty() && line->width + needed > area.width()) {
            lines.append(Line());
            line = &lines.last();
        }
        if (m_stretchAt >= 0 && i >= m_stretchAt && line->stretchAt < 0)
            line->stretchAt = int(line->items.size());
        line->width += line->items.isEmpty() ? hint.width() : hint.width() + spacing();
        line->height = std::max(line->height, hint.height());
        line->items.append(item);
    }
    int y = area.top();
    for (const Line &line : std::as_const(lines)) {
        if (line.items.isEmpty())
            continue;
        int x = area.left();
        for (int i = 0; i < line.items.size(); ++i) {
            if (i == line.stretchAt)
                x += std::max(0, area.width() - line.width); // the stretch takes the free room
            QLayoutItem *item = line.items.at(i);
            const QSize hint = item->sizeHint();
            if (apply)
                item->setGeometry(QRect(QPoint(x, y + (line.height - hint.height()) / 2), hint));
            x += hint.width() + spacing();
        }
        y += line.height + spacing();
    }
    return y - spacing() - area.top() + contentsMargins().top() + contentsMargins().bottom();
}

} // namespace cc::ui
