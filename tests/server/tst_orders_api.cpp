// Amazon orders over real HTTPS against the real compliance-stored (SQLite and PostgreSQL):
// all-or-nothing ingest with every bad record named, PII only with an orders.pii grant and
// the audit naming the grant and its reason, anonymised aggregates, the retention sweep and
// status, deletion / return requests with their 72-hour due time, and the return archive
// opened with `compliancectl archive open`.

#include "RawHttps.h"
#include "TestServer.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QProcessEnvironment>
#include <QRegularExpression>
#include <QTest>
#include <QThread>

using namespace cc::test;

namespace {

QJsonObject order(const QString &id, const QDateTime &fulfilled, const QString &email)
{
    return {
        {QStringLiteral("AmazonOrderId"), id},
        {QStringLiteral("PurchaseDate"), fulfilled.addDays(-1).toString(Qt::ISODate)},
        {QStringLiteral("OrderStatus"), QStringLiteral("Shipped")},
        {QStringLiteral("MarketplaceId"), QStringLiteral("ATVPDKIKX0DER")},
        {QStringLiteral("OrderTotal"),
         QJsonObject {{QStringLiteral("CurrencyCode"), QStringLiteral("USD")},
                      {QStringLiteral("Amount"), QStringLiteral("10.00")}}},
        {QStringLiteral("BuyerInfo"),
         QJsonObject {{QStringLiteral("BuyerEmail"), email},
                      {QStringLiteral("BuyerName"), QStringLiteral("Quentin Marblethorpe")}}},
        {QStringLiteral("ShippingAddress"),
         QJsonObject {{QStringLiteral("Name"), QStringLiteral("Quentin Marblethorpe")},
                      {QStringLiteral("AddressLine1"), QStringLiteral("12 Larkspur Hollow")},
                      {QStringLiteral("City"), QStringLiteral("Portland")},
                      {QStringLiteral("PostalCode"), QStringLiteral("97201")},
                      {QStringLiteral("CountryCode"), QStringLiteral("US")}}},
        {QStringLiteral("FulfillmentDate"), fulfilled.toString(Qt::ISODate)},
    };
}

} // namespace

class TestOrdersApi : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void rbacOnEveryEndpoint_data();
    void rbacOnEveryEndpoint();
    void ingestIsAllOrNothing();
    void piiOnlyWithGrantAndAudited();
    void clientRegistry();
    void grantNarrowedToOrders();
    void concurrentPiiReadsEachAuditedOnce();
    void twoWorkersServeAtOnce();
    void retentionSweepAndStatus();
    void deletionRequestReturnArchiveRoundTrip();
    void cliImportAndSweep();
    void legalHoldsAndDailyAggregates();
    void piiReadRoundTrips();

private:
    ApiReply as(const QString &who, const QByteArray &method, const QString &path,
                const QJsonObject &body = {});
    qint64 idOf(const QString &client, const QString &amazonId);
    // who requests an orders.pii grant on client and the officer approves it: the approval's
    // reply, or the request's when it was not accepted (201).
    ApiReply piiGranted(const QString &who, const QString &client, const QString &reason,
                        int hours);

    TestServer m_server;
    QHash<QString, TestServer::Account> m_accounts;
    QHash<QString, QString> m_tokens;
    QDateTime m_now;
};

void TestOrdersApi::initTestCase()
{
    // Two request workers on any machine (the default is the online cores): connections go to
    // them in turn, so twoWorkersServeAtOnce drives both.
    QVERIFY2(m_server.start({QStringLiteral("--workers"), QStringLiteral("2")}),
             qPrintable(m_server.errorString()));
    const QList<std::pair<QString, QString>> people = {
        {QStringLiteral("admin"), QStringLiteral("admin")},
        {QStringLiteral("officer"), QStringLiteral("compliance_officer")},
        {QStringLiteral("employee"), QStringLiteral("employee")},
        {QStringLiteral("manager"), QStringLiteral("manager")},
    };
    for (const auto &[key, role] : people) {
        TestServer::Account a = m_server.addUser(key + QStringLiteral(".o"), role);
        QVERIFY2(a.id > 0, qPrintable(key));
        const QString token = m_server.login(a);
        QVERIFY2(!token.isEmpty(), qPrintable(key));
        m_accounts.insert(key, a);
        m_tokens.insert(key, token);
    }
    m_now = QDateTime::currentDateTimeUtc();
}

ApiReply TestOrdersApi::as(const QString &who, const QByteArray &method, const QString &path,
                           const QJsonObject &body)
{
    return m_server.call(method, path, body, m_tokens.value(who));
}

qint64 TestOrdersApi::idOf(const QString &client, const QString &amazonId)
{
    const ApiReply r = as(QStringLiteral("officer"), "GET",
                          QStringLiteral("/orders?client=%1&limit=500").arg(client));
    for (const QJsonValue &v : r.json.value(QStringLiteral("items")).toArray()) {
        if (v.toObject().value(QStringLiteral("amazon_order_id")).toString() == amazonId)
            return v.toObject().value(QStringLiteral("id")).toInteger();
    }
    return 0;
}

ApiReply TestOrdersApi::piiGranted(const QString &who, const QString &client, const QString &reason,
                                   int hours)
{
    const ApiReply requested = as(who, "POST", QStringLiteral("/access-requests"),
                                  {{QStringLiteral("category"), QStringLiteral("orders.pii")},
                                   {QStringLiteral("client"), client},
                                   {QStringLiteral("reason"), reason},
                                   {QStringLiteral("duration_hours"), hours}});
    if (requested.status != 201)
        return requested;
    return as(QStringLiteral("officer"), "POST",
              QStringLiteral("/access-requests/%1/approve")
                  .arg(requested.json.value(QStringLiteral("id")).toInteger()),
              {{QStringLiteral("comment"), QStringLiteral("ok")}});
}

void TestOrdersApi::rbacOnEveryEndpoint_data()
{
    QTest::addColumn<QString>("who");
    QTest::addColumn<QByteArray>("method");
    QTest::addColumn<QString>("path");
    QTest::newRow("employee ingests") << "employee" << QByteArray("POST") << "/orders";
    QTest::newRow("officer ingests") << "officer" << QByteArray("POST") << "/orders";
    QTest::newRow("employee sweeps") << "employee" << QByteArray("POST") << "/retention/sweep";
    QTest::newRow("manager status") << "manager" << QByteArray("GET") << "/retention/status";
    QTest::newRow("admin lists requests") << "admin" << QByteArray("GET") << "/deletion-requests";
    QTest::newRow("employee records request")
        << "employee" << QByteArray("POST") << "/deletion-requests";
    QTest::newRow("manager fulfils")
        << "manager" << QByteArray("POST") << "/deletion-requests/1/fulfil";
    QTest::newRow("manager records an archive save")
        << "manager" << QByteArray("POST") << "/deletion-requests/1/archive-saved";
    QTest::newRow("employee lists orders")
        << "employee" << QByteArray("GET") << "/orders?client=acme";
    QTest::newRow("employee aggregates") << "employee" << QByteArray("GET") << "/orders/aggregates";
    QTest::newRow("employee daily aggregates")
        << "employee" << QByteArray("GET") << "/orders/daily-aggregates";
    QTest::newRow("employee lists holds") << "employee" << QByteArray("GET") << "/legal-holds";
    QTest::newRow("manager sets a hold") << "manager" << QByteArray("POST") << "/legal-holds";
    QTest::newRow("admin releases a hold")
        << "admin" << QByteArray("POST") << "/legal-holds/1/release";
}

