// Access monitoring with an injected clock, driven by the real services (sign-ins, grant-gated
// order reads, offboarding): every rule fires exactly at its policy threshold and not one
// below it; the failed sign-in window slides; a burst raises one alert that counts it; the
// listener's own events are not evaluated again; new alerts reach active compliance officers
// only; acknowledging needs a note and happens once; a grant's use resets its unused clock.

#include "MockClock.h"
#include "audit/AuditLog.h"
#include "crypto/Crypto.h"
#include "crypto/Totp.h"
#include "domain/OrderBatch.h"
#include "service/AccessControl.h"
#include "service/Accounts.h"
#include "service/Monitoring.h"
#include "service/Notifications.h"
#include "service/Orders.h"
#include "store/Store.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonObject>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace cc;
using cc::test::MockClock;

namespace {

const QDateTime kStart(QDate(2026, 3, 2), QTime(9, 0), Qt::UTC);

// Small thresholds, so each row stays short; the rules read them from the policy.
const QByteArray kPolicy = R"({
    "alert_failed_sign_in_threshold": 3,
    "alert_failed_sign_in_window_minutes": 15,
    "alert_pii_reads_per_hour": 5,
    "alert_no_grant_attempts_per_hour": 3,
    "alert_denied_requests_per_hour": 4,
    "alert_unused_grant_days": 3
})";

QJsonObject makeOrder(const QString &id, const QDateTime &fulfilled)
{
    return {
        {QStringLiteral("AmazonOrderId"), id},
        {QStringLiteral("PurchaseDate"), fulfilled.addDays(-2).toString(Qt::ISODate)},
        {QStringLiteral("OrderStatus"), QStringLiteral("Shipped")},
        {QStringLiteral("MarketplaceId"), QStringLiteral("A1F83G8C2ARO7P")},
        {QStringLiteral("OrderTotal"),
         QJsonObject {{QStringLiteral("CurrencyCode"), QStringLiteral("GBP")},
                      {QStringLiteral("Amount"), QStringLiteral("12.00")}}},
        {QStringLiteral("BuyerInfo"),
         QJsonObject {{QStringLiteral("BuyerEmail"), QStringLiteral("buyer@example.net")},
                      {QStringLiteral("BuyerName"), QStringLiteral("Ada Buyer")}}},
        {QStringLiteral("FulfillmentDate"), fulfilled.toString(Qt::ISODate)},
    };
}

} // namespace

class TestMonitoring : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void ruleFiresAtThreshold_data();
    void ruleFiresAtThreshold();
    void failedSignInWindowSlides();
    void wrongEnrolmentCodesCountAsFailedSignIns();
    void burstRaisesOneAlertThatCounts();
    void listenerOwnEventsNotEvaluated();
    void notificationsReachActiveOfficersOnly();
    void privilegedRoleReachesOfficersAndExecutivesButTheActor();
    void acknowledgeNeedsNoteAndHappensOnce();
    void offboardedTokenUseIsAuditedAndAlerted();
    void piiPageCountsEachOrder();
    void grantUseResetsUnusedClock();
    void grantUseIsWrittenOncePerHour();

private:
    struct Person
    {
        User user;
        QByteArray password;
        QByteArray secret;
        Caller caller;
    };
    Person addPerson(const QString &username, const QString &role);
    Result<Session> signIn(Person &person, const QString &address);
    void failSignIn(const QString &username, const QString &address);
    qint64 grant(const Person &person, const QString &category);
    qint64 ingest(int orders);
    void refuse(const Person &person);
    void offboard(const Person &person);
    QList<Alert> alerts(const QString &rule = {}); // newest first
    QList<Notification> notificationsOf(const Person &person, qint64 alertId);
    qint64 count(const QString &sql, const QVariantList &args = {});

    QTemporaryDir *m_dir = nullptr;
    MockClock m_clock;
    std::unique_ptr<Store> m_store;
    Person m_officer;
    Person m_admin;
    Person m_emil;
    int m_orders = 0;
};

void TestMonitoring::initTestCase()
{
    QVERIFY(crypto::init().ok());
}

