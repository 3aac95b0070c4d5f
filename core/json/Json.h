#pragma once

// JSON codecs for API v1 (docs/api.md): snake_case names, UTC ISO 8601 times, null for unset.

#include "JsonWriter.h"
#include "audit/AuditLog.h"
#include "domain/AssetRules.h"
#include "domain/Types.h"

#include <QJsonArray>
#include <QJsonObject>

namespace cc::json {

Value time(OptionalTime ms);
Object toJson(const User &user);
Object toJson(const AccessRequest &request);
Object toJson(const Grant &grant, qint64 nowMs);
QJsonObject toJson(const AuditEvent &event);
QJsonArray toJson(const QSet<QString> &permissions); // sorted
// Assets carry their reminder state on `today` (docs/api.md, "Asset").
Object toJson(const Asset &asset, const QDate &today, const Policy &policy);
Object toJson(const AssetReview &review);
Object toJson(const Notification &notification);

template<typename T, typename... Extra> Object page(const Page<T> &page, Extra... extra)
{
    Values items;
    items.reserve(page.items.size());
    for (const T &item : page.items)
        items.emplace_back(toJson(item, extra...));
    return {{"items", std::move(items)}, {"next_after", page.nextAfter}};
}

} // namespace cc::json
