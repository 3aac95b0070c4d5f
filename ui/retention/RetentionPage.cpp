#include "retention/RetentionPage.h"

#include "AccessApi.h"
#include "ApiClient.h"
#include "ChangeFeed.h"
#include "retention/DeletionRequestDialog.h"
#include "retention/PassphraseDialog.h"
#include "widgets/Accessible.h"
#include "widgets/CommentDialog.h"
#include "widgets/DataTableView.h"
#include "widgets/FlowLayout.h"
#include "widgets/Format.h"
#include "widgets/MessageBar.h"
#include "widgets/PageHeader.h"
#include "widgets/Theme.h"
#include "widgets/Tile.h"

#include <QCheckBox>
#include <QCryptographicHash>
#include <QDateTimeEdit>
#include <QDialog>
#include <QDialogButtonBox>
#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QFrame>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QProgressBar>
#include <QPushButton>
#include <QRegularExpression>
#include <QSaveFile>
#include <QScopeGuard>
#include <QStandardItemModel>
#include <QTimer>
#include <QVBoxLayout>

namespace cc::ui {

namespace {

enum RequestColumn { Reference, Action, Scope, Received, Due, TimeLeft, Status, RequestColumns };
enum HoldColumn { HoldClient, HoldState, HoldSetBy, HoldReason, HoldColumns };

QString countdown(qint64 seconds)
{
    const bool late = seconds < 0;
    const qint64 s = late ? -seconds : seconds;
    const QString text = QStringLiteral("%1 h %2 min %3 s")
                             .arg(s / 3600)
                             .arg((s / 60) % 60, 2, 10, QLatin1Char('0'))
                             .arg(s % 60, 2, 10, QLatin1Char('0'));
    return late ? RetentionPage::tr("overdue by %1").arg(text) : text;
}

} // namespace

RetentionPage::RetentionPage(client::ApiClient *client, QWidget *parent)
    : Page(client, tr("Retention"),
           tr("Amazon PII is purged when the policy's period after fulfilment ends; Amazon's "
              "deletion and return requests count down to their due time."),
           theme::icon(theme::Icon::Pii), parent)
{
    setObjectName(QStringLiteral("retentionPage"));
    messageBar()->setObjectName(QStringLiteral("retentionMessage"));
    QVBoxLayout *layout = body();

    auto *tiles = new QHBoxLayout;
    m_held = new Tile(QStringLiteral("heldTile"), tr("orders holding PII"), this);
    m_due = new Tile(QStringLiteral("dueTile"), tr("PII due for purge this week"), this);
    m_overdue = new Tile(QStringLiteral("overdueTile"),
                         tr("overdue: kept past the policy (violation)"), this);
    for (Tile *tile : {m_held, m_due, m_overdue})
        tiles->addWidget(tile, 1);
    layout->addLayout(tiles);

    auto *sweepRow = new QHBoxLayout;
    m_sweep = new QPushButton(tr("Run retention sweep"), this);
    m_sweep->setObjectName(QStringLiteral("sweepButton"));
    describe(m_sweep, tr("Run retention sweep"),
             tr("Purge the PII and data keys of every order past its retention now"));
    m_sweep->setToolTip(tr("Purge the PII and data keys of every order past its retention now"));
    connect(m_sweep, &QPushButton::clicked, this, &RetentionPage::sweep);
    m_progress = new QProgressBar(this);
    m_progress->setObjectName(QStringLiteral("sweepProgress"));
    m_progress->setRange(0, 0);
    m_progress->setMaximumWidth(180);
    m_progress->hide();
    m_lastSweep = new QLabel(this);
    m_lastSweep->setObjectName(QStringLiteral("lastSweep"));
    m_lastSweep->setWordWrap(true);
    sweepRow->addWidget(m_sweep);
    sweepRow->addWidget(m_progress);
    sweepRow->addWidget(m_lastSweep, 1);
    layout->addLayout(sweepRow);

    layout->addWidget(makeSectionTitle(tr("PII held per client"), this));
    m_clients = new QStandardItemModel(0, 5, this);
    m_clients->setHorizontalHeaderLabels({tr("Client"), tr("PII held"), tr("Due this week"),
                                          tr("Overdue"), tr("Oldest PII (days)")});
    m_clientView = new DataTableView(this);
    m_clientView->setObjectName(QStringLiteral("clientTable"));
    describe(m_clientView, tr("PII held per client"),
             tr("Orders holding PII per client, those due this week and those overdue"));
    m_clientView->setModel(m_clients);
    m_clientView->setSortingEnabled(false); // rows stay in the server's order
    m_clientView->setEmptyText(tr("No Amazon PII is held."));
    m_clientView->setMaximumHeight(170);
    m_clientView->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_clientView->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    layout->addWidget(m_clientView);

    auto *requestsTitle = new FlowLayout;
    requestsTitle->addWidget(
        makeSectionTitle(tr("Deletion and return requests from Amazon"), this));
    requestsTitle->addStretch();
    m_record = new QPushButton(theme::icon(theme::Icon::Add), tr("&Record request…"), this);
    m_record->setObjectName(QStringLiteral("recordRequestButton"));
    describe(m_record, tr("Record request"),
             tr("Record a deletion or return request Amazon sent; its countdown starts at its "
                "receipt"));
    connect(m_record, &QPushButton::clicked, this, &RetentionPage::recordRequest);
    requestsTitle->addWidget(m_record);
    m_fulfil = new QPushButton(tr("Fulfil…"), this);
    m_fulfil->setObjectName(QStringLiteral("fulfilButton"));
    describe(m_fulfil, tr("Fulfil request"),
             tr("Delete everything in the selected request's scope now; for a return, save the "
                "sealed archive first"));
    connect(m_fulfil, &QPushButton::clicked, this, &RetentionPage::fulfilSelected);
    requestsTitle->addWidget(m_fulfil);
    layout->addLayout(requestsTitle);
    m_requests = new QStandardItemModel(0, RequestColumns, this);
    m_requests->setHorizontalHeaderLabels({tr("Reference"), tr("Action"), tr("Scope"),
                                           tr("Received"), tr("Due"), tr("Time left"),
                                           tr("Status")});
    m_requestView = new DataTableView(this);
    m_requestView->setObjectName(QStringLiteral("requestTable"));
    describe(m_requestView, tr("Deletion and return requests"),
             tr("Amazon's requests with their due time and state"));
    m_requestView->setModel(m_requests);
    m_requestView->setSortingEnabled(false); // row i is m_requestItems[i]
    m_requestView->setEmptyText(tr("No requests from Amazon."));
    m_requestView->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_requestView->horizontalHeader()->setSectionResizeMode(Scope, QHeaderView::Stretch);
    layout->addWidget(m_requestView, 1);
    m_evidence = new QLabel(this);
    m_evidence->setObjectName(QStringLiteral("evidence"));
    m_evidence->setWordWrap(true);
    m_evidence->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_evidence);

