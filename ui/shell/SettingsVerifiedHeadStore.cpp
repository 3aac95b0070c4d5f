#include "shell/SettingsVerifiedHeadStore.h"

#include <QSettings>

namespace cc::ui {

SettingsVerifiedHeadStore::SettingsVerifiedHeadStore()
    : m_settings(std::make_unique<QSettings>())
{ }

SettingsVerifiedHeadStore::SettingsVerifiedHeadStore(const QString &iniFile)
    : m_settings(std::make_unique<QSettings>(iniFile, QSettings::IniFormat))
{ }

SettingsVerifiedHeadStore::~SettingsVerifiedHeadStore() = default;

QString SettingsVerifiedHeadStore::group(const QString &server)
{
    // '/' would nest groups: keep host:port flat, as the certificate pins do.
    QString flat = server;
    flat.replace(QLatin1Char('/'), QLatin1Char('_'));
    return QStringLiteral("verifiedAuditHeads/") + flat;
}

client::VerifiedHead SettingsVerifiedHeadStore::load(const QString &server) const
{
    m_settings->beginGroup(group(server));
    client::VerifiedHead head;
    head.seq = m_settings->value(QStringLiteral("seq")).toLongLong();
    head.hash = m_settings->value(QStringLiteral("hash")).toString();
    head.verifiedAt = QDateTime::fromString(
        m_settings->value(QStringLiteral("verifiedAt")).toString(), Qt::ISODateWithMs);
    head.keyId = m_settings->value(QStringLiteral("keyId")).toString();
    head.publicKey = QByteArray::fromBase64(
        m_settings->value(QStringLiteral("publicKey")).toString().toLatin1());
    head.checkpointSeq = m_settings->value(QStringLiteral("checkpointSeq")).toLongLong();
    head.checkpointHash = m_settings->value(QStringLiteral("checkpointHash")).toString();
    m_settings->endGroup();
    return head;
}

void SettingsVerifiedHeadStore::save(const QString &server, const client::VerifiedHead &head)
{
    m_settings->beginGroup(group(server));
    m_settings->setValue(QStringLiteral("seq"), head.seq);
    m_settings->setValue(QStringLiteral("hash"), head.hash);
    m_settings->setValue(QStringLiteral("verifiedAt"),
                         head.verifiedAt.toUTC().toString(Qt::ISODateWithMs));
    m_settings->setValue(QStringLiteral("keyId"), head.keyId);
    m_settings->setValue(QStringLiteral("publicKey"),
                         QString::fromLatin1(head.publicKey.toBase64()));
    m_settings->setValue(QStringLiteral("checkpointSeq"), head.checkpointSeq);
    m_settings->setValue(QStringLiteral("checkpointHash"), head.checkpointHash);
    m_settings->endGroup();
    m_settings->sync();
}

void SettingsVerifiedHeadStore::forget(const QString &server)
{
    m_settings->remove(group(server));
    m_settings->sync();
}

} // namespace cc::ui
