// The store API over real HTTPS on loopback, against the real compliance-stored process.

#include "RawHttps.h"
#include "TestServer.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>
#include <QSslSocket>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>

using namespace cc::test;

class TestServerApi : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();

    void healthNeedsNoSignIn();
    void plainHttpGetsNoAnswer();
    void tlsIsAtLeast12();
    void signInAndMe();
    void codeWorksOnlyOnce();
    void wrongPasswordWrongCodeUnknownUser();
    void lockoutAfterTenFailures();
    void endpointsRequireSignIn_data();
    void endpointsRequireSignIn();
    void endpointsRefuseRolesWithoutPermission_data();
    void endpointsRefuseRolesWithoutPermission();
    void refusalsAreAudited();
    void requestRules_data();
    void requestRules();
    void approveCreatesGrantVisibleToRequester();
    void selfApprovalRefused();
    void adminCannotApproveThroughAnAccountTheyCreated();
    void separationWindowEndsAfterPolicyDays();
    void requestsSayWhetherTheCallerMayDecide();
    void piiNeedsTwoApprovalsWhenThePolicySaysSo();
    void adminAndOfficerNeverOnOneAccount();
    void patchChangesRolesAndDetails();
    void requesterWithout2faCannotBeGranted();
    void denyNeedsCommentAndDecidesOnce();
    void revokeEndsGrant();
    void employeesSeeOnlyTheirOwn();
    void offboardingRevokesEverythingAtOnce();
    void signOutEndsSession();
    void badInput_data();
    void badInput();
    void oversizedBodyRefused();
    void usersAreUniqueIgnoringCase();
    void pagingIsKeyset();
    void auditChainListsEvents();
    void pipelinedAnswersKeepTheirOrder();
    void controlsAnswerTheContract();
    void evidencePackForHoldersOfControlsAndAudit();
    void policyIsAcknowledgedSignedIn();
    void changeFeedTellsOnlyWhatTheCallerMaySee();
    void myTasksListWhatWaitsForEachPerson();
    void requestsNotifyApproversAndDecisionsTheRequester();

private:
    QString createRequest(TestServer::Account &who, const QString &token,
                          const QString &category = QStringLiteral("orders.pii"));
    // The request as listed for the holder of token (the fields computed for the caller).
    QJsonObject requestAs(const QString &id, const QString &token, TestServer *server = nullptr);
    void ageAccountChanges(qint64 targetId, qint64 days);

    TestServer m_server;
    TestServer::Account m_admin;
    TestServer::Account m_officer;
    TestServer::Account m_officer2;
    TestServer::Account m_manager;
    TestServer::Account m_executive;
    TestServer::Account m_employee;
    QHash<QString, QString> m_tokens; // role -> token
    // The issue-20 scenario's officer and the admin's request it could not approve.
    TestServer::Account m_puppet;
    QString m_puppetToken;
    QString m_adminsRequest;
};

void TestServerApi::initTestCase()
{
    QVERIFY2(m_server.start(), qPrintable(m_server.errorString()));
    m_admin = m_server.addUser(QStringLiteral("ada.admin"), QStringLiteral("admin"));
    m_officer
        = m_server.addUser(QStringLiteral("olga.officer"), QStringLiteral("compliance_officer"));
    m_officer2
        = m_server.addUser(QStringLiteral("omar.officer"), QStringLiteral("compliance_officer"));
    m_manager = m_server.addUser(QStringLiteral("max.manager"), QStringLiteral("manager"));
    m_executive = m_server.addUser(QStringLiteral("eve.ceo"), QStringLiteral("executive"),
                                   QStringLiteral("CEO"));
    m_employee = m_server.addUser(QStringLiteral("emil.employee"), QStringLiteral("employee"));
    // Breach notices go to the designated (compliancectl user designate), not to a title.
    QByteArray designated;
    QCOMPARE(
        m_server.runCtl({QStringLiteral("user"), QStringLiteral("designate"),
                         QStringLiteral("--username"), m_executive.username,
                         QStringLiteral("--designation"), QStringLiteral("ceo,incident_contact")},
                        &designated),
        0);
    QCOMPARE(designated.trimmed(), QByteArray("eve.ceo designated: incident_contact, ceo"));
    for (TestServer::Account *a : {&m_admin, &m_officer, &m_manager, &m_executive, &m_employee}) {
        QVERIFY(!a->totpSecret.isEmpty());
        const QString token = m_server.login(*a);
        QVERIFY2(!token.isEmpty(), qPrintable(a->username));
        m_tokens.insert(a->role, token);
    }
}

void TestServerApi::cleanupTestCase()
{
    m_server.stop();
}

QString TestServerApi::createRequest(TestServer::Account &, const QString &token,
                                     const QString &category)
{
    const ApiReply r = m_server.call(
        "POST", QStringLiteral("/access-requests"),
        {{QStringLiteral("category"), category},
         {QStringLiteral("client"), QStringLiteral("ACME EU")},
         {QStringLiteral("reason"),
          QStringLiteral("Refund dispute on order 114-2231 needs the buyer address")},
         {QStringLiteral("duration_hours"), 24}},
        token);
    if (r.status != 201)
        qWarning("create request: %d %s", r.status, r.raw.constData());
    return QString::number(r.json.value(QStringLiteral("id")).toInteger());
}

void TestServerApi::healthNeedsNoSignIn()
{
    const ApiReply r = m_server.call("GET", QStringLiteral("/health"));
    QCOMPARE(r.status, 200);
    QCOMPARE(r.json.value(QStringLiteral("status")).toString(), QStringLiteral("ok"));
}

void TestServerApi::plainHttpGetsNoAnswer()
{
    QTcpSocket socket;
    socket.connectToHost(QStringLiteral("127.0.0.1"), quint16(m_server.baseUrl().port()));
    QVERIFY(socket.waitForConnected(5000));
    socket.write("GET /api/v1/health HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n");
    socket.waitForReadyRead(3000);
    QVERIFY2(!socket.readAll().startsWith("HTTP/"), "the TLS port answered plain HTTP");
}

void TestServerApi::tlsIsAtLeast12()
{
    QSslSocket socket;
    QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
    tls.setCaCertificates({m_server.certificate()});
    socket.setSslConfiguration(tls);
    socket.connectToHostEncrypted(QStringLiteral("127.0.0.1"), quint16(m_server.baseUrl().port()));
    QVERIFY2(socket.waitForEncrypted(10000), qPrintable(socket.errorString()));
    const QSsl::SslProtocol protocol = socket.sessionProtocol();
    QVERIFY(protocol == QSsl::TlsV1_2 || protocol == QSsl::TlsV1_3);

    // A client that offers only TLS 1.1 must be refused (where this OpenSSL still speaks it).
    QSslSocket old;
    QSslConfiguration oldTls = tls;
    QT_WARNING_PUSH
    QT_WARNING_DISABLE_DEPRECATED
    oldTls.setProtocol(QSsl::TlsV1_1);
    QT_WARNING_POP
    old.setSslConfiguration(oldTls);
    old.connectToHostEncrypted(QStringLiteral("127.0.0.1"), quint16(m_server.baseUrl().port()));
    QVERIFY(!old.waitForEncrypted(5000));
}

void TestServerApi::signInAndMe()
{
    const ApiReply me = m_server.call("GET", QStringLiteral("/me"), {},
                                      m_tokens.value(QStringLiteral("compliance_officer")));
    QCOMPARE(me.status, 200);
    QCOMPARE(me.json.value(QStringLiteral("user"))
                 .toObject()
                 .value(QStringLiteral("username"))
                 .toString(),
             m_officer.username);
    QVERIFY(me.json.value(QStringLiteral("user"))
                .toObject()
                .value(QStringLiteral("totp_enrolled"))
                .toBool());
    QVERIFY(me.json.value(QStringLiteral("permissions"))
                .toArray()
                .contains(QStringLiteral("access:approve")));
    QVERIFY(!me.json.value(QStringLiteral("permissions"))
                 .toArray()
                 .contains(QStringLiteral("users:manage")));
}

void TestServerApi::codeWorksOnlyOnce()
{
    TestServer::Account a
        = m_server.addUser(QStringLiteral("replay.user"), QStringLiteral("employee"));
    const QString code = m_server.nextTotp(a);
    const QJsonObject body {{QStringLiteral("username"), a.username},
                            {QStringLiteral("password"), a.password},
                            {QStringLiteral("totp"), code}};
    QCOMPARE(m_server.call("POST", QStringLiteral("/session"), body).status, 201);
    const ApiReply replay = m_server.call("POST", QStringLiteral("/session"), body);
    QCOMPARE(replay.status, 401);
    // Exactly like a wrong code: "already used" would tell that the password was right.
    const ApiReply wrong = m_server.call("POST", QStringLiteral("/session"),
                                         {{QStringLiteral("username"), a.username},
                                          {QStringLiteral("password"), a.password},
                                          {QStringLiteral("totp"), QStringLiteral("000000")}});
    QCOMPARE(replay.raw, wrong.raw);
}

void TestServerApi::wrongPasswordWrongCodeUnknownUser()
{
    TestServer::Account a
        = m_server.addUser(QStringLiteral("careless.user"), QStringLiteral("employee"));
    const ApiReply wrongPassword
        = m_server.call("POST", QStringLiteral("/session"),
                        {{QStringLiteral("username"), a.username},
                         {QStringLiteral("password"), QStringLiteral("not-the-password")},
                         {QStringLiteral("totp"), m_server.nextTotp(a)}});
    QCOMPARE(wrongPassword.status, 401);
    QCOMPARE(wrongPassword.errorCode(), QStringLiteral("unauthorized"));
    const ApiReply wrongCode = m_server.call("POST", QStringLiteral("/session"),
                                             {{QStringLiteral("username"), a.username},
                                              {QStringLiteral("password"), a.password},
                                              {QStringLiteral("totp"), QStringLiteral("000000")}});
    QCOMPARE(wrongCode.status, 401);
    const ApiReply unknown
        = m_server.call("POST", QStringLiteral("/session"),
                        {{QStringLiteral("username"), QStringLiteral("nobody")},
                         {QStringLiteral("password"), QStringLiteral("whatever-password")},
                         {QStringLiteral("totp"), QStringLiteral("123456")}});
    QCOMPARE(unknown.status, 401);
    // Same message whichever part was wrong: no hint which usernames exist.
    QCOMPARE(unknown.errorMessage(), wrongPassword.errorMessage());
    QCOMPARE(wrongCode.errorMessage(), wrongPassword.errorMessage());
    // A correct sign-in still works after two failures.
    QVERIFY(!m_server.login(a).isEmpty());
}

void TestServerApi::lockoutAfterTenFailures()
{
    TestServer::Account a
        = m_server.addUser(QStringLiteral("target.user"), QStringLiteral("employee"));
    for (int i = 0; i < 10; ++i) {
        const ApiReply r
            = m_server.call("POST", QStringLiteral("/session"),
                            {{QStringLiteral("username"), a.username},
                             {QStringLiteral("password"), QStringLiteral("guess-number-%1").arg(i)},
                             {QStringLiteral("totp"), QStringLiteral("111111")}});
        QCOMPARE(r.status, 401);
    }
    // Now even the right password and code are refused until the lockout ends.
    const ApiReply locked = m_server.call("POST", QStringLiteral("/session"),
                                          {{QStringLiteral("username"), a.username},
                                           {QStringLiteral("password"), a.password},
                                           {QStringLiteral("totp"), m_server.nextTotp(a)}});
    QCOMPARE(locked.status, 423);
    QCOMPARE(locked.errorCode(), QStringLiteral("locked"));
    QVERIFY(locked.errorMessage().contains(QStringLiteral("locked")));
}

