#include "access-reviews/AccessReviewModel.h"

#include "AccessReviewsApi.h"
#include "ApiTypes.h"
#include "Words.h"
#include "widgets/Format.h"
#include "widgets/Theme.h"

namespace cc::ui {

AccessReviewModel::AccessReviewModel(client::ApiClient *client, QObject *parent)
    : RecordTableModel(client, parent)
{ }

client::Call<client::Page<client::AccessReview>>
AccessReviewModel::fetch(const client::PageRequest &page)
{
    return client::AccessReviewsApi(apiClient()).list(page);
}

int AccessReviewModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant AccessReviewModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const client::AccessReview &r = m_items.at(index.row());
    const auto column = Column(index.column());
    if (role == IdRole)
        return r.id;
    if (role == FilterRole)
        return r.status;
    switch (role) {
    case Qt::DisplayRole:
        switch (column) {
        case Title:
            return r.title;
        case Status:
            return r.isOpen() ? tr("Open") : tr("Completed");
        case Started:
            return tr("%1 by %2").arg(format::dateTime(r.startedAt), r.startedBy);
        case Due:
            return format::dateTime(r.dueAt);
        case Progress:
            return tr("%1 of %2 decided (%3 kept, %4 revoked)")
                .arg(r.decided)
                .arg(r.total)
                .arg(r.kept)
                .arg(r.revoked);
        case Mine:
            return r.mine == 0 ? QString() : tr("%1 of %2 open").arg(r.mineOpen).arg(r.mine);
        case Unreviewed:
            return r.unreviewedAction == QLatin1String("revoke") ? tr("Revoke at the deadline")
                                                                 : tr("Flag at the deadline");
        case ColumnCount:
            break;
        }
        break;
    case SortRole:
        switch (column) {
        case Started:
            return r.startedAt;
        case Due:
            return r.dueAt;
        case Progress:
            return r.total == 0 ? 0.0 : double(r.decided) / r.total;
        default:
            return data(index, Qt::DisplayRole);
        }
    case Qt::ToolTipRole:
        if (column == Status && !r.isOpen())
            return tr("Completed at %1 by %2; evidence SHA-256 %3")
                .arg(format::dateTime(r.completedAt), r.completedBy, r.reportSha256);
        if (column == Progress && r.unreviewed > 0)
            return tr("%1 not reviewed by the deadline").arg(r.unreviewed);
        break;
    case Qt::ForegroundRole:
        if (column == Status)
            return theme::color(r.isOpen() ? theme::Tone::Warn : theme::Tone::Good);
        break;
    default:
        break;
    }
    return {};
}

QVariant AccessReviewModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (Column(section)) {
    case Title:
        return tr("Campaign");
    case Status:
        return tr("Status");
    case Started:
        return tr("Started");
    case Due:
        return tr("Closes");
    case Progress:
        return tr("Progress");
    case Mine:
        return tr("Mine");
    case Unreviewed:
        return tr("Not reviewed");
    case ColumnCount:
        break;
    }
    return {};
}

AccessReviewItemModel::AccessReviewItemModel(client::ApiClient *client, QObject *parent)
    : RecordTableModel(client, parent)
{ }

void AccessReviewItemModel::setReview(qint64 reviewId, bool mineOnly)
{
    m_reviewId = reviewId;
    m_mineOnly = mineOnly;
}

client::Call<client::Page<client::AccessReviewItem>>
AccessReviewItemModel::fetch(const client::PageRequest &page)
{
    return client::AccessReviewsApi(apiClient()).items(m_reviewId, m_mineOnly, page);
}

QString AccessReviewItemModel::decisionLabel(const QString &decision)
{
    if (decision == QLatin1String("keep"))
        return tr("Keep");
    if (decision == QLatin1String("revoke"))
        return tr("Revoke");
    if (decision == QLatin1String("unreviewed"))
        return tr("Not reviewed");
    return tr("Undecided");
}

int AccessReviewItemModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant AccessReviewItemModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const client::AccessReviewItem &i = m_items.at(index.row());
    const auto column = Column(index.column());
    if (role == IdRole)
        return i.id;
    if (role == FilterRole)
        return i.decision.isEmpty() ? QStringLiteral("undecided") : i.decision;
    switch (role) {
    case Qt::DisplayRole:
        switch (column) {
        case Holder:
            return i.holder;
        case Kind:
            return i.kind == QLatin1String("grant") ? tr("Grant") : tr("Role");
        case Access:
            return i.kind == QLatin1String("grant")
                ? tr("%1 of %2, until %3").arg(i.category, i.client, format::dateTime(i.expiresAt))
                : client::roleLabel(i.role);
        case Reviewer:
            return i.reviewer;
        case Decision:
            return decisionLabel(i.decision);
        case Reason:
            return i.reason.simplified();
        case DecidedBy:
            return i.decidedAt.isValid()
                ? tr("%1, %2").arg(i.decidedBy, format::dateTime(i.decidedAt))
                : QString();
        case Outcome:
            return client::reviewOutcomeLabel(i.outcome);
        case ColumnCount:
            break;
        }
        break;
    case SortRole:
        if (column == DecidedBy)
            return i.decidedAt;
        return data(index, Qt::DisplayRole);
    case Qt::ToolTipRole:
        if (column == Access && i.kind == QLatin1String("grant"))
            return tr("Grant %1, given by %2 at %3")
                .arg(i.grantId)
                .arg(i.grantedBy, format::dateTime(i.grantedAt));
        if (column == Reason)
            return i.reason;
        break;
    case Qt::ForegroundRole:
        if (column == Decision) {
            if (i.decision == QLatin1String("revoke"))
                return theme::color(theme::Tone::Bad);
            if (i.decision == QLatin1String("keep"))
                return theme::color(theme::Tone::Good);
            if (i.decision == QLatin1String("unreviewed"))
                return theme::color(theme::Tone::Warn);
            return theme::color(theme::Tone::Muted);
        }
        break;
    default:
        break;
    }
    return {};
}

QVariant AccessReviewItemModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (Column(section)) {
    case Holder:
        return tr("Holder");
    case Kind:
        return tr("Kind");
    case Access:
        return tr("Grant or role");
    case Reviewer:
        return tr("Reviewer");
    case Decision:
        return tr("Decision");
    case Reason:
        return tr("Reason");
    case DecidedBy:
        return tr("Decided by");
    case Outcome:
        return tr("Effect");
    case ColumnCount:
        break;
    }
    return {};
}

} // namespace cc::ui
