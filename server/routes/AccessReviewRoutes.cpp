#include "Routes.h"
#include "domain/Roles.h"
#include "json/AccessReviewJson.h"
#include "json/Json.h"
#include "service/AccessReviews.h"
#include "store/Store.h"

namespace cc::server {

namespace {

Result<ApiResponse> listReviews(Store &store, ApiRequest &r)
{
    Result<ApiRequest::Paging> paging = r.paging();
    if (!paging)
        return paging.error();
    return respond<Page<AccessReview>>(
        AccessReviews(store).reviews(r.caller, paging->after, paging->limit),
        [](const Page<AccessReview> &p) { return json::page(p); });
}

Result<ApiResponse> startReview(Store &store, ApiRequest &r)
{
    Result<QString> title = r.string(QStringLiteral("title"));
    if (!title)
        return title.error();
    Result<QString> action = r.optionalString(QStringLiteral("unreviewed_action"));
    if (!action)
        return action.error();
    Result<OptionalTime> due = r.optionalTime(QStringLiteral("due_at"));
    if (!due)
        return due.error();
    return respond<AccessReview>(
        AccessReviews(store).start(r.caller, {*title, *due, *action}),
        [](const AccessReview &a) { return json::toJson(a); }, 201);
}

Result<ApiResponse> readReview(Store &store, ApiRequest &r)
{
    return respond<AccessReview>(AccessReviews(store).review(r.caller, r.id()),
                                 [](const AccessReview &a) { return json::toJson(a); });
}

Result<ApiResponse> listItems(Store &store, ApiRequest &r)
{
    Result<ApiRequest::Paging> paging = r.paging();
    if (!paging)
        return paging.error();
    const QString mine = r.query.queryItemValue(QStringLiteral("mine"));
    if (!mine.isEmpty() && mine != QLatin1String("true") && mine != QLatin1String("false"))
        return makeError(ErrorCode::InvalidInput, QStringLiteral("\"mine\" must be true or false"));
    return respond<Page<AccessReviewItem>>(
        AccessReviews(store).items(r.caller, r.id(), mine == QLatin1String("true"), paging->after,
                                   paging->limit),
        [](const Page<AccessReviewItem> &p) { return json::page(p); });
}

Result<ApiResponse> decideItem(Store &store, ApiRequest &r)
{
    Result<QString> decision = r.string(QStringLiteral("decision"));
    if (!decision)
        return decision.error();
    Result<QString> reason = r.optionalString(QStringLiteral("reason"));
    if (!reason)
        return reason.error();
    return respond<AccessReviewItem>(
        AccessReviews(store).decide(r.caller, r.id(0), r.id(1), *decision, *reason),
        [](const AccessReviewItem &i) { return json::toJson(i); });
}

// The evidence: the CSV's bytes as the campaign's hash covers them, or the JSON report.
Result<ApiResponse> reviewReport(Store &store, ApiRequest &r)
{
    const QString format = r.query.queryItemValue(QStringLiteral("format"));
    if (!format.isEmpty() && format != QLatin1String("csv") && format != QLatin1String("json"))
        return makeError(ErrorCode::InvalidInput, QStringLiteral("\"format\" must be csv or json"));
    Result<AccessReviewReport> report = AccessReviews(store).report(r.caller, r.id());
    if (!report)
        return report.error();
    if (format == QLatin1String("csv")) {
        ApiResponse csv;
        csv.contentType = "text/csv; charset=utf-8";
        csv.body = report->csv;
        return csv;
    }
    return ok(json::toJson(report.value()));
}

} // namespace

// Access review campaigns. Reading and deciding need only a sign-in: the service lets
// reviewers see and decide their own items, and access_reviews:manage holders everything.
void addAccessReviewRoutes(RouteTable &routes, Store &store)
{
    const auto with = [&store](StoreHandler handler) {
        return withStore(store, handler);
    };
    const QString one = QStringLiteral("/access-reviews/") + kIdPattern;
    routes.add("GET", QStringLiteral("/access-reviews"), QStringLiteral("access_review.list"),
               Access::SignedIn, {}, kNoBody, with(listReviews));
    routes.add("POST", QStringLiteral("/access-reviews"), QStringLiteral("access_review.start"),
               Access::Permission, Permission::AccessReviewsManage,
               BodyFields {field::string("title"), field::string("unreviewed_action"),
                           field::dateTime("due_at")},
               with(startReview));
    routes.add("GET", one, QStringLiteral("access_review.get"), Access::SignedIn, {}, kNoBody,
               with(readReview));
    routes.add("GET", one + QStringLiteral("/items"), QStringLiteral("access_review.items"),
               Access::SignedIn, {}, kNoBody, with(listItems));
    routes.add("POST", one + QStringLiteral("/items/") + kIdPattern + QStringLiteral("/decision"),
               QStringLiteral("access_review.decide"), Access::SignedIn, {},
               BodyFields {field::string("decision"), field::string("reason")}, with(decideItem));
    routes.add("GET", one + QStringLiteral("/report"), QStringLiteral("access_review.report"),
               Access::Permission, Permission::AccessReviewsManage, kNoBody, with(reviewReport));
}

} // namespace cc::server
