// Access review campaigns and scheduled offboarding, driven by a MockClock: the snapshot, who
// reviews what, decisions and their immediate effect, the deadline policy, reminders, the
// evidence CSV and its hash, and a departure enforced at its exact moment.

#include "MockClock.h"
#include "crypto/Crypto.h"
#include "crypto/Totp.h"
#include "domain/Roles.h"
#include "json/Json.h"
#include "service/AccessControl.h"
#include "service/AccessReviews.h"
#include "service/Accounts.h"
#include "store/Store.h"

#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace cc;
using cc::test::MockClock;

namespace {

const QString kReason = QStringLiteral("Still handles refund disputes for this client every week");
constexpr qint64 kDay = 24 * 3600;

} // namespace

class TestAccessReviews : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void policyChoice_data();
    void policyChoice();
    void snapshotUnaffectedByLaterGrantsAndRoleChanges();
    void reviewerIsNeverTheHolder();
    void withoutASecondOfficerNothingStarts();
    void selfReviewRefused();
    void decisionsNeedTheReviewerAndARealReason();
    void revokeTakesEffectImmediately();
    void deadlineAppliesThePolicy_data();
    void deadlineAppliesThePolicy();
    void remindersAreSentOnce();
    void reportCsvAndItsHash();
    void issuedReportsKeepTheirBytes_data();
    void issuedReportsKeepTheirBytes();
    void departureEnforcedAtTheExactMoment();
    void departureInThePastRefused();

private:
    struct Person
    {
        User user;
        QByteArray password;
        QByteArray secret;
        Caller caller;
    };
    Person addPerson(const QString &username, const QString &role);
    Result<Session> signIn(Person &person);
    qint64 grantFor(Person &holder, const Person &approver, const QString &category);
    QList<AccessReviewItem> itemsOf(qint64 reviewId);
    const AccessReviewItem *find(const QList<AccessReviewItem> &items, const QString &holder,
                                 const QString &role, std::optional<qint64> grant = {});
    int count(const QString &sql, const QVariantList &args = {});

    QTemporaryDir *m_dir = nullptr;
    MockClock m_clock;
    std::unique_ptr<Store> m_store;
    Person m_olga; // compliance officer
    Person m_omar; // compliance officer
    Person m_ada; // the only admin
    Person m_emil; // employee with a grant
    Person m_mia; // manager
    qint64 m_grant = 0; // emil's, approved by olga
};

void TestAccessReviews::initTestCase()
{
    Result<void> selfTest = crypto::init();
    QVERIFY2(selfTest.ok(), selfTest.ok() ? "" : qPrintable(selfTest.error().message));
}

void TestAccessReviews::init()
{
    m_dir = new QTemporaryDir;
    m_clock.set(QDateTime(QDate(2026, 3, 2), QTime(9, 0), Qt::UTC));
    Result<void> created = Store::create(m_dir->path());
    QVERIFY2(created.ok(), created.ok() ? "" : qPrintable(created.error().message));
    Result<std::unique_ptr<Store>> opened = Store::open(m_dir->path(), m_clock);
    QVERIFY2(opened.ok(), opened.ok() ? "" : qPrintable(opened.error().message));
    m_store = std::move(opened.value());
    m_olga = addPerson(QStringLiteral("olga"), QStringLiteral("compliance_officer"));
    m_omar = addPerson(QStringLiteral("omar"), QStringLiteral("compliance_officer"));
    m_ada = addPerson(QStringLiteral("ada"), QStringLiteral("admin"));
    m_emil = addPerson(QStringLiteral("emil"), QStringLiteral("employee"));
    m_mia = addPerson(QStringLiteral("mia"), QStringLiteral("manager"));
    QVERIFY(m_mia.user.id != 0);
    m_grant = grantFor(m_emil, m_olga, QStringLiteral("orders.pii"));
    QVERIFY(m_grant != 0);
}

void TestAccessReviews::cleanup()
{
    m_store.reset();
    delete m_dir;
    m_dir = nullptr;
}

TestAccessReviews::Person TestAccessReviews::addPerson(const QString &username, const QString &role)
{
    Person p;
    p.password = QByteArrayLiteral("tidy-Lamp-7-orbit"); // no part of the username (the rules)
    Result<CreatedUser> created = Accounts(*m_store).addUser(
        Caller::localOperator(),
        {username, username + QStringLiteral("@example.com"), username, {}, {role}, p.password});
    if (!created) {
        qWarning() << created.error().message;
        return p;
    }
    p.user = created->user;
    p.secret = created->totpSecret;
    p.caller = Caller::forUser(p.user);
    return p;
}

Result<Session> TestAccessReviews::signIn(Person &person)
{
    const QString code = crypto::totp::code(person.secret, m_clock.nowMs() / 1000).value();
    Result<Session> session
        = Accounts(*m_store)
              .signIn({person.user.username, person.password, code, {}, QStringLiteral("test")})
              .run();
    m_clock.advanceSeconds(30); // the next sign-in needs a fresh code
    return session;
}

