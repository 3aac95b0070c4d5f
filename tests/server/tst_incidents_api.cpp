// The incident API over real HTTPS against the real compliance-stored (SQLite and, as _pg,
// PostgreSQL): who may do what on every endpoint, the breach notification reaching exactly the
// designated people (incident contacts first; titles do not count) in their notification inbox,
// a critical alert when no incident contact is designated, acknowledgement, refused transitions,
// the checklist and timeline, and the overdue-clock job flagging the Amazon clock once.

#include "TestServer.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QRegularExpression>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTcpServer>
#include <QTest>

using namespace cc::test;

class TestIncidentsApi : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    // First, while the store holds only what they seed (and the breach of initTestCase).
    void dashboardCountsCompanyWideOrMine();
    void dashboardTrendsOfSeededMonths();
    void boardAndIncidentReportsArePdfsAndAudited();
    void endpointsNeedSignIn_data();
    void endpointsNeedSignIn();
    void rbacOnEveryEndpoint_data();
    void rbacOnEveryEndpoint();
    void breachReachesCtoAndCeoInbox();
    void acknowledgeOnlyByNotifiedExecutives();
    void workflowTransitionsAndValidation();
    void eventsNoteAndTasks();
    void listVisibilityFilterAndPaging();
    void overdueAmazonClockFlaggedOnce();
    void designationsThroughUsersApi();
    void deletionRequestsRemindOfficersBeforeDue();
    void emailDeliveredToLocalSmtpAndRetried();
    void noSmtpWarnsAdminsAndOfficers();
    void emailPreferencesEachNoneAndBreachAlways();
    void breachNoticesReachIncidentContactsFirst();
    void dashboardNamesIncidentContacts();

private:
    ApiReply call(const QByteArray &method, const QString &path, const QString &who,
                  const QJsonObject &body = {});
    qint64 report(const QString &who, bool amazon, const QString &title,
                  const QString &detectedAt = {});
    QJsonArray inbox(const QString &who);
    // smtp.json naming a plain-SMTP relay on loopback at port (STARTTLS if offered).
    void writeSmtpConfig(quint16 port);
    // A real SMTP server on loopback (Debian python3-aiosmtpd) that prints what it receives.
    bool startRelay(QProcess &relay, quint16 port);
    void execSql(const QString &sql, const QVariantList &args = {});
    // The first column of each row, straight from the store.
    QStringList sqlColumn(const QString &sql, const QVariantList &args = {});
    // The last audit event of `action` (as the officer sees GET /audit).
    QJsonObject lastEvent(const QString &action);

    ApiReply designate(const QString &key, const QStringList &designations,
                       const QString &by = QStringLiteral("admin"));

    TestServer m_server;
    QHash<QString, QString> m_tokens; // key -> token
    QHash<QString, qint64> m_ids; // key -> user id
    qint64 m_breach = 0;
};

void TestIncidentsApi::initTestCase()
{
    QVERIFY2(m_server.start({QStringLiteral("--jobs-every"), QStringLiteral("1")}),
             qPrintable(m_server.errorString()));
    struct Person
    {
        const char *key;
        const char *role;
        const char *title;
    };
    const Person people[] = {
        {"admin", "admin", "IT Administrator"},
        {"officer", "compliance_officer", "Compliance Officer"},
        {"manager", "manager", "Operations Manager"},
        {"employee", "employee", "Support Agent"},
        // Titles do not count: the CFO's says CEO; the CTO's is the policy's own words.
        {"cto", "executive", "Chief Technical Officer"},
        {"ceo", "executive", "Chief Executive Officer"},
        {"leaver", "executive", "CEO"},
        {"cfo", "executive", "CEO"},
    };
    QHash<QString, qint64> &ids = m_ids;
    for (const Person &p : people) {
        TestServer::Account a
            = m_server.addUser(QString::fromLatin1(p.key) + QStringLiteral(".x"),
                               QString::fromLatin1(p.role), QString::fromLatin1(p.title));
        QVERIFY2(a.id > 0, p.key);
        ids.insert(QString::fromLatin1(p.key), a.id);
        const QString token = m_server.login(a);
        QVERIFY2(!token.isEmpty(), p.key);
        m_tokens.insert(QString::fromLatin1(p.key), token);
    }
    const ApiReply leaverDesignated = designate(QStringLiteral("leaver"), {QStringLiteral("ceo")});
    QVERIFY2(leaverDesignated.status == 200, leaverDesignated.raw.constData());
    const ApiReply left = call(
        "POST", QStringLiteral("/users/%1/offboard").arg(ids.value(QStringLiteral("leaver"))),
        QStringLiteral("admin"), {{QStringLiteral("reason"), QStringLiteral("left")}});
    QVERIFY2(left.status == 200, left.raw.constData());
    // The leaver's designation went with them: the new CEO can take it.
    QCOMPARE(
        left.json.value(QStringLiteral("user")).toObject().value(QStringLiteral("designations")),
        QJsonValue(QJsonArray()));
    for (const auto &[key, designation] : {std::pair {"cto", "cto"}, {"ceo", "ceo"}}) {
        const ApiReply d = designate(QString::fromLatin1(key), {QString::fromLatin1(designation)});
        QVERIFY2(d.status == 200, d.raw.constData());
    }
    m_breach = report(QStringLiteral("employee"), true,
                      QStringLiteral("Order export shared by public link"));
    QVERIFY(m_breach > 0);
}

ApiReply TestIncidentsApi::call(const QByteArray &method, const QString &path, const QString &who,
                                const QJsonObject &body)
{
    return m_server.call(method, path, body, m_tokens.value(who));
}

qint64 TestIncidentsApi::report(const QString &who, bool amazon, const QString &title,
                                const QString &detectedAt)
{
    QJsonObject body {{QStringLiteral("title"), title},
                      {QStringLiteral("description"), QStringLiteral("Found by a colleague.")},
                      {QStringLiteral("severity"), amazon ? 1 : 3},
                      {QStringLiteral("category"),
                       amazon ? QStringLiteral("data_breach") : QStringLiteral("availability")},
                      {QStringLiteral("involves_amazon_data"), amazon}};
    if (!detectedAt.isEmpty())
        body.insert(QStringLiteral("detected_at"), detectedAt);
    const ApiReply r = call("POST", QStringLiteral("/incidents"), who, body);
    if (r.status != 201) {
        qWarning("report failed: %d %s", r.status, r.raw.constData());
        return 0;
    }
    return r.json.value(QStringLiteral("id")).toInteger();
}

ApiReply TestIncidentsApi::designate(const QString &key, const QStringList &designations,
                                     const QString &by)
{
    return call("PATCH", QStringLiteral("/users/%1").arg(m_ids.value(key)), by,
                {{QStringLiteral("designations"), QJsonArray::fromStringList(designations)}});
}

void TestIncidentsApi::execSql(const QString &sql, const QVariantList &args)
{
    // The test plays the calendar on the store's own tables: months gone by.
    const QString connection = QStringLiteral("incidents-sql");
    {
        QSqlDatabase db = m_server.database().openDirect(m_server.dataDir(), connection);
        QSqlQuery q(db);
        QVERIFY(q.prepare(sql));
        for (const QVariant &arg : args)
            q.addBindValue(arg);
        QVERIFY2(q.exec(), qPrintable(q.lastError().text()));
    }
    QSqlDatabase::removeDatabase(connection);
}

QStringList TestIncidentsApi::sqlColumn(const QString &sql, const QVariantList &args)
{
    const QString connection = QStringLiteral("incidents-sql-read");
    QStringList values;
    {
        QSqlDatabase db = m_server.database().openDirect(m_server.dataDir(), connection);
        QSqlQuery q(db);
        if (!q.prepare(sql))
            qWarning("cannot prepare %s: %s", qPrintable(sql), qPrintable(q.lastError().text()));
        for (const QVariant &arg : args)
            q.addBindValue(arg);
        if (!q.exec())
            qWarning("cannot run %s: %s", qPrintable(sql), qPrintable(q.lastError().text()));
        while (q.next())
            values << q.value(0).toString();
    }
    QSqlDatabase::removeDatabase(connection);
    return values;
}

QJsonObject TestIncidentsApi::lastEvent(const QString &action)
{
    const ApiReply r
        = call("GET", QStringLiteral("/audit?action=%1&order=desc&limit=1").arg(action),
               QStringLiteral("officer"));
    if (r.status != 200)
        qWarning("audit failed: %d %s", r.status, r.raw.constData());
    return r.json.value(QStringLiteral("items")).toArray().at(0).toObject();
}

namespace {

// The text of a PDF through poppler's pdftotext; empty when it is not installed.
QString pdfText(const QByteArray &pdf)
{
    if (QStandardPaths::findExecutable(QStringLiteral("pdftotext")).isEmpty())
        return {};
    QProcess p;
    p.start(QStringLiteral("pdftotext"), {QStringLiteral("-"), QStringLiteral("-")});
    p.write(pdf);
    p.closeWriteChannel();
    p.waitForFinished(60000);
    return QString::fromUtf8(p.readAllStandardOutput()).simplified();
}

// Midday UTC of `day` in the month `back` months before this one.
qint64 monthsAgo(int back, int day)
{
    const QDate today = QDateTime::currentDateTimeUtc().date();
    const QDate month = QDate(today.year(), today.month(), 1).addMonths(-back);
    return QDateTime(month.addDays(day - 1), QTime(12, 0), Qt::UTC).toMSecsSinceEpoch();
}

QString monthName(int back)
{
    const QDate today = QDateTime::currentDateTimeUtc().date();
    return QDate(today.year(), today.month(), 1)
        .addMonths(-back)
        .toString(QStringLiteral("yyyy-MM"));
}

} // namespace