void TestServerApi::endpointsRequireSignIn_data()
{
    QTest::addColumn<QByteArray>("method");
    QTest::addColumn<QString>("path");
    QTest::newRow("me") << QByteArray("GET") << QStringLiteral("/me");
    QTest::newRow("policy") << QByteArray("GET") << QStringLiteral("/policy");
    QTest::newRow("sign out") << QByteArray("DELETE") << QStringLiteral("/session");
    QTest::newRow("users") << QByteArray("GET") << QStringLiteral("/users");
    QTest::newRow("add user") << QByteArray("POST") << QStringLiteral("/users");
    QTest::newRow("offboard") << QByteArray("POST") << QStringLiteral("/users/1/offboard");
    QTest::newRow("reset 2fa") << QByteArray("POST") << QStringLiteral("/users/1/reset-2fa");
    QTest::newRow("requests") << QByteArray("GET") << QStringLiteral("/access-requests");
    QTest::newRow("request") << QByteArray("POST") << QStringLiteral("/access-requests");
    QTest::newRow("approve") << QByteArray("POST") << QStringLiteral("/access-requests/1/approve");
    QTest::newRow("deny") << QByteArray("POST") << QStringLiteral("/access-requests/1/deny");
    QTest::newRow("grants") << QByteArray("GET") << QStringLiteral("/grants");
    QTest::newRow("revoke") << QByteArray("POST") << QStringLiteral("/grants/1/revoke");
    QTest::newRow("audit") << QByteArray("GET") << QStringLiteral("/audit");
}

void TestServerApi::endpointsRequireSignIn()
{
    QFETCH(QByteArray, method);
    QFETCH(QString, path);
    const ApiReply none = m_server.call(method, path, {});
    QCOMPARE(none.status, 401);
    QCOMPARE(none.errorCode(), QStringLiteral("unauthorized"));
    const ApiReply forged = m_server.call(method, path, {}, QStringLiteral("forged-token-value"));
    QCOMPARE(forged.status, 401);
}

void TestServerApi::endpointsRefuseRolesWithoutPermission_data()
{
    QTest::addColumn<QByteArray>("method");
    QTest::addColumn<QString>("path");
    QTest::addColumn<QStringList>("allowedRoles");
    const QStringList all
        = {QStringLiteral("admin"), QStringLiteral("compliance_officer"), QStringLiteral("manager"),
           QStringLiteral("executive"), QStringLiteral("employee")};
    QTest::newRow("list users") << QByteArray("GET") << QStringLiteral("/users")
                                << QStringList {QStringLiteral("admin"),
                                                QStringLiteral("compliance_officer")};
    QTest::newRow("add user") << QByteArray("POST") << QStringLiteral("/users")
                              << QStringList {QStringLiteral("admin")};
    QTest::newRow("offboard") << QByteArray("POST") << QStringLiteral("/users/999999/offboard")
                              << QStringList {QStringLiteral("admin")};
    QTest::newRow("reset 2fa") << QByteArray("POST") << QStringLiteral("/users/999999/reset-2fa")
                               << QStringList {QStringLiteral("admin")};
    QTest::newRow("approve") << QByteArray("POST")
                             << QStringLiteral("/access-requests/999999/approve")
                             << QStringList {QStringLiteral("compliance_officer")};
    QTest::newRow("deny") << QByteArray("POST") << QStringLiteral("/access-requests/999999/deny")
                          << QStringList {QStringLiteral("compliance_officer")};
    QTest::newRow("revoke") << QByteArray("POST") << QStringLiteral("/grants/999999/revoke")
                            << QStringList {QStringLiteral("compliance_officer")};
    QTest::newRow("audit") << QByteArray("GET") << QStringLiteral("/audit")
                           << QStringList {QStringLiteral("admin"),
                                           QStringLiteral("compliance_officer"),
                                           QStringLiteral("executive")};
    QTest::newRow("requests") << QByteArray("GET") << QStringLiteral("/access-requests") << all;
    QTest::newRow("grants") << QByteArray("GET") << QStringLiteral("/grants") << all;
    QTest::newRow("me") << QByteArray("GET") << QStringLiteral("/me") << all;
    QTest::newRow("policy") << QByteArray("GET") << QStringLiteral("/policy") << all;
}

void TestServerApi::endpointsRefuseRolesWithoutPermission()
{
    QFETCH(QByteArray, method);
    QFETCH(QString, path);
    QFETCH(QStringList, allowedRoles);
    for (auto it = m_tokens.cbegin(); it != m_tokens.cend(); ++it) {
        const ApiReply r = m_server.call(
            method, path, {{QStringLiteral("comment"), QStringLiteral("x")}}, it.value());
        if (allowedRoles.contains(it.key())) {
            QVERIFY2(r.status != 403 && r.status != 401,
                     qPrintable(QStringLiteral("%1 refused for %2: %3")
                                    .arg(path, it.key(), QString::fromUtf8(r.raw))));
        } else {
            QVERIFY2(r.status == 403,
                     qPrintable(QStringLiteral("%1 not refused for %2: %3 %4")
                                    .arg(path, it.key())
                                    .arg(r.status)
                                    .arg(QString::fromUtf8(r.raw))));
            QCOMPARE(r.errorCode(), QStringLiteral("forbidden"));
        }
    }
}

void TestServerApi::refusalsAreAudited()
{
    QCOMPARE(
        m_server
            .call("GET", QStringLiteral("/audit"), {}, m_tokens.value(QStringLiteral("employee")))
            .status,
        403);
    QJsonArray all;
    QString after = QStringLiteral("0");
    for (;;) {
        const ApiReply page
            = m_server.call("GET", QStringLiteral("/audit?limit=500&after=") + after, {},
                            m_tokens.value(QStringLiteral("admin")));
        QCOMPARE(page.status, 200);
        for (const QJsonValue &v : page.json.value(QStringLiteral("items")).toArray())
            all.append(v);
        if (page.json.value(QStringLiteral("next_after")).isNull())
            break;
        after = QString::number(page.json.value(QStringLiteral("next_after")).toInteger());
    }
    bool found = false;
    for (const QJsonValue &v : all) {
        const QJsonObject e = v.toObject();
        if (e.value(QStringLiteral("actor")).toString() == m_employee.username
            && e.value(QStringLiteral("outcome")).toString() == QLatin1String("denied")
            && e.value(QStringLiteral("action")).toString() == QLatin1String("audit.read"))
            found = true;
    }
    QVERIFY(found);
}

void TestServerApi::requestRules_data()
{
    QTest::addColumn<QJsonObject>("body");
    QTest::addColumn<QString>("messagePart");
    QTest::addColumn<QString>("field"); // the error body's field, where the cursor goes
    const auto body = [](const QString &category, const QString &client, const QJsonValue &reason,
                         const QJsonValue &hours) {
        QJsonObject o {{QStringLiteral("category"), category},
                       {QStringLiteral("client"), client},
                       {QStringLiteral("duration_hours"), hours}};
        if (!reason.isUndefined())
            o.insert(QStringLiteral("reason"), reason);
        return o;
    };
    const QString good = QStringLiteral("Reconcile the November payout against shipped orders");
    QTest::newRow("empty reason") << body(QStringLiteral("orders.pii"), QStringLiteral("ACME"),
                                          QStringLiteral(""), 8)
                                  << QStringLiteral("reason is required")
                                  << QStringLiteral("reason");
    QTest::newRow("missing reason")
        << body(QStringLiteral("orders.pii"), QStringLiteral("ACME"),
                QJsonValue(QJsonValue::Undefined), 8)
        << QStringLiteral("reason is required") << QStringLiteral("reason");
    QTest::newRow("whitespace reason")
        << body(QStringLiteral("orders.pii"), QStringLiteral("ACME"), QStringLiteral("   \t  "), 8)
        << QStringLiteral("reason is required") << QStringLiteral("reason");
    QTest::newRow("punctuation reason")
        << body(QStringLiteral("orders.pii"), QStringLiteral("ACME"),
                QStringLiteral("?!?!?!?!?!?!?!?!?!?!?!?!"), 8)
        << QStringLiteral("punctuation") << QStringLiteral("reason");
    QTest::newRow("short reason") << body(QStringLiteral("orders.pii"), QStringLiteral("ACME"),
                                          QStringLiteral("need it"), 8)
                                  << QStringLiteral("too short") << QStringLiteral("reason");
    QTest::newRow("repeated reason") << body(QStringLiteral("orders.pii"), QStringLiteral("ACME"),
                                             QStringLiteral("aaaaaaaaaaaaaaaaaaaaaaaaaaaa"), 8)
                                     << QStringLiteral("sentence") << QStringLiteral("reason");
    QTest::newRow("unknown category")
        << body(QStringLiteral("orders.all"), QStringLiteral("ACME"), good, 8)
        << QStringLiteral("unknown data category") << QStringLiteral("category");
    QTest::newRow("no client") << body(QStringLiteral("orders.pii"), QStringLiteral(" "), good, 8)
                               << QStringLiteral("client") << QStringLiteral("client");
    QTest::newRow("unknown client")
        << body(QStringLiteral("orders.pii"), QStringLiteral("no-such-client"), good, 8)
        << QStringLiteral("not a known client") << QStringLiteral("client");
    QTest::newRow("zero hours") << body(QStringLiteral("orders.pii"), QStringLiteral("ACME"), good,
                                        0)
                                << QStringLiteral("duration") << QStringLiteral("duration_hours");
    QTest::newRow("too long") << body(QStringLiteral("orders.pii"), QStringLiteral("ACME"), good,
                                      24 * 365)
                              << QStringLiteral("duration") << QStringLiteral("duration_hours");
    QTest::newRow("fractional hours")
        << body(QStringLiteral("orders.pii"), QStringLiteral("ACME"), good, 1.5)
        << QStringLiteral("whole number") << QStringLiteral("duration_hours");
}

void TestServerApi::requestRules()
{
    QFETCH(QJsonObject, body);
    QFETCH(QString, messagePart);
    const ApiReply r = m_server.call("POST", QStringLiteral("/access-requests"), body,
                                     m_tokens.value(QStringLiteral("employee")));
    QCOMPARE(r.status, 400);
    QCOMPARE(r.errorCode(), QStringLiteral("invalid_input"));
    QVERIFY2(r.errorMessage().contains(messagePart), qPrintable(r.errorMessage()));
    QFETCH(QString, field);
    QCOMPARE(
        r.json.value(QStringLiteral("error")).toObject().value(QStringLiteral("field")).toString(),
        field);
}

