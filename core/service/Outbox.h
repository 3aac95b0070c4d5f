#pragma once

// Outgoing e-mail. A message is queued inside the transaction of the work that causes it (a
// breach, an enrolment code, an audit alarm), so it exists exactly when that work committed;
// the leader's outbox job sends it later through the SMTP relay named in <data dir>/smtp.json,
// outside any transaction, so a slow relay never holds up a request. Sent messages are kept as
// evidence; a failed send keeps its error and is retried, never dropped. A secret the message
// carries (an enrolment code) is kept sealed apart from the text and erased once sent, so
// someone who reads the database can neither use it before the person does nor after.

#include "Result.h"
#include "mail/SmtpMailer.h"

#include <functional>
#include <optional>

namespace cc {

class Store;

struct OutgoingMail
{
    QString kind; // what it is about, e.g. "incident_breach"
    // Queuing a second message with the same key does nothing: a job that runs again, or on
    // a second server, never sends twice.
    QString dedupeKey;
    std::optional<qint64> userId; // the recipient, when a user of the store
    std::optional<qint64> incidentId;
    QString to;
    QString subject;
    QString body; // "{secret}" marks where the secret goes
    QByteArray secret; // empty: none
};

class Outbox
{
public:
    explicit Outbox(Store &store)
        : m_store(store)
    { }

    // Call inside the transaction of the work the message belongs to. False when a message
    // with this key was queued before.
    Result<bool> enqueue(const OutgoingMail &mail);

    // The relay in <data dir>/smtp.json, or nullopt when the store sends no e-mail.
    static Result<std::optional<SmtpConfig>> smtpConfig(const Store &store);

    // Background job: sends the messages that are due through `send`; each attempt is audited,
    // a failure recorded with its error and retried after retrySeconds, doubling up to an
    // hour. Returns how many were sent.
    using SendMail = std::function<Result<void>(const MailMessage &)>;
    Result<int> deliver(const SendMail &send, int retrySeconds);

private:
    Result<void> withSecret(qint64 id, const QByteArray &sealedSecret, const MailMessage &message,
                            const SendMail &send) const;

    Store &m_store;
};

} // namespace cc
