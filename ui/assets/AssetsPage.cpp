#include "assets/AssetsPage.h"

#include "ApiClient.h"
#include "AssetsApi.h"
#include "ChangeFeed.h"
#include "UsersApi.h"
#include "assets/AssetDialog.h"
#include "assets/AssetModel.h"
#include "assets/AssetReviewCalendar.h"
#include "assets/AssetReviewDialog.h"
#include "widgets/Accessible.h"
#include "widgets/DataTableView.h"
#include "widgets/FlowLayout.h"
#include "widgets/MessageBar.h"
#include "widgets/PageHeader.h"
#include "widgets/TableFilterProxy.h"
#include "widgets/Theme.h"
#include "widgets/WrappedRows.h"

#include <QButtonGroup>
#include <QComboBox>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSplitter>
#include <QStyle>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace cc::ui {

// Quick filters on top of the free-text filter, and "mine first" for managers.
class AssetFilterProxy : public TableFilterProxy
{
public:
    using TableFilterProxy::TableFilterProxy;

    void setMode(AssetsPage::Filter mode)
    {
        m_mode = mode;
        invalidateFilter();
    }
    AssetsPage::Filter mode() const { return m_mode; }
    void setMe(qint64 userId, bool mineFirst)
    {
        m_me = userId;
        m_mineFirst = mineFirst;
        invalidate();
    }

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override
    {
        if (!TableFilterProxy::filterAcceptsRow(sourceRow, sourceParent))
            return false;
        const auto *model = static_cast<const AssetModel *>(sourceModel());
        const client::Asset *a = model->itemAt(sourceRow);
        if (!a)
            return false;
        const bool retired = a->status == QLatin1StringView("retired");
        if (retired != (m_mode == AssetsPage::Filter::Retired))
            return false;
        switch (m_mode) {
        case AssetsPage::Filter::All:
        case AssetsPage::Filter::Retired:
            return true;
        case AssetsPage::Filter::Mine:
            return a->ownerId == m_me;
        case AssetsPage::Filter::Due:
            return a->state == QLatin1StringView("due_soon")
                || a->state == QLatin1StringView("due_this_week");
        case AssetsPage::Filter::Overdue:
            return a->state == QLatin1StringView("overdue");
        case AssetsPage::Filter::AmazonData:
            return a->holdsAmazonData;
        case AssetsPage::Filter::Removable:
            return a->kind == QLatin1StringView("removable_media");
        case AssetsPage::Filter::Reassign:
            return a->needsReassignment;
        }
        return true;
    }

    bool lessThan(const QModelIndex &left, const QModelIndex &right) const override
    {
        if (m_mineFirst) {
            const auto *model = static_cast<const AssetModel *>(sourceModel());
            const bool leftMine = model->itemAt(left.row())->ownerId == m_me;
            const bool rightMine = model->itemAt(right.row())->ownerId == m_me;
            // Qt reverses lessThan for a descending sort; keep "mine" on top either way.
            if (leftMine != rightMine)
                return sortOrder() == Qt::AscendingOrder ? leftMine : rightMine;
        }
        return TableFilterProxy::lessThan(left, right);
    }

private:
    AssetsPage::Filter m_mode = AssetsPage::Filter::All;
    qint64 m_me = 0;
    bool m_mineFirst = false;
};

