#include "monitoring/MonitoringPage.h"

#include "ApiClient.h"
#include "monitoring/AlertModel.h"
#include "widgets/CommentDialog.h"
#include "widgets/DataTableView.h"
#include "widgets/Format.h"
#include "widgets/MessageBar.h"
#include "widgets/PageHeader.h"
#include "widgets/TableFilterProxy.h"

#include <utility>

#include <QComboBox>
#include <QHBoxLayout>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSplitter>
#include <QStyle>
#include <QVBoxLayout>

namespace cc::ui {

MonitoringPage::MonitoringPage(client::ApiClient *client, QWidget *parent)
    : QWidget(parent)
    , m_client(client)
    , m_model(new AlertModel(client, this))
    , m_proxy(new TableFilterProxy(this))
{
    setObjectName(QStringLiteral("monitoringPage"));
    m_proxy->setSourceModel(m_model);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(18, 14, 18, 12);
    layout->setSpacing(10);
    auto *header = new PageHeader(tr("Monitoring"),
                                  tr("Alerts raised as access happens: repeated failed sign-ins, "
                                     "unusual PII reads, access without a grant, new or shared "
                                     "logins, offboarded accounts and unused grants."),
                                  this);
    header->filter()->setObjectName(QStringLiteral("alertFilter"));
    header->refreshButton()->setObjectName(QStringLiteral("alertRefreshButton"));
    layout->addWidget(header);
    m_message = new MessageBar(this);
    m_message->setObjectName(QStringLiteral("alertMessage"));
    layout->addWidget(m_message);

    auto *bar = new QHBoxLayout;
    auto *showLabel = new QLabel(tr("&Show:"), this);
    m_show = new QComboBox(this);
    m_show->setObjectName(QStringLiteral("alertShowCombo"));
    m_show->addItem(tr("Open alerts"), QStringLiteral("open"));
    m_show->addItem(tr("All alerts"), QString());
    showLabel->setBuddy(m_show);
    bar->addWidget(showLabel);
    bar->addWidget(m_show);
    bar->addStretch();
    m_acknowledge = new QPushButton(style()->standardIcon(QStyle::SP_DialogApplyButton),
                                    tr("A&cknowledge…"), this);
    m_acknowledge->setObjectName(QStringLiteral("acknowledgeAlertButton"));
    bar->addWidget(m_acknowledge);
    layout->addLayout(bar);

    auto *splitter = new QSplitter(Qt::Horizontal, this);
    splitter->setChildrenCollapsible(false);
    m_view = new DataTableView(splitter);
    m_view->setObjectName(QStringLiteral("alertTable"));
    m_view->setModel(m_proxy);
    m_view->sortByColumn(AlertModel::Raised, Qt::DescendingOrder);
    m_summary = new QLabel(tr("Select an alert to see what happened."), splitter);
    m_summary->setObjectName(QStringLiteral("alertDetail"));
    m_summary->setWordWrap(true);
    m_summary->setTextFormat(Qt::RichText);
    m_summary->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    m_summary->setMargin(8);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    splitter->addWidget(m_view);
    splitter->addWidget(m_summary);
    splitter->setStretchFactor(0, 5);
    splitter->setStretchFactor(1, 3);
    layout->addWidget(splitter, 1);

    connect(header->filter(), &QLineEdit::textChanged, m_proxy, &TableFilterProxy::setText);
    connect(header->refreshButton(), &QPushButton::clicked, this, &MonitoringPage::refresh);
    connect(m_acknowledge, &QPushButton::clicked, this, &MonitoringPage::acknowledgeShown);
    connect(m_show, &QComboBox::currentIndexChanged, this, &MonitoringPage::refresh);
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this, [this] {
        if (const client::Alert *selected = selectedAlert())
            showDetail(*selected);
    });
    connect(m_model, &PagedTableModel::loaded, this, [this] {
        m_view->setEmptyText(m_show->currentData().toString() == QLatin1String("open")
                                 ? tr("No open alerts.")
                                 : tr("No alerts."));
        if (!m_columnsFitted && m_model->rowCount() > 0) {
            m_view->fitColumns(AlertModel::Subject, 220);
            m_columnsFitted = true;
        }
        const qint64 pending = std::exchange(m_pendingOpen, 0);
        if (pending != 0 && !selectAlert(pending)) {
            // Not in this list (the filter hides it): the detail pane shows it all the same.
            requestDetail(pending);
        } else if (!selectedAlert() && m_model->rowCount() > 0) {
            m_view->selectRow(0);
        }
        m_loaded = true;
        updateActions();
        emit loaded();
    });
    connect(m_model, &PagedTableModel::errorOccurred, this, [this](const QString &message) {
        m_message->showMessage(MessageBar::Kind::Error,
                               tr("Could not load the alerts: %1").arg(message));
        m_view->setEmptyText(tr("Could not load this list."));
    });
    m_view->setEmptyText(tr("Loading…"));
    updateActions();
}

