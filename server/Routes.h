#pragma once

// The route table: every endpoint names its method, path, audit action and the permission it
// needs, so the permission check happens in one place for all of them. Each area of the API
// registers its routes from its own file in routes/.

#include "ApiRequest.h"
#include "Staged.h"
#include "json/JsonWriter.h"

#include <functional>
#include <vector>

#include <QStringList>

namespace cc {
class AuditWatch;
struct ControlRuntime;
class Store;
} // namespace cc

namespace cc::server {

enum class Access { Public, SignedIn, Permission };
using Handler = std::function<Result<ApiResponse>(ApiRequest &)>;

// A JSON body field's type, as GET /openapi.json describes it (the handler checks the value).
// Untyped is what a bare name gives (BodyFields {QStringLiteral("x")}): it still compiles, and
// tst_permissions fails until the field is declared with one of the field:: helpers below.
enum class FieldType {
    Untyped,
    String,
    Secret, // a password, passphrase or code: a string, never logged
    Date, // "2026-11-29"
    DateTime, // "2026-11-29T15:36:23Z"
    Integer,
    Boolean,
    StringList,
    ObjectList,
};

struct BodyField
{
    BodyField(const QString &name)
        : name(name)
    { }
    BodyField(const char *name, FieldType type)
        : name(QString::fromLatin1(name))
        , type(type)
    { }

    QString name;
    FieldType type = FieldType::Untyped;
};

namespace field {
inline BodyField string(const char *name)
{
    return {name, FieldType::String};
}
inline BodyField secret(const char *name)
{
    return {name, FieldType::Secret};
}
inline BodyField date(const char *name)
{
    return {name, FieldType::Date};
}
inline BodyField dateTime(const char *name)
{
    return {name, FieldType::DateTime};
}
inline BodyField integer(const char *name)
{
    return {name, FieldType::Integer};
}
inline BodyField boolean(const char *name)
{
    return {name, FieldType::Boolean};
}
inline BodyField stringList(const char *name)
{
    return {name, FieldType::StringList};
}
inline BodyField objectList(const char *name)
{
    return {name, FieldType::ObjectList};
}
} // namespace field

// The top-level fields a route's JSON body may have, with their types; "scope.type" names a
// field of the object "scope". Dispatch refuses any other field before the handler runs: a
// misspelt or unsupported field is an error the caller sees, never a value silently dropped.
using BodyFields = QList<BodyField>;
inline const BodyFields kNoBody {};
QString fieldTypeName(FieldType type); // "string", "date-time", ...: --print-routes' "types"

// The largest request body a route reads unless it declares more (Route::maxBodyBytes).
inline constexpr qint64 kDefaultBodyBytes = 64 * 1024;
// A route whose body carries a document: the services' 10 MiB in base64 (13.4 MiB) and the
// JSON around it. The server lets a request send that much only once its session token has
// been found valid with the route's permissions (StoreServer::bodyAllowance).
inline constexpr qint64 kDocumentBodyBytes = 14 * 1024 * 1024;

struct Route
{
    QByteArray method;
    QString pattern; // as registered, after /api/v1
    QStringList segments; // of the full path, split at '/'; kIdPattern where an id goes
    QString action; // audit name of the operation, used when it is refused
    Access access;
    // With Access::Permission: the caller must hold every one (most routes name one).
    QStringList permissions;
    BodyFields bodyFields;
    Handler handler;
    qint64 maxBodyBytes = kDefaultBodyBytes; // set on the route add() returns
    // Set on the route add() returns, for a handler that needs a read whatever the caller: runs
    // before the caller is authorized, sends the read (Store::sendRead) so that it shares the
    // round trip of the caller's session, and gives the handler (holding the read) to run
    // instead of `handler` once they are. Only reads: it runs for callers then refused, who
    // get nothing of it.
    std::function<Handler(const ApiRequest &)> sendAhead {};

    // An error naming the first field of body this route does not take, and the ones it does.
    Result<void> checkBodyFields(const QJsonObject &body) const;
};

class RouteTable
{
public:
    // pattern is the path after /api/v1; capture ids with kIdPattern. Answers the route, valid
    // until the next add(), to declare a larger body: add(...).maxBodyBytes = ....
    Route &add(const char *method, const QString &pattern, const QString &action, Access access,
               const QString &permission, const BodyFields &bodyFields, Handler handler);
    // A route for holders of several permissions at once (Access::Permission).
    Route &add(const char *method, const QString &pattern, const QString &action,
               const QStringList &permissions, const BodyFields &bodyFields, Handler handler);

