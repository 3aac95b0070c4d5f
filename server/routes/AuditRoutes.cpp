#include "Routes.h"
#include "audit/AuditLog.h"
#include "domain/Roles.h"
#include "json/Json.h"
#include "store/Store.h"

namespace cc::server {

// The audit trail, readable by holders of audit:read; every read is itself audited.
void addAuditRoutes(RouteTable &routes, Store &store)
{
    routes.add(
        "GET", QStringLiteral("/audit"), QStringLiteral("audit.read"), Access::Permission,
        Permission::AuditRead, [&store](ApiRequest &r) -> Result<ApiResponse> {
            Result<ApiRequest::Paging> paging = r.paging();
            if (!paging)
                return paging.error();
            Result<QList<AuditEvent>> events = audit::list(store, paging->after, paging->limit + 1);
            if (!events)
                return events.error();
            Page<AuditEvent> page;
            page.items = events.value();
            if (page.items.size() > paging->limit) {
                page.items.removeLast();
                page.nextAfter = page.items.last().seq;
            }
            AuditEvent read;
            read.actorId = r.caller.userId;
            read.actor = r.caller.username;
            read.action = QStringLiteral("audit.read");
            read.objectType = QStringLiteral("audit");
            read.detail
                = QStringLiteral("after=%1 count=%2").arg(paging->after).arg(page.items.size());
            if (Result<AuditEvent> logged = audit::record(store, read); !logged)
                return logged.error();
            return ok(json::page(page));
        });
}

} // namespace cc::server
