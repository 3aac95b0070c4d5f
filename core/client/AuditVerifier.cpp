#include "AuditVerifier.h"

#include "ApiClient.h"
#include "crypto/Signature.h"

#include <algorithm>

#include <QJsonArray>
#include <QLoggingCategory>

Q_LOGGING_CATEGORY(lcVerifier, "compliance.client.auditverifier", QtInfoMsg)

namespace cc::client {

namespace {

// Plurals spelled out: without a loaded translation, %n alone would print "event(s)".
QString events(qint64 n)
{
    return n == 1 ? AuditVerifier::tr("1 event") : AuditVerifier::tr("%1 events").arg(n);
}

QString shortHash(const QString &hash)
{
    return hash.isEmpty() ? AuditVerifier::tr("(none)") : hash.left(16) + QStringLiteral("…");
}

} // namespace

AuditVerifier::AuditVerifier(ApiClient *client, VerifiedHeadStore *heads, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_heads(heads)
{
    qRegisterMetaType<Outcome>();
}

AuditVerifier::~AuditVerifier()
{
    if (m_job) {
        m_job->disconnect(this);
        m_job->abort();
    }
}

QString AuditVerifier::problemName(Problem problem)
{
    switch (problem) {
    case Problem::None:
        return tr("intact");
    case Problem::Altered:
        return tr("event altered");
    case Problem::Missing:
        return tr("event removed");
    case Problem::Unlinked:
        return tr("chain broken (reordered or inserted)");
    case Problem::Truncated:
        return tr("log truncated");
    case Problem::Rewritten:
        return tr("history rewritten");
    case Problem::CheckpointMismatch:
        return tr("checkpoint mismatch");
    case Problem::ForgedCheckpoint:
        return tr("forged checkpoint");
    case Problem::CheckpointRemoved:
        return tr("checkpoint removed");
    case Problem::KeyChanged:
        return tr("signing key changed");
    case Problem::AnchorsDamaged:
        return tr("anchors damaged");
    case Problem::HeadMismatch:
        return tr("head mismatch");
    case Problem::Incomplete:
        return tr("cannot verify");
    case Problem::Error:
        return tr("error");
    case Problem::Cancelled:
        return tr("cancelled");
    }
    return {};
}

VerifiedHead AuditVerifier::remembered() const
{
    return m_client && m_heads ? m_heads->load(m_client->serverKey()) : VerifiedHead();
}

void AuditVerifier::acceptNewSigningKey()
{
    if (!m_client || !m_heads)
        return;
    VerifiedHead head = m_heads->load(m_client->serverKey());
    if (!head.isValid())
        return;
    // The old key's checkpoint cannot be checked with the new one; the remembered head
    // still pins the history.
    head.keyId.clear();
    head.publicKey.clear();
    head.checkpointSeq = 0;
    head.checkpointHash.clear();
    m_heads->save(m_client->serverKey(), head);
}

QString AuditVerifier::when(const QDateTime &time) const
{
    return time.toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm 'UTC'"));
}

void AuditVerifier::start()
{
    if (m_running || !m_client)
        return;
    m_running = true;
    m_server = m_client->serverKey();
    m_outcome = {};
    m_outcome.previous = m_heads ? m_heads->load(m_server) : VerifiedHead();
    m_key = {};
    m_anchorLines.clear();
    m_anchors = {};
    m_checkpoints.clear();
    m_expectedSeq = 0;
    m_previousHash.clear();
    emit started();
    requestKey();
}

void AuditVerifier::cancel()
{
    if (!m_running)
        return;
    if (m_job) {
        m_job->disconnect(this);
        m_job->abort();
    }
    fail(Problem::Cancelled, 0,
         tr("Verification cancelled after %1.").arg(events(m_outcome.eventsChecked)));
}

ApiJob *AuditVerifier::call(const QString &path, const QUrlQuery &query)
{
    m_job = m_client->get(path, query);
    return m_job;
}

bool AuditVerifier::jobFailed(ApiJob *job, const QString &what)
{
    m_job = nullptr;
    if (job->ok())
        return false;
    fail(Problem::Error, 0, tr("Could not read %1: %2").arg(what, job->error().message));
    return true;
}

void AuditVerifier::requestKey()
{
    connect(call(QStringLiteral("/audit/signing-key"), {}), &ApiJob::finished, this,
            [this](ApiJob *job) {
                if (jobFailed(job, tr("the server's signing key")))
                    return;
                m_key = AuditSigningKey::fromJson(job->json());
                m_outcome.keyId = m_key.keyId;
                if (m_key.algorithm != QLatin1String("Ed25519")
                    || m_key.publicKey.size() != crypto::kEd25519PublicKeyBytes
                    || crypto::keyFingerprint(m_key.publicKey) != m_key.keyId) {
                    fail(Problem::Incomplete, 0,
                         tr("The server's signing key is not a well-formed Ed25519 public key "
                            "with a matching key id (algorithm \"%1\", key id \"%2\").")
                             .arg(m_key.algorithm, m_key.keyId));
                    return;
                }
                const VerifiedHead &before = m_outcome.previous;
                if (before.isValid() && !before.keyId.isEmpty()
                    && (before.keyId != m_key.keyId || before.publicKey != m_key.publicKey)) {
                    fail(Problem::KeyChanged, 0,
                         tr("The server's audit signing key changed: this console trusted key "
                            "%1 when it verified the log on %2; the server now presents key %3. "
                            "Checkpoints signed by a key you have not confirmed prove nothing. "
                            "If the change is expected (a new master key), confirm it and "
                            "verify again.")
                             .arg(before.keyId, when(before.verifiedAt), m_key.keyId));
                    return;
                }
                requestAnchors(0);
            });
}

void AuditVerifier::requestAnchors(qint64 after)
{
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("after"), QString::number(after));
    query.addQueryItem(QStringLiteral("limit"), QString::number(m_pageSize));
    connect(
        call(QStringLiteral("/audit/anchors"), query), &ApiJob::finished, this,
        [this, after](ApiJob *job) {
            if (job->httpStatus() == 404) {
                m_job = nullptr;
                fail(Problem::AnchorsDamaged, 0,
                     tr("The server does not publish its anchors outside the database (GET "
                        "/audit/anchors), without which a cut or rewritten log cannot be "
                        "told from an honest one. Update the store server."));
                return;
            }
            if (jobFailed(job, tr("the anchors outside the database")))
                return;
            const AnchorPage page = AnchorPage::fromJson(job->json());
            if (!page.problem.isEmpty()) {
                fail(Problem::AnchorsDamaged, 0,
                     tr("The server's anchor file, its record of the log outside the "
                        "database, is damaged: %1. What it no longer holds cannot be "
                        "checked.")
                         .arg(page.problem));
                return;
            }
            const bool backwards = !page.anchors.isEmpty() && page.anchors.first().line <= after;
            if (page.malformedLine > 0 || backwards) {
                fail(Problem::Incomplete, 0,
                     tr("Line %1 of the server's anchors is malformed: %2.")
                         .arg(backwards ? page.anchors.first().line : page.malformedLine)
                         .arg(backwards || page.malformedReason.isEmpty() ? tr("out of order")
                                                                          : page.malformedReason));
                return;
            }
            m_anchorLines.append(page.anchors);
            if (page.nextAfter > after) {
                requestAnchors(page.nextAfter);
                return;
            }
            if (checkAnchors())
                requestCheckpoints(0);
        });
}

bool AuditVerifier::checkAnchors()
{
    m_anchors = audit::AnchorSet(m_anchorLines, {{m_key.keyId, m_key.publicKey}},
                                 audit::AnchorSet::Signatures::All);
    m_outcome.acknowledgedBreaks = m_anchors.acknowledgements();
    if (!m_anchors.ok()) {
        fail(Problem::ForgedCheckpoint, m_anchors.problemSeq(),
             tr("The server's anchors outside the database do not hold up: %1.")
                 .arg(m_anchors.problem()));
        return false;
    }
    return true;
}

bool AuditVerifier::rememberedSuperseded() const
{
    const VerifiedHead &before = m_outcome.previous;
    if (!before.isValid())
        return false;
    const qint64 since = before.verifiedAt.toMSecsSinceEpoch();
    const QList<BreakAcknowledgement> &acks = m_anchors.acknowledgements();
    return std::any_of(acks.cbegin(), acks.cend(), [&](const BreakAcknowledgement &a) {
        return a.seq <= before.seq && a.atMs > since;
    });
}

void AuditVerifier::requestCheckpoints(qint64 after)
{
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("after"), QString::number(after));
    query.addQueryItem(QStringLiteral("limit"), QString::number(m_pageSize));
    connect(call(QStringLiteral("/audit/checkpoints"), query), &ApiJob::finished, this,
            [this, after](ApiJob *job) {
                if (jobFailed(job, tr("the signed checkpoints")))
                    return;
                const QJsonObject page = job->json();
                qint64 last = after;
                for (const QJsonValue &item : page.value(QLatin1String("items")).toArray()) {
                    const AuditCheckpointRecord record
                        = AuditCheckpointRecord::fromJson(item.toObject());
                    const AuditCheckpoint &c = record.checkpoint;
                    if (c.keyId != m_key.keyId) {
                        fail(Problem::ForgedCheckpoint, c.seq,
                             tr("The checkpoint at event %1 (dated %2) names signing key %3, "
                                "not the server's key %4: it was not signed by this server.")
                                 .arg(c.seq)
                                 .arg(when(record.at), c.keyId, m_key.keyId));
                        return;
                    }
                    if (!crypto::ed25519Verify(m_key.publicKey,
                                               audit::checkpointMessage(c.seq, c.hash, c.atMs),
                                               c.signature)) {
                        fail(Problem::ForgedCheckpoint, c.seq,
                             tr("The checkpoint at event %1 (dated %2) has an invalid "
                                "signature: it was forged or altered.")
                                 .arg(c.seq)
                                 .arg(when(record.at)));
                        return;
                    }
                    m_checkpoints[c.seq] = record;
                    last = qMax(last, c.seq);
                }
                const QJsonValue next = page.value(QLatin1String("next_after"));
                if (next.isDouble() && next.toInteger() > after)
                    requestCheckpoints(next.toInteger());
                else
                    requestHead();
            });
}

