#include "audit/AuditEventModel.h"

#include "Words.h"
#include "widgets/Format.h"
#include "widgets/Theme.h"

#include <QFont>

namespace cc::ui {

AuditEventModel::AuditEventModel(client::ApiClient *client, QObject *parent)
    : RecordTableModel<client::AuditRecord>(client, parent)
{
    setPageSize(kPageSize);
}

client::Call<client::Page<client::AuditRecord>>
AuditEventModel::fetch(const client::PageRequest &page)
{
    return client::AuditApi(apiClient()).events(m_filter, page);
}

int AuditEventModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString AuditEventModel::outcomeLabel(const QString &outcome)
{
    if (outcome == QLatin1String("success"))
        return tr("Success");
    if (outcome == QLatin1String("denied"))
        return tr("Denied");
    if (outcome == QLatin1String("failure"))
        return tr("Failure");
    return outcome;
}

QVariant AuditEventModel::data(const QModelIndex &index, int role) const
{
    const client::AuditRecord *record = itemAt(index.row());
    if (!record || index.column() >= ColumnCount)
        return {};
    const AuditEvent &e = record->event;
    const int column = index.column();
    switch (role) {
    case Qt::DisplayRole:
        switch (column) {
        case Seq:
            return e.seq;
        case Time:
            // Seconds matter in an audit trail; the minute format of other pages hides them.
            return format::dateTimeWithSeconds(record->at);
        case Actor:
            return e.actor;
        case Action:
            return client::auditActionLabel(e.action);
        case Object:
            if (e.objectType.isEmpty())
                return QString();
            return e.objectId.isEmpty() ? e.objectType
                                        : QStringLiteral("%1 %2").arg(e.objectType, e.objectId);
        case Outcome:
            return outcomeLabel(e.outcome);
        case Reason:
            return e.reason;
        case Detail:
            return client::auditDetailText(e.detail);
        }
        break;
    case Qt::ToolTipRole:
        if (column == Time)
            return tr("%1 in UTC")
                .arg(QDateTime::fromMSecsSinceEpoch(e.atMs, Qt::UTC).toString(Qt::ISODateWithMs));
        if (column == Action)
            return e.action;
        if (column == Reason && !e.reason.isEmpty())
            return e.reason;
        if (column == Detail && !e.detail.isEmpty())
            return client::auditDetailText(e.detail);
        break;
    case Qt::ForegroundRole:
        if (column == Outcome && e.outcome == QLatin1String("denied"))
            return theme::color(theme::Tone::Warn);
        if (column == Outcome && e.outcome == QLatin1String("failure"))
            return theme::color(theme::Tone::Bad);
        if (column == Seq || column == Time)
            return theme::color(theme::Tone::Muted);
        break;
    case Qt::FontRole:
        if (column == Outcome && e.outcome != QLatin1String("success")) {
            QFont bold;
            bold.setBold(true);
            return bold;
        }
        break;
    case Qt::TextAlignmentRole:
        if (column == Seq)
            return int(Qt::AlignRight | Qt::AlignVCenter);
        break;
    case SortRole:
        return column == Time ? QVariant(e.atMs) : data(index, Qt::DisplayRole);
    case IdRole:
        return e.seq;
    case FilterRole:
        return e.outcome;
    }
    return {};
}

QVariant AuditEventModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Seq:
        return tr("No.");
    case Time:
        return tr("Time");
    case Actor:
        return tr("Actor");
    case Action:
        return tr("Action");
    case Object:
        return tr("Object");
    case Outcome:
        return tr("Outcome");
    case Reason:
        return tr("Reason");
    case Detail:
        return tr("Detail");
    }
    return {};
}

} // namespace cc::ui
