#pragma once

// Access reviews: the campaigns with their progress, and the items of the selected one — who
// holds which grant or role, who reviews it, what was decided and what it did. Reviewers keep
// or revoke their items with a reason ("My items" shows only theirs); compliance officers
// start campaigns and export the evidence (the server's CSV, byte for byte, and a PDF made
// here from the same report). The server remains the judge of who may decide what.

#include "widgets/Page.h"

class QCheckBox;
class QLabel;
class QLineEdit;
class QPushButton;

namespace cc::client {
class ApiClient;
struct AccessReview;
struct AccessReviewItem;
} // namespace cc::client

namespace cc::ui {

class AccessReviewItemModel;
class AccessReviewModel;
class DataTableView;
class TableFilterProxy;

class AccessReviewsPage : public Page
{
    Q_OBJECT

public:
    explicit AccessReviewsPage(client::ApiClient *client, QWidget *parent = nullptr);

    AccessReviewModel *reviewModel() const { return m_reviews; }
    AccessReviewItemModel *itemModel() const { return m_items; }
    TableFilterProxy *reviewProxy() const { return m_reviewProxy; }
    TableFilterProxy *itemProxy() const { return m_itemProxy; }
    DataTableView *reviewsView() const { return m_reviewsView; }
    DataTableView *itemsView() const { return m_itemsView; }
    qint64 currentReviewId() const;
    QStringList changeKinds() const override;
    bool open(const Destination &destination) override; // "reviews/<campaign>", "reviews?mine"

public slots:
    void refresh() override;
    void startReview();
    void keepSelected();
    void revokeSelected();
    void exportEvidence(); // asks where, then exportEvidenceTo()
    // Saves the selected campaign's CSV at csvPath and its PDF next to it (same name, .pdf).
    void exportEvidenceTo(const QString &csvPath);
    void selectReview(qint64 id);

signals:
    void itemsLoaded();
    void evidenceExported(const QString &csvPath, const QString &pdfPath);
    void exportFailed(const QString &message);

private:
    void decide(const QString &decision);
    void reviewChanged();
    void updateActions();
    void updateTexts();
    const client::AccessReview *selectedReview() const;
    const client::AccessReviewItem *selectedItem() const;

    AccessReviewModel *m_reviews;
    AccessReviewItemModel *m_items;
    TableFilterProxy *m_reviewProxy;
    TableFilterProxy *m_itemProxy;
    DataTableView *m_reviewsView = nullptr;
    DataTableView *m_itemsView = nullptr;
    QLineEdit *m_filter = nullptr;
    QLabel *m_itemsTitle = nullptr;
    QCheckBox *m_mine = nullptr;
    QPushButton *m_start = nullptr;
    QPushButton *m_export = nullptr;
    QPushButton *m_keep = nullptr;
    QPushButton *m_revoke = nullptr;
    qint64 m_wantedReview = 0; // to select again after a reload
};

} // namespace cc::ui
