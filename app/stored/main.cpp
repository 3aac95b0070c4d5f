// compliance-stored: the HTTPS store server. The only process that holds the master key.

#include "JobScheduler.h"
#include "StoreServer.h"
#include "crypto/Crypto.h"
#include "store/Store.h"

#include <csignal>
#include <cstdio>
#include <sys/socket.h>
#include <sys/stat.h>
#include <unistd.h>

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QGuiApplication>
#include <QHostAddress>
#include <QSocketNotifier>

namespace {

using cc::server::StoreServer;

// True when standard error is the journal's stream (systemd sets JOURNAL_STREAM to its device
// and inode): a line's "<N>" prefix then sets its priority, as sd-daemon(3) describes.
bool stderrIsJournal()
{
    const QByteArray stream = qgetenv("JOURNAL_STREAM");
    struct stat st = {};
    if (stream.isEmpty() || ::fstat(STDERR_FILENO, &st) != 0)
        return false;
    return stream
        == QByteArray::number(quint64(st.st_dev)) + ':' + QByteArray::number(quint64(st.st_ino));
}
const bool kJournal = stderrIsJournal();

// syslog priorities: err, warning, info, debug.
const char *journalPrefix(QtMsgType type)
{
    switch (type) {
    case QtFatalMsg:
    case QtCriticalMsg:
        return "<3>";
    case QtWarningMsg:
        return "<4>";
    case QtInfoMsg:
        return "<6>";
    case QtDebugMsg:
        break;
    }
    return "<7>";
}

void logToJournal(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    const QByteArray line = journalPrefix(type)
        + qFormatLogMessage(type, context, message).toUtf8().replace('\n', ' ') + '\n';
    std::fwrite(line.constData(), 1, size_t(line.size()), stderr);
}

int fail(const QString &message)
{
    std::fprintf(stderr, "%scompliance-stored: %s\n", kJournal ? "<3>" : "", qPrintable(message));
    return 1;
}

// SIGHUP reaches the event loop through a socket pair: a signal handler may only write().
int hangupPipe[2] = {-1, -1};

bool watchHangup(QObject *context, std::function<void()> onHangup)
{
    if (::socketpair(AF_UNIX, SOCK_STREAM | SOCK_CLOEXEC, 0, hangupPipe) != 0)
        return false;
    auto *notifier = new QSocketNotifier(hangupPipe[1], QSocketNotifier::Read, context);
    QObject::connect(notifier, &QSocketNotifier::activated, context,
                     [onHangup = std::move(onHangup)] {
                         char drained[16];
                         while (::recv(hangupPipe[1], drained, sizeof drained, MSG_DONTWAIT) > 0) {
                         }
                         onHangup();
                     });
    struct sigaction action = {};
    action.sa_handler = [](int) {
        const char one = 1;
        [[maybe_unused]] const ssize_t written = ::send(hangupPipe[0], &one, 1, MSG_DONTWAIT);
    };
    sigemptyset(&action.sa_mask);
    action.sa_flags = SA_RESTART;
    return ::sigaction(SIGHUP, &action, nullptr) == 0;
}

// The command line, added to the parser as it is made.
struct Options
{
    explicit Options(QCommandLineParser &parser)
    {
        parser.setApplicationDescription(
            QStringLiteral("Compliance Console store server (HTTPS only)"));
        parser.addHelpOption();
        parser.addOptions({data, listen, allow, database, jobs, workers, maxConnections,
                           maxPerClient, fullAuditCheck, printRoutes});
    }

