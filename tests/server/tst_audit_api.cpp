// The audit log's API over real HTTPS against the real compliance-stored (SQLite and
// PostgreSQL): permissions of every endpoint, server-side filters and newest-first paging,
// events a client can re-hash, signed checkpoints and their anchors outside the database, the
// streamed verification (intact and tampered), the signed evidence export checked by
// `compliancectl audit verify-export`, no order PII in any audit event; and the attacks of an
// intruder with database access (a cut tail, a rewrite, an edit before a restart), caught by
// the anchors, alarmed once, never signed over, and a break acknowledged.

#include "TestServer.h"
#include "audit/AuditAnchors.h"
#include "audit/AuditChain.h"
#include "audit/AuditExport.h"
#include "crypto/Crypto.h"
#include "crypto/Signature.h"

#include <algorithm>

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QRegularExpression>
#include <QScopeGuard>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace cc::test;

namespace {

// Distinctive PII, so any trace of it in the audit trail is found by a plain text search.
const QString kBuyerName = QStringLiteral("Zebulon Pemberton-Quirke");
const QString kBuyerEmail = QStringLiteral("zebulon.quirke@pii-test.example");
const QString kAddressLine = QStringLiteral("77 Wrenfeather Close");
const QString kCity = QStringLiteral("Marrowdale");

QJsonObject order(const QString &id, const QDateTime &fulfilled)
{
    return {
        {QStringLiteral("AmazonOrderId"), id},
        {QStringLiteral("PurchaseDate"), fulfilled.addDays(-1).toString(Qt::ISODate)},
        {QStringLiteral("OrderStatus"), QStringLiteral("Shipped")},
        {QStringLiteral("MarketplaceId"), QStringLiteral("ATVPDKIKX0DER")},
        {QStringLiteral("OrderTotal"),
         QJsonObject {{QStringLiteral("CurrencyCode"), QStringLiteral("USD")},
                      {QStringLiteral("Amount"), QStringLiteral("19.99")}}},
        {QStringLiteral("BuyerInfo"),
         QJsonObject {{QStringLiteral("BuyerEmail"), kBuyerEmail},
                      {QStringLiteral("BuyerName"), kBuyerName}}},
        {QStringLiteral("ShippingAddress"),
         QJsonObject {{QStringLiteral("Name"), kBuyerName},
                      {QStringLiteral("AddressLine1"), kAddressLine},
                      {QStringLiteral("City"), kCity},
                      {QStringLiteral("PostalCode"), QStringLiteral("97201")},
                      {QStringLiteral("CountryCode"), QStringLiteral("US")}}},
        {QStringLiteral("FulfillmentDate"), fulfilled.toString(Qt::ISODate)},
    };
}

QString iso(const QDateTime &t)
{
    return t.toUTC().toString(Qt::ISODate);
}

struct Run
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};

// compliancectl without any store: what an auditor holding only the file runs.
Run ctlAlone(const QStringList &arguments)
{
    QProcess process;
    process.start(binary(QStringLiteral("compliancectl")), arguments);
    Run result;
    if (!process.waitForStarted(10000) || !process.waitForFinished(60000))
        return result;
    result.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    result.out = process.readAllStandardOutput();
    result.err = process.readAllStandardError();
    return result;
}

QList<QJsonObject> ndjson(const QByteArray &raw)
{
    QList<QJsonObject> lines;
    for (const QByteArray &line : raw.split('\n')) {
        if (!line.trimmed().isEmpty())
            lines << QJsonDocument::fromJson(line).object();
    }
    return lines;
}

// A store of its own for an attack (each ruins its chain): an officer and an executive signed
// in, activity, and checkpoints signed by compliancectl as the server's job signs them.
struct Victim
{
    TestServer server;
    TestServer::Account officer;
    TestServer::Account executive;
    QString officerToken;
    QString executiveToken;

    bool start(const QStringList &arguments = {})
    {
        if (!server.start(arguments)) {
            qWarning("%s", qPrintable(server.errorString()));
            return false;
        }
        if (officer.id == 0) {
            officer = server.addUser(QStringLiteral("olga.officer"),
                                     QStringLiteral("compliance_officer"));
            executive = server.addUser(QStringLiteral("tom.cto"), QStringLiteral("executive"),
                                       QStringLiteral("CTO"));
            officerToken = server.login(officer);
            executiveToken = server.login(executive);
        }
        return !officerToken.isEmpty() && !executiveToken.isEmpty();
    }

    // Each GET /audit is itself audited: a cheap way to grow the chain.
    void grow(int events)
    {
        for (int i = 0; i < events; ++i)
            QCOMPARE(server.call("GET", QStringLiteral("/audit?limit=1"), {}, officerToken).status,
                     200);
    }

    // The seq compliancectl signed, 0 when it refused.
    qint64 checkpoint(QByteArray *output = nullptr)
    {
        QByteArray out;
        QByteArray err;
        const int code
            = server.runCtl({QStringLiteral("audit"), QStringLiteral("checkpoint")}, &out, &err);
        if (output)
            *output = out + err;
        static const QRegularExpression signedAt(QStringLiteral("checkpoint of event (\\d+)"));
        return code == 0 ? signedAt.match(QString::fromUtf8(out)).captured(1).toLongLong() : 0;
    }

    ApiReply get(const QString &path) { return server.call("GET", path, {}, officerToken); }
    QString auditState()
    {
        return get(QStringLiteral("/audit/head"))
            .json.value(QStringLiteral("audit_state"))
            .toString();
    }
    QList<QJsonObject> tamperAlerts()
    {
        QList<QJsonObject> alerts;
        const ApiReply r = get(QStringLiteral("/alerts?rule=audit_tamper"));
        for (const QJsonValue &v : r.json.value(QStringLiteral("items")).toArray())
            alerts << v.toObject();
        return alerts;
    }

    // The intruder with database access.
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
    qint64 number(const QString &statement)
    {
        QSqlQuery q(db());
        return q.exec(statement) && q.next() ? q.value(0).toLongLong() : -1;
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
    // The cut: events after keep removed, the checkpoints after checkpointSeq removed,
    // the head moved back to keep.
    bool cutTail(qint64 keep, qint64 checkpointSeq)
    {
        return sql(QStringLiteral("DELETE FROM audit_events WHERE seq > ?"), {keep})
            && sql(QStringLiteral("DELETE FROM audit_checkpoints WHERE seq > ?"), {checkpointSeq})
            && sql(QStringLiteral("UPDATE audit_head SET seq = ?, hash = (SELECT hash FROM "
                                  "audit_events WHERE seq = ?) WHERE id = 1"),
                   {keep, keep});
    }

    ~Victim()
    {
        if (QSqlDatabase::contains(QStringLiteral("intruder"))) {
            QSqlDatabase::database(QStringLiteral("intruder")).close();
            QSqlDatabase::removeDatabase(QStringLiteral("intruder"));
        }
    }
};

} // namespace

