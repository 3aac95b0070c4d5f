#include "Controls.h"

#include "ControlRows.h"
#include "IncidentContacts.h"
#include "Outbox.h"
#include "PolicyAcknowledgements.h"
#include "ServiceSupport.h"
#include "ThirdParties.h"
#include "audit/AuditExport.h"
#include "crypto/Crypto.h"
#include "crypto/MasterKey.h"
#include "domain/AssetRules.h"
#include "domain/Roles.h"
#include "store/RowType.h"
#include "store/Store.h"

#include <unistd.h>

#include <QDateTime>
#include <QFileInfo>
#include <QLoggingCategory>

namespace cc {

using service::eventBy;

namespace {

Q_LOGGING_CATEGORY(lcControls, "compliance.controls")

constexpr qint64 kMinuteMs = 60 * 1000;
constexpr qint64 kHourMs = 60 * kMinuteMs;
constexpr qint64 kDayMs = 24 * kHourMs;

QString dayOf(qint64 ms)
{
    return isoDate(QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC).date());
}

QString durationText(qint64 ms)
{
    if (ms < kHourMs)
        return QStringLiteral("%1 min").arg(std::max<qint64>(0, ms / kMinuteMs));
    if (ms < 2 * kDayMs)
        return QStringLiteral("%1 h").arg(ms / kHourMs);
    return QStringLiteral("%1 days").arg(ms / kDayMs);
}

// The value of a one-column aggregate; 0 for SQL NULL (MAX over no rows).
Result<qint64> scalar(const Store &store, const QString &sql, const QVariantList &args = {})
{
    Result<std::optional<QVariant>> value = rows::single(store.exec(sql, args));
    if (!value)
        return value.error();
    return (*value && !(*value)->isNull()) ? (*value)->toLongLong() : 0;
}

// Collects a control's findings: the worst one sets the status, and the summary says what
// made it so (every finding of that severity), or why it passes.
class Judgement
{
public:
    Judgement(const Store &store, qint64 now)
        : store(store)
        , policy(store.policy())
        , now(now)
    { }

    // Counts the records behind a finding and lists them as evidence.
    Result<qint64> count(const QString &label, const QString &objectType, const QString &filter,
                         const QString &sql, const QVariantList &args = {})
    {
        Result<qint64> n = scalar(store, sql, args);
        if (n)
            evidence.append({label, *n, objectType, filter});
        return n;
    }
    void record(const ControlEvidence &e) { evidence.append(e); }
    void fail(const QString &finding) { fails << finding; }
    void warn(const QString &finding) { warns << finding; }
    void passes(const QString &why) { passing = why; }
    void awaitAttestation(const QString &why) { manual = why; }

    void conclude(ControlState &state) const
    {
        state.evidence = evidence;
        if (!fails.isEmpty()) {
            state.status = control::Fail;
            state.summary = fails.join(QStringLiteral("; "));
        } else if (!warns.isEmpty()) {
            state.status = control::Warn;
            state.summary = warns.join(QStringLiteral("; "));
        } else if (!manual.isEmpty()) {
            state.status = control::Manual;
            state.summary = manual;
        } else {
            state.status = control::Pass;
            state.summary = passing;
        }
    }

