#pragma once

// A column of a result row as the database returned it, without the copy into a QVariant and
// a QString that Query::value() makes: for walks over many rows (audit verification), where
// those copies cost more than the work done with the values.

#include <QByteArrayView>

namespace cc {

struct ColumnBytes
{
    enum class Type {
        Null,
        Integer, // in integer
        Text, // in bytes, as the database holds it (UTF-8 unless someone wrote otherwise)
        Other, // a real, a blob, a boolean: read it with value()
    };
    Type type = Type::Null;
    qint64 integer = 0;
    QByteArrayView bytes; // valid until the query moves to another row
};

} // namespace cc
