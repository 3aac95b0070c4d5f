#include "TestServer.h"

#include "crypto/Totp.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QEventLoop>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcessEnvironment>
#include <QRegularExpression>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QSslConfiguration>
#include <QTest>
#include <QThread>
#include <QTimer>
#include <QUrlQuery>

namespace cc::test {

QString binary(const QString &name)
{
    const QString dir = qEnvironmentVariable("COMPLIANCE_BIN_DIR");
    return dir.isEmpty() ? name : dir + QLatin1Char('/') + name;
}

TestServer::TestServer() = default;

TestServer::~TestServer()
{
    stop();
}

void TestServer::stop()
{
    m_stopping = true;
    for (const auto &instance : m_instances) {
        instance->terminate();
        if (!instance->waitForFinished(5000))
            instance->kill();
    }
    m_instances.clear();
    if (m_server.state() != QProcess::NotRunning) {
        m_server.terminate();
        if (!m_server.waitForFinished(5000))
            m_server.kill();
        m_server.waitForFinished(2000);
    }
    m_stopping = false;
}

int TestServer::runCtl(const QStringList &arguments, QByteArray *out, QByteArray *err,
                       const QByteArray &input)
{
    QProcess ctl;
    ctl.start(binary(QStringLiteral("compliancectl")),
              arguments + QStringList {QStringLiteral("--data"), dataDir()}
                  + m_database.arguments());
    if (!ctl.waitForStarted(10000))
        return -1;
    ctl.write(input);
    ctl.closeWriteChannel();
    ctl.waitForFinished(60000);
    if (out)
        *out = ctl.readAllStandardOutput();
    if (err)
        *err = ctl.readAllStandardError();
    return ctl.exitStatus() == QProcess::NormalExit ? ctl.exitCode() : -1;
}

bool TestServer::createStore()
{
    if (!m_dir.isValid()) {
        m_error = QStringLiteral("cannot create a temporary directory");
        return false;
    }
    if (!QFile::exists(m_dir.filePath(QStringLiteral("master.key")))
        && !QFile::exists(m_dir.filePath(QStringLiteral("pkcs11.json")))) {
        QStringList init = {QStringLiteral("init")};
        // The SoftHSM run: the master key in a throwaway token of this server's own.
        if (SoftHsmToken::requested()) {
            static int tokens = 0;
            m_token = std::make_unique<SoftHsmToken>(QStringLiteral("server-%1").arg(++tokens));
            if (!m_token->isValid()) {
                m_error = m_token->errorString();
                return false;
            }
            init << m_token->initArguments();
        }
        QByteArray err;
        if (runCtl(init, nullptr, &err) != 0) {
            m_error = QStringLiteral("compliancectl init failed: ") + QString::fromUtf8(err);
            return false;
        }
        return registerTestClients();
    }
    return true;
}

bool TestServer::registerTestClients()
{
    const QString name = QStringLiteral("test-clients");
    {
        QSqlDatabase db = m_database.openDirect(dataDir(), name);
        QSqlQuery insert(db);
        if (!db.isOpen()
            || !insert.prepare(QStringLiteral(
                "INSERT INTO clients (name, added_by, added_at) VALUES (?, 'test', 0)"))) {
            m_error = QStringLiteral("cannot register the test clients: ") + db.lastError().text()
                + insert.lastError().text();
            return false;
        }
        for (const QString &client : kTestClients) {
            insert.addBindValue(client);
            if (!insert.exec()) {
                m_error = QStringLiteral("cannot register client %1: %2")
                              .arg(client, insert.lastError().text());
                return false;
            }
        }
    }
    QSqlDatabase::removeDatabase(name);
    return true;
}

bool TestServer::writePolicy(const QJsonObject &policy)
{
    if (!createStore())
        return false;
    QFile file(m_dir.filePath(QStringLiteral("policy.json")));
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate)
        || file.write(QJsonDocument(policy).toJson()) < 0) {
        m_error = QStringLiteral("cannot write policy.json: ") + file.errorString();
        return false;
    }
    return true;
}

bool TestServer::start(const QStringList &extraServerArguments)
{
    if (!createStore())
        return false;
    m_serverArguments = extraServerArguments;
    m_baseUrl = launch(m_server, extraServerArguments);
    return m_baseUrl.isValid();
}

