#include "Routes.h"
#include "domain/Roles.h"
#include "json/Json.h"
#include "service/ThirdParties.h"
#include "store/Store.h"

namespace cc::server {

namespace {

json::Values strings(const QStringList &list)
{
    json::Values values;
    for (const QString &s : list)
        values.emplace_back(s);
    return values;
}

json::Value toJson(const std::optional<SubcontractorAssessment> &a)
{
    if (!a)
        return json::Value();
    return json::Object {
        {"id", a->id},
        {"assessed_at", json::time(a->assessedAt)},
        {"outcome", a->outcome},
        {"assessor", a->assessor},
        {"notes", a->notes},
        {"document_name", a->documentName},
        {"document_sha256", a->documentSha256},
        {"document_bytes", a->documentBytes},
        {"recorded_by", a->recordedBy},
    };
}

json::Object toJson(const Subcontractor &s)
{
    return {
        {"id", s.id},
        {"name", s.name},
        {"contact", s.contact},
        {"data_categories", strings(s.dataCategories)},
        {"status", s.status},
        {"last_assessment", toJson(s.lastAssessment)},
        {"assessment_due_at", json::time(s.assessmentDueAt)},
        {"created_by", s.createdBy},
        {"created_at", json::time(s.createdAt)},
        {"ended_by", s.endedAt ? json::Value(s.endedBy) : json::Value()},
        {"ended_at", json::time(s.endedAt)},
        {"end_note", s.endedAt ? json::Value(s.endNote) : json::Value()},
    };
}

json::Object toJson(const ApiCredential &c)
{
    return {
        {"id", c.id},
        {"name", c.name},
        {"owner", c.owner},
        {"owner_active", c.ownerActive},
        {"location", c.location},
        {"purpose", c.purpose},
        {"rotation_days", c.rotationDays},
        {"last_rotated_at", json::time(c.lastRotatedAt)},
        {"rotation_due_at", json::time(c.rotationDueAt)},
        {"status", c.status},
        {"created_by", c.createdBy},
        {"created_at", json::time(c.createdAt)},
        {"retired_by", c.retiredAt ? json::Value(c.retiredBy) : json::Value()},
        {"retired_at", json::time(c.retiredAt)},
        {"retire_note", c.retiredAt ? json::Value(c.retireNote) : json::Value()},
    };
}

// "status" and "overdue" of a register's list.
Result<RegisterFilter> filterOf(const ApiRequest &r)
{
    RegisterFilter filter;
    filter.status = r.query.queryItemValue(QStringLiteral("status"));
    const QString overdue = r.query.queryItemValue(QStringLiteral("overdue"));
    if (overdue == QLatin1String("true") || overdue == QLatin1String("false"))
        filter.overdue = overdue == QLatin1String("true");
    else if (!overdue.isEmpty())
        return makeError(ErrorCode::InvalidInput,
                         QStringLiteral("\"overdue\" must be true or false"));
    return filter;
}

// For PATCH: nullopt when absent, else a whole number.
Result<std::optional<int>> optionalInteger(const ApiRequest &r, const QString &field)
{
    const QJsonValue value = r.body.value(field);
    if (value.isUndefined() || value.isNull())
        return std::optional<int>();
    Result<int> number = r.integer(field);
    if (!number)
        return number.error();
    return std::optional<int>(*number);
}

template<typename T, typename Register> Result<ApiResponse> listOf(Store &store, ApiRequest &r)
{
    Result<ApiRequest::Paging> paging = r.paging();
    if (!paging)
        return paging.error();
    Result<RegisterFilter> filter = filterOf(r);
    if (!filter)
        return filter.error();
    Result<Page<T>> page = Register(store).list(r.caller, *filter, paging->after, paging->limit);
    if (!page)
        return page.error();
    json::Values items;
    for (const T &item : std::as_const(page->items))
        items.emplace_back(toJson(item));
    return ok({{"items", std::move(items)}, {"next_after", page->nextAfter}});
}

Result<ApiResponse> addSubcontractor(Store &store, ApiRequest &r)
{
    Result<QString> name = r.string(QStringLiteral("name"));
    Result<QString> contact = r.string(QStringLiteral("contact"));
    Result<QStringList> data = r.stringList(QStringLiteral("data_categories"));
    if (!name)
        return name.error();
    if (!contact)
        return contact.error();
    if (!data)
        return data.error();
    return respond<Subcontractor>(
        Subcontractors(store).create(r.caller, {*name, *contact, *data}),
        [](const Subcontractor &x) { return toJson(x); }, 201);
}

Result<ApiResponse> changeSubcontractor(Store &store, ApiRequest &r)
{
    SubcontractorChange change;
    for (const auto &[name, member] : {std::pair {"name", &SubcontractorChange::name},
                                       std::pair {"contact", &SubcontractorChange::contact}}) {
        Result<std::optional<QString>> value = r.changedString(QString::fromLatin1(name));
        if (!value)
            return value.error();
        change.*member = *value;
    }
    if (r.body.contains(QStringLiteral("data_categories"))) {
        Result<QStringList> data = r.stringList(QStringLiteral("data_categories"));
        if (!data)
            return data.error();
        change.dataCategories = *data;
    }
    return respond<Subcontractor>(Subcontractors(store).change(r.caller, r.id(), change),
                                  [](const Subcontractor &x) { return toJson(x); });
}

// The document of an assessment, base64 in the body.
Result<QByteArray> document(const ApiRequest &r)
{
    const QJsonValue value = r.body.value(QStringLiteral("document_base64"));
    if (!value.isString() || value.toString().isEmpty())
        return makeError(ErrorCode::InvalidInput,
                         QStringLiteral("field \"document_base64\" is required and must be a "
                                        "string"));
    const auto decoded = QByteArray::fromBase64Encoding(value.toString().toLatin1(),
                                                        QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded)
        return makeError(ErrorCode::InvalidInput,
                         QStringLiteral("field \"document_base64\" is not valid base64"));
    return *decoded;
}

Result<ApiResponse> assessSubcontractor(Store &store, ApiRequest &r)
{
    Result<OptionalTime> at = r.optionalTime(QStringLiteral("assessed_at"));
    Result<QString> outcome = r.string(QStringLiteral("outcome"));
    Result<QString> assessor = r.string(QStringLiteral("assessor"));
    Result<QString> notes = r.optionalString(QStringLiteral("notes"));
    Result<QString> name = r.string(QStringLiteral("document_name"));
    Result<QByteArray> bytes = document(r);
    if (!at)
        return at.error();
    if (!outcome)
        return outcome.error();
    if (!assessor)
        return assessor.error();
    if (!notes)
        return notes.error();
    if (!name)
        return name.error();
    if (!bytes)
        return bytes.error();
    return respond<Subcontractor>(
        Subcontractors(store).assess(r.caller, r.id(),
                                     {*at, outcome->trimmed(), *assessor, *notes, *name, *bytes}),
        [](const Subcontractor &x) { return toJson(x); }, 201);
}

Result<ApiResponse> endSubcontractor(Store &store, ApiRequest &r)
{
    Result<QString> note = r.string(QStringLiteral("note"));
    if (!note)
        return note.error();
    return respond<Subcontractor>(Subcontractors(store).end(r.caller, r.id(), *note),
                                  [](const Subcontractor &x) { return toJson(x); });
}

Result<ApiResponse> addCredential(Store &store, ApiRequest &r)
{
    NewApiCredential c;
    for (const auto &[name, member] : {std::pair {"name", &NewApiCredential::name},
                                       std::pair {"owner", &NewApiCredential::owner},
                                       std::pair {"location", &NewApiCredential::location},
                                       std::pair {"purpose", &NewApiCredential::purpose}}) {
        Result<QString> value = r.string(QString::fromLatin1(name));
        if (!value)
            return value.error();
        c.*member = *value;
    }
    Result<std::optional<int>> days = optionalInteger(r, QStringLiteral("rotation_days"));
    Result<OptionalTime> rotated = r.optionalTime(QStringLiteral("last_rotated_at"));
    if (!days)
        return days.error();
    if (!rotated)
        return rotated.error();
    c.rotationDays = *days;
    c.lastRotatedAt = *rotated;
    return respond<ApiCredential>(
        ApiCredentials(store).create(r.caller, c), [](const ApiCredential &x) { return toJson(x); },
        201);
}

Result<ApiResponse> changeCredential(Store &store, ApiRequest &r)
{
    ApiCredentialChange change;
    for (const auto &[name, member] : {std::pair {"name", &ApiCredentialChange::name},
                                       std::pair {"owner", &ApiCredentialChange::owner},
                                       std::pair {"location", &ApiCredentialChange::location},
                                       std::pair {"purpose", &ApiCredentialChange::purpose}}) {
        Result<std::optional<QString>> value = r.changedString(QString::fromLatin1(name));
        if (!value)
            return value.error();
        change.*member = *value;
    }
    Result<std::optional<int>> days = optionalInteger(r, QStringLiteral("rotation_days"));
    if (!days)
        return days.error();
    change.rotationDays = *days;
    return respond<ApiCredential>(ApiCredentials(store).change(r.caller, r.id(), change),
                                  [](const ApiCredential &x) { return toJson(x); });
}

Result<ApiResponse> rotateCredential(Store &store, ApiRequest &r)
{
    Result<OptionalTime> at = r.optionalTime(QStringLiteral("rotated_at"));
    Result<QString> note = r.optionalString(QStringLiteral("note"));
    if (!at)
        return at.error();
    if (!note)
        return note.error();
    return respond<ApiCredential>(
        ApiCredentials(store).rotate(r.caller, r.id(), {*at, *note}),
        [](const ApiCredential &x) { return toJson(x); }, 201);
}

Result<ApiResponse> retireCredential(Store &store, ApiRequest &r)
{
    Result<QString> note = r.string(QStringLiteral("note"));
    if (!note)
        return note.error();
    return respond<ApiCredential>(ApiCredentials(store).retire(r.caller, r.id(), *note),
                                  [](const ApiCredential &x) { return toJson(x); });
}

} // namespace

// The subcontractor register and the API credential register (docs/api.md, "Third parties"):
// holders of thirdparties:manage read and keep both.
void addThirdPartyRoutes(RouteTable &routes, Store &store)
{
    const QString &manage = Permission::ThirdPartiesManage;
    const QString subcontractor = QStringLiteral("/subcontractors/") + kIdPattern;
    routes.add("GET", QStringLiteral("/subcontractors"), QStringLiteral("subcontractor.list"),
               Access::Permission, manage, kNoBody,
               withStore(store, listOf<Subcontractor, Subcontractors>));
    routes.add("POST", QStringLiteral("/subcontractors"), QStringLiteral("subcontractor.create"),
               Access::Permission, manage,
               BodyFields {field::string("name"), field::string("contact"),
                           field::stringList("data_categories")},
               withStore(store, addSubcontractor));
    routes.add("PATCH", subcontractor, QStringLiteral("subcontractor.update"), Access::Permission,
               manage,
               BodyFields {field::string("name"), field::string("contact"),
                           field::stringList("data_categories")},
               withStore(store, changeSubcontractor));
    routes
        .add("POST", subcontractor + QStringLiteral("/assessments"),
             QStringLiteral("subcontractor.assess"), Access::Permission, manage,
             BodyFields {field::dateTime("assessed_at"), field::string("outcome"),
                         field::string("assessor"), field::string("notes"),
                         field::string("document_name"), field::string("document_base64")},
             withStore(store, assessSubcontractor))
        .maxBodyBytes
        = kDocumentBodyBytes; // an assessment document of up to 10 MiB, base64
    routes.add("POST", subcontractor + QStringLiteral("/end"), QStringLiteral("subcontractor.end"),
               Access::Permission, manage, BodyFields {field::string("note")},
               withStore(store, endSubcontractor));

    const QString credential = QStringLiteral("/api-credentials/") + kIdPattern;
    routes.add("GET", QStringLiteral("/api-credentials"), QStringLiteral("api_credential.list"),
               Access::Permission, manage, kNoBody,
               withStore(store, listOf<ApiCredential, ApiCredentials>));
    routes.add("POST", QStringLiteral("/api-credentials"), QStringLiteral("api_credential.create"),
               Access::Permission, manage,
               BodyFields {field::string("name"), field::string("owner"), field::string("location"),
                           field::string("purpose"), field::integer("rotation_days"),
                           field::dateTime("last_rotated_at")},
               withStore(store, addCredential));
    routes.add("PATCH", credential, QStringLiteral("api_credential.update"), Access::Permission,
               manage,
               BodyFields {field::string("name"), field::string("owner"), field::string("location"),
                           field::string("purpose"), field::integer("rotation_days")},
               withStore(store, changeCredential));
    routes.add("POST", credential + QStringLiteral("/rotations"),
               QStringLiteral("api_credential.rotate"), Access::Permission, manage,
               BodyFields {field::dateTime("rotated_at"), field::string("note")},
               withStore(store, rotateCredential));
    routes.add("POST", credential + QStringLiteral("/retire"),
               QStringLiteral("api_credential.retire"), Access::Permission, manage,
               BodyFields {field::string("note")}, withStore(store, retireCredential));
}

} // namespace cc::server
