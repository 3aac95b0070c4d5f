// The monitoring API over real HTTPS against the real compliance-stored (SQLite and, as _pg,
// PostgreSQL): who may read and acknowledge alerts; failed sign-ins raising an alert that the
// compliance officer is notified of, reads and acknowledges; refused calls and no-grant reads
// at their thresholds; an offboarded account's token; and, from a second loopback address
// (the client socket bound to 127.0.0.2 before connecting), a sign-in from a new address while
// another session is live.

#include "TestServer.h"

#include <QFile>
#include <QHostAddress>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSslConfiguration>
#include <QSslSocket>
#include <QTest>

using namespace cc::test;

class TestAlertsApi : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void endpointsNeedSignIn_data();
    void endpointsNeedSignIn();
    void rbacOnEveryEndpoint_data();
    void rbacOnEveryEndpoint();
    void failedSignInsReachOfficerWhoAcknowledges();
    void listFiltersAndPaging();
    void refusedCallsAndNoGrantReadsAtThreshold();
    void offboardedTokenRaisesAlert();
    void newAndConcurrentAddresses();
    void unknownUsernamesCountPerAddress();
    void privilegedRolesAlertOfficersAndExecutives();
    void endSessionsFromAnAlert();
    void escalateAlertToIncident();

private:
    ApiReply call(const QByteArray &method, const QString &path, const QString &who,
                  const QJsonObject &body = {});
    // The same call from another local address: a raw HTTP/1.1 request over a TLS socket bound
    // to localAddress, so the server sees that address as the peer.
    ApiReply callFrom(const QString &localAddress, const QByteArray &method, const QString &path,
                      const QJsonObject &body = {}, const QString &token = {});
    void failSignIn(const QString &username);
    QList<QJsonObject> alerts(const QString &query = {});
    QJsonObject alertFor(const QString &rule, const QString &subject);
    QList<QJsonObject> auditEvents(const QString &action);
    static QList<QJsonObject> withOutcome(const QList<QJsonObject> &events, const QString &outcome);
    bool notifiedOf(const QString &who, qint64 alertId);

    TestServer m_server;
    QHash<QString, QString> m_tokens;
    QHash<QString, TestServer::Account> m_accounts;
    qint64 m_seedAlert = 0;
};

void TestAlertsApi::initTestCase()
{
    QVERIFY2(m_server.start(), qPrintable(m_server.errorString()));
    struct Person
    {
        const char *key;
        const char *role;
    };
    const Person people[] = {
        {"admin", "admin"},     {"officer", "compliance_officer"},
        {"manager", "manager"}, {"employee", "employee"},
        {"exec", "executive"},
    };
    for (const Person &p : people) {
        TestServer::Account a = m_server.addUser(QString::fromLatin1(p.key) + QStringLiteral(".m"),
                                                 QString::fromLatin1(p.role));
        QVERIFY2(a.id > 0, p.key);
        const QString token = m_server.login(a);
        QVERIFY2(!token.isEmpty(), p.key);
        m_tokens.insert(QString::fromLatin1(p.key), token);
        m_accounts.insert(QString::fromLatin1(p.key), a);
    }
    // One alert to read in the permission checks: five failed sign-ins of one account.
    TestServer::Account decoy
        = m_server.addUser(QStringLiteral("decoy.m"), QStringLiteral("employee"));
    QVERIFY(decoy.id > 0);
    for (int i = 0; i < 5; ++i)
        failSignIn(decoy.username);
    m_seedAlert = alertFor(QStringLiteral("failed_sign_ins"), decoy.username)
                      .value(QStringLiteral("id"))
                      .toInteger();
    QVERIFY(m_seedAlert > 0);
}

ApiReply TestAlertsApi::call(const QByteArray &method, const QString &path, const QString &who,
                             const QJsonObject &body)
{
    return m_server.call(method, path, body, m_tokens.value(who));
}

