// The console's own verification of the audit chain (AuditVerifier, cc_client) against a real
// compliance-stored, with the store's database tampered with directly while the server runs,
// as an intruder with database access would: an edited, a deleted, two swapped events, a
// truncated log (with and without the head fixed up), a chain recomputed from an early event
// with fresh hashes and head (caught through the head this console remembered — across a
// console restart, from QSettings — or through a signed checkpoint), a removed checkpoint, a
// forged checkpoint, a changed signing key; a cut tail and a rewrite with the signed checkpoints
// dropped as well, which only the server's anchors outside its database show; a damaged anchor
// file; a break the store's operator acknowledged. A clean chain passes, read in many pages.

#include "ApiClient.h"
#include "AuditVerifier.h"
#include "CertificateTrust.h"
#include "Clock.h"
#include "TestServer.h"
#include "audit/AuditChain.h"
#include "audit/AuditLog.h"
#include "crypto/Crypto.h"
#include "crypto/Signature.h"
#include "shell/SettingsVerifiedHeadStore.h"
#include "store/Store.h"

#include <memory>

#include <QFile>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using cc::client::AuditVerifier;
using Problem = cc::client::AuditVerifier::Problem;

namespace {

// One server, one signed-in client and a verifier; a fresh store for every test, since each
// test ruins its chain.
struct Fixture
{
    cc::test::TestServer server;
    cc::test::TestServer::Account officer;
    QString token;
    cc::client::InMemoryCertificateTrust trust;
    std::unique_ptr<cc::client::ApiClient> client;
    cc::client::InMemoryVerifiedHeadStore heads;

    bool start()
    {
        if (!server.start()) {
            qWarning("%s", qPrintable(server.errorString()));
            return false;
        }
        officer = server.addUser(QStringLiteral("carol"), QStringLiteral("compliance_officer"));
        token = server.login(officer);
        if (token.isEmpty())
            return false;
        trust.pinCertificate(cc::client::CertificateTrust::serverKey(server.baseUrl()),
                             server.certificate());
        client = std::make_unique<cc::client::ApiClient>();
        client->setCertificateTrust(&trust);
        client->setBaseUrl(server.baseUrl());
        client->setToken(token);
        return true;
    }

    // Each GET /audit is itself audited: a cheap way to grow the chain.
    void addEvents(int count)
    {
        for (int i = 0; i < count; ++i)
            QCOMPARE(server.call("GET", QStringLiteral("/audit?limit=1"), {}, token).status, 200);
    }

    qint64 headSeq()
    {
        return server.call("GET", QStringLiteral("/audit/head"), {}, token)
            .json.value(QStringLiteral("seq"))
            .toInteger();
    }

    // Signs the current head, as the server's checkpoint job does.
    qint64 checkpoint()
    {
        cc::SystemClock clock;
        auto store = cc::Store::open(server.dataDir(), clock, server.database().url());
        if (!store) {
            qWarning("%s", qPrintable(store.error().message));
            return 0;
        }
        cc::Caller system;
        system.username = QStringLiteral("system");
        auto made = cc::audit::checkpoint(**store, system);
        if (!made || !*made) {
            qWarning("no checkpoint made");
            return 0;
        }
        return (*made)->seq;
    }

    QSqlDatabase db()
    {
        const QString name = QStringLiteral("intruder");
        if (QSqlDatabase::contains(name))
            return QSqlDatabase::database(name);
        return server.database().openDirect(server.dataDir(), name);
    }

    bool sql(const QString &statement, const QVariantList &args = {})
    {
        QSqlQuery q(db());
        q.prepare(statement);
        for (const QVariant &arg : args)
            q.addBindValue(arg);
        if (!q.exec()) {
            qWarning("%s: %s", qPrintable(statement), qPrintable(q.lastError().text()));
            return false;
        }
        return true;
    }

    QList<cc::AuditEvent> events(qint64 fromSeq)
    {
        QSqlQuery q(db());
        q.prepare(QStringLiteral("SELECT seq, at, actor_id, actor, action, object_type, "
                                 "object_id, reason, outcome, detail, prev_hash, hash FROM "
                                 "audit_events WHERE seq >= ? ORDER BY seq"));
        q.addBindValue(fromSeq);
        q.exec();
        QList<cc::AuditEvent> list;
        while (q.next()) {
            cc::AuditEvent e;
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
            list.append(e);
        }
        return list;
    }

