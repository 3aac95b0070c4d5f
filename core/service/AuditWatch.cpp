#include "AuditWatch.h"

#include "Monitoring.h"
#include "Outbox.h"
#include "audit/AuditExport.h"
#include "domain/AssetRules.h"
#include "store/RowType.h"
#include "store/Store.h"

#include <QDateTime>
#include <QLoggingCategory>

namespace cc {

Q_LOGGING_CATEGORY(lcAuditWatch, "compliance.audit.watch", QtInfoMsg)

namespace {

// An active user, with the roles that decide whether the digest goes to them.
struct DigestRecipientRow
{
    enum Column { Id, Email, Roles, ColumnCount };
    static constexpr rows::Columns<ColumnCount> columns {{
        {Id, "id"},
        {Email, "email"},
        {Roles, "roles"},
    }};
    static_assert(rows::inOrder(columns));
    static inline const QString select
        = rows::select(columns, "FROM users WHERE status = 'active' ORDER BY id");
};

} // namespace

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

AuditWatch::Status AuditWatch::status() const
{
    const QMutexLocker lock(&m_shared->mutex);
    return m_shared->status;
}

void AuditWatch::record(const AuditVerification &v, VerifyScope scope)
{
    const qint64 now = m_store.clock().nowMs();
    if (!v.intact) {
        const Status broken {true, AuditState::Broken, now, v.firstBadSeq, v.problem, scope};
        {
            const QMutexLocker lock(&m_shared->mutex);
            m_shared->status = broken;
        }
        // Outside the lock: the alert is a write, which may wait for another worker's.
        Result<bool> raised
            = Monitoring(m_store).raiseAuditTamper(v.breakKey, v.firstBadSeq, v.problem);
        if (!raised)
            qCWarning(lcAuditWatch).noquote()
                << "cannot raise the audit_tamper alert:" << raised.error().message;
        else if (*raised)
            logAlarm(broken);
        return;
    }
    const QMutexLocker lock(&m_shared->mutex);
    const Status &known = m_shared->status;
    if (known.state == AuditState::Broken && known.scope == VerifyScope::Full
        && scope != VerifyScope::Full)
        return;
    m_shared->status = {true, v.state(), now, 0, {}, scope};
}

void AuditWatch::logAlarm() const
{
    logAlarm(status());
}

void AuditWatch::logAlarm(const Status &status) const
{
    if (status.state != AuditState::Broken)
        return;
    qCCritical(lcAuditWatch).noquote()
        << QStringLiteral("AUDIT TRAIL BROKEN at event %1 (found %2): %3. Nothing is signed over "
                          "it until it is acknowledged: compliancectl audit verify, then "
                          "compliancectl audit acknowledge-break --at SEQ --reason TEXT")
               .arg(status.firstBadSeq)
               .arg(audit::isoTime(status.checkedAt), status.problem);
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
    const Status known = status();
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
              .arg(known.checked ? auditStateName(known.state) : QStringLiteral("not yet checked"));
    return m_store.transaction([&]() -> Result<int> {
        Result<Query> q = m_store.exec(DigestRecipientRow::select);
        if (!q)
            return q.error();
        QList<std::pair<qint64, QString>> executives;
        while (q->next()) {
            if (q->value(DigestRecipientRow::Roles)
                    .toString()
                    .split(QLatin1Char(','))
                    .contains(QLatin1String("executive")))
                executives.append({q->value(DigestRecipientRow::Id).toLongLong(),
                                   q->value(DigestRecipientRow::Email).toString()});
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
