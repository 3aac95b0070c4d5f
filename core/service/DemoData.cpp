#include "DemoData.h"

#include "crypto/Crypto.h"
#include "crypto/Totp.h"
#include "domain/Roles.h"
#include "service/AccessControl.h"
#include "service/AccessReviews.h"
#include "service/Accounts.h"
#include "service/DemoAssets.h"
#include "service/DemoIncidents.h"
#include "service/DemoOrders.h"
#include "service/ThirdParties.h"
#include "store/RowType.h"
#include "store/Store.h"

#include <QHash>

namespace cc::demo {

namespace {

struct Person
{
    const char *username;
    const char *name;
    const char *title;
    const char *role;
    bool enrolled;
    const char *designations = ""; // comma-separated (domain/Roles.h)
};

// Only the "unenrolled" employee has not yet signed in with a code.
const Person kPeople[] = {
    {"carol.nguyen", "Carol Nguyen", "Compliance Officer", "compliance_officer", true,
     "incident_contact"},
    {"daniel.okafor", "Daniel Okafor", "Senior Compliance Officer", "compliance_officer", true,
     "incident_contact_deputy"},
    {"alice.moreau", "Alice Moreau", "IT Administrator", "admin", true},
    {"tomas.rivera", "Tomás Rivera", "CTO", "executive", true, "cto"},
    {"nina.hoffmann", "Nina Hoffmann", "CEO", "executive", true, "ceo"},
    {"mark.jensen", "Mark Jensen", "Operations Manager", "manager", true},
    {"bob.baker", "Bob Baker", "Customer Service Lead", "employee", true},
    {"priya.shah", "Priya Shah", "Data Analyst", "employee", true},
    {"li.wei", "Li Wei", "Fulfilment Coordinator", "employee", true},
    {"sam.okoye", "Sam Okoye", "Support Agent", "employee", false},
    {"emma.larsen", "Emma Larsen", "Finance Analyst", "employee", true},
    {"jonas.berg", "Jonas Berg", "Former Support Agent", "employee", true},
};

constexpr qint64 kHourMs = 3600 * 1000;

// Moves a scenario's request and grant into the past, as a store in use would have them.
// Only these records move: the audit trail keeps the true time of seeding.
Result<void> backdate(Store &store, qint64 requestId, qint64 hoursAgo)
{
    const qint64 shift = hoursAgo * kHourMs;
    for (const QString &sql :
         {QStringLiteral("UPDATE access_requests SET created_at = created_at - ?, decided_at = "
                         "decided_at - ? WHERE id = ?"),
          QStringLiteral(
              "UPDATE grants SET granted_at = granted_at - ?, expires_at = expires_at - ?, "
              "revoked_at = revoked_at - ? WHERE request_id = ?"),
          QStringLiteral("UPDATE access_approvals SET at = at - ? WHERE request_id = ?")}) {
        QVariantList args(sql.count(QLatin1Char('?')) - 1, shift);
        args << requestId;
        if (Result<Query> moved = store.exec(sql, args); !moved)
            return moved.error();
    }
    return {};
}

QString randomPassword()
{
    return QString::fromLatin1(crypto::randomBytes(18).toBase64(QByteArray::Base64UrlEncoding));
}

// What monitoring would have seen in a working week, made by real sign-ins so the rules raise
// their alerts themselves: password guessing against one account from one address, guesses at
// made-up usernames from another, and a login used from a second address while its first
// session is live (a new address and a shared login). Addresses are documentation ranges.
Result<void> seedSignInActivity(Store &store, const QHash<QString, DemoLogin> &logins)
{
    Accounts accounts(store);
    for (int i = 0; i < store.policy().alertFailedSignInThreshold; ++i) {
        (void)accounts
            .signIn({QStringLiteral("priya.shah"),
                     "Summer2026!",
                     QStringLiteral("000000"),
                     {},
                     QStringLiteral("203.0.113.45")})
            .run();
        (void)accounts
            .signIn({QStringLiteral("admin%1").arg(i),
                     "password",
                     QStringLiteral("123456"),
                     {},
                     QStringLiteral("198.51.100.23")})
            .run();
    }
    // Not an account of demo-login.json: these sign-ins use up the time steps the window
    // accepts now, so compliance-console --demo-user would be refused as a replay for a minute.
    const DemoLogin &sharer = logins.value(QStringLiteral("li.wei"));
    const qint64 step = store.clock().nowMs() / 1000 / crypto::totp::kDefaultStepSeconds;
    const QString addresses[] = {QStringLiteral("10.20.0.31"), QStringLiteral("192.0.2.77")};
    for (int i = 0; i < 2; ++i) {
        // Each code once: this step's, then the next one the window still accepts.
        Result<QString> code
            = crypto::totp::code(sharer.totpSecret, (step + i) * crypto::totp::kDefaultStepSeconds);
        if (!code)
            return code.error();
        if (Result<Session> session
            = accounts.signIn({sharer.username, sharer.password.toUtf8(), *code, {}, addresses[i]})
                  .run();
            !session)
            return session.error();
    }
    return {};
}

// A quarterly access review under way: started by the senior officer, some items decided (one
// grant revoked), the rest waiting, among them the demo officer's own.
Result<void> seedAccessReview(Store &store, const QHash<QString, Caller> &people)
{
    AccessReviews reviews(store);
    Result<AccessReview> review
        = reviews.start(people.value(QStringLiteral("daniel.okafor")),
                        {QStringLiteral("Q4 2026 access review"), std::nullopt, QString()});
    if (!review)
        return review.error();
    Result<Page<AccessReviewItem>> items
        = reviews.items(people.value(QStringLiteral("daniel.okafor")), review->id, false, 0, 500);
    if (!items)
        return items.error();
    int kept = 0;
    bool revoked = false;
    for (const AccessReviewItem &item : items->items) {
        if (item.reviewer != QLatin1String("daniel.okafor"))
            continue; // the demo officer's items stay open for them
        const bool revoke = !revoked && item.grantId.has_value();
        if (!revoke && kept >= 3)
            continue;
        Result<AccessReviewItem> decided = reviews.decide(
            people.value(item.reviewer), review->id, item.id,
            revoke ? QStringLiteral("revoke") : QStringLiteral("keep"),
            revoke ? QStringLiteral("The investigation it was granted for closed last week")
                   : QStringLiteral("Still needed for the daily order operations"));
        if (!decided)
            return decided.error();
        if (revoke)
            revoked = true;
        else
            ++kept;
    }
    return {};
}

// The staff: accounts created as an administrator would, joined over the past year, all but
// one already enrolled in two-factor authentication.
struct Staff
{
    QHash<QString, Caller> people; // by username
    QHash<QString, DemoLogin> logins;
    DemoLogin first; // the login seed() hands back: the first person's
};

Result<Staff> seedStaff(Store &store)
{
    Accounts accounts(store);
    Staff staff;
    for (const Person &p : kPeople) {
        NewUser u;
        u.username = QString::fromUtf8(p.username);
        u.email = u.username + QStringLiteral("@moaj.example");
        u.displayName = QString::fromUtf8(p.name);
        u.title = QString::fromUtf8(p.title);
        u.roles = {QString::fromUtf8(p.role)};
        // Random, so now and then one the password rules refuse (cracklib finds a word in it):
        // another is drawn.
        QString password;
        Result<CreatedUser> created = makeError(ErrorCode::Internal, QString());
        for (int attempt = 0; attempt < 10; ++attempt) {
            password = randomPassword();
            u.password = password.toUtf8();
            created = accounts.addUser(Caller::localOperator(), u);
            if (created || created.error().code != ErrorCode::InvalidInput
                || !created.error().message.startsWith(QLatin1String("password refused")))
                break;
        }
        if (!created)
            return created.error();
        // People joined over the past year.
        const qint64 joinedDaysAgo = 400 - 30 * qint64(staff.people.size());
        if (Result<Query> joined = store.exec(
                QStringLiteral("UPDATE users SET created_at = created_at - ? WHERE id = ?"),
                {joinedDaysAgo * 24 * kHourMs, created->user.id});
            !joined)
            return joined.error();
        if (p.enrolled) {
            // As if each person had already signed in once with their authenticator.
            if (Result<Query> enrolled = store.exec(
                    QStringLiteral("UPDATE users SET totp_enrolled_at = ? WHERE id = ?"),
                    {store.clock().nowMs() - qint64(30) * 24 * 3600 * 1000, created->user.id});
                !enrolled)
                return enrolled.error();
            created->user.totpEnrolled = true;
        }
        if (const QStringList designations
            = QString::fromUtf8(p.designations).split(QLatin1Char(','), Qt::SkipEmptyParts);
            !designations.isEmpty()) {
            UserUpdate designate;
            designate.designations = designations;
            Result<User> designated
                = accounts.updateUser(Caller::localOperator(), created->user.id, designate);
            if (!designated)
                return designated.error();
            created->user = *designated;
        }
        staff.people.insert(u.username, Caller::forUser(created->user));
        staff.logins.insert(u.username, {u.username, password, created->totpSecret});
        if (staff.first.username.isEmpty()) {
            staff.first = {u.username, password, created->totpSecret};
        }
    }
    return staff;
}

struct Scenario
{
    const char *requester;
    const char *category;
    const char *client;
    const char *reason;
    int hours;
    enum { Pending, Approve, ApproveRevoke, Deny } outcome;
    const char *comment;
    int hoursAgo;
};

const Scenario kScenarios[] = {
    {"bob.baker", "orders.pii", "Northwind Outdoor EU",
     "Buyer disputes delivery of order 302-4471905; need the shipping address to file the "
     "carrier claim.",
     24, Scenario::Approve, "Approved for the carrier claim only.", 3},
    {"priya.shah", "aggregates", "Northwind Outdoor EU",
     "Monthly sales dashboard for the client review meeting on Thursday.", 72, Scenario::Approve,
     "Aggregates only, fine.", 26},
    {"li.wei", "orders.nonpii", "Bluebird Home US",
     "Reconcile shipped quantities against the warehouse export for November.", 48,
     Scenario::Approve, "OK for the reconciliation.", 20},
    {"emma.larsen", "orders.nonpii", "Bluebird Home US",
     "Check order totals behind the payout discrepancy reported by the client.", 8,
     Scenario::ApproveRevoke, "Approved for the payout check.", 50},
    {"bob.baker", "orders.pii", "Bluebird Home US",
     "Want to look around the customer list to get a feel for the buyers.", 168, Scenario::Deny,
     "No specific task: PII access needs a concrete order or ticket.", 120},
    {"priya.shah", "orders.pii", "Bluebird Home US",
     "Prepare the return labels for the 14 damaged parcels in ticket CS-2291.", 24,
     Scenario::Pending, nullptr, 1},
    {"li.wei", "orders.pii", "Northwind Outdoor EU",
     "Re-ship order 028-9912004 after the carrier lost it; need the delivery address and "
     "phone.",
     12, Scenario::Pending, nullptr, 2},
    {"emma.larsen", "aggregates", "Kestrel Outfitters UK",
     "Quarter-end revenue totals per marketplace for the board pack.", 96, Scenario::Pending,
     nullptr, 5},
    {"sam.okoye", "orders.pii", "Kestrel Outfitters UK",
     "Answer buyer e-mails about late deliveries in ticket queue CS-2310.", 48, Scenario::Pending,
     nullptr, 9},
    {"mark.jensen", "orders.nonpii", "Kestrel Outfitters UK",
     "Forecast next month's fulfilment volume for staffing the warehouse shifts.", 120,
     Scenario::Pending, nullptr, 30},
    {"mark.jensen", "orders.nonpii", "Northwind Outdoor EU",
     "Count units shipped per warehouse for the October capacity review.", 48, Scenario::Approve,
     "Non-PII, two days is enough.", 24 * 12},
    {"jonas.berg", "orders.pii", "Northwind Outdoor EU",
     "Call back buyers about the delayed parcels listed in ticket CS-2188.", 72, Scenario::Approve,
     "For the call-backs in CS-2188.", 40},
    // The months before, for the dashboard's trends: requests long since decided.
    {"priya.shah", "aggregates", "Northwind Outdoor EU",
     "Quarterly sales summary for the client's business review in January.", 72, Scenario::Approve,
     "Aggregates for the review.", 24 * 330},
    {"li.wei", "orders.nonpii", "Bluebird Home US",
     "Reconcile shipped quantities against the warehouse export for February.", 48,
     Scenario::Approve, "OK for the reconciliation.", 24 * 290},
    {"bob.baker", "orders.pii", "Northwind Outdoor EU",
     "Buyer asks where order 302-1187730 went; need the delivery address for the claim.", 24,
     Scenario::Approve, "For the claim only.", 24 * 250},
    {"emma.larsen", "orders.pii", "Bluebird Home US",
     "Would like to see buyer details to understand who buys the most.", 168, Scenario::Deny,
     "Curiosity is no reason for PII.", 24 * 215},
    {"mark.jensen", "orders.nonpii", "Kestrel Outfitters UK",
     "Forecast summer fulfilment volume for the warehouse staffing plan.", 120, Scenario::Approve,
     "Non-PII, fine.", 24 * 180},
    {"priya.shah", "orders.pii", "Kestrel Outfitters UK",
     "Return labels for the eight parcels damaged in ticket CS-1904.", 24, Scenario::Approve,
     "For CS-1904.", 24 * 140},
    {"sam.okoye", "orders.pii", "Northwind Outdoor EU",
     "Look up buyers in general to speed up answering e-mails.", 168, Scenario::Deny,
     "Ask per ticket, with the order id.", 24 * 100},
    {"li.wei", "orders.nonpii", "Northwind Outdoor EU",
     "Count units shipped per warehouse for the September capacity review.", 48, Scenario::Approve,
     "OK.", 24 * 75},
};

// Access requests as they stand after some weeks: approved, revoked, denied and pending ones.
Result<void> seedAccessRequests(Store &store, const QHash<QString, Caller> &people)
{
    AccessControl access(store);
    const Caller approver = people.value(QStringLiteral("daniel.okafor"));
    // Where the policy wants two approvals for PII, the second officer gives the other.
    const Caller secondApprover = people.value(QStringLiteral("carol.nguyen"));
    for (const Scenario &s : kScenarios) {
        Result<AccessRequest> request
            = access.createRequest(people.value(QString::fromUtf8(s.requester)),
                                   {QString::fromUtf8(s.category),
                                    QString::fromUtf8(s.client),
                                    QString::fromUtf8(s.reason),
                                    s.hours,
                                    {}});
        if (!request)
            return request.error();
        const QString comment = QString::fromUtf8(s.comment);
        if (s.outcome == Scenario::Approve || s.outcome == Scenario::ApproveRevoke) {
            Result<Approval> approved = access.approve(approver, request->id, comment);
            if (approved && !approved->grant)
                approved = access.approve(secondApprover, request->id, comment);
            if (!approved)
                return approved.error();
            if (s.outcome == Scenario::ApproveRevoke) {
                Result<Grant> revoked = access.revoke(
                    approver, approved->grant->id,
                    QStringLiteral("Discrepancy resolved; access no longer needed."));
                if (!revoked)
                    return revoked.error();
            }
        } else if (s.outcome == Scenario::Deny) {
            Result<AccessRequest> denied = access.deny(approver, request->id, comment);
            if (!denied)
                return denied.error();
        }
        if (Result<void> moved = backdate(store, request->id, s.hoursAgo); !moved)
            return moved.error();
    }
    return {};
}

struct UserRolesRow
{
    enum Column { Id, Roles, ColumnCount };
    static constexpr rows::Columns<ColumnCount> columns {{{Id, "id"}, {Roles, "roles"}}};
    static_assert(rows::inOrder(columns));
    static inline const QString select = rows::select(columns, "FROM users WHERE username_key = ?");
};

} // namespace

Result<Caller> person(const Store &store, const QString &username)
{
    Result<Query> q = store.exec(UserRolesRow::select, {username});
    if (!q)
        return q.error();
    if (!q->next())
        return makeError(ErrorCode::NotFound,
                         QStringLiteral("demo person %1 is missing").arg(username));
    Caller c;
    c.userId = q->value(UserRolesRow::Id).toLongLong();
    c.username = username;
    c.roles = q->value(UserRolesRow::Roles).toString().split(QLatin1Char(','), Qt::SkipEmptyParts);
    c.permissions = permissionsForRoles(c.roles);
    return c;
}

// Subcontractors in each state the control knows (assessed, due soon, overdue, receiving no
// Amazon data) and credentials (rotated, due soon, owned by the leaver, who is offboarded
// after this), each with a real-looking location and never a secret.
Result<void> seedThirdParties(Store &store, const QHash<QString, Caller> &people)
{
    constexpr qint64 kDay = 24LL * 60 * 60 * 1000;
    const qint64 now = store.clock().nowMs();
    const Caller officer = people.value(QStringLiteral("carol.nguyen"));
    const Caller admin = people.value(QStringLiteral("alice.moreau"));
    struct DemoSubcontractor
    {
        const char *name, *contact;
        QStringList categories;
        int assessedDaysAgo; // 0: never
        const char *outcome;
    };
    const QList<DemoSubcontractor> subcontractors = {
        {"ShipLabel Print GmbH",
         "privacy@shiplabel.example",
         {QStringLiteral("order_facts"), QStringLiteral("shipping_address")},
         345,
         "approved"},
        {"Ledgerline Accounting",
         "dpo@ledgerline.example",
         {QStringLiteral("financial"), QStringLiteral("tax_invoices")},
         420,
         "approved_with_conditions"},
        {"CloudDesk Helpdesk",
         "security@clouddesk.example",
         {QStringLiteral("buyer_pii")},
         60,
         "approved"},
        {"Brightway Office Cleaning", "office@brightway.example", {}, 0, ""},
    };
    Subcontractors register_(store);
    for (const DemoSubcontractor &d : subcontractors) {
        Result<Subcontractor> made = register_.create(
            officer, {QLatin1String(d.name), QLatin1String(d.contact), d.categories});
        if (!made)
            return made.error();
        if (d.assessedDaysAgo == 0)
            continue;
        const QString document = QStringLiteral("Third-party risk assessment of %1: security "
                                                "questionnaire, ISO 27001 certificate, DPA.")
                                     .arg(QLatin1String(d.name));
        if (Result<Subcontractor> assessed = register_.assess(
                officer, made->id,
                {now - d.assessedDaysAgo * kDay, QLatin1String(d.outcome),
                 QStringLiteral("Carol Nguyen"), QStringLiteral("Questionnaire and DPA reviewed"),
                 QStringLiteral("assessment-%1.txt").arg(made->id), document.toUtf8()});
            !assessed)
            return assessed.error();
    }
    struct DemoCredential
    {
        const char *name, *owner, *location, *purpose;
        int rotatedDaysAgo;
    };
    const QList<DemoCredential> credentials = {
        {"SP-API LWA client (EU)", "alice.moreau", "Vault: secret/sp-api/lwa-eu",
         "Order sync, EU marketplaces", 40},
        {"SP-API LWA client (NA)", "alice.moreau", "Vault: secret/sp-api/lwa-na",
         "Order sync, North America", 85},
        {"AWS IAM user sp-api-signer", "jonas.berg", "AWS Secrets Manager: prod/sp-api/iam",
         "Signs SP-API requests", 30},
    };
    for (const DemoCredential &d : credentials) {
        if (Result<ApiCredential> made = ApiCredentials(store).create(
                admin,
                {QLatin1String(d.name), QLatin1String(d.owner), QLatin1String(d.location),
                 QLatin1String(d.purpose), std::nullopt, now - d.rotatedDaysAgo * kDay});
            !made)
            return made.error();
    }
    return {};
}

Result<DemoLogins> seed(Store &store)
{
    Result<std::optional<QVariant>> users
        = rows::single(store.exec(QStringLiteral("SELECT COUNT(*) FROM users")));
    if (!users)
        return users.error();
    if (*users && (*users)->toInt() > 0)
        return makeError(
            ErrorCode::Conflict,
            QStringLiteral("the store already has users: demo data goes only into a new store"));
    Result<Staff> staff = seedStaff(store);
    if (!staff)
        return staff.error();
    const QHash<QString, Caller> &people = staff->people;
    // First the orders: their ingest registers the clients the access requests name.
    if (Result<int> orders = seedOrders(store); !orders)
        return orders.error();
    if (Result<void> requests = seedAccessRequests(store, people); !requests)
        return requests.error();
    if (Result<void> registers = seedThirdParties(store, people); !registers)
        return registers.error();
    // A leaver: offboarding revoked the grant approved for him the day before yesterday.
    Result<OffboardResult> left = Accounts(store).offboard(
        people.value(QStringLiteral("alice.moreau")),
        people.value(QStringLiteral("jonas.berg")).userId, QStringLiteral("Left the company"));
    if (!left)
        return left.error();
    if (Result<int> assets = seedAssets(store); !assets)
        return assets.error();
    if (Result<int> findings = seedVulnerabilities(store); !findings)
        return findings.error();
    if (Result<int> incidents = seedIncidents(store); !incidents)
        return incidents.error();
    if (Result<void> reviewed = seedAccessReview(store, people); !reviewed)
        return reviewed.error();
    if (Result<void> watched = seedSignInActivity(store, staff->logins); !watched)
        return watched.error();
    DemoLogins logins {staff->first, {}};
    for (const auto &[as, username] : {std::pair {"ceo", "nina.hoffmann"},
                                       {"cto", "tomas.rivera"},
                                       {"manager", "mark.jensen"},
                                       {"employee", "bob.baker"},
                                       {"admin", "alice.moreau"}})
        logins.others.append(
            {QString::fromLatin1(as), staff->logins.value(QString::fromLatin1(username))});
    return logins;
}

} // namespace cc::demo
