// The controls (service/Controls), against SQLite and (as tst_controls_pg) PostgreSQL: the
// catalogue quotes the shipped policy, and each control reaches pass, warn and fail from data
// built for it; manual controls by their owner's attestation; the daily record, its
// "compliant since" and the notice when a control turns to fail. The evidence pack: built
// from a seeded store, verified, and refused when any byte of any kind of file changes, a file
// is added or missing, or another key signed it.

#include "MockClock.h"
#include "TestDatabase.h"
#include "audit/AuditExport.h"
#include "audit/AuditLog.h"
#include "crypto/Crypto.h"
#include "crypto/Signature.h"
#include "domain/ControlCatalogue.h"
#include "domain/Roles.h"
#include "evidence/EvidencePack.h"
#include "evidence/ZipArchive.h"
#include "service/Controls.h"
#include "service/Devices.h"
#include "service/PolicyAcknowledgements.h"
#include "service/Reminders.h"
#include "service/ThirdParties.h"
#include "service/Vulnerabilities.h"
#include "store/RowType.h"
#include "store/Store.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

using namespace cc;

namespace {

constexpr qint64 kMinute = 60 * 1000;
constexpr qint64 kHour = 60 * kMinute;
constexpr qint64 kDay = 24 * kHour;

QString normalised(QString text)
{
    text.remove(QChar(0x2022)); // the bullets
    return text.simplified();
}

} // namespace

class TestControls : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void catalogueQuotesTheShippedPolicy();
    void publicAccess();
    void accessLimited();
    void uniqueLogins();
    void twoFactor();
    void loggedAndMonitored();
    void requestAndReason();
    void revokedOnLeaving();
    void encryptedInTransit();
    void breachResponse();
    void deletionRequests();
    void retention();
    void assetReviews();
    void encryptedAtRest();
    void needToKnow();
    void policyAcknowledged();
    void acknowledgementRules();
    void removableDevices();
    void nonPiiRetention();
    void dispersedBackups();
    void deviceRegisterRules();
    void vulnerabilitiesResolvedInTime();
    void subcontractorsAssessedYearly();
    void credentialsRotatedWithAnOwner();
    void thirdPartyRemindersThenEscalation();
    void secretShapedTextIsRefused_data();
    void secretShapedTextIsRefused();
    void incidentContactDesignatedAndQuick();
    void manualControlsByAttestation();
    void attestationRules();
    void readsAreAudited();
    void dailyRecordNotifiesOnFail();
    void compliantSince();
    void changedPolicyTextNeedsNewVersion();
    void evidencePeriodRules();
    void evidencePackBuildsAndVerifies();
    void evidencePackCatchesAChangedByte_data();
    void evidencePackCatchesAChangedByte();
    void evidencePackRefusesAddedAndMissingFiles();
    void evidencePackPinsTheSigningKey();

private:
    qint64 now() const { return m_clock.nowMs(); }
    ControlRuntime goodRuntime() const;
    ControlState state(const QString &id, const ControlRuntime &runtime);
    ControlState state(const QString &id) { return state(id, goodRuntime()); }
    qint64 exec(const QString &sql, const QVariantList &args = {});
    qint64 addUser(const QString &name, const QString &roles, bool enrolled = true);
    void designate(const QString &designation, qint64 userId);
    qint64 addGrant(qint64 userId, qint64 grantedAt, qint64 expiresAt,
                    const QString &reason = QStringLiteral("monthly reconciliation of orders"));
    void addAlert(const QString &rule, qint64 raisedAt, bool acknowledged);
    void addEvent(const QString &action, qint64 actorId, const QString &outcome);
    Caller person(const QString &name, const QString &role);
    // A store with a week of daily control records and an attestation, and its pack.
    evidence::Pack seededPack();

    std::unique_ptr<test::TestDatabase> m_database;
    std::unique_ptr<QTemporaryDir> m_dir;
    test::MockClock m_clock;
    std::unique_ptr<Store> m_store;
    int m_alerts = 0;
};

void TestControls::init()
{
    m_database = std::make_unique<test::TestDatabase>();
    QVERIFY2(m_database->errorString().isEmpty(), qPrintable(m_database->errorString()));
    QCOMPARE(m_database->isPostgres(), test::TestDatabase::postgresRequested());
    m_dir = std::make_unique<QTemporaryDir>();
    const QString dir = m_dir->filePath(QStringLiteral("store"));
    Result<void> created = Store::create(dir, m_database->url());
    QVERIFY2(created.ok(), created.ok() ? "" : qPrintable(created.error().message));
    Result<std::unique_ptr<Store>> opened = Store::open(dir, m_clock, m_database->url());
    QVERIFY2(opened.ok(), opened.ok() ? "" : qPrintable(opened.error().message));
    m_store = std::move(opened.value());
}

void TestControls::cleanup()
{
    m_store.reset();
    m_dir.reset();
    m_database.reset();
}

ControlRuntime TestControls::goodRuntime() const
{
    ControlRuntime runtime;
    runtime.observed = true;
    runtime.tlsFloor = QStringLiteral("TLS 1.2");
    runtime.tlsFloorAcceptable = true;
    runtime.certificateExpiresAt = now() + 365 * kDay;
    runtime.audit.checked = true;
    runtime.audit.checkedAt = now() - kHour;
    return runtime;
}

ControlState TestControls::state(const QString &id, const ControlRuntime &runtime)
{
    Result<QList<ControlState>> all = Controls(*m_store).evaluateAll(runtime);
    if (!all) {
        qWarning() << all.error().message;
        return {};
    }
    for (const ControlState &s : std::as_const(*all)) {
        if (s.definition->id == id) {
            return s;
        }
    }
    return {};
}

qint64 TestControls::exec(const QString &sql, const QVariantList &args)
{
    Result<Query> q = m_store->exec(sql, args);
    if (!q) {
        qWarning() << q.error().message;
        return -1;
    }
    if (sql.contains(QLatin1String("RETURNING")) && q->next())
        return q->value(0).toLongLong();
    return 0;
}

qint64 TestControls::addUser(const QString &name, const QString &roles, bool enrolled)
{
    return exec(QStringLiteral("INSERT INTO users (username, username_key, email, email_key, "
                               "display_name, roles, status, password_hash, created_at, "
                               "totp_enrolled_at) VALUES (?, ?, ?, ?, ?, ?, 'active', 'x', ?, ?) "
                               "RETURNING id"),
                {name, name, QString(name + QStringLiteral("@moaj.example")),
                 QString(name + QStringLiteral("@moaj.example")), name, roles, now(),
                 enrolled ? QVariant(now()) : QVariant(QMetaType::fromType<qint64>())});
}

void TestControls::designate(const QString &designation, qint64 userId)
{
    exec(QStringLiteral("INSERT INTO user_designations (designation, user_id, designated_at) "
                        "VALUES (?, ?, ?)"),
         {designation, userId, now()});
}

qint64 TestControls::addGrant(qint64 userId, qint64 grantedAt, qint64 expiresAt,
                              const QString &reason)
{
    const qint64 request = exec(
        QStringLiteral("INSERT INTO access_requests (requester_id, category, client, reason, "
                       "duration_hours, status, created_at) VALUES (?, 'orders.nonpii', 'acme', "
                       "?, 24, 'approved', ?) RETURNING id"),
        {userId, reason, grantedAt});
    return exec(QStringLiteral("INSERT INTO grants (request_id, user_id, category, client, "
                               "granted_by, granted_at, expires_at) VALUES (?, ?, "
                               "'orders.nonpii', 'acme', ?, ?, ?) RETURNING id"),
                {request, userId, userId, grantedAt, expiresAt});
}

void TestControls::addAlert(const QString &rule, qint64 raisedAt, bool acknowledged)
{
    exec(QStringLiteral("INSERT INTO alerts (rule, severity, dedup_key, subject, title, detail, "
                        "event_count, raised_at, last_seen_at, acknowledged_at) VALUES (?, "
                        "'high', ?, 'someone', 't', 'd', 1, ?, ?, ?)"),
         {rule, QStringLiteral("k%1").arg(++m_alerts), raisedAt, raisedAt,
          acknowledged ? QVariant(raisedAt + kMinute) : QVariant(QMetaType::fromType<qint64>())});
}

void TestControls::addEvent(const QString &action, qint64 actorId, const QString &outcome)
{
    Result<AuditEvent> logged = m_store->transaction([&]() -> Result<AuditEvent> {
        AuditEvent e;
        e.actorId = actorId;
        e.actor = QStringLiteral("user%1").arg(actorId);
        e.action = action;
        e.objectType = QStringLiteral("order");
        e.objectId = QStringLiteral("1");
        e.outcome = outcome;
        return audit::append(*m_store, e);
    });
    QVERIFY(logged.ok());
}

Caller TestControls::person(const QString &name, const QString &role)
{
    Caller c;
    c.userId = addUser(name, role);
    c.username = name;
    c.roles = {role};
    c.permissions = permissionsForRoles(c.roles);
    return c;
}

void TestControls::catalogueQuotesTheShippedPolicy()
{
    const QString policy = normalised(shippedPolicyText());
    QVERIFY(policy.contains(QLatin1String("Amazon Data Protection Policy")));
    QCOMPARE(shippedPolicyVersion(), QStringLiteral("v1"));
    QSet<QString> ids;
    int moaj = 0;
    // The shipped policy's statements, quoted; then Amazon's 2025 requirements it predates.
    const QRegularExpression moajForm(QStringLiteral("^MOAJ-[A-Z]{2}-[0-9]{2}$"));
    const QRegularExpression dppForm(QStringLiteral("^DPP25-[A-Z]{2}-[0-9]{2}$"));
    for (const ControlDefinition &c : controlCatalogue()) {
        QVERIFY2(!ids.contains(c.id), qPrintable(c.id));
        ids.insert(c.id);
        QVERIFY2(isKnownRole(c.owner), qPrintable(c.id));
        if (c.group == QStringLiteral("MOAJ policy")) {
            QCOMPARE(ids.size(), ++moaj); // the policy's controls come first
            QVERIFY2(moajForm.match(c.id).hasMatch(), qPrintable(c.id));
            QVERIFY2(policy.contains(normalised(c.policyText)), qPrintable(c.id));
        } else {
            QCOMPARE(c.group, QStringLiteral("Amazon DPP (2025)"));
            QVERIFY2(dppForm.match(c.id).hasMatch(), qPrintable(c.id));
            QVERIFY2(!c.policyText.isEmpty(), qPrintable(c.id));
        }
    }
    QCOMPARE(moaj, 18);
    QVERIFY(ids.contains(QStringLiteral("DPP25-BK-01")));
    QVERIFY(ids.contains(QStringLiteral("DPP25-VM-01")));
    QVERIFY(ids.contains(QStringLiteral("DPP25-RT-01")));
    // Every observed control has its evaluator: evaluating all of them does not fail.
    QVERIFY(Controls(*m_store).evaluateAll(goodRuntime()).ok());
}

void TestControls::publicAccess()
{
    const QString id = QStringLiteral("MOAJ-NP-02");
    ControlRuntime rt = goodRuntime();
    QCOMPARE(state(id, rt).status, control::Pass);
    rt.listensBeyondLoopback = true;
    rt.allowedNetworks = {{QStringLiteral("10.0.0.0/8"), 8, false}};
    QCOMPARE(state(id, rt).status, control::Warn);
    rt.allowedNetworks = {{QStringLiteral("10.1.2.0/24"), 24, false}};
    QCOMPARE(state(id, rt).status, control::Pass);
    rt.allowedNetworks.clear();
    QCOMPARE(state(id, rt).status, control::Fail);
    rt.allowedNetworks = {{QStringLiteral("0.0.0.0/0"), 0, false}};
    QCOMPARE(state(id, rt).status, control::Fail);
    QCOMPARE(state(id, ControlRuntime {}).status, control::Warn); // not observed here
}

