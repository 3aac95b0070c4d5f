#pragma once

// Amazon order data: ingest, reads gated by grants, anonymised aggregates, the retention
// sweep that purges PII after fulfilment + the policy period, and Amazon's deletion / return
// requests with their 72-hour clock.
//
// PII is sealed with AES-256-GCM under a random per-order data key (AAD: orders/pii/row id);
// the data key is sealed by the store's master key (AAD: order_keys/wrapped_key/row id) and
// kept in the key vault ({vault}: on SQLite a separate file beside the database). Deleting the
// data key makes every copy of that order's PII unreadable, backups of the database included.
// PII never appears in plaintext in the database, audit events, notifications or messages.

#include "Result.h"
#include "domain/OrderBatch.h"
#include "domain/OrderRecords.h"
#include "domain/Types.h"
#include "store/SentRead.h"

#include <QJsonObject>

namespace cc {

class Store;

namespace OrderCategory {
inline const QString Pii = QStringLiteral("orders.pii");
inline const QString NonPii = QStringLiteral("orders.nonpii");
inline const QString Aggregates = QStringLiteral("aggregates");
} // namespace OrderCategory

// An order's PII as stored: sealed under the order's own data key, and that key sealed under
// the master key (both bound to the order's id).
struct SealedPii
{
    QByteArray pii; // nonce | ciphertext | tag, for orders.pii
    QByteArray wrappedKey; // for order_keys; empty when read back after the key was deleted
};

class Orders
{
public:
    explicit Orders(Store &store)
        : m_store(store)
    { }

    // All or nothing: any invalid record (or one already stored) stores nothing.
    Result<IngestResult> ingest(const Caller &caller, const orders::Batch &batch);

    // An order's row sent ahead (Store::sendRead), before the caller is known, so that it
    // shares the round trip of the caller's session; order() takes it instead of reading again.
    struct SentOrder
    {
        qint64 id; // no initializer, so that order()'s default argument {} can make one
        SentRead row;
    };
    SentOrder sendOrder(qint64 id) const;
    // Non-PII facts need an active grant for the client (any order category) or
    // retention:manage; PII needs includePii and an active orders.pii grant. Audited. sent:
    // sendOrder(id)'s, if the caller sent it.
    Result<Order> order(const Caller &caller, qint64 id, bool includePii, SentOrder sent = {});
    Result<Page<Order>> list(const Caller &caller, const QString &client, bool includePii,
                             qint64 after, int limit);
    // Counts and sales per client, marketplace and day; clients the caller holds any order
    // grant for (every client with retention:manage).
    Result<QList<AggregateRow>> aggregates(const Caller &caller);

    // The daily aggregates the sweep kept of the order facts it deleted, filtered, by id;
    // readable by whoever may read the live aggregates (the same clients).
    Result<Page<DailyAggregate>> dailyAggregates(const Caller &caller,
                                                 const DailyAggregateFilter &filter, qint64 after,
                                                 int limit);

    // Purges the PII and data key of every order whose retention ends before now + margin
    // (the job passes its interval, so nothing outlives its deadline between runs); then, in
    // the same transaction, rolls the order facts past non_pii_retention_months up into the
    // daily aggregates and deletes them, except a client's under a legal hold.
    Result<SweepResult> sweep(const Caller &caller, qint64 marginMs = 0);
    Result<RetentionStatus> retentionStatus() const;

    Result<DeletionRequest> createDeletionRequest(const Caller &caller,
                                                  const NewDeletionRequest &request);
    Result<Page<DeletionRequest>> deletionRequests(qint64 after, int limit) const;
    Result<DeletionRequest> deletionRequest(qint64 id) const;
    // passphrase: for "return", the key of the archive given to Amazon.
    Result<Fulfilment> fulfil(const Caller &caller, qint64 id, const QByteArray &passphrase);
    // Audits that the caller saved the returned archive: sha256 (hex) must be the SHA-256 the
    // fulfilment recorded, so the trail names the very file that left for Amazon.
    Result<DeletionRequest> recordArchiveSaved(const Caller &caller, qint64 id,
                                               const QString &sha256);
    // Background job: notifies every compliance officer once when a request passes its due
    // time unfulfilled. Returns how many requests became overdue.
    Result<int> notifyOverdueRequests();

private:
    struct ActiveGrant
    {
        qint64 id = 0;
        QString reason;
        qint64 lastUsedAt = 0; // 0: never
        QStringList orderIds; // its request's scope.order_ids; empty: every order of the client

