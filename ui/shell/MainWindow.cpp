#include "shell/MainWindow.h"

#include "ApiClient.h"
#include "ChangeFeed.h"
#include "ControlsApi.h"
#include "PreferencesApi.h"
#include "shell/AuditAlarm.h"
#include "shell/ChangePasswordDialog.h"
#include "shell/NavigationBadges.h"
#include "shell/Navigator.h"
#include "shell/NotificationBell.h"
#include "shell/NotificationEmailDialog.h"
#include "shell/PageRegistry.h"
#include "shell/PageSwitcher.h"
#include "shell/PolicyDialog.h"
#include "shell/Preferences.h"
#include "widgets/Accessible.h"
#include "widgets/Theme.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QDialog>
#include <QDialogButtonBox>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLoggingCategory>
#include <QMenuBar>
#include <QMessageBox>
#include <QScreen>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTimer>
#include <QTreeWidget>
#include <QVBoxLayout>

Q_LOGGING_CATEGORY(lcMainWindow, "compliance.ui.mainwindow")

namespace cc::ui {

MainWindow::MainWindow(client::ApiClient *client, QWidget *parent)
    : QMainWindow(parent)
    , m_client(client)
    , m_navigator(new Navigator(this))
{
    setObjectName(QStringLiteral("mainWindow"));
    setWindowIcon(theme::icon(theme::Icon::App));

    auto *central = new QWidget(this);
    auto *outer = new QVBoxLayout(central);
    outer->setContentsMargins(0, 0, 0, 0);
    outer->setSpacing(0);
    m_banners = new QVBoxLayout;
    m_banners->setContentsMargins(0, 0, 0, 0);
    m_banners->setSpacing(0);
    outer->addLayout(m_banners);

    auto *body = new QHBoxLayout;
    body->setContentsMargins(0, 0, 0, 0);
    body->setSpacing(0);
    m_navigation = new QListWidget(central);
    m_navigation->setObjectName(QStringLiteral("navigation"));
    describe(m_navigation, tr("Pages"),
             tr("The console's pages: Ctrl+1 to Ctrl+9 open the first nine, Ctrl+K any of them"));
    m_navigation->setIconSize(QSize(20, 20));
    m_navigation->setFrameShape(QFrame::NoFrame);
    m_navigation->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_navigation->setTextElideMode(Qt::ElideRight);
    body->addWidget(m_navigation);
    m_stack = new QStackedWidget(central);
    m_stack->setObjectName(QStringLiteral("pages"));
    body->addWidget(m_stack, 1);
    outer->addLayout(body, 1);
    setCentralWidget(central);

    const client::SessionInfo &session = client->session();
    for (const PageType &type : pageTypes()) {
        if (!type.permission || session.can(type.permission))
            addPage(type.id, type.create(client, m_stack));
    }
    connect(m_navigation, &QListWidget::currentRowChanged, m_stack,
            &QStackedWidget::setCurrentIndex);
    connect(m_navigation, &QListWidget::currentRowChanged, this, &MainWindow::pageShown);
    m_navigation->setCurrentRow(0);
    m_badges = new NavigationBadges(client, m_navigation, this);
    fitNavigation();

    m_bell = new NotificationBell(client, this);
    connect(m_bell, &NotificationBell::navigationRequested, m_navigator, &Navigator::go);
    createMenus();
    menuBar()->setCornerWidget(m_bell, Qt::TopRightCorner);
    createStatusBar();
    connect(client, &client::ApiClient::tlsProtocolChanged, this, &MainWindow::updateStatus);
    connect(client, &client::ApiClient::sessionChanged, this, &MainWindow::updateStatus);
    m_changes = new client::ChangeFeed(client, this);
    connect(m_changes, &client::ChangeFeed::changed, this, &MainWindow::applyChanges);
    connect(m_changes, &client::ChangeFeed::changed, m_badges, &NavigationBadges::noteChanges);
    m_auditAlarm = new AuditAlarm(client, this);
    connect(m_changes, &client::ChangeFeed::changed, m_auditAlarm, &AuditAlarm::noteChanges);
    connect(m_auditAlarm, &AuditAlarm::bannerChanged, this,
            [this](MessageBar::Kind kind, const QString &text) {
                if (text.isEmpty())
                    clearBanner(QStringLiteral("audit"));
                else
                    showBanner(QStringLiteral("audit"), kind, text);
            });
    connect(client, &client::ApiClient::sessionEnded, this, [this](const QString &message) {
        m_changes->stop();
        m_auditAlarm->stop();
        showBanner(
            QStringLiteral("session"), MessageBar::Kind::Warning,
            tr("Your session has ended (%1). Restart the console to sign in again.").arg(message));
    });

    updateStatus();
    updateTitle();
    // As large as is comfortable, but never larger than the screen (a 1280×800 laptop, or
    // 2560×1600 at 2× scale).
    const QRect available = QGuiApplication::primaryScreen()->availableGeometry();
    resize(qMin(1360, available.width()), qMin(860, available.height()));
    refresh();
    m_changes->start();
    m_auditAlarm->start();
    checkPolicy(false);
}

void MainWindow::checkPolicy(bool prompt)
{
    client::PolicyApi(m_client).text().then(
        this, [this, prompt](const client::Reply<client::PolicyText> &reply) {
            if (!reply.ok()) {
                showBanner(QStringLiteral("policy"), MessageBar::Kind::Warning,
                           tr("Could not read the policy: %1").arg(reply.error.message));
            } else {
                notePolicy(reply.value);
                if (prompt && m_policy.needsAcknowledgement())
                    openPolicyDialog();
            }
            emit policyChecked();
        });
}

void MainWindow::notePolicy(const client::PolicyText &policy)
{
    m_policy = policy;
    if (policy.standing == QLatin1StringView("overdue"))
        showBanner(QStringLiteral("policy"), MessageBar::Kind::Warning,
                   tr("Your acknowledgement of the policy (version %1) is overdue. Read and "
                      "accept it: Console → Read the policy….")
                       .arg(policy.version));
    else
        clearBanner(QStringLiteral("policy"));
}

void MainWindow::showPolicy()
{
    client::PolicyApi(m_client).text().then(
        this, [this](const client::Reply<client::PolicyText> &reply) {
            if (!reply.ok()) {
                showBanner(QStringLiteral("policy"), MessageBar::Kind::Warning,
                           tr("Could not read the policy: %1").arg(reply.error.message));
                return;
            }
            notePolicy(reply.value);
            openPolicyDialog();
        });
}

PolicyDialog *MainWindow::policyDialog() const
{
    return m_policyDialog;
}

void MainWindow::openPolicyDialog()
{
    if (m_policyDialog) {
        m_policyDialog->raise();
        return;
    }
    m_policyDialog = new PolicyDialog(m_client, m_policy, this);
    m_policyDialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(m_policyDialog, &PolicyDialog::acknowledged, this, [this](const client::PolicyText &p) {
        notePolicy(p);
        statusBar()->showMessage(tr("Policy version %1 accepted.").arg(p.version), 10'000);
    });
    m_policyDialog->open();
}

void MainWindow::addPage(const QString &id, Page *page)
{
    m_stack->addWidget(page);
    m_pages.append(page);
    m_pageIds.insert(page, id);
    auto *item = new QListWidgetItem(page->icon(), page->navigationTitle(), m_navigation);
    item->setData(Qt::UserRole, id);
    item->setToolTip(page->title());
    m_navigator->connectPage(page);
    connect(page, &Page::loaded, this, &MainWindow::checkLoaded);
}

void MainWindow::createMenus()
{
    QMenu *consoleMenu = menuBar()->addMenu(tr("&Console"));
    QAction *refreshAction = consoleMenu->addAction(tr("&Refresh"), this, &MainWindow::refresh);
    refreshAction->setShortcut(QKeySequence::Refresh);
    QAction *switcher
        = consoleMenu->addAction(tr("&Go to page…"), this, &MainWindow::showPageSwitcher);
    switcher->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_K));
    QAction *filter
        = consoleMenu->addAction(tr("&Filter this page"), this, &MainWindow::focusFilter);
    filter->setShortcut(QKeySequence::Find);
    consoleMenu->addSeparator();
    consoleMenu->addAction(tr("Read the p&olicy…"), this, &MainWindow::showPolicy)
        ->setObjectName(QStringLiteral("readPolicyAction"));
    consoleMenu->addAction(tr("C&hange password…"), this, &MainWindow::changePassword)
        ->setObjectName(QStringLiteral("changePasswordAction"));
    consoleMenu->addAction(tr("Notification &e-mail…"), this, &MainWindow::showNotificationEmail)
        ->setObjectName(QStringLiteral("notificationEmailAction"));
    QAction *preferences
        = consoleMenu->addAction(tr("&Preferences…"), this, &MainWindow::showPreferences);
    preferences->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Comma));
    preferences->setMenuRole(QAction::PreferencesRole);
    consoleMenu->addSeparator();
    QAction *quitAction = consoleMenu->addAction(tr("Sign out and &quit"), this, &QWidget::close);
    quitAction->setShortcut(QKeySequence::Quit);

    QMenu *goMenu = menuBar()->addMenu(tr("&Pages"));
    for (int i = 0; i < m_pages.size(); ++i) {
        Page *page = m_pages.at(i);
        QAction *go = goMenu->addAction(page->icon(), page->title(), this,
                                        [this, page] { showPage(page); });
        if (i < 9)
            go->setShortcut(QKeySequence(Qt::CTRL | Qt::Key(Qt::Key_1 + i)));
    }

    QMenu *helpMenu = menuBar()->addMenu(tr("&Help"));
    helpMenu->addAction(tr("&Keyboard shortcuts"), this, &MainWindow::showShortcuts);
    helpMenu->addAction(tr("&About Compliance Console"), this, [this] {
        QMessageBox::about(this, tr("About Compliance Console"),
                           tr("<b>Compliance Console %1</b><p>Runs the Amazon data protection "
                              "policy: access requests, time-bound grants, accounts.</p>")
                               .arg(QApplication::applicationVersion()));
    });
}

