#pragma once

// Small lists inside a detail pane (an incident's timeline, an asset's review history) whose
// last column holds sentences: the column wraps instead of eliding, rows grow to fit, and the
// list never scrolls sideways. A tree view sizes rows before it knows its columns' widths, so
// the rows are measured again whenever a column's width changes.

class QTreeWidget;

namespace cc::ui {

// Turns wrapping on for tree and keeps its rows fitted from now on.
void keepRowsWrapped(QTreeWidget *tree);
// Measures the rows again (after filling the tree).
void fitWrappedRows(QTreeWidget *tree);

} // namespace cc::ui
