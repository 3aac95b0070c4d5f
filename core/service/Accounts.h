#pragma once

// Accounts: creating and changing users, enrolment with single-use codes, signing in with
// password + TOTP, device tokens and lockout, sessions, credential resets, and offboarding.
// Every change is audited in the same transaction as the change, and every creation, change or
// credential reset is recorded for separation of duties (recordAccountChange in
// SeparationOfDuties.h), with the Caller passed in as who did it.
//
// Credentials are set by the person only (docs/api.md, "Accounts and enrolment"): an account
// is created, or its password or authenticator reset, with an enrolment code; the person chooses
// a password and proves an authenticator with it. The code alone never takes over an account
// that has credentials: after a password reset the person proves the authenticator they still
// have, after a 2FA reset the password they still know.
//
// What costs CPU (Argon2id, the password dictionary) is returned as a Staged operation, so the
// server runs it off its event loop (Staged.h); compliancectl and tests call run().

#include "Result.h"
#include "Staged.h"
#include "domain/AssetRules.h"
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
    QByteArray password; // addUser() only: set on the store's own machine
};

// compliancectl user add --password-stdin: the account has a password and a TOTP secret at
// once, both for the person running it.
// PATCH /users/{id}: a field left out stays as it is.
struct UserUpdate
{
    std::optional<QStringList> roles;
    std::optional<QString> title;
    std::optional<QString> displayName;
    std::optional<QString> email;
    std::optional<QStringList> designations; // the whole set; [] takes every one away
    std::optional<QString> manager; // an active user's username; "" clears
};

struct CreatedUser
{
    User user;
    QString totpUri; // otpauth://totp/... for the authenticator app; shown once
    QByteArray totpSecret;
};

// A new account or a reset: the code that lets the person set their credentials.
struct EnrolmentCode
{
    User user;
    QString code; // empty when it was e-mailed to the person
    qint64 expiresAt = 0;
    bool deliveredByEmail = false;
};

struct SignInAttempt
{
    QString username;
    QByteArray password;
    QString totp;
    QString deviceToken; // from an earlier sign-in on this device; may be empty or stale
    QString remoteAddress;
};

struct Session
{
    QString token; // returned once; only its hash is stored
    qint64 expiresAt = 0;
    User user;
    QSet<QString> permissions;
    QString deviceToken; // the device's token for its next sign-ins (only its hash is stored)
};

struct EnrolmentStart
{
    QString username;
    QString code;
    // A new password for a new account or after a password reset; the current one after a 2FA
    // reset.
    QByteArray password;
    QString remoteAddress;
};

struct EnrolmentFinish
{
    QString username;
    QString code;
    QString totp;
    QString remoteAddress;
};

struct PasswordChange
{
    QByteArray currentPassword;
    QByteArray newPassword;
    QString totp;
    QString remoteAddress;
};

// An access request of the leaver's that offboarding cancelled.
struct CancelledRequest
{
    qint64 id = 0;
    QString category;
    QString client;
};

struct OffboardResult
{
    User user;
    int revokedGrants = 0;
    int endedSessions = 0;
    int cancelledRequests = 0;
    bool scheduled = false; // a future departure was recorded; nothing is revoked yet
    // What the leaver leaves behind: their active assets, now flagged for reassignment, and the
    // requests of theirs that were cancelled.
    QList<Asset> assets;
    QList<CancelledRequest> requests;
};

namespace enrolment {
// What an outstanding code lets its holder do.
inline const QString Enrol = QStringLiteral("enrol"); // no credentials yet
inline const QString ResetPassword = QStringLiteral("reset_password");
inline const QString ResetTotp = QStringLiteral("reset_2fa");
// How a code (or a password) reached the person.
inline const QString ByEmail = QStringLiteral("email");
inline const QString ByAdmin = QStringLiteral("admin"); // the issuer held it: recorded as such
inline const QString Local = QStringLiteral("local"); // compliancectl user add --password-stdin
} // namespace enrolment

class Accounts
{
public:
    explicit Accounts(Store &store)
        : m_store(store)
    { }

