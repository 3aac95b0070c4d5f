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
    return respond<AccessRequest>(
        AccessControl(store).createRequest(r.caller, {*category, *client, *reason, *hours}),
        [](const AccessRequest &a) { return json::toJson(a); }, 201);
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
                           field::string("reason"), field::integer("duration_hours")},
               with(createRequest));
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
