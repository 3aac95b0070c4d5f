#pragma once

// One prepared SQLite statement, run through SQLite's C API on the connection Qt's driver
// opened. The store's statements are small, and for them Qt's driver cost more than SQLite's
// own work: it copies every row into a cache of QVariants before the first value() and looks
// every bound value up by a generated name. Here a value is read from SQLite when asked for.

#include "store/ColumnBytes.h"

#include <QByteArrayList>
#include <QString>
#include <QVariant>
#include <QVariantList>

struct sqlite3;
struct sqlite3_stmt;

namespace cc {

// What failed, in the terms Store's error mapping reads (the primary result code).
struct SqliteFailure
{
    int code = 0;
    QString message;
};

class SqliteStatement
{
public:
    SqliteStatement() = default;
    SqliteStatement(SqliteStatement &&other) noexcept;
    SqliteStatement &operator=(SqliteStatement &&other) noexcept;
    SqliteStatement(const SqliteStatement &) = delete;
    SqliteStatement &operator=(const SqliteStatement &) = delete;
    ~SqliteStatement();

    // Prepares the first statement of sql; on failure, the statement stays null.
    static SqliteStatement prepare(sqlite3 *db, const QString &sql, SqliteFailure *failure);
    bool isNull() const { return m_statement == nullptr; }

    // Binds args (a null QVariant or null QByteArray is SQL NULL, a null QString empty text)
    // and steps to the first row. False on failure, which fills failure.
    bool exec(const QVariantList &args, SqliteFailure *failure);
    // Moves to the next row: the first next() after exec() lands on the row exec() found.
    // False after the last row, and on a failure (which is logged).
    bool next();
    // A column of the current row: qint64, double, QString, QByteArray, or a null QVariant.
    QVariant value(int column) const;
    // The same column without a copy (see Query::bytes()).
    ColumnBytes bytes(int column) const;
    int rowsAffected() const { return m_rowsAffected; }
    // Done reading: resets the statement so it holds no read snapshot, and drops the bindings.
    void reset();

private:
    explicit SqliteStatement(sqlite3_stmt *statement)
        : m_statement(statement)
    { }
    SqliteFailure failure() const;

    sqlite3_stmt *m_statement = nullptr;
    QByteArrayList m_bound; // the bound text and blobs, which SQLite reads in place until reset()
    enum class Row { None, Pending, Current } m_row = Row::None;
    int m_rowsAffected = 0;
};

} // namespace cc
