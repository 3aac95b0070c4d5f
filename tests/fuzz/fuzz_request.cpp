// Fuzz target: the whole request path of every endpoint, in-process. Each input is one request,
//
//     [flag]METHOD /api/v1/path?query
//     <body>
//
// handed to StoreServer::dispatch() as handleRequest() would hand it over (path and query
// split by QUrl, the body cut at the server's limit): routing, authentication, the permission
// check, the JSON body and each handler's own validation, the services and SQL behind them.
// The request carries the token of a user who holds every role, so every handler is reached;
// flag '!' sends it without a token and '%' with the token of a compliance officer only.
//
// The store is set up once (users, a grant, an asset, an order, an incident, a deletion request,
// an access review, an alert: every {id} 1 in the seeds exists) and copied aside; every input
// starts from a fresh copy of it, under a clock that does not move, so a crasher replays
// exactly, alone or among others.

#include "StoreServer.h"
#include "crypto/Crypto.h"
#include "crypto/Totp.h"
#include "domain/Roles.h"
#include "service/Accounts.h"
#include "store/Store.h"

#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <memory>

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QFile>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <QUrl>

using namespace cc;

namespace {

class FixedClock final : public Clock
{
public:
    QDateTime now() const override { return QDateTime(QDate(2026, 12, 1), QTime(9, 0), Qt::UTC); }
};

struct Fixture
{
    FixedClock clock;
    std::unique_ptr<QTemporaryDir> root;
    QString pristine; // the store as set up, never opened again
    QString work; // a fresh copy of it for each input
    QByteArray operatorToken; // every role
    QByteArray officerToken; // compliance_officer only
    std::unique_ptr<Store> store;
    std::unique_ptr<server::StoreServer> server;
};

Fixture &fixture()
{
    // Never destroyed: teardown() ends it at exit, before Qt's own globals (which the store's
    // database connection needs) are gone.
    static Fixture *f = new Fixture;
    return *f;
}

void teardown()
{
    Fixture &f = fixture();
    f.server.reset();
    f.store.reset();
    f.root.reset();
}

[[noreturn]] void die(const QString &what)
{
    std::fprintf(stderr, "fuzz_request setup: %s\n", qPrintable(what));
    std::abort();
}

std::unique_ptr<Store> openStore(const QString &dir)
{
    Result<std::unique_ptr<Store>> store = Store::open(dir, fixture().clock);
    if (!store)
        die(store.error().message);
    return std::move(store.value());
}

server::ApiResponse call(const QByteArray &method, const QString &target, const QByteArray &token,
                         const QByteArray &body, const QString &remoteAddress)
{
    const QUrl url(QStringLiteral("https://127.0.0.1") + target);
    server::StoreServer::IncomingCall incoming;
    incoming.method = method;
    incoming.path = url.path();
    incoming.query = QUrlQuery(url);
    if (!token.isEmpty())
        incoming.authorization = "Bearer " + token;
    incoming.contentType = "application/json"; // as every client sends it, so bodies are read
    incoming.body = body.left(server::StoreServer::kMaxBodyBytes);
    incoming.remoteAddress = remoteAddress;
    return fixture().server->dispatch(incoming);
}

void setUp(const QByteArray &method, const QString &target, const QByteArray &token,
           const QJsonObject &body, int expected)
{
    const server::ApiResponse r
        = call(method, target, token, QJsonDocument(body).toJson(), QStringLiteral("127.0.0.1"));
    if (r.status != expected)
        die(QStringLiteral("%1 %2 answered %3: %4")
                .arg(QString::fromLatin1(method), target)
                .arg(r.status)
                .arg(QString::fromUtf8(r.body)));
}

QByteArray signIn(Store &store, const CreatedUser &user, const QByteArray &password)
{
    const qint64 now = store.clock().nowMs() / 1000;
    Result<Session> session = Accounts(store)
                                  .signIn({user.user.username,
                                           password,
                                           crypto::totp::code(user.totpSecret, now).value(),
                                           {},
                                           QStringLiteral("127.0.0.1")})
                                  .run();
    if (!session)
        die(session.error().message);
    return session->token.toLatin1();
}

CreatedUser addUser(Store &store, const QString &name, const QStringList &roles,
                    const QByteArray &password)
{
    NewUser user;
    user.username = name;
    user.email = name + QStringLiteral("@fuzz.example");
    user.displayName = name;
    user.roles = roles;
    user.password = password;
    Result<CreatedUser> created = Accounts(store).addUser(Caller::localOperator(), user);
    if (!created)
        die(created.error().message);
    return created.value();
}

void buildPristineStore()
{
    Fixture &f = fixture();
    f.root = std::make_unique<QTemporaryDir>();
    if (!f.root->isValid())
        die(QStringLiteral("no temporary directory"));
    f.pristine = f.root->filePath(QStringLiteral("pristine"));
    f.work = f.root->filePath(QStringLiteral("work"));
    if (Result<void> created = Store::create(f.pristine); !created)
        die(created.error().message);
    f.store = openStore(f.pristine);
    f.server = std::make_unique<server::StoreServer>(*f.store);
    Store &store = *f.store;

    const QByteArray password = "fuzz-Secret-Passw0rd";
    // The operator holds every role, so that every handler is reached: admin with
    // compliance_officer is refused to new accounts, so it is given in the database, as an
    // account from before that rule would still have it.
    QStringList allButOfficer = knownRoles();
    allButOfficer.removeAll(QStringLiteral("compliance_officer"));
    const CreatedUser op = addUser(store, QStringLiteral("fuzz.operator"), allButOfficer, password);
    if (Result<Query> every = store.exec(QStringLiteral("UPDATE users SET roles = ? WHERE id = ?"),
                                         {knownRoles().join(QLatin1Char(',')), op.user.id});
        !every)
        die(every.error().message);
    const CreatedUser officer = addUser(store, QStringLiteral("fuzz.officer"),
                                        {QStringLiteral("compliance_officer")}, password);
    const CreatedUser employee
        = addUser(store, QStringLiteral("fuzz.employee"), {QStringLiteral("employee")}, password);
    f.operatorToken = signIn(store, op, password);
    f.officerToken = signIn(store, officer, password);
    (void)signIn(store, employee, password);
    const QByteArray &token = f.operatorToken;

    // The client the requests name is registered; access request 1 approved (grant 1, so the
    // operator may read PII), 2 left pending.
    setUp("POST", QStringLiteral("/api/v1/clients"), token,
          {{QStringLiteral("name"), QStringLiteral("ACME-EU")}}, 201);
    for (const char *category : {"orders.pii", "aggregates"})
        setUp("POST", QStringLiteral("/api/v1/access-requests"), token,
              {{QStringLiteral("category"), QLatin1String(category)},
               {QStringLiteral("client"), QStringLiteral("ACME-EU")},
               {QStringLiteral("reason"), QStringLiteral("Refund dispute on order 114-2231")},
               {QStringLiteral("duration_hours"), 24}},
              201);
    setUp("POST", QStringLiteral("/api/v1/access-requests/1/approve"), f.officerToken,
          {{QStringLiteral("comment"), QStringLiteral("needed for the dispute")}}, 200);
    setUp("POST", QStringLiteral("/api/v1/assets"), token,
          {{QStringLiteral("name"), QStringLiteral("Order database")},
           {QStringLiteral("kind"), QStringLiteral("database")},
           {QStringLiteral("owner"), QStringLiteral("fuzz.operator")},
           {QStringLiteral("holds_amazon_data"), true},
           {QStringLiteral("holds_pii"), true}},
          201);
    QFile orders(QStringLiteral(COMPLIANCE_FUZZ_ORDER_BATCH));
    if (!orders.open(QIODevice::ReadOnly))
        die(QStringLiteral("cannot read %1").arg(orders.fileName()));
    setUp("POST", QStringLiteral("/api/v1/orders"), token,
          QJsonDocument::fromJson(orders.readAll()).object(), 201);
    setUp("POST", QStringLiteral("/api/v1/incidents"), token,
          {{QStringLiteral("title"), QStringLiteral("Laptop lost")},
           {QStringLiteral("severity"), 2},
           {QStringLiteral("category"), QStringLiteral("data_breach")},
           {QStringLiteral("involves_amazon_data"), true}},
          201);
    setUp("POST", QStringLiteral("/api/v1/deletion-requests"), token,
          {{QStringLiteral("reference"), QStringLiteral("AMZ-REQ-1")},
           {QStringLiteral("received_at"), QStringLiteral("2026-11-30T08:00:00Z")},
           {QStringLiteral("action"), QStringLiteral("return")},
           {QStringLiteral("scope"),
            QJsonObject {{QStringLiteral("type"), QStringLiteral("client")},
                         {QStringLiteral("client"), QStringLiteral("ACME-EU")}}}},
          201);
    setUp("POST", QStringLiteral("/api/v1/access-reviews"), token,
          {{QStringLiteral("title"), QStringLiteral("Q4 access review")}}, 201);
    // Failed sign-ins of the employee raise alert 1.
    for (int i = 0; i < 5; ++i)
        (void)Accounts(store)
            .signIn({employee.user.username,
                     "wrong-password",
                     QStringLiteral("0"),
                     {},
                     QStringLiteral("127.0.0.1")})
            .run();

    f.server.reset();
    f.store.reset();
}

// A fresh copy of the store as set up, opened with a server in front of it.
void restore()
{
    Fixture &f = fixture();
    f.server.reset();
    f.store.reset();
    // libFuzzer's timeout alarm (SIGALRM every few seconds) can land in the copy's system
    // calls, and std::filesystem reports that as EINTR instead of trying again: such a copy is
    // made again from the start. It once failed CI as a "deadly signal" of this harness.
    std::error_code error;
    for (int attempt = 0; attempt < 100; ++attempt) {
        error.clear();
        std::filesystem::remove_all(f.work.toStdString(), error);
        if (!error)
            std::filesystem::copy(f.pristine.toStdString(), f.work.toStdString(),
                                  std::filesystem::copy_options::recursive, error);
        if (error != std::errc::interrupted)
            break;
    }
    if (error)
        die(QString::fromStdString(error.message()));
    f.store = openStore(f.work);
    f.server = std::make_unique<server::StoreServer>(*f.store);
}

} // namespace

