#include "HtmlPdf.h"

#include <QAbstractTextDocumentLayout>
#include <QBuffer>
#include <QGuiApplication>
#include <QPainter>
#include <QPdfWriter>
#include <QTextDocument>

namespace cc::evidence {

namespace {

constexpr int kDpi = 300;
const QColor kInk(0x21, 0x21, 0x21);
const QColor kMuted(0x75, 0x75, 0x75);
const QColor kRule(0xbd, 0xbd, 0xbd);
const QColor kAccent(0x1a, 0x3a, 0x5c);

double mm(double millimetres)
{
    return millimetres * kDpi / 25.4;
}

} // namespace

QFont pdfFont(double points, QFont::Weight weight)
{
    QFont f;
    f.setFamilies({QStringLiteral("Lato"), QStringLiteral("DejaVu Sans")});
    f.setPointSizeF(points);
    f.setWeight(weight);
    // Any letter spacing turns the shaper's ligatures off, so "fi" stays two letters that
    // pdftotext and screen readers can read; this much is invisible at 300 dpi.
    f.setLetterSpacing(QFont::AbsoluteSpacing, 0.05);
    return f;
}

QString htmlPdfHead()
{
    return QStringLiteral(
        "<html><head><style>"
        "h1 { font-size: 15pt; color: #1a3a5c; margin-top: 0; margin-bottom: 6pt; }"
        "h2 { font-size: 11.5pt; color: #1a3a5c; margin-top: 14pt; margin-bottom: 4pt; }"
        "p { margin-top: 2pt; margin-bottom: 4pt; }"
        "th { font-weight: 600; background-color: #1a3a5c; color: white; }"
        "td.muted { color: #757575; }"
        "</style></head><body>");
}

Result<DrawnPdf> drawHtmlPdf(const HtmlPdf &in)
{
    if (!qobject_cast<QGuiApplication *>(QCoreApplication::instance()))
        return makeError(ErrorCode::Internal,
                         QStringLiteral("drawing a PDF needs a QGuiApplication (its font "
                                        "database); run with QT_QPA_PLATFORM=offscreen"));
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    QPdfWriter writer(&buffer);
    writer.setResolution(kDpi);
    writer.setPageLayout(QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Portrait,
                                     QMarginsF(18, 14, 18, 14), QPageLayout::Millimeter));
    writer.setTitle(in.title);
    writer.setCreator(QStringLiteral("Compliance Console"));
    const QRect paint = writer.pageLayout().paintRectPixels(kDpi);
    const QRectF header(0, 0, paint.width(), mm(7));
    const QRectF footer(0, paint.height() - mm(7), paint.width(), mm(7));
    const QRectF body(0, header.bottom() + mm(4), paint.width(),
                      footer.top() - mm(4) - (header.bottom() + mm(4)));

    QTextDocument doc;
    doc.documentLayout()->setPaintDevice(&writer);
    doc.setDefaultFont(pdfFont(9));
    doc.setDocumentMargin(0);
    doc.setPageSize(body.size());
    for (auto image = in.images.constBegin(); image != in.images.constEnd(); ++image)
        doc.addResource(QTextDocument::ImageResource, QUrl(image.key()), image.value());
    doc.setHtml(in.html);
    const int pages = doc.pageCount();

    QPainter p;
    if (!p.begin(&writer))
        return makeError(ErrorCode::Internal, QStringLiteral("cannot start drawing the PDF"));
    const auto text = [&p](const QRectF &box, const QString &s, const QFont &f,
                           const QColor &colour, int flags) {
        p.setFont(f);
        p.setPen(colour);
        p.drawText(box, flags, s);
    };
    for (int page = 0; page < pages; ++page) {
        if (page > 0)
            writer.newPage();
        text(header, in.title, pdfFont(8, QFont::DemiBold), kAccent, Qt::AlignLeft | Qt::AlignTop);
        p.setPen(QPen(kRule, mm(0.25)));
        p.drawLine(QPointF(0, header.bottom()), QPointF(header.right(), header.bottom()));
        p.drawLine(QPointF(0, footer.top()), QPointF(footer.right(), footer.top()));
        text(footer, in.footer, pdfFont(7), kMuted, Qt::AlignLeft | Qt::AlignBottom);
        text(footer, QStringLiteral("page %1 of %2").arg(page + 1).arg(pages), pdfFont(7), kMuted,
             Qt::AlignRight | Qt::AlignBottom);
        p.save();
        p.translate(body.left(), body.top() - page * body.height());
        // As in the evidence report: a pixel's margin keeps a line on one page only.
        const QRectF clip(0, page * body.height() - 1, body.width(), body.height() - 1);
        p.setClipRect(clip);
        QAbstractTextDocumentLayout::PaintContext context;
        context.clip = clip;
        context.palette.setColor(QPalette::Text, kInk);
        doc.documentLayout()->draw(&p, context);
        p.restore();
    }
    p.end();
    return DrawnPdf {buffer.data(), pages};
}

} // namespace cc::evidence
