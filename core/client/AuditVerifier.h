#pragma once

// Verifies a server's audit chain without trusting the server's own verdict: reads the
// public signing key, the server's anchors outside its database (GET /audit/anchors), every
// signed checkpoint and the head, then downloads every event from the chain's base in
// ascending pages, recomputes each hash with audit::hashOf, checks each link, each
// checkpoint's and anchor's Ed25519 signature and that it matches the event at its seq, that
// the chain reaches the newest anchor, and compares the chain with what this console verified
// last time (VerifiedHeadStore). A break the store's operator acknowledged (a signed, anchored
// statement) is reported with the outcome, not failed on. Only the running hash is kept, so
// memory does not grow with the log. Events appended while it runs (its own reads are audited
// too) are beyond the head it read and are not checked.

#include "AuditTypes.h"
#include "VerifiedHeadStore.h"
#include "audit/AuditAnchors.h"

#include <map>

#include <QObject>
#include <QPointer>
#include <QUrlQuery>

namespace cc::client {

class ApiClient;
class ApiJob;

class AuditVerifier : public QObject
{
    Q_OBJECT

public:
    enum class Problem {
        None,
        Altered, // an event's content no longer hashes to its recorded hash
        Missing, // a seq is absent: an event was removed
        Unlinked, // prev_hash does not name the previous event: reordered or inserted
        Truncated, // the log ends before where it was known (head, checkpoint, remembered)
        Rewritten, // differs from the head this console verified before (recomputed chain)
        CheckpointMismatch, // a signed checkpoint names another hash than the event has now
        ForgedCheckpoint, // a checkpoint's signature does not verify with the server's key
        CheckpointRemoved, // a checkpoint this console saw before is gone
        KeyChanged, // the server's signing key is not the one this console trusted
        AnchorsDamaged, // the server's anchor file is missing, damaged, or not published
        HeadMismatch, // the head record does not match the last event
        Incomplete, // the server's answers lack what verification needs
        Error, // the server could not be asked (network, HTTP error)
        Cancelled,
    };
    Q_ENUM(Problem)

    struct Outcome
    {
        bool intact = false;
        Problem problem = Problem::None;
        qint64 firstBadSeq = 0; // 0 when the problem is not at one event
        QString message; // for a person: names the seq and what is wrong
        qint64 eventsChecked = 0;
        qint64 checkpointsVerified = 0;
        qint64 anchorsMatched = 0; // events that matched an anchor outside the database
        // Breaks the store's operator acknowledged: the chain is intact but for them.
        QList<BreakAcknowledgement> acknowledgedBreaks;
        AuditHead head;
        QString keyId;
        QDateTime finishedAt;
        VerifiedHead previous; // what was remembered before this check (maybe invalid)
    };

    static constexpr int kDefaultPageSize = 5000; // the most GET /audit gives at once

    AuditVerifier(ApiClient *client, VerifiedHeadStore *heads, QObject *parent = nullptr);
    ~AuditVerifier() override;

    void setPageSize(int size) { m_pageSize = size; }

    bool isRunning() const { return m_running; }
    const Outcome &lastOutcome() const { return m_outcome; }

    // What this console remembers of the current server.
    VerifiedHead remembered() const;
    // After a signing key change the person has confirmed out of band (a new master key):
    // the next check trusts the key the server presents and remembers it.
    void acceptNewSigningKey();

    static QString problemName(Problem problem);

public slots:
    void start();
    void cancel();

signals:
    void started();
    void progress(qint64 checked, qint64 total);
    void finished(const cc::client::AuditVerifier::Outcome &outcome);

private:
    void requestKey();
    void requestAnchors(qint64 after);
    bool checkAnchors();
    void requestCheckpoints(qint64 after);
    void requestHead();
    void requestEvents(qint64 after);
    bool checkHead();
    bool checkPage(const QJsonObject &page);
    bool checkEvent(const AuditRecord &record);
    // True when an acknowledgement made after this console's last check covers the event
    // it remembered: the history it remembered was lost in that break.
    bool rememberedSuperseded() const;
    void succeed();
    void fail(Problem problem, qint64 seq, const QString &message);
    ApiJob *call(const QString &path, const QUrlQuery &query);
    bool jobFailed(ApiJob *job, const QString &what);
    QString when(const QDateTime &time) const;

    QPointer<ApiClient> m_client;
    VerifiedHeadStore *m_heads;
    int m_pageSize = kDefaultPageSize;
    QPointer<ApiJob> m_job;
    bool m_running = false;
    QString m_server;

    AuditSigningKey m_key;
    QList<audit::Anchor> m_anchorLines;
    audit::AnchorSet m_anchors;
    std::map<qint64, AuditCheckpointRecord> m_checkpoints;
    qint64 m_expectedSeq = 0;
    QString m_previousHash;
    Outcome m_outcome;
};

} // namespace cc::client

Q_DECLARE_METATYPE(cc::client::AuditVerifier::Outcome)