    auto *holdsAndFigures = new QHBoxLayout;
    auto *holdsColumn = new QVBoxLayout;
    auto *holdsTitle = new FlowLayout;
    holdsTitle->addWidget(makeSectionTitle(tr("Legal holds per client"), this));
    holdsTitle->addStretch();
    m_setHold = new QPushButton(tr("&Set hold…"), this);
    m_setHold->setObjectName(QStringLiteral("setHoldButton"));
    describe(m_setHold, tr("Set legal hold"),
             tr("Keep the selected client's non-PII order facts past the retention period, with "
                "a reason and an end date"));
    connect(m_setHold, &QPushButton::clicked, this, &RetentionPage::setHoldOnSelected);
    holdsTitle->addWidget(m_setHold);
    m_releaseHold = new QPushButton(tr("Re&lease…"), this);
    m_releaseHold->setObjectName(QStringLiteral("releaseHoldButton"));
    describe(m_releaseHold, tr("Release legal hold"),
             tr("End the selected client's legal hold; the next sweep deletes what is due"));
    connect(m_releaseHold, &QPushButton::clicked, this, &RetentionPage::releaseSelectedHold);
    holdsTitle->addWidget(m_releaseHold);
    holdsColumn->addLayout(holdsTitle);
    m_holds = new QStandardItemModel(0, HoldColumns, this);
    m_holds->setHorizontalHeaderLabels(
        {tr("Client"), tr("Legal hold"), tr("Set by"), tr("Reason")});
    m_holdView = new DataTableView(this);
    m_holdView->setObjectName(QStringLiteral("holdTable"));
    describe(m_holdView, tr("Legal holds per client"),
             tr("Each client and the legal hold that keeps its non-PII order facts, if any"));
    m_holdView->setModel(m_holds);
    m_holdView->setSortingEnabled(false); // rows stay in the registry's order
    m_holdView->setEmptyText(tr("No clients are registered."));
    m_holdView->setMaximumHeight(170);
    holdsColumn->addWidget(m_holdView);
    holdsAndFigures->addLayout(holdsColumn, 1);

