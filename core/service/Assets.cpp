#include "Assets.h"

#include "ServiceSupport.h"
#include "domain/Roles.h"
#include "store/Store.h"

namespace cc {

using service::eventBy;

namespace {

// Also the answer for an asset the caller may not see: an id must not tell that it exists.
Error noSuchAsset(qint64 id)
{
    return makeError(ErrorCode::NotFound, QStringLiteral("no asset with id %1").arg(id));
}

// An asset with its owner; a query appends its WHERE clause.
struct AssetRow
{
    enum Column {
        Id,
        Name,
        Kind,
        OwnerId,
        Owner,
        OwnerName,
        Location,
        Description,
        HoldsAmazonData,
        HoldsPii,
        Status,
        CreatedAt,
        LastReview,
        NextReviewDue,
        NeedsReassignment,
        ColumnCount
    };
    static constexpr rows::Columns<ColumnCount> columns {{
        {Id, "a.id"},
        {Name, "a.name"},
        {Kind, "a.kind"},
        {OwnerId, "a.owner_id"},
        {Owner, "u.username"},
        {OwnerName, "u.display_name"},
        {Location, "a.location"},
        {Description, "a.description"},
        {HoldsAmazonData, "a.holds_amazon_data"},
        {HoldsPii, "a.holds_pii"},
        {Status, "a.status"},
        {CreatedAt, "a.created_at"},
        {LastReview, "a.last_review"},
        {NextReviewDue, "a.next_review_due"},
        {NeedsReassignment, "a.needs_reassignment"},
    }};
    static_assert(rows::inOrder(columns));
    static inline const QString select
        = rows::select(columns, "FROM assets a JOIN users u ON u.id = a.owner_id ");

    static Asset read(const Query &q)
    {
        Asset a;
        a.id = q.value(Id).toLongLong();
        a.name = q.value(Name).toString();
        a.kind = q.value(Kind).toString();
        a.ownerId = q.value(OwnerId).toLongLong();
        a.ownerUsername = q.value(Owner).toString();
        a.ownerName = q.value(OwnerName).toString();
        a.location = q.value(Location).toString();
        a.description = q.value(Description).toString();
        a.holdsAmazonData = q.value(HoldsAmazonData).toInt() != 0;
        a.holdsPii = q.value(HoldsPii).toInt() != 0;
        a.status = q.value(Status).toString();
        a.createdAt = q.value(CreatedAt).toLongLong();
        if (!q.value(LastReview).isNull())
            a.lastReview = parseIsoDate(q.value(LastReview).toString());
        a.nextReviewDue = parseIsoDate(q.value(NextReviewDue).toString());
        a.needsReassignment = q.value(NeedsReassignment).toInt() != 0;
        return a;
    }
};

// A review with its reviewer's name; a query appends its WHERE clause.
struct AssetReviewRow
{
    enum Column {
        Id,
        AssetId,
        Reviewer,
        ReviewerName,
        Date,
        Outcome,
        Note,
        RecordedAt,
        NextReviewDue,
        ColumnCount
    };
    static constexpr rows::Columns<ColumnCount> columns {{
        {Id, "r.id"},
        {AssetId, "r.asset_id"},
        {Reviewer, "r.reviewer"},
        {ReviewerName, "u.display_name"},
        {Date, "r.review_date"},
        {Outcome, "r.outcome"},
        {Note, "r.note"},
        {RecordedAt, "r.recorded_at"},
        {NextReviewDue, "r.next_review_due"},
    }};
    static_assert(rows::inOrder(columns));
    static inline const QString select
        = rows::select(columns, "FROM asset_reviews r LEFT JOIN users u ON u.id = r.reviewer_id ");

