#pragma once

// User accounts (GET /users) for admins and compliance officers.

#include "ApiTypes.h"
#include "widgets/PagedTableModel.h"

namespace cc::ui {

class UserModel : public RecordTableModel<client::User>
{
    Q_OBJECT

public:
    enum Column {
        Username,
        Name,
        Email,
        Title,
        Roles, // and, in brackets, the designations (CTO, CEO, incident contact and deputy)
        Manager,
        TwoFactor,
        Status,
        Created,
        Departure, // when access ends or ended, and how long the revocation took
        ColumnCount
    };
    Q_ENUM(Column)

    explicit UserModel(client::ApiClient *client, QObject *parent = nullptr);

    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

protected:
    client::Call<client::Page<client::User>> fetch(const client::PageRequest &page) override;
};

} // namespace cc::ui
