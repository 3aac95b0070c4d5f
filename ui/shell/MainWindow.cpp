#include "shell/MainWindow.h"

#include "ApiClient.h"
#include "access-reviews/AccessReviewsPage.h"
#include "access/AccessPage.h"
#include "assets/AssetsPage.h"
#include "audit/AuditPage.h"
#include "incidents/IncidentsPage.h"
#include "monitoring/MonitoringPage.h"
#include "orders/OrdersPage.h"
#include "retention/RetentionPage.h"
#include "shell/DashboardPage.h"
#include "shell/NotificationBell.h"
#include "users/UsersPage.h"
#include "widgets/MessageBar.h"
#include "widgets/Palette.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QLoggingCategory>
#include <QMenuBar>
#include <QMessageBox>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTimer>
#include <QVBoxLayout>

Q_LOGGING_CATEGORY(lcMainWindow, "compliance.ui.mainwindow")

namespace cc::ui {

MainWindow::MainWindow(client::ApiClient *client, QWidget *parent)
    : QMainWindow(parent)
    , m_client(client)
{
    setObjectName(QStringLiteral("mainWindow"));
    setWindowIcon(palette::icon(palette::Icon::App));
    const client::SessionInfo &session = client->session();

    auto *central = new QWidget(this);
    auto *outer = new QVBoxLayout(central);
    outer->setContentsMargins(0, 0, 0, 0);
    outer->setSpacing(0);
    m_demoBanner = new QLabel(tr("Demo store with synthetic data — nothing here is real "
                                 "customer data."),
                              central);
    m_demoBanner->setObjectName(QStringLiteral("demoBanner"));
    m_demoBanner->setAlignment(Qt::AlignCenter);
    m_demoBanner->setStyleSheet(QStringLiteral(
        "QLabel { background: #fff1c2; color: #5c4400; border-bottom: 1px solid #e3c45f; "
        "padding: 5px; font-weight: 600; }"));
    m_demoBanner->hide();
    outer->addWidget(m_demoBanner);
    m_message = new MessageBar(central);
    m_message->setObjectName(QStringLiteral("windowMessage"));
    outer->addWidget(m_message);

    auto *body = new QHBoxLayout;
    body->setContentsMargins(0, 0, 0, 0);
    body->setSpacing(0);
    m_navigation = new QListWidget(central);
    m_navigation->setObjectName(QStringLiteral("navigation"));
    m_navigation->setFixedWidth(190);
    m_navigation->setIconSize(QSize(22, 22));
    m_navigation->setFrameShape(QFrame::NoFrame);
    m_navigation->setStyleSheet(QStringLiteral(
        "QListWidget { background: #eef1f5; border-right: 1px solid #d5dbe2; padding-top: 8px; }"
        "QListWidget::item { padding: 9px 10px; border-radius: 4px; margin: 1px 6px; "
        "color: #1f2933; }"
        "QListWidget::item:selected { background: #d6e4f5; color: #0f3d73; font-weight: 600; }"
        "QListWidget::item:hover:!selected { background: #e3e8ee; }"));
    body->addWidget(m_navigation);
    m_pages = new QStackedWidget(central);
    m_pages->setObjectName(QStringLiteral("pages"));
    body->addWidget(m_pages, 1);
    outer->addLayout(body, 1);
    setCentralWidget(central);

    m_accessPage = new AccessPage(client, m_pages);
    addPage(m_accessPage, palette::icon(palette::Icon::Access), tr("Access"));
    connect(m_accessPage, &AccessPage::loaded, this, &MainWindow::checkLoaded);
    m_assetsPage = new AssetsPage(client, m_pages);
    addPage(m_assetsPage, QIcon(QStringLiteral(":/icons/assets.svg")), tr("Assets"));
    connect(m_assetsPage, &AssetsPage::loaded, this, &MainWindow::checkLoaded);
    m_incidentsPage = new IncidentsPage(client, m_pages);
    addPage(m_incidentsPage, palette::icon(palette::Icon::Warning), tr("Incidents"));
    connect(m_incidentsPage, &IncidentsPage::loaded, this, &MainWindow::checkLoaded);
    m_dashboardPage = new DashboardPage(client, m_pages);
    addPage(m_dashboardPage, palette::icon(palette::Icon::Info), tr("Dashboard"));
    connect(m_dashboardPage, &DashboardPage::loaded, this, &MainWindow::checkLoaded);
    // Everyone: what each person sees follows their grants, checked by the server.
    m_ordersPage = new OrdersPage(client, m_pages);
    addPage(m_ordersPage, palette::icon(palette::Icon::Pii), tr("Orders"));
    // Everyone: reviewers decide their own items; starting a campaign needs the permission.
    m_accessReviewsPage = new AccessReviewsPage(client, m_pages);
    addPage(m_accessReviewsPage, palette::icon(palette::Icon::Access), tr("Access reviews"));
    if (session.can("retention:manage")) {
        m_retentionPage = new RetentionPage(client, m_pages);
        addPage(m_retentionPage, palette::icon(palette::Icon::Pii), tr("Retention"));
        connect(m_retentionPage, &RetentionPage::loaded, this, &MainWindow::checkLoaded);
    }
    if (session.can(client::permission::AuditRead)) {
        m_monitoringPage = new MonitoringPage(client, m_pages);
        addPage(m_monitoringPage, palette::icon(palette::Icon::Warning), tr("Monitoring"));
        connect(m_monitoringPage, &MonitoringPage::loaded, this, &MainWindow::checkLoaded);
    }
    if (session.can(client::permission::UsersRead)) {
        m_usersPage = new UsersPage(client, m_pages);
        addPage(m_usersPage, palette::icon(palette::Icon::Users), tr("Users"));
        connect(m_usersPage, &UsersPage::loaded, this, &MainWindow::checkLoaded);
    }
    if (session.can(client::permission::AuditRead)) {
        m_auditPage = new AuditPage(client, m_pages);
        addPage(m_auditPage, palette::icon(palette::Icon::Tls), tr("Audit log"));
        connect(m_auditPage, &AuditPage::loaded, this, &MainWindow::checkLoaded);
    }
    connect(m_navigation, &QListWidget::currentRowChanged, m_pages,
            &QStackedWidget::setCurrentIndex);
    m_navigation->setCurrentRow(0);
    // Executives land on their dashboard: open incidents and the Amazon clocks first.
    if (session.user.roles.contains(QStringLiteral("executive")))
        showPage(m_dashboardPage);

    // Menus.
    QMenu *consoleMenu = menuBar()->addMenu(tr("&Console"));
    QAction *refreshAction = consoleMenu->addAction(tr("&Refresh"), this, &MainWindow::refresh);
    refreshAction->setShortcut(QKeySequence::Refresh);
    consoleMenu->addSeparator();
    QAction *quitAction = consoleMenu->addAction(tr("Sign out and &quit"), this, &QWidget::close);
    quitAction->setShortcut(QKeySequence::Quit);
    QMenu *helpMenu = menuBar()->addMenu(tr("&Help"));
    m_bell = new NotificationBell(client, this);
    menuBar()->setCornerWidget(m_bell, Qt::TopRightCorner);
    connect(m_bell, &NotificationBell::assetActivated, this, [this](qint64 id) {
        showPage(m_assetsPage);
        m_assetsPage->selectAsset(id);
    });
    connect(m_bell, &NotificationBell::incidentActivated, this, [this](qint64 id) {
        showPage(m_incidentsPage);
        m_incidentsPage->openIncident(id);
    });
    connect(m_bell, &NotificationBell::alertActivated, this, [this](qint64 id) {
        if (!m_monitoringPage)
            return;
        showPage(m_monitoringPage);
        m_monitoringPage->openAlert(id);
    });
    helpMenu->addAction(tr("&About Compliance Console"), this, [this] {
        QMessageBox::about(this, tr("About Compliance Console"),
                           tr("<b>Compliance Console %1</b><p>Runs the Amazon data protection "
                              "policy: access requests, time-bound grants, accounts.</p>")
                               .arg(QApplication::applicationVersion()));
    });

    // Status bar: where, how, who.
    m_serverStatus = new QLabel(this);
    m_serverStatus->setObjectName(QStringLiteral("serverStatus"));
    m_tlsStatus = new QLabel(this);
    m_tlsStatus->setObjectName(QStringLiteral("tlsStatus"));
    m_userStatus = new QLabel(this);
    m_userStatus->setObjectName(QStringLiteral("userStatus"));
    statusBar()->setStyleSheet(QStringLiteral(
        "QStatusBar { border-top: 1px solid #d5dbe2; } QStatusBar::item { border: none; }"));
    auto *tlsIcon = new QLabel(this);
    tlsIcon->setPixmap(palette::icon(palette::Icon::Tls).pixmap(14, 14));
    const QString separated = QStringLiteral("QLabel { padding: 0 10px 0 4px; }");
    m_serverStatus->setStyleSheet(separated);
    m_tlsStatus->setStyleSheet(separated);
    m_userStatus->setStyleSheet(QStringLiteral("QLabel { padding: 0 8px 0 4px; }"));
    statusBar()->addPermanentWidget(m_serverStatus);
    statusBar()->addPermanentWidget(tlsIcon);
    statusBar()->addPermanentWidget(m_tlsStatus);
    statusBar()->addPermanentWidget(m_userStatus);
    connect(client, &client::ApiClient::tlsProtocolChanged, this, &MainWindow::updateStatus);
    connect(client, &client::ApiClient::sessionChanged, this, &MainWindow::updateStatus);
    connect(client, &client::ApiClient::sessionEnded, this, [this](const QString &message) {
        m_message->showMessage(MessageBar::Kind::Warning,
                               tr("Your session has ended (%1). Restart the console to sign in "
                                  "again.")
                                   .arg(message));
    });

    updateStatus();
    updateTitle();
    resize(1360, 820);
    refresh();
}

void MainWindow::addPage(QWidget *page, const QIcon &icon, const QString &title)
{
    m_pages->addWidget(page);
    auto *item = new QListWidgetItem(icon, title, m_navigation);
    item->setData(Qt::UserRole, page->objectName());
}

void MainWindow::showPage(QWidget *page)
{
    const int index = m_pages->indexOf(page);
    if (index >= 0)
        m_navigation->setCurrentRow(index);
}

void MainWindow::setDemo(bool demo)
{
    m_demo = demo;
    m_demoBanner->setVisible(demo);
    updateTitle();
}

void MainWindow::updateTitle()
{
    QString title = tr("Compliance Console — %1").arg(m_client->serverKey());
    if (m_demo)
        title += tr(" — DEMO");
    setWindowTitle(title);
}

void MainWindow::updateStatus()
{
    const client::SessionInfo &session = m_client->session();
    m_serverStatus->setText(tr("Server: %1").arg(m_client->serverKey()));
    m_serverStatus->setToolTip(m_client->baseUrl().toString());
    const QString tls = m_client->tlsProtocol();
    m_tlsStatus->setText(tls.isEmpty() ? tr("TLS: —") : tls);
    m_tlsStatus->setToolTip(tr("Protocol negotiated with the server"));
    if (m_client->isSignedIn()) {
        m_userStatus->setText(
            tr("Signed in as <b>%1</b> (%2) · %3")
                .arg(session.user.displayName, session.user.username, session.roleText()));
        m_userStatus->setToolTip(session.permissions.join(QStringLiteral(", ")));
    } else {
        m_userStatus->setText(tr("Signed out"));
    }
}

void MainWindow::refresh()
{
    m_accessPage->refresh();
    m_assetsPage->refresh();
    m_incidentsPage->refresh();
    m_dashboardPage->refresh();
    m_bell->refresh();
    m_accessReviewsPage->refresh();
    if (m_usersPage)
        m_usersPage->refresh();
    if (m_monitoringPage)
        m_monitoringPage->refresh();
    if (m_auditPage)
        m_auditPage->refresh();
}

bool MainWindow::hasLoaded() const
{
    return m_accessPage->hasLoaded() && m_assetsPage->hasLoaded() && m_incidentsPage->hasLoaded()
        && m_dashboardPage->hasLoaded() && (!m_usersPage || m_usersPage->hasLoaded())
        && (!m_retentionPage || m_retentionPage->hasLoaded())
        && (!m_monitoringPage || m_monitoringPage->hasLoaded())
        && (!m_auditPage || m_auditPage->hasLoaded());
}

void MainWindow::checkLoaded()
{
    if (hasLoaded())
        emit loaded();
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    if (m_signedOut || !m_client->isSignedIn()) {
        event->accept();
        return;
    }
    // End the session on the server before leaving; a slow server does not hold the window.
    event->ignore();
    if (m_signingOut)
        return;
    m_signingOut = true;
    setEnabled(false);
    statusBar()->showMessage(tr("Signing out…"));
    const auto done = [this] {
        m_signedOut = true;
        close();
    };
    client::ApiJob *job = m_client->signOut();
    connect(job, &client::ApiJob::finished, this, done);
    QTimer::singleShot(3000, this, done);
}

} // namespace cc::ui