void TestMonitoring::init()
{
    m_clock.set(kStart);
    m_orders = 0;
    m_dir = new QTemporaryDir;
    QVERIFY(m_dir->isValid());
    QVERIFY(Store::create(m_dir->path()).ok());
    QFile policy(m_dir->filePath(QStringLiteral("policy.json")));
    QVERIFY(policy.open(QIODevice::WriteOnly));
    policy.write(kPolicy);
    policy.close();
    Result<std::unique_ptr<Store>> opened = Store::open(m_dir->path(), m_clock);
    QVERIFY2(opened.ok(), opened.ok() ? "" : qPrintable(opened.error().message));
    m_store = std::move(opened.value());
    QCOMPARE(m_store->policy().alertFailedSignInThreshold, 3);
    Monitoring::install(*m_store);
    m_officer = addPerson(QStringLiteral("olga"), QStringLiteral("compliance_officer"));
    m_admin = addPerson(QStringLiteral("adam"), QStringLiteral("admin"));
    m_emil = addPerson(QStringLiteral("emil"), QStringLiteral("employee"));
}

void TestMonitoring::cleanup()
{
    m_store.reset();
    delete m_dir;
    m_dir = nullptr;
}

TestMonitoring::Person TestMonitoring::addPerson(const QString &username, const QString &role)
{
    Person p;
    p.password = QByteArrayLiteral("tidy-Lamp-7-orbit"); // no part of the username (the rules)
    Result<CreatedUser> created
        = Accounts(*m_store).addUser(Caller::localOperator(),
                                     {username,
                                      username + QStringLiteral("@example.com"),
                                      username,
                                      {},
                                      role.split(QLatin1Char(',')),
                                      p.password});
    if (!created)
        qFatal("cannot add %s: %s", qPrintable(username), qPrintable(created.error().message));
    // Grants need two-factor enrolment; the sign-in that completes it is not under test here.
    if (!m_store->exec(QStringLiteral("UPDATE users SET totp_enrolled_at = ? WHERE id = ?"),
                       {m_clock.nowMs(), created->user.id}))
        qFatal("cannot enrol %s", qPrintable(username));
    p.user = created->user;
    p.secret = created->totpSecret;
    p.caller = Caller::forUser(p.user);
    return p;
}

Result<Session> TestMonitoring::signIn(Person &person, const QString &address)
{
    const QString code = crypto::totp::code(person.secret, m_clock.nowMs() / 1000).value();
    Result<Session> session
        = Accounts(*m_store)
              .signIn({person.user.username, person.password, code, {}, address})
              .run();
    m_clock.advanceSeconds(30); // the next sign-in needs a fresh code
    return session;
}

void TestMonitoring::failSignIn(const QString &username, const QString &address)
{
    const Result<Session> failed
        = Accounts(*m_store)
              .signIn({username, "not-the-password", QStringLiteral("000000"), {}, address})
              .run();
    QVERIFY(!failed.ok());
    QCOMPARE(failed.error().code, ErrorCode::Unauthorized);
}

qint64 TestMonitoring::grant(const Person &person, const QString &category)
{
    AccessControl access(*m_store);
    // Access requests name a registered client (one ingest has not seen yet, or already has).
    const QString client = QStringLiteral("kestrel");
    if (Result<Client> added = access.addClient(Caller::localOperator(), client);
        !added && added.error().code != ErrorCode::Conflict)
        qFatal("client: %s", qPrintable(added.error().message));
    Result<AccessRequest> r
        = access.createRequest(person.caller,
                               {category,
                                client,
                                QStringLiteral("Refund dispute for a buyer who was charged twice"),
                                24 * 7,
                                {}});
    if (!r)
        qFatal("request: %s", qPrintable(r.error().message));
    Result<Approval> a = access.approve(m_officer.caller, r->id, QStringLiteral("ok"));
    if (!a)
        qFatal("approve: %s", qPrintable(a.error().message));
    return a->grant->id;
}

// Stores that many orders of client kestrel with PII; returns the id of the last.
qint64 TestMonitoring::ingest(int orders)
{
    QJsonArray list;
    for (int i = 0; i < orders; ++i)
        list.append(makeOrder(QStringLiteral("203-%1").arg(++m_orders), m_clock.now()));
    Result<IngestResult> r = Orders(*m_store).ingest(
        Caller::localOperator(),
        orders::parseBatch(QJsonObject {{QStringLiteral("client"), QStringLiteral("kestrel")},
                                        {QStringLiteral("orders"), list}}));
    if (!r || !r->errors.isEmpty())
        qFatal("ingest failed");
    return count(QStringLiteral("SELECT MAX(id) FROM orders"));
}