class TestAuditApi : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();

    void endpointsNeedSignIn_data();
    void endpointsNeedSignIn();
    void endpointsNeedPermission_data();
    void endpointsNeedPermission();
    void eventsCarryWhatAClientNeedsToRehash();
    void filters_data();
    void filters();
    void badFilterValuesAreNamed_data();
    void badFilterValuesAreNamed();
    void newestFirstPaging();
    void checkpointsAreSignedWithThePublishedKey();
    void exportRoundTripsThroughCompliancectl();
    void noPiiInAnyAuditEvent();
    void verifyStreamsProgress();
    void anchorsAreListedAndSigned();
    // The attacks, each on a store of its own: they fail on a server without anchors.
    void cutTailAfterACheckpointIsCaught();
    void rewriteIsCaught();
    void editAndRestartIsCaught();
    void acknowledgedBreakIsReportedAndTheRestChecked();
    void eachInstanceKeepsItsOwnWitness();
    // Last: it breaks the chain on purpose.
    void verifyReportsTampering();

private:
    ApiReply as(const QString &role, const QString &path)
    {
        return m_server.call("GET", path, {}, m_tokens.value(role));
    }
    QList<QJsonObject> allEvents(const QString &query = {});
    // Appends count valid events straight into the database, as a busy store would have.
    void seedEvents(int count);

    TestServer m_server;
    QHash<QString, TestServer::Account> m_accounts;
    QHash<QString, QString> m_tokens; // role -> token
};

void TestAuditApi::initTestCase()
{
    QVERIFY(cc::crypto::init().ok());
    QVERIFY2(m_server.start(), qPrintable(m_server.errorString()));
    for (const QString &role :
         {QStringLiteral("admin"), QStringLiteral("compliance_officer"), QStringLiteral("manager"),
          QStringLiteral("executive"), QStringLiteral("employee")}) {
        TestServer::Account a = m_server.addUser(role + QStringLiteral(".a"), role);
        QVERIFY2(a.id > 0, qPrintable(role));
        const QString token = m_server.login(a);
        QVERIFY2(!token.isEmpty(), qPrintable(role));
        m_accounts.insert(role, a);
        m_tokens.insert(role, token);
    }
}

void TestAuditApi::cleanupTestCase()
{
    m_server.stop();
}

QList<QJsonObject> TestAuditApi::allEvents(const QString &query)
{
    QList<QJsonObject> events;
    QString after = QStringLiteral("0");
    for (int pages = 0; pages < 1000; ++pages) {
        const ApiReply page = as(QStringLiteral("compliance_officer"),
                                 QStringLiteral("/audit?limit=5000&after=%1%2").arg(after, query));
        if (page.status != 200) {
            qWarning("audit page: %d %s", page.status, page.raw.constData());
            return {};
        }
        for (const QJsonValue &v : page.json.value(QStringLiteral("items")).toArray())
            events << v.toObject();
        if (page.json.value(QStringLiteral("next_after")).isNull())
            break;
        after = QString::number(page.json.value(QStringLiteral("next_after")).toInteger());
    }
    return events;
}

void TestAuditApi::seedEvents(int count)
{
    const QString name = QStringLiteral("seed");
    {
        QSqlDatabase db = m_server.database().openDirect(m_server.dataDir(), name);
        QVERIFY2(db.isOpen(), qPrintable(db.lastError().text()));
        QSqlQuery q(db);
        QVERIFY(q.exec(QStringLiteral("BEGIN")));
        QVERIFY(q.exec(QStringLiteral("SELECT seq, hash FROM audit_head WHERE id = 1"))
                && q.next());
        cc::AuditEvent e;
        e.seq = q.value(0).toLongLong();
        e.prevHash = q.value(1).toString();
        QVERIFY(q.exec(QStringLiteral("SELECT MAX(at) FROM audit_events")) && q.next());
        const qint64 at = std::max(q.value(0).toLongLong(), QDateTime::currentMSecsSinceEpoch());
        QSqlQuery insert(db);
        QVERIFY(insert.prepare(QStringLiteral(
            "INSERT INTO audit_events (seq, at, actor_id, actor, action, object_type, object_id, "
            "reason, outcome, detail, prev_hash, hash) VALUES (?, ?, NULL, ?, ?, ?, ?, '', "
            "'success', ?, ?, ?)")));
        for (int i = 0; i < count; ++i) {
            ++e.seq;
            e.atMs = at;
            e.actor = QStringLiteral("system");
            e.action = QStringLiteral("grant.expire");
            e.objectType = QStringLiteral("grant");
            e.objectId = QString::number(i);
            e.detail = QStringLiteral("seeded");
            e.hash = cc::audit::hashOf(e);
            for (const QVariant &v :
                 {QVariant(e.seq), QVariant(e.atMs), QVariant(e.actor), QVariant(e.action),
                  QVariant(e.objectType), QVariant(e.objectId), QVariant(e.detail),
                  QVariant(e.prevHash), QVariant(e.hash)})
                insert.addBindValue(v);
            QVERIFY2(insert.exec(), qPrintable(insert.lastError().text()));
            e.prevHash = e.hash;
        }
        QSqlQuery head(db);
        QVERIFY(
            head.prepare(QStringLiteral("UPDATE audit_head SET seq = ?, hash = ? WHERE id = 1")));
        head.addBindValue(e.seq);
        head.addBindValue(e.hash);
        QVERIFY(head.exec());
        QVERIFY(q.exec(QStringLiteral("COMMIT")));
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
}

void TestAuditApi::endpointsNeedSignIn_data()
{
    QTest::addColumn<QString>("path");
    for (const char *path :
         {"/audit", "/audit/head", "/audit/signing-key", "/audit/checkpoints", "/audit/anchors",
          "/audit/verify", "/audit/export?from=2026-01-01T00:00:00Z&to=2026-02-01T00:00:00Z"})
        QTest::newRow(path) << QString::fromLatin1(path);
}

void TestAuditApi::endpointsNeedSignIn()
{
    QFETCH(QString, path);
    const ApiReply none = m_server.call("GET", path);
    QCOMPARE(none.status, 401);
    QCOMPARE(none.errorCode(), QStringLiteral("unauthorized"));
    QCOMPARE(m_server.call("GET", path, {}, QStringLiteral("forged-token")).status, 401);
}

void TestAuditApi::endpointsNeedPermission_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<QStringList>("allowed");
    const QStringList readers = {QStringLiteral("admin"), QStringLiteral("compliance_officer"),
                                 QStringLiteral("executive")};
    QTest::newRow("list") << QStringLiteral("/audit") << readers;
    QTest::newRow("head") << QStringLiteral("/audit/head") << readers;
    QTest::newRow("checkpoints") << QStringLiteral("/audit/checkpoints") << readers;
    QTest::newRow("anchors") << QStringLiteral("/audit/anchors") << readers;
    QTest::newRow("verify") << QStringLiteral("/audit/verify") << readers;
    QTest::newRow("export") << QStringLiteral(
        "/audit/export?from=2026-01-01T00:00:00Z&to=2026-02-01T00:00:00Z")
                            << readers;
    QTest::newRow("signing key") << QStringLiteral("/audit/signing-key")
                                 << QStringList {QStringLiteral("admin"),
                                                 QStringLiteral("compliance_officer"),
                                                 QStringLiteral("executive"),
                                                 QStringLiteral("manager"),
                                                 QStringLiteral("employee")};
}

