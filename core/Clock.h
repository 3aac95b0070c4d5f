#pragma once

// The source of "now" for every deadline rule (grant expiry, lockouts, sessions, retention),
// injected so tests can move time instead of waiting for it.

#include <QDateTime>

namespace cc {

class Clock
{
public:
    virtual ~Clock() = default;
    virtual QDateTime now() const = 0; // UTC
    qint64 nowMs() const { return now().toMSecsSinceEpoch(); }
};

class SystemClock final : public Clock
{
public:
    QDateTime now() const override { return QDateTime::currentDateTimeUtc(); }
};

} // namespace cc
