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

// The report of the last `months` months, company-wide, for caller (who holds dashboard:read:
// the route checks it), recorded as dashboard.report with its SHA-256 before it is handed over.
Result<QByteArray> exportBoardReport(Store &store, const Caller &caller, int months);

// What a count of GET /dashboard counts, in the report's words ("Access requests pending").
QString dashboardCountLabel(const QString &key);

} // namespace cc::evidence
