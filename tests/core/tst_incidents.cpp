// Incident response rules and service with an injected clock: the full transition table
// (every allowed and refused status change), the breach fan-out to exactly the designated
// people, incident contacts first (not by job title, not an offboarded holder, not twice),
// acknowledgements, the 24-hour Amazon
// notification clock and the overdue-clock job (flagged once), and who may do what.

#include "MockClock.h"
#include "audit/AuditLog.h"
#include "crypto/Crypto.h"
#include "domain/IncidentRules.h"
#include "domain/Roles.h"
#include "service/Accounts.h"
#include "service/Incidents.h"
#include "service/NotificationMail.h"
#include "service/Notifications.h"
#include "service/Outbox.h"
#include "service/Reminders.h"
#include "store/Store.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace cc;
using cc::test::MockClock;

class TestIncidents : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void transitionTable_data();
    void transitionTable();
    void reportCreatesTimelineTasksAndAudit();
    void closingNeedsTasksOrOverride();
    void breachNotifiesExactlyActiveCtoAndCeo();
    void breachGoesToIncidentContactsFirst();
    void designationsOneHolderNotOneself();
    void flagSetLaterNotifiesOnceAndCannotBeCleared();
    void acknowledgementRecordedOnce();
    void amazonClockWithInjectedClock();
    void overdueClocksFlaggedOnceAndManagersNotified();
    void workflowThroughApiOfService();
    void rbac();
    void emailRetriedWithBackoffNeverDropped();
    void emailSecretSealedAndErasedOnceSent();
    void notificationEmailEachDigestNone();

private:
    Caller callerFor(const QString &username, const QString &role, const QString &title = {});
    void designate(const Caller &who, const QStringList &designations);
    qint64 count(const QString &sql, const QVariantList &args = {});
    IncidentDetail reportOne(bool amazon, const Caller &by);

    QTemporaryDir *m_dir = nullptr;
    MockClock m_clock;
    std::unique_ptr<Store> m_store;
    Caller m_officer;
    Caller m_employee;
    Caller m_cto;
    Caller m_ceo;
    Caller m_formerCeo;
    Caller m_manager;
};

void TestIncidents::initTestCase()
{
    QVERIFY(crypto::init().ok());
}

Caller TestIncidents::callerFor(const QString &username, const QString &role, const QString &title)
{
    NewUser u;
    u.username = username;
    u.email = username + QStringLiteral("@example.com");
    u.displayName = username;
    u.title = title;
    u.roles = {role};
    u.password = QByteArrayLiteral("correct horse battery staple");
    Result<CreatedUser> created = Accounts(*m_store).addUser(Caller::localOperator(), u);
    if (!created)
        qFatal("cannot add %s: %s", qPrintable(username), qPrintable(created.error().message));
    return Caller::forUser(created->user);
}

// As an administrator would, on the Users page.
void TestIncidents::designate(const Caller &who, const QStringList &designations)
{
    UserUpdate update;
    update.designations = designations;
    Result<User> done = Accounts(*m_store).updateUser(Caller::localOperator(), who.userId, update);
    if (!done)
        qFatal("cannot designate %s: %s", qPrintable(who.username),
               qPrintable(done.error().message));
}

void TestIncidents::init()
{
    m_clock.set(QDateTime(QDate(2026, 1, 5), QTime(9, 0), Qt::UTC));
    m_dir = new QTemporaryDir;
    QVERIFY(m_dir->isValid());
    QVERIFY(Store::create(m_dir->path()).ok());
    Result<std::unique_ptr<Store>> opened = Store::open(m_dir->path(), m_clock);
    QVERIFY2(opened.ok(), opened.ok() ? "" : qPrintable(opened.error().message));
    m_store = std::move(opened.value());
    m_officer = callerFor(QStringLiteral("olga"), QStringLiteral("compliance_officer"));
    m_employee = callerFor(QStringLiteral("emil"), QStringLiteral("employee"));
    // Designations count, not titles: the manager's title is exactly "CTO".
    m_cto = callerFor(QStringLiteral("tom"), QStringLiteral("executive"),
                      QStringLiteral("Chief Technical Officer"));
    m_ceo = callerFor(QStringLiteral("nina"), QStringLiteral("executive"));
    m_formerCeo
        = callerFor(QStringLiteral("fred"), QStringLiteral("executive"), QStringLiteral("CEO"));
    m_manager = callerFor(QStringLiteral("max"), QStringLiteral("manager"), QStringLiteral("CTO"));
    designate(m_cto, {Designation::Cto});
    designate(m_formerCeo, {Designation::Ceo});
    Result<OffboardResult> left = Accounts(*m_store).offboard(
        Caller::localOperator(), m_formerCeo.userId, QStringLiteral("retired"));
    QVERIFY2(left.ok(), left.ok() ? "" : qPrintable(left.error().message));
    // The leaver's designation was released: the successor can hold it.
    designate(m_ceo, {Designation::Ceo});
}

void TestIncidents::cleanup()
{
    m_store.reset();
    delete m_dir;
    m_dir = nullptr;
}