void TestOrdersApi::rbacOnEveryEndpoint()
{
    QFETCH(QString, who);
    QFETCH(QByteArray, method);
    QFETCH(QString, path);
    const ApiReply r = as(who, method, path);
    QCOMPARE(r.status, 403);
    QCOMPARE(r.errorCode(), QStringLiteral("forbidden"));
}

void TestOrdersApi::ingestIsAllOrNothing()
{
    QJsonObject bad = order(QStringLiteral("111-2"), m_now, QStringLiteral("q@example.com"));
    bad.insert(QStringLiteral("FulfillmentDate"), QStringLiteral("soon"));
    ApiReply r
        = as(QStringLiteral("admin"), "POST", QStringLiteral("/orders"),
             {{QStringLiteral("client"), QStringLiteral("acme")},
              {QStringLiteral("orders"),
               QJsonArray {order(QStringLiteral("111-1"), m_now, QStringLiteral("q@example.com")),
                           bad}}});
    QCOMPARE(r.status, 400);
    const QJsonArray records = r.json.value(QStringLiteral("error"))
                                   .toObject()
                                   .value(QStringLiteral("records"))
                                   .toArray();
    QCOMPARE(records.size(), 1);
    QCOMPARE(records.first().toObject().value(QStringLiteral("index")).toInt(), 1);
    QVERIFY(r.errorMessage().contains(QStringLiteral("nothing was stored")));
    QCOMPARE(idOf(QStringLiteral("acme"), QStringLiteral("111-1")), 0);

    r = as(QStringLiteral("admin"), "POST", QStringLiteral("/orders"),
           {{QStringLiteral("client"), QStringLiteral("acme")},
            {QStringLiteral("orders"),
             QJsonArray {order(QStringLiteral("111-1"), m_now.addDays(-1),
                               QStringLiteral("quentin@example.com")),
                         order(QStringLiteral("111-2"), m_now.addDays(-2),
                               QStringLiteral("other@example.com")),
                         order(QStringLiteral("111-old"), m_now.addDays(-40),
                               QStringLiteral("old@example.com"))}}});
    QCOMPARE(r.status, 201);
    QCOMPARE(r.json.value(QStringLiteral("imported")).toInt(), 3);
    QVERIFY(idOf(QStringLiteral("acme"), QStringLiteral("111-1")) > 0);
    // The officer's view has no PII: PII needs a grant even for compliance officers.
    const ApiReply officer = as(QStringLiteral("officer"), "GET",
                                QStringLiteral("/orders/%1?include=pii")
                                    .arg(idOf(QStringLiteral("acme"), QStringLiteral("111-1"))));
    QCOMPARE(officer.status, 200);
    QVERIFY(officer.json.value(QStringLiteral("pii")).isNull());
    QCOMPARE(officer.json.value(QStringLiteral("order_total")).toString(), QStringLiteral("10.00"));
}

void TestOrdersApi::piiOnlyWithGrantAndAudited()
{
    const qint64 id = idOf(QStringLiteral("acme"), QStringLiteral("111-1"));
    QVERIFY(id > 0);
    const QString path = QStringLiteral("/orders/%1?include=pii").arg(id);
    // Without a grant the order is not there: the answer is that for a missing id, and names
    // neither the order nor its client (it named the client in a 403 before); the refusal is
    // still audited, with the client, for the no_grant_access rule.
    const auto answersAsMissing = [&] {
        const ApiReply hidden = as(QStringLiteral("employee"), "GET", path);
        QByteArray missing
            = as(QStringLiteral("employee"), "GET", QStringLiteral("/orders/987654321?include=pii"))
                  .raw;
        missing.replace("987654321", QByteArray::number(id));
        QCOMPARE(hidden.status, 404);
        QCOMPARE(hidden.raw, missing);
        QVERIFY2(!hidden.raw.contains("acme"), hidden.raw.constData());
    };
    answersAsMissing();
    const ApiReply refusals = as(QStringLiteral("officer"), "GET",
                                 QStringLiteral("/audit?action=orders.read&outcome=denied"));
    QCOMPARE(refusals.status, 200);
    const QJsonArray denied = refusals.json.value(QStringLiteral("items")).toArray();
    QVERIFY(!denied.isEmpty());
    QCOMPARE(denied.last().toObject().value(QStringLiteral("detail")).toString(),
             QStringLiteral("client=acme no grant"));

    const QString reason = QStringLiteral("Buyer disputes a refund for order 111-1 with acme");
    const ApiReply approved
        = piiGranted(QStringLiteral("employee"), QStringLiteral("acme"), reason, 4);
    QCOMPARE(approved.status, 200);
    const qint64 grantId = approved.json.value(QStringLiteral("grant"))
                               .toObject()
                               .value(QStringLiteral("id"))
                               .toInteger();

    ApiReply r = as(QStringLiteral("employee"), "GET", QStringLiteral("/orders/%1").arg(id));
    QCOMPARE(r.status, 200);
    QVERIFY(r.json.value(QStringLiteral("pii")).isNull()); // only when asked for
    r = as(QStringLiteral("employee"), "GET", path);
    QCOMPARE(r.status, 200);
    const QJsonObject pii = r.json.value(QStringLiteral("pii")).toObject();
    QCOMPARE(pii.value(QStringLiteral("buyer_email")).toString(),
             QStringLiteral("quentin@example.com"));
    QCOMPARE(pii.value(QStringLiteral("shipping_address"))
                 .toObject()
                 .value(QStringLiteral("address_line1"))
                 .toString(),
             QStringLiteral("12 Larkspur Hollow"));
    QCOMPARE(r.json.value(QStringLiteral("grant_id")).toInteger(), grantId);
    QCOMPARE(r.json.value(QStringLiteral("grant_reason")).toString(), reason);

    const ApiReply auditLog
        = as(QStringLiteral("officer"), "GET", QStringLiteral("/audit?limit=500"));
    QCOMPARE(auditLog.status, 200);
    QJsonObject read;
    for (const QJsonValue &v : auditLog.json.value(QStringLiteral("items")).toArray()) {
        const QJsonObject e = v.toObject();
        QVERIFY2(!e.value(QStringLiteral("detail")).toString().contains(QStringLiteral("Larkspur")),
                 "no PII in the audit trail");
        if (e.value(QStringLiteral("action")).toString() == QLatin1String("orders.read_pii"))
            read = e;
    }
    QCOMPARE(read.value(QStringLiteral("actor")).toString(),
             m_accounts.value(QStringLiteral("employee")).username);
    QCOMPARE(read.value(QStringLiteral("object_id")).toString(), QString::number(id));
    QCOMPARE(read.value(QStringLiteral("reason")).toString(), reason);
    QCOMPARE(read.value(QStringLiteral("detail")).toString(),
             QStringLiteral("grant=%1 client=acme orders=1").arg(grantId));

    r = as(QStringLiteral("employee"), "GET", QStringLiteral("/orders?client=acme&include=pii"));
    QCOMPARE(r.status, 200);
    QCOMPARE(r.json.value(QStringLiteral("items")).toArray().size(), 3);

    r = as(QStringLiteral("employee"), "GET", QStringLiteral("/orders/aggregates"));
    QCOMPARE(r.status, 200);
    qint64 orders = 0;
    for (const QJsonValue &v : r.json.value(QStringLiteral("items")).toArray()) {
        QVERIFY(!v.toObject().contains(QStringLiteral("pii")));
        orders += v.toObject().value(QStringLiteral("orders")).toInteger();
    }
    QCOMPARE(orders, 3);

    // Revoked: the PII is gone from the answer at once.
    QCOMPARE(as(QStringLiteral("officer"), "POST", QStringLiteral("/grants/%1/revoke").arg(grantId),
                {{QStringLiteral("reason"), QStringLiteral("dispute closed")}})
                 .status,
             200);
    answersAsMissing();
}

