// ApiClient against a real server: certificate pinning (right, wrong, none), the server's error
// message surfaced as it is, https only, TLS version recorded; and against a silent socket:
// inactivity timeout and bounded retries for GET only. The API types read what the server
// answers about who may decide an access request.

#include "ApiClient.h"
#include "CertificateTrust.h"
#include "DeviceTokenStore.h"
#include "TestServer.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>

using namespace cc;
using namespace cc::client;

class TestApiClient : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void refusesPlainHttp();
    void unpinnedCertificateIsReported();
    void wrongPinIsRefused();
    void pinnedCertificateIsAccepted();
    void serverErrorMessageIsSurfaced();
    void signInSetsSession();
    void signInKeepsTheDeviceToken();
    void timeoutAndRetries_data();
    void timeoutAndRetries();
    void requestsReadWhoMayDecide();

private:
    ApiJob *waitFor(ApiJob *job);

    test::TestServer m_server;
    test::TestServer::Account m_officer;
};

ApiJob *TestApiClient::waitFor(ApiJob *job)
{
    // The job deletes itself after finished(): keep it alive until the test has read it.
    QSignalSpy spy(job, &ApiJob::finished);
    if (!spy.isValid())
        return nullptr;
    job->setAutoDelete(false);
    if (!spy.wait(40'000) && spy.isEmpty())
        return nullptr;
    return job;
}

void TestApiClient::initTestCase()
{
    QVERIFY2(m_server.start(), qPrintable(m_server.errorString()));
    m_officer = m_server.addUser(QStringLiteral("olivia"), QStringLiteral("compliance_officer"));
    QVERIFY(m_officer.id > 0);
}

void TestApiClient::refusesPlainHttp()
{
    ApiClient client;
    QUrl url = m_server.baseUrl();
    url.setScheme(QStringLiteral("http"));
    client.setBaseUrl(url);
    ApiJob *job = waitFor(client.get(QStringLiteral("/health")));
    QVERIFY(job);
    QCOMPARE(job->error().kind, ApiError::Kind::Network);
    QVERIFY(job->error().message.contains(QStringLiteral("https://")));
    QCOMPARE(job->attempts(), 0); // nothing was sent
    delete job;
}

void TestApiClient::unpinnedCertificateIsReported()
{
    ApiClient client;
    InMemoryCertificateTrust trust;
    client.setCertificateTrust(&trust);
    client.setBaseUrl(m_server.baseUrl());
    ApiJob *job = waitFor(client.get(QStringLiteral("/health")));
    QVERIFY(job);
    QCOMPARE(job->error().kind, ApiError::Kind::UntrustedCertificate);
    QCOMPARE(job->error().certificate, m_server.certificate());
    QVERIFY(!job->error().sslErrors.isEmpty());
    QCOMPARE(job->attempts(), 1); // a certificate problem is not retried
    delete job;
}

void TestApiClient::wrongPinIsRefused()
{
    ApiClient client;
    InMemoryCertificateTrust trust;
    const QString key = CertificateTrust::serverKey(m_server.baseUrl());
    trust.pin(key, QCryptographicHash::hash("another certificate", QCryptographicHash::Sha256));
    client.setCertificateTrust(&trust);
    client.setBaseUrl(m_server.baseUrl());
    ApiJob *job = waitFor(client.get(QStringLiteral("/health")));
    QVERIFY(job);
    QCOMPARE(job->error().kind, ApiError::Kind::UntrustedCertificate);
    QVERIFY2(job->error().message.contains(QStringLiteral("does not match")),
             qPrintable(job->error().message));
    QVERIFY(job->json().isEmpty());
    delete job;
}

void TestApiClient::pinnedCertificateIsAccepted()
{
    ApiClient client;
    QSignalSpy tlsSpy(&client, &ApiClient::tlsProtocolChanged);
    QVERIFY(tlsSpy.isValid());
    InMemoryCertificateTrust trust;
    client.setCertificateTrust(&trust);
    client.setBaseUrl(m_server.baseUrl());
    trust.pinCertificate(client.serverKey(), m_server.certificate());
    ApiJob *job = waitFor(client.get(QStringLiteral("/health")));
    QVERIFY(job);
    QVERIFY2(job->ok(), qPrintable(job->error().message));
    QCOMPARE(job->json().value(QStringLiteral("status")).toString(), QStringLiteral("ok"));
    QVERIFY(client.tlsProtocol() == QStringLiteral("TLS 1.2")
            || client.tlsProtocol() == QStringLiteral("TLS 1.3"));
    QCOMPARE(tlsSpy.count(), 1);
    delete job;
}

void TestApiClient::serverErrorMessageIsSurfaced()
{
    const QJsonObject body {{QStringLiteral("username"), QStringLiteral("nobody-here")},
                            {QStringLiteral("password"), QStringLiteral("wrong password")},
                            {QStringLiteral("totp"), QStringLiteral("123456")}};
    const test::ApiReply raw = m_server.call("POST", QStringLiteral("/session"), body);
    QCOMPARE(raw.status, 401);
    QVERIFY(!raw.errorMessage().isEmpty());

    ApiClient client;
    InMemoryCertificateTrust trust;
    client.setCertificateTrust(&trust);
    client.setBaseUrl(m_server.baseUrl());
    trust.pinCertificate(client.serverKey(), m_server.certificate());
    ApiJob *job = waitFor(client.post(QStringLiteral("/session"), body));
    QVERIFY(job);
    QCOMPARE(job->error().kind, ApiError::Kind::Http);
    QCOMPARE(job->error().httpStatus, 401);
    QCOMPARE(job->error().code, raw.errorCode());
    QCOMPARE(job->error().message, raw.errorMessage());
    QCOMPARE(job->attempts(), 1);
    QVERIFY(!client.isSignedIn());
    delete job;
}

void TestApiClient::signInKeepsTheDeviceToken()
{
    // The console keeps the device token a sign-in gives and presents it at the next one, which
    // the server recognises (it answers with the same token instead of a new one).
    test::TestServer::Account account
        = m_server.addUser(QStringLiteral("devi.token"), QStringLiteral("employee"));
    InMemoryCertificateTrust trust;
    InMemoryDeviceTokenStore devices;
    QString first;
    for (int i = 0; i < 2; ++i) {
        ApiClient client;
        client.setCertificateTrust(&trust);
        client.setDeviceTokenStore(&devices);
        client.setBaseUrl(m_server.baseUrl());
        trust.pinCertificate(client.serverKey(), m_server.certificate());
        ApiJob *job = waitFor(
            client.signIn(account.username, account.password, m_server.nextTotp(account)));
        QVERIFY(job);
        QVERIFY2(job->ok(), qPrintable(job->error().message));
        const QString kept = devices.token(client.serverKey(), account.username);
        QVERIFY(kept.size() >= 43);
        QCOMPARE(kept, job->json().value(QStringLiteral("device_token")).toString());
        if (i == 0)
            first = kept;
        else
            QCOMPARE(kept, first);
        delete job;
    }
}

void TestApiClient::signInSetsSession()
{
    ApiClient client;
    InMemoryCertificateTrust trust;
    client.setCertificateTrust(&trust);
    client.setBaseUrl(m_server.baseUrl());
    trust.pinCertificate(client.serverKey(), m_server.certificate());
    QSignalSpy sessionSpy(&client, &ApiClient::sessionChanged);
    QVERIFY(sessionSpy.isValid());
    ApiJob *job = waitFor(
        client.signIn(m_officer.username, m_officer.password, m_server.nextTotp(m_officer)));
    QVERIFY(job);
    QVERIFY2(job->ok(), qPrintable(job->error().message));
    QVERIFY(client.isSignedIn());
    QCOMPARE(client.session().user.username, m_officer.username);
    QVERIFY(client.session().can(permission::AccessApprove));
    QVERIFY(!client.session().can(permission::UsersManage));
    QVERIFY(sessionSpy.count() >= 1);
    delete job;

    ApiJob *me = waitFor(client.me());
    QVERIFY(me);
    QVERIFY2(me->ok(), qPrintable(me->error().message));
    QCOMPARE(client.session().user.id, m_officer.id);
    delete me;

    // The ended session's token is refused, and the client says so.
    const QString token = client.token();
    ApiJob *out = waitFor(client.signOut());
    QVERIFY(out);
    QVERIFY2(out->ok(), qPrintable(out->error().message));
    delete out;
    QVERIFY(!client.isSignedIn());
    client.setToken(token);
    QSignalSpy endedSpy(&client, &ApiClient::sessionEnded);
    QVERIFY(endedSpy.isValid());
    ApiJob *refused = waitFor(client.me());
    QVERIFY(refused);
    QCOMPARE(refused->error().httpStatus, 401);
    QCOMPARE(endedSpy.count(), 1);
    QVERIFY(!client.isSignedIn());
    delete refused;
}

void TestApiClient::timeoutAndRetries_data()
{
    QTest::addColumn<QByteArray>("method");
    QTest::addColumn<int>("attempts");
    QTest::newRow("GET is retried") << QByteArray("GET") << 3;
    QTest::newRow("POST is not") << QByteArray("POST") << 1;
}

void TestApiClient::timeoutAndRetries()
{
    QFETCH(QByteArray, method);
    QFETCH(int, attempts);
    // A peer that accepts connections and never says a word.
    QTcpServer silent;
    QVERIFY(silent.listen(QHostAddress::LocalHost));
    QList<QTcpSocket *> sockets;
    int connections = 0;
    connect(&silent, &QTcpServer::newConnection, this, [&] {
        while (QTcpSocket *socket = silent.nextPendingConnection()) {
            ++connections;
            sockets.append(socket);
        }
    });
    ApiClient client;
    client.setTimeout(std::chrono::milliseconds(300));
    client.setMaxRetries(2);
    client.setBaseUrl(QUrl(QStringLiteral("https://127.0.0.1:%1").arg(silent.serverPort())));
    ApiJob *job = waitFor(client.sendRequest(method, QStringLiteral("/health")));
    QVERIFY(job);
    QCOMPARE(job->error().kind, ApiError::Kind::Timeout);
    QCOMPARE(job->attempts(), attempts);
    QVERIFY(connections >= 1); // the connection may be reused between attempts
    delete job;
    qDeleteAll(sockets);
}

void TestApiClient::requestsReadWhoMayDecide()
{
    test::TestServer::Account bob
        = m_server.addUser(QStringLiteral("bob.reader"), QStringLiteral("employee"));
    const QString bobToken = m_server.login(bob);
    const QString officerToken = m_server.login(m_officer);
    const test::ApiReply created = m_server.call(
        "POST", QStringLiteral("/access-requests"),
        {{QStringLiteral("category"), QStringLiteral("orders.pii")},
         {QStringLiteral("client"), QStringLiteral("ACME")},
         {QStringLiteral("reason"), QStringLiteral("Carrier claim for the lost parcel of 302-7")},
         {QStringLiteral("duration_hours"), 24}},
        bobToken);
    QCOMPARE(created.status, 201);
    const AccessRequest asRequester = AccessRequest::fromJson(created.json);
    QVERIFY(!asRequester.canDecide);
    QVERIFY(asRequester.cannotDecideReason.contains(QStringLiteral("access:approve")));
    QCOMPARE(asRequester.approvalsRequired, 1);
    QVERIFY(asRequester.approvals.isEmpty());

    const test::ApiReply listed
        = m_server.call("GET", QStringLiteral("/access-requests?status=pending"), {}, officerToken);
    AccessRequest asOfficer;
    for (const QJsonValue &v : listed.json.value(QStringLiteral("items")).toArray()) {
        if (AccessRequest::fromJson(v.toObject()).id == asRequester.id)
            asOfficer = AccessRequest::fromJson(v.toObject());
    }
    QCOMPARE(asOfficer.id, asRequester.id);
    QVERIFY(asOfficer.canDecide);
    QVERIFY(asOfficer.cannotDecideReason.isEmpty());

    const test::ApiReply approved = m_server.call(
        "POST", QStringLiteral("/access-requests/%1/approve").arg(asOfficer.id),
        {{QStringLiteral("comment"), QStringLiteral("claim CS-9 open")}}, officerToken);
    QCOMPARE(approved.status, 200);
    const AccessRequest decided
        = AccessRequest::fromJson(approved.json.value(QStringLiteral("request")).toObject());
    QCOMPARE(decided.approvals.size(), 1);
    QCOMPARE(decided.approvals.first().username, m_officer.username);
    QCOMPARE(decided.approvals.first().comment, QStringLiteral("claim CS-9 open"));
    QVERIFY(decided.approvals.first().at.isValid());
    QVERIFY(!decided.canDecide);
    QVERIFY(decided.cannotDecideReason.contains(QStringLiteral("already approved")));
    const Grant grant = Grant::fromJson(approved.json.value(QStringLiteral("grant")).toObject());
    QCOMPARE(grant.approvedByUsernames, QStringList {m_officer.username});
}

QTEST_GUILESS_MAIN(TestApiClient)
#include "tst_apiclient.moc"