// An enrolment code must not sit in the database in clear while it waits for the relay, nor stay
// there once sent: the message row keeps a mark, the secret is sealed apart and erased.
void TestIncidents::emailSecretSealedAndErasedOnceSent()
{
    const QByteArray secret = "ABCD-EFGH-JKLM-NPQR";
    Result<bool> queued = m_store->transaction([&]() -> Result<bool> {
        return Outbox(*m_store).enqueue(
            {QStringLiteral("enrolment_code"), QStringLiteral("enrolment:test"), std::nullopt,
             std::nullopt, QStringLiteral("new@example.com"), QStringLiteral("Your code"),
             QStringLiteral("Enter this code: {secret}"), secret});
    });
    QVERIFY(queued.ok() && *queued);
    const QString row = QStringLiteral("SELECT COUNT(*) FROM mail_outbox WHERE dedupe_key = "
                                       "'enrolment:test' AND %1");
    QCOMPARE(count(row.arg(QStringLiteral("sealed_secret IS NOT NULL"))), 1);
    Result<Query> stored = m_store->exec(
        QStringLiteral("SELECT subject, body, sealed_secret FROM mail_outbox WHERE dedupe_key = "
                       "'enrolment:test'"));
    QVERIFY(stored.ok() && stored->next());
    for (int column = 0; column < 3; ++column)
        QVERIFY(!stored->value(column).toByteArray().contains(secret));
    stored->finish();

    QList<MailMessage> sent;
    bool relayUp = false;
    const Outbox::SendMail send = [&](const MailMessage &m) -> Result<void> {
        sent << m;
        if (!relayUp)
            return makeError(ErrorCode::Unavailable, QStringLiteral("connection refused"));
        return {};
    };
    QCOMPARE(Outbox(*m_store).deliver(send, 60).value(), 0);
    QCOMPARE(sent.size(), 1);
    QCOMPARE(sent.first().body, QStringLiteral("Enter this code: ABCD-EFGH-JKLM-NPQR"));
    // A failed send keeps the secret for the retry; a successful one erases it.
    QCOMPARE(count(row.arg(QStringLiteral("sealed_secret IS NOT NULL"))), 1);
    relayUp = true;
    m_clock.advanceSeconds(61);
    QCOMPARE(Outbox(*m_store).deliver(send, 60).value(), 1);
    QCOMPARE(sent.last().body, QStringLiteral("Enter this code: ABCD-EFGH-JKLM-NPQR"));
    QCOMPARE(count(row.arg(QStringLiteral("sealed_secret IS NULL AND sent_at IS NOT NULL"))), 1);
}

