#include "Accounts.h"

#include "Outbox.h"
#include "SeparationOfDuties.h"
#include "ServiceSupport.h"
#include "crypto/Aes256Gcm.h"
#include "crypto/Crypto.h"
#include "crypto/PasswordHash.h"
#include "crypto/Totp.h"
#include "domain/AssetRules.h"
#include "domain/PasswordRules.h"
#include "domain/Roles.h"
#include "store/Store.h"

#include <memory>

#include <QRegularExpression>

namespace cc {

using service::eventBy;

namespace {

const QString kUserColumns = QStringLiteral(
    "id, username, email, display_name, title, roles, status, totp_enrolled_at, created_at, "
    "offboarded_at, departure_at, access_revoked_at, enrolment_code_hash, enrolment_used_at, "
    "enrolment_purpose, enrolment_expires_at, enrolment_delivery, enrolment_issued_by, "
    "credentials_reset_at, locked_until");
constexpr int kUserColumnCount = 20;

User userFromRow(const Query &q)
{
    User u;
    u.id = q.value(0).toLongLong();
    u.username = q.value(1).toString();
    u.email = q.value(2).toString();
    u.displayName = q.value(3).toString();
    u.title = q.value(4).toString();
    u.roles = q.value(5).toString().split(QLatin1Char(','), Qt::SkipEmptyParts);
    u.status = q.value(6).toString();
    u.totpEnrolled = !q.value(7).isNull();
    u.createdAt = q.value(8).toLongLong();
    u.offboardedAt = service::optionalTime(q.value(9));
    u.departureAt = service::optionalTime(q.value(10));
    u.accessRevokedAt = service::optionalTime(q.value(11));
    const bool outstanding = !q.value(12).isNull() && q.value(13).isNull();
    u.enrolmentPending = outstanding ? q.value(14).toString() : QString();
    u.enrolmentExpiresAt = outstanding ? service::optionalTime(q.value(15)) : OptionalTime();
    u.enrolmentDelivery = q.value(16).toString();
    u.enrolmentIssuedBy = q.value(17).toString();
    u.credentialsResetAt = service::optionalTime(q.value(18));
    u.lockedUntil = service::optionalTime(q.value(19));
    return u;
}

// What a sign-in, an enrolment or a password change reads besides the User.
const QString kSecretColumns = QStringLiteral(
    "password_hash, totp_secret, totp_last_step, enrolment_code_hash, enrolment_used_at, "
    "enrolment_purpose, enrolment_expires_at, enrolment_password_hash, enrolment_totp_secret");

QByteArray totpAad(qint64 userId)
{
    return crypto::fieldAad(QStringLiteral("users"), QStringLiteral("totp_secret"), userId);
}

// The secret made at the start of an enrolment, until its finish proves it.
QByteArray pendingTotpAad(qint64 userId)
{
    return crypto::fieldAad(QStringLiteral("users"), QStringLiteral("enrolment_totp_secret"),
                            userId);
}

QString sha256Hex(const QString &text)
{
    return QString::fromLatin1(crypto::sha256(text.toUtf8()).toHex());
}

QString tokenHash(const QString &token)
{
    return QString::fromLatin1(crypto::sha256(token.toLatin1()).toHex());
}

QString newToken()
{
    const QByteArray bytes = crypto::randomBytes(32);
    if (bytes.size() != 32)
        return {};
    return QString::fromLatin1(
        bytes.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
}

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

// As typed: any case, with or without the dashes and spaces.
QString enrolmentCodeHash(const QString &typed)
{
    QString normal;
    for (const QChar c : typed) {
        if (c != QLatin1Char('-') && !c.isSpace())
            normal += c.toUpper();
    }
    return sha256Hex(normal);
}

// Owns a copy of a password for work on another thread, and wipes it however that ends (run,
// or dropped unrun when the pool is full).
std::shared_ptr<QByteArray> sharedSecret(const QByteArray &secret)
{
    // A deep copy: one that shared the caller's buffer could not be overwritten.
    return std::shared_ptr<QByteArray>(new QByteArray(secret.constData(), secret.size()),
                                       [](QByteArray *bytes) {
                                           crypto::wipe(*bytes);
                                           delete bytes;
                                       });
}

// Verifying against it costs what verifying a real password does: for unknown usernames,
// accounts without a password yet, and offboarded ones, so timing tells none of them apart.
const QString &dummyHash()
{
    static const QString hash = crypto::hashPassword("timing-equaliser").value();
    return hash;
}

QString utcMinute(qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC).toString(QStringLiteral("yyyy-MM-dd HH:mm"));
}

QString isoTime(qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC).toString(Qt::ISODate);
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
const QString kCodeMismatch
    = QStringLiteral("the username and enrolment code do not match: check both, or ask an "
                     "administrator for a new code");

} // namespace

struct Accounts::AccountRow
{
    User user;
    QString passwordHash;
    QByteArray sealedTotp;
    qint64 lastStep = 0;
    QString codeHash; // of the latest code, kept once used so a reuse can be told
    OptionalTime codeUsedAt;
    QString purpose;
    OptionalTime codeExpiresAt;
    QString pendingPasswordHash;
    QByteArray sealedPendingTotp;

