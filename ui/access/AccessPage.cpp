#include "access/AccessPage.h"

#include "AccessApi.h"
#include "ApiClient.h"
#include "ChangeFeed.h"
#include "access/AccessRequestModel.h"
#include "access/GrantModel.h"
#include "access/RequestAccessDialog.h"
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
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QLoggingCategory>
#include <QPushButton>
#include <QSplitter>
#include <QStyle>
#include <QVBoxLayout>

Q_LOGGING_CATEGORY(lcAccessPage, "compliance.ui.access")

namespace cc::ui {

AccessPage::AccessPage(client::ApiClient *client, QWidget *parent)
    : Page(client, tr("Access to Amazon data"),
           tr("Time-bound access to Amazon Marketplace data, granted only on a reason and "
              "approved by a compliance officer."),
           theme::icon(theme::Icon::Access), parent)
    , m_requests(new AccessRequestModel(client, this))
    , m_grants(new GrantModel(client, this))
    , m_requestProxy(new TableFilterProxy(this))
    , m_grantProxy(new TableFilterProxy(this))
{
    setObjectName(QStringLiteral("accessPage"));
    setNavigationTitle(tr("Access"));
    m_requestProxy->setSourceModel(m_requests);
    m_grantProxy->setSourceModel(m_grants);
    m_filter = useFilterField(QStringLiteral("accessFilter"), {});
    header()->refreshButton()->setObjectName(QStringLiteral("accessRefreshButton"));
    messageBar()->setObjectName(QStringLiteral("accessMessage"));

    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->setChildrenCollapsible(false);

    // Pending requests.
    auto *pending = new QWidget(splitter);
    auto *pendingLayout = new QVBoxLayout(pending);
    pendingLayout->setContentsMargins(0, 0, 0, 6);
    auto *pendingBar = new FlowLayout;
    m_pendingTitle = makeSectionTitle(tr("Pending requests"), pending);
    pendingBar->addWidget(m_pendingTitle);
    pendingBar->addStretch();
    m_approve = new QPushButton(style()->standardIcon(QStyle::SP_DialogApplyButton),
                                tr("&Approve…"), pending);
    m_approve->setObjectName(QStringLiteral("approveButton"));
    describe(m_approve, tr("Approve"),
             tr("Approve the selected access request, with a comment for the audit log"));
    m_deny = new QPushButton(style()->standardIcon(QStyle::SP_DialogCancelButton), tr("&Deny…"),
                             pending);
    m_deny->setObjectName(QStringLiteral("denyButton"));
    describe(m_deny, tr("Deny"), tr("Deny the selected access request, saying why"));
    m_requestAccess = new QPushButton(tr("&Request access…"), pending);
    m_requestAccess->setObjectName(QStringLiteral("requestAccessButton"));
    describe(m_requestAccess, tr("Request access"),
             tr("Ask for time-bound access to Amazon data, with a reason"));
    m_requestAccess->setIcon(theme::icon(theme::Icon::Add));
    pendingBar->addWidget(m_approve);
    pendingBar->addWidget(m_deny);
    pendingBar->addSpacing(16);
    pendingBar->addWidget(m_requestAccess);
    pendingLayout->addLayout(pendingBar);
    m_pendingView = new DataTableView(pending);
    m_pendingView->setObjectName(QStringLiteral("pendingTable"));
    describe(m_pendingView, tr("Pending requests"), tr("Access requests waiting for a decision"));
    m_pendingView->setModel(m_requestProxy);
    m_pendingView->setColumnHidden(AccessRequestModel::Status, true);
    m_pendingView->sortByColumn(AccessRequestModel::Created, Qt::AscendingOrder);
    pendingLayout->addWidget(m_pendingView);
    m_decisionNote = new QLabel(pending);
    m_decisionNote->setObjectName(QStringLiteral("decisionNote"));
    m_decisionNote->setWordWrap(true);
    m_decisionNote->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_decisionNote->hide();
    pendingLayout->addWidget(m_decisionNote);

    // Grants.
    auto *grants = new QWidget(splitter);
    auto *grantsLayout = new QVBoxLayout(grants);
    grantsLayout->setContentsMargins(0, 6, 0, 0);
    auto *grantsBar = new FlowLayout;
    m_grantsTitle = makeSectionTitle(tr("Grants"), grants);
    grantsBar->addWidget(m_grantsTitle);
    grantsBar->addStretch();
    auto *showLabel = new QLabel(tr("&Show:"), grants);
    m_grantStatus = new QComboBox(grants);
    m_grantStatus->setObjectName(QStringLiteral("grantStatusCombo"));
    describe(m_grantStatus, tr("Grants to show"),
             tr("All grants, or only the active, expired or revoked ones"));
    m_grantStatus->addItem(tr("All grants"), QStringLiteral("all"));
    m_grantStatus->addItem(tr("Active"), QStringLiteral("active"));
    m_grantStatus->addItem(tr("Expired"), QStringLiteral("expired"));
    m_grantStatus->addItem(tr("Revoked"), QStringLiteral("revoked"));
    showLabel->setBuddy(m_grantStatus);
    grantsBar->addWidget(showLabel);
    grantsBar->addWidget(m_grantStatus);
    grantsBar->addSpacing(16);
    m_revoke
        = new QPushButton(style()->standardIcon(QStyle::SP_BrowserStop), tr("Re&voke…"), grants);
    m_revoke->setObjectName(QStringLiteral("revokeButton"));
    describe(m_revoke, tr("Revoke grant"), tr("End the selected grant now, with a reason"));
    grantsBar->addWidget(m_revoke);
    grantsLayout->addLayout(grantsBar);
    m_grantsView = new DataTableView(grants);
    m_grantsView->setObjectName(QStringLiteral("grantsTable"));
    describe(m_grantsView, tr("Grants"),
             tr("Time-bound access to Amazon data, who granted it and until when"));
    m_grantsView->setModel(m_grantProxy);
    m_grantsView->sortByColumn(GrantModel::Expires, Qt::DescendingOrder);
    grantsLayout->addWidget(m_grantsView);

    splitter->addWidget(pending);
    splitter->addWidget(grants);
    splitter->setStretchFactor(0, 1);
    splitter->setStretchFactor(1, 1);
    body()->addWidget(splitter, 1);

    connect(m_filter, &QLineEdit::textChanged, this, [this](const QString &text) {
        m_requestProxy->setText(text);
        m_grantProxy->setText(text);
        updateEmptyTexts();
    });
    connect(m_grantStatus, &QComboBox::currentIndexChanged, this, [this] {
        const QString status = m_grantStatus->currentData().toString();
        m_grantProxy->setStatus(status == QLatin1String("all") ? QString() : status);
        updateEmptyTexts();
    });
    connect(m_approve, &QPushButton::clicked, this, &AccessPage::approveSelected);
    connect(m_deny, &QPushButton::clicked, this, &AccessPage::denySelected);
    connect(m_revoke, &QPushButton::clicked, this, &AccessPage::revokeSelected);
    connect(m_requestAccess, &QPushButton::clicked, this, &AccessPage::requestAccess);
    connect(m_pendingView, &QAbstractItemView::doubleClicked, this, [this] {
        if (m_approve->isEnabled())
            approveSelected();
    });
    connect(m_pendingView->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &AccessPage::updateActions);
    connect(m_grantsView->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &AccessPage::updateActions);

    for (PagedTableModel *model :
         {static_cast<PagedTableModel *>(m_requests), static_cast<PagedTableModel *>(m_grants)}) {
        connect(model, &PagedTableModel::loadingChanged, this, &AccessPage::updateEmptyTexts);
        connect(model, &PagedTableModel::rowsInserted, this, &AccessPage::updateEmptyTexts);
        connect(model, &PagedTableModel::modelReset, this, &AccessPage::updateActions);
        connect(model, &PagedTableModel::errorOccurred, this, [this](const QString &message) {
            messageBar()->showMessage(MessageBar::Kind::Error,
                                      tr("Could not load the lists: %1").arg(message));
            updateEmptyTexts();
        });
    }
    connect(m_requests, &PagedTableModel::loaded, this, [this] {
        m_requestsLoaded = true;
        if (const qint64 wanted = std::exchange(m_wantedRequest, 0); wanted > 0)
            selectRequest(wanted);
        checkLoaded();
    });
    connect(m_grants, &PagedTableModel::loaded, this, [this] {
        m_grantsLoaded = true;
        checkLoaded();
    });
    updateActions();
    updateEmptyTexts();
}

QStringList AccessPage::changeKinds() const
{
    return {QLatin1StringView(client::change::AccessRequests),
            QLatin1StringView(client::change::Grants)};
}

bool AccessPage::open(const Destination &destination)
{
    if (destination.objectId > 0 && destination.filter.isEmpty()) {
        m_pendingView->setFocus();
        if (selectRequest(destination.objectId))
            return true;
        if (m_requestsLoaded)
            return false;
        m_wantedRequest = destination.objectId;
        return true;
    }
    if (destination.filter.isEmpty())
        return Page::open(destination);
    if (destination.filter == QLatin1String("pending")) {
        m_pendingView->setFocus();
        return true;
    }
    const int index = m_grantStatus->findData(destination.filter);
    if (index < 0)
        return false;
    m_grantStatus->setCurrentIndex(index);
    return true;
}

bool AccessPage::selectRequest(qint64 id)
{
    const int row = m_requests->rowOf(id);
    if (row < 0)
        return false;
    if (auto *filter = qobject_cast<QLineEdit *>(filterField());
        filter && !filter->text().isEmpty())
        filter->clear(); // the request asked for may be hidden by the filter
    const QModelIndex index = m_requestProxy->mapFromSource(m_requests->index(row, 0));
    m_pendingView->selectionModel()->select(
        index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    m_pendingView->scrollTo(index);
    return true;
}

void AccessPage::refresh()
{
    setLoading();
    m_policyLoaded = m_requestsLoaded = m_grantsLoaded = false;
    m_client->policy().then(this, [this](const client::Reply<client::Policy> &reply) {
        if (!reply.ok()) {
            messageBar()->showMessage(
                MessageBar::Kind::Error,
                tr("Could not read the access policy: %1").arg(reply.error.message));
            return;
        }
        m_policy = reply.value;
        m_requests->setPolicy(m_policy);
        m_grants->setPolicy(m_policy);
        m_policyLoaded = true;
        updateActions();
        checkLoaded();
    });
    m_requests->reload();
    m_grants->reload();
    updateActions();
}

void AccessPage::checkLoaded()
{
    updateEmptyTexts();
    if (!m_policyLoaded || !m_requestsLoaded || !m_grantsLoaded)
        return;
    if (!m_columnsFitted) {
        m_pendingView->fitColumns(AccessRequestModel::Reason);
        m_grantsView->fitColumns(GrantModel::Reason);
        m_columnsFitted = m_requests->rowCount() > 0 && m_grants->rowCount() > 0;
    }
    updateActions();
    setLoaded();
}

void AccessPage::updateEmptyTexts()
{
    const auto text = [](PagedTableModel *model, const QString &empty, bool filtered) {
        if (model->isLoading() && model->rowCount() == 0)
            return tr("Loading…");
        if (!model->errorString().isEmpty() && model->rowCount() == 0)
            return tr("Could not load this list.");
        if (filtered && model->rowCount() > 0)
            return tr("Nothing matches the filter.");
        return empty;
    };
    const bool filtering = !m_filter->text().trimmed().isEmpty();
    m_pendingView->setEmptyText(
        text(m_requests,
             m_client->session().can(client::permission::AccessApprove)
                 ? tr("No requests are waiting for a decision.")
                 : tr("You have no pending requests. Use “Request access…” to ask for data."),
             filtering));
    m_grantsView->setEmptyText(
        text(m_grants, tr("No grants yet."),
             filtering || m_grantStatus->currentData().toString() != QLatin1String("all")));
    m_pendingTitle->setText(m_requests->hasLoaded()
                                ? tr("Pending requests (%1%2)")
                                      .arg(m_requests->rowCount())
                                      .arg(m_requests->hasMore() ? QStringLiteral("+") : QString())
                                : tr("Pending requests"));
    m_grantsTitle->setText(m_grants->hasLoaded()
                               ? tr("Grants (%1%2)")
                                     .arg(m_grants->rowCount())
                                     .arg(m_grants->hasMore() ? QStringLiteral("+") : QString())
                               : tr("Grants"));
}

const client::AccessRequest *AccessPage::selectedRequest() const
{
    const QModelIndexList rows = m_pendingView->selectionModel()->selectedRows();
    if (rows.isEmpty())
        return nullptr;
    return m_requests->itemAt(m_requestProxy->mapToSource(rows.first()).row());
}

const client::Grant *AccessPage::selectedGrant() const
{
    const QModelIndexList rows = m_grantsView->selectionModel()->selectedRows();
    if (rows.isEmpty())
        return nullptr;
    return m_grants->itemAt(m_grantProxy->mapToSource(rows.first()).row());
}

void AccessPage::updateActions()
{
    const bool approver = m_client->session().can(client::permission::AccessApprove);
    const client::AccessRequest *request = selectedRequest();
    const client::Grant *grant = selectedGrant();
    const bool pending = approver && request && request->status == QLatin1StringView("pending");
    // The server's own verdict for this person (separation of duties); it checks again anyway.
    const bool decidable = pending && request->canDecide;
    m_approve->setEnabled(decidable);
    m_deny->setEnabled(decidable);
    m_revoke->setEnabled(approver && grant && grant->status == QLatin1StringView("active"));
    // Only approvers decide: others do not see buttons they could never use.
    for (QPushButton *button : {m_approve, m_deny, m_revoke})
        button->setVisible(approver);
    m_requestAccess->setEnabled(m_policyLoaded);
    const QString reason = pending && !decidable
        ? (request->cannotDecideReason.isEmpty()
               ? tr("The server does not let you decide this request.")
               : request->cannotDecideReason)
        : QString();
    m_decisionNote->setText(
        reason.isEmpty()
            ? QString()
            : theme::span(theme::Tone::Warn,
                          tr("Approve and Deny are off: %1").arg(reason.toHtmlEscaped()), true));
    m_decisionNote->setVisible(!reason.isEmpty());
    const QString needApprove = tr("Needs the access:approve permission (compliance officers).");
    m_approve->setToolTip(!approver              ? needApprove
                              : reason.isEmpty() ? tr("Approve the selected request")
                                                 : reason);
    m_deny->setToolTip(!approver              ? needApprove
                           : reason.isEmpty() ? tr("Deny the selected request")
                                              : reason);
    m_revoke->setToolTip(approver ? tr("End the selected grant now") : needApprove);
    m_requestAccess->setToolTip(tr("Ask for time-bound access to Amazon data"));
}

void AccessPage::approveSelected()
{
    decide(true);
}

void AccessPage::denySelected()
{
    decide(false);
}

void AccessPage::decide(bool approve)
{
    const client::AccessRequest *request = selectedRequest();
    if (!request)
        return;
    const client::AccessRequest r = *request;
    const QString summary
        = tr("<b>%1</b> asks for <b>%2</b> data of client <b>%3</b> for %4:<br><i>%5</i>")
              .arg(r.requesterName.toHtmlEscaped(), r.category.toHtmlEscaped(),
                   r.client.toHtmlEscaped(), format::hours(r.durationHours),
                   r.reason.toHtmlEscaped());
    const auto decided = [this, approve, r](const client::Reply<client::AccessDecision> &reply) {
        if (!reply.ok())
            return; // the dialog shows the server's words
        if (approve && reply.value.grant.id == 0) {
            // orders.pii may need two officers: this approval waits for the next one.
            const client::AccessRequest &now = reply.value.request;
            messageBar()->showMessage(
                MessageBar::Kind::Success,
                tr("Your approval of the request of %1 is recorded (%2 of %3); it waits for "
                   "another compliance officer.")
                    .arg(r.requesterName)
                    .arg(now.approvals.size())
                    .arg(now.approvalsRequired));
        } else if (approve) {
            const client::Grant &grant = reply.value.grant;
            messageBar()->showMessage(
                MessageBar::Kind::Success,
                tr("Approved: %1 has access to %2 of %3 until %4.")
                    .arg(r.requesterName, r.category, r.client, format::dateTime(grant.expiresAt)));
        } else {
            messageBar()->showMessage(MessageBar::Kind::Info,
                                      tr("Denied the request of %1 for %2 of %3.")
                                          .arg(r.requesterName, r.category, r.client));
        }
        refresh();
    };
    const client::AccessApi access(m_client);
    auto *dialog = new CommentDialog(
        approve ? tr("Approve access request") : tr("Deny access request"), summary,
        approve ? tr("&Comment for the audit log:") : tr("&Why is it denied?"), !approve,
        [this, access, approve, id = r.id, decided](const QString &text) {
            const client::Call<client::AccessDecision> call
                = approve ? access.approve(id, text) : access.deny(id, text);
            call.then(this, decided);
            return call.job();
        },
        this);
    dialog->setAcceptText(approve ? tr("Approve") : tr("Deny"), !approve);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

void AccessPage::revokeSelected()
{
    const client::Grant *grant = selectedGrant();
    if (!grant)
        return;
    const client::Grant g = *grant;
    const client::AccessApi access(m_client);
    auto *dialog = new CommentDialog(
        tr("Revoke grant"),
        tr("End the access of <b>%1</b> to <b>%2</b> data of client <b>%3</b> now? It would "
           "otherwise expire at %4.")
            .arg(g.displayName.toHtmlEscaped(), g.category.toHtmlEscaped(),
                 g.client.toHtmlEscaped(), format::dateTime(g.expiresAt)),
        tr("&Reason:"), true,
        [this, access, g](const QString &text) {
            const client::Call<client::Grant> call = access.revoke(g.id, text);
            call.then(this, [this, g](const client::Reply<client::Grant> &reply) {
                if (!reply.ok())
                    return;
                messageBar()->showMessage(MessageBar::Kind::Info,
                                          tr("Revoked the access of %1 to %2 of %3.")
                                              .arg(g.displayName, g.category, g.client));
                refresh();
            });
            return call.job();
        },
        this);
    dialog->setAcceptText(tr("Revoke"), true);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

void AccessPage::requestAccess()
{
    auto *dialog = new RequestAccessDialog(m_client, m_policy, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &RequestAccessDialog::requested, this,
            [this](const client::AccessRequest &request) {
                messageBar()->showMessage(MessageBar::Kind::Success,
                                          tr("Your request for %1 of %2 was sent for approval.")
                                              .arg(request.category, request.client));
                refresh();
            });
    dialog->open();
}

} // namespace cc::ui