// E-mail by each person's choice, with the clock moved by hand: "each" queued at once,
// "daily_digest" held and sent once after the day ends (UTC) as one message, "none" never; a
// breach notice goes at once to someone who chose "none" for everything, and only once.
void TestIncidents::notificationEmailEachDigestNone()
{
    QFile smtp(m_store->dataDir().smtpConfigFile());
    QVERIFY(smtp.open(QIODevice::WriteOnly));
    smtp.write(R"({"host": "127.0.0.1", "sender": "compliance@example.com"})");
    smtp.close();
    NotificationMail mail(*m_store);
    QVERIFY(mail.setPreferences(m_employee,
                                {{QStringLiteral("access_decision"), email_delivery::DailyDigest},
                                 {QStringLiteral("grant_expiry"), email_delivery::None}})
                .ok());
    EmailPreferences nothing;
    for (const QString &kind : NotificationMail::choosableKinds())
        nothing.insert(kind, email_delivery::None);
    QVERIFY(mail.setPreferences(m_cto, nothing).ok());
    const auto notify = [&](const Caller &who, const QString &kind, const QString &title) {
        Result<void> done = m_store->transaction([&]() -> Result<void> {
            return notifyUsers(*m_store, {who.userId}, kind, QStringLiteral("t"), title,
                               QStringLiteral("body of ") + title);
        });
        QVERIFY(done.ok());
    };
    const QString outbox = QStringLiteral("SELECT COUNT(*) FROM mail_outbox WHERE %1");
    notify(m_employee, QStringLiteral("access_decision"), QStringLiteral("Request 1 denied"));
    notify(m_employee, QStringLiteral("grant_expiry"), QStringLiteral("Grant 4 ends tomorrow"));
    notify(m_officer, QStringLiteral("grant_expiry"), QStringLiteral("Grant 5 ends tomorrow"));
    m_clock.advanceSeconds(14 * 3600); // 23:00 the same day
    notify(m_employee, QStringLiteral("access_decision"), QStringLiteral("Request 2 approved"));
    QCOMPARE(mail.mailNew().value(), 1); // the officer's, on its own
    QCOMPARE(count(outbox.arg(QStringLiteral("to_address = 'olga@example.com' AND subject = "
                                             "'Grant 5 ends tomorrow'"))),
             1);
    QCOMPARE(count(outbox.arg(QStringLiteral("to_address = 'emil@example.com'"))), 0);
    QCOMPARE(mail.mailNew().value(), 0); // decided once
    QCOMPARE(mail.queueDigests().value(), 0); // the day has not ended

    m_clock.advanceSeconds(3600); // 00:00 the next day
    notify(m_employee, QStringLiteral("access_decision"), QStringLiteral("Request 3 approved"));
    QCOMPARE(mail.mailNew().value(), 0);
    QCOMPARE(mail.queueDigests().value(), 1);
    QCOMPARE(mail.queueDigests().value(), 0);
    Result<Query> digest = m_store->exec(QStringLiteral(
        "SELECT subject, body FROM mail_outbox WHERE to_address = 'emil@example.com'"));
    QVERIFY(digest.ok() && digest->next());
    QCOMPARE(digest->value(0).toString(),
             QStringLiteral("Your compliance notifications of 2026-01-05 (2)"));
    const QString body = digest->value(1).toString();
    QVERIFY2(body.contains(QLatin1String("2026-01-05 09:00 UTC  Request 1 denied")),
             qPrintable(body));
    QVERIFY(body.contains(QLatin1String("2026-01-05 23:00 UTC  Request 2 approved")));
    QVERIFY(body.contains(QLatin1String("body of Request 1 denied")));
    QVERIFY(!body.contains(QLatin1String("Grant 4"))); // none
    QVERIFY(!body.contains(QLatin1String("Request 3"))); // today's: tomorrow's digest
    QVERIFY(!digest->next());
    digest->finish();
    QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM audit_events WHERE action = "
                                  "'notification.digest'")),
             1);
    m_clock.advanceSeconds(24 * 3600);
    QCOMPARE(mail.queueDigests().value(), 1);
    QCOMPARE(count(outbox.arg(QStringLiteral("to_address = 'emil@example.com' AND subject = "
                                             "'Your compliance notifications of 2026-01-06 (1)'"))),
             1);

    // The CTO chose none for everything; the breach notice goes at once, once.
    const IncidentDetail breach = reportOne(true, m_employee);
    QVERIFY(mail.mailNew().ok());
    QCOMPARE(count(outbox.arg(QStringLiteral("to_address = 'tom@example.com' AND kind = "
                                             "'incident_breach' AND incident_id = ?")),
                   {breach.incident.id}),
             1);
    QCOMPARE(count(outbox.arg(QStringLiteral("to_address = 'tom@example.com'"))), 1);

    // Every queued e-mail leaves through the one outbox, the digest among them.
    QList<MailMessage> sent;
    QVERIFY(Outbox(*m_store)
                .deliver(
                    [&](const MailMessage &m) -> Result<void> {
                        sent << m;
                        return {};
                    },
                    60)
                .ok());
    bool digestSent = false;
    for (const MailMessage &m : std::as_const(sent))
        digestSent |= m.to == QLatin1String("emil@example.com")
            && m.subject.startsWith(QLatin1String("Your compliance notifications of 2026-01-05"));
    QVERIFY(digestSent);
}

qint64 TestIncidents::count(const QString &sql, const QVariantList &args)
{
    Result<Query> q = m_store->exec(sql, args);
    if (!q || !q->next())
        return -1;
    return q->value(0).toLongLong();
}

IncidentDetail TestIncidents::reportOne(bool amazon, const Caller &by)
{
    NewIncident n;
    n.title = QStringLiteral("Orders export found on a public share");
    n.description = QStringLiteral("A CSV with buyer addresses was shared by link.");
    n.severity = 1;
    n.category = QStringLiteral("data_breach");
    n.involvesAmazonData = amazon;
    Result<IncidentDetail> r = Incidents(*m_store).report(by, n);
    if (!r)
        qFatal("report failed: %s", qPrintable(r.error().message));
    return r.value();
}

void TestIncidents::transitionTable_data()
{
    QTest::addColumn<QString>("from");
    QTest::addColumn<QString>("to");
    QTest::addColumn<bool>("withReason");
    QTest::addColumn<bool>("allowed");
    const QStringList all = incidentStatuses();
    const QSet<std::pair<QString, QString>> forward = {
        {QStringLiteral("reported"), QStringLiteral("triaged")},
        {QStringLiteral("triaged"), QStringLiteral("contained")},
        {QStringLiteral("contained"), QStringLiteral("resolved")},
        {QStringLiteral("resolved"), QStringLiteral("closed")},
    };
    for (const QString &from : all) {
        for (const QString &to : all) {
            const bool reopen
                = (from == QLatin1String("resolved") || from == QLatin1String("closed"))
                && to == QLatin1String("triaged");
            for (const bool reason : {false, true}) {
                const bool allowed = forward.contains({from, to}) || (reopen && reason);
                QTest::addRow("%s->%s%s", qPrintable(from), qPrintable(to),
                              reason ? " (reason)" : "")
                    << from << to << reason << allowed;
            }
        }
        QTest::addRow("%s->unknown", qPrintable(from))
            << from << QStringLiteral("archived") << true << false;
    }
}