// Clients seen in ingest and those an administrator adds; a request names one of them, and the
// refusal of any other names none.
void TestOrdersApi::clientRegistry()
{
    ApiReply r = as(QStringLiteral("employee"), "GET", QStringLiteral("/clients"));
    QCOMPARE(r.status, 200);
    QJsonObject acme;
    for (const QJsonValue &v : r.json.value(QStringLiteral("items")).toArray()) {
        if (v.toObject().value(QStringLiteral("name")).toString() == QLatin1String("acme"))
            acme = v.toObject();
    }
    QVERIFY2(!acme.isEmpty(), r.raw.constData()); // seen in ingest
    QVERIFY(acme.value(QStringLiteral("added_by")).isNull());

    const QJsonObject globex {{QStringLiteral("name"), QStringLiteral("globex")}};
    QCOMPARE(as(QStringLiteral("employee"), "POST", QStringLiteral("/clients"), globex).status,
             403);
    QCOMPARE(as(QStringLiteral("officer"), "POST", QStringLiteral("/clients"), globex).status, 403);
    r = as(QStringLiteral("admin"), "POST", QStringLiteral("/clients"),
           {{QStringLiteral("name"), 5}});
    QCOMPARE(r.status, 400);
    QVERIFY2(r.errorMessage().contains(QStringLiteral("\"name\"")), qPrintable(r.errorMessage()));
    r = as(QStringLiteral("admin"), "POST", QStringLiteral("/clients"), globex);
    QCOMPARE(r.status, 201);
    QCOMPARE(r.json.value(QStringLiteral("added_by")).toString(),
             m_accounts.value(QStringLiteral("admin")).username);
    QCOMPARE(as(QStringLiteral("admin"), "POST", QStringLiteral("/clients"), globex).status, 409);
    r = as(QStringLiteral("officer"), "GET",
           QStringLiteral("/audit?action=client.add&outcome=success"));
    QCOMPARE(r.json.value(QStringLiteral("items")).toArray().size(), 1);
    QCOMPARE(r.json.value(QStringLiteral("items")).toArray().first()[QStringLiteral("object_id")],
             QStringLiteral("globex"));

    const QString reason = QStringLiteral("Reconcile the November payout of this client");
    for (const QString &client : {QStringLiteral("globex"), QStringLiteral("no-such-client")}) {
        r = as(QStringLiteral("employee"), "POST", QStringLiteral("/access-requests"),
               {{QStringLiteral("category"), QStringLiteral("aggregates")},
                {QStringLiteral("client"), client},
                {QStringLiteral("reason"), reason},
                {QStringLiteral("duration_hours"), 4}});
        if (client == QLatin1String("globex")) {
            QCOMPARE(r.status, 201);
            continue;
        }
        QCOMPARE(r.status, 400);
        QVERIFY2(r.errorMessage().contains(QStringLiteral("\"client\"")),
                 qPrintable(r.errorMessage()));
        for (const char *known : {"acme", "globex", "ACME"})
            QVERIFY2(!r.raw.contains(known), r.raw.constData());
    }
}

