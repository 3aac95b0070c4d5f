#include "tasks/TaskModel.h"

#include "widgets/Format.h"
#include "widgets/Page.h"
#include "widgets/Theme.h"

#include <QFont>

namespace cc::ui {

TaskModel::TaskModel(client::ApiClient *client, QObject *parent)
    : RecordTableModel<client::Task>(client, parent)
{ }

client::Call<client::Page<client::Task>> TaskModel::fetch(const client::PageRequest &page)
{
    return client::TasksApi(apiClient()).tasks(page);
}

QDateTime TaskModel::now() const
{
    return QDateTime::currentDateTimeUtc();
}

int TaskModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString TaskModel::pageOf(const QString &kind)
{
    static const QHash<QString, QString> pages = {
        {QLatin1String(client::task::AccessRequest), QStringLiteral("access")},
        {QLatin1String(client::task::AccessReviewItem), QStringLiteral("reviews")},
        {QLatin1String(client::task::AssetReview), QStringLiteral("assets")},
        {QLatin1String(client::task::BreachAcknowledgement), QStringLiteral("incidents")},
        {QLatin1String(client::task::Alert), QStringLiteral("monitoring")},
        {QLatin1String(client::task::DeletionRequest), QStringLiteral("retention")},
        {QLatin1String(client::task::Vulnerability), QStringLiteral("vulnerabilities")},
        {QLatin1String(client::task::Control), QStringLiteral("controls")},
    };
    return pages.value(kind);
}

Destination TaskModel::destination(const client::Task &task)
{
    Destination d;
    d.page = pageOf(task.kind);
    if (task.kind == QLatin1String(client::task::Control))
        d.filter = task.objectId; // a control's id is a word, not a number
    else if (task.kind == QLatin1String(client::task::AccessReviewItem))
        d.filter = QStringLiteral("item=") + task.objectId; // its campaign is the open one
    else if (task.kind != QLatin1String(client::task::DeletionRequest))
        d.objectId = task.objectId.toLongLong();
    return d;
}

QVariant TaskModel::data(const QModelIndex &index, int role) const
{
    const client::Task *task = itemAt(index.row());
    if (!task || index.column() >= ColumnCount)
        return {};
    const client::Task &t = *task;
    const int column = index.column();
    const bool overdue = t.isOverdue(now());
    switch (role) {
    case Qt::DisplayRole:
        switch (column) {
        case Kind:
            return client::taskKindLabel(t.kind);
        case Title:
            return t.title;
        case Due:
            if (!t.dueAt.isValid())
                return tr("No deadline");
            return overdue
                ? tr("Overdue since %1").arg(format::dateTime(t.dueAt))
                : tr("%1 (%2)").arg(format::dateTime(t.dueAt), format::relative(t.dueAt, now()));
        case Created:
            return format::dateTime(t.createdAt);
        }
        break;
    case Qt::ToolTipRole:
        if (column == Title)
            return tr("%1 — press Enter or double-click to open it").arg(t.title);
        if (column == Due && overdue)
            return tr("Overdue: it was due %1").arg(format::relative(t.dueAt, now()));
        break;
    case Qt::ForegroundRole:
        if (column == Due)
            return overdue          ? theme::color(theme::Tone::Bad)
                : t.dueAt.isValid() ? QVariant()
                                    : QVariant(theme::color(theme::Tone::Muted));
        break;
    case Qt::FontRole:
        if (overdue && (column == Due || column == Title)) {
            QFont bold;
            bold.setBold(true);
            return bold;
        }
        break;
    case SortRole:
        switch (column) {
        case Due:
            // Those without a deadline last, as the server sorts them.
            return t.dueAt.isValid() ? t.dueAt.toMSecsSinceEpoch()
                                     : std::numeric_limits<qint64>::max();
        case Created:
            return t.createdAt;
        }
        return data(index, Qt::DisplayRole);
    case IdRole:
        return qint64(index.row() + 1); // its place in the list: tasks have no id of their own
    case FilterRole:
        return t.kind;
    }
    return {};
}

QVariant TaskModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Kind:
        return tr("Kind");
    case Title:
        return tr("What to do");
    case Due:
        return tr("Due");
    case Created:
        return tr("Waiting since");
    }
    return {};
}

} // namespace cc::ui