qint64 TestAccessReviews::grantFor(Person &holder, const Person &approver, const QString &category)
{
    if (!holder.user.totpEnrolled) {
        if (Result<Session> s = signIn(holder); !s) {
            qWarning() << s.error().message;
            return 0;
        }
        holder.user.totpEnrolled = true;
    }
    AccessControl access(*m_store);
    // Access requests name a registered client.
    if (Result<Client> added = access.addClient(m_ada.caller, QStringLiteral("ACME EU"));
        !added && added.error().code != ErrorCode::Conflict) {
        qWarning() << added.error().message;
        return 0;
    }
    Result<AccessRequest> request = access.createRequest(
        holder.caller,
        {category,
         QStringLiteral("ACME EU"),
         QStringLiteral("Refund dispute on order 114-2231 needs the buyer address"),
         72,
         {}});
    if (!request) {
        qWarning() << request.error().message;
        return 0;
    }
    Result<Approval> approved = access.approve(approver.caller, request->id, QString());
    if (!approved) {
        qWarning() << approved.error().message;
        return 0;
    }
    return approved->grant->id;
}

QList<AccessReviewItem> TestAccessReviews::itemsOf(qint64 reviewId)
{
    Result<Page<AccessReviewItem>> page
        = AccessReviews(*m_store).items(m_olga.caller, reviewId, false, 0, 500);
    if (!page) {
        qWarning() << page.error().message;
        return {};
    }
    return page->items;
}

const AccessReviewItem *TestAccessReviews::find(const QList<AccessReviewItem> &items,
                                                const QString &holder, const QString &role,
                                                std::optional<qint64> grant)
{
    for (const AccessReviewItem &i : items) {
        if (i.holder == holder && i.role == role && i.grantId == grant)
            return &i;
    }
    return nullptr;
}

int TestAccessReviews::count(const QString &sql, const QVariantList &args)
{
    Result<Query> q = m_store->exec(sql, args);
    if (!q || !q->next())
        return -1;
    return q->value(0).toInt();
}

void TestAccessReviews::policyChoice_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("value");
    QTest::addColumn<QString>("error");
    QTest::newRow("default") << QByteArray("{}") << QStringLiteral("flag") << QString();
    QTest::newRow("revoke") << QByteArray(R"({"access_review_unreviewed": "revoke"})")
                            << QStringLiteral("revoke") << QString();
    QTest::newRow("unknown word") << QByteArray(R"({"access_review_unreviewed": "delete"})")
                                  << QString()
                                  << QStringLiteral("must be one of \"flag\", \"revoke\"");
    QTest::newRow("not a string") << QByteArray(R"({"access_review_unreviewed": 1})") << QString()
                                  << QStringLiteral("\"access_review_unreviewed\" must be one of");
    QTest::newRow("numbers still strict")
        << QByteArray(R"({"access_review_unreviewed": "flag", "access_review_reminder_days": 0})")
        << QString() << QStringLiteral("from 1 to 30");
}

void TestAccessReviews::policyChoice()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, value);
    QFETCH(QString, error);
    const Result<Policy> policy = Policy::fromJson(json);
    QCOMPARE(policy.ok(), error.isEmpty());
    if (policy)
        QCOMPARE(policy->accessReviewUnreviewed, value);
    else
        QVERIFY2(policy.error().message.contains(error), qPrintable(policy.error().message));
}

void TestAccessReviews::snapshotUnaffectedByLaterGrantsAndRoleChanges()
{
    AccessReviews reviews(*m_store);
    Result<AccessReview> started
        = reviews.start(m_olga.caller, {QStringLiteral("Q1 2026 access review"), {}, {}});
    QVERIFY2(started.ok(), started.ok() ? "" : qPrintable(started.error().message));
    QCOMPARE(started->status, QStringLiteral("open"));
    QCOMPARE(started->dueAt,
             m_clock.nowMs() + qint64(m_store->policy().accessReviewDurationDays) * kDay * 1000);
    QCOMPARE(started->unreviewedAction, QStringLiteral("flag"));
    const QList<AccessReviewItem> before = itemsOf(started->id);
    // One item per active grant and one per user-role.
    QCOMPARE(before.size(), 1 + 5);
    QCOMPARE(started->progress.total, 6);
    const AccessReviewItem *grantItem = find(before, QStringLiteral("emil"), QString(), m_grant);
    QVERIFY(grantItem);
    const qint64 frozenExpiry = *grantItem->expiresAt;

    // Afterwards: a new grant, a new user, a role change, the grant revoked and shortened.
    m_clock.advanceSeconds(3600);
    QVERIFY(grantFor(m_mia, m_omar, QStringLiteral("aggregates")) != 0);
    addPerson(QStringLiteral("newbie"), QStringLiteral("employee"));
    QVERIFY(m_store
                ->exec(QStringLiteral("UPDATE users SET roles = 'manager,admin' WHERE id = ?"),
                       {m_mia.user.id})
                .ok());
    QVERIFY(AccessControl(*m_store).revoke(m_olga.caller, m_grant, kReason).ok());
    QVERIFY(
        m_store
            ->exec(QStringLiteral("UPDATE grants SET expires_at = expires_at - 1000 WHERE id = ?"),
                   {m_grant})
            .ok());

    const QList<AccessReviewItem> after = itemsOf(started->id);
    QCOMPARE(after.size(), before.size());
    for (qsizetype n = 0; n < before.size(); ++n) {
        QCOMPARE(after[n].id, before[n].id);
        QCOMPARE(after[n].holder, before[n].holder);
        QCOMPARE(after[n].role, before[n].role);
        QCOMPARE(after[n].grantId, before[n].grantId);
        QCOMPARE(after[n].expiresAt, before[n].expiresAt);
    }
    QCOMPARE(*find(after, QStringLiteral("emil"), QString(), m_grant)->expiresAt, frozenExpiry);
    QVERIFY(!find(after, QStringLiteral("newbie"), QStringLiteral("employee")));
    QVERIFY(!find(after, QStringLiteral("mia"), QStringLiteral("admin")));
    // A second campaign while one is open is refused.
    Result<AccessReview> second = reviews.start(m_omar.caller, {QStringLiteral("again"), {}, {}});
    QVERIFY(!second.ok());
    QCOMPARE(second.error().code, ErrorCode::Conflict);
}

