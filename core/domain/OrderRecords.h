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

struct SweepResult
{
    qint64 sweepId = 0;
    int purged = 0;
    qint64 at = 0;
    QMap<QString, int> perClient;
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
