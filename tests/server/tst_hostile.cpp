// Hostile input against every endpoint of the server's own route table (compliance-stored
// --print-routes): malformed and deeply nested JSON, bodies over the limit, huge headers and
// URLs, wrong types and absurd numbers in every field a route takes, unknown fields, SQL and
// path injection, invalid UTF-8 in body, query and path, ids out of range. Sent over raw TLS by
// a user who holds the permission each route needs (one account with admin and one with
// compliance_officer, each with every other role: no account may hold both), so each request
// gets past the permission check into the handler.
// Every answer must be a 4xx with a JSON error that says what is wrong; meanwhile a bystander
// on another address keeps calling GET /health and GET /me and every call must succeed; at the
// end the server still runs and the audit chain verifies.

#include "RawHttps.h"
#include "TestServer.h"
#include "domain/Roles.h"

#include <algorithm>

#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QSet>
#include <QTest>

using namespace cc::test;

namespace {

struct Route
{
    QByteArray method;
    QString path; // with {id}
    QString access;
    QStringList body; // the fields it takes, "scope.type" for nested ones
    qint64 maxBody = 0; // the largest body it reads ("max_body")
};

constexpr qint64 kNormalBody = 64 * 1024;
constexpr qint64 kDocumentBody = 14 * 1024 * 1024;
constexpr qint64 kMiB = 1024 * 1024;

// What a request must be answered with, and words its error message must contain.
struct Expect
{
    QString name;
    QByteArray request;
    QStringList mentions; // any one of them, case-insensitive; empty: any message
    bool mayClose = false; // the server may close the connection after answering
    bool strict4xx = true; // false: any answer but 5xx (input the route may legitimately take)
    bool mustClose = false; // the server must also close the connection (stop reading)
};

// The lists that page with ?after=&limit= (docs/api.md): each must refuse bad paging. Lists
// that answer next_after but always whole are named too, so a new list must be put in one.
const QStringList kPagedRoutes = {
    QStringLiteral("/users"),
    QStringLiteral("/access-requests"),
    QStringLiteral("/grants"),
    QStringLiteral("/audit"),
    QStringLiteral("/audit/checkpoints"),
    QStringLiteral("/audit/anchors"),
    QStringLiteral("/assets"),
    QStringLiteral("/notifications"),
    QStringLiteral("/me/tasks"),
    QStringLiteral("/orders"),
    QStringLiteral("/deletion-requests"),
    QStringLiteral("/incidents"),
    QStringLiteral("/alerts"),
    QStringLiteral("/devices"),
    QStringLiteral("/access-reviews"),
    QStringLiteral("/access-reviews/{id}/items"),
    QStringLiteral("/vulnerabilities"),
    QStringLiteral("/subcontractors"),
    QStringLiteral("/api-credentials"),
    QStringLiteral("/orders/daily-aggregates"),
    QStringLiteral("/legal-holds"),
};
const QStringList kWholeLists
    = {QStringLiteral("/orders/aggregates"), QStringLiteral("/assets/{id}/reviews"),
       QStringLiteral("/clients")};

QByteArray json(const QJsonObject &o)
{
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

} // namespace

class TestHostile : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void routesDeclareTheirBodies();
    void corpusAgainstEveryRoute();
    void nulInQueryIsNamed();
    void bodyMustBeJson_data();
    void bodyMustBeJson();
    void documentBodiesOnlyWithAValidSession();
    void serverSurvivedAndChainVerifies();
    void cleanupTestCase();

private:
    QList<Expect> corpusFor(const Route &route) const;
    QList<Expect> transportCorpus() const;
    // The server logs a line per request; its stderr pipe must be emptied or it blocks.
    void drainServerLog();

    TestServer m_server;
    QList<Route> m_routes;
    // The token of an account holding the route's permission.
    const QString &tokenFor(const Route &route) const;