    // The cut: events after keep removed, the checkpoints after checkpointSeq, the
    // head moved back to keep.
    bool cutTail(qint64 keep, qint64 checkpointSeq)
    {
        return sql(QStringLiteral("DELETE FROM audit_events WHERE seq > ?"), {keep})
            && sql(QStringLiteral("DELETE FROM audit_checkpoints WHERE seq > ?"), {checkpointSeq})
            && sql(QStringLiteral("UPDATE audit_head SET seq = ?, hash = (SELECT hash FROM "
                                  "audit_events WHERE seq = ?) WHERE id = 1"),
                   {keep, keep});
    }

    QString hashAt(qint64 seq)
    {
        const QList<cc::AuditEvent> list = events(seq);
        return list.isEmpty() ? QString() : list.first().hash;
    }

    // The intruder's rewrite: event `from` changed, every later hash recomputed, the head
    // moved to the new last hash. The chain verifies internally afterwards.
    bool recomputeFrom(qint64 from)
    {
        QList<cc::AuditEvent> list = events(from);
        if (list.isEmpty() || !db().transaction())
            return false;
        QString previous = list.first().prevHash;
        for (int i = 0; i < list.size(); ++i) {
            cc::AuditEvent &e = list[i];
            if (i == 0)
                e.detail = QStringLiteral("rewritten by an intruder");
            e.prevHash = previous;
            e.hash = cc::audit::hashOf(e);
            previous = e.hash;
            if (!sql(QStringLiteral("UPDATE audit_events SET detail = ?, prev_hash = ?, hash = ? "
                                    "WHERE seq = ?"),
                     {e.detail, e.prevHash, e.hash, e.seq}))
                return false;
        }
        if (!sql(QStringLiteral("UPDATE audit_head SET seq = ?, hash = ? WHERE id = 1"),
                 {list.last().seq, previous}))
            return false;
        return db().commit();
    }

