#pragma once

// Notifications by e-mail, as each person chooses per kind: "each" (one e-mail per
// notification), "daily_digest" (one e-mail a day listing the day's) or "none". The inbox
// (GET /notifications) always has them; this only decides the e-mail. Everything goes through
// the outbox (Outbox.h), so the SMTP relay, its retries and their audit are those of breach
// e-mail. Some kinds are e-mailed by their own path whatever the choice, at once: breach
// notices, the audit_tamper alarm, account locks, credential resets and failing controls.
//
// Two jobs (leader only): mailNew() decides each new notification's e-mail once (queued now,
// held for the digest, or none); queueDigests() queues one digest per person for the held
// notifications of days that have ended (UTC). Both are idempotent.

#include "Result.h"
#include "domain/Types.h"

#include <QMap>

namespace cc {

class Store;

namespace email_delivery {
inline const QString Each = QStringLiteral("each");
inline const QString DailyDigest = QStringLiteral("daily_digest");
inline const QString None = QStringLiteral("none");
} // namespace email_delivery

// kind -> each, daily_digest or none
using EmailPreferences = QMap<QString, QString>;

// Something about the store that admins and compliance officers must see (GET /me).
struct StoreWarning
{
    QString code; // smtp_not_configured, smtp_invalid
    QString message;
};

class NotificationMail
{
public:
    explicit NotificationMail(Store &store)
        : m_store(store)
    { }

    // The kinds a person chooses for, in a fixed order, with their defaults.
    static const QStringList &choosableKinds();
    static QString defaultDelivery(const QString &kind);
    // The kinds e-mailed at once by their own path, whatever the preference.
    static const QStringList &alwaysEmailedKinds();

    // The caller's own choices, defaults filled in.
    Result<EmailPreferences> preferences(const Caller &caller) const;
    // Changes the given kinds (the others stay); an unknown kind or value is refused naming
    // "email.<kind>". Audited preferences.update with what changed.
    Result<EmailPreferences> setPreferences(const Caller &caller, const EmailPreferences &changes);

    // Job: decides the e-mail of every notification not yet decided. Returns how many e-mails
    // it queued.
    Result<int> mailNew();
    // Job: one digest per person of the held notifications made before today (UTC). Returns
    // how many digests it queued.
    Result<int> queueDigests();

    // For admins and compliance officers: no SMTP relay set (or one that cannot be used), with
    // what waits undelivered in the outbox. Empty for everyone else.
    Result<QList<StoreWarning>> storeWarnings(const Caller &caller) const;

private:
    struct Pending;
    Result<QString> routeOf(const Pending &n, bool smtpUsable);

    Store &m_store;
};

} // namespace cc
