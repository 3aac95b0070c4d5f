#include "incidents/IncidentsPage.h"

#include "ApiClient.h"
#include "ChangeFeed.h"
#include "IncidentsApi.h"
#include "Words.h"
#include "incidents/IncidentEditDialog.h"
#include "incidents/IncidentModel.h"
#include "incidents/ReportIncidentDialog.h"
#include "widgets/Accessible.h"
#include "widgets/CommentDialog.h"
#include "widgets/DataTableView.h"
#include "widgets/FileDownload.h"
#include "widgets/FlowLayout.h"
#include "widgets/Format.h"
#include "widgets/MessageBar.h"
#include "widgets/PageHeader.h"
#include "widgets/TableFilterProxy.h"
#include "widgets/Theme.h"
#include "widgets/WrappedRows.h"

#include <algorithm>
#include <utility>

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QSplitter>
#include <QStyle>
#include <QTabBar>
#include <QTabWidget>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace cc::ui {

namespace {

QTreeWidget *makeTree(const QStringList &headers, const QString &name, QWidget *parent)
{
    auto *tree = new QTreeWidget(parent);
    tree->setObjectName(name);
    tree->setHeaderLabels(headers);
    tree->setRootIsDecorated(false);
    tree->setAlternatingRowColors(true);
    tree->setSelectionMode(QAbstractItemView::NoSelection);
    tree->setWordWrap(true);
    tree->header()->setStretchLastSection(true);
    return tree;
}

// The server records a status change as "triaged → contained" (or "reopened closed →
// triaged"); in words: "Triaged → Contained".
QString statusChangeText(const QString &detail)
{
    static const QRegularExpression change(
        QStringLiteral("^(reopened )?([a-z_]+) \u2192 ([a-z_]+)$"));
    const QRegularExpressionMatch m = change.match(detail);
    if (!m.hasMatch())
        return detail;
    const QString text = QStringLiteral("%1 \u2192 %2")
                             .arg(client::Incident::statusLabel(m.captured(2)),
                                  client::Incident::statusLabel(m.captured(3)));
    return m.capturedLength(1) > 0 ? IncidentsPage::tr("Reopened: %1").arg(text) : text;
}

QString eventLabel(const QString &kind)
{
    if (kind == QLatin1String("reported"))
        return IncidentsPage::tr("Reported");
    if (kind == QLatin1String("status"))
        return IncidentsPage::tr("Status");
    if (kind == QLatin1String("update"))
        return IncidentsPage::tr("Changed");
    if (kind == QLatin1String("note"))
        return IncidentsPage::tr("Note");
    if (kind == QLatin1String("task"))
        return IncidentsPage::tr("Checklist");
    if (kind == QLatin1String("executives_notified"))
        return IncidentsPage::tr("Executives notified");
    if (kind == QLatin1String("acknowledged"))
        return IncidentsPage::tr("Acknowledged");
    if (kind == QLatin1String("clock_overdue"))
        return IncidentsPage::tr("Clock overdue");
    return kind;
}

} // namespace

