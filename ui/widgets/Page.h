#pragma once

// One area of the console as the main window shows it: a title and icon for the navigation, a
// header (what the page is for, a filter field, Refresh), an inline message bar, and the
// area's content below. The window iterates over pages (shell/PageRegistry lists them, with
// the permission each needs); pages link to each other only through Destination, which the
// window's navigator resolves, so no page knows another.

#include <QIcon>
#include <QWidget>

class QLineEdit;
class QVBoxLayout;

namespace cc::client {
class ApiClient;
}

namespace cc::ui {

class MessageBar;
class PageHeader;

// Where a link leads: a page by its id, and optionally one of its quick filters ("overdue"), a
// list's own query string where the page reads one (audit, monitoring, devices:
// "devices?status=active&encrypted=false", as a control's evidence names it) or one of its
// objects (an incident's id). Written "incidents/4", "assets?overdue".
struct Destination
{
    QString page;
    QString filter;
    qint64 objectId = 0;

    static Destination parse(const QString &text);
    QString toString() const;
    bool operator==(const Destination &other) const = default;
};

class Page : public QWidget
{
    Q_OBJECT

public:
    Page(client::ApiClient *client, const QString &title, const QString &subtitle,
         const QIcon &icon, QWidget *parent = nullptr);

    QString title() const { return m_title; }
    // The shorter name in the navigation, when the title is long.
    QString navigationTitle() const
    {
        return m_navigationTitle.isEmpty() ? m_title : m_navigationTitle;
    }
    QIcon icon() const { return m_icon; }
    PageHeader *header() const { return m_header; }
    MessageBar *messageBar() const { return m_message; }

    // Kinds of change (client::ChangeFeed) after which this page's data is stale.
    virtual QStringList changeKinds() const { return {}; }
    // The field Ctrl+F puts the cursor in; null when the page has none.
    virtual QWidget *filterField() const;
    // Shows what a link points at (a quick filter, an object); false when the page cannot.
    virtual bool open(const Destination &destination);

    // The data of the last refresh() has arrived.
    bool hasLoaded() const { return m_loaded; }

public slots:
    virtual void refresh() = 0;

signals:
    void loaded();
    // A link on this page was followed: the window shows the page it leads to.
    void navigationRequested(const cc::ui::Destination &destination);

protected:
    client::ApiClient *apiClient() const { return m_client; }
    // The layout under the header and message bar, for the page's content.
    QVBoxLayout *body() const { return m_body; }
    void setLoading() { m_loaded = false; }
    void setLoaded();
    void setNavigationTitle(const QString &title) { m_navigationTitle = title; }
    // The header's filter field, shown with an accessible name and placeholder.
    QLineEdit *useFilterField(const QString &objectName, const QString &placeholder);

    client::ApiClient *m_client;

private:
    QString m_title;
    QString m_navigationTitle;
    QIcon m_icon;
    PageHeader *m_header;
    MessageBar *m_message;
    QVBoxLayout *m_body;
    bool m_loaded = false;
};

} // namespace cc::ui
