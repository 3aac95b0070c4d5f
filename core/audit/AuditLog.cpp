#include "AuditLog.h"

#include "audit/AuditExport.h"
#include "crypto/Crypto.h"
#include "crypto/Signature.h"
#include "store/Store.h"

#include <algorithm>

#include <QJsonDocument>
#include <QJsonObject>

namespace cc::audit {

namespace {

const QString kColumns = QStringLiteral(
    "seq, at, actor_id, actor, action, object_type, object_id, reason, outcome, detail, "
    "prev_hash, hash");
const QString kCheckpointAction = QStringLiteral("audit.checkpoint");
constexpr int kBatch = 5000; // rows per read when walking the chain
// An export is built in memory while the (single-threaded) server waits: this many events are
// about 40 MB and a second or two of work; longer periods export as several files.
constexpr qint64 kMaxExportEvents = 100000;

AuditEvent fromRow(const Query &q)
{
    AuditEvent e;
    e.seq = q.value(0).toLongLong();
    e.atMs = q.value(1).toLongLong();
    if (!q.value(2).isNull())
        e.actorId = q.value(2).toLongLong();
    e.actor = q.value(3).toString();
    e.action = q.value(4).toString();
    e.objectType = q.value(5).toString();
    e.objectId = q.value(6).toString();
    e.reason = q.value(7).toString();
    e.outcome = q.value(8).toString();
    e.detail = q.value(9).toString();
    e.prevHash = q.value(10).toString();
    e.hash = q.value(11).toString();
    return e;
}

AuditCheckpoint checkpointFromRow(const Query &q)
{
    AuditCheckpoint c;
    c.seq = q.value(0).toLongLong();
    c.hash = q.value(1).toString();
    c.atMs = q.value(2).toLongLong();
    c.keyId = q.value(3).toString();
    c.signature = q.value(4).toByteArray();
    return c;
}

AuditEvent systemEvent(const Caller &caller, const QString &action)
{
    AuditEvent e;
    if (caller.userId > 0)
        e.actorId = caller.userId;
    e.actor = caller.username.isEmpty() ? QStringLiteral("system") : caller.username;
    e.action = action;
    e.objectType = QStringLiteral("audit");
    return e;
}

Result<AuditHead> readHead(const Store &store, bool lock)
{
    Result<Query> q = store.exec(
        QStringLiteral("SELECT seq, hash, base_seq, base_hash FROM audit_head WHERE id = 1")
        + (lock ? store.dialect().lockRowSuffix() : QString()));
    if (!q)
        return q.error();
    if (!q->next())
        return makeError(ErrorCode::Internal, QStringLiteral("the audit chain head is missing"));
    return AuditHead {q->value(0).toLongLong(), q->value(1).toString(), q->value(2).toLongLong(),
                      q->value(3).toString()};
}

// The first event at or after ms; times never decrease along the chain, so every event from
// there on is at least as late. Uses the (at, seq) index: one seek.
Result<std::optional<qint64>> firstSeqAtOrAfter(const Store &store, qint64 ms)
{
    Result<Query> q = store.exec(
        QStringLiteral("SELECT seq FROM audit_events WHERE at >= ? ORDER BY at, seq LIMIT 1"),
        {ms});
    if (!q)
        return q.error();
    if (!q->next())
        return std::optional<qint64>();
    return std::optional<qint64>(q->value(0).toLongLong());
}

// The signing key's seed, derived from the master key; the caller wipes it.
Result<QByteArray> signingSeed(const Store &store)
{
    return store.keys().deriveKey(kCheckpointKeyPurpose, crypto::kEd25519SeedBytes);
}

Result<QByteArray> sign(const Store &store, const QByteArray &message)
{
    Result<QByteArray> seed = signingSeed(store);
    if (!seed)
        return seed.error();
    const crypto::WipeOnExit seedWiped(*seed);
    return crypto::ed25519Sign(*seed, message);
}

} // namespace

Result<AuditEvent> append(Store &store, AuditEvent event)
{
    // Locking the head serialises appends from every server sharing the database, so the
    // chain stays one line however many write at once. The head event's time comes along: a
    // new event is never earlier, even if the clock went back.
    Result<Query> head = store.exec(
        QStringLiteral("SELECT seq, hash, (SELECT at FROM audit_events WHERE seq = audit_head.seq) "
                       "FROM audit_head WHERE id = ?")
            + store.dialect().lockRowSuffix(),
        {1});
    if (!head)
        return head.error();
    if (!head->next())
        return makeError(ErrorCode::Internal, QStringLiteral("the audit chain head is missing"));
    event.seq = head->value(0).toLongLong() + 1;
    event.prevHash = head->value(1).toString();
    event.atMs = std::max(store.clock().nowMs(), head->value(2).toLongLong());
    head->finish();
    event.hash = hashOf(event);

    static const QString insert
        = QStringLiteral(
              "INSERT INTO audit_events (%1) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
              .arg(kColumns);
    Result<Query> inserted = store.exec(
        insert,
        {event.seq, event.atMs,
         event.actorId ? QVariant(*event.actorId) : QVariant(QMetaType::fromType<qint64>()),
         event.actor, event.action, event.objectType, event.objectId, event.reason, event.outcome,
         event.detail, event.prevHash, event.hash});
    if (!inserted)
        return inserted.error();
    Result<Query> moved
        = store.exec(QStringLiteral("UPDATE audit_head SET seq = ?, hash = ? WHERE id = 1"),
                     {event.seq, event.hash});
    if (!moved)
        return moved.error();
    if (Result<void> heard = store.notifyAuditListener(event); !heard)
        return heard.error();
    return event;
}

Result<AuditEvent> record(Store &store, AuditEvent event)
{
    return store.transaction([&] { return append(store, std::move(event)); });
}

Result<QList<AuditEvent>> list(const Store &store, qint64 afterSeq, int limit)
{
    Result<Query> q = store.exec(
        QStringLiteral("SELECT %1 FROM audit_events WHERE seq > ? ORDER BY seq LIMIT ?")
            .arg(kColumns),
        {afterSeq, limit});
    if (!q)
        return q.error();
    QList<AuditEvent> events;
    while (q->next())
        events.append(fromRow(*q));
    return events;
}

Result<Page<AuditEvent>> list(const Store &store, const AuditFilter &filter, qint64 after,
                              int limit)
{
    QStringList where;
    QVariantList args;
    // Equality filters use the (column, seq) indexes, so a page is an index range in seq
    // order whatever the log's size.
    const std::pair<const char *, const QString *> equal[] = {
        {"actor", &filter.actor},
        {"object_type", &filter.objectType},
        {"object_id", &filter.objectId},
        {"outcome", &filter.outcome},
    };
    for (const auto &[column, value] : equal) {
        if (value->isEmpty())
            continue;
        where << QStringLiteral("%1 = ?").arg(QLatin1String(column));
        args << *value;
    }
    if (filter.action.endsWith(QLatin1Char('*'))) {
        // A prefix matches many actions: walking seq order and testing each row keeps the page
        // a keyset range (an index range on action would need a sort of every match).
        const QString prefix = filter.action.chopped(1);
        if (!prefix.isEmpty()) {
            where << QStringLiteral("substr(action, 1, ?) = ?");
            args << int(prefix.size()) << prefix;
        }
    } else if (!filter.action.isEmpty()) {
        where << QStringLiteral("action = ?");
        args << filter.action;
    }
    // A time range is a contiguous run of seq (times never decrease along the chain): its
    // ends come from one seek each on the (at, seq) index; `at + 0` keeps the planner from
    // sorting an index range on at when the residual check runs.
    if (filter.fromMs) {
        Result<std::optional<qint64>> first = firstSeqAtOrAfter(store, *filter.fromMs);
        if (!first)
            return first.error();
        if (!*first)
            return Page<AuditEvent>();
        where << QStringLiteral("seq >= ?") << QStringLiteral("at + 0 >= ?");
        args << **first << *filter.fromMs;
    }
    if (filter.toMs) {
        Result<std::optional<qint64>> end = firstSeqAtOrAfter(store, *filter.toMs);
        if (!end)
            return end.error();
        if (*end) {
            where << QStringLiteral("seq < ?");
            args << **end;
        }
        where << QStringLiteral("at + 0 < ?");
        args << *filter.toMs;
    }
    if (after > 0) {
        where << (filter.descending ? QStringLiteral("seq < ?") : QStringLiteral("seq > ?"));
        args << after;
    }
    args << limit + 1;
    const QString sql = QStringLiteral("SELECT %1 FROM audit_events%2 ORDER BY seq%3 LIMIT ?")
                            .arg(kColumns,
                                 where.isEmpty() ? QString()
                                                 : QStringLiteral(" WHERE ")
                                         + where.join(QStringLiteral(" AND ")),
                                 filter.descending ? QStringLiteral(" DESC") : QString());
    Result<Query> q = store.exec(sql, args);
    if (!q)
        return q.error();
    Page<AuditEvent> page;
    while (q->next())
        page.items.append(fromRow(*q));
    if (page.items.size() > limit) {
        page.items.removeLast();
        page.nextAfter = page.items.last().seq;
    }
    return page;
}

Result<AuditHead> head(const Store &store)
{
    return readHead(store, false);
}

Result<QByteArray> signingPublicKey(const Store &store)
{
    Result<QByteArray> seed = signingSeed(store);
    if (!seed)
        return seed.error();
    const crypto::WipeOnExit seedWiped(*seed);
    return crypto::ed25519PublicKey(*seed);
}

Result<QList<AuditCheckpoint>> checkpoints(const Store &store, qint64 afterSeq, int limit)
{
    Result<Query> q
        = store.exec(QStringLiteral("SELECT seq, hash, at, key_id, signature FROM "
                                    "audit_checkpoints WHERE seq > ? ORDER BY seq LIMIT ?"),
                     {afterSeq, limit});
    if (!q)
        return q.error();
    QList<AuditCheckpoint> list;
    while (q->next())
        list.append(checkpointFromRow(*q));
    return list;
}

Result<std::optional<AuditCheckpoint>> checkpoint(Store &store, const Caller &caller)
{
    using Made = std::optional<AuditCheckpoint>;
    return store.transaction([&]() -> Result<Made> {
        Result<AuditHead> head = readHead(store, true);
        if (!head)
            return head.error();
        if (head->seq == 0)
            return Made();
        Result<Query> last = store.exec(QStringLiteral("SELECT MAX(seq) FROM audit_checkpoints"));
        if (!last)
            return last.error();
        const qint64 lastSeq = last->next() ? last->value(0).toLongLong() : 0;
        if (lastSeq == head->seq)
            return Made();
        // Only the previous checkpoint's own record since then: nothing new to pin.
        if (lastSeq == head->seq - 1) {
            Result<Query> q = store.exec(
                QStringLiteral("SELECT action FROM audit_events WHERE seq = ?"), {head->seq});
            if (!q)
                return q.error();
            if (q->next() && q->value(0).toString() == kCheckpointAction)
                return Made();
        }
        Result<QByteArray> publicKey = signingPublicKey(store);
        if (!publicKey)
            return publicKey.error();
        AuditCheckpoint c;
        c.seq = head->seq;
        c.hash = head->hash;
        c.atMs = store.clock().nowMs();
        c.keyId = crypto::keyFingerprint(*publicKey);
        Result<QByteArray> signature = sign(store, checkpointMessage(c.seq, c.hash, c.atMs));
        if (!signature)
            return signature.error();
        c.signature = *signature;
        if (Result<Query> inserted = store.exec(
                QStringLiteral("INSERT INTO audit_checkpoints (seq, hash, at, key_id, signature) "
                               "VALUES (?, ?, ?, ?, ?)"),
                {c.seq, c.hash, c.atMs, c.keyId, c.signature});
            !inserted)
            return inserted.error();
        AuditEvent e = systemEvent(caller, kCheckpointAction);
        e.objectType = QStringLiteral("audit_checkpoint");
        e.objectId = QString::number(c.seq);
        e.detail = QStringLiteral("seq=%1 hash=%2 key_id=%3").arg(c.seq).arg(c.hash, c.keyId);
        if (Result<AuditEvent> logged = append(store, e); !logged)
            return logged.error();
        return Made(c);
    });
}

Result<std::optional<AuditPurge>> purgeExpired(Store &store, const Caller &caller)
{
    using Purged = std::optional<AuditPurge>;
    const qint64 cutoff = QDateTime::fromMSecsSinceEpoch(store.clock().nowMs(), Qt::UTC)
                              .addMonths(-store.policy().auditRetentionMonths)
                              .toMSecsSinceEpoch();
    Result<QByteArray> publicKey = signingPublicKey(store);
    if (!publicKey)
        return publicKey.error();
    return store.transaction([&]() -> Result<Purged> {
        Result<AuditHead> head = readHead(store, true);
        if (!head)
            return head.error();
        Result<Query> q
            = store.exec(QStringLiteral("SELECT c.seq, c.hash, c.at, c.key_id, c.signature FROM "
                                        "audit_checkpoints c JOIN audit_events e ON e.seq = c.seq "
                                        "WHERE e.at < ? AND c.seq > ? ORDER BY c.seq DESC LIMIT 1"),
                         {cutoff, head->baseSeq});
        if (!q)
            return q.error();
        if (!q->next())
            return Purged();
        const AuditCheckpoint base = checkpointFromRow(*q);
        // What is deleted must be intact up to a checkpoint that verifies: a purge never
        // destroys the evidence of a change.
        const auto refuse = [](const QString &why) {
            return makeError(ErrorCode::Conflict,
                             QStringLiteral("refusing to purge old audit events: %1; run "
                                            "`compliancectl audit verify`")
                                 .arg(why));
        };
        if (!crypto::ed25519Verify(*publicKey, checkpointMessage(base.seq, base.hash, base.atMs),
                                   base.signature))
            return refuse(
                QStringLiteral("the checkpoint at event %1 does not verify").arg(base.seq));
        qint64 position = head->baseSeq;
        QString previousHash = head->baseHash;
        while (position < base.seq) {
            Result<Query> rows
                = store.exec(QStringLiteral("SELECT %1 FROM audit_events WHERE seq > ? AND seq "
                                            "<= ? ORDER BY seq LIMIT ?")
                                 .arg(kColumns),
                             {position, base.seq, kBatch});
            if (!rows)
                return rows.error();
            bool any = false;
            while (rows->next()) {
                any = true;
                const AuditEvent e = fromRow(*rows);
                if (e.seq != position + 1 || e.prevHash != previousHash || hashOf(e) != e.hash)
                    return refuse(QStringLiteral("the chain is broken at event %1").arg(e.seq));
                position = e.seq;
                previousHash = e.hash;
            }
            if (!any)
                return refuse(QStringLiteral("event %1 is missing").arg(position + 1));
        }
        if (previousHash != base.hash)
            return refuse(
                QStringLiteral("event %1 differs from its signed checkpoint").arg(base.seq));

        AuditPurge purge;
        purge.baseSeq = base.seq;
        Result<Query> deleted
            = store.exec(QStringLiteral("DELETE FROM audit_events WHERE seq <= ?"), {base.seq});
        if (!deleted)
            return deleted.error();
        purge.eventsDeleted = deleted->numRowsAffected();
        Result<Query> dropped
            = store.exec(QStringLiteral("DELETE FROM audit_checkpoints WHERE seq < ?"), {base.seq});
        if (!dropped)
            return dropped.error();
        purge.checkpointsDeleted = dropped->numRowsAffected();
        if (Result<Query> moved = store.exec(
                QStringLiteral("UPDATE audit_head SET base_seq = ?, base_hash = ? WHERE id = 1"),
                {base.seq, base.hash});
            !moved)
            return moved.error();
        AuditEvent e = systemEvent(caller, QStringLiteral("audit.purge"));
        e.objectType = QStringLiteral("audit_checkpoint");
        e.objectId = QString::number(base.seq);
        e.detail = QStringLiteral("base_seq=%1 events_deleted=%2 checkpoints_deleted=%3 "
                                  "older_than=%4 retention_months=%5")
                       .arg(base.seq)
                       .arg(purge.eventsDeleted)
                       .arg(purge.checkpointsDeleted)
                       .arg(isoTime(cutoff))
                       .arg(store.policy().auditRetentionMonths);
        if (Result<AuditEvent> logged = append(store, e); !logged)
            return logged.error();
        return Purged(purge);
    });
}

Verifier::Verifier(const Store &store)
    : m_store(store)
{ }

bool Verifier::broken(qint64 seq, const QString &problem)
{
    m_result.intact = false;
    m_result.firstBadSeq = seq;
    m_result.problem = problem;
    m_done = true;
    return false;
}

bool Verifier::checkCheckpoint(const AuditCheckpoint &c, const QString &eventHash)
{
    if (c.keyId != m_keyId)
        return broken(c.seq,
                      QStringLiteral("the checkpoint of event %1 names another key (%2), "
                                     "not this store's %3")
                          .arg(c.seq)
                          .arg(c.keyId, m_keyId));
    if (!crypto::ed25519Verify(m_publicKey, checkpointMessage(c.seq, c.hash, c.atMs), c.signature))
        return broken(c.seq,
                      QStringLiteral("the checkpoint of event %1 has an invalid signature "
                                     "(forged or altered)")
                          .arg(c.seq));
    if (c.hash != eventHash)
        return broken(c.seq,
                      QStringLiteral("event %1 differs from its signed checkpoint: the "
                                     "chain was rewritten at or before event %1")
                          .arg(c.seq));
    ++m_result.checkpointsVerified;
    return true;
}

Result<void> Verifier::start()
{
    m_started = true;
    Result<AuditHead> head = readHead(m_store, false);
    if (!head)
        return head.error();
    m_head = head.value();
    m_result.headSeq = m_head.seq;
    m_result.headHash = m_head.hash;
    m_result.baseSeq = m_head.baseSeq;
    Result<QByteArray> publicKey = signingPublicKey(m_store);
    if (!publicKey)
        return publicKey.error();
    m_publicKey = publicKey.value();
    m_keyId = crypto::keyFingerprint(m_publicKey);
    // One checkpoint per interval: a few thousand a year, held in memory for the walk.
    for (qint64 after = -1;;) {
        Result<QList<AuditCheckpoint>> page = checkpoints(m_store, after, kBatch);
        if (!page)
            return page.error();
        for (const AuditCheckpoint &c : page.value())
            m_checkpoints.emplace(c.seq, c);
        if (page->size() < kBatch)
            break;
        after = page->last().seq;
    }
    m_position = m_head.baseSeq;
    m_previousHash = m_head.baseHash;
    if (m_head.baseSeq > 0) {
        const auto base = m_checkpoints.find(m_head.baseSeq);
        if (base == m_checkpoints.end()) {
            broken(m_head.baseSeq + 1,
                   QStringLiteral("the chain starts after event %1, but no signed checkpoint "
                                  "pins event %1: earlier events were removed")
                       .arg(m_head.baseSeq));
            return {};
        }
        if (!checkCheckpoint(base->second, m_head.baseHash))
            return {};
    }
    for (const auto &[seq, c] : m_checkpoints) {
        if (seq >= m_head.baseSeq)
            break;
        // Left from before a purge would have deleted it: only its signature can be checked.
        if (!checkCheckpoint(c, c.hash))
            return {};
    }
    return {};
}

Result<bool> Verifier::step(int maxEvents)
{
    if (!m_started) {
        if (Result<void> started = start(); !started)
            return started.error();
    }
    if (m_done)
        return true;
    // Retention may have purged a prefix since the last step: continue from the new base,
    // which its checkpoint pins.
    Result<AuditHead> now = readHead(m_store, false);
    if (!now)
        return now.error();
    if (now->baseSeq > m_position && now->baseSeq <= m_head.seq) {
        const auto base = m_checkpoints.find(now->baseSeq);
        if (base == m_checkpoints.end()) {
            broken(now->baseSeq + 1,
                   QStringLiteral("the chain now starts after event %1, which "
                                  "no signed checkpoint pins")
                       .arg(now->baseSeq));
            return true;
        }
        if (!checkCheckpoint(base->second, now->baseHash))
            return true;
        m_result.eventCount += now->baseSeq - m_position;
        m_position = now->baseSeq;
        m_previousHash = now->baseHash;
    }
    Result<Query> q = m_store.exec(
        QStringLiteral("SELECT %1 FROM audit_events WHERE seq > ? AND seq <= ? ORDER BY seq "
                       "LIMIT ?")
            .arg(kColumns),
        {m_position, m_head.seq, maxEvents});
    if (!q)
        return q.error();
    int rows = 0;
    while (q->next()) {
        ++rows;
        const AuditEvent e = fromRow(*q);
        if (e.seq != m_position + 1)
            return !broken(m_position + 1,
                           QStringLiteral("event %1 is missing").arg(m_position + 1));
        if (e.prevHash != m_previousHash)
            return !broken(
                e.seq,
                QStringLiteral("event %1 does not follow event %2 (removed or reordered)")
                    .arg(e.seq)
                    .arg(e.seq - 1));
        if (hashOf(e) != e.hash)
            return !broken(e.seq, QStringLiteral("event %1 was altered").arg(e.seq));
        if (const auto c = m_checkpoints.find(e.seq);
            c != m_checkpoints.end() && !checkCheckpoint(c->second, e.hash))
            return true;
        // Each checkpoint is recorded in the chain: a removed checkpoint leaves its record.
        if (e.action == kCheckpointAction && e.objectType == QLatin1String("audit_checkpoint")) {
            const qint64 pinned = e.objectId.toLongLong();
            if (pinned > m_head.baseSeq && !m_checkpoints.count(pinned))
                return !broken(pinned,
                               QStringLiteral("the signed checkpoint of event %1, "
                                              "recorded by event %2, was removed")
                                   .arg(pinned)
                                   .arg(e.seq));
        }
        m_position = e.seq;
        m_previousHash = e.hash;
        ++m_result.eventCount;
    }
    if (rows == maxEvents && m_position < m_head.seq)
        return false;
    if (Result<void> finished = finish(); !finished)
        return finished.error();
    return true;
}

Result<void> Verifier::finish()
{
    m_done = true;
    if (m_position != m_head.seq) {
        broken(m_position + 1,
               QStringLiteral("events after %1 were removed (the head says %2)")
                   .arg(m_position)
                   .arg(m_head.seq));
        return {};
    }
    if (m_previousHash != m_head.hash) {
        broken(m_head.seq,
               QStringLiteral("the chain's head record does not match event %1").arg(m_head.seq));
        return {};
    }
    // A checkpoint past the head: events were cut from the end and the head moved back.
    if (const auto past = m_checkpoints.upper_bound(m_head.seq); past != m_checkpoints.end()) {
        Result<AuditHead> now = readHead(m_store, false);
        if (!now)
            return now.error();
        // Checkpoints signed since the walk began are past the head it started from.
        if (past->first > now->seq)
            broken(m_head.seq + 1,
                   QStringLiteral("the signed checkpoint of event %1 is past the head (%2): "
                                  "events were removed from the end")
                       .arg(past->first)
                       .arg(now->seq));
    }
    return {};
}

Result<AuditVerification> verify(const Store &store, const VerifyProgress &progress)
{
    Verifier verifier(store);
    for (;;) {
        Result<bool> done = verifier.step(kBatch * 4);
        if (!done)
            return done.error();
        if (progress)
            progress(verifier.checked(), verifier.total());
        if (*done)
            return verifier.result();
    }
}

Result<QByteArray> exportRange(Store &store, const Caller &caller, qint64 fromMs, qint64 toMs)
{
    if (toMs <= fromMs)
        return makeError(
            ErrorCode::InvalidInput,
            QStringLiteral("the export range is empty: \"to\" must be after \"from\""));
    Result<AuditHead> head = readHead(store, false);
    if (!head)
        return head.error();
    Result<std::optional<qint64>> first = firstSeqAtOrAfter(store, fromMs);
    if (!first)
        return first.error();
    Result<std::optional<qint64>> end = firstSeqAtOrAfter(store, toMs);
    if (!end)
        return end.error();
    // Events from the first at or after `from` to the last before `to`: one run of seq.
    const qint64 firstSeq = first->value_or(head->seq + 1);
    const qint64 lastSeq = std::min(end->value_or(head->seq + 1), head->seq + 1) - 1;
    const qint64 count = std::max<qint64>(0, lastSeq - firstSeq + 1);
    if (count > kMaxExportEvents)
        return makeError(ErrorCode::TooLarge,
                         QStringLiteral("the range holds %1 events, more than one export takes "
                                        "(%2): export a shorter range")
                             .arg(count)
                             .arg(kMaxExportEvents));
    Result<QByteArray> publicKey = signingPublicKey(store);
    if (!publicKey)
        return publicKey.error();

    QByteArray file;
    const QJsonObject header {
        {QStringLiteral("format"), QLatin1String(kExportFormat)},
        {QStringLiteral("version"), kExportVersion},
        {QStringLiteral("from"), isoTime(fromMs)},
        {QStringLiteral("to"), isoTime(toMs)},
        {QStringLiteral("from_ms"), fromMs},
        {QStringLiteral("to_ms"), toMs},
        {QStringLiteral("first_seq"), count > 0 ? QJsonValue(firstSeq) : QJsonValue()},
        {QStringLiteral("last_seq"), count > 0 ? QJsonValue(lastSeq) : QJsonValue()},
        {QStringLiteral("count"), count},
        {QStringLiteral("exported_at"), isoTime(store.clock().nowMs())},
        {QStringLiteral("exported_by"), caller.username},
        {QStringLiteral("algorithm"), QStringLiteral("Ed25519")},
        {QStringLiteral("key_id"), crypto::keyFingerprint(*publicKey)},
        {QStringLiteral("public_key"), QString::fromLatin1(publicKey->toBase64())},
    };
    file += QJsonDocument(header).toJson(QJsonDocument::Compact) + '\n';
    for (qint64 position = firstSeq - 1; position < lastSeq;) {
        Result<Query> q = store.exec(
            QStringLiteral("SELECT %1 FROM audit_events WHERE seq > ? AND seq <= ? ORDER BY seq "
                           "LIMIT ?")
                .arg(kColumns),
            {position, lastSeq, kBatch});
        if (!q)
            return q.error();
        const qint64 before = position;
        while (q->next()) {
            const AuditEvent e = fromRow(*q);
            file += QJsonDocument(toJson(e)).toJson(QJsonDocument::Compact) + '\n';
            position = e.seq;
        }
        if (position == before)
            break; // missing events: the file says so when it is checked
    }
    Result<QByteArray> signature = sign(store, file);
    if (!signature)
        return signature.error();
    file += QJsonDocument(QJsonObject {{QStringLiteral("signature"),
                                        QString::fromLatin1(signature->toBase64())}})
                .toJson(QJsonDocument::Compact)
        + '\n';

    AuditEvent e = systemEvent(caller, QStringLiteral("audit.export"));
    e.detail = QStringLiteral("from=%1 to=%2 first_seq=%3 last_seq=%4 count=%5")
                   .arg(isoTime(fromMs), isoTime(toMs))
                   .arg(count > 0 ? firstSeq : 0)
                   .arg(count > 0 ? lastSeq : 0)
                   .arg(count);
    if (Result<AuditEvent> logged = record(store, e); !logged)
        return logged.error();
    return file;
}

} // namespace cc::audit
