#pragma once

// Row types: how the code reads a query's columns, by name and never by position.
//
// A row type names the columns of one SELECT once, each with the SQL that selects it, in the
// order the statement lists them. The statement's column list is written from that table, and
// a static_assert checks that every entry sits at its enumerator's position, so a read by name
// cannot drift from the SQL when a column is added, removed or moved. Its read() is the one
// place where a row of that table becomes a record:
//
//   struct OrderRow
//   {
//       enum Column { Id, Client, Pii, ColumnCount };
//       static constexpr rows::Columns<ColumnCount> columns {{
//           {Id, "id"}, {Client, "client"}, {Pii, "pii"}}};
//       static_assert(rows::inOrder(columns));
//       static inline const QString select = rows::select(columns, "FROM orders ");
//       static Order read(const Query &q);
//   };
//   store.exec(OrderRow::select + QStringLiteral("WHERE id = ?"), {id}) ... q->value(OrderRow::Pii)
//
// A statement with one column (an aggregate, a RETURNING id, one field looked up by key) has
// no order to drift: insertedId(), single() and column() read it.

#include "Result.h"
#include "store/Store.h"

#include <array>
#include <cstddef>
#include <optional>

#include <QLatin1StringView>
#include <QList>
#include <QString>
#include <QVariant>
#include <QVariantList>

namespace cc::rows {

struct Column
{
    int index; // the row type's enumerator
    const char *sql; // what the SELECT lists for it: a column, "t.column", an expression
};

template<std::size_t N> using Columns = std::array<Column, N>;

// True when each column is listed at its enumerator's position (and none is missing).
template<std::size_t N> constexpr bool inOrder(const Columns<N> &columns)
{
    for (std::size_t i = 0; i < N; ++i) {
        if (columns[i].index != int(i) || columns[i].sql == nullptr)
            return false;
    }
    return true;
}

// "SELECT <the columns, in order> <rest>": rest names the tables and whatever follows.
template<std::size_t N> QString select(const Columns<N> &columns, const char *rest)
{
    QString sql = QStringLiteral("SELECT ");
    for (std::size_t i = 0; i < N; ++i) {
        if (i > 0)
            sql += QStringLiteral(", ");
        sql += QLatin1StringView(columns[i].sql);
    }
    return sql + QLatin1Char(' ') + QLatin1StringView(rest);
}

// Every row of a statement, each made a record by read (a row type's read()).
template<typename T, typename Read> Result<QList<T>> readAll(Result<Query> q, Read read)
{
    if (!q)
        return q.error();
    QList<T> records;
    while (q->next())
        records.append(read(*q));
    return records;
}

// The id an INSERT ... RETURNING id gave to its row.
inline Result<qint64> insertedId(Result<Query> q)
{
    if (!q)
        return q.error();
    if (!q->next())
        return makeError(ErrorCode::Internal, QStringLiteral("an insert returned no id"));
    const qint64 id = q->value(0).toLongLong();
    q->finish();
    return id;
}

// The value of a one-column statement's first row; nothing when it has no row.
inline Result<std::optional<QVariant>> single(Result<Query> q)
{
    if (!q)
        return q.error();
    if (!q->next())
        return std::optional<QVariant>();
    std::optional<QVariant> value = q->value(0);
    q->finish();
    return value;
}

// Every row's value of a one-column statement.
inline Result<QVariantList> column(Result<Query> q)
{
    if (!q)
        return q.error();
    QVariantList values;
    while (q->next())
        values.append(q->value(0));
    return values;
}

} // namespace cc::rows
