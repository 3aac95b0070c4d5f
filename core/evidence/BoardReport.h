#pragma once

// The board report (GET /dashboard/report): the dashboard's company-wide counts and its
// monthly trends as a PDF, with a small chart per trend. Drawn with QtGui alone (HtmlPdf).

#include "Result.h"
#include "service/Dashboard.h"

#include <QByteArray>

namespace cc::evidence {

struct BoardReportInput
{
    DashboardCounts counts;
    DashboardTrends trends;
    QString generatedBy;
};

Result<QByteArray> drawBoardReport(const BoardReportInput &input);

// The report of the last `months` months as caller sees the counts (company-wide with
// dashboard:read, which the route checks; compliancectl acts as the local operator, who holds
// every role), unaudited: record it with recordBoardReport() once it is on its way.
struct DrawnBoardReport
{
    QByteArray pdf;
    QString scope; // of the counts: company or mine
};
Result<DrawnBoardReport> boardReport(Store &store, const Caller &caller, int months);
// Records that caller took the report (dashboard.report, with its SHA-256).
Result<void> recordBoardReport(Store &store, const Caller &caller, int months,
                               const DrawnBoardReport &report);

// What a count of GET /dashboard counts, in the report's words ("Access requests pending").
QString dashboardCountLabel(const QString &key);

} // namespace cc::evidence
