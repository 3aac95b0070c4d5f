#pragma once

// The review calendar: what is overdue now and what falls due in each of the next six months,
// one column per month, each asset a coloured line ("12 · Orders database"). Managers plan their
// reviews from it; officers see the load coming.

#include "AssetTypes.h"

#include <QList>
#include <QWidget>

namespace cc::ui {

class AssetReviewCalendar : public QWidget
{
    Q_OBJECT

public:
    explicit AssetReviewCalendar(QWidget *parent = nullptr);

    void setAssets(const QList<client::Asset> &assets, const QDate &today);
    // Assets shown in column 0 (overdue) .. 6 (sixth month from now); for tests.
    int countInColumn(int column) const;
    QSize sizeHint() const override;

signals:
    void assetActivated(qint64 id);

protected:
    void paintEvent(QPaintEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;

private:
    static constexpr int kColumns = 7;
    struct Entry
    {
        qint64 id;
        QString label;
        QString state;
        QRect rect;
    };
    QList<Entry> m_columns[kColumns];
    QDate m_today;
};

} // namespace cc::ui
