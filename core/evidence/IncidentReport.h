#pragma once

// The post-incident report (GET /incidents/{id}/report): one incident as a PDF for the file and
// for Amazon's questions: what happened and when (the timeline), the response plan with who did
// each task and when, the executives told and when each acknowledged, when Amazon was told and
// its reference, the time to contain, and how the incident was closed (with an override's
// reason when tasks were left open). Drawn with QtGui alone (HtmlPdf).

#include "Result.h"
#include "domain/IncidentRecords.h"

#include <QByteArray>

namespace cc {
class Store;
}

namespace cc::evidence {

struct IncidentReportInput
{
    IncidentDetail detail;
    qint64 generatedAt = 0;
    QString generatedBy;
    int amazonNotificationHours = 24; // the policy's clock, to say whether Amazon was told in time
};

Result<QByteArray> drawIncidentReport(const IncidentReportInput &input);

// The report of incident `id` for a caller who may see it (another's is not_found, as a missing
// one), recorded as incident.report with its SHA-256 before it is handed over.
Result<QByteArray> exportIncidentReport(Store &store, const Caller &caller, qint64 id);

} // namespace cc::evidence