// A request naming scope.order_ids makes a grant that reads only those orders, in a list and
// one at a time, and no aggregates (which sum every order of the client).
void TestOrdersApi::grantNarrowedToOrders()
{
    const auto request = [&](const QJsonValue &scope, const QString &category) {
        QJsonObject body {{QStringLiteral("category"), category},
                          {QStringLiteral("client"), QStringLiteral("acme")},
                          {QStringLiteral("reason"),
                           QStringLiteral("Buyer disputes the refund of order 111-1 with acme")},
                          {QStringLiteral("duration_hours"), 4}};
        body.insert(QStringLiteral("scope"), scope);
        return as(QStringLiteral("employee"), "POST", QStringLiteral("/access-requests"), body);
    };
    const auto ids = [](const QStringList &list) {
        return QJsonObject {{QStringLiteral("order_ids"), QJsonArray::fromStringList(list)}};
    };
    QStringList tooMany;
    for (int i = 0; i <= 100; ++i)
        tooMany << QStringLiteral("111-%1").arg(i);
    const QList<std::pair<QJsonValue, QString>> bad = {
        {ids(tooMany), QStringLiteral("orders.pii")},
        {ids({QStringLiteral("111 1")}), QStringLiteral("orders.pii")},
        {ids({QStringLiteral("111-1"), QStringLiteral("111-1")}), QStringLiteral("orders.pii")},
        {ids({QStringLiteral("111-1")}), QStringLiteral("aggregates")},
        {QJsonObject {{QStringLiteral("order_ids"), QStringLiteral("111-1")}},
         QStringLiteral("orders.pii")},
        {QStringLiteral("111-1"), QStringLiteral("orders.pii")},
    };
    for (const auto &[scope, category] : bad) {
        const ApiReply refused = request(scope, category);
        QCOMPARE(refused.status, 400);
        QVERIFY2(refused.errorMessage().contains(QStringLiteral("scope")),
                 qPrintable(refused.errorMessage()));
    }

    ApiReply r = request(ids({QStringLiteral("111-1")}), QStringLiteral("orders.pii"));
    QCOMPARE(r.status, 201);
    QCOMPARE(r.json[QStringLiteral("scope")][QStringLiteral("order_ids")].toArray(),
             QJsonArray {QStringLiteral("111-1")});
    r = as(QStringLiteral("officer"), "POST",
           QStringLiteral("/access-requests/%1/approve")
               .arg(r.json.value(QStringLiteral("id")).toInteger()),
           {{QStringLiteral("comment"), QStringLiteral("for this order only")}});
    QCOMPARE(r.status, 200);
    const QJsonObject grant = r.json.value(QStringLiteral("grant")).toObject();
    QCOMPARE(grant[QStringLiteral("scope")][QStringLiteral("order_ids")].toArray(),
             QJsonArray {QStringLiteral("111-1")});

    const qint64 one = idOf(QStringLiteral("acme"), QStringLiteral("111-1"));
    const qint64 other = idOf(QStringLiteral("acme"), QStringLiteral("111-2"));
    QVERIFY(one > 0 && other > 0);
    r = as(QStringLiteral("employee"), "GET", QStringLiteral("/orders?client=acme&include=pii"));
    QCOMPARE(r.status, 200);
    const QJsonArray listed = r.json.value(QStringLiteral("items")).toArray();
    QCOMPARE(listed.size(), 1);
    QCOMPARE(listed.first()[QStringLiteral("amazon_order_id")], QStringLiteral("111-1"));
    QVERIFY(listed.first()[QStringLiteral("pii")].isObject());
    r = as(QStringLiteral("employee"), "GET", QStringLiteral("/orders/%1?include=pii").arg(one));
    QCOMPARE(r.status, 200);
    QCOMPARE(r.json[QStringLiteral("grant_id")].toInteger(),
             grant[QStringLiteral("id")].toInteger());
    QCOMPARE(as(QStringLiteral("employee"), "GET", QStringLiteral("/orders/%1").arg(other)).status,
             404);
    QCOMPARE(as(QStringLiteral("employee"), "GET", QStringLiteral("/orders/aggregates")).status,
             403);
    QCOMPARE(as(QStringLiteral("officer"), "POST",
                QStringLiteral("/grants/%1/revoke").arg(grant[QStringLiteral("id")].toInteger()),
                {{QStringLiteral("reason"), QStringLiteral("dispute closed")}})
                 .status,
             200);
}

// Many PII reads at once, on several connections and several per connection (sent before any
// answer is read), share group commits: every one is answered with the PII, every one has its
// own orders.read_pii event, and the chain stays intact.
void TestOrdersApi::concurrentPiiReadsEachAuditedOnce()
{
    const qint64 id = idOf(QStringLiteral("acme"), QStringLiteral("111-1"));
    QVERIFY(id > 0);
    QCOMPARE(piiGranted(QStringLiteral("employee"), QStringLiteral("acme"),
                        QStringLiteral("Chargeback review of order 111-1 for acme"), 2)
                 .status,
             200);
    const auto piiReads = [this] {
        const ApiReply log = as(QStringLiteral("officer"), "GET",
                                QStringLiteral("/audit?action=orders.read_pii&limit=500"));
        return log.status == 200 ? log.json.value(QStringLiteral("items")).toArray().size() : -1;
    };
    const qsizetype before = piiReads();
    QVERIFY(before >= 0);

    constexpr int kConnections = 6;
    constexpr int kReadsEach = 3;
    const QByteArray read = RawHttps::request(
        "GET", QByteArray("/api/v1/orders/") + QByteArray::number(id) + "?include=pii", {},
        m_tokens.value(QStringLiteral("employee")));
    std::vector<std::unique_ptr<RawHttps>> clients;
    for (int c = 0; c < kConnections; ++c) {
        clients.push_back(std::make_unique<RawHttps>(m_server.baseUrl(), m_server.certificate()));
        QVERIFY2(clients.back()->open(), qPrintable(clients.back()->errorString()));
    }
    for (auto &client : clients)
        client->socket().write(read.repeated(kReadsEach));
    for (auto &client : clients) {
        for (int i = 0; i < kReadsEach; ++i) {
            const ApiReply r = client->exchange({});
            QCOMPARE(r.status, 200);
            QCOMPARE(r.json.value(QStringLiteral("pii"))
                         .toObject()
                         .value(QStringLiteral("buyer_email"))
                         .toString(),
                     QStringLiteral("quentin@example.com"));
        }
    }
    QCOMPARE(piiReads(), before + kConnections * kReadsEach);
    QByteArray out;
    QCOMPARE(m_server.runCtl({QStringLiteral("audit"), QStringLiteral("verify")}, &out), 0);
    QVERIFY2(out.contains("intact"), out.constData());
}

