// The HTTPS API under load: authenticated GET /api/v1/grants?limit=100 against a real
// compliance-stored with the demo data plus generated grants, driven by wrk, next to nginx
// serving the same response bytes as a static file over TLS with the same certificate, key and
// protocol range, measured in the same run on the same machine. Not a test: it prints figures.
//
//   bench_api [--bin DIR] [--seconds 10] [--rounds 2] [--connections 32] [--threads 2]
//             [--grants 1000] [--database postgresql://...] [--perf FILE] [--table FILE]
//             [--workers N] [--flood-only]
// --workers: compliance-stored's request workers and nginx's worker processes alike (default:
// the online cores, the server's own default).
// It also measures GET /health's p99 idle and while 8 loopback addresses send wrong sign-ins
// (--flood-only: that alone).
// --database puts the store's data in that (empty) PostgreSQL database instead of SQLite; the
// CPU figures are then compliance-stored's alone, without the database server's.
// --perf records the server under the grants load in FILE and under the PII reads in FILE.pii.
//
// DIR holds compliancectl and compliance-stored (default: ../bin beside this executable).
// Only loopback addresses; nginx runs as a throwaway instance whose config, pid, logs and temp
// files live in a temporary directory; every wait is bounded.

#include "BenchTable.h"
#include "Clock.h"
#include "crypto/Crypto.h"
#include "crypto/Totp.h"
#include "domain/Roles.h"
#include "service/AccessControl.h"
#include "service/Accounts.h"
#include "store/Store.h"

#include <cstdio>
#include <cstdlib>
#include <functional>
#include <unistd.h>

#include <QCoreApplication>
#include <QDateTime>
#include <QDeadlineTimer>
#include <QDir>
#include <QEventLoop>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QMap>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QRegularExpression>
#include <QSqlQuery>
#include <QSslCipher>
#include <QSslConfiguration>
#include <QSslSocket>
#include <QStandardPaths>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QThread>
#include <QTimer>

