#include "Orders.h"

#include "ReturnArchive.h"
#include "ServiceSupport.h"
#include "crypto/Aes256Gcm.h"
#include "crypto/Crypto.h"
#include "domain/Roles.h"
#include "json/OrderJson.h"
#include "store/Store.h"

#include <algorithm>

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLoggingCategory>

namespace cc {

Q_LOGGING_CATEGORY(lcOrders, "compliance.orders")

using service::eventBy;

namespace {

// Also the answer for an order of a client the caller has no grant for: an id must not tell
// that the order exists, nor whose it is (the refusal is audited with the client).
Error noSuchOrder(qint64 id)
{
    return makeError(ErrorCode::NotFound, QStringLiteral("no order with id %1").arg(id));
}

constexpr qint64 kHourMs = 3600LL * 1000;
constexpr qint64 kDayMs = 24 * kHourMs;

const QString kOrderSelect = QStringLiteral(
    "SELECT id, client, amazon_order_id, purchase_date, order_status, marketplace, currency, "
    "total_cents, item_count, items, fulfilled_at, ingested_at, pii_held, pii_purged_at, "
    "purge_reason, pii FROM orders ");

Order orderFromRow(const Query &q, qint64 retentionMs)
{
    Order o;
    o.id = q.value(0).toLongLong();
    o.client = q.value(1).toString();
    o.amazonOrderId = q.value(2).toString();
    o.purchaseDate = q.value(3).toLongLong();
    o.orderStatus = q.value(4).toString();
    o.marketplace = q.value(5).toString();
    o.currency = q.value(6).toString();
    o.totalCents = q.value(7).toLongLong();
    o.itemCount = q.value(8).toInt();
    o.itemsJson = q.value(9).toString().toUtf8();
    o.fulfilledAt = q.value(10).toLongLong();
    o.ingestedAt = q.value(11).toLongLong();
    o.piiHeld = q.value(12).toInt() != 0;
    o.piiPurgedAt = service::optionalTime(q.value(13));
    o.purgeReason = q.value(14).toString();
    o.piiDueAt = o.fulfilledAt + retentionMs;
    return o;
}

const QString kRequestSelect = QStringLiteral(
    "SELECT id, reference, received_at, due_at, action, scope_type, scope_client, "
    "scope_order_ids, scope_buyer_email, status, created_by, created_at, fulfilled_at, "
    "fulfilled_by, deleted_orders, deleted_pii, deleted_ids_sha256, archive_sha256 "
    "FROM deletion_requests ");

DeletionRequest requestFromRow(const Query &q)
{
    DeletionRequest r;
    r.id = q.value(0).toLongLong();
    r.reference = q.value(1).toString();
    r.receivedAt = q.value(2).toLongLong();
    r.dueAt = q.value(3).toLongLong();
    r.action = q.value(4).toString();
    r.scopeType = q.value(5).toString();
    r.scopeClient = q.value(6).toString();
    for (const QJsonValue &v : QJsonDocument::fromJson(q.value(7).toString().toUtf8()).array())
        r.scopeOrderIds << v.toString();
    r.scopeHasBuyer = !q.value(8).isNull();
    r.status = q.value(9).toString();
    r.createdBy = q.value(10).toString();
    r.createdAt = q.value(11).toLongLong();
    r.fulfilledAt = service::optionalTime(q.value(12));
    r.fulfilledBy = q.value(13).toString();
    r.deletedOrders = q.value(14).toLongLong();
    r.deletedPii = q.value(15).toLongLong();
    r.deletedIdsSha256 = q.value(16).toString();
    r.archiveSha256 = q.value(17).toString();
    return r;
}

QString idList(const QList<qint64> &ids)
{
    QStringList parts;
    parts.reserve(ids.size());
    for (qint64 id : ids)
        parts << QString::number(id);
    return parts.join(QLatin1Char(','));
}

QString parameterMarks(qsizetype n)
{
    QStringList marks(n, QStringLiteral("?"));
    return marks.join(QLatin1Char(','));
}

QString isoTime(qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC).toString(Qt::ISODate);
}

} // namespace

Result<std::optional<Orders::ActiveGrant>> Orders::activeGrant(const Caller &caller,
                                                               const QStringList &categories,
                                                               const QString &client) const
{
    using Found = std::optional<ActiveGrant>;
    if (caller.userId == 0 || categories.isEmpty())
        return Found();
    QVariantList args = {caller.userId, client, m_store.clock().nowMs()};
    for (const QString &c : categories)
        args << c;
    Result<Query> q = m_store.exec(
        // A grant whose holder's credentials were reset is suspended until they enrol again.
        QStringLiteral("SELECT g.id, r.reason, g.last_used_at FROM grants g JOIN access_requests "
                       "r ON r.id = g.request_id JOIN users u ON u.id = g.user_id WHERE "
                       "g.user_id = ? AND g.client = ? AND g.revoked_at IS NULL AND g.expires_at "
                       "> ? AND u.credentials_reset_at IS NULL AND g.category IN (%1) ORDER BY "
                       "g.id DESC LIMIT 1")
            .arg(parameterMarks(categories.size())),
        args);
    // A failed lookup is an error, not "no grant": it must not be answered (or audited) as a
    // refusal for want of one.
    if (!q)
        return q.error();
    if (!q->next())
        return Found();
    return Found(
        ActiveGrant {q->value(0).toLongLong(), q->value(1).toString(), q->value(2).toLongLong()});
}

