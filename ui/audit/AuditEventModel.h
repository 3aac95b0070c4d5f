#pragma once

// The audit log (GET /audit) as a table, newest first. Pages are read from the server as the
// view scrolls (keyset paging, `order=desc`), so a log of millions of events costs only the
// rows looked at; the filters are the server's query parameters, never applied locally.

#include "AuditApi.h"
#include "widgets/PagedTableModel.h"

namespace cc::ui {

class AuditEventModel : public RecordTableModel<client::AuditRecord>
{
    Q_OBJECT

public:
    enum Column { Seq, Time, Actor, Action, Object, Outcome, Reason, Detail, ColumnCount };
    Q_ENUM(Column)

    static constexpr int kPageSize = 200;

    explicit AuditEventModel(client::ApiClient *client, QObject *parent = nullptr);

    void setFilter(const client::AuditFilter &filter) { m_filter = filter; }
    const client::AuditFilter &filter() const { return m_filter; }

    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    static QString outcomeLabel(const QString &outcome);

protected:
    client::Call<client::Page<client::AuditRecord>> fetch(const client::PageRequest &page) override;

private:
    client::AuditFilter m_filter;
};

} // namespace cc::ui
