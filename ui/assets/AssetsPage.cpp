#include "assets/AssetsPage.h"

#include "ApiClient.h"
#include "assets/AssetModel.h"
#include "assets/AssetReviewCalendar.h"
#include "assets/AssetReviewDialog.h"
#include "widgets/DataTableView.h"
#include "widgets/MessageBar.h"
#include "widgets/PageHeader.h"
#include "widgets/Palette.h"
#include "widgets/TableFilterProxy.h"

#include <QButtonGroup>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
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
        switch (m_mode) {
        case AssetsPage::Filter::All:
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
    : QWidget(parent)
    , m_client(client)
    , m_model(new AssetModel(client, this))
    , m_proxy(new AssetFilterProxy(this))
{
    setObjectName(QStringLiteral("assetsPage"));
    m_proxy->setSourceModel(m_model);
    const client::SessionInfo &session = client->session();
    m_proxy->setMe(session.user.id, session.can(client::permission::AssetsManage));

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(18, 14, 18, 12);
    layout->setSpacing(10);
    auto *header = new PageHeader(tr("Assets"),
                                  tr("Every asset has an owner and is reviewed every six months; "
                                     "owners are reminded before a review falls due."),
                                  this);
    m_filterEdit = header->filter();
    m_filterEdit->setObjectName(QStringLiteral("assetsFilter"));
    m_refresh = header->refreshButton();
    m_refresh->setObjectName(QStringLiteral("assetsRefreshButton"));
    layout->addWidget(header);
    m_message = new MessageBar(this);
    m_message->setObjectName(QStringLiteral("assetsMessage"));
    layout->addWidget(m_message);

    // Quick filters and actions.
    auto *bar = new QHBoxLayout;
    bar->setSpacing(4);
    m_filters = new QButtonGroup(this);
    const QString chip = QStringLiteral(
        "QPushButton { border: 1px solid #c9d2dc; border-radius: 12px; padding: 4px 12px; "
        "background: white; color: #1f2933; }"
        "QPushButton:checked { background: #d6e4f5; border-color: #7aa3d6; color: #0f3d73; "
        "font-weight: 600; }");
    const std::pair<Filter, QString> filters[] = {
        {Filter::All, tr("All")},
        {Filter::Mine, tr("Mine")},
        {Filter::Due, tr("Due")},
        {Filter::Overdue, tr("Overdue")},
        {Filter::AmazonData, tr("Holds Amazon data")},
    };
    for (const auto &[filter, label] : filters) {
        auto *button = new QPushButton(label, this);
        button->setCheckable(true);
        button->setStyleSheet(chip);
        button->setObjectName(QStringLiteral("assetFilter%1").arg(int(filter)));
        m_filters->addButton(button, int(filter));
        bar->addWidget(button);
    }
    m_filters->button(int(Filter::All))->setChecked(true);
    bar->addSpacing(14);
    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("assetsSummary"));
    m_summary->setTextFormat(Qt::RichText);
    bar->addWidget(m_summary);
    bar->addStretch();
    m_review = new QPushButton(style()->standardIcon(QStyle::SP_DialogApplyButton),
                               tr("&Record review…"), this);
    m_review->setObjectName(QStringLiteral("recordReviewButton"));
    m_import = new QPushButton(tr("&Import CSV…"), this);
    m_import->setObjectName(QStringLiteral("importAssetsButton"));
    m_import->setIcon(palette::icon(palette::Icon::Add));
    m_export = new QPushButton(tr("E&xport CSV…"), this);
    m_export->setObjectName(QStringLiteral("exportAssetsButton"));
    bar->addWidget(m_review);
    bar->addSpacing(12);
    bar->addWidget(m_import);
    bar->addWidget(m_export);
    layout->addLayout(bar);

    auto *vertical = new QSplitter(Qt::Vertical, this);
    vertical->setChildrenCollapsible(false);
    auto *horizontal = new QSplitter(Qt::Horizontal, vertical);
    horizontal->setChildrenCollapsible(false);
    m_view = new DataTableView(horizontal);
    m_view->setObjectName(QStringLiteral("assetsTable"));
    m_view->setModel(m_proxy);
    m_view->sortByColumn(AssetModel::NextDue, Qt::AscendingOrder);
    // The location is in the detail pane; the table keeps room for the name and the dates.
    m_view->setColumnHidden(AssetModel::Location, true);

    // Detail pane.
    auto *detail = new QFrame(horizontal);
    detail->setObjectName(QStringLiteral("assetDetail"));
    detail->setStyleSheet(QStringLiteral(
        "QFrame#assetDetail { background: #f7f9fb; border: 1px solid #d5dbe2; border-radius: "
        "6px; }"));
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
    m_history->setRootIsDecorated(false);
    m_history->setAlternatingRowColors(true);
    m_history->setHeaderLabels({tr("Date"), tr("Outcome"), tr("Reviewer"), tr("Note")});
    m_history->header()->setStretchLastSection(true);
    m_history->setColumnWidth(0, 90);
    m_history->setColumnWidth(1, 120);
    m_history->setColumnWidth(2, 110);
    detailLayout->addWidget(m_history, 1);
    detail->setMinimumWidth(320);
    horizontal->addWidget(m_view);
    horizontal->addWidget(detail);
    horizontal->setStretchFactor(0, 4);
    horizontal->setStretchFactor(1, 1);

    auto *calendar = new QWidget(vertical);
    auto *calendarLayout = new QVBoxLayout(calendar);
    calendarLayout->setContentsMargins(0, 6, 0, 0);
    calendarLayout->addWidget(
        makeSectionTitle(tr("Review calendar — the next six months"), calendar));
    m_calendar = new AssetReviewCalendar(calendar);
    m_calendar->setMinimumHeight(170);
    calendarLayout->addWidget(m_calendar, 1);
    vertical->addWidget(horizontal);
    vertical->addWidget(calendar);
    vertical->setStretchFactor(0, 3);
    vertical->setStretchFactor(1, 2);
    layout->addWidget(vertical, 1);

    connect(m_filterEdit, &QLineEdit::textChanged, m_proxy, &TableFilterProxy::setText);
    connect(m_filters, &QButtonGroup::idClicked, this, [this](int id) { setFilter(Filter(id)); });
    connect(m_refresh, &QPushButton::clicked, this, &AssetsPage::refresh);
    connect(m_review, &QPushButton::clicked, this, &AssetsPage::recordReview);
    connect(m_import, &QPushButton::clicked, this, &AssetsPage::importCsv);
    connect(m_export, &QPushButton::clicked, this, &AssetsPage::exportCsv);
    connect(m_view, &QAbstractItemView::doubleClicked, this, [this] {
        if (m_review->isEnabled())
            recordReview();
    });
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this, [this] {
        updateActions();
        updateDetail();
    });
    connect(m_calendar, &AssetReviewCalendar::assetActivated, this,
            [this](qint64 id) { selectAsset(id); });
    connect(m_model, &PagedTableModel::modelReset, this, [this] {
        updateActions();
        updateDetail();
    });
    connect(m_model, &PagedTableModel::errorOccurred, this, [this](const QString &message) {
        m_message->showMessage(MessageBar::Kind::Error,
                               tr("Could not load the assets: %1").arg(message));
        m_view->setEmptyText(tr("Could not load the assets."));
    });
    connect(m_model, &AssetModel::completed, this, [this] {
        m_loaded = true;
        m_view->setEmptyText(tr("No assets yet. Managers add them with “Import CSV…”."));
        if (!m_columnsFitted && m_model->rowCount() > 0) {
            m_view->fitColumns(AssetModel::Name, 300);
            const std::pair<AssetModel::Column, int> widths[] = {
                {AssetModel::Kind, 104},     {AssetModel::Owner, 112},
                {AssetModel::Location, 150}, {AssetModel::AmazonData, 96},
                {AssetModel::Pii, 52},       {AssetModel::LastReview, 96},
                {AssetModel::NextDue, 96},   {AssetModel::State, 140},
            };
            for (const auto &[column, width] : widths)
                m_view->setColumnWidth(column, width);
            m_columnsFitted = true;
        }
        if (!selectedAsset() && m_pendingSelection == 0 && m_proxy->rowCount() > 0)
            m_view->selectRow(0);
        m_calendar->setAssets(m_model->items(), QDateTime::currentDateTimeUtc().date());
        updateSummary();
        if (m_pendingSelection > 0) {
            selectAsset(m_pendingSelection);
            m_pendingSelection = 0;
        }
        updateActions();
        updateDetail();
        emit loaded();
    });
    m_view->setEmptyText(tr("Loading…"));
    updateActions();
    updateDetail();
}