Result<Orders::ReadGrants> Orders::readGrants(const Caller &caller, const QString &client,
                                              bool includePii) const
{
    ReadGrants grants;
    if (!caller.can(Permission::RetentionManage)) {
        Result<std::optional<ActiveGrant>> gate
            = activeGrant(caller, {OrderCategory::Pii, OrderCategory::NonPii}, client);
        if (!gate)
            return gate.error();
        if (!*gate)
            return makeError(ErrorCode::Forbidden,
                             QStringLiteral("you have no active grant for the orders of client "
                                            "%1: request access to orders.nonpii (or "
                                            "orders.pii) for it, with a reason")
                                 .arg(client));
        grants.gate = *gate;
    }
    if (includePii) {
        Result<std::optional<ActiveGrant>> pii = activeGrant(caller, {OrderCategory::Pii}, client);
        if (!pii)
            return pii.error();
        grants.pii = *pii;
    }
    return grants;
}

Result<IngestResult> Orders::ingest(const Caller &caller, const orders::Batch &batch)
{
    if (!batch.problem.isEmpty())
        return makeError(ErrorCode::InvalidInput, batch.problem);
    IngestResult result;
    result.errors = batch.errors;
    const qint64 now = m_store.clock().nowMs();
    return m_store.transaction([&]() -> Result<IngestResult> {
        // Already stored orders are errors too, so a batch sent twice stores nothing twice.
        int index = 0;
        for (const orders::ParsedOrder &o : batch.orders) {
            Result<Query> q = m_store.exec(
                QStringLiteral("SELECT 1 FROM orders WHERE client = ? AND amazon_order_id = ?"),
                {batch.client, o.amazonOrderId});
            if (!q)
                return q.error();
            if (q->next()) {
                // Report the index within the whole batch, not within the valid ones.
                int position = index;
                for (const orders::RecordError &e : batch.errors)
                    position += e.index <= position ? 1 : 0;
                result.errors.append({position,
                                      QStringLiteral("order %1 of client %2 is already "
                                                     "stored")
                                          .arg(o.amazonOrderId, batch.client)});
            }
            ++index;
        }
        if (!result.errors.isEmpty()) {
            std::sort(result.errors.begin(), result.errors.end(),
                      [](const auto &a, const auto &b) { return a.index < b.index; });
            return result;
        }
        int withPii = 0;
        for (const orders::ParsedOrder &o : batch.orders) {
            const bool hasPii = !o.pii.isEmpty();
            Result<Query> inserted = m_store.exec(
                QStringLiteral("INSERT INTO orders (client, amazon_order_id, purchase_date, "
                               "order_status, marketplace, currency, total_cents, item_count, "
                               "items, fulfilled_at, ingested_at, pii_held) VALUES (?, ?, ?, ?, "
                               "?, ?, ?, ?, ?, ?, ?, ?) RETURNING id"),
                {batch.client, o.amazonOrderId, o.purchaseDate, o.orderStatus, o.marketplace,
                 o.currency, o.totalCents, o.itemCount, QString::fromUtf8(o.itemsJson),
                 o.fulfilledAt, now, hasPii ? 1 : 0});
            if (!inserted)
                return inserted.error();
            inserted->next();
            const qint64 id = inserted->value(0).toLongLong();
            inserted->finish();
            if (!hasPii)
                continue;
            ++withPii;
            QByteArray dataKey = crypto::randomBytes(crypto::kAesKeyBytes);
            const crypto::WipeOnExit dataKeyWiped(dataKey);
            const QByteArray nonce = crypto::randomBytes(crypto::kGcmNonceBytes);
            if (dataKey.size() != crypto::kAesKeyBytes || nonce.size() != crypto::kGcmNonceBytes)
                return makeError(ErrorCode::Internal,
                                 QStringLiteral("cannot seal order data: the random generator "
                                                "failed"));
            QByteArray plain = QJsonDocument(o.pii).toJson(QJsonDocument::Compact);
            const crypto::WipeOnExit plainWiped(plain);
            Result<crypto::GcmSealed> sealed = crypto::gcmEncrypt(
                dataKey, nonce,
                crypto::fieldAad(QStringLiteral("orders"), QStringLiteral("pii"), id), plain);
            Result<QByteArray> wrapped = m_store.keys().seal(
                dataKey,
                crypto::fieldAad(QStringLiteral("order_keys"), QStringLiteral("wrapped_key"), id));
            if (!sealed)
                return sealed.error();
            if (!wrapped)
                return wrapped.error();
            if (Result<Query> stored
                = m_store.exec(QStringLiteral("UPDATE orders SET pii = ? WHERE id = ?"),
                               {QByteArray(nonce + sealed->ciphertext + sealed->tag), id});
                !stored)
                return stored.error();
            if (Result<Query> key = m_store.exec(
                    m_store.dialect().expand(QStringLiteral(
                        "INSERT INTO {vault}order_keys (order_id, wrapped_key) VALUES (?, ?)")),
                    {id, *wrapped});
                !key)
                return key.error();
        }
        result.imported = int(batch.orders.size());
        if (Result<AuditEvent> logged
            = audit::append(m_store,
                            eventBy(caller, QStringLiteral("orders.ingest"),
                                    QStringLiteral("client"), batch.client,
                                    QStringLiteral("client=%1 orders=%2 with_pii=%3")
                                        .arg(batch.client)
                                        .arg(result.imported)
                                        .arg(withPii)));
            !logged)
            return logged.error();
        return result;
    });
}

