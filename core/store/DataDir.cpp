#include "DataDir.h"

#include "crypto/TokenKey.h"
#include "mail/SmtpMailer.h"

#include <cerrno>
#include <cstring>
#include <sys/stat.h>

#include <QFile>
#include <QFileInfo>

namespace cc {

namespace {

QString octal(mode_t mode)
{
    return QStringLiteral("%1").arg(uint(mode & 07777), 4, 8, QLatin1Char('0'));
}

// Group and other bits must all be clear: reading a secret is the obvious harm, but whoever can
// write one (or enter the directory and replace it) can also swap in a key of their own.
Result<void> checkOwnerOnly(const QString &path, const QString &what, const char *fix)
{
    struct stat info;
    if (::stat(QFile::encodeName(path).constData(), &info) != 0) {
        if (errno == ENOENT)
            return {};
        return makeError(ErrorCode::Unavailable,
                         QStringLiteral("cannot inspect %1 %2: %3")
                             .arg(what, path, QString::fromLocal8Bit(std::strerror(errno))));
    }
    if ((info.st_mode & 0077) == 0)
        return {};
    return makeError(ErrorCode::InvalidInput,
                     QStringLiteral("%1 %2 is open to group or others (mode %3): run chmod %4 %2")
                         .arg(what, path, octal(info.st_mode), QLatin1String(fix)));
}

} // namespace

QStringList DataDir::secretFiles() const
{
    QStringList files = {masterKeyFile(),
                         privateKeyFile(),
                         orderKeysFile(),
                         orderKeysFile() + QStringLiteral("-wal"),
                         orderKeysFile() + QStringLiteral("-shm"),
                         auditAnchorsFile(),
                         demoLoginFile(),
                         pkcs11ConfigFile()};
    // The relay's password lives where smtp.json says, often outside the directory. A
    // smtp.json that does not parse names no file here: the outbox reports it when it sends.
    if (Result<std::optional<SmtpConfig>> smtp = SmtpConfig::loadFile(smtpConfigFile());
        smtp && *smtp && !(*smtp)->passwordFile.isEmpty())
        files << (*smtp)->passwordFile;
    // Likewise the token's PIN file; a pkcs11.json that does not parse is reported on opening.
    if (QFileInfo::exists(pkcs11ConfigFile()))
        if (Result<crypto::TokenConfig> token = crypto::TokenConfig::loadFile(pkcs11ConfigFile());
            token)
            files << token->pinFile;
    files.removeIf([](const QString &file) { return !QFileInfo::exists(file); });
    return files;
}

Result<void> DataDir::checkPrivate() const
{
    if (Result<void> dir = checkOwnerOnly(path(), QStringLiteral("the store directory"), "700");
        !dir)
        return dir;
    for (const QString &file : secretFiles()) {
        if (Result<void> private_ = checkOwnerOnly(file, QStringLiteral("the secret file"), "600");
            !private_)
            return private_;
    }
    return {};
}

} // namespace cc
