#pragma once

// The executives' dashboard: for those who answer for compliance, the controls' summary on top;
// tiles for what needs attention across the areas (open incidents,
// breaches Amazon has not been told of, pending access requests, overdue asset reviews), open
// incidents by severity, the Amazon-notification clocks counting down, and the mean time to
// contain over the last 90 days. Read-only: it links to the pages where the work is done.

#include "IncidentTypes.h"
#include "widgets/Page.h"

class QLabel;
class QTreeWidget;

QT_BEGIN_NAMESPACE
class QBarSet;
class QChartView;
QT_END_NAMESPACE

namespace cc::client {
class ApiClient;
}

namespace cc::ui {

class ControlsSummary;
class Tile;

class DashboardPage : public Page
{
    Q_OBJECT

public:
    explicit DashboardPage(client::ApiClient *client, QWidget *parent = nullptr);

    // The figures on the tiles, for tests and screenshots.
    QString tileValue(const QString &name) const;
    QTreeWidget *clocks() const { return m_clocks; }
    // Null for those without controls:read.
    ControlsSummary *controlsSummary() const { return m_controls; }

    // Mean hours from detection to containment of the incidents contained in the 90 days up
    // to `now`; negative when none was.
    static double meanHoursToContain(const QList<client::Incident> &incidents,
                                     const QDateTime &now);

    QStringList changeKinds() const override;

public slots:
    void refresh() override;

private:
    void setTile(const QString &name, const QString &value, bool alarm);
    void showIncidents(const QList<client::Incident> &incidents);
    void finishOne();

    QHash<QString, Tile *> m_tiles;
    QChartView *m_severityChart = nullptr;
    QChartView *m_containChart = nullptr;
    QTreeWidget *m_clocks = nullptr;
    ControlsSummary *m_controls = nullptr;
    int m_pending = 0;
};

} // namespace cc::ui
