#include "devices/DeviceModel.h"

#include "Words.h"
#include "widgets/Theme.h"

namespace cc::ui {

DeviceModel::DeviceModel(client::ApiClient *client, QObject *parent)
    : RecordTableModel(client, parent)
{
    setPageSize(500);
    setReadWhole(true);
}

client::Call<client::Page<client::Device>> DeviceModel::fetch(const client::PageRequest &page)
{
    return client::DevicesApi(apiClient()).list(m_filter, page);
}

int DeviceModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant DeviceModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const client::Device &d = m_items.at(index.row());
    const auto column = Column(index.column());
    switch (role) {
    case IdRole:
        return d.id;
    case FilterRole:
        return d.status;
    case Qt::DisplayRole:
        switch (column) {
        case Label:
            return d.label;
        case Kind:
            return client::deviceKindLabel(d.kind);
        case Serial:
            return d.serial;
        case Holder:
            return d.holder;
        case Encrypted:
            return d.encrypted ? tr("Encrypted") : tr("Not encrypted");
        case ApprovedUse:
            return client::approvedUseLabel(d.approvedUse);
        case Status:
            return theme::statusLabel(d.status);
        case ColumnCount:
            break;
        }
        return {};
    case Qt::ForegroundRole:
        if (column == Encrypted && !d.encrypted)
            return theme::color(theme::Tone::Warn);
        if (column == Status)
            return theme::statusColor(d.status);
        return {};
    case SortRole:
        return data(index, Qt::DisplayRole);
    }
    return {};
}

QVariant DeviceModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (Column(section)) {
    case Label:
        return tr("Label");
    case Kind:
        return tr("Kind");
    case Serial:
        return tr("Serial");
    case Holder:
        return tr("Holder");
    case Encrypted:
        return tr("Encryption");
    case ApprovedUse:
        return tr("Approved use");
    case Status:
        return tr("Status");
    case ColumnCount:
        break;
    }
    return {};
}

} // namespace cc::ui