void TestServerApi::approveCreatesGrantVisibleToRequester()
{
    const QString employeeToken = m_tokens.value(QStringLiteral("employee"));
    const QString id = createRequest(m_employee, employeeToken);
    const ApiReply pending
        = m_server.call("GET", QStringLiteral("/access-requests?status=pending"), {},
                        m_tokens.value(QStringLiteral("compliance_officer")));
    bool listed = false;
    for (const QJsonValue &v : pending.json.value(QStringLiteral("items")).toArray())
        listed |= QString::number(v.toObject().value(QStringLiteral("id")).toInteger()) == id;
    QVERIFY(listed);

    const ApiReply approved
        = m_server.call("POST", QStringLiteral("/access-requests/%1/approve").arg(id),
                        {{QStringLiteral("comment"), QStringLiteral("ok for the dispute")}},
                        m_tokens.value(QStringLiteral("compliance_officer")));
    QCOMPARE(approved.status, 200);
    const QJsonObject grant = approved.json.value(QStringLiteral("grant")).toObject();
    QCOMPARE(grant.value(QStringLiteral("status")).toString(), QStringLiteral("active"));
    QCOMPARE(grant.value(QStringLiteral("username")).toString(), m_employee.username);
    const QDateTime granted
        = QDateTime::fromString(grant.value(QStringLiteral("granted_at")).toString(), Qt::ISODate);
    const QDateTime expires
        = QDateTime::fromString(grant.value(QStringLiteral("expires_at")).toString(), Qt::ISODate);
    QCOMPARE(granted.secsTo(expires), 24 * 3600);
    QCOMPARE(approved.json.value(QStringLiteral("request"))
                 .toObject()
                 .value(QStringLiteral("status"))
                 .toString(),
             QStringLiteral("approved"));

    const ApiReply mine
        = m_server.call("GET", QStringLiteral("/grants?status=active"), {}, employeeToken);
    QCOMPARE(mine.status, 200);
    bool seen = false;
    for (const QJsonValue &v : mine.json.value(QStringLiteral("items")).toArray())
        seen |= v.toObject().value(QStringLiteral("id")) == grant.value(QStringLiteral("id"));
    QVERIFY(seen);

    // Deciding twice is refused.
    const ApiReply again
        = m_server.call("POST", QStringLiteral("/access-requests/%1/approve").arg(id), {},
                        m_tokens.value(QStringLiteral("compliance_officer")));
    QCOMPARE(again.status, 409);
}

void TestServerApi::selfApprovalRefused()
{
    const QString officerToken = m_tokens.value(QStringLiteral("compliance_officer"));
    const QString id = createRequest(m_officer, officerToken);
    const ApiReply r
        = m_server.call("POST", QStringLiteral("/access-requests/%1/approve").arg(id),
                        {{QStringLiteral("comment"), QStringLiteral("me")}}, officerToken);
    QCOMPARE(r.status, 403);
    QVERIFY(r.errorMessage().contains(QStringLiteral("your own")));
    // Another officer may decide it.
    const QString otherToken = m_server.login(m_officer2);
    QCOMPARE(
        m_server.call("POST", QStringLiteral("/access-requests/%1/approve").arg(id), {}, otherToken)
            .status,
        200);
}

// Issue 20, end to end: one administrator, with nobody else involved, creates a compliance
// officer through the API, signs in as that account and approves their own 168-hour orders.pii
// request. The store refuses the approval, saying why, and grants nothing.
void TestServerApi::adminCannotApproveThroughAnAccountTheyCreated()
{
    const QString adminToken = m_tokens.value(QStringLiteral("admin"));
    QString puppetToken;
    const TestServer::Account puppet
        = m_server.createThroughApi(adminToken, QStringLiteral("puppet.officer"),
                                    {QStringLiteral("compliance_officer")}, &puppetToken);
    QVERIFY(puppet.id > 0);
    QVERIFY(!puppetToken.isEmpty());
    m_puppet = puppet;
    m_puppetToken = puppetToken;

    const ApiReply requested = m_server.call(
        "POST", QStringLiteral("/access-requests"),
        {{QStringLiteral("category"), QStringLiteral("orders.pii")},
         {QStringLiteral("client"), QStringLiteral("ACME EU")},
         {QStringLiteral("reason"),
          QStringLiteral("Checking buyer addresses for the quarterly shipping audit")},
         {QStringLiteral("duration_hours"), 168}},
        adminToken);
    QCOMPARE(requested.status, 201);
    const qint64 id = requested.json.value(QStringLiteral("id")).toInteger();

    const ApiReply approved
        = m_server.call("POST", QStringLiteral("/access-requests/%1/approve").arg(id),
                        {{QStringLiteral("comment"), QStringLiteral("fine")}}, puppetToken);
    QCOMPARE(approved.status, 403);
    QVERIFY2(approved.errorMessage().contains(m_admin.username)
                 && approved.errorMessage().contains(QStringLiteral("created your account")),
             qPrintable(approved.errorMessage()));
    const ApiReply grants
        = m_server.call("GET", QStringLiteral("/grants?status=active"), {}, adminToken);
    QCOMPARE(grants.status, 200);
    QVERIFY2(grants.json.value(QStringLiteral("items")).toArray().isEmpty(),
             grants.raw.constData());
    m_adminsRequest = QString::number(id);
}

QJsonObject TestServerApi::requestAs(const QString &id, const QString &token, TestServer *server)
{
    TestServer &at = server ? *server : m_server;
    const ApiReply list = at.call("GET", QStringLiteral("/access-requests?limit=500"), {}, token);
    for (const QJsonValue &v : list.json.value(QStringLiteral("items")).toArray()) {
        if (QString::number(v.toObject().value(QStringLiteral("id")).toInteger()) == id)
            return v.toObject();
    }
    qWarning("request %s not listed: %d %s", qPrintable(id), list.status, list.raw.constData());
    return {};
}

// The test plays the calendar: the recorded changes to the account move into the past.
void TestServerApi::ageAccountChanges(qint64 targetId, qint64 days)
{
    QSqlDatabase db = m_server.database().openDirect(m_server.dataDir(), QStringLiteral("age"));
    {
        QSqlQuery q(db);
        QVERIFY(q.prepare(
            QStringLiteral("UPDATE account_changes SET at = at - ? WHERE target_id = ?")));
        q.addBindValue(days * 24 * 3600 * 1000);
        q.addBindValue(targetId);
        QVERIFY2(q.exec(), qPrintable(q.lastError().text()));
        QVERIFY(q.numRowsAffected() > 0);
    }
    db.close();
    db = {};
    QSqlDatabase::removeDatabase(QStringLiteral("age"));
}

// The store reads when the change happened: a creation sod_window_days ago binds no more.
void TestServerApi::separationWindowEndsAfterPolicyDays()
{
    QVERIFY(!m_adminsRequest.isEmpty());
    const QString approve = QStringLiteral("/access-requests/%1/approve").arg(m_adminsRequest);
    ageAccountChanges(m_puppet.id, 89);
    QCOMPARE(m_server.call("POST", approve, {}, m_puppetToken).status, 403);
    ageAccountChanges(m_puppet.id, 1);
    const QJsonObject seen = requestAs(m_adminsRequest, m_puppetToken);
    QVERIFY2(seen.value(QStringLiteral("can_decide")).toBool(),
             QJsonDocument(seen).toJson().constData());
    const ApiReply approved = m_server.call(
        "POST", approve, {{QStringLiteral("comment"), QStringLiteral("checked the audit plan")}},
        m_puppetToken);
    QCOMPARE(approved.status, 200);
    QCOMPARE(approved.json.value(QStringLiteral("grant"))
                 .toObject()
                 .value(QStringLiteral("approved_by_usernames"))
                 .toArray(),
             QJsonArray {m_puppet.username});
}

void TestServerApi::requestsSayWhetherTheCallerMayDecide()
{
    const QString employeeToken = m_tokens.value(QStringLiteral("employee"));
    const QString id = createRequest(m_employee, employeeToken);
    const QJsonObject forOfficer
        = requestAs(id, m_tokens.value(QStringLiteral("compliance_officer")));
    QCOMPARE(forOfficer.value(QStringLiteral("can_decide")), QJsonValue(true));
    QVERIFY(forOfficer.value(QStringLiteral("cannot_decide_reason")).isNull());
    QCOMPARE(forOfficer.value(QStringLiteral("approvals")), QJsonValue(QJsonArray()));
    QCOMPARE(forOfficer.value(QStringLiteral("approvals_required")).toInt(), 1);
    const QJsonObject forRequester = requestAs(id, employeeToken);
    QCOMPARE(forRequester.value(QStringLiteral("can_decide")), QJsonValue(false));
    QVERIFY2(forRequester.value(QStringLiteral("cannot_decide_reason"))
                 .toString()
                 .contains(QStringLiteral("access:approve")),
             qPrintable(forRequester.value(QStringLiteral("cannot_decide_reason")).toString()));

    // An officer the admin created may decide others' requests, never the admin's.
    QString createdToken;
    QVERIFY(m_server
                .createThroughApi(m_tokens.value(QStringLiteral("admin")),
                                  QStringLiteral("created.officer"),
                                  {QStringLiteral("compliance_officer")}, &createdToken)
                .id
            > 0);
    const QString admins = createRequest(m_admin, m_tokens.value(QStringLiteral("admin")),
                                         QStringLiteral("aggregates"));
    QCOMPARE(requestAs(id, createdToken).value(QStringLiteral("can_decide")), QJsonValue(true));
    const QJsonObject refused = requestAs(admins, createdToken);
    QCOMPARE(refused.value(QStringLiteral("can_decide")), QJsonValue(false));
    const QString reason = refused.value(QStringLiteral("cannot_decide_reason")).toString();
    QVERIFY2(reason.contains(QStringLiteral("%1 created your account").arg(m_admin.username)),
             qPrintable(reason));
    const ApiReply denied
        = m_server.call("POST", QStringLiteral("/access-requests/%1/deny").arg(admins),
                        {{QStringLiteral("comment"), QStringLiteral("no")}}, createdToken);
    QCOMPARE(denied.status, 403);
    QCOMPARE(denied.errorMessage(), reason);
}

