#include "Routes.h"
#include "domain/AssetCsv.h"
#include "domain/Roles.h"
#include "json/Json.h"
#include "service/Assets.h"
#include "service/Notifications.h"
#include "store/Store.h"

namespace cc::server {

namespace {

Result<QDate> optionalDate(const ApiRequest &r, const QString &field)
{
    Result<QString> text = r.optionalString(field);
    if (!text)
        return text.error();
    if (text->isEmpty())
        return QDate();
    const QDate date = parseIsoDate(*text);
    if (!date.isValid())
        return makeError(ErrorCode::InvalidInput,
                         QStringLiteral("field \"%1\" must be a date like 2026-03-31").arg(field));
    return date;
}

Result<AssetFilter> filterFrom(const ApiRequest &r)
{
    AssetFilter filter;
    const std::optional<StateFilter> state
        = stateFilterFromName(r.query.queryItemValue(QStringLiteral("state")));
    if (!state)
        return makeError(ErrorCode::InvalidInput,
                         QStringLiteral("\"state\" must be one of overdue, due, due_this_week, "
                                        "due_soon, ok, retired"));
    filter.state = *state;
    filter.owner = r.query.queryItemValue(QStringLiteral("owner"));
    if (filter.owner == QLatin1String("me"))
        filter.owner = r.caller.username;
    filter.kind = r.query.queryItemValue(QStringLiteral("kind"));
    if (!filter.kind.isEmpty() && !isAssetKind(filter.kind))
        return makeError(ErrorCode::InvalidInput,
                         QStringLiteral("\"kind\" must be one of %1")
                             .arg(assetKinds().join(QStringLiteral(", "))));
    const QString amazon = r.query.queryItemValue(QStringLiteral("holds_amazon_data"));
    if (amazon == QLatin1String("true"))
        filter.holdsAmazonData = true;
    else if (amazon == QLatin1String("false"))
        filter.holdsAmazonData = false;
    else if (!amazon.isEmpty())
        return makeError(ErrorCode::InvalidInput,
                         QStringLiteral("\"holds_amazon_data\" must be true or false"));
    const QString reassign = r.query.queryItemValue(QStringLiteral("needs_reassignment"));
    if (reassign == QLatin1String("true"))
        filter.needsReassignment = true;
    else if (reassign == QLatin1String("false"))
        filter.needsReassignment = false;
    else if (!reassign.isEmpty())
        return makeError(ErrorCode::InvalidInput,
                         QStringLiteral("\"needs_reassignment\" must be true or false"));
    return filter;
}

json::Object assetJson(Store &store, const Asset &a)
{
    return json::toJson(a, Assets(store).today(), store.policy());
}

Result<ApiResponse> listAssets(Store &store, ApiRequest &r)
{
    Result<ApiRequest::Paging> paging = r.paging();
    if (!paging)
        return paging.error();
    Result<AssetFilter> filter = filterFrom(r);
    if (!filter)
        return filter.error();
    Assets assets(store);
    const QDate today = assets.today();
    return respond<Page<Asset>>(
        assets.list(r.caller, *filter, paging->after, paging->limit),
        [&](const Page<Asset> &p) { return json::page(p, today, store.policy()); });
}

Result<ApiResponse> createAsset(Store &store, ApiRequest &r)
{
    NewAsset a;
    Result<QString> name = r.string(QStringLiteral("name"));
    Result<QString> kind = r.string(QStringLiteral("kind"));
    Result<QString> owner = r.string(QStringLiteral("owner"));
    Result<QString> location = r.optionalString(QStringLiteral("location"));
    Result<QString> description = r.optionalString(QStringLiteral("description"));
    for (const Result<QString> *field : {&name, &kind, &owner, &location, &description}) {
        if (!*field)
            return field->error();
    }
    Result<std::optional<bool>> amazon = r.optionalFlag(QStringLiteral("holds_amazon_data"));
    Result<std::optional<bool>> pii = r.optionalFlag(QStringLiteral("holds_pii"));
    for (const Result<std::optional<bool>> *flag : {&amazon, &pii}) {
        if (!*flag)
            return flag->error();
    }
    Result<QDate> lastReview = optionalDate(r, QStringLiteral("last_review"));
    if (!lastReview)
        return lastReview.error();
    a.name = *name;
    a.kind = *kind;
    a.owner = *owner;
    a.location = *location;
    a.description = *description;
    a.holdsAmazonData = amazon->value_or(false);
    a.holdsPii = pii->value_or(false);
    a.lastReview = *lastReview;
    return respond<Asset>(
        Assets(store).create(r.caller, a), [&store](const Asset &a) { return assetJson(store, a); },
        201);
}

Result<ApiResponse> exportAssets(Store &store, ApiRequest &r)
{
    Assets assets(store);
    Result<QList<Asset>> all = assets.all(r.caller);
    if (!all)
        return all.error();
    return ok({{"csv", QString::fromUtf8(csv::writeAssets(*all, assets.today(), store.policy()))},
               {"count", int(all->size())}});
}

// The file's bytes as they are (csv_base64), so the server judges the encoding; or the text
// (csv) from a client that already decoded it.
Result<QByteArray> csvBytes(const ApiRequest &r)
{
    const QJsonValue encoded = r.body.value(QStringLiteral("csv_base64"));
    const QJsonValue text = r.body.value(QStringLiteral("csv"));
    if (encoded.isString()) {
        const auto decoded = QByteArray::fromBase64Encoding(
            encoded.toString().toLatin1(), QByteArray::AbortOnBase64DecodingErrors);
        if (!decoded)
            return makeError(ErrorCode::InvalidInput,
                             QStringLiteral("field \"csv_base64\" is not valid base64"));
        return *decoded;
    }
    if (text.isString())
        return text.toString().toUtf8();
    return makeError(ErrorCode::InvalidInput,
                     QStringLiteral("send the file as \"csv\" (text) or \"csv_base64\" (its "
                                    "bytes)"));
}

Result<ApiResponse> importAssets(Store &store, ApiRequest &r)
{
    Result<QByteArray> bytes = csvBytes(r);
    if (!bytes)
        return bytes.error();
    Result<ImportResult> imported = Assets(store).importCsv(r.caller, *bytes);
    if (!imported)
        return imported.error();
    if (imported->errors.isEmpty())
        return ok({{"imported", imported->imported}}, 201);
    json::Values lines;
    for (const csv::RowError &e : std::as_const(imported->errors))
        lines.emplace_back(json::Object {{"line", e.line}, {"message", e.message}});
    QList<csv::RowError> errors = imported->errors;
    const QString message = QStringLiteral("nothing was imported: %1 line(s) are not valid: %2")
                                .arg(errors.size())
                                .arg(csv::describeErrors(errors));
    return ok({{"error",
                json::Object {{"code", QStringLiteral("invalid_input")},
                              {"message", message},
                              {"lines", std::move(lines)}}}},
              400);
}

Result<ApiResponse> updateAsset(Store &store, ApiRequest &r)
{
    AssetChanges c;
    for (const auto &[field, target] :
         {std::pair {QStringLiteral("name"), &c.name}, std::pair {QStringLiteral("kind"), &c.kind},
          std::pair {QStringLiteral("owner"), &c.owner},
          std::pair {QStringLiteral("location"), &c.location},
          std::pair {QStringLiteral("description"), &c.description},
          std::pair {QStringLiteral("status"), &c.status}}) {
        Result<std::optional<QString>> value = r.changedString(field);
        if (!value)
            return value.error();
        *target = *value;
    }
    for (const auto &[field, target] :
         {std::pair {QStringLiteral("holds_amazon_data"), &c.holdsAmazonData},
          std::pair {QStringLiteral("holds_pii"), &c.holdsPii}}) {
        Result<std::optional<bool>> value = r.optionalFlag(field);
        if (!value)
            return value.error();
        *target = *value;
    }
    return respond<Asset>(Assets(store).update(r.caller, r.id(), c),
                          [&store](const Asset &a) { return assetJson(store, a); });
}

Result<ApiResponse> readAsset(Store &store, ApiRequest &r)
{
    return respond<Asset>(Assets(store).asset(r.caller, r.id()),
                          [&store](const Asset &a) { return assetJson(store, a); });
}

Result<ApiResponse> reviewAsset(Store &store, ApiRequest &r)
{
    Result<QDate> date = optionalDate(r, QStringLiteral("date"));
    if (!date)
        return date.error();
    Result<QString> outcome = r.string(QStringLiteral("outcome"));
    Result<QString> note = r.optionalString(QStringLiteral("note"));
    for (const Result<QString> *field : {&outcome, &note}) {
        if (!*field)
            return field->error();
    }
    return respond<RecordedReview>(
        Assets(store).recordReview(r.caller, r.id(), {*date, *outcome, *note}),
        [&store](const RecordedReview &done) {
            return json::Object {{"review", json::toJson(done.review)},
                                 {"asset", assetJson(store, done.asset)}};
        },
        201);
}

Result<ApiResponse> assetReviews(Store &store, ApiRequest &r)
{
    return respond<QList<AssetReview>>(
        Assets(store).reviews(r.caller, r.id()), [](const QList<AssetReview> &list) {
            json::Values items;
            for (const AssetReview &review : list)
                items.emplace_back(json::toJson(review));
            return json::Object {{"items", std::move(items)}, {"next_after", nullptr}};
        });
}

Result<ApiResponse> listNotifications(Store &store, ApiRequest &r)
{
    Result<ApiRequest::Paging> paging = r.paging();
    if (!paging)
        return paging.error();
    const QString unread = r.query.queryItemValue(QStringLiteral("unread"));
    if (!unread.isEmpty() && unread != QLatin1String("true") && unread != QLatin1String("false"))
        return makeError(ErrorCode::InvalidInput,
                         QStringLiteral("\"unread\" must be true or false"));
    return respond<NotificationPage>(Notifications(store).list(r.caller,
                                                               unread == QLatin1String("true"),
                                                               paging->after, paging->limit),
                                     [](const NotificationPage &p) {
                                         json::Object body = json::page(p.page);
                                         body.add("unread_count", p.unread);
                                         return body;
                                     });
}

Result<ApiResponse> markNotificationRead(Store &store, ApiRequest &r)
{
    return respond<Notification>(Notifications(store).markRead(r.caller, r.id()),
                                 [](const Notification &n) { return json::toJson(n); });
}

Result<ApiResponse> markAllNotificationsRead(Store &store, ApiRequest &r)
{
    return respond<int>(Notifications(store).markAllRead(r.caller), [](int count) {
        return json::Object {{"marked", count}};
    });
}

} // namespace

// The asset inventory: list, create, edit, import and export, reviews (docs/api.md, "Assets").
// Visibility and who may review are decided by the Assets service; the route table checks the
// permissions that hold for every asset.
void addAssetRoutes(RouteTable &routes, Store &store)
{
    const auto with = [&store](StoreHandler handler) {
        return withStore(store, handler);
    };
    routes.add("GET", QStringLiteral("/assets"), QStringLiteral("asset.list"), Access::SignedIn, {},
               kNoBody, with(listAssets));
    routes.add("POST", QStringLiteral("/assets"), QStringLiteral("asset.create"),
               Access::Permission, Permission::AssetsManage,
               BodyFields {field::string("name"), field::string("kind"), field::string("owner"),
                           field::string("location"), field::string("description"),
                           field::boolean("holds_amazon_data"), field::boolean("holds_pii"),
                           field::date("last_review")},
               with(createAsset));
    routes.add("GET", QStringLiteral("/assets/export"), QStringLiteral("asset.export"),
               Access::SignedIn, {}, kNoBody, with(exportAssets));
    routes.add("POST", QStringLiteral("/assets/import"), QStringLiteral("asset.import"),
               Access::Permission, Permission::AssetsManage,
               BodyFields {field::string("csv"), field::string("csv_base64")}, with(importAssets));
    routes.add("GET", QStringLiteral("/assets/") + kIdPattern, QStringLiteral("asset.read"),
               Access::SignedIn, {}, kNoBody, with(readAsset));
    routes.add("PATCH", QStringLiteral("/assets/") + kIdPattern, QStringLiteral("asset.update"),
               Access::Permission, Permission::AssetsManage,
               BodyFields {field::string("name"), field::string("kind"), field::string("owner"),
                           field::string("location"), field::string("description"),
                           field::string("status"), field::boolean("holds_amazon_data"),
                           field::boolean("holds_pii")},
               with(updateAsset));
    routes.add("POST", QStringLiteral("/assets/") + kIdPattern + QStringLiteral("/reviews"),
               QStringLiteral("asset.review"), Access::SignedIn, {},
               BodyFields {field::date("date"), field::string("outcome"), field::string("note")},
               with(reviewAsset));
    routes.add("GET", QStringLiteral("/assets/") + kIdPattern + QStringLiteral("/reviews"),
               QStringLiteral("asset.reviews"), Access::SignedIn, {}, kNoBody, with(assetReviews));
}

// The signed-in person's own notifications (review reminders), newest first.
void addNotificationRoutes(RouteTable &routes, Store &store)
{
    const auto with = [&store](StoreHandler handler) {
        return withStore(store, handler);
    };
    routes.add("GET", QStringLiteral("/notifications"), QStringLiteral("notification.list"),
               Access::SignedIn, {}, kNoBody, with(listNotifications));
    routes.add("POST", QStringLiteral("/notifications/") + kIdPattern + QStringLiteral("/read"),
               QStringLiteral("notification.read"), Access::SignedIn, {}, kNoBody,
               with(markNotificationRead));
    routes.add("POST", QStringLiteral("/notifications/read-all"),
               QStringLiteral("notification.read_all"), Access::SignedIn, {}, kNoBody,
               with(markAllNotificationsRead));
}

} // namespace cc::server
