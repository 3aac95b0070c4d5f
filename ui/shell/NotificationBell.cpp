#include "shell/NotificationBell.h"

#include "ApiClient.h"
#include "AssetsApi.h"
#include "widgets/Accessible.h"
#include "widgets/Format.h"
#include "widgets/Theme.h"

#include <QFrame>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QPainter>
#include <QPushButton>
#include <QScreen>
#include <QSystemTrayIcon>
#include <QVBoxLayout>

namespace cc::ui {

namespace {
constexpr int kShown = 30;
} // namespace

NotificationBell::NotificationBell(client::ApiClient *client, QWidget *parent)
    : QToolButton(parent)
    , m_client(client)
{
    setObjectName(QStringLiteral("notificationBell"));
    setAutoRaise(true);
    setIconSize(QSize(26, 22));
    describe(this, tr("Notifications"), tr("Your notifications; opens the latest"));
    connect(this, &QToolButton::clicked, this, &NotificationBell::showPanel);

    m_panel = new QFrame(this, Qt::Popup);
    m_panel->setObjectName(QStringLiteral("notificationPanel"));
    m_panel->setFrameShape(QFrame::StyledPanel);
    auto *layout = new QVBoxLayout(m_panel);
    auto *top = new QHBoxLayout;
    auto *title = new QLabel(tr("<b>Notifications</b>"), m_panel);
    top->addWidget(title);
    top->addStretch();
    auto *readAll = new QPushButton(tr("Mark all as read"), m_panel);
    readAll->setObjectName(QStringLiteral("markAllReadButton"));
    describe(readAll, tr("Mark all as read"), tr("Mark every notification as read"));
    connect(readAll, &QPushButton::clicked, this, &NotificationBell::markAllRead);
    top->addWidget(readAll);
    layout->addLayout(top);
    m_list = new QListWidget(m_panel);
    m_list->setObjectName(QStringLiteral("notificationList"));
    describe(m_list, tr("Notifications"),
             tr("Your latest notifications; Enter opens what one is about"));
    m_list->setWordWrap(true);
    m_list->setMinimumSize(420, 320);
    m_list->setSpacing(2);
    connect(m_list, &QListWidget::itemActivated, this, [this](QListWidgetItem *item) {
        const qint64 asset = item->data(Qt::UserRole + 1).toLongLong();
        const qint64 incident = item->data(Qt::UserRole + 3).toLongLong();
        const qint64 alert = item->data(Qt::UserRole + 4).toLongLong();
        const qint64 id = item->data(Qt::UserRole).toLongLong();
        m_panel->hide();
        if (asset > 0)
            emit navigationRequested({QStringLiteral("assets"), {}, asset});
        else if (incident > 0)
            emit navigationRequested({QStringLiteral("incidents"), {}, incident});
        else if (alert > 0)
            emit navigationRequested({QStringLiteral("monitoring"), {}, alert});
        if (!item->data(Qt::UserRole + 2).toBool())
            client::NotificationsApi(m_client).markRead(id).then(
                this, [this](const client::Reply<client::Notification> &) { refresh(); });
    });
    layout->addWidget(m_list);

    if (QSystemTrayIcon::isSystemTrayAvailable()
        && QGuiApplication::platformName() != QLatin1StringView("offscreen")) {
        m_tray = new QSystemTrayIcon(theme::icon(theme::Icon::App), this);
        m_tray->setToolTip(tr("Compliance Console"));
        m_tray->show();
    }

    updateBadge();
}

NotificationBell::~NotificationBell()
{
    if (m_job)
        m_job->disconnect(this);
}

void NotificationBell::refresh()
{
    if (m_job || !m_client->isSignedIn())
        return;
    const client::Call<client::NotificationList> call
        = client::NotificationsApi(m_client).latest(kShown);
    m_job = call.job();
    call.then(this, [this](const client::Reply<client::NotificationList> &reply) {
        m_job = nullptr;
        if (!reply.ok())
            return; // the bell keeps what it showed; the pages report connection problems
        m_items = reply.value.items;
        const int unread = reply.value.unreadCount;
        qint64 newest = 0;
        QList<client::Notification> fresh;
        for (const client::Notification &n : std::as_const(m_items)) {
            newest = std::max(newest, n.id);
            if (!n.read && m_newestSeen >= 0 && n.id > m_newestSeen)
                fresh.append(n);
        }
        if (m_tray) {
            if (fresh.size() == 1)
                m_tray->showMessage(fresh.first().title, fresh.first().body,
                                    QSystemTrayIcon::Warning);
            else if (fresh.size() > 1)
                m_tray->showMessage(tr("%n new notification(s)", nullptr, int(fresh.size())),
                                    fresh.first().title, QSystemTrayIcon::Warning);
            else if (m_newestSeen < 0 && unread > 0)
                m_tray->showMessage(tr("Compliance Console"),
                                    tr("You have %n unread notification(s).", nullptr, unread),
                                    QSystemTrayIcon::Information);
        }
        m_newestSeen = std::max(m_newestSeen, newest);
        const bool changed = unread != m_unread;
        m_unread = unread;
        updateBadge();
        fillPanel();
        if (changed)
            emit unreadCountChanged(m_unread);
    });
}

void NotificationBell::updateBadge()
{
    const qreal ratio = devicePixelRatioF();
    QPixmap pixmap(QSize(26, 22) * ratio);
    pixmap.setDevicePixelRatio(ratio);
    pixmap.fill(Qt::transparent);
    QPainter p(&pixmap);
    p.setRenderHint(QPainter::Antialiasing);
    theme::icon(theme::Icon::Bell).paint(&p, QRect(0, 2, 20, 20));
    if (m_unread > 0) {
        const QString text = m_unread > 99 ? QStringLiteral("99+") : QString::number(m_unread);
        QFont font = p.font();
        font.setPixelSize(9);
        font.setBold(true);
        p.setFont(font);
        const int w = std::max(14, p.fontMetrics().horizontalAdvance(text) + 6);
        const QRect badge(26 - w, 0, w, 13);
        p.setPen(Qt::NoPen);
        p.setBrush(theme::colors().critical.background);
        p.drawRoundedRect(badge, 6.5, 6.5);
        p.setPen(theme::colors().critical.text);
        p.drawText(badge, Qt::AlignCenter, text);
    }
    p.end();
    setIcon(QIcon(pixmap));
    const QString unread = m_unread > 0 ? tr("%n unread notification(s)", nullptr, m_unread)
                                        : tr("No unread notifications");
    setToolTip(unread);
    setAccessibleDescription(unread);
}

void NotificationBell::fillPanel()
{
    m_list->clear();
    if (m_items.isEmpty()) {
        auto *empty = new QListWidgetItem(tr("No notifications. Review reminders for the assets "
                                             "you own appear here."),
                                          m_list);
        empty->setFlags(Qt::NoItemFlags);
        return;
    }
    const QDateTime now = QDateTime::currentDateTimeUtc();
    for (const client::Notification &n : std::as_const(m_items)) {
        auto *item = new QListWidgetItem(
            QStringLiteral("%1\n%2 · %3").arg(n.title, n.body, format::relative(n.createdAt, now)),
            m_list);
        item->setData(Qt::UserRole, n.id);
        item->setData(Qt::UserRole + 1, n.assetId);
        item->setData(Qt::UserRole + 2, n.read);
        item->setData(Qt::UserRole + 3, n.incidentId);
        item->setData(Qt::UserRole + 4, n.alertId);
        item->setIcon(theme::icon(n.threshold == QLatin1StringView("overdue")
                                      ? theme::Icon::Error
                                      : theme::Icon::Warning));
        if (!n.read) {
            QFont font = item->font();
            font.setBold(true);
            item->setFont(font);
        } else {
            item->setForeground(theme::color(theme::Tone::Muted));
        }
    }
}

void NotificationBell::showPanel()
{
    fillPanel();
    m_panel->adjustSize();
    QPoint at = mapToGlobal(QPoint(width() - m_panel->width(), height()));
    m_panel->move(at);
    m_panel->show();
    refresh();
}

void NotificationBell::markAllRead()
{
    client::NotificationsApi(m_client).markAllRead().then(
        this, [this](const client::Reply<client::Done> &) { refresh(); });
}

} // namespace cc::ui
