#pragma once

// The dashboard: for those who answer for compliance, the controls' summary on top; then a tile
// for each count of GET /dashboard (requests waiting, reviews overdue, open incidents, breaches
// Amazon has not been told of, alerts, failing controls, PII held…), each saying whose items it
// counts — "Company-wide" for holders of dashboard:read (executives, compliance officers),
// "Yours" for everyone else — and opening the filtered page behind it when the viewer can see
// those items there. With dashboard:read, who the incident contacts (IMPOC and deputy) are with
// their acknowledgement times, 12-month trends and the board report (PDF). Under them, open
// incidents by severity and the Amazon-notification clocks counting down.

#include "DashboardApi.h"
#include "IncidentTypes.h"
#include "widgets/Page.h"

#include <QSet>

class QLabel;
class QPushButton;
class QTreeWidget;

QT_BEGIN_NAMESPACE
class QChartView;
QT_END_NAMESPACE

namespace cc::ui {

class ControlsSummary;
class FileDownload;
class IncidentContactPanel;
class Tile;
class TrendChart;

class DashboardPage : public Page
{
    Q_OBJECT

public:
    explicit DashboardPage(client::ApiClient *client, QWidget *parent = nullptr);

    // The tile of a count of GET /dashboard ("access_requests_pending"), for tests and
    // screenshots; null when there is none.
    Tile *tile(const QString &key) const { return m_tiles.value(key); }
    QString tileValue(const QString &key) const;
    QTreeWidget *clocks() const { return m_clocks; }
    // Null for those without controls:read.
    ControlsSummary *controlsSummary() const { return m_controls; }
    // Empty for those without dashboard:read.
    const QList<TrendChart *> &trendCharts() const { return m_trends; }
    QPushButton *boardReportButton() const { return m_boardReport; }
    // Null for those without dashboard:read.
    IncidentContactPanel *incidentContacts() const { return m_incidentContacts; }

    QStringList changeKinds() const override;

public slots:
    void refresh() override;
    // Saves the board report of the last 12 months to path (the button asks where first).
    void exportBoardReport(const QString &path);

signals:
    void boardReportSaved(bool ok, const QString &message, const QString &sha256);

private:
    QList<Tile *> addTiles(QWidget *content); // in the order of the grid
    QWidget *makeTrends(QWidget *content);
    void showCounts(const client::DashboardCounts &counts);
    void showTrends(const client::DashboardTrends &trends);
    void showClocks(const QList<client::Incident> &incidents);
    void showSeverities(const QList<qint64> &bySeverity);
    void chooseBoardReport();
    void finishOne();

    QHash<QString, Tile *> m_tiles;
    QSet<QString> m_withoutPage; // tiles whose page this person does not have
    QList<TrendChart *> m_trends;
    QChartView *m_severityChart = nullptr;
    QTreeWidget *m_clocks = nullptr;
    ControlsSummary *m_controls = nullptr;
    IncidentContactPanel *m_incidentContacts = nullptr;
    QPushButton *m_boardReport = nullptr;
    FileDownload *m_download = nullptr;
    int m_pending = 0;
};

} // namespace cc::ui
