#pragma once

// Ctrl+K: every page of the window in a list that narrows as one types, so any page is a few
// keys away. A link typed whole ("incidents/4", "assets?overdue") is followed as it is.

#include "widgets/Page.h"

#include <QDialog>

class QLineEdit;
class QListWidget;

namespace cc::ui {

class MainWindow;

class PageSwitcher : public QDialog
{
    Q_OBJECT

public:
    explicit PageSwitcher(MainWindow *window);

signals:
    void chosen(const cc::ui::Destination &destination);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void narrow(const QString &text);
    void choose();

    QLineEdit *m_search = nullptr;
    QListWidget *m_list = nullptr;
};

} // namespace cc::ui
