#pragma once

// Asks a person whether to trust a server certificate that did not verify: shows the SHA-256
// fingerprint (to compare with the one the administrator published), subject, issuer, validity
// and the TLS errors, and requires an explicit "Trust" click. Cancel is the default.

#include <QDialog>
#include <QList>
#include <QSslCertificate>
#include <QSslError>

namespace cc::ui {

class TrustDialog : public QDialog
{
    Q_OBJECT

public:
    // `changed`: a different certificate was pinned for this server before.
    TrustDialog(const QString &server, const QSslCertificate &certificate,
                const QList<QSslError> &errors, bool changed, QWidget *parent = nullptr);

    QSslCertificate certificate() const { return m_certificate; }

private:
    QSslCertificate m_certificate;
};

} // namespace cc::ui
