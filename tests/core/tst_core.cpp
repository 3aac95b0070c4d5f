// Policy rules, the store, the services and the audit chain, driven by a MockClock so every
// deadline (grant expiry, lockout, session expiry) is tested without waiting.

#include "MockClock.h"
#include "audit/AuditExport.h"
#include "audit/AuditLog.h"
#include "crypto/Crypto.h"
#include "crypto/PasswordHash.h"
#include "crypto/Totp.h"
#include "csv/CsvWriter.h"
#include "domain/AccessRules.h"
#include "domain/PasswordRules.h"
#include "domain/Roles.h"
#include "json/JsonWriter.h"
#include "service/AccessControl.h"
#include "service/Accounts.h"
#include "service/Reminders.h"
#include "store/RowType.h"
#include "store/Store.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <QTest>

using namespace cc;
using cc::test::MockClock;

class TestCore : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void reasonRules_data();
    void reasonRules();
    void policyOverrides_data();
    void policyOverrides();
    void rolesNeverCarryDataScopes();
    void createRefusesExistingStore();
    void signInWithMockedTime();
    void sessionIdleAndAbsoluteExpiry();
    void lockoutEndsAfterPolicyPeriod();
    void grantExpiresAfterRequestedDuration();
    void grantExpiryRemindedADayBeforeOnce();
    void totpSecretIsBoundToItsRow();
    void passwordRules_data();
    void passwordRules();
    void failedWorkLeavesNoAuditEvent();
    void auditChainVerifiesAndDetectsEdits();
    void keptStatementsRebindNestAndLetGo();
    void statementValuesRoundTrip();
    void statementErrorsNameTheProblem();
    void batchIsOneTransactionOfSavepoints();
    void jsonWriterEscapesAndKeepsOrder();
    void csvFieldRule_data();
    void csvFieldRule();
    void csvNumbersStayNumbers();
    void jsonWriterAgreesWithQt();
    void isoTimeAgreesWithQDateTime();

    // Separation of duties (issue 20).
    void roleCombinations_data();
    void roleCombinations();
    void creatorCannotBeApprovedByTheirCreation();
    void everyKindOfAccountChangeCounts_data();
    void everyKindOfAccountChangeCounts();
    void piiNeedsDistinctApprovals();
    void oneDenialEndsATwoApprovalRequest();
    void approvalsWithdrawnWhenTheOfficerMayNoLongerDecide();
    void dualRoleAccountCannotDecide();
    void updateUserRules();

private:
    struct Person
    {
        User user;
        QByteArray password;
        QByteArray secret;
        Caller caller;
    };
    Person addPerson(const QString &username, const QString &role,
                     const Caller &by = Caller::localOperator());
    Result<Session> signIn(Person &person);
    // Reopens the store with these policy.json settings.
    void usePolicy(const QByteArray &json);
    qint64 requestAccess(const Person &requester, const QString &category);
    void registerAcme();
    AccessRequest requestAs(const Person &reader, qint64 id);
    qint64 count(const QString &sql, const QVariantList &args = {});

    QTemporaryDir *m_dir = nullptr;
    MockClock m_clock;
    std::unique_ptr<Store> m_store;
};

void TestCore::initTestCase()
{
    Result<void> selfTest = crypto::init();
    QVERIFY2(selfTest.ok(), selfTest.ok() ? "" : qPrintable(selfTest.error().message));
}

void TestCore::init()
{
    m_dir = new QTemporaryDir;
    m_clock.set(QDateTime(QDate(2026, 3, 2), QTime(9, 0), Qt::UTC));
    Result<void> created = Store::create(m_dir->path());
    QVERIFY2(created.ok(), created.ok() ? "" : qPrintable(created.error().message));
    Result<std::unique_ptr<Store>> opened = Store::open(m_dir->path(), m_clock);
    QVERIFY2(opened.ok(), opened.ok() ? "" : qPrintable(opened.error().message));
    m_store = std::move(opened.value());
}

void TestCore::registerAcme()
{
    // Access requests name a registered client.
    Result<Client> added
        = AccessControl(*m_store).addClient(Caller::localOperator(), QStringLiteral("ACME"));
    if (!added && added.error().code != ErrorCode::Conflict)
        qFatal("cannot register ACME: %s", qPrintable(added.error().message));
}

void TestCore::cleanup()
{
    m_store.reset();
    delete m_dir;
    m_dir = nullptr;
}

TestCore::Person TestCore::addPerson(const QString &username, const QString &role, const Caller &by)
{
    Accounts accounts(*m_store);
    Person p;
    p.password = QByteArrayLiteral("tidy-Lamp-7-orbit"); // no part of the username (the rules)
    Result<CreatedUser> created = accounts.addUser(
        by,
        {username, username + QStringLiteral("@example.com"), username, {}, {role}, p.password});
    if (!created) {
        qWarning() << created.error().message;
        return p;
    }
    p.user = created->user;
    p.secret = created->totpSecret;
    p.caller.userId = p.user.id;
    p.caller.username = username;
    p.caller.roles = {role};
    p.caller.permissions = permissionsForRoles({role});
    return p;
}

Result<Session> TestCore::signIn(Person &person)
{
    const QString code = crypto::totp::code(person.secret, m_clock.nowMs() / 1000).value();
    Result<Session> session
        = Accounts(*m_store)
              .signIn({person.user.username, person.password, code, {}, QStringLiteral("test")})
              .run();
    m_clock.advanceSeconds(30); // the next sign-in needs a fresh code
    return session;
}

void TestCore::reasonRules_data()
{
    QTest::addColumn<QString>("reason");
    QTest::addColumn<bool>("accepted");
    QTest::newRow("real") << QStringLiteral("Refund dispute on order 114-2231 needs the address")
                          << true;
    QTest::newRow("real with accents")
        << QStringLiteral("Rückerstattung für Bestellung 114-2231 prüfen") << true;
    QTest::newRow("empty") << QString() << false;
    QTest::newRow("spaces") << QStringLiteral("      ") << false;
    QTest::newRow("tabs and newlines") << QStringLiteral("\t\n\t\n") << false;
    QTest::newRow("punctuation") << QStringLiteral("..........................") << false;
    QTest::newRow("short") << QStringLiteral("for a ticket") << false;
    QTest::newRow("one char repeated") << QStringLiteral("xxxxxxxxxxxxxxxxxxxxxxxxxxxxx") << false;
    QTest::newRow("one long word") << QStringLiteral("justbecauseineedthedatanow") << false;
    QTest::newRow("padded short") << QStringLiteral("   need it        now    ") << false;
}

void TestCore::reasonRules()
{
    QFETCH(QString, reason);
    QFETCH(bool, accepted);
    const Result<void> result = validateReason(reason, Policy {});
    QCOMPARE(result.ok(), accepted);
    if (!accepted)
        QVERIFY(!result.error().message.isEmpty());
}