ApiReply TestAlertsApi::callFrom(const QString &localAddress, const QByteArray &method,
                                 const QString &path, const QJsonObject &body, const QString &token)
{
    ApiReply reply;
    QSslSocket socket;
    if (!socket.bind(QHostAddress(localAddress))) {
        reply.errorString
            = QStringLiteral("cannot bind %1: %2").arg(localAddress, socket.errorString());
        return reply;
    }
    QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
    tls.setCaCertificates({m_server.certificate()});
    socket.setSslConfiguration(tls);
    const QUrl base = m_server.baseUrl();
    socket.connectToHostEncrypted(base.host(), quint16(base.port()));
    if (!socket.waitForEncrypted(20000)) {
        reply.errorString
            = QStringLiteral("TLS to %1 failed: %2").arg(base.toString(), socket.errorString());
        return reply;
    }
    const QByteArray payload
        = body.isEmpty() ? QByteArray() : QJsonDocument(body).toJson(QJsonDocument::Compact);
    QByteArray request = method + ' ' + "/api/v1" + path.toUtf8() + " HTTP/1.1\r\nHost: "
        + base.host().toUtf8() + "\r\nContent-Type: application/json\r\nContent-Length: "
        + QByteArray::number(payload.size()) + "\r\n";
    if (!token.isEmpty())
        request += "Authorization: Bearer " + token.toLatin1() + "\r\n";
    request += "\r\n" + payload;
    socket.write(request);
    QByteArray response;
    qsizetype headerEnd = -1;
    qint64 length = -1;
    while (headerEnd < 0 || response.size() < headerEnd + 4 + length) {
        if (!socket.waitForReadyRead(20000))
            break;
        response += socket.readAll();
        if (headerEnd < 0 && (headerEnd = response.indexOf("\r\n\r\n")) >= 0) {
            for (const QByteArray &line : response.left(headerEnd).split('\n')) {
                if (line.toLower().startsWith("content-length:"))
                    length = line.mid(15).trimmed().toLongLong();
            }
            if (length < 0)
                length = 0;
        }
    }
    if (headerEnd < 0) {
        reply.errorString = QStringLiteral("no HTTP answer: ") + socket.errorString();
        return reply;
    }
    reply.status = response.left(response.indexOf("\r\n")).split(' ').value(1).toInt();
    reply.raw = response.mid(headerEnd + 4);
    reply.json = QJsonDocument::fromJson(reply.raw).object();
    return reply;
}

void TestAlertsApi::failSignIn(const QString &username)
{
    const ApiReply r = m_server.call("POST", QStringLiteral("/session"),
                                     {{QStringLiteral("username"), username},
                                      {QStringLiteral("password"), QStringLiteral("wrong-guess-1")},
                                      {QStringLiteral("totp"), QStringLiteral("000000")}});
    QCOMPARE(r.status, 401);
}

QList<QJsonObject> TestAlertsApi::alerts(const QString &query)
{
    const ApiReply r
        = call("GET", QStringLiteral("/alerts?limit=500") + query, QStringLiteral("officer"));
    if (r.status != 200)
        qWarning("GET /alerts failed: %d %s", r.status, r.raw.constData());
    QList<QJsonObject> list;
    for (const QJsonValue &v : r.json.value(QStringLiteral("items")).toArray())
        list.append(v.toObject());
    return list;
}

QJsonObject TestAlertsApi::alertFor(const QString &rule, const QString &subject)
{
    for (const QJsonObject &a : alerts(QStringLiteral("&rule=") + rule)) {
        if (a.value(QStringLiteral("subject")).toString() == subject)
            return a;
    }
    return {};
}

bool TestAlertsApi::notifiedOf(const QString &who, qint64 alertId)
{
    const ApiReply r = call("GET", QStringLiteral("/notifications?limit=500"), who);
    if (r.status != 200)
        qWarning("GET /notifications as %s failed: %d", qPrintable(who), r.status);
    for (const QJsonValue &v : r.json.value(QStringLiteral("items")).toArray()) {
        if (v.toObject().value(QStringLiteral("alert_id")).toInteger() == alertId)
            return true;
    }
    return false;
}

// Every audit event with this action (GET /audit, oldest first).
QList<QJsonObject> TestAlertsApi::auditEvents(const QString &action)
{
    QList<QJsonObject> found;
    qint64 after = 0;
    for (;;) {
        const ApiReply r = call("GET", QStringLiteral("/audit?limit=500&after=%1").arg(after),
                                QStringLiteral("admin"));
        if (r.status != 200)
            break;
        for (const QJsonValue &v : r.json.value(QStringLiteral("items")).toArray()) {
            if (v.toObject().value(QStringLiteral("action")).toString() == action)
                found.append(v.toObject());
        }
        const QJsonValue next = r.json.value(QStringLiteral("next_after"));
        if (next.isNull())
            break;
        after = next.toInteger();
    }
    return found;
}

QList<QJsonObject> TestAlertsApi::withOutcome(const QList<QJsonObject> &events,
                                              const QString &outcome)
{
    QList<QJsonObject> kept;
    for (const QJsonObject &e : events) {
        if (e.value(QStringLiteral("outcome")).toString() == outcome)
            kept.append(e);
    }
    return kept;
}

void TestAlertsApi::endpointsNeedSignIn_data()
{
    QTest::addColumn<QByteArray>("method");
    QTest::addColumn<QString>("path");
    QTest::newRow("list") << QByteArray("GET") << QStringLiteral("/alerts");
    QTest::newRow("read") << QByteArray("GET") << QStringLiteral("/alerts/1");
    QTest::newRow("acknowledge") << QByteArray("POST") << QStringLiteral("/alerts/1/acknowledge");
}

void TestAlertsApi::endpointsNeedSignIn()
{
    QFETCH(QByteArray, method);
    QFETCH(QString, path);
    const ApiReply r
        = m_server.call(method, path, {{QStringLiteral("note"), QStringLiteral("checked")}});
    QCOMPARE(r.status, 401);
    QCOMPARE(r.errorCode(), QStringLiteral("unauthorized"));
}