AssetsPage::AssetsPage(client::ApiClient *client, QWidget *parent)
    : ListDetailPage(client, tr("Assets"),
                     tr("Every asset has an owner and is reviewed every six months; owners are "
                        "reminded before a review falls due."),
                     theme::icon(theme::Icon::Assets), parent)
    , m_model(new AssetModel(client, this))
    , m_proxy(new AssetFilterProxy(this))
{
    setObjectName(QStringLiteral("assetsPage"));
    const client::SessionInfo &session = client->session();
    m_proxy->setMe(session.user.id, session.can(client::permission::AssetsManage));
    useFilterField(QStringLiteral("assetsFilter"), {});
    header()->refreshButton()->setObjectName(QStringLiteral("assetsRefreshButton"));
    messageBar()->setObjectName(QStringLiteral("assetsMessage"));

    // Quick filters and actions.
    m_filters = new QButtonGroup(this);
    const struct
    {
        Filter filter;
        QString label;
        QString name;
        QString description;
    } filters[] = {
        {Filter::All, tr("All"), tr("All assets"), tr("Show every asset")},
        {Filter::Mine, tr("Mine"), tr("My assets"), tr("Show only the assets you own")},
        {Filter::Due, tr("Due"), tr("Assets due"),
         tr("Show only the assets whose review falls due within a month")},
        {Filter::Overdue, tr("Overdue"), tr("Overdue assets"),
         tr("Show only the assets whose review is overdue")},
        {Filter::AmazonData, tr("Holds Amazon data"), tr("Assets holding Amazon data"),
         tr("Show only the assets that hold Amazon data")},
        {Filter::Removable, tr("Removable media"), tr("Removable media"),
         tr("Show only removable media: the policy allows no Amazon data on them")},
        {Filter::Reassign, tr("To reassign"), tr("Assets to reassign"),
         tr("Show only the assets whose owner was offboarded")},
        {Filter::Retired, tr("Retired"), tr("Retired assets"),
         tr("Show only the retired assets, which the other filters leave out")},
    };
    for (const auto &[filter, label, name, description] : filters) {
        auto *button = new QPushButton(label, this);
        describe(button, name, description);
        button->setCheckable(true);
        button->setProperty("chip", true);
        button->setObjectName(QStringLiteral("assetFilter%1").arg(int(filter)));
        m_filters->addButton(button, int(filter));
        toolBar()->addWidget(button);
    }
    m_filters->button(int(Filter::All))->setChecked(true);
    toolBar()->addSpacing(14);
    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("assetsSummary"));
    m_summary->setTextFormat(Qt::RichText);
    toolBar()->addWidget(m_summary);
    toolBar()->addStretch();
    m_review = new QPushButton(style()->standardIcon(QStyle::SP_DialogApplyButton),
                               tr("&Record review…"), this);
    m_review->setObjectName(QStringLiteral("recordReviewButton"));
    describe(m_review, tr("Record review"), tr("Record a review of the selected asset"));
    m_add = new QPushButton(theme::icon(theme::Icon::Add), tr("&Add…"), this);
    m_add->setObjectName(QStringLiteral("addAssetButton"));
    describe(m_add, tr("Add asset"), tr("Add an asset to the inventory"));
    m_edit = new QPushButton(tr("C&hange…"), this);
    m_edit->setObjectName(QStringLiteral("editAssetButton"));
    describe(m_edit, tr("Change asset"), tr("Change the selected asset"));
    m_reassign = new QPushButton(tr("Rea&ssign…"), this);
    m_reassign->setObjectName(QStringLiteral("reassignAssetButton"));
    describe(m_reassign, tr("Reassign asset"), tr("Give the selected asset another owner"));
    m_retire = new QPushButton(tr("Re&tire…"), this);
    m_retire->setObjectName(QStringLiteral("retireAssetButton"));
    describe(m_retire, tr("Retire asset"),
             tr("Retire the selected asset: no more reviews or reminders"));
    m_import = new QPushButton(tr("&Import CSV…"), this);
    m_import->setObjectName(QStringLiteral("importAssetsButton"));
    describe(m_import, tr("Import CSV"), tr("Add assets from a CSV file: every row or none"));
    m_import->setIcon(theme::icon(theme::Icon::Add));
    m_export = new QPushButton(tr("E&xport CSV…"), this);
    m_export->setObjectName(QStringLiteral("exportAssetsButton"));
    describe(m_export, tr("Export CSV"), tr("Save the asset inventory as a CSV file"));
    toolBar()->addWidget(m_review);
    toolBar()->addSpacing(12);
    for (QPushButton *button : {m_add, m_edit, m_reassign, m_retire})
        toolBar()->addWidget(button);
    toolBar()->addSpacing(12);
    toolBar()->addWidget(m_import);
    toolBar()->addWidget(m_export);

    setList(m_model, m_proxy, QStringLiteral("assetsTable"), tr("Assets"),
            tr("The asset inventory with each asset's review state"));
    view()->sortByColumn(AssetModel::NextDue, Qt::AscendingOrder);
    // The location and the last review are in the detail pane; the table keeps room for the
    // name and what is due.
    view()->setColumnHidden(AssetModel::Location, true);
    view()->setColumnHidden(AssetModel::LastReview, true);
    setDetail(makeDetailPane(), 4, 1);
    addBelow(makeCalendar(), 3, 2);

    connect(m_filters, &QButtonGroup::idClicked, this, [this](int id) { setFilter(Filter(id)); });
    connect(m_review, &QPushButton::clicked, this, &AssetsPage::recordReview);
    connect(m_add, &QPushButton::clicked, this, &AssetsPage::addAsset);
    connect(m_edit, &QPushButton::clicked, this, &AssetsPage::editSelected);
    connect(m_reassign, &QPushButton::clicked, this, &AssetsPage::reassignSelected);
    connect(m_retire, &QPushButton::clicked, this, &AssetsPage::retireSelected);
    connect(m_import, &QPushButton::clicked, this, &AssetsPage::importCsv);
    connect(m_export, &QPushButton::clicked, this, &AssetsPage::exportCsv);
    connect(view(), &QAbstractItemView::doubleClicked, this, [this] {
        if (m_review->isEnabled())
            recordReview();
    });
    connect(m_calendar, &AssetReviewCalendar::assetActivated, this,
            [this](qint64 id) { selectAsset(id); });
    connect(m_model, &PagedTableModel::modelReset, this, [this] {
        m_shownId = 0;
        updateActions();
        updateDetail(nullptr);
    });
    updateActions();
    updateDetail(nullptr);
    if (session.can(client::permission::UsersRead)) {
        client::UsersApi(client)
            .list({QString(), 500})
            .then(this, [this](const client::Reply<client::Page<client::User>> &reply) {
                for (const client::User &u : reply.value.items) {
                    if (u.status == QLatin1StringView("active"))
                        m_users << u.username;
                }
            });
    }
}

