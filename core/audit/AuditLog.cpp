#include "AuditLog.h"

#include "audit/AuditExport.h"
#include "audit/SigningKey.h"
#include "crypto/Crypto.h"
#include "crypto/Signature.h"
#include "store/RowType.h"
#include "store/Store.h"

#include <algorithm>
#include <charconv>
#include <vector>

#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QSet>
#include <QSysInfo>

namespace cc {

QString auditStateName(AuditState state)
{
    switch (state) {
    case AuditState::Intact:
        return QStringLiteral("intact");
    case AuditState::Broken:
        return QStringLiteral("broken");
    case AuditState::BreakAcknowledged:
        return QStringLiteral("break_acknowledged");
    }
    return QStringLiteral("broken");
}

AuditState AuditVerification::state() const
{
    if (!intact)
        return AuditState::Broken;
    return acknowledgedBreaks.isEmpty() ? AuditState::Intact : AuditState::BreakAcknowledged;
}

} // namespace cc

namespace cc::audit {

// Each anchor is also logged at info level, on by default: under systemd the journal keeps a
// witness of every checkpoint that neither the database nor the store directory holds.
Q_LOGGING_CATEGORY(lcAnchors, "compliance.audit.anchors", QtInfoMsg)

namespace {

const QString kCheckpointAction = QStringLiteral("audit.checkpoint");
constexpr int kBatch = 5000; // rows per read when walking the chain
// An export is built in memory while the (single-threaded) server waits: this many events are
// about 40 MB and a second or two of work; longer periods export as several files.
constexpr qint64 kMaxExportEvents = 100000;

// An event of the chain; a query appends its WHERE.
struct EventRow
{
    enum Column {
        Seq,
        At,
        ActorId,
        Actor,
        Action,
        ObjectType,
        ObjectId,
        Reason,
        Outcome,
        Detail,
        PrevHash,
        Hash,
        ColumnCount
    };
    static constexpr rows::Columns<ColumnCount> columns {{
        {Seq, "seq"},
        {At, "at"},
        {ActorId, "actor_id"},
        {Actor, "actor"},
        {Action, "action"},
        {ObjectType, "object_type"},
        {ObjectId, "object_id"},
        {Reason, "reason"},
        {Outcome, "outcome"},
        {Detail, "detail"},
        {PrevHash, "prev_hash"},
        {Hash, "hash"},
    }};
    static_assert(rows::inOrder(columns));
    static inline const QString select = rows::select(columns, "FROM audit_events ");

    static AuditEvent read(const Query &q)
    {
        AuditEvent e;
        e.seq = q.value(Seq).toLongLong();
        e.atMs = q.value(At).toLongLong();
        if (!q.value(ActorId).isNull())
            e.actorId = q.value(ActorId).toLongLong();
        e.actor = q.value(Actor).toString();
        e.action = q.value(Action).toString();
        e.objectType = q.value(ObjectType).toString();
        e.objectId = q.value(ObjectId).toString();
        e.reason = q.value(Reason).toString();
        e.outcome = q.value(Outcome).toString();
        e.detail = q.value(Detail).toString();
        e.prevHash = q.value(PrevHash).toString();
        e.hash = q.value(Hash).toString();
        return e;
    }
};

// One step of the walk's events, as it checks them. An event whose columns are as
// audit::append writes them (integers; text that is valid UTF-8, which canonical() would
// re-encode to the very same bytes) is read as a link: its canonical bytes built straight from
// the column bytes, its hashes as stored, without an AuditEvent and its QStrings (which were a
// quarter of the walk's time). Any other event is read whole, as EventRow reads it, and checked
// as before; so is one the walk checks more of (Verifier::checkedWhole, checkpoint records).
class StepEvents
{
public:
    struct Link
    {
        qint64 seq = 0;
        qsizetype canonicalBegin = 0; // in m_canonical
        qsizetype canonicalEnd = 0;
        qsizetype prevHashSize = 0; // the last field of its canonical bytes
        qsizetype hashBegin = 0; // its hash as stored, in m_hashes
        qsizetype hashEnd = 0;
        int whole = -1; // else its index in m_whole
    };

    // Reads the current row as a link; false, reading nothing, when it is to be read whole.
    bool addLink(const Query &q)
    {
        // A checkpoint's record: the walk checks that its checkpoint was not removed.
        if (q.bytes(EventRow::Action).bytes == kCheckpointActionUtf8
            && q.bytes(EventRow::ObjectType).bytes == "audit_checkpoint")
            return false;
        const ColumnBytes hash = q.bytes(EventRow::Hash);
        if (!isText(hash))
            return false;
        Link link;
        link.canonicalBegin = m_canonical.size();
        // The columns from Seq to PrevHash are canonical()'s fields, in its order.
        for (int column = EventRow::Seq; column <= EventRow::PrevHash; ++column) {
            const ColumnBytes value = q.bytes(column);
            if (column <= EventRow::ActorId && value.type == ColumnBytes::Type::Integer) {
                char digits[24];
                const char *end = std::to_chars(digits, digits + sizeof digits, value.integer).ptr;
                audit::appendCanonicalField(m_canonical, QByteArrayView(digits, end - digits));
            } else if (column == EventRow::ActorId && value.type == ColumnBytes::Type::Null) {
                audit::appendCanonicalField(m_canonical, {});
            } else if (column > EventRow::ActorId && isText(value)) {
                audit::appendCanonicalField(m_canonical, value.bytes);
            } else {
                m_canonical.truncate(link.canonicalBegin);
                return false;
            }
            if (column == EventRow::Seq)
                link.seq = value.integer;
            else if (column == EventRow::PrevHash)
                link.prevHashSize = value.bytes.size();
        }
        link.canonicalEnd = m_canonical.size();
        link.hashBegin = m_hashes.size();
        m_hashes.append(hash.bytes);
        link.hashEnd = m_hashes.size();
        m_links.push_back(link);
        return true;
    }

    void addWhole(const Query &q)
    {
        Link link;
        link.whole = int(m_whole.size());
        m_whole.push_back(EventRow::read(q));
        link.seq = m_whole.back().seq;
        m_links.push_back(link);
    }

    // The SHA-256 of every link's canonical bytes; false when OpenSSL fails.
    bool hash()
    {
        m_digests.resize(m_links.size());
        crypto::Sha256 sha256;
        for (size_t i = 0; i < m_links.size(); ++i) {
            const Link &link = m_links[i];
            if (link.whole < 0 && !sha256.hash(canonical(link), m_digests[i]))
                return false;
        }
        return true;
    }

    const std::vector<Link> &links() const { return m_links; }
    const AuditEvent &whole(const Link &link) const { return m_whole[size_t(link.whole)]; }
    QByteArrayView storedHash(const Link &link) const
    {
        return QByteArrayView(m_hashes).sliced(link.hashBegin, link.hashEnd - link.hashBegin);
    }
    QByteArrayView prevHash(const Link &link) const
    {
        return QByteArrayView(m_canonical)
            .sliced(link.canonicalEnd - 1 - link.prevHashSize, link.prevHashSize);
    }
    // Whether link i's stored hash is the lower-case hex of its digest, as hashOf() writes it.
    bool unaltered(size_t i) const
    {
        static constexpr char hexDigits[] = "0123456789abcdef";
        const Link &link = m_links[i];
        char hex[64];
        for (size_t b = 0; b < m_digests[i].size(); ++b) {
            hex[2 * b] = hexDigits[m_digests[i][b] >> 4];
            hex[2 * b + 1] = hexDigits[m_digests[i][b] & 15];
        }
        return storedHash(link) == QByteArrayView(hex, sizeof hex);
    }

private:
    static inline const QByteArray kCheckpointActionUtf8 = kCheckpointAction.toUtf8();

