#include "DepartureTimer.h"
#include "Routes.h"
#include "domain/Roles.h"
#include "json/Json.h"
#include "service/Accounts.h"
#include "service/Assets.h"
#include "store/Store.h"

namespace cc::server {

namespace {

using J = json::Object;

// The answer of the calls that issue an enrolment code.
json::Object enrolmentBody(const EnrolmentCode &code)
{
    return {{"user", json::toJson(code.user)},
            {"enrolment_code", code.deliveredByEmail ? json::Value() : json::Value(code.code)},
            {"enrolment_expires_at", json::time(code.expiresAt)},
            {"delivered_by_email", code.deliveredByEmail}};
}

Result<ApiResponse> listUsers(Store &store, ApiRequest &r)
{
    Result<ApiRequest::Paging> paging = r.paging();
    if (!paging)
        return paging.error();
    return respond<Page<User>>(Accounts(store).users(r.caller, paging->after, paging->limit),
                               [](const Page<User> &p) { return json::page(p); });
}

// No password: the person sets their own credentials with the enrolment code.
Result<ApiResponse> inviteUser(Store &store, ApiRequest &r)
{
    NewUser u;
    Result<QString> username = r.string(QStringLiteral("username"));
    Result<QString> email = r.string(QStringLiteral("email"));
    Result<QString> displayName = r.string(QStringLiteral("display_name"));
    Result<QString> title = r.optionalString(QStringLiteral("title"));
    for (const Result<QString> *field : {&username, &email, &displayName, &title}) {
        if (!*field)
            return field->error();
    }
    Result<QStringList> roles = r.stringList(QStringLiteral("roles"));
    if (!roles)
        return roles.error();
    u.username = *username;
    u.email = *email;
    u.displayName = *displayName;
    u.title = *title;
    u.roles = *roles;
    return respond<EnrolmentCode>(Accounts(store).invite(r.caller, u), enrolmentBody, 201);
}

Result<ApiResponse> updateUser(Store &store, ApiRequest &r)
{
    UserUpdate update;
    Result<std::optional<QString>> title = r.changedString(QStringLiteral("title"));
    Result<std::optional<QString>> displayName = r.changedString(QStringLiteral("display_name"));
    Result<std::optional<QString>> email = r.changedString(QStringLiteral("email"));
    Result<std::optional<QString>> manager = r.changedString(QStringLiteral("manager"));
    for (const Result<std::optional<QString>> *field : {&title, &displayName, &email, &manager}) {
        if (!*field)
            return field->error();
    }
    if (r.body.contains(QStringLiteral("roles"))) {
        Result<QStringList> roles = r.stringList(QStringLiteral("roles"));
        if (!roles)
            return roles.error();
        update.roles = *roles;
    }
    if (r.body.contains(QStringLiteral("designations"))) {
        Result<QStringList> designations = r.stringList(QStringLiteral("designations"));
        if (!designations)
            return designations.error();
        update.designations = *designations;
    }
    update.title = *title;
    update.displayName = *displayName;
    update.email = *email;
    update.manager = *manager;
    return respond<User>(Accounts(store).updateUser(r.caller, r.id(), update),
                         [](const User &u) { return json::toJson(u); });
}

Result<ApiResponse> offboardUser(Store &store, ApiRequest &r)
{
    Result<QString> reason = r.optionalString(QStringLiteral("reason"));
    if (!reason)
        return reason.error();
    // Absent: now. In the future: access ends then, enforced by the server.
    Result<OptionalTime> departure = r.optionalTime(QStringLiteral("departure_at"));
    if (!departure)
        return departure.error();
    Result<OffboardResult> done = Accounts(store).offboard(r.caller, r.id(), *reason, *departure);
    if (done && done->scheduled)
        DepartureTimer::departureScheduled();
    return respond<OffboardResult>(done, [&store](const OffboardResult &o) {
        json::Values assets;
        for (const Asset &a : o.assets)
            assets.emplace_back(json::toJson(a, Assets(store).today(), store.policy()));
        json::Values requests;
        for (const CancelledRequest &c : o.requests)
            requests.emplace_back(J {{"id", c.id},
                                     {"category", c.category},
                                     {"client", c.client},
                                     {"status", QStringLiteral("cancelled")}});
        return J {{"user", json::toJson(o.user)},
                  {"scheduled", o.scheduled},
                  {"revoked_grants", o.revokedGrants},
                  {"ended_sessions", o.endedSessions},
                  {"cancelled_requests", o.cancelledRequests},
                  {"assets", std::move(assets)},
                  {"requests", std::move(requests)}};
    });
}

// A fresh enrolment code, never a secret (docs/api.md, "Accounts and enrolment").
Result<ApiResponse> resetTotp(Store &store, ApiRequest &r)
{
    return respond<EnrolmentCode>(Accounts(store).resetTotp(r.caller, r.id()), enrolmentBody);
}

Result<ApiResponse> resetPassword(Store &store, ApiRequest &r)
{
    return respond<EnrolmentCode>(Accounts(store).resetPassword(r.caller, r.id()), enrolmentBody);
}

Result<ApiResponse> unlockUser(Store &store, ApiRequest &r)
{
    return respond<User>(Accounts(store).unlock(r.caller, r.id()), [](const User &u) {
        return J {{"user", json::toJson(u)}};
    });
}

} // namespace

// Accounts: list, create (invite), change, offboard, reset a password or an authenticator,
// unlock.
void addUserRoutes(RouteTable &routes, Store &store)
{
    const auto with = [&store](StoreHandler handler) {
        return withStore(store, handler);
    };
    const QString user = QStringLiteral("/users/") + kIdPattern;
    routes.add("GET", QStringLiteral("/users"), QStringLiteral("user.list"), Access::Permission,
               Permission::UsersRead, kNoBody, with(listUsers));
    routes.add("POST", QStringLiteral("/users"), QStringLiteral("user.create"), Access::Permission,
               Permission::UsersManage,
               BodyFields {field::string("username"), field::string("email"),
                           field::string("display_name"), field::string("title"),
                           field::stringList("roles")},
               with(inviteUser));
    routes.add("PATCH", user, QStringLiteral("user.update"), Access::Permission,
               Permission::UsersManage,
               BodyFields {field::stringList("roles"), field::stringList("designations"),
                           field::string("manager"), field::string("title"),
                           field::string("display_name"), field::string("email")},
               with(updateUser));
    routes.add("POST", user + QStringLiteral("/offboard"), QStringLiteral("user.offboard"),
               Access::Permission, Permission::UsersManage,
               BodyFields {field::string("reason"), field::dateTime("departure_at")},
               with(offboardUser));
    routes.add("POST", user + QStringLiteral("/reset-2fa"), QStringLiteral("user.reset_2fa"),
               Access::Permission, Permission::UsersManage, kNoBody, with(resetTotp));
    routes.add("POST", user + QStringLiteral("/reset-password"),
               QStringLiteral("user.reset_password"), Access::Permission, Permission::UsersManage,
               kNoBody, with(resetPassword));
    routes.add("POST", user + QStringLiteral("/unlock"), QStringLiteral("user.unlock"),
               Access::Permission, Permission::UsersManage, kNoBody, with(unlockUser));
}

} // namespace cc::server
