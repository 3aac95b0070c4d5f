#pragma once

// Everything that differs between SQLite and PostgreSQL lives here; the rest of the code
// writes portable SQL. The differences: how ids and binary columns are declared, how a write
// transaction starts, how the audit chain head is locked, and the advisory locks that let
// several servers share one PostgreSQL database.

#include "Result.h"

#include <QString>
#include <QStringList>

namespace cc {

enum class Backend { Sqlite, Postgres };

// A PostgreSQL location from `postgresql://user@host:port/db?sslmode=require&...`. The
// password never comes from the URL (it would show in the process list): libpq reads it from
// PGPASSWORD or a password file (PGPASSFILE, ~/.pgpass, or ?passfile=).
struct DatabaseUrl
{
    QString host = QStringLiteral("localhost");
    int port = 5432;
    QString name;
    QString user;
    QString connectOptions; // "sslmode=require;sslrootcert=..." as the QPSQL driver takes them

    static Result<DatabaseUrl> parse(const QString &url);
    QString display() const; // for messages: no secrets in it
};

class Dialect
{
public:
    explicit Dialect(Backend backend)
        : m_backend(backend)
    { }

    Backend backend() const { return m_backend; }
    QString driver() const;
    // Replaces the schema's tokens: {id} (generated primary key), {blob} (binary), {vault}
    // (the schema holding the order data keys: the attached key file on SQLite, none on
    // PostgreSQL).
    QString expand(const QString &statement) const;
    QStringList connectionSetup() const;
    // SQLite: attaches the order key file (its path bound as the only parameter) as the
    // {vault} schema; the statements after the first set it up. Empty on PostgreSQL.
    QStringList attachVault() const;
    // Run after PII is purged so the old pages leave the WAL too (SQLite: checkpoint and
    // truncate both WAL files; secure_delete already zeroes freed pages). PostgreSQL: none —
    // the dead tuples hold only ciphertext whose key is gone, and autovacuum reclaims them.
    QStringList afterPurge() const;
    // One row when the table (bound as the only parameter) exists.
    QString tableExists() const;
    // Ids for rows a write transaction inserts with their ids given (a value sealed with its
    // row id in the AAD then goes in with the row): one row per id, the count bound as the
    // only parameter, at least 1. SQLite: those after both the table's highest row and its
    // mark in id_high_water, which stay free while the write lock is held; PostgreSQL: taken
    // from the table's identity sequence.
    QString newIds(const QString &table) const;
    // SQLite: records the highest id newIds() handed out (bound as the only parameter) as the
    // table's mark, so that the ids of its newest rows are not handed out again once those rows
    // are deleted: an audit event or a deletion receipt naming "order 57" names one order for
    // ever. Empty for PostgreSQL, whose sequences never go back.
    QString keepIdHighWater(const QString &table) const;
    // PostgreSQL: waits for the transactions writing the table now, then keeps others from
    // writing it until this one ends (LOCK TABLE ... IN SHARE MODE), so that what this
    // transaction reads of it stays true until it commits. Empty for SQLite, whose one writer
    // already does that.
    QString lockAgainstWrites(const QString &table) const;
    // Starts a write transaction. SQLite takes the write lock up front (BEGIN IMMEDIATE) so two
    // writers wait for each other instead of failing on a lock upgrade.
    QString beginWrite() const;
    // Appended to the read of the audit chain head: PostgreSQL locks the row, which serialises
    // appends from every server on the database; SQLite's write lock already does.
    QString lockRowSuffix() const;
    // Taken inside each migration's transaction so two servers starting at once migrate once.
    QString migrationLock() const;
    // Tries to become (or stay) the instance that runs background jobs; empty where the answer
    // is always yes.
    QString tryJobLeadership() const;

private:
    Backend m_backend;
};

} // namespace cc
