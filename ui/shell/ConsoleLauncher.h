#pragma once

// Takes the console from start to a signed-in MainWindow: through the login dialog, or in demo
// mode by starting compliance-stored on a seeded store, pinning its certificate and signing in
// with the store's demo account. Optionally grabs the loaded window to a PNG and exits
// (--screenshot), which is how the console is checked without a person.

#include <memory>

#include <QObject>
#include <QPointer>
#include <QTimer>
#include <QUrl>

namespace cc::client {
class ApiClient;
class ApiJob;
class CertificateTrust;
class LocalServer;
class VerifiedHeadStore;
class DeviceTokenStore;
} // namespace cc::client

namespace cc::ui {

class LoginDialog;
class MainWindow;

class ConsoleLauncher : public QObject
{
    Q_OBJECT

public:
    struct Options
    {
        QUrl server; // pre-fills the login dialog
        QString screenshotFile; // grab the main window once loaded, then exit
        QString demoDir; // demo mode: a seeded store directory
        QString demoUser; // whom the demo signs in as (ceo, cto, …); empty: the officer
        QString serverProgram; // compliance-stored; default: next to this executable
        QString page; // what to show first: a page id or a link ("incidents/4")
        int screenshotTimeoutMs = 90'000;
        // Print "first-paint rows=N vmhwm_kb=K" on stdout and exit once the Audit page has
        // painted its first rows (bench/bench_console measures the time to that line).
        bool benchmarkFirstPaint = false;
    };

    explicit ConsoleLauncher(Options options, QObject *parent = nullptr);
    ~ConsoleLauncher() override;

    void start();
    MainWindow *mainWindow() const;
    client::ApiClient *apiClient() const { return m_client; }

signals:
    // The console is done; the application should exit with this code.
    void finished(int exitCode);

private:
    void startDemo();
    void demoServerReady(const QUrl &url);
    void demoSignIn(qint64 unixTime, bool retryNextStep);
    void showLogin();
    void showMainWindow(bool demo);
    void takeScreenshot();
    void reportFirstPaint(int rows);
    void fail(const QString &message);

    Options m_options;
    client::ApiClient *m_client;
    std::unique_ptr<client::CertificateTrust> m_trust;
    std::unique_ptr<client::VerifiedHeadStore> m_verifiedHeads;
    std::unique_ptr<client::DeviceTokenStore> m_deviceTokens;
    client::LocalServer *m_server = nullptr;
    QPointer<LoginDialog> m_login;
    QPointer<MainWindow> m_window;
    QTimer m_screenshotTimeout;
    bool m_screenshotTaken = false;
    QString m_demoUsername;
    QString m_demoPassword;
    QByteArray m_demoSecret;
};

} // namespace cc::ui
