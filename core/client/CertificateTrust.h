#pragma once

// "Is this certificate trusted for this server?" The client asks this when the TLS handshake
// reports errors; the answer is yes only if the peer certificate's SHA-256 fingerprint equals
// the one pinned for that server (host:port). The ui provides the store (QSettings) and the
// dialog that lets a person pin a certificate after seeing its fingerprint.

#include <QByteArray>
#include <QHash>
#include <QSslCertificate>
#include <QString>
#include <QUrl>

namespace cc::client {

class CertificateTrust
{
public:
    virtual ~CertificateTrust();

    // The pinned SHA-256 digest (raw 32 bytes) for "host:port", empty when none.
    virtual QByteArray pinnedFingerprint(const QString &server) const = 0;
    virtual void pin(const QString &server, const QByteArray &sha256) = 0;
    virtual void unpin(const QString &server) = 0;

    bool isTrusted(const QString &server, const QSslCertificate &certificate) const;
    void pinCertificate(const QString &server, const QSslCertificate &certificate);

    // "host:port" (port defaulting to 443): the key a pin is stored under.
    static QString serverKey(const QUrl &url);
    static QByteArray fingerprint(const QSslCertificate &certificate); // raw SHA-256
    // "AB:CD:…" as people compare it with `openssl x509 -fingerprint -sha256`.
    static QString formatFingerprint(const QByteArray &sha256);
};

// Pins held in memory: demo mode (the certificate comes from the store directory) and tests.
class InMemoryCertificateTrust : public CertificateTrust
{
public:
    QByteArray pinnedFingerprint(const QString &server) const override;
    void pin(const QString &server, const QByteArray &sha256) override;
    void unpin(const QString &server) override;

private:
    QHash<QString, QByteArray> m_pins;
};

} // namespace cc::client