void TestIncidents::transitionTable()
{
    QFETCH(QString, from);
    QFETCH(QString, to);
    QFETCH(bool, withReason);
    QFETCH(bool, allowed);
    const QString reason
        = withReason ? QStringLiteral("the leak was wider than thought") : QString();
    const std::optional<QString> refusal = transitionRefusal(from, to, reason);
    QCOMPARE(!refusal.has_value(), allowed);
    if (refusal)
        QVERIFY(!refusal->isEmpty());

    // The service applies the same table: walk an incident to `from`, then try (its response
    // plan done, so that closing is up to the table alone; closingNeedsTasksOrOverride).
    const IncidentDetail created = reportOne(false, m_employee);
    Incidents incidents(*m_store);
    for (const TaskTemplate &t : responsePlanTasks())
        QVERIFY(
            incidents.updateTask(m_officer, created.incident.id, t.key, true, std::nullopt).ok());
    const qsizetype target = incidentStatuses().indexOf(from);
    for (qsizetype i = 1; i <= target; ++i) {
        IncidentChanges step;
        step.status = incidentStatuses().at(i);
        QVERIFY(incidents.update(m_officer, created.incident.id, step).ok());
    }
    const qint64 events = count(QStringLiteral("SELECT COUNT(*) FROM incident_events"));
    IncidentChanges change;
    change.status = to;
    change.reason = reason;
    Result<IncidentDetail> changed = incidents.update(m_officer, created.incident.id, change);
    if (from == to) {
        // PATCH to the status it has is no change: answered as it is, nothing on the timeline.
        QVERIFY(changed.ok());
        QCOMPARE(changed->incident.status, from);
        QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM incident_events")), events);
        return;
    }
    QCOMPARE(changed.ok(), allowed);
    if (allowed) {
        QCOMPARE(changed->incident.status, to);
        QCOMPARE(changed->timeline.last().kind, QStringLiteral("status"));
        QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM incident_events")), events + 1);
    } else {
        QVERIFY(changed.error().code == ErrorCode::Conflict
                || changed.error().code == ErrorCode::InvalidInput);
        QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM incident_events")), events);
    }
}

// Closing needs every response-plan task done; else 409 naming the open ones, or an explicit
// close_override_reason of at least min_reason_length characters, on the timeline and audited.
void TestIncidents::closingNeedsTasksOrOverride()
{
    const IncidentDetail created = reportOne(false, m_employee);
    const qint64 id = created.incident.id;
    Incidents incidents(*m_store);
    for (const char *to : {"triaged", "contained", "resolved"}) {
        IncidentChanges step;
        step.status = QString::fromLatin1(to);
        QVERIFY(incidents.update(m_officer, id, step).ok());
    }
    for (const char *key : {"assess_scope", "notify_executives", "notify_amazon", "eradicate"})
        QVERIFY(
            incidents.updateTask(m_officer, id, QString::fromLatin1(key), true, std::nullopt).ok());
    IncidentChanges close;
    close.status = QStringLiteral("closed");
    Result<IncidentDetail> refused = incidents.update(m_officer, id, close);
    QVERIFY(!refused.ok());
    QCOMPARE(refused.error().code, ErrorCode::Conflict);
    QVERIFY2(refused.error().message.contains(QLatin1String("recover, post_incident_review")),
             qPrintable(refused.error().message));
    close.closeOverrideReason = QStringLiteral("too short");
    Result<IncidentDetail> short_ = incidents.update(m_officer, id, close);
    QVERIFY(!short_.ok());
    QCOMPARE(short_.error().code, ErrorCode::InvalidInput);
    QVERIFY(short_.error().message.contains(QLatin1String("close_override_reason")));
    IncidentChanges wrongStatus;
    wrongStatus.closeOverrideReason = QStringLiteral("A false alarm: no review is needed for it");
    QCOMPARE(incidents.update(m_officer, id, wrongStatus).error().code, ErrorCode::InvalidInput);
    QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM incidents WHERE id = ? AND status = "
                                  "'resolved'"),
                   {id}),
             1);
    close.closeOverrideReason = QStringLiteral("A false alarm: no review is needed for it");
    Result<IncidentDetail> closed = incidents.update(m_officer, id, close);
    QVERIFY2(closed.ok(), closed.ok() ? "" : qPrintable(closed.error().message));
    QCOMPARE(closed->incident.status, QStringLiteral("closed"));
    QCOMPARE(closed->timeline.last().kind, QStringLiteral("close_override"));
    QVERIFY(
        closed->timeline.last().detail.contains(QLatin1String("recover, post_incident_review")));
    QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM audit_events WHERE action = "
                                  "'incident.update' AND detail LIKE ? AND reason = ?"),
                   {QStringLiteral("%close_override_open_tasks=recover,post_incident_review%"),
                    QStringLiteral("A false alarm: no review is needed for it")}),
             1);
    // With every task done no override is needed.
    IncidentChanges reopen;
    reopen.status = QStringLiteral("triaged");
    reopen.reason = QStringLiteral("It came back");
    QVERIFY(incidents.update(m_officer, id, reopen).ok());
    for (const char *to : {"contained", "resolved"}) {
        IncidentChanges step;
        step.status = QString::fromLatin1(to);
        QVERIFY(incidents.update(m_officer, id, step).ok());
    }
    for (const char *key : {"recover", "post_incident_review"})
        QVERIFY(
            incidents.updateTask(m_officer, id, QString::fromLatin1(key), true, std::nullopt).ok());
    IncidentChanges plain;
    plain.status = QStringLiteral("closed");
    QVERIFY(incidents.update(m_officer, id, plain).ok());
}