Result<QJsonObject> Orders::openPii(qint64 orderId, const QByteArray &sealed) const
{
    Result<Query> q
        = m_store.exec(m_store.dialect().expand(QStringLiteral(
                           "SELECT wrapped_key FROM {vault}order_keys WHERE order_id = ?")),
                       {orderId});
    if (!q)
        return q.error();
    if (!q->next())
        return makeError(ErrorCode::NotFound,
                         QStringLiteral("the data key of order %1 is deleted: its PII can no "
                                        "longer be read")
                             .arg(orderId));
    Result<QByteArray> key = m_store.keys().open(
        q->value(0).toByteArray(),
        crypto::fieldAad(QStringLiteral("order_keys"), QStringLiteral("wrapped_key"), orderId));
    if (!key)
        return key.error();
    const crypto::WipeOnExit keyWiped(*key);
    const int overhead = crypto::kGcmNonceBytes + crypto::kGcmTagBytes;
    if (sealed.size() < overhead)
        return makeError(ErrorCode::Internal,
                         QStringLiteral("the sealed PII of order %1 is damaged").arg(orderId));
    Result<QByteArray> plain = crypto::gcmDecrypt(
        *key, sealed.left(crypto::kGcmNonceBytes),
        crypto::fieldAad(QStringLiteral("orders"), QStringLiteral("pii"), orderId),
        sealed.mid(crypto::kGcmNonceBytes, sealed.size() - overhead),
        sealed.right(crypto::kGcmTagBytes));
    if (!plain)
        return plain.error();
    const crypto::WipeOnExit plainWiped(*plain);
    return QJsonDocument::fromJson(*plain).object();
}

Result<void> Orders::recordUse(const ReadGrants &used)
{
    // At most one write an hour per grant: the unused_grant rule counts in days.
    const qint64 now = m_store.clock().nowMs();
    QVariantList args;
    for (const std::optional<ActiveGrant> &grant : {used.gate, used.pii}) {
        if (grant && grant->lastUsedAt < now - kHourMs && !args.contains(grant->id))
            args << grant->id;
    }
    if (args.isEmpty())
        return {};
    const QString marks = parameterMarks(args.size());
    args.prepend(now);
    if (Result<Query> done = m_store.exec(
            QStringLiteral("UPDATE grants SET last_used_at = ? WHERE id IN (%1)").arg(marks), args);
        !done)
        return done.error();
    return {};
}

Result<void> Orders::recordNoGrant(const Caller &caller, const QString &action,
                                   const QString &objectType, const QString &objectId,
                                   const QString &detail)
{
    AuditEvent e = eventBy(caller, action, objectType, objectId, detail);
    e.outcome = QStringLiteral("denied");
    if (Result<AuditEvent> logged = audit::record(m_store, e); !logged)
        return logged.error();
    return {};
}

Result<Order> Orders::order(const Caller &caller, qint64 id, bool includePii)
{
    const qint64 retentionMs = qint64(m_store.policy().piiRetentionDaysAfterFulfilment) * kDayMs;
    QString refusedClient; // set when refused for want of a grant, audited after the rollback
    Result<Order> read = m_store.transaction([&]() -> Result<Order> {
        Result<Query> q = m_store.exec(kOrderSelect + QStringLiteral("WHERE id = ?"), {id});
        if (!q)
            return q.error();
        if (!q->next())
            return noSuchOrder(id);
        Order o = orderFromRow(*q, retentionMs);
        const QByteArray sealed = q->value(15).toByteArray();
        q->finish();
        Result<ReadGrants> grants = readGrants(caller, o.client, includePii);
        if (!grants) {
            if (grants.error().code != ErrorCode::Forbidden)
                return grants.error();
            refusedClient = o.client;
            return noSuchOrder(id);
        }
        const std::optional<ActiveGrant> &grant = grants->pii;
        if (grant && o.piiHeld) {
            Result<QJsonObject> pii = openPii(o.id, sealed);
            if (!pii)
                return pii.error();
            o.pii = *pii;
            o.grantId = grant->id;
            o.grantReason = grant->reason;
        }
        if (Result<AuditEvent> logged = audit::append(
                m_store,
                eventBy(
                    caller,
                    o.pii ? QStringLiteral("orders.read_pii") : QStringLiteral("orders.read"),
                    QStringLiteral("order"), QString::number(o.id),
                    QStringLiteral("grant=%1 client=%2 orders=1")
                        .arg(grant ? QString::number(grant->id) : QStringLiteral("none"), o.client),
                    grant ? grant->reason : QString()));
            !logged)
            return logged.error();
        if (Result<void> used = recordUse(*grants); !used)
            return used.error();
        return o;
    });
    if (!refusedClient.isEmpty()) {
        if (Result<void> logged = recordNoGrant(
                caller, QStringLiteral("orders.read"), QStringLiteral("order"), QString::number(id),
                QStringLiteral("client=%1 no grant").arg(refusedClient));
            !logged)
            return logged.error();
    }
    return read;
}

