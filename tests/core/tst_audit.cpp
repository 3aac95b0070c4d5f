// The trustworthy audit log in the core: server-side filters and paging, signed checkpoints,
// verification with progress, retention as a prefix purge at a checkpoint, the signed evidence
// export, every tamper scenario an intruder with write access to the database could try, the
// anchors outside the database that catch a cut or rewritten chain (and a damaged anchor file),
// acknowledged breaks, and the watch that raises the alarm once per break. Driven by a
// MockClock; links only cc_core.

#include "MockClock.h"
#include "audit/AuditAnchors.h"
#include "audit/AuditExport.h"
#include "audit/AuditLog.h"
#include "audit/SigningKey.h"
#include "crypto/Crypto.h"
#include "crypto/Signature.h"
#include "service/Accounts.h"
#include "service/AuditWatch.h"
#include "service/Monitoring.h"
#include "store/Store.h"

#include <algorithm>
#include <functional>
#include <limits>
#include <sys/stat.h>

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace cc;
using cc::test::MockClock;

using Match = std::function<bool(const cc::AuditEvent &)>;
Q_DECLARE_METATYPE(cc::AuditFilter)
Q_DECLARE_METATYPE(Match)
Q_DECLARE_METATYPE(cc::VerifyScope)

namespace {

Caller systemCaller()
{
    Caller c;
    c.username = QStringLiteral("system");
    return c;
}

qint64 ms(const QString &iso)
{
    return QDateTime::fromString(iso, Qt::ISODate).toMSecsSinceEpoch();
}

} // namespace

class TestAudit : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void filters_data();
    void filters();
    void timesNeverGoBackwards();
    void checkpointSignsTheHeadWhenItMoved();
    void verifyReportsProgress();
    void tamperIsDetected_data();
    void tamperIsDetected();
    void eventsOfAnyTextVerify();
    void oddlyStoredColumnsVerifyAsTheyRead();
    void retentionPurgesAPrefixAtACheckpoint();
    void retentionNeedsACheckpointAndAnIntactPrefix();
    void tamperedBaseIsDetected_data();
    void tamperedBaseIsDetected();
    void exportIsSignedAndChecked();
    void eventJsonRoundTrips();

    void checkpointsAreAnchoredOutsideTheDatabase();
    void cutTailIsCaughtByTheAnchors_data();
    void cutTailIsCaughtByTheAnchors();
    void rewriteIsCaughtByTheAnchors();
    void brokenChainIsNeverSignedOver();
    void anchorLinesAreStrict_data();
    void anchorLinesAreStrict();
    void damagedAnchorFileIsABreak_data();
    void damagedAnchorFileIsABreak();
    void acknowledgedEditIsReportedAndTheRestChecked();
    void acknowledgedCutLetsNewEventsReuseItsSeq();
    void acknowledgementNeedsABreakAndAReason();
    void acknowledgementOfADatabaseWriterIsIgnored();
    void prefixCutIsNotAPurge();
    void anchorsOlderThanThePurgeBaseStay();
    void changedSigningKeyIsABreakUntilAcknowledged();
    void rotatedSigningKeyKeepsTheHistoryVerifiable();
    void checkpointsOfOtherInstancesAreAnchored();
    void watchRaisesTheAlarmOncePerBreak();
    void dailyDigestGoesToTheExecutives();

private:
    AuditEvent add(const QString &actor, const QString &action, const QString &outcome,
                   const QString &objectType = QStringLiteral("access_request"),
                   const QString &objectId = QStringLiteral("1"));
    void seedMixedLog();
    // 1-5, checkpoint of 5 (its record is 6), 7-10, checkpoint of 11, 12-14: head 14.
    void seedWithCheckpoints();
    void sql(const QString &statements);
    // What an intruder who knows the format does: changes events and recomputes every hash
    // from there to the head, and the head itself.
    void rewriteFrom(qint64 seq, const std::function<void(AuditEvent &)> &change);
    QList<AuditEvent> all();
    // What an intruder does who re-hashes the chain from what the product reads of each event.
    void rehashAll();
    // The events whose alteration (one character more in its reason or detail) verification
    // does not report as exactly that event altered: none, when it checks every byte.
    QList<qint64> alterationsMissed(const QString &column);
    AuditVerification verified(VerifyScope scope = VerifyScope::Full);
    QString anchorPath() const { return m_store->dataDir().auditAnchorsFile(); }
    QByteArray anchorBytes() const;
    void writeAnchorBytes(const QByteArray &bytes);
    qint64 count(const QString &sql);
    // What the intruder of the issue did: events after keep removed with the checkpoints after
    // checkpointSeq, the head moved back to keep.
    void cutTail(qint64 keep, qint64 checkpointSeq);
    BreakAcknowledgement acknowledge(qint64 seq, const QString &reason);
    User addUser(const QString &username, const QString &role);

    MockClock m_clock;
    QTemporaryDir *m_dir = nullptr;
    std::unique_ptr<Store> m_store;
};

void TestAudit::initTestCase()
{
    Result<void> selfTest = crypto::init();
    QVERIFY2(selfTest.ok(), selfTest.ok() ? "" : qPrintable(selfTest.error().message));
}

void TestAudit::init()
{
    m_dir = new QTemporaryDir;
    m_clock.set(QDateTime(QDate(2026, 3, 2), QTime(9, 0), Qt::UTC));
    Result<void> created = Store::create(m_dir->path());
    QVERIFY2(created.ok(), created.ok() ? "" : qPrintable(created.error().message));
    Result<std::unique_ptr<Store>> opened = Store::open(m_dir->path(), m_clock);
    QVERIFY2(opened.ok(), opened.ok() ? "" : qPrintable(opened.error().message));
    m_store = std::move(opened.value());
}

void TestAudit::cleanup()
{
    m_store.reset();
    delete m_dir;
    m_dir = nullptr;
}

AuditEvent TestAudit::add(const QString &actor, const QString &action, const QString &outcome,
                          const QString &objectType, const QString &objectId)
{
    AuditEvent e;
    e.actor = actor;
    e.action = action;
    e.outcome = outcome;
    e.objectType = objectType;
    e.objectId = objectId;
    e.detail = QStringLiteral("test");
    Result<AuditEvent> recorded = audit::record(*m_store, e);
    if (!recorded)
        qWarning() << recorded.error().message;
    return recorded ? recorded.value() : AuditEvent();
}

void TestAudit::seedMixedLog()
{
    // 40 events an hour apart from 2026-03-02T09:00Z: seq n is at 09:00 + (n - 1) h.
    const QStringList actors
        = {QStringLiteral("alice"), QStringLiteral("bob"), QStringLiteral("system")};
    const QStringList actions = {QStringLiteral("access.request"), QStringLiteral("access.approve"),
                                 QStringLiteral("session.create"), QStringLiteral("user.create"),
                                 QStringLiteral("accessory.check")};
    const QStringList outcomes
        = {QStringLiteral("success"), QStringLiteral("denied"), QStringLiteral("failure")};
    for (int i = 0; i < 40; ++i) {
        add(actors.at(i % 3), actions.at(i % 5), outcomes.at((i / 2) % 3),
            i % 4 == 0 ? QStringLiteral("grant") : QStringLiteral("access_request"),
            QString::number(i % 7));
        m_clock.advanceSeconds(3600);
    }
}

void TestAudit::seedWithCheckpoints()
{
    for (int i = 0; i < 5; ++i)
        add(QStringLiteral("alice"), QStringLiteral("access.request"), QStringLiteral("success"));
    QVERIFY(audit::checkpoint(*m_store, systemCaller()).value().has_value()); // pins 5; record 6
    for (int i = 0; i < 4; ++i)
        add(QStringLiteral("bob"), QStringLiteral("access.approve"), QStringLiteral("success"));
    QCOMPARE(audit::checkpoint(*m_store, systemCaller()).value()->seq, 10); // record 11
    for (int i = 0; i < 3; ++i)
        add(QStringLiteral("carol"), QStringLiteral("grant.revoke"), QStringLiteral("success"));
    QCOMPARE(audit::head(*m_store)->seq, 14);
    QVERIFY(verified().intact);
    QCOMPARE(verified().checkpointsVerified, 2);
}

void TestAudit::sql(const QString &statements)
{
    for (const QString &statement : statements.split(QLatin1Char(';'), Qt::SkipEmptyParts)) {
        Result<Query> done = m_store->exec(statement);
        QVERIFY2(done.ok(), qPrintable(statement));
    }
}

void TestAudit::rewriteFrom(qint64 seq, const std::function<void(AuditEvent &)> &change)
{
    QList<AuditEvent> events = all();
    QString previous;
    for (AuditEvent &e : events) {
        if (e.seq >= seq) {
            if (e.seq == seq)
                change(e);
            e.prevHash = previous;
            e.hash = audit::hashOf(e);
            QVERIFY(m_store
                        ->exec(QStringLiteral("UPDATE audit_events SET actor = ?, detail = ?, "
                                              "prev_hash = ?, hash = ? WHERE seq = ?"),
                               {e.actor, e.detail, e.prevHash, e.hash, e.seq})
                        .ok());
        }
        previous = e.hash;
    }
    QVERIFY(m_store
                ->exec(QStringLiteral("UPDATE audit_head SET seq = ?, hash = ? WHERE id = 1"),
                       {events.last().seq, events.last().hash})
                .ok());
}

QList<AuditEvent> TestAudit::all()
{
    Result<QList<AuditEvent>> events = audit::list(*m_store, 0, 100000);
    return events ? events.value() : QList<AuditEvent>();
}

void TestAudit::rehashAll()
{
    QString previous;
    QList<AuditEvent> events = all();
    for (AuditEvent &e : events) {
        e.prevHash = previous;
        e.hash = audit::hashOf(e);
        QVERIFY(m_store
                    ->exec(QStringLiteral("UPDATE audit_events SET prev_hash = ?, hash = ? "
                                          "WHERE seq = ?"),
                           {e.prevHash, e.hash, e.seq})
                    .ok());
        previous = e.hash;
    }
    QVERIFY(m_store
                ->exec(QStringLiteral("UPDATE audit_head SET seq = ?, hash = ? WHERE id = 1"),
                       {events.last().seq, events.last().hash})
                .ok());
}

