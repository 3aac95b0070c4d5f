// compliancectl and the server's start-up checks, on real store directories: among them the
// audit chain checked against the anchors outside the database (the issue's cut, a damaged
// anchor file, a restored backup) and the acknowledgement of a break.

#include "TestServer.h"
#include "crypto/Crypto.h"
#include "crypto/SealedStream.h"
#include "crypto/Totp.h"
#include "service/Accounts.h"
#include "store/Store.h"

#include <map>
#include <memory>
#include <sys/stat.h>

#include <QCryptographicHash>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QUrlQuery>

using namespace cc::test;

namespace {

struct Run
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};

Run run(const QString &program, const QStringList &arguments, const QByteArray &input = {})
{
    QProcess process;
    process.start(binary(program), arguments);
    Run result;
    if (!process.waitForStarted(10000))
        return result;
    process.write(input);
    process.closeWriteChannel();
    process.waitForFinished(60000);
    result.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    result.out = process.readAllStandardOutput();
    result.err = process.readAllStandardError();
    return result;
}

QByteArray readFile(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

// A manual page as plain text: roff's escaped hyphens and font changes undone.
QString manText(const QString &path)
{
    static const QRegularExpression font(QStringLiteral(R"(\\f[BIRP])"));
    return QString::fromUtf8(readFile(path))
        .replace(QLatin1String("\\-"), QLatin1String("-"))
        .remove(font);
}

// Every long option (--name) a text mentions.
QSet<QString> longOptions(const QString &text)
{
    static const QRegularExpression option(QStringLiteral(R"((?<![\w-])--[a-z][a-z0-9-]*)"));
    QSet<QString> found;
    for (const QRegularExpressionMatch &m : option.globalMatch(text))
        found << m.captured(0);
    return found;
}

} // namespace

class TestCli : public QObject
{
    Q_OBJECT

private slots:
    void manPagesMatchHelp_data();
    void manPagesMatchHelp();
    void initCreatesStoreWithPrivateKey();
    void initRefusesExistingStore();
    void initWithATokenChecksItsOptions();
    void userAddPrintsProvisioningUri();
    void userAddRejectsBadInput_data();
    void userAddRejectsBadInput();
    void userAddNeedsPasswordStdinAndARulePassingPassword();
    void userCommandsActAsTheAdminNamedByBy();
    void clientAddRegistersAndAudits();
    void auditVerifyDetectsTampering_data();
    void auditVerifyDetectsTampering();
    void auditVerifyRequiresTheAnchors();
    void anchorFileProblemsAreBreaks_data();
    void anchorFileProblemsAreBreaks();
    void serverLogsABrokenChainAtStart();
    void restoredDatabaseBackupIsABreak();
    void acknowledgeBreakChecksItsArguments();
    void serverRefusesReadableKey();
    void secretFileOpenToOthersRefused_data();
    void secretFileOpenToOthersRefused();
    void storeDirectoryOpenToOthersRefused();
    void secretFilesCreatedOwnerOnly();
    void serverRefusesMissingStore();
    void serverRefusesNewerSchema();
    void serverRefusesBadListen();
    void demoSeedFillsEveryRole();
    void serverRefusesAddressesOutsideAllow();
    void controlsAttestStoresTheDocumentSealed();
    void keysRotateWhileTheServerRuns();
    void keyExportIsSealedToItsPassphrase();
    void backupAndRestoreUnderWriteLoad();
    void backupLocationsDecideTheBackupsControl();
    void evidencePackBuiltAuditedAndVerified();
    void boardReportWrittenAndAudited();
    void vulnImportAllOrNothingAndList();
    void subcontractorAndCredentialRegisters();
    void cleanup() { m_databases.clear(); }

private:
    // A new store in dir, on SQLite or (in the PostgreSQL run) on a fresh database.
    QString freshStore(QTemporaryDir &dir)
    {
        const QString path = dir.filePath(QStringLiteral("store"));
        m_databases[path] = std::make_unique<TestDatabase>();
        const Run init = run(QStringLiteral("compliancectl"),
                             QStringList {QStringLiteral("init"), QStringLiteral("--data"), path}
                                 + databaseArguments(path));
        if (init.exitCode != 0)
            qWarning("init failed: %s", init.err.constData());
        return path;
    }
    QStringList databaseArguments(const QString &store) const
    {
        return m_databases.count(store) ? m_databases.at(store)->arguments() : QStringList();
    }
    // Runs SQL straight on a store's database, as an intruder with database access would.
    void tamper(const QString &store, const QString &sql)
    {
        const QString name = QStringLiteral("tamper");
        {
            QSqlDatabase db = m_databases.at(store)->openDirect(store, name);
            QVERIFY2(db.isOpen(), qPrintable(db.lastError().text()));
            for (const QString &statement : sql.split(QLatin1Char(';'))) {
                QSqlQuery q(db);
                QVERIFY2(q.exec(statement),
                         qPrintable(statement + QLatin1Char(' ') + q.lastError().text()));
            }
            db.close();
        }
        QSqlDatabase::removeDatabase(name);
    }
    Run ctl(const QString &store, const QStringList &arguments, const QByteArray &input = {})
    {
        return run(QStringLiteral("compliancectl"),
                   arguments + QStringList {QStringLiteral("--data"), store}
                       + databaseArguments(store),
                   input);
    }
    Run server(const QString &store, const QStringList &arguments = {})
    {
        return run(QStringLiteral("compliance-stored"),
                   arguments + QStringList {QStringLiteral("--data"), store}
                       + databaseArguments(store));
    }
    std::map<QString, std::unique_ptr<TestDatabase>> m_databases;

    Run addUser(const QString &store, const QString &username, const QString &email,
                const QString &role)
    {
        return ctl(store,
                   {QStringLiteral("user"), QStringLiteral("add"), QStringLiteral("--username"),
                    username, QStringLiteral("--email"), email, QStringLiteral("--role"), role,
                    QStringLiteral("--password-stdin")},
                   "Zr6-harbour-Quill-51\n");
    }
};

void TestCli::initCreatesStoreWithPrivateKey()
{
    QTemporaryDir dir;
    const QString store = freshStore(dir);
    for (const char *file : {"master.key", "tls-cert.pem", "tls-key.pem", "audit-anchors.jsonl"})
        QVERIFY2(QFile::exists(store + QLatin1Char('/') + QLatin1String(file)), file);
    // With PostgreSQL the data lives in the database, not in the directory.
    QCOMPARE(QFile::exists(store + QStringLiteral("/store.sqlite")),
             !TestDatabase::postgresRequested());
    struct stat info;
    QCOMPARE(::stat(QFile::encodeName(store + QStringLiteral("/master.key")).constData(), &info),
             0);
    QCOMPARE(info.st_mode & 0777, 0600u);
    // The versioned key file (crypto/Aes256Gcm.h): one version, current.
    QVERIFY(readFile(store + QStringLiteral("/master.key"))
                .startsWith("compliance-console master key file\nformat 2\ncurrent 1\nkey 1 "));
    QCOMPARE(::stat(QFile::encodeName(store + QStringLiteral("/tls-key.pem")).constData(), &info),
             0);
    QCOMPARE(info.st_mode & 0077, 0u);
    // The audit anchors: empty until the first checkpoint, owner-only like the key.
    QCOMPARE(::stat(QFile::encodeName(store + QStringLiteral("/audit-anchors.jsonl")).constData(),
                    &info),
             0);
    QCOMPARE(info.st_mode & 0777, 0600u);
    QCOMPARE(info.st_size, 0);
    const QList<QSslCertificate> certs
        = QSslCertificate::fromPath(store + QStringLiteral("/tls-cert.pem"));
    QCOMPARE(certs.size(), 1);
    const QString alt = certs.first().toText();
    QVERIFY2(alt.contains(QStringLiteral("DNS:localhost"))
                 && alt.contains(QStringLiteral("IP Address:127.0.0.1")),
             qPrintable(alt));
}

void TestCli::initRefusesExistingStore()
{
    QTemporaryDir dir;
    const QString store = freshStore(dir);
    QFile key(store + QStringLiteral("/master.key"));
    QVERIFY(key.open(QIODevice::ReadOnly));
    const QByteArray before = key.readAll();
    key.close();
    const Run again = ctl(store, {QStringLiteral("init")});
    QVERIFY(again.exitCode != 0);
    QVERIFY2(again.err.contains("refusing to overwrite"), again.err.constData());
    QVERIFY(key.open(QIODevice::ReadOnly));
    QCOMPARE(key.readAll(), before);
}

// The token options go together, and a token that cannot be used leaves no store behind (the
// token itself is tested in tst_crypto_softhsm and tst_orders_softhsm).
void TestCli::initWithATokenChecksItsOptions()
{
    QTemporaryDir dir;
    const QString store = dir.filePath(QStringLiteral("store"));
    const Run partial = ctl(store,
                            {QStringLiteral("init"), QStringLiteral("--pkcs11-module"),
                             QStringLiteral("/usr/lib/softhsm/libsofthsm2.so")});
    QCOMPARE(partial.exitCode, 2);
    QVERIFY2(partial.err.contains("needs --pkcs11-module, --pkcs11-token and --pkcs11-pin-file "
                                  "together (missing --pkcs11-token, --pkcs11-pin-file)"),
             partial.err.constData());
    const Run noModule
        = ctl(store,
              {QStringLiteral("init"), QStringLiteral("--pkcs11-module"),
               dir.filePath(QStringLiteral("no-such-module.so")), QStringLiteral("--pkcs11-token"),
               QStringLiteral("compliance"), QStringLiteral("--pkcs11-pin-file"),
               dir.filePath(QStringLiteral("pin"))});
    QCOMPARE(noModule.exitCode, 1);
    QVERIFY2(noModule.err.contains("no-such-module.so does not exist"), noModule.err.constData());
    for (const char *file : {"master.key", "pkcs11.json", "store.sqlite", "tls-key.pem"})
        QVERIFY2(!QFile::exists(store + QLatin1Char('/') + QLatin1String(file)), file);
}

