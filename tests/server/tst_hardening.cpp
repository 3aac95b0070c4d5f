// The server under conditions an operator meets and an attacker provokes, checked with real
// peers: the TLS it offers (openssl s_client as the client), what it leaves in a core file, a
// full disk (a small tmpfs as the store directory) and a database another program holds locked.

#include "TestServer.h"

#include <csignal>
#include <sys/mount.h>
#include <unistd.h>

#include <QFile>
#include <QJsonArray>
#include <QProcess>
#include <QRegularExpression>
#include <QSaveFile>
#include <QSet>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QSslSocket>
#include <QTest>

using namespace cc::test;

namespace {

struct Handshake
{
    bool established = false;
    QString cipher;
    QString output;
};

// One TLS handshake with openssl s_client; extra are its protocol / cipher options.
Handshake handshake(quint16 port, const QStringList &extra, const QByteArray &send = {})
{
    QProcess client;
    client.start(QStringLiteral("openssl"),
                 QStringList {QStringLiteral("s_client"), QStringLiteral("-connect"),
                              QStringLiteral("127.0.0.1:%1").arg(port)}
                     + extra);
    Handshake result;
    if (!client.waitForStarted(5000))
        return result;
    client.write(send);
    client.closeWriteChannel();
    if (!client.waitForFinished(15000))
        client.kill();
    result.output
        = QString::fromUtf8(client.readAllStandardOutput() + client.readAllStandardError());
    static const QRegularExpression cipherLine(
        QStringLiteral("(?:Cipher is|Cipher    :) ([A-Za-z0-9_-]+)"));
    const QRegularExpressionMatch m = cipherLine.match(result.output);
    result.cipher = m.hasMatch() ? m.captured(1) : QString();
    result.established = !result.cipher.isEmpty() && result.cipher != QLatin1String("0000")
        && result.cipher != QLatin1String("NONE");
    return result;
}

// The TLS 1.2 cipher suites this machine's OpenSSL can offer at all, weak ones included.
QStringList allTls12Ciphers()
{
    QProcess list;
    list.start(QStringLiteral("openssl"),
               {QStringLiteral("ciphers"), QStringLiteral("-tls1_2"),
                QStringLiteral("ALL:COMPLEMENTOFALL:@SECLEVEL=0")});
    list.waitForFinished(10000);
    QStringList names;
    for (const QString &name :
         QString::fromLatin1(list.readAllStandardOutput()).trimmed().split(QLatin1Char(':'))) {
        if (!name.startsWith(QLatin1String("TLS_"))) // TLS 1.3 suites are not TLS 1.2's
            names << name;
    }
    return names;
}

// The certificate the server presents to a new connection, from a real TLS handshake.
QByteArray servedCertificateSha256(quint16 port)
{
    QSslSocket socket;
    socket.setPeerVerifyMode(QSslSocket::VerifyNone); // only the certificate is looked at
    socket.connectToHostEncrypted(QStringLiteral("127.0.0.1"), port);
    if (!socket.waitForEncrypted(10000))
        return {};
    return socket.peerCertificate().digest(QCryptographicHash::Sha256).toHex();
}

bool isStrongTls12(const QString &name)
{
    return name.startsWith(QLatin1String("ECDHE-"))
        && (name.contains(QLatin1String("-GCM-")) || name.contains(QLatin1String("CHACHA20")));
}

} // namespace

class TestHardening : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void protocolsBelowTls12Refused_data();
    void protocolsBelowTls12Refused();
    void tls13Offered();
    void onlyStrongTls12Ciphers();
    void hstsHeaderOnEveryAnswer();
    void noCoreDumps();
    void fullDiskGivesClearErrorAndLosesNothing();
    void lockedDatabaseGivesClearError();
    void hangupReloadsCertificateAndPolicy();

private:
    quint16 port() const { return quint16(m_server.baseUrl().port()); }
    QStringList createRequests(TestServer &server, const QString &token, int count,
                               int reasonLength, QString *firstError = nullptr);

    TestServer m_server;
};

void TestHardening::initTestCase()
{
    QVERIFY2(m_server.start(), qPrintable(m_server.errorString()));
}

void TestHardening::protocolsBelowTls12Refused_data()
{
    QTest::addColumn<QString>("protocol");
    QTest::newRow("TLS 1.0") << QStringLiteral("-tls1");
    QTest::newRow("TLS 1.1") << QStringLiteral("-tls1_1");
}

