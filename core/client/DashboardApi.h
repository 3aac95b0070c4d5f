#pragma once

// The dashboard's counts and trends, and the board report (docs/api.md, "Dashboard").

#include "ApiCall.h"

#include <optional>

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

// Who holds an incident_contact designation (GET /dashboard/incident-contacts).
struct IncidentContactPerson
{
    QString username;
    QString displayName;
    QString email;
    QString status; // the account's
    bool twoFactor = false;
    bool active = false; // active and enrolled in 2FA: can be reached and sign in
    static IncidentContactPerson fromJson(const QJsonObject &json);
};

// One breach notice to the IMPOC or the deputy, with its acknowledgement time.
struct IncidentContactNotice
{
    qint64 incidentId = 0;
    QString incidentTitle;
    QString designation; // incident_contact or incident_contact_deputy
    QString username;
    QDateTime notifiedAt;
    QDateTime acknowledgedAt; // invalid: not yet
    double hoursToAcknowledge = -1; // -1: not acknowledged
    bool late = false; // later than the policy's hours, or still waiting past them
};

struct IncidentContacts
{
    int acknowledgeHours = 0;
    int lookbackDays = 0;
    std::optional<IncidentContactPerson> contact; // the IMPOC; unset: nobody designated
    std::optional<IncidentContactPerson> deputy;
    QList<IncidentContactNotice> notices; // newest first
    static IncidentContacts fromJson(const QJsonObject &json);
};

class DashboardApi
{
public:
    explicit DashboardApi(ApiClient *client)
        : m_client(client)
    { }

    Call<DashboardCounts> counts() const;
    Call<DashboardTrends> trends(int months) const; // needs dashboard:read
    Call<IncidentContacts> incidentContacts() const; // needs dashboard:read
    // GET /dashboard/report?months=: the board report (application/pdf), written to sink as it
    // arrives.
    Call<Done> boardReport(int months, QIODevice *sink) const;

private:
    ApiClient *m_client;
};

} // namespace cc::client