// A call refused for a missing permission, recorded as the server records it
// (StoreServer::dispatch); tst_alerts_api refuses real calls.
void TestMonitoring::refuse(const Person &person)
{
    AuditEvent refused;
    refused.actorId = person.user.id;
    refused.actor = person.user.username;
    refused.action = QStringLiteral("user.create");
    refused.objectType = QStringLiteral("endpoint");
    refused.objectId = QStringLiteral("POST /api/v1/users");
    refused.outcome = QStringLiteral("denied");
    refused.detail = QStringLiteral("missing permission users:manage");
    QVERIFY(audit::record(*m_store, refused).ok());
}

void TestMonitoring::offboard(const Person &person)
{
    QVERIFY(
        Accounts(*m_store).offboard(m_admin.caller, person.user.id, QStringLiteral("left")).ok());
}

QList<Alert> TestMonitoring::alerts(const QString &rule)
{
    AlertFilter filter;
    filter.rule = rule;
    filter.limit = 500;
    Result<Page<Alert>> page = Monitoring(*m_store).alerts(filter);
    if (!page)
        qFatal("alerts: %s", qPrintable(page.error().message));
    return page->items;
}

qint64 TestMonitoring::count(const QString &sql, const QVariantList &args)
{
    Result<Query> q = m_store->exec(sql, args);
    return q && q->next() ? q->value(0).toLongLong() : -1;
}

void TestMonitoring::ruleFiresAtThreshold_data()
{
    QTest::addColumn<QString>("scenario");
    QTest::addColumn<QString>("rule");
    QTest::addColumn<int>("amount"); // triggering events (days for unused_grant)
    QTest::addColumn<bool>("fires");
    QTest::addColumn<int>("eventCount"); // of the alert, when it fires
    const auto both = [](const char *scenario, const QString &rule, int threshold, int count) {
        QTest::addRow("%s below", scenario) << scenario << rule << threshold - 1 << false << 0;
        QTest::addRow("%s at", scenario) << scenario << rule << threshold << true << count;
    };
    both("failed account", rule::FailedSignIns, 3, 3);
    both("failed unknown", rule::FailedSignIns, 3, 3);
    both("pii volume", rule::PiiReadVolume, 6, 6); // more than 5 an hour
    both("no grant", rule::NoGrantAccess, 3, 3);
    both("denied", rule::DeniedRequests, 4, 4);
    both("new address", rule::NewAddress, 1, 1);
    both("concurrent", rule::ConcurrentAddresses, 1, 2);
    both("offboarded", rule::OffboardedActivity, 1, 1);
    both("unused grant", rule::UnusedGrant, 3, 1);
}