void MainWindow::createStatusBar()
{
    m_serverStatus = new QLabel(this);
    m_serverStatus->setObjectName(QStringLiteral("serverStatus"));
    m_tlsStatus = new QLabel(this);
    m_tlsStatus->setObjectName(QStringLiteral("tlsStatus"));
    m_userStatus = new QLabel(this);
    m_userStatus->setObjectName(QStringLiteral("userStatus"));
    auto *tlsIcon = new QLabel(this);
    tlsIcon->setPixmap(theme::icon(theme::Icon::Tls).pixmap(14, 14));
    const QString separated = QStringLiteral("QLabel { padding: 0 10px 0 4px; }");
    m_serverStatus->setStyleSheet(separated);
    m_tlsStatus->setStyleSheet(separated);
    m_userStatus->setStyleSheet(QStringLiteral("QLabel { padding: 0 8px 0 4px; }"));
    statusBar()->addPermanentWidget(m_serverStatus);
    statusBar()->addPermanentWidget(tlsIcon);
    statusBar()->addPermanentWidget(m_tlsStatus);
    statusBar()->addPermanentWidget(m_userStatus);
}

void MainWindow::fitNavigation()
{
    // Wide enough for the longest title (bold when selected), not a pixel more.
    QFont bold = m_navigation->font();
    bold.setWeight(QFont::DemiBold);
    const QFontMetrics metrics(bold);
    int widest = 0;
    for (int row = 0; row < m_navigation->count(); ++row)
        widest = qMax(widest, metrics.horizontalAdvance(m_navigation->item(row)->text()));
    m_navigation->setFixedWidth(
        qMin(220 + NavigationBadges::reservedWidth(),
             widest + m_navigation->iconSize().width() + 44 + NavigationBadges::reservedWidth()));
}

