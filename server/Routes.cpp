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
    for (const BodyField &declaredField : declared) {
        const QString &field = declaredField.name;
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

// The route's path as clients write it: ids as {id}.
QString shownPath(const Route &route)
{
    QString path = route.pattern;
    return path.replace(kIdPattern, QStringLiteral("{id}"));
}

QString accessName(const Route &route)
{
    return route.access == Access::Public  ? QStringLiteral("public")
        : route.access == Access::SignedIn ? QStringLiteral("signed_in")
                                           : route.permissions.join(QLatin1Char('+'));
}

QJsonObject schemaOf(FieldType type)
{
    const auto typed = [](const char *name) {
        return QJsonObject {{QStringLiteral("type"), QString::fromLatin1(name)}};
    };
    const auto formatted = [](const char *format) {
        return QJsonObject {{QStringLiteral("type"), QStringLiteral("string")},
                            {QStringLiteral("format"), QString::fromLatin1(format)}};
    };
    switch (type) {
    case FieldType::String:
        return typed("string");
    case FieldType::Secret:
        return formatted("password");
    case FieldType::Date:
        return formatted("date");
    case FieldType::DateTime:
        return formatted("date-time");
    case FieldType::Integer:
        return typed("integer");
    case FieldType::Boolean:
        return typed("boolean");
    case FieldType::StringList:
        return {{QStringLiteral("type"), QStringLiteral("array")},
                {QStringLiteral("items"), typed("string")}};
    case FieldType::ObjectList:
        return {{QStringLiteral("type"), QStringLiteral("array")},
                {QStringLiteral("items"), typed("object")}};
    case FieldType::Untyped:
        break;
    }
    return {}; // any value: what an untyped field is, until it is declared
}

// The schema of a body: an object of exactly the declared fields, those under prefix ("scope"
// for "scope.type") nested as objects of their own.
QJsonObject bodySchema(const BodyFields &declared, const QString &prefix = {})
{
    QJsonObject properties;
    for (const QString &name : fieldsUnder(declared, prefix)) {
        const QString path = prefix.isEmpty() ? name : prefix + QLatin1Char('.') + name;
        const auto leaf = std::find_if(declared.begin(), declared.end(),
                                       [&path](const BodyField &f) { return f.name == path; });
        properties.insert(
            name, leaf != declared.end() ? schemaOf(leaf->type) : bodySchema(declared, path));
    }
    return {{QStringLiteral("type"), QStringLiteral("object")},
            {QStringLiteral("properties"), properties},
            {QStringLiteral("additionalProperties"), false}};
}

QJsonObject operationOf(const Route &route)
{
    QJsonObject operation {
        {QStringLiteral("summary"), route.action},
        {QStringLiteral("x-access"), accessName(route)},
        {QStringLiteral("responses"),
         QJsonObject {{QStringLiteral("default"),
                       QJsonObject {{QStringLiteral("description"),
                                     QStringLiteral("JSON; an error is {\"error\": {\"code\", "
                                                    "\"message\"}} (docs/api.md)")}}}}},
    };
    switch (route.access) {
    case Access::Public:
        operation.insert(QStringLiteral("security"), QJsonArray());
        operation.insert(QStringLiteral("description"), QStringLiteral("Open to anyone."));
        break;
    case Access::SignedIn:
        operation.insert(QStringLiteral("description"), QStringLiteral("Any signed-in user."));
        break;
    case Access::Permission:
        operation.insert(QStringLiteral("x-permission"), accessName(route));
        operation.insert(QStringLiteral("description"),
                         route.permissions.size() == 1
                             ? QStringLiteral("Requires the %1 permission.").arg(accessName(route))
                             : QStringLiteral("Requires all of the permissions %1.")
                                   .arg(route.permissions.join(QStringLiteral(", "))));
        break;
    }
    if (!route.bodyFields.isEmpty())
        operation.insert(
            QStringLiteral("requestBody"),
            QJsonObject {{QStringLiteral("content"),
                          QJsonObject {{QStringLiteral("application/json"),
                                        QJsonObject {{QStringLiteral("schema"),
                                                      bodySchema(route.bodyFields)}}}}}});
    return operation;
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

Route &RouteTable::add(const char *method, const QString &pattern, const QString &action,
                       Access access, const QString &permission, const BodyFields &bodyFields,
                       Handler handler)
{
    m_routes.push_back({QByteArray(method), pattern,
                        QString(QStringLiteral("/api/v1") + pattern).split(QLatin1Char('/')),
                        action, access,
                        permission.isEmpty() ? QStringList() : QStringList {permission}, bodyFields,
                        std::move(handler)});
    return m_routes.back();
}

Route &RouteTable::add(const char *method, const QString &pattern, const QString &action,
                       const QStringList &permissions, const BodyFields &bodyFields,
                       Handler handler)
{
    m_routes.push_back({QByteArray(method), pattern,
                        QString(QStringLiteral("/api/v1") + pattern).split(QLatin1Char('/')),
                        action, Access::Permission, permissions, bodyFields, std::move(handler)});
    return m_routes.back();
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

QString fieldTypeName(FieldType type)
{
    const QJsonObject schema = schemaOf(type);
    if (schema.isEmpty())
        return QStringLiteral("untyped");
    if (schema.contains(QStringLiteral("format")))
        return schema.value(QStringLiteral("format")).toString();
    if (schema.contains(QStringLiteral("items")))
        return schema.value(QStringLiteral("items"))
                   .toObject()
                   .value(QStringLiteral("type"))
                   .toString()
            + QStringLiteral("[]");
    return schema.value(QStringLiteral("type")).toString();
}

QByteArray RouteTable::describe() const
{
    QByteArray out;
    for (const Route &route : m_routes) {
        QJsonArray body;
        QJsonObject types;
        for (const BodyField &field : route.bodyFields) {
            body.append(field.name);
            types.insert(field.name, fieldTypeName(field.type));
        }
        out += QJsonDocument(
                   QJsonObject {{QStringLiteral("method"), QString::fromLatin1(route.method)},
                                {QStringLiteral("path"), shownPath(route)},
                                {QStringLiteral("action"), route.action},
                                {QStringLiteral("access"), accessName(route)},
                                {QStringLiteral("body"), body},
                                {QStringLiteral("types"), types},
                                {QStringLiteral("max_body"), route.maxBodyBytes}})
                   .toJson(QJsonDocument::Compact)
            + '\n';
    }
    return out;
}

QJsonObject RouteTable::openApi(const QString &version) const
{
    QJsonObject paths;
    for (const Route &route : m_routes) {
        const QString path = shownPath(route);
        QJsonObject item = paths.value(path).toObject();
        if (path.contains(QLatin1String("{id}")))
            item.insert(QStringLiteral("parameters"),
                        QJsonArray {QJsonObject {
                            {QStringLiteral("name"), QStringLiteral("id")},
                            {QStringLiteral("in"), QStringLiteral("path")},
                            {QStringLiteral("required"), true},
                            {QStringLiteral("schema"),
                             QJsonObject {{QStringLiteral("type"), QStringLiteral("integer")},
                                          {QStringLiteral("format"), QStringLiteral("int64")}}}}});
        item.insert(QString::fromLatin1(route.method).toLower(), operationOf(route));
        paths.insert(path, item);
    }
    return {
        {QStringLiteral("openapi"), QStringLiteral("3.1.0")},
        {QStringLiteral("info"),
         QJsonObject {{QStringLiteral("title"), QStringLiteral("Compliance Console store API")},
                      {QStringLiteral("version"), version},
                      {QStringLiteral("description"),
                       QStringLiteral("Generated from the server's route table. x-access is "
                                      "public, signed_in or the permission a route needs, "
                                      "several joined by '+' (also x-permission); docs/api.md is "
                                      "the full contract.")}}},
        {QStringLiteral("servers"),
         QJsonArray {QJsonObject {{QStringLiteral("url"), QStringLiteral("/api/v1")}}}},
        {QStringLiteral("security"),
         QJsonArray {QJsonObject {{QStringLiteral("bearer"), QJsonArray()}}}},
        {QStringLiteral("components"),
         QJsonObject {
             {QStringLiteral("securitySchemes"),
              QJsonObject {{QStringLiteral("bearer"),
                            QJsonObject {{QStringLiteral("type"), QStringLiteral("http")},
                                         {QStringLiteral("scheme"), QStringLiteral("bearer")}}}}}}},
        {QStringLiteral("paths"), paths},
    };
}

} // namespace cc::server
