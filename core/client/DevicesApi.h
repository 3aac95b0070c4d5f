#pragma once

// The register of removable media and portable machines (docs/api.md, "Devices").

#include "ApiCall.h"

#include <optional>

#include <QDateTime>
#include <QJsonObject>
#include <QString>

namespace cc::client {

class ApiClient;

struct Device
{
    qint64 id = 0;
    QString
        kind; // usb_stick, external_disk, memory_card, optical_disc, laptop, phone, tablet, other
    QString label;
    QString serial;
    QString holder; // username
    bool encrypted = false;
    QString approvedUse; // none, aggregates_only
    QString status; // active, retired
    QDateTime createdAt;
    QDateTime updatedAt;

    static Device fromJson(const QJsonObject &json);
};

// The server-side filters of GET /devices; empty or unset: any.
struct DeviceFilter
{
    QString holder;
    QString approvedUse;
    std::optional<bool> encrypted;
    QString status;
};

// The fields of POST /devices, or of a PATCH (only those that changed are sent).
struct DeviceFields
{
    QString kind;
    QString label;
    QString serial;
    QString holder;
    bool encrypted = false;
    QString approvedUse;
    QString status; // PATCH only

    QJsonObject toJson() const;
    // The fields of *this that differ from before, for a PATCH.
    QJsonObject changesFrom(const Device &before) const;
};

class DevicesApi
{
public:
    explicit DevicesApi(ApiClient *client)
        : m_client(client)
    { }

    Call<Page<Device>> list(const DeviceFilter &filter, const PageRequest &page) const;
    Call<Device> create(const DeviceFields &fields) const;
    Call<Device> update(qint64 id, const QJsonObject &changes) const;
    Call<Device> retire(qint64 id) const;

private:
    ApiClient *m_client;
};

} // namespace cc::client
