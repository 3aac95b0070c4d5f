// The permission matrix: every endpoint in the server's own route table (compliance-stored
// --print-routes) is called as every role, without a token, and with a garbage, an expired, a
// signed-out and an offboarded user's token, and each answer is checked against the one table
// declared below. A route the table does not declare fails the test, and so does an entry no
// route has any more: adding an endpoint means deciding who may call it, here.

#include "TestServer.h"
#include "Words.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace cc::test;

namespace {

// Who may call each endpoint: "public", "signed_in", or the permission it needs (several joined
// by '+': all of them). Paths as the route table writes them after /api/v1, with {id} for each
// id in the path.
struct Declared
{
    const char *method;
    const char *path;
    const char *access;
};

const Declared kEndpoints[] = {
    {"GET", "/health", "public"},
    {"GET", "/openapi.json", "public"},
    {"POST", "/session", "public"},
    {"POST", "/enrolment/start", "public"},
    {"POST", "/enrolment/finish", "public"},
    {"POST", "/me/password", "signed_in"},
    {"DELETE", "/session", "signed_in"},
    {"GET", "/me", "signed_in"},
    {"GET", "/policy", "signed_in"},
    {"GET", "/me/tasks", "signed_in"},
    {"GET", "/me/preferences", "signed_in"},
    {"PUT", "/me/preferences", "signed_in"},
    {"GET", "/users", "users:read"},
    {"POST", "/users", "users:manage"},
    {"PATCH", "/users/{id}", "users:manage"},
    {"POST", "/users/{id}/offboard", "users:manage"},
    {"POST", "/users/{id}/reset-2fa", "users:manage"},
    {"POST", "/users/{id}/reset-password", "users:manage"},
    {"POST", "/users/{id}/unlock", "users:manage"},
    {"GET", "/access-requests", "signed_in"},
    {"POST", "/access-requests", "signed_in"},
    {"POST", "/access-requests/{id}/approve", "access:approve"},
    {"POST", "/access-requests/{id}/deny", "access:approve"},
    {"GET", "/clients", "signed_in"},
    {"POST", "/clients", "users:manage"},
    {"GET", "/grants", "signed_in"},
    {"POST", "/grants/{id}/revoke", "access:approve"},
    {"GET", "/audit", "audit:read"},
    {"GET", "/audit/head", "audit:read"},
    {"GET", "/audit/signing-key", "signed_in"},
    {"GET", "/audit/checkpoints", "audit:read"},
    {"GET", "/audit/anchors", "audit:read"},
    {"GET", "/audit/verify", "audit:read"},
    {"GET", "/audit/export", "audit:read"},
    {"GET", "/assets", "signed_in"},
    {"POST", "/assets", "assets:manage"},
    {"GET", "/assets/export", "signed_in"},
    {"POST", "/assets/import", "assets:manage"},
    {"GET", "/assets/{id}", "signed_in"},
    {"PATCH", "/assets/{id}", "assets:manage"},
    {"POST", "/assets/{id}/reviews", "signed_in"},
    {"GET", "/assets/{id}/reviews", "signed_in"},
    {"GET", "/notifications", "signed_in"},
    {"POST", "/notifications/{id}/read", "signed_in"},
    {"POST", "/notifications/read-all", "signed_in"},
    {"POST", "/orders", "ingest:orders"},
    {"GET", "/orders", "signed_in"},
    {"GET", "/orders/aggregates", "signed_in"},
    {"GET", "/orders/daily-aggregates", "signed_in"},
    {"GET", "/orders/{id}", "signed_in"},
    {"POST", "/retention/sweep", "retention:manage"},
    {"GET", "/retention/status", "retention:manage"},
    {"GET", "/legal-holds", "retention:manage"},
    {"POST", "/legal-holds", "retention:manage"},
    {"POST", "/legal-holds/{id}/release", "retention:manage"},
    {"GET", "/deletion-requests", "retention:manage"},
    {"POST", "/deletion-requests", "retention:manage"},
    {"GET", "/deletion-requests/{id}", "retention:manage"},
    {"POST", "/deletion-requests/{id}/fulfil", "retention:manage"},
    {"POST", "/deletion-requests/{id}/archive-saved", "retention:manage"},
    {"GET", "/incidents", "signed_in"},
    {"POST", "/incidents", "signed_in"},
    {"GET", "/incidents/{id}", "signed_in"},
    {"PATCH", "/incidents/{id}", "incidents:manage"},
    {"POST", "/incidents/{id}/events", "incidents:manage"},
    {"POST", "/incidents/{id}/acknowledge", "signed_in"},
    {"GET", "/incidents/{id}/report", "signed_in"},
    {"GET", "/alerts", "audit:read"},
    {"GET", "/alerts/{id}", "audit:read"},
    {"POST", "/alerts/{id}/acknowledge", "alerts:manage"},
    {"POST", "/alerts/{id}/end-sessions", "alerts:manage"},
    {"POST", "/alerts/{id}/escalate", "alerts:manage+incidents:manage"},
    {"GET", "/access-reviews", "signed_in"},
    {"POST", "/access-reviews", "access_reviews:manage"},
    {"GET", "/access-reviews/{id}", "signed_in"},
    {"GET", "/access-reviews/{id}/items", "signed_in"},
    {"POST", "/access-reviews/{id}/items/{id}/decision", "signed_in"},
    {"GET", "/access-reviews/{id}/report", "access_reviews:manage"},
    {"GET", "/controls", "controls:read"},
    {"GET", "/controls/history", "controls:read"},
    {"GET", "/controls/attestations", "controls:read"},
    {"GET", "/policy/text", "signed_in"},
    {"POST", "/policy/acknowledge", "signed_in"},
    {"GET", "/devices", "signed_in"},
    {"POST", "/devices", "assets:manage"},
    {"GET", "/devices/{id}", "signed_in"},
    {"PATCH", "/devices/{id}", "assets:manage"},
    {"GET", "/changes", "signed_in"},
    {"GET", "/evidence", "controls:read+audit:read"},
    {"GET", "/dashboard", "signed_in"},
    {"GET", "/dashboard/trends", "dashboard:read"},
    {"GET", "/dashboard/incident-contacts", "dashboard:read"},
    {"GET", "/dashboard/report", "dashboard:read"},
    {"GET", "/vulnerabilities", "vulnerabilities:manage"},
    {"POST", "/vulnerabilities", "vulnerabilities:manage"},
    {"POST", "/vulnerabilities/import", "vulnerabilities:manage"},
    {"GET", "/vulnerabilities/{id}", "vulnerabilities:manage"},
    {"POST", "/vulnerabilities/{id}/resolve", "vulnerabilities:manage"},
    {"GET", "/subcontractors", "thirdparties:manage"},
    {"POST", "/subcontractors", "thirdparties:manage"},
    {"PATCH", "/subcontractors/{id}", "thirdparties:manage"},
    {"POST", "/subcontractors/{id}/assessments", "thirdparties:manage"},
    {"POST", "/subcontractors/{id}/end", "thirdparties:manage"},
    {"GET", "/api-credentials", "thirdparties:manage"},
    {"POST", "/api-credentials", "thirdparties:manage"},
    {"PATCH", "/api-credentials/{id}", "thirdparties:manage"},
    {"POST", "/api-credentials/{id}/rotations", "thirdparties:manage"},
    {"POST", "/api-credentials/{id}/retire", "thirdparties:manage"},
};

bool holdsAll(const QStringList &held, const QString &access)
{
    for (const QString &permission : access.split(QLatin1Char('+'))) {
        if (!held.contains(permission))
            return false;
    }
    return true;
}

// The permissions each role carries (docs/api.md, "Roles and permissions").
const QHash<QString, QStringList> kRolePermissions = {
    {QStringLiteral("admin"),
     {QStringLiteral("users:read"), QStringLiteral("users:manage"), QStringLiteral("audit:read"),
      QStringLiteral("ingest:orders"), QStringLiteral("controls:read"),
      QStringLiteral("vulnerabilities:manage"), QStringLiteral("thirdparties:manage")}},
    {QStringLiteral("compliance_officer"),
     {QStringLiteral("users:read"), QStringLiteral("access:approve"), QStringLiteral("audit:read"),
      QStringLiteral("retention:manage"), QStringLiteral("assets:read"),
      QStringLiteral("assets:review"), QStringLiteral("incidents:manage"),
      QStringLiteral("alerts:manage"), QStringLiteral("access_reviews:manage"),
      QStringLiteral("controls:read"), QStringLiteral("dashboard:read"),
      QStringLiteral("vulnerabilities:manage"), QStringLiteral("thirdparties:manage")}},
    {QStringLiteral("manager"),
     {QStringLiteral("assets:read"), QStringLiteral("assets:manage"),
      QStringLiteral("assets:review"), QStringLiteral("vulnerabilities:manage")}},
    {QStringLiteral("executive"),
     {QStringLiteral("incidents:manage"), QStringLiteral("audit:read"),
      QStringLiteral("controls:read"), QStringLiteral("dashboard:read")}},
    {QStringLiteral("employee"), {}},
};

struct Identity
{
    QString name;
    QString token;
    QString role; // empty for the ones that are not signed in
};

} // namespace

