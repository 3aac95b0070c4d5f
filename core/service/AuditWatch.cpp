#include "AuditWatch.h"

#include "Monitoring.h"
#include "Outbox.h"
#include "audit/AuditExport.h"
#include "domain/AssetRules.h"
#include "store/Store.h"

#include <QDateTime>
#include <QLoggingCategory>

namespace cc {

Q_LOGGING_CATEGORY(lcAuditWatch, "compliance.audit.watch", QtInfoMsg)

Result<AuditVerification> AuditWatch::check(VerifyScope scope)
{
    if (Result<int> synced = audit::syncAnchors(m_store); !synced)
        return synced.error();
    Result<AuditVerification> verified = audit::verify(m_store, {}, scope);
    if (!verified)
        return verified;
    record(*verified, scope);
    return verified;
}

void AuditWatch::record(const AuditVerification &v, VerifyScope scope)
{
    const qint64 now = m_store.clock().nowMs();
    if (!v.intact) {
        m_status = {true, AuditState::Broken, now, v.firstBadSeq, v.problem, scope};
        Result<bool> raised
            = Monitoring(m_store).raiseAuditTamper(v.breakKey, v.firstBadSeq, v.problem);
        if (!raised)
            qCWarning(lcAuditWatch).noquote()
                << "cannot raise the audit_tamper alert:" << raised.error().message;
        else if (*raised)
            logAlarm();
        return;
    }
    if (m_status.state == AuditState::Broken && m_status.scope == VerifyScope::Full
        && scope != VerifyScope::Full)
        return;
    m_status = {true, v.state(), now, 0, {}, scope};
}

void AuditWatch::logAlarm() const
{
    if (m_status.state != AuditState::Broken)
        return;
    qCCritical(lcAuditWatch).noquote()
        << QStringLiteral("AUDIT TRAIL BROKEN at event %1 (found %2): %3. Nothing is signed over "
                          "it until it is acknowledged: compliancectl audit verify, then "
                          "compliancectl audit acknowledge-break --at SEQ --reason TEXT")
               .arg(m_status.firstBadSeq)
               .arg(audit::isoTime(m_status.checkedAt), m_status.problem);
}

Result<int> AuditWatch::queueDailyDigest()
{
    Result<std::optional<SmtpConfig>> smtp = Outbox::smtpConfig(m_store);
    if (!smtp)
        return smtp.error();
    if (!*smtp)
        return 0;
    const QDate today = QDateTime::fromMSecsSinceEpoch(m_store.clock().nowMs(), Qt::UTC).date();
    const QDate day = today.addDays(-1);
    const qint64 from = QDateTime(day, QTime(0, 0), Qt::UTC).toMSecsSinceEpoch();
    const qint64 to = QDateTime(today, QTime(0, 0), Qt::UTC).toMSecsSinceEpoch();
    Result<audit::AnchorFileContents> file = audit::readAnchorFile(m_store);
    if (!file)
        return file.error();
    std::optional<AuditCheckpoint> last;
    int count = 0;
    for (const audit::Anchor &a : std::as_const(file->anchors)) {
        if (a.kind != audit::Anchor::Kind::Checkpoint || a.checkpoint.atMs < from
            || a.checkpoint.atMs >= to)
            continue;
        ++count;
        if (!last || a.checkpoint.atMs >= last->atMs)
            last = a.checkpoint;
    }
    if (!last)
        return 0;
    const QString subject = QStringLiteral("Audit trail digest for %1").arg(isoDate(day));
    const QString body
        = QStringLiteral(
              "The last checkpoint of the audit trail signed on %1 (UTC):\n\n"
              "  event   %2\n  hash    %3\n  signed  %4\n  key     %5\n\n"
              "%6 checkpoint(s) were signed that day. Keep this e-mail: it is a witness outside "
              "the store. If the audit trail ever ends before event %2, or event %2 shows "
              "another hash, the trail was cut or rewritten after this e-mail was sent "
              "(compliancectl audit verify).\n\nThe audit trail was %7 at its last check.\n")
              .arg(isoDate(day))
              .arg(last->seq)
              .arg(last->hash, audit::isoTime(last->atMs), last->keyId)
              .arg(count)
              .arg(m_status.checked ? auditStateName(m_status.state)
                                    : QStringLiteral("not yet checked"));
    return m_store.transaction([&]() -> Result<int> {
        Result<Query> q = m_store.exec(QStringLiteral(
            "SELECT id, email, roles FROM users WHERE status = 'active' ORDER BY id"));
        if (!q)
            return q.error();
        QList<std::pair<qint64, QString>> executives;
        while (q->next()) {
            if (q->value(2).toString().split(QLatin1Char(',')).contains(QLatin1String("executive")))
                executives.append({q->value(0).toLongLong(), q->value(1).toString()});
        }
        q->finish();
        int queued = 0;
        for (const auto &[userId, email] : std::as_const(executives)) {
            Result<bool> fresh = Outbox(m_store).enqueue(
                {QStringLiteral("audit_digest"),
                 QStringLiteral("audit_digest:%1:user:%2").arg(isoDate(day)).arg(userId),
                 userId,
                 std::nullopt,
                 email,
                 subject,
                 body,
                 {}});
            if (!fresh)
                return fresh.error();
            queued += *fresh ? 1 : 0;
        }
        return queued;
    });
}

} // namespace cc