QUrl TestServer::launch(QProcess &server, const QStringList &extraServerArguments)
{
    server.setProcessChannelMode(QProcess::SeparateChannels);
    // A server that ends on its own (a sanitizer report, a crash) only shows as failed requests:
    // say why, next to the test that saw it. UBSan ignores log_path, so stderr is the only trace.
    QObject::disconnect(&server, &QProcess::finished, &server, nullptr); // an earlier launch's
    QObject::connect(&server, &QProcess::finished, &server,
                     [this, &server](int exitCode, QProcess::ExitStatus status) {
                         if (m_stopping)
                             return;
                         qWarning("compliance-stored ended by itself (%s %d): %s",
                                  status == QProcess::CrashExit ? "crash" : "exit code", exitCode,
                                  server.readAllStandardError().right(8000).constData());
                     });
    server.start(binary(QStringLiteral("compliance-stored")),
                 m_database.arguments()
                     + QStringList {QStringLiteral("--data"), dataDir(), QStringLiteral("--listen"),
                                    QStringLiteral("127.0.0.1:0")}
                     + extraServerArguments);
    if (!server.waitForStarted(10000)) {
        m_error = QStringLiteral("cannot start compliance-stored: ") + server.errorString();
        return {};
    }
    static const QRegularExpression listening(QStringLiteral("listening on (https://\\S+)"));
    QByteArray output;
    QDeadlineTimer deadline(20000);
    while (!deadline.hasExpired() && server.state() != QProcess::NotRunning) {
        server.waitForReadyRead(200);
        output += server.readAllStandardOutput();
        const QRegularExpressionMatch match = listening.match(QString::fromUtf8(output));
        if (match.hasMatch())
            return QUrl(match.captured(1));
    }
    m_error = QStringLiteral("compliance-stored did not start: ")
        + QString::fromUtf8(server.readAllStandardError());
    return {};
}

QUrl TestServer::startInstance()
{
    m_instances.push_back(std::make_unique<QProcess>());
    return launch(*m_instances.back(), m_serverArguments);
}

QSslCertificate TestServer::certificate() const
{
    const QList<QSslCertificate> certs
        = QSslCertificate::fromPath(m_dir.filePath(QStringLiteral("tls-cert.pem")));
    return certs.value(0);
}

TestServer::Account TestServer::addUser(const QString &username, const QString &role,
                                        const QString &title)
{
    Account account;
    account.username = username;
    account.role = role;
    account.password = passwordFor(username);
    QByteArray out;
    QByteArray err;
    QStringList args = {QStringLiteral("user"),
                        QStringLiteral("add"),
                        QStringLiteral("--username"),
                        username,
                        QStringLiteral("--email"),
                        username + QStringLiteral("@test.example"),
                        QStringLiteral("--role"),
                        role,
                        QStringLiteral("--password-stdin")};
    if (!title.isEmpty())
        args << QStringLiteral("--title") << title;
    if (runCtl(args, &out, &err, account.password.toUtf8() + '\n') != 0) {
        qWarning("user add %s failed: %s", qPrintable(username), err.constData());
        return account;
    }
    const QUrlQuery query(QUrl(QString::fromUtf8(out.trimmed())).query());
    account.totpSecret
        = crypto::totp::fromBase32(query.queryItemValue(QStringLiteral("secret"))).value();
    static const QRegularExpression idPattern(QStringLiteral("\\(id (\\d+)\\)"));
    account.id = idPattern.match(QString::fromUtf8(err)).captured(1).toLongLong();
    return account;
}

QString TestServer::passwordFor(const QString &username)
{
    // Distinct per account, free of the username (the personal rule) and of dictionary words.
    const QByteArray digest
        = QCryptographicHash::hash(username.toUtf8(), QCryptographicHash::Sha256).toHex();
    return QStringLiteral("Kv7-%1-mQ2z").arg(QString::fromLatin1(digest.left(10)));
}

QString TestServer::oathtool(const QByteArray &secret, qint64 step)
{
    QProcess tool;
    tool.start(QStringLiteral("oathtool"),
               {QStringLiteral("--totp"), QStringLiteral("-b"),
                QStringLiteral("--now=@%1").arg(step * crypto::totp::kDefaultStepSeconds),
                crypto::totp::toBase32(secret)});
    if (!tool.waitForFinished(10000) || tool.exitCode() != 0) {
        qWarning("oathtool failed: %s", tool.readAllStandardError().constData());
        return {};
    }
    return QString::fromLatin1(tool.readAllStandardOutput().trimmed());
}

TestServer::Account TestServer::enrol(const QString &username, const QString &role,
                                      const QString &adminToken, QString *token)
{
    Account account;
    const QJsonObject person {
        {QStringLiteral("username"), username},
        {QStringLiteral("email"), QString(username + QStringLiteral("@test.example"))},
        {QStringLiteral("display_name"), username},
        {QStringLiteral("roles"), QJsonArray::fromStringList(role.split(QLatin1Char(',')))}};
    const ApiReply invited = call("POST", QStringLiteral("/users"), person, adminToken);
    const QString code = invited.json.value(QStringLiteral("enrolment_code")).toString();
    if (invited.status != 201 || code.isEmpty()) {
        qWarning("invite %s failed: %d %s", qPrintable(username), invited.status,
                 invited.raw.constData());
        return account;
    }
    const QString password = passwordFor(username);
    const ApiReply started = call("POST", QStringLiteral("/enrolment/start"),
                                  {{QStringLiteral("username"), username},
                                   {QStringLiteral("enrolment_code"), code},
                                   {QStringLiteral("password"), password}});
    const QUrlQuery uri(QUrl(started.json.value(QStringLiteral("totp_uri")).toString()).query());
    const Result<QByteArray> secret
        = crypto::totp::fromBase32(uri.queryItemValue(QStringLiteral("secret")));
    if (started.status != 200 || !secret || secret->isEmpty()) {
        qWarning("enrolment start %s failed: %d %s", qPrintable(username), started.status,
                 started.raw.constData());
        return account;
    }
    account.username = username;
    account.password = password;
    account.role = role;
    account.totpSecret = *secret;
    const qint64 step = QDateTime::currentSecsSinceEpoch() / crypto::totp::kDefaultStepSeconds;
    const ApiReply finished = call("POST", QStringLiteral("/enrolment/finish"),
                                   {{QStringLiteral("username"), username},
                                    {QStringLiteral("enrolment_code"), code},
                                    {QStringLiteral("totp"), oathtool(*secret, step)}});
    if (finished.status != 201) {
        qWarning("enrolment finish %s failed: %d %s", qPrintable(username), finished.status,
                 finished.raw.constData());
        return {};
    }
    account.lastStep = step;
    account.id = invited.json.value(QStringLiteral("user"))
                     .toObject()
                     .value(QStringLiteral("id"))
                     .toInteger();
    account.deviceToken = finished.json.value(QStringLiteral("device_token")).toString();
    if (token)
        *token = finished.json.value(QStringLiteral("token")).toString();
    return account;
}

