#include "DepartureTimer.h"

#include "service/Accounts.h"
#include "store/Store.h"

#include <algorithm>

#include <QLoggingCategory>

namespace cc::server {

Q_LOGGING_CATEGORY(lcDepartures, "compliance.jobs.departures")

QList<DepartureTimer *> DepartureTimer::s_instances;
QMutex DepartureTimer::s_instancesMutex;

DepartureTimer::DepartureTimer(Store &store, std::chrono::milliseconds maxWait, QObject *parent)
    : QObject(parent)
    , m_store(store)
    , m_maxWait(maxWait)
{
    m_timer.setSingleShot(true);
    // Coarse timers may fire up to 5% late; a departure is a moment, not a window.
    m_timer.setTimerType(Qt::PreciseTimer);
    connect(&m_timer, &QTimer::timeout, this, &DepartureTimer::fire);
    const QMutexLocker lock(&s_instancesMutex);
    s_instances.append(this);
}

DepartureTimer::~DepartureTimer()
{
    const QMutexLocker lock(&s_instancesMutex);
    s_instances.removeAll(this);
}

void DepartureTimer::departureScheduled()
{
    // Any request worker may call this; the timers live on the leader's thread.
    const QMutexLocker lock(&s_instancesMutex);
    for (DepartureTimer *timer : std::as_const(s_instances))
        QMetaObject::invokeMethod(timer, &DepartureTimer::rearm, Qt::QueuedConnection);
}

void DepartureTimer::rearm()
{
    Result<std::optional<qint64>> next = Accounts(m_store).nextDeparture();
    if (!next) {
        qCWarning(lcDepartures) << "cannot read the next departure:" << next.error().message;
        m_timer.start(m_maxWait);
        return;
    }
    if (!*next) {
        m_timer.stop();
        return;
    }
    const qint64 wait
        = std::clamp<qint64>(**next - m_store.clock().nowMs(), 0, qint64(m_maxWait.count()));
    m_timer.start(std::chrono::milliseconds(wait));
}

void DepartureTimer::fire()
{
    // As JobScheduler::run: outside a batch, so offboarding is durable when it is logged (the
    // batch's outcome goes to its owner).
    if (m_store.batchOpen())
        static_cast<void>(m_store.commitBatch());
    Result<bool> leading = m_store.holdJobLeadership();
    if (leading && *leading) {
        Result<int> done = Accounts(m_store).completeDepartures();
        if (!done)
            qCWarning(lcDepartures) << "offboarding at departure failed:" << done.error().message;
        else if (*done > 0) {
            qCInfo(lcDepartures) << "offboarded" << *done << "user(s) at their departure time";
            emit departuresCompleted(*done);
        }
    } else if (!leading) {
        qCWarning(lcDepartures) << "cannot tell whether this instance leads:"
                                << leading.error().message;
    }
    rearm();
}

} // namespace cc::server