QSortFilterProxyModel *AssetsPage::proxy() const
{
    return m_proxy;
}

void AssetsPage::refresh()
{
    m_loaded = false;
    if (const client::Asset *a = selectedAsset())
        m_pendingSelection = a->id;
    m_model->reload();
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
    QModelIndex index = m_proxy->mapFromSource(m_model->index(sourceRow, 0));
    if (!index.isValid()) {
        m_filterEdit->clear();
        setFilter(Filter::All);
        index = m_proxy->mapFromSource(m_model->index(sourceRow, 0));
    }
    m_view->selectionModel()->select(
        index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    m_view->setCurrentIndex(index);
    m_view->scrollTo(index);
    return true;
}

const client::Asset *AssetsPage::selectedAsset() const
{
    const QModelIndexList rows = m_view->selectionModel()->selectedRows();
    if (rows.isEmpty())
        return nullptr;
    return m_model->itemAt(m_proxy->mapToSource(rows.first()).row());
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
    m_import->setEnabled(manager);
    m_import->setToolTip(manager ? tr("Add assets from a CSV file (all rows or none)")
                                 : tr("Needs the assets:manage permission (managers)."));
    m_export->setEnabled(m_loaded);
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
        return QStringLiteral("<span style='color:%1; font-weight:600'>%2</span>")
            .arg(AssetModel::stateColor(state).name(), text);
    };
    m_summary->setText(
        tr("%1 assets · %2 · %3 · %4")
            .arg(m_model->rowCount())
            .arg(part(QStringLiteral("overdue"), tr("%n overdue", nullptr, overdue)),
                 part(QStringLiteral("due_this_week"), tr("%n due this week", nullptr, week)),
                 part(QStringLiteral("due_soon"), tr("%n due soon", nullptr, soon))));
}