void AuditVerifier::requestHead()
{
    // Read after the checkpoints: the head only moves forward, so every honest checkpoint is
    // at or below it.
    connect(call(QStringLiteral("/audit/head"), {}), &ApiJob::finished, this, [this](ApiJob *job) {
        if (jobFailed(job, tr("the chain's head")))
            return;
        m_outcome.head = AuditHead::fromJson(job->json());
        if (!checkHead())
            return;
        m_expectedSeq = m_outcome.head.baseSeq + 1;
        m_previousHash = m_outcome.head.baseHash;
        emit progress(0, m_outcome.head.seq - m_outcome.head.baseSeq);
        if (m_outcome.head.seq == m_outcome.head.baseSeq) {
            succeed();
            return;
        }
        requestEvents(m_outcome.head.baseSeq);
    });
}

bool AuditVerifier::checkHead()
{
    const AuditHead &head = m_outcome.head;
    const VerifiedHead &before = m_outcome.previous;
    if (head.seq < head.baseSeq || (head.seq > 0 && head.hash.isEmpty())) {
        fail(Problem::Incomplete, 0,
             tr("The server's chain head is malformed (seq %1, base %2).")
                 .arg(head.seq)
                 .arg(head.baseSeq));
        return false;
    }
    if (!m_checkpoints.empty() && m_checkpoints.rbegin()->first > head.seq) {
        const AuditCheckpointRecord &c = m_checkpoints.rbegin()->second;
        fail(Problem::Truncated, head.seq + 1,
             tr("The log was truncated: a checkpoint signed on %1 covers event %2, but the log "
                "now ends at event %3.")
                 .arg(when(c.at))
                 .arg(c.checkpoint.seq)
                 .arg(head.seq));
        return false;
    }
    if (const std::optional<audit::AnchorPin> pin = m_anchors.newest();
        pin && pin->seq > head.seq) {
        fail(Problem::Truncated, head.seq + 1,
             tr("The log was truncated: a checkpoint the server anchored outside its database "
                "on %1 (line %2 of its anchor file) covers event %3, but the log now ends at "
                "event %4.")
                 .arg(when(QDateTime::fromMSecsSinceEpoch(pin->atMs, Qt::UTC)))
                 .arg(pin->line)
                 .arg(pin->seq)
                 .arg(head.seq));
        return false;
    }
    const bool superseded = rememberedSuperseded();
    if (before.isValid() && before.seq > head.seq && !superseded) {
        fail(Problem::Truncated, head.seq + 1,
             tr("The log was truncated: this console verified it up to event %1 on %2, but it "
                "now ends at event %3.")
                 .arg(before.seq)
                 .arg(when(before.verifiedAt))
                 .arg(head.seq));
        return false;
    }
    if (before.isValid() && before.checkpointSeq > head.baseSeq
        && !m_checkpoints.count(before.checkpointSeq) && !superseded) {
        fail(Problem::CheckpointRemoved, before.checkpointSeq,
             tr("The signed checkpoint at event %1, which this console saw on %2, is gone: "
                "someone removed it, perhaps to hide a rewritten history.")
                 .arg(before.checkpointSeq)
                 .arg(when(before.verifiedAt)));
        return false;
    }
    if (before.isValid() && before.seq == head.baseSeq && before.seq > 0
        && before.hash != head.baseHash && !superseded) {
        fail(Problem::Rewritten, before.seq,
             tr("Event %1 had hash %2 when this console verified it on %3; the chain's base "
                "now says %4.")
                 .arg(before.seq)
                 .arg(shortHash(before.hash), when(before.verifiedAt), shortHash(head.baseHash)));
        return false;
    }
    // A purged prefix leaves a signed checkpoint at the base, or the base is unproven, unless
    // an acknowledged break pins the base.
    if (head.baseSeq > 0 && !m_anchors.resumingAfter(head.baseSeq, head.baseHash)) {
        const auto base = m_checkpoints.find(head.baseSeq);
        if (base == m_checkpoints.end() || base->second.checkpoint.hash != head.baseHash) {
            fail(Problem::CheckpointMismatch, head.baseSeq,
                 tr("The chain starts after event %1 (older events were purged), but no "
                    "checkpoint signed by the server vouches for event %1's hash %2.")
                     .arg(head.baseSeq)
                     .arg(shortHash(head.baseHash)));
            return false;
        }
    }
    return true;
}

