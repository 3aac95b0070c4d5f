#include "Routes.h"
#include "domain/OrderBatch.h"
#include "domain/Roles.h"
#include "json/Json.h"
#include "json/OrderJson.h"
#include "service/LegalHolds.h"
#include "service/Orders.h"
#include "store/Store.h"

#include <QDate>

namespace cc::server {

namespace {

Result<bool> includePii(const ApiRequest &r)
{
    const QString include = r.query.queryItemValue(QStringLiteral("include"));
    if (include.isEmpty())
        return false;
    if (include != QLatin1String("pii"))
        return makeError(ErrorCode::InvalidInput,
                         QStringLiteral("\"include\" may only be \"pii\""));
    return true;
}

template<typename T, typename ToJson> json::Object pageOf(const Page<T> &page, ToJson toJson)
{
    json::Values items;
    for (const T &item : page.items)
        items.emplace_back(toJson(item));
    return {{"items", std::move(items)}, {"next_after", page.nextAfter}};
}

Result<ApiResponse> ingestOrders(Store &store, ApiRequest &r)
{
    const orders::Batch batch = orders::parseBatch(r.body);
    Result<IngestResult> ingested = Orders(store).ingest(r.caller, batch);
    if (!ingested)
        return ingested.error();
    if (ingested->errors.isEmpty())
        return ok({{"imported", ingested->imported}, {"client", batch.client}}, 201);
    QStringList parts;
    for (const orders::RecordError &e : std::as_const(ingested->errors))
        parts << QStringLiteral("order %1: %2").arg(e.index).arg(e.message);
    return ok({{"error",
                json::Object {{"code", QStringLiteral("invalid_input")},
                              {"message",
                               QStringLiteral("nothing was stored: %1 order(s) "
                                              "are not valid: %2")
                                   .arg(ingested->errors.size())
                                   .arg(parts.join(QStringLiteral("; ")))},
                              {"records", json::toJson(ingested->errors)}}}},
              400);
}

Result<ApiResponse> listOrders(Store &store, ApiRequest &r)
{
    Result<ApiRequest::Paging> paging = r.paging();
    if (!paging)
        return paging.error();
    Result<bool> pii = includePii(r);
    if (!pii)
        return pii.error();
    return respond<Page<Order>>(
        Orders(store).list(r.caller, r.query.queryItemValue(QStringLiteral("client")), *pii,
                           paging->after, paging->limit),
        [](const Page<Order> &p) {
            return pageOf(p, [](const Order &o) { return json::toJson(o); });
        });
}

Result<ApiResponse> orderAggregates(Store &store, ApiRequest &r)
{
    return respond<QList<AggregateRow>>(
        Orders(store).aggregates(r.caller), [](const QList<AggregateRow> &rows) {
            json::Values items;
            for (const AggregateRow &row : rows)
                items.emplace_back(json::toJson(row));
            return json::Object {{"items", std::move(items)}, {"next_after", nullptr}};
        });
}

// ?from= / ?to=: a UTC day like 2026-11-29, as days since 1970-01-01.
Result<std::optional<qint64>> dayParameter(const ApiRequest &r, const QString &name)
{
    const QString text = r.query.queryItemValue(name);
    if (text.isEmpty())
        return std::optional<qint64>();
    const QDate day = QDate::fromString(text, Qt::ISODate);
    if (!day.isValid() || text.size() != 10)
        return makeError(ErrorCode::InvalidInput,
                         QStringLiteral("\"%1\" must be a date like 2026-11-29").arg(name));
    return std::optional<qint64>(QDate(1970, 1, 1).daysTo(day));
}

Result<ApiResponse> dailyAggregates(Store &store, ApiRequest &r)
{
    Result<ApiRequest::Paging> paging = r.paging();
    if (!paging)
        return paging.error();
    Result<std::optional<qint64>> from = dayParameter(r, QStringLiteral("from"));
    if (!from)
        return from.error();
    Result<std::optional<qint64>> to = dayParameter(r, QStringLiteral("to"));
    if (!to)
        return to.error();
    if (*from && *to && **from > **to)
        return makeError(ErrorCode::InvalidInput,
                         QStringLiteral("\"from\" must not be after \"to\""));
    DailyAggregateFilter filter;
    filter.client = r.query.queryItemValue(QStringLiteral("client"));
    filter.marketplace = r.query.queryItemValue(QStringLiteral("marketplace"));
    filter.fromDay = *from;
    filter.toDay = *to;
    return respond<Page<DailyAggregate>>(
        Orders(store).dailyAggregates(r.caller, filter, paging->after, paging->limit),
        [](const Page<DailyAggregate> &p) {
            return pageOf(p, [](const DailyAggregate &a) { return json::toJson(a); });
        });
}

Result<ApiResponse> listLegalHolds(Store &store, ApiRequest &r)
{
    Result<ApiRequest::Paging> paging = r.paging();
    if (!paging)
        return paging.error();
    const QString active = r.query.queryItemValue(QStringLiteral("active"));
    if (!active.isEmpty() && active != QLatin1String("true") && active != QLatin1String("false"))
        return makeError(ErrorCode::InvalidInput,
                         QStringLiteral("\"active\" must be true or false"));
    const qint64 now = store.clock().nowMs();
    return respond<Page<LegalHold>>(
        LegalHolds(store).list(paging->after, paging->limit, active == QLatin1String("true")),
        [now](const Page<LegalHold> &p) {
            return pageOf(p, [now](const LegalHold &h) { return json::toJson(h, now); });
        });
}

Result<ApiResponse> setLegalHold(Store &store, ApiRequest &r)
{
    Result<QString> client = r.string(QStringLiteral("client"));
    if (!client)
        return client.error();
    Result<QString> reason = r.optionalString(QStringLiteral("reason"));
    if (!reason)
        return reason.error();
    Result<OptionalTime> until = r.optionalTime(QStringLiteral("until"));
    if (!until)
        return until.error();
    Result<std::optional<bool>> openEnded = r.optionalFlag(QStringLiteral("open_ended"));
    if (!openEnded)
        return openEnded.error();
    const qint64 now = store.clock().nowMs();
    return respond<LegalHold>(
        LegalHolds(store).set(r.caller, {*client, *reason, *until, openEnded->value_or(false)}),
        [now](const LegalHold &h) { return json::toJson(h, now); }, 201);
}

Result<ApiResponse> releaseLegalHold(Store &store, ApiRequest &r)
{
    Result<QString> note = r.optionalString(QStringLiteral("note"));
    if (!note)
        return note.error();
    const qint64 now = store.clock().nowMs();
    return respond<LegalHold>(LegalHolds(store).release(r.caller, r.id(), *note),
                              [now](const LegalHold &h) { return json::toJson(h, now); });
}

Result<ApiResponse> readOrder(Store &store, ApiRequest &r, Orders::SentOrder sent)
{
    Result<bool> pii = includePii(r);
    if (!pii)
        return pii.error();
    return respond<Order>(Orders(store).order(r.caller, r.id(), *pii, std::move(sent)),
                          [](const Order &o) { return json::toJson(o); });
}

Result<ApiResponse> readOrder(Store &store, ApiRequest &r)
{
    return readOrder(store, r, {});
}

Result<ApiResponse> sweepRetention(Store &store, ApiRequest &r)
{
    return respond<SweepResult>(Orders(store).sweep(r.caller),
                                [](const SweepResult &s) { return json::toJson(s); });
}

Result<ApiResponse> retentionStatus(Store &store, ApiRequest &)
{
    const qint64 now = store.clock().nowMs();
    return respond<RetentionStatus>(
        Orders(store).retentionStatus(),
        [now](const RetentionStatus &s) { return json::toJson(s, now); });
}

Result<ApiResponse> listDeletionRequests(Store &store, ApiRequest &r)
{
    Result<ApiRequest::Paging> paging = r.paging();
    if (!paging)
        return paging.error();
    const qint64 now = store.clock().nowMs();
    return respond<Page<DeletionRequest>>(
        Orders(store).deletionRequests(paging->after, paging->limit),
        [now](const Page<DeletionRequest> &p) {
            return pageOf(p, [now](const DeletionRequest &d) { return json::toJson(d, now); });
        });
}

// The request in the body: its fields, and its scope, an object of its own.
Result<NewDeletionRequest> deletionRequestFrom(const ApiRequest &r)
{
    Result<QString> reference = r.string(QStringLiteral("reference"));
    Result<QString> received = r.string(QStringLiteral("received_at"));
    Result<QString> action = r.string(QStringLiteral("action"));
    for (const Result<QString> *field : {&reference, &received, &action}) {
        if (!*field)
            return field->error();
    }
    const QJsonValue scopeValue = r.body.value(QLatin1String("scope"));
    if (!scopeValue.isObject())
        return makeError(ErrorCode::InvalidInput,
                         QStringLiteral("\"scope\" must be an object like {\"type\": "
                                        "\"client\", \"client\": \"acme\"}"));
    ApiRequest scope;
    scope.body = scopeValue.toObject();
    Result<QString> type = scope.string(QStringLiteral("type"));
    Result<QString> client = scope.optionalString(QStringLiteral("client"));
    Result<QString> email = scope.optionalString(QStringLiteral("buyer_email"));
    for (const Result<QString> *field : {&type, &client, &email}) {
        if (!*field)
            return field->error();
    }
    QStringList orderIds;
    if (scope.body.contains(QLatin1String("order_ids"))
        && !scope.body.value(QLatin1String("order_ids")).isNull()) {
        Result<QStringList> ids = scope.stringList(QStringLiteral("order_ids"));
        if (!ids)
            return ids.error();
        orderIds = *ids;
    }
    NewDeletionRequest request;
    request.reference = *reference;
    request.receivedAt = orders::parseIsoTime(*received);
    request.action = *action;
    request.scope = {*type, *client, orderIds, *email};
    return request;
}

Result<ApiResponse> createDeletionRequest(Store &store, ApiRequest &r)
{
    Result<NewDeletionRequest> request = deletionRequestFrom(r);
    if (!request)
        return request.error();
    const qint64 now = store.clock().nowMs();
    return respond<DeletionRequest>(
        Orders(store).createDeletionRequest(r.caller, *request),
        [now](const DeletionRequest &d) { return json::toJson(d, now); }, 201);
}

Result<ApiResponse> readDeletionRequest(Store &store, ApiRequest &r)
{
    const qint64 now = store.clock().nowMs();
    return respond<DeletionRequest>(
        Orders(store).deletionRequest(r.id()),
        [now](const DeletionRequest &d) { return json::toJson(d, now); });
}

Result<ApiResponse> fulfilDeletionRequest(Store &store, ApiRequest &r)
{
    Result<QString> passphrase = r.optionalString(QStringLiteral("passphrase"));
    if (!passphrase)
        return passphrase.error();
    const qint64 now = store.clock().nowMs();
    return respond<Fulfilment>(
        Orders(store).fulfil(r.caller, r.id(), passphrase->toUtf8()), [now](const Fulfilment &f) {
            return json::Object {{"request", json::toJson(f.request, now)},
                                 {"archive_base64",
                                  f.archive.isEmpty()
                                      ? json::Value()
                                      : json::Value(QString::fromLatin1(f.archive.toBase64()))}};
        });
}

Result<ApiResponse> recordArchiveSaved(Store &store, ApiRequest &r)
{
    Result<QString> sha256 = r.string(QStringLiteral("sha256"));
    if (!sha256)
        return sha256.error();
    const qint64 now = store.clock().nowMs();
    return respond<DeletionRequest>(
        Orders(store).recordArchiveSaved(r.caller, r.id(), *sha256),
        [now](const DeletionRequest &d) { return json::toJson(d, now); });
}

} // namespace

// Amazon orders, retention and Amazon's deletion / return requests (docs/api.md, "Orders and
// retention"). Which orders a caller may read, and whether with PII, is decided per client by
// the caller's grants in the Orders service; the route table checks the role permissions.
void addOrderRoutes(RouteTable &routes, Store &store)
{
    const auto with = [&store](StoreHandler handler) {
        return withStore(store, handler);
    };
    routes.add("POST", QStringLiteral("/orders"), QStringLiteral("orders.ingest"),
               Access::Permission, Permission::OrdersIngest,
               BodyFields {field::string("client"), field::objectList("orders")},
               with(ingestOrders));
    routes.add("GET", QStringLiteral("/orders"), QStringLiteral("orders.list"), Access::SignedIn,
               {}, kNoBody, with(listOrders));
    routes.add("GET", QStringLiteral("/orders/aggregates"), QStringLiteral("orders.aggregates"),
               Access::SignedIn, {}, kNoBody, with(orderAggregates));
    // The figures the sweep kept of deleted order facts: the clients whose live aggregates the
    // caller may read (checked by the Orders service).
    routes.add("GET", QStringLiteral("/orders/daily-aggregates"),
               QStringLiteral("orders.daily_aggregates"), Access::SignedIn, {}, kNoBody,
               with(dailyAggregates));
    // The order's row goes out with the session's: a PII read's round trips are most of its
    // time on PostgreSQL. Orders::order() shows it only to a caller its grants admit.
    Route &orderRead
        = routes.add("GET", QStringLiteral("/orders/") + kIdPattern, QStringLiteral("orders.read"),
                     Access::SignedIn, {}, kNoBody, with(readOrder));
    orderRead.sendAhead = [&store](const ApiRequest &r) -> Handler {
        return [&store, sent = Orders(store).sendOrder(r.id())](ApiRequest &authorized) {
            return readOrder(store, authorized, sent);
        };
    };
    routes.add("POST", QStringLiteral("/retention/sweep"), QStringLiteral("retention.sweep"),
               Access::Permission, Permission::RetentionManage, kNoBody, with(sweepRetention));
    routes.add("GET", QStringLiteral("/retention/status"), QStringLiteral("retention.status"),
               Access::Permission, Permission::RetentionManage, kNoBody, with(retentionStatus));
    routes.add("GET", QStringLiteral("/legal-holds"), QStringLiteral("client.legal_hold_list"),
               Access::Permission, Permission::RetentionManage, kNoBody, with(listLegalHolds));
    routes.add("POST", QStringLiteral("/legal-holds"), QStringLiteral("client.legal_hold_set"),
               Access::Permission, Permission::RetentionManage,
               BodyFields {field::string("client"), field::string("reason"),
                           field::dateTime("until"), field::boolean("open_ended")},
               with(setLegalHold));
    routes.add("POST", QStringLiteral("/legal-holds/") + kIdPattern + QStringLiteral("/release"),
               QStringLiteral("client.legal_hold_released"), Access::Permission,
               Permission::RetentionManage, BodyFields {field::string("note")},
               with(releaseLegalHold));
    routes.add("GET", QStringLiteral("/deletion-requests"), QStringLiteral("deletion_request.list"),
               Access::Permission, Permission::RetentionManage, kNoBody,
               with(listDeletionRequests));
    routes.add("POST", QStringLiteral("/deletion-requests"),
               QStringLiteral("deletion_request.create"), Access::Permission,
               Permission::RetentionManage,
               BodyFields {field::string("reference"), field::dateTime("received_at"),
                           field::string("action"), field::string("scope.type"),
                           field::string("scope.client"), field::stringList("scope.order_ids"),
                           field::string("scope.buyer_email")},
               with(createDeletionRequest));
    routes.add("GET", QStringLiteral("/deletion-requests/") + kIdPattern,
               QStringLiteral("deletion_request.read"), Access::Permission,
               Permission::RetentionManage, kNoBody, with(readDeletionRequest));
    routes.add(
        "POST", QStringLiteral("/deletion-requests/") + kIdPattern + QStringLiteral("/fulfil"),
        QStringLiteral("deletion_request.fulfil"), Access::Permission, Permission::RetentionManage,
        BodyFields {field::secret("passphrase")}, with(fulfilDeletionRequest));
    routes.add("POST",
               QStringLiteral("/deletion-requests/") + kIdPattern
                   + QStringLiteral("/archive-saved"),
               QStringLiteral("deletion_request.archive_saved"), Access::Permission,
               Permission::RetentionManage, BodyFields {field::string("sha256")},
               with(recordArchiveSaved));
}

} // namespace cc::server