void TestCli::userAddPrintsProvisioningUri()
{
    QTemporaryDir dir;
    const QString store = freshStore(dir);
    const Run added = addUser(store, QStringLiteral("tina.cto"), QStringLiteral("tina@example.com"),
                              QStringLiteral("executive"));
    QCOMPARE(added.exitCode, 0);
    const QString uri = QString::fromUtf8(added.out.trimmed());
    QVERIFY2(uri.startsWith(QStringLiteral("otpauth://totp/")), qPrintable(uri));
    QVERIFY(uri.contains(QStringLiteral("secret=")));
    // Case-insensitively unique: no shared logins.
    const Run again = addUser(store, QStringLiteral("TINA.cto"), QStringLiteral("t2@example.com"),
                              QStringLiteral("employee"));
    QVERIFY(again.exitCode != 0);
    QVERIFY2(again.err.contains("taken"), again.err.constData());

    // The TOTP secret is stored sealed, never as the base32 text the URI shows, nor as its
    // raw bytes; the password only as an Argon2id hash.
    const QString secret = QUrlQuery(QUrl(uri).query()).queryItemValue(QStringLiteral("secret"));
    const QByteArray rawSecret = cc::crypto::totp::fromBase32(secret).value();
    {
        QSqlDatabase db = m_databases.at(store)->openDirect(store, QStringLiteral("peek"));
        QSqlQuery q(db);
        QVERIFY(q.exec(QStringLiteral("SELECT password_hash, totp_secret FROM users")));
        QVERIFY(q.next());
        QVERIFY(q.value(0).toString().startsWith(QStringLiteral("$argon2id$")));
        const QByteArray sealed = q.value(1).toByteArray();
        QVERIFY(sealed.size() > rawSecret.size());
        QVERIFY(!sealed.contains(rawSecret) && !sealed.contains(secret.toLatin1()));
    }
    QSqlDatabase::removeDatabase(QStringLiteral("peek"));
    if (!TestDatabase::postgresRequested()) {
        QFile db(store + QStringLiteral("/store.sqlite"));
        QVERIFY(db.open(QIODevice::ReadOnly));
        const QByteArray bytes = db.readAll();
        QVERIFY(!bytes.contains(secret.toLatin1()) && !bytes.contains(rawSecret));
        QVERIFY(!bytes.contains("Zr6-harbour-Quill-51"));
    }
}

void TestCli::userAddRejectsBadInput_data()
{
    QTest::addColumn<QString>("username");
    QTest::addColumn<QString>("email");
    QTest::addColumn<QString>("role");
    QTest::addColumn<QByteArray>("message");
    QTest::newRow("bad role") << QStringLiteral("x.y") << QStringLiteral("x@y.io")
                              << QStringLiteral("root") << QByteArray("unknown role");
    QTest::newRow("bad email") << QStringLiteral("x.y") << QStringLiteral("not-an-email")
                               << QStringLiteral("employee") << QByteArray("e-mail");
    QTest::newRow("bad username") << QStringLiteral("x y") << QStringLiteral("x@y.io")
                                  << QStringLiteral("employee") << QByteArray("username");
    QTest::newRow("admin and officer")
        << QStringLiteral("x.y") << QStringLiteral("x@y.io")
        << QStringLiteral("admin,compliance_officer")
        << QByteArray("admin and compliance_officer cannot be held by one account");
}

void TestCli::userAddRejectsBadInput()
{
    QFETCH(QString, username);
    QFETCH(QString, email);
    QFETCH(QString, role);
    QFETCH(QByteArray, message);
    QTemporaryDir dir;
    const QString store = freshStore(dir);
    const Run added = addUser(store, username, email, role);
    QVERIFY(added.exitCode != 0);
    QVERIFY2(added.err.contains(message), added.err.constData());
}

void TestCli::userAddNeedsPasswordStdinAndARulePassingPassword()
{
    QTemporaryDir dir;
    const QString store = freshStore(dir);
    const QStringList add = {QStringLiteral("user"),       QStringLiteral("add"),
                             QStringLiteral("--username"), QStringLiteral("pat.admin"),
                             QStringLiteral("--email"),    QStringLiteral("pat@example.com"),
                             QStringLiteral("--role"),     QStringLiteral("admin")};
    // No generated password printed for someone else any more.
    const Run printed = ctl(store, add);
    QCOMPARE(printed.exitCode, 2);
    QVERIFY2(printed.err.contains("user invite"), printed.err.constData());
    QVERIFY(printed.out.isEmpty());
    const Run weak
        = ctl(store, add + QStringList {QStringLiteral("--password-stdin")}, "pat.admin-2026-pw\n");
    QVERIFY(weak.exitCode != 0);
    QVERIFY2(weak.err.contains("password refused (personal)"), weak.err.constData());
    const Run common
        = ctl(store, add + QStringList {QStringLiteral("--password-stdin")}, "Password2026!\n");
    QVERIFY(common.exitCode != 0);
    QVERIFY2(common.err.contains("password refused (dictionary)"), common.err.constData());
    const Run good = ctl(store, add + QStringList {QStringLiteral("--password-stdin")},
                         "Zr6-harbour-Quill-51\n");
    QCOMPARE(good.exitCode, 0);
    QVERIFY(good.out.startsWith("otpauth://totp/"));
}

void TestCli::userCommandsActAsTheAdminNamedByBy()
{
    QTemporaryDir dir;
    const QString store = freshStore(dir);
    QCOMPARE(addUser(store, QStringLiteral("ada.admin"), QStringLiteral("ada@example.com"),
                     QStringLiteral("admin"))
                 .exitCode,
             0);
    QCOMPARE(addUser(store, QStringLiteral("olga.officer"), QStringLiteral("olga@example.com"),
                     QStringLiteral("compliance_officer"))
                 .exitCode,
             0);
    const QStringList invite
        = {QStringLiteral("user"),    QStringLiteral("invite"),  QStringLiteral("--username"),
           QStringLiteral("ivy.new"), QStringLiteral("--email"), QStringLiteral("ivy@example.com"),
           QStringLiteral("--role"),  QStringLiteral("employee")};
    // --by must name an active administrator.
    for (const QString &by : {QStringLiteral("nobody"), QStringLiteral("olga.officer")}) {
        const Run refused = ctl(store, invite + QStringList {QStringLiteral("--by"), by});
        QCOMPARE(refused.exitCode, 2);
        QVERIFY2(refused.err.contains("no active administrator"), refused.err.constData());
    }
    const Run invited
        = ctl(store, invite + QStringList {QStringLiteral("--by"), QStringLiteral("ada.admin")});
    QCOMPARE(invited.exitCode, 0);
    const QString code = QString::fromUtf8(invited.out.trimmed());
    QVERIFY2(
        QRegularExpression(QStringLiteral("^[A-Z2-9]{4}(-[A-Z2-9]{4}){3}$")).match(code).hasMatch(),
        invited.out.constData());
    const QStringList ivy = {QStringLiteral("--username"), QStringLiteral("ivy.new")};
    const Run reset = ctl(
        store,
        QStringList {QStringLiteral("user"), QStringLiteral("reset"), QStringLiteral("password")}
            + ivy);
    QCOMPARE(reset.exitCode, 0); // never enrolled: a new invitation, by the local operator
    QVERIFY(!reset.out.trimmed().isEmpty() && reset.out.trimmed() != invited.out.trimmed());
    const Run unlock = ctl(store,
                           QStringList {QStringLiteral("user"), QStringLiteral("unlock"),
                                        QStringLiteral("--by"), QStringLiteral("ada.admin")}
                               + ivy);
    QCOMPARE(unlock.exitCode, 0);
    // The trail names who acted: the admin given with --by, else compliancectl.
    {
        QSqlDatabase db = m_databases.at(store)->openDirect(store, QStringLiteral("actors"));
        QSqlQuery q(db);
        QVERIFY(q.exec(QStringLiteral(
            "SELECT action, actor FROM audit_events WHERE object_type = 'user' ORDER BY seq")));
        QStringList actions;
        while (q.next())
            actions << q.value(0).toString() + QLatin1Char('/') + q.value(1).toString();
        QCOMPARE(actions,
                 (QStringList {QStringLiteral("user.create/compliancectl"),
                               QStringLiteral("user.create/compliancectl"),
                               QStringLiteral("user.create/ada.admin"),
                               QStringLiteral("user.reset_password/compliancectl"),
                               QStringLiteral("user.unlock/ada.admin")}));
        // What separation of duties reads: the invitation binds ada.admin, whose requests
        // ivy.new may then not decide; the local operator binds nobody.
        QVERIFY(q.exec(QStringLiteral(
            "SELECT t.username, a.username, c.kind FROM account_changes c JOIN users t ON "
            "t.id = c.target_id LEFT JOIN users a ON a.id = c.actor_id ORDER BY c.id")));
        QStringList changes;
        while (q.next())
            changes << QStringList {q.value(0).toString(), q.value(1).toString(),
                                    q.value(2).toString()}
                           .join(QLatin1Char('/'));
        QCOMPARE(changes,
                 (QStringList {QStringLiteral("ada.admin//created"),
                               QStringLiteral("olga.officer//created"),
                               QStringLiteral("ivy.new/ada.admin/created"),
                               QStringLiteral("ivy.new//credentials")}));
    }
    QSqlDatabase::removeDatabase(QStringLiteral("actors"));
}

// client add: the registry POST /clients writes, with the same checks and audit event; the
// actor is the admin named by --by, else the local operator. client list shows them by name.
void TestCli::clientAddRegistersAndAudits()
{
    QTemporaryDir dir;
    const QString store = freshStore(dir);
    QCOMPARE(addUser(store, QStringLiteral("ada.admin"), QStringLiteral("ada@example.com"),
                     QStringLiteral("admin"))
                 .exitCode,
             0);
    const QStringList add {QStringLiteral("client"), QStringLiteral("add")};
    Run added = ctl(store, add + QStringList {QStringLiteral("  ACME-EU  ")});
    QCOMPARE(added.exitCode, 0);
    QVERIFY2(added.out.contains("client ACME-EU registered"), added.out.constData());
    added = ctl(store,
                add
                    + QStringList {QStringLiteral("Globex & Co"), QStringLiteral("--by"),
                                   QStringLiteral("ada.admin")});
    QCOMPARE(added.exitCode, 0);

    // Refused, each with a message naming the problem, and nothing stored.
    Run refused = ctl(store, add + QStringList {QStringLiteral("ACME-EU")});
    QCOMPARE(refused.exitCode, 1);
    QVERIFY2(refused.err.contains("already registered"), refused.err.constData());
    refused = ctl(store, add + QStringList {QStringLiteral("bad;name")});
    QCOMPARE(refused.exitCode, 1);
    QVERIFY2(refused.err.contains("\"name\" must be"), refused.err.constData());
    refused = ctl(store, add);
    QCOMPARE(refused.exitCode, 2);
    QVERIFY2(refused.err.contains("exactly one NAME"), refused.err.constData());
    refused = ctl(store,
                  add
                      + QStringList {QStringLiteral("Initech"), QStringLiteral("--by"),
                                     QStringLiteral("nobody")});
    QCOMPARE(refused.exitCode, 2);
    QVERIFY2(refused.err.contains("no active administrator"), refused.err.constData());
    refused = ctl(store, {QStringLiteral("client"), QStringLiteral("remove")});
    QCOMPARE(refused.exitCode, 2);

    const Run listed = ctl(store, {QStringLiteral("client"), QStringLiteral("list")});
    QCOMPARE(listed.exitCode, 0);
    const QList<QByteArray> lines = listed.out.trimmed().split('\n');
    QCOMPARE(lines.size(), 2);
    QVERIFY2(lines.at(0).startsWith("ACME-EU\tcompliancectl\t"), listed.out.constData());
    QVERIFY2(lines.at(1).startsWith("Globex & Co\tada.admin\t"), listed.out.constData());
    {
        QSqlDatabase db = m_databases.at(store)->openDirect(store, QStringLiteral("clients"));
        QSqlQuery q(db);
        QVERIFY(q.exec(QStringLiteral("SELECT action, actor, object_id, detail, outcome FROM "
                                      "audit_events WHERE object_type = 'client' ORDER BY seq")));
        QStringList events;
        while (q.next())
            events << QStringList {q.value(0).toString(), q.value(1).toString(),
                                   q.value(2).toString(), q.value(3).toString(),
                                   q.value(4).toString()}
                          .join(QLatin1Char('/'));
        QCOMPARE(events,
                 (QStringList {QStringLiteral("client.add/compliancectl/ACME-EU/client=ACME-EU/"
                                              "success"),
                               QStringLiteral("client.add/ada.admin/Globex & Co/client=Globex & "
                                              "Co/success")}));
    }
    QSqlDatabase::removeDatabase(QStringLiteral("clients"));
    // The chain still verifies after the CLI's events.
    QCOMPARE(ctl(store, {QStringLiteral("audit"), QStringLiteral("verify")}).exitCode, 0);
}

