#include "monitoring/MonitoringPage.h"

#include "AlertsApi.h"
#include "ApiClient.h"
#include "ChangeFeed.h"
#include "IncidentTypes.h"
#include "monitoring/AlertActionDialog.h"
#include "monitoring/AlertModel.h"
#include "widgets/Accessible.h"
#include "widgets/CommentDialog.h"
#include "widgets/DataTableView.h"
#include "widgets/FlowLayout.h"
#include "widgets/Format.h"
#include "widgets/MessageBar.h"
#include "widgets/PageHeader.h"
#include "widgets/TableFilterProxy.h"
#include "widgets/Theme.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalBlocker>
#include <QSplitter>
#include <QStyle>
#include <QUrl>
#include <QUrlQuery>
#include <QVBoxLayout>

namespace cc::ui {

MonitoringPage::MonitoringPage(client::ApiClient *client, QWidget *parent)
    : ListDetailPage(client, tr("Monitoring"),
                     tr("Alerts raised as access happens: repeated failed sign-ins, unusual PII "
                        "reads, access without a grant, new or shared logins, offboarded accounts "
                        "and unused grants."),
                     theme::icon(theme::Icon::Warning), parent)
    , m_model(new AlertModel(client, this))
{
    setObjectName(QStringLiteral("monitoringPage"));
    useFilterField(QStringLiteral("alertFilter"), {});
    header()->refreshButton()->setObjectName(QStringLiteral("alertRefreshButton"));
    messageBar()->setObjectName(QStringLiteral("alertMessage"));

    auto *showLabel = new QLabel(tr("&Show:"), this);
    m_show = new QComboBox(this);
    m_show->setObjectName(QStringLiteral("alertShowCombo"));
    describe(m_show, tr("Alerts to show"), tr("Open alerts, or all alerts"));
    m_show->addItem(tr("Open alerts"), QStringLiteral("open"));
    m_show->addItem(tr("All alerts"), QStringLiteral("all"));
    showLabel->setBuddy(m_show);
    toolBar()->addWidget(showLabel);
    toolBar()->addWidget(m_show);
    m_ruleChip = new QPushButton(this);
    m_ruleChip->setObjectName(QStringLiteral("alertRuleChip"));
    m_ruleChip->setProperty("chip", true);
    m_ruleChip->setCheckable(true);
    describe(m_ruleChip, tr("Rule filter"),
             tr("Only one rule's alerts are shown; click to show every rule's"));
    m_ruleChip->hide();
    toolBar()->addWidget(m_ruleChip);
    toolBar()->addStretch();
    m_acknowledge = new QPushButton(style()->standardIcon(QStyle::SP_DialogApplyButton),
                                    tr("A&cknowledge…"), this);
    m_acknowledge->setObjectName(QStringLiteral("acknowledgeAlertButton"));
    describe(m_acknowledge, tr("Acknowledge alert"),
             tr("Acknowledge the alert on show, with a note"));
    toolBar()->addWidget(m_acknowledge);
    m_endSessions = new QPushButton(tr("&End sessions…"), this);
    m_endSessions->setObjectName(QStringLiteral("endSessionsButton"));
    describe(m_endSessions, tr("End the user's sessions"),
             tr("Sign the user the alert names out of every console"));
    toolBar()->addWidget(m_endSessions);
    m_escalate
        = new QPushButton(theme::icon(theme::Icon::Warning), tr("E&scalate to incident…"), this);
    m_escalate->setObjectName(QStringLiteral("escalateAlertButton"));
    describe(m_escalate, tr("Escalate to incident"),
             tr("Open an incident from the alert, assigned to you"));
    toolBar()->addWidget(m_escalate);

    setList(m_model, new TableFilterProxy(this), QStringLiteral("alertTable"), tr("Alerts"),
            tr("Alerts raised by the monitoring rules"));
    view()->sortByColumn(AlertModel::Raised, Qt::DescendingOrder);
    m_summary = new QLabel(tr("Select an alert to see what happened."), this);
    m_summary->setObjectName(QStringLiteral("alertDetail"));
    m_summary->setWordWrap(true);
    m_summary->setTextFormat(Qt::RichText);
    m_summary->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    m_summary->setMargin(8);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::LinksAccessibleByMouse
                                       | Qt::LinksAccessibleByKeyboard);
    connect(m_summary, &QLabel::linkActivated, this,
            [this](const QString &link) { emit navigationRequested(Destination::parse(link)); });
    setDetail(m_summary, 5, 3);