    struct Match
    {
        const Route *route = nullptr;
        QStringList captures;
        bool pathKnown = false; // some route has this path, with another method
    };
    Match match(const QByteArray &method, const QString &path) const;

    // One JSON object per route, {"method", "path" (ids as {id}), "action" (its audit name),
    // "access": "public", "signed_in" or the permission (several joined by '+', all needed),
    // "body": [the fields it takes], "types": {field: type}, "max_body": bytes}: what
    // compliance-stored --print-routes writes, so the permission matrix test checks the table
    // the server really dispatches with.
    QByteArray describe() const;
    // The same table as an OpenAPI 3.1 document (GET /openapi.json).
    QJsonObject openApi(const QString &version) const;

private:
    std::vector<Route> m_routes;
};

inline const QString kIdPattern = QStringLiteral("([0-9]{1,18})");

inline ApiResponse ok(const json::Object &body, int status = 200)
{
    return {status, body.toJson()};
}

template<typename T, typename ToBody>
Result<ApiResponse> respond(const Result<T> &result, ToBody toBody, int status = 200)
{
    if (!result)
        return result.error();
    return ok(toBody(result.value()), status);
}

// A handler written as a function of the store and the request, bound to the store: the
// routes files name their handlers and register them as a table.
using StoreHandler = Result<ApiResponse> (*)(Store &store, ApiRequest &request);
inline Handler withStore(Store &store, StoreHandler handler)
{
    return [&store, handler](ApiRequest &r) {
        return handler(store, r);
    };
}

// The answer of a Staged operation: its heavy part on the hashing pool, then the body.
template<typename T, typename ToBody>
Result<ApiResponse> respondStaged(Staged<T> staged, ToBody toBody, int status = 200)
{
    if (!staged.hasCompute())
        return respond<T>(staged.complete(), toBody, status);
    const auto shared = std::make_shared<const Staged<T>>(std::move(staged));
    ApiResponse later;
    later.offload = std::make_shared<const Offload>(
        Offload {[shared] { shared->compute(); },
                 [shared, toBody, status]() {
                     return respond<T>(shared->complete(), toBody, status);
                 }});
    return later;
}

class SignInThrottle;

// Each area's routes, registered from its file in routes/ (the notifications' from
// AssetRoutes.cpp).
void addSessionRoutes(RouteTable &routes, Store &store, SignInThrottle &throttle);
void addUserRoutes(RouteTable &routes, Store &store);
void addAccessRoutes(RouteTable &routes, Store &store);
void addAuditRoutes(RouteTable &routes, Store &store, AuditWatch &watch);
void addAssetRoutes(RouteTable &routes, Store &store);
void addNotificationRoutes(RouteTable &routes, Store &store);
void addOrderRoutes(RouteTable &routes, Store &store);
void addIncidentRoutes(RouteTable &routes, Store &store);
void addAlertRoutes(RouteTable &routes, Store &store);
void addAccessReviewRoutes(RouteTable &routes, Store &store);
// What only the running server observes, for the controls (StoreServer::controlRuntime).
using ControlRuntimeSource = std::function<ControlRuntime()>;
void addControlRoutes(RouteTable &routes, Store &store,
                      ControlRuntimeSource runtime); // routes/ControlRoutes.cpp
void addDeviceRoutes(RouteTable &routes, Store &store); // routes/DeviceRoutes.cpp
void addVulnerabilityRoutes(RouteTable &routes, Store &store); // routes/VulnerabilityRoutes.cpp
void addThirdPartyRoutes(RouteTable &routes, Store &store); // routes/ThirdPartyRoutes.cpp
void addChangeRoutes(RouteTable &routes, Store &store); // routes/ChangeRoutes.cpp
void addEvidenceRoutes(RouteTable &routes, Store &store,
                       ControlRuntimeSource runtime); // routes/EvidenceRoutes.cpp
void addDashboardRoutes(RouteTable &routes, Store &store); // routes/DashboardRoutes.cpp

} // namespace cc::server
