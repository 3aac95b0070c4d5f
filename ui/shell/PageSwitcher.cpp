#include "shell/PageSwitcher.h"

#include "shell/MainWindow.h"
#include "widgets/Accessible.h"

#include <QCoreApplication>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QRegularExpression>
#include <QVBoxLayout>

namespace cc::ui {

PageSwitcher::PageSwitcher(MainWindow *window)
    : QDialog(window)
{
    setObjectName(QStringLiteral("pageSwitcher"));
    setWindowTitle(tr("Go to page"));
    auto *layout = new QVBoxLayout(this);
    auto *prompt = new QLabel(tr("&Page:"), this);
    m_search = new QLineEdit(this);
    m_search->setObjectName(QStringLiteral("pageSwitcherSearch"));
    m_search->setPlaceholderText(tr("Type a page name, or a link like incidents/4"));
    describe(m_search, tr("Page"),
             tr("Type part of a page's name, or a link such as incidents/4; Enter opens it"));
    prompt->setBuddy(m_search);
    layout->addWidget(prompt);
    layout->addWidget(m_search);
    m_list = new QListWidget(this);
    m_list->setObjectName(QStringLiteral("pageSwitcherList"));
    describe(m_list, tr("Pages"), tr("The pages matching what you typed; Enter opens one"));
    for (Page *page : window->pages()) {
        auto *item = new QListWidgetItem(page->icon(), page->navigationTitle(), m_list);
        item->setToolTip(page->title());
        item->setData(Qt::UserRole, window->pageId(page));
    }
    m_list->setCurrentRow(0);
    layout->addWidget(m_list);
    m_search->installEventFilter(this);
    connect(m_search, &QLineEdit::textChanged, this, &PageSwitcher::narrow);
    connect(m_search, &QLineEdit::returnPressed, this, &PageSwitcher::choose);
    connect(m_list, &QListWidget::itemActivated, this, &PageSwitcher::choose);
    setMinimumWidth(380);
}

bool PageSwitcher::eventFilter(QObject *watched, QEvent *event)
{
    // Up and Down move through the list while the cursor stays in the search field.
    if (watched == m_search && event->type() == QEvent::KeyPress) {
        const int key = static_cast<QKeyEvent *>(event)->key();
        if (key == Qt::Key_Up || key == Qt::Key_Down) {
            QCoreApplication::sendEvent(m_list, event);
            return true;
        }
    }
    return QDialog::eventFilter(watched, event);
}

void PageSwitcher::narrow(const QString &text)
{
    const QString wanted = text.trimmed();
    QListWidgetItem *first = nullptr;
    for (int row = 0; row < m_list->count(); ++row) {
        QListWidgetItem *item = m_list->item(row);
        const bool match = item->text().contains(wanted, Qt::CaseInsensitive)
            || item->data(Qt::UserRole)
                   .toString()
                   .startsWith(wanted.section(QRegularExpression(QStringLiteral("[/?]")), 0, 0),
                               Qt::CaseInsensitive);
        item->setHidden(!match);
        if (match && !first)
            first = item;
    }
    if (first)
        m_list->setCurrentItem(first);
}

void PageSwitcher::choose()
{
    const QString typed = m_search->text().trimmed();
    Destination destination;
    if (typed.contains(QLatin1Char('/')) || typed.contains(QLatin1Char('?')))
        destination = Destination::parse(typed);
    else if (QListWidgetItem *item = m_list->currentItem(); item && !item->isHidden())
        destination.page = item->data(Qt::UserRole).toString();
    else
        return;
    accept();
    emit chosen(destination);
}

} // namespace cc::ui