extern "C" int LLVMFuzzerInitialize(int *argc, char ***argv)
{
    static int qtArgc = 1;
    static char name[] = "fuzz_request";
    static char *qtArgv[] = {name, nullptr};
    (void)argc;
    (void)argv;
    new QCoreApplication(qtArgc, qtArgv); // lives as long as the process
    if (Result<void> selfTest = crypto::init(); !selfTest)
        die(selfTest.error().message);
    buildPristineStore();
    std::atexit(teardown); // after the store's first use: runs before Qt SQL's globals go
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray input(reinterpret_cast<const char *>(data), qsizetype(size));
    const qsizetype newline = input.indexOf('\n');
    QByteArray line = newline < 0 ? input : input.left(newline);
    const QByteArray body = newline < 0 ? QByteArray() : input.mid(newline + 1);

    Fixture &f = fixture();
    QByteArray token = f.operatorToken;
    if (line.startsWith('!')) {
        token.clear();
        line.remove(0, 1);
    } else if (line.startsWith('%')) {
        token = f.officerToken;
        line.remove(0, 1);
    }
    const qsizetype space = line.indexOf(' ');
    if (space <= 0)
        return 0;
    const QByteArray method = line.left(space);
    const QString target = QString::fromUtf8(line.mid(space + 1));
    if (!target.startsWith(QLatin1Char('/')))
        return 0;

    restore();
    // An address of its own for each input: the per-address sign-in limit stays out of the
    // way, and the same input always comes from the same address.
    const QByteArray digest = QCryptographicHash::hash(input, QCryptographicHash::Sha256);
    const QString address = QStringLiteral("10.%1.%2.%3")
                                .arg(quint8(digest[0]))
                                .arg(quint8(digest[1]))
                                .arg(quint8(digest[2]));
    server::ApiResponse response = call(method, target, token, body, address);
    // FUZZ_REQUEST_VERBOSE=1 prints each answer: for checking that a seed reaches its handler.
    static const bool verbose = qEnvironmentVariableIntValue("FUZZ_REQUEST_VERBOSE") != 0;
    if (verbose)
        std::fprintf(stderr, "%s -> %d %s\n", line.constData(), response.status,
                     response.body.left(300).constData());
    if (response.stream) {
        // The streamed answers (verification progress) are read to their end, as a client would.
        for (int piece = 0; piece < 10000; ++piece) {
            if (!response.stream())
                break;
        }
    }
    // A request the server cannot make sense of is the client's error (4xx); a 500 means input
    // reached a place that did not expect it, which is a finding like a crash.
    if (response.status < 200 || response.status > 599 || response.status == 500) {
        std::fprintf(stderr, "fuzz_request: %s answered %d: %s\n", line.constData(),
                     response.status, response.body.constData());
        std::abort();
    }
    return 0;
}
