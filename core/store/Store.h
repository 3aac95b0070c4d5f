#pragma once

// The store: one database connection, its schema migrations, the key ring that seals values
// at rest and the policy in force. Every write goes through transaction(), so the work and
// its audit event commit together or not at all.

#include "Clock.h"
#include "Result.h"
#include "crypto/Aes256Gcm.h"
#include "crypto/TokenKey.h"
#include "domain/Policy.h"
#include "store/DataDir.h"
#include "store/Dialect.h"
#include "store/PgPipeline.h"
#include "store/SentRead.h"
#include "store/SqliteStatement.h"

#include <functional>
#include <memory>
#include <optional>
#include <unordered_map>
#include <variant>

#include <QSqlDatabase>
#include <QVariantList>

namespace cc {

class Store;
struct AuditEvent; // audit/AuditChain.h: the store only hands it to the listener

// What Store::exec() returns: the statement's rows, read front to back, and for writes the
// rows affected. A statement is prepared once per SQL text and kept by the store: on SQLite,
// when the last reader lets go of it, it is reset (so it holds no read snapshot) and goes
// back for the next exec() of the same text; on PostgreSQL the rows arrive whole and the
// prepared statement stays on the connection. A Query must not outlive its Store.
class Query
{
public:
    Query(Query &&other) noexcept;
    Query &operator=(Query &&) = delete;
    ~Query();

    bool next(); // to the next row; false after the last
    QVariant value(int column) const; // of the current row; SQL NULL is a null QVariant
    // The same column as the bytes the database returned, without value()'s copies; valid
    // until the next next().
    ColumnBytes bytes(int column) const;
    int numRowsAffected() const;
    void finish(); // done reading before the Query goes: lets go of its read snapshot

private:
    friend class Store;
    // Both run through the database's own C API on the connection Qt's driver opened (see
    // SqliteStatement and PgPipeline).
    using Statement = std::variant<SqliteStatement, PgResult>;
    Query(Statement &&statement, const Store *home, const QString &sql);

    Statement m_statement;
    const Store *m_home; // null: not kept (PostgreSQL)
    QString m_sql;
};

class Store
{
public:
    // The schema version this build writes: the number of migrations it has.
    static int currentSchemaVersion();

    ~Store();
    Store(const Store &) = delete;
    Store &operator=(const Store &) = delete;

    // Creates a new store in dir: master key (0600), a self-signed TLS certificate for
    // localhost and 127.0.0.1, and the database with the current schema, in dir (SQLite) or at
    // databaseUrl (postgresql://...). Refuses an existing store. With token, the master key is
    // generated in that PKCS#11 token and dir records the token (pkcs11.json) instead of
    // holding master.key.
    static Result<void> create(const QString &dir, const QString &databaseUrl = {},
                               const std::optional<crypto::TokenConfig> &token = {});

    // Opens an existing store. Refuses a missing store, a database from a newer schema, and a
    // store directory or secret file that group or others can reach (DataDir::checkPrivate).
    static Result<std::unique_ptr<Store>> open(const QString &dir, const Clock &clock,
                                               const QString &databaseUrl = {});

    // The same store again on a connection of its own, for another thread (a request worker of
    // the server): call it on the thread that will use the new Store.
    Result<std::unique_ptr<Store>> openAnother() const
    {
        return open(m_dataDir.path(), m_clock, m_databaseUrl);
    }

    const DataDir &dataDir() const { return m_dataDir; }
    const Policy &policy() const { return m_policy; }
    // The server's reload (SIGHUP). On the store's thread only: work on other threads copies
    // the values it needs first (see Staged).
    void setPolicy(const Policy &policy) { m_policy = policy; }
    // The master key: master.key, or the token pkcs11.json names.
    const crypto::MasterKey &keys() const { return *m_keys; }
    crypto::MasterKey &keys() { return *m_keys; } // key rotation changes where it lives
    const Clock &clock() const { return m_clock; }
    const Dialect &dialect() const { return m_dialect; }
    QSqlDatabase database() const;
    int schemaVersion() const; // -1 when the database holds no store
    QString describeDatabase() const; // file path or URL without secrets, for messages

    // True while this process is the one that runs background jobs on this database. With
    // SQLite there is one server per file, so it always leads.
    Result<bool> holdJobLeadership();

    // Called for every audit event right after audit::append() wrote it, inside the same
    // transaction: what the listener writes commits with the event or not at all, and an error
    // from it fails the work the event records. Monitoring evaluates its rules here, as events
    // arrive. Events the listener itself appends are not passed to it again.
    using AuditListener = std::function<Result<void>(Store &, const AuditEvent &)>;
    void setAuditListener(AuditListener listener) { m_auditListener = std::move(listener); }
    Result<void> notifyAuditListener(const AuditEvent &event);

    // Binds positional arguments and runs one statement, prepared on first use of its text
    // (see Query). A null QString binds as empty text; SQL NULL is a typed null or invalid
    // QVariant (see service::nullableId), so text columns can stay NOT NULL. On PostgreSQL a
    // statement without arguments runs unprepared (it cannot prepare DDL or transaction control),
    // and inside a transaction a write without RETURNING is left in flight (see PgPipeline): its
    // failure fails the transaction at the latest when it commits, but may be reported by a later
    // statement of the same transaction. A connection the database server ended (a restart, a
    // failover) fails what was running on it as Unavailable and is opened again before the next
    // statement outside a transaction.
    Result<Query> exec(const QString &sql, const QVariantList &args = {}) const;

