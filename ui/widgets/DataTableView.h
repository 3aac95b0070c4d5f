#pragma once

// The console's table: one row per object, whole-row selection, alternating rows, elided
// text with the full value in the tooltip (cells and column titles alike), and a sentence in
// the empty viewport ("No pending requests", "Loading…") instead of a blank grid.

#include <QTableView>

namespace cc::ui {

class DataTableView : public QTableView
{
    Q_OBJECT

public:
    explicit DataTableView(QWidget *parent = nullptr);

    void setEmptyText(const QString &text);
    QString emptyText() const { return m_emptyText; }

    // Sizes columns to their contents once data is there, capped so one long value cannot
    // push the others off screen; `stretchColumn` takes the remaining width.
    void fitColumns(int stretchColumn, int maxWidth = 260);

protected:
    void paintEvent(QPaintEvent *event) override;
    // A cell or column title that does not fit shows its whole text as a tooltip.
    bool viewportEvent(QEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    QString m_emptyText;
};

} // namespace cc::ui