void TestMonitoring::ruleFiresAtThreshold()
{
    QFETCH(QString, scenario);
    QFETCH(QString, rule);
    QFETCH(int, amount);
    QFETCH(bool, fires);
    QFETCH(int, eventCount);
    QString subject = m_emil.user.username;
    if (scenario == QLatin1String("failed account")) {
        for (int i = 0; i < amount; ++i)
            failSignIn(QStringLiteral("EMIL"), QStringLiteral("10.0.0.9"));
    } else if (scenario == QLatin1String("failed unknown")) {
        subject = QStringLiteral("10.0.0.66");
        for (int i = 0; i < amount; ++i)
            failSignIn(QStringLiteral("guess%1").arg(i), subject);
        // Another address's guesses count on their own.
        failSignIn(QStringLiteral("guess"), QStringLiteral("10.0.0.67"));
    } else if (scenario == QLatin1String("pii volume")) {
        const qint64 order = ingest(1);
        grant(m_emil, QStringLiteral("orders.pii"));
        for (int i = 0; i < amount; ++i) {
            Result<Order> read = Orders(*m_store).order(m_emil.caller, order, true);
            QVERIFY(read.ok() && read->pii.has_value());
        }
        // Reads without PII do not count.
        QVERIFY(Orders(*m_store).order(m_emil.caller, order, false).ok());
    } else if (scenario == QLatin1String("no grant")) {
        const qint64 order = ingest(1);
        for (int i = 0; i < amount; ++i) {
            const Result<Order> refused = Orders(*m_store).order(m_emil.caller, order, false);
            QCOMPARE(refused.error().code, ErrorCode::NotFound);
        }
        QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM audit_events WHERE action = "
                                      "'orders.read' AND outcome = 'denied' AND actor_id = ?"),
                       {m_emil.user.id}),
                 qint64(amount));
    } else if (scenario == QLatin1String("denied")) {
        for (int i = 0; i < amount; ++i)
            refuse(m_emil);
    } else if (scenario == QLatin1String("new address")) {
        Accounts accounts(*m_store);
        // The first sign-in is the baseline; again from there is nothing new. Each session
        // ends before the next, so no two are live at once.
        for (int i = 0; i < 2 + amount; ++i) {
            const Result<Session> session = signIn(
                m_emil, i < 2 ? QStringLiteral("10.0.0.1") : QStringLiteral("10.0.1.%1").arg(i));
            QVERIFY(session.ok());
            QVERIFY(accounts.signOut(*accounts.authenticate(session->token)).ok());
        }
    } else if (scenario == QLatin1String("concurrent")) {
        QVERIFY(signIn(m_emil, QStringLiteral("10.0.0.1")).ok());
        // A second session from the same address is one person with two windows.
        QVERIFY(signIn(m_emil, QStringLiteral("10.0.0.1")).ok());
        for (int i = 0; i < amount; ++i)
            QVERIFY(signIn(m_emil, QStringLiteral("10.0.2.%1").arg(i)).ok());
    } else if (scenario == QLatin1String("offboarded")) {
        // An active account's failure is no offboarded activity.
        failSignIn(QStringLiteral("emil"), QStringLiteral("10.0.0.1"));
        offboard(m_emil);
        for (int i = 0; i < amount; ++i) {
            const QString code = crypto::totp::code(m_emil.secret, m_clock.nowMs() / 1000).value();
            QVERIFY(!Accounts(*m_store)
                         .signIn({QStringLiteral("emil"),
                                  m_emil.password,
                                  code,
                                  {},
                                  QStringLiteral("10.0.0.1")})
                         .run()
                         .ok());
        }
    } else if (scenario == QLatin1String("unused grant")) {
        grant(m_emil, QStringLiteral("orders.nonpii"));
        m_clock.advanceSeconds(qint64(amount) * 86400);
        Result<int> swept = Monitoring(*m_store).sweep();
        QVERIFY2(swept.ok(), swept.ok() ? "" : qPrintable(swept.error().message));
        QCOMPARE(*swept, fires ? 1 : 0);
    } else {
        QFAIL("unknown scenario");
    }

    const QList<Alert> raised = alerts(rule);
    QCOMPARE(raised.size(), fires ? 1 : 0);
    // No other rule took these events for its own.
    for (const Alert &other : alerts()) {
        if (other.rule != rule)
            QVERIFY2(other.rule == rule::NewAddress, qPrintable(other.rule));
    }
    if (!fires)
        return;
    const Alert &a = raised.first();
    QCOMPARE(a.rule, rule);
    QCOMPARE(a.subject, subject);
    QCOMPARE(a.eventCount, eventCount);
    QVERIFY(a.isOpen());
    QVERIFY(!a.title.isEmpty() && !a.detail.isEmpty());
    QCOMPARE(
        a.raisedAt,
        m_clock.nowMs()
            - (scenario == QLatin1String("new address") || scenario == QLatin1String("concurrent")
                   ? 30000
                   : 0));
    if (scenario != QLatin1String("failed unknown"))
        QCOMPARE(a.subjectUserId, std::optional<qint64>(m_emil.user.id));
    else
        QVERIFY(!a.subjectUserId);
    QVERIFY(a.firstSeq.has_value() == (scenario != QLatin1String("unused grant")));
    // No PII of the orders read ever reaches an alert.
    QVERIFY(!a.detail.contains(QStringLiteral("Ada Buyer")));
    QVERIFY(!a.detail.contains(QStringLiteral("buyer@example.net")));
}