void TestAlertsApi::rbacOnEveryEndpoint_data()
{
    QTest::addColumn<QString>("who");
    QTest::addColumn<QByteArray>("method");
    QTest::addColumn<QString>("path");
    QTest::addColumn<int>("status");
    const struct
    {
        const char *who;
        bool read; // audit:read
        bool manage; // alerts:manage
    } roles[] = {
        {"admin", true, false},    {"officer", true, true},    {"exec", true, false},
        {"manager", false, false}, {"employee", false, false},
    };
    for (const auto &role : roles) {
        QTest::addRow("%s list", role.who) << role.who << QByteArray("GET")
                                           << QStringLiteral("/alerts") << (role.read ? 200 : 403);
        QTest::addRow("%s read", role.who)
            << role.who << QByteArray("GET") << QStringLiteral("/alerts/%1")
            << (role.read ? 200 : 403);
        // Past the permission check an unknown alert is 404: nobody acknowledges the seed here.
        QTest::addRow("%s acknowledge", role.who)
            << role.who << QByteArray("POST") << QStringLiteral("/alerts/999999/acknowledge")
            << (role.manage ? 404 : 403);
        if (!role.manage)
            QTest::addRow("%s acknowledge seed", role.who)
                << role.who << QByteArray("POST") << QStringLiteral("/alerts/%1/acknowledge")
                << 403;
    }
}

void TestAlertsApi::rbacOnEveryEndpoint()
{
    QFETCH(QString, who);
    QFETCH(QByteArray, method);
    QFETCH(QString, path);
    QFETCH(int, status);
    const ApiReply r
        = call(method, path.contains(QStringLiteral("%1")) ? path.arg(m_seedAlert) : path, who,
               {{QStringLiteral("note"), QStringLiteral("checked it")}});
    QVERIFY2(r.status == status, r.raw.constData());
    if (status == 403)
        QVERIFY(r.errorMessage().contains(method == "POST" ? QStringLiteral("alerts:manage")
                                                           : QStringLiteral("audit:read")));
    // Refusals leave the alert as it was.
    QCOMPARE(call("GET", QStringLiteral("/alerts/%1").arg(m_seedAlert), QStringLiteral("officer"))
                 .json.value(QStringLiteral("status"))
                 .toString(),
             QStringLiteral("open"));
}