    QString m_token; // compliance_officer, manager, executive, employee
    QString m_adminToken; // admin, manager, executive, employee
    QString m_bystanderToken; // employee only: no vulnerabilities:manage
    std::unique_ptr<Bystander> m_bystander;
    QByteArray m_serverLog;
};

void TestHostile::drainServerLog()
{
    QCoreApplication::processEvents();
    m_serverLog += m_server.process().readAllStandardError();
    if (m_serverLog.size() > 1024 * 1024)
        m_serverLog = m_serverLog.right(512 * 1024);
}

void TestHostile::initTestCase()
{
    QVERIFY2(m_server.start(), qPrintable(m_server.errorString()));

    QProcess print;
    print.start(binary(QStringLiteral("compliance-stored")),
                m_server.database().arguments()
                    + QStringList {QStringLiteral("--data"), m_server.dataDir(),
                                   QStringLiteral("--print-routes")});
    QVERIFY(print.waitForFinished(30000));
    QCOMPARE(print.exitCode(), 0);
    for (const QByteArray &line : print.readAllStandardOutput().split('\n')) {
        if (line.trimmed().isEmpty())
            continue;
        const QJsonObject o = QJsonDocument::fromJson(line).object();
        QStringList body;
        for (const QJsonValue &field : o.value(QStringLiteral("body")).toArray())
            body << field.toString();
        m_routes.append({o.value(QStringLiteral("method")).toString().toLatin1(),
                         o.value(QStringLiteral("path")).toString(),
                         o.value(QStringLiteral("access")).toString(), body,
                         o.value(QStringLiteral("max_body")).toInteger()});
    }
    QVERIFY2(m_routes.size() > 40, "the server printed too few routes");

    TestServer::Account officer
        = m_server.addUser(QStringLiteral("hostile.officer"),
                           QStringLiteral("compliance_officer,manager,executive,employee"));
    QVERIFY(officer.id > 0);
    m_token = m_server.login(officer);
    QVERIFY(!m_token.isEmpty());
    TestServer::Account admin = m_server.addUser(
        QStringLiteral("hostile.admin"), QStringLiteral("admin,manager,executive,employee"));
    QVERIFY(admin.id > 0);
    m_adminToken = m_server.login(admin);
    QVERIFY(!m_adminToken.isEmpty());
    TestServer::Account bystander
        = m_server.addUser(QStringLiteral("hostile.bystander"), QStringLiteral("employee"));
    m_bystanderToken = m_server.login(bystander);
    QVERIFY(!m_bystanderToken.isEmpty());

    m_bystander
        = std::make_unique<Bystander>(m_server.baseUrl(), m_server.certificate(), m_bystanderToken);
    m_bystander->start();
}

void TestHostile::routesDeclareTheirBodies()
{
    // Every route that takes a body says which fields; those without one take none.
    for (const Route &route : std::as_const(m_routes)) {
        if (route.method == "GET" || route.method == "DELETE")
            QVERIFY2(route.body.isEmpty(), qPrintable(route.path));
    }
    const auto session = std::find_if(m_routes.cbegin(), m_routes.cend(), [](const Route &r) {
        return r.method == "POST" && r.path == QLatin1String("/session");
    });
    QVERIFY(session != m_routes.cend());
    // Only the routes that carry a document read more than 64 KiB.
    QStringList large;
    for (const Route &route : std::as_const(m_routes)) {
        QVERIFY2(route.maxBody == kNormalBody || route.maxBody == kDocumentBody,
                 qPrintable(route.path));
        if (route.maxBody == kDocumentBody)
            large << QString::fromLatin1(route.method) + QLatin1Char(' ') + route.path;
    }
    large.sort();
    QCOMPARE(large,
             (QStringList {QStringLiteral("POST /subcontractors/{id}/assessments"),
                           QStringLiteral("POST /vulnerabilities/import"),
                           QStringLiteral("POST /vulnerabilities/{id}/resolve")}));
    QCOMPARE(session->body,
             (QStringList {QStringLiteral("username"), QStringLiteral("password"),
                           QStringLiteral("totp"), QStringLiteral("device_token")}));
}

