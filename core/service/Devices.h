#pragma once

// The register of removable media and portable machines (docs/api.md, "Devices"): what each
// is, who holds it, whether it is encrypted and what it is approved to carry: nothing from
// Amazon ("none") or anonymised aggregates only ("aggregates_only"; the policy allows no other
// Amazon data on removable devices). Holders of assets:manage register and change devices;
// holders of assets:read see all of them, everybody else the ones they hold. Every change is
// audited.

#include "Result.h"
#include "domain/Types.h"

#include <optional>

#include <QStringList>

namespace cc {

class Store;

struct Device
{
    qint64 id = 0;
    QString kind; // one of deviceKinds()
    QString label;
    QString serial;
    qint64 holderId = 0;
    QString holder; // username
    bool encrypted = false;
    QString approvedUse; // one of deviceApprovedUses()
    QString status; // active, retired
    qint64 createdAt = 0;
    qint64 updatedAt = 0;
};

// What a create sets (every field but serial required) or an update changes (set fields only).
struct DeviceFields
{
    std::optional<QString> kind;
    std::optional<QString> label;
    std::optional<QString> serial;
    std::optional<QString> holder; // username of an active person
    std::optional<bool> encrypted;
    std::optional<QString> approvedUse;
    std::optional<QString> status; // update only
};

struct DeviceFilter
{
    QString holder; // username; "" for everyone the caller may see
    QString approvedUse;
    std::optional<bool> encrypted;
    QString status;
};

const QStringList &deviceKinds(); // usb_stick, external_disk, memory_card, laptop, phone, ...
const QStringList &deviceApprovedUses(); // none, aggregates_only

class Devices
{
public:
    explicit Devices(Store &store)
        : m_store(store)
    { }

    Result<Page<Device>> list(const Caller &caller, const DeviceFilter &filter, qint64 after,
                              int limit) const;
    Result<Device> device(const Caller &caller, qint64 id) const; // 404 when not visible
    Result<Device> create(const Caller &caller, const DeviceFields &fields);
    Result<Device> update(const Caller &caller, qint64 id, const DeviceFields &changes);

private:
    Result<void> check(const DeviceFields &fields) const;
    Result<qint64> activeHolder(const QString &username) const;
    Result<Device> find(qint64 id) const;

    Store &m_store;
};

} // namespace cc
