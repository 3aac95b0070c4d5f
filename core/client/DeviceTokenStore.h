#pragma once

// The device token a server gave this console at a sign-in, per server and username, sent back
// with the next sign-in: the server counts failed sign-ins with a valid token apart from the
// rest, so guesses from elsewhere cannot lock the person out of this console. It signs nobody
// in by itself. The ui keeps it in QSettings; demo mode and tests in memory.

#include <QHash>
#include <QString>

namespace cc::client {

class DeviceTokenStore
{
public:
    virtual ~DeviceTokenStore() = default;

    virtual QString token(const QString &server, const QString &username) const = 0;
    virtual void save(const QString &server, const QString &username, const QString &token) = 0;
};

class InMemoryDeviceTokenStore : public DeviceTokenStore
{
public:
    QString token(const QString &server, const QString &username) const override
    {
        return m_tokens.value(server + QLatin1Char('/') + username.toLower());
    }
    void save(const QString &server, const QString &username, const QString &token) override
    {
        m_tokens.insert(server + QLatin1Char('/') + username.toLower(), token);
    }

private:
    QHash<QString, QString> m_tokens;
};

} // namespace cc::client
