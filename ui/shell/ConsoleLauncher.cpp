#include "shell/ConsoleLauncher.h"

#include "ApiClient.h"
#include "CertificateTrust.h"
#include "LocalServer.h"
#include "audit/AuditEventModel.h"
#include "audit/AuditPage.h"
#include "crypto/Totp.h"
#include "shell/LoginDialog.h"
#include "shell/MainWindow.h"
#include "shell/Navigator.h"
#include "shell/SettingsCertificateTrust.h"
#include "shell/SettingsDeviceTokenStore.h"
#include "shell/SettingsVerifiedHeadStore.h"

#include <cstdio>

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLoggingCategory>
#include <QMessageBox>
#include <QPixmap>

Q_LOGGING_CATEGORY(lcLauncher, "compliance.ui.launcher")

namespace cc::ui {

ConsoleLauncher::ConsoleLauncher(Options options, QObject *parent)
    : QObject(parent)
    , m_options(std::move(options))
    , m_client(new client::ApiClient(this))
{
    m_screenshotTimeout.setSingleShot(true);
    connect(&m_screenshotTimeout, &QTimer::timeout, this, [this] {
        fail(tr("Timed out after %1 s waiting for the console to load its data.")
                 .arg(m_options.screenshotTimeoutMs / 1000));
    });
}

ConsoleLauncher::~ConsoleLauncher()
{
    delete m_window;
    delete m_login;
    if (m_server)
        m_server->stop();
}

MainWindow *ConsoleLauncher::mainWindow() const
{
    return m_window;
}

void ConsoleLauncher::start()
{
    if (!m_options.screenshotFile.isEmpty())
        m_screenshotTimeout.start(m_options.screenshotTimeoutMs);
    if (!m_options.demoDir.isEmpty()) {
        // Demo mode pins the store's own certificate: nothing to remember across runs.
        m_trust = std::make_unique<client::InMemoryCertificateTrust>();
        // A demo store is new each run (and its port too): nothing to remember either.
        m_verifiedHeads = std::make_unique<client::InMemoryVerifiedHeadStore>();
        m_deviceTokens = std::make_unique<client::InMemoryDeviceTokenStore>();
        startDemo();
    } else {
        m_trust = std::make_unique<SettingsCertificateTrust>();
        m_verifiedHeads = std::make_unique<SettingsVerifiedHeadStore>();
        m_deviceTokens = std::make_unique<SettingsDeviceTokenStore>();
        showLogin();
    }
    m_client->setCertificateTrust(m_trust.get());
    m_client->setDeviceTokenStore(m_deviceTokens.get());
}

void ConsoleLauncher::startDemo()
{
    const QDir dir(m_options.demoDir);
    if (!dir.exists()) {
        fail(tr("The demo store %1 does not exist.").arg(m_options.demoDir));
        return;
    }
    const client::DemoAccount account
        = client::DemoAccount::read(dir.absolutePath(), m_options.demoUser);
    if (!account.error.isEmpty()) {
        fail(account.error);
        return;
    }
    const Result<QByteArray> secret = crypto::totp::fromBase32(account.totpSecret);
    if (!secret.ok() || secret->isEmpty()) {
        fail(tr("The demo account's totp_secret is not valid base32."));
        return;
    }
    m_demoUsername = account.username;
    m_demoPassword = account.password;
    m_demoSecret = *secret;

    QString program = m_options.serverProgram;
    if (program.isEmpty())
        program = QDir(QCoreApplication::applicationDirPath())
                      .filePath(QStringLiteral("compliance-stored"));
    if (!QFileInfo(program).isExecutable()) {
        fail(tr("Cannot find the store server at %1.").arg(program));
        return;
    }
    m_server = new client::LocalServer(this);
    connect(m_server, &client::LocalServer::ready, this, &ConsoleLauncher::demoServerReady);
    connect(m_server, &client::LocalServer::failed, this, [this](const QString &message) {
        fail(tr("The demo store server did not start.\n\n%1").arg(message));
    });
    connect(m_server, &client::LocalServer::exitedUnexpectedly, this,
            [this](const QString &message) {
                fail(tr("The demo store server stopped.\n\n%1").arg(message));
            });
    m_server->start(program, dir.absolutePath());
}

void ConsoleLauncher::demoServerReady(const QUrl &url)
{
    const QSslCertificate certificate = m_server->certificate();
    if (certificate.isNull()) {
        fail(tr("Cannot read the demo store's certificate %1.")
                 .arg(QDir(m_server->dataDir()).filePath(QStringLiteral("tls-cert.pem"))));
        return;
    }
    m_client->setBaseUrl(url);
    m_trust->pinCertificate(m_client->serverKey(), certificate);
    demoSignIn(QDateTime::currentSecsSinceEpoch(), true);
}

void ConsoleLauncher::demoSignIn(qint64 unixTime, bool retryNextStep)
{
    const Result<QString> code = crypto::totp::code(m_demoSecret, unixTime);
    if (!code.ok()) {
        fail(tr("Cannot compute the demo account's one-time code: %1").arg(code.error().message));
        return;
    }
    client::ApiJob *job = m_client->signIn(m_demoUsername, m_demoPassword, *code);
    connect(job, &client::ApiJob::finished, this,
            [this, unixTime, retryNextStep](client::ApiJob *done) {
                if (done->ok()) {
                    showMainWindow(true);
                    return;
                }
                // A code works once: if this time step was used (a console started moments ago),
                // the server's one-step tolerance accepts the next one.
                if (retryNextStep && done->error().kind == client::ApiError::Kind::Http
                    && done->error().httpStatus == 401) {
                    demoSignIn(unixTime + crypto::totp::kDefaultStepSeconds, false);
                    return;
                }
                fail(tr("Could not sign in to the demo store: %1").arg(done->error().message));
            });
}

void ConsoleLauncher::showLogin()
{
    m_login = new LoginDialog(m_client, m_trust.get());
    m_login->setServerUrl(m_options.server);
    connect(m_login, &QDialog::finished, this, [this](int result) {
        m_login->deleteLater();
        if (result == QDialog::Accepted)
            showMainWindow(false);
        else
            emit finished(0);
    });
    m_login->show();
}

void ConsoleLauncher::showMainWindow(bool demo)
{
    m_window = new MainWindow(m_client);
    m_window->setAttribute(Qt::WA_DeleteOnClose);
    m_window->setDemo(demo);
    if (!m_options.page.isEmpty())
        m_window->navigator()->go(Destination::parse(m_options.page));
    if (AuditPage *audit = m_window->page<AuditPage>()) {
        audit->setVerifiedHeadStore(m_verifiedHeads.get());
        if (m_options.benchmarkFirstPaint) {
            connect(audit, &AuditPage::firstRowsPainted, this,
                    [this, audit] { reportFirstPaint(audit->model()->rowCount()); });
        }
    } else if (m_options.benchmarkFirstPaint) {
        fail(tr("--benchmark-first-paint needs the Audit page: sign in with audit:read."));
        return;
    }
    connect(m_window, &QObject::destroyed, this, [this] {
        if (!m_screenshotTaken)
            emit finished(0);
    });
    if (!m_options.screenshotFile.isEmpty()) {
        connect(m_window, &MainWindow::loaded, this, [this] {
            // Let the views lay out and paint the rows that just arrived.
            QTimer::singleShot(500, this, &ConsoleLauncher::takeScreenshot);
        });
    }
    m_window->show();
    // After sign-in: a policy acknowledgement due or overdue opens the policy to accept.
    m_window->checkPolicy(true);
}

void ConsoleLauncher::takeScreenshot()
{
    if (m_screenshotTaken || !m_window)
        return;
    m_screenshotTaken = true;
    m_screenshotTimeout.stop();
    const QPixmap shot = m_window->grab();
    if (shot.isNull() || !shot.save(m_options.screenshotFile, "PNG")) {
        m_screenshotTaken = false;
        fail(tr("Could not write the screenshot to %1.").arg(m_options.screenshotFile));
        return;
    }
    qCInfo(lcLauncher) << "screenshot written to" << m_options.screenshotFile;
    emit finished(0);
}

void ConsoleLauncher::reportFirstPaint(int rows)
{
    // Peak resident memory so far, from the kernel's own count.
    qint64 peakKb = -1;
    QFile status(QStringLiteral("/proc/self/status"));
    if (status.open(QIODevice::ReadOnly)) {
        for (const QByteArray &line : status.readAll().split('\n')) {
            if (line.startsWith("VmHWM:"))
                peakKb = line.mid(6).trimmed().split(' ').value(0).toLongLong();
        }
    }
    std::printf("first-paint rows=%d vmhwm_kb=%lld\n", rows, static_cast<long long>(peakKb));
    std::fflush(stdout);
    if (m_server)
        m_server->stop();
    emit finished(0);
}

void ConsoleLauncher::fail(const QString &message)
{
    std::fprintf(stderr, "compliance-console: %s\n", qUtf8Printable(message));
    if (m_server)
        m_server->stop();
    if (m_options.screenshotFile.isEmpty() && !m_options.benchmarkFirstPaint) {
        // A modal box is fine here: no network call waits behind it.
        QMessageBox box(QMessageBox::Critical, tr("Compliance Console"),
                        message.section(QLatin1Char('\n'), 0, 0));
        const QString detail = message.section(QLatin1Char('\n'), 1).trimmed();
        if (!detail.isEmpty())
            box.setDetailedText(detail);
        box.setInformativeText(detail.left(600));
        // QMessageBox sizes itself to the first line; the server's own words need room.
        box.setStyleSheet(
            QStringLiteral("QLabel#qt_msgbox_informativelabel { min-width: 480px; }"));
        box.exec();
    }
    emit finished(1);
}

} // namespace cc::ui