    connect(m_acknowledge, &QPushButton::clicked, this, &MonitoringPage::acknowledgeShown);
    connect(m_endSessions, &QPushButton::clicked, this, &MonitoringPage::endSessionsShown);
    connect(m_escalate, &QPushButton::clicked, this, &MonitoringPage::escalateShown);
    connect(m_show, &QComboBox::currentIndexChanged, this, &MonitoringPage::refresh);
    connect(m_ruleChip, &QPushButton::clicked, this, [this] {
        setRule({});
        refresh();
    });
    updateActions();
}

QStringList MonitoringPage::changeKinds() const
{
    return {QLatin1StringView(client::change::Alerts)};
}

bool MonitoringPage::applyFilter(const QString &filter)
{
    QString show = filter;
    QString rule;
    if (filter.contains(QLatin1Char('='))) {
        const QUrlQuery query(filter);
        for (const auto &[key, value] : query.queryItems(QUrl::FullyDecoded)) {
            if (key == QLatin1String("status") && value == QLatin1String("open"))
                continue;
            if (key != QLatin1String("rule"))
                return false;
            rule = value;
        }
        show = query.queryItemValue(QStringLiteral("status")) == QLatin1String("open")
            ? QStringLiteral("open")
            : QStringLiteral("all");
    }
    const int index = m_show->findData(show);
    if (index < 0)
        return false;
    {
        const QSignalBlocker blocker(m_show);
        m_show->setCurrentIndex(index);
    }
    setRule(rule);
    refresh();
    return true;
}

void MonitoringPage::setRule(const QString &rule)
{
    m_model->setRule(rule);
    m_ruleChip->setText(tr("Rule: %1 ✕").arg(client::Alert::ruleLabel(rule)));
    m_ruleChip->setChecked(!rule.isEmpty());
    m_ruleChip->setVisible(!rule.isEmpty());
}

void MonitoringPage::prepareReload()
{
    const QString show = m_show->currentData().toString();
    m_model->setStatus(show == QLatin1String("open") ? show : QString());
}

QString MonitoringPage::emptyText() const
{
    return m_show->currentData().toString() == QLatin1String("open") ? tr("No open alerts.")
                                                                     : tr("No alerts.");
}

void MonitoringPage::fitColumns()
{
    view()->fitColumns(AlertModel::Subject, 220);
}

