#pragma once

// Runs compliance-stored for local and demo mode: starts it on 127.0.0.1 with a free port,
// waits for its "listening on" line, hands out the URL and the certificate to pin (read from
// the store directory, so no trust dialog is needed), and stops it when destroyed.

#include <QObject>
#include <QProcess>
#include <QSslCertificate>
#include <QTimer>
#include <QUrl>

namespace cc::client {

// A demo account `compliancectl demo seed` leaves in <dir>/demo-login.json: the compliance
// officer's, or another's by the name --demo-user takes (ceo, cto, manager, employee, admin).
struct DemoAccount
{
    QString username;
    QString password;
    QString totpSecret; // base32
    QString error; // why it could not be read; empty when it was

    static DemoAccount read(const QString &dataDir, const QString &who = {});
};

class LocalServer : public QObject
{
    Q_OBJECT

public:
    explicit LocalServer(QObject *parent = nullptr);
    ~LocalServer() override;

    // Starts `program --data dataDir --listen 127.0.0.1:0`; ready() or failed() follows.
    void start(const QString &program, const QString &dataDir);
    void stop();

    QUrl url() const { return m_url; }
    QString dataDir() const { return m_dataDir; }
    bool isRunning() const { return m_process.state() != QProcess::NotRunning; }
    // The certificate in <dataDir>/tls-cert.pem, null when unreadable.
    QSslCertificate certificate() const;
    QString standardError() const { return QString::fromUtf8(m_stderr); }

    static constexpr int kStartTimeoutMs = 30'000;

signals:
    void ready(const QUrl &url);
    void failed(const QString &message); // before ready()
    void exitedUnexpectedly(const QString &message); // after ready(), without stop()

private:
    void onStdout();
    void fail(const QString &message);

    QProcess m_process;
    QTimer m_startTimeout;
    QString m_dataDir;
    QByteArray m_stdout;
    QByteArray m_stderr;
    QUrl m_url;
    bool m_done = false; // ready() or failed() was emitted
    bool m_stopping = false;
};

} // namespace cc::client