const QString &TestHostile::tokenFor(const Route &route) const
{
    static const QSet<QString> officerHolds
        = cc::permissionsForRoles({QStringLiteral("compliance_officer"), QStringLiteral("manager"),
                                   QStringLiteral("executive"), QStringLiteral("employee")});
    // A route may need several permissions at once ("alerts:manage+incidents:manage").
    const QStringList needed = route.access.split(QLatin1Char('+'));
    const bool officerHoldsAll = std::all_of(
        needed.cbegin(), needed.cend(), [](const QString &p) { return officerHolds.contains(p); });
    return route.access == QLatin1String("public") || route.access == QLatin1String("signed_in")
            || officerHoldsAll
        ? m_token
        : m_adminToken;
}

QList<Expect> TestHostile::corpusFor(const Route &route) const
{
    const QString &token = tokenFor(route);
    QList<Expect> corpus;
    const QByteArray target = "/api/v1" + route.path.toUtf8().replace("{id}", "987654321");
    const QByteArray name = route.method + ' ' + route.path.toUtf8();
    const auto add = [&](const QString &what, const QByteArray &request, QStringList mentions,
                         bool mayClose = false, bool strict = true) {
        corpus.append({QString::fromUtf8(name) + QStringLiteral(": ") + what, request,
                       std::move(mentions), mayClose, strict});
    };
    const auto body = [&](const QByteArray &bytes) {
        return RawHttps::request(route.method, target, bytes, token);
    };

    // Ids that are not ids: the route table only matches 1 to 18 digits.
    if (route.path.contains(QLatin1String("{id}"))) {
        const QByteArray badIds[]
            = {"99999999999999999999",   "-1",   "1e308",  "0x10", "%27%20OR%201%3D1%20--",
               "..%2F..%2Fetc%2Fpasswd", "1%00", "%FF%FE", "NaN"};
        for (const QByteArray &id : badIds) {
            QByteArray path = "/api/v1" + route.path.toUtf8();
            path.replace(path.indexOf("{id}"), 4, id);
            path.replace("{id}", "1");
            add(QStringLiteral("id ") + QString::fromLatin1(id),
                RawHttps::request(route.method, path, {}, token), {QStringLiteral("endpoint")});
        }
    }

    // Paging and filters given garbage. Routes that page must refuse it; the others ignore a
    // query they do not read, which is fine as long as nothing breaks.
    if (route.method == "GET") {
        const QByteArray bad[] = {"after=%27%20OR%201%3D1%20--",
                                  "after=-1",
                                  "after=99999999999999999999",
                                  "limit=1e308",
                                  "limit=-0",
                                  "limit=NaN",
                                  "after=%FF%FE",
                                  "limit=0",
                                  "after=1%00",
                                  "limit=99999999999999999999"};
        for (const QByteArray &query : bad)
            add(QStringLiteral("query ") + QString::fromLatin1(query),
                RawHttps::request("GET", target + '?' + query, {}, token),
                kPagedRoutes.contains(route.path)
                    ? QStringList {QStringLiteral("after"), QStringLiteral("limit")}
                    : QStringList(),
                false, kPagedRoutes.contains(route.path));
    }

    if (route.method != "POST" && route.method != "PUT" && route.method != "PATCH")
        return corpus;

    // Not JSON, or not an object.
    const QByteArray malformed[] = {"{\"a\":",  "not json",  "{\"a\":1,}", "[1,2,3]",
                                    "\"text\"", "{\"a\" 1}", "{'a': 1}",   "\x01\x02\x03"};
    for (const QByteArray &bytes : malformed)
        add(QStringLiteral("malformed ") + QString::fromLatin1(bytes.toPercentEncoding()),
            body(bytes), {QStringLiteral("JSON")});
    // Deep nesting: within the size limit, then far beyond it (100,000 levels).
    add(QStringLiteral("30,000 nested arrays"),
        body(QByteArray(30000, '[') + QByteArray(30000, ']')), {QStringLiteral("JSON")});
    add(QStringLiteral("nested objects"),
        body(QByteArray("{\"a\":").repeated(10000) + "1" + QByteArray(10000, '}')),
        {QStringLiteral("JSON")});
    // (Within a document route's limit, where the parser refuses the nesting.)
    add(QStringLiteral("100,000 nested arrays"),
        body(QByteArray(100000, '[') + QByteArray(100000, ']')),
        {route.maxBody < 200000 ? QStringLiteral("larger") : QStringLiteral("JSON")}, true);
    // Over the route's limit (64 KiB, or a document route's 14 MiB), a little and a lot.
    add(QStringLiteral("6 KiB over its body limit"),
        body(json({{QStringLiteral("x"), QString(route.maxBody + 6 * 1024, QLatin1Char('a'))}})),
        {QStringLiteral("larger")}, true);
    add(QStringLiteral("3 MiB over its body limit"),
        body(json({{QStringLiteral("x"), QString(route.maxBody + 3 * kMiB, QLatin1Char('a'))}})),
        {QStringLiteral("larger")}, true);
    corpus.last().mustClose = true; // cut off, not buffered whole
    // Invalid UTF-8 inside a JSON string.
    add(QStringLiteral("invalid UTF-8 in the body"),
        body("{\"" + (route.body.isEmpty() ? QByteArray("x") : route.body.first().toUtf8())
             + "\":\"\xff\xfe\xc3\x28\"}"),
        {QStringLiteral("JSON")});

    // Unknown fields: refused with their name and the fields the route takes.
    QStringList topLevel;
    for (const QString &field : route.body) {
        const QString top = field.section(QLatin1Char('.'), 0, 0);
        if (!topLevel.contains(top))
            topLevel << top;
    }
    {
        QStringList mentions {QStringLiteral("zz_unknown")};
        add(QStringLiteral("unknown field"), body(json({{QStringLiteral("zz_unknown"), 1}})),
            mentions);
        QJsonObject known;
        for (const QString &field : topLevel)
            known.insert(field, QJsonValue());
        known.insert(QStringLiteral("zz_unknown"), true);
        add(QStringLiteral("unknown field among known ones"), body(json(known)), mentions);
    }
    for (const QString &field : route.body) {
        if (!field.contains(QLatin1Char('.')))
            continue;
        const QString top = field.section(QLatin1Char('.'), 0, 0);
        add(QStringLiteral("unknown nested field"),
            body(json({{top, QJsonObject {{QStringLiteral("zz_unknown"), 1}}}})),
            {top + QStringLiteral(".zz_unknown")});
        break;
    }

    // Wrong types and absurd numbers in each field alone (the others missing, ids made up, so
    // nothing is ever created).
    const QJsonValue wrong[] = {true,
                                12345,
                                -1,
                                -0.0,
                                1e308,
                                -1e308,
                                99999999999999999999.0,
                                0.5,
                                QJsonArray {1, QJsonArray {2}},
                                QJsonObject {{QStringLiteral("a"), QJsonObject {}}}};
    for (const QString &field : std::as_const(topLevel)) {
        for (const QJsonValue &value : wrong) {
            add(QStringLiteral("%1 = %2").arg(
                    field, QString::fromUtf8(json({{QStringLiteral("v"), value}}))),
                body(json({{field, value}})), {});
        }
    }
    // Injection and NaN-like strings in every field at once: a valid title may well be "NaN",
    // but hardly any route takes all its fields as free text, so each answer is a refusal.
    // POST /clients takes only a name: "NaN" or "1e308" may name a client (never a 5xx).
    const bool allFreeText = name == "POST /clients";
    const QString strings[] = {QStringLiteral("' OR 1=1 --"),
                               QStringLiteral("'; DROP TABLE users; --"),
                               QStringLiteral("../../etc/passwd"),
                               QStringLiteral("/api/v1/../../"),
                               QStringLiteral("a\u0000b"),
                               QStringLiteral("NaN"),
                               QStringLiteral("-0"),
                               QStringLiteral("Infinity"),
                               QStringLiteral("1e308"),
                               QStringLiteral("%00")};
    for (const QString &text : strings) {
        if (topLevel.isEmpty())
            break; // {} is a valid body for a route that takes none
        QJsonObject all;
        for (const QString &field : std::as_const(topLevel))
            all.insert(field, text);
        add(QStringLiteral("every field = ") + text, body(json(all)), {}, false, !allFreeText);
    }
    return corpus;
}