void TestCore::policyOverrides_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("error");
    QTest::newRow("valid") << QByteArray(R"({"max_access_hours": 24, "lockout_threshold": 5})")
                           << QString();
    QTest::newRow("unknown key") << QByteArray(R"({"max_acess_hours": 24})")
                                 << QStringLiteral("unknown setting \"max_acess_hours\"");
    QTest::newRow("out of range") << QByteArray(R"({"pii_retention_days_after_fulfilment": 90})")
                                  << QStringLiteral("from 1 to 30");
    QTest::newRow("not a number") << QByteArray(R"({"lockout_minutes": "15"})")
                                  << QStringLiteral("whole number");
    QTest::newRow("fraction") << QByteArray(R"({"lockout_minutes": 1.5})")
                              << QStringLiteral("whole number");
    QTest::newRow("not json") << QByteArray("{") << QStringLiteral("not a JSON object");
    QTest::newRow("three approvals") << QByteArray(R"({"pii_approvals": 3})")
                                     << QStringLiteral("\"pii_approvals\" must be a whole number "
                                                       "from 1 to 2");
    QTest::newRow("no window") << QByteArray(R"({"sod_window_days": 0})")
                               << QStringLiteral("from 30 to 365");
    // The IMPOC's acknowledgement time may not outlast Amazon's own 24 hours.
    QTest::newRow("impoc slower than amazon")
        << QByteArray(R"({"impoc_acknowledge_hours": 25})")
        << QStringLiteral("\"impoc_acknowledge_hours\" must be a whole number from 1 to 24");
    QTest::newRow("impoc at once")
        << QByteArray(R"({"impoc_acknowledge_hours": 0})") << QStringLiteral("from 1 to 24");
    QTest::newRow("no non-PII period") << QByteArray(R"({"non_pii_retention_months": 0})")
                                       << QStringLiteral("\"non_pii_retention_months\" must be a "
                                                         "whole number from 1 to 120");
    QTest::newRow("non-PII shorter than PII")
        << QByteArray(R"({"non_pii_retention_months": 1})")
        << QStringLiteral("\"non_pii_retention_months\" (1) must cover "
                          "\"pii_retention_days_after_fulfilment\" (30 days): at least 2 month(s)");
}

void TestCore::policyOverrides()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, error);
    const Result<Policy> policy = Policy::fromJson(json);
    QCOMPARE(policy.ok(), error.isEmpty());
    if (policy.ok()) {
        QCOMPARE(policy->maxAccessHours, 24);
        QCOMPARE(policy->lockoutThreshold, 5);
        QCOMPARE(policy->sessionIdleMinutes, Policy {}.sessionIdleMinutes);
    } else {
        QVERIFY2(policy.error().message.contains(error), qPrintable(policy.error().message));
    }
}

void TestCore::rolesNeverCarryDataScopes()
{
    const QSet<QString> all = permissionsForRoles(knownRoles());
    for (const QString &permission : all)
        QVERIFY2(!permission.startsWith(QStringLiteral("orders"))
                     && !permission.contains(QStringLiteral("aggregates")),
                 qPrintable(permission));
    QVERIFY(permissionsForRoles({QStringLiteral("employee")}).isEmpty());
    QVERIFY(!permissionsForRoles({QStringLiteral("admin")}).contains(Permission::AccessApprove));
    QVERIFY(permissionsForRoles({QStringLiteral("compliance_officer")})
                .contains(Permission::AccessApprove));
}

void TestCore::createRefusesExistingStore()
{
    const Result<void> again = Store::create(m_dir->path());
    QVERIFY(!again.ok());
    QCOMPARE(again.error().code, ErrorCode::Conflict);
    QVERIFY(again.error().message.contains(QStringLiteral("refusing to overwrite")));
}

void TestCore::signInWithMockedTime()
{
    Person bob = addPerson(QStringLiteral("bob"), QStringLiteral("employee"));
    QVERIFY(!bob.user.totpEnrolled);
    Result<Session> session = signIn(bob);
    QVERIFY2(session.ok(), session.ok() ? "" : qPrintable(session.error().message));
    QVERIFY(session->user.totpEnrolled);
    QVERIFY(session->token.size() >= 43); // 256 bits, base64url
    QCOMPARE(session->expiresAt,
             m_clock.nowMs() - 30000 + qint64(Policy {}.sessionAbsoluteHours) * 3600 * 1000);
    Result<Caller> caller = Accounts(*m_store).authenticate(session->token);
    QVERIFY(caller.ok());
    QCOMPARE(caller->username, QStringLiteral("bob"));

    // Only the token's hash is stored.
    Result<Query> q = m_store->exec(QStringLiteral("SELECT token_hash FROM sessions"));
    QVERIFY(q.ok() && q->next());
    QVERIFY(q->value(0).toString() != session->token);
}

void TestCore::sessionIdleAndAbsoluteExpiry()
{
    Person bob = addPerson(QStringLiteral("bob"), QStringLiteral("employee"));
    Accounts accounts(*m_store);
    const QString idleToken = signIn(bob)->token;
    m_clock.advanceSeconds(Policy {}.sessionIdleMinutes * 60 + 1);
    Result<Caller> idle = accounts.authenticate(idleToken);
    QVERIFY(!idle.ok());
    QVERIFY(idle.error().message.contains(QStringLiteral("expired")));

    // Staying active keeps a session alive, but never beyond its absolute lifetime.
    const QString busyToken = signIn(bob)->token;
    for (int minutes = 0; minutes < Policy {}.sessionAbsoluteHours * 60 - 20; minutes += 20) {
        QVERIFY2(accounts.authenticate(busyToken).ok(), qPrintable(QString::number(minutes)));
        m_clock.advanceSeconds(20 * 60);
    }
    m_clock.advanceSeconds(20 * 60);
    QVERIFY(!accounts.authenticate(busyToken).ok());
}

void TestCore::lockoutEndsAfterPolicyPeriod()
{
    Person bob = addPerson(QStringLiteral("bob"), QStringLiteral("employee"));
    Accounts accounts(*m_store);
    for (int i = 0; i < Policy {}.lockoutThreshold; ++i) {
        Result<Session> failed = accounts
                                     .signIn({QStringLiteral("bob"),
                                              "wrong-password-guess",
                                              QStringLiteral("123456"),
                                              {},
                                              {}})
                                     .run();
        QCOMPARE(failed.error().code, ErrorCode::Unauthorized);
    }
    Result<Session> locked = signIn(bob);
    QVERIFY(!locked.ok());
    QCOMPARE(locked.error().code, ErrorCode::Locked);
    m_clock.advanceSeconds(Policy {}.lockoutMinutes * 60);
    Result<Session> after = signIn(bob);
    QVERIFY2(after.ok(), after.ok() ? "" : qPrintable(after.error().message));
}

// The holder of a grant hears a day before it ends, once however often the job runs; a grant
// made for a day or less gets no reminder (it would come with the grant itself).
void TestCore::grantExpiryRemindedADayBeforeOnce()
{
    Person bob = addPerson(QStringLiteral("bob"), QStringLiteral("employee"));
    Person olga = addPerson(QStringLiteral("olga"), QStringLiteral("compliance_officer"));
    QVERIFY(signIn(bob).ok());
    registerAcme();
    AccessControl access(*m_store);
    Reminders reminders(*m_store);
    const auto grantFor = [&](int hours) {
        Result<AccessRequest> request
            = access.createRequest(bob.caller,
                                   {QStringLiteral("orders.nonpii"),
                                    QStringLiteral("ACME"),
                                    QStringLiteral("Monthly reconciliation of the ACME orders"),
                                    hours,
                                    {}});
        if (!request)
            qFatal("request: %s", qPrintable(request.error().message));
        Result<Approval> approval = access.approve(olga.caller, request->id, QStringLiteral("ok"));
        if (!approval)
            qFatal("approve: %s", qPrintable(approval.error().message));
        return approval->grant->id;
    };
    const auto told = [&]() {
        Result<QVariantList> titles = rows::column(m_store->exec(
            QStringLiteral("SELECT title FROM notifications WHERE user_id = ? AND kind = "
                           "'grant_expiry'"),
            {bob.caller.userId}));
        return titles ? titles->size() : -1;
    };
    grantFor(72);
    grantFor(24);
    QCOMPARE(reminders.sendDue().value(), 0);
    m_clock.advanceSeconds(48 * 3600 - 1);
    QCOMPARE(reminders.sendDue().value(), 0); // a day and a second left
    m_clock.advanceSeconds(1);
    QCOMPARE(reminders.sendDue().value(), 1);
    QCOMPARE(reminders.sendDue().value(), 0);
    QCOMPARE(told(), 1);
    const QList<AuditEvent> events = audit::list(*m_store, 0, 500).value();
    QCOMPARE(std::count_if(
                 events.begin(), events.end(),
                 [](const AuditEvent &e) { return e.action == QLatin1String("reminder.send"); }),
             1);
}

