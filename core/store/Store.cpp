#include "Store.h"

#include "audit/AuditAnchors.h"
#include "audit/SigningKey.h"
#include "crypto/Aes256Gcm.h"
#include "crypto/Certificate.h"
#include "store/RowType.h"
#include "store/Schema.h"

#include <cerrno>
#include <chrono>
#include <cstring>
#include <fcntl.h>
#include <libpq-fe.h>
#include <mutex>
#include <sqlite3.h>
#include <unistd.h>

#include <QAtomicInt>
#include <QFile>
#include <QFileInfo>
#include <QLoggingCategory>
#include <QScopedValueRollback>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>

namespace cc {

Q_LOGGING_CATEGORY(lcStore, "compliance.store")

namespace {

// The failures a person can do something about get a sentence saying what (and reach the
// client as 503 with that sentence); anything else is a bug or worse and stays in the log.
// Codes: SQLite's primary result codes (as SqliteStatement reports them), PostgreSQL's
// SQLSTATE.
Error sqlError(const QString &what, const QString &code, const QString &text)
{
    qCWarning(lcStore) << what << code << text;
    auto unavailable = [](const QString &problem) {
        return makeError(ErrorCode::Unavailable,
                         problem + QStringLiteral("; nothing of this request was saved"));
    };
    if (code == QLatin1String("13") || code == QLatin1String("53100"))
        return unavailable(
            QStringLiteral("the database's disk is full: free space on the server, then retry"));
    // SQLITE_BUSY (5) is another connection holding the lock; SQLITE_LOCKED (6) would be this
    // connection's own unfinished statement, a bug, so it stays internal.
    if (code == QLatin1String("5") || code == QLatin1String("55P03"))
        return unavailable(QStringLiteral("the database is locked by another program and stayed "
                                          "locked: retry when that program lets go of it"));
    if (code == QLatin1String("10"))
        return unavailable(
            QStringLiteral("the database file could not be read or written (I/O error)"));
    if (code == QLatin1String("8"))
        return unavailable(QStringLiteral("the database file is read-only for the server"));
    if (code.startsWith(QLatin1String("08")) || code == QLatin1String("57P01"))
        return unavailable(QStringLiteral("the connection to the database was lost"));
    return makeError(ErrorCode::Internal,
                     QStringLiteral("store error while %1: %2").arg(what, text));
}

Error sqlError(const QString &what, const QSqlError &error)
{
    return sqlError(what, error.nativeErrorCode(), error.text());
}

Error sqlError(const QString &what, const SqliteFailure &failure)
{
    return sqlError(what, QString::number(failure.code), failure.message);
}

Error sqlError(const QString &what, const PgFailure &failure)
{
    return sqlError(what, failure.sqlstate, failure.message);
}

// A write whose outcome nobody needs at once: PostgreSQL may leave it in flight.
bool isPlainWrite(const QString &sql)
{
    const QStringView statement = QStringView(sql).trimmed();
    const bool write = statement.startsWith(QLatin1String("INSERT"), Qt::CaseInsensitive)
        || statement.startsWith(QLatin1String("UPDATE"), Qt::CaseInsensitive)
        || statement.startsWith(QLatin1String("DELETE"), Qt::CaseInsensitive);
    return write && !statement.contains(QLatin1String("RETURNING"), Qt::CaseInsensitive);
}

// SQLite creates a database file that ATTACH names with mode 0644 (less the umask), and its
// -wal and -shm with the database file's mode: created here first, owner-only, all three stay
// private whatever the umask.
Result<void> createOwnerOnly(const QString &path)
{
    const int fd = ::open(QFile::encodeName(path).constData(),
                          O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC | O_NOFOLLOW, 0600);
    if (fd >= 0) {
        ::close(fd);
        return {};
    }
    if (errno == EEXIST)
        return {};
    return makeError(ErrorCode::Unavailable,
                     QStringLiteral("cannot create %1: %2")
                         .arg(path, QString::fromLocal8Bit(std::strerror(errno))));
}

// A store's master key: the token pkcs11.json names, or master.key. legacyKeyFile: the key
// file is in the format before key rotation (Store::open rewrites it).
Result<std::unique_ptr<crypto::MasterKey>> openMasterKey(const DataDir &dir, bool *legacyKeyFile)
{
    *legacyKeyFile = false;
    if (QFileInfo::exists(dir.pkcs11ConfigFile())) {
        if (QFileInfo::exists(dir.masterKeyFile()))
            return makeError(ErrorCode::InvalidInput,
                             QStringLiteral("%1 holds both master.key and pkcs11.json: a store's "
                                            "master key is in one place, so remove the one it "
                                            "was not created with")
                                 .arg(dir.path()));
        Result<crypto::TokenConfig> config = crypto::TokenConfig::loadFile(dir.pkcs11ConfigFile());
        if (!config)
            return config.error();
        Result<std::unique_ptr<crypto::TokenKey>> token = crypto::TokenKey::open(*config);
        if (!token)
            return token.error();
        return std::unique_ptr<crypto::MasterKey>(std::move(*token));
    }
    Result<crypto::KeyRing> ring = crypto::KeyRing::loadKeyFile(dir.masterKeyFile());
    if (!ring)
        return ring.error();
    *legacyKeyFile = ring->loadedLegacyFormat();
    return std::unique_ptr<crypto::MasterKey>(std::make_unique<crypto::KeyRing>(std::move(*ring)));
}

QString nextConnectionName()
{
    static QAtomicInt counter;
    return QStringLiteral("cc-store-%1").arg(counter.fetchAndAddRelaxed(1));
}

} // namespace

Store::Store(const DataDir &dataDir, const Clock &clock, const QString &databaseUrl)
    : m_dataDir(dataDir)
    , m_clock(clock)
    , m_databaseUrl(databaseUrl)
    , m_dialect(databaseUrl.isEmpty() ? Backend::Sqlite : Backend::Postgres)
    , m_connectionName(nextConnectionName())
{ }

Store::~Store()
{
    m_statements.clear(); // before the connection they belong to goes
    m_postgres.reset();
    {
        QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
        if (db.isOpen())
            db.close();
    }
    QSqlDatabase::removeDatabase(m_connectionName);
}

QSqlDatabase Store::database() const
{
    return QSqlDatabase::database(m_connectionName, false);
}

QString Store::describeDatabase() const
{
    if (m_dialect.backend() == Backend::Sqlite)
        return m_dataDir.databaseFile();
    Result<DatabaseUrl> url = DatabaseUrl::parse(m_databaseUrl);
    return url ? url->display() : m_databaseUrl;
}

Result<void> Store::create(const QString &dir, const QString &databaseUrl,
                           const std::optional<crypto::TokenConfig> &token)
{
    const DataDir dataDir(dir);
    static const SystemClock clock;
    Store store(dataDir, clock, databaseUrl);
    const bool sqlite = store.m_dialect.backend() == Backend::Sqlite;
    QStringList files
        = {dataDir.masterKeyFile(), dataDir.pkcs11ConfigFile(), dataDir.certificateFile(),
           dataDir.privateKeyFile(), dataDir.auditAnchorsFile()};
    if (sqlite)
        files << dataDir.databaseFile() << dataDir.orderKeysFile();
    for (const QString &file : files) {
        if (QFileInfo::exists(file))
            return makeError(ErrorCode::Conflict,
                             QStringLiteral("%1 already exists: refusing to overwrite an existing "
                                            "store")
                                 .arg(file));
    }
    // Check the database before writing any file, so a wrong URL leaves nothing behind.
    if (!sqlite) {
        if (Result<void> opened = store.openDatabase(); !opened)
            return opened;
        if (store.schemaVersion() >= 0)
            return makeError(ErrorCode::Conflict,
                             QStringLiteral("%1 already holds a store: refusing to overwrite it")
                                 .arg(store.describeDatabase()));
    }

    QDir().mkpath(dataDir.path());
    QFile::setPermissions(dataDir.path(),
                          QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
    // A store that fails half-way is removed again: init either creates all of it or nothing,
    // the key it generated in a token included.
    crypto::TokenKey *newTokenKey = nullptr;
    const auto removeCreated = [&files, &newTokenKey](const Error &error) -> Result<void> {
        for (const QString &file : files)
            QFile::remove(file);
        if (newTokenKey)
            newTokenKey->discardNewStoreKey();
        return error;
    };
    if (token) {
        Result<std::unique_ptr<crypto::TokenKey>> key = crypto::TokenKey::create(*token);
        if (!key)
            return removeCreated(key.error());
        newTokenKey = key->get();
        store.m_keys = std::move(*key); // it seals the audit signing key
        if (Result<void> recorded = token->writeFile(dataDir.pkcs11ConfigFile()); !recorded)
            return removeCreated(recorded.error());
    } else {
        if (Result<void> key = crypto::KeyRing::createKeyFile(dataDir.masterKeyFile()); !key)
            return removeCreated(key.error());
        Result<crypto::KeyRing> keys = crypto::KeyRing::loadKeyFile(dataDir.masterKeyFile());
        if (!keys)
            return removeCreated(keys.error());
        store.m_keys = std::make_unique<crypto::KeyRing>(std::move(*keys));
    }
    if (Result<void> cert = crypto::createSelfSignedCertificate({}, dataDir.certificateFile(),
                                                                dataDir.privateKeyFile());
        !cert)
        return removeCreated(cert.error());
    // Empty until the first checkpoint; from then on a missing file is an alarm.
    if (Result<void> anchors = audit::AnchorFile(dataDir.auditAnchorsFile()).create(); !anchors)
        return removeCreated(anchors.error());

    if (sqlite) {
        QFile database(dataDir.databaseFile());
        if (!database.open(QIODevice::WriteOnly | QIODevice::NewOnly))
            return makeError(ErrorCode::Conflict,
                             QStringLiteral("cannot create %1: %2")
                                 .arg(dataDir.databaseFile(), database.errorString()));
        database.close();
        database.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
        if (Result<void> opened = store.openDatabase(); !opened)
            return removeCreated(opened.error());
    }
    if (Result<void> migrated = store.migrate(); !migrated)
        return removeCreated(migrated.error());
    if (Result<void> signing = audit::ensureSigningKey(store, true); !signing)
        return removeCreated(signing.error());
    return {};
}

Result<std::unique_ptr<Store>> Store::open(const QString &dir, const Clock &clock,
                                           const QString &databaseUrl)
{
    const DataDir dataDir(dir);
    std::unique_ptr<Store> store(new Store(dataDir, clock, databaseUrl));
    const bool sqlite = store->m_dialect.backend() == Backend::Sqlite;
    const bool hasKey = QFileInfo::exists(dataDir.masterKeyFile())
        || QFileInfo::exists(dataDir.pkcs11ConfigFile());
    if (!hasKey || (sqlite && !QFileInfo::exists(dataDir.databaseFile())))
        return makeError(
            ErrorCode::NotFound,
            QStringLiteral("no store in %1 (missing %2): create one with "
                           "`compliancectl init --data %1`")
                .arg(dataDir.path(), hasKey ? dataDir.databaseFile() : dataDir.masterKeyFile()));
    if (Result<void> secret = dataDir.checkPrivate(); !secret)
        return secret.error();
    bool legacyKeyFile = false;
    Result<std::unique_ptr<crypto::MasterKey>> keys = openMasterKey(dataDir, &legacyKeyFile);
    if (!keys)
        return keys.error();
    store->m_keys = std::move(*keys);
    Result<Policy> policy = Policy::loadFile(dataDir.policyFile());
    if (!policy)
        return policy.error();
    store->m_policy = policy.value();
    if (Result<void> opened = store->openDatabase(); !opened)
        return opened.error();

    const int version = store->schemaVersion();
    if (version < 0)
        return makeError(
            ErrorCode::Unavailable,
            QStringLiteral("%1 is not a Compliance Console store").arg(store->describeDatabase()));
    if (version > currentSchemaVersion())
        return makeError(ErrorCode::Unavailable,
                         QStringLiteral("the store in %1 has schema version %2, newer than this "
                                        "build supports (%3): use a newer compliance-stored")
                             .arg(store->describeDatabase())
                             .arg(version)
                             .arg(currentSchemaVersion()));
    if (Result<void> migrated = store->migrate(); !migrated)
        return migrated.error();
    if (Result<void> signing = audit::ensureSigningKey(*store, false); !signing)
        return signing.error();
    // A key file of the format before key rotation is rewritten once the store opened with it.
    if (legacyKeyFile) {
        // Only a key file has a legacy format.
        const auto &ring = static_cast<const crypto::KeyRing &>(*store->m_keys);
        if (Result<void> rewritten = ring.writeKeyFile(dataDir.masterKeyFile()); !rewritten)
            return rewritten.error();
        Result<crypto::KeyRing> reread = crypto::KeyRing::loadKeyFile(dataDir.masterKeyFile());
        if (!reread)
            return reread.error();
        store->m_keys = std::make_unique<crypto::KeyRing>(std::move(*reread));
        qCInfo(lcStore) << "rewrote" << dataDir.masterKeyFile() << "as a versioned key file";
    }
    return store;
}

int Store::currentSchemaVersion()
{
    return int(schema::migrations().size());
}

Result<void> Store::openDatabase()
{
    QSqlDatabase db = QSqlDatabase::addDatabase(m_dialect.driver(), m_connectionName);
    if (m_dialect.backend() == Backend::Sqlite) {
        db.setDatabaseName(m_dataDir.databaseFile());
    } else {
        Result<DatabaseUrl> url = DatabaseUrl::parse(m_databaseUrl);
        if (!url)
            return url.error();
        db.setHostName(url->host);
        db.setPort(url->port);
        db.setDatabaseName(url->name);
        db.setUserName(url->user);
        db.setConnectOptions(url->connectOptions);
    }
    if (!db.open())
        return makeError(ErrorCode::Unavailable,
                         QStringLiteral("cannot open the database %1: %2")
                             .arg(describeDatabase(), db.lastError().text()));
    if (m_dialect.backend() == Backend::Sqlite) {
        const QVariant handle = db.driver()->handle();
        if (handle.isValid() && qstrcmp(handle.typeName(), "sqlite3*") == 0)
            m_sqlite = *static_cast<sqlite3 *const *>(handle.constData());
        if (!m_sqlite)
            return makeError(ErrorCode::Internal,
                             QStringLiteral("the SQLite driver gave no connection handle"));
        sqlite3_wal_hook(m_sqlite, &Store::logWritten, this);
    } else {
        const QVariant handle = db.driver()->handle();
        if (!handle.isValid() || qstrcmp(handle.typeName(), "pg_conn*") != 0)
            return makeError(ErrorCode::Internal,
                             QStringLiteral("the PostgreSQL driver gave no connection handle"));
        m_postgres
            = std::make_unique<PgPipeline>(*static_cast<PGconn *const *>(handle.constData()));
    }
    if (Result<void> setUp = setUpConnection(); !setUp)
        return setUp;
    const QStringList vault = m_dialect.attachVault();
    if (!vault.isEmpty())
        if (Result<void> created = createOwnerOnly(m_dataDir.orderKeysFile()); !created)
            return created;
    for (qsizetype i = 0; i < vault.size(); ++i) {
        QSqlQuery setup(db);
        const bool done = i == 0
            ? (setup.prepare(vault.at(i))
               && (setup.addBindValue(m_dataDir.orderKeysFile()), setup.exec()))
            : setup.exec(vault.at(i));
        if (!done)
            return sqlError(QStringLiteral("opening the order key file"), setup.lastError());
    }
    return {};
}

Result<void> Store::setUpConnection() const
{
    for (const QString &statement : m_dialect.connectionSetup()) {
        if (Result<Query> done = exec(statement); !done)
            return done.error();
    }
    return {};
}

Result<void> Store::reconnectIfLost() const
{
    // Only between transactions: one that was open when the connection went has failed, and
    // its caller has that error. A statement is not repeated on the new connection, since
    // whether the database ran it before the connection went is unknown.
    if (!m_postgres || m_transactionDepth > 0 || m_reconnecting || !m_postgres->connectionLost())
        return {};
    const QScopedValueRollback reconnecting(m_reconnecting, true); // the setup below runs exec()
    qCWarning(lcStore) << "the connection to" << describeDatabase() << "was lost: connecting again";
    PgFailure failure;
    if (!m_postgres->reconnect(&failure))
        return sqlError(QStringLiteral("connecting to the database again"), failure);
    m_leadingJobs = false; // the advisory lock went with the old connection
    if (Result<void> setUp = setUpConnection(); !setUp)
        return setUp;
    qCInfo(lcStore) << "connected to" << describeDatabase() << "again";
    return {};
}

int Store::schemaVersion() const
{
    Result<Query> table = exec(m_dialect.tableExists(), {QStringLiteral("schema_migrations")});
    if (!table || !table->next())
        return -1;
    Result<std::optional<QVariant>> version
        = rows::single(exec(QStringLiteral("SELECT MAX(version) FROM schema_migrations")));
    if (!version || !*version)
        return -1;
    return (*version)->toInt();
}

Result<void> Store::migrate()
{
    if (Result<Query> table = exec(QStringLiteral(
            "CREATE TABLE IF NOT EXISTS schema_migrations (version INTEGER PRIMARY KEY, "
            "applied_at BIGINT NOT NULL)"));
        !table)
        return table.error();
    const auto &migrations = schema::migrations();
    for (int version = schemaVersion() + 1; version <= int(migrations.size()); ++version) {
        bool appliedElsewhere = false;
        Result<void> applied = transaction([&]() -> Result<void> {
            if (const QString lock = m_dialect.migrationLock(); !lock.isEmpty()) {
                if (Result<Query> locked = exec(lock); !locked)
                    return locked.error();
                // Another server may have applied it while this one waited for the lock.
                if (schemaVersion() >= version) {
                    appliedElsewhere = true;
                    return {};
                }
            }
            for (const QString &statement : migrations.at(version - 1)) {
                if (Result<Query> done = exec(m_dialect.expand(statement)); !done)
                    return done.error();
            }
            if (Result<Query> done
                = exec(QStringLiteral(
                           "INSERT INTO schema_migrations (version, applied_at) VALUES (?, ?)"),
                       {version, m_clock.nowMs()});
                !done)
                return done.error();
            return {};
        });
        // A migration may change what a kept statement reads (PostgreSQL refuses a cached plan
        // whose result type changed).
        m_statements.clear();
        if (m_postgres)
            m_postgres->forgetStatements();
        if (!applied)
            return applied.error();
        if (!appliedElsewhere)
            qCInfo(lcStore) << "applied schema migration" << version;
    }
    return {};
}

Result<bool> Store::holdJobLeadership()
{
    const QString attempt = m_dialect.tryJobLeadership();
    if (attempt.isEmpty())
        return true;
    // The lock belongs to this connection: once held it stays until the process ends, and
    // another server takes over when this one's connection goes away.
    if (!m_leadingJobs) {
        Result<std::optional<QVariant>> held = rows::single(exec(attempt));
        if (!held)
            return held.error();
        m_leadingJobs = *held && (*held)->toBool();
        if (m_leadingJobs)
            qCInfo(lcStore) << "this instance now leads: it runs the background jobs";
    }
    return m_leadingJobs;
}

Query::Query(Statement &&statement, const Store *home, const QString &sql)
    : m_statement(std::move(statement))
    , m_home(home)
    , m_sql(sql)
{ }

Query::Query(Query &&other) noexcept
    : m_statement(std::move(other.m_statement))
    , m_home(std::exchange(other.m_home, nullptr))
    , m_sql(std::move(other.m_sql))
{ }

Query::~Query()
{
    if (m_home)
        m_home->keepStatement(m_sql, std::move(std::get<SqliteStatement>(m_statement)));
}

bool Query::next()
{
    if (auto *sqlite = std::get_if<SqliteStatement>(&m_statement))
        return sqlite->next();
    return std::get<PgResult>(m_statement).next();
}

QVariant Query::value(int column) const
{
    if (const auto *sqlite = std::get_if<SqliteStatement>(&m_statement))
        return sqlite->value(column);
    return std::get<PgResult>(m_statement).value(column);
}

ColumnBytes Query::bytes(int column) const
{
    if (const auto *sqlite = std::get_if<SqliteStatement>(&m_statement))
        return sqlite->bytes(column);
    return std::get<PgResult>(m_statement).bytes(column);
}

int Query::numRowsAffected() const
{
    if (const auto *sqlite = std::get_if<SqliteStatement>(&m_statement))
        return sqlite->rowsAffected();
    return std::get<PgResult>(m_statement).rowsAffected();
}

void Query::finish()
{
    if (auto *sqlite = std::get_if<SqliteStatement>(&m_statement))
        sqlite->reset(); // PostgreSQL's rows hold no snapshot: nothing to let go of
}

void Store::keepStatement(const QString &sql, SqliteStatement &&statement) const
{
    statement.reset();
    // A write with RETURNING outside a transaction commits here, as its statement ends.
    if (m_transactionDepth == 0) {
        if (Result<void> synced = syncLog(); !synced)
            qCWarning(lcStore) << synced.error().message;
    }
    if (m_statements.size() < kMaxKeptStatements)
        m_statements.try_emplace(sql, std::move(statement));
}

Result<Query> Store::exec(const QString &sql, const QVariantList &args) const
{
    if (m_postgres) {
        if (Result<void> connected = reconnectIfLost(); !connected)
            return connected.error();
        // Inside a transaction a write can wait for the next statement that returns rows, or
        // the commit, and reach the database in the same round trip.
        const bool leaveInFlight = m_transactionDepth > 0 && !args.isEmpty() && isPlainWrite(sql);
        PgFailure failure;
        std::optional<PgResult> result = leaveInFlight ? m_postgres->send(sql, args, &failure)
                                                       : m_postgres->run(sql, args, &failure);
        if (!result)
            return sqlError(QStringLiteral("running a statement"), failure);
        return Query(std::move(*result), nullptr, {});
    }
    // Not kept yet, or its statement is still being read (the same text nested in itself):
    // prepared anew.
    SqliteFailure failure;
    SqliteStatement statement;
    if (auto kept = m_statements.find(sql); kept != m_statements.end()) {
        statement = std::move(kept->second);
        m_statements.erase(kept);
    } else if (statement = SqliteStatement::prepare(m_sqlite, sql, &failure); statement.isNull()) {
        return sqlError(QStringLiteral("preparing a statement"), failure);
    }
    if (!statement.exec(args, &failure))
        return sqlError(QStringLiteral("running a statement"), failure);
    if (m_transactionDepth == 0) { // a write outside a transaction committed as it ran
        if (Result<void> synced = syncLog(); !synced)
            return synced.error();
    }
    return Query(std::move(statement), this, sql);
}

SentRead Store::sendRead(const QString &sql, const QVariantList &args) const
{
    Q_ASSERT(QStringView(sql).trimmed().startsWith(QLatin1String("SELECT"), Qt::CaseInsensitive));
    SentRead read;
    read.m_sql = sql;
    read.m_args = args;
    if (m_postgres && !args.isEmpty() && reconnectIfLost()) {
        // One that cannot be sent is run by receive(), which reports why it cannot.
        PgFailure failure;
        read.m_postgres = m_postgres->send(sql, args, &failure);
    }
    return read;
}

Result<Query> Store::receive(SentRead &&read) const
{
    if (!read.m_postgres)
        return exec(read.m_sql, read.m_args);
    PgFailure failure;
    if (!m_postgres->await(*read.m_postgres, &failure))
        return sqlError(QStringLiteral("running a statement"), failure);
    return Query(std::move(*read.m_postgres), nullptr, {});
}

namespace {

// SQLite has one writer per database file. The server's request workers each have a connection
// of their own and take turns through this lock before BEGIN IMMEDIATE, so a waiting worker wakes
// the moment the other's transaction ends instead of polling in SQLite's busy handler (which
// sleeps up to 100 ms at a time). Timed like the busy timeout: two Stores on one file in one
// thread fail as before rather than wait for ever.
constexpr std::chrono::milliseconds kWriterWait {5000};

std::timed_mutex &sqliteWriterLock(const QString &databaseFile)
{
    static std::mutex guard;
    static std::unordered_map<QString, std::unique_ptr<std::timed_mutex>> locks;
    const std::lock_guard lock(guard);
    std::unique_ptr<std::timed_mutex> &writer = locks[databaseFile];
    if (!writer)
        writer = std::make_unique<std::timed_mutex>();
    return *writer;
}

} // namespace

Result<void> Store::begin()
{
    const QString sql = m_transactionDepth == 0
        ? m_dialect.beginWrite()
        : QStringLiteral("SAVEPOINT cc_%1").arg(m_transactionDepth);
    if (m_postgres) {
        if (Result<void> connected = reconnectIfLost(); !connected)
            return connected;
        // Goes out with the transaction's first statement: should it fail, that one fails.
        PgFailure failure;
        if (!m_postgres->send(sql, {}, &failure))
            return sqlError(QStringLiteral("starting a transaction"), failure);
    } else {
        std::timed_mutex *writer = nullptr;
        if (m_transactionDepth == 0) {
            writer = &sqliteWriterLock(m_dataDir.databaseFile());
            if (!writer->try_lock_for(kWriterWait))
                return makeError(ErrorCode::Unavailable,
                                 QStringLiteral("the database is busy: another request's write "
                                                "did not end within %1 s")
                                     .arg(kWriterWait.count() / 1000));
        }
        if (Result<Query> begun = exec(sql); !begun) {
            if (writer)
                writer->unlock();
            return begun.error();
        }
        if (writer && m_keys)
            m_keys->writeLockTaken();
    }
    ++m_transactionDepth;
    return {};
}

Result<void> Store::commit()
{
    const bool outermost = m_transactionDepth == 1;
    const QString sql = outermost
        ? QStringLiteral("COMMIT")
        : QStringLiteral("RELEASE SAVEPOINT cc_%1").arg(m_transactionDepth - 1);
    Result<void> done;
    if (m_postgres && !outermost) {
        // The savepoint's writes may still be in flight: their outcome is its outcome. When
        // none are, the release itself can wait for the next statement.
        PgFailure failure;
        if (!m_postgres->send(sql, {}, &failure)
            || (m_postgres->needsSettling() && !m_postgres->settle(&failure)))
            done = sqlError(QStringLiteral("committing"), failure);
    } else if (m_postgres) {
        // PostgreSQL answers the COMMIT of a transaction in which a statement failed by rolling
        // it back, without an error: only the command tag tells.
        PgFailure failure;
        std::optional<PgResult> committed = m_postgres->run(sql, {}, &failure);
        if (!committed)
            done = sqlError(QStringLiteral("committing"), failure);
        else if (committed->command() != "COMMIT")
            done = makeError(ErrorCode::Internal,
                             QStringLiteral("a statement of the transaction had failed, so "
                                            "PostgreSQL rolled it back instead of committing"));
    } else if (Result<Query> committed = exec(sql); !committed) {
        done = committed.error();
    }
    if (!done) {
        // PostgreSQL refuses to release a savepoint after a failed statement inside it.
        rollback();
        return done;
    }
    --m_transactionDepth;
    if (m_transactionDepth == 0) {
        m_chainHead.reset();
        if (!m_postgres) {
            releaseSqliteWriter();
            return syncLog(); // nobody learns of the commit before it is on disk
        }
    }
    return {};
}

void Store::rollback()
{
    // A failed rollback is logged by exec(); there is nothing further to undo it with.
    --m_transactionDepth;
    m_chainHead.reset();
    if (m_postgres) {
        // What is in flight is undone with the rest; a failure among it is what the caller is
        // rolling back for, or undone too.
        PgFailure undone;
        static_cast<void>(m_postgres->settle(&undone));
    }
    if (m_transactionDepth == 0) {
        static_cast<void>(exec(QStringLiteral("ROLLBACK")));
        if (!m_postgres)
            releaseSqliteWriter();
        return;
    }
    static_cast<void>(exec(QStringLiteral("ROLLBACK TO SAVEPOINT cc_%1").arg(m_transactionDepth)));
    static_cast<void>(exec(QStringLiteral("RELEASE SAVEPOINT cc_%1").arg(m_transactionDepth)));
}

void Store::releaseSqliteWriter()
{
    if (m_keys)
        m_keys->writeLockReleased();
    sqliteWriterLock(m_dataDir.databaseFile()).unlock();
}

int Store::logWritten(void *store, sqlite3 *db, const char *schema, int frames)
{
    // Installing this hook ends SQLite's own automatic checkpoints, so it does the same.
    constexpr int kCheckpointFrames = 1000; // SQLITE_DEFAULT_WAL_AUTOCHECKPOINT
    if (frames >= kCheckpointFrames)
        sqlite3_wal_checkpoint(db, schema);
    // The key vault keeps synchronous=FULL: its rare commits are durable as they return.
    if (std::strcmp(schema, "main") == 0)
        static_cast<Store *>(store)->m_logUnsynced = true;
    return SQLITE_OK;
}

// With synchronous=NORMAL, SQLite syncs its log only before a checkpoint; a commit returns once
// its frames are written. Every commit of this connection ends here before anyone hears of it,
// so what was committed is as durable as with FULL, but the sync waits outside the writer lock.
Result<void> Store::syncLog() const
{
    if (!m_logUnsynced)
        return {};
    m_logUnsynced = false;
    sqlite3_file *log = nullptr;
    if (sqlite3_file_control(m_sqlite, "main", SQLITE_FCNTL_JOURNAL_POINTER, &log) != SQLITE_OK
        || !log || !log->pMethods)
        return makeError(ErrorCode::Internal,
                         QStringLiteral("committed, but SQLite gave no write-ahead log to sync"));
    if (const int rc = log->pMethods->xSync(log, SQLITE_SYNC_NORMAL); rc != SQLITE_OK)
        return makeError(ErrorCode::Unavailable,
                         QStringLiteral("committed, but the disk did not confirm the write "
                                        "(%1): it may be lost should the machine stop now")
                             .arg(QString::fromUtf8(sqlite3_errstr(rc))));
    return {};
}

qint64 Store::databaseRoundTrips() const
{
    return m_postgres ? m_postgres->roundTrips() : 0;
}

void Store::setChainHead(std::optional<ChainHead> head)
{
    if (m_transactionDepth > 0)
        m_chainHead = std::move(head);
}

Result<void> Store::openBatch(BatchCommitted committed)
{
    if (m_transactionDepth != 0)
        return makeError(ErrorCode::Internal,
                         QStringLiteral("a batch cannot open inside a transaction"));
    if (Result<void> begun = begin(); !begun)
        return begun;
    m_batchCommitted = std::move(committed);
    return {};
}

Result<void> Store::commitBatch()
{
    if (!m_batchCommitted)
        return makeError(ErrorCode::Internal, QStringLiteral("no batch is open"));
    const BatchCommitted committed = std::exchange(m_batchCommitted, {});
    const Result<void> result = commit();
    committed(result);
    return result;
}

Result<void> Store::notifyAuditListener(const AuditEvent &event)
{
    if (!m_auditListener || m_notifyingAuditListener)
        return {};
    m_notifyingAuditListener = true;
    Result<void> heard = m_auditListener(*this, event);
    m_notifyingAuditListener = false;
    return heard;
}

} // namespace cc
