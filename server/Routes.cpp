#include "Routes.h"

namespace cc::server {

void RouteTable::add(const char *method, const QString &pattern, const QString &action,
                     Access access, const QString &permission, Handler handler)
{
    m_routes.push_back(
        {QByteArray(method),
         QRegularExpression(QStringLiteral("^/api/v1") + pattern + QStringLiteral("$")), action,
         access, permission, std::move(handler)});
}

RouteTable::Match RouteTable::match(const QByteArray &method, const QString &path) const
{
    Match result;
    for (const Route &route : m_routes) {
        const QRegularExpressionMatch m = route.path.match(path);
        if (!m.hasMatch())
            continue;
        result.pathKnown = true;
        if (route.method == method) {
            result.route = &route;
            result.captures = m.capturedTexts().mid(1);
            return result;
        }
    }
    return result;
}

} // namespace cc::server