void TestCore::grantExpiresAfterRequestedDuration()
{
    Person bob = addPerson(QStringLiteral("bob"), QStringLiteral("employee"));
    Person olga = addPerson(QStringLiteral("olga"), QStringLiteral("compliance_officer"));
    QVERIFY(signIn(bob).ok()); // enrols 2FA
    registerAcme();
    AccessControl access(*m_store);
    Result<AccessRequest> request
        = access.createRequest(bob.caller,
                               {QStringLiteral("orders.pii"),
                                QStringLiteral("ACME"),
                                QStringLiteral("Carrier claim for lost parcel on order 302-1"),
                                24,
                                {}});
    QVERIFY(request.ok());
    Result<Approval> approval = access.approve(olga.caller, request->id, QStringLiteral("ok"));
    QVERIFY2(approval.ok(), approval.ok() ? "" : qPrintable(approval.error().message));
    QCOMPARE(approval->grant->status(m_clock.nowMs()), QStringLiteral("active"));

    m_clock.advanceSeconds(24 * 3600 - 1);
    QCOMPARE(access.grants(bob.caller, GrantFilter::Active, 0, 10)->items.size(), 1);
    QCOMPARE(access.recordExpiredGrants().value(), 0); // not yet over
    m_clock.advanceSeconds(1);
    QCOMPARE(access.grants(bob.caller, GrantFilter::Active, 0, 10)->items.size(), 0);
    Result<Grant> expired = access.grant(approval->grant->id);
    QCOMPARE(expired->status(m_clock.nowMs()), QStringLiteral("expired"));
    // The expiry job records the end once, however often it runs.
    QCOMPARE(access.recordExpiredGrants().value(), 1);
    QCOMPARE(access.recordExpiredGrants().value(), 0);
    const QList<AuditEvent> events = audit::list(*m_store, 0, 500).value();
    QCOMPARE(std::count_if(
                 events.begin(), events.end(),
                 [](const AuditEvent &e) { return e.action == QLatin1String("grant.expire"); }),
             1);
    // An expired grant cannot be revoked: it is already over.
    QCOMPARE(access.revoke(olga.caller, expired->id, QStringLiteral("tidy up")).error().code,
             ErrorCode::Conflict);
}

void TestCore::passwordRules_data()
{
    QTest::addColumn<QByteArray>("password");
    QTest::addColumn<QString>("rule"); // empty: accepted
    QTest::newRow("good") << QByteArray("tidy-Lamp-7-orbit") << QString();
    QTest::newRow("passphrase") << QByteArray("correct horse battery staple") << QString();
    QTest::newRow("short") << QByteArray("Xq7-river") << QStringLiteral("length");
    QTest::newRow("NUL") << QByteArray("tidy-Lamp-7\0orbit", 17) << QStringLiteral("length");
    QTest::newRow("username") << QByteArray("x-Sam.Sample-1977") << QStringLiteral("personal");
    QTest::newRow("username squeezed")
        << QByteArray("SAMSAMPLE-lamp-9") << QStringLiteral("personal");
    QTest::newRow("e-mail local part")
        << QByteArray("s.sample-orbit-7") << QStringLiteral("personal");
    QTest::newRow("word") << QByteArray("administrator") << QStringLiteral("dictionary");
    QTest::newRow("word with digits")
        << QByteArray("Sunshine2026!!") << QStringLiteral("dictionary");
    QTest::newRow("substituted") << QByteArray("P@55w0rd-1999") << QStringLiteral("dictionary");
    QTest::newRow("one character") << QByteArray("aaaaaaaaaaaaaa") << QStringLiteral("dictionary");
    QTest::newRow("history") << QByteArray("Old-Lantern-Vex-81") << QStringLiteral("history");
}

void TestCore::passwordRules()
{
    QFETCH(QByteArray, password);
    QFETCH(QString, rule);
    static const QString previous
        = crypto::hashPassword("Old-Lantern-Vex-81", crypto::Argon2Params {1, 64, 1}).value();
    const PasswordOwner owner {QStringLiteral("sam.sample"),
                               QStringLiteral("s.sample@example.com"),
                               QStringLiteral("Sam Sample"),
                               {previous}};
    const Result<void> checked = checkPassword(password, owner, 12);
    if (rule.isEmpty()) {
        QVERIFY2(checked.ok(), checked.ok() ? "" : qPrintable(checked.error().message));
        return;
    }
    QVERIFY(!checked.ok());
    QCOMPARE(checked.error().code, ErrorCode::InvalidInput);
    QVERIFY2(
        checked.error().message.startsWith(QStringLiteral("password refused (%1): ").arg(rule)),
        qPrintable(checked.error().message));
}

void TestCore::totpSecretIsBoundToItsRow()
{
    Person bob = addPerson(QStringLiteral("bob"), QStringLiteral("employee"));
    Person eve = addPerson(QStringLiteral("eve"), QStringLiteral("employee"));
    // Someone with database access copies bob's sealed secret over eve's: it must not open.
    QVERIFY(m_store
                ->exec(QStringLiteral("UPDATE users SET totp_secret = (SELECT totp_secret FROM "
                                      "users WHERE id = ?) WHERE id = ?"),
                       {bob.user.id, eve.user.id})
                .ok());
    eve.secret = bob.secret;
    Result<Session> session = signIn(eve);
    QVERIFY(!session.ok());
    QCOMPARE(session.error().code, ErrorCode::Internal);
}

void TestCore::failedWorkLeavesNoAuditEvent()
{
    Person bob = addPerson(QStringLiteral("bob"), QStringLiteral("employee"));
    registerAcme();
    const qint64 before = audit::list(*m_store, 0, 500)->size();
    // Duplicate username: the insert fails, so neither the user nor an event may remain.
    Result<CreatedUser> dup = Accounts(*m_store).addUser(Caller::localOperator(),
                                                         {QStringLiteral("BOB"),
                                                          QStringLiteral("b2@example.com"),
                                                          QStringLiteral("B"),
                                                          {},
                                                          {QStringLiteral("employee")},
                                                          "another-long-password"});
    QVERIFY(!dup.ok());
    QCOMPARE(audit::list(*m_store, 0, 500)->size(), before);

    // If the audit write fails, the work fails with it (fail closed).
    QVERIFY(m_store->exec(QStringLiteral("DROP TABLE audit_head")).ok());
    Result<AccessRequest> request = AccessControl(*m_store).createRequest(
        bob.caller,
        {QStringLiteral("aggregates"),
         QStringLiteral("ACME"),
         QStringLiteral("Quarterly totals for the board pack"),
         8,
         {}});
    QVERIFY(!request.ok());
    Result<Query> count = m_store->exec(QStringLiteral("SELECT COUNT(*) FROM access_requests"));
    QVERIFY(count.ok() && count->next());
    QCOMPARE(count->value(0).toInt(), 0);
}

void TestCore::auditChainVerifiesAndDetectsEdits()
{
    for (int i = 0; i < 4; ++i)
        addPerson(QStringLiteral("user%1").arg(i), QStringLiteral("employee"));
    Result<AuditVerification> ok = audit::verify(*m_store);
    QVERIFY(ok.ok() && ok->intact);
    QCOMPARE(ok->eventCount, 4);
    Result<QList<AuditEvent>> events = audit::list(*m_store, 0, 10);
    QCOMPARE(events->at(1).prevHash, events->at(0).hash);

    QVERIFY(
        m_store->exec(QStringLiteral("UPDATE audit_events SET outcome = 'denied' WHERE seq = 3"))
            .ok());
    Result<AuditVerification> altered = audit::verify(*m_store);
    QVERIFY(!altered->intact);
    QCOMPARE(altered->firstBadSeq, 3);
}

