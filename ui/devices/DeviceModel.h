#pragma once

// The device register (GET /devices) as a table: label, kind, serial, holder, whether it is
// encrypted, what it may carry, and whether it is still in use. Read whole, so the free-text
// filter sees every device; the status, use and encryption filters are the server's.

#include "DevicesApi.h"
#include "widgets/PagedTableModel.h"

namespace cc::ui {

class DeviceModel : public RecordTableModel<client::Device>
{
    Q_OBJECT

public:
    enum Column { Label, Kind, Serial, Holder, Encrypted, ApprovedUse, Status, ColumnCount };
    Q_ENUM(Column)

    explicit DeviceModel(client::ApiClient *client, QObject *parent = nullptr);

    // Applies on reload().
    void setFilter(const client::DeviceFilter &filter) { m_filter = filter; }
    const client::DeviceFilter &filter() const { return m_filter; }

    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

protected:
    client::Call<client::Page<client::Device>> fetch(const client::PageRequest &page) override;

private:
    client::DeviceFilter m_filter;
};

} // namespace cc::ui
