#include "shell/SettingsCertificateTrust.h"

#include <QSettings>

namespace cc::ui {

SettingsCertificateTrust::SettingsCertificateTrust()
    : m_settings(std::make_unique<QSettings>())
{ }

SettingsCertificateTrust::SettingsCertificateTrust(const QString &iniFile)
    : m_settings(std::make_unique<QSettings>(iniFile, QSettings::IniFormat))
{ }

SettingsCertificateTrust::~SettingsCertificateTrust() = default;

QString SettingsCertificateTrust::key(const QString &server)
{
    // ':' is fine in a key but '/' would nest groups: keep host:port flat.
    QString flat = server;
    flat.replace(QLatin1Char('/'), QLatin1Char('_'));
    return QStringLiteral("trustedCertificates/") + flat;
}

QByteArray SettingsCertificateTrust::pinnedFingerprint(const QString &server) const
{
    const QByteArray hex = m_settings->value(key(server)).toString().toLatin1();
    const QByteArray raw = QByteArray::fromHex(hex);
    return raw.size() == 32 ? raw : QByteArray();
}

void SettingsCertificateTrust::pin(const QString &server, const QByteArray &sha256)
{
    m_settings->setValue(key(server), QString::fromLatin1(sha256.toHex()));
    m_settings->sync();
}

void SettingsCertificateTrust::unpin(const QString &server)
{
    m_settings->remove(key(server));
    m_settings->sync();
}

} // namespace cc::ui
