#include "shell/SettingsDeviceTokenStore.h"

#include <QSettings>

namespace cc::ui {

SettingsDeviceTokenStore::SettingsDeviceTokenStore()
    : m_settings(std::make_unique<QSettings>())
{ }

SettingsDeviceTokenStore::SettingsDeviceTokenStore(const QString &iniFile)
    : m_settings(std::make_unique<QSettings>(iniFile, QSettings::IniFormat))
{ }

SettingsDeviceTokenStore::~SettingsDeviceTokenStore() = default;

QString SettingsDeviceTokenStore::key(const QString &server, const QString &username)
{
    // '/' would nest groups: keep host:port flat, as the certificate pins do.
    QString flat = server;
    flat.replace(QLatin1Char('/'), QLatin1Char('_'));
    return QStringLiteral("deviceTokens/%1/%2").arg(flat, username.toLower());
}

QString SettingsDeviceTokenStore::token(const QString &server, const QString &username) const
{
    return m_settings->value(key(server, username)).toString();
}

void SettingsDeviceTokenStore::save(const QString &server, const QString &username,
                                    const QString &token)
{
    m_settings->setValue(key(server, username), token);
    m_settings->sync();
}

} // namespace cc::ui