void TestServerApi::piiNeedsTwoApprovalsWhenThePolicySaysSo()
{
    TestServer server;
    QVERIFY2(server.writePolicy({{QStringLiteral("pii_approvals"), 2}}),
             qPrintable(server.errorString()));
    QVERIFY2(server.start(), qPrintable(server.errorString()));
    QHash<QString, TestServer::Account> people;
    QHash<QString, QString> tokens;
    const QList<std::pair<QString, QString>> accounts
        = {{QStringLiteral("admin"), QStringLiteral("admin")},
           {QStringLiteral("bob"), QStringLiteral("employee")},
           {QStringLiteral("olga"), QStringLiteral("compliance_officer")},
           {QStringLiteral("omar"), QStringLiteral("compliance_officer")},
           {QStringLiteral("otto"), QStringLiteral("compliance_officer")},
           {QStringLiteral("oscar"), QStringLiteral("compliance_officer")}};
    for (const auto &[name, role] : accounts) {
        people.insert(name, server.addUser(name, role));
        tokens.insert(name, server.login(people[name]));
        QVERIFY2(!tokens.value(name).isEmpty(), qPrintable(name));
    }
    const auto request = [&]() {
        const ApiReply r = server.call(
            "POST", QStringLiteral("/access-requests"),
            {{QStringLiteral("category"), QStringLiteral("orders.pii")},
             {QStringLiteral("client"), QStringLiteral("ACME EU")},
             {QStringLiteral("reason"),
              QStringLiteral("Refund dispute on order 114-2231 needs the buyer address")},
             {QStringLiteral("duration_hours"), 24}},
            tokens.value(QStringLiteral("bob")));
        return QString::number(r.json.value(QStringLiteral("id")).toInteger());
    };
    const auto approve = [&](const QString &id, const QString &who) {
        return server.call("POST", QStringLiteral("/access-requests/%1/approve").arg(id),
                           {{QStringLiteral("comment"), QStringLiteral("ticket CS-2188 checked")}},
                           tokens.value(who));
    };
    const auto approvalsSeenBy = [&](const QString &id, const QString &who) {
        return requestAs(id, tokens.value(who), &server).value(QStringLiteral("approvals"));
    };

    const QString id = request();
    const ApiReply first = approve(id, QStringLiteral("olga"));
    QCOMPARE(first.status, 200);
    QVERIFY(first.json.value(QStringLiteral("grant")).isNull());
    const QJsonObject pending = first.json.value(QStringLiteral("request")).toObject();
    QCOMPARE(pending.value(QStringLiteral("status")).toString(), QStringLiteral("pending"));
    QCOMPARE(pending.value(QStringLiteral("approvals_required")).toInt(), 2);
    const QJsonArray approvals = pending.value(QStringLiteral("approvals")).toArray();
    QCOMPARE(approvals.size(), 1);
    QCOMPARE(approvals.first().toObject().value(QStringLiteral("username")).toString(),
             QStringLiteral("olga"));
    QCOMPARE(approvals.first().toObject().value(QStringLiteral("comment")).toString(),
             QStringLiteral("ticket CS-2188 checked"));
    QVERIFY(!approvals.first().toObject().value(QStringLiteral("at")).toString().isEmpty());
    QVERIFY(server.call("GET", QStringLiteral("/grants"), {}, tokens.value(QStringLiteral("bob")))
                .json.value(QStringLiteral("items"))
                .toArray()
                .isEmpty());
    const ApiReply twice = approve(id, QStringLiteral("olga"));
    QCOMPARE(twice.status, 409);
    QVERIFY2(twice.errorMessage().contains(QStringLiteral("another compliance officer")),
             qPrintable(twice.errorMessage()));
    const ApiReply second = approve(id, QStringLiteral("omar"));
    QCOMPARE(second.status, 200);
    const QJsonObject grant = second.json.value(QStringLiteral("grant")).toObject();
    QCOMPARE(grant.value(QStringLiteral("status")).toString(), QStringLiteral("active"));
    QCOMPARE(grant.value(QStringLiteral("approved_by_usernames")).toArray(),
             (QJsonArray {QStringLiteral("olga"), QStringLiteral("omar")}));

    // An approver who leaves, or loses the role, no longer counts.
    const QString left = request();
    QCOMPARE(approve(left, QStringLiteral("olga")).status, 200);
    QCOMPARE(
        server
            .call("POST",
                  QStringLiteral("/users/%1/offboard").arg(people.value(QStringLiteral("olga")).id),
                  {{QStringLiteral("reason"), QStringLiteral("left the company")}},
                  tokens.value(QStringLiteral("admin")))
            .status,
        200);
    QCOMPARE(approvalsSeenBy(left, QStringLiteral("otto")), QJsonValue(QJsonArray()));
    QVERIFY(approve(left, QStringLiteral("otto")).json.value(QStringLiteral("grant")).isNull());
    const QString demoted = request();
    QCOMPARE(approve(demoted, QStringLiteral("omar")).status, 200);
    const ApiReply patched = server.call(
        "PATCH", QStringLiteral("/users/%1").arg(people.value(QStringLiteral("omar")).id),
        {{QStringLiteral("roles"), QJsonArray {QStringLiteral("manager")}}},
        tokens.value(QStringLiteral("admin")));
    QCOMPARE(patched.status, 200);
    QCOMPARE(approvalsSeenBy(demoted, QStringLiteral("otto")), QJsonValue(QJsonArray()));
    // One denial ends a request, whatever approvals it had.
    QCOMPARE(approve(demoted, QStringLiteral("otto")).status, 200);
    const ApiReply denied
        = server.call("POST", QStringLiteral("/access-requests/%1/deny").arg(demoted),
                      {{QStringLiteral("comment"), QStringLiteral("the ticket is closed")}},
                      tokens.value(QStringLiteral("oscar")));
    QCOMPARE(denied.status, 200);
    QCOMPARE(
        denied.json.value(QStringLiteral("request")).toObject().value(QStringLiteral("status")),
        QJsonValue(QStringLiteral("denied")));
    server.stop();
}

void TestServerApi::adminAndOfficerNeverOnOneAccount()
{
    const ApiReply r = m_server.call(
        "POST", QStringLiteral("/users"),
        {{QStringLiteral("username"), QStringLiteral("both.hats")},
         {QStringLiteral("email"), QStringLiteral("both.hats@test.example")},
         {QStringLiteral("display_name"), QStringLiteral("Both Hats")},
         {QStringLiteral("roles"),
          QJsonArray {QStringLiteral("admin"), QStringLiteral("compliance_officer")}}},
        m_tokens.value(QStringLiteral("admin")));
    QCOMPARE(r.status, 400);
    QVERIFY2(r.errorMessage().contains(QStringLiteral("admin and compliance_officer")),
             qPrintable(r.errorMessage()));
    QVERIFY(!m_server
                 .call("GET", QStringLiteral("/users?limit=500"), {},
                       m_tokens.value(QStringLiteral("admin")))
                 .raw.contains("both.hats"));
}

void TestServerApi::patchChangesRolesAndDetails()
{
    const QString admin = m_tokens.value(QStringLiteral("admin"));
    TestServer::Account pat
        = m_server.addUser(QStringLiteral("pat.patch"), QStringLiteral("employee"));
    const QString path = QStringLiteral("/users/%1").arg(pat.id);
    const ApiReply changed
        = m_server.call("PATCH", path,
                        {{QStringLiteral("roles"),
                          QJsonArray {QStringLiteral("employee"), QStringLiteral("manager")}},
                         {QStringLiteral("title"), QStringLiteral("Warehouse lead")},
                         {QStringLiteral("display_name"), QStringLiteral("Pat Patel")},
                         {QStringLiteral("email"), QStringLiteral("Pat.Patel@test.example")}},
                        admin);
    QCOMPARE(changed.status, 200);
    QCOMPARE(changed.json.value(QStringLiteral("roles")).toArray(),
             (QJsonArray {QStringLiteral("employee"), QStringLiteral("manager")}));
    QCOMPARE(changed.json.value(QStringLiteral("title")).toString(),
             QStringLiteral("Warehouse lead"));
    QCOMPARE(changed.json.value(QStringLiteral("display_name")).toString(),
             QStringLiteral("Pat Patel"));
    QCOMPARE(changed.json.value(QStringLiteral("email")).toString(),
             QStringLiteral("Pat.Patel@test.example"));
    // The new roles hold from the account's next request on.
    const QString patToken = m_server.login(pat);
    QVERIFY(m_server.call("GET", QStringLiteral("/me"), {}, patToken)
                .json.value(QStringLiteral("permissions"))
                .toArray()
                .contains(QStringLiteral("assets:manage")));
    // Audited with before and after.
    const ApiReply audit
        = m_server.call("GET", QStringLiteral("/audit?action=user.update&object_id=%1").arg(pat.id),
                        {}, m_tokens.value(QStringLiteral("executive")));
    QCOMPARE(audit.status, 200);
    const QString detail = audit.json.value(QStringLiteral("items"))
                               .toArray()
                               .last()
                               .toObject()
                               .value(QStringLiteral("detail"))
                               .toString();
    for (const QString &part :
         {QStringLiteral("roles=employee->employee,manager"),
          QStringLiteral("email=\"pat.patch@test.example\"->\"Pat.Patel@test.example\""),
          QStringLiteral("title=\"\"->\"Warehouse lead\"")})
        QVERIFY2(detail.contains(part), qPrintable(detail));

    struct Refused
    {
        QJsonObject body;
        QString token;
        QString path;
        int status;
        QString words;
    };
    const QString officer = m_tokens.value(QStringLiteral("compliance_officer"));
    const QList<Refused> refusals = {
        {{{QStringLiteral("roles"),
           QJsonArray {QStringLiteral("compliance_officer"), QStringLiteral("admin")}}},
         admin,
         path,
         400,
         QStringLiteral("admin and compliance_officer")},
        {{{QStringLiteral("roles"), QJsonArray {QStringLiteral("root")}}},
         admin,
         path,
         400,
         QStringLiteral("unknown role")},
        {{{QStringLiteral("roles"), QStringLiteral("manager")}},
         admin,
         path,
         400,
         QStringLiteral("list of strings")},
        {{{QStringLiteral("email"), QStringLiteral("OLGA.OFFICER@test.example")}},
         admin,
         path,
         409,
         QStringLiteral("belongs to another user")},
        {{{QStringLiteral("email"), QStringLiteral("nope")}},
         admin,
         path,
         400,
         QStringLiteral("not an e-mail address")},
        {{{QStringLiteral("display_name"), QString()}},
         admin,
         path,
         400,
         QStringLiteral("display name")},
        {{{QStringLiteral("username"), QStringLiteral("renamed")}},
         admin,
         path,
         400,
         QStringLiteral("unknown field \"username\"")},
        {{{QStringLiteral("title"), QStringLiteral("Boss")}},
         officer,
         path,
         403,
         QStringLiteral("users:manage")},
        {{{QStringLiteral("roles"),
           QJsonArray {QStringLiteral("admin"), QStringLiteral("executive")}}},
         admin,
         QStringLiteral("/users/%1").arg(m_admin.id),
         403,
         QStringLiteral("their own roles")},
        {{{QStringLiteral("title"), QStringLiteral("Ghost")}},
         admin,
         QStringLiteral("/users/999999"),
         404,
         QStringLiteral("no user")},
    };
    for (const Refused &r : refusals) {
        const ApiReply reply = m_server.call("PATCH", r.path, r.body, r.token);
        QVERIFY2(reply.status == r.status && reply.errorMessage().contains(r.words),
                 qPrintable(QStringLiteral("%1 %2: %3 %4")
                                .arg(r.path,
                                     QString::fromUtf8(
                                         QJsonDocument(r.body).toJson(QJsonDocument::Compact)))
                                .arg(reply.status)
                                .arg(reply.errorMessage())));
    }
    // None of the refused changes was stored.
    const ApiReply users = m_server.call("GET", QStringLiteral("/users?limit=500"), {}, admin);
    for (const QJsonValue &v : users.json.value(QStringLiteral("items")).toArray()) {
        if (v.toObject().value(QStringLiteral("id")).toInteger() == pat.id) {
            QCOMPARE(v.toObject().value(QStringLiteral("roles")).toArray(),
                     (QJsonArray {QStringLiteral("employee"), QStringLiteral("manager")}));
            QCOMPARE(v.toObject().value(QStringLiteral("email")).toString(),
                     QStringLiteral("Pat.Patel@test.example"));
        }
    }
}

void TestServerApi::requesterWithout2faCannotBeGranted()
{
    TestServer::Account a
        = m_server.addUser(QStringLiteral("lost.phone"), QStringLiteral("employee"));
    const QString token = m_server.login(a);
    const QString id = createRequest(a, token);
    const ApiReply reset = m_server.call("POST", QStringLiteral("/users/%1/reset-2fa").arg(a.id),
                                         {}, m_tokens.value(QStringLiteral("admin")));
    QCOMPARE(reset.status, 200);
    // An enrolment code for the person, never their secret.
    QVERIFY(!reset.json.contains(QStringLiteral("totp_uri")));
    QCOMPARE(reset.json.value(QStringLiteral("enrolment_code")).toString().size(), 19);
    QCOMPARE(m_server.call("GET", QStringLiteral("/me"), {}, token).status,
             401); // reset ends sessions

    const ApiReply r = m_server.call("POST", QStringLiteral("/access-requests/%1/approve").arg(id),
                                     {}, m_tokens.value(QStringLiteral("compliance_officer")));
    QCOMPARE(r.status, 409);
    QVERIFY2(r.errorMessage().contains(QStringLiteral("two-factor")), qPrintable(r.errorMessage()));
}

void TestServerApi::denyNeedsCommentAndDecidesOnce()
{
    const QString id = createRequest(m_employee, m_tokens.value(QStringLiteral("employee")));
    const QString officer = m_tokens.value(QStringLiteral("compliance_officer"));
    QCOMPARE(m_server.call("POST", QStringLiteral("/access-requests/%1/deny").arg(id), {}, officer)
                 .status,
             400);
    const ApiReply denied = m_server.call(
        "POST", QStringLiteral("/access-requests/%1/deny").arg(id),
        {{QStringLiteral("comment"), QStringLiteral("no ticket referenced")}}, officer);
    QCOMPARE(denied.status, 200);
    QCOMPARE(denied.json.value(QStringLiteral("request"))
                 .toObject()
                 .value(QStringLiteral("status"))
                 .toString(),
             QStringLiteral("denied"));
    QCOMPARE(
        m_server.call("POST", QStringLiteral("/access-requests/%1/approve").arg(id), {}, officer)
            .status,
        409);
    QCOMPARE(m_server.call("POST", QStringLiteral("/access-requests/999999/approve"), {}, officer)
                 .status,
             404);
}

