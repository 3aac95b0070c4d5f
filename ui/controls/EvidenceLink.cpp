#include "controls/EvidenceLink.h"

#include <QUrlQuery>

namespace cc::ui {

namespace {

// The page's quick filter for one value of one query field, or `otherwise`.
QString quickFilter(const QUrlQuery &query, const QString &field,
                    const QList<std::pair<QString, QString>> &values, const QString &otherwise)
{
    const QString value = query.queryItemValue(field);
    for (const auto &[given, filter] : values) {
        if (value == given)
            return filter;
    }
    return otherwise;
}

} // namespace

Destination evidenceDestination(const client::ControlEvidence &evidence)
{
    const QString &type = evidence.objectType;
    const QUrlQuery query(evidence.filter);
    const auto to = [](const char *page, const QString &filter = {}) {
        return Destination {QString::fromLatin1(page), filter, 0};
    };
    if (type == QLatin1StringView("user"))
        return to("users");
    if (type == QLatin1StringView("grant"))
        return to("access",
                  quickFilter(query, QStringLiteral("status"),
                              {{QStringLiteral("active"), QStringLiteral("active")}},
                              QStringLiteral("all")));
    if (type == QLatin1StringView("access_request"))
        return to("access", QStringLiteral("pending"));
    // These pages read the list's own query string.
    if (type == QLatin1StringView("alert"))
        return to("monitoring",
                  evidence.filter.isEmpty() ? QStringLiteral("all") : evidence.filter);
    if (type == QLatin1StringView("audit_event"))
        return to("audit", evidence.filter);
    if (type == QLatin1StringView("device"))
        return to("devices", evidence.filter);
    if (type == QLatin1StringView("vulnerability"))
        return to("vulnerabilities", evidence.filter);
    // The page's tab, then the list's own query string.
    if (type == QLatin1StringView("subcontractor"))
        return to("thirdparties", QStringLiteral("subcontractors?") + evidence.filter);
    if (type == QLatin1StringView("api_credential"))
        return to("thirdparties", QStringLiteral("credentials?") + evidence.filter);
    if (type == QLatin1StringView("asset")) {
        if (query.hasQueryItem(QStringLiteral("kind")))
            return to("assets", QStringLiteral("removable"));
        return to("assets",
                  quickFilter(query, QStringLiteral("state"),
                              {{QStringLiteral("overdue"), QStringLiteral("overdue")},
                               {QStringLiteral("due"), QStringLiteral("due")}},
                              QStringLiteral("all")));
    }
    if (type == QLatin1StringView("incident"))
        return to("incidents",
                  quickFilter(query, QStringLiteral("involves_amazon_data"),
                              {{QStringLiteral("true"), QStringLiteral("amazon")}},
                              QStringLiteral("all")));
    if (type == QLatin1StringView("deletion_request") || type == QLatin1StringView("retention")
        || type == QLatin1StringView("legal_hold") || type == QLatin1StringView("order_aggregate"))
        return to("retention");
    if (type == QLatin1StringView("access_review"))
        return to("reviews", QStringLiteral("all"));
    if (type == QLatin1StringView("control_attestation"))
        return to("controls", query.queryItemValue(QStringLiteral("control")));
    return {};
}

} // namespace cc::ui