void MonitoringPage::showObject(qint64 id)
{
    if (const int row = m_model->rowOf(id); row >= 0 && selectedId() == id) {
        showDetail(*m_model->itemAt(row)); // the list holds it whole
        return;
    }
    if (m_detailJob)
        m_detailJob->disconnect(this);
    const client::Call<client::Alert> call = client::AlertsApi(m_client).get(id);
    m_detailJob = call.job();
    call.then(this, [this](const client::Reply<client::Alert> &reply) {
        if (!reply.ok()) {
            messageBar()->showMessage(MessageBar::Kind::Error,
                                      tr("Could not read the alert: %1").arg(reply.error.message));
            return;
        }
        showDetail(reply.value);
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
    // Whom it is about, and where its events are: the audit log filtered to that person.
    const QString about = a.subjectUserId > 0
        ? tr("About <b>%1</b> · <a href=\"audit?actor=%2\">their events in the audit log</a>")
              .arg(a.subject.toHtmlEscaped(),
                   QString::fromLatin1(QUrl::toPercentEncoding(a.subject)))
        : tr("About <b>%1</b>").arg(a.subject.toHtmlEscaped());
    const QString seen = a.raisedAt == a.lastSeenAt || !a.lastSeenAt.isValid()
        ? tr("%n event(s), at %1.", nullptr, a.eventCount).arg(format::dateTime(a.raisedAt))
        : tr("%n event(s), the first at %1, the latest at %2.", nullptr, a.eventCount)
              .arg(format::dateTime(a.raisedAt), format::dateTime(a.lastSeenAt));
    // The incident it became opens through the navigator, like every link on the page.
    const QString escalated = a.incidentId > 0
        ? tr("<p>Escalated to <a href=\"incidents/%1\">incident #%1</a>.</p>").arg(a.incidentId)
        : QString();
    m_summary->setText(QStringLiteral("<h3 style='margin:0'>%1</h3>%2 &nbsp;%3<p>%4</p><p>%5</p>"
                                      "<p>%6</p>%7%8")
                           .arg(a.title.toHtmlEscaped(),
                                theme::badgeSpan(theme::alertBadge(a.severity),
                                                 AlertModel::severityLabel(a.severity)),
                                client::Alert::ruleLabel(a.rule), about, a.detail.toHtmlEscaped(),
                                seen, acknowledged, escalated));
    updateActions();
    emit detailShown(a.id);
}

void MonitoringPage::updateActions()
{
    const bool manage = m_client->session().can(client::permission::AlertsManage);
    m_acknowledge->setVisible(manage);
    m_acknowledge->setEnabled(manage && m_detail.id != 0 && m_detail.isOpen());
    m_acknowledge->setToolTip(tr("Acknowledge the alert on show, with a note"));
    const bool shown = m_detail.id != 0;
    m_endSessions->setVisible(manage);
    m_endSessions->setEnabled(manage && shown && m_detail.subjectUserId > 0);
    m_endSessions->setToolTip(shown && m_detail.subjectUserId == 0
                                  ? tr("This alert names an address, not a user: there are no "
                                       "sessions to end")
                                  : tr("Sign the user the alert names out of every console"));
    const bool escalate = manage && m_client->session().can(client::permission::IncidentsManage);
    m_escalate->setVisible(escalate);
    m_escalate->setEnabled(escalate && shown && m_detail.incidentId == 0);
    m_escalate->setToolTip(m_detail.incidentId > 0
                               ? tr("Already escalated to incident #%1").arg(m_detail.incidentId)
                               : tr("Open an incident from the alert, assigned to you"));
}

void MonitoringPage::noteAlert(const client::Alert &alert)
{
    m_model->updateAlert(alert);
    if (m_detail.id == alert.id)
        showDetail(alert);
}

void MonitoringPage::endSessionsShown()
{
    if (m_detail.id == 0 || m_detail.subjectUserId == 0)
        return;
    const client::Alert a = m_detail;
    auto *dialog = new AlertActionDialog(
        tr("End sessions"),
        tr("End every session of <b>%1</b>? They are signed out of every console at once and "
           "must sign in again with their password and code. The action is kept in the audit "
           "log with alert #%2.")
            .arg(a.subject.toHtmlEscaped())
            .arg(a.id),
        tr("End sessions"),
        [this, alerts = client::AlertsApi(m_client), a]() {
            const client::Call<client::EndedSessions> call = alerts.endSessions(a.id);
            call.then(this, [this, a](const client::Reply<client::EndedSessions> &reply) {
                if (!reply.ok())
                    return;
                messageBar()->showMessage(
                    MessageBar::Kind::Success,
                    tr("%n session(s) of %1 ended.", nullptr, reply.value.count).arg(a.subject));
            });
            return call.job();
        },
        this);
    dialog->setObjectName(QStringLiteral("endSessionsDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

void MonitoringPage::escalateShown()
{
    if (m_detail.id == 0 || m_detail.incidentId != 0)
        return;
    const client::Alert a = m_detail;
    auto *dialog = new AlertActionDialog(
        tr("Escalate to incident"),
        tr("Open an incident from <b>%1</b>, assigned to you? It takes the alert's title and "
           "detail; the alert is linked to it and, if still open, acknowledged with a note "
           "naming the incident.")
            .arg(a.title.toHtmlEscaped()),
        tr("Open incident"),
        [this, alerts = client::AlertsApi(m_client), id = a.id]() {
            const client::Call<client::Alert> call = alerts.escalate(id);
            call.then(this, [this](const client::Reply<client::Alert> &reply) {
                if (!reply.ok())
                    return;
                noteAlert(reply.value);
                messageBar()->showMessage(
                    MessageBar::Kind::Success,
                    tr("Alert #%1 escalated to incident #%2: open it from the alert's detail.")
                        .arg(reply.value.id)
                        .arg(reply.value.incidentId));
            });
            return call.job();
        },
        this);
    dialog->setObjectName(QStringLiteral("escalateAlertDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

void MonitoringPage::acknowledgeShown()
{
    if (m_detail.id == 0)
        return;
    const client::Alert a = m_detail;
    const client::AlertsApi alerts(m_client);
    // The server requires the note and says so; the dialog shows its answer as sent.
    auto *dialog = new CommentDialog(
        tr("Acknowledge alert"),
        tr("Acknowledge <b>%1</b>? Say what you checked or did: the note is kept with the "
           "alert and in the audit log.")
            .arg(a.title.toHtmlEscaped()),
        tr("&Note:"), false,
        [this, alerts, id = a.id](const QString &text) {
            const client::Call<client::Alert> call = alerts.acknowledge(id, text);
            call.then(this, [this](const client::Reply<client::Alert> &reply) {
                if (!reply.ok())
                    return;
                noteAlert(reply.value);
                messageBar()->showMessage(MessageBar::Kind::Success,
                                          tr("Alert #%1 acknowledged.").arg(reply.value.id));
            });
            return call.job();
        },
        this);
    dialog->setObjectName(QStringLiteral("acknowledgeAlertDialog"));
    dialog->setAcceptText(tr("Acknowledge"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

} // namespace cc::ui