TestServer::Account TestServer::createThroughApi(const QString &adminToken, const QString &username,
                                                 const QStringList &roles, QString *token)
{
    return enrol(username, roles.join(QLatin1Char(',')), adminToken, token);
}

QString TestServer::nextTotp(Account &account)
{
    for (;;) {
        const qint64 now = QDateTime::currentSecsSinceEpoch();
        const qint64 current = now / crypto::totp::kDefaultStepSeconds;
        // The server accepts one step either side; use the oldest one still unused, but not the
        // previous step near the end of the current one: under load the sign-in may reach the
        // server's check after the boundary, when that code is two steps old.
        const qint64 secondsLeft
            = crypto::totp::kDefaultStepSeconds - now % crypto::totp::kDefaultStepSeconds;
        const qint64 oldest = secondsLeft > 15 ? current - 1 : current;
        for (qint64 step = oldest; step <= current + 1; ++step) {
            if (step > account.lastStep) {
                account.lastStep = step;
                return crypto::totp::code(account.totpSecret,
                                          step * crypto::totp::kDefaultStepSeconds)
                    .value();
            }
        }
        QTest::qWait(500);
    }
}

QString TestServer::login(Account &account, const QUrl &at)
{
    const ApiReply reply = callAt(at.isEmpty() ? m_baseUrl : at, "POST", QStringLiteral("/session"),
                                  {{QStringLiteral("username"), account.username},
                                   {QStringLiteral("password"), account.password},
                                   {QStringLiteral("totp"), nextTotp(account)}});
    if (reply.status != 201) {
        qWarning("login %s failed: %d %s", qPrintable(account.username), reply.status,
                 reply.raw.constData());
        return {};
    }
    account.deviceToken = reply.json.value(QStringLiteral("device_token")).toString();
    return reply.json.value(QStringLiteral("token")).toString();
}

ApiReply TestServer::call(const QByteArray &method, const QString &path, const QJsonObject &body,
                          const QString &token)
{
    return callRaw(method, path,
                   body.isEmpty() && method == "GET" ? QByteArray() : QJsonDocument(body).toJson(),
                   token);
}

ApiReply TestServer::callAt(const QUrl &baseUrl, const QByteArray &method, const QString &path,
                            const QJsonObject &body, const QString &token)
{
    return send(baseUrl, method, path,
                body.isEmpty() && method == "GET" ? QByteArray() : QJsonDocument(body).toJson(),
                token);
}

ApiReply TestServer::callRaw(const QByteArray &method, const QString &path, const QByteArray &body,
                             const QString &token)
{
    return send(m_baseUrl, method, path, body, token);
}

ApiReply TestServer::send(const QUrl &baseUrl, const QByteArray &method, const QString &path,
                          const QByteArray &body, const QString &token)
{
    QNetworkAccessManager manager;
    QUrl url = baseUrl;
    const qsizetype question = path.indexOf(QLatin1Char('?'));
    url.setPath(QStringLiteral("/api/v1") + path.left(question));
    if (question >= 0)
        url.setQuery(path.mid(question + 1));
    QNetworkRequest request(url);
    QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
    tls.setCaCertificates({certificate()});
    request.setSslConfiguration(tls);
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    if (!token.isEmpty())
        request.setRawHeader("Authorization", "Bearer " + token.toLatin1());
    QNetworkReply *reply = manager.sendCustomRequest(request, method, body);
    QEventLoop loop;
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    QTimer::singleShot(30000, &loop, &QEventLoop::quit);
    loop.exec();
    ApiReply result;
    result.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    result.raw = reply->readAll();
    result.json = QJsonDocument::fromJson(result.raw).object();
    result.contentType = reply->rawHeader("Content-Type");
    result.contentDisposition = reply->rawHeader("Content-Disposition");
    if (reply->error() != QNetworkReply::NoError && result.status == 0)
        result.errorString = reply->errorString();
    reply->deleteLater();
    return result;
}

} // namespace cc::test
