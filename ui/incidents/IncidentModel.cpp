#include "incidents/IncidentModel.h"

#include "widgets/Format.h"
#include "widgets/Theme.h"

#include <algorithm>

#include <QFont>
#include <QTimer>

namespace cc::ui {

IncidentModel::IncidentModel(client::ApiClient *client, QObject *parent)
    : RecordTableModel<client::Incident>(client, parent)
    , m_tick(new QTimer(this))
{
    m_tick->setInterval(30'000);
    connect(m_tick, &QTimer::timeout, this, [this] {
        if (rowCount() > 0)
            emit dataChanged(index(0, AmazonClock), index(rowCount() - 1, NextClock));
    });
    m_tick->start();
}

client::Call<client::Page<client::Incident>> IncidentModel::fetch(const client::PageRequest &page)
{
    return client::IncidentsApi(apiClient()).list(m_filter, page);
}

int IncidentModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

theme::Tone IncidentModel::severityTone(int severity)
{
    return severity == 1 ? theme::Tone::Bad : severity == 2 ? theme::Tone::Warn : theme::Tone::Info;
}

QString IncidentModel::clockText(const client::IncidentClock &clock, const QDateTime &now)
{
    if (!clock.applies)
        return QString();
    if (clock.doneAt.isValid())
        return tr("done %1").arg(format::relative(clock.doneAt, now));
    const qint64 seconds = qAbs(now.secsTo(clock.dueAt));
    const int minutes = int(std::max(qint64(1), seconds / 60));
    const QString span = seconds < 3600 ? tr("%n minute(s)", nullptr, minutes)
        : seconds < 48 * 3600           ? tr("%n hour(s)", nullptr, int(seconds / 3600))
                                        : format::days(int(seconds / 86400));
    return clock.dueAt < now ? tr("overdue by %1").arg(span) : tr("due in %1").arg(span);
}

QVariant IncidentModel::data(const QModelIndex &index, int role) const
{
    const client::Incident *incident = itemAt(index.row());
    if (!incident || index.column() >= ColumnCount)
        return {};
    const client::Incident &i = *incident;
    const int column = index.column();
    const QDateTime now = QDateTime::currentDateTimeUtc();
    // The nearest unfinished clock of the workflow: triage first, then containment.
    const client::IncidentClock &next
        = !i.triageClock.doneAt.isValid() ? i.triageClock : i.containClock;
    switch (role) {
    case Qt::DisplayRole:
        switch (column) {
        case Id:
            return QStringLiteral("#%1").arg(i.id);
        case Severity:
            return client::Incident::severityLabel(i.severity);
        case Title:
            return i.title;
        case Category:
            return client::Incident::categoryLabel(i.category);
        case Status:
            return client::Incident::statusLabel(i.status);
        case AmazonData:
            return i.involvesAmazonData ? tr("Amazon data") : QString();
        case AmazonClock:
            if (!i.involvesAmazonData)
                return QString();
            if (i.amazonNotifiedAt.isValid())
                return tr("Amazon notified");
            return i.isOpen() ? clockText(i.amazonClock, now) : tr("not notified");
        case NextClock:
            return i.isOpen() ? clockText(next, now) : QString();
        case Assignee:
            return i.assigneeName.isEmpty() ? tr("—") : i.assigneeName;
        case Detected:
            return format::dateTime(i.detectedAt);
        }
        break;
    case Qt::ToolTipRole:
        if (column == AmazonClock && i.involvesAmazonData)
            return tr("Amazon must be notified by %1").arg(format::dateTime(i.amazonClock.dueAt));
        if (column == NextClock && i.isOpen())
            return (next.doneAt.isValid() || &next == &i.containClock)
                ? tr("Containment target: %1").arg(format::dateTime(i.containClock.dueAt))
                : tr("Triage target: %1").arg(format::dateTime(i.triageClock.dueAt));
        if (column == Title)
            return i.description.isEmpty() ? i.title : i.description;
        break;
    case Qt::ForegroundRole:
        if (column == Severity)
            return theme::severityBadge(i.severity).text;
        if (column == AmazonData)
            return theme::color(theme::Tone::Bad);
        if (column == AmazonClock && i.involvesAmazonData && !i.amazonNotifiedAt.isValid()
            && i.isOpen())
            return theme::color(i.amazonClock.dueAt < now ? theme::Tone::Bad : theme::Tone::Warn);
        if (column == AmazonClock && i.amazonNotifiedAt.isValid())
            return theme::color(theme::Tone::Good);
        if (column == NextClock && i.isOpen() && next.dueAt < now && !next.doneAt.isValid())
            return theme::color(theme::Tone::Bad);
        if (column == Status && !i.isOpen())
            return theme::color(theme::Tone::Muted);
        break;
    case Qt::BackgroundRole:
        if (column == Severity)
            return theme::severityBadge(i.severity).background;
        break;
    case Qt::FontRole:
        if (column == Severity || column == AmazonData
            || (column == AmazonClock && i.involvesAmazonData && i.isOpen())) {
            QFont bold;
            bold.setBold(true);
            return bold;
        }
        break;
    case Qt::TextAlignmentRole:
        if (column == Severity || column == Id)
            return int(Qt::AlignCenter);
        break;
    case SortRole:
        switch (column) {
        case Id:
            return i.id;
        case Severity:
            return i.severity;
        case AmazonClock:
            return i.amazonClock.dueAt;
        case NextClock:
            return next.dueAt;
        case Detected:
            return i.detectedAt;
        }
        return data(index, Qt::DisplayRole);
    case IdRole:
        return i.id;
    case FilterRole:
        return i.status;
    }
    return {};
}

QVariant IncidentModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Id:
        return tr("No.");
    case Severity:
        return tr("Severity");
    case Title:
        return tr("Title");
    case Category:
        return tr("Category");
    case Status:
        return tr("Status");
    case AmazonData:
        return tr("Amazon");
    case AmazonClock:
        return tr("Notify Amazon");
    case NextClock:
        return tr("Next target");
    case Assignee:
        return tr("Assignee");
    case Detected:
        return tr("Detected");
    }
    return {};
}

} // namespace cc::ui
