#include "Routes.h"
#include "service/Changes.h"
#include "store/Store.h"

#include <QJsonArray>

namespace cc::server {

// The change feed (docs/api.md, "Change feed"): what kinds of objects the caller may see have
// changed since their cursor. Consoles ask every few seconds, so it is not audited: it reads
// no object, only whether one changed, and an event per poll would bury the log's real reads.
void addChangeRoutes(RouteTable &routes, Store &store)
{
    routes.add("GET", QStringLiteral("/changes"), QStringLiteral("changes"), Access::SignedIn, {},
               kNoBody, [&store](ApiRequest &r) -> Result<ApiResponse> {
                   Result<ChangeSet> changes = Changes(store).since(
                       r.caller, r.query.queryItemValue(QStringLiteral("after")));
                   if (!changes)
                       return changes.error();
                   json::Values kinds;
                   for (const QString &kind : std::as_const(changes->kinds))
                       kinds.emplace_back(kind);
                   return ok({{"cursor", changes->cursor}, {"kinds", std::move(kinds)}});
               });
}

} // namespace cc::server
