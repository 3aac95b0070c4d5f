// Access reviews and scheduled offboarding over real HTTPS against the real compliance-stored:
// RBAC for every role and without a token, a whole campaign from start to evidence, a reviewer
// who is not a compliance officer, and a departure reached while the leaver is not signed in.

#include "TestServer.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace cc::test;

namespace {

const QString kReason = QStringLiteral("Still handles refund disputes for this client every week");

QJsonObject find(const QJsonArray &items, const QString &holder, const QString &kind,
                 const QString &role = {})
{
    for (const QJsonValue &v : items) {
        const QJsonObject o = v.toObject();
        if (o.value(QStringLiteral("holder")).toString() == holder
            && o.value(QStringLiteral("kind")).toString() == kind
            && (role.isEmpty() || o.value(QStringLiteral("role")).toString() == role))
            return o;
    }
    return {};
}

} // namespace

class TestAccessReviewsApi : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();

    void endpointsRequireSignIn_data();
    void endpointsRequireSignIn();
    void endpointsFollowRoles_data();
    void endpointsFollowRoles();
    void wholeCampaignOverHttps();
    void reviewerWhoIsNotAnOfficer();
    void departureReachedWithoutAnyoneSignedIn();
    void departureRules_data();
    void departureRules();
    void itemsCarryTheReviewersContext();

private:
    qint64 grant(TestServer::Account &holder, const QString &holderToken,
                 const QString &approverToken, const QString &category);
    QJsonArray items(qint64 review, const QString &token, bool mine = false);
    QJsonObject userJson(qint64 id);
    void decideAll(qint64 review);

    TestServer m_server;
    QHash<QString, TestServer::Account> m_accounts; // username -> account
    QHash<QString, QString> m_tokens; // username -> token
    QHash<QString, QString> m_roleTokens; // role -> a token of someone with only that role
    qint64 m_emilGrant = 0;
    qint64 m_maxGrant = 0;
    qint64 m_firstReview = 0;
};

void TestAccessReviewsApi::initTestCase()
{
    QVERIFY2(m_server.start(), qPrintable(m_server.errorString()));
    const QList<QPair<QString, QString>> people = {
        {QStringLiteral("ada.admin"), QStringLiteral("admin")},
        {QStringLiteral("olga.officer"), QStringLiteral("compliance_officer")},
        {QStringLiteral("omar.officer"), QStringLiteral("compliance_officer")},
        {QStringLiteral("otto.officer"), QStringLiteral("compliance_officer")},
        {QStringLiteral("max.manager"), QStringLiteral("manager")},
        {QStringLiteral("eve.ceo"), QStringLiteral("executive")},
        {QStringLiteral("emil.employee"), QStringLiteral("employee")},
    };
    for (const auto &[username, role] : people) {
        TestServer::Account a = m_server.addUser(username, role);
        QVERIFY2(a.id != 0, qPrintable(username));
        const QString token = m_server.login(a);
        QVERIFY2(!token.isEmpty(), qPrintable(username));
        m_accounts.insert(username, a);
        m_tokens.insert(username, token);
        if (!m_roleTokens.contains(role))
            m_roleTokens.insert(role, token);
    }
    m_emilGrant
        = grant(m_accounts[QStringLiteral("emil.employee")],
                m_tokens.value(QStringLiteral("emil.employee")),
                m_tokens.value(QStringLiteral("olga.officer")), QStringLiteral("orders.pii"));
    m_maxGrant = grant(
        m_accounts[QStringLiteral("max.manager")], m_tokens.value(QStringLiteral("max.manager")),
        m_tokens.value(QStringLiteral("otto.officer")), QStringLiteral("aggregates"));
    QVERIFY(m_emilGrant != 0 && m_maxGrant != 0);
}

void TestAccessReviewsApi::cleanupTestCase()
{
    m_server.stop();
}

