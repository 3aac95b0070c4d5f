#include "Routes.h"
#include "domain/Roles.h"
#include "json/Json.h"
#include "service/Controls.h"
#include "service/PolicyAcknowledgements.h"
#include "store/Store.h"

namespace cc::server {

namespace {

json::Object toJson(const ControlState &s)
{
    json::Values evidence;
    for (const ControlEvidence &e : s.evidence)
        evidence.emplace_back(json::Object {{"label", e.label},
                                            {"count", e.count},
                                            {"object_type", e.objectType},
                                            {"filter", e.filter}});
    return {
        {"id", s.definition->id},
        {"group", s.definition->group},
        {"policy_text", s.definition->policyText},
        {"owner", s.definition->owner},
        {"status", s.status},
        {"summary", s.summary},
        {"evaluated_at", json::time(s.evaluatedAt)},
        {"evidence", std::move(evidence)},
    };
}

json::Object toJson(const ControlAttestation &a)
{
    return {
        {"id", a.id},
        {"control", a.controlId},
        {"attested_by", a.attestedBy},
        {"note", a.note},
        {"document_name", a.documentName},
        {"document_sha256", a.documentSha256},
        {"document_bytes", a.documentBytes},
        {"attested_at", json::time(a.attestedAt)},
        {"expires_at", json::time(a.expiresAt)},
    };
}

// ?control=<id>, required by the history and attestation reads.
Result<QString> controlParameter(const ApiRequest &r)
{
    const QString id = r.query.queryItemValue(QStringLiteral("control"));
    if (id.isEmpty())
        return makeError(ErrorCode::InvalidInput,
                         QStringLiteral("say which control: ?control=<id>, e.g. MOAJ-AM-03"));
    return id;
}

Result<ApiResponse> listControls(Store &store, const ControlRuntimeSource &runtime, ApiRequest &r)
{
    Result<QList<ControlState>> states = Controls(store).evaluate(r.caller, runtime());
    if (!states)
        return states.error();
    json::Values items;
    for (const ControlState &s : std::as_const(*states))
        items.emplace_back(toJson(s));
    return ok({{"items", std::move(items)}});
}

Result<ApiResponse> controlHistory(Store &store, ApiRequest &r)
{
    Result<QString> id = controlParameter(r);
    if (!id)
        return id.error();
    int days = 90;
    if (r.query.hasQueryItem(QStringLiteral("days"))) {
        bool isNumber = false;
        days = r.query.queryItemValue(QStringLiteral("days")).toInt(&isNumber);
        if (!isNumber)
            return makeError(ErrorCode::InvalidInput,
                             QStringLiteral("days must be a whole number from 1 to 3660"));
    }
    Result<ControlHistory> history = Controls(store).history(r.caller, *id, days);
    if (!history)
        return history.error();
    json::Values items;
    for (const ControlDay &d : std::as_const(history->days))
        items.emplace_back(json::Object {{"day", d.day},
                                         {"status", d.status},
                                         {"summary", d.summary},
                                         {"policy_version", d.policyVersion}});
    return ok({{"control", history->controlId},
               {"compliant_since", history->compliantSince},
               {"items", std::move(items)}});
}

Result<ApiResponse> controlAttestations(Store &store, ApiRequest &r)
{
    Result<QString> id = controlParameter(r);
    if (!id)
        return id.error();
    Result<QList<ControlAttestation>> found = Controls(store).attestations(r.caller, *id);
    if (!found)
        return found.error();
    json::Values items;
    for (const ControlAttestation &a : std::as_const(*found))
        items.emplace_back(toJson(a));
    return ok({{"items", std::move(items)}});
}

json::Object toJson(const PolicyStatement &p)
{
    return {
        {"version", p.version},
        {"sha256", p.sha256},
        {"text", p.text},
        {"acknowledged_at", json::time(p.acknowledgedAt)},
        {"due_at", json::time(p.dueAt)},
        {"standing", p.standing},
    };
}

Result<ApiResponse> policyText(Store &store, ApiRequest &r)
{
    return respond<PolicyStatement>(PolicyAcknowledgements(store).current(r.caller),
                                    [](const PolicyStatement &p) { return toJson(p); });
}

Result<ApiResponse> acknowledgePolicy(Store &store, ApiRequest &r)
{
    Result<QString> version = r.string(QStringLiteral("version"));
    if (!version)
        return version.error();
    return respond<PolicyStatement>(
        PolicyAcknowledgements(store).acknowledge(r.caller, *version),
        [](const PolicyStatement &p) { return toJson(p); }, 201);
}

} // namespace

// Controls (docs/api.md, "Controls"): each policy statement evaluated live, its daily record
// and its attestations; read by holders of controls:read, every read audited.
void addControlRoutes(RouteTable &routes, Store &store, ControlRuntimeSource runtime)
{
    routes.add("GET", QStringLiteral("/controls"), QStringLiteral("control.list"),
               Access::Permission, Permission::ControlsRead, kNoBody,
               [&store, runtime](ApiRequest &r) { return listControls(store, runtime, r); });
    routes.add("GET", QStringLiteral("/controls/history"), QStringLiteral("control.history"),
               Access::Permission, Permission::ControlsRead, kNoBody,
               [&store](ApiRequest &r) { return controlHistory(store, r); });
    routes.add("GET", QStringLiteral("/controls/attestations"),
               QStringLiteral("control.attestations"), Access::Permission, Permission::ControlsRead,
               kNoBody, [&store](ApiRequest &r) { return controlAttestations(store, r); });
    // The policy text every active person acknowledges, signed in (control MOAJ-GS-02).
    routes.add("GET", QStringLiteral("/policy/text"), QStringLiteral("policy.text"),
               Access::SignedIn, {}, kNoBody,
               [&store](ApiRequest &r) { return policyText(store, r); });
    routes.add("POST", QStringLiteral("/policy/acknowledge"), QStringLiteral("policy.acknowledge"),
               Access::SignedIn, {}, BodyFields {field::string("version")},
               [&store](ApiRequest &r) { return acknowledgePolicy(store, r); });
}

} // namespace cc::server