class TestPermissions : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void everyRouteIsDeclared();
    void rolesCarryTheDeclaredPermissions();
    void everyRouteAsEveryIdentity();
    void everyBodyFieldIsTyped();
    void openApiDescribesTheRouteTable();
    void openApiIsValid();
    void everyRouteActionHasAConsoleLabel();

private:
    struct Route
    {
        QString method;
        QString path; // with {id}
        QString access;
        QJsonObject types; // body field -> type, as --print-routes writes them
        QString action; // the audit name of a refusal
    };
    QString freshToken(const QString &role);
    void expireSession(const QString &token);

    TestServer m_server;
    QList<Route> m_routes;
    QHash<QString, TestServer::Account> m_accounts; // role -> account
    QHash<QString, QString> m_roleTokens; // role -> a signed-in token
    QList<Identity> m_identities;
};

void TestPermissions::initTestCase()
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
        m_routes.append({o.value(QStringLiteral("method")).toString(),
                         o.value(QStringLiteral("path")).toString(),
                         o.value(QStringLiteral("access")).toString(),
                         o.value(QStringLiteral("types")).toObject(),
                         o.value(QStringLiteral("action")).toString()});
    }
    QVERIFY2(m_routes.size() > 40, "the server printed too few routes");

    for (const QString &role : kRolePermissions.keys()) {
        TestServer::Account account = m_server.addUser(
            QStringLiteral("matrix.") + role.left(10).replace(QLatin1Char('_'), QLatin1Char('-')),
            role);
        QVERIFY2(account.id != 0, qPrintable(role));
        m_accounts.insert(role, account);
        const QString token = m_server.login(m_accounts[role]);
        QVERIFY2(!token.isEmpty(), qPrintable(role));
        m_roleTokens.insert(role, token);
        m_identities.append({role, token, role});
    }

    // The tokens that must never work.
    m_identities.append({QStringLiteral("no token"), QString(), QString()});
    m_identities.append({QStringLiteral("garbage token"),
                         QStringLiteral("not-a-token-0123456789abcdefghijklmnopqrstuvwxyz"),
                         QString()});
    const QString expired = freshToken(QStringLiteral("compliance_officer"));
    expireSession(expired);
    m_identities.append({QStringLiteral("expired token"), expired, QString()});
    const QString signedOut = freshToken(QStringLiteral("compliance_officer"));
    QCOMPARE(m_server.call("DELETE", QStringLiteral("/session"), {}, signedOut).status, 200);
    m_identities.append({QStringLiteral("signed-out token"), signedOut, QString()});
    TestServer::Account leaver
        = m_server.addUser(QStringLiteral("matrix.leaver"), QStringLiteral("admin"));
    const QString leaverToken = m_server.login(leaver);
    QVERIFY(!leaverToken.isEmpty());
    QCOMPARE(m_server
                 .call("POST", QStringLiteral("/users/%1/offboard").arg(leaver.id),
                       {{QStringLiteral("reason"), QStringLiteral("left the company")}},
                       freshToken(QStringLiteral("admin")))
                 .status,
             200);
    m_identities.append({QStringLiteral("offboarded user's token"), leaverToken, QString()});
}