Result<Page<Order>> Orders::list(const Caller &caller, const QString &client, bool includePii,
                                 qint64 after, int limit)
{
    if (client.trimmed().isEmpty())
        return makeError(ErrorCode::InvalidInput,
                         QStringLiteral("say which client's orders to list: ?client=..."));
    const qint64 retentionMs = qint64(m_store.policy().piiRetentionDaysAfterFulfilment) * kDayMs;
    bool refused = false; // for want of a grant, audited after the rollback
    Result<Page<Order>> read = m_store.transaction([&]() -> Result<Page<Order>> {
        Result<ReadGrants> grants = readGrants(caller, client, includePii);
        if (!grants) {
            refused = grants.error().code == ErrorCode::Forbidden;
            return grants.error();
        }
        const std::optional<ActiveGrant> &grant = grants->pii;
        Result<Query> q = m_store.exec(
            kOrderSelect + QStringLiteral("WHERE client = ? AND id > ? ORDER BY id LIMIT ?"),
            {client, after, limit + 1});
        if (!q)
            return q.error();
        Page<Order> page;
        QList<QByteArray> sealed;
        while (q->next()) {
            page.items.append(orderFromRow(*q, retentionMs));
            sealed.append(q->value(15).toByteArray());
        }
        q->finish();
        if (page.items.size() > limit) {
            page.items.removeLast();
            page.nextAfter = page.items.last().id;
        }
        int piiRead = 0;
        for (qsizetype i = 0; grant && i < page.items.size(); ++i) {
            Order &o = page.items[i];
            if (!o.piiHeld)
                continue;
            Result<QJsonObject> pii = openPii(o.id, sealed.at(i));
            if (!pii)
                return pii.error();
            o.pii = *pii;
            o.grantId = grant->id;
            o.grantReason = grant->reason;
            ++piiRead;
        }
        if (Result<AuditEvent> logged = audit::append(
                m_store,
                eventBy(
                    caller,
                    piiRead > 0 ? QStringLiteral("orders.read_pii") : QStringLiteral("orders.read"),
                    QStringLiteral("client"), client,
                    QStringLiteral("grant=%1 client=%2 orders=%3 with_pii=%4")
                        .arg(grant ? QString::number(grant->id) : QStringLiteral("none"), client)
                        .arg(page.items.size())
                        .arg(piiRead),
                    grant ? grant->reason : QString()));
            !logged)
            return logged.error();
        if (Result<void> used = recordUse(*grants); !used)
            return used.error();
        return page;
    });
    if (refused) {
        if (Result<void> logged
            = recordNoGrant(caller, QStringLiteral("orders.read"), QStringLiteral("client"), client,
                            QStringLiteral("client=%1 no grant").arg(client));
            !logged)
            return logged.error();
    }
    return read;
}

Result<QList<AggregateRow>> Orders::aggregates(const Caller &caller)
{
    QStringList clients;
    const bool all = caller.can(Permission::RetentionManage);
    if (!all) {
        Result<Query> q = m_store.exec(
            QStringLiteral("SELECT DISTINCT client FROM grants WHERE user_id = ? AND revoked_at "
                           "IS NULL AND expires_at > ? AND category IN (?, ?, ?) ORDER BY client"),
            {caller.userId, m_store.clock().nowMs(), OrderCategory::Aggregates,
             OrderCategory::NonPii, OrderCategory::Pii});
        if (!q)
            return q.error();
        while (q->next())
            clients << q->value(0).toString();
        q->finish();
        if (clients.isEmpty()) {
            if (Result<void> logged = recordNoGrant(caller, QStringLiteral("orders.aggregates"),
                                                    QStringLiteral("client"), QString(),
                                                    QStringLiteral("no grant for any client"));
                !logged)
                return logged.error();
            return makeError(ErrorCode::Forbidden,
                             QStringLiteral("you have no active grant for any client: request "
                                            "access to aggregates for a client, with a reason"));
        }
        const qint64 now = m_store.clock().nowMs();
        if (Result<Query> used = m_store.exec(
                QStringLiteral("UPDATE grants SET last_used_at = ? WHERE user_id = ? AND "
                               "revoked_at IS NULL AND expires_at > ? AND category IN (?, ?, ?) "
                               "AND (last_used_at IS NULL OR last_used_at < ?)"),
                {now, caller.userId, now, OrderCategory::Aggregates, OrderCategory::NonPii,
                 OrderCategory::Pii, now - kHourMs});
            !used)
            return used.error();
    }
    QVariantList args;
    QString where;
    if (!all) {
        where = QStringLiteral("WHERE client IN (%1) ").arg(parameterMarks(clients.size()));
        for (const QString &c : clients)
            args << c;
    }
    Result<Query> q = m_store.exec(
        QStringLiteral("SELECT client, marketplace, purchase_date / %1, currency, COUNT(*), "
                       "SUM(total_cents) FROM orders %2GROUP BY client, marketplace, "
                       "purchase_date / %1, currency ORDER BY client, marketplace, "
                       "purchase_date / %1, currency")
            .arg(kDayMs)
            .arg(where),
        args);
    if (!q)
        return q.error();
    QList<AggregateRow> rows;
    while (q->next()) {
        AggregateRow row;
        row.client = q->value(0).toString();
        row.marketplace = q->value(1).toString();
        row.day = QDateTime::fromMSecsSinceEpoch(q->value(2).toLongLong() * kDayMs, Qt::UTC)
                      .date()
                      .toString(Qt::ISODate);
        row.currency = q->value(3).toString();
        row.orders = q->value(4).toLongLong();
        row.salesCents = q->value(5).toLongLong();
        rows.append(row);
    }
    return rows;
}

Result<void> Orders::afterPurge()
{
    for (const QString &statement : m_store.dialect().afterPurge()) {
        if (Result<Query> done = m_store.exec(statement); !done)
            return done.error();
    }
    return {};
}