qint64 TestAccessReviewsApi::grant(TestServer::Account &, const QString &holderToken,
                                   const QString &approverToken, const QString &category)
{
    const ApiReply requested = m_server.call(
        "POST", QStringLiteral("/access-requests"),
        {{QStringLiteral("category"), category},
         {QStringLiteral("client"), QStringLiteral("ACME EU")},
         {QStringLiteral("reason"),
          QStringLiteral("Refund dispute on order 114-2231 needs the buyer address")},
         {QStringLiteral("duration_hours"), 72}},
        holderToken);
    if (requested.status != 201)
        return 0;
    const ApiReply approved
        = m_server.call("POST",
                        QStringLiteral("/access-requests/%1/approve")
                            .arg(requested.json.value(QStringLiteral("id")).toInteger()),
                        {}, approverToken);
    return approved.json.value(QStringLiteral("grant"))
        .toObject()
        .value(QStringLiteral("id"))
        .toInteger();
}

QJsonArray TestAccessReviewsApi::items(qint64 review, const QString &token, bool mine)
{
    const ApiReply r = m_server.call("GET",
                                     QStringLiteral("/access-reviews/%1/items?limit=500%2")
                                         .arg(review)
                                         .arg(mine ? QStringLiteral("&mine=true") : QString()),
                                     {}, token);
    if (r.status != 200)
        qWarning("items: %d %s", r.status, r.raw.constData());
    return r.json.value(QStringLiteral("items")).toArray();
}

QJsonObject TestAccessReviewsApi::userJson(qint64 id)
{
    const ApiReply r = m_server.call("GET", QStringLiteral("/users?limit=500"), {},
                                     m_tokens.value(QStringLiteral("ada.admin")));
    for (const QJsonValue &v : r.json.value(QStringLiteral("items")).toArray()) {
        if (v.toObject().value(QStringLiteral("id")).toInteger() == id)
            return v.toObject();
    }
    return {};
}

void TestAccessReviewsApi::endpointsRequireSignIn_data()
{
    QTest::addColumn<QByteArray>("method");
    QTest::addColumn<QString>("path");
    QTest::newRow("list") << QByteArray("GET") << QStringLiteral("/access-reviews");
    QTest::newRow("start") << QByteArray("POST") << QStringLiteral("/access-reviews");
    QTest::newRow("one") << QByteArray("GET") << QStringLiteral("/access-reviews/1");
    QTest::newRow("items") << QByteArray("GET") << QStringLiteral("/access-reviews/1/items");
    QTest::newRow("decide") << QByteArray("POST")
                            << QStringLiteral("/access-reviews/1/items/1/decision");
    QTest::newRow("report") << QByteArray("GET")
                            << QStringLiteral("/access-reviews/1/report?format=csv");
}

void TestAccessReviewsApi::endpointsRequireSignIn()
{
    QFETCH(QByteArray, method);
    QFETCH(QString, path);
    QCOMPARE(m_server.call(method, path).status, 401);
    QCOMPARE(m_server.call(method, path, {}, QStringLiteral("forged-token")).status, 401);
}

void TestAccessReviewsApi::endpointsFollowRoles_data()
{
    QTest::addColumn<QByteArray>("method");
    QTest::addColumn<QString>("path");
    QTest::addColumn<QStringList>("allowedRoles");
    const QStringList all
        = {QStringLiteral("admin"), QStringLiteral("compliance_officer"), QStringLiteral("manager"),
           QStringLiteral("executive"), QStringLiteral("employee")};
    const QStringList officers = {QStringLiteral("compliance_officer")};
    // Bodies are empty: a permitted caller gets 400, not a campaign.
    QTest::newRow("list") << QByteArray("GET") << QStringLiteral("/access-reviews") << all;
    QTest::newRow("start") << QByteArray("POST") << QStringLiteral("/access-reviews") << officers;
    QTest::newRow("report") << QByteArray("GET")
                            << QStringLiteral("/access-reviews/999999/report?format=json")
                            << officers;
}