void TestAccessReviews::reviewerIsNeverTheHolder()
{
    Result<AccessReview> started
        = AccessReviews(*m_store).start(m_olga.caller, {QStringLiteral("Q1"), {}, {}});
    QVERIFY2(started.ok(), started.ok() ? "" : qPrintable(started.error().message));
    const QList<AccessReviewItem> items = itemsOf(started->id);
    QHash<qint64, int> load;
    for (const AccessReviewItem &i : items) {
        QVERIFY2(i.reviewerId != i.userId, qPrintable(i.holder));
        QVERIFY(i.reviewerId == m_olga.user.id || i.reviewerId == m_omar.user.id);
        load[i.reviewerId] += 1;
    }
    // The grant goes to the officer who approved it; the rest is spread evenly.
    QCOMPARE(find(items, QStringLiteral("emil"), QString(), m_grant)->reviewer,
             QStringLiteral("olga"));
    QCOMPARE(find(items, QStringLiteral("olga"), QStringLiteral("compliance_officer"))->reviewer,
             QStringLiteral("omar"));
    QCOMPARE(find(items, QStringLiteral("omar"), QStringLiteral("compliance_officer"))->reviewer,
             QStringLiteral("olga"));
    QVERIFY2(qAbs(load.value(m_olga.user.id) - load.value(m_omar.user.id)) <= 1,
             qPrintable(QStringLiteral("%1 vs %2")
                            .arg(load.value(m_olga.user.id))
                            .arg(load.value(m_omar.user.id))));

    // Omar reviews only his own items, sees only those, and only this campaign.
    Caller employee = m_emil.caller;
    Result<Page<AccessReview>> none = AccessReviews(*m_store).reviews(employee, 0, 100);
    QVERIFY(none.ok());
    QCOMPARE(none->items.size(), 0);
    Result<Page<AccessReviewItem>> refused
        = AccessReviews(*m_store).items(employee, started->id, true, 0, 100);
    QVERIFY(!refused.ok());
    QCOMPARE(refused.error().code, ErrorCode::NotFound); // as a missing campaign
    Result<Page<AccessReviewItem>> mine
        = AccessReviews(*m_store).items(m_omar.caller, started->id, true, 0, 100);
    QVERIFY(mine.ok());
    QCOMPARE(mine->items.size(), load.value(m_omar.user.id));
    for (const AccessReviewItem &i : mine->items)
        QCOMPARE(i.reviewerId, m_omar.user.id);
}

void TestAccessReviews::withoutASecondOfficerNothingStarts()
{
    QVERIFY(Accounts(*m_store)
                .offboard(Caller::localOperator(), m_omar.user.id, QStringLiteral("left"))
                .ok());
    Result<AccessReview> started
        = AccessReviews(*m_store).start(m_olga.caller, {QStringLiteral("Q1"), {}, {}});
    QVERIFY(!started.ok());
    QCOMPARE(started.error().code, ErrorCode::Conflict);
    QVERIFY2(started.error().message.contains(QStringLiteral("nobody can review olga's role "
                                                             "compliance_officer")),
             qPrintable(started.error().message));
    // Nothing of the attempt remains.
    QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM access_reviews")), 0);
    QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM access_review_items")), 0);
}

void TestAccessReviews::selfReviewRefused()
{
    AccessReviews reviews(*m_store);
    Result<AccessReview> started = reviews.start(m_olga.caller, {QStringLiteral("Q1"), {}, {}});
    QVERIFY(started.ok());
    const QList<AccessReviewItem> items = itemsOf(started->id);
    const AccessReviewItem *own
        = find(items, QStringLiteral("omar"), QStringLiteral("compliance_officer"));
    QVERIFY(own);
    // Omar holds access_reviews:manage, but not over his own access.
    Result<AccessReviewItem> self
        = reviews.decide(m_omar.caller, started->id, own->id, QStringLiteral("keep"), kReason);
    QVERIFY(!self.ok());
    QCOMPARE(self.error().code, ErrorCode::Forbidden);
    QVERIFY(self.error().message.contains(QStringLiteral("your own access")));
    QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM access_review_items WHERE decision IS NOT "
                                  "NULL")),
             0);
    // Not even with a revoke of his own powers.
    Result<AccessReviewItem> selfRevoke
        = reviews.decide(m_omar.caller, started->id, own->id, QStringLiteral("revoke"), kReason);
    QCOMPARE(selfRevoke.error().code, ErrorCode::Forbidden);
    QVERIFY(permissionsForRoles(Accounts(*m_store).user(m_omar.user.id)->roles)
                .contains(Permission::AccessReviewsManage));
    // Olga, his reviewer, may.
    Result<AccessReviewItem> byReviewer
        = reviews.decide(m_olga.caller, started->id, own->id, QStringLiteral("keep"), kReason);
    QVERIFY2(byReviewer.ok(), byReviewer.ok() ? "" : qPrintable(byReviewer.error().message));
    QCOMPARE(byReviewer->decision, QStringLiteral("keep"));
    QCOMPARE(byReviewer->decidedBy, QStringLiteral("olga"));
}