// GET /dashboard: executives and officers get company totals, everyone else their own, and
// each count says which. Seeded: 5 pending requests (3 the employee's), 6 overdue asset reviews
// (4 the employee's) and 1 due, 2 open incidents (the breach, the employee's; one the officer's).
void TestIncidentsApi::dashboardCountsCompanyWideOrMine()
{
    for (const auto &[who, n] : {std::pair {"employee", 3}, {"manager", 2}}) {
        for (int i = 0; i < n; ++i) {
            const ApiReply r = call(
                "POST", QStringLiteral("/access-requests"), QString::fromLatin1(who),
                {{QStringLiteral("category"), QStringLiteral("orders.nonpii")},
                 {QStringLiteral("client"), QStringLiteral("ACME-EU")},
                 {QStringLiteral("reason"), QStringLiteral("Checking refund totals for the audit")},
                 {QStringLiteral("duration_hours"), 24}});
            QVERIFY2(r.status == 201, r.raw.constData());
        }
    }
    const QDate today = QDateTime::currentDateTimeUtc().date();
    QString csv = QStringLiteral("name,kind,owner,location,holds_amazon_data,holds_pii,"
                                 "last_review\n");
    for (int i = 0; i < 6; ++i)
        csv += QStringLiteral("Server %1,server,%2,rack,false,false,%3\n")
                   .arg(i)
                   .arg(i < 4 ? QStringLiteral("employee.x") : QStringLiteral("manager.x"))
                   .arg(today.addMonths(-6).addDays(-3 - i).toString(Qt::ISODate));
    csv += QStringLiteral("Printer,network_device,employee.x,,false,false,%1\n")
               .arg(today.addMonths(-6).addDays(3).toString(Qt::ISODate));
    const ApiReply imported = call("POST", QStringLiteral("/assets/import"),
                                   QStringLiteral("manager"), {{QStringLiteral("csv"), csv}});
    QVERIFY2(imported.status == 201, imported.raw.constData());
    QVERIFY(report(QStringLiteral("officer"), false, QStringLiteral("Label printer down")) > 0);

    const auto counts = [this](const QString &who) {
        const ApiReply r = call("GET", QStringLiteral("/dashboard"), who);
        if (r.status != 200)
            qWarning("dashboard failed: %d %s", r.status, r.raw.constData());
        return r.json;
    };
    const auto count = [](const QJsonObject &d, const char *key) {
        return d.value(QStringLiteral("counts"))
            .toObject()
            .value(QLatin1StringView(key))
            .toObject();
    };
    const QJsonObject ceo = counts(QStringLiteral("ceo"));
    QCOMPARE(ceo.value(QStringLiteral("scope")).toString(), QStringLiteral("company"));
    const QJsonArray openAlerts
        = call("GET", QStringLiteral("/alerts?status=open&limit=500"), QStringLiteral("officer"))
              .json.value(QStringLiteral("items"))
              .toArray();
    for (const auto &[key, expected] : {std::pair {"access_requests_pending", 5},
                                        {"asset_reviews_overdue", 6},
                                        {"asset_reviews_due", 1},
                                        {"incidents_open", 2},
                                        {"breaches_amazon_not_notified", 1},
                                        {"breach_acknowledgements_pending", 2},
                                        {"deletion_requests_open", 0},
                                        {"access_review_items_open", 0},
                                        {"pii_orders_held", 0},
                                        {"alerts_open", int(openAlerts.size())}}) {
        QCOMPARE(count(ceo, key).value(QStringLiteral("scope")).toString(),
                 QStringLiteral("company"));
        QVERIFY2(count(ceo, key).value(QStringLiteral("count")).toInt() == expected, key);
    }
    QVERIFY(openAlerts.size() > 0); // the breach without an incident contact raised one
    QCOMPARE(count(ceo, "incidents_open").value(QStringLiteral("by_severity")).toArray(),
             (QJsonArray {1, 0, 1, 0}));
    QVERIFY(count(ceo, "controls_failing").value(QStringLiteral("count")).isDouble());
    // The officer holds dashboard:read too; the same totals.
    QCOMPARE(counts(QStringLiteral("officer")).value(QStringLiteral("counts")),
             ceo.value(QStringLiteral("counts")));

    // The employee: their own requests, assets and incidents, nothing of anyone else's.
    const QJsonObject mine = counts(QStringLiteral("employee"));
    QCOMPARE(mine.value(QStringLiteral("scope")).toString(), QStringLiteral("mine"));
    for (const auto &[key, expected] : {std::pair {"access_requests_pending", 3},
                                        {"asset_reviews_overdue", 4},
                                        {"asset_reviews_due", 1},
                                        {"incidents_open", 1},
                                        {"breaches_amazon_not_notified", 1},
                                        {"breach_acknowledgements_pending", 2},
                                        {"alerts_open", 0},
                                        {"deletion_requests_open", 0}}) {
        QCOMPARE(count(mine, key).value(QStringLiteral("scope")).toString(),
                 QStringLiteral("mine"));
        QVERIFY2(count(mine, key).value(QStringLiteral("count")).toInt() == expected, key);
    }
    QCOMPARE(count(mine, "incidents_open").value(QStringLiteral("by_severity")).toArray(),
             (QJsonArray {1, 0, 0, 0}));
    QVERIFY(count(mine, "pii_orders_held").value(QStringLiteral("count")).isNull());
    const QJsonObject manager = counts(QStringLiteral("manager"));
    QCOMPARE(count(manager, "access_requests_pending").value(QStringLiteral("count")).toInt(), 2);
    QCOMPARE(count(manager, "asset_reviews_overdue").value(QStringLiteral("count")).toInt(), 2);
    QCOMPARE(count(manager, "incidents_open").value(QStringLiteral("count")).toInt(), 0);
    QCOMPARE(
        count(manager, "breach_acknowledgements_pending").value(QStringLiteral("count")).toInt(),
        0);

    // Audited as a read, with what was shown.
    const QJsonObject event = lastEvent(QStringLiteral("dashboard.read"));
    QCOMPARE(event.value(QStringLiteral("actor")).toString(), QStringLiteral("manager.x"));
    QCOMPARE(event.value(QStringLiteral("object_id")).toString(), QStringLiteral("mine"));
    QVERIFY2(event.value(QStringLiteral("detail"))
                 .toString()
                 .contains(QStringLiteral("access_requests_pending=2")),
             qPrintable(event.value(QStringLiteral("detail")).toString()));
}