    static bool isText(const ColumnBytes &value)
    {
        return value.type == ColumnBytes::Type::Text && value.bytes.isValidUtf8();
    }
    QByteArrayView canonical(const Link &link) const
    {
        return QByteArrayView(m_canonical)
            .sliced(link.canonicalBegin, link.canonicalEnd - link.canonicalBegin);
    }

    QByteArray m_canonical; // every link's canonical bytes, one after another
    QByteArray m_hashes; // every link's hash as stored
    std::vector<Link> m_links;
    std::vector<AuditEvent> m_whole;
    std::vector<crypto::Sha256::Digest> m_digests; // by link
};

// A signed checkpoint (audit_checkpoints c); a query appends its JOIN or WHERE.
struct CheckpointRow
{
    enum Column { Seq, Hash, At, KeyId, Signature, ColumnCount };
    static constexpr rows::Columns<ColumnCount> columns {{
        {Seq, "c.seq"},
        {Hash, "c.hash"},
        {At, "c.at"},
        {KeyId, "c.key_id"},
        {Signature, "c.signature"},
    }};
    static_assert(rows::inOrder(columns));
    static inline const QString select = rows::select(columns, "FROM audit_checkpoints c ");

    static AuditCheckpoint read(const Query &q)
    {
        AuditCheckpoint c;
        c.seq = q.value(Seq).toLongLong();
        c.hash = q.value(Hash).toString();
        c.atMs = q.value(At).toLongLong();
        c.keyId = q.value(KeyId).toString();
        c.signature = q.value(Signature).toByteArray();
        return c;
    }
};

// A checkpoint with the hash its event has now (null when the event is gone).
struct PinnedCheckpointRow
{
    enum Column { EventHash = CheckpointRow::ColumnCount, ColumnCount };
    static constexpr rows::Columns<1> event {{{EventHash, "e.hash"}}};
    static constexpr rows::Columns<ColumnCount> columns = rows::join(CheckpointRow::columns, event);
    static_assert(rows::inOrder(columns));
    static inline const QString select = rows::select(
        columns, "FROM audit_checkpoints c LEFT JOIN audit_events e ON e.seq = c.seq ");
};

// The chain's head and base (what a purge left).
struct HeadRow
{
    enum Column { Seq, Hash, BaseSeq, BaseHash, ColumnCount };
    static constexpr rows::Columns<ColumnCount> columns {{
        {Seq, "seq"},
        {Hash, "hash"},
        {BaseSeq, "base_seq"},
        {BaseHash, "base_hash"},
    }};
    static_assert(rows::inOrder(columns));
    static inline const QString select = rows::select(columns, "FROM audit_head WHERE id = 1");

