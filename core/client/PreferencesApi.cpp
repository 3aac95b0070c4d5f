#include "PreferencesApi.h"

#include "ApiClient.h"

namespace cc::client {

EmailPreferences EmailPreferences::fromJson(const QJsonObject &json)
{
    EmailPreferences p;
    const QJsonObject email = json.value(QLatin1StringView("email")).toObject();
    for (auto it = email.begin(); it != email.end(); ++it)
        p.byKind.insert(it.key(), it.value().toString());
    for (const QJsonValue &kind : json.value(QLatin1StringView("email_always")).toArray())
        p.alwaysEmailed << kind.toString();
    return p;
}

StoreStatus StoreStatus::fromJson(const QJsonObject &json)
{
    StoreStatus status;
    for (const QJsonValue &v : json.value(QLatin1StringView("store_warnings")).toArray()) {
        const QJsonObject w = v.toObject();
        status.warnings.append({w.value(QLatin1StringView("code")).toString(),
                                w.value(QLatin1StringView("message")).toString()});
    }
    return status;
}

Call<EmailPreferences> PreferencesApi::emailPreferences() const
{
    return Call<EmailPreferences>(m_client->get(QStringLiteral("/me/preferences")));
}

Call<EmailPreferences>
PreferencesApi::setEmailPreferences(const QMap<QString, QString> &byKind) const
{
    QJsonObject email;
    for (auto it = byKind.begin(); it != byKind.end(); ++it)
        email.insert(it.key(), it.value());
    return Call<EmailPreferences>(m_client->sendRequest("PUT", QStringLiteral("/me/preferences"),
                                                        {{QStringLiteral("email"), email}}));
}

Call<StoreStatus> PreferencesApi::storeStatus() const
{
    return Call<StoreStatus>(m_client->get(QStringLiteral("/me")));
}

} // namespace cc::client
