#pragma once

// Base of the console's table models: a list endpoint read page by page (keyset paging with
// `after` / `next_after`) as the view asks for more rows through canFetchMore()/fetchMore().
// Subclasses (RecordTableModel<T>) hold typed rows and a column enum.

#include "ApiJob.h"

#include <QAbstractTableModel>
#include <QJsonArray>
#include <QJsonValue>
#include <QPointer>
#include <QUrlQuery>

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

    PagedTableModel(client::ApiClient *client, QString path, QObject *parent = nullptr);
    ~PagedTableModel() override;

    void setQuery(const QUrlQuery &query) { m_query = query; }
    // For lists under a parent object (e.g. one campaign's items); takes effect on reload().
    void setPath(const QString &path) { m_path = path; }
    void setPageSize(int size) { m_pageSize = size; }
    int pageSize() const { return m_pageSize; }

    int rowCount(const QModelIndex &parent = {}) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;

    bool isLoading() const { return m_job != nullptr; }
    bool hasLoaded() const { return m_loaded; } // the first page has arrived
    bool hasMore() const { return !m_nextAfter.isNull(); }
    QString errorString() const { return m_errorString; }

public slots:
    // Drops the rows and reads the first page again.
    void reload();

signals:
    void loadingChanged(bool loading);
    void loaded(); // a page arrived
    void errorOccurred(const QString &message);

protected:
    virtual int itemCount() const = 0;
    virtual void clearItems() = 0;
    // Parses the page and inserts its rows (beginInsertRows/endInsertRows).
    virtual void appendItems(const QJsonArray &items) = 0;

private:
    void fetchPage(const QJsonValue &after);

    QPointer<client::ApiClient> m_client;
    QString m_path;
    QUrlQuery m_query;
    int m_pageSize = 100;
    QPointer<client::ApiJob> m_job;
    QJsonValue m_nextAfter = QJsonValue::Null;
    bool m_loaded = false;
    bool m_appending = false; // while a page's rows are inserted
    QString m_errorString;
};

// Rows of one API object type T (with T::fromJson) shown in a table.
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
    int itemCount() const override { return int(m_items.size()); }
    void clearItems() override { m_items.clear(); }
    void appendItems(const QJsonArray &items) override
    {
        if (items.isEmpty())
            return;
        const int first = int(m_items.size());
        beginInsertRows({}, first, first + int(items.size()) - 1);
        for (const QJsonValue &item : items)
            m_items.append(T::fromJson(item.toObject()));
        endInsertRows();
    }

    QList<T> m_items;
};

} // namespace cc::ui
