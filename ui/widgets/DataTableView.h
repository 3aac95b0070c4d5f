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

    // Sizes columns to their contents once data is there, capped at maxWidth so one long value
    // cannot push the others off screen; `stretchColumn` takes the remaining width. When the
    // contents are wider than the table, the widest columns give way first (down to a common
    // width), so short columns such as a status stay whole and the rest elide with a tooltip.
    // Columns in keepWhole (a time, a status) never give way. Until a person resizes a column,
    // the fit is redone when the table's width changes.
    void fitColumns(int stretchColumn, int maxWidth = 260, const QList<int> &keepWhole = {});

protected:
    void paintEvent(QPaintEvent *event) override;
    // A cell or column title that does not fit shows its whole text as a tooltip.
    bool viewportEvent(QEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;

private:
    void applyFit();

    QString m_emptyText;
    int m_stretchColumn = -1; // -1: fitColumns() was not called
    QList<int> m_columns; // the visible columns when fitted, and the width each wants
    QList<int> m_wanted;
    QList<int> m_keepWhole;
    bool m_fitting = false;
    bool m_resizedByHand = false;
    int m_fittedWidth = 0;
};

} // namespace cc::ui