void TestAccessReviewsApi::endpointsFollowRoles()
{
    QFETCH(QByteArray, method);
    QFETCH(QString, path);
    QFETCH(QStringList, allowedRoles);
    for (auto it = m_roleTokens.cbegin(); it != m_roleTokens.cend(); ++it) {
        const ApiReply r = m_server.call(method, path, {}, it.value());
        if (allowedRoles.contains(it.key()))
            QVERIFY2(r.status != 403 && r.status != 401,
                     qPrintable(QStringLiteral("%1 refused for %2: %3")
                                    .arg(path, it.key(), QString::fromUtf8(r.raw))));
        else
            QVERIFY2(
                r.status == 403,
                qPrintable(
                    QStringLiteral("%1 not refused for %2: %3").arg(path, it.key()).arg(r.status)));
    }
}

void TestAccessReviewsApi::decideAll(qint64 review)
{
    const QJsonArray all = items(review, m_tokens.value(QStringLiteral("olga.officer")));
    for (const QJsonValue &v : all) {
        const QJsonObject item = v.toObject();
        if (!item.value(QStringLiteral("decision")).isNull())
            continue;
        const QString reviewer = item.value(QStringLiteral("reviewer")).toString();
        const ApiReply r = m_server.call("POST",
                                         QStringLiteral("/access-reviews/%1/items/%2/decision")
                                             .arg(review)
                                             .arg(item.value(QStringLiteral("id")).toInteger()),
                                         {{QStringLiteral("decision"), QStringLiteral("keep")},
                                          {QStringLiteral("reason"), kReason}},
                                         m_tokens.value(reviewer));
        QVERIFY2(r.status == 200, r.raw.constData());
    }
}