void TestAuditApi::endpointsNeedPermission()
{
    QFETCH(QString, path);
    QFETCH(QStringList, allowed);
    for (auto it = m_tokens.cbegin(); it != m_tokens.cend(); ++it) {
        const ApiReply r = m_server.call("GET", path, {}, it.value());
        if (allowed.contains(it.key())) {
            QVERIFY2(r.status == 200,
                     qPrintable(QStringLiteral("%1 refused for %2: %3 %4")
                                    .arg(path, it.key())
                                    .arg(r.status)
                                    .arg(QString::fromUtf8(r.raw.left(300)))));
        } else {
            QVERIFY2(
                r.status == 403,
                qPrintable(
                    QStringLiteral("%1 not refused for %2: %3").arg(path, it.key()).arg(r.status)));
            QCOMPARE(r.errorCode(), QStringLiteral("forbidden"));
        }
    }
}

void TestAuditApi::eventsCarryWhatAClientNeedsToRehash()
{
    const QList<QJsonObject> events = allEvents();
    QVERIFY(events.size() > 10);
    QString previous;
    qint64 seq = 0;
    for (const QJsonObject &o : events) {
        cc::Result<cc::AuditEvent> e = cc::audit::eventFromJson(o);
        QVERIFY2(e.ok(), e.ok() ? "" : qPrintable(e.error().message));
        QCOMPARE(e->seq, seq + 1);
        QCOMPARE(e->prevHash, previous);
        QCOMPARE(cc::audit::hashOf(*e), e->hash);
        QCOMPARE(o.value(QStringLiteral("at")).toString(), cc::audit::isoTime(e->atMs));
        previous = e->hash;
        seq = e->seq;
    }
    const ApiReply head = as(QStringLiteral("executive"), QStringLiteral("/audit/head"));
    QCOMPARE(head.status, 200);
    QVERIFY(head.json.value(QStringLiteral("seq")).toInteger() >= seq);
    QCOMPARE(head.json.value(QStringLiteral("base_seq")).toInteger(), 0);
    QCOMPARE(head.json.value(QStringLiteral("base_hash")).toString(), QString());
    QCOMPARE(head.json.value(QStringLiteral("hash")).toString().size(), 64);
}

void TestAuditApi::filters_data()
{
    QTest::addColumn<QString>("query");
    QTest::addColumn<QString>("field");
    QTest::addColumn<QString>("expected"); // every item's field equals it, or starts with it*
    QTest::newRow("actor") << QStringLiteral("&actor=admin.a") << QStringLiteral("actor")
                           << QStringLiteral("admin.a");
    QTest::newRow("action exact") << QStringLiteral("&action=session.create")
                                  << QStringLiteral("action") << QStringLiteral("session.create");
    QTest::newRow("action prefix") << QStringLiteral("&action=audit.*") << QStringLiteral("action")
                                   << QStringLiteral("audit.*");
    QTest::newRow("outcome") << QStringLiteral("&outcome=denied") << QStringLiteral("outcome")
                             << QStringLiteral("denied");
    QTest::newRow("object type") << QStringLiteral("&object_type=endpoint")
                                 << QStringLiteral("object_type") << QStringLiteral("endpoint");
    QTest::newRow("object") << QStringLiteral("&object_type=endpoint&object_id=GET%20/api/v1/audit")
                            << QStringLiteral("object_id") << QStringLiteral("GET /api/v1/audit");
}

void TestAuditApi::filters()
{
    QFETCH(QString, query);
    QFETCH(QString, field);
    QFETCH(QString, expected);
    const QList<QJsonObject> all = allEvents();
    QList<qint64> want;
    for (const QJsonObject &e : all) {
        const QString value = e.value(field).toString();
        if (expected.endsWith(QLatin1Char('*')) ? value.startsWith(expected.chopped(1))
                                                : value == expected) {
            if (field != QLatin1String("object_id")
                || e.value(QStringLiteral("object_type")).toString() == QLatin1String("endpoint"))
                want << e.value(QStringLiteral("seq")).toInteger();
        }
    }
    QVERIFY2(!want.isEmpty(), "the filter must match something to mean anything");
    const QList<QJsonObject> got = allEvents(query);
    QList<qint64> seen;
    for (const QJsonObject &e : got) {
        // Events appended since the full listing (its own audit.read) may match too.
        if (e.value(QStringLiteral("seq")).toInteger()
            <= all.last().value(QStringLiteral("seq")).toInteger())
            seen << e.value(QStringLiteral("seq")).toInteger();
    }
    QCOMPARE(seen, want);

    // A time range: nothing before the first event, everything within an hour of now.
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const QList<QJsonObject> recent = allEvents(
        query
        + QStringLiteral("&from=%1&to=%2").arg(iso(now.addSecs(-3600)), iso(now.addSecs(3600))));
    QVERIFY(recent.size() >= want.size());
    QVERIFY(allEvents(query + QStringLiteral("&to=2001-01-01T00:00:00Z")).isEmpty());
}

void TestAuditApi::badFilterValuesAreNamed_data()
{
    QTest::addColumn<QString>("query");
    QTest::addColumn<QString>("parameter");
    QTest::newRow("empty actor") << QStringLiteral("actor=") << QStringLiteral("actor");
    QTest::newRow("star inside") << QStringLiteral("action=acc*ss") << QStringLiteral("action");
    QTest::newRow("outcome") << QStringLiteral("outcome=maybe") << QStringLiteral("outcome");
    QTest::newRow("from") << QStringLiteral("from=yesterday") << QStringLiteral("from");
    QTest::newRow("local time") << QStringLiteral("to=2026-01-01T00:00:00") << QStringLiteral("to");
    QTest::newRow("to before from")
        << QStringLiteral("from=2026-02-01T00:00:00Z&to=2026-01-01T00:00:00Z")
        << QStringLiteral("to");
    QTest::newRow("order") << QStringLiteral("order=sideways") << QStringLiteral("order");
    QTest::newRow("limit") << QStringLiteral("limit=5001") << QStringLiteral("limit");
    QTest::newRow("after") << QStringLiteral("after=-1") << QStringLiteral("after");
}