void AuditVerifier::requestEvents(qint64 after)
{
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("order"), QStringLiteral("asc"));
    query.addQueryItem(QStringLiteral("after"), QString::number(after));
    query.addQueryItem(QStringLiteral("limit"), QString::number(m_pageSize));
    connect(call(QStringLiteral("/audit"), query), &ApiJob::finished, this, [this](ApiJob *job) {
        if (jobFailed(job, tr("the audit events")))
            return;
        checkPage(job->json());
    });
}

bool AuditVerifier::checkPage(const QJsonObject &page)
{
    const AuditHead &head = m_outcome.head;
    const QJsonArray items = page.value(QLatin1String("items")).toArray();
    for (const QJsonValue &item : items) {
        const AuditRecord record = AuditRecord::fromJson(item.toObject());
        if (!checkEvent(record))
            return false;
        if (record.event.seq == head.seq) {
            emit progress(m_outcome.eventsChecked, head.seq - head.baseSeq);
            succeed();
            return true;
        }
    }
    emit progress(m_outcome.eventsChecked, head.seq - head.baseSeq);
    const QJsonValue next = page.value(QLatin1String("next_after"));
    if (!next.isDouble() || items.isEmpty()) {
        const qint64 last = m_expectedSeq - 1;
        fail(Problem::Truncated, m_expectedSeq,
             tr("The log was truncated: it ends at event %1, but its head says %2. Events "
                "%3–%2 were removed.")
                 .arg(last)
                 .arg(head.seq)
                 .arg(m_expectedSeq));
        return false;
    }
    requestEvents(next.toInteger());
    return true;
}