void TestControls::accessLimited()
{
    const QString id = QStringLiteral("MOAJ-AM-01");
    const qint64 ann = addUser(QStringLiteral("ann"), QStringLiteral("employee"));
    addGrant(ann, now() - kHour, now() + kDay);
    ControlState s = state(id);
    QCOMPARE(s.status, control::Pass);
    QCOMPARE(s.evidence.first().count, 1);
    QCOMPARE(s.evidence.first().objectType, QStringLiteral("grant"));
    QCOMPARE(s.evidence.first().filter, QStringLiteral("status=active"));
    addAlert(QStringLiteral("unused_grant"), now() - kHour, false);
    QCOMPARE(state(id).status, control::Warn);
    // A grant longer than the policy allows.
    addGrant(ann, now() - kHour, now() + 30 * kDay);
    QCOMPARE(state(id).status, control::Fail);
}

void TestControls::uniqueLogins()
{
    const QString id = QStringLiteral("MOAJ-AM-02");
    QCOMPARE(state(id).status, control::Pass);
    addAlert(QStringLiteral("concurrent_addresses"), now() - kDay, true);
    QCOMPARE(state(id).status, control::Warn);
    addAlert(QStringLiteral("concurrent_addresses"), now() - kHour, false);
    ControlState s = state(id);
    QCOMPARE(s.status, control::Fail);
    QCOMPARE(s.evidence.first().filter, QStringLiteral("status=open&rule=concurrent_addresses"));
    QCOMPARE(s.evidence.first().count, 1);
}

void TestControls::twoFactor()
{
    const QString id = QStringLiteral("MOAJ-AM-03");
    addUser(QStringLiteral("ann"), QStringLiteral("employee"));
    QCOMPARE(state(id).status, control::Pass);
    const qint64 bob = addUser(QStringLiteral("bob"), QStringLiteral("employee"), false);
    exec(QStringLiteral("UPDATE users SET enrolment_code_hash = 'h', enrolment_expires_at = ? "
                        "WHERE id = ?"),
         {now() + kDay, bob});
    QCOMPARE(state(id).status, control::Warn);
    m_clock.advanceSeconds(2 * 24 * 3600); // the code expired unused
    ControlState s = state(id);
    QCOMPARE(s.status, control::Fail);
    QVERIFY(s.summary.contains(QLatin1String("1 active account")));
    // Offboarded accounts do not count.
    exec(QStringLiteral("UPDATE users SET status = 'offboarded' WHERE id = ?"), {bob});
    QCOMPARE(state(id).status, control::Pass);
}

void TestControls::loggedAndMonitored()
{
    const QString id = QStringLiteral("MOAJ-AM-04");
    ControlRuntime rt = goodRuntime();
    QCOMPARE(state(id, rt).status, control::Pass);
    addAlert(QStringLiteral("failed_sign_ins"), now() - 2 * kDay, false);
    QCOMPARE(state(id, rt).status, control::Warn);
    rt.audit.checkedAt = now() - 25 * kHour;
    QCOMPARE(state(id, rt).status, control::Fail);
    rt = goodRuntime();
    rt.audit.state = AuditState::Broken;
    rt.audit.firstBadSeq = 7;
    rt.audit.problem = QStringLiteral("hash mismatch");
    ControlState s = state(id, rt);
    QCOMPARE(s.status, control::Fail);
    QVERIFY(s.summary.contains(QLatin1String("event 7")));
}

void TestControls::requestAndReason()
{
    const QString id = QStringLiteral("MOAJ-AM-05");
    const qint64 ann = addUser(QStringLiteral("ann"), QStringLiteral("employee"));
    addGrant(ann, now() - kHour, now() + kDay);
    addEvent(QStringLiteral("orders.read"), ann, QStringLiteral("success"));
    QCOMPARE(state(id).status, control::Pass);
    const qint64 bob = addUser(QStringLiteral("bob"), QStringLiteral("employee"));
    addEvent(QStringLiteral("orders.read"), bob, QStringLiteral("denied"));
    QCOMPARE(state(id).status, control::Warn);
    // A successful read by someone no grant covers: only a store changed behind the server.
    addEvent(QStringLiteral("orders.read_pii"), bob, QStringLiteral("success"));
    ControlState s = state(id);
    QCOMPARE(s.status, control::Fail);
    QCOMPARE(s.evidence.first().count, 1);
    QCOMPARE(s.evidence.first().objectType, QStringLiteral("audit_event"));
}

void TestControls::revokedOnLeaving()
{
    const QString id = QStringLiteral("MOAJ-AM-06");
    const qint64 ann = addUser(QStringLiteral("ann"), QStringLiteral("employee"));
    exec(QStringLiteral("UPDATE users SET status = 'offboarded', departure_at = ?, "
                        "access_revoked_at = ? WHERE id = ?"),
         {now() - kDay, now() - kDay + kMinute, ann});
    QCOMPARE(state(id).status, control::Pass);
    const qint64 bob = addUser(QStringLiteral("bob"), QStringLiteral("employee"));
    exec(QStringLiteral("UPDATE users SET status = 'offboarded', departure_at = ?, "
                        "access_revoked_at = ? WHERE id = ?"),
         {now() - kDay, now() - kDay + 3 * kHour, bob});
    ControlState s = state(id);
    QCOMPARE(s.status, control::Warn);
    QVERIFY2(s.summary.contains(QLatin1String("worst case 3 h")), qPrintable(s.summary));
    const qint64 cy = addUser(QStringLiteral("cy"), QStringLiteral("employee"));
    exec(QStringLiteral("UPDATE users SET departure_at = ? WHERE id = ?"), {now() - kHour, cy});
    QCOMPARE(state(id).status, control::Fail);
}

void TestControls::encryptedInTransit()
{
    const QString id = QStringLiteral("MOAJ-ET-01");
    ControlRuntime rt = goodRuntime();
    QCOMPARE(state(id, rt).status, control::Pass);
    rt.certificateExpiresAt = now() + 10 * kDay;
    QCOMPARE(state(id, rt).status, control::Warn);
    rt.certificateExpiresAt = now() - kDay;
    QCOMPARE(state(id, rt).status, control::Fail);
    rt = goodRuntime();
    rt.tlsFloorAcceptable = false;
    rt.tlsFloor = QStringLiteral("TLS 1.0");
    QCOMPARE(state(id, rt).status, control::Fail);
}

void TestControls::breachResponse()
{
    const QString id = QStringLiteral("MOAJ-IR-01");
    const qint64 cto = addUser(QStringLiteral("cto"), QStringLiteral("executive"));
    auto breach = [&](qint64 detected, const QVariant &notified, const QVariant &acknowledged) {
        const qint64 incident = exec(
            QStringLiteral("INSERT INTO incidents (title, description, severity, category, status, "
                           "detected_at, reported_at, reporter, involves_amazon_data, "
                           "amazon_notified_at) VALUES ('t', 'd', 1, 'breach', 'reported', ?, ?, "
                           "'x', 1, ?) RETURNING id"),
            {detected, detected, notified});
        exec(QStringLiteral("INSERT INTO incident_executives (incident_id, user_id, notified_at, "
                            "acknowledged_at) VALUES (?, ?, ?, ?)"),
             {incident, cto, detected, acknowledged});
    };
    const QVariant none(QMetaType::fromType<qint64>());
    // Without a designated CTO and CEO a breach notice would reach neither: a failure, each named.
    ControlState undesignated = state(id);
    QCOMPARE(undesignated.status, control::Fail);
    QVERIFY(undesignated.summary.contains(QLatin1String("no CTO is designated")));
    QVERIFY(undesignated.summary.contains(QLatin1String("no CEO is designated")));
    designate(QStringLiteral("cto"), cto);
    QVERIFY(!state(id).summary.contains(QLatin1String("no CTO")));
    QVERIFY(state(id).summary.contains(QLatin1String("no CEO is designated")));
    const qint64 ceo = addUser(QStringLiteral("ceo"), QStringLiteral("executive"));
    designate(QStringLiteral("ceo"), ceo);
    // An offboarded holder is no holder.
    exec(QStringLiteral("UPDATE users SET status = 'offboarded' WHERE id = ?"), {ceo});
    QCOMPARE(state(id).status, control::Fail);
    exec(QStringLiteral("UPDATE users SET status = 'active' WHERE id = ?"), {ceo});
    // Without an SMTP relay breach notices reach the executives only in the console: a warning.
    ControlState noRelay = state(id);
    QCOMPARE(noRelay.status, control::Warn);
    QVERIFY2(noRelay.summary.contains(QLatin1String("no SMTP relay is set")),
             qPrintable(noRelay.summary));
    QFile smtp(m_store->dataDir().smtpConfigFile());
    QVERIFY(smtp.open(QIODevice::WriteOnly));
    smtp.write(R"({"host": "127.0.0.1", "sender": "compliance@example.com"})");
    smtp.close();
    QCOMPARE(state(id).status, control::Pass);
    // A breach e-mail the relay has not taken yet is shown until it is delivered.
    const qint64 mail = exec(
        QStringLiteral("INSERT INTO mail_outbox (kind, dedupe_key, to_address, subject, body, "
                       "created_at, next_attempt_at) VALUES ('incident_breach', 'k', "
                       "'cto@example.com', 's', 'b', ?, ?) RETURNING id"),
        {now(), now()});
    ControlState waiting = state(id);
    QCOMPARE(waiting.status, control::Warn);
    QVERIFY2(waiting.summary.contains(QLatin1String("1 breach e-mail(s) not delivered")),
             qPrintable(waiting.summary));
    exec(QStringLiteral("UPDATE mail_outbox SET sent_at = ? WHERE id = ?"), {now(), mail});
    QCOMPARE(state(id).status, control::Pass);
    breach(now() - 3 * kDay, now() - 3 * kDay + 2 * kHour, now() - 3 * kDay + kHour);
    QCOMPARE(state(id).status, control::Pass);
    breach(now() - kHour, none, none); // the clock still runs
    QCOMPARE(state(id).status, control::Warn);
    m_clock.advanceSeconds(24 * 3600);
    ControlState s = state(id);
    QCOMPARE(s.status, control::Fail);
    QVERIFY(s.summary.contains(QLatin1String("not notified to Amazon")));
    QVERIFY(s.summary.contains(QLatin1String("CTO and CEO")));
    QCOMPARE(s.evidence.first().filter, QStringLiteral("involves_amazon_data=true"));
}

void TestControls::deletionRequests()
{
    const QString id = QStringLiteral("MOAJ-DR-01");
    auto request = [&](qint64 received, const QString &status, const QVariant &fulfilled) {
        exec(
            QStringLiteral("INSERT INTO deletion_requests (reference, received_at, due_at, action, "
                           "scope_type, scope_client, scope_order_ids, status, created_by, "
                           "created_at, fulfilled_at) VALUES ('r', ?, ?, 'delete', 'client', "
                           "'acme', '', ?, 'x', ?, ?)"),
            {received, received + 72 * kHour, status, received, fulfilled});
    };
    request(now() - 5 * kDay, QStringLiteral("fulfilled"), now() - 4 * kDay);
    QCOMPARE(state(id).status, control::Pass);
    request(now() - 60 * kHour, QStringLiteral("open"), QVariant(QMetaType::fromType<qint64>()));
    QCOMPARE(state(id).status, control::Warn);
    m_clock.advanceSeconds(13 * 3600);
    QCOMPARE(state(id).status, control::Fail);
}