void TestMonitoring::failedSignInWindowSlides()
{
    // Two failures, then the window (15 minutes) moves past the first: a fixed quarter-hour
    // bucket would hold two at most, a sliding window holds three.
    failSignIn(QStringLiteral("emil"), QStringLiteral("10.0.0.5")); // 09:00
    m_clock.advanceSeconds(5 * 60);
    failSignIn(QStringLiteral("emil"), QStringLiteral("10.0.0.5")); // 09:05
    m_clock.advanceSeconds(10 * 60);
    failSignIn(QStringLiteral("emil"), QStringLiteral("10.0.0.5")); // 09:15: 09:00 is out
    QCOMPARE(alerts(rule::FailedSignIns).size(), 0);
    m_clock.advanceSeconds(4 * 60);
    failSignIn(QStringLiteral("emil"), QStringLiteral("10.0.0.5")); // 09:19: 09:05, :15, :19
    const QList<Alert> raised = alerts(rule::FailedSignIns);
    QCOMPARE(raised.size(), 1);
    QCOMPARE(raised.first().eventCount, 3);
    // The first counted event is the 09:05 failure, not the one that slid out.
    Result<Query> q = m_store->exec(QStringLiteral("SELECT at FROM audit_events WHERE seq = ?"),
                                    {*raised.first().firstSeq});
    QVERIFY(q.ok() && q->next());
    QCOMPARE(q->value(0).toLongLong(), kStart.addSecs(5 * 60).toMSecsSinceEpoch());

    // Long after, the same account starts again from nothing.
    m_clock.advanceSeconds(3 * 3600);
    failSignIn(QStringLiteral("emil"), QStringLiteral("10.0.0.5"));
    failSignIn(QStringLiteral("emil"), QStringLiteral("10.0.0.5"));
    QCOMPARE(alerts(rule::FailedSignIns).size(), 1);
    failSignIn(QStringLiteral("emil"), QStringLiteral("10.0.0.5"));
    QCOMPARE(alerts(rule::FailedSignIns).size(), 2);
}

void TestMonitoring::wrongEnrolmentCodesCountAsFailedSignIns()
{
    // Guessing an enrolment code is guessing a credential: it counts like a wrong password,
    // per account and, for unknown usernames, per address.
    for (int i = 0; i < 3; ++i) {
        const Result<QString> refused
            = Accounts(*m_store)
                  .startEnrolment({QStringLiteral("emil"), QStringLiteral("WRONG-CODE-%1").arg(i),
                                   "a long enough new password", QStringLiteral("10.0.0.5")})
                  .run();
        QVERIFY(!refused.ok());
    }
    QList<Alert> raised = alerts(rule::FailedSignIns);
    QCOMPARE(raised.size(), 1);
    QCOMPARE(raised.first().subjectUserId, std::optional<qint64>(m_emil.user.id));
    for (int i = 0; i < 3; ++i) {
        const Result<Session> refused = Accounts(*m_store).finishEnrolment(
            {QStringLiteral("nobody%1").arg(i), QStringLiteral("CODE"), QStringLiteral("000000"),
             QStringLiteral("10.0.0.77")});
        QVERIFY(!refused.ok());
    }
    QSet<QString> subjects;
    for (const Alert &a : alerts(rule::FailedSignIns))
        subjects << a.subject;
    QCOMPARE(subjects, (QSet<QString> {QStringLiteral("emil"), QStringLiteral("10.0.0.77")}));
}

void TestMonitoring::burstRaisesOneAlertThatCounts()
{
    const qint64 order = ingest(1);
    grant(m_emil, QStringLiteral("orders.pii"));
    // 40 PII reads a minute apart cross a quarter-hour and the next full hour: still one burst.
    m_clock.set(QDateTime(QDate(2026, 3, 2), QTime(9, 50), Qt::UTC));
    for (int i = 0; i < 40; ++i) {
        QVERIFY(Orders(*m_store).order(m_emil.caller, order, true).ok());
        m_clock.advanceSeconds(60);
    }
    const QList<Alert> raised = alerts(rule::PiiReadVolume);
    QCOMPARE(raised.size(), 1);
    QCOMPARE(raised.first().eventCount, 40);
    QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM audit_events WHERE action = "
                                  "'alert.raise'")),
             qint64(1));
    QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM notifications WHERE kind = 'alert'")),
             qint64(1));
    QCOMPARE(raised.first().lastSeenAt, m_clock.nowMs() - 60000);
}

void TestMonitoring::listenerOwnEventsNotEvaluated()
{
    QStringList heard;
    m_store->setAuditListener([&heard](Store &store, const AuditEvent &event) {
        heard << event.action;
        return Monitoring(store).evaluate(event);
    });
    for (int i = 0; i < 4; ++i)
        failSignIn(QStringLiteral("emil"), QStringLiteral("10.0.0.5"));
    QCOMPARE(alerts(rule::FailedSignIns).size(), 1);
    QCOMPARE(heard.count(QStringLiteral("session.create")), 4);
    // The alert's own audit event was written, and not handed back to the rules.
    QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM audit_events WHERE action = "
                                  "'alert.raise'")),
             qint64(1));
    QVERIFY2(!heard.contains(QStringLiteral("alert.raise")), qPrintable(heard.join(u',')));
    QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM monitor_hits")), qint64(4));
    // And the chain still verifies with the alert's event in it.
    Result<AuditVerification> verified = audit::verify(*m_store);
    QVERIFY(verified.ok() && verified->intact);
}