bool AuditVerifier::checkEvent(const AuditRecord &record)
{
    const AuditHead &head = m_outcome.head;
    const VerifiedHead &before = m_outcome.previous;
    const AuditEvent &e = record.event;
    if (e.seq > head.seq) {
        // Appended after the head was read (by this very check, among others): seen before
        // the head itself, so the events up to the head are gone.
        fail(Problem::Truncated, m_expectedSeq,
             tr("The log was truncated: it ends at event %1, but its head says %2. Events "
                "%3–%2 were removed.")
                 .arg(m_expectedSeq - 1)
                 .arg(head.seq)
                 .arg(m_expectedSeq));
        return false;
    }
    if (!record.complete) {
        fail(Problem::Incomplete, e.seq,
             tr("The server does not send at_ms and prev_hash with event %1, so its hash "
                "cannot be recomputed. Update the store server.")
                 .arg(e.seq));
        return false;
    }
    if (!checkLink(e) || !checkPins(e))
        return false;
    if (before.isValid() && e.seq == before.seq && e.hash != before.hash
        && !rememberedSuperseded()) {
        fail(Problem::Rewritten, e.seq,
             tr("Event %1 had hash %2 when this console verified it on %3; now %4. The "
                "history was rewritten, and the chain recomputed to hide it.")
                 .arg(e.seq)
                 .arg(shortHash(before.hash), when(before.verifiedAt), shortHash(e.hash)));
        return false;
    }
    m_previousHash = e.hash;
    m_expectedSeq = e.seq + 1;
    ++m_outcome.eventsChecked;
    if (e.seq == head.seq && e.hash != head.hash) {
        fail(Problem::HeadMismatch, e.seq,
             tr("The chain's head says event %1 has hash %2, but the event has %3.")
                 .arg(e.seq)
                 .arg(shortHash(head.hash), shortHash(e.hash)));
        return false;
    }
    return true;
}

