#include "access/GrantModel.h"

#include "AccessApi.h"
#include "widgets/Format.h"
#include "widgets/Theme.h"

namespace cc::ui {

namespace {

// Only an active grant can be suspended; an expired or revoked one stays what it is.
bool isSuspended(const client::Grant &g)
{
    return g.suspended && g.status == QLatin1StringView("active");
}

} // namespace

GrantModel::GrantModel(client::ApiClient *client, QObject *parent)
    : RecordTableModel(client, parent)
{ }

client::Call<client::Page<client::Grant>> GrantModel::fetch(const client::PageRequest &page)
{
    return client::AccessApi(apiClient()).grants({}, page);
}

void GrantModel::setPolicy(const client::Policy &policy)
{
    m_policy = policy;
    if (rowCount() > 0)
        emit dataChanged(index(0, Category), index(rowCount() - 1, Category));
}

QDateTime GrantModel::now() const
{
    return m_now.isValid() ? m_now : QDateTime::currentDateTimeUtc();
}

int GrantModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant GrantModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const client::Grant &g = m_items.at(index.row());
    const auto column = Column(index.column());

    if (role == IdRole)
        return g.id;
    if (role == FilterRole)
        return g.status;

    switch (role) {
    case Qt::DisplayRole:
        switch (column) {
        case User:
            return g.displayName.isEmpty() ? g.username : g.displayName;
        case Category:
            return g.category;
        case Client:
            return g.client;
        case Orders:
            return format::orderScope(g.orderIds);
        case Reason:
            return g.reason.simplified();
        case GrantedBy:
            return g.grantedByUsername;
        case Expires:
            if (g.status == QLatin1StringView("active"))
                return tr("%1 (%2)").arg(format::dateTime(g.expiresAt),
                                         format::relative(g.expiresAt, now()));
            return format::dateTime(g.expiresAt);
        case Status:
            return isSuspended(g) ? tr("Suspended") : theme::statusLabel(g.status);
        case ColumnCount:
            break;
        }
        break;
    case SortRole:
        switch (column) {
        case Expires:
            return g.expiresAt;
        default:
            return data(index, Qt::DisplayRole);
        }
    case Qt::ToolTipRole:
        switch (column) {
        case Orders:
            return g.orderIds.isEmpty() ? tr("Every order of client %1").arg(g.client)
                                        : tr("Only these orders of client %1: %2")
                                              .arg(g.client, g.orderIds.join(QStringLiteral(", ")));
        case User:
            return tr("%1 (%2)").arg(g.displayName, g.username);
        case Category:
            return m_policy.categoryLabel(g.category);
        case Reason:
            return g.reason;
        case GrantedBy:
            return g.approvedByUsernames.size() > 1
                ? tr("Granted at %1, approved by %2")
                      .arg(format::dateTime(g.grantedAt),
                           g.approvedByUsernames.join(QStringLiteral(", ")))
                : tr("Granted by %1 at %2").arg(g.grantedByUsername, format::dateTime(g.grantedAt));
        case Expires:
            return g.expiresAt.toString(Qt::ISODate);
        case Status:
            if (isSuspended(g))
                return tr("%1's password or second factor was reset: the grant gives no access "
                          "until they enrol again.")
                    .arg(g.displayName);
            if (g.status == QLatin1StringView("revoked"))
                return tr("Revoked by %1 at %2: %3")
                    .arg(g.revokedByUsername, format::dateTime(g.revokedAt), g.revokeReason);
            break;
        default:
            break;
        }
        break;
    case Qt::DecorationRole:
        if (column == Category)
            return theme::categoryIcon(m_policy, g.category);
        break;
    case Qt::ForegroundRole:
        if (column == Status)
            return isSuspended(g) ? theme::color(theme::Tone::Warn) : theme::statusColor(g.status);
        if (g.status != QLatin1StringView("active"))
            return theme::color(theme::Tone::Muted);
        break;
    default:
        break;
    }
    return {};
}

QVariant GrantModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (Column(section)) {
    case User:
        return tr("User");
    case Category:
        return tr("Category");
    case Client:
        return tr("Client");
    case Orders:
        return tr("Orders");
    case Reason:
        return tr("Reason");
    case GrantedBy:
        return tr("Granted by");
    case Expires:
        return tr("Expires");
    case Status:
        return tr("Status");
    case ColumnCount:
        break;
    }
    return {};
}

} // namespace cc::ui
