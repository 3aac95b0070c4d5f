#pragma once

// Verified audit heads remembered across runs in QSettings, under
// "verifiedAuditHeads/<host:port>/…": seq, hash, time, signing key and last checkpoint. All
// public data; what matters is that the server cannot change it.

#include "VerifiedHeadStore.h"

#include <memory>

class QSettings;

namespace cc::ui {

class SettingsVerifiedHeadStore : public client::VerifiedHeadStore
{
public:
    SettingsVerifiedHeadStore(); // the application's QSettings
    explicit SettingsVerifiedHeadStore(const QString &iniFile); // for tests
    ~SettingsVerifiedHeadStore() override;

    client::VerifiedHead load(const QString &server) const override;
    void save(const QString &server, const client::VerifiedHead &head) override;
    void forget(const QString &server) override;

private:
    static QString group(const QString &server);
    std::unique_ptr<QSettings> m_settings;
};

} // namespace cc::ui