    auto *figuresColumn = new QVBoxLayout;
    figuresColumn->addWidget(makeSectionTitle(tr("Daily aggregates of deleted orders"), this));
    m_aggregates = new QStandardItemModel(0, 7, this);
    m_aggregates->setHorizontalHeaderLabels({tr("Client"), tr("Marketplace"), tr("Day"),
                                             tr("Currency"), tr("Orders"), tr("Items"),
                                             tr("Sales")});
    m_aggregateView = new DataTableView(this);
    m_aggregateView->setObjectName(QStringLiteral("aggregateTable"));
    describe(m_aggregateView, tr("Daily aggregates of deleted orders"),
             tr("Anonymised orders, items and sales per client, marketplace, day and currency, "
                "kept when the order facts were deleted"));
    m_aggregateView->setModel(m_aggregates);
    m_aggregateView->setSortingEnabled(false);
    m_aggregateView->setEmptyText(tr("No order facts have been deleted yet."));
    m_aggregateView->setMaximumHeight(170);
    m_aggregateView->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    figuresColumn->addWidget(m_aggregateView);
    holdsAndFigures->addLayout(figuresColumn, 1);
    layout->addLayout(holdsAndFigures);
    connect(m_holdView->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &RetentionPage::updateActions);
    connect(m_requestView->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &RetentionPage::updateActions);

    m_countdown = new QTimer(this);
    m_countdown->setInterval(1000);
    connect(m_countdown, &QTimer::timeout, this, &RetentionPage::updateCountdowns);
    m_countdown->start();
    updateActions();
}

QStringList RetentionPage::changeKinds() const
{
    return {QLatin1StringView(client::change::Retention)};
}

void RetentionPage::refresh()
{
    setLoading();
    m_pending = 2;
    if (m_policy.deletionRequestHours == 0) {
        ++m_pending;
        m_client->policy().then(this, [this](const client::Reply<client::Policy> &reply) {
            if (reply.ok())
                m_policy = reply.value;
            else
                messageBar()->showMessage(MessageBar::Kind::Error, reply.error.message);
            partLoaded();
        });
    }
    const client::RetentionApi retention(m_client);
    retention.status().then(this, [this](const client::Reply<client::RetentionStatus> &reply) {
        if (reply.ok())
            showStatus(reply.value);
        else
            messageBar()->showMessage(MessageBar::Kind::Error, reply.error.message);
        partLoaded();
    });
    m_pending += 3;
    client::AccessApi(m_client).clients().then(
        this, [this](const client::Reply<client::Page<client::RegisteredClient>> &reply) {
            if (reply.ok()) {
                m_clientNames.clear();
                for (const client::RegisteredClient &c : reply.value.items)
                    m_clientNames << c.name;
                showHolds();
            } else {
                messageBar()->showMessage(MessageBar::Kind::Error, reply.error.message);
            }
            partLoaded();
        });
    retention.activeLegalHolds({QString(), 500})
        .then(this, [this](const client::Reply<client::Page<client::LegalHold>> &reply) {
            if (reply.ok()) {
                m_holdItems = reply.value.items;
                showHolds();
            } else {
                messageBar()->showMessage(MessageBar::Kind::Error, reply.error.message);
            }
            partLoaded();
        });
    retention.dailyAggregates({QString(), 500})
        .then(this, [this](const client::Reply<client::Page<client::DailyAggregate>> &reply) {
            if (reply.ok())
                showAggregates(reply.value.items);
            else
                messageBar()->showMessage(MessageBar::Kind::Error, reply.error.message);
            partLoaded();
        });
    retention.deletionRequests({QString(), 500})
        .then(this, [this](const client::Reply<client::Page<client::DeletionRequest>> &reply) {
            if (reply.ok())
                showRequests(reply.value.items);
            else
                messageBar()->showMessage(MessageBar::Kind::Error, reply.error.message);
            partLoaded();
        });
}