    const Store &store;
    const Policy &policy;
    const qint64 now;

private:
    QList<ControlEvidence> evidence;
    QStringList fails;
    QStringList warns;
    QString passing;
    QString manual;
};

// One evaluator per observed control, named for what it measures.
using Evaluator = Result<void> (*)(Judgement &j, const ControlRuntime &runtime);

const QString kNotObserved = QStringLiteral(
    "observed only by the running server (compliance-stored): see its daily record");

Result<void> publicAccess(Judgement &j, const ControlRuntime &rt)
{
    if (!rt.observed) {
        j.warn(kNotObserved);
        return {};
    }
    int everything = 0;
    int wide = 0;
    for (const ControlRuntime::Network &n : rt.allowedNetworks) {
        if (n.prefixLength == 0)
            ++everything;
        else if (n.prefixLength < (n.ipv6 ? 48 : 16))
            ++wide;
    }
    if (rt.listensBeyondLoopback && rt.allowedNetworks.isEmpty())
        j.fail(QStringLiteral("the server listens beyond loopback with no --allow networks: "
                              "any address that reaches it may try to sign in"));
    if (everything > 0)
        j.fail(QStringLiteral("an --allow network admits every address"));
    if (wide > 0)
        j.warn(
            QStringLiteral("%1 --allow network(s) wider than /16 (IPv4) or /48 (IPv6)").arg(wide));
    j.passes(rt.listensBeyondLoopback
                 ? QStringLiteral("the server listens beyond loopback, restricted to %1 --allow "
                                  "network(s)")
                       .arg(rt.allowedNetworks.size())
                 : QStringLiteral("the server listens on loopback only"));
    return {};
}

Result<void> accessLimited(Judgement &j, const ControlRuntime &)
{
    const QString active
        = QStringLiteral("SELECT COUNT(*) FROM grants g JOIN users u ON u.id = g.user_id "
                         "WHERE g.revoked_at IS NULL AND g.expires_at > ? ");
    Result<qint64> grants = j.count(QStringLiteral("Active grants"), QStringLiteral("grant"),
                                    QStringLiteral("status=active"), active, {j.now});
    Result<qint64> leavers = j.count(QStringLiteral("Active grants of accounts no longer active"),
                                     QStringLiteral("grant"), QStringLiteral("status=active"),
                                     active + QStringLiteral("AND u.status <> 'active'"), {j.now});
    Result<qint64> tooLong = j.count(QStringLiteral("Active grants longer than max_access_hours"),
                                     QStringLiteral("grant"), QStringLiteral("status=active"),
                                     active + QStringLiteral("AND g.expires_at - g.granted_at > ?"),
                                     {j.now, qint64(j.policy.maxAccessHours) * kHourMs});
    Result<qint64> unused
        = j.count(QStringLiteral("Open alerts: grants unused"), QStringLiteral("alert"),
                  QStringLiteral("status=open&rule=unused_grant"),
                  QStringLiteral("SELECT COUNT(*) FROM alerts WHERE rule = 'unused_grant' AND "
                                 "acknowledged_at IS NULL"));
    for (const Result<qint64> *r : {&grants, &leavers, &tooLong, &unused}) {
        if (!*r)
            return r->error();
    }
    if (*leavers > 0)
        j.fail(
            QStringLiteral("%1 active grant(s) held by accounts no longer active").arg(*leavers));
    if (*tooLong > 0)
        j.fail(QStringLiteral("%1 active grant(s) longer than the policy's %2 hours")
                   .arg(*tooLong)
                   .arg(j.policy.maxAccessHours));
    if (*unused > 0)
        j.warn(QStringLiteral("%1 grant(s) unused for %2 days and not yet reviewed")
                   .arg(*unused)
                   .arg(j.policy.alertUnusedGrantDays));
    j.passes(QStringLiteral("%1 active grant(s), each approved, in use and within the policy")
                 .arg(*grants));
    return {};
}

Result<void> uniqueLogins(Judgement &j, const ControlRuntime &)
{
    Result<qint64> open = j.count(
        QStringLiteral("Open alerts: one account at two addresses at once"),
        QStringLiteral("alert"), QStringLiteral("status=open&rule=concurrent_addresses"),
        QStringLiteral("SELECT COUNT(*) FROM alerts WHERE rule = 'concurrent_addresses' AND "
                       "acknowledged_at IS NULL"));
    if (!open)
        return open.error();
    Result<qint64> recent = j.count(
        QStringLiteral("Such alerts raised in the look-back period"), QStringLiteral("alert"),
        QStringLiteral("rule=concurrent_addresses"),
        QStringLiteral("SELECT COUNT(*) FROM alerts WHERE rule = 'concurrent_addresses' AND "
                       "raised_at >= ?"),
        {j.now - qint64(j.policy.controlLookbackDays) * kDayMs});
    if (!recent)
        return recent.error();
    if (*open > 0)
        j.fail(QStringLiteral("%1 open alert(s) of an account signed in from two addresses at once "
                              "(a shared login?)")
                   .arg(*open));
    if (*recent > 0)
        j.warn(QStringLiteral("%1 account(s) signed in from two addresses at once in the last %2 "
                              "days (acknowledged)")
                   .arg(*recent)
                   .arg(j.policy.controlLookbackDays));
    j.passes(QStringLiteral("no account was used from two addresses at once in the last %1 days")
                 .arg(j.policy.controlLookbackDays));
    return {};
}

Result<void> twoFactor(Judgement &j, const ControlRuntime &)
{
    const QString unenrolled = QStringLiteral(
        "SELECT COUNT(*) FROM users WHERE status = 'active' AND totp_enrolled_at IS NULL ");
    Result<qint64> active
        = scalar(j.store, QStringLiteral("SELECT COUNT(*) FROM users WHERE status = 'active'"));
    Result<qint64> missing = j.count(
        QStringLiteral("Active accounts without 2FA and no live enrolment code"),
        QStringLiteral("user"), QString(),
        unenrolled
            + QStringLiteral("AND (enrolment_code_hash IS NULL OR enrolment_used_at IS NOT NULL "
                             "OR enrolment_expires_at IS NULL OR enrolment_expires_at <= ?)"),
        {j.now});
    Result<qint64> pending = j.count(
        QStringLiteral("Active accounts still enrolling"), QStringLiteral("user"), QString(),
        unenrolled
            + QStringLiteral("AND enrolment_code_hash IS NOT NULL AND enrolment_used_at IS NULL "
                             "AND enrolment_expires_at > ?"),
        {j.now});
    for (const Result<qint64> *r : {&active, &missing, &pending}) {
        if (!*r)
            return r->error();
    }
    if (*missing > 0)
        j.fail(QStringLiteral("%1 active account(s) without 2FA and no enrolment under way")
                   .arg(*missing));
    if (*pending > 0)
        j.warn(QStringLiteral("%1 active account(s) have not finished enrolling in 2FA yet")
                   .arg(*pending));
    j.passes(QStringLiteral("all %1 active accounts use 2FA").arg(*active));
    return {};
}

Result<void> loggedAndMonitored(Judgement &j, const ControlRuntime &rt)
{
    Result<qint64> open = j.count(QStringLiteral("Open alerts"), QStringLiteral("alert"),
                                  QStringLiteral("status=open"),
                                  QStringLiteral("SELECT COUNT(*) FROM alerts WHERE "
                                                 "acknowledged_at IS NULL"));
    Result<qint64> stale
        = j.count(QStringLiteral("Alerts open longer than alert_acknowledge_hours"),
                  QStringLiteral("alert"), QStringLiteral("status=open"),
                  QStringLiteral("SELECT COUNT(*) FROM alerts WHERE acknowledged_at IS NULL AND "
                                 "raised_at <= ?"),
                  {j.now - qint64(j.policy.alertAcknowledgeHours) * kHourMs});
    for (const Result<qint64> *r : {&open, &stale}) {
        if (!*r)
            return r->error();
    }
    if (!rt.observed) {
        j.warn(kNotObserved);
    } else if (rt.audit.checked && rt.audit.state == AuditState::Broken) {
        j.fail(QStringLiteral("the audit chain is broken at event %1: %2")
                   .arg(rt.audit.firstBadSeq)
                   .arg(rt.audit.problem));
    } else if (!rt.audit.checked
               || rt.audit.checkedAt < j.now - qint64(j.policy.auditVerifyMaxHours) * kHourMs) {
        j.fail(QStringLiteral("the audit chain has not been verified in the last %1 hours")
                   .arg(j.policy.auditVerifyMaxHours));
    }
    if (*stale > 0)
        j.warn(QStringLiteral("%1 alert(s) open for more than %2 hours")
                   .arg(*stale)
                   .arg(j.policy.alertAcknowledgeHours));
    j.passes(QStringLiteral("the audit chain verified %1; %2 open alert(s), none older than %3 h")
                 .arg(rt.observed ? dayOf(rt.audit.checkedAt) : QString())
                 .arg(*open)
                 .arg(j.policy.alertAcknowledgeHours));
    return {};
}

Result<void> requestAndReason(Judgement &j, const ControlRuntime &)
{
    const qint64 since = j.now - qint64(j.policy.controlLookbackDays) * kDayMs;
    // A read the trail records as successful with no grant of its reader covering that moment:
    // only a store changed behind the server's back (or a bug) produces one.
    Result<qint64> uncovered = j.count(
        QStringLiteral("Amazon-data reads with no grant covering them"),
        QStringLiteral("audit_event"), QStringLiteral("action=orders.*&outcome=success"),
        QStringLiteral(
            "SELECT COUNT(*) FROM audit_events e WHERE e.action IN ('orders.read', "
            "'orders.read_pii') AND e.outcome = 'success' AND e.at >= ? AND NOT EXISTS (SELECT 1 "
            "FROM grants g WHERE g.user_id = e.actor_id AND g.granted_at <= e.at AND "
            "g.expires_at >= e.at AND (g.revoked_at IS NULL OR g.revoked_at >= e.at))"),
        {since});
    Result<qint64> noReason = j.count(
        QStringLiteral("Grants whose request gave no reason of the policy's length"),
        QStringLiteral("grant"), QString(),
        QStringLiteral("SELECT COUNT(*) FROM grants g JOIN access_requests r ON r.id = "
                       "g.request_id WHERE g.granted_at >= ? AND LENGTH(TRIM(r.reason)) < ?"),
        {since, j.policy.minReasonLength});
    Result<qint64> refused = j.count(
        QStringLiteral("Amazon-data reads refused for want of a grant"),
        QStringLiteral("audit_event"), QStringLiteral("action=orders.read&outcome=denied"),
        QStringLiteral("SELECT COUNT(*) FROM audit_events WHERE action = 'orders.read' AND "
                       "outcome = 'denied' AND at >= ?"),
        {since});
    Result<qint64> waiting = j.count(
        QStringLiteral("Access requests pending longer than access_request_pending_days"),
        QStringLiteral("access_request"), QStringLiteral("status=pending"),
        QStringLiteral("SELECT COUNT(*) FROM access_requests WHERE status = 'pending' AND "
                       "created_at <= ?"),
        {j.now - qint64(j.policy.accessRequestPendingDays) * kDayMs});
    for (const Result<qint64> *r : {&uncovered, &noReason, &refused, &waiting}) {
        if (!*r)
            return r->error();
    }
    if (*uncovered > 0)
        j.fail(QStringLiteral("%1 Amazon-data read(s) in the last %2 days with no grant covering "
                              "them")
                   .arg(*uncovered)
                   .arg(j.policy.controlLookbackDays));
    if (*noReason > 0)
        j.fail(QStringLiteral("%1 grant(s) given on a request without a reason of %2 characters")
                   .arg(*noReason)
                   .arg(j.policy.minReasonLength));
    if (*refused > 0)
        j.warn(QStringLiteral("%1 attempt(s) to read Amazon data without a grant in the last %2 "
                              "days")
                   .arg(*refused)
                   .arg(j.policy.controlLookbackDays));
    if (*waiting > 0)
        j.warn(QStringLiteral("%1 access request(s) pending longer than %2 days")
                   .arg(*waiting)
                   .arg(j.policy.accessRequestPendingDays));
    j.passes(QStringLiteral("every Amazon-data read in the last %1 days was under a grant given "
                            "for a stated reason")
                 .arg(j.policy.controlLookbackDays));
    return {};
}

Result<void> revokedOnLeaving(Judgement &j, const ControlRuntime &)
{
    const qint64 allowance = qint64(j.policy.departureRevokeMinutes) * kMinuteMs;
    const qint64 since = j.now - qint64(j.policy.controlLookbackDays) * kDayMs;
    Result<qint64> overdue
        = j.count(QStringLiteral("Departed accounts whose access is not revoked"),
                  QStringLiteral("user"), QString(),
                  QStringLiteral("SELECT COUNT(*) FROM users WHERE departure_at IS NOT NULL AND "
                                 "access_revoked_at IS NULL AND departure_at <= ?"),
                  {j.now - allowance});
    Result<qint64> oldestOverdue
        = scalar(j.store,
                 QStringLiteral("SELECT MIN(departure_at) FROM users WHERE departure_at IS NOT "
                                "NULL AND access_revoked_at IS NULL AND departure_at <= ?"),
                 {j.now - allowance});
    Result<qint64> late = j.count(
        QStringLiteral("Departures revoked later than departure_revoke_minutes"),
        QStringLiteral("audit_event"), QStringLiteral("action=user.offboard"),
        QStringLiteral("SELECT COUNT(*) FROM users WHERE departure_at >= ? AND access_revoked_at "
                       "IS NOT NULL AND access_revoked_at - departure_at > ?"),
        {since, allowance});
    Result<qint64> worst
        = scalar(j.store,
                 QStringLiteral("SELECT MAX(access_revoked_at - departure_at) FROM users WHERE "
                                "departure_at >= ? AND access_revoked_at IS NOT NULL"),
                 {since});
    Result<qint64> departures = j.count(
        QStringLiteral("Departures in the look-back period"), QStringLiteral("audit_event"),
        QStringLiteral("action=user.offboard"),
        QStringLiteral("SELECT COUNT(*) FROM users WHERE departure_at >= ? AND departure_at <= ?"),
        {since, j.now});
    Result<qint64> leftovers = j.count(
        QStringLiteral("Active grants of departed accounts"), QStringLiteral("grant"),
        QStringLiteral("status=active"),
        QStringLiteral("SELECT COUNT(*) FROM grants g JOIN users u ON u.id = g.user_id WHERE "
                       "u.departure_at <= ? AND g.revoked_at IS NULL AND g.expires_at > ?"),
        {j.now - allowance, j.now});
    for (const Result<qint64> *r :
         {&overdue, &oldestOverdue, &late, &worst, &departures, &leftovers}) {
        if (!*r)
            return r->error();
    }
    if (*overdue > 0)
        j.fail(QStringLiteral("%1 departed account(s) still have access, the longest for %2")
                   .arg(*overdue)
                   .arg(durationText(j.now - *oldestOverdue)));
    if (*leftovers > 0)
        j.fail(QStringLiteral("%1 grant(s) still active for departed accounts").arg(*leftovers));
    if (*late > 0)
        j.warn(QStringLiteral("%1 departure(s) in the last %2 days revoked later than %3 min; "
                              "worst case %4")
                   .arg(*late)
                   .arg(j.policy.controlLookbackDays)
                   .arg(j.policy.departureRevokeMinutes)
                   .arg(durationText(*worst)));
    j.passes(*departures > 0 ? QStringLiteral("%1 departure(s) in the last %2 days, each revoked "
                                              "within %3 min; worst case %4")
                                   .arg(*departures)
                                   .arg(j.policy.controlLookbackDays)
                                   .arg(j.policy.departureRevokeMinutes)
                                   .arg(durationText(*worst))
                             : QStringLiteral("no departures in the last %1 days")
                                   .arg(j.policy.controlLookbackDays));
    return {};
}

Result<void> encryptedInTransit(Judgement &j, const ControlRuntime &rt)
{
    if (!rt.observed) {
        j.warn(kNotObserved);
        return {};
    }
    if (!rt.tlsFloorAcceptable)
        j.fail(QStringLiteral("the server accepts %1, below TLS 1.2").arg(rt.tlsFloor));
    if (!rt.certificateExpiresAt) {
        j.fail(QStringLiteral("the server has no TLS certificate"));
    } else if (*rt.certificateExpiresAt <= j.now) {
        j.fail(QStringLiteral("the TLS certificate expired on %1")
                   .arg(dayOf(*rt.certificateExpiresAt)));
    } else if (*rt.certificateExpiresAt
               <= j.now + qint64(j.policy.certificateExpiryWarnDays) * kDayMs) {
        j.warn(QStringLiteral("the TLS certificate expires on %1")
                   .arg(dayOf(*rt.certificateExpiresAt)));
    }
    j.passes(QStringLiteral("HTTPS only, %1 or later; the certificate is valid until %2")
                 .arg(rt.tlsFloor,
                      rt.certificateExpiresAt ? dayOf(*rt.certificateExpiresAt) : QString()));
    return {};
}

Result<void> breachResponse(Judgement &j, const ControlRuntime &)
{
    const qint64 deadline = qint64(j.policy.amazonNotificationHours) * kHourMs;
    const QString breach
        = QStringLiteral("SELECT COUNT(*) FROM incidents i WHERE i.involves_amazon_data = 1 ");
    // Not every executive told has acknowledged, or none was told.
    const QString unacknowledged = QStringLiteral(
        "AND (NOT EXISTS (SELECT 1 FROM incident_executives x WHERE x.incident_id = i.id) OR "
        "EXISTS (SELECT 1 FROM incident_executives x WHERE x.incident_id = i.id AND "
        "x.acknowledged_at IS NULL)) ");
    const QString filter = QStringLiteral("involves_amazon_data=true");
    Result<qint64> breaches = j.count(QStringLiteral("Breaches involving Amazon data"),
                                      QStringLiteral("incident"), filter, breach);
    Result<qint64> amazonLate = j.count(
        QStringLiteral("Breaches past amazon_notification_hours without Amazon's notice"),
        QStringLiteral("incident"), filter,
        breach + QStringLiteral("AND i.amazon_notified_at IS NULL AND i.detected_at <= ?"),
        {j.now - deadline});
    Result<qint64> executivesLate = j.count(
        QStringLiteral("Breaches past the deadline not acknowledged by the CTO and CEO"),
        QStringLiteral("incident"), filter,
        breach + unacknowledged + QStringLiteral("AND i.detected_at <= ?"), {j.now - deadline});
    Result<qint64> open = j.count(
        QStringLiteral("Breaches within the deadline still to notify or acknowledge"),
        QStringLiteral("incident"), filter,
        breach + QStringLiteral("AND i.detected_at > ? AND (i.amazon_notified_at IS NULL ")
            + unacknowledged.mid(3).prepend(QStringLiteral("OR ")) + QStringLiteral(")"),
        {j.now - deadline});
    Result<qint64> notifiedLate
        = j.count(QStringLiteral("Amazon told later than the deadline, in the look-back period"),
                  QStringLiteral("incident"), filter,
                  breach
                      + QStringLiteral("AND i.amazon_notified_at - i.detected_at > ? AND "
                                       "i.detected_at >= ?"),
                  {deadline, j.now - qint64(j.policy.controlLookbackDays) * kDayMs});
    // Who a breach is reported to: a CTO and a CEO must be designated (domain/Roles.h).
    const QString designated
        = QStringLiteral("SELECT COUNT(*) FROM user_designations d JOIN users u ON u.id = "
                         "d.user_id WHERE u.status = 'active' AND d.designation = ?");
    Result<qint64> cto = j.count(QStringLiteral("Designated CTO"), QStringLiteral("user"),
                                 QStringLiteral("designation=cto"), designated, {Designation::Cto});
    Result<qint64> ceo = j.count(QStringLiteral("Designated CEO"), QStringLiteral("user"),
                                 QStringLiteral("designation=ceo"), designated, {Designation::Ceo});
    // Breach e-mail leaves through the outbox; without a relay it waits there unseen.
    Result<qint64> undelivered = j.count(
        QStringLiteral("Breach e-mails not delivered"), QStringLiteral("mail"),
        QStringLiteral("kind=incident_breach sent=false"),
        QStringLiteral("SELECT COUNT(*) FROM mail_outbox WHERE kind = 'incident_breach' AND "
                       "sent_at IS NULL"));
    for (const Result<qint64> *r : {&breaches, &amazonLate, &executivesLate, &open, &notifiedLate,
                                    &cto, &ceo, &undelivered}) {
        if (!*r)
            return r->error();
    }
    const Result<std::optional<SmtpConfig>> smtp = Outbox::smtpConfig(j.store);
    if (!smtp)
        j.warn(QStringLiteral("the SMTP relay cannot be used (%1): breach notices are not "
                              "e-mailed, %2 wait in the outbox")
                   .arg(smtp.error().message)
                   .arg(*undelivered));
    else if (!*smtp)
        j.warn(QStringLiteral("no SMTP relay is set (smtp.json): breach notices reach the "
                              "executives only in the console, %1 e-mail(s) wait in the outbox")
                   .arg(*undelivered));
    else if (*undelivered > 0)
        j.warn(QStringLiteral("%1 breach e-mail(s) not delivered yet: the outbox retries them "
                              "(see each acknowledgement's e-mail on the incident)")
                   .arg(*undelivered));
    if (*cto == 0)
        j.fail(QStringLiteral("no CTO is designated: a breach notice would not reach one "
                              "(an administrator designates one on the Users page)"));
    if (*ceo == 0)
        j.fail(QStringLiteral("no CEO is designated: a breach notice would not reach one "
                              "(an administrator designates one on the Users page)"));
    if (*amazonLate > 0)
        j.fail(QStringLiteral("%1 breach(es) not notified to Amazon within %2 hours")
                   .arg(*amazonLate)
                   .arg(j.policy.amazonNotificationHours));
    if (*executivesLate > 0)
        j.fail(QStringLiteral("%1 breach(es) not acknowledged by the CTO and CEO within %2 hours")
                   .arg(*executivesLate)
                   .arg(j.policy.amazonNotificationHours));
    if (*open > 0)
        j.warn(QStringLiteral("%1 breach(es) within the %2-hour clock still to notify or "
                              "acknowledge")
                   .arg(*open)
                   .arg(j.policy.amazonNotificationHours));
    if (*notifiedLate > 0)
        j.warn(QStringLiteral("%1 breach(es) in the last %2 days notified to Amazon late")
                   .arg(*notifiedLate)
                   .arg(j.policy.controlLookbackDays));
    j.passes(QStringLiteral("%1 breach(es) recorded, each notified to Amazon and acknowledged by "
                            "the executives in time")
                 .arg(*breaches));
    return {};
}

Result<void> deletionRequests(Judgement &j, const ControlRuntime &)
{
    const QString base = QStringLiteral("SELECT COUNT(*) FROM deletion_requests WHERE ");
    Result<qint64> overdue
        = j.count(QStringLiteral("Open requests past their 72-hour due time"),
                  QStringLiteral("deletion_request"), QString(),
                  base + QStringLiteral("status = 'open' AND due_at <= ?"), {j.now});
    Result<qint64> atRisk = j.count(
        QStringLiteral("Open requests due within a day"), QStringLiteral("deletion_request"),
        QString(), base + QStringLiteral("status = 'open' AND due_at > ? AND due_at <= ?"),
        {j.now, j.now + kDayMs});
    const qint64 since = j.now - qint64(j.policy.controlLookbackDays) * kDayMs;
    Result<qint64> metLate = j.count(
        QStringLiteral("Requests met after their due time, in the look-back period"),
        QStringLiteral("deletion_request"), QString(),
        base
            + QStringLiteral("status = 'fulfilled' AND fulfilled_at > due_at AND received_at >= ?"),
        {since});
    Result<qint64> metInTime
        = j.count(QStringLiteral("Requests met in time, in the look-back period"),
                  QStringLiteral("deletion_request"), QString(),
                  base
                      + QStringLiteral(
                          "status = 'fulfilled' AND fulfilled_at <= due_at AND received_at >= ?"),
                  {since});
    for (const Result<qint64> *r : {&overdue, &atRisk, &metLate, &metInTime}) {
        if (!*r)
            return r->error();
    }
    if (*overdue > 0)
        j.fail(QStringLiteral("%1 Amazon deletion or return request(s) past their due time")
                   .arg(*overdue));
    if (*atRisk > 0)
        j.warn(QStringLiteral("%1 request(s) due within a day").arg(*atRisk));
    if (*metLate > 0)
        j.warn(QStringLiteral("%1 request(s) in the last %2 days met after their due time")
                   .arg(*metLate)
                   .arg(j.policy.controlLookbackDays));
    j.passes(QStringLiteral("%1 request(s) in the last %2 days, all met within %3 hours")
                 .arg(*metInTime)
                 .arg(j.policy.controlLookbackDays)
                 .arg(j.policy.deletionRequestHours));
    return {};
}

// The newest retention sweep.
struct SweepRow
{
    enum Column { FinishedAt, Outcome, Message, Purged, ColumnCount };
    static constexpr rows::Columns<ColumnCount> columns {{
        {FinishedAt, "finished_at"},
        {Outcome, "outcome"},
        {Message, "message"},
        {Purged, "purged"},
    }};
    static_assert(rows::inOrder(columns));
    static inline const QString select
        = rows::select(columns, "FROM retention_sweeps ORDER BY id DESC LIMIT 1");
};

Result<void> retention(Judgement &j, const ControlRuntime &)
{
    Result<qint64> held
        = j.count(QStringLiteral("Orders holding PII"), QStringLiteral("retention"), QString(),
                  QStringLiteral("SELECT COUNT(*) FROM orders WHERE pii_held = 1"));
    Result<qint64> overdue = j.count(
        QStringLiteral("Orders holding PII past fulfilment + the retention period"),
        QStringLiteral("retention"), QString(),
        QStringLiteral("SELECT COUNT(*) FROM orders WHERE pii_held = 1 AND fulfilled_at <= ?"),
        {j.now - qint64(j.policy.piiRetentionDaysAfterFulfilment) * kDayMs});
    for (const Result<qint64> *r : {&held, &overdue}) {
        if (!*r)
            return r->error();
    }
    Result<Query> sweep = j.store.exec(SweepRow::select);
    if (!sweep)
        return sweep.error();
    QString last = QStringLiteral("no sweep has run yet");
    if (sweep->next()) {
        const qint64 at = sweep->value(SweepRow::FinishedAt).toLongLong();
        const QString outcome = sweep->value(SweepRow::Outcome).toString();
        last = QStringLiteral("the last sweep (%1) %2, purging %3")
                   .arg(QDateTime::fromMSecsSinceEpoch(at, Qt::UTC).toString(Qt::ISODate), outcome)
                   .arg(sweep->value(SweepRow::Purged).toLongLong());
        if (outcome != QLatin1String("success"))
            j.warn(QStringLiteral("the last retention sweep failed: %1")
                       .arg(sweep->value(SweepRow::Message).toString()));
        else if (at<j.now - 2 * qint64(j.policy.retentionSweepMinutes) * kMinuteMs && * held> 0)
            j.warn(QStringLiteral("no retention sweep in the last %1 minutes (%2)")
                       .arg(2 * j.policy.retentionSweepMinutes)
                       .arg(last));
        sweep->finish();
    } else if (*held > 0) {
        j.warn(QStringLiteral("PII is held but no retention sweep has run"));
    }
    if (*overdue > 0)
        j.fail(QStringLiteral("%1 order(s) hold PII more than %2 days after fulfilment")
                   .arg(*overdue)
                   .arg(j.policy.piiRetentionDaysAfterFulfilment));
    j.passes(QStringLiteral("no PII held past fulfilment + %1 days; %2")
                 .arg(j.policy.piiRetentionDaysAfterFulfilment)
                 .arg(last));
    return {};
}

Result<void> assetReviews(Judgement &j, const ControlRuntime &)
{
    const QDate today = QDateTime::fromMSecsSinceEpoch(j.now, Qt::UTC).date();
    const QString base
        = QStringLiteral("SELECT COUNT(*) FROM assets WHERE status <> 'retired' AND ");
    Result<qint64> assets
        = j.count(QStringLiteral("Assets in service"), QStringLiteral("asset"), QString(),
                  QStringLiteral("SELECT COUNT(*) FROM assets WHERE status <> "
                                 "'retired'"));
    Result<qint64> overdue
        = j.count(QStringLiteral("Assets past their review date"), QStringLiteral("asset"),
                  QStringLiteral("state=overdue"), base + QStringLiteral("next_review_due < ?"),
                  {isoDate(today)});
    Result<qint64> due
        = j.count(QStringLiteral("Assets due for review within asset_due_soon_days"),
                  QStringLiteral("asset"), QStringLiteral("state=due"),
                  base + QStringLiteral("next_review_due >= ? AND next_review_due <= ?"),
                  {isoDate(today), isoDate(today.addDays(j.policy.assetDueSoonDays))});
    for (const Result<qint64> *r : {&assets, &overdue, &due}) {
        if (!*r)
            return r->error();
    }
    if (*overdue > 0)
        j.fail(QStringLiteral("%1 asset(s) not reviewed within %2 months")
                   .arg(*overdue)
                   .arg(j.policy.assetReviewMonths));
    if (*due > 0)
        j.warn(QStringLiteral("%1 asset(s) due for review within %2 days")
                   .arg(*due)
                   .arg(j.policy.assetDueSoonDays));
    j.passes(QStringLiteral("all %1 asset(s) reviewed within %2 months")
                 .arg(*assets)
                 .arg(j.policy.assetReviewMonths));
    return {};
}

Result<void> encryptedAtRest(Judgement &j, const ControlRuntime &)
{
    Result<qint64> exposed = j.count(
        QStringLiteral("Orders holding PII without a sealed value and its data key"),
        QStringLiteral("retention"), QString(),
        j.store.dialect().expand(QStringLiteral(
            "SELECT COUNT(*) FROM orders o WHERE o.pii_held = 1 AND (o.pii IS NULL OR NOT EXISTS "
            "(SELECT 1 FROM {vault}order_keys k WHERE k.order_id = o.id))")));
    if (!exposed)
        return exposed.error();
    if (*exposed > 0)
        j.fail(QStringLiteral("%1 order(s) hold PII that is not sealed under a data key")
                   .arg(*exposed));
    const DataDir &dir = j.store.dataDir();
    if (Result<void> closed = dir.checkPrivate(); !closed)
        j.fail(closed.error().message);
    const uid_t self = ::geteuid();
    for (const QString &path : dir.secretFiles()) {
        if (QFileInfo(path).ownerId() != self)
            j.warn(QStringLiteral("%1 belongs to another account than the store's process")
                       .arg(QFileInfo(path).fileName()));
    }
    // Not secret, but whoever can write them can loosen the policy or redirect the e-mail.
    for (const QString &path : {dir.policyFile(), dir.smtpConfigFile()}) {
        const QFileInfo info(path);
        if (info.exists()
            && (info.permissions() & (QFileDevice::WriteGroup | QFileDevice::WriteOther)))
            j.warn(QStringLiteral("%1 is writable by group or others: chmod go-w %2")
                       .arg(info.fileName(), path));
    }
    j.passes(QStringLiteral("PII sealed with AES-256-GCM under per-order keys; key files readable "
                            "by the store's account only"));
    return {};
}

Result<void> needToKnow(Judgement &j, const ControlRuntime &)
{
    const qint64 interval = qint64(j.policy.accessReviewIntervalDays) * kDayMs;
    Result<qint64> lastCompleted = scalar(
        j.store,
        QStringLiteral("SELECT MAX(completed_at) FROM access_reviews WHERE status = 'completed'"));
    Result<qint64> running = j.count(
        QStringLiteral("Access reviews under way, within their deadline"),
        QStringLiteral("access_review"), QString(),
        QStringLiteral("SELECT COUNT(*) FROM access_reviews WHERE status = 'open' AND due_at >= ?"),
        {j.now});
    Result<qint64> completed = j.count(
        QStringLiteral("Access reviews completed within access_review_interval_days"),
        QStringLiteral("access_review"), QString(),
        QStringLiteral("SELECT COUNT(*) FROM access_reviews WHERE status = 'completed' AND "
                       "completed_at >= ?"),
        {j.now - interval});
    Result<qint64> dual = j.count(
        QStringLiteral("Active accounts holding admin and compliance_officer"),
        QStringLiteral("user"), QString(),
        QStringLiteral("SELECT COUNT(*) FROM users WHERE status = 'active' AND roles LIKE "
                       "'%admin%' AND roles LIKE '%compliance_officer%'"));
    for (const Result<qint64> *r : {&lastCompleted, &running, &completed, &dual}) {
        if (!*r)
            return r->error();
    }
    if (*dual > 0)
        j.fail(QStringLiteral("%1 active account(s) hold both admin and compliance_officer")
                   .arg(*dual));
    if (*completed == 0 && *running > 0)
        j.warn(QStringLiteral("no access review finished in the last %1 days; one is under way")
                   .arg(j.policy.accessReviewIntervalDays));
    else if (*completed == 0)
        j.fail(QStringLiteral("no access review finished in the last %1 days")
                   .arg(j.policy.accessReviewIntervalDays));
    j.passes(QStringLiteral("the last access review finished on %1")
                 .arg(*lastCompleted > 0 ? dayOf(*lastCompleted) : QString()));
    return {};
}

Result<void> attested(Judgement &j, const ControlDefinition &definition)
{
    Result<qint64> count
        = j.count(QStringLiteral("Attestations"), QStringLiteral("control_attestation"),
                  QStringLiteral("control=") + definition.id,
                  QStringLiteral("SELECT COUNT(*) FROM control_attestations WHERE control_id = ?"),
                  {definition.id});
    if (!count)
        return count.error();
    Result<QList<ControlAttestation>> newest = rows::readAll<ControlAttestation>(
        j.store.exec(AttestationRow::select
                         + QStringLiteral("WHERE control_id = ? ORDER BY attested_at DESC, id "
                                          "DESC LIMIT 1"),
                     {definition.id}),
        &AttestationRow::read);
    if (!newest)
        return newest.error();
    if (newest->isEmpty()) {
        j.awaitAttestation(QStringLiteral("not observable by software: awaiting its owner's "
                                          "attestation (%1)")
                               .arg(definition.owner));
        return {};
    }
    const ControlAttestation &a = newest->first();
    if (a.expiresAt <= j.now)
        j.fail(QStringLiteral("the attestation by %1 expired on %2")
                   .arg(a.attestedBy, dayOf(a.expiresAt)));
    else if (a.expiresAt <= j.now + qint64(j.policy.attestationWarnDays) * kDayMs)
        j.warn(QStringLiteral("the attestation by %1 expires on %2")
                   .arg(a.attestedBy, dayOf(a.expiresAt)));
    j.passes(QStringLiteral("attested by %1 on %2 (%3, SHA-256 %4), valid until %5")
                 .arg(a.attestedBy, dayOf(a.attestedAt), a.documentName, a.documentSha256.left(16),
                      dayOf(a.expiresAt)));
    return {};
}

Result<void> policyAcknowledged(Judgement &j, const ControlRuntime &)
{
    Result<AcknowledgementCoverage> c
        = PolicyAcknowledgements(const_cast<Store &>(j.store)).coverage();
    if (!c)
        return c.error();
    j.record({QStringLiteral("Active people who acknowledged the current policy"), c->acknowledged,
              QStringLiteral("user"), QString()});
    j.record({QStringLiteral("Active people whose acknowledgement is overdue"), c->overdue,
              QStringLiteral("user"), QString()});
    j.record({QStringLiteral("Active people within the grace period"), c->due,
              QStringLiteral("user"), QString()});
    if (c->overdue > 0)
        j.fail(QStringLiteral("%1 of %2 active people have not acknowledged policy %3 within %4 "
                              "days")
                   .arg(c->overdue)
                   .arg(c->people)
                   .arg(shippedPolicyVersion())
                   .arg(j.policy.policyAcknowledgementGraceDays));
    if (c->due > 0)
        j.warn(QStringLiteral("%1 of %2 active people still to acknowledge policy %3")
                   .arg(c->due)
                   .arg(c->people)
                   .arg(shippedPolicyVersion()));
    j.passes(QStringLiteral("all %1 active people acknowledged policy %2 within %3 days")
                 .arg(c->people)
                 .arg(shippedPolicyVersion())
                 .arg(j.policy.policyAcknowledgementDays));
    return {};
}

Result<void> removableDevices(Judgement &j, const ControlRuntime &)
{
    Result<qint64> holding
        = j.count(QStringLiteral("Removable media in the asset list holding PII or Amazon data"),
                  QStringLiteral("asset"), QStringLiteral("kind=removable_media"),
                  QStringLiteral("SELECT COUNT(*) FROM assets WHERE status <> 'retired' AND kind = "
                                 "'removable_media' AND (holds_pii = 1 OR holds_amazon_data = 1)"));
    Result<qint64> devices
        = j.count(QStringLiteral("Registered devices in use"), QStringLiteral("device"),
                  QStringLiteral("status=active"),
                  QStringLiteral("SELECT COUNT(*) FROM devices WHERE status = 'active'"));
    Result<qint64> unencrypted = j.count(
        QStringLiteral("Unencrypted devices approved for aggregates"), QStringLiteral("device"),
        QStringLiteral("status=active&approved_use=aggregates_only&encrypted=false"),
        QStringLiteral("SELECT COUNT(*) FROM devices WHERE status = 'active' AND approved_use = "
                       "'aggregates_only' AND encrypted = 0"));
    Result<qint64> leftWith = j.count(
        QStringLiteral("Devices in use held by someone no longer active"), QStringLiteral("device"),
        QStringLiteral("status=active"),
        QStringLiteral("SELECT COUNT(*) FROM devices d JOIN users u ON u.id = d.holder_id WHERE "
                       "d.status = 'active' AND u.status <> 'active'"));
    for (const Result<qint64> *r : {&holding, &devices, &unencrypted, &leftWith}) {
        if (!*r)
            return r->error();
    }
    if (*holding > 0)
        j.fail(QStringLiteral("%1 removable asset(s) hold PII or Amazon data beyond anonymised "
                              "aggregates")
                   .arg(*holding));
    if (*unencrypted > 0)
        j.warn(QStringLiteral("%1 unencrypted device(s) approved to carry aggregates")
                   .arg(*unencrypted));
    if (*leftWith > 0)
        j.warn(QStringLiteral("%1 device(s) still held by people who left").arg(*leftWith));
    j.passes(QStringLiteral("%1 registered device(s); no removable asset holds Amazon data beyond "
                            "aggregates")
                 .arg(*devices));
    return {};
}

// Amazon DPP 2025, geographically dispersed backups, from the records of `compliancectl backup`.
// A record dated after now counts as no backup, so a skewed clock cannot keep it fresh.
Result<void> dispersedBackups(Judgement &j, const ControlRuntime &)
{
    const qint64 since = j.now - qint64(j.policy.backupMaxAgeDays) * kDayMs;
    const QString recent = QStringLiteral("FROM backups WHERE taken_at >= ? AND taken_at <= ?");
    Result<qint64> all = j.count(QStringLiteral("Backups recorded"), QStringLiteral("backup"),
                                 QString(), QStringLiteral("SELECT COUNT(*) FROM backups"));
    Result<qint64> fresh
        = j.count(QStringLiteral("Backups within backup_max_age_days"), QStringLiteral("backup"),
                  QString(), QStringLiteral("SELECT COUNT(*) ") + recent, {since, j.now});
    Result<qint64> places = j.count(
        QStringLiteral("Locations holding a backup within backup_max_age_days"),
        QStringLiteral("backup"), QString(),
        QStringLiteral("SELECT COUNT(DISTINCT LOWER(location)) ") + recent, {since, j.now});
    Result<qint64> newest = scalar(j.store,
                                   QStringLiteral("SELECT MAX(taken_at) FROM backups "
                                                  "WHERE taken_at <= ?"),
                                   {j.now});
    for (const Result<qint64> *r : {&all, &fresh, &places, &newest}) {
        if (!*r)
            return r->error();
    }
    if (*fresh == 0)
        j.fail(*newest > 0 ? QStringLiteral("the newest backup (%1) is older than the policy's %2 "
                                            "days")
                                 .arg(dayOf(*newest))
                                 .arg(j.policy.backupMaxAgeDays)
                           : QStringLiteral("no backup recorded"));
    else if (*places < 2)
        j.fail(QStringLiteral("only %1 location holds a backup younger than %2 days; Amazon "
                              "wants them geographically dispersed")
                   .arg(*places)
                   .arg(j.policy.backupMaxAgeDays));
    j.passes(QStringLiteral("%1 backup(s) in %2 locations within %3 days, the newest of %4")
                 .arg(*fresh)
                 .arg(*places)
                 .arg(j.policy.backupMaxAgeDays)
                 .arg(dayOf(*newest)));
    return {};
}

// DPP25-KM-01: the master key lives in a key management system, a PKCS#11 token that seals and
// opens inside itself (compliancectl init --pkcs11-*), not in a key file whose bytes anyone who
// can read the store directory can copy: the test is whether the key could be exported.
Result<void> keyInKms(Judgement &j, const ControlRuntime &)
{
    const crypto::MasterKey &key = j.store.keys();
    const bool inToken = !key.checkExportable().ok();
    j.record({QStringLiteral("The master key: %1").arg(key.describe()), inToken ? 1 : 0,
              QStringLiteral("master_key"), QString()});
    if (!inToken)
        j.fail(QStringLiteral("the master key is a file in the store directory, not in a key "
                              "management system: create the store with its key in a PKCS#11 "
                              "token (compliancectl init --pkcs11-module)"));
    j.passes(QStringLiteral("the master key lives in %1 and never leaves it").arg(key.describe()));
    return {};
}

// DPP25-RT-01: no order facts past non_pii_retention_months for a client without an applying
// legal hold (the sweep deletes them, after keeping their daily aggregates); the holds that
// keep some are listed; a policy period above Amazon's 18 months warns, as only a law may ask
// for it.
struct HeldFactsRow
{
    enum Column { Client, Orders, HoldId, SetBy, UntilAt, ColumnCount };
    static constexpr rows::Columns<ColumnCount> columns {{
        {Client, "o.client"},
        {Orders, "COUNT(DISTINCT o.id)"},
        {HoldId, "MIN(h.id)"},
        {SetBy, "MIN(h.set_by)"},
        {UntilAt, "MIN(h.until_at)"},
    }};
    static_assert(rows::inOrder(columns));
    // Arguments: the cutoff, then now.
    static inline const QString select = rows::select(
        columns,
        "FROM orders o JOIN client_legal_holds h ON h.client = o.client AND h.released_at IS "
        "NULL AND (h.until_at IS NULL OR h.until_at > ?) WHERE o.fulfilled_at <= ? "
        "GROUP BY o.client ORDER BY o.client");
};

Result<void> nonPiiRetention(Judgement &j, const ControlRuntime &)
{
    constexpr int kAmazonMonths = 18;
    const qint64 cutoff = j.policy.nonPiiCutoff(j.now);
    const QString applying = QStringLiteral(
        "SELECT client FROM client_legal_holds WHERE released_at IS NULL AND (until_at IS NULL "
        "OR until_at > ?)");
    Result<qint64> overdue = j.count(
        QStringLiteral("Orders past non_pii_retention_months of clients without a legal hold"),
        QStringLiteral("retention"), QString(),
        QStringLiteral("SELECT COUNT(*) FROM orders WHERE fulfilled_at <= ? AND client NOT IN (")
            + applying + QLatin1Char(')'),
        {cutoff, j.now});
    Result<qint64> holds = j.count(
        QStringLiteral("Legal holds in force"), QStringLiteral("legal_hold"),
        QStringLiteral("active=true"),
        QStringLiteral("SELECT COUNT(*) FROM client_legal_holds WHERE released_at IS NULL AND "
                       "(until_at IS NULL OR until_at > ?)"),
        {j.now});
    Result<qint64> aggregated
        = j.count(QStringLiteral("Daily aggregates kept of deleted orders"),
                  QStringLiteral("order_aggregate"), QString(),
                  QStringLiteral("SELECT COUNT(*) FROM order_daily_aggregates"));
    for (const Result<qint64> *r : {&overdue, &holds, &aggregated}) {
        if (!*r)
            return r->error();
    }
    Result<Query> held = j.store.exec(HeldFactsRow::select, {j.now, cutoff});
    if (!held)
        return held.error();
    QStringList kept;
    while (held->next()) {
        const QString client = held->value(HeldFactsRow::Client).toString();
        const qint64 orders = held->value(HeldFactsRow::Orders).toLongLong();
        const QVariant until = held->value(HeldFactsRow::UntilAt);
        j.record(
            {QStringLiteral("Orders past the period kept by legal hold %1 on %2 (set by %3, "
                            "%4)")
                 .arg(held->value(HeldFactsRow::HoldId).toLongLong())
                 .arg(client, held->value(HeldFactsRow::SetBy).toString(),
                      until.isNull() ? QStringLiteral("open-ended")
                                     : QStringLiteral("until %1").arg(dayOf(until.toLongLong()))),
             orders, QStringLiteral("legal_hold"), QStringLiteral("active=true")});
        kept << QStringLiteral("%1 (%2)").arg(client).arg(orders);
    }
    if (*overdue > 0)
        j.fail(QStringLiteral("%1 order(s) kept more than %2 months after fulfilment without a "
                              "legal hold")
                   .arg(*overdue)
                   .arg(j.policy.nonPiiRetentionMonths));
    if (j.policy.nonPiiRetentionMonths > kAmazonMonths)
        j.warn(QStringLiteral("non_pii_retention_months is %1, more than Amazon's %2: only a law "
                              "may require that; a legal hold per client records why")
                   .arg(j.policy.nonPiiRetentionMonths)
                   .arg(kAmazonMonths));
    j.passes(kept.isEmpty()
                 ? QStringLiteral("no order facts older than %1 months; %2 daily aggregate(s) kept")
                       .arg(j.policy.nonPiiRetentionMonths)
                       .arg(*aggregated)
                 : QStringLiteral("only legal holds keep order facts older than %1 months: %2")
                       .arg(j.policy.nonPiiRetentionMonths)
                       .arg(kept.join(QStringLiteral(", "))));
    return {};
}

// DPP25-VM-01: nothing open past its due date (critical 7 days, high 30, the rest
// vulnerability_other_days): a critical or high one overdue fails; a medium or low one overdue,
// or a critical or high one due within vulnerability_warn_hours, warns.
Result<void> vulnerabilitiesResolved(Judgement &j, const ControlRuntime &)
{
    const QString open
        = QStringLiteral("SELECT COUNT(*) FROM vulnerabilities WHERE status = 'open' AND ");
    const qint64 soon = j.now + qint64(j.policy.vulnerabilityWarnHours) * 60 * 60 * 1000;
    Result<qint64> urgentOverdue = j.count(
        QStringLiteral("Critical or high vulnerabilities open past their due date"),
        QStringLiteral("vulnerability"), QStringLiteral("status=open&overdue=true"),
        open + QStringLiteral("severity IN ('critical', 'high') AND due_at < ?"), {j.now});
    Result<qint64> otherOverdue = j.count(
        QStringLiteral("Medium or low vulnerabilities open past their due date"),
        QStringLiteral("vulnerability"), QStringLiteral("status=open&overdue=true"),
        open + QStringLiteral("severity NOT IN ('critical', 'high') AND due_at < ?"), {j.now});
    Result<qint64> dueSoon = j.count(
        QStringLiteral("Critical or high vulnerabilities due within vulnerability_warn_hours"),
        QStringLiteral("vulnerability"), QStringLiteral("status=open"),
        open + QStringLiteral("severity IN ('critical', 'high') AND due_at >= ? AND due_at <= ?"),
        {j.now, soon});
    Result<qint64> stillOpen
        = j.count(QStringLiteral("Open vulnerabilities"), QStringLiteral("vulnerability"),
                  QStringLiteral("status=open"),
                  QStringLiteral("SELECT COUNT(*) FROM vulnerabilities WHERE status = 'open'"));
    for (const Result<qint64> *r : {&urgentOverdue, &otherOverdue, &dueSoon, &stillOpen}) {
        if (!*r)
            return r->error();
    }
    if (*urgentOverdue > 0)
        j.fail(QStringLiteral("%1 critical or high vulnerability(ies) not resolved within %2 / %3 "
                              "days")
                   .arg(*urgentOverdue)
                   .arg(j.policy.vulnerabilityCriticalDays)
                   .arg(j.policy.vulnerabilityHighDays));
    if (*otherOverdue > 0)
        j.warn(QStringLiteral("%1 medium or low vulnerability(ies) not resolved within %2 days")
                   .arg(*otherOverdue)
                   .arg(j.policy.vulnerabilityOtherDays));
    if (*dueSoon > 0)
        j.warn(QStringLiteral("%1 critical or high vulnerability(ies) due within %2 hours")
                   .arg(*dueSoon)
                   .arg(j.policy.vulnerabilityWarnHours));
    j.passes(QStringLiteral("no vulnerability open past its due date (%1 open)").arg(*stillOpen));
    return {};
}

// Evidence rows of one register: the first kMaxRegisterRows in id order, then how many more.
constexpr int kMaxRegisterRows = 50;

// DPP25-TP-01: every active subcontractor that receives Amazon data was assessed within
// subcontractor_assessment_months and not rejected; one due within subcontractor_reminder_days
// warns. One evidence row per such subcontractor.
Result<void> subcontractorsAssessed(Judgement &j, const ControlRuntime &)
{
    Result<QList<Subcontractor>> active = activeSubcontractorsWithAmazonData(j.store);
    if (!active)
        return active.error();
    const qint64 soon = j.now + qint64(j.policy.subcontractorReminderDays) * kDayMs;
    int unassessed = 0, overdue = 0, rejected = 0, dueSoon = 0;
    for (qsizetype i = 0; i < active->size(); ++i) {
        const Subcontractor &s = active->at(i);
        const std::optional<SubcontractorAssessment> &last = s.lastAssessment;
        QString state;
        if (!last) {
            ++unassessed;
            state = QStringLiteral("never assessed");
        } else {
            state = QStringLiteral("assessed %1 (%2), due %3")
                        .arg(dayOf(last->assessedAt), last->outcome, dayOf(s.assessmentDueAt));
            if (last->outcome == QLatin1String("rejected"))
                ++rejected;
            if (s.assessmentDueAt < j.now)
                ++overdue;
            else if (s.assessmentDueAt <= soon)
                ++dueSoon;
        }
        if (i < kMaxRegisterRows)
            j.record({QStringLiteral("%1 (%2): %3")
                          .arg(s.name, s.dataCategories.join(QStringLiteral(", ")), state),
                      1, QStringLiteral("subcontractor"), QStringLiteral("status=active")});
    }
    if (active->size() > kMaxRegisterRows)
        j.record({QStringLiteral("More active subcontractors receiving Amazon data"),
                  active->size() - kMaxRegisterRows, QStringLiteral("subcontractor"),
                  QStringLiteral("status=active")});
    if (unassessed > 0)
        j.fail(QStringLiteral("%1 active subcontractor(s) receiving Amazon data never assessed")
                   .arg(unassessed));
    if (overdue > 0)
        j.fail(QStringLiteral("%1 subcontractor(s) not assessed within %2 months")
                   .arg(overdue)
                   .arg(j.policy.subcontractorAssessmentMonths));
    if (rejected > 0)
        j.fail(QStringLiteral("%1 subcontractor(s) still active after a rejected assessment")
                   .arg(rejected));
    if (dueSoon > 0)
        j.warn(QStringLiteral("%1 subcontractor assessment(s) due within %2 days")
                   .arg(dueSoon)
                   .arg(j.policy.subcontractorReminderDays));
    j.passes(active->isEmpty()
                 ? QStringLiteral("no active subcontractor receives Amazon data")
                 : QStringLiteral("%1 active subcontractor(s) receiving Amazon data, each "
                                  "assessed within %2 months and not rejected")
                       .arg(active->size())
                       .arg(j.policy.subcontractorAssessmentMonths));
    return {};
}

// DPP25-KM-02: every active API credential is within its rotation interval and owned by an
// active user; one due within api_credential_reminder_days warns. One evidence row each.
Result<void> credentialsRotated(Judgement &j, const ControlRuntime &)
{
    Result<QList<ApiCredential>> active = activeApiCredentials(j.store);
    if (!active)
        return active.error();
    const qint64 soon = j.now + qint64(j.policy.apiCredentialReminderDays) * kDayMs;
    int overdue = 0, orphaned = 0, dueSoon = 0;
    for (qsizetype i = 0; i < active->size(); ++i) {
        const ApiCredential &c = active->at(i);
        if (c.rotationDueAt < j.now)
            ++overdue;
        else if (c.rotationDueAt <= soon)
            ++dueSoon;
        if (!c.ownerActive)
            ++orphaned;
        if (i < kMaxRegisterRows)
            j.record({QStringLiteral("%1 (owner %2%3): rotated %4, due %5")
                          .arg(c.name, c.owner,
                               c.ownerActive ? QString() : QStringLiteral(", no longer active"),
                               dayOf(c.lastRotatedAt), dayOf(c.rotationDueAt)),
                      1, QStringLiteral("api_credential"), QStringLiteral("status=active")});
    }
    if (active->size() > kMaxRegisterRows)
        j.record({QStringLiteral("More active API credentials"), active->size() - kMaxRegisterRows,
                  QStringLiteral("api_credential"), QStringLiteral("status=active")});
    if (overdue > 0)
        j.fail(QStringLiteral("%1 API credential(s) past their rotation due date").arg(overdue));
    if (orphaned > 0)
        j.fail(QStringLiteral("%1 API credential(s) owned by an account no longer active")
                   .arg(orphaned));
    if (dueSoon > 0)
        j.warn(QStringLiteral("%1 API credential rotation(s) due within %2 days")
                   .arg(dueSoon)
                   .arg(j.policy.apiCredentialReminderDays));
    j.passes(QStringLiteral("%1 active API credential(s), each rotated on schedule with an "
                            "active owner")
                 .arg(active->size()));
    return {};
}

// A holder of an incident_contact designation as an evidence row: who (by username only, as
// everywhere in the evidence pack), and whether they can be reached (active, enrolled in 2FA).
ControlEvidence contactEvidence(const QString &role, const QString &designation,
                                const IncidentContactHolder *h)
{
    const QString filter = QStringLiteral("designation=") + designation;
    if (!h)
        return {QStringLiteral("%1: nobody designated").arg(role), 0, QStringLiteral("user"),
                filter};
    return {QStringLiteral("%1: %2, account %3, %4")
                .arg(role, h->username, h->status,
                     h->twoFactor ? QStringLiteral("2FA enrolled")
                                  : QStringLiteral("not enrolled in 2FA")),
            h->available() ? 1 : 0, QStringLiteral("user"), filter};
}

// DPP25-IR-01, Amazon's Incident Management Point of Contact. Fails without an IMPOC who can be
// reached (an active account enrolled in 2FA): the requirement itself is missing. Warns without
// such a deputy, or when a notice of the look-back period reached the IMPOC or the deputy and
// was acknowledged later than impoc_acknowledge_hours (or is still waiting past them): the
// contact exists but was not readily available that time. A breach left unacknowledged past
// Amazon's deadline fails MOAJ-IR-01 already.
Result<void> incidentContact(Judgement &j, const ControlRuntime &)
{
    Result<IncidentContactsView> view = IncidentContacts(j.store).view(0);
    if (!view)
        return view.error();
    const IncidentContactHolder *impoc = view->holder(Designation::IncidentContact);
    const IncidentContactHolder *deputy = view->holder(Designation::IncidentContactDeputy);
    j.record(contactEvidence(QStringLiteral("IMPOC"), Designation::IncidentContact, impoc));
    j.record(contactEvidence(QStringLiteral("Deputy"), Designation::IncidentContactDeputy, deputy));
    const QString breaches = QStringLiteral("involves_amazon_data=true");
    qint64 late = 0;
    for (const IncidentContactNotice &n : std::as_const(view->notices))
        late += n.late ? 1 : 0;
    j.record({QStringLiteral("Notices to the IMPOC or deputy in the look-back period"),
              qint64(view->notices.size()), QStringLiteral("incident"), breaches});
    j.record(
        {QStringLiteral("Of those, acknowledged later than impoc_acknowledge_hours or not yet"),
         late, QStringLiteral("incident"), breaches});
    // Each notice by name, newest first: who was told of which incident, and when they answered.
    constexpr int kListed = 10;
    for (const IncidentContactNotice &n : view->notices.mid(0, kListed))
        j.record(
            {QStringLiteral("Incident %1 to %2 (%3), notified %4: %5")
                 .arg(n.incidentId)
                 .arg(n.username, n.designation, audit::isoTime(n.notifiedAt),
                      n.acknowledgedAt ? QStringLiteral("acknowledged %1, after %2%3")
                                             .arg(audit::isoTime(*n.acknowledgedAt),
                                                  durationText(n.waitedMs(j.now)),
                                                  n.late ? QStringLiteral(" (late)") : QString())
                                       : QStringLiteral("not acknowledged for %1%2")
                                             .arg(durationText(n.waitedMs(j.now)),
                                                  n.late ? QStringLiteral(" (late)") : QString())),
             n.late ? 1 : 0, QStringLiteral("incident"), breaches});
    if (!impoc)
        j.fail(QStringLiteral("no Incident Management Point of Contact is designated "
                              "(an administrator designates incident_contact on the Users page)"));
    else if (!impoc->available())
        j.fail(QStringLiteral("the Incident Management Point of Contact %1 cannot be reached: the "
                              "account is %2%3")
                   .arg(impoc->username, impoc->status,
                        impoc->twoFactor ? QString() : QStringLiteral(" and not enrolled in 2FA")));
    if (!deputy)
        j.warn(QStringLiteral("no deputy is designated (incident_contact_deputy)"));
    else if (!deputy->available())
        j.warn(
            QStringLiteral("the deputy %1 cannot be reached: the account is %2%3")
                .arg(deputy->username, deputy->status,
                     deputy->twoFactor ? QString() : QStringLiteral(" and not enrolled in 2FA")));
    if (late > 0)
        j.warn(QStringLiteral("%1 breach notice(s) to the IMPOC or deputy in the last %2 days not "
                              "acknowledged within %3 hours")
                   .arg(late)
                   .arg(view->lookbackDays)
                   .arg(view->acknowledgeHours));
    j.passes(QStringLiteral("%1 is the Incident Management Point of Contact, %2 the deputy; %3 "
                            "notice(s) in the last %4 days, each acknowledged within %5 hours")
                 .arg(impoc ? impoc->username : QString(), deputy ? deputy->username : QString())
                 .arg(view->notices.size())
                 .arg(view->lookbackDays)
                 .arg(view->acknowledgeHours));
    return {};
}

// Observed controls by id; a catalogue entry without one here is an error, not a pass.
const QHash<QString, Evaluator> &evaluators()
{
    static const QHash<QString, Evaluator> table = {
        {QStringLiteral("MOAJ-GS-02"), &policyAcknowledged},
        {QStringLiteral("MOAJ-NP-02"), &publicAccess},
        {QStringLiteral("MOAJ-AM-07"), &removableDevices},
        {QStringLiteral("MOAJ-AM-01"), &accessLimited},
        {QStringLiteral("MOAJ-AM-02"), &uniqueLogins},
        {QStringLiteral("MOAJ-AM-03"), &twoFactor},
        {QStringLiteral("MOAJ-AM-04"), &loggedAndMonitored},
        {QStringLiteral("MOAJ-AM-05"), &requestAndReason},
        {QStringLiteral("MOAJ-AM-06"), &revokedOnLeaving},
        {QStringLiteral("MOAJ-ET-01"), &encryptedInTransit},
        {QStringLiteral("MOAJ-IR-01"), &breachResponse},
        {QStringLiteral("MOAJ-DR-01"), &deletionRequests},
        {QStringLiteral("MOAJ-RT-01"), &retention},
        {QStringLiteral("MOAJ-AG-01"), &assetReviews},
        {QStringLiteral("MOAJ-EA-01"), &encryptedAtRest},
        {QStringLiteral("MOAJ-LP-01"), &needToKnow},
        {QStringLiteral("DPP25-BK-01"), &dispersedBackups},
        {QStringLiteral("DPP25-VM-01"), &vulnerabilitiesResolved},
        {QStringLiteral("DPP25-KM-01"), &keyInKms},
        {QStringLiteral("DPP25-TP-01"), &subcontractorsAssessed},
        {QStringLiteral("DPP25-KM-02"), &credentialsRotated},
        {QStringLiteral("DPP25-IR-01"), &incidentContact},
        {QStringLiteral("DPP25-RT-01"), &nonPiiRetention},
    };
    return table;
}

// One day of a control's history.
struct DayRow
{
    enum Column { Day, Status, Summary, PolicyVersion, ColumnCount };
    static constexpr rows::Columns<ColumnCount> columns {{
        {Day, "day"},
        {Status, "status"},
        {Summary, "summary"},
        {PolicyVersion, "policy_version"},
    }};
    static_assert(rows::inOrder(columns));
    static ControlDay read(const Query &q)
    {
        return {q.value(Day).toString(), q.value(Status).toString(), q.value(Summary).toString(),
                q.value(PolicyVersion).toString()};
    }
};

// The newest recorded status of a control, or empty.
Result<QString> lastRecordedStatus(const Store &store, const QString &controlId)
{
    Result<std::optional<QVariant>> status = rows::single(store.exec(
        QStringLiteral("SELECT status FROM control_status WHERE control_id = ? ORDER BY day DESC "
                       "LIMIT 1"),
        {controlId}));
    if (!status)
        return status.error();
    return *status ? (*status)->toString() : QString();
}

} // namespace

