#pragma once

// Numbered schema migrations. Migration N brings a database from version N-1 to N; they are
// applied in order inside one transaction each and never edited once released.

#include <QStringList>
#include <QVector>

namespace cc::schema {

// migrations()[i] holds the statements of version i + 1, with the tokens Dialect::expand()
// replaces.
const QVector<QStringList> &migrations();

} // namespace cc::schema