// Connections go to the two request workers in turn, each worker with its own database
// connection: reads on both at once are each audited exactly once on one intact chain, writes
// on both at once are all kept, and a session is one session on every worker.
void TestOrdersApi::twoWorkersServeAtOnce()
{
    const qint64 id = idOf(QStringLiteral("acme"), QStringLiteral("111-1"));
    QVERIFY(id > 0); // the employee's orders.pii grant is concurrentPiiReadsEachAuditedOnce's
    const auto countOf = [this](const QString &action) {
        const ApiReply log = as(QStringLiteral("officer"), "GET",
                                QStringLiteral("/audit?action=%1&limit=500").arg(action));
        return log.status == 200 ? log.json.value(QStringLiteral("items")).toArray().size() : -1;
    };
    const qsizetype readsBefore = countOf(QStringLiteral("orders.read_pii"));
    QVERIFY(readsBefore >= 0);

    // A fresh session, used on connections of both workers.
    TestServer::Account &employee = m_accounts[QStringLiteral("employee")];
    const QString session = m_server.login(employee);
    QVERIFY(!session.isEmpty());

    constexpr int kClients = 4; // two on each worker, whichever connects first
    constexpr int kRounds = 6;
    const QByteArray read = RawHttps::request(
        "GET", QByteArray("/api/v1/orders/") + QByteArray::number(id) + "?include=pii", {},
        session);
    const QString adminToken = m_tokens.value(QStringLiteral("admin"));
    struct Outcome
    {
        QStringList failures;
    };
    std::vector<Outcome> outcomes(kClients);
    std::vector<std::unique_ptr<QThread>> threads;
    for (int c = 0; c < kClients; ++c) {
        threads.emplace_back(QThread::create([&, c] {
            RawHttps client(m_server.baseUrl(), m_server.certificate());
            QStringList &failures = outcomes[size_t(c)].failures;
            if (!client.open()) {
                failures << client.errorString();
                return;
            }
            for (int i = 0; i < kRounds; ++i) {
                const ApiReply me
                    = client.exchange(RawHttps::request("GET", "/api/v1/me", {}, session));
                if (me.status != 200)
                    failures << QStringLiteral("GET /me: %1").arg(me.status);
                const ApiReply pii = client.exchange(read);
                if (pii.status != 200
                    || pii.json.value(QStringLiteral("pii"))
                            .toObject()
                            .value(QStringLiteral("buyer_email"))
                            .toString()
                        != QStringLiteral("quentin@example.com"))
                    failures << QStringLiteral("PII read: %1 %2")
                                    .arg(pii.status)
                                    .arg(pii.errorMessage());
                const QJsonObject ingest {
                    {QStringLiteral("client"), QStringLiteral("acme")},
                    {QStringLiteral("orders"),
                     QJsonArray {order(QStringLiteral("222-%1-%2").arg(c).arg(i), m_now.addDays(-1),
                                       QStringLiteral("w%1@example.com").arg(c))}}};
                const ApiReply wrote = client.exchange(RawHttps::request(
                    "POST", "/api/v1/orders", QJsonDocument(ingest).toJson(QJsonDocument::Compact),
                    adminToken));
                if (wrote.status != 201)
                    failures << QStringLiteral("ingest: %1 %2")
                                    .arg(wrote.status)
                                    .arg(wrote.errorMessage());
            }
        }));
        threads.back()->start();
    }
    for (const std::unique_ptr<QThread> &thread : threads)
        QVERIFY(thread->wait(QDeadlineTimer(120000)));
    for (int c = 0; c < kClients; ++c)
        QVERIFY2(outcomes[size_t(c)].failures.isEmpty(),
                 qPrintable(outcomes[size_t(c)].failures.join(QStringLiteral("; "))));

    QCOMPARE(countOf(QStringLiteral("orders.read_pii")), readsBefore + kClients * kRounds);
    for (int c = 0; c < kClients; ++c) {
        for (int i = 0; i < kRounds; ++i)
            QVERIFY2(idOf(QStringLiteral("acme"), QStringLiteral("222-%1-%2").arg(c).arg(i)) > 0,
                     qPrintable(QStringLiteral("order 222-%1-%2 was lost").arg(c).arg(i)));
    }
    QByteArray out;
    QCOMPARE(m_server.runCtl({QStringLiteral("audit"), QStringLiteral("verify")}, &out), 0);
    QVERIFY2(out.contains("intact"), out.constData());

    // Signed out on one worker's connection: refused on both workers' at once.
    std::vector<std::unique_ptr<RawHttps>> clients;
    for (int c = 0; c < 2; ++c) {
        clients.push_back(std::make_unique<RawHttps>(m_server.baseUrl(), m_server.certificate()));
        QVERIFY2(clients.back()->open(), qPrintable(clients.back()->errorString()));
        QCOMPARE(
            clients.back()->exchange(RawHttps::request("GET", "/api/v1/me", {}, session)).status,
            200);
    }
    QCOMPARE(clients.front()
                 ->exchange(RawHttps::request("DELETE", "/api/v1/session", {}, session))
                 .status,
             200);
    for (const std::unique_ptr<RawHttps> &client : clients)
        QCOMPARE(client->exchange(RawHttps::request("GET", "/api/v1/me", {}, session)).status, 401);
}

void TestOrdersApi::retentionSweepAndStatus()
{
    ApiReply status = as(QStringLiteral("officer"), "GET", QStringLiteral("/retention/status"));
    QCOMPARE(status.status, 200);
    QVERIFY(status.json.value(QStringLiteral("overdue")).toInteger() >= 1);
    const qint64 heldBefore = status.json.value(QStringLiteral("held")).toInteger();
    ApiReply sweep = as(QStringLiteral("officer"), "POST", QStringLiteral("/retention/sweep"));
    QCOMPARE(sweep.status, 200);
    QCOMPARE(sweep.json.value(QStringLiteral("purged")).toInt(), 1);
    QCOMPARE(sweep.json.value(QStringLiteral("per_client"))
                 .toObject()
                 .value(QStringLiteral("acme"))
                 .toInt(),
             1);
    status = as(QStringLiteral("officer"), "GET", QStringLiteral("/retention/status"));
    QCOMPARE(status.json.value(QStringLiteral("overdue")).toInteger(), 0);
    QCOMPARE(status.json.value(QStringLiteral("held")).toInteger(), heldBefore - 1);
    QCOMPARE(status.json.value(QStringLiteral("last_sweep"))
                 .toObject()
                 .value(QStringLiteral("purged"))
                 .toInt(),
             1);
    const ApiReply old = as(
        QStringLiteral("officer"), "GET",
        QStringLiteral("/orders/%1").arg(idOf(QStringLiteral("acme"), QStringLiteral("111-old"))));
    QCOMPARE(old.json.value(QStringLiteral("pii_held")).toBool(), false);
    QCOMPARE(old.json.value(QStringLiteral("purge_reason")).toString(),
             QStringLiteral("retention"));
}

