#include "Routes.h"
#include "domain/Roles.h"
#include "evidence/EvidencePack.h"
#include "service/Controls.h"

namespace cc::server {

namespace {

// The pack of ?from=YYYY-MM-DD&to=YYYY-MM-DD, drawn and signed on the server's thread (the
// store and its key are used throughout), audited as evidence.export with its SHA-256 before
// it is sent.
Result<ApiResponse> evidencePack(Store &store, const ControlRuntimeSource &runtime, ApiRequest &r)
{
    Result<evidence::Period> period
        = evidence::parsePeriod(r.query.queryItemValue(QStringLiteral("from")),
                                r.query.queryItemValue(QStringLiteral("to")));
    if (!period)
        return period.error();
    Result<evidence::Pack> pack = evidence::build(store, r.caller, *period, runtime());
    if (!pack)
        return pack.error();
    if (Result<void> recorded = evidence::recordExport(store, r.caller, *period, *pack); !recorded)
        return recorded.error();
    ApiResponse response;
    response.body = pack->zip;
    response.contentType = "application/zip";
    response.attachmentName = "evidence-" + period->from.toString(Qt::ISODate).toLatin1() + "-to-"
        + period->to.toString(Qt::ISODate).toLatin1() + ".zip";
    return response;
}

} // namespace

// The evidence pack (docs/api.md, "Evidence pack"): the controls with their records and the
// signed audit export of the period, so for holders of both controls:read and audit:read.
void addEvidenceRoutes(RouteTable &routes, Store &store, ControlRuntimeSource runtime)
{
    routes.add("GET", QStringLiteral("/evidence"), QStringLiteral("evidence.export"),
               QStringList {Permission::ControlsRead, Permission::AuditRead}, kNoBody,
               [&store, runtime](ApiRequest &r) { return evidencePack(store, runtime, r); });
}

} // namespace cc::server