IncidentsPage::IncidentsPage(client::ApiClient *client, QWidget *parent)
    : ListDetailPage(client, tr("Incidents"),
                     tr("Interruptions, degradations and security events. A breach involving "
                        "Amazon data notifies the CTO and CEO at once; Amazon must be told within "
                        "24 hours."),
                     theme::icon(theme::Icon::Warning), parent)
    , m_model(new IncidentModel(client, this))
{
    setObjectName(QStringLiteral("incidentsPage"));
    useFilterField(QStringLiteral("incidentFilter"), {});
    header()->refreshButton()->setObjectName(QStringLiteral("incidentRefreshButton"));
    messageBar()->setObjectName(QStringLiteral("incidentMessage"));

    auto *showLabel = new QLabel(tr("&Show:"), this);
    m_show = new QComboBox(this);
    m_show->setObjectName(QStringLiteral("incidentShowCombo"));
    describe(m_show, tr("Incidents to show"),
             tr("Open incidents, all incidents, or those involving Amazon data"));
    m_show->addItem(tr("Open incidents"), QStringLiteral("open"));
    m_show->addItem(tr("All incidents"), QStringLiteral("all"));
    m_show->addItem(tr("Involving Amazon data"), QStringLiteral("amazon"));
    showLabel->setBuddy(m_show);
    toolBar()->addWidget(showLabel);
    toolBar()->addWidget(m_show);
    toolBar()->addStretch();
    m_acknowledge = new QPushButton(style()->standardIcon(QStyle::SP_DialogApplyButton),
                                    tr("A&cknowledge"), this);
    m_acknowledge->setObjectName(QStringLiteral("acknowledgeButton"));
    describe(m_acknowledge, tr("Acknowledge"),
             tr("Acknowledge the breach notification you received"));
    m_advance
        = new QPushButton(style()->standardIcon(QStyle::SP_ArrowForward), tr("&Advance…"), this);
    m_advance->setObjectName(QStringLiteral("advanceButton"));
    describe(m_advance, tr("Advance"), tr("Move the selected incident to its next step"));
    m_report = new QPushButton(theme::icon(theme::Icon::Add), tr("&Report incident…"), this);
    m_report->setObjectName(QStringLiteral("reportIncidentButton"));
    describe(m_report, tr("Report incident"),
             tr("Report an interruption, a degradation of service or a security event"));
    toolBar()->addWidget(m_acknowledge);
    toolBar()->addWidget(m_advance);
    toolBar()->addSpacing(12);
    toolBar()->addWidget(m_report);

    setList(m_model, new TableFilterProxy(this), QStringLiteral("incidentTable"), tr("Incidents"),
            tr("Incidents with their severity, status and clocks"));
    view()->sortByColumn(IncidentModel::Id, Qt::DescendingOrder);
    // Category, assignee and detection time are in the detail pane; whether Amazon data is
    // involved shows in the Amazon clock ("due in 5 hours", "Amazon notified"), so the title
    // keeps room on a 1280-pixel screen.
    for (int column : {IncidentModel::Category, IncidentModel::AmazonData, IncidentModel::Assignee,
                       IncidentModel::Detected})
        view()->setColumnHidden(column, true);
    setDetail(makeDetailPane(), 3, 2);

    connect(m_report, &QPushButton::clicked, this, &IncidentsPage::reportIncident);
    connect(m_advance, &QPushButton::clicked, this, &IncidentsPage::advanceSelected);
    connect(m_acknowledge, &QPushButton::clicked, this, &IncidentsPage::acknowledgeSelected);
    connect(m_edit, &QPushButton::clicked, this, &IncidentsPage::editDetail);
    connect(m_note, &QPushButton::clicked, this, &IncidentsPage::addNote);
    connect(m_exportReport, &QPushButton::clicked, this, &IncidentsPage::chooseReportFile);
    m_download = new FileDownload(messageBar(), this);
    connect(m_download, &FileDownload::finished, this, &IncidentsPage::reportSaved);
    connect(m_download, &FileDownload::finished, this, &IncidentsPage::updateActions);
    connect(m_tasks, &QTreeWidget::itemChanged, this, &IncidentsPage::updateTask);
    connect(m_show, &QComboBox::currentIndexChanged, this, &IncidentsPage::refresh);
    updateActions();
}

