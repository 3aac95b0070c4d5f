#include "DepartureTimer.h"
#include "Routes.h"
#include "domain/Roles.h"
#include "json/Json.h"
#include "service/Accounts.h"
#include "store/Store.h"

namespace cc::server {

// Accounts: list, create, change, offboard, reset a lost authenticator.
void addUserRoutes(RouteTable &routes, Store &store)
{
    using J = json::Object;
    routes.add("GET", QStringLiteral("/users"), QStringLiteral("user.list"), Access::Permission,
               Permission::UsersRead, kNoBody, [&store](ApiRequest &r) -> Result<ApiResponse> {
                   Result<ApiRequest::Paging> paging = r.paging();
                   if (!paging)
                       return paging.error();
                   return respond<Page<User>>(
                       Accounts(store).users(r.caller, paging->after, paging->limit),
                       [](const Page<User> &p) { return json::page(p); });
               });

    routes.add("POST", QStringLiteral("/users"), QStringLiteral("user.create"), Access::Permission,
               Permission::UsersManage,
               BodyFields {QStringLiteral("username"), QStringLiteral("email"),
                           QStringLiteral("display_name"), QStringLiteral("title"),
                           QStringLiteral("roles"), QStringLiteral("password")},
               [&store](ApiRequest &r) -> Result<ApiResponse> {
                   NewUser u;
                   Result<QString> username = r.string(QStringLiteral("username"));
                   Result<QString> email = r.string(QStringLiteral("email"));
                   Result<QString> displayName = r.string(QStringLiteral("display_name"));
                   Result<QString> title = r.optionalString(QStringLiteral("title"));
                   Result<QString> password = r.string(QStringLiteral("password"));
                   for (const Result<QString> *field :
                        {&username, &email, &displayName, &title, &password}) {
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
                   u.password = password->toUtf8();
                   return respond<CreatedUser>(
                       Accounts(store).addUser(r.caller, u),
                       [](const CreatedUser &c) {
                           return J {{"user", json::toJson(c.user)}, {"totp_uri", c.totpUri}};
                       },
                       201);
               });

    routes.add(
        "PATCH", QStringLiteral("/users/") + kIdPattern, QStringLiteral("user.update"),
        Access::Permission, Permission::UsersManage,
        BodyFields {QStringLiteral("roles"), QStringLiteral("title"),
                    QStringLiteral("display_name"), QStringLiteral("email")},
        [&store](ApiRequest &r) -> Result<ApiResponse> {
            UserUpdate update;
            Result<std::optional<QString>> title = r.changedString(QStringLiteral("title"));
            Result<std::optional<QString>> displayName
                = r.changedString(QStringLiteral("display_name"));
            Result<std::optional<QString>> email = r.changedString(QStringLiteral("email"));
            for (const Result<std::optional<QString>> *field : {&title, &displayName, &email}) {
                if (!*field)
                    return field->error();
            }
            if (r.body.contains(QStringLiteral("roles"))) {
                Result<QStringList> roles = r.stringList(QStringLiteral("roles"));
                if (!roles)
                    return roles.error();
                update.roles = *roles;
            }
            update.title = *title;
            update.displayName = *displayName;
            update.email = *email;
            return respond<User>(Accounts(store).updateUser(r.caller, r.id(), update),
                                 [](const User &u) { return json::toJson(u); });
        });

    routes.add("POST", QStringLiteral("/users/") + kIdPattern + QStringLiteral("/offboard"),
               QStringLiteral("user.offboard"), Access::Permission, Permission::UsersManage,
               BodyFields {QStringLiteral("reason"), QStringLiteral("departure_at")},
               [&store](ApiRequest &r) -> Result<ApiResponse> {
                   Result<QString> reason = r.optionalString(QStringLiteral("reason"));
                   if (!reason)
                       return reason.error();
                   // Absent: now. In the future: access ends then, enforced by the server.
                   Result<OptionalTime> departure = r.optionalTime(QStringLiteral("departure_at"));
                   if (!departure)
                       return departure.error();
                   Result<OffboardResult> done
                       = Accounts(store).offboard(r.caller, r.id(), *reason, *departure);
                   if (done && done->scheduled)
                       DepartureTimer::departureScheduled();
                   return respond<OffboardResult>(done, [](const OffboardResult &o) {
                       return J {{"user", json::toJson(o.user)},
                                 {"scheduled", o.scheduled},
                                 {"revoked_grants", o.revokedGrants},
                                 {"ended_sessions", o.endedSessions},
                                 {"cancelled_requests", o.cancelledRequests}};
                   });
               });

    routes.add("POST", QStringLiteral("/users/") + kIdPattern + QStringLiteral("/reset-2fa"),
               QStringLiteral("user.reset_2fa"), Access::Permission, Permission::UsersManage,
               kNoBody, [&store](ApiRequest &r) -> Result<ApiResponse> {
                   return respond<CreatedUser>(
                       Accounts(store).resetTotp(r.caller, r.id()), [](const CreatedUser &c) {
                           return J {{"user", json::toJson(c.user)}, {"totp_uri", c.totpUri}};
                       });
               });
}

} // namespace cc::server