// Requests malformed below the JSON layer: paths, headers, sizes. Not per route: the server
// parses them before it knows the route.
QList<Expect> TestHostile::transportCorpus() const
{
    QList<Expect> corpus;
    const auto get = [this](const QByteArray &target, const QByteArray &headers = {}) {
        return RawHttps::request("GET", target, {}, m_token, headers);
    };
    corpus.append({QStringLiteral("path traversal"),
                   get("/api/v1/../../etc/passwd"),
                   {QStringLiteral("endpoint")}});
    corpus.append({QStringLiteral("encoded traversal"),
                   get("/api/v1/%2E%2E/%2E%2E/etc/passwd"),
                   {QStringLiteral("endpoint")}});
    corpus.append({QStringLiteral("NUL in the path"),
                   get("/api/v1/health%00"),
                   {QStringLiteral("endpoint")}});
    corpus.append({QStringLiteral("invalid UTF-8 in the path (encoded)"),
                   get("/api/v1/%FF%FE%C3%28"),
                   {QStringLiteral("endpoint")}});
    corpus.append(
        {QStringLiteral("invalid UTF-8 in the path (raw)"), get("/api/v1/\xff\xfe"), {}, true});
    corpus.append({QStringLiteral("invalid UTF-8 in the query (raw)"),
                   get("/api/v1/users?after=\xff\xfe"),
                   {},
                   true});
    corpus.append({QStringLiteral("8 KiB URL"),
                   get("/api/v1/" + QByteArray(8 * 1024, 'a')),
                   {QStringLiteral("endpoint")}});
    corpus.append({QStringLiteral("100 KiB URL"),
                   get("/api/v1/" + QByteArray(100 * 1024, 'a')),
                   {QStringLiteral("headers")},
                   true,
                   true,
                   true});
    corpus.append({QStringLiteral("100 KiB header"),
                   get("/api/v1/me", "X-Padding: " + QByteArray(100 * 1024, 'b') + "\r\n"),
                   {QStringLiteral("headers")},
                   true,
                   true,
                   true});
    corpus.append({QStringLiteral("2,000 small headers"),
                   get("/api/v1/me", QByteArray("X-H: 1234567890123456789\r\n").repeated(2000)),
                   {QStringLiteral("headers")},
                   true,
                   true,
                   true});
    corpus.append({QStringLiteral("garbage token"),
                   RawHttps::request("GET", "/api/v1/me", {}, QStringLiteral("' OR 1=1 --")),
                   {}});
    corpus.append({QStringLiteral("unknown method"),
                   RawHttps::request("PUT", "/api/v1/health", {}, m_token),
                   {QStringLiteral("not allowed")}});
    return corpus;
}