void TestServerApi::revokeEndsGrant()
{
    const QString id = createRequest(m_employee, m_tokens.value(QStringLiteral("employee")));
    const QString officer = m_tokens.value(QStringLiteral("compliance_officer"));
    const ApiReply approved
        = m_server.call("POST", QStringLiteral("/access-requests/%1/approve").arg(id), {}, officer);
    const qint64 grantId = approved.json.value(QStringLiteral("grant"))
                               .toObject()
                               .value(QStringLiteral("id"))
                               .toInteger();
    QVERIFY(grantId > 0);
    QCOMPARE(
        m_server.call("POST", QStringLiteral("/grants/%1/revoke").arg(grantId), {}, officer).status,
        400);
    const ApiReply revoked = m_server.call(
        "POST", QStringLiteral("/grants/%1/revoke").arg(grantId),
        {{QStringLiteral("reason"), QStringLiteral("task finished early")}}, officer);
    QCOMPARE(revoked.status, 200);
    QCOMPARE(revoked.json.value(QStringLiteral("status")).toString(), QStringLiteral("revoked"));
    QCOMPARE(revoked.json.value(QStringLiteral("revoked_by_username")).toString(),
             m_officer.username);
    QCOMPARE(m_server
                 .call("POST", QStringLiteral("/grants/%1/revoke").arg(grantId),
                       {{QStringLiteral("reason"), QStringLiteral("again")}}, officer)
                 .status,
             409);
}

void TestServerApi::employeesSeeOnlyTheirOwn()
{
    TestServer::Account other
        = m_server.addUser(QStringLiteral("other.employee"), QStringLiteral("employee"));
    const QString otherToken = m_server.login(other);
    createRequest(other, otherToken);
    const ApiReply mine = m_server.call("GET", QStringLiteral("/access-requests?limit=500"), {},
                                        m_tokens.value(QStringLiteral("employee")));
    QCOMPARE(mine.status, 200);
    QVERIFY(!mine.json.value(QStringLiteral("items")).toArray().isEmpty());
    for (const QJsonValue &v : mine.json.value(QStringLiteral("items")).toArray())
        QCOMPARE(v.toObject().value(QStringLiteral("requester_username")).toString(),
                 m_employee.username);
    const ApiReply grants
        = m_server.call("GET", QStringLiteral("/grants?limit=500"), {}, otherToken);
    for (const QJsonValue &v : grants.json.value(QStringLiteral("items")).toArray())
        QCOMPARE(v.toObject().value(QStringLiteral("username")).toString(), other.username);
}

void TestServerApi::offboardingRevokesEverythingAtOnce()
{
    TestServer::Account leaver
        = m_server.addUser(QStringLiteral("leaving.soon"), QStringLiteral("employee"));
    const QString token = m_server.login(leaver);
    const QString granted = createRequest(leaver, token);
    const QString officer = m_tokens.value(QStringLiteral("compliance_officer"));
    QCOMPARE(
        m_server
            .call("POST", QStringLiteral("/access-requests/%1/approve").arg(granted), {}, officer)
            .status,
        200);
    const QString pending = createRequest(leaver, token, QStringLiteral("aggregates"));
    // The leaver owns an asset in use and a retired one.
    const QString manager = m_tokens.value(QStringLiteral("manager"));
    const auto addAsset = [&](const QString &name) {
        const ApiReply added = m_server.call("POST", QStringLiteral("/assets"),
                                             {{QStringLiteral("name"), name},
                                              {QStringLiteral("kind"), QStringLiteral("laptop")},
                                              {QStringLiteral("owner"), leaver.username}},
                                             manager);
        return added.json.value(QStringLiteral("id")).toInteger();
    };
    const qint64 laptop = addAsset(QStringLiteral("Leaver's laptop"));
    const qint64 oldLaptop = addAsset(QStringLiteral("Leaver's old laptop"));
    QVERIFY(laptop > 0 && oldLaptop > 0);
    QCOMPARE(m_server
                 .call("PATCH", QStringLiteral("/assets/%1").arg(oldLaptop),
                       {{QStringLiteral("status"), QStringLiteral("retired")}}, manager)
                 .status,
             200);

    const ApiReply off
        = m_server.call("POST", QStringLiteral("/users/%1/offboard").arg(leaver.id),
                        {{QStringLiteral("reason"), QStringLiteral("left the company")}},
                        m_tokens.value(QStringLiteral("admin")));
    QCOMPARE(off.status, 200);
    // What they leave behind: the asset in use, flagged, and the request offboarding cancelled.
    const QJsonArray leftAssets = off.json.value(QStringLiteral("assets")).toArray();
    QCOMPARE(leftAssets.size(), 1);
    QCOMPARE(leftAssets.first().toObject().value(QStringLiteral("id")).toInteger(), laptop);
    QVERIFY(leftAssets.first().toObject().value(QStringLiteral("needs_reassignment")).toBool());
    const QJsonArray leftRequests = off.json.value(QStringLiteral("requests")).toArray();
    QCOMPARE(leftRequests.size(), 1);
    QCOMPARE(
        QString::number(leftRequests.first().toObject().value(QStringLiteral("id")).toInteger()),
        pending);
    QCOMPARE(leftRequests.first().toObject().value(QStringLiteral("category")).toString(),
             QStringLiteral("aggregates"));
    const auto flaggedIds = [&] {
        QList<qint64> ids;
        const ApiReply list = m_server.call(
            "GET", QStringLiteral("/assets?needs_reassignment=true&limit=500"), {}, manager);
        for (const QJsonValue &v : list.json.value(QStringLiteral("items")).toArray())
            ids << v.toObject().value(QStringLiteral("id")).toInteger();
        return ids;
    };
    QCOMPARE(flaggedIds(), QList<qint64> {laptop});
    QCOMPARE(m_server.call("GET", QStringLiteral("/assets?needs_reassignment=maybe"), {}, manager)
                 .status,
             400);
    // A new owner clears the flag.
    const ApiReply reassigned
        = m_server.call("PATCH", QStringLiteral("/assets/%1").arg(laptop),
                        {{QStringLiteral("owner"), m_manager.username}}, manager);
    QCOMPARE(reassigned.status, 200);
    QCOMPARE(reassigned.json.value(QStringLiteral("needs_reassignment")).toBool(), false);
    QVERIFY(flaggedIds().isEmpty());
    QCOMPARE(off.json.value(QStringLiteral("revoked_grants")).toInt(), 1);
    QCOMPARE(off.json.value(QStringLiteral("ended_sessions")).toInt(), 1);
    QCOMPARE(off.json.value(QStringLiteral("cancelled_requests")).toInt(), 1);
    QCOMPARE(off.json.value(QStringLiteral("user"))
                 .toObject()
                 .value(QStringLiteral("status"))
                 .toString(),
             QStringLiteral("offboarded"));

    QCOMPARE(m_server.call("GET", QStringLiteral("/me"), {}, token).status, 401);
    const ApiReply grants = m_server.call("GET", QStringLiteral("/grants?limit=500"), {}, officer);
    for (const QJsonValue &v : grants.json.value(QStringLiteral("items")).toArray()) {
        if (v.toObject().value(QStringLiteral("username")).toString() == leaver.username)
            QCOMPARE(v.toObject().value(QStringLiteral("status")).toString(),
                     QStringLiteral("revoked"));
    }
    const ApiReply cancelled = m_server.call(
        "POST", QStringLiteral("/access-requests/%1/approve").arg(pending), {}, officer);
    QCOMPARE(cancelled.status, 409);
    QVERIFY(cancelled.errorMessage().contains(QStringLiteral("cancelled")));
    // The offboarded account cannot sign in again, and offboarding twice is refused.
    QCOMPARE(m_server
                 .call("POST", QStringLiteral("/session"),
                       {{QStringLiteral("username"), leaver.username},
                        {QStringLiteral("password"), leaver.password},
                        {QStringLiteral("totp"), m_server.nextTotp(leaver)}})
                 .status,
             401);
    QCOMPARE(m_server
                 .call("POST", QStringLiteral("/users/%1/offboard").arg(leaver.id), {},
                       m_tokens.value(QStringLiteral("admin")))
                 .status,
             409);
}

void TestServerApi::signOutEndsSession()
{
    TestServer::Account a
        = m_server.addUser(QStringLiteral("short.visit"), QStringLiteral("employee"));
    const QString token = m_server.login(a);
    QCOMPARE(m_server.call("GET", QStringLiteral("/me"), {}, token).status, 200);
    QCOMPARE(m_server.call("DELETE", QStringLiteral("/session"), {}, token).status, 200);
    QCOMPARE(m_server.call("GET", QStringLiteral("/me"), {}, token).status, 401);
}

void TestServerApi::badInput_data()
{
    QTest::addColumn<QByteArray>("method");
    QTest::addColumn<QString>("path");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<int>("status");
    QTest::newRow("not json") << QByteArray("POST") << QStringLiteral("/access-requests")
                              << QByteArray("{\"category\": ") << 400;
    QTest::newRow("array body") << QByteArray("POST") << QStringLiteral("/access-requests")
                                << QByteArray("[1,2]") << 400;
    QTest::newRow("string body") << QByteArray("POST") << QStringLiteral("/access-requests")
                                 << QByteArray("\"x\"") << 400;
    QTest::newRow("binary") << QByteArray("POST") << QStringLiteral("/access-requests")
                            << QByteArray("\x00\xff\xfe", 3) << 400;
    QTest::newRow("wrong types")
        << QByteArray("POST") << QStringLiteral("/access-requests")
        << QByteArray(R"({"category": 5, "client": [], "reason": {}, "duration_hours": "8"})")
        << 400;
    QTest::newRow("missing fields")
        << QByteArray("POST") << QStringLiteral("/access-requests") << QByteArray("{}") << 400;
    QTest::newRow("hours as string")
        << QByteArray("POST") << QStringLiteral("/access-requests")
        << QByteArray(
               R"({"category":"aggregates","client":"A","reason":"Quarterly totals for the board pack","duration_hours":"8"})")
        << 400;
    QTest::newRow("roles not list")
        << QByteArray("POST") << QStringLiteral("/users")
        << QByteArray(R"({"username":"x1","email":"x1@e.io","display_name":"X","roles":"admin"})")
        << 400;
    QTest::newRow("unknown role")
        << QByteArray("POST") << QStringLiteral("/users")
        << QByteArray(R"({"username":"x2","email":"x2@e.io","display_name":"X","roles":["root"]})")
        << 400;
    QTest::newRow("bad limit") << QByteArray("GET") << QStringLiteral("/grants?limit=100000")
                               << QByteArray() << 400;
    QTest::newRow("negative after")
        << QByteArray("GET") << QStringLiteral("/audit?after=-5") << QByteArray() << 400;
    QTest::newRow("bad status") << QByteArray("GET")
                                << QStringLiteral("/grants?status=all') OR 1=1 --") << QByteArray()
                                << 400;
    QTest::newRow("unknown path") << QByteArray("GET") << QStringLiteral("/nope") << QByteArray()
                                  << 404;
    QTest::newRow("id overflow") << QByteArray("POST")
                                 << QStringLiteral("/grants/99999999999999999999999/revoke")
                                 << QByteArray("{}") << 404;
    QTest::newRow("wrong method") << QByteArray("PUT") << QStringLiteral("/grants")
                                  << QByteArray("{}") << 405;
}