void TestControls::retention()
{
    const QString id = QStringLiteral("MOAJ-RT-01");
    auto order = [&](const QString &amazonId, qint64 fulfilled) {
        exec(QStringLiteral("INSERT INTO orders (client, amazon_order_id, purchase_date, "
                            "order_status, marketplace, currency, total_cents, item_count, items, "
                            "fulfilled_at, ingested_at, pii_held, pii) VALUES ('acme', ?, ?, "
                            "'Shipped', 'DE', 'EUR', 100, 1, '[]', ?, ?, 1, ?)"),
             {amazonId, fulfilled, fulfilled, fulfilled, QByteArray("sealed")});
    };
    auto sweep = [&](const QString &outcome) {
        exec(QStringLiteral("INSERT INTO retention_sweeps (started_at, finished_at, actor, purged, "
                            "outcome, message) VALUES (?, ?, 'system', 0, ?, 'm')"),
             {now(), now(), outcome});
    };
    order(QStringLiteral("A-1"), now() - 5 * kDay);
    sweep(QStringLiteral("success"));
    QCOMPARE(state(id).status, control::Pass);
    sweep(QStringLiteral("failure"));
    QCOMPARE(state(id).status, control::Warn);
    order(QStringLiteral("A-2"), now() - 31 * kDay);
    ControlState s = state(id);
    QCOMPARE(s.status, control::Fail);
    QCOMPARE(s.evidence.at(1).count, 1);
}

void TestControls::assetReviews()
{
    const QString id = QStringLiteral("MOAJ-AG-01");
    const qint64 owner = addUser(QStringLiteral("mo"), QStringLiteral("manager"));
    auto asset = [&](const QString &name, int dueInDays) {
        exec(QStringLiteral("INSERT INTO assets (name, name_key, kind, owner_id, location, "
                            "description, holds_amazon_data, holds_pii, status, created_at, "
                            "next_review_due) VALUES (?, ?, 'laptop', ?, 'x', 'x', 0, 0, 'active', "
                            "?, ?)"),
             {name, name, owner, now(),
              m_clock.now().toUTC().date().addDays(dueInDays).toString(Qt::ISODate)});
    };
    asset(QStringLiteral("a"), 100);
    QCOMPARE(state(id).status, control::Pass);
    asset(QStringLiteral("b"), 10);
    QCOMPARE(state(id).status, control::Warn);
    asset(QStringLiteral("c"), -1);
    ControlState s = state(id);
    QCOMPARE(s.status, control::Fail);
    QCOMPARE(s.evidence.at(1).filter, QStringLiteral("state=overdue"));
    QCOMPARE(s.evidence.at(1).count, 1);
}

void TestControls::encryptedAtRest()
{
    const QString id = QStringLiteral("MOAJ-EA-01");
    QCOMPARE(state(id).status, control::Pass);
    QFile policy(m_store->dataDir().policyFile());
    QVERIFY(policy.open(QIODevice::WriteOnly));
    policy.write("{}");
    policy.close();
    QVERIFY(policy.setPermissions(policy.permissions() | QFileDevice::WriteOther));
    QCOMPARE(state(id).status, control::Warn);
    QFile key(m_store->dataDir().masterKeyFile());
    QVERIFY(key.setPermissions(key.permissions() | QFileDevice::ReadOther));
    QCOMPARE(state(id).status, control::Fail);
    QVERIFY(key.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner));
    QCOMPARE(state(id).status, control::Warn);
    // PII held with no data key in the vault.
    exec(QStringLiteral("INSERT INTO orders (client, amazon_order_id, purchase_date, order_status, "
                        "marketplace, currency, total_cents, item_count, items, fulfilled_at, "
                        "ingested_at, pii_held) VALUES ('acme', 'A-1', ?, 'Shipped', 'DE', 'EUR', "
                        "1, 1, '[]', ?, ?, 1)"),
         {now(), now(), now()});
    QCOMPARE(state(id).status, control::Fail);
}

void TestControls::needToKnow()
{
    const QString id = QStringLiteral("MOAJ-LP-01");
    QCOMPARE(state(id).status, control::Fail); // no review ever
    exec(QStringLiteral("INSERT INTO access_reviews (title, status, started_by_username, "
                        "started_at, due_at, unreviewed_action) VALUES ('Q1', 'open', 'x', ?, ?, "
                        "'flag')"),
         {now() - kDay, now() + 13 * kDay});
    QCOMPARE(state(id).status, control::Warn);
    exec(QStringLiteral("INSERT INTO access_reviews (title, status, started_by_username, "
                        "started_at, due_at, unreviewed_action, completed_at) VALUES ('Q4', "
                        "'completed', 'x', ?, ?, 'flag', ?)"),
         {now() - 30 * kDay, now() - 16 * kDay, now() - 17 * kDay});
    QCOMPARE(state(id).status, control::Pass);
    m_clock.advanceSeconds(80 * 24 * 3600); // the completed one is now too old, the open one late
    QCOMPARE(state(id).status, control::Fail);
}

void TestControls::policyAcknowledged()
{
    const QString id = QStringLiteral("MOAJ-GS-02");
    PolicyAcknowledgements policy(*m_store);
    QVERIFY(policy.recordShippedVersion().ok());
    const Caller ann = person(QStringLiteral("ann"), QStringLiteral("employee"));
    QCOMPARE(state(id).status, control::Warn); // new, within the grace period
    QVERIFY(policy.acknowledge(ann, shippedPolicyVersion()).ok());
    ControlState s = state(id);
    QCOMPARE(s.status, control::Pass);
    QCOMPARE(s.evidence.first().count, 1);
    m_clock.advanceSeconds(qint64(366) * 24 * 3600); // a year on: due again
    QCOMPARE(state(id).status, control::Warn);
    m_clock.advanceSeconds(qint64(15) * 24 * 3600); // past the grace period
    s = state(id);
    QCOMPARE(s.status, control::Fail);
    QVERIFY2(s.summary.contains(QLatin1String("1 of 1")), qPrintable(s.summary));
}

void TestControls::acknowledgementRules()
{
    PolicyAcknowledgements policy(*m_store);
    const Caller ann = person(QStringLiteral("ann"), QStringLiteral("employee"));
    Result<PolicyStatement> before = policy.current(ann);
    QVERIFY(before.ok());
    QCOMPARE(before->standing, QStringLiteral("due"));
    QVERIFY(!before->acknowledgedAt);
    QCOMPARE(before->version, QStringLiteral("v1"));
    QVERIFY(before->text.contains(QLatin1String("removable devices")));
    // Another version than the current one, or nobody in particular: refused, nothing stored.
    QCOMPARE(policy.acknowledge(ann, QStringLiteral("v0")).error().code, ErrorCode::Conflict);
    QCOMPARE(policy.acknowledge(Caller::localOperator(), QStringLiteral("v1")).error().code,
             ErrorCode::InvalidInput);
    Result<Query> none
        = m_store->exec(QStringLiteral("SELECT COUNT(*) FROM policy_acknowledgements"));
    QVERIFY(none.ok() && none->next());
    QCOMPARE(none->value(0).toLongLong(), 0);
    none->finish();
    Result<PolicyStatement> after = policy.acknowledge(ann, QStringLiteral("v1"));
    QVERIFY2(after.ok(), after.ok() ? "" : qPrintable(after.error().message));
    QCOMPARE(after->standing, QStringLiteral("acknowledged"));
    QCOMPARE(*after->acknowledgedAt, now());
    QCOMPARE(*after->dueAt, now() + 365 * kDay);
    Result<Query> event = m_store->exec(QStringLiteral(
        "SELECT actor, object_id, detail FROM audit_events WHERE action = 'policy.acknowledge'"));
    QVERIFY(event.ok() && event->next());
    QCOMPARE(event->value(0).toString(), QStringLiteral("ann"));
    QCOMPARE(event->value(1).toString(), QStringLiteral("v1"));
    QVERIFY(event->value(2).toString().startsWith(QLatin1String("sha256=")));
}

void TestControls::removableDevices()
{
    const QString id = QStringLiteral("MOAJ-AM-07");
    const Caller manager = person(QStringLiteral("mo"), QStringLiteral("manager"));
    const Caller ann = person(QStringLiteral("ann"), QStringLiteral("employee"));
    Devices devices(*m_store);
    DeviceFields stick;
    stick.kind = QStringLiteral("usb_stick");
    stick.label = QStringLiteral("USB stick 1");
    stick.holder = QStringLiteral("ann");
    stick.encrypted = true;
    stick.approvedUse = QStringLiteral("aggregates_only");
    Result<Device> made = devices.create(manager, stick);
    QVERIFY2(made.ok(), made.ok() ? "" : qPrintable(made.error().message));
    QCOMPARE(state(id).status, control::Pass);
    DeviceFields unencrypted;
    unencrypted.encrypted = false;
    QVERIFY(devices.update(manager, made->id, unencrypted).ok());
    QCOMPARE(state(id).status, control::Warn);
    // The issue's case: a USB stick in the asset list that holds PII.
    exec(
        QStringLiteral("INSERT INTO assets (name, name_key, kind, owner_id, location, description, "
                       "holds_amazon_data, holds_pii, status, created_at, next_review_due) VALUES "
                       "('USB stick 1', 'usb stick 1', 'removable_media', ?, 'x', 'x', 0, 1, "
                       "'active', ?, '2099-01-01')"),
        {ann.userId, now()});
    ControlState s = state(id);
    QCOMPARE(s.status, control::Fail);
    QCOMPARE(s.evidence.first().filter, QStringLiteral("kind=removable_media"));
    QCOMPARE(s.evidence.first().count, 1);
}

void TestControls::nonPiiRetention()
{
    const QString id = QStringLiteral("DPP25-RT-01");
    const auto order = [&](const QString &client, const QString &amazonId, qint64 fulfilledAt) {
        exec(QStringLiteral("INSERT INTO orders (client, amazon_order_id, purchase_date, "
                            "order_status, marketplace, currency, total_cents, item_count, items, "
                            "fulfilled_at, ingested_at, pii_held) VALUES (?, ?, ?, 'Shipped', "
                            "'A1F83G8C2ARO7P', 'GBP', 100, 1, '[]', ?, ?, 0)"),
             {client, amazonId, fulfilledAt, fulfilledAt, fulfilledAt});
    };
    const auto hold = [&](const QString &client, const QVariant &until) {
        exec(QStringLiteral("INSERT INTO client_legal_holds (client, reason, until_at, set_by, "
                            "set_at) VALUES (?, 'Tax audit 2026', ?, 'olga', ?)"),
             {client, until, now() - kDay});
    };
    QCOMPARE(state(id).status, control::Pass);
    const qint64 past = m_store->policy().nonPiiCutoff(now()) - kDay;
    order(QStringLiteral("kestrel"), QStringLiteral("1"), past);
    order(QStringLiteral("kestrel"), QStringLiteral("2"), past);
    order(QStringLiteral("osprey"), QStringLiteral("3"), past);
    order(QStringLiteral("osprey"), QStringLiteral("4"), now() - kDay); // young: no finding
    ControlState s = state(id);
    QCOMPARE(s.status, control::Fail);
    QVERIFY2(s.summary.startsWith(QLatin1String("3 order(s) kept more than 18 months")),
             qPrintable(s.summary));
    QCOMPARE(s.evidence.first().count, 3);
    // A hold in force keeps its client's facts out of the finding, and the evidence names it;
    // an expired one does not.
    hold(QStringLiteral("kestrel"), QVariant());
    hold(QStringLiteral("osprey"), now() - kHour);
    s = state(id);
    QCOMPARE(s.status, control::Fail);
    QCOMPARE(s.evidence.first().count, 1);
    QCOMPARE(s.evidence.at(1).count, 1); // the holds in force
    QVERIFY2(s.evidence.last().label.contains(QLatin1String("on kestrel (set by olga, "
                                                            "open-ended)")),
             qPrintable(s.evidence.last().label));
    QCOMPARE(s.evidence.last().count, 2);
    hold(QStringLiteral("osprey"), now() + kDay);
    s = state(id);
    QCOMPARE(s.status, control::Pass);
    QVERIFY2(s.summary.contains(QLatin1String("kestrel (2), osprey (1)")), qPrintable(s.summary));
    // More than Amazon's 18 months is a warning: only a law may ask for it.
    Policy longer = m_store->policy();
    longer.nonPiiRetentionMonths = 24;
    m_store->setPolicy(longer);
    s = state(id);
    QCOMPARE(s.status, control::Warn);
    QVERIFY2(s.summary.contains(QLatin1String("more than Amazon's 18")), qPrintable(s.summary));
}

