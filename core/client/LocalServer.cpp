#include "LocalServer.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QRegularExpression>

Q_LOGGING_CATEGORY(lcLocalServer, "compliance.client.localserver")

namespace cc::client {

DemoAccount DemoAccount::read(const QString &dataDir, const QString &who)
{
    DemoAccount account;
    QFile file(QDir(dataDir).filePath(QStringLiteral("demo-login.json")));
    if (!file.open(QIODevice::ReadOnly)) {
        account.error = QCoreApplication::translate(
                            "cc::client::DemoAccount",
                            "Cannot read %1: %2. Seed the store with `compliancectl demo seed` "
                            "first.")
                            .arg(file.fileName(), file.errorString());
        return account;
    }
    const QJsonObject all = QJsonDocument::fromJson(file.readAll()).object();
    const QJsonObject others = all.value(QLatin1StringView("others")).toObject();
    if (!who.isEmpty() && !others.contains(who)) {
        account.error = QCoreApplication::translate("cc::client::DemoAccount",
                                                    "%1 has no demo account \"%2\": use one of "
                                                    "%3.")
                            .arg(file.fileName(), who, others.keys().join(QStringLiteral(", ")));
        return account;
    }
    const QJsonObject login = who.isEmpty() ? all : others.value(who).toObject();
    account.username = login.value(QLatin1StringView("username")).toString();
    account.password = login.value(QLatin1StringView("password")).toString();
    account.totpSecret = login.value(QLatin1StringView("totp_secret")).toString();
    if (account.username.isEmpty() || account.password.isEmpty() || account.totpSecret.isEmpty())
        account.error = QCoreApplication::translate("cc::client::DemoAccount",
                                                    "%1 lacks a username, password or "
                                                    "totp_secret.")
                            .arg(file.fileName());
    return account;
}

LocalServer::LocalServer(QObject *parent)
    : QObject(parent)
{
    m_startTimeout.setSingleShot(true);
    connect(&m_startTimeout, &QTimer::timeout, this, [this] {
        fail(tr("compliance-stored did not report that it was listening within %1 seconds.")
                 .arg(kStartTimeoutMs / 1000));
        stop();
    });
    connect(&m_process, &QProcess::readyReadStandardOutput, this, &LocalServer::onStdout);
    connect(&m_process, &QProcess::readyReadStandardError, this, [this] {
        m_stderr += m_process.readAllStandardError();
        m_stderr = m_stderr.right(64 * 1024);
    });
    connect(&m_process, &QProcess::errorOccurred, this, [this](QProcess::ProcessError error) {
        if (error == QProcess::FailedToStart)
            fail(tr("Could not start %1: %2").arg(m_process.program(), m_process.errorString()));
    });
    connect(&m_process, &QProcess::finished, this, [this](int exitCode, QProcess::ExitStatus) {
        m_stderr += m_process.readAllStandardError();
        const QString detail = QString::fromUtf8(m_stderr).trimmed();
        qCInfo(lcLocalServer) << "compliance-stored exited with" << exitCode;
        const QString message = detail.isEmpty()
            ? tr("compliance-stored exited with code %1.").arg(exitCode)
            : tr("compliance-stored exited with code %1:\n%2").arg(exitCode).arg(detail);
        if (m_stopping)
            return;
        if (m_done)
            emit exitedUnexpectedly(message);
        else
            fail(message);
    });
}

LocalServer::~LocalServer()
{
    stop();
}

void LocalServer::start(const QString &program, const QString &dataDir)
{
    m_dataDir = dataDir;
    m_done = false;
    m_stopping = false;
    m_url.clear();
    m_stdout.clear();
    m_stderr.clear();
    m_process.setProgram(program);
    m_process.setArguments({QStringLiteral("--data"), dataDir, QStringLiteral("--listen"),
                            QStringLiteral("127.0.0.1:0")});
    m_process.setProcessChannelMode(QProcess::SeparateChannels);
    qCInfo(lcLocalServer) << "starting" << program << m_process.arguments();
    m_startTimeout.start(kStartTimeoutMs);
    m_process.start(QIODevice::ReadOnly);
}

void LocalServer::stop()
{
    m_startTimeout.stop();
    if (m_process.state() == QProcess::NotRunning)
        return;
    m_stopping = true; // an exit we asked for is not a failure
    m_process.terminate();
    // Waiting for a child process to exit (not for the network) at shutdown.
    if (!m_process.waitForFinished(5000)) {
        m_process.kill();
        m_process.waitForFinished(2000);
    }
}

QSslCertificate LocalServer::certificate() const
{
    const QList<QSslCertificate> certificates = QSslCertificate::fromPath(
        QDir(m_dataDir).filePath(QStringLiteral("tls-cert.pem")), QSsl::Pem);
    return certificates.value(0);
}

void LocalServer::onStdout()
{
    m_stdout += m_process.readAllStandardOutput();
    if (m_done || m_stopping) {
        m_stdout.clear();
        return;
    }
    static const QRegularExpression listening(
        QStringLiteral("^compliance-stored: listening on (https://127\\.0\\.0\\.1:(\\d+))\\s*$"));
    qsizetype newline;
    while ((newline = m_stdout.indexOf('\n')) >= 0) {
        const QString line = QString::fromUtf8(m_stdout.left(newline));
        m_stdout.remove(0, newline + 1);
        const QRegularExpressionMatch match = listening.match(line);
        if (match.hasMatch()) {
            m_done = true;
            m_startTimeout.stop();
            m_url = QUrl(match.captured(1));
            qCInfo(lcLocalServer) << "server ready at" << m_url;
            emit ready(m_url);
            return;
        }
    }
}

void LocalServer::fail(const QString &message)
{
    if (m_done)
        return;
    m_done = true;
    m_startTimeout.stop();
    emit failed(message);
}

} // namespace cc::client
