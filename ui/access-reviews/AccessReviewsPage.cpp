#include "access-reviews/AccessReviewsPage.h"

#include "AccessReviewsApi.h"
#include "ApiClient.h"
#include "ChangeFeed.h"
#include "access-reviews/AccessReviewModel.h"
#include "access-reviews/AccessReviewPdf.h"
#include "access-reviews/StartAccessReviewDialog.h"
#include "widgets/Accessible.h"
#include "widgets/CommentDialog.h"
#include "widgets/DataTableView.h"
#include "widgets/FlowLayout.h"
#include "widgets/Format.h"
#include "widgets/MessageBar.h"
#include "widgets/PageHeader.h"
#include "widgets/TableFilterProxy.h"
#include "widgets/Theme.h"

#include <QCheckBox>
#include <QCryptographicHash>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QLoggingCategory>
#include <QProgressBar>
#include <QPushButton>
#include <QSaveFile>
#include <QSplitter>
#include <QStyle>
#include <QVBoxLayout>

Q_LOGGING_CATEGORY(lcReviewsPage, "compliance.ui.accessreviews")

namespace cc::ui {

AccessReviewsPage::AccessReviewsPage(client::ApiClient *client, QWidget *parent)
    : Page(client, tr("Access reviews"),
           tr("At least quarterly, every grant and role is reviewed by someone other than its "
              "holder: kept or revoked, with a reason, and the evidence kept."),
           theme::icon(theme::Icon::Access), parent)
    , m_reviews(new AccessReviewModel(client, this))
    , m_items(new AccessReviewItemModel(client, this))
    , m_reviewProxy(new TableFilterProxy(this))
    , m_itemProxy(new TableFilterProxy(this))
{
    setObjectName(QStringLiteral("accessReviewsPage"));
    m_reviewProxy->setSourceModel(m_reviews);
    m_itemProxy->setSourceModel(m_items);
    m_filter = useFilterField(QStringLiteral("accessReviewsFilter"), {});
    header()->refreshButton()->setObjectName(QStringLiteral("accessReviewsRefreshButton"));
    messageBar()->setObjectName(QStringLiteral("accessReviewsMessage"));

    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->setChildrenCollapsible(false);
    auto *campaigns = new QWidget(splitter);
    auto *campaignsLayout = new QVBoxLayout(campaigns);
    campaignsLayout->setContentsMargins(0, 0, 0, 6);
    auto *campaignBar = new FlowLayout;
    campaignBar->addWidget(makeSectionTitle(tr("Campaigns"), campaigns));
    campaignBar->addStretch();
    m_start = new QPushButton(tr("&Start review…"), campaigns);
    m_start->setObjectName(QStringLiteral("startReviewButton"));
    describe(m_start, tr("Start review"),
             tr("Freeze every grant and role as the items of a new campaign"));
    m_export = new QPushButton(style()->standardIcon(QStyle::SP_DialogSaveButton),
                               tr("&Export evidence…"), campaigns);
    m_export->setObjectName(QStringLiteral("exportEvidenceButton"));
    describe(m_export, tr("Export evidence"),
             tr("Save the selected campaign's CSV evidence and a PDF of it"));
    campaignBar->addWidget(m_start);
    campaignBar->addWidget(m_export);
    campaignsLayout->addLayout(campaignBar);
    m_reviewsView = new DataTableView(campaigns);
    m_reviewsView->setObjectName(QStringLiteral("reviewsTable"));
    describe(m_reviewsView, tr("Campaigns"), tr("Access review campaigns and their progress"));
    m_reviewsView->setModel(m_reviewProxy);
    m_reviewsView->sortByColumn(AccessReviewModel::Started, Qt::DescendingOrder);
    campaignsLayout->addWidget(m_reviewsView);

    auto *items = new QWidget(splitter);
    auto *itemsLayout = new QVBoxLayout(items);
    itemsLayout->setContentsMargins(0, 6, 0, 0);
    auto *itemBar = new FlowLayout;
    m_itemsTitle = makeSectionTitle(tr("Items"), items);
    itemBar->addWidget(m_itemsTitle);
    itemBar->addStretch();
    m_mine = new QCheckBox(tr("&My items"), items);
    m_mine->setObjectName(QStringLiteral("myItemsCheck"));
    describe(m_mine, tr("My items"), tr("Show only the items you review"));
    m_keep
        = new QPushButton(style()->standardIcon(QStyle::SP_DialogApplyButton), tr("&Keep…"), items);
    m_keep->setObjectName(QStringLiteral("keepButton"));
    describe(m_keep, tr("Keep"),
             tr("Keep the selected access until the next review, with a reason"));
    m_revoke
        = new QPushButton(style()->standardIcon(QStyle::SP_BrowserStop), tr("Re&voke…"), items);
    m_revoke->setObjectName(QStringLiteral("revokeItemButton"));
    describe(m_revoke, tr("Revoke"), tr("Revoke the selected access now, with a reason"));
    m_next
        = new QPushButton(style()->standardIcon(QStyle::SP_ArrowForward), tr("&Next item"), items);
    m_next->setObjectName(QStringLiteral("nextItemButton"));
    describe(m_next, tr("Next item"), tr("Select the next item you still have to decide"));
    m_progress = new QProgressBar(items);
    m_progress->setObjectName(QStringLiteral("reviewProgress"));
    m_progress->setMinimumWidth(180);
    m_progress->setMaximumWidth(260);
    m_progress->setTextVisible(true);
    describe(m_progress, tr("Your progress"), tr("How many of your items you have decided"));
    itemBar->addWidget(m_progress);
    itemBar->addSpacing(8);
    itemBar->addWidget(m_mine);
    itemBar->addSpacing(16);
    itemBar->addWidget(m_keep);
    itemBar->addWidget(m_revoke);
    itemBar->addWidget(m_next);
    itemsLayout->addLayout(itemBar);
    m_itemsView = new DataTableView(items);
    m_itemsView->setObjectName(QStringLiteral("reviewItemsTable"));
    describe(m_itemsView, tr("Items"),
             tr("The grants and roles under review, their reviewers and the decisions"));
    m_itemsView->setModel(m_itemProxy);
    m_itemsView->sortByColumn(AccessReviewItemModel::Holder, Qt::AscendingOrder);
    // Several items kept or revoked at once, with one reason.
    m_itemsView->setSelectionMode(QAbstractItemView::ExtendedSelection);
    itemsLayout->addWidget(m_itemsView);
    m_context = new QLabel(items);
    m_context->setObjectName(QStringLiteral("itemContext"));
    m_context->setWordWrap(true);
    m_context->setTextFormat(Qt::RichText);
    m_context->setTextInteractionFlags(Qt::TextSelectableByMouse);
    theme::markMuted(m_context);
    itemsLayout->addWidget(m_context);
    splitter->addWidget(campaigns);
    splitter->addWidget(items);
    splitter->setStretchFactor(0, 1);
    splitter->setStretchFactor(1, 2);
    body()->addWidget(splitter, 1);

    // Someone who starts nothing sees first what waits for them.
    m_mine->setChecked(!m_client->session().can(client::permission::AccessReviewsManage));

    connect(m_filter, &QLineEdit::textChanged, this, [this](const QString &text) {
        m_itemProxy->setText(text);
        updateTexts();
    });
    connect(m_start, &QPushButton::clicked, this, &AccessReviewsPage::startReview);
    connect(m_export, &QPushButton::clicked, this, &AccessReviewsPage::exportEvidence);
    connect(m_keep, &QPushButton::clicked, this, &AccessReviewsPage::keepSelected);
    connect(m_revoke, &QPushButton::clicked, this, &AccessReviewsPage::revokeSelected);
    connect(m_next, &QPushButton::clicked, this, [this] {
        if (!selectNextItem())
            messageBar()->showMessage(MessageBar::Kind::Info,
                                      tr("Nothing is left for you to decide in this campaign."));
    });
    connect(m_mine, &QCheckBox::toggled, this, &AccessReviewsPage::reviewChanged);
    connect(m_reviewsView->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &AccessReviewsPage::reviewChanged);
    connect(m_itemsView->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &AccessReviewsPage::updateActions);
    connect(m_itemsView->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &AccessReviewsPage::updateContext);
    for (PagedTableModel *model :
         {static_cast<PagedTableModel *>(m_reviews), static_cast<PagedTableModel *>(m_items)}) {
        connect(model, &PagedTableModel::loadingChanged, this, &AccessReviewsPage::updateTexts);
        connect(model, &PagedTableModel::modelReset, this, &AccessReviewsPage::updateActions);
        connect(model, &PagedTableModel::errorOccurred, this, [this](const QString &message) {
            messageBar()->showMessage(MessageBar::Kind::Error,
                                      tr("Could not load the access reviews: %1").arg(message));
        });
    }
    connect(m_reviews, &PagedTableModel::loaded, this, [this] {
        m_reviewsView->fitColumns(AccessReviewModel::Title, 320);
        // Keep the campaign that was selected, else the newest.
        qint64 wanted = m_wantedReview;
        if (wanted == 0 && !m_reviews->items().isEmpty())
            wanted = m_reviews->items().last().id;
        if (wanted != 0)
            selectReview(wanted);
        else
            reviewChanged();
        updateTexts();
        setLoaded();
    });
    connect(m_items, &PagedTableModel::loaded, this, [this] {
        m_itemsView->fitColumns(AccessReviewItemModel::Reason, 260,
                                {AccessReviewItemModel::Kind, AccessReviewItemModel::Decision});
        itemsArrived();
        updateActions();
        updateTexts();
        updateContext();
        emit itemsLoaded();
    });
    updateActions();
    updateTexts();
}

qint64 AccessReviewsPage::currentReviewId() const
{
    const client::AccessReview *r = selectedReview();
    return r ? r->id : 0;
}

const client::AccessReview *AccessReviewsPage::selectedReview() const
{
    const QModelIndexList rows = m_reviewsView->selectionModel()->selectedRows();
    if (rows.isEmpty())
        return nullptr;
    return m_reviews->itemAt(m_reviewProxy->mapToSource(rows.first()).row());
}

const client::AccessReviewItem *AccessReviewsPage::selectedItem() const
{
    const QModelIndexList rows = m_itemsView->selectionModel()->selectedRows();
    if (rows.isEmpty())
        return nullptr;
    return m_items->itemAt(m_itemProxy->mapToSource(rows.first()).row());
}

QStringList AccessReviewsPage::changeKinds() const
{
    return {QLatin1StringView(client::change::AccessReviews)};
}

bool AccessReviewsPage::open(const Destination &destination)
{
    if (destination.filter.startsWith(QLatin1String("item="))) {
        // Only one campaign is open at a time: the newest, which is selected by default.
        const qint64 item = destination.filter.mid(5).toLongLong();
        if (item <= 0)
            return false;
        m_mine->setChecked(true);
        if (!selectItem(item))
            m_wantedItem = item;
        return true;
    }
    if (destination.filter == QLatin1String("mine"))
        m_mine->setChecked(true);
    else if (destination.filter == QLatin1String("all"))
        m_mine->setChecked(false);
    else if (!destination.filter.isEmpty())
        return false;
    if (destination.objectId > 0)
        selectReview(destination.objectId);
    return true;
}

void AccessReviewsPage::refresh()
{
    setLoading();
    m_wantedReview = currentReviewId();
    m_reviews->reload();
}

void AccessReviewsPage::selectReview(qint64 id)
{
    m_wantedReview = id;
    for (int row = 0; row < m_reviewProxy->rowCount(); ++row) {
        const QModelIndex index = m_reviewProxy->index(row, 0);
        if (index.data(PagedTableModel::IdRole).toLongLong() == id) {
            if (currentReviewId() == id)
                reviewChanged(); // selected already: read its items again
            else
                m_reviewsView->selectionModel()->select(
                    index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
            return;
        }
    }
}

void AccessReviewsPage::reviewChanged()
{
    const qint64 id = currentReviewId();
    if (id != 0)
        m_wantedReview = id;
    m_items->setReview(id, m_mine->isChecked());
    if (id != 0)
        m_items->reload();
    updateActions();
    updateTexts();
}

void AccessReviewsPage::updateTexts()
{
    updateProgress();
    const client::AccessReview *review = selectedReview();
    if (!review) {
        m_itemsTitle->setText(tr("Items"));
        // Those who review without managing see only the campaigns with items for them: none
        // listed means nothing to review, not that no review ever ran.
        const bool manage = m_client->session().can(client::permission::AccessReviewsManage);
        const QString none = manage ? tr("No access review yet.")
                                    : tr("No access review has items for you to review.");
        const bool loading = m_reviews->isLoading() || !m_reviews->hasLoaded();
        m_itemsView->setEmptyText(loading ? tr("Loading…")
                                      : m_reviews->rowCount() == 0
                                      ? none
                                      : tr("Select a campaign to see its items."));
        m_reviewsView->setEmptyText(loading ? tr("Loading…") : none);
        return;
    }
    m_itemsTitle->setText(tr("Items of “%1” — %2 of %3 decided, closes %4")
                              .arg(review->title)
                              .arg(review->decided)
                              .arg(review->total)
                              .arg(format::dateTime(review->dueAt)));
    if (m_items->isLoading() && m_items->rowCount() == 0)
        m_itemsView->setEmptyText(tr("Loading…"));
    else if (m_items->rowCount() > 0)
        m_itemsView->setEmptyText(tr("Nothing matches the filter."));
    else
        m_itemsView->setEmptyText(m_mine->isChecked() ? tr("Nothing for you to review here.")
                                                      : tr("No items."));
}

void AccessReviewsPage::updateActions()
{
    const bool manage = m_client->session().can(client::permission::AccessReviewsManage);
    const client::AccessReview *review = selectedReview();
    const client::AccessReviewItem *item = selectedItem();
    m_start->setEnabled(manage);
    m_start->setToolTip(manage ? tr("Freeze every grant and role as items of a new campaign")
                               : tr("Needs the access_reviews:manage permission (compliance "
                                    "officers)."));
    m_export->setEnabled(manage && review);
    // Those who only review their own items never start campaigns nor export evidence.
    m_start->setVisible(manage);
    m_export->setVisible(manage);
    m_export->setToolTip(manage ? tr("Save the campaign's CSV evidence and a PDF of it")
                                : tr("Needs the access_reviews:manage permission."));
    const QList<client::AccessReviewItem> decidable = selectedDecidable();
    m_keep->setEnabled(!decidable.isEmpty());
    m_revoke->setEnabled(!decidable.isEmpty());
    const QString why = !item                         ? tr("Select an item")
        : !decidable.isEmpty()                        ? QString()
        : !item->decision.isEmpty()                   ? tr("Already decided")
        : item->userId == m_client->session().user.id ? tr("Nobody reviews their own access")
                                                      : tr("Not yours to decide, or closed");
    const bool several = decidable.size() > 1;
    m_keep->setToolTip(!why.isEmpty() ? why
                           : several
                           ? tr("Keep the %1 selected items, with one reason").arg(decidable.size())
                           : tr("Keep this access, with a reason"));
    m_revoke->setToolTip(
        !why.isEmpty() ? why
            : several
            ? tr("Revoke the %1 selected items now, with one reason").arg(decidable.size())
            : tr("Revoke this access now, with a reason"));
    m_next->setEnabled(review && review->isOpen());
    m_next->setToolTip(review && review->isOpen()
                           ? tr("Select the next item you still have to decide")
                           : tr("The campaign is closed"));
}

QList<client::AccessReviewItem> AccessReviewsPage::selectedDecidable() const
{
    QModelIndexList rows = m_itemsView->selectionModel()->selectedRows();
    std::sort(rows.begin(), rows.end(),
              [](const QModelIndex &a, const QModelIndex &b) { return a.row() < b.row(); });
    QList<client::AccessReviewItem> items;
    for (const QModelIndex &row : std::as_const(rows)) {
        const client::AccessReviewItem *item = m_items->itemAt(m_itemProxy->mapToSource(row).row());
        if (item && item->canDecide)
            items.append(*item);
    }
    return items;
}

bool AccessReviewsPage::selectItem(qint64 id)
{
    for (int row = 0; row < m_itemProxy->rowCount(); ++row) {
        const QModelIndex index = m_itemProxy->index(row, 0);
        if (index.data(PagedTableModel::IdRole).toLongLong() == id) {
            m_itemsView->selectRow(row);
            m_itemsView->scrollTo(index);
            return true;
        }
    }
    return false;
}

bool AccessReviewsPage::selectNextItem()
{
    const int rows = m_itemProxy->rowCount();
    const QModelIndexList selected = m_itemsView->selectionModel()->selectedRows();
    int start = m_advanceFrom;
    if (start < 0)
        start = selected.isEmpty() ? 0 : selected.last().row() + 1;
    for (int step = 0; step < rows; ++step) {
        const int row = (start + step) % rows;
        const client::AccessReviewItem *item
            = m_items->itemAt(m_itemProxy->mapToSource(m_itemProxy->index(row, 0)).row());
        if (item && item->canDecide) {
            m_itemsView->selectRow(row);
            m_itemsView->scrollTo(m_itemProxy->index(row, 0));
            m_itemsView->setFocus();
            return true;
        }
    }
    return false;
}

void AccessReviewsPage::itemsArrived()
{
    if (const qint64 wanted = std::exchange(m_wantedItem, 0); wanted > 0 && !selectItem(wanted))
        messageBar()->showMessage(
            MessageBar::Kind::Warning,
            tr("Item %1 is not among your items of this campaign.").arg(wanted));
    if (m_advanceFrom >= 0) {
        // After a decision: on to the next open item, from where the decided one stood; when
        // none is left the progress bar says so, and the decision's own message stays.
        selectNextItem();
        m_advanceFrom = -1;
    }
}

void AccessReviewsPage::updateProgress()
{
    const client::AccessReview *review = selectedReview();
    m_progress->setVisible(review != nullptr);
    if (!review)
        return;
    // A reviewer's own items; someone with none (an officer looking on) sees the campaign's.
    const bool mine = review->mine > 0;
    const int total = mine ? review->mine : review->total;
    const int decided = mine ? review->mine - review->mineOpen : review->decided;
    m_progress->setRange(0, qMax(1, total));
    m_progress->setValue(total == 0 ? 1 : decided);
    m_progress->setFormat(mine ? tr("%1 of your %2 items decided").arg(decided).arg(total)
                               : tr("%1 of %2 items decided").arg(decided).arg(total));
    m_progress->setToolTip(m_progress->format());
    m_progress->setAccessibleDescription(m_progress->format());
}

void AccessReviewsPage::updateContext()
{
    const QModelIndexList rows = m_itemsView->selectionModel()->selectedRows();
    const client::AccessReviewItem *item = selectedItem();
    if (!item || rows.size() != 1) {
        m_context->setText(rows.size() > 1 ? tr("%1 items selected: Keep or Revoke decides "
                                                "those still open, with one reason.")
                                                 .arg(rows.size())
                                           : QString());
        m_context->setVisible(rows.size() > 1);
        return;
    }
    m_context->setText(contextText(*item));
    m_context->setVisible(true);
}

QString AccessReviewsPage::contextText(const client::AccessReviewItem &item)
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const auto when = [&now](const QDateTime &at, const QString &never) {
        return at.isValid() ? tr("%1 (%2)").arg(format::dateTime(at), format::relative(at, now))
                            : never;
    };
    QStringList parts;
    parts << tr("<b>%1</b> last signed in: %2")
                 .arg(item.holder.toHtmlEscaped(),
                      when(item.holderLastSignInAt, tr("never")).toHtmlEscaped());
    if (item.kind == QLatin1String("grant")) {
        parts << tr("grant last used: %1")
                     .arg(when(item.grantLastUsedAt, tr("never")).toHtmlEscaped());
        parts << tr("earlier %1 grants: %2")
                     .arg(item.category.toHtmlEscaped())
                     .arg(item.earlierGrants);
        parts << tr("granted by %1 on %2, until %3")
                     .arg(item.grantedBy.toHtmlEscaped(), format::dateTime(item.grantedAt),
                          format::dateTime(item.expiresAt));
    }
    return parts.join(QStringLiteral(" · "));
}

void AccessReviewsPage::keepSelected()
{
    decide(QStringLiteral("keep"));
}

void AccessReviewsPage::revokeSelected()
{
    decide(QStringLiteral("revoke"));
}

void AccessReviewsPage::decide(const QString &decision)
{
    const QList<client::AccessReviewItem> chosen = selectedDecidable();
    if (chosen.isEmpty())
        return;
    const client::AccessReviewItem item = chosen.first();
    const bool revoke = decision == QLatin1String("revoke");
    const auto what = [](const client::AccessReviewItem &i) {
        return i.kind == QLatin1String("grant")
            ? tr("the <b>%1</b> grant of <b>%2</b> (%3 data of %4)")
                  .arg(i.grantId)
                  .arg(i.holder.toHtmlEscaped(), i.category.toHtmlEscaped(),
                       i.client.toHtmlEscaped())
            : tr("the <b>%1</b> role of <b>%2</b>")
                  .arg(client::roleLabel(i.role).toHtmlEscaped(), i.holder.toHtmlEscaped());
    };
    QString description;
    if (chosen.size() == 1) {
        description = (revoke ? tr("Revoke %1? It takes effect immediately.").arg(what(item))
                              : tr("Keep %1 until the next review?").arg(what(item)))
            + QStringLiteral("<br><small>") + contextText(item) + QStringLiteral("</small>");
    } else {
        QStringList list;
        for (const client::AccessReviewItem &i : chosen)
            list << QStringLiteral("<li>%1<br><small>%2</small></li>").arg(what(i), contextText(i));
        description = (revoke ? tr("Revoke these %1 items? It takes effect immediately.")
                              : tr("Keep these %1 items until the next review?"))
                          .arg(chosen.size())
            + QStringLiteral("<ul>") + list.join(QString()) + QStringLiteral("</ul>");
    }
    // Where to go on from once the decision is in: the row of the first item decided.
    const QModelIndexList rows = m_itemsView->selectionModel()->selectedRows();
    int firstRow = m_itemProxy->rowCount();
    for (const QModelIndex &row : rows)
        firstRow = qMin(firstRow, row.row());
    auto *dialog = new CommentDialog(
        revoke ? tr("Revoke access") : tr("Keep access"), description,
        chosen.size() == 1 ? tr("&Reason (kept in the evidence):")
                           : tr("&Reason for all of them (kept in the evidence):"),
        true,
        [this, reviews = client::AccessReviewsApi(m_client), chosen, decision,
         firstRow](const QString &text) {
            // The first decision goes through the dialog, so a refused reason stays there to
            // be put right; the others follow with the same reason once it was accepted.
            const client::AccessReviewItem first = chosen.first();
            const client::Call<client::AccessReviewItem> call
                = reviews.decide(first.reviewId, first.id, decision, text);
            call.then(this,
                      [this, chosen, decision, text,
                       firstRow](const client::Reply<client::AccessReviewItem> &reply) {
                          if (!reply.ok())
                              return;
                          m_advanceFrom = firstRow;
                          if (chosen.size() == 1) {
                              const client::AccessReviewItem &decided = reply.value;
                              messageBar()->showMessage(
                                  decided.decision == QLatin1String("revoke")
                                      ? MessageBar::Kind::Info
                                      : MessageBar::Kind::Success,
                                  tr("%1: %2 of %3 — %4.")
                                      .arg(AccessReviewItemModel::decisionLabel(decided.decision),
                                           chosen.first().accessText(), chosen.first().holder,
                                           decided.outcome));
                              refresh();
                              return;
                          }
                          decideRest(decision, text, chosen.mid(1), 1, {});
                      });
            return call.job();
        },
        this);
    dialog->setObjectName(QStringLiteral("reviewDecisionDialog"));
    dialog->setAcceptText(chosen.size() == 1 ? (revoke ? tr("Revoke") : tr("Keep"))
                                             : (revoke ? tr("Revoke %1").arg(chosen.size())
                                                       : tr("Keep %1").arg(chosen.size())),
                          revoke);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

void AccessReviewsPage::decideRest(const QString &decision, const QString &reason,
                                   QList<client::AccessReviewItem> rest, int done,
                                   QStringList failures)
{
    if (rest.isEmpty()) {
        const QString label = AccessReviewItemModel::decisionLabel(decision);
        if (failures.isEmpty())
            messageBar()->showMessage(MessageBar::Kind::Success,
                                      tr("%1: %2 items, with one reason.").arg(label).arg(done));
        else
            messageBar()->showMessage(MessageBar::Kind::Warning,
                                      tr("%1: %2 items; not decided: %3")
                                          .arg(label)
                                          .arg(done)
                                          .arg(failures.join(QStringLiteral("; "))));
        refresh();
        return;
    }
    const client::AccessReviewItem item = rest.takeFirst();
    client::AccessReviewsApi(m_client)
        .decide(item.reviewId, item.id, decision, reason)
        .then(this,
              [this, decision, reason, rest, done, failures,
               item](const client::Reply<client::AccessReviewItem> &reply) {
                  QStringList failed = failures;
                  if (!reply.ok())
                      failed << tr("%1 of %2 (%3)")
                                    .arg(item.accessText(), item.holder, reply.error.message);
                  decideRest(decision, reason, rest, reply.ok() ? done + 1 : done, failed);
              });
}

void AccessReviewsPage::startReview()
{
    auto *dialog = new StartAccessReviewDialog(m_client, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &StartAccessReviewDialog::started, this,
            [this](const client::AccessReview &review) {
                messageBar()->showMessage(MessageBar::Kind::Success,
                                          tr("Started “%1”: %2 items to review by %3.")
                                              .arg(review.title)
                                              .arg(review.total)
                                              .arg(format::dateTime(review.dueAt)));
                m_wantedReview = review.id;
                refresh();
            });
    dialog->open();
}

void AccessReviewsPage::exportEvidence()
{
    const client::AccessReview *review = selectedReview();
    if (!review)
        return;
    const QString suggested = QStringLiteral("access-review-%1.csv").arg(review->id);
    const QString path = QFileDialog::getSaveFileName(this, tr("Export access review evidence"),
                                                      suggested, tr("CSV files (*.csv)"));
    if (!path.isEmpty())
        exportEvidenceTo(path);
}

void AccessReviewsPage::exportEvidenceTo(const QString &csvPath)
{
    const qint64 id = currentReviewId();
    if (id == 0) {
        emit exportFailed(tr("Select a campaign first."));
        return;
    }
    const QFileInfo info(csvPath);
    const QString pdfPath = info.dir().filePath(info.completeBaseName() + QStringLiteral(".pdf"));
    m_export->setEnabled(false);
    client::AccessReviewsApi(m_client).report(id).then(
        this, [this, csvPath, pdfPath](const client::Reply<client::AccessReviewReport> &done) {
            updateActions();
            const auto fail = [this](const QString &message) {
                messageBar()->showMessage(MessageBar::Kind::Error,
                                          tr("Could not export the evidence: %1").arg(message));
                emit exportFailed(message);
            };
            if (!done.ok())
                return fail(done.error.message);
            const client::AccessReviewReport &report = done.value;
            // The bytes saved must be the ones whose hash the campaign recorded.
            const QString sha = QString::fromLatin1(
                QCryptographicHash::hash(report.csv, QCryptographicHash::Sha256).toHex());
            if (sha != report.csvSha256
                || (!report.review.reportSha256.isEmpty() && sha != report.review.reportSha256))
                return fail(tr("the CSV does not match its recorded SHA-256; nothing was saved"));
            QSaveFile csv(csvPath);
            if (!csv.open(QIODevice::WriteOnly) || csv.write(report.csv) != report.csv.size()
                || !csv.commit())
                return fail(tr("cannot write %1: %2").arg(csvPath, csv.errorString()));
            QString error;
            if (!AccessReviewPdf::write(report, pdfPath, &error))
                return fail(error);
            qCInfo(lcReviewsPage) << "exported access review" << report.review.id << "to" << csvPath
                                  << "and" << pdfPath;
            messageBar()->showMessage(MessageBar::Kind::Success,
                                      tr("Saved the evidence of “%1”: %2 and %3 (SHA-256 %4).")
                                          .arg(report.review.title,
                                               QDir::toNativeSeparators(csvPath),
                                               QDir::toNativeSeparators(pdfPath), sha.left(16)));
            emit evidenceExported(csvPath, pdfPath);
        });
}

} // namespace cc::ui