void TestCli::auditVerifyDetectsTampering_data()
{
    QTest::addColumn<QString>("sql");
    QTest::addColumn<QByteArray>("firstBad");
    QTest::newRow("altered") << QStringLiteral(
        "UPDATE audit_events SET detail = 'nothing to see' WHERE seq = 2")
                             << QByteArray("event 2");
    QTest::newRow("removed") << QStringLiteral("DELETE FROM audit_events WHERE seq = 2")
                             << QByteArray("event 2");
    QTest::newRow("removed last") << QStringLiteral("DELETE FROM audit_events WHERE seq = 3")
                                  << QByteArray("event 3");
    QTest::newRow("reordered") << QStringLiteral("UPDATE audit_events SET seq = -1 WHERE seq = 1;"
                                                 "UPDATE audit_events SET seq = 1 WHERE seq = 2;"
                                                 "UPDATE audit_events SET seq = 2 WHERE seq = -1")
                               << QByteArray("event 1");
    QTest::newRow("actor changed")
        << QStringLiteral("UPDATE audit_events SET actor = 'someone.else' WHERE seq = 3")
        << QByteArray("event 3");
}

void TestCli::auditVerifyDetectsTampering()
{
    QFETCH(QString, sql);
    QFETCH(QByteArray, firstBad);
    QTemporaryDir dir;
    const QString store = freshStore(dir);
    for (int i = 0; i < 3; ++i)
        QCOMPARE(addUser(store, QStringLiteral("user%1").arg(i),
                         QStringLiteral("u%1@example.com").arg(i), QStringLiteral("employee"))
                     .exitCode,
                 0);
    const Run intact = ctl(store, {QStringLiteral("audit"), QStringLiteral("verify")});
    QCOMPARE(intact.exitCode, 0);
    QVERIFY2(intact.out.contains("3 events"), intact.out.constData());

    tamper(store, sql);
    const Run broken = ctl(store, {QStringLiteral("audit"), QStringLiteral("verify")});
    QVERIFY(broken.exitCode != 0);
    const QByteArray expected = QByteArray("BROKEN at ") + firstBad;
    QVERIFY2(broken.out.contains(expected), broken.out.constData());
}

void TestCli::serverRefusesReadableKey()
{
    QTemporaryDir dir;
    const QString store = freshStore(dir);
    QVERIFY(::chmod(QFile::encodeName(store + QStringLiteral("/master.key")).constData(), 0644)
            == 0);
    const Run server
        = this->server(store, {QStringLiteral("--listen"), QStringLiteral("127.0.0.1:0")});
    QVERIFY(server.exitCode != 0);
    QVERIFY2(server.err.contains("master.key") && server.err.contains("group or others"),
             server.err.constData());
}

void TestCli::secretFileOpenToOthersRefused_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<bool>("sqliteOnly");
    QTest::newRow("master key") << "master.key" << false;
    QTest::newRow("TLS key") << "tls-key.pem" << false;
    QTest::newRow("order keys") << "order-keys.sqlite" << true;
    QTest::newRow("order keys WAL") << "order-keys.sqlite-wal" << true;
    QTest::newRow("order keys shm") << "order-keys.sqlite-shm" << true;
    QTest::newRow("audit anchors") << "audit-anchors.jsonl" << false;
    QTest::newRow("demo sign-in") << "demo-login.json" << false;
    // Outside the store directory, where smtp.json names it.
    QTest::newRow("SMTP password") << "../smtp-password" << false;
}

// Each secret at 0644 stops the server and every compliancectl command before any key is read,
// with the file's path and the command that fixes it.
void TestCli::secretFileOpenToOthersRefused()
{
    QFETCH(QString, file);
    QFETCH(bool, sqliteOnly);
    if (sqliteOnly && TestDatabase::postgresRequested())
        QSKIP("the order key database is SQLite's");
    QTemporaryDir dir;
    const QString store = freshStore(dir);
    const QString path = QFileInfo(store + QLatin1Char('/') + file).absoluteFilePath();
    if (file.contains(QLatin1String("smtp-password"))) {
        QFile config(store + QStringLiteral("/smtp.json"));
        QVERIFY(config.open(QIODevice::WriteOnly));
        config.write(
            QJsonDocument(
                QJsonObject {{QStringLiteral("host"), QStringLiteral("smtp.example.com")},
                             {QStringLiteral("sender"), QStringLiteral("compliance@example.com")},
                             {QStringLiteral("username"), QStringLiteral("compliance")},
                             {QStringLiteral("password_file"), path}})
                .toJson());
    }
    if (!QFile::exists(path)) {
        QFile secret(path);
        QVERIFY(secret.open(QIODevice::WriteOnly));
    }
    QVERIFY(::chmod(QFile::encodeName(path).constData(), 0644) == 0);
    const QByteArray fix = "chmod 600 " + QFile::encodeName(path);
    const Run server
        = this->server(store, {QStringLiteral("--listen"), QStringLiteral("127.0.0.1:0")});
    QVERIFY2(server.exitCode != 0, server.out.constData());
    QVERIFY2(server.err.contains(fix) && server.err.contains("0644"), server.err.constData());
    for (const QStringList &command :
         {QStringList {QStringLiteral("audit"), QStringLiteral("verify")},
          QStringList {QStringLiteral("retention"), QStringLiteral("sweep")}}) {
        const Run cli = ctl(store, command);
        QVERIFY2(cli.exitCode != 0, cli.out.constData());
        QVERIFY2(cli.err.contains(fix), cli.err.constData());
    }
    QVERIFY(::chmod(QFile::encodeName(path).constData(), 0600) == 0);
    const Run fixed = ctl(store, {QStringLiteral("audit"), QStringLiteral("verify")});
    QVERIFY2(fixed.exitCode == 0, fixed.err.constData());
}

void TestCli::storeDirectoryOpenToOthersRefused()
{
    QTemporaryDir dir;
    const QString store = freshStore(dir);
    QVERIFY(::chmod(QFile::encodeName(store).constData(), 0755) == 0);
    const QByteArray fix = "chmod 700 " + QFile::encodeName(store);
    const Run server
        = this->server(store, {QStringLiteral("--listen"), QStringLiteral("127.0.0.1:0")});
    QVERIFY2(server.exitCode != 0, server.out.constData());
    QVERIFY2(server.err.contains(fix) && server.err.contains("0755"), server.err.constData());
    const Run cli = ctl(store, {QStringLiteral("audit"), QStringLiteral("verify")});
    QVERIFY2(cli.exitCode != 0 && cli.err.contains(fix), cli.err.constData());
    QVERIFY(::chmod(QFile::encodeName(store).constData(), 0711) == 0); // enter, not list
    QVERIFY(ctl(store, {QStringLiteral("audit"), QStringLiteral("verify")}).exitCode != 0);
}

// init, the server and compliancectl create every secret owner-only, also SQLite's -wal and -shm
// of the order key database (0644 before, from SQLite's default mode), whatever the umask they
// were started with (this test's is usually 022).
void TestCli::secretFilesCreatedOwnerOnly()
{
    TestServer server;
    QVERIFY2(server.start(), qPrintable(server.errorString()));
    QByteArray err;
    QCOMPARE(server.runCtl({QStringLiteral("demo"), QStringLiteral("seed")}, nullptr, &err), 0);
    const QDir store(server.dataDir());
    QStringList expected = {QStringLiteral("master.key"), QStringLiteral("tls-key.pem"),
                            QStringLiteral("demo-login.json")};
    if (!TestDatabase::postgresRequested())
        expected << QStringLiteral("store.sqlite") << QStringLiteral("order-keys.sqlite")
                 << QStringLiteral("order-keys.sqlite-wal")
                 << QStringLiteral("order-keys.sqlite-shm");
    for (const QString &name : std::as_const(expected)) {
        struct stat info;
        QVERIFY2(::stat(QFile::encodeName(store.filePath(name)).constData(), &info) == 0,
                 qPrintable(name));
        QVERIFY2((info.st_mode & 0077) == 0,
                 qPrintable(name + QStringLiteral(" has mode %1").arg(info.st_mode & 0777, 0, 8)));
    }
    struct stat info;
    QCOMPARE(::stat(QFile::encodeName(store.path()).constData(), &info), 0);
    QCOMPARE(info.st_mode & 0777, 0700u);
}

void TestCli::serverRefusesMissingStore()
{
    QTemporaryDir dir;
    const Run server = run(QStringLiteral("compliance-stored"),
                           {QStringLiteral("--data"), dir.filePath(QStringLiteral("none"))});
    QVERIFY(server.exitCode != 0);
    QVERIFY2(server.err.contains("no store"), server.err.constData());
    QVERIFY(!QFile::exists(
        dir.filePath(QStringLiteral("none/store.sqlite")))); // nothing created by accident
}

void TestCli::serverRefusesNewerSchema()
{
    QTemporaryDir dir;
    const QString store = freshStore(dir);
    tamper(store,
           QStringLiteral("INSERT INTO schema_migrations (version, applied_at) VALUES (99, 0)"));
    const Run server
        = this->server(store, {QStringLiteral("--listen"), QStringLiteral("127.0.0.1:0")});
    QVERIFY(server.exitCode != 0);
    QVERIFY2(server.err.contains("schema version 99"), server.err.constData());
}

void TestCli::serverRefusesBadListen()
{
    QTemporaryDir dir;
    const QString store = freshStore(dir);
    const Run server
        = this->server(store, {QStringLiteral("--listen"), QStringLiteral("localhost")});
    QVERIFY(server.exitCode != 0);
    QVERIFY2(server.err.contains("--listen"), server.err.constData());
}

