// Accounts: sign-ins and lockout. A password and a one-time code; failures counted per account,
// device token or unknown name; sessions and device tokens opened; locks lifted.

#include "AccountSupport.h"
#include "Accounts.h"
#include "Outbox.h"
#include "crypto/PasswordHash.h"
#include "crypto/Totp.h"
#include "domain/AssetRules.h"
#include "domain/Roles.h"
#include "store/Store.h"

namespace cc {

using accounts::isoTime;
using accounts::tokenHash;
using accounts::utcMinute;
using service::eventBy;

namespace {

QString newToken()
{
    const QByteArray bytes = crypto::randomBytes(32);
    if (bytes.size() != 32)
        return {};
    return QString::fromLatin1(
        bytes.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
}

// Verifying against it costs what verifying a real password does: for unknown usernames,
// accounts without a password yet, and offboarded ones, so timing tells none of them apart.
const QString &dummyHash()
{
    static const QString hash = crypto::hashPassword("timing-equaliser").value();
    return hash;
}

const QString kBadCredentials = QStringLiteral("username, password or code is wrong");

// Why a sign-in is refused before its code is looked at, "" when it is not. Each reason is
// named, so monitoring can tell the people who offboarded an account (offboarded_activity).
QString signInRefusal(const std::optional<Accounts::AccountRow> &row, bool passwordVerified,
                      const QString &verifiedHash, qint64 now)
{
    if (!row)
        return QStringLiteral("unknown username");
    if (row->user.status != QLatin1String("active"))
        return QStringLiteral("offboarded account");
    if (!row->active(now))
        return QStringLiteral("departed account");
    if (!passwordVerified || row->passwordHash != verifiedHash)
        return row->passwordHash.isEmpty() ? QStringLiteral("not enrolled yet")
                                           : QStringLiteral("wrong password");
    if (row->user.credentialsResetAt)
        return QStringLiteral("credentials reset pending");
    return {};
}

// The three places a failure count lives, written alike.
struct CounterTable
{
    QString table;
    QString key;
    QString count;
};

CounterTable counterTable(const Accounts::Counter &c)
{
    switch (c.kind) {
    case Accounts::Counter::Account:
        return {QStringLiteral("users"), QStringLiteral("id"), QStringLiteral("failed_logins")};
    case Accounts::Counter::Device:
        return {QStringLiteral("device_tokens"), QStringLiteral("id"),
                QStringLiteral("failed_logins")};
    case Accounts::Counter::UnknownName:
        break;
    }
    return {QStringLiteral("sign_in_guesses"), QStringLiteral("name_key"),
            QStringLiteral("failures")};
}

QVariant counterKey(const Accounts::Counter &c)
{
    return c.kind == Accounts::Counter::UnknownName ? QVariant(c.nameKey) : QVariant(c.id);
}

} // namespace

// ---- Lockout -------------------------------------------------------------------------------

Result<Accounts::Counter> Accounts::counterFor(const std::optional<AccountRow> &row,
                                               const QString &nameKey,
                                               const QString &deviceToken) const
{
    if (!row)
        return Counter {Counter::UnknownName, 0, 0, nameKey};
    const qint64 userId = row->user.id;
    if (!deviceToken.isEmpty()) {
        const qint64 usedSince
            = m_store.clock().nowMs() - qint64(m_store.policy().deviceTokenDays) * 24 * 3600 * 1000;
        Result<std::optional<QVariant>> device = rows::single(m_store.exec(
            QStringLiteral("SELECT id FROM device_tokens WHERE token_hash = ? AND user_id = ? AND "
                           "revoked_at IS NULL AND last_used_at > ?"),
            {tokenHash(deviceToken), userId, usedSince}));
        if (!device)
            return device.error();
        if (*device)
            return Counter {Counter::Device, (*device)->toLongLong(), userId, nameKey};
    }
    return Counter {Counter::Account, userId, userId, nameKey};
}

Result<OptionalTime> Accounts::lockedUntil(const Counter &counter, bool forUpdate) const
{
    const CounterTable t = counterTable(counter);
    Result<std::optional<QVariant>> until = rows::single(m_store.exec(
        QStringLiteral("SELECT locked_until FROM %1 WHERE %2 = ?%3")
            .arg(t.table, t.key, forUpdate ? m_store.dialect().lockRowSuffix() : QString()),
        {counterKey(counter)}));
    if (!until)
        return until.error();
    if (!*until || (*until)->isNull() || (*until)->toLongLong() <= m_store.clock().nowMs())
        return OptionalTime();
    return OptionalTime((*until)->toLongLong());
}

Result<OptionalTime> Accounts::countFailure(const Counter &counter, const QString &address)
{
    const Policy &policy = m_store.policy();
    const qint64 now = m_store.clock().nowMs();
    const CounterTable t = counterTable(counter);
    Result<std::optional<QVariant>> counted = rows::single(m_store.exec(
        QStringLiteral("UPDATE %1 SET %3 = %3 + 1%4 WHERE %2 = ? RETURNING %3")
            .arg(t.table, t.key, t.count,
                 counter.kind == Counter::UnknownName ? QStringLiteral(", last_failure_at = ?")
                                                      : QString()),
        counter.kind == Counter::UnknownName ? QVariantList {now, counter.nameKey}
                                             : QVariantList {counter.id}));
    if (!counted)
        return counted.error();
    qint64 failures = *counted ? (*counted)->toLongLong() : 0;
    if (failures == 0) {
        Result<qint64> first = countUnknownName(counter.nameKey, now);
        if (!first)
            return first.error();
        failures = *first;
    }
    if (failures < policy.lockoutThreshold)
        return OptionalTime();
    // Locked: the count starts again when the lock ends.
    const qint64 until = now + qint64(policy.lockoutMinutes) * 60 * 1000;
    if (Result<Query> locked
        = m_store.exec(QStringLiteral("UPDATE %1 SET %3 = 0, locked_until = ? WHERE %2 = ?")
                           .arg(t.table, t.key, t.count),
                       {until, counterKey(counter)});
        !locked)
        return locked.error();
    if (counter.userId != 0) {
        if (Result<void> told
            = notifyLocked(counter.userId, until, address, counter.kind == Counter::Device);
            !told)
            return told.error();
    }
    return OptionalTime(until);
}

// A name not counted yet; returns its count. The table stays bounded: when full, the name whose
// last failure is oldest makes room, unlocked ones first.
Result<qint64> Accounts::countUnknownName(const QString &nameKey, qint64 now)
{
    Result<std::optional<QVariant>> size
        = rows::single(m_store.exec(QStringLiteral("SELECT COUNT(*) FROM sign_in_guesses")));
    if (!size)
        return size.error();
    const qint64 rows = *size ? (*size)->toLongLong() : 0;
    if (rows >= kMaxCountedUnknownNames) {
        if (Result<Query> evicted = m_store.exec(
                QStringLiteral("DELETE FROM sign_in_guesses WHERE name_key IN (SELECT name_key "
                               "FROM sign_in_guesses ORDER BY CASE WHEN locked_until > ? THEN "
                               "1 ELSE 0 END, last_failure_at LIMIT ?)"),
                {now, rows - kMaxCountedUnknownNames + 1});
            !evicted)
            return evicted.error();
    }
    // Another server may count the same new name at the same moment: then this one adds
    // to the row that one made.
    Result<Query> inserted = m_store.exec(
        QStringLiteral("INSERT INTO sign_in_guesses (name_key, failures, last_failure_at) "
                       "VALUES (?, 1, ?) ON CONFLICT DO NOTHING"),
        {nameKey, now});
    if (!inserted)
        return inserted.error();
    if (inserted->numRowsAffected() > 0)
        return qint64(1);
    Result<std::optional<QVariant>> again = rows::single(
        m_store.exec(QStringLiteral("UPDATE sign_in_guesses SET failures = failures + 1, "
                                    "last_failure_at = ? WHERE name_key = ? RETURNING failures"),
                     {now, nameKey}));
    if (!again)
        return again.error();
    return *again ? (*again)->toLongLong() : 1;
}

Result<void> Accounts::clearFailures(const Counter &counter)
{
    const CounterTable t = counterTable(counter);
    if (Result<Query> cleared
        = m_store.exec(QStringLiteral("UPDATE %1 SET %3 = 0, locked_until = NULL WHERE %2 = ?")
                           .arg(t.table, t.key, t.count),
                       {counterKey(counter)});
        !cleared)
        return cleared.error();
    return {};
}

Result<void> Accounts::notifyLocked(qint64 userId, qint64 until, const QString &address,
                                    bool device)
{
    Result<User> owner = user(userId);
    if (!owner)
        return owner.error();
    const Policy &policy = m_store.policy();
    const QString title = device ? QStringLiteral("Sign-ins from one of your consoles are locked")
                                 : QStringLiteral("Your account is locked");
    const QString body
        = QStringLiteral("%1 failed sign-ins%2, the latest from %3, locked %4 until %5 UTC. If "
                         "it was not you, tell your compliance officer; an administrator can "
                         "unlock it sooner.")
              .arg(policy.lockoutThreshold)
              .arg(device ? QStringLiteral(" with one of your console's device tokens")
                          : QStringLiteral(" without one of your consoles' device tokens"),
                   address.isEmpty() ? QStringLiteral("an unknown address") : address,
                   device ? QStringLiteral("that console") : QStringLiteral("your account"),
                   utcMinute(until));
    const qint64 now = m_store.clock().nowMs();
    if (Result<Query> noted = m_store.exec(
            QStringLiteral("INSERT INTO notifications (user_id, kind, threshold, due_date, day, "
                           "title, body, created_at) VALUES (?, 'account_locked', '', '', ?, ?, "
                           "?, ?)"),
            {userId, isoDate(m_store.clock().now().toUTC().date()), title, body, now});
        !noted)
        return noted.error();
    Result<std::optional<SmtpConfig>> smtp = Outbox::smtpConfig(m_store);
    if (!smtp)
        return smtp.error();
    if (*smtp) {
        if (Result<bool> queued = Outbox(m_store).enqueue(
                {QStringLiteral("account_locked"),
                 QStringLiteral("locked:%1:%2:%3").arg(userId).arg(device).arg(until),
                 userId,
                 std::nullopt,
                 owner->email,
                 title,
                 body,
                 {}});
            !queued)
            return queued.error();
    }
    return {};
}

Error Accounts::lockedError(qint64 until) const
{
    return makeError(ErrorCode::Locked,
                     QStringLiteral("account locked after %1 failed sign-ins; try again after %2 "
                                    "UTC")
                         .arg(m_store.policy().lockoutThreshold)
                         .arg(utcMinute(until)));
}

Result<void> Accounts::auditAttempt(const QString &action, const std::optional<AccountRow> &row,
                                    const QString &typedName, const QString &outcome,
                                    const QString &detail)
{
    AuditEvent e;
    if (row) {
        e.actorId = row->user.id;
        e.actor = row->user.username;
    } else {
        e.actor = typedName.left(64);
    }
    e.action = action;
    e.objectType = QStringLiteral("session");
    e.outcome = outcome;
    e.detail = detail;
    if (Result<AuditEvent> logged = audit::append(m_store, e); !logged)
        return logged.error();
    return {};
}

Result<void> Accounts::recordRefusal(const Attempt &attempt, const std::optional<AccountRow> &row,
                                     const Refusal &refusal)
{
    QString detail = attempt.from + QLatin1Char(' ') + refusal.why;
    const bool locked = refusal.error.code == ErrorCode::Locked;
    if (!locked) {
        Result<OptionalTime> lockedNow = countFailure(attempt.counter, attempt.address);
        if (!lockedNow)
            return lockedNow.error();
        if (*lockedNow)
            detail += QStringLiteral("; account locked for %1 minutes")
                          .arg(m_store.policy().lockoutMinutes);
    }
    return auditAttempt(attempt.action, row, attempt.typedName,
                        locked ? QStringLiteral("denied") : QStringLiteral("failure"), detail);
}

// ---- Codes from the authenticator --------------------------------------------------------

Result<QByteArray> Accounts::openTotpSecret(const AccountRow &account, const QByteArray &sealed,
                                            const QByteArray &aad) const
{
    Result<QByteArray> secret = m_store.keys().open(sealed, aad);
    if (!secret)
        return makeError(ErrorCode::Internal,
                         QStringLiteral("the 2FA secret of %1 cannot be decrypted: %2")
                             .arg(account.user.username, secret.error().message));
    return secret;
}

Result<QString> Accounts::claimTotpStep(const AccountRow &account, const QString &code, qint64 now,
                                        bool firstUseEnrols)
{
    std::optional<qint64> step;
    {
        Result<QByteArray> secret
            = openTotpSecret(account, account.sealedTotp, accounts::totpAad(account.user.id));
        if (!secret)
            return secret.error();
        // Wiped in the Result itself: a copy would share its buffer, and wiping a shared buffer
        // only lets go of it.
        const crypto::WipeOnExit secretWiped(*secret);
        step = crypto::totp::matchingStep(*secret, code.trimmed(), now / 1000,
                                          m_store.policy().totpWindowSteps);
    }
    if (!step)
        return QStringLiteral("wrong code");
    // Claimed with a guard, so one code is accepted once even when two requests with it race
    // (on one server or two). A replay answers like a wrong code.
    Result<Query> claimed = firstUseEnrols
        ? m_store.exec(QStringLiteral("UPDATE users SET totp_last_step = ?, totp_enrolled_at = "
                                      "COALESCE(totp_enrolled_at, ?) WHERE id = ? AND "
                                      "totp_last_step < ?"),
                       {*step, now, account.user.id, *step})
        : m_store.exec(QStringLiteral("UPDATE users SET totp_last_step = ? WHERE id = ? AND "
                                      "totp_last_step < ?"),
                       {*step, account.user.id, *step});
    if (!claimed)
        return claimed.error();
    if (claimed->numRowsAffected() == 0)
        return QStringLiteral("code replayed");
    return QString();
}

// ---- Sign-in -------------------------------------------------------------------------------

Staged<Session> Accounts::signIn(const SignInAttempt &attempt)
{
    const QString nameKey = attempt.username.toLower();
    const QString from = QStringLiteral("from=%1").arg(attempt.remoteAddress);
    Result<std::optional<AccountRow>> row = accountRow(nameKey, false);
    if (!row)
        return row.error();
    Result<Counter> counter = counterFor(*row, nameKey, attempt.deviceToken);
    if (!counter)
        return counter.error();
    Result<OptionalTime> locked = lockedUntil(*counter, false);
    if (!locked)
        return locked.error();
    if (*locked) {
        // Known and unknown names alike: no password work, an audited refusal.
        AuditEvent e;
        if (*row) {
            e.actorId = (*row)->user.id;
            e.actor = (*row)->user.username;
        } else {
            e.actor = attempt.username.left(64);
        }
        e.action = QStringLiteral("session.create");
        e.objectType = QStringLiteral("session");
        e.outcome = QStringLiteral("denied");
        e.detail = from + QStringLiteral(" account locked");
        if (Result<AuditEvent> logged = audit::record(m_store, e); !logged)
            return logged.error();
        return lockedError(**locked);
    }
    // The same Argon2id work whether the account exists, has a password yet, or is offboarded.
    const QString hash
        = *row && !(*row)->passwordHash.isEmpty() ? (*row)->passwordHash : dummyHash();
    struct Outcome
    {
        bool verified = false;
    };
    auto outcome = std::make_shared<Outcome>();
    auto password = accounts::sharedSecret(attempt.password);
    SignInAttempt rest = attempt;
    rest.password.clear();
    Store *store = &m_store;
    return Staged<Session>(
        [outcome, password, hash] { outcome->verified = crypto::verifyPassword(hash, *password); },
        [store, outcome, rest, counter = *counter, hash]() {
            return Accounts(*store).completeSignIn(rest, counter, outcome->verified, hash);
        });
}

Result<Session> Accounts::completeSignIn(const SignInAttempt &attempt, const Counter &counter,
                                         bool passwordVerified, const QString &verifiedHash)
{
    const qint64 now = m_store.clock().nowMs();
    QString from = QStringLiteral("from=%1").arg(attempt.remoteAddress);
    if (counter.kind == Counter::Device)
        from += QStringLiteral(" device_token=%1").arg(counter.id);
    const Attempt tried {QStringLiteral("session.create"), attempt.username, attempt.remoteAddress,
                         from, counter};
    const Error wrong = makeError(ErrorCode::Unauthorized, kBadCredentials);
    return accounts::committingRefusals<Session>(
        m_store, [&](std::optional<Error> &refusal) -> Result<Session> {
            // Other requests ran while the password was checked: read again, under a row lock.
            Result<std::optional<AccountRow>> row = accountRow(attempt.username.toLower(), true);
            if (!row)
                return row.error();
            const auto refuse = [&](const Refusal &refused) -> Result<Session> {
                refusal = refused.error;
                if (Result<void> recorded = recordRefusal(tried, *row, refused); !recorded)
                    return recorded.error();
                return Session {};
            };
            Result<OptionalTime> locked = lockedUntil(counter, true);
            if (!locked)
                return locked.error();
            if (*locked)
                return refuse({lockedError(**locked), QStringLiteral("account locked")});
            if (const QString why = signInRefusal(*row, passwordVerified, verifiedHash, now);
                !why.isEmpty())
                return refuse({wrong, why});
            Result<QString> unproven = claimTotpStep(**row, attempt.totp, now, true);
            if (!unproven)
                return unproven.error();
            if (!unproven->isEmpty())
                return refuse({wrong, *unproven});
            if (Result<void> cleared = clearFailures(counter); !cleared)
                return cleared.error();
            return openSession((*row)->user, counter.kind == Counter::Device ? counter.id : 0,
                               attempt.deviceToken, attempt.remoteAddress, from);
        });
}

Result<int> Accounts::revokeDeviceTokens(qint64 userId, qint64 keep)
{
    Result<Query> revoked = m_store.exec(
        QStringLiteral("UPDATE device_tokens SET revoked_at = ? WHERE user_id = ? AND id <> ? AND "
                       "revoked_at IS NULL"),
        {m_store.clock().nowMs(), userId, keep});
    if (!revoked)
        return revoked.error();
    return revoked->numRowsAffected();
}

Result<Session> Accounts::openSession(const User &account, qint64 deviceTokenId,
                                      const QString &presentedToken, const QString &remoteAddress,
                                      const QString &detail)
{
    const qint64 now = m_store.clock().nowMs();
    Session session;
    session.token = newToken();
    if (session.token.isEmpty())
        return makeError(ErrorCode::Internal, QStringLiteral("the random generator failed"));
    session.expiresAt = now + qint64(m_store.policy().sessionAbsoluteHours) * 3600 * 1000;
    if (deviceTokenId != 0) {
        session.deviceToken = presentedToken;
        if (Result<Query> used
            = m_store.exec(QStringLiteral("UPDATE device_tokens SET last_used_at = ? WHERE id = ?"),
                           {now, deviceTokenId});
            !used)
            return used.error();
    } else {
        Result<qint64> made = newDeviceToken(account.id, &session.deviceToken);
        if (!made)
            return made.error();
        deviceTokenId = *made;
    }
    Result<qint64> sessionId = rows::insertedId(m_store.exec(
        QStringLiteral("INSERT INTO sessions (token_hash, user_id, created_at, last_seen_at, "
                       "expires_at, remote_address, device_token_id) VALUES (?, ?, ?, ?, ?, ?, ?) "
                       "RETURNING id"),
        {tokenHash(session.token), account.id, now, now, session.expiresAt, remoteAddress,
         deviceTokenId}));
    if (!sessionId)
        return sessionId.error();
    AuditEvent e;
    e.actorId = account.id;
    e.actor = account.username;
    e.action = QStringLiteral("session.create");
    e.objectType = QStringLiteral("session");
    e.objectId = QString::number(*sessionId);
    e.detail = detail;
    if (Result<AuditEvent> logged = audit::append(m_store, e); !logged)
        return logged.error();
    Result<User> fresh = user(account.id);
    if (!fresh)
        return fresh.error();
    session.user = fresh.value();
    session.permissions = permissionsForRoles(session.user.roles);
    return session;
}

// A new device token for the account in *token; returns its id. A console each, not without
// end: the oldest beyond the bound are revoked.
Result<qint64> Accounts::newDeviceToken(qint64 userId, QString *token)
{
    const qint64 now = m_store.clock().nowMs();
    *token = newToken();
    if (token->isEmpty())
        return makeError(ErrorCode::Internal, QStringLiteral("the random generator failed"));
    Result<qint64> made = rows::insertedId(
        m_store.exec(QStringLiteral("INSERT INTO device_tokens (user_id, token_hash, created_at, "
                                    "last_used_at) VALUES (?, ?, ?, ?) RETURNING id"),
                     {userId, tokenHash(*token), now, now}));
    if (!made)
        return made.error();
    if (Result<Query> trimmed = m_store.exec(
            QStringLiteral("UPDATE device_tokens SET revoked_at = ? WHERE user_id = ? AND "
                           "revoked_at IS NULL AND id NOT IN (SELECT id FROM device_tokens "
                           "WHERE user_id = ? AND revoked_at IS NULL ORDER BY id DESC LIMIT "
                           "?)"),
            {now, userId, userId, kMaxDeviceTokens});
        !trimmed)
        return trimmed.error();
    return made;
}

// ---- Unlocking -----------------------------------------------------------------------------

Result<User> Accounts::unlock(const Caller &actor, qint64 userId)
{
    return m_store.transaction([&]() -> Result<User> {
        Result<User> target = user(userId);
        if (!target)
            return target.error();
        Result<Query> devices = m_store.exec(
            QStringLiteral("UPDATE device_tokens SET failed_logins = 0, locked_until = NULL "
                           "WHERE user_id = ? AND locked_until IS NOT NULL"),
            {userId});
        if (!devices)
            return devices.error();
        const int unlockedDevices = devices->numRowsAffected();
        if (Result<Query> cleared = m_store.exec(
                QStringLiteral(
                    "UPDATE users SET failed_logins = 0, locked_until = NULL WHERE id = ?"),
                {userId});
            !cleared)
            return cleared.error();
        if (Result<AuditEvent> logged = audit::append(
                m_store,
                eventBy(actor, QStringLiteral("user.unlock"), QStringLiteral("user"),
                        QString::number(userId),
                        QStringLiteral("username=%1 locked_until=%2 locked_device_tokens=%3")
                            .arg(target->username,
                                 target->lockedUntil ? isoTime(*target->lockedUntil)
                                                     : QStringLiteral("none"))
                            .arg(unlockedDevices)));
            !logged)
            return logged.error();
        return user(userId);
    });
}

} // namespace cc