    // Sends a read without waiting for its rows, which receive() gives: on PostgreSQL it goes
    // out with whatever next waits for the database server (see PgPipeline), so reads that do not
    // depend on each other share one round trip; on SQLite (and for a read without arguments,
    // whose failure a savepoint's commit would not wait for) receive() runs it. Only a SELECT:
    // it may be sent before the caller is authorized and its rows left unread. Inside a
    // transaction its failure fails the transaction, as any statement's does.
    SentRead sendRead(const QString &sql, const QVariantList &args) const;
    // The rows of a read sent ahead, waited for unless they arrived; its error when it failed or
    // was not run because a statement sent before it failed.
    Result<Query> receive(SentRead &&read) const;

    // How many times this store waited for the database server's answers (0 on SQLite).
    qint64 databaseRoundTrips() const;

    // Runs work inside one write transaction; commits when it returns a value, rolls back when
    // it returns an error (or the commit fails, which is then the error). Inside another
    // transaction, or a batch, it is a savepoint: an error undoes its own work alone, and what
    // it wrote becomes durable with the outermost commit.
    template<typename Work> auto transaction(Work &&work) -> decltype(work())
    {
        if (Result<void> begun = begin(); !begun)
            return begun.error();
        auto result = work();
        if (!result.ok()) {
            rollback();
            return result;
        }
        if (Result<void> committed = commit(); !committed)
            return committed.error();
        return result;
    }

    // Group commit: between openBatch() and commitBatch() every transaction() is a savepoint of
    // one write transaction, so the work of many requests reaches the disk with one sync
    // instead of one each. A failed commitBatch() undoes everything since openBatch(). Work
    // that must not wait inside a batch (a background job) commits it first, so committed is
    // called with the outcome by whichever commitBatch() ends the batch.
    using BatchCommitted = std::function<void(const Result<void> &)>;
    Result<void> openBatch(BatchCommitted committed);
    Result<void> commitBatch();
    bool batchOpen() const { return bool(m_batchCommitted); }

    // The audit chain's head as the open transaction's last append left it (audit::append). The
    // transaction holds the head (on SQLite as the one writer, on PostgreSQL by the row's lock),
    // so nobody else moves it before the end, and the next append in it need not read it
    // again. Forgotten when the transaction ends and at any rollback, which may undo the append
    // (and on PostgreSQL release a lock taken after the savepoint).
    struct ChainHead
    {
        qint64 seq = 0;
        QString hash;
        qint64 atMs = 0;
    };
    const std::optional<ChainHead> &chainHead() const { return m_chainHead; }
    void setChainHead(std::optional<ChainHead> head); // ignored outside a transaction

private:
    Store(const DataDir &dataDir, const Clock &clock, const QString &databaseUrl);
    Result<void> openDatabase();
    bool databaseExists() const;
    Result<void> migrate();
    friend class Query;
    void keepStatement(const QString &sql, SqliteStatement &&statement) const;
    Result<void> reconnectIfLost() const;
    Result<void> setUpConnection() const;
    Result<void> begin();
    Result<void> commit();
    void rollback();
    // SQLite: lets go of the writer lock (and tells the master key, see writeLockTaken()).
    void releaseSqliteWriter();
    // SQLite: makes what this connection committed durable (see m_logUnsynced).
    Result<void> syncLog() const;
    static int logWritten(void *store, sqlite3 *db, const char *schema, int frames);

    DataDir m_dataDir;
    const Clock &m_clock;
    QString m_databaseUrl; // empty: SQLite in the data directory
    Dialect m_dialect;
    QString m_connectionName;
    mutable bool m_leadingJobs = false; // reset when a lost connection took its lock along
    mutable bool m_reconnecting = false;
    Policy m_policy;
    std::unique_ptr<crypto::MasterKey> m_keys;
    AuditListener m_auditListener;
    bool m_notifyingAuditListener = false;
    int m_transactionDepth = 0; // 1: a write transaction is open; more: savepoints inside it
    std::optional<ChainHead> m_chainHead;
    BatchCommitted m_batchCommitted; // set while a batch is open
    // Prepared statements not in use, by SQL text. Texts are built from fixed fragments, so
    // they are few; the bound keeps a caller that builds many from growing it without end.
    static constexpr qsizetype kMaxKeptStatements = 256;
    mutable std::unordered_map<QString, SqliteStatement> m_statements;
    // The connection Qt's driver opened: SQLite's, or PostgreSQL's statements on it.
    sqlite3 *m_sqlite = nullptr;
    // SQLite commits to its write-ahead log without waiting for the disk (synchronous=NORMAL);
    // syncLog() waits once the writer lock is free, so the other request worker writes its
    // batch meanwhile. Set by logWritten() when a commit has added to main's log.
    mutable bool m_logUnsynced = false;
    std::unique_ptr<PgPipeline> m_postgres;
};

} // namespace cc