void TestAccessReviewsApi::wholeCampaignOverHttps()
{
    const QString olga = m_tokens.value(QStringLiteral("olga.officer"));
    const QString omar = m_tokens.value(QStringLiteral("omar.officer"));
    const QString emil = m_tokens.value(QStringLiteral("emil.employee"));
    const ApiReply bad
        = m_server.call("POST", QStringLiteral("/access-reviews"),
                        {{QStringLiteral("title"), QStringLiteral("Q1")},
                         {QStringLiteral("unreviewed_action"), QStringLiteral("delete")}},
                        olga);
    QCOMPARE(bad.status, 400);
    const ApiReply started
        = m_server.call("POST", QStringLiteral("/access-reviews"),
                        {{QStringLiteral("title"), QStringLiteral("Q1 2026 access review")},
                         {QStringLiteral("unreviewed_action"), QStringLiteral("revoke")}},
                        olga);
    QCOMPARE(started.status, 201);
    m_firstReview = started.json.value(QStringLiteral("id")).toInteger();
    QCOMPARE(started.json.value(QStringLiteral("status")).toString(), QStringLiteral("open"));
    QCOMPARE(started.json.value(QStringLiteral("unreviewed_action")).toString(),
             QStringLiteral("revoke"));
    const QJsonObject progress = started.json.value(QStringLiteral("progress")).toObject();
    QCOMPARE(progress.value(QStringLiteral("total")).toInt(), 2 + 7); // two grants, seven roles
    QCOMPARE(m_server
                 .call("POST", QStringLiteral("/access-reviews"),
                       {{QStringLiteral("title"), QStringLiteral("again")}}, omar)
                 .status,
             409);

    // Who sees what: officers everything; an employee who reviews nothing, nothing.
    const QJsonArray all = items(m_firstReview, olga);
    QCOMPARE(all.size(), 9);
    const QJsonArray mine = items(m_firstReview, olga, true);
    QVERIFY(mine.size() > 0 && mine.size() < all.size());
    for (const QJsonValue &v : mine)
        QCOMPARE(v.toObject().value(QStringLiteral("reviewer")).toString(),
                 QStringLiteral("olga.officer"));
    for (const QJsonValue &v : all)
        QVERIFY(v.toObject().value(QStringLiteral("reviewer")).toString()
                != v.toObject().value(QStringLiteral("holder")).toString());
    const QString one = QStringLiteral("/access-reviews/%1").arg(m_firstReview);
    QCOMPARE(m_server.call("GET", one, {}, olga).status, 200);
    // A campaign in which one reviews nothing answers exactly as a missing one.
    const auto asMissing = [this](const QByteArray &method, const QString &path,
                                  const QJsonObject &body, const QString &token) {
        const QString missingPath
            = QString(path).replace(QStringLiteral("/access-reviews/%1").arg(m_firstReview),
                                    QStringLiteral("/access-reviews/987654321"));
        QByteArray missing = m_server.call(method, missingPath, body, token).raw;
        missing.replace("987654321", QByteArray::number(m_firstReview));
        const ApiReply hidden = m_server.call(method, path, body, token);
        return hidden.status == 404 && hidden.raw == missing;
    };
    for (const QString &role : {QStringLiteral("admin"), QStringLiteral("manager"),
                                QStringLiteral("executive"), QStringLiteral("employee")}) {
        QVERIFY2(asMissing("GET", one, {}, m_roleTokens.value(role)), qPrintable(role));
        QVERIFY2(asMissing("GET", one + QStringLiteral("/items"), {}, m_roleTokens.value(role)),
                 qPrintable(role));
        QCOMPARE(m_server.call("GET", one + QStringLiteral("/report"), {}, m_roleTokens.value(role))
                     .status,
                 403);
    }
    QCOMPARE(m_server.call("GET", QStringLiteral("/access-reviews"), {}, emil)
                 .json.value(QStringLiteral("items"))
                 .toArray()
                 .size(),
             0);

    // Decisions: the holder cannot decide about themselves, nor can someone who is not the
    // reviewer; the reviewer revokes with a reason, at once.
    const QJsonObject emilGrant
        = find(all, QStringLiteral("emil.employee"), QStringLiteral("grant"));
    QCOMPARE(emilGrant.value(QStringLiteral("reviewer")).toString(),
             QStringLiteral("olga.officer"));
    const QString decideGrant = one
        + QStringLiteral("/items/%1/decision")
              .arg(emilGrant.value(QStringLiteral("id")).toInteger());
    const QJsonObject revoke = {{QStringLiteral("decision"), QStringLiteral("revoke")},
                                {QStringLiteral("reason"), kReason}};
    QVERIFY(asMissing("POST", decideGrant, revoke, emil));
    QVERIFY(asMissing("POST", decideGrant, revoke, m_roleTokens.value(QStringLiteral("admin"))));
    QCOMPARE(m_server
                 .call("POST", decideGrant,
                       {{QStringLiteral("decision"), QStringLiteral("revoke")},
                        {QStringLiteral("reason"), QStringLiteral("no")}},
                       olga)
                 .status,
             400);
    const QJsonObject ownRole = find(all, QStringLiteral("omar.officer"), QStringLiteral("role"));
    const ApiReply self = m_server.call(
        "POST",
        one
            + QStringLiteral("/items/%1/decision")
                  .arg(ownRole.value(QStringLiteral("id")).toInteger()),
        {{QStringLiteral("decision"), QStringLiteral("keep")}, {QStringLiteral("reason"), kReason}},
        omar);
    QCOMPARE(self.status, 403);
    QVERIFY(self.errorMessage().contains(QStringLiteral("your own access")));

    const ApiReply revoked = m_server.call("POST", decideGrant, revoke, olga);
    QCOMPARE(revoked.status, 200);
    QCOMPARE(revoked.json.value(QStringLiteral("decision")).toString(), QStringLiteral("revoke"));
    QCOMPARE(revoked.json.value(QStringLiteral("outcome")).toString(),
             QStringLiteral("grant revoked"));
    const ApiReply grants = m_server.call("GET", QStringLiteral("/grants?status=active"), {}, emil);
    QCOMPARE(grants.json.value(QStringLiteral("items")).toArray().size(), 0);
    QCOMPARE(m_server.call("POST", decideGrant, revoke, olga).status, 409);

    // Otto's officer role goes; the rest is kept, which completes the campaign.
    const QJsonObject ottoRole = find(all, QStringLiteral("otto.officer"), QStringLiteral("role"));
    const ApiReply demoted = m_server.call(
        "POST",
        one
            + QStringLiteral("/items/%1/decision")
                  .arg(ottoRole.value(QStringLiteral("id")).toInteger()),
        revoke, m_tokens.value(ottoRole.value(QStringLiteral("reviewer")).toString()));
    QCOMPARE(demoted.status, 200);
    QCOMPARE(demoted.json.value(QStringLiteral("outcome")).toString(),
             QStringLiteral("role removed; employee kept as the only role"));
    QCOMPARE(m_server
                 .call("POST", QStringLiteral("/access-reviews"), {},
                       m_tokens.value(QStringLiteral("otto.officer")))
                 .status,
             403);
    decideAll(m_firstReview);
    const ApiReply done = m_server.call("GET", one, {}, olga);
    QCOMPARE(done.json.value(QStringLiteral("status")).toString(), QStringLiteral("completed"));
    const QString sha = done.json.value(QStringLiteral("report_sha256")).toString();
    QCOMPARE(sha.size(), 64);

    // The evidence: CSV bytes whose SHA-256 the campaign recorded, and the same in the JSON.
    const ApiReply csv = m_server.call("GET", one + QStringLiteral("/report?format=csv"), {}, olga);
    QCOMPARE(csv.status, 200);
    QVERIFY(csv.raw.startsWith("review_id,item_id,kind,holder,"));
    QCOMPARE(csv.raw.count('\n'), 10);
    QCOMPARE(
        QString::fromLatin1(QCryptographicHash::hash(csv.raw, QCryptographicHash::Sha256).toHex()),
        sha);
    const ApiReply json
        = m_server.call("GET", one + QStringLiteral("/report?format=json"), {}, olga);
    QCOMPARE(json.status, 200);
    QCOMPARE(json.json.value(QStringLiteral("csv")).toString().toUtf8(), csv.raw);
    QCOMPARE(json.json.value(QStringLiteral("csv_sha256")).toString(), sha);
    QCOMPARE(json.json.value(QStringLiteral("items")).toArray().size(), 9);
    QCOMPARE(m_server.call("GET", one + QStringLiteral("/report?format=xml"), {}, olga).status,
             400);
}

