#pragma once

// A page that lists objects in a table and shows the selected one beside it (incidents,
// alerts, assets, the audit log). It keeps what the person looks at across reloads: the
// object on show stays selected, and a link to an object the list does not hold (another
// filter, another page) still shows it in the detail pane.

#include "widgets/Page.h"

class QSplitter;

namespace cc::ui {

class DataTableView;
class FlowLayout;
class PagedTableModel;
class TableFilterProxy;

class ListDetailPage : public Page
{
    Q_OBJECT

public:
    DataTableView *view() const { return m_view; }
    TableFilterProxy *proxy() const { return m_proxy; }
    PagedTableModel *listModel() const { return m_model; }

    // Selects the object's row; false when the list (as filtered) does not hold it.
    bool selectObject(qint64 id);
    // Shows the object, selecting its row when the list holds it; with the list still loading,
    // once it has loaded.
    void openObject(qint64 id);
    qint64 selectedId() const; // 0 when none
    bool open(const Destination &destination) override;

public slots:
    // Reads the list again; the object on show stays selected.
    void refresh() override;

protected:
    ListDetailPage(client::ApiClient *client, const QString &title, const QString &subtitle,
                   const QIcon &icon, QWidget *parent = nullptr);

    // The list and its proxy (owned by the subclass); the table is named viewName, and told to
    // screen readers by name and description.
    void setList(PagedTableModel *model, TableFilterProxy *proxy, const QString &viewName,
                 const QString &name, const QString &description);
    // The pane beside the table; stretches say how the width is shared.
    void setDetail(QWidget *detail, int listStretch, int detailStretch);
    // Above the table: quick filters on the left, actions on the right.
    FlowLayout *toolBar() const { return m_toolBar; }
    // Below the list and its detail, sharing the height with them (e.g. a calendar).
    void addBelow(QWidget *widget, int listStretch, int belowStretch);

    // Reads the object and shows it in the detail pane (selection, or a link).
    virtual void showObject(qint64 id) = 0;
    // The id of the object on show in the detail pane, 0 when none.
    virtual qint64 shownId() const = 0;
    // Applies a quick filter named by a link ("overdue"); false when unknown.
    virtual bool applyFilter(const QString &filter);
    // Sets the model's server-side filters before each reload.
    virtual void prepareReload() { }
    // The sentence in an empty table once the list has loaded.
    virtual QString emptyText() const = 0;
    // Column widths, once the first rows are in.
    virtual void fitColumns() { }
    // The list has (more) rows: summaries and charts of it follow.
    virtual void listUpdated() { }
    virtual void updateActions() { }

private:
    void listLoaded();

    DataTableView *m_view = nullptr;
    QSplitter *m_outer = nullptr; // the list and detail above, addBelow() widgets under them
    QSplitter *m_split = nullptr;
    PagedTableModel *m_model = nullptr;
    TableFilterProxy *m_proxy = nullptr;
    FlowLayout *m_toolBar = nullptr;
    qint64 m_pendingOpen = 0; // to select once the list has loaded
    bool m_columnsFitted = false;
};

} // namespace cc::ui