void TestControls::dispersedBackups()
{
    const QString id = QStringLiteral("DPP25-BK-01");
    const auto backup = [&](const QString &location, qint64 takenAt) {
        exec(QStringLiteral("INSERT INTO backups (taken_at, file_name, size_bytes, sha256, "
                            "location) VALUES (?, 'store.backup', 1, 'ab', ?)"),
             {takenAt, location});
    };
    ControlState s = state(id);
    QCOMPARE(s.status, control::Fail);
    QVERIFY2(s.summary.contains(QLatin1String("no backup")), qPrintable(s.summary));
    backup(QStringLiteral("office-safe"), now() - 2 * kDay);
    backup(QStringLiteral("Office-Safe"), now() - kDay); // the same place, spelt otherwise
    // A record dated ahead of the clock is not a recent backup somewhere else.
    backup(QStringLiteral("s3-eu-west-1"), now() + 30 * kDay);
    s = state(id);
    QCOMPARE(s.status, control::Fail);
    QVERIFY2(s.summary.contains(QLatin1String("only 1 location")), qPrintable(s.summary));
    backup(QStringLiteral("s3-eu-west-1"), now() - 3 * kDay);
    s = state(id);
    QCOMPARE(s.status, control::Pass);
    QCOMPARE(s.evidence.size(), 3);
    QCOMPARE(s.evidence.at(0).count, 4); // recorded
    QCOMPARE(s.evidence.at(1).count, 3); // within 7 days
    QCOMPARE(s.evidence.at(2).count, 2); // locations
    // Five days on, the off-site copy is eight days old: one location is left.
    m_clock.advanceSeconds(5 * kDay / 1000);
    s = state(id);
    QCOMPARE(s.status, control::Fail);
    QVERIFY2(s.summary.contains(QLatin1String("only 1 location")), qPrintable(s.summary));
    // The policy's backup_max_age_days decides what is recent.
    Policy longer = m_store->policy();
    longer.backupMaxAgeDays = 10;
    m_store->setPolicy(longer);
    QCOMPARE(state(id).status, control::Pass);
    m_clock.advanceSeconds(10 * kDay / 1000);
    s = state(id);
    QCOMPARE(s.status, control::Fail);
    QVERIFY2(s.summary.contains(QLatin1String("older than the policy's 10 days")),
             qPrintable(s.summary));
}

void TestControls::deviceRegisterRules()
{
    const Caller manager = person(QStringLiteral("mo"), QStringLiteral("manager"));
    const Caller ann = person(QStringLiteral("ann"), QStringLiteral("employee"));
    const Caller bob = person(QStringLiteral("bob"), QStringLiteral("employee"));
    Devices devices(*m_store);
    DeviceFields disk;
    disk.kind = QStringLiteral("external_disk");
    disk.label = QStringLiteral("Backup disk");
    disk.serial = QStringLiteral("WD-123");
    disk.holder = QStringLiteral("ann");
    disk.encrypted = true;
    disk.approvedUse = QStringLiteral("none");
    QCOMPARE(devices.create(ann, disk).error().code, ErrorCode::Forbidden);
    for (const auto &[field, bad] : {std::pair {&DeviceFields::kind, QStringLiteral("floppy")},
                                     std::pair {&DeviceFields::approvedUse, QStringLiteral("pii")},
                                     std::pair {&DeviceFields::holder, QStringLiteral("nobody")},
                                     std::pair {&DeviceFields::label, QStringLiteral("  ")}}) {
        DeviceFields wrong = disk;
        wrong.*field = bad;
        Result<Device> refused = devices.create(manager, wrong);
        QVERIFY(!refused.ok());
        QCOMPARE(refused.error().code, ErrorCode::InvalidInput);
    }
    DeviceFields missing = disk;
    missing.encrypted.reset();
    QVERIFY(devices.create(manager, missing).error().message.contains(QLatin1String("encrypted")));
    Result<Device> made = devices.create(manager, disk);
    QVERIFY(made.ok());
    QCOMPARE(made->holder, QStringLiteral("ann"));
    DeviceFields twin = disk;
    twin.label = QStringLiteral("BACKUP DISK");
    QCOMPARE(devices.create(manager, twin).error().code, ErrorCode::Conflict);
    // The holder sees it; another employee gets what a missing id gets.
    QVERIFY(devices.device(ann, made->id).ok());
    QCOMPARE(devices.device(bob, made->id).error().code, ErrorCode::NotFound);
    QCOMPARE(devices.device(bob, made->id).error().message,
             devices.device(bob, 999999).error().message);
    QCOMPARE(devices.list(bob, {}, 0, 100)->items.size(), 0);
    QCOMPARE(devices.list(manager, {}, 0, 100)->items.size(), 1);
    DeviceFilter unencrypted;
    unencrypted.encrypted = false;
    QCOMPARE(devices.list(manager, unencrypted, 0, 100)->items.size(), 0);
    DeviceFields retire;
    retire.status = QStringLiteral("retired");
    QCOMPARE(devices.update(ann, made->id, retire).error().code, ErrorCode::Forbidden);
    QCOMPARE(devices.update(manager, made->id, retire)->status, QStringLiteral("retired"));
    Result<Query> events = m_store->exec(QStringLiteral(
        "SELECT action, detail FROM audit_events WHERE object_type = 'device' ORDER BY seq"));
    QVERIFY(events.ok());
    QStringList trail;
    while (events->next())
        trail << events->value(0).toString() + QLatin1Char(' ') + events->value(1).toString();
    QCOMPARE(trail,
             (QStringList {QStringLiteral("device.create kind=external_disk label=Backup disk "
                                          "holder=ann encrypted=true approved_use=none"),
                           QStringLiteral("device.update status=retired")}));
}

void TestControls::manualControlsByAttestation()
{
    const QString id = QStringLiteral("MOAJ-NP-01");
    QCOMPARE(state(id).status, control::Manual);
    const qint64 adminId = addUser(QStringLiteral("ada"), QStringLiteral("admin"));
    Caller admin;
    admin.userId = adminId;
    admin.username = QStringLiteral("ada");
    admin.roles = {QStringLiteral("admin")};
    const QByteArray document = QByteArray(200 * 1024, 'f') + "firewall rules";
    Result<ControlAttestation> made = Controls(*m_store).attest(
        admin,
        {id, QStringLiteral("firewall rule sets of all three servers reviewed"),
         QStringLiteral("firewalls.pdf"), document});
    QVERIFY2(made.ok(), made.ok() ? "" : qPrintable(made.error().message));
    QCOMPARE(made->documentSha256, QString::fromLatin1(crypto::sha256(document).toHex()));
    ControlState s = state(id);
    QCOMPARE(s.status, control::Pass);
    QVERIFY(s.summary.contains(QLatin1String("ada")));
    // Stored sealed, not in the clear, and it opens to the same bytes.
    Result<Query> raw = m_store->exec(
        QStringLiteral("SELECT document FROM control_attestations WHERE id = ?"), {made->id});
    QVERIFY(raw.ok() && raw->next());
    QVERIFY(!raw->value(0).toByteArray().contains("firewall rules"));
    raw->finish();
    Result<QByteArray> opened = Controls(*m_store).attestationDocument(made->id);
    QVERIFY(opened.ok());
    QCOMPARE(*opened, document);
    m_clock.advanceSeconds(qint64(340) * 24 * 3600);
    QCOMPARE(state(id).status, control::Warn);
    m_clock.advanceSeconds(qint64(30) * 24 * 3600);
    QCOMPARE(state(id).status, control::Fail);
}

void TestControls::attestationRules()
{
    Caller officer;
    officer.userId = addUser(QStringLiteral("olga"), QStringLiteral("compliance_officer"));
    officer.username = QStringLiteral("olga");
    officer.roles = {QStringLiteral("compliance_officer")};
    const QString note = QStringLiteral("the firewall configuration was reviewed in full");
    Controls controls(*m_store);
    // Not the owner (MOAJ-NP-01 belongs to admin).
    Result<ControlAttestation> r = controls.attest(
        officer, {QStringLiteral("MOAJ-NP-01"), note, QStringLiteral("a.pdf"), "x"});
    QVERIFY(!r.ok());
    QCOMPARE(r.error().code, ErrorCode::Forbidden);
    // An observed control takes no attestation.
    r = controls.attest(officer,
                        {QStringLiteral("MOAJ-AM-05"), note, QStringLiteral("a.pdf"), "x"});
    QCOMPARE(r.error().code, ErrorCode::InvalidInput);
    r = controls.attest(
        officer,
        {QStringLiteral("MOAJ-GS-01"), QStringLiteral("ok"), QStringLiteral("a.pdf"), "x"});
    QCOMPARE(r.error().code, ErrorCode::InvalidInput);
    QVERIFY(r.error().message.contains(QLatin1String("note")));
    r = controls.attest(officer,
                        {QStringLiteral("MOAJ-GS-01"), note, QStringLiteral("../etc/passwd"), "x"});
    QCOMPARE(r.error().code, ErrorCode::InvalidInput);
    r = controls.attest(officer,
                        {QStringLiteral("MOAJ-GS-01"), note, QStringLiteral("big.pdf"),
                         QByteArray(Controls::kMaxDocumentBytes + 1, 'x')});
    QCOMPARE(r.error().code, ErrorCode::InvalidInput);
    QVERIFY(r.error().message.contains(QLatin1String("10 MiB")));
    r = controls.attest(officer,
                        {QStringLiteral("MOAJ-XX-99"), note, QStringLiteral("a.pdf"), "x"});
    QCOMPARE(r.error().code, ErrorCode::NotFound);
    // Nothing refused was stored.
    Result<Query> count
        = m_store->exec(QStringLiteral("SELECT COUNT(*) FROM control_attestations"));
    QVERIFY(count.ok() && count->next());
    QCOMPARE(count->value(0).toLongLong(), 0);
}

