#pragma once

// What the Accounts units share (Accounts.cpp: users, sessions, offboarding; AccountSignIn.cpp:
// sign-ins and lockout; AccountEnrolment.cpp: enrolment codes, resets, password changes): the
// rows of the accounts tables as they read them and a few helpers. Only those units include it.

#include "Accounts.h"
#include "ServiceSupport.h"
#include "crypto/Crypto.h"

#include <memory>
#include <optional>

namespace cc {

// A user as the API shows them; a query appends its FROM ... WHERE.
struct UserRow
{
    enum Column {
        Id,
        Username,
        Email,
        DisplayName,
        Title,
        Roles,
        Designations,
        Manager,
        Status,
        TotpEnrolledAt,
        CreatedAt,
        OffboardedAt,
        DepartureAt,
        AccessRevokedAt,
        EnrolmentCodeHash,
        EnrolmentUsedAt,
        EnrolmentPurpose,
        EnrolmentExpiresAt,
        EnrolmentDelivery,
        EnrolmentIssuedBy,
        CredentialsResetAt,
        LockedUntil,
        ColumnCount
    };
    static constexpr rows::Columns<ColumnCount> columns {{
        {Id, "id"},
        {Username, "username"},
        {Email, "email"},
        {DisplayName, "display_name"},
        {Title, "title"},
        {Roles, "roles"},
        // The account's designations, comma-terminated, in knownDesignations() order.
        {Designations,
         "(CASE WHEN EXISTS (SELECT 1 FROM user_designations d WHERE d.user_id = users.id AND "
         "d.designation = 'incident_contact') THEN 'incident_contact,' ELSE '' END || CASE WHEN "
         "EXISTS (SELECT 1 FROM user_designations d WHERE d.user_id = users.id AND "
         "d.designation = 'incident_contact_deputy') THEN 'incident_contact_deputy,' ELSE '' END "
         "|| CASE WHEN EXISTS (SELECT 1 FROM user_designations d WHERE d.user_id = users.id AND "
         "d.designation = 'cto') THEN 'cto,' ELSE '' END || CASE WHEN EXISTS (SELECT 1 FROM "
         "user_designations d WHERE d.user_id = users.id AND d.designation = 'ceo') THEN 'ceo,' "
         "ELSE '' END)"},
        {Manager,
         "(SELECT m.username FROM user_managers um JOIN users m ON m.id = um.manager_id WHERE "
         "um.user_id = users.id)"},
        {Status, "status"},
        {TotpEnrolledAt, "totp_enrolled_at"},
        {CreatedAt, "created_at"},
        {OffboardedAt, "offboarded_at"},
        {DepartureAt, "departure_at"},
        {AccessRevokedAt, "access_revoked_at"},
        {EnrolmentCodeHash, "enrolment_code_hash"},
        {EnrolmentUsedAt, "enrolment_used_at"},
        {EnrolmentPurpose, "enrolment_purpose"},
        {EnrolmentExpiresAt, "enrolment_expires_at"},
        {EnrolmentDelivery, "enrolment_delivery"},
        {EnrolmentIssuedBy, "enrolment_issued_by"},
        {CredentialsResetAt, "credentials_reset_at"},
        {LockedUntil, "locked_until"},
    }};
    static_assert(rows::inOrder(columns));
    static inline const QString select = rows::select(columns, "FROM users ");