void TestMonitoring::notificationsReachActiveOfficersOnly()
{
    Person oscar = addPerson(QStringLiteral("oscar"), QStringLiteral("compliance_officer"));
    Person gone = addPerson(QStringLiteral("gone"), QStringLiteral("compliance_officer"));
    Person exec = addPerson(QStringLiteral("cleo"), QStringLiteral("executive"));
    offboard(gone);
    for (int i = 0; i < 3; ++i)
        failSignIn(QStringLiteral("emil"), QStringLiteral("10.0.0.5"));
    const QList<Alert> raised = alerts(rule::FailedSignIns);
    QCOMPARE(raised.size(), 1);
    for (const Person *p : {&m_officer, &oscar, &gone, &exec, &m_admin, &m_emil}) {
        Result<NotificationPage> inbox = Notifications(*m_store).list(p->caller, false, 0, 50);
        QVERIFY(inbox.ok());
        const bool officer = p == &m_officer || p == &oscar;
        QCOMPARE(inbox->page.items.size(), officer ? 1 : 0);
        if (!officer)
            continue;
        const Notification &n = inbox->page.items.first();
        QCOMPARE(n.kind, QStringLiteral("alert"));
        QCOMPARE(n.alertId, std::optional<qint64>(raised.first().id));
        QCOMPARE(n.title, raised.first().title);
    }
}

void TestMonitoring::privilegedRoleReachesOfficersAndExecutivesButTheActor()
{
    // compliancectl (the store's key holder, as the first accounts are made) raises none.
    Person cleo = addPerson(QStringLiteral("cleo"), QStringLiteral("executive"));
    Person gone = addPerson(QStringLiteral("gone"), QStringLiteral("executive"));
    offboard(gone);
    // An admin who is also an executive: told of others' changes, never of their own.
    Person alex = addPerson(QStringLiteral("alex"), QStringLiteral("admin,executive"));
    QCOMPARE(alerts(rule::PrivilegedRole).size(), 0);

    Accounts accounts(*m_store);
    Result<CreatedUser> pat = accounts.addUser(alex.caller,
                                               {QStringLiteral("pat"),
                                                QStringLiteral("pat@example.com"),
                                                QStringLiteral("Pat"),
                                                {},
                                                {QStringLiteral("compliance_officer")},
                                                "tidy-Lamp-7-orbit"});
    QVERIFY(pat.ok());
    QCOMPARE(alerts(rule::PrivilegedRole).size(), 1);
    const Alert created = alerts(rule::PrivilegedRole).first();
    QCOMPARE(created.severity, QStringLiteral("high"));
    QCOMPARE(created.subject, QStringLiteral("pat"));
    QCOMPARE(created.subjectUserId, std::optional<qint64>(pat->user.id));
    QCOMPARE(created.title, QStringLiteral("New account pat with compliance_officer"));
    QCOMPARE(created.detail.left(54),
             QStringLiteral("alex created the account pat with compliance_officer. "));
    Person patPerson {pat->user, {}, {}, Caller::forUser(pat->user)};
    for (const Person *p : {&m_officer, &cleo, &alex, &gone, &patPerson, &m_admin, &m_emil})
        QCOMPARE(notificationsOf(*p, created.id).size(), p == &m_officer || p == &cleo ? 1 : 0);

    // Granting a privileged role alerts; other changes do not.
    UserUpdate manager;
    manager.roles = QStringList {QStringLiteral("employee"), QStringLiteral("manager")};
    manager.title = QStringLiteral("Team lead");
    QVERIFY(accounts.updateUser(alex.caller, m_emil.user.id, manager).ok());
    QCOMPARE(alerts(rule::PrivilegedRole).size(), 1);
    UserUpdate executive;
    executive.roles = QStringList {QStringLiteral("manager"), QStringLiteral("executive")};
    QVERIFY(accounts.updateUser(m_admin.caller, m_emil.user.id, executive).ok());
    const Alert given = alerts(rule::PrivilegedRole).first();
    QVERIFY(given.id != created.id);
    QCOMPARE(given.title, QStringLiteral("emil was given executive"));
    QCOMPARE(given.subject, QStringLiteral("emil"));
    for (const Person *p : {&m_officer, &cleo, &alex, &patPerson, &m_admin, &m_emil})
        QCOMPARE(notificationsOf(*p, given.id).size(),
                 p == &m_officer || p == &cleo || p == &alex || p == &patPerson ? 1 : 0);
    // Taking a role away is no news; the same grant again later is.
    QVERIFY(accounts.updateUser(m_admin.caller, m_emil.user.id, manager).ok());
    QCOMPARE(alerts(rule::PrivilegedRole).first().id, given.id);
    QVERIFY(accounts.updateUser(m_admin.caller, m_emil.user.id, executive).ok());
    QCOMPARE(alerts(rule::PrivilegedRole).size(), 3);
    // Each alert is audited by the system, in the chain.
    QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM audit_events WHERE action = "
                                  "'alert.raise' AND detail LIKE 'rule=privileged_role %'")),
             qint64(3));
}