    bool active(qint64 now) const
    {
        return user.status == QLatin1String("active")
            && !(user.departureAt && *user.departureAt <= now);
    }
    bool codeMatches(const QString &typed) const
    {
        return !codeHash.isEmpty()
            && crypto::constantTimeEquals(codeHash.toLatin1(), enrolmentCodeHash(typed).toLatin1());
    }
};

Result<std::optional<Accounts::AccountRow>> Accounts::accountRow(const QString &nameKey,
                                                                 bool forUpdate) const
{
    Result<Query> q
        = m_store.exec(QStringLiteral("SELECT %1, %2 FROM users WHERE username_key = ?%3")
                           .arg(kUserColumns, kSecretColumns,
                                forUpdate ? m_store.dialect().lockRowSuffix() : QString()),
                       {nameKey});
    if (!q)
        return q.error();
    if (!q->next())
        return std::optional<AccountRow>();
    AccountRow row;
    row.user = userFromRow(*q);
    const int c = kUserColumnCount;
    row.passwordHash = q->value(c).toString();
    row.sealedTotp = q->value(c + 1).toByteArray();
    row.lastStep = q->value(c + 2).toLongLong();
    row.codeHash = q->value(c + 3).toString();
    row.codeUsedAt = service::optionalTime(q->value(c + 4));
    row.purpose = q->value(c + 5).toString();
    row.codeExpiresAt = service::optionalTime(q->value(c + 6));
    row.pendingPasswordHash = q->value(c + 7).toString();
    row.sealedPendingTotp = q->value(c + 8).toByteArray();
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

Result<User> Accounts::userByUsername(const QString &username) const
{
    Result<Query> q = m_store.exec(
        QStringLiteral("SELECT %1 FROM users WHERE username_key = ?").arg(kUserColumns),
        {username.toLower()});
    if (!q)
        return q.error();
    if (!q->next())
        return makeError(ErrorCode::NotFound,
                         QStringLiteral("no user with username \"%1\"").arg(username));
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

namespace {

// Inside the caller's transaction: the new row, or a conflict naming what is taken.
Result<qint64> insertUser(Store &store, const NewUser &u, const QString &passwordHash,
                          const QString &delivery, const QString &issuedBy)
{
    Result<Query> taken = store.exec(
        QStringLiteral("SELECT username_key = ?, email_key = ? FROM users WHERE "
                       "username_key = ? OR email_key = ?"),
        {u.username.toLower(), u.email.toLower(), u.username.toLower(), u.email.toLower()});
    if (!taken)
        return taken.error();
    if (taken->next()) {
        return makeError(
            ErrorCode::Conflict,
            taken->value(0).toBool()
                ? QStringLiteral("username \"%1\" is taken (usernames are unique "
                                 "regardless of case)")
                      .arg(u.username)
                : QStringLiteral("e-mail \"%1\" belongs to another user").arg(u.email));
    }
    taken->finish();
    Result<Query> inserted = store.exec(
        QStringLiteral("INSERT INTO users (username, username_key, email, email_key, display_name, "
                       "title, roles, status, password_hash, created_at, enrolment_delivery, "
                       "enrolment_issued_by) VALUES (?, ?, ?, ?, ?, ?, ?, 'active', ?, ?, ?, ?) "
                       "RETURNING id"),
        {u.username, u.username.toLower(), u.email, u.email.toLower(), u.displayName.trimmed(),
         u.title.trimmed(), u.roles.join(QLatin1Char(',')), passwordHash, store.clock().nowMs(),
         delivery, issuedBy});
    if (!inserted)
        return inserted.error();
    if (!inserted->next())
        return makeError(ErrorCode::Internal, QStringLiteral("the new user has no id"));
    const qint64 id = inserted->value(0).toLongLong();
    inserted->finish();
    return id;
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

// ---- Lockout -------------------------------------------------------------------------------

namespace {

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
        Result<Query> q = m_store.exec(
            QStringLiteral("SELECT id FROM device_tokens WHERE token_hash = ? AND user_id = ? AND "
                           "revoked_at IS NULL AND last_used_at > ?"),
            {tokenHash(deviceToken), userId, usedSince});
        if (!q)
            return q.error();
        if (q->next())
            return Counter {Counter::Device, q->value(0).toLongLong(), userId, nameKey};
    }
    return Counter {Counter::Account, userId, userId, nameKey};
}

Result<OptionalTime> Accounts::lockedUntil(const Counter &counter, bool forUpdate) const
{
    const CounterTable t = counterTable(counter);
    Result<Query> q = m_store.exec(
        QStringLiteral("SELECT locked_until FROM %1 WHERE %2 = ?%3")
            .arg(t.table, t.key, forUpdate ? m_store.dialect().lockRowSuffix() : QString()),
        {counterKey(counter)});
    if (!q)
        return q.error();
    if (!q->next() || q->value(0).isNull() || q->value(0).toLongLong() <= m_store.clock().nowMs())
        return OptionalTime();
    return OptionalTime(q->value(0).toLongLong());
}

Result<OptionalTime> Accounts::countFailure(const Counter &counter, const QString &address)
{
    const Policy &policy = m_store.policy();
    const qint64 now = m_store.clock().nowMs();
    const CounterTable t = counterTable(counter);
    Result<Query> counted = m_store.exec(
        QStringLiteral("UPDATE %1 SET %3 = %3 + 1%4 WHERE %2 = ? RETURNING %3")
            .arg(t.table, t.key, t.count,
                 counter.kind == Counter::UnknownName ? QStringLiteral(", last_failure_at = ?")
                                                      : QString()),
        counter.kind == Counter::UnknownName ? QVariantList {now, counter.nameKey}
                                             : QVariantList {counter.id});
    if (!counted)
        return counted.error();
    qint64 failures = counted->next() ? counted->value(0).toLongLong() : 0;
    counted->finish();
    if (failures == 0) {
        // A name not counted yet. The table stays bounded: when full, the name whose last
        // failure is oldest makes room, unlocked ones first.
        Result<Query> size = m_store.exec(QStringLiteral("SELECT COUNT(*) FROM sign_in_guesses"));
        if (!size)
            return size.error();
        const qint64 rows = size->next() ? size->value(0).toLongLong() : 0;
        size->finish();
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
            {counter.nameKey, now});
        if (!inserted)
            return inserted.error();
        if (inserted->numRowsAffected() > 0) {
            failures = 1;
        } else {
            Result<Query> again = m_store.exec(
                QStringLiteral("UPDATE sign_in_guesses SET failures = failures + 1, "
                               "last_failure_at = ? WHERE name_key = ? RETURNING failures"),
                {now, counter.nameKey});
            if (!again)
                return again.error();
            failures = again->next() ? again->value(0).toLongLong() : 1;
        }
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
                 QStringLiteral("locked:%1:%2:%3").arg(userId).arg(device).arg(until), userId,
                 std::nullopt, owner->email, title, body, {}});
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
    auto password = sharedSecret(attempt.password);
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
    const QString nameKey = attempt.username.toLower();
    QString from = QStringLiteral("from=%1").arg(attempt.remoteAddress);
    if (counter.kind == Counter::Device)
        from += QStringLiteral(" device_token=%1").arg(counter.id);
    // A refusal commits what it records (the failure, the audit event); the caller gets it
    // once the transaction is through.
    std::optional<Error> refusal;
    Result<Session> done = m_store.transaction([&]() -> Result<Session> {
        // Other requests ran while the password was checked: read again, under a row lock.
        Result<std::optional<AccountRow>> row = accountRow(nameKey, true);
        if (!row)
            return row.error();
        Result<OptionalTime> locked = lockedUntil(counter, true);
        if (!locked)
            return locked.error();
        if (*locked) {
            refusal = lockedError(**locked);
            if (Result<void> a
                = auditAttempt(QStringLiteral("session.create"), *row, attempt.username,
                               QStringLiteral("denied"), from + QStringLiteral(" account locked"));
                !a)
                return a.error();
            return Session {};
        }
        const auto fail = [&](const QString &why) -> Result<Session> {
            refusal = makeError(ErrorCode::Unauthorized, kBadCredentials);
            Result<OptionalTime> lockedNow = countFailure(counter, attempt.remoteAddress);
            if (!lockedNow)
                return lockedNow.error();
            QString detail = from + QLatin1Char(' ') + why;
            if (*lockedNow)
                detail += QStringLiteral("; account locked for %1 minutes")
                              .arg(m_store.policy().lockoutMinutes);
            if (Result<void> a = auditAttempt(QStringLiteral("session.create"), *row,
                                              attempt.username, QStringLiteral("failure"), detail);
                !a)
                return a.error();
            return Session {};
        };
        if (!*row)
            return fail(QStringLiteral("unknown username"));
        const AccountRow &account = **row;
        // Named, so monitoring can tell the people who offboarded them (offboarded_activity).
        if (account.user.status != QLatin1String("active"))
            return fail(QStringLiteral("offboarded account"));
        if (!account.active(now))
            return fail(QStringLiteral("departed account"));
        if (!passwordVerified || account.passwordHash != verifiedHash)
            return fail(account.passwordHash.isEmpty() ? QStringLiteral("not enrolled yet")
                                                       : QStringLiteral("wrong password"));
        if (account.user.credentialsResetAt)
            return fail(QStringLiteral("credentials reset pending"));
        Result<QByteArray> secret
            = m_store.keys().open(account.sealedTotp, totpAad(account.user.id));
        if (!secret)
            return makeError(ErrorCode::Internal,
                             QStringLiteral("the 2FA secret of %1 cannot be decrypted: %2")
                                 .arg(account.user.username, secret.error().message));
        // Wiped in the Result itself: a copy would share its buffer, and wiping a shared buffer
        // only lets go of it.
        const crypto::WipeOnExit secretWiped(*secret);
        const QByteArray &secretBytes = *secret;
        const std::optional<qint64> step = crypto::totp::matchingStep(
            secretBytes, attempt.totp.trimmed(), now / 1000, m_store.policy().totpWindowSteps);
        if (!step)
            return fail(QStringLiteral("wrong code"));
        // Claimed with a guard, so one code opens one session even when two sign-ins with it
        // race (on one server or two). A replay answers like a wrong code.
        Result<Query> claimed = m_store.exec(
            QStringLiteral("UPDATE users SET totp_last_step = ?, totp_enrolled_at = "
                           "COALESCE(totp_enrolled_at, ?) WHERE id = ? AND totp_last_step < ?"),
            {*step, now, account.user.id, *step});
        if (!claimed)
            return claimed.error();
        if (claimed->numRowsAffected() == 0)
            return fail(QStringLiteral("code replayed"));
        if (Result<void> cleared = clearFailures(counter); !cleared)
            return cleared.error();
        return openSession(account.user, counter.kind == Counter::Device ? counter.id : 0,
                           attempt.deviceToken, attempt.remoteAddress, from);
    });
    if (!done)
        return done.error();
    if (refusal)
        return *refusal;
    return done;
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
        session.deviceToken = newToken();
        if (session.deviceToken.isEmpty())
            return makeError(ErrorCode::Internal, QStringLiteral("the random generator failed"));
        Result<Query> made = m_store.exec(
            QStringLiteral("INSERT INTO device_tokens (user_id, token_hash, created_at, "
                           "last_used_at) VALUES (?, ?, ?, ?) RETURNING id"),
            {account.id, tokenHash(session.deviceToken), now, now});
        if (!made)
            return made.error();
        if (!made->next())
            return makeError(ErrorCode::Internal, QStringLiteral("the device token has no id"));
        deviceTokenId = made->value(0).toLongLong();
        made->finish();
        // A console each, not without end: the oldest beyond the bound go.
        if (Result<Query> trimmed = m_store.exec(
                QStringLiteral("UPDATE device_tokens SET revoked_at = ? WHERE user_id = ? AND "
                               "revoked_at IS NULL AND id NOT IN (SELECT id FROM device_tokens "
                               "WHERE user_id = ? AND revoked_at IS NULL ORDER BY id DESC LIMIT "
                               "?)"),
                {now, account.id, account.id, kMaxDeviceTokens});
            !trimmed)
            return trimmed.error();
    }
    Result<Query> inserted = m_store.exec(
        QStringLiteral("INSERT INTO sessions (token_hash, user_id, created_at, last_seen_at, "
                       "expires_at, remote_address, device_token_id) VALUES (?, ?, ?, ?, ?, ?, ?) "
                       "RETURNING id"),
        {tokenHash(session.token), account.id, now, now, session.expiresAt, remoteAddress,
         deviceTokenId});
    if (!inserted)
        return inserted.error();
    if (!inserted->next())
        return makeError(ErrorCode::Internal, QStringLiteral("the new session has no id"));
    const qint64 sessionId = inserted->value(0).toLongLong();
    inserted->finish();
    AuditEvent e;
    e.actorId = account.id;
    e.actor = account.username;
    e.action = QStringLiteral("session.create");
    e.objectType = QStringLiteral("session");
    e.objectId = QString::number(sessionId);
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

// ---- Enrolment -----------------------------------------------------------------------------

namespace {

// The Argon2id hashes a new password may not match, newest first: the current one and the
// ones before it, up to the policy's password_history in all.
Result<QStringList> previousHashes(const Store &store, qint64 userId, const QString &current)
{
    QStringList hashes;
    if (!current.isEmpty())
        hashes << current;
    Result<Query> q = store.exec(QStringLiteral("SELECT password_hash FROM password_history "
                                                "WHERE user_id = ? ORDER BY id DESC LIMIT ?"),
                                 {userId, qMax(0, store.policy().passwordHistory - 1)});
    if (!q)
        return q.error();
    while (q->next())
        hashes << q->value(0).toString();
    return hashes;
}

} // namespace

Staged<QString> Accounts::startEnrolment(const EnrolmentStart &start)
{
    const QString nameKey = start.username.toLower();
    const qint64 now = m_store.clock().nowMs();
    const QString from = QStringLiteral("from=%1").arg(start.remoteAddress);
    Result<std::optional<AccountRow>> row = accountRow(nameKey, false);
    if (!row)
        return row.error();
    Result<Counter> counter = counterFor(*row, nameKey, QString());
    if (!counter)
        return counter.error();
    Result<OptionalTime> locked = lockedUntil(*counter, false);
    if (!locked)
        return locked.error();
    Store *store = &m_store;
    const EnrolmentStart rest {start.username, start.code, {}, start.remoteAddress};
    // Refused before any password work: the code is what is checked first.
    const auto refuse
        = [&](const Error &error, const QString &outcome, const QString &why) -> Staged<QString> {
        Result<void> recorded = m_store.transaction([&]() -> Result<void> {
            QString detail = from + QLatin1Char(' ') + why;
            if (error.code != ErrorCode::Locked) {
                Result<OptionalTime> lockedNow = countFailure(*counter, start.remoteAddress);
                if (!lockedNow)
                    return lockedNow.error();
                if (*lockedNow)
                    detail += QStringLiteral("; account locked for %1 minutes")
                                  .arg(m_store.policy().lockoutMinutes);
            }
            return auditAttempt(QStringLiteral("enrolment.start"), *row, start.username, outcome,
                                detail);
        });
        if (!recorded)
            return recorded.error();
        return error;
    };
    if (*locked)
        return refuse(lockedError(**locked), QStringLiteral("denied"),
                      QStringLiteral("account locked"));
    if (!*row || !(*row)->active(now) || !(*row)->codeMatches(start.code))
        return refuse(makeError(ErrorCode::Unauthorized, kCodeMismatch), QStringLiteral("failure"),
                      QStringLiteral("no matching enrolment code"));
    const AccountRow &account = **row;
    if (account.codeUsedAt)
        return refuse(makeError(ErrorCode::Conflict,
                                QStringLiteral("this enrolment code was already used at %1 UTC: "
                                               "ask an administrator for a new one")
                                    .arg(utcMinute(*account.codeUsedAt))),
                      QStringLiteral("failure"), QStringLiteral("enrolment code used"));
    if (account.codeExpiresAt && *account.codeExpiresAt <= now)
        return refuse(makeError(ErrorCode::Conflict,
                                QStringLiteral("this enrolment code expired at %1 UTC: ask an "
                                               "administrator for a new one")
                                    .arg(utcMinute(*account.codeExpiresAt))),
                      QStringLiteral("failure"), QStringLiteral("enrolment code expired"));

    struct Outcome
    {
        bool currentVerified = false;
        Result<QString> newHash = makeError(ErrorCode::Internal, QStringLiteral("not computed"));
    };
    auto outcome = std::make_shared<Outcome>();
    auto password = sharedSecret(start.password);
    const Counter used = *counter;
    const QString codeHash = account.codeHash;
    if (account.purpose == enrolment::ResetTotp) {
        // The password the person still knows, so the code alone cannot take the account.
        const QString current = account.passwordHash;
        return Staged<QString>(
            [outcome, password, current] {
                outcome->currentVerified = crypto::verifyPassword(current, *password);
            },
            [store, outcome, rest, used, codeHash]() {
                return Accounts(*store).completeStart(rest, used, codeHash, outcome->newHash,
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
        [store, outcome, rest, used, codeHash]() {
            return Accounts(*store).completeStart(rest, used, codeHash, outcome->newHash, false);
        });
}

Result<QString> Accounts::completeStart(const EnrolmentStart &start, const Counter &counter,
                                        const QString &codeHash, const Result<QString> &newHash,
                                        bool currentVerified)
{
    const qint64 now = m_store.clock().nowMs();
    const QString from = QStringLiteral("from=%1").arg(start.remoteAddress);
    std::optional<Error> refusal;
    Result<QString> done = m_store.transaction([&]() -> Result<QString> {
        Result<std::optional<AccountRow>> row = accountRow(start.username.toLower(), true);
        if (!row)
            return row.error();
        const auto fail = [&](const Error &error, const QString &why) -> Result<QString> {
            refusal = error;
            QString detail = from + QLatin1Char(' ') + why;
            if (error.code != ErrorCode::Locked) {
                Result<OptionalTime> lockedNow = countFailure(counter, start.remoteAddress);
                if (!lockedNow)
                    return lockedNow.error();
                if (*lockedNow)
                    detail += QStringLiteral("; account locked for %1 minutes")
                                  .arg(m_store.policy().lockoutMinutes);
            }
            if (Result<void> a
                = auditAttempt(QStringLiteral("enrolment.start"), *row, start.username,
                               error.code == ErrorCode::Locked ? QStringLiteral("denied")
                                                               : QStringLiteral("failure"),
                               detail);
                !a)
                return a.error();
            return QString();
        };
        Result<OptionalTime> locked = lockedUntil(counter, true);
        if (!locked)
            return locked.error();
        if (*locked)
            return fail(lockedError(**locked), QStringLiteral("account locked"));
        // A new code, a use or an offboarding may have come in between.
        if (!*row || !(*row)->active(now) || (*row)->codeHash != codeHash || (*row)->codeUsedAt
            || ((*row)->codeExpiresAt && *(*row)->codeExpiresAt <= now))
            return fail(makeError(ErrorCode::Unauthorized, kCodeMismatch),
                        QStringLiteral("enrolment code changed"));
        const AccountRow &account = **row;
        const qint64 id = account.user.id;
        QString totpUri;
        if (account.purpose == enrolment::ResetTotp) {
            if (!currentVerified)
                return fail(makeError(ErrorCode::Unauthorized,
                                      QStringLiteral("the current password is wrong: after a "
                                                     "two-factor reset, enrol with the password "
                                                     "you already have")),
                            QStringLiteral("wrong current password"));
        } else {
            if (!newHash) {
                if (newHash.error().code != ErrorCode::InvalidInput)
                    return newHash.error();
                return fail(newHash.error(), QStringLiteral("password refused by the rules"));
            }
            if (Result<Query> kept = m_store.exec(
                    QStringLiteral("UPDATE users SET enrolment_password_hash = ? WHERE id = ?"),
                    {*newHash, id});
                !kept)
                return kept.error();
        }
        if (account.purpose != enrolment::ResetPassword) {
            QByteArray secret = crypto::totp::generateSecret();
            const crypto::WipeOnExit secretWiped(secret);
            if (secret.isEmpty())
                return makeError(ErrorCode::Internal,
                                 QStringLiteral("the random generator failed"));
            Result<QByteArray> sealed = m_store.keys().seal(secret, pendingTotpAad(id));
            if (!sealed)
                return sealed.error();
            if (Result<Query> kept = m_store.exec(
                    QStringLiteral("UPDATE users SET enrolment_totp_secret = ? WHERE id = ?"),
                    {*sealed, id});
                !kept)
                return kept.error();
            totpUri = crypto::totp::provisioningUri(QStringLiteral("Compliance Console"),
                                                    account.user.username, secret);
        }
        AuditEvent e;
        e.actorId = id;
        e.actor = account.user.username;
        e.action = QStringLiteral("enrolment.start");
        e.objectType = QStringLiteral("user");
        e.objectId = QString::number(id);
        e.detail = from + QStringLiteral(" purpose=") + account.purpose;
        if (Result<AuditEvent> logged = audit::append(m_store, e); !logged)
            return logged.error();
        return totpUri;
    });
    if (!done)
        return done.error();
    if (refusal)
        return *refusal;
    return done;
}

Result<Session> Accounts::finishEnrolment(const EnrolmentFinish &finish)
{
    const qint64 now = m_store.clock().nowMs();
    const QString nameKey = finish.username.toLower();
    const QString from = QStringLiteral("from=%1").arg(finish.remoteAddress);
    std::optional<Error> refusal;
    Result<Session> done = m_store.transaction([&]() -> Result<Session> {
        Result<std::optional<AccountRow>> row = accountRow(nameKey, true);
        if (!row)
            return row.error();
        Result<Counter> counter = counterFor(*row, nameKey, QString());
        if (!counter)
            return counter.error();
        const auto fail = [&](const Error &error, const QString &why) -> Result<Session> {
            refusal = error;
            QString detail = from + QLatin1Char(' ') + why;
            if (error.code != ErrorCode::Locked) {
                Result<OptionalTime> lockedNow = countFailure(*counter, finish.remoteAddress);
                if (!lockedNow)
                    return lockedNow.error();
                if (*lockedNow)
                    detail += QStringLiteral("; account locked for %1 minutes")
                                  .arg(m_store.policy().lockoutMinutes);
            }
            if (Result<void> a
                = auditAttempt(QStringLiteral("enrolment.finish"), *row, finish.username,
                               error.code == ErrorCode::Locked ? QStringLiteral("denied")
                                                               : QStringLiteral("failure"),
                               detail);
                !a)
                return a.error();
            return Session {};
        };
        Result<OptionalTime> locked = lockedUntil(*counter, true);
        if (!locked)
            return locked.error();
        if (*locked)
            return fail(lockedError(**locked), QStringLiteral("account locked"));
        if (!*row || !(*row)->active(now) || !(*row)->codeMatches(finish.code))
            return fail(makeError(ErrorCode::Unauthorized, kCodeMismatch),
                        QStringLiteral("no matching enrolment code"));
        const AccountRow &account = **row;
        const qint64 id = account.user.id;
        if (account.codeUsedAt)
            return fail(makeError(ErrorCode::Conflict,
                                  QStringLiteral("this enrolment code was already used at %1 UTC: "
                                                 "ask an administrator for a new one")
                                      .arg(utcMinute(*account.codeUsedAt))),
                        QStringLiteral("enrolment code used"));
        if (account.codeExpiresAt && *account.codeExpiresAt <= now)
            return fail(makeError(ErrorCode::Conflict,
                                  QStringLiteral("this enrolment code expired at %1 UTC: ask an "
                                                 "administrator for a new one")
                                      .arg(utcMinute(*account.codeExpiresAt))),
                        QStringLiteral("enrolment code expired"));
        const bool newSecret = account.purpose != enrolment::ResetPassword;
        if ((newSecret && account.sealedPendingTotp.isEmpty())
            || (account.purpose != enrolment::ResetTotp && account.pendingPasswordHash.isEmpty()))
            return fail(makeError(ErrorCode::Conflict,
                                  QStringLiteral("start the enrolment first (POST "
                                                 "/enrolment/start) with this code")),
                        QStringLiteral("enrolment not started"));
        // The new secret from the start, or, after a password reset, the one the person has.
        Result<QByteArray> secret = newSecret
            ? m_store.keys().open(account.sealedPendingTotp, pendingTotpAad(id))
            : m_store.keys().open(account.sealedTotp, totpAad(id));
        if (!secret)
            return makeError(ErrorCode::Internal,
                             QStringLiteral("the 2FA secret of %1 cannot be decrypted: %2")
                                 .arg(account.user.username, secret.error().message));
        // Wiped in the Result itself: a copy would share its buffer, and wiping a shared buffer
        // only lets go of it.
        const crypto::WipeOnExit secretWiped(*secret);
        const QByteArray &secretBytes = *secret;
        const std::optional<qint64> step = crypto::totp::matchingStep(
            secretBytes, finish.totp.trimmed(), now / 1000, m_store.policy().totpWindowSteps);
        if (!step || (!newSecret && *step <= account.lastStep))
            return fail(makeError(ErrorCode::Unauthorized,
                                  QStringLiteral("the code from the authenticator app is wrong "
                                                 "(or was used already): wait for the next one")),
                        QStringLiteral("wrong code"));
        if (!account.pendingPasswordHash.isEmpty()) {
            if (Result<void> replaced
                = replacePassword(id, account.passwordHash, account.pendingPasswordHash);
                !replaced)
                return replaced.error();
        }
        if (newSecret) {
            if (Result<void> stored = storeTotpSecret(id, secretBytes); !stored)
                return stored.error();
        }
        if (Result<Query> enrolled = m_store.exec(
                QStringLiteral("UPDATE users SET totp_last_step = ?, totp_enrolled_at = "
                               "COALESCE(totp_enrolled_at, ?), enrolment_used_at = ?, "
                               "enrolment_password_hash = NULL, enrolment_totp_secret = NULL, "
                               "credentials_reset_at = NULL WHERE id = ?"),
                {*step, now, now, id});
            !enrolled)
            return enrolled.error();
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
    if (!done)
        return done.error();
    if (refusal)
        return *refusal;
    return done;
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
    Result<Query> device = m_store.exec(
        QStringLiteral("SELECT device_token_id FROM sessions WHERE id = ?"), {caller.sessionId});
    if (!device)
        return device.error();
    const qint64 deviceTokenId = device->next() ? device->value(0).toLongLong() : 0;
    device->finish();
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
    std::optional<Error> refusal;
    Result<int> done = m_store.transaction([&]() -> Result<int> {
        Result<std::optional<AccountRow>> row = accountRow(counter.nameKey, true);
        if (!row)
            return row.error();
        if (!*row || !(*row)->active(now))
            return makeError(ErrorCode::Unauthorized,
                             QStringLiteral("the session has ended: sign in again"));
        const AccountRow &account = **row;
        const auto fail = [&](const QString &why) -> Result<int> {
            refusal = makeError(ErrorCode::Unauthorized,
                                QStringLiteral("the current password or the code is wrong"));
            Result<OptionalTime> lockedNow = countFailure(counter, change.remoteAddress);
            if (!lockedNow)
                return lockedNow.error();
            if (Result<AuditEvent> logged = audit::append(
                    m_store,
                    [&] {
                        AuditEvent e = eventBy(
                            caller, QStringLiteral("user.change_password"), QStringLiteral("user"),
                            QString::number(caller.userId), from + QLatin1Char(' ') + why);
                        e.outcome = QStringLiteral("failure");
                        return e;
                    }());
                !logged)
                return logged.error();
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
            return fail(QStringLiteral("wrong current password"));
        // The rules before the code, so a refused choice does not use up a code.
        if (!newHash) {
            if (newHash.error().code != ErrorCode::InvalidInput)
                return newHash.error();
            refusal = newHash.error(); // no guess: the current password was right
            return 0;
        }
        Result<QByteArray> secret = m_store.keys().open(account.sealedTotp, totpAad(caller.userId));
        if (!secret)
            return makeError(ErrorCode::Internal,
                             QStringLiteral("the 2FA secret of %1 cannot be decrypted: %2")
                                 .arg(account.user.username, secret.error().message));
        // Wiped in the Result itself: a copy would share its buffer, and wiping a shared buffer
        // only lets go of it.
        const crypto::WipeOnExit secretWiped(*secret);
        const QByteArray &secretBytes = *secret;
        const std::optional<qint64> step = crypto::totp::matchingStep(
            secretBytes, change.totp.trimmed(), now / 1000, m_store.policy().totpWindowSteps);
        if (!step)
            return fail(QStringLiteral("wrong code"));
        Result<Query> claimed = m_store.exec(
            QStringLiteral(
                "UPDATE users SET totp_last_step = ? WHERE id = ? AND totp_last_step < ?"),
            {*step, caller.userId, *step});
        if (!claimed)
            return claimed.error();
        if (claimed->numRowsAffected() == 0)
            return fail(QStringLiteral("code replayed"));
        if (Result<void> replaced = replacePassword(caller.userId, account.passwordHash, *newHash);
            !replaced)
            return replaced.error();
        Result<Query> ended = m_store.exec(
            QStringLiteral("UPDATE sessions SET ended_at = ?, end_reason = 'password changed' "
                           "WHERE user_id = ? AND id <> ? AND ended_at IS NULL"),
            {now, caller.userId, caller.sessionId});
        if (!ended)
            return ended.error();
        const int endedSessions = ended->numRowsAffected();
        Result<int> revoked
            = revokeDeviceTokens(caller.userId, counter.kind == Counter::Device ? counter.id : 0);
        if (!revoked)
            return revoked.error();
        if (Result<void> cleared = clearFailures(counter); !cleared)
            return cleared.error();
        if (Result<AuditEvent> logged
            = audit::append(m_store,
                            eventBy(caller, QStringLiteral("user.change_password"),
                                    QStringLiteral("user"), QString::number(caller.userId),
                                    QStringLiteral("%1 ended_sessions=%2 revoked_device_tokens=%3")
                                        .arg(from)
                                        .arg(endedSessions)
                                        .arg(*revoked)));
            !logged)
            return logged.error();
        return endedSessions;
    });
    if (!done)
        return done.error();
    if (refusal)
        return *refusal;
    return done;
}

// ---- Resets and unlocking ------------------------------------------------------------------

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
        const QString reason = purpose == enrolment::ResetTotp ? QStringLiteral("2fa reset")
                                                               : QStringLiteral("password reset");
        if (purpose != enrolment::Enrol) {
            if (Result<Query> suspended = m_store.exec(
                    QStringLiteral("UPDATE users SET credentials_reset_at = ? WHERE id = ?"),
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
        const QString title = purpose == enrolment::ResetTotp
            ? QStringLiteral("Your two-factor authentication was reset")
            : QStringLiteral("Your password was reset");
        const QString body
            = QStringLiteral("%1 reset it at %2 UTC. Your sessions ended and your grants are "
                             "suspended until you enrol again with the enrolment code (%3). If "
                             "you did not ask for this, tell your compliance officer.")
                  .arg(actor.username, utcMinute(now),
                       code->deliveredByEmail
                           ? QStringLiteral("sent to you by e-mail")
                           : QStringLiteral("handed over by %1").arg(actor.username));
        if (Result<Query> noted = m_store.exec(
                QStringLiteral("INSERT INTO notifications (user_id, kind, threshold, due_date, "
                               "day, title, body, created_at) VALUES (?, 'credential_reset', "
                               "'', '', ?, ?, ?, ?)"),
                {userId, isoDate(m_store.clock().now().toUTC().date()), title, body, now});
            !noted)
            return noted.error();
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

// ---- Sessions and offboarding ------------------------------------------------------------

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
        // An outstanding enrolment code and every device token go with the access.
        {QStringLiteral("UPDATE users SET enrolment_code_hash = NULL, enrolment_password_hash = "
                        "NULL, enrolment_totp_secret = NULL WHERE id = ?"),
         {target.id},
         nullptr},
        {QStringLiteral("UPDATE device_tokens SET revoked_at = ? WHERE user_id = ? AND revoked_at "
                        "IS NULL"),
         {now, target.id},
         nullptr},
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
