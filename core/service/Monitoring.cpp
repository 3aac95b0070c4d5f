#include "Monitoring.h"

#include "Incidents.h"
#include "Outbox.h"
#include "ServiceSupport.h"
#include "domain/AssetRules.h"
#include "domain/Roles.h"
#include "store/Store.h"

#include <algorithm>

#include <QDateTime>
#include <QLoggingCategory>

namespace cc {

Q_LOGGING_CATEGORY(lcMonitoring, "compliance.monitoring")

using service::eventBy;

namespace {

constexpr qint64 kMinuteMs = 60 * 1000;
constexpr qint64 kHourMs = 60 * kMinuteMs;
constexpr qint64 kDayMs = 24 * kHourMs;

// A password, 2FA code or enrolment code put to the test: a refused one is a failed sign-in.
bool isCredentialAttempt(const QString &action)
{
    return action == QLatin1String("session.create") || action == QLatin1String("enrolment.start")
        || action == QLatin1String("enrolment.finish");
}

std::optional<qint64> optionalId(const QVariant &value)
{
    return value.isNull() ? std::nullopt : std::optional<qint64>(value.toLongLong());
}

// An alert; a query appends its WHERE.
struct AlertRow
{
    enum Column {
        Id,
        Rule,
        Severity,
        SubjectUserId,
        Subject,
        Title,
        Detail,
        EventCount,
        FirstSeq,
        LastSeq,
        RaisedAt,
        LastSeenAt,
        AcknowledgedAt,
        AcknowledgedBy,
        AcknowledgeNote,
        IncidentId,
        ColumnCount
    };
    static constexpr rows::Columns<ColumnCount> columns {{
        {Id, "id"},
        {Rule, "rule"},
        {Severity, "severity"},
        {SubjectUserId, "subject_user_id"},
        {Subject, "subject"},
        {Title, "title"},
        {Detail, "detail"},
        {EventCount, "event_count"},
        {FirstSeq, "first_seq"},
        {LastSeq, "last_seq"},
        {RaisedAt, "raised_at"},
        {LastSeenAt, "last_seen_at"},
        {AcknowledgedAt, "acknowledged_at"},
        {AcknowledgedBy, "acknowledged_by"},
        {AcknowledgeNote, "acknowledge_note"},
        {IncidentId, "incident_id"},
    }};
    static_assert(rows::inOrder(columns));
    static inline const QString select = rows::select(columns, "FROM alerts ");

    static Alert read(const Query &q)
    {
        Alert a;
        a.id = q.value(Id).toLongLong();
        a.rule = q.value(Rule).toString();
        a.severity = q.value(Severity).toString();
        a.subjectUserId = optionalId(q.value(SubjectUserId));
        a.subject = q.value(Subject).toString();
        a.title = q.value(Title).toString();
        a.detail = q.value(Detail).toString();
        a.eventCount = q.value(EventCount).toInt();
        a.firstSeq = optionalId(q.value(FirstSeq));
        a.lastSeq = optionalId(q.value(LastSeq));
        a.raisedAt = q.value(RaisedAt).toLongLong();
        a.lastSeenAt = q.value(LastSeenAt).toLongLong();
        a.acknowledgedAt = service::optionalTime(q.value(AcknowledgedAt));
        a.acknowledgedBy = q.value(AcknowledgedBy).toString();
        a.acknowledgeNote = q.value(AcknowledgeNote).toString();
        a.incidentId = optionalId(q.value(IncidentId));
        return a;
    }
};

// The alert a burst already raised for a rule and subject: this window's (its dedup key ends in
// the window's number), or the previous window's while the burst goes on (seen within a window's
// length). Its arguments: Monitoring::ongoingAlertArgs().
const QString kOngoingAlert = QStringLiteral(
    "SELECT id FROM alerts WHERE dedup_key = ? OR (dedup_key = ? AND last_seen_at > ?) "
    "ORDER BY dedup_key = ? DESC LIMIT 1");

// The burst's ongoing alert, if any, else the hits the rule counted for a subject in its sliding
// window, newest first up to enough. While an alert is ongoing the answer is known and the limit
// is 0: a limit is evaluated once, where a filter on the rows would be checked against every hit
// of the window (on SQLite, a scan of the whole hour's hits on every read).
struct WindowRow
{
    enum Column { OngoingAlert, Total, FirstSeq, ColumnCount };
    static constexpr rows::Columns<ColumnCount> columns {{
        {OngoingAlert, "(SELECT id FROM ongoing)"},
        {Total, "COALESCE(SUM(weight), 0)"},
        {FirstSeq, "MIN(seq)"},
    }};
    static_assert(rows::inOrder(columns));
    static inline const QString select = QStringLiteral("WITH ongoing AS (%1) ").arg(kOngoingAlert)
        + rows::select(columns,
                       "FROM (SELECT weight, seq FROM monitor_hits WHERE rule = ? AND subject = ? "
                       "AND at > ? ORDER BY at DESC LIMIT CASE WHEN EXISTS (SELECT 1 FROM "
                       "ongoing) THEN 0 ELSE ? END) newest");
};

// Another live session of the user from another address.
struct OtherSessionRow
{
    enum Column { Id, RemoteAddress, ColumnCount };
    static constexpr rows::Columns<ColumnCount> columns {{
        {Id, "id"},
        {RemoteAddress, "remote_address"},
    }};
    static_assert(rows::inOrder(columns));
    static inline const QString select
        = rows::select(columns,
                       "FROM sessions WHERE user_id = ? AND id <> ? AND ended_at IS NULL AND "
                       "expires_at > ? AND last_seen_at > ? AND remote_address <> '' AND "
                       "remote_address <> ? ORDER BY id DESC LIMIT 1");
};

// An active user with what decides who is told of an alert.
struct RecipientRow
{
    enum Column { Id, Username, Email, Roles, ColumnCount };
    static constexpr rows::Columns<ColumnCount> columns {{
        {Id, "id"},
        {Username, "username"},
        {Email, "email"},
        {Roles, "roles"},
    }};
    static_assert(rows::inOrder(columns));
    static inline const QString select
        = rows::select(columns, "FROM users WHERE status = 'active' ORDER BY id");

