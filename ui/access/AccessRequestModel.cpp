#include "access/AccessRequestModel.h"

#include "AccessApi.h"
#include "widgets/Format.h"
#include "widgets/Theme.h"

namespace cc::ui {

namespace {

// "1 of 2 (carol)": how many officers approved so far, of how many the request needs.
QString approvalsText(const client::AccessRequest &r)
{
    QStringList who;
    for (const client::RequestApproval &a : r.approvals)
        who << a.username;
    const QString count = AccessRequestModel::tr("%1 of %2")
                              .arg(r.approvals.size())
                              .arg(qMax(1, r.approvalsRequired));
    return who.isEmpty() ? count
                         : QStringLiteral("%1 (%2)").arg(count, who.join(QStringLiteral(", ")));
}

QString approvalsTip(const client::AccessRequest &r)
{
    if (r.approvals.isEmpty())
        return AccessRequestModel::tr("No approval yet; approvals needed from distinct "
                                      "compliance officers: %1.")
            .arg(qMax(1, r.approvalsRequired));
    QStringList lines;
    for (const client::RequestApproval &a : r.approvals)
        lines << AccessRequestModel::tr("Approved by %1 (%2) at %3%4")
                     .arg(a.displayName, a.username, format::dateTime(a.at),
                          a.comment.isEmpty() ? QString() : QStringLiteral(": ") + a.comment);
    return lines.join(QLatin1Char('\n'));
}

} // namespace

AccessRequestModel::AccessRequestModel(client::ApiClient *client, QObject *parent)
    : RecordTableModel(client, parent)
{ }

client::Call<client::Page<client::AccessRequest>>
AccessRequestModel::fetch(const client::PageRequest &page)
{
    return client::AccessApi(apiClient()).requests(QStringLiteral("pending"), page);
}

void AccessRequestModel::setPolicy(const client::Policy &policy)
{
    m_policy = policy;
    if (rowCount() > 0)
        emit dataChanged(index(0, Category), index(rowCount() - 1, Category));
}

int AccessRequestModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant AccessRequestModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const client::AccessRequest &r = m_items.at(index.row());
    const auto column = Column(index.column());

    if (role == IdRole)
        return r.id;
    if (role == FilterRole)
        return r.status;

    switch (role) {
    case Qt::DisplayRole:
        switch (column) {
        case Requester:
            return r.requesterName.isEmpty() ? r.requesterUsername : r.requesterName;
        case Category:
            return r.category;
        case Client:
            return r.client;
        case Orders:
            return format::orderScope(r.orderIds);
        case Reason:
            return r.reason.simplified();
        case TwoFactor:
            return r.requesterTotpEnrolled ? tr("Enrolled") : tr("Not enrolled");
        case Duration:
            return format::hours(r.durationHours);
        case Approvals:
            return approvalsText(r);
        case Created:
            return format::dateTime(r.createdAt);
        case Status:
            return theme::statusLabel(r.status);
        case ColumnCount:
            break;
        }
        break;
    case SortRole:
        switch (column) {
        case Duration:
            return r.durationHours;
        case Approvals:
            return r.approvals.size();
        case Created:
            return r.createdAt;
        case TwoFactor:
            return r.requesterTotpEnrolled;
        default:
            return data(index, Qt::DisplayRole);
        }
    case Qt::ToolTipRole:
        switch (column) {
        case Orders:
            return r.orderIds.isEmpty() ? tr("Every order of client %1").arg(r.client)
                                        : tr("Only these orders of client %1: %2")
                                              .arg(r.client, r.orderIds.join(QStringLiteral(", ")));
        case Requester:
            return tr("%1 (%2)").arg(r.requesterName, r.requesterUsername);
        case Category:
            return m_policy.categoryLabel(r.category);
        case Reason:
            return r.reason;
        case TwoFactor:
            return r.requesterTotpEnrolled
                ? tr("The requester signs in with a one-time code.")
                : tr("The requester has not enrolled two-factor authentication: access cannot "
                     "be granted.");
        case Approvals:
            return approvalsTip(r);
        case Created:
            return r.createdAt.toString(Qt::ISODate);
        case Status:
            if (!r.decidedByUsername.isEmpty())
                return tr("Decided by %1: %2").arg(r.decidedByUsername, r.decisionComment);
            break;
        default:
            break;
        }
        break;
    case Qt::DecorationRole:
        if (column == TwoFactor)
            return theme::icon(r.requesterTotpEnrolled ? theme::Icon::Ok : theme::Icon::Warning);
        if (column == Category)
            return theme::categoryIcon(m_policy, r.category);
        break;
    case Qt::ForegroundRole:
        if (column == TwoFactor && !r.requesterTotpEnrolled)
            return theme::color(theme::Tone::Bad);
        if (column == Status)
            return theme::statusColor(r.status);
        break;
    default:
        break;
    }
    return {};
}

QVariant AccessRequestModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (Column(section)) {
    case Requester:
        return tr("Requester");
    case Category:
        return tr("Category");
    case Client:
        return tr("Client");
    case Orders:
        return tr("Orders");
    case Reason:
        return tr("Reason");
    case TwoFactor:
        return tr("2FA");
    case Duration:
        return tr("Duration");
    case Approvals:
        return tr("Approvals");
    case Created:
        return tr("Requested");
    case Status:
        return tr("Status");
    case ColumnCount:
        break;
    }
    return {};
}

} // namespace cc::ui