void TestAlertsApi::failedSignInsReachOfficerWhoAcknowledges()
{
    TestServer::Account victim
        = m_server.addUser(QStringLiteral("victim.m"), QStringLiteral("employee"));
    QVERIFY(victim.id > 0);
    for (int i = 0; i < 4; ++i)
        failSignIn(victim.username);
    QVERIFY(alertFor(QStringLiteral("failed_sign_ins"), victim.username).isEmpty());
    failSignIn(victim.username);
    const QJsonObject alert = alertFor(QStringLiteral("failed_sign_ins"), victim.username);
    QVERIFY(!alert.isEmpty());
    const qint64 id = alert.value(QStringLiteral("id")).toInteger();
    QCOMPARE(alert.value(QStringLiteral("event_count")).toInt(), 5);
    QCOMPARE(alert.value(QStringLiteral("subject_user_id")).toInteger(), victim.id);
    QCOMPARE(alert.value(QStringLiteral("status")).toString(), QStringLiteral("open"));
    QCOMPARE(alert.value(QStringLiteral("severity")).toString(), QStringLiteral("medium"));
    QVERIFY(alert.value(QStringLiteral("detail")).toString().contains(QStringLiteral("127.0.0.1")));
    QVERIFY(alert.value(QStringLiteral("acknowledged_at")).isNull());
    for (const char *field : {"title", "raised_at", "last_seen_at"})
        QVERIFY2(!alert.value(QLatin1String(field)).toString().isEmpty(), field);
    QVERIFY(alert.value(QStringLiteral("first_seq")).toInteger()
            < alert.value(QStringLiteral("last_seq")).toInteger());

    // The officer is told, with a link to the alert; others are not.
    bool told = false;
    for (const QJsonValue &v :
         call("GET", QStringLiteral("/notifications"), QStringLiteral("officer"))
             .json.value(QStringLiteral("items"))
             .toArray()) {
        const QJsonObject n = v.toObject();
        told = told
            || (n.value(QStringLiteral("kind")).toString() == QLatin1String("alert")
                && n.value(QStringLiteral("alert_id")).toInteger() == id);
    }
    QVERIFY(told);
    for (const char *who : {"admin", "exec", "employee"}) {
        for (const QJsonValue &v : call("GET", QStringLiteral("/notifications"), QLatin1String(who))
                                       .json.value(QStringLiteral("items"))
                                       .toArray())
            QVERIFY2(v.toObject().value(QStringLiteral("kind")).toString()
                         != QLatin1String("alert"),
                     who);
    }

    const ApiReply read = call("GET", QStringLiteral("/alerts/%1").arg(id), QStringLiteral("exec"));
    QCOMPARE(read.status, 200);
    QCOMPARE(read.json.value(QStringLiteral("rule")).toString(), QStringLiteral("failed_sign_ins"));

    const ApiReply noNote = call("POST", QStringLiteral("/alerts/%1/acknowledge").arg(id),
                                 QStringLiteral("officer"), {});
    QCOMPARE(noNote.status, 400);
    QVERIFY(noNote.errorMessage().contains(QStringLiteral("note")));
    const ApiReply done
        = call("POST", QStringLiteral("/alerts/%1/acknowledge").arg(id), QStringLiteral("officer"),
               {{QStringLiteral("note"), QStringLiteral("Called the victim: a typo")}});
    QVERIFY2(done.status == 200, done.raw.constData());
    QCOMPARE(done.json.value(QStringLiteral("status")).toString(), QStringLiteral("acknowledged"));
    QCOMPARE(done.json.value(QStringLiteral("acknowledged_by")).toString(),
             m_accounts.value(QStringLiteral("officer")).username);
    QCOMPARE(done.json.value(QStringLiteral("acknowledge_note")).toString(),
             QStringLiteral("Called the victim: a typo"));
    QVERIFY(!done.json.value(QStringLiteral("acknowledged_at")).toString().isEmpty());
    const ApiReply twice
        = call("POST", QStringLiteral("/alerts/%1/acknowledge").arg(id), QStringLiteral("officer"),
               {{QStringLiteral("note"), QStringLiteral("again")}});
    QCOMPARE(twice.status, 409);
    QVERIFY(twice.errorMessage().contains(QStringLiteral("already acknowledged")));

    // Raised and acknowledged, both in the audit trail.
    bool raised = false;
    for (const QJsonObject &e : auditEvents(QStringLiteral("alert.raise")))
        raised = raised || e.value(QStringLiteral("object_id")).toString() == QString::number(id);
    QVERIFY(raised);
    // (The refused attempts of the permission checks are audited under the same action.)
    QList<QJsonObject> acknowledged;
    for (const QJsonObject &e : auditEvents(QStringLiteral("alert.acknowledge"))) {
        if (e.value(QStringLiteral("outcome")).toString() == QLatin1String("success"))
            acknowledged.append(e);
    }
    QCOMPARE(acknowledged.size(), 1);
    QCOMPARE(acknowledged.first().value(QStringLiteral("object_id")).toString(),
             QString::number(id));
    QCOMPARE(acknowledged.first().value(QStringLiteral("reason")).toString(),
             QStringLiteral("Called the victim: a typo"));
}

void TestAlertsApi::listFiltersAndPaging()
{
    const QList<QJsonObject> all = alerts();
    QVERIFY(all.size() >= 2);
    for (qsizetype i = 1; i < all.size(); ++i)
        QVERIFY(all.at(i - 1).value(QStringLiteral("id")).toInteger()
                > all.at(i).value(QStringLiteral("id")).toInteger());
    for (const QJsonObject &a : alerts(QStringLiteral("&status=open")))
        QCOMPARE(a.value(QStringLiteral("status")).toString(), QStringLiteral("open"));
    const QList<QJsonObject> acknowledged = alerts(QStringLiteral("&status=acknowledged"));
    QVERIFY(!acknowledged.isEmpty());
    for (const QJsonObject &a : acknowledged)
        QCOMPARE(a.value(QStringLiteral("status")).toString(), QStringLiteral("acknowledged"));

    const ApiReply first = call("GET", QStringLiteral("/alerts?limit=1"), QStringLiteral("admin"));
    QCOMPARE(first.status, 200);
    QCOMPARE(first.json.value(QStringLiteral("items")).toArray().size(), 1);
    const qint64 next = first.json.value(QStringLiteral("next_after")).toInteger();
    QCOMPARE(next, all.first().value(QStringLiteral("id")).toInteger());
    const ApiReply second = call("GET", QStringLiteral("/alerts?limit=1&after=%1").arg(next),
                                 QStringLiteral("admin"));
    QCOMPARE(second.json.value(QStringLiteral("items"))
                 .toArray()
                 .first()
                 .toObject()
                 .value(QStringLiteral("id")),
             all.at(1).value(QStringLiteral("id")));

    const ApiReply badRule
        = call("GET", QStringLiteral("/alerts?rule=nope"), QStringLiteral("admin"));
    QCOMPARE(badRule.status, 400);
    QVERIFY(badRule.errorMessage().contains(QStringLiteral("failed_sign_ins")));
    QCOMPARE(call("GET", QStringLiteral("/alerts?status=closed"), QStringLiteral("admin")).status,
             400);
    QCOMPARE(call("GET", QStringLiteral("/alerts/999999"), QStringLiteral("admin")).status, 404);
}