void AssetsPage::updateDetail()
{
    const client::Asset *a = selectedAsset();
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
    const QString row = QStringLiteral("<tr><td style='color:#52606d; padding-right:10px'>%1"
                                       "</td><td>%2</td></tr>");
    QString html = QStringLiteral("<table>");
    html += row.arg(tr("Kind"), AssetModel::kindLabel(a->kind));
    html += row.arg(tr("Owner"),
                    tr("%1 (%2)").arg(a->ownerName.toHtmlEscaped(), a->owner.toHtmlEscaped()));
    html += row.arg(tr("Location"), a->location.toHtmlEscaped());
    html += row.arg(tr("Data"),
                    flags.isEmpty() ? tr("no Amazon data, no PII")
                                    : flags.join(QStringLiteral(", ")));
    html += row.arg(tr("Last review"),
                    a->lastReview.isValid() ? a->lastReview.toString(Qt::ISODate) : tr("never"));
    html += row.arg(tr("Next due"),
                    QStringLiteral("<b>%1</b> — <span style='color:%2; font-weight:600'>%3</span>")
                        .arg(a->nextReviewDue.toString(Qt::ISODate),
                             AssetModel::stateColor(a->state).name(),
                             AssetModel::stateLabel(a->state)));
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
    m_historyJob = m_client->get(QStringLiteral("/assets/%1/reviews").arg(assetId));
    connect(m_historyJob, &client::ApiJob::finished, this, [this](client::ApiJob *job) {
        m_historyJob = nullptr;
        m_history->clear();
        if (!job->ok()) {
            new QTreeWidgetItem(m_history, {QString(), job->error().message});
            return;
        }
        const QJsonArray items = job->json().value(QLatin1StringView("items")).toArray();
        if (items.isEmpty())
            new QTreeWidgetItem(m_history, {QString(), tr("Not reviewed yet")});
        for (const QJsonValue &value : items) {
            const client::AssetReview r = client::AssetReview::fromJson(value.toObject());
            auto *item = new QTreeWidgetItem(
                m_history,
                {r.date.toString(Qt::ISODate), AssetModel::outcomeLabel(r.outcome),
                 r.reviewerName.isEmpty() ? r.reviewer : r.reviewerName, r.note});
            item->setToolTip(3, r.note);
            if (r.outcome != QLatin1StringView("confirmed"))
                item->setForeground(1, palette::color(palette::Tone::Warn));
        }
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
        m_message->showMessage(MessageBar::Kind::Success,
                               tr("Review of %1 recorded; next review due on %2.")
                                   .arg(asset.name, asset.nextReviewDue.toString(Qt::ISODate)));
        m_pendingSelection = asset.id;
        m_loaded = false;
        m_model->reload();
    });
    dialog->open();
}

