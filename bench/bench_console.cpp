// The console's Audit page at 1,000,000 events: wall time from starting compliance-console to
// the first page of the audit log painted, and the console's peak resident memory, with
// QT_QPA_PLATFORM=offscreen. The console runs as a person would start it in demo mode
// (`--demo DIR --page audit`): it starts compliance-stored on the store, pins its certificate,
// signs in, opens the main window on the Audit page and, with --benchmark-first-paint, prints
// one line once the table has painted rows (with VmHWM from /proc/self/status) and exits.
// References measured in the same run: the very same console start on a store with only the
// demo data (about a hundred events), and the raw HTTPS GET of the same first page
// (GET /api/v1/audit?order=desc&limit=200) with curl against the 10^6-event store. Not a
// test: it prints figures.
//
//   bench_console [--bin DIR] [--events 1000000] [--table FILE]
//
// DIR holds compliancectl, compliance-stored and compliance-console (default: ../bin beside
// this executable). Two console runs per store (a demo sign-in code works once, and the
// server accepts the current and the next time step).

#include "AuditSeed.h"
#include "BenchTable.h"
#include "Clock.h"
#include "crypto/Totp.h"
#include "store/Store.h"

#include <algorithm>
#include <cstdio>
#include <cstdlib>

#include <QCoreApplication>
#include <QDateTime>
#include <QDeadlineTimer>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QProcessEnvironment>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QThread>
#include <QUrlQuery>

namespace {

using cc::bench::BenchTable;

constexpr int kConsoleTimeoutMs = 180'000;
constexpr int kCurlRuns = 5;

QList<QProcess *> g_running;

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
    std::fprintf(stderr, "bench_console: %s\n", qPrintable(what));
    for (QProcess *process : std::as_const(g_running))
        stop(process);
    std::exit(1);
}

QString option(const QStringList &arguments, const QString &name, const QString &fallback)
{
    const qsizetype at = arguments.indexOf(name);
    return at >= 0 && at + 1 < arguments.size() ? arguments.at(at + 1) : fallback;
}

QByteArray run(const QString &program, const QStringList &arguments, int timeoutMs,
               const QByteArray &input = {})
{
    QProcess process;
    process.start(program, arguments);
    if (!process.waitForStarted(10000))
        fail(QStringLiteral("cannot start %1").arg(program));
    process.write(input);
    process.closeWriteChannel();
    if (!process.waitForFinished(timeoutMs) || process.exitStatus() != QProcess::NormalExit
        || process.exitCode() != 0) {
        stop(&process);
        fail(QStringLiteral("%1 %2 failed: %3")
                 .arg(program, arguments.join(QLatin1Char(' ')),
                      QString::fromUtf8(process.readAllStandardError())));
    }
    return process.readAllStandardOutput() + process.readAllStandardError();
}

struct FirstPaint
{
    double seconds = 0;
    qint64 peakKb = 0;
    int rows = 0;
};

// One console start, timed from QProcess::start to its first-paint line.
FirstPaint firstPaint(const QString &console, const QString &storeDir)
{
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    process.setProcessEnvironment(env);
    process.setProcessChannelMode(QProcess::SeparateChannels);
    QElapsedTimer clock;
    clock.start();
    process.start(console,
                  {QStringLiteral("--demo"), storeDir, QStringLiteral("--page"),
                   QStringLiteral("audit"), QStringLiteral("--benchmark-first-paint")});
    if (!process.waitForStarted(10000))
        fail(QStringLiteral("cannot start %1").arg(console));
    g_running << &process;
    static const QRegularExpression marker(
        QStringLiteral("first-paint rows=(\\d+) vmhwm_kb=(-?\\d+)"));
    QByteArray output;
    QDeadlineTimer deadline(kConsoleTimeoutMs);
    FirstPaint result;
    while (!deadline.hasExpired()) {
        process.waitForReadyRead(50);
        output += process.readAllStandardOutput();
        if (const QRegularExpressionMatch m = marker.match(QString::fromUtf8(output));
            m.hasMatch()) {
            result.seconds = double(clock.nsecsElapsed()) / 1e9;
            result.rows = m.captured(1).toInt();
            result.peakKb = m.captured(2).toLongLong();
            break;
        }
        if (process.state() == QProcess::NotRunning)
            break;
    }
    if (result.rows == 0) {
        stop(&process);
        g_running.removeOne(&process);
        fail(
            QStringLiteral("the console printed no first-paint line: %1%2")
                .arg(QString::fromUtf8(output), QString::fromUtf8(process.readAllStandardError())));
    }
    // It stops its demo server and exits by itself.
    if (!process.waitForFinished(30000))
        stop(&process);
    g_running.removeOne(&process);
    return result;
}

QString makeStore(const QString &ctl, const QString &dir)
{
    run(ctl, {QStringLiteral("init"), QStringLiteral("--data"), dir}, 60000);
    run(ctl, {QStringLiteral("demo"), QStringLiteral("seed"), QStringLiteral("--data"), dir},
        120000);
    return dir;
}