    static AuditHead read(const Query &q)
    {
        return {q.value(Seq).toLongLong(), q.value(Hash).toString(), q.value(BaseSeq).toLongLong(),
                q.value(BaseHash).toString()};
    }
};

// What an append continues from: the head, and its event's time (a new event is never
// earlier, even if the clock went back).
struct AppendHeadRow
{
    enum Column { Seq, Hash, At, ColumnCount };
    static constexpr rows::Columns<ColumnCount> columns {{
        {Seq, "seq"},
        {Hash, "hash"},
        {At, "(SELECT at FROM audit_events WHERE seq = audit_head.seq)"},
    }};
    static_assert(rows::inOrder(columns));
    static inline const QString select = rows::select(columns, "FROM audit_head WHERE id = ?");
};

// One event's place in the chain, for the pins of a break acknowledgement; a query appends
// its WHERE.
struct LinkRow
{
    enum Column { Seq, Hash, ColumnCount };
    static constexpr rows::Columns<ColumnCount> columns {{{Seq, "seq"}, {Hash, "hash"}}};
    static_assert(rows::inOrder(columns));
    static inline const QString select = rows::select(columns, "FROM audit_events ");
};

// What this instance last wrote to its anchor file.
struct AnchorFileRow
{
    enum Column { Lines, LastLineSha256, UpdatedAt, ColumnCount };
    static constexpr rows::Columns<ColumnCount> columns {{
        {Lines, "lines"},
        {LastLineSha256, "last_line_sha256"},
        {UpdatedAt, "updated_at"},
    }};
    static_assert(rows::inOrder(columns));
    static inline const QString select
        = rows::select(columns, "FROM audit_anchor_files WHERE witness = ?");
};

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
    Result<Query> q
        = store.exec(HeadRow::select + (lock ? store.dialect().lockRowSuffix() : QString()));
    if (!q)
        return q.error();
    if (!q->next())
        return makeError(ErrorCode::Internal, QStringLiteral("the audit chain head is missing"));
    const AuditHead head = HeadRow::read(*q);
    q->finish();
    return head;
}

// The first event at or after ms; times never decrease along the chain, so every event from
// there on is at least as late. Uses the (at, seq) index: one seek.
Result<std::optional<qint64>> firstSeqAtOrAfter(const Store &store, qint64 ms)
{
    Result<std::optional<QVariant>> seq = rows::single(store.exec(
        QStringLiteral("SELECT seq FROM audit_events WHERE at >= ? ORDER BY at, seq LIMIT 1"),
        {ms}));
    if (!seq)
        return seq.error();
    if (!*seq)
        return std::optional<qint64>();
    return std::optional<qint64>((*seq)->toLongLong());
}

// The current signing key's seed (audit/SigningKey); the caller wipes it.
Result<QByteArray> signingSeed(const Store &store)
{
    return currentSigningSeed(store);
}

Result<QByteArray> sign(const Store &store, const QByteArray &message)
{
    Result<QByteArray> seed = signingSeed(store);
    if (!seed)
        return seed.error();
    const crypto::WipeOnExit seedWiped(*seed);
    return crypto::ed25519Sign(*seed, message);
}

// This instance's anchor file in audit_anchor_files: the host and the file's path, so each
// instance sharing a database keeps its own record.
QString anchorWitness(const Store &store)
{
    return QSysInfo::machineHostName() + QLatin1Char(':') + store.dataDir().auditAnchorsFile();
}

QString lineHash(const Anchor &anchor)
{
    return QString::fromLatin1(crypto::sha256(anchorLine(anchor)).toHex());
}

Result<std::optional<AuditEvent>> eventAt(const Store &store, qint64 seq)
{
    Result<Query> q = store.exec(EventRow::select + QStringLiteral("WHERE seq = ?"), {seq});
    if (!q)
        return q.error();
    if (!q->next())
        return std::optional<AuditEvent>();
    std::optional<AuditEvent> event = EventRow::read(*q);
    q->finish();
    return event;
}

// Records how many lines this instance's anchor file has and what its last one is, so a file
// cut back or replaced later is noticed. Never lowered, but when an acknowledgement starts the
// file again (force).
Result<void> recordAnchorLines(Store &store, bool force)
{
    Result<AnchorFileContents> file = AnchorFile(store.dataDir().auditAnchorsFile()).read();
    if (!file)
        return file.error();
    if (!file->sound() || file->anchors.isEmpty())
        return {};
    const QString upsert = QStringLiteral(
        "INSERT INTO audit_anchor_files (witness, lines, last_line_sha256, updated_at) VALUES (?, "
        "?, ?, ?) ON CONFLICT (witness) DO UPDATE SET lines = excluded.lines, last_line_sha256 = "
        "excluded.last_line_sha256, updated_at = excluded.updated_at");
    Result<Query> recorded = store.exec(
        force ? upsert
              : upsert + QStringLiteral(" WHERE audit_anchor_files.lines <= excluded.lines"),
        {anchorWitness(store), qint64(file->anchors.size()), lineHash(file->anchors.last()),
         store.clock().nowMs()});
    if (!recorded)
        return recorded.error();
    return {};
}

// Appends to this instance's anchor file (one write, one fsync), logs each anchor at info level
// (the system journal under systemd: a witness of its own) and records the file's length.
Result<void> appendAnchors(Store &store, const QList<Anchor> &anchors, bool restarted)
{
    const AnchorFile file(store.dataDir().auditAnchorsFile());
    if (Result<void> written = file.append(anchors); !written)
        return written;
    for (const Anchor &a : anchors) {
        if (a.kind == Anchor::Kind::Checkpoint)
            qCInfo(lcAnchors).noquote()
                << QStringLiteral("audit checkpoint seq=%1 hash=%2 signed_at=%3 key_id=%4 "
                                  "anchored in %5")
                       .arg(a.checkpoint.seq)
                       .arg(a.checkpoint.hash, isoTime(a.checkpoint.atMs), a.checkpoint.keyId,
                            file.path());
        else
            qCWarning(lcAnchors).noquote()
                << QStringLiteral("audit break acknowledged at event %1 by %2 (OS user %3) at %4: "
                                  "%5; anchored in %6")
                       .arg(a.acknowledgement.seq)
                       .arg(a.acknowledgement.actor, a.acknowledgement.osUser,
                            isoTime(a.acknowledgement.atMs), a.acknowledgement.reason, file.path());
    }
    return recordAnchorLines(store, restarted);
}

bool signedByKnownKey(const Anchor &anchor, const SigningKeys &keys)
{
    const QByteArray key = keys.value(anchor.keyId());
    return !key.isEmpty() && crypto::ed25519Verify(key, anchor.signedMessage(), anchor.signature());
}

// The checkpoints and acknowledgements of the database this anchor file lacks, oldest first.
Result<QList<Anchor>> unanchored(const Store &store, const AnchorFileContents &file)
{
    QSet<QByteArray> anchored;
    for (const Anchor &a : file.anchors)
        anchored.insert(a.signature());
    QList<Anchor> found;
    Result<QVariantList> acks = rows::column(
        store.exec(QStringLiteral("SELECT record FROM audit_break_acks ORDER BY id")));
    if (!acks)
        return acks.error();
    for (const QVariant &record : std::as_const(*acks)) {
        const QJsonDocument json = QJsonDocument::fromJson(record.toString().toUtf8());
        Result<Anchor> ack = anchorFromJson(json.object());
        if (!ack || ack->kind != Anchor::Kind::BreakAcknowledgement) {
            qCWarning(lcAnchors) << "a break acknowledgement in the database is malformed:"
                                 << (ack ? QStringLiteral("not an acknowledgement")
                                         : ack.error().message);
            continue;
        }
        if (!anchored.contains(ack->signature()))
            found.append(*ack);
    }
    Result<Query> checkpoints
        = store.exec(CheckpointRow::select + QStringLiteral("ORDER BY c.seq"));
    if (!checkpoints)
        return checkpoints.error();
    while (checkpoints->next()) {
        const AuditCheckpoint c = CheckpointRow::read(*checkpoints);
        if (!anchored.contains(c.signature))
            found.append(Anchor::of(c));
    }
    std::stable_sort(found.begin(), found.end(),
                     [](const Anchor &a, const Anchor &b) { return a.atMs() < b.atMs(); });
    return found;
}

// Whether a record of the database agrees with the chain as it is now: every event it pins
// (and that a purge left) has the hash it names.
Result<bool> agreesWithChain(const Store &store, const AuditHead &head, const Anchor &anchor)
{
    const auto matches
        = [&](qint64 seq, const QString &hash, const QString &contentHash) -> Result<bool> {
        if (seq <= head.baseSeq)
            return seq < head.baseSeq || hash == head.baseHash;
        Result<std::optional<AuditEvent>> e = eventAt(store, seq);
        if (!e)
            return e.error();
        return *e && (*e)->hash == hash && hashOf(**e) == contentHash;
    };
    if (anchor.kind == Anchor::Kind::Checkpoint)
        return matches(anchor.checkpoint.seq, anchor.checkpoint.hash, anchor.checkpoint.hash);
    const BreakAcknowledgement &a = anchor.acknowledgement;
    const std::tuple<qint64, QString, QString> pins[] = {
        {a.prevSeq, a.prevHash, a.prevHash},
        {a.resumeSeq, a.resumeHash, a.resumeContentHash},
        {a.headSeq, a.headHash, a.headSeq == a.resumeSeq ? a.resumeContentHash : a.headHash},
    };
    for (const auto &[seq, hash, content] : pins) {
        if (seq == 0)
            continue;
        Result<bool> ok = matches(seq, hash, content);
        if (!ok || !*ok)
            return ok;
    }
    return true;
}

// The acknowledgement's pins, read inside its transaction: the last good event before seq (or
// the base), the first event at or after seq as it is, and the last event.
Result<void> pinChain(const Store &store, const AuditHead &head, BreakAcknowledgement &ack)
{
    ack.prevSeq = head.baseSeq;
    ack.prevHash = head.baseHash;
    ack.headSeq = head.baseSeq;
    ack.headHash = head.baseHash;
    Result<Query> before = store.exec(
        LinkRow::select + QStringLiteral("WHERE seq < ? AND seq > ? ORDER BY seq DESC LIMIT 1"),
        {ack.seq, head.baseSeq});
    if (!before)
        return before.error();
    if (before->next()) {
        ack.prevSeq = before->value(LinkRow::Seq).toLongLong();
        ack.prevHash = before->value(LinkRow::Hash).toString();
    }
    before->finish();
    Result<Query> resume = store.exec(
        EventRow::select + QStringLiteral("WHERE seq >= ? ORDER BY seq LIMIT 1"), {ack.seq});
    if (!resume)
        return resume.error();
    if (resume->next()) {
        const AuditEvent e = EventRow::read(*resume);
        ack.resumeSeq = e.seq;
        ack.resumeContentHash = hashOf(e);
        ack.resumeHash = e.hash;
    }
    resume->finish();
    Result<Query> last
        = store.exec(LinkRow::select + QStringLiteral("WHERE seq > ? ORDER BY seq DESC LIMIT 1"),
                     {head.baseSeq});
    if (!last)
        return last.error();
    if (last->next()) {
        ack.headSeq = last->value(LinkRow::Seq).toLongLong();
        ack.headHash = last->value(LinkRow::Hash).toString();
    }
    last->finish();
    return {};
}

// Moves the checkpoints at or after the acknowledged break that no longer hold for the chain
// (their events were lost or replaced, or another key signed them) to audit_retired_checkpoints,
// as evidence, so new events can reuse their seq. Returns how many.
Result<int> retireLostCheckpoints(Store &store, const SigningKeys &keys,
                                  const BreakAcknowledgement &ack, qint64 ackId)
{
    Result<Query> q = store.exec(
        PinnedCheckpointRow::select + QStringLiteral("WHERE c.seq >= ? ORDER BY c.seq"), {ack.seq});
    if (!q)
        return q.error();
    QList<AuditCheckpoint> lost;
    while (q->next()) {
        const AuditCheckpoint c = CheckpointRow::read(*q);
        const QVariant eventHash = q->value(PinnedCheckpointRow::EventHash);
        if (eventHash.isNull() || eventHash.toString() != c.hash
            || !signedByKnownKey(Anchor::of(c), keys))
            lost.append(c);
    }
    q->finish();
    for (const AuditCheckpoint &c : std::as_const(lost)) {
        if (Result<Query> kept = store.exec(
                QStringLiteral("INSERT INTO audit_retired_checkpoints (seq, hash, at, key_id, "
                               "signature, retired_at, retired_by_ack) VALUES (?, ?, ?, ?, ?, ?, "
                               "?)"),
                {c.seq, c.hash, c.atMs, c.keyId, c.signature, ack.atMs, ackId});
            !kept)
            return kept.error();
        if (Result<Query> removed
            = store.exec(QStringLiteral("DELETE FROM audit_checkpoints WHERE seq = ?"), {c.seq});
            !removed)
            return removed.error();
    }
    return int(lost.size());
}

// Appends the acknowledgement to this instance's anchor file. A file with a problem (missing,
// cut short, edited, a line that does not verify) is set aside, kept as evidence, and a new
// one starts with its sound lines before the problem and the acknowledgement.
Result<void> anchorAcknowledgement(Store &store, const AnchorFileContents &file,
                                   const BreakAcknowledgement &ack)
{
    Result<SigningKeys> keys = signingKeys(store);
    if (!keys)
        return keys.error();
    QList<Anchor> sound = file.anchors;
    const AnchorSet set(sound, *keys, AnchorSet::Signatures::All);
    if (!set.ok())
        sound.removeIf([&set](const Anchor &a) { return a.line >= set.problemLine(); });
    if (file.problem.isEmpty() && set.ok())
        return appendAnchors(store, {Anchor::of(ack)}, false);
    const AnchorFile anchors(store.dataDir().auditAnchorsFile());
    if (file.exists) {
        Result<QString> aside
            = anchors.setAside(QStringLiteral("damaged-%1")
                                   .arg(QDateTime::fromMSecsSinceEpoch(ack.atMs, Qt::UTC)
                                            .toString(QStringLiteral("yyyyMMdd'T'HHmmss'Z'"))));
        if (!aside)
            return aside.error();
        qCWarning(lcAnchors).noquote() << "the damaged anchor file is kept as" << *aside;
    }
    if (Result<void> created = anchors.create(); !created)
        return created;
    sound.append(Anchor::of(ack));
    return appendAnchors(store, sound, true);
}

// Inside the checkpoint's transaction: signs the head as the check saw it, unless nothing new
// is there to pin (no events past the base, the head signed already, or only the previous
// checkpoint's own record since).
Result<std::optional<AuditCheckpoint>> signHead(Store &store, const Caller &caller,
                                                const AuditVerification &verified,
                                                const QByteArray &publicKey)
{
    using Made = std::optional<AuditCheckpoint>;
    Result<AuditHead> head = readHead(store, true);
    if (!head)
        return head.error();
    // What was verified is what is signed: the head as the check saw it.
    const qint64 seq = verified.headSeq;
    if (seq == 0 || seq <= head->baseSeq)
        return Made();
    Result<std::optional<QVariant>> last
        = rows::single(store.exec(QStringLiteral("SELECT MAX(seq) FROM audit_checkpoints")));
    if (!last)
        return last.error();
    const qint64 lastSeq = *last ? (*last)->toLongLong() : 0;
    if (lastSeq == seq)
        return Made();
    Result<std::optional<AuditEvent>> event = eventAt(store, seq);
    if (!event)
        return event.error();
    if (!*event || (*event)->hash != verified.headHash)
        return makeError(ErrorCode::Conflict,
                         QStringLiteral("event %1 changed while it was being verified: "
                                        "nothing was signed")
                             .arg(seq));
    // Only the previous checkpoint's own record since then: nothing new to pin.
    if (lastSeq == seq - 1 && (*event)->action == kCheckpointAction)
        return Made();
    AuditCheckpoint c;
    c.seq = seq;
    c.hash = verified.headHash;
    c.atMs = store.clock().nowMs();
    c.keyId = crypto::keyFingerprint(publicKey);
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
}

// The acknowledgement names the first break the check found, or an event before it from which
// the operator knows the damage starts.
Result<void> checkBreakAt(const AuditVerification &found, qint64 seq)
{
    if (seq > found.provenTo && seq <= found.firstBadSeq)
        return {};
    return makeError(ErrorCode::InvalidInput,
                     QStringLiteral("the first unacknowledged break is at event %1, not %2: "
                                    "%3. Acknowledge that one (--at %1%4); a break after it "
                                    "is acknowledged on its own")
                         .arg(found.firstBadSeq)
                         .arg(seq)
                         .arg(found.problem,
                              found.provenTo + 1 < found.firstBadSeq
                                  ? QStringLiteral(", or at any event from %1 on, where you "
                                                   "know the damage starts")
                                        .arg(found.provenTo + 1)
                                  : QString()));
}

// Inside the acknowledgement's transaction: pins the chain as it is, signs, moves the head to
// the last event, stores the record, retires the checkpoints the break lost, audits.
Result<BreakAcknowledgement> storeAcknowledgement(Store &store, const Caller &caller,
                                                  const SigningKeys &keys, BreakAcknowledgement ack)
{
    Result<AuditHead> head = readHead(store, true);
    if (!head)
        return head.error();
    if (Result<void> pinned = pinChain(store, *head, ack); !pinned)
        return pinned.error();
    ack.atMs = store.clock().nowMs();
    Result<QByteArray> signature = sign(store, breakAcknowledgementMessage(ack));
    if (!signature)
        return signature.error();
    ack.signature = *signature;
    // New events continue from the last event, whatever the head record said.
    if (head->seq != ack.headSeq || head->hash != ack.headHash) {
        if (Result<Query> moved
            = store.exec(QStringLiteral("UPDATE audit_head SET seq = ?, hash = ? WHERE id = 1"),
                         {ack.headSeq, ack.headHash});
            !moved)
            return moved.error();
        store.setChainHead(std::nullopt); // the next append reads where it moved to
    }
    Result<qint64> id = rows::insertedId(store.exec(
        QStringLiteral("INSERT INTO audit_break_acks (seq, at, signature, record) VALUES "
                       "(?, ?, ?, ?) RETURNING id"),
        {ack.seq, ack.atMs, ack.signature,
         QString::fromUtf8(anchorLine(Anchor::of(ack)).trimmed())}));
    if (!id)
        return id.error();
    Result<int> retired = retireLostCheckpoints(store, keys, ack, *id);
    if (!retired)
        return retired.error();
    AuditEvent e = systemEvent(caller, QStringLiteral("audit.break_acknowledge"));
    e.objectId = QString::number(ack.seq);
    e.reason = ack.reason;
    e.detail = QStringLiteral("seq=%1 prev_seq=%2 resume_seq=%3 head_seq=%4 "
                              "checkpoints_retired=%5 os_user=%6 key_id=%7 problem=%8")
                   .arg(ack.seq)
                   .arg(ack.prevSeq)
                   .arg(ack.resumeSeq)
                   .arg(ack.headSeq)
                   .arg(*retired)
                   .arg(ack.osUser, ack.keyId, ack.problem);
    if (Result<AuditEvent> logged = append(store, e); !logged)
        return logged.error();
    return ack;
}

// What keeps the events up to base from being purged: a break in the chain (one an operator
// acknowledged goes with its events) or a difference from the signed checkpoint; "" when none.
Result<QString> problemBefore(const Store &store, const AuditHead &head,
                              const AuditCheckpoint &base, const AnchorSet &anchors)
{
    qint64 position = head.baseSeq;
    QString previousHash = head.baseHash;
    while (position < base.seq) {
        Result<Query> rows = store.exec(
            EventRow::select + QStringLiteral("WHERE seq > ? AND seq <= ? ORDER BY seq LIMIT ?"),
            {position, base.seq, kBatch});
        if (!rows)
            return rows.error();
        bool any = false;
        while (rows->next()) {
            any = true;
            const AuditEvent e = EventRow::read(*rows);
            // A break an operator acknowledged goes with its events.
            const BreakAcknowledgement *ack = anchors.resumingAfter(position, previousHash);
            const bool acknowledged = ack && e.seq == ack->resumeSeq
                && hashOf(e) == ack->resumeContentHash && e.hash == ack->resumeHash;
            if (!acknowledged
                && (e.seq != position + 1 || e.prevHash != previousHash || hashOf(e) != e.hash))
                return QStringLiteral("the chain is broken at event %1").arg(e.seq);
            position = e.seq;
            previousHash = e.hash;
        }
        if (!any)
            return QStringLiteral("event %1 is missing").arg(position + 1);
    }
    if (previousHash != base.hash)
        return QStringLiteral("event %1 differs from its signed checkpoint").arg(base.seq);
    return QString();
}

// Deletes the events up to base and the checkpoints before it, and makes base the chain's base.
Result<AuditPurge> deletePrefix(Store &store, const AuditCheckpoint &base)
{
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
    return purge;
}

} // namespace