void AssetsPage::importCsv()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Import assets"), QString(),
                                                      tr("CSV files (*.csv);;All files (*)"));
    if (path.isEmpty())
        return;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        m_message->showMessage(MessageBar::Kind::Error,
                               tr("Cannot read %1: %2").arg(path, file.errorString()));
        return;
    }
    importBytes(file.readAll(), QFileInfo(path).fileName());
}

void AssetsPage::importBytes(const QByteArray &csv, const QString &fileName)
{
    // The file's bytes go as they are: the server checks the encoding too.
    client::ApiJob *job
        = m_client->post(QStringLiteral("/assets/import"),
                         {{QStringLiteral("csv_base64"), QString::fromLatin1(csv.toBase64())}});
    m_import->setEnabled(false);
    connect(job, &client::ApiJob::finished, this, [this, fileName](client::ApiJob *done) {
        updateActions();
        if (!done->ok()) {
            m_message->showMessage(MessageBar::Kind::Error,
                                   tr("%1: %2").arg(fileName, done->error().message));
            return;
        }
        m_message->showMessage(MessageBar::Kind::Success,
                               tr("Imported %n asset(s) from %1.", nullptr,
                                  done->json().value(QLatin1StringView("imported")).toInt())
                                   .arg(fileName));
        refresh();
    });
}

void AssetsPage::exportCsv()
{
    client::ApiJob *job = m_client->get(QStringLiteral("/assets/export"));
    connect(job, &client::ApiJob::finished, this, [this](client::ApiJob *done) {
        if (!done->ok()) {
            m_message->showMessage(MessageBar::Kind::Error,
                                   tr("Could not export: %1").arg(done->error().message));
            return;
        }
        const QString path = QFileDialog::getSaveFileName(
            this, tr("Export assets"), QStringLiteral("assets.csv"), tr("CSV files (*.csv)"));
        if (path.isEmpty())
            return;
        QFile file(path);
        const QByteArray csv = done->json().value(QLatin1StringView("csv")).toString().toUtf8();
        if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate)
            || file.write(csv) != csv.size()) {
            m_message->showMessage(MessageBar::Kind::Error,
                                   tr("Cannot write %1: %2").arg(path, file.errorString()));
            return;
        }
        m_message->showMessage(MessageBar::Kind::Success,
                               tr("Exported %n asset(s) to %1.", nullptr,
                                  done->json().value(QLatin1StringView("count")).toInt())
                                   .arg(path));
    });
}

} // namespace cc::ui
