#include "AuditGuard.h"
#include "DepartureTimer.h"
#include "JobScheduler.h"
#include "audit/AuditLog.h"
#include "mail/SmtpMailer.h"
#include "service/AccessControl.h"
#include "service/AccessReviews.h"
#include "service/Incidents.h"
#include "service/Monitoring.h"
#include "service/Notifications.h"
#include "service/Orders.h"
#include "service/Outbox.h"
#include "store/Store.h"

#include <QLoggingCategory>

namespace cc::server {

Q_LOGGING_CATEGORY(lcJobList, "compliance.jobs.list")

// The server's background jobs. Each area adds its own here.
void addJobs(JobScheduler &scheduler, Store &store, AuditGuard &audit)
{
    using namespace std::chrono_literals;
    scheduler.addJob(QStringLiteral("grant-expiry"), 60s, [&store]() -> Result<void> {
        Result<int> recorded = AccessControl(store).recordExpiredGrants();
        if (!recorded)
            return recorded.error();
        if (*recorded > 0)
            qCInfo(lcJobList) << "recorded the expiry of" << *recorded << "grants";
        return {};
    });
    // Review reminders to asset owners; hourly so a new day's reminders go out soon after
    // midnight UTC. Idempotent: each reminder's key is unique in the table.
    scheduler.addJob(QStringLiteral("asset-reminders"), 3600s, [&store]() -> Result<void> {
        Result<int> sent = Notifications(store).sendAssetReminders();
        if (!sent)
            return sent.error();
        if (*sent > 0)
            qCInfo(lcJobList) << "sent" << *sent << "asset review reminders";
        return {};
    });
    // Amazon PII retention: purges what would reach fulfilment + the policy period before the
    // next run (the look-ahead is the interval), so nothing outlives its deadline.
    const std::chrono::minutes sweepEvery(store.policy().retentionSweepMinutes);
    scheduler.addJob(
        QStringLiteral("retention-sweep"), sweepEvery, [&store, sweepEvery]() -> Result<void> {
            Caller system;
            system.username = QStringLiteral("system");
            Result<SweepResult> swept = Orders(store).sweep(
                system, std::chrono::duration_cast<std::chrono::milliseconds>(sweepEvery).count());
            if (!swept)
                return swept.error();
            if (swept->purged > 0)
                qCInfo(lcJobList) << "purged the PII of" << swept->purged << "orders";
            return {};
        });
    scheduler.addJob(QStringLiteral("deletion-request-overdue"), 60s, [&store]() -> Result<void> {
        Result<int> overdue = Orders(store).notifyOverdueRequests();
        if (!overdue)
            return overdue.error();
        if (*overdue > 0)
            qCWarning(lcJobList) << *overdue << "Amazon deletion request(s) are overdue";
        return {};
    });
    // Incident clocks (Amazon notification, triage, containment): each overdue clock is
    // flagged once (unique per incident and clock) and the incident managers notified.
    scheduler.addJob(QStringLiteral("incident-clocks"), 300s, [&store]() -> Result<void> {
        Result<int> flagged = Incidents(store).flagOverdueClocks();
        if (!flagged)
            return flagged.error();
        if (*flagged > 0)
            qCInfo(lcJobList) << "flagged" << *flagged << "overdue incident clocks";
        return {};
    });
    // Scheduled departures: the timer ends access at the exact moment; this catch-up run
    // covers departures scheduled on another instance and re-arms the timer.
    auto *departures = new DepartureTimer(store, std::chrono::minutes(1), &scheduler);
    scheduler.addJob(QStringLiteral("departures"), 60s, [departures]() -> Result<void> {
        departures->fire();
        return {};
    });
    // Access reviews: the deadline applies the policy to undecided items and completes the
    // campaign; reminders go to reviewers before the deadline and to compliance officers when a
    // campaign is due. Both idempotent.
    scheduler.addJob(QStringLiteral("access-review-deadline"), 60s, [&store]() -> Result<void> {
        Result<int> closed = AccessReviews(store).closeDueReviews();
        if (!closed)
            return closed.error();
        if (*closed > 0)
            qCInfo(lcJobList) << "completed" << *closed << "access review(s) at their deadline";
        return {};
    });
    scheduler.addJob(QStringLiteral("access-review-reminders"), 3600s, [&store]() -> Result<void> {
        Result<int> sent = AccessReviews(store).sendReminders();
        if (!sent)
            return sent.error();
        if (*sent > 0)
            qCInfo(lcJobList) << "sent" << *sent << "access review reminder(s)";
        return {};
    });
    // Outgoing e-mail (breach notices and the like), when <data dir>/smtp.json names a relay.
    // Read on every run, so configuring SMTP needs no restart. Failed sends stay queued with
    // their error.
    scheduler.addJob(QStringLiteral("outbox"), 60s, [&store]() -> Result<void> {
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
    });
    // Monitoring: grants unused for the policy's days (each raised once), and counted events
    // older than every rule's window forgotten.
    scheduler.addJob(QStringLiteral("monitoring-sweep"), 600s, [&store]() -> Result<void> {
        Result<int> raised = Monitoring(store).sweep();
        if (!raised)
            return raised.error();
        if (*raised > 0)
            qCInfo(lcJobList) << "raised" << *raised << "unused-grant alerts";
        return {};
    });
    // Signed checkpoints of the audit chain's head, each anchored outside the database: they
    // bound what someone with write access to the database can cut or rewrite unnoticed. The
    // chain is checked from the newest anchor first, and a broken one is never signed over.
    scheduler.addJob(
        QStringLiteral("audit-checkpoint"),
        std::chrono::minutes(store.policy().auditCheckpointMinutes),
        [&store, &audit]() -> Result<void> {
            const AuditWatch::Status &known = audit.watch().status();
            if (known.state == AuditState::Broken)
                return makeError(ErrorCode::Conflict,
                                 QStringLiteral("refusing to sign a checkpoint over a broken "
                                                "audit chain: event %1: %2")
                                     .arg(known.firstBadSeq)
                                     .arg(known.problem));
            Caller system;
            system.username = QStringLiteral("system");
            std::optional<AuditVerification> checked;
            Result<std::optional<AuditCheckpoint>> made
                = audit::checkpoint(store, system, VerifyScope::FromNewestAnchor, &checked);
            if (checked)
                audit.watch().record(*checked, VerifyScope::FromNewestAnchor);
            if (!made)
                return made.error();
            if (*made)
                qCInfo(lcJobList) << "signed an audit checkpoint at event" << (*made)->seq;
            return {};
        });
    // Every instance, hourly: append the checkpoints other instances signed to this instance's
    // own anchor file, check the chain from the newest anchor, log a break again; while the
    // chain is broken, check it in full in the background (has the break been acknowledged?).
    scheduler.addInstanceJob(QStringLiteral("audit-watch"), 3600s, [&audit]() -> Result<void> {
        Result<AuditVerification> checked = audit.watch().check(VerifyScope::FromNewestAnchor);
        audit.watch().logAlarm();
        if (audit.watch().status().state == AuditState::Broken)
            audit.startFullCheck();
        if (!checked)
            return checked.error();
        return {};
    });
    // The daily digest of checkpoints to the executives, when SMTP is set: a witness outside
    // the store. Hourly, so it goes out soon after midnight UTC; once per day and recipient.
    scheduler.addJob(QStringLiteral("audit-digest"), 3600s, [&audit]() -> Result<void> {
        Result<int> queued = audit.watch().queueDailyDigest();
        if (!queued)
            return queued.error();
        if (*queued > 0)
            qCInfo(lcJobList) << "queued the audit digest for" << *queued << "executive(s)";
        return {};
    });
    // Audit retention: events past the policy's months leave as one prefix ending at a signed
    // checkpoint, so the rest still verifies.
    scheduler.addJob(QStringLiteral("audit-retention"), 3600s, [&store]() -> Result<void> {
        Caller system;
        system.username = QStringLiteral("system");
        Result<std::optional<AuditPurge>> purged = audit::purgeExpired(store, system);
        if (!purged)
            return purged.error();
        if (*purged)
            qCInfo(lcJobList) << "purged" << (*purged)->eventsDeleted
                              << "audit events past retention; the chain now starts after event"
                              << (*purged)->baseSeq;
        return {};
    });
}

} // namespace cc::server
