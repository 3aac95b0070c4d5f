// The asset inventory API over real HTTPS against the real compliance-stored: who may do what
// on every endpoint, CSV import (all or nothing, every bad line named, non-UTF-8 bytes), the
// state filters, recording a review, and review reminders sent once across server restarts;
// the device register and the vulnerability register (scanner imports from data/); the
// subcontractor and API credential registers.

#include "TestServer.h"

#include <QCryptographicHash>
#include <QDate>
#include <QFile>
#include <QJsonArray>
#include <QTest>

using namespace cc::test;

class TestAssetsApi : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void endpointsNeedSignIn_data();
    void endpointsNeedSignIn();
    void rbacOnEveryEndpoint_data();
    void rbacOnEveryEndpoint();
    void importErrorsStoreNothing();
    void filtersByStateOwnerKind();
    void employeesSeeOnlyTheirOwn();
    void reviewChangesStateAndIsAudited();
    void patchEditsAndValidates();
    void remindersOnceAcrossRestarts();
    void overdueReviewsEscalateToManagerAndOfficers();
    void devicesOverHttps();
    void vulnerabilityImportAllOrNothing();
    void vulnerabilityDueDatesAndResolution();
    void vulnerabilityRemindersThenEscalation();
    void vulnerabilityReadBySourceInTasksAndFeed();
    void subcontractorRegisterOverHttps();
    void credentialRegisterOverHttps();
    void vulnerabilityDebsecanDetailImport();
    void subcontractorWithoutAmazonDataIsNeverOverdue();

private:
    QJsonArray list(const QString &role, const QString &query = {});
    QStringList names(const QJsonArray &items);
    qint64 idOf(const QString &name);
    QString csv(const QList<QStringList> &rows) const;
    ApiReply import(const QByteArray &bytes, const QString &role = QStringLiteral("manager"));
    // Audit events of action that succeeded (and whose detail holds detail).
    int succeeded(const QString &action, const char *detail = "");

    TestServer m_server;
    QHash<QString, TestServer::Account> m_accounts; // role -> account
    QHash<QString, QString> m_tokens; // role -> token
    QDate m_today;
};

// Roles used as keys: "employee" owns assets, "other" is an employee who owns none.
void TestAssetsApi::initTestCase()
{
    QVERIFY2(m_server.start(), qPrintable(m_server.errorString()));
    const QList<std::pair<QString, QString>> people = {
        {QStringLiteral("admin"), QStringLiteral("admin")},
        {QStringLiteral("compliance_officer"), QStringLiteral("compliance_officer")},
        {QStringLiteral("manager"), QStringLiteral("manager")},
        {QStringLiteral("executive"), QStringLiteral("executive")},
        {QStringLiteral("employee"), QStringLiteral("employee")},
        {QStringLiteral("other"), QStringLiteral("employee")},
    };
    for (const auto &[key, role] : people) {
        TestServer::Account a = m_server.addUser(key.left(5) + QStringLiteral(".user"), role);
        QVERIFY2(a.id > 0, qPrintable(key));
        const QString token = m_server.login(a);
        QVERIFY2(!token.isEmpty(), qPrintable(key));
        m_accounts.insert(key, a);
        m_tokens.insert(key, token);
    }
    m_today = QDateTime::currentDateTimeUtc().date();
    const QString owner = m_accounts.value(QStringLiteral("employee")).username;
    const QString otherOwner = m_accounts.value(QStringLiteral("manager")).username;
    // Due dates relative to today: overdue, due this week, due soon, ok.
    const ApiReply r
        = import(csv({
                         {QStringLiteral("Orders DB"), QStringLiteral("database"), owner,
                          QStringLiteral("rack 1"), QStringLiteral("true"), QStringLiteral("true"),
                          m_today.addMonths(-6).addDays(-3).toString(Qt::ISODate)},
                         {QStringLiteral("Label printer"), QStringLiteral("network_device"), owner,
                          QString(), QStringLiteral("false"), QStringLiteral("false"),
                          m_today.addMonths(-6).addDays(3).toString(Qt::ISODate)},
                         {QStringLiteral("Helpdesk"), QStringLiteral("saas"), otherOwner, QString(),
                          QStringLiteral("true"), QStringLiteral("true"),
                          m_today.addMonths(-6).addDays(20).toString(Qt::ISODate)},
                         {QStringLiteral("Laptop 7"), QStringLiteral("laptop"), otherOwner,
                          QString(), QStringLiteral("false"), QStringLiteral("false"), QString()},
                     })
                     .toUtf8());
    QVERIFY2(r.status == 201, r.raw.constData());
    QCOMPARE(r.json.value(QStringLiteral("imported")).toInt(), 4);
}

QString TestAssetsApi::csv(const QList<QStringList> &rows) const
{
    QString text = QStringLiteral("name,kind,owner,location,holds_amazon_data,holds_pii,"
                                  "last_review\n");
    for (const QStringList &row : rows)
        text += row.join(QLatin1Char(',')) + QLatin1Char('\n');
    return text;
}

ApiReply TestAssetsApi::import(const QByteArray &bytes, const QString &role)
{
    return m_server.call("POST", QStringLiteral("/assets/import"),
                         {{QStringLiteral("csv_base64"), QString::fromLatin1(bytes.toBase64())}},
                         m_tokens.value(role));
}

int TestAssetsApi::succeeded(const QString &action, const char *detail)
{
    const ApiReply r = m_server.call("GET", QStringLiteral("/audit?limit=500&action=") + action, {},
                                     m_tokens.value(QStringLiteral("compliance_officer")));
    int found = 0;
    for (const QJsonValue &e : r.json.value(QStringLiteral("items")).toArray()) {
        const QJsonObject event = e.toObject();
        found += event.value(QStringLiteral("outcome")).toString() == QLatin1String("success")
            && event.value(QStringLiteral("detail")).toString().contains(QLatin1String(detail));
    }
    return found;
}

QJsonArray TestAssetsApi::list(const QString &role, const QString &query)
{
    const ApiReply r
        = m_server.call("GET", QStringLiteral("/assets") + query, {}, m_tokens.value(role));
    if (r.status != 200)
        qWarning("list failed: %d %s", r.status, r.raw.constData());
    return r.json.value(QStringLiteral("items")).toArray();
}

QStringList TestAssetsApi::names(const QJsonArray &items)
{
    QStringList result;
    for (const QJsonValue &item : items)
        result << item.toObject().value(QStringLiteral("name")).toString();
    return result;
}

qint64 TestAssetsApi::idOf(const QString &name)
{
    for (const QJsonValue &item : list(QStringLiteral("compliance_officer"))) {
        if (item.toObject().value(QStringLiteral("name")).toString() == name)
            return item.toObject().value(QStringLiteral("id")).toInteger();
    }
    return 0;
}

void TestAssetsApi::endpointsNeedSignIn_data()
{
    QTest::addColumn<QByteArray>("method");
    QTest::addColumn<QString>("path");
    for (const auto &[method, path] : {std::pair {"GET", "/assets"},
                                       {"POST", "/assets"},
                                       {"GET", "/assets/1"},
                                       {"PATCH", "/assets/1"},
                                       {"GET", "/assets/1/reviews"},
                                       {"POST", "/assets/1/reviews"},
                                       {"POST", "/assets/import"},
                                       {"GET", "/assets/export"},
                                       {"GET", "/notifications"},
                                       {"POST", "/notifications/1/read"},
                                       {"POST", "/notifications/read-all"}})
        QTest::newRow(
            qPrintable(QStringLiteral("%1 %2").arg(QLatin1String(method), QLatin1String(path))))
            << QByteArray(method) << QString::fromLatin1(path);
}

void TestAssetsApi::endpointsNeedSignIn()
{
    QFETCH(QByteArray, method);
    QFETCH(QString, path);
    const ApiReply r = m_server.call(method, path);
    QCOMPARE(r.status, 401);
}