    static User read(const Query &q)
    {
        User u;
        u.id = q.value(Id).toLongLong();
        u.username = q.value(Username).toString();
        u.email = q.value(Email).toString();
        u.displayName = q.value(DisplayName).toString();
        u.title = q.value(Title).toString();
        u.roles = q.value(Roles).toString().split(QLatin1Char(','), Qt::SkipEmptyParts);
        u.designations
            = q.value(Designations).toString().split(QLatin1Char(','), Qt::SkipEmptyParts);
        u.manager = q.value(Manager).toString();
        u.status = q.value(Status).toString();
        u.totpEnrolled = !q.value(TotpEnrolledAt).isNull();
        u.createdAt = q.value(CreatedAt).toLongLong();
        u.offboardedAt = service::optionalTime(q.value(OffboardedAt));
        u.departureAt = service::optionalTime(q.value(DepartureAt));
        u.accessRevokedAt = service::optionalTime(q.value(AccessRevokedAt));
        // A code kept once used (so a reuse can be told) is no longer outstanding.
        const bool outstanding
            = !q.value(EnrolmentCodeHash).isNull() && q.value(EnrolmentUsedAt).isNull();
        u.enrolmentPending = outstanding ? q.value(EnrolmentPurpose).toString() : QString();
        u.enrolmentExpiresAt
            = outstanding ? service::optionalTime(q.value(EnrolmentExpiresAt)) : OptionalTime();
        u.enrolmentDelivery = q.value(EnrolmentDelivery).toString();
        u.enrolmentIssuedBy = q.value(EnrolmentIssuedBy).toString();
        u.credentialsResetAt = service::optionalTime(q.value(CredentialsResetAt));
        u.lockedUntil = service::optionalTime(q.value(LockedUntil));
        return u;
    }
};

namespace accounts {

// Where a TOTP secret is sealed: the one in use, and the one made at the start of an enrolment
// until its finish proves it.
QByteArray totpAad(qint64 userId);
QByteArray pendingTotpAad(qint64 userId);
// Tokens (sessions, devices) are stored only as these hashes.
QString tokenHash(const QString &token);
// An enrolment code as typed (any case, with or without the dashes and spaces), hashed.
QString enrolmentCodeHash(const QString &typed);
// Owns a copy of a password for work on another thread, and wipes it however that ends (run,
// or dropped unrun when the pool is full).
std::shared_ptr<QByteArray> sharedSecret(const QByteArray &secret);
QString utcMinute(qint64 ms); // "2026-11-29 15:36", as messages to people show times
QString isoTime(qint64 ms); // as audit details show times

// Runs work in a transaction in which a refusal keeps what it recorded (a counted failure, its
// audit event): work sets refusal and returns; once the transaction has committed, the refusal
// is the answer.
template<typename T, typename Work> Result<T> committingRefusals(Store &store, Work work)
{
    std::optional<Error> refusal;
    Result<T> done = store.transaction([&]() -> Result<T> { return work(refusal); });
    if (!done)
        return done.error();
    if (refusal)
        return *refusal;
    return done;
}

} // namespace accounts

// A user with what a sign-in, an enrolment or a password change checks.
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
            && crypto::constantTimeEquals(codeHash.toLatin1(),
                                          accounts::enrolmentCodeHash(typed).toLatin1());
    }
};

// Who tries what, for the record of a refused attempt (Accounts::recordRefusal).
struct Accounts::Attempt
{
    QString action; // audited as: session.create, enrolment.start, enrolment.finish
    QString typedName; // the username as given
    QString address;
    QString from; // how the audit detail begins: "from=<address>", with the device token
    Counter counter;
};

// A refused attempt: the answer, and why, for the audit trail.
struct Accounts::Refusal
{
    Error error;
    QString why;
};

// The user's columns, then the credentials'; a query appends its WHERE.
struct CredentialRow
{
    enum Column {
        PasswordHash = UserRow::ColumnCount,
        TotpSecret,
        TotpLastStep,
        EnrolmentPasswordHash,
        EnrolmentTotpSecret,
        ColumnCount
    };
    static constexpr rows::Columns<int(ColumnCount) - int(UserRow::ColumnCount)> credentials {{
        {PasswordHash, "password_hash"},
        {TotpSecret, "totp_secret"},
        {TotpLastStep, "totp_last_step"},
        {EnrolmentPasswordHash, "enrolment_password_hash"},
        {EnrolmentTotpSecret, "enrolment_totp_secret"},
    }};
    static constexpr rows::Columns<ColumnCount> columns = rows::join(UserRow::columns, credentials);
    static_assert(rows::inOrder(columns));
    static inline const QString select = rows::select(columns, "FROM users ");

    static Accounts::AccountRow read(const Query &q)
    {
        Accounts::AccountRow row;
        row.user = UserRow::read(q);
        row.passwordHash = q.value(PasswordHash).toString();
        row.sealedTotp = q.value(TotpSecret).toByteArray();
        row.lastStep = q.value(TotpLastStep).toLongLong();
        row.codeHash = q.value(UserRow::EnrolmentCodeHash).toString();
        row.codeUsedAt = service::optionalTime(q.value(UserRow::EnrolmentUsedAt));
        row.purpose = q.value(UserRow::EnrolmentPurpose).toString();
        row.codeExpiresAt = service::optionalTime(q.value(UserRow::EnrolmentExpiresAt));
        row.pendingPasswordHash = q.value(EnrolmentPasswordHash).toString();
        row.sealedPendingTotp = q.value(EnrolmentTotpSecret).toByteArray();
        return row;
    }
};

} // namespace cc
