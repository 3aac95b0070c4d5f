#include "SmtpMailer.h"

#include "crypto/Crypto.h"

#include <curl/curl.h>

#include <QDateTime>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QUuid>

namespace cc {

namespace {

struct Upload
{
    QByteArray data;
    qsizetype offset = 0;
};

size_t readChunk(char *buffer, size_t size, size_t count, void *user)
{
    auto *upload = static_cast<Upload *>(user);
    const qsizetype room = qsizetype(size * count);
    const qsizetype n = qMin(room, upload->data.size() - upload->offset);
    if (n <= 0)
        return 0;
    memcpy(buffer, upload->data.constData() + upload->offset, size_t(n));
    upload->offset += n;
    return size_t(n);
}

// Header values must not carry line breaks (header injection).
QByteArray headerValue(const QString &value)
{
    QString v = value;
    v.replace(QLatin1Char('\r'), QLatin1Char(' ')).replace(QLatin1Char('\n'), QLatin1Char(' '));
    return v.toUtf8();
}

QByteArray encodedSubject(const QString &subject)
{
    return "=?UTF-8?B?" + headerValue(subject).toBase64() + "?=";
}

} // namespace

Result<SmtpConfig> SmtpConfig::fromJson(const QByteArray &json)
{
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    if (!doc.isObject())
        return makeError(
            ErrorCode::InvalidInput,
            QStringLiteral("smtp.json is not a JSON object: %1").arg(parseError.errorString()));
    const QJsonObject o = doc.object();
    static const QStringList known = {QStringLiteral("host"),          QStringLiteral("port"),
                                      QStringLiteral("sender"),        QStringLiteral("username"),
                                      QStringLiteral("password_file"), QStringLiteral("starttls"),
                                      QStringLiteral("retry_seconds")};
    for (auto it = o.begin(); it != o.end(); ++it) {
        if (!known.contains(it.key()))
            return makeError(
                ErrorCode::InvalidInput,
                QStringLiteral("smtp.json has an unknown setting \"%1\"").arg(it.key()));
    }
    SmtpConfig c;
    c.host = o.value(QLatin1String("host")).toString().trimmed();
    c.sender = o.value(QLatin1String("sender")).toString().trimmed();
    c.username = o.value(QLatin1String("username")).toString();
    c.passwordFile = o.value(QLatin1String("password_file")).toString();
    if (c.host.isEmpty() || c.sender.isEmpty() || !c.sender.contains(QLatin1Char('@')))
        return makeError(ErrorCode::InvalidInput,
                         QStringLiteral("smtp.json needs \"host\" and a \"sender\" address"));
    if (o.contains(QLatin1String("port"))) {
        const int port = o.value(QLatin1String("port")).toInt(-1);
        if (port < 1 || port > 65535)
            return makeError(ErrorCode::InvalidInput,
                             QStringLiteral("smtp.json \"port\" must be from 1 to 65535"));
        c.port = port;
    }
    const QString tls = o.value(QLatin1String("starttls")).toString(QStringLiteral("required"));
    if (tls != QLatin1String("required") && tls != QLatin1String("if_offered"))
        return makeError(ErrorCode::InvalidInput,
                         QStringLiteral("smtp.json \"starttls\" must be \"required\" or "
                                        "\"if_offered\""));
    c.requireTls = tls == QLatin1String("required");
    if (!c.username.isEmpty() && c.passwordFile.isEmpty())
        return makeError(ErrorCode::InvalidInput,
                         QStringLiteral("smtp.json names a \"username\" but no \"password_file\""));
    if (o.contains(QLatin1String("retry_seconds"))) {
        const int retry = o.value(QLatin1String("retry_seconds")).toInt(-1);
        if (retry < 1 || retry > 3600)
            return makeError(ErrorCode::InvalidInput,
                             QStringLiteral("smtp.json \"retry_seconds\" must be from 1 to 3600"));
        c.retrySeconds = retry;
    }
    return c;
}

Result<std::optional<SmtpConfig>> SmtpConfig::loadFile(const QString &path)
{
    QFile file(path);
    if (!file.exists())
        return std::optional<SmtpConfig>();
    if (!file.open(QIODevice::ReadOnly))
        return makeError(ErrorCode::Unavailable,
                         QStringLiteral("cannot read %1: %2").arg(path, file.errorString()));
    Result<SmtpConfig> config = fromJson(file.readAll());
    if (!config)
        return makeError(config.error().code, path + QStringLiteral(": ") + config.error().message);
    return std::optional<SmtpConfig>(config.value());
}

Result<void> SmtpMailer::send(const MailMessage &message) const
{
    QByteArray password;
    const crypto::WipeOnExit passwordWiped(password);
    if (!m_config.username.isEmpty()) {
        QFile file(m_config.passwordFile);
        // Unbuffered: no second copy of the password in QIODevice's read buffer.
        if (!file.open(QIODevice::ReadOnly | QIODevice::Unbuffered))
            return makeError(ErrorCode::Unavailable,
                             QStringLiteral("cannot read the SMTP password file %1: %2")
                                 .arg(m_config.passwordFile, file.errorString()));
        password = file.readAll().trimmed();
    }
    Upload upload;
    QByteArray body = message.body.toUtf8();
    body.replace("\r\n", "\n").replace("\n", "\r\n");
    upload.data = "Date: " + QDateTime::currentDateTimeUtc().toString(Qt::RFC2822Date).toLatin1()
        + "\r\n" + "To: <" + headerValue(message.to) + ">\r\nFrom: <" + headerValue(m_config.sender)
        + ">\r\nMessage-ID: <" + QUuid::createUuid().toByteArray(QUuid::WithoutBraces) + "@"
        + headerValue(m_config.host) + ">\r\nSubject: " + encodedSubject(message.subject)
        + "\r\nMIME-Version: 1.0\r\nContent-Type: text/plain; charset=utf-8\r\n"
          "Content-Transfer-Encoding: 8bit\r\n\r\n"
        + body + "\r\n";

    CURL *curl = curl_easy_init();
    if (!curl)
        return makeError(ErrorCode::Internal, QStringLiteral("cannot start libcurl"));
    char errorBuffer[CURL_ERROR_SIZE] = {};
    const QByteArray url
        = QStringLiteral("smtp://%1:%2").arg(m_config.host).arg(m_config.port).toUtf8();
    const QByteArray from = "<" + headerValue(m_config.sender) + ">";
    const QByteArray to = "<" + headerValue(message.to) + ">";
    const QByteArray username = m_config.username.toUtf8();
    curl_slist *recipients = curl_slist_append(nullptr, to.constData());
    curl_easy_setopt(curl, CURLOPT_URL, url.constData());
    curl_easy_setopt(curl, CURLOPT_USE_SSL,
                     m_config.requireTls ? long(CURLUSESSL_ALL) : long(CURLUSESSL_TRY));
    curl_easy_setopt(curl, CURLOPT_MAIL_FROM, from.constData());
    curl_easy_setopt(curl, CURLOPT_MAIL_RCPT, recipients);
    curl_easy_setopt(curl, CURLOPT_READFUNCTION, readChunk);
    curl_easy_setopt(curl, CURLOPT_READDATA, &upload);
    curl_easy_setopt(curl, CURLOPT_UPLOAD, 1L);
    curl_easy_setopt(curl, CURLOPT_CONNECTTIMEOUT, 10L);
    curl_easy_setopt(curl, CURLOPT_TIMEOUT, 30L);
    curl_easy_setopt(curl, CURLOPT_NOSIGNAL, 1L);
    curl_easy_setopt(curl, CURLOPT_ERRORBUFFER, errorBuffer);
    if (!username.isEmpty()) {
        curl_easy_setopt(curl, CURLOPT_USERNAME, username.constData());
        curl_easy_setopt(curl, CURLOPT_PASSWORD, password.constData());
    }
    const CURLcode code = curl_easy_perform(curl);
    long response = 0;
    curl_easy_getinfo(curl, CURLINFO_RESPONSE_CODE, &response);
    curl_slist_free_all(recipients);
    curl_easy_cleanup(curl);
    if (code != CURLE_OK) {
        const QString detail = errorBuffer[0] ? QString::fromUtf8(errorBuffer)
                                              : QString::fromUtf8(curl_easy_strerror(code));
        return makeError(
            ErrorCode::Unavailable,
            QStringLiteral("the SMTP relay %1:%2 did not take the message for %3: %4%5")
                .arg(m_config.host)
                .arg(m_config.port)
                .arg(message.to, detail,
                     response > 0 ? QStringLiteral(" (reply %1)").arg(response) : QString()));
    }
    return {};
}

} // namespace cc