    const cc::server::ConnectionLimits defaults;
    const QCommandLineOption data {QStringLiteral("data"), QStringLiteral("Store directory."),
                                   QStringLiteral("DIR")};
    const QCommandLineOption listen {QStringLiteral("listen"),
                                     QStringLiteral("Address and port (port 0 picks a free one)."),
                                     QStringLiteral("HOST:PORT"), QStringLiteral("127.0.0.1:8443")};
    const QCommandLineOption allow {
        QStringLiteral("allow"),
        QStringLiteral("Only accept clients from these networks (comma-separated CIDR, e.g. "
                       "10.0.0.0/8,127.0.0.1/32)."),
        QStringLiteral("CIDR[,CIDR]")};
    const QCommandLineOption database {
        QStringLiteral("database"),
        QStringLiteral(
            "Keep the data in PostgreSQL: postgresql://user@host:port/db[?sslmode=require]. "
            "The password comes from PGPASSWORD or a password file."),
        QStringLiteral("URL")};
    const QCommandLineOption jobs {
        QStringLiteral("jobs-every"),
        QStringLiteral(
            "Run the background jobs every N seconds (default: each job's own interval)."),
        QStringLiteral("N")};
    const QCommandLineOption workers {
        QStringLiteral("workers"),
        QStringLiteral("Threads that serve requests, each with its own database connection "
                       "(default: the online cores, here %1).")
            .arg(StoreServer::defaultWorkers()),
        QStringLiteral("N")};
    const QCommandLineOption maxConnections {
        QStringLiteral("max-connections"),
        QStringLiteral("Open connections at most, from all clients (default %1).")
            .arg(defaults.maxConnections),
        QStringLiteral("N")};
    const QCommandLineOption maxPerClient {
        QStringLiteral("max-connections-per-client"),
        QStringLiteral("Open connections at most from one client address (default %1).")
            .arg(defaults.maxConnectionsPerAddress),
        QStringLiteral("N")};
    const QCommandLineOption fullAuditCheck {
        QStringLiteral("full-audit-check"),
        QStringLiteral("At start, verify the whole audit chain from its base before listening "
                       "(by default: from the newest anchor, and in full in the background).")};
    const QCommandLineOption printRoutes {
        QStringLiteral("print-routes"),
        QStringLiteral("Print every API route with the access it needs (JSON lines) and exit.")};
};

struct ListenAddress
{
    QHostAddress address;
    quint16 port = 0;

    // The host as a URL shows it: an IPv6 address in brackets.
    QString shownHost() const
    {
        return address.protocol() == QAbstractSocket::IPv6Protocol
            ? QLatin1Char('[') + address.toString() + QLatin1Char(']')
            : address.toString();
    }
};

cc::Result<ListenAddress> listenAddress(const QString &listen)
{
    const qsizetype colon = listen.lastIndexOf(QLatin1Char(':'));
    bool portOk = false;
    const uint port = listen.mid(colon + 1).toUInt(&portOk);
    QString host = listen.left(colon);
    if (host.startsWith(QLatin1Char('[')) && host.endsWith(QLatin1Char(']')))
        host = host.mid(1, host.size() - 2);
    const QHostAddress address(host);
    if (colon <= 0 || !portOk || port > 65535 || address.isNull())
        return cc::makeError(
            cc::ErrorCode::InvalidInput,
            QStringLiteral(
                "--listen must be an IP address and port, e.g. 127.0.0.1:8443 (got \"%1\")")
                .arg(listen));
    return ListenAddress {address, quint16(port)};
}

cc::Result<QList<StoreServer::Subnet>> allowedNetworks(const QString &allow)
{
    QList<StoreServer::Subnet> allowed;
    for (const QString &cidr : allow.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        const auto subnet = QHostAddress::parseSubnet(cidr.trimmed());
        if (subnet.first.isNull())
            return cc::makeError(
                cc::ErrorCode::InvalidInput,
                QStringLiteral("--allow: \"%1\" is not a network in CIDR form, e.g. 10.0.0.0/8")
                    .arg(cidr));
        allowed << subnet;
    }
    return allowed;
}

cc::Result<cc::server::ConnectionLimits> connectionLimits(const QCommandLineParser &parser,
                                                          const Options &options)
{
    cc::server::ConnectionLimits limits;
    for (const auto &[option, target] :
         {std::pair {&options.maxConnections, &limits.maxConnections},
          std::pair {&options.maxPerClient, &limits.maxConnectionsPerAddress}}) {
        if (!parser.isSet(*option))
            continue;
        bool ok = false;
        *target = parser.value(*option).toInt(&ok);
        if (!ok || *target < 1 || *target > 100000)
            return cc::makeError(cc::ErrorCode::InvalidInput,
                                 QStringLiteral("--%1 must be a number from 1 to 100000")
                                     .arg(option->names().constFirst()));
    }
    return limits;
}

// --workers, or the online cores.
cc::Result<int> workerCount(const QCommandLineParser &parser, const Options &options)
{
    if (!parser.isSet(options.workers))
        return StoreServer::defaultWorkers();
    bool ok = false;
    const int workers = parser.value(options.workers).toInt(&ok);
    if (!ok || workers < 1 || workers > 64)
        return cc::makeError(cc::ErrorCode::InvalidInput,
                             QStringLiteral("--workers must be a number from 1 to 64"));
    return workers;
}

// --jobs-every, when given: every job's interval.
cc::Result<std::optional<std::chrono::seconds>> jobsInterval(const QCommandLineParser &parser,
                                                             const Options &options)
{
    if (!parser.isSet(options.jobs))
        return std::optional<std::chrono::seconds>();
    bool ok = false;
    const int seconds = parser.value(options.jobs).toInt(&ok);
    if (!ok || seconds < 1 || seconds > 86400)
        return cc::makeError(
            cc::ErrorCode::InvalidInput,
            QStringLiteral("--jobs-every must be a number of seconds from 1 to 86400"));
    return std::optional<std::chrono::seconds>(seconds);
}

} // namespace

