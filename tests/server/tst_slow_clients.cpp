// Slow clients must not hold the server: connections that send nothing, that trickle a request
// a header byte at a time (slowloris), that never read their answers, that stay idle after one,
// and more connections than the server takes, in total or from one address. The server closes each
// after its deadline (the test waits for the close, with a generous bound and no claim about how
// fast), refuses the excess with a log line, and a bystander on another address is served
// throughout.

#include "RawHttps.h"
#include "TestServer.h"

#include <memory>
#include <vector>

#include <QJsonDocument>
#include <QProcess>
#include <QTcpSocket>
#include <QTest>

using namespace cc::test;

namespace {

// Small caps so the test reaches them with few sockets; the deadlines are the real ones.
constexpr int kMaxConnections = 40;
constexpr int kMaxPerClient = 16;
// Far beyond any deadline of the server (10 s for a request, 60 s idle): a bound, not a claim.
constexpr int kCloseBoundMs = 120000;

} // namespace

class TestSlowClients : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void slowSilentAndDeafClientsAreClosed();
    void connectionCapsRefuseTheExcess();
    void cleanupTestCase();

private:
    // The server logs a line per request; its stderr is kept (and the pipe emptied).
    QString serverLog();
    // The server's lines about connections it closed or refused, to show in the test output.
    void showConnectionLog();
    bool waitForLog(const QString &text, int timeoutMs);

    TestServer m_server;
    QString m_auditor;
    QString m_bystanderToken;
    std::unique_ptr<Bystander> m_bystander;
    QByteArray m_log;
};

void TestSlowClients::initTestCase()
{
    QVERIFY2(m_server.start({QStringLiteral("--max-connections"), QString::number(kMaxConnections),
                             QStringLiteral("--max-connections-per-client"),
                             QString::number(kMaxPerClient)}),
             qPrintable(m_server.errorString()));
    TestServer::Account admin
        = m_server.addUser(QStringLiteral("slow.admin"), QStringLiteral("admin"));
    m_auditor = m_server.login(admin);
    QVERIFY(!m_auditor.isEmpty());
    TestServer::Account bystander
        = m_server.addUser(QStringLiteral("slow.bystander"), QStringLiteral("employee"));
    m_bystanderToken = m_server.login(bystander);
    QVERIFY(!m_bystanderToken.isEmpty());
    m_bystander
        = std::make_unique<Bystander>(m_server.baseUrl(), m_server.certificate(), m_bystanderToken);
    m_bystander->start();
}

QString TestSlowClients::serverLog()
{
    m_log += m_server.process().readAllStandardError();
    return QString::fromUtf8(m_log);
}

void TestSlowClients::showConnectionLog()
{
    for (const QString &line : serverLog().split(QLatin1Char('\n'))) {
        if (line.startsWith(QLatin1String("compliance.server.connections")))
            qInfo("%s", qPrintable(line));
    }
    m_log.clear();
}

bool TestSlowClients::waitForLog(const QString &text, int timeoutMs)
{
    QDeadlineTimer deadline(timeoutMs);
    while (!serverLog().contains(text)) {
        if (deadline.hasExpired())
            return false;
        QTest::qWait(100);
    }
    return true;
}