QList<qint64> TestAudit::alterationsMissed(const QString &column)
{
    QList<qint64> missed;
    for (const AuditEvent &e : all()) {
        // Altered inside a transaction that is then rolled back, so each event is altered alone.
        const Result<void> undone = m_store->transaction([&]() -> Result<void> {
            if (Result<Query> altered = m_store->exec(
                    QStringLiteral("UPDATE audit_events SET %1 = %1 || 'x' WHERE seq = ?")
                        .arg(column),
                    {e.seq});
                !altered)
                return altered.error();
            const AuditVerification v = verified();
            if (v.intact || v.firstBadSeq != e.seq
                || !v.problem.contains(QStringLiteral("event %1 was altered").arg(e.seq)))
                missed << e.seq;
            return makeError(ErrorCode::Conflict, QStringLiteral("undone"));
        });
        if (undone.ok() || undone.error().message != QLatin1String("undone"))
            missed << -e.seq;
    }
    return missed;
}

AuditVerification TestAudit::verified(VerifyScope scope)
{
    Result<AuditVerification> v = audit::verify(*m_store, {}, scope);
    if (!v) {
        qWarning() << v.error().message;
        return {};
    }
    return v.value();
}

void TestAudit::filters_data()
{
    QTest::addColumn<AuditFilter>("filter");
    QTest::addColumn<Match>("matches");
    AuditFilter none;
    QTest::newRow("none") << none << Match([](const AuditEvent &) { return true; });
    AuditFilter actor;
    actor.actor = QStringLiteral("bob");
    QTest::newRow("actor") << actor << Match([](const AuditEvent &e) {
        return e.actor == QLatin1String("bob");
    });
    AuditFilter exact;
    exact.action = QStringLiteral("access.request");
    QTest::newRow("action exact") << exact << Match([](const AuditEvent &e) {
        return e.action == QLatin1String("access.request");
    });
    // "access.*" must not match "accessory.check".
    AuditFilter prefix;
    prefix.action = QStringLiteral("access.*");
    QTest::newRow("action prefix")
        << prefix
        << Match([](const AuditEvent &e) { return e.action.startsWith(QLatin1String("access.")); });
    AuditFilter star;
    star.action = QStringLiteral("*");
    QTest::newRow("action star") << star << Match([](const AuditEvent &) { return true; });
    AuditFilter object;
    object.objectType = QStringLiteral("grant");
    object.objectId = QStringLiteral("4");
    QTest::newRow("object") << object << Match([](const AuditEvent &e) {
        return e.objectType == QLatin1String("grant") && e.objectId == QLatin1String("4");
    });
    AuditFilter denied;
    denied.outcome = QStringLiteral("denied");
    denied.actor = QStringLiteral("alice");
    QTest::newRow("outcome and actor") << denied << Match([](const AuditEvent &e) {
        return e.outcome == QLatin1String("denied") && e.actor == QLatin1String("alice");
    });
    // seq n is at 09:00 + (n - 1) h on 2026-03-02: from inclusive, to exclusive.
    AuditFilter range;
    range.fromMs = ms(QStringLiteral("2026-03-02T14:00:00Z"));
    range.toMs = ms(QStringLiteral("2026-03-03T02:00:00Z"));
    QTest::newRow("time range") << range << Match([](const AuditEvent &e) {
        return e.seq >= 6 && e.seq < 18;
    });
    AuditFilter fromOnly;
    fromOnly.fromMs = ms(QStringLiteral("2026-03-03T20:30:00Z"));
    QTest::newRow("from only") << fromOnly
                               << Match([](const AuditEvent &e) { return e.seq >= 37; });
    AuditFilter after;
    after.fromMs = ms(QStringLiteral("2027-01-01T00:00:00Z"));
    QTest::newRow("from after the end") << after << Match([](const AuditEvent &) { return false; });
    AuditFilter combined = range;
    combined.action = QStringLiteral("session.*");
    QTest::newRow("range and prefix") << combined << Match([](const AuditEvent &e) {
        return e.seq >= 6 && e.seq < 18 && e.action == QLatin1String("session.create");
    });
}

void TestAudit::filters()
{
    QFETCH(AuditFilter, filter);
    QFETCH(Match, matches);
    seedMixedLog();
    QList<qint64> expected;
    for (const AuditEvent &e : all())
        if (matches(e))
            expected << e.seq;
    for (const bool descending : {false, true}) {
        filter.descending = descending;
        QList<qint64> seen;
        qint64 after = 0;
        int pages = 0;
        for (;;) {
            Result<Page<AuditEvent>> page = audit::list(*m_store, filter, after, 4);
            QVERIFY2(page.ok(), page.ok() ? "" : qPrintable(page.error().message));
            QVERIFY(page->items.size() <= 4);
            for (const AuditEvent &e : page->items)
                seen << e.seq;
            ++pages;
            if (!page->nextAfter)
                break;
            QCOMPARE(*page->nextAfter, page->items.last().seq);
            after = *page->nextAfter;
            QVERIFY(pages < 100);
        }
        QList<qint64> want = expected;
        if (descending)
            std::reverse(want.begin(), want.end());
        QCOMPARE(seen, want);
    }
}

void TestAudit::timesNeverGoBackwards()
{
    const AuditEvent first
        = add(QStringLiteral("alice"), QStringLiteral("access.request"), QStringLiteral("success"));
    m_clock.advanceSeconds(-7200); // the clock is stepped back
    const AuditEvent second
        = add(QStringLiteral("alice"), QStringLiteral("access.request"), QStringLiteral("success"));
    QCOMPARE(second.atMs, first.atMs);
    m_clock.advanceSeconds(10800);
    const AuditEvent third
        = add(QStringLiteral("alice"), QStringLiteral("access.request"), QStringLiteral("success"));
    QCOMPARE(third.atMs, first.atMs + 3600 * 1000);
    QVERIFY(verified().intact);
}

void TestAudit::checkpointSignsTheHeadWhenItMoved()
{
    QVERIFY(!audit::checkpoint(*m_store, systemCaller()).value().has_value()); // empty chain
    add(QStringLiteral("alice"), QStringLiteral("access.request"), QStringLiteral("success"));
    add(QStringLiteral("bob"), QStringLiteral("access.approve"), QStringLiteral("success"));
    const AuditHead before = audit::head(*m_store).value();
    Result<std::optional<AuditCheckpoint>> made = audit::checkpoint(*m_store, systemCaller());
    QVERIFY(made.ok() && made->has_value());
    const AuditCheckpoint c = **made;
    QCOMPARE(c.seq, before.seq);
    QCOMPARE(c.hash, before.hash);
    QCOMPARE(c.atMs, m_clock.nowMs());
    const QByteArray publicKey = audit::signingPublicKey(*m_store).value();
    QCOMPARE(publicKey.size(), crypto::kEd25519PublicKeyBytes);
    QCOMPARE(c.keyId, crypto::keyFingerprint(publicKey));
    QVERIFY(crypto::ed25519Verify(publicKey, audit::checkpointMessage(c.seq, c.hash, c.atMs),
                                  c.signature));
    // The checkpoint is recorded in the chain.
    const AuditEvent recordEvent = all().last();
    QCOMPARE(recordEvent.action, QStringLiteral("audit.checkpoint"));
    QCOMPARE(recordEvent.objectId, QString::number(c.seq));
    QVERIFY(!recordEvent.detail.contains(QStringLiteral("signature")));

    // Only its own record since: nothing to sign. One more event: a new checkpoint.
    m_clock.advanceSeconds(3600);
    QVERIFY(!audit::checkpoint(*m_store, systemCaller()).value().has_value());
    add(QStringLiteral("alice"), QStringLiteral("session.create"), QStringLiteral("success"));
    QCOMPARE(audit::checkpoint(*m_store, systemCaller()).value()->seq, 4);
    QCOMPARE(audit::checkpoints(*m_store, 0, 10)->size(), 2);
    QCOMPARE(audit::checkpoints(*m_store, 2, 10)->size(), 1);
    const AuditVerification v = verified();
    QVERIFY(v.intact);
    QCOMPARE(v.checkpointsVerified, 2);
    // Every store makes its own signing key.
    QTemporaryDir other;
    QVERIFY(Store::create(other.path()).ok());
    std::unique_ptr<Store> otherStore = std::move(Store::open(other.path(), m_clock).value());
    QVERIFY(audit::signingPublicKey(*otherStore).value() != publicKey);
}

void TestAudit::verifyReportsProgress()
{
    // Enough events for several steps of the verifier.
    const int count = 45000;
    QVERIFY(m_store
                ->transaction([&]() -> Result<void> {
                    for (int i = 0; i < count; ++i) {
                        AuditEvent e;
                        e.actor = QStringLiteral("alice");
                        e.action = QStringLiteral("access.request");
                        e.objectType = QStringLiteral("access_request");
                        e.objectId = QString::number(i);
                        if (Result<AuditEvent> done = audit::append(*m_store, e); !done)
                            return done.error();
                    }
                    return {};
                })
                .ok());
    QList<qint64> checked;
    qint64 total = -1;
    Result<AuditVerification> v = audit::verify(*m_store, [&](qint64 n, qint64 t) {
        checked << n;
        total = t;
    });
    QVERIFY(v.ok() && v->intact);
    QCOMPARE(v->eventCount, count);
    QCOMPARE(total, count);
    QVERIFY2(checked.size() >= 3, qPrintable(QString::number(checked.size())));
    QVERIFY(std::is_sorted(checked.cbegin(), checked.cend()));
    QCOMPARE(checked.last(), count);
    QVERIFY(checked.first() < count);
}

