#include "DevicesApi.h"

#include "ApiClient.h"
#include "ApiTypes.h"

namespace cc::client {

Device Device::fromJson(const QJsonObject &j)
{
    Device d;
    d.id = j.value(QLatin1StringView("id")).toInteger();
    d.kind = j.value(QLatin1StringView("kind")).toString();
    d.label = j.value(QLatin1StringView("label")).toString();
    d.serial = j.value(QLatin1StringView("serial")).toString();
    d.holder = j.value(QLatin1StringView("holder")).toString();
    d.encrypted = j.value(QLatin1StringView("encrypted")).toBool();
    d.approvedUse = j.value(QLatin1StringView("approved_use")).toString();
    d.status = j.value(QLatin1StringView("status")).toString();
    d.createdAt = parseTime(j.value(QLatin1StringView("created_at")));
    d.updatedAt = parseTime(j.value(QLatin1StringView("updated_at")));
    return d;
}

QJsonObject DeviceFields::toJson() const
{
    QJsonObject json {{QStringLiteral("kind"), kind},
                      {QStringLiteral("label"), label},
                      {QStringLiteral("holder"), holder},
                      {QStringLiteral("encrypted"), encrypted},
                      {QStringLiteral("approved_use"), approvedUse}};
    if (!serial.isEmpty())
        json.insert(QStringLiteral("serial"), serial);
    return json;
}

QJsonObject DeviceFields::changesFrom(const Device &before) const
{
    QJsonObject changes;
    const auto text = [&changes](const char *field, const QString &now, const QString &was) {
        if (now != was)
            changes.insert(QLatin1StringView(field), now);
    };
    text("kind", kind, before.kind);
    text("label", label, before.label);
    text("serial", serial, before.serial);
    text("holder", holder, before.holder);
    text("approved_use", approvedUse, before.approvedUse);
    if (!status.isEmpty())
        text("status", status, before.status);
    if (encrypted != before.encrypted)
        changes.insert(QStringLiteral("encrypted"), encrypted);
    return changes;
}

Call<Page<Device>> DevicesApi::list(const DeviceFilter &filter, const PageRequest &page) const
{
    QUrlQuery query = pageQuery(page);
    if (!filter.holder.isEmpty())
        query.addQueryItem(QStringLiteral("holder"), filter.holder);
    if (!filter.approvedUse.isEmpty())
        query.addQueryItem(QStringLiteral("approved_use"), filter.approvedUse);
    if (filter.encrypted)
        query.addQueryItem(QStringLiteral("encrypted"),
                           *filter.encrypted ? QStringLiteral("true") : QStringLiteral("false"));
    if (!filter.status.isEmpty())
        query.addQueryItem(QStringLiteral("status"), filter.status);
    return Call<Page<Device>>(m_client->get(QStringLiteral("/devices"), query));
}

Call<Device> DevicesApi::create(const DeviceFields &fields) const
{
    return Call<Device>(m_client->post(QStringLiteral("/devices"), fields.toJson()));
}

Call<Device> DevicesApi::update(qint64 id, const QJsonObject &changes) const
{
    return Call<Device>(
        m_client->sendRequest("PATCH", QStringLiteral("/devices/%1").arg(id), changes));
}

Call<Device> DevicesApi::retire(qint64 id) const
{
    return update(id, {{QStringLiteral("status"), QStringLiteral("retired")}});
}

} // namespace cc::client