void TestCli::demoSeedFillsEveryRole()
{
    TestServer server;
    QVERIFY2(server.start(), qPrintable(server.errorString()));
    QByteArray out;
    QCOMPARE(server.runCtl({QStringLiteral("demo"), QStringLiteral("seed")}, &out), 0);
    QFile loginFile(server.dataDir() + QStringLiteral("/demo-login.json"));
    QVERIFY(loginFile.open(QIODevice::ReadOnly));
    QCOMPARE(loginFile.permissions() & (QFileDevice::ReadGroup | QFileDevice::ReadOther),
             QFileDevice::Permissions());
    const QJsonObject login = QJsonDocument::fromJson(loginFile.readAll()).object();
    const auto accountOf = [](const QJsonObject &entry) {
        TestServer::Account account;
        account.username = entry.value(QStringLiteral("username")).toString();
        account.password = entry.value(QStringLiteral("password")).toString();
        account.totpSecret
            = cc::crypto::totp::fromBase32(entry.value(QStringLiteral("totp_secret")).toString())
                  .value();
        return account;
    };
    TestServer::Account officer = accountOf(login);
    const QString token = server.login(officer);
    QVERIFY(!token.isEmpty());

    const ApiReply users = server.call("GET", QStringLiteral("/users?limit=500"), {}, token);
    QSet<QString> roles;
    QSet<QString> titles;
    for (const QJsonValue &v : users.json.value(QStringLiteral("items")).toArray()) {
        for (const QJsonValue &role : v.toObject().value(QStringLiteral("roles")).toArray())
            roles.insert(role.toString());
        titles.insert(v.toObject().value(QStringLiteral("title")).toString());
    }
    QCOMPARE(roles,
             (QSet<QString> {QStringLiteral("admin"), QStringLiteral("compliance_officer"),
                             QStringLiteral("manager"), QStringLiteral("executive"),
                             QStringLiteral("employee")}));
    QVERIFY(titles.contains(QStringLiteral("CTO")) && titles.contains(QStringLiteral("CEO")));
    const ApiReply pending
        = server.call("GET", QStringLiteral("/access-requests?status=pending"), {}, token);
    QVERIFY(pending.json.value(QStringLiteral("items")).toArray().size() >= 3);
    const ApiReply grants = server.call("GET", QStringLiteral("/grants?status=active"), {}, token);
    QVERIFY(grants.json.value(QStringLiteral("items")).toArray().size() >= 2);
    // The vulnerability register: one finding overdue, one resolved with its evidence.
    const auto findings = [&server, &token](const QString &query) {
        return server.call("GET", QStringLiteral("/vulnerabilities?") + query, {}, token)
            .json.value(QStringLiteral("items"))
            .toArray();
    };
    QCOMPARE(findings(QStringLiteral("overdue=true")).size(), 1);
    const QJsonArray resolved = findings(QStringLiteral("status=resolved"));
    QCOMPARE(resolved.size(), 1);
    QCOMPARE(resolved.first().toObject().value(QStringLiteral("evidence_sha256")).toString().size(),
             64);
    // Every --demo-user of compliance-console signs in right after the seed: the seed's own
    // sign-ins must not have used up the time steps of these accounts' codes.
    const QJsonObject others = login.value(QStringLiteral("others")).toObject();
    QHash<QString, QString> tokens;
    for (auto it = others.begin(); it != others.end(); ++it) {
        TestServer::Account account = accountOf(it.value().toObject());
        tokens.insert(it.key(), server.login(account));
        QVERIFY2(!tokens.value(it.key()).isEmpty(),
                 qPrintable(it.key() + QLatin1Char(' ') + account.username));
    }
    // The CEO's sign-in (compliance-console --demo-user ceo) sees the company's totals.
    const QString ceoToken = tokens.value(QStringLiteral("ceo"));
    QVERIFY(!ceoToken.isEmpty());
    const ApiReply me = server.call("GET", QStringLiteral("/me"), {}, ceoToken);
    QCOMPARE(me.json.value(QStringLiteral("user")).toObject().value(QStringLiteral("designations")),
             QJsonValue(QJsonArray {QStringLiteral("ceo")}));
    const ApiReply dashboard = server.call("GET", QStringLiteral("/dashboard"), {}, ceoToken);
    QCOMPARE(dashboard.json.value(QStringLiteral("scope")).toString(), QStringLiteral("company"));
    QCOMPARE(dashboard.json.value(QStringLiteral("counts"))
                 .toObject()
                 .value(QStringLiteral("access_requests_pending"))
                 .toObject()
                 .value(QStringLiteral("count"))
                 .toInt(),
             pending.json.value(QStringLiteral("items")).toArray().size());
    // Seeding twice is refused rather than duplicating people.
    QVERIFY(server.runCtl({QStringLiteral("demo"), QStringLiteral("seed")}) != 0);
}

void TestCli::serverRefusesAddressesOutsideAllow()
{
    TestServer elsewhere;
    QVERIFY2(elsewhere.start({QStringLiteral("--allow"), QStringLiteral("10.0.0.0/8")}),
             qPrintable(elsewhere.errorString()));
    const ApiReply refused = elsewhere.call("GET", QStringLiteral("/health"));
    QCOMPARE(refused.status, 403);
    QVERIFY(refused.errorMessage().contains(QStringLiteral("127.0.0.1")));

    TestServer local;
    QVERIFY2(local.start({QStringLiteral("--allow"), QStringLiteral("10.0.0.0/8,127.0.0.0/8")}),
             qPrintable(local.errorString()));
    QCOMPARE(local.call("GET", QStringLiteral("/health")).status, 200);

    QTemporaryDir dir;
    const Run bad = server(freshStore(dir), {QStringLiteral("--allow"), QStringLiteral("ten-dot")});
    QVERIFY(bad.exitCode != 0);
    QVERIFY2(bad.err.contains("--allow"), bad.err.constData());
}

void TestCli::auditVerifyRequiresTheAnchors()
{
    QTemporaryDir dir;
    const QString store = freshStore(dir);
    for (int i = 0; i < 4; ++i)
        QCOMPARE(addUser(store, QStringLiteral("user%1").arg(i),
                         QStringLiteral("u%1@example.com").arg(i), QStringLiteral("employee"))
                     .exitCode,
                 0);
    QCOMPARE(ctl(store, {QStringLiteral("audit"), QStringLiteral("checkpoint")}).exitCode, 0);
    const qint64 first = 4; // four user.create events, then the checkpoint's record (5)
    for (int i = 4; i < 10; ++i)
        QCOMPARE(addUser(store, QStringLiteral("user%1").arg(i),
                         QStringLiteral("u%1@example.com").arg(i), QStringLiteral("employee"))
                     .exitCode,
                 0);
    const Run signedAgain = ctl(store, {QStringLiteral("audit"), QStringLiteral("checkpoint")});
    QVERIFY2(signedAgain.out.contains("checkpoint of event 11"), signedAgain.out.constData());
    // The issue's commands, word for word but for the numbers.
    tamper(store,
           QStringLiteral("DELETE FROM audit_events WHERE seq > %1;"
                          "DELETE FROM audit_checkpoints WHERE seq > %2;"
                          "UPDATE audit_head SET seq=%1, hash=(SELECT hash FROM "
                          "audit_events WHERE seq=%1) WHERE id=1")
               .arg(first + 1)
               .arg(first));
    const Run verify = ctl(store, {QStringLiteral("audit"), QStringLiteral("verify")});
    QCOMPARE(verify.exitCode, 3);
    QVERIFY2(verify.out.contains("audit chain BROKEN at event 6")
                 && verify.out.contains("events 6 to 11 were removed"),
             verify.out.constData());
    const QByteArray anchors = readFile(store + QStringLiteral("/audit-anchors.jsonl"));
    const Run refused = ctl(store, {QStringLiteral("audit"), QStringLiteral("checkpoint")});
    QCOMPARE(refused.exitCode, 3);
    QVERIFY2(refused.err.contains("refusing to sign a checkpoint over a broken audit chain")
                 && refused.err.contains("acknowledge-break"),
             refused.err.constData());
    QCOMPARE(readFile(store + QStringLiteral("/audit-anchors.jsonl")), anchors);
}

void TestCli::anchorFileProblemsAreBreaks_data()
{
    QTest::addColumn<QString>("damage");
    QTest::addColumn<QByteArray>("problem");
    QTest::newRow("missing") << QStringLiteral("missing") << QByteArray("file is missing");
    QTest::newRow("cut mid-line") << QStringLiteral("cut mid-line") << QByteArray("cut short");
    QTest::newRow("cut at a line")
        << QStringLiteral("cut at a line") << QByteArray("this instance wrote 2");
    QTest::newRow("edited") << QStringLiteral("edited") << QByteArray("invalid signature");
}

void TestCli::anchorFileProblemsAreBreaks()
{
    QFETCH(QString, damage);
    QFETCH(QByteArray, problem);
    QTemporaryDir dir;
    const QString store = freshStore(dir);
    const QString file = store + QStringLiteral("/audit-anchors.jsonl");
    for (int round = 0; round < 2; ++round) {
        QCOMPARE(addUser(store, QStringLiteral("user%1").arg(round),
                         QStringLiteral("u%1@example.com").arg(round), QStringLiteral("employee"))
                     .exitCode,
                 0);
        QCOMPARE(ctl(store, {QStringLiteral("audit"), QStringLiteral("checkpoint")}).exitCode, 0);
    }
    const QByteArray whole = readFile(file);
    QFile f(file);
    if (damage == QLatin1String("missing")) {
        QVERIFY(f.remove());
    } else {
        QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
        if (damage == QLatin1String("cut mid-line"))
            f.write(whole.left(whole.size() - 25));
        else if (damage == QLatin1String("cut at a line"))
            f.write(whole.left(whole.indexOf('\n') + 1));
        else
            f.write(QByteArray(whole).replace("\"seq\":1,", "\"seq\":2,"));
        f.close();
    }
    const QByteArray damaged = readFile(file);
    const Run verify = ctl(store, {QStringLiteral("audit"), QStringLiteral("verify")});
    QCOMPARE(verify.exitCode, 3);
    QVERIFY2(verify.out.contains("BROKEN") && verify.out.contains("audit-anchors.jsonl")
                 && verify.out.contains(problem),
             verify.out.constData());
    // Never refilled from the database, by a check or a checkpoint.
    QCOMPARE(ctl(store, {QStringLiteral("audit"), QStringLiteral("checkpoint")}).exitCode, 3);
    QCOMPARE(QFile::exists(file), damage != QLatin1String("missing"));
    QCOMPARE(readFile(file), damaged);
}

void TestCli::serverLogsABrokenChainAtStart()
{
    TestServer server;
    QVERIFY2(server.start(), qPrintable(server.errorString()));
    server.addUser(QStringLiteral("ann"), QStringLiteral("employee"));
    QCOMPARE(server.runCtl({QStringLiteral("audit"), QStringLiteral("checkpoint")}), 0);
    server.stop();
    QFile::remove(server.dataDir() + QStringLiteral("/audit-anchors.jsonl"));
    QVERIFY2(server.start(), qPrintable(server.errorString()));
    // Logged before it listens; the process keeps serving.
    QByteArray log;
    QTRY_VERIFY_WITH_TIMEOUT(
        (log += server.process().readAllStandardError()).contains("AUDIT TRAIL BROKEN at event"),
        10000);
    QVERIFY2(log.contains("audit-anchors.jsonl is damaged: the file is missing"), log.constData());
    QCOMPARE(server.call("GET", QStringLiteral("/health")).status, 200);
}