Result<SweepResult> Orders::sweep(const Caller &caller, qint64 marginMs)
{
    const qint64 now = m_store.clock().nowMs();
    const qint64 retentionMs = qint64(m_store.policy().piiRetentionDaysAfterFulfilment) * kDayMs;
    const qint64 cutoff = now + marginMs - retentionMs; // purge fulfilled_at <= cutoff
    Result<SweepResult> swept = m_store.transaction([&]() -> Result<SweepResult> {
        SweepResult result;
        result.at = now;
        Result<Query> counts = m_store.exec(
            QStringLiteral("SELECT client, COUNT(*) FROM orders WHERE pii_held = 1 AND "
                           "fulfilled_at <= ? GROUP BY client ORDER BY client"),
            {cutoff});
        if (!counts)
            return counts.error();
        QStringList perClient;
        while (counts->next()) {
            const int n = counts->value(1).toInt();
            result.perClient.insert(counts->value(0).toString(), n);
            result.purged += n;
            perClient << QStringLiteral("%1:%2").arg(counts->value(0).toString()).arg(n);
        }
        counts->finish();
        if (result.purged > 0) {
            if (Result<Query> keys = m_store.exec(
                    m_store.dialect().expand(QStringLiteral(
                        "DELETE FROM {vault}order_keys WHERE order_id IN (SELECT id FROM orders "
                        "WHERE pii_held = 1 AND fulfilled_at <= ?)")),
                    {cutoff});
                !keys)
                return keys.error();
            if (Result<Query> purged = m_store.exec(
                    QStringLiteral("UPDATE orders SET pii = NULL, pii_held = 0, pii_purged_at = ?, "
                                   "purge_reason = 'retention' WHERE pii_held = 1 AND "
                                   "fulfilled_at <= ?"),
                    {now, cutoff});
                !purged)
                return purged.error();
        }
        const QString message = result.purged > 0
            ? QStringLiteral("purged the PII of %1 order(s): %2")
                  .arg(result.purged)
                  .arg(perClient.join(QStringLiteral(", ")))
            : QStringLiteral("no PII was due");
        Result<Query> recorded = m_store.exec(
            QStringLiteral("INSERT INTO retention_sweeps (started_at, finished_at, actor, purged, "
                           "outcome, message) VALUES (?, ?, ?, ?, 'success', ?) RETURNING id"),
            {now, m_store.clock().nowMs(), caller.username, result.purged, message});
        if (!recorded)
            return recorded.error();
        recorded->next();
        result.sweepId = recorded->value(0).toLongLong();
        recorded->finish();
        // A sweep by a person is always audited; the job's sweeps when they purge something.
        if (result.purged > 0 || caller.userId != 0 || caller.username != QLatin1String("system")) {
            if (Result<AuditEvent> logged = audit::append(
                    m_store,
                    eventBy(caller, QStringLiteral("retention.sweep"),
                            QStringLiteral("retention_sweep"), QString::number(result.sweepId),
                            QStringLiteral("purged=%1 clients=%2 fulfilled_before=%3")
                                .arg(result.purged)
                                .arg(perClient.isEmpty() ? QStringLiteral("none")
                                                         : perClient.join(QLatin1Char(',')),
                                     isoTime(cutoff))));
                !logged)
                return logged.error();
        }
        return result;
    });
    if (swept && swept->purged > 0) {
        if (Result<void> cleaned = afterPurge(); !cleaned)
            qCWarning(lcOrders) << "PII purged, but the WAL checkpoint failed:"
                                << cleaned.error().message;
    }
    return swept;
}

Result<RetentionStatus> Orders::retentionStatus() const
{
    const qint64 now = m_store.clock().nowMs();
    const qint64 retentionMs = qint64(m_store.policy().piiRetentionDaysAfterFulfilment) * kDayMs;
    const qint64 soonMs = qint64(m_store.policy().retentionDueSoonDays) * kDayMs;
    Result<Query> q = m_store.exec(
        QStringLiteral("SELECT client, COUNT(*), SUM(CASE WHEN fulfilled_at <= ? THEN 1 ELSE 0 "
                       "END), SUM(CASE WHEN fulfilled_at > ? AND fulfilled_at <= ? THEN 1 ELSE 0 "
                       "END), MIN(fulfilled_at) FROM orders WHERE pii_held = 1 GROUP BY client "
                       "ORDER BY client"),
        {now - retentionMs, now - retentionMs, now + soonMs - retentionMs});
    if (!q)
        return q.error();
    RetentionStatus status;
    while (q->next()) {
        ClientRetention c;
        c.client = q->value(0).toString();
        c.held = q->value(1).toLongLong();
        c.overdue = q->value(2).toLongLong();
        c.dueWithinWeek = q->value(3).toLongLong();
        c.oldestFulfilledAt = q->value(4).toLongLong();
        status.held += c.held;
        status.overdue += c.overdue;
        status.dueWithinWeek += c.dueWithinWeek;
        if (!status.oldestFulfilledAt || *c.oldestFulfilledAt < *status.oldestFulfilledAt)
            status.oldestFulfilledAt = c.oldestFulfilledAt;
        status.clients.append(c);
    }
    q->finish();
    Result<Query> last = m_store.exec(
        QStringLiteral("SELECT finished_at, outcome, message, purged FROM retention_sweeps ORDER "
                       "BY id DESC LIMIT 1"));
    if (!last)
        return last.error();
    if (last->next()) {
        status.lastSweepAt = last->value(0).toLongLong();
        status.lastSweepOutcome = last->value(1).toString();
        status.lastSweepMessage = last->value(2).toString();
        status.lastSweepPurged = last->value(3).toLongLong();
    }
    return status;
}

