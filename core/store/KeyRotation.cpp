#include "KeyRotation.h"

#include "audit/AuditLog.h"
#include "crypto/Aes256Gcm.h"
#include "crypto/Crypto.h"
#include "store/RowType.h"
#include "store/Store.h"

#include <QLoggingCategory>
#include <QtEndian>

namespace cc {

namespace {

Q_LOGGING_CATEGORY(lcRotation, "compliance.keys")

// A full pass seals again what the server sealed under the old version before it saw the new
// key file; more passes than this mean something keeps using the old key (a server reading a
// copy of the key file elsewhere) and the rotation stops rather than loop.
constexpr int kMaxPasses = 5;

// The first five bytes of every value sealed under version: the format byte and the version.
QByteArray sealedPrefix(quint32 version)
{
    QByteArray prefix(5, 'C');
    qToBigEndian<quint32>(version, prefix.data() + 1);
    return prefix;
}

QString tableOf(const Store &store, const SealedColumn &c)
{
    return store.dialect().expand((c.inVault ? QStringLiteral("{vault}") : QString())
                                  + QLatin1String(c.table));
}

// The rows of c whose value is sealed under another version than current, after `after`.
QString staleRowsSql(const Store &store, const SealedColumn &c, const QString &what)
{
    return QStringLiteral("SELECT %1 FROM %2 WHERE %3 IS NOT NULL AND length(%3) > 0 "
                          "AND substr(%3, 1, 5) <> ?")
        .arg(what, tableOf(store, c), QLatin1String(c.column));
}

AuditEvent rotationEvent(const Caller &caller, const QString &action, quint32 version)
{
    AuditEvent e;
    if (caller.userId > 0)
        e.actorId = caller.userId;
    e.actor = caller.username.isEmpty() ? QStringLiteral("system") : caller.username;
    e.action = action;
    e.objectType = QStringLiteral("master_key");
    e.objectId = QString::number(version);
    return e;
}

// Seals one batch of c's stale rows again under the current version, in one transaction.
// Returns how many it sealed again; 0 when none are left after *after.
Result<int> resealBatch(Store &store, const SealedColumn &c, qint64 *after, int batchSize)
{
    const quint32 current = store.keys().currentVersion();
    return store.transaction([&]() -> Result<int> {
        Result<Query> q = store.exec(
            staleRowsSql(
                store, c,
                QStringLiteral("%1, %2").arg(QLatin1String(c.idColumn), QLatin1String(c.column)))
                + QStringLiteral(" AND %1 > ? ORDER BY %1 LIMIT ?").arg(QLatin1String(c.idColumn)),
            {sealedPrefix(current), *after, batchSize});
        if (!q)
            return q.error();
        QList<std::pair<qint64, QByteArray>> rows;
        while (q->next())
            rows.append({q->value(0).toLongLong(), q->value(1).toByteArray()});
        q->finish();
        const QString update
            = QStringLiteral("UPDATE %1 SET %2 = ? WHERE %3 = ? AND %2 = ?")
                  .arg(tableOf(store, c), QLatin1String(c.column), QLatin1String(c.idColumn));
        for (const auto &[id, blob] : std::as_const(rows)) {
            const QByteArray aad
                = crypto::fieldAad(QLatin1String(c.table), QLatin1String(c.aadColumn), id);
            Result<QByteArray> plain = store.keys().open(blob, aad);
            if (!plain)
                return makeError(plain.error().code,
                                 QStringLiteral("cannot open %1.%2 of row %3 to seal it again: %4")
                                     .arg(QLatin1String(c.table), QLatin1String(c.column))
                                     .arg(id)
                                     .arg(plain.error().message));
            const crypto::WipeOnExit plainWiped(*plain);
            Result<QByteArray> sealed = store.keys().seal(*plain, aad);
            if (!sealed)
                return sealed.error();
            // Only if the server did not change the value meanwhile (it sealed it anew).
            if (Result<Query> done = store.exec(update, {*sealed, id, blob}); !done)
                return done.error();
            *after = id;
        }
        return int(rows.size());
    });
}

// One pass over every sealed column. Counts into report; stops at the test hook.
Result<void> resealAll(Store &store, const KeyRotationOptions &options, KeyRotationReport &report)
{
    for (const SealedColumn &c : sealedColumns()) {
        qint64 after = std::numeric_limits<qint64>::min();
        for (;;) {
            if (options.stopAfterBatches >= 0 && report.batches >= options.stopAfterBatches)
                return makeError(
                    ErrorCode::Unavailable,
                    QStringLiteral("stopped after %1 batches (test hook)").arg(report.batches));
            Result<int> sealed = resealBatch(store, c, &after, options.batchSize);
            if (!sealed)
                return sealed.error();
            if (*sealed == 0)
                break;
            ++report.batches;
            report.resealed += *sealed;
        }
    }
    return {};
}

// In one transaction that keeps writers of sealed values out (SQLite's write lock; on
// PostgreSQL SHARE locks on every sealed table, which wait for writes in flight): when no value
// uses an old version, the key file drops the old versions. False when values still do.
Result<bool> retireOldVersions(Store &store, const Caller &caller, KeyRotationReport &report)
{
    return store.transaction([&]() -> Result<bool> {
        if (store.dialect().backend() == Backend::Postgres) {
            QStringList tables;
            for (const SealedColumn &c : sealedColumns())
                if (const QString t = tableOf(store, c); !tables.contains(t))
                    tables << t;
            if (Result<Query> locked
                = store.exec(QStringLiteral("LOCK TABLE %1 IN SHARE MODE").arg(tables.join(u", ")));
                !locked)
                return locked.error();
        }
        Result<qint64> stale = valuesUnderOldKeys(store);
        if (!stale)
            return stale.error();
        if (*stale > 0)
            return false;
        Result<QList<quint32>> stored = store.keys().storedVersions();
        if (!stored)
            return stored.error();
        report.version = stored->isEmpty() ? 0 : stored->last();
        report.retired.clear();
        for (const quint32 version : std::as_const(*stored))
            if (version != report.version)
                report.retired << version;
        AuditEvent e = rotationEvent(caller, QStringLiteral("master_key.rotate"), report.version);
        QStringList retired;
        for (const quint32 v : std::as_const(report.retired))
            retired << QString::number(v);
        e.detail = QStringLiteral("version=%1 retired=%2 resealed=%3 batches=%4")
                       .arg(report.version)
                       .arg(retired.join(QLatin1Char(',')))
                       .arg(report.resealed)
                       .arg(report.batches);
        if (Result<AuditEvent> logged = audit::append(store, e); !logged)
            return logged.error();
        // Last, while the lock is held: should the commit fail, no value uses the old versions
        // anyway, so the key's home without them is still right.
        for (const quint32 version : std::as_const(report.retired))
            if (Result<void> retired = store.keys().retireVersion(version); !retired)
                return retired.error();
        return true;
    });
}

// Adds the new version where the key lives (the key file, the token), unless a rotation is
// under way already.
Result<void> startRotation(Store &store, const Caller &caller, KeyRotationReport &report)
{
    Result<QList<quint32>> stored = store.keys().storedVersions();
    if (!stored)
        return stored.error();
    if (stored->size() > 1) {
        report.resumed = true;
        qCInfo(lcRotation, "a rotation to key version %u of %s is under way: going on with it",
               stored->last(), qPrintable(store.keys().describe()));
        return {};
    }
    // Stored first: a value sealed under the new version must never exist without it.
    Result<quint32> added = store.keys().addVersion();
    if (!added)
        return added.error();
    return store.transaction([&]() -> Result<void> {
        AuditEvent e = rotationEvent(caller, QStringLiteral("master_key.rotate_start"), *added);
        e.detail = QStringLiteral("version=%1 previous=%2").arg(*added).arg(*added - 1);
        if (Result<AuditEvent> logged = audit::append(store, e); !logged)
            return logged.error();
        return {};
    });
}

} // namespace

const QList<SealedColumn> &sealedColumns()
{
    static const QList<SealedColumn> columns = {
        {"order_keys", "wrapped_key", "wrapped_key", "order_id", true},
        {"users", "totp_secret", "totp_secret", "id", false},
        {"users", "enrolment_totp_secret", "enrolment_totp_secret", "id", false},
        {"mail_outbox", "sealed_secret", "secret", "id", false},
        {"deletion_requests", "scope_buyer_email", "scope_buyer_email", "id", false},
        {"control_attestations", "document", "document", "id", false},
        {"vulnerabilities", "evidence", "evidence", "id", false},
        {"subcontractor_assessments", "document", "document", "id", false},
        {"audit_signing_keys", "sealed_seed", "sealed_seed", "id", false},
    };
    return columns;
}

Result<qint64> valuesUnderOldKeys(const Store &store)
{
    const QByteArray current = sealedPrefix(store.keys().currentVersion());
    qint64 total = 0;
    for (const SealedColumn &c : sealedColumns()) {
        Result<std::optional<QVariant>> count = rows::single(
            store.exec(staleRowsSql(store, c, QStringLiteral("COUNT(*)")), {current}));
        if (!count)
            return count.error();
        total += *count ? (*count)->toLongLong() : 0;
    }
    return total;
}

Result<KeyRotationReport> rotateMasterKey(Store &store, const Caller &caller,
                                          const KeyRotationOptions &options)
{
    if (options.batchSize < 1)
        return makeError(ErrorCode::InvalidInput,
                         QStringLiteral("a rotation batch must hold at least one value"));
    KeyRotationReport report;
    if (Result<void> started = startRotation(store, caller, report); !started)
        return started.error();
    for (int pass = 0; pass < kMaxPasses; ++pass) {
        if (Result<void> resealed = resealAll(store, options, report); !resealed)
            return resealed.error();
        Result<bool> retired = retireOldVersions(store, caller, report);
        if (!retired)
            return retired.error();
        if (*retired)
            return report;
    }
    return makeError(ErrorCode::Conflict,
                     QStringLiteral("values sealed under an old key version keep appearing after "
                                    "%1 passes: is a server using a copy of the key file that "
                                    "does not have version %2? Run the rotation again once it "
                                    "reads this one")
                         .arg(kMaxPasses)
                         .arg(store.keys().currentVersion()));
}

} // namespace cc
