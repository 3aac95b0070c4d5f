#pragma once

// A throwaway SoftHSM2 token for the tests whose store keeps its master key in a PKCS#11 token
// (the *_softhsm runs: COMPLIANCE_TEST_SOFTHSM is set). SoftHSM reads its configuration from
// SOFTHSM2_CONF when the module initialises: the first token points it, for this process and the
// servers and compliancectl it starts, at a configuration and token directory in a temporary
// directory of the test's own. Each token is made with softhsm2-util --init-token and gets a
// PIN file (0600) beside it.

#include "crypto/TokenKey.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>

namespace cc::test {

class SoftHsmToken
{
public:
    static constexpr char kModule[] = "/usr/lib/softhsm/libsofthsm2.so";
    static constexpr char kPin[] = "246813579";

    // The *_softhsm run asks for its stores on a token.
    static bool requested() { return !qEnvironmentVariableIsEmpty("COMPLIANCE_TEST_SOFTHSM"); }
    // Why a token cannot be made here (softhsm2 not installed); empty when it can.
    static QString unavailableReason()
    {
        if (!QFileInfo(QString::fromLatin1(kModule)).isFile()
            || QStandardPaths::findExecutable(QStringLiteral("softhsm2-util")).isEmpty())
            return QStringLiteral("softhsm2 is not installed (./dev installs it; apt-get install "
                                  "softhsm2)");
        return {};
    }

    // A new token with this label (unique within the test process).
    explicit SoftHsmToken(const QString &label)
        : m_label(label)
    {
        const QString home = directory();
        if (home.isEmpty()) {
            m_error = QStringLiteral("cannot set up the SoftHSM directory");
            return;
        }
        QProcess util;
        util.start(QStringLiteral("softhsm2-util"),
                   {QStringLiteral("--init-token"), QStringLiteral("--free"),
                    QStringLiteral("--label"), label, QStringLiteral("--pin"),
                    QString::fromLatin1(kPin), QStringLiteral("--so-pin"),
                    QStringLiteral("135792468")});
        if (!util.waitForFinished(60000) || util.exitCode() != 0) {
            m_error = QStringLiteral("softhsm2-util --init-token failed: ")
                + QString::fromUtf8(util.readAllStandardError() + util.readAllStandardOutput());
            return;
        }
        m_pinFile = home + QStringLiteral("/pin-") + label;
        QFile pin(m_pinFile);
        if (!pin.open(QIODevice::WriteOnly | QIODevice::Truncate)
            || !pin.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner)
            || pin.write(QByteArray(kPin) + '\n') < 0) {
            m_error = QStringLiteral("cannot write the PIN file ") + m_pinFile;
            return;
        }
        m_valid = true;
    }

    bool isValid() const { return m_valid; }
    QString errorString() const { return m_error; }
    QString label() const { return m_label; }
    QString pinFile() const { return m_pinFile; }
    crypto::TokenConfig config() const
    {
        return {QString::fromLatin1(kModule), m_label, m_pinFile};
    }
    // compliancectl init's options for this token.
    QStringList initArguments() const
    {
        return {QStringLiteral("--pkcs11-module"),   QString::fromLatin1(kModule),
                QStringLiteral("--pkcs11-token"),    m_label,
                QStringLiteral("--pkcs11-pin-file"), m_pinFile};
    }
    // The token directory: a copy of it is the token's backup.
    static QString tokenDirectory() { return directory() + QStringLiteral("/tokens"); }

private:
    // One configuration and token directory per test process, made on first use.
    static QString directory()
    {
        static QTemporaryDir home;
        static const bool ready = [] {
            if (!home.isValid() || !QDir().mkpath(home.filePath(QStringLiteral("tokens"))))
                return false;
            QFile conf(home.filePath(QStringLiteral("softhsm2.conf")));
            if (!conf.open(QIODevice::WriteOnly))
                return false;
            conf.write("directories.tokendir = "
                       + QFile::encodeName(home.filePath(QStringLiteral("tokens")))
                       + "\nobjectstore.backend = file\nlog.level = ERROR\n"
                         "slots.removable = false\n");
            conf.close();
            qputenv("SOFTHSM2_CONF", QFile::encodeName(conf.fileName()));
            return true;
        }();
        return ready ? home.path() : QString();
    }

    QString m_label;
    QString m_pinFile;
    QString m_error;
    bool m_valid = false;
};

} // namespace cc::test
