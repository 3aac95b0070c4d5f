#pragma once

// The dashboard's counts and trends, and the board report (docs/api.md, "Dashboard").

#include "ApiCall.h"

#include <QDateTime>
#include <QHash>

class QIODevice;

namespace cc::client {

class ApiClient;

namespace permission {
inline constexpr char DashboardRead[] = "dashboard:read"; // company-wide counts and trends
} // namespace permission

// One count of GET /dashboard and whose items it counts.
struct DashboardCount
{
    qint64 count = -1; // -1: not counted for this person
    bool companyWide = false; // "company"; else "mine": the person's own
    QList<qint64> bySeverity; // incidents_open: severity 1 to 4
};

struct DashboardCounts
{
    bool companyWide = false;
    QDateTime generatedAt;
    QHash<QString, DashboardCount> counts; // by key: access_requests_pending, ...
    static DashboardCounts fromJson(const QJsonObject &json);
};

struct DashboardMonth
{
    QString month; // "2026-11"
    qint64 incidentsOpened = 0;
    qint64 incidentsContained = 0;
    double medianHoursToContain = -1; // -1: none contained that month
    double meanHoursToContain = -1;
    qint64 accessRequests = 0;
    qint64 accessApproved = 0;
    qint64 accessDenied = 0;
    qint64 reviewItems = 0;
    qint64 reviewItemsDecided = 0;
    double reviewCompletion = -1; // percent; -1: no review was due
    qint64 piiOrdersHeld = 0;
};

struct DashboardTrends
{
    QList<DashboardMonth> months; // oldest first
    static DashboardTrends fromJson(const QJsonObject &json);
};

class DashboardApi
{
public:
    explicit DashboardApi(ApiClient *client)
        : m_client(client)
    { }

    Call<DashboardCounts> counts() const;
    Call<DashboardTrends> trends(int months) const; // needs dashboard:read
    // GET /dashboard/report?months=: the board report (application/pdf), written to sink as it
    // arrives.
    Call<Done> boardReport(int months, QIODevice *sink) const;

private:
    ApiClient *m_client;
};

} // namespace cc::client
