#pragma once

// Access grants (GET /grants): time-bound access to one category of Amazon data, with who
// granted it, when it ends and whether it is still active.

#include "ApiTypes.h"
#include "widgets/PagedTableModel.h"

#include <QDateTime>

namespace cc::ui {

class GrantModel : public RecordTableModel<client::Grant>
{
    Q_OBJECT

public:
    enum Column { User, Category, Client, Orders, Reason, GrantedBy, Expires, Status, ColumnCount };
    Q_ENUM(Column)

    explicit GrantModel(client::ApiClient *client, QObject *parent = nullptr);

    void setPolicy(const client::Policy &policy);
    // "Now" for the relative expiry text; tests pin it.
    void setNow(const QDateTime &now) { m_now = now; }

    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

protected:
    client::Call<client::Page<client::Grant>> fetch(const client::PageRequest &page) override;

private:
    QDateTime now() const;

    client::Policy m_policy;
    QDateTime m_now;
};

} // namespace cc::ui
