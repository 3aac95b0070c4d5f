#include "access-reviews/AccessReviewPdf.h"

#include "ApiTypes.h"
#include "access-reviews/AccessReviewModel.h"
#include "widgets/Format.h"
#include "widgets/Theme.h"

#include <QCoreApplication>
#include <QFile>
#include <QPageLayout>
#include <QPageSize>
#include <QPdfWriter>
#include <QTextDocument>

namespace cc::ui {

namespace {

QString cell(const QString &text)
{
    return QStringLiteral("<td>%1</td>").arg(text.toHtmlEscaped());
}

QString utc(const QDateTime &t)
{
    return t.isValid() ? t.toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss 'UTC'"))
                       : QStringLiteral("—");
}

} // namespace

QString AccessReviewPdf::html(const client::AccessReviewReport &report)
{
    const client::AccessReview &r = report.review;
    QString html
        = QStringLiteral("<html><head><style>"
                         "body { font-family: sans-serif; font-size: 8pt; }"
                         "h1 { font-size: 15pt; margin-bottom: 2pt; }"
                         "table.items { border-collapse: collapse; }"
                         "table.items th { background: %1; text-align: left; }"
                         "table.items td, table.items th { border: 1px solid %2; padding: 3px; }"
                         "</style></head><body>")
              // Paper is white whatever the screen's theme: the light theme's colours.
              .arg(theme::light().button.name(), theme::light().muted.name());
    html += QStringLiteral("<h1>%1</h1>").arg(tr("Access review: %1").arg(r.title).toHtmlEscaped());
    const QStringList facts = {
        tr("Campaign %1, started %2 by %3").arg(r.id).arg(utc(r.startedAt), r.startedBy),
        tr("Deadline %1").arg(utc(r.dueAt)),
        r.isOpen() ? tr("Status: open (interim report)")
                   : tr("Completed %1 by %2").arg(utc(r.completedAt), r.completedBy),
        tr("Items not reviewed by the deadline: %1")
            .arg(r.unreviewedAction == QLatin1String("revoke") ? tr("revoked") : tr("flagged")),
        tr("%1 items: %2 kept, %3 revoked, %4 not reviewed, %5 undecided")
            .arg(r.total)
            .arg(r.kept)
            .arg(r.revoked)
            .arg(r.unreviewed)
            .arg(r.total - r.decided),
        tr("SHA-256 of the CSV evidence: %1").arg(report.csvSha256),
    };
    for (const QString &fact : facts)
        html += QStringLiteral("<p style=\"margin: 1pt 0\">%1</p>").arg(fact.toHtmlEscaped());
    html += QStringLiteral("<br><table class=\"items\" width=\"100%\" cellspacing=\"0\"><tr>");
    for (const QString &header :
         {tr("#"), tr("Holder"), tr("Kind"), tr("Grant or role"), tr("Reviewer"), tr("Decision"),
          tr("Reason"), tr("Decided by"), tr("Decided at"), tr("Effect")})
        html += QStringLiteral("<th>%1</th>").arg(header.toHtmlEscaped());
    html += QStringLiteral("</tr>");
    for (const client::AccessReviewItem &i : report.items) {
        const QString access = i.kind == QLatin1String("grant")
            ? tr("%1 of %2 (grant %3, given by %4, until %5)")
                  .arg(i.category, i.client)
                  .arg(i.grantId)
                  .arg(i.grantedBy, utc(i.expiresAt))
            : client::roleLabel(i.role);
        html += QStringLiteral("<tr>") + cell(QString::number(i.id)) + cell(i.holder) + cell(i.kind)
            + cell(access) + cell(i.reviewer)
            + cell(AccessReviewItemModel::decisionLabel(i.decision)) + cell(i.reason)
            + cell(i.decidedBy) + cell(i.decidedAt.isValid() ? utc(i.decidedAt) : QString())
            + cell(i.outcome) + QStringLiteral("</tr>");
    }
    html += QStringLiteral("</table></body></html>");
    return html;
}

bool AccessReviewPdf::write(const client::AccessReviewReport &report, const QString &path,
                            QString *error)
{
    QPdfWriter writer(path);
    writer.setTitle(
        QStringLiteral("Access review %1: %2").arg(report.review.id).arg(report.review.title));
    writer.setCreator(QStringLiteral("Compliance Console"));
    writer.setPageLayout(QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Landscape,
                                     QMarginsF(12, 12, 12, 12), QPageLayout::Millimeter));
    QTextDocument document;
    document.setHtml(html(report));
    document.print(&writer);
    // QPdfWriter reports no errors of its own: check that a PDF is what landed on disk.
    QFile written(path);
    if (!written.open(QIODevice::ReadOnly) || !written.read(5).startsWith("%PDF-")) {
        if (error)
            *error = tr("could not write the PDF to %1").arg(path);
        return false;
    }
    return true;
}

} // namespace cc::ui