Result<ControlState> Controls::evaluateOne(const ControlDefinition &definition,
                                           const ControlRuntime &runtime) const
{
    Judgement judgement(m_store, m_store.clock().nowMs());
    Result<void> judged;
    if (definition.kind == ControlKind::Attested) {
        judged = attested(judgement, definition);
    } else {
        const Evaluator evaluator = evaluators().value(definition.id);
        if (!evaluator)
            return makeError(ErrorCode::Internal,
                             QStringLiteral("control %1 has no evaluator").arg(definition.id));
        judged = evaluator(judgement, runtime);
    }
    if (!judged)
        return judged.error();
    ControlState state;
    state.definition = &definition;
    state.evaluatedAt = judgement.now;
    judgement.conclude(state);
    return state;
}

Result<QList<ControlState>> Controls::evaluateAll(const ControlRuntime &runtime)
{
    QList<ControlState> states;
    for (const ControlDefinition &definition : controlCatalogue()) {
        Result<ControlState> state = evaluateOne(definition, runtime);
        if (!state)
            return state.error();
        states.append(*state);
    }
    return states;
}

Result<QList<ControlState>> Controls::evaluate(const Caller &caller, const ControlRuntime &runtime)
{
    return m_store.transaction([&]() -> Result<QList<ControlState>> {
        Result<QList<ControlState>> states = evaluateAll(runtime);
        if (!states)
            return states.error();
        QMap<QString, int> byStatus;
        for (const ControlState &s : std::as_const(*states))
            ++byStatus[s.status];
        if (Result<AuditEvent> logged
            = audit::append(m_store,
                            eventBy(caller, QStringLiteral("control.list"),
                                    QStringLiteral("control"), QString(),
                                    QStringLiteral("controls=%1 pass=%2 warn=%3 fail=%4 manual=%5")
                                        .arg(states->size())
                                        .arg(byStatus.value(control::Pass))
                                        .arg(byStatus.value(control::Warn))
                                        .arg(byStatus.value(control::Fail))
                                        .arg(byStatus.value(control::Manual))));
            !logged)
            return logged.error();
        return states;
    });
}