void TestAccessReviews::decisionsNeedTheReviewerAndARealReason()
{
    AccessReviews reviews(*m_store);
    Result<AccessReview> started = reviews.start(m_olga.caller, {QStringLiteral("Q1"), {}, {}});
    QVERIFY(started.ok());
    const QList<AccessReviewItem> items = itemsOf(started->id);
    const AccessReviewItem *grant = find(items, QStringLiteral("emil"), QString(), m_grant);
    QCOMPARE(grant->reviewer, QStringLiteral("olga"));
    // Not the reviewer and no access_reviews:manage: as if there were no such item.
    Result<AccessReviewItem> stranger
        = reviews.decide(m_mia.caller, started->id, grant->id, QStringLiteral("keep"), kReason);
    QCOMPARE(stranger.error().code, ErrorCode::NotFound);
    // A reason that says nothing, or a decision that is not one.
    Result<AccessReviewItem> noReason = reviews.decide(
        m_olga.caller, started->id, grant->id, QStringLiteral("keep"), QStringLiteral("ok"));
    QCOMPARE(noReason.error().code, ErrorCode::InvalidInput);
    Result<AccessReviewItem> bad
        = reviews.decide(m_olga.caller, started->id, grant->id, QStringLiteral("maybe"), kReason);
    QCOMPARE(bad.error().code, ErrorCode::InvalidInput);
    // Another officer who is not the holder may decide in the reviewer's place, once.
    Result<AccessReviewItem> kept
        = reviews.decide(m_omar.caller, started->id, grant->id, QStringLiteral("keep"), kReason);
    QVERIFY2(kept.ok(), kept.ok() ? "" : qPrintable(kept.error().message));
    Result<AccessReviewItem> twice
        = reviews.decide(m_olga.caller, started->id, grant->id, QStringLiteral("revoke"), kReason);
    QCOMPARE(twice.error().code, ErrorCode::Conflict);
    QCOMPARE(AccessControl(*m_store).grant(m_grant)->status(m_clock.nowMs()),
             QStringLiteral("active"));
    QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM audit_events WHERE action = "
                                  "'access_review.decide' AND object_id = ?"),
                   {QString::number(grant->id)}),
             1);
}

void TestAccessReviews::revokeTakesEffectImmediately()
{
    AccessReviews reviews(*m_store);
    Result<AccessReview> started = reviews.start(m_olga.caller, {QStringLiteral("Q1"), {}, {}});
    QVERIFY(started.ok());
    const QList<AccessReviewItem> items = itemsOf(started->id);

    // A grant: revoked in the same call.
    const AccessReviewItem *grant = find(items, QStringLiteral("emil"), QString(), m_grant);
    Result<AccessReviewItem> revoked
        = reviews.decide(m_olga.caller, started->id, grant->id, QStringLiteral("revoke"), kReason);
    QVERIFY2(revoked.ok(), revoked.ok() ? "" : qPrintable(revoked.error().message));
    QCOMPARE(revoked->outcome, QStringLiteral("grant revoked"));
    const Result<Grant> g = AccessControl(*m_store).grant(m_grant);
    QCOMPARE(g->status(m_clock.nowMs()), QStringLiteral("revoked"));
    QCOMPARE(g->revokedByUsername, QStringLiteral("olga"));
    QVERIFY(g->revokeReason.contains(kReason));
    QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM audit_events WHERE action = "
                                  "'grant.revoke' AND object_id = ?"),
                   {QString::number(m_grant)}),
             1);

    // A role: the next request already runs without it. Mia's last role leaves "employee".
    Result<Session> session = signIn(m_mia);
    QVERIFY(session.ok());
    QVERIFY(session->permissions.contains(Permission::AssetsManage));
    const AccessReviewItem *manager = find(items, QStringLiteral("mia"), QStringLiteral("manager"));
    const Caller reviewer = manager->reviewerId == m_olga.user.id ? m_olga.caller : m_omar.caller;
    Result<AccessReviewItem> demoted
        = reviews.decide(reviewer, started->id, manager->id, QStringLiteral("revoke"), kReason);
    QVERIFY2(demoted.ok(), demoted.ok() ? "" : qPrintable(demoted.error().message));
    QCOMPARE(demoted->outcome, QStringLiteral("role removed; employee kept as the only role"));
    Result<Caller> after = Accounts(*m_store).authenticate(session->token);
    QVERIFY2(after.ok(), after.ok() ? "" : qPrintable(after.error().message));
    QCOMPARE(after->roles, QStringList {QStringLiteral("employee")});
    QVERIFY(!after->can(Permission::AssetsManage));

    // The only admin keeps the role, and so does an employee with nothing else.
    const AccessReviewItem *admin = find(items, QStringLiteral("ada"), QStringLiteral("admin"));
    const Caller adminReviewer
        = admin->reviewerId == m_olga.user.id ? m_olga.caller : m_omar.caller;
    Result<AccessReviewItem> lastAdmin
        = reviews.decide(adminReviewer, started->id, admin->id, QStringLiteral("revoke"), kReason);
    QCOMPARE(lastAdmin.error().code, ErrorCode::Conflict);
    QVERIFY(lastAdmin.error().message.contains(QStringLiteral("only active admin")));
    QVERIFY(Accounts(*m_store).user(m_ada.user.id)->roles.contains(QStringLiteral("admin")));
    const AccessReviewItem *employee
        = find(items, QStringLiteral("emil"), QStringLiteral("employee"));
    const Caller employeeReviewer
        = employee->reviewerId == m_olga.user.id ? m_olga.caller : m_omar.caller;
    Result<AccessReviewItem> lastRole = reviews.decide(employeeReviewer, started->id, employee->id,
                                                       QStringLiteral("revoke"), kReason);
    QCOMPARE(lastRole.error().code, ErrorCode::Conflict);
    QVERIFY(lastRole.error().message.contains(QStringLiteral("offboard")));
    // A refused revoke leaves the item undecided.
    QVERIFY(find(itemsOf(started->id), QStringLiteral("ada"), QStringLiteral("admin"))
                ->decision.isEmpty());
}