// Store::exec keeps prepared statements per SQL text (store/Store.h, Query): each reuse binds
// its own arguments, a text nested in itself gets its own statement, and a statement let go
// half-read holds no read snapshot that would hide another connection's writes.
void TestCore::keptStatementsRebindNestAndLetGo()
{
    QVERIFY(m_store->exec(QStringLiteral("CREATE TABLE kept (n INTEGER NOT NULL)")).ok());
    for (int n = 1; n <= 3; ++n)
        QVERIFY(m_store->exec(QStringLiteral("INSERT INTO kept (n) VALUES (?)"), {n}).ok());
    {
        Result<Query> sum
            = m_store->exec(QStringLiteral("SELECT SUM(n) FROM kept WHERE n > ?"), {0});
        QVERIFY(sum && sum->next());
        QCOMPARE(sum->value(0).toInt(), 6);
    }

    const QString atLeast = QStringLiteral("SELECT n FROM kept WHERE n >= ? ORDER BY n");
    {
        Result<Query> outer = m_store->exec(atLeast, {1});
        QVERIFY(outer && outer->next());
        QCOMPARE(outer->value(0).toInt(), 1);
        {
            Result<Query> inner = m_store->exec(atLeast, {3});
            QVERIFY(inner && inner->next());
            QCOMPARE(inner->value(0).toInt(), 3);
            QVERIFY(!inner->next());
        }
        QVERIFY(outer->next());
        QCOMPARE(outer->value(0).toInt(), 2);
    } // let go with a row unread

    Result<std::unique_ptr<Store>> other = Store::open(m_dir->path(), m_clock);
    QVERIFY2(other.ok(), other.ok() ? "" : qPrintable(other.error().message));
    QVERIFY((*other)->exec(QStringLiteral("INSERT INTO kept (n) VALUES (?)"), {4}).ok());
    Result<Query> count
        = m_store->exec(QStringLiteral("SELECT COUNT(*) FROM kept WHERE n > ?"), {0});
    QVERIFY(count && count->next());
    QCOMPARE(count->value(0).toInt(), 4);
    Result<Query> again = m_store->exec(atLeast, {4});
    QVERIFY(again && again->next());
    QCOMPARE(again->value(0).toInt(), 4);
}

// SQLite statements run through its C API (store/SqliteStatement): every kind of value the
// code base binds comes back as it went in, and NULL stays NULL.
void TestCore::statementValuesRoundTrip()
{
    QVERIFY(m_store->exec(QStringLiteral("CREATE TABLE typed (i INTEGER, r REAL, t TEXT, b BLOB)"))
                .ok());
    const qint64 big = -(qint64(1) << 40) - 7;
    const QString text = QStringLiteral("Zo\u00eb \u2713 ") + QString::fromUtf8("\xf0\x9d\x84\x9e");
    const QByteArray bytes("\0a\0\xff", 4);
    const QString insert = QStringLiteral("INSERT INTO typed (i, r, t, b) VALUES (?, ?, ?, ?)");
    QVERIFY(m_store->exec(insert, {big, 2.5, text, bytes}).ok());
    // A typed null, an invalid QVariant and a null QByteArray are NULL; a null QString is
    // empty text (Store::exec).
    QVERIFY(
        m_store
            ->exec(insert,
                   {QVariant(QMetaType::fromType<qint64>()), QVariant(), QString(), QByteArray()})
            .ok());
    QVERIFY(m_store->exec(insert, {true, 7, QString(), QByteArray("")}).ok());

    Result<Query> q = m_store->exec(
        QStringLiteral("SELECT i, r, t, b, i IS NULL, r IS NULL, t IS NULL, b IS NULL FROM typed "
                       "WHERE rowid > ? ORDER BY rowid"),
        {0});
    QVERIFY(q && q->next());
    QCOMPARE(q->value(0).typeId(), QMetaType::LongLong);
    QCOMPARE(q->value(0).toLongLong(), big);
    QCOMPARE(q->value(1).toDouble(), 2.5);
    QCOMPARE(q->value(2).toString(), text);
    QCOMPARE(q->value(3).toByteArray(), bytes);
    QVERIFY(q->next());
    QVERIFY(q->value(0).isNull());
    QVERIFY(q->value(1).isNull());
    QCOMPARE(q->value(2).toString(), QString());
    QVERIFY(q->value(3).isNull());
    QCOMPARE(q->value(4).toInt(), 1);
    QCOMPARE(q->value(5).toInt(), 1);
    QCOMPARE(q->value(6).toInt(), 0);
    QCOMPARE(q->value(7).toInt(), 1);
    QVERIFY(q->next());
    QCOMPARE(q->value(0).toLongLong(), 1);
    QCOMPARE(q->value(1).toDouble(), 7.0);
    QCOMPARE(q->value(7).toInt(), 0);
    QVERIFY(!q->next());
    QVERIFY(q->value(0).isNull()); // past the last row
    q->finish();

    Result<Query> updated = m_store->exec(
        QStringLiteral("UPDATE typed SET r = ? WHERE r IS NULL OR r > ?"), {1.0, 5});
    QVERIFY(updated);
    QCOMPARE(updated->numRowsAffected(), 2);
}

// A statement SQLite refuses fails with SQLite's reason in the message, and leaves what is
// stored, and the statements kept for later, as they were.
void TestCore::statementErrorsNameTheProblem()
{
    QVERIFY(m_store->exec(QStringLiteral("CREATE TABLE unique_names (name TEXT NOT NULL UNIQUE)"))
                .ok());
    const QString insert = QStringLiteral("INSERT INTO unique_names (name) VALUES (?)");
    QVERIFY(m_store->exec(insert, {QStringLiteral("ann")}).ok());
    const auto failsWith
        = [this](const QString &sql, const QVariantList &args, const QString &reason) {
              Result<Query> q = m_store->exec(sql, args);
              if (q.ok())
                  return QStringLiteral("%1 ran").arg(sql);
              if (!q.error().message.contains(reason))
                  return QStringLiteral("%1: \"%2\" does not name \"%3\"")
                      .arg(sql, q.error().message, reason);
              return QString();
          };
    QCOMPARE(failsWith(insert, {QStringLiteral("ann")},
                       QStringLiteral("UNIQUE constraint failed: unique_names.name")),
             QString());
    QCOMPARE(
        failsWith(insert, {}, QStringLiteral("0 values bound to a statement with 1 parameters")),
        QString());
    QCOMPARE(failsWith(QStringLiteral("SELEC name FROM unique_names"), {},
                       QStringLiteral("syntax error")),
             QString());
    QCOMPARE(failsWith(QStringLiteral("SELECT 1; DELETE FROM unique_names"), {},
                       QStringLiteral("more than one statement")),
             QString());
    QVERIFY(m_store->exec(insert, {QStringLiteral("bob")}).ok());
    Result<Query> names = m_store->exec(
        QStringLiteral("SELECT group_concat(name, ',') FROM unique_names WHERE name <> ?"),
        {QStringLiteral("")});
    QVERIFY(names && names->next());
    QCOMPARE(names->value(0).toString(), QStringLiteral("ann,bob"));
}

