#pragma once

// The counts beside the navigation's page names: how many of the signed-in person's tasks
// (GET /me/tasks) wait on each page — requests to decide on Access, items on Reviews, assets
// due on Assets, … — and their total beside Tasks. They are read again when the window
// refreshes and when the change feed names a kind tasks come from, never on a timer of their
// own.

#include <QHash>
#include <QObject>
#include <QPointer>
#include <QStyledItemDelegate>

class QListWidget;

namespace cc::client {
class ApiClient;
class ApiJob;
} // namespace cc::client

namespace cc::ui {

class NavigationBadges : public QObject
{
    Q_OBJECT

public:
    // The navigation's items hold their page id in Qt::UserRole; the count goes beside them.
    NavigationBadges(client::ApiClient *client, QListWidget *navigation, QObject *parent);

    // The width the navigation keeps free for a badge.
    static int reservedWidth();
    // The count shown beside a page (0: none), by the page's id.
    int count(const QString &pageId) const { return m_counts.value(pageId); }
    bool hasCounted() const { return m_counted; }

public slots:
    void refresh();
    // After GET /changes: counts again when one of the kinds could have changed a task.
    void noteChanges(const QStringList &kinds);

signals:
    void counted();

private:
    void readPage(const QString &after, QHash<QString, int> counts);
    void show(const QHash<QString, int> &counts);

    client::ApiClient *m_client;
    QListWidget *m_navigation;
    QPointer<client::ApiJob> m_job;
    QHash<QString, int> m_counts;
    bool m_counted = false;
    bool m_again = false; // a refresh asked for while a count was under way
};

// Paints a navigation item as the style does, with its count in a pill at the right.
class BadgeDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    using QStyledItemDelegate::QStyledItemDelegate;
    static constexpr int CountRole = Qt::UserRole + 1;

    void paint(QPainter *painter, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override;
};

} // namespace cc::ui