void TestAccessReviews::deadlineAppliesThePolicy_data()
{
    QTest::addColumn<QString>("action");
    QTest::addColumn<QString>("grantDecision");
    QTest::addColumn<QString>("grantStatus");
    QTest::addColumn<QString>("miaRoles");
    QTest::newRow("flag") << QStringLiteral("flag") << QStringLiteral("unreviewed")
                          << QStringLiteral("active") << QStringLiteral("manager");
    QTest::newRow("revoke") << QStringLiteral("revoke") << QStringLiteral("revoke")
                            << QStringLiteral("revoked") << QStringLiteral("employee");
}

void TestAccessReviews::deadlineAppliesThePolicy()
{
    QFETCH(QString, action);
    QFETCH(QString, grantDecision);
    QFETCH(QString, grantStatus);
    QFETCH(QString, miaRoles);
    AccessReviews reviews(*m_store);
    // Closes before emil's 72-hour grant would expire by itself.
    const qint64 due = m_clock.nowMs() + 2 * kDay * 1000;
    Result<AccessReview> started
        = reviews.start(m_olga.caller, {QStringLiteral("Q1"), due, action});
    QVERIFY(started.ok());
    QCOMPARE(started->unreviewedAction, action);
    QCOMPARE(started->dueAt, due);
    const QList<AccessReviewItem> items = itemsOf(started->id);
    const AccessReviewItem *olgaRole
        = find(items, QStringLiteral("olga"), QStringLiteral("compliance_officer"));
    QVERIFY(
        reviews.decide(m_omar.caller, started->id, olgaRole->id, QStringLiteral("keep"), kReason)
            .ok());

    // One second before the deadline nothing happens.
    m_clock.set(QDateTime::fromMSecsSinceEpoch(started->dueAt - 1000, Qt::UTC));
    QCOMPARE(reviews.closeDueReviews().value(), 0);
    QCOMPARE(reviews.review(m_olga.caller, started->id)->status, QStringLiteral("open"));

    m_clock.set(QDateTime::fromMSecsSinceEpoch(started->dueAt, Qt::UTC));
    Result<int> closed = reviews.closeDueReviews();
    QVERIFY2(closed.ok(), closed.ok() ? "" : qPrintable(closed.error().message));
    QCOMPARE(closed.value(), 1);
    const Result<AccessReview> done = reviews.review(m_olga.caller, started->id);
    QCOMPARE(done->status, QStringLiteral("completed"));
    QCOMPARE(done->completedBy, QStringLiteral("system"));
    QCOMPARE(done->progress.decided, done->progress.total);
    QVERIFY(!done->reportSha256.isEmpty());

    const QList<AccessReviewItem> after = itemsOf(started->id);
    QCOMPARE(find(after, QStringLiteral("olga"), QStringLiteral("compliance_officer"))->decision,
             QStringLiteral("keep"));
    const AccessReviewItem *grant = find(after, QStringLiteral("emil"), QString(), m_grant);
    QCOMPARE(grant->decision, grantDecision);
    QCOMPARE(grant->decidedBy, QStringLiteral("system"));
    QCOMPARE(AccessControl(*m_store).grant(m_grant)->status(m_clock.nowMs()), grantStatus);
    QCOMPARE(Accounts(*m_store).user(m_mia.user.id)->roles.join(QLatin1Char(',')), miaRoles);
    // What the policy cannot revoke (the only admin) stays, flagged for a person.
    const AccessReviewItem *admin = find(after, QStringLiteral("ada"), QStringLiteral("admin"));
    QCOMPARE(admin->decision, QStringLiteral("unreviewed"));
    QVERIFY(Accounts(*m_store).user(m_ada.user.id)->roles.contains(QStringLiteral("admin")));

    // Decisions after the deadline are refused; the job is idempotent.
    const AccessReviewItem *omarRole
        = find(after, QStringLiteral("omar"), QStringLiteral("compliance_officer"));
    QCOMPARE(
        reviews.decide(m_olga.caller, started->id, omarRole->id, QStringLiteral("keep"), kReason)
            .error()
            .code,
        ErrorCode::Conflict);
    QCOMPARE(reviews.closeDueReviews().value(), 0);
    QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM audit_events WHERE action = "
                                  "'access_review.complete'")),
             1);
}