QList<Notification> TestMonitoring::notificationsOf(const Person &person, qint64 alertId)
{
    Result<NotificationPage> inbox = Notifications(*m_store).list(person.caller, false, 0, 500);
    if (!inbox)
        qFatal("notifications: %s", qPrintable(inbox.error().message));
    QList<Notification> found;
    for (const Notification &n : inbox->page.items) {
        if (n.alertId == std::optional<qint64>(alertId))
            found << n;
    }
    return found;
}

void TestMonitoring::acknowledgeNeedsNoteAndHappensOnce()
{
    for (int i = 0; i < 3; ++i)
        failSignIn(QStringLiteral("emil"), QStringLiteral("10.0.0.5"));
    const qint64 id = alerts(rule::FailedSignIns).value(0).id;
    QVERIFY(id > 0);
    Monitoring monitoring(*m_store);
    const Result<Alert> noNote = monitoring.acknowledge(m_officer.caller, id, QStringLiteral("  "));
    QCOMPARE(noNote.error().code, ErrorCode::InvalidInput);
    QVERIFY(noNote.error().message.contains(QStringLiteral("note")));
    QCOMPARE(monitoring.acknowledge(m_officer.caller, 999, QStringLiteral("x")).error().code,
             ErrorCode::NotFound);

    m_clock.advanceSeconds(600);
    const Result<Alert> done = monitoring.acknowledge(
        m_officer.caller, id, QStringLiteral("Emil mistyped after a password change"));
    QVERIFY2(done.ok(), done.ok() ? "" : qPrintable(done.error().message));
    QVERIFY(!done->isOpen());
    QCOMPARE(done->acknowledgedAt, OptionalTime(m_clock.nowMs()));
    QCOMPARE(done->acknowledgedBy, QStringLiteral("olga"));
    QCOMPARE(done->acknowledgeNote, QStringLiteral("Emil mistyped after a password change"));
    const Result<Alert> again = monitoring.acknowledge(m_officer.caller, id, QStringLiteral("x"));
    QCOMPARE(again.error().code, ErrorCode::Conflict);
    QVERIFY(again.error().message.contains(QStringLiteral("olga")));
    QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM audit_events WHERE action = "
                                  "'alert.acknowledge' AND actor = 'olga' AND object_id = ? AND "
                                  "reason = 'Emil mistyped after a password change'"),
                   {QString::number(id)}),
             qint64(1));

    AlertFilter open;
    open.status = QStringLiteral("open");
    QCOMPARE(monitoring.alerts(open)->items.size(), 0);
    open.status = QStringLiteral("acknowledged");
    QCOMPARE(monitoring.alerts(open)->items.size(), 1);
    open.status = QStringLiteral("closed");
    QCOMPARE(monitoring.alerts(open).error().code, ErrorCode::InvalidInput);
}

void TestMonitoring::offboardedTokenUseIsAuditedAndAlerted()
{
    Result<Session> session = signIn(m_emil, QStringLiteral("10.0.0.1"));
    QVERIFY(session.ok());
    offboard(m_emil);
    QCOMPARE(alerts(rule::OffboardedActivity).size(), 0);
    const Result<Caller> used
        = Accounts(*m_store).authenticate(session->token, QStringLiteral("10.0.0.8"));
    QCOMPARE(used.error().code, ErrorCode::Unauthorized);
    QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM audit_events WHERE action = "
                                  "'session.use' AND outcome = 'denied' AND actor_id = ? AND "
                                  "detail LIKE 'from=10.0.0.8%'"),
                   {m_emil.user.id}),
             qint64(1));
    // Twice within the hour: one alert that counts both.
    QVERIFY(!Accounts(*m_store).authenticate(session->token, QStringLiteral("10.0.0.8")).ok());
    const QList<Alert> raised = alerts(rule::OffboardedActivity);
    QCOMPARE(raised.size(), 1);
    QCOMPARE(raised.first().eventCount, 2);
    QVERIFY(raised.first().detail.contains(QStringLiteral("10.0.0.8")));
    // An ended session of an active account is just an ended session.
    Person erin = addPerson(QStringLiteral("erin"), QStringLiteral("employee"));
    Result<Session> erins = signIn(erin, QStringLiteral("10.0.0.2"));
    QVERIFY(erins.ok());
    QVERIFY(Accounts(*m_store).signOut(*Accounts(*m_store).authenticate(erins->token)).ok());
    QVERIFY(!Accounts(*m_store).authenticate(erins->token).ok());
    QCOMPARE(alerts(rule::OffboardedActivity).size(), 1);
}

