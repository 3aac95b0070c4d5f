#pragma once

// GET /dashboard and /dashboard/trends (docs/api.md, "Dashboard"): counts only, never an item.
// Holders of dashboard:read (executives, compliance officers) get company-wide counts; anyone
// else gets the counts of their own items, and every count says which it is. Trends are
// company-wide, per UTC calendar month, computed from the store's own records.

#include "Result.h"
#include "domain/Types.h"
#include "service/IncidentContacts.h"

#include <optional>

#include <QList>
#include <QString>

namespace cc {

class Store;

namespace dashboard {
inline const QString Company = QStringLiteral("company");
inline const QString Mine = QStringLiteral("mine");
inline constexpr int kDefaultMonths = 12;
inline constexpr int kMaxMonths = 24;
} // namespace dashboard

struct DashboardCount
{
    QString key; // access_requests_pending, asset_reviews_overdue, ...
    std::optional<qint64> count; // unset: not counted for this caller
    QString scope; // dashboard::Company or dashboard::Mine
    QList<qint64> bySeverity; // incidents_open only: severity 1 to 4
};

struct DashboardCounts
{
    QString scope; // the caller's: company with dashboard:read, else mine
    qint64 generatedAt = 0;
    QList<DashboardCount> counts; // in the order docs/api.md lists them
    std::optional<qint64> value(const QString &key) const;
};

struct TrendMonth
{
    QString month; // "2026-11"
    qint64 incidentsOpened = 0; // detected in the month
    qint64 incidentsContained = 0; // contained in the month
    std::optional<double> medianHoursToContain; // of those contained in the month
    std::optional<double> meanHoursToContain;
    qint64 accessRequests = 0; // made in the month
    qint64 accessApproved = 0; // decided in the month
    qint64 accessDenied = 0;
    qint64 reviewItems = 0; // of access reviews due in the month
    qint64 reviewItemsDecided = 0; // of those, decided by the review's due time
    std::optional<double> reviewCompletion; // percent; unset without items
    qint64 piiOrdersHeld = 0; // at the month's end (now for this month)
};

struct DashboardTrends
{
    qint64 generatedAt = 0;
    QList<TrendMonth> months; // oldest first, this month last
};

class Dashboard
{
public:
    explicit Dashboard(Store &store)
        : m_store(store)
    { }

    // The caller's counts; audited dashboard.read (scope and every count in the detail).
    Result<DashboardCounts> counts(const Caller &caller);
    // The last `months` months (this one included), company-wide: the route needs
    // dashboard:read. Audited dashboard.trends.
    Result<DashboardTrends> trends(const Caller &caller, int months);
    // ?months= of the trends and the board report: 1 to kMaxMonths, kDefaultMonths when empty;
    // otherwise an InvalidInput error naming "months".
    static Result<int> parseMonths(const QString &text);
    // Who the Incident Management Point of Contact and the deputy are, and their notices of
    // the look-back period with the acknowledgement times (the route needs dashboard:read).
    // Audited dashboard.incident_contacts.
    Result<IncidentContactsView> incidentContacts(const Caller &caller);

    // The same, unaudited: for the board report, which is audited as a whole.
    Result<DashboardCounts> countsFor(const Caller &caller) const;
    Result<DashboardTrends> trendsFor(int months) const;

private:
    Result<qint64> count(const QString &sql, const QVariantList &args = {}) const;
    Result<void> assetReviews(const Caller &caller, bool company, DashboardCounts &out) const;
    Result<void> incidents(const Caller &caller, bool company, DashboardCounts &out) const;
    Result<void> failingControls(const Caller &caller, bool company, DashboardCounts &out) const;
    Result<void> incidentTrends(qint64 since, QList<TrendMonth> &months) const;
    Result<void> accessTrends(qint64 since, QList<TrendMonth> &months) const;
    Result<void> reviewTrends(qint64 since, QList<TrendMonth> &months) const;
    Result<void> piiTrends(QList<TrendMonth> &months) const;

    Store &m_store;
};

} // namespace cc