void TestAccessReviews::remindersAreSentOnce()
{
    AccessReviews reviews(*m_store);
    const Policy &policy = m_store->policy();
    Result<AccessReview> started = reviews.start(m_olga.caller, {QStringLiteral("Q1"), {}, {}});
    QVERIFY(started.ok());
    const auto reminders = [this](const QString &kind) {
        return count(QStringLiteral("SELECT COUNT(*) FROM notifications WHERE kind = ?"), {kind});
    };
    QCOMPARE(reviews.sendReminders().value(), 0);
    const qint64 remindAt = started->dueAt - qint64(policy.accessReviewReminderDays) * kDay * 1000;
    m_clock.set(QDateTime::fromMSecsSinceEpoch(remindAt - 1000, Qt::UTC));
    QCOMPARE(reviews.sendReminders().value(), 0);
    m_clock.set(QDateTime::fromMSecsSinceEpoch(remindAt, Qt::UTC));
    QCOMPARE(reviews.sendReminders().value(), 2); // olga and omar both have open items
    m_clock.advanceSeconds(3600);
    QCOMPARE(reviews.sendReminders().value(), 0);
    m_clock.advanceSeconds(kDay);
    QCOMPARE(reviews.sendReminders().value(), 0);
    QCOMPARE(reminders(QStringLiteral("access_review_reminder")), 2);
    QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM notifications WHERE kind = "
                                  "'access_review_reminder' AND access_review_id = ? AND user_id "
                                  "= ?"),
                   {started->id, m_omar.user.id}),
             1);

    // The quarterly reminder to the officers: due interval days after the last campaign began.
    const qint64 nextDue
        = started->startedAt + qint64(policy.accessReviewIntervalDays) * kDay * 1000;
    m_clock.set(QDateTime::fromMSecsSinceEpoch(nextDue - 1000, Qt::UTC));
    QVERIFY(reviews.closeDueReviews().ok());
    QCOMPARE(reviews.sendReminders().value(), 0);
    m_clock.set(QDateTime::fromMSecsSinceEpoch(nextDue, Qt::UTC));
    QCOMPARE(reviews.sendReminders().value(), 2);
    m_clock.advanceSeconds(kDay);
    QCOMPARE(reviews.sendReminders().value(), 0);
    QCOMPARE(reminders(QStringLiteral("access_review_due")), 2);
    QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM notifications WHERE kind = "
                                  "'access_review_due' AND user_id = ?"),
                   {m_emil.user.id}),
             0);
    // A new campaign moves the next due date.
    Result<AccessReview> next = reviews.start(m_omar.caller, {QStringLiteral("Q2"), {}, {}});
    QVERIFY2(next.ok(), next.ok() ? "" : qPrintable(next.error().message));
    m_clock.advanceSeconds(20 * kDay);
    QVERIFY(reviews.closeDueReviews().ok());
    QCOMPARE(reviews.sendReminders().value(), 0);
}

void TestAccessReviews::reportCsvAndItsHash()
{
    AccessReviews reviews(*m_store);
    Result<AccessReview> started = reviews.start(m_olga.caller, {QStringLiteral("Q1"), {}, {}});
    QVERIFY(started.ok());
    const QList<AccessReviewItem> items = itemsOf(started->id);
    const QString tricky
        = QStringLiteral("=HYPERLINK(\"x\") is what the contractor \"asked\", still needed, yes");
    for (const AccessReviewItem &i : items) {
        const Caller reviewer = i.reviewerId == m_olga.user.id ? m_olga.caller : m_omar.caller;
        const bool revoke = i.grantId.has_value();
        Result<AccessReviewItem> decided = reviews.decide(
            reviewer, started->id, i.id, revoke ? QStringLiteral("revoke") : QStringLiteral("keep"),
            i.holder == QLatin1String("mia") ? tricky : kReason);
        QVERIFY2(decided.ok(), decided.ok() ? "" : qPrintable(decided.error().message));
        m_clock.advanceSeconds(60);
    }
    // The last decision completed the campaign.
    Result<AccessReview> done = reviews.review(m_olga.caller, started->id);
    QCOMPARE(done->status, QStringLiteral("completed"));

    Result<AccessReviewReport> report = reviews.report(m_olga.caller, started->id);
    QVERIFY2(report.ok(), report.ok() ? "" : qPrintable(report.error().message));
    const QList<QByteArray> lines = report->csv.split('\n');
    QCOMPARE(lines.size(), items.size() + 2); // header, rows, the empty rest after the last CRLF
    QCOMPARE(lines.first(),
             QByteArray("review_id,item_id,kind,holder,role,category,client,granted_by,"
                        "granted_at,expires_at,reviewer,decision,reason,decided_by,decided_at,"
                        "outcome\r"));
    QVERIFY(lines.last().isEmpty());
    const AccessReviewItem *grant = find(report->items, QStringLiteral("emil"), QString(), m_grant);
    const QByteArray grantRow
        = QStringLiteral("%1,%2,grant,emil,,orders.pii,ACME EU,olga,%3,%4,"
                         "olga,revoke,%5,olga,%6,grant revoked\r")
              .arg(started->id)
              .arg(grant->id)
              .arg(json::time(grant->grantedAt).toJsonValue().toString(),
                   json::time(grant->expiresAt).toJsonValue().toString(), kReason,
                   json::time(grant->decidedAt).toJsonValue().toString())
              .toUtf8();
    QVERIFY2(lines.contains(grantRow), report->csv.constData());
    // Quotes doubled, the field quoted, and no formula for the spreadsheet.
    QVERIFY2(report->csv.contains(",\"'=HYPERLINK(\"\"x\"\") is what the contractor "
                                  "\"\"asked\"\", still needed, yes\","),
             report->csv.constData());

    const QString sha = QString::fromLatin1(crypto::sha256(report->csv).toHex());
    QCOMPARE(report->csvSha256, sha);
    QCOMPARE(done->reportSha256, sha);
    Result<Query> event = m_store->exec(
        QStringLiteral("SELECT detail FROM audit_events WHERE action = 'access_review.complete' "
                       "AND object_id = ?"),
        {QString::number(started->id)});
    QVERIFY(event.ok() && event->next());
    QVERIFY2(event->value(0).toString().contains(QStringLiteral("report_sha256=") + sha),
             qPrintable(event->value(0).toString()));
    // Reading the evidence is audited, and needs access_reviews:manage.
    QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM audit_events WHERE action = "
                                  "'access_review.report'")),
             1);
    QCOMPARE(reviews.report(m_ada.caller, started->id).error().code, ErrorCode::Forbidden);
}