qint64 headSeq(const QString &dir)
{
    cc::SystemClock clock;
    auto store = cc::Store::open(dir, clock);
    if (!store)
        fail(store.error().message);
    auto q = (*store)->exec(QStringLiteral("SELECT seq FROM audit_head WHERE id = 1"));
    return q && q->next() ? q->value(0).toLongLong() : 0;
}

double median(QList<double> values)
{
    std::sort(values.begin(), values.end());
    return values.isEmpty() ? 0 : values.at(values.size() / 2);
}

// The raw first page, timed by curl itself (connection, TLS handshake, request, answer).
QList<double> curlFirstPage(const QString &ctl, const QString &stored, const QString &dir)
{
    // An account of its own: the demo account's sign-in codes belong to the console runs.
    const QString password = QStringLiteral("Bench-Auditor-Passw0rd-1");
    const QByteArray added = run(
        ctl,
        {QStringLiteral("user"), QStringLiteral("add"), QStringLiteral("--data"), dir,
         QStringLiteral("--username"), QStringLiteral("bench.auditor"), QStringLiteral("--email"),
         QStringLiteral("bench.auditor@example.com"), QStringLiteral("--role"),
         QStringLiteral("compliance_officer"), QStringLiteral("--password-stdin")},
        60000, password.toUtf8() + '\n');
    static const QRegularExpression secretPattern(QStringLiteral("secret=([A-Z2-7]+)"));
    const QString secretText = secretPattern.match(QString::fromUtf8(added)).captured(1);
    const cc::Result<QByteArray> secret = cc::crypto::totp::fromBase32(secretText);
    if (secretText.isEmpty() || !secret)
        fail(QStringLiteral("user add printed no TOTP secret"));

    QProcess server;
    server.setProcessChannelMode(QProcess::SeparateChannels);
    server.start(
        stored,
        {QStringLiteral("--data"), dir, QStringLiteral("--listen"), QStringLiteral("127.0.0.1:0")});
    if (!server.waitForStarted(10000))
        fail(QStringLiteral("cannot start compliance-stored"));
    g_running << &server;
    QString base;
    static const QRegularExpression listening(QStringLiteral("listening on (https://\\S+)"));
    QByteArray output;
    QDeadlineTimer deadline(30000);
    while (!deadline.hasExpired() && base.isEmpty() && server.state() != QProcess::NotRunning) {
        server.waitForReadyRead(200);
        output += server.readAllStandardOutput();
        base = listening.match(QString::fromUtf8(output)).captured(1);
    }
    if (base.isEmpty())
        fail(QStringLiteral("compliance-stored did not start"));
    const QString cert = dir + QStringLiteral("/tls-cert.pem");
    const QString code
        = cc::crypto::totp::code(*secret, QDateTime::currentSecsSinceEpoch()).value();
    const QByteArray body
        = QJsonDocument(QJsonObject {{QStringLiteral("username"), QStringLiteral("bench.auditor")},
                                     {QStringLiteral("password"), password},
                                     {QStringLiteral("totp"), code}})
              .toJson(QJsonDocument::Compact);
    const QByteArray session
        = run(QStringLiteral("curl"),
              {QStringLiteral("-sS"), QStringLiteral("--cacert"), cert, QStringLiteral("-H"),
               QStringLiteral("Content-Type: application/json"), QStringLiteral("--data-binary"),
               QString::fromUtf8(body), base + QStringLiteral("/api/v1/session")},
              30000);
    const QString token
        = QJsonDocument::fromJson(session).object().value(QStringLiteral("token")).toString();
    if (token.isEmpty())
        fail(QStringLiteral("sign-in failed: %1").arg(QString::fromUtf8(session)));
    QList<double> times;
    for (int i = 0; i < kCurlRuns; ++i) {
        const QByteArray took = run(QStringLiteral("curl"),
                                    {QStringLiteral("-sS"), QStringLiteral("-o"),
                                     QStringLiteral("/dev/null"), QStringLiteral("-w"),
                                     QStringLiteral("%{http_code} %{time_total} %{size_download}"),
                                     QStringLiteral("--cacert"), cert, QStringLiteral("-H"),
                                     QStringLiteral("Authorization: Bearer ") + token,
                                     base + QStringLiteral("/api/v1/audit?order=desc&limit=200")},
                                    30000);
        const QList<QByteArray> parts = took.trimmed().split(' ');
        if (parts.value(0) != "200")
            fail(QStringLiteral("GET /audit answered %1").arg(QString::fromUtf8(took)));
        times << parts.value(1).toDouble();
        if (i == 0)
            std::printf("  curl first page: %s bytes\n", parts.value(2).constData());
    }
    stop(&server);
    g_running.removeOne(&server);
    return times;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QStringList arguments = app.arguments();
    const BenchTable table(arguments);
    const QString bin = option(arguments, QStringLiteral("--bin"),
                               QCoreApplication::applicationDirPath() + QStringLiteral("/../bin"));
    bool ok = false;
    const qint64 events
        = option(arguments, QStringLiteral("--events"), QStringLiteral("1000000")).toLongLong(&ok);
    if (!ok || events < 1000 || events > 10'000'000)
        fail(QStringLiteral("--events must be a whole number from 1000 to 10000000"));
    const QString ctl = bin + QStringLiteral("/compliancectl");
    const QString stored = bin + QStringLiteral("/compliance-stored");
    const QString console = bin + QStringLiteral("/compliance-console");
    for (const QString &program : {ctl, stored, console}) {
        if (!QFile::exists(program))
            fail(QStringLiteral("%1 is missing; build compliance-console, compliance-stored and "
                                "compliancectl")
                     .arg(program));
    }

    QTemporaryDir work;
    if (!work.isValid())
        fail(QStringLiteral("cannot create a temporary directory"));
    const QString small = makeStore(ctl, work.filePath(QStringLiteral("small")));
    const QString large = makeStore(ctl, work.filePath(QStringLiteral("large")));
    {
        QElapsedTimer seeding;
        seeding.start();
        cc::SystemClock clock;
        auto store = cc::Store::open(large, clock);
        if (!store)
            fail(store.error().message);
        const cc::Result<void> seeded
            = cc::test::seedAuditEvents(**store, events, QDateTime::currentMSecsSinceEpoch(), 2000);
        if (!seeded)
            fail(seeded.error().message);
        std::printf("seeded %lld events in %.1f s\n", static_cast<long long>(events),
                    double(seeding.elapsed()) / 1000);
    }
    const qint64 smallEvents = headSeq(small);
    const qint64 largeEvents = headSeq(large);
    std::printf("stores: %lld and %lld audit events\n", static_cast<long long>(smallEvents),
                static_cast<long long>(largeEvents));

    // Alternate the stores, so load on the machine weighs on both alike.
    QList<double> smallTimes;
    QList<double> largeTimes;
    qint64 smallPeak = 0;
    qint64 largePeak = 0;
    for (int round = 0; round < 2; ++round) {
        const FirstPaint s = firstPaint(console, small);
        const FirstPaint l = firstPaint(console, large);
        std::printf("  round %d: %lld events %.3f s %lld KiB (%d rows) | %lld events %.3f s "
                    "%lld KiB (%d rows)\n",
                    round + 1, static_cast<long long>(largeEvents), l.seconds,
                    static_cast<long long>(l.peakKb), l.rows, static_cast<long long>(smallEvents),
                    s.seconds, static_cast<long long>(s.peakKb), s.rows);
        smallTimes << s.seconds;
        largeTimes << l.seconds;
        smallPeak = std::max(smallPeak, s.peakKb);
        largePeak = std::max(largePeak, l.peakKb);
    }
    const QList<double> curl = curlFirstPage(ctl, stored, large);
    const double largeTime = *std::min_element(largeTimes.begin(), largeTimes.end());
    const double smallTime = *std::min_element(smallTimes.begin(), smallTimes.end());
    const double curlTime = median(curl);

    const QString millionLabel = BenchTable::number(double(largeEvents), 0);
    std::printf("\nconsole start -> first audit page painted (best of 2):\n"
                "  %s events: %.3f s, peak RSS %.1f MiB\n"
                "  %lld events (reference): %.3f s, peak RSS %.1f MiB\n"
                "  raw HTTPS GET of that first page with curl (median of %d): %.1f ms\n"
                "  time ratio vs small store: %.2f x (1.00 = the log's size costs nothing)\n"
                "  memory ratio vs small store: %.2f x (1.00 = memory bounded by the page)\n"
                "  time ratio vs curl: %.1f x (the console's own start, demo server start, "
                "sign-in and painting over one raw request)\n",
                qPrintable(millionLabel), largeTime, double(largePeak) / 1024,
                static_cast<long long>(smallEvents), smallTime, double(smallPeak) / 1024, kCurlRuns,
                curlTime * 1000, largeTime / smallTime,
                double(largePeak) / double(std::max<qint64>(1, smallPeak)), largeTime / curlTime);

    const QString benchmark
        = QStringLiteral("Console start → first Audit page painted, %1 events (offscreen, demo "
                         "server start and sign-in included)")
              .arg(millionLabel);
    const QString smallReference
        = QStringLiteral("the same console start on a %1-event store").arg(smallEvents);
    table.row(benchmark, QStringLiteral("time, best of 2"),
              BenchTable::number(largeTime, 2) + QStringLiteral(" s"), smallReference,
              BenchTable::number(smallTime, 2) + QStringLiteral(" s"), largeTime / smallTime);
    table.row(benchmark, QStringLiteral("time, best of 2"),
              BenchTable::number(largeTime, 2) + QStringLiteral(" s"),
              QStringLiteral("curl: raw HTTPS GET /api/v1/audit?order=desc&limit=200 of the "
                             "same store, median of %1")
                  .arg(kCurlRuns),
              BenchTable::number(curlTime * 1000, 1) + QStringLiteral(" ms"), largeTime / curlTime);
    table.row(benchmark, QStringLiteral("peak RSS (VmHWM)"),
              BenchTable::number(double(largePeak) / 1024, 1) + QStringLiteral(" MiB"),
              smallReference,
              BenchTable::number(double(smallPeak) / 1024, 1) + QStringLiteral(" MiB"),
              double(largePeak) / double(std::max<qint64>(1, smallPeak)));
    return 0;
}
