#include "Orders.h"

#include "PiiReadCaps.h"
#include "ReturnArchive.h"
#include "ServiceSupport.h"
#include "crypto/Aes256Gcm.h"
#include "crypto/Crypto.h"
#include "domain/Roles.h"
#include "json/JsonWriter.h"
#include "json/OrderJson.h"
#include "store/ShredLog.h"
#include "store/Store.h"

#include <algorithm>
#include <map>
#include <tuple>

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLoggingCategory>
#include <QRegularExpression>

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

struct OrderRow
{
    enum Column {
        Id,
        Client,
        AmazonOrderId,
        PurchaseDate,
        OrderStatus,
        Marketplace,
        Currency,
        TotalCents,
        ItemCount,
        Items,
        FulfilledAt,
        IngestedAt,
        PiiHeld,
        PiiPurgedAt,
        PurgeReason,
        Pii, // sealed: see Orders::openPii
        WrappedKey, // the order's data key, sealed under the master key; NULL once deleted
        ColumnCount
    };
    static constexpr rows::Columns<ColumnCount> columns {{
        {Id, "id"},
        {Client, "client"},
        {AmazonOrderId, "amazon_order_id"},
        {PurchaseDate, "purchase_date"},
        {OrderStatus, "order_status"},
        {Marketplace, "marketplace"},
        {Currency, "currency"},
        {TotalCents, "total_cents"},
        {ItemCount, "item_count"},
        {Items, "items"},
        {FulfilledAt, "fulfilled_at"},
        {IngestedAt, "ingested_at"},
        {PiiHeld, "pii_held"},
        {PiiPurgedAt, "pii_purged_at"},
        {PurgeReason, "purge_reason"},
        {Pii, "pii"},
        {WrappedKey, "(SELECT wrapped_key FROM {vault}order_keys k WHERE k.order_id = orders.id)"},
    }};
    static_assert(rows::inOrder(columns));
    // With the data key, so that opening the PII takes no statement of its own.
    static const QString &select(const Store &store)
    {
        static const QString sqlite
            = Dialect(Backend::Sqlite).expand(rows::select(columns, "FROM orders "));
        static const QString postgres
            = Dialect(Backend::Postgres).expand(rows::select(columns, "FROM orders "));
        return store.dialect().backend() == Backend::Sqlite ? sqlite : postgres;
    }

    static SealedPii sealed(const Query &q)
    {
        return {q.value(Pii).toByteArray(), q.value(WrappedKey).toByteArray()};
    }

    // Everything but the PII, which stays sealed in column Pii.
    static Order read(const Query &q, qint64 retentionMs)
    {
        Order o;
        o.id = q.value(Id).toLongLong();
        o.client = q.value(Client).toString();
        o.amazonOrderId = q.value(AmazonOrderId).toString();
        o.purchaseDate = q.value(PurchaseDate).toLongLong();
        o.orderStatus = q.value(OrderStatus).toString();
        o.marketplace = q.value(Marketplace).toString();
        o.currency = q.value(Currency).toString();
        o.totalCents = q.value(TotalCents).toLongLong();
        o.itemCount = q.value(ItemCount).toInt();
        o.itemsJson = q.value(Items).toString().toUtf8();
        o.fulfilledAt = q.value(FulfilledAt).toLongLong();
        o.ingestedAt = q.value(IngestedAt).toLongLong();
        o.piiHeld = q.value(PiiHeld).toInt() != 0;
        o.piiPurgedAt = service::optionalTime(q.value(PiiPurgedAt));
        o.purgeReason = q.value(PurgeReason).toString();
        o.piiDueAt = o.fulfilledAt + retentionMs;
        return o;
    }
};

struct DeletionRequestRow
{
    enum Column {
        Id,
        Reference,
        ReceivedAt,
        DueAt,
        Action,
        ScopeType,
        ScopeClient,
        ScopeOrderIds,
        ScopeBuyerEmail, // sealed, and only while the request is open
        Status,
        CreatedBy,
        CreatedAt,
        FulfilledAt,
        FulfilledBy,
        DeletedOrders,
        DeletedPii,
        DeletedIdsSha256,
        ArchiveSha256,
        ColumnCount
    };
    static constexpr rows::Columns<ColumnCount> columns {{
        {Id, "id"},
        {Reference, "reference"},
        {ReceivedAt, "received_at"},
        {DueAt, "due_at"},
        {Action, "action"},
        {ScopeType, "scope_type"},
        {ScopeClient, "scope_client"},
        {ScopeOrderIds, "scope_order_ids"},
        {ScopeBuyerEmail, "scope_buyer_email"},
        {Status, "status"},
        {CreatedBy, "created_by"},
        {CreatedAt, "created_at"},
        {FulfilledAt, "fulfilled_at"},
        {FulfilledBy, "fulfilled_by"},
        {DeletedOrders, "deleted_orders"},
        {DeletedPii, "deleted_pii"},
        {DeletedIdsSha256, "deleted_ids_sha256"},
        {ArchiveSha256, "archive_sha256"},
    }};
    static_assert(rows::inOrder(columns));
    static inline const QString select = rows::select(columns, "FROM deletion_requests ");

    static DeletionRequest read(const Query &q)
    {
        DeletionRequest r;
        r.id = q.value(Id).toLongLong();
        r.reference = q.value(Reference).toString();
        r.receivedAt = q.value(ReceivedAt).toLongLong();
        r.dueAt = q.value(DueAt).toLongLong();
        r.action = q.value(Action).toString();
        r.scopeType = q.value(ScopeType).toString();
        r.scopeClient = q.value(ScopeClient).toString();
        const QJsonArray ids
            = QJsonDocument::fromJson(q.value(ScopeOrderIds).toString().toUtf8()).array();
        for (const QJsonValue &v : ids)
            r.scopeOrderIds << v.toString();
        r.scopeHasBuyer = !q.value(ScopeBuyerEmail).isNull();
        r.status = q.value(Status).toString();
        r.createdBy = q.value(CreatedBy).toString();
        r.createdAt = q.value(CreatedAt).toLongLong();
        r.fulfilledAt = service::optionalTime(q.value(FulfilledAt));
        r.fulfilledBy = q.value(FulfilledBy).toString();
        r.deletedOrders = q.value(DeletedOrders).toLongLong();
        r.deletedPii = q.value(DeletedPii).toLongLong();
        r.deletedIdsSha256 = q.value(DeletedIdsSha256).toString();
        r.archiveSha256 = q.value(ArchiveSha256).toString();
        return r;
    }
};