Result<void> Controls::notifyFailure(const ControlState &state, const QString &day)
{
    const ControlDefinition &c = *state.definition;
    Result<Query> q = m_store.exec(
        QStringLiteral("SELECT id, email, roles FROM users WHERE status = 'active' ORDER BY id"));
    if (!q)
        return q.error();
    struct Recipient
    {
        qint64 id;
        QString email;
    };
    QList<Recipient> recipients;
    while (q->next()) {
        const QStringList roles = q->value(2).toString().split(QLatin1Char(','));
        if (roles.contains(c.owner) || roles.contains(QLatin1String("compliance_officer")))
            recipients.append({q->value(0).toLongLong(), q->value(1).toString()});
    }
    q->finish();
    Result<std::optional<SmtpConfig>> smtp = Outbox::smtpConfig(m_store);
    if (!smtp)
        qCWarning(lcControls).noquote()
            << "control failures go to the inbox only:" << smtp.error().message;
    const bool mail = smtp && smtp->has_value();
    const QString title = QStringLiteral("Control %1 failed").arg(c.id);
    const QString body = QStringLiteral("%1\n\n\"%2\"").arg(state.summary, c.policyText);
    for (const Recipient &r : std::as_const(recipients)) {
        if (Result<Query> notified = m_store.exec(
                QStringLiteral("INSERT INTO notifications (user_id, kind, threshold, due_date, "
                               "day, title, body, created_at) VALUES (?, 'control_fail', ?, '', "
                               "?, ?, ?, ?)"),
                {r.id, c.id, day, title, body, m_store.clock().nowMs()});
            !notified)
            return notified.error();
        if (mail) {
            if (Result<bool> queued = Outbox(m_store).enqueue(
                    {QStringLiteral("control_fail"),
                     QStringLiteral("control_fail:%1:%2:user:%3").arg(c.id, day).arg(r.id),
                     r.id,
                     std::nullopt,
                     r.email,
                     title,
                     body,
                     {}});
                !queued)
                return queued.error();
        }
    }
    return {};
}

