#include "shell/SettingsDeviceTokenStore.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLoggingCategory>
#include <QSettings>
#include <QStandardPaths>

Q_LOGGING_CATEGORY(lcDeviceTokens, "compliance.ui.devicetokens")

namespace cc::ui {

namespace {

constexpr QFile::Permissions kPrivate = QFile::ReadOwner | QFile::WriteOwner;
constexpr QFile::Permissions kOthers = QFile::ReadGroup | QFile::WriteGroup | QFile::ExeGroup
    | QFile::ReadOther | QFile::WriteOther | QFile::ExeOther;

// The file exists, empty, with mode 0600 before QSettings first writes it: it keeps the mode of
// a file it replaces, so the tokens are never readable by others, not even for a moment.
void createPrivate(const QString &path)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile file(path);
    if (!file.exists() && file.open(QIODevice::WriteOnly))
        file.close();
    if (!file.setPermissions(kPrivate))
        qCWarning(lcDeviceTokens) << "cannot make" << path << "private:" << file.errorString();
}

} // namespace

QString SettingsDeviceTokenStore::defaultFile()
{
    return QDir(QStandardPaths::writableLocation(QStandardPaths::AppConfigLocation))
        .filePath(QStringLiteral("device-tokens.ini"));
}

SettingsDeviceTokenStore::SettingsDeviceTokenStore()
    : SettingsDeviceTokenStore(defaultFile())
{
    // Tokens kept by an earlier console in its general settings file, readable by others:
    // taken over here and removed there.
    QSettings general;
    general.beginGroup(QStringLiteral("deviceTokens"));
    const QStringList earlier = general.allKeys();
    for (const QString &k : earlier)
        m_settings->setValue(QStringLiteral("deviceTokens/") + k, general.value(k));
    general.endGroup();
    if (!earlier.isEmpty()) {
        m_settings->sync();
        keepPrivate();
        general.remove(QStringLiteral("deviceTokens"));
    }
}

SettingsDeviceTokenStore::SettingsDeviceTokenStore(const QString &iniFile)
    : m_file(iniFile)
{
    createPrivate(m_file);
    m_settings = std::make_unique<QSettings>(m_file, QSettings::IniFormat);
}

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
    keepPrivate();
}

void SettingsDeviceTokenStore::keepPrivate() const
{
    if ((QFile::permissions(m_file) & kOthers) && !QFile::setPermissions(m_file, kPrivate))
        qCWarning(lcDeviceTokens) << "cannot make" << m_file << "private";
}

} // namespace cc::ui