namespace {

using cc::bench::BenchTable;

constexpr int kMaxSeconds = 120;
constexpr int kMaxGrants = 20000;
constexpr int kWarmUpSeconds = 2;
constexpr int kRequestTimeoutMs = 15000;

QList<QProcess *> g_running; // stopped by fail() and at the end

void stop(QProcess *process)
{
    if (process->state() == QProcess::NotRunning)
        return;
    process->terminate();
    if (!process->waitForFinished(5000)) {
        process->kill();
        process->waitForFinished(2000);
    }
}

[[noreturn]] void fail(const QString &what)
{
    std::fprintf(stderr, "bench_api: %s\n", qPrintable(what));
    for (QProcess *process : std::as_const(g_running))
        stop(process);
    std::exit(1);
}

QString option(const QStringList &arguments, const QString &name, const QString &fallback)
{
    const qsizetype at = arguments.indexOf(name);
    return at >= 0 && at + 1 < arguments.size() ? arguments.at(at + 1) : fallback;
}

int intOption(const QStringList &arguments, const QString &name, int fallback, int min, int max)
{
    bool ok = false;
    const int value = option(arguments, name, QString::number(fallback)).toInt(&ok);
    if (!ok || value < min || value > max)
        fail(QStringLiteral("%1 must be a whole number from %2 to %3").arg(name).arg(min).arg(max));
    return value;
}

QByteArray run(const QString &program, const QStringList &arguments, int timeoutMs)
{
    QProcess process;
    process.start(program, arguments);
    if (!process.waitForStarted(10000) || !process.waitForFinished(timeoutMs)
        || process.exitStatus() != QProcess::NormalExit || process.exitCode() != 0) {
        stop(&process);
        fail(QStringLiteral("%1 %2 failed: %3")
                 .arg(program, arguments.join(QLatin1Char(' ')),
                      QString::fromUtf8(process.readAllStandardError())));
    }
    return process.readAllStandardOutput();
}

// user + system CPU seconds of a process and, for nginx, of its worker children.
double cpuSeconds(qint64 pid, bool withChildren)
{
    static const double ticks = double(sysconf(_SC_CLK_TCK));
    double total = 0;
    const auto addProcess = [&total](const QString &statPath, qint64 parent) {
        QFile file(statPath);
        if (!file.open(QIODevice::ReadOnly))
            return false;
        const QByteArray stat = file.readAll();
        const QList<QByteArray> fields = stat.mid(stat.lastIndexOf(')') + 2).split(' ');
        if (fields.size() < 13 || (parent > 0 && fields.at(1).toLongLong() != parent))
            return false;
        total += (fields.at(11).toDouble() + fields.at(12).toDouble()) / ticks;
        return true;
    };
    addProcess(QStringLiteral("/proc/%1/stat").arg(pid), 0);
    if (withChildren) {
        const QStringList entries = QDir(QStringLiteral("/proc")).entryList(QDir::Dirs);
        for (const QString &entry : entries) {
            bool numeric = false;
            entry.toLongLong(&numeric);
            if (numeric)
                addProcess(QStringLiteral("/proc/%1/stat").arg(entry), pid);
        }
    }
    return total;
}

struct HttpReply
{
    int status = 0;
    QByteArray body;
};

HttpReply http(QNetworkAccessManager &manager, const QSslCertificate &certificate,
               const QByteArray &method, const QUrl &url, const QByteArray &body = {},
               const QString &token = {})
{
    QNetworkRequest request(url);
    QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
    tls.setCaCertificates({certificate});
    tls.setProtocol(QSsl::TlsV1_2OrLater);
    request.setSslConfiguration(tls);
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    if (!token.isEmpty())
        request.setRawHeader("Authorization", "Bearer " + token.toLatin1());
    QNetworkReply *reply = manager.sendCustomRequest(request, method, body);
    QEventLoop loop;
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    QTimer::singleShot(kRequestTimeoutMs, reply, &QNetworkReply::abort);
    loop.exec();
    HttpReply result;
    result.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    result.body = reply->readAll();
    if (reply->error() != QNetworkReply::NoError && result.status == 0)
        fail(QStringLiteral("%1 %2: %3")
                 .arg(QString::fromLatin1(method), url.toString(), reply->errorString()));
    reply->deleteLater();
    return result;
}

// What a client actually negotiates with the server: protocol and cipher suite.
QString negotiated(quint16 port, const QSslCertificate &certificate)
{
    QSslSocket socket;
    QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
    tls.setCaCertificates({certificate});
    tls.setProtocol(QSsl::TlsV1_2OrLater);
    socket.setSslConfiguration(tls);
    socket.connectToHostEncrypted(QStringLiteral("127.0.0.1"), port);
    if (!socket.waitForEncrypted(10000))
        fail(QStringLiteral("TLS handshake with port %1 failed: %2")
                 .arg(port)
                 .arg(socket.errorString()));
    const QSslCipher cipher = socket.sessionCipher();
    const QString protocol = cipher.protocol() == QSsl::TlsV1_3 ? QStringLiteral("TLS 1.3")
        : cipher.protocol() == QSsl::TlsV1_2                    ? QStringLiteral("TLS 1.2")
                                                                : cipher.protocolString();
    socket.disconnectFromHost();
    return protocol + QLatin1Char(' ') + cipher.name();
}

quint16 freeLoopbackPort()
{
    QTcpServer probe;
    if (!probe.listen(QHostAddress::LocalHost, 0))
        fail(QStringLiteral("no free loopback port"));
    return probe.serverPort();
}

void waitForPort(quint16 port, QProcess &owner, const QString &what)
{
    for (int attempt = 0; attempt < 100; ++attempt) {
        if (owner.state() == QProcess::NotRunning)
            break;
        QTcpSocket socket;
        socket.connectToHost(QHostAddress::LocalHost, port);
        if (socket.waitForConnected(100))
            return;
        QThread::msleep(50);
    }
    fail(QStringLiteral("%1 did not start listening on port %2").arg(what).arg(port));
}

struct WrkResult
{
    double requestsPerSecond = 0;
    double p50Ms = 0;
    double p99Ms = 0;
    qint64 requests = 0;
    qint64 non2xx = 0;
    qint64 socketErrors = 0;
    double cpuSeconds = 0; // of the server under test, during the measured run
    QString raw;
};

double toMs(const QString &number, const QString &unit)
{
    const double value = number.toDouble();
    if (unit == QLatin1String("us"))
        return value / 1000;
    if (unit == QLatin1String("s"))
        return value * 1000;
    if (unit == QLatin1String("m"))
        return value * 60000;
    return value;
}

WrkResult parseWrk(const QString &out)
{
    WrkResult r;
    r.raw = out;
    const auto capture = [&out](const char *pattern) {
        return QRegularExpression(QString::fromLatin1(pattern), QRegularExpression::MultilineOption)
            .match(out);
    };
    const QRegularExpressionMatch rps = capture(R"(^Requests/sec:\s+([\d.]+))");
    const QRegularExpressionMatch p50 = capture(R"(^\s+50%\s+([\d.]+)(us|ms|s|m)\b)");
    const QRegularExpressionMatch p99 = capture(R"(^\s+99%\s+([\d.]+)(us|ms|s|m)\b)");
    const QRegularExpressionMatch total = capture(R"(^\s+(\d+) requests in)");
    if (!rps.hasMatch() || !p50.hasMatch() || !p99.hasMatch() || !total.hasMatch())
        fail(QStringLiteral("cannot read wrk's output:\n") + out);
    r.requestsPerSecond = rps.captured(1).toDouble();
    r.p50Ms = toMs(p50.captured(1), p50.captured(2));
    r.p99Ms = toMs(p99.captured(1), p99.captured(2));
    r.requests = total.captured(1).toLongLong();
    if (const QRegularExpressionMatch bad = capture(R"(^\s+Non-2xx or 3xx responses:\s+(\d+))");
        bad.hasMatch())
        r.non2xx = bad.captured(1).toLongLong();
    if (const QRegularExpressionMatch errors
        = capture(R"(Socket errors: connect (\d+), read (\d+), write (\d+), timeout (\d+))");
        errors.hasMatch()) {
        for (int i = 1; i <= 4; ++i)
            r.socketErrors += errors.captured(i).toLongLong();
    }
    return r;
}

struct Load
{
    int seconds = 10;
    int connections = 32;
    int threads = 2;
    int rounds = 2;
};

WrkResult runWrk(const Load &load, int seconds, const QString &url, const QString &token,
                 qint64 serverPid, bool serverHasChildren, const QString &perfFile = {})
{
    QStringList arguments = {QStringLiteral("-t%1").arg(load.threads),
                             QStringLiteral("-c%1").arg(load.connections),
                             QStringLiteral("-d%1s").arg(seconds),
                             QStringLiteral("--timeout"),
                             QStringLiteral("5s"),
                             QStringLiteral("--latency")};
    if (!token.isEmpty())
        arguments << QStringLiteral("-H") << QStringLiteral("Authorization: Bearer ") + token;
    arguments << url;
    QProcess perf;
    if (!perfFile.isEmpty()) {
        perf.start(QStringLiteral("perf"),
                   {QStringLiteral("record"), QStringLiteral("-e"), QStringLiteral("cpu-clock"),
                    QStringLiteral("-F"), QStringLiteral("499"), QStringLiteral("--call-graph"),
                    QStringLiteral("dwarf,16384"), QStringLiteral("-p"), QString::number(serverPid),
                    QStringLiteral("-o"), perfFile, QStringLiteral("--"), QStringLiteral("sleep"),
                    QString::number(seconds)});
        if (!perf.waitForStarted(5000))
            fail(QStringLiteral("cannot start perf"));
        g_running << &perf;
    }
    const double cpuBefore = cpuSeconds(serverPid, serverHasChildren);
    const QByteArray out = run(QStringLiteral("wrk"), arguments, (seconds + 30) * 1000);
    const double cpuAfter = cpuSeconds(serverPid, serverHasChildren);
    if (!perfFile.isEmpty()) {
        perf.waitForFinished(30000);
        g_running.removeAll(&perf);
        stop(&perf);
    }
    WrkResult result = parseWrk(QString::fromUtf8(out));
    result.cpuSeconds = cpuAfter - cpuBefore;
    return result;
}

void printRun(const char *name, const WrkResult &r)
{
    std::printf("%-34s %10.0f req/s   p50 %8.2f ms   p99 %8.2f ms   %8lld requests   server CPU "
                "%5.2f s (%.0f µs/request)   non-2xx %lld   socket errors %lld\n",
                name, r.requestsPerSecond, r.p50Ms, r.p99Ms, qlonglong(r.requests), r.cpuSeconds,
                r.requests > 0 ? r.cpuSeconds / double(r.requests) * 1e6 : 0.0, qlonglong(r.non2xx),
                qlonglong(r.socketErrors));
}

qint64 auditEventCount(const QString &storeDir, const QString &database)
{
    static const cc::SystemClock clock;
    cc::Result<std::unique_ptr<cc::Store>> store = cc::Store::open(storeDir, clock, database);
    if (!store)
        fail(store.error().message);
    cc::Result<cc::Query> q = (*store)->exec(QStringLiteral("SELECT COUNT(*) FROM audit_events"));
    if (!q || !q->next())
        fail(QStringLiteral("cannot count audit events"));
    return q->value(0).toLongLong();
}

// Requests by the demo employees, approved by the demo senior officer, through the services
// the server uses, so every grant has its request and audit events like real ones.
void addGrants(const QString &storeDir, const QString &database, int count)
{
    static const cc::SystemClock clock;
    cc::Result<std::unique_ptr<cc::Store>> opened = cc::Store::open(storeDir, clock, database);
    if (!opened)
        fail(opened.error().message);
    cc::Store &store = **opened;
    // Set-up, not measured: no sync per transaction.
    if (!store.exec(database.isEmpty() ? QStringLiteral("PRAGMA synchronous=OFF")
                                       : QStringLiteral("SET synchronous_commit = off")))
        fail(QStringLiteral("cannot relax synchronous for seeding"));
    cc::Accounts accounts(store);
    const auto callerFor = [&](const char *username) {
        cc::Result<cc::Query> q
            = store.exec(QStringLiteral("SELECT id FROM users WHERE username = ?"),
                         {QString::fromLatin1(username)});
        if (!q || !q->next())
            fail(QStringLiteral("the demo data has no user %1").arg(QString::fromLatin1(username)));
        const qint64 id = q->value(0).toLongLong();
        q->finish();
        cc::Result<cc::User> user = accounts.user(id);
        if (!user)
            fail(user.error().message);
        return cc::Caller::forUser(*user);
    };
    const QList<cc::Caller> requesters
        = {callerFor("bob.baker"), callerFor("priya.shah"), callerFor("li.wei"),
           callerFor("emma.larsen"), callerFor("mark.jensen")};
    const cc::Caller approver = callerFor("daniel.okafor");
    const QStringList categories = {QStringLiteral("orders.pii"), QStringLiteral("orders.nonpii"),
                                    QStringLiteral("aggregates")};
    const QStringList clients
        = {QStringLiteral("Northwind Outdoor EU"), QStringLiteral("Bluebird Home US"),
           QStringLiteral("Kestrel Outfitters UK")};
    cc::AccessControl access(store);
    // The demo compliance officer's own PII grant, for the audited PII read.
    {
        cc::Result<cc::AccessRequest> own = access.createRequest(
            callerFor("carol.nguyen"),
            {QStringLiteral("orders.pii"),
             QStringLiteral("Northwind Outdoor EU"),
             QStringLiteral("Answer Amazon's deletion request for the Northwind buyer e-mails."),
             24,
             {}});
        if (!own)
            fail(own.error().message);
        if (cc::Result<cc::Approval> approved
            = access.approve(approver, own->id, QStringLiteral("For the request only."));
            !approved)
            fail(approved.error().message);
    }
    for (int i = 0; i < count; ++i) {
        const cc::NewAccessRequest request {
            categories.at(i % categories.size()),
            clients.at(i % clients.size()),
            QStringLiteral("Buyer disputes delivery of order 302-%1; need the shipping address to "
                           "file the carrier claim.")
                .arg(4471905 + i),
            24,
            {}};
        cc::Result<cc::AccessRequest> created
            = access.createRequest(requesters.at(i % requesters.size()), request);
        if (!created)
            fail(created.error().message);
        cc::Result<cc::Approval> approved
            = access.approve(approver, created->id, QStringLiteral("Approved for the claim only."));
        if (!approved)
            fail(approved.error().message);
    }
}

} // namespace