void TestServerApi::badInput()
{
    QFETCH(QByteArray, method);
    QFETCH(QString, path);
    QFETCH(QByteArray, body);
    QFETCH(int, status);
    const bool adminPath
        = path.startsWith(QStringLiteral("/users")) || path.startsWith(QStringLiteral("/audit"));
    const QString token = m_tokens.value(adminPath ? QStringLiteral("admin")
                                                   : QStringLiteral("compliance_officer"));
    const ApiReply r = m_server.callRaw(method, path, body, token);
    QCOMPARE(r.status, status);
    QVERIFY2(!r.errorCode().isEmpty() && !r.errorMessage().isEmpty(), r.raw.constData());
    QCOMPARE(m_server.call("GET", QStringLiteral("/health")).status, 200); // still serving
}

void TestServerApi::oversizedBodyRefused()
{
    QByteArray huge = "{\"reason\":\"" + QByteArray(200 * 1024, 'a') + "\"}";
    const ApiReply r = m_server.callRaw("POST", QStringLiteral("/access-requests"), huge,
                                        m_tokens.value(QStringLiteral("employee")));
    QCOMPARE(r.status, 413);
    QCOMPARE(r.errorCode(), QStringLiteral("too_large"));
    QCOMPARE(m_server.call("GET", QStringLiteral("/health")).status, 200);
}

void TestServerApi::usersAreUniqueIgnoringCase()
{
    const QString admin = m_tokens.value(QStringLiteral("admin"));
    const QJsonObject user {{QStringLiteral("username"), QStringLiteral("New.Person")},
                            {QStringLiteral("email"), QStringLiteral("new.person@test.example")},
                            {QStringLiteral("display_name"), QStringLiteral("New Person")},
                            {QStringLiteral("title"), QStringLiteral("Analyst")},
                            {QStringLiteral("roles"), QJsonArray {QStringLiteral("employee")}}};
    const ApiReply created = m_server.call("POST", QStringLiteral("/users"), user, admin);
    QCOMPARE(created.status, 201);
    QVERIFY(created.json.value(QStringLiteral("user"))
                .toObject()
                .value(QStringLiteral("id"))
                .toInteger()
            > 0);
    QVERIFY(!created.json.value(QStringLiteral("enrolment_code")).toString().isEmpty());
    QJsonObject sameName = user;
    sameName.insert(QStringLiteral("username"), QStringLiteral("new.PERSON"));
    sameName.insert(QStringLiteral("email"), QStringLiteral("other@test.example"));
    const ApiReply dup = m_server.call("POST", QStringLiteral("/users"), sameName, admin);
    QCOMPARE(dup.status, 409);
    QVERIFY(dup.errorMessage().contains(QStringLiteral("taken")));
    QJsonObject sameMail = user;
    sameMail.insert(QStringLiteral("username"), QStringLiteral("another.person"));
    sameMail.insert(QStringLiteral("email"), QStringLiteral("NEW.person@TEST.example"));
    QCOMPARE(m_server.call("POST", QStringLiteral("/users"), sameMail, admin).status, 409);
    QJsonObject weak = user;
    weak.insert(QStringLiteral("username"), QStringLiteral("weak.pw"));
    weak.insert(QStringLiteral("email"), QStringLiteral("weak@test.example"));
    // An admin cannot choose the person's password.
    weak.insert(QStringLiteral("password"), QStringLiteral("an-admin-chosen-password"));
    const ApiReply chosen = m_server.call("POST", QStringLiteral("/users"), weak, admin);
    QCOMPARE(chosen.status, 400);
    QVERIFY2(chosen.errorMessage().contains(QStringLiteral("unknown field \"password\"")),
             qPrintable(chosen.errorMessage()));
}

void TestServerApi::pagingIsKeyset()
{
    const QString officer = m_tokens.value(QStringLiteral("compliance_officer"));
    QSet<qint64> seen;
    QString after = QStringLiteral("0");
    int pages = 0;
    for (;;) {
        const ApiReply page
            = m_server.call("GET", QStringLiteral("/users?limit=2&after=") + after, {}, officer);
        QCOMPARE(page.status, 200);
        const QJsonArray items = page.json.value(QStringLiteral("items")).toArray();
        QVERIFY(items.size() <= 2);
        for (const QJsonValue &v : items) {
            const qint64 id = v.toObject().value(QStringLiteral("id")).toInteger();
            QVERIFY2(!seen.contains(id), "a user appeared on two pages");
            seen.insert(id);
        }
        ++pages;
        if (page.json.value(QStringLiteral("next_after")).isNull())
            break;
        after = QString::number(page.json.value(QStringLiteral("next_after")).toInteger());
    }
    QVERIFY(pages >= 3);
    const ApiReply all = m_server.call("GET", QStringLiteral("/users?limit=500"), {}, officer);
    QCOMPARE(all.json.value(QStringLiteral("items")).toArray().size(), seen.size());
}

void TestServerApi::auditChainListsEvents()
{
    const ApiReply r = m_server.call("GET", QStringLiteral("/audit?limit=5"), {},
                                     m_tokens.value(QStringLiteral("executive")));
    QCOMPARE(r.status, 200);
    const QJsonArray items = r.json.value(QStringLiteral("items")).toArray();
    QCOMPARE(items.size(), 5);
    QCOMPARE(items.first().toObject().value(QStringLiteral("seq")).toInteger(), 1);
    QCOMPARE(items.first().toObject().value(QStringLiteral("action")).toString(),
             QStringLiteral("user.create"));
    QCOMPARE(items.first().toObject().value(QStringLiteral("hash")).toString().size(), 64);
    QByteArray out;
    QCOMPARE(m_server.runCtl({QStringLiteral("audit"), QStringLiteral("verify")}, &out), 0);
    QVERIFY2(out.contains("intact"), out.constData());
}

// Reads wait for their batch's commit (group commit); a write commits the batch first. Three
// requests sent at once on one connection (read, failing write, read) get their answers in the
// order they were asked, each framed by its Content-Length.
void TestServerApi::pipelinedAnswersKeepTheirOrder()
{
    const QString token = m_tokens.value(QStringLiteral("compliance_officer"));
    RawHttps client(m_server.baseUrl(), m_server.certificate());
    QVERIFY2(client.open(), qPrintable(client.errorString()));
    client.socket().write(RawHttps::request("GET", "/api/v1/me", {}, token)
                          + RawHttps::request("POST", "/api/v1/access-requests", "{", token)
                          + RawHttps::request("GET", "/api/v1/health"));
    const ApiReply me = client.exchange({});
    QCOMPARE(me.status, 200);
    QCOMPARE(me.json.value(QStringLiteral("user")).toObject().value(QStringLiteral("username")),
             m_officer.username);
    const ApiReply refused = client.exchange({});
    QCOMPARE(refused.status, 400);
    QVERIFY2(refused.errorMessage().contains(QStringLiteral("not valid JSON")),
             qPrintable(refused.errorMessage()));
    const ApiReply health = client.exchange({});
    QCOMPARE(health.status, 200);
    QCOMPARE(health.json.value(QStringLiteral("status")).toString(), QStringLiteral("ok"));
}

// GET /controls: the firm contract's fields and no others, what only the running server sees
// (loopback, TLS, the audit check at start) judged, the read audited; others than officers,
// executives and admins refused.
// GET /evidence: the ZIP for holders of controls:read and audit:read, audited with its
// SHA-256; the period's fields named when wrong.
void TestServerApi::evidencePackForHoldersOfControlsAndAudit()
{
    const QString today = QDateTime::currentDateTimeUtc().date().toString(Qt::ISODate);
    const QString path = QStringLiteral("/evidence?from=%1&to=%1").arg(today);
    for (const QString &role : {QStringLiteral("manager"), QStringLiteral("employee")}) {
        const ApiReply refused = m_server.call("GET", path, {}, m_tokens[role]);
        QCOMPARE(refused.status, 403);
        QVERIFY2(refused.errorMessage().contains(QLatin1String("controls:read")),
                 qPrintable(refused.errorMessage()));
    }
    const ApiReply pack
        = m_server.call("GET", path, {}, m_tokens[QStringLiteral("compliance_officer")]);
    QCOMPARE(pack.status, 200);
    QCOMPARE(pack.contentType, QByteArray("application/zip"));
    QCOMPARE(pack.contentDisposition,
             QByteArray("attachment; filename=\"evidence-" + today.toLatin1() + "-to-"
                        + today.toLatin1() + ".zip\""));
    QVERIFY(pack.raw.startsWith("PK\x03\x04"));
    const QString sha256 = QString::fromLatin1(
        QCryptographicHash::hash(pack.raw, QCryptographicHash::Sha256).toHex());
    const ApiReply audited
        = m_server.call("GET", QStringLiteral("/audit?action=evidence.export&actor=olga.officer"),
                        {}, m_tokens[QStringLiteral("compliance_officer")]);
    QCOMPARE(audited.status, 200);
    const QJsonArray events = audited.json.value(QStringLiteral("items")).toArray();
    QCOMPARE(events.size(), 1);
    QVERIFY2(events.first()
                 .toObject()
                 .value(QStringLiteral("detail"))
                 .toString()
                 .contains(QStringLiteral("sha256=") + sha256),
             qPrintable(events.first().toObject().value(QStringLiteral("detail")).toString()));
    // Verified without the store, pinned to the key the store shows.
    const ApiReply key = m_server.call("GET", QStringLiteral("/audit/signing-key"), {},
                                       m_tokens[QStringLiteral("employee")]);
    const QString keyId = key.json.value(QStringLiteral("key_id")).toString();
    QVERIFY(!keyId.isEmpty());
    QTemporaryDir dir;
    const QString file = dir.filePath(QStringLiteral("pack.zip"));
    {
        QFile out(file);
        QVERIFY(out.open(QIODevice::WriteOnly));
        out.write(pack.raw);
    }
    QProcess verify;
    verify.start(binary(QStringLiteral("compliancectl")),
                 {QStringLiteral("evidence"), QStringLiteral("verify"), file,
                  QStringLiteral("--key-id"), keyId});
    QVERIFY(verify.waitForFinished(60000));
    QCOMPARE(verify.exitCode(), 0);
    QVERIFY(verify.readAllStandardOutput().contains(QByteArray("key id: " + keyId.toLatin1())));

    const struct
    {
        const char *query;
        const char *names;
    } bad[] = {
        {"", "from is missing"},
        {"?from=2026-13-01&to=2026-12-31", "from must be"},
        {"?from=2026-01-01&to=31.12.2026", "to must be"},
        {"?from=2026-02-01&to=2026-01-01", "is after to"},
        {"?from=2024-01-01&to=2026-01-01", "at most 400 days"},
    };
    for (const auto &b : bad) {
        const ApiReply refused
            = m_server.call("GET", QStringLiteral("/evidence") + QLatin1String(b.query), {},
                            m_tokens[QStringLiteral("executive")]);
        QCOMPARE(refused.status, 400);
        QVERIFY2(refused.errorMessage().contains(QLatin1String(b.names)),
                 qPrintable(refused.errorMessage()));
    }
}