Result<DeletionRequest> Orders::createDeletionRequest(const Caller &caller,
                                                      const NewDeletionRequest &r)
{
    const QString reference = r.reference.trimmed();
    const QString client = r.scope.client.trimmed();
    if (reference.isEmpty() || reference.size() > 200)
        return makeError(ErrorCode::InvalidInput,
                         QStringLiteral("\"reference\" is required: Amazon's reference for the "
                                        "request (at most 200 characters)"));
    if (r.receivedAt <= 0)
        return makeError(ErrorCode::InvalidInput,
                         QStringLiteral("\"received_at\" must be an ISO 8601 time like "
                                        "2026-11-29T09:00:00Z"));
    if (r.receivedAt > m_store.clock().nowMs() + 60 * 1000)
        return makeError(ErrorCode::InvalidInput,
                         QStringLiteral("\"received_at\" is in the future"));
    if (r.action != QLatin1String("delete") && r.action != QLatin1String("return"))
        return makeError(ErrorCode::InvalidInput,
                         QStringLiteral("\"action\" must be delete or return"));
    const QString type = r.scope.type;
    if (type == QLatin1String("client") || type == QLatin1String("orders")) {
        if (client.isEmpty())
            return makeError(ErrorCode::InvalidInput,
                             QStringLiteral("a scope of type %1 needs \"client\"").arg(type));
        if (type == QLatin1String("orders") && r.scope.orderIds.isEmpty())
            return makeError(ErrorCode::InvalidInput,
                             QStringLiteral("a scope of type orders needs \"order_ids\": the "
                                            "Amazon order ids to delete"));
    } else if (type == QLatin1String("buyer")) {
        if (!r.scope.buyerEmail.contains(QLatin1Char('@')) || r.scope.buyerEmail.size() > 320)
            return makeError(ErrorCode::InvalidInput,
                             QStringLiteral("a scope of type buyer needs \"buyer_email\": the "
                                            "buyer's e-mail address"));
    } else {
        return makeError(ErrorCode::InvalidInput,
                         QStringLiteral("\"scope.type\" must be client, orders or buyer"));
    }
    const qint64 due = r.receivedAt + qint64(m_store.policy().deletionRequestHours) * 3600 * 1000;
    QJsonArray ids;
    for (const QString &id : r.scope.orderIds)
        ids.append(id.trimmed());
    return m_store.transaction([&]() -> Result<DeletionRequest> {
        Result<Query> inserted = m_store.exec(
            QStringLiteral("INSERT INTO deletion_requests (reference, received_at, due_at, action, "
                           "scope_type, scope_client, scope_order_ids, status, created_by, "
                           "created_at) VALUES (?, ?, ?, ?, ?, ?, ?, 'open', ?, ?) RETURNING id"),
            {reference, r.receivedAt, due, r.action, type, client,
             QString::fromUtf8(QJsonDocument(ids).toJson(QJsonDocument::Compact)), caller.username,
             m_store.clock().nowMs()});
        if (!inserted)
            return inserted.error();
        inserted->next();
        const qint64 id = inserted->value(0).toLongLong();
        inserted->finish();
        if (type == QLatin1String("buyer")) {
            QByteArray email = r.scope.buyerEmail.trimmed().toLower().toUtf8();
            const crypto::WipeOnExit emailWiped(email);
            Result<QByteArray> sealed
                = m_store.keys().seal(email,
                                      crypto::fieldAad(QStringLiteral("deletion_requests"),
                                                       QStringLiteral("scope_buyer_email"), id));
            if (!sealed)
                return sealed.error();
            if (Result<Query> stored = m_store.exec(
                    QStringLiteral(
                        "UPDATE deletion_requests SET scope_buyer_email = ? WHERE id = ?"),
                    {*sealed, id});
                !stored)
                return stored.error();
        }
        if (Result<AuditEvent> logged
            = audit::append(m_store,
                            eventBy(caller, QStringLiteral("deletion_request.create"),
                                    QStringLiteral("deletion_request"), QString::number(id),
                                    QStringLiteral("reference=%1 action=%2 scope=%3 client=%4 "
                                                   "orders=%5 due=%6")
                                        .arg(reference, r.action, type, client)
                                        .arg(ids.size())
                                        .arg(isoTime(due))));
            !logged)
            return logged.error();
        return deletionRequest(id);
    });
}

Result<Page<DeletionRequest>> Orders::deletionRequests(qint64 after, int limit) const
{
    return service::readPage<DeletionRequest>(
        m_store.exec(kRequestSelect + QStringLiteral("WHERE id > ? ORDER BY id LIMIT ?"),
                     {after, limit + 1}),
        limit, requestFromRow);
}

Result<DeletionRequest> Orders::deletionRequest(qint64 id) const
{
    Result<Query> q = m_store.exec(kRequestSelect + QStringLiteral("WHERE id = ?"), {id});
    if (!q)
        return q.error();
    if (!q->next())
        return makeError(ErrorCode::NotFound,
                         QStringLiteral("no deletion request with id %1").arg(id));
    return requestFromRow(*q);
}