void TestAudit::tamperIsDetected_data()
{
    QTest::addColumn<QString>("scenario");
    QTest::addColumn<qint64>("firstBad");
    QTest::addColumn<QString>("problem");
    QTest::newRow("edit") << QStringLiteral("edit") << qint64(3) << QStringLiteral("altered");
    QTest::newRow("delete") << QStringLiteral("delete") << qint64(4) << QStringLiteral("missing");
    QTest::newRow("reorder") << QStringLiteral("reorder") << qint64(2)
                             << QStringLiteral("does not follow");
    QTest::newRow("truncate end") << QStringLiteral("truncate end") << qint64(14)
                                  << QStringLiteral("removed");
    QTest::newRow("truncate and move head back") << QStringLiteral("truncate head") << qint64(10)
                                                 << QStringLiteral("anchored outside the database");
    QTest::newRow("head altered") << QStringLiteral("head altered") << qint64(14)
                                  << QStringLiteral("head record");
    QTest::newRow("recompute whole chain")
        << QStringLiteral("recompute") << qint64(5) << QStringLiteral("signed checkpoint");
    QTest::newRow("recompute after first checkpoint")
        << QStringLiteral("recompute late") << qint64(10) << QStringLiteral("signed checkpoint");
    QTest::newRow("recompute and re-point checkpoints")
        << QStringLiteral("recompute and checkpoints") << qint64(5)
        << QStringLiteral("invalid signature");
    QTest::newRow("forged checkpoint")
        << QStringLiteral("forged checkpoint") << qint64(5) << QStringLiteral("invalid signature");
    QTest::newRow("checkpoint of another key")
        << QStringLiteral("other key") << qint64(10) << QStringLiteral("another key");
    QTest::newRow("removed checkpoint")
        << QStringLiteral("removed checkpoint") << qint64(10) << QStringLiteral("was removed");
}

void TestAudit::tamperIsDetected()
{
    QFETCH(QString, scenario);
    QFETCH(qint64, firstBad);
    QFETCH(QString, problem);
    seedWithCheckpoints();
    const QList<AuditEvent> events = all();
    if (scenario == QLatin1String("edit")) {
        sql(QStringLiteral("UPDATE audit_events SET detail = 'nothing to see' WHERE seq = 3"));
    } else if (scenario == QLatin1String("delete")) {
        sql(QStringLiteral("DELETE FROM audit_events WHERE seq = 4"));
    } else if (scenario == QLatin1String("reorder")) {
        sql(QStringLiteral("UPDATE audit_events SET seq = -1 WHERE seq = 2;"
                           "UPDATE audit_events SET seq = 2 WHERE seq = 3;"
                           "UPDATE audit_events SET seq = 3 WHERE seq = -1"));
    } else if (scenario == QLatin1String("truncate end")) {
        sql(QStringLiteral("DELETE FROM audit_events WHERE seq = 14"));
    } else if (scenario == QLatin1String("truncate head")) {
        sql(QStringLiteral("DELETE FROM audit_events WHERE seq > 9"));
        QVERIFY(m_store
                    ->exec(QStringLiteral("UPDATE audit_head SET seq = 9, hash = ? WHERE id = 1"),
                           {events.at(8).hash})
                    .ok());
    } else if (scenario == QLatin1String("head altered")) {
        sql(QStringLiteral("UPDATE audit_head SET hash = 'feed' WHERE id = 1"));
    } else if (scenario == QLatin1String("recompute")) {
        rewriteFrom(3, [](AuditEvent &e) { e.actor = QStringLiteral("someone.else"); });
    } else if (scenario == QLatin1String("recompute late")) {
        rewriteFrom(8, [](AuditEvent &e) { e.detail = QStringLiteral("nothing to see"); });
    } else if (scenario == QLatin1String("recompute and checkpoints")) {
        rewriteFrom(3, [](AuditEvent &e) { e.actor = QStringLiteral("someone.else"); });
        for (const AuditEvent &e : all())
            QVERIFY(
                m_store
                    ->exec(QStringLiteral("UPDATE audit_checkpoints SET hash = ? WHERE seq = ?"),
                           {e.hash, e.seq})
                    .ok());
    } else if (scenario == QLatin1String("forged checkpoint")) {
        // Signed with a key the intruder made up, over an honest-looking message.
        const QByteArray seed = crypto::randomBytes(crypto::kEd25519SeedBytes);
        const AuditCheckpoint c = audit::checkpoints(*m_store, 0, 1)->first();
        const QByteArray forged
            = crypto::ed25519Sign(seed, audit::checkpointMessage(c.seq, c.hash, c.atMs)).value();
        QVERIFY(
            m_store
                ->exec(QStringLiteral("UPDATE audit_checkpoints SET signature = ? WHERE seq = 5"),
                       {forged})
                .ok());
    } else if (scenario == QLatin1String("other key")) {
        sql(QStringLiteral("UPDATE audit_checkpoints SET key_id = '00ff' WHERE seq = 10"));
    } else if (scenario == QLatin1String("removed checkpoint")) {
        sql(QStringLiteral("DELETE FROM audit_checkpoints WHERE seq = 10"));
    } else {
        QFAIL("unknown scenario");
    }
    const AuditVerification v = verified();
    QVERIFY2(!v.intact, qPrintable(scenario));
    QCOMPARE(v.firstBadSeq, firstBad);
    QVERIFY2(v.problem.contains(problem), qPrintable(v.problem));
}

void TestAudit::eventsOfAnyTextVerify()
{
    // audit::append hashes canonical() of the AuditEvent; verification builds the canonical
    // bytes of most events straight from the stored column bytes. An event verifies only when
    // the two are the very same bytes.
    const QStringList texts = {
        QStringLiteral("plain ascii"),
        QStringLiteral("j\u00fcrgen.m\u00fcller"),
        QString::fromUtf8(
            "\xf0\x9f\x98\x80 \xe6\xbc\xa2\xe5\xad\x97 \xd7\xa9\xd7\x9c\xd7\x95\xd7\x9d"),
        QString(),
        QStringLiteral("line 1\nline 2\r\n\ttabbed;12:x"),
        QString::fromUtf8("nul\0inside", 10),
        QStringLiteral("\ufeffbom first"),
        QStringLiteral("\ufffe\uffff\ufdd0") + QString::fromUcs4(U"\U0010FFFF"),
        QString(QChar(0xd800)) + QStringLiteral(" lone surrogate"),
        QStringLiteral("0123456789abcdef").repeated(65536), // 1 MiB
    };
    const QList<std::optional<qint64>> actorIds = {std::nullopt,
                                                   1,
                                                   -5,
                                                   0,
                                                   std::numeric_limits<qint64>::max(),
                                                   std::numeric_limits<qint64>::min()};
    for (qsizetype i = 0; i < texts.size(); ++i) {
        AuditEvent e;
        e.actorId = actorIds.at(i % actorIds.size());
        e.actor = texts.at(i);
        e.action = QStringLiteral("test.text");
        e.objectType = texts.at(texts.size() - 1 - i);
        e.objectId = QString::number(i);
        e.reason = texts.at(i);
        e.outcome = texts.at((i + 1) % texts.size());
        e.detail = texts.at(i);
        QVERIFY(audit::record(*m_store, e).ok());
    }
    const AuditVerification v = verified();
    QVERIFY2(v.intact, qPrintable(v.problem));
    QCOMPARE(v.eventCount, texts.size());
    QCOMPARE(alterationsMissed(QStringLiteral("detail")), QList<qint64>());
}

void TestAudit::oddlyStoredColumnsVerifyAsTheyRead()
{
    // Someone with write access to the database can store what audit::append never writes:
    // other types, text that is not UTF-8. Verification reads such an event as the product
    // reads every event (value(), QString): re-hashed from that, the chain verifies, and one
    // change more to such an event is caught. Valid UTF-8 of every kind is checked from its
    // bytes, which must be exactly the bytes canonical() makes of the QString read from them.
    QList<std::pair<QString, QVariant>> odd = {
        {QStringLiteral("detail = ?"), QByteArray("a blob")},
        {QStringLiteral("actor = ?"), QByteArray("alice")},
        {QStringLiteral("object_id = ?"), QByteArray("\0\x01", 2)},
        {QStringLiteral("at = ?"), 1772442000000.5},
        {QStringLiteral("at = ?"), QStringLiteral("soon")},
        {QStringLiteral("actor_id = ?"), QStringLiteral("12x")},
        {QStringLiteral("actor_id = ?"), 2.5},
        {QStringLiteral("actor_id = ?"), QStringLiteral(" 12")},
    };
    // Byte sequences valid and invalid in UTF-8, strung together at random.
    const QList<QByteArray> fragments
        = {"a", QByteArray("\0", 1), ";", "9:", "\xc3\xa9", "\xe2\x82\xac", "\xf0\x9f\x98\x80",
           "\xf4\x8f\xbf\xbf", "\xef\xbb\xbf", "\xef\xbf\xbe", "\xed\x9f\xbf", "\xee\x80\x80",
           // Invalid: above U+10FFFF, surrogates, overlong, stray and cut-off sequences.
           "\xf4\x90\x80\x80", "\xed\xa0\x80", "\xed\xbf\xbf", "\xc0\x80", "\xc1\xbf",
           "\xe0\x80\x80", "\xf0\x80\x80\x80", "\x80", "\xbf", "\xc2", "\xe2\x82", "\xf0\x9f\x98",
           "\xf8\x88\x80\x80\x80", "\xfe", "\xff"};
    QRandomGenerator random(27);
    for (int i = 0; i < 300; ++i) {
        QByteArray bytes(""); // empty text when no fragment is drawn, not NULL
        for (int n = int(random.bounded(6)); n > 0; --n)
            bytes += fragments.at(random.bounded(fragments.size()));
        odd.append({i % 3 ? QStringLiteral("detail = CAST(? AS TEXT)")
                          : QStringLiteral("reason = CAST(? AS TEXT)"),
                    bytes});
    }
    for (const auto &[assignment, value] : odd) {
        const qint64 seq
            = add(QStringLiteral("alice"), QStringLiteral("test.odd"), QStringLiteral("success"))
                  .seq;
        const Result<Query> stored = m_store->exec(
            QStringLiteral("UPDATE audit_events SET %1 WHERE seq = ?").arg(assignment),
            {value, seq});
        QVERIFY2(stored.ok(), stored.ok() ? "" : qPrintable(stored.error().message));
    }
    rehashAll();
    const AuditVerification v = verified();
    QVERIFY2(v.intact, qPrintable(v.problem));
    QCOMPARE(v.eventCount, odd.size());
    QCOMPARE(alterationsMissed(QStringLiteral("outcome")), QList<qint64>());
}