// GET /dashboard/trends: per UTC month, from records moved into earlier months the way a store
// in use for a year would hold them.
void TestIncidentsApi::dashboardTrendsOfSeededMonths()
{
    // Three incidents detected two months ago, contained after 10, 20 and 60 hours.
    for (int hours : {10, 20, 60}) {
        const qint64 id
            = report(QStringLiteral("officer"), false, QStringLiteral("Old outage %1").arg(hours));
        QVERIFY(id > 0);
        const qint64 detected = monthsAgo(2, 3);
        execSql(QStringLiteral("UPDATE incidents SET detected_at = ?, contained_at = ?, "
                               "status = 'resolved', resolved_at = ? WHERE id = ?"),
                {detected, detected + qint64(hours) * 3600 * 1000,
                 detected + qint64(hours) * 3600 * 1000, id});
    }
    // Of the five requests: one made last month; one approved and one denied now.
    const QJsonArray pending
        = call("GET", QStringLiteral("/access-requests?status=pending"), QStringLiteral("officer"))
              .json.value(QStringLiteral("items"))
              .toArray();
    QCOMPARE(pending.size(), 5);
    const auto idOf = [&pending](int i) {
        return pending.at(i).toObject().value(QStringLiteral("id")).toInteger();
    };
    execSql(QStringLiteral("UPDATE access_requests SET created_at = ? WHERE id = ?"),
            {monthsAgo(1, 5), idOf(0)});
    const QJsonObject comment {{QStringLiteral("comment"), QStringLiteral("Checked the ticket")}};
    QCOMPARE(call("POST", QStringLiteral("/access-requests/%1/approve").arg(idOf(1)),
                  QStringLiteral("officer"), comment)
                 .status,
             200);
    QCOMPARE(call("POST", QStringLiteral("/access-requests/%1/deny").arg(idOf(2)),
                  QStringLiteral("officer"), comment)
                 .status,
             200);
    // An access review due last month: four items, three decided by its due time.
    const qint64 due = monthsAgo(1, 20);
    execSql(QStringLiteral("INSERT INTO access_reviews (title, status, started_by_username, "
                           "started_at, due_at, unreviewed_action) VALUES ('Q3', 'completed', "
                           "'officer.x', ?, ?, 'flag')"),
            {due - 10LL * 24 * 3600 * 1000, due});
    for (int i = 0; i < 4; ++i)
        execSql(QStringLiteral("INSERT INTO access_review_items (review_id, kind, user_id, "
                               "username, role, reviewer_id, reviewer_username, decision, "
                               "decided_at) SELECT id, 'role', ?, 'employee.x', 'employee', ?, "
                               "'officer.x', 'keep', ? FROM access_reviews WHERE title = 'Q3'"),
                {m_ids.value(QStringLiteral("employee")), m_ids.value(QStringLiteral("officer")),
                 due + (i < 3 ? -3600 * 1000 : 3600 * 1000)});
    // Orders: one holding PII since two months ago; one whose PII was purged last month.
    for (const auto &[order, held, purged] :
         {std::tuple {"114-0000001-0000001", 1, QVariant(QMetaType::fromType<qint64>())},
          std::tuple {"114-0000001-0000002", 0, QVariant(monthsAgo(1, 10))}})
        execSql(QStringLiteral("INSERT INTO orders (client, amazon_order_id, purchase_date, "
                               "order_status, marketplace, currency, total_cents, item_count, "
                               "items, fulfilled_at, ingested_at, pii_held, pii_purged_at) "
                               "VALUES ('ACME-EU', ?, ?, 'Shipped', 'DE', 'EUR', 100, 1, '[]', ?, "
                               "?, ?, ?)"),
                {QString::fromLatin1(order), monthsAgo(2, 1), monthsAgo(2, 2), monthsAgo(2, 2),
                 held, purged});

    const ApiReply r
        = call("GET", QStringLiteral("/dashboard/trends?months=4"), QStringLiteral("ceo"));
    QVERIFY2(r.status == 200, r.raw.constData());
    const QJsonArray months = r.json.value(QStringLiteral("months")).toArray();
    QCOMPARE(months.size(), 4);
    QHash<QString, QJsonObject> byMonth;
    for (const QJsonValue &m : months)
        byMonth.insert(m.toObject().value(QStringLiteral("month")).toString(), m.toObject());
    QCOMPARE(months.at(3).toObject().value(QStringLiteral("month")).toString(), monthName(0));
    const QJsonObject twoAgo = byMonth.value(monthName(2));
    const QJsonObject lastMonth = byMonth.value(monthName(1));
    const QJsonObject thisMonth = byMonth.value(monthName(0));
    const QJsonObject threeAgo = byMonth.value(monthName(3));
    QCOMPARE(twoAgo.value(QStringLiteral("incidents_opened")).toInt(), 3);
    QCOMPARE(twoAgo.value(QStringLiteral("incidents_contained")).toInt(), 3);
    QCOMPARE(twoAgo.value(QStringLiteral("median_hours_to_contain")).toDouble(), 20.0);
    QCOMPARE(twoAgo.value(QStringLiteral("mean_hours_to_contain")).toDouble(), 30.0);
    QVERIFY(lastMonth.value(QStringLiteral("median_hours_to_contain")).isNull());
    QCOMPARE(thisMonth.value(QStringLiteral("incidents_opened")).toInt(), 2);
    QCOMPARE(lastMonth.value(QStringLiteral("access_requests")).toInt(), 1);
    QCOMPARE(thisMonth.value(QStringLiteral("access_requests")).toInt(), 4);
    QCOMPARE(thisMonth.value(QStringLiteral("access_approved")).toInt(), 1);
    QCOMPARE(thisMonth.value(QStringLiteral("access_denied")).toInt(), 1);
    QCOMPARE(lastMonth.value(QStringLiteral("review_items")).toInt(), 4);
    QCOMPARE(lastMonth.value(QStringLiteral("review_items_decided")).toInt(), 3);
    QCOMPARE(lastMonth.value(QStringLiteral("review_completion")).toDouble(), 75.0);
    QVERIFY(thisMonth.value(QStringLiteral("review_completion")).isNull());
    QCOMPARE(threeAgo.value(QStringLiteral("pii_orders_held")).toInt(), 0);
    QCOMPARE(twoAgo.value(QStringLiteral("pii_orders_held")).toInt(), 2);
    QCOMPARE(lastMonth.value(QStringLiteral("pii_orders_held")).toInt(), 1);
    QCOMPARE(thisMonth.value(QStringLiteral("pii_orders_held")).toInt(), 1);
    QCOMPARE(r.json.value(QStringLiteral("scope")).toString(), QStringLiteral("company"));
    QCOMPARE(
        lastEvent(QStringLiteral("dashboard.trends")).value(QStringLiteral("detail")).toString(),
        QStringLiteral("months=4 from=%1 to=%2").arg(monthName(3), monthName(0)));

    // Company trends need dashboard:read; the months are checked.
    for (const char *who : {"employee", "manager", "admin"})
        QCOMPARE(call("GET", QStringLiteral("/dashboard/trends"), QString::fromLatin1(who)).status,
                 403);
    QCOMPARE(call("GET", QStringLiteral("/dashboard/trends"), QStringLiteral("officer"))
                 .json.value(QStringLiteral("months"))
                 .toArray()
                 .size(),
             12);
    for (const char *bad : {"0", "25", "twelve", "-1"}) {
        const ApiReply refused
            = call("GET", QStringLiteral("/dashboard/trends?months=%1").arg(QLatin1StringView(bad)),
                   QStringLiteral("ceo"));
        QCOMPARE(refused.status, 400);
        QVERIFY(refused.errorMessage().contains(QStringLiteral("months")));
    }
}

// The board report (dashboard:read) and the post-incident report (whoever sees the incident)
// are PDFs of what the store holds, each recorded with its SHA-256.
void TestIncidentsApi::boardAndIncidentReportsArePdfsAndAudited()
{
    const ApiReply board
        = call("GET", QStringLiteral("/dashboard/report?months=12"), QStringLiteral("ceo"));
    QVERIFY2(board.status == 200, board.raw.left(300).constData());
    QCOMPARE(board.contentType, QByteArray("application/pdf"));
    QVERIFY(board.contentDisposition.contains("board-report-"));
    QVERIFY(board.raw.startsWith("%PDF-"));
    QVERIFY(board.raw.trimmed().endsWith("%%EOF"));
    const QString boardText = pdfText(board.raw);
    if (!boardText.isEmpty()) {
        QVERIFY2(boardText.contains(QStringLiteral("Access requests pending 3 company-wide")),
                 qPrintable(boardText));
        QVERIFY(boardText.contains(QStringLiteral("Asset reviews overdue 6 company-wide")));
        QVERIFY(boardText.contains(monthName(2) + QStringLiteral(" 3 3 20.0 30.0")));
    }
    QCOMPARE(
        lastEvent(QStringLiteral("dashboard.report")).value(QStringLiteral("detail")).toString(),
        QStringLiteral("sha256=%1 bytes=%2 months=12")
            .arg(QString::fromLatin1(
                QCryptographicHash::hash(board.raw, QCryptographicHash::Sha256).toHex()))
            .arg(board.raw.size()));
    for (const char *who : {"employee", "manager", "admin"})
        QCOMPARE(call("GET", QStringLiteral("/dashboard/report"), QString::fromLatin1(who)).status,
                 403);

    const QString path = QStringLiteral("/incidents/%1/report").arg(m_breach);
    const ApiReply incident = call("GET", path, QStringLiteral("employee")); // the reporter
    QVERIFY2(incident.status == 200, incident.raw.left(300).constData());
    QCOMPARE(incident.contentType, QByteArray("application/pdf"));
    QVERIFY(incident.raw.startsWith("%PDF-"));
    const QString text = pdfText(incident.raw);
    if (!text.isEmpty()) {
        for (const QString &expected :
             {QStringLiteral("Post-incident report: incident %1").arg(m_breach),
              QStringLiteral("Order export shared by public link"),
              QStringLiteral("Amazon notified not told yet"), QStringLiteral("Response plan"),
              QStringLiteral("Notify the CTO and the CEO"), QStringLiteral("(ceo.x)"),
              QStringLiteral("not acknowledged"), QStringLiteral("executives_notified"),
              QStringLiteral("The incident is not closed.")})
            QVERIFY2(text.contains(expected), qPrintable(expected + QStringLiteral(" in ") + text));
    }
    const QJsonObject event = lastEvent(QStringLiteral("incident.report"));
    QCOMPARE(event.value(QStringLiteral("actor")).toString(), QStringLiteral("employee.x"));
    QCOMPARE(event.value(QStringLiteral("object_id")).toString(), QString::number(m_breach));
    QVERIFY(
        event.value(QStringLiteral("detail"))
            .toString()
            .startsWith(QStringLiteral("sha256=%1 ")
                            .arg(QString::fromLatin1(
                                QCryptographicHash::hash(incident.raw, QCryptographicHash::Sha256)
                                    .toHex()))));
    for (const char *who : {"officer", "ceo"})
        QCOMPARE(call("GET", path, QString::fromLatin1(who)).status, 200);
    // Those who do not see the incident get exactly what a missing one gives.
    for (const char *who : {"admin", "manager"}) {
        const ApiReply hidden = call("GET", path, QString::fromLatin1(who));
        QCOMPARE(hidden.status, 404);
        QByteArray missing
            = call("GET", QStringLiteral("/incidents/987654321/report"), QString::fromLatin1(who))
                  .raw;
        QCOMPARE(hidden.raw, missing.replace("987654321", QByteArray::number(m_breach)));
    }
    QCOMPARE(m_server.call("GET", path, {}).status, 401);
}

QJsonArray TestIncidentsApi::inbox(const QString &who)
{
    return call("GET", QStringLiteral("/notifications"), who)
        .json.value(QStringLiteral("items"))
        .toArray();
}

void TestIncidentsApi::writeSmtpConfig(quint16 port)
{
    QFile config(QDir(m_server.dataDir()).absoluteFilePath(QStringLiteral("smtp.json")));
    QVERIFY(config.open(QIODevice::WriteOnly));
    config.write(
        QJsonDocument(
            QJsonObject {{QStringLiteral("host"), QStringLiteral("127.0.0.1")},
                         {QStringLiteral("port"), int(port)},
                         {QStringLiteral("sender"), QStringLiteral("compliance@moaj.example")},
                         {QStringLiteral("starttls"), QStringLiteral("if_offered")},
                         {QStringLiteral("retry_seconds"), 1}})
            .toJson());
}

bool TestIncidentsApi::startRelay(QProcess &relay, quint16 port)
{
    relay.setProcessChannelMode(QProcess::MergedChannels);
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("PYTHONUNBUFFERED"), QStringLiteral("1"));
    relay.setProcessEnvironment(env);
    relay.start(QStringLiteral("/usr/bin/python3"),
                {QStringLiteral("-m"), QStringLiteral("aiosmtpd"), QStringLiteral("-n"),
                 QStringLiteral("-l"), QStringLiteral("127.0.0.1:%1").arg(port)});
    return relay.waitForStarted();
}