void RetentionPage::partLoaded()
{
    if (--m_pending == 0)
        setLoaded();
}

void RetentionPage::showStatus(const client::RetentionStatus &s)
{
    m_held->setValue(QString::number(s.total.held));
    m_due->setValue(QString::number(s.total.dueWithinWeek),
                    s.total.dueWithinWeek > 0 ? std::optional(theme::Tone::Warn) : std::nullopt);
    m_overdue->setValue(QString::number(s.total.overdue),
                        s.total.overdue > 0 ? std::optional(theme::Tone::Bad) : std::nullopt);
    m_lastSweep->setText(
        !s.swept
            ? tr("No sweep has run yet.")
            : tr("Last sweep %1: %2").arg(format::dateTime(s.lastSweepAt), s.lastSweepMessage));
    m_clients->removeRows(0, m_clients->rowCount());
    for (const client::RetentionCounts &c : s.clients) {
        QList<QStandardItem *> row;
        row << new QStandardItem(c.client);
        for (const qint64 count : {c.held, c.dueWithinWeek, c.overdue}) {
            auto *item = new QStandardItem(QString::number(count));
            item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
            row << item;
        }
        if (c.overdue > 0)
            row.last()->setForeground(theme::color(theme::Tone::Bad));
        auto *age = new QStandardItem(QString::number(c.oldestPiiAgeDays, 'f', 1));
        age->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        row << age;
        m_clients->appendRow(row);
    }
}

void RetentionPage::showRequests(const QList<client::DeletionRequest> &requests)
{
    m_requestItems = requests;
    m_requests->removeRows(0, m_requests->rowCount());
    for (const client::DeletionRequest &r : requests) {
        QString scopeText;
        if (r.scopeType == QLatin1String("client"))
            scopeText = tr("all data of %1").arg(r.scopeClient);
        else if (r.scopeType == QLatin1String("orders"))
            scopeText = tr("%n order(s) of %1", nullptr, r.scopeOrderCount).arg(r.scopeClient);
        else
            scopeText = tr("one buyer's orders");
        QList<QStandardItem *> row;
        row << new QStandardItem(r.reference)
            << new QStandardItem(r.action == QLatin1String("return") ? tr("Return") : tr("Delete"))
            << new QStandardItem(scopeText) << new QStandardItem(format::dateTime(r.receivedAt))
            << new QStandardItem(format::dateTime(r.dueAt)) << new QStandardItem()
            << new QStandardItem(r.isOpen() ? tr("Open") : tr("Fulfilled"));
        m_requests->appendRow(row);
    }
    updateCountdowns();
    updateActions();
}

