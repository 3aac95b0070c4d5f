#pragma once

#include "store/PgPipeline.h"

#include <optional>

#include <QString>
#include <QVariantList>

namespace cc {

// A read sent ahead of its use (Store::sendRead()), whose rows Store::receive() gives. Empty
// when default-constructed: nothing was sent.
class SentRead
{
public:
    SentRead() = default;
    explicit operator bool() const { return !m_sql.isEmpty(); }

private:
    friend class Store;
    QString m_sql;
    QVariantList m_args;
    std::optional<PgResult> m_postgres; // in flight or arrived; none: receive() runs it
};

} // namespace cc
