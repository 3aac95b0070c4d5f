#include "shell/Navigator.h"

#include "shell/MainWindow.h"
#include "widgets/MessageBar.h"

#include <QLoggingCategory>

Q_LOGGING_CATEGORY(lcNavigator, "compliance.ui.navigator")

namespace cc::ui {

Navigator::Navigator(MainWindow *window)
    : QObject(window)
    , m_window(window)
{ }

bool Navigator::go(const Destination &destination)
{
    Page *page = m_window->pageById(destination.page);
    if (!page) {
        qCInfo(lcNavigator) << "no page" << destination.page << "for this person";
        m_window->showBanner(QStringLiteral("navigation"), MessageBar::Kind::Warning,
                             tr("“%1” is not a page you can open.").arg(destination.toString()));
        return false;
    }
    m_window->clearBanner(QStringLiteral("navigation"));
    m_window->showPage(page);
    if (!page->open(destination)) {
        page->messageBar()->showMessage(
            MessageBar::Kind::Warning,
            tr("This page cannot show “%1”.").arg(destination.toString()));
        return false;
    }
    emit navigated(destination);
    return true;
}

void Navigator::connectPage(Page *page)
{
    connect(page, &Page::navigationRequested, this, &Navigator::go);
}

} // namespace cc::ui
