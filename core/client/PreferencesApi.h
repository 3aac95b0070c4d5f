#pragma once

// The signed-in person's own settings and what the store tells them about itself
// (docs/api.md, "E-mail of notifications"): which notifications go by e-mail (each, daily
// digest or none, per kind), and the warnings GET /me gives admins and compliance officers
// while the store sends no e-mail.

#include "ApiCall.h"

#include <QMap>
#include <QStringList>

namespace cc::client {

class ApiClient;

namespace email_delivery {
inline constexpr char Each[] = "each";
inline constexpr char DailyDigest[] = "daily_digest";
inline constexpr char None[] = "none";
} // namespace email_delivery

struct EmailPreferences
{
    QMap<QString, QString> byKind; // kind -> each, daily_digest or none
    QStringList alwaysEmailed; // kinds e-mailed at once whatever the choice

    static EmailPreferences fromJson(const QJsonObject &json);
};

struct StoreWarning
{
    QString code; // smtp_not_configured, smtp_invalid
    QString message;
};

// From GET /me: the warnings only admins and compliance officers are given.
struct StoreStatus
{
    QList<StoreWarning> warnings;

    static StoreStatus fromJson(const QJsonObject &json);
};

class PreferencesApi
{
public:
    explicit PreferencesApi(ApiClient *client)
        : m_client(client)
    { }

    Call<EmailPreferences> emailPreferences() const;
    // Changes the kinds given; the others stay.
    Call<EmailPreferences> setEmailPreferences(const QMap<QString, QString> &byKind) const;
    Call<StoreStatus> storeStatus() const;

private:
    ApiClient *m_client;
};

} // namespace cc::client
