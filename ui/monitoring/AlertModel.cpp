#include "monitoring/AlertModel.h"

#include "AlertsApi.h"
#include "widgets/Format.h"
#include "widgets/Theme.h"

#include <QFont>

namespace cc::ui {

AlertModel::AlertModel(client::ApiClient *client, QObject *parent)
    : RecordTableModel<client::Alert>(client, parent)
{ }

client::Call<client::Page<client::Alert>> AlertModel::fetch(const client::PageRequest &page)
{
    return client::AlertsApi(apiClient()).list(m_status, page, m_rule);
}

void AlertModel::updateAlert(const client::Alert &alert)
{
    const int row = rowOf(alert.id);
    if (row < 0)
        return;
    m_items[row] = alert;
    emit dataChanged(index(row, 0), index(row, ColumnCount - 1));
}

int AlertModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString AlertModel::severityLabel(const QString &severity)
{
    if (severity == QLatin1String("critical"))
        return tr("Critical");
    if (severity == QLatin1String("high"))
        return tr("High");
    if (severity == QLatin1String("medium"))
        return tr("Medium");
    if (severity == QLatin1String("low"))
        return tr("Low");
    return severity;
}

QString AlertModel::statusLabel(const client::Alert &alert)
{
    return alert.isOpen() ? tr("Open") : tr("Acknowledged");
}

QVariant AlertModel::data(const QModelIndex &index, int role) const
{
    const client::Alert *alert = itemAt(index.row());
    if (!alert || index.column() >= ColumnCount)
        return {};
    const client::Alert &a = *alert;
    const int column = index.column();
    switch (role) {
    case Qt::DisplayRole:
        switch (column) {
        case Rule:
            return client::Alert::ruleLabel(a.rule);
        case Severity:
            return severityLabel(a.severity);
        case Subject:
            return a.subject;
        case Count:
            return a.eventCount;
        case Raised:
            return format::dateTime(a.raisedAt);
        case Status:
            return statusLabel(a);
        }
        break;
    case Qt::ToolTipRole:
        if (column == Rule || column == Subject)
            return a.title;
        if (column == Status && !a.isOpen())
            return tr("Acknowledged by %1 on %2: %3")
                .arg(a.acknowledgedBy, format::dateTime(a.acknowledgedAt), a.acknowledgeNote);
        break;
    case Qt::ForegroundRole:
        if (column == Severity)
            return theme::alertBadge(a.severity).text;
        if (column == Status)
            return theme::color(a.isOpen() ? theme::Tone::Warn : theme::Tone::Good);
        break;
    case Qt::BackgroundRole:
        if (column == Severity)
            return theme::alertBadge(a.severity).background;
        break;
    case Qt::FontRole:
        if (column == Severity || (column == Status && a.isOpen())) {
            QFont bold;
            bold.setBold(true);
            return bold;
        }
        break;
    case Qt::TextAlignmentRole:
        if (column == Severity)
            return int(Qt::AlignCenter);
        if (column == Count)
            return int(Qt::AlignRight | Qt::AlignVCenter);
        break;
    case SortRole:
        switch (column) {
        case Severity:
            return a.severity == QLatin1String("critical") ? 4
                : a.severity == QLatin1String("high")      ? 3
                : a.severity == QLatin1String("medium")    ? 2
                                                           : 1;
        case Count:
            return a.eventCount;
        case Raised:
            return a.raisedAt;
        }
        return data(index, Qt::DisplayRole);
    case IdRole:
        return a.id;
    case FilterRole:
        return a.status;
    }
    return {};
}

QVariant AlertModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Rule:
        return tr("Rule");
    case Severity:
        return tr("Severity");
    case Subject:
        return tr("Subject");
    case Count:
        return tr("Events");
    case Raised:
        return tr("Raised");
    case Status:
        return tr("Status");
    }
    return {};
}

} // namespace cc::ui