void TestAssetsApi::rbacOnEveryEndpoint_data()
{
    // Bodies are invalid on purpose where the call is allowed: the answer must be anything but
    // 401/403 for the allowed roles, and nothing changes.
    QTest::addColumn<QByteArray>("method");
    QTest::addColumn<QString>("path"); // {id}: the employee's "Orders DB"
    QTest::addColumn<QJsonObject>("body");
    QTest::addColumn<QStringList>("allowed");
    // Refused because the caller does not see that asset (not for want of a permission): the
    // answer must be exactly that for a missing id.
    QTest::addColumn<bool>("perAsset");
    const QStringList everyone = {QStringLiteral("admin"),    QStringLiteral("compliance_officer"),
                                  QStringLiteral("manager"),  QStringLiteral("executive"),
                                  QStringLiteral("employee"), QStringLiteral("other")};
    const QStringList seers = {QStringLiteral("compliance_officer"), QStringLiteral("manager"),
                               QStringLiteral("employee")};
    const QStringList managers = {QStringLiteral("manager")};
    const QJsonObject badOutcome {{QStringLiteral("outcome"), QStringLiteral("bogus")}};
    QTest::newRow("list") << QByteArray("GET") << QStringLiteral("/assets") << QJsonObject()
                          << everyone << false;
    QTest::newRow("create") << QByteArray("POST") << QStringLiteral("/assets") << QJsonObject()
                            << managers << false;
    QTest::newRow("read") << QByteArray("GET") << QStringLiteral("/assets/{id}") << QJsonObject()
                          << seers << true;
    QTest::newRow("edit") << QByteArray("PATCH") << QStringLiteral("/assets/{id}")
                          << QJsonObject {{QStringLiteral("kind"), QStringLiteral("toaster")}}
                          << managers << false;
    QTest::newRow("history") << QByteArray("GET") << QStringLiteral("/assets/{id}/reviews")
                             << QJsonObject() << seers << true;
    QTest::newRow("review") << QByteArray("POST") << QStringLiteral("/assets/{id}/reviews")
                            << badOutcome << seers << true;
    QTest::newRow("import") << QByteArray("POST") << QStringLiteral("/assets/import")
                            << QJsonObject() << managers << false;
    QTest::newRow("export") << QByteArray("GET") << QStringLiteral("/assets/export")
                            << QJsonObject() << everyone << false;
    QTest::newRow("notifications") << QByteArray("GET") << QStringLiteral("/notifications")
                                   << QJsonObject() << everyone << false;
    QTest::newRow("read all") << QByteArray("POST") << QStringLiteral("/notifications/read-all")
                              << QJsonObject() << everyone << false;
}

void TestAssetsApi::rbacOnEveryEndpoint()
{
    QFETCH(QByteArray, method);
    QFETCH(QString, path);
    QFETCH(QJsonObject, body);
    QFETCH(QStringList, allowed);
    QFETCH(bool, perAsset);
    const qint64 id = idOf(QStringLiteral("Orders DB"));
    QVERIFY(id > 0);
    const QString missingPath
        = QString(path).replace(QStringLiteral("{id}"), QStringLiteral("987654321"));
    path.replace(QStringLiteral("{id}"), QString::number(id));
    const int before = int(list(QStringLiteral("compliance_officer")).size());
    for (auto it = m_tokens.cbegin(); it != m_tokens.cend(); ++it) {
        const ApiReply r = m_server.call(method, path, body, it.value());
        if (allowed.contains(it.key())) {
            QVERIFY2(r.status != 401 && r.status != 403,
                     qPrintable(QStringLiteral("%1 refused for %2: %3")
                                    .arg(path, it.key(), QString::fromUtf8(r.raw))));
        } else if (perAsset) {
            QByteArray missing = m_server.call(method, missingPath, body, it.value()).raw;
            missing.replace("987654321", QByteArray::number(id));
            QVERIFY2(r.status == 404 && r.raw == missing,
                     qPrintable(QStringLiteral("%1 for %2 answered %3 %4, not as a missing id: %5")
                                    .arg(path, it.key())
                                    .arg(r.status)
                                    .arg(QString::fromUtf8(r.raw), QString::fromUtf8(missing))));
        } else {
            QVERIFY2(r.status == 403,
                     qPrintable(QStringLiteral("%1 not refused for %2: %3 %4")
                                    .arg(path, it.key())
                                    .arg(r.status)
                                    .arg(QString::fromUtf8(r.raw))));
            QCOMPARE(r.errorCode(), QStringLiteral("forbidden"));
        }
    }
    QCOMPARE(int(list(QStringLiteral("compliance_officer")).size()), before);
}

void TestAssetsApi::importErrorsStoreNothing()
{
    const QString owner = m_accounts.value(QStringLiteral("employee")).username;
    QByteArray bytes
        = csv({
                  {QStringLiteral("Good one"), QStringLiteral("server"), owner, QString(),
                   QStringLiteral("false"), QStringLiteral("false"), QString()},
                  {QStringLiteral("Bad date"), QStringLiteral("server"), owner, QString(),
                   QStringLiteral("false"), QStringLiteral("false"), QStringLiteral("2025-02-30")},
                  {QStringLiteral("Nobody's"), QStringLiteral("server"),
                   QStringLiteral("no.such.user"), QString(), QStringLiteral("false"),
                   QStringLiteral("false"), QString()},
                  {QStringLiteral("Orders DB"), QStringLiteral("database"), owner, QString(),
                   QStringLiteral("false"), QStringLiteral("false"), QString()},
                  {QStringLiteral("Short row"), QStringLiteral("server"), owner},
              })
              .toUtf8();
    bytes += "Caf\xe9 laptop,laptop," + owner.toUtf8() + ",,false,false,\n";
    const int before = int(list(QStringLiteral("compliance_officer")).size());
    const ApiReply r = import(bytes);
    QCOMPARE(r.status, 400);
    QCOMPARE(r.errorCode(), QStringLiteral("invalid_input"));
    const QJsonArray lines
        = r.json.value(QStringLiteral("error")).toObject().value(QStringLiteral("lines")).toArray();
    // Non-UTF-8 is found first and alone: the file must be fixed before anything else is read.
    QCOMPARE(lines.size(), 1);
    QCOMPARE(lines.at(0).toObject().value(QStringLiteral("line")).toInt(), 7);
    QVERIFY(r.errorMessage().contains(QStringLiteral("UTF-8")));
    QCOMPARE(int(list(QStringLiteral("compliance_officer")).size()), before);

    // Without the bad bytes: every other bad line, each with its reason; still nothing stored.
    bytes.truncate(bytes.lastIndexOf("Caf"));
    const ApiReply again = import(bytes);
    QCOMPARE(again.status, 400);
    const QJsonArray reasons = again.json.value(QStringLiteral("error"))
                                   .toObject()
                                   .value(QStringLiteral("lines"))
                                   .toArray();
    QStringList got;
    for (const QJsonValue &line : reasons)
        got << QString::number(line.toObject().value(QStringLiteral("line")).toInt());
    QCOMPARE(got.join(QLatin1Char(',')), QStringLiteral("3,4,5,6"));
    QVERIFY(again.errorMessage().contains(QStringLiteral("line 3: last_review")));
    QVERIFY(again.errorMessage().contains(QStringLiteral("not a user")));
    QVERIFY(again.errorMessage().contains(QStringLiteral("already exists")));
    QVERIFY(again.errorMessage().contains(QStringLiteral("has 3 columns")));
    QCOMPARE(int(list(QStringLiteral("compliance_officer")).size()), before);
    QCOMPARE(idOf(QStringLiteral("Good one")), 0);
}

void TestAssetsApi::filtersByStateOwnerKind()
{
    QCOMPARE(names(list(QStringLiteral("compliance_officer"), QStringLiteral("?state=overdue"))),
             QStringList {QStringLiteral("Orders DB")});
    QCOMPARE(names(list(QStringLiteral("compliance_officer"), QStringLiteral("?state=due"))),
             (QStringList {QStringLiteral("Label printer"), QStringLiteral("Helpdesk")}));
    QCOMPARE(names(list(QStringLiteral("compliance_officer"), QStringLiteral("?state=ok"))),
             QStringList {QStringLiteral("Laptop 7")});
    QCOMPARE(
        names(list(QStringLiteral("compliance_officer"),
                   QStringLiteral("?owner=") + m_accounts[QStringLiteral("manager")].username)),
        (QStringList {QStringLiteral("Helpdesk"), QStringLiteral("Laptop 7")}));
    QCOMPARE(names(list(QStringLiteral("manager"), QStringLiteral("?owner=me&kind=laptop"))),
             QStringList {QStringLiteral("Laptop 7")});
    const QJsonArray overdue
        = list(QStringLiteral("compliance_officer"), QStringLiteral("?state=overdue"));
    const QJsonObject asset = overdue.at(0).toObject();
    QCOMPARE(asset.value(QStringLiteral("state")).toString(), QStringLiteral("overdue"));
    QCOMPARE(asset.value(QStringLiteral("next_review_due")).toString(),
             m_today.addMonths(-6).addDays(-3).addMonths(6).toString(Qt::ISODate));
    QVERIFY(asset.value(QStringLiteral("holds_amazon_data")).toBool());
    const QJsonObject printer
        = list(QStringLiteral("compliance_officer"), QStringLiteral("?state=due_this_week"))
              .at(0)
              .toObject();
    QCOMPARE(printer.value(QStringLiteral("state")).toString(), QStringLiteral("due_this_week"));
    QCOMPARE(m_server
                 .call("GET", QStringLiteral("/assets?state=late"), {},
                       m_tokens.value(QStringLiteral("manager")))
                 .status,
             400);
}