QWidget *IncidentsPage::makeDetailPane()
{
    auto *detail = new QWidget(this);
    auto *detailLayout = new QVBoxLayout(detail);
    detailLayout->setContentsMargins(8, 0, 0, 0);
    m_summary = new QLabel(tr("Select an incident to see its timeline."), detail);
    m_summary->setObjectName(QStringLiteral("incidentSummary"));
    m_summary->setWordWrap(true);
    m_summary->setTextFormat(Qt::RichText);
    m_summary->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    m_summary->setMinimumHeight(110);
    detailLayout->addWidget(m_summary);
    auto *detailBar = new FlowLayout;
    m_edit = new QPushButton(style()->standardIcon(QStyle::SP_FileDialogDetailedView), tr("&Edit…"),
                             detail);
    m_edit->setObjectName(QStringLiteral("editIncidentButton"));
    describe(m_edit, tr("Edit incident"),
             tr("Correct the incident, assign it, or record when Amazon was notified"));
    m_edit->setToolTip(tr("Correct the incident, assign it, or record when Amazon was notified"));
    m_note = new QPushButton(theme::icon(theme::Icon::Add), tr("Add &note…"), detail);
    m_note->setObjectName(QStringLiteral("addIncidentNoteButton"));
    describe(m_note, tr("Add note"), tr("Add a note to the incident's timeline"));
    m_note->setToolTip(tr("Add a note to the timeline"));
    // Whoever sees an incident may take its report: no permission to check here.
    m_exportReport = new QPushButton(style()->standardIcon(QStyle::SP_DialogSaveButton),
                                     tr("E&xport report…"), detail);
    m_exportReport->setObjectName(QStringLiteral("exportIncidentReportButton"));
    describe(m_exportReport, tr("Export report"),
             tr("Save the post-incident report of this incident as a PDF"));
    m_exportReport->setToolTip(
        tr("Save the post-incident report (timeline, response plan, executives, Amazon) as a PDF"));
    detailBar->addWidget(m_edit);
    detailBar->addWidget(m_note);
    detailBar->addWidget(m_exportReport);
    detailBar->addStretch();
    detailLayout->addLayout(detailBar);
    auto *tabs = new QTabWidget(detail);
    // What happened and its detail share the widest column, one under the other, so a narrow
    // pane wraps the detail instead of cutting it.
    m_timeline = makeTree({tr("When"), tr("Who"), tr("What happened")},
                          QStringLiteral("incidentTimeline"), tabs);
    keepRowsWrapped(m_timeline);
    m_tasks
        = makeTree({tr("Task"), tr("Owner"), tr("Done")}, QStringLiteral("incidentTasks"), tabs);
    m_acknowledgements
        = makeTree({tr("Executive"), tr("Title"), tr("Notified"), tr("Acknowledged"), tr("E-mail")},
                   QStringLiteral("incidentAcknowledgements"), tabs);
    tabs->addTab(m_timeline, tr("Timeline"));
    m_tasks->setSelectionMode(QAbstractItemView::SingleSelection);
    m_tasks->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed);
    auto *plan = new QWidget(tabs);
    auto *planLayout = new QVBoxLayout(plan);
    planLayout->setContentsMargins(0, 0, 0, 0);
    planLayout->addWidget(m_tasks, 1);
    m_tasksHint = new QLabel(tr("Tick a task when it is done; double-click its owner to assign "
                                "it (a username; empty for nobody)."),
                             plan);
    m_tasksHint->setWordWrap(true);
    m_tasksHint->setForegroundRole(QPalette::PlaceholderText);
    planLayout->addWidget(m_tasksHint);
    tabs->addTab(plan, tr("Response plan"));
    tabs->addTab(m_acknowledgements, tr("Executives"));
    tabs->setUsesScrollButtons(true);
    tabs->setElideMode(Qt::ElideNone);
    describe(tabs->tabBar(), tr("Incident details"),
             tr("The incident's timeline, response plan and executives"));
    describe(m_timeline, tr("Timeline"), tr("What happened to the incident, when and by whom"));
    describe(m_tasks, tr("Response plan"),
             tr("The response plan's tasks, who owns them and whether they are done"));
    describe(m_acknowledgements, tr("Executives"),
             tr("The executives told of a breach and whether they acknowledged it"));
    detailLayout->addWidget(tabs, 1);
    return detail;
}

QStringList IncidentsPage::changeKinds() const
{
    return {QLatin1StringView(client::change::Incidents)};
}

bool IncidentsPage::applyFilter(const QString &filter)
{
    const int index = m_show->findData(filter);
    if (index < 0)
        return false;
    m_show->setCurrentIndex(index); // reloads when it changes
    return true;
}

void IncidentsPage::prepareReload()
{
    const QString show = m_show->currentData().toString();
    m_model->setFilter({show == QLatin1String("open"), show == QLatin1String("amazon")});
}

QString IncidentsPage::emptyText() const
{
    return m_show->currentData().toString() == QLatin1String("open") ? tr("No open incidents.")
                                                                     : tr("No incidents.");
}

void IncidentsPage::fitColumns()
{
    // The title takes what is left; the clocks keep room for "overdue by 23 hours".
    view()->fitColumns(IncidentModel::Title, 170,
                       {IncidentModel::Id, IncidentModel::Severity, IncidentModel::Status});
}

const client::Incident *IncidentsPage::selectedIncident() const
{
    const int row = m_model->rowOf(selectedId());
    return row < 0 ? nullptr : m_model->itemAt(row);
}

