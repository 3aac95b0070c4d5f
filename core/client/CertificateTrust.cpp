#include "CertificateTrust.h"

#include <QCryptographicHash>

namespace cc::client {

CertificateTrust::~CertificateTrust() = default;

bool CertificateTrust::isTrusted(const QString &server, const QSslCertificate &certificate) const
{
    if (certificate.isNull())
        return false;
    const QByteArray pinned = pinnedFingerprint(server);
    if (pinned.size() != 32)
        return false;
    // Fingerprints are public values: a plain comparison is fine.
    return pinned == fingerprint(certificate);
}

void CertificateTrust::pinCertificate(const QString &server, const QSslCertificate &certificate)
{
    pin(server, fingerprint(certificate));
}

QString CertificateTrust::serverKey(const QUrl &url)
{
    return url.host().toLower() + QLatin1Char(':') + QString::number(url.port(443));
}

QByteArray CertificateTrust::fingerprint(const QSslCertificate &certificate)
{
    return certificate.digest(QCryptographicHash::Sha256);
}

QString CertificateTrust::formatFingerprint(const QByteArray &sha256)
{
    return QString::fromLatin1(sha256.toHex(':').toUpper());
}

QByteArray InMemoryCertificateTrust::pinnedFingerprint(const QString &server) const
{
    return m_pins.value(server);
}

void InMemoryCertificateTrust::pin(const QString &server, const QByteArray &sha256)
{
    m_pins.insert(server, sha256);
}

void InMemoryCertificateTrust::unpin(const QString &server)
{
    m_pins.remove(server);
}

} // namespace cc::client
