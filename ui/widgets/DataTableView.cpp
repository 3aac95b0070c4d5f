#include "widgets/DataTableView.h"

#include <algorithm>
#include <limits>

#include <QHeaderView>
#include <QHelpEvent>
#include <QPainter>
#include <QToolTip>

namespace cc::ui {

DataTableView::DataTableView(QWidget *parent)
    : QTableView(parent)
{
    setAlternatingRowColors(true);
    setSelectionBehavior(QAbstractItemView::SelectRows);
    setSelectionMode(QAbstractItemView::SingleSelection);
    setEditTriggers(QAbstractItemView::NoEditTriggers);
    setSortingEnabled(true);
    setWordWrap(false);
    setTextElideMode(Qt::ElideRight);
    setShowGrid(false);
    setCornerButtonEnabled(false);
    verticalHeader()->hide();
    verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 12);
    horizontalHeader()->setHighlightSections(false);
    horizontalHeader()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    horizontalHeader()->setStretchLastSection(false);
    horizontalHeader()->setSectionsMovable(true);
    setHorizontalScrollMode(QAbstractItemView::ScrollPerPixel);
    setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);
    horizontalHeader()->viewport()->installEventFilter(this);
    connect(horizontalHeader(), &QHeaderView::sectionResized, this, [this](int section) {
        if (!m_fitting && section != m_stretchColumn && m_stretchColumn >= 0)
            m_resizedByHand = true;
    });
}

bool DataTableView::viewportEvent(QEvent *event)
{
    if (event->type() == QEvent::ToolTip && model()) {
        const auto *help = static_cast<QHelpEvent *>(event);
        const QModelIndex index = indexAt(help->pos());
        // The model's own tooltip says more than the cell; only a bare cell needs this one.
        if (index.isValid() && index.data(Qt::ToolTipRole).toString().isEmpty()) {
            const QString text = index.data(Qt::DisplayRole).toString();
            const QRect cell = visualRect(index);
            const int decoration = index.data(Qt::DecorationRole).isNull() ? 0
                : iconSize().width() > 0                                   ? iconSize().width() + 4
                                                                           : 20;
            const int room = cell.width() - decoration
                - 2 * (style()->pixelMetric(QStyle::PM_FocusFrameHMargin, nullptr, this) + 1);
            QFont font = this->font();
            if (const QVariant f = index.data(Qt::FontRole); f.canConvert<QFont>())
                font = f.value<QFont>();
            if (!text.isEmpty() && QFontMetrics(font).horizontalAdvance(text) > room) {
                QToolTip::showText(help->globalPos(), text, viewport(), cell);
                return true;
            }
            QToolTip::hideText();
            event->ignore();
            return true;
        }
    }
    return QTableView::viewportEvent(event);
}

bool DataTableView::eventFilter(QObject *watched, QEvent *event)
{
    QHeaderView *header = horizontalHeader();
    if (watched == header->viewport() && event->type() == QEvent::ToolTip && model()) {
        const auto *help = static_cast<QHelpEvent *>(event);
        const int section = header->logicalIndexAt(help->pos());
        const QString title = model()->headerData(section, Qt::Horizontal).toString();
        // The sort arrow and padding take about two characters' width.
        const int room
            = header->sectionSize(section) - 2 * header->fontMetrics().averageCharWidth() - 8;
        if (section >= 0 && header->fontMetrics().horizontalAdvance(title) > room) {
            QToolTip::showText(help->globalPos(), title, header->viewport());
            return true;
        }
    }
    return QTableView::eventFilter(watched, event);
}

void DataTableView::setEmptyText(const QString &text)
{
    if (m_emptyText == text)
        return;
    m_emptyText = text;
    viewport()->update();
}

void DataTableView::fitColumns(int stretchColumn, int maxWidth, const QList<int> &keepWhole)
{
    if (!model())
        return;
    m_fitting = true;
    m_stretchColumn = stretchColumn;
    m_keepWhole = keepWhole;
    m_resizedByHand = false;
    m_columns.clear();
    m_wanted.clear();
    QHeaderView *header = horizontalHeader();
    for (int column = 0; column < model()->columnCount(); ++column) {
        if (isColumnHidden(column))
            continue;
        header->setSectionResizeMode(column, QHeaderView::Interactive);
        resizeColumnToContents(column);
        const int width = qMax(header->sectionSizeHint(column), columnWidth(column)) + 12;
        m_columns << column;
        m_wanted << (column == stretchColumn ? qMax(width, 160) : qMin(width, maxWidth));
    }
    m_fitting = false;
    applyFit();
}

void DataTableView::applyFit()
{
    if (m_columns.isEmpty())
        return;
    m_fitting = true;
    QHeaderView *header = horizontalHeader();
    const QList<int> &columns = m_columns;
    const QList<int> &wanted = m_wanted;
    // The common width the widest columns shrink to so that all fit ("water-filling").
    const int available = viewport()->width();
    int cap = std::numeric_limits<int>::max();
    QList<int> sorted;
    int whole = 0;
    for (int i = 0; i < columns.size(); ++i) {
        if (m_keepWhole.contains(columns.at(i)))
            whole += wanted.at(i);
        else
            sorted << wanted.at(i);
    }
    std::sort(sorted.begin(), sorted.end());
    int remaining = available - whole;
    for (int i = 0; i < sorted.size(); ++i) {
        const int left = int(sorted.size()) - i;
        if (sorted.at(i) * left > remaining) {
            cap = qMax(remaining / left, 48);
            break;
        }
        remaining -= sorted.at(i);
    }
    for (int i = 0; i < columns.size(); ++i) {
        if (columns.at(i) == m_stretchColumn)
            header->setSectionResizeMode(columns.at(i), QHeaderView::Stretch);
        else
            setColumnWidth(columns.at(i),
                           m_keepWhole.contains(columns.at(i)) ? wanted.at(i)
                                                               : qMin(wanted.at(i), cap));
    }
    m_fittedWidth = available;
    m_fitting = false;
}

void DataTableView::resizeEvent(QResizeEvent *event)
{
    QTableView::resizeEvent(event);
    if (m_stretchColumn >= 0 && !m_resizedByHand && viewport()->width() != m_fittedWidth)
        applyFit();
}

void DataTableView::paintEvent(QPaintEvent *event)
{
    QTableView::paintEvent(event);
    if (!model() || model()->rowCount() > 0 || m_emptyText.isEmpty())
        return;
    QPainter painter(viewport());
    QColor text = palette().color(QPalette::PlaceholderText);
    painter.setPen(text);
    QFont font = painter.font();
    font.setItalic(true);
    painter.setFont(font);
    painter.drawText(viewport()->rect().adjusted(16, 16, -16, -16),
                     Qt::AlignCenter | Qt::TextWordWrap, m_emptyText);
}

} // namespace cc::ui