void TestAssetsApi::employeesSeeOnlyTheirOwn()
{
    QCOMPARE(names(list(QStringLiteral("employee"))),
             (QStringList {QStringLiteral("Orders DB"), QStringLiteral("Label printer")}));
    QVERIFY(list(QStringLiteral("other")).isEmpty());
    QVERIFY(list(QStringLiteral("admin")).isEmpty());
    const ApiReply exported = m_server.call("GET", QStringLiteral("/assets/export"), {},
                                            m_tokens.value(QStringLiteral("employee")));
    QCOMPARE(exported.status, 200);
    QCOMPARE(exported.json.value(QStringLiteral("count")).toInt(), 2);
    QVERIFY(exported.json.value(QStringLiteral("csv"))
                .toString()
                .startsWith(QStringLiteral(
                    "name,kind,owner,location,holds_amazon_data,holds_pii,last_review,")));
    QVERIFY(!exported.json.value(QStringLiteral("csv"))
                 .toString()
                 .contains(QStringLiteral("Helpdesk")));
    const ApiReply other
        = m_server.call("GET", QStringLiteral("/assets/%1").arg(idOf(QStringLiteral("Helpdesk"))),
                        {}, m_tokens.value(QStringLiteral("employee")));
    QCOMPARE(other.status, 404);
    QVERIFY2(!other.errorMessage().contains(QStringLiteral("Helpdesk")), other.raw.constData());
}

void TestAssetsApi::reviewChangesStateAndIsAudited()
{
    const qint64 id = idOf(QStringLiteral("Orders DB"));
    const ApiReply refused
        = m_server.call("POST", QStringLiteral("/assets/%1/reviews").arg(id),
                        {{QStringLiteral("outcome"), QStringLiteral("confirmed")}},
                        m_tokens.value(QStringLiteral("other")));
    QCOMPARE(refused.status, 404); // not theirs to see, so not there

    const ApiReply future
        = m_server.call("POST", QStringLiteral("/assets/%1/reviews").arg(id),
                        {{QStringLiteral("outcome"), QStringLiteral("confirmed")},
                         {QStringLiteral("date"), m_today.addDays(1).toString(Qt::ISODate)}},
                        m_tokens.value(QStringLiteral("employee")));
    QCOMPARE(future.status, 400);

    const ApiReply r = m_server.call("POST", QStringLiteral("/assets/%1/reviews").arg(id),
                                     {{QStringLiteral("outcome"), QStringLiteral("confirmed")},
                                      {QStringLiteral("note"), QStringLiteral("Checked access")}},
                                     m_tokens.value(QStringLiteral("employee")));
    QVERIFY2(r.status == 201, r.raw.constData());
    const QJsonObject asset = r.json.value(QStringLiteral("asset")).toObject();
    QCOMPARE(asset.value(QStringLiteral("state")).toString(), QStringLiteral("ok"));
    QCOMPARE(asset.value(QStringLiteral("last_review")).toString(), m_today.toString(Qt::ISODate));
    QCOMPARE(asset.value(QStringLiteral("next_review_due")).toString(),
             m_today.addMonths(6).toString(Qt::ISODate));
    const QJsonObject review = r.json.value(QStringLiteral("review")).toObject();
    QCOMPARE(review.value(QStringLiteral("outcome")).toString(), QStringLiteral("confirmed"));
    QCOMPARE(review.value(QStringLiteral("note")).toString(), QStringLiteral("Checked access"));

    const ApiReply history = m_server.call("GET", QStringLiteral("/assets/%1/reviews").arg(id), {},
                                           m_tokens.value(QStringLiteral("compliance_officer")));
    QCOMPARE(history.json.value(QStringLiteral("items")).toArray().size(), 1);

    const ApiReply audit = m_server.call("GET", QStringLiteral("/audit?limit=500"), {},
                                         m_tokens.value(QStringLiteral("compliance_officer")));
    bool found = false;
    for (const QJsonValue &e : audit.json.value(QStringLiteral("items")).toArray()) {
        const QJsonObject event = e.toObject();
        if (event.value(QStringLiteral("action")).toString() == QLatin1String("asset.review")
            && event.value(QStringLiteral("object_id")).toString() == QString::number(id))
            found = event.value(QStringLiteral("actor")).toString()
                == m_accounts[QStringLiteral("employee")].username;
    }
    QVERIFY(found);
    QVERIFY(names(list(QStringLiteral("compliance_officer"), QStringLiteral("?state=overdue")))
                .isEmpty());
}

void TestAssetsApi::patchEditsAndValidates()
{
    const qint64 id = idOf(QStringLiteral("Laptop 7"));
    const ApiReply moved
        = m_server.call("PATCH", QStringLiteral("/assets/%1").arg(id),
                        {{QStringLiteral("location"), QStringLiteral("Office Berlin")},
                         {QStringLiteral("owner"), m_accounts[QStringLiteral("other")].username},
                         {QStringLiteral("holds_pii"), true}},
                        m_tokens.value(QStringLiteral("manager")));
    QVERIFY2(moved.status == 200, moved.raw.constData());
    QCOMPARE(moved.json.value(QStringLiteral("location")).toString(),
             QStringLiteral("Office Berlin"));
    QCOMPARE(moved.json.value(QStringLiteral("owner")).toString(),
             m_accounts[QStringLiteral("other")].username);
    QVERIFY(moved.json.value(QStringLiteral("holds_pii")).toBool());
    QCOMPARE(names(list(QStringLiteral("other"))), QStringList {QStringLiteral("Laptop 7")});
    QCOMPARE(m_server
                 .call("PATCH", QStringLiteral("/assets/%1").arg(id),
                       {{QStringLiteral("name"), QStringLiteral("helpdesk")}},
                       m_tokens.value(QStringLiteral("manager")))
                 .status,
             409);
    QCOMPARE(m_server
                 .call("PATCH", QStringLiteral("/assets/%1").arg(id),
                       {{QStringLiteral("holds_pii"), QStringLiteral("yes")}},
                       m_tokens.value(QStringLiteral("manager")))
                 .status,
             400);
}

