#include "UsersApi.h"

#include "ApiClient.h"

#include <QJsonArray>

namespace cc::client {

namespace {

// The offboarding counts come as numbers or as the lists of ids.
int count(const QJsonValue &value)
{
    return value.isArray() ? int(value.toArray().size()) : value.toInt();
}

} // namespace

IssuedEnrolment IssuedEnrolment::fromJson(const QJsonObject &json)
{
    return {User::fromJson(json.value(QLatin1StringView("user")).toObject()),
            json.value(QLatin1StringView("enrolment_code")).toString(),
            parseTime(json.value(QLatin1StringView("enrolment_expires_at"))),
            json.value(QLatin1StringView("delivered_by_email")).toBool()};
}

UnlockedUser UnlockedUser::fromJson(const QJsonObject &json)
{
    return {User::fromJson(json.value(QLatin1StringView("user")).toObject())};
}

Offboarding Offboarding::fromJson(const QJsonObject &json)
{
    Offboarding o;
    o.user = User::fromJson(json.value(QLatin1StringView("user")).toObject());
    o.scheduled = json.value(QLatin1StringView("scheduled")).toBool();
    o.revokedGrants = count(json.value(QLatin1StringView("revoked_grants")));
    o.endedSessions = count(json.value(QLatin1StringView("ended_sessions")));
    o.cancelledRequests = count(json.value(QLatin1StringView("cancelled_requests")));
    for (const QJsonValue &v : json.value(QLatin1StringView("assets")).toArray())
        o.assets.append(Asset::fromJson(v.toObject()));
    for (const QJsonValue &v : json.value(QLatin1StringView("requests")).toArray())
        o.requests.append(AccessRequest::fromJson(v.toObject()));
    return o;
}

Call<Page<User>> UsersApi::list(const PageRequest &page) const
{
    return Call<Page<User>>(m_client->get(QStringLiteral("/users"), pageQuery(page)));
}

Call<IssuedEnrolment> UsersApi::create(const NewUser &u) const
{
    QJsonObject body {{QStringLiteral("username"), u.username},
                      {QStringLiteral("email"), u.email},
                      {QStringLiteral("display_name"), u.displayName},
                      {QStringLiteral("roles"), QJsonArray::fromStringList(u.roles)}};
    if (!u.title.isEmpty())
        body.insert(QStringLiteral("title"), u.title);
    return Call<IssuedEnrolment>(m_client->post(QStringLiteral("/users"), body));
}

Call<User> UsersApi::update(qint64 id, const UserChanges &changes) const
{
    QJsonObject body;
    if (changes.roles)
        body.insert(QStringLiteral("roles"), QJsonArray::fromStringList(*changes.roles));
    if (changes.title)
        body.insert(QStringLiteral("title"), *changes.title);
    if (changes.displayName)
        body.insert(QStringLiteral("display_name"), *changes.displayName);
    if (changes.email)
        body.insert(QStringLiteral("email"), *changes.email);
    if (changes.designations)
        body.insert(QStringLiteral("designations"),
                    QJsonArray::fromStringList(*changes.designations));
    if (changes.manager)
        body.insert(QStringLiteral("manager"), *changes.manager);
    return Call<User>(m_client->sendRequest("PATCH", QStringLiteral("/users/%1").arg(id), body));
}

Call<IssuedEnrolment> UsersApi::resetPassword(qint64 id) const
{
    return Call<IssuedEnrolment>(
        m_client->post(QStringLiteral("/users/%1/reset-password").arg(id)));
}

Call<IssuedEnrolment> UsersApi::resetTwoFactor(qint64 id) const
{
    return Call<IssuedEnrolment>(m_client->post(QStringLiteral("/users/%1/reset-2fa").arg(id)));
}

Call<UnlockedUser> UsersApi::unlock(qint64 id) const
{
    return Call<UnlockedUser>(m_client->post(QStringLiteral("/users/%1/unlock").arg(id)));
}

Call<Offboarding> UsersApi::offboard(qint64 id, const QString &reason,
                                     const QDateTime &departure) const
{
    QJsonObject body;
    if (!reason.isEmpty())
        body.insert(QStringLiteral("reason"), reason);
    if (departure.isValid())
        body.insert(QStringLiteral("departure_at"), departure.toUTC().toString(Qt::ISODate));
    return Call<Offboarding>(m_client->post(QStringLiteral("/users/%1/offboard").arg(id), body));
}

} // namespace cc::client
