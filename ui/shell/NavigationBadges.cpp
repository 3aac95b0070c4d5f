#include "shell/NavigationBadges.h"

#include "ApiClient.h"
#include "ChangeFeed.h"
#include "TasksApi.h"
#include "tasks/TaskModel.h"
#include "widgets/Theme.h"

#include <QListWidget>
#include <QLoggingCategory>
#include <QPainter>

Q_LOGGING_CATEGORY(lcBadges, "compliance.ui.badges")

namespace cc::ui {

namespace {

const QString kTasksPage = QStringLiteral("tasks");
constexpr int kPageSize = 500; // the API's largest page: one call for almost everyone

} // namespace

NavigationBadges::NavigationBadges(client::ApiClient *client, QListWidget *navigation,
                                   QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_navigation(navigation)
{
    navigation->setItemDelegate(new BadgeDelegate(navigation));
}

int NavigationBadges::reservedWidth()
{
    return 34;
}

void NavigationBadges::refresh()
{
    if (m_job) {
        m_again = true;
        return;
    }
    readPage({}, {});
}

void NavigationBadges::noteChanges(const QStringList &kinds)
{
    static const QStringList taskKinds = {
        QLatin1String(client::change::AccessRequests), QLatin1String(client::change::Grants),
        QLatin1String(client::change::Assets),         QLatin1String(client::change::Incidents),
        QLatin1String(client::change::Alerts),         QLatin1String(client::change::AccessReviews),
        QLatin1String(client::change::Retention),      QLatin1String(client::change::Notifications),
        QLatin1String(client::change::Vulnerabilities)};
    if (std::any_of(kinds.cbegin(), kinds.cend(),
                    [](const QString &kind) { return taskKinds.contains(kind); }))
        refresh();
}

void NavigationBadges::readPage(const QString &after, QHash<QString, int> counts)
{
    const client::Call<client::Page<client::Task>> call
        = client::TasksApi(m_client).tasks({after, kPageSize});
    m_job = call.job();
    call.then(this,
              [this, counted = std::move(counts)](
                  const client::Reply<client::Page<client::Task>> &reply) {
                  m_job = nullptr;
                  QHash<QString, int> counts = counted;
                  if (!reply.ok()) {
                      // The counts stay as they were; the Tasks page shows the error itself.
                      qCWarning(lcBadges) << "could not count the tasks:" << reply.error.message;
                      m_again = false;
                      return;
                  }
                  for (const client::Task &task : reply.value.items) {
                      ++counts[TaskModel::pageOf(task.kind)];
                      ++counts[kTasksPage];
                  }
                  if (reply.value.hasMore() && !m_again) {
                      readPage(reply.value.nextAfter, counts);
                      return;
                  }
                  if (m_again) { // something changed while counting: start over
                      m_again = false;
                      readPage({}, {});
                      return;
                  }
                  show(counts);
              });
}

void NavigationBadges::show(const QHash<QString, int> &counts)
{
    m_counts = counts;
    m_counted = true;
    for (int row = 0; row < m_navigation->count(); ++row) {
        QListWidgetItem *item = m_navigation->item(row);
        const int count = counts.value(item->data(Qt::UserRole).toString());
        item->setData(BadgeDelegate::CountRole, count);
        // Screen readers hear the count with the page's name.
        item->setData(Qt::AccessibleTextRole,
                      count > 0 ? tr("%1, waiting for you: %2").arg(item->text()).arg(count)
                                : item->text());
    }
    emit counted();
}

void BadgeDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option,
                          const QModelIndex &index) const
{
    QStyledItemDelegate::paint(painter, option, index);
    const int count = index.data(CountRole).toInt();
    if (count <= 0)
        return;
    const QString text = count > 99 ? QStringLiteral("99+") : QString::number(count);
    QFont font = option.font;
    font.setPointSizeF(font.pointSizeF() * 0.85);
    font.setBold(true);
    const QFontMetrics metrics(font);
    const int height = metrics.height() + 2;
    const int width = qMax(height, metrics.horizontalAdvance(text) + 10);
    const QRect pill(option.rect.right() - width - 8, option.rect.center().y() - height / 2 + 1,
                     width, height);
    const theme::Colors &colors = theme::colors();
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    painter->setPen(Qt::NoPen);
    painter->setBrush(colors.highlight);
    painter->drawRoundedRect(pill, height / 2.0, height / 2.0);
    painter->setPen(colors.highlightedText);
    painter->setFont(font);
    painter->drawText(pill, Qt::AlignCenter, text);
    painter->restore();
}

} // namespace cc::ui