    static AssetReview read(const Query &q)
    {
        AssetReview r;
        r.id = q.value(Id).toLongLong();
        r.assetId = q.value(AssetId).toLongLong();
        r.reviewer = q.value(Reviewer).toString();
        r.reviewerName
            = q.value(ReviewerName).isNull() ? r.reviewer : q.value(ReviewerName).toString();
        r.date = parseIsoDate(q.value(Date).toString());
        r.outcome = q.value(Outcome).toString();
        r.note = q.value(Note).toString();
        r.recordedAt = q.value(RecordedAt).toLongLong();
        r.nextReviewDue = parseIsoDate(q.value(NextReviewDue).toString());
        return r;
    }
};

QString assetDetail(const Asset &a)
{
    return QStringLiteral("name=%1 kind=%2 owner=%3 amazon_data=%4 pii=%5 status=%6 next_due=%7")
        .arg(a.name, a.kind, a.ownerUsername,
             a.holdsAmazonData ? QStringLiteral("true") : QStringLiteral("false"),
             a.holdsPii ? QStringLiteral("true") : QStringLiteral("false"), a.status,
             isoDate(a.nextReviewDue));
}

constexpr int kMaxText = 2000;

Result<void> checkText(const QString &field, const QString &value, bool required)
{
    if (required && value.trimmed().isEmpty())
        return makeError(ErrorCode::InvalidInput, QStringLiteral("%1 is required").arg(field));
    if (value.size() > kMaxText)
        return makeError(
            ErrorCode::InvalidInput,
            QStringLiteral("%1 is longer than %2 characters").arg(field).arg(kMaxText));
    return {};
}

} // namespace

std::optional<StateFilter> stateFilterFromName(const QString &name)
{
    static const QList<std::pair<QString, StateFilter>> names = {
        {QString(), StateFilter::Any},
        {QStringLiteral("ok"), StateFilter::Ok},
        {QStringLiteral("due"), StateFilter::Due},
        {QStringLiteral("due_soon"), StateFilter::DueSoon},
        {QStringLiteral("due_this_week"), StateFilter::DueThisWeek},
        {QStringLiteral("overdue"), StateFilter::Overdue},
        {QStringLiteral("retired"), StateFilter::Retired},
    };
    for (const auto &[key, value] : names) {
        if (key == name)
            return value;
    }
    return std::nullopt;
}

QDate Assets::today() const
{
    return m_store.clock().now().toUTC().date();
}

ReviewState Assets::state(const Asset &asset) const
{
    return reviewState(asset.nextReviewDue, today(), asset.status == QLatin1String("retired"),
                       m_store.policy());
}

bool Assets::canSeeAll(const Caller &caller)
{
    return caller.can(Permission::AssetsRead) || caller.can(Permission::AssetsManage);
}

bool Assets::canReview(const Caller &caller, const Asset &asset)
{
    return (caller.userId != 0 && asset.ownerId == caller.userId)
        || caller.can(Permission::AssetsManage) || caller.can(Permission::AssetsReview);
}

Result<QList<Asset>> Assets::flagForReassignment(qint64 ownerId)
{
    if (Result<Query> flagged = m_store.exec(
            QStringLiteral("UPDATE assets SET needs_reassignment = 1 WHERE owner_id = ? AND "
                           "status = 'active'"),
            {ownerId});
        !flagged)
        return flagged.error();
    Result<Query> q
        = m_store.exec(AssetRow::select
                           + QStringLiteral("WHERE a.owner_id = ? AND a.needs_reassignment = 1 "
                                            "ORDER BY a.id"),
                       {ownerId});
    if (!q)
        return q.error();
    QList<Asset> assets;
    while (q->next())
        assets.append(AssetRow::read(*q));
    return assets;
}

Result<Asset> Assets::find(qint64 id) const
{
    Result<Query> q = m_store.exec(AssetRow::select + QStringLiteral("WHERE a.id = ?"), {id});
    if (!q)
        return q.error();
    if (!q->next())
        return noSuchAsset(id);
    return AssetRow::read(*q);
}

Result<Asset> Assets::asset(const Caller &caller, qint64 id) const
{
    Result<Asset> a = find(id);
    if (a && !canSeeAll(caller) && a->ownerId != caller.userId)
        return noSuchAsset(id);
    return a;
}

Result<qint64> Assets::ownerId(const QString &username) const
{
    return service::activeUserId(m_store, QStringLiteral("owner"), username);
}

Result<Asset> Assets::insert(const Caller &caller, const NewAsset &a, int line)
{
    if (Result<void> valid = checkText(QStringLiteral("name"), a.name, true); !valid)
        return valid.error();
    for (const auto &[field, value] : {std::pair {QStringLiteral("location"), a.location},
                                       std::pair {QStringLiteral("description"), a.description}}) {
        if (Result<void> valid = checkText(field, value, false); !valid)
            return valid.error();
    }
    if (!isAssetKind(a.kind))
        return makeError(ErrorCode::InvalidInput,
                         QStringLiteral("kind \"%1\" is not one of %2")
                             .arg(a.kind, assetKinds().join(QStringLiteral(", "))));
    if (a.lastReview.isValid() && a.lastReview > today())
        return makeError(ErrorCode::InvalidInput,
                         QStringLiteral("the last review cannot be in the future"));
    Result<qint64> owner = ownerId(a.owner);
    if (!owner)
        return owner.error();
    const qint64 now = m_store.clock().nowMs();
    const QDate base = a.lastReview.isValid() ? a.lastReview : today();
    // A name already taken inserts nothing, and returns no id.
    Result<std::optional<QVariant>> inserted = rows::single(m_store.exec(
        QStringLiteral("INSERT INTO assets (name, name_key, kind, owner_id, location, description, "
                       "holds_amazon_data, holds_pii, status, created_at, last_review, "
                       "next_review_due) VALUES (?, ?, ?, ?, ?, ?, ?, ?, 'active', ?, ?, ?) "
                       "ON CONFLICT DO NOTHING RETURNING id"),
        {a.name.trimmed(), a.name.trimmed().toLower(), a.kind, *owner, a.location.trimmed(),
         a.description.trimmed(), a.holdsAmazonData ? 1 : 0, a.holdsPii ? 1 : 0, now,
         a.lastReview.isValid() ? QVariant(isoDate(a.lastReview))
                                : QVariant(QMetaType::fromType<QString>()),
         isoDate(nextReviewDue(base, m_store.policy()))}));
    if (!inserted)
        return inserted.error();
    if (!*inserted)
        return makeError(
            ErrorCode::Conflict,
            QStringLiteral("an asset named \"%1\" already exists").arg(a.name.trimmed()));
    const qint64 id = (*inserted)->toLongLong();
    Result<Asset> created = find(id);
    if (!created)
        return created;
    QString detail = assetDetail(*created);
    if (line > 0)
        detail += QStringLiteral(" import_line=%1").arg(line);
    if (Result<AuditEvent> logged
        = audit::append(m_store,
                        eventBy(caller, QStringLiteral("asset.create"), QStringLiteral("asset"),
                                QString::number(id), detail));
        !logged)
        return logged.error();
    return created;
}

Result<Asset> Assets::create(const Caller &caller, const NewAsset &asset)
{
    if (!caller.can(Permission::AssetsManage))
        return makeError(ErrorCode::Forbidden,
                         QStringLiteral("adding assets needs the assets:manage permission"));
    return m_store.transaction([&]() -> Result<Asset> { return insert(caller, asset, 0); });
}

namespace {

Result<void> checkChanges(const AssetChanges &c)
{
    if (c.kind && !isAssetKind(*c.kind))
        return makeError(ErrorCode::InvalidInput,
                         QStringLiteral("kind \"%1\" is not one of %2")
                             .arg(*c.kind, assetKinds().join(QStringLiteral(", "))));
    if (c.status && *c.status != QLatin1String("active") && *c.status != QLatin1String("retired"))
        return makeError(ErrorCode::InvalidInput,
                         QStringLiteral("status must be \"active\" or \"retired\""));
    if (c.name)
        if (Result<void> valid = checkText(QStringLiteral("name"), *c.name, true); !valid)
            return valid;
    for (const auto &[field, value] : {std::pair {QStringLiteral("location"), c.location},
                                       std::pair {QStringLiteral("description"), c.description}}) {
        if (value)
            if (Result<void> valid = checkText(field, *value, false); !valid)
                return valid;
    }
    return {};
}

} // namespace

Result<Asset> Assets::update(const Caller &caller, qint64 id, const AssetChanges &c)
{
    if (!caller.can(Permission::AssetsManage))
        return makeError(ErrorCode::Forbidden,
                         QStringLiteral("editing assets needs the assets:manage permission"));
    if (Result<void> valid = checkChanges(c); !valid)
        return valid.error();
    return m_store.transaction([&]() -> Result<Asset> {
        Result<Asset> before = find(id);
        if (!before)
            return before;
        Result<service::Changes> changes = changesTo(*before, c);
        if (!changes)
            return changes.error();
        if (changes->isEmpty())
            return before;
        if (c.name && c.name->trimmed().toLower() != before->name.toLower()) {
            Result<Query> taken = m_store.exec(
                QStringLiteral("SELECT id FROM assets WHERE name_key = ? AND id <> ?"),
                {c.name->trimmed().toLower(), id});
            if (!taken)
                return taken.error();
            if (taken->next())
                return makeError(
                    ErrorCode::Conflict,
                    QStringLiteral("an asset named \"%1\" already exists").arg(c.name->trimmed()));
        }
        if (Result<Query> updated
            = m_store.exec(changes->update(QStringLiteral("assets")), changes->updateArgs(id));
            !updated)
            return updated.error();
        if (Result<AuditEvent> logged = audit::append(
                m_store,
                eventBy(caller, QStringLiteral("asset.update"), QStringLiteral("asset"),
                        QString::number(id), changes->described.join(QLatin1Char(' '))));
            !logged)
            return logged.error();
        return find(id);
    });
}

Result<service::Changes> Assets::changesTo(const Asset &before, const AssetChanges &c) const
{
    service::Changes changes;
    if (c.name && c.name->trimmed() != before.name) {
        changes.set(QStringLiteral("name"), c.name->trimmed(),
                    QStringLiteral("name=%1").arg(c.name->trimmed()));
        changes.also(QStringLiteral("name_key"), c.name->trimmed().toLower());
    }
    if (c.kind && *c.kind != before.kind)
        changes.set(QStringLiteral("kind"), *c.kind, QStringLiteral("kind=%1").arg(*c.kind));
    if (c.owner) {
        Result<qint64> owner = ownerId(*c.owner);
        if (!owner)
            return owner.error();
        if (*owner != before.ownerId) {
            changes.set(QStringLiteral("owner_id"), *owner,
                        QStringLiteral("owner=%1").arg(c.owner->trimmed()));
            if (before.needsReassignment)
                changes.set(QStringLiteral("needs_reassignment"), 0,
                            QStringLiteral("needs_reassignment=false"));
        }
    }
    if (c.location && c.location->trimmed() != before.location)
        changes.set(QStringLiteral("location"), c.location->trimmed(),
                    QStringLiteral("location=%1").arg(c.location->trimmed()));
    if (c.description && c.description->trimmed() != before.description)
        changes.set(QStringLiteral("description"), c.description->trimmed(),
                    QStringLiteral("description"));
    if (c.holdsAmazonData && *c.holdsAmazonData != before.holdsAmazonData)
        changes.set(
            QStringLiteral("holds_amazon_data"), *c.holdsAmazonData ? 1 : 0,
            QStringLiteral("amazon_data=%1")
                .arg(*c.holdsAmazonData ? QStringLiteral("true") : QStringLiteral("false")));
    if (c.holdsPii && *c.holdsPii != before.holdsPii)
        changes.set(QStringLiteral("holds_pii"), *c.holdsPii ? 1 : 0,
                    QStringLiteral("pii=%1").arg(*c.holdsPii ? QStringLiteral("true")
                                                             : QStringLiteral("false")));
    if (c.status && *c.status != before.status)
        changes.set(QStringLiteral("status"), *c.status,
                    QStringLiteral("status=%1").arg(*c.status));
    return changes;
}

Result<Page<Asset>> Assets::list(const Caller &caller, const AssetFilter &filter, qint64 after,
                                 int limit) const
{
    QStringList where;
    QVariantList args;
    if (!canSeeAll(caller)) {
        where << QStringLiteral("a.owner_id = ?");
        args << caller.userId;
    }
    if (!filter.owner.isEmpty()) {
        where << QStringLiteral("u.username_key = ?");
        args << filter.owner.trimmed().toLower();
    }
    if (!filter.kind.isEmpty()) {
        where << QStringLiteral("a.kind = ?");
        args << filter.kind;
    }
    if (filter.holdsAmazonData) {
        where << QStringLiteral("a.holds_amazon_data = ?");
        args << (*filter.holdsAmazonData ? 1 : 0);
    }
    if (filter.needsReassignment) {
        where << QStringLiteral("a.needs_reassignment = ?");
        args << (*filter.needsReassignment ? 1 : 0);
    }
    const Policy &policy = m_store.policy();
    const QString today = isoDate(this->today());
    const QString week = isoDate(this->today().addDays(policy.assetDueThisWeekDays));
    const QString soon = isoDate(this->today().addDays(policy.assetDueSoonDays));
    const auto active = [&](const QString &condition, const QVariantList &values) {
        where << QStringLiteral("a.status = 'active' AND ") + condition;
        args << values;
    };
    switch (filter.state) {
    case StateFilter::Any:
        break;
    case StateFilter::Ok:
        active(QStringLiteral("a.next_review_due >= ?"), {soon});
        break;
    case StateFilter::Due:
        active(QStringLiteral("a.next_review_due >= ? AND a.next_review_due < ?"), {today, soon});
        break;
    case StateFilter::DueSoon:
        active(QStringLiteral("a.next_review_due >= ? AND a.next_review_due < ?"), {week, soon});
        break;
    case StateFilter::DueThisWeek:
        active(QStringLiteral("a.next_review_due >= ? AND a.next_review_due < ?"), {today, week});
        break;
    case StateFilter::Overdue:
        active(QStringLiteral("a.next_review_due < ?"), {today});
        break;
    case StateFilter::Retired:
        where << QStringLiteral("a.status = 'retired'");
        break;
    }
    if (after > 0) {
        Result<std::optional<QVariant>> last = rows::single(m_store.exec(
            QStringLiteral("SELECT next_review_due FROM assets WHERE id = ?"), {after}));
        if (!last)
            return last.error();
        if (!*last)
            return makeError(ErrorCode::InvalidInput,
                             QStringLiteral("\"after\" is not the id of an asset"));
        where << QStringLiteral("(a.next_review_due, a.id) > (?, ?)");
        args << (*last)->toString() << after;
    }
    args << limit + 1;
    const QString sql = AssetRow::select
        + (where.isEmpty() ? QString()
                           : QStringLiteral("WHERE ") + where.join(QStringLiteral(" AND ")))
        + QStringLiteral(" ORDER BY a.next_review_due, a.id LIMIT ?");
    return service::readPage<Asset>(m_store.exec(sql, args), limit, AssetRow::read);
}

Result<QList<Asset>> Assets::all(const Caller &caller) const
{
    QString sql = AssetRow::select;
    QVariantList args;
    if (!canSeeAll(caller)) {
        sql += QStringLiteral("WHERE a.owner_id = ? ");
        args << caller.userId;
    }
    return rows::readAll<Asset>(m_store.exec(sql + QStringLiteral("ORDER BY a.name_key"), args),
                                AssetRow::read);
}

Result<RecordedReview> Assets::recordReview(const Caller &caller, qint64 assetId,
                                            const NewReview &review)
{
    return m_store.transaction([&]() -> Result<RecordedReview> {
        Result<Asset> a = asset(caller, assetId);
        if (!a)
            return a.error();
        Result<QDate> date = reviewDate(caller, *a, review);
        if (!date)
            return date.error();
        const QDate next = nextReviewDue(*date, m_store.policy());
        Result<qint64> reviewId = rows::insertedId(m_store.exec(
            QStringLiteral("INSERT INTO asset_reviews (asset_id, reviewer_id, reviewer, "
                           "review_date, outcome, note, recorded_at, next_review_due) VALUES (?, "
                           "?, ?, ?, ?, ?, ?, ?) RETURNING id"),
            {assetId, service::nullableId(caller.userId), caller.username, isoDate(*date),
             review.outcome, review.note.trimmed(), m_store.clock().nowMs(), isoDate(next)}));
        if (!reviewId)
            return reviewId.error();
        const QString status
            = review.outcome == QLatin1String("retired") ? QStringLiteral("retired") : a->status;
        if (Result<Query> updated = m_store.exec(
                QStringLiteral("UPDATE assets SET last_review = ?, next_review_due = ?, status = ? "
                               "WHERE id = ?"),
                {isoDate(*date), isoDate(next), status, assetId});
            !updated)
            return updated.error();
        if (Result<AuditEvent> logged
            = audit::append(m_store,
                            eventBy(caller, QStringLiteral("asset.review"), QStringLiteral("asset"),
                                    QString::number(assetId),
                                    QStringLiteral("review=%1 outcome=%2 date=%3 next_due=%4")
                                        .arg(*reviewId)
                                        .arg(review.outcome, isoDate(*date), isoDate(next)),
                                    review.note.trimmed()));
            !logged)
            return logged.error();
        Result<Query> q
            = m_store.exec(AssetReviewRow::select + QStringLiteral("WHERE r.id = ?"), {*reviewId});
        if (!q)
            return q.error();
        q->next();
        RecordedReview recorded;
        recorded.review = AssetReviewRow::read(*q);
        q->finish();
        Result<Asset> after = find(assetId);
        if (!after)
            return after.error();
        recorded.asset = after.value();
        return recorded;
    });
}

Result<QDate> Assets::reviewDate(const Caller &caller, const Asset &a,
                                 const NewReview &review) const
{
    if (!canReview(caller, a))
        return makeError(ErrorCode::Forbidden,
                         QStringLiteral("only the asset's owner, a manager or a compliance "
                                        "officer may review it"));
    // Checked after the permission, so a refusal says nothing about the input.
    const QDate date = review.date.isValid() ? review.date : today();
    if (date > today())
        return makeError(ErrorCode::InvalidInput,
                         QStringLiteral("a review cannot be dated in the future"));
    if (!isReviewOutcome(review.outcome))
        return makeError(ErrorCode::InvalidInput,
                         QStringLiteral("outcome must be one of %1")
                             .arg(reviewOutcomes().join(QStringLiteral(", "))));
    if (Result<void> valid = checkText(QStringLiteral("note"), review.note, false); !valid)
        return valid.error();
    if (review.outcome != QLatin1String("confirmed") && review.note.trimmed().isEmpty())
        return makeError(ErrorCode::InvalidInput,
                         QStringLiteral("say in the note what must change or why the asset is "
                                        "retired"));
    if (a.status == QLatin1String("retired"))
        return makeError(ErrorCode::Conflict,
                         QStringLiteral("asset \"%1\" is retired").arg(a.name));
    if (a.lastReview.isValid() && date < a.lastReview)
        return makeError(ErrorCode::Conflict,
                         QStringLiteral("the last review of \"%1\" is dated %2: a review "
                                        "cannot be dated before it")
                             .arg(a.name, isoDate(a.lastReview)));
    return date;
}

Result<QList<AssetReview>> Assets::reviews(const Caller &caller, qint64 assetId) const
{
    if (Result<Asset> a = asset(caller, assetId); !a)
        return a.error();
    return rows::readAll<AssetReview>(
        m_store.exec(
            AssetReviewRow::select
                + QStringLiteral("WHERE r.asset_id = ? ORDER BY r.review_date DESC, r.id DESC"),
            {assetId}),
        AssetReviewRow::read);
}

Result<ImportResult> Assets::importCsv(const Caller &caller, const QByteArray &bytes)
{
    if (!caller.can(Permission::AssetsManage))
        return makeError(ErrorCode::Forbidden,
                         QStringLiteral("importing assets needs the assets:manage permission"));
    csv::ParsedAssets parsed = csv::parseAssets(bytes, today());
    ImportResult result;
    result.errors = parsed.errors;
    // What only the store can tell: owners that are not (active) users, names already taken.
    for (const csv::AssetRow &row : std::as_const(parsed.rows)) {
        QStringList problems;
        Result<qint64> owner = ownerId(row.owner);
        if (!owner) {
            if (owner.error().code != ErrorCode::InvalidInput)
                return owner.error();
            problems << owner.error().message;
        }
        Result<Query> taken = m_store.exec(
            QStringLiteral("SELECT id FROM assets WHERE name_key = ?"), {row.name.toLower()});
        if (!taken)
            return taken.error();
        if (taken->next())
            problems << QStringLiteral("an asset named \"%1\" already exists").arg(row.name);
        if (!problems.isEmpty())
            result.errors.append({row.line, problems.join(QStringLiteral("; "))});
    }
    if (!result.errors.isEmpty()) {
        csv::describeErrors(result.errors); // sorts them by line
        return result;
    }
    return m_store.transaction([&]() -> Result<ImportResult> {
        for (const csv::AssetRow &row : std::as_const(parsed.rows)) {
            NewAsset a;
            a.name = row.name;
            a.kind = row.kind;
            a.owner = row.owner;
            a.location = row.location;
            a.holdsAmazonData = row.holdsAmazonData;
            a.holdsPii = row.holdsPii;
            a.lastReview = row.lastReview;
            Result<Asset> created = insert(caller, a, row.line);
            if (!created)
                return makeError(
                    created.error().code,
                    QStringLiteral("line %1: %2").arg(row.line).arg(created.error().message));
        }
        if (Result<AuditEvent> logged = audit::append(
                m_store,
                eventBy(caller, QStringLiteral("asset.import"), QStringLiteral("asset"), QString(),
                        QStringLiteral("imported=%1").arg(parsed.rows.size())));
            !logged)
            return logged.error();
        ImportResult done;
        done.imported = int(parsed.rows.size());
        return done;
    });
}

} // namespace cc