void TestIncidents::reportCreatesTimelineTasksAndAudit()
{
    const qint64 audited = count(QStringLiteral("SELECT COUNT(*) FROM audit_events"));
    const IncidentDetail d = reportOne(false, m_employee);
    QCOMPARE(d.incident.status, QStringLiteral("reported"));
    QCOMPARE(d.incident.reporter, QStringLiteral("emil"));
    QCOMPARE(d.timeline.size(), 1);
    QCOMPARE(d.timeline.first().kind, QStringLiteral("reported"));
    QCOMPARE(d.tasks.size(), responsePlanTasks().size());
    QCOMPARE(d.tasks.first().key, QStringLiteral("contain"));
    QCOMPARE(d.tasks.last().key, QStringLiteral("post_incident_review"));
    QVERIFY(d.executives.isEmpty());
    QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM audit_events WHERE action = "
                                  "'incident.report'")),
             1);
    QVERIFY(count(QStringLiteral("SELECT COUNT(*) FROM audit_events")) > audited);
    QVERIFY(audit::verify(*m_store)->intact);

    NewIncident bad;
    bad.title = QStringLiteral("x");
    bad.category = QStringLiteral("data_breach");
    for (int severity : {0, 5}) {
        bad.severity = severity;
        QCOMPARE(Incidents(*m_store).report(m_employee, bad).error().code, ErrorCode::InvalidInput);
    }
    bad.severity = 2;
    bad.category = QStringLiteral("gossip");
    QCOMPARE(Incidents(*m_store).report(m_employee, bad).error().code, ErrorCode::InvalidInput);
    bad.category = QStringLiteral("other");
    bad.detectedAt = m_clock.nowMs() + 60000;
    QCOMPARE(Incidents(*m_store).report(m_employee, bad).error().code, ErrorCode::InvalidInput);
}

void TestIncidents::breachNotifiesExactlyActiveCtoAndCeo()
{
    const IncidentDetail d = reportOne(true, m_employee);
    QStringList told;
    for (const ExecutiveNotice &e : d.executives)
        told << e.username;
    told.sort();
    QCOMPARE(told, (QStringList {QStringLiteral("nina"), QStringLiteral("tom")}));
    for (const Caller *who : {&m_cto, &m_ceo}) {
        Result<NotificationPage> inbox = Notifications(*m_store).list(*who, false, 0, 10);
        QVERIFY(inbox.ok());
        QCOMPARE(inbox->page.items.size(), 1);
        const Notification &n = inbox->page.items.first();
        QCOMPARE(n.kind, QStringLiteral("incident_breach"));
        QCOMPARE(n.incidentId, std::optional<qint64>(d.incident.id));
        QVERIFY(n.title.contains(d.incident.title));
    }
    for (const Caller *who : {&m_formerCeo, &m_manager, &m_officer, &m_employee}) {
        Result<NotificationPage> inbox = Notifications(*m_store).list(*who, false, 0, 10);
        QVERIFY(inbox.ok());
        QVERIFY2(inbox->page.items.isEmpty(), qPrintable(who->username));
    }
    // The checklist's "notify executives" is done by the system, on the timeline and audited.
    QVERIFY(d.tasks.at(2).doneAt.has_value());
    QCOMPARE(d.timeline.at(d.timeline.size() - 2).kind, QStringLiteral("executives_notified"));
    QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM audit_events WHERE action = "
                                  "'incident.notify_executives'")),
             1);
    // An executive told of it may see it, though it is not theirs.
    QVERIFY(Incidents(*m_store).incident(m_ceo, d.incident.id).ok());
    // Nobody is the incident contact: the audited notice says so (monitoring alerts on it), and
    // so does the timeline.
    QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM audit_events WHERE action = "
                                  "'incident.notify_executives' AND detail = ?"),
                   {QStringLiteral("incident_contacts= executives=tom,nina")}),
             1);
    QVERIFY(std::any_of(d.timeline.begin(), d.timeline.end(), [](const IncidentEvent &e) {
        return e.kind == QLatin1String("no_incident_contact");
    }));
}

// Incident contacts hear of a breach first (Amazon's point of contact, then the deputy), then
// the CTO and the CEO; someone holding two designations is told once.
void TestIncidents::breachGoesToIncidentContactsFirst()
{
    designate(m_officer, {Designation::IncidentContact});
    designate(m_ceo, {Designation::Ceo, Designation::IncidentContactDeputy});
    const IncidentDetail d = reportOne(true, m_employee);
    QStringList told;
    for (const ExecutiveNotice &e : d.executives)
        told << e.username;
    QCOMPARE(told,
             (QStringList {QStringLiteral("olga"), QStringLiteral("nina"), QStringLiteral("tom")}));
    QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM audit_events WHERE action = "
                                  "'incident.notify_executives' AND detail = ?"),
                   {QStringLiteral("incident_contacts=olga,nina executives=olga,nina,tom")}),
             1);
    QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM mail_outbox WHERE incident_id = ?"),
                   {d.incident.id}),
             3);
    QVERIFY(std::none_of(d.timeline.begin(), d.timeline.end(), [](const IncidentEvent &e) {
        return e.kind == QLatin1String("no_incident_contact");
    }));
}

