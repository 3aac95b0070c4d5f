#pragma once

// Runs the real compliance-stored binary on a store made by the real compliancectl in a
// temporary directory, and offers raw JSON calls for arranging what a test needs. In a SoftHSM
// run (COMPLIANCE_TEST_SOFTHSM) the store keeps its master key in a throwaway token.

#include "SoftHsmToken.h"
#include "TestDatabase.h"

#include <memory>
#include <vector>

#include <QJsonObject>
#include <QProcess>
#include <QSslCertificate>
#include <QTemporaryDir>
#include <QUrl>

namespace cc::test {

struct ApiReply
{
    int status = 0;
    QJsonObject json;
    QByteArray raw;
    QByteArray contentType;
    QByteArray contentDisposition;
    QString errorString;

    QString errorMessage() const
    {
        return json.value(QStringLiteral("error"))
            .toObject()
            .value(QStringLiteral("message"))
            .toString();
    }
    QString errorCode() const
    {
        return json.value(QStringLiteral("error"))
            .toObject()
            .value(QStringLiteral("code"))
            .toString();
    }
};

// Path of a built executable (COMPLIANCE_BIN_DIR is set by compliance_add_test).
QString binary(const QString &name);

class TestServer
{
public:
    // The clients a new test store has registered (access requests must name one).
    static inline const QStringList kTestClients {
        QStringLiteral("ACME EU"), QStringLiteral("ACME-EU"),   QStringLiteral("ACME-US"),
        QStringLiteral("ACME"),    QStringLiteral("piiclient"), QStringLiteral("A")};

    struct Account
    {
        qint64 id = 0;
        QString username;
        QString password;
        QByteArray totpSecret;
        QString role;
        qint64 lastStep = 0; // highest TOTP step this harness has handed out
        QString deviceToken; // from the last sign-in through login() or enrol()
    };

    TestServer();
    ~TestServer();

    // Creates the store (compliancectl init) unless one exists, then starts the server.
    bool start(const QStringList &extraServerArguments = {});
    // Before start(): creates the store if need be and writes its policy.json.
    bool writePolicy(const QJsonObject &policy);
    void stop();
    QString errorString() const { return m_error; }
    QString dataDir() const { return m_dir.path(); }
    const TestDatabase &database() const { return m_database; }
    QUrl baseUrl() const { return m_baseUrl; }
    QSslCertificate certificate() const;
    QProcess &process() { return m_server; }

    // compliancectl user add --password-stdin (the local operator): a password and a secret.
    Account addUser(const QString &username, const QString &role, const QString &title = {});
    // The way people join: an admin invites (POST /users), the person enrols with the code
    // (POST /enrolment/start, then /enrolment/finish with a code from oathtool) and is signed
    // in; token receives their session token. Empty account (id 0) on failure, with a warning.
    Account enrol(const QString &username, const QString &role, const QString &adminToken,
                  QString *token = nullptr);
    // A TOTP code from oathtool, the independent peer (oathtool --totp -b --now=@T SECRET).
    static QString oathtool(const QByteArray &secret, qint64 step);
    // A password that passes the rules and contains no part of the username.
    static QString passwordFor(const QString &username);
    // An account created through POST /users by the holder of adminToken (so the store records
    // that admin as its creator) and enrolled by its person (enrol()); *token gets the session.
    Account createThroughApi(const QString &adminToken, const QString &username,
                             const QStringList &roles, QString *token);
    // A code for a time step not yet handed out for this account; waits for the next step
    // when the accepted window is used up.
    QString nextTotp(Account &account);
    QString login(Account &account, const QUrl &at = {}); // at: another instance
    ApiReply call(const QByteArray &method, const QString &path, const QJsonObject &body = {},
                  const QString &token = {});
    // The same, against another instance of the server (see startInstance()).
    ApiReply callAt(const QUrl &baseUrl, const QByteArray &method, const QString &path,
                    const QJsonObject &body = {}, const QString &token = {});

    // Starts one more compliance-stored on the same data directory and database, with the
    // arguments given to start() (several servers on one PostgreSQL database); returns its
    // base URL, empty on failure.
    QUrl startInstance();
    QProcess &instanceProcess(int index) { return *m_instances.at(size_t(index)); }
    ApiReply callRaw(const QByteArray &method, const QString &path, const QByteArray &body,
                     const QString &token = {});

    // Runs compliancectl with the given arguments (and this store's --data and --database).
    int runCtl(const QStringList &arguments, QByteArray *out = nullptr, QByteArray *err = nullptr,
               const QByteArray &input = {});

private:
    bool createStore(); // compliancectl init, unless the store exists
    // Access requests name a registered client: a new store knows kTestClients, the ones the
    // tests ask access for (as if an administrator had added them).
    bool registerTestClients();
    QUrl launch(QProcess &server, const QStringList &extraServerArguments);
    ApiReply send(const QUrl &baseUrl, const QByteArray &method, const QString &path,
                  const QByteArray &body, const QString &token);

    QTemporaryDir m_dir;
    TestDatabase m_database;
    std::unique_ptr<SoftHsmToken> m_token; // the SoftHSM run's token, made by createStore()
    QProcess m_server;
    std::vector<std::unique_ptr<QProcess>> m_instances;
    bool m_stopping = false; // a server's end is expected, not a failure to report
    QStringList m_serverArguments; // given to start(), used for every instance
    QUrl m_baseUrl;
    QString m_error;
};

} // namespace cc::test