    // With a password and a printed TOTP secret: compliancectl user add --password-stdin (the
    // first administrator, automation on the store's machine) and the demo seed. The password
    // must pass the rules (domain/PasswordRules.h).
    Result<CreatedUser> addUser(const Caller &actor, const NewUser &newUser);
    // Without credentials: an enrolment code, e-mailed when SMTP is set, else for the actor to
    // hand over (recorded on the account as delivered by the admin).
    Result<EnrolmentCode> invite(const Caller &actor, const NewUser &newUser);
    Result<User> user(qint64 id) const;
    Result<User> userByUsername(const QString &username) const;
    // Roles, designations, title, display name and e-mail, validated as on creation; audited
    // with the values before and after. Nobody changes their own roles or designations, admin
    // or compliance_officer is not taken from its only active holder, and a designation held
    // by someone else is a conflict naming them.
    Result<User> updateUser(const Caller &actor, qint64 userId, const UserUpdate &update);
    // Whether userId is the only active account holding role (inside the caller's transaction).
    Result<bool> isOnlyActiveHolder(const QString &role, qint64 userId) const;

    struct RoleChange
    {
        QStringList added;
        QStringList removed;
        bool changed() const { return !added.isEmpty() || !removed.isEmpty(); }
    };
    Result<Page<User>> users(const Caller &actor, qint64 after, int limit);

    // Checks password and a one-time TOTP code. Failures count toward a lockout: the account's
    // own count, or, with a valid device token of the account, that token's (so guesses from
    // elsewhere cannot lock the owner's console out); unknown usernames are counted and locked
    // the same way under the name. Every attempt is audited.
    Staged<Session> signIn(const SignInAttempt &attempt);
    // Resolves a bearer token to its caller, enforcing idle and absolute expiry. A token of an
    // offboarded account is refused and audited (session.use) with the address it came from.
    Result<Caller> authenticate(const QString &token, const QString &remoteAddress = {});
    Result<void> signOut(const Caller &caller);

    // Enrolment with a code: start sets what the person chose (a new password, checked against
    // the rules, or proves the current one after a 2FA reset) and answers the otpauth:// URI of
    // a new TOTP secret (empty after a password reset: the person proves the authenticator
    // they have); finish proves a code from the authenticator, installs the credentials, uses
    // up the code and signs in. A username and code that do not match get one answer; every
    // failed attempt counts toward the lockout.
    Staged<QString> startEnrolment(const EnrolmentStart &start);
    Result<Session> finishEnrolment(const EnrolmentFinish &finish);

    // POST /me/password: the current password and a TOTP code, then the new password under
    // the rules; every other session of the account ends and its other device tokens are
    // revoked. Returns how many sessions ended.
    Staged<int> changePassword(const Caller &caller, const PasswordChange &change);

    // A fresh enrolment code (never a secret): every session ends, device tokens are revoked,
    // the grants are suspended until the person enrols again, the person is notified, and
    // monitoring raises credential_reset. After resetTotp the TOTP secret is gone.
    Result<EnrolmentCode> resetPassword(const Caller &actor, qint64 userId);
    Result<EnrolmentCode> resetTotp(const Caller &actor, qint64 userId);
    // Clears the account's lockouts: its own and those of its device tokens.
    Result<User> unlock(const Caller &actor, qint64 userId);

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

    // Distinct usernames that do not exist whose failures are counted at once (oldest and
    // unlocked ones make room first): a flood of made-up names cannot grow the store.
    static constexpr int kMaxCountedUnknownNames = 10000;
    // Device tokens kept per account (a console each); older ones are revoked.
    static constexpr int kMaxDeviceTokens = 20;

    // Where a failed attempt counts and which lock applies.
    struct Counter
    {
        enum Kind { Account, Device, UnknownName } kind = UnknownName;
        qint64 id = 0; // users.id or device_tokens.id
        qint64 userId = 0; // the account, 0 for an unknown name
        QString nameKey; // the username as given, lowered
    };
    struct AccountRow; // a user with what sign-ins and enrolment read (AccountSupport.h)
    struct Attempt; // who tries what (AccountSupport.h)
    struct Refusal; // the answer to a refused attempt, and why

private:
    // Users, sessions and offboarding (Accounts.cpp).
    Result<std::optional<AccountRow>> accountRow(const QString &nameKey, bool forUpdate) const;
    // The rules a valid change must still meet against the stored account and the others.
    Result<void> checkUpdate(const Caller &actor, const User &before, const User &after,
                             const RoleChange &roles) const;
    Result<void> storeDesignations(const User &before, const QStringList &designations);
    Result<void> storeManager(const User &before, const QString &manager);
    // Inside the caller's transaction: the offboarding itself, and the statements it runs.
    Result<OffboardResult> revokeAccess(const Caller &actor, const User &target, const QString &why,
                                        qint64 departureAt, qint64 now, const QString &extraDetail);
    // The leaver's access requests an offboarding at `at` cancelled.
    Result<QList<CancelledRequest>> cancelledBy(qint64 requesterId, qint64 at) const;
    Result<OffboardResult> endAccess(const Caller &actor, const User &target, const QString &why,
                                     qint64 departureAt, qint64 now);

