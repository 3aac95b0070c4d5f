#include "Routes.h"
#include "audit/AuditExport.h"
#include "audit/AuditLog.h"
#include "crypto/Signature.h"
#include "domain/Roles.h"
#include "json/Json.h"
#include "service/AuditWatch.h"
#include "store/Store.h"

#include <algorithm>
#include <memory>

#include <QFileInfo>
#include <QRegularExpression>

namespace cc::server {

namespace {

constexpr int kVerifyStepEvents = 20000; // per streamed progress line
constexpr int kMaxFilterLength = 200;

Error parameterError(const QString &name, const QString &expected)
{
    return makeError(ErrorCode::InvalidInput,
                     QStringLiteral("parameter \"%1\" %2").arg(name, expected));
}

std::optional<QString> queryValue(const ApiRequest &r, const QString &name)
{
    if (!r.query.hasQueryItem(name))
        return std::nullopt;
    return r.query.queryItemValue(name, QUrl::FullyDecoded);
}

Result<std::optional<qint64>> timeParameter(const ApiRequest &r, const QString &name)
{
    const std::optional<QString> text = queryValue(r, name);
    if (!text)
        return std::optional<qint64>();
    const std::optional<qint64> ms = audit::parseIsoTime(*text);
    if (!ms)
        return parameterError(name,
                              QStringLiteral("must be an ISO 8601 time in UTC, e.g. "
                                             "2026-11-29T15:36:23Z"));
    return ms;
}

struct Paging
{
    qint64 after = 0;
    int limit = 100;
};

// Digits only: QString::toLongLong stops at a decoded NUL ("1%00" would read as 1).
bool isWholeNumber(const QString &text)
{
    return !text.isEmpty() && text.size() <= 18
        && std::all_of(text.cbegin(), text.cend(),
                       [](QChar c) { return c >= QLatin1Char('0') && c <= QLatin1Char('9'); });
}

Result<Paging> paging(const ApiRequest &r, int maxLimit)
{
    Paging p;
    bool ok = true;
    if (const std::optional<QString> after = queryValue(r, QStringLiteral("after")))
        p.after = isWholeNumber(*after) ? after->toLongLong(&ok) : -1;
    if (!ok || p.after < 0)
        return parameterError(QStringLiteral("after"),
                              QStringLiteral("must be a non-negative whole number"));
    if (const std::optional<QString> limit = queryValue(r, QStringLiteral("limit")))
        p.limit = isWholeNumber(*limit) ? limit->toInt(&ok) : 0;
    if (!ok || p.limit < 1 || p.limit > maxLimit)
        return parameterError(QStringLiteral("limit"),
                              QStringLiteral("must be a whole number from 1 to %1").arg(maxLimit));
    return p;
}

// GET /audit's filters (docs/api.md, "Audit log"), each refused by name when malformed.
Result<AuditFilter> auditFilter(const ApiRequest &r)
{
    AuditFilter f;
    const std::pair<const char *, QString *> texts[] = {
        {"actor", &f.actor},
        {"action", &f.action},
        {"object_type", &f.objectType},
        {"object_id", &f.objectId},
    };
    for (const auto &[name, target] : texts) {
        const std::optional<QString> value = queryValue(r, QLatin1String(name));
        if (!value)
            continue;
        if (value->isEmpty() || value->size() > kMaxFilterLength)
            return parameterError(
                QLatin1String(name),
                QStringLiteral("must be 1 to %1 characters").arg(kMaxFilterLength));
        *target = *value;
    }
    if (f.action.indexOf(QLatin1Char('*')) >= 0
        && f.action.indexOf(QLatin1Char('*')) != f.action.size() - 1)
        return parameterError(QStringLiteral("action"),
                              QStringLiteral("is an action name or a prefix ending in *, e.g. "
                                             "access.*"));
    if (const std::optional<QString> outcome = queryValue(r, QStringLiteral("outcome"))) {
        if (*outcome != QLatin1String("success") && *outcome != QLatin1String("denied")
            && *outcome != QLatin1String("failure"))
            return parameterError(QStringLiteral("outcome"),
                                  QStringLiteral("must be success, denied or failure"));
        f.outcome = *outcome;
    }
    Result<std::optional<qint64>> from = timeParameter(r, QStringLiteral("from"));
    if (!from)
        return from.error();
    Result<std::optional<qint64>> to = timeParameter(r, QStringLiteral("to"));
    if (!to)
        return to.error();
    f.fromMs = *from;
    f.toMs = *to;
    if (f.fromMs && f.toMs && *f.toMs <= *f.fromMs)
        return parameterError(QStringLiteral("to"), QStringLiteral("must be after \"from\""));
    if (const std::optional<QString> order = queryValue(r, QStringLiteral("order"))) {
        if (*order != QLatin1String("asc") && *order != QLatin1String("desc"))
            return parameterError(QStringLiteral("order"), QStringLiteral("must be asc or desc"));
        f.descending = *order == QLatin1String("desc");
    }
    return f;
}

QString describe(const AuditFilter &f, const Paging &p, qsizetype count)
{
    QStringList parts;
    const std::pair<const char *, const QString *> texts[] = {
        {"actor", &f.actor},        {"action", &f.action},   {"object_type", &f.objectType},
        {"object_id", &f.objectId}, {"outcome", &f.outcome},
    };
    // Filter values are the caller's text: only identifier-like ones are recorded, so a name or
    // an address typed into a filter never reaches the audit trail.
    static const QRegularExpression identifier(QStringLiteral("^[A-Za-z0-9._:/*-]{1,64}$"));
    for (const auto &[name, value] : texts) {
        if (!value->isEmpty())
            parts << QStringLiteral("%1=%2").arg(
                QLatin1String(name),
                identifier.match(*value).hasMatch() ? *value : QStringLiteral("(not recorded)"));
    }
    if (f.fromMs)
        parts << QStringLiteral("from=") + audit::isoTime(*f.fromMs);
    if (f.toMs)
        parts << QStringLiteral("to=") + audit::isoTime(*f.toMs);
    if (f.descending)
        parts << QStringLiteral("order=desc");
    parts << QStringLiteral("after=%1").arg(p.after) << QStringLiteral("count=%1").arg(count);
    return parts.join(QLatin1Char(' '));
}

AuditEvent readEvent(const Caller &caller, const QString &action, const QString &detail)
{
    AuditEvent e;
    e.actorId = caller.userId;
    e.actor = caller.username;
    e.action = action;
    e.objectType = QStringLiteral("audit");
    e.detail = detail;
    return e;
}

json::Object toJson(const AuditCheckpoint &c)
{
    return {{"seq", c.seq},
            {"hash", c.hash},
            {"at", audit::isoTime(c.atMs)},
            {"at_ms", c.atMs},
            {"key_id", c.keyId},
            {"signature", QString::fromLatin1(c.signature.toBase64())}};
}

QByteArray line(const json::Object &object)
{
    return object.toJson() + '\n';
}

json::Object toJson(const BreakAcknowledgement &a)
{
    return {{"seq", a.seq},        {"reason", a.reason},           {"actor", a.actor},
            {"os_user", a.osUser}, {"at", audit::isoTime(a.atMs)}, {"problem", a.problem}};
}

json::Object verificationJson(const AuditVerification &v)
{
    json::Values acknowledged;
    for (const BreakAcknowledgement &a : v.acknowledgedBreaks)
        acknowledged.emplace_back(toJson(a));
    return {{"done", true},
            {"intact", v.intact},
            {"audit_state", auditStateName(v.state())},
            {"event_count", v.eventCount},
            {"first_bad_seq", v.intact ? json::Value() : json::Value(v.firstBadSeq)},
            {"problem", v.intact ? json::Value() : json::Value(v.problem)},
            {"head_seq", v.headSeq},
            {"head_hash", v.headHash},
            {"base_seq", v.baseSeq},
            {"checkpoints_verified", v.checkpointsVerified},
            {"anchors_matched", v.anchorsMatched},
            {"acknowledged_breaks", std::move(acknowledged)}};
}

// One line of the anchor file as GET /audit/anchors lists it: the line's own fields, its line
// number and the time in ISO form.
QJsonObject anchorJson(const audit::Anchor &anchor)
{
    QJsonObject object = audit::toJson(anchor);
    object.insert(QStringLiteral("line"), anchor.line);
    object.insert(QStringLiteral("at"), audit::isoTime(anchor.atMs()));
    return object;
}

} // namespace

// The audit trail, readable by holders of audit:read; every read is itself audited.
void addAuditRoutes(RouteTable &routes, Store &store, AuditWatch &watch)
{
    routes.add("GET", QStringLiteral("/audit"), QStringLiteral("audit.read"), Access::Permission,
               Permission::AuditRead, kNoBody, [&store](ApiRequest &r) -> Result<ApiResponse> {
                   Result<Paging> page = paging(r, audit::kMaxPageSize);
                   if (!page)
                       return page.error();
                   Result<AuditFilter> filter = auditFilter(r);
                   if (!filter)
                       return filter.error();
                   Result<Page<AuditEvent>> events
                       = audit::list(store, *filter, page->after, page->limit);
                   if (!events)
                       return events.error();
                   if (Result<AuditEvent> logged
                       = audit::record(store,
                                       readEvent(r.caller, QStringLiteral("audit.read"),
                                                 describe(*filter, *page, events->items.size())));
                       !logged)
                       return logged.error();
                   return ok(json::page(*events));
               });

    // The chain's ends and this instance's verdict on it, as of its last check.
    routes.add(
        "GET", QStringLiteral("/audit/head"), QStringLiteral("audit.head"), Access::Permission,
        Permission::AuditRead, kNoBody, [&store, &watch](ApiRequest &) -> Result<ApiResponse> {
            const AuditWatch::Status &state = watch.status();
            const bool broken = state.state == AuditState::Broken;
            return respond<AuditHead>(audit::head(store), [&](const AuditHead &h) {
                return json::Object {
                    {"seq", h.seq},
                    {"hash", h.hash},
                    {"base_seq", h.baseSeq},
                    {"base_hash", h.baseHash},
                    {"audit_state", auditStateName(state.state)},
                    {"audit_first_bad_seq",
                     broken ? json::Value(state.firstBadSeq) : json::Value()},
                    {"audit_problem", broken ? json::Value(state.problem) : json::Value()},
                    {"audit_checked_at",
                     state.checked ? json::Value(audit::isoTime(state.checkedAt)) : json::Value()}};
            });
        });

    // This instance's anchor file, paged by line (docs/api.md, "Anchors").
    routes.add(
        "GET", QStringLiteral("/audit/anchors"), QStringLiteral("audit.anchors"),
        Access::Permission, Permission::AuditRead, kNoBody,
        [&store](ApiRequest &r) -> Result<ApiResponse> {
            Result<Paging> page = paging(r, audit::kMaxPageSize);
            if (!page)
                return page.error();
            Result<audit::AnchorFileContents> file = audit::readAnchorFile(store);
            if (!file)
                return file.error();
            json::Values items;
            json::Value next;
            for (const audit::Anchor &a : std::as_const(file->anchors)) {
                if (a.line <= page->after)
                    continue;
                if (qsizetype(items.size()) == page->limit) {
                    next = json::Value(a.line - 1);
                    break;
                }
                items.emplace_back(anchorJson(a));
            }
            return ok(
                {{"file", QFileInfo(store.dataDir().auditAnchorsFile()).fileName()},
                 {"problem", file->problem.isEmpty() ? json::Value() : json::Value(file->problem)},
                 {"items", std::move(items)},
                 {"next_after", next}});
        });

    routes.add("GET", QStringLiteral("/audit/signing-key"), QStringLiteral("audit.signing_key"),
               Access::SignedIn, {}, kNoBody, [&store](ApiRequest &) -> Result<ApiResponse> {
                   return respond<QByteArray>(
                       audit::signingPublicKey(store), [](const QByteArray &key) {
                           return json::Object {{"algorithm", QStringLiteral("Ed25519")},
                                                {"public_key", QString::fromLatin1(key.toBase64())},
                                                {"key_id", crypto::keyFingerprint(key)}};
                       });
               });

    routes.add("GET", QStringLiteral("/audit/checkpoints"), QStringLiteral("audit.checkpoints"),
               Access::Permission, Permission::AuditRead, kNoBody,
               [&store](ApiRequest &r) -> Result<ApiResponse> {
                   Result<Paging> page = paging(r, audit::kMaxPageSize);
                   if (!page)
                       return page.error();
                   Result<QList<AuditCheckpoint>> list
                       = audit::checkpoints(store, page->after, page->limit + 1);
                   if (!list)
                       return list.error();
                   json::Values items;
                   for (qsizetype i = 0; i < std::min<qsizetype>(list->size(), page->limit); ++i)
                       items.emplace_back(toJson(list->at(i)));
                   return ok(
                       {{"items", std::move(items)},
                        {"next_after",
                         list->size() > page->limit ? json::Value(list->at(page->limit - 1).seq)
                                                    : json::Value()}});
               });

    // Streams NDJSON progress, then the result (docs/api.md, "Audit log").
    routes.add(
        "GET", QStringLiteral("/audit/verify"), QStringLiteral("audit.verify"), Access::Permission,
        Permission::AuditRead, kNoBody, [&store, &watch](ApiRequest &r) -> Result<ApiResponse> {
            Result<AuditHead> head = audit::head(store);
            if (!head)
                return head.error();
            if (Result<AuditEvent> logged
                = audit::record(store,
                                readEvent(r.caller, QStringLiteral("audit.verify"),
                                          QStringLiteral("base_seq=%1 head_seq=%2")
                                              .arg(head->baseSeq)
                                              .arg(head->seq)));
                !logged)
                return logged.error();
            auto verifier = std::make_shared<audit::Verifier>(store);
            auto finished = std::make_shared<bool>(false);
            const Caller caller = r.caller;
            ApiResponse response;
            response.contentType = "application/x-ndjson";
            response.stream
                = [&store, &watch, verifier, finished, caller]() -> std::optional<QByteArray> {
                if (*finished)
                    return std::nullopt;
                Result<bool> done = verifier->step(kVerifyStepEvents);
                const QByteArray progress
                    = line({{"checked", verifier->checked()}, {"total", verifier->total()}});
                if (done && !*done)
                    return progress;
                *finished = true;
                AuditVerification result = verifier->result();
                if (!done) {
                    result.intact = false;
                    result.problem = QStringLiteral("the store could not complete the check: %1")
                                         .arg(done.error().message);
                }
                if (done)
                    watch.record(result, VerifyScope::Full); // a new break raises the alarm
                if (!result.intact) {
                    AuditEvent failed = readEvent(caller, QStringLiteral("audit.verify"),
                                                  QStringLiteral("first_bad_seq=%1 problem=%2")
                                                      .arg(result.firstBadSeq)
                                                      .arg(result.problem));
                    failed.outcome = QStringLiteral("failure");
                    // The answer goes out even if this record cannot be written.
                    (void)audit::record(store, failed);
                }
                return progress + line(verificationJson(result));
            };
            return response;
        });

    routes.add("GET", QStringLiteral("/audit/export"), QStringLiteral("audit.export"),
               Access::Permission, Permission::AuditRead, kNoBody,
               [&store](ApiRequest &r) -> Result<ApiResponse> {
                   Result<std::optional<qint64>> from = timeParameter(r, QStringLiteral("from"));
                   if (!from)
                       return from.error();
                   Result<std::optional<qint64>> to = timeParameter(r, QStringLiteral("to"));
                   if (!to)
                       return to.error();
                   if (!*from || !*to)
                       return makeError(ErrorCode::InvalidInput,
                                        QStringLiteral("an export needs \"from\" and \"to\" (ISO "
                                                       "8601 UTC times)"));
                   if (**to <= **from)
                       return parameterError(QStringLiteral("to"),
                                             QStringLiteral("must be after \"from\""));
                   Result<QByteArray> file = audit::exportRange(store, r.caller, **from, **to);
                   if (!file)
                       return file.error();
                   ApiResponse response;
                   response.contentType = "application/x-ndjson";
                   response.body = file.value();
                   return response;
               });
}

} // namespace cc::server
