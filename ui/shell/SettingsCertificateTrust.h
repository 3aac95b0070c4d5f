#pragma once

// Certificate pins the person chose in the trust dialog, remembered across runs in QSettings
// under "trustedCertificates/<host:port>" as the hex SHA-256 fingerprint (public data).

#include "CertificateTrust.h"

#include <memory>

#include <QString>

class QSettings;

namespace cc::ui {

class SettingsCertificateTrust : public client::CertificateTrust
{
public:
    SettingsCertificateTrust(); // the application's QSettings
    explicit SettingsCertificateTrust(const QString &iniFile); // for tests
    ~SettingsCertificateTrust() override;

    QByteArray pinnedFingerprint(const QString &server) const override;
    void pin(const QString &server, const QByteArray &sha256) override;
    void unpin(const QString &server) override;

private:
    static QString key(const QString &server);
    std::unique_ptr<QSettings> m_settings;
};

} // namespace cc::ui
