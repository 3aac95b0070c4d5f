#pragma once

// The asset inventory and its six-monthly reviews: a table with the reminder state in colour,
// quick filters (mine, due, overdue, holds Amazon data), a detail pane with the review history,
// "Record review", CSV import (all or nothing, checked by the server) and export, and a review
// calendar of the next six months. Managers see their own assets first. What the buttons allow
// follows the caller's permissions; the server remains the judge.

#include "AssetTypes.h"
#include "widgets/ListDetailPage.h"

#include <QPointer>

class QButtonGroup;
class QLabel;
class QPushButton;
class QSortFilterProxyModel;
class QTreeWidget;

namespace cc::client {
class ApiJob;
} // namespace cc::client

namespace cc::ui {

class AssetModel;
class AssetReviewCalendar;

class AssetsPage : public ListDetailPage
{
    Q_OBJECT

public:
    enum class Filter { All, Mine, Due, Overdue, AmazonData, Removable };

    explicit AssetsPage(client::ApiClient *client, QWidget *parent = nullptr);

    AssetModel *model() const { return m_model; }
    AssetReviewCalendar *calendar() const { return m_calendar; }
    QTreeWidget *historyView() const { return m_history; }
    QStringList changeKinds() const override;

    void setFilter(Filter filter);
    // Selects the asset's row (clearing filters that hide it); false when it is not listed.
    bool selectAsset(qint64 id);
    const client::Asset *selectedAsset() const;

public slots:
    void recordReview();
    void importCsv();
    void exportCsv();
    // Sends an import without a file dialog (the Import button reads the file, then calls this).
    void importBytes(const QByteArray &csv, const QString &fileName);

protected:
    void showObject(qint64 id) override;
    qint64 shownId() const override { return m_shownId; }
    // all, mine, due, overdue, amazon, removable
    bool applyFilter(const QString &filter) override;
    QString emptyText() const override;
    void fitColumns() override;
    void listUpdated() override;
    void updateActions() override;

private:
    QWidget *makeDetailPane();
    QWidget *makeCalendar();
    void updateDetail(const client::Asset *asset);
    void updateSummary();
    void loadHistory(qint64 assetId);

    AssetModel *m_model;
    class AssetFilterProxy *m_proxy;
    QButtonGroup *m_filters = nullptr;
    QLabel *m_summary = nullptr;
    QLabel *m_detailTitle = nullptr;
    QLabel *m_detail = nullptr;
    QTreeWidget *m_history = nullptr;
    AssetReviewCalendar *m_calendar = nullptr;
    QPushButton *m_review = nullptr;
    QPushButton *m_import = nullptr;
    QPushButton *m_export = nullptr;
    QPointer<client::ApiJob> m_historyJob;
    qint64 m_shownId = 0;
};

} // namespace cc::ui
