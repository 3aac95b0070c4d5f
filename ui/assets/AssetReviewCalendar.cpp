#include "assets/AssetReviewCalendar.h"

#include "assets/AssetModel.h"
#include "widgets/Theme.h"

#include <algorithm>

#include <QLocale>
#include <QMouseEvent>
#include <QPainter>

namespace cc::ui {

namespace {
constexpr int kHeader = 46;
constexpr int kLine = 22;
constexpr int kGap = 8;
} // namespace

AssetReviewCalendar::AssetReviewCalendar(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("assetReviewCalendar"));
    setMouseTracking(true);
}

void AssetReviewCalendar::setAssets(const QList<client::Asset> &assets, const QDate &today)
{
    m_today = today;
    for (auto &column : m_columns)
        column.clear();
    QList<client::Asset> sorted;
    for (const client::Asset &a : assets) {
        if (a.status != QLatin1StringView("retired"))
            sorted.append(a);
    }
    std::sort(sorted.begin(), sorted.end(), [](const client::Asset &a, const client::Asset &b) {
        return a.nextReviewDue < b.nextReviewDue;
    });
    const QDate firstOfMonth(today.year(), today.month(), 1);
    for (const client::Asset &a : std::as_const(sorted)) {
        int column = -1;
        if (a.state == QLatin1StringView("overdue")) {
            column = 0;
        } else {
            const int months = (a.nextReviewDue.year() - firstOfMonth.year()) * 12
                + a.nextReviewDue.month() - firstOfMonth.month();
            if (months >= 0 && months < kColumns - 1)
                column = months + 1;
        }
        if (column < 0)
            continue;
        const QString day = column == 0 ? tr("%nd late", nullptr, int(-a.daysUntilDue))
                                        : QString::number(a.nextReviewDue.day());
        m_columns[column].append({a.id, day + QStringLiteral(" · ") + a.name, a.state, {}});
    }
    updateGeometry();
    update();
}

int AssetReviewCalendar::countInColumn(int column) const
{
    return column >= 0 && column < kColumns ? int(m_columns[column].size()) : 0;
}

QSize AssetReviewCalendar::sizeHint() const
{
    qsizetype most = 0;
    for (const auto &column : m_columns)
        most = std::max(most, column.size());
    return {kColumns * 170, kHeader + int(std::min<qsizetype>(most, 8)) * kLine + 30};
}

void AssetReviewCalendar::paintEvent(QPaintEvent *)
{
    QPainter p(this);
    p.setRenderHint(QPainter::Antialiasing);
    p.fillRect(rect(), palette().base());
    const int width = (this->width() - (kColumns + 1) * kGap) / kColumns;
    const QDate firstOfMonth(m_today.year(), m_today.month(), 1);
    const QLocale locale;
    const theme::Colors &colors = theme::colors();
    QFont bold = font();
    bold.setBold(true);
    for (int c = 0; c < kColumns; ++c) {
        const QRect card(kGap + c * (width + kGap), kGap, width, height() - 2 * kGap);
        p.setPen(colors.border);
        p.setBrush(c == 0 ? theme::tint(theme::Tone::Bad) : colors.alternateBase);
        p.drawRoundedRect(card, 6, 6);
        const QString title = c == 0
            ? tr("Overdue")
            : locale.toString(firstOfMonth.addMonths(c - 1), QStringLiteral("MMMM yyyy"));
        p.setFont(bold);
        p.setPen(c == 0 ? AssetModel::stateColor(QStringLiteral("overdue")) : colors.text);
        p.drawText(card.adjusted(10, 6, -10, 0), Qt::AlignLeft | Qt::AlignTop, title);
        p.setFont(font());
        p.setPen(colors.mutedText);
        p.drawText(card.adjusted(10, 24, -10, 0), Qt::AlignLeft | Qt::AlignTop,
                   tr("%n review(s)", nullptr, int(m_columns[c].size())));
        const int room = std::max(0, (card.height() - kHeader - 4) / kLine);
        auto &entries = m_columns[c];
        for (int i = 0; i < entries.size(); ++i) {
            Entry &e = entries[i];
            e.rect = {};
            if (i >= room)
                continue;
            const bool last = i == room - 1 && entries.size() > room;
            const QRect line(card.left() + 6, card.top() + kHeader + i * kLine, card.width() - 12,
                             kLine - 3);
            if (last) {
                p.setPen(colors.mutedText);
                p.drawText(line.adjusted(6, 0, 0, 0), Qt::AlignVCenter | Qt::AlignLeft,
                           tr("+ %n more", nullptr, int(entries.size() - i)));
                break;
            }
            e.rect = line;
            p.setPen(Qt::NoPen);
            p.setBrush(AssetModel::stateBackground(e.state));
            p.drawRoundedRect(line, 3, 3);
            p.setBrush(AssetModel::stateColor(e.state));
            p.drawRoundedRect(QRect(line.left(), line.top(), 4, line.height()), 2, 2);
            p.setPen(colors.text);
            p.drawText(line.adjusted(10, 0, -4, 0), Qt::AlignVCenter | Qt::AlignLeft,
                       p.fontMetrics().elidedText(e.label, Qt::ElideRight, line.width() - 14));
        }
    }
}

void AssetReviewCalendar::mousePressEvent(QMouseEvent *event)
{
    for (const auto &column : m_columns) {
        for (const Entry &e : column) {
            if (e.rect.contains(event->position().toPoint())) {
                emit assetActivated(e.id);
                return;
            }
        }
    }
    QWidget::mousePressEvent(event);
}

} // namespace cc::ui