Result<int> Controls::recordDaily(const ControlRuntime &runtime)
{
    Result<QList<ControlState>> states = evaluateAll(runtime);
    if (!states)
        return states.error();
    const QString day = dayOf(m_store.clock().nowMs());
    return m_store.transaction([&]() -> Result<int> {
        if (Result<void> recorded = PolicyAcknowledgements(m_store).recordShippedVersion();
            !recorded)
            return recorded.error();
        int turnedToFail = 0;
        for (const ControlState &s : std::as_const(*states)) {
            const QString &id = s.definition->id;
            Result<QString> before = lastRecordedStatus(m_store, id);
            if (!before)
                return before.error();
            Result<std::optional<QVariant>> today = rows::single(m_store.exec(
                QStringLiteral("SELECT id FROM control_status WHERE control_id = ? AND day = ?"),
                {id, day}));
            if (!today)
                return today.error();
            Result<Query> written = *today
                ? m_store.exec(QStringLiteral("UPDATE control_status SET status = ?, summary = ?, "
                                              "evaluated_at = ?, policy_version = ? WHERE id = ?"),
                               {s.status, s.summary, s.evaluatedAt, shippedPolicyVersion(),
                                (*today)->toLongLong()})
                : m_store.exec(
                    QStringLiteral("INSERT INTO control_status (control_id, day, "
                                   "status, summary, evaluated_at, policy_version) "
                                   "VALUES (?, ?, ?, ?, ?, ?)"),
                    {id, day, s.status, s.summary, s.evaluatedAt, shippedPolicyVersion()});
            if (!written)
                return written.error();
            if (*before == s.status)
                continue;
            if (s.status == control::Fail) {
                if (Result<void> told = notifyFailure(s, day); !told)
                    return told.error();
                ++turnedToFail;
            }
            // The first record of a control is not a change: the trail records changes only.
            if (before->isEmpty())
                continue;
            AuditEvent e;
            e.actor = QStringLiteral("system");
            e.action = QStringLiteral("control.status");
            e.objectType = QStringLiteral("control");
            e.objectId = id;
            e.detail = QStringLiteral("from=%1 to=%2 policy=%3")
                           .arg(*before, s.status, shippedPolicyVersion());
            if (Result<AuditEvent> logged = audit::append(m_store, e); !logged)
                return logged.error();
        }
        return turnedToFail;
    });
}

