#pragma once

// The store's TLS identity: an ECDSA P-256 key and a self-signed certificate, written as PEM.

#include "Result.h"

#include <QString>
#include <QStringList>

namespace cc::crypto {

struct CertificateRequest
{
    QString commonName = QStringLiteral("Compliance Console store");
    QStringList dnsNames = {QStringLiteral("localhost")};
    QStringList ipAddresses = {QStringLiteral("127.0.0.1")};
    int validDays = 825;
};

// Writes the certificate to certPath (0644) and the private key to keyPath (0600). Refuses to
// overwrite either file.
Result<void> createSelfSignedCertificate(const CertificateRequest &request, const QString &certPath,
                                         const QString &keyPath);

} // namespace cc::crypto
