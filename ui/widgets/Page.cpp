#include "widgets/Page.h"

#include "widgets/MessageBar.h"
#include "widgets/PageHeader.h"

#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace cc::ui {

Destination Destination::parse(const QString &text)
{
    Destination d;
    const QString trimmed = text.trimmed();
    const qsizetype slash = trimmed.indexOf(QLatin1Char('/'));
    const qsizetype question = trimmed.indexOf(QLatin1Char('?'));
    if (slash > 0) {
        // page/id, or page/filter/id for a page that needs both (a tab of several lists).
        d.page = trimmed.left(slash);
        const QString rest = trimmed.mid(slash + 1);
        const qsizetype second = rest.lastIndexOf(QLatin1Char('/'));
        if (second > 0)
            d.filter = rest.left(second);
        d.objectId = rest.mid(second + 1).toLongLong();
    } else if (question > 0) {
        d.page = trimmed.left(question);
        d.filter = trimmed.mid(question + 1);
    } else {
        d.page = trimmed;
    }
    return d;
}

QString Destination::toString() const
{
    if (objectId > 0)
        return page + QLatin1Char('/') + (filter.isEmpty() ? QString() : filter + QLatin1Char('/'))
            + QString::number(objectId);
    if (!filter.isEmpty())
        return page + QLatin1Char('?') + filter;
    return page;
}

Page::Page(client::ApiClient *client, const QString &title, const QString &subtitle,
           const QIcon &icon, QWidget *parent)
    : QWidget(parent)
    , m_client(client)
    , m_title(title)
    , m_icon(icon)
    , m_header(new PageHeader(title, subtitle, this))
    , m_message(new MessageBar(this))
    , m_body(new QVBoxLayout)
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(16, 12, 16, 10);
    layout->setSpacing(8);
    layout->addWidget(m_header);
    layout->addWidget(m_message);
    m_body->setContentsMargins(0, 0, 0, 0);
    m_body->setSpacing(8);
    layout->addLayout(m_body, 1);
    m_header->filter()->hide(); // a page that filters says so with useFilterField()
    connect(m_header->refreshButton(), &QPushButton::clicked, this, &Page::refresh);
}

QWidget *Page::filterField() const
{
    return m_header->filter()->isHidden() ? nullptr : m_header->filter();
}

bool Page::open(const Destination &destination)
{
    return destination.filter.isEmpty() && destination.objectId == 0;
}

void Page::setLoaded()
{
    m_loaded = true;
    emit loaded();
}

QLineEdit *Page::useFilterField(const QString &objectName, const QString &placeholder)
{
    QLineEdit *filter = m_header->filter();
    filter->setObjectName(objectName);
    if (!placeholder.isEmpty())
        filter->setPlaceholderText(placeholder);
    filter->show();
    return filter;
}

} // namespace cc::ui