    AuditVerifier::Outcome verify(cc::client::VerifiedHeadStore *store = nullptr,
                                  int pageSize = AuditVerifier::kDefaultPageSize)
    {
        AuditVerifier verifier(client.get(), store ? store : &heads);
        verifier.setPageSize(pageSize);
        QSignalSpy finished(&verifier, &AuditVerifier::finished);
        if (!finished.isValid())
            return {};
        verifier.start();
        if (!finished.wait(60'000))
            qWarning("verification did not finish");
        return verifier.lastOutcome();
    }

    ~Fixture()
    {
        if (QSqlDatabase::contains(QStringLiteral("intruder"))) {
            QSqlDatabase::database(QStringLiteral("intruder")).close();
            QSqlDatabase::removeDatabase(QStringLiteral("intruder"));
        }
    }
};

} // namespace

class TestAuditVerifier : public QObject
{
    Q_OBJECT

private slots:
    void cleanChainPassesInManyPages();
    void tamperingIsDetected_data();
    void tamperingIsDetected();
    void recomputedChainIsCaughtAfterConsoleRestart();
    void recomputedChainIsCaughtByCheckpoint();
    void removedCheckpointIsReported();
    void forgedCheckpointIsReported();
    void changedSigningKeyIsReported();
    void cancelRemembersNothing();
    void cutTailIsCaughtThroughTheAnchors();
    void rewriteIsCaughtThroughTheAnchors();
    void acknowledgedBreakIsReported();
    void damagedAnchorsAreReported();
};

void TestAuditVerifier::cleanChainPassesInManyPages()
{
    Fixture f;
    QVERIFY(f.start());
    f.addEvents(20);
    QVERIFY(f.checkpoint() > 0);
    f.addEvents(5);
    const qint64 head = f.headSeq();
    // Page size 7: the chain is read in many pages, checkpoint in the middle.
    AuditVerifier::Outcome first = f.verify(nullptr, 7);
    QVERIFY2(first.intact, qPrintable(first.message));
    QCOMPARE(first.problem, Problem::None);
    QCOMPARE(first.head.seq, head);
    QCOMPARE(first.eventsChecked, head);
    QCOMPARE(first.checkpointsVerified, 1);
    QCOMPARE(first.anchorsMatched, 1);
    QCOMPARE(first.head.auditState, QStringLiteral("intact")); // the server's own verdict
    QVERIFY(!first.previous.isValid());
    const cc::client::VerifiedHead remembered = f.heads.load(f.client->serverKey());
    QCOMPARE(remembered.seq, head);
    QCOMPARE(remembered.hash, first.head.hash);
    QVERIFY(remembered.checkpointSeq > 0);
    QVERIFY(!remembered.keyId.isEmpty());

    // The chain grew honestly (among others, by the first check's own audited reads).
    f.addEvents(3);
    AuditVerifier::Outcome second = f.verify(nullptr, 7);
    QVERIFY2(second.intact, qPrintable(second.message));
    QCOMPARE(second.previous.seq, head);
    QVERIFY(second.head.seq > head);
}

void TestAuditVerifier::tamperingIsDetected_data()
{
    QTest::addColumn<QString>("tamper");
    QTest::addColumn<int>("problem");
    QTest::addColumn<qint64>("badSeq"); // -1: the remembered head's seq
    QTest::addColumn<QString>("words"); // in the message

    QTest::newRow("edit") << "edit" << int(Problem::Altered) << qint64(5) << "altered";
    QTest::newRow("delete") << "delete" << int(Problem::Missing) << qint64(7) << "missing";
    QTest::newRow("reorder") << "reorder" << int(Problem::Unlinked) << qint64(8)
                             << "does not follow event 7";
    QTest::newRow("truncate, head left")
        << "truncate-tail" << int(Problem::Truncated) << qint64(11) << "truncated";
    QTest::newRow("truncate, head moved back")
        << "truncate-head" << int(Problem::Truncated) << qint64(11) << "verified it up to";
    QTest::newRow("recompute from an early event")
        << "recompute" << int(Problem::Rewritten) << qint64(-1) << "when this console verified";
}

void TestAuditVerifier::tamperingIsDetected()
{
    QFETCH(QString, tamper);
    QFETCH(int, problem);
    QFETCH(qint64, badSeq);
    QFETCH(QString, words);

    Fixture f;
    QVERIFY(f.start());
    f.addEvents(15);
    const AuditVerifier::Outcome clean = f.verify();
    QVERIFY2(clean.intact, qPrintable(clean.message));
    const qint64 verifiedSeq = clean.head.seq;
    QVERIFY(verifiedSeq > 12);
    f.addEvents(4);

    if (tamper == QLatin1String("edit")) {
        QVERIFY(f.sql(QStringLiteral("UPDATE audit_events SET detail = 'nothing to see' "
                                     "WHERE seq = 5")));
    } else if (tamper == QLatin1String("delete")) {
        QVERIFY(f.sql(QStringLiteral("DELETE FROM audit_events WHERE seq = 7")));
    } else if (tamper == QLatin1String("reorder")) {
        // Events 8 and 9 trade places: every field but seq.
        const QList<cc::AuditEvent> pair = f.events(8).mid(0, 2);
        QCOMPARE(pair.size(), 2);
        for (int i = 0; i < 2; ++i) {
            const cc::AuditEvent &e = pair.at(1 - i);
            QVERIFY(f.sql(QStringLiteral("UPDATE audit_events SET at = ?, actor = ?, action = ?, "
                                         "object_type = ?, object_id = ?, detail = ?, "
                                         "prev_hash = ?, hash = ? WHERE seq = ?"),
                          {e.atMs, e.actor, e.action, e.objectType, e.objectId, e.detail,
                           e.prevHash, e.hash, pair.at(i).seq}));
        }
    } else if (tamper == QLatin1String("truncate-tail")) {
        QVERIFY(f.sql(QStringLiteral("DELETE FROM audit_events WHERE seq > 10")));
    } else if (tamper == QLatin1String("truncate-head")) {
        // Consistent after the cut: the head names the new last event.
        const QString hash10 = f.hashAt(10);
        QVERIFY(f.sql(QStringLiteral("DELETE FROM audit_events WHERE seq > 10")));
        QVERIFY(f.sql(QStringLiteral("UPDATE audit_head SET seq = 10, hash = ? WHERE id = 1"),
                      {hash10}));
    } else if (tamper == QLatin1String("recompute")) {
        QVERIFY(f.recomputeFrom(4));
    }

    const AuditVerifier::Outcome after = f.verify();
    QVERIFY2(!after.intact, qPrintable(after.message));
    QCOMPARE(int(after.problem), problem);
    QCOMPARE(after.firstBadSeq, badSeq < 0 ? verifiedSeq : badSeq);
    QVERIFY2(after.message.contains(words), qPrintable(after.message));
    // The remembered head stays the last good one: a broken chain never replaces it.
    QCOMPARE(f.heads.load(f.client->serverKey()).seq, verifiedSeq);
}

void TestAuditVerifier::recomputedChainIsCaughtAfterConsoleRestart()
{
    Fixture f;
    QVERIFY(f.start());
    f.addEvents(12);
    QTemporaryDir settingsDir;
    QVERIFY(settingsDir.isValid());
    const QString ini = settingsDir.filePath(QStringLiteral("console.ini"));
    qint64 verifiedSeq = 0;
    QString verifiedHash;
    {
        cc::ui::SettingsVerifiedHeadStore settings(ini);
        const AuditVerifier::Outcome clean = f.verify(&settings);
        QVERIFY2(clean.intact, qPrintable(clean.message));
        verifiedSeq = clean.head.seq;
        verifiedHash = clean.head.hash;
    }
    // The whole chain from event 3 on is recomputed: it verifies internally, as the server's
    // own check shows.
    QVERIFY(f.recomputeFrom(3));
    f.addEvents(2);
    const cc::test::ApiReply serverCheck
        = f.server.call("GET", QStringLiteral("/audit/verify"), {}, f.token);
    QCOMPARE(serverCheck.status, 200);
    QVERIFY2(serverCheck.raw.contains("\"intact\":true"), serverCheck.raw.constData());

    // A new console run reads what the last one remembered.
    cc::ui::SettingsVerifiedHeadStore settings(ini);
    QCOMPARE(settings.load(f.client->serverKey()).seq, verifiedSeq);
    const AuditVerifier::Outcome after = f.verify(&settings);
    QVERIFY(!after.intact);
    QCOMPARE(after.problem, Problem::Rewritten);
    QCOMPARE(after.firstBadSeq, verifiedSeq);
    QVERIFY2(after.message.contains(verifiedHash.left(16)), qPrintable(after.message));
    QVERIFY2(after.message.contains(QStringLiteral("Event %1 had hash").arg(verifiedSeq)),
             qPrintable(after.message));
}

void TestAuditVerifier::recomputedChainIsCaughtByCheckpoint()
{
    // A console that never saw this server still catches the rewrite: the server signed the
    // head before it, and the intruder cannot sign.
    Fixture f;
    QVERIFY(f.start());
    f.addEvents(10);
    const qint64 checkpointSeq = f.checkpoint();
    QVERIFY(checkpointSeq > 5);
    f.addEvents(3);
    QVERIFY(f.recomputeFrom(5));
    const AuditVerifier::Outcome after = f.verify();
    QVERIFY(!after.intact);
    QVERIFY(!after.previous.isValid());
    QCOMPARE(after.problem, Problem::CheckpointMismatch);
    QCOMPARE(after.firstBadSeq, checkpointSeq);
    QVERIFY2(after.message.contains(QStringLiteral("checkpoint")), qPrintable(after.message));
}

void TestAuditVerifier::removedCheckpointIsReported()
{
    Fixture f;
    QVERIFY(f.start());
    f.addEvents(8);
    const qint64 checkpointSeq = f.checkpoint();
    QVERIFY(checkpointSeq > 0);
    const AuditVerifier::Outcome clean = f.verify();
    QVERIFY2(clean.intact, qPrintable(clean.message));
    QCOMPARE(f.heads.load(f.client->serverKey()).checkpointSeq, checkpointSeq);
    // The intruder deletes the signed checkpoints (they would give a rewrite away): this
    // console remembers the one it saw.
    QVERIFY(f.sql(QStringLiteral("DELETE FROM audit_checkpoints")));
    const AuditVerifier::Outcome after = f.verify();
    QVERIFY(!after.intact);
    QCOMPARE(after.problem, Problem::CheckpointRemoved);
    QCOMPARE(after.firstBadSeq, checkpointSeq);
}

void TestAuditVerifier::forgedCheckpointIsReported()
{
    Fixture f;
    QVERIFY(f.start());
    f.addEvents(10);
    // A recomputed chain with a checkpoint "signed" by the intruder's own key under the
    // server's key id.
    QVERIFY(f.recomputeFrom(4));
    const cc::client::AuditSigningKey serverKey = cc::client::AuditSigningKey::fromJson(
        f.server.call("GET", QStringLiteral("/audit/signing-key"), {}, f.token).json);
    QVERIFY(!serverKey.keyId.isEmpty());
    const QByteArray intruderSeed = cc::crypto::randomBytes(32);
    const QString hash9 = f.hashAt(9);
    const qint64 atMs = QDateTime::currentMSecsSinceEpoch();
    const QByteArray signature
        = cc::crypto::ed25519Sign(intruderSeed, cc::audit::checkpointMessage(9, hash9, atMs))
              .value();
    QVERIFY(f.sql(QStringLiteral("INSERT INTO audit_checkpoints (seq, hash, at, key_id, "
                                 "signature) VALUES (?, ?, ?, ?, ?)"),
                  {qint64(9), hash9, atMs, serverKey.keyId, signature}));
    const AuditVerifier::Outcome after = f.verify();
    QVERIFY(!after.intact);
    QCOMPARE(after.problem, Problem::ForgedCheckpoint);
    QCOMPARE(after.firstBadSeq, 9);
    QVERIFY2(after.message.contains(QStringLiteral("invalid signature")),
             qPrintable(after.message));
}

void TestAuditVerifier::changedSigningKeyIsReported()
{
    Fixture f;
    QVERIFY(f.start());
    f.addEvents(5);
    const AuditVerifier::Outcome clean = f.verify();
    QVERIFY2(clean.intact, qPrintable(clean.message));
    // This console trusted another key before (the server's key was replaced since).
    cc::client::VerifiedHead remembered = f.heads.load(f.client->serverKey());
    remembered.publicKey = cc::crypto::ed25519PublicKey(cc::crypto::randomBytes(32)).value();
    remembered.keyId = cc::crypto::keyFingerprint(remembered.publicKey);
    f.heads.save(f.client->serverKey(), remembered);

    const AuditVerifier::Outcome after = f.verify();
    QVERIFY(!after.intact);
    QCOMPARE(after.problem, Problem::KeyChanged);
    QVERIFY2(after.message.contains(remembered.keyId), qPrintable(after.message));
    QVERIFY2(after.message.contains(clean.keyId), qPrintable(after.message));
    // Still not accepted on the next check...
    QCOMPARE(f.verify().problem, Problem::KeyChanged);
    // ...until the person confirms it.
    AuditVerifier confirming(f.client.get(), &f.heads);
    confirming.acceptNewSigningKey();
    const AuditVerifier::Outcome accepted = f.verify();
    QVERIFY2(accepted.intact, qPrintable(accepted.message));
    QCOMPARE(f.heads.load(f.client->serverKey()).keyId, clean.keyId);
}

void TestAuditVerifier::cancelRemembersNothing()
{
    Fixture f;
    QVERIFY(f.start());
    AuditVerifier verifier(f.client.get(), &f.heads);
    QSignalSpy finished(&verifier, &AuditVerifier::finished);
    QVERIFY(finished.isValid());
    verifier.start();
    QVERIFY(verifier.isRunning());
    verifier.cancel();
    QCOMPARE(finished.count(), 1);
    QVERIFY(!verifier.isRunning());
    QCOMPARE(verifier.lastOutcome().problem, Problem::Cancelled);
    QVERIFY(!f.heads.load(f.client->serverKey()).isValid());
    QTest::qWait(200); // the aborted call must not finish the check a second time
    QCOMPARE(finished.count(), 1);
}

void TestAuditVerifier::cutTailIsCaughtThroughTheAnchors()
{
    // A console that never saw this server: only the anchors outside the database show it.
    Fixture f;
    QVERIFY(f.start());
    f.addEvents(10);
    const qint64 first = f.checkpoint();
    f.addEvents(10);
    const qint64 second = f.checkpoint();
    QVERIFY(second > first + 9);
    f.addEvents(3);
    QVERIFY(f.cutTail(first + 1, first));
    const AuditVerifier::Outcome after = f.verify();
    QVERIFY2(!after.intact, qPrintable(after.message));
    QCOMPARE(after.problem, Problem::Truncated);
    QVERIFY2(after.message.contains(QStringLiteral("anchored outside its database"))
                 && after.message.contains(QStringLiteral("covers event %1").arg(second)),
             qPrintable(after.message));
}

void TestAuditVerifier::rewriteIsCaughtThroughTheAnchors()
{
    Fixture f;
    QVERIFY(f.start());
    f.addEvents(10);
    const qint64 checkpointSeq = f.checkpoint();
    QVERIFY(checkpointSeq > 5);
    f.addEvents(3);
    // Recomputed from event 5, and the signed checkpoints that would give it away dropped.
    QVERIFY(f.recomputeFrom(5));
    QVERIFY(f.sql(QStringLiteral("DELETE FROM audit_checkpoints")));
    const AuditVerifier::Outcome after = f.verify();
    QVERIFY(!after.intact);
    QCOMPARE(after.problem, Problem::CheckpointMismatch);
    QCOMPARE(after.firstBadSeq, checkpointSeq);
    QVERIFY2(after.message.contains(QStringLiteral("anchored outside its database")),
             qPrintable(after.message));
}

void TestAuditVerifier::acknowledgedBreakIsReported()
{
    Fixture f;
    QVERIFY(f.start());
    f.addEvents(10);
    const qint64 first = f.checkpoint();
    f.addEvents(10);
    QVERIFY(f.checkpoint() > first);
    // This console verified the chain before the cut and remembers its head.
    const AuditVerifier::Outcome before = f.verify();
    QVERIFY2(before.intact, qPrintable(before.message));
    QVERIFY(f.cutTail(first + 1, first));
    QCOMPARE(f.verify().problem, Problem::Truncated);

    QByteArray out;
    QCOMPARE(f.server.runCtl({QStringLiteral("audit"), QStringLiteral("verify")}, &out), 3);
    static const QRegularExpression brokenAt(QStringLiteral("BROKEN at event (\\d+)"));
    const QString bad = brokenAt.match(QString::fromUtf8(out)).captured(1);
    const QString reason = QStringLiteral("restored from the backup of the night before");
    QCOMPARE(f.server.runCtl({QStringLiteral("audit"), QStringLiteral("acknowledge-break"),
                              QStringLiteral("--at"), bad, QStringLiteral("--reason"), reason},
                             &out),
             0);
    // Reported, not failed on; the head this console remembered belongs to the lost history.
    const AuditVerifier::Outcome after = f.verify();
    QVERIFY2(after.intact, qPrintable(after.message));
    QCOMPARE(after.acknowledgedBreaks.size(), 1);
    QCOMPARE(after.acknowledgedBreaks.first().seq, bad.toLongLong());
    QCOMPARE(after.acknowledgedBreaks.first().reason, reason);
    QVERIFY2(after.message.contains(QStringLiteral("Break acknowledged at event %1").arg(bad))
                 && after.message.contains(reason),
             qPrintable(after.message));
    // And what follows is checked as before.
    f.addEvents(2);
    QVERIFY(f.sql(QStringLiteral("UPDATE audit_events SET detail = 'nothing to see' WHERE seq = "
                                 "?"),
                  {f.headSeq() - 1}));
    QCOMPARE(f.verify().problem, Problem::Altered);
}

void TestAuditVerifier::damagedAnchorsAreReported()
{
    Fixture f;
    QVERIFY(f.start());
    f.addEvents(5);
    QVERIFY(f.checkpoint() > 0);
    QFile file(f.server.dataDir() + QStringLiteral("/audit-anchors.jsonl"));
    QVERIFY(file.open(QIODevice::ReadWrite));
    QVERIFY(file.resize(file.size() - 20));
    file.close();
    const AuditVerifier::Outcome after = f.verify();
    QVERIFY(!after.intact);
    QCOMPARE(after.problem, Problem::AnchorsDamaged);
    QVERIFY2(after.message.contains(QStringLiteral("cut short")), qPrintable(after.message));
}

QTEST_GUILESS_MAIN(TestAuditVerifier)
#include "tst_audit_verifier.moc"