// Wrong sign-ins with made-up usernames (each costs the server one Argon2id verification, as a
// known user's would), from the 8 loopback addresses 127.0.0.2 to 127.0.0.9, 4 connections
// each, each connection sending its next attempt once the last is answered. Bounded: perAddress
// attempts per address in all (the per-address limit, 60 a minute, refuses the rest anyway).
class SignInFlood : public QObject
{
public:
    static constexpr int kAddresses = 8;
    static constexpr int kConnectionsPerAddress = 4;

    SignInFlood(const QUrl &base, const QSslCertificate &certificate, int perAddress)
    {
        for (int a = 0; a < kAddresses; ++a) {
            m_left.append(perAddress);
            for (int c = 0; c < kConnectionsPerAddress; ++c) {
                auto *socket = new QSslSocket(this);
                if (!socket->bind(QHostAddress(QStringLiteral("127.0.0.%1").arg(a + 2))))
                    fail(QStringLiteral("cannot bind to 127.0.0.%1").arg(a + 2));
                QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
                tls.setCaCertificates({certificate});
                socket->setSslConfiguration(tls);
                connect(socket, &QSslSocket::encrypted, this,
                        [this, socket, a] { next(socket, a); });
                connect(socket, &QSslSocket::readyRead, this, [this, socket, a] {
                    m_buffers[socket] += socket->readAll();
                    QByteArray &buffer = m_buffers[socket];
                    const qsizetype end = buffer.indexOf("\r\n\r\n");
                    static const QRegularExpression length(
                        QStringLiteral("Content-Length: (\\d+)"),
                        QRegularExpression::CaseInsensitiveOption);
                    const QRegularExpressionMatch m
                        = length.match(QString::fromLatin1(buffer.left(end)));
                    if (end < 0 || !m.hasMatch() || buffer.size() < end + 4 + m.captured(1).toInt())
                        return;
                    ++m_statuses[buffer.mid(9, 3).toInt()];
                    buffer.remove(0, end + 4 + m.captured(1).toInt());
                    next(socket, a);
                });
                connect(socket, &QSslSocket::disconnected, this, [this] { ++m_closed; });
                m_sockets.append(socket);
                m_starts.append([socket, base] {
                    socket->connectToHostEncrypted(base.host(), quint16(base.port()));
                });
            }
        }
    }
    void start()
    {
        for (const auto &connectSocket : std::as_const(m_starts))
            connectSocket();
    }
    bool finished() const { return m_closed == m_sockets.size(); }
    QString summary() const
    {
        QStringList parts;
        for (auto it = m_statuses.cbegin(); it != m_statuses.cend(); ++it)
            parts << QStringLiteral("%1 × %2").arg(it.value()).arg(it.key());
        return parts.join(QStringLiteral(", "));
    }

private:
    void next(QSslSocket *socket, int address)
    {
        if (m_left[address] <= 0) {
            socket->disconnectFromHost();
            return;
        }
        const int n = m_left[address]--;
        const QByteArray body
            = QStringLiteral(
                  R"({"username":"flood-%1-%2","password":"wrong-guess-%2","totp":"123456"})")
                  .arg(address)
                  .arg(n)
                  .toUtf8();
        socket->write("POST /api/v1/session HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: "
                      "application/json\r\nContent-Length: "
                      + QByteArray::number(body.size()) + "\r\n\r\n" + body);
    }

