#include "IncidentReport.h"

#include "audit/AuditExport.h"
#include "crypto/Crypto.h"
#include "evidence/HtmlPdf.h"
#include "service/Incidents.h"
#include "service/ServiceSupport.h"
#include "store/Store.h"

namespace cc::evidence {

namespace {

constexpr double kHourMs = 3600.0 * 1000.0;

QString at(const OptionalTime &ms)
{
    return ms ? audit::isoTime(*ms) : QStringLiteral("not yet");
}

QString hoursSince(qint64 from, qint64 to)
{
    return QStringLiteral("%1 h").arg(double(to - from) / kHourMs, 0, 'f', 1);
}

QString row(const QString &label, const QString &value)
{
    return QStringLiteral("<tr><td width=\"32%\"><b>%1</b></td><td>%2</td></tr>")
        .arg(esc(label), value);
}

const char *kTable = "<table width=\"100%\" cellspacing=\"0\" cellpadding=\"3\" border=\"1\" "
                     "style=\"border-collapse:collapse; border-color:#bdbdbd\">";

QString summary(const IncidentReportInput &in)
{
    const Incident &i = in.detail.incident;
    QString amazon = QStringLiteral("not required (no Amazon data involved)");
    if (i.involvesAmazonData) {
        const qint64 due = i.detectedAt + qint64(in.amazonNotificationHours) * 3600 * 1000;
        amazon = i.amazonNotifiedAt
            ? QStringLiteral("told %1 (%2 after detection, %3), reference %4")
                  .arg(audit::isoTime(*i.amazonNotifiedAt),
                       hoursSince(i.detectedAt, *i.amazonNotifiedAt),
                       *i.amazonNotifiedAt <= due ? QStringLiteral("in time")
                                                  : QStringLiteral("late"),
                       i.amazonReference.isEmpty() ? QStringLiteral("none recorded")
                                                   : esc(i.amazonReference))
            : QStringLiteral("not told yet (due %1)").arg(audit::isoTime(due));
    }
    QString html = QLatin1StringView(kTable);
    html += row(QStringLiteral("Severity"), QString::number(i.severity));
    html += row(QStringLiteral("Category"), esc(i.category));
    html += row(QStringLiteral("Status"), esc(i.status));
    html += row(QStringLiteral("Reported by"),
                esc(QStringLiteral("%1 (%2)").arg(i.reporterName, i.reporter)));
    html += row(QStringLiteral("Assignee"),
                i.assignee.isEmpty()
                    ? QStringLiteral("nobody")
                    : esc(QStringLiteral("%1 (%2)").arg(i.assigneeName, i.assignee)));
    html += row(QStringLiteral("Detected"), audit::isoTime(i.detectedAt));
    html += row(QStringLiteral("Reported"), audit::isoTime(i.reportedAt));
    html += row(QStringLiteral("Triaged"), at(i.triagedAt));
    html += row(QStringLiteral("Contained"),
                i.containedAt ? QStringLiteral("%1 (time to contain %2)")
                                    .arg(audit::isoTime(*i.containedAt),
                                         hoursSince(i.detectedAt, *i.containedAt))
                              : QStringLiteral("not yet"));
    html += row(QStringLiteral("Resolved"), at(i.resolvedAt));
    html += row(QStringLiteral("Closed"), at(i.closedAt));
    html += row(QStringLiteral("Involves Amazon data"),
                i.involvesAmazonData ? QStringLiteral("yes") : QStringLiteral("no"));
    html += row(QStringLiteral("Amazon notified"), amazon);
    return html + QStringLiteral("</table>");
}

// How the incident was closed: the status change, and an override's reason and open tasks.
QString closing(const IncidentDetail &d)
{
    if (!d.incident.closedAt)
        return QStringLiteral("<p>The incident is not closed.</p>");
    QString html;
    for (const IncidentEvent &e : d.timeline) {
        if (e.kind == QLatin1String("close_override"))
            html += QStringLiteral("<p><b>Closed with response-plan tasks open</b> by %1 at %2: "
                                   "%3</p>")
                        .arg(esc(e.actor), audit::isoTime(e.at), esc(e.detail));
    }
    if (html.isEmpty())
        html = QStringLiteral("<p>Closed at %1 with every response-plan task done.</p>")
                   .arg(audit::isoTime(*d.incident.closedAt));
    return html;
}

QString tasks(const IncidentDetail &d)
{
    QString html = QLatin1StringView(kTable)
        + QStringLiteral("<tr><th align=\"left\">Task</th><th align=\"left\">Owner</th>"
                         "<th align=\"left\">Done</th><th align=\"left\">By</th></tr>");
    for (const IncidentTask &t : d.tasks)
        html += QStringLiteral("<tr><td>%1</td><td>%2</td><td>%3</td><td>%4</td></tr>")
                    .arg(esc(t.title), t.owner.isEmpty() ? QStringLiteral("-") : esc(t.owner),
                         t.doneAt ? audit::isoTime(*t.doneAt) : QStringLiteral("open"),
                         t.doneBy.isEmpty() ? QStringLiteral("-") : esc(t.doneBy));
    return html + QStringLiteral("</table>");
}

QString executives(const IncidentDetail &d)
{
    if (d.executives.isEmpty())
        return QStringLiteral("<p>No executive was notified (only a breach of Amazon data "
                              "notifies them).</p>");
    QString html = QLatin1StringView(kTable)
        + QStringLiteral("<tr><th align=\"left\">Person</th><th align=\"left\">Notified</th>"
                         "<th align=\"left\">Acknowledged</th></tr>");
    for (const ExecutiveNotice &e : d.executives)
        html += QStringLiteral("<tr><td>%1 (%2)</td><td>%3</td><td>%4</td></tr>")
                    .arg(esc(e.displayName), esc(e.username), audit::isoTime(e.notifiedAt),
                         e.acknowledgedAt ? audit::isoTime(*e.acknowledgedAt)
                                          : QStringLiteral("<b>not acknowledged</b>"));
    return html + QStringLiteral("</table>");
}

QString timeline(const IncidentDetail &d)
{
    QString html = QLatin1StringView(kTable)
        + QStringLiteral("<tr><th align=\"left\">When</th><th align=\"left\">Who</th>"
                         "<th align=\"left\">What</th><th align=\"left\">Detail</th></tr>");
    for (const IncidentEvent &e : d.timeline)
        html += QStringLiteral("<tr><td>%1</td><td>%2</td><td>%3</td><td>%4</td></tr>")
                    .arg(audit::isoTime(e.at), esc(e.actor), esc(e.kind), esc(e.detail));
    return html + QStringLiteral("</table>");
}

} // namespace

Result<QByteArray> drawIncidentReport(const IncidentReportInput &in)
{
    const Incident &i = in.detail.incident;
    HtmlPdf pdf;
    pdf.title = QStringLiteral("Post-incident report: incident %1").arg(i.id);
    pdf.footer
        = QStringLiteral("Generated %1 by %2").arg(audit::isoTime(in.generatedAt), in.generatedBy);
    pdf.html = htmlPdfHead()
        + QStringLiteral("<h1>Incident %1: %2</h1>").arg(i.id).arg(esc(i.title))
        + (i.description.isEmpty() ? QString()
                                   : QStringLiteral("<p>%1</p>").arg(esc(i.description)))
        + summary(in) + QStringLiteral("<h2>Closing</h2>") + closing(in.detail)
        + QStringLiteral("<h2>Response plan</h2>") + tasks(in.detail)
        + QStringLiteral("<h2>Executives notified</h2>") + executives(in.detail)
        + QStringLiteral("<h2>Timeline</h2>") + timeline(in.detail)
        + QStringLiteral("</body></html>");
    Result<DrawnPdf> drawn = drawHtmlPdf(pdf);
    if (!drawn)
        return drawn.error();
    return drawn->pdf;
}

Result<QByteArray> exportIncidentReport(Store &store, const Caller &caller, qint64 id)
{
    Result<IncidentDetail> detail = Incidents(store).incident(caller, id);
    if (!detail)
        return detail.error();
    Result<QByteArray> pdf = drawIncidentReport(
        {*detail, store.clock().nowMs(), caller.username, store.policy().amazonNotificationHours});
    if (!pdf)
        return pdf.error();
    if (Result<AuditEvent> logged
        = audit::record(store,
                        service::eventBy(caller, QStringLiteral("incident.report"),
                                         QStringLiteral("incident"), QString::number(id),
                                         QStringLiteral("sha256=%1 bytes=%2")
                                             .arg(QString::fromLatin1(crypto::sha256(*pdf).toHex()))
                                             .arg(pdf->size())));
        !logged)
        return logged.error();
    return pdf;
}

} // namespace cc::evidence
