#pragma once

// Tells a screen reader what a control is (its name, short) and what it does or holds (its
// description, a sentence). Every interactive control of every page gets both; tst_gui walks
// the pages and fails on one without them. A button also shows the description as its
// tooltip unless it has one.

class QString;
class QWidget;

namespace cc::ui {

void describe(QWidget *control, const QString &name, const QString &description);
// A label as a name: without its mnemonic (&) and trailing colon ("&Reason:" → "Reason").
QString plainLabel(const QString &label);

} // namespace cc::ui
