#pragma once

// A PDF of one HTML document, drawn with QtGui alone (QPdfWriter, QTextDocument, QPainter) on
// A4: a running header with the report's title and a footer with the time it was made and
// "page N of M". The board report and the post-incident report are drawn through it; images
// the HTML names (<img src="chart:...">) come from `images`. Needs a QGuiApplication (the
// font database): the server and compliancectl run one on the offscreen platform.

#include "Result.h"

#include <QByteArray>
#include <QFont>
#include <QHash>
#include <QImage>
#include <QString>

namespace cc::evidence {

struct HtmlPdf
{
    QString title; // the PDF's title and the running header
    QString footer; // left of the page number, e.g. "Generated 2026-12-01T08:00:00Z by olga"
    QString html; // the body, styled by the default sheet (h1, h2, tables)
    QHash<QString, QImage> images; // by the name the HTML uses in <img src>
};

struct DrawnPdf
{
    QByteArray pdf;
    int pages = 0;
};

Result<DrawnPdf> drawHtmlPdf(const HtmlPdf &input);

// The reports' type: Lato (DejaVu Sans where it is missing), with the shaper's ligatures off
// so that "fi" and "ti" stay two letters that pdftotext and screen readers can read.
QFont pdfFont(double points, QFont::Weight weight = QFont::Normal);

// The default style sheet's opening: <html><head><style>…</style></head><body>.
QString htmlPdfHead();

// Text made safe for the HTML of a report.
inline QString esc(const QString &text)
{
    return text.toHtmlEscaped();
}

} // namespace cc::evidence
