#pragma once

// Accounts: creating and changing users, signing in with password + TOTP, sessions, and
// offboarding. Every change is audited in the same transaction as the change, and every
// creation, change or credential reset is recorded for separation of duties
// (recordAccountChange in SeparationOfDuties.h).

#include "Result.h"
#include "domain/Types.h"

namespace cc {

class Store;

struct NewUser
{
    QString username;
    QString email;
    QString displayName;
    QString title;
    QStringList roles;
    QByteArray password;
};

// PATCH /users/{id}: a field left out stays as it is.
struct UserUpdate
{
    std::optional<QStringList> roles;
    std::optional<QString> title;
    std::optional<QString> displayName;
    std::optional<QString> email;
};

struct CreatedUser
{
    User user;
    QString totpUri; // otpauth://totp/... for the authenticator app; shown once
    QByteArray totpSecret;
};

struct Session
{
    QString token; // returned once; only its hash is stored
    qint64 expiresAt = 0;
    User user;
    QSet<QString> permissions;
};

struct OffboardResult
{
    User user;
    int revokedGrants = 0;
    int endedSessions = 0;
    int cancelledRequests = 0;
    bool scheduled = false; // a future departure was recorded; nothing is revoked yet
};

class Accounts
{
public:
    explicit Accounts(Store &store)
        : m_store(store)
    { }

    Result<CreatedUser> addUser(const Caller &actor, const NewUser &newUser);
    // Roles, title, display name and e-mail, validated as on creation; audited with the values
    // before and after. Nobody changes their own roles, and admin or compliance_officer is not
    // taken from its only active holder.
    Result<User> updateUser(const Caller &actor, qint64 userId, const UserUpdate &update);
    Result<User> user(qint64 id) const;
    // Whether userId is the only active account holding role (inside the caller's transaction).
    Result<bool> isOnlyActiveHolder(const QString &role, qint64 userId) const;

    struct RoleChange
    {
        QStringList added;
        QStringList removed;
        bool changed() const { return !added.isEmpty() || !removed.isEmpty(); }
    };
    Result<Page<User>> users(const Caller &actor, qint64 after, int limit);

    // Checks password and a one-time TOTP code; counts failures and locks the account after
    // the policy's threshold. Every attempt is audited.
    Result<Session> signIn(const QString &username, const QByteArray &password, const QString &code,
                           const QString &remoteAddress);
    // Resolves a bearer token to its caller, enforcing idle and absolute expiry. A token of an
    // offboarded account is refused and audited (session.use) with the address it came from.
    Result<Caller> authenticate(const QString &token, const QString &remoteAddress = {});
    Result<void> signOut(const Caller &caller);

    // For a lost authenticator: a new secret, enrolment cleared until the next sign-in with a
    // code, and every session of the user ended.
    Result<CreatedUser> resetTotp(const Caller &actor, qint64 userId);

    // A departure "now" may be this much in the past when it reaches the server.
    static constexpr qint64 kDepartureToleranceMs = 60 * 1000;

    // Revokes every grant, ends every session and cancels pending requests, all in one
    // transaction — now, or at departureAt when that is in the future: from then on the
    // account's tokens and sign-ins are refused, and completeDepartures() revokes everything.
    Result<OffboardResult> offboard(const Caller &actor, qint64 userId, const QString &reason,
                                    OptionalTime departureAt = std::nullopt);
    // The earliest departure still to carry out, for the server's timer.
    Result<std::optional<qint64>> nextDeparture() const;
    // Background job (and the departure timer): offboards everyone whose departure time has
    // come. Idempotent, safe on several instances at once. Returns how many it offboarded.
    Result<int> completeDepartures();

private:
    // The rules a valid change must still meet against the stored account and the others.
    Result<void> checkUpdate(const Caller &actor, const User &before, const User &after,
                             const RoleChange &roles) const;
    // Inside the caller's transaction: the offboarding itself.
    Result<OffboardResult> revokeAccess(const Caller &actor, const User &target, const QString &why,
                                        qint64 departureAt, qint64 now, const QString &extraDetail);
    Result<void> storeTotpSecret(qint64 userId, const QByteArray &secret);
    Result<void> recordFailedSignIn(const std::optional<User> &user, qint64 failures,
                                    const QString &detail);
    Store &m_store;
};

} // namespace cc
