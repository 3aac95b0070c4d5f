#include "EvidenceReport.h"

#include "HtmlPdf.h"
#include "audit/AuditExport.h"
#include "domain/ControlCatalogue.h"

#include <QAbstractTextDocumentLayout>
#include <QBuffer>
#include <QGuiApplication>
#include <QHash>
#include <QPainter>
#include <QPdfWriter>
#include <QTextDocument>

namespace cc::evidence {

namespace {

constexpr int kDpi = 300;
const QString kNoRecord = QStringLiteral("none");
// The order statuses are counted and shown in.
const QStringList &statusOrder()
{
    static const QStringList order {control::Pass, control::Warn, control::Fail, control::Manual,
                                    kNoRecord};
    return order;
}

double mm(double millimetres)
{
    return millimetres * kDpi / 25.4;
}

// A length in the HTML of the QTextDocument: CSS pixels (1/96 inch), which the layout scales
// to the PDF's resolution.
int htmlLength(double millimetres)
{
    return qRound(millimetres * 96 / 25.4);
}

// The report's one palette: a colour per status, and the few greys of the layout.
QColor statusColour(const QString &status)
{
    if (status == control::Pass)
        return QColor(0x2e, 0x7d, 0x32);
    if (status == control::Warn)
        return QColor(0xef, 0xa0, 0x00);
    if (status == control::Fail)
        return QColor(0xc6, 0x28, 0x28);
    if (status == control::Manual)
        return QColor(0x54, 0x6e, 0x7a);
    return QColor(0xdd, 0xdd, 0xdd);
}
const QColor kInk(0x21, 0x21, 0x21);
const QColor kMuted(0x75, 0x75, 0x75);
const QColor kRule(0xbd, 0xbd, 0xbd);
const QColor kAccent(0x1a, 0x3a, 0x5c);

QString statusLabel(const QString &status)
{
    if (status == control::Pass)
        return QStringLiteral("Pass");
    if (status == control::Warn)
        return QStringLiteral("Warning");
    if (status == control::Fail)
        return QStringLiteral("Fail");
    if (status == control::Manual)
        return QStringLiteral("Manual");
    return QStringLiteral("No record");
}

QFont monospace(double points)
{
    QFont f;
    f.setFamilies({QStringLiteral("DejaVu Sans Mono")});
    f.setStyleHint(QFont::Monospace);
    f.setPointSizeF(points);
    return f;
}

QString day(qint64 ms)
{
    return ms > 0 ? audit::isoTime(ms) : QStringLiteral("-");
}

QString esc(const QString &text)
{
    return text.toHtmlEscaped();
}

// Each control's days over the period, by status (days without a record as "none").
using DayCounts = QHash<QString, int>;
QHash<QString, DayCounts> countDays(const ReportInput &in)
{
    QHash<QString, DayCounts> counts;
    for (const DayRecord &d : in.days)
        ++counts[d.controlId][d.status];
    for (const ControlState &s : in.controls) {
        DayCounts &c = counts[s.definition->id];
        int recorded = 0;
        for (const QString &status : statusOrder())
            recorded += c.value(status);
        c[kNoRecord] = in.period.days() - recorded;
    }
    return counts;
}

// Lays the pages out: the printable area, and the header, body and footer bands within it.
struct Layout
{
    QRectF page; // the printable area, origin at its top left
    QRectF header;
    QRectF body;
    QRectF footer;

    explicit Layout(const QPdfWriter &writer)
    {
        const QRect paint = writer.pageLayout().paintRectPixels(kDpi);
        page = QRectF(0, 0, paint.width(), paint.height());
        header = QRectF(0, 0, page.width(), mm(9));
        footer = QRectF(0, page.height() - mm(7), page.width(), mm(7));
        body = QRectF(0, header.bottom() + mm(4), page.width(),
                      footer.top() - mm(4) - (header.bottom() + mm(4)));
    }
};

class Painter
{
public:
    Painter(QPdfWriter &writer, const ReportInput &in, const Layout &layout)
        : m_writer(writer)
        , m_in(in)
        , m_layout(layout)
        , m_counts(countDays(in))
    { }

