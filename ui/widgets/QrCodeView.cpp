#include "widgets/QrCodeView.h"

#include <algorithm>
#include <memory>

#include <QPainter>
#include <qrencode.h>

namespace cc::ui {

namespace {

constexpr int kMinimumModulePixels = 3; // smaller and phone cameras struggle
constexpr int kPreferredModulePixels = 5;

struct QrCodeFree
{
    void operator()(QRcode *code) const { QRcode_free(code); }
};

} // namespace

QrCodeView::QrCodeView(QWidget *parent)
    : QWidget(parent)
{
    setSizePolicy(QSizePolicy::Fixed, QSizePolicy::Fixed);
}

QrCodeView::~QrCodeView()
{
    clear();
}

bool QrCodeView::setText(const QString &text)
{
    clear();
    if (text.isEmpty())
        return false;
    QByteArray utf8 = text.toUtf8();
    // Error correction M: survives a smudged screen or a glare, keeps the code small.
    std::unique_ptr<QRcode, QrCodeFree> code(
        QRcode_encodeString(utf8.constData(), 0, QR_ECLEVEL_M, QR_MODE_8, 1));
    utf8.fill('\0');
    if (!code || code->width <= 0)
        return false;
    m_width = code->width;
    m_dark.resize(qsizetype(m_width) * m_width);
    for (qsizetype i = 0; i < m_dark.size(); ++i)
        m_dark[i] = (code->data[i] & 1) != 0; // bit 0: dark module
    std::fill_n(code->data, qsizetype(code->width) * code->width, 0);
    updateGeometry();
    update();
    return true;
}

void QrCodeView::clear()
{
    m_dark.fill(false);
    m_dark.clear();
    m_width = 0;
    updateGeometry();
    update();
}

int QrCodeView::darkModules() const
{
    return int(std::count(m_dark.cbegin(), m_dark.cend(), true));
}

QImage QrCodeView::image(int scale) const
{
    if (isEmpty() || scale < 1)
        return {};
    const int side = (m_width + 2 * kQuietZone) * scale;
    QImage image(side, side, QImage::Format_RGB32);
    image.fill(Qt::white);
    QPainter painter(&image);
    for (int y = 0; y < m_width; ++y) {
        for (int x = 0; x < m_width; ++x) {
            if (isDark(x, y))
                painter.fillRect((x + kQuietZone) * scale, (y + kQuietZone) * scale, scale, scale,
                                 Qt::black);
        }
    }
    return image;
}

QSize QrCodeView::sizeHint() const
{
    const int side = (qMax(m_width, 21) + 2 * kQuietZone) * kPreferredModulePixels;
    return {side, side};
}

QSize QrCodeView::minimumSizeHint() const
{
    const int side = (qMax(m_width, 21) + 2 * kQuietZone) * kMinimumModulePixels;
    return {side, side};
}

void QrCodeView::paintEvent(QPaintEvent *)
{
    if (isEmpty())
        return;
    const int modulesAcross = m_width + 2 * kQuietZone;
    const int scale = qMax(1, qMin(width(), height()) / modulesAcross);
    const QImage code = image(scale);
    QPainter painter(this);
    painter.drawImage((width() - code.width()) / 2, (height() - code.height()) / 2, code);
}

} // namespace cc::ui