QWidget *AssetsPage::makeDetailPane()
{
    auto *detail = new QFrame(this);
    detail->setObjectName(QStringLiteral("assetDetail"));
    theme::markCard(detail);
    auto *detailLayout = new QVBoxLayout(detail);
    detailLayout->setContentsMargins(14, 12, 14, 12);
    m_detailTitle = new QLabel(detail);
    m_detailTitle->setObjectName(QStringLiteral("assetDetailTitle"));
    m_detailTitle->setWordWrap(true);
    m_detailTitle->setStyleSheet(QStringLiteral("QLabel { font-size: 15px; font-weight: 600; }"));
    detailLayout->addWidget(m_detailTitle);
    m_detail = new QLabel(detail);
    m_detail->setObjectName(QStringLiteral("assetDetailText"));
    m_detail->setWordWrap(true);
    m_detail->setTextFormat(Qt::RichText);
    m_detail->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    detailLayout->addWidget(m_detail);
    detailLayout->addWidget(makeSectionTitle(tr("Review history"), detail));
    m_history = new QTreeWidget(detail);
    m_history->setObjectName(QStringLiteral("reviewHistory"));
    describe(m_history, tr("Review history"), tr("The past reviews of the selected asset"));
    m_history->setRootIsDecorated(false);
    m_history->setAlternatingRowColors(true);
    // The outcome, who reviewed and the note share one wrapping column beside the date.
    m_history->setHeaderLabels({tr("Date"), tr("Review")});
    keepRowsWrapped(m_history);
    m_history->setColumnWidth(
        0, m_history->fontMetrics().horizontalAdvance(QStringLiteral("2026-12-31")) + 16);
    detailLayout->addWidget(m_history, 1);
    detail->setMinimumWidth(300);
    return detail;
}

QWidget *AssetsPage::makeCalendar()
{
    auto *calendar = new QWidget(this);
    auto *calendarLayout = new QVBoxLayout(calendar);
    calendarLayout->setContentsMargins(0, 6, 0, 0);
    calendarLayout->addWidget(
        makeSectionTitle(tr("Review calendar — the next six months"), calendar));
    m_calendar = new AssetReviewCalendar(calendar);
    describe(m_calendar, tr("Review calendar"),
             tr("The reviews overdue and due in each of the next six months; click one to select "
                "its asset"));
    m_calendar->setMinimumHeight(150);
    calendarLayout->addWidget(m_calendar, 1);
    return calendar;
}

QStringList AssetsPage::changeKinds() const
{
    return {QLatin1StringView(client::change::Assets)};
}

bool AssetsPage::applyFilter(const QString &filter)
{
    static const std::pair<const char *, Filter> names[] = {
        {"all", Filter::All},           {"mine", Filter::Mine},
        {"due", Filter::Due},           {"overdue", Filter::Overdue},
        {"amazon", Filter::AmazonData}, {"removable", Filter::Removable},
        {"retired", Filter::Retired},   {"reassign", Filter::Reassign},
    };
    for (const auto &[name, value] : names) {
        if (filter == QLatin1StringView(name)) {
            setFilter(value);
            return true;
        }
    }
    return false;
}