Page *MainWindow::pageById(const QString &id) const
{
    for (Page *page : m_pages) {
        if (m_pageIds.value(page) == id)
            return page;
    }
    return nullptr;
}

QString MainWindow::pageId(const Page *page) const
{
    return m_pageIds.value(page);
}

Page *MainWindow::currentPage() const
{
    return qobject_cast<Page *>(m_stack->currentWidget());
}

void MainWindow::showPage(QWidget *page)
{
    const int index = m_stack->indexOf(page);
    if (index >= 0)
        m_navigation->setCurrentRow(index);
}

void MainWindow::showBanner(const QString &id, MessageBar::Kind kind, const QString &text)
{
    MessageBar *bar = m_bannerBars.value(id);
    if (!bar) {
        bar = new MessageBar(centralWidget());
        bar->setObjectName(id + QStringLiteral("Banner"));
        m_banners->addWidget(bar);
        m_bannerBars.insert(id, bar);
    }
    bar->showMessage(kind, text);
}

void MainWindow::clearBanner(const QString &id)
{
    if (MessageBar *bar = m_bannerBars.value(id))
        bar->clear();
}

QString MainWindow::bannerText(const QString &id) const
{
    MessageBar *bar = m_bannerBars.value(id);
    return bar ? bar->text() : QString();
}

void MainWindow::setDemo(bool demo)
{
    m_demo = demo;
    if (demo)
        showBanner(QStringLiteral("demo"), MessageBar::Kind::Info,
                   tr("Demo store with synthetic data — nothing here is real customer data."));
    else
        clearBanner(QStringLiteral("demo"));
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
    m_stale.clear();
    for (Page *page : std::as_const(m_pages))
        page->refresh();
    m_bell->refresh();
    checkStoreStatus();
    m_badges->refresh();
}