void TestHostile::corpusAgainstEveryRoute()
{
    // Every list the server answers is declared paged or whole.
    {
        RawHttps probe(m_server.baseUrl(), m_server.certificate());
        QVERIFY2(probe.open(), qPrintable(probe.errorString()));
        for (const Route &route : std::as_const(m_routes)) {
            if (route.method != "GET" || route.path.contains(QLatin1String("{id}")))
                continue;
            const ApiReply reply = probe.exchange(RawHttps::request(
                "GET", "/api/v1" + route.path.toUtf8() + "?limit=1", {}, tokenFor(route)));
            if (reply.json.contains(QStringLiteral("next_after")))
                QVERIFY2(kPagedRoutes.contains(route.path) || kWholeLists.contains(route.path),
                         qPrintable(route.path + QStringLiteral(" is a list not declared here")));
        }
    }

    QList<Expect> corpus = transportCorpus();
    for (const Route &route : std::as_const(m_routes)) {
        // Signing out would end the token the corpus uses, and it reads no input.
        if (route.method == "DELETE" && route.path == QLatin1String("/session"))
            continue;
        corpus += corpusFor(route);
    }

    auto client = std::make_unique<RawHttps>(m_server.baseUrl(), m_server.certificate());
    QStringList failures;
    for (const Expect &e : std::as_const(corpus)) {
        const ApiReply reply = client->exchange(e.request);
        drainServerLog();
        const QString message = reply.errorMessage();
        QString problem;
        if (reply.status == 0)
            problem = QStringLiteral("no answer: ") + reply.errorString;
        else if (reply.status >= 500)
            problem = QStringLiteral("a server error");
        else if (e.strict4xx && (reply.status < 400 || reply.status >= 500))
            problem = QStringLiteral("not a refusal");
        else if (reply.status >= 400 && message.isEmpty())
            problem = QStringLiteral("no JSON error message");
        else if (reply.status >= 400 && !e.mentions.isEmpty()
                 && std::none_of(e.mentions.cbegin(), e.mentions.cend(),
                                 [&message](const QString &word) {
                                     return message.contains(word, Qt::CaseInsensitive);
                                 }))
            problem = QStringLiteral("the message does not name the problem (%1)")
                          .arg(e.mentions.join(QLatin1Char('/')));
        if (problem.isEmpty() && e.mustClose
            && client->socket().state() == QAbstractSocket::ConnectedState)
            problem = QStringLiteral("the connection stayed open");
        if (!problem.isEmpty())
            failures << QStringLiteral("%1: %2 (%3 %4)")
                            .arg(e.name, problem, QString::number(reply.status),
                                 QString::fromUtf8(reply.raw.left(300)));
        // After an answer that closes the connection, or none, the next case gets a new one.
        if (client->socket().state() != QAbstractSocket::ConnectedState || e.mayClose
            || reply.status == 0)
            client = std::make_unique<RawHttps>(m_server.baseUrl(), m_server.certificate());
    }
    if (!failures.isEmpty())
        failures << QStringLiteral("server log:\n") + QString::fromUtf8(m_serverLog.right(3000));
    qInfo("%lld hostile requests against %lld routes", qlonglong(corpus.size()),
          qlonglong(m_routes.size()));
    QVERIFY2(failures.isEmpty(), qPrintable(failures.join(QLatin1Char('\n'))));
}