QString AssetsPage::emptyText() const
{
    return m_client->session().can(client::permission::AssetsRead)
        ? tr("No assets yet. Managers add them with “Add…” or “Import CSV…”.")
        : tr("You own no assets. Assets you are made the owner of appear here.");
}

void AssetsPage::fitColumns()
{
    view()->fitColumns(AssetModel::Name, 300);
    const std::pair<AssetModel::Column, int> widths[] = {
        {AssetModel::Kind, 96},       {AssetModel::Owner, 104}, {AssetModel::Location, 150},
        {AssetModel::AmazonData, 92}, {AssetModel::Pii, 52},    {AssetModel::LastReview, 96},
        {AssetModel::NextDue, 96},    {AssetModel::State, 150},
    };
    for (const auto &[column, width] : widths)
        view()->setColumnWidth(column, width);
}

void AssetsPage::listUpdated()
{
    m_calendar->setAssets(m_model->items(), QDateTime::currentDateTimeUtc().date());
    updateSummary();
}

void AssetsPage::setFilter(Filter filter)
{
    m_proxy->setMode(filter);
    if (QAbstractButton *button = m_filters->button(int(filter)))
        button->setChecked(true);
    updateActions();
}

bool AssetsPage::selectAsset(qint64 id)
{
    const int sourceRow = m_model->rowOf(id);
    if (sourceRow < 0)
        return false;
    if (!m_proxy->mapFromSource(m_model->index(sourceRow, 0)).isValid()) {
        if (QLineEdit *filter = qobject_cast<QLineEdit *>(filterField()))
            filter->clear();
        setFilter(Filter::All);
    }
    return selectObject(id);
}

const client::Asset *AssetsPage::selectedAsset() const
{
    return m_model->itemAt(m_model->rowOf(selectedId()));
}

void AssetsPage::showObject(qint64 id)
{
    if (selectedId() != id) {
        // A link to an asset: select its row, which shows it.
        if (!selectAsset(id))
            messageBar()->showMessage(MessageBar::Kind::Warning,
                                      tr("Asset #%1 is not in your list.").arg(id));
        return;
    }
    m_shownId = id;
    updateDetail(selectedAsset());
}

void AssetsPage::updateActions()
{
    const client::SessionInfo &session = m_client->session();
    const client::Asset *a = selectedAsset();
    const bool reviewer = a
        && (a->ownerId == session.user.id || session.can(client::permission::AssetsManage)
            || session.can(client::permission::AssetsReview));
    m_review->setEnabled(reviewer && a->status != QLatin1StringView("retired"));
    m_review->setToolTip(a && !reviewer ? tr("Only the owner, a manager or a compliance officer "
                                             "may review this asset.")
                                        : tr("Record a review of the selected asset"));
    const bool manager = session.can(client::permission::AssetsManage);
    const bool inUse = a && a->status != QLatin1StringView("retired");
    for (QPushButton *button : {m_add, m_edit, m_reassign, m_retire})
        button->setVisible(manager); // only managers change the inventory
    m_add->setEnabled(manager);
    m_edit->setEnabled(manager && a);
    m_reassign->setEnabled(manager && inUse);
    m_retire->setEnabled(manager && inUse);
    m_import->setEnabled(manager);
    m_import->setVisible(manager); // only managers import
    m_import->setToolTip(manager ? tr("Add assets from a CSV file (all rows or none)")
                                 : tr("Needs the assets:manage permission (managers)."));
    m_export->setEnabled(hasLoaded());
}

void AssetsPage::updateSummary()
{
    int overdue = 0;
    int week = 0;
    int soon = 0;
    for (const client::Asset &a : m_model->items()) {
        if (a.state == QLatin1StringView("overdue"))
            ++overdue;
        else if (a.state == QLatin1StringView("due_this_week"))
            ++week;
        else if (a.state == QLatin1StringView("due_soon"))
            ++soon;
    }
    const auto part = [](const QString &state, const QString &text) {
        return theme::span(AssetModel::stateTone(state), text, true);
    };
    m_summary->setText(
        tr("%1 assets · %2 · %3 · %4")
            .arg(m_model->rowCount())
            .arg(part(QStringLiteral("overdue"), tr("%n overdue", nullptr, overdue)),
                 part(QStringLiteral("due_this_week"), tr("%n due this week", nullptr, week)),
                 part(QStringLiteral("due_soon"), tr("%n due soon", nullptr, soon))));
}