Result<void> Controls::audited(const Caller &caller, const QString &action,
                               const QString &controlId, const QString &detail)
{
    if (Result<AuditEvent> logged = audit::append(
            m_store, eventBy(caller, action, QStringLiteral("control"), controlId, detail));
        !logged)
        return logged.error();
    return {};
}

Result<ControlHistory> Controls::history(const Caller &caller, const QString &controlId, int days)
{
    if (!findControl(controlId))
        return makeError(
            ErrorCode::NotFound,
            QStringLiteral("no control \"%1\" (GET /controls lists them)").arg(controlId));
    if (days < 1 || days > 3660)
        return makeError(ErrorCode::InvalidInput,
                         QStringLiteral("days must be a whole number from 1 to 3660"));
    static const QString select = rows::select(DayRow::columns, "FROM control_status ");
    Result<QList<ControlDay>> all = rows::readAll<ControlDay>(
        m_store.exec(select + QStringLiteral("WHERE control_id = ? ORDER BY day DESC"),
                     {controlId}),
        &DayRow::read);
    if (!all)
        return all.error();
    ControlHistory history;
    history.controlId = controlId;
    // The pass run reaching the newest day, with no day missing in between.
    QDate expected;
    for (const ControlDay &d : std::as_const(*all)) {
        const QDate date = QDate::fromString(d.day, Qt::ISODate);
        if (d.status != control::Pass || (expected.isValid() && date != expected))
            break;
        history.compliantSince = d.day;
        expected = date.addDays(-1);
    }
    const QString from = dayOf(m_store.clock().nowMs() - qint64(days - 1) * kDayMs);
    for (auto it = all->crbegin(); it != all->crend(); ++it) {
        if (it->day >= from)
            history.days.append(*it);
    }
    return m_store.transaction([&]() -> Result<ControlHistory> {
        if (Result<void> logged = audited(caller, QStringLiteral("control.history"), controlId,
                                          QStringLiteral("days=%1").arg(days));
            !logged)
            return logged.error();
        return history;
    });
}