void TestAlertsApi::refusedCallsAndNoGrantReadsAtThreshold()
{
    // Refused calls: 20 an hour (alert_denied_requests_per_hour) by one user.
    TestServer::Account bob = m_server.addUser(QStringLiteral("bob.m"), QStringLiteral("employee"));
    const QString bobToken = m_server.login(bob);
    for (int i = 0; i < 19; ++i)
        QCOMPARE(m_server.call("GET", QStringLiteral("/users"), {}, bobToken).status, 403);
    QVERIFY(alertFor(QStringLiteral("denied_requests"), bob.username).isEmpty());
    QCOMPARE(m_server.call("GET", QStringLiteral("/users"), {}, bobToken).status, 403);
    QCOMPARE(alertFor(QStringLiteral("denied_requests"), bob.username)
                 .value(QStringLiteral("event_count"))
                 .toInt(),
             20);

    // Amazon data without a grant: 3 an hour (alert_no_grant_attempts_per_hour).
    TestServer::Account nora
        = m_server.addUser(QStringLiteral("nora.m"), QStringLiteral("employee"));
    const QString noraToken = m_server.login(nora);
    for (int i = 0; i < 2; ++i)
        QCOMPARE(m_server.call("GET", QStringLiteral("/orders?client=acme"), {}, noraToken).status,
                 403);
    QVERIFY(alertFor(QStringLiteral("no_grant_access"), nora.username).isEmpty());
    QCOMPARE(m_server.call("GET", QStringLiteral("/orders/aggregates"), {}, noraToken).status, 403);
    const QJsonObject alert = alertFor(QStringLiteral("no_grant_access"), nora.username);
    QCOMPARE(alert.value(QStringLiteral("event_count")).toInt(), 3);
    QVERIFY(alertFor(QStringLiteral("denied_requests"), nora.username).isEmpty());
}

void TestAlertsApi::offboardedTokenRaisesAlert()
{
    TestServer::Account leaver
        = m_server.addUser(QStringLiteral("leaver.m"), QStringLiteral("employee"));
    const QString token = m_server.login(leaver);
    QVERIFY(!token.isEmpty());
    QCOMPARE(call("POST", QStringLiteral("/users/%1/offboard").arg(leaver.id),
                  QStringLiteral("admin"),
                  {{QStringLiteral("reason"), QStringLiteral("left the company")}})
                 .status,
             200);
    QVERIFY(alertFor(QStringLiteral("offboarded_activity"), leaver.username).isEmpty());
    QCOMPARE(m_server.call("GET", QStringLiteral("/me"), {}, token).status, 401);
    QJsonObject alert = alertFor(QStringLiteral("offboarded_activity"), leaver.username);
    QVERIFY(!alert.isEmpty());
    QCOMPARE(alert.value(QStringLiteral("severity")).toString(), QStringLiteral("high"));
    QVERIFY(alert.value(QStringLiteral("detail")).toString().contains(QStringLiteral("token")));
    // A sign-in attempt as the leaver counts in the same alert.
    QCOMPARE(m_server
                 .call("POST", QStringLiteral("/session"),
                       {{QStringLiteral("username"), leaver.username},
                        {QStringLiteral("password"), leaver.password},
                        {QStringLiteral("totp"), m_server.nextTotp(leaver)}})
                 .status,
             401);
    alert = alertFor(QStringLiteral("offboarded_activity"), leaver.username);
    QCOMPARE(alert.value(QStringLiteral("event_count")).toInt(), 2);
    bool named = false;
    for (const QJsonObject &e : auditEvents(QStringLiteral("session.use")))
        named = named || e.value(QStringLiteral("actor")).toString() == leaver.username;
    QVERIFY(named);
}