// The message names the parameter and the escape, with no placeholder left in it (it printed
// a literal "%1": QString::arg took the "%00" for its placeholder).
void TestHostile::nulInQueryIsNamed()
{
    RawHttps client(m_server.baseUrl(), m_server.certificate());
    const ApiReply reply
        = client.exchange(RawHttps::request("GET", "/api/v1/users?after=1%00", {}, m_token));
    QCOMPARE(reply.status, 400);
    QCOMPARE(reply.errorMessage(),
             QStringLiteral("the query parameter \"after\" holds a NUL character (%00)"));
}

void TestHostile::bodyMustBeJson_data()
{
    QTest::addColumn<QByteArray>("contentType"); // empty: no header at all
    QTest::addColumn<bool>("accepted");
    QTest::newRow("application/json") << QByteArray("application/json") << true;
    QTest::newRow("with charset") << QByteArray("Application/JSON; charset=UTF-8") << true;
    QTest::newRow("quoted charset") << QByteArray("application/json;charset=\"utf-8\"") << true;
    QTest::newRow("no header") << QByteArray() << false;
    QTest::newRow("text/plain") << QByteArray("text/plain") << false;
    QTest::newRow("form") << QByteArray("application/x-www-form-urlencoded") << false;
    QTest::newRow("multipart") << QByteArray("multipart/form-data; boundary=x") << false;
    QTest::newRow("another charset") << QByteArray("application/json; charset=latin1") << false;
    QTest::newRow("another parameter") << QByteArray("application/json; x=1") << false;
    QTest::newRow("lookalike") << QByteArray("application/jsonp") << false;
}

