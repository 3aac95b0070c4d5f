#pragma once

// The one list of the console's pages, in the order of the navigation: each with the id links
// and --page use, the permission a person needs to see it, and how it is made. The main window
// builds itself from this list; a new area is added here and nowhere else.

#include <QList>
#include <QString>

class QWidget;

namespace cc::client {
class ApiClient;
}

namespace cc::ui {

class Page;

struct PageType
{
    QString id; // "incidents": Destination::page, --page NAME
    const char *permission = nullptr; // null: every signed-in person
    Page *(*create)(client::ApiClient *client, QWidget *parent) = nullptr;
};

const QList<PageType> &pageTypes();

} // namespace cc::ui