QString TestPermissions::freshToken(const QString &role)
{
    return m_server.login(m_accounts[role]);
}

void TestPermissions::expireSession(const QString &token)
{
    // The test plays the clock: the session's absolute expiry moves into the past.
    QSqlDatabase db = m_server.database().openDirect(m_server.dataDir(), QStringLiteral("expire"));
    {
        QSqlQuery q(db);
        QVERIFY(
            q.prepare(QStringLiteral("UPDATE sessions SET expires_at = 1 WHERE token_hash = ?")));
        q.addBindValue(QString::fromLatin1(
            QCryptographicHash::hash(token.toLatin1(), QCryptographicHash::Sha256).toHex()));
        QVERIFY2(q.exec(), qPrintable(q.lastError().text()));
        QCOMPARE(q.numRowsAffected(), 1);
    }
    db.close();
    db = {};
    QSqlDatabase::removeDatabase(QStringLiteral("expire"));
}

void TestPermissions::everyRouteIsDeclared()
{
    QStringList undeclared;
    QStringList wrong;
    QSet<QString> seen;
    for (const Route &route : std::as_const(m_routes)) {
        const QString key = route.method + QLatin1Char(' ') + route.path;
        seen.insert(key);
        const Declared *found = nullptr;
        for (const Declared &d : kEndpoints) {
            if (key == QLatin1String(d.method) + QLatin1Char(' ') + QLatin1String(d.path))
                found = &d;
        }
        if (!found)
            undeclared << key + QStringLiteral(" (") + route.access + QLatin1Char(')');
        else if (route.access != QLatin1String(found->access))
            wrong << QStringLiteral("%1: the server says %2, the table %3")
                         .arg(key, route.access, QLatin1String(found->access));
    }
    QStringList stale;
    for (const Declared &d : kEndpoints) {
        const QString key = QLatin1String(d.method) + QLatin1Char(' ') + QLatin1String(d.path);
        if (!seen.contains(key))
            stale << key;
    }
    QVERIFY2(undeclared.isEmpty(),
             qPrintable(QStringLiteral("routes missing from the permission table: ")
                        + undeclared.join(QStringLiteral("; "))));
    QVERIFY2(wrong.isEmpty(), qPrintable(wrong.join(QStringLiteral("; "))));
    QVERIFY2(stale.isEmpty(),
             qPrintable(QStringLiteral("table entries no route has: ")
                        + stale.join(QStringLiteral("; "))));
}