void TestAccessReviewsApi::reviewerWhoIsNotAnOfficer()
{
    QVERIFY2(m_firstReview != 0, "needs wholeCampaignOverHttps");
    const QString otto = m_tokens.value(QStringLiteral("otto.officer"));
    const ApiReply started
        = m_server.call("POST", QStringLiteral("/access-reviews"),
                        {{QStringLiteral("title"), QStringLiteral("Q2 2026 access review")}},
                        m_tokens.value(QStringLiteral("olga.officer")));
    QCOMPARE(started.status, 201);
    const qint64 review = started.json.value(QStringLiteral("id")).toInteger();
    // Otto approved max's grant and is still here, now as an employee: it is his to review.
    const ApiReply listed = m_server.call("GET", QStringLiteral("/access-reviews"), {}, otto);
    QCOMPARE(listed.status, 200);
    bool sees = false;
    for (const QJsonValue &v : listed.json.value(QStringLiteral("items")).toArray()) {
        if (v.toObject().value(QStringLiteral("id")).toInteger() == review) {
            sees = true;
            QCOMPARE(v.toObject()
                         .value(QStringLiteral("progress"))
                         .toObject()
                         .value(QStringLiteral("mine_open"))
                         .toInt(),
                     1);
        }
    }
    QVERIFY(sees);
    const QJsonArray his = items(review, otto); // without mine=true: still only his own
    QCOMPARE(his.size(), 1);
    const QJsonObject maxGrant = his.first().toObject();
    QCOMPARE(maxGrant.value(QStringLiteral("grant_id")).toInteger(), m_maxGrant);
    QVERIFY(maxGrant.value(QStringLiteral("can_decide")).toBool());
    // Another reviewer's item is not listed to him, and answers as a missing item does (it
    // named its reviewer in a 403 before).
    const QJsonArray every = items(review, m_tokens.value(QStringLiteral("olga.officer")));
    qint64 notHis = 0;
    for (const QJsonValue &v : every) {
        if (v.toObject().value(QStringLiteral("reviewer")).toString()
            != QLatin1String("otto.officer"))
            notHis = v.toObject().value(QStringLiteral("id")).toInteger();
    }
    QVERIFY(notHis > 0);
    const QJsonObject keep {{QStringLiteral("decision"), QStringLiteral("keep")},
                            {QStringLiteral("reason"), kReason}};
    const QString decideOther
        = QStringLiteral("/access-reviews/%1/items/%2/decision").arg(review).arg(notHis);
    const ApiReply other = m_server.call("POST", decideOther, keep, otto);
    QByteArray missing
        = m_server
              .call("POST",
                    QStringLiteral("/access-reviews/%1/items/987654321/decision").arg(review), keep,
                    otto)
              .raw;
    missing.replace("987654321", QByteArray::number(notHis));
    QCOMPARE(other.status, 404);
    QCOMPARE(other.raw, missing);
    const ApiReply kept = m_server.call(
        "POST",
        QStringLiteral("/access-reviews/%1/items/%2/decision")
            .arg(review)
            .arg(maxGrant.value(QStringLiteral("id")).toInteger()),
        {{QStringLiteral("decision"), QStringLiteral("keep")}, {QStringLiteral("reason"), kReason}},
        otto);
    QCOMPARE(kept.status, 200);
    QCOMPARE(kept.json.value(QStringLiteral("decided_by")).toString(),
             QStringLiteral("otto.officer"));
    QCOMPARE(m_server.call("GET", QStringLiteral("/access-reviews/%1/report").arg(review), {}, otto)
                 .status,
             403);
    decideAll(review); // leaves no open campaign behind
}