void TestAuditApi::badFilterValuesAreNamed()
{
    QFETCH(QString, query);
    QFETCH(QString, parameter);
    const ApiReply r = as(QStringLiteral("admin"), QStringLiteral("/audit?") + query);
    QCOMPARE(r.status, 400);
    QCOMPARE(r.errorCode(), QStringLiteral("invalid_input"));
    QVERIFY2(r.errorMessage().contains(QLatin1Char('"') + parameter + QLatin1Char('"')),
             qPrintable(r.errorMessage()));
}

void TestAuditApi::newestFirstPaging()
{
    QCOMPARE(as(QStringLiteral("admin"), QStringLiteral("/audit?limit=5000")).status, 200);
    const qint64 head = as(QStringLiteral("admin"), QStringLiteral("/audit/head"))
                            .json.value(QStringLiteral("seq"))
                            .toInteger();
    QList<qint64> seen;
    QString after;
    for (int pages = 0;; ++pages) {
        QVERIFY(pages < 1000);
        const ApiReply page
            = as(QStringLiteral("executive"), QStringLiteral("/audit?order=desc&limit=7") + after);
        QCOMPARE(page.status, 200);
        const QJsonArray items = page.json.value(QStringLiteral("items")).toArray();
        QVERIFY(items.size() <= 7);
        for (const QJsonValue &v : items)
            seen << v.toObject().value(QStringLiteral("seq")).toInteger();
        if (page.json.value(QStringLiteral("next_after")).isNull())
            break;
        QCOMPARE(page.json.value(QStringLiteral("next_after")).toInteger(), seen.last());
        after = QStringLiteral("&after=%1").arg(seen.last());
    }
    // Newest first, every event once, down to the first.
    QVERIFY(seen.first() >= head);
    for (qsizetype i = 1; i < seen.size(); ++i)
        QCOMPARE(seen.at(i), seen.at(i - 1) - 1);
    QCOMPARE(seen.last(), 1);
}

void TestAuditApi::checkpointsAreSignedWithThePublishedKey()
{
    QByteArray out;
    QCOMPARE(m_server.runCtl({QStringLiteral("audit"), QStringLiteral("checkpoint")}, &out), 0);
    QVERIFY2(out.contains("signed checkpoint"), out.constData());
    const ApiReply key = as(QStringLiteral("employee"), QStringLiteral("/audit/signing-key"));
    QCOMPARE(key.status, 200);
    QCOMPARE(key.json.value(QStringLiteral("algorithm")).toString(), QStringLiteral("Ed25519"));
    const QByteArray publicKey = QByteArray::fromBase64(
        key.json.value(QStringLiteral("public_key")).toString().toLatin1());
    QCOMPARE(publicKey.size(), 32);
    QCOMPARE(key.json.value(QStringLiteral("key_id")).toString(),
             cc::crypto::keyFingerprint(publicKey));

    const ApiReply list = as(QStringLiteral("admin"), QStringLiteral("/audit/checkpoints?limit=1"));
    QCOMPARE(list.status, 200);
    const QJsonArray items = list.json.value(QStringLiteral("items")).toArray();
    QCOMPARE(items.size(), 1);
    const QJsonObject c = items.first().toObject();
    const QByteArray signature
        = QByteArray::fromBase64(c.value(QStringLiteral("signature")).toString().toLatin1());
    QVERIFY(cc::crypto::ed25519Verify(
        publicKey,
        cc::audit::checkpointMessage(c.value(QStringLiteral("seq")).toInteger(),
                                     c.value(QStringLiteral("hash")).toString(),
                                     c.value(QStringLiteral("at_ms")).toInteger()),
        signature));
    QCOMPARE(c.value(QStringLiteral("key_id")).toString(), cc::crypto::keyFingerprint(publicKey));
    // The checkpoint's hash is the hash of the event at its seq.
    const ApiReply event = as(QStringLiteral("admin"),
                              QStringLiteral("/audit?limit=1&after=%1")
                                  .arg(c.value(QStringLiteral("seq")).toInteger() - 1));
    QCOMPARE(event.json.value(QStringLiteral("items"))
                 .toArray()
                 .first()
                 .toObject()
                 .value(QStringLiteral("hash")),
             c.value(QStringLiteral("hash")));
}

void TestAuditApi::verifyStreamsProgress()
{
    seedEvents(45000); // a few steps of the server's verifier
    const ApiReply r = as(QStringLiteral("compliance_officer"), QStringLiteral("/audit/verify"));
    QCOMPARE(r.status, 200);
    const QList<QJsonObject> lines = ndjson(r.raw);
    QVERIFY2(lines.size() >= 4, r.raw.left(500).constData());
    qint64 checked = -1;
    for (qsizetype i = 0; i + 1 < lines.size(); ++i) {
        const qint64 n = lines.at(i).value(QStringLiteral("checked")).toInteger();
        QVERIFY(n >= checked);
        QVERIFY(lines.at(i).value(QStringLiteral("total")).toInteger() >= n);
        checked = n;
    }
    const QJsonObject done = lines.last();
    QVERIFY2(done.value(QStringLiteral("done")).toBool(), r.raw.right(500).constData());
    QVERIFY2(done.value(QStringLiteral("intact")).toBool(), r.raw.right(500).constData());
    QVERIFY(done.value(QStringLiteral("first_bad_seq")).isNull());
    QVERIFY(done.value(QStringLiteral("event_count")).toInteger() > 45000);
    QCOMPARE(done.value(QStringLiteral("event_count")).toInteger(), checked);
    QVERIFY(done.value(QStringLiteral("checkpoints_verified")).toInteger() >= 1);
    QCOMPARE(done.value(QStringLiteral("head_hash")).toString().size(), 64);
    // The server kept answering while it streamed; and the chain also verifies locally.
    QCOMPARE(m_server.call("GET", QStringLiteral("/health")).status, 200);
    QByteArray out;
    QCOMPARE(m_server.runCtl({QStringLiteral("audit"), QStringLiteral("verify")}, &out), 0);
    QVERIFY2(out.contains("intact") && out.contains("checkpoint"), out.constData());
}