void TestCli::restoredDatabaseBackupIsABreak()
{
    if (TestDatabase::postgresRequested())
        QSKIP("a file copy is SQLite's backup; on PostgreSQL a restored dump is a cut tail, "
              "which tst_audit_api_pg shows");
    QTemporaryDir dir;
    const QString store = freshStore(dir);
    const QString backup = dir.filePath(QStringLiteral("backup"));
    QVERIFY(QDir().mkpath(backup));
    QCOMPARE(addUser(store, QStringLiteral("ann"), QStringLiteral("a@example.com"),
                     QStringLiteral("employee"))
                 .exitCode,
             0);
    QCOMPARE(ctl(store, {QStringLiteral("audit"), QStringLiteral("checkpoint")}).exitCode, 0);
    // The whole directory backed up while nothing runs, as README says.
    const QStringList files = QDir(store).entryList(QDir::Files);
    for (const QString &name : files)
        QVERIFY(QFile::copy(store + QLatin1Char('/') + name, backup + QLatin1Char('/') + name));
    QCOMPARE(addUser(store, QStringLiteral("bob"), QStringLiteral("b@example.com"),
                     QStringLiteral("employee"))
                 .exitCode,
             0);
    QCOMPARE(ctl(store, {QStringLiteral("audit"), QStringLiteral("checkpoint")}).exitCode, 0);
    const auto restore = [&](const QStringList &names) {
        for (const QString &name : names) {
            QFile::remove(store + QLatin1Char('/') + name);
            QVERIFY(QFile::copy(backup + QLatin1Char('/') + name, store + QLatin1Char('/') + name));
        }
    };
    // The database alone put back: the events since the backup are gone, and the anchors say so.
    QStringList database = files.filter(QStringLiteral("store.sqlite"));
    restore(database);
    const Run lost = ctl(store, {QStringLiteral("audit"), QStringLiteral("verify")});
    QCOMPARE(lost.exitCode, 3);
    QVERIFY2(lost.out.contains("anchored outside the database"), lost.out.constData());
    // The whole directory put back: consistent, as it was then.
    restore(files);
    const Run whole = ctl(store, {QStringLiteral("audit"), QStringLiteral("verify")});
    QCOMPARE(whole.exitCode, 0);
    QVERIFY2(whole.out.contains("audit chain intact"), whole.out.constData());
}

void TestCli::acknowledgeBreakChecksItsArguments()
{
    QTemporaryDir dir;
    const QString store = freshStore(dir);
    QCOMPARE(addUser(store, QStringLiteral("ann"), QStringLiteral("a@example.com"),
                     QStringLiteral("employee"))
                 .exitCode,
             0);
    const QString reason = QStringLiteral("the intruder of incident 7 edited it");
    const auto acknowledge = [&](const QStringList &extra) {
        return ctl(store,
                   QStringList {QStringLiteral("audit"), QStringLiteral("acknowledge-break")}
                       + extra);
    };
    const Run intact = acknowledge(
        {QStringLiteral("--at"), QStringLiteral("1"), QStringLiteral("--reason"), reason});
    QVERIFY(intact.exitCode != 0);
    QVERIFY2(intact.err.contains("no unacknowledged break"), intact.err.constData());
    tamper(store, QStringLiteral("UPDATE audit_events SET detail = 'x' WHERE seq = 1"));
    QCOMPARE(acknowledge({QStringLiteral("--reason"), reason}).exitCode, 2);
    QCOMPARE(acknowledge({QStringLiteral("--at"), QStringLiteral("one"), QStringLiteral("--reason"),
                          reason})
                 .exitCode,
             2);
    const Run elsewhere = acknowledge(
        {QStringLiteral("--at"), QStringLiteral("2"), QStringLiteral("--reason"), reason});
    QCOMPARE(elsewhere.exitCode, 2);
    QVERIFY2(elsewhere.err.contains("the first unacknowledged break is at event 1, not 2"),
             elsewhere.err.constData());
    const Run done = acknowledge(
        {QStringLiteral("--at"), QStringLiteral("1"), QStringLiteral("--reason"), reason});
    QCOMPARE(done.exitCode, 0);
    QVERIFY2(done.out.contains("BREAK ACKNOWLEDGED at event 1")
                 && done.out.contains(reason.toUtf8()) && done.out.contains("OS user "),
             done.out.constData());
}

