#include "AuditGuard.h"

#include "store/Store.h"

#include <QLoggingCategory>
#include <QTimer>

namespace cc::server {

Q_LOGGING_CATEGORY(lcAuditGuard, "compliance.audit.watch", QtInfoMsg)

namespace {

// Events per slice of the background check: a few milliseconds of the event loop each.
constexpr int kStepEvents = 5000;

} // namespace

AuditGuard::AuditGuard(Store &store, QObject *parent)
    : QObject(parent)
    , m_store(store)
    , m_watch(store)
{ }

AuditGuard::AuditGuard(Store &store, AuditWatch &sharing)
    : m_store(store)
    , m_watch(store, sharing)
{ }

AuditGuard::~AuditGuard() = default;

Result<AuditVerification> AuditGuard::checkAtStart(VerifyScope scope)
{
    Result<AuditVerification> checked = m_watch.check(scope);
    if (!checked)
        return checked;
    if (checked->intact)
        qCInfo(lcAuditGuard).noquote()
            << QStringLiteral("audit chain %1 %2 to event %3 (%4 event(s), %5 anchor(s) matched)")
                   .arg(auditStateName(checked->state()),
                        scope == VerifyScope::Full ? QStringLiteral("from its base")
                                                   : QStringLiteral("from the newest anchor"))
                   .arg(checked->headSeq)
                   .arg(checked->eventCount)
                   .arg(checked->anchorsMatched);
    m_watch.logAlarm();
    return checked;
}

void AuditGuard::startFullCheck()
{
    if (m_fullCheck)
        return;
    m_fullCheck = std::make_unique<audit::Verifier>(m_store, VerifyScope::Full);
    QTimer::singleShot(0, this, &AuditGuard::stepFullCheck);
}

void AuditGuard::stepFullCheck()
{
    if (!m_fullCheck)
        return;
    const Result<bool> done = m_fullCheck->step(kStepEvents);
    if (done && !*done) {
        QTimer::singleShot(0, this, &AuditGuard::stepFullCheck);
        return;
    }
    if (!done) {
        qCWarning(lcAuditGuard).noquote()
            << "the background audit check stopped:" << done.error().message;
    } else {
        m_watch.record(m_fullCheck->result(), VerifyScope::Full);
        m_watch.logAlarm();
    }
    m_fullCheck.reset();
    emit fullCheckFinished();
}

} // namespace cc::server
