#pragma once

// This instance's watch over the audit trail (service/AuditWatch) and the full check the server
// steps through in the background, a slice per event-loop turn, so that requests are answered
// meanwhile: after the start-up check from the newest anchor (which does not look behind it),
// and whenever the hourly check still finds the chain broken (to see whether the break has
// been acknowledged since).

#include "service/AuditWatch.h"

#include <memory>

#include <QObject>

namespace cc {
class Store;
}

namespace cc::server {

class AuditGuard final : public QObject
{
    Q_OBJECT

public:
    explicit AuditGuard(Store &store, QObject *parent = nullptr);
    // Another request worker's guard, on its own store: one watch status with sharing's.
    AuditGuard(Store &store, AuditWatch &sharing);
    ~AuditGuard() override;

    AuditWatch &watch() { return m_watch; }

    // The check at start (blocking): logs what it found, raises the alarm when broken.
    Result<AuditVerification> checkAtStart(VerifyScope scope);
    // Starts the background full check unless one is running.
    void startFullCheck();
    bool fullCheckRunning() const { return bool(m_fullCheck); }

signals:
    void fullCheckFinished();

private:
    void stepFullCheck();

    Store &m_store;
    AuditWatch m_watch;
    std::unique_ptr<audit::Verifier> m_fullCheck;
};

} // namespace cc::server
