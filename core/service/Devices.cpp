#include "Devices.h"

#include "ServiceSupport.h"
#include "domain/Roles.h"
#include "store/RowType.h"
#include "store/Store.h"

namespace cc {

using service::eventBy;

namespace {

constexpr int kMaxTextLength = 120;

struct DeviceRow
{
    enum Column {
        Id,
        Kind,
        Label,
        Serial,
        HolderId,
        Holder,
        Encrypted,
        ApprovedUse,
        Status,
        CreatedAt,
        UpdatedAt,
        ColumnCount
    };
    static constexpr rows::Columns<ColumnCount> columns {{
        {Id, "d.id"},
        {Kind, "d.kind"},
        {Label, "d.label"},
        {Serial, "d.serial"},
        {HolderId, "d.holder_id"},
        {Holder, "u.username"},
        {Encrypted, "d.encrypted"},
        {ApprovedUse, "d.approved_use"},
        {Status, "d.status"},
        {CreatedAt, "d.created_at"},
        {UpdatedAt, "d.updated_at"},
    }};
    static_assert(rows::inOrder(columns));
    static inline const QString select
        = rows::select(columns, "FROM devices d JOIN users u ON u.id = d.holder_id ");

    static Device read(const Query &q)
    {
        Device d;
        d.id = q.value(Id).toLongLong();
        d.kind = q.value(Kind).toString();
        d.label = q.value(Label).toString();
        d.serial = q.value(Serial).toString();
        d.holderId = q.value(HolderId).toLongLong();
        d.holder = q.value(Holder).toString();
        d.encrypted = q.value(Encrypted).toInt() != 0;
        d.approvedUse = q.value(ApprovedUse).toString();
        d.status = q.value(Status).toString();
        d.createdAt = q.value(CreatedAt).toLongLong();
        d.updatedAt = q.value(UpdatedAt).toLongLong();
        return d;
    }
};

// The same answer for a device the caller may not see as for a missing one.
Error noSuchDevice()
{
    return Error {ErrorCode::NotFound, QStringLiteral("no such device")};
}

bool seesAll(const Caller &caller)
{
    return caller.can(Permission::AssetsRead);
}

QString oneOf(const QStringList &choices)
{
    return QStringLiteral("\"") + choices.join(QStringLiteral("\", \"")) + QStringLiteral("\"");
}

} // namespace

const QStringList &deviceKinds()
{
    static const QStringList kinds
        = {QStringLiteral("usb_stick"),   QStringLiteral("external_disk"),
           QStringLiteral("memory_card"), QStringLiteral("optical_disc"),
           QStringLiteral("laptop"),      QStringLiteral("phone"),
           QStringLiteral("tablet"),      QStringLiteral("other")};
    return kinds;
}

const QStringList &deviceApprovedUses()
{
    static const QStringList uses = {QStringLiteral("none"), QStringLiteral("aggregates_only")};
    return uses;
}

Result<void> Devices::check(const DeviceFields &f) const
{
    if (f.kind && !deviceKinds().contains(*f.kind))
        return makeError(
            ErrorCode::InvalidInput,
            QStringLiteral("kind \"%1\" is not one of %2").arg(*f.kind, oneOf(deviceKinds())));
    if (f.approvedUse && !deviceApprovedUses().contains(*f.approvedUse))
        return makeError(ErrorCode::InvalidInput,
                         QStringLiteral("approved_use \"%1\" is not one of %2: the policy allows "
                                        "no Amazon data on removable devices but anonymised "
                                        "aggregates")
                             .arg(*f.approvedUse, oneOf(deviceApprovedUses())));
    if (f.status && *f.status != QLatin1String("active") && *f.status != QLatin1String("retired"))
        return makeError(ErrorCode::InvalidInput,
                         QStringLiteral("status must be \"active\" or \"retired\""));
    if (f.label && (f.label->trimmed().isEmpty() || f.label->trimmed().size() > kMaxTextLength))
        return makeError(ErrorCode::InvalidInput,
                         QStringLiteral("label must have 1 to %1 characters").arg(kMaxTextLength));
    if (f.serial && f.serial->trimmed().size() > kMaxTextLength)
        return makeError(
            ErrorCode::InvalidInput,
            QStringLiteral("serial may have at most %1 characters").arg(kMaxTextLength));
    return {};
}

Result<qint64> Devices::activeHolder(const QString &username) const
{
    Result<std::optional<QVariant>> id = rows::single(m_store.exec(
        QStringLiteral("SELECT id FROM users WHERE username_key = ? AND status = 'active'"),
        {username.trimmed().toLower()}));
    if (!id)
        return id.error();
    if (!*id)
        return makeError(ErrorCode::InvalidInput,
                         QStringLiteral("holder \"%1\" is not an active user").arg(username));
    return (*id)->toLongLong();
}

Result<Device> Devices::find(qint64 id) const
{
    Result<QList<Device>> found = rows::readAll<Device>(
        m_store.exec(DeviceRow::select + QStringLiteral("WHERE d.id = ?"), {id}), &DeviceRow::read);
    if (!found)
        return found.error();
    if (found->isEmpty())
        return noSuchDevice();
    return found->first();
}

Result<Page<Device>> Devices::list(const Caller &caller, const DeviceFilter &filter, qint64 after,
                                   int limit) const
{
    if (!filter.approvedUse.isEmpty() && !deviceApprovedUses().contains(filter.approvedUse))
        return makeError(
            ErrorCode::InvalidInput,
            QStringLiteral("approved_use must be one of %1").arg(oneOf(deviceApprovedUses())));
    if (!filter.status.isEmpty() && filter.status != QLatin1String("active")
        && filter.status != QLatin1String("retired"))
        return makeError(ErrorCode::InvalidInput,
                         QStringLiteral("status must be \"active\" or \"retired\""));
    QString where = QStringLiteral("WHERE d.id > ?");
    QVariantList args {after};
    if (!seesAll(caller)) {
        where += QStringLiteral(" AND d.holder_id = ?");
        args << caller.userId;
    }
    if (!filter.holder.isEmpty()) {
        where += QStringLiteral(" AND u.username_key = ?");
        args << filter.holder.trimmed().toLower();
    }
    if (!filter.approvedUse.isEmpty()) {
        where += QStringLiteral(" AND d.approved_use = ?");
        args << filter.approvedUse;
    }
    if (filter.encrypted) {
        where += QStringLiteral(" AND d.encrypted = ?");
        args << (*filter.encrypted ? 1 : 0);
    }
    if (!filter.status.isEmpty()) {
        where += QStringLiteral(" AND d.status = ?");
        args << filter.status;
    }
    args << limit + 1;
    return service::readPage<Device>(
        m_store.exec(DeviceRow::select + where + QStringLiteral(" ORDER BY d.id LIMIT ?"), args),
        limit, &DeviceRow::read);
}

Result<Device> Devices::device(const Caller &caller, qint64 id) const
{
    Result<Device> d = find(id);
    if (d && !seesAll(caller) && d->holderId != caller.userId)
        return noSuchDevice();
    return d;
}

Result<Device> Devices::create(const Caller &caller, const DeviceFields &f)
{
    if (!caller.can(Permission::AssetsManage))
        return makeError(ErrorCode::Forbidden,
                         QStringLiteral("registering devices needs the assets:manage permission"));
    for (const auto &[present, name] :
         {std::pair {f.kind.has_value(), "kind"}, std::pair {f.label.has_value(), "label"},
          std::pair {f.holder.has_value(), "holder"},
          std::pair {f.encrypted.has_value(), "encrypted"},
          std::pair {f.approvedUse.has_value(), "approved_use"}}) {
        if (!present)
            return makeError(ErrorCode::InvalidInput,
                             QStringLiteral("a device needs \"%1\"").arg(QLatin1String(name)));
    }
    if (f.status)
        return makeError(ErrorCode::InvalidInput,
                         QStringLiteral("a new device is active: status is set by PATCH"));
    if (Result<void> valid = check(f); !valid)
        return valid.error();
    return m_store.transaction([&]() -> Result<Device> {
        Result<qint64> holder = activeHolder(*f.holder);
        if (!holder)
            return holder.error();
        const QString label = f.label->trimmed();
        Result<std::optional<QVariant>> taken = rows::single(m_store.exec(
            QStringLiteral("SELECT id FROM devices WHERE label_key = ?"), {label.toLower()}));
        if (!taken)
            return taken.error();
        if (*taken)
            return makeError(
                ErrorCode::Conflict,
                QStringLiteral("a device labelled \"%1\" is already registered").arg(label));
        const qint64 now = m_store.clock().nowMs();
        Result<qint64> id = rows::insertedId(m_store.exec(
            QStringLiteral("INSERT INTO devices (kind, label, label_key, serial, holder_id, "
                           "encrypted, approved_use, status, created_at, updated_at) VALUES (?, ?, "
                           "?, ?, ?, ?, ?, 'active', ?, ?) RETURNING id"),
            {*f.kind, label, label.toLower(), f.serial.value_or(QString()).trimmed(), *holder,
             *f.encrypted ? 1 : 0, *f.approvedUse, now, now}));
        if (!id)
            return id.error();
        if (Result<AuditEvent> logged = audit::append(
                m_store,
                eventBy(caller, QStringLiteral("device.create"), QStringLiteral("device"),
                        QString::number(*id),
                        QStringLiteral("kind=%1 label=%2 holder=%3 encrypted=%4 "
                                       "approved_use=%5")
                            .arg(*f.kind, label, f.holder->trimmed(),
                                 *f.encrypted ? QStringLiteral("true") : QStringLiteral("false"),
                                 *f.approvedUse)));
            !logged)
            return logged.error();
        return find(*id);
    });
}

Result<Device> Devices::update(const Caller &caller, qint64 id, const DeviceFields &c)
{
    if (!caller.can(Permission::AssetsManage))
        return makeError(ErrorCode::Forbidden,
                         QStringLiteral("changing devices needs the assets:manage permission"));
    if (Result<void> valid = check(c); !valid)
        return valid.error();
    return m_store.transaction([&]() -> Result<Device> {
        Result<Device> before = find(id);
        if (!before)
            return before;
        QStringList sets;
        QVariantList args;
        QStringList changed;
        const auto set = [&](const char *column, const QVariant &value, const QString &what) {
            sets << QStringLiteral("%1 = ?").arg(QLatin1String(column));
            args << value;
            changed << what;
        };
        if (c.kind && *c.kind != before->kind)
            set("kind", *c.kind, QStringLiteral("kind=%1").arg(*c.kind));
        if (c.label && c.label->trimmed() != before->label) {
            const QString label = c.label->trimmed();
            Result<std::optional<QVariant>> taken = rows::single(m_store.exec(
                QStringLiteral("SELECT id FROM devices WHERE label_key = ? AND id <> ?"),
                {label.toLower(), id}));
            if (!taken)
                return taken.error();
            if (*taken)
                return makeError(
                    ErrorCode::Conflict,
                    QStringLiteral("a device labelled \"%1\" is already registered").arg(label));
            set("label", label, QStringLiteral("label=%1").arg(label));
            sets << QStringLiteral("label_key = ?");
            args << label.toLower();
        }
        if (c.serial && c.serial->trimmed() != before->serial)
            set("serial", c.serial->trimmed(), QStringLiteral("serial"));
        if (c.holder) {
            Result<qint64> holder = activeHolder(*c.holder);
            if (!holder)
                return holder.error();
            if (*holder != before->holderId)
                set("holder_id", *holder, QStringLiteral("holder=%1").arg(c.holder->trimmed()));
        }
        if (c.encrypted && *c.encrypted != before->encrypted)
            set("encrypted", *c.encrypted ? 1 : 0,
                QStringLiteral("encrypted=%1")
                    .arg(*c.encrypted ? QStringLiteral("true") : QStringLiteral("false")));
        if (c.approvedUse && *c.approvedUse != before->approvedUse)
            set("approved_use", *c.approvedUse,
                QStringLiteral("approved_use=%1").arg(*c.approvedUse));
        if (c.status && *c.status != before->status)
            set("status", *c.status, QStringLiteral("status=%1").arg(*c.status));
        if (changed.isEmpty())
            return before;
        sets << QStringLiteral("updated_at = ?");
        args << m_store.clock().nowMs() << id;
        if (Result<Query> done = m_store.exec(QStringLiteral("UPDATE devices SET %1 WHERE id = ?")
                                                  .arg(sets.join(QStringLiteral(", "))),
                                              args);
            !done)
            return done.error();
        if (Result<AuditEvent> logged = audit::append(
                m_store,
                eventBy(caller, QStringLiteral("device.update"), QStringLiteral("device"),
                        QString::number(id), changed.join(QLatin1Char(' '))));
            !logged)
            return logged.error();
        return find(id);
    });
}

} // namespace cc