void MainWindow::checkStoreStatus()
{
    client::PreferencesApi(m_client).storeStatus().then(
        this, [this](const client::Reply<client::StoreStatus> &reply) {
            if (!reply.ok())
                return; // the pages say what is wrong with the connection
            QStringList messages;
            for (const client::StoreWarning &w : reply.value.warnings)
                messages << w.message;
            if (messages.isEmpty())
                clearBanner(QStringLiteral("store"));
            else
                showBanner(QStringLiteral("store"), MessageBar::Kind::Warning,
                           messages.join(QLatin1Char(' ')));
        });
}

void MainWindow::showNotificationEmail()
{
    auto *dialog = new NotificationEmailDialog(m_client, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &NotificationEmailDialog::saved, this, [this] {
        showBanner(QStringLiteral("preferences"), MessageBar::Kind::Success,
                   tr("Your notification e-mail choices were saved."));
    });
    dialog->open();
}

void MainWindow::applyChanges(const QStringList &kinds)
{
    if (kinds.contains(QLatin1StringView(client::change::Notifications)))
        m_bell->refresh();
    Page *shown = currentPage();
    for (Page *page : std::as_const(m_pages)) {
        const QStringList pageKinds = page->changeKinds();
        const bool stale = std::any_of(pageKinds.cbegin(), pageKinds.cend(),
                                       [&kinds](const QString &k) { return kinds.contains(k); });
        if (!stale)
            continue;
        if (page == shown)
            page->refresh();
        else
            m_stale.insert(page); // no requests for what nobody looks at
    }
}

void MainWindow::pageShown(int index)
{
    Page *page = m_pages.value(index);
    if (page && m_stale.remove(page))
        page->refresh();
}

bool MainWindow::hasLoaded() const
{
    return std::all_of(m_pages.cbegin(), m_pages.cend(),
                       [](const Page *page) { return page->hasLoaded(); });
}

void MainWindow::checkLoaded()
{
    if (hasLoaded())
        emit loaded();
}

void MainWindow::showPageSwitcher()
{
    auto *switcher = new PageSwitcher(this);
    switcher->setAttribute(Qt::WA_DeleteOnClose);
    connect(switcher, &PageSwitcher::chosen, m_navigator, &Navigator::go);
    switcher->open();
}

void MainWindow::showPreferences()
{
    auto *dialog = new PreferencesDialog(this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    // Colours that pages computed for their data (tiles, badges, charts) are read again.
    connect(dialog, &PreferencesDialog::themeChanged, this, &MainWindow::refresh);
    dialog->open();
}

void MainWindow::changePassword()
{
    auto *dialog = new ChangePasswordDialog(m_client, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &ChangePasswordDialog::changed, this, [this](int endedSessions) {
        showBanner(QStringLiteral("password"), MessageBar::Kind::Success,
                   tr("Your password was changed. Other sessions of your account that ended "
                      "with it: %1.")
                       .arg(endedSessions));
    });
    dialog->open();
}

void MainWindow::focusFilter()
{
    Page *page = currentPage();
    QWidget *field = page ? page->filterField() : nullptr;
    if (!field)
        return;
    field->setFocus(Qt::ShortcutFocusReason);
    if (auto *edit = qobject_cast<QLineEdit *>(field))
        edit->selectAll();
}

void MainWindow::showShortcuts()
{
    // Made from the menus' own actions, so the list cannot drift from what the keys do.
    QDialog dialog(this);
    dialog.setObjectName(QStringLiteral("shortcutsDialog"));
    dialog.setWindowTitle(tr("Keyboard shortcuts"));
    auto *layout = new QVBoxLayout(&dialog);
    auto *list = new QTreeWidget(&dialog);
    list->setObjectName(QStringLiteral("shortcutList"));
    list->setHeaderLabels({tr("Keys"), tr("Action")});
    list->setRootIsDecorated(false);
    list->setAlternatingRowColors(true);
    const auto addMenu = [list](QMenu *menu) {
        for (QAction *action : menu->actions()) {
            if (action->shortcut().isEmpty())
                continue;
            new QTreeWidgetItem(list,
                                {action->shortcut().toString(QKeySequence::NativeText),
                                 QString(action->text()).remove(QLatin1Char('&'))});
        }
    };
    for (QAction *menuAction : menuBar()->actions()) {
        if (QMenu *menu = menuAction->menu())
            addMenu(menu);
    }
    new QTreeWidgetItem(list, {tr("Alt+underlined letter"), tr("Press that button or field")});
    list->resizeColumnToContents(0);
    list->setMinimumSize(420, 360);
    layout->addWidget(list);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, &dialog);
    connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    layout->addWidget(buttons);
    dialog.exec();
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
    m_changes->stop();
    m_auditAlarm->stop();
    client::ApiJob *job = m_client->signOut();
    connect(job, &client::ApiJob::finished, this, done);
    QTimer::singleShot(3000, this, done);
}

} // namespace cc::ui
