#include "shell/TrustDialog.h"

#include "CertificateTrust.h"
#include "widgets/Accessible.h"
#include "widgets/Theme.h"

#include <QDialogButtonBox>
#include <QFontDatabase>
#include <QFormLayout>
#include <QLabel>
#include <QPushButton>
#include <QStyle>
#include <QVBoxLayout>

namespace cc::ui {

namespace {

// The 32 bytes of the SHA-256 fingerprint as four lines of eight ("AB:CD:…:"), each line
// ending with its separator, so the whole fingerprint is always on show and reads in chunks
// a person can compare with the administrator's copy.
QString groupedFingerprint(const QString &formatted)
{
    const QStringList bytes = formatted.split(QLatin1Char(':'));
    QStringList lines;
    for (qsizetype i = 0; i < bytes.size(); i += 8)
        lines << bytes.mid(i, 8).join(QLatin1Char(':'));
    return lines.join(QStringLiteral(":\n"));
}

QString names(const QSslCertificate &certificate, bool issuer)
{
    const QStringList parts = issuer ? certificate.issuerDisplayName().split(QLatin1Char('\n'))
                                     : certificate.subjectDisplayName().split(QLatin1Char('\n'));
    return parts.join(QStringLiteral(", "));
}

} // namespace

TrustDialog::TrustDialog(const QString &server, const QSslCertificate &certificate,
                         const QList<QSslError> &errors, bool changed, QWidget *parent)
    : QDialog(parent)
    , m_certificate(certificate)
{
    setObjectName(QStringLiteral("trustDialog"));
    setWindowTitle(tr("Untrusted certificate"));
    setModal(true);

    auto *layout = new QVBoxLayout(this);
    auto *headline = new QHBoxLayout;
    auto *icon = new QLabel(this);
    icon->setPixmap(style()->standardIcon(QStyle::SP_MessageBoxWarning).pixmap(40, 40));
    headline->addWidget(icon, 0, Qt::AlignTop);
    auto *intro = new QLabel(this);
    intro->setObjectName(QStringLiteral("trustIntro"));
    intro->setWordWrap(true);
    intro->setTextFormat(Qt::RichText);
    intro->setText(
        changed
            ? tr("<b>The certificate of %1 has changed.</b><br>It does not match the fingerprint "
                 "you trusted before. If the server's certificate was not renewed on purpose, "
                 "someone may be intercepting the connection: cancel and ask your administrator.")
                  .arg(server.toHtmlEscaped())
            : tr("<b>The certificate of %1 could not be verified.</b><br>Compare the SHA-256 "
                 "fingerprint below with the one your administrator gave you. Trust it only if "
                 "they are identical; the console will remember your choice for this server.")
                  .arg(server.toHtmlEscaped()));
    headline->addWidget(intro, 1);
    layout->addLayout(headline);

    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    form->setRowWrapPolicy(QFormLayout::WrapLongRows);
    const QString formatted = client::CertificateTrust::formatFingerprint(
        client::CertificateTrust::fingerprint(certificate));
    auto *fingerprint = new QLabel(groupedFingerprint(formatted), this);
    fingerprint->setObjectName(QStringLiteral("fingerprintLabel"));
    QFont fixed = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    fixed.setPointSizeF(fixed.pointSizeF() * 1.1);
    fingerprint->setFont(fixed);
    fingerprint->setTextFormat(Qt::PlainText);
    fingerprint->setTextInteractionFlags(Qt::TextSelectableByMouse);
    fingerprint->setAccessibleName(tr("SHA-256 fingerprint"));
    fingerprint->setAccessibleDescription(formatted);
    form->addRow(tr("SHA-256 fingerprint:"), fingerprint);
    auto *subject = new QLabel(names(certificate, false), this);
    subject->setObjectName(QStringLiteral("subjectLabel"));
    subject->setWordWrap(true);
    subject->setTextInteractionFlags(Qt::TextSelectableByMouse);
    form->addRow(tr("Issued to:"), subject);
    auto *issuer = new QLabel(names(certificate, true), this);
    issuer->setObjectName(QStringLiteral("issuerLabel"));
    issuer->setWordWrap(true);
    issuer->setTextInteractionFlags(Qt::TextSelectableByMouse);
    form->addRow(tr("Issued by:"), issuer);
    const QString format = QStringLiteral("yyyy-MM-dd HH:mm 'UTC'");
    auto *validity = new QLabel(tr("%1 to %2")
                                    .arg(certificate.effectiveDate().toUTC().toString(format),
                                         certificate.expiryDate().toUTC().toString(format)),
                                this);
    validity->setObjectName(QStringLiteral("validityLabel"));
    form->addRow(tr("Valid:"), validity);
    QStringList problems;
    for (const QSslError &error : errors)
        problems.append(QStringLiteral("• ") + error.errorString());
    problems.removeDuplicates();
    if (!problems.isEmpty()) {
        auto *list = new QLabel(problems.join(QLatin1Char('\n')), this);
        list->setWordWrap(true);
        form->addRow(tr("Problems:"), list);
    }
    layout->addLayout(form);

    auto *buttons = new QDialogButtonBox(this);
    QPushButton *trust
        = buttons->addButton(tr("&Trust this certificate"), QDialogButtonBox::AcceptRole);
    trust->setObjectName(QStringLiteral("trustButton"));
    trust->setAutoDefault(false);
    describe(trust, tr("Trust this certificate"),
             tr("Remember this certificate for this server and connect; only after the "
                "fingerprint matched the one your administrator gave you"));
    QPushButton *cancel = buttons->addButton(QDialogButtonBox::Cancel);
    cancel->setObjectName(QStringLiteral("cancelButton"));
    cancel->setDefault(true);
    describe(cancel, tr("Cancel"), tr("Do not connect to this server"));
    cancel->setFocus();
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    setMinimumWidth(560);
}

} // namespace cc::ui