void TestControls::readsAreAudited()
{
    Caller exec;
    exec.userId = addUser(QStringLiteral("eve"), QStringLiteral("executive"));
    exec.username = QStringLiteral("eve");
    exec.roles = {QStringLiteral("executive")};
    Controls controls(*m_store);
    QVERIFY(controls.evaluate(exec, goodRuntime()).ok());
    QVERIFY(controls.history(exec, QStringLiteral("MOAJ-AM-03"), 30).ok());
    QVERIFY(controls.attestations(exec, QStringLiteral("MOAJ-GS-01")).ok());
    QCOMPARE(controls.history(exec, QStringLiteral("MOAJ-AM-03"), 0).error().code,
             ErrorCode::InvalidInput);
    Result<Query> q = m_store->exec(QStringLiteral("SELECT action, actor, detail FROM audit_events "
                                                   "WHERE action LIKE 'control.%' ORDER BY seq"));
    QVERIFY(q.ok());
    QStringList actions;
    while (q->next()) {
        actions << q->value(0).toString();
        QCOMPARE(q->value(1).toString(), QStringLiteral("eve"));
    }
    QCOMPARE(actions,
             (QStringList {QStringLiteral("control.list"), QStringLiteral("control.history"),
                           QStringLiteral("control.attestations")}));
}

void TestControls::dailyRecordNotifiesOnFail()
{
    const qint64 olga = addUser(QStringLiteral("olga"), QStringLiteral("compliance_officer"));
    // IR-01 needs a designated CTO and CEO (breachResponse shows it failing without).
    designate(QStringLiteral("cto"), olga);
    designate(QStringLiteral("ceo"), olga);
    // DPP25-IR-01 needs an IMPOC (incidentContactDesignatedAndQuick shows it failing without).
    designate(Designation::IncidentContact, olga);
    addUser(QStringLiteral("ada"), QStringLiteral("admin"));
    addUser(QStringLiteral("emp"), QStringLiteral("employee"));
    // DPP25-BK-01 needs recent backups in two places (dispersedBackups shows it failing without).
    for (const char *place : {"office-safe", "s3-eu-west-1"})
        exec(QStringLiteral("INSERT INTO backups (taken_at, file_name, size_bytes, sha256, "
                            "location) VALUES (?, 'store.backup', 1, 'ab', ?)"),
             {now() - kDay, QString::fromLatin1(place)});
    Controls controls(*m_store);
    // LP-01 (owner compliance_officer) fails on a store that never had an access review, and
    // DPP25-KM-01 (owner admin) on one whose master key is a file.
    Result<int> failed = controls.recordDaily(goodRuntime());
    QVERIFY2(failed.ok(), failed.ok() ? "" : qPrintable(failed.error().message));
    QCOMPARE(*failed, 2);
    auto notified = [&]() {
        QStringList who;
        Result<Query> q = m_store->exec(QStringLiteral(
            "SELECT u.username, n.threshold FROM notifications n JOIN users u ON u.id = n.user_id "
            "WHERE n.kind = 'control_fail' ORDER BY n.id"));
        while (q && q->next())
            who << q->value(0).toString() + QLatin1Char(':') + q->value(1).toString();
        return who;
    };
    const QStringList first {QStringLiteral("olga:MOAJ-LP-01"), QStringLiteral("olga:DPP25-KM-01"),
                             QStringLiteral("ada:DPP25-KM-01")};
    QCOMPARE(notified(), first);
    // Again the same day: one row per control and day, and no second notice.
    QCOMPARE(*controls.recordDaily(goodRuntime()), 0);
    Result<Query> rows = m_store->exec(QStringLiteral("SELECT COUNT(*) FROM control_status"));
    QVERIFY(rows.ok() && rows->next());
    QCOMPARE(rows->value(0).toLongLong(), controlCatalogue().size());
    rows->finish();
    // An admin-owned control turning to fail tells the admins and the officers.
    addUser(QStringLiteral("nofa"), QStringLiteral("employee"), false);
    QCOMPARE(*controls.recordDaily(goodRuntime()), 1);
    const QStringList then
        = first + QStringList {QStringLiteral("olga:MOAJ-AM-03"), QStringLiteral("ada:MOAJ-AM-03")};
    QCOMPARE(notified(), then);
    // The change is on the trail; first records are not changes.
    Result<Query> changes = m_store->exec(QStringLiteral(
        "SELECT object_id, detail FROM audit_events WHERE action = 'control.status' ORDER BY seq"));
    QVERIFY(changes.ok());
    QStringList changed;
    while (changes->next())
        changed << changes->value(0).toString() + QLatin1Char(' ') + changes->value(1).toString();
    QCOMPARE(changed, QStringList {QStringLiteral("MOAJ-AM-03 from=pass to=fail policy=v1")});
    // The store recorded the policy version it evaluated against.
    Result<Query> version
        = m_store->exec(QStringLiteral("SELECT version, sha256 FROM policy_versions"));
    QVERIFY(version.ok() && version->next());
    QCOMPARE(version->value(0).toString(), QStringLiteral("v1"));
    QCOMPARE(version->value(1).toString(),
             QString::fromLatin1(crypto::sha256(shippedPolicyText().toUtf8()).toHex()));
}

void TestControls::compliantSince()
{
    Caller officer = Caller::localOperator();
    Controls controls(*m_store);
    const QString id = QStringLiteral("MOAJ-AM-03");
    const qint64 nofa = addUser(QStringLiteral("nofa"), QStringLiteral("employee"), false);
    QVERIFY(controls.recordDaily(goodRuntime()).ok()); // day 1: fail
    m_clock.advanceSeconds(24 * 3600);
    exec(QStringLiteral("UPDATE users SET totp_enrolled_at = ? WHERE id = ?"), {now(), nofa});
    const QString day2 = m_clock.now().toUTC().date().toString(Qt::ISODate);
    for (int day = 0; day < 3; ++day) { // days 2 to 4: pass
        QVERIFY(controls.recordDaily(goodRuntime()).ok());
        m_clock.advanceSeconds(24 * 3600);
    }
    m_clock.advanceSeconds(-24 * 3600);
    Result<ControlHistory> history = controls.history(officer, id, 30);
    QVERIFY(history.ok());
    QCOMPARE(history->days.size(), 4);
    QCOMPARE(history->days.first().status, control::Fail);
    QCOMPARE(history->days.last().status, control::Pass);
    QCOMPARE(history->days.last().policyVersion, QStringLiteral("v1"));
    QVERIFY(history->compliantSince.has_value());
    QCOMPARE(*history->compliantSince, day2);
    // The window is the last `days` days.
    QCOMPARE(controls.history(officer, id, 2)->days.size(), 2);
    // A control failing today has no "compliant since".
    QVERIFY(!controls.history(officer, QStringLiteral("MOAJ-LP-01"), 30)->compliantSince);
}

void TestControls::changedPolicyTextNeedsNewVersion()
{
    Controls controls(*m_store);
    QVERIFY(controls.recordDaily(goodRuntime()).ok());
    exec(QStringLiteral("UPDATE policy_versions SET sha256 = 'other'"));
    Result<int> refused = controls.recordDaily(goodRuntime());
    QVERIFY(!refused.ok());
    QCOMPARE(refused.error().code, ErrorCode::Conflict);
    QVERIFY(refused.error().message.contains(QLatin1String("new version")));
}

namespace {

QList<evidence::ZipEntry> entriesOf(const QByteArray &zip)
{
    Result<QList<evidence::ZipEntry>> entries = evidence::readZip(zip, 1 << 30);
    if (!entries) {
        qWarning() << entries.error().message;
        return {};
    }
    return *entries;
}

// The pack with each entry's bytes changed by change(name, bytes), re-zipped the way an
// attacker would (fresh checksums): only the manifest and its signature can catch it.
QByteArray rezipped(const QByteArray &zip,
                    const std::function<void(const QString &, QByteArray &)> &change)
{
    QList<evidence::ZipEntry> entries = entriesOf(zip);
    for (evidence::ZipEntry &e : entries)
        change(e.name, e.bytes);
    Result<QByteArray> written = evidence::writeZip(entries);
    return written ? *written : QByteArray();
}

QByteArray entry(const QByteArray &zip, const QString &name)
{
    for (const evidence::ZipEntry &e : entriesOf(zip)) {
        if (e.name == name)
            return e.bytes;
    }
    return {};
}

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

} // namespace

void TestControls::evidencePeriodRules()
{
    Result<evidence::Period> ok
        = evidence::parsePeriod(QStringLiteral("2026-09-01"), QStringLiteral("2026-11-30"));
    QVERIFY(ok.ok());
    QCOMPARE(ok->days(), 91);
    QCOMPARE(ok->endMs() - ok->startMs(), 91 * kDay);
    QVERIFY(evidence::parsePeriod(QStringLiteral("2026-09-01"), QStringLiteral("2026-09-01")).ok());
    const struct
    {
        const char *from;
        const char *to;
        const char *names;
    } bad[] = {
        {"", "2026-09-01", "from is missing"},
        {"2026-9-1", "2026-09-30", "from must be"},
        {"2026-02-30", "2026-03-30", "from must be"},
        {"2026-09-01", "yesterday", "to must be"},
        {"2026-09-02", "2026-09-01", "is after to"},
        {"2025-01-01", "2026-02-05", "at most 400 days"},
    };
    for (const auto &b : bad) {
        Result<evidence::Period> refused
            = evidence::parsePeriod(QLatin1String(b.from), QLatin1String(b.to));
        QVERIFY2(!refused.ok(), b.from);
        QCOMPARE(refused.error().code, ErrorCode::InvalidInput);
        QVERIFY2(refused.error().message.contains(QLatin1String(b.names)),
                 qPrintable(refused.error().message));
    }
    QVERIFY(evidence::parsePeriod(QStringLiteral("2025-01-01"), QStringLiteral("2026-02-04")).ok());
}

evidence::Pack TestControls::seededPack()
{
    addUser(QStringLiteral("nofa"), QStringLiteral("employee"), false);
    const Caller ada = person(QStringLiteral("ada"), QStringLiteral("admin"));
    const qint64 worker = addUser(QStringLiteral("wendy"), QStringLiteral("employee"));
    addGrant(worker, now() - kHour, now() + kDay);
    addAlert(QStringLiteral("concurrent_addresses"), now() - kHour, false);
    // Wendy is the IMPOC, told of a breach and acknowledging it 90 minutes later.
    designate(Designation::IncidentContact, worker);
    const qint64 breach = exec(
        QStringLiteral("INSERT INTO incidents (title, description, severity, category, status, "
                       "detected_at, reported_at, reporter, involves_amazon_data) VALUES ('t', "
                       "'d', 1, 'breach', 'reported', ?, ?, 'x', 1) RETURNING id"),
        {now(), now()});
    exec(QStringLiteral("INSERT INTO incident_executives (incident_id, user_id, notified_at, "
                        "acknowledged_at, designation) VALUES (?, ?, ?, ?, 'incident_contact')"),
         {breach, worker, now(), now() + 90 * kMinute});
    Result<ControlAttestation> attested = Controls(*m_store).attest(
        ada,
        {QStringLiteral("MOAJ-NP-01"), QStringLiteral("firewall rule sets reviewed"),
         QStringLiteral("firewalls.pdf"), QByteArray("firewall rules")});
    if (!attested)
        qWarning() << attested.error().message;
    exec(QStringLiteral("INSERT INTO backups (taken_at, file_name, size_bytes, sha256, location) "
                        "VALUES (?, 'store-1.backup', 4096, 'aa11', 'office-safe')"),
         {now()});
    Vulnerabilities findings(*m_store);
    Result<Vulnerability> found = findings.create(
        ada,
        {QStringLiteral("manual"), QStringLiteral("CVE-2025-0042"), QStringLiteral("high"),
         std::nullopt, QStringLiteral("web server"), QStringLiteral("finding"), now() - kDay});
    if (!found
        || !findings
                .resolve(ada, found->id,
                         {QStringLiteral("patched"), QStringLiteral("apt.log"),
                          QByteArrayLiteral("upgraded")})
                .ok())
        qWarning() << "the finding could not be recorded and resolved";
    const QDate first = m_clock.now().toUTC().date();
    for (int day = 0; day < 7; ++day) {
        if (Result<int> recorded = Controls(*m_store).recordDaily(goodRuntime()); !recorded)
            qWarning() << recorded.error().message;
        m_clock.advanceSeconds(24 * 3600);
    }
    // After the period: not in its records.
    exec(QStringLiteral("INSERT INTO backups (taken_at, file_name, size_bytes, sha256, location) "
                        "VALUES (?, 'store-late.backup', 4096, 'bb22', 'office-safe')"),
         {now() + kHour});
    const evidence::Period period {first, first.addDays(6)};
    Result<evidence::Pack> pack
        = evidence::build(*m_store, Caller::localOperator(), period, goodRuntime());
    if (!pack) {
        qWarning() << pack.error().message;
        return {};
    }
    if (Result<void> recorded
        = evidence::recordExport(*m_store, Caller::localOperator(), period, *pack);
        !recorded)
        qWarning() << recorded.error().message;
    return *pack;
}

