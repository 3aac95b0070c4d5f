#include "SqliteStatement.h"

#include <sqlite3.h>
#include <utility>

#include <QByteArray>
#include <QLoggingCategory>

namespace cc {

Q_DECLARE_LOGGING_CATEGORY(lcStore)

SqliteStatement::SqliteStatement(SqliteStatement &&other) noexcept
    : m_statement(std::exchange(other.m_statement, nullptr))
    , m_bound(std::move(other.m_bound))
    , m_row(std::exchange(other.m_row, Row::None))
    , m_rowsAffected(other.m_rowsAffected)
{ }

SqliteStatement &SqliteStatement::operator=(SqliteStatement &&other) noexcept
{
    if (this != &other) {
        sqlite3_finalize(m_statement);
        m_statement = std::exchange(other.m_statement, nullptr);
        m_bound = std::move(other.m_bound);
        m_row = std::exchange(other.m_row, Row::None);
        m_rowsAffected = other.m_rowsAffected;
    }
    return *this;
}

SqliteStatement::~SqliteStatement()
{
    sqlite3_finalize(m_statement);
}

SqliteStatement SqliteStatement::prepare(sqlite3 *db, const QString &sql, SqliteFailure *failure)
{
    sqlite3_stmt *statement = nullptr;
    const void *tail = nullptr;
    // Persistent: the store keeps its statements for the life of the connection.
    const int rc = sqlite3_prepare16_v3(db, sql.constData(), int(sql.size() * sizeof(QChar)),
                                        SQLITE_PREPARE_PERSISTENT, &statement, &tail);
    if (rc != SQLITE_OK) {
        *failure = {rc & 0xff, QString::fromUtf8(sqlite3_errmsg(db))};
        sqlite3_finalize(statement);
        return {};
    }
    if (!statement) {
        *failure = {SQLITE_MISUSE, QStringLiteral("the statement is empty")};
        return {};
    }
    // As Qt's driver does: a second statement in the text would be silently ignored.
    const qsizetype used = static_cast<const QChar *>(tail) - sql.constData();
    if (!QStringView(sql).mid(used).trimmed().isEmpty()) {
        sqlite3_finalize(statement);
        *failure = {SQLITE_MISUSE, QStringLiteral("more than one statement in one text")};
        return {};
    }
    return SqliteStatement(statement);
}

SqliteFailure SqliteStatement::failure() const
{
    sqlite3 *db = sqlite3_db_handle(m_statement);
    return {sqlite3_errcode(db) & 0xff, QString::fromUtf8(sqlite3_errmsg(db))};
}

bool SqliteStatement::exec(const QVariantList &args, SqliteFailure *failure)
{
    reset();
    if (args.size() != sqlite3_bind_parameter_count(m_statement)) {
        *failure = {SQLITE_RANGE,
                    QStringLiteral("%1 values bound to a statement with %2 parameters")
                        .arg(args.size())
                        .arg(sqlite3_bind_parameter_count(m_statement))};
        return false;
    }
    m_bound.reserve(args.size());
    for (int i = 0; i < int(args.size()); ++i) {
        const QVariant &arg = args.at(i);
        const int column = i + 1;
        int rc = SQLITE_OK;
        switch (arg.isNull() ? QMetaType::UnknownType : arg.typeId()) {
        case QMetaType::UnknownType:
            rc = sqlite3_bind_null(m_statement, column);
            break;
        case QMetaType::QByteArray: {
            const QByteArray &bytes = m_bound.emplace_back(arg.toByteArray());
            rc = bytes.isNull() ? sqlite3_bind_null(m_statement, column)
                                : sqlite3_bind_blob64(m_statement, column, bytes.constData(),
                                                      sqlite3_uint64(bytes.size()), SQLITE_STATIC);
            break;
        }
        case QMetaType::Bool: // SQLite keeps every integer as one 64-bit type
        case QMetaType::Int:
        case QMetaType::UInt:
        case QMetaType::LongLong:
        case QMetaType::ULongLong:
        case QMetaType::Long:
        case QMetaType::ULong:
            rc = sqlite3_bind_int64(m_statement, column, arg.toLongLong());
            break;
        case QMetaType::Double:
        case QMetaType::Float:
            rc = sqlite3_bind_double(m_statement, column, arg.toDouble());
            break;
        default: {
            // Text, as UTF-8 (what SQLite stores). A null QString is empty text, the store's
            // convention (see Store::exec).
            const QByteArray &text = m_bound.emplace_back(arg.toString().toUtf8());
            rc = sqlite3_bind_text(m_statement, column, text.constData(), int(text.size()),
                                   SQLITE_STATIC);
            break;
        }
        }
        if (rc != SQLITE_OK) {
            *failure = this->failure();
            reset();
            return false;
        }
    }
    switch (sqlite3_step(m_statement)) {
    case SQLITE_ROW:
        m_row = Row::Pending;
        m_rowsAffected = 0;
        return true;
    case SQLITE_DONE:
        m_rowsAffected = sqlite3_changes(sqlite3_db_handle(m_statement));
        return true;
    default:
        *failure = this->failure();
        reset();
        return false;
    }
}

bool SqliteStatement::next()
{
    switch (m_row) {
    case Row::None:
        return false;
    case Row::Pending:
        m_row = Row::Current;
        return true;
    case Row::Current:
        break;
    }
    const int rc = sqlite3_step(m_statement);
    if (rc == SQLITE_ROW)
        return true;
    m_row = Row::None;
    if (rc != SQLITE_DONE)
        qCWarning(lcStore) << "reading a row failed:" << failure().message;
    return false;
}

QVariant SqliteStatement::value(int column) const
{
    if (m_row != Row::Current)
        return {};
    switch (sqlite3_column_type(m_statement, column)) {
    case SQLITE_INTEGER:
        return QVariant(qint64(sqlite3_column_int64(m_statement, column)));
    case SQLITE_FLOAT:
        return QVariant(sqlite3_column_double(m_statement, column));
    case SQLITE_BLOB:
        return QVariant(
            QByteArray(static_cast<const char *>(sqlite3_column_blob(m_statement, column)),
                       sqlite3_column_bytes(m_statement, column)));
    case SQLITE_TEXT: {
        // Stored as UTF-8: Qt's conversion is faster than asking SQLite for UTF-16.
        const auto *text = reinterpret_cast<const char *>(sqlite3_column_text(m_statement, column));
        return QVariant(QString::fromUtf8(text, sqlite3_column_bytes(m_statement, column)));
    }
    default:
        return {};
    }
}

ColumnBytes SqliteStatement::bytes(int column) const
{
    if (m_row != Row::Current)
        return {};
    switch (sqlite3_column_type(m_statement, column)) {
    case SQLITE_NULL:
        return {};
    case SQLITE_INTEGER:
        return {ColumnBytes::Type::Integer, sqlite3_column_int64(m_statement, column), {}};
    case SQLITE_TEXT: {
        // The text first, then its size: the order SQLite's documentation asks for.
        const auto *text = reinterpret_cast<const char *>(sqlite3_column_text(m_statement, column));
        return {ColumnBytes::Type::Text, 0,
                QByteArrayView(text, sqlite3_column_bytes(m_statement, column))};
    }
    default:
        return {ColumnBytes::Type::Other, 0, {}};
    }
}

void SqliteStatement::reset()
{
    if (!m_statement)
        return;
    sqlite3_reset(m_statement);
    sqlite3_clear_bindings(m_statement);
    m_bound.clear();
    m_row = Row::None;
}

} // namespace cc