void TestIncidentsApi::endpointsNeedSignIn_data()
{
    QTest::addColumn<QByteArray>("method");
    QTest::addColumn<QString>("path");
    for (const auto &[method, path] : {std::pair {"GET", "/incidents"},
                                       {"POST", "/incidents"},
                                       {"GET", "/incidents/1"},
                                       {"PATCH", "/incidents/1"},
                                       {"POST", "/incidents/1/events"},
                                       {"POST", "/incidents/1/acknowledge"}})
        QTest::addRow("%s %s", method, path) << QByteArray(method) << QString::fromLatin1(path);
}

void TestIncidentsApi::endpointsNeedSignIn()
{
    QFETCH(QByteArray, method);
    QFETCH(QString, path);
    const ApiReply r = m_server.call(method, path, {});
    QCOMPARE(r.status, 401);
}

void TestIncidentsApi::rbacOnEveryEndpoint_data()
{
    QTest::addColumn<QByteArray>("method");
    QTest::addColumn<QString>("path");
    QTest::addColumn<QJsonObject>("body");
    QTest::addColumn<QString>("who");
    QTest::addColumn<int>("status");
    const QString one = QStringLiteral("/incidents/%1").arg(m_breach);
    const QJsonObject note {{QStringLiteral("note"), QStringLiteral("Looked at the share log.")}};
    const QJsonObject sev {{QStringLiteral("severity"), 1}};
    // Run the workflow: incident managers only (officers and executives).
    for (const char *who : {"admin", "manager", "employee"}) {
        QTest::addRow("PATCH by %s", who)
            << QByteArray("PATCH") << one << sev << QString::fromLatin1(who) << 403;
        QTest::addRow("events by %s", who) << QByteArray("POST") << one + QStringLiteral("/events")
                                           << note << QString::fromLatin1(who) << 403;
    }
    for (const char *who : {"officer", "cto", "cfo"}) {
        QTest::addRow("PATCH by %s", who)
            << QByteArray("PATCH") << one << sev << QString::fromLatin1(who) << 200;
        QTest::addRow("events by %s", who) << QByteArray("POST") << one + QStringLiteral("/events")
                                           << note << QString::fromLatin1(who) << 201;
    }
    // Reading one: managers, the reporter, notified executives; for others it is not there
    // (404 exactly as for a missing id, checked below).
    for (const char *who : {"officer", "cto", "ceo", "cfo", "employee"})
        QTest::addRow("GET by %s", who)
            << QByteArray("GET") << one << QJsonObject() << QString::fromLatin1(who) << 200;
    for (const char *who : {"admin", "manager"})
        QTest::addRow("GET by %s", who)
            << QByteArray("GET") << one << QJsonObject() << QString::fromLatin1(who) << 404;
    // Acknowledge: only notified executives (the CFO is an executive, but not told); refused
    // to those who see the incident, not there for those who do not.
    for (const char *who : {"officer", "cfo", "employee"})
        QTest::addRow("ack by %s", who)
            << QByteArray("POST") << one + QStringLiteral("/acknowledge") << QJsonObject()
            << QString::fromLatin1(who) << 403;
    QTest::addRow("ack by admin") << QByteArray("POST") << one + QStringLiteral("/acknowledge")
                                  << QJsonObject() << QStringLiteral("admin") << 404;
    // Anyone signed in reports and lists.
    for (const char *who : {"admin", "manager", "employee"}) {
        QTest::addRow("list by %s", who) << QByteArray("GET") << QStringLiteral("/incidents")
                                         << QJsonObject() << QString::fromLatin1(who) << 200;
        QTest::addRow("report by %s", who)
            << QByteArray("POST") << QStringLiteral("/incidents")
            << QJsonObject {{QStringLiteral("title"), QStringLiteral("Printer on fire")},
                            {QStringLiteral("severity"), 4},
                            {QStringLiteral("category"), QStringLiteral("other")}}
            << QString::fromLatin1(who) << 201;
    }
}

void TestIncidentsApi::rbacOnEveryEndpoint()
{
    QFETCH(QByteArray, method);
    QFETCH(QString, path);
    QFETCH(QJsonObject, body);
    QFETCH(QString, who);
    QFETCH(int, status);
    const ApiReply r = call(method, path, who, body);
    QVERIFY2(r.status == status, r.raw.constData());
    if (status == 403)
        QVERIFY(!r.errorMessage().isEmpty());
    if (status == 404) {
        const QByteArray id = QByteArray::number(m_breach);
        QByteArray missing
            = call(method,
                   QString(path).replace(QString::number(m_breach), QStringLiteral("987654321")),
                   who, body)
                  .raw;
        missing.replace("987654321", id);
        QCOMPARE(r.raw, missing);
    }
}

void TestIncidentsApi::breachReachesCtoAndCeoInbox()
{
    for (const char *who : {"cto", "ceo"}) {
        const QJsonArray items = inbox(QString::fromLatin1(who));
        int breach = 0;
        for (const QJsonValue &v : items) {
            const QJsonObject n = v.toObject();
            if (n.value(QStringLiteral("kind")).toString() == QLatin1String("incident_breach")) {
                ++breach;
                QCOMPARE(n.value(QStringLiteral("incident_id")).toInteger(), m_breach);
            }
        }
        QVERIFY2(breach == 1, who);
    }
    for (const char *who : {"cfo", "officer", "manager", "employee", "admin"}) {
        for (const QJsonValue &v : inbox(QString::fromLatin1(who)))
            QVERIFY2(v.toObject().value(QStringLiteral("kind")).toString()
                         != QLatin1String("incident_breach"),
                     who);
    }
    const ApiReply r
        = call("GET", QStringLiteral("/incidents/%1").arg(m_breach), QStringLiteral("officer"));
    QCOMPARE(r.status, 200);
    QStringList told;
    for (const QJsonValue &v : r.json.value(QStringLiteral("acknowledgements")).toArray())
        told << v.toObject().value(QStringLiteral("username")).toString();
    told.sort();
    QCOMPARE(told, (QStringList {QStringLiteral("ceo.x"), QStringLiteral("cto.x")}));
    const QJsonObject clock = r.json.value(QStringLiteral("clocks"))
                                  .toObject()
                                  .value(QStringLiteral("amazon_notification"))
                                  .toObject();
    const QDateTime detected = QDateTime::fromString(
        r.json.value(QStringLiteral("detected_at")).toString(), Qt::ISODate);
    QCOMPARE(QDateTime::fromString(clock.value(QStringLiteral("due_at")).toString(), Qt::ISODate),
             detected.addSecs(24 * 3600));
    QCOMPARE(clock.value(QStringLiteral("overdue")).toBool(), false);
}

void TestIncidentsApi::acknowledgeOnlyByNotifiedExecutives()
{
    const QString path = QStringLiteral("/incidents/%1/acknowledge").arg(m_breach);
    const ApiReply ack = call("POST", path, QStringLiteral("ceo"));
    QVERIFY2(ack.status == 200, ack.raw.constData());
    int acknowledged = 0;
    for (const QJsonValue &v : ack.json.value(QStringLiteral("acknowledgements")).toArray()) {
        const QJsonObject e = v.toObject();
        if (e.value(QStringLiteral("username")).toString() == QLatin1String("ceo.x")) {
            QVERIFY(e.value(QStringLiteral("acknowledged")).toBool());
            QVERIFY(!e.value(QStringLiteral("acknowledged_at")).isNull());
            ++acknowledged;
        } else {
            QVERIFY(!e.value(QStringLiteral("acknowledged")).toBool());
        }
    }
    QCOMPARE(acknowledged, 1);
    QCOMPARE(ack.json.value(QStringLiteral("executives_acknowledged")).toInt(), 1);
    const ApiReply again = call("POST", path, QStringLiteral("ceo"));
    QCOMPARE(again.status, 409);
}

