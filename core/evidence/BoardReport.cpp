#include "BoardReport.h"

#include "audit/AuditExport.h"
#include "crypto/Crypto.h"
#include "evidence/HtmlPdf.h"
#include "service/ServiceSupport.h"

#include <cmath>
#include <functional>

#include <QPainter>

namespace cc::evidence {

namespace {

const QColor kBar(0x1a, 0x3a, 0x5c);
const QColor kSecondBar(0xc6, 0x28, 0x28);
const QColor kMuted(0x75, 0x75, 0x75);
const QColor kRule(0xbd, 0xbd, 0xbd);

struct Series
{
    QString label;
    std::function<double(const TrendMonth &)> value; // negative: no value that month
    QColor colour;
};

// A bar chart of one or two series over the months, drawn for the PDF (300 dpi at 80 mm).
QImage chart(const QString &title, const QList<TrendMonth> &months, const QList<Series> &series)
{
    QImage image(1900, 470, QImage::Format_RGB32);
    image.fill(Qt::white);
    QPainter p(&image);
    p.setRenderHint(QPainter::Antialiasing);
    QFont f;
    f.setFamilies({QStringLiteral("Lato"), QStringLiteral("DejaVu Sans")});
    f.setPixelSize(34);
    f.setWeight(QFont::DemiBold);
    p.setFont(f);
    p.setPen(kBar);
    p.drawText(QRectF(0, 0, image.width(), 50), Qt::AlignLeft | Qt::AlignVCenter, title);
    f.setWeight(QFont::Normal);
    f.setPixelSize(26);
    p.setFont(f);
    double top = 1;
    for (const TrendMonth &m : months) {
        for (const Series &s : series)
            top = std::max(top, s.value(m));
    }
    const QRectF plot(70, 70, image.width() - 80, image.height() - 140);
    p.setPen(QPen(kRule, 2));
    p.drawLine(plot.bottomLeft(), plot.bottomRight());
    p.setPen(kMuted);
    p.drawText(QRectF(0, plot.top() - 16, 64, 32), Qt::AlignRight | Qt::AlignVCenter,
               QString::number(top, 'f', top == std::floor(top) ? 0 : 1));
    p.drawText(QRectF(0, plot.bottom() - 16, 64, 32), Qt::AlignRight | Qt::AlignVCenter,
               QStringLiteral("0"));
    const double slot = plot.width() / std::max<qsizetype>(1, months.size());
    const double bar = slot * 0.7 / std::max<qsizetype>(1, series.size());
    for (int i = 0; i < months.size(); ++i) {
        const double x = plot.left() + i * slot + slot * 0.15;
        for (int k = 0; k < series.size(); ++k) {
            const double v = series.at(k).value(months.at(i));
            if (v < 0)
                continue;
            const double h = plot.height() * v / top;
            p.fillRect(QRectF(x + k * bar, plot.bottom() - h, bar - 2, h), series.at(k).colour);
        }
        p.setPen(kMuted);
        p.drawText(QRectF(plot.left() + i * slot, plot.bottom() + 6, slot, 34), Qt::AlignCenter,
                   months.at(i).month.mid(2));
    }
    double legendX = plot.left();
    for (const Series &s : series) {
        p.fillRect(QRectF(legendX, image.height() - 30, 24, 24), s.colour);
        p.setPen(kMuted);
        p.drawText(QRectF(legendX + 32, image.height() - 36, 600, 36),
                   Qt::AlignLeft | Qt::AlignVCenter, s.label);
        legendX += 60 + p.fontMetrics().horizontalAdvance(s.label);
    }
    return image;
}

QString number(const std::optional<double> &value, int decimals)
{
    return value ? QString::number(*value, 'f', decimals) : QStringLiteral("-");
}

QString countsTable(const DashboardCounts &counts)
{
    QString html
        = QStringLiteral("<table width=\"100%\" cellspacing=\"0\" cellpadding=\"3\" border=\"1\" "
                         "style=\"border-collapse:collapse; border-color:#bdbdbd\">"
                         "<tr><th align=\"left\">What</th><th align=\"right\">Count</th>"
                         "<th align=\"left\">Whose</th></tr>");
    for (const DashboardCount &c : counts.counts) {
        QString value = c.count ? QString::number(*c.count) : QStringLiteral("-");
        if (c.bySeverity.size() == 4)
            value += QStringLiteral(" (by severity 1-4: %1, %2, %3, %4)")
                         .arg(c.bySeverity[0])
                         .arg(c.bySeverity[1])
                         .arg(c.bySeverity[2])
                         .arg(c.bySeverity[3]);
        html += QStringLiteral("<tr><td>%1</td><td align=\"right\">%2</td><td>%3</td></tr>")
                    .arg(esc(dashboardCountLabel(c.key)), value,
                         c.scope == dashboard::Company ? QStringLiteral("company-wide")
                                                       : QStringLiteral("the reader's own"));
    }
    return html + QStringLiteral("</table>");
}

QString trendTable(const DashboardTrends &trends)
{
    QString html = QStringLiteral(
        "<table width=\"100%\" cellspacing=\"0\" cellpadding=\"2\" border=\"1\" "
        "style=\"border-collapse:collapse; border-color:#bdbdbd\">"
        "<tr><th align=\"left\">Month</th><th align=\"right\">Incidents opened</th>"
        "<th align=\"right\">Contained</th><th align=\"right\">Median h to contain</th>"
        "<th align=\"right\">Mean h to contain</th><th align=\"right\">Access requests</th>"
        "<th align=\"right\">Approved</th><th align=\"right\">Denied</th>"
        "<th align=\"right\">Review items decided in time</th>"
        "<th align=\"right\">Orders holding PII</th></tr>");
    for (const TrendMonth &m : trends.months)
        html += QStringLiteral("<tr><td>%1</td><td align=\"right\">%2</td><td align=\"right\">%3"
                               "</td><td align=\"right\">%4</td><td align=\"right\">%5</td>"
                               "<td align=\"right\">%6</td><td align=\"right\">%7</td>"
                               "<td align=\"right\">%8</td><td align=\"right\">%9</td>"
                               "<td align=\"right\">%10</td></tr>")
                    .arg(m.month)
                    .arg(m.incidentsOpened)
                    .arg(m.incidentsContained)
                    .arg(number(m.medianHoursToContain, 1), number(m.meanHoursToContain, 1))
                    .arg(m.accessRequests)
                    .arg(m.accessApproved)
                    .arg(m.accessDenied)
                    .arg(m.reviewItems > 0 ? QStringLiteral("%1 of %2 (%3%)")
                                                 .arg(m.reviewItemsDecided)
                                                 .arg(m.reviewItems)
                                                 .arg(number(m.reviewCompletion, 0))
                                           : QStringLiteral("-"))
                    .arg(m.piiOrdersHeld);
    return html + QStringLiteral("</table>");
}

} // namespace

QString dashboardCountLabel(const QString &key)
{
    static const QHash<QString, QString> labels = {
        {QStringLiteral("access_requests_pending"), QStringLiteral("Access requests pending")},
        {QStringLiteral("access_review_items_open"),
         QStringLiteral("Access review items undecided")},
        {QStringLiteral("asset_reviews_overdue"), QStringLiteral("Asset reviews overdue")},
        {QStringLiteral("asset_reviews_due"), QStringLiteral("Asset reviews due within 30 days")},
        {QStringLiteral("incidents_open"), QStringLiteral("Open incidents")},
        {QStringLiteral("breaches_amazon_not_notified"),
         QStringLiteral("Open breaches Amazon has not been told of")},
        {QStringLiteral("breach_acknowledgements_pending"),
         QStringLiteral("Breach notices awaiting acknowledgement")},
        {QStringLiteral("alerts_open"), QStringLiteral("Open monitoring alerts")},
        {QStringLiteral("deletion_requests_open"),
         QStringLiteral("Amazon deletion and return requests open")},
        {QStringLiteral("controls_failing"), QStringLiteral("Controls failing")},
        {QStringLiteral("pii_orders_held"), QStringLiteral("Orders holding PII")},
    };
    return labels.value(key, key);
}

Result<QByteArray> drawBoardReport(const BoardReportInput &in)
{
    const QList<TrendMonth> &months = in.trends.months;
    const auto orNone = [](const std::optional<double> &v) {
        return v.value_or(-1.0);
    };
    HtmlPdf pdf;
    pdf.title = QStringLiteral("Board report %1 to %2")
                    .arg(months.constFirst().month, months.constLast().month);
    pdf.footer = QStringLiteral("Generated %1 by %2")
                     .arg(audit::isoTime(in.counts.generatedAt), in.generatedBy);
    pdf.images.insert(
        QStringLiteral("chart:incidents"),
        chart(QStringLiteral("Incidents opened per month"), months,
              {{QStringLiteral("opened"),
                [](const TrendMonth &m) { return double(m.incidentsOpened); }, kBar}}));
    pdf.images.insert(
        QStringLiteral("chart:contain"),
        chart(QStringLiteral("Hours from detection to containment"), months,
              {{QStringLiteral("median"),
                [orNone](const TrendMonth &m) { return orNone(m.medianHoursToContain); }, kBar},
               {QStringLiteral("mean"),
                [orNone](const TrendMonth &m) { return orNone(m.meanHoursToContain); },
                kSecondBar}}));
    pdf.images.insert(
        QStringLiteral("chart:access"),
        chart(QStringLiteral("Access requests and decisions"), months,
              {{QStringLiteral("requests"),
                [](const TrendMonth &m) { return double(m.accessRequests); }, kBar},
               {QStringLiteral("approved"),
                [](const TrendMonth &m) { return double(m.accessApproved); },
                QColor(0x2e, 0x7d, 0x32)},
               {QStringLiteral("denied"),
                [](const TrendMonth &m) { return double(m.accessDenied); }, kSecondBar}}));
    pdf.images.insert(
        QStringLiteral("chart:reviews"),
        chart(QStringLiteral("Access review items decided in time (%)"), months,
              {{QStringLiteral("completion"),
                [orNone](const TrendMonth &m) { return orNone(m.reviewCompletion); }, kBar}}));
    pdf.images.insert(QStringLiteral("chart:pii"),
                      chart(QStringLiteral("Orders holding PII at month end"), months,
                            {{QStringLiteral("orders"),
                              [](const TrendMonth &m) { return double(m.piiOrdersHeld); }, kBar}}));
    QString charts;
    for (const char *name : {"incidents", "contain", "access", "reviews", "pii"})
        charts += QStringLiteral("<p><img src=\"chart:%1\" width=\"640\"/></p>")
                      .arg(QLatin1StringView(name));
    pdf.html = htmlPdfHead() + QStringLiteral("<h1>%1</h1>").arg(esc(pdf.title))
        + QStringLiteral("<h2>Now</h2><p>Counts as of %1: company-wide totals, never the items "
                         "behind them.</p>")
              .arg(audit::isoTime(in.counts.generatedAt))
        + countsTable(in.counts)
        + QStringLiteral("<h2>Month by month</h2><p>UTC calendar months; the current month so "
                         "far. How each figure is computed: docs/api.md, \"Dashboard\".</p>")
        + trendTable(in.trends)
        + QStringLiteral("<h2 style=\"page-break-before: always\">Trends"
                         "</h2>")
        + charts + QStringLiteral("</body></html>");
    Result<DrawnPdf> drawn = drawHtmlPdf(pdf);
    if (!drawn)
        return drawn.error();
    return drawn->pdf;
}

Result<DrawnBoardReport> boardReport(Store &store, const Caller &caller, int months)
{
    Dashboard dashboard(store);
    Result<DashboardCounts> counts = dashboard.countsFor(caller);
    if (!counts)
        return counts.error();
    Result<DashboardTrends> trends = dashboard.trendsFor(months);
    if (!trends)
        return trends.error();
    Result<QByteArray> pdf = drawBoardReport({*counts, *trends, caller.username});
    if (!pdf)
        return pdf.error();
    return DrawnBoardReport {*pdf, counts->scope};
}

Result<void> recordBoardReport(Store &store, const Caller &caller, int months,
                               const DrawnBoardReport &report)
{
    if (Result<AuditEvent> logged = audit::record(
            store,
            service::eventBy(caller, QStringLiteral("dashboard.report"),
                             QStringLiteral("dashboard"), report.scope,
                             QStringLiteral("sha256=%1 bytes=%2 months=%3")
                                 .arg(QString::fromLatin1(crypto::sha256(report.pdf).toHex()))
                                 .arg(report.pdf.size())
                                 .arg(months)));
        !logged)
        return logged.error();
    return {};
}

} // namespace cc::evidence