void AssetsPage::updateDetail(const client::Asset *a)
{
    if (!a) {
        m_detailTitle->setText(tr("No asset selected"));
        m_detail->setText(tr("Select an asset to see its details and review history."));
        m_history->clear();
        return;
    }
    m_detailTitle->setText(a->name);
    QStringList flags;
    if (a->holdsAmazonData)
        flags << tr("holds Amazon data");
    if (a->holdsPii)
        flags << tr("holds PII");
    const QString row = QStringLiteral("<tr><td style='color:") + theme::colors().mutedText.name()
        + QStringLiteral("; padding-right:10px'>%1</td><td>%2</td></tr>");
    QString html = QStringLiteral("<table>");
    html += row.arg(tr("Kind"), AssetModel::kindLabel(a->kind));
    html += row.arg(tr("Owner"),
                    tr("%1 (%2)").arg(a->ownerName.toHtmlEscaped(), a->owner.toHtmlEscaped())
                        + (a->needsReassignment ? QStringLiteral("<br>")
                                   + theme::span(theme::Tone::Warn,
                                                 tr("Offboarded: reassign this asset."), true)
                                                : QString()));
    html += row.arg(tr("Location"), a->location.toHtmlEscaped());
    html += row.arg(tr("Data"),
                    flags.isEmpty() ? tr("no Amazon data, no PII")
                                    : flags.join(QStringLiteral(", ")));
    html += row.arg(tr("Last review"),
                    a->lastReview.isValid() ? a->lastReview.toString(Qt::ISODate) : tr("never"));
    html += row.arg(tr("Next due"),
                    QStringLiteral("<b>%1</b> — %2")
                        .arg(a->nextReviewDue.toString(Qt::ISODate),
                             theme::span(AssetModel::stateTone(a->state),
                                         AssetModel::stateLabel(a->state), true)));
    html += QStringLiteral("</table>");
    if (!a->description.isEmpty())
        html += QStringLiteral("<p>%1</p>").arg(a->description.toHtmlEscaped());
    m_detail->setText(html);
    loadHistory(a->id);
}

void AssetsPage::loadHistory(qint64 assetId)
{
    if (m_historyJob) {
        m_historyJob->disconnect(this);
        m_historyJob->abort();
    }
    m_history->clear();
    const client::Call<client::Page<client::AssetReview>> call
        = client::AssetsApi(m_client).reviews(assetId);
    m_historyJob = call.job();
    call.then(this, [this](const client::Reply<client::Page<client::AssetReview>> &reply) {
        m_historyJob = nullptr;
        m_history->clear();
        if (!reply.ok()) {
            new QTreeWidgetItem(m_history, {QString(), reply.error.message});
            return;
        }
        if (reply.value.items.isEmpty())
            new QTreeWidgetItem(m_history, {QString(), tr("Not reviewed yet")});
        for (const client::AssetReview &r : reply.value.items) {
            QString review
                = tr("%1 — %2").arg(AssetModel::outcomeLabel(r.outcome),
                                    r.reviewerName.isEmpty() ? r.reviewer : r.reviewerName);
            if (!r.note.isEmpty())
                review += u'\n' + r.note;
            auto *item = new QTreeWidgetItem(m_history, {r.date.toString(Qt::ISODate), review});
            item->setTextAlignment(0, Qt::AlignLeft | Qt::AlignTop);
            if (r.outcome != QLatin1StringView("confirmed"))
                item->setForeground(1, theme::color(theme::Tone::Warn));
        }
        fitWrappedRows(m_history);
    });
}

void AssetsPage::recordReview()
{
    const client::Asset *a = selectedAsset();
    if (!a)
        return;
    auto *dialog = new AssetReviewDialog(m_client, *a, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &AssetReviewDialog::recorded, this, [this](const client::Asset &asset) {
        messageBar()->showMessage(MessageBar::Kind::Success,
                                  tr("Review of %1 recorded; next review due on %2.")
                                      .arg(asset.name, asset.nextReviewDue.toString(Qt::ISODate)));
        m_shownId = asset.id;
        refresh();
    });
    dialog->open();
}

QStringList AssetsPage::knownOwners() const
{
    QStringList owners = m_users;
    for (const client::Asset &a : m_model->items())
        owners << a.owner;
    owners.removeAll(QString());
    owners.sort(Qt::CaseInsensitive);
    owners.removeDuplicates();
    return owners;
}

