#include "widgets/ListDetailPage.h"

#include "widgets/Accessible.h"
#include "widgets/DataTableView.h"
#include "widgets/FlowLayout.h"
#include "widgets/MessageBar.h"
#include "widgets/PagedTableModel.h"
#include "widgets/TableFilterProxy.h"

#include <utility>

#include <QHBoxLayout>
#include <QItemSelectionModel>
#include <QLineEdit>
#include <QSplitter>
#include <QVBoxLayout>

namespace cc::ui {

ListDetailPage::ListDetailPage(client::ApiClient *client, const QString &title,
                               const QString &subtitle, const QIcon &icon, QWidget *parent)
    : Page(client, title, subtitle, icon, parent)
    , m_toolBar(new FlowLayout)
{
    body()->addLayout(m_toolBar);
    m_outer = new QSplitter(Qt::Vertical, this);
    m_outer->setChildrenCollapsible(false);
    m_split = new QSplitter(Qt::Horizontal, m_outer);
    m_split->setChildrenCollapsible(false);
    m_outer->addWidget(m_split);
    body()->addWidget(m_outer, 1);
}

void ListDetailPage::addBelow(QWidget *widget, int listStretch, int belowStretch)
{
    m_outer->addWidget(widget);
    m_outer->setStretchFactor(0, listStretch);
    m_outer->setStretchFactor(m_outer->count() - 1, belowStretch);
}

void ListDetailPage::setList(PagedTableModel *model, TableFilterProxy *proxy,
                             const QString &viewName, const QString &name,
                             const QString &description)
{
    m_model = model;
    m_proxy = proxy;
    m_proxy->setSourceModel(m_model);
    m_view = new DataTableView(m_split);
    m_view->setObjectName(viewName);
    describe(m_view, name, description);
    m_view->setModel(m_proxy);
    m_view->setEmptyText(tr("Loading…"));
    m_split->insertWidget(0, m_view);
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this, [this] {
        if (const qint64 id = selectedId())
            showObject(id);
        updateActions();
    });
    connect(m_model, &PagedTableModel::loaded, this, &ListDetailPage::listLoaded);
    connect(m_model, &PagedTableModel::errorOccurred, this, [this](const QString &message) {
        messageBar()->showMessage(MessageBar::Kind::Error,
                                  tr("Could not load the list: %1").arg(message));
        m_view->setEmptyText(tr("Could not load this list."));
        if (!hasLoaded())
            setLoaded(); // loaded with an error: the window is not held waiting
    });
    if (QLineEdit *filter = qobject_cast<QLineEdit *>(filterField()))
        connect(filter, &QLineEdit::textChanged, m_proxy, &TableFilterProxy::setText);
}

void ListDetailPage::setDetail(QWidget *detail, int listStretch, int detailStretch)
{
    m_split->addWidget(detail);
    m_split->setStretchFactor(0, listStretch);
    m_split->setStretchFactor(1, detailStretch);
}

qint64 ListDetailPage::selectedId() const
{
    const QModelIndexList rows = m_view->selectionModel()->selectedRows();
    return rows.isEmpty() ? 0 : rows.first().data(PagedTableModel::IdRole).toLongLong();
}

bool ListDetailPage::selectObject(qint64 id)
{
    const int row = m_model->rowOf(id);
    const QModelIndex shown
        = row < 0 ? QModelIndex() : m_proxy->mapFromSource(m_model->index(row, 0));
    if (!shown.isValid()) // not loaded, or hidden by the filter text
        return false;
    m_view->selectRow(shown.row());
    m_view->scrollTo(shown);
    return true;
}

void ListDetailPage::openObject(qint64 id)
{
    if (id <= 0 || selectObject(id))
        return;
    if (!hasLoaded()) {
        m_pendingOpen = id;
        return;
    }
    {
        const QSignalBlocker blocker(m_view->selectionModel());
        m_view->clearSelection();
    }
    showObject(id);
}

bool ListDetailPage::open(const Destination &destination)
{
    if (!destination.filter.isEmpty() && !applyFilter(destination.filter))
        return false;
    if (destination.objectId > 0)
        openObject(destination.objectId);
    return true;
}

bool ListDetailPage::applyFilter(const QString &)
{
    return false;
}

void ListDetailPage::refresh()
{
    setLoading();
    // The reload resets the rows: keep the object on show rather than jump to the first.
    if (shownId() != 0 && m_pendingOpen == 0)
        m_pendingOpen = shownId();
    prepareReload();
    m_model->reload();
}

void ListDetailPage::listLoaded()
{
    listUpdated();
    m_view->setEmptyText(emptyText());
    if (!m_columnsFitted && m_model->rowCount() > 0) {
        fitColumns();
        m_columnsFitted = true;
    }
    const qint64 pending = std::exchange(m_pendingOpen, 0);
    if (pending != 0 && !selectObject(pending)) {
        // Not in this list (a filter hides it): the detail pane shows it all the same.
        showObject(pending);
    } else if (pending == 0 && selectedId() == 0 && m_proxy->rowCount() > 0) {
        m_view->selectRow(0);
    }
    setLoaded();
    updateActions(); // after setLoaded(): some actions need the whole list (an export)
}

} // namespace cc::ui