// Group commit (Store::openBatch): the transactions inside a batch are savepoints, so one that
// fails undoes only its own work, and nothing is visible to another connection (nor durable)
// until commitBatch(). A transaction inside a transaction nests the same way.
void TestCore::batchIsOneTransactionOfSavepoints()
{
    QVERIFY(m_store->exec(QStringLiteral("CREATE TABLE batched (n INTEGER NOT NULL)")).ok());
    const auto insert = [this](int n) {
        return m_store->transaction([&]() -> Result<void> {
            if (Result<Query> q
                = m_store->exec(QStringLiteral("INSERT INTO batched (n) VALUES (?)"), {n});
                !q)
                return q.error();
            if (n < 0)
                return makeError(ErrorCode::InvalidInput, QStringLiteral("negative"));
            return {};
        });
    };
    const auto sum = [](const Store &store) {
        Result<Query> q = store.exec(QStringLiteral("SELECT COALESCE(SUM(n), 0) FROM batched"));
        return q && q->next() ? q->value(0).toInt() : -1000;
    };
    Result<std::unique_ptr<Store>> other = Store::open(m_dir->path(), m_clock);
    QVERIFY2(other.ok(), other.ok() ? "" : qPrintable(other.error().message));

    int committed = 0;
    const auto counted = [&committed](const Result<void> &result) {
        committed += result.ok();
    };
    QVERIFY(!m_store->commitBatch().ok());
    QVERIFY(m_store->openBatch(counted).ok());
    QVERIFY(m_store->batchOpen());
    QVERIFY(!m_store->openBatch(counted).ok());
    QVERIFY(insert(1).ok());
    QVERIFY(!insert(-100).ok()); // undone alone
    QVERIFY(insert(2).ok());
    // A transaction inside a transaction: the inner one's failure leaves the outer one's work.
    QVERIFY(m_store
                ->transaction([&]() -> Result<void> {
                    if (Result<void> kept = insert(10); !kept)
                        return kept;
                    return insert(-1000).ok() ? makeError(ErrorCode::Internal, QStringLiteral("?"))
                                              : Result<void>();
                })
                .ok());
    QCOMPARE(sum(*m_store), 13);
    QCOMPARE(sum(**other), 0); // not committed yet
    QCOMPARE(committed, 0);
    QVERIFY(m_store->commitBatch().ok());
    QCOMPARE(committed, 1); // told once, whoever commits
    QVERIFY(!m_store->batchOpen());
    QVERIFY(!m_store->commitBatch().ok());
    QCOMPARE(committed, 1);
    QCOMPARE(sum(**other), 13);

    // Outside a batch each transaction commits at once, as before.
    QVERIFY(insert(100).ok());
    QCOMPARE(sum(**other), 113);
}

QTEST_GUILESS_MAIN(TestCore)
void TestCore::jsonWriterEscapesAndKeepsOrder()
{
    // Members in the order given; quotes, backslashes and control characters escaped; a pair
    // of UTF-16 surrogates becomes one four-byte character, a lone half U+FFFD.
    const QString tricky = QStringLiteral("a\"b\\c\n\x01\u00e9\u20ac") + QChar(0xd83d)
        + QChar(0xde00) + QChar(0xd800) + QStringLiteral("z");
    const json::Object object {{"z", tricky},
                               {"a", qint64(9007199254740993)}, // 2^53 + 1: stays exact
                               {"m", json::Object {{"x", std::optional<int>()}, {"y", 0.5}}},
                               {"l", QStringList {QStringLiteral("p"), QString()}},
                               {"n", std::nan("")},
                               {"t", true}};
    QCOMPARE(object.toJson(),
             QByteArray("{\"z\":\"a\\\"b\\\\c\\n\\u0001\xc3\xa9\xe2\x82\xac\xf0\x9f\x98\x80"
                        "\xef\xbf\xbdz\",\"a\":9007199254740993,\"m\":{\"x\":null,\"y\":0.5},"
                        "\"l\":[\"p\",\"\"],\"n\":null,\"t\":true}"));
}

// The one rule every CSV this project writes follows (access review evidence, asset export,
// the console's aggregates): RFC 4180 quoting, and a leading ' before what a spreadsheet would
// run as a formula.
void TestCore::csvFieldRule_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QByteArray>("field");
    QTest::newRow("plain") << QStringLiteral("ACME EU") << QByteArray("ACME EU");
    QTest::newRow("empty") << QString() << QByteArray();
    QTest::newRow("equals") << QStringLiteral("=1+1") << QByteArray("'=1+1");
    QTest::newRow("plus") << QStringLiteral("+49 30") << QByteArray("'+49 30");
    QTest::newRow("minus") << QStringLiteral("-5") << QByteArray("'-5");
    QTest::newRow("at") << QStringLiteral("@SUM(A1)") << QByteArray("'@SUM(A1)");
    QTest::newRow("tab") << QStringLiteral("\t=1") << QByteArray("'\t=1");
    QTest::newRow("carriage return") << QStringLiteral("\r=1") << QByteArray("\"'\r=1\"");
    QTest::newRow("comma") << QStringLiteral("a,b") << QByteArray("\"a,b\"");
    QTest::newRow("quote") << QStringLiteral("say \"hi\"") << QByteArray("\"say \"\"hi\"\"\"");
    QTest::newRow("line feed") << QStringLiteral("a\nb") << QByteArray("\"a\nb\"");
    QTest::newRow("formula and comma")
        << QStringLiteral("=HYPERLINK(\"x\",1)") << QByteArray("\"'=HYPERLINK(\"\"x\"\",1)\"");
    QTest::newRow("not at the start") << QStringLiteral("a=b") << QByteArray("a=b");
    QTest::newRow("utf-8") << QStringLiteral("Müller") << QByteArray("M\xc3\xbcller");
}

void TestCore::csvFieldRule()
{
    QFETCH(QString, text);
    QFETCH(QByteArray, field);
    QCOMPARE(csv::field(text), field);
    csv::Writer writer(csv::Writer::LineEnd::CrLf);
    writer.text(text).text(QStringLiteral("x")).endRow();
    QCOMPARE(writer.bytes(), field + ",x\r\n");
}

void TestCore::csvNumbersStayNumbers()
{
    csv::Writer writer(csv::Writer::LineEnd::Lf);
    writer.number(QStringLiteral("-12.50"))
        .number(QStringLiteral("3"))
        .number(QStringLiteral("=3"))
        .text(QStringLiteral("-12.50"))
        .endRow();
    // A number the file is meant to hold is written as it is; anything else as text, escaped.
    QCOMPARE(writer.bytes(), QByteArray("-12.50,3,'=3,'-12.50\n"));
}

void TestCore::jsonWriterAgreesWithQt()
{
    // Whatever a codec nests as a QJsonValue reads back as the same value.
    const QJsonObject nested {
        {QStringLiteral("list"), QJsonArray {1, -2.25, QStringLiteral("\u2028\t"), QJsonValue()}},
        {QStringLiteral("empty"), QJsonObject()},
        {QStringLiteral("big"), qint64(-4611686018427387904)},
        {QStringLiteral("flag"), false}};
    const json::Values rows {json::Object {{"n", nested}}, json::Object {}};
    const json::Object object {{"rows", rows}, {"ids", QJsonArray {3, 4}}};
    QJsonParseError error;
    const QJsonDocument parsed = QJsonDocument::fromJson(object.toJson(), &error);
    QCOMPARE(error.error, QJsonParseError::NoError);
    QCOMPARE(parsed.object(), object.toJsonObject());
    QCOMPARE(parsed.object()[QStringLiteral("rows")][0][QStringLiteral("n")].toObject(), nested);
    QCOMPARE(parsed.object()[QStringLiteral("rows")][0][QStringLiteral("n")][QStringLiteral("big")]
                 .toInteger(),
             qint64(-4611686018427387904));
}

void TestCore::isoTimeAgreesWithQDateTime()
{
    // Whole seconds, UTC, truncated towards the past (so -1 ms is the last second of 1969).
    QList<qint64> times {0, -1, 999, 951782400000 /* 2000-02-29 */, 253402300799999};
    for (qint64 ms = -86400000LL * 365 * 80; ms < 86400000LL * 365 * 80; ms += 7919LL * 3600 * 1013)
        times.append(ms);
    for (const qint64 ms : times) {
        const QDateTime at = QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC);
        QCOMPARE(audit::isoTime(ms), at.addMSecs(-at.time().msec()).toString(Qt::ISODate));
    }
    QCOMPARE(audit::isoTime(253402300800000), QStringLiteral("10000-01-01T00:00:00Z"));
}