void TestControls::evidencePackBuildsAndVerifies()
{
    const evidence::Pack pack = seededPack();
    QVERIFY(!pack.zip.isEmpty());
    Result<QByteArray> publicKey = audit::signingPublicKey(*m_store);
    QVERIFY(publicKey.ok());
    QCOMPARE(pack.keyId, crypto::keyFingerprint(*publicKey));
    QCOMPARE(pack.sha256, QString::fromLatin1(crypto::sha256(pack.zip).toHex()));
    QVERIFY(pack.reportPages >= 4);

    const evidence::Check check = evidence::verify(pack.zip, pack.keyId);
    QVERIFY2(check.valid, qPrintable(check.problem));
    QCOMPARE(check.keyId, pack.keyId);
    QCOMPARE(check.files, pack.files);
    QCOMPARE(check.manifest.value(QStringLiteral("period")).toObject().value(QStringLiteral("to")),
             QJsonValue(m_clock.now().toUTC().date().addDays(-1).toString(Qt::ISODate)));

    QVERIFY(entry(pack.zip, QStringLiteral("report.pdf")).startsWith("%PDF-"));
    // The report's words come out of the PDF whole: a shaped "fi" or "ti" ligature would
    // leave "confidentiality" unreadable to pdftotext and screen readers.
    const QString reportText = pdfText(entry(pack.zip, QStringLiteral("report.pdf")));
    if (reportText.isEmpty())
        qWarning("pdftotext is not installed: the report's text is not checked");
    else
        QVERIFY2(reportText.contains(QStringLiteral("confidentiality")),
                 qPrintable(reportText.left(400)));
    const QByteArray history
        = entry(pack.zip, QStringLiteral("records/control-status-history.csv"));
    QVERIFY(history.startsWith("control_id,day,status,summary,policy_version,evaluated_at\r\n"));
    QCOMPARE(history.count("\r\n"), 1 + 7 * int(controlCatalogue().size()));
    QVERIFY(entry(pack.zip, QStringLiteral("records/control-attestations.csv"))
                .contains("firewall rule sets reviewed"));
    QVERIFY(entry(pack.zip, QStringLiteral("records/control-attestations.csv"))
                .contains(crypto::sha256("firewall rules").toHex()));
    QVERIFY(entry(pack.zip, QStringLiteral("records/grants.csv")).contains("wendy"));
    // Every finding with its due time, resolution and evidence's SHA-256; every backup of the
    // period with its SHA-256 and location.
    const QByteArray findings = entry(pack.zip, QStringLiteral("records/vulnerabilities.csv"));
    QVERIFY2(findings.startsWith("id,source,identifier,severity,asset,component,title,"
                                 "discovered_at,due_at,status,resolved_at,resolved_by,"
                                 "resolved_in_time,evidence_name,evidence_sha256\r\n"),
             findings.constData());
    QCOMPARE(findings.count("\r\n"), 2);
    QVERIFY2(findings.contains(",CVE-2025-0042,high,,web server,finding,"), findings.constData());
    QVERIFY2(findings.contains(",resolved,"), findings.constData());
    const QByteArray resolvedRow
        = QByteArray(",ada,yes,apt.log,") + crypto::sha256("upgraded").toHex() + "\r\n";
    QVERIFY2(findings.contains(resolvedRow), findings.constData());
    const QByteArray backups = entry(pack.zip, QStringLiteral("records/backups.csv"));
    QVERIFY2(backups.startsWith("id,taken_at,file_name,size_bytes,sha256,location\r\n"),
             backups.constData());
    QVERIFY2(backups.contains(",store-1.backup,4096,aa11,office-safe\r\n"), backups.constData());
    QVERIFY(!backups.contains("store-late.backup"));
    QVERIFY(entry(pack.zip, QStringLiteral("records/subcontractors.csv"))
                .startsWith("id,name,contact,data_categories,status,last_assessed_at,"));
    QVERIFY(entry(pack.zip, QStringLiteral("records/api-credentials.csv"))
                .startsWith("id,name,owner,location,purpose,rotation_days,"));
    QVERIFY(
        entry(pack.zip, QStringLiteral("records/users.csv")).contains("nofa,,employee,active,no"));
    // DPP25-IR-01's records: who the IMPOC is, and how long each notice waited.
    const QByteArray designations = entry(pack.zip, QStringLiteral("records/designations.csv"));
    QVERIFY2(designations.startsWith("designation,username,status,two_factor_enrolled,"
                                     "designated_at\r\nincident_contact,wendy,active,yes,"),
             designations.constData());
    const QByteArray notices = entry(pack.zip, QStringLiteral("records/breach-notices.csv"));
    QVERIFY2(notices.contains(",wendy,incident_contact,") && notices.contains(",90\r\n"),
             notices.constData());
    // People by username only: no e-mail address in any file.
    for (const evidence::ZipEntry &e : entriesOf(pack.zip))
        QVERIFY2(!e.bytes.contains("@moaj.example"), qPrintable(e.name));
    // The embedded audit export is the signed export of the period, checkable on its own.
    const audit::ExportCheck exported
        = audit::verifyExport(entry(pack.zip, QStringLiteral("audit-export.jsonl")), *publicKey);
    QVERIFY2(exported.valid, qPrintable(exported.problem));
    QVERIFY(exported.count > 0);

    // Audited, with the pack's SHA-256.
    Result<Page<AuditEvent>> events = audit::list(
        *m_store, AuditFilter {{}, QStringLiteral("evidence.export"), {}, {}, {}, {}, {}, false}, 0,
        10);
    QVERIFY(events.ok());
    QCOMPARE(events->items.size(), 1);
    QCOMPARE(events->items.first().actor, QStringLiteral("compliancectl"));
    QVERIFY(events->items.first().detail.contains(QStringLiteral("sha256=") + pack.sha256));
}

void TestControls::evidencePackCatchesAChangedByte_data()
{
    QTest::addColumn<QString>("file");
    QTest::newRow("pdf") << QStringLiteral("report.pdf");
    QTest::newRow("csv") << QStringLiteral("records/grants.csv");
    QTest::newRow("audit export") << QStringLiteral("audit-export.jsonl");
    QTest::newRow("manifest") << QStringLiteral("manifest.json");
    QTest::newRow("signature") << QStringLiteral("manifest.sig");
    QTest::newRow("public key") << QStringLiteral("signing-key.pub");
}

void TestControls::evidencePackCatchesAChangedByte()
{
    QFETCH(QString, file);
    const evidence::Pack pack = seededPack();
    QVERIFY(evidence::verify(pack.zip).valid);
    const QByteArray changed = rezipped(pack.zip, [&](const QString &name, QByteArray &bytes) {
        if (name == file)
            bytes[bytes.size() / 2] = char(bytes.at(bytes.size() / 2) ^ 0x01);
    });
    QVERIFY(!changed.isEmpty());
    const evidence::Check check = evidence::verify(changed);
    QVERIFY(!check.valid);
    QVERIFY2(check.problem.contains(file), qPrintable(check.problem));
}

void TestControls::evidencePackRefusesAddedAndMissingFiles()
{
    const evidence::Pack pack = seededPack();
    QList<evidence::ZipEntry> entries = entriesOf(pack.zip);
    entries.append({QStringLiteral("records/extra.csv"), QByteArray("a,b\r\n")});
    evidence::Check check = evidence::verify(*evidence::writeZip(entries));
    QVERIFY(!check.valid);
    QVERIFY2(check.problem.startsWith(QLatin1String("records/extra.csv: in the pack but not in "
                                                    "the manifest")),
             qPrintable(check.problem));

    for (const QString &gone : {QStringLiteral("records/users.csv"), QStringLiteral("manifest.sig"),
                                QStringLiteral("report.pdf")}) {
        entries = entriesOf(pack.zip);
        entries.removeIf([&](const evidence::ZipEntry &e) { return e.name == gone; });
        check = evidence::verify(*evidence::writeZip(entries));
        QVERIFY(!check.valid);
        QVERIFY2(check.problem.startsWith(gone + QLatin1String(": ")), qPrintable(check.problem));
        QVERIFY2(check.problem.contains(QLatin1String("missing")), qPrintable(check.problem));
    }

    // Raw bytes of a stored entry changed in the ZIP (not re-zipped): its checksum fails and
    // the error names the entry.
    QByteArray raw = pack.zip;
    // Halfway between the entry's local header and the next one: inside its data.
    const qsizetype header = raw.indexOf("records/users.csv");
    const qsizetype at = (header + raw.indexOf("PK\x03\x04", header)) / 2;
    raw[at] = char(raw.at(at) ^ 0x20);
    check = evidence::verify(raw);
    QVERIFY(!check.valid);
    QVERIFY2(check.problem.contains(QLatin1String("records/users.csv")), qPrintable(check.problem));
    QVERIFY(!evidence::verify(QByteArray("not a zip")).valid);
}

void TestControls::evidencePackPinsTheSigningKey()
{
    const evidence::Pack pack = seededPack();
    const QString otherId = QStringLiteral("00112233445566778899aabbccddeeff");
    evidence::Check check = evidence::verify(pack.zip, otherId);
    QVERIFY(!check.valid);
    QVERIFY2(check.problem.contains(otherId) && check.problem.contains(pack.keyId),
             qPrintable(check.problem));

    // Someone who changes a file and signs the manifest again with a key of their own makes a
    // pack that checks out alone, and is refused as soon as the store's key id is expected.
    const QByteArray seed(crypto::kEd25519SeedBytes, '\x42');
    const QByteArray theirs = *crypto::ed25519PublicKey(seed);
    QByteArray csv = entry(pack.zip, QStringLiteral("records/users.csv"));
    csv.replace("nofa", "nofb");
    QJsonObject manifest
        = QJsonDocument::fromJson(entry(pack.zip, QStringLiteral("manifest.json"))).object();
    QJsonArray files = manifest.value(QStringLiteral("files")).toArray();
    for (QJsonValueRef f : files) {
        QJsonObject o = f.toObject();
        if (o.value(QStringLiteral("name")) == QLatin1String("records/users.csv"))
            o.insert(QStringLiteral("sha256"), QString::fromLatin1(crypto::sha256(csv).toHex()));
        f = o;
    }
    manifest.insert(QStringLiteral("files"), files);
    manifest.insert(QStringLiteral("key_id"), crypto::keyFingerprint(theirs));
    manifest.insert(QStringLiteral("public_key"), QString::fromLatin1(theirs.toBase64()));
    const QByteArray forgedManifest = QJsonDocument(manifest).toJson();
    const QByteArray forged = rezipped(pack.zip, [&](const QString &name, QByteArray &bytes) {
        if (name == QLatin1String("records/users.csv"))
            bytes = csv;
        else if (name == QLatin1String("manifest.json"))
            bytes = forgedManifest;
        else if (name == QLatin1String("manifest.sig"))
            bytes = *crypto::ed25519Sign(seed, forgedManifest);
        else if (name == QLatin1String("signing-key.pub"))
            bytes = evidence::publicKeyPem(theirs);
    });
    // The audit export inside is still signed by the store's key: caught even unpinned.
    check = evidence::verify(forged);
    QVERIFY(!check.valid);
    QVERIFY2(check.problem.startsWith(QLatin1String("audit-export.jsonl: ")),
             qPrintable(check.problem));
    check = evidence::verify(forged, pack.keyId);
    QVERIFY(!check.valid);
    QVERIFY2(check.problem.contains(QLatin1String("not by the expected key")),
             qPrintable(check.problem));
}