void TestMonitoring::piiPageCountsEachOrder()
{
    ingest(6);
    grant(m_emil, QStringLiteral("orders.pii"));
    // One page of five orders with PII is five reads: not above five an hour...
    Result<Page<Order>> page
        = Orders(*m_store).list(m_emil.caller, QStringLiteral("kestrel"), true, 0, 5);
    QVERIFY(page.ok());
    QCOMPARE(page->items.size(), 5);
    QCOMPARE(alerts(rule::PiiReadVolume).size(), 0);
    // ... and the next page's one order is the sixth.
    QVERIFY(Orders(*m_store)
                .list(m_emil.caller, QStringLiteral("kestrel"), true, *page->nextAfter, 5)
                .ok());
    QCOMPARE(alerts(rule::PiiReadVolume).size(), 1);
    QCOMPARE(alerts(rule::PiiReadVolume).first().eventCount, 6);
}

// Orders::recordUse skips the write while the grant's last use is under an hour old: the
// unused_grant rule counts in days, and a read should not write a row it needs not.
void TestMonitoring::grantUseIsWrittenOncePerHour()
{
    const qint64 order = ingest(1);
    const qint64 grantId = grant(m_emil, QStringLiteral("orders.pii"));
    const auto lastUsed = [&] {
        return count(QStringLiteral("SELECT last_used_at FROM grants WHERE id = ?"), {grantId});
    };
    QVERIFY(Orders(*m_store).order(m_emil.caller, order, true).ok());
    const qint64 first = m_clock.nowMs();
    QCOMPARE(lastUsed(), first);
    m_clock.advanceSeconds(59 * 60);
    QVERIFY(Orders(*m_store).list(m_emil.caller, QStringLiteral("kestrel"), true, 0, 5).ok());
    QCOMPARE(lastUsed(), first);
    m_clock.advanceSeconds(2 * 60);
    QVERIFY(Orders(*m_store).order(m_emil.caller, order, true).ok());
    QCOMPARE(lastUsed(), m_clock.nowMs());
}

void TestMonitoring::grantUseResetsUnusedClock()
{
    const qint64 order = ingest(1);
    const qint64 grantId = grant(m_emil, QStringLiteral("orders.nonpii"));
    failSignIn(QStringLiteral("emil"), QStringLiteral("10.0.0.5"));
    QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM monitor_hits")), qint64(1));
    QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM grants WHERE id = ? AND last_used_at IS "
                                  "NULL"),
                   {grantId}),
             qint64(1));
    m_clock.advanceSeconds(2 * 86400);
    QVERIFY(Orders(*m_store).order(m_emil.caller, order, false).ok());
    QCOMPARE(count(QStringLiteral("SELECT last_used_at FROM grants WHERE id = ?"), {grantId}),
             m_clock.nowMs());
    m_clock.advanceSeconds(2 * 86400); // 4 days granted, 2 unused
    QCOMPARE(*Monitoring(*m_store).sweep(), 0);
    m_clock.advanceSeconds(86400); // 3 unused
    QCOMPARE(*Monitoring(*m_store).sweep(), 1);
    // Raised once per grant, however often the job runs.
    m_clock.advanceSeconds(3600);
    QCOMPARE(*Monitoring(*m_store).sweep(), 0);
    const QList<Alert> raised = alerts(rule::UnusedGrant);
    QCOMPARE(raised.size(), 1);
    QCOMPARE(raised.first().subject, QStringLiteral("emil"));
    QVERIFY(raised.first().title.contains(QString::number(grantId)));
    // The sweep forgot counted events older than every window.
    QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM monitor_hits")), qint64(0));
}

QTEST_GUILESS_MAIN(TestMonitoring)
#include "tst_monitoring.moc"