void TestOrdersApi::deletionRequestReturnArchiveRoundTrip()
{
    const QDateTime received = m_now.addSecs(-3600);
    const QJsonObject body {
        {QStringLiteral("reference"), QStringLiteral("AMZ-RET-9")},
        {QStringLiteral("received_at"), received.toString(Qt::ISODate)},
        {QStringLiteral("action"), QStringLiteral("return")},
        {QStringLiteral("scope"),
         QJsonObject {{QStringLiteral("type"), QStringLiteral("orders")},
                      {QStringLiteral("client"), QStringLiteral("acme")},
                      {QStringLiteral("order_ids"), QJsonArray {QStringLiteral("111-1")}}}}};
    ApiReply bad
        = as(QStringLiteral("officer"), "POST", QStringLiteral("/deletion-requests"),
             QJsonObject {{QStringLiteral("reference"), QStringLiteral("x")},
                          {QStringLiteral("received_at"), QStringLiteral("2026-01-01T00:00:00Z")},
                          {QStringLiteral("action"), QStringLiteral("shred")},
                          {QStringLiteral("scope"),
                           QJsonObject {{QStringLiteral("type"), QStringLiteral("client")},
                                        {QStringLiteral("client"), QStringLiteral("acme")}}}});
    QCOMPARE(bad.status, 400);
    QVERIFY(bad.errorMessage().contains(QStringLiteral("action")));

    ApiReply created
        = as(QStringLiteral("officer"), "POST", QStringLiteral("/deletion-requests"), body);
    QCOMPARE(created.status, 201);
    const qint64 id = created.json.value(QStringLiteral("id")).toInteger();
    const QDateTime due = QDateTime::fromString(
        created.json.value(QStringLiteral("due_at")).toString(), Qt::ISODate);
    QCOMPARE(QDateTime::fromString(received.toString(Qt::ISODate), Qt::ISODate).secsTo(due),
             72 * 3600);
    const qint64 left = created.json.value(QStringLiteral("seconds_left")).toInteger();
    QVERIFY2(left > 70 * 3600 && left <= 71 * 3600, qPrintable(QString::number(left)));
    QCOMPARE(created.json.value(QStringLiteral("overdue")).toBool(), false);

    ApiReply noPassphrase = as(QStringLiteral("officer"), "POST",
                               QStringLiteral("/deletion-requests/%1/fulfil").arg(id));
    QCOMPARE(noPassphrase.status, 400);
    const QString passphrase = QStringLiteral("correct horse battery staple for Amazon");
    ApiReply fulfilled = as(QStringLiteral("officer"), "POST",
                            QStringLiteral("/deletion-requests/%1/fulfil").arg(id),
                            {{QStringLiteral("passphrase"), passphrase}});
    QCOMPARE(fulfilled.status, 200);
    const QJsonObject evidence = fulfilled.json.value(QStringLiteral("request"))
                                     .toObject()
                                     .value(QStringLiteral("evidence"))
                                     .toObject();
    QCOMPARE(evidence.value(QStringLiteral("deleted_pii")).toInt(), 1);
    QCOMPARE(evidence.value(QStringLiteral("fulfilled_by")).toString(),
             m_accounts.value(QStringLiteral("officer")).username);
    QCOMPARE(evidence.value(QStringLiteral("deleted_ids_sha256")).toString().size(), 64);
    const QByteArray archive = QByteArray::fromBase64(
        fulfilled.json.value(QStringLiteral("archive_base64")).toString().toLatin1());
    QVERIFY(!archive.isEmpty());
    QVERIFY(!archive.contains("Larkspur"));

    const QString file = m_server.dataDir() + QStringLiteral("/../returned-%1.json").arg(id);
    {
        QFile f(file);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(archive);
    }
    QByteArray out;
    QByteArray err;
    QCOMPARE(m_server.runCtl({QStringLiteral("archive"), QStringLiteral("open"),
                              QStringLiteral("--passphrase-stdin"), file},
                             &out, &err, passphrase.toUtf8() + '\n'),
             0);
    QVERIFY2(out.contains("12 Larkspur Hollow"), err.constData());
    QVERIFY(out.contains("AMZ-RET-9"));
    QVERIFY(m_server.runCtl({QStringLiteral("archive"), QStringLiteral("open"),
                             QStringLiteral("--passphrase-stdin"), file},
                            &out, &err, "wrong passphrase entirely\n")
            != 0);
    QFile::remove(file);

    // The console audits the saved file by its SHA-256: only the archive the fulfilment made.
    const QString archiveSha = QString::fromLatin1(
        QCryptographicHash::hash(archive, QCryptographicHash::Sha256).toHex());
    QCOMPARE(evidence.value(QStringLiteral("archive_sha256")).toString(), archiveSha);
    const QString savedPath = QStringLiteral("/deletion-requests/%1/archive-saved").arg(id);
    QByteArray tampered = archive;
    tampered[tampered.size() / 2] = char(tampered.at(tampered.size() / 2) ^ 1);
    const QString wrongSha = QString::fromLatin1(
        QCryptographicHash::hash(tampered, QCryptographicHash::Sha256).toHex());
    const ApiReply mismatch
        = as(QStringLiteral("officer"), "POST", savedPath, {{QStringLiteral("sha256"), wrongSha}});
    QCOMPARE(mismatch.status, 400);
    QVERIFY2(mismatch.errorMessage().contains(wrongSha)
                 && mismatch.errorMessage().contains(QStringLiteral("does not match")),
             qPrintable(mismatch.errorMessage()));
    QCOMPARE(as(QStringLiteral("officer"), "POST", savedPath,
                {{QStringLiteral("sha256"), QStringLiteral("not-a-hash")}})
                 .status,
             400);
    const ApiReply saved = as(QStringLiteral("officer"), "POST", savedPath,
                              {{QStringLiteral("sha256"), archiveSha.toUpper()}});
    QCOMPARE(saved.status, 200);
    const ApiReply savedEvents
        = as(QStringLiteral("officer"), "GET",
             QStringLiteral("/audit?action=deletion_request.archive_saved&outcome=success"));
    QCOMPARE(savedEvents.status, 200);
    const QJsonArray savedItems = savedEvents.json.value(QStringLiteral("items")).toArray();
    QCOMPARE(savedItems.size(), 1);
    QVERIFY(savedItems.first()
                .toObject()
                .value(QStringLiteral("detail"))
                .toString()
                .contains(QStringLiteral("archive_sha256=") + archiveSha));

    // Returned means deleted here: the PII is gone, the order facts stay.
    const ApiReply o = as(
        QStringLiteral("officer"), "GET",
        QStringLiteral("/orders/%1").arg(idOf(QStringLiteral("acme"), QStringLiteral("111-1"))));
    QCOMPARE(o.status, 200);
    QCOMPARE(o.json.value(QStringLiteral("pii_held")).toBool(), false);
    QCOMPARE(o.json.value(QStringLiteral("purge_reason")).toString(),
             QStringLiteral("deletion_request:%1").arg(id));
    // Once only.
    QCOMPARE(as(QStringLiteral("officer"), "POST",
                QStringLiteral("/deletion-requests/%1/fulfil").arg(id),
                {{QStringLiteral("passphrase"), passphrase}})
                 .status,
             409);
    const ApiReply list
        = as(QStringLiteral("officer"), "GET", QStringLiteral("/deletion-requests"));
    QCOMPARE(list.status, 200);
    QCOMPARE(list.json.value(QStringLiteral("items")).toArray().size(), 1);

    // A plain deletion produces no archive to save.
    QJsonObject deletion = body;
    deletion.insert(QStringLiteral("reference"), QStringLiteral("AMZ-DEL-10"));
    deletion.insert(QStringLiteral("action"), QStringLiteral("delete"));
    const ApiReply plain
        = as(QStringLiteral("officer"), "POST", QStringLiteral("/deletion-requests"), deletion);
    QCOMPARE(plain.status, 201);
    const qint64 plainId = plain.json.value(QStringLiteral("id")).toInteger();
    QCOMPARE(as(QStringLiteral("officer"), "POST",
                QStringLiteral("/deletion-requests/%1/fulfil").arg(plainId))
                 .status,
             200);
    const ApiReply noArchive
        = as(QStringLiteral("officer"), "POST",
             QStringLiteral("/deletion-requests/%1/archive-saved").arg(plainId),
             {{QStringLiteral("sha256"), archiveSha}});
    QCOMPARE(noArchive.status, 409);
}

