#include "Accounts.h"

#include "AccountSupport.h"
#include "Assets.h"
#include "SeparationOfDuties.h"
#include "crypto/PasswordHash.h"
#include "crypto/Totp.h"
#include "domain/PasswordRules.h"
#include "domain/Roles.h"
#include "store/RowType.h"
#include "store/Store.h"

#include <QRegularExpression>

namespace cc {

using accounts::isoTime;
using accounts::tokenHash;
using service::eventBy;

namespace {

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

Result<void> validateNewUser(const NewUser &u)
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
    if (update.designations)
        if (Result<void> valid = validateDesignations(*update.designations); !valid)
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
    if (update.manager)
        user.manager = update.manager->trimmed();
    if (update.designations) {
        // Kept in knownDesignations() order, as the store reads them back.
        user.designations.clear();
        for (const QString &designation : knownDesignations()) {
            if (update.designations->contains(designation))
                user.designations << designation;
        }
    }
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
    if (after.designations != before.designations)
        detail << QStringLiteral("designations=%1->%2")
                      .arg(before.designations.join(QLatin1Char(',')),
                           after.designations.join(QLatin1Char(',')));
    const struct
    {
        const char *name;
        QString before;
        QString after;
    } texts[] = {{"email", before.email, after.email},
                 {"display_name", before.displayName, after.displayName},
                 {"title", before.title, after.title},
                 {"manager", before.manager, after.manager}};
    bool any = roles.changed() || after.designations != before.designations;
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

} // namespace

Result<std::optional<Accounts::AccountRow>> Accounts::accountRow(const QString &nameKey,
                                                                 bool forUpdate) const
{
    Result<Query> q
        = m_store.exec(CredentialRow::select + QStringLiteral("WHERE username_key = ?")
                           + (forUpdate ? m_store.dialect().lockRowSuffix() : QString()),
                       {nameKey});
    if (!q)
        return q.error();
    if (!q->next())
        return std::optional<AccountRow>();
    AccountRow row = CredentialRow::read(*q);
    q->finish();
    return std::optional<AccountRow>(row);
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
            || after.displayName != before->displayName
            || after.manager.compare(before->manager, Qt::CaseInsensitive) != 0;
        const bool designationsChanged = after.designations != before->designations;
        if (Result<void> allowed = checkUpdate(actor, before.value(), after, roles); !allowed)
            return allowed.error();
        if (designationsChanged)
            if (Result<void> stored = storeDesignations(before.value(), after.designations);
                !stored)
                return stored.error();
        if (after.manager.compare(before->manager, Qt::CaseInsensitive) != 0)
            if (Result<void> stored = storeManager(before.value(), after.manager); !stored)
                return stored.error();
        if (roles.changed() || detailsChanged) {
            if (Result<Query> stored = m_store.exec(
                    QStringLiteral("UPDATE users SET roles = ?, title = ?, display_name = ?, "
                                   "email = ?, email_key = ? WHERE id = ?"),
                    {after.roles.join(QLatin1Char(',')), after.title, after.displayName,
                     after.email, after.email.toLower(), userId});
                !stored)
                return stored.error();
        }
        // A designation is a duty like a role: its change counts as one for separation of duties.
        const QList<std::pair<bool, AccountChange>> changes
            = {{roles.changed() || designationsChanged, AccountChange::Roles},
               {detailsChanged, AccountChange::Details}};
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
    if (after.designations != before.designations && actor.userId == before.id)
        return makeError(ErrorCode::Forbidden,
                         QStringLiteral("nobody changes their own designations: another "
                                        "administrator must do it"));
    for (const QString &designation : after.designations) {
        if (before.designations.contains(designation))
            continue;
        Result<std::optional<QVariant>> holder = rows::single(m_store.exec(
            QStringLiteral("SELECT u.username FROM user_designations d JOIN users u ON u.id = "
                           "d.user_id WHERE d.designation = ?"),
            {designation}));
        if (!holder)
            return holder.error();
        if (*holder)
            return makeError(ErrorCode::Conflict,
                             QStringLiteral("%1 is designated %2: take the designation from them "
                                            "first (each designation has one holder)")
                                 .arg((*holder)->toString(), designation));
    }
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

// Inside the caller's transaction: the table's key (the designation) makes a second holder a
// failed write even when two changes race past checkUpdate().
Result<void> Accounts::storeDesignations(const User &before, const QStringList &designations)
{
    const qint64 now = m_store.clock().nowMs();
    for (const QString &designation : before.designations) {
        if (designations.contains(designation))
            continue;
        if (Result<Query> removed = m_store.exec(
                QStringLiteral(
                    "DELETE FROM user_designations WHERE designation = ? AND user_id = ?"),
                {designation, before.id});
            !removed)
            return removed.error();
    }
    for (const QString &designation : designations) {
        if (before.designations.contains(designation))
            continue;
        if (Result<Query> added
            = m_store.exec(QStringLiteral("INSERT INTO user_designations (designation, user_id, "
                                          "designated_at) VALUES (?, ?, ?)"),
                           {designation, before.id, now});
            !added)
            return added.error();
    }
    return {};
}

// Inside the caller's transaction: the manager must be another active account.
Result<void> Accounts::storeManager(const User &before, const QString &manager)
{
    if (Result<Query> cleared
        = m_store.exec(QStringLiteral("DELETE FROM user_managers WHERE user_id = ?"), {before.id});
        !cleared)
        return cleared.error();
    if (manager.isEmpty())
        return {};
    Result<std::optional<QVariant>> managerId = rows::single(
        m_store.exec(QStringLiteral("SELECT id FROM users WHERE username_key = ? AND status = "
                                    "'active'"),
                     {manager.toLower()}));
    if (!managerId)
        return managerId.error();
    if (!*managerId)
        return makeError(ErrorCode::InvalidInput,
                         QStringLiteral("manager \"%1\" is not an active user").arg(manager));
    if ((*managerId)->toLongLong() == before.id)
        return makeError(
            ErrorCode::InvalidInput,
            QStringLiteral("manager: %1 cannot be their own manager").arg(before.username));
    if (Result<Query> set = m_store.exec(
            QStringLiteral("INSERT INTO user_managers (user_id, manager_id, set_at) VALUES (?, ?, "
                           "?)"),
            {before.id, (*managerId)->toLongLong(), m_store.clock().nowMs()});
        !set)
        return set.error();
    return {};
}

Result<bool> Accounts::isOnlyActiveHolder(const QString &role, qint64 userId) const
{
    Result<QVariantList> others = rows::column(m_store.exec(
        QStringLiteral("SELECT roles FROM users WHERE status = 'active' AND id <> ?"), {userId}));
    if (!others)
        return others.error();
    for (const QVariant &roles : std::as_const(*others)) {
        if (roles.toString().split(QLatin1Char(',')).contains(role))
            return false;
    }
    return true;
}

Result<User> Accounts::user(qint64 id) const
{
    Result<Query> q = m_store.exec(UserRow::select + QStringLiteral("WHERE id = ?"), {id});
    if (!q)
        return q.error();
    if (!q->next())
        return makeError(ErrorCode::NotFound, QStringLiteral("no user with id %1").arg(id));
    const User found = UserRow::read(*q);
    q->finish();
    return found;
}

Result<User> Accounts::userByUsername(const QString &username) const
{
    Result<Query> q = m_store.exec(UserRow::select + QStringLiteral("WHERE username_key = ?"),
                                   {username.toLower()});
    if (!q)
        return q.error();
    if (!q->next())
        return makeError(ErrorCode::NotFound,
                         QStringLiteral("no user with username \"%1\"").arg(username));
    const User found = UserRow::read(*q);
    q->finish();
    return found;
}

Result<Page<User>> Accounts::users(const Caller &actor, qint64 after, int limit)
{
    Result<Page<User>> page = service::readPage<User>(
        m_store.exec(UserRow::select + QStringLiteral("WHERE id > ? ORDER BY id LIMIT ?"),
                     {after, limit + 1}),
        limit, UserRow::read);
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

namespace {

// Inside the caller's transaction: the new row, or a conflict naming what is taken.
Result<qint64> insertUser(Store &store, const NewUser &u, const QString &passwordHash,
                          const QString &delivery, const QString &issuedBy)
{
    // Whether the name is what is taken (else the e-mail is).
    Result<std::optional<QVariant>> taken = rows::single(store.exec(
        QStringLiteral(
            "SELECT username_key = ? FROM users WHERE username_key = ? OR email_key = ?"),
        {u.username.toLower(), u.username.toLower(), u.email.toLower()}));
    if (!taken)
        return taken.error();
    if (*taken) {
        return makeError(
            ErrorCode::Conflict,
            (*taken)->toBool()
                ? QStringLiteral("username \"%1\" is taken (usernames are unique "
                                 "regardless of case)")
                      .arg(u.username)
                : QStringLiteral("e-mail \"%1\" belongs to another user").arg(u.email));
    }
    return rows::insertedId(store.exec(
        QStringLiteral("INSERT INTO users (username, username_key, email, email_key, display_name, "
                       "title, roles, status, password_hash, created_at, enrolment_delivery, "
                       "enrolment_issued_by) VALUES (?, ?, ?, ?, ?, ?, ?, 'active', ?, ?, ?, ?) "
                       "RETURNING id"),
        {u.username, u.username.toLower(), u.email, u.email.toLower(), u.displayName.trimmed(),
         u.title.trimmed(), u.roles.join(QLatin1Char(',')), passwordHash, store.clock().nowMs(),
         delivery, issuedBy}));
}

} // namespace

Result<CreatedUser> Accounts::addUser(const Caller &actor, const NewUser &newUser)
{
    if (Result<void> valid = validateNewUser(newUser); !valid)
        return valid.error();
    if (Result<void> strong = checkPassword(
            newUser.password, {newUser.username, newUser.email, newUser.displayName, {}},
            m_store.policy().passwordMinLength);
        !strong)
        return strong.error();
    Result<QString> passwordHash = crypto::hashPassword(newUser.password);
    if (!passwordHash)
        return passwordHash.error();
    QByteArray secret = crypto::totp::generateSecret();
    const crypto::WipeOnExit secretWiped(secret);
    if (secret.isEmpty())
        return makeError(ErrorCode::Internal, QStringLiteral("the random generator failed"));

    return m_store.transaction([&]() -> Result<CreatedUser> {
        Result<qint64> id
            = insertUser(m_store, newUser, *passwordHash, enrolment::Local, actor.username);
        if (!id)
            return id.error();
        if (Result<void> recorded
            = recordAccountChange(m_store, actor, *id, AccountChange::Created);
            !recorded)
            return recorded.error();
        if (Result<void> stored = storeTotpSecret(*id, secret); !stored)
            return stored.error();
        if (Result<AuditEvent> logged
            = audit::append(m_store,
                            eventBy(actor, QStringLiteral("user.create"), QStringLiteral("user"),
                                    QString::number(*id),
                                    QStringLiteral("username=%1 roles=%2 delivery=%3")
                                        .arg(newUser.username, newUser.roles.join(QLatin1Char(',')),
                                             enrolment::Local)));
            !logged)
            return logged.error();
        Result<User> created = user(*id);
        if (!created)
            return created.error();
        return CreatedUser {created.value(),
                            crypto::totp::provisioningUri(QStringLiteral("Compliance Console"),
                                                          newUser.username, secret),
                            secret};
    });
}

Result<EnrolmentCode> Accounts::invite(const Caller &actor, const NewUser &newUser)
{
    if (Result<void> valid = validateNewUser(newUser); !valid)
        return valid.error();
    if (!newUser.password.isEmpty())
        return makeError(ErrorCode::InvalidInput,
                         QStringLiteral("an invited account takes no password: the person "
                                        "chooses it when they enrol"));
    return m_store.transaction([&]() -> Result<EnrolmentCode> {
        Result<qint64> id = insertUser(m_store, newUser, QString(), QString(), actor.username);
        if (!id)
            return id.error();
        if (Result<void> recorded
            = recordAccountChange(m_store, actor, *id, AccountChange::Created);
            !recorded)
            return recorded.error();
        Result<User> created = user(*id);
        if (!created)
            return created.error();
        Result<EnrolmentCode> code = issueCode(actor, *created, enrolment::Enrol);
        if (!code)
            return code;
        if (Result<AuditEvent> logged = audit::append(
                m_store,
                eventBy(actor, QStringLiteral("user.create"), QStringLiteral("user"),
                        QString::number(*id),
                        QStringLiteral("username=%1 roles=%2 delivery=%3 expires_at=%4")
                            .arg(newUser.username, newUser.roles.join(QLatin1Char(',')),
                                 code->deliveredByEmail ? enrolment::ByEmail : enrolment::ByAdmin,
                                 isoTime(code->expiresAt))));
            !logged)
            return logged.error();
        return code;
    });
}

// ---- Sessions and offboarding ------------------------------------------------------------

namespace {

// A session with what authenticating a request with its token checks of the holder.
struct SessionRow
{
    enum Column {
        Id,
        LastSeenAt,
        ExpiresAt,
        EndedAt,
        UserId,
        Username,
        Roles,
        Status,
        DepartureAt,
        ColumnCount
    };
    static constexpr rows::Columns<ColumnCount> columns {{
        {Id, "s.id"},
        {LastSeenAt, "s.last_seen_at"},
        {ExpiresAt, "s.expires_at"},
        {EndedAt, "s.ended_at"},
        {UserId, "u.id"},
        {Username, "u.username"},
        {Roles, "u.roles"},
        {Status, "u.status"},
        {DepartureAt, "u.departure_at"},
    }};
    static_assert(rows::inOrder(columns));
    static inline const QString select = rows::select(
        columns, "FROM sessions s JOIN users u ON u.id = s.user_id WHERE s.token_hash = ?");

    qint64 id = 0;
    qint64 lastSeenAt = 0;
    qint64 expiresAt = 0;
    bool ended = false;
    bool active = false; // the holder is not offboarded
    OptionalTime departureAt;
    Caller caller; // without permissions

    static SessionRow read(const Query &q)
    {
        SessionRow s;
        s.id = q.value(Id).toLongLong();
        s.lastSeenAt = q.value(LastSeenAt).toLongLong();
        s.expiresAt = q.value(ExpiresAt).toLongLong();
        s.ended = !q.value(EndedAt).isNull();
        s.active = q.value(Status).toString() == QLatin1String("active");
        s.departureAt = service::optionalTime(q.value(DepartureAt));
        s.caller.sessionId = s.id;
        s.caller.userId = q.value(UserId).toLongLong();
        s.caller.username = q.value(Username).toString();
        s.caller.roles = q.value(Roles).toString().split(QLatin1Char(','), Qt::SkipEmptyParts);
        return s;
    }
};

// A departure whose time has come, with what its offboarding records.
struct DueDepartureRow
{
    enum Column { Id, Reason, ScheduledBy, ColumnCount };
    static constexpr rows::Columns<ColumnCount> columns {{
        {Id, "id"},
        {Reason, "departure_reason"},
        {ScheduledBy, "departure_scheduled_by"},
    }};
    static_assert(rows::inOrder(columns));
    static inline const QString select
        = rows::select(columns,
                       "FROM users WHERE status = 'active' AND departure_at IS NOT NULL AND "
                       "departure_at <= ? ORDER BY departure_at, id LIMIT 100");

    qint64 id = 0;
    QString reason;
    QString scheduledBy;

    static DueDepartureRow read(const Query &q)
    {
        return {q.value(Id).toLongLong(), q.value(Reason).toString(),
                q.value(ScheduledBy).toString()};
    }
};

} // namespace

Result<Caller> Accounts::authenticate(const QString &token, const QString &remoteAddress)
{
    const qint64 now = m_store.clock().nowMs();
    const Policy &policy = m_store.policy();
    Result<Query> q = m_store.exec(SessionRow::select, {tokenHash(token)});
    if (!q)
        return q.error();
    if (!q->next())
        return makeError(ErrorCode::Unauthorized,
                         QStringLiteral("not signed in: the session token is unknown"));
    const SessionRow session = SessionRow::read(*q);
    q->finish();
    if (!session.active) {
        // A leaver's token still in use is worth an alert (offboarded_activity), so it is
        // audited with the account named.
        AuditEvent e;
        e.actorId = session.caller.userId;
        e.actor = session.caller.username;
        e.action = QStringLiteral("session.use");
        e.objectType = QStringLiteral("session");
        e.objectId = QString::number(session.id);
        e.outcome = QStringLiteral("denied");
        e.detail = QStringLiteral("from=%1 offboarded account").arg(remoteAddress);
        if (Result<AuditEvent> logged = audit::record(m_store, e); !logged)
            return logged.error();
    }
    if (session.ended || !session.active)
        return makeError(ErrorCode::Unauthorized,
                         QStringLiteral("the session has ended: sign in again"));
    // Access ends at the departure time itself, whether or not the revocation job has run yet.
    // Grants are only ever used through a caller resolved here, so they give no access either.
    if (session.departureAt && now >= *session.departureAt)
        return makeError(ErrorCode::Unauthorized,
                         QStringLiteral("the account's access ended at its departure time"));
    if (now >= session.expiresAt
        || now - session.lastSeenAt >= qint64(policy.sessionIdleMinutes) * 60 * 1000)
        return makeError(ErrorCode::Unauthorized,
                         QStringLiteral("the session has expired: sign in again"));
    // Touch at most once a minute: idle expiry needs no finer grain, and it spares a write per
    // request.
    if (now - session.lastSeenAt >= 60 * 1000) {
        if (Result<Query> touched
            = m_store.exec(QStringLiteral("UPDATE sessions SET last_seen_at = ? WHERE id = ?"),
                           {now, session.id});
            !touched)
            return touched.error();
    }
    Caller caller = session.caller;
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
    Result<OffboardResult> result = endAccess(actor, target, why, departureAt, now);
    if (!result)
        return result;
    Result<QList<Asset>> flagged = Assets(m_store).flagForReassignment(target.id);
    if (!flagged)
        return flagged.error();
    result->assets = *flagged;
    if (Result<QList<CancelledRequest>> cancelled = cancelledBy(target.id, now); cancelled)
        result->requests = *cancelled;
    else
        return cancelled.error();
    // A leaver's approvals of requests still pending no longer count.
    if (Result<int> withdrawn
        = SeparationOfDuties(m_store).withdrawIneligibleApprovals(actor, target.id);
        !withdrawn)
        return withdrawn.error();
    if (Result<AuditEvent> logged = audit::append(
            m_store,
            eventBy(
                actor, QStringLiteral("user.offboard"), QStringLiteral("user"),
                QString::number(target.id),
                QStringLiteral("username=%1 revoked_grants=%2 ended_sessions=%3 "
                               "cancelled_requests=%4%5%6%7")
                    .arg(target.username)
                    .arg(result->revokedGrants)
                    .arg(result->endedSessions)
                    .arg(result->cancelledRequests)
                    .arg(result->assets.isEmpty()
                             ? QString()
                             : QStringLiteral(" assets_to_reassign=%1").arg(result->assets.size()),
                         extraDetail,
                         target.designations.isEmpty() ? QString()
                                                       : QStringLiteral(" released_designations=")
                                 + target.designations.join(QLatin1Char(','))),
                why));
        !logged)
        return logged.error();
    Result<User> updated = user(target.id);
    if (!updated)
        return updated.error();
    result->user = updated.value();
    return result;
}

namespace {

struct CancelledRequestRow
{
    enum Column { Id, Category, Client, ColumnCount };
    static constexpr rows::Columns<ColumnCount> columns {{
        {Id, "id"},
        {Category, "category"},
        {Client, "client"},
    }};
    static_assert(rows::inOrder(columns));
    static inline const QString select = rows::select(columns, "FROM access_requests ");

    static CancelledRequest read(const Query &q)
    {
        return {q.value(Id).toLongLong(), q.value(Category).toString(), q.value(Client).toString()};
    }
};

} // namespace

Result<QList<CancelledRequest>> Accounts::cancelledBy(qint64 requesterId, qint64 at) const
{
    Result<Query> q = m_store.exec(
        CancelledRequestRow::select
            + QStringLiteral("WHERE requester_id = ? AND status = 'cancelled' AND decided_at = ? "
                             "ORDER BY id"),
        {requesterId, at});
    if (!q)
        return q.error();
    QList<CancelledRequest> requests;
    while (q->next())
        requests.append(CancelledRequestRow::read(*q));
    return requests;
}

// Every statement of an offboarding, in order, counting what it ended.
Result<OffboardResult> Accounts::endAccess(const Caller &actor, const User &target,
                                           const QString &why, qint64 departureAt, qint64 now)
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
        // An outstanding enrolment code and every device token go with the access.
        {QStringLiteral("UPDATE users SET enrolment_code_hash = NULL, enrolment_password_hash = "
                        "NULL, enrolment_totp_secret = NULL WHERE id = ?"),
         {target.id},
         nullptr},
        {QStringLiteral("UPDATE device_tokens SET revoked_at = ? WHERE user_id = ? AND revoked_at "
                        "IS NULL"),
         {now, target.id},
         nullptr},
        // A leaver holds no designation: the next holder can be named at once.
        {QStringLiteral("DELETE FROM user_designations WHERE user_id = ?"), {target.id}, nullptr},
    };
    for (const auto &[sql, args, count] : steps) {
        if (Result<void> done = run(sql, args, count); !done)
            return done.error();
        if (count == &offboarded && offboarded == 0)
            return makeError(ErrorCode::Conflict,
                             QStringLiteral("%1 is already offboarded").arg(target.username));
    }
    return result;
}

Result<std::optional<qint64>> Accounts::nextDeparture() const
{
    Result<std::optional<QVariant>> next = rows::single(
        m_store.exec(QStringLiteral("SELECT MIN(departure_at) FROM users WHERE status = 'active' "
                                    "AND departure_at IS NOT NULL")));
    if (!next)
        return next.error();
    if (!*next || (*next)->isNull())
        return std::optional<qint64>();
    return std::optional<qint64>((*next)->toLongLong());
}

Result<int> Accounts::completeDepartures()
{
    const qint64 now = m_store.clock().nowMs();
    Result<QList<DueDepartureRow>> due = rows::readAll<DueDepartureRow>(
        m_store.exec(DueDepartureRow::select, {now}), DueDepartureRow::read);
    if (!due)
        return due.error();
    Caller system;
    system.username = QStringLiteral("system");
    int done = 0;
    for (const DueDepartureRow &d : std::as_const(*due)) {
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