// The event follows the one before it, unaltered; or it resumes the chain after a break the
// store's operator acknowledged, as it was then.
bool AuditVerifier::checkLink(const AuditEvent &e)
{
    const QString recomputed = audit::hashOf(e);
    const BreakAcknowledgement *ack = m_anchors.resumingAfter(m_expectedSeq - 1, m_previousHash);
    if (ack && e.seq == ack->resumeSeq) {
        // The break the store's operator acknowledged: the event is accepted as it was then,
        // however it links to the one before, but not if it changed since.
        if (recomputed != ack->resumeContentHash || e.hash != ack->resumeHash) {
            fail(Problem::Altered, e.seq,
                 tr("Event %1 changed after the break at event %2 was acknowledged on %3.")
                     .arg(e.seq)
                     .arg(ack->seq)
                     .arg(when(QDateTime::fromMSecsSinceEpoch(ack->atMs, Qt::UTC))));
            return false;
        }
    } else {
        if (e.seq > m_expectedSeq) {
            fail(Problem::Missing, m_expectedSeq,
                 e.seq == m_expectedSeq + 1
                     ? tr("Event %1 is missing: the log goes from event %2 to event %3. It was "
                          "removed.")
                           .arg(m_expectedSeq)
                           .arg(m_expectedSeq - 1)
                           .arg(e.seq)
                     : tr("Events %1–%2 are missing: the log goes from event %3 to event %4. "
                          "They were removed.")
                           .arg(m_expectedSeq)
                           .arg(e.seq - 1)
                           .arg(m_expectedSeq - 1)
                           .arg(e.seq));
            return false;
        }
        if (e.seq < m_expectedSeq) {
            fail(Problem::Unlinked, e.seq,
                 tr("Event %1 appears again after event %2: the log was reordered.")
                     .arg(e.seq)
                     .arg(m_expectedSeq - 1));
            return false;
        }
        if (e.prevHash != m_previousHash) {
            fail(Problem::Unlinked, e.seq,
                 tr("Event %1 does not follow event %2: it names %3 as the previous hash, but "
                    "event %2 has hash %4. Events were reordered, inserted or removed.")
                     .arg(e.seq)
                     .arg(e.seq - 1)
                     .arg(shortHash(e.prevHash), shortHash(m_previousHash)));
            return false;
        }
        if (recomputed != e.hash) {
            fail(Problem::Altered, e.seq,
                 tr("Event %1 was altered: its content hashes to %2, but it records %3.")
                     .arg(e.seq)
                     .arg(shortHash(recomputed), shortHash(e.hash)));
            return false;
        }
    }
    return true;
}