    // Sign-ins and lockout (AccountSignIn.cpp).
    Result<Counter> counterFor(const std::optional<AccountRow> &row, const QString &nameKey,
                               const QString &deviceToken) const;
    Result<OptionalTime> lockedUntil(const Counter &counter, bool forUpdate) const;
    // Counts one failure; locks (and tells the owner) when it reaches the policy's threshold.
    // Returns the lock's end when this failure locked.
    Result<OptionalTime> countFailure(const Counter &counter, const QString &address);
    Result<qint64> countUnknownName(const QString &nameKey, qint64 now);
    Result<void> clearFailures(const Counter &counter);
    Result<void> notifyLocked(qint64 userId, qint64 until, const QString &address, bool device);
    // Inside the attempt's transaction: a failure counts toward the lockout (a refusal because
    // of the lock does not) and is audited, naming the lock when this failure set it.
    Result<void> recordRefusal(const Attempt &attempt, const std::optional<AccountRow> &row,
                               const Refusal &refusal);
    // Appends a session.create (or enrolment) failure naming the account when there is one.
    Result<void> auditAttempt(const QString &action, const std::optional<AccountRow> &row,
                              const QString &typedName, const QString &outcome,
                              const QString &detail);
    Error lockedError(qint64 until) const;
    Result<QByteArray> openTotpSecret(const AccountRow &account, const QByteArray &sealed,
                                      const QByteArray &aad) const;
    // Proves a code from the account's authenticator and claims its time step (on the first
    // use, the authenticator counts as enrolled). Returns why it proves nothing, or "".
    Result<QString> claimTotpStep(const AccountRow &account, const QString &code, qint64 now,
                                  bool firstUseEnrols);
    Result<Session> completeSignIn(const SignInAttempt &attempt, const Counter &counter,
                                   bool passwordVerified, const QString &verifiedHash);
    // A session and, unless deviceTokenId names a valid one, a new device token.
    Result<Session> openSession(const User &user, qint64 deviceTokenId,
                                const QString &presentedToken, const QString &remoteAddress,
                                const QString &detail);
    Result<qint64> newDeviceToken(qint64 userId, QString *token);
    Result<int> revokeDeviceTokens(qint64 userId, qint64 keep);

    // Enrolment codes, resets and password changes (AccountEnrolment.cpp).
    Staged<QString> stagedStart(const EnrolmentStart &start, const AccountRow &account,
                                const Counter &counter);
    Result<QString> completeStart(const EnrolmentStart &start, const Counter &counter,
                                  const QString &codeHash, const Result<QString> &newHash,
                                  bool currentVerified);
    // The otpauth:// URI of a new secret kept until the enrolment's finish proves it.
    Result<QString> keepPendingSecret(const AccountRow &account);
    Result<void> installCredentials(const AccountRow &account, const QByteArray *newSecret,
                                    qint64 step, qint64 now);
    Result<int> completePasswordChange(const Caller &caller, const PasswordChange &change,
                                       const Counter &counter, bool currentVerified,
                                       const QString &verifiedHash, const Result<QString> &newHash);
    Result<void> auditPasswordGuess(const Caller &caller, const QString &detail);
    Result<EnrolmentCode> reset(const Caller &actor, qint64 userId, const QString &purpose);
    Result<void> suspendCredentials(qint64 userId, const QString &purpose, qint64 now);
    Result<void> noticeOfReset(const Caller &actor, qint64 userId, const QString &purpose,
                               const EnrolmentCode &code, qint64 now);
    // Inside the caller's transaction: a new code for the account, its e-mail when SMTP is set.
    Result<EnrolmentCode> issueCode(const Caller &actor, const User &user, const QString &purpose);
    Result<void> replacePassword(qint64 userId, const QString &oldHash, const QString &newHash);
    Result<void> storeTotpSecret(qint64 userId, const QByteArray &secret);

    Store &m_store;
};

} // namespace cc