// A body must say it is JSON: anything else is 415 with its own error code, and nothing is done.
void TestHostile::bodyMustBeJson()
{
    QFETCH(QByteArray, contentType);
    QFETCH(bool, accepted);
    const auto count = [this] {
        return m_server.call("GET", QStringLiteral("/incidents?limit=500"), {}, m_token)
            .json.value(QStringLiteral("items"))
            .toArray()
            .size();
    };
    const qsizetype before = count();
    const QByteArray body = json({{QStringLiteral("title"), QStringLiteral("Badge reader down")},
                                  {QStringLiteral("severity"), 4},
                                  {QStringLiteral("category"), QStringLiteral("other")}});
    QByteArray request = "POST /api/v1/incidents HTTP/1.1\r\nHost: localhost\r\nContent-Length: "
        + QByteArray::number(body.size()) + "\r\nAuthorization: Bearer " + m_token.toLatin1()
        + "\r\n";
    if (!contentType.isEmpty())
        request += "Content-Type: " + contentType + "\r\n";
    RawHttps client(m_server.baseUrl(), m_server.certificate());
    const ApiReply reply = client.exchange(request + "\r\n" + body);
    if (accepted) {
        QVERIFY2(reply.status == 201, reply.raw.constData());
        QCOMPARE(count(), before + 1);
        return;
    }
    QVERIFY2(reply.status == 415, reply.raw.constData());
    QCOMPARE(reply.errorCode(), QStringLiteral("unsupported_media_type"));
    QVERIFY2(reply.errorMessage().contains(QStringLiteral("application/json")),
             reply.raw.constData());
    QCOMPARE(count(), before);
}

