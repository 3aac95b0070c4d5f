// Two compliance-stored instances on one PostgreSQL database, as behind a load balancer:
// sessions work on either, concurrent writes through both keep one valid audit chain, and
// exactly one instance runs the background jobs, with the other taking over when it stops; an
// instance whose database connection is ended (a restart or failover of the database server)
// says so and connects again.

#include "TestServer.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>
#include <QSslConfiguration>
#include <QTest>

using namespace cc::test;

class TestMulti : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void sessionsWorkOnEitherInstance();
    void concurrentWritesKeepOneChain();
    void oneInstanceRunsTheJobs();
    void survivesItsConnectionBeingEnded();

private:
    int auditCount(const QString &action);

    TestServer m_server;
    QUrl m_second;
    TestServer::Account m_officer;
    QList<TestServer::Account> m_employees;
};

void TestMulti::initTestCase()
{
    QVERIFY(TestDatabase::postgresRequested());
    // One request worker per instance: survivesItsConnectionBeingEnded expects the instance's
    // one connection to report its end once, while each further worker's would report it on
    // its own next request, whichever request the kernel hands it.
    QVERIFY2(m_server.start({QStringLiteral("--jobs-every"), QStringLiteral("1"),
                             QStringLiteral("--workers"), QStringLiteral("1")}),
             qPrintable(m_server.errorString()));
    m_second = m_server.startInstance();
    QVERIFY2(m_second.isValid(), qPrintable(m_server.errorString()));
    QVERIFY(m_second != m_server.baseUrl());
    m_officer
        = m_server.addUser(QStringLiteral("olga.officer"), QStringLiteral("compliance_officer"));
    for (int i = 0; i < 4; ++i)
        m_employees << m_server.addUser(QStringLiteral("emp%1").arg(i), QStringLiteral("employee"));
}

void TestMulti::sessionsWorkOnEitherInstance()
{
    const QString token = m_server.login(m_officer); // signed in through the first
    QVERIFY(!token.isEmpty());
    QCOMPARE(m_server.callAt(m_second, "GET", QStringLiteral("/me"), {}, token).status, 200);
    QCOMPARE(m_server.callAt(m_second, "DELETE", QStringLiteral("/session"), {}, token).status,
             200);
    QCOMPARE(m_server.call("GET", QStringLiteral("/me"), {}, token).status, 401); // ended on both
}

void TestMulti::concurrentWritesKeepOneChain()
{
    QStringList tokens;
    for (TestServer::Account &employee : m_employees)
        tokens << m_server.login(employee);
    QByteArray out;
    QCOMPARE(m_server.runCtl({QStringLiteral("audit"), QStringLiteral("verify")}, &out), 0);
    const qint64 before = QRegularExpression(QStringLiteral("(\\d+) events"))
                              .match(QString::fromUtf8(out))
                              .captured(1)
                              .toLongLong();
    QVERIFY(before > 0);

    // 60 requests in flight at once, alternating between the two instances.
    QNetworkAccessManager network;
    QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
    tls.setCaCertificates({m_server.certificate()});
    const int total = 60;
    int finished = 0;
    int created = 0;
    for (int i = 0; i < total; ++i) {
        QUrl url = (i % 2 ? m_second : m_server.baseUrl());
        url.setPath(QStringLiteral("/api/v1/access-requests"));
        QNetworkRequest request(url);
        request.setSslConfiguration(tls);
        request.setHeader(QNetworkRequest::ContentTypeHeader,
                          QByteArrayLiteral("application/json"));
        request.setRawHeader("Authorization", "Bearer " + tokens.at(i % tokens.size()).toLatin1());
        const QJsonObject body {
            {QStringLiteral("category"), QStringLiteral("aggregates")},
            {QStringLiteral("client"), QStringLiteral("ACME EU")},
            {QStringLiteral("reason"),
             QStringLiteral("Weekly sales totals for the review, batch %1").arg(i)},
            {QStringLiteral("duration_hours"), 4}};
        QNetworkReply *reply = network.post(request, QJsonDocument(body).toJson());
        connect(reply, &QNetworkReply::finished, this, [reply, &finished, &created] {
            ++finished;
            if (reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt() == 201)
                ++created;
            else
                qWarning("request failed: %s", reply->readAll().constData());
            reply->deleteLater();
        });
    }
    QTRY_COMPARE_WITH_TIMEOUT(finished, total, 60000);
    QCOMPARE(created, total);

    QCOMPARE(m_server.runCtl({QStringLiteral("audit"), QStringLiteral("verify")}, &out), 0);
    const qint64 after = QRegularExpression(QStringLiteral("(\\d+) events"))
                             .match(QString::fromUtf8(out))
                             .captured(1)
                             .toLongLong();
    QVERIFY2(after >= before + total, out.constData());
}

