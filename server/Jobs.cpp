#include "AuditGuard.h"
#include "DepartureTimer.h"
#include "JobScheduler.h"
#include "audit/AuditLog.h"
#include "mail/SmtpMailer.h"
#include "service/AccessControl.h"
#include "service/AccessReviews.h"
#include "service/Incidents.h"
#include "service/Monitoring.h"
#include "service/NotificationMail.h"
#include "service/Notifications.h"
#include "service/Orders.h"
#include "service/Outbox.h"
#include "service/Reminders.h"
#include "store/Store.h"

#include <QLoggingCategory>

namespace cc::server {

Q_LOGGING_CATEGORY(lcJobList, "compliance.jobs.list")

namespace {

Caller systemCaller()
{
    Caller system;
    system.username = QStringLiteral("system");
    return system;
}

Result<void> recordGrantExpiry(Store &store)
{
    Result<int> recorded = AccessControl(store).recordExpiredGrants();
    if (!recorded)
        return recorded.error();
    if (*recorded > 0)
        qCInfo(lcJobList) << "recorded the expiry of" << *recorded << "grants";
    return {};
}

// Review reminders to asset owners. Idempotent: each reminder's key is unique in the table.
Result<void> sendAssetReminders(Store &store)
{
    Result<int> sent = Notifications(store).sendAssetReminders();
    if (!sent)
        return sent.error();
    if (*sent > 0)
        qCInfo(lcJobList) << "sent" << *sent << "asset review reminders";
    return {};
}

// Amazon data retention: purges the PII that would reach fulfilment + the policy period before
// the next run (the look-ahead is the interval), so nothing outlives its deadline, and deletes
// the non-PII order facts past non_pii_retention_months (kept as daily aggregates) of clients
// without a legal hold.
Result<void> sweepRetention(Store &store, std::chrono::milliseconds lookAhead)
{
    Result<SweepResult> swept = Orders(store).sweep(systemCaller(), lookAhead.count());
    if (!swept)
        return swept.error();
    if (swept->purged > 0)
        qCInfo(lcJobList) << "purged the PII of" << swept->purged << "orders";
    if (swept->deleted > 0)
        qCInfo(lcJobList) << "deleted the non-PII facts of" << swept->deleted << "orders";
    return {};
}

// Deadlines before they pass: grant expiry a day before, deletion requests at 48, 24 and 6
// hours. Each reminder once (deadline_reminders).
Result<void> sendDeadlineReminders(Store &store)
{
    Result<int> sent = Reminders(store).sendDue();
    if (!sent)
        return sent.error();
    if (*sent > 0)
        qCInfo(lcJobList) << "sent" << *sent << "deadline reminders";
    return {};
}

Result<void> flagOverdueDeletionRequests(Store &store)
{
    Result<int> overdue = Orders(store).notifyOverdueRequests();
    if (!overdue)
        return overdue.error();
    if (*overdue > 0)
        qCWarning(lcJobList) << *overdue << "Amazon deletion request(s) are overdue";
    return {};
}

// Incident clocks (Amazon notification, triage, containment): each overdue clock is flagged
// once (unique per incident and clock) and the incident managers notified.
Result<void> flagIncidentClocks(Store &store)
{
    Result<int> flagged = Incidents(store).flagOverdueClocks();
    if (!flagged)
        return flagged.error();
    if (*flagged > 0)
        qCInfo(lcJobList) << "flagged" << *flagged << "overdue incident clocks";
    return {};
}

// Access reviews: the deadline applies the policy to undecided items and completes the
// campaign. Idempotent.
Result<void> closeDueAccessReviews(Store &store)
{
    Result<int> closed = AccessReviews(store).closeDueReviews();
    if (!closed)
        return closed.error();
    if (*closed > 0)
        qCInfo(lcJobList) << "completed" << *closed << "access review(s) at their deadline";
    return {};
}

// Reminders go to reviewers before the deadline and to compliance officers when a campaign is
// due. Idempotent.
Result<void> sendAccessReviewReminders(Store &store)
{
    Result<int> sent = AccessReviews(store).sendReminders();
    if (!sent)
        return sent.error();
    if (*sent > 0)
        qCInfo(lcJobList) << "sent" << *sent << "access review reminder(s)";
    return {};
}

// Outgoing e-mail (breach notices and the like), when <data dir>/smtp.json names a relay. Read
// on every run, so configuring SMTP needs no restart. Failed sends stay queued with their error.
Result<void> deliverOutbox(Store &store)
{
    Result<std::optional<SmtpConfig>> config = Outbox::smtpConfig(store);
    if (!config)
        return config.error();
    if (!*config)
        return {};
    const SmtpMailer mailer(**config);
    Result<int> sent = Outbox(store).deliver(
        [&mailer](const MailMessage &m) { return mailer.send(m); }, (*config)->retrySeconds);
    if (!sent)
        return sent.error();
    if (*sent > 0)
        qCInfo(lcJobList) << "sent" << *sent << "e-mails";
    return {};
}

// Notifications by e-mail as each person chose: one e-mail each now, or held for the digest.
// Before the outbox job, so what it queues leaves in the same round.
Result<void> mailNotifications(Store &store)
{
    Result<int> queued = NotificationMail(store).mailNew();
    if (!queued)
        return queued.error();
    if (*queued > 0)
        qCInfo(lcJobList) << "queued" << *queued << "notification e-mails";
    return {};
}

// The daily digest: once a UTC day has ended, one e-mail per person of what was held for it.
// Hourly, so it leaves soon after midnight; each person's digest of a day is queued once.
Result<void> queueNotificationDigests(Store &store)
{
    Result<int> queued = NotificationMail(store).queueDigests();
    if (!queued)
        return queued.error();
    if (*queued > 0)
        qCInfo(lcJobList) << "queued" << *queued << "notification digests";
    return {};
}

// Monitoring: grants unused for the policy's days (each raised once), and counted events older
// than every rule's window forgotten.
Result<void> sweepMonitoring(Store &store)
{
    Result<int> raised = Monitoring(store).sweep();
    if (!raised)
        return raised.error();
    if (*raised > 0)
        qCInfo(lcJobList) << "raised" << *raised << "unused-grant alerts";
    return {};
}

// A signed checkpoint of the audit chain's head, anchored outside the database: checkpoints
// bound what someone with write access to the database can cut or rewrite unnoticed. The chain
// is checked from the newest anchor first, and a broken one is never signed over.
Result<void> signAuditCheckpoint(Store &store, AuditGuard &audit)
{
    const AuditWatch::Status &known = audit.watch().status();
    if (known.state == AuditState::Broken)
        return makeError(ErrorCode::Conflict,
                         QStringLiteral("refusing to sign a checkpoint over a broken audit "
                                        "chain: event %1: %2")
                             .arg(known.firstBadSeq)
                             .arg(known.problem));
    std::optional<AuditVerification> checked;
    Result<std::optional<AuditCheckpoint>> made
        = audit::checkpoint(store, systemCaller(), VerifyScope::FromNewestAnchor, &checked);
    if (checked)
        audit.watch().record(*checked, VerifyScope::FromNewestAnchor);
    if (!made)
        return made.error();
    if (*made)
        qCInfo(lcJobList) << "signed an audit checkpoint at event" << (*made)->seq;
    return {};
}

// On every instance: append the checkpoints other instances signed to this instance's own
// anchor file, check the chain from the newest anchor, log a break again; while the chain is
// broken, check it in full in the background (has the break been acknowledged?).
Result<void> watchAuditTrail(AuditGuard &audit)
{
    Result<AuditVerification> checked = audit.watch().check(VerifyScope::FromNewestAnchor);
    audit.watch().logAlarm();
    if (audit.watch().status().state == AuditState::Broken)
        audit.startFullCheck();
    if (!checked)
        return checked.error();
    return {};
}

// The daily digest of checkpoints to the executives, when SMTP is set: a witness outside the
// store. Once per day and recipient.
Result<void> queueAuditDigest(AuditGuard &audit)
{
    Result<int> queued = audit.watch().queueDailyDigest();
    if (!queued)
        return queued.error();
    if (*queued > 0)
        qCInfo(lcJobList) << "queued the audit digest for" << *queued << "executive(s)";
    return {};
}

// Audit retention: events past the policy's months leave as one prefix ending at a signed
// checkpoint, so the rest still verifies.
Result<void> purgeExpiredAudit(Store &store)
{
    Result<std::optional<AuditPurge>> purged = audit::purgeExpired(store, systemCaller());
    if (!purged)
        return purged.error();
    if (*purged)
        qCInfo(lcJobList) << "purged" << (*purged)->eventsDeleted
                          << "audit events past retention; the chain now starts after event"
                          << (*purged)->baseSeq;
    return {};
}

} // namespace

// The server's background jobs. Each area adds its own here. Reminders run hourly so a new
// day's go out soon after midnight UTC.
void addJobs(JobScheduler &scheduler, Store &store, AuditGuard &audit)
{
    using namespace std::chrono_literals;
    using Run = Result<void> (*)(Store &);
    const auto add = [&scheduler, &store](const char *name, std::chrono::seconds every, Run run) {
        scheduler.addJob(QLatin1String(name), every, [&store, run] { return run(store); });
    };
    add("grant-expiry", 60s, recordGrantExpiry);
    add("asset-reminders", 3600s, sendAssetReminders);
    const std::chrono::minutes sweepEvery(store.policy().retentionSweepMinutes);
    scheduler.addJob(QStringLiteral("retention-sweep"), sweepEvery,
                     [&store, sweepEvery] { return sweepRetention(store, sweepEvery); });
    add("deletion-request-overdue", 60s, flagOverdueDeletionRequests);
    add("deadline-reminders", 60s, sendDeadlineReminders);
    add("incident-clocks", 300s, flagIncidentClocks);
    // Scheduled departures: the timer ends access at the exact moment; this catch-up run
    // covers departures scheduled on another instance and re-arms the timer.
    auto *departures = new DepartureTimer(store, std::chrono::minutes(1), &scheduler);
    scheduler.addJob(QStringLiteral("departures"), 60s, [departures]() -> Result<void> {
        departures->fire();
        return {};
    });
    add("access-review-deadline", 60s, closeDueAccessReviews);
    add("access-review-reminders", 3600s, sendAccessReviewReminders);
    add("notification-email", 60s, mailNotifications);
    add("notification-digest", 3600s, queueNotificationDigests);
    add("outbox", 60s, deliverOutbox);
    add("monitoring-sweep", 600s, sweepMonitoring);
    scheduler.addJob(QStringLiteral("audit-checkpoint"),
                     std::chrono::minutes(store.policy().auditCheckpointMinutes),
                     [&store, &audit] { return signAuditCheckpoint(store, audit); });
    scheduler.addInstanceJob(QStringLiteral("audit-watch"), 3600s,
                             [&audit] { return watchAuditTrail(audit); });
    scheduler.addJob(QStringLiteral("audit-digest"), 3600s,
                     [&audit] { return queueAuditDigest(audit); });
    add("audit-retention", 3600s, purgeExpiredAudit);
}

} // namespace cc::server