// The active grant of a user for a client in some categories (%1: their marks; %2: more
// conditions or nothing): one of the whole client first, the newest first. A grant whose
// holder's credentials were reset is suspended until they enrol again. A row per order the
// grant is narrowed to (ScopeOrder NULL: the whole client), in one statement.
struct ActiveGrantRow
{
    enum Column { Id, Reason, LastUsedAt, ScopeOrder, ColumnCount };
    static constexpr rows::Columns<ColumnCount> columns {{{Id, "c.id"},
                                                          {Reason, "c.reason"},
                                                          {LastUsedAt, "c.last_used_at"},
                                                          {ScopeOrder, "s.amazon_order_id"}}};
    static_assert(rows::inOrder(columns));
    static inline const QString select = rows::select(
        columns,
        "FROM (SELECT g.id AS id, g.request_id AS request_id, r.reason AS reason, "
        "g.last_used_at AS last_used_at "
        "FROM grants g JOIN access_requests r ON r.id = g.request_id "
        "JOIN users u ON u.id = g.user_id "
        "WHERE g.user_id = ? AND g.client = ? AND g.revoked_at IS NULL "
        "AND g.expires_at > ? AND u.credentials_reset_at IS NULL "
        "AND g.category IN (%1)%2 ORDER BY CASE WHEN EXISTS (SELECT 1 FROM "
        "access_request_orders s WHERE s.request_id = g.request_id) THEN 1 ELSE 0 END, "
        "g.id DESC LIMIT 1) c "
        "LEFT JOIN access_request_orders s ON s.request_id = c.request_id "
        "ORDER BY s.amazon_order_id");
    // For a read of one order: the grant's scope, if it has one, names it.
    static inline const QString coversOrder = QStringLiteral(
        " AND (NOT EXISTS (SELECT 1 FROM access_request_orders s WHERE s.request_id = "
        "g.request_id) OR EXISTS (SELECT 1 FROM access_request_orders s WHERE s.request_id = "
        "g.request_id AND s.amazon_order_id = ?))");
};

// A grant (of the table grants, unaliased) not narrowed to some orders: the only kind that
// reads a client's aggregates, which sum every order.
const QString kWholeClient = QStringLiteral(
    "NOT EXISTS (SELECT 1 FROM access_request_orders s WHERE s.request_id = grants.request_id)");

// Orders and sales per client, marketplace, day and currency (%1: a day in ms; %2: a WHERE
// clause or nothing).
struct DailySalesRow
{
    enum Column { Client, Marketplace, Day, Currency, Orders, SalesCents, ColumnCount };
    static constexpr rows::Columns<ColumnCount> columns {{
        {Client, "client"},
        {Marketplace, "marketplace"},
        {Day, "purchase_date / %1"},
        {Currency, "currency"},
        {Orders, "COUNT(*)"},
        {SalesCents, "SUM(total_cents)"},
    }};
    static_assert(rows::inOrder(columns));
    static inline const QString select
        = rows::select(columns,
                       "FROM orders %2GROUP BY client, marketplace, purchase_date / %1, currency "
                       "ORDER BY client, marketplace, purchase_date / %1, currency");

    static AggregateRow read(const Query &q)
    {
        AggregateRow row;
        row.client = q.value(Client).toString();
        row.marketplace = q.value(Marketplace).toString();
        row.day = QDateTime::fromMSecsSinceEpoch(q.value(Day).toLongLong() * kDayMs, Qt::UTC)
                      .date()
                      .toString(Qt::ISODate);
        row.currency = q.value(Currency).toString();
        row.orders = q.value(Orders).toLongLong();
        row.salesCents = q.value(SalesCents).toLongLong();
        return row;
    }
};

// The clients a legal hold applies to at a time (the one argument).
const QString kHeldClients = QStringLiteral(
    "SELECT client FROM client_legal_holds WHERE released_at IS NULL AND (until_at IS NULL OR "
    "until_at > ?)");

// What the sweep reads of an order fact as it deletes it: only what its aggregate sums.
struct ExpiredFactRow
{
    enum Column {
        Id,
        Client,
        Marketplace,
        PurchaseDate,
        Currency,
        ItemCount,
        TotalCents,
        ColumnCount
    };
    static constexpr rows::Columns<ColumnCount> columns {{
        {Id, "id"},
        {Client, "client"},
        {Marketplace, "marketplace"},
        {PurchaseDate, "purchase_date"},
        {Currency, "currency"},
        {ItemCount, "item_count"},
        {TotalCents, "total_cents"},
    }};
    static_assert(rows::inOrder(columns));
    // Arguments: the cutoff, then now (for the holds). RETURNING hands back exactly the rows
    // this statement deleted, so a concurrent ingest or sweep can neither slip an unsummed
    // order into the deletion nor have one summed twice.
    static inline const QString deleteReturning
        = QStringLiteral("DELETE FROM orders WHERE fulfilled_at <= ? AND client NOT IN (")
        + kHeldClients + QStringLiteral(") RETURNING ")
        + rows::select(columns, "").mid(int(qstrlen("SELECT ")));
};

struct DailyAggregateRow
{
    enum Column {
        Id,
        Client,
        Marketplace,
        Day,
        Currency,
        Orders,
        Items,
        SalesCents,
        UpdatedAt,
        ColumnCount
    };
    static constexpr rows::Columns<ColumnCount> columns {{
        {Id, "id"},
        {Client, "client"},
        {Marketplace, "marketplace"},
        {Day, "day"},
        {Currency, "currency"},
        {Orders, "orders"},
        {Items, "items"},
        {SalesCents, "sales_cents"},
        {UpdatedAt, "updated_at"},
    }};
    static_assert(rows::inOrder(columns));
    static inline const QString select = rows::select(columns, "FROM order_daily_aggregates ");

    static DailyAggregate read(const Query &q)
    {
        DailyAggregate a;
        a.id = q.value(Id).toLongLong();
        a.client = q.value(Client).toString();
        a.marketplace = q.value(Marketplace).toString();
        a.day = QDateTime::fromMSecsSinceEpoch(q.value(Day).toLongLong() * kDayMs, Qt::UTC)
                    .date()
                    .toString(Qt::ISODate);
        a.currency = q.value(Currency).toString();
        a.orders = q.value(Orders).toLongLong();
        a.items = q.value(Items).toLongLong();
        a.salesCents = q.value(SalesCents).toLongLong();
        a.updatedAt = q.value(UpdatedAt).toLongLong();
        return a;
    }
};

// Per client, the orders whose PII is due for the sweep.
struct DuePiiRow
{
    enum Column { Client, Orders, ColumnCount };
    static constexpr rows::Columns<ColumnCount> columns {
        {{Client, "client"}, {Orders, "COUNT(*)"}}};
    static_assert(rows::inOrder(columns));
    static inline const QString select
        = rows::select(columns,
                       "FROM orders WHERE pii_held = 1 AND fulfilled_at <= ? "
                       "GROUP BY client ORDER BY client");
};

// Per client, the PII held and how near its deadline. Arguments: the overdue cutoff twice,
// then the due-soon cutoff.
struct ClientRetentionRow
{
    enum Column { Client, Held, Overdue, DueSoon, OldestFulfilledAt, ColumnCount };
    static constexpr rows::Columns<ColumnCount> columns {{
        {Client, "client"},
        {Held, "COUNT(*)"},
        {Overdue, "SUM(CASE WHEN fulfilled_at <= ? THEN 1 ELSE 0 END)"},
        {DueSoon, "SUM(CASE WHEN fulfilled_at > ? AND fulfilled_at <= ? THEN 1 ELSE 0 END)"},
        {OldestFulfilledAt, "MIN(fulfilled_at)"},
    }};
    static_assert(rows::inOrder(columns));
    static inline const QString select
        = rows::select(columns, "FROM orders WHERE pii_held = 1 GROUP BY client ORDER BY client");

    static ClientRetention read(const Query &q)
    {
        ClientRetention c;
        c.client = q.value(Client).toString();
        c.held = q.value(Held).toLongLong();
        c.overdue = q.value(Overdue).toLongLong();
        c.dueWithinWeek = q.value(DueSoon).toLongLong();
        c.oldestFulfilledAt = q.value(OldestFulfilledAt).toLongLong();
        return c;
    }
};