void TestServerApi::controlsAnswerTheContract()
{
    const QSet<QString> itemFields
        = {QStringLiteral("id"),           QStringLiteral("group"),   QStringLiteral("policy_text"),
           QStringLiteral("owner"),        QStringLiteral("status"),  QStringLiteral("summary"),
           QStringLiteral("evaluated_at"), QStringLiteral("evidence")};
    const QSet<QString> evidenceFields = {QStringLiteral("label"), QStringLiteral("count"),
                                          QStringLiteral("object_type"), QStringLiteral("filter")};
    for (const QString &role : {QStringLiteral("compliance_officer"), QStringLiteral("executive"),
                                QStringLiteral("admin")}) {
        const ApiReply r = m_server.call("GET", QStringLiteral("/controls"), {}, m_tokens[role]);
        QCOMPARE(r.status, 200);
        QCOMPARE(r.json.keys(), QStringList {QStringLiteral("items")});
        const QJsonArray items = r.json.value(QStringLiteral("items")).toArray();
        QCOMPARE(items.size(), 25); // 18 policy statements, 7 of Amazon DPP (2025)
        QHash<QString, QString> status;
        for (const QJsonValue &v : items) {
            const QJsonObject item = v.toObject();
            const QStringList keys = item.keys();
            QCOMPARE(QSet<QString>(keys.cbegin(), keys.cend()), itemFields);
            const QString id = item.value(QStringLiteral("id")).toString();
            QCOMPARE(item.value(QStringLiteral("group")).toString(),
                     id.startsWith(QLatin1String("DPP25-")) ? QStringLiteral("Amazon DPP (2025)")
                                                            : QStringLiteral("MOAJ policy"));
            QVERIFY(
                item.value(QStringLiteral("evaluated_at")).toString().endsWith(QLatin1Char('Z')));
            for (const QJsonValue &e : item.value(QStringLiteral("evidence")).toArray()) {
                const QStringList evidenceKeys = e.toObject().keys();
                QCOMPARE(QSet<QString>(evidenceKeys.cbegin(), evidenceKeys.cend()), evidenceFields);
            }
            status.insert(item.value(QStringLiteral("id")).toString(),
                          item.value(QStringLiteral("status")).toString());
        }
        QCOMPARE(status.value(QStringLiteral("MOAJ-NP-02")), QStringLiteral("pass")); // loopback
        QCOMPARE(status.value(QStringLiteral("MOAJ-ET-01")), QStringLiteral("pass"));
        QCOMPARE(status.value(QStringLiteral("MOAJ-GS-01")), QStringLiteral("manual"));
        // A store with no backup recorded: Amazon wants recent backups in two places.
        QCOMPARE(status.value(QStringLiteral("DPP25-BK-01")), QStringLiteral("fail"));
    }
    for (const QString &role : {QStringLiteral("manager"), QStringLiteral("employee")})
        QCOMPARE(m_server.call("GET", QStringLiteral("/controls"), {}, m_tokens[role]).status, 403);
    const ApiReply audited
        = m_server.call("GET", QStringLiteral("/audit?action=control.list&actor=olga.officer"), {},
                        m_tokens[QStringLiteral("compliance_officer")]);
    QCOMPARE(audited.status, 200);
    QCOMPARE(audited.json.value(QStringLiteral("items")).toArray().size(), 1);
    const ApiReply history
        = m_server.call("GET", QStringLiteral("/controls/history?control=MOAJ-AM-03&days=30"), {},
                        m_tokens[QStringLiteral("executive")]);
    QCOMPARE(history.status, 200);
    QCOMPARE(history.json.value(QStringLiteral("control")).toString(),
             QStringLiteral("MOAJ-AM-03"));
    QVERIFY(history.json.value(QStringLiteral("items")).isArray());
    QCOMPARE(m_server
                 .call("GET", QStringLiteral("/controls/history"), {},
                       m_tokens[QStringLiteral("executive")])
                 .status,
             400);
    QCOMPARE(m_server
                 .call("GET", QStringLiteral("/controls/attestations?control=MOAJ-ZZ-99"), {},
                       m_tokens[QStringLiteral("executive")])
                 .status,
             404);
}

// Each person reads the current policy and acknowledges that version, signed in and audited;
// another version is refused.
void TestServerApi::policyIsAcknowledgedSignedIn()
{
    const QString token = m_tokens[QStringLiteral("employee")];
    const ApiReply text = m_server.call("GET", QStringLiteral("/policy/text"), {}, token);
    QCOMPARE(text.status, 200);
    QCOMPARE(text.json.value(QStringLiteral("version")).toString(), QStringLiteral("v1"));
    QVERIFY(text.json.value(QStringLiteral("text"))
                .toString()
                .contains(QLatin1String("removable devices")));
    QVERIFY(text.json.value(QStringLiteral("acknowledged_at")).isNull());
    QCOMPARE(text.json.value(QStringLiteral("standing")).toString(), QStringLiteral("due"));
    QCOMPARE(m_server
                 .call("POST", QStringLiteral("/policy/acknowledge"),
                       {{QStringLiteral("version"), QStringLiteral("v0")}}, token)
                 .status,
             409);
    QCOMPARE(m_server
                 .call("POST", QStringLiteral("/policy/acknowledge"),
                       {{QStringLiteral("version"), QStringLiteral("v1")}})
                 .status,
             401);
    const ApiReply done = m_server.call("POST", QStringLiteral("/policy/acknowledge"),
                                        {{QStringLiteral("version"), QStringLiteral("v1")}}, token);
    QCOMPARE(done.status, 201);
    QCOMPARE(done.json.value(QStringLiteral("standing")).toString(),
             QStringLiteral("acknowledged"));
    const ApiReply audited = m_server.call(
        "GET", QStringLiteral("/audit?action=policy.acknowledge&actor=emil.employee"), {},
        m_tokens[QStringLiteral("compliance_officer")]);
    QCOMPARE(audited.json.value(QStringLiteral("items")).toArray().size(), 1);
}

// GET /changes: which kinds of objects changed since a cursor, and only kinds in which the
// caller may see a changed object. Nothing else leaves: no ids, no names, no details.
void TestServerApi::changeFeedTellsOnlyWhatTheCallerMaySee()
{
    TestServer::Account erin
        = m_server.addUser(QStringLiteral("erin.employee"), QStringLiteral("employee"));
    const QString erinToken = m_server.login(erin);
    QVERIFY(!erinToken.isEmpty());
    const QString emil = m_tokens.value(QStringLiteral("employee"));
    const QString officer = m_tokens.value(QStringLiteral("compliance_officer"));
    const QString admin = m_tokens.value(QStringLiteral("admin"));
    const QString ceo = m_tokens.value(QStringLiteral("executive"));
    QHash<QString, QString> cursors; // token -> cursor
    const auto poll = [&](const QString &token) {
        const ApiReply r = m_server.call(
            "GET", QStringLiteral("/changes?after=%1").arg(cursors.value(token)), {}, token);
        if (r.status != 200
            || r.json.keys() != QStringList {QStringLiteral("cursor"), QStringLiteral("kinds")})
            qWarning("GET /changes: %d %s", r.status, r.raw.constData());
        cursors.insert(token, r.json.value(QStringLiteral("cursor")).toString());
        QStringList kinds;
        for (const QJsonValue &kind : r.json.value(QStringLiteral("kinds")).toArray())
            kinds << kind.toString();
        return kinds;
    };
    for (const QString &token : {emil, erinToken, officer, admin, ceo})
        QCOMPARE(poll(token), QStringList()); // the first answer: a cursor, nothing else
    // Asking changes nothing: the same cursor again.
    const QString before = cursors.value(erinToken);
    QCOMPARE(poll(erinToken), QStringList());
    QCOMPARE(cursors.value(erinToken), before);

    // Emil asks for access: approvers and Emil learn of it, Erin and the admin do not; the
    // approvers are also notified.
    const QString requestId = createRequest(m_employee, emil);
    QVERIFY(requestId != QLatin1String("0"));
    QCOMPARE(poll(emil), QStringList {QStringLiteral("access_requests")});
    QCOMPARE(poll(officer),
             (QStringList {QStringLiteral("access_requests"), QStringLiteral("notifications")}));
    QCOMPARE(poll(erinToken), QStringList());
    QCOMPARE(poll(admin), QStringList());

    // Approved: Emil's request and his new grant, and a notification of the decision; still
    // nothing for Erin.
    const ApiReply approved
        = m_server.call("POST", QStringLiteral("/access-requests/%1/approve").arg(requestId),
                        {{QStringLiteral("comment"), QStringLiteral("Ticket 4711")}}, officer);
    QCOMPARE(approved.status, 200);
    QCOMPARE(poll(emil),
             (QStringList {QStringLiteral("access_requests"), QStringLiteral("grants"),
                           QStringLiteral("notifications")}));
    QCOMPARE(poll(officer),
             (QStringList {QStringLiteral("access_requests"), QStringLiteral("grants")}));
    QCOMPARE(poll(erinToken), QStringList());

    // A breach Emil reports: he and the response team see incidents change; the CEO, told of
    // it, also has a new notification; Erin sees nothing.
    const ApiReply reported
        = m_server.call("POST", QStringLiteral("/incidents"),
                        {{QStringLiteral("title"), QStringLiteral("Buyer list in a shared folder")},
                         {QStringLiteral("severity"), 1},
                         {QStringLiteral("category"), QStringLiteral("data_breach")},
                         {QStringLiteral("involves_amazon_data"), true}},
                        emil);
    QCOMPARE(reported.status, 201);
    QCOMPARE(poll(emil), QStringList {QStringLiteral("incidents")});
    QCOMPARE(poll(ceo),
             (QStringList {QStringLiteral("incidents"), QStringLiteral("notifications")}));
    QCOMPARE(poll(officer), QStringList {QStringLiteral("incidents")});
    QCOMPARE(poll(erinToken), QStringList());

    // The CEO acknowledges: the team learns of it at once (the console's dashboard said "1 of
    // 2 acknowledged" until F5).
    const ApiReply acknowledged
        = m_server.call("POST",
                        QStringLiteral("/incidents/%1/acknowledge")
                            .arg(reported.json.value(QStringLiteral("id")).toInteger()),
                        {}, ceo);
    QCOMPARE(acknowledged.status, 200);
    QCOMPARE(poll(officer), QStringList {QStringLiteral("incidents")});
    QCOMPARE(poll(erinToken), QStringList());

    // A cursor the server did not give out is refused, naming the parameter; one from the
    // future (another store, a restored database) asks the console to read everything again.
    const ApiReply garbage
        = m_server.call("GET", QStringLiteral("/changes?after=12x"), {}, erinToken);
    QCOMPARE(garbage.status, 400);
    QCOMPARE(garbage.errorCode(), QStringLiteral("invalid_input"));
    QVERIFY(garbage.errorMessage().contains(QStringLiteral("after")));
    cursors.insert(erinToken, QStringLiteral("999999999999-0"));
    QCOMPARE(poll(erinToken),
             (QStringList {QStringLiteral("access_requests"), QStringLiteral("grants"),
                           QStringLiteral("assets"), QStringLiteral("incidents"),
                           QStringLiteral("access_reviews"), QStringLiteral("notifications"),
                           QStringLiteral("devices")}));
    // Account changes of issue 20: a new title shows on the Users page of whoever may list
    // users; a password reset also suspends the account's grants.
    poll(emil); // up to date (the acknowledgement of his incident)
    const ApiReply retitled
        = m_server.call("PATCH", QStringLiteral("/users/%1").arg(erin.id),
                        {{QStringLiteral("title"), QStringLiteral("Data analyst")}}, admin);
    QCOMPARE(retitled.status, 200);
    QCOMPARE(poll(admin), QStringList {QStringLiteral("users")});
    QCOMPARE(poll(officer), QStringList {QStringLiteral("users")});
    QCOMPARE(poll(emil), QStringList());
    QCOMPARE(poll(erinToken), QStringList());
    const ApiReply reset
        = m_server.call("POST", QStringLiteral("/users/%1/reset-password").arg(erin.id), {}, admin);
    QCOMPARE(reset.status, 200);
    // The reset also raises a credential_reset alert, notified to the officers.
    QCOMPARE(poll(officer),
             (QStringList {QStringLiteral("grants"), QStringLiteral("users"),
                           QStringLiteral("alerts"), QStringLiteral("notifications")}));
    QCOMPARE(poll(admin), (QStringList {QStringLiteral("users"), QStringLiteral("alerts")}));
    QCOMPARE(poll(emil), QStringList());

    // A manager registers a USB stick that Emil holds: he and whoever may read assets learn of
    // it, the CEO and the admin do not (Erin's session ended with her reset). A new
    // subcontractor tells only those who manage third parties (the officer and the admin).
    const QString manager = m_tokens.value(QStringLiteral("manager"));
    for (const QString &token : {manager, ceo})
        poll(token); // up to date
    const ApiReply device
        = m_server.call("POST", QStringLiteral("/devices"),
                        {{QStringLiteral("kind"), QStringLiteral("usb_stick")},
                         {QStringLiteral("label"), QStringLiteral("Emil's returns stick")},
                         {QStringLiteral("serial"), QStringLiteral("SN-7")},
                         {QStringLiteral("holder"), m_employee.username},
                         {QStringLiteral("encrypted"), true},
                         {QStringLiteral("approved_use"), QStringLiteral("aggregates_only")}},
                        manager);
    QCOMPARE(device.status, 201);
    QCOMPARE(poll(emil), QStringList {QStringLiteral("devices")});
    QCOMPARE(poll(manager), QStringList {QStringLiteral("devices")});
    QCOMPARE(poll(officer), QStringList {QStringLiteral("devices")});
    QCOMPARE(poll(ceo), QStringList());
    QCOMPARE(poll(admin), QStringList());
    const ApiReply subcontractor = m_server.call(
        "POST", QStringLiteral("/subcontractors"),
        {{QStringLiteral("name"), QStringLiteral("Parcel Labels Ltd")},
         {QStringLiteral("contact"), QStringLiteral("dpo@labels.example")},
         {QStringLiteral("data_categories"), QJsonArray {QStringLiteral("shipping_address")}}},
        officer);
    QCOMPARE(subcontractor.status, 201);
    QCOMPARE(poll(officer), QStringList {QStringLiteral("third_parties")});
    QCOMPARE(poll(admin), QStringList {QStringLiteral("third_parties")});
    QCOMPARE(poll(manager), QStringList());
    QCOMPARE(poll(emil), QStringList());
    // Signed in is required.
    QCOMPARE(m_server.call("GET", QStringLiteral("/changes")).status, 401);
}

