#include "shell/DashboardPage.h"

#include "AccessReviewTypes.h"
#include "AlertTypes.h"
#include "ApiClient.h"
#include "AssetTypes.h"
#include "ChangeFeed.h"
#include "ControlTypes.h"
#include "ControlsApi.h"
#include "IncidentsApi.h"
#include "RetentionApi.h"
#include "controls/ControlsSummary.h"
#include "incidents/IncidentContactPanel.h"
#include "incidents/IncidentModel.h"
#include "shell/PageRegistry.h"
#include "shell/TrendChart.h"
#include "widgets/Accessible.h"
#include "widgets/FileDownload.h"
#include "widgets/Format.h"
#include "widgets/MessageBar.h"
#include "widgets/PageHeader.h"
#include "widgets/Theme.h"
#include "widgets/Tile.h"

#include <cmath>

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QDateTime>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QScrollArea>
#include <QTreeWidget>
#include <QVBoxLayout>
#include <QValueAxis>

namespace cc::ui {

namespace {

constexpr int kMaxRows = 500; // one page of incidents is plenty for the clocks
constexpr int kTrendMonths = 12;
constexpr int kTileColumns = 6;

// Whether this person has the page at all (PageRegistry: the permission it needs).
bool hasPage(const client::SessionInfo &session, const QString &id)
{
    for (const PageType &type : pageTypes()) {
        if (type.id == id)
            return !type.permission || session.can(type.permission);
    }
    return false;
}

// The chart's own colours from the theme: its background, title, axis labels and grid.
void styleChart(QChart *chart)
{
    const theme::Colors &c = theme::colors();
    chart->setBackgroundBrush(c.card);
    chart->setBackgroundPen(QPen(c.border));
    chart->setTitleBrush(c.text);
    for (QAbstractAxis *axis : chart->axes()) {
        axis->setLabelsColor(c.text);
        axis->setLinePenColor(c.border);
        axis->setGridLineColor(c.border);
    }
}

} // namespace

DashboardPage::DashboardPage(client::ApiClient *client, QWidget *parent)
    : Page(client, tr("Dashboard"),
           tr("What needs attention now, and how the last twelve months went. Each figure says "
              "whose items it counts."),
           theme::icon(theme::Icon::Info), parent)
    , m_download(new FileDownload(messageBar(), this))
{
    setObjectName(QStringLiteral("dashboardPage"));
    header()->refreshButton()->setObjectName(QStringLiteral("dashboardRefreshButton"));

    // The page scrolls rather than squeezes its charts on a small screen.
    auto *scroll = new QScrollArea(this);
    scroll->setObjectName(QStringLiteral("dashboardScroll"));
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    auto *content = new QWidget(scroll);
    content->setObjectName(QStringLiteral("dashboardContent"));
    auto *layout = new QVBoxLayout(content);
    layout->setContentsMargins(0, 0, 4, 0);
    layout->setSpacing(10);
    scroll->setWidget(content);
    body()->addWidget(scroll);

    if (client->session().can(client::permission::ControlsRead)) {
        m_controls = new ControlsSummary(content);
        connect(m_controls, &ControlsSummary::navigationRequested, this,
                &Page::navigationRequested);
        layout->addWidget(m_controls);
    }
    auto *tiles = new QGridLayout;
    tiles->setSpacing(10);
    const QList<Tile *> made = addTiles(content);
    for (int i = 0; i < made.size(); ++i)
        tiles->addWidget(made.at(i), i / kTileColumns, i % kTileColumns);
    layout->addLayout(tiles);
    if (client->session().can(client::permission::DashboardRead)) {
        m_incidentContacts = new IncidentContactPanel(content);
        connect(m_incidentContacts, &IncidentContactPanel::incidentRequested, this,
                [this](qint64 id) {
                    emit navigationRequested({QStringLiteral("incidents"), {}, id});
                });
        layout->addWidget(m_incidentContacts);
        layout->addWidget(makeTrends(content));
    }

    auto *bottom = new QHBoxLayout;
    bottom->setSpacing(10);
    m_severityChart = new QChartView(new QChart, content);
    m_severityChart->chart()->setTitle(tr("Open incidents by severity"));
    m_severityChart->chart()->legend()->hide();
    m_severityChart->chart()->setAnimationOptions(QChart::NoAnimation);
    m_severityChart->setRenderHint(QPainter::Antialiasing);
    m_severityChart->setMinimumHeight(200);
    m_severityChart->setObjectName(QStringLiteral("severityChart"));
    describe(m_severityChart, tr("Open incidents by severity"),
             tr("A bar chart of the open incidents per severity"));
    bottom->addWidget(m_severityChart, 1);

    auto *clockBox = new QVBoxLayout;
    clockBox->setSpacing(4);
    clockBox->addWidget(makeSectionTitle(tr("Amazon notification clocks"), content));
    m_clocks = new QTreeWidget(content);
    m_clocks->setObjectName(QStringLiteral("amazonClocks"));
    describe(m_clocks, tr("Amazon notification clocks"),
             tr("Open incidents involving Amazon data and when Amazon must be told"));
    m_clocks->setHeaderLabels({tr("Incident"), tr("Severity"), tr("Status"), tr("Notify Amazon by"),
                               tr("Clock"), tr("Executives")});
    m_clocks->setRootIsDecorated(false);
    m_clocks->setAlternatingRowColors(true);
    m_clocks->setMinimumHeight(160);
    m_clocks->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_clocks->header()->setStretchLastSection(false);
    clockBox->addWidget(m_clocks, 1);
    bottom->addLayout(clockBox, 2);
    layout->addLayout(bottom, 1);
    connect(m_clocks, &QTreeWidget::itemActivated, this, [this](QTreeWidgetItem *item) {
        if (const qint64 id = item->data(0, Qt::UserRole).toLongLong())
            emit navigationRequested({QStringLiteral("incidents"), {}, id});
    });
    connect(m_download, &FileDownload::finished, this, &DashboardPage::boardReportSaved);
}

// One tile per count of GET /dashboard, in its order, with the page it opens and the
// permission that lets someone see, there, every item a company-wide count counts.
QList<Tile *> DashboardPage::addTiles(QWidget *content)
{
    const struct
    {
        const char *key;
        QString title;
        const char *link;
        const char *mineLink; // null: the same
        const char *seesAll; // null: the page shows them to whoever has it
    } tileList[] = {
        {"access_requests_pending", tr("Access requests pending"), "access?pending", nullptr,
         client::permission::AccessApprove},
        {"access_review_items_open", tr("Access review items undecided"), "reviews?all",
         "reviews?mine", client::permission::AccessReviewsManage},
        {"asset_reviews_overdue", tr("Asset reviews overdue"), "assets?overdue", nullptr,
         client::permission::AssetsRead},
        {"asset_reviews_due", tr("Asset reviews due soon"), "assets?due", nullptr,
         client::permission::AssetsRead},
        {"incidents_open", tr("Open incidents"), "incidents?open", nullptr,
         client::permission::IncidentsManage},
        {"breaches_amazon_not_notified", tr("Breaches Amazon must be told of"), "incidents?amazon",
         nullptr, client::permission::IncidentsManage},
        {"breach_acknowledgements_pending", tr("Breach acknowledgements awaited"),
         "incidents?amazon", nullptr, client::permission::IncidentsManage},
        {"alerts_open", tr("Open monitoring alerts"), "monitoring?open", nullptr, nullptr},
        {"deletion_requests_open", tr("Amazon deletion requests open"), "retention", nullptr,
         nullptr},
        {"controls_failing", tr("Controls failing"), "controls", nullptr, nullptr},
        {"pii_orders_held", tr("Orders holding PII"), "retention", nullptr, nullptr},
    };
    const client::SessionInfo &session = m_client->session();
    const bool companyWide = session.can(client::permission::DashboardRead);
    QList<Tile *> made;
    for (const auto &t : tileList) {
        const QString key = QString::fromLatin1(t.key);
        auto *tile = new Tile(key + QStringLiteral("Value"), t.title, content);
        tile->setObjectName(key + QStringLiteral("Tile"));
        const Destination to = Destination::parse(
            QString::fromLatin1(companyWide || !t.mineLink ? t.link : t.mineLink));
        if (!hasPage(session, to.page))
            m_withoutPage.insert(key);
        if (!hasPage(session, to.page))
            tile->setNoLink(tr("Not a link: the page behind this figure is not one you can "
                               "open."));
        else if (companyWide && t.seesAll && !session.can(t.seesAll))
            tile->setNoLink(tr("Not a link: you see the company-wide count, but the items "
                               "behind it need the %1 permission, which you do not hold.")
                                .arg(QLatin1StringView(t.seesAll)));
        else
            tile->setLink(to.toString());
        connect(tile, &Tile::clicked, this, [this](const QString &link) {
            emit navigationRequested(Destination::parse(link));
        });
        m_tiles.insert(key, tile);
        made << tile;
    }
    return made;
}

QWidget *DashboardPage::makeTrends(QWidget *content)
{
    auto *box = new QWidget(content);
    box->setObjectName(QStringLiteral("dashboardTrends"));
    auto *layout = new QVBoxLayout(box);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(4);
    auto *titleRow = new QHBoxLayout;
    titleRow->addWidget(
        makeSectionTitle(tr("The last %n months, company-wide", nullptr, kTrendMonths), box));
    titleRow->addStretch();
    m_boardReport = new QPushButton(tr("Export &board report…"), box);
    m_boardReport->setObjectName(QStringLiteral("exportBoardReportButton"));
    describe(m_boardReport, tr("Export board report"),
             tr("Save these counts and trends as a PDF for the board"));
    connect(m_boardReport, &QPushButton::clicked, this, &DashboardPage::chooseBoardReport);
    connect(m_download, &FileDownload::started, this, [this] { m_boardReport->setEnabled(false); });
    connect(m_download, &FileDownload::finished, this, [this] { m_boardReport->setEnabled(true); });
    titleRow->addWidget(m_boardReport);
    layout->addLayout(titleRow);
    auto *charts = new QHBoxLayout;
    charts->setSpacing(10);
    const std::pair<QString, QString> specs[] = {
        {tr("Incidents opened"), QString()},   {tr("Time to contain"), tr("h")},
        {tr("Access requests"), QString()},    {tr("Reviews on time"), tr("%")},
        {tr("Orders holding PII"), QString()},
    };
    const char *names[]
        = {"incidentsTrend", "containTrend", "accessTrend", "reviewTrend", "piiTrend"};
    for (int i = 0; i < 5; ++i) {
        auto *chart = new TrendChart(specs[i].first, specs[i].second, box);
        chart->setObjectName(QLatin1StringView(names[i]));
        charts->addWidget(chart, 1);
        m_trends << chart;
    }
    layout->addLayout(charts);
    return box;
}

QStringList DashboardPage::changeKinds() const
{
    return {QLatin1StringView(client::change::Incidents),
            QLatin1StringView(client::change::AccessRequests),
            QLatin1StringView(client::change::Assets),
            QLatin1StringView(client::change::Alerts),
            QLatin1StringView(client::change::AccessReviews),
            QLatin1StringView(client::change::Retention)};
}

QString DashboardPage::tileValue(const QString &key) const
{
    Tile *tile = m_tiles.value(key);
    return tile ? tile->value() : QString();
}

void DashboardPage::refresh()
{
    setLoading();
    const bool trends = !m_trends.isEmpty();
    m_pending = 2 + (m_controls ? 1 : 0) + (trends ? 1 : 0) + (m_incidentContacts ? 1 : 0);
    if (m_controls) {
        client::ControlsApi(m_client).list().then(
            this, [this](const client::Reply<client::ControlList> &reply) {
                if (reply.ok())
                    m_controls->setControls(reply.value.items);
                else
                    m_controls->setError(reply.error.message);
                finishOne();
            });
    }
    client::DashboardApi(m_client).counts().then(
        this, [this](const client::Reply<client::DashboardCounts> &reply) {
            if (reply.ok())
                showCounts(reply.value);
            else
                messageBar()->showMessage(
                    MessageBar::Kind::Error,
                    tr("Could not read the dashboard: %1").arg(reply.error.message));
            finishOne();
        });
    if (trends) {
        client::DashboardApi(m_client)
            .trends(kTrendMonths)
            .then(this, [this](const client::Reply<client::DashboardTrends> &reply) {
                if (reply.ok())
                    showTrends(reply.value);
                finishOne();
            });
    }
    if (m_incidentContacts) {
        client::DashboardApi(m_client).incidentContacts().then(
            this, [this](const client::Reply<client::IncidentContacts> &reply) {
                if (reply.ok())
                    m_incidentContacts->setContacts(reply.value);
                else
                    m_incidentContacts->setError(reply.error.message);
                finishOne();
            });
    }
    client::IncidentsApi(m_client)
        .list({true, true}, {QString(), kMaxRows})
        .then(this, [this](const client::Reply<client::Page<client::Incident>> &reply) {
            showClocks(reply.ok() ? reply.value.items : QList<client::Incident>());
            finishOne();
        });
}

void DashboardPage::finishOne()
{
    if (--m_pending == 0)
        setLoaded();
}

void DashboardPage::showCounts(const client::DashboardCounts &counts)
{
    // What needs someone now turns red when there is any; the rest stay plain.
    static const QStringList alarming
        = {QStringLiteral("asset_reviews_overdue"), QStringLiteral("breaches_amazon_not_notified"),
           QStringLiteral("breach_acknowledgements_pending"), QStringLiteral("alerts_open"),
           QStringLiteral("controls_failing")};
    for (auto it = m_tiles.constBegin(); it != m_tiles.constEnd(); ++it) {
        Tile *tile = it.value();
        const client::DashboardCount c = counts.counts.value(it.key());
        // A count the server keeps from this person (PII held, for those without
        // dashboard:read) is no tile of theirs, nor is a count of their own items of a kind
        // they have no page for (alerts without the Monitoring page): it is always 0.
        const bool shown = c.count >= 0 && (c.companyWide || !m_withoutPage.contains(it.key()));
        tile->setVisible(shown);
        if (!shown)
            continue;
        tile->setValue(QString::number(c.count),
                       alarming.contains(it.key()) && c.count > 0 ? std::optional(theme::Tone::Bad)
                                                                  : std::nullopt);
        tile->setScope(c.companyWide ? tr("Company-wide") : tr("Yours"));
    }
    showSeverities(counts.counts.value(QStringLiteral("incidents_open")).bySeverity);
}

void DashboardPage::showTrends(const client::DashboardTrends &trends)
{
    QStringList months;
    QList<double> opened, median, mean, requests, approved, denied, completion, pii;
    for (const client::DashboardMonth &m : trends.months) {
        // "2026-11" → "Nov 26": short enough under a small chart.
        months << QLocale().toString(
            QDate::fromString(m.month + QStringLiteral("-01"), Qt::ISODate),
            QStringLiteral("MMM yy"));
        opened << double(m.incidentsOpened);
        median << m.medianHoursToContain;
        mean << m.meanHoursToContain;
        requests << double(m.accessRequests);
        approved << double(m.accessApproved);
        denied << double(m.accessDenied);
        completion << m.reviewCompletion;
        pii << double(m.piiOrdersHeld);
    }
    using S = TrendChart::Series;
    m_trends.at(0)->setData(months, {S {tr("opened"), opened, theme::Tone::Info}});
    m_trends.at(1)->setData(
        months,
        {S {tr("median"), median, theme::Tone::Info}, S {tr("mean"), mean, theme::Tone::Warn}});
    m_trends.at(2)->setData(months,
                            {S {tr("made"), requests, theme::Tone::Info},
                             S {tr("approved"), approved, theme::Tone::Good},
                             S {tr("denied"), denied, theme::Tone::Bad}});
    m_trends.at(3)->setData(months, {S {tr("decided in time"), completion, theme::Tone::Good}});
    m_trends.at(4)->setData(months, {S {tr("at month end"), pii, theme::Tone::Warn}});
}

void DashboardPage::showClocks(const QList<client::Incident> &incidents)
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    m_clocks->clear();
    for (const client::Incident &i : incidents) {
        if (!i.involvesAmazonData || !i.isOpen())
            continue;
        auto *item = new QTreeWidgetItem(
            m_clocks,
            {QStringLiteral("#%1 %2").arg(i.id).arg(i.title),
             client::Incident::severityLabel(i.severity), client::Incident::statusLabel(i.status),
             format::dateTime(i.amazonClock.dueAt),
             i.amazonNotifiedAt.isValid() ? tr("Amazon notified")
                                          : IncidentModel::clockText(i.amazonClock, now),
             tr("%1 of %2 acknowledged").arg(i.executivesAcknowledged).arg(i.executivesNotified)});
        item->setForeground(4,
                            theme::color(i.amazonNotifiedAt.isValid() ? theme::Tone::Good
                                             : i.amazonClock.overdue  ? theme::Tone::Bad
                                                                      : theme::Tone::Warn));
        item->setForeground(1, theme::color(IncidentModel::severityTone(i.severity)));
        item->setData(0, Qt::UserRole, i.id);
    }
    if (m_clocks->topLevelItemCount() == 0)
        new QTreeWidgetItem(m_clocks, {tr("No open incident you can see involves Amazon data.")});
    for (int c = 1; c < m_clocks->columnCount(); ++c)
        m_clocks->resizeColumnToContents(c);
}