// A completed campaign's SHA-256 is in the audit trail, and the CSV is recomputed from the
// stored items on every download: the bytes of reports already issued must never change. These
// hashes were taken from the CSV writer that issued them (before the CSV writer was shared with
// the asset export and the console's aggregates); every escaping case is here.
void TestAccessReviews::issuedReportsKeepTheirBytes_data()
{
    QTest::addColumn<QString>("reason");
    QTest::addColumn<QString>("outcome");
    QTest::addColumn<QString>("sha256");
    const auto row
        = [](const char *name, const QString &reason, const QString &outcome, const char *sha) {
              QTest::newRow(name) << reason << outcome << QString::fromLatin1(sha);
          };
    row("plain", QStringLiteral("still needed for the Q3 reconciliation"), QStringLiteral("kept"),
        "a5b4bf3149b2f44e8efc0f441b9f59f11c7e30ee5630758249494741e76c24a6");
    row("formula", QStringLiteral("=HYPERLINK(\"x\") still needed"),
        QStringLiteral("grant revoked"),
        "43dfcbbfefe88a1d93515ff8482919130301c98c99027cb46ba71d504f161760");
    row("plus minus at", QStringLiteral("+1 from the team lead"), QStringLiteral("-"),
        "a23af37fbbc06a1b90071f8d5c928cd916398150083b5d0cbcadc1f3879d59a5");
    row("at", QStringLiteral("@team agreed"), QStringLiteral("kept"),
        "0f9ef3b028626c9524c28a1c3ff48ea486fbcfa89e3cb753ecf0b4fb96b9d00c");
    row("tab and carriage return", QStringLiteral("\tindented reason"),
        QStringLiteral("\rnot revoked: last admin"),
        "7811e16af72e9ed95290b34a400f5027a1aac483a6217c4841d259517d6f65d2");
    row("comma quote newline", QStringLiteral("needed, says \"Ops\"\nsecond line"),
        QStringLiteral("role removed; employee kept as the only role"),
        "f0e2ff34eeb7ba0fd9046f742b9092c3b82cfe4cb8dd4e0d5b86d21dc696e9fc");
    row("carriage return inside", QStringLiteral("one\r\ntwo"), QStringLiteral("kept"),
        "c02c7d0476e3e80a35b755400348fb55d2792827267c7913535683a020779e27");
    row("unicode", QStringLiteral("Überprüft — données à garder"), QStringLiteral("kept"),
        "5d60a170e4dbe7060ae19bbdece535a328dbcd1e1bd09a3e03825903e569f859");
    row("empty", QString(), QString(),
        "6c9010c0df8ab4376bd25d0444718e41008e50b9bd551a49cf534316ee9ff475");
}

void TestAccessReviews::issuedReportsKeepTheirBytes()
{
    QFETCH(QString, reason);
    QFETCH(QString, outcome);
    QFETCH(QString, sha256);
    AccessReviewItem grant;
    grant.id = 40;
    grant.reviewId = 2;
    grant.kind = QStringLiteral("grant");
    grant.holder = QStringLiteral("bob");
    grant.grantId = 4;
    grant.category = QStringLiteral("orders.pii");
    grant.client = QStringLiteral("ACME, EU");
    grant.grantedBy = QStringLiteral("carol");
    grant.grantedAt = 1'790'000'000'000;
    grant.expiresAt = 1'790'172'800'123;
    grant.reviewer = QStringLiteral("carol");
    grant.decision = QStringLiteral("revoke");
    grant.reason = reason;
    grant.decidedBy = QStringLiteral("carol");
    grant.decidedAt = 1'790'086'400'000;
    grant.outcome = outcome;
    AccessReviewItem role;
    role.id = 41;
    role.reviewId = 2;
    role.kind = QStringLiteral("role");
    role.holder = QStringLiteral("-dash");
    role.role = QStringLiteral("admin");
    role.reviewer = QStringLiteral("olga");
    const QByteArray csv = accessReviewCsv({grant, role});
    QCOMPARE(QString::fromLatin1(crypto::sha256(csv).toHex()), sha256);
}

