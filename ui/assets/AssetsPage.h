#pragma once

// The asset inventory and its six-monthly reviews: a table with the reminder state in colour,
// quick filters (mine, due, overdue, holds Amazon data), a detail pane with the review history,
// "Record review", CSV import (all or nothing, checked by the server) and export, and a review
// calendar of the next six months. Managers see their own assets first, and add, change,
// reassign and retire assets (retired ones leave the default view). What the buttons allow
// follows the caller's permissions; the server remains the judge.

#include "AssetTypes.h"
#include "widgets/ListDetailPage.h"

#include <optional>

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
    // All: every asset in use; Retired: only the retired ones, which All leaves out.
    enum class Filter { All, Mine, Due, Overdue, AmazonData, Removable, Retired, Reassign };

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
    void addAsset();
    void editSelected();
    void reassignSelected();
    void retireSelected();
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
    QStringList knownOwners() const;
    void openAssetDialog(const std::optional<client::Asset> &asset, bool ownerFirst);

    AssetModel *m_model;
    class AssetFilterProxy *m_proxy;
    QButtonGroup *m_filters = nullptr;
    QLabel *m_summary = nullptr;
    QLabel *m_detailTitle = nullptr;
    QLabel *m_detail = nullptr;
    QTreeWidget *m_history = nullptr;
    AssetReviewCalendar *m_calendar = nullptr;
    QPushButton *m_review = nullptr;
    QPushButton *m_add = nullptr;
    QPushButton *m_edit = nullptr;
    QPushButton *m_reassign = nullptr;
    QPushButton *m_retire = nullptr;
    QPushButton *m_import = nullptr;
    QPushButton *m_export = nullptr;
    QPointer<client::ApiJob> m_historyJob;
    QStringList m_users; // every user's name, for the owner picker, with users:read
    qint64 m_shownId = 0;
};

} // namespace cc::ui
