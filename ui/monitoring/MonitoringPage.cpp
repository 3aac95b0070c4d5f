#include "monitoring/MonitoringPage.h"

#include "AlertsApi.h"
#include "ApiClient.h"
#include "ChangeFeed.h"
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
    m_summary->setText(QStringLiteral("<h3 style='margin:0'>%1</h3>%2 &nbsp;%3<p>%4</p><p>%5</p>"
                                      "<p>%6</p>%7")
                           .arg(a.title.toHtmlEscaped(),
                                theme::badgeSpan(theme::alertBadge(a.severity),
                                                 AlertModel::severityLabel(a.severity)),
                                client::Alert::ruleLabel(a.rule), about, a.detail.toHtmlEscaped(),
                                seen, acknowledged));
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
                m_model->updateAlert(reply.value);
                if (m_detail.id == reply.value.id)
                    showDetail(reply.value);
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