void IncidentsPage::showObject(qint64 id)
{
    if (m_detailJob)
        m_detailJob->disconnect(this);
    const client::Call<client::Incident> call = client::IncidentsApi(m_client).get(id);
    m_detailJob = call.job();
    call.then(this, [this](const client::Reply<client::Incident> &reply) {
        if (!reply.ok()) {
            messageBar()->showMessage(
                MessageBar::Kind::Error,
                tr("Could not read the incident: %1").arg(reply.error.message));
            return;
        }
        showDetail(reply.value);
    });
}

void IncidentsPage::showDetail(const client::Incident &i)
{
    m_detail = i;
    const QDateTime now = QDateTime::currentDateTimeUtc();
    QString amazon;
    if (i.involvesAmazonData) {
        amazon = i.amazonNotifiedAt.isValid()
            ? tr("<br>Amazon notified %1 (reference %2).")
                  .arg(format::dateTime(i.amazonNotifiedAt),
                       i.amazonReference.isEmpty() ? tr("none") : i.amazonReference.toHtmlEscaped())
            : QStringLiteral("<br>")
                + theme::span(theme::Tone::Bad,
                              tr("<b>Amazon data involved</b> — Amazon must be notified by %1 "
                                 "(%2).")
                                  .arg(format::dateTime(i.amazonClock.dueAt),
                                       IncidentModel::clockText(i.amazonClock, now)));
    }
    m_summary->setText(
        tr("<h3 style='margin:0'>#%1 %2</h3>%3 &nbsp;%4 · %5 · reported by %6 · assigned to "
           "%7<br>Detected %8.%9<p>%10</p>")
            .arg(i.id)
            .arg(i.title.toHtmlEscaped(),
                 theme::badgeSpan(theme::severityBadge(i.severity),
                                  client::Incident::severityLabel(i.severity)),
                 client::Incident::statusLabel(i.status),
                 client::Incident::categoryLabel(i.category), i.reporterName.toHtmlEscaped(),
                 i.assigneeName.isEmpty() ? tr("nobody yet") : i.assigneeName.toHtmlEscaped(),
                 format::dateTime(i.detectedAt))
            .arg(amazon, i.description.toHtmlEscaped()));
    m_timeline->clear();
    for (const client::IncidentEvent &e : i.timeline) {
        const QString detail = e.kind == QLatin1String("status")
            ? statusChangeText(e.detail)
            : client::auditDetailText(e.detail);
        const QString what
            = detail.isEmpty() ? eventLabel(e.kind) : eventLabel(e.kind) + u'\n' + detail;
        auto *item = new QTreeWidgetItem(m_timeline, {format::dateTime(e.at), e.actor, what});
        item->setToolTip(2, what);
        for (int c = 0; c < 3; ++c)
            item->setTextAlignment(c, Qt::AlignLeft | Qt::AlignTop);
    }
    const bool manage = m_client->session().can(client::permission::IncidentsManage);
    m_fillingTasks = true;
    m_tasks->clear();
    for (const client::IncidentTask &t : i.tasks) {
        auto *item = new QTreeWidgetItem(
            m_tasks,
            {t.title, manage ? t.owner : (t.owner.isEmpty() ? tr("—") : t.owner),
             t.done ? tr("%1 by %2").arg(format::dateTime(t.doneAt), t.doneBy) : QString()});
        item->setData(0, Qt::UserRole, t.key);
        item->setIcon(0, t.done ? theme::icon(theme::Icon::Ok) : QIcon());
        if (manage) {
            item->setFlags(item->flags() | Qt::ItemIsUserCheckable | Qt::ItemIsEditable);
            item->setCheckState(2, t.done ? Qt::Checked : Qt::Unchecked);
            item->setToolTip(1, tr("Double-click to assign an owner (a username)"));
        }
    }
    m_fillingTasks = false;
    m_acknowledgements->clear();
    for (const client::ExecutiveAcknowledgement &a : i.acknowledgements) {
        QString email = tr("not configured");
        theme::Tone emailTone = theme::Tone::Muted;
        if (a.emailStatus == QLatin1String("sent")) {
            email = tr("sent");
            emailTone = theme::Tone::Good;
        } else if (a.emailStatus == QLatin1String("failing")) {
            email = tr("retrying after %n failed attempt(s)", nullptr, a.emailAttempts);
            emailTone = theme::Tone::Bad;
        } else if (a.emailStatus == QLatin1String("pending")) {
            email = tr("queued");
        }
        auto *item = new QTreeWidgetItem(
            m_acknowledgements,
            {a.displayName, a.title, format::dateTime(a.notifiedAt),
             a.acknowledged ? format::dateTime(a.acknowledgedAt) : tr("awaiting"), email});
        item->setForeground(3,
                            theme::color(a.acknowledged ? theme::Tone::Good : theme::Tone::Warn));
        item->setForeground(4, theme::color(emailTone));
        item->setToolTip(4, a.emailError);
    }
    for (QTreeWidget *tree : {m_timeline, m_tasks, m_acknowledgements})
        for (int c = 0; c + 1 < tree->columnCount(); ++c)
            tree->resizeColumnToContents(c);
    fitWrappedRows(m_timeline);
    updateActions();
    emit detailLoaded(i.id);
}

