#pragma once

// The asset inventory: assets with an owner, their six-monthly reviews and the reminder state
// each is in today. Who may do what:
// - holders of assets:read (compliance officers, managers) see every asset; everybody else
//   sees only the assets they own;
// - holders of assets:manage (managers) create, edit and import assets, and count as the
//   manager over every asset;
// - a review may be recorded by the asset's owner, a holder of assets:manage, or a holder of
//   assets:review (compliance officers).
// Every change is audited in the same transaction.

#include "Result.h"
#include "domain/AssetCsv.h"
#include "domain/AssetRules.h"
#include "domain/Types.h"

#include <optional>

namespace cc {

class Store;
namespace service {
struct Changes;
}

struct NewAsset
{
    QString name;
    QString kind;
    QString owner; // username
    QString location;
    QString description;
    bool holdsAmazonData = false;
    bool holdsPii = false;
    QDate lastReview; // optional: next review is due one interval after it
};

// PATCH: only the fields that are set change.
struct AssetChanges
{
    std::optional<QString> name;
    std::optional<QString> kind;
    std::optional<QString> owner;
    std::optional<QString> location;
    std::optional<QString> description;
    std::optional<bool> holdsAmazonData;
    std::optional<bool> holdsPii;
    std::optional<QString> status; // active, retired
};

struct NewReview
{
    QDate date; // invalid: today
    QString outcome;
    QString note;
};

struct RecordedReview
{
    AssetReview review;
    Asset asset;
};

enum class StateFilter { Any, Ok, Due, DueSoon, DueThisWeek, Overdue, Retired };
std::optional<StateFilter> stateFilterFromName(const QString &name); // "" -> Any

struct AssetFilter
{
    StateFilter state = StateFilter::Any;
    QString owner; // username; empty: any
    QString kind; // empty: any
    std::optional<bool> holdsAmazonData;
    std::optional<bool> needsReassignment;
};

struct ImportResult
{
    int imported = 0;
    QList<csv::RowError> errors; // when not empty nothing was stored
};

class Assets
{
public:
    explicit Assets(Store &store)
        : m_store(store)
    { }

    QDate today() const; // UTC date of the store's clock
    ReviewState state(const Asset &asset) const;

    Result<Asset> create(const Caller &caller, const NewAsset &asset);
    Result<Asset> update(const Caller &caller, qint64 id, const AssetChanges &changes);
    // The asset if the caller may see it (Forbidden otherwise).
    Result<Asset> asset(const Caller &caller, qint64 id) const;
    // Ordered by next review due, then id; keyset-paged on the id of the last row.
    Result<Page<Asset>> list(const Caller &caller, const AssetFilter &filter, qint64 after,
                             int limit) const;
    Result<QList<Asset>> all(const Caller &caller) const; // for export, same visibility

    Result<RecordedReview> recordReview(const Caller &caller, qint64 assetId,
                                        const NewReview &review);
    Result<QList<AssetReview>> reviews(const Caller &caller, qint64 assetId) const;

    // All or nothing: every bad row is reported with its line, and then nothing is stored.
    Result<ImportResult> importCsv(const Caller &caller, const QByteArray &csv);

    // Offboarding: flags every active asset the leaver owns for reassignment (in the caller's
    // transaction, which audits it) and returns them.
    Result<QList<Asset>> flagForReassignment(qint64 ownerId);

    static bool canSeeAll(const Caller &caller);
    static bool canReview(const Caller &caller, const Asset &asset);

private:
    Result<Asset> find(qint64 id) const;
    Result<qint64> ownerId(const QString &username) const;
    Result<Asset> insert(const Caller &caller, const NewAsset &asset, int line);
    Result<service::Changes> changesTo(const Asset &before, const AssetChanges &changes) const;
    // The date of a review the caller may record, or why they may not.
    Result<QDate> reviewDate(const Caller &caller, const Asset &asset,
                             const NewReview &review) const;

    Store &m_store;
};

} // namespace cc
