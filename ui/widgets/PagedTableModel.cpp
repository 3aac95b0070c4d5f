#include "widgets/PagedTableModel.h"

#include "ApiClient.h"

#include <QLoggingCategory>

Q_LOGGING_CATEGORY(lcModel, "compliance.ui.model", QtInfoMsg)

namespace cc::ui {

PagedTableModel::PagedTableModel(client::ApiClient *client, QObject *parent)
    : QAbstractTableModel(parent)
    , m_client(client)
{ }

PagedTableModel::~PagedTableModel()
{
    if (m_job)
        m_job->disconnect(this);
}

int PagedTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : itemCount();
}

int PagedTableModel::rowOf(qint64 id) const
{
    for (int row = 0; row < itemCount(); ++row) {
        if (index(row, 0).data(IdRole).toLongLong() == id)
            return row;
    }
    return -1;
}

bool PagedTableModel::canFetchMore(const QModelIndex &parent) const
{
    // Not while a page's rows are being inserted: whoever listens to rowsInserted (a model
    // tester, a proxy) would otherwise pull the next page from inside it, and the next, until
    // the whole list is read.
    return !parent.isValid() && m_loaded && !m_job && !m_appending && !m_nextAfter.isEmpty();
}

void PagedTableModel::fetchMore(const QModelIndex &parent)
{
    if (canFetchMore(parent))
        fetchPage(m_nextAfter);
}

void PagedTableModel::reload()
{
    if (m_job) {
        m_job->disconnect(this);
        m_job->abort();
        m_job = nullptr;
    }
    beginResetModel();
    clearItems();
    m_loaded = false;
    m_nextAfter.clear();
    m_errorString.clear();
    endResetModel();
    fetchPage({});
}

void PagedTableModel::fetchPage(const QString &after)
{
    if (!m_client)
        return;
    m_job = requestPage({after, m_pageSize});
    emit loadingChanged(true);
}

void PagedTableModel::pageArrived(const client::ApiJob *job, const QString &nextAfter,
                                  const std::function<void()> &insertRows)
{
    if (job != m_job)
        return; // a page of a list since reloaded
    m_job = nullptr;
    m_errorString.clear();
    m_nextAfter = nextAfter;
    m_appending = true;
    insertRows();
    m_appending = false;
    if (m_readWhole && !m_nextAfter.isEmpty()) {
        fetchPage(m_nextAfter);
        return;
    }
    m_loaded = true;
    emit loadingChanged(false);
    emit loaded();
}

void PagedTableModel::pageFailed(const client::ApiJob *job, const QString &message)
{
    if (job != m_job)
        return;
    m_job = nullptr;
    m_errorString = message;
    qCWarning(lcModel) << metaObject()->className() << "failed:" << message;
    emit loadingChanged(false);
    emit errorOccurred(message);
}

} // namespace cc::ui
