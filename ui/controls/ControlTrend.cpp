#include "controls/ControlTrend.h"

#include "Words.h"
#include "widgets/Theme.h"

#include <QHelpEvent>
#include <QPainter>
#include <QToolTip>

namespace cc::ui {

namespace {

constexpr int kCellGap = 1;
constexpr int kCellHeight = 22;
constexpr int kLegendGap = 8;

const QStringList &statuses()
{
    static const QStringList order = {QStringLiteral("pass"), QStringLiteral("warn"),
                                      QStringLiteral("fail"), QStringLiteral("manual")};
    return order;
}

QColor statusFill(const QString &status)
{
    const theme::Colors &c = theme::colors();
    if (status == QLatin1StringView("pass"))
        return c.good;
    if (status == QLatin1StringView("warn"))
        return c.warn;
    if (status == QLatin1StringView("fail"))
        return c.bad;
    if (status == QLatin1StringView("manual"))
        return c.info;
    return c.mutedTint;
}

} // namespace

ControlTrend::ControlTrend(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("controlTrend"));
    setMouseTracking(true);
    QSizePolicy policy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    policy.setHeightForWidth(true);
    setSizePolicy(policy);
}

void ControlTrend::setHistory(const QList<client::ControlDay> &items, QDate last, int days)
{
    m_byDay.clear();
    for (const client::ControlDay &day : items)
        m_byDay.insert(day.day, day);
    m_last = last;
    m_days = days;
    updateDescription();
    update();
}

void ControlTrend::clear()
{
    setHistory({}, {}, 0);
}

QString ControlTrend::statusOn(QDate day) const
{
    return m_byDay.value(day).status;
}

int ControlTrend::countOf(const QString &status) const
{
    int n = 0;
    for (int i = 0; i < m_days; ++i) {
        if (statusOn(m_last.addDays(i - m_days + 1)) == status)
            ++n;
    }
    return n;
}

int ControlTrend::stripHeight() const
{
    return kCellHeight;
}

QList<std::pair<QString, QString>> ControlTrend::legend() const
{
    QList<std::pair<QString, QString>> entries;
    for (const QString &status : statuses())
        entries.append({status, client::controlStatusLabel(status)});
    entries.append({QString(), tr("No record")});
    return entries;
}

QList<QRect> ControlTrend::legendBoxes(int width) const
{
    // Each entry a swatch and its word; an entry that does not fit starts a new line.
    const QFontMetrics metrics = fontMetrics();
    const int swatch = metrics.height() - 4;
    QList<QRect> boxes;
    int x = 0;
    int y = stripHeight() + kLegendGap;
    for (const auto &[status, label] : legend()) {
        const int entryWidth = swatch + 5 + metrics.horizontalAdvance(label) + 2;
        if (x > 0 && x + entryWidth > width) {
            x = 0;
            y += metrics.height() + 4;
        }
        boxes.append(QRect(x, y, entryWidth, metrics.height()));
        x += entryWidth + 14;
    }
    return boxes;
}

bool ControlTrend::hasHeightForWidth() const
{
    return true;
}

int ControlTrend::heightForWidth(int width) const
{
    return legendBoxes(width).constLast().bottom() + 4;
}

QSize ControlTrend::sizeHint() const
{
    return {360, heightForWidth(360)};
}

QSize ControlTrend::minimumSizeHint() const
{
    return {180, heightForWidth(180)};
}

QRect ControlTrend::cellRect(int index) const
{
    if (m_days <= 0)
        return {};
    const double width = double(this->width()) / m_days;
    const int left = int(index * width);
    const int right = int((index + 1) * width) - kCellGap;
    return QRect(left, 0, qMax(1, right - left), stripHeight());
}

void ControlTrend::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    const theme::Colors &c = theme::colors();
    for (int i = 0; i < m_days; ++i) {
        const QString status = statusOn(m_last.addDays(i - m_days + 1));
        const QRect cell = cellRect(i);
        if (status.isEmpty()) {
            painter.setPen(c.border);
            painter.setBrush(Qt::NoBrush);
            painter.drawRect(cell.adjusted(0, 0, -1, -1));
        } else {
            painter.fillRect(cell, statusFill(status));
        }
    }
    // The legend: a swatch and the status's word for each, then the hollow "no record".
    const QFontMetrics metrics = fontMetrics();
    const int swatch = metrics.height() - 4;
    const QList<QRect> boxes = legendBoxes(width());
    const QList<std::pair<QString, QString>> entries = legend();
    for (qsizetype i = 0; i < entries.size(); ++i) {
        const auto &[status, label] = entries.at(i);
        const QRect box = boxes.at(i);
        const QRect swatchBox(box.left(), box.top() + 2, swatch, swatch);
        if (status.isEmpty()) {
            painter.setPen(c.border);
            painter.setBrush(Qt::NoBrush);
            painter.drawRect(swatchBox.adjusted(0, 0, -1, -1));
        } else {
            painter.fillRect(swatchBox, statusFill(status));
        }
        painter.setPen(c.text);
        painter.drawText(box.adjusted(swatch + 5, 0, 0, 0), Qt::AlignLeft | Qt::AlignVCenter,
                         label);
    }
}

bool ControlTrend::event(QEvent *event)
{
    if (event->type() == QEvent::ToolTip) {
        const auto *help = static_cast<QHelpEvent *>(event);
        for (int i = 0; i < m_days; ++i) {
            if (!cellRect(i).contains(help->pos()))
                continue;
            const QDate day = m_last.addDays(i - m_days + 1);
            const client::ControlDay record = m_byDay.value(day);
            QToolTip::showText(help->globalPos(),
                               record.status.isEmpty()
                                   ? tr("%1: no record").arg(day.toString(Qt::ISODate))
                                   : tr("%1: %2 — %3")
                                         .arg(day.toString(Qt::ISODate),
                                              client::controlStatusLabel(record.status),
                                              record.summary),
                               this);
            return true;
        }
        QToolTip::hideText();
        event->ignore();
        return true;
    }
    return QWidget::event(event);
}

void ControlTrend::updateDescription()
{
    // What the colours say, for screen readers and for anyone who does not see them.
    QStringList parts;
    for (const QString &status : statuses()) {
        if (const int n = countOf(status))
            parts << tr("%1: %n day(s)", nullptr, n).arg(client::controlStatusLabel(status));
    }
    int recorded = 0;
    for (const QString &status : statuses())
        recorded += countOf(status);
    if (recorded < m_days)
        parts << tr("no record: %n day(s)", nullptr, m_days - recorded);
    setAccessibleDescription(parts.join(QStringLiteral("; ")));
    setToolTip({});
}

} // namespace cc::ui