void TestHardening::protocolsBelowTls12Refused()
{
    QFETCH(QString, protocol);
    // SECLEVEL=0 lets the client offer the old protocol: the refusal must be the server's.
    const Handshake h = handshake(
        port(), {protocol, QStringLiteral("-cipher"), QStringLiteral("ALL@SECLEVEL=0")});
    QVERIFY2(!h.established, qPrintable(h.output));
}

void TestHardening::tls13Offered()
{
    const Handshake h = handshake(port(), {QStringLiteral("-tls1_3")});
    QVERIFY2(h.established, qPrintable(h.output));
    QVERIFY2(h.cipher.startsWith(QLatin1String("TLS_")), qPrintable(h.cipher));
}

void TestHardening::onlyStrongTls12Ciphers()
{
    const QStringList offered = allTls12Ciphers();
    QVERIFY2(offered.size() > 20, qPrintable(offered.join(QLatin1Char(':'))));
    QStringList accepted;
    for (const QString &cipher : offered) {
        const Handshake h = handshake(port(),
                                      {QStringLiteral("-tls1_2"), QStringLiteral("-cipher"),
                                       cipher + QStringLiteral("@SECLEVEL=0")});
        if (h.established)
            accepted << h.cipher;
    }
    QVERIFY2(!accepted.isEmpty(), "the server accepted no TLS 1.2 cipher suite at all");
    for (const QString &cipher : std::as_const(accepted))
        QVERIFY2(isStrongTls12(cipher),
                 qPrintable(QStringLiteral("weak suite accepted: ") + cipher));
    // The certificate is ECDSA P-256, so these are the suites a client can actually use.
    QVERIFY2(accepted.contains(QStringLiteral("ECDHE-ECDSA-AES256-GCM-SHA384")),
             qPrintable(accepted.join(QLatin1Char(' '))));
}

void TestHardening::hstsHeaderOnEveryAnswer()
{
    for (const QByteArray &path : {QByteArray("/api/v1/health"), QByteArray("/api/v1/me"),
                                   QByteArray("/api/v1/no-such-thing")}) {
        const Handshake h = handshake(port(), {QStringLiteral("-quiet")},
                                      "GET " + path
                                          + " HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: "
                                            "close\r\n\r\n");
        QVERIFY2(h.output.contains(QLatin1String("Strict-Transport-Security: max-age=31536000"),
                                   Qt::CaseInsensitive),
                 qPrintable(QString::fromLatin1(path) + QStringLiteral(": ") + h.output.left(600)));
    }
}

void TestHardening::noCoreDumps()
{
    const qint64 pid = m_server.process().processId();
    QFile limits(QStringLiteral("/proc/%1/limits").arg(pid));
    QVERIFY2(limits.open(QIODevice::ReadOnly), qPrintable(limits.errorString()));
    const QString text = QString::fromLatin1(limits.readAll());
    static const QRegularExpression core(QStringLiteral("Max core file size\\s+(\\S+)\\s+(\\S+)"));
    const QRegularExpressionMatch m = core.match(text);
    QVERIFY2(m.hasMatch(), qPrintable(text));
    QCOMPARE(m.captured(1), QStringLiteral("0"));
    QCOMPARE(m.captured(2), QStringLiteral("0"));
    // Not dumpable: /proc/PID belongs to root, so other processes of the server's user cannot
    // read its memory.
    QFile status(QStringLiteral("/proc/%1/mem").arg(pid));
    QCOMPARE(QFileInfo(status).ownerId(), 0u);
}

QStringList TestHardening::createRequests(TestServer &server, const QString &token, int count,
                                          int reasonLength, QString *firstError)
{
    QStringList ids;
    QString reason = QStringLiteral("Reconciling refunds for the quarterly close ");
    while (reason.size() < reasonLength)
        reason += QStringLiteral("and checking every settlement line against the ledger ");
    for (int i = 0; i < count; ++i) {
        const ApiReply reply
            = server.call("POST", QStringLiteral("/access-requests"),
                          {{QStringLiteral("category"), QStringLiteral("orders.nonpii")},
                           {QStringLiteral("client"), QStringLiteral("ACME-EU")},
                           {QStringLiteral("reason"), reason.left(reasonLength)},
                           {QStringLiteral("duration_hours"), 8}},
                          token);
        if (reply.status != 201) {
            if (firstError)
                *firstError
                    = QStringLiteral("%1 %2").arg(reply.status).arg(QString::fromUtf8(reply.raw));
            break;
        }
        ids << QString::number(reply.json.value(QStringLiteral("id")).toInteger());
    }
    return ids;
}

