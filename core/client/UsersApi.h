#pragma once

// Accounts (docs/api.md, "Endpoints", "Accounts and enrolment" and "Scheduled offboarding"): the
// list, new accounts and credential resets with their enrolment codes, and offboarding now or at
// a departure time.

#include "ApiCall.h"
#include "ApiTypes.h"
#include "AssetTypes.h"

#include <optional>

namespace cc::client {

class ApiClient;

struct NewUser
{
    QString username;
    QString email;
    QString displayName;
    QString title; // optional
    QStringList roles;
};

// POST /users, /users/{id}/reset-password and /reset-2fa: the account and the single-use code
// its holder enrols with. The code is empty when the server e-mailed it to the person.
struct IssuedEnrolment
{
    User user;
    QString code;
    QDateTime expiresAt;
    bool deliveredByEmail = false;

    static IssuedEnrolment fromJson(const QJsonObject &json);
};

// PATCH /users/{id}: what changes; a field left unset stays as it is.
struct UserChanges
{
    std::optional<QStringList> roles; // the whole new list
    std::optional<QString> title;
    std::optional<QString> displayName;
    std::optional<QString> email;
    std::optional<QStringList> designations; // the whole new list (docs/api.md, "Designations")
    std::optional<QString> manager; // a username; empty clears

    bool isEmpty() const
    {
        return !roles && !title && !displayName && !email && !designations && !manager;
    }
};

// The answers that carry one account: PATCH /users/{id} (the account itself) and
// POST /users/{id}/unlock ({"user"}).
struct UnlockedUser
{
    User user;

    static UnlockedUser fromJson(const QJsonObject &json);
};

// POST /users/{id}/offboard.
struct Offboarding
{
    User user;
    bool scheduled = false; // the departure lies ahead: nothing was revoked yet
    int revokedGrants = 0;
    int endedSessions = 0;
    int cancelledRequests = 0;
    // What the leaver leaves behind: their assets, flagged for reassignment, and the access
    // requests of theirs that were cancelled.
    QList<Asset> assets;
    QList<AccessRequest> requests; // id, category, client and status only

    static Offboarding fromJson(const QJsonObject &json);
};

class UsersApi
{
public:
    explicit UsersApi(ApiClient *client)
        : m_client(client)
    { }

    Call<Page<User>> list(const PageRequest &page) const;
    Call<IssuedEnrolment> create(const NewUser &user) const;
    Call<User> update(qint64 id, const UserChanges &changes) const;
    // A forgotten password or a lost authenticator: a fresh enrolment code, never a secret.
    Call<IssuedEnrolment> resetPassword(qint64 id) const;
    Call<IssuedEnrolment> resetTwoFactor(qint64 id) const;
    Call<UnlockedUser> unlock(qint64 id) const;
    // departure: invalid for "now"; the server enforces a later one to the second.
    Call<Offboarding> offboard(qint64 id, const QString &reason, const QDateTime &departure) const;

private:
    ApiClient *m_client;
};

} // namespace cc::client
