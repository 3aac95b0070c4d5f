// Accounts: enrolment codes and what they let a person do. A code is issued for a new account
// or a reset; the person starts with it (choosing a password, or proving the one they have) and
// finishes by proving a new authenticator (or the one they have). Changing one's own password
// follows the same rules.

#include "AccountSupport.h"
#include "Accounts.h"
#include "Outbox.h"
#include "SeparationOfDuties.h"
#include "crypto/PasswordHash.h"
#include "crypto/Totp.h"
#include "domain/AssetRules.h"
#include "domain/PasswordRules.h"
#include "store/Store.h"

namespace cc {

using accounts::enrolmentCodeHash;
using accounts::isoTime;
using accounts::pendingTotpAad;
using accounts::sharedSecret;
using accounts::totpAad;
using accounts::utcMinute;
using service::eventBy;

namespace {

// 16 characters from 32 unambiguous ones (80 bits), shown as XXXX-XXXX-XXXX-XXXX: typed by a
// person from an e-mail or a note, so no 0/O or 1/I.
constexpr char kCodeAlphabet[] = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789";

QString newEnrolmentCode()
{
    const QByteArray random = crypto::randomBytes(16);
    if (random.size() != 16)
        return {};
    QString code;
    for (int i = 0; i < 16; ++i) {
        if (i > 0 && i % 4 == 0)
            code += QLatin1Char('-');
        code += QLatin1Char(kCodeAlphabet[quint8(random.at(i)) % 32]);
    }
    return code;
}

const QString kCodeMismatch
    = QStringLiteral("the username and enrolment code do not match: check both, or ask an "
                     "administrator for a new code");

// The Argon2id hashes a new password may not match, newest first: the current one and the
// ones before it, up to the policy's password_history in all.
Result<QStringList> previousHashes(const Store &store, qint64 userId, const QString &current)
{
    QStringList hashes;
    if (!current.isEmpty())
        hashes << current;
    Result<QVariantList> earlier
        = rows::column(store.exec(QStringLiteral("SELECT password_hash FROM password_history "
                                                 "WHERE user_id = ? ORDER BY id DESC LIMIT ?"),
                                  {userId, qMax(0, store.policy().passwordHistory - 1)}));
    if (!earlier)
        return earlier.error();
    for (const QVariant &hash : std::as_const(*earlier))
        hashes << hash.toString();
    return hashes;
}

// Why a typed code does not let its holder go on, nothing when it does.
std::optional<Accounts::Refusal> codeRefusal(const std::optional<Accounts::AccountRow> &row,
                                             const QString &typed, qint64 now)
{
    if (!row || !row->active(now) || !row->codeMatches(typed))
        return Accounts::Refusal {makeError(ErrorCode::Unauthorized, kCodeMismatch),
                                  QStringLiteral("no matching enrolment code")};
    if (row->codeUsedAt)
        return Accounts::Refusal {
            makeError(ErrorCode::Conflict,
                      QStringLiteral("this enrolment code was already used at %1 UTC: ask an "
                                     "administrator for a new one")
                          .arg(utcMinute(*row->codeUsedAt))),
            QStringLiteral("enrolment code used")};
    if (row->codeExpiresAt && *row->codeExpiresAt <= now)
        return Accounts::Refusal {
            makeError(ErrorCode::Conflict,
                      QStringLiteral("this enrolment code expired at %1 UTC: ask an "
                                     "administrator for a new one")
                          .arg(utcMinute(*row->codeExpiresAt))),
            QStringLiteral("enrolment code expired")};
    return std::nullopt;
}

} // namespace

// ---- Codes ---------------------------------------------------------------------------------

Result<EnrolmentCode> Accounts::issueCode(const Caller &actor, const User &target,
                                          const QString &purpose)
{
    Result<std::optional<SmtpConfig>> smtp = Outbox::smtpConfig(m_store);
    if (!smtp)
        return smtp.error();
    const bool byEmail = smtp->has_value();
    const QString code = newEnrolmentCode();
    if (code.isEmpty())
        return makeError(ErrorCode::Internal, QStringLiteral("the random generator failed"));
    const qint64 now = m_store.clock().nowMs();
    const qint64 expiresAt = now + qint64(m_store.policy().enrolmentHours) * 3600 * 1000;
    if (Result<Query> stored = m_store.exec(
            QStringLiteral("UPDATE users SET enrolment_code_hash = ?, enrolment_purpose = ?, "
                           "enrolment_expires_at = ?, enrolment_used_at = NULL, "
                           "enrolment_issued_by = ?, enrolment_delivery = ?, "
                           "enrolment_password_hash = NULL, enrolment_totp_secret = NULL "
                           "WHERE id = ?"),
            {enrolmentCodeHash(code), purpose, expiresAt, actor.username,
             byEmail ? enrolment::ByEmail : enrolment::ByAdmin, target.id});
        !stored)
        return stored.error();
    if (byEmail) {
        const QString what = purpose == enrolment::Enrol
            ? QStringLiteral("An account was created for you by %1.").arg(actor.username)
            : purpose == enrolment::ResetPassword
            ? QStringLiteral("%1 reset your password. Until you set a new one, you cannot sign "
                             "in and your grants are suspended; you will also need a code from "
                             "your authenticator app.")
                  .arg(actor.username)
            : QStringLiteral("%1 reset your two-factor authentication. Until you enrol a new "
                             "authenticator, you cannot sign in and your grants are suspended; "
                             "you will also need your current password.")
                  .arg(actor.username);
        const QString body
            = QStringLiteral("%1\n\nOpen the Compliance Console, choose \"I have an enrolment "
                             "code\" when signing in, and enter your username (%2) and this "
                             "code:\n\n    {secret}\n\nIt works once and expires at %3 UTC. If "
                             "you did not expect this message, tell your compliance officer.")
                  .arg(what, target.username, utcMinute(expiresAt));
        if (Result<bool> queued = Outbox(m_store).enqueue(
                {QStringLiteral("enrolment_code"),
                 QStringLiteral("enrolment:%1:%2").arg(target.id).arg(now), target.id, std::nullopt,
                 target.email, QStringLiteral("Your Compliance Console enrolment code"), body,
                 code.toLatin1()});
            !queued)
            return queued.error();
    }
    Result<User> updated = user(target.id);
    if (!updated)
        return updated.error();
    return EnrolmentCode {*updated, byEmail ? QString() : code, expiresAt, byEmail};
}

Result<void> Accounts::storeTotpSecret(qint64 userId, const QByteArray &secret)
{
    Result<QByteArray> sealed = m_store.keys().seal(secret, totpAad(userId));
    if (!sealed)
        return sealed.error();
    Result<Query> stored
        = m_store.exec(QStringLiteral("UPDATE users SET totp_secret = ?, totp_enrolled_at = NULL, "
                                      "totp_last_step = 0 WHERE id = ?"),
                       {sealed.value(), userId});
    if (!stored)
        return stored.error();
    return {};
}

Result<void> Accounts::replacePassword(qint64 userId, const QString &oldHash,
                                       const QString &newHash)
{
    const qint64 now = m_store.clock().nowMs();
    if (!oldHash.isEmpty()) {
        if (Result<Query> kept
            = m_store.exec(QStringLiteral("INSERT INTO password_history (user_id, password_hash, "
                                          "replaced_at) VALUES (?, ?, ?)"),
                           {userId, oldHash, now});
            !kept)
            return kept.error();
        // Only what the history rule reads is kept: the current hash and the ones before it.
        if (Result<Query> trimmed = m_store.exec(
                QStringLiteral("DELETE FROM password_history WHERE user_id = ? AND id NOT IN "
                               "(SELECT id FROM password_history WHERE user_id = ? ORDER BY id "
                               "DESC LIMIT ?)"),
                {userId, userId, qMax(0, m_store.policy().passwordHistory - 1)});
            !trimmed)
            return trimmed.error();
    }
    if (Result<Query> set = m_store.exec(
            QStringLiteral("UPDATE users SET password_hash = ? WHERE id = ?"), {newHash, userId});
        !set)
        return set.error();
    return {};
}

// ---- Enrolment -----------------------------------------------------------------------------

Staged<QString> Accounts::startEnrolment(const EnrolmentStart &start)
{
    const QString nameKey = start.username.toLower();
    Result<std::optional<AccountRow>> row = accountRow(nameKey, false);
    if (!row)
        return row.error();
    Result<Counter> counter = counterFor(*row, nameKey, QString());
    if (!counter)
        return counter.error();
    Result<OptionalTime> locked = lockedUntil(*counter, false);
    if (!locked)
        return locked.error();
    // Refused before any password work: the code is what is checked first.
    const std::optional<Refusal> refused = *locked
        ? Refusal {lockedError(**locked), QStringLiteral("account locked")}
        : codeRefusal(*row, start.code, m_store.clock().nowMs());
    if (!refused)
        return stagedStart(start, **row, *counter);
    const Attempt tried {QStringLiteral("enrolment.start"), start.username, start.remoteAddress,
                         QStringLiteral("from=%1").arg(start.remoteAddress), *counter};
    if (Result<void> recorded = m_store.transaction(
            [&]() -> Result<void> { return recordRefusal(tried, *row, *refused); });
        !recorded)
        return recorded.error();
    return refused->error;
}

// The heavy part of a start: after a 2FA reset, checking the password the person still knows
// (so the code alone cannot take the account); else checking the new one against the rules and
// hashing it.
Staged<QString> Accounts::stagedStart(const EnrolmentStart &start, const AccountRow &account,
                                      const Counter &counter)
{
    struct Outcome
    {
        bool currentVerified = false;
        Result<QString> newHash = makeError(ErrorCode::Internal, QStringLiteral("not computed"));
    };
    auto outcome = std::make_shared<Outcome>();
    auto password = sharedSecret(start.password);
    const EnrolmentStart rest {start.username, start.code, {}, start.remoteAddress};
    const QString codeHash = account.codeHash;
    Store *store = &m_store;
    if (account.purpose == enrolment::ResetTotp) {
        const QString current = account.passwordHash;
        return Staged<QString>(
            [outcome, password, current] {
                outcome->currentVerified = crypto::verifyPassword(current, *password);
            },
            [store, outcome, rest, counter, codeHash]() {
                return Accounts(*store).completeStart(rest, counter, codeHash, outcome->newHash,
                                                      outcome->currentVerified);
            });
    }
    Result<QStringList> history = previousHashes(m_store, account.user.id, account.passwordHash);
    if (!history)
        return history.error();
    const PasswordOwner owner {account.user.username, account.user.email, account.user.displayName,
                               *history};
    const int minLength = m_store.policy().passwordMinLength;
    return Staged<QString>(
        [outcome, password, owner, minLength] {
            if (Result<void> strong = checkPassword(*password, owner, minLength); !strong)
                outcome->newHash = strong.error();
            else
                outcome->newHash = crypto::hashPassword(*password);
        },
        [store, outcome, rest, counter, codeHash]() {
            return Accounts(*store).completeStart(rest, counter, codeHash, outcome->newHash, false);
        });
}

Result<QString> Accounts::completeStart(const EnrolmentStart &start, const Counter &counter,
                                        const QString &codeHash, const Result<QString> &newHash,
                                        bool currentVerified)
{
    const qint64 now = m_store.clock().nowMs();
    const QString from = QStringLiteral("from=%1").arg(start.remoteAddress);
    const Attempt tried {QStringLiteral("enrolment.start"), start.username, start.remoteAddress,
                         from, counter};
    return accounts::committingRefusals<
        QString>(m_store, [&](std::optional<Error> &refusal) -> Result<QString> {
        Result<std::optional<AccountRow>> row = accountRow(start.username.toLower(), true);
        if (!row)
            return row.error();
        const auto refuse = [&](const Refusal &refused) -> Result<QString> {
            refusal = refused.error;
            if (Result<void> recorded = recordRefusal(tried, *row, refused); !recorded)
                return recorded.error();
            return QString();
        };
        Result<OptionalTime> locked = lockedUntil(counter, true);
        if (!locked)
            return locked.error();
        if (*locked)
            return refuse({lockedError(**locked), QStringLiteral("account locked")});
        // A new code, a use or an offboarding may have come in between.
        if (!*row || !(*row)->active(now) || (*row)->codeHash != codeHash || (*row)->codeUsedAt
            || ((*row)->codeExpiresAt && *(*row)->codeExpiresAt <= now))
            return refuse({makeError(ErrorCode::Unauthorized, kCodeMismatch),
                           QStringLiteral("enrolment code changed")});
        const AccountRow &account = **row;
        if (account.purpose == enrolment::ResetTotp) {
            if (!currentVerified)
                return refuse({makeError(ErrorCode::Unauthorized,
                                         QStringLiteral("the current password is wrong: after a "
                                                        "two-factor reset, enrol with the "
                                                        "password you already have")),
                               QStringLiteral("wrong current password")});
        } else {
            if (!newHash) {
                if (newHash.error().code != ErrorCode::InvalidInput)
                    return newHash.error();
                return refuse({newHash.error(), QStringLiteral("password refused by the rules")});
            }
            if (Result<Query> kept = m_store.exec(
                    QStringLiteral("UPDATE users SET enrolment_password_hash = ? WHERE id = ?"),
                    {*newHash, account.user.id});
                !kept)
                return kept.error();
        }
        Result<QString> totpUri
            = account.purpose == enrolment::ResetPassword ? QString() : keepPendingSecret(account);
        if (!totpUri)
            return totpUri;
        AuditEvent e;
        e.actorId = account.user.id;
        e.actor = account.user.username;
        e.action = QStringLiteral("enrolment.start");
        e.objectType = QStringLiteral("user");
        e.objectId = QString::number(account.user.id);
        e.detail = from + QStringLiteral(" purpose=") + account.purpose;
        if (Result<AuditEvent> logged = audit::append(m_store, e); !logged)
            return logged.error();
        return totpUri;
    });
}

Result<QString> Accounts::keepPendingSecret(const AccountRow &account)
{
    const qint64 id = account.user.id;
    QByteArray secret = crypto::totp::generateSecret();
    const crypto::WipeOnExit secretWiped(secret);
    if (secret.isEmpty())
        return makeError(ErrorCode::Internal, QStringLiteral("the random generator failed"));
    Result<QByteArray> sealed = m_store.keys().seal(secret, pendingTotpAad(id));
    if (!sealed)
        return sealed.error();
    if (Result<Query> kept
        = m_store.exec(QStringLiteral("UPDATE users SET enrolment_totp_secret = ? WHERE id = ?"),
                       {*sealed, id});
        !kept)
        return kept.error();
    return crypto::totp::provisioningUri(QStringLiteral("Compliance Console"),
                                         account.user.username, secret);
}

Result<Session> Accounts::finishEnrolment(const EnrolmentFinish &finish)
{
    const qint64 now = m_store.clock().nowMs();
    const QString nameKey = finish.username.toLower();
    const QString from = QStringLiteral("from=%1").arg(finish.remoteAddress);
    return accounts::committingRefusals<Session>(
        m_store, [&](std::optional<Error> &refusal) -> Result<Session> {
            Result<std::optional<AccountRow>> row = accountRow(nameKey, true);
            if (!row)
                return row.error();
            Result<Counter> counter = counterFor(*row, nameKey, QString());
            if (!counter)
                return counter.error();
            const Attempt tried {QStringLiteral("enrolment.finish"), finish.username,
                                 finish.remoteAddress, from, *counter};
            const auto refuse = [&](const Refusal &refused) -> Result<Session> {
                refusal = refused.error;
                if (Result<void> recorded = recordRefusal(tried, *row, refused); !recorded)
                    return recorded.error();
                return Session {};
            };
            Result<OptionalTime> locked = lockedUntil(*counter, true);
            if (!locked)
                return locked.error();
            if (*locked)
                return refuse({lockedError(**locked), QStringLiteral("account locked")});
            if (std::optional<Refusal> refused = codeRefusal(*row, finish.code, now))
                return refuse(*refused);
            const AccountRow &account = **row;
            const qint64 id = account.user.id;
            const bool newSecret = account.purpose != enrolment::ResetPassword;
            if ((newSecret && account.sealedPendingTotp.isEmpty())
                || (account.purpose != enrolment::ResetTotp
                    && account.pendingPasswordHash.isEmpty()))
                return refuse({makeError(ErrorCode::Conflict,
                                         QStringLiteral("start the enrolment first (POST "
                                                        "/enrolment/start) with this code")),
                               QStringLiteral("enrolment not started")});
            // The new secret from the start, or, after a password reset, the one the person has.
            Result<QByteArray> secret = newSecret
                ? openTotpSecret(account, account.sealedPendingTotp, pendingTotpAad(id))
                : openTotpSecret(account, account.sealedTotp, totpAad(id));
            if (!secret)
                return secret.error();
            // Wiped in the Result itself: a copy would share its buffer, and wiping a shared buffer
            // only lets go of it.
            const crypto::WipeOnExit secretWiped(*secret);
            const std::optional<qint64> step = crypto::totp::matchingStep(
                *secret, finish.totp.trimmed(), now / 1000, m_store.policy().totpWindowSteps);
            if (!step || (!newSecret && *step <= account.lastStep))
                return refuse({makeError(ErrorCode::Unauthorized,
                                         QStringLiteral("the code from the authenticator app is "
                                                        "wrong (or was used already): wait for the "
                                                        "next one")),
                               QStringLiteral("wrong code")});
            if (Result<void> installed
                = installCredentials(account, newSecret ? &*secret : nullptr, *step, now);
                !installed)
                return installed.error();
            if (Result<void> cleared = clearFailures(*counter); !cleared)
                return cleared.error();
            AuditEvent e;
            e.actorId = id;
            e.actor = account.user.username;
            e.action = QStringLiteral("enrolment.finish");
            e.objectType = QStringLiteral("user");
            e.objectId = QString::number(id);
            e.detail = QStringLiteral("%1 purpose=%2 delivery=%3 issued_by=%4")
                           .arg(from, account.purpose, account.user.enrolmentDelivery,
                                account.user.enrolmentIssuedBy);
            if (Result<AuditEvent> logged = audit::append(m_store, e); !logged)
                return logged.error();
            return openSession(account.user, 0, QString(), finish.remoteAddress, from);
        });
}

// The password chosen at the start and the new authenticator (when there is one) take over;
// the code is used up, the pending parts are gone and the credentials hold again.
Result<void> Accounts::installCredentials(const AccountRow &account, const QByteArray *newSecret,
                                          qint64 step, qint64 now)
{
    const qint64 id = account.user.id;
    if (!account.pendingPasswordHash.isEmpty()) {
        if (Result<void> replaced
            = replacePassword(id, account.passwordHash, account.pendingPasswordHash);
            !replaced)
            return replaced.error();
    }
    if (newSecret) {
        if (Result<void> stored = storeTotpSecret(id, *newSecret); !stored)
            return stored.error();
    }
    if (Result<Query> enrolled = m_store.exec(
            QStringLiteral("UPDATE users SET totp_last_step = ?, totp_enrolled_at = "
                           "COALESCE(totp_enrolled_at, ?), enrolment_used_at = ?, "
                           "enrolment_password_hash = NULL, enrolment_totp_secret = NULL, "
                           "credentials_reset_at = NULL WHERE id = ?"),
            {step, now, now, id});
        !enrolled)
        return enrolled.error();
    return {};
}

// ---- Changing one's own password -----------------------------------------------------------

Staged<int> Accounts::changePassword(const Caller &caller, const PasswordChange &change)
{
    Result<User> me = user(caller.userId);
    if (!me)
        return me.error();
    Result<std::optional<AccountRow>> row = accountRow(me->username.toLower(), false);
    if (!row)
        return row.error();
    if (!*row)
        return makeError(ErrorCode::NotFound,
                         QStringLiteral("no user with id %1").arg(caller.userId));
    // Guesses of the current password through a session count like sign-in failures: on the
    // session's device token when it came with one.
    Result<std::optional<QVariant>> device = rows::single(m_store.exec(
        QStringLiteral("SELECT device_token_id FROM sessions WHERE id = ?"), {caller.sessionId}));
    if (!device)
        return device.error();
    const qint64 deviceTokenId = *device ? (*device)->toLongLong() : 0;
    const Counter counter = deviceTokenId != 0
        ? Counter {Counter::Device, deviceTokenId, caller.userId, me->username.toLower()}
        : Counter {Counter::Account, caller.userId, caller.userId, me->username.toLower()};
    Result<OptionalTime> locked = lockedUntil(counter, false);
    if (!locked)
        return locked.error();
    if (*locked)
        return lockedError(**locked);
    Result<QStringList> history = previousHashes(m_store, caller.userId, (*row)->passwordHash);
    if (!history)
        return history.error();
    struct Outcome
    {
        bool currentVerified = false;
        Result<QString> newHash = makeError(ErrorCode::Internal, QStringLiteral("not computed"));
    };
    auto outcome = std::make_shared<Outcome>();
    auto current = sharedSecret(change.currentPassword);
    auto fresh = sharedSecret(change.newPassword);
    const QString currentHash = (*row)->passwordHash;
    const PasswordOwner owner {me->username, me->email, me->displayName, *history};
    const int minLength = m_store.policy().passwordMinLength;
    PasswordChange rest = change;
    rest.currentPassword.clear();
    rest.newPassword.clear();
    Store *store = &m_store;
    return Staged<int>(
        [outcome, current, fresh, currentHash, owner, minLength] {
            outcome->currentVerified = crypto::verifyPassword(currentHash, *current);
            if (!outcome->currentVerified)
                return; // no hashing for a wrong guess
            if (Result<void> strong = checkPassword(*fresh, owner, minLength); !strong)
                outcome->newHash = strong.error();
            else
                outcome->newHash = crypto::hashPassword(*fresh);
        },
        [store, outcome, caller, rest, counter, currentHash]() {
            return Accounts(*store).completePasswordChange(
                caller, rest, counter, outcome->currentVerified, currentHash, outcome->newHash);
        });
}

Result<int> Accounts::completePasswordChange(const Caller &caller, const PasswordChange &change,
                                             const Counter &counter, bool currentVerified,
                                             const QString &verifiedHash,
                                             const Result<QString> &newHash)
{
    const qint64 now = m_store.clock().nowMs();
    const QString from = QStringLiteral("from=%1").arg(change.remoteAddress);
    return accounts::committingRefusals<int>(
        m_store, [&](std::optional<Error> &refusal) -> Result<int> {
            Result<std::optional<AccountRow>> row = accountRow(counter.nameKey, true);
            if (!row)
                return row.error();
            if (!*row || !(*row)->active(now))
                return makeError(ErrorCode::Unauthorized,
                                 QStringLiteral("the session has ended: sign in again"));
            const AccountRow &account = **row;
            const auto refuse = [&](const QString &why) -> Result<int> {
                refusal = makeError(ErrorCode::Unauthorized,
                                    QStringLiteral("the current password or the code is wrong"));
                Result<OptionalTime> lockedNow = countFailure(counter, change.remoteAddress);
                if (!lockedNow)
                    return lockedNow.error();
                if (Result<void> audited
                    = auditPasswordGuess(caller, from + QLatin1Char(' ') + why);
                    !audited)
                    return audited.error();
                return 0;
            };
            Result<OptionalTime> locked = lockedUntil(counter, true);
            if (!locked)
                return locked.error();
            if (*locked) {
                refusal = lockedError(**locked);
                return 0;
            }
            if (!currentVerified || account.passwordHash != verifiedHash)
                return refuse(QStringLiteral("wrong current password"));
            // The rules before the code, so a refused choice does not use up a code.
            if (!newHash) {
                if (newHash.error().code != ErrorCode::InvalidInput)
                    return newHash.error();
                refusal = newHash.error(); // no guess: the current password was right
                return 0;
            }
            Result<QString> unproven = claimTotpStep(account, change.totp, now, false);
            if (!unproven)
                return unproven.error();
            if (!unproven->isEmpty())
                return refuse(*unproven);
            if (Result<void> replaced
                = replacePassword(caller.userId, account.passwordHash, *newHash);
                !replaced)
                return replaced.error();
            Result<Query> ended = m_store.exec(
                QStringLiteral("UPDATE sessions SET ended_at = ?, end_reason = 'password changed' "
                               "WHERE user_id = ? AND id <> ? AND ended_at IS NULL"),
                {now, caller.userId, caller.sessionId});
            if (!ended)
                return ended.error();
            const int endedSessions = ended->numRowsAffected();
            Result<int> revoked = revokeDeviceTokens(
                caller.userId, counter.kind == Counter::Device ? counter.id : 0);
            if (!revoked)
                return revoked.error();
            if (Result<void> cleared = clearFailures(counter); !cleared)
                return cleared.error();
            if (Result<AuditEvent> logged = audit::append(
                    m_store,
                    eventBy(caller, QStringLiteral("user.change_password"), QStringLiteral("user"),
                            QString::number(caller.userId),
                            QStringLiteral("%1 ended_sessions=%2 revoked_device_tokens=%3")
                                .arg(from)
                                .arg(endedSessions)
                                .arg(*revoked)));
                !logged)
                return logged.error();
            return endedSessions;
        });
}

Result<void> Accounts::auditPasswordGuess(const Caller &caller, const QString &detail)
{
    AuditEvent e = eventBy(caller, QStringLiteral("user.change_password"), QStringLiteral("user"),
                           QString::number(caller.userId), detail);
    e.outcome = QStringLiteral("failure");
    if (Result<AuditEvent> logged = audit::append(m_store, e); !logged)
        return logged.error();
    return {};
}

// ---- Resets --------------------------------------------------------------------------------

Result<EnrolmentCode> Accounts::resetPassword(const Caller &actor, qint64 userId)
{
    return reset(actor, userId, enrolment::ResetPassword);
}

Result<EnrolmentCode> Accounts::resetTotp(const Caller &actor, qint64 userId)
{
    return reset(actor, userId, enrolment::ResetTotp);
}

Result<EnrolmentCode> Accounts::reset(const Caller &actor, qint64 userId, const QString &asked)
{
    const qint64 now = m_store.clock().nowMs();
    return m_store.transaction([&]() -> Result<EnrolmentCode> {
        Result<User> target = user(userId);
        if (!target)
            return target.error();
        Result<std::optional<AccountRow>> row = accountRow(target->username.toLower(), true);
        if (!row)
            return row.error();
        if (!*row || !(*row)->active(now))
            return makeError(ErrorCode::Conflict,
                             QStringLiteral("%1 is offboarded").arg(target->username));
        const AccountRow &account = **row;
        // Someone who never enrolled has nothing to keep: a new invitation. Otherwise the
        // person must prove what the reset leaves them.
        const QString purpose = account.passwordHash.isEmpty() ? enrolment::Enrol : asked;
        if (purpose == enrolment::ResetPassword && account.sealedTotp.isEmpty())
            return makeError(
                ErrorCode::Conflict,
                QStringLiteral("%1 has no authenticator to prove a password reset with (a "
                               "two-factor reset is pending): they enrol with that code and "
                               "their current password. Someone who has lost both is "
                               "offboarded and invited again, so that no code alone takes over "
                               "an account")
                    .arg(target->username));
        if (Result<void> suspended = suspendCredentials(userId, purpose, now); !suspended)
            return suspended.error();
        const QString reason = purpose == enrolment::ResetTotp ? QStringLiteral("2fa reset")
                                                               : QStringLiteral("password reset");
        Result<Query> ended = m_store.exec(
            QStringLiteral("UPDATE sessions SET ended_at = ?, end_reason = ? WHERE user_id = ? "
                           "AND ended_at IS NULL"),
            {now, reason, userId});
        if (!ended)
            return ended.error();
        const int endedSessions = ended->numRowsAffected();
        Result<int> revoked = revokeDeviceTokens(userId, 0);
        if (!revoked)
            return revoked.error();
        Result<EnrolmentCode> code = issueCode(actor, *target, purpose);
        if (!code)
            return code;
        if (Result<void> recorded
            = recordAccountChange(m_store, actor, userId, AccountChange::Credentials);
            !recorded)
            return recorded.error();
        if (Result<void> told = noticeOfReset(actor, userId, purpose, *code, now); !told)
            return told.error();
        if (Result<AuditEvent> logged = audit::append(
                m_store,
                eventBy(actor,
                        purpose == enrolment::ResetTotp ? QStringLiteral("user.reset_2fa")
                                                        : QStringLiteral("user.reset_password"),
                        QStringLiteral("user"), QString::number(userId),
                        QStringLiteral("username=%1 purpose=%2 delivery=%3 expires_at=%4 "
                                       "ended_sessions=%5 revoked_device_tokens=%6")
                            .arg(target->username, purpose,
                                 code->deliveredByEmail ? enrolment::ByEmail : enrolment::ByAdmin,
                                 isoTime(code->expiresAt))
                            .arg(endedSessions)
                            .arg(*revoked)));
            !logged)
            return logged.error();
        return code;
    });
}

// A reset suspends sign-ins and grants until the person enrols again; a 2FA reset also takes
// the authenticator away. A new invitation has nothing to suspend.
Result<void> Accounts::suspendCredentials(qint64 userId, const QString &purpose, qint64 now)
{
    if (purpose != enrolment::Enrol) {
        if (Result<Query> suspended
            = m_store.exec(QStringLiteral("UPDATE users SET credentials_reset_at = ? WHERE id = ?"),
                           {now, userId});
            !suspended)
            return suspended.error();
    }
    if (purpose == enrolment::ResetTotp) {
        if (Result<Query> cleared = m_store.exec(
                QStringLiteral("UPDATE users SET totp_secret = NULL, totp_enrolled_at = NULL, "
                               "totp_last_step = 0 WHERE id = ?"),
                {userId});
            !cleared)
            return cleared.error();
    }
    return {};
}

// Tells the person in the console what happened and how the code reaches them.
Result<void> Accounts::noticeOfReset(const Caller &actor, qint64 userId, const QString &purpose,
                                     const EnrolmentCode &code, qint64 now)
{
    const QString title = purpose == enrolment::ResetTotp
        ? QStringLiteral("Your two-factor authentication was reset")
        : QStringLiteral("Your password was reset");
    const QString body
        = QStringLiteral("%1 reset it at %2 UTC. Your sessions ended and your grants are "
                         "suspended until you enrol again with the enrolment code (%3). If "
                         "you did not ask for this, tell your compliance officer.")
              .arg(actor.username, utcMinute(now),
                   code.deliveredByEmail ? QStringLiteral("sent to you by e-mail")
                                         : QStringLiteral("handed over by %1").arg(actor.username));
    if (Result<Query> noted = m_store.exec(
            QStringLiteral("INSERT INTO notifications (user_id, kind, threshold, due_date, "
                           "day, title, body, created_at) VALUES (?, 'credential_reset', "
                           "'', '', ?, ?, ?, ?)"),
            {userId, isoDate(m_store.clock().now().toUTC().date()), title, body, now});
        !noted)
        return noted.error();
    return {};
}

} // namespace cc
