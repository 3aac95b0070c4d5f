#include "Routes.h"
#include "SignInThrottle.h"
#include "domain/AccessRules.h"
#include "json/Json.h"
#include "service/Accounts.h"
#include "service/MyTasks.h"
#include "service/NotificationMail.h"
#include "store/Store.h"

namespace cc::server {

namespace {

using J = json::Object;

// The answer of POST /session and POST /enrolment/finish.
json::Object sessionBody(const Session &session, const Policy &policy)
{
    return {{"token", session.token},
            {"expires_at", json::time(session.expiresAt)},
            {"idle_timeout_seconds", policy.sessionIdleMinutes * 60},
            {"user", json::toJson(session.user)},
            {"permissions", json::toJson(session.permissions)},
            {"device_token", session.deviceToken}};
}

Result<ApiResponse> health(Store &, ApiRequest &)
{
    return ok({{"status", QStringLiteral("ok")},
               {"version", QStringLiteral(PROJECT_VERSION)},
               {"schema_version", Store::currentSchemaVersion()}});
}

Result<ApiResponse> signIn(Store &store, ApiRequest &r)
{
    Result<QString> username = r.string(QStringLiteral("username"));
    Result<QString> password = r.string(QStringLiteral("password"));
    Result<QString> totp = r.string(QStringLiteral("totp"));
    Result<QString> device = r.optionalString(QStringLiteral("device_token"));
    for (const Result<QString> *field : {&username, &password, &totp, &device}) {
        if (!*field)
            return field->error();
    }
    const SignInAttempt attempt {*username, password->toUtf8(), *totp, *device, r.remoteAddress};
    return respondStaged<Session>(
        Accounts(store).signIn(attempt),
        [&store](const Session &s) { return sessionBody(s, store.policy()); }, 201);
}

Result<ApiResponse> startEnrolment(Store &store, ApiRequest &r)
{
    Result<QString> username = r.string(QStringLiteral("username"));
    Result<QString> code = r.string(QStringLiteral("enrolment_code"));
    Result<QString> password = r.string(QStringLiteral("password"));
    for (const Result<QString> *field : {&username, &code, &password}) {
        if (!*field)
            return field->error();
    }
    return respondStaged<QString>(
        Accounts(store).startEnrolment({*username, *code, password->toUtf8(), r.remoteAddress}),
        [](const QString &uri) {
            // null after a password reset: the person keeps their authenticator.
            return J {{"totp_uri", uri.isEmpty() ? json::Value() : uri}};
        });
}

Result<ApiResponse> finishEnrolment(Store &store, ApiRequest &r)
{
    Result<QString> username = r.string(QStringLiteral("username"));
    Result<QString> code = r.string(QStringLiteral("enrolment_code"));
    Result<QString> totp = r.string(QStringLiteral("totp"));
    for (const Result<QString> *field : {&username, &code, &totp}) {
        if (!*field)
            return field->error();
    }
    return respond<Session>(
        Accounts(store).finishEnrolment({*username, *code, *totp, r.remoteAddress}),
        [&store](const Session &s) { return sessionBody(s, store.policy()); }, 201);
}

Result<ApiResponse> changePassword(Store &store, ApiRequest &r)
{
    Result<QString> current = r.string(QStringLiteral("current_password"));
    Result<QString> fresh = r.string(QStringLiteral("new_password"));
    Result<QString> totp = r.string(QStringLiteral("totp"));
    for (const Result<QString> *field : {&current, &fresh, &totp}) {
        if (!*field)
            return field->error();
    }
    return respondStaged<int>(
        Accounts(store).changePassword(
            r.caller, {current->toUtf8(), fresh->toUtf8(), *totp, r.remoteAddress}),
        [](int ended) {
            return J {{"changed", true}, {"ended_sessions", ended}};
        });
}

Result<ApiResponse> signOut(Store &store, ApiRequest &r)
{
    if (Result<void> ended = Accounts(store).signOut(r.caller); !ended)
        return ended.error();
    return ok({{"ended", true}});
}

Result<ApiResponse> me(Store &store, ApiRequest &r)
{
    Result<QList<StoreWarning>> warnings = NotificationMail(store).storeWarnings(r.caller);
    if (!warnings)
        return warnings.error();
    json::Values storeWarnings;
    for (const StoreWarning &w : std::as_const(*warnings))
        storeWarnings.emplace_back(J {{"code", w.code}, {"message", w.message}});
    return respond<User>(Accounts(store).user(r.caller.userId), [&](const User &u) {
        return J {{"user", json::toJson(u)},
                  {"permissions", json::toJson(r.caller.permissions)},
                  {"store_warnings", std::move(storeWarnings)}};
    });
}

// GET and PUT /me/preferences: the caller's e-mail per notification kind.
json::Object preferencesBody(const EmailPreferences &email)
{
    QJsonObject byKind;
    for (auto it = email.begin(); it != email.end(); ++it)
        byKind.insert(it.key(), it.value());
    return {{"email", byKind}, {"email_always", NotificationMail::alwaysEmailedKinds()}};
}

Result<ApiResponse> preferences(Store &store, ApiRequest &r)
{
    return respond<EmailPreferences>(NotificationMail(store).preferences(r.caller),
                                     preferencesBody);
}

Result<ApiResponse> setPreferences(Store &store, ApiRequest &r)
{
    const QJsonValue email = r.body.value(QLatin1String("email"));
    if (!email.isObject())
        return makeError(ErrorCode::InvalidInput,
                         QStringLiteral("\"email\" must be an object like {\"grant_expiry\": "
                                        "\"each\"}: each, daily_digest or none per kind"));
    EmailPreferences changes;
    const QJsonObject byKind = email.toObject();
    for (auto it = byKind.begin(); it != byKind.end(); ++it) {
        if (!it.value().isString())
            return makeError(
                ErrorCode::InvalidInput,
                QStringLiteral("\"email.%1\" must be each, daily_digest or none").arg(it.key()));
        changes.insert(it.key(), it.value().toString());
    }
    return respond<EmailPreferences>(NotificationMail(store).setPreferences(r.caller, changes),
                                     preferencesBody);
}

BodyFields preferenceFields()
{
    BodyFields fields;
    for (const QString &kind : NotificationMail::choosableKinds())
        fields << BodyField(QStringLiteral("email.%1").arg(kind).toLatin1().constData(),
                            FieldType::String);
    return fields;
}

Result<ApiResponse> policy(Store &store, ApiRequest &)
{
    json::Values categories;
    for (const DataCategory &c : dataCategories())
        categories.emplace_back(
            J {{"id", c.id}, {"label", c.label}, {"contains_pii", c.containsPii}});
    const Policy &p = store.policy();
    return ok({{"categories", std::move(categories)},
               {"max_access_hours", p.maxAccessHours},
               {"min_reason_length", p.minReasonLength},
               {"password_min_length", p.passwordMinLength},
               {"deletion_request_hours", p.deletionRequestHours}});
}

// A call that checks a password or an enrolment code: counted per address first.
Handler throttled(const Store &store, SignInThrottle &throttle, Handler handler)
{
    return [&store, &throttle, handler](ApiRequest &r) -> Result<ApiResponse> {
        if (Result<void> admitted = throttle.admit(store, r.remoteAddress); !admitted)
            return admitted.error();
        return handler(r);
    };
}

// Everything waiting for the caller (docs/api.md, "My tasks"): sorted, paged by position.
Result<ApiResponse> myTasks(Store &store, ApiRequest &r)
{
    Result<ApiRequest::Paging> paging = r.paging();
    if (!paging)
        return paging.error();
    return respond<Page<MyTask>>(
        MyTasks(store).list(r.caller, paging->after, paging->limit), [](const Page<MyTask> &p) {
            json::Values items;
            items.reserve(p.items.size());
            for (const MyTask &t : p.items)
                items.emplace_back(J {{"kind", t.kind},
                                      {"title", t.title},
                                      {"object_type", t.objectType},
                                      {"object_id", t.objectId},
                                      {"due_at", json::time(t.dueAt)},
                                      {"created_at", json::time(t.createdAt)}});
            return J {{"items", std::move(items)}, {"next_after", p.nextAfter}};
        });
}

} // namespace

// Health, signing in and out, enrolment with a code, one's own account and the policy.
void addSessionRoutes(RouteTable &routes, Store &store, SignInThrottle &throttle)
{
    const auto with = [&store](StoreHandler handler) {
        return withStore(store, handler);
    };
    routes.add("GET", QStringLiteral("/health"), QStringLiteral("health"), Access::Public, {},
               kNoBody, with(health));
    routes.add("POST", QStringLiteral("/session"), QStringLiteral("session.create"), Access::Public,
               {},
               BodyFields {field::string("username"), field::secret("password"),
                           field::secret("totp"), field::string("device_token")},
               throttled(store, throttle, with(signIn)));
    routes.add("POST", QStringLiteral("/enrolment/start"), QStringLiteral("enrolment.start"),
               Access::Public, {},
               BodyFields {field::string("username"), field::secret("enrolment_code"),
                           field::secret("password")},
               throttled(store, throttle, with(startEnrolment)));
    routes.add("POST", QStringLiteral("/enrolment/finish"), QStringLiteral("enrolment.finish"),
               Access::Public, {},
               BodyFields {field::string("username"), field::secret("enrolment_code"),
                           field::secret("totp")},
               throttled(store, throttle, with(finishEnrolment)));
    routes.add("POST", QStringLiteral("/me/password"), QStringLiteral("user.change_password"),
               Access::SignedIn, {},
               BodyFields {field::secret("current_password"), field::secret("new_password"),
                           field::secret("totp")},
               with(changePassword));
    routes.add("DELETE", QStringLiteral("/session"), QStringLiteral("session.end"),
               Access::SignedIn, {}, kNoBody, with(signOut));
    routes.add("GET", QStringLiteral("/me"), QStringLiteral("me"), Access::SignedIn, {}, kNoBody,
               with(me));
    routes.add("GET", QStringLiteral("/policy"), QStringLiteral("policy"), Access::SignedIn, {},
               kNoBody, with(policy));
    routes.add("GET", QStringLiteral("/me/tasks"), QStringLiteral("task.list"), Access::SignedIn,
               {}, kNoBody, with(myTasks));
    routes.add("GET", QStringLiteral("/me/preferences"), QStringLiteral("preferences.read"),
               Access::SignedIn, {}, kNoBody, with(preferences));
    routes.add("PUT", QStringLiteral("/me/preferences"), QStringLiteral("preferences.update"),
               Access::SignedIn, {}, preferenceFields(), with(setPreferences));
}

} // namespace cc::server