void IncidentsPage::updateActions()
{
    const bool manage = m_client->session().can(client::permission::IncidentsManage);
    const client::Incident *selected = selectedIncident();
    const bool current = selected && selected->id == m_detail.id;
    bool mayAcknowledge = false;
    if (current) {
        for (const client::ExecutiveAcknowledgement &a : m_detail.acknowledgements)
            mayAcknowledge = mayAcknowledge
                || (a.username == m_client->session().user.username && !a.acknowledged);
    }
    m_acknowledge->setEnabled(mayAcknowledge);
    // The detail pane's own actions act on the incident it shows, selected or opened.
    const bool shown = m_detail.id != 0 && (!selected || current);
    for (QPushButton *button : {m_edit, m_note}) {
        button->setVisible(manage);
        button->setEnabled(manage && shown);
    }
    m_exportReport->setEnabled(shown && m_download && !m_download->isRunning());
    m_tasksHint->setVisible(manage);
    m_acknowledge->setToolTip(tr("Acknowledge the breach notification you received"));
    m_advance->setEnabled(manage && selected);
    const QString next = selected ? selected->nextStatus() : QString();
    if (selected && manage)
        m_advance->setText(
            next.isEmpty() ? tr("Re&open…")
                           : tr("&Mark %1…").arg(client::Incident::statusLabel(next).toLower()));
    else
        m_advance->setText(tr("&Advance…"));
    m_advance->setToolTip(manage ? tr("Move the incident to its next step")
                                 : tr("Needs the incidents:manage permission (incident response "
                                      "team)."));
}

void IncidentsPage::reportIncident()
{
    auto *dialog = new ReportIncidentDialog(m_client, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &ReportIncidentDialog::reported, this, [this](const client::Incident &i) {
        messageBar()->showMessage(
            MessageBar::Kind::Success,
            i.involvesAmazonData
                ? tr("Incident #%1 reported: %2; Amazon must be told by %3.")
                      .arg(i.id)
                      .arg(tr("%n executive(s) notified", nullptr, i.executivesNotified),
                           format::dateTime(i.amazonClock.dueAt))
                : tr("Incident #%1 reported to the incident response team.").arg(i.id));
        m_detail = i;
        refresh();
    });
    dialog->open();
}