// DPP25-IR-01: fails without an IMPOC who can be reached (active, enrolled in 2FA); warns
// without a reachable deputy, or when a notice of the look-back period to either was
// acknowledged after impoc_acknowledge_hours or still waits past them; passes otherwise. The
// evidence names the people and each notice's acknowledgement time.
void TestControls::incidentContactDesignatedAndQuick()
{
    const QString id = QStringLiteral("DPP25-IR-01");
    const auto evidenceText = [](const ControlState &s) {
        QStringList labels;
        for (const ControlEvidence &e : s.evidence)
            labels << e.label;
        return labels.join(QLatin1Char('\n'));
    };
    ControlState nobody = state(id);
    QCOMPARE(nobody.status, control::Fail);
    QVERIFY2(nobody.summary.contains(QLatin1String("no Incident Management Point of Contact")),
             qPrintable(nobody.summary));
    QVERIFY(evidenceText(nobody).contains(QLatin1String("IMPOC: nobody designated")));

    // A holder who cannot sign in to acknowledge is no point of contact.
    const qint64 olga
        = addUser(QStringLiteral("olga"), QStringLiteral("compliance_officer"), false);
    designate(Designation::IncidentContact, olga);
    ControlState unenrolled = state(id);
    QCOMPARE(unenrolled.status, control::Fail);
    QVERIFY2(unenrolled.summary.contains(QLatin1String("olga cannot be reached")),
             qPrintable(unenrolled.summary));
    exec(QStringLiteral("UPDATE users SET totp_enrolled_at = ?, status = 'suspended' WHERE id = ?"),
         {now(), olga});
    QCOMPARE(state(id).status, control::Fail);
    exec(QStringLiteral("UPDATE users SET status = 'active' WHERE id = ?"), {olga});

    // An IMPOC and no deputy: a warning that says so.
    ControlState noDeputy = state(id);
    QCOMPARE(noDeputy.status, control::Warn);
    QVERIFY2(noDeputy.summary.contains(QLatin1String("no deputy")), qPrintable(noDeputy.summary));
    QVERIFY2(evidenceText(noDeputy).contains(QLatin1String("IMPOC: olga, account active, 2FA "
                                                           "enrolled")),
             qPrintable(evidenceText(noDeputy)));
    const qint64 piet = addUser(QStringLiteral("piet"), QStringLiteral("executive"));
    designate(Designation::IncidentContactDeputy, piet);
    ControlState both = state(id);
    QCOMPARE(both.status, control::Pass);
    QVERIFY2(both.summary.contains(QLatin1String("olga is the Incident Management Point of "
                                                 "Contact, piet the deputy")),
             qPrintable(both.summary));

    // Notices: in time passes; late (or waiting past the limit) warns, named in the evidence.
    const int limit = m_store->policy().impocAcknowledgeHours;
    QCOMPARE(limit, 4);
    auto notice = [&](qint64 user, const QString &designation, qint64 notified,
                      const QVariant &acknowledged) {
        const qint64 incident = exec(
            QStringLiteral("INSERT INTO incidents (title, description, severity, category, status, "
                           "detected_at, reported_at, reporter, involves_amazon_data) VALUES "
                           "('t', 'd', 1, 'breach', 'reported', ?, ?, 'x', 1) RETURNING id"),
            {notified, notified});
        exec(QStringLiteral("INSERT INTO incident_executives (incident_id, user_id, notified_at, "
                            "acknowledged_at, designation) VALUES (?, ?, ?, ?, ?)"),
             {incident, user, notified, acknowledged, designation});
        return incident;
    };
    const qint64 inTime = notice(olga, Designation::IncidentContact, now() - 2 * kDay,
                                 now() - 2 * kDay + (limit - 1) * kHour);
    QCOMPARE(state(id).status, control::Pass);
    // A CTO's slow acknowledgement is MOAJ-IR-01's business, not the IMPOC's.
    notice(piet, Designation::Cto, now() - kDay, now() - kDay + 10 * kHour);
    QCOMPARE(state(id).status, control::Pass);
    const qint64 slow = notice(piet, Designation::IncidentContactDeputy, now() - kDay,
                               now() - kDay + (limit + 2) * kHour);
    ControlState late = state(id);
    QCOMPARE(late.status, control::Warn);
    QVERIFY2(late.summary.contains(QLatin1String("1 breach notice(s) to the IMPOC or deputy")),
             qPrintable(late.summary));
    const QString evidence = evidenceText(late);
    QVERIFY2(evidence.contains(
                 QStringLiteral("Incident %1 to piet (incident_contact_deputy)").arg(slow)),
             qPrintable(evidence));
    QVERIFY2(evidence.contains(QStringLiteral("after %1 h (late)").arg(limit + 2)),
             qPrintable(evidence));
    QVERIFY2(evidence.contains(QStringLiteral("Incident %1 to olga").arg(inTime)),
             qPrintable(evidence));
    // Out of the look-back period, the late notice no longer counts.
    m_clock.advanceSeconds(qint64(m_store->policy().controlLookbackDays) * 24 * 3600);
    QCOMPARE(state(id).status, control::Pass);
    // One still waiting: within the limit it passes, past it it warns.
    notice(olga, Designation::IncidentContact, now() - kHour,
           QVariant(QMetaType::fromType<qint64>()));
    QCOMPARE(state(id).status, control::Pass);
    m_clock.advanceSeconds(qint64(limit) * 3600);
    ControlState waiting = state(id);
    QCOMPARE(waiting.status, control::Warn);
    QVERIFY2(evidenceText(waiting).contains(QLatin1String("not acknowledged for")),
             qPrintable(evidenceText(waiting)));
    // Offboarding the IMPOC fails it again (the designation went with them).
    exec(QStringLiteral("UPDATE users SET status = 'offboarded' WHERE id = ?"), {olga});
    QCOMPARE(state(id).status, control::Fail);
}

// DPP25-VM-01: passes with nothing open past due, warns when a critical or high finding falls
// due within vulnerability_warn_hours or a medium one is late, fails when a critical or high
// one is late; resolving them passes it again.
void TestControls::vulnerabilitiesResolvedInTime()
{
    const QString id = QStringLiteral("DPP25-VM-01");
    const Caller officer = person(QStringLiteral("vo"), QStringLiteral("compliance_officer"));
    Vulnerabilities findings(*m_store);
    const qint64 day = 24LL * 60 * 60 * 1000;
    const auto found = [&](const QString &cve, const QString &severity, qint64 daysAgo) {
        Result<Vulnerability> v = findings.create(
            officer,
            {QStringLiteral("manual"), cve, severity, std::nullopt, QStringLiteral("web server"),
             QStringLiteral("finding"), now() - daysAgo * day});
        return v ? v->id : 0;
    };
    QCOMPARE(state(id).status, control::Pass);
    const qint64 medium = found(QStringLiteral("CVE-2025-0003"), QStringLiteral("medium"), 91);
    QVERIFY(medium > 0);
    QCOMPARE(state(id).status, control::Warn);
    const qint64 critical = found(QStringLiteral("CVE-2025-0001"), QStringLiteral("critical"), 6);
    QVERIFY(critical > 0);
    ControlState s = state(id);
    QCOMPARE(s.status, control::Warn);
    QVERIFY2(s.summary.contains(QLatin1String("due within 48 hours")), qPrintable(s.summary));
    const qint64 high = found(QStringLiteral("CVE-2025-0002"), QStringLiteral("high"), 31);
    QVERIFY(high > 0);
    s = state(id);
    QCOMPARE(s.status, control::Fail);
    bool linked = false;
    for (const ControlEvidence &e : std::as_const(s.evidence))
        linked |= e.objectType == QLatin1String("vulnerability")
            && e.filter == QLatin1String("status=open&overdue=true") && e.count == 1;
    QVERIFY(linked);
    for (const qint64 v : {medium, critical, high})
        QVERIFY(findings
                    .resolve(officer, v,
                             {QStringLiteral("patched"), QStringLiteral("apt.log"),
                              QByteArrayLiteral("upgraded")})
                    .ok());
    QCOMPARE(state(id).status, control::Pass);
}

// DPP25-TP-01: an active subcontractor receiving Amazon data fails until assessed, passes
// once approved, warns within subcontractor_reminder_days of the next due date, fails when
// the year has passed or the outcome was a rejection; one that receives no data, or has
// ended, is not judged. Each one receiving data is an evidence row.
void TestControls::subcontractorsAssessedYearly()
{
    const QString id = QStringLiteral("DPP25-TP-01");
    const Caller officer = person(QStringLiteral("so"), QStringLiteral("compliance_officer"));
    Subcontractors register_(*m_store);
    QCOMPARE(state(id).status, control::Pass);
    Result<Subcontractor> made
        = register_.create(officer,
                           {QStringLiteral("Parcel Labels Ltd"),
                            QStringLiteral("dpo@labels.example"),
                            {QStringLiteral("shipping_address"), QStringLiteral("order_facts")}});
    QVERIFY2(made.ok(), made.ok() ? "" : qPrintable(made.error().message));
    QCOMPARE(made->dataCategories,
             QStringList({QStringLiteral("order_facts"), QStringLiteral("shipping_address")}));
    QVERIFY(
        register_
            .create(
                officer,
                {QStringLiteral("Office Cleaning"), QStringLiteral("facilities@clean.example"), {}})
            .ok());
    ControlState s = state(id);
    QCOMPARE(s.status, control::Fail);
    QVERIFY2(s.summary.contains(QLatin1String("never assessed")), qPrintable(s.summary));
    QCOMPARE(s.evidence.size(), 1); // the cleaners receive no Amazon data
    QVERIFY(s.evidence.first().label.startsWith(QLatin1String("Parcel Labels Ltd")));
    QCOMPARE(s.evidence.first().objectType, QStringLiteral("subcontractor"));

    const auto assess = [&](const QString &outcome, qint64 at) {
        return register_.assess(officer, made->id,
                                {at, outcome, QStringLiteral("Olga Officer"),
                                 QStringLiteral("ISO 27001 certificate checked"),
                                 QStringLiteral("assessment.pdf"), QByteArrayLiteral("%PDF-1.7")});
    };
    Result<Subcontractor> assessed = assess(QStringLiteral("approved"), now() - 300 * kDay);
    QVERIFY2(assessed.ok(), assessed.ok() ? "" : qPrintable(assessed.error().message));
    QCOMPARE(assessed->lastAssessment->documentSha256,
             QString::fromLatin1(crypto::sha256("%PDF-1.7").toHex()));
    QCOMPARE(QDateTime::fromMSecsSinceEpoch(assessed->assessmentDueAt, QTimeZone::utc()),
             QDateTime::fromMSecsSinceEpoch(now() - 300 * kDay, QTimeZone::utc()).addMonths(12));
    QCOMPARE(state(id).status, control::Pass);
    // An earlier date than the last assessment is refused: the register keeps them in order.
    QCOMPARE(assess(QStringLiteral("approved"), now() - 400 * kDay).error().code,
             ErrorCode::InvalidInput);
    m_clock.advanceSeconds(50 * 24 * 3600); // 15 days before the year is up
    s = state(id);
    QCOMPARE(s.status, control::Warn);
    QVERIFY2(s.summary.contains(QLatin1String("due within 30 days")), qPrintable(s.summary));
    m_clock.advanceSeconds(20 * 24 * 3600);
    s = state(id);
    QCOMPARE(s.status, control::Fail);
    QVERIFY2(s.summary.contains(QLatin1String("within 12 months")), qPrintable(s.summary));
    QVERIFY(assess(QStringLiteral("rejected"), now()).ok());
    s = state(id);
    QCOMPARE(s.status, control::Fail);
    QVERIFY2(s.summary.contains(QLatin1String("rejected")), qPrintable(s.summary));
    QVERIFY(register_.end(officer, made->id, QStringLiteral("contract terminated")).ok());
    QCOMPARE(state(id).status, control::Pass);
    // Ended: nothing more is recorded against it.
    QCOMPARE(assess(QStringLiteral("approved"), now()).error().code, ErrorCode::Conflict);
    // Audited, the document by its SHA-256.
    Result<Page<AuditEvent>> events = audit::list(*m_store, {}, 0, 500);
    QVERIFY(events.ok());
    QStringList actions;
    for (const AuditEvent &e : std::as_const(events->items)) {
        if (e.objectType == QLatin1String("subcontractor"))
            actions << e.action;
    }
    QCOMPARE(actions.count(QStringLiteral("subcontractor.create")), 2);
    QCOMPARE(actions.count(QStringLiteral("subcontractor.assess")), 2);
    QCOMPARE(actions.count(QStringLiteral("subcontractor.end")), 1);
}