void TestAlertsApi::newAndConcurrentAddresses()
{
    TestServer::Account roamer
        = m_server.addUser(QStringLiteral("roamer.m"), QStringLiteral("employee"));
    const QString home = m_server.login(roamer); // from 127.0.0.1: the baseline
    QVERIFY(!home.isEmpty());
    QVERIFY(alertFor(QStringLiteral("new_address"), roamer.username).isEmpty());
    // The same person again from the same address is nothing new.
    QVERIFY(!m_server.login(roamer).isEmpty());
    QVERIFY(alertFor(QStringLiteral("new_address"), roamer.username).isEmpty());
    QVERIFY(alertFor(QStringLiteral("concurrent_addresses"), roamer.username).isEmpty());

    const QJsonObject credentials {{QStringLiteral("username"), roamer.username},
                                   {QStringLiteral("password"), roamer.password}};
    QJsonObject attempt = credentials;
    attempt.insert(QStringLiteral("totp"), m_server.nextTotp(roamer));
    const ApiReply away
        = callFrom(QStringLiteral("127.0.0.2"), "POST", QStringLiteral("/session"), attempt);
    QVERIFY2(away.status == 201, qPrintable(away.errorString + QString::fromUtf8(away.raw)));
    const QString awayToken = away.json.value(QStringLiteral("token")).toString();
    // The other address's session works from there like any other.
    QCOMPARE(
        callFrom(QStringLiteral("127.0.0.2"), "GET", QStringLiteral("/me"), {}, awayToken).status,
        200);

    const QJsonObject fresh = alertFor(QStringLiteral("new_address"), roamer.username);
    QVERIFY(!fresh.isEmpty());
    QCOMPARE(fresh.value(QStringLiteral("severity")).toString(), QStringLiteral("low"));
    QVERIFY(fresh.value(QStringLiteral("detail")).toString().contains(QStringLiteral("127.0.0.2")));
    const QJsonObject both = alertFor(QStringLiteral("concurrent_addresses"), roamer.username);
    QVERIFY(!both.isEmpty());
    const QString detail = both.value(QStringLiteral("detail")).toString();
    QVERIFY2(detail.contains(QStringLiteral("127.0.0.2"))
                 && detail.contains(QStringLiteral("127.0.0.1")),
             qPrintable(detail));

    // Again from 127.0.0.2: no longer new, and the same shared-login alert counts it.
    attempt.insert(QStringLiteral("totp"), m_server.nextTotp(roamer));
    QCOMPARE(
        callFrom(QStringLiteral("127.0.0.2"), "POST", QStringLiteral("/session"), attempt).status,
        201);
    int newAddress = 0;
    for (const QJsonObject &a : alerts(QStringLiteral("&rule=new_address")))
        newAddress += a.value(QStringLiteral("subject")).toString() == roamer.username ? 1 : 0;
    QCOMPARE(newAddress, 1);
    QCOMPARE(alertFor(QStringLiteral("concurrent_addresses"), roamer.username)
                 .value(QStringLiteral("event_count"))
                 .toInt(),
             3);
}

void TestAlertsApi::unknownUsernamesCountPerAddress()
{
    const auto guess = [this](const QString &from, int i) {
        return callFrom(from, "POST", QStringLiteral("/session"),
                        {{QStringLiteral("username"), QStringLiteral("nobody%1").arg(i)},
                         {QStringLiteral("password"), QStringLiteral("guess-guess")},
                         {QStringLiteral("totp"), QStringLiteral("123456")}});
    };
    for (int i = 0; i < 4; ++i)
        QCOMPARE(guess(QStringLiteral("127.0.0.3"), i).status, 401);
    QCOMPARE(guess(QStringLiteral("127.0.0.4"), 9).status, 401);
    QVERIFY(alertFor(QStringLiteral("failed_sign_ins"), QStringLiteral("127.0.0.3")).isEmpty());
    QCOMPARE(guess(QStringLiteral("127.0.0.3"), 4).status, 401);
    const QJsonObject alert
        = alertFor(QStringLiteral("failed_sign_ins"), QStringLiteral("127.0.0.3"));
    QCOMPARE(alert.value(QStringLiteral("event_count")).toInt(), 5);
    QVERIFY(alert.value(QStringLiteral("subject_user_id")).isNull());
    QVERIFY(alertFor(QStringLiteral("failed_sign_ins"), QStringLiteral("127.0.0.4")).isEmpty());
}

// An admin creating a compliance officer, or giving someone executive, is told at once to the
// officers and executives — not to the admin who did it, nor to the account that got the role.
void TestAlertsApi::privilegedRolesAlertOfficersAndExecutives()
{
    // The accounts compliancectl made (the store's key holder) raised none.
    QVERIFY(alerts(QStringLiteral("&rule=privileged_role")).isEmpty());
    QString newOfficerToken;
    const TestServer::Account created = m_server.createThroughApi(
        m_tokens.value(QStringLiteral("admin")), QStringLiteral("new.officer"),
        {QStringLiteral("compliance_officer")}, &newOfficerToken);
    QVERIFY(created.id > 0);
    m_tokens.insert(QStringLiteral("new.officer"), newOfficerToken);
    const QJsonObject alert = alertFor(QStringLiteral("privileged_role"), created.username);
    QVERIFY(!alert.isEmpty());
    QCOMPARE(alert.value(QStringLiteral("severity")).toString(), QStringLiteral("high"));
    QCOMPARE(alert.value(QStringLiteral("subject_user_id")).toInteger(), created.id);
    QCOMPARE(alert.value(QStringLiteral("title")).toString(),
             QStringLiteral("New account new.officer with compliance_officer"));
    QVERIFY2(alert.value(QStringLiteral("detail"))
                 .toString()
                 .startsWith(QStringLiteral("admin.m created the account new.officer")),
             qPrintable(alert.value(QStringLiteral("detail")).toString()));
    const qint64 id = alert.value(QStringLiteral("id")).toInteger();
    QVERIFY(notifiedOf(QStringLiteral("officer"), id));
    QVERIFY(notifiedOf(QStringLiteral("exec"), id));
    for (const char *who : {"admin", "new.officer", "manager", "employee"})
        QVERIFY2(!notifiedOf(QLatin1String(who), id), who);

    // Granting executive through PATCH; taking a role away or changing a title is no news.
    const TestServer::Account employee = m_accounts.value(QStringLiteral("employee"));
    const QString path = QStringLiteral("/users/%1").arg(employee.id);
    QCOMPARE(call("PATCH", path, QStringLiteral("admin"),
                  {{QStringLiteral("title"), QStringLiteral("Analyst")}})
                 .status,
             200);
    QVERIFY(alertFor(QStringLiteral("privileged_role"), employee.username).isEmpty());
    QCOMPARE(call("PATCH", path, QStringLiteral("admin"),
                  {{QStringLiteral("roles"),
                    QJsonArray {QStringLiteral("employee"), QStringLiteral("executive")}}})
                 .status,
             200);
    const QJsonObject given = alertFor(QStringLiteral("privileged_role"), employee.username);
    QCOMPARE(given.value(QStringLiteral("title")).toString(),
             QStringLiteral("employee.m was given executive"));
    const qint64 givenId = given.value(QStringLiteral("id")).toInteger();
    for (const char *who : {"officer", "exec", "new.officer"})
        QVERIFY2(notifiedOf(QLatin1String(who), givenId), who);
    for (const char *who : {"admin", "employee"})
        QVERIFY2(!notifiedOf(QLatin1String(who), givenId), who);
    // Raising it is audited, by the system, in the chain.
    bool audited = false;
    for (const QJsonObject &e : auditEvents(QStringLiteral("alert.raise")))
        audited = audited
            || e.value(QStringLiteral("object_id")).toString() == QString::number(givenId);
    QVERIFY(audited);
}