Result<ControlAttestation> Controls::attest(const Caller &caller, const NewAttestation &a)
{
    const ControlDefinition *definition = findControl(a.controlId);
    if (!definition)
        return makeError(ErrorCode::NotFound, QStringLiteral("no control \"%1\"").arg(a.controlId));
    if (definition->kind != ControlKind::Attested)
        return makeError(ErrorCode::InvalidInput,
                         QStringLiteral("control %1 is judged from the store; only manual "
                                        "controls take attestations")
                             .arg(a.controlId));
    if (!caller.roles.contains(definition->owner))
        return makeError(ErrorCode::Forbidden,
                         QStringLiteral("control %1 is attested by its owner, a %2")
                             .arg(a.controlId, definition->owner));
    const QString note = a.note.trimmed();
    if (note.size() < m_store.policy().minReasonLength)
        return makeError(ErrorCode::InvalidInput,
                         QStringLiteral("say what was checked: the note needs at least %1 "
                                        "characters")
                             .arg(m_store.policy().minReasonLength));
    const QString name = a.documentName.trimmed();
    if (name.isEmpty() || name.size() > 200 || name.contains(QLatin1Char('/'))
        || name.contains(QLatin1Char('\\')))
        return makeError(ErrorCode::InvalidInput,
                         QStringLiteral("the document needs a file name of 1 to 200 characters "
                                        "without a path"));
    if (a.document.isEmpty() || a.document.size() > kMaxDocumentBytes)
        return makeError(ErrorCode::InvalidInput,
                         QStringLiteral("the attached document must hold 1 byte to %1 MiB; it "
                                        "holds %2 bytes")
                             .arg(kMaxDocumentBytes / (1024 * 1024))
                             .arg(a.document.size()));
    const qint64 now = m_store.clock().nowMs();
    ControlAttestation made;
    made.controlId = a.controlId;
    made.attestedBy = caller.username;
    made.note = note;
    made.documentName = name;
    made.documentSha256 = QString::fromLatin1(crypto::sha256(a.document).toHex());
    made.documentBytes = a.document.size();
    made.attestedAt = now;
    made.expiresAt = now + qint64(m_store.policy().attestationValidDays) * kDayMs;
    return m_store.transaction([&]() -> Result<ControlAttestation> {
        Result<qint64> id = rows::insertedId(m_store.exec(
            QStringLiteral("INSERT INTO control_attestations (control_id, attested_by_id, "
                           "attested_by, note, document_name, document_sha256, document_bytes, "
                           "attested_at, expires_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?) "
                           "RETURNING id"),
            {made.controlId, service::nullableId(caller.userId), made.attestedBy, made.note,
             made.documentName, made.documentSha256, made.documentBytes, made.attestedAt,
             made.expiresAt}));
        if (!id)
            return id.error();
        made.id = *id;
        Result<QByteArray> sealed
            = m_store.keys().seal(a.document,
                                  crypto::fieldAad(QStringLiteral("control_attestations"),
                                                   QStringLiteral("document"), made.id));
        if (!sealed)
            return sealed.error();
        if (Result<Query> stored = m_store.exec(
                QStringLiteral("UPDATE control_attestations SET document = ? WHERE id = ?"),
                {*sealed, made.id});
            !stored)
            return stored.error();
        if (Result<AuditEvent> logged
            = audit::append(m_store,
                            eventBy(caller, QStringLiteral("control.attest"),
                                    QStringLiteral("control"), made.controlId,
                                    QStringLiteral("attestation=%1 document=%2 bytes=%3 sha256=%4")
                                        .arg(made.id)
                                        .arg(made.documentName)
                                        .arg(made.documentBytes)
                                        .arg(made.documentSha256),
                                    made.note));
            !logged)
            return logged.error();
        return made;
    });
}