// DPP25-KM-02: an active credential passes within its interval, warns within
// api_credential_reminder_days, fails past it or when its owner is offboarded; a rotation
// and a retirement each pass it again. A longer interval than the policy's is refused.
void TestControls::credentialsRotatedWithAnOwner()
{
    const QString id = QStringLiteral("DPP25-KM-02");
    const Caller admin = person(QStringLiteral("ka"), QStringLiteral("admin"));
    const Caller owner = person(QStringLiteral("kowner"), QStringLiteral("employee"));
    ApiCredentials register_(*m_store);
    QCOMPARE(state(id).status, control::Pass);
    NewApiCredential lwa {QStringLiteral("SP-API LWA client"),
                          owner.username,
                          QStringLiteral("Vault: secret/sp-api/lwa"),
                          QStringLiteral("order sync for all clients"),
                          std::nullopt,
                          now() - 80 * kDay};
    Result<ApiCredential> made = register_.create(admin, lwa);
    QVERIFY2(made.ok(), made.ok() ? "" : qPrintable(made.error().message));
    QCOMPARE(made->rotationDays, 90);
    QCOMPARE(made->rotationDueAt, now() + 10 * kDay);
    ControlState s = state(id);
    QCOMPARE(s.status, control::Warn);
    QCOMPARE(s.evidence.size(), 1);
    QVERIFY(s.evidence.first().label.contains(QLatin1String("owner kowner")));
    NewApiCredential longer = lwa;
    longer.name = QStringLiteral("other");
    longer.rotationDays = 181;
    QCOMPARE(register_.create(admin, longer).error().code, ErrorCode::InvalidInput);
    m_clock.advanceSeconds(11 * 24 * 3600);
    s = state(id);
    QCOMPARE(s.status, control::Fail);
    QVERIFY2(s.summary.contains(QLatin1String("past their rotation due date")),
             qPrintable(s.summary));
    Result<ApiCredential> rotated
        = register_.rotate(admin, made->id, {std::nullopt, QStringLiteral("new secret issued")});
    QVERIFY2(rotated.ok(), rotated.ok() ? "" : qPrintable(rotated.error().message));
    QCOMPARE(rotated->rotationDueAt, now() + 90 * kDay);
    QCOMPARE(state(id).status, control::Pass);
    exec(QStringLiteral("UPDATE users SET status = 'offboarded' WHERE id = ?"), {owner.userId});
    s = state(id);
    QCOMPARE(s.status, control::Fail);
    QVERIFY2(s.summary.contains(QLatin1String("no longer active")), qPrintable(s.summary));
    QVERIFY(register_.retire(admin, made->id, QStringLiteral("client left")).ok());
    QCOMPARE(state(id).status, control::Pass);
    QCOMPARE(register_.rotate(admin, made->id, {std::nullopt, QString()}).error().code,
             ErrorCode::Conflict);
    // Only holders of thirdparties:manage keep the register.
    QCOMPARE(register_.list(owner, {}, 0, 10).error().code, ErrorCode::Forbidden);
}

// Reminders before the due date and escalation after it, once each per due date: a
// subcontractor's assessment to the officers, a credential's rotation to its owner too.
void TestControls::thirdPartyRemindersThenEscalation()
{
    const Caller officer = person(QStringLiteral("ro"), QStringLiteral("compliance_officer"));
    const Caller owner = person(QStringLiteral("rowner"), QStringLiteral("employee"));
    const Caller bystander = person(QStringLiteral("rby"), QStringLiteral("employee"));
    Result<Subcontractor> sub
        = Subcontractors(*m_store).create(officer,
                                          {QStringLiteral("Helpdesk SaaS"),
                                           QStringLiteral("security@help.example"),
                                           {QStringLiteral("buyer_pii")}});
    QVERIFY(sub.ok());
    QVERIFY(Subcontractors(*m_store)
                .assess(officer, sub->id,
                        {now() - 340 * kDay, QStringLiteral("approved_with_conditions"),
                         QStringLiteral("external auditor"), QString(),
                         QStringLiteral("report.pdf"), QByteArrayLiteral("report")})
                .ok());
    Result<ApiCredential> key
        = ApiCredentials(*m_store).create(officer,
                                          {QStringLiteral("AWS IAM sp-api-role"), owner.username,
                                           QStringLiteral("AWS Secrets Manager: prod/sp-api"),
                                           QStringLiteral("SP-API"), 30, now() - 20 * kDay});
    QVERIFY(key.ok());
    const auto told = [&](qint64 user, const char *kind) {
        Result<std::optional<QVariant>> n = rows::single(m_store->exec(
            QStringLiteral("SELECT COUNT(*) FROM notifications WHERE user_id = ? AND kind = ?"),
            {user, QLatin1String(kind)}));
        return n.ok() && *n ? (*n)->toInt() : -1;
    };
    QVERIFY(Reminders(*m_store).sendDue().ok());
    QCOMPARE(told(officer.userId, "subcontractor_assessment_due"), 1);
    QCOMPARE(told(officer.userId, "api_credential_rotation_due"), 1);
    QCOMPARE(told(owner.userId, "api_credential_rotation_due"), 1);
    QCOMPARE(told(owner.userId, "subcontractor_assessment_due"), 0);
    QCOMPARE(told(bystander.userId, "api_credential_rotation_due"), 0);
    // Once: a second run sends nothing again.
    QVERIFY(Reminders(*m_store).sendDue().ok());
    QCOMPARE(told(officer.userId, "subcontractor_assessment_due"), 1);
    QCOMPARE(told(owner.userId, "api_credential_rotation_due"), 1);
    m_clock.advanceSeconds(40 * 24 * 3600);
    QVERIFY(Reminders(*m_store).sendDue().ok());
    QCOMPARE(told(officer.userId, "subcontractor_assessment_overdue"), 1);
    QCOMPARE(told(officer.userId, "api_credential_rotation_overdue"), 1);
    QCOMPARE(told(owner.userId, "api_credential_rotation_overdue"), 1);
    QVERIFY(Reminders(*m_store).sendDue().ok());
    QCOMPARE(told(owner.userId, "api_credential_rotation_overdue"), 1);
    // A rotation starts a new cycle: reminded again before the new due date.
    QVERIFY(ApiCredentials(*m_store).rotate(officer, key->id, {std::nullopt, QString()}).ok());
    m_clock.advanceSeconds(20 * 24 * 3600);
    QVERIFY(Reminders(*m_store).sendDue().ok());
    QCOMPARE(told(owner.userId, "api_credential_rotation_due"), 2);
}

void TestControls::secretShapedTextIsRefused_data()
{
    QTest::addColumn<QString>("field");
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("refused");
    QTest::newRow("lwa client secret")
        << "location"
        << "amzn1.oa2-cs.v1.3f2a9c0d1e5b7a8c6d4e2f0a1b3c5d7e9f" << true;
    QTest::newRow("refresh token") << "purpose"
                                   << "token Atzr|IwEBIJx8kQmZ-example-refresh-token" << true;
    QTest::newRow("aws secret key") << "name"
                                    << "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY" << true;
    QTest::newRow("hex key") << "location"
                             << "0123456789abcdef0123456789abcdef0123456789abcdef" << true;
    QTest::newRow("random token") << "purpose"
                                  << "key Zx9Qw7Ert5Yu3Io1Pa8Sd6Fg4Hj2Kl0M" << true;
    QTest::newRow("pem") << "location"
                         << "-----BEGIN PRIVATE KEY----- MIIEv" << true;
    QTest::newRow("vault path") << "location"
                                << "Vault: secret/sp-api/lwa" << false;
    QTest::newRow("client id") << "purpose"
                               << "amzn1.application-oa2-client.0123456789abcdef0123456789abcdef"
                               << false;
    QTest::newRow("arn") << "location"
                         << "arn:aws:secretsmanager:eu-west-1:123456789012:secret:sp-api/lwa-Ab12Cd"
                         << false;
    QTest::newRow("access key id") << "name"
                                   << "AWS key AKIAIOSFODNN7EXAMPLE" << false;
    QTest::newRow("uuid") << "purpose"
                          << "client 123e4567-e89b-12d3-a456-426614174000" << false;
    QTest::newRow("sentence") << "purpose"
                              << "Order synchronisation for the EU marketplaces (production)"
                              << false;
}

// An admin pasting a secret where its whereabouts belong: refused naming the field, the
// secret not repeated, nothing stored; public identifiers and paths pass.
void TestControls::secretShapedTextIsRefused()
{
    QFETCH(QString, field);
    QFETCH(QString, text);
    QFETCH(bool, refused);
    const Caller admin = person(QStringLiteral("sa"), QStringLiteral("admin"));
    NewApiCredential c {QStringLiteral("LWA"),    admin.username, QStringLiteral("Vault"),
                        QStringLiteral("SP-API"), std::nullopt,   std::nullopt};
    (field == QLatin1String("name")           ? c.name
         : field == QLatin1String("location") ? c.location
                                              : c.purpose)
        = text;
    Result<ApiCredential> made = ApiCredentials(*m_store).create(admin, c);
    QCOMPARE(!made.ok(), refused);
    if (refused) {
        QCOMPARE(made.error().code, ErrorCode::InvalidInput);
        QVERIFY2(made.error().message.startsWith(field + QLatin1String(" looks like")),
                 qPrintable(made.error().message));
        QVERIFY(!made.error().message.contains(text));
        Result<std::optional<QVariant>> stored
            = rows::single(m_store->exec(QStringLiteral("SELECT COUNT(*) FROM api_credentials")));
        QVERIFY(stored.ok() && *stored);
        QCOMPARE((*stored)->toInt(), 0);
    }
}

QTEST_MAIN(TestControls)
#include "tst_controls.moc"
