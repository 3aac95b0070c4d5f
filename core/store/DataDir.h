#pragma once

// Where a store keeps its files. One directory holds the database, the master key, the TLS
// material and the optional policy override; nothing else in the code builds these paths, and
// nothing else decides who may read them (checkPrivate()).

#include "Result.h"

#include <QDir>
#include <QString>
#include <QStringList>

namespace cc {

class DataDir
{
public:
    explicit DataDir(const QString &path)
        : m_dir(path)
    { }

    QString path() const { return m_dir.absolutePath(); }
    QString databaseFile() const { return m_dir.absoluteFilePath(QStringLiteral("store.sqlite")); }
    QString masterKeyFile() const { return m_dir.absoluteFilePath(QStringLiteral("master.key")); }
    // Instead of master.key: which PKCS#11 token holds the master key (crypto::TokenConfig).
    QString pkcs11ConfigFile() const
    {
        return m_dir.absoluteFilePath(QStringLiteral("pkcs11.json"));
    }
    QString certificateFile() const
    {
        return m_dir.absoluteFilePath(QStringLiteral("tls-cert.pem"));
    }
    QString privateKeyFile() const { return m_dir.absoluteFilePath(QStringLiteral("tls-key.pem")); }
    // SQLite only: the per-order data keys of Amazon PII, kept out of the main database file
    // so that a copy of that file cannot decrypt an order whose key has been deleted.
    QString orderKeysFile() const
    {
        return m_dir.absoluteFilePath(QStringLiteral("order-keys.sqlite"));
    }
    // Every signed audit checkpoint, appended outside the database: a database writer cannot
    // cut or rewrite the chain behind it unnoticed (audit/AuditAnchors).
    QString auditAnchorsFile() const
    {
        return m_dir.absoluteFilePath(QStringLiteral("audit-anchors.jsonl"));
    }
    // Every order whose data key a deletion request shredded, appended outside the database
    // so a restored backup cannot bring its PII back (store/ShredLog).
    QString shreddedOrdersFile() const
    {
        return m_dir.absoluteFilePath(QStringLiteral("shredded-orders.log"));
    }
    QString policyFile() const { return m_dir.absoluteFilePath(QStringLiteral("policy.json")); }
    // The SMTP relay for outgoing e-mail; absent: the store sends none.
    QString smtpConfigFile() const { return m_dir.absoluteFilePath(QStringLiteral("smtp.json")); }
    // Written only by `compliancectl demo seed`: the demo officer's sign-in for `./dev run`.
    QString demoLoginFile() const
    {
        return m_dir.absoluteFilePath(QStringLiteral("demo-login.json"));
    }

    // The files that hold a secret: keys, the TLS private key, the order key database with
    // SQLite's own -wal and -shm beside it, the audit anchors, the demo sign-in, the SMTP
    // password file that smtp.json names, and pkcs11.json with the PIN file it names. Only
    // those that exist are listed.
    QStringList secretFiles() const;

    // Refuses a directory that group or others can reach into, and a secret file (above) that
    // group or others can read or write: the error names the path and the chmod that fixes it.
    // The server and every compliancectl command check before reading a key (Store::open).
    Result<void> checkPrivate() const;

private:
    QDir m_dir;
};

} // namespace cc
