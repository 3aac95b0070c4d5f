#pragma once

// Base of the console's table models: a list read page by page from the server (keyset
// paging) as the view asks for more rows through canFetchMore()/fetchMore(). Subclasses
// (RecordTableModel<T>) hold typed rows and a column enum, and say which typed call reads a
// page; this class keeps the one page in flight, the cursor and the loading state.

#include "ApiCall.h"
#include "ApiClient.h"

#include <QAbstractTableModel>
#include <QPointer>

namespace cc::client {
class ApiClient;
}

namespace cc::ui {

class PagedTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Role {
        SortRole = Qt::UserRole + 1, // raw value for sorting (dates, numbers)
        IdRole, // the object's id
        FilterRole, // a value to filter on exactly, e.g. a status
    };

    explicit PagedTableModel(client::ApiClient *client, QObject *parent = nullptr);
    ~PagedTableModel() override;

    void setPageSize(int size) { m_pageSize = size; }
    int pageSize() const { return m_pageSize; }
    // Reads page after page until the list is whole (for lists that filters and calendars
    // must see entirely); loaded() then comes once, with every row.
    void setReadWhole(bool whole) { m_readWhole = whole; }

    int rowCount(const QModelIndex &parent = {}) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;

    int rowOf(qint64 id) const; // by IdRole; -1 when not loaded
    bool isLoading() const { return m_job != nullptr; }
    bool hasLoaded() const { return m_loaded; } // the first page (or the whole list) is in
    bool hasMore() const { return !m_nextAfter.isEmpty(); }
    QString errorString() const { return m_errorString; }

public slots:
    // Drops the rows and reads the first page again.
    void reload();

signals:
    void loadingChanged(bool loading);
    void loaded(); // a page arrived
    void errorOccurred(const QString &message);

protected:
    client::ApiClient *apiClient() const { return m_client; }
    virtual int itemCount() const = 0;
    virtual void clearItems() = 0;
    // Sends the call for one page and returns its job; the answer comes back through
    // pageArrived() or pageFailed().
    virtual client::ApiJob *requestPage(const client::PageRequest &page) = 0;
    // insertRows inserts the page's rows (beginInsertRows/endInsertRows).
    void pageArrived(const client::ApiJob *job, const QString &nextAfter,
                     const std::function<void()> &insertRows);
    void pageFailed(const client::ApiJob *job, const QString &message);

private:
    void fetchPage(const QString &after);

    QPointer<client::ApiClient> m_client;
    int m_pageSize = 100;
    bool m_readWhole = false;
    QPointer<client::ApiJob> m_job;
    QString m_nextAfter;
    bool m_loaded = false;
    bool m_appending = false; // while a page's rows are inserted
    QString m_errorString;
};

// Rows of one API object type T shown in a table. A subclass says how a page is read.
template<typename T> class RecordTableModel : public PagedTableModel
{
public:
    using PagedTableModel::PagedTableModel;

    const T *itemAt(int row) const
    {
        return row >= 0 && row < m_items.size() ? &m_items.at(row) : nullptr;
    }
    const QList<T> &items() const { return m_items; }

protected:
    // The typed call that reads one page of this list, with the model's current filters.
    virtual client::Call<client::Page<T>> fetch(const client::PageRequest &page) = 0;

    int itemCount() const override { return int(m_items.size()); }
    void clearItems() override { m_items.clear(); }
    client::ApiJob *requestPage(const client::PageRequest &page) override
    {
        const client::Call<client::Page<T>> call = fetch(page);
        call.then(this, [this, job = call.job()](const client::Reply<client::Page<T>> &reply) {
            if (!reply.ok()) {
                pageFailed(job, reply.error.message);
                return;
            }
            pageArrived(job, reply.value.nextAfter, [this, &reply] { append(reply.value.items); });
        });
        return call.job();
    }

    QList<T> m_items;

private:
    void append(const QList<T> &items)
    {
        if (items.isEmpty())
            return;
        const int first = int(m_items.size());
        beginInsertRows({}, first, first + int(items.size()) - 1);
        m_items.append(items);
        endInsertRows();
    }
};

} // namespace cc::ui
