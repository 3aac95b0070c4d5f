#include "PasswordRules.h"

#include "crypto/PasswordHash.h"

#include <crack.h>
#include <cstddef> // crack.h uses size_t without including its header

#include <QFile>
#include <QHash>
#include <QMutex>
#include <QMutexLocker>

namespace cc {

namespace {

constexpr qsizetype kMaxPasswordBytes = 1024;
constexpr qsizetype kShortestPersonalPart = 3;

Error refused(const QString &rule, const QString &why)
{
    return makeError(ErrorCode::InvalidInput,
                     QStringLiteral("password refused (%1): %2").arg(rule, why));
}

QString lettersAndDigits(const QString &text)
{
    QString kept;
    for (const QChar c : text) {
        if (c.isLetterOrNumber())
            kept += c;
    }
    return kept;
}

// The letters of a password once the usual substitutions are undone: what is left of
// "P@ssw0rd2026!" is "Password", which the dictionary knows.
QString lettersCore(const QString &password)
{
    static const QHash<QChar, QChar> undo = {
        {QLatin1Char('0'), QLatin1Char('o')}, {QLatin1Char('1'), QLatin1Char('l')},
        {QLatin1Char('3'), QLatin1Char('e')}, {QLatin1Char('4'), QLatin1Char('a')},
        {QLatin1Char('5'), QLatin1Char('s')}, {QLatin1Char('7'), QLatin1Char('t')},
        {QLatin1Char('@'), QLatin1Char('a')}, {QLatin1Char('$'), QLatin1Char('s')},
    };
    // Digits and symbols at the ends are padding ("Summer2026!"); inside a word they stand for
    // letters.
    qsizetype first = 0;
    qsizetype last = password.size();
    while (first < last && !password.at(first).isLetter())
        ++first;
    while (last > first && !password.at(last - 1).isLetter())
        --last;
    QString core;
    for (qsizetype i = first; i < last; ++i) {
        const QChar c = undo.value(password.at(i), password.at(i));
        if (c.isLetter())
            core += c;
    }
    return core;
}

Result<void> checkPersonal(const QString &password, const PasswordOwner &owner)
{
    const QString lowered = password.toLower();
    const QString localPart = owner.email.section(QLatin1Char('@'), 0, 0);
    const struct
    {
        QString part;
        QString name;
    } parts[] = {
        {owner.username, QStringLiteral("the username")},
        {lettersAndDigits(owner.username), QStringLiteral("the username")},
        {owner.email, QStringLiteral("the e-mail address")},
        {localPart, QStringLiteral("the e-mail address's local part")},
        {lettersAndDigits(localPart), QStringLiteral("the e-mail address's local part")},
    };
    for (const auto &[part, name] : parts) {
        if (part.size() >= kShortestPersonalPart && lowered.contains(part.toLower()))
            return refused(QStringLiteral("personal"), QStringLiteral("it contains %1").arg(name));
    }
    return {};
}

Result<void> checkDictionary(const QString &password, const PasswordOwner &owner,
                             const QString &dictionary)
{
    // cracklib keeps static state and is not thread-safe.
    static QMutex cracklib;
    const QByteArray dict = QFile::encodeName(dictionary);
    const QByteArray user = owner.username.toUtf8();
    const QByteArray gecos = owner.displayName.toUtf8();
    const auto verdict = [&](const QString &candidate) {
        const QByteArray text = candidate.toUtf8();
        const QMutexLocker lock(&cracklib);
        const char *problem = FascistCheckUser(text.constData(), dict.constData(), user.constData(),
                                               gecos.constData());
        return problem ? QString::fromUtf8(problem) : QString();
    };
    if (const QString problem = verdict(password); !problem.isEmpty()) {
        const bool personal = problem.contains(QLatin1String("username"))
            || problem.contains(QLatin1String("password entry"));
        return refused(personal ? QStringLiteral("personal") : QStringLiteral("dictionary"),
                       problem);
    }
    // The core alone may be short or repetitive; only the dictionary's verdict on it counts.
    const QString core = lettersCore(password);
    if (core.size() < password.size()) {
        if (const QString problem = verdict(core);
            problem.contains(QLatin1String("dictionary word")))
            return refused(QStringLiteral("dictionary"),
                           QStringLiteral("it is a dictionary word (\"%1\") with digits or "
                                          "symbols added")
                               .arg(core.toLower()));
    }
    return {};
}

} // namespace

Result<QString> passwordDictionary()
{
    // cracklib's compiled-in path first (Debian: /var/cache/cracklib/cracklib_dict, built by
    // cracklib-runtime), then where other distributions put it.
    const QStringList candidates = {
        QString::fromLocal8Bit(GetDefaultCracklibDict()),
        QStringLiteral("/var/cache/cracklib/cracklib_dict"),
        QStringLiteral("/usr/share/cracklib/pw_dict"),
        QStringLiteral("/usr/lib/cracklib_dict"),
    };
    for (const QString &base : candidates) {
        // cracklib exits the process when a part is missing (Debian #682735): all three first.
        if (QFile::exists(base + QStringLiteral(".pwd"))
            && QFile::exists(base + QStringLiteral(".pwi"))
            && QFile::exists(base + QStringLiteral(".hwm")))
            return base;
    }
    return makeError(ErrorCode::Unavailable,
                     QStringLiteral("no password can be set: the cracklib dictionary is missing "
                                    "(looked for %1.pwd and the like); install the Debian package "
                                    "cracklib-runtime")
                         .arg(candidates.join(QStringLiteral(".pwd, "))));
}

Result<void> checkPassword(const QByteArray &password, const PasswordOwner &owner, int minLength)
{
    const QString text = QString::fromUtf8(password);
    if (text.size() < minLength)
        return refused(QStringLiteral("length"),
                       QStringLiteral("it must be at least %1 characters").arg(minLength));
    if (password.size() > kMaxPasswordBytes)
        return refused(QStringLiteral("length"),
                       QStringLiteral("it must be at most %1 bytes").arg(kMaxPasswordBytes));
    if (password.contains('\0'))
        return refused(QStringLiteral("length"),
                       QStringLiteral("it holds a NUL character, which no password may hold"));
    if (Result<void> personal = checkPersonal(text, owner); !personal)
        return personal;
    Result<QString> dictionary = passwordDictionary();
    if (!dictionary)
        return dictionary.error();
    if (Result<void> common = checkDictionary(text, owner, *dictionary); !common)
        return common;
    for (const QString &hash : owner.previousHashes) {
        if (crypto::verifyPassword(hash, password))
            return refused(QStringLiteral("history"),
                           QStringLiteral("it is one of this account's recent passwords"));
    }
    return {};
}

} // namespace cc