void TestHardening::fullDiskGivesClearErrorAndLosesNothing()
{
    if (geteuid() != 0)
        QSKIP("mounting the small tmpfs that plays the full disk needs root (CI runs as root)");
    TestServer server;
    QVERIFY(QDir().mkpath(server.dataDir()));
    const QByteArray dir = QFile::encodeName(server.dataDir());
    QVERIFY2(::mount("tmpfs", dir.constData(), "tmpfs", 0, "size=3m,mode=0700") == 0,
             strerror(errno));
    auto unmount = qScopeGuard([&] {
        server.stop();
        ::umount2(dir.constData(), MNT_DETACH);
    });
    QVERIFY2(server.start(), qPrintable(server.errorString()));
    TestServer::Account employee
        = server.addUser(QStringLiteral("fill.employee"), QStringLiteral("employee"));
    const QString token = server.login(employee);
    QVERIFY(!token.isEmpty());

    QString error;
    const QStringList stored = createRequests(server, token, 100000, 1800, &error);
    QVERIFY2(!stored.isEmpty(), qPrintable(error));
    QVERIFY2(error.startsWith(QLatin1String("503")), qPrintable(error));
    QVERIFY2(error.contains(QLatin1String("disk is full")), qPrintable(error));
    QVERIFY2(error.contains(QLatin1String("nothing of this request was saved")), qPrintable(error));

    // Still serving, and everything it acknowledged is there.
    QCOMPARE(server.call("GET", QStringLiteral("/health")).status, 200);
    QSet<QString> listed;
    QString after;
    for (;;) {
        const ApiReply page
            = server.call("GET",
                          QStringLiteral("/access-requests?limit=500")
                              + (after.isEmpty() ? QString() : QStringLiteral("&after=") + after),
                          {}, token);
        QCOMPARE(page.status, 200);
        for (const QJsonValue &item : page.json.value(QStringLiteral("items")).toArray())
            listed << QString::number(item.toObject().value(QStringLiteral("id")).toInteger());
        const QJsonValue next = page.json.value(QStringLiteral("next_after"));
        if (next.isNull())
            break;
        after = QString::number(next.toInteger());
    }
    for (const QString &id : stored)
        QVERIFY2(listed.contains(id),
                 qPrintable(QStringLiteral("acknowledged request %1 is gone").arg(id)));
    QCOMPARE(listed.size(), stored.size());

    // The chain is intact: every acknowledged write and its audit event committed together.
    server.stop();
    QByteArray out;
    QByteArray err;
    QCOMPARE(server.runCtl({QStringLiteral("audit"), QStringLiteral("verify")}, &out, &err), 0);
}

void TestHardening::lockedDatabaseGivesClearError()
{
    TestServer::Account employee
        = m_server.addUser(QStringLiteral("lock.employee"), QStringLiteral("employee"));
    const QString token = m_server.login(employee);
    QVERIFY(!token.isEmpty());
    QCOMPARE(createRequests(m_server, token, 1, 40).size(), 1);

    {
        // Another program takes the write lock and keeps it past the server's busy timeout.
        QSqlDatabase other
            = m_server.database().openDirect(m_server.dataDir(), QStringLiteral("locker"));
        QVERIFY2(other.isOpen(), qPrintable(other.lastError().text()));
        QSqlQuery lock(other);
        QVERIFY2(lock.exec(QStringLiteral("BEGIN EXCLUSIVE")), qPrintable(lock.lastError().text()));
        QString error;
        QCOMPARE(createRequests(m_server, token, 1, 40, &error).size(), 0);
        QVERIFY2(error.startsWith(QLatin1String("503")), qPrintable(error));
        QVERIFY2(error.contains(QLatin1String("locked by another program")), qPrintable(error));
        QVERIFY(lock.exec(QStringLiteral("ROLLBACK")));
        other.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("locker"));

    // Once the other program lets go, the next write goes through.
    QCOMPARE(createRequests(m_server, token, 1, 40).size(), 1);
}