void TestAccessReviewsApi::departureReachedWithoutAnyoneSignedIn()
{
    TestServer::Account dora
        = m_server.addUser(QStringLiteral("dora.leaving"), QStringLiteral("employee"));
    const QString token = m_server.login(dora);
    QVERIFY(!token.isEmpty());
    const qint64 doraGrant = grant(dora, token, m_tokens.value(QStringLiteral("olga.officer")),
                                   QStringLiteral("orders.nonpii"));
    QVERIFY(doraGrant != 0);

    const QDateTime departure = QDateTime::currentDateTimeUtc().addSecs(4);
    const ApiReply scheduled
        = m_server.call("POST", QStringLiteral("/users/%1/offboard").arg(dora.id),
                        {{QStringLiteral("reason"), QStringLiteral("contract ends")},
                         {QStringLiteral("departure_at"), departure.toString(Qt::ISODateWithMs)}},
                        m_tokens.value(QStringLiteral("ada.admin")));
    QCOMPARE(scheduled.status, 200);
    QVERIFY(scheduled.json.value(QStringLiteral("scheduled")).toBool());
    QCOMPARE(scheduled.json.value(QStringLiteral("revoked_grants")).toInt(), 0);
    const QJsonObject before = scheduled.json.value(QStringLiteral("user")).toObject();
    QCOMPARE(before.value(QStringLiteral("status")).toString(), QStringLiteral("active"));
    QVERIFY(before.value(QStringLiteral("access_revoked_at")).isNull());
    QVERIFY(before.value(QStringLiteral("departure_to_revocation_seconds")).isNull());
    QCOMPARE(m_server.call("GET", QStringLiteral("/me"), {}, token).status, 200);

    // Dora does nothing from here on; the server alone ends her access at the departure.
    QTest::qWait(int(std::max<qint64>(0, QDateTime::currentDateTimeUtc().msecsTo(departure))));
    QTRY_COMPARE_WITH_TIMEOUT(userJson(dora.id).value(QStringLiteral("status")).toString(),
                              QStringLiteral("offboarded"), 30000);
    const QJsonObject after = userJson(dora.id);
    const QDateTime revokedAt = QDateTime::fromString(
        after.value(QStringLiteral("access_revoked_at")).toString(), Qt::ISODate);
    QVERIFY(revokedAt.isValid());
    QVERIFY2(revokedAt.toSecsSinceEpoch() >= departure.toSecsSinceEpoch(),
             qPrintable(revokedAt.toString(Qt::ISODate)));
    const double delay
        = after.value(QStringLiteral("departure_to_revocation_seconds")).toDouble(-1);
    // Done by the departure timer, not the minute-long catch-up job.
    QVERIFY2(delay >= 0 && delay < 60, qPrintable(QString::number(delay)));
    QCOMPARE(m_server.call("GET", QStringLiteral("/me"), {}, token).status, 401);
    QCOMPARE(m_server
                 .call("POST", QStringLiteral("/session"),
                       {{QStringLiteral("username"), dora.username},
                        {QStringLiteral("password"), dora.password},
                        {QStringLiteral("totp"), m_server.nextTotp(dora)}})
                 .status,
             401);
    const ApiReply grants = m_server.call("GET", QStringLiteral("/grants?limit=500"), {},
                                          m_tokens.value(QStringLiteral("olga.officer")));
    bool seen = false;
    for (const QJsonValue &v : grants.json.value(QStringLiteral("items")).toArray()) {
        if (v.toObject().value(QStringLiteral("id")).toInteger() == doraGrant) {
            seen = true;
            QCOMPARE(v.toObject().value(QStringLiteral("status")).toString(),
                     QStringLiteral("revoked"));
        }
    }
    QVERIFY(seen);
}