// One holder per designation, named in the refusal; nobody designates themselves; unknown
// designations are refused by name; the change is audited before and after.
void TestIncidents::designationsOneHolderNotOneself()
{
    Accounts accounts(*m_store);
    UserUpdate update;
    update.designations = QStringList {Designation::Cto};
    Result<User> taken = accounts.updateUser(Caller::localOperator(), m_ceo.userId, update);
    QVERIFY(!taken.ok());
    QCOMPARE(taken.error().code, ErrorCode::Conflict);
    QVERIFY2(taken.error().message.contains(QLatin1String("tom is designated cto")),
             qPrintable(taken.error().message));
    const Caller admin = callerFor(QStringLiteral("ada"), QStringLiteral("admin"));
    update.designations = QStringList {Designation::IncidentContact};
    Result<User> self = accounts.updateUser(admin, admin.userId, update);
    QVERIFY(!self.ok());
    QCOMPARE(self.error().code, ErrorCode::Forbidden);
    update.designations = QStringList {QStringLiteral("cfo")};
    Result<User> unknown = accounts.updateUser(admin, m_manager.userId, update);
    QVERIFY(!unknown.ok());
    QCOMPARE(unknown.error().code, ErrorCode::InvalidInput);
    QVERIFY(unknown.error().message.contains(QLatin1String("unknown designation \"cfo\"")));
    update.designations = QStringList {};
    Result<User> cleared = accounts.updateUser(admin, m_cto.userId, update);
    QVERIFY(cleared.ok());
    QVERIFY(cleared->designations.isEmpty());
    QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM audit_events WHERE action = "
                                  "'user.update' AND actor = 'ada' AND detail LIKE ?"),
                   {QStringLiteral("%designations=cto->%")}),
             1);
    // Counted as a change of duties for separation of duties, like a role change.
    QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM account_changes WHERE target_id = ? AND "
                                  "actor_id = ? AND kind = 'roles'"),
                   {m_cto.userId, admin.userId}),
             1);
}

void TestIncidents::flagSetLaterNotifiesOnceAndCannotBeCleared()
{
    const IncidentDetail d = reportOne(false, m_employee);
    QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM notifications")), 0);
    IncidentChanges flag;
    flag.involvesAmazonData = true;
    Result<IncidentDetail> flagged = Incidents(*m_store).update(m_officer, d.incident.id, flag);
    QVERIFY(flagged.ok());
    QCOMPARE(flagged->executives.size(), 2);
    QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM notifications")), 2);
    // Setting it again changes nothing and tells nobody twice.
    QVERIFY(Incidents(*m_store).update(m_officer, d.incident.id, flag).ok());
    QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM notifications")), 2);
    IncidentChanges clear;
    clear.involvesAmazonData = false;
    Result<IncidentDetail> cleared = Incidents(*m_store).update(m_officer, d.incident.id, clear);
    QVERIFY(!cleared.ok());
    QCOMPARE(cleared.error().code, ErrorCode::Conflict);
}

void TestIncidents::acknowledgementRecordedOnce()
{
    const IncidentDetail d = reportOne(true, m_employee);
    m_clock.advanceSeconds(600);
    Result<IncidentDetail> acked = Incidents(*m_store).acknowledge(m_ceo, d.incident.id);
    QVERIFY2(acked.ok(), acked.ok() ? "" : qPrintable(acked.error().message));
    for (const ExecutiveNotice &e : acked->executives) {
        if (e.username == QLatin1String("nina"))
            QCOMPARE(e.acknowledgedAt, std::optional<qint64>(m_clock.nowMs()));
        else
            QVERIFY(!e.acknowledgedAt);
    }
    QCOMPARE(acked->incident.executivesAcknowledged, 1);
    QCOMPARE(acked->timeline.last().kind, QStringLiteral("acknowledged"));
    QCOMPARE(Incidents(*m_store).acknowledge(m_ceo, d.incident.id).error().code,
             ErrorCode::Conflict);
    // Nobody else acknowledges: not the reporter, not an officer, not the offboarded CEO.
    for (const Caller *who : {&m_employee, &m_officer, &m_formerCeo})
        QCOMPARE(Incidents(*m_store).acknowledge(*who, d.incident.id).error().code,
                 ErrorCode::Forbidden);
    QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM audit_events WHERE action = "
                                  "'incident.acknowledge'")),
             1);
}

