#include "Routes.h"
#include "domain/Roles.h"
#include "json/Json.h"
#include "service/AccessControl.h"
#include "store/Store.h"

namespace cc::server {

namespace {

Result<ApiResponse> listRequests(Store &store, ApiRequest &r)
{
    Result<ApiRequest::Paging> paging = r.paging();
    if (!paging)
        return paging.error();
    const QString status = r.query.queryItemValue(QStringLiteral("status"));
    if (!status.isEmpty() && status != QLatin1String("pending"))
        return makeError(ErrorCode::InvalidInput,
                         QStringLiteral("\"status\" may only be \"pending\""));
    const RequestFilter filter = status.isEmpty() ? RequestFilter::All : RequestFilter::Pending;
    return respond<Page<AccessRequest>>(
        AccessControl(store).requests(r.caller, filter, paging->after, paging->limit),
        [](const Page<AccessRequest> &p) { return json::page(p); });
}

// The optional "scope": {"order_ids": [...]} of an access request; none or null: every order.
Result<QStringList> scopeOrderIds(const ApiRequest &r)
{
    const QJsonValue scopeValue = r.body.value(QLatin1String("scope"));
    if (scopeValue.isUndefined() || scopeValue.isNull())
        return QStringList();
    if (!scopeValue.isObject())
        return makeError(ErrorCode::InvalidInput,
                         QStringLiteral("\"scope\" must be an object like {\"order_ids\": "
                                        "[\"111-2223334-5556667\"]}"));
    ApiRequest scope;
    scope.body = scopeValue.toObject();
    const QJsonValue ids = scope.body.value(QLatin1String("order_ids"));
    if (ids.isUndefined() || ids.isNull())
        return QStringList();
    Result<QStringList> list = scope.stringList(QStringLiteral("order_ids"));
    if (!list)
        return makeError(ErrorCode::InvalidInput,
                         QStringLiteral("\"scope.order_ids\" must be a list of strings"));
    return list;
}

json::Object clientJson(const Client &c)
{
    return {{"name", c.name},
            {"added_by", c.addedBy.isEmpty() ? json::Value() : json::Value(c.addedBy)},
            {"added_at", json::time(c.addedAt)}};
}

Result<ApiResponse> createRequest(Store &store, ApiRequest &r)
{
    Result<QString> category = r.string(QStringLiteral("category"));
    Result<QString> client = r.string(QStringLiteral("client"));
    Result<QString> reason = r.optionalString(QStringLiteral("reason"));
    for (const Result<QString> *field : {&category, &client, &reason}) {
        if (!*field)
            return field->error();
    }
    Result<int> hours = r.integer(QStringLiteral("duration_hours"));
    if (!hours)
        return hours.error();
    Result<QStringList> orderIds = scopeOrderIds(r);
    if (!orderIds)
        return orderIds.error();
    return respond<AccessRequest>(
        AccessControl(store).createRequest(r.caller,
                                           {*category, *client, *reason, *hours, *orderIds}),
        [](const AccessRequest &a) { return json::toJson(a); }, 201);
}

Result<ApiResponse> listClients(Store &store, ApiRequest &)
{
    return respond<QList<Client>>(AccessControl(store).clients(), [](const QList<Client> &all) {
        json::Values items;
        for (const Client &c : all)
            items.emplace_back(clientJson(c));
        return json::Object {{"items", std::move(items)}, {"next_after", nullptr}};
    });
}

Result<ApiResponse> addClient(Store &store, ApiRequest &r)
{
    Result<QString> name = r.string(QStringLiteral("name"));
    if (!name)
        return name.error();
    return respond<Client>(AccessControl(store).addClient(r.caller, *name), clientJson, 201);
}

Result<ApiResponse> approveRequest(Store &store, ApiRequest &r)
{
    Result<QString> comment = r.optionalString(QStringLiteral("comment"));
    if (!comment)
        return comment.error();
    const qint64 now = store.clock().nowMs();
    // grant is null while the request waits for another officer's approval.
    return respond<Approval>(
        AccessControl(store).approve(r.caller, r.id(), *comment), [now](const Approval &a) {
            return json::Object {
                {"request", json::toJson(a.request)},
                {"grant", a.grant ? json::Value(json::toJson(*a.grant, now)) : json::Value()}};
        });
}

Result<ApiResponse> denyRequest(Store &store, ApiRequest &r)
{
    Result<QString> comment = r.optionalString(QStringLiteral("comment"));
    if (!comment)
        return comment.error();
    return respond<AccessRequest>(AccessControl(store).deny(r.caller, r.id(), *comment),
                                  [](const AccessRequest &a) {
                                      return json::Object {{"request", json::toJson(a)}};
                                  });
}

Result<ApiResponse> listGrants(Store &store, ApiRequest &r)
{
    Result<ApiRequest::Paging> paging = r.paging();
    if (!paging)
        return paging.error();
    const QString status = r.query.queryItemValue(QStringLiteral("status"));
    if (!status.isEmpty() && status != QLatin1String("active"))
        return makeError(ErrorCode::InvalidInput,
                         QStringLiteral("\"status\" may only be \"active\""));
    const GrantFilter filter = status.isEmpty() ? GrantFilter::All : GrantFilter::Active;
    const qint64 now = store.clock().nowMs();
    return respond<Page<Grant>>(
        AccessControl(store).grants(r.caller, filter, paging->after, paging->limit),
        [now](const Page<Grant> &p) { return json::page(p, now); });
}

Result<ApiResponse> revokeGrant(Store &store, ApiRequest &r)
{
    Result<QString> reason = r.optionalString(QStringLiteral("reason"));
    if (!reason)
        return reason.error();
    const qint64 now = store.clock().nowMs();
    return respond<Grant>(AccessControl(store).revoke(r.caller, r.id(), *reason),
                          [now](const Grant &g) { return json::toJson(g, now); });
}

} // namespace

// Access to Amazon data: requests, decisions, grants and revocations.
void addAccessRoutes(RouteTable &routes, Store &store)
{
    const auto with = [&store](StoreHandler handler) {
        return withStore(store, handler);
    };
    routes.add("GET", QStringLiteral("/access-requests"), QStringLiteral("access.list"),
               Access::SignedIn, {}, kNoBody, with(listRequests));
    routes.add("POST", QStringLiteral("/access-requests"), QStringLiteral("access.request"),
               Access::SignedIn, {},
               BodyFields {field::string("category"), field::string("client"),
                           field::string("reason"), field::integer("duration_hours"),
                           field::stringList("scope.order_ids")},
               with(createRequest));
    // The clients a request may name: for everyone who may request access (signed in).
    routes.add("GET", QStringLiteral("/clients"), QStringLiteral("client.list"), Access::SignedIn,
               {}, kNoBody, with(listClients));
    routes.add("POST", QStringLiteral("/clients"), QStringLiteral("client.add"), Access::Permission,
               Permission::UsersManage, BodyFields {field::string("name")}, with(addClient));
    routes.add("POST",
               QStringLiteral("/access-requests/") + kIdPattern + QStringLiteral("/approve"),
               QStringLiteral("access.approve"), Access::Permission, Permission::AccessApprove,
               BodyFields {field::string("comment")}, with(approveRequest));
    routes.add("POST", QStringLiteral("/access-requests/") + kIdPattern + QStringLiteral("/deny"),
               QStringLiteral("access.deny"), Access::Permission, Permission::AccessApprove,
               BodyFields {field::string("comment")}, with(denyRequest));
    routes.add("GET", QStringLiteral("/grants"), QStringLiteral("grant.list"), Access::SignedIn, {},
               kNoBody, with(listGrants));
    routes.add("POST", QStringLiteral("/grants/") + kIdPattern + QStringLiteral("/revoke"),
               QStringLiteral("grant.revoke"), Access::Permission, Permission::AccessApprove,
               BodyFields {field::string("reason")}, with(revokeGrant));
}

} // namespace cc::server
