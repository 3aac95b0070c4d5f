#include "widgets/TableFilterProxy.h"

#include "widgets/PagedTableModel.h"

namespace cc::ui {

TableFilterProxy::TableFilterProxy(QObject *parent)
    : QSortFilterProxyModel(parent)
{
    setSortRole(PagedTableModel::SortRole);
    setFilterKeyColumn(-1);
    setFilterCaseSensitivity(Qt::CaseInsensitive);
    setSortCaseSensitivity(Qt::CaseInsensitive);
}

void TableFilterProxy::setText(const QString &text)
{
    setFilterFixedString(text.trimmed());
}

void TableFilterProxy::setStatus(const QString &status)
{
    if (m_status == status)
        return;
    m_status = status;
    invalidateFilter();
}

bool TableFilterProxy::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    if (!m_status.isEmpty()) {
        const QModelIndex index = sourceModel()->index(sourceRow, 0, sourceParent);
        if (index.data(PagedTableModel::FilterRole).toString() != m_status)
            return false;
    }
    return QSortFilterProxyModel::filterAcceptsRow(sourceRow, sourceParent);
}

} // namespace cc::ui
