#pragma once

// The records of Amazon order data, retention and Amazon's deletion / return requests, as
// the Orders service (service/Orders.h) reads and writes them.

#include "domain/OrderBatch.h"
#include "domain/Types.h"

#include <QJsonObject>
#include <QMap>
#include <QStringList>

namespace cc {

struct Order
{
    qint64 id = 0;
    QString client;
    QString amazonOrderId;
    qint64 purchaseDate = 0;
    QString orderStatus;
    QString marketplace;
    QString currency;
    qint64 totalCents = 0;
    int itemCount = 0;
    QByteArray itemsJson;
    qint64 fulfilledAt = 0;
    qint64 ingestedAt = 0;
    bool piiHeld = false;
    OptionalTime piiPurgedAt;
    QString purgeReason;
    qint64 piiDueAt = 0; // fulfilment + retention period
    // Set only on a read with an active orders.pii grant.
    std::optional<QJsonObject> pii;
    std::optional<qint64> grantId;
    QString grantReason;
};

struct IngestResult
{
    int imported = 0;
    QList<orders::RecordError> errors; // when not empty nothing was stored
};

struct AggregateRow
{
    QString client;
    QString marketplace;
    QString day; // YYYY-MM-DD of the purchase, UTC
    QString currency;
    qint64 orders = 0;
    qint64 salesCents = 0;
};

// What the sweep kept of the order facts it deleted (Amazon DPP 2025): one row per client,
// marketplace, UTC day of purchase and currency, naming no order and no person.
struct DailyAggregate
{
    qint64 id = 0;
    QString client;
    QString marketplace;
    QString day; // YYYY-MM-DD, UTC
    QString currency;
    qint64 orders = 0;
    qint64 items = 0;
    qint64 salesCents = 0;
    qint64 updatedAt = 0; // the last sweep that added to it
};

struct DailyAggregateFilter
{
    QString client; // empty: every client the caller may read
    QString marketplace; // empty: all
    std::optional<qint64> fromDay; // days since 1970-01-01 UTC, inclusive
    std::optional<qint64> toDay; // inclusive
};

// A client's legal hold suspends the deletion of its non-PII order facts (never the PII
// sweep, nor Amazon's deletion requests). It applies while not released and, unless
// open-ended, before its until time.
struct LegalHold
{
    qint64 id = 0;
    QString client;
    QString reason;
    OptionalTime until; // nullopt: open-ended
    QString setBy;
    qint64 setAt = 0;
    QString releasedBy;
    OptionalTime releasedAt;

    bool appliesAt(qint64 nowMs) const { return !releasedAt && (!until || *until > nowMs); }
};

struct NewLegalHold
{
    QString client;
    QString reason;
    OptionalTime until;
    bool openEnded = false; // required instead of until, so an endless hold is a choice
};

struct SweepResult
{
    qint64 sweepId = 0;
    int purged = 0;
    qint64 at = 0;
    QMap<QString, int> perClient;
    // Non-PII order facts deleted (after their daily aggregates were kept), per client, and
    // the clients whose due facts a legal hold kept.
    int deleted = 0;
    QMap<QString, int> deletedPerClient;
    QStringList heldClients;
};

struct ClientRetention
{
    QString client;
    qint64 held = 0;
    qint64 dueWithinWeek = 0; // due within policy.retentionDueSoonDays, not yet overdue
    qint64 overdue = 0;
    OptionalTime oldestFulfilledAt;
};

struct RetentionStatus
{
    qint64 held = 0;
    qint64 dueWithinWeek = 0;
    qint64 overdue = 0;
    OptionalTime oldestFulfilledAt;
    QList<ClientRetention> clients;
    OptionalTime lastSweepAt;
    QString lastSweepOutcome;
    QString lastSweepMessage;
    qint64 lastSweepPurged = 0;
    qint64 lastSweepDeleted = 0; // non-PII orders
};

struct DeletionScope
{
    QString type; // client, orders, buyer
    QString client;
    QStringList orderIds; // Amazon order ids
    QString buyerEmail; // only while the request is open; sealed at rest
};

struct NewDeletionRequest
{
    QString reference;
    qint64 receivedAt = 0;
    QString action; // delete, return
    DeletionScope scope;
};

struct DeletionRequest
{
    qint64 id = 0;
    QString reference;
    qint64 receivedAt = 0;
    qint64 dueAt = 0;
    QString action;
    QString scopeType;
    QString scopeClient;
    QStringList scopeOrderIds;
    bool scopeHasBuyer = false;
    QString status; // open, fulfilled
    QString createdBy;
    qint64 createdAt = 0;
    OptionalTime fulfilledAt;
    QString fulfilledBy;
    qint64 deletedOrders = 0;
    qint64 deletedPii = 0;
    QString deletedIdsSha256;
    QString archiveSha256;
};

struct Fulfilment
{
    DeletionRequest request;
    QByteArray archive; // for action "return"
};

} // namespace cc