void TestAudit::retentionPurgesAPrefixAtACheckpoint()
{
    // 15 months of activity, a checkpoint at the end of each month.
    m_clock.set(QDateTime(QDate(2025, 1, 1), QTime(8, 0), Qt::UTC));
    QList<AuditCheckpoint> monthly;
    for (int month = 0; month < 15; ++month) {
        for (int i = 0; i < 3; ++i) {
            add(QStringLiteral("alice"), QStringLiteral("access.request"),
                QStringLiteral("success"));
            m_clock.advanceSeconds(3600);
        }
        monthly << audit::checkpoint(*m_store, systemCaller()).value().value();
        m_clock.set(QDateTime(QDate(2025, 1, 1).addMonths(month + 1), QTime(8, 0), Qt::UTC));
    }
    // Now 2026-04-01T08:00Z: 12 months back is 2025-04-01T08:00Z. The checkpoints of January to
    // March 2025 pin events older than that; March's is the newest of them.
    const AuditCheckpoint march = monthly.at(2);
    QCOMPARE(QDateTime::fromMSecsSinceEpoch(march.atMs, Qt::UTC).date(),
             QDate(2025, 1, 1).addMonths(2));
    const qint64 eventsBefore = all().size();
    Result<std::optional<AuditPurge>> purged = audit::purgeExpired(*m_store, systemCaller());
    QVERIFY2(purged.ok(), purged.ok() ? "" : qPrintable(purged.error().message));
    QVERIFY(purged->has_value());
    QCOMPARE((*purged)->baseSeq, march.seq);
    QCOMPARE((*purged)->eventsDeleted, march.seq);
    QCOMPARE((*purged)->checkpointsDeleted, 2);

    const AuditHead head = audit::head(*m_store).value();
    QCOMPARE(head.baseSeq, march.seq);
    QCOMPARE(head.baseHash, march.hash);
    const QList<AuditEvent> left = all();
    QCOMPARE(left.first().seq, march.seq + 1);
    QCOMPARE(left.first().prevHash, march.hash);
    QCOMPARE(qint64(left.size()), eventsBefore - march.seq + 1); // + the purge's own record
    QCOMPARE(audit::checkpoints(*m_store, 0, 100)->first().seq, march.seq);
    const AuditEvent record = left.last();
    QCOMPARE(record.action, QStringLiteral("audit.purge"));
    QVERIFY2(record.detail.contains(QStringLiteral("events_deleted=%1").arg(march.seq))
                 && record.detail.contains(QStringLiteral("checkpoints_deleted=2")),
             qPrintable(record.detail));

    const AuditVerification v = verified();
    QVERIFY2(v.intact, qPrintable(v.problem));
    QCOMPARE(v.baseSeq, march.seq);
    QCOMPARE(v.eventCount, head.seq - march.seq);

    // Nothing more is old enough until time moves on; then the next month goes.
    QVERIFY(!audit::purgeExpired(*m_store, systemCaller()).value().has_value());
    m_clock.set(QDateTime(QDate(2026, 5, 1), QTime(8, 0), Qt::UTC));
    QCOMPARE(audit::purgeExpired(*m_store, systemCaller()).value()->baseSeq, monthly.at(3).seq);
    QVERIFY(verified().intact);
}

void TestAudit::retentionNeedsACheckpointAndAnIntactPrefix()
{
    m_clock.set(QDateTime(QDate(2024, 1, 1), QTime(8, 0), Qt::UTC));
    for (int i = 0; i < 5; ++i)
        add(QStringLiteral("alice"), QStringLiteral("access.request"), QStringLiteral("success"));
    m_clock.set(QDateTime(QDate(2026, 1, 1), QTime(8, 0), Qt::UTC));
    // Old events but no checkpoint old enough: nothing goes.
    QVERIFY(!audit::purgeExpired(*m_store, systemCaller()).value().has_value());
    QCOMPARE(all().size(), 5);

    m_clock.set(QDateTime(QDate(2024, 1, 2), QTime(8, 0), Qt::UTC));
    QVERIFY(audit::checkpoint(*m_store, systemCaller()).value().has_value());
    m_clock.set(QDateTime(QDate(2026, 1, 1), QTime(8, 0), Qt::UTC));
    // A purge never destroys the evidence of a change.
    sql(QStringLiteral("UPDATE audit_events SET detail = 'changed' WHERE seq = 2"));
    Result<std::optional<AuditPurge>> refused = audit::purgeExpired(*m_store, systemCaller());
    QVERIFY(!refused.ok());
    QVERIFY2(refused.error().message.contains(QStringLiteral("event 2")),
             qPrintable(refused.error().message));
    QCOMPARE(all().size(), 6);
    QCOMPARE(audit::head(*m_store)->baseSeq, 0);
}

void TestAudit::tamperedBaseIsDetected_data()
{
    QTest::addColumn<QString>("statements");
    QTest::addColumn<QString>("problem");
    QTest::newRow("base hash changed")
        << QStringLiteral("UPDATE audit_head SET base_hash = 'feed' WHERE id = 1")
        << QStringLiteral("signed checkpoint");
    QTest::newRow("base checkpoint removed")
        << QStringLiteral("DELETE FROM audit_checkpoints WHERE seq = (SELECT base_seq FROM "
                          "audit_head)")
        << QStringLiteral("no signed checkpoint");
    QTest::newRow("base checkpoint re-signed")
        << QStringLiteral("UPDATE audit_checkpoints SET at = at + 1 WHERE seq = (SELECT base_seq "
                          "FROM audit_head)")
        << QStringLiteral("invalid signature");
    // Deleting more than retention did and moving the base along, to no checkpoint.
    QTest::newRow("base moved without checkpoint")
        << QStringLiteral("DELETE FROM audit_events WHERE seq <= (SELECT base_seq + 2 FROM "
                          "audit_head); UPDATE audit_head SET base_seq = base_seq + 2 WHERE id = 1")
        << QStringLiteral("no signed checkpoint");
}

void TestAudit::tamperedBaseIsDetected()
{
    QFETCH(QString, statements);
    QFETCH(QString, problem);
    m_clock.set(QDateTime(QDate(2024, 1, 1), QTime(8, 0), Qt::UTC));
    for (int i = 0; i < 5; ++i)
        add(QStringLiteral("alice"), QStringLiteral("access.request"), QStringLiteral("success"));
    QVERIFY(audit::checkpoint(*m_store, systemCaller()).value().has_value());
    m_clock.set(QDateTime(QDate(2026, 1, 1), QTime(8, 0), Qt::UTC));
    for (int i = 0; i < 5; ++i)
        add(QStringLiteral("bob"), QStringLiteral("access.request"), QStringLiteral("success"));
    QCOMPARE(audit::purgeExpired(*m_store, systemCaller()).value()->baseSeq, 5);
    QVERIFY(verified().intact);

    sql(statements);
    const AuditVerification v = verified();
    QVERIFY(!v.intact);
    QVERIFY2(v.problem.contains(problem), qPrintable(v.problem));
}

void TestAudit::exportIsSignedAndChecked()
{
    seedMixedLog();
    Caller officer;
    officer.userId = 7;
    officer.username = QStringLiteral("olga.officer");
    const qint64 from = ms(QStringLiteral("2026-03-02T14:00:00Z"));
    const qint64 to = ms(QStringLiteral("2026-03-03T02:00:00Z"));
    Result<QByteArray> file = audit::exportRange(*m_store, officer, from, to);
    QVERIFY2(file.ok(), file.ok() ? "" : qPrintable(file.error().message));
    const QByteArray key = audit::signingPublicKey(*m_store).value();

    const audit::ExportCheck check = audit::verifyExport(*file, key);
    QVERIFY2(check.valid, qPrintable(check.problem));
    QCOMPARE(check.count, 12);
    QCOMPARE(check.firstSeq, 6);
    QCOMPARE(check.lastSeq, 17);
    QCOMPARE(check.keyId, crypto::keyFingerprint(key));
    const QList<QByteArray> lines = file->split('\n');
    const QJsonObject header = QJsonDocument::fromJson(lines.first()).object();
    QCOMPARE(header.value(QStringLiteral("format")).toString(), QStringLiteral("cc-audit-export"));
    QCOMPARE(header.value(QStringLiteral("from")).toString(),
             QStringLiteral("2026-03-02T14:00:00Z"));
    QCOMPARE(header.value(QStringLiteral("count")).toInteger(), 12);
    // The export is itself audited.
    const AuditEvent record = all().last();
    QCOMPARE(record.action, QStringLiteral("audit.export"));
    QCOMPARE(record.actor, QStringLiteral("olga.officer"));
    QVERIFY2(record.detail.contains(QStringLiteral("count=12")), qPrintable(record.detail));

    // Any change is caught: an event, a count, a dropped line, a cut file, another key.
    QByteArray edited = *file;
    edited.replace("\"actor\":\"bob\"", "\"actor\":\"eve\"");
    QVERIFY(edited != *file);
    QVERIFY(!audit::verifyExport(edited).valid);
    QVERIFY(!audit::verifyExport(file->left(file->size() - 10)).valid);
    QByteArray dropped;
    for (int i = 0; i < lines.size(); ++i)
        if (i != 3 && !lines.at(i).isEmpty())
            dropped += lines.at(i) + '\n';
    QVERIFY(!audit::verifyExport(dropped).valid);
    const QByteArray otherKey
        = crypto::ed25519PublicKey(crypto::randomBytes(crypto::kEd25519SeedBytes)).value();
    const audit::ExportCheck wrongKey = audit::verifyExport(*file, otherKey);
    QVERIFY(!wrongKey.valid);
    QVERIFY2(wrongKey.problem.contains(QStringLiteral("not with the expected key")),
             qPrintable(wrongKey.problem));

    // Re-signed by an intruder with their own key after dropping an event: the signature
    // holds, but the links do not, and the key is not the store's.
    const QByteArray seed = crypto::randomBytes(crypto::kEd25519SeedBytes);
    const QByteArray intruderKey = crypto::ed25519PublicKey(seed).value();
    QJsonObject forgedHeader = header;
    forgedHeader.insert(QStringLiteral("public_key"), QString::fromLatin1(intruderKey.toBase64()));
    forgedHeader.insert(QStringLiteral("key_id"), crypto::keyFingerprint(intruderKey));
    QByteArray forged = QJsonDocument(forgedHeader).toJson(QJsonDocument::Compact) + '\n';
    for (int i = 1; i + 2 < lines.size(); ++i)
        if (i != 4)
            forged += lines.at(i) + '\n';
    forged += QJsonDocument(
                  QJsonObject {
                      {QStringLiteral("signature"),
                       QString::fromLatin1(crypto::ed25519Sign(seed, forged).value().toBase64())}})
                  .toJson(QJsonDocument::Compact)
        + '\n';
    const audit::ExportCheck relinked = audit::verifyExport(forged);
    QVERIFY(!relinked.valid);
    QVERIFY2(relinked.problem.contains(QStringLiteral("missing or reordered")),
             qPrintable(relinked.problem));
    QVERIFY(!audit::verifyExport(forged, key).valid);

    // An empty range is a valid, signed, empty export.
    const audit::ExportCheck empty = audit::verifyExport(
        audit::exportRange(*m_store, officer, ms(QStringLiteral("2030-01-01T00:00:00Z")),
                           ms(QStringLiteral("2030-02-01T00:00:00Z")))
            .value(),
        key);
    QVERIFY2(empty.valid, qPrintable(empty.problem));
    QCOMPARE(empty.count, 0);
}