void DashboardPage::showSeverities(const QList<qint64> &bySeverity)
{
    QChart *chart = m_severityChart->chart();
    chart->removeAllSeries();
    // removeAxis() hands the axis back to us; removeAllSeries() deletes the series.
    for (QAbstractAxis *axis : chart->axes()) {
        chart->removeAxis(axis);
        delete axis;
    }
    auto *set = new QBarSet(tr("Open incidents"));
    QStringList categories;
    double top = 1;
    for (int s = 1; s <= 4; ++s) {
        const double n = s <= bySeverity.size() ? double(bySeverity.at(s - 1)) : 0;
        *set << n;
        top = qMax(top, n);
        categories << client::Incident::severityLabel(s);
    }
    set->setColor(theme::colors().chartBar);
    set->setLabelColor(theme::colors().chartBarText);
    auto *series = new QBarSeries;
    series->append(set);
    series->setLabelsVisible(true);
    series->setLabelsFormat(QStringLiteral("@value"));
    chart->addSeries(series);
    auto *x = new QBarCategoryAxis;
    x->append(categories);
    chart->addAxis(x, Qt::AlignBottom);
    series->attachAxis(x);
    auto *y = new QValueAxis;
    // Whole-number ticks: at most five of them.
    const double interval = std::max(1.0, std::ceil(top / 5));
    y->setRange(0, interval * std::ceil(top * 1.15 / interval));
    y->setTickType(QValueAxis::TicksDynamic);
    y->setTickAnchor(0);
    y->setTickInterval(interval);
    y->setLabelFormat(QStringLiteral("%.0f"));
    chart->addAxis(y, Qt::AlignLeft);
    series->attachAxis(y);
    styleChart(chart);
}

void DashboardPage::chooseBoardReport()
{
    const QString path = FileDownload::askPath(
        this, tr("Save board report"),
        QStringLiteral("board-report-%1.pdf")
            .arg(QDateTime::currentDateTimeUtc().date().toString(Qt::ISODate)),
        tr("PDF (*.pdf);;All files (*)"));
    if (!path.isEmpty())
        exportBoardReport(path);
}

void DashboardPage::exportBoardReport(const QString &path)
{
    m_download->start(path, tr("The board report"), [this](QIODevice *sink) {
        return client::DashboardApi(m_client).boardReport(kTrendMonths, sink).job();
    });
}

} // namespace cc::ui