void TestAccessReviewsApi::departureRules_data()
{
    QTest::addColumn<QJsonValue>("departure");
    QTest::addColumn<int>("status");
    QTest::newRow("an hour ago") << QJsonValue(
        QDateTime::currentDateTimeUtc().addSecs(-3600).toString(Qt::ISODate))
                                 << 400;
    QTest::newRow("no offset") << QJsonValue(QStringLiteral("2030-01-01T09:00:00")) << 400;
    QTest::newRow("not a time") << QJsonValue(QStringLiteral("tomorrow")) << 400;
    QTest::newRow("a number") << QJsonValue(1234) << 400;
    QTest::newRow("next year") << QJsonValue(QDateTime::currentDateTimeUtc().addDays(365).toString(
        Qt::ISODate)) << 200;
}

void TestAccessReviewsApi::departureRules()
{
    QFETCH(QJsonValue, departure);
    QFETCH(int, status);
    TestServer::Account someone
        = m_server.addUser(QStringLiteral("rule.%1")
                               .arg(QString::fromLatin1(QTest::currentDataTag()))
                               .replace(QLatin1Char(' '), QLatin1Char('-')),
                           QStringLiteral("employee"));
    const ApiReply r = m_server.call("POST", QStringLiteral("/users/%1/offboard").arg(someone.id),
                                     {{QStringLiteral("departure_at"), departure}},
                                     m_tokens.value(QStringLiteral("ada.admin")));
    QVERIFY2(r.status == status, r.raw.constData());
    if (status == 200)
        QCOMPARE(r.json.value(QStringLiteral("user"))
                     .toObject()
                     .value(QStringLiteral("departure_at"))
                     .toString(),
                 departure.toString());
    else
        QCOMPARE(userJson(someone.id).value(QStringLiteral("departure_at")), QJsonValue());
}