void TestAudit::eventJsonRoundTrips()
{
    add(QStringLiteral("alice"), QStringLiteral("access.request"), QStringLiteral("denied"));
    AuditEvent withActor;
    withActor.actorId = 42;
    withActor.actor = QStringLiteral("bob");
    withActor.action = QStringLiteral("grant.revoke");
    withActor.reason = QStringLiteral("ünïcode and \"quotes\"\nand a line break");
    QVERIFY(audit::record(*m_store, withActor).ok());
    for (const AuditEvent &e : all()) {
        const QByteArray json = QJsonDocument(audit::toJson(e)).toJson(QJsonDocument::Compact);
        Result<AuditEvent> back = audit::eventFromJson(QJsonDocument::fromJson(json).object());
        QVERIFY(back.ok());
        QCOMPARE(audit::hashOf(*back), e.hash);
        QCOMPARE(back->prevHash, e.prevHash);
        QCOMPARE(back->actorId.has_value(), e.actorId.has_value());
    }
    QJsonObject missing = audit::toJson(all().first());
    missing.remove(QStringLiteral("at_ms"));
    Result<AuditEvent> refused = audit::eventFromJson(missing);
    QVERIFY(!refused.ok());
    QVERIFY(refused.error().message.contains(QStringLiteral("at_ms")));
    QCOMPARE(audit::parseIsoTime(QStringLiteral("2026-03-02T14:00:00Z")),
             std::optional<qint64>(ms(QStringLiteral("2026-03-02T14:00:00Z"))));
    QCOMPARE(audit::parseIsoTime(QStringLiteral("2026-03-02T15:00:00+01:00")),
             std::optional<qint64>(ms(QStringLiteral("2026-03-02T14:00:00Z"))));
    QVERIFY(!audit::parseIsoTime(QStringLiteral("2026-03-02T14:00:00")).has_value());
    QVERIFY(!audit::parseIsoTime(QStringLiteral("yesterday")).has_value());
}