int main(int argc, char *argv[])
{
    // Before any key is read: the master key must never reach a core file.
    if (!cc::crypto::keepSecretsOutOfCoreDumps())
        return fail(QStringLiteral("cannot disable core dumps for this process"));
    // What it creates (SQLite's -wal and -shm, the audit anchors) is the owner's alone, whatever
    // umask it was started with; DataDir::checkPrivate() refuses anything looser.
    ::umask(077);
    if (kJournal)
        qInstallMessageHandler(logToJournal);
    // A QGuiApplication only for the font database the evidence pack's PDF is drawn with; on
    // the offscreen platform, always, so the server never looks for a display.
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("compliance-stored"));
    QCommandLineParser parser;
    const Options options(parser);
    parser.process(app);

    if (!parser.isSet(options.data))
        return fail(QStringLiteral("--data DIR is required"));
    const cc::Result<ListenAddress> listen = listenAddress(parser.value(options.listen));
    if (!listen)
        return fail(listen.error().message);
    const cc::Result<QList<StoreServer::Subnet>> allowed
        = allowedNetworks(parser.value(options.allow));
    if (!allowed)
        return fail(allowed.error().message);
    const cc::Result<cc::server::ConnectionLimits> limits = connectionLimits(parser, options);
    if (!limits)
        return fail(limits.error().message);
    const cc::Result<int> workers = workerCount(parser, options);
    if (!workers)
        return fail(workers.error().message);

    if (cc::Result<void> selfTest = cc::crypto::init(); !selfTest)
        return fail(QStringLiteral("crypto self-test failed: ") + selfTest.error().message);

    static const cc::SystemClock clock;
    cc::Result<std::unique_ptr<cc::Store>> store
        = cc::Store::open(parser.value(options.data), clock, parser.value(options.database));
    if (!store)
        return fail(store.error().message);

    StoreServer server(**store);
    if (parser.isSet(options.printRoutes)) {
        std::fputs(server.routes().describe().constData(), stdout);
        return 0;
    }
    server.setAllowedNetworks(*allowed);
    server.setConnectionLimits(*limits);
    server.setWorkers(*workers);
    // Before the first request: GET /audit/head reports what this check found. A broken chain
    // is logged and raises the alarm, and the store still serves (every request is audited).
    const bool fullAuditCheck = parser.isSet(options.fullAuditCheck);
    if (cc::Result<cc::AuditVerification> checked = server.auditGuard().checkAtStart(
            fullAuditCheck ? cc::VerifyScope::Full : cc::VerifyScope::FromNewestAnchor);
        !checked)
        return fail(QStringLiteral("cannot check the audit chain: ") + checked.error().message);
    cc::Result<quint16> bound = server.start(listen->address, listen->port);
    if (!bound)
        return fail(bound.error().message);

    // Orderly shutdown on SIGTERM/SIGINT: open transactions are rolled back by SQLite anyway,
    // but a clean exit closes the database and flushes the log.
    for (const int sig : {SIGTERM, SIGINT})
        std::signal(sig, [](int) { QCoreApplication::quit(); });
    // SIGHUP (systemctl reload): the policy and a renewed certificate, without a restart.
    if (!watchHangup(&app, [&server] {
            if (cc::Result<void> reloaded = server.reload(); !reloaded)
                qCritical().noquote() << "reload (SIGHUP) failed:" << reloaded.error().message;
        }))
        return fail(QStringLiteral("cannot watch for SIGHUP"));

    cc::server::JobScheduler jobs(**store);
    cc::server::addJobs(jobs, **store, server.auditGuard());
    cc::server::addControlJobs(jobs, **store, server);
    const cc::Result<std::optional<std::chrono::seconds>> every = jobsInterval(parser, options);
    if (!every)
        return fail(every.error().message);
    if (*every)
        jobs.overrideIntervals(**every);
    jobs.start();
    // The check from the newest anchor does not look behind it: the rest follows, stepped.
    if (!fullAuditCheck)
        server.auditGuard().startFullCheck();

    std::printf("compliance-stored: listening on https://%s:%u\n", qPrintable(listen->shownHost()),
                unsigned(*bound));
    std::fflush(stdout);
    return app.exec();
}
