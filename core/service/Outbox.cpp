#include "Outbox.h"

#include "ServiceSupport.h"
#include "audit/AuditLog.h"
#include "crypto/Aes256Gcm.h"
#include "crypto/Crypto.h"
#include "store/Store.h"

namespace cc {

namespace {

const QString kSecretMark = QStringLiteral("{secret}");

QByteArray secretAad(qint64 id)
{
    return crypto::fieldAad(QStringLiteral("mail_outbox"), QStringLiteral("secret"), id);
}

} // namespace

Result<bool> Outbox::enqueue(const OutgoingMail &mail)
{
    const qint64 now = m_store.clock().nowMs();
    Result<Query> queued = m_store.exec(
        QStringLiteral("INSERT INTO mail_outbox (kind, dedupe_key, user_id, incident_id, "
                       "to_address, subject, body, created_at, next_attempt_at) "
                       "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING RETURNING id"),
        {mail.kind, mail.dedupeKey, service::nullableId(mail.userId.value_or(0)),
         service::nullableId(mail.incidentId.value_or(0)), mail.to, mail.subject, mail.body, now,
         now});
    if (!queued)
        return queued.error();
    if (!queued->next())
        return false;
    const qint64 id = queued->value(0).toLongLong();
    queued->finish();
    if (mail.secret.isEmpty())
        return true;
    Result<QByteArray> sealed = m_store.keys().seal(mail.secret, secretAad(id));
    if (!sealed)
        return sealed.error();
    if (Result<Query> stored = m_store.exec(
            QStringLiteral("UPDATE mail_outbox SET sealed_secret = ? WHERE id = ?"), {*sealed, id});
        !stored)
        return stored.error();
    return true;
}

Result<std::optional<SmtpConfig>> Outbox::smtpConfig(const Store &store)
{
    return SmtpConfig::loadFile(store.dataDir().smtpConfigFile());
}

// Sends message with its secret put in place; the plaintext lives only for the call.
Result<void> Outbox::withSecret(qint64 id, const QByteArray &sealedSecret,
                                const MailMessage &message, const SendMail &send) const
{
    if (sealedSecret.isEmpty())
        return send(message);
    Result<QByteArray> secret = m_store.keys().open(sealedSecret, secretAad(id));
    if (!secret)
        return makeError(ErrorCode::Internal,
                         QStringLiteral("the secret of queued e-mail %1 cannot be decrypted: %2")
                             .arg(id)
                             .arg(secret.error().message));
    const crypto::WipeOnExit secretWiped(*secret);
    MailMessage filled = message;
    filled.body.replace(kSecretMark, QString::fromUtf8(*secret));
    return send(filled);
}

Result<int> Outbox::deliver(const SendMail &send, int retrySeconds)
{
    struct Due
    {
        qint64 id;
        QString kind;
        std::optional<qint64> incidentId;
        QString recipient; // username, or the address for someone outside the store
        MailMessage message;
        int attempts;
        QByteArray sealedSecret;
    };
    QList<Due> due;
    {
        Result<Query> q = m_store.exec(
            QStringLiteral("SELECT o.id, o.kind, o.incident_id, u.username, o.to_address, "
                           "o.subject, o.body, o.attempts, o.sealed_secret FROM mail_outbox o "
                           "LEFT JOIN users u "
                           "ON u.id = o.user_id WHERE o.sent_at IS NULL AND "
                           "o.next_attempt_at <= ? ORDER BY o.id LIMIT 50"),
            {m_store.clock().nowMs()});
        if (!q)
            return q.error();
        while (q->next()) {
            Due d;
            d.id = q->value(0).toLongLong();
            d.kind = q->value(1).toString();
            if (!q->value(2).isNull())
                d.incidentId = q->value(2).toLongLong();
            d.message = {q->value(4).toString(), q->value(5).toString(), q->value(6).toString()};
            d.recipient = q->value(3).isNull() ? d.message.to : q->value(3).toString();
            d.attempts = q->value(7).toInt();
            d.sealedSecret = q->value(8).toByteArray();
            due.append(d);
        }
    }
    int sent = 0;
    for (const Due &d : std::as_const(due)) {
        // The network call stays outside any transaction.
        Result<void> delivered = withSecret(d.id, d.sealedSecret, d.message, send);
        const qint64 at = m_store.clock().nowMs();
        const int attempts = d.attempts + 1;
        Result<void> recorded = m_store.transaction([&]() -> Result<void> {
            AuditEvent e;
            e.actor = QStringLiteral("system");
            // Breach e-mails stay on their incident's trail, where the response team looks.
            if (d.incidentId) {
                e.action = QStringLiteral("incident.email");
                e.objectType = QStringLiteral("incident");
                e.objectId = QString::number(*d.incidentId);
                e.detail = QStringLiteral("to=%1 attempt=%2").arg(d.recipient).arg(attempts);
            } else {
                e.action = QStringLiteral("mail.send");
                e.objectType = QStringLiteral("mail");
                e.objectId = QString::number(d.id);
                e.detail = QStringLiteral("kind=%1 to=%2 attempt=%3")
                               .arg(d.kind, d.recipient)
                               .arg(attempts);
            }
            const qint64 backoff
                = qMin<qint64>(qint64(retrySeconds) << qMin(attempts - 1, 12), 3600) * 1000;
            if (!delivered) {
                e.outcome = QStringLiteral("failure");
                e.reason = delivered.error().message;
            }
            Result<Query> updated = delivered
                ? m_store.exec(QStringLiteral("UPDATE mail_outbox SET attempts = ?, sent_at = ?, "
                                              "last_error = '', sealed_secret = NULL WHERE id = ?"),
                               {attempts, at, d.id})
                : m_store.exec(QStringLiteral("UPDATE mail_outbox SET attempts = ?, "
                                              "next_attempt_at = ?, last_error = ? WHERE id = ?"),
                               {attempts, at + backoff, delivered.error().message, d.id});
            if (!updated)
                return updated.error();
            if (Result<AuditEvent> logged = audit::append(m_store, e); !logged)
                return logged.error();
            return {};
        });
        if (!recorded)
            return recorded.error();
        if (delivered)
            ++sent;
    }
    return sent;
}

} // namespace cc