    bool begin() { return m_p.begin(&m_writer); }
    void end() { m_p.end(); }

    void cover();
    int stripPages() const;
    void strip(int page);
    void bodyPage(QTextDocument &doc, int page);
    // The running header and the page number, on every page after the cover.
    void frame(const QString &section);
    void nextPage()
    {
        m_writer.newPage();
        ++m_page;
    }
    void setTotalPages(int total) { m_total = total; }

private:
    void text(const QRectF &box, const QString &text, const QFont &f, const QColor &colour,
              int flags = Qt::AlignLeft | Qt::AlignVCenter)
    {
        m_p.setFont(f);
        m_p.setPen(colour);
        m_p.drawText(box, flags, text);
    }
    double coverFacts(double top);
    double statusTiles(double top);
    double dayBar(double top);
    int controlsPerStripPage() const;

    QPdfWriter &m_writer;
    QPainter m_p;
    const ReportInput &m_in;
    const Layout &m_layout;
    QHash<QString, DayCounts> m_counts;
    int m_page = 1;
    int m_total = 0;
};

void Painter::frame(const QString &section)
{
    const QRectF &h = m_layout.header;
    text(h, m_in.policyGroup + QStringLiteral(" \u2014 evidence pack"), pdfFont(8, QFont::DemiBold),
         kAccent, Qt::AlignLeft | Qt::AlignTop);
    text(h,
         QStringLiteral("%1 to %2")
             .arg(m_in.period.from.toString(Qt::ISODate), m_in.period.to.toString(Qt::ISODate)),
         pdfFont(8), kMuted, Qt::AlignRight | Qt::AlignTop);
    text(h, section, pdfFont(8), kMuted, Qt::AlignLeft | Qt::AlignBottom);
    m_p.setPen(QPen(kRule, mm(0.25)));
    m_p.drawLine(QPointF(0, h.bottom()), QPointF(h.right(), h.bottom()));
    const QRectF &f = m_layout.footer;
    m_p.drawLine(QPointF(0, f.top()), QPointF(f.right(), f.top()));
    text(f,
         QStringLiteral("Generated %1 \u00b7 signing key %2")
             .arg(audit::isoTime(m_in.generatedAt), m_in.keyId),
         pdfFont(7), kMuted, Qt::AlignLeft | Qt::AlignBottom);
    text(f, QStringLiteral("Page %1 of %2").arg(m_page).arg(m_total), pdfFont(7), kMuted,
         Qt::AlignRight | Qt::AlignBottom);
}

void Painter::cover()
{
    const double width = m_layout.page.width();
    m_p.fillRect(QRectF(0, 0, width, mm(2.5)), kAccent);
    text(QRectF(0, mm(14), width, mm(14)), QStringLiteral("Evidence pack"),
         pdfFont(28, QFont::Bold), kInk);
    text(QRectF(0, mm(28), width, mm(9)),
         m_in.policyGroup + QStringLiteral(": every policy statement as a control"), pdfFont(14),
         kMuted);
    double top = coverFacts(mm(48));
    top = statusTiles(top + mm(10));
    top = dayBar(top + mm(12));
    const QRectF note(0, m_layout.page.height() - mm(34), width, mm(34));
    m_p.setPen(QPen(kRule, mm(0.25)));
    m_p.drawLine(note.topLeft(), note.topRight());
    text(note.adjusted(0, mm(3), 0, 0),
         QStringLiteral(
             "This report is one file of a signed evidence pack. manifest.json lists every file "
             "of the pack with its size and SHA-256 and is signed (manifest.sig, Ed25519) by the "
             "store's audit signing key, whose public half is signing-key.pub. Check the whole "
             "pack, without the store, with:\n    compliancectl evidence verify PACK.zip "
             "--key-id %1\nThe key id must be the one the store shows (GET "
             "/api/v1/audit/signing-key).")
             .arg(m_in.keyId),
         pdfFont(8.5), kMuted, Qt::AlignLeft | Qt::AlignTop | Qt::TextWordWrap);
}

double Painter::coverFacts(double top)
{
    const QList<std::pair<QString, QString>> facts {
        {QStringLiteral("Period"),
         QStringLiteral("%1 to %2 (%3 days, UTC, both included)")
             .arg(m_in.period.from.toString(Qt::ISODate), m_in.period.to.toString(Qt::ISODate))
             .arg(m_in.period.days())},
        {QStringLiteral("Generated"),
         QStringLiteral("%1 by %2").arg(audit::isoTime(m_in.generatedAt), m_in.generatedBy)},
        {QStringLiteral("Policy"), QStringLiteral("version %1").arg(m_in.policyVersion)},
        {QStringLiteral("Policy SHA-256"), m_in.policySha256},
        {QStringLiteral("Signing key id"), m_in.keyId + QStringLiteral(" (Ed25519)")},
        {QStringLiteral("Audit events"),
         m_in.auditEvents > 0 ? QStringLiteral("%1 in the period (seq %2 to %3), in "
                                               "audit-export.jsonl")
                                    .arg(m_in.auditEvents)
                                    .arg(m_in.auditFirstSeq)
                                    .arg(m_in.auditLastSeq)
                              : QStringLiteral("none in the period")},
        {QStringLiteral("Controls"), QString::number(m_in.controls.size())},
    };
    const double labelWidth = mm(36);
    const double rowHeight = mm(6.5);
    for (const auto &[label, value] : facts) {
        text(QRectF(0, top, labelWidth, rowHeight), label, pdfFont(9.5, QFont::DemiBold), kMuted);
        const bool hex
            = label.contains(QLatin1String("SHA-256")) || label.contains(QLatin1String("key id"));
        text(QRectF(labelWidth, top, m_layout.page.width() - labelWidth, rowHeight), value,
             hex ? monospace(8.5) : pdfFont(9.5), kInk);
        top += rowHeight;
    }
    return top;
}

// Counts of the controls by their status now, as four tiles.
double Painter::statusTiles(double top)
{
    text(QRectF(0, top, m_layout.page.width(), mm(7)),
         QStringLiteral("Status of the controls when the pack was made"),
         pdfFont(12, QFont::DemiBold), kInk);
    top += mm(10);
    QHash<QString, int> now;
    for (const ControlState &s : m_in.controls)
        ++now[s.status];
    const QStringList shown {control::Pass, control::Warn, control::Fail, control::Manual};
    const double gap = mm(4);
    const double tile = (m_layout.page.width() - gap * (shown.size() - 1)) / shown.size();
    for (int i = 0; i < shown.size(); ++i) {
        const QRectF box(i * (tile + gap), top, tile, mm(24));
        m_p.setPen(Qt::NoPen);
        m_p.setBrush(statusColour(shown.at(i)));
        m_p.drawRoundedRect(box, mm(1.5), mm(1.5));
        text(box.adjusted(mm(4), mm(2), 0, -mm(9)), QString::number(now.value(shown.at(i))),
             pdfFont(22, QFont::Bold), Qt::white);
        text(box.adjusted(mm(4), mm(15), 0, -mm(2)), statusLabel(shown.at(i)),
             pdfFont(10, QFont::DemiBold), Qt::white);
    }
    return top + mm(24);
}

// Every control-day of the period in one bar, by recorded status, with a legend of counts.
double Painter::dayBar(double top)
{
    const double width = m_layout.page.width();
    text(QRectF(0, top, width, mm(7)), QStringLiteral("Recorded control-days over the period"),
         pdfFont(12, QFont::DemiBold), kInk);
    top += mm(10);
    DayCounts total;
    qint64 all = 0;
    for (const DayCounts &c : std::as_const(m_counts)) {
        for (const QString &status : statusOrder()) {
            total[status] += c.value(status);
            all += c.value(status);
        }
    }
    double x = 0;
    for (const QString &status : statusOrder()) {
        const double w = all > 0 ? width * total.value(status) / double(all) : 0;
        m_p.fillRect(QRectF(x, top, w, mm(9)), statusColour(status));
        x += w;
    }
    m_p.setPen(QPen(kRule, mm(0.2)));
    m_p.setBrush(Qt::NoBrush);
    m_p.drawRect(QRectF(0, top, width, mm(9)));
    top += mm(12);
    const double column = width / statusOrder().size();
    for (int i = 0; i < statusOrder().size(); ++i) {
        const QString &status = statusOrder().at(i);
        const QRectF swatch(i * column, top + mm(1), mm(3.5), mm(3.5));
        m_p.fillRect(swatch, statusColour(status));
        const int n = total.value(status);
        // Wrapped: "No record 1,746 (100%)" is wider than a fifth of the page.
        text(QRectF(swatch.right() + mm(2), top, column - mm(6), mm(9)),
             QStringLiteral("%1 %2 (%3%)")
                 .arg(statusLabel(status))
                 .arg(n)
                 .arg(all > 0 ? qRound(100.0 * n / all) : 0),
             pdfFont(8.5), kInk, Qt::AlignLeft | Qt::AlignTop | Qt::TextWordWrap);
    }
    return top + mm(11);
}

int Painter::controlsPerStripPage() const
{
    return qMax(1, int((m_layout.body.height() - mm(30)) / mm(7)));
}

int Painter::stripPages() const
{
    const int per = controlsPerStripPage();
    return qMax(1, int((m_in.controls.size() + per - 1) / per));
}

// One row per control, one cell per day, coloured by the status recorded that day.
void Painter::strip(int page)
{
    frame(QStringLiteral("Daily status of each control"));
    const QRectF body = m_layout.body;
    text(QRectF(0, body.top(), body.width(), mm(8)), QStringLiteral("Daily status of each control"),
         pdfFont(13, QFont::DemiBold), kInk);
    const double labelWidth = mm(26);
    const double left = labelWidth;
    const double width = body.width() - labelWidth;
    const double dayWidth = width / m_in.period.days();
    double top = body.top() + mm(14);

    // Month (or, for short periods, week) marks along the top.
    m_p.setPen(QPen(kRule, mm(0.2)));
    for (QDate d = m_in.period.from; d <= m_in.period.to; d = d.addDays(1)) {
        const bool mark = m_in.period.days() > 62 ? d.day() == 1 || d == m_in.period.from
                                                  : d.dayOfWeek() == 1 || d == m_in.period.from;
        if (!mark)
            continue;
        const double x = left + m_in.period.from.daysTo(d) * dayWidth;
        text(QRectF(x + mm(0.5), top, mm(20), mm(4)),
             m_in.period.days() > 62 ? d.toString(QStringLiteral("MMM yyyy"))
                                     : d.toString(QStringLiteral("d MMM")),
             pdfFont(6.5), kMuted, Qt::AlignLeft | Qt::AlignVCenter);
        m_p.setPen(QPen(kRule, mm(0.2)));
        m_p.drawLine(QPointF(x, top), QPointF(x, top + mm(5)));
    }
    top += mm(6);

    QHash<QString, QHash<QString, QString>> byDay; // control -> day -> status
    for (const DayRecord &d : m_in.days)
        byDay[d.controlId].insert(d.day, d.status);
    const int per = controlsPerStripPage();
    const int first = page * per;
    const int last = qMin(int(m_in.controls.size()), first + per);
    const double rowHeight = mm(5.2);
    const double rowStep = mm(7);
    for (int i = first; i < last; ++i) {
        const QString &id = m_in.controls.at(i).definition->id;
        const QHash<QString, QString> &days = byDay[id];
        text(QRectF(0, top, labelWidth - mm(2), rowHeight), id, pdfFont(8, QFont::DemiBold), kInk);
        int column = 0;
        for (QDate d = m_in.period.from; d <= m_in.period.to; d = d.addDays(1), ++column) {
            const QString status = days.value(d.toString(Qt::ISODate), kNoRecord);
            // A hair of overlap so adjacent days of one status show as one band.
            m_p.fillRect(QRectF(left + column * dayWidth, top, dayWidth + 0.5, rowHeight),
                         statusColour(status));
        }
        top += rowStep;
    }
    // Legend.
    top += mm(3);
    double x = left;
    for (const QString &status : statusOrder()) {
        m_p.fillRect(QRectF(x, top + mm(0.8), mm(3.5), mm(3.5)), statusColour(status));
        text(QRectF(x + mm(5), top, mm(28), mm(5)), statusLabel(status), pdfFont(8), kInk);
        x += mm(28);
    }
    text(QRectF(left, top + mm(7), width, mm(10)),
         QStringLiteral("Each cell is one UTC day; the status is the last the store recorded that "
                        "day (the daily control record). \"No record\" means the store did not "
                        "evaluate the control that day."),
         pdfFont(7.5), kMuted, Qt::AlignLeft | Qt::AlignTop | Qt::TextWordWrap);
}

void Painter::bodyPage(QTextDocument &doc, int page)
{
    frame(QStringLiteral("Controls, their evidence and the files of the pack"));
    const QRectF body = m_layout.body;
    m_p.save();
    m_p.translate(body.left(), body.top() - page * body.height());
    // The layout starts a page's first line a hair above the page's top (rounding): a pixel
    // less at the bottom keeps it off the page before, a pixel more at the top on its own.
    const QRectF clip(0, page * body.height() - 1, body.width(), body.height() - 1);
    m_p.setClipRect(clip);
    QAbstractTextDocumentLayout::PaintContext context;
    context.clip = clip;
    context.palette.setColor(QPalette::Text, kInk);
    doc.documentLayout()->draw(&m_p, context);
    m_p.restore();
}

// A role as people read it: "compliance_officer" -> "compliance officer".
QString ownerLabel(const QString &role)
{
    return QString(role).replace(QLatin1Char('_'), QLatin1Char(' '));
}

// The table shows a statement's opening words; its section quotes it whole.
QString brief(const QString &statement)
{
    constexpr int kLength = 150;
    if (statement.size() <= kLength)
        return statement;
    const int cut = statement.lastIndexOf(QLatin1Char(' '), kLength);
    return statement.left(cut > 0 ? cut : kLength) + QStringLiteral(" \u2026");
}

QString statusCell(const QString &status)
{
    return QStringLiteral("<td style=\"background-color:%1; color:white; font-weight:600\" "
                          "align=\"center\">%2</td>")
        .arg(statusColour(status).name(), statusLabel(status));
}

QString controlTable(const ReportInput &in, const QHash<QString, DayCounts> &counts)
{
    QString html
        = QStringLiteral(
              "<h1>Controls</h1><p>Each statement of the policy (version %1) as a control, its "
              "status "
              "when the pack was made, and the days it was recorded in each status over the period "
              "(%2 days; None: days without a record).</p>"
              "<table width=\"100%\" cellspacing=\"0\" cellpadding=\"4\" border=\"1\" "
              "style=\"border-collapse:collapse; border-color:#bdbdbd\">"
              "<thead><tr style=\"background-color:#1a3a5c; color:white\">"
              "<th align=\"left\" width=\"%3\">Control</th>"
              "<th align=\"left\">Policy statement</th>"
              "<th align=\"left\" width=\"%4\">Owner</th><th width=\"%5\">Now</th>"
              "<th width=\"%6\">Pass</th><th width=\"%6\">Warn</th><th width=\"%6\">Fail</th>"
              "<th width=\"%6\">Manual</th><th width=\"%6\">None</th></tr></thead>")
              .arg(esc(in.policyVersion))
              .arg(in.period.days())
              // Fixed widths for all but the statement, which takes the rest.
              .arg(htmlLength(22))
              .arg(htmlLength(24))
              .arg(htmlLength(17))
              .arg(htmlLength(13));
    bool shaded = false;
    for (const ControlState &s : in.controls) {
        const DayCounts c = counts.value(s.definition->id);
        html += QStringLiteral("<tr%1><td><b>%2</b></td><td>%3</td><td>%4</td>%5")
                    .arg(shaded ? QStringLiteral(" style=\"background-color:#f5f5f5\"") : QString(),
                         esc(s.definition->id), esc(brief(s.definition->policyText)),
                         esc(ownerLabel(s.definition->owner)), statusCell(s.status));
        for (const QString &status : statusOrder())
            html += QStringLiteral("<td align=\"right\">%1</td>").arg(c.value(status));
        html += QStringLiteral("</tr>");
        shaded = !shaded;
    }
    return html + QStringLiteral("</table>");
}

QString controlSection(const ControlState &s, const DayCounts &c,
                       const QList<ControlAttestation> &attestations)
{
    // An empty paragraph: a heading's top margin is lost after a table.
    QString html
        = QStringLiteral("<p style=\"font-size:9pt\">&nbsp;</p>"
                         "<h2>%1 <span style=\"color:%2\">\u25cf %3</span></h2>"
                         "<p class=\"quote\"><i>\u201c%4\u201d</i></p>"
                         "<p><b>Owner:</b> %5 &nbsp;&nbsp; <b>Evaluated:</b> %6</p>"
                         "<p>%7</p>")
              .arg(esc(s.definition->id), statusColour(s.status).name(), statusLabel(s.status),
                   esc(s.definition->policyText), esc(ownerLabel(s.definition->owner)),
                   day(s.evaluatedAt), esc(s.summary));
    QStringList over;
    for (const QString &status : statusOrder()) {
        if (c.value(status) > 0)
            over << QStringLiteral("%1 %2").arg(statusLabel(status).toLower()).arg(c.value(status));
    }
    html += QStringLiteral("<p><b>Days over the period:</b> %1</p>")
                .arg(over.join(QStringLiteral(", ")));
    if (!s.evidence.isEmpty()) {
        html += QStringLiteral(
                    "<table width=\"100%\" cellspacing=\"0\" cellpadding=\"3\" border=\"1\" "
                    "style=\"border-collapse:collapse; border-color:#bdbdbd\">"
                    "<tr style=\"background-color:#eceff1\"><th align=\"left\" "
                    "width=\"%1\">Evidence</th>"
                    "<th align=\"right\" width=\"%2\">Count</th>"
                    "<th align=\"left\">Records (API list and filter)</th></tr>")
                    .arg(htmlLength(78))
                    .arg(htmlLength(14));
        for (const ControlEvidence &e : s.evidence)
            html += QStringLiteral("<tr><td>%1</td><td align=\"right\">%2</td><td><tt>%3%4</tt>"
                                   "</td></tr>")
                        .arg(esc(e.label))
                        .arg(e.count)
                        .arg(esc(e.objectType),
                             e.filter.isEmpty() ? QString() : esc(QLatin1Char('?') + e.filter));
        html += QStringLiteral("</table>");
    }
    if (s.definition->kind == ControlKind::Attested) {
        QList<ControlAttestation> own;
        for (const ControlAttestation &a : attestations) {
            if (a.controlId == s.definition->id)
                own.append(a);
        }
        if (own.isEmpty()) {
            html += QStringLiteral("<p><b>Attestations:</b> none in force during the period.</p>");
        } else {
            html += QStringLiteral(
                "<p><b>Attestations in force during the period</b></p>"
                "<table width=\"100%\" cellspacing=\"0\" cellpadding=\"3\" border=\"1\" "
                "style=\"border-collapse:collapse; border-color:#bdbdbd\">"
                "<tr style=\"background-color:#eceff1\"><th align=\"left\">By</th>"
                "<th align=\"left\">Attested / expires</th><th align=\"left\">Note</th>"
                "<th align=\"left\">Document and SHA-256</th></tr>");
            for (const ControlAttestation &a : own)
                html += QStringLiteral("<tr><td>%1</td><td>%2<br/>%3</td><td>%4</td><td>%5 (%6 "
                                       "bytes)<br/><tt>%7</tt></td></tr>")
                            .arg(esc(a.attestedBy), day(a.attestedAt), day(a.expiresAt),
                                 esc(a.note), esc(a.documentName))
                            .arg(a.documentBytes)
                            .arg(esc(a.documentSha256));
            html += QStringLiteral("</table>");
        }
    }
    return html;
}

QString fileList(const ReportInput &in)
{
    QString html = QStringLiteral(
        "<h1>Files in this pack</h1><p>The records behind the controls, as CSV (RFC 4180; "
        "people by username only, no data of Amazon's customers), and the signed audit export "
        "of the period. manifest.json lists every file with its SHA-256 and is signed.</p>"
        "<table width=\"100%\" cellspacing=\"0\" cellpadding=\"3\" border=\"1\" "
        "style=\"border-collapse:collapse; border-color:#bdbdbd\">"
        "<tr style=\"background-color:#1a3a5c; color:white\"><th align=\"left\">File</th>"
        "<th align=\"left\">Holds</th><th align=\"right\">Rows</th>"
        "<th align=\"left\">SHA-256</th></tr>");
    for (const ListedFile &f : in.files)
        html += QStringLiteral("<tr><td><tt>%1</tt></td><td>%2</td><td align=\"right\">%3</td>"
                               "<td><tt>%4<br/>%5</tt></td></tr>")
                    .arg(esc(f.name), esc(f.describes),
                         f.rows >= 0 ? QString::number(f.rows) : QStringLiteral("-"),
                         f.sha256.left(32), f.sha256.mid(32));
    return html + QStringLiteral("</table>");
}

QString bodyHtml(const ReportInput &in, const QHash<QString, DayCounts> &counts)
{
    QString html = QStringLiteral(
        "<html><head><style>"
        "h1 { font-size: 15pt; color: #1a3a5c; margin-top: 0; margin-bottom: 6pt; }"
        "h2 { font-size: 11.5pt; color: #1a3a5c; margin-top: 16pt; margin-bottom: 2pt; }"
        "p { margin-top: 2pt; margin-bottom: 4pt; }"
        "th { font-weight: 600; }"
        "tt { font-family: 'DejaVu Sans Mono'; font-size: 7pt; }"
        "</style></head><body>");
    html += controlTable(in, counts);
    html += QStringLiteral("<h1 style=\"page-break-before: always\">Evidence per control</h1>"
                           "<p>What each control is judged from, the number of records behind "
                           "its status and where to see them; for the statements software "
                           "cannot observe, the owners' attestations.</p>");
    for (const ControlState &s : in.controls)
        html += controlSection(s, counts.value(s.definition->id), in.attestations);
    html += QStringLiteral("<div style=\"page-break-before: always\"></div>") + fileList(in);
    return html + QStringLiteral("</body></html>");
}

} // namespace

Result<Report> drawReport(const ReportInput &in)
{
    if (!qobject_cast<QGuiApplication *>(QCoreApplication::instance()))
        return makeError(ErrorCode::Internal,
                         QStringLiteral("drawing the report needs a QGuiApplication (its font "
                                        "database); run with QT_QPA_PLATFORM=offscreen"));
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    QPdfWriter writer(&buffer);
    writer.setResolution(kDpi);
    writer.setPageLayout(QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Portrait,
                                     QMarginsF(18, 14, 18, 14), QPageLayout::Millimeter));
    writer.setTitle(
        QStringLiteral("Evidence pack %1 to %2")
            .arg(in.period.from.toString(Qt::ISODate), in.period.to.toString(Qt::ISODate)));
    writer.setCreator(QStringLiteral("Compliance Console"));
    const Layout layout(writer);

    QTextDocument doc;
    doc.documentLayout()->setPaintDevice(&writer);
    doc.setDefaultFont(pdfFont(8.5));
    doc.setDocumentMargin(0);
    doc.setPageSize(layout.body.size());
    doc.setHtml(bodyHtml(in, countDays(in)));

    Painter painter(writer, in, layout);
    if (!painter.begin())
        return makeError(ErrorCode::Internal, QStringLiteral("cannot start drawing the PDF"));
    const int strips = painter.stripPages();
    const int bodyPages = doc.pageCount();
    painter.setTotalPages(1 + strips + bodyPages);
    painter.cover();
    for (int i = 0; i < strips; ++i) {
        painter.nextPage();
        painter.strip(i);
    }
    for (int i = 0; i < bodyPages; ++i) {
        painter.nextPage();
        painter.bodyPage(doc, i);
    }
    painter.end();
    return Report {buffer.data(), 1 + strips + bodyPages};
}

} // namespace cc::evidence
