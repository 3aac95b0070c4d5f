#pragma once

// A figure on a card with its caption ("3 / orders holding PII"): the dashboard's and the
// Retention page's tiles. The figure takes a tone when it needs attention; a tile can say whose
// items it counts ("Company-wide", "Yours") and be a link (clicked, or Enter when focused) to
// where the work is, or say in its tooltip why it is not one.

#include "widgets/Theme.h"

#include <QFrame>

class QLabel;

namespace cc::ui {

class Tile : public QFrame
{
    Q_OBJECT

public:
    // name: the figure label's object name ("heldTile").
    Tile(const QString &name, const QString &caption, QWidget *parent = nullptr);

    void setValue(const QString &value, std::optional<theme::Tone> tone = std::nullopt);
    QString value() const;
    QLabel *valueLabel() const { return m_value; }
    // Makes the tile a link; clicked() then follows it.
    void setLink(const QString &link);
    // Not a link (any more): the tooltip says why.
    void setNoLink(const QString &why);
    QString link() const { return m_link; }
    // A line under the caption saying whose items the figure counts; empty hides it.
    void setScope(const QString &scope);
    QString scope() const;

signals:
    void clicked(const QString &link);

protected:
    void mouseReleaseEvent(QMouseEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;

private:
    QLabel *m_value;
    QLabel *m_caption;
    QLabel *m_scope;
    QString m_link;
};

} // namespace cc::ui
