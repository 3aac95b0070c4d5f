#pragma once

// A QR code drawn from a text with libqrencode: the otpauth:// URI a person scans into their
// authenticator app at enrolment. Dark modules on white with the quiet zone the standard asks
// for, in either theme, so every phone reads it; scaled to whole pixels per module, so it
// stays sharp. The text is a secret: clear() forgets it and the modules drawn from it.

#include <QImage>
#include <QList>
#include <QString>
#include <QWidget>

namespace cc::ui {

class QrCodeView : public QWidget
{
    Q_OBJECT

public:
    static constexpr int kQuietZone = 4; // modules of white around the code (ISO/IEC 18004)

    explicit QrCodeView(QWidget *parent = nullptr);
    ~QrCodeView() override;

    // False (and nothing drawn) when the text is empty or too long for a QR code.
    bool setText(const QString &text);
    void clear();
    bool isEmpty() const { return m_width == 0; }
    int modules() const { return m_width; } // the code's width in modules, quiet zone excluded
    int darkModules() const;
    // The code at scale pixels per module, quiet zone included; null when empty.
    QImage image(int scale) const;

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    bool isDark(int x, int y) const { return m_dark.at(y * m_width + x); }

    QList<bool> m_dark; // row by row
    int m_width = 0;
};

} // namespace cc::ui
