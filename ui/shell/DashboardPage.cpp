#include "shell/DashboardPage.h"

#include "ApiClient.h"
#include "incidents/IncidentModel.h"
#include "widgets/Format.h"
#include "widgets/PageHeader.h"
#include "widgets/Palette.h"

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
#include <QJsonArray>
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
    view->setMinimumHeight(260);
    return view;
}

} // namespace

DashboardPage::DashboardPage(client::ApiClient *client, QWidget *parent)
    : QWidget(parent)
    , m_client(client)
{
    setObjectName(QStringLiteral("dashboardPage"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(18, 14, 18, 12);
    layout->setSpacing(12);
    auto *header = new PageHeader(tr("Dashboard"),
                                  tr("What needs attention now: incidents and their clocks, "
                                     "access waiting for a decision, reviews overdue."),
                                  this);
    header->filter()->hide();
    header->refreshButton()->setObjectName(QStringLiteral("dashboardRefreshButton"));
    connect(header->refreshButton(), &QPushButton::clicked, this, &DashboardPage::refresh);
    layout->addWidget(header);

    auto *tiles = new QHBoxLayout;
    tiles->setSpacing(12);
    for (const auto &[name, title] :
         {std::pair {QStringLiteral("open_incidents"), tr("Open incidents")},
          std::pair {QStringLiteral("amazon_pending"), tr("Breaches Amazon must be told of")},
          std::pair {QStringLiteral("acknowledgements"), tr("Acknowledgements awaited")},
          std::pair {QStringLiteral("pending_access"), tr("Access requests pending")},
          std::pair {QStringLiteral("overdue_reviews"), tr("Asset reviews overdue")},
          std::pair {QStringLiteral("mean_contain"), tr("Mean time to contain (90 days)")}})
        tiles->addWidget(addTile(name, title, this)->parentWidget());
    layout->addLayout(tiles);

    auto *charts = new QGridLayout;
    charts->setSpacing(12);
    m_severityChart = makeChartView(tr("Open incidents by severity"), this);
    m_severityChart->setObjectName(QStringLiteral("severityChart"));
    m_containChart = makeChartView(tr("Mean hours to contain by severity (90 days)"), this);
    m_containChart->setObjectName(QStringLiteral("containChart"));
    charts->addWidget(m_severityChart, 0, 0);
    charts->addWidget(m_containChart, 0, 1);
    layout->addLayout(charts, 3);

    layout->addWidget(makeSectionTitle(tr("Amazon notification clocks"), this));
    m_clocks = new QTreeWidget(this);
    m_clocks->setObjectName(QStringLiteral("amazonClocks"));
    m_clocks->setHeaderLabels({tr("Incident"), tr("Severity"), tr("Status"), tr("Notify Amazon by"),
                               tr("Clock"), tr("Executives")});
    m_clocks->setRootIsDecorated(false);
    m_clocks->setAlternatingRowColors(true);
    m_clocks->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_clocks->header()->setStretchLastSection(false);
    layout->addWidget(m_clocks, 2);
}

QLabel *DashboardPage::addTile(const QString &name, const QString &title, QWidget *parent)
{
    auto *frame = new QFrame(parent);
    frame->setObjectName(name + QStringLiteral("Tile"));
    frame->setStyleSheet(QStringLiteral("QFrame#%1Tile { background: white; border: 1px solid "
                                        "#d5dbe2; border-radius: 6px; }")
                             .arg(name));
    auto *box = new QVBoxLayout(frame);
    box->setContentsMargins(14, 10, 14, 10);
    auto *value = new QLabel(QStringLiteral("…"), frame);
    value->setObjectName(name + QStringLiteral("Value"));
    value->setStyleSheet(QStringLiteral("QLabel { font-size: 24pt; font-weight: 600; }"));
    auto *label = new QLabel(title, frame);
    label->setWordWrap(true);
    label->setStyleSheet(QStringLiteral("QLabel { color: #52606d; }"));
    box->addWidget(value);
    box->addWidget(label);
    m_tiles.insert(name, value);
    return value;
}

QString DashboardPage::tileValue(const QString &name) const
{
    QLabel *label = m_tiles.value(name);
    return label ? label->text() : QString();
}

void DashboardPage::setTile(const QString &name, const QString &value, bool alarm)
{
    QLabel *label = m_tiles.value(name);
    if (!label)
        return;
    label->setText(value);
    label->setStyleSheet(
        QStringLiteral("QLabel { font-size: 24pt; font-weight: 600; color: %1; }")
            .arg(alarm ? palette::color(palette::Tone::Bad).name() : QStringLiteral("#1f2933")));
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
    m_started = true;
    m_pending = 3;
    QUrlQuery all {{QStringLiteral("limit"), QString::number(kMaxRows)}};
    client::ApiJob *incidents = m_client->get(QStringLiteral("/incidents"), all);
    connect(incidents, &client::ApiJob::finished, this, [this](client::ApiJob *done) {
        QList<client::Incident> list;
        if (done->ok()) {
            for (const QJsonValue &v : done->json().value(QLatin1String("items")).toArray())
                list.append(client::Incident::fromJson(v.toObject()));
        }
        showIncidents(list);
        finishOne();
    });
    const auto count = [this](const QString &path, const QUrlQuery &query, const QString &tile) {
        client::ApiJob *job = m_client->get(path, query);
        connect(job, &client::ApiJob::finished, this, [this, tile](client::ApiJob *done) {
            if (!done->ok()) {
                setTile(tile, tr("—"), false);
            } else {
                const qsizetype n = done->json().value(QLatin1String("items")).toArray().size();
                const bool more = !done->json().value(QLatin1String("next_after")).isNull();
                setTile(tile, QString::number(n) + (more ? QStringLiteral("+") : QString()),
                        tile == QLatin1String("overdue_reviews") && n > 0);
            }
            finishOne();
        });
    };
    count(QStringLiteral("/access-requests"),
          {{QStringLiteral("status"), QStringLiteral("pending")},
           {QStringLiteral("limit"), QString::number(kMaxRows)}},
          QStringLiteral("pending_access"));
    count(QStringLiteral("/assets"),
          {{QStringLiteral("state"), QStringLiteral("overdue")},
           {QStringLiteral("limit"), QString::number(kMaxRows)}},
          QStringLiteral("overdue_reviews"));
}

void DashboardPage::finishOne()
{
    if (--m_pending == 0)
        emit loaded();
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
             IncidentModel::severityLabel(i.severity), IncidentModel::statusLabel(i.status),
             format::dateTime(i.amazonClock.dueAt),
             i.amazonNotifiedAt.isValid() ? tr("Amazon notified")
                                          : IncidentModel::clockText(i.amazonClock, now),
             tr("%1 of %2 acknowledged").arg(i.executivesAcknowledged).arg(i.executivesNotified)});
        item->setForeground(4,
                            palette::color(i.amazonNotifiedAt.isValid() ? palette::Tone::Good
                                               : i.amazonClock.overdue  ? palette::Tone::Bad
                                                                        : palette::Tone::Warn));
        item->setForeground(1, IncidentModel::severityColor(i.severity));
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
        categories << IncidentModel::severityLabel(s);
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
              set->setColor(QColor(0x1d, 0x5f, 0xa8));
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