// A document route reads up to 14 MiB, but only from a caller whose session is valid and holds
// its permission: anyone else is refused as soon as the headers say more than the default
// 1 MiB, before any of the body is sent (the requests below send none, so only a refusal at
// the headers can answer them). Every other route keeps 64 KiB.
void TestHostile::documentBodiesOnlyWithAValidSession()
{
    const ApiReply made = m_server.call(
        "POST", QStringLiteral("/vulnerabilities"),
        QJsonObject {{QStringLiteral("identifier"), QStringLiteral("CVE-2025-31337")},
                     {QStringLiteral("severity"), QStringLiteral("high")},
                     {QStringLiteral("component"), QStringLiteral("reverse proxy")},
                     {QStringLiteral("title"), QStringLiteral("Risk assessment pending")}},
        m_token);
    QVERIFY2(made.status == 201, made.raw.constData());
    const QByteArray resolve = "/api/v1/vulnerabilities/"
        + QByteArray::number(made.json.value(QStringLiteral("id")).toInteger()) + "/resolve";

    // A 1 MiB document (1.4 MiB of base64): stored whole, its SHA-256 the one sent.
    QByteArray document(kMiB, Qt::Uninitialized);
    for (qsizetype i = 0; i < document.size(); ++i)
        document[i] = char((i * 7919 + i / 251) & 0xff);
    const QByteArray sent
        = json({{QStringLiteral("note"), QStringLiteral("Risk accepted after assessment")},
                {QStringLiteral("evidence_name"), QStringLiteral("assessment.pdf")},
                {QStringLiteral("evidence_base64"), QString::fromLatin1(document.toBase64())}});
    QVERIFY(sent.size() > kMiB + 32 * 1024); // beyond what anyone may send to another route
    RawHttps client(m_server.baseUrl(), m_server.certificate());
    const ApiReply resolved = client.exchange(RawHttps::request("POST", resolve, sent, m_token));
    QVERIFY2(resolved.status == 200, resolved.raw.left(300).constData());
    QCOMPARE(resolved.json.value(QStringLiteral("evidence_sha256")).toString(),
             QString::fromLatin1(
                 QCryptographicHash::hash(document, QCryptographicHash::Sha256).toHex()));
    QCOMPARE(resolved.json.value(QStringLiteral("evidence_bytes")).toInteger(), kMiB);

    // 65 KiB to an ordinary route, signed in: still the JSON 413 of the API.
    const ApiReply normal = client.exchange(RawHttps::request(
        "POST", "/api/v1/incidents",
        json({{QStringLiteral("title"), QString(65 * 1024, QLatin1Char('a'))}}), m_token));
    QCOMPARE(normal.status, 413);
    QVERIFY2(normal.errorMessage().contains(QLatin1String("64 KiB")), normal.raw.constData());

    // Headers announcing 2 MiB and no body: without a valid session with the permission, the
    // answer comes at once, and the connection is closed.
    const auto announce = [this, &resolve](const QByteArray &authorization, qint64 bytes) {
        QByteArray head = "POST " + resolve
            + " HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\n"
              "Content-Length: "
            + QByteArray::number(bytes) + "\r\n";
        if (!authorization.isEmpty())
            head += "Authorization: " + authorization + "\r\n";
        RawHttps raw(m_server.baseUrl(), m_server.certificate());
        const ApiReply reply = raw.exchange(head + "\r\n");
        const bool closed = raw.socket().state() == QAbstractSocket::UnconnectedState
            || raw.socket().waitForDisconnected(10000);
        return std::make_pair(reply, closed);
    };
    const QList<QPair<const char *, QByteArray>> strangers {
        {"no token", {}},
        {"an unknown token", "Bearer " + QByteArray(43, 'A')},
        {"a token without vulnerabilities:manage", "Bearer " + m_bystanderToken.toLatin1()}};
    for (const auto &[who, authorization] : strangers) {
        const auto [reply, closed] = announce(authorization, 2 * kMiB);
        QVERIFY2(reply.status == 413,
                 qPrintable(QStringLiteral("%1: %2").arg(QLatin1String(who),
                                                         QString::fromUtf8(reply.raw))));
        QVERIFY2(reply.errorMessage().contains(QLatin1String("1024 KiB")), who);
        QVERIFY2(closed, who);
    }
    // The session and permission raise the limit to 14 MiB, not beyond.
    const auto [over, closed] = announce("Bearer " + m_token.toLatin1(), kDocumentBody + kMiB);
    QCOMPARE(over.status, 413);
    QVERIFY2(over.errorMessage().contains(QLatin1String("14336 KiB")), over.raw.constData());
    QVERIFY(closed);
}

void TestHostile::serverSurvivedAndChainVerifies()
{
    m_bystander->stop();
    while (!m_bystander->wait(100))
        drainServerLog();
    QVERIFY2(m_bystander->failures().isEmpty(),
             qPrintable(m_bystander->failures().join(QLatin1Char('\n'))));
    QVERIFY2(m_bystander->calls() > 20, "the bystander hardly ran");
    qInfo("the bystander made %d calls, all answered", m_bystander->calls());

    QCOMPARE(m_server.process().state(), QProcess::Running);
    QCOMPARE(m_server.call("GET", QStringLiteral("/health")).status, 200);
    QByteArray out;
    QByteArray err;
    QCOMPARE(m_server.runCtl({QStringLiteral("audit"), QStringLiteral("verify")}, &out, &err), 0);
    QVERIFY2(!out.isEmpty(), err.constData());
}

void TestHostile::cleanupTestCase()
{
    if (m_bystander) {
        m_bystander->stop();
        m_bystander->wait(60000);
    }
}

QTEST_GUILESS_MAIN(TestHostile)
#include "tst_hostile.moc"