// GET /me/tasks: what waits for each person and nobody else, in the contract's shape, sorted by
// due time (none last) then creation, paged by position, bad paging named, audited.
void TestServerApi::myTasksListWhatWaitsForEachPerson()
{
    const QString officer = m_tokens.value(QStringLiteral("compliance_officer"));
    const QString emil = m_tokens.value(QStringLiteral("employee"));
    const QString ceo = m_tokens.value(QStringLiteral("executive"));
    const QString admin = m_tokens.value(QStringLiteral("admin"));
    const auto tasks = [&](const QString &token,
                           const QString &query = QStringLiteral("limit=500")) {
        const ApiReply r = m_server.call("GET", QStringLiteral("/me/tasks?") + query, {}, token);
        if (r.status != 200)
            qWarning("GET /me/tasks: %d %s", r.status, r.raw.constData());
        QList<QJsonObject> list;
        for (const QJsonValue &v : r.json.value(QStringLiteral("items")).toArray())
            list << v.toObject();
        return list;
    };
    const auto find = [](const QList<QJsonObject> &list, const QString &kind, const QString &id) {
        for (const QJsonObject &t : list) {
            if (t.value(QStringLiteral("kind")).toString() == kind
                && t.value(QStringLiteral("object_id")).toString() == id)
                return t;
        }
        return QJsonObject();
    };
    const QString requestId = createRequest(m_employee, emil);
    QVERIFY(requestId != QLatin1String("0"));
    const QJsonObject decide = find(tasks(officer), QStringLiteral("access_request"), requestId);
    QVERIFY2(!decide.isEmpty(), "the officer is not asked to decide the new request");
    QCOMPARE(decide.keys(),
             (QStringList {QStringLiteral("created_at"), QStringLiteral("due_at"),
                           QStringLiteral("kind"), QStringLiteral("object_id"),
                           QStringLiteral("object_type"), QStringLiteral("title")}));
    QCOMPARE(decide.value(QStringLiteral("object_type")).toString(),
             QStringLiteral("access_request"));
    QVERIFY(decide.value(QStringLiteral("due_at")).isNull());
    QVERIFY(decide.value(QStringLiteral("title")).toString().contains(m_employee.username));
    // Not for the requester (nobody decides their own), nor for an admin.
    QVERIFY(find(tasks(emil), QStringLiteral("access_request"), requestId).isEmpty());
    QVERIFY(find(tasks(admin), QStringLiteral("access_request"), requestId).isEmpty());

    const ApiReply reported
        = m_server.call("POST", QStringLiteral("/incidents"),
                        {{QStringLiteral("title"), QStringLiteral("Order export on a USB stick")},
                         {QStringLiteral("severity"), 1},
                         {QStringLiteral("category"), QStringLiteral("data_breach")},
                         {QStringLiteral("involves_amazon_data"), true}},
                        emil);
    QCOMPARE(reported.status, 201);
    const QString incident = QString::number(reported.json.value(QStringLiteral("id")).toInteger());
    const QList<QJsonObject> ceoTasks = tasks(ceo);
    const QJsonObject acknowledge
        = find(ceoTasks, QStringLiteral("breach_acknowledgement"), incident);
    QVERIFY2(!acknowledge.isEmpty(), "the designated CEO is not asked to acknowledge");
    QCOMPARE(acknowledge.value(QStringLiteral("object_type")).toString(),
             QStringLiteral("incident"));
    const QDateTime detected = QDateTime::fromString(
        reported.json.value(QStringLiteral("detected_at")).toString(), Qt::ISODate);
    QCOMPARE(
        QDateTime::fromString(acknowledge.value(QStringLiteral("due_at")).toString(), Qt::ISODate),
        detected.addSecs(24 * 3600));
    QVERIFY(find(tasks(officer), QStringLiteral("breach_acknowledgement"), incident).isEmpty());
    QVERIFY(find(tasks(emil), QStringLiteral("breach_acknowledgement"), incident).isEmpty());

    // Sorted: due times ascending, then the items without one; each run by creation.
    const QList<QJsonObject> all = tasks(officer);
    QVERIFY(all.size() >= 2);
    for (qsizetype i = 1; i < all.size(); ++i) {
        const QJsonValue dueA = all.at(i - 1).value(QStringLiteral("due_at"));
        const QJsonValue dueB = all.at(i).value(QStringLiteral("due_at"));
        QVERIFY2(!(dueA.isNull() && !dueB.isNull()), "a task without a due time came first");
        if (!dueA.isNull() && !dueB.isNull())
            QVERIFY(dueA.toString() <= dueB.toString());
        if (dueA.isNull() && dueB.isNull())
            QVERIFY(all.at(i - 1).value(QStringLiteral("created_at")).toString()
                    <= all.at(i).value(QStringLiteral("created_at")).toString());
    }
    // Paged like every list: next_after is the position to go on from.
    const ApiReply first = m_server.call("GET", QStringLiteral("/me/tasks?limit=1"), {}, officer);
    QCOMPARE(first.status, 200);
    QCOMPARE(first.json.value(QStringLiteral("items")).toArray().size(), 1);
    QCOMPARE(first.json.value(QStringLiteral("next_after")).toInteger(), 1);
    const QList<QJsonObject> second = tasks(officer, QStringLiteral("after=1&limit=1"));
    QCOMPARE(second.size(), 1);
    QCOMPARE(second.first(), all.at(1));
    const ApiReply end
        = m_server.call("GET", QStringLiteral("/me/tasks?after=%1").arg(all.size()), {}, officer);
    QCOMPARE(end.status, 200);
    QVERIFY(end.json.value(QStringLiteral("items")).toArray().isEmpty());
    QVERIFY(end.json.value(QStringLiteral("next_after")).isNull());
    for (const auto &[query, field] :
         {std::pair {"limit=0", "limit"}, {"after=-1", "after"}, {"limit=lots", "limit"}}) {
        const ApiReply bad = m_server.call(
            "GET", QStringLiteral("/me/tasks?") + QLatin1String(query), {}, officer);
        QCOMPARE(bad.status, 400);
        QVERIFY2(bad.errorMessage().contains(QLatin1String(field)), bad.raw.constData());
    }
    QCOMPARE(m_server.call("GET", QStringLiteral("/me/tasks"), {}, QString()).status, 401);
    const ApiReply audited = m_server.call(
        "GET", QStringLiteral("/audit?action=task.list&actor=eve.ceo"), {}, officer);
    QCOMPARE(audited.status, 200);
    QVERIFY(!audited.json.value(QStringLiteral("items")).toArray().isEmpty());
}

// A new request reaches every approver's inbox but the requester's and the admin's; the decision,
// with its comment, reaches the requester.
void TestServerApi::requestsNotifyApproversAndDecisionsTheRequester()
{
    const QString emil = m_tokens.value(QStringLiteral("employee"));
    const QString officer = m_tokens.value(QStringLiteral("compliance_officer"));
    const QString admin = m_tokens.value(QStringLiteral("admin"));
    const auto inbox = [&](const QString &token, const QString &kind) {
        QList<QJsonObject> found;
        const ApiReply r
            = m_server.call("GET", QStringLiteral("/notifications?limit=500"), {}, token);
        for (const QJsonValue &v : r.json.value(QStringLiteral("items")).toArray()) {
            if (v.toObject().value(QStringLiteral("kind")).toString() == kind)
                found << v.toObject();
        }
        return found;
    };
    const qsizetype officerBefore = inbox(officer, QStringLiteral("access_request")).size();
    const qsizetype adminBefore = inbox(admin, QStringLiteral("access_request")).size();
    const qsizetype emilBefore = inbox(emil, QStringLiteral("access_decision")).size();
    const QString requestId = createRequest(m_employee, emil, QStringLiteral("orders.nonpii"));
    QVERIFY(requestId != QLatin1String("0"));
    const QList<QJsonObject> told = inbox(officer, QStringLiteral("access_request"));
    QCOMPARE(told.size(), officerBefore + 1);
    QVERIFY2(told.first().value(QStringLiteral("title")).toString().contains(m_employee.username),
             qPrintable(told.first().value(QStringLiteral("title")).toString()));
    QVERIFY(told.first().value(QStringLiteral("body")).toString().contains(requestId));
    QCOMPARE(inbox(admin, QStringLiteral("access_request")).size(), adminBefore);
    QVERIFY(inbox(emil, QStringLiteral("access_request")).isEmpty());

    const ApiReply denied = m_server.call(
        "POST", QStringLiteral("/access-requests/%1/deny").arg(requestId),
        {{QStringLiteral("comment"), QStringLiteral("Use the aggregates instead")}}, officer);
    QCOMPARE(denied.status, 200);
    const QList<QJsonObject> decided = inbox(emil, QStringLiteral("access_decision"));
    QCOMPARE(decided.size(), emilBefore + 1);
    QCOMPARE(decided.first().value(QStringLiteral("threshold")).toString(),
             QStringLiteral("denied"));
    QVERIFY(decided.first()
                .value(QStringLiteral("body"))
                .toString()
                .contains(QLatin1String("Use the aggregates instead")));
}

QTEST_GUILESS_MAIN(TestServerApi)

#include "tst_server.moc"
