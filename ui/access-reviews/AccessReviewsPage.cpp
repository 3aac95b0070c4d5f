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
    itemBar->addWidget(m_mine);
    itemBar->addSpacing(16);
    itemBar->addWidget(m_keep);
    itemBar->addWidget(m_revoke);
    itemsLayout->addLayout(itemBar);
    m_itemsView = new DataTableView(items);
    m_itemsView->setObjectName(QStringLiteral("reviewItemsTable"));
    describe(m_itemsView, tr("Items"),
             tr("The grants and roles under review, their reviewers and the decisions"));
    m_itemsView->setModel(m_itemProxy);
    m_itemsView->sortByColumn(AccessReviewItemModel::Holder, Qt::AscendingOrder);
    itemsLayout->addWidget(m_itemsView);
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
    connect(m_mine, &QCheckBox::toggled, this, &AccessReviewsPage::reviewChanged);
    connect(m_reviewsView->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &AccessReviewsPage::reviewChanged);
    connect(m_itemsView->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &AccessReviewsPage::updateActions);
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
        updateActions();
        updateTexts();
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
    const client::AccessReview *review = selectedReview();
    if (!review) {
        m_itemsTitle->setText(tr("Items"));
        m_itemsView->setEmptyText(m_reviews->rowCount() == 0
                                      ? tr("No access review yet.")
                                      : tr("Select a campaign to see its items."));
        m_reviewsView->setEmptyText(m_reviews->isLoading() ? tr("Loading…")
                                                           : tr("No access review yet."));
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
    const bool decidable = item && item->canDecide;
    m_keep->setEnabled(decidable);
    m_revoke->setEnabled(decidable);
    const QString why = !item                         ? tr("Select an item")
        : item->canDecide                             ? QString()
        : !item->decision.isEmpty()                   ? tr("Already decided")
        : item->userId == m_client->session().user.id ? tr("Nobody reviews their own access")
                                                      : tr("Not yours to decide, or closed");
    m_keep->setToolTip(why.isEmpty() ? tr("Keep this access, with a reason") : why);
    m_revoke->setToolTip(why.isEmpty() ? tr("Revoke this access now, with a reason") : why);
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
    const client::AccessReviewItem *selected = selectedItem();
    if (!selected)
        return;
    const client::AccessReviewItem item = *selected;
    const bool revoke = decision == QLatin1String("revoke");
    const QString what = item.kind == QLatin1String("grant")
        ? tr("the <b>%1</b> grant of <b>%2</b> (%3 data of %4)")
              .arg(item.grantId)
              .arg(item.holder.toHtmlEscaped(), item.category.toHtmlEscaped(),
                   item.client.toHtmlEscaped())
        : tr("the <b>%1</b> role of <b>%2</b>")
              .arg(client::roleLabel(item.role).toHtmlEscaped(), item.holder.toHtmlEscaped());
    auto *dialog = new CommentDialog(
        revoke ? tr("Revoke access") : tr("Keep access"),
        revoke ? tr("Revoke %1? It takes effect immediately.").arg(what)
               : tr("Keep %1 until the next review?").arg(what),
        tr("&Reason (kept in the evidence):"), true,
        [this, reviews = client::AccessReviewsApi(m_client), item, decision](const QString &text) {
            const client::Call<client::AccessReviewItem> call
                = reviews.decide(item.reviewId, item.id, decision, text);
            call.then(this, [this, item](const client::Reply<client::AccessReviewItem> &reply) {
                if (!reply.ok())
                    return;
                const client::AccessReviewItem &decided = reply.value;
                messageBar()->showMessage(
                    decided.decision == QLatin1String("revoke") ? MessageBar::Kind::Info
                                                                : MessageBar::Kind::Success,
                    tr("%1: %2 of %3 — %4.")
                        .arg(AccessReviewItemModel::decisionLabel(decided.decision),
                             item.accessText(), item.holder, decided.outcome));
                refresh();
            });
            return call.job();
        },
        this);
    dialog->setObjectName(QStringLiteral("reviewDecisionDialog"));
    dialog->setAcceptText(revoke ? tr("Revoke") : tr("Keep"), revoke);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
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
