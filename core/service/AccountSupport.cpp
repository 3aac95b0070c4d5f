#include "AccountSupport.h"

#include "crypto/Aes256Gcm.h"

#include <QDateTime>

namespace cc::accounts {

QByteArray totpAad(qint64 userId)
{
    return crypto::fieldAad(QStringLiteral("users"), QStringLiteral("totp_secret"), userId);
}

QByteArray pendingTotpAad(qint64 userId)
{
    return crypto::fieldAad(QStringLiteral("users"), QStringLiteral("enrolment_totp_secret"),
                            userId);
}

QString tokenHash(const QString &token)
{
    return QString::fromLatin1(crypto::sha256(token.toLatin1()).toHex());
}

QString enrolmentCodeHash(const QString &typed)
{
    QString normal;
    for (const QChar c : typed) {
        if (c != QLatin1Char('-') && !c.isSpace())
            normal += c.toUpper();
    }
    return QString::fromLatin1(crypto::sha256(normal.toUtf8()).toHex());
}

std::shared_ptr<QByteArray> sharedSecret(const QByteArray &secret)
{
    // A deep copy: one that shared the caller's buffer could not be overwritten.
    return std::shared_ptr<QByteArray>(new QByteArray(secret.constData(), secret.size()),
                                       [](QByteArray *bytes) {
                                           crypto::wipe(*bytes);
                                           delete bytes;
                                       });
}

QString utcMinute(qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC).toString(QStringLiteral("yyyy-MM-dd HH:mm"));
}

QString isoTime(qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC).toString(Qt::ISODate);
}

} // namespace cc::accounts