void TestIncidentsApi::workflowTransitionsAndValidation()
{
    const qint64 id = report(QStringLiteral("employee"), false, QStringLiteral("Site down"));
    const QString path = QStringLiteral("/incidents/%1").arg(id);
    const auto status = [&](const QString &to, const QString &reason = {}) {
        QJsonObject body {{QStringLiteral("status"), to}};
        if (!reason.isEmpty())
            body.insert(QStringLiteral("reason"), reason);
        return call("PATCH", path, QStringLiteral("officer"), body);
    };
    ApiReply skip = status(QStringLiteral("resolved"));
    QCOMPARE(skip.status, 409);
    QVERIFY2(skip.errorMessage().contains(QStringLiteral("triaged")), skip.raw.constData());
    for (const char *to : {"triaged", "contained", "resolved"}) {
        const ApiReply r = status(QString::fromLatin1(to));
        QVERIFY2(r.status == 200, r.raw.constData());
        QCOMPARE(r.json.value(QStringLiteral("status")).toString(), QString::fromLatin1(to));
    }
    // Closing with response-plan tasks open: 409 naming them, or an explicit override with a
    // reason of min_reason_length characters (400 naming the field when short).
    const ApiReply open = status(QStringLiteral("closed"));
    QCOMPARE(open.status, 409);
    QVERIFY2(open.errorMessage().contains(QLatin1String("post_incident_review")),
             open.raw.constData());
    QVERIFY2(!open.errorMessage().contains(QLatin1String("contain,")), open.raw.constData());
    const auto close = [&](const QString &why) {
        return call("PATCH", path, QStringLiteral("officer"),
                    {{QStringLiteral("status"), QStringLiteral("closed")},
                     {QStringLiteral("close_override_reason"), why}});
    };
    const ApiReply terse = close(QStringLiteral("done"));
    QCOMPARE(terse.status, 400);
    QVERIFY2(terse.errorMessage().contains(QLatin1String("close_override_reason")),
             terse.raw.constData());
    const ApiReply overridden
        = close(QStringLiteral("Outage of a test host: no review or eradication needed"));
    QVERIFY2(overridden.status == 200, overridden.raw.constData());
    QCOMPARE(overridden.json.value(QStringLiteral("status")).toString(), QStringLiteral("closed"));
    bool onTimeline = false;
    for (const QJsonValue &v : overridden.json.value(QStringLiteral("timeline")).toArray())
        onTimeline |= v.toObject().value(QStringLiteral("kind")).toString()
            == QLatin1String("close_override");
    QVERIFY(onTimeline);
    QCOMPARE(status(QStringLiteral("triaged")).status, 409); // a reopen needs a reason
    const ApiReply reopened = status(QStringLiteral("triaged"), QStringLiteral("It failed again"));
    QVERIFY2(reopened.status == 200, reopened.raw.constData());
    QVERIFY(reopened.json.value(QStringLiteral("closed_at")).isNull());
    QCOMPARE(status(QStringLiteral("archived")).status, 409);
    // Input errors name the field.
    for (const QJsonObject &bad :
         {QJsonObject {{QStringLiteral("severity"), 9}},
          QJsonObject {{QStringLiteral("category"), QStringLiteral("gossip")}},
          QJsonObject {{QStringLiteral("assignee"), QStringLiteral("nobody.here")}},
          QJsonObject {{QStringLiteral("amazon_notified_at"), QStringLiteral("yesterday")}}}) {
        const ApiReply r = call("PATCH", path, QStringLiteral("officer"), bad);
        QVERIFY2(r.status == 400, r.raw.constData());
    }
    const ApiReply flag = call("PATCH", path, QStringLiteral("officer"),
                               {{QStringLiteral("involves_amazon_data"), true}});
    QCOMPARE(flag.status, 200);
    QCOMPARE(flag.json.value(QStringLiteral("executives_notified")).toInt(), 2);
    QCOMPARE(call("PATCH", path, QStringLiteral("officer"),
                  {{QStringLiteral("involves_amazon_data"), false}})
                 .status,
             409);
    const ApiReply future
        = call("POST", QStringLiteral("/incidents"), QStringLiteral("employee"),
               {{QStringLiteral("title"), QStringLiteral("Later")},
                {QStringLiteral("severity"), 2},
                {QStringLiteral("category"), QStringLiteral("security")},
                {QStringLiteral("detected_at"),
                 QDateTime::currentDateTimeUtc().addDays(1).toString(Qt::ISODate)}});
    QCOMPARE(future.status, 400);
}

void TestIncidentsApi::eventsNoteAndTasks()
{
    const QString path = QStringLiteral("/incidents/%1/events").arg(m_breach);
    const ApiReply task = call("POST", path, QStringLiteral("officer"),
                               {{QStringLiteral("task"), QStringLiteral("assess_scope")},
                                {QStringLiteral("done"), true},
                                {QStringLiteral("owner"), QStringLiteral("officer.x")}});
    QVERIFY2(task.status == 201, task.raw.constData());
    const QJsonObject scope = task.json.value(QStringLiteral("tasks")).toArray().at(1).toObject();
    QCOMPARE(scope.value(QStringLiteral("key")).toString(), QStringLiteral("assess_scope"));
    QCOMPARE(scope.value(QStringLiteral("owner")).toString(), QStringLiteral("officer.x"));
    QVERIFY(scope.value(QStringLiteral("done")).toBool());
    const QJsonArray timeline = task.json.value(QStringLiteral("timeline")).toArray();
    QCOMPARE(timeline.last().toObject().value(QStringLiteral("kind")).toString(),
             QStringLiteral("task"));
    QCOMPARE(timeline.first().toObject().value(QStringLiteral("kind")).toString(),
             QStringLiteral("reported"));
    QCOMPARE(call("POST", path, QStringLiteral("officer"), {}).status, 400);
    QCOMPARE(
        call("POST", path, QStringLiteral("officer"),
             {{QStringLiteral("task"), QStringLiteral("party")}, {QStringLiteral("done"), true}})
            .status,
        400);
    const ApiReply told
        = call("PATCH", QStringLiteral("/incidents/%1").arg(m_breach), QStringLiteral("officer"),
               {{QStringLiteral("amazon_notified_at"),
                 QDateTime::currentDateTimeUtc().toString(Qt::ISODate)},
                {QStringLiteral("amazon_reference"), QStringLiteral("AMZ-1")}});
    QVERIFY2(told.status == 200, told.raw.constData());
    QVERIFY(!told.json.value(QStringLiteral("clocks"))
                 .toObject()
                 .value(QStringLiteral("amazon_notification"))
                 .toObject()
                 .value(QStringLiteral("done_at"))
                 .isNull());
}

void TestIncidentsApi::listVisibilityFilterAndPaging()
{
    const qint64 other = report(QStringLiteral("manager"), false, QStringLiteral("Slow VPN"));
    QVERIFY(other > 0);
    const auto ids = [&](const QString &who, const QString &query) {
        QList<qint64> list;
        const ApiReply r = call("GET", QStringLiteral("/incidents") + query, who);
        for (const QJsonValue &v : r.json.value(QStringLiteral("items")).toArray())
            list << v.toObject().value(QStringLiteral("id")).toInteger();
        return list;
    };
    QVERIFY(!ids(QStringLiteral("employee"), {}).contains(other));
    QVERIFY(ids(QStringLiteral("employee"), {}).contains(m_breach));
    QVERIFY(ids(QStringLiteral("officer"), {}).contains(other));
    QVERIFY(ids(QStringLiteral("ceo"), {}).contains(m_breach)); // told of it
    const QList<qint64> amazon
        = ids(QStringLiteral("officer"), QStringLiteral("?involves_amazon_data=true"));
    QVERIFY(amazon.contains(m_breach));
    QVERIFY(!amazon.contains(other));
    QCOMPARE(
        call("GET", QStringLiteral("/incidents?status=sleeping"), QStringLiteral("officer")).status,
        400);
    // Keyset paging, newest first, one at a time, until next_after is null.
    QList<qint64> paged;
    QString after;
    for (int guard = 0; guard < 100; ++guard) {
        const ApiReply r
            = call("GET", QStringLiteral("/incidents?limit=1") + after, QStringLiteral("officer"));
        QCOMPARE(r.status, 200);
        for (const QJsonValue &v : r.json.value(QStringLiteral("items")).toArray())
            paged << v.toObject().value(QStringLiteral("id")).toInteger();
        if (r.json.value(QStringLiteral("next_after")).isNull())
            break;
        after = QStringLiteral("&after=%1")
                    .arg(r.json.value(QStringLiteral("next_after")).toInteger());
    }
    QCOMPARE(paged, ids(QStringLiteral("officer"), QStringLiteral("?limit=500")));
    QVERIFY(std::is_sorted(paged.rbegin(), paged.rend()));
}

