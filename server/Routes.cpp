#include "Routes.h"

#include <algorithm>

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace cc::server {

namespace {

QString fieldList(const QStringList &fields)
{
    return fields.isEmpty() ? QStringLiteral("no body fields") : fields.join(QStringLiteral(", "));
}

// The names directly under prefix ("" for the top level) among dotted declarations.
QStringList fieldsUnder(const BodyFields &declared, const QString &prefix)
{
    QStringList names;
    for (const QString &field : declared) {
        if (!prefix.isEmpty() && !field.startsWith(prefix + QLatin1Char('.')))
            continue;
        const QString rest = prefix.isEmpty() ? field : field.mid(prefix.size() + 1);
        const QString name = rest.section(QLatin1Char('.'), 0, 0);
        if (!names.contains(name))
            names << name;
    }
    return names;
}

Result<void> checkObject(const QJsonObject &object, const BodyFields &declared,
                         const QString &prefix, const QString &endpoint)
{
    const QStringList accepted = fieldsUnder(declared, prefix);
    for (auto it = object.begin(); it != object.end(); ++it) {
        const QString path = prefix.isEmpty() ? it.key() : prefix + QLatin1Char('.') + it.key();
        if (!accepted.contains(it.key()))
            return makeError(ErrorCode::InvalidInput,
                             prefix.isEmpty()
                                 ? QStringLiteral("unknown field \"%1\": %2 takes %3")
                                       .arg(path, endpoint, fieldList(accepted))
                                 : QStringLiteral("unknown field \"%1\": \"%2\" takes %3")
                                       .arg(path, prefix, fieldList(accepted)));
        const bool nested = !fieldsUnder(declared, path).isEmpty();
        if (nested && it.value().isObject()) {
            if (Result<void> inner = checkObject(it.value().toObject(), declared, path, endpoint);
                !inner)
                return inner;
        }
    }
    return {};
}

// What kIdPattern matches: 1 to 18 digits, so an id always fits a qint64.
bool isId(QStringView segment)
{
    return !segment.isEmpty() && segment.size() <= 18
        && std::all_of(segment.begin(), segment.end(),
                       [](QChar c) { return c >= QLatin1Char('0') && c <= QLatin1Char('9'); });
}

} // namespace

Result<void> Route::checkBodyFields(const QJsonObject &body) const
{
    QString shown = pattern;
    shown.replace(kIdPattern, QStringLiteral("{id}"));
    return checkObject(body, bodyFields, QString(),
                       QString::fromLatin1(method) + QLatin1Char(' ') + shown);
}

void RouteTable::add(const char *method, const QString &pattern, const QString &action,
                     Access access, const QString &permission, const BodyFields &bodyFields,
                     Handler handler)
{
    m_routes.push_back({QByteArray(method), pattern,
                        QString(QStringLiteral("/api/v1") + pattern).split(QLatin1Char('/')),
                        action, access,
                        permission.isEmpty() ? QStringList() : QStringList {permission}, bodyFields,
                        std::move(handler)});
}

void RouteTable::add(const char *method, const QString &pattern, const QString &action,
                     const QStringList &permissions, const BodyFields &bodyFields, Handler handler)
{
    m_routes.push_back({QByteArray(method), pattern,
                        QString(QStringLiteral("/api/v1") + pattern).split(QLatin1Char('/')),
                        action, Access::Permission, permissions, bodyFields, std::move(handler)});
}

// Compares segment by segment: a regular expression per route cost more than the handler of
// a simple read.
RouteTable::Match RouteTable::match(const QByteArray &method, const QString &path) const
{
    Match result;
    const QList<QStringView> parts = QStringView(path).split(QLatin1Char('/'));
    for (const Route &route : m_routes) {
        if (route.segments.size() != parts.size())
            continue;
        QStringList captures;
        bool matches = true;
        for (qsizetype i = 0; matches && i < parts.size(); ++i) {
            if (route.segments.at(i) != kIdPattern)
                matches = parts.at(i) == route.segments.at(i);
            else if ((matches = isId(parts.at(i))))
                captures << parts.at(i).toString();
        }
        if (!matches)
            continue;
        result.pathKnown = true;
        if (route.method == method) {
            result.route = &route;
            result.captures = captures;
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
                                               : route.permissions.join(QLatin1Char('+'));
        out += QJsonDocument(
                   QJsonObject {
                       {QStringLiteral("method"), QString::fromLatin1(route.method)},
                       {QStringLiteral("path"), path},
                       {QStringLiteral("access"), access},
                       {QStringLiteral("body"), QJsonArray::fromStringList(route.bodyFields)}})
                   .toJson(QJsonDocument::Compact)
            + '\n';
    }
    return out;
}

} // namespace cc::server