void TestIncidents::amazonClockWithInjectedClock()
{
    const qint64 detected = m_clock.nowMs() - 2 * 3600 * 1000;
    NewIncident n;
    n.title = QStringLiteral("Buyer data in a debug log");
    n.severity = 2;
    n.category = QStringLiteral("data_breach");
    n.detectedAt = detected;
    n.involvesAmazonData = true;
    Result<IncidentDetail> d = Incidents(*m_store).report(m_officer, n);
    QVERIFY(d.ok());
    const QList<IncidentClock> clocks = incidentClocks(d->incident.times(), m_store->policy());
    QCOMPARE(clocks.first().name, QStringLiteral("amazon_notification"));
    QCOMPARE(clocks.first().dueAt, detected + 24 * 3600 * 1000);
    QVERIFY(!clocks.first().overdue(m_clock.nowMs()));
    // 22 hours later it is due to the minute; one minute more and it is overdue.
    m_clock.advanceSeconds(22 * 3600);
    QVERIFY(!clocks.first().overdue(m_clock.nowMs()));
    m_clock.advanceSeconds(60);
    QVERIFY(clocks.first().overdue(m_clock.nowMs()));
    // Recording when Amazon was told stops the clock and ticks the checklist.
    IncidentChanges told;
    told.amazonNotifiedAt = m_clock.nowMs();
    told.amazonReference = QStringLiteral("AMZ-SEC-4471");
    Result<IncidentDetail> after = Incidents(*m_store).update(m_officer, d->incident.id, told);
    QVERIFY(after.ok());
    QVERIFY(!incidentClocks(after->incident.times(), m_store->policy())
                 .first()
                 .overdue(m_clock.nowMs()));
    QVERIFY(after->tasks.at(3).doneAt.has_value());
    QCOMPARE(after->incident.amazonReference, QStringLiteral("AMZ-SEC-4471"));
    // Without Amazon data the clock does not apply.
    IncidentTimes plain {detected, false, {}, {}, {}};
    QVERIFY(!incidentClocks(plain, m_store->policy()).first().overdue(m_clock.nowMs()));
}

void TestIncidents::overdueClocksFlaggedOnceAndManagersNotified()
{
    const IncidentDetail d = reportOne(true, m_employee);
    Incidents incidents(*m_store);
    Result<int> none = incidents.flagOverdueClocks();
    QVERIFY(none.ok());
    QCOMPARE(*none, 0);
    // Past the triage target (4 h): triage only.
    m_clock.advanceSeconds(5 * 3600);
    QCOMPARE(incidents.flagOverdueClocks().value(), 1);
    QCOMPARE(incidents.flagOverdueClocks().value(), 0);
    // Past 24 h: the Amazon clock too; past 48 h: containment.
    m_clock.advanceSeconds(20 * 3600);
    QCOMPARE(incidents.flagOverdueClocks().value(), 1);
    m_clock.advanceSeconds(24 * 3600);
    QCOMPARE(incidents.flagOverdueClocks().value(), 1);
    QCOMPARE(incidents.flagOverdueClocks().value(), 0);
    // Each flag reached every incident manager: the officer and both active executives.
    for (const Caller *who : {&m_officer, &m_cto, &m_ceo}) {
        QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM notifications WHERE user_id = ? AND "
                                      "kind = 'incident_clock'"),
                       {who->userId}),
                 3);
    }
    QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM notifications WHERE kind = "
                                  "'incident_clock' AND user_id IN (?, ?, ?)"),
                   {m_employee.userId, m_manager.userId, m_formerCeo.userId}),
             0);
    Result<IncidentDetail> detail = incidents.incident(m_officer, d.incident.id);
    QVERIFY(detail.ok());
    int overdueEvents = 0;
    for (const IncidentEvent &e : detail->timeline)
        overdueEvents += e.kind == QLatin1String("clock_overdue") ? 1 : 0;
    QCOMPARE(overdueEvents, 3);
    // A resolved incident's clocks are not flagged.
    const IncidentDetail other = reportOne(false, m_employee);
    for (const char *status : {"triaged", "contained", "resolved"}) {
        IncidentChanges step;
        step.status = QString::fromLatin1(status);
        QVERIFY(incidents.update(m_officer, other.incident.id, step).ok());
    }
    m_clock.advanceSeconds(72 * 3600);
    QCOMPARE(incidents.flagOverdueClocks().value(), 0);
}

void TestIncidents::workflowThroughApiOfService()
{
    const IncidentDetail d = reportOne(false, m_employee);
    Incidents incidents(*m_store);
    Result<IncidentDetail> task = incidents.updateTask(
        m_officer, d.incident.id, QStringLiteral("assess_scope"), true, QStringLiteral("olga"));
    QVERIFY2(task.ok(), task.ok() ? "" : qPrintable(task.error().message));
    QCOMPARE(task->tasks.at(1).owner, QStringLiteral("olga"));
    QVERIFY(task->tasks.at(1).doneAt.has_value());
    QCOMPARE(incidents.updateTask(m_officer, d.incident.id, QStringLiteral("dance"), true, {})
                 .error()
                 .code,
             ErrorCode::InvalidInput);
    Result<IncidentDetail> note
        = incidents.addNote(m_officer, d.incident.id, QStringLiteral("Link revoked at 09:20."));
    QVERIFY(note.ok());
    QCOMPARE(note->timeline.last().kind, QStringLiteral("note"));
    IncidentChanges assign;
    assign.assignee = QStringLiteral("fred"); // offboarded
    QCOMPARE(incidents.update(m_officer, d.incident.id, assign).error().code,
             ErrorCode::InvalidInput);
    assign.assignee = QStringLiteral("olga");
    QCOMPARE(incidents.update(m_officer, d.incident.id, assign)->incident.assignee,
             QStringLiteral("olga"));
    QVERIFY(audit::verify(*m_store)->intact);
}