        bool covers(const QString &amazonOrderId) const
        {
            return orderIds.isEmpty() || orderIds.contains(amazonOrderId);
        }
    };
    // The look-up of the caller's active grant in one of categories for the client, sent
    // (Store::sendRead) so that a read's look-ups share a round trip; activeGrant() gives its
    // answer. With amazonOrderId, only a grant covering that order; without, a grant of the
    // whole client before a narrower one. Nothing is sent for a caller who holds no grants.
    SentRead sendGrantLookup(const Caller &caller, const QStringList &categories,
                             const QString &client, const QString &amazonOrderId) const;
    Result<std::optional<ActiveGrant>> activeGrant(SentRead &&lookup) const;
    // The grants a read of a client's orders goes through: any orders grant (the gate; none
    // needed by whoever manages retention) and, when PII is asked for, an orders.pii grant.
    // Without a gate the error is Forbidden, with the way to get one; a failed lookup is
    // another error, never taken for a refusal.
    struct ReadGrants
    {
        std::optional<ActiveGrant> gate;
        std::optional<ActiveGrant> pii;
    };
    // amazonOrderId: the one order read, or empty for a list of the client's orders.
    Result<ReadGrants> readGrants(const Caller &caller, const QString &client,
                                  const QString &amazonOrderId, bool includePii) const;
    // Ingest: the batch's errors with the orders already stored; ids for its orders; one order
    // with its PII sealed under a new data key and that key sealed for the key vault (both
    // bound to the order's id, which is why the ids come first).
    Result<QList<orders::RecordError>> batchErrors(const orders::Batch &batch) const;
    Result<QList<qint64>> newOrderIds(qsizetype count) const;
    Result<void> insertOrder(qint64 id, const QString &client, const orders::ParsedOrder &order,
                             qint64 now);
    Result<SealedPii> sealPii(qint64 orderId, const QJsonObject &pii) const;
    Result<QJsonObject> openPii(qint64 orderId, const SealedPii &stored) const;
    // The clients whose aggregates the caller may read (refused and audited when none), their
    // grants marked as used.
    Result<QStringList> aggregateClients(const Caller &caller);

    // Deletion requests: the buyer's e-mail sealed at rest, opened for a fulfilment.
    Result<void> sealBuyerEmail(qint64 requestId, const QString &buyerEmail);
    Result<QByteArray> openBuyerEmail(qint64 requestId) const;
    // The steps of fulfil(): the request if it may be fulfilled now; the orders it covers
    // (with their PII when withPii, or when matched against the buyer's e-mail); the archive
    // of a return; what is deleted, its deletion, and the evidence on the request and in the
    // audit trail.
    Result<DeletionRequest> fulfillable(qint64 id, const QByteArray &passphrase) const;
    Result<QList<Order>> ordersInScope(const DeletionRequest &request, const QByteArray &buyer,
                                       bool withPii) const;
    Result<QByteArray> returnArchive(const DeletionRequest &request, const QList<Order> &orders,
                                     const QByteArray &passphrase, qint64 now) const;
    struct Deletion
    {
        qint64 requestId = 0;
        bool allData = false; // a client's scope: the orders go, not only their PII
        QList<qint64> ids; // every order in scope
        QList<qint64> piiIds; // those holding PII
        QString idsSha256; // of the sorted "client/amazon order id" lines
    };
    static Deletion deletionOf(const DeletionRequest &request, const QList<Order> &orders);
    Result<void> erase(const Deletion &deletion, qint64 now);
    Result<void> recordFulfilment(const Caller &caller, const DeletionRequest &request,
                                  const Deletion &deletion, const QByteArray &archive, qint64 now);

    struct OverdueRequest
    {
        qint64 id = 0;
        QString reference;
        qint64 dueAt = 0;
    };
    // Tells the officers, marks the request as told, audits it.
    Result<void> notifyOverdue(const OverdueRequest &request, const QList<qint64> &officers,
                               qint64 now);
    // Marks the grants as used now (grants.last_used_at, for the unused_grant rule).
    Result<void> recordUse(const ReadGrants &used);
    // Audits a read refused for want of a grant (the no_grant_access rule counts them).
    Result<void> recordNoGrant(const Caller &caller, const QString &action,
                               const QString &objectType, const QString &objectId,
                               const QString &detail);
    Result<void> afterPurge();
    // The sweep's second part: the facts fulfilled at or before cutoff, of clients not under
    // a legal hold at now, deleted with their keys, their figures added to the daily
    // aggregates; the counts go into result.
    Result<void> deleteExpiredFacts(qint64 now, qint64 cutoff, SweepResult &result);

    Store &m_store;
};

} // namespace cc