void TestOrdersApi::cliImportAndSweep()
{
    const QString file = m_server.dataDir() + QStringLiteral("/../cli-batch.json");
    {
        QFile f(file);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(QJsonDocument(
                    QJsonObject {{QStringLiteral("client"), QStringLiteral("bluebird")},
                                 {QStringLiteral("orders"),
                                  QJsonArray {order(QStringLiteral("555-1"), m_now.addDays(-3),
                                                    QStringLiteral("b@example.com"))}}})
                    .toJson());
    }
    QByteArray out;
    QByteArray err;
    QCOMPARE(
        m_server.runCtl({QStringLiteral("orders"), QStringLiteral("import"), file}, &out, &err), 0);
    QVERIFY2(out.contains("imported 1 orders"), err.constData());
    // Again: already stored, nothing stored, exit 4 with the index.
    QCOMPARE(
        m_server.runCtl({QStringLiteral("orders"), QStringLiteral("import"), file}, &out, &err), 4);
    QVERIFY2(err.contains("order 0: order 555-1 of client bluebird is already stored"),
             err.constData());
    QFile::remove(file);
    QCOMPARE(m_server.runCtl({QStringLiteral("retention"), QStringLiteral("sweep")}, &out, &err),
             0);
    QVERIFY2(out.contains("purged the PII of 0 order(s)"), out.constData());
    QVERIFY(idOf(QStringLiteral("bluebird"), QStringLiteral("555-1")) > 0);
}

// Non-PII retention over HTTPS: a legal hold with its named refusals, the sweep keeping the held
// client's old facts and deleting the other's into daily aggregates, the release, the audit.
void TestOrdersApi::legalHoldsAndDailyAggregates()
{
    const QDateTime old = m_now.addMonths(-19);
    for (const QString &client : {QStringLiteral("ibis"), QStringLiteral("jay")}) {
        const ApiReply r = m_server.call(
            "POST", QStringLiteral("/orders"),
            {{QStringLiteral("client"), client},
             {QStringLiteral("orders"),
              QJsonArray {
                  order(client + QStringLiteral("-1"), old, QStringLiteral("x@example.com")),
                  order(client + QStringLiteral("-2"), old, QStringLiteral("y@example.com"))}}},
            m_tokens.value(QStringLiteral("admin")));
        QCOMPARE(r.status, 201);
    }
    const QString officer = QStringLiteral("officer");
    const QString until = m_now.addDays(30).toString(Qt::ISODate);
    struct Bad
    {
        QJsonObject body;
        int status;
        QString says;
    };
    const QList<Bad> refused = {
        {{{QStringLiteral("client"), QStringLiteral("ibis")}, {QStringLiteral("until"), until}},
         400,
         QStringLiteral("\"reason\" is required")},
        {{{QStringLiteral("client"), QStringLiteral("ibis")},
          {QStringLiteral("reason"), QStringLiteral("Tax audit")}},
         400,
         QStringLiteral("\"until\" is required")},
        {{{QStringLiteral("client"), QStringLiteral("ibis")},
          {QStringLiteral("reason"), QStringLiteral("Tax audit")},
          {QStringLiteral("until"), m_now.addDays(-1).toString(Qt::ISODate)}},
         400,
         QStringLiteral("must be in the future")},
        {{{QStringLiteral("client"), QStringLiteral("ibis")},
          {QStringLiteral("reason"), QStringLiteral("Tax audit")},
          {QStringLiteral("until"), QStringLiteral("next year")}},
         400,
         QStringLiteral("until")},
        {{{QStringLiteral("client"), QStringLiteral("nobody")},
          {QStringLiteral("reason"), QStringLiteral("Tax audit")},
          {QStringLiteral("open_ended"), true}},
         404,
         QStringLiteral("no client named nobody")},
    };
    for (const Bad &bad : refused) {
        const ApiReply r = as(officer, "POST", QStringLiteral("/legal-holds"), bad.body);
        QCOMPARE(r.status, bad.status);
        QVERIFY2(r.errorMessage().contains(bad.says), r.raw.constData());
    }
    ApiReply hold = as(officer, "POST", QStringLiteral("/legal-holds"),
                       {{QStringLiteral("client"), QStringLiteral("ibis")},
                        {QStringLiteral("reason"), QStringLiteral("Tax audit of 2025")},
                        {QStringLiteral("until"), until}});
    QCOMPARE(hold.status, 201);
    QCOMPARE(hold.json.value(QStringLiteral("set_by")).toString(),
             m_accounts.value(officer).username);
    QCOMPARE(hold.json.value(QStringLiteral("active")).toBool(), true);
    QCOMPARE(as(officer, "POST", QStringLiteral("/legal-holds"),
                {{QStringLiteral("client"), QStringLiteral("ibis")},
                 {QStringLiteral("reason"), QStringLiteral("Again")},
                 {QStringLiteral("open_ended"), true}})
                 .status,
             409);
    ApiReply sweep = as(officer, "POST", QStringLiteral("/retention/sweep"));
    QCOMPARE(sweep.status, 200);
    QCOMPARE(sweep.json.value(QStringLiteral("held_clients")).toArray(),
             QJsonArray {QStringLiteral("ibis")});
    QCOMPARE(idOf(QStringLiteral("jay"), QStringLiteral("jay-1")), 0);
    QVERIFY(idOf(QStringLiteral("ibis"), QStringLiteral("ibis-1")) > 0);
    ApiReply figures = as(officer, "GET",
                          QStringLiteral("/orders/daily-aggregates?client=jay&from=%1&to=%1")
                              .arg(old.addDays(-1).date().toString(Qt::ISODate)));
    QCOMPARE(figures.status, 200);
    QJsonArray items = figures.json.value(QStringLiteral("items")).toArray();
    QCOMPARE(items.size(), 1);
    QCOMPARE(items.first()[QStringLiteral("orders")].toInteger(), 2);
    QCOMPARE(items.first()[QStringLiteral("sales")].toString(), QStringLiteral("20.00"));
    QVERIFY(!items.first().toObject().contains(QStringLiteral("amazon_order_id")));
    QVERIFY2(!figures.raw.contains("example.com") && !figures.raw.contains("Marblethorpe"),
             figures.raw.constData());
    QCOMPARE(as(officer, "GET", QStringLiteral("/orders/daily-aggregates?from=2026-13-01")).status,
             400);
    QCOMPARE(
        as(officer, "GET", QStringLiteral("/orders/daily-aggregates?from=2026-02-01&to=2026-01-01"))
            .status,
        400);
    QCOMPARE(
        as(QStringLiteral("employee"), "GET", QStringLiteral("/orders/daily-aggregates?client=jay"))
            .status,
        403);
    // Released, the next sweep deletes ibis's facts too.
    const qint64 holdId = hold.json.value(QStringLiteral("id")).toInteger();
    ApiReply released = as(officer, "POST", QStringLiteral("/legal-holds/%1/release").arg(holdId),
                           {{QStringLiteral("note"), QStringLiteral("audit closed")}});
    QCOMPARE(released.status, 200);
    QCOMPARE(released.json.value(QStringLiteral("active")).toBool(), false);
    QCOMPARE(as(officer, "POST", QStringLiteral("/legal-holds/%1/release").arg(holdId)).status,
             409);
    QCOMPARE(as(officer, "GET", QStringLiteral("/legal-holds?active=true"))
                 .json.value(QStringLiteral("items"))
                 .toArray()
                 .size(),
             0);
    QCOMPARE(as(officer, "POST", QStringLiteral("/retention/sweep")).status, 200);
    QCOMPARE(idOf(QStringLiteral("ibis"), QStringLiteral("ibis-1")), 0);
    // The same through compliancectl: the figures, a hold with its named refusal, the release.
    QByteArray out;
    QByteArray err;
    QCOMPARE(m_server.runCtl({QStringLiteral("orders"), QStringLiteral("aggregates"),
                              QStringLiteral("--client"), QStringLiteral("jay")},
                             &out, &err),
             0);
    QVERIFY2(out.contains("jay\tATVPDKIKX0DER\t") && out.contains("\tUSD\t2\t0\t20.00"),
             out.constData());
    QCOMPARE(m_server.runCtl({QStringLiteral("orders"), QStringLiteral("aggregates"),
                              QStringLiteral("--from"), QStringLiteral("soon")},
                             &out, &err),
             2);
    QCOMPARE(
        m_server.runCtl({QStringLiteral("client"), QStringLiteral("hold"), QStringLiteral("jay"),
                         QStringLiteral("--reason"), QStringLiteral("Court order 17")},
                        &out, &err),
        2);
    QVERIFY2(err.contains("\"until\" is required"), err.constData());
    QCOMPARE(m_server.runCtl({QStringLiteral("client"), QStringLiteral("hold"),
                              QStringLiteral("jay"), QStringLiteral("--reason"),
                              QStringLiteral("Court order 17"), QStringLiteral("--open-ended")},
                             &out, &err),
             0);
    QVERIFY2(out.contains("set on client jay"), out.constData());
    QCOMPARE(m_server.runCtl({QStringLiteral("client"), QStringLiteral("holds")}, &out, &err), 0);
    QVERIFY2(out.contains("jay\topen-ended\tset by compliancectl"), out.constData());
    QCOMPARE(m_server.runCtl(
                 {QStringLiteral("client"), QStringLiteral("release"), QStringLiteral("jay")}, &out,
                 &err),
             0);
    QCOMPARE(m_server.runCtl(
                 {QStringLiteral("client"), QStringLiteral("release"), QStringLiteral("jay")}, &out,
                 &err),
             1);
    QVERIFY2(err.contains("no legal hold in force"), err.constData());
    for (const char *action : {"client.legal_hold_set", "client.legal_hold_released"}) {
        const ApiReply audit
            = as(officer, "GET",
                 QStringLiteral("/audit?action=%1&outcome=success").arg(QLatin1String(action)));
        const QJsonArray events = audit.json.value(QStringLiteral("items")).toArray();
        QCOMPARE(events.size(), 2); // the officer's on ibis, compliancectl's on jay
        QCOMPARE(events.first()[QStringLiteral("object_id")].toString(), QStringLiteral("ibis"));
        QCOMPARE(events.first()[QStringLiteral("actor")].toString(),
                 m_accounts.value(officer).username);
    }
}

