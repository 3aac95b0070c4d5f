#pragma once

// Access review campaigns (GET /access-reviews) with their progress, and one campaign's items
// (GET /access-reviews/{id}/items): who holds what, who reviews it, what was decided.

#include "AccessReviewTypes.h"
#include "widgets/PagedTableModel.h"

namespace cc::ui {

class AccessReviewModel : public RecordTableModel<client::AccessReview>
{
    Q_OBJECT

public:
    enum Column { Title, Status, Started, Due, Progress, Mine, Unreviewed, ColumnCount };
    Q_ENUM(Column)

    explicit AccessReviewModel(client::ApiClient *client, QObject *parent = nullptr);

    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

protected:
    client::Call<client::Page<client::AccessReview>>
    fetch(const client::PageRequest &page) override;
};

class AccessReviewItemModel : public RecordTableModel<client::AccessReviewItem>
{
    Q_OBJECT

public:
    enum Column {
        Holder,
        Kind,
        Access,
        Reviewer,
        Decision,
        Reason,
        DecidedBy,
        Outcome,
        ColumnCount
    };
    Q_ENUM(Column)

    explicit AccessReviewItemModel(client::ApiClient *client, QObject *parent = nullptr);

    // Which campaign, and whether only the signed-in reviewer's items; both apply on reload().
    void setReview(qint64 reviewId, bool mineOnly);
    qint64 reviewId() const { return m_reviewId; }

    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    static QString decisionLabel(const QString &decision);

protected:
    client::Call<client::Page<client::AccessReviewItem>>
    fetch(const client::PageRequest &page) override;

private:
    qint64 m_reviewId = 0;
    bool m_mineOnly = false;
};

} // namespace cc::ui