void TestSlowClients::slowSilentAndDeafClientsAreClosed()
{
    const QUrl base = m_server.baseUrl();

    // Silent: TCP only, not even a TLS hello.
    std::vector<std::unique_ptr<QTcpSocket>> silent;
    for (int i = 0; i < 5; ++i) {
        auto socket = std::make_unique<QTcpSocket>();
        socket->connectToHost(base.host(), quint16(base.port()));
        QVERIFY(socket->waitForConnected(10000));
        silent.push_back(std::move(socket));
    }
    // Slowloris: TLS done, then a request trickled a byte every two seconds, never finished.
    std::vector<std::unique_ptr<RawHttps>> slow;
    for (int i = 0; i < 5; ++i) {
        auto client = std::make_unique<RawHttps>(base, m_server.certificate());
        QVERIFY2(client->open(), qPrintable(client->errorString()));
        client->socket().write("GET /api/v1/me HTTP/1.1\r\nHost: x\r\n");
        slow.push_back(std::move(client));
    }
    // Deaf: asks for answers and never reads them. The answers grow (each read of the audit log
    // is itself audited), so the client's buffers fill and the server's writes stall.
    auto deaf = std::make_unique<RawHttps>(base, m_server.certificate());
    QVERIFY2(deaf->open(), qPrintable(deaf->errorString()));
    deaf->socket().setReadBufferSize(4096);
    deaf->socket().setSocketOption(QAbstractSocket::ReceiveBufferSizeSocketOption, 4096);

    const QString refusedDeaf = QStringLiteral("of earlier answers are still unread");
    QDeadlineTimer bound(kCloseBoundMs);
    int tick = 0;
    const auto allClosed = [&] {
        for (const auto &s : silent) {
            if (s->state() == QAbstractSocket::ConnectedState)
                return false;
        }
        for (const auto &c : slow) {
            if (c->socket().state() == QAbstractSocket::ConnectedState)
                return false;
        }
        const QString log = serverLog();
        return log.contains(refusedDeaf);
    };
    while (!allClosed() && !bound.hasExpired()) {
        if (deaf->socket().state() == QAbstractSocket::ConnectedState)
            deaf->socket().write(
                RawHttps::request("GET", "/api/v1/audit?limit=5000", {}, m_auditor));
        if (++tick % 20 == 0) {
            for (const auto &c : slow) {
                if (c->socket().state() == QAbstractSocket::ConnectedState)
                    c->socket().write("X");
            }
        }
        QTest::qWait(100);
    }
    for (const auto &s : silent)
        QVERIFY2(s->state() != QAbstractSocket::ConnectedState,
                 "a silent connection is still open");
    for (const auto &c : slow) {
        QVERIFY2(c->socket().state() != QAbstractSocket::ConnectedState,
                 "a slowloris connection is still open");
        // It was told why before the close.
        c->socket().waitForReadyRead(1000);
        const QByteArray answer = c->socket().readAll();
        QVERIFY2(answer.startsWith("HTTP/1.1 408"), answer.constData());
    }
    const QString log = serverLog();
    QVERIFY2(log.contains(refusedDeaf),
             "the server never gave up on the client that does not read");
    QVERIFY2(log.contains(QStringLiteral("the request did not arrive within")),
             "no log line for the slowloris connections");
    QVERIFY2(log.contains(QStringLiteral("TLS handshake and request did not arrive")),
             "no log line for the silent connections");

    // Kept alive after an answer and then silent: closed once the idle timeout has passed.
    auto idle = std::make_unique<RawHttps>(base, m_server.certificate());
    QCOMPARE(idle->exchange(RawHttps::request("GET", "/api/v1/health")).status, 200);
    // Waits in the event loop: the server's log must keep being read meanwhile.
    QDeadlineTimer idleBound(kCloseBoundMs);
    while (idle->socket().state() == QAbstractSocket::ConnectedState && !idleBound.hasExpired()) {
        serverLog();
        QTest::qWait(100);
    }
    QVERIFY2(idle->socket().state() != QAbstractSocket::ConnectedState,
             "an idle connection was never closed");

    showConnectionLog();
    QCOMPARE(m_server.process().state(), QProcess::Running);
    QVERIFY2(m_bystander->failures().isEmpty(),
             qPrintable(m_bystander->failures().join(QLatin1Char('\n'))));
}

void TestSlowClients::connectionCapsRefuseTheExcess()
{
    const QUrl base = m_server.baseUrl();
    // From one address, more than one client may hold: the excess is refused at once.
    std::vector<std::unique_ptr<QTcpSocket>> held;
    const auto open = [&](const QString &from, int count) {
        for (int i = 0; i < count; ++i) {
            auto socket = std::make_unique<QTcpSocket>();
            if (!socket->bind(QHostAddress(from)))
                return false;
            socket->connectToHost(base.host(), quint16(base.port()));
            if (!socket->waitForConnected(10000))
                return false;
            held.push_back(std::move(socket));
        }
        return true;
    };
    QVERIFY(open(QStringLiteral("127.0.0.3"), kMaxPerClient + 2));
    QVERIFY2(waitForLog(QStringLiteral("from 127.0.0.3: %1 connections from this address are open")
                            .arg(kMaxPerClient),
                        kCloseBoundMs),
             "no refusal logged for too many connections from one address");
    QVERIFY2(m_bystander->failures().isEmpty(),
             qPrintable(m_bystander->failures().join(QLatin1Char('\n'))));
    // The total cap refuses whoever asks, the bystander too: it has shown what it had to.
    m_bystander->stop();
    while (!m_bystander->wait(100))
        serverLog();
    QVERIFY2(m_bystander->calls() > 20, "the bystander hardly ran");
    qInfo("the bystander made %d calls, all answered", m_bystander->calls());
    QVERIFY2(m_bystander->failures().isEmpty(),
             qPrintable(m_bystander->failures().join(QLatin1Char('\n'))));
    // Other addresses fill the rest, then more are refused.
    QVERIFY(open(QStringLiteral("127.0.0.4"), kMaxPerClient));
    QVERIFY(open(QStringLiteral("127.0.0.5"), kMaxPerClient));
    QVERIFY2(waitForLog(QStringLiteral("connections are open, the most this server takes"),
                        kCloseBoundMs),
             "no refusal logged for too many connections in total");

    showConnectionLog();
    // Once they are gone the server takes connections again: nothing leaked from the count.
    held.clear();
    QTRY_COMPARE_WITH_TIMEOUT(m_server.call("GET", QStringLiteral("/health")).status, 200,
                              kCloseBoundMs);
}

void TestSlowClients::cleanupTestCase()
{
    if (m_bystander) {
        m_bystander->stop();
        m_bystander->wait(60000);
    }
}

QTEST_GUILESS_MAIN(TestSlowClients)
#include "tst_slow_clients.moc"