void MonitoringPage::refresh()
{
    m_loaded = false;
    QUrlQuery query;
    const QString show = m_show->currentData().toString();
    if (!show.isEmpty())
        query.addQueryItem(QStringLiteral("status"), show);
    // The reload resets the rows: keep the alert on show rather than jump to the first.
    if (m_detail.id != 0 && m_pendingOpen == 0)
        m_pendingOpen = m_detail.id;
    m_model->setQuery(query);
    m_model->reload();
}

const client::Alert *MonitoringPage::selectedAlert() const
{
    const QModelIndexList rows = m_view->selectionModel()->selectedRows();
    if (rows.isEmpty())
        return nullptr;
    return m_model->itemAt(m_proxy->mapToSource(rows.first()).row());
}

bool MonitoringPage::selectAlert(qint64 id)
{
    const int row = m_model->rowOf(id);
    const QModelIndex shown
        = row < 0 ? QModelIndex() : m_proxy->mapFromSource(m_model->index(row, 0));
    if (!shown.isValid())
        return false;
    m_view->selectRow(shown.row());
    return true;
}

void MonitoringPage::openAlert(qint64 id)
{
    if (id <= 0 || selectAlert(id))
        return;
    if (!m_loaded) {
        m_pendingOpen = id;
        return;
    }
    {
        const QSignalBlocker blocker(m_view->selectionModel());
        m_view->clearSelection();
    }
    requestDetail(id);
}

void MonitoringPage::requestDetail(qint64 id)
{
    if (m_detailJob)
        m_detailJob->disconnect(this);
    m_detailJob = m_client->get(QStringLiteral("/alerts/%1").arg(id));
    connect(m_detailJob, &client::ApiJob::finished, this, [this](client::ApiJob *done) {
        if (!done->ok()) {
            m_message->showMessage(MessageBar::Kind::Error,
                                   tr("Could not read the alert: %1").arg(done->error().message));
            return;
        }
        showDetail(client::Alert::fromJson(done->json()));
    });
}

void MonitoringPage::showDetail(const client::Alert &a)
{
    m_detail = a;
    const QString acknowledged = a.isOpen()
        ? tr("<p><b>Open.</b> A compliance officer acknowledges it with a note saying what was "
             "checked or done.</p>")
        : tr("<p><b>Acknowledged</b> by %1 on %2:<br>%3</p>")
              .arg(a.acknowledgedBy.toHtmlEscaped(), format::dateTime(a.acknowledgedAt),
                   a.acknowledgeNote.toHtmlEscaped());
    m_summary->setText(
        tr("<h3 style='margin:0'>%1</h3><span style='background:%2;color:white'>&nbsp;%3&nbsp;"
           "</span> &nbsp;%4 · alert #%5<p>%6</p><p>%7 event(s), raised %8, last seen %9; audit "
           "events %10 to %11.</p>%12")
            .arg(a.title.toHtmlEscaped(), AlertModel::severityColor(a.severity).name(),
                 AlertModel::severityLabel(a.severity), client::Alert::ruleLabel(a.rule))
            .arg(a.id)
            .arg(a.detail.toHtmlEscaped())
            .arg(a.eventCount)
            .arg(format::dateTime(a.raisedAt), format::dateTime(a.lastSeenAt))
            .arg(a.firstSeq ? QString::number(a.firstSeq) : tr("—"),
                 a.lastSeq ? QString::number(a.lastSeq) : tr("—"), acknowledged));
    updateActions();
    emit detailShown(a.id);
}

void MonitoringPage::updateActions()
{
    const bool manage = m_client->session().can(client::permission::AlertsManage);
    m_acknowledge->setVisible(manage);
    m_acknowledge->setEnabled(manage && m_detail.id != 0 && m_detail.isOpen());
    m_acknowledge->setToolTip(tr("Acknowledge the alert on show, with a note"));
}

void MonitoringPage::acknowledgeShown()
{
    if (m_detail.id == 0)
        return;
    const client::Alert a = m_detail;
    client::ApiClient *api = m_client;
    // The server requires the note and says so; the dialog shows its answer as sent.
    auto *dialog = new CommentDialog(
        tr("Acknowledge alert"),
        tr("Acknowledge <b>%1</b>? Say what you checked or did: the note is kept with the "
           "alert and in the audit log.")
            .arg(a.title.toHtmlEscaped()),
        tr("&Note:"), false,
        [api, id = a.id](const QString &text) {
            return api->post(QStringLiteral("/alerts/%1/acknowledge").arg(id),
                             {{QStringLiteral("note"), text}});
        },
        this);
    dialog->setObjectName(QStringLiteral("acknowledgeAlertDialog"));
    dialog->setAcceptText(tr("Acknowledge"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &CommentDialog::succeeded, this, [this](const QJsonObject &answer) {
        const client::Alert done = client::Alert::fromJson(answer);
        m_model->updateAlert(done);
        if (m_detail.id == done.id)
            showDetail(done);
        m_message->showMessage(MessageBar::Kind::Success,
                               tr("Alert #%1 acknowledged.").arg(done.id));
    });
    dialog->open();
}

} // namespace cc::ui