void TestCore::usePolicy(const QByteArray &json)
{
    m_store.reset();
    QFile policy(m_dir->filePath(QStringLiteral("policy.json")));
    QVERIFY(policy.open(QIODevice::WriteOnly | QIODevice::Truncate));
    policy.write(json);
    policy.close();
    Result<std::unique_ptr<Store>> opened = Store::open(m_dir->path(), m_clock);
    QVERIFY2(opened.ok(), opened.ok() ? "" : qPrintable(opened.error().message));
    m_store = std::move(opened.value());
}

qint64 TestCore::requestAccess(const Person &requester, const QString &category)
{
    // Grants need two-factor enrolment; the sign-in that completes it is not under test here.
    if (!m_store->exec(QStringLiteral("UPDATE users SET totp_enrolled_at = ? WHERE id = ?"),
                       {m_clock.nowMs(), requester.user.id}))
        qFatal("cannot enrol %s", qPrintable(requester.user.username));
    registerAcme();
    Result<AccessRequest> r = AccessControl(*m_store).createRequest(
        requester.caller,
        {category,
         QStringLiteral("ACME"),
         QStringLiteral("Carrier claim for the lost parcel of order 302-7"),
         48,
         {}});
    if (!r)
        qFatal("request: %s", qPrintable(r.error().message));
    return r->id;
}

AccessRequest TestCore::requestAs(const Person &reader, qint64 id)
{
    Result<AccessRequest> r = AccessControl(*m_store).request(reader.caller, id);
    if (!r)
        qFatal("read request: %s", qPrintable(r.error().message));
    return r.value();
}

qint64 TestCore::count(const QString &sql, const QVariantList &args)
{
    Result<Query> q = m_store->exec(sql, args);
    if (!q || !q->next())
        qFatal("count failed: %s", qPrintable(sql));
    return q->value(0).toLongLong();
}

void TestCore::roleCombinations_data()
{
    QTest::addColumn<QStringList>("roles");
    QTest::addColumn<QString>("error");
    QTest::newRow("officer") << QStringList {QStringLiteral("compliance_officer")} << QString();
    QTest::newRow("admin and manager")
        << QStringList {QStringLiteral("admin"), QStringLiteral("manager")} << QString();
    QTest::newRow("officer and executive")
        << QStringList {QStringLiteral("compliance_officer"), QStringLiteral("executive")}
        << QString();
    QTest::newRow("admin and officer")
        << QStringList {QStringLiteral("admin"), QStringLiteral("compliance_officer")}
        << QStringLiteral("admin and compliance_officer cannot be held by one account");
    QTest::newRow("every role") << knownRoles()
                                << QStringLiteral("admin and compliance_officer cannot");
    QTest::newRow("none") << QStringList() << QStringLiteral("at least one role");
    QTest::newRow("unknown") << QStringList {QStringLiteral("root")}
                             << QStringLiteral("unknown role \"root\"");
    QTest::newRow("twice") << QStringList {QStringLiteral("manager"), QStringLiteral("manager")}
                           << QStringLiteral("given twice");
}

void TestCore::roleCombinations()
{
    QFETCH(QStringList, roles);
    QFETCH(QString, error);
    const Result<void> valid = validateRoles(roles);
    QCOMPARE(valid.ok(), error.isEmpty());
    if (!valid.ok()) {
        QCOMPARE(valid.error().code, ErrorCode::InvalidInput);
        QVERIFY2(valid.error().message.contains(error), qPrintable(valid.error().message));
    }
    // Creation applies the same rule.
    Result<CreatedUser> created = Accounts(*m_store).addUser(Caller::localOperator(),
                                                             {QStringLiteral("combo"),
                                                              QStringLiteral("combo@example.com"),
                                                              QStringLiteral("Combo"),
                                                              {},
                                                              roles,
                                                              "a-long-enough-password"});
    QCOMPARE(created.ok(), error.isEmpty());
}

// The issue's scenario in the core: an admin creates a compliance officer and "approves" their
// own request through it. Refused, audited, explained, until the window has passed.
void TestCore::creatorCannotBeApprovedByTheirCreation()
{
    Person ada = addPerson(QStringLiteral("ada"), QStringLiteral("admin"));
    Person olga = addPerson(QStringLiteral("olga"), QStringLiteral("compliance_officer"));
    const qint64 createdAt = m_clock.nowMs();
    Person puppet
        = addPerson(QStringLiteral("puppet"), QStringLiteral("compliance_officer"), ada.caller);
    QVERIFY(puppet.user.id > 0);
    QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM account_changes WHERE target_id = ? AND "
                                  "actor_id = ? AND kind = 'created'"),
                   {puppet.user.id, ada.user.id}),
             qint64(1));
    // What the local operator did binds nobody: it is recorded without a user id.
    QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM account_changes WHERE target_id = ? AND "
                                  "actor_id IS NULL AND actor = 'compliancectl'"),
                   {olga.user.id}),
             qint64(1));
    const qint64 id = requestAccess(ada, QStringLiteral("orders.pii"));
    AccessControl access(*m_store);

    const AccessRequest seen = requestAs(puppet, id);
    QVERIFY(!seen.canDecide);
    QVERIFY2(seen.cannotDecideReason.contains(QStringLiteral("ada created your account on "
                                                             "2026-03-02, less than 90 days ago")),
             qPrintable(seen.cannotDecideReason));
    QVERIFY(requestAs(olga, id).canDecide);
    QVERIFY(requestAs(olga, id).cannotDecideReason.isEmpty());

    const qint64 refusalsBefore
        = count(QStringLiteral("SELECT COUNT(*) FROM audit_events WHERE action = 'access.approve' "
                               "AND outcome = 'denied'"));
    for (const bool approve : {true, false}) {
        const Error refused = approve
            ? access.approve(puppet.caller, id, QStringLiteral("fine")).error()
            : access.deny(puppet.caller, id, QStringLiteral("no")).error();
        QCOMPARE(refused.code, ErrorCode::Forbidden);
        QCOMPARE(refused.message, seen.cannotDecideReason);
    }
    QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM audit_events WHERE action = "
                                  "'access.approve' AND outcome = 'denied' AND actor = 'puppet'")),
             refusalsBefore + 1);
    QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM grants")), qint64(0));
    QCOMPARE(requestAs(olga, id).status, QStringLiteral("pending"));

    // The window ends sod_window_days after the change, to the millisecond.
    m_clock.set(QDateTime::fromMSecsSinceEpoch(
        createdAt + qint64(Policy {}.sodWindowDays) * 24 * 3600 * 1000 - 1000, Qt::UTC));
    QCOMPARE(access.approve(puppet.caller, id, {}).error().code, ErrorCode::Forbidden);
    m_clock.set(QDateTime::fromMSecsSinceEpoch(
        createdAt + qint64(Policy {}.sodWindowDays) * 24 * 3600 * 1000 + 1000, Qt::UTC));
    QVERIFY(requestAs(puppet, id).canDecide);
    Result<Approval> approved = access.approve(puppet.caller, id, QStringLiteral("checked"));
    QVERIFY2(approved.ok(), approved.ok() ? "" : qPrintable(approved.error().message));
    QVERIFY(approved->grant);
    QCOMPARE(approved->grant->approvedByUsernames, QStringList {QStringLiteral("puppet")});
}

void TestCore::everyKindOfAccountChangeCounts_data()
{
    QTest::addColumn<QString>("change");
    QTest::addColumn<QString>("reason");
    QTest::newRow("roles") << QStringLiteral("roles") << QStringLiteral("ada changed your roles");
    QTest::newRow("e-mail") << QStringLiteral("email")
                            << QStringLiteral("ada changed your account's e-mail or name");
    QTest::newRow("display name") << QStringLiteral("display_name")
                                  << QStringLiteral("ada changed your account's e-mail or name");
    QTest::newRow("title") << QStringLiteral("title")
                           << QStringLiteral("ada changed your account's e-mail or name");
    QTest::newRow("second factor reset")
        << QStringLiteral("reset_2fa") << QStringLiteral("ada reset your credentials");
}