Result<Fulfilment> Orders::fulfil(const Caller &caller, qint64 id, const QByteArray &passphrase)
{
    const qint64 now = m_store.clock().nowMs();
    const qint64 retentionMs = qint64(m_store.policy().piiRetentionDaysAfterFulfilment) * kDayMs;
    Result<Fulfilment> done = m_store.transaction([&]() -> Result<Fulfilment> {
        Result<DeletionRequest> r = deletionRequest(id);
        if (!r)
            return r.error();
        if (r->status != QLatin1String("open"))
            return makeError(
                ErrorCode::Conflict,
                QStringLiteral("deletion request %1 is already %2").arg(id).arg(r->status));
        const bool returning = r->action == QLatin1String("return");
        if (returning && passphrase.size() < m_store.policy().passwordMinLength)
            return makeError(ErrorCode::InvalidInput,
                             QStringLiteral("give a passphrase of at least %1 characters for the "
                                            "returned archive: Amazon needs it to open it")
                                 .arg(m_store.policy().passwordMinLength));
        // The orders in scope, with their PII opened when it must be matched or returned.
        QString where;
        QVariantList args;
        if (r->scopeType == QLatin1String("client")) {
            where = QStringLiteral("WHERE client = ?");
            args = {r->scopeClient};
        } else if (r->scopeType == QLatin1String("orders")) {
            where = QStringLiteral("WHERE client = ? AND amazon_order_id IN (%1)")
                        .arg(parameterMarks(r->scopeOrderIds.size()));
            args = {r->scopeClient};
            for (const QString &o : r->scopeOrderIds)
                args << o;
        } else {
            where = QStringLiteral("WHERE pii_held = 1");
            if (!r->scopeClient.isEmpty()) {
                where += QStringLiteral(" AND client = ?");
                args = {r->scopeClient};
            }
        }
        // The buyer's e-mail, in the clear for the comparison below: wiped however this ends.
        QByteArray buyer;
        const crypto::WipeOnExit buyerWiped(buyer);
        if (r->scopeType == QLatin1String("buyer")) {
            Result<Query> e = m_store.exec(
                QStringLiteral("SELECT scope_buyer_email FROM deletion_requests WHERE id = ?"),
                {id});
            if (!e)
                return e.error();
            e->next();
            Result<QByteArray> email
                = m_store.keys().open(e->value(0).toByteArray(),
                                      crypto::fieldAad(QStringLiteral("deletion_requests"),
                                                       QStringLiteral("scope_buyer_email"), id));
            if (!email)
                return email.error();
            buyer = std::move(*email); // a copy would share, and wipe() only releases a shared one
        }
        Result<Query> q = m_store.exec(kOrderSelect + where + QStringLiteral(" ORDER BY id"), args);
        if (!q)
            return q.error();
        QList<Order> inScope;
        QList<QByteArray> sealed;
        while (q->next()) {
            inScope.append(orderFromRow(*q, retentionMs));
            sealed.append(q->value(15).toByteArray());
        }
        q->finish();
        QList<Order> targets;
        for (qsizetype i = 0; i < inScope.size(); ++i) {
            Order o = inScope.at(i);
            if (o.piiHeld && (returning || !buyer.isEmpty())) {
                Result<QJsonObject> pii = openPii(o.id, sealed.at(i));
                if (!pii)
                    return pii.error();
                o.pii = *pii;
            }
            if (!buyer.isEmpty()
                && (!o.pii
                    || o.pii->value(QLatin1String("buyer_email"))
                            .toString()
                            .trimmed()
                            .toLower()
                            .toUtf8()
                        != buyer))
                continue;
            targets.append(o);
        }
        Fulfilment result;
        if (returning) {
            json::Values items;
            for (const Order &o : targets)
                items.emplace_back(json::toJson(o));
            const json::Object doc {
                {"reference", r->reference},  {"generated_at", isoTime(now)},
                {"scope", r->scopeType},      {"client", r->scopeClient},
                {"orders", std::move(items)},
            };
            QByteArray plain = doc.toJson();
            const crypto::WipeOnExit plainWiped(plain);
            Result<QByteArray> archive = archive::seal(plain, passphrase);
            if (!archive)
                return archive.error();
            result.archive = *archive;
        }
        QList<qint64> ids;
        QList<qint64> piiIds;
        QStringList names;
        for (const Order &o : targets) {
            ids << o.id;
            if (o.piiHeld)
                piiIds << o.id;
            names << o.client + QLatin1Char('/') + o.amazonOrderId;
        }
        names.sort();
        const bool allData = r->scopeType == QLatin1String("client");
        if (!piiIds.isEmpty()) {
            if (Result<Query> keys = m_store.exec(m_store.dialect().expand(
                    QStringLiteral("DELETE FROM {vault}order_keys WHERE order_id IN (%1)")
                        .arg(idList(piiIds))));
                !keys)
                return keys.error();
        }
        if (!ids.isEmpty()) {
            Result<Query> removed = allData
                ? m_store.exec(
                    QStringLiteral("DELETE FROM orders WHERE id IN (%1)").arg(idList(ids)))
                : m_store.exec(QStringLiteral("UPDATE orders SET pii = NULL, pii_held = 0, "
                                              "pii_purged_at = ?, purge_reason = ? WHERE "
                                              "id IN (%1) AND pii_held = 1")
                                   .arg(idList(ids)),
                               {now, QStringLiteral("deletion_request:%1").arg(id)});
            if (!removed)
                return removed.error();
        }
        const QString idsHash
            = QString::fromLatin1(crypto::sha256(names.join(QLatin1Char('\n')).toUtf8()).toHex());
        const QString archiveHash = result.archive.isEmpty()
            ? QString()
            : QString::fromLatin1(crypto::sha256(result.archive).toHex());
        if (Result<Query> updated = m_store.exec(
                QStringLiteral(
                    "UPDATE deletion_requests SET status = 'fulfilled', fulfilled_at = ?, "
                    "fulfilled_by = ?, deleted_orders = ?, deleted_pii = ?, "
                    "deleted_ids_sha256 = ?, archive_sha256 = ?, scope_buyer_email = "
                    "NULL WHERE id = ?"),
                {now, caller.username, allData ? ids.size() : 0, piiIds.size(), idsHash,
                 archiveHash.isEmpty() ? QVariant(QMetaType::fromType<QString>()) : archiveHash,
                 id});
            !updated)
            return updated.error();
        if (Result<AuditEvent> logged = audit::append(
                m_store,
                eventBy(caller, QStringLiteral("deletion_request.fulfil"),
                        QStringLiteral("deletion_request"), QString::number(id),
                        QStringLiteral("reference=%1 action=%2 scope=%3 orders_deleted=%4 "
                                       "pii_deleted=%5 ids_sha256=%6%7")
                            .arg(r->reference, r->action, r->scopeType)
                            .arg(allData ? ids.size() : 0)
                            .arg(piiIds.size())
                            .arg(idsHash,
                                 archiveHash.isEmpty()
                                     ? QString()
                                     : QStringLiteral(" archive_sha256=") + archiveHash)));
            !logged)
            return logged.error();
        Result<DeletionRequest> fulfilled = deletionRequest(id);
        if (!fulfilled)
            return fulfilled.error();
        result.request = *fulfilled;
        return result;
    });
    if (done) {
        if (Result<void> cleaned = afterPurge(); !cleaned)
            qCWarning(lcOrders) << "data deleted, but the WAL checkpoint failed:"
                                << cleaned.error().message;
    }
    return done;
}