// On PostgreSQL every wait for the database server is a TLS round trip on loopback, made one
// after the other: an audited PII read by this user took eight (nine when it first used its
// grant) before reads that do not depend on each other went out together (issue 27). The
// server's debug line for each request says how many it took.
void TestOrdersApi::piiReadRoundTrips()
{
    if (!m_server.database().isPostgres())
        QSKIP("SQLite makes no round trips to a database server");
    constexpr int kMaxRoundTrips = 3;
    const QString email = QStringLiteral("claims@example.com");
    QCOMPARE(as(QStringLiteral("admin"), "POST", QStringLiteral("/orders"),
                {{QStringLiteral("client"), QStringLiteral("kestrel")},
                 {QStringLiteral("orders"),
                  QJsonArray {order(QStringLiteral("777-1"), m_now.addDays(-1), email)}}})
                 .status,
             201);
    const qint64 id = idOf(QStringLiteral("kestrel"), QStringLiteral("777-1"));
    QVERIFY(id > 0);
    const QString reader = QStringLiteral("manager");
    QCOMPARE(piiGranted(reader, QStringLiteral("kestrel"),
                        QStringLiteral("Carrier claim for order 777-1 of kestrel"), 1)
                 .status,
             200);

    const auto restart = [this](const QProcessEnvironment &environment) {
        m_server.stop();
        m_server.process().setProcessEnvironment(environment);
        return m_server.start({QStringLiteral("--workers"), QStringLiteral("2")});
    };
    QProcessEnvironment debug = QProcessEnvironment::systemEnvironment();
    debug.insert(QStringLiteral("QT_LOGGING_RULES"),
                 QStringLiteral("compliance.server.debug=true"));
    QVERIFY2(restart(debug), qPrintable(m_server.errorString()));
    constexpr int kReads = 4; // the first also marks the grant used
    for (int i = 0; i < kReads; ++i) {
        const ApiReply r = as(reader, "GET", QStringLiteral("/orders/%1?include=pii").arg(id));
        QCOMPARE(r.status, 200);
        QCOMPARE(r.json[QStringLiteral("pii")][QStringLiteral("buyer_email")].toString(), email);
    }
    const QRegularExpression line(QStringLiteral("GET /api/v1/orders/%1 200 \\((\\d+) database "
                                                 "round trips\\)")
                                      .arg(id));
    QByteArray log;
    const auto logged = [&] {
        log += m_server.process().readAllStandardError();
        QList<int> found;
        for (auto m = line.globalMatch(QString::fromUtf8(log)); m.hasNext();)
            found << m.next().captured(1).toInt();
        return found;
    };
    QTRY_COMPARE_WITH_TIMEOUT(logged().size(), kReads, 10000);
    const QList<int> roundTrips = logged();
    qInfo() << "database round trips of each audited PII read:" << roundTrips;
    for (const int trips : std::as_const(roundTrips))
        QVERIFY2(trips <= kMaxRoundTrips, qPrintable(QStringLiteral("%1 round trips").arg(trips)));
    QVERIFY2(restart(QProcessEnvironment::systemEnvironment()), qPrintable(m_server.errorString()));
}

QTEST_GUILESS_MAIN(TestOrdersApi)

#include "tst_orders_api.moc"