// Beside each decision the reviewer sees the holder's latest sign-in, the grant's latest use and
// the holder's earlier grants of the same category, read live from sessions and grants.
void TestAccessReviewsApi::itemsCarryTheReviewersContext()
{
    const QString olga = m_tokens.value(QStringLiteral("olga.officer"));
    TestServer::Account rita
        = m_server.addUser(QStringLiteral("rita.reviewed"), QStringLiteral("employee"));
    QVERIFY(rita.id != 0);
    const QString ritaToken = m_server.login(rita);
    QVERIFY(!ritaToken.isEmpty());
    const qint64 earlier = grant(rita, ritaToken, olga, QStringLiteral("orders.nonpii"));
    QVERIFY(earlier != 0);
    QCOMPARE(m_server
                 .call("POST", QStringLiteral("/grants/%1/revoke").arg(earlier),
                       {{QStringLiteral("reason"), kReason}}, olga)
                 .status,
             200);
    const qint64 current = grant(rita, ritaToken, olga, QStringLiteral("orders.nonpii"));
    QVERIFY(current != 0);
    const ApiReply read
        = m_server.call("GET", QStringLiteral("/orders?client=ACME%20EU"), {}, ritaToken);
    QVERIFY2(read.status == 200, read.raw.constData());

    const ApiReply started
        = m_server.call("POST", QStringLiteral("/access-reviews"),
                        {{QStringLiteral("title"), QStringLiteral("Context review")}}, olga);
    QCOMPARE(started.status, 201);
    const qint64 review = started.json.value(QStringLiteral("id")).toInteger();
    const QJsonArray all = items(review, olga);
    const QJsonObject grantItem
        = find(all, QStringLiteral("rita.reviewed"), QStringLiteral("grant"));
    QCOMPARE(grantItem.value(QStringLiteral("grant_id")).toInteger(), current);
    const QDateTime signedIn = QDateTime::fromString(
        grantItem.value(QStringLiteral("holder_last_sign_in_at")).toString(), Qt::ISODateWithMs);
    QVERIFY2(signedIn.isValid(), QJsonDocument(grantItem).toJson().constData());
    QVERIFY(signedIn.secsTo(QDateTime::currentDateTimeUtc()) < 3600);
    QVERIFY(QDateTime::fromString(grantItem.value(QStringLiteral("grant_last_used_at")).toString(),
                                  Qt::ISODateWithMs)
                .isValid());
    QCOMPARE(grantItem.value(QStringLiteral("earlier_grants")).toInt(), 1);
    // A role has no grant to have used, nor earlier grants.
    const QJsonObject roleItem = find(all, QStringLiteral("rita.reviewed"), QStringLiteral("role"));
    QVERIFY(roleItem.value(QStringLiteral("grant_last_used_at")).isNull());
    QCOMPARE(roleItem.value(QStringLiteral("earlier_grants")).toInt(), 0);
    QCOMPARE(roleItem.value(QStringLiteral("holder_last_sign_in_at")),
             grantItem.value(QStringLiteral("holder_last_sign_in_at")));
    // Another holder's grant, never used, and their first of its category.
    const QJsonObject maxItem = find(all, QStringLiteral("max.manager"), QStringLiteral("grant"));
    if (!maxItem.isEmpty()) {
        QVERIFY(maxItem.value(QStringLiteral("grant_last_used_at")).isNull());
        QCOMPARE(maxItem.value(QStringLiteral("earlier_grants")).toInt(), 0);
    }
    decideAll(review); // leaves no open campaign behind
}

QTEST_GUILESS_MAIN(TestAccessReviewsApi)
#include "tst_access_reviews_api.moc"
