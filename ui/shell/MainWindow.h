#pragma once

// The console's main window after sign-in: a navigation list on the left with one entry per
// page this person may see (shell/PageRegistry), the pages on the right, banners across the
// top for what concerns the whole console, and a status bar saying which server, over which
// TLS version, as whom. An overdue acknowledgement of the policy stays in a banner, and so does
// the store's own warning to admins and officers (no SMTP relay: no e-mail leaves). Keyboard:
// Ctrl+1…9 for the first nine pages, Ctrl+K for any page, Ctrl+F for the page's filter, F5 to
// refresh. Pages stay current through the change feed.

#include "ControlTypes.h"
#include "widgets/MessageBar.h"
#include "widgets/Page.h"

#include <QHash>
#include <QMainWindow>
#include <QPointer>
#include <QSet>

class QLabel;
class QListWidget;
class QStackedWidget;
class QVBoxLayout;

namespace cc::client {
class ApiClient;
class ChangeFeed;
} // namespace cc::client

namespace cc::ui {

class AuditAlarm;
class NavigationBadges;
class Navigator;
class NotificationBell;
class PolicyDialog;

class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(client::ApiClient *client, QWidget *parent = nullptr);

    void setDemo(bool demo);
    bool isDemo() const { return m_demo; }

    const QList<Page *> &pages() const { return m_pages; }
    Page *pageById(const QString &id) const; // null when this person has no such page
    QString pageId(const Page *page) const;
    // The page of type P, null when this person may not see it.
    template<typename P> P *page() const
    {
        for (Page *p : m_pages) {
            if (auto *typed = qobject_cast<P *>(p))
                return typed;
        }
        return nullptr;
    }
    Page *currentPage() const;
    void showPage(QWidget *page);
    Navigator *navigator() const { return m_navigator; }
    NotificationBell *notificationBell() const { return m_bell; }
    // The counts of waiting tasks beside the pages' names.
    NavigationBadges *badges() const { return m_badges; }
    // Asks the server every few seconds what changed: the page on show reloads when its kind of
    // data changed, the others when they are next shown.
    client::ChangeFeed *changeFeed() const { return m_changes; }
    // The audit chain's state as a banner on this window (for holders of audit:read).
    AuditAlarm *auditAlarm() const { return m_auditAlarm; }

    // A line across the top of every page for what concerns the whole console (a session that
    // ended, an audit chain that does not verify); one per id, replaced when shown again.
    void showBanner(const QString &id, MessageBar::Kind kind, const QString &text);
    void clearBanner(const QString &id);
    QString bannerText(const QString &id) const;

    // Every page has its data from the last refresh().
    bool hasLoaded() const;

    // Reads where this person stands with the policy (GET /policy/text): an overdue
    // acknowledgement keeps a banner up; with prompt, one due or overdue opens the policy to
    // accept (after sign-in). policyChecked() follows.
    void checkPolicy(bool prompt);
    const client::PolicyText &policy() const { return m_policy; }
    PolicyDialog *policyDialog() const; // null when not open

public slots:
    void refresh();
    void showPageSwitcher();
    void showShortcuts();
    void showPreferences();
    void changePassword();
    void showNotificationEmail();
    // Admins and compliance officers: what the store warns of (no SMTP relay), as a banner.
    void checkStoreStatus();
    void focusFilter();
    // The policy to read, and accept, at any time (Console menu).
    void showPolicy();

signals:
    void loaded(); // every page has loaded (after each refresh)
    void policyChecked();

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void addPage(const QString &id, Page *page);
    void fitNavigation();
    void createMenus();
    void createStatusBar();
    void updateStatus();
    void updateTitle();
    void checkLoaded();
    void applyChanges(const QStringList &kinds);
    void pageShown(int index);
    void notePolicy(const client::PolicyText &policy);
    void openPolicyDialog();

    client::ApiClient *m_client;
    Navigator *m_navigator = nullptr;
    QListWidget *m_navigation = nullptr;
    QStackedWidget *m_stack = nullptr;
    QVBoxLayout *m_banners = nullptr;
    QHash<QString, MessageBar *> m_bannerBars;
    QList<Page *> m_pages;
    QHash<const Page *, QString> m_pageIds;
    NotificationBell *m_bell = nullptr;
    NavigationBadges *m_badges = nullptr;
    client::ChangeFeed *m_changes = nullptr;
    AuditAlarm *m_auditAlarm = nullptr;
    QSet<Page *> m_stale; // changed since their last refresh, to reload when shown
    QLabel *m_serverStatus = nullptr;
    QLabel *m_tlsStatus = nullptr;
    QLabel *m_userStatus = nullptr;
    client::PolicyText m_policy;
    QPointer<PolicyDialog> m_policyDialog;
    bool m_demo = false;
    bool m_signingOut = false;
    bool m_signedOut = false;
};

} // namespace cc::ui