// The event matches the checkpoint the server signed of it and the line its anchor file holds.
bool AuditVerifier::checkPins(const AuditEvent &e)
{
    if (const auto c = m_checkpoints.find(e.seq);
        c != m_checkpoints.end() && c->second.checkpoint.hash != e.hash) {
        fail(Problem::CheckpointMismatch, e.seq,
             tr("Event %1 does not match the checkpoint the server signed on %2: the "
                "checkpoint says %3, the event now has %4. The chain was rewritten after "
                "it was signed.")
                 .arg(e.seq)
                 .arg(when(c->second.at), shortHash(c->second.checkpoint.hash), shortHash(e.hash)));
        return false;
    }
    if (const std::optional<audit::AnchorPin> pin = m_anchors.pinAt(e.seq); pin) {
        if (pin->hash != e.hash) {
            fail(Problem::CheckpointMismatch, e.seq,
                 tr("Event %1 does not match what the server anchored outside its database on "
                    "%2 (line %3 of its anchor file): %4 there, %5 now. The chain was rewritten "
                    "after that.")
                     .arg(e.seq)
                     .arg(when(QDateTime::fromMSecsSinceEpoch(pin->atMs, Qt::UTC)))
                     .arg(pin->line)
                     .arg(shortHash(pin->hash), shortHash(e.hash)));
            return false;
        }
        ++m_outcome.anchorsMatched;
    }
    return true;
}

void AuditVerifier::succeed()
{
    m_running = false;
    m_outcome.intact = true;
    m_outcome.problem = Problem::None;
    m_outcome.checkpointsVerified = qint64(m_checkpoints.size());
    m_outcome.finishedAt = QDateTime::currentDateTimeUtc();
    m_outcome.message = tr("Intact: %1 recomputed from the base, every link checked, %2 signed "
                           "checkpoint(s) verified, %3 matched the server's anchors outside "
                           "its database.")
                            .arg(events(m_outcome.eventsChecked))
                            .arg(m_checkpoints.size())
                            .arg(events(m_outcome.anchorsMatched));
    for (const BreakAcknowledgement &a : std::as_const(m_outcome.acknowledgedBreaks))
        m_outcome.message += tr(" Break acknowledged at event %1 on %2 by %3 (%4): %5.")
                                 .arg(a.seq)
                                 .arg(when(QDateTime::fromMSecsSinceEpoch(a.atMs, Qt::UTC)),
                                      a.actor, a.osUser, a.reason);
    if (m_outcome.previous.isValid() && m_outcome.previous.seq < m_outcome.head.baseSeq)
        m_outcome.message += tr(" The events up to %1 this console verified on %2 have since "
                                "been purged by retention.")
                                 .arg(m_outcome.previous.seq)
                                 .arg(when(m_outcome.previous.verifiedAt));
    if (m_heads) {
        VerifiedHead head;
        head.seq = m_outcome.head.seq;
        head.hash = m_outcome.head.hash;
        head.verifiedAt = m_outcome.finishedAt;
        head.keyId = m_key.keyId;
        head.publicKey = m_key.publicKey;
        if (!m_checkpoints.empty()) {
            head.checkpointSeq = m_checkpoints.rbegin()->first;
            head.checkpointHash = m_checkpoints.rbegin()->second.checkpoint.hash;
        }
        m_heads->save(m_server, head);
    }
    qCInfo(lcVerifier) << m_server << "audit chain intact up to" << m_outcome.head.seq;
    emit finished(m_outcome);
}

void AuditVerifier::fail(Problem problem, qint64 seq, const QString &message)
{
    m_running = false;
    m_job = nullptr;
    m_outcome.intact = false;
    m_outcome.problem = problem;
    m_outcome.firstBadSeq = seq;
    m_outcome.message = message;
    m_outcome.checkpointsVerified = qint64(m_checkpoints.size());
    m_outcome.finishedAt = QDateTime::currentDateTimeUtc();
    qCWarning(lcVerifier) << m_server << problemName(problem) << message;
    emit finished(m_outcome);
}

} // namespace cc::client
