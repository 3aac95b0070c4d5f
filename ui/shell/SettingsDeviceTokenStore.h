#pragma once

// Device tokens remembered across runs in QSettings, under
// "deviceTokens/<host:port>/<username>". A token only keeps this console's failed sign-ins
// counted apart (core/client/DeviceTokenStore.h); it signs nobody in.

#include "DeviceTokenStore.h"

#include <memory>

class QSettings;

namespace cc::ui {

class SettingsDeviceTokenStore : public client::DeviceTokenStore
{
public:
    SettingsDeviceTokenStore(); // the application's QSettings
    explicit SettingsDeviceTokenStore(const QString &iniFile); // for tests
    ~SettingsDeviceTokenStore() override;

    QString token(const QString &server, const QString &username) const override;
    void save(const QString &server, const QString &username, const QString &token) override;

private:
    static QString key(const QString &server, const QString &username);
    std::unique_ptr<QSettings> m_settings;
};

} // namespace cc::ui