void TestPermissions::rolesCarryTheDeclaredPermissions()
{
    for (const QString &role : kRolePermissions.keys()) {
        const ApiReply me
            = m_server.call("GET", QStringLiteral("/me"), {}, m_roleTokens.value(role));
        QCOMPARE(me.status, 200);
        QStringList actual;
        for (const QJsonValue &p : me.json.value(QStringLiteral("permissions")).toArray())
            actual << p.toString();
        QStringList declared = kRolePermissions.value(role);
        declared.sort();
        actual.sort();
        QCOMPARE(actual, declared);
    }
}

void TestPermissions::everyRouteAsEveryIdentity()
{
    QStringList failures;
    int calls = 0;
    for (const Route &route : std::as_const(m_routes)) {
        // Answers are judged by the declaration, not by what the server says of itself.
        QString access;
        for (const Declared &d : kEndpoints) {
            if (route.method == QLatin1String(d.method) && route.path == QLatin1String(d.path))
                access = QLatin1String(d.access);
        }
        if (access.isEmpty())
            continue; // everyRouteIsDeclared() reports it
        // A made-up id: the permission check comes before any lookup, and nothing real changes.
        QString path = route.path;
        path.replace(QStringLiteral("{id}"), QStringLiteral("987654321"));
        for (const Identity &who : std::as_const(m_identities)) {
            QString token = who.token;
            // Signing out ends the token it is called with: give it one of its own.
            if (route.method == QLatin1String("DELETE") && route.path == QLatin1String("/session")
                && !who.role.isEmpty())
                token = freshToken(who.role);
            const ApiReply reply = m_server.call(route.method.toLatin1(), path, {}, token);
            ++calls;
            QString expected;
            if (access == QLatin1String("public")) {
                if (reply.status == 401 || reply.status == 403 || reply.status == 0
                    || reply.status >= 500)
                    expected = QStringLiteral("an answer, not 401/403/5xx");
            } else if (who.role.isEmpty()) {
                if (reply.status != 401)
                    expected = QStringLiteral("401");
            } else if (access == QLatin1String("signed_in")
                       || holdsAll(kRolePermissions.value(who.role), access)) {
                if (reply.status == 401 || reply.status == 0 || reply.status >= 500
                    || (reply.status == 403
                        && reply.errorMessage().contains(QLatin1String("permission"))))
                    expected = QStringLiteral("past the permission check");
            } else if (reply.status != 403) {
                expected = QStringLiteral("403");
            }
            if (!expected.isEmpty())
                failures << QStringLiteral("%1 %2 as %3: %4 (%5), expected %6")
                                .arg(route.method, route.path, who.name)
                                .arg(reply.status)
                                .arg(reply.errorMessage(), expected);
        }
    }
    qInfo("%d calls: %lld routes x %lld identities", calls, qlonglong(m_routes.size()),
          qlonglong(m_identities.size()));
    QVERIFY2(failures.isEmpty(), qPrintable(failures.join(QLatin1Char('\n'))));
}

