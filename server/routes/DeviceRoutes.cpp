#include "Routes.h"
#include "domain/Roles.h"
#include "json/Json.h"
#include "service/Devices.h"
#include "store/Store.h"

namespace cc::server {

namespace {

json::Object toJson(const Device &d)
{
    return {
        {"id", d.id},
        {"kind", d.kind},
        {"label", d.label},
        {"serial", d.serial},
        {"holder", d.holder},
        {"encrypted", d.encrypted},
        {"approved_use", d.approvedUse},
        {"status", d.status},
        {"created_at", json::time(d.createdAt)},
        {"updated_at", json::time(d.updatedAt)},
    };
}

// true or false when present; nullopt when absent.
Result<std::optional<bool>> flagField(const ApiRequest &r, const QString &field)
{
    const QJsonValue value = r.body.value(field);
    if (value.isUndefined())
        return std::optional<bool>();
    if (!value.isBool())
        return makeError(ErrorCode::InvalidInput,
                         QStringLiteral("\"%1\" must be true or false").arg(field));
    return std::optional<bool>(value.toBool());
}

Result<DeviceFields> fieldsFrom(const ApiRequest &r, bool withStatus)
{
    DeviceFields f;
    const std::pair<const char *, std::optional<QString> DeviceFields::*> texts[] = {
        {"kind", &DeviceFields::kind},
        {"label", &DeviceFields::label},
        {"serial", &DeviceFields::serial},
        {"holder", &DeviceFields::holder},
        {"approved_use", &DeviceFields::approvedUse},
        {"status", &DeviceFields::status},
    };
    for (const auto &[name, member] : texts) {
        if (!withStatus && QLatin1String(name) == QLatin1String("status"))
            continue;
        Result<std::optional<QString>> value = r.changedString(QString::fromLatin1(name));
        if (!value)
            return value.error();
        f.*member = *value;
    }
    Result<std::optional<bool>> encrypted = flagField(r, QStringLiteral("encrypted"));
    if (!encrypted)
        return encrypted.error();
    f.encrypted = *encrypted;
    return f;
}

Result<ApiResponse> listDevices(Store &store, ApiRequest &r)
{
    Result<ApiRequest::Paging> paging = r.paging();
    if (!paging)
        return paging.error();
    DeviceFilter filter;
    filter.holder = r.query.queryItemValue(QStringLiteral("holder"));
    filter.approvedUse = r.query.queryItemValue(QStringLiteral("approved_use"));
    filter.status = r.query.queryItemValue(QStringLiteral("status"));
    const QString encrypted = r.query.queryItemValue(QStringLiteral("encrypted"));
    if (encrypted == QLatin1String("true") || encrypted == QLatin1String("false"))
        filter.encrypted = encrypted == QLatin1String("true");
    else if (!encrypted.isEmpty())
        return makeError(ErrorCode::InvalidInput,
                         QStringLiteral("\"encrypted\" must be true or false"));
    Result<Page<Device>> page = Devices(store).list(r.caller, filter, paging->after, paging->limit);
    if (!page)
        return page.error();
    json::Values items;
    for (const Device &d : std::as_const(page->items))
        items.emplace_back(toJson(d));
    return ok({{"items", std::move(items)}, {"next_after", page->nextAfter}});
}

Result<ApiResponse> readDevice(Store &store, ApiRequest &r)
{
    return respond<Device>(Devices(store).device(r.caller, r.id()),
                           [](const Device &d) { return toJson(d); });
}

Result<ApiResponse> registerDevice(Store &store, ApiRequest &r)
{
    Result<DeviceFields> fields = fieldsFrom(r, false);
    if (!fields)
        return fields.error();
    return respond<Device>(
        Devices(store).create(r.caller, *fields), [](const Device &d) { return toJson(d); }, 201);
}

Result<ApiResponse> changeDevice(Store &store, ApiRequest &r)
{
    Result<DeviceFields> fields = fieldsFrom(r, true);
    if (!fields)
        return fields.error();
    return respond<Device>(Devices(store).update(r.caller, r.id(), *fields),
                           [](const Device &d) { return toJson(d); });
}

} // namespace

// The register of removable media and portable machines (docs/api.md, "Devices"): holders of
// assets:manage register and change them; who sees which is decided by the Devices service.
void addDeviceRoutes(RouteTable &routes, Store &store)
{
    const BodyFields fields {field::string("kind"),       field::string("label"),
                             field::string("serial"),     field::string("holder"),
                             field::boolean("encrypted"), field::string("approved_use")};
    routes.add("GET", QStringLiteral("/devices"), QStringLiteral("device.list"), Access::SignedIn,
               {}, kNoBody, [&store](ApiRequest &r) { return listDevices(store, r); });
    routes.add("POST", QStringLiteral("/devices"), QStringLiteral("device.create"),
               Access::Permission, Permission::AssetsManage, fields,
               [&store](ApiRequest &r) { return registerDevice(store, r); });
    routes.add("GET", QStringLiteral("/devices/") + kIdPattern, QStringLiteral("device.read"),
               Access::SignedIn, {}, kNoBody,
               [&store](ApiRequest &r) { return readDevice(store, r); });
    routes.add("PATCH", QStringLiteral("/devices/") + kIdPattern, QStringLiteral("device.update"),
               Access::Permission, Permission::AssetsManage,
               fields + BodyFields {field::string("status")},
               [&store](ApiRequest &r) { return changeDevice(store, r); });
}

} // namespace cc::server