void TestAssetsApi::remindersOnceAcrossRestarts()
{
    // "Label printer" is due in 3 days: the job at server start sends its 7-day reminder.
    const auto unread = [this](const QString &role) {
        const ApiReply r
            = m_server.call("GET", QStringLiteral("/notifications"), {}, m_tokens.value(role));
        return r.json;
    };
    m_server.stop();
    QVERIFY2(m_server.start(), qPrintable(m_server.errorString()));
    QJsonObject mine = unread(QStringLiteral("employee"));
    QTRY_VERIFY_WITH_TIMEOUT(
        (mine = unread(QStringLiteral("employee"))).value(QStringLiteral("unread_count")).toInt()
            >= 1,
        10'000);
    const QJsonArray items = mine.value(QStringLiteral("items")).toArray();
    QCOMPARE(items.size(), 1);
    const QJsonObject n = items.at(0).toObject();
    QCOMPARE(n.value(QStringLiteral("threshold")).toString(), QStringLiteral("due_in_7"));
    QCOMPARE(n.value(QStringLiteral("asset_id")).toInteger(),
             idOf(QStringLiteral("Label printer")));
    QVERIFY(n.value(QStringLiteral("title")).toString().contains(QStringLiteral("Label printer")));
    QVERIFY(!n.value(QStringLiteral("read")).toBool());
    // Nobody else sees it.
    QCOMPARE(unread(QStringLiteral("other")).value(QStringLiteral("items")).toArray().size(), 0);

    // Again: no duplicate.
    m_server.stop();
    QVERIFY2(m_server.start(), qPrintable(m_server.errorString()));
    QTest::qWait(1000);
    QCOMPARE(unread(QStringLiteral("employee")).value(QStringLiteral("items")).toArray().size(), 1);

    const qint64 id = n.value(QStringLiteral("id")).toInteger();
    QCOMPARE(m_server
                 .call("POST", QStringLiteral("/notifications/%1/read").arg(id), {},
                       m_tokens.value(QStringLiteral("other")))
                 .status,
             404);
    const ApiReply read = m_server.call("POST", QStringLiteral("/notifications/%1/read").arg(id),
                                        {}, m_tokens.value(QStringLiteral("employee")));
    QCOMPARE(read.status, 200);
    QVERIFY(read.json.value(QStringLiteral("read")).toBool());
    QCOMPARE(unread(QStringLiteral("employee")).value(QStringLiteral("unread_count")).toInt(), 0);
}

// A person's manager is set by an admin (PATCH /users, "manager", shown in user objects, a
// bad one named); a review overdue asset_escalation_days (7) reaches the owner's manager and
// the compliance officers — run by the job at the server's start — and not the others.
void TestAssetsApi::overdueReviewsEscalateToManagerAndOfficers()
{
    const QString admin = m_tokens.value(QStringLiteral("admin"));
    const TestServer::Account employee = m_accounts.value(QStringLiteral("employee"));
    const TestServer::Account manager = m_accounts.value(QStringLiteral("manager"));
    const QString path = QStringLiteral("/users/%1").arg(employee.id);
    const ApiReply set
        = m_server.call("PATCH", path, {{QStringLiteral("manager"), manager.username}}, admin);
    QVERIFY2(set.status == 200, set.raw.constData());
    QCOMPARE(set.json.value(QStringLiteral("manager")).toString(), manager.username);
    for (const QString &bad : {QStringLiteral("nobody.here"), employee.username}) {
        const ApiReply refused
            = m_server.call("PATCH", path, {{QStringLiteral("manager"), bad}}, admin);
        QCOMPARE(refused.status, 400);
        QVERIFY2(refused.errorMessage().contains(QLatin1String("manager")),
                 refused.raw.constData());
    }
    QCOMPARE(m_server
                 .call("PATCH", path, {{QStringLiteral("manager"), manager.username}},
                       m_tokens.value(QStringLiteral("manager")))
                 .status,
             403);
    const ApiReply created = m_server.call(
        "POST", QStringLiteral("/assets"),
        {{QStringLiteral("name"), QStringLiteral("Returns NAS")},
         {QStringLiteral("kind"), QStringLiteral("server")},
         {QStringLiteral("owner"), employee.username},
         {QStringLiteral("last_review"), m_today.addMonths(-6).addDays(-10).toString(Qt::ISODate)}},
        m_tokens.value(QStringLiteral("manager")));
    QVERIFY2(created.status == 201, created.raw.constData());
    const auto escalations = [this](const QString &role) {
        int found = 0;
        const ApiReply r = m_server.call("GET", QStringLiteral("/notifications?limit=500"), {},
                                         m_tokens.value(role));
        for (const QJsonValue &v : r.json.value(QStringLiteral("items")).toArray()) {
            const QJsonObject n = v.toObject();
            if (n.value(QStringLiteral("kind")).toString() == QLatin1String("asset_escalation")
                && n.value(QStringLiteral("title"))
                       .toString()
                       .contains(QLatin1String("Returns NAS")))
                ++found;
        }
        return found;
    };
    m_server.stop();
    QVERIFY2(m_server.start(), qPrintable(m_server.errorString()));
    QTRY_COMPARE_WITH_TIMEOUT(escalations(QStringLiteral("manager")), 1, 10'000);
    QCOMPARE(escalations(QStringLiteral("compliance_officer")), 1);
    for (const char *role : {"employee", "other", "admin", "executive"})
        QVERIFY2(escalations(QString::fromLatin1(role)) == 0, role);
}

// The device register over HTTPS: managers register and change, holders see their own, others
// get what a missing id gets; bad fields are named.
void TestAssetsApi::devicesOverHttps()
{
    const QString holder = m_accounts.value(QStringLiteral("employee")).username;
    const QJsonObject stick {{QStringLiteral("kind"), QStringLiteral("usb_stick")},
                             {QStringLiteral("label"), QStringLiteral("Sales figures stick")},
                             {QStringLiteral("serial"), QStringLiteral("SN-42")},
                             {QStringLiteral("holder"), holder},
                             {QStringLiteral("encrypted"), true},
                             {QStringLiteral("approved_use"), QStringLiteral("aggregates_only")}};
    QCOMPARE(m_server
                 .call("POST", QStringLiteral("/devices"), stick,
                       m_tokens.value(QStringLiteral("employee")))
                 .status,
             403);
    QJsonObject typo = stick;
    typo.insert(QStringLiteral("holds_pii"), true);
    const ApiReply unknown = m_server.call("POST", QStringLiteral("/devices"), typo,
                                           m_tokens.value(QStringLiteral("manager")));
    QCOMPARE(unknown.status, 400);
    QVERIFY(unknown.errorMessage().contains(QLatin1String("holds_pii")));
    QJsonObject badUse = stick;
    badUse.insert(QStringLiteral("approved_use"), QStringLiteral("everything"));
    const ApiReply refused = m_server.call("POST", QStringLiteral("/devices"), badUse,
                                           m_tokens.value(QStringLiteral("manager")));
    QCOMPARE(refused.status, 400);
    QVERIFY(refused.errorMessage().contains(QLatin1String("approved_use")));
    const ApiReply made = m_server.call("POST", QStringLiteral("/devices"), stick,
                                        m_tokens.value(QStringLiteral("manager")));
    QCOMPARE(made.status, 201);
    QCOMPARE(made.json.value(QStringLiteral("holder")).toString(), holder);
    QCOMPARE(made.json.value(QStringLiteral("status")).toString(), QStringLiteral("active"));
    const QString path
        = QStringLiteral("/devices/%1").arg(made.json.value(QStringLiteral("id")).toInteger());
    QCOMPARE(m_server.call("GET", path, {}, m_tokens.value(QStringLiteral("employee"))).status,
             200);
    const ApiReply hidden = m_server.call("GET", path, {}, m_tokens.value(QStringLiteral("other")));
    QCOMPARE(hidden.status, 404);
    QCOMPARE(hidden.raw,
             m_server
                 .call("GET", QStringLiteral("/devices/999999"), {},
                       m_tokens.value(QStringLiteral("other")))
                 .raw);
    QCOMPARE(
        m_server
            .call("GET", QStringLiteral("/devices"), {}, m_tokens.value(QStringLiteral("other")))
            .json.value(QStringLiteral("items"))
            .toArray()
            .size(),
        0);
    QCOMPARE(m_server
                 .call("GET", QStringLiteral("/devices?encrypted=maybe"), {},
                       m_tokens.value(QStringLiteral("manager")))
                 .status,
             400);
    const ApiReply retired
        = m_server.call("PATCH", path, {{QStringLiteral("status"), QStringLiteral("retired")}},
                        m_tokens.value(QStringLiteral("manager")));
    QCOMPARE(retired.status, 200);
    QCOMPARE(retired.json.value(QStringLiteral("status")).toString(), QStringLiteral("retired"));
}

namespace {

QString sample(const char *name)
{
    QFile file(QFINDTESTDATA(QString::fromLatin1("data/") + QLatin1String(name)));
    return file.open(QIODevice::ReadOnly) ? QString::fromUtf8(file.readAll()) : QString();
}

QStringList field(const QJsonArray &items, const char *name)
{
    QStringList values;
    for (const QJsonValue &item : items)
        values << item.toObject().value(QLatin1String(name)).toString();
    return values;
}

} // namespace

// Scanner output is stored whole or not at all, the bad result or line named; the severity
// mappings of docs/api.md; a finding still open is not added twice.
void TestAssetsApi::vulnerabilityImportAllOrNothing()
{
    const QString sarif = sample("scan.sarif");
    const QString debsecan = sample("debsecan.txt");
    QVERIFY(!sarif.isEmpty() && !debsecan.isEmpty());
    const auto importAs = [this](const QString &role, const QJsonObject &body) {
        return m_server.call("POST", QStringLiteral("/vulnerabilities/import"), body,
                             m_tokens.value(role));
    };
    const QString officer = QStringLiteral("compliance_officer");
    const QJsonObject fromDebsecan {{QStringLiteral("format"), QStringLiteral("debsecan")},
                                    {QStringLiteral("content"), debsecan}};
    QCOMPARE(importAs(QStringLiteral("employee"), fromDebsecan).status, 403);
    QCOMPARE(m_server
                 .call("GET", QStringLiteral("/vulnerabilities"), {},
                       m_tokens.value(QStringLiteral("executive")))
                 .status,
             403);

    QJsonObject broken = fromDebsecan;
    broken.insert(QStringLiteral("content"),
                  QString(debsecan + QStringLiteral("CVE-2024-1 openssh-server (very urgent)\n")));
    const ApiReply badLine = importAs(officer, broken);
    QCOMPARE(badLine.status, 400);
    QVERIFY2(badLine.errorMessage().contains(QLatin1String("debsecan line 7")),
             badLine.raw.constData());
    QString badSarif = sarif;
    badSarif.replace(QStringLiteral("\"level\": \"warning\""),
                     QStringLiteral("\"level\": \"fatal\""));
    const ApiReply badResult = importAs(officer,
                                        {{QStringLiteral("format"), QStringLiteral("sarif")},
                                         {QStringLiteral("content"), badSarif}});
    QCOMPARE(badResult.status, 400);
    QVERIFY2(badResult.errorMessage().contains(QLatin1String("SARIF run 1 result 2")),
             badResult.raw.constData());
    const QJsonArray none
        = m_server.call("GET", QStringLiteral("/vulnerabilities"), {}, m_tokens.value(officer))
              .json.value(QStringLiteral("items"))
              .toArray();
    QCOMPARE(none.size(), 0);

    const qint64 ordersDb = idOf(QStringLiteral("Orders DB"));
    QVERIFY(ordersDb > 0);
    const QJsonObject fromSarif {{QStringLiteral("format"), QStringLiteral("sarif")},
                                 {QStringLiteral("content"), sarif},
                                 {QStringLiteral("asset_id"), ordersDb}};
    const ApiReply first = importAs(QStringLiteral("admin"), fromSarif);
    QVERIFY2(first.status == 201, first.raw.constData());
    QCOMPARE(first.json.value(QStringLiteral("added")).toInt(), 4);
    const ApiReply again = importAs(QStringLiteral("admin"), fromSarif);
    QCOMPARE(again.json.value(QStringLiteral("added")).toInt(), 0);
    QCOMPARE(again.json.value(QStringLiteral("already_open")).toInt(), 4);
    const QJsonArray scanned
        = m_server.call("GET", QStringLiteral("/vulnerabilities"), {}, m_tokens.value(officer))
              .json.value(QStringLiteral("items"))
              .toArray();
    QCOMPARE(field(scanned, "severity"),
             QStringList({QStringLiteral("critical"), QStringLiteral("high"),
                          QStringLiteral("medium"), QStringLiteral("low")}));
    QCOMPARE(field(scanned, "source").first(), QStringLiteral("sarif:trivy-scanner"));
    QCOMPARE(field(scanned, "asset").first(), QStringLiteral("Orders DB"));
    QCOMPARE(field(scanned, "component").last(), QStringLiteral("etc/nginx/nginx.conf"));

    const ApiReply packages = importAs(QStringLiteral("manager"), fromDebsecan);
    QVERIFY2(packages.status == 201, packages.raw.constData());
    QCOMPARE(packages.json.value(QStringLiteral("added")).toInt(), 6);
    const QJsonArray debian
        = m_server
              .call("GET", QStringLiteral("/vulnerabilities?after=4"), {}, m_tokens.value(officer))
              .json.value(QStringLiteral("items"))
              .toArray();
    QCOMPARE(
        field(debian, "severity"),
        QStringList({QStringLiteral("critical"), QStringLiteral("high"), QStringLiteral("high"),
                     QStringLiteral("medium"), QStringLiteral("low"), QStringLiteral("medium")}));
    QCOMPARE(field(debian, "component").first(), QStringLiteral("liblzma5"));

    const ApiReply audit
        = m_server.call("GET", QStringLiteral("/audit?limit=500"), {}, m_tokens.value(officer));
    int imports = 0; // the stored ones, with what they added (the refusal is audited too)
    for (const QJsonValue &e : audit.json.value(QStringLiteral("items")).toArray()) {
        const QJsonObject event = e.toObject();
        imports += event.value(QStringLiteral("action")).toString()
                == QLatin1String("vulnerability.import")
            && event.value(QStringLiteral("detail")).toString().contains(QLatin1String("added="));
    }
    QCOMPARE(imports, 3);
}

// Due dates follow the severity (7 days for critical); the overdue filter finds what is late;
// a resolution keeps the note and the evidence's SHA-256, and happens once.
void TestAssetsApi::vulnerabilityDueDatesAndResolution()
{
    const QString manager = QStringLiteral("manager");
    const QDateTime found = QDateTime::currentDateTimeUtc().addDays(-10);
    const QJsonObject finding {{QStringLiteral("identifier"), QStringLiteral("CVE-2025-0001")},
                               {QStringLiteral("severity"), QStringLiteral("critical")},
                               {QStringLiteral("component"), QStringLiteral("reverse proxy")},
                               {QStringLiteral("title"), QStringLiteral("Request smuggling")},
                               {QStringLiteral("discovered_at"), found.toString(Qt::ISODate)}};
    QJsonObject noAsset = finding;
    noAsset.remove(QStringLiteral("component"));
    const ApiReply refused = m_server.call("POST", QStringLiteral("/vulnerabilities"), noAsset,
                                           m_tokens.value(manager));
    QCOMPARE(refused.status, 400);
    QVERIFY(refused.errorMessage().contains(QLatin1String("asset_id")));
    const ApiReply made = m_server.call("POST", QStringLiteral("/vulnerabilities"), finding,
                                        m_tokens.value(manager));
    QVERIFY2(made.status == 201, made.raw.constData());
    QCOMPARE(made.json.value(QStringLiteral("source")).toString(), QStringLiteral("manual"));
    const QDateTime due = QDateTime::fromString(
        made.json.value(QStringLiteral("due_at")).toString(), Qt::ISODateWithMs);
    QCOMPARE(QDateTime::fromString(made.json.value(QStringLiteral("discovered_at")).toString(),
                                   Qt::ISODateWithMs)
                 .daysTo(due),
             7);
    QCOMPARE(
        m_server.call("POST", QStringLiteral("/vulnerabilities"), finding, m_tokens.value(manager))
            .status,
        409);
    const auto overdue = [this, manager] {
        return field(m_server
                         .call("GET", QStringLiteral("/vulnerabilities?overdue=true"), {},
                               m_tokens.value(manager))
                         .json.value(QStringLiteral("items"))
                         .toArray(),
                     "identifier");
    };
    QCOMPARE(overdue(), QStringList {QStringLiteral("CVE-2025-0001")});

    const QByteArray evidence("apt changelog: nginx 1.22.1-9+deb12u1 installed");
    const QString path = QStringLiteral("/vulnerabilities/%1/resolve")
                             .arg(made.json.value(QStringLiteral("id")).toInteger());
    const QJsonObject resolution {
        {QStringLiteral("note"), QStringLiteral("Patched and restarted")},
        {QStringLiteral("evidence_name"), QStringLiteral("changelog.txt")},
        {QStringLiteral("evidence_base64"), QString::fromLatin1(evidence.toBase64())}};
    QCOMPARE(
        m_server.call("POST", path, resolution, m_tokens.value(QStringLiteral("employee"))).status,
        403);
    const ApiReply resolved = m_server.call("POST", path, resolution, m_tokens.value(manager));
    QVERIFY2(resolved.status == 200, resolved.raw.constData());
    QCOMPARE(resolved.json.value(QStringLiteral("status")).toString(), QStringLiteral("resolved"));
    QCOMPARE(resolved.json.value(QStringLiteral("evidence_sha256")).toString(),
             QString::fromLatin1(
                 QCryptographicHash::hash(evidence, QCryptographicHash::Sha256).toHex()));
    QCOMPARE(resolved.json.value(QStringLiteral("resolved_by")).toString(),
             m_accounts.value(manager).username);
    QCOMPARE(m_server.call("POST", path, resolution, m_tokens.value(manager)).status, 409);
    QVERIFY(overdue().isEmpty());
}

// Before its due time a finding reminds its asset's owner and the officers; past it, it
// escalates to the owner's manager and the officers (the reminder job runs at the server's
// start).
void TestAssetsApi::vulnerabilityRemindersThenEscalation()
{
    const TestServer::Account employee = m_accounts.value(QStringLiteral("employee"));
    const TestServer::Account manager = m_accounts.value(QStringLiteral("manager"));
    QCOMPARE(m_server
                 .call("PATCH", QStringLiteral("/users/%1").arg(employee.id),
                       {{QStringLiteral("manager"), manager.username}},
                       m_tokens.value(QStringLiteral("admin")))
                 .status,
             200);
    const qint64 ordersDb = idOf(QStringLiteral("Orders DB"));
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const auto record = [&](const char *cve, const char *severity, const QDateTime &found) {
        return m_server
            .call("POST", QStringLiteral("/vulnerabilities"),
                  {{QStringLiteral("identifier"), QLatin1String(cve)},
                   {QStringLiteral("severity"), QLatin1String(severity)},
                   {QStringLiteral("asset_id"), ordersDb},
                   {QStringLiteral("title"), QStringLiteral("finding")},
                   {QStringLiteral("discovered_at"), found.toString(Qt::ISODate)}},
                  m_tokens.value(QStringLiteral("manager")))
            .status;
    };
    QCOMPARE(record("CVE-2025-1000", "critical", now.addDays(-6).addSecs(-3600)), 201);
    QCOMPARE(record("CVE-2025-2000", "high", now.addDays(-31)), 201);
    const auto told = [this](const QString &role, const char *kind, const char *cve) {
        int found = 0;
        const ApiReply r = m_server.call("GET", QStringLiteral("/notifications?limit=500"), {},
                                         m_tokens.value(role));
        for (const QJsonValue &v : r.json.value(QStringLiteral("items")).toArray()) {
            const QJsonObject n = v.toObject();
            found += n.value(QStringLiteral("kind")).toString() == QLatin1String(kind)
                && n.value(QStringLiteral("title")).toString().contains(QLatin1String(cve));
        }
        return found;
    };
    m_server.stop();
    QVERIFY2(m_server.start(), qPrintable(m_server.errorString()));
    const QString officer = QStringLiteral("compliance_officer");
    QTRY_COMPARE_WITH_TIMEOUT(told(officer, "vulnerability_escalation", "CVE-2025-2000"), 1,
                              10'000);
    QCOMPARE(told(officer, "vulnerability_due", "CVE-2025-1000"), 1);
    QCOMPARE(told(QStringLiteral("employee"), "vulnerability_due", "CVE-2025-1000"), 1);
    QCOMPARE(told(QStringLiteral("employee"), "vulnerability_escalation", "CVE-2025-2000"), 0);
    QCOMPARE(told(QStringLiteral("manager"), "vulnerability_escalation", "CVE-2025-2000"), 1);
    QCOMPARE(told(QStringLiteral("manager"), "vulnerability_due", "CVE-2025-1000"), 0);
    QCOMPARE(told(QStringLiteral("other"), "vulnerability_due", "CVE-2025-1000"), 0);
}

// One finding is read by id; the list filters by source (every SARIF tool's with "sarif"); a
// finding due within vulnerability_warn_hours or overdue waits among the tasks of those who
// manage the register, and a change to the register reaches their change feed only.
void TestAssetsApi::vulnerabilityReadBySourceInTasksAndFeed()
{
    const QString officer = QStringLiteral("compliance_officer");
    const QString employee = QStringLiteral("employee");
    const auto items = [this](const QString &path, const QString &role) {
        return m_server.call("GET", path, {}, m_tokens.value(role))
            .json.value(QStringLiteral("items"))
            .toArray();
    };
    const QJsonArray all = items(QStringLiteral("/vulnerabilities?limit=500"), officer);
    qsizetype bySource = 0;
    QHash<QString, qint64> ids; // identifier -> id, of the manual findings
    for (const char *source : {"sarif", "debsecan", "manual"}) {
        const QJsonArray found = items(
            QStringLiteral("/vulnerabilities?limit=500&source=%1").arg(QLatin1String(source)),
            officer);
        QVERIFY2(!found.isEmpty(), source);
        for (const QJsonValue &v : found) {
            const QString got = v.toObject().value(QStringLiteral("source")).toString();
            QVERIFY2(qstrcmp(source, "sarif") == 0 ? got.startsWith(QLatin1String("sarif:"))
                                                   : got == QLatin1String(source),
                     qPrintable(got));
            if (got == QLatin1String("manual"))
                ids.insert(v.toObject().value(QStringLiteral("identifier")).toString(),
                           v.toObject().value(QStringLiteral("id")).toInteger());
        }
        bySource += found.size();
    }
    QCOMPARE(bySource, all.size());
    QVERIFY(items(QStringLiteral("/vulnerabilities?source=sarif:nothing"), officer).isEmpty());

    const qint64 late = ids.value(QStringLiteral("CVE-2025-2000"));
    const qint64 soon = ids.value(QStringLiteral("CVE-2025-1000"));
    const qint64 resolved = ids.value(QStringLiteral("CVE-2025-0001"));
    QVERIFY(late > 0 && soon > 0 && resolved > 0);
    const ApiReply read = m_server.call("GET", QStringLiteral("/vulnerabilities/%1").arg(late), {},
                                        m_tokens.value(QStringLiteral("manager")));
    QVERIFY2(read.status == 200, read.raw.constData());
    QCOMPARE(read.json.value(QStringLiteral("identifier")).toString(),
             QStringLiteral("CVE-2025-2000"));
    QCOMPARE(read.json.value(QStringLiteral("asset")).toString(), QStringLiteral("Orders DB"));
    QCOMPARE(m_server
                 .call("GET", QStringLiteral("/vulnerabilities/%1").arg(late), {},
                       m_tokens.value(employee))
                 .status,
             403);
    QCOMPARE(
        m_server.call("GET", QStringLiteral("/vulnerabilities/999999"), {}, m_tokens.value(officer))
            .status,
        404);

    // Tasks: the overdue and the nearly due finding, not the resolved one nor those due later.
    QHash<QString, QJsonObject> tasks;
    for (const QJsonValue &t : items(QStringLiteral("/me/tasks?limit=500"), officer)) {
        if (t.toObject().value(QStringLiteral("kind")) == QLatin1String("vulnerability"))
            tasks.insert(t.toObject().value(QStringLiteral("object_id")).toString(), t.toObject());
    }
    QCOMPARE(tasks.size(), 2);
    const QJsonObject task = tasks.value(QString::number(late));
    QCOMPARE(task.value(QStringLiteral("object_type")).toString(), QStringLiteral("vulnerability"));
    QCOMPARE(task.value(QStringLiteral("title")).toString(),
             QStringLiteral("Resolve CVE-2025-2000 (high) on Orders DB"));
    QCOMPARE(task.value(QStringLiteral("due_at")), read.json.value(QStringLiteral("due_at")));
    QVERIFY(tasks.contains(QString::number(soon)));
    for (const QJsonValue &t : items(QStringLiteral("/me/tasks?limit=500"), employee))
        QVERIFY(t.toObject().value(QStringLiteral("kind")) != QLatin1String("vulnerability"));

    // The change feed names the register to those who manage it.
    const auto cursor = [this](const QString &role) {
        return m_server.call("GET", QStringLiteral("/changes"), {}, m_tokens.value(role))
            .json.value(QStringLiteral("cursor"))
            .toString();
    };
    const QString officerCursor = cursor(officer);
    const QString employeeCursor = cursor(employee);
    QCOMPARE(m_server
                 .call("POST", QStringLiteral("/vulnerabilities"),
                       {{QStringLiteral("identifier"), QStringLiteral("CVE-2025-3000")},
                        {QStringLiteral("severity"), QStringLiteral("low")},
                        {QStringLiteral("component"), QStringLiteral("curl")},
                        {QStringLiteral("title"), QStringLiteral("finding")}},
                       m_tokens.value(QStringLiteral("manager")))
                 .status,
             201);
    const auto kinds = [this](const QString &role, const QString &after) {
        QStringList named;
        for (const QJsonValue &k :
             m_server
                 .call("GET", QStringLiteral("/changes?after=") + after, {}, m_tokens.value(role))
                 .json.value(QStringLiteral("kinds"))
                 .toArray())
            named << k.toString();
        return named;
    };
    QCOMPARE(kinds(officer, officerCursor), QStringList {QStringLiteral("vulnerabilities")});
    QCOMPARE(kinds(employee, employeeCursor), QStringList());
}

// Officers keep the subcontractor register: create, change, assess with a document (its
// SHA-256 kept, the next one due 12 months on), end; others get 403; every change audited.
void TestAssetsApi::subcontractorRegisterOverHttps()
{
    const QString officer = QStringLiteral("compliance_officer");
    const QJsonObject labels {
        {QStringLiteral("name"), QStringLiteral("Parcel Labels Ltd")},
        {QStringLiteral("contact"), QStringLiteral("dpo@labels.example")},
        {QStringLiteral("data_categories"),
         QJsonArray {QStringLiteral("shipping_address"), QStringLiteral("order_facts")}}};
    for (const char *role : {"manager", "employee", "executive"})
        QCOMPARE(m_server
                     .call("POST", QStringLiteral("/subcontractors"), labels,
                           m_tokens.value(QLatin1String(role)))
                     .status,
                 403);
    QJsonObject unknown = labels;
    unknown.insert(QStringLiteral("data_categories"), QJsonArray {QStringLiteral("passwords")});
    ApiReply r = m_server.call("POST", QStringLiteral("/subcontractors"), unknown,
                               m_tokens.value(officer));
    QCOMPARE(r.status, 400);
    QVERIFY2(r.errorMessage().contains(QLatin1String("passwords")), r.raw.constData());
    QJsonObject secret = labels;
    secret.insert(QStringLiteral("contact"), QStringLiteral("Atzr|IwEBIA-pasted-by-mistake"));
    r = m_server.call("POST", QStringLiteral("/subcontractors"), secret, m_tokens.value(officer));
    QCOMPARE(r.status, 400);
    QVERIFY2(r.errorMessage().startsWith(QLatin1String("contact looks like")), r.raw.constData());
    const ApiReply made
        = m_server.call("POST", QStringLiteral("/subcontractors"), labels, m_tokens.value(officer));
    QVERIFY2(made.status == 201, made.raw.constData());
    QCOMPARE(made.json.value(QStringLiteral("data_categories")).toArray(),
             QJsonArray({QStringLiteral("order_facts"), QStringLiteral("shipping_address")}));
    QVERIFY(made.json.value(QStringLiteral("last_assessment")).isNull());
    QCOMPARE(
        m_server.call("POST", QStringLiteral("/subcontractors"), labels, m_tokens.value(officer))
            .status,
        409);
    const qint64 id = made.json.value(QStringLiteral("id")).toInteger();
    const QString one = QStringLiteral("/subcontractors/%1").arg(id);
    r = m_server.call("GET", QStringLiteral("/subcontractors?overdue=true"), {},
                      m_tokens.value(officer));
    QCOMPARE(field(r.json.value(QStringLiteral("items")).toArray(), "name"),
             QStringList {QStringLiteral("Parcel Labels Ltd")}); // never assessed: due at once

    const QByteArray document("%PDF-1.7 third-party risk assessment");
    const QDateTime assessedAt = QDateTime::currentDateTimeUtc().addDays(-30);
    const QJsonObject assessment {
        {QStringLiteral("assessed_at"), assessedAt.toString(Qt::ISODate)},
        {QStringLiteral("outcome"), QStringLiteral("approved_with_conditions")},
        {QStringLiteral("assessor"), QStringLiteral("Olga Officer")},
        {QStringLiteral("notes"), QStringLiteral("encrypts labels at rest from Q1")},
        {QStringLiteral("document_name"), QStringLiteral("labels-2026.pdf")},
        {QStringLiteral("document_base64"), QString::fromLatin1(document.toBase64())}};
    QCOMPARE(m_server
                 .call("POST", one + QStringLiteral("/assessments"), assessment,
                       m_tokens.value(QStringLiteral("manager")))
                 .status,
             403);
    QJsonObject badOutcome = assessment;
    badOutcome.insert(QStringLiteral("outcome"), QStringLiteral("fine"));
    QCOMPARE(
        m_server
            .call("POST", one + QStringLiteral("/assessments"), badOutcome, m_tokens.value(officer))
            .status,
        400);
    const ApiReply assessed = m_server.call("POST", one + QStringLiteral("/assessments"),
                                            assessment, m_tokens.value(officer));
    QVERIFY2(assessed.status == 201, assessed.raw.constData());
    const QJsonObject last = assessed.json.value(QStringLiteral("last_assessment")).toObject();
    QCOMPARE(last.value(QStringLiteral("document_sha256")).toString(),
             QString::fromLatin1(
                 QCryptographicHash::hash(document, QCryptographicHash::Sha256).toHex()));
    QCOMPARE(last.value(QStringLiteral("document_bytes")).toInteger(), document.size());
    QVERIFY(!last.contains(QStringLiteral("document")));
    const QDateTime due = QDateTime::fromString(
        assessed.json.value(QStringLiteral("assessment_due_at")).toString(), Qt::ISODateWithMs);
    QCOMPARE(due.date(), assessedAt.date().addMonths(12));
    r = m_server.call("GET", QStringLiteral("/subcontractors?overdue=true"), {},
                      m_tokens.value(officer));
    QVERIFY(r.json.value(QStringLiteral("items")).toArray().isEmpty());

    r = m_server.call("PATCH", one,
                      {{QStringLiteral("contact"), QStringLiteral("it@labels.example")}},
                      m_tokens.value(officer));
    QVERIFY2(r.status == 200, r.raw.constData());
    QCOMPARE(r.json.value(QStringLiteral("contact")).toString(),
             QStringLiteral("it@labels.example"));
    r = m_server.call("POST", one + QStringLiteral("/end"),
                      {{QStringLiteral("note"), QStringLiteral("contract ended")}},
                      m_tokens.value(officer));
    QVERIFY2(r.status == 200, r.raw.constData());
    QCOMPARE(r.json.value(QStringLiteral("status")).toString(), QStringLiteral("ended"));
    QCOMPARE(m_server
                 .call("POST", one + QStringLiteral("/end"),
                       {{QStringLiteral("note"), QStringLiteral("again")}}, m_tokens.value(officer))
                 .status,
             409);
    QCOMPARE(m_server
                 .call("GET", QStringLiteral("/subcontractors?status=active"), {},
                       m_tokens.value(officer))
                 .json.value(QStringLiteral("items"))
                 .toArray()
                 .size(),
             0);
    QCOMPARE(m_server
                 .call("GET", QStringLiteral("/subcontractors"), {},
                       m_tokens.value(QStringLiteral("employee")))
                 .status,
             403);

    for (const char *action : {"subcontractor.create", "subcontractor.assess",
                               "subcontractor.update", "subcontractor.end"})
        QCOMPARE(succeeded(QLatin1String(action)), 1);
}

// API credentials by their metadata only: a pasted secret is refused naming the field, a
// rotation moves the due date and is audited, a retired one takes no rotation.
void TestAssetsApi::credentialRegisterOverHttps()
{
    const QString admin = QStringLiteral("admin");
    const QString owner = m_accounts.value(QStringLiteral("employee")).username;
    const QJsonObject lwa {{QStringLiteral("name"), QStringLiteral("SP-API LWA client")},
                           {QStringLiteral("owner"), owner},
                           {QStringLiteral("location"), QStringLiteral("Vault: secret/sp-api/lwa")},
                           {QStringLiteral("purpose"), QStringLiteral("order sync")},
                           {QStringLiteral("last_rotated_at"),
                            QDateTime::currentDateTimeUtc().addDays(-100).toString(Qt::ISODate)}};
    QCOMPARE(m_server
                 .call("POST", QStringLiteral("/api-credentials"), lwa,
                       m_tokens.value(QStringLiteral("manager")))
                 .status,
             403);
    for (const auto &[field, pasted] :
         {std::pair {"location", "amzn1.oa2-cs.v1.8d1c0a2b3e4f5a6b7c8d9e0f1a2b3c4d"},
          std::pair {"purpose", "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY"},
          std::pair {"name", "Atzr|IwEBIJx8kQmZ"}}) {
        QJsonObject pastedBody = lwa;
        pastedBody.insert(QLatin1String(field), QLatin1String(pasted));
        const ApiReply refused = m_server.call("POST", QStringLiteral("/api-credentials"),
                                               pastedBody, m_tokens.value(admin));
        QCOMPARE(refused.status, 400);
        QVERIFY2(refused.errorMessage().startsWith(QLatin1String(field) + QLatin1String(" looks")),
                 refused.raw.constData());
        QVERIFY(!refused.raw.contains(pasted));
    }
    QJsonObject tooLong = lwa;
    tooLong.insert(QStringLiteral("rotation_days"), 365);
    QCOMPARE(
        m_server.call("POST", QStringLiteral("/api-credentials"), tooLong, m_tokens.value(admin))
            .status,
        400);
    const ApiReply made
        = m_server.call("POST", QStringLiteral("/api-credentials"), lwa, m_tokens.value(admin));
    QVERIFY2(made.status == 201, made.raw.constData());
    QCOMPARE(made.json.value(QStringLiteral("rotation_days")).toInt(), 90);
    QCOMPARE(made.json.value(QStringLiteral("owner")).toString(), owner);
    const QString one = QStringLiteral("/api-credentials/%1")
                            .arg(made.json.value(QStringLiteral("id")).toInteger());
    ApiReply r = m_server.call("GET", QStringLiteral("/api-credentials?overdue=true"), {},
                               m_tokens.value(admin));
    QCOMPARE(field(r.json.value(QStringLiteral("items")).toArray(), "name"),
             QStringList {QStringLiteral("SP-API LWA client")});
    r = m_server.call("PATCH", one, {{QStringLiteral("location"), QStringLiteral("Atza|pasted")}},
                      m_tokens.value(admin));
    QCOMPARE(r.status, 400);
    const ApiReply rotated = m_server.call(
        "POST", one + QStringLiteral("/rotations"),
        {{QStringLiteral("note"), QStringLiteral("new secret in Vault")}}, m_tokens.value(admin));
    QVERIFY2(rotated.status == 201, rotated.raw.constData());
    const QDateTime at = QDateTime::fromString(
        rotated.json.value(QStringLiteral("last_rotated_at")).toString(), Qt::ISODateWithMs);
    QCOMPARE(
        at.daysTo(QDateTime::fromString(
            rotated.json.value(QStringLiteral("rotation_due_at")).toString(), Qt::ISODateWithMs)),
        90);
    r = m_server.call("GET", QStringLiteral("/api-credentials?overdue=true"), {},
                      m_tokens.value(admin));
    QVERIFY(r.json.value(QStringLiteral("items")).toArray().isEmpty());
    QCOMPARE(m_server
                 .call("POST", one + QStringLiteral("/retire"),
                       {{QStringLiteral("note"), QStringLiteral("client left")}},
                       m_tokens.value(admin))
                 .status,
             200);
    QCOMPARE(
        m_server.call("POST", one + QStringLiteral("/rotations"), {}, m_tokens.value(admin)).status,
        409);
    QCOMPARE(succeeded(QStringLiteral("api_credential.rotate"), "note=new secret in Vault"), 1);
    QCOMPARE(succeeded(QStringLiteral("api_credential.retire")), 1);
}

// debsecan's --format detail blocks: the summary's severity mapping, a title with the installed
// version and whether a fix is available; each malformed kind refused naming its line, with
// nothing stored.
void TestAssetsApi::vulnerabilityDebsecanDetailImport()
{
    const QString detail = sample("debsecan-detail.txt");
    QVERIFY(!detail.isEmpty());
    const QString officer = QStringLiteral("compliance_officer");
    const auto stored = [this, &officer]() {
        return m_server
            .call("GET", QStringLiteral("/vulnerabilities?limit=500"), {}, m_tokens.value(officer))
            .json.value(QStringLiteral("items"))
            .toArray();
    };
    const qint64 lastBefore = stored().last().toObject().value(QStringLiteral("id")).toInteger();
    // On an asset of its own, so no finding is one of the earlier tests' still open.
    const qint64 asset = idOf(QStringLiteral("Orders DB"));
    QVERIFY(asset > 0);
    const auto importAs = [this, asset](const QString &format, const QString &content) {
        return m_server.call("POST", QStringLiteral("/vulnerabilities/import"),
                             QJsonObject {{QStringLiteral("format"), format},
                                          {QStringLiteral("content"), content},
                                          {QStringLiteral("asset_id"), asset}},
                             m_tokens.value(QStringLiteral("manager")));
    };
    const auto lineOf = [](const QString &text, const QString &needle) {
        return text.left(text.indexOf(needle)).count(u'\n') + 1;
    };
    const QString detailFormat = QStringLiteral("debsecan-detail");
    struct Broken
    {
        const char *kind;
        QString content;
        qsizetype line;
        QString says;
    };
    const auto replaced = [&detail](const QString &from, const QString &to) {
        QString changed = detail;
        changed.replace(from, to);
        return changed;
    };
    const QString stray = QStringLiteral("  not under any finding\n");
    const QList<Broken> broken {
        {"unknown flag",
         replaced(QStringLiteral("CVE-2023-4039 (low urgency)"),
                  QStringLiteral("CVE-2023-4039 (very urgent)")),
         lineOf(detail, QStringLiteral("CVE-2023-4039")), QStringLiteral("unknown flag")},
        {"not an identifier",
         replaced(QStringLiteral("CVE-2023-44487 ("), QStringLiteral("CVE-2023-44487! (")),
         lineOf(detail, QStringLiteral("CVE-2023-44487")), QStringLiteral("not an identifier")},
        {"no installed line",
         replaced(QStringLiteral("  installed: bash 5.2.15-2+b2\n             (built from bash "
                                 "5.2.15-2)\n"),
                  QString()),
         lineOf(detail, QStringLiteral("TEMP-0841856-B18BAF")),
         QStringLiteral("has no \"installed:\" line")},
        {"installed without a version",
         replaced(QStringLiteral("installed: libc6 2.36-9+deb12u1"),
                  QStringLiteral("installed: libc6")),
         lineOf(detail, QStringLiteral("installed: libc6")),
         QStringLiteral("expected \"installed: PACKAGE VERSION\" for CVE-2023-4911")},
        {"unexpected line",
         replaced(QStringLiteral("  fixed in unstable: nghttp2"),
                  QStringLiteral("  fixed someday\n  fixed in unstable: nghttp2")),
         lineOf(detail, QStringLiteral("  fixed in unstable: nghttp2")),
         QStringLiteral("unexpected line in the block of CVE-2023-44487")},
        {"second installed line",
         replaced(QStringLiteral("  fixed in unstable: openssl"),
                  QStringLiteral("  installed: libssl3 3.0.11-1~deb12u1\n  fixed in unstable: "
                                 "openssl")),
         lineOf(detail, QStringLiteral("  fixed in unstable: openssl")),
         QStringLiteral("a second \"installed:\" line")},
        {"indented line first", stray + detail, 1, QStringLiteral("before the first")},
        {"summary format", sample("debsecan.txt"), 1,
         QStringLiteral("expected \"CVE-ID (flags)\"")},
    };
    for (const Broken &b : broken) {
        const ApiReply refused = importAs(detailFormat, b.content);
        QVERIFY2(refused.status == 400, b.kind);
        const QString expected = QStringLiteral("debsecan line %1: ").arg(b.line);
        QVERIFY2(refused.errorMessage().contains(expected)
                     && refused.errorMessage().contains(b.says),
                 qPrintable(
                     QStringLiteral("%1: %2").arg(QLatin1String(b.kind), refused.errorMessage())));
    }
    // Detail output sent as the summary format: the error says which format it is.
    const ApiReply wrongFormat = importAs(QStringLiteral("debsecan"), detail);
    QCOMPARE(wrongFormat.status, 400);
    QVERIFY2(wrongFormat.errorMessage().contains(QLatin1String("debsecan line 1: "))
                 && wrongFormat.errorMessage().contains(detailFormat),
             wrongFormat.raw.constData());
    QCOMPARE(stored().last().toObject().value(QStringLiteral("id")).toInteger(), lastBefore);

    const ApiReply done = importAs(detailFormat, detail);
    QVERIFY2(done.status == 201, done.raw.constData());
    QCOMPARE(done.json.value(QStringLiteral("added")).toInt(), 6);
    const QJsonArray added
        = m_server
              .call("GET", QStringLiteral("/vulnerabilities?after=%1").arg(lastBefore), {},
                    m_tokens.value(officer))
              .json.value(QStringLiteral("items"))
              .toArray();
    QCOMPARE(added.size(), 6);
    // The summary sample's six findings, with the severities its flags give there.
    QCOMPARE(
        field(added, "severity"),
        QStringList({QStringLiteral("critical"), QStringLiteral("high"), QStringLiteral("high"),
                     QStringLiteral("medium"), QStringLiteral("low"), QStringLiteral("medium")}));
    QCOMPARE(field(added, "identifier").last(), QStringLiteral("TEMP-0841856-B18BAF"));
    QCOMPARE(field(added, "component"),
             QStringList({QStringLiteral("liblzma5"), QStringLiteral("libc6"),
                          QStringLiteral("libnghttp2-14"), QStringLiteral("libssl3"),
                          QStringLiteral("gcc-12-base"), QStringLiteral("bash")}));
    QCOMPARE(field(added, "source"), QStringList(6, QStringLiteral("debsecan")));
    QCOMPARE(field(added, "title").at(1),
             QStringLiteral("CVE-2023-4911 in libc6 2.36-9+deb12u1 (fix available): A buffer "
                            "overflow was discovered in the GNU C Library's dynamic loader ..."));
    QVERIFY2(field(added, "title")
                 .first()
                 .startsWith(QLatin1String("CVE-2024-3094 in liblzma5 5.4.1-0.2: Malicious code")),
             qPrintable(field(added, "title").first()));
    QCOMPARE(importAs(detailFormat, detail).json.value(QStringLiteral("already_open")).toInt(), 6);
}

// Only a subcontractor that receives Amazon data needs a yearly assessment (DPP25-TP-01), so one
// that receives none never counts as overdue, never assessed though it is.
void TestAssetsApi::subcontractorWithoutAmazonDataIsNeverOverdue()
{
    const QString officer = QStringLiteral("compliance_officer");
    const ApiReply made
        = m_server.call("POST", QStringLiteral("/subcontractors"),
                        {{QStringLiteral("name"), QStringLiteral("Office Cleaners")},
                         {QStringLiteral("contact"), QStringLiteral("Facilities")},
                         {QStringLiteral("data_categories"), QJsonArray {}}},
                        m_tokens.value(officer));
    QVERIFY2(made.status == 201, made.raw.constData());
    const ApiReply overdue = m_server.call("GET", QStringLiteral("/subcontractors?overdue=true"),
                                           {}, m_tokens.value(officer));
    QCOMPARE(overdue.status, 200);
    QVERIFY2(!field(overdue.json.value(QStringLiteral("items")).toArray(), "name")
                  .contains(QStringLiteral("Office Cleaners")),
             overdue.raw.constData());
}

QTEST_GUILESS_MAIN(TestAssetsApi)
#include "tst_assets_api.moc"