// SIGHUP (systemctl reload): a renewed certificate and a changed policy take effect without a
// restart; a broken file changes nothing and the server keeps serving.
void TestHardening::hangupReloadsCertificateAndPolicy()
{
    TestServer server;
    QVERIFY2(server.start(), qPrintable(server.errorString()));
    const quint16 port = quint16(server.baseUrl().port());
    const QString certFile = server.dataDir() + QStringLiteral("/tls-cert.pem");
    const QString keyFile = server.dataDir() + QStringLiteral("/tls-key.pem");
    const QByteArray original = servedCertificateSha256(port);
    QVERIFY(!original.isEmpty());
    TestServer::Account erin = server.addUser(QStringLiteral("erin"), QStringLiteral("employee"));
    const QString token = server.login(erin);
    QVERIFY(!token.isEmpty());
    QCOMPARE(createRequests(server, token, 1, 40).size(), 1); // the default minimum is 20

    // The renewal an operator does: a new key and certificate in place of the old.
    QProcess openssl;
    openssl.start(QStringLiteral("openssl"),
                  {QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-newkey"),
                   QStringLiteral("ec"), QStringLiteral("-pkeyopt"),
                   QStringLiteral("ec_paramgen_curve:prime256v1"), QStringLiteral("-nodes"),
                   QStringLiteral("-days"), QStringLiteral("30"), QStringLiteral("-subj"),
                   QStringLiteral("/CN=renewed.example"), QStringLiteral("-addext"),
                   QStringLiteral("subjectAltName=IP:127.0.0.1,DNS:localhost"),
                   QStringLiteral("-keyout"), server.dataDir() + QStringLiteral("/renewed-key.pem"),
                   QStringLiteral("-out"), server.dataDir() + QStringLiteral("/renewed-cert.pem")});
    QVERIFY(openssl.waitForFinished(30000));
    QCOMPARE(openssl.exitCode(), 0);
    QSaveFile policy(server.dataDir() + QStringLiteral("/policy.json"));
    QVERIFY(policy.open(QIODevice::WriteOnly));
    policy.write(R"({"min_reason_length": 60})");
    QVERIFY(policy.commit());

    // A broken certificate first: nothing changes, not even the policy read beside it.
    QVERIFY(QFile::copy(certFile, certFile + QStringLiteral(".old")));
    QVERIFY(QFile::remove(certFile));
    QVERIFY(QFile(certFile).open(QIODevice::WriteOnly)); // empty: not valid PEM
    QCOMPARE(::kill(pid_t(server.process().processId()), SIGHUP), 0);
    QByteArray errors;
    QTRY_VERIFY_WITH_TIMEOUT(
        (errors += server.process().readAllStandardError()).contains("reload (SIGHUP) failed"),
        20000);
    QVERIFY2(errors.contains("kept the policy and certificate in force"), errors.constData());
    QCOMPARE(servedCertificateSha256(port), original);
    // The harness trusts the certificate in the file: the old one again.
    QVERIFY(QFile::remove(certFile));
    QVERIFY(QFile::rename(certFile + QStringLiteral(".old"), certFile));
    QString refusal;
    QVERIFY2(createRequests(server, token, 1, 40, &refusal).size() == 1, qPrintable(refusal));

    for (const QString &name : {certFile, keyFile})
        QVERIFY(QFile::remove(name));
    QVERIFY(QFile::rename(server.dataDir() + QStringLiteral("/renewed-cert.pem"), certFile));
    QVERIFY(QFile::rename(server.dataDir() + QStringLiteral("/renewed-key.pem"), keyFile));
    QVERIFY(QFile::setPermissions(keyFile, QFileDevice::ReadOwner | QFileDevice::WriteOwner));
    QCOMPARE(::kill(pid_t(server.process().processId()), SIGHUP), 0);
    QFile renewed(certFile);
    QVERIFY(renewed.open(QIODevice::ReadOnly));
    const QByteArray expected
        = QSslCertificate(&renewed, QSsl::Pem).digest(QCryptographicHash::Sha256).toHex();
    QTRY_COMPARE_WITH_TIMEOUT(servedCertificateSha256(port), expected, 20000);

    QCOMPARE(createRequests(server, token, 1, 40, &refusal).size(), 0);
    QVERIFY2(refusal.startsWith(QLatin1String("400")) && refusal.contains(QLatin1String("60")),
             qPrintable(refusal));
    QCOMPARE(createRequests(server, token, 1, 60).size(), 1);
    // The reload is in the audit trail, with the certificate it took.
    QSqlDatabase db
        = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("reload"));
    db.setDatabaseName(server.dataDir() + QStringLiteral("/store.sqlite"));
    QVERIFY(db.open());
    {
        QSqlQuery q(db);
        QVERIFY(q.exec(QStringLiteral(
            "SELECT detail FROM audit_events WHERE action = 'server.reload' ORDER BY seq")));
        QVERIFY(q.next());
        QVERIFY2(q.value(0).toString().contains(QString::fromLatin1(expected)),
                 qPrintable(q.value(0).toString()));
        QVERIFY(!q.next()); // the refused reload left no event
    }
    db.close();
    db = {};
    QSqlDatabase::removeDatabase(QStringLiteral("reload"));
}

QTEST_GUILESS_MAIN(TestHardening)
#include "tst_hardening.moc"
