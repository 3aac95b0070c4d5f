#pragma once

// Retention of Amazon PII and Amazon's deletion / return requests (docs/api.md, "Orders and
// retention"), for holders of retention:manage. Counts and references only: no Amazon data.

#include "ApiCall.h"

#include <QDateTime>

namespace cc::client {

class ApiClient;

namespace permission {
inline constexpr char RetentionManage[] = "retention:manage";
} // namespace permission

struct RetentionCounts
{
    QString client; // empty for the whole store
    qint64 held = 0;
    qint64 dueWithinWeek = 0;
    qint64 overdue = 0; // kept past the policy: a violation
    double oldestPiiAgeDays = 0;
};

struct RetentionStatus
{
    RetentionCounts total;
    QList<RetentionCounts> clients;
    bool swept = false; // a sweep has run
    QDateTime lastSweepAt;
    QString lastSweepMessage; // the server's sentence

    static RetentionStatus fromJson(const QJsonObject &json);
};

struct SweepResult
{
    int purged = 0;
    int deleted = 0; // orders whose non-PII facts went (kept as daily aggregates)

    static SweepResult fromJson(const QJsonObject &json);
};

struct DeletionEvidence
{
    QDateTime fulfilledAt;
    QString fulfilledBy;
    qint64 deletedOrders = 0;
    qint64 deletedPii = 0;
    QString deletedIdsSha256;
    QString archiveSha256; // for a return
};

struct DeletionRequest
{
    qint64 id = 0;
    QString reference;
    QDateTime receivedAt;
    QDateTime dueAt;
    QString action; // delete, return
    QString scopeType; // client, orders, buyer
    QString scopeClient;
    int scopeOrderCount = 0;
    QString status; // open, fulfilled
    bool fulfilled = false;
    DeletionEvidence evidence; // with fulfilled

    bool isOpen() const { return status == QLatin1StringView("open"); }
    static DeletionRequest fromJson(const QJsonObject &json);
};

// POST /deletion-requests: what Amazon's request names. Only the scope's fields for its type
// are sent (client: client; orders: client and order ids; buyer: the buyer's e-mail).
struct NewDeletionRequest
{
    QString reference;
    QDateTime receivedAt;
    QString action; // delete, return
    QString scopeType; // client, orders, buyer
    QString scopeClient;
    QStringList scopeOrderIds;
    QString buyerEmail;

    QJsonObject toJson() const;
};

struct Fulfilment
{
    DeletionRequest request;
    QByteArray archive; // a return's sealed archive (never plaintext); empty for a deletion

    static Fulfilment fromJson(const QJsonObject &json);
};

// A client's legal hold (GET /legal-holds): while active, the sweep keeps the client's non-PII
// order facts past non_pii_retention_months.
struct LegalHold
{
    qint64 id = 0;
    QString client;
    QString reason;
    QDateTime until; // invalid: open-ended
    QString setBy;
    QDateTime setAt;
    bool active = false;

    static LegalHold fromJson(const QJsonObject &json);
};

// POST /legal-holds: until, or openEnded.
struct NewLegalHold
{
    QString client;
    QString reason;
    QDateTime until;
    bool openEnded = false;

    QJsonObject toJson() const;
};

// What the sweep kept of the order facts it deleted: anonymised figures of one client,
// marketplace, day of purchase and currency.
struct DailyAggregate
{
    QString client;
    QString marketplace;
    QString day; // YYYY-MM-DD
    QString currency;
    qint64 orders = 0;
    qint64 items = 0;
    QString sales; // "12.34"

    static DailyAggregate fromJson(const QJsonObject &json);
};

class RetentionApi
{
public:
    explicit RetentionApi(ApiClient *client)
        : m_client(client)
    { }

    Call<RetentionStatus> status() const;
    Call<SweepResult> sweep() const;
    Call<Page<DeletionRequest>> deletionRequests(const PageRequest &page) const;
    Call<DeletionRequest> create(const NewDeletionRequest &request) const;
    // passphrase: for a return, the key Amazon opens the sealed archive with.
    Call<Fulfilment> fulfil(qint64 requestId, const QString &passphrase = {}) const;
    // Audits the save of a return's archive by the saved file's SHA-256 (hex).
    Call<DeletionRequest> recordArchiveSaved(qint64 requestId, const QString &sha256) const;
    // The holds that apply now.
    Call<Page<LegalHold>> activeLegalHolds(const PageRequest &page) const;
    Call<LegalHold> setLegalHold(const NewLegalHold &hold) const;
    Call<LegalHold> releaseLegalHold(qint64 holdId, const QString &note) const;
    Call<Page<DailyAggregate>> dailyAggregates(const PageRequest &page) const;

private:
    ApiClient *m_client;
};

} // namespace cc::client
