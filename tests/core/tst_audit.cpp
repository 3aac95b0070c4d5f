// The trustworthy audit log in the core: server-side filters and paging, signed checkpoints,
// verification with progress, retention as a prefix purge at a checkpoint, the signed evidence
// export, and every tamper scenario an intruder with write access to the database could try.
// Driven by a MockClock; links only cc_core.

#include "MockClock.h"
#include "audit/AuditExport.h"
#include "audit/AuditLog.h"
#include "crypto/Crypto.h"
#include "crypto/Signature.h"
#include "store/Store.h"

#include <algorithm>
#include <functional>

#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace cc;
using cc::test::MockClock;

using Match = std::function<bool(const cc::AuditEvent &)>;
Q_DECLARE_METATYPE(cc::AuditFilter)
Q_DECLARE_METATYPE(Match)

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
    void retentionPurgesAPrefixAtACheckpoint();
    void retentionNeedsACheckpointAndAnIntactPrefix();
    void tamperedBaseIsDetected_data();
    void tamperedBaseIsDetected();
    void exportIsSignedAndChecked();
    void eventJsonRoundTrips();

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
    AuditVerification verified();

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

AuditVerification TestAudit::verified()
{
    Result<AuditVerification> v = audit::verify(*m_store);
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
    // Every store derives its own key from its own master key.
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
    QTest::newRow("truncate and move head back")
        << QStringLiteral("truncate head") << qint64(10) << QStringLiteral("past the head");
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

QTEST_GUILESS_MAIN(TestAudit)
#include "tst_audit.moc"