// POST /alerts/{id}/end-sessions: alerts:manage only (officers); every live session of the
// alerted user ends, audited with the alert's id; an alert naming no user is refused.
void TestAlertsApi::endSessionsFromAnAlert()
{
    TestServer::Account target
        = m_server.addUser(QStringLiteral("target.m"), QStringLiteral("employee"));
    QVERIFY(target.id > 0);
    const QString first = m_server.login(target);
    const QString second = m_server.login(target);
    QVERIFY(!first.isEmpty() && !second.isEmpty());
    for (int i = 0; i < 5; ++i)
        failSignIn(target.username);
    const qint64 id = alertFor(QStringLiteral("failed_sign_ins"), target.username)
                          .value(QStringLiteral("id"))
                          .toInteger();
    QVERIFY(id > 0);
    const QString path = QStringLiteral("/alerts/%1/end-sessions").arg(id);
    for (const char *who : {"admin", "exec", "manager", "employee"}) {
        const ApiReply refused = call("POST", path, QString::fromLatin1(who));
        QVERIFY2(refused.status == 403, who);
        QVERIFY2(refused.errorMessage().contains(QLatin1String("alerts:manage")),
                 refused.raw.constData());
    }
    QCOMPARE(m_server.call("GET", QStringLiteral("/me"), {}, first).status, 200);
    QCOMPARE(call("POST", QStringLiteral("/alerts/999999/end-sessions"), QStringLiteral("officer"))
                 .status,
             404);

    const ApiReply ended = call("POST", path, QStringLiteral("officer"));
    QVERIFY2(ended.status == 200, ended.raw.constData());
    QCOMPARE(ended.json.value(QStringLiteral("ended_sessions")).toInt(), 2);
    for (const QString &token : {first, second})
        QCOMPARE(m_server.call("GET", QStringLiteral("/me"), {}, token).status, 401);
    // Nothing left to end the second time; the officer's own session is untouched.
    const ApiReply again = call("POST", path, QStringLiteral("officer"));
    QCOMPARE(again.status, 200);
    QCOMPARE(again.json.value(QStringLiteral("ended_sessions")).toInt(), 0);
    const QList<QJsonObject> events
        = withOutcome(auditEvents(QStringLiteral("alert.end_sessions")), QStringLiteral("success"));
    QCOMPARE(events.size(), 2);
    // The refusals are on the trail too.
    QCOMPARE(
        withOutcome(auditEvents(QStringLiteral("alert.end_sessions")), QStringLiteral("denied"))
            .size(),
        4);
    QCOMPARE(events.first().value(QStringLiteral("object_type")).toString(),
             QStringLiteral("alert"));
    QCOMPARE(events.first().value(QStringLiteral("object_id")).toString(), QString::number(id));
    QCOMPARE(events.first().value(QStringLiteral("actor")).toString(),
             m_accounts.value(QStringLiteral("officer")).username);
    QVERIFY2(events.first()
                 .value(QStringLiteral("detail"))
                 .toString()
                 .contains(QStringLiteral("user=target.m ended_sessions=2")),
             qPrintable(events.first().value(QStringLiteral("detail")).toString()));

    // Unknown usernames from one address: the alert names an address, not a user.
    for (int i = 0; i < 5; ++i)
        failSignIn(QStringLiteral("ghost%1").arg(i));
    qint64 addressAlert = 0;
    for (const QJsonObject &a : alerts(QStringLiteral("&rule=failed_sign_ins"))) {
        if (a.value(QStringLiteral("subject_user_id")).isNull())
            addressAlert = a.value(QStringLiteral("id")).toInteger();
    }
    QVERIFY(addressAlert > 0);
    const ApiReply noUser
        = call("POST", QStringLiteral("/alerts/%1/end-sessions").arg(addressAlert),
               QStringLiteral("officer"));
    QCOMPARE(noUser.status, 409);
    QVERIFY2(noUser.errorMessage().contains(QLatin1String("names no user")),
             noUser.raw.constData());
    QCOMPARE(
        withOutcome(auditEvents(QStringLiteral("alert.end_sessions")), QStringLiteral("success"))
            .size(),
        2);
}

