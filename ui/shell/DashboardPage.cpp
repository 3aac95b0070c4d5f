#include "shell/DashboardPage.h"

#include "AccessApi.h"
#include "ApiClient.h"
#include "AssetsApi.h"
#include "ChangeFeed.h"
#include "ControlsApi.h"
#include "IncidentsApi.h"
#include "controls/ControlsSummary.h"
#include "incidents/IncidentModel.h"
#include "widgets/Accessible.h"
#include "widgets/Format.h"
#include "widgets/PageHeader.h"
#include "widgets/Theme.h"
#include "widgets/Tile.h"

#include <cmath>

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QFrame>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>
#include <QValueAxis>

namespace cc::ui {

namespace {

constexpr int kMaxRows = 500; // one page of each list is plenty for tiles

QChartView *makeChartView(const QString &title, QWidget *parent)
{
    auto *chart = new QChart;
    chart->setTitle(title);
    chart->legend()->hide();
    chart->setAnimationOptions(QChart::NoAnimation);
    chart->setBackgroundRoundness(4);
    auto *view = new QChartView(chart, parent);
    view->setRenderHint(QPainter::Antialiasing);
    view->setMinimumHeight(180);
    return view;
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
           tr("What needs attention now: incidents and their clocks, access waiting for a "
              "decision, reviews overdue."),
           theme::icon(theme::Icon::Info), parent)
{
    setObjectName(QStringLiteral("dashboardPage"));
    header()->refreshButton()->setObjectName(QStringLiteral("dashboardRefreshButton"));
    QVBoxLayout *layout = body();
    layout->setSpacing(12);

    if (client->session().can(client::permission::ControlsRead)) {
        m_controls = new ControlsSummary(this);
        connect(m_controls, &ControlsSummary::navigationRequested, this,
                &Page::navigationRequested);
        layout->addWidget(m_controls);
    }

    auto *tiles = new QGridLayout;
    tiles->setSpacing(12);
    const struct
    {
        QString name;
        QString title;
        const char *link;
    } tileList[] = {
        {QStringLiteral("open_incidents"), tr("Open incidents"), "incidents?open"},
        {QStringLiteral("amazon_pending"), tr("Breaches Amazon must be told of"),
         "incidents?amazon"},
        {QStringLiteral("acknowledgements"), tr("Acknowledgements awaited"), "incidents?amazon"},
        {QStringLiteral("pending_access"), tr("Access requests pending"), "access"},
        {QStringLiteral("overdue_reviews"), tr("Asset reviews overdue"), "assets?overdue"},
        {QStringLiteral("mean_contain"), tr("Mean time to contain (90 days)"), "incidents?all"},
    };
    int column = 0;
    for (const auto &t : tileList) {
        auto *tile = new Tile(t.name + QStringLiteral("Value"), t.title, this);
        tile->setObjectName(t.name + QStringLiteral("Tile"));
        tile->setLink(QString::fromLatin1(t.link));
        connect(tile, &Tile::clicked, this, [this](const QString &link) {
            emit navigationRequested(Destination::parse(link));
        });
        m_tiles.insert(t.name, tile);
        tiles->addWidget(tile, 0, column++);
    }
    layout->addLayout(tiles);

    auto *charts = new QGridLayout;
    charts->setSpacing(12);
    m_severityChart = makeChartView(tr("Open incidents by severity"), this);
    m_severityChart->setObjectName(QStringLiteral("severityChart"));
    describe(m_severityChart, tr("Open incidents by severity"),
             tr("A bar chart of the open incidents per severity"));
    m_containChart = makeChartView(tr("Mean hours to contain by severity (90 days)"), this);
    m_containChart->setObjectName(QStringLiteral("containChart"));
    describe(m_containChart, tr("Mean hours to contain"),
             tr("A bar chart of the mean hours from detection to containment per severity, over 90 "
                "days"));
    charts->addWidget(m_severityChart, 0, 0);
    charts->addWidget(m_containChart, 0, 1);
    layout->addLayout(charts, 3);

    layout->addWidget(makeSectionTitle(tr("Amazon notification clocks"), this));
    m_clocks = new QTreeWidget(this);
    m_clocks->setObjectName(QStringLiteral("amazonClocks"));
    describe(m_clocks, tr("Amazon notification clocks"),
             tr("Open incidents involving Amazon data and when Amazon must be told"));
    m_clocks->setHeaderLabels({tr("Incident"), tr("Severity"), tr("Status"), tr("Notify Amazon by"),
                               tr("Clock"), tr("Executives")});
    m_clocks->setRootIsDecorated(false);
    m_clocks->setAlternatingRowColors(true);
    m_clocks->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_clocks->header()->setStretchLastSection(false);
    layout->addWidget(m_clocks, 2);
    connect(m_clocks, &QTreeWidget::itemActivated, this, [this](QTreeWidgetItem *item) {
        if (const qint64 id = item->data(0, Qt::UserRole).toLongLong())
            emit navigationRequested({QStringLiteral("incidents"), {}, id});
    });
}

QStringList DashboardPage::changeKinds() const
{
    return {QLatin1StringView(client::change::Incidents),
            QLatin1StringView(client::change::AccessRequests),
            QLatin1StringView(client::change::Assets)};
}

QString DashboardPage::tileValue(const QString &name) const
{
    Tile *tile = m_tiles.value(name);
    return tile ? tile->value() : QString();
}

void DashboardPage::setTile(const QString &name, const QString &value, bool alarm)
{
    if (Tile *tile = m_tiles.value(name))
        tile->setValue(value, alarm ? std::optional(theme::Tone::Bad) : std::nullopt);
}

double DashboardPage::meanHoursToContain(const QList<client::Incident> &incidents,
                                         const QDateTime &now)
{
    const QDateTime since = now.addDays(-90);
    double total = 0;
    int count = 0;
    for (const client::Incident &i : incidents) {
        if (!i.containedAt.isValid() || i.containedAt < since || !i.detectedAt.isValid())
            continue;
        total += double(i.detectedAt.secsTo(i.containedAt)) / 3600.0;
        ++count;
    }
    return count > 0 ? total / count : -1;
}

void DashboardPage::refresh()
{
    setLoading();
    m_pending = m_controls ? 4 : 3;
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
    const client::PageRequest onePage {QString(), kMaxRows};
    client::IncidentsApi(m_client)
        .list({}, onePage)
        .then(this, [this](const client::Reply<client::Page<client::Incident>> &reply) {
            showIncidents(reply.ok() ? reply.value.items : QList<client::Incident>());
            finishOne();
        });
    const auto count = [this](const QString &tile, bool alarm) {
        return [this, tile, alarm](const auto &reply) {
            if (!reply.ok()) {
                setTile(tile, tr("—"), false);
            } else {
                const qsizetype n = reply.value.items.size();
                setTile(tile,
                        QString::number(n)
                            + (reply.value.hasMore() ? QStringLiteral("+") : QString()),
                        alarm && n > 0);
            }
            finishOne();
        };
    };
    client::AccessApi(m_client)
        .requests(QStringLiteral("pending"), onePage)
        .then(this, count(QStringLiteral("pending_access"), false));
    client::AssetsApi(m_client)
        .list(QStringLiteral("overdue"), onePage)
        .then(this, count(QStringLiteral("overdue_reviews"), true));
}

void DashboardPage::finishOne()
{
    if (--m_pending == 0)
        setLoaded();
}

void DashboardPage::showIncidents(const QList<client::Incident> &incidents)
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    int open = 0;
    int amazonPending = 0;
    int awaited = 0;
    QList<int> bySeverity(4, 0);
    QList<double> containTotal(4, 0);
    QList<int> containCount(4, 0);
    m_clocks->clear();
    for (const client::Incident &i : incidents) {
        const int s = qBound(1, i.severity, 4) - 1;
        if (i.isOpen()) {
            ++open;
            ++bySeverity[s];
        }
        awaited += i.executivesNotified - i.executivesAcknowledged;
        if (i.containedAt.isValid() && i.containedAt >= now.addDays(-90)) {
            containTotal[s] += double(i.detectedAt.secsTo(i.containedAt)) / 3600.0;
            ++containCount[s];
        }
        if (!i.involvesAmazonData || !i.isOpen())
            continue;
        if (!i.amazonNotifiedAt.isValid())
            ++amazonPending;
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
        new QTreeWidgetItem(m_clocks, {tr("No open incident involves Amazon data.")});
    for (int c = 1; c < m_clocks->columnCount(); ++c)
        m_clocks->resizeColumnToContents(c);
    setTile(QStringLiteral("open_incidents"), QString::number(open), false);
    setTile(QStringLiteral("amazon_pending"), QString::number(amazonPending), amazonPending > 0);
    setTile(QStringLiteral("acknowledgements"), QString::number(awaited), awaited > 0);
    const double mean = meanHoursToContain(incidents, now);
    setTile(QStringLiteral("mean_contain"), mean < 0 ? tr("—") : tr("%1 h").arg(mean, 0, 'f', 1),
            false);

    QStringList categories;
    for (int s = 1; s <= 4; ++s)
        categories << client::Incident::severityLabel(s);
    const auto fill
        = [&categories](QChartView *view, const QList<double> &values, const QString &label) {
              QChart *chart = view->chart();
              chart->removeAllSeries();
              // removeAxis() hands the axis back to us; removeAllSeries() deletes the series.
              for (QAbstractAxis *axis : chart->axes()) {
                  chart->removeAxis(axis);
                  delete axis;
              }
              auto *set = new QBarSet(label);
              double top = 1;
              for (double v : values) {
                  *set << v;
                  top = qMax(top, v);
              }
              set->setColor(theme::colors().chartBar);
              set->setLabelColor(theme::colors().chartBarText);
              auto *series = new QBarSeries;
              series->append(set);
              series->setLabelsVisible(true);
              series->setLabelsFormat(QStringLiteral("@value"));
              series->setLabelsPrecision(3);
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
          };
    QList<double> openValues;
    QList<double> containValues;
    for (int s = 0; s < 4; ++s) {
        openValues << bySeverity.at(s);
        containValues << (containCount.at(s) > 0 ? containTotal.at(s) / containCount.at(s) : 0);
    }
    fill(m_severityChart, openValues, tr("Open incidents"));
    fill(m_containChart, containValues, tr("Hours to contain"));
}

} // namespace cc::ui