void TestAuditApi::exportRoundTripsThroughCompliancectl()
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const QString range
        = QStringLiteral("from=%1&to=%2").arg(iso(now.addSecs(-3600)), iso(now.addSecs(3600)));
    const ApiReply r = as(QStringLiteral("executive"), QStringLiteral("/audit/export?") + range);
    QCOMPARE(r.status, 200);
    QVERIFY(r.raw.startsWith("{"));
    QVERIFY(r.raw.size() > 1000);
    QTemporaryDir dir;
    const QString file = dir.filePath(QStringLiteral("evidence.jsonl"));
    {
        QFile f(file);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(r.raw);
    }
    const QString publicKey = as(QStringLiteral("employee"), QStringLiteral("/audit/signing-key"))
                                  .json.value(QStringLiteral("public_key"))
                                  .toString();

    // With the file alone, with the published key, and against the store itself.
    Run alone = ctlAlone({QStringLiteral("audit"), QStringLiteral("verify-export"), file});
    QCOMPARE(alone.exitCode, 0);
    QVERIFY2(alone.out.contains("export valid"), alone.out.constData());
    Run pinned = ctlAlone({QStringLiteral("audit"), QStringLiteral("verify-export"), file,
                           QStringLiteral("--public-key"), publicKey});
    QCOMPARE(pinned.exitCode, 0);
    QVERIFY2(pinned.out.contains("the expected key"), pinned.out.constData());
    QByteArray out;
    QCOMPARE(
        m_server.runCtl({QStringLiteral("audit"), QStringLiteral("verify-export"), file}, &out), 0);
    QVERIFY2(out.contains("the expected key"), out.constData());

    // A wrong key, a changed event, a dropped event: exit 3 and a reason.
    const QString otherKey = QString::fromLatin1(
        cc::crypto::ed25519PublicKey(cc::crypto::randomBytes(32)).value().toBase64());
    Run wrongKey = ctlAlone({QStringLiteral("audit"), QStringLiteral("verify-export"), file,
                             QStringLiteral("--public-key"), otherKey});
    QCOMPARE(wrongKey.exitCode, 3);
    QVERIFY2(wrongKey.out.contains("INVALID") && wrongKey.out.contains("expected key"),
             wrongKey.out.constData());
    QByteArray tampered = r.raw;
    const qsizetype at = tampered.indexOf("\"outcome\":\"denied\"");
    QVERIFY(at > 0);
    tampered.replace(at, 18, "\"outcome\":\"succes\"");
    const QString tamperedFile = dir.filePath(QStringLiteral("tampered.jsonl"));
    {
        QFile f(tamperedFile);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(tampered);
    }
    Run changed
        = ctlAlone({QStringLiteral("audit"), QStringLiteral("verify-export"), tamperedFile});
    QCOMPARE(changed.exitCode, 3);
    QVERIFY2(changed.out.contains("signature does not match"), changed.out.constData());

    // The CLI exports the same way, and the export is audited.
    const QString cliFile = dir.filePath(QStringLiteral("cli.jsonl"));
    QCOMPARE(
        m_server.runCtl({QStringLiteral("audit"), QStringLiteral("export"),
                         QStringLiteral("--from"), iso(now.addSecs(-3600)), QStringLiteral("--to"),
                         iso(now.addSecs(3600)), QStringLiteral("--out"), cliFile}),
        0);
    QCOMPARE(ctlAlone({QStringLiteral("audit"), QStringLiteral("verify-export"), cliFile,
                       QStringLiteral("--public-key"), publicKey})
                 .exitCode,
             0);
    const QList<QJsonObject> exports = allEvents(QStringLiteral("&action=audit.export"));
    QVERIFY(std::any_of(exports.cbegin(), exports.cend(), [this](const QJsonObject &e) {
        return e.value(QStringLiteral("actor")).toString()
            == m_accounts.value(QStringLiteral("executive")).username
            && !e.value(QStringLiteral("detail")).toString().contains(QStringLiteral("count=0"));
    }));
    QVERIFY(std::any_of(exports.cbegin(), exports.cend(), [](const QJsonObject &e) {
        return e.value(QStringLiteral("actor")).toString() == QLatin1String("compliancectl");
    }));

    QCOMPARE(as(QStringLiteral("admin"), QStringLiteral("/audit/export?from=2026-01-01T00:00:00Z"))
                 .status,
             400);
}

void TestAuditApi::noPiiInAnyAuditEvent()
{
    const QDateTime fulfilled = QDateTime::currentDateTimeUtc().addDays(-1);
    const ApiReply r = m_server.call("POST", QStringLiteral("/orders"),
                                     {{QStringLiteral("client"), QStringLiteral("piiclient")},
                                      {QStringLiteral("orders"),
                                       QJsonArray {order(QStringLiteral("404-1"), fulfilled),
                                                   order(QStringLiteral("404-2"), fulfilled)}}},
                                     m_tokens.value(QStringLiteral("admin")));
    QCOMPARE(r.status, 201);
    // Refused without a grant (audited), then read under one (audited with the grant).
    const ApiReply list
        = as(QStringLiteral("employee"), QStringLiteral("/orders?client=piiclient&include=pii"));
    QCOMPARE(list.status, 403);
    ApiReply req = m_server.call(
        "POST", QStringLiteral("/access-requests"),
        {{QStringLiteral("category"), QStringLiteral("orders.pii")},
         {QStringLiteral("client"), QStringLiteral("piiclient")},
         {QStringLiteral("reason"), QStringLiteral("Carrier claim for a lost parcel needs it")},
         {QStringLiteral("duration_hours"), 2}},
        m_tokens.value(QStringLiteral("employee")));
    QCOMPARE(req.status, 201);
    QCOMPARE(m_server
                 .call("POST",
                       QStringLiteral("/access-requests/%1/approve")
                           .arg(req.json.value(QStringLiteral("id")).toInteger()),
                       {{QStringLiteral("comment"), QStringLiteral("ok")}},
                       m_tokens.value(QStringLiteral("compliance_officer")))
                 .status,
             200);
    const ApiReply read
        = as(QStringLiteral("employee"), QStringLiteral("/orders?client=piiclient&include=pii"));
    QCOMPARE(read.status, 200);
    QVERIFY2(read.raw.contains(kAddressLine.toUtf8()), "the PII read must return the PII");
    const qint64 id = read.json.value(QStringLiteral("items"))
                          .toArray()
                          .first()
                          .toObject()
                          .value(QStringLiteral("id"))
                          .toInteger();
    QCOMPARE(
        as(QStringLiteral("employee"), QStringLiteral("/orders/%1?include=pii").arg(id)).status,
        200);

    // PII typed into the audit page's filters is not recorded by the audited read either.
    for (const QString &filter : {QStringLiteral("object_id"), QStringLiteral("actor")}) {
        QCOMPARE(as(QStringLiteral("compliance_officer"),
                    QStringLiteral("/audit?%1=%2")
                        .arg(filter, QString::fromLatin1(QUrl::toPercentEncoding(kBuyerEmail))))
                     .status,
                 200);
        QCOMPARE(as(QStringLiteral("compliance_officer"),
                    QStringLiteral("/audit?%1=%2")
                        .arg(filter, QString::fromLatin1(QUrl::toPercentEncoding(kBuyerName))))
                     .status,
                 200);
    }
    const QList<QJsonObject> events = allEvents();
    QVERIFY(events.size() > 20);
    bool sawPiiRead = false;
    for (const QJsonObject &e : events) {
        const QString text = QString::fromUtf8(QJsonDocument(e).toJson(QJsonDocument::Compact));
        for (const QString &pii : {kBuyerName, kBuyerEmail, kAddressLine, kCity})
            QVERIFY2(!text.contains(pii, Qt::CaseInsensitive),
                     qPrintable(QStringLiteral("PII \"%1\" in audit event %2").arg(pii, text)));
        if (e.value(QStringLiteral("action")).toString() == QLatin1String("orders.read_pii"))
            sawPiiRead = true;
    }
    QVERIFY(sawPiiRead);
}

