#pragma once

// A control's last days as a strip of daily cells, oldest on the left, each in its status's
// colour with the status's word in its tooltip, and a legend under it: the trend a person reads
// at a glance. A day without a record (before the store kept one) is drawn hollow.

#include "ControlTypes.h"

#include <QWidget>

namespace cc::ui {

class ControlTrend : public QWidget
{
    Q_OBJECT

public:
    explicit ControlTrend(QWidget *parent = nullptr);

    // The days up to and including `last`, `days` of them.
    void setHistory(const QList<client::ControlDay> &items, QDate last, int days);
    void clear();
    // The status recorded for day, empty when none was.
    QString statusOn(QDate day) const;
    int dayCount() const { return m_days; }
    // How many of the shown days have each status ("pass" → 62).
    int countOf(const QString &status) const;

    bool hasHeightForWidth() const override;
    int heightForWidth(int width) const override;
    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

protected:
    void paintEvent(QPaintEvent *event) override;
    bool event(QEvent *event) override;

private:
    QRect cellRect(int index) const;
    int stripHeight() const;
    // The legend's entries (status, word) and where each goes at a width.
    QList<std::pair<QString, QString>> legend() const;
    QList<QRect> legendBoxes(int width) const;
    void updateDescription();

    QHash<QDate, client::ControlDay> m_byDay;
    QDate m_last;
    int m_days = 0;
};

} // namespace cc::ui
