#include "Store.h"

#include "crypto/Certificate.h"
#include "store/Schema.h"

#include <QAtomicInt>
#include <QFile>
#include <QFileInfo>
#include <QLoggingCategory>
#include <QSqlError>

namespace cc {

Q_LOGGING_CATEGORY(lcStore, "compliance.store")

namespace {

Error sqlError(const QString &what, const QSqlError &error)
{
    qCWarning(lcStore) << what << error.text();
    return makeError(ErrorCode::Internal,
                     QStringLiteral("store error while %1: %2").arg(what, error.text()));
}

QString nextConnectionName()
{
    static QAtomicInt counter;
    return QStringLiteral("cc-store-%1").arg(counter.fetchAndAddRelaxed(1));
}

} // namespace

Store::Store(const DataDir &dataDir, const Clock &clock)
    : m_dataDir(dataDir)
    , m_clock(clock)
    , m_connectionName(nextConnectionName())
{ }

Store::~Store()
{
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

Result<void> Store::create(const QString &dir)
{
    const DataDir dataDir(dir);
    QDir().mkpath(dataDir.path());
    QFile::setPermissions(dataDir.path(),
                          QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
    for (const QString &file : {dataDir.databaseFile(), dataDir.masterKeyFile(),
                                dataDir.certificateFile(), dataDir.privateKeyFile()}) {
        if (QFileInfo::exists(file))
            return makeError(ErrorCode::Conflict,
                             QStringLiteral("%1 already exists: refusing to overwrite an existing "
                                            "store")
                                 .arg(file));
    }
    if (Result<void> key = crypto::KeyRing::createKeyFile(dataDir.masterKeyFile()); !key)
        return key;
    if (Result<void> cert = crypto::createSelfSignedCertificate({}, dataDir.certificateFile(),
                                                                dataDir.privateKeyFile());
        !cert)
        return cert;

    QFile database(dataDir.databaseFile());
    if (!database.open(QIODevice::WriteOnly | QIODevice::NewOnly))
        return makeError(ErrorCode::Conflict,
                         QStringLiteral("cannot create %1: %2")
                             .arg(dataDir.databaseFile(), database.errorString()));
    database.close();
    database.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);

    static const SystemClock clock;
    Store store(dataDir, clock);
    if (Result<void> opened = store.openDatabase(); !opened)
        return opened;
    return store.migrate();
}

Result<std::unique_ptr<Store>> Store::open(const QString &dir, const Clock &clock)
{
    const DataDir dataDir(dir);
    if (!QFileInfo::exists(dataDir.databaseFile()))
        return makeError(ErrorCode::NotFound,
                         QStringLiteral("no store in %1 (missing %2): create one with "
                                        "`compliancectl init --data %1`")
                             .arg(dataDir.path(), dataDir.databaseFile()));
    std::unique_ptr<Store> store(new Store(dataDir, clock));
    Result<crypto::KeyRing> keys = crypto::KeyRing::loadKeyFile(dataDir.masterKeyFile());
    if (!keys)
        return keys.error();
    store->m_keys = std::move(keys.value());
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
            QStringLiteral("%1 is not a Compliance Console store").arg(dataDir.databaseFile()));
    if (version > kSchemaVersion)
        return makeError(ErrorCode::Unavailable,
                         QStringLiteral("the store in %1 has schema version %2, newer than this "
                                        "build supports (%3): use a newer compliance-stored")
                             .arg(dataDir.path())
                             .arg(version)
                             .arg(kSchemaVersion));
    if (Result<void> migrated = store->migrate(); !migrated)
        return migrated.error();
    return store;
}

Result<void> Store::openDatabase()
{
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connectionName);
    db.setDatabaseName(m_dataDir.databaseFile());
    if (!db.open())
        return sqlError(QStringLiteral("opening %1").arg(m_dataDir.databaseFile()), db.lastError());
    for (const char *pragma : {"PRAGMA journal_mode=WAL", "PRAGMA synchronous=FULL",
                               "PRAGMA foreign_keys=ON", "PRAGMA busy_timeout=5000"}) {
        if (Result<QSqlQuery> done = exec(QString::fromLatin1(pragma)); !done)
            return done.error();
    }
    return {};
}

int Store::schemaVersion() const
{
    Result<QSqlQuery> query = exec(QStringLiteral("SELECT MAX(version) FROM schema_migrations"));
    if (!query || !query->next())
        return -1;
    return query->value(0).toInt();
}

Result<void> Store::migrate()
{
    if (Result<QSqlQuery> table = exec(QStringLiteral(
            "CREATE TABLE IF NOT EXISTS schema_migrations (version INTEGER PRIMARY KEY, "
            "applied_at BIGINT NOT NULL)"));
        !table)
        return table.error();
    const auto &migrations = schema::migrations();
    for (int version = schemaVersion() + 1; version <= int(migrations.size()); ++version) {
        Result<void> applied = transaction([&]() -> Result<void> {
            for (const QString &statement : migrations.at(version - 1)) {
                if (Result<QSqlQuery> done = exec(schema::expand(statement)); !done)
                    return done.error();
            }
            if (Result<QSqlQuery> done
                = exec(QStringLiteral(
                           "INSERT INTO schema_migrations (version, applied_at) VALUES (?, ?)"),
                       {version, m_clock.nowMs()});
                !done)
                return done.error();
            return {};
        });
        if (!applied)
            return applied.error();
        qCInfo(lcStore) << "applied schema migration" << version;
    }
    return {};
}

Result<bool> Store::holdJobLeadership()
{
    return true;
}

Result<QSqlQuery> Store::exec(const QString &sql, const QVariantList &args) const
{
    QSqlQuery query(database());
    if (!query.prepare(sql))
        return sqlError(QStringLiteral("preparing a statement"), query.lastError());
    // A null QString means "empty text" in this code base; SQL NULL is written as a typed
    // null QVariant (see service::nullableId), so text columns can stay NOT NULL.
    for (const QVariant &arg : args) {
        if (arg.userType() == QMetaType::QString && arg.toString().isNull())
            query.addBindValue(QStringLiteral(""));
        else
            query.addBindValue(arg);
    }
    if (!query.exec())
        return sqlError(QStringLiteral("running a statement"), query.lastError());
    return query;
}

// BEGIN IMMEDIATE takes the write lock up front, so two processes writing at once wait for
// each other (busy_timeout) instead of failing when a read lock would need upgrading.
Result<void> Store::begin()
{
    QSqlQuery query(database());
    if (!query.exec(QStringLiteral("BEGIN IMMEDIATE")))
        return sqlError(QStringLiteral("starting a transaction"), query.lastError());
    return {};
}

Result<void> Store::commit()
{
    QSqlQuery query(database());
    if (!query.exec(QStringLiteral("COMMIT"))) {
        const QSqlError error = query.lastError();
        rollback();
        return sqlError(QStringLiteral("committing"), error);
    }
    return {};
}

void Store::rollback()
{
    QSqlQuery query(database());
    query.exec(QStringLiteral("ROLLBACK"));
}

} // namespace cc
