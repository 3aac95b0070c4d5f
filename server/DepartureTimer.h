#pragma once

// Ends access at a scheduled departure time even when nobody is signed in: a single-shot
// timer armed for the next departure in the store, which offboards whoever's time has come
// when it fires, if this instance leads the jobs. The "departures" catch-up job runs the same
// work at its interval and re-arms the timer, so departures scheduled through another instance
// (or missed while this one was down) are carried out too. The work is idempotent.

#include <chrono>

#include <QList>
#include <QMutex>
#include <QObject>
#include <QTimer>

namespace cc {
class Store;
}

namespace cc::server {

class DepartureTimer : public QObject
{
    Q_OBJECT

public:
    // The timer never waits longer than maxWait before looking again.
    DepartureTimer(Store &store, std::chrono::milliseconds maxWait, QObject *parent = nullptr);
    ~DepartureTimer() override;

    // Reads the next departure and arms the timer for that moment.
    void rearm();
    // Offboards everyone whose departure has come (when leading), then re-arms.
    void fire();

    // The routes of this process call this after recording a departure, so the timers here
    // re-arm at once instead of at the next catch-up run.
    static void departureScheduled();

signals:
    void departuresCompleted(int count);

private:
    Store &m_store;
    std::chrono::milliseconds m_maxWait;
    QTimer m_timer;
    static QList<DepartureTimer *> s_instances;
    static QMutex s_instancesMutex;
};

} // namespace cc::server