void TestCore::everyKindOfAccountChangeCounts()
{
    QFETCH(QString, change);
    QFETCH(QString, reason);
    Person ada = addPerson(QStringLiteral("ada"), QStringLiteral("admin"));
    Person olga = addPerson(QStringLiteral("olga"), QStringLiteral("compliance_officer"));
    Person bob = addPerson(QStringLiteral("bob"), QStringLiteral("employee"));
    const qint64 adasRequest = requestAccess(ada, QStringLiteral("orders.nonpii"));
    const qint64 bobsRequest = requestAccess(bob, QStringLiteral("orders.nonpii"));
    QVERIFY(requestAs(olga, adasRequest).canDecide);

    Accounts accounts(*m_store);
    UserUpdate update;
    if (change == QLatin1String("roles"))
        update.roles
            = QStringList {QStringLiteral("compliance_officer"), QStringLiteral("executive")};
    else if (change == QLatin1String("email"))
        update.email = QStringLiteral("olga.new@example.com");
    else if (change == QLatin1String("display_name"))
        update.displayName = QStringLiteral("Olga N.");
    else if (change == QLatin1String("title"))
        update.title = QStringLiteral("Lead");
    if (change == QLatin1String("reset_2fa")) {
        QVERIFY(accounts.resetTotp(ada.caller, olga.user.id).ok());
    } else {
        Result<User> updated = accounts.updateUser(ada.caller, olga.user.id, update);
        QVERIFY2(updated.ok(), updated.ok() ? "" : qPrintable(updated.error().message));
    }
    const AccessRequest seen = requestAs(olga, adasRequest);
    QVERIFY(!seen.canDecide);
    QVERIFY2(seen.cannotDecideReason.startsWith(reason), qPrintable(seen.cannotDecideReason));
    QCOMPARE(AccessControl(*m_store).approve(olga.caller, adasRequest, {}).error().code,
             ErrorCode::Forbidden);
    // Only the person who made the change is kept at a distance.
    QVERIFY(requestAs(olga, bobsRequest).canDecide);
}

void TestCore::piiNeedsDistinctApprovals()
{
    usePolicy(R"({"pii_approvals": 2})");
    Person olga = addPerson(QStringLiteral("olga"), QStringLiteral("compliance_officer"));
    Person omar = addPerson(QStringLiteral("omar"), QStringLiteral("compliance_officer"));
    Person bob = addPerson(QStringLiteral("bob"), QStringLiteral("employee"));
    AccessControl access(*m_store);
    const qint64 pii = requestAccess(bob, QStringLiteral("orders.pii"));
    QCOMPARE(requestAs(bob, pii).approvalsRequired, 2);

    Result<Approval> first = access.approve(olga.caller, pii, QStringLiteral("ticket checked"));
    QVERIFY2(first.ok(), first.ok() ? "" : qPrintable(first.error().message));
    QVERIFY(!first->grant);
    QCOMPARE(first->request.status, QStringLiteral("pending"));
    QCOMPARE(first->request.approvals.size(), 1);
    QCOMPARE(first->request.approvals.first().username, QStringLiteral("olga"));
    QCOMPARE(first->request.approvals.first().comment, QStringLiteral("ticket checked"));
    QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM grants")), qint64(0));

    // The same officer cannot be both approvals.
    const AccessRequest again = requestAs(olga, pii);
    QVERIFY(!again.canDecide);
    QVERIFY2(again.cannotDecideReason.contains(QStringLiteral("needs 1 more approval")),
             qPrintable(again.cannotDecideReason));
    QCOMPARE(access.approve(olga.caller, pii, {}).error().code, ErrorCode::Conflict);
    QVERIFY(requestAs(omar, pii).canDecide);

    Result<Approval> second = access.approve(omar.caller, pii, QStringLiteral("agreed"));
    QVERIFY2(second.ok(), second.ok() ? "" : qPrintable(second.error().message));
    QVERIFY(second->grant);
    QCOMPARE(second->request.status, QStringLiteral("approved"));
    QCOMPARE(second->grant->approvedByUsernames,
             (QStringList {QStringLiteral("olga"), QStringLiteral("omar")}));
    QCOMPARE(second->grant->grantedByUsername, QStringLiteral("omar"));
    QCOMPARE(access.grants(bob.caller, GrantFilter::All, 0, 10)->items.first().approvedByUsernames,
             second->grant->approvedByUsernames);

    // Data without PII still needs one.
    const qint64 nonPii = requestAccess(bob, QStringLiteral("orders.nonpii"));
    QCOMPARE(requestAs(bob, nonPii).approvalsRequired, 1);
    QVERIFY(access.approve(olga.caller, nonPii, {})->grant);

    // A policy tightened later applies to requests made before; a loosened one does not.
    usePolicy(R"({"pii_approvals": 1})");
    const qint64 madeUnderOne = requestAccess(bob, QStringLiteral("orders.pii"));
    QCOMPARE(requestAs(olga, madeUnderOne).approvalsRequired, 1);
    usePolicy(R"({"pii_approvals": 2})");
    QCOMPARE(requestAs(olga, madeUnderOne).approvalsRequired, 2);
    const qint64 madeUnderTwo = requestAccess(bob, QStringLiteral("orders.pii"));
    usePolicy(R"({"pii_approvals": 1})");
    QCOMPARE(requestAs(olga, madeUnderTwo).approvalsRequired, 2);
}

void TestCore::oneDenialEndsATwoApprovalRequest()
{
    usePolicy(R"({"pii_approvals": 2})");
    Person olga = addPerson(QStringLiteral("olga"), QStringLiteral("compliance_officer"));
    Person omar = addPerson(QStringLiteral("omar"), QStringLiteral("compliance_officer"));
    Person oscar = addPerson(QStringLiteral("oscar"), QStringLiteral("compliance_officer"));
    Person bob = addPerson(QStringLiteral("bob"), QStringLiteral("employee"));
    AccessControl access(*m_store);
    const qint64 id = requestAccess(bob, QStringLiteral("orders.pii"));
    QVERIFY(access.approve(olga.caller, id, {}).ok());
    Result<AccessRequest> denied = access.deny(omar.caller, id, QStringLiteral("no ticket"));
    QVERIFY2(denied.ok(), denied.ok() ? "" : qPrintable(denied.error().message));
    QCOMPARE(denied->status, QStringLiteral("denied"));
    QCOMPARE(denied->approvals.size(), 1); // what happened before stays visible
    QCOMPARE(access.approve(oscar.caller, id, {}).error().code, ErrorCode::Conflict);
    QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM grants")), qint64(0));
}

