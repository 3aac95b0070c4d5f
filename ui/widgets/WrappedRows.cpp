#include "widgets/WrappedRows.h"

#include <QHeaderView>
#include <QStyle>
#include <QTreeWidget>

namespace cc::ui {

void keepRowsWrapped(QTreeWidget *tree)
{
    tree->setWordWrap(true);
    tree->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    tree->header()->setStretchLastSection(true);
    QObject::connect(tree->header(), &QHeaderView::sectionResized, tree,
                     [tree] { fitWrappedRows(tree); });
}

void fitWrappedRows(QTreeWidget *tree)
{
    const QFontMetrics metrics(tree->font());
    const int margin = 2 * (tree->style()->pixelMetric(QStyle::PM_FocusFrameHMargin) + 1) + 4;
    const int last = tree->columnCount() - 1;
    for (int row = 0; row < tree->topLevelItemCount(); ++row) {
        QTreeWidgetItem *item = tree->topLevelItem(row);
        int height = metrics.height();
        for (int c = 0; c <= last; ++c) {
            const int width = qMax(20, tree->header()->sectionSize(c) - margin);
            height = qMax(
                height,
                metrics.boundingRect(QRect(0, 0, width, 10'000), Qt::TextWordWrap, item->text(c))
                    .height());
        }
        // A valid size (with a width): a hint without one is ignored.
        item->setSizeHint(last, QSize(tree->header()->sectionSize(last), height + 6));
    }
}

} // namespace cc::ui