Result<int> Orders::notifyOverdueRequests()
{
    const qint64 now = m_store.clock().nowMs();
    return m_store.transaction([&]() -> Result<int> {
        Result<Query> q = m_store.exec(
            QStringLiteral("SELECT id, reference, due_at FROM deletion_requests WHERE status = "
                           "'open' AND due_at <= ? AND overdue_notified_at IS NULL ORDER BY id"),
            {now});
        if (!q)
            return q.error();
        struct Due
        {
            qint64 id;
            QString reference;
            qint64 dueAt;
        };
        QList<Due> due;
        while (q->next())
            due.append(
                {q->value(0).toLongLong(), q->value(1).toString(), q->value(2).toLongLong()});
        q->finish();
        if (due.isEmpty())
            return 0;
        QList<qint64> officers;
        Result<Query> users
            = m_store.exec(QStringLiteral("SELECT id, roles FROM users WHERE status = 'active'"));
        if (!users)
            return users.error();
        while (users->next()) {
            const QStringList roles
                = users->value(1).toString().split(QLatin1Char(','), Qt::SkipEmptyParts);
            if (permissionsForRoles(roles).contains(Permission::RetentionManage))
                officers << users->value(0).toLongLong();
        }
        users->finish();
        const QString today
            = QDateTime::fromMSecsSinceEpoch(now, Qt::UTC).date().toString(Qt::ISODate);
        for (const Due &d : due) {
            const QString dueDate
                = QDateTime::fromMSecsSinceEpoch(d.dueAt, Qt::UTC).date().toString(Qt::ISODate);
            const QString title
                = QStringLiteral("Amazon deletion request %1 is overdue").arg(d.reference);
            const QString body = QStringLiteral("Deletion request %1 (%2) was due at %3 UTC and is "
                                                "not fulfilled. The policy allows %4 hours.")
                                     .arg(d.id)
                                     .arg(d.reference, isoTime(d.dueAt))
                                     .arg(m_store.policy().deletionRequestHours);
            for (qint64 officer : officers) {
                if (Result<Query> inserted = m_store.exec(
                        QStringLiteral("INSERT INTO notifications (user_id, kind, asset_id, "
                                       "threshold, due_date, day, title, body, created_at) VALUES "
                                       "(?, 'deletion_request', NULL, 'overdue', ?, ?, ?, ?, ?)"),
                        {officer, dueDate, today, title, body, now});
                    !inserted)
                    return inserted.error();
            }
            if (Result<Query> marked = m_store.exec(
                    QStringLiteral(
                        "UPDATE deletion_requests SET overdue_notified_at = ? WHERE id = ?"),
                    {now, d.id});
                !marked)
                return marked.error();
            AuditEvent e;
            e.actor = QStringLiteral("system");
            e.action = QStringLiteral("deletion_request.overdue");
            e.objectType = QStringLiteral("deletion_request");
            e.objectId = QString::number(d.id);
            e.outcome = QStringLiteral("failure");
            e.detail = QStringLiteral("reference=%1 due=%2 notified=%3")
                           .arg(d.reference, isoTime(d.dueAt))
                           .arg(officers.size());
            if (Result<AuditEvent> logged = audit::append(m_store, e); !logged)
                return logged.error();
        }
        return int(due.size());
    });
}

} // namespace cc
