#pragma once

// Accounts (docs/api.md, "Endpoints" and "Scheduled offboarding"): the list, new accounts with
// their second-factor enrolment, and offboarding now or at a departure time.

#include "ApiCall.h"
#include "ApiTypes.h"

namespace cc::client {

class ApiClient;

struct NewUser
{
    QString username;
    QString email;
    QString displayName;
    QString title; // optional
    QStringList roles;
    QString password;
};

// POST /users: the account and the otpauth:// link its holder enrols with.
struct CreatedUser
{
    User user;
    QString totpUri;

    static CreatedUser fromJson(const QJsonObject &json);
};

// POST /users/{id}/offboard.
struct Offboarding
{
    User user;
    bool scheduled = false; // the departure lies ahead: nothing was revoked yet
    int revokedGrants = 0;
    int endedSessions = 0;
    int cancelledRequests = 0;

    static Offboarding fromJson(const QJsonObject &json);
};

class UsersApi
{
public:
    explicit UsersApi(ApiClient *client)
        : m_client(client)
    { }

    Call<Page<User>> list(const PageRequest &page) const;
    Call<CreatedUser> create(const NewUser &user) const;
    // departure: invalid for "now"; the server enforces a later one to the second.
    Call<Offboarding> offboard(qint64 id, const QString &reason, const QDateTime &departure) const;

private:
    ApiClient *m_client;
};

} // namespace cc::client
