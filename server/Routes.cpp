#include "Routes.h"

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
    m_routes.push_back(
        {QByteArray(method), pattern,
         QRegularExpression(QStringLiteral("^/api/v1") + pattern + QStringLiteral("$")), action,
         access, permission, bodyFields, std::move(handler)});
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
