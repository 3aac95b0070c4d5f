#include "Accounts.h"

#include "SeparationOfDuties.h"
#include "ServiceSupport.h"
#include "crypto/Aes256Gcm.h"
#include "crypto/Crypto.h"
#include "crypto/PasswordHash.h"
#include "crypto/Totp.h"
#include "domain/Roles.h"
#include "store/Store.h"

#include <QRegularExpression>

namespace cc {

using service::eventBy;

namespace {

const QString kUserColumns = QStringLiteral(
    "id, username, email, display_name, title, roles, status, totp_enrolled_at, created_at, "
    "offboarded_at, departure_at, access_revoked_at");
constexpr int kUserColumnCount = 12;

User userFromRow(const Query &q, int first = 0)
{
    User u;
    u.id = q.value(first + 0).toLongLong();
    u.username = q.value(first + 1).toString();
    u.email = q.value(first + 2).toString();
    u.displayName = q.value(first + 3).toString();
    u.title = q.value(first + 4).toString();
    u.roles = q.value(first + 5).toString().split(QLatin1Char(','), Qt::SkipEmptyParts);
    u.status = q.value(first + 6).toString();
    u.totpEnrolled = !q.value(first + 7).isNull();
    u.createdAt = q.value(first + 8).toLongLong();
    u.offboardedAt = service::optionalTime(q.value(first + 9));
    u.departureAt = service::optionalTime(q.value(first + 10));
    u.accessRevokedAt = service::optionalTime(q.value(first + 11));
    return u;
}

QByteArray totpAad(qint64 userId)
{
    return crypto::fieldAad(QStringLiteral("users"), QStringLiteral("totp_secret"), userId);
}

QString tokenHash(const QString &token)
{
    return QString::fromLatin1(crypto::sha256(token.toLatin1()).toHex());
}

Result<void> validateEmail(const QString &email)
{
    static const QRegularExpression emailPattern(QStringLiteral("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$"));
    if (email.size() > 254 || !emailPattern.match(email).hasMatch())
        return makeError(ErrorCode::InvalidInput,
                         QStringLiteral("\"%1\" is not an e-mail address").arg(email));
    return {};
}

Result<void> validateDisplayName(const QString &displayName)
{
    if (displayName.trimmed().isEmpty() || displayName.size() > 100)
        return makeError(ErrorCode::InvalidInput,
                         QStringLiteral("display name must be 1-100 characters"));
    return {};
}

Result<void> validateTitle(const QString &title)
{
    if (title.size() > 100)
        return makeError(ErrorCode::InvalidInput,
                         QStringLiteral("title must be at most 100 characters"));
    return {};
}

Result<void> validateNewUser(const NewUser &u, const Policy &policy)
{
    static const QRegularExpression usernamePattern(
        QStringLiteral("^[A-Za-z0-9][A-Za-z0-9._-]{1,63}$"));
    if (!usernamePattern.match(u.username).hasMatch())
        return makeError(ErrorCode::InvalidInput,
                         QStringLiteral("username must be 2-64 letters, digits, '.', '_' or '-', "
                                        "starting with a letter or digit"));
    for (const Result<void> &check : {validateEmail(u.email), validateDisplayName(u.displayName),
                                      validateTitle(u.title), validateRoles(u.roles)}) {
        if (!check)
            return check;
    }
    if (u.password.size() < policy.passwordMinLength)
        return makeError(ErrorCode::InvalidInput,
                         QStringLiteral("password must be at least %1 characters")
                             .arg(policy.passwordMinLength));
    if (u.password.size() > 1024)
        return makeError(ErrorCode::InvalidInput,
                         QStringLiteral("password must be at most 1024 characters"));
    return {};
}

Result<void> validateUpdate(const UserUpdate &update)
{
    if (update.email)
        if (Result<void> valid = validateEmail(*update.email); !valid)
            return valid;
    if (update.displayName)
        if (Result<void> valid = validateDisplayName(*update.displayName); !valid)
            return valid;
    if (update.title)
        if (Result<void> valid = validateTitle(*update.title); !valid)
            return valid;
    if (update.roles)
        return validateRoles(*update.roles);
    return {};
}

// A text value in an audit detail, quoted so that spaces in it cannot pass for another field.
QString quoted(QString text)
{
    return QLatin1Char('"')
        + text.replace(QLatin1Char('\\'), QStringLiteral("\\\\"))
              .replace(QLatin1Char('"'), QStringLiteral("\\\""))
        + QLatin1Char('"');
}

QStringList without(const QStringList &roles, const QStringList &removed)
{
    QStringList left;
    for (const QString &role : roles) {
        if (!removed.contains(role))
            left << role;
    }
    return left;
}

User updated(User user, const UserUpdate &update)
{
    if (update.roles)
        user.roles = *update.roles;
    if (update.title)
        user.title = update.title->trimmed();
    if (update.displayName)
        user.displayName = update.displayName->trimmed();
    if (update.email)
        user.email = *update.email;
    return user;
}

Accounts::RoleChange roleChange(const User &before, const User &after)
{
    return {without(after.roles, before.roles), without(before.roles, after.roles)};
}

// What user.update records: the roles gained and lost, then each field before and after.
// roles_added comes first and always, so no name can pass for it (Monitoring reads it).
QString updateDetail(const User &before, const User &after, const Accounts::RoleChange &roles)
{
    QStringList detail
        = {QStringLiteral("username=%1").arg(before.username),
           QStringLiteral("roles_added=%1").arg(roles.added.join(QLatin1Char(','))),
           QStringLiteral("roles_removed=%1").arg(roles.removed.join(QLatin1Char(',')))};
    if (roles.changed())
        detail << QStringLiteral("roles=%1->%2")
                      .arg(before.roles.join(QLatin1Char(',')), after.roles.join(QLatin1Char(',')));
    const struct
    {
        const char *name;
        QString before;
        QString after;
    } texts[] = {{"email", before.email, after.email},
                 {"display_name", before.displayName, after.displayName},
                 {"title", before.title, after.title}};
    bool any = roles.changed();
    for (const auto &t : texts) {
        if (t.before == t.after)
            continue;
        detail << QStringLiteral("%1=%2->%3")
                      .arg(QLatin1String(t.name), quoted(t.before), quoted(t.after));
        any = true;
    }
    if (!any)
        detail << QStringLiteral("unchanged");
    return detail.join(QLatin1Char(' '));
}

const QString kBadCredentials = QStringLiteral("username, password or code is wrong");

} // namespace

Result<CreatedUser> Accounts::addUser(const Caller &actor, const NewUser &newUser)
{
    if (Result<void> valid = validateNewUser(newUser, m_store.policy()); !valid)
        return valid.error();
    Result<QString> passwordHash = crypto::hashPassword(newUser.password);
    if (!passwordHash)
        return passwordHash.error();
    const QByteArray secret = crypto::totp::generateSecret();
    if (secret.isEmpty())
        return makeError(ErrorCode::Internal, QStringLiteral("the random generator failed"));

    return m_store.transaction([&]() -> Result<CreatedUser> {
        Result<Query> taken
            = m_store.exec(QStringLiteral("SELECT username_key = ?, email_key = ? FROM users WHERE "
                                          "username_key = ? OR email_key = ?"),
                           {newUser.username.toLower(), newUser.email.toLower(),
                            newUser.username.toLower(), newUser.email.toLower()});
        if (!taken)
            return taken.error();
        if (taken->next()) {
            return makeError(
                ErrorCode::Conflict,
                taken->value(0).toBool()
                    ? QStringLiteral("username \"%1\" is taken (usernames are unique "
                                     "regardless of case)")
                          .arg(newUser.username)
                    : QStringLiteral("e-mail \"%1\" belongs to another user").arg(newUser.email));
        }
        Result<Query> inserted = m_store.exec(
            QStringLiteral(
                "INSERT INTO users (username, username_key, email, email_key, display_name, "
                "title, roles, status, password_hash, created_at) "
                "VALUES (?, ?, ?, ?, ?, ?, ?, 'active', ?, ?) RETURNING id"),
            {newUser.username, newUser.username.toLower(), newUser.email, newUser.email.toLower(),
             newUser.displayName.trimmed(), newUser.title.trimmed(),
             newUser.roles.join(QLatin1Char(',')), passwordHash.value(), m_store.clock().nowMs()});
        if (!inserted)
            return inserted.error();
        if (!inserted->next())
            return makeError(ErrorCode::Internal, QStringLiteral("the new user has no id"));
        const qint64 id = inserted->value(0).toLongLong();
        inserted->finish();
        if (Result<void> stored = storeTotpSecret(id, secret); !stored)
            return stored.error();
        if (Result<void> recorded = recordAccountChange(m_store, actor, id, AccountChange::Created);
            !recorded)
            return recorded.error();
        if (Result<AuditEvent> logged = audit::append(
                m_store,
                eventBy(actor, QStringLiteral("user.create"), QStringLiteral("user"),
                        QString::number(id),
                        QStringLiteral("username=%1 roles=%2")
                            .arg(newUser.username, newUser.roles.join(QLatin1Char(',')))));
            !logged)
            return logged.error();
        Result<User> created = user(id);
        if (!created)
            return created.error();
        return CreatedUser {created.value(),
                            crypto::totp::provisioningUri(QStringLiteral("Compliance Console"),
                                                          newUser.username, secret),
                            secret};
    });
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

Result<CreatedUser> Accounts::resetTotp(const Caller &actor, qint64 userId)
{
    const QByteArray secret = crypto::totp::generateSecret();
    if (secret.isEmpty())
        return makeError(ErrorCode::Internal, QStringLiteral("the random generator failed"));
    return m_store.transaction([&]() -> Result<CreatedUser> {
        Result<User> target = user(userId);
        if (!target)
            return target.error();
        if (target->status != QLatin1String("active"))
            return makeError(ErrorCode::Conflict,
                             QStringLiteral("%1 is offboarded").arg(target->username));
        if (Result<void> stored = storeTotpSecret(userId, secret); !stored)
            return stored.error();
        if (Result<Query> ended
            = m_store.exec(QStringLiteral("UPDATE sessions SET ended_at = ?, end_reason = '2fa "
                                          "reset' WHERE user_id = ? AND ended_at IS NULL"),
                           {m_store.clock().nowMs(), userId});
            !ended)
            return ended.error();
        if (Result<void> recorded
            = recordAccountChange(m_store, actor, userId, AccountChange::Credentials);
            !recorded)
            return recorded.error();
        if (Result<AuditEvent> logged
            = audit::append(m_store,
                            eventBy(actor, QStringLiteral("user.reset_2fa"), QStringLiteral("user"),
                                    QString::number(userId),
                                    QStringLiteral("username=%1").arg(target->username)));
            !logged)
            return logged.error();
        Result<User> updated = user(userId);
        if (!updated)
            return updated.error();
        return CreatedUser {updated.value(),
                            crypto::totp::provisioningUri(QStringLiteral("Compliance Console"),
                                                          target->username, secret),
                            secret};
    });
}

Result<User> Accounts::updateUser(const Caller &actor, qint64 userId, const UserUpdate &update)
{
    if (Result<void> valid = validateUpdate(update); !valid)
        return valid.error();
    return m_store.transaction([&]() -> Result<User> {
        Result<Query> locked = m_store.exec(QStringLiteral("SELECT id FROM users WHERE id = ?")
                                                + m_store.dialect().lockRowSuffix(),
                                            {userId});
        if (!locked)
            return locked.error();
        locked->finish();
        Result<User> before = user(userId);
        if (!before)
            return before.error();
        if (before->status != QLatin1String("active"))
            return makeError(ErrorCode::Conflict,
                             QStringLiteral("%1 is offboarded").arg(before->username));
        const User after = updated(before.value(), update);
        const RoleChange roles = roleChange(before.value(), after);
        const bool detailsChanged = after.email != before->email || after.title != before->title
            || after.displayName != before->displayName;
        if (Result<void> allowed = checkUpdate(actor, before.value(), after, roles); !allowed)
            return allowed.error();
        if (roles.changed() || detailsChanged) {
            if (Result<Query> stored = m_store.exec(
                    QStringLiteral("UPDATE users SET roles = ?, title = ?, display_name = ?, "
                                   "email = ?, email_key = ? WHERE id = ?"),
                    {after.roles.join(QLatin1Char(',')), after.title, after.displayName,
                     after.email, after.email.toLower(), userId});
                !stored)
                return stored.error();
        }
        const QList<std::pair<bool, AccountChange>> changes
            = {{roles.changed(), AccountChange::Roles}, {detailsChanged, AccountChange::Details}};
        for (const auto &[happened, kind] : changes) {
            if (!happened)
                continue;
            if (Result<void> recorded = recordAccountChange(m_store, actor, userId, kind);
                !recorded)
                return recorded.error();
        }
        if (Result<AuditEvent> logged = audit::append(
                m_store,
                eventBy(actor, QStringLiteral("user.update"), QStringLiteral("user"),
                        QString::number(userId), updateDetail(before.value(), after, roles)));
            !logged)
            return logged.error();
        return user(userId);
    });
}

Result<void> Accounts::checkUpdate(const Caller &actor, const User &before, const User &after,
                                   const RoleChange &roles) const
{
    if (roles.changed() && actor.userId == before.id)
        return makeError(ErrorCode::Forbidden,
                         QStringLiteral("nobody changes their own roles: another administrator "
                                        "must do it"));
    for (const QString &role : roles.removed) {
        if (role != QLatin1String("admin") && role != QLatin1String("compliance_officer"))
            continue;
        Result<bool> only = isOnlyActiveHolder(role, before.id);
        if (!only)
            return only.error();
        if (*only)
            return makeError(ErrorCode::Conflict,
                             QStringLiteral("%1 is the only active %2: give the role to someone "
                                            "else before taking it away")
                                 .arg(before.username, role));
    }
    if (after.email.toLower() == before.email.toLower())
        return {};
    Result<Query> taken
        = m_store.exec(QStringLiteral("SELECT 1 FROM users WHERE email_key = ? AND id <> ?"),
                       {after.email.toLower(), before.id});
    if (!taken)
        return taken.error();
    if (taken->next())
        return makeError(ErrorCode::Conflict,
                         QStringLiteral("e-mail \"%1\" belongs to another user").arg(after.email));
    return {};
}

Result<bool> Accounts::isOnlyActiveHolder(const QString &role, qint64 userId) const
{
    Result<Query> others = m_store.exec(
        QStringLiteral("SELECT roles FROM users WHERE status = 'active' AND id <> ?"), {userId});
    if (!others)
        return others.error();
    while (others->next()) {
        if (others->value(0).toString().split(QLatin1Char(',')).contains(role))
            return false;
    }
    return true;
}

Result<User> Accounts::user(qint64 id) const
{
    Result<Query> q
        = m_store.exec(QStringLiteral("SELECT %1 FROM users WHERE id = ?").arg(kUserColumns), {id});
    if (!q)
        return q.error();
    if (!q->next())
        return makeError(ErrorCode::NotFound, QStringLiteral("no user with id %1").arg(id));
    return userFromRow(*q);
}

Result<Page<User>> Accounts::users(const Caller &actor, qint64 after, int limit)
{
    Result<Page<User>> page = service::readPage<User>(
        m_store.exec(QStringLiteral("SELECT %1 FROM users WHERE id > ? ORDER BY id LIMIT ?")
                         .arg(kUserColumns),
                     {after, limit + 1}),
        limit, [](const Query &q) { return userFromRow(q); });
    if (!page)
        return page;
    if (Result<AuditEvent> logged = audit::record(
            m_store,
            eventBy(actor, QStringLiteral("user.list"), QStringLiteral("user"), QString(),
                    QStringLiteral("after=%1 count=%2").arg(after).arg(page->items.size())));
        !logged)
        return logged.error();
    return page;
}

Result<Session> Accounts::signIn(const QString &username, const QByteArray &password,
                                 const QString &code, const QString &remoteAddress)
{
    const Policy &policy = m_store.policy();
    const qint64 now = m_store.clock().nowMs();
    const QString from = QStringLiteral("from=%1").arg(remoteAddress);

    Result<Query> q = m_store.exec(
        QStringLiteral("SELECT %1, password_hash, totp_secret, totp_last_step, failed_logins, "
                       "locked_until FROM users WHERE username_key = ?")
            .arg(kUserColumns),
        {username.toLower()});
    if (!q)
        return q.error();
    if (!q->next()) {
        AuditEvent e;
        e.actor = username.left(64);
        e.action = QStringLiteral("session.create");
        e.objectType = QStringLiteral("session");
        e.outcome = QStringLiteral("failure");
        e.detail = from + QStringLiteral(" unknown username");
        if (Result<AuditEvent> logged = audit::record(m_store, e); !logged)
            return logged.error();
        // Same work as for a real account, so timing does not reveal which usernames exist.
        static const QString dummyHash = crypto::hashPassword("timing-equaliser").value();
        crypto::verifyPassword(dummyHash, password);
        return makeError(ErrorCode::Unauthorized, kBadCredentials);
    }
    const User user = userFromRow(*q);
    const QString passwordHash = q->value(kUserColumnCount).toString();
    const QByteArray sealedSecret = q->value(kUserColumnCount + 1).toByteArray();
    const qint64 lastStep = q->value(kUserColumnCount + 2).toLongLong();
    const qint64 failures = q->value(kUserColumnCount + 3).toLongLong();
    const OptionalTime lockedUntil = service::optionalTime(q->value(kUserColumnCount + 4));
    q->finish();

    // From a scheduled departure on, the account is as good as offboarded, even before the
    // job has revoked everything.
    const bool offboarded = user.status != QLatin1String("active");
    if (offboarded || (user.departureAt && *user.departureAt <= now)) {
        // Named, so monitoring can tell the people who offboarded them (offboarded_activity);
        // the failure counter of a closed account no longer matters.
        AuditEvent e;
        e.actorId = user.id;
        e.actor = user.username;
        e.action = QStringLiteral("session.create");
        e.objectType = QStringLiteral("session");
        e.outcome = QStringLiteral("failure");
        e.detail = from
            + (offboarded ? QStringLiteral(" offboarded account")
                          : QStringLiteral(" departed account"));
        if (Result<AuditEvent> logged = audit::record(m_store, e); !logged)
            return logged.error();
        return makeError(ErrorCode::Unauthorized, kBadCredentials);
    }
    if (lockedUntil && *lockedUntil > now) {
        AuditEvent e;
        e.actorId = user.id;
        e.actor = user.username;
        e.action = QStringLiteral("session.create");
        e.objectType = QStringLiteral("session");
        e.outcome = QStringLiteral("denied");
        e.detail = from + QStringLiteral(" account locked");
        if (Result<AuditEvent> logged = audit::record(m_store, e); !logged)
            return logged.error();
        return makeError(
            ErrorCode::Locked,
            QStringLiteral("account locked after %1 failed sign-ins; try again after %2 UTC")
                .arg(policy.lockoutThreshold)
                .arg(QDateTime::fromMSecsSinceEpoch(*lockedUntil, Qt::UTC)
                         .toString(QStringLiteral("yyyy-MM-dd HH:mm"))));
    }
    if (!crypto::verifyPassword(passwordHash, password)) {
        if (Result<void> r
            = recordFailedSignIn(user, failures + 1, from + QStringLiteral(" wrong password"));
            !r)
            return r.error();
        return makeError(ErrorCode::Unauthorized, kBadCredentials);
    }
    Result<QByteArray> secret = m_store.keys().open(sealedSecret, totpAad(user.id));
    if (!secret)
        return makeError(ErrorCode::Internal,
                         QStringLiteral("the 2FA secret of %1 cannot be decrypted: %2")
                             .arg(user.username, secret.error().message));
    const crypto::WipeOnExit secretWiped(*secret);
    const std::optional<qint64> step = crypto::totp::matchingStep(
        secret.value(), code.trimmed(), now / 1000, policy.totpWindowSteps);
    if (!step) {
        if (Result<void> r
            = recordFailedSignIn(user, failures + 1, from + QStringLiteral(" wrong code"));
            !r)
            return r.error();
        return makeError(ErrorCode::Unauthorized, kBadCredentials);
    }
    if (*step <= lastStep) {
        if (Result<void> r
            = recordFailedSignIn(user, failures + 1, from + QStringLiteral(" code replayed"));
            !r)
            return r.error();
        return makeError(ErrorCode::Unauthorized,
                         QStringLiteral("this code was already used: wait for the next code"));
    }

    const QByteArray tokenBytes = crypto::randomBytes(32);
    if (tokenBytes.size() != 32)
        return makeError(ErrorCode::Internal, QStringLiteral("the random generator failed"));
    Session session;
    session.token = QString::fromLatin1(
        tokenBytes.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
    session.expiresAt = now + qint64(policy.sessionAbsoluteHours) * 3600 * 1000;

    return m_store.transaction([&]() -> Result<Session> {
        if (Result<Query> done = m_store.exec(
                QStringLiteral(
                    "UPDATE users SET failed_logins = 0, locked_until = NULL, totp_last_step = ?, "
                    "totp_enrolled_at = COALESCE(totp_enrolled_at, ?) WHERE id = ?"),
                {*step, now, user.id});
            !done)
            return done.error();
        Result<Query> inserted = m_store.exec(
            QStringLiteral(
                "INSERT INTO sessions (token_hash, user_id, created_at, last_seen_at, expires_at, "
                "remote_address) VALUES (?, ?, ?, ?, ?, ?) RETURNING id"),
            {tokenHash(session.token), user.id, now, now, session.expiresAt, remoteAddress});
        if (!inserted)
            return inserted.error();
        inserted->next();
        const qint64 sessionId = inserted->value(0).toLongLong();
        inserted->finish();
        AuditEvent e;
        e.actorId = user.id;
        e.actor = user.username;
        e.action = QStringLiteral("session.create");
        e.objectType = QStringLiteral("session");
        e.objectId = QString::number(sessionId);
        e.detail = from;
        if (Result<AuditEvent> logged = audit::append(m_store, e); !logged)
            return logged.error();
        Result<User> fresh = this->user(user.id);
        if (!fresh)
            return fresh.error();
        session.user = fresh.value();
        session.permissions = permissionsForRoles(session.user.roles);
        return session;
    });
}

Result<void> Accounts::recordFailedSignIn(const std::optional<User> &user, qint64 failures,
                                          const QString &detail)
{
    const Policy &policy = m_store.policy();
    Result<void> done = m_store.transaction([&]() -> Result<void> {
        AuditEvent e;
        e.action = QStringLiteral("session.create");
        e.objectType = QStringLiteral("session");
        e.outcome = QStringLiteral("failure");
        e.detail = detail;
        if (user) {
            e.actorId = user->id;
            e.actor = user->username;
            const bool lock = failures >= policy.lockoutThreshold;
            const QVariant lockedUntil = lock
                ? QVariant(m_store.clock().nowMs() + qint64(policy.lockoutMinutes) * 60 * 1000)
                : QVariant(QMetaType::fromType<qint64>());
            if (Result<Query> updated = m_store.exec(
                    QStringLiteral(
                        "UPDATE users SET failed_logins = ?, locked_until = ? WHERE id = ?"),
                    {lock ? 0 : failures, lockedUntil, user->id});
                !updated)
                return updated.error();
            if (lock)
                e.detail
                    += QStringLiteral("; account locked for %1 minutes").arg(policy.lockoutMinutes);
        }
        if (Result<AuditEvent> logged = audit::append(m_store, e); !logged)
            return logged.error();
        return {};
    });
    return done;
}

Result<Caller> Accounts::authenticate(const QString &token, const QString &remoteAddress)
{
    const qint64 now = m_store.clock().nowMs();
    const Policy &policy = m_store.policy();
    Result<Query> q = m_store.exec(
        QStringLiteral("SELECT s.id, s.last_seen_at, s.expires_at, s.ended_at, u.id, u.username, "
                       "u.roles, u.status, u.departure_at "
                       "FROM sessions s JOIN users u ON u.id = s.user_id WHERE s.token_hash = ?"),
        {tokenHash(token)});
    if (!q)
        return q.error();
    if (!q->next())
        return makeError(ErrorCode::Unauthorized,
                         QStringLiteral("not signed in: the session token is unknown"));
    const qint64 sessionId = q->value(0).toLongLong();
    const qint64 lastSeen = q->value(1).toLongLong();
    const qint64 expiresAt = q->value(2).toLongLong();
    const bool ended = !q->value(3).isNull();
    Caller caller;
    caller.sessionId = sessionId;
    caller.userId = q->value(4).toLongLong();
    caller.username = q->value(5).toString();
    caller.roles = q->value(6).toString().split(QLatin1Char(','), Qt::SkipEmptyParts);
    const bool active = q->value(7).toString() == QLatin1String("active");
    const OptionalTime departureAt = service::optionalTime(q->value(8));
    q->finish();
    if (!active) {
        // A leaver's token still in use is worth an alert (offboarded_activity), so it is
        // audited with the account named.
        AuditEvent e;
        e.actorId = caller.userId;
        e.actor = caller.username;
        e.action = QStringLiteral("session.use");
        e.objectType = QStringLiteral("session");
        e.objectId = QString::number(sessionId);
        e.outcome = QStringLiteral("denied");
        e.detail = QStringLiteral("from=%1 offboarded account").arg(remoteAddress);
        if (Result<AuditEvent> logged = audit::record(m_store, e); !logged)
            return logged.error();
    }
    if (ended || !active)
        return makeError(ErrorCode::Unauthorized,
                         QStringLiteral("the session has ended: sign in again"));
    // Access ends at the departure time itself, whether or not the revocation job has run yet.
    // Grants are only ever used through a caller resolved here, so they give no access either.
    if (departureAt && now >= *departureAt)
        return makeError(ErrorCode::Unauthorized,
                         QStringLiteral("the account's access ended at its departure time"));
    if (now >= expiresAt || now - lastSeen >= qint64(policy.sessionIdleMinutes) * 60 * 1000)
        return makeError(ErrorCode::Unauthorized,
                         QStringLiteral("the session has expired: sign in again"));
    // Touch at most once a minute: idle expiry needs no finer grain, and it spares a write per
    // request.
    if (now - lastSeen >= 60 * 1000) {
        if (Result<Query> touched
            = m_store.exec(QStringLiteral("UPDATE sessions SET last_seen_at = ? WHERE id = ?"),
                           {now, sessionId});
            !touched)
            return touched.error();
    }
    caller.permissions = permissionsForRoles(caller.roles);
    return caller;
}

Result<void> Accounts::signOut(const Caller &caller)
{
    Result<void> done = m_store.transaction([&]() -> Result<void> {
        if (Result<Query> ended
            = m_store.exec(QStringLiteral("UPDATE sessions SET ended_at = ?, end_reason = 'logout' "
                                          "WHERE id = ? AND ended_at IS NULL"),
                           {m_store.clock().nowMs(), caller.sessionId});
            !ended)
            return ended.error();
        if (Result<AuditEvent> logged
            = audit::append(m_store,
                            eventBy(caller, QStringLiteral("session.end"),
                                    QStringLiteral("session"), QString::number(caller.sessionId)));
            !logged)
            return logged.error();
        return {};
    });
    return done;
}

Result<OffboardResult> Accounts::offboard(const Caller &actor, qint64 userId, const QString &reason,
                                          OptionalTime departureAt)
{
    if (userId == actor.userId)
        return makeError(ErrorCode::Conflict,
                         QStringLiteral("you cannot offboard your own account"));
    const qint64 now = m_store.clock().nowMs();
    // A departure typed as "now" arrives a moment later; older than that is a mistake.
    if (departureAt && *departureAt < now - kDepartureToleranceMs)
        return makeError(
            ErrorCode::InvalidInput,
            QStringLiteral("departure_at %1 is in the past: give the current time "
                           "or a future one")
                .arg(QDateTime::fromMSecsSinceEpoch(*departureAt, Qt::UTC).toString(Qt::ISODate)));
    const QString why
        = reason.trimmed().isEmpty() ? QStringLiteral("offboarded") : reason.trimmed();
    return m_store.transaction([&]() -> Result<OffboardResult> {
        Result<User> target = user(userId);
        if (!target)
            return target.error();
        if (target->status != QLatin1String("active"))
            return makeError(ErrorCode::Conflict,
                             QStringLiteral("%1 is already offboarded").arg(target->username));
        if (departureAt && *departureAt > now) {
            if (Result<Query> scheduled = m_store.exec(
                    QStringLiteral("UPDATE users SET departure_at = ?, departure_reason = ?, "
                                   "departure_scheduled_by = ? WHERE id = ?"),
                    {*departureAt, why, actor.username, userId});
                !scheduled)
                return scheduled.error();
            const QString iso
                = QDateTime::fromMSecsSinceEpoch(*departureAt, Qt::UTC).toString(Qt::ISODate);
            QString detail
                = QStringLiteral("username=%1 departure_at=%2").arg(target->username, iso);
            if (target->departureAt)
                detail += QStringLiteral(" previous_departure_at=%1")
                              .arg(QDateTime::fromMSecsSinceEpoch(*target->departureAt, Qt::UTC)
                                       .toString(Qt::ISODate));
            if (Result<AuditEvent> logged = audit::append(
                    m_store,
                    eventBy(actor, QStringLiteral("user.offboard_schedule"), QStringLiteral("user"),
                            QString::number(userId), detail, why));
                !logged)
                return logged.error();
            Result<User> updated = user(userId);
            if (!updated)
                return updated.error();
            OffboardResult result;
            result.user = updated.value();
            result.scheduled = true;
            return result;
        }
        return revokeAccess(actor, target.value(), why, now, now, QString());
    });
}

Result<OffboardResult> Accounts::revokeAccess(const Caller &actor, const User &target,
                                              const QString &why, qint64 departureAt, qint64 now,
                                              const QString &extraDetail)
{
    OffboardResult result;
    auto run = [&](const QString &sql, const QVariantList &args, int *count) -> Result<void> {
        Result<Query> q = m_store.exec(sql, args);
        if (!q)
            return q.error();
        if (count)
            *count = q->numRowsAffected();
        return {};
    };
    int offboarded = 0;
    struct Step
    {
        QString sql;
        QVariantList args;
        int *count;
    };
    const QList<Step> steps = {
        // Guarded by the status, so two instances racing for the same departure offboard once.
        {QStringLiteral("UPDATE users SET status = 'offboarded', offboarded_at = ?, departure_at = "
                        "?, access_revoked_at = ? WHERE id = ? AND status = 'active'"),
         {now, departureAt, now, target.id},
         &offboarded},
        {QStringLiteral("UPDATE grants SET revoked_at = ?, revoked_by = ?, revoke_reason = ? "
                        "WHERE user_id = ? AND revoked_at IS NULL AND expires_at > ?"),
         {now, service::nullableId(actor.userId), QString(QStringLiteral("offboarded: ") + why),
          target.id, now},
         &result.revokedGrants},
        {QStringLiteral("UPDATE sessions SET ended_at = ?, end_reason = 'offboarded' "
                        "WHERE user_id = ? AND ended_at IS NULL"),
         {now, target.id},
         &result.endedSessions},
        {QStringLiteral("UPDATE access_requests SET status = 'cancelled', decided_at = ?, "
                        "decided_by = ?, decision_comment = ? WHERE requester_id = ? AND "
                        "status = 'pending'"),
         {now, service::nullableId(actor.userId), QStringLiteral("cancelled: requester offboarded"),
          target.id},
         &result.cancelledRequests},
    };
    for (const auto &[sql, args, count] : steps) {
        if (Result<void> done = run(sql, args, count); !done)
            return done.error();
        if (count == &offboarded && offboarded == 0)
            return makeError(ErrorCode::Conflict,
                             QStringLiteral("%1 is already offboarded").arg(target.username));
    }
    // A leaver's approvals of requests still pending no longer count.
    if (Result<int> withdrawn
        = SeparationOfDuties(m_store).withdrawIneligibleApprovals(actor, target.id);
        !withdrawn)
        return withdrawn.error();
    if (Result<AuditEvent> logged
        = audit::append(m_store,
                        eventBy(actor, QStringLiteral("user.offboard"), QStringLiteral("user"),
                                QString::number(target.id),
                                QStringLiteral("username=%1 revoked_grants=%2 ended_sessions=%3 "
                                               "cancelled_requests=%4%5")
                                    .arg(target.username)
                                    .arg(result.revokedGrants)
                                    .arg(result.endedSessions)
                                    .arg(result.cancelledRequests)
                                    .arg(extraDetail),
                                why));
        !logged)
        return logged.error();
    Result<User> updated = user(target.id);
    if (!updated)
        return updated.error();
    result.user = updated.value();
    return result;
}

Result<std::optional<qint64>> Accounts::nextDeparture() const
{
    Result<Query> q
        = m_store.exec(QStringLiteral("SELECT MIN(departure_at) FROM users WHERE status = 'active' "
                                      "AND departure_at IS NOT NULL"));
    if (!q)
        return q.error();
    if (!q->next() || q->value(0).isNull())
        return std::optional<qint64>();
    return std::optional<qint64>(q->value(0).toLongLong());
}

Result<int> Accounts::completeDepartures()
{
    const qint64 now = m_store.clock().nowMs();
    Result<Query> q = m_store.exec(
        QStringLiteral("SELECT id, departure_reason, departure_scheduled_by FROM users WHERE "
                       "status = 'active' AND departure_at IS NOT NULL AND departure_at <= ? "
                       "ORDER BY departure_at, id LIMIT 100"),
        {now});
    if (!q)
        return q.error();
    struct Due
    {
        qint64 id;
        QString reason;
        QString scheduledBy;
    };
    QList<Due> due;
    while (q->next())
        due.append({q->value(0).toLongLong(), q->value(1).toString(), q->value(2).toString()});
    q->finish();
    Caller system;
    system.username = QStringLiteral("system");
    int done = 0;
    for (const Due &d : std::as_const(due)) {
        // One transaction per person: a failure for one does not hold back the others.
        Result<OffboardResult> offboarded = m_store.transaction([&]() -> Result<OffboardResult> {
            Result<User> target = user(d.id);
            if (!target)
                return target.error();
            if (target->status != QLatin1String("active") || !target->departureAt)
                return OffboardResult {};
            const qint64 departure = *target->departureAt;
            return revokeAccess(
                system, target.value(),
                d.reason.isEmpty() ? QStringLiteral("offboarded") : d.reason, departure, now,
                QStringLiteral(" scheduled_by=%1 departure_at=%2 delay_ms=%3")
                    .arg(d.scheduledBy,
                         QDateTime::fromMSecsSinceEpoch(departure, Qt::UTC).toString(Qt::ISODate))
                    .arg(now - departure));
        });
        if (!offboarded) {
            // Another instance got there first: nothing left to do for this person.
            if (offboarded.error().code == ErrorCode::Conflict)
                continue;
            return offboarded.error();
        }
        if (offboarded->user.id != 0)
            ++done;
    }
    return done;
}

} // namespace cc