// POST /alerts/{id}/escalate: alerts:manage and incidents:manage (officers; executives manage
// incidents but not alerts); an incident assigned to the officer that names the alert, the
// alert linked and acknowledged with a note naming the incident, audited; once only.
void TestAlertsApi::escalateAlertToIncident()
{
    TestServer::Account target
        = m_server.addUser(QStringLiteral("escalated.m"), QStringLiteral("employee"));
    QVERIFY(target.id > 0);
    for (int i = 0; i < 5; ++i)
        failSignIn(target.username);
    const QJsonObject alert = alertFor(QStringLiteral("failed_sign_ins"), target.username);
    const qint64 id = alert.value(QStringLiteral("id")).toInteger();
    QVERIFY(id > 0);
    QVERIFY(alert.value(QStringLiteral("incident_id")).isNull());
    const QString path = QStringLiteral("/alerts/%1/escalate").arg(id);
    for (const char *who : {"admin", "exec", "manager", "employee"}) {
        const ApiReply refused = call("POST", path, QString::fromLatin1(who));
        QVERIFY2(refused.status == 403, who);
    }
    QCOMPARE(auditEvents(QStringLiteral("incident.report")).size(), 0);

    const ApiReply escalated = call("POST", path, QStringLiteral("officer"));
    QVERIFY2(escalated.status == 201, escalated.raw.constData());
    const qint64 incident = escalated.json.value(QStringLiteral("incident_id")).toInteger();
    QVERIFY(incident > 0);
    QCOMPARE(escalated.json.value(QStringLiteral("status")).toString(),
             QStringLiteral("acknowledged"));
    QCOMPARE(escalated.json.value(QStringLiteral("acknowledge_note")).toString(),
             QStringLiteral("escalated to incident %1").arg(incident));
    const ApiReply opened
        = call("GET", QStringLiteral("/incidents/%1").arg(incident), QStringLiteral("officer"));
    QCOMPARE(opened.status, 200);
    QCOMPARE(opened.json.value(QStringLiteral("title")).toString(),
             QStringLiteral("Alert %1: %2")
                 .arg(id)
                 .arg(alert.value(QStringLiteral("title")).toString()));
    QVERIFY(opened.json.value(QStringLiteral("description"))
                .toString()
                .contains(QStringLiteral("monitoring alert %1 (rule failed_sign_ins").arg(id)));
    QCOMPARE(opened.json.value(QStringLiteral("assignee")).toString(),
             m_accounts.value(QStringLiteral("officer")).username);
    QCOMPARE(opened.json.value(QStringLiteral("category")).toString(), QStringLiteral("security"));
    QCOMPARE(opened.json.value(QStringLiteral("severity")).toInt(), 3); // medium
    QCOMPARE(opened.json.value(QStringLiteral("involves_amazon_data")).toBool(), false);

    const QList<QJsonObject> events
        = withOutcome(auditEvents(QStringLiteral("alert.escalate")), QStringLiteral("success"));
    QCOMPARE(events.size(), 1);
    QCOMPARE(
        withOutcome(auditEvents(QStringLiteral("alert.escalate")), QStringLiteral("denied")).size(),
        4);
    QCOMPARE(events.first().value(QStringLiteral("object_id")).toString(), QString::number(id));
    QVERIFY(events.first()
                .value(QStringLiteral("detail"))
                .toString()
                .contains(QStringLiteral("incident=%1").arg(incident)));
    QCOMPARE(auditEvents(QStringLiteral("incident.report")).size(), 1);

    const ApiReply twice = call("POST", path, QStringLiteral("officer"));
    QCOMPARE(twice.status, 409);
    QVERIFY2(twice.errorMessage().contains(QStringLiteral("incident %1").arg(incident)),
             twice.raw.constData());
    QCOMPARE(auditEvents(QStringLiteral("incident.report")).size(), 1);
    QCOMPARE(
        call("POST", QStringLiteral("/alerts/999999/escalate"), QStringLiteral("officer")).status,
        404);
}

QTEST_GUILESS_MAIN(TestAlertsApi)
#include "tst_alerts_api.moc"