SentRead sendHeadRead(const Store &store)
{
    // Locking the head serialises appends from every server sharing the database, so the
    // chain stays one line however many write at once. The head event's time comes along: a
    // new event is never earlier, even if the clock went back.
    if (store.chainHead())
        return {};
    return store.sendRead(AppendHeadRow::select + store.dialect().lockRowSuffix(), {1});
}

Result<AuditEvent> append(Store &store, AuditEvent event, SentRead sentHead)
{
    std::optional<Store::ChainHead> head = store.chainHead();
    if (!head) {
        Result<Query> q = store.receive(sentHead ? std::move(sentHead) : sendHeadRead(store));
        if (!q)
            return q.error();
        if (!q->next())
            return makeError(ErrorCode::Internal,
                             QStringLiteral("the audit chain head is missing"));
        head = Store::ChainHead {q->value(AppendHeadRow::Seq).toLongLong(),
                                 q->value(AppendHeadRow::Hash).toString(),
                                 q->value(AppendHeadRow::At).toLongLong()};
        q->finish();
    }
    event.seq = head->seq + 1;
    event.prevHash = head->hash;
    event.atMs = std::max(store.clock().nowMs(), head->atMs);
    event.hash = hashOf(event);

    Result<Query> inserted = store.exec(
        QStringLiteral("INSERT INTO audit_events (seq, at, actor_id, actor, action, object_type, "
                       "object_id, reason, outcome, detail, prev_hash, hash) VALUES (?, ?, ?, ?, "
                       "?, ?, ?, ?, ?, ?, ?, ?)"),
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
    store.setChainHead(Store::ChainHead {event.seq, event.hash, event.atMs});
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
    return rows::readAll<AuditEvent>(
        store.exec(EventRow::select + QStringLiteral("WHERE seq > ? ORDER BY seq LIMIT ?"),
                   {afterSeq, limit}),
        EventRow::read);
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
    const QString sql = EventRow::select
        + QStringLiteral("%1ORDER BY seq%2 LIMIT ?")
              .arg(where.isEmpty() ? QString()
                                   : QStringLiteral("WHERE ") + where.join(QStringLiteral(" AND "))
                           + QLatin1Char(' '),
                   filter.descending ? QStringLiteral(" DESC") : QString());
    Result<Query> q = store.exec(sql, args);
    if (!q)
        return q.error();
    Page<AuditEvent> page;
    while (q->next())
        page.items.append(EventRow::read(*q));
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
    Result<SigningKey> key = currentSigningKey(store);
    if (!key)
        return key.error();
    return key->publicKey;
}

Result<QList<AuditCheckpoint>> checkpoints(const Store &store, qint64 afterSeq, int limit)
{
    return rows::readAll<AuditCheckpoint>(
        store.exec(CheckpointRow::select + QStringLiteral("WHERE c.seq > ? ORDER BY c.seq LIMIT ?"),
                   {afterSeq, limit}),
        CheckpointRow::read);
}

Result<QByteArray> signManifest(const Store &store, const QByteArray &manifest)
{
    QJsonParseError parsed;
    const QJsonDocument document = QJsonDocument::fromJson(manifest, &parsed);
    const QString format = document.object().value(QStringLiteral("format")).toString();
    if (parsed.error != QJsonParseError::NoError || !document.isObject() || format.isEmpty()
        || format == QLatin1String(kExportFormat))
        return makeError(ErrorCode::Internal,
                         QStringLiteral("only a JSON object naming its own format is signed as a "
                                        "manifest"));
    return sign(store, manifest);
}

Result<SigningKeys> signingKeys(const Store &store)
{
    return signingKeyHistory(store);
}

Result<AnchorFileContents> readAnchorFile(const Store &store)
{
    Result<AnchorFileContents> contents = AnchorFile(store.dataDir().auditAnchorsFile()).read();
    if (!contents)
        return contents;
    Result<Query> q = store.exec(AnchorFileRow::select, {anchorWitness(store)});
    if (!q)
        return q.error();
    if (!q->next())
        return contents;
    const qint64 written = q->value(AnchorFileRow::Lines).toLongLong();
    const QString lastLineHash = q->value(AnchorFileRow::LastLineSha256).toString();
    const QString writtenAt = isoTime(q->value(AnchorFileRow::UpdatedAt).toLongLong());
    q->finish();
    if (written <= 0 || !contents->problem.isEmpty())
        return contents;
    AnchorFileContents &c = contents.value();
    if (!c.exists) {
        c.problem = QStringLiteral("the file is missing, but this instance wrote %1 line(s) to it, "
                                   "the last at %2")
                        .arg(written)
                        .arg(writtenAt);
        c.badLine = 1;
    } else if (c.anchors.size() < written) {
        c.problem = QStringLiteral("it has %1 line(s), but this instance wrote %2 (the last at "
                                   "%3): it was cut short or replaced by an older copy")
                        .arg(c.anchors.size())
                        .arg(written)
                        .arg(writtenAt);
        c.badLine = int(c.anchors.size()) + 1;
    } else if (lineHash(c.anchors.at(written - 1)) != lastLineHash) {
        c.problem = QStringLiteral("line %1 is not the line this instance wrote there (at %2): "
                                   "the file was edited or replaced")
                        .arg(written)
                        .arg(writtenAt);
        c.badLine = int(written);
    }
    return contents;
}

Result<int> syncAnchors(Store &store)
{
    Result<AnchorFileContents> file = readAnchorFile(store);
    if (!file)
        return file.error();
    if (!file->problem.isEmpty())
        return 0; // the check reports it; appending would bury the damage
    Result<SigningKeys> keys = signingKeys(store);
    if (!keys)
        return keys.error();
    Result<AuditHead> head = readHead(store, false);
    if (!head)
        return head.error();
    Result<QList<Anchor>> seen = unanchored(store, *file);
    if (!seen)
        return seen.error();
    QList<BreakAcknowledgement> acknowledgements;
    for (const Anchor &a : std::as_const(file->anchors)) {
        if (a.kind == Anchor::Kind::BreakAcknowledgement)
            acknowledgements.append(a.acknowledgement);
    }
    QList<Anchor> approved;
    for (const Anchor &candidate : std::as_const(*seen)) {
        if (!signedByKnownKey(candidate, *keys)) {
            qCWarning(lcAnchors).noquote()
                << "not anchoring a record of the database whose signature does not verify:"
                << QString::fromUtf8(anchorLine(candidate).trimmed());
            continue;
        }
        // Made before an acknowledgement of a break at or before it: history the break lost.
        if (retiredBy(acknowledgements, candidate.seq(), candidate.atMs()))
            continue;
        if (candidate.kind == Anchor::Kind::Checkpoint && candidate.seq() <= head->baseSeq)
            continue; // purged: nothing left to pin
        Result<bool> agrees = agreesWithChain(store, *head, candidate);
        if (!agrees)
            return agrees.error();
        if (!*agrees) {
            qCWarning(lcAnchors).noquote()
                << "not anchoring a signed record of the database that does not match the chain:"
                << QString::fromUtf8(anchorLine(candidate).trimmed());
            continue;
        }
        approved.append(candidate);
        if (candidate.kind == Anchor::Kind::BreakAcknowledgement)
            acknowledgements.append(candidate.acknowledgement);
    }
    // Also when nothing is new: a directory copied to another host or path starts its record.
    if (Result<void> appended = approved.isEmpty() ? recordAnchorLines(store, false)
                                                   : appendAnchors(store, approved, false);
        !appended)
        return appended.error();
    return int(approved.size());
}

Result<std::optional<AuditCheckpoint>> checkpoint(Store &store, const Caller &caller,
                                                  VerifyScope scope,
                                                  std::optional<AuditVerification> *checked)
{
    using Made = std::optional<AuditCheckpoint>;
    if (Result<int> synced = syncAnchors(store); !synced)
        return synced.error();
    Result<AuditVerification> verified = verify(store, {}, scope);
    if (!verified)
        return verified.error();
    if (checked)
        *checked = verified.value();
    if (!verified->intact)
        return makeError(ErrorCode::Conflict,
                         QStringLiteral("refusing to sign a checkpoint over a broken audit chain: "
                                        "event %1: %2. Nothing was signed; once the cause is "
                                        "known, record it with `compliancectl audit "
                                        "acknowledge-break --at %1 --reason TEXT`")
                             .arg(verified->firstBadSeq)
                             .arg(verified->problem));
    Result<QByteArray> publicKey = signingPublicKey(store);
    if (!publicKey)
        return publicKey.error();
    Result<Made> made = store.transaction(
        [&]() -> Result<Made> { return signHead(store, caller, *verified, *publicKey); });
    if (!made || !*made)
        return made;
    // After the commit: a checkpoint the file lacks is appended by the next check (it is in
    // the database), while an anchor of one that was rolled back would pin nothing real.
    if (Result<void> anchored = appendAnchors(store, {Anchor::of(**made)}, false); !anchored)
        return makeError(anchored.error().code,
                         QStringLiteral("the checkpoint of event %1 is signed and stored, but "
                                        "not yet anchored outside the database: %2")
                             .arg((**made).seq)
                             .arg(anchored.error().message));
    return made;
}

Result<BreakAcknowledgement> acknowledgeBreak(Store &store, const Caller &caller,
                                              const QString &osUser, qint64 seq,
                                              const QString &reason)
{
    const QString why = reason.trimmed();
    if (why.size() < store.policy().minReasonLength || why.size() > 2000 || why.contains(QChar(0)))
        return makeError(ErrorCode::InvalidInput,
                         QStringLiteral("say why in --reason: what was found and what was done, "
                                        "%1 to 2000 characters")
                             .arg(store.policy().minReasonLength));
    if (Result<int> synced = syncAnchors(store); !synced)
        return synced.error();
    Result<AuditVerification> found = verify(store);
    if (!found)
        return found.error();
    if (found->intact)
        return makeError(ErrorCode::Conflict,
                         QStringLiteral("the audit chain has no unacknowledged break: nothing to "
                                        "acknowledge"));
    if (Result<void> matches = checkBreakAt(*found, seq); !matches)
        return matches.error();
    Result<AnchorFileContents> file = readAnchorFile(store);
    if (!file)
        return file.error();
    Result<SigningKeys> keys = signingKeys(store);
    if (!keys)
        return keys.error();
    Result<QByteArray> publicKey = signingPublicKey(store);
    if (!publicKey)
        return publicKey.error();

    BreakAcknowledgement ack;
    ack.seq = seq;
    ack.retiresAnchors = found->breakKey.startsWith(QLatin1String("anchor"));
    ack.problem = found->problem.left(4000);
    ack.reason = why;
    ack.actor = caller.username.isEmpty() ? QStringLiteral("system") : caller.username;
    ack.osUser = osUser.left(200);
    ack.keyId = crypto::keyFingerprint(*publicKey);
    Result<BreakAcknowledgement> made = store.transaction([&]() -> Result<BreakAcknowledgement> {
        return storeAcknowledgement(store, caller, *keys, ack);
    });
    if (!made)
        return made;
    if (Result<void> anchored = anchorAcknowledgement(store, *file, *made); !anchored)
        return makeError(anchored.error().code,
                         QStringLiteral("the acknowledgement is signed and stored, but not yet "
                                        "anchored outside the database: %1")
                             .arg(anchored.error().message));
    return made;
}

Result<std::optional<AuditPurge>> purgeExpired(Store &store, const Caller &caller)
{
    using Purged = std::optional<AuditPurge>;
    const qint64 cutoff = QDateTime::fromMSecsSinceEpoch(store.clock().nowMs(), Qt::UTC)
                              .addMonths(-store.policy().auditRetentionMonths)
                              .toMSecsSinceEpoch();
    // What is deleted must be intact up to a checkpoint that verifies, and the anchors sound: a
    // purge never destroys the evidence of a change.
    const auto refuse = [](const QString &why) {
        return makeError(ErrorCode::Conflict,
                         QStringLiteral("refusing to purge old audit events: %1; run "
                                        "`compliancectl audit verify`")
                             .arg(why));
    };
    Result<AnchorFileContents> file = readAnchorFile(store);
    if (!file)
        return file.error();
    Result<SigningKeys> keys = signingKeys(store);
    if (!keys)
        return keys.error();
    const AnchorSet anchors(file->anchors, *keys, AnchorSet::Signatures::NewestAndAcknowledgements);
    if (!file->problem.isEmpty() || !anchors.ok())
        return refuse(QStringLiteral("the anchor file is damaged: %1")
                          .arg(file->problem.isEmpty() ? anchors.problem() : file->problem));
    return store.transaction([&]() -> Result<Purged> {
        Result<AuditHead> head = readHead(store, true);
        if (!head)
            return head.error();
        // Signed before the cutoff, so its event is older too; verification holds the base's
        // checkpoint to the same rule.
        Result<Query> q = store.exec(
            CheckpointRow::select
                + QStringLiteral("JOIN audit_events e ON e.seq = c.seq WHERE c.at < ? AND c.seq > "
                                 "? ORDER BY c.seq DESC LIMIT 1"),
            {cutoff, head->baseSeq});
        if (!q)
            return q.error();
        if (!q->next())
            return Purged();
        const AuditCheckpoint base = CheckpointRow::read(*q);
        q->finish();
        // Signed by any key of the history (an older checkpoint by a key since rotated).
        if (!crypto::ed25519Verify(keys->value(base.keyId),
                                   checkpointMessage(base.seq, base.hash, base.atMs),
                                   base.signature))
            return refuse(
                QStringLiteral("the checkpoint at event %1 does not verify").arg(base.seq));
        Result<QString> problem = problemBefore(store, *head, base, anchors);
        if (!problem)
            return problem.error();
        if (!problem->isEmpty())
            return refuse(*problem);
        Result<AuditPurge> purge = deletePrefix(store, base);
        if (!purge)
            return purge.error();
        AuditEvent e = systemEvent(caller, QStringLiteral("audit.purge"));
        e.objectType = QStringLiteral("audit_checkpoint");
        e.objectId = QString::number(base.seq);
        e.detail = QStringLiteral("base_seq=%1 events_deleted=%2 checkpoints_deleted=%3 "
                                  "older_than=%4 retention_months=%5")
                       .arg(base.seq)
                       .arg(purge->eventsDeleted)
                       .arg(purge->checkpointsDeleted)
                       .arg(isoTime(cutoff))
                       .arg(store.policy().auditRetentionMonths);
        if (Result<AuditEvent> logged = append(store, e); !logged)
            return logged.error();
        return Purged(*purge);
    });
}

Verifier::Verifier(const Store &store, VerifyScope scope)
    : m_store(store)
    , m_scope(scope)
{ }

bool Verifier::broken(qint64 seq, const QString &problem, const QString &key)
{
    m_result.intact = false;
    m_result.firstBadSeq = seq;
    m_result.problem = problem;
    m_result.breakKey = key.isEmpty() ? QStringLiteral("event:%1").arg(seq) : key;
    m_result.provenTo = seq - 1;
    m_done = true;
    return false;
}

bool Verifier::brokenAtAnchor(qint64 seq, const QString &problem, const AnchorPin &pin)
{
    broken(seq, problem, QStringLiteral("anchor:%1:%2").arg(pin.seq).arg(pin.hash.left(16)));
    const std::optional<AnchorPin> good = m_anchors.before(std::min(pin.seq, m_head.seq + 1));
    m_result.provenTo = std::min(std::max(good ? good->seq : 0, m_head.baseSeq), seq - 1);
    return false;
}

bool Verifier::checkCheckpoint(const AuditCheckpoint &c, const QString &eventHash)
{
    const QByteArray key = m_keys.value(c.keyId);
    if (key.isEmpty())
        return broken(c.seq,
                      QStringLiteral("the checkpoint of event %1 names another key (%2), "
                                     "not this store's %3")
                          .arg(c.seq)
                          .arg(c.keyId, QStringList(m_keys.keys()).join(QStringLiteral(", "))));
    if (!crypto::ed25519Verify(key, checkpointMessage(c.seq, c.hash, c.atMs), c.signature))
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

QString Verifier::anchorName(const AnchorPin &pin) const
{
    return QStringLiteral("the %1 anchored outside the database (%2, line %3, signed %4)")
        .arg(pin.fromAcknowledgement ? QStringLiteral("break acknowledgement")
                                     : QStringLiteral("checkpoint"),
             QFileInfo(m_store.dataDir().auditAnchorsFile()).fileName())
        .arg(pin.line)
        .arg(isoTime(pin.atMs));
}

bool Verifier::checkAnchorPin(const AuditEvent &e)
{
    const std::optional<AnchorPin> pin = m_anchors.pinAt(e.seq);
    if (!pin)
        return true;
    if (pin->hash == e.hash) {
        ++m_result.anchorsMatched;
        return true;
    }
    const std::optional<AnchorPin> good = m_anchors.before(e.seq);
    return brokenAtAnchor(e.seq,
                          QStringLiteral("event %1 differs from %2: the chain was rewritten after "
                                         "event %3 and at or before event %1")
                              .arg(e.seq)
                              .arg(anchorName(*pin))
                              .arg(std::max(good ? good->seq : 0, m_head.baseSeq)),
                          *pin);
}

bool Verifier::checkEvent(const AuditEvent &e)
{
    const BreakAcknowledgement *ack
        = m_anchors.resumingAfter(m_position, QString::fromUtf8(m_previousHash));
    if (ack && e.seq == ack->resumeSeq) {
        // The break an operator acknowledged: the event is accepted as it was then, however it
        // links to the one before, but not if it changed since.
        if (hashOf(e) != ack->resumeContentHash || e.hash != ack->resumeHash)
            return broken(e.seq,
                          QStringLiteral("event %1 changed after the break at event %2 was "
                                         "acknowledged (%3)")
                              .arg(e.seq)
                              .arg(ack->seq)
                              .arg(isoTime(ack->atMs)));
    } else if (!checkLink(e.seq, e.prevHash == QString::fromUtf8(m_previousHash),
                          hashOf(e) == e.hash)) {
        return false;
    }
    if (const auto c = m_checkpoints.find(e.seq);
        c != m_checkpoints.end() && !checkCheckpoint(c->second, e.hash))
        return false;
    if (!checkAnchorPin(e))
        return false;
    // Each checkpoint is recorded in the chain: a removed checkpoint leaves its record. One an
    // acknowledgement retired is not required where the acknowledged chain records it.
    if (e.action == kCheckpointAction && e.objectType == QLatin1String("audit_checkpoint")) {
        const qint64 pinned = e.objectId.toLongLong();
        const QList<BreakAcknowledgement> &acks = m_anchors.acknowledgements();
        const bool retired = std::any_of(acks.cbegin(), acks.cend(), [&](const auto &a) {
            return a.seq <= pinned && e.seq <= a.headSeq;
        });
        if (pinned > m_head.baseSeq && !m_checkpoints.count(pinned) && !retired)
            return broken(pinned,
                          QStringLiteral("the signed checkpoint of event %1, "
                                         "recorded by event %2, was removed")
                              .arg(pinned)
                              .arg(e.seq));
    }
    advance(e.seq, e.hash.toUtf8());
    return true;
}

bool Verifier::checkedWhole(qint64 seq) const
{
    return m_checkpoints.count(seq) || m_anchors.pinAt(seq) || m_anchors.resumingAt(seq);
}

bool Verifier::checkLink(qint64 seq, bool follows, bool unaltered)
{
    if (seq != m_position + 1)
        return broken(m_position + 1, QStringLiteral("event %1 is missing").arg(m_position + 1));
    if (!follows)
        return broken(seq,
                      QStringLiteral("event %1 does not follow event %2 (removed or reordered)")
                          .arg(seq)
                          .arg(seq - 1));
    if (!unaltered)
        return broken(seq, QStringLiteral("event %1 was altered").arg(seq));
    return true;
}

void Verifier::advance(qint64 seq, QByteArrayView hash)
{
    m_position = seq;
    // In place: the walk's buffer keeps its capacity, so a link costs no allocation here.
    m_previousHash.resize(hash.size());
    std::copy(hash.begin(), hash.end(), m_previousHash.begin());
    ++m_result.eventCount;
}

Result<void> Verifier::loadCheckpoints()
{
    // One checkpoint per interval: a few thousand a year, held in memory for the walk.
    for (qint64 after = -1;;) {
        Result<QList<AuditCheckpoint>> page = checkpoints(m_store, after, kBatch);
        if (!page)
            return page.error();
        for (const AuditCheckpoint &c : page.value())
            m_checkpoints.emplace(c.seq, c);
        if (page->size() < kBatch)
            return {};
        after = page->last().seq;
    }
}

bool Verifier::loadAnchors(const AnchorFileContents &file)
{
    const QString name = QFileInfo(m_store.dataDir().auditAnchorsFile()).fileName();
    if (!file.problem.isEmpty()) {
        // Events after the newest anchor still readable are no longer witnessed.
        const AnchorSet readable(file.anchors, m_keys,
                                 AnchorSet::Signatures::NewestAndAcknowledgements);
        const std::optional<AnchorPin> newest = readable.ok() ? readable.newest() : std::nullopt;
        const qint64 witnessed
            = std::clamp(newest ? newest->seq : m_head.baseSeq, m_head.baseSeq, m_head.seq);
        return broken(witnessed + 1,
                      QStringLiteral("the anchor file %1 is damaged: %2; %3")
                          .arg(name, file.problem,
                               witnessed > m_head.baseSeq
                                   ? QStringLiteral("events after %1 are no longer witnessed "
                                                    "outside the database")
                                         .arg(witnessed)
                                   : QStringLiteral("no event is witnessed outside the database "
                                                    "any more")),
                      QStringLiteral("anchors:file:%1").arg(file.badLine));
    }
    m_anchors = AnchorSet(file.anchors, m_keys,
                          m_scope == VerifyScope::Full
                              ? AnchorSet::Signatures::All
                              : AnchorSet::Signatures::NewestAndAcknowledgements);
    m_result.acknowledgedBreaks = m_anchors.acknowledgements();
    if (!m_anchors.ok())
        return broken(std::max(m_anchors.problemSeq(), m_head.baseSeq + 1),
                      QStringLiteral("%1: %2").arg(name, m_anchors.problem()),
                      QStringLiteral("anchors:line:%1").arg(m_anchors.problemLine()));
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
    m_position = m_head.seq;
    m_previousHash = m_head.hash.toUtf8();
    Result<SigningKeys> keys = signingKeys(m_store);
    if (!keys)
        return keys.error();
    m_keys = keys.value();
    if (Result<void> loaded = loadCheckpoints(); !loaded)
        return loaded;
    Result<AnchorFileContents> file = readAnchorFile(m_store);
    if (!file)
        return file.error();
    if (!loadAnchors(*file))
        return {};
    return m_scope == VerifyScope::Full ? startAtBase() : startAtNewestAnchor();
}

Result<void> Verifier::startAtBase()
{
    m_position = m_head.baseSeq;
    m_previousHash = m_head.baseHash.toUtf8();
    m_result.startSeq = m_head.baseSeq;
    // An acknowledgement of a break right after the base pins the base itself.
    if (m_head.baseSeq > 0 && !m_anchors.resumingAfter(m_head.baseSeq, m_head.baseHash)) {
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
        // Retention moves the base only to a checkpoint signed before its cutoff: a prefix cut
        // at a newer checkpoint is not a purge.
        const qint64 cutoff = QDateTime::fromMSecsSinceEpoch(m_store.clock().nowMs(), Qt::UTC)
                                  .addMonths(-m_store.policy().auditRetentionMonths)
                                  .toMSecsSinceEpoch();
        if (base->second.atMs >= cutoff) {
            broken(m_head.baseSeq + 1,
                   QStringLiteral("the chain starts after event %1, whose checkpoint was signed "
                                  "%2, less than %3 months ago: retention removes only older "
                                  "events, so events up to %1 were cut")
                       .arg(m_head.baseSeq)
                       .arg(isoTime(base->second.atMs))
                       .arg(m_store.policy().auditRetentionMonths));
            return {};
        }
    }
    if (const std::optional<AnchorPin> pin = m_anchors.pinAt(m_head.baseSeq);
        pin && m_head.baseSeq > 0 && pin->hash != m_head.baseHash) {
        brokenAtAnchor(m_head.baseSeq + 1,
                       QStringLiteral("the chain's base, event %1, differs from %2")
                           .arg(m_head.baseSeq)
                           .arg(anchorName(*pin)),
                       *pin);
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

Result<void> Verifier::startAtNewestAnchor()
{
    const std::optional<AnchorPin> pin = m_anchors.newest();
    if (!pin) {
        // No anchor yet (a store older than anchors): the newest signed checkpoint stands in.
        const auto after = m_checkpoints.upper_bound(m_head.seq);
        if (after != m_checkpoints.begin() && std::prev(after)->first > m_head.baseSeq)
            return startAtCheckpoint(std::prev(after)->second);
    }
    if (!pin || pin->seq <= m_head.baseSeq)
        return startAtBase();
    if (pin->seq > m_head.seq) {
        // The chain ends before the anchor: finish() says so.
        m_result.startSeq = m_head.seq;
        return {};
    }
    Result<std::optional<AuditEvent>> event = eventAt(m_store, pin->seq);
    if (!event)
        return event.error();
    if (!*event) {
        brokenAtAnchor(pin->seq,
                       QStringLiteral("event %1 is missing, though %2 pins it")
                           .arg(pin->seq)
                           .arg(anchorName(*pin)),
                       *pin);
        return {};
    }
    const AuditEvent &e = **event;
    if (!checkAnchorPin(e))
        return {};
    const BreakAcknowledgement *ack = m_anchors.resumingAt(e.seq);
    const bool acknowledged = ack && hashOf(e) == ack->resumeContentHash;
    if (hashOf(e) != e.hash && !acknowledged) {
        broken(e.seq, QStringLiteral("event %1 was altered").arg(e.seq));
        return {};
    }
    m_position = e.seq;
    m_previousHash = e.hash.toUtf8();
    m_result.startSeq = e.seq;
    return {};
}

Result<void> Verifier::startAtCheckpoint(const AuditCheckpoint &c)
{
    Result<std::optional<AuditEvent>> event = eventAt(m_store, c.seq);
    if (!event)
        return event.error();
    if (!*event) {
        broken(
            c.seq,
            QStringLiteral("event %1 is missing, though a signed checkpoint pins it").arg(c.seq));
        return {};
    }
    const AuditEvent &e = **event;
    if (!checkCheckpoint(c, e.hash))
        return {};
    if (hashOf(e) != e.hash) {
        broken(e.seq, QStringLiteral("event %1 was altered").arg(e.seq));
        return {};
    }
    m_position = e.seq;
    m_previousHash = e.hash.toUtf8();
    m_result.startSeq = e.seq;
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
        m_previousHash = now->baseHash.toUtf8();
    }
    StepEvents events;
    {
        Result<Query> q = m_store.exec(
            EventRow::select + QStringLiteral("WHERE seq > ? AND seq <= ? ORDER BY seq LIMIT ?"),
            {m_position, m_head.seq, maxEvents});
        if (!q)
            return q.error();
        while (q->next()) {
            const ColumnBytes seq = q->bytes(EventRow::Seq);
            if (seq.type != ColumnBytes::Type::Integer || checkedWhole(seq.integer)
                || !events.addLink(*q))
                events.addWhole(*q);
        }
    }
    if (!events.hash())
        return makeError(ErrorCode::Internal, QStringLiteral("SHA-256 failed"));
    const std::vector<StepEvents::Link> &links = events.links();
    for (size_t i = 0; i < links.size(); ++i) {
        const StepEvents::Link &link = links[i];
        if (link.whole >= 0) {
            if (!checkEvent(events.whole(link)))
                return true;
            continue;
        }
        if (!checkLink(link.seq, events.prevHash(link) == m_previousHash, events.unaltered(i)))
            return true;
        advance(link.seq, events.storedHash(link));
    }
    const int rows = int(links.size());
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
    if (QString::fromUtf8(m_previousHash) != m_head.hash) {
        broken(m_head.seq,
               QStringLiteral("the chain's head record does not match event %1").arg(m_head.seq));
        return {};
    }
    // An anchor past the head: events were cut from the end and the head moved back. The
    // anchors were read when the walk began, so none was made since.
    if (const std::optional<AnchorPin> pin = m_anchors.newest(); pin && pin->seq > m_head.seq) {
        brokenAtAnchor(m_head.seq + 1,
                       QStringLiteral("the chain ends at event %1, but %2 pins event %3: %4")
                           .arg(m_head.seq)
                           .arg(anchorName(*pin))
                           .arg(pin->seq)
                           .arg(pin->seq == m_head.seq + 1
                                    ? QStringLiteral("event %1 was removed").arg(pin->seq)
                                    : QStringLiteral("events %1 to %2 were removed")
                                          .arg(m_head.seq + 1)
                                          .arg(pin->seq)),
                       *pin);
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

Result<AuditVerification> verify(const Store &store, const VerifyProgress &progress,
                                 VerifyScope scope)
{
    Verifier verifier(store, scope);
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
            EventRow::select + QStringLiteral("WHERE seq > ? AND seq <= ? ORDER BY seq LIMIT ?"),
            {position, lastSeq, kBatch});
        if (!q)
            return q.error();
        const qint64 before = position;
        while (q->next()) {
            const AuditEvent e = EventRow::read(*q);
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