// A manual control's owner attests through compliancectl with a document larger than an API
// body: stored sealed with its SHA-256, the control passes; not the owner, no document, or one
// over 10 MiB: refused, nothing stored.
void TestCli::controlsAttestStoresTheDocumentSealed()
{
    QTemporaryDir dir;
    const QString store = freshStore(dir);
    QCOMPARE(addUser(store, QStringLiteral("ada.admin"), QStringLiteral("ada@example.com"),
                     QStringLiteral("admin"))
                 .exitCode,
             0);
    QCOMPARE(addUser(store, QStringLiteral("olga.officer"), QStringLiteral("olga@example.com"),
                     QStringLiteral("compliance_officer"))
                 .exitCode,
             0);
    const QString documentPath = dir.filePath(QStringLiteral("firewalls.pdf"));
    const QByteArray document = QByteArray(300 * 1024, 'F') + "MARKER-firewall-rules";
    {
        QFile file(documentPath);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(document);
    }
    const QStringList attest
        = {QStringLiteral("controls"),   QStringLiteral("attest"),
           QStringLiteral("--control"),  QStringLiteral("MOAJ-NP-01"),
           QStringLiteral("--note"),     QStringLiteral("firewall rules of every server reviewed"),
           QStringLiteral("--document"), documentPath};
    Run status = ctl(store, {QStringLiteral("controls"), QStringLiteral("status")});
    QCOMPARE(status.exitCode, 0);
    QVERIFY2(status.out.contains("MOAJ-NP-01  manual"), status.out.constData());
    // The officer does not own the network control; nobody by that name; no document.
    Run refused
        = ctl(store, attest + QStringList {QStringLiteral("--by"), QStringLiteral("olga.officer")});
    QCOMPARE(refused.exitCode, 2);
    QVERIFY2(refused.err.contains("attested by its owner, a admin"), refused.err.constData());
    refused = ctl(store, attest + QStringList {QStringLiteral("--by"), QStringLiteral("nobody")});
    QCOMPARE(refused.exitCode, 2);
    refused
        = ctl(store,
              attest.mid(0, 6) + QStringList {QStringLiteral("--by"), QStringLiteral("ada.admin")});
    QCOMPARE(refused.exitCode, 2);
    QVERIFY2(refused.err.contains("--document"), refused.err.constData());
    const QString bigPath = dir.filePath(QStringLiteral("big.bin"));
    {
        QFile big(bigPath);
        QVERIFY(big.open(QIODevice::WriteOnly));
        QVERIFY(big.resize(10 * 1024 * 1024 + 1));
    }
    QStringList tooBig = attest;
    tooBig.last() = bigPath;
    refused
        = ctl(store, tooBig + QStringList {QStringLiteral("--by"), QStringLiteral("ada.admin")});
    QCOMPARE(refused.exitCode, 2);
    QVERIFY2(refused.err.contains("at most 10 MiB"), refused.err.constData());

    const Run made
        = ctl(store, attest + QStringList {QStringLiteral("--by"), QStringLiteral("ada.admin")});
    QVERIFY2(made.exitCode == 0, made.err.constData());
    const QByteArray digest
        = QCryptographicHash::hash(document, QCryptographicHash::Sha256).toHex();
    QVERIFY2(made.out.contains(digest), made.out.constData());
    status = ctl(store, {QStringLiteral("controls"), QStringLiteral("status")});
    QVERIFY2(status.out.contains("MOAJ-NP-01  pass"), status.out.constData());
    // Sealed: the database holds one attestation, and never the document's bytes.
    const QString name = QStringLiteral("attestations");
    {
        QSqlDatabase db = m_databases.at(store)->openDirect(store, name);
        QVERIFY2(db.isOpen(), qPrintable(db.lastError().text()));
        QSqlQuery q(db);
        QVERIFY(q.exec(QStringLiteral("SELECT document, document_sha256, attested_by FROM "
                                      "control_attestations")));
        QVERIFY(q.next());
        QVERIFY(!q.value(0).toByteArray().contains("MARKER-firewall-rules"));
        QCOMPARE(q.value(1).toString().toLatin1(), digest);
        QCOMPARE(q.value(2).toString(), QStringLiteral("ada.admin"));
        QVERIFY(!q.next());
        q.finish();
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
}

void TestCli::keysRotateWhileTheServerRuns()
{
    TestServer server;
    QVERIFY2(server.start(), qPrintable(server.errorString()));
    TestServer::Account kim = server.addUser(QStringLiteral("kim"), QStringLiteral("employee"));
    QVERIFY(!server.login(kim).isEmpty());
    QCOMPARE(server.runCtl({QStringLiteral("audit"), QStringLiteral("checkpoint")}), 0);

    QByteArray out;
    QByteArray err;
    QCOMPARE(server.runCtl({QStringLiteral("key"), QStringLiteral("rotate")}, &out, &err), 0);
    QVERIFY2(out.contains("version 2 is current") && out.contains("retired version(s): 1"),
             out.constData());
    const QByteArray keyFile = readFile(server.dataDir() + QStringLiteral("/master.key"));
    QVERIFY(keyFile.contains("\ncurrent 2\nkey 2 ") && !keyFile.contains("\nkey 1 "));
    // The running server follows: it opens Kim's TOTP secret, now sealed under version 2 alone.
    QVERIFY(!server.login(kim).isEmpty());

    QCOMPARE(server.runCtl({QStringLiteral("key"), QStringLiteral("rotate-signing")}, &out), 0);
    QVERIFY2(out.contains("audit signing key rotated"), out.constData());
    QVERIFY(!server.login(kim).isEmpty());
    QCOMPARE(server.runCtl({QStringLiteral("audit"), QStringLiteral("checkpoint")}), 0);
    // Checkpoints of the old signing key and of the new one, and the rotations, all verify.
    QCOMPARE(server.runCtl({QStringLiteral("audit"), QStringLiteral("verify")}, &out, &err), 0);
    QCOMPARE(server.runCtl({QStringLiteral("key"), QStringLiteral("turn")}, &out, &err), 2);
    QVERIFY2(err.contains("usage: compliancectl key rotate"), err.constData());
}

void TestCli::keyExportIsSealedToItsPassphrase()
{
    QTemporaryDir dir;
    const QString store = freshStore(dir);
    const QString escrow = dir.filePath(QStringLiteral("master.key.sealed"));
    const auto exportKey = [&](const QByteArray &passphrase) {
        return run(QStringLiteral("compliancectl"),
                   QStringList {QStringLiteral("key"), QStringLiteral("export"),
                                QStringLiteral("--data"), store, QStringLiteral("--out"), escrow,
                                QStringLiteral("--passphrase-stdin")}
                       + databaseArguments(store),
                   passphrase + '\n');
    };
    const Run tooShort = exportKey("short");
    QCOMPARE(tooShort.exitCode, 2);
    QVERIFY2(tooShort.err.contains("at least 12 characters"), tooShort.err.constData());
    QVERIFY(!QFile::exists(escrow));
    const Run exported = exportKey("escrow passphrase of the CTO");
    QCOMPARE(exported.exitCode, 0);
    struct stat info;
    QCOMPARE(::stat(QFile::encodeName(escrow).constData(), &info), 0);
    QCOMPARE(info.st_mode & 0777, 0600u);
    const QByteArray sealed = readFile(escrow);
    const QByteArray key = readFile(store + QStringLiteral("/master.key"));
    QVERIFY(!sealed.contains(key.mid(key.indexOf("key 1 ") + 6, 20)));
    // It opens with its passphrase alone, to the very key file; a wrong one says so.
    const auto open = [&](const QByteArray &passphrase) -> cc::Result<QByteArray> {
        QFile in(escrow);
        if (!in.open(QIODevice::ReadOnly))
            return cc::makeError(cc::ErrorCode::Unavailable, in.errorString());
        auto reader = cc::crypto::SealedStreamReader::open(in, "key-file", passphrase);
        if (!reader)
            return reader.error();
        return (*reader)->readAll();
    };
    QCOMPARE(open("escrow passphrase of the CTO").value(), key);
    const cc::Result<QByteArray> wrong = open("escrow passphrase of the CEO");
    QVERIFY(!wrong.ok());
    QVERIFY2(wrong.error().message.contains(QStringLiteral("wrong passphrase")),
             qPrintable(wrong.error().message));
    // Never over an existing file; and the export is in the audit trail.
    const Run again = exportKey("escrow passphrase of the CTO");
    QCOMPARE(again.exitCode, 1);
    QVERIFY2(again.err.contains("never overwritten"), again.err.constData());
    QCOMPARE(readFile(escrow), sealed);
    const Run verify = run(QStringLiteral("compliancectl"),
                           QStringList {QStringLiteral("audit"), QStringLiteral("verify"),
                                        QStringLiteral("--data"), store}
                               + databaseArguments(store));
    QCOMPARE(verify.exitCode, 0);
}

void TestCli::backupAndRestoreUnderWriteLoad()
{
    TestServer server;
    QVERIFY2(server.start(), qPrintable(server.errorString()));
    TestServer::Account olga
        = server.addUser(QStringLiteral("olga"), QStringLiteral("compliance_officer"));
    TestServer::Account kim = server.addUser(QStringLiteral("kim"), QStringLiteral("employee"));
    const QString officer = server.login(olga);
    const QString employee = server.login(kim);
    QVERIFY(!officer.isEmpty() && !employee.isEmpty());
    // Two orders with PII, fulfilled yesterday (well inside the retention period).
    const QDateTime fulfilled = QDateTime::currentDateTimeUtc().addDays(-1);
    QJsonArray orders;
    for (const char *id : {"701-1", "701-2"})
        orders.append(QJsonObject {
            {QStringLiteral("AmazonOrderId"), QString::fromLatin1(id)},
            {QStringLiteral("PurchaseDate"), fulfilled.addDays(-1).toString(Qt::ISODate)},
            {QStringLiteral("OrderStatus"), QStringLiteral("Shipped")},
            {QStringLiteral("MarketplaceId"), QStringLiteral("ATVPDKIKX0DER")},
            {QStringLiteral("OrderTotal"),
             QJsonObject {{QStringLiteral("CurrencyCode"), QStringLiteral("USD")},
                          {QStringLiteral("Amount"), QStringLiteral("10.00")}}},
            {QStringLiteral("BuyerInfo"),
             QJsonObject {{QStringLiteral("BuyerEmail"), QStringLiteral("q@example.com")},
                          {QStringLiteral("BuyerName"), QStringLiteral("Quentin Marblethorpe")}}},
            {QStringLiteral("FulfillmentDate"), fulfilled.toString(Qt::ISODate)}});
    QTemporaryDir work;
    const QString batch = work.filePath(QStringLiteral("orders.json"));
    {
        QFile f(batch);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(QJsonDocument(QJsonObject {{QStringLiteral("client"), QStringLiteral("acme")},
                                           {QStringLiteral("orders"), orders}})
                    .toJson());
    }
    QCOMPARE(server.runCtl({QStringLiteral("orders"), QStringLiteral("import"), batch}), 0);
    QCOMPARE(server.runCtl({QStringLiteral("audit"), QStringLiteral("checkpoint")}), 0);

    // The backup runs while the server takes writes.
    const QString backupFile = work.filePath(QStringLiteral("store.backup"));
    const QJsonObject accessRequest {
        {QStringLiteral("category"), QStringLiteral("orders.nonpii")},
        {QStringLiteral("client"), QStringLiteral("ACME-EU")},
        {QStringLiteral("reason"), QStringLiteral("Reconciling refunds for the quarterly close")},
        {QStringLiteral("duration_hours"), 4}};
    const auto write = [&] {
        return server.call("POST", QStringLiteral("/access-requests"), accessRequest, employee)
                   .status
            == 201;
    };
    int before = 0;
    for (int i = 0; i < 5; ++i)
        before += write() ? 1 : 0;
    QCOMPARE(before, 5);
    QProcess backup;
    backup.start(binary(QStringLiteral("compliancectl")),
                 QStringList {QStringLiteral("backup"), QStringLiteral("--data"), server.dataDir(),
                              QStringLiteral("--out"), backupFile, QStringLiteral("--location"),
                              QStringLiteral("vault shelf 3"), QStringLiteral("--passphrase-stdin")}
                     + server.database().arguments());
    QVERIFY(backup.waitForStarted(10000));
    backup.write("a long backup passphrase\n");
    backup.closeWriteChannel();
    int during = 0;
    while (backup.state() != QProcess::NotRunning) {
        during += write() ? 1 : 0;
        backup.waitForFinished(10);
    }
    QCOMPARE(backup.exitCode(), 0);
    QVERIFY2(backup.readAllStandardOutput().contains("vault shelf 3"), "no location reported");
    for (int i = 0; i < 3; ++i)
        QVERIFY(write());

    // After the backup: order 701-1 is deleted on request, its data key shredded.
    const QJsonObject request {
        {QStringLiteral("reference"), QStringLiteral("AMZ-DEL-1")},
        {QStringLiteral("received_at"), QDateTime::currentDateTimeUtc().toString(Qt::ISODate)},
        {QStringLiteral("action"), QStringLiteral("delete")},
        {QStringLiteral("scope"),
         QJsonObject {{QStringLiteral("type"), QStringLiteral("orders")},
                      {QStringLiteral("client"), QStringLiteral("acme")},
                      {QStringLiteral("order_ids"), QJsonArray {QStringLiteral("701-1")}}}}};
    const ApiReply created
        = server.call("POST", QStringLiteral("/deletion-requests"), request, officer);
    QCOMPARE(created.status, 201);
    QCOMPARE(server
                 .call("POST",
                       QStringLiteral("/deletion-requests/%1/fulfil")
                           .arg(created.json.value(QStringLiteral("id")).toInteger()),
                       {}, officer)
                 .status,
             200);
    const QString escrow = work.filePath(QStringLiteral("master.key.sealed"));
    QCOMPARE(server.runCtl({QStringLiteral("key"), QStringLiteral("export"),
                            QStringLiteral("--out"), escrow, QStringLiteral("--passphrase-stdin")},
                           nullptr, nullptr, "a long escrow passphrase\n"),
             0);

    const QString restored = work.filePath(QStringLiteral("restored"));
    m_databases[restored] = std::make_unique<TestDatabase>();
    const auto restore = [&](const QString &from, const QString &key, const QByteArray &input,
                             const QStringList &more = {}) {
        return run(QStringLiteral("compliancectl"),
                   QStringList {QStringLiteral("restore"), QStringLiteral("--data"), restored,
                                QStringLiteral("--from"), from, QStringLiteral("--key"), key,
                                QStringLiteral("--passphrase-stdin")}
                       + more + databaseArguments(restored),
                   input);
    };
    const QByteArray passphrases = "a long backup passphrase\na long escrow passphrase\n";
    // A wrong passphrase, a missing key file, another store's key, a flipped byte: refused,
    // naming the problem, and nothing left behind.
    const Run wrong = restore(backupFile, escrow, "not the passphrase\na long escrow passphrase\n");
    QCOMPARE(wrong.exitCode, 1);
    QVERIFY2(wrong.err.contains("wrong passphrase for this sealed backup"), wrong.err.constData());
    const Run noKey = restore(backupFile, work.filePath(QStringLiteral("no.key")), passphrases);
    QCOMPARE(noKey.exitCode, 1);
    QVERIFY2(noKey.err.contains("cannot read the key file"), noKey.err.constData());
    QTemporaryDir other;
    const QString otherStore = freshStore(other);
    const QString otherEscrow = other.filePath(QStringLiteral("other.sealed"));
    QCOMPARE(run(QStringLiteral("compliancectl"),
                 QStringList {QStringLiteral("key"), QStringLiteral("export"),
                              QStringLiteral("--data"), otherStore, QStringLiteral("--out"),
                              otherEscrow, QStringLiteral("--passphrase-stdin")}
                     + databaseArguments(otherStore),
                 "a long escrow passphrase\n")
                 .exitCode,
             0);
    const Run otherKey = restore(backupFile, otherEscrow, passphrases);
    QCOMPARE(otherKey.exitCode, 1);
    QVERIFY2(otherKey.err.contains("the key file does not open this backup"),
             otherKey.err.constData());
    QByteArray damaged = readFile(backupFile);
    damaged[damaged.size() / 2] = char(damaged.at(damaged.size() / 2) ^ 0x10);
    const QString damagedFile = work.filePath(QStringLiteral("damaged.backup"));
    {
        QFile f(damagedFile);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(damaged);
    }
    const Run flipped = restore(damagedFile, escrow, passphrases);
    QCOMPARE(flipped.exitCode, 1);
    QVERIFY2(flipped.err.contains("damaged or altered"), flipped.err.constData());
    QVERIFY(!QFileInfo::exists(restored + QStringLiteral("/master.key")));
    QVERIFY(!readFile(backupFile).contains("compliance-console master key file"));

    // The restore, with the live store's log of shredded order keys.
    const Run done = restore(
        backupFile, escrow, passphrases,
        {QStringLiteral("--shredded"), server.dataDir() + QStringLiteral("/shredded-orders.log")});
    QVERIFY2(done.exitCode == 0, done.err.constData());
    QVERIFY2(done.out.contains("1 order(s) shredded again"), done.out.constData());
    const Run verify = run(QStringLiteral("compliancectl"),
                           QStringList {QStringLiteral("audit"), QStringLiteral("verify"),
                                        QStringLiteral("--data"), restored}
                               + databaseArguments(restored));
    QVERIFY2(verify.exitCode == 0, verify.out.constData());

    // The same data: the accounts, every write acknowledged before the backup began, the
    // order deleted afterwards without its PII, the other with it.
    const cc::SystemClock clock;
    std::unique_ptr<cc::Store> store
        = std::move(cc::Store::open(restored, clock, m_databases.at(restored)->url()).value());
    QVERIFY(cc::Accounts(*store).userByUsername(QStringLiteral("olga")).ok());
    const auto count = [&](const QString &sql) {
        cc::Result<cc::Query> q = store->exec(store->dialect().expand(sql));
        return q && q->next() ? q->value(0).toLongLong() : -1;
    };
    const qint64 requests = count(QStringLiteral("SELECT COUNT(*) FROM access_requests"));
    QVERIFY2(requests >= before && requests <= before + during,
             qPrintable(QString::number(requests)));
    QCOMPARE(count(QStringLiteral("SELECT pii_held FROM orders WHERE amazon_order_id = '701-1'")),
             0);
    QCOMPARE(count(QStringLiteral("SELECT pii_held FROM orders WHERE amazon_order_id = '701-2'")),
             1);
    QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM {vault}order_keys k JOIN orders o ON "
                                  "o.id = k.order_id WHERE o.amazon_order_id = '701-1'")),
             0);
    QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM {vault}order_keys")), 1);
    // The live store recorded the backup: its size, SHA-256 and where it is kept.
    store.reset();
    std::unique_ptr<cc::Store> live
        = std::move(cc::Store::open(server.dataDir(), clock, server.database().url()).value());
    cc::Result<cc::Query> recorded
        = live->exec(QStringLiteral("SELECT location, sha256, size_bytes FROM backups"));
    QVERIFY(recorded && recorded->next());
    QCOMPARE(recorded->value(0).toString(), QStringLiteral("vault shelf 3"));
    QFile sealed(backupFile);
    QVERIFY(sealed.open(QIODevice::ReadOnly));
    QCOMPARE(recorded->value(1).toString(),
             QString::fromLatin1(cc::crypto::sha256(sealed.readAll()).toHex()));
    QCOMPARE(recorded->value(2).toLongLong(), QFileInfo(backupFile).size());
}

