#pragma once

// Access reviews: the campaigns with their progress, and the items of the selected one — who
// holds which grant or role, who reviews it, what was decided and what it did. Reviewers keep
// or revoke their items with a reason ("My items" shows only theirs); compliance officers
// start campaigns and export the evidence (the server's CSV, byte for byte, and a PDF made
// here from the same report). A reviewer sees their progress, the context of the selected
// grant (the holder's last sign-in, the grant's last use, earlier grants), goes on to the next
// open item after each decision, and may keep or revoke several selected items with one
// reason. The server remains the judge of who may decide what.

#include "widgets/Page.h"

class QCheckBox;
class QLabel;
class QLineEdit;
class QProgressBar;
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
    // "reviews/<campaign>", "reviews?mine", "reviews?item=<id>" (an item of the open campaign
    // the caller reviews, selected once the items are in).
    bool open(const Destination &destination) override;
    QProgressBar *progressBar() const { return m_progress; }
    QLabel *contextLabel() const { return m_context; }

public slots:
    void refresh() override;
    void startReview();
    void keepSelected();
    void revokeSelected();
    void exportEvidence(); // asks where, then exportEvidenceTo()
    // Saves the selected campaign's CSV at csvPath and its PDF next to it (same name, .pdf).
    void exportEvidenceTo(const QString &csvPath);
    void selectReview(qint64 id);
    // Selects the next item the caller may still decide, after the selected one (wrapping);
    // false when none is left.
    bool selectNextItem();

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
    // The selected items the caller may decide, in the table's order.
    QList<client::AccessReviewItem> selectedDecidable() const;
    bool selectItem(qint64 id);
    void itemsArrived();
    void updateProgress();
    void updateContext();
    // What the reviewer weighs beside a decision, as rich text.
    static QString contextText(const client::AccessReviewItem &item);
    // The rest of a bulk decision, after the first item (decided through the dialog) was
    // accepted with the reason.
    void decideRest(const QString &decision, const QString &reason,
                    QList<client::AccessReviewItem> rest, int done, QStringList failures);

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
    QPushButton *m_next = nullptr;
    QProgressBar *m_progress = nullptr;
    QLabel *m_context = nullptr; // the selected grant's context
    qint64 m_wantedReview = 0; // to select again after a reload
    qint64 m_wantedItem = 0; // an item a link asked for, to select once the items are in
    int m_advanceFrom = -1; // after a decision: the table row to go on from, -1 when not
};

} // namespace cc::ui