QByteArray TestAudit::anchorBytes() const
{
    QFile file(anchorPath());
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

void TestAudit::writeAnchorBytes(const QByteArray &bytes)
{
    QFile file(anchorPath());
    QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    QCOMPARE(file.write(bytes), bytes.size());
}

qint64 TestAudit::count(const QString &sql)
{
    Result<Query> q = m_store->exec(sql);
    return q && q->next() ? q->value(0).toLongLong() : -1;
}

void TestAudit::cutTail(qint64 keep, qint64 checkpointSeq)
{
    QVERIFY(m_store->exec(QStringLiteral("DELETE FROM audit_events WHERE seq > ?"), {keep}).ok());
    QVERIFY(
        m_store
            ->exec(QStringLiteral("DELETE FROM audit_checkpoints WHERE seq > ?"), {checkpointSeq})
            .ok());
    QVERIFY(m_store
                ->exec(QStringLiteral("UPDATE audit_head SET seq = ?, hash = (SELECT hash FROM "
                                      "audit_events WHERE seq = ?) WHERE id = 1"),
                       {keep, keep})
                .ok());
}

BreakAcknowledgement TestAudit::acknowledge(qint64 seq, const QString &reason)
{
    m_clock.advanceSeconds(60); // after every checkpoint it may retire
    Result<BreakAcknowledgement> ack = audit::acknowledgeBreak(*m_store, Caller::localOperator(),
                                                               QStringLiteral("olga"), seq, reason);
    if (!ack)
        qWarning() << ack.error().message;
    return ack ? ack.value() : BreakAcknowledgement();
}

User TestAudit::addUser(const QString &username, const QString &role)
{
    Result<CreatedUser> created
        = Accounts(*m_store).addUser(Caller::localOperator(),
                                     {username,
                                      username + QStringLiteral("@example.com"),
                                      username,
                                      {},
                                      {role},
                                      // No part of the username (the password rules).
                                      QByteArrayLiteral("tidy-Lamp-7-orbit")});
    if (!created)
        qFatal("cannot add %s: %s", qPrintable(username), qPrintable(created.error().message));
    return created->user;
}

void TestAudit::checkpointsAreAnchoredOutsideTheDatabase()
{
    // init makes the file, empty and owner-only, before anything is anchored.
    struct stat info;
    QCOMPARE(::stat(QFile::encodeName(anchorPath()).constData(), &info), 0);
    QCOMPARE(info.st_mode & 0777, 0600u);
    QCOMPARE(info.st_size, 0);
    // Each one is also logged at info level: the journal's witness.
    for (const int seq : {5, 10})
        QTest::ignoreMessage(QtInfoMsg,
                             QRegularExpression(QStringLiteral("^audit checkpoint seq=%1 "
                                                               "hash=[0-9a-f]{64} signed_at=\\S+ "
                                                               "key_id=[0-9a-f]{32} anchored in ")
                                                    .arg(seq)));
    seedWithCheckpoints();
    const audit::AnchorFileContents file = audit::parseAnchors(anchorBytes());
    QVERIFY2(file.sound(), qPrintable(file.problem));
    const QList<AuditCheckpoint> stored = audit::checkpoints(*m_store, 0, 10).value();
    QCOMPARE(file.anchors.size(), stored.size());
    for (qsizetype i = 0; i < stored.size(); ++i) {
        const audit::Anchor &a = file.anchors.at(i);
        QCOMPARE(a.kind, audit::Anchor::Kind::Checkpoint);
        QCOMPARE(a.checkpoint.seq, stored.at(i).seq);
        QCOMPARE(a.checkpoint.hash, stored.at(i).hash);
        QCOMPARE(a.checkpoint.keyId, stored.at(i).keyId);
        QCOMPARE(a.checkpoint.signature, stored.at(i).signature);
        QCOMPARE(a.line, int(i) + 1);
    }
    QCOMPARE(::stat(QFile::encodeName(anchorPath()).constData(), &info), 0);
    QCOMPARE(info.st_mode & 0777, 0600u);
    const AuditVerification v = verified();
    QVERIFY(v.intact);
    QCOMPARE(v.state(), AuditState::Intact);
    QCOMPARE(v.anchorsMatched, 2);
    // From the newest anchor: only what follows it.
    const AuditVerification quick = verified(VerifyScope::FromNewestAnchor);
    QVERIFY2(quick.intact, qPrintable(quick.problem));
    QCOMPARE(quick.startSeq, 10);
    QCOMPARE(quick.eventCount, 4);
    // A store older than anchors (no file, no record of one): the newest signed checkpoint
    // stands in, and the first check starts the file from the database.
    QVERIFY(QFile::remove(anchorPath()));
    sql(QStringLiteral("DELETE FROM audit_anchor_files"));
    const AuditVerification older = verified(VerifyScope::FromNewestAnchor);
    QVERIFY2(older.intact, qPrintable(older.problem));
    QCOMPARE(older.startSeq, 10);
    QCOMPARE(audit::syncAnchors(*m_store).value(), 2);
    QCOMPARE(verified().anchorsMatched, 2);
}

void TestAudit::cutTailIsCaughtByTheAnchors_data()
{
    QTest::addColumn<VerifyScope>("scope");
    QTest::newRow("full") << VerifyScope::Full;
    QTest::newRow("from the newest anchor") << VerifyScope::FromNewestAnchor;
}

void TestAudit::cutTailIsCaughtByTheAnchors()
{
    QFETCH(VerifyScope, scope);
    seedWithCheckpoints(); // checkpoints of 5 and 10, head 14
    // The issue's attack: everything after the first checkpoint's record cut, the later
    // checkpoint and the head made to agree.
    cutTail(6, 5);
    const AuditVerification v = verified(scope);
    QVERIFY(!v.intact);
    QCOMPARE(v.state(), AuditState::Broken);
    QCOMPARE(v.firstBadSeq, 7);
    QVERIFY2(v.problem.contains(QStringLiteral("anchored outside the database"))
                 && v.problem.contains(QStringLiteral("events 7 to 10 were removed")),
             qPrintable(v.problem));
}

void TestAudit::rewriteIsCaughtByTheAnchors()
{
    seedWithCheckpoints(); // checkpoints of 5 (record 6) and 10 (record 11), head 14
    // Event 7 altered, event 8 and the later checkpoint's record dropped, the rest renumbered
    // and rehashed, the later checkpoint dropped: the database alone tells no difference.
    QList<AuditEvent> events = all();
    events.removeIf([](const AuditEvent &e) { return e.seq == 8 || e.seq == 11; });
    sql(QStringLiteral("DELETE FROM audit_events WHERE seq > 6; DELETE FROM audit_checkpoints "
                       "WHERE seq > 5"));
    QString previous = events.at(5).hash;
    for (qsizetype i = 6; i < events.size(); ++i) {
        AuditEvent e = events.at(i);
        e.seq = i + 1;
        if (e.seq == 7)
            e.detail = QStringLiteral("nothing to see");
        e.prevHash = previous;
        e.hash = audit::hashOf(e);
        previous = e.hash;
        QVERIFY(
            m_store
                ->exec(QStringLiteral("INSERT INTO audit_events (seq, at, actor_id, actor, action, "
                                      "object_type, object_id, reason, outcome, detail, prev_hash, "
                                      "hash) VALUES (?, ?, NULL, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
                       {e.seq, e.atMs, e.actor, e.action, e.objectType, e.objectId, e.reason,
                        e.outcome, e.detail, e.prevHash, e.hash})
                .ok());
    }
    QVERIFY(m_store
                ->exec(QStringLiteral("UPDATE audit_head SET seq = ?, hash = ? WHERE id = 1"),
                       {qint64(events.size()), previous})
                .ok());
    for (const VerifyScope scope : {VerifyScope::Full, VerifyScope::FromNewestAnchor}) {
        const AuditVerification v = verified(scope);
        QVERIFY(!v.intact);
        QCOMPARE(v.firstBadSeq, 10);
        QVERIFY2(v.problem.contains(QStringLiteral("differs from the checkpoint anchored outside "
                                                   "the database"))
                     && v.problem.contains(QStringLiteral("after event 5")),
                 qPrintable(v.problem));
    }
}

void TestAudit::brokenChainIsNeverSignedOver()
{
    seedWithCheckpoints();
    add(QStringLiteral("dave"), QStringLiteral("access.request"), QStringLiteral("success"));
    sql(QStringLiteral("UPDATE audit_events SET detail = 'nothing to see' WHERE seq = 3"));
    const QByteArray before = anchorBytes();
    const qint64 checkpoints = count(QStringLiteral("SELECT COUNT(*) FROM audit_checkpoints"));
    std::optional<AuditVerification> checked;
    Result<std::optional<AuditCheckpoint>> refused
        = audit::checkpoint(*m_store, systemCaller(), VerifyScope::Full, &checked);
    QVERIFY(!refused.ok());
    QCOMPARE(refused.error().code, ErrorCode::Conflict);
    QVERIFY2(refused.error().message.contains(QStringLiteral("event 3 was altered")),
             qPrintable(refused.error().message));
    QVERIFY(checked && !checked->intact);
    QCOMPARE(anchorBytes(), before);
    QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM audit_checkpoints")), checkpoints);
    // The same from the newest anchor, for a break after it.
    sql(QStringLiteral("UPDATE audit_events SET detail = 'nothing to see' WHERE seq = 13"));
    QVERIFY(!audit::checkpoint(*m_store, systemCaller(), VerifyScope::FromNewestAnchor).ok());
    QCOMPARE(anchorBytes(), before);
}

void TestAudit::anchorLinesAreStrict_data()
{
    QTest::addColumn<QByteArray>("second"); // the second line, after a sound one
    QTest::addColumn<QString>("problem");
    QTest::newRow("empty line") << QByteArray("\n") << QStringLiteral("line 2: empty");
    QTest::newRow("cut short") << QByteArray("{\"type\":\"checkpoint\"")
                               << QStringLiteral("line 2: cut short");
    QTest::newRow("not json") << QByteArray("seq=12\n") << QStringLiteral("line 2: not JSON");
    QTest::newRow("array") << QByteArray("[1]\n") << QStringLiteral("not a JSON object");
    QTest::newRow("unknown type") << QByteArray("{\"type\":\"note\"}\n")
                                  << QStringLiteral("\"type\" must be");
    QTest::newRow("unknown field") << QByteArray("{\"type\":\"checkpoint\",\"seq\":1,\"x\":1}\n")
                                   << QStringLiteral("unknown field \"x\"");
    QTest::newRow("missing field") << QByteArray("{\"type\":\"checkpoint\",\"seq\":1}\n")
                                   << QStringLiteral("\"hash\" is missing");
    QTest::newRow("huge number") << QByteArray("SEQ:1e300") << QStringLiteral("\"seq\" must be");
    QTest::newRow("negative number") << QByteArray("SEQ:-4") << QStringLiteral("\"seq\" must be");
    QTest::newRow("fraction") << QByteArray("SEQ:4.5") << QStringLiteral("\"seq\" must be");
    QTest::newRow("seq as text") << QByteArray("SEQ:\"4\"") << QStringLiteral("\"seq\" must be");
    QTest::newRow("long line") << QByteArray(70000, 'x') + '\n' << QStringLiteral("longer than");
}

void TestAudit::anchorLinesAreStrict()
{
    QFETCH(QByteArray, second);
    QFETCH(QString, problem);
    seedWithCheckpoints();
    const QList<QByteArray> lines = anchorBytes().split('\n');
    QByteArray bad = second;
    if (bad.startsWith("SEQ:")) // the first line with its seq replaced
        bad = QByteArray(lines.first()).replace("\"seq\":5", bad.mid(4).prepend("\"seq\":")) + '\n';
    const audit::AnchorFileContents file = audit::parseAnchors(lines.first() + '\n' + bad);
    QVERIFY(!file.sound());
    QCOMPARE(file.badLine, 2);
    QCOMPARE(file.anchors.size(), 1);
    QVERIFY2(file.problem.contains(problem), qPrintable(file.problem));
}

void TestAudit::damagedAnchorFileIsABreak_data()
{
    QTest::addColumn<QString>("damage");
    QTest::addColumn<QString>("problem");
    QTest::newRow("missing") << QStringLiteral("missing") << QStringLiteral("file is missing");
    QTest::newRow("cut mid-line") << QStringLiteral("cut mid-line") << QStringLiteral("cut short");
    QTest::newRow("cut at a line")
        << QStringLiteral("cut at a line") << QStringLiteral("this instance wrote 2");
    QTest::newRow("emptied") << QStringLiteral("emptied")
                             << QStringLiteral("this instance wrote 2");
    QTest::newRow("line edited") << QStringLiteral("line edited")
                                 << QStringLiteral("invalid signature");
    QTest::newRow("last line replaced") << QStringLiteral("last line replaced")
                                        << QStringLiteral("not the line this instance wrote");
}

void TestAudit::damagedAnchorFileIsABreak()
{
    QFETCH(QString, damage);
    QFETCH(QString, problem);
    seedWithCheckpoints();
    const QByteArray whole = anchorBytes();
    const QList<QByteArray> lines = whole.split('\n');
    if (damage == QLatin1String("missing"))
        QVERIFY(QFile::remove(anchorPath()));
    else if (damage == QLatin1String("cut mid-line"))
        writeAnchorBytes(whole.left(whole.size() - 30));
    else if (damage == QLatin1String("cut at a line"))
        writeAnchorBytes(lines.first() + '\n');
    else if (damage == QLatin1String("emptied"))
        writeAnchorBytes({});
    else if (damage == QLatin1String("line edited"))
        writeAnchorBytes(QByteArray(whole).replace("\"seq\":5", "\"seq\":4"));
    else if (damage == QLatin1String("last line replaced"))
        writeAnchorBytes(lines.first() + '\n' + lines.first() + '\n');
    const QByteArray damaged = anchorBytes();
    // A check from the newest anchor checks the signatures of that anchor and of the
    // acknowledgements only: an older line edited to still parse is the full check's to find.
    QList<VerifyScope> scopes = {VerifyScope::Full};
    if (damage != QLatin1String("line edited"))
        scopes << VerifyScope::FromNewestAnchor;
    for (const VerifyScope scope : std::as_const(scopes)) {
        const AuditVerification v = verified(scope);
        QVERIFY2(!v.intact, qPrintable(damage));
        QVERIFY2(v.problem.contains(problem) && v.problem.contains(QStringLiteral("anchor")),
                 qPrintable(v.problem));
    }
    // Never refilled from the database: the damage stays for someone to look at.
    QCOMPARE(audit::syncAnchors(*m_store).value(), 0);
    QVERIFY(!audit::checkpoint(*m_store, systemCaller()).ok());
    QCOMPARE(QFile::exists(anchorPath()), damage != QLatin1String("missing"));
    QCOMPARE(anchorBytes(), damaged);

    // Acknowledged, the file starts again from its sound lines; the old one is kept beside it.
    const AuditVerification found = verified();
    const BreakAcknowledgement ack = acknowledge(found.firstBadSeq,
                                                 QStringLiteral("the anchor file was damaged by a "
                                                                "failed disk, replaced since"));
    QCOMPARE(ack.seq, found.firstBadSeq);
    const AuditVerification after = verified();
    QVERIFY2(after.intact, qPrintable(after.problem));
    QCOMPARE(after.state(), AuditState::BreakAcknowledged);
    QVERIFY2(audit::parseAnchors(anchorBytes()).sound(),
             qPrintable(audit::parseAnchors(anchorBytes()).problem));
    if (damage != QLatin1String("missing")) {
        const QStringList aside
            = QDir(m_dir->path()).entryList({QStringLiteral("audit-anchors.jsonl.damaged-*")});
        QCOMPARE(aside.size(), 1);
        QFile kept(m_dir->filePath(aside.first()));
        QVERIFY(kept.open(QIODevice::ReadOnly));
        QCOMPARE(kept.readAll(), damaged);
    }
    QVERIFY(audit::checkpoint(*m_store, systemCaller()).value().has_value());
}

void TestAudit::acknowledgedEditIsReportedAndTheRestChecked()
{
    seedWithCheckpoints(); // checkpoints of 5 and 10, head 14
    sql(QStringLiteral("UPDATE audit_events SET detail = 'nothing to see' WHERE seq = 3"));
    QCOMPARE(verified().firstBadSeq, 3);
    const BreakAcknowledgement ack = acknowledge(
        3,
        QStringLiteral("an administrator changed event 3 by hand; the original is in the "
                       "incident file"));
    QCOMPARE(ack.prevSeq, 2);
    QCOMPARE(ack.resumeSeq, 3);
    QCOMPARE(ack.headSeq, 14);
    QCOMPARE(ack.actor, QStringLiteral("compliancectl"));
    QCOMPARE(ack.osUser, QStringLiteral("olga"));
    // Signed with the audit key, recorded in the chain, anchored.
    const QByteArray key = audit::signingPublicKey(*m_store).value();
    QVERIFY(crypto::ed25519Verify(key, audit::breakAcknowledgementMessage(ack), ack.signature));
    const AuditEvent record = all().last();
    QCOMPARE(record.action, QStringLiteral("audit.break_acknowledge"));
    QCOMPARE(record.objectId, QStringLiteral("3"));
    QCOMPARE(record.reason, ack.reason);
    QVERIFY2(record.detail.contains(QStringLiteral("os_user=olga")), qPrintable(record.detail));
    const audit::AnchorFileContents file = audit::parseAnchors(anchorBytes());
    QCOMPARE(file.anchors.last().kind, audit::Anchor::Kind::BreakAcknowledgement);

    // Reported, never hidden; everything else checked as before.
    AuditVerification v = verified();
    QVERIFY2(v.intact, qPrintable(v.problem));
    QCOMPARE(v.state(), AuditState::BreakAcknowledged);
    QCOMPARE(v.acknowledgedBreaks.size(), 1);
    QCOMPARE(v.acknowledgedBreaks.first().reason, ack.reason);
    QCOMPARE(v.eventCount, all().size());
    add(QStringLiteral("erin"), QStringLiteral("access.request"), QStringLiteral("success"));
    QVERIFY(audit::checkpoint(*m_store, systemCaller()).value().has_value());
    QCOMPARE(verified().state(), AuditState::BreakAcknowledged);
    // The acknowledged event changed again, or another one changed: broken again.
    sql(QStringLiteral("UPDATE audit_events SET detail = 'and again' WHERE seq = 3"));
    v = verified();
    QVERIFY(!v.intact);
    QCOMPARE(v.firstBadSeq, 3);
    QVERIFY2(v.problem.contains(QStringLiteral("changed after the break")), qPrintable(v.problem));
    sql(QStringLiteral("UPDATE audit_events SET detail = 'nothing to see' WHERE seq = 3"));
    QVERIFY(verified().intact);
    sql(QStringLiteral("UPDATE audit_events SET detail = 'edited' WHERE seq = 12"));
    QCOMPARE(verified().firstBadSeq, 12);
}

void TestAudit::acknowledgedCutLetsNewEventsReuseItsSeq()
{
    seedWithCheckpoints(); // checkpoints of 5 and 10, head 14
    cutTail(6, 5);
    const AuditVerification found = verified();
    QCOMPARE(found.firstBadSeq, 7);
    const BreakAcknowledgement ack
        = acknowledge(7, QStringLiteral("the database was restored from last night's backup"));
    QCOMPARE(ack.prevSeq, 6);
    QCOMPARE(ack.resumeSeq, 0); // nothing after the cut: new events continue from event 6
    QCOMPARE(ack.headSeq, 6);
    QVERIFY2(verified().intact, qPrintable(verified().problem));
    // New events take the seq of anchored events the cut lost; a checkpoint pins one again.
    for (int i = 0; i < 6; ++i)
        add(QStringLiteral("frank"), QStringLiteral("access.request"), QStringLiteral("success"));
    QVERIFY(audit::head(*m_store)->seq >= 10);
    m_clock.advanceSeconds(60);
    QVERIFY(audit::checkpoint(*m_store, systemCaller()).value().has_value());
    const AuditVerification v = verified();
    QVERIFY2(v.intact, qPrintable(v.problem));
    QCOMPARE(v.state(), AuditState::BreakAcknowledged);
    QCOMPARE(v.acknowledgedBreaks.first().seq, 7);
    QVERIFY(verified(VerifyScope::FromNewestAnchor).intact);

    // A checkpoint the cut left in the database is kept aside, not in the way of event 10's.
    cutTail(6, 5);
    sql(QStringLiteral("INSERT INTO audit_checkpoints SELECT seq, hash, at, key_id, signature "
                       "FROM audit_retired_checkpoints"));
    QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM audit_retired_checkpoints")), 0);
}

void TestAudit::acknowledgementNeedsABreakAndAReason()
{
    seedWithCheckpoints();
    Result<BreakAcknowledgement> none
        = audit::acknowledgeBreak(*m_store, Caller::localOperator(), QStringLiteral("olga"), 3,
                                  QStringLiteral("nothing is wrong, just checking"));
    QVERIFY(!none.ok());
    QVERIFY2(none.error().message.contains(QStringLiteral("no unacknowledged break")),
             qPrintable(none.error().message));
    sql(QStringLiteral("UPDATE audit_events SET detail = 'nothing to see' WHERE seq = 8"));
    const std::pair<qint64, QString> refused[] = {
        {8, QStringLiteral("  ")}, // no reason
        {6, QStringLiteral("the disk failed during a repair")}, // not the first break
        {9, QStringLiteral("the disk failed during a repair")},
    };
    for (const auto &[seq, reason] : refused) {
        Result<BreakAcknowledgement> ack = audit::acknowledgeBreak(
            *m_store, Caller::localOperator(), QStringLiteral("olga"), seq, reason);
        QVERIFY(!ack.ok());
        QCOMPARE(ack.error().code, ErrorCode::InvalidInput);
    }
    QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM audit_break_acks")), 0);
    QVERIFY(!verified().intact);
    QCOMPARE(acknowledge(8, QStringLiteral("the repair script rewrote event 8")).seq, 8);
    QVERIFY(verified().intact);
}

void TestAudit::acknowledgementOfADatabaseWriterIsIgnored()
{
    seedWithCheckpoints();
    cutTail(6, 5);
    // Someone with database access makes their own acknowledgement, signed with a key of their
    // own under the store's key id: never anchored, never in force.
    const QByteArray seed = crypto::randomBytes(crypto::kEd25519SeedBytes);
    BreakAcknowledgement forged;
    forged.seq = 7;
    forged.prevSeq = 6;
    forged.prevHash = all().last().hash;
    forged.headSeq = 6;
    forged.headHash = forged.prevHash;
    forged.problem = QStringLiteral("nothing");
    forged.reason = QStringLiteral("a routine clean-up of old events");
    forged.actor = QStringLiteral("compliancectl");
    forged.atMs = m_clock.nowMs();
    forged.keyId = crypto::keyFingerprint(audit::signingPublicKey(*m_store).value());
    forged.signature
        = crypto::ed25519Sign(seed, audit::breakAcknowledgementMessage(forged)).value();
    QVERIFY(m_store
                ->exec(QStringLiteral("INSERT INTO audit_break_acks (seq, at, signature, record) "
                                      "VALUES (7, ?, ?, ?)"),
                       {forged.atMs, forged.signature,
                        QString::fromUtf8(audit::anchorLine(audit::Anchor::of(forged)))})
                .ok());
    const QByteArray before = anchorBytes();
    QCOMPARE(audit::syncAnchors(*m_store).value(), 0);
    QCOMPARE(anchorBytes(), before);
    QVERIFY(!verified().intact);
}

void TestAudit::prefixCutIsNotAPurge()
{
    m_clock.set(QDateTime(QDate(2025, 9, 1), QTime(8, 0), Qt::UTC));
    for (int i = 0; i < 5; ++i)
        add(QStringLiteral("alice"), QStringLiteral("access.request"), QStringLiteral("success"));
    QVERIFY(audit::checkpoint(*m_store, systemCaller()).value().has_value()); // pins 5
    m_clock.set(QDateTime(QDate(2026, 3, 1), QTime(8, 0), Qt::UTC));
    for (int i = 0; i < 5; ++i)
        add(QStringLiteral("bob"), QStringLiteral("access.request"), QStringLiteral("success"));
    // Six months old: retention keeps it.
    QVERIFY(!audit::purgeExpired(*m_store, systemCaller()).value().has_value());
    // An intruder cuts the prefix at the genuine checkpoint and moves the base there, as a
    // purge would have.
    const AuditCheckpoint c = audit::checkpoints(*m_store, 0, 1)->first();
    QVERIFY(m_store->exec(QStringLiteral("DELETE FROM audit_events WHERE seq <= ?"), {c.seq}).ok());
    QVERIFY(m_store
                ->exec(QStringLiteral("UPDATE audit_head SET base_seq = ?, base_hash = ? WHERE id "
                                      "= 1"),
                       {c.seq, c.hash})
                .ok());
    const AuditVerification v = verified();
    QVERIFY(!v.intact);
    QCOMPARE(v.firstBadSeq, c.seq + 1);
    QVERIFY2(v.problem.contains(QStringLiteral("less than 12 months ago")), qPrintable(v.problem));
    // A year later the same base is what retention would have left: no longer a break.
    m_clock.set(QDateTime(QDate(2026, 10, 1), QTime(8, 0), Qt::UTC));
    QVERIFY2(verified().intact, qPrintable(verified().problem));
}

void TestAudit::anchorsOlderThanThePurgeBaseStay()
{
    m_clock.set(QDateTime(QDate(2025, 1, 1), QTime(8, 0), Qt::UTC));
    for (int month = 0; month < 14; ++month) {
        for (int i = 0; i < 3; ++i)
            add(QStringLiteral("alice"), QStringLiteral("access.request"),
                QStringLiteral("success"));
        QVERIFY(audit::checkpoint(*m_store, systemCaller()).value().has_value());
        m_clock.set(QDateTime(QDate(2025, 1, 1).addMonths(month + 1), QTime(8, 0), Qt::UTC));
    }
    const QByteArray before = anchorBytes();
    const std::optional<AuditPurge> purged = audit::purgeExpired(*m_store, systemCaller()).value();
    QVERIFY(purged.has_value());
    // The file keeps every anchor: those at or below the base describe purged events and are
    // not checked against the chain, the rest still are.
    QVERIFY(anchorBytes().startsWith(before));
    const AuditVerification v = verified();
    QVERIFY2(v.intact, qPrintable(v.problem));
    const QList<audit::Anchor> anchors = audit::parseAnchors(before).anchors;
    const qint64 newer = std::count_if(anchors.cbegin(), anchors.cend(), [&](const auto &a) {
        return a.checkpoint.seq > purged->baseSeq;
    });
    QCOMPARE(v.anchorsMatched, newer);
    QVERIFY(verified(VerifyScope::FromNewestAnchor).intact);
}

void TestAudit::changedSigningKeyIsABreakUntilAcknowledged()
{
    seedWithCheckpoints();
    const QString oldKey = crypto::keyFingerprint(audit::signingPublicKey(*m_store).value());
    // The master key is replaced (lost, replaced by hand): the signing key sealed under it no
    // longer opens, so nothing is signed until a new signing key is made, and what the old key
    // signed cannot be checked any more, and says so.
    m_store.reset();
    QVERIFY(QFile::remove(m_dir->filePath(QStringLiteral("master.key"))));
    QVERIFY(crypto::KeyRing::createKeyFile(m_dir->filePath(QStringLiteral("master.key"))).ok());
    m_store = std::move(Store::open(m_dir->path(), m_clock).value());
    QVERIFY(!audit::checkpoint(*m_store, systemCaller()).ok());
    const Result<QByteArray> unopened = audit::signingPublicKey(*m_store);
    QVERIFY(!unopened.ok());
    QVERIFY2(unopened.error().message.contains(QStringLiteral("key rotate-signing")),
             qPrintable(unopened.error().message));
    QVERIFY(audit::rotateSigningKey(*m_store, systemCaller()).ok());
    const AuditVerification v = verified();
    QVERIFY(!v.intact);
    QVERIFY2(v.problem.contains(oldKey) && v.problem.contains(QStringLiteral("another master key")),
             qPrintable(v.problem));
    QVERIFY(!audit::checkpoint(*m_store, systemCaller()).ok());
    // Acknowledged: the old anchors are set aside with the file, the old checkpoints no longer
    // count, the new key signs from here.
    QCOMPARE(v.firstBadSeq, 5); // the first event the old key pinned
    QCOMPARE(acknowledge(5, QStringLiteral("the master key was lost and replaced")).seq, 5);
    const AuditVerification after = verified();
    QVERIFY2(after.intact, qPrintable(after.problem));
    QCOMPARE(after.state(), AuditState::BreakAcknowledged);
    add(QStringLiteral("gina"), QStringLiteral("access.request"), QStringLiteral("success"));
    QVERIFY(audit::checkpoint(*m_store, systemCaller()).value().has_value());
    QVERIFY(verified().intact);
}

void TestAudit::rotatedSigningKeyKeepsTheHistoryVerifiable()
{
    seedWithCheckpoints();
    const audit::SigningKey first = audit::currentSigningKey(*m_store).value();
    const audit::SigningKey second = audit::rotateSigningKey(*m_store, systemCaller()).value();
    QVERIFY(second.keyId != first.keyId);
    QCOMPARE(audit::currentSigningKey(*m_store)->keyId, second.keyId);
    QCOMPARE(all().last().action, QStringLiteral("audit.signing_key.rotate"));
    QVERIFY2(all().last().detail.contains(QStringLiteral("previous_key_id=") + first.keyId),
             qPrintable(all().last().detail));
    // The new key signs; the checkpoints and anchors of the old one keep verifying.
    add(QStringLiteral("dora"), QStringLiteral("access.request"), QStringLiteral("success"));
    const AuditCheckpoint c = audit::checkpoint(*m_store, systemCaller()).value().value();
    QCOMPARE(c.keyId, second.keyId);
    const AuditVerification v = verified();
    QVERIFY2(v.intact, qPrintable(v.problem));
    QCOMPARE(v.checkpointsVerified, 3);
    const QSet<QString> signers = [&] {
        QSet<QString> ids;
        for (const audit::Anchor &a : audit::parseAnchors(anchorBytes()).anchors)
            ids.insert(a.keyId());
        return ids;
    }();
    QCOMPARE(signers, QSet<QString>({first.keyId, second.keyId}));
    QCOMPARE(audit::signingKeys(*m_store)->size(), 2);

    // A key a database writer adds without the master key (its seed sealed under another) is
    // not one of the store's: what it signs does not verify.
    const QByteArray stolenSeed = crypto::randomBytes(crypto::kEd25519SeedBytes);
    const QByteArray forgedKey = crypto::ed25519PublicKey(stolenSeed).value();
    crypto::KeyRing otherRing;
    otherRing.addKey(1, crypto::randomBytes(crypto::kAesKeyBytes));
    QVERIFY(m_store
                ->exec(QStringLiteral("INSERT INTO audit_signing_keys (id, key_id, public_key, "
                                      "sealed_seed, created_at) VALUES (99, ?, ?, ?, 0)"),
                       {crypto::keyFingerprint(forgedKey), forgedKey,
                        otherRing
                            .seal(stolenSeed,
                                  crypto::fieldAad(QStringLiteral("audit_signing_keys"),
                                                   QStringLiteral("sealed_seed"), 99))
                            .value()})
                .ok());
    QCOMPARE(audit::signingKeys(*m_store)->size(), 2);
    QVERIFY(!audit::signingKeys(*m_store)->contains(crypto::keyFingerprint(forgedKey)));
    QVERIFY(!audit::signingPublicKey(*m_store).ok()); // the newest row does not open: no signing
}

void TestAudit::checkpointsOfOtherInstancesAreAnchored()
{
    seedWithCheckpoints();
    // A checkpoint another instance signed, which this file never had: the database holds it,
    // and this instance's record of its file does not count it.
    const QList<QByteArray> lines = anchorBytes().split('\n');
    writeAnchorBytes(lines.first() + '\n');
    sql(QStringLiteral("DELETE FROM audit_anchor_files"));
    QCOMPARE(audit::syncAnchors(*m_store).value(), 1);
    QCOMPARE(anchorBytes().split('\n').size(), 3);
    QCOMPARE(audit::syncAnchors(*m_store).value(), 0);
    QCOMPARE(verified().anchorsMatched, 2);
    // One that does not match the chain (a database writer's doing) is not anchored.
    const AuditCheckpoint genuine = audit::checkpoints(*m_store, 5, 1)->first();
    writeAnchorBytes(lines.first() + '\n');
    sql(QStringLiteral("DELETE FROM audit_anchor_files; UPDATE audit_events SET detail = 'x' "
                       "WHERE seq = 10"));
    QCOMPARE(audit::syncAnchors(*m_store).value(), 0);
    QVERIFY(!anchorBytes().contains(genuine.signature.toBase64()));
}

void TestAudit::watchRaisesTheAlarmOncePerBreak()
{
    seedWithCheckpoints(); // checkpoints of 5 and 10, head 14
    const User officer
        = addUser(QStringLiteral("olga.officer"), QStringLiteral("compliance_officer"));
    const User cto = addUser(QStringLiteral("tom.cto"), QStringLiteral("executive"));
    const User employee = addUser(QStringLiteral("emma"), QStringLiteral("employee"));
    Monitoring::install(*m_store);
    const qint64 anchored = audit::checkpoint(*m_store, systemCaller()).value()->seq;
    AuditWatch watch(*m_store);
    QVERIFY(watch.check(VerifyScope::Full)->intact);
    QCOMPARE(watch.status().state, AuditState::Intact);
    // SMTP set: the alarm also goes out by e-mail.
    QFile smtp(m_store->dataDir().smtpConfigFile());
    QVERIFY(smtp.open(QIODevice::WriteOnly));
    smtp.write(R"({"host": "127.0.0.1", "port": 2525, "sender": "store@example.com"})");
    smtp.close();

    cutTail(12, 10);
    for (int i = 0; i < 3; ++i) {
        const AuditVerification v = watch.check(VerifyScope::FromNewestAnchor).value();
        QVERIFY(!v.intact);
        QCOMPARE(watch.status().state, AuditState::Broken);
        // The alarm's own record extends the chain: the break is the same.
        add(QStringLiteral("harry"), QStringLiteral("access.request"), QStringLiteral("success"));
    }
    const Page<Alert> alerts = Monitoring(*m_store).alerts({}).value();
    QCOMPARE(alerts.items.size(), 1);
    const Alert alarm = alerts.items.first();
    QCOMPARE(alarm.rule, QStringLiteral("audit_tamper"));
    QCOMPARE(alarm.severity, QStringLiteral("critical"));
    QCOMPARE(alarm.firstSeq, std::optional<qint64>(13));
    QVERIFY2(alarm.detail.contains(QStringLiteral("events 13 to %1 were removed").arg(anchored)),
             qPrintable(alarm.detail));
    const auto notified = [&](qint64 userId) {
        return count(QStringLiteral("SELECT COUNT(*) FROM notifications WHERE kind = 'alert' AND "
                                    "threshold = 'critical' AND alert_id = %1 AND user_id = %2")
                         .arg(alarm.id)
                         .arg(userId));
    };
    QCOMPARE(notified(officer.id), 1);
    QCOMPARE(notified(cto.id), 1);
    QCOMPARE(notified(employee.id), 0);
    QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM mail_outbox WHERE kind = "
                                  "'audit_tamper' AND to_address IN ('olga.officer@example.com', "
                                  "'tom.cto@example.com')")),
             2);
    QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM mail_outbox")), 2);

    // A weaker check does not clear what a full one found; a passing full one does.
    sql(QStringLiteral("UPDATE audit_events SET detail = 'edited' WHERE seq = 2"));
    QCOMPARE(watch.check(VerifyScope::Full)->firstBadSeq, 2);
    QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM alerts")), 2);
    acknowledge(2, QStringLiteral("event 2 edited while investigating an outage"));
    QVERIFY(!watch.check(VerifyScope::FromNewestAnchor)->intact); // the cut is still there
    acknowledge(watch.check(VerifyScope::Full)->firstBadSeq,
                QStringLiteral("events cut by the intruder of incident 12"));
    QVERIFY(watch.check(VerifyScope::FromNewestAnchor)->intact);
    QCOMPARE(watch.status().state, AuditState::Broken); // the full check's break stands
    QVERIFY(watch.check(VerifyScope::Full)->intact);
    QCOMPARE(watch.status().state, AuditState::BreakAcknowledged);
    QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM alerts")), 2);
}