    QList<QSslSocket *> m_sockets;
    QList<std::function<void()>> m_starts;
    QHash<QSslSocket *, QByteArray> m_buffers;
    QList<int> m_left;
    QMap<int, int> m_statuses;
    int m_closed = 0;
};

// wrk in the background while this process's event loop drives the flood.
WrkResult wrkWhileServing(const QStringList &arguments, int seconds)
{
    QProcess wrk;
    wrk.start(QStringLiteral("wrk"), arguments);
    if (!wrk.waitForStarted(5000))
        fail(QStringLiteral("cannot start wrk"));
    QEventLoop loop;
    QObject::connect(&wrk, &QProcess::finished, &loop, &QEventLoop::quit);
    QTimer::singleShot((seconds + 30) * 1000, &loop, &QEventLoop::quit);
    loop.exec();
    if (wrk.state() != QProcess::NotRunning)
        fail(QStringLiteral("wrk did not finish"));
    return parseWrk(QString::fromUtf8(wrk.readAllStandardOutput()));
}

// GET /health p99 from one connection, idle and while 8 addresses flood the server with wrong
// sign-ins: what a burst of password hashing does to everyone else's requests.
void measureHealthUnderFlood(const QUrl &base, const QSslCertificate &certificate,
                             const BenchTable &table)
{
    constexpr int kSeconds = 8;
    constexpr int kPerAddress = 60;
    QUrl health = base;
    health.setPath(QStringLiteral("/api/v1/health"));
    const QStringList arguments = {QStringLiteral("-t1"),
                                   QStringLiteral("-c1"),
                                   QStringLiteral("-d%1s").arg(kSeconds),
                                   QStringLiteral("--timeout"),
                                   QStringLiteral("10s"),
                                   QStringLiteral("--latency"),
                                   health.toString()};
    const WrkResult idle = wrkWhileServing(arguments, kSeconds);
    printRun("GET /health, idle", idle);
    SignInFlood flood(base, certificate, kPerAddress);
    flood.start();
    const WrkResult flooded = wrkWhileServing(arguments, kSeconds);
    printRun("GET /health, during the flood", flooded);
    QDeadlineTimer deadline(120000);
    while (!flood.finished() && !deadline.hasExpired())
        QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents, 200);
    std::printf("sign-in flood: %d addresses × %d wrong sign-ins with made-up usernames: %s\n",
                SignInFlood::kAddresses, kPerAddress, qPrintable(flood.summary()));
    if (idle.non2xx > 0 || flooded.non2xx > 0 || idle.socketErrors > 0 || flooded.socketErrors > 0)
        fail(QStringLiteral("errors on GET /health: the figures above do not count"));
    const QString label
        = QStringLiteral("HTTPS GET /api/v1/health p99 (wrk -c1, %1 s) during a flood of wrong "
                         "sign-ins (%2 addresses × %3)")
              .arg(kSeconds)
              .arg(SignInFlood::kAddresses)
              .arg(kPerAddress);
    table.row(label, QStringLiteral("p99 latency"),
              BenchTable::number(flooded.p99Ms, 2) + QStringLiteral(" ms"),
              QStringLiteral("GET /api/v1/health p99 idle, same run"),
              BenchTable::number(idle.p99Ms, 2) + QStringLiteral(" ms"),
              flooded.p99Ms / idle.p99Ms);
}

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    // Set-up chatter (schema migrations) would interleave with the figures.
    QLoggingCategory::setFilterRules(QStringLiteral("compliance.*.info=false"));
    QStringList arguments = QCoreApplication::arguments();
    const BenchTable table(arguments);
    const QString bin = option(arguments, QStringLiteral("--bin"),
                               QCoreApplication::applicationDirPath() + QStringLiteral("/../bin"));
    Load load;
    load.seconds = intOption(arguments, QStringLiteral("--seconds"), 10, 1, kMaxSeconds);
    load.connections = intOption(arguments, QStringLiteral("--connections"), 32, 1, 1024);
    load.threads = intOption(arguments, QStringLiteral("--threads"), 2, 1, 64);
    load.rounds = intOption(arguments, QStringLiteral("--rounds"), 2, 1, 5);
    if (load.threads > load.connections)
        load.threads = load.connections;
    const int grants = intOption(arguments, QStringLiteral("--grants"), 1000, 100, kMaxGrants);
    const QString perfFile = option(arguments, QStringLiteral("--perf"), {});
    const QString database = option(arguments, QStringLiteral("--database"), {});
    const int workers = intOption(arguments, QStringLiteral("--workers"),
                                  std::max(1, QThread::idealThreadCount()), 1, 64);
    // Only the /health-during-a-sign-in-flood figure (for comparing two builds quickly).
    const bool floodOnly = arguments.contains(QStringLiteral("--flood-only"));
    const QStringList databaseArguments
        = database.isEmpty() ? QStringList() : QStringList {QStringLiteral("--database"), database};
    const QString ctl = bin + QStringLiteral("/compliancectl");
    const QString stored = bin + QStringLiteral("/compliance-stored");
    for (const QString &program : {ctl, stored}) {
        if (!QFileInfo(program).isExecutable())
            fail(QStringLiteral("%1 is missing: build it, or pass --bin DIR").arg(program));
    }
    for (const char *tool : {"wrk", "nginx"}) {
        if (QStandardPaths::findExecutable(QString::fromLatin1(tool)).isEmpty()
            && QStandardPaths::findExecutable(QString::fromLatin1(tool),
                                              {QStringLiteral("/usr/sbin")})
                   .isEmpty())
            fail(QStringLiteral("%1 is not installed (Debian package %1)")
                     .arg(QString::fromLatin1(tool)));
    }
    if (const auto ready = cc::crypto::init(); !ready)
        fail(ready.error().message);

    // 1. A store with the demo data and `grants` more approved requests.
    QTemporaryDir work;
    if (!work.isValid())
        fail(QStringLiteral("cannot create a temporary directory"));
    const QString storeDir = work.filePath(QStringLiteral("store"));
    run(ctl,
        QStringList {QStringLiteral("init"), QStringLiteral("--data"), storeDir}
            + databaseArguments,
        60000);
    run(ctl,
        QStringList {QStringLiteral("demo"), QStringLiteral("seed"), QStringLiteral("--data"),
                     storeDir}
            + databaseArguments,
        60000);
    // The benchmark reads PII far beyond what the policy lets one person take (a 500-order
    // page, then the same order as fast as wrk can ask): it sets its own caps, so that it
    // measures the reads and not their refusal.
    {
        QFile policy(storeDir + QStringLiteral("/policy.json"));
        if (!policy.open(QIODevice::WriteOnly)
            || policy.write(R"({"pii_read_max_per_request": 500,
                                "pii_read_max_per_hour": 100000000})")
                < 0)
            fail(
                QStringLiteral("cannot write %1: %2").arg(policy.fileName(), policy.errorString()));
    }
    // Through this build's own store code: skipped for --flood-only, which may measure the
    // binaries of another build (whose schema may be older).
    if (!floodOnly)
        addGrants(storeDir, database, grants);
    const qint64 auditBefore = floodOnly ? 0 : auditEventCount(storeDir, database);

    QFile loginFile(storeDir + QStringLiteral("/demo-login.json"));
    if (!loginFile.open(QIODevice::ReadOnly))
        fail(QStringLiteral("demo seed wrote no demo-login.json"));
    const QJsonObject login = QJsonDocument::fromJson(loginFile.readAll()).object();
    const QString certPath = storeDir + QStringLiteral("/tls-cert.pem");
    const QString keyPath = storeDir + QStringLiteral("/tls-key.pem");
    const QList<QSslCertificate> certificates = QSslCertificate::fromPath(certPath);
    if (certificates.isEmpty())
        fail(QStringLiteral("cannot read %1").arg(certPath));
    const QSslCertificate certificate = certificates.first();

    // 2. The server, on a free loopback port.
    QProcess server;
    server.setStandardErrorFile(work.filePath(QStringLiteral("stored.log")));
    server.start(stored,
                 QStringList {QStringLiteral("--data"), storeDir, QStringLiteral("--listen"),
                              QStringLiteral("127.0.0.1:0"), QStringLiteral("--workers"),
                              QString::number(workers)}
                     + databaseArguments);
    if (!server.waitForStarted(10000))
        fail(QStringLiteral("cannot start compliance-stored: ") + server.errorString());
    g_running << &server;
    QUrl base;
    {
        static const QRegularExpression listening(QStringLiteral("listening on (https://\\S+)"));
        QByteArray output;
        QDeadlineTimer deadline(20000);
        while (!deadline.hasExpired() && server.state() != QProcess::NotRunning) {
            server.waitForReadyRead(200);
            output += server.readAllStandardOutput();
            if (const QRegularExpressionMatch m = listening.match(QString::fromUtf8(output));
                m.hasMatch()) {
                base = QUrl(m.captured(1));
                break;
            }
        }
        if (!base.isValid())
            fail(QStringLiteral("compliance-stored did not start"));
    }
    const quint16 storePort = quint16(base.port());
    if (floodOnly) {
        measureHealthUnderFlood(base, certificate, table);
        stop(&server);
        return 0;
    }

    // 3. Sign in once (sign-ins are rate-limited and a code works once) and reuse the token.
    QNetworkAccessManager manager;
    const cc::Result<QByteArray> secret
        = cc::crypto::totp::fromBase32(login.value(QStringLiteral("totp_secret")).toString());
    if (!secret)
        fail(secret.error().message);
    const cc::Result<QString> code
        = cc::crypto::totp::code(*secret, QDateTime::currentSecsSinceEpoch());
    if (!code)
        fail(code.error().message);
    QUrl sessionUrl = base;
    sessionUrl.setPath(QStringLiteral("/api/v1/session"));
    const HttpReply session = http(
        manager, certificate, "POST", sessionUrl,
        QJsonDocument(
            QJsonObject {{QStringLiteral("username"), login.value(QStringLiteral("username"))},
                         {QStringLiteral("password"), login.value(QStringLiteral("password"))},
                         {QStringLiteral("totp"), *code}})
            .toJson(QJsonDocument::Compact));
    const QString token
        = QJsonDocument::fromJson(session.body).object().value(QStringLiteral("token")).toString();
    if (session.status != 201 || token.isEmpty())
        fail(QStringLiteral("sign-in failed: %1 %2")
                 .arg(session.status)
                 .arg(QString::fromUtf8(session.body)));

    QUrl grantsUrl = base;
    grantsUrl.setPath(QStringLiteral("/api/v1/grants"));
    grantsUrl.setQuery(QStringLiteral("limit=100"));
    const HttpReply sample = http(manager, certificate, "GET", grantsUrl, {}, token);
    const qsizetype items = QJsonDocument::fromJson(sample.body)
                                .object()
                                .value(QStringLiteral("items"))
                                .toArray()
                                .size();
    if (sample.status != 200 || items != 100)
        fail(QStringLiteral("GET /grants?limit=100 answered %1 with %2 items")
                 .arg(sample.status)
                 .arg(items));

    // An order of that client whose PII is still held: each read decrypts it and appends an
    // audit event in a durable transaction before answering.
    QUrl listUrl = base;
    listUrl.setPath(QStringLiteral("/api/v1/orders"));
    listUrl.setQuery(QStringLiteral("client=Northwind Outdoor EU&include=pii&limit=500"));
    const HttpReply orders = http(manager, certificate, "GET", listUrl, {}, token);
    qint64 orderId = 0;
    for (const QJsonValue &order :
         QJsonDocument::fromJson(orders.body).object().value(QStringLiteral("items")).toArray()) {
        if (order.toObject().value(QStringLiteral("pii")).isObject()) {
            orderId = order.toObject().value(QStringLiteral("id")).toInteger();
            break;
        }
    }
    if (orders.status != 200 || orderId == 0)
        fail(QStringLiteral("no Northwind order with PII to read (GET /orders answered %1)")
                 .arg(orders.status));
    QUrl piiUrl = base;
    piiUrl.setPath(QStringLiteral("/api/v1/orders/%1").arg(orderId));
    piiUrl.setQuery(QStringLiteral("include=pii"));
    const HttpReply piiSample = http(manager, certificate, "GET", piiUrl, {}, token);
    if (piiSample.status != 200
        || !QJsonDocument::fromJson(piiSample.body)
                .object()
                .value(QStringLiteral("pii"))
                .isObject())
        fail(QStringLiteral("GET /orders/%1?include=pii answered %2 without PII")
                 .arg(orderId)
                 .arg(piiSample.status));

    // 4. nginx: a throwaway instance serving exactly those bytes with the same TLS material.
    QTemporaryDir nginxDir;
    if (!nginxDir.isValid())
        fail(QStringLiteral("cannot create a temporary directory"));
    // Readable by nginx's unprivileged worker when this runs as root; the store stays 0700
    // (nginx's master reads the certificate and key before it drops privileges).
    QFile::setPermissions(nginxDir.path(),
                          QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner
                              | QFileDevice::ReadGroup | QFileDevice::ExeGroup
                              | QFileDevice::ReadOther | QFileDevice::ExeOther);
    const QString prefix = nginxDir.path();
    QDir(prefix).mkpath(QStringLiteral("html"));
    QDir(prefix).mkpath(QStringLiteral("tmp"));
    {
        QFile body(prefix + QStringLiteral("/html/grants.json"));
        if (!body.open(QIODevice::WriteOnly) || body.write(sample.body) != sample.body.size())
            fail(QStringLiteral("cannot write the static body"));
        QFile order(prefix + QStringLiteral("/html/order.json"));
        if (!order.open(QIODevice::WriteOnly)
            || order.write(piiSample.body) != piiSample.body.size())
            fail(QStringLiteral("cannot write the static body"));
    }
    const quint16 nginxPort = freeLoopbackPort();
    const QString nginxConfig = QStringLiteral(R"(daemon off;
master_process on;
worker_processes %5;
pid %1/nginx.pid;
error_log %1/error.log warn;
events { worker_connections 1024; }
http {
    access_log off;
    client_body_temp_path %1/tmp/body;
    proxy_temp_path %1/tmp/proxy;
    fastcgi_temp_path %1/tmp/fastcgi;
    uwsgi_temp_path %1/tmp/uwsgi;
    scgi_temp_path %1/tmp/scgi;
    keepalive_requests 10000000;
    keepalive_timeout 60s;
    server {
        listen 127.0.0.1:%2 ssl;
        ssl_certificate %3;
        ssl_certificate_key %4;
        ssl_protocols TLSv1.2 TLSv1.3;
        root %1/html;
        location = /api/v1/grants {
            default_type application/json;
            add_header Cache-Control no-store;
            add_header X-Content-Type-Options nosniff;
            add_header Strict-Transport-Security max-age=31536000;
            try_files /grants.json =404;
        }
        location ^~ /api/v1/orders/ {
            default_type application/json;
            add_header Cache-Control no-store;
            add_header X-Content-Type-Options nosniff;
            add_header Strict-Transport-Security max-age=31536000;
            try_files /order.json =404;
        }
    }
}
)")
                                    .arg(prefix)
                                    .arg(nginxPort)
                                    .arg(certPath, keyPath)
                                    .arg(workers);
    {
        QFile config(prefix + QStringLiteral("/nginx.conf"));
        if (!config.open(QIODevice::WriteOnly) || config.write(nginxConfig.toUtf8()) <= 0)
            fail(QStringLiteral("cannot write the nginx configuration"));
    }
    QString nginxProgram = QStandardPaths::findExecutable(QStringLiteral("nginx"));
    if (nginxProgram.isEmpty())
        nginxProgram = QStandardPaths::findExecutable(QStringLiteral("nginx"),
                                                      {QStringLiteral("/usr/sbin")});
    QProcess nginx;
    nginx.setProcessChannelMode(QProcess::MergedChannels);
    nginx.setStandardOutputFile(prefix + QStringLiteral("/stderr.log"));
    nginx.start(nginxProgram,
                {QStringLiteral("-e"), prefix + QStringLiteral("/error.log"), QStringLiteral("-p"),
                 prefix, QStringLiteral("-c"), prefix + QStringLiteral("/nginx.conf")});
    if (!nginx.waitForStarted(10000))
        fail(QStringLiteral("cannot start nginx: ") + nginx.errorString());
    g_running << &nginx;
    waitForPort(nginxPort, nginx, QStringLiteral("nginx"));
    QUrl nginxUrl = grantsUrl;
    nginxUrl.setPort(nginxPort);
    const HttpReply staticSample = http(manager, certificate, "GET", nginxUrl);
    if (staticSample.status != 200 || staticSample.body != sample.body)
        fail(QStringLiteral("nginx does not serve the same body (status %1)")
                 .arg(staticSample.status));
    QUrl nginxPiiUrl = piiUrl;
    nginxPiiUrl.setPort(nginxPort);
    if (http(manager, certificate, "GET", nginxPiiUrl).body != piiSample.body)
        fail(QStringLiteral("nginx does not serve the same order body"));

    const QString storeTls = negotiated(storePort, certificate);
    const QString nginxTls = negotiated(nginxPort, certificate);

    // 5. Load: a warm-up of each, then alternating measured runs, one server at a time, so that
    // load from elsewhere on the machine hits both alike; the best run of each counts.
    std::printf("HTTPS API: GET /api/v1/grants?limit=100 (%lld items, %lld-byte body), signed in "
                "as %s\n",
                qlonglong(items), qlonglong(sample.body.size()),
                qPrintable(login.value(QStringLiteral("username")).toString()));
    std::printf(
        "(the same response as compact JSON would be %lld bytes)\n",
        qlonglong(QJsonDocument::fromJson(sample.body).toJson(QJsonDocument::Compact).size()));
    std::printf("store: demo data + %d approved requests; wrk %d threads, %d connections; %d "
                "alternating rounds of %d s after a %d s warm-up; best round of each\n",
                grants, load.threads, load.connections, load.rounds, load.seconds, kWarmUpSeconds);
    std::printf("negotiated: compliance-stored %s; nginx %s (static file); %d request workers "
                "and %d nginx worker processes\n\n",
                qPrintable(storeTls), qPrintable(nginxTls), workers, workers);

    const qint64 storePid = server.processId();
    const qint64 nginxPid = nginx.processId();
    QList<WrkResult> all;
    // A warm-up of each, then alternating rounds; the best round of each counts.
    const auto measure = [&](const char *name, const QUrl &productUrl, const QUrl &referenceUrl,
                             const QString &perf) {
        runWrk(load, kWarmUpSeconds, productUrl.toString(), token, storePid, false);
        runWrk(load, kWarmUpSeconds, referenceUrl.toString(), {}, nginxPid, true);
        QPair<WrkResult, WrkResult> best;
        for (int round = 0; round < load.rounds; ++round) {
            const WrkResult p = runWrk(load, load.seconds, productUrl.toString(), token, storePid,
                                       false, round == 0 ? perf : QString());
            printRun(qPrintable(QStringLiteral("compliance-stored %1, round %2")
                                    .arg(QString::fromLatin1(name))
                                    .arg(round + 1)),
                     p);
            const WrkResult r
                = runWrk(load, load.seconds, referenceUrl.toString(), {}, nginxPid, true);
            printRun(qPrintable(QStringLiteral("nginx static file, round %1").arg(round + 1)), r);
            if (p.requestsPerSecond > best.first.requestsPerSecond)
                best.first = p;
            if (r.requestsPerSecond > best.second.requestsPerSecond)
                best.second = r;
            all << p << r;
        }
        return best;
    };
    const auto [product, reference] = measure("GET /grants", grantsUrl, nginxUrl, perfFile);
    const qint64 auditMiddle = auditEventCount(storeDir, database);
    std::printf("\nHTTPS API: GET /api/v1/orders/%lld?include=pii (%lld-byte body): a PII read "
                "under an orders.pii grant, decrypted and audited per request\n",
                qlonglong(orderId), qlonglong(piiSample.body.size()));
    const auto [piiProduct, piiReference]
        = measure("GET /orders/{id}?include=pii", piiUrl, nginxPiiUrl,
                  perfFile.isEmpty() ? QString() : perfFile + QStringLiteral(".pii"));

    std::printf("\nGET /api/v1/health, idle and during a flood of wrong sign-ins\n");
    measureHealthUnderFlood(base, certificate, table);

    stop(&nginx);
    stop(&server);
    g_running.clear();
    for (const WrkResult &r : std::as_const(all)) {
        if (r.non2xx > 0 || r.socketErrors > 0) {
            std::printf("\nwrk output:\n%s\n", qPrintable(r.raw));
            fail(QStringLiteral("errors under load: the figures above do not count"));
        }
    }
    const qint64 auditAfter = auditEventCount(storeDir, database);
    std::printf("audit events the server wrote: %lld during the grants runs, %lld during the PII "
                "reads (one per read)\n",
                qlonglong(auditMiddle - auditBefore), qlonglong(auditAfter - auditMiddle));

    const QString onPostgres = database.isEmpty() ? QString() : QStringLiteral(", on PostgreSQL");
    const QString label
        = QStringLiteral("HTTPS GET /api/v1/grants?limit=100 (wrk -c%1, best of %2 × %3 s%4)")
              .arg(load.connections)
              .arg(load.rounds)
              .arg(load.seconds)
              .arg(onPostgres);
    const QString nginxLabel
        = QStringLiteral("nginx, same bytes (%1 B) as a static file, same cert/key, %2")
              .arg(sample.body.size())
              .arg(nginxTls);
    table.row(label, QStringLiteral("requests/s"), BenchTable::number(product.requestsPerSecond, 0),
              nginxLabel, BenchTable::number(reference.requestsPerSecond, 0),
              product.requestsPerSecond / reference.requestsPerSecond);
    table.row(label, QStringLiteral("p99 latency"),
              BenchTable::number(product.p99Ms, 2) + QStringLiteral(" ms"), nginxLabel,
              BenchTable::number(reference.p99Ms, 2) + QStringLiteral(" ms"),
              product.p99Ms / reference.p99Ms);
    // CPU time per request holds steadier than throughput when other work shares the cores.
    const auto cpuPerRequest = [](const WrkResult &r) {
        return r.requests > 0 ? r.cpuSeconds / double(r.requests) * 1e6 : 0.0;
    };
    const QString cpuMeasure = database.isEmpty()
        ? QStringLiteral("server CPU per request")
        : QStringLiteral("compliance-stored CPU per request (PostgreSQL's not counted)");
    table.row(label, cpuMeasure,
              BenchTable::number(cpuPerRequest(product), 0) + QStringLiteral(" µs"), nginxLabel,
              BenchTable::number(cpuPerRequest(reference), 0) + QStringLiteral(" µs"),
              cpuPerRequest(product) / cpuPerRequest(reference));

    const QString piiLabel = QStringLiteral("HTTPS GET /api/v1/orders/{id}?include=pii, audited "
                                            "PII read (wrk -c%1, best of %2 × %3 s%4)")
                                 .arg(load.connections)
                                 .arg(load.rounds)
                                 .arg(load.seconds)
                                 .arg(onPostgres);
    const QString piiNginxLabel
        = QStringLiteral("nginx, same bytes (%1 B) as a static file, same cert/key, %2")
              .arg(piiSample.body.size())
              .arg(nginxTls);
    table.row(piiLabel, QStringLiteral("requests/s"),
              BenchTable::number(piiProduct.requestsPerSecond, 0), piiNginxLabel,
              BenchTable::number(piiReference.requestsPerSecond, 0),
              piiProduct.requestsPerSecond / piiReference.requestsPerSecond);
    table.row(piiLabel, QStringLiteral("p99 latency"),
              BenchTable::number(piiProduct.p99Ms, 2) + QStringLiteral(" ms"), piiNginxLabel,
              BenchTable::number(piiReference.p99Ms, 2) + QStringLiteral(" ms"),
              piiProduct.p99Ms / piiReference.p99Ms);
    table.row(piiLabel, cpuMeasure,
              BenchTable::number(cpuPerRequest(piiProduct), 0) + QStringLiteral(" µs"),
              piiNginxLabel,
              BenchTable::number(cpuPerRequest(piiReference), 0) + QStringLiteral(" µs"),
              cpuPerRequest(piiProduct) / cpuPerRequest(piiReference));
    return 0;
}