// Every body field has a type, for the OpenAPI description: a route added with bare names
// (BodyFields {QStringLiteral("x")}) compiles, and fails here.
void TestPermissions::everyBodyFieldIsTyped()
{
    QStringList untyped;
    for (const Route &route : std::as_const(m_routes)) {
        for (auto it = route.types.begin(); it != route.types.end(); ++it) {
            if (it.value().toString() == QLatin1String("untyped"))
                untyped << route.method + QLatin1Char(' ') + route.path + QLatin1Char(' ')
                        + it.key();
        }
    }
    QVERIFY2(untyped.isEmpty(),
             qPrintable(QStringLiteral("body fields without a type (declare them with "
                                       "field::string(...) etc., server/Routes.h): ")
                        + untyped.join(QStringLiteral("; "))));
}

// GET /openapi.json holds exactly the routes --print-routes lists, each with its access and its
// typed body fields.
void TestPermissions::openApiDescribesTheRouteTable()
{
    const ApiReply reply = m_server.call("GET", QStringLiteral("/openapi.json"));
    QCOMPARE(reply.status, 200);
    QCOMPARE(reply.json.value(QStringLiteral("openapi")).toString(), QStringLiteral("3.1.0"));
    const QJsonObject paths = reply.json.value(QStringLiteral("paths")).toObject();
    int operations = 0;
    for (auto path = paths.begin(); path != paths.end(); ++path) {
        for (const QString &key : path.value().toObject().keys())
            operations += key != QLatin1String("parameters");
    }
    QCOMPARE(operations, m_routes.size());
    for (const Route &route : std::as_const(m_routes)) {
        const QString where = route.method + QLatin1Char(' ') + route.path;
        const QJsonObject operation
            = paths.value(route.path).toObject().value(route.method.toLower()).toObject();
        QVERIFY2(!operation.isEmpty(), qPrintable(where + QStringLiteral(" is not described")));
        QCOMPARE(operation.value(QStringLiteral("x-access")).toString(), route.access);
        const bool permission
            = route.access != QLatin1String("public") && route.access != QLatin1String("signed_in");
        QCOMPARE(operation.value(QStringLiteral("x-permission")).toString(),
                 permission ? route.access : QString());
        QCOMPARE(operation.contains(QStringLiteral("security")),
                 route.access == QLatin1String("public")); // public: an empty list, no token
        const QJsonObject schema = operation.value(QStringLiteral("requestBody"))
                                       .toObject()
                                       .value(QStringLiteral("content"))
                                       .toObject()
                                       .value(QStringLiteral("application/json"))
                                       .toObject()
                                       .value(QStringLiteral("schema"))
                                       .toObject();
        QCOMPARE(schema.isEmpty(), route.types.isEmpty());
        for (auto field = route.types.begin(); field != route.types.end(); ++field) {
            // "scope.type" is the property "type" of the object "scope".
            QJsonObject property = schema;
            for (const QString &part : field.key().split(QLatin1Char('.')))
                property = property.value(QStringLiteral("properties"))
                               .toObject()
                               .value(part)
                               .toObject();
            const QString type = field.value().toString();
            const QString documented = property.contains(QStringLiteral("format"))
                ? property.value(QStringLiteral("format")).toString()
                : property.contains(QStringLiteral("items"))
                ? property.value(QStringLiteral("items"))
                        .toObject()
                        .value(QStringLiteral("type"))
                        .toString()
                    + QStringLiteral("[]")
                : property.value(QStringLiteral("type")).toString();
            QVERIFY2(documented == type,
                     qPrintable(QStringLiteral("%1 %2: documented as \"%3\", declared \"%4\"")
                                    .arg(where, field.key(), documented, type)));
        }
    }
}