// Decided: an approval counts only while its officer could still give it. Offboarding the
// officer, taking access:approve away from them, or the requester changing their account
// withdraws it (audited), so the request waits for another eligible officer.
void TestCore::approvalsWithdrawnWhenTheOfficerMayNoLongerDecide()
{
    usePolicy(R"({"pii_approvals": 2})");
    Person ada = addPerson(QStringLiteral("ada"), QStringLiteral("admin"));
    Person olga = addPerson(QStringLiteral("olga"), QStringLiteral("compliance_officer"));
    Person omar = addPerson(QStringLiteral("omar"), QStringLiteral("compliance_officer"));
    Person oscar = addPerson(QStringLiteral("oscar"), QStringLiteral("compliance_officer"));
    Person otto = addPerson(QStringLiteral("otto"), QStringLiteral("compliance_officer"));
    Person bob = addPerson(QStringLiteral("bob"), QStringLiteral("employee"));
    AccessControl access(*m_store);
    Accounts accounts(*m_store);
    const qint64 byBob = requestAccess(bob, QStringLiteral("orders.pii"));
    const qint64 byAda = requestAccess(ada, QStringLiteral("orders.pii"));
    QVERIFY(access.approve(olga.caller, byBob, {}).ok());
    QVERIFY(access.approve(omar.caller, byAda, {}).ok());

    // The requester changes the approver's account: that approval no longer counts.
    QVERIFY(
        accounts
            .updateUser(ada.caller, omar.user.id, {{}, QStringLiteral("Senior"), {}, {}, {}, {}})
            .ok());
    QVERIFY(requestAs(otto, byAda).approvals.isEmpty());
    QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM audit_events WHERE action = "
                                  "'access.approval_withdraw' AND object_id = ?"),
                   {QString::number(byAda)}),
             qint64(1));
    QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM access_approvals WHERE request_id = ? "
                                  "AND withdrawn_reason LIKE 'ada changed your account%'"),
                   {byAda}),
             qint64(1));

    // The officer loses the role: withdrawn; they regain it: they may approve again.
    QVERIFY(accounts
                .updateUser(ada.caller, olga.user.id,
                            {QStringList {QStringLiteral("manager")}, {}, {}, {}, {}, {}})
                .ok());
    QVERIFY(requestAs(otto, byBob).approvals.isEmpty());
    QVERIFY(!access.approve(oscar.caller, byBob, {})->grant);
    Result<Approval> granted = access.approve(otto.caller, byBob, {});
    QVERIFY(granted.ok() && granted->grant);
    QCOMPARE(granted->grant->approvedByUsernames,
             (QStringList {QStringLiteral("oscar"), QStringLiteral("otto")}));
    const qint64 next = requestAccess(bob, QStringLiteral("orders.pii"));
    QVERIFY(access.approve(oscar.caller, next, {}).ok());

    // The officer leaves: withdrawn at once, in the offboarding's transaction.
    Result<OffboardResult> left
        = accounts.offboard(ada.caller, oscar.user.id, QStringLiteral("left"));
    QVERIFY(left.ok());
    const AccessRequest after = requestAs(otto, next);
    QVERIFY(after.approvals.isEmpty());
    QCOMPARE(after.status, QStringLiteral("pending"));
    QVERIFY(!access.approve(otto.caller, next, {})->grant);
    QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM grants WHERE request_id = ?"), {next}),
             qint64(0));
}

void TestCore::dualRoleAccountCannotDecide()
{
    Person olga = addPerson(QStringLiteral("olga"), QStringLiteral("compliance_officer"));
    Person bob = addPerson(QStringLiteral("bob"), QStringLiteral("employee"));
    // An account given both roles before the pair was refused.
    QVERIFY(m_store
                ->exec(QStringLiteral("UPDATE users SET roles = 'admin,compliance_officer' WHERE "
                                      "id = ?"),
                       {olga.user.id})
                .ok());
    olga.caller = Caller::forUser(Accounts(*m_store).user(olga.user.id).value());
    const qint64 id = requestAccess(bob, QStringLiteral("aggregates"));
    const AccessRequest seen = requestAs(olga, id);
    QVERIFY(!seen.canDecide);
    QVERIFY2(seen.cannotDecideReason.contains(QStringLiteral("both admin and compliance_officer")),
             qPrintable(seen.cannotDecideReason));
    QCOMPARE(AccessControl(*m_store).approve(olga.caller, id, {}).error().code,
             ErrorCode::Forbidden);
}

void TestCore::updateUserRules()
{
    Person ada = addPerson(QStringLiteral("ada"), QStringLiteral("admin"));
    Person olga = addPerson(QStringLiteral("olga"), QStringLiteral("compliance_officer"));
    Person bob = addPerson(QStringLiteral("bob"), QStringLiteral("employee"));
    Accounts accounts(*m_store);
    const auto roles = [](std::initializer_list<const char *> names) {
        UserUpdate u;
        QStringList list;
        for (const char *name : names)
            list << QString::fromLatin1(name);
        u.roles = list;
        return u;
    };

    Result<User> conflict
        = accounts.updateUser(ada.caller, olga.user.id, roles({"compliance_officer", "admin"}));
    QCOMPARE(conflict.error().code, ErrorCode::InvalidInput);
    QVERIFY(conflict.error().message.contains(QStringLiteral("admin and compliance_officer")));
    QCOMPARE(accounts.updateUser(ada.caller, bob.user.id, roles({"superuser"})).error().code,
             ErrorCode::InvalidInput);
    UserUpdate taken;
    taken.email = QStringLiteral("OLGA@Example.com");
    QCOMPARE(accounts.updateUser(ada.caller, bob.user.id, taken).error().code, ErrorCode::Conflict);
    UserUpdate badMail;
    badMail.email = QStringLiteral("not an address");
    QCOMPARE(accounts.updateUser(ada.caller, bob.user.id, badMail).error().code,
             ErrorCode::InvalidInput);
    UserUpdate noName;
    noName.displayName = QStringLiteral("   ");
    QCOMPARE(accounts.updateUser(ada.caller, bob.user.id, noName).error().code,
             ErrorCode::InvalidInput);
    // Nobody raises (or lowers) their own roles; their own details they may change.
    QCOMPARE(
        accounts.updateUser(ada.caller, ada.user.id, roles({"admin", "executive"})).error().code,
        ErrorCode::Forbidden);
    UserUpdate ownTitle;
    ownTitle.title = QStringLiteral("IT Administrator");
    QVERIFY(accounts.updateUser(ada.caller, ada.user.id, ownTitle).ok());
    // The only active admin and the only active officer keep their roles.
    Person alan = addPerson(QStringLiteral("alan"), QStringLiteral("admin"));
    QCOMPARE(accounts.updateUser(alan.caller, olga.user.id, roles({"manager"})).error().code,
             ErrorCode::Conflict);
    QVERIFY(accounts.offboard(ada.caller, alan.user.id, {}).ok());
    QCOMPARE(accounts.updateUser(ada.caller, alan.user.id, ownTitle).error().code,
             ErrorCode::Conflict); // offboarded
    QCOMPARE(accounts.updateUser(ada.caller, 999999, ownTitle).error().code, ErrorCode::NotFound);

    // A change is stored and audited with the values before and after.
    UserUpdate promote = roles({"employee", "executive"});
    promote.email = QStringLiteral("Bob.Baker@example.com");
    promote.displayName = QStringLiteral("Bob \"the\" Baker");
    Result<User> promoted = accounts.updateUser(ada.caller, bob.user.id, promote);
    QVERIFY2(promoted.ok(), promoted.ok() ? "" : qPrintable(promoted.error().message));
    QCOMPARE(promoted->roles,
             (QStringList {QStringLiteral("employee"), QStringLiteral("executive")}));
    QCOMPARE(promoted->email, QStringLiteral("Bob.Baker@example.com"));
    QCOMPARE(promoted->displayName, QStringLiteral("Bob \"the\" Baker"));
    const AuditEvent last = audit::list(*m_store, 0, 500)->last();
    QCOMPARE(last.action, QStringLiteral("user.update"));
    QCOMPARE(last.objectId, QString::number(bob.user.id));
    QCOMPARE(last.detail,
             QStringLiteral("username=bob roles_added=executive roles_removed= "
                            "roles=employee->employee,executive "
                            "email=\"bob@example.com\"->\"Bob.Baker@example.com\" "
                            "display_name=\"bob\"->\"Bob \\\"the\\\" Baker\""));
    QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM account_changes WHERE target_id = ? AND "
                                  "actor_id = ?"),
                   {bob.user.id, ada.user.id}),
             qint64(2)); // roles, details
    // The e-mail stays unique ignoring case.
    UserUpdate clash;
    clash.email = QStringLiteral("bob.baker@EXAMPLE.com");
    QCOMPARE(accounts.updateUser(ada.caller, olga.user.id, clash).error().code,
             ErrorCode::Conflict);
}

#include "tst_core.moc"
