#pragma once

// The console's one way from a link to what it names: "incidents/4" shows the Incidents page
// with incident 4, "assets?overdue" the Assets page filtered to overdue assets. Pages, the
// notification bell, the dashboard's tiles and the page switcher all go through it, so no page
// needs to know another.

#include "widgets/Page.h"

#include <QObject>

namespace cc::ui {

class MainWindow;

class Navigator : public QObject
{
    Q_OBJECT

public:
    explicit Navigator(MainWindow *window);

    // Shows the page and hands it the filter or object; false when this person has no such
    // page (it needs a permission they lack) or the page cannot show what is asked.
    bool go(const Destination &destination);
    // Every page that can send someone elsewhere is wired here.
    void connectPage(Page *page);

signals:
    void navigated(const cc::ui::Destination &destination);

private:
    MainWindow *m_window;
};

} // namespace cc::ui