void TestIncidentsApi::overdueAmazonClockFlaggedOnce()
{
    // Detected 25 hours ago and not yet reported to Amazon: the job (every second here) flags
    // the clock once and tells the incident managers.
    const qint64 id
        = report(QStringLiteral("employee"), true, QStringLiteral("Old breach found late"),
                 QDateTime::currentDateTimeUtc().addSecs(-25 * 3600).toString(Qt::ISODate));
    QVERIFY(id > 0);
    const auto flags = [&](const QString &who) {
        int n = 0;
        for (const QJsonValue &v : inbox(who)) {
            const QJsonObject o = v.toObject();
            if (o.value(QStringLiteral("kind")).toString() == QLatin1String("incident_clock")
                && o.value(QStringLiteral("incident_id")).toInteger() == id
                && o.value(QStringLiteral("threshold")).toString()
                    == QLatin1String("amazon_notification"))
                ++n;
        }
        return n;
    };
    QTRY_COMPARE_WITH_TIMEOUT(flags(QStringLiteral("officer")), 1, 15'000);
    QTest::qWait(2500); // more job runs
    QCOMPARE(flags(QStringLiteral("officer")), 1);
    QCOMPARE(flags(QStringLiteral("cto")), 1);
    QCOMPARE(flags(QStringLiteral("employee")), 0);
    const ApiReply r
        = call("GET", QStringLiteral("/incidents/%1").arg(id), QStringLiteral("officer"));
    QVERIFY(r.json.value(QStringLiteral("overdue")).toBool());
    QVERIFY(r.json.value(QStringLiteral("clocks"))
                .toObject()
                .value(QStringLiteral("amazon_notification"))
                .toObject()
                .value(QStringLiteral("overdue"))
                .toBool());
}

// Breach e-mail through a real SMTP server on loopback (Debian python3-aiosmtpd, plain SMTP:
// STARTTLS is used when offered, which a loopback test relay does not): while it is down each
// executive's e-mail is shown as failing with the error, then retried and delivered once it
// is up.
void TestIncidentsApi::emailDeliveredToLocalSmtpAndRetried()
{
    quint16 port = 0;
    {
        QTcpServer probe; // a free port with nothing listening yet: the relay is down
        QVERIFY(probe.listen(QHostAddress::LocalHost));
        port = probe.serverPort();
    }
    writeSmtpConfig(port);
    const qint64 id = report(QStringLiteral("employee"), true,
                             QStringLiteral("Buyer list attached to a support ticket"));
    QVERIFY(id > 0);
    const auto emails = [&]() {
        QList<QJsonObject> list;
        const ApiReply r
            = call("GET", QStringLiteral("/incidents/%1").arg(id), QStringLiteral("officer"));
        for (const QJsonValue &v : r.json.value(QStringLiteral("acknowledgements")).toArray())
            list << v.toObject().value(QStringLiteral("email")).toObject();
        return list;
    };
    const auto all = [&](const QString &status) {
        const QList<QJsonObject> list = emails();
        if (list.size() != 3) // the incident contact (designationsThroughUsersApi), CTO, CEO
            return false;
        for (const QJsonObject &e : list) {
            if (e.value(QStringLiteral("status")).toString() != status)
                return false;
        }
        return true;
    };
    QTRY_VERIFY_WITH_TIMEOUT(all(QStringLiteral("failing")), 20'000);
    for (const QJsonObject &e : emails()) {
        QVERIFY(e.value(QStringLiteral("attempts")).toInt() >= 1);
        QVERIFY2(e.value(QStringLiteral("last_error")).toString().contains(QString::number(port)),
                 qPrintable(e.value(QStringLiteral("last_error")).toString()));
    }

    QProcess relay;
    QVERIFY2(startRelay(relay, port),
             "python3-aiosmtpd is needed (apt-get install python3-aiosmtpd)");
    QByteArray received;
    QTRY_VERIFY_WITH_TIMEOUT((received += relay.readAll(), all(QStringLiteral("sent"))), 30'000);
    QTRY_VERIFY_WITH_TIMEOUT((received += relay.readAll(),
                              received.contains("officer.x@test.example")
                                  && received.contains("cto.x@test.example")
                                  && received.contains("ceo.x@test.example")),
                             10'000);
    QVERIFY(received.contains(QStringLiteral("Incident #%1").arg(id).toUtf8()));
    QVERIFY(!received.contains("cfo.x@test.example"));
    relay.terminate();
    relay.waitForFinished(5000);
}

// Designations through PATCH /users/{id}: admin only, never one's own, one holder each (the
// refusal names the holder), an unknown one named; the first breach (nobody the incident
// contact) raised one critical no_incident_contact alert; with a contact designated, the next
// breach reaches them first and raises none.
void TestIncidentsApi::designationsThroughUsersApi()
{
    QCOMPARE(designate(QStringLiteral("officer"), {QStringLiteral("incident_contact")},
                       QStringLiteral("officer"))
                 .status,
             403);
    QCOMPARE(designate(QStringLiteral("admin"), {QStringLiteral("incident_contact")}).status, 403);
    const ApiReply taken = designate(QStringLiteral("cfo"), {QStringLiteral("ceo")});
    QCOMPARE(taken.status, 409);
    QVERIFY2(taken.errorMessage().contains(QLatin1String("ceo.x is designated ceo")),
             taken.raw.constData());
    const ApiReply unknown = designate(QStringLiteral("cfo"), {QStringLiteral("cfo")});
    QCOMPARE(unknown.status, 400);
    QVERIFY2(unknown.errorMessage().contains(QLatin1String("designation \"cfo\"")),
             unknown.raw.constData());
    const ApiReply notList
        = call("PATCH", QStringLiteral("/users/%1").arg(m_ids.value(QStringLiteral("cfo"))),
               QStringLiteral("admin"), {{QStringLiteral("designations"), QStringLiteral("cto")}});
    QCOMPARE(notList.status, 400);
    QVERIFY2(notList.errorMessage().contains(QLatin1String("designations")),
             notList.raw.constData());

    const auto alerts = [&]() {
        return call("GET", QStringLiteral("/alerts?rule=no_incident_contact"),
                    QStringLiteral("officer"))
            .json.value(QStringLiteral("items"))
            .toArray();
    };
    // One per breach so far (m_breach, and those the workflow and clock tests flagged).
    const QJsonArray raised = alerts();
    QCOMPARE(raised.size(), 3);
    bool firstBreach = false;
    for (const QJsonValue &v : raised) {
        const QJsonObject alert = v.toObject();
        QCOMPARE(alert.value(QStringLiteral("severity")).toString(), QStringLiteral("critical"));
        firstBreach |= alert.value(QStringLiteral("title"))
                           .toString()
                           .contains(QStringLiteral("incident %1 ").arg(m_breach));
    }
    QVERIFY(firstBreach);
    bool adminTold = false;
    for (const QJsonValue &v : inbox(QStringLiteral("admin")))
        adminTold
            |= v.toObject().value(QStringLiteral("kind")).toString() == QLatin1String("alert");
    QVERIFY(adminTold);

    const ApiReply contact
        = designate(QStringLiteral("officer"), {QStringLiteral("incident_contact")});
    QVERIFY2(contact.status == 200, contact.raw.constData());
    QCOMPARE(contact.json.value(QStringLiteral("designations")).toArray(),
             QJsonArray {QStringLiteral("incident_contact")});
    const qint64 second = report(QStringLiteral("employee"), true,
                                 QStringLiteral("Laptop with an order export lost"));
    QVERIFY(second > 0);
    const ApiReply r
        = call("GET", QStringLiteral("/incidents/%1").arg(second), QStringLiteral("officer"));
    QStringList told;
    for (const QJsonValue &v : r.json.value(QStringLiteral("acknowledgements")).toArray())
        told << v.toObject().value(QStringLiteral("username")).toString();
    QCOMPARE(told,
             (QStringList {QStringLiteral("officer.x"), QStringLiteral("cto.x"),
                           QStringLiteral("ceo.x")}));
    QCOMPARE(alerts().size(), 3);
}

// The deadline job (every second here) reminds the officers of an open Amazon deletion request
// 48, 24 and 6 hours before it is due, each once; a request first seen with 5 hours left gets
// the 6-hour reminder alone.
void TestIncidentsApi::deletionRequestsRemindOfficersBeforeDue()
{
    const auto record = [&](const QString &reference, int hoursAgo) {
        const ApiReply r = call(
            "POST", QStringLiteral("/deletion-requests"), QStringLiteral("officer"),
            {{QStringLiteral("reference"), reference},
             {QStringLiteral("received_at"),
              QDateTime::currentDateTimeUtc().addSecs(-hoursAgo * 3600).toString(Qt::ISODate)},
             {QStringLiteral("action"), QStringLiteral("delete")},
             {QStringLiteral("scope"),
              QJsonObject {{QStringLiteral("type"), QStringLiteral("client")},
                           {QStringLiteral("client"), QStringLiteral("acme")}}}});
        if (r.status != 201)
            qWarning("deletion request: %d %s", r.status, r.raw.constData());
        return r.status;
    };
    const auto reminders = [&](const QString &who, const QString &reference) {
        QStringList thresholds;
        for (const QJsonValue &v : inbox(who)) {
            const QJsonObject n = v.toObject();
            if (n.value(QStringLiteral("kind")).toString() == QLatin1String("deletion_request")
                && n.value(QStringLiteral("title")).toString().contains(reference))
                thresholds << n.value(QStringLiteral("threshold")).toString();
        }
        return thresholds;
    };
    QCOMPARE(record(QStringLiteral("AMZ-DEL-5H"), 67), 201); // due in 5 hours
    QTRY_COMPARE_WITH_TIMEOUT(reminders(QStringLiteral("officer"), QStringLiteral("AMZ-DEL-5H")),
                              QStringList {QStringLiteral("6h")}, 20'000);
    QCOMPARE(record(QStringLiteral("AMZ-DEL-42H"), 30), 201); // due in 42 hours
    QTRY_COMPARE_WITH_TIMEOUT(reminders(QStringLiteral("officer"), QStringLiteral("AMZ-DEL-42H")),
                              QStringList {QStringLiteral("48h")}, 20'000);
    // The job ran again meanwhile: the first request was not reminded twice.
    QCOMPARE(reminders(QStringLiteral("officer"), QStringLiteral("AMZ-DEL-5H")),
             QStringList {QStringLiteral("6h")});
    QVERIFY(reminders(QStringLiteral("employee"), QStringLiteral("AMZ-DEL-5H")).isEmpty());
}

// No SMTP relay: admins and compliance officers see why in GET /me (with what waits in the
// outbox), nobody else does; MOAJ-IR-01 warns. A relay set clears both.
void TestIncidentsApi::noSmtpWarnsAdminsAndOfficers()
{
    QFile::remove(QDir(m_server.dataDir()).absoluteFilePath(QStringLiteral("smtp.json")));
    const auto warnings = [&](const QString &who) {
        const ApiReply me = call("GET", QStringLiteral("/me"), who);
        return me.json.value(QStringLiteral("store_warnings")).toArray();
    };
    for (const QString &who : {QStringLiteral("admin"), QStringLiteral("officer")}) {
        const QJsonArray seen = warnings(who);
        QVERIFY2(seen.size() == 1, qPrintable(who));
        const QJsonObject w = seen.first().toObject();
        QCOMPARE(w.value(QStringLiteral("code")).toString(), QStringLiteral("smtp_not_configured"));
        QVERIFY2(w.value(QStringLiteral("message")).toString().contains(QLatin1String("breach")),
                 qPrintable(w.value(QStringLiteral("message")).toString()));
    }
    for (const QString &who :
         {QStringLiteral("employee"), QStringLiteral("cto"), QStringLiteral("manager")})
        QCOMPARE(warnings(who), QJsonArray());
    // A breach now: its e-mails wait in the outbox, and the warning and MOAJ-IR-01 say so.
    QVERIFY(report(QStringLiteral("employee"), true, QStringLiteral("Breach without a relay")) > 0);
    QVERIFY2(warnings(QStringLiteral("officer"))
                 .first()
                 .toObject()
                 .value(QStringLiteral("message"))
                 .toString()
                 .contains(QRegularExpression(QStringLiteral("[1-9][0-9]* of them breach"))),
             "the warning counts the undelivered breach e-mail");
    const auto breachControl = [&]() {
        const ApiReply controls
            = call("GET", QStringLiteral("/controls"), QStringLiteral("officer"));
        for (const QJsonValue &v : controls.json.value(QStringLiteral("items")).toArray()) {
            if (v.toObject().value(QStringLiteral("id")).toString() == QLatin1String("MOAJ-IR-01"))
                return v.toObject();
        }
        return QJsonObject();
    };
    qint64 undelivered = -1;
    for (const QJsonValue &e : breachControl().value(QStringLiteral("evidence")).toArray()) {
        if (e.toObject().value(QStringLiteral("label")).toString()
            == QLatin1String("Breach e-mails not delivered"))
            undelivered = e.toObject().value(QStringLiteral("count")).toInteger();
    }
    QVERIFY2(undelivered >= 1, qPrintable(QString::number(undelivered)));
    // This store's MOAJ-IR-01 fails for the late breaches (a failure's summary names only its
    // failures); the warning itself is in tst_controls.
    QCOMPARE(breachControl().value(QStringLiteral("status")).toString(), QStringLiteral("fail"));

    // A relay named (even one down): no warning; the outbox shows each e-mail's retries.
    writeSmtpConfig(1);
    QCOMPARE(warnings(QStringLiteral("officer")), QJsonArray());
    QFile::remove(QDir(m_server.dataDir()).absoluteFilePath(QStringLiteral("smtp.json")));
}

// E-mail preferences: each person's own, typed, audited. With a real relay: an approver with
// "each" gets the new request by e-mail; a requester with "none" gets no e-mail of the
// decision (the inbox still has it); an executive who chose "none" for everything still gets
// the breach notice at once.
void TestIncidentsApi::emailPreferencesEachNoneAndBreachAlways()
{
    const ApiReply defaults
        = call("GET", QStringLiteral("/me/preferences"), QStringLiteral("employee"));
    QCOMPARE(defaults.status, 200);
    const QJsonObject email = defaults.json.value(QStringLiteral("email")).toObject();
    QCOMPARE(email.value(QStringLiteral("access_decision")).toString(), QStringLiteral("each"));
    QCOMPARE(email.value(QStringLiteral("grant_expiry")).toString(), QStringLiteral("each"));
    QCOMPARE(email.value(QStringLiteral("asset_review")).toString(),
             QStringLiteral("daily_digest"));
    // The vulnerability register's reminder and escalation are deadlines: each, and choosable.
    QCOMPARE(email.value(QStringLiteral("vulnerability_due")).toString(), QStringLiteral("each"));
    QCOMPARE(email.value(QStringLiteral("vulnerability_escalation")).toString(),
             QStringLiteral("each"));
    // So are the third-party registers' assessment and rotation reminders and escalations.
    for (const char *kind : {"subcontractor_assessment_due", "subcontractor_assessment_overdue",
                             "api_credential_rotation_due", "api_credential_rotation_overdue"})
        QCOMPARE(email.value(QLatin1StringView(kind)).toString(), QStringLiteral("each"));
    const QJsonArray always = defaults.json.value(QStringLiteral("email_always")).toArray();
    QVERIFY(always.contains(QStringLiteral("incident_breach")));
    QVERIFY(always.contains(QStringLiteral("audit_tamper")));

    const auto put = [&](const QString &who, const QJsonObject &byKind) {
        return call("PUT", QStringLiteral("/me/preferences"), who,
                    {{QStringLiteral("email"), byKind}});
    };
    // Refused, naming the field: a kind that cannot be turned off, a value, a shape.
    ApiReply refused
        = put(QStringLiteral("cto"), {{QStringLiteral("incident_breach"), QStringLiteral("none")}});
    QCOMPARE(refused.status, 400);
    QVERIFY2(refused.errorMessage().contains(QLatin1String("email.incident_breach")),
             refused.raw.constData());
    refused = put(QStringLiteral("employee"),
                  {{QStringLiteral("access_decision"), QStringLiteral("weekly")}});
    QCOMPARE(refused.status, 400);
    QVERIFY2(refused.errorMessage().contains(QLatin1String("\"email.access_decision\" must be")),
             refused.raw.constData());
    refused = call("PUT", QStringLiteral("/me/preferences"), QStringLiteral("employee"),
                   {{QStringLiteral("email"), QStringLiteral("none")}});
    QCOMPARE(refused.status, 400);
    QVERIFY2(refused.errorMessage().contains(QLatin1String("\"email\"")), refused.raw.constData());
    QCOMPARE(call("GET", QStringLiteral("/me/preferences"), QStringLiteral("employee"))
                 .json.value(QStringLiteral("email"))
                 .toObject()
                 .value(QStringLiteral("access_decision"))
                 .toString(),
             QStringLiteral("each"));

    const ApiReply none = put(QStringLiteral("employee"),
                              {{QStringLiteral("access_decision"), QStringLiteral("none")}});
    QVERIFY2(none.status == 200, none.raw.constData());
    const ApiReply digest
        = put(QStringLiteral("officer"),
              {{QStringLiteral("vulnerability_due"), QStringLiteral("daily_digest")},
               {QStringLiteral("vulnerability_escalation"), QStringLiteral("none")},
               {QStringLiteral("subcontractor_assessment_overdue"), QStringLiteral("daily_digest")},
               {QStringLiteral("api_credential_rotation_due"), QStringLiteral("none")}});
    QVERIFY2(digest.status == 200, digest.raw.constData());
    QCOMPARE(digest.json.value(QStringLiteral("email"))
                 .toObject()
                 .value(QStringLiteral("subcontractor_assessment_overdue"))
                 .toString(),
             QStringLiteral("daily_digest"));
    QCOMPARE(digest.json.value(QStringLiteral("email"))
                 .toObject()
                 .value(QStringLiteral("api_credential_rotation_due"))
                 .toString(),
             QStringLiteral("none"));
    QCOMPARE(digest.json.value(QStringLiteral("email"))
                 .toObject()
                 .value(QStringLiteral("vulnerability_due"))
                 .toString(),
             QStringLiteral("daily_digest"));
    QCOMPARE(digest.json.value(QStringLiteral("email"))
                 .toObject()
                 .value(QStringLiteral("vulnerability_escalation"))
                 .toString(),
             QStringLiteral("none"));
    QCOMPARE(none.json.value(QStringLiteral("email"))
                 .toObject()
                 .value(QStringLiteral("access_decision"))
                 .toString(),
             QStringLiteral("none"));
    // Someone else's choices are theirs: the officer's stay the defaults.
    QCOMPARE(call("GET", QStringLiteral("/me/preferences"), QStringLiteral("officer"))
                 .json.value(QStringLiteral("email"))
                 .toObject()
                 .value(QStringLiteral("access_decision"))
                 .toString(),
             QStringLiteral("each"));
    QJsonObject nothing;
    for (auto it = email.begin(); it != email.end(); ++it)
        nothing.insert(it.key(), QStringLiteral("none"));
    QCOMPARE(put(QStringLiteral("cto"), nothing).status, 200);
    const ApiReply trail = call("GET", QStringLiteral("/audit?action=preferences.update&limit=500"),
                                QStringLiteral("admin"));
    bool audited = false;
    for (const QJsonValue &v : trail.json.value(QStringLiteral("items")).toArray()) {
        audited
            |= v.toObject().value(QStringLiteral("actor")).toString() == QLatin1String("employee.x")
            && v.toObject().value(QStringLiteral("detail")).toString()
                == QLatin1String("email.access_decision=each->none");
    }
    QVERIFY2(audited, trail.raw.constData());

    quint16 port = 0;
    {
        QTcpServer probe;
        QVERIFY(probe.listen(QHostAddress::LocalHost));
        port = probe.serverPort();
    }
    QProcess relay;
    QVERIFY2(startRelay(relay, port),
             "python3-aiosmtpd is needed (apt-get install python3-aiosmtpd)");
    writeSmtpConfig(port);
    QVERIFY(call("POST", QStringLiteral("/clients"), QStringLiteral("admin"),
                 {{QStringLiteral("name"), QStringLiteral("ACME Mail")}})
                .status
            == 201);
    const auto request = [&]() {
        const ApiReply r
            = call("POST", QStringLiteral("/access-requests"), QStringLiteral("employee"),
                   {{QStringLiteral("category"), QStringLiteral("orders.nonpii")},
                    {QStringLiteral("client"), QStringLiteral("ACME Mail")},
                    {QStringLiteral("reason"),
                     QStringLiteral("Reconcile the refunds of last week for ACME")},
                    {QStringLiteral("duration_hours"), 4}});
        return r.json.value(QStringLiteral("id")).toInteger();
    };
    const qint64 first = request();
    QVERIFY(first > 0);
    const ApiReply denied = call(
        "POST", QStringLiteral("/access-requests/%1/deny").arg(first), QStringLiteral("officer"),
        {{QStringLiteral("comment"), QStringLiteral("Decision-not-to-be-mailed")}});
    QCOMPARE(denied.status, 200);
    const qint64 second = request();
    QVERIFY(second > 0);
    const qint64 breach = report(QStringLiteral("employee"), true, QStringLiteral("Mailed breach"));
    QVERIFY(breach > 0);

    // The second request's e-mail to the officer comes after the decision was decided on
    // (notifications are decided in order), so "none" has been applied by then.
    QByteArray received;
    QTRY_VERIFY_WITH_TIMEOUT(
        (received += relay.readAll(),
         received.contains(QStringLiteral("request %1").arg(second).toUtf8())
             && received.contains(QStringLiteral("Incident #%1 ").arg(breach).toUtf8())),
        30'000);
    QVERIFY(received.contains("officer.x@test.example"));
    // One message (aiosmtpd prints each after this mark) to the CTO about this breach.
    bool ctoTold = false;
    for (qsizetype at = received.indexOf("MESSAGE FOLLOWS"); at >= 0;
         at = received.indexOf("MESSAGE FOLLOWS", at + 1)) {
        const qsizetype end = received.indexOf("END MESSAGE", at);
        const QByteArray message = received.mid(at, end < 0 ? -1 : end - at);
        ctoTold |= message.contains("cto.x@test.example")
            && message.contains(QStringLiteral("Incident #%1 ").arg(breach).toUtf8());
    }
    QVERIFY2(ctoTold, received.constData());
    QVERIFY(!received.contains("Decision-not-to-be-mailed"));
    bool inInbox = false;
    for (const QJsonValue &v : inbox(QStringLiteral("employee")))
        inInbox |= v.toObject()
                       .value(QStringLiteral("body"))
                       .toString()
                       .contains(QLatin1String("Decision-not-to-be-mailed"));
    QVERIFY(inInbox);
    // Each e-mail's delivery is on the trail, as every outbox attempt is.
    const ApiReply sends
        = call("GET", QStringLiteral("/audit?action=mail.send&limit=500"), QStringLiteral("admin"));
    QVERIFY2(sends.raw.contains("kind=access_request to=officer.x"), sends.raw.constData());
    QVERIFY(!sends.raw.contains("kind=access_decision to=employee.x"));
    relay.terminate();
    relay.waitForFinished(5000);
    QFile::remove(QDir(m_server.dataDir()).absoluteFilePath(QStringLiteral("smtp.json")));
}

// Breach notices reach the IMPOC and the deputy first: their inbox rows, their e-mails in the
// outbox (which sends in id order) and the timeline come before the CTO's and the CEO's, all in
// the report's transaction, and each notice records the capacity it reached its person in.
void TestIncidentsApi::breachNoticesReachIncidentContactsFirst()
{
    for (const auto &[key, designation] :
         {std::pair {"officer", "incident_contact"}, {"manager", "incident_contact_deputy"}}) {
        const ApiReply d = designate(QString::fromLatin1(key), {QString::fromLatin1(designation)});
        QVERIFY2(d.status == 200, d.raw.constData());
    }
    const qint64 id = report(QStringLiteral("employee"), true,
                             QStringLiteral("Courier manifest e-mailed to the wrong address"));
    QVERIFY(id > 0);
    const QStringList order {QStringLiteral("officer.x"), QStringLiteral("manager.x"),
                             QStringLiteral("cto.x"), QStringLiteral("ceo.x")};
    QCOMPARE(sqlColumn(QStringLiteral("SELECT u.username FROM mail_outbox o JOIN users u ON u.id "
                                      "= o.user_id WHERE o.incident_id = ? ORDER BY o.id"),
                       {id}),
             order);
    QCOMPARE(sqlColumn(QStringLiteral("SELECT u.username FROM notifications n JOIN users u ON "
                                      "u.id = n.user_id WHERE n.incident_id = ? AND n.kind = "
                                      "'incident_breach' ORDER BY n.id"),
                       {id}),
             order);
    QCOMPARE(
        sqlColumn(QStringLiteral("SELECT designation FROM incident_executives WHERE "
                                 "incident_id = ? ORDER BY id"),
                  {id}),
        (QStringList {QStringLiteral("incident_contact"), QStringLiteral("incident_contact_deputy"),
                      QStringLiteral("cto"), QStringLiteral("ceo")}));
    const ApiReply r
        = call("GET", QStringLiteral("/incidents/%1").arg(id), QStringLiteral("officer"));
    QStringList acknowledgements;
    for (const QJsonValue &v : r.json.value(QStringLiteral("acknowledgements")).toArray())
        acknowledgements << v.toObject().value(QStringLiteral("username")).toString();
    QCOMPARE(acknowledgements, order);
    QCOMPARE(lastEvent(QStringLiteral("incident.notify_executives"))
                 .value(QStringLiteral("detail"))
                 .toString(),
             QStringLiteral("incident_contacts=officer.x,manager.x "
                            "executives=officer.x,manager.x,cto.x,ceo.x"));
}

// GET /dashboard/incident-contacts: dashboard:read only; names the IMPOC and the deputy and
// whether each can be reached, and each notice that reached them with its acknowledgement time
// against impoc_acknowledge_hours; audited. DPP25-IR-01 judges the same notices.
void TestIncidentsApi::dashboardNamesIncidentContacts()
{
    const QString path = QStringLiteral("/dashboard/incident-contacts");
    for (const char *who : {"employee", "manager", "admin"}) {
        const ApiReply refused = call("GET", path, QString::fromLatin1(who));
        QVERIFY2(refused.status == 403, who);
        QVERIFY(!refused.errorMessage().isEmpty());
    }
    const qint64 id = report(QStringLiteral("employee"), true,
                             QStringLiteral("Returns spreadsheet left on a shared drive"));
    QVERIFY(id > 0);
    const ApiReply ack = call("POST", QStringLiteral("/incidents/%1/acknowledge").arg(id),
                              QStringLiteral("officer"));
    QVERIFY2(ack.status == 200, ack.raw.constData());

    const ApiReply r = call("GET", path, QStringLiteral("ceo"));
    QVERIFY2(r.status == 200, r.raw.constData());
    QCOMPARE(r.json.value(QStringLiteral("acknowledge_hours")).toInt(), 4);
    QCOMPARE(r.json.value(QStringLiteral("lookback_days")).toInt(), 90);
    const QJsonObject impoc = r.json.value(QStringLiteral("incident_contact")).toObject();
    QCOMPARE(impoc.value(QStringLiteral("username")).toString(), QStringLiteral("officer.x"));
    QVERIFY(impoc.value(QStringLiteral("email")).toString().contains(QLatin1Char('@')));
    QCOMPARE(impoc.value(QStringLiteral("status")).toString(), QStringLiteral("active"));
    QCOMPARE(impoc.value(QStringLiteral("two_factor")).toBool(), true);
    QCOMPARE(impoc.value(QStringLiteral("active")).toBool(), true);
    const QJsonObject deputy = r.json.value(QStringLiteral("incident_contact_deputy")).toObject();
    QCOMPARE(deputy.value(QStringLiteral("username")).toString(), QStringLiteral("manager.x"));
    // Newest first: this incident's notices lead, the IMPOC's acknowledged, the deputy's waiting.
    const QJsonArray notices = r.json.value(QStringLiteral("notices")).toArray();
    QVERIFY(notices.size() >= 2);
    QHash<QString, QJsonObject> mine;
    for (const QJsonValue &v : notices) {
        const QJsonObject n = v.toObject();
        QVERIFY2(n.value(QStringLiteral("designation"))
                     .toString()
                     .startsWith(QLatin1String("incident_contact")),
                 qPrintable(n.value(QStringLiteral("designation")).toString()));
        if (n.value(QStringLiteral("incident_id")).toInteger() == id)
            mine.insert(n.value(QStringLiteral("username")).toString(), n);
    }
    QCOMPARE(mine.size(), 2);
    const QJsonObject told = mine.value(QStringLiteral("officer.x"));
    QVERIFY(!told.value(QStringLiteral("acknowledged_at")).isNull());
    QVERIFY(told.value(QStringLiteral("hours_to_acknowledge")).toDouble() < 1.0);
    QCOMPARE(told.value(QStringLiteral("late")).toBool(), false);
    QVERIFY(
        mine.value(QStringLiteral("manager.x")).value(QStringLiteral("acknowledged_at")).isNull());
    QCOMPARE(mine.value(QStringLiteral("manager.x")).value(QStringLiteral("late")).toBool(), false);

    const auto control = [this]() {
        for (const QJsonValue &v :
             call("GET", QStringLiteral("/controls"), QStringLiteral("officer"))
                 .json.value(QStringLiteral("items"))
                 .toArray()) {
            if (v.toObject().value(QStringLiteral("id")).toString() == QLatin1String("DPP25-IR-01"))
                return v.toObject();
        }
        return QJsonObject();
    };
    // Earlier breaches in this run reached the officer as IMPOC and were never acknowledged,
    // so the control already warns; move every IMPOC notice into time to see it pass.
    execSql(QStringLiteral("UPDATE incident_executives SET acknowledged_at = notified_at + 60000 "
                           "WHERE designation IN ('incident_contact', 'incident_contact_deputy')"));
    QCOMPARE(control().value(QStringLiteral("status")).toString(), QStringLiteral("pass"));

    // The IMPOC answered six hours after the notice: late, in the answer and the control.
    execSql(QStringLiteral("UPDATE incident_executives SET notified_at = notified_at - 21600000, "
                           "acknowledged_at = notified_at WHERE incident_id = ? AND "
                           "designation = 'incident_contact'"),
            {id});
    const ApiReply after = call("GET", path, QStringLiteral("officer"));
    QVERIFY2(after.status == 200, after.raw.constData());
    bool lateSeen = false;
    for (const QJsonValue &v : after.json.value(QStringLiteral("notices")).toArray()) {
        const QJsonObject n = v.toObject();
        if (n.value(QStringLiteral("incident_id")).toInteger() == id
            && n.value(QStringLiteral("username")).toString() == QLatin1String("officer.x")) {
            QCOMPARE(n.value(QStringLiteral("late")).toBool(), true);
            QCOMPARE(n.value(QStringLiteral("hours_to_acknowledge")).toDouble(), 6.0);
            lateSeen = true;
        }
    }
    QVERIFY(lateSeen);
    const QJsonObject judged = control();
    QCOMPARE(judged.value(QStringLiteral("status")).toString(), QStringLiteral("warn"));
    QVERIFY2(judged.value(QStringLiteral("summary"))
                 .toString()
                 .contains(QLatin1String("not acknowledged within 4 hours")),
             qPrintable(judged.value(QStringLiteral("summary")).toString()));

    const QJsonObject event = lastEvent(QStringLiteral("dashboard.incident_contacts"));
    QCOMPARE(event.value(QStringLiteral("actor")).toString(), QStringLiteral("officer.x"));
    QVERIFY2(event.value(QStringLiteral("detail"))
                 .toString()
                 .startsWith(QStringLiteral("incident_contact=officer.x "
                                            "incident_contact_deputy=manager.x notices=")),
             qPrintable(event.value(QStringLiteral("detail")).toString()));
    QVERIFY(event.value(QStringLiteral("detail")).toString().endsWith(QLatin1String(" late=1")));
}

QTEST_GUILESS_MAIN(TestIncidentsApi)
#include "tst_incidents_api.moc"
