#pragma once

// The console's main window after sign-in: a navigation list on the left, one page per area on
// the right, and a status bar saying which server, over which TLS version, as whom.

#include <QMainWindow>

class QLabel;
class QListWidget;
class QStackedWidget;

namespace cc::client {
class ApiClient;
}

namespace cc::ui {

class AccessPage;
class AccessReviewsPage;
class AssetsPage;
class AuditPage;
class IncidentsPage;
class DashboardPage;
class NotificationBell;
class MessageBar;
class UsersPage;
class RetentionPage;
class OrdersPage;
class MonitoringPage;

class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(client::ApiClient *client, QWidget *parent = nullptr);

    void setDemo(bool demo);
    bool isDemo() const { return m_demo; }

    AccessPage *accessPage() const { return m_accessPage; }
    UsersPage *usersPage() const { return m_usersPage; } // null without users:read
    AssetsPage *assetsPage() const { return m_assetsPage; }
    IncidentsPage *incidentsPage() const { return m_incidentsPage; }
    DashboardPage *dashboardPage() const { return m_dashboardPage; }
    RetentionPage *retentionPage() const
    {
        return m_retentionPage;
    } // null without retention:manage
    OrdersPage *ordersPage() const { return m_ordersPage; }
    MonitoringPage *monitoringPage() const { return m_monitoringPage; } // null without audit:read
    AccessReviewsPage *accessReviewsPage() const { return m_accessReviewsPage; }
    AuditPage *auditPage() const { return m_auditPage; } // null without audit:read
    NotificationBell *notificationBell() const { return m_bell; }
    // Every page has its data from the last refresh().
    bool hasLoaded() const;
    void showPage(QWidget *page);

public slots:
    void refresh();

signals:
    void loaded(); // every page has loaded (after each refresh)

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void addPage(QWidget *page, const QIcon &icon, const QString &title);
    void updateStatus();
    void updateTitle();
    void checkLoaded();

    client::ApiClient *m_client;
    QListWidget *m_navigation = nullptr;
    QStackedWidget *m_pages = nullptr;
    QLabel *m_demoBanner = nullptr;
    MessageBar *m_message = nullptr;
    AccessPage *m_accessPage = nullptr;
    UsersPage *m_usersPage = nullptr;
    AssetsPage *m_assetsPage = nullptr;
    IncidentsPage *m_incidentsPage = nullptr;
    DashboardPage *m_dashboardPage = nullptr;
    RetentionPage *m_retentionPage = nullptr;
    OrdersPage *m_ordersPage = nullptr;
    MonitoringPage *m_monitoringPage = nullptr;
    AccessReviewsPage *m_accessReviewsPage = nullptr;
    AuditPage *m_auditPage = nullptr;
    NotificationBell *m_bell = nullptr;
    QLabel *m_serverStatus = nullptr;
    QLabel *m_tlsStatus = nullptr;
    QLabel *m_userStatus = nullptr;
    bool m_demo = false;
    bool m_signingOut = false;
    bool m_signedOut = false;
};

} // namespace cc::ui