void AssetsPage::openAssetDialog(const std::optional<client::Asset> &asset, bool ownerFirst)
{
    auto *dialog = new AssetDialog(m_client, asset, knownOwners(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    if (ownerFirst) {
        dialog->setWindowTitle(tr("Reassign asset"));
        dialog->ownerField()->setFocus();
        dialog->ownerField()->lineEdit()->selectAll();
    }
    connect(dialog, &AssetDialog::saved, this, [this, asset](const client::Asset &saved) {
        messageBar()->showMessage(
            MessageBar::Kind::Success,
            !asset ? tr("%1 added; its first review is due on %2.")
                         .arg(saved.name, saved.nextReviewDue.toString(Qt::ISODate))
                : asset->owner != saved.owner
                ? tr("%1 reassigned to %2.").arg(saved.name, saved.owner)
                : tr("%1 changed.").arg(saved.name));
        m_shownId = saved.id; // refresh() selects it again once the list holds it
        refresh();
    });
    dialog->open();
}

void AssetsPage::addAsset()
{
    openAssetDialog(std::nullopt, false);
}

void AssetsPage::editSelected()
{
    if (const client::Asset *a = selectedAsset())
        openAssetDialog(*a, false);
}

void AssetsPage::reassignSelected()
{
    if (const client::Asset *a = selectedAsset())
        openAssetDialog(*a, true);
}

void AssetsPage::retireSelected()
{
    const client::Asset *selected = selectedAsset();
    if (!selected)
        return;
    const client::Asset a = *selected;
    QMessageBox ask(QMessageBox::Question, tr("Retire asset"),
                    tr("Retire %1? It is no longer reviewed nor reminded of, and leaves the "
                       "default view (the Retired filter still lists it).")
                        .arg(a.name),
                    QMessageBox::Cancel, this);
    ask.setObjectName(QStringLiteral("retireAssetConfirm"));
    QPushButton *retire = ask.addButton(tr("&Retire"), QMessageBox::AcceptRole);
    retire->setObjectName(QStringLiteral("confirmRetireAsset"));
    ask.setDefaultButton(QMessageBox::Cancel);
    ask.exec();
    if (ask.clickedButton() != retire)
        return;
    client::AssetsApi(m_client).retire(a.id).then(
        this, [this](const client::Reply<client::Asset> &reply) {
            if (!reply.ok()) {
                messageBar()->showMessage(MessageBar::Kind::Error, reply.error.message);
                return;
            }
            messageBar()->showMessage(MessageBar::Kind::Success,
                                      tr("%1 retired.").arg(reply.value.name));
            refresh();
        });
}

void AssetsPage::importCsv()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Import assets"), QString(),
                                                      tr("CSV files (*.csv);;All files (*)"));
    if (path.isEmpty())
        return;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        messageBar()->showMessage(MessageBar::Kind::Error,
                                  tr("Cannot read %1: %2").arg(path, file.errorString()));
        return;
    }
    importBytes(file.readAll(), QFileInfo(path).fileName());
}

void AssetsPage::importBytes(const QByteArray &csv, const QString &fileName)
{
    m_import->setEnabled(false);
    client::AssetsApi(m_client).importCsv(csv).then(
        this, [this, fileName](const client::Reply<client::AssetImport> &reply) {
            updateActions();
            if (!reply.ok()) {
                messageBar()->showMessage(MessageBar::Kind::Error,
                                          tr("%1: %2").arg(fileName, reply.error.message));
                return;
            }
            messageBar()->showMessage(
                MessageBar::Kind::Success,
                tr("Imported %n asset(s) from %1.", nullptr, reply.value.imported).arg(fileName));
            refresh();
        });
}

void AssetsPage::exportCsv()
{
    client::AssetsApi(m_client).exportCsv().then(
        this, [this](const client::Reply<client::AssetExport> &reply) {
            if (!reply.ok()) {
                messageBar()->showMessage(MessageBar::Kind::Error,
                                          tr("Could not export: %1").arg(reply.error.message));
                return;
            }
            const QString path = QFileDialog::getSaveFileName(
                this, tr("Export assets"), QStringLiteral("assets.csv"), tr("CSV files (*.csv)"));
            if (path.isEmpty())
                return;
            QFile file(path);
            const QByteArray &csv = reply.value.csv;
            if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate)
                || file.write(csv) != csv.size()) {
                messageBar()->showMessage(MessageBar::Kind::Error,
                                          tr("Cannot write %1: %2").arg(path, file.errorString()));
                return;
            }
            messageBar()->showMessage(
                MessageBar::Kind::Success,
                tr("Exported %n asset(s) to %1.", nullptr, reply.value.count).arg(path));
        });
}

} // namespace cc::ui
