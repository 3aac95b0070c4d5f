#pragma once

// One of the dashboard's monthly trends as a small bar chart on a card: its title, the latest
// month's figure, a bar per month (one or more series side by side) and the first and last
// month under them. Drawn with QPainter in the theme's colours; the figures are in its
// accessible description and in each bar's tooltip.

#include "widgets/Theme.h"

#include <QWidget>

namespace cc::ui {

class TrendChart : public QWidget
{
    Q_OBJECT

public:
    struct Series
    {
        QString label;
        QList<double> values; // one per month; negative: nothing that month
        theme::Tone tone = theme::Tone::Info;
    };

    TrendChart(const QString &title, const QString &unit, QWidget *parent = nullptr);

    void setData(const QStringList &months, const QList<Series> &series);
    const QList<Series> &series() const { return m_series; }
    QString latestText() const; // the figure shown beside the title

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

protected:
    void paintEvent(QPaintEvent *event) override;
    bool event(QEvent *event) override;

private:
    QRectF plotRect() const;
    int barAt(const QPoint &pos, int *series) const;
    QString valueText(double value) const;

    QString m_title;
    QString m_unit; // "h", "%", or empty
    QStringList m_months;
    QList<Series> m_series;
};

} // namespace cc::ui
