#include "shell/TrendChart.h"

#include <algorithm>

#include <QHelpEvent>
#include <QPainter>
#include <QToolTip>

namespace cc::ui {

namespace {

constexpr int kPadding = 10;

} // namespace

TrendChart::TrendChart(const QString &title, const QString &unit, QWidget *parent)
    : QWidget(parent)
    , m_title(title)
    , m_unit(unit)
{
    theme::markCard(this);
    setAttribute(Qt::WA_StyledBackground);
    setMouseTracking(true);
    setAccessibleName(title);
}

QSize TrendChart::sizeHint() const
{
    return {240, 170};
}

QSize TrendChart::minimumSizeHint() const
{
    return {160, 130};
}

QString TrendChart::valueText(double value) const
{
    if (value < 0)
        return tr("none");
    const QString number = value == std::floor(value) ? QString::number(qint64(value))
                                                      : QString::number(value, 'f', 1);
    return m_unit.isEmpty() ? number : tr("%1 %2").arg(number, m_unit);
}

QString TrendChart::latestText() const
{
    if (m_series.isEmpty() || m_series.constFirst().values.isEmpty()
        || m_series.constFirst().values.constLast() < 0)
        return tr("—");
    return valueText(m_series.constFirst().values.constLast());
}

void TrendChart::setData(const QStringList &months, const QList<Series> &series)
{
    m_months = months;
    m_series = series;
    QStringList described;
    for (const Series &s : series) {
        QStringList values;
        for (int i = 0; i < s.values.size() && i < months.size(); ++i)
            values << tr("%1: %2").arg(months.at(i), valueText(s.values.at(i)));
        described << tr("%1 — %2").arg(s.label, values.join(QStringLiteral(", ")));
    }
    setAccessibleDescription(described.join(QStringLiteral("; ")));
    update();
}

QRectF TrendChart::plotRect() const
{
    const int titleHeight = fontMetrics().height() + 6;
    const int axisHeight = fontMetrics().height() + 4;
    const int legendHeight = m_series.size() > 1 ? fontMetrics().height() + 4 : 0;
    return QRectF(kPadding, kPadding + titleHeight, width() - 2 * kPadding,
                  height() - 2 * kPadding - titleHeight - axisHeight - legendHeight);
}

// The month index of the bar under pos, and in *series which of its bars; -1 when none.
int TrendChart::barAt(const QPoint &pos, int *series) const
{
    const QRectF plot = plotRect();
    if (m_months.isEmpty() || m_series.isEmpty() || !plot.contains(pos))
        return -1;
    const double slot = plot.width() / m_months.size();
    const int month = std::clamp(int((pos.x() - plot.left()) / slot), 0, int(m_months.size()) - 1);
    const double inSlot = pos.x() - plot.left() - month * slot;
    *series = std::clamp(int(inSlot / (slot / m_series.size())), 0, int(m_series.size()) - 1);
    return month;
}

bool TrendChart::event(QEvent *event)
{
    if (event->type() == QEvent::ToolTip) {
        auto *help = static_cast<QHelpEvent *>(event);
        int series = 0;
        const int month = barAt(help->pos(), &series);
        if (month < 0) {
            QToolTip::hideText();
            event->ignore();
            return true;
        }
        const Series &s = m_series.at(series);
        QToolTip::showText(help->globalPos(),
                           tr("%1, %2: %3")
                               .arg(m_months.at(month), s.label,
                                    valueText(month < s.values.size() ? s.values.at(month) : -1)),
                           this);
        return true;
    }
    return QWidget::event(event);
}

void TrendChart::paintEvent(QPaintEvent *)
{
    const theme::Colors &c = theme::colors();
    QPainter p(this);
    p.setRenderHint(QPainter::Antialiasing);
    const QFontMetrics fm = fontMetrics();
    const QRectF top(kPadding, kPadding, width() - 2 * kPadding, fm.height());
    QFont bold = font();
    bold.setWeight(QFont::DemiBold);
    p.setFont(bold);
    p.setPen(c.text);
    const QString latest = latestText();
    const int latestWidth = QFontMetrics(bold).horizontalAdvance(latest);
    p.drawText(
        top.adjusted(0, 0, -latestWidth - 8, 0), Qt::AlignLeft | Qt::AlignVCenter,
        QFontMetrics(bold).elidedText(m_title, Qt::ElideRight, int(top.width()) - latestWidth - 8));
    p.drawText(top, Qt::AlignRight | Qt::AlignVCenter, latest);
    p.setFont(font());

    const QRectF plot = plotRect();
    p.setPen(QPen(c.border, 1));
    p.drawLine(plot.bottomLeft(), plot.bottomRight());
    double highest = 0;
    for (const Series &s : m_series)
        for (double v : s.values)
            highest = std::max(highest, v);
    if (!m_months.isEmpty() && !m_series.isEmpty()) {
        const double slot = plot.width() / m_months.size();
        const double bar = slot * 0.8 / m_series.size();
        for (int k = 0; k < m_series.size(); ++k) {
            const Series &s = m_series.at(k);
            for (int i = 0; i < s.values.size() && i < m_months.size(); ++i) {
                const double v = s.values.at(i);
                if (v < 0)
                    continue;
                // Zero gets a hairline, so a month with none reads as zero, not as missing.
                const double h = highest > 0 ? std::max(1.0, plot.height() * v / highest) : 1.0;
                p.fillRect(QRectF(plot.left() + i * slot + slot * 0.1 + k * bar, plot.bottom() - h,
                                  std::max(1.0, bar - 1), h),
                           theme::color(s.tone));
            }
        }
        p.setPen(c.mutedText);
        const QRectF axis(plot.left(), plot.bottom() + 2, plot.width(), fm.height());
        p.drawText(axis, Qt::AlignLeft | Qt::AlignVCenter, m_months.constFirst());
        p.drawText(axis, Qt::AlignRight | Qt::AlignVCenter, m_months.constLast());
    }
    if (m_series.size() > 1) {
        // A legend wider than the chart is drawn smaller rather than cut off ("denie").
        QFont legendFont = font();
        auto legendWidth = [&](const QFontMetrics &metrics) {
            double total = 0;
            for (const Series &s : m_series)
                total += 24 + metrics.horizontalAdvance(s.label);
            return total - 10;
        };
        if (legendWidth(fm) > plot.width())
            legendFont.setPointSizeF(legendFont.pointSizeF() * plot.width() / legendWidth(fm));
        p.setFont(legendFont);
        const QFontMetrics lm(legendFont);
        double x = plot.left();
        const double y = plot.bottom() + fm.height() + 6;
        for (const Series &s : m_series) {
            p.fillRect(QRectF(x, y + 2, 10, lm.height() - 4), theme::color(s.tone));
            p.setPen(c.mutedText);
            p.drawText(QPointF(x + 14, y + lm.ascent()), s.label);
            x += 24 + lm.horizontalAdvance(s.label);
        }
    }
}

} // namespace cc::ui
