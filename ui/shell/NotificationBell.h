#pragma once

// The console's notifications: a bell with the unread count, a panel listing the latest
// notifications (review reminders) with "Mark all as read", and a system-tray message when new
// ones arrive (skipped where there is no tray, e.g. offscreen). Reads GET /notifications when
// the window's change feed says the person's notifications changed.

#include "AssetTypes.h"
#include "widgets/Page.h"

#include <QPointer>
#include <QToolButton>

class QFrame;
class QListWidget;
class QSystemTrayIcon;

namespace cc::client {
class ApiClient;
class ApiJob;
} // namespace cc::client

namespace cc::ui {

class NotificationBell : public QToolButton
{
    Q_OBJECT

public:
    explicit NotificationBell(client::ApiClient *client, QWidget *parent = nullptr);
    ~NotificationBell() override;

    int unreadCount() const { return m_unread; }
    const QList<client::Notification> &notifications() const { return m_items; }
    QFrame *panel() const { return m_panel; }

public slots:
    void refresh();
    void showPanel();
    void markAllRead();

signals:
    void unreadCountChanged(int count);
    // A notification was opened: the asset, incident or alert it is about.
    void navigationRequested(const cc::ui::Destination &destination);

private:
    void updateBadge();
    void fillPanel();

    client::ApiClient *m_client;
    QList<client::Notification> m_items;
    int m_unread = 0;
    qint64 m_newestSeen = -1; // -1: nothing loaded yet
    QFrame *m_panel = nullptr;
    QListWidget *m_list = nullptr;
    QSystemTrayIcon *m_tray = nullptr;
    QPointer<client::ApiJob> m_job;
};

} // namespace cc::ui