// The document is valid OpenAPI 3.1 by an independent validator: Debian has none for 3.1, so
// @seriousme/openapi-schema-validator from the npm registry, the version locked in
// tests/server/openapi, installed once into the build tree.
void TestPermissions::openApiIsValid()
{
    const QString node = QStandardPaths::findExecutable(QStringLiteral("node"));
    const QString npm = QStandardPaths::findExecutable(QStringLiteral("npm"));
    if (node.isEmpty() || npm.isEmpty())
        QFAIL("node and npm are needed (Debian: nodejs, npm; ./dev installs them)");
    const QString dir
        = QCoreApplication::applicationDirPath() + QStringLiteral("/openapi-validator");
    const QString source = QStringLiteral(COMPLIANCE_OPENAPI_DIR);
    QDir().mkpath(dir);
    // A changed lock file (another validator version) installs afresh.
    const auto contents = [](const QString &path) {
        QFile file(path);
        return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
    };
    if (contents(dir + QStringLiteral("/package-lock.json"))
        != contents(source + QStringLiteral("/package-lock.json")))
        QDir(dir + QStringLiteral("/node_modules")).removeRecursively();
    for (const QString &name : {QStringLiteral("package.json"), QStringLiteral("package-lock.json"),
                                QStringLiteral("validate.mjs")}) {
        QFile::remove(dir + QLatin1Char('/') + name);
        QVERIFY(QFile::copy(source + QLatin1Char('/') + name, dir + QLatin1Char('/') + name));
    }
    if (!QFileInfo::exists(dir
                           + QStringLiteral("/node_modules/@seriousme/openapi-schema-validator"))) {
        QProcess install;
        install.setWorkingDirectory(dir);
        install.start(npm,
                      {QStringLiteral("ci"), QStringLiteral("--no-audit"),
                       QStringLiteral("--no-fund"), QStringLiteral("--cache"),
                       dir + QStringLiteral("/.npm")});
        QVERIFY(install.waitForFinished(240000));
        const QByteArray log = install.readAllStandardOutput() + install.readAllStandardError();
        if (install.exitCode() != 0) {
            static const QRegularExpression unreachable(QStringLiteral(
                "ENOTFOUND|EAI_AGAIN|ECONNREFUSED|ETIMEDOUT|ECONNRESET|ENETUNREACH"));
            if (unreachable.match(QString::fromUtf8(log)).hasMatch())
                QSKIP(qPrintable(QStringLiteral("the npm registry is unreachable, so the OpenAPI "
                                                "validator cannot be installed: ")
                                 + QString::fromUtf8(log.right(300))));
            QFAIL(
                qPrintable(QStringLiteral("npm ci failed: ") + QString::fromUtf8(log.right(2000))));
        }
    }
    const ApiReply reply = m_server.call("GET", QStringLiteral("/openapi.json"));
    QCOMPARE(reply.status, 200);
    QTemporaryDir work;
    QFile document(work.filePath(QStringLiteral("openapi.json")));
    QVERIFY(document.open(QIODevice::WriteOnly));
    document.write(reply.raw);
    document.close();
    QProcess validate;
    validate.start(node, {dir + QStringLiteral("/validate.mjs"), document.fileName()});
    QVERIFY(validate.waitForFinished(60000));
    QVERIFY2(
        validate.exitStatus() == QProcess::NormalExit && validate.exitCode() == 0,
        QByteArray(validate.readAllStandardOutput() + validate.readAllStandardError()).constData());
}

QTEST_GUILESS_MAIN(TestPermissions)
// The console's audit views name each action in words (cc::client::auditActionLabel): a route added
// without a label would show its refusals under the bare action name.
void TestPermissions::everyRouteActionHasAConsoleLabel()
{
    QStringList unlabelled;
    for (const Route &route : std::as_const(m_routes)) {
        QVERIFY2(!route.action.isEmpty(), qPrintable(route.method + u' ' + route.path));
        if (cc::client::auditActionLabel(route.action) == route.action
            && !unlabelled.contains(route.action))
            unlabelled << route.action;
    }
    QVERIFY2(unlabelled.isEmpty(),
             qPrintable(QStringLiteral("no label in core/client/Words.cpp for: ")
                        + unlabelled.join(QStringLiteral(", "))));
}

#include "tst_permissions.moc"