// --location is optional ("local"), recorded with each backup; the backups control
// (DPP25-BK-01) passes once recent backups are kept in two places.
void TestCli::backupLocationsDecideTheBackupsControl()
{
    QTemporaryDir dir;
    const QString store = freshStore(dir);
    const QByteArray passphrase = "a long backup passphrase\n";
    const auto backup = [&](const QString &file, const QStringList &location) {
        return ctl(store,
                   QStringList {QStringLiteral("backup"), QStringLiteral("--out"),
                                dir.filePath(file), QStringLiteral("--passphrase-stdin")}
                       + location,
                   passphrase);
    };
    const auto bk01 = [&]() {
        const Run status = ctl(store, {QStringLiteral("controls"), QStringLiteral("status")});
        for (const QByteArray &line : status.out.split('\n'))
            if (line.startsWith("DPP25-BK-01 "))
                return line.simplified();
        return QByteArray();
    };
    QCOMPARE(bk01(), QByteArray("DPP25-BK-01 fail no backup recorded"));

    Run taken = backup(QStringLiteral("first.backup"), {});
    QVERIFY2(taken.exitCode == 0, taken.err.constData());
    QVERIFY2(taken.out.contains("kept at local"), taken.out.constData());
    QVERIFY2(bk01().startsWith("DPP25-BK-01 fail only 1 location"), bk01().constData());
    const Run blank = backup(QStringLiteral("blank.backup"),
                             {QStringLiteral("--location"), QStringLiteral("   ")});
    QCOMPARE(blank.exitCode, 1);
    QVERIFY2(blank.err.contains("--location names where the backup is kept"),
             blank.err.constData());
    QVERIFY(!QFile::exists(dir.filePath(QStringLiteral("blank.backup"))));
    taken = backup(QStringLiteral("second.backup"),
                   {QStringLiteral("--location"), QStringLiteral("s3-eu-west-1")});
    QVERIFY2(taken.exitCode == 0, taken.err.constData());
    QVERIFY2(bk01().startsWith("DPP25-BK-01 pass 2 backup(s) in 2 locations"), bk01().constData());

    // Each is recorded with its time, SHA-256 and place.
    const QString name = QStringLiteral("backups");
    {
        QSqlDatabase db = m_databases.at(store)->openDirect(store, name);
        QVERIFY2(db.isOpen(), qPrintable(db.lastError().text()));
        QSqlQuery q(db);
        QVERIFY(
            q.exec(QStringLiteral("SELECT location, sha256, taken_at FROM backups ORDER BY id")));
        QStringList recorded;
        while (q.next()) {
            recorded << q.value(0).toString();
            QCOMPARE(q.value(2).toLongLong() > 0, true);
        }
        QCOMPARE(recorded, (QStringList {QStringLiteral("local"), QStringLiteral("s3-eu-west-1")}));
        QVERIFY(
            q.exec(QStringLiteral("SELECT sha256 FROM backups WHERE location = 's3-eu-west-1'")));
        QVERIFY(q.next());
        QCOMPARE(q.value(0).toString(),
                 QString::fromLatin1(
                     cc::crypto::sha256(readFile(dir.filePath(QStringLiteral("second.backup"))))
                         .toHex()));
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
}

void TestCli::manPagesMatchHelp_data()
{
    QTest::addColumn<QString>("program");
    QTest::addColumn<QString>("page");
    QTest::newRow("compliancectl")
        << QStringLiteral("compliancectl") << QStringLiteral("compliancectl.1");
    QTest::newRow("compliance-stored")
        << QStringLiteral("compliance-stored") << QStringLiteral("compliance-stored.8");
    QTest::newRow("compliance-console")
        << QStringLiteral("compliance-console") << QStringLiteral("compliance-console.1");
}

// The manual pages the packages install say what --help says: every option --help shows is in
// the page and every option in the page is in --help, and every compliancectl command too.
void TestCli::manPagesMatchHelp()
{
    QFETCH(QString, program);
    QFETCH(QString, page);
    if (!QFileInfo(binary(program)).isExecutable())
        QSKIP("not built (COMPLIANCE_WITH_CONSOLE=OFF)");
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen")); // the console
    process.setProcessEnvironment(env);
    process.start(binary(program), {QStringLiteral("--help")});
    QVERIFY(process.waitForFinished(30000));
    QCOMPARE(process.exitCode(), 0);
    const QString help = QString::fromUtf8(process.readAllStandardOutput());
    const QString man = manText(QStringLiteral(COMPLIANCE_MAN_DIR "/") + page);
    QVERIFY2(!man.isEmpty(), qPrintable(page));

    QSet<QString> inHelp = longOptions(help);
    inHelp << QStringLiteral("--help"); // compliancectl's --help prints its commands only
    const QSet<QString> inMan = longOptions(man);
    QStringList missing = QSet<QString>(inHelp).subtract(inMan).values();
    QStringList extra = QSet<QString>(inMan).subtract(inHelp).values();
    missing.sort();
    extra.sort();
    QVERIFY2(missing.isEmpty(),
             qPrintable(page + QStringLiteral(" lacks ") + missing.join(QLatin1Char(' '))));
    QVERIFY2(extra.isEmpty(),
             qPrintable(page + QStringLiteral(" names options --help does not: ")
                        + extra.join(QLatin1Char(' '))));

    // "  compliancectl user reset password|2fa --data DIR": the words up to the first option,
    // argument or note.
    static const QRegularExpression usage(
        QStringLiteral(R"(^\s+compliancectl ((?:[a-z0-9][a-z0-9|-]* ?)+?)(?= [-A-Z\[(]|\s*$))"),
        QRegularExpression::MultilineOption);
    for (const QRegularExpressionMatch &m : usage.globalMatch(help)) {
        const QString command = m.captured(1).trimmed();
        QVERIFY2(man.contains(command),
                 qPrintable(page + QStringLiteral(" lacks the command ") + command));
    }
}

// compliancectl report board: the board report as a PDF, audited with its SHA-256; a run that
// cannot write leaves nothing and records nothing.
void TestCli::boardReportWrittenAndAudited()
{
    QTemporaryDir dir;
    const QString store = freshStore(dir);
    const QString out = dir.filePath(QStringLiteral("board.pdf"));
    const QStringList report {QStringLiteral("report"), QStringLiteral("board"),
                              QStringLiteral("--out"), out};
    Run refused = ctl(store, report.mid(0, 2));
    QCOMPARE(refused.exitCode, 2);
    QVERIFY2(refused.err.contains("--out"), refused.err.constData());
    refused = ctl(store, {QStringLiteral("report"), QStringLiteral("bored")});
    QCOMPARE(refused.exitCode, 2);
    refused = ctl(store, report.mid(0, 3) + QStringList {dir.filePath(QStringLiteral("no/b.pdf"))});
    QCOMPARE(refused.exitCode, 1);

    const Run written = ctl(store, report);
    QCOMPARE(written.exitCode, 0);
    const QByteArray pdf = readFile(out);
    QVERIFY(pdf.startsWith("%PDF-"));
    const QByteArray sha256 = QCryptographicHash::hash(pdf, QCryptographicHash::Sha256).toHex();
    QVERIFY2(written.out.contains(QByteArray("SHA-256 " + sha256)), written.out.constData());
    {
        QSqlDatabase db = m_databases.at(store)->openDirect(store, QStringLiteral("read"));
        QSqlQuery q(db);
        QVERIFY(q.exec(QStringLiteral("SELECT actor, object_id, detail FROM audit_events WHERE "
                                      "action = 'dashboard.report'")));
        QVERIFY(q.next());
        QCOMPARE(q.value(QStringLiteral("actor")).toString(), QStringLiteral("compliancectl"));
        QCOMPARE(q.value(QStringLiteral("object_id")).toString(), QStringLiteral("company"));
        QCOMPARE(q.value(QStringLiteral("detail")).toString(),
                 QStringLiteral("sha256=%1 bytes=%2 months=12")
                     .arg(QString::fromLatin1(sha256))
                     .arg(pdf.size()));
        QVERIFY(!q.next()); // the refused runs recorded nothing
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("read"));
}

void TestCli::evidencePackBuiltAuditedAndVerified()
{
    QTemporaryDir dir;
    const QString store = freshStore(dir);
    QCOMPARE(addUser(store, QStringLiteral("ada.admin"), QStringLiteral("ada@example.com"),
                     QStringLiteral("admin"))
                 .exitCode,
             0);
    const QString today = QDateTime::currentDateTimeUtc().date().toString(Qt::ISODate);
    const QString pack = dir.filePath(QStringLiteral("pack.zip"));
    const QStringList evidence {QStringLiteral("evidence"),
                                QStringLiteral("--from"),
                                today,
                                QStringLiteral("--to"),
                                today,
                                QStringLiteral("--out"),
                                pack};

    // Refused before anything is written: a bad day names its field.
    Run refused
        = ctl(store, QStringList(evidence).replaceInStrings(today, QStringLiteral("2026-02-30")));
    QCOMPARE(refused.exitCode, 2);
    QVERIFY2(refused.err.contains("from must be a UTC day"), refused.err.constData());
    QVERIFY(!QFile::exists(pack));
    refused = ctl(store, evidence.mid(0, 5));
    QCOMPARE(refused.exitCode, 2);
    QVERIFY2(refused.err.contains("--out"), refused.err.constData());
    // A directory that does not exist: no pack and nothing left beside it.
    refused
        = ctl(store, evidence.mid(0, 6) + QStringList {dir.filePath(QStringLiteral("no/p.zip"))});
    QCOMPARE(refused.exitCode, 1);

    const Run built = ctl(store, evidence);
    QCOMPARE(built.exitCode, 0);
    const QByteArray zip = readFile(pack);
    const QByteArray sha256 = QCryptographicHash::hash(zip, QCryptographicHash::Sha256).toHex();
    QVERIFY2(built.out.contains(QByteArray("SHA-256 " + sha256)), built.out.constData());
    const qsizetype keyAt = built.out.indexOf("signed by key ") + 14;
    const QByteArray keyId = built.out.mid(keyAt, 32);
    QCOMPARE(QDir(dir.path()).entryList(QDir::Files), QStringList {QStringLiteral("pack.zip")});
    {
        QSqlDatabase db = m_databases.at(store)->openDirect(store, QStringLiteral("read"));
        QSqlQuery q(db);
        QVERIFY(q.exec(QStringLiteral("SELECT actor, detail FROM audit_events WHERE action = "
                                      "'evidence.export'")));
        QVERIFY(q.next());
        QCOMPARE(q.value(QStringLiteral("actor")).toString(), QStringLiteral("compliancectl"));
        const QString detail = q.value(QStringLiteral("detail")).toString();
        QVERIFY2(detail.contains(QString::fromLatin1("sha256=" + sha256)), qPrintable(detail));
        QVERIFY(!q.next());
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("read"));

    // Verified with no store at all.
    Run verified = run(QStringLiteral("compliancectl"),
                       {QStringLiteral("evidence"), QStringLiteral("verify"), pack,
                        QStringLiteral("--key-id"), QString::fromLatin1(keyId)});
    QCOMPARE(verified.exitCode, 0);
    QVERIFY2(verified.out.contains(QByteArray("key id: " + keyId + " (the expected key)")),
             verified.out.constData());
    verified
        = run(QStringLiteral("compliancectl"),
              {QStringLiteral("evidence"), QStringLiteral("verify"), pack,
               QStringLiteral("--key-id"), QStringLiteral("00112233445566778899aabbccddeeff")});
    QCOMPARE(verified.exitCode, 3);
    QVERIFY2(verified.out.contains("not by the expected key"), verified.out.constData());

    // One byte of the report changed inside the ZIP: refused, naming the file.
    QByteArray changed = zip;
    const qsizetype header = changed.indexOf("report.pdf");
    const qsizetype at = (header + changed.indexOf("PK\x03\x04", header)) / 2;
    changed[at] = char(changed.at(at) ^ 0x01);
    const QString changedPath = dir.filePath(QStringLiteral("changed.zip"));
    {
        QFile file(changedPath);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(changed);
    }
    verified = run(QStringLiteral("compliancectl"),
                   {QStringLiteral("evidence"), QStringLiteral("verify"), changedPath});
    QCOMPARE(verified.exitCode, 3);
    QVERIFY2(verified.out.contains("report.pdf"), verified.out.constData());
}

// compliancectl vuln import: the committed debsecan sample into the register, a bad file or an
// unknown asset refused with nothing stored, a second import adding nothing; vuln list shows
// what is there.
void TestCli::vulnImportAllOrNothingAndList()
{
    QTemporaryDir dir;
    const QString store = freshStore(dir);
    const QString sample = QFINDTESTDATA("data/debsecan.txt");
    QVERIFY(!sample.isEmpty());
    const QString bad = dir.filePath(QStringLiteral("bad.txt"));
    QFile file(bad);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(readFile(sample) + "CVE-2024-1 openssh-server (very urgent)\n");
    file.close();
    const QStringList import {QStringLiteral("vuln"), QStringLiteral("import"),
                              QStringLiteral("--format"), QStringLiteral("debsecan")};
    Run refused = ctl(store, import + QStringList {bad});
    QCOMPARE(refused.exitCode, 2);
    QVERIFY2(refused.err.contains("debsecan line 7"), refused.err.constData());
    refused = ctl(
        store,
        import + QStringList {sample, QStringLiteral("--asset"), QStringLiteral("No such server")});
    QCOMPARE(refused.exitCode, 2);
    QVERIFY2(refused.err.contains("No such server"), refused.err.constData());
    QCOMPARE(ctl(store, {QStringLiteral("vuln"), QStringLiteral("list")}).out, QByteArray());

    Run done = ctl(store, import + QStringList {sample});
    QCOMPARE(done.exitCode, 0);
    QVERIFY2(done.out.contains("6 finding(s) added, 0 already open"), done.out.constData());
    done = ctl(store, import + QStringList {sample});
    QVERIFY2(done.out.contains("0 finding(s) added, 6 already open"), done.out.constData());
    const Run listed = ctl(store, {QStringLiteral("vuln"), QStringLiteral("list")});
    QCOMPARE(listed.exitCode, 0);
    QCOMPARE(listed.out.count('\n'), 6);
    QVERIFY2(listed.out.contains("critical CVE-2024-3094 liblzma5"), listed.out.constData());

    // The same scan in debsecan's detail format: the same findings, so already open here, and
    // all of them added to a fresh store with the same severities.
    const QString detail = QFINDTESTDATA("data/debsecan-detail.txt");
    QVERIFY(!detail.isEmpty());
    const QStringList importDetail {QStringLiteral("vuln"), QStringLiteral("import"),
                                    QStringLiteral("--format"), QStringLiteral("debsecan-detail"),
                                    detail};
    done = ctl(store, importDetail);
    QVERIFY2(done.out.contains("0 finding(s) added, 6 already open"), done.out.constData());
    QTemporaryDir other;
    const QString fresh = freshStore(other);
    done = ctl(fresh, importDetail);
    QCOMPARE(done.exitCode, 0);
    QVERIFY2(done.out.contains("6 finding(s) added, 0 already open"), done.out.constData());
    const Run listedDetail = ctl(fresh, {QStringLiteral("vuln"), QStringLiteral("list")});
    QVERIFY2(listedDetail.out.contains("critical CVE-2024-3094 liblzma5"),
             listedDetail.out.constData());
    QVERIFY2(listedDetail.out.contains("CVE-2023-4039 gcc-12-base"), listedDetail.out.constData());
}

// subcontractor add|assess|list|end and credential add|rotate|list|retire: the assessment's
// document stored sealed with its SHA-256; a pasted secret refused with exit 2 and nothing
// stored; missing options named.
void TestCli::subcontractorAndCredentialRegisters()
{
    QTemporaryDir dir;
    const QString store = freshStore(dir);
    QCOMPARE(addUser(store, QStringLiteral("kim.admin"), QStringLiteral("kim@example.com"),
                     QStringLiteral("admin"))
                 .exitCode,
             0);
    Run r = ctl(store,
                {QStringLiteral("subcontractor"), QStringLiteral("add"), QStringLiteral("--name"),
                 QStringLiteral("Parcel Labels Ltd")});
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.err.contains("--contact"), r.err.constData());
    r = ctl(store,
            {QStringLiteral("subcontractor"), QStringLiteral("add"), QStringLiteral("--name"),
             QStringLiteral("Parcel Labels Ltd"), QStringLiteral("--contact"),
             QStringLiteral("dpo@labels.example"), QStringLiteral("--categories"),
             QStringLiteral("shipping_address,order_facts")});
    QVERIFY2(r.exitCode == 0, r.err.constData());
    QVERIFY2(r.out.contains("[order_facts,shipping_address] never assessed"), r.out.constData());
    const QString document = dir.filePath(QStringLiteral("assessment.pdf"));
    QFile file(document);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("%PDF-1.7 risk assessment");
    file.close();
    r = ctl(store,
            {QStringLiteral("subcontractor"), QStringLiteral("assess"), QStringLiteral("--id"),
             QStringLiteral("1"), QStringLiteral("--outcome"), QStringLiteral("approved"),
             QStringLiteral("--assessor"), QStringLiteral("Olga"), QStringLiteral("--document"),
             document, QStringLiteral("--on"), QStringLiteral("2026-03-01")});
    QVERIFY2(r.exitCode == 0, r.err.constData());
    const QByteArray sha256
        = QCryptographicHash::hash("%PDF-1.7 risk assessment", QCryptographicHash::Sha256).toHex();
    QVERIFY2(r.out.contains(QByteArray("SHA-256 " + sha256)), r.out.constData());
    QVERIFY2(r.out.contains("assessed 2026-03-01 approved, due 2027-03-01"), r.out.constData());
    {
        QSqlDatabase db = m_databases.at(store)->openDirect(store, QStringLiteral("peek"));
        QSqlQuery q(db);
        QVERIFY(q.exec(QStringLiteral("SELECT document FROM subcontractor_assessments")));
        QVERIFY(q.next());
        QVERIFY(!q.value(0).toByteArray().contains("risk assessment"));
    }
    QSqlDatabase::removeDatabase(QStringLiteral("peek"));
    r = ctl(store,
            {QStringLiteral("subcontractor"), QStringLiteral("end"), QStringLiteral("--id"),
             QStringLiteral("1"), QStringLiteral("--note"), QStringLiteral("terminated")});
    QVERIFY2(r.exitCode == 0, r.err.constData());
    r = ctl(store, {QStringLiteral("subcontractor"), QStringLiteral("list")});
    QCOMPARE(r.out.count('\n'), 1);
    QVERIFY2(r.out.startsWith("1 ended  Parcel Labels Ltd"), r.out.constData());

    const QStringList add {
        QStringLiteral("credential"), QStringLiteral("add"),        QStringLiteral("--name"),
        QStringLiteral("SP-API LWA"), QStringLiteral("--owner"),    QStringLiteral("kim.admin"),
        QStringLiteral("--purpose"),  QStringLiteral("order sync"), QStringLiteral("--location")};
    r = ctl(store,
            add + QStringList {QStringLiteral("amzn1.oa2-cs.v1.0f1e2d3c4b5a69788796a5b4c3d2e1f0")});
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.err.contains("location looks like it holds a secret"), r.err.constData());
    QVERIFY(!r.err.contains("0f1e2d3c4b5a"));
    QCOMPARE(ctl(store, {QStringLiteral("credential"), QStringLiteral("list")}).out, QByteArray());
    r = ctl(store,
            add
                + QStringList {QStringLiteral("Vault: secret/sp-api/lwa"), QStringLiteral("--on"),
                               QStringLiteral("2026-01-01")});
    QVERIFY2(r.exitCode == 0, r.err.constData());
    QVERIFY2(r.out.contains("rotated 2026-01-01, due 2026-04-01"), r.out.constData());
    r = ctl(store,
            {QStringLiteral("credential"), QStringLiteral("rotate"), QStringLiteral("--id"),
             QStringLiteral("1"), QStringLiteral("--on"), QStringLiteral("2026-02-01")});
    QVERIFY2(r.exitCode == 0, r.err.constData());
    QVERIFY2(r.out.contains("rotated 2026-02-01, due 2026-05-02"), r.out.constData());
    r = ctl(store,
            {QStringLiteral("credential"), QStringLiteral("retire"), QStringLiteral("--id"),
             QStringLiteral("1")});
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.err.contains("--note"), r.err.constData());
    r = ctl(store,
            {QStringLiteral("credential"), QStringLiteral("retire"), QStringLiteral("--id"),
             QStringLiteral("1"), QStringLiteral("--note"), QStringLiteral("replaced")});
    QVERIFY2(r.exitCode == 0, r.err.constData());
    r = ctl(store, {QStringLiteral("credential"), QStringLiteral("list")});
    QVERIFY2(r.out.startsWith("1 retired SP-API LWA owner kim.admin"), r.out.constData());
}

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
