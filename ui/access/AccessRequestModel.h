#pragma once

// Pending access requests (GET /access-requests) as a table: who asks for which Amazon data, why,
// for how long, and whether the requester has 2FA — what an approver needs to decide.

#include "ApiTypes.h"
#include "widgets/PagedTableModel.h"

namespace cc::ui {

class AccessRequestModel : public RecordTableModel<client::AccessRequest>
{
    Q_OBJECT

public:
    enum Column {
        Requester,
        Category,
        Client,
        Orders, // scope.order_ids, or all of the client's
        Reason,
        TwoFactor,
        Duration,
        Approvals, // so far, of how many needed
        Created,
        Status,
        ColumnCount
    };
    Q_ENUM(Column)

    explicit AccessRequestModel(client::ApiClient *client, QObject *parent = nullptr);

    void setPolicy(const client::Policy &policy);

    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

protected:
    client::Call<client::Page<client::AccessRequest>>
    fetch(const client::PageRequest &page) override;

private:
    client::Policy m_policy;
};

} // namespace cc::ui
