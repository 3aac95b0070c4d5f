#include "tasks/TasksPage.h"

#include "ChangeFeed.h"
#include "tasks/TaskModel.h"
#include "widgets/Accessible.h"
#include "widgets/DataTableView.h"
#include "widgets/FlowLayout.h"
#include "widgets/MessageBar.h"
#include "widgets/PageHeader.h"
#include "widgets/Theme.h"

#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace cc::ui {

TasksPage::TasksPage(client::ApiClient *client, QWidget *parent)
    : Page(client, tr("My tasks"),
           tr("Everything waiting for you, soonest due first: open an item to deal with it on "
              "its own page."),
           theme::icon(theme::Icon::Tasks), parent)
    , m_model(new TaskModel(client, this))
    , m_view(new DataTableView(this))
    , m_summary(new QLabel(this))
    , m_open(new QPushButton(tr("&Open"), this))
{
    setObjectName(QStringLiteral("tasksPage"));
    setNavigationTitle(tr("Tasks"));
    header()->refreshButton()->setObjectName(QStringLiteral("tasksRefreshButton"));
    messageBar()->setObjectName(QStringLiteral("tasksMessage"));

    auto *bar = new FlowLayout;
    m_summary->setObjectName(QStringLiteral("tasksSummary"));
    m_summary->setTextFormat(Qt::RichText);
    bar->addWidget(m_summary);
    bar->addStretch();
    m_open->setObjectName(QStringLiteral("openTaskButton"));
    describe(m_open, tr("Open"), tr("Show the selected item on its own page"));
    bar->addWidget(m_open);
    body()->addLayout(bar);

    m_view->setObjectName(QStringLiteral("tasksTable"));
    describe(m_view, tr("My tasks"),
             tr("What waits for you: the kind, what to do, when it is due and since when"));
    m_view->setModel(m_model);
    m_view->setSortingEnabled(false); // the server's order: soonest due first
    body()->addWidget(m_view, 1);

    connect(m_view, &QAbstractItemView::activated, this, &TasksPage::openSelected);
    connect(m_open, &QPushButton::clicked, this, &TasksPage::openSelected);
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &TasksPage::updateActions);
    connect(m_model, &PagedTableModel::loadingChanged, this, &TasksPage::updateTexts);
    connect(m_model, &PagedTableModel::modelReset, this, &TasksPage::updateActions);
    connect(m_model, &PagedTableModel::errorOccurred, this, [this](const QString &message) {
        messageBar()->showMessage(MessageBar::Kind::Error,
                                  tr("Could not load your tasks: %1").arg(message));
        updateTexts();
        setLoaded();
    });
    connect(m_model, &PagedTableModel::loaded, this, [this] {
        m_view->fitColumns(TaskModel::Title, 420, {TaskModel::Kind, TaskModel::Due});
        if (!m_view->selectionModel()->hasSelection() && m_model->rowCount() > 0)
            m_view->selectRow(0);
        updateTexts();
        updateActions();
        setLoaded();
    });
    updateTexts();
    updateActions();
}

QStringList TasksPage::changeKinds() const
{
    // Every kind a task comes from; a failing control shows after the daily evaluation, which
    // the page's Refresh (F5) reads too.
    return {QLatin1StringView(client::change::AccessRequests),
            QLatin1StringView(client::change::Grants),
            QLatin1StringView(client::change::Assets),
            QLatin1StringView(client::change::Incidents),
            QLatin1StringView(client::change::Alerts),
            QLatin1StringView(client::change::AccessReviews),
            QLatin1StringView(client::change::Retention),
            QLatin1StringView(client::change::Notifications),
            QLatin1StringView(client::change::Vulnerabilities)};
}

void TasksPage::refresh()
{
    setLoading();
    m_model->reload();
    updateTexts();
}

void TasksPage::openSelected()
{
    const QModelIndexList rows = m_view->selectionModel()->selectedRows();
    const client::Task *task = rows.isEmpty() ? nullptr : m_model->itemAt(rows.first().row());
    if (task)
        emit navigationRequested(TaskModel::destination(*task));
}

void TasksPage::updateTexts()
{
    if (m_model->isLoading() && m_model->rowCount() == 0) {
        m_view->setEmptyText(tr("Loading…"));
        m_summary->clear();
        return;
    }
    if (!m_model->errorString().isEmpty() && m_model->rowCount() == 0) {
        m_view->setEmptyText(tr("Could not load your tasks."));
        m_summary->clear();
        return;
    }
    m_view->setEmptyText(tr("Nothing is waiting for you. New requests, reviews and deadlines "
                            "appear here as they arrive."));
    const QDateTime now = QDateTime::currentDateTimeUtc();
    int overdue = 0;
    for (const client::Task &t : m_model->items())
        overdue += t.isOverdue(now) ? 1 : 0;
    const int count = m_model->rowCount();
    // Counts as "label: number", so no plural forms are needed in any language.
    QString text
        = tr("Waiting for you: %1")
              .arg(m_model->hasMore() ? tr("%1 or more").arg(count) : QString::number(count));
    if (overdue > 0)
        text += QStringLiteral(" · ")
            + theme::span(theme::Tone::Bad, tr("overdue: %1").arg(overdue), true);
    m_summary->setText(count == 0 ? QString() : text);
}

void TasksPage::updateActions()
{
    const bool selected = m_view->selectionModel()->hasSelection();
    m_open->setEnabled(selected);
    m_open->setToolTip(selected ? tr("Show the selected item on its own page")
                                : tr("Select an item first"));
}

} // namespace cc::ui
