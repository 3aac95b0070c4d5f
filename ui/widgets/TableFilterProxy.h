#pragma once

// Sorting and filtering for the console's tables: free text over every column, plus an
// optional exact match on the model's FilterRole (e.g. only "active" grants).

#include <QSortFilterProxyModel>

namespace cc::ui {

class TableFilterProxy : public QSortFilterProxyModel
{
    Q_OBJECT

public:
    explicit TableFilterProxy(QObject *parent = nullptr);

    void setText(const QString &text);
    void setStatus(const QString &status); // empty: any

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    QString m_status;
};

} // namespace cc::ui
