#pragma once

// A row of controls that wraps onto the next line when the window is too narrow for it, so a
// tool bar never pushes the window wider than the screen (1280 px, or 2560 px at 2× scale).
// Stretches become the gap that pushes what follows to the right on a line that has room.

#include <QLayout>
#include <QList>

namespace cc::ui {

class FlowLayout : public QLayout
{
public:
    explicit FlowLayout(QWidget *parent = nullptr, int spacing = 6);
    ~FlowLayout() override;

    // Everything added after a stretch is aligned to the right end of its line.
    void addStretch();
    void addSpacing(int width);

    void addItem(QLayoutItem *item) override;
    int count() const override;
    QLayoutItem *itemAt(int index) const override;
    QLayoutItem *takeAt(int index) override;
    Qt::Orientations expandingDirections() const override;
    bool hasHeightForWidth() const override;
    int heightForWidth(int width) const override;
    QSize minimumSize() const override;
    QSize sizeHint() const override;
    void setGeometry(const QRect &rect) override;

private:
    int arrange(const QRect &rect, bool apply) const;

    QList<QLayoutItem *> m_items;
    int m_stretchAt = -1; // index of the first item aligned right, -1 when none
};

} // namespace cc::ui
