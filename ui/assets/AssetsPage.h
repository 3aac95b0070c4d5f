#pragma once

// The asset inventory and its six-monthly reviews: a table with the reminder state in colour,
// quick filters (mine, due, overdue, holds Amazon data), a detail pane with the review history,
// "Record review", CSV import (all or nothing, checked by the server) and export, and a review
// calendar of the next six months. Managers see their own assets first. What the buttons allow
// follows the caller's permissions; the server remains the judge.

#include "AssetTypes.h"

#include <QPointer>
#include <QWidget>

class QButtonGroup;
class QLabel;
class QLineEdit;
class QPushButton;
class QSortFilterProxyModel;
class QTreeWidget;

namespace cc::client {
class ApiClient;
class ApiJob;
} // namespace cc::client

namespace cc::ui {

class AssetModel;
class DataTableView;
class MessageBar;
class AssetReviewCalendar;

class AssetsPage : public QWidget
{
    Q_OBJECT

public:
    enum class Filter { All, Mine, Due, Overdue, AmazonData };

    explicit AssetsPage(client::ApiClient *client, QWidget *parent = nullptr);

    AssetModel *model() const { return m_model; }
    QSortFilterProxyModel *proxy() const;
    DataTableView *view() const { return m_view; }
    AssetReviewCalendar *calendar() const { return m_calendar; }
    MessageBar *messageBar() const { return m_message; }
    QTreeWidget *historyView() const { return m_history; }
    bool hasLoaded() const { return m_loaded; }

    void setFilter(Filter filter);
    // Selects the asset's row (clearing filters that hide it); false when it is not listed.
    bool selectAsset(qint64 id);
    const client::Asset *selectedAsset() const;

public slots:
    void refresh();
    void recordReview();
    void importCsv();
    void exportCsv();
    // Sends an import without a file dialog (the Import button reads the file, then calls this).
    void importBytes(const QByteArray &csv, const QString &fileName);

signals:
    void loaded();

private:
    void updateActions();
    void updateDetail();
    void updateSummary();
    void loadHistory(qint64 assetId);

    client::ApiClient *m_client;
    AssetModel *m_model;
    class AssetFilterProxy *m_proxy;
    DataTableView *m_view = nullptr;
    MessageBar *m_message = nullptr;
    QLineEdit *m_filterEdit = nullptr;
    QButtonGroup *m_filters = nullptr;
    QLabel *m_summary = nullptr;
    QLabel *m_detailTitle = nullptr;
    QLabel *m_detail = nullptr;
    QTreeWidget *m_history = nullptr;
    AssetReviewCalendar *m_calendar = nullptr;
    QPushButton *m_review = nullptr;
    QPushButton *m_import = nullptr;
    QPushButton *m_export = nullptr;
    QPushButton *m_refresh = nullptr;
    QPointer<client::ApiJob> m_historyJob;
    qint64 m_pendingSelection = 0;
    bool m_loaded = false;
    bool m_columnsFitted = false;
};

} // namespace cc::ui