Result<QList<ControlAttestation>> Controls::attestations(const Caller &caller,
                                                         const QString &controlId)
{
    if (!findControl(controlId))
        return makeError(
            ErrorCode::NotFound,
            QStringLiteral("no control \"%1\" (GET /controls lists them)").arg(controlId));
    return m_store.transaction([&]() -> Result<QList<ControlAttestation>> {
        Result<QList<ControlAttestation>> found = rows::readAll<ControlAttestation>(
            m_store.exec(AttestationRow::select
                             + QStringLiteral("WHERE control_id = ? ORDER BY attested_at DESC, "
                                              "id DESC"),
                         {controlId}),
            &AttestationRow::read);
        if (!found)
            return found.error();
        if (Result<void> logged = audited(caller, QStringLiteral("control.attestations"), controlId,
                                          QStringLiteral("attestations=%1").arg(found->size()));
            !logged)
            return logged.error();
        return found;
    });
}

Result<QByteArray> Controls::attestationDocument(qint64 attestationId) const
{
    Result<Query> q = m_store.exec(
        QStringLiteral("SELECT document, document_sha256 FROM control_attestations WHERE id = ?"),
        {attestationId});
    if (!q)
        return q.error();
    if (!q->next())
        return makeError(ErrorCode::NotFound,
                         QStringLiteral("no attestation %1").arg(attestationId));
    const QByteArray sealed = q->value(0).toByteArray();
    const QString expected = q->value(1).toString();
    q->finish();
    Result<QByteArray> document
        = m_store.keys().open(sealed,
                              crypto::fieldAad(QStringLiteral("control_attestations"),
                                               QStringLiteral("document"), attestationId));
    if (!document)
        return document.error();
    if (QString::fromLatin1(crypto::sha256(*document).toHex()) != expected)
        return makeError(ErrorCode::Internal,
                         QStringLiteral("the document of attestation %1 does not match its "
                                        "recorded SHA-256")
                             .arg(attestationId));
    return document;
}

} // namespace cc