    qint64 id = 0;
    QString username;
    QString email;
    QStringList roles;

    static RecipientRow read(const Query &q)
    {
        return {q.value(Id).toLongLong(), q.value(Username).toString(), q.value(Email).toString(),
                q.value(Roles).toString().split(QLatin1Char(','))};
    }
    bool holdsAny(const QStringList &wanted) const
    {
        return std::any_of(wanted.cbegin(), wanted.cend(),
                           [this](const QString &role) { return roles.contains(role); });
    }
};

// A grant not used for the policy's period, with its holder.
struct UnusedGrantRow
{
    enum Column { Id, UserId, Username, Category, Client, LastUsedAt, ColumnCount };
    static constexpr rows::Columns<ColumnCount> columns {{
        {Id, "g.id"},
        {UserId, "g.user_id"},
        {Username, "u.username"},
        {Category, "g.category"},
        {Client, "g.client"},
        {LastUsedAt, "g.last_used_at"},
    }};
    static_assert(rows::inOrder(columns));
    static inline const QString select = rows::select(
        columns,
        "FROM grants g JOIN users u ON u.id = g.user_id WHERE g.revoked_at IS NULL AND "
        "g.expires_at > ? AND COALESCE(g.last_used_at, g.granted_at) <= ? ORDER BY g.id");
};

// The value of "key=value" in an event's detail ("from=10.0.0.5 wrong password").
QString detailValue(const QString &detail, QLatin1StringView key)
{
    for (const QStringView token : QStringView(detail).split(QLatin1Char(' '))) {
        if (token.size() > key.size() && token.startsWith(key)
            && token.at(key.size()) == QLatin1Char('='))
            return token.mid(key.size() + 1).toString();
    }
    return {};
}

QString userKey(qint64 userId)
{
    return QStringLiteral("user:%1").arg(userId);
}

QVariant nullableSeq(const std::optional<qint64> &seq)
{
    return seq ? QVariant(*seq) : QVariant(QMetaType::fromType<qint64>());
}

// Refusals of Amazon data for want of a grant (service/Orders.cpp): the orders routes need
// only a sign-in, so a refused orders read is always the grant check.
bool isNoGrantRefusal(const AuditEvent &event)
{
    return event.action == QLatin1String("orders.read")
        || event.action == QLatin1String("orders.aggregates");
}

} // namespace

const QStringList &alertRules()
{
    static const QStringList rules = {
        rule::FailedSignIns,     rule::PiiReadVolume,       rule::NoGrantAccess,
        rule::NewAddress,        rule::ConcurrentAddresses, rule::OffboardedActivity,
        rule::UnusedGrant,       rule::DeniedRequests,      rule::PrivilegedRole,
        rule::CredentialReset,   rule::AuditTamper,         rule::PiiReadCap,
        rule::NoIncidentContact,
    };
    return rules;
}

void Monitoring::install(Store &store)
{
    store.setAuditListener(
        [](Store &s, const AuditEvent &event) { return Monitoring(s).evaluate(event); });
}

Result<void> Monitoring::evaluate(const AuditEvent &event)
{
    // Most events concern no rule: decide that from the event alone, without a query.
    const bool signInOrToken
        = isCredentialAttempt(event.action) || event.action == QLatin1String("session.use");
    if (event.outcome == QLatin1String("success")) {
        if (event.action == QLatin1String("user.reset_password")
            || event.action == QLatin1String("user.reset_2fa"))
            return onCredentialReset(event);
        if (event.action == QLatin1String("session.create") && event.actorId)
            return onSignIn(event);
        if (event.action == QLatin1String("orders.read_pii") && event.actorId)
            return onPiiRead(event);
        // A user's doing, not the local operator's: whoever holds the store's key is outside
        // what an alert can guard (and creates the first accounts that way).
        if ((event.action == QLatin1String("user.create")
             || event.action == QLatin1String("user.update"))
            && event.actorId)
            return onPrivilegedRole(event);
        if (event.action == QLatin1String("incident.notify_executives"))
            return onBreachNotice(event);
        return {};
    }
    if (signInOrToken)
        return onFailedSignIn(event);
    if (event.outcome == QLatin1String("denied") && event.actorId) {
        if (event.action == QLatin1String("orders.read_pii")) {
            if (Result<void> capped = onPiiReadCap(event); !capped)
                return capped;
        }
        return onDenied(event);
    }
    return {};
}

Result<Monitoring::Window> Monitoring::count(const QString &rule, const QString &subjectKey,
                                             const AuditEvent &event, int weight, qint64 windowMs,
                                             int enough)
{
    if (Result<Query> hit = m_store.exec(
            QStringLiteral("INSERT INTO monitor_hits (rule, subject, at, seq, weight) VALUES (?, "
                           "?, ?, ?, ?)"),
            {rule, subjectKey, event.atMs, event.seq, weight});
        !hit)
        return hit.error();
    // While the burst's alert goes on, every rule raises it again with each event, which counts
    // the event in it: done here, before the read below, so that on PostgreSQL both writes go
    // out with it and nothing is left for the request's commit to wait for.
    const QVariantList ongoing = ongoingAlertArgs(rule, subjectKey, windowMs);
    if (Result<Query> counted = m_store.exec(
            QStringLiteral("UPDATE alerts SET event_count = event_count + ?, last_seq = ?, "
                           "last_seen_at = ? WHERE id = (%1)")
                .arg(kOngoingAlert),
            QVariantList {weight, event.seq, m_store.clock().nowMs()} + ongoing);
        !counted)
        return counted.error();
    // The window slides: everything counted in the last windowMs, this event included.
    Result<Query> q
        = m_store.exec(WindowRow::select,
                       ongoing + QVariantList {rule, subjectKey, event.atMs - windowMs, enough});
    if (!q)
        return q.error();
    Window window;
    if (q->next()) {
        window.ongoingAlert = q->value(WindowRow::OngoingAlert).toLongLong();
        window.total = window.ongoingAlert != 0 ? enough : q->value(WindowRow::Total).toLongLong();
        window.firstSeq = optionalId(q->value(WindowRow::FirstSeq));
    }
    q->finish();
    return window;
}

Result<void> Monitoring::onSignIn(const AuditEvent &event)
{
    const QString address = detailValue(event.detail, QLatin1StringView("from"));
    if (address.isEmpty())
        return {};
    if (Result<void> done = newAddress(event, address); !done)
        return done;
    return concurrentAddresses(event, address);
}

Result<void> Monitoring::newAddress(const AuditEvent &event, const QString &address)
{
    const qint64 userId = *event.actorId;
    Result<Query> known = m_store.exec(
        QStringLiteral("SELECT 1 FROM known_addresses WHERE user_id = ? AND address = ?"),
        {userId, address});
    if (!known)
        return known.error();
    const bool seen = known->next();
    known->finish();
    if (seen) {
        Result<Query> touched = m_store.exec(
            QStringLiteral(
                "UPDATE known_addresses SET last_seen_at = ? WHERE user_id = ? AND address = ?"),
            {event.atMs, userId, address});
        if (!touched)
            return touched.error();
        return {};
    }
    Result<std::optional<QVariant>> last = rows::single(
        m_store.exec(QStringLiteral("SELECT address FROM known_addresses WHERE user_id = ? ORDER "
                                    "BY last_seen_at DESC LIMIT 1"),
                     {userId}));
    if (!last)
        return last.error();
    const QString previous = *last ? (*last)->toString() : QString();
    Result<Query> inserted = m_store.exec(
        QStringLiteral("INSERT INTO known_addresses (user_id, address, first_seen_at, "
                       "last_seen_at) VALUES (?, ?, ?, ?)"),
        {userId, address, event.atMs, event.atMs});
    if (!inserted)
        return inserted.error();
    // The first address of a user is their baseline, not news.
    if (previous.isEmpty())
        return {};
    Raise r;
    r.rule = rule::NewAddress;
    r.severity = QStringLiteral("low");
    r.subjectKey = userKey(userId) + QLatin1Char('|') + address;
    r.subjectUserId = userId;
    r.subject = event.actor;
    r.title = QStringLiteral("%1 signed in from a new address").arg(event.actor);
    r.detail = QStringLiteral("%1 signed in from %2, an address they never signed in from "
                              "before (last sign-in from %3).")
                   .arg(event.actor, address, previous);
    r.firstSeq = event.seq;
    r.lastSeq = event.seq;
    return raised(r);
}

Result<void> Monitoring::concurrentAddresses(const AuditEvent &event, const QString &address)
{
    const qint64 now = event.atMs;
    const qint64 idleMs = qint64(m_store.policy().sessionIdleMinutes) * kMinuteMs;
    Result<Query> other
        = m_store.exec(OtherSessionRow::select,
                       {*event.actorId, event.objectId.toLongLong(), now, now - idleMs, address});
    if (!other)
        return other.error();
    if (!other->next())
        return {};
    const qint64 otherSession = other->value(OtherSessionRow::Id).toLongLong();
    const QString otherAddress = other->value(OtherSessionRow::RemoteAddress).toString();
    other->finish();
    Raise r;
    r.rule = rule::ConcurrentAddresses;
    r.severity = QStringLiteral("high");
    r.subjectKey = userKey(*event.actorId);
    r.subjectUserId = event.actorId;
    r.subject = event.actor;
    r.title = QStringLiteral("%1 is signed in from two addresses at once").arg(event.actor);
    r.detail = QStringLiteral("%1 signed in from %2 while session %3 from %4 was still live: a "
                              "shared login, or a stolen password.")
                   .arg(event.actor, address)
                   .arg(otherSession)
                   .arg(otherAddress);
    r.windowMs = kHourMs;
    r.count = 2;
    r.firstSeq = event.seq;
    r.lastSeq = event.seq;
    return raised(r);
}

Result<void> Monitoring::onFailedSignIn(const AuditEvent &event)
{
    const Policy &policy = m_store.policy();
    const QString address = detailValue(event.detail, QLatin1StringView("from"));
    Raise r;
    r.rule = rule::FailedSignIns;
    r.severity = QStringLiteral("medium");
    r.windowMs = qint64(policy.alertFailedSignInWindowMinutes) * kMinuteMs;
    if (event.actorId) {
        Result<std::optional<QVariant>> status = rows::single(m_store.exec(
            QStringLiteral("SELECT status FROM users WHERE id = ?"), {*event.actorId}));
        if (!status)
            return status.error();
        const bool active = *status && (*status)->toString() == QLatin1String("active");
        if (!active)
            return onOffboardedActivity(event, address);
        if (!isCredentialAttempt(event.action))
            return {};
        r.subjectKey = userKey(*event.actorId);
        r.subjectUserId = event.actorId;
        r.subject = event.actor;
        r.title = QStringLiteral("Repeated failed sign-ins for %1").arg(event.actor);
    } else {
        // Unknown usernames: counted per address, which is what guesses have in common.
        if (address.isEmpty() || !isCredentialAttempt(event.action))
            return {};
        r.subjectKey = QStringLiteral("address:") + address;
        r.subject = address;
        r.title = QStringLiteral("Repeated sign-ins with unknown usernames from %1").arg(address);
    }
    Result<Window> window
        = count(r.rule, r.subjectKey, event, 1, r.windowMs, policy.alertFailedSignInThreshold);
    if (!window)
        return window.error();
    if (window->total < policy.alertFailedSignInThreshold)
        return {};
    r.detail = QStringLiteral("%1 failed sign-ins within %2 minutes (threshold %3); the latest "
                              "from %4.")
                   .arg(window->total)
                   .arg(policy.alertFailedSignInWindowMinutes)
                   .arg(policy.alertFailedSignInThreshold)
                   .arg(address.isEmpty() ? QStringLiteral("an unknown address") : address);
    r.count = int(window->total);
    r.firstSeq = window->firstSeq;
    r.lastSeq = event.seq;
    r.ongoingAlert = window->ongoingAlert;
    return raised(r);
}

Result<void> Monitoring::onOffboardedActivity(const AuditEvent &event, const QString &address)
{
    const bool token = event.action == QLatin1String("session.use");
    Raise r;
    r.rule = rule::OffboardedActivity;
    r.severity = QStringLiteral("high");
    r.subjectKey = userKey(*event.actorId);
    r.subjectUserId = event.actorId;
    r.subject = event.actor;
    r.title = QStringLiteral("Activity by offboarded account %1").arg(event.actor);
    r.detail
        = QStringLiteral("%1 from %2, although %3 is offboarded.")
              .arg(token ? QStringLiteral("A session token of the account was used")
                         : QStringLiteral("Someone tried to sign in as the account"),
                   address.isEmpty() ? QStringLiteral("an unknown address") : address, event.actor);
    r.windowMs = kHourMs;
    r.firstSeq = event.seq;
    r.lastSeq = event.seq;
    return raised(r);
}

Result<void> Monitoring::onPiiRead(const AuditEvent &event)
{
    // A page of orders counts each order whose PII it opened, not one read.
    bool ok = false;
    int weight = detailValue(event.detail, QLatin1StringView("with_pii")).toInt(&ok);
    if (!ok)
        weight = detailValue(event.detail, QLatin1StringView("orders")).toInt(&ok);
    if (!ok || weight < 1)
        weight = 1;
    const int threshold = m_store.policy().alertPiiReadsPerHour;
    Raise r;
    r.rule = rule::PiiReadVolume;
    r.severity = QStringLiteral("high");
    r.subjectKey = userKey(*event.actorId);
    r.subjectUserId = event.actorId;
    r.subject = event.actor;
    r.windowMs = kHourMs;
    Result<Window> window = count(r.rule, r.subjectKey, event, weight, r.windowMs, threshold + 1);
    if (!window)
        return window.error();
    if (window->total <= threshold)
        return {};
    r.title = QStringLiteral("Unusual volume of PII read by %1").arg(event.actor);
    r.detail = QStringLiteral("%1 read the PII of %2 orders within an hour (threshold %3 an "
                              "hour).")
                   .arg(event.actor)
                   .arg(window->total)
                   .arg(threshold);
    r.count = int(window->total);
    r.weight = weight;
    r.firstSeq = window->firstSeq;
    r.lastSeq = event.seq;
    r.ongoingAlert = window->ongoingAlert;
    return raised(r);
}

Result<void> Monitoring::onDenied(const AuditEvent &event)
{
    const Policy &policy = m_store.policy();
    const QString subjectKey = userKey(*event.actorId);
    struct Counted
    {
        QString rule;
        int threshold;
        QString title;
        QString what;
    };
    QList<Counted> rules;
    if (isNoGrantRefusal(event))
        rules.append({rule::NoGrantAccess, policy.alertNoGrantAttemptsPerHour,
                      QStringLiteral("%1 keeps asking for Amazon data without a grant"),
                      QStringLiteral("requests for Amazon data refused for want of a grant")});
    rules.append({rule::DeniedRequests, policy.alertDeniedRequestsPerHour,
                  QStringLiteral("Many refused requests by %1"),
                  QStringLiteral("refused requests")});
    for (const Counted &c : std::as_const(rules)) {
        Result<Window> window = count(c.rule, subjectKey, event, 1, kHourMs, c.threshold);
        if (!window)
            return window.error();
        if (window->total < c.threshold)
            continue;
        Raise r;
        r.rule = c.rule;
        r.severity = QStringLiteral("medium");
        r.subjectKey = subjectKey;
        r.subjectUserId = event.actorId;
        r.subject = event.actor;
        r.title = c.title.arg(event.actor);
        r.detail = QStringLiteral("%1 %2 within an hour (threshold %3); the latest: %4 %5.")
                       .arg(window->total)
                       .arg(c.what)
                       .arg(c.threshold)
                       .arg(event.action, event.objectType)
                       .trimmed();
        r.windowMs = kHourMs;
        r.count = int(window->total);
        r.firstSeq = window->firstSeq;
        r.lastSeq = event.seq;
        r.ongoingAlert = window->ongoingAlert;
        if (Result<void> done = raised(r); !done)
            return done;
    }
    return {};
}

// PII refused for being over the policy's caps: someone tried to take PII in bulk. One alert per
// person and hour, counting the refusals.
Result<void> Monitoring::onPiiReadCap(const AuditEvent &event)
{
    const QString subjectKey = userKey(*event.actorId);
    Result<Window> window = count(rule::PiiReadCap, subjectKey, event, 1, kHourMs, 1);
    if (!window)
        return window.error();
    Raise r;
    r.rule = rule::PiiReadCap;
    r.severity = QStringLiteral("high");
    r.subjectKey = subjectKey;
    r.subjectUserId = event.actorId;
    r.subject = event.actor;
    r.title = QStringLiteral("%1 was refused PII beyond the policy's caps").arg(event.actor);
    r.detail = QStringLiteral("%1 refusal(s) within an hour; the latest (%2 %3): %4")
                   .arg(window->total)
                   .arg(event.objectType, event.objectId, event.reason);
    r.windowMs = kHourMs;
    r.count = int(window->total);
    r.firstSeq = window->firstSeq;
    r.lastSeq = event.seq;
    r.ongoingAlert = window->ongoingAlert;
    return raised(r);
}

// A reset hands the account to whoever holds the new code until its owner enrols: each one is
// news to the compliance officers, whoever did it.
Result<void> Monitoring::onCredentialReset(const AuditEvent &event)
{
    const bool totp = event.action == QLatin1String("user.reset_2fa");
    const QString username = detailValue(event.detail, QLatin1StringView("username"));
    Raise r;
    r.rule = rule::CredentialReset;
    r.severity = QStringLiteral("high");
    r.subjectKey = QStringLiteral("reset:%1").arg(event.seq); // one alert per reset
    r.subjectUserId = event.objectId.toLongLong();
    r.subject = username;
    r.title
        = QStringLiteral("%1 reset the %2 of %3")
              .arg(event.actor,
                   totp ? QStringLiteral("two-factor authentication") : QStringLiteral("password"),
                   username);
    r.detail
        = QStringLiteral("%1 reset the %2 of %3; the new enrolment code was %4. Until %3 "
                         "enrols again their sessions are ended and their grants suspended. "
                         "Check with %3 that they asked for it.")
              .arg(event.actor,
                   totp ? QStringLiteral("two-factor authentication") : QStringLiteral("password"),
                   username,
                   detailValue(event.detail, QLatin1StringView("delivery"))
                           == QLatin1String("email")
                       ? QStringLiteral("e-mailed to them")
                       : QStringLiteral("handed to %1").arg(event.actor));
    r.firstSeq = event.seq;
    r.lastSeq = event.seq;
    return raised(r);
}

// Incidents::notifyExecutives writes incident_contacts= first: empty when nobody holds
// incident_contact or incident_contact_deputy.
Result<void> Monitoring::onBreachNotice(const AuditEvent &event)
{
    if (!event.detail.startsWith(QLatin1String("incident_contacts= ")))
        return {};
    const QString told = detailValue(event.detail, QLatin1StringView("executives"));
    Raise r;
    r.rule = rule::NoIncidentContact;
    r.severity = QStringLiteral("critical");
    r.subjectKey = QStringLiteral("incident:%1").arg(event.objectId); // once per incident
    r.subject = QStringLiteral("incident %1").arg(event.objectId);
    r.title = QStringLiteral("Breach incident %1 has no designated incident contact")
                  .arg(event.objectId);
    r.detail = QStringLiteral("Incident %1 involves Amazon data, and nobody is designated "
                              "incident_contact or incident_contact_deputy (Amazon's Incident "
                              "Management Point of Contact). Told: %2. An administrator "
                              "designates the contacts on the Users page.")
                   .arg(event.objectId,
                        told.isEmpty() ? QStringLiteral("nobody")
                                       : told.split(QLatin1Char(',')).join(QStringLiteral(", ")));
    r.firstSeq = event.seq;
    r.lastSeq = event.seq;
    r.notifyRoles = {QStringLiteral("compliance_officer"), QStringLiteral("admin"),
                     QStringLiteral("executive")};
    return raised(r);
}

Result<void> Monitoring::onPrivilegedRole(const AuditEvent &event)
{
    // Accounts::addUser writes the roles an account starts with, updateUser those it gained.
    const bool created = event.action == QLatin1String("user.create");
    const QStringList roles
        = detailValue(event.detail,
                      created ? QLatin1StringView("roles") : QLatin1StringView("roles_added"))
              .split(QLatin1Char(','), Qt::SkipEmptyParts);
    QStringList privileged;
    for (const QString &role : roles) {
        if (isPrivilegedRole(role))
            privileged << role;
    }
    if (privileged.isEmpty())
        return {};
    const QString username = detailValue(event.detail, QLatin1StringView("username"));
    const qint64 userId = event.objectId.toLongLong();
    Raise r;
    r.rule = rule::PrivilegedRole;
    r.severity = QStringLiteral("high");
    // Each grant is news of its own.
    r.subjectKey = userKey(userId) + QStringLiteral("|seq:%1").arg(event.seq);
    r.subjectUserId = userId;
    r.subject = username;
    const QString what = privileged.join(QStringLiteral(", "));
    r.title = created ? QStringLiteral("New account %1 with %2").arg(username, what)
                      : QStringLiteral("%1 was given %2").arg(username, what);
    r.detail = (created ? QStringLiteral("%1 created the account %2 with %3.")
                        : QStringLiteral("%1 gave %2 %3."))
                   .arg(event.actor, username, what)
        + QStringLiteral(" These roles manage accounts, approve access to Amazon data or are "
                         "told of breaches: check that this was intended.");
    r.firstSeq = event.seq;
    r.lastSeq = event.seq;
    // Nobody vouches for their own change, nor for the role they received.
    r.notifyRoles = {QStringLiteral("compliance_officer"), QStringLiteral("executive")};
    r.notNotified = {userId, *event.actorId};
    return raised(r);
}

Result<void> Monitoring::raised(const Raise &a)
{
    Result<bool> done = raise(a);
    if (!done)
        return done.error();
    return {};
}

QVariantList Monitoring::ongoingAlertArgs(const QString &rule, const QString &subjectKey,
                                          qint64 windowMs) const
{
    const qint64 now = m_store.clock().nowMs();
    const QString base = rule + QLatin1Char('|') + subjectKey;
    // One alert per subject and window. A burst that runs over a window's end still counts in
    // the alert it raised, as long as it is still going on.
    QString current = base;
    QString previous = base;
    if (windowMs > 0) {
        const qint64 bucket = now / windowMs;
        current = base + QStringLiteral("|%1").arg(bucket);
        previous = base + QStringLiteral("|%1").arg(bucket - 1);
    }
    return {current, previous, now - windowMs, current};
}

Result<qint64> Monitoring::ongoingAlert(const QString &rule, const QString &subjectKey,
                                        qint64 windowMs)
{
    Result<std::optional<QVariant>> found
        = rows::single(m_store.exec(kOngoingAlert, ongoingAlertArgs(rule, subjectKey, windowMs)));
    if (!found)
        return found.error();
    return *found ? (*found)->toLongLong() : 0;
}

Result<bool> Monitoring::raise(const Raise &a)
{
    const qint64 now = m_store.clock().nowMs();
    const QString base = a.rule + QLatin1Char('|') + a.subjectKey;
    const QString key = a.windowMs > 0 ? base + QStringLiteral("|%1").arg(now / a.windowMs) : base;
    if (a.ongoingAlert && *a.ongoingAlert != 0)
        return false; // count() counted the event in it
    Result<qint64> ongoing
        = a.ongoingAlert ? Result<qint64>(0) : ongoingAlert(a.rule, a.subjectKey, a.windowMs);
    if (!ongoing)
        return ongoing.error();
    const qint64 found = *ongoing;
    if (found != 0) {
        Result<Query> updated = m_store.exec(
            QStringLiteral("UPDATE alerts SET event_count = event_count + ?, last_seq = "
                           "COALESCE(?, last_seq), last_seen_at = ? WHERE id = ?"),
            {a.weight, nullableSeq(a.lastSeq), now, found});
        if (!updated)
            return updated.error();
        return false;
    }

    Result<qint64> inserted = rows::insertedId(m_store.exec(
        QStringLiteral("INSERT INTO alerts (rule, severity, dedup_key, subject_user_id, subject, "
                       "title, detail, event_count, first_seq, last_seq, raised_at, "
                       "last_seen_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id"),
        {a.rule, a.severity, key,
         a.subjectUserId ? QVariant(*a.subjectUserId) : QVariant(QMetaType::fromType<qint64>()),
         a.subject, a.title, a.detail, a.count, nullableSeq(a.firstSeq), nullableSeq(a.lastSeq),
         now, now}));
    if (!inserted)
        return inserted.error();
    const qint64 id = *inserted;
    qCWarning(lcMonitoring) << "alert" << id << a.rule << a.subject;

    if (Result<void> sent = notifyOfficers(id, a); !sent)
        return sent.error();
    AuditEvent e;
    e.actor = QStringLiteral("system");
    e.action = QStringLiteral("alert.raise");
    e.objectType = QStringLiteral("alert");
    e.objectId = QString::number(id);
    e.detail = QStringLiteral("rule=%1 subject=%2 count=%3").arg(a.rule, a.subject).arg(a.count);
    if (Result<AuditEvent> logged = audit::append(m_store, e); !logged)
        return logged.error();
    return true;
}

Result<void> Monitoring::notifyOfficers(qint64 alertId, const Raise &a)
{
    Result<QList<RecipientRow>> active
        = rows::readAll<RecipientRow>(m_store.exec(RecipientRow::select), RecipientRow::read);
    if (!active)
        return active.error();
    QList<qint64> officers;
    for (const RecipientRow &user : std::as_const(*active)) {
        if (!a.notNotified.contains(user.id) && user.holdsAny(a.notifyRoles))
            officers.append(user.id);
    }
    const QString today = isoDate(m_store.clock().now().toUTC().date());
    for (const qint64 officer : std::as_const(officers)) {
        Result<Query> inserted = m_store.exec(
            QStringLiteral("INSERT INTO notifications (user_id, kind, threshold, due_date, day, "
                           "title, body, created_at, alert_id) VALUES (?, 'alert', ?, '', ?, ?, "
                           "?, ?, ?)"),
            {officer, a.severity, today, a.title, a.detail, m_store.clock().nowMs(), alertId});
        if (!inserted)
            return inserted.error();
    }
    return {};
}

Result<Page<Alert>> Monitoring::alerts(const AlertFilter &filter) const
{
    QStringList where;
    QVariantList args;
    if (filter.status == QLatin1String("open"))
        where << QStringLiteral("acknowledged_at IS NULL");
    else if (filter.status == QLatin1String("acknowledged"))
        where << QStringLiteral("acknowledged_at IS NOT NULL");
    else if (!filter.status.isEmpty())
        return makeError(ErrorCode::InvalidInput,
                         QStringLiteral("\"status\" must be open or acknowledged"));
    if (!filter.rule.isEmpty()) {
        if (!alertRules().contains(filter.rule))
            return makeError(ErrorCode::InvalidInput,
                             QStringLiteral("unknown rule \"%1\": use one of %2")
                                 .arg(filter.rule, alertRules().join(QStringLiteral(", "))));
        where << QStringLiteral("rule = ?");
        args << filter.rule;
    }
    if (filter.before > 0) {
        where << QStringLiteral("id < ?");
        args << filter.before;
    }
    args << filter.limit + 1;
    const QString clause = where.isEmpty()
        ? QString()
        : QStringLiteral("WHERE ") + where.join(QStringLiteral(" AND "));
    return service::readPage<Alert>(
        m_store.exec(AlertRow::select + clause + QStringLiteral(" ORDER BY id DESC LIMIT ?"), args),
        filter.limit, AlertRow::read);
}

Result<Alert> Monitoring::alert(qint64 id) const
{
    Result<Query> q = m_store.exec(AlertRow::select + QStringLiteral("WHERE id = ?"), {id});
    if (!q)
        return q.error();
    if (!q->next())
        return makeError(ErrorCode::NotFound, QStringLiteral("no alert with id %1").arg(id));
    const Alert found = AlertRow::read(*q);
    q->finish();
    return found;
}

Result<Alert> Monitoring::lockedAlert(qint64 id)
{
    Result<Query> q = m_store.exec(AlertRow::select + QStringLiteral("WHERE id = ?")
                                       + m_store.dialect().lockRowSuffix(),
                                   {id});
    if (!q)
        return q.error();
    if (!q->next())
        return makeError(ErrorCode::NotFound, QStringLiteral("no alert with id %1").arg(id));
    const Alert found = AlertRow::read(*q);
    q->finish();
    return found;
}

namespace {

QString acknowledgedConflict(const Alert &a)
{
    return QStringLiteral("alert %1 was already acknowledged by %2 at %3 UTC")
        .arg(a.id)
        .arg(a.acknowledgedBy,
             QDateTime::fromMSecsSinceEpoch(*a.acknowledgedAt, Qt::UTC)
                 .toString(QStringLiteral("yyyy-MM-dd HH:mm")));
}

// Incident severities run from 1 (critical) to 4 (low), as alerts' do by name.
int incidentSeverity(const QString &alertSeverity)
{
    static const QStringList bySeverity {QStringLiteral("critical"), QStringLiteral("high"),
                                         QStringLiteral("medium"), QStringLiteral("low")};
    const qsizetype index = bySeverity.indexOf(alertSeverity);
    return index < 0 ? 3 : int(index) + 1;
}

} // namespace

Result<Alert> Monitoring::acknowledge(const Caller &officer, qint64 id, const QString &note)
{
    const QString text = note.trimmed();
    if (text.isEmpty())
        return makeError(ErrorCode::InvalidInput,
                         QStringLiteral("say in a note what you checked or did about the alert: "
                                        "\"note\" is required"));
    if (text.size() > 2000)
        return makeError(ErrorCode::InvalidInput,
                         QStringLiteral("the note must be at most 2000 characters"));
    return m_store.transaction([&]() -> Result<Alert> {
        Result<Alert> current = lockedAlert(id);
        if (!current)
            return current.error();
        if (current->acknowledgedAt)
            return makeError(ErrorCode::Conflict, acknowledgedConflict(*current));
        if (Result<void> done = markAcknowledged(officer, *current, text); !done)
            return done.error();
        return alert(id);
    });
}

Result<void> Monitoring::markAcknowledged(const Caller &officer, const Alert &current,
                                          const QString &note)
{
    if (Result<Query> done
        = m_store.exec(QStringLiteral("UPDATE alerts SET acknowledged_at = ?, acknowledged_by = ?, "
                                      "acknowledge_note = ? WHERE id = ?"),
                       {m_store.clock().nowMs(), officer.username, note, current.id});
        !done)
        return done.error();
    if (Result<AuditEvent> logged = audit::append(
            m_store,
            eventBy(officer, QStringLiteral("alert.acknowledge"), QStringLiteral("alert"),
                    QString::number(current.id),
                    QStringLiteral("rule=%1 subject=%2").arg(current.rule, current.subject), note));
        !logged)
        return logged.error();
    return {};
}

Result<int> Monitoring::endSubjectSessions(const Caller &officer, qint64 id)
{
    return m_store.transaction([&]() -> Result<int> {
        Result<Alert> current = lockedAlert(id);
        if (!current)
            return current.error();
        if (!current->subjectUserId)
            return makeError(ErrorCode::Conflict,
                             QStringLiteral("alert %1 names no user (its subject is %2): there "
                                            "are no sessions to end")
                                 .arg(id)
                                 .arg(current->subject));
        const qint64 now = m_store.clock().nowMs();
        Result<Query> ended = m_store.exec(
            QStringLiteral("UPDATE sessions SET ended_at = ?, end_reason = ? WHERE user_id = ? "
                           "AND ended_at IS NULL AND expires_at > ?"),
            {now, QStringLiteral("ended from alert %1").arg(id), *current->subjectUserId, now});
        if (!ended)
            return ended.error();
        const int count = ended->numRowsAffected();
        if (Result<AuditEvent> logged
            = audit::append(m_store,
                            eventBy(officer, QStringLiteral("alert.end_sessions"),
                                    QStringLiteral("alert"), QString::number(id),
                                    QStringLiteral("rule=%1 user=%2 ended_sessions=%3")
                                        .arg(current->rule, current->subject)
                                        .arg(count)));
            !logged)
            return logged.error();
        return count;
    });
}

Result<Alert> Monitoring::escalate(const Caller &officer, qint64 id)
{
    return m_store.transaction([&]() -> Result<Alert> {
        Result<Alert> current = lockedAlert(id);
        if (!current)
            return current.error();
        if (current->incidentId)
            return makeError(ErrorCode::Conflict,
                             QStringLiteral("alert %1 was already escalated to incident %2")
                                 .arg(id)
                                 .arg(*current->incidentId));
        NewIncident incident;
        incident.title = QStringLiteral("Alert %1: %2").arg(id).arg(current->title).left(200);
        incident.description
            = QStringLiteral("Escalated from monitoring alert %1 (rule %2, severity %3, "
                             "subject %4, %5 event(s)).\n\n%6")
                  .arg(id)
                  .arg(current->rule, current->severity, current->subject)
                  .arg(current->eventCount)
                  .arg(current->detail)
                  .left(4000);
        incident.severity = incidentSeverity(current->severity);
        incident.category = QStringLiteral("security");
        incident.assignee = officer.username;
        Result<IncidentDetail> reported = Incidents(m_store).report(officer, incident);
        if (!reported)
            return reported.error();
        const qint64 incidentId = reported->incident.id;
        if (Result<Query> linked = m_store.exec(
                QStringLiteral("UPDATE alerts SET incident_id = ? WHERE id = ?"), {incidentId, id});
            !linked)
            return linked.error();
        if (Result<AuditEvent> logged
            = audit::append(m_store,
                            eventBy(officer, QStringLiteral("alert.escalate"),
                                    QStringLiteral("alert"), QString::number(id),
                                    QStringLiteral("rule=%1 subject=%2 incident=%3")
                                        .arg(current->rule, current->subject)
                                        .arg(incidentId)));
            !logged)
            return logged.error();
        // An alert acknowledged before keeps the note it was given.
        if (!current->acknowledgedAt) {
            if (Result<void> done = markAcknowledged(
                    officer, *current, QStringLiteral("escalated to incident %1").arg(incidentId));
                !done)
                return done.error();
        }
        return alert(id);
    });
}

Result<int> Monitoring::sweep()
{
    const Policy &policy = m_store.policy();
    const qint64 now = m_store.clock().nowMs();
    const qint64 unusedMs = qint64(policy.alertUnusedGrantDays) * kDayMs;
    return m_store.transaction([&]() -> Result<int> {
        Result<Query> q = m_store.exec(UnusedGrantRow::select, {now, now - unusedMs});
        if (!q)
            return q.error();
        QList<Raise> unused;
        while (q->next()) {
            Raise r;
            const qint64 grant = q->value(UnusedGrantRow::Id).toLongLong();
            r.rule = rule::UnusedGrant;
            r.severity = QStringLiteral("low");
            r.subjectKey = QStringLiteral("grant:%1").arg(grant);
            r.subjectUserId = q->value(UnusedGrantRow::UserId).toLongLong();
            r.subject = q->value(UnusedGrantRow::Username).toString();
            r.title = QStringLiteral("Grant %1 of %2 is not used").arg(grant).arg(r.subject);
            r.detail = QStringLiteral("%1 holds %2 for client %3 (grant %4) but has %5 for %6 "
                                      "days: revoke it unless it is still needed (least "
                                      "privilege).")
                           .arg(r.subject, q->value(UnusedGrantRow::Category).toString(),
                                q->value(UnusedGrantRow::Client).toString())
                           .arg(grant)
                           .arg(q->value(UnusedGrantRow::LastUsedAt).isNull()
                                    ? QStringLiteral("never used it")
                                    : QStringLiteral("not used it"))
                           .arg(policy.alertUnusedGrantDays);
            r.count = 1;
            r.weight = 0; // raised again by every run while unused: once is the news
            unused.append(r);
        }
        q->finish();
        int raisedCount = 0;
        for (const Raise &r : std::as_const(unused)) {
            Result<bool> fresh = raise(r);
            if (!fresh)
                return fresh.error();
            raisedCount += *fresh ? 1 : 0;
        }
        // Counted events older than the longest window can no longer count.
        const qint64 longest
            = std::max(kHourMs, qint64(policy.alertFailedSignInWindowMinutes) * kMinuteMs);
        if (Result<Query> pruned = m_store.exec(
                QStringLiteral("DELETE FROM monitor_hits WHERE at <= ?"), {now - longest});
            !pruned)
            return pruned.error();
        return raisedCount;
    });
}

Result<bool> Monitoring::raiseAuditTamper(const QString &breakKey, qint64 firstBadSeq,
                                          const QString &problem)
{
    const qint64 now = m_store.clock().nowMs();
    const QString key = rule::AuditTamper + QLatin1Char('|') + breakKey;
    return m_store.transaction([&]() -> Result<bool> {
        Result<std::optional<QVariant>> existing = rows::single(
            m_store.exec(QStringLiteral("SELECT id FROM alerts WHERE dedup_key = ?"), {key}));
        if (!existing)
            return existing.error();
        if (*existing) {
            Result<Query> seen
                = m_store.exec(QStringLiteral("UPDATE alerts SET last_seen_at = ? WHERE id = ?"),
                               {now, (*existing)->toLongLong()});
            if (!seen)
                return seen.error();
            return false;
        }
        const QString title
            = QStringLiteral("The audit trail is broken at event %1").arg(firstBadSeq);
        const QString detail = problem
            + QStringLiteral(". No checkpoint is signed over the break until someone with access "
                             "to the store has looked into it: `compliancectl audit verify`, then "
                             "`compliancectl audit acknowledge-break`.");
        Result<qint64> inserted = rows::insertedId(m_store.exec(
            QStringLiteral("INSERT INTO alerts (rule, severity, dedup_key, subject_user_id, "
                           "subject, title, detail, event_count, first_seq, last_seq, raised_at, "
                           "last_seen_at) VALUES (?, 'critical', ?, NULL, 'audit trail', ?, ?, 1, "
                           "?, ?, ?, ?) RETURNING id"),
            {rule::AuditTamper, key, title, detail, firstBadSeq, firstBadSeq, now, now}));
        if (!inserted)
            return inserted.error();
        const qint64 id = *inserted;
        qCCritical(lcMonitoring).noquote() << "alert" << id << rule::AuditTamper << title;
        if (Result<QStringList> told = notifyAuditTamper(id, title, detail); !told)
            return told.error();
        AuditEvent e;
        e.actor = QStringLiteral("system");
        e.action = QStringLiteral("alert.raise");
        e.objectType = QStringLiteral("alert");
        e.objectId = QString::number(id);
        e.detail = QStringLiteral("rule=%1 subject=audit trail first_bad_seq=%2")
                       .arg(rule::AuditTamper)
                       .arg(firstBadSeq);
        if (Result<AuditEvent> logged = audit::append(m_store, e); !logged)
            return logged.error();
        return true;
    });
}

// Every active compliance officer and executive: in the inbox, and by e-mail through the
// outbox when SMTP is set. Returns the usernames told.
Result<QStringList> Monitoring::notifyAuditTamper(qint64 alertId, const QString &title,
                                                  const QString &detail)
{
    Result<QList<RecipientRow>> active
        = rows::readAll<RecipientRow>(m_store.exec(RecipientRow::select), RecipientRow::read);
    if (!active)
        return active.error();
    QList<RecipientRow> recipients;
    for (const RecipientRow &user : std::as_const(*active)) {
        if (user.holdsAny({QStringLiteral("compliance_officer"), QStringLiteral("executive")}))
            recipients.append(user);
    }
    Result<std::optional<SmtpConfig>> smtp = Outbox::smtpConfig(m_store);
    if (!smtp)
        qCWarning(lcMonitoring).noquote()
            << "the audit_tamper alarm goes to the inbox only:" << smtp.error().message;
    const bool mail = smtp && smtp->has_value();
    const QString today = isoDate(m_store.clock().now().toUTC().date());
    QStringList told;
    for (const RecipientRow &r : std::as_const(recipients)) {
        if (Result<Query> notified = m_store.exec(
                QStringLiteral("INSERT INTO notifications (user_id, kind, threshold, due_date, "
                               "day, title, body, created_at, alert_id) VALUES (?, 'alert', "
                               "'critical', '', ?, ?, ?, ?, ?)"),
                {r.id, today, title, detail, m_store.clock().nowMs(), alertId});
            !notified)
            return notified.error();
        if (mail) {
            if (Result<bool> queued = Outbox(m_store).enqueue(
                    {QStringLiteral("audit_tamper"),
                     QStringLiteral("audit_tamper:%1:user:%2").arg(alertId).arg(r.id),
                     r.id,
                     std::nullopt,
                     r.email,
                     QStringLiteral("CRITICAL: ") + title,
                     detail,
                     {}});
                !queued)
                return queued.error();
        }
        told << r.username;
    }
    return told;
}

} // namespace cc