void TestAuditApi::verifyReportsTampering()
{
    const ApiReply before = as(QStringLiteral("admin"), QStringLiteral("/audit?limit=1&after=9"));
    const qint64 target = before.json.value(QStringLiteral("items"))
                              .toArray()
                              .first()
                              .toObject()
                              .value(QStringLiteral("seq"))
                              .toInteger();
    QCOMPARE(target, 10);
    const QString name = QStringLiteral("tamper");
    {
        QSqlDatabase db = m_server.database().openDirect(m_server.dataDir(), name);
        QVERIFY(db.isOpen());
        QSqlQuery q(db);
        QVERIFY(q.exec(QStringLiteral("UPDATE audit_events SET detail = 'nothing to see' WHERE seq "
                                      "= 10")));
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    const ApiReply r = as(QStringLiteral("admin"), QStringLiteral("/audit/verify"));
    QCOMPARE(r.status, 200);
    const QJsonObject done = ndjson(r.raw).last();
    QVERIFY(done.value(QStringLiteral("done")).toBool());
    QVERIFY(!done.value(QStringLiteral("intact")).toBool());
    QCOMPARE(done.value(QStringLiteral("first_bad_seq")).toInteger(), 10);
    QVERIFY2(done.value(QStringLiteral("problem")).toString().contains(QStringLiteral("altered")),
             r.raw.right(400).constData());
    // The failed check is itself on the record.
    const QList<QJsonObject> failures
        = allEvents(QStringLiteral("&action=audit.verify&outcome=failure"));
    QCOMPARE(failures.size(), 1);
    QVERIFY(failures.first()
                .value(QStringLiteral("detail"))
                .toString()
                .contains(QStringLiteral("first_bad_seq=10")));
    QByteArray out;
    QCOMPARE(m_server.runCtl({QStringLiteral("audit"), QStringLiteral("verify")}, &out), 3);
    QVERIFY2(out.contains("BROKEN at event 10"), out.constData());
}

void TestAuditApi::anchorsAreListedAndSigned()
{
    QByteArray out;
    QCOMPARE(m_server.runCtl({QStringLiteral("audit"), QStringLiteral("checkpoint")}, &out), 0);
    const QByteArray publicKey = QByteArray::fromBase64(
        as(QStringLiteral("employee"), QStringLiteral("/audit/signing-key"))
            .json.value(QStringLiteral("public_key"))
            .toString()
            .toLatin1());
    QFile file(m_server.dataDir() + QStringLiteral("/audit-anchors.jsonl"));
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QList<QByteArray> lines = file.readAll().split('\n');
    QVERIFY(lines.size() >= 2);
    QList<QJsonObject> items;
    for (qint64 after = 0;;) {
        const ApiReply page = as(QStringLiteral("executive"),
                                 QStringLiteral("/audit/anchors?limit=1&after=%1").arg(after));
        QCOMPARE(page.status, 200);
        QVERIFY(page.json.value(QStringLiteral("problem")).isNull());
        QCOMPARE(page.json.value(QStringLiteral("file")).toString(),
                 QStringLiteral("audit-anchors.jsonl"));
        for (const QJsonValue &v : page.json.value(QStringLiteral("items")).toArray())
            items << v.toObject();
        if (page.json.value(QStringLiteral("next_after")).isNull())
            break;
        after = page.json.value(QStringLiteral("next_after")).toInteger();
        QVERIFY(items.size() < 1000);
    }
    QCOMPARE(items.size(), lines.size() - 1); // the file ends with a line break
    for (qsizetype i = 0; i < items.size(); ++i) {
        QJsonObject item = items.at(i);
        QCOMPARE(item.value(QStringLiteral("line")).toInteger(), i + 1);
        QCOMPARE(item.value(QStringLiteral("at")).toString(),
                 cc::audit::isoTime(item.value(QStringLiteral("at_ms")).toInteger()));
        item.remove(QStringLiteral("line"));
        item.remove(QStringLiteral("at"));
        QCOMPARE(QJsonDocument(item).toJson(QJsonDocument::Compact), lines.at(i));
        const cc::Result<cc::audit::Anchor> anchor = cc::audit::anchorFromJson(item);
        QVERIFY(anchor.ok());
        QVERIFY(cc::crypto::ed25519Verify(publicKey, anchor->signedMessage(), anchor->signature()));
    }
    const ApiReply head = as(QStringLiteral("admin"), QStringLiteral("/audit/head"));
    QCOMPARE(head.json.value(QStringLiteral("audit_state")).toString(), QStringLiteral("intact"));
    QVERIFY(head.json.value(QStringLiteral("audit_problem")).isNull());
    QVERIFY(head.json.value(QStringLiteral("audit_checked_at")).isString());
}

void TestAuditApi::cutTailAfterACheckpointIsCaught()
{
    Victim v;
    QVERIFY(v.start());
    v.grow(5);
    const qint64 first = v.checkpoint();
    QVERIFY(first > 0);
    v.grow(20);
    const qint64 second = v.checkpoint();
    QVERIFY(second > first + 20);
    v.grow(3);
    v.server.stop();
    // The attack on the stopped store: everything after the first checkpoint's record
    // cut, with the checkpoints after it, and the head made to agree.
    QVERIFY(v.cutTail(first + 1, first));
    QByteArray out;
    QCOMPARE(v.server.runCtl({QStringLiteral("audit"), QStringLiteral("verify")}, &out), 3);
    QVERIFY2(out.contains(QStringLiteral("BROKEN at event %1").arg(first + 2).toUtf8())
                 && out.contains("anchored outside the database")
                 && out.contains(QStringLiteral("pins event %1").arg(second).toUtf8()),
             out.constData());
    QCOMPARE(v.checkpoint(&out), 0);
    QVERIFY2(out.contains("refusing to sign a checkpoint over a broken audit chain"),
             out.constData());
    QCOMPARE(v.number(QStringLiteral("SELECT COUNT(*) FROM audit_checkpoints")), 1);

    // Restarted, the server finds it before its first answer, and raises the alarm once.
    QVERIFY(v.start());
    const ApiReply head = v.get(QStringLiteral("/audit/head"));
    QCOMPARE(head.json.value(QStringLiteral("audit_state")).toString(), QStringLiteral("broken"));
    QVERIFY2(head.json.value(QStringLiteral("audit_problem"))
                 .toString()
                 .contains(QStringLiteral("anchored outside the database")),
             head.raw.constData());
    const QJsonObject verdict = ndjson(v.get(QStringLiteral("/audit/verify")).raw).last();
    QVERIFY(!verdict.value(QStringLiteral("intact")).toBool());
    QCOMPARE(verdict.value(QStringLiteral("audit_state")).toString(), QStringLiteral("broken"));
    const QList<QJsonObject> alerts = v.tamperAlerts();
    QCOMPARE(alerts.size(), 1);
    QCOMPARE(alerts.first().value(QStringLiteral("severity")).toString(),
             QStringLiteral("critical"));
    // Every compliance officer and executive has it in the inbox.
    for (const QString &token : {v.officerToken, v.executiveToken}) {
        const ApiReply inbox = v.server.call("GET", QStringLiteral("/notifications"), {}, token);
        const QJsonArray items = inbox.json.value(QStringLiteral("items")).toArray();
        QVERIFY2(std::any_of(items.cbegin(), items.cend(),
                             [&](const QJsonValue &n) {
                                 return n.toObject().value(QStringLiteral("alert_id"))
                                     == alerts.first().value(QStringLiteral("id"));
                             }),
                 inbox.raw.constData());
    }
    // The start's checkpoint job refused as well: nothing is signed over the cut.
    QCOMPARE(v.number(QStringLiteral("SELECT COUNT(*) FROM audit_checkpoints")), 1);
}

void TestAuditApi::rewriteIsCaught()
{
    Victim v;
    QVERIFY(v.start());
    v.grow(5);
    const qint64 first = v.checkpoint();
    QVERIFY(first > 0);
    v.grow(20);
    const qint64 second = v.checkpoint();
    QVERIFY(second > first + 20);
    v.grow(3);
    v.server.stop();
    // Event first + 10 altered, one event and the later checkpoints' records dropped, the rest
    // renumbered and rehashed from there, the later checkpoints dropped, the head made to agree:
    // the database alone shows no trace.
    QList<cc::AuditEvent> kept = v.events(first + 2);
    kept.removeIf([&](const cc::AuditEvent &e) {
        return e.seq == first + 11
            || (e.action == QLatin1String("audit.checkpoint") && e.objectId.toLongLong() > first);
    });
    QVERIFY(v.db().transaction());
    QVERIFY(v.sql(QStringLiteral("DELETE FROM audit_events WHERE seq >= ?"), {first + 2}));
    QVERIFY(v.sql(QStringLiteral("DELETE FROM audit_checkpoints WHERE seq > ?"), {first}));
    QString previous = v.events(first + 1).first().hash;
    qint64 seq = first + 1;
    for (cc::AuditEvent e : std::as_const(kept)) {
        e.seq = ++seq;
        if (e.seq == first + 10)
            e.detail = QStringLiteral("nothing to see");
        e.prevHash = previous;
        e.hash = cc::audit::hashOf(e);
        previous = e.hash;
        QVERIFY(v.sql(QStringLiteral("INSERT INTO audit_events (seq, at, actor_id, actor, action, "
                                     "object_type, object_id, reason, outcome, detail, prev_hash, "
                                     "hash) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
                      {e.seq, e.atMs,
                       e.actorId ? QVariant(*e.actorId) : QVariant(QMetaType::fromType<qint64>()),
                       e.actor, e.action, e.objectType, e.objectId, e.reason, e.outcome, e.detail,
                       e.prevHash, e.hash}));
    }
    QVERIFY(v.sql(QStringLiteral("UPDATE audit_head SET seq = ?, hash = ? WHERE id = 1"),
                  {seq, previous}));
    QVERIFY(v.db().commit());
    QByteArray out;
    QCOMPARE(v.server.runCtl({QStringLiteral("audit"), QStringLiteral("verify")}, &out), 3);
    QVERIFY2(out.contains(QStringLiteral("BROKEN at event %1").arg(second).toUtf8())
                 && out.contains("differs from the checkpoint anchored outside the database")
                 && out.contains(QStringLiteral("after event %1").arg(first).toUtf8()),
             out.constData());
    // Restarted, the server neither signs over the forgery nor calls it intact.
    QVERIFY(v.start());
    QCOMPARE(v.auditState(), QStringLiteral("broken"));
    QVERIFY(!ndjson(v.get(QStringLiteral("/audit/verify")).raw)
                 .last()
                 .value(QStringLiteral("intact"))
                 .toBool());
    QCOMPARE(v.number(QStringLiteral("SELECT COUNT(*) FROM audit_checkpoints")), 1);
    QCOMPARE(v.tamperAlerts().size(), 1);
}

void TestAuditApi::editAndRestartIsCaught()
{
    Victim v;
    QVERIFY(v.start());
    v.grow(5);
    const qint64 first = v.checkpoint();
    v.grow(10);
    QVERIFY(v.checkpoint() > first);
    v.grow(2);
    v.server.stop();
    // Before the newest anchor: the start-up check, from that anchor, does not look there; the
    // full check the server runs after it does.
    QVERIFY(v.sql(QStringLiteral("UPDATE audit_events SET detail = 'nothing to see' WHERE seq = ?"),
                  {first + 5}));
    QVERIFY(v.start());
    QTRY_COMPARE_WITH_TIMEOUT(v.auditState(), QStringLiteral("broken"), 30000);
    const ApiReply head = v.get(QStringLiteral("/audit/head"));
    QCOMPARE(head.json.value(QStringLiteral("audit_first_bad_seq")).toInteger(), first + 5);
    QCOMPARE(v.tamperAlerts().size(), 1);
    QByteArray out;
    QCOMPARE(v.checkpoint(&out), 0);
    QVERIFY2(out.contains(QStringLiteral("event %1 was altered").arg(first + 5).toUtf8()),
             out.constData());
    // With --full-audit-check the first answer already knows.
    v.server.stop();
    QVERIFY(v.start({QStringLiteral("--full-audit-check")}));
    QCOMPARE(v.auditState(), QStringLiteral("broken"));
    QCOMPARE(v.tamperAlerts().size(), 1);
}

void TestAuditApi::acknowledgedBreakIsReportedAndTheRestChecked()
{
    Victim v;
    QVERIFY(v.start());
    v.grow(5);
    const qint64 first = v.checkpoint();
    v.grow(20);
    const qint64 second = v.checkpoint();
    v.grow(3);
    v.server.stop();
    QVERIFY(v.cutTail(first + 1, first));
    QByteArray out;
    QCOMPARE(v.server.runCtl({QStringLiteral("audit"), QStringLiteral("verify")}, &out), 3);
    static const QRegularExpression brokenAt(QStringLiteral("BROKEN at event (\\d+)"));
    const QString bad = brokenAt.match(QString::fromUtf8(out)).captured(1);
    QVERIFY(!bad.isEmpty());
    const QString reason = QStringLiteral("the database was restored from the backup of the night "
                                          "before; events since are lost (incident 12)");
    QCOMPARE(v.server.runCtl({QStringLiteral("audit"), QStringLiteral("acknowledge-break"),
                              QStringLiteral("--at"), bad}),
             2); // no reason
    QCOMPARE(v.server.runCtl({QStringLiteral("audit"), QStringLiteral("acknowledge-break"),
                              QStringLiteral("--at"), bad, QStringLiteral("--reason"), reason},
                             &out),
             0);
    QVERIFY2(out.contains(QStringLiteral("acknowledged the break at event %1").arg(bad).toUtf8())
                 && out.contains(QStringLiteral("BREAK ACKNOWLEDGED at event %1").arg(bad).toUtf8())
                 && out.contains(reason.toUtf8()),
             out.constData());

    QVERIFY(v.start());
    QCOMPARE(v.auditState(), QStringLiteral("break_acknowledged"));
    const QJsonObject verdict = ndjson(v.get(QStringLiteral("/audit/verify")).raw).last();
    QVERIFY(verdict.value(QStringLiteral("intact")).toBool());
    QCOMPARE(verdict.value(QStringLiteral("audit_state")).toString(),
             QStringLiteral("break_acknowledged"));
    const QJsonObject ack
        = verdict.value(QStringLiteral("acknowledged_breaks")).toArray().first().toObject();
    QCOMPARE(ack.value(QStringLiteral("seq")).toInteger(), bad.toLongLong());
    QCOMPARE(ack.value(QStringLiteral("reason")).toString(), reason);
    QCOMPARE(ack.value(QStringLiteral("actor")).toString(), QStringLiteral("compliancectl"));
    QVERIFY(!ack.value(QStringLiteral("os_user")).toString().isEmpty());
    const QJsonArray anchors = v.get(QStringLiteral("/audit/anchors?limit=5000"))
                                   .json.value(QStringLiteral("items"))
                                   .toArray();
    QVERIFY(std::any_of(anchors.cbegin(), anchors.cend(), [](const QJsonValue &a) {
        return a.toObject().value(QStringLiteral("type")).toString()
            == QLatin1String("break_acknowledged");
    }));
    // New events take the seq of anchored events the cut lost; the chain is signed again.
    const qint64 head
        = v.get(QStringLiteral("/audit/head")).json.value(QStringLiteral("seq")).toInteger();
    v.grow(int(second - head) + 5);
    QVERIFY(v.checkpoint() > second);
    QCOMPARE(v.server.runCtl({QStringLiteral("audit"), QStringLiteral("verify")}, &out), 0);
    QVERIFY2(out.contains("intact but for 1 acknowledged break"), out.constData());
    QCOMPARE(v.tamperAlerts().size(), 1);
}

void TestAuditApi::eachInstanceKeepsItsOwnWitness()
{
    if (!TestDatabase::postgresRequested())
        QSKIP("several instances share one database on PostgreSQL only");
    Victim v;
    QVERIFY(v.start());
    v.grow(3);
    QVERIFY(v.checkpoint() > 0);
    // A second instance with a directory of its own, copied from the first, as README says.
    QTemporaryDir second;
    for (const QString &name : QDir(v.server.dataDir()).entryList(QDir::Files))
        QVERIFY(QFile::copy(v.server.dataDir() + QLatin1Char('/') + name, second.filePath(name)));
    QProcess instance;
    instance.start(binary(QStringLiteral("compliance-stored")),
                   v.server.database().arguments()
                       + QStringList {QStringLiteral("--data"), second.path(),
                                      QStringLiteral("--listen"), QStringLiteral("127.0.0.1:0"),
                                      QStringLiteral("--jobs-every"), QStringLiteral("1")});
    QVERIFY(instance.waitForStarted(10000));
    const auto stop = qScopeGuard([&instance] {
        instance.terminate();
        if (!instance.waitForFinished(5000))
            instance.kill();
    });
    static const QRegularExpression listening(QStringLiteral("listening on (https://\\S+)"));
    QByteArray started;
    QTRY_VERIFY_WITH_TIMEOUT(
        listening.match(QString::fromUtf8(started += instance.readAllStandardOutput())).hasMatch(),
        20000);
    const QUrl secondUrl(listening.match(QString::fromUtf8(started)).captured(1));
    const auto secondFile = [&second] {
        QFile file(second.filePath(QStringLiteral("audit-anchors.jsonl")));
        return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
    };
    // The first instance's directory signs; the second sees it in the database and anchors it
    // in its own file.
    v.grow(3);
    const qint64 signedSeq = v.checkpoint();
    QVERIFY(signedSeq > 0);
    const QString line = QStringLiteral("\"seq\":%1,").arg(signedSeq);
    QTRY_VERIFY_WITH_TIMEOUT(secondFile().contains(line.toUtf8()), 20000);
    // Cut behind both: the second instance's own witness shows it.
    QVERIFY(v.cutTail(signedSeq - 2, 0));
    QTRY_COMPARE_WITH_TIMEOUT(
        v.server.callAt(secondUrl, "GET", QStringLiteral("/audit/head"), {}, v.officerToken)
            .json.value(QStringLiteral("audit_state"))
            .toString(),
        QStringLiteral("broken"), 20000);
}

QTEST_GUILESS_MAIN(TestAuditApi)
#include "tst_audit_api.moc"
