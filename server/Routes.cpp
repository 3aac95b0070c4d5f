#include "Routes.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace cc::server {

void RouteTable::add(const char *method, const QString &pattern, const QString &action,
                     Access access, const QString &permission, Handler handler)
{
    m_routes.push_back(
        {QByteArray(method), pattern,
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

QByteArray RouteTable::describe() const
{
    QByteArray out;
    for (const Route &route : m_routes) {
        QString path = route.pattern;
        path.replace(kIdPattern, QStringLiteral("{id}"));
        const QString access = route.access == Access::Public ? QStringLiteral("public")
            : route.access == Access::SignedIn                ? QStringLiteral("signed_in")
                                                              : route.permission;
        out += QJsonDocument(
                   QJsonObject {{QStringLiteral("method"), QString::fromLatin1(route.method)},
                                {QStringLiteral("path"), path},
                                {QStringLiteral("access"), access}})
                   .toJson(QJsonDocument::Compact)
            + '\n';
    }
    return out;
}

} // namespace cc::server
