#pragma once

// JSON codecs for API v1 (docs/api.md): snake_case names, UTC ISO 8601 times, null for unset.

#include "audit/AuditLog.h"
#include "domain/AssetRules.h"
#include "domain/Types.h"
#include "service/Notifications.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QJsonValue>

namespace cc::json {

QJsonValue time(OptionalTime ms);
QJsonObject toJson(const User &user);
QJsonObject toJson(const AccessRequest &request);
QJsonObject toJson(const Grant &grant, qint64 nowMs);
QJsonObject toJson(const AuditEvent &event);
QJsonArray toJson(const QSet<QString> &permissions); // sorted
// Assets carry their reminder state on `today` (docs/api.md, "Asset").
QJsonObject toJson(const Asset &asset, const QDate &today, const Policy &policy);
QJsonObject toJson(const AssetReview &review);
QJsonObject toJson(const Notification &notification);

template<typename T, typename... Extra> QJsonObject page(const Page<T> &page, Extra... extra)
{
    QJsonArray items;
    for (const T &item : page.items)
        items.append(toJson(item, extra...));
    return {{QStringLiteral("items"), items},
            {QStringLiteral("next_after"),
             page.nextAfter ? QJsonValue(*page.nextAfter) : QJsonValue()}};
}

} // namespace cc::json