void RetentionPage::updateCountdowns()
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    for (int i = 0; i < m_requestItems.size() && i < m_requests->rowCount(); ++i) {
        const client::DeletionRequest &r = m_requestItems.at(i);
        QStandardItem *item = m_requests->item(i, TimeLeft);
        if (!r.isOpen()) {
            item->setText(QStringLiteral("—"));
            continue;
        }
        const qint64 left = now.secsTo(r.dueAt);
        item->setText(countdown(left));
        item->setForeground(left < 0               ? theme::color(theme::Tone::Bad)
                                : left < 12 * 3600 ? theme::color(theme::Tone::Warn)
                                                   : theme::colors().text);
    }
}

void RetentionPage::showHolds()
{
    const QString selected = selectedClient();
    m_holds->removeRows(0, m_holds->rowCount());
    for (const QString &name : std::as_const(m_clientNames)) {
        const client::LegalHold *hold = holdOf(name);
        QList<QStandardItem *> row;
        row << new QStandardItem(name);
        if (hold) {
            auto *state = new QStandardItem(hold->until.isValid()
                                                ? tr("until %1").arg(format::dateTime(hold->until))
                                                : tr("open-ended"));
            state->setForeground(theme::color(theme::Tone::Warn));
            row << state
                << new QStandardItem(
                       QStringLiteral("%1, %2").arg(hold->setBy, format::dateTime(hold->setAt)))
                << new QStandardItem(hold->reason);
        } else {
            row << new QStandardItem(tr("none")) << new QStandardItem() << new QStandardItem();
        }
        m_holds->appendRow(row);
        if (name == selected)
            m_holdView->selectRow(m_holds->rowCount() - 1);
    }
    // The client and the hold's end whole; the reason takes what is left.
    m_holdView->fitColumns(HoldReason, 260, {HoldClient, HoldState});
    updateActions();
}

void RetentionPage::showAggregates(const QList<client::DailyAggregate> &aggregates)
{
    m_aggregates->removeRows(0, m_aggregates->rowCount());
    for (const client::DailyAggregate &a : aggregates) {
        QList<QStandardItem *> row;
        row << new QStandardItem(a.client) << new QStandardItem(a.marketplace)
            << new QStandardItem(a.day) << new QStandardItem(a.currency);
        for (const QString &figure :
             {QString::number(a.orders), QString::number(a.items), a.sales}) {
            auto *item = new QStandardItem(figure);
            item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
            row << item;
        }
        m_aggregates->appendRow(row);
    }
}

QString RetentionPage::selectedClient() const
{
    const QModelIndexList rows = m_holdView->selectionModel()->selectedRows();
    if (rows.isEmpty())
        return {};
    return m_holds->item(rows.first().row(), HoldClient)->text();
}

const client::LegalHold *RetentionPage::holdOf(const QString &client) const
{
    for (const client::LegalHold &h : m_holdItems) {
        if (h.client == client)
            return &h;
    }
    return nullptr;
}