struct LastSweepRow
{
    enum Column { FinishedAt, Outcome, Message, Purged, Deleted, ColumnCount };
    static constexpr rows::Columns<ColumnCount> columns {{
        {FinishedAt, "finished_at"},
        {Outcome, "outcome"},
        {Message, "message"},
        {Purged, "purged"},
        {Deleted, "deleted_orders"},
    }};
    static_assert(rows::inOrder(columns));
    static inline const QString select
        = rows::select(columns, "FROM retention_sweeps ORDER BY id DESC LIMIT 1");
};

// Open requests past their due time whose officers were not told yet.
struct OverdueRequestRow
{
    enum Column { Id, Reference, DueAt, ColumnCount };
    static constexpr rows::Columns<ColumnCount> columns {
        {{Id, "id"}, {Reference, "reference"}, {DueAt, "due_at"}}};
    static_assert(rows::inOrder(columns));
    static inline const QString select
        = rows::select(columns,
                       "FROM deletion_requests WHERE status = 'open' AND due_at <= ? "
                       "AND overdue_notified_at IS NULL ORDER BY id");
};

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

SentRead Orders::sendGrantLookup(const Caller &caller, const QStringList &categories,
                                 const QString &client, const QString &amazonOrderId) const
{
    if (caller.userId == 0 || categories.isEmpty())
        return {};
    QVariantList args = {caller.userId, client, m_store.clock().nowMs()};
    for (const QString &c : categories)
        args << c;
    QString oneOrder;
    if (!amazonOrderId.isEmpty()) {
        oneOrder = ActiveGrantRow::coversOrder;
        args << amazonOrderId;
    }
    return m_store.sendRead(ActiveGrantRow::select.arg(parameterMarks(categories.size()), oneOrder),
                            args);
}

Result<std::optional<Orders::ActiveGrant>> Orders::activeGrant(SentRead &&lookup) const
{
    using Found = std::optional<ActiveGrant>;
    if (!lookup)
        return Found();
    Result<Query> q = m_store.receive(std::move(lookup));
    // A failed lookup is an error, not "no grant": it must not be answered (or audited) as a
    // refusal for want of one.
    if (!q)
        return q.error();
    if (!q->next())
        return Found();
    ActiveGrant grant {q->value(ActiveGrantRow::Id).toLongLong(),
                       q->value(ActiveGrantRow::Reason).toString(),
                       q->value(ActiveGrantRow::LastUsedAt).toLongLong(),
                       {}};
    do {
        if (const QVariant scope = q->value(ActiveGrantRow::ScopeOrder); !scope.isNull())
            grant.orderIds << scope.toString();
    } while (q->next());
    return Found(grant);
}

