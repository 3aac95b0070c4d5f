#pragma once

// Sends one plain-text e-mail through the store's SMTP relay with libcurl, upgrading the
// connection with STARTTLS (required unless the configuration says "if_offered", which is
// only for a relay on the same host). The relay is named in <data dir>/smtp.json:
//   {"host": "smtp.example.com", "port": 587, "sender": "compliance@example.com",
//    "username": "compliance", "password_file": "/etc/compliance/smtp-password",
//    "starttls": "required", "retry_seconds": 60}
// host and sender are required; the password is read from its own file (mode 0600), never
// from smtp.json, so the configuration can be shown without the secret.

#include "Result.h"

#include <optional>

#include <QString>

namespace cc {

struct SmtpConfig
{
    QString host;
    int port = 587;
    QString sender;
    QString username; // empty: no authentication
    QString passwordFile;
    bool requireTls = true; // "starttls": "required" (default) or "if_offered"
    int retrySeconds = 60; // first retry after a failure; doubles up to an hour

    // Absent file: no e-mail (std::nullopt). Unknown keys and bad values are errors naming them.
    static Result<std::optional<SmtpConfig>> loadFile(const QString &path);
    static Result<SmtpConfig> fromJson(const QByteArray &json);
};

struct MailMessage
{
    QString to;
    QString subject;
    QString body;
};

class SmtpMailer
{
public:
    explicit SmtpMailer(SmtpConfig config)
        : m_config(std::move(config))
    { }

    // Blocks for at most about 30 seconds; the error says what the relay answered.
    Result<void> send(const MailMessage &message) const;

private:
    SmtpConfig m_config;
};

} // namespace cc