void IncidentsPage::advanceSelected()
{
    const client::Incident *selected = selectedIncident();
    if (!selected)
        return;
    const client::Incident i = *selected;
    const QString next = i.nextStatus();
    const bool reopen = next.isEmpty(); // closed: the only way on is back to triage
    const QString to = reopen ? QStringLiteral("triaged") : next;
    const client::IncidentsApi incidents(m_client);
    auto *dialog = new CommentDialog(
        reopen ? tr("Reopen incident") : tr("Advance incident"),
        reopen ? tr("Reopen <b>#%1 %2</b>? Say why.").arg(i.id).arg(i.title.toHtmlEscaped())
               : tr("Mark <b>#%1 %2</b> as <b>%3</b>?")
                     .arg(i.id)
                     .arg(i.title.toHtmlEscaped(), client::Incident::statusLabel(to).toLower()),
        reopen ? tr("&Reason:") : tr("&Note for the timeline (optional):"), reopen,
        [this, incidents, i, to](const QString &text) {
            const client::Call<client::Incident> call = incidents.moveTo(i.id, to, text.trimmed());
            call.then(this, [this, i, to](const client::Reply<client::Incident> &reply) {
                if (!reply.ok())
                    return;
                messageBar()->showMessage(MessageBar::Kind::Success,
                                          tr("Incident #%1 is now %2.")
                                              .arg(i.id)
                                              .arg(client::Incident::statusLabel(to).toLower()));
                refresh();
            });
            return call.job();
        },
        this);
    dialog->setAcceptText(reopen ? tr("Reopen") : client::Incident::statusLabel(to));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

void IncidentsPage::acknowledgeSelected()
{
    if (m_detail.id == 0)
        return;
    const qint64 id = m_detail.id;
    client::IncidentsApi(m_client).acknowledge(id).then(
        this, [this, id](const client::Reply<client::Incident> &reply) {
            if (!reply.ok()) {
                messageBar()->showMessage(MessageBar::Kind::Error, reply.error.message);
                return;
            }
            messageBar()->showMessage(
                MessageBar::Kind::Success,
                tr("You acknowledged the breach notification for incident #%1.").arg(id));
            showDetail(reply.value);
            refresh();
        });
}

void IncidentsPage::editDetail()
{
    if (m_detail.id == 0)
        return;
    auto *dialog = new IncidentEditDialog(m_client, m_detail, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &IncidentEditDialog::saved, this, [this](const client::Incident &i) {
        messageBar()->showMessage(MessageBar::Kind::Success, tr("Incident #%1 updated.").arg(i.id));
        showDetail(i);
        refresh();
    });
    dialog->open();
}

void IncidentsPage::addNote()
{
    if (m_detail.id == 0)
        return;
    const qint64 id = m_detail.id;
    const client::IncidentsApi incidents(m_client);
    auto *dialog = new CommentDialog(
        tr("Add note"),
        tr("Add a note to the timeline of <b>#%1 %2</b>.")
            .arg(id)
            .arg(m_detail.title.toHtmlEscaped()),
        tr("&Note:"), true,
        [this, incidents, id](const QString &text) {
            const client::Call<client::Incident> call = incidents.addNote(id, text.trimmed());
            call.then(this, [this, id](const client::Reply<client::Incident> &reply) {
                if (!reply.ok())
                    return;
                messageBar()->showMessage(MessageBar::Kind::Success,
                                          tr("Note added to incident #%1.").arg(id));
                if (m_detail.id == id)
                    showDetail(reply.value);
            });
            return call.job();
        },
        this);
    dialog->setObjectName(QStringLiteral("incidentNoteDialog"));
    dialog->setAcceptText(tr("Add note"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

void IncidentsPage::updateTask(QTreeWidgetItem *item, int column)
{
    if (m_fillingTasks || m_detail.id == 0 || (column != 1 && column != 2))
        return;
    const QString key = item->data(0, Qt::UserRole).toString();
    const auto task = std::find_if(m_detail.tasks.cbegin(), m_detail.tasks.cend(),
                                   [&key](const client::IncidentTask &t) { return t.key == key; });
    if (task == m_detail.tasks.cend())
        return;
    if (column == 2 ? (item->checkState(2) == Qt::Checked) == task->done
                    : item->text(1).trimmed() == task->owner)
        return; // nothing changed (an edit left as it was)
    const qint64 id = m_detail.id;
    const client::IncidentsApi incidents(m_client);
    const client::Call<client::Incident> call = column == 2
        ? incidents.setTaskDone(id, key, item->checkState(2) == Qt::Checked)
        : incidents.setTaskOwner(id, key, item->text(1).trimmed());
    call.then(this, [this, id](const client::Reply<client::Incident> &reply) {
        if (!reply.ok()) {
            messageBar()->showMessage(MessageBar::Kind::Error, reply.error.message);
            if (m_detail.id == id)
                showObject(id); // puts the checklist back as the server has it
            return;
        }
        if (m_detail.id == id)
            showDetail(reply.value);
    });
}

void IncidentsPage::chooseReportFile()
{
    if (m_detail.id == 0)
        return;
    const QString path
        = FileDownload::askPath(this, tr("Save post-incident report"),
                                QStringLiteral("incident-%1-report.pdf").arg(m_detail.id),
                                tr("PDF (*.pdf);;All files (*)"));
    if (!path.isEmpty())
        exportReport(path);
}

void IncidentsPage::exportReport(const QString &path)
{
    const qint64 id = m_detail.id;
    if (id == 0)
        return;
    m_download->start(path, tr("The report of incident %1").arg(id), [this, id](QIODevice *sink) {
        return client::IncidentsApi(m_client).postIncidentReport(id, sink).job();
    });
    updateActions();
}

} // namespace cc::ui
