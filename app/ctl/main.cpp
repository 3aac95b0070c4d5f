// compliancectl: local administration of a store directory (create it, add users, verify the
// audit chain, seed demo data). It works on the files directly, like the server does.

#include "BackupCommands.h"
#include "ControlCommands.h"
#include "CtlSupport.h"
#include "EvidenceCommands.h"
#include "KeyCommands.h"
#include "OrderCommands.h"
#include "SecretInput.h"
#include "ThirdPartyCommands.h"
#include "VulnerabilityCommands.h"
#include "audit/AuditExport.h"
#include "audit/AuditLog.h"
#include "crypto/Crypto.h"
#include "crypto/Signature.h"
#include "crypto/Totp.h"
#include "service/AccessControl.h"
#include "service/Accounts.h"
#include "service/Assets.h"
#include "service/AuditWatch.h"
#include "service/DemoData.h"
#include "service/Monitoring.h"
#include "store/Store.h"

#include <cstdio>
#include <fcntl.h>
#include <pwd.h>
#include <sys/stat.h>
#include <unistd.h>

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDateTime>
#include <QFile>
#include <QFileInfo>
#include <QGuiApplication>
#include <QJsonDocument>
#include <QJsonObject>

using namespace cc;
using namespace cc::ctl;

namespace {

const char kUsage[] = R"(usage:
  compliancectl init --data DIR [--pkcs11-module PATH --pkcs11-token LABEL --pkcs11-pin-file FILE]
                         (with the three: the master key generated in that PKCS#11 token, never
                         in a file; every command and the server then use the token)
  compliancectl user invite --data DIR --username U --email E --role ROLE[,ROLE] [--title T]
                            [--display-name NAME]         (prints the enrolment code, or e-mails it)
  compliancectl user add --data DIR --username U --email E --role ROLE[,ROLE] [--title T]
                         [--display-name NAME] --password-stdin   (the first administrator, or
                         automation on this machine: prints the otpauth:// URI)
  compliancectl user reset password|2fa --data DIR --username U   (a fresh enrolment code)
  compliancectl user unlock --data DIR --username U
  compliancectl user designate --data DIR --username U --designation D[,D]
                         (the whole set: incident_contact, incident_contact_deputy, cto, ceo;
                         --designation "" takes every one away)
  The user commands take --by ADMIN: the active administrator on whose behalf they act, recorded
  as the actor; without it the actor is the local operator ("compliancectl").
  compliancectl client add --data DIR NAME [--by ADMIN]  (register a client access requests
                         may name, as POST /clients does)
  compliancectl client list --data DIR                  (the registered clients, by name)
  compliancectl audit verify --data DIR                 (chain, base, checkpoints and anchors)
  compliancectl audit checkpoint --data DIR             (verify, then sign the chain's head)
  compliancectl audit acknowledge-break --data DIR --at SEQ --reason TEXT
                                                        (record a break you have looked into)
  compliancectl audit export --data DIR --from ISO --to ISO [--out FILE]
  compliancectl audit verify-export FILE [--public-key BASE64] [--data DIR]
  compliancectl demo seed --data DIR
  compliancectl assets import --data DIR FILE.csv
  compliancectl assets export --data DIR [FILE.csv]
  compliancectl orders import --data DIR FILE.json     (all or nothing; any batch size)
  compliancectl retention sweep --data DIR              (purge PII past fulfilment + 30 days;
                         delete non-PII order facts past non_pii_retention_months, kept as
                         daily aggregates, but a held client's)
  compliancectl orders aggregates --data DIR [--client NAME] [--marketplace ID] [--from DAY]
                         [--to DAY]   (the daily aggregates kept of deleted orders)
  compliancectl client hold --data DIR NAME --reason TEXT --until ISO|--open-ended [--by OFFICER]
                         (a legal hold: the sweep keeps the client's non-PII order facts)
  compliancectl client release --data DIR NAME [--by OFFICER]  (end the client's legal hold)
  compliancectl client holds --data DIR                 (the legal holds in force)
  compliancectl archive open --passphrase-stdin FILE    (a returned-data archive, to stdout)
  compliancectl controls status --data DIR              (every control, as the store shows it)
  compliancectl controls attest --data DIR --control ID --by USER --note TEXT --document FILE
                         (a manual control's owner attests; the document, at most 10 MiB, is
                         stored sealed with its SHA-256)
  compliancectl vuln import --data DIR --format sarif|debsecan FILE [--asset NAME]
                         (scanner findings into the vulnerability register, all or nothing;
                         one still open is not added again)
  compliancectl vuln list --data DIR                    (every finding, with its due time)
  compliancectl subcontractor add --data DIR --name NAME --contact TEXT [--categories LIST]
  compliancectl subcontractor list --data DIR           (each with its next assessment due)
  compliancectl subcontractor assess --data DIR --id ID --outcome OUTCOME --assessor NAME
                         --document FILE [--note TEXT] [--on YYYY-MM-DD]
                         (the document, at most 10 MiB, is stored sealed with its SHA-256)
  compliancectl subcontractor end --data DIR --id ID --note TEXT
  compliancectl credential add --data DIR --name NAME --owner USER --location TEXT
                         --purpose TEXT [--rotation-days N] [--on YYYY-MM-DD]
                         (metadata only: where the secret lives, never the secret)
  compliancectl credential list --data DIR              (each with its rotation due)
  compliancectl credential rotate --data DIR --id ID [--note TEXT] [--on YYYY-MM-DD]
  compliancectl credential retire --data DIR --id ID --note TEXT
  compliancectl evidence --data DIR --from YYYY-MM-DD --to YYYY-MM-DD --out FILE.zip
                         (the signed evidence pack of those UTC days, both included)
  compliancectl evidence verify FILE.zip [--key-id ID]   (no store needed; exit 0 when intact)
  compliancectl report board --data DIR --out FILE.pdf  (the dashboard's company-wide counts
                                                        and 12 months of trends, as a PDF)
  compliancectl key rotate --data DIR                   (a new master key version; every sealed
                         value sealed again in batches while the server runs; the old version
                         retired; run it again to finish an interrupted rotation)
  compliancectl key rotate-signing --data DIR           (a new audit signing key; what the
                                                        earlier ones signed still verifies)
  compliancectl key export --data DIR --out FILE --passphrase-stdin
                         (the key file sealed to its own passphrase, to keep apart from backups;
                         refused when the key is in a PKCS#11 token, which it never leaves)
  compliancectl backup --data DIR --out FILE [--location NAME] --passphrase-stdin
                         (an online backup without master.key, sealed to the passphrase)
  compliancectl restore --data NEWDIR --from FILE [--key FILE] --passphrase-stdin
                        [--shredded FILE]   (stdin: the backup's passphrase, then the key
                        file's; no --key when the key is in a PKCS#11 token, which must be
                        reachable; --shredded: the live store's shredded-orders.log)
Every command also takes --database postgresql://user@host:port/db to keep the data in
PostgreSQL (the key and TLS material stay in DIR).
)";

// --by ADMIN: the administrator on whose behalf compliancectl changes an account, recorded as
// the actor, so the rules that ask who created, changed or reset an account see them; without
// it the local operator (whoever holds the store's key, outside the threat model of one
// administrator using the API).
Result<Caller> actingAs(const QCommandLineParser &parser, const Store &store)
{
    if (!parser.isSet(QStringLiteral("by")))
        return Caller::localOperator();
    const QString name = parser.value(QStringLiteral("by"));
    Result<User> admin = Accounts(const_cast<Store &>(store)).userByUsername(name);
    if (!admin && admin.error().code != ErrorCode::NotFound)
        return admin.error();
    const qint64 now = store.clock().nowMs();
    if (!admin || admin->status != QLatin1String("active")
        || (admin->departureAt && *admin->departureAt <= now)
        || !admin->roles.contains(QLatin1String("admin")))
        return makeError(ErrorCode::InvalidInput,
                         QStringLiteral("--by %1: no active administrator of that name in this "
                                        "store (--by names the admin on whose behalf the "
                                        "command acts)")
                             .arg(name));
    return Caller::forUser(*admin);
}

Result<NewUser> newUserFrom(const QCommandLineParser &parser, const QString &command)
{
    for (const char *required : {"username", "email", "role"}) {
        if (!parser.isSet(QString::fromLatin1(required)))
            return makeError(
                ErrorCode::InvalidInput,
                QStringLiteral("%1 needs --%2").arg(command, QString::fromLatin1(required)));
    }
    NewUser user;
    user.username = parser.value(QStringLiteral("username"));
    user.email = parser.value(QStringLiteral("email"));
    user.title = parser.value(QStringLiteral("title"));
    user.displayName = parser.isSet(QStringLiteral("display-name"))
        ? parser.value(QStringLiteral("display-name"))
        : user.username;
    for (const QString &role : parser.values(QStringLiteral("role")))
        user.roles << role.split(QLatin1Char(','), Qt::SkipEmptyParts);
    return user;
}

// The code goes to standard output alone (for a script to hand on), the rest to standard error.
void printEnrolmentCode(const EnrolmentCode &code, const QString &what)
{
    const QString expires = QDateTime::fromMSecsSinceEpoch(code.expiresAt, Qt::UTC)
                                .toString(QStringLiteral("yyyy-MM-dd HH:mm"));
    if (code.deliveredByEmail) {
        std::fprintf(stderr,
                     "%s %s (id %lld); the enrolment code was e-mailed to %s and expires at %s "
                     "UTC\n",
                     qPrintable(what), qPrintable(code.user.username), code.user.id,
                     qPrintable(code.user.email), qPrintable(expires));
        return;
    }
    std::fprintf(stderr,
                 "%s %s (id %lld); hand them the enrolment code below in person: it works once "
                 "and expires at %s UTC\n",
                 qPrintable(what), qPrintable(code.user.username), code.user.id,
                 qPrintable(expires));
    print(code.code);
}

int userAdd(const QCommandLineParser &parser)
{
    Result<NewUser> user = newUserFrom(parser, QStringLiteral("user add"));
    if (!user)
        return fail(user.error().message, 2);
    if (!parser.isSet(QStringLiteral("password-stdin")))
        return fail(QStringLiteral("user add sets a password and needs --password-stdin (for the "
                                   "first administrator, or automation on this machine); invite "
                                   "everyone else with `compliancectl user invite`, so that they "
                                   "choose their own"),
                    2);
    user->password = ctl::readSecretLine();
    const crypto::WipeOnExit passwordWiped(user->password);
    Result<std::unique_ptr<Store>> store = openStore(parser);
    if (!store)
        return fail(store.error().message);
    Result<Caller> actor = actingAs(parser, **store);
    if (!actor)
        return fail(actor.error().message, 2);
    Result<CreatedUser> created = Accounts(**store).addUser(*actor, *user);
    if (!created)
        return fail(created.error().message);
    std::fprintf(stderr,
                 "created user %s (id %lld); scan the URI below into an authenticator app\n",
                 qPrintable(created->user.username), created->user.id);
    print(created->totpUri);
    return 0;
}

int userInvite(const QCommandLineParser &parser)
{
    Result<NewUser> user = newUserFrom(parser, QStringLiteral("user invite"));
    if (!user)
        return fail(user.error().message, 2);
    if (parser.isSet(QStringLiteral("password-stdin")))
        return fail(QStringLiteral("user invite takes no password: the person chooses it when "
                                   "they enrol"),
                    2);
    Result<std::unique_ptr<Store>> store = openStore(parser);
    if (!store)
        return fail(store.error().message);
    Result<Caller> actor = actingAs(parser, **store);
    if (!actor)
        return fail(actor.error().message, 2);
    Result<EnrolmentCode> invited = Accounts(**store).invite(*actor, *user);
    if (!invited)
        return fail(invited.error().message);
    printEnrolmentCode(*invited, QStringLiteral("invited"));
    return 0;
}

// user reset password|2fa and user unlock: the account named by --username.
int userChange(const QCommandLineParser &parser, const QString &command)
{
    if (!parser.isSet(QStringLiteral("username")))
        return fail(QStringLiteral("%1 needs --username").arg(command), 2);
    Result<std::unique_ptr<Store>> store = openStore(parser);
    if (!store)
        return fail(store.error().message);
    Result<Caller> actor = actingAs(parser, **store);
    if (!actor)
        return fail(actor.error().message, 2);
    Accounts accounts(**store);
    Result<User> target = accounts.userByUsername(parser.value(QStringLiteral("username")));
    if (!target)
        return fail(target.error().message);
    if (command == QLatin1String("user unlock")) {
        Result<User> unlocked = accounts.unlock(*actor, target->id);
        if (!unlocked)
            return fail(unlocked.error().message);
        print(QStringLiteral("unlocked %1").arg(unlocked->username));
        return 0;
    }
    Result<EnrolmentCode> code = command == QLatin1String("user reset password")
        ? accounts.resetPassword(*actor, target->id)
        : accounts.resetTotp(*actor, target->id);
    if (!code)
        return fail(code.error().message);
    printEnrolmentCode(*code,
                       command == QLatin1String("user reset password")
                           ? QStringLiteral("reset the password of")
                           : QStringLiteral("reset the two-factor authentication of"));
    return 0;
}

// user designate: the account's whole set of designations, as PATCH /users/{id} sets them.
int userDesignate(const QCommandLineParser &parser)
{
    for (const char *required : {"username", "designation"}) {
        if (!parser.isSet(QString::fromLatin1(required)))
            return fail(QStringLiteral("user designate needs --%1").arg(QLatin1String(required)),
                        2);
    }
    UserUpdate update;
    update.designations = QStringList();
    for (const QString &value : parser.values(QStringLiteral("designation")))
        *update.designations << value.split(QLatin1Char(','), Qt::SkipEmptyParts);
    Result<std::unique_ptr<Store>> store = openStore(parser);
    if (!store)
        return fail(store.error().message);
    Result<Caller> actor = actingAs(parser, **store);
    if (!actor)
        return fail(actor.error().message, 2);
    Accounts accounts(**store);
    Result<User> target = accounts.userByUsername(parser.value(QStringLiteral("username")));
    if (!target)
        return fail(target.error().message);
    Result<User> designated = accounts.updateUser(*actor, target->id, update);
    if (!designated)
        return fail(designated.error().message);
    print(QStringLiteral("%1 designated: %2")
              .arg(designated->username,
                   designated->designations.isEmpty()
                       ? QStringLiteral("none")
                       : designated->designations.join(QStringLiteral(", "))));
    return 0;
}

// client add NAME | client list: the clients registry ("Narrower grants" in docs/api.md),
// audited client.add like POST /clients, the actor the admin named by --by or the operator.
int clientCommand(const QCommandLineParser &parser, const QString &verb, const QStringList &names)
{
    const bool adding = verb == QLatin1String("add");
    if (!adding && verb != QLatin1String("list"))
        return fail(QStringLiteral("unknown command \"client %1\": client add NAME or client list")
                        .arg(verb),
                    2);
    if (adding && names.size() != 1)
        return fail(QStringLiteral("client add needs exactly one NAME (quote a name with spaces)"),
                    2);
    if (!adding && !names.isEmpty())
        return fail(QStringLiteral("client list takes no arguments"), 2);
    Result<std::unique_ptr<Store>> store = openStore(parser);
    if (!store)
        return fail(store.error().message);
    AccessControl access(**store);
    if (!adding) {
        Result<QList<Client>> clients = access.clients();
        if (!clients)
            return fail(clients.error().message);
        for (const Client &c : std::as_const(*clients))
            print(QStringLiteral("%1\t%2\t%3")
                      .arg(c.name, c.addedBy.isEmpty() ? QStringLiteral("(ingest)") : c.addedBy,
                           audit::isoTime(c.addedAt)));
        return 0;
    }
    Result<Caller> actor = actingAs(parser, **store);
    if (!actor)
        return fail(actor.error().message, 2);
    Result<Client> added = access.addClient(*actor, names.first());
    if (!added)
        return fail(added.error().message);
    print(QStringLiteral("client %1 registered").arg(added->name));
    return 0;
}

void printAcknowledged(const AuditVerification &v)
{
    for (const BreakAcknowledgement &a : v.acknowledgedBreaks)
        print(QStringLiteral("  BREAK ACKNOWLEDGED at event %1 on %2 by %3 (OS user %4): %5 "
                             "[found: %6]")
                  .arg(a.seq)
                  .arg(audit::isoTime(a.atMs), a.actor,
                       a.osUser.isEmpty() ? QStringLiteral("unknown") : a.osUser, a.reason,
                       a.problem));
}

// 0 intact (acknowledged breaks listed), 3 broken.
int reportVerification(const AuditVerification &v)
{
    if (!v.intact) {
        print(
            QStringLiteral("audit chain BROKEN at event %1: %2").arg(v.firstBadSeq).arg(v.problem));
        printAcknowledged(v);
        return 3;
    }
    print(QStringLiteral("audit chain %1: %2 events, %3 signed checkpoint(s) verified, %4 "
                         "event(s) matched anchors outside the database%5")
              .arg(v.acknowledgedBreaks.isEmpty()
                       ? QStringLiteral("intact")
                       : QStringLiteral("intact but for %1 acknowledged break(s)")
                             .arg(v.acknowledgedBreaks.size()))
              .arg(v.eventCount)
              .arg(v.checkpointsVerified)
              .arg(v.anchorsMatched)
              .arg(v.baseSeq > 0 ? QStringLiteral(" (starts after event %1, purged by retention)")
                                       .arg(v.baseSeq)
                                 : QString()));
    printAcknowledged(v);
    return 0;
}

// Like the server: appends what the database holds that this directory's anchor file lacks,
// verifies everything, and raises the audit_tamper alarm for a break nobody acknowledged.
int auditVerify(const QCommandLineParser &parser)
{
    Result<std::unique_ptr<Store>> store = openStore(parser);
    if (!store)
        return fail(store.error().message);
    Result<AuditVerification> result = AuditWatch(**store).check(VerifyScope::Full);
    if (!result)
        return fail(result.error().message);
    return reportVerification(*result);
}

int auditCheckpoint(const QCommandLineParser &parser)
{
    Result<std::unique_ptr<Store>> store = openStore(parser);
    if (!store)
        return fail(store.error().message);
    Result<std::optional<AuditCheckpoint>> made
        = audit::checkpoint(**store, Caller::localOperator());
    if (!made)
        return fail(made.error().message, made.error().code == ErrorCode::Conflict ? 3 : 1);
    if (!*made) {
        print(QStringLiteral("nothing new to sign: the last checkpoint pins the head"));
        return 0;
    }
    print(QStringLiteral("signed checkpoint of event %1 (hash %2) with key %3, anchored in %4")
              .arg((*made)->seq)
              .arg((*made)->hash, (*made)->keyId, (*store)->dataDir().auditAnchorsFile()));
    return 0;
}

QString osUser()
{
    if (const passwd *account = ::getpwuid(::geteuid()))
        return QString::fromLocal8Bit(account->pw_name);
    return QStringLiteral("uid %1").arg(::geteuid());
}

int auditAcknowledgeBreak(const QCommandLineParser &parser)
{
    bool ok = false;
    const qint64 seq = parser.value(QStringLiteral("at")).toLongLong(&ok);
    if (!ok || seq < 1 || !parser.isSet(QStringLiteral("reason")))
        return fail(QStringLiteral("usage: compliancectl audit acknowledge-break --data DIR --at "
                                   "SEQ --reason TEXT (SEQ: the first bad event `audit verify` "
                                   "names)"),
                    2);
    Result<std::unique_ptr<Store>> store = openStore(parser);
    if (!store)
        return fail(store.error().message);
    Result<BreakAcknowledgement> ack = audit::acknowledgeBreak(
        **store, Caller::localOperator(), osUser(), seq, parser.value(QStringLiteral("reason")));
    if (!ack)
        return fail(ack.error().message, ack.error().code == ErrorCode::InvalidInput ? 2 : 1);
    print(QStringLiteral("acknowledged the break at event %1 (signed with key %2, anchored in "
                         "%3); %4")
              .arg(ack->seq)
              .arg(ack->keyId, (*store)->dataDir().auditAnchorsFile(),
                   ack->resumeSeq > 0
                       ? QStringLiteral("events %1 to %2 are accepted as they stand")
                             .arg(ack->resumeSeq)
                             .arg(ack->headSeq)
                       : QStringLiteral("new events continue after event %1").arg(ack->prevSeq)));
    Result<AuditVerification> after = AuditWatch(**store).check(VerifyScope::Full);
    if (!after)
        return fail(after.error().message);
    return reportVerification(*after);
}

int auditExport(const QCommandLineParser &parser)
{
    const std::optional<qint64> from = audit::parseIsoTime(parser.value(QStringLiteral("from")));
    const std::optional<qint64> to = audit::parseIsoTime(parser.value(QStringLiteral("to")));
    if (!from || !to)
        return fail(QStringLiteral("audit export needs --from and --to as ISO 8601 UTC times, "
                                   "e.g. 2026-01-01T00:00:00Z"),
                    2);
    Result<std::unique_ptr<Store>> store = openStore(parser);
    if (!store)
        return fail(store.error().message);
    Result<QByteArray> file = audit::exportRange(**store, Caller::localOperator(), *from, *to);
    if (!file)
        return fail(file.error().message);
    const audit::ExportCheck check = audit::verifyExport(*file);
    if (!parser.isSet(QStringLiteral("out"))) {
        std::fwrite(file->constData(), 1, size_t(file->size()), stdout);
    } else {
        const QString path = parser.value(QStringLiteral("out"));
        QFile out(path);
        if (!out.open(QIODevice::WriteOnly | QIODevice::Truncate)
            || out.write(*file) != file->size())
            return fail(QStringLiteral("cannot write %1: %2").arg(path, out.errorString()));
    }
    std::fprintf(stderr, "exported %lld audit events, signed with key %s\n", qlonglong(check.count),
                 qPrintable(check.keyId));
    return 0;
}

// Needs only the file (and, to pin the signer, a public key or the store it came from).
int auditVerifyExport(const QCommandLineParser &parser, const QStringList &files)
{
    if (files.size() != 1)
        return fail(QStringLiteral("usage: compliancectl audit verify-export FILE "
                                   "[--public-key BASE64] [--data DIR]"),
                    2);
    QFile file(files.first());
    if (!file.open(QIODevice::ReadOnly))
        return fail(QStringLiteral("cannot read %1: %2").arg(files.first(), file.errorString()));
    QByteArray expected;
    if (parser.isSet(QStringLiteral("public-key"))) {
        expected = QByteArray::fromBase64(parser.value(QStringLiteral("public-key")).toLatin1(),
                                          QByteArray::AbortOnBase64DecodingErrors);
        if (expected.size() != crypto::kEd25519PublicKeyBytes)
            return fail(QStringLiteral("--public-key must be the base64 of a 32-byte Ed25519 key "
                                       "(GET /api/v1/audit/signing-key)"),
                        2);
    }
    // With --data: any key of the store's signing key history, so an export made before a
    // rotation of the signing key still verifies.
    std::optional<audit::SigningKeys> history;
    if (parser.isSet(QStringLiteral("data"))) {
        Result<std::unique_ptr<Store>> store = openStore(parser);
        if (!store)
            return fail(store.error().message);
        Result<audit::SigningKeys> own = audit::signingKeys(**store);
        if (!own)
            return fail(own.error().message);
        history = *own;
        if (!expected.isEmpty() && !history->contains(crypto::keyFingerprint(expected)))
            return fail(QStringLiteral("--public-key is not one of this store's signing keys (%1)")
                            .arg(QStringList(history->keys()).join(QStringLiteral(", "))),
                        2);
    }
    if (Result<void> ready = crypto::init(); !ready)
        return fail(ready.error().message);
    const audit::ExportCheck check = audit::verifyExport(file.readAll(), expected);
    if (!check.valid) {
        print(QStringLiteral("export INVALID: %1").arg(check.problem));
        return 3;
    }
    if (history && history->value(check.keyId) != check.publicKey) {
        print(QStringLiteral("export INVALID: it is signed by key %1, which is not one of this "
                             "store's signing keys (%2)")
                  .arg(check.keyId, QStringList(history->keys()).join(QStringLiteral(", "))));
        return 3;
    }
    const bool pinned = !expected.isEmpty() || history;
    print(QStringLiteral("export valid: %1 events%2 from %3 to %4, signed by key %5%6")
              .arg(check.count)
              .arg(check.count > 0
                       ? QStringLiteral(" (seq %1 to %2)").arg(check.firstSeq).arg(check.lastSeq)
                       : QString())
              .arg(audit::isoTime(check.fromMs), audit::isoTime(check.toMs), check.keyId)
              .arg(pinned ? QStringLiteral(", the expected key")
                          : QStringLiteral(" (key not pinned: pass --public-key or --data to "
                                           "check who signed)")));
    return 0;
}

QJsonObject demoLoginJson(const DemoLogin &login)
{
    return {{QStringLiteral("username"), login.username},
            {QStringLiteral("password"), login.password},
            {QStringLiteral("totp_secret"), crypto::totp::toBase32(login.totpSecret)}};
}

// The demo sign-ins, for `compliance-console --demo [--demo-user NAME]`: the officer's at the
// top, the others under "others" by name. Owner-only, like the key.
Result<void> writeDemoLogin(const DataDir &dir, const DemoLogins &logins)
{
    QJsonObject top = demoLoginJson(logins.officer);
    QJsonObject others;
    for (const auto &[name, login] : logins.others)
        others.insert(name, demoLoginJson(login));
    top.insert(QStringLiteral("others"), others);
    QByteArray json = QJsonDocument(top).toJson();
    const crypto::WipeOnExit jsonWiped(json);
    const QByteArray path = QFile::encodeName(dir.demoLoginFile());
    const int fd = ::open(path.constData(), O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0600);
    if (fd < 0 || ::write(fd, json.constData(), size_t(json.size())) != json.size()) {
        if (fd >= 0)
            ::close(fd);
        return makeError(ErrorCode::Internal,
                         QStringLiteral("cannot write %1").arg(dir.demoLoginFile()));
    }
    ::close(fd);
    return {};
}

int demoSeed(const QCommandLineParser &parser)
{
    Result<std::unique_ptr<Store>> store = openStore(parser);
    if (!store)
        return fail(store.error().message);
    Result<DemoLogins> logins = demo::seed(**store);
    if (!logins)
        return fail(logins.error().message);
    if (Result<void> written = writeDemoLogin((*store)->dataDir(), *logins); !written)
        return fail(written.error().message);
    print(QStringLiteral("demo data seeded; the demo compliance officer is %1 (sign-ins in %2)")
              .arg(logins->officer.username, (*store)->dataDir().demoLoginFile()));
    return 0;
}

// Asset inventory CSV: import is all or nothing and names every bad line; export writes the
// file (or standard output) with the import columns plus next_review_due, state and status.
int assetsCommand(const QCommandLineParser &parser, const QString &verb, const QStringList &files)
{
    if ((verb != QLatin1String("import") && verb != QLatin1String("export")) || files.size() > 1
        || (verb == QLatin1String("import") && files.size() != 1))
        return fail(QStringLiteral("usage: compliancectl assets import --data DIR FILE.csv | "
                                   "assets export --data DIR [FILE.csv]"),
                    2);
    Result<std::unique_ptr<Store>> store = openStore(parser);
    if (!store)
        return fail(store.error().message);
    Assets assets(**store);
    if (verb == QLatin1String("import")) {
        QFile file(files.first());
        if (!file.open(QIODevice::ReadOnly))
            return fail(
                QStringLiteral("cannot read %1: %2").arg(files.first(), file.errorString()));
        Result<ImportResult> imported = assets.importCsv(Caller::localOperator(), file.readAll());
        if (!imported)
            return fail(imported.error().message);
        if (!imported->errors.isEmpty()) {
            for (const csv::RowError &e : std::as_const(imported->errors))
                std::fprintf(stderr, "%s:%d: %s\n", qPrintable(files.first()), e.line,
                             qPrintable(e.message));
            return fail(QStringLiteral("nothing was imported: %1 line(s) are not valid")
                            .arg(imported->errors.size()),
                        4);
        }
        print(QStringLiteral("imported %1 assets").arg(imported->imported));
        return 0;
    }
    Result<QList<Asset>> all = assets.all(Caller::localOperator());
    if (!all)
        return fail(all.error().message);
    const QByteArray csv = csv::writeAssets(*all, assets.today(), (*store)->policy());
    if (files.isEmpty()) {
        std::fwrite(csv.constData(), 1, size_t(csv.size()), stdout);
        return 0;
    }
    QFile out(files.first());
    if (!out.open(QIODevice::WriteOnly | QIODevice::Truncate) || out.write(csv) != csv.size())
        return fail(QStringLiteral("cannot write %1: %2").arg(files.first(), out.errorString()));
    std::fprintf(stderr, "exported %lld assets to %s\n", qlonglong(all->size()),
                 qPrintable(files.first()));
    return 0;
}

// --pkcs11-module, --pkcs11-token and --pkcs11-pin-file: all three or none. Paths are kept
// absolute, so the server finds them from any working directory.
Result<std::optional<crypto::TokenConfig>> tokenFrom(const QCommandLineParser &parser)
{
    const QStringList options = {QStringLiteral("pkcs11-module"), QStringLiteral("pkcs11-token"),
                                 QStringLiteral("pkcs11-pin-file")};
    QStringList missing;
    for (const QString &option : options)
        if (parser.value(option).isEmpty())
            missing << QStringLiteral("--") + option;
    if (missing.size() == options.size())
        return std::optional<crypto::TokenConfig>();
    if (!missing.isEmpty())
        return makeError(ErrorCode::InvalidInput,
                         QStringLiteral("a master key in a PKCS#11 token needs --pkcs11-module, "
                                        "--pkcs11-token and --pkcs11-pin-file together (missing "
                                        "%1)")
                             .arg(missing.join(QStringLiteral(", "))));
    crypto::TokenConfig token;
    token.module = QFileInfo(parser.value(options.at(0))).absoluteFilePath();
    token.token = parser.value(options.at(1));
    token.pinFile = QFileInfo(parser.value(options.at(2))).absoluteFilePath();
    return std::optional<crypto::TokenConfig>(token);
}

int initStore(const QCommandLineParser &parser)
{
    Result<std::optional<crypto::TokenConfig>> token = tokenFrom(parser);
    if (!token)
        return fail(token.error().message, 2);
    if (Result<void> created = Store::create(parser.value(QStringLiteral("data")),
                                             parser.value(QStringLiteral("database")), *token);
        !created)
        return fail(created.error().message);
    print(QStringLiteral("store created in %1%2")
              .arg(DataDir(parser.value(QStringLiteral("data"))).path(),
                   *token ? QStringLiteral(", its master key in PKCS#11 token \"%1\"")
                                .arg((*token)->token)
                          : QString()));
    return 0;
}

void addOptions(QCommandLineParser &parser)
{
    parser.addPositionalArgument(
        QStringLiteral("command"),
        QStringLiteral(
            "init | user add|invite|reset|unlock|designate | client add|list | audit verify | "
            "demo seed | assets import|export"));
    parser.addOptions({
        {QStringLiteral("data"),
         QStringLiteral(
             "Store directory (key, TLS material; the SQLite database unless --database)."),
         QStringLiteral("DIR")},
        {QStringLiteral("database"),
         QStringLiteral(
             "Keep the data in PostgreSQL: postgresql://user@host:port/db[?sslmode=require]."),
         QStringLiteral("URL")},
        {QStringLiteral("username"), QStringLiteral("Unique username."), QStringLiteral("U")},
        {QStringLiteral("email"), QStringLiteral("Unique e-mail address."), QStringLiteral("E")},
        {QStringLiteral("role"), QStringLiteral("Role(s), comma-separated."),
         QStringLiteral("ROLE")},
        {QStringLiteral("title"), QStringLiteral("Job title, e.g. CTO."), QStringLiteral("T")},
        {QStringLiteral("designation"),
         QStringLiteral("Designation(s), comma-separated: incident_contact, "
                        "incident_contact_deputy, cto, ceo."),
         QStringLiteral("D")},
        {QStringLiteral("display-name"), QStringLiteral("Full name."), QStringLiteral("NAME")},
        {QStringLiteral("password-stdin"),
         QStringLiteral("Read the password from the first line of standard input.")},
        {QStringLiteral("by"),
         QStringLiteral("The active administrator on whose behalf a user command acts; the "
                        "owner attesting a control; the officer setting a legal hold."),
         QStringLiteral("ADMIN")},
        {QStringLiteral("passphrase-stdin"),
         QStringLiteral("Read an archive's passphrase from the first line of standard input.")},
        {QStringLiteral("from"),
         QStringLiteral("Start of an audit export (ISO 8601 UTC); an evidence pack's first day; "
                        "the backup to restore."),
         QStringLiteral("ISO|FILE")},
        {QStringLiteral("to"),
         QStringLiteral("End of an audit export, exclusive; an evidence pack's last day."),
         QStringLiteral("ISO")},
        {QStringLiteral("out"),
         QStringLiteral("Write the export, evidence pack or board report to FILE."),
         QStringLiteral("FILE")},
        {QStringLiteral("public-key"),
         QStringLiteral("The Ed25519 key an export must be signed with (base64)."),
         QStringLiteral("BASE64")},
        {QStringLiteral("at"), QStringLiteral("The first event of the break to acknowledge."),
         QStringLiteral("SEQ")},
        {QStringLiteral("reason"),
         QStringLiteral("Why the break happened and what was done about it; why a legal hold "
                        "is set."),
         QStringLiteral("TEXT")},
        {QStringLiteral("pkcs11-module"),
         QStringLiteral("init: the PKCS#11 module of the token that holds the master key."),
         QStringLiteral("PATH")},
        {QStringLiteral("pkcs11-token"), QStringLiteral("init: that token's label."),
         QStringLiteral("LABEL")},
        {QStringLiteral("pkcs11-pin-file"),
         QStringLiteral("init: a file (mode 0600) whose first line is the token's user PIN."),
         QStringLiteral("FILE")},
    });
    ctl::addControlOptions(parser);
    ctl::addVulnerabilityOptions(parser);
    ctl::addThirdPartyOptions(parser);
    ctl::addEvidenceOptions(parser);
    ctl::addBackupOptions(parser);
    ctl::addRetentionOptions(parser);
    parser.addHelpOption();
}

// The commands named by their words alone, each given the parsed options.
using Command = int (*)(const QCommandLineParser &parser);
const std::pair<const char *, Command> kCommands[] = {
    {"init", initStore},
    {"user add", userAdd},
    {"user invite", userInvite},
    {"user reset password",
     [](const QCommandLineParser &p) {
         return userChange(p, QStringLiteral("user reset password"));
     }},
    {"user reset 2fa",
     [](const QCommandLineParser &p) {
         return userChange(p, QStringLiteral("user reset 2fa"));
     }},
    {"user unlock",
     [](const QCommandLineParser &p) {
         return userChange(p, QStringLiteral("user unlock"));
     }},
    {"user designate", userDesignate},
    {"audit verify", auditVerify},
    {"audit checkpoint", auditCheckpoint},
    {"audit acknowledge-break", auditAcknowledgeBreak},
    {"audit export", auditExport},
    {"demo seed", demoSeed},
};

// Runs the command the positional arguments name.
int run(const QCommandLineParser &parser)
{
    const QStringList words = parser.positionalArguments();
    const QString command = words.join(QLatin1Char(' '));
    if (const int code = ctl::orderCommand(parser.value(QStringLiteral("data")),
                                           parser.value(QStringLiteral("database")), words,
                                           parser.isSet(QStringLiteral("passphrase-stdin")));
        code >= 0)
        return code;
    if (const int code = ctl::retentionCommand(parser); code >= 0)
        return code;
    if (const int code = ctl::controlCommand(parser); code >= 0)
        return code;
    if (const int code = ctl::vulnerabilityCommand(parser); code >= 0)
        return code;
    if (const int code = ctl::thirdPartyCommand(parser); code >= 0)
        return code;
    if (const int code = ctl::evidenceCommand(parser); code >= 0)
        return code;
    if (const int code = ctl::reportCommand(parser); code >= 0)
        return code;
    if (const int code = ctl::keyCommand(parser); code >= 0)
        return code;
    if (const int code = ctl::backupCommand(parser); code >= 0)
        return code;
    if (words.size() >= 2 && words.at(0) == QLatin1String("audit")
        && words.at(1) == QLatin1String("verify-export"))
        return auditVerifyExport(parser, words.mid(2));
    if (command.isEmpty() || !parser.isSet(QStringLiteral("data")))
        return fail(QStringLiteral("a command and --data DIR are required\n")
                        + QString::fromLatin1(kUsage),
                    2);
    for (const auto &[name, runCommand] : kCommands) {
        if (command == QLatin1String(name))
            return runCommand(parser);
    }
    if (words.size() >= 2 && words.first() == QLatin1String("assets"))
        return assetsCommand(parser, words.at(1), words.mid(2));
    if (words.size() >= 2 && words.first() == QLatin1String("client"))
        return clientCommand(parser, words.at(1), words.mid(2));
    return fail(
        QStringLiteral("unknown command \"%1\"\n").arg(command) + QString::fromLatin1(kUsage), 2);
}

// A QGuiApplication, headless, for the one command that draws (the evidence pack's PDF needs
// the font database); the plain core application for every other.
std::unique_ptr<QCoreApplication> makeApplication(int &argc, char *argv[])
{
    QStringList arguments;
    for (int i = 0; i < argc; ++i)
        arguments << QString::fromLocal8Bit(argv[i]);
    QCommandLineParser parser;
    addOptions(parser);
    if (parser.parse(arguments) && ctl::drawsReport(parser.positionalArguments())) {
        if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
            qputenv("QT_QPA_PLATFORM", "offscreen");
        return std::make_unique<QGuiApplication>(argc, argv);
    }
    return std::make_unique<QCoreApplication>(argc, argv);
}

} // namespace

int main(int argc, char *argv[])
{
    // It reads the master key like the server does: keep it out of core files too.
    if (!crypto::keepSecretsOutOfCoreDumps())
        return fail(QStringLiteral("cannot disable core dumps for this process"));
    // What init and every other command create (keys, the databases and SQLite's -wal and
    // -shm, exports) is the owner's alone; DataDir::checkPrivate() refuses anything looser.
    ::umask(077);
    const std::unique_ptr<QCoreApplication> app = makeApplication(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("compliancectl"));
    QCommandLineParser parser;
    addOptions(parser);
    if (!parser.parse(QCoreApplication::arguments()))
        return fail(parser.errorText() + QLatin1Char('\n') + QString::fromLatin1(kUsage), 2);
    if (parser.isSet(QStringLiteral("help"))) {
        std::printf("%s", kUsage);
        return 0;
    }
    return run(parser);
}