void TestAudit::dailyDigestGoesToTheExecutives()
{
    seedWithCheckpoints();
    const User cto = addUser(QStringLiteral("tom.cto"), QStringLiteral("executive"));
    addUser(QStringLiteral("olga.officer"), QStringLiteral("compliance_officer"));
    m_clock.advanceSeconds(3600);
    const AuditCheckpoint last = audit::checkpoint(*m_store, systemCaller()).value().value();
    AuditWatch watch(*m_store);
    m_clock.advanceSeconds(24 * 3600);
    QCOMPARE(watch.queueDailyDigest().value(), 0); // no SMTP, no digest
    QFile smtp(m_store->dataDir().smtpConfigFile());
    QVERIFY(smtp.open(QIODevice::WriteOnly));
    smtp.write(R"({"host": "127.0.0.1", "port": 2525, "sender": "store@example.com"})");
    smtp.close();
    QCOMPARE(watch.queueDailyDigest().value(), 1);
    QCOMPARE(watch.queueDailyDigest().value(), 0); // once per day and recipient
    Result<Query> q = m_store->exec(QStringLiteral(
        "SELECT user_id, to_address, subject, body FROM mail_outbox WHERE kind = 'audit_digest'"));
    QVERIFY(q && q->next());
    QCOMPARE(q->value(0).toLongLong(), cto.id);
    QCOMPARE(q->value(2).toString(), QStringLiteral("Audit trail digest for 2026-03-02"));
    const QString body = q->value(3).toString();
    QVERIFY2(body.contains(last.hash) && body.contains(QStringLiteral("event   %1").arg(last.seq))
                 && body.contains(QStringLiteral("3 checkpoint(s)")),
             qPrintable(body));
}

QTEST_GUILESS_MAIN(TestAudit)
#include "tst_audit.moc"