void TestAccessReviews::departureEnforcedAtTheExactMoment()
{
    Accounts accounts(*m_store);
    const qint64 departure = m_clock.nowMs() + 600 * 1000;
    Result<OffboardResult> scheduled = accounts.offboard(
        m_ada.caller, m_emil.user.id, QStringLiteral("contract ends"), departure);
    QVERIFY2(scheduled.ok(), scheduled.ok() ? "" : qPrintable(scheduled.error().message));
    QVERIFY(scheduled->scheduled);
    QCOMPARE(scheduled->revokedGrants, 0);
    QCOMPARE(scheduled->user.status, QStringLiteral("active"));
    QCOMPARE(scheduled->user.departureAt, OptionalTime(departure));
    QCOMPARE(accounts.nextDeparture().value(), std::optional<qint64>(departure));

    // 31 s before: signing in works; one second before: the token works, nothing is revoked.
    m_clock.set(QDateTime::fromMSecsSinceEpoch(departure - 31 * 1000, Qt::UTC));
    Result<Session> session = signIn(m_emil);
    QVERIFY2(session.ok(), session.ok() ? "" : qPrintable(session.error().message));
    QCOMPARE(m_clock.nowMs(), departure - 1000);
    QVERIFY(accounts.authenticate(session->token).ok());
    QCOMPARE(accounts.completeDepartures().value(), 0);
    QCOMPARE(AccessControl(*m_store).grant(m_grant)->status(m_clock.nowMs()),
             QStringLiteral("active"));

    // At the moment itself, before any job ran: token and sign-in refused.
    m_clock.set(QDateTime::fromMSecsSinceEpoch(departure, Qt::UTC));
    Result<Caller> refused = accounts.authenticate(session->token);
    QVERIFY(!refused.ok());
    QCOMPARE(refused.error().code, ErrorCode::Unauthorized);
    Result<Session> again = signIn(m_emil);
    QVERIFY(!again.ok());
    QCOMPARE(again.error().code, ErrorCode::Unauthorized);
    m_clock.set(QDateTime::fromMSecsSinceEpoch(departure, Qt::UTC));

    // The job revokes everything, once.
    Result<int> done = accounts.completeDepartures();
    QVERIFY2(done.ok(), done.ok() ? "" : qPrintable(done.error().message));
    QCOMPARE(done.value(), 1);
    QCOMPARE(accounts.completeDepartures().value(), 0);
    const Result<User> user = accounts.user(m_emil.user.id);
    QCOMPARE(user->status, QStringLiteral("offboarded"));
    QCOMPARE(user->departureAt, OptionalTime(departure));
    QCOMPARE(user->accessRevokedAt, OptionalTime(departure));
    QCOMPARE(json::toJson(user.value())
                 .toJsonObject()
                 .value(QStringLiteral("departure_to_revocation_seconds")),
             QJsonValue(0.0));
    const Result<Grant> g = AccessControl(*m_store).grant(m_grant);
    QCOMPARE(g->status(m_clock.nowMs()), QStringLiteral("revoked"));
    QVERIFY(g->revokeReason.contains(QStringLiteral("contract ends")));
    QVERIFY(!accounts.nextDeparture().value().has_value());
    Result<Query> event = m_store->exec(QStringLiteral(
        "SELECT actor, detail FROM audit_events WHERE action = 'user.offboard' ORDER BY seq DESC"));
    QVERIFY(event.ok() && event->next());
    QCOMPARE(event->value(0).toString(), QStringLiteral("system"));
    QVERIFY2(event->value(1).toString().contains(QStringLiteral("scheduled_by=ada")),
             qPrintable(event->value(1).toString()));

    // Immediate offboarding records a zero delay as well; a late job shows its lateness.
    const qint64 later = m_clock.nowMs() + 120 * 1000;
    QVERIFY(accounts.offboard(m_ada.caller, m_mia.user.id, {}, later).ok());
    m_clock.set(QDateTime::fromMSecsSinceEpoch(later + 2500, Qt::UTC));
    QCOMPARE(accounts.completeDepartures().value(), 1);
    QCOMPARE(json::toJson(accounts.user(m_mia.user.id).value())
                 .toJsonObject()
                 .value(QStringLiteral("departure_to_revocation_seconds"))
                 .toDouble(),
             2.5);
}

void TestAccessReviews::departureInThePastRefused()
{
    Accounts accounts(*m_store);
    Result<OffboardResult> past
        = accounts.offboard(m_ada.caller, m_emil.user.id, {}, m_clock.nowMs() - 3600 * 1000);
    QVERIFY(!past.ok());
    QCOMPARE(past.error().code, ErrorCode::InvalidInput);
    QCOMPARE(accounts.user(m_emil.user.id)->status, QStringLiteral("active"));
    // "Now" typed a moment ago is now.
    Result<OffboardResult> now
        = accounts.offboard(m_ada.caller, m_emil.user.id, {}, m_clock.nowMs() - 2000);
    QVERIFY2(now.ok(), now.ok() ? "" : qPrintable(now.error().message));
    QVERIFY(!now->scheduled);
    QCOMPARE(now->revokedGrants, 1);
    QCOMPARE(now->user.accessRevokedAt, OptionalTime(m_clock.nowMs()));
}

QTEST_GUILESS_MAIN(TestAccessReviews)
#include "tst_access_reviews.moc"