Result<Orders::ReadGrants> Orders::readGrants(const Caller &caller, const QString &client,
                                              const QString &amazonOrderId, bool includePii) const
{
    // Both look-ups go out before either is awaited.
    const bool gated = !caller.can(Permission::RetentionManage);
    SentRead gateLookup = gated
        ? sendGrantLookup(caller, {OrderCategory::Pii, OrderCategory::NonPii}, client,
                          amazonOrderId)
        : SentRead();
    SentRead piiLookup = includePii
        ? sendGrantLookup(caller, {OrderCategory::Pii}, client, amazonOrderId)
        : SentRead();
    ReadGrants grants;
    if (gated) {
        Result<std::optional<ActiveGrant>> gate = activeGrant(std::move(gateLookup));
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
        Result<std::optional<ActiveGrant>> pii = activeGrant(std::move(piiLookup));
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
    const qint64 now = m_store.clock().nowMs();
    return m_store.transaction([&]() -> Result<IngestResult> {
        IngestResult result;
        Result<QList<orders::RecordError>> errors = batchErrors(batch);
        if (!errors)
            return errors.error();
        if (!errors->isEmpty()) {
            result.errors = *errors;
            return result;
        }
        Result<QList<qint64>> ids = newOrderIds(batch.orders.size());
        if (!ids)
            return ids.error();
        int withPii = 0;
        for (qsizetype i = 0; i < batch.orders.size(); ++i) {
            const orders::ParsedOrder &o = batch.orders.at(i);
            if (Result<void> stored = insertOrder(ids->at(i), batch.client, o, now); !stored)
                return stored.error();
            withPii += o.pii.isEmpty() ? 0 : 1;
        }
        result.imported = int(batch.orders.size());
        if (Result<Query> registered = m_store.exec(
                QStringLiteral("INSERT INTO clients (name, added_by, added_at) VALUES (?, NULL, "
                               "?) ON CONFLICT DO NOTHING"),
                {batch.client, now});
            !registered)
            return registered.error();
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

Result<QList<orders::RecordError>> Orders::batchErrors(const orders::Batch &batch) const
{
    QList<orders::RecordError> errors = batch.errors;
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
            errors.append({position,
                           QStringLiteral("order %1 of client %2 is already stored")
                               .arg(o.amazonOrderId, batch.client)});
        }
        ++index;
    }
    std::sort(errors.begin(), errors.end(),
              [](const auto &a, const auto &b) { return a.index < b.index; });
    return errors;
}

Result<QList<qint64>> Orders::newOrderIds(qsizetype count) const
{
    QList<qint64> ids;
    if (count == 0)
        return ids;
    Result<Query> q = m_store.exec(m_store.dialect().newIds(QStringLiteral("orders")), {count});
    if (!q)
        return q.error();
    ids.reserve(count);
    while (q->next())
        ids.append(q->value(0).toLongLong());
    if (ids.size() != count)
        return makeError(
            ErrorCode::Internal,
            QStringLiteral("asked for %1 new order ids, got %2").arg(count).arg(ids.size()));
    if (const QString mark = m_store.dialect().keepIdHighWater(QStringLiteral("orders"));
        !mark.isEmpty())
        if (Result<Query> kept = m_store.exec(mark, {ids.last()}); !kept)
            return kept.error();
    return ids;
}

Result<void> Orders::insertOrder(qint64 id, const QString &client, const orders::ParsedOrder &o,
                                 qint64 now)
{
    SealedPii sealed; // null bytes: SQL NULL, an order without PII
    if (!o.pii.isEmpty()) {
        Result<SealedPii> pii = sealPii(id, o.pii);
        if (!pii)
            return pii.error();
        sealed = std::move(*pii);
    }
    if (Result<Query> q = m_store.exec(
            QStringLiteral("INSERT INTO orders (id, client, amazon_order_id, purchase_date, "
                           "order_status, marketplace, currency, total_cents, item_count, items, "
                           "fulfilled_at, ingested_at, pii_held, pii) VALUES (?, ?, ?, ?, ?, ?, ?, "
                           "?, ?, ?, ?, ?, ?, ?)"),
            {id, client, o.amazonOrderId, o.purchaseDate, o.orderStatus, o.marketplace, o.currency,
             o.totalCents, o.itemCount, QString::fromUtf8(o.itemsJson), o.fulfilledAt, now,
             sealed.pii.isNull() ? 0 : 1, sealed.pii});
        !q)
        return q.error();
    if (sealed.wrappedKey.isNull())
        return {};
    if (Result<Query> key
        = m_store.exec(m_store.dialect().expand(QStringLiteral(
                           "INSERT INTO {vault}order_keys (order_id, wrapped_key) VALUES (?, ?)")),
                       {id, sealed.wrappedKey});
        !key)
        return key.error();
    return {};
}

Result<SealedPii> Orders::sealPii(qint64 orderId, const QJsonObject &pii) const
{
    // The data key and the nonce in one draw: a call to the generator costs more than the
    // bytes it gives. Both are views of the buffer, which is wiped on the way out.
    QByteArray random = crypto::randomBytes(crypto::kAesKeyBytes + crypto::kGcmNonceBytes);
    const crypto::WipeOnExit randomWiped(random);
    if (random.size() != crypto::kAesKeyBytes + crypto::kGcmNonceBytes)
        return makeError(ErrorCode::Internal,
                         QStringLiteral("cannot seal order data: the random generator failed"));
    const QByteArray dataKey = QByteArray::fromRawData(random.constData(), crypto::kAesKeyBytes);
    const QByteArray nonce = QByteArray::fromRawData(random.constData() + crypto::kAesKeyBytes,
                                                     crypto::kGcmNonceBytes);
    // Written straight to bytes: QJsonDocument::toJson() was a fifth of an ingest (perf); the
    // capacity holds a typical order's PII, so the buffer is not grown while written.
    json::Writer writer(1024);
    writer.value(pii);
    QByteArray plain = writer.take();
    const crypto::WipeOnExit plainWiped(plain);
    Result<crypto::GcmSealed> sealed = crypto::gcmEncrypt(
        dataKey, nonce, crypto::fieldAad(QStringLiteral("orders"), QStringLiteral("pii"), orderId),
        plain);
    if (!sealed)
        return sealed.error();
    Result<QByteArray> wrapped = m_store.keys().seal(
        dataKey,
        crypto::fieldAad(QStringLiteral("order_keys"), QStringLiteral("wrapped_key"), orderId));
    if (!wrapped)
        return wrapped.error();
    return SealedPii {nonce + sealed->ciphertext + sealed->tag, *wrapped};
}

Result<QJsonObject> Orders::openPii(qint64 orderId, const SealedPii &stored) const
{
    if (stored.wrappedKey.isEmpty())
        return makeError(ErrorCode::NotFound,
                         QStringLiteral("the data key of order %1 is deleted: its PII can no "
                                        "longer be read")
                             .arg(orderId));
    const QByteArray &sealed = stored.pii;
    Result<QByteArray> key = m_store.keys().open(
        stored.wrappedKey,
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

Orders::SentOrder Orders::sendOrder(qint64 id) const
{
    return {id, m_store.sendRead(OrderRow::select(m_store) + QStringLiteral("WHERE id = ?"), {id})};
}

Result<Order> Orders::order(const Caller &caller, qint64 id, bool includePii, SentOrder sent)
{
    const qint64 retentionMs = qint64(m_store.policy().piiRetentionDaysAfterFulfilment) * kDayMs;
    QString refusedClient; // set when refused for want of a grant, audited after the rollback
    std::optional<Error> overCap; // set when the PII caps refused it, audited likewise
    Result<Order> read = m_store.transaction([&]() -> Result<Order> {
        Result<Query> q
            = m_store.receive(sent.row && sent.id == id ? std::move(sent.row) : sendOrder(id).row);
        if (!q)
            return q.error();
        if (!q->next())
            return noSuchOrder(id);
        Order o = OrderRow::read(*q, retentionMs);
        const SealedPii sealed = OrderRow::sealed(*q);
        q->finish();
        // Sent before the grants are awaited, to share their round trip: the audit chain's head
        // for the read's event and the hour's PII count, read only once a grant allows the PII.
        PiiReadCaps caps(m_store);
        PiiReadCaps::SentCount piiCount
            = includePii && o.piiHeld ? caps.sendCount(caller) : PiiReadCaps::SentCount();
        SentRead auditHead
            = piiCount.lastHour ? std::move(piiCount.auditHead) : audit::sendHeadRead(m_store);
        Result<ReadGrants> grants = readGrants(caller, o.client, o.amazonOrderId, includePii);
        if (!grants) {
            if (grants.error().code != ErrorCode::Forbidden)
                return grants.error();
            refusedClient = o.client;
            return noSuchOrder(id);
        }
        const std::optional<ActiveGrant> &grant = grants->pii;
        if (grant && o.piiHeld) {
            if (Result<void> within = caps.admit(caller, 1, std::move(piiCount)); !within) {
                overCap = within.error();
                return within.error();
            }
            Result<QJsonObject> pii = openPii(o.id, sealed);
            if (!pii)
                return pii.error();
            o.pii = *pii;
            o.grantId = grant->id;
            o.grantReason = grant->reason;
        }
        // Before the audit event, whose monitoring ends in a read: on PostgreSQL a write after
        // that would keep the savepoint's commit waiting for it.
        if (Result<void> used = recordUse(*grants); !used)
            return used.error();
        if (Result<AuditEvent> logged = audit::append(
                m_store,
                eventBy(
                    caller,
                    o.pii ? QStringLiteral("orders.read_pii") : QStringLiteral("orders.read"),
                    QStringLiteral("order"), QString::number(o.id),
                    QStringLiteral("grant=%1 client=%2 orders=1")
                        .arg(grant ? QString::number(grant->id) : QStringLiteral("none"), o.client),
                    grant ? grant->reason : QString()),
                std::move(auditHead));
            !logged)
            return logged.error();
        return o;
    });
    if (!refusedClient.isEmpty()) {
        if (Result<void> logged = recordNoGrant(
                caller, QStringLiteral("orders.read"), QStringLiteral("order"), QString::number(id),
                QStringLiteral("client=%1 no grant").arg(refusedClient));
            !logged)
            return logged.error();
    }
    if (overCap) {
        if (Result<void> logged = PiiReadCaps(m_store).recordRefusal(
                caller, QStringLiteral("order"), QString::number(id), *overCap);
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
    std::optional<Error> overCap; // by the PII caps, audited likewise
    Result<Page<Order>> read = m_store.transaction([&]() -> Result<Page<Order>> {
        Result<ReadGrants> grants = readGrants(caller, client, QString(), includePii);
        if (!grants) {
            refused = grants.error().code == ErrorCode::Forbidden;
            return grants.error();
        }
        const std::optional<ActiveGrant> &grant = grants->pii;
        // A grant narrowed to some orders lists only those.
        QString where = QStringLiteral("WHERE client = ? AND id > ?");
        QVariantList args = {client, after};
        if (grants->gate && !grants->gate->orderIds.isEmpty()) {
            where += QStringLiteral(" AND amazon_order_id IN (%1)")
                         .arg(parameterMarks(grants->gate->orderIds.size()));
            for (const QString &id : std::as_const(grants->gate->orderIds))
                args << id;
        }
        Result<Query> q = m_store.exec(OrderRow::select(m_store) + where
                                           + QStringLiteral(" ORDER BY id LIMIT ?"),
                                       QVariantList(args) << limit + 1);
        if (!q)
            return q.error();
        Page<Order> page;
        QList<SealedPii> sealed;
        while (q->next()) {
            page.items.append(OrderRow::read(*q, retentionMs));
            sealed.append(OrderRow::sealed(*q));
        }
        q->finish();
        if (page.items.size() > limit) {
            page.items.removeLast();
            page.nextAfter = page.items.last().id;
        }
        SentRead auditHead;
        if (grant) {
            const int withPii
                = int(std::count_if(page.items.cbegin(), page.items.cend(), [&](const Order &o) {
                      return o.piiHeld && grant->covers(o.amazonOrderId);
                  }));
            PiiReadCaps caps(m_store);
            PiiReadCaps::SentCount piiCount = caps.sendCount(caller);
            auditHead = std::move(piiCount.auditHead);
            if (Result<void> within = caps.admit(caller, withPii, std::move(piiCount)); !within) {
                overCap = within.error();
                return within.error();
            }
        }
        int piiRead = 0;
        for (qsizetype i = 0; grant && i < page.items.size(); ++i) {
            Order &o = page.items[i];
            if (!o.piiHeld || !grant->covers(o.amazonOrderId))
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
                    grant ? grant->reason : QString()),
                std::move(auditHead));
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
    if (overCap) {
        if (Result<void> logged = PiiReadCaps(m_store).recordRefusal(
                caller, QStringLiteral("client"), client, *overCap);
            !logged)
            return logged.error();
    }
    return read;
}

Result<QList<AggregateRow>> Orders::aggregates(const Caller &caller)
{
    const bool all = caller.can(Permission::RetentionManage);
    QStringList clients;
    if (!all) {
        Result<QStringList> granted = aggregateClients(caller);
        if (!granted)
            return granted.error();
        clients = *granted;
    }
    QVariantList args;
    QString where;
    if (!all) {
        where = QStringLiteral("WHERE client IN (%1) ").arg(parameterMarks(clients.size()));
        for (const QString &c : clients)
            args << c;
    }
    Result<Query> q = m_store.exec(DailySalesRow::select.arg(kDayMs).arg(where), args);
    if (!q)
        return q.error();
    QList<AggregateRow> rows;
    while (q->next())
        rows.append(DailySalesRow::read(*q));
    return rows;
}

Result<QStringList> Orders::aggregateClients(const Caller &caller)
{
    Result<QVariantList> granted = rows::column(m_store.exec(
        QStringLiteral("SELECT DISTINCT client FROM grants WHERE user_id = ? AND revoked_at "
                       "IS NULL AND expires_at > ? AND category IN (?, ?, ?) AND ")
            + kWholeClient + QStringLiteral(" ORDER BY client"),
        {caller.userId, m_store.clock().nowMs(), OrderCategory::Aggregates, OrderCategory::NonPii,
         OrderCategory::Pii}));
    if (!granted)
        return granted.error();
    QStringList clients;
    for (const QVariant &client : std::as_const(*granted))
        clients << client.toString();
    if (clients.isEmpty()) {
        if (Result<void> logged
            = recordNoGrant(caller, QStringLiteral("orders.aggregates"), QStringLiteral("client"),
                            QString(), QStringLiteral("no grant for any client"));
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
                           "AND (last_used_at IS NULL OR last_used_at < ?) AND ")
                + kWholeClient,
            {now, caller.userId, now, OrderCategory::Aggregates, OrderCategory::NonPii,
             OrderCategory::Pii, now - kHourMs});
        !used)
        return used.error();
    return clients;
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
    const qint64 factsCutoff = m_store.policy().nonPiiCutoff(now + marginMs);
    Result<SweepResult> swept = m_store.transaction([&]() -> Result<SweepResult> {
        SweepResult result;
        result.at = now;
        Result<Query> counts = m_store.exec(DuePiiRow::select, {cutoff});
        if (!counts)
            return counts.error();
        QStringList perClient;
        while (counts->next()) {
            const QString client = counts->value(DuePiiRow::Client).toString();
            const int n = counts->value(DuePiiRow::Orders).toInt();
            result.perClient.insert(client, n);
            result.purged += n;
            perClient << QStringLiteral("%1:%2").arg(client).arg(n);
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
        if (Result<void> deleted = deleteExpiredFacts(now, factsCutoff, result); !deleted)
            return deleted.error();
        QStringList deletedPerClient;
        for (auto it = result.deletedPerClient.cbegin(); it != result.deletedPerClient.cend(); ++it)
            deletedPerClient << QStringLiteral("%1:%2").arg(it.key()).arg(it.value());
        QString message = result.purged > 0 ? QStringLiteral("purged the PII of %1 order(s): %2")
                                                  .arg(result.purged)
                                                  .arg(perClient.join(QStringLiteral(", ")))
                                            : QStringLiteral("no PII was due");
        if (result.deleted > 0)
            message += QStringLiteral("; deleted the facts of %1 order(s) past %2 months, kept as "
                                      "daily aggregates: %3")
                           .arg(result.deleted)
                           .arg(m_store.policy().nonPiiRetentionMonths)
                           .arg(deletedPerClient.join(QStringLiteral(", ")));
        if (!result.heldClients.isEmpty())
            message += QStringLiteral("; a legal hold kept the due facts of %1")
                           .arg(result.heldClients.join(QStringLiteral(", ")));
        Result<qint64> sweepId = rows::insertedId(m_store.exec(
            QStringLiteral("INSERT INTO retention_sweeps (started_at, finished_at, actor, purged, "
                           "deleted_orders, outcome, message) VALUES (?, ?, ?, ?, ?, 'success', ?) "
                           "RETURNING id"),
            {now, m_store.clock().nowMs(), caller.username, result.purged, result.deleted,
             message}));
        if (!sweepId)
            return sweepId.error();
        result.sweepId = *sweepId;
        // A sweep by a person is always audited; the job's sweeps when they remove something.
        if (result.purged > 0 || result.deleted > 0 || caller.userId != 0
            || caller.username != QLatin1String("system")) {
            const auto listed = [](const QStringList &items) {
                return items.isEmpty() ? QStringLiteral("none") : items.join(QLatin1Char(','));
            };
            if (Result<AuditEvent> logged = audit::append(
                    m_store,
                    eventBy(
                        caller, QStringLiteral("retention.sweep"),
                        QStringLiteral("retention_sweep"), QString::number(result.sweepId),
                        QStringLiteral("purged=%1 clients=%2 fulfilled_before=%3 "
                                       "deleted=%4 deleted_clients=%5 facts_fulfilled_before=%6 "
                                       "held=%7")
                            .arg(result.purged)
                            .arg(listed(perClient), isoTime(cutoff))
                            .arg(result.deleted)
                            .arg(listed(deletedPerClient), isoTime(factsCutoff),
                                 listed(result.heldClients))));
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

Result<void> Orders::deleteExpiredFacts(qint64 now, qint64 cutoff, SweepResult &result)
{
    // A hold set while the sweep runs either commits first, and the sweep keeps its client's
    // facts, or waits for the sweep to end: on PostgreSQL the sweep would otherwise not see a
    // hold committed after its reads and delete what the hold had been set to keep.
    if (const QString lock
        = m_store.dialect().lockAgainstWrites(QStringLiteral("client_legal_holds"));
        !lock.isEmpty())
        if (Result<Query> locked = m_store.exec(lock); !locked)
            return locked.error();
    Result<QVariantList> held = rows::column(m_store.exec(
        QStringLiteral("SELECT DISTINCT client FROM orders WHERE fulfilled_at <= ? AND client IN (")
            + kHeldClients + QStringLiteral(") ORDER BY client"),
        {cutoff, now}));
    if (!held)
        return held.error();
    for (const QVariant &client : std::as_const(*held))
        result.heldClients << client.toString();

    struct Figures
    {
        qint64 orders = 0;
        qint64 items = 0;
        qint64 salesCents = 0;
    };
    // Keyed by client, marketplace, day and currency.
    std::map<std::tuple<QString, QString, qint64, QString>, Figures> daily;
    QList<qint64> ids;
    Result<Query> gone = m_store.exec(ExpiredFactRow::deleteReturning, {cutoff, now});
    if (!gone)
        return gone.error();
    while (gone->next()) {
        const qint64 purchase = gone->value(ExpiredFactRow::PurchaseDate).toLongLong();
        // Floor, not truncation: a day before 1970 must not merge with the one after it.
        const qint64 day = purchase >= 0 ? purchase / kDayMs : -((-purchase + kDayMs - 1) / kDayMs);
        const QString client = gone->value(ExpiredFactRow::Client).toString();
        Figures &f = daily[{client, gone->value(ExpiredFactRow::Marketplace).toString(), day,
                            gone->value(ExpiredFactRow::Currency).toString()}];
        ++f.orders;
        f.items += gone->value(ExpiredFactRow::ItemCount).toLongLong();
        f.salesCents += gone->value(ExpiredFactRow::TotalCents).toLongLong();
        ids << gone->value(ExpiredFactRow::Id).toLongLong();
        ++result.deletedPerClient[client];
        ++result.deleted;
    }
    gone->finish();
    // Their data keys, should any be left (the PII period ends first, see Policy).
    constexpr qsizetype kChunk = 500;
    for (qsizetype i = 0; i < ids.size(); i += kChunk) {
        if (Result<Query> keys = m_store.exec(m_store.dialect().expand(
                QStringLiteral("DELETE FROM {vault}order_keys WHERE order_id IN (%1)")
                    .arg(idList(ids.mid(i, kChunk)))));
            !keys)
            return keys.error();
    }
    for (auto it = daily.cbegin(); it != daily.cend(); ++it) {
        const auto &[client, marketplace, day, currency] = it->first;
        if (Result<Query> added = m_store.exec(
                QStringLiteral("INSERT INTO order_daily_aggregates (client, marketplace, day, "
                               "currency, orders, items, sales_cents, updated_at) VALUES (?, ?, "
                               "?, ?, ?, ?, ?, ?) ON CONFLICT (client, marketplace, day, currency) "
                               "DO UPDATE SET orders = order_daily_aggregates.orders + "
                               "excluded.orders, items = order_daily_aggregates.items + "
                               "excluded.items, sales_cents = order_daily_aggregates.sales_cents "
                               "+ excluded.sales_cents, updated_at = excluded.updated_at"),
                {client, marketplace, day, currency, it->second.orders, it->second.items,
                 it->second.salesCents, now});
            !added)
            return added.error();
    }
    return {};
}

Result<Page<DailyAggregate>> Orders::dailyAggregates(const Caller &caller,
                                                     const DailyAggregateFilter &filter,
                                                     qint64 after, int limit)
{
    QString where = QStringLiteral("WHERE id > ?");
    QVariantList args = {after};
    if (!caller.can(Permission::RetentionManage)) {
        Result<QStringList> granted = aggregateClients(caller);
        if (!granted)
            return granted.error();
        if (!filter.client.isEmpty() && !granted->contains(filter.client)) {
            if (Result<void> logged = recordNoGrant(
                    caller, QStringLiteral("orders.daily_aggregates"), QStringLiteral("client"),
                    filter.client, QStringLiteral("client=%1 no grant").arg(filter.client));
                !logged)
                return logged.error();
            return makeError(ErrorCode::Forbidden,
                             QStringLiteral("you have no active grant for client %1: request "
                                            "access to aggregates for it, with a reason")
                                 .arg(filter.client));
        }
        where += QStringLiteral(" AND client IN (%1)").arg(parameterMarks(granted->size()));
        for (const QString &c : std::as_const(*granted))
            args << c;
    }
    if (!filter.client.isEmpty()) {
        where += QStringLiteral(" AND client = ?");
        args << filter.client;
    }
    if (!filter.marketplace.isEmpty()) {
        where += QStringLiteral(" AND marketplace = ?");
        args << filter.marketplace;
    }
    if (filter.fromDay) {
        where += QStringLiteral(" AND day >= ?");
        args << *filter.fromDay;
    }
    if (filter.toDay) {
        where += QStringLiteral(" AND day <= ?");
        args << *filter.toDay;
    }
    args << limit + 1;
    return service::readPage<DailyAggregate>(
        m_store.exec(DailyAggregateRow::select + where + QStringLiteral(" ORDER BY id LIMIT ?"),
                     args),
        limit, DailyAggregateRow::read);
}

Result<RetentionStatus> Orders::retentionStatus() const
{
    const qint64 now = m_store.clock().nowMs();
    const qint64 retentionMs = qint64(m_store.policy().piiRetentionDaysAfterFulfilment) * kDayMs;
    const qint64 soonMs = qint64(m_store.policy().retentionDueSoonDays) * kDayMs;
    Result<Query> q
        = m_store.exec(ClientRetentionRow::select,
                       {now - retentionMs, now - retentionMs, now + soonMs - retentionMs});
    if (!q)
        return q.error();
    RetentionStatus status;
    while (q->next()) {
        const ClientRetention c = ClientRetentionRow::read(*q);
        status.held += c.held;
        status.overdue += c.overdue;
        status.dueWithinWeek += c.dueWithinWeek;
        if (!status.oldestFulfilledAt || *c.oldestFulfilledAt < *status.oldestFulfilledAt)
            status.oldestFulfilledAt = c.oldestFulfilledAt;
        status.clients.append(c);
    }
    q->finish();
    Result<Query> last = m_store.exec(LastSweepRow::select);
    if (!last)
        return last.error();
    if (last->next()) {
        status.lastSweepAt = last->value(LastSweepRow::FinishedAt).toLongLong();
        status.lastSweepOutcome = last->value(LastSweepRow::Outcome).toString();
        status.lastSweepMessage = last->value(LastSweepRow::Message).toString();
        status.lastSweepPurged = last->value(LastSweepRow::Purged).toLongLong();
        status.lastSweepDeleted = last->value(LastSweepRow::Deleted).toLongLong();
    }
    return status;
}

namespace {

std::optional<Error> invalidDeletionRequest(const NewDeletionRequest &r, qint64 now)
{
    const QString reference = r.reference.trimmed();
    if (reference.isEmpty() || reference.size() > 200)
        return makeError(ErrorCode::InvalidInput,
                         QStringLiteral("\"reference\" is required: Amazon's reference for the "
                                        "request (at most 200 characters)"));
    if (r.receivedAt <= 0)
        return makeError(ErrorCode::InvalidInput,
                         QStringLiteral("\"received_at\" must be an ISO 8601 time like "
                                        "2026-11-29T09:00:00Z"));
    if (r.receivedAt > now + 60 * 1000)
        return makeError(ErrorCode::InvalidInput,
                         QStringLiteral("\"received_at\" is in the future"));
    if (r.action != QLatin1String("delete") && r.action != QLatin1String("return"))
        return makeError(ErrorCode::InvalidInput,
                         QStringLiteral("\"action\" must be delete or return"));
    const QString type = r.scope.type;
    if (type == QLatin1String("client") || type == QLatin1String("orders")) {
        if (r.scope.client.trimmed().isEmpty())
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
    return std::nullopt;
}

} // namespace

Result<DeletionRequest> Orders::createDeletionRequest(const Caller &caller,
                                                      const NewDeletionRequest &r)
{
    if (std::optional<Error> invalid = invalidDeletionRequest(r, m_store.clock().nowMs()))
        return *invalid;
    const QString reference = r.reference.trimmed();
    const QString client = r.scope.client.trimmed();
    const QString type = r.scope.type;
    const qint64 due = r.receivedAt + qint64(m_store.policy().deletionRequestHours) * 3600 * 1000;
    QJsonArray ids;
    for (const QString &id : r.scope.orderIds)
        ids.append(id.trimmed());
    return m_store.transaction([&]() -> Result<DeletionRequest> {
        Result<qint64> id = rows::insertedId(m_store.exec(
            QStringLiteral("INSERT INTO deletion_requests (reference, received_at, due_at, action, "
                           "scope_type, scope_client, scope_order_ids, status, created_by, "
                           "created_at) VALUES (?, ?, ?, ?, ?, ?, ?, 'open', ?, ?) RETURNING id"),
            {reference, r.receivedAt, due, r.action, type, client,
             QString::fromUtf8(QJsonDocument(ids).toJson(QJsonDocument::Compact)), caller.username,
             m_store.clock().nowMs()}));
        if (!id)
            return id.error();
        if (type == QLatin1String("buyer")) {
            if (Result<void> sealed = sealBuyerEmail(*id, r.scope.buyerEmail); !sealed)
                return sealed.error();
        }
        if (Result<AuditEvent> logged
            = audit::append(m_store,
                            eventBy(caller, QStringLiteral("deletion_request.create"),
                                    QStringLiteral("deletion_request"), QString::number(*id),
                                    QStringLiteral("reference=%1 action=%2 scope=%3 client=%4 "
                                                   "orders=%5 due=%6")
                                        .arg(reference, r.action, type, client)
                                        .arg(ids.size())
                                        .arg(isoTime(due))));
            !logged)
            return logged.error();
        return deletionRequest(*id);
    });
}

Result<void> Orders::sealBuyerEmail(qint64 requestId, const QString &buyerEmail)
{
    QByteArray email = buyerEmail.trimmed().toLower().toUtf8();
    const crypto::WipeOnExit emailWiped(email);
    Result<QByteArray> sealed
        = m_store.keys().seal(email,
                              crypto::fieldAad(QStringLiteral("deletion_requests"),
                                               QStringLiteral("scope_buyer_email"), requestId));
    if (!sealed)
        return sealed.error();
    if (Result<Query> stored = m_store.exec(
            QStringLiteral("UPDATE deletion_requests SET scope_buyer_email = ? WHERE id = ?"),
            {*sealed, requestId});
        !stored)
        return stored.error();
    return {};
}

Result<QByteArray> Orders::openBuyerEmail(qint64 requestId) const
{
    Result<std::optional<QVariant>> sealed = rows::single(
        m_store.exec(QStringLiteral("SELECT scope_buyer_email FROM deletion_requests WHERE id = ?"),
                     {requestId}));
    if (!sealed)
        return sealed.error();
    return m_store.keys().open(*sealed ? (*sealed)->toByteArray() : QByteArray(),
                               crypto::fieldAad(QStringLiteral("deletion_requests"),
                                                QStringLiteral("scope_buyer_email"), requestId));
}

Result<Page<DeletionRequest>> Orders::deletionRequests(qint64 after, int limit) const
{
    return service::readPage<DeletionRequest>(
        m_store.exec(DeletionRequestRow::select
                         + QStringLiteral("WHERE id > ? ORDER BY id LIMIT ?"),
                     {after, limit + 1}),
        limit, DeletionRequestRow::read);
}

Result<DeletionRequest> Orders::deletionRequest(qint64 id) const
{
    Result<Query> q
        = m_store.exec(DeletionRequestRow::select + QStringLiteral("WHERE id = ?"), {id});
    if (!q)
        return q.error();
    if (!q->next())
        return makeError(ErrorCode::NotFound,
                         QStringLiteral("no deletion request with id %1").arg(id));
    return DeletionRequestRow::read(*q);
}

Result<Fulfilment> Orders::fulfil(const Caller &caller, qint64 id, const QByteArray &passphrase)
{
    const qint64 now = m_store.clock().nowMs();
    Result<Fulfilment> done = m_store.transaction([&]() -> Result<Fulfilment> {
        Result<DeletionRequest> r = fulfillable(id, passphrase);
        if (!r)
            return r.error();
        const bool returning = r->action == QLatin1String("return");
        // The buyer's e-mail, in the clear for matching orders: wiped however this ends.
        QByteArray buyer;
        const crypto::WipeOnExit buyerWiped(buyer);
        if (r->scopeType == QLatin1String("buyer")) {
            Result<QByteArray> email = openBuyerEmail(id);
            if (!email)
                return email.error();
            buyer = std::move(*email); // a copy would share, and wipe() only releases a shared one
        }
        Result<QList<Order>> targets = ordersInScope(*r, buyer, returning);
        if (!targets)
            return targets.error();
        Fulfilment result;
        if (returning) {
            Result<QByteArray> archive = returnArchive(*r, *targets, passphrase, now);
            if (!archive)
                return archive.error();
            result.archive = *archive;
        }
        const Deletion deletion = deletionOf(*r, *targets);
        if (Result<void> erased = erase(deletion, now); !erased)
            return erased.error();
        if (Result<void> recorded = recordFulfilment(caller, *r, deletion, result.archive, now);
            !recorded)
            return recorded.error();
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

Result<DeletionRequest> Orders::recordArchiveSaved(const Caller &caller, qint64 id,
                                                   const QString &sha256)
{
    const QString given = sha256.trimmed().toLower();
    static const QRegularExpression hex(QStringLiteral("^[0-9a-f]{64}$"));
    if (!hex.match(given).hasMatch())
        return makeError(ErrorCode::InvalidInput,
                         QStringLiteral("sha256 must be 64 hexadecimal characters, the SHA-256 "
                                        "of the saved archive"));
    return m_store.transaction([&]() -> Result<DeletionRequest> {
        Result<DeletionRequest> r = deletionRequest(id);
        if (!r)
            return r;
        if (r->archiveSha256.isEmpty())
            return makeError(ErrorCode::Conflict,
                             QStringLiteral("deletion request %1 has no archive: only a fulfilled "
                                            "return produces one")
                                 .arg(id));
        if (given != r->archiveSha256)
            return makeError(ErrorCode::InvalidInput,
                             QStringLiteral("sha256 %1 does not match the archive of deletion "
                                            "request %2 (%3): the saved file is not the archive "
                                            "the fulfilment produced")
                                 .arg(given)
                                 .arg(id)
                                 .arg(r->archiveSha256));
        if (Result<AuditEvent> logged = audit::append(
                m_store,
                eventBy(caller, QStringLiteral("deletion_request.archive_saved"),
                        QStringLiteral("deletion_request"), QString::number(id),
                        QStringLiteral("reference=%1 archive_sha256=%2").arg(r->reference, given)));
            !logged)
            return logged.error();
        return r;
    });
}

Result<DeletionRequest> Orders::fulfillable(qint64 id, const QByteArray &passphrase) const
{
    Result<DeletionRequest> r = deletionRequest(id);
    if (!r)
        return r;
    if (r->status != QLatin1String("open"))
        return makeError(
            ErrorCode::Conflict,
            QStringLiteral("deletion request %1 is already %2").arg(id).arg(r->status));
    if (r->action == QLatin1String("return")
        && passphrase.size() < m_store.policy().passwordMinLength)
        return makeError(ErrorCode::InvalidInput,
                         QStringLiteral("give a passphrase of at least %1 characters for the "
                                        "returned archive: Amazon needs it to open it")
                             .arg(m_store.policy().passwordMinLength));
    return r;
}

Result<QList<Order>> Orders::ordersInScope(const DeletionRequest &r, const QByteArray &buyer,
                                           bool withPii) const
{
    QString where;
    QVariantList args;
    if (r.scopeType == QLatin1String("client")) {
        where = QStringLiteral("WHERE client = ?");
        args = {r.scopeClient};
    } else if (r.scopeType == QLatin1String("orders")) {
        where = QStringLiteral("WHERE client = ? AND amazon_order_id IN (%1)")
                    .arg(parameterMarks(r.scopeOrderIds.size()));
        args = {r.scopeClient};
        for (const QString &o : r.scopeOrderIds)
            args << o;
    } else {
        where = QStringLiteral("WHERE pii_held = 1");
        if (!r.scopeClient.isEmpty()) {
            where += QStringLiteral(" AND client = ?");
            args = {r.scopeClient};
        }
    }
    const qint64 retentionMs = qint64(m_store.policy().piiRetentionDaysAfterFulfilment) * kDayMs;
    Result<Query> q
        = m_store.exec(OrderRow::select(m_store) + where + QStringLiteral(" ORDER BY id"), args);
    if (!q)
        return q.error();
    QList<Order> found;
    QList<SealedPii> sealed;
    while (q->next()) {
        found.append(OrderRow::read(*q, retentionMs));
        sealed.append(OrderRow::sealed(*q));
    }
    q->finish();
    // The PII is opened when it must be returned or matched against the buyer.
    QList<Order> inScope;
    for (qsizetype i = 0; i < found.size(); ++i) {
        Order o = found.at(i);
        if (o.piiHeld && (withPii || !buyer.isEmpty())) {
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
        inScope.append(o);
    }
    return inScope;
}

Result<QByteArray> Orders::returnArchive(const DeletionRequest &r, const QList<Order> &orders,
                                         const QByteArray &passphrase, qint64 now) const
{
    json::Values items;
    for (const Order &o : orders)
        items.emplace_back(json::toJson(o));
    const json::Object doc {
        {"reference", r.reference}, {"generated_at", isoTime(now)}, {"scope", r.scopeType},
        {"client", r.scopeClient},  {"orders", std::move(items)},
    };
    QByteArray plain = doc.toJson();
    const crypto::WipeOnExit plainWiped(plain);
    return archive::seal(plain, passphrase);
}

Orders::Deletion Orders::deletionOf(const DeletionRequest &r, const QList<Order> &orders)
{
    Deletion d;
    d.requestId = r.id;
    d.allData = r.scopeType == QLatin1String("client");
    QStringList names;
    for (const Order &o : orders) {
        d.ids << o.id;
        if (o.piiHeld)
            d.piiIds << o.id;
        names << o.client + QLatin1Char('/') + o.amazonOrderId;
    }
    names.sort();
    d.idsSha256
        = QString::fromLatin1(crypto::sha256(names.join(QLatin1Char('\n')).toUtf8()).toHex());
    return d;
}

Result<void> Orders::erase(const Deletion &d, qint64 now)
{
    // Logged outside the database first: should the deletion then fail, a restore shreds a key
    // that was not (the request is repeated anyway); the other way round, it could bring one back.
    QList<shredlog::Entry> shredded;
    for (const qint64 id : d.allData ? d.ids : d.piiIds)
        shredded.append({id, d.allData});
    if (Result<void> logged = shredlog::append(m_store.dataDir().shreddedOrdersFile(), shredded);
        !logged)
        return logged;
    if (!d.piiIds.isEmpty()) {
        if (Result<Query> keys = m_store.exec(m_store.dialect().expand(
                QStringLiteral("DELETE FROM {vault}order_keys WHERE order_id IN (%1)")
                    .arg(idList(d.piiIds))));
            !keys)
            return keys.error();
    }
    if (d.ids.isEmpty())
        return {};
    // A client's scope takes the non-PII facts along; the others keep them for the aggregates.
    Result<Query> removed = d.allData
        ? m_store.exec(QStringLiteral("DELETE FROM orders WHERE id IN (%1)").arg(idList(d.ids)))
        : m_store.exec(QStringLiteral("UPDATE orders SET pii = NULL, pii_held = 0, "
                                      "pii_purged_at = ?, purge_reason = ? WHERE "
                                      "id IN (%1) AND pii_held = 1")
                           .arg(idList(d.ids)),
                       {now, QStringLiteral("deletion_request:%1").arg(d.requestId)});
    if (!removed)
        return removed.error();
    return {};
}

Result<void> Orders::recordFulfilment(const Caller &caller, const DeletionRequest &r,
                                      const Deletion &d, const QByteArray &archive, qint64 now)
{
    const QString archiveHash
        = archive.isEmpty() ? QString() : QString::fromLatin1(crypto::sha256(archive).toHex());
    const qsizetype deletedOrders = d.allData ? d.ids.size() : 0;
    if (Result<Query> updated = m_store.exec(
            QStringLiteral("UPDATE deletion_requests SET status = 'fulfilled', fulfilled_at = ?, "
                           "fulfilled_by = ?, deleted_orders = ?, deleted_pii = ?, "
                           "deleted_ids_sha256 = ?, archive_sha256 = ?, scope_buyer_email = "
                           "NULL WHERE id = ?"),
            {now, caller.username, deletedOrders, d.piiIds.size(), d.idsSha256,
             archiveHash.isEmpty() ? QVariant(QMetaType::fromType<QString>()) : archiveHash, r.id});
        !updated)
        return updated.error();
    if (Result<AuditEvent> logged
        = audit::append(m_store,
                        eventBy(caller, QStringLiteral("deletion_request.fulfil"),
                                QStringLiteral("deletion_request"), QString::number(r.id),
                                QStringLiteral("reference=%1 action=%2 scope=%3 orders_deleted=%4 "
                                               "pii_deleted=%5 ids_sha256=%6%7")
                                    .arg(r.reference, r.action, r.scopeType)
                                    .arg(deletedOrders)
                                    .arg(d.piiIds.size())
                                    .arg(d.idsSha256,
                                         archiveHash.isEmpty()
                                             ? QString()
                                             : QStringLiteral(" archive_sha256=") + archiveHash)));
        !logged)
        return logged.error();
    return {};
}

Result<int> Orders::notifyOverdueRequests()
{
    const qint64 now = m_store.clock().nowMs();
    return m_store.transaction([&]() -> Result<int> {
        Result<Query> q = m_store.exec(OverdueRequestRow::select, {now});
        if (!q)
            return q.error();
        QList<OverdueRequest> due;
        while (q->next())
            due.append({q->value(OverdueRequestRow::Id).toLongLong(),
                        q->value(OverdueRequestRow::Reference).toString(),
                        q->value(OverdueRequestRow::DueAt).toLongLong()});
        q->finish();
        if (due.isEmpty())
            return 0;
        Result<QList<qint64>> officers
            = service::activeHolders(m_store, Permission::RetentionManage);
        if (!officers)
            return officers.error();
        for (const OverdueRequest &d : std::as_const(due)) {
            if (Result<void> notified = notifyOverdue(d, *officers, now); !notified)
                return notified.error();
        }
        return int(due.size());
    });
}

Result<void> Orders::notifyOverdue(const OverdueRequest &d, const QList<qint64> &officers,
                                   qint64 now)
{
    const QString today = QDateTime::fromMSecsSinceEpoch(now, Qt::UTC).date().toString(Qt::ISODate);
    const QString dueDate
        = QDateTime::fromMSecsSinceEpoch(d.dueAt, Qt::UTC).date().toString(Qt::ISODate);
    const QString title = QStringLiteral("Amazon deletion request %1 is overdue").arg(d.reference);
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
            QStringLiteral("UPDATE deletion_requests SET overdue_notified_at = ? WHERE id = ?"),
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
    return {};
}

} // namespace cc
