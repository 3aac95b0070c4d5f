#pragma once

// Device tokens remembered across runs, in a settings file of their own that only the user can
// read (device-tokens.ini in the console's configuration folder, mode 0600), under
// "deviceTokens/<host:port>/<username>". A token signs nobody in by itself: it keeps this
// console's failed sign-ins counted apart (core/client/DeviceTokenStore.h). Still, whoever reads
// it could spend this console's own allowance of failures, so other accounts on the machine may
// not read it.

#include "DeviceTokenStore.h"

#include <memory>

class QSettings;

namespace cc::ui {

class SettingsDeviceTokenStore : public client::DeviceTokenStore
{
public:
    SettingsDeviceTokenStore(); // device-tokens.ini in the application's configuration folder
    explicit SettingsDeviceTokenStore(const QString &iniFile); // for tests
    ~SettingsDeviceTokenStore() override;

    QString token(const QString &server, const QString &username) const override;
    void save(const QString &server, const QString &username, const QString &token) override;

    static QString defaultFile();

private:
    static QString key(const QString &server, const QString &username);
    void keepPrivate() const; // mode 0600, whatever wrote the file last

    QString m_file;
    std::unique_ptr<QSettings> m_settings;
};

} // namespace cc::ui