void RetentionPage::setHoldOnSelected()
{
    const QString name = selectedClient();
    if (name.isEmpty() || holdOf(name))
        return;
    auto *until = new QDateTimeEdit(QDateTime::currentDateTimeUtc().addYears(1), this);
    until->setObjectName(QStringLiteral("holdUntilEdit"));
    until->setTimeSpec(Qt::UTC);
    until->setCalendarPopup(true);
    until->setMinimumDateTime(QDateTime::currentDateTimeUtc());
    auto *openEnded = new QCheckBox(tr("&No end date: until released"), this);
    openEnded->setObjectName(QStringLiteral("holdOpenEndedBox"));
    connect(openEnded, &QCheckBox::toggled, until, &QWidget::setDisabled);
    const client::RetentionApi retention(m_client);
    auto *dialog = new CommentDialog(
        tr("Set legal hold"),
        tr("Keep the non-PII order facts of <b>%1</b> past the retention period? The PII is "
           "still purged after fulfilment, and Amazon's deletion requests still apply.")
            .arg(name.toHtmlEscaped()),
        tr("&Reason (the law or proceeding that needs them):"), true,
        [this, retention, name, until, openEnded](const QString &text) {
            client::NewLegalHold hold;
            hold.client = name;
            hold.reason = text;
            hold.openEnded = openEnded->isChecked();
            if (!hold.openEnded)
                hold.until = until->dateTime();
            const client::Call<client::LegalHold> call = retention.setLegalHold(hold);
            call.then(this, [this, name](const client::Reply<client::LegalHold> &reply) {
                if (!reply.ok())
                    return;
                messageBar()->showMessage(MessageBar::Kind::Success,
                                          tr("Legal hold set on %1.").arg(name));
                refresh();
            });
            return call.job();
        },
        this);
    dialog->setObjectName(QStringLiteral("setHoldDialog"));
    dialog->addField(tr("&Until (UTC):"), until, QStringLiteral("until"));
    dialog->addField(QString(), openEnded, QStringLiteral("open_ended"));
    dialog->setAcceptText(tr("Set hold"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

void RetentionPage::releaseSelectedHold()
{
    const client::LegalHold *found = holdOf(selectedClient());
    if (!found)
        return;
    const client::LegalHold hold = *found;
    const client::RetentionApi retention(m_client);
    auto *dialog = new CommentDialog(
        tr("Release legal hold"),
        tr("End the legal hold on <b>%1</b> set by %2? The next sweep deletes its order facts "
           "older than the retention period.")
            .arg(hold.client.toHtmlEscaped(), hold.setBy.toHtmlEscaped()),
        tr("&Note for the audit log:"), false,
        [this, retention, hold](const QString &text) {
            const client::Call<client::LegalHold> call = retention.releaseLegalHold(hold.id, text);
            call.then(this, [this, hold](const client::Reply<client::LegalHold> &reply) {
                if (!reply.ok())
                    return;
                messageBar()->showMessage(MessageBar::Kind::Success,
                                          tr("Legal hold on %1 released.").arg(hold.client));
                refresh();
            });
            return call.job();
        },
        this);
    dialog->setObjectName(QStringLiteral("releaseHoldDialog"));
    dialog->setAcceptText(tr("Release"), true);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

const client::DeletionRequest *RetentionPage::selectedRequest() const
{
    const QModelIndexList rows = m_requestView->selectionModel()->selectedRows();
    if (rows.isEmpty() || rows.first().row() >= m_requestItems.size())
        return nullptr;
    return &m_requestItems.at(rows.first().row());
}

void RetentionPage::updateActions()
{
    const QString client = selectedClient();
    m_setHold->setEnabled(!client.isEmpty() && !holdOf(client));
    m_releaseHold->setEnabled(holdOf(client) != nullptr);
    const client::DeletionRequest *r = selectedRequest();
    const bool open = r && r->isOpen();
    m_record->setEnabled(m_policy.deletionRequestHours > 0);
    m_fulfil->setEnabled(open && m_policy.passwordMinLength > 0);
    m_fulfil->setToolTip(r && r->action == QLatin1String("return")
                             ? tr("Seal the data in scope into an archive with a passphrase, save "
                                  "it, then delete the data here")
                             : tr("Delete everything in the request's scope now"));
    if (!r) {
        m_evidence->clear();
        return;
    }
    if (!r->fulfilled) {
        m_evidence->setText(tr("Open: due %1.").arg(format::dateTime(r->dueAt)));
        return;
    }
    const client::DeletionEvidence &e = r->evidence;
    m_evidence->setText(
        tr("Evidence: fulfilled %1 by %2; %3; %4; SHA-256 of the deleted ids %5%6")
            .arg(format::dateTime(e.fulfilledAt), e.fulfilledBy,
                 tr("%n order(s) deleted", nullptr, int(e.deletedOrders)),
                 tr("the PII of %n order(s) deleted with its keys", nullptr, int(e.deletedPii)))
            .arg(e.deletedIdsSha256,
                 !e.archiveSha256.isEmpty() ? tr("; archive SHA-256 %1").arg(e.archiveSha256)
                                            : QString()));
}

void RetentionPage::sweep()
{
    m_sweep->setEnabled(false);
    m_progress->show();
    client::RetentionApi(m_client).sweep().then(
        this, [this](const client::Reply<client::SweepResult> &reply) {
            m_sweep->setEnabled(true);
            m_progress->hide();
            if (!reply.ok()) {
                messageBar()->showMessage(MessageBar::Kind::Error, reply.error.message);
                return;
            }
            QString done
                = tr("Sweep done: the PII of %n order(s) was purged.", nullptr, reply.value.purged);
            if (reply.value.deleted > 0)
                done += QLatin1Char(' ')
                    + tr("%n order(s) past the retention period deleted; their daily figures are "
                         "kept.",
                         nullptr, reply.value.deleted);
            messageBar()->showMessage(MessageBar::Kind::Success, done);
            refresh();
        });
}

void RetentionPage::recordRequest()
{
    auto *dialog = new DeletionRequestDialog(m_client, m_policy.deletionRequestHours, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &DeletionRequestDialog::recorded, this,
            [this](const client::DeletionRequest &r) {
                messageBar()->showMessage(MessageBar::Kind::Success,
                                          tr("Request %1 recorded; it is due %2.")
                                              .arg(r.reference, format::dateTime(r.dueAt)));
                refresh();
            });
    dialog->open();
}

void RetentionPage::fulfilSelected()
{
    const client::DeletionRequest *selected = selectedRequest();
    if (!selected)
        return;
    const client::DeletionRequest r = *selected;
    if (!confirmFulfilment(r))
        return;
    if (r.action == QLatin1String("return"))
        fulfilReturn(r);
    else
        fulfilDeletion(r);
}

bool RetentionPage::confirmFulfilment(const client::DeletionRequest &r)
{
    const bool returning = r.action == QLatin1String("return");
    const bool client = r.scopeType == QLatin1String("client");
    QDialog dialog(this);
    dialog.setObjectName(QStringLiteral("fulfilDialog"));
    dialog.setWindowTitle(returning ? tr("Fulfil return request") : tr("Fulfil deletion request"));
    auto *layout = new QVBoxLayout(&dialog);
    const QString scope = client ? tr("all data of client %1").arg(r.scopeClient.toHtmlEscaped())
                                 : tr("the PII of the orders in its scope");
    const QString what = returning
        ? tr("<p>Amazon's request <b>%1</b> asks to return %2. Next you choose a passphrase and "
             "where to save the archive: the server seals the data with the passphrase (the "
             "archive is never plaintext), then deletes it here.</p>")
              .arg(r.reference.toHtmlEscaped(), scope)
        : tr("<p>Amazon's request <b>%1</b> asks to delete %2.</p>")
              .arg(r.reference.toHtmlEscaped(), scope);
    auto *text = new QLabel(
        what
            + tr("<p>The PII and its data keys are destroyed for good, so no copy or backup can "
                 "be decrypted again%1. The evidence (counts, time, you, a hash of the deleted "
                 "ids) is recorded and audited.</p>")
                  .arg(client ? tr("; the client's order facts are deleted too")
                              : tr("; the non-PII order facts stay for the aggregates")),
        &dialog);
    text->setWordWrap(true);
    text->setMinimumWidth(420);
    layout->addWidget(text);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, &dialog);
    QPushButton *confirm = buttons->addButton(returning ? tr("Continue…") : tr("Delete now"),
                                              QDialogButtonBox::AcceptRole);
    confirm->setObjectName(QStringLiteral("confirmFulfil"));
    connect(buttons, &QDialogButtonBox::accepted, &dialog, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    layout->addWidget(buttons);
    return dialog.exec() == QDialog::Accepted;
}

void RetentionPage::fulfilDeletion(const client::DeletionRequest &r)
{
    client::RetentionApi(m_client).fulfil(r.id).then(
        this, [this](const client::Reply<client::Fulfilment> &reply) {
            if (!reply.ok()) {
                messageBar()->showMessage(MessageBar::Kind::Error, reply.error.message);
                return;
            }
            messageBar()->showMessage(MessageBar::Kind::Success,
                                      tr("Request %1 fulfilled; the evidence is below.")
                                          .arg(reply.value.request.reference));
            refresh();
        });
}

// Passphrase, then where to save, then the fulfilment: the data is deleted only once there is
// a place for its archive, and the passphrase leaves memory as soon as the request is sent.
void RetentionPage::fulfilReturn(const client::DeletionRequest &r)
{
    QString passphrase;
    const auto wiped = qScopeGuard([&passphrase] { wipe(passphrase); });
    {
        PassphraseDialog ask(r.reference, m_policy.passwordMinLength, this);
        if (ask.exec() != QDialog::Accepted)
            return;
        passphrase = ask.takePassphrase();
    }
    QString name = r.reference;
    name.replace(QRegularExpression(QStringLiteral("[^A-Za-z0-9._-]")), QStringLiteral("_"));
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Save the sealed archive"),
        QDir::home().filePath(QStringLiteral("%1-archive.json").arg(name)),
        tr("Sealed archives (*.json)"));
    if (path.isEmpty()) {
        messageBar()->showMessage(MessageBar::Kind::Info,
                                  tr("Nothing was fulfilled: no place to save the archive."));
        return;
    }
    m_fulfil->setEnabled(false);
    client::RetentionApi(m_client)
        .fulfil(r.id, passphrase)
        .then(this, [this, r, path](const client::Reply<client::Fulfilment> &reply) {
            updateActions();
            if (!reply.ok()) {
                messageBar()->showMessage(MessageBar::Kind::Error, reply.error.message);
                return;
            }
            saveArchive(reply.value.request, reply.value.archive, path);
            refresh();
        });
}

// Writes the sealed archive, hashes what is on disk and has the server audit that hash
// against the one it recorded. The data is already deleted here, so a failed write asks for
// another place rather than losing the only copy.
void RetentionPage::saveArchive(const client::DeletionRequest &r, const QByteArray &archive,
                                QString path)
{
    QByteArray written;
    for (;;) {
        QSaveFile file(path);
        QFile back(path);
        if (file.open(QIODevice::WriteOnly) && file.write(archive) == archive.size()
            && file.commit() && back.open(QIODevice::ReadOnly)) {
            written = back.readAll();
            break;
        }
        const QString why = file.errorString();
        QMessageBox::warning(this, tr("Archive not saved"),
                             tr("Cannot write %1: %2. The data is already deleted here: choose "
                                "another place for its only archive.")
                                 .arg(path, why));
        path = QFileDialog::getSaveFileName(this, tr("Save the sealed archive"), path,
                                            tr("Sealed archives (*.json)"));
        if (path.isEmpty()) {
            messageBar()->showMessage(
                MessageBar::Kind::Error,
                tr("Request %1 was fulfilled, but its archive was not saved.").arg(r.reference));
            emit archiveSaved(false, QString(), QString());
            return;
        }
    }
    const QString sha256 = QString::fromLatin1(
        QCryptographicHash::hash(written, QCryptographicHash::Sha256).toHex());
    client::RetentionApi(m_client)
        .recordArchiveSaved(r.id, sha256)
        .then(this, [this, r, path, sha256](const client::Reply<client::DeletionRequest> &reply) {
            if (!reply.ok()) {
                messageBar()->showMessage(
                    MessageBar::Kind::Error,
                    tr("The archive of %1 was saved to %2, but the server did not accept its "
                       "SHA-256 %3: %4")
                        .arg(r.reference, path, sha256, reply.error.message));
                emit archiveSaved(false, path, sha256);
                return;
            }
            messageBar()->showMessage(
                MessageBar::Kind::Success,
                tr("Request %1 fulfilled. The sealed archive is saved to %2, SHA-256 %3 "
                   "(audited). Send it to Amazon, and the passphrase by another way.")
                    .arg(r.reference, path, sha256));
            emit archiveSaved(true, path, sha256);
        });
}

} // namespace cc::ui
