#include "Routes.h"
#include "domain/Roles.h"
#include "evidence/BoardReport.h"
#include "json/Json.h"
#include "service/Dashboard.h"
#include "store/Store.h"

#include <cmath>

#include <QJsonArray>
#include <QJsonObject>

namespace cc::server {

namespace {

using J = json::Object;

json::Value optionalNumber(const std::optional<double> &value)
{
    return value ? json::Value(std::round(*value * 10) / 10) : json::Value();
}

Result<ApiResponse> dashboardCounts(Store &store, ApiRequest &r)
{
    return respond<DashboardCounts>(
        Dashboard(store).counts(r.caller), [](const DashboardCounts &d) {
            // By key: the keys are data here, and json::Object wants literals.
            QJsonObject counts;
            for (const DashboardCount &c : d.counts) {
                QJsonObject count {{QStringLiteral("count"),
                                    c.count ? QJsonValue(*c.count) : QJsonValue(QJsonValue::Null)},
                                   {QStringLiteral("scope"), c.scope}};
                if (!c.bySeverity.isEmpty()) {
                    QJsonArray bySeverity;
                    for (qint64 n : c.bySeverity)
                        bySeverity.append(n);
                    count.insert(QStringLiteral("by_severity"), bySeverity);
                }
                counts.insert(c.key, count);
            }
            return J {{"scope", d.scope},
                      {"generated_at", json::time(d.generatedAt)},
                      {"counts", counts}};
        });
}

Result<ApiResponse> dashboardTrends(Store &store, ApiRequest &r)
{
    Result<int> months = Dashboard::parseMonths(r.query.queryItemValue(QStringLiteral("months")));
    if (!months)
        return months.error();
    return respond<DashboardTrends>(
        Dashboard(store).trends(r.caller, *months), [](const DashboardTrends &t) {
            json::Values months;
            for (const TrendMonth &m : t.months)
                months.emplace_back(
                    J {{"month", m.month},
                       {"incidents_opened", m.incidentsOpened},
                       {"incidents_contained", m.incidentsContained},
                       {"median_hours_to_contain", optionalNumber(m.medianHoursToContain)},
                       {"mean_hours_to_contain", optionalNumber(m.meanHoursToContain)},
                       {"access_requests", m.accessRequests},
                       {"access_approved", m.accessApproved},
                       {"access_denied", m.accessDenied},
                       {"review_items", m.reviewItems},
                       {"review_items_decided", m.reviewItemsDecided},
                       {"review_completion", optionalNumber(m.reviewCompletion)},
                       {"pii_orders_held", m.piiOrdersHeld}});
            return J {{"scope", dashboard::Company},
                      {"generated_at", json::time(t.generatedAt)},
                      {"months", std::move(months)}};
        });
}

json::Value holderJson(const IncidentContactHolder *h)
{
    if (!h)
        return json::Value();
    return J {{"username", h->username},
              {"display_name", h->displayName},
              {"email", h->email},
              {"status", h->status},
              {"two_factor", h->twoFactor},
              {"active", h->available()},
              {"designated_at", json::time(h->designatedAt)}};
}

Result<ApiResponse> incidentContacts(Store &store, ApiRequest &r)
{
    return respond<IncidentContactsView>(
        Dashboard(store).incidentContacts(r.caller), [](const IncidentContactsView &v) {
            json::Values notices;
            for (const IncidentContactNotice &n : v.notices) {
                const json::Value hours = n.acknowledgedAt
                    ? optionalNumber(double(n.waitedMs(v.generatedAt)) / (3600.0 * 1000.0))
                    : json::Value();
                notices.emplace_back(
                    J {{"incident_id", n.incidentId},
                       {"incident_title", n.incidentTitle},
                       {"designation", n.designation},
                       {"username", n.username},
                       {"notified_at", json::time(n.notifiedAt)},
                       {"acknowledged_at",
                        n.acknowledgedAt ? json::time(*n.acknowledgedAt) : json::Value()},
                       {"hours_to_acknowledge", hours},
                       {"late", n.late}});
            }
            return J {{"scope", dashboard::Company},
                      {"generated_at", json::time(v.generatedAt)},
                      {"acknowledge_hours", v.acknowledgeHours},
                      {"lookback_days", v.lookbackDays},
                      {"incident_contact", holderJson(v.holder(Designation::IncidentContact))},
                      {"incident_contact_deputy",
                       holderJson(v.holder(Designation::IncidentContactDeputy))},
                      {"notices", std::move(notices)}};
        });
}

Result<ApiResponse> boardReport(Store &store, ApiRequest &r)
{
    Result<int> months = Dashboard::parseMonths(r.query.queryItemValue(QStringLiteral("months")));
    if (!months)
        return months.error();
    Result<evidence::DrawnBoardReport> report = evidence::boardReport(store, r.caller, *months);
    if (!report)
        return report.error();
    if (Result<void> recorded = evidence::recordBoardReport(store, r.caller, *months, *report);
        !recorded)
        return recorded.error();
    ApiResponse response;
    response.body = report->pdf;
    response.contentType = "application/pdf";
    response.attachmentName = "board-report-"
        + store.clock().now().toUTC().date().toString(Qt::ISODate).toLatin1() + ".pdf";
    return response;
}

} // namespace

// The dashboard (docs/api.md, "Dashboard"): everyone's own counts, company-wide ones, the
// trends and who the incident contacts are for holders of dashboard:read, and the board report
// drawn from them.
void addDashboardRoutes(RouteTable &routes, Store &store)
{
    const auto with = [&store](StoreHandler handler) {
        return withStore(store, handler);
    };
    routes.add("GET", QStringLiteral("/dashboard"), QStringLiteral("dashboard.read"),
               Access::SignedIn, {}, kNoBody, with(dashboardCounts));
    routes.add("GET", QStringLiteral("/dashboard/trends"), QStringLiteral("dashboard.trends"),
               Access::Permission, Permission::DashboardRead, kNoBody, with(dashboardTrends));
    routes.add("GET", QStringLiteral("/dashboard/incident-contacts"),
               QStringLiteral("dashboard.incident_contacts"), Access::Permission,
               Permission::DashboardRead, kNoBody, with(incidentContacts));
    routes.add("GET", QStringLiteral("/dashboard/report"), QStringLiteral("dashboard.report"),
               Access::Permission, Permission::DashboardRead, kNoBody, with(boardReport));
}

} // namespace cc::server