int TestMulti::auditCount(const QString &action)
{
    const QString name = QStringLiteral("count");
    int count = -1;
    {
        QSqlDatabase db = m_server.database().openDirect(m_server.dataDir(), name);
        QSqlQuery q(db);
        if (q.exec(
                QStringLiteral("SELECT COUNT(*) FROM audit_events WHERE action = '%1'").arg(action))
            && q.next())
            count = q.value(0).toInt();
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return count;
}

void TestMulti::oneInstanceRunsTheJobs()
{
    // Exactly one instance took the leader lock.
    QProcess &first = m_server.process();
    QProcess &second = m_server.instanceProcess(0);
    QByteArray firstLog;
    QByteArray secondLog;
    const auto readLogs = [&] {
        firstLog += first.readAllStandardError();
        secondLog += second.readAllStandardError();
        return firstLog.contains("now leads") || secondLog.contains("now leads");
    };
    QTRY_VERIFY_WITH_TIMEOUT(readLogs(), 10000);
    QTest::qWait(2500); // the other keeps trying every second and must keep failing
    readLogs();
    QVERIFY2(firstLog.contains("now leads") != secondLog.contains("now leads"),
             "exactly one instance must lead");

    // A grant that ends now is recorded as expired exactly once, with both instances running
    // their jobs every second.
    const QString employeeToken = m_server.login(m_employees[0]);
    const QString officerToken = m_server.login(m_officer);
    const ApiReply request = m_server.call(
        "POST", QStringLiteral("/access-requests"),
        {{QStringLiteral("category"), QStringLiteral("orders.nonpii")},
         {QStringLiteral("client"), QStringLiteral("ACME EU")},
         {QStringLiteral("reason"), QStringLiteral("Reconcile shipped quantities for November")},
         {QStringLiteral("duration_hours"), 1}},
        employeeToken);
    QCOMPARE(request.status, 201);
    const ApiReply approved
        = m_server.callAt(m_second, "POST",
                          QStringLiteral("/access-requests/%1/approve")
                              .arg(request.json.value(QStringLiteral("id")).toInteger()),
                          {}, officerToken);
    QCOMPARE(approved.status, 200);
    const qint64 grantId = approved.json.value(QStringLiteral("grant"))
                               .toObject()
                               .value(QStringLiteral("id"))
                               .toInteger();
    {
        QSqlDatabase db
            = m_server.database().openDirect(m_server.dataDir(), QStringLiteral("expire"));
        QSqlQuery q(db);
        QVERIFY2(
            q.exec(QStringLiteral("UPDATE grants SET expires_at = granted_at - 1 WHERE id = %1")
                       .arg(grantId)),
            qPrintable(q.lastError().text()));
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("expire"));
    QTRY_COMPARE_WITH_TIMEOUT(auditCount(QStringLiteral("grant.expire")), 1, 15000);
    QTest::qWait(3000); // several more job rounds on both instances
    QCOMPARE(auditCount(QStringLiteral("grant.expire")), 1);

    // When the leader stops, the other instance takes over.
    const bool firstLeads = firstLog.contains("now leads");
    QProcess &leader = firstLeads ? first : second;
    QProcess &follower = firstLeads ? second : first;
    QByteArray &followerLog = firstLeads ? secondLog : firstLog;
    leader.terminate();
    QVERIFY(leader.waitForFinished(10000));
    QTRY_VERIFY_WITH_TIMEOUT((followerLog += follower.readAllStandardError()).contains("now leads"),
                             15000);
}

void TestMulti::survivesItsConnectionBeingEnded()
{
    // The instance oneInstanceRunsTheJobs left running, and leading.
    const bool firstRuns = m_server.process().state() == QProcess::Running;
    QProcess &instance = firstRuns ? m_server.process() : m_server.instanceProcess(0);
    const QUrl url = firstRuns ? m_server.baseUrl() : m_second;
    const QString token = m_server.login(m_officer, url);
    QCOMPARE(m_server.callAt(url, "GET", QStringLiteral("/me"), {}, token).status, 200);
    instance.readAllStandardError();
    {
        QSqlDatabase db
            = m_server.database().openDirect(m_server.dataDir(), QStringLiteral("terminator"));
        QSqlQuery q(db);
        QVERIFY2(q.exec(QStringLiteral("SELECT pg_terminate_backend(pid) FROM pg_stat_activity "
                                       "WHERE datname = current_database() AND pid <> "
                                       "pg_backend_pid()")),
                 qPrintable(q.lastError().text()));
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("terminator"));

    // What ran on the old connection fails, naming the cause; then the instance serves again.
    QList<int> statuses;
    while (statuses.size() < 5 && !statuses.contains(200)) {
        const ApiReply reply = m_server.callAt(url, "GET", QStringLiteral("/me"), {}, token);
        statuses << reply.status;
        if (reply.status != 200)
            QVERIFY2(
                reply.status == 503
                    && reply.errorMessage().contains(
                        QLatin1String("connection to the database was lost")),
                qPrintable(QStringLiteral("%1 %2").arg(reply.status).arg(reply.errorMessage())));
    }
    QVERIFY2(statuses.contains(200), qPrintable(QStringLiteral("no 200 in five tries")));
    QVERIFY(statuses.first() == 503); // the old connection's end was not hidden
    // Writes work again and the instance takes the job lock anew.
    const ApiReply request = m_server.callAt(
        url, "POST", QStringLiteral("/access-requests"),
        {{QStringLiteral("category"), QStringLiteral("orders.nonpii")},
         {QStringLiteral("client"), QStringLiteral("ACME EU")},
         {QStringLiteral("reason"), QStringLiteral("Reconcile returns after the database restart")},
         {QStringLiteral("duration_hours"), 1}},
        m_server.login(m_employees[1], url));
    QCOMPARE(request.status, 201);
    QByteArray log;
    QTRY_VERIFY_WITH_TIMEOUT((log += instance.readAllStandardError()).contains("now leads"), 15000);
    QVERIFY2(log.contains("connecting again"), log.constData());
}

QTEST_GUILESS_MAIN(TestMulti)
#include "tst_multi.moc"