void TestIncidents::rbac()
{
    const IncidentDetail mine = reportOne(false, m_employee);
    const IncidentDetail officers = reportOne(false, m_officer);
    Incidents incidents(*m_store);
    // Employees see what they reported, not the rest.
    Result<Page<Incident>> list = incidents.list(m_employee, {}, 0, 50);
    QVERIFY(list.ok());
    QCOMPARE(list->items.size(), 1);
    QCOMPARE(list->items.first().id, mine.incident.id);
    // ... and another's answers exactly as a missing one.
    QCOMPARE(incidents.incident(m_employee, officers.incident.id).error().code,
             ErrorCode::NotFound);
    QCOMPARE(incidents.incident(m_employee, officers.incident.id).error().message,
             QStringLiteral("no incident with id %1").arg(officers.incident.id));
    QCOMPARE(incidents.list(m_officer, {}, 0, 50)->items.size(), 2);
    QCOMPARE(incidents.list(m_cto, {}, 0, 50)->items.size(), 2);
    // Only incident managers run the workflow; a manager of assets is not one.
    IncidentChanges step;
    step.status = QStringLiteral("triaged");
    for (const Caller *who : {&m_employee, &m_manager}) {
        QCOMPARE(incidents.update(*who, mine.incident.id, step).error().code, ErrorCode::Forbidden);
        QCOMPARE(
            incidents.addNote(*who, mine.incident.id, QStringLiteral("hello there")).error().code,
            ErrorCode::Forbidden);
    }
    NewIncident assigned;
    assigned.title = QStringLiteral("Assigned by an employee");
    assigned.severity = 3;
    assigned.category = QStringLiteral("other");
    assigned.assignee = QStringLiteral("olga");
    QCOMPARE(incidents.report(m_employee, assigned).error().code, ErrorCode::Forbidden);
    QVERIFY(incidents.update(m_cto, mine.incident.id, step).ok());
}

void TestIncidents::emailRetriedWithBackoffNeverDropped()
{
    const IncidentDetail d = reportOne(true, m_employee);
    QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM mail_outbox WHERE sent_at IS NULL")), 2);
    for (const ExecutiveNotice &e : d.executives)
        QCOMPARE(e.emailStatus, QStringLiteral("pending"));
    Incidents incidents(*m_store);
    Outbox outbox(*m_store);
    QStringList tried;
    bool relayUp = false;
    const Outbox::SendMail send = [&](const MailMessage &m) -> Result<void> {
        tried << m.to;
        if (!relayUp)
            return makeError(ErrorCode::Unavailable, QStringLiteral("connection refused"));
        return {};
    };
    QCOMPARE(outbox.deliver(send, 60).value(), 0);
    QCOMPARE(tried.size(), 2);
    tried.sort();
    QCOMPARE(tried,
             (QStringList {QStringLiteral("nina@example.com"), QStringLiteral("tom@example.com")}));
    Result<IncidentDetail> failing = incidents.incident(m_officer, d.incident.id);
    for (const ExecutiveNotice &e : failing->executives) {
        QCOMPARE(e.emailStatus, QStringLiteral("failing"));
        QCOMPARE(e.emailAttempts, 1);
        QCOMPARE(e.emailError, QStringLiteral("connection refused"));
    }
    // Not again before the backoff (60 s), then again; the second wait is doubled.
    tried.clear();
    QCOMPARE(outbox.deliver(send, 60).value(), 0);
    QVERIFY(tried.isEmpty());
    m_clock.advanceSeconds(61);
    QCOMPARE(outbox.deliver(send, 60).value(), 0);
    QCOMPARE(tried.size(), 2);
    tried.clear();
    m_clock.advanceSeconds(61);
    QCOMPARE(outbox.deliver(send, 60).value(), 0);
    QVERIFY(tried.isEmpty());
    m_clock.advanceSeconds(60);
    relayUp = true;
    QCOMPARE(outbox.deliver(send, 60).value(), 2);
    QCOMPARE(outbox.deliver(send, 60).value(), 0); // sent once only
    Result<IncidentDetail> sent = incidents.incident(m_officer, d.incident.id);
    QVERIFY(sent.ok());
    for (const ExecutiveNotice &e : sent->executives) {
        QCOMPARE(e.emailStatus, QStringLiteral("sent"));
        QCOMPARE(e.emailAttempts, 3);
        QVERIFY(e.emailSentAt.has_value());
    }
    QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM audit_events WHERE action = "
                                  "'incident.email' AND outcome = 'failure'")),
             4);
    QVERIFY(audit::verify(*m_store)->intact);
}

QTEST_GUILESS_MAIN(TestIncidents)
#include "tst_incidents.moc"
