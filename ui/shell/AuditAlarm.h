#pragma once

// The audit chain's state across every window: the server's verdict (GET /audit/head,
// audit_state), read when the window opens, whenever the change feed says alerts changed (the
// server raises audit_tamper when a check finds a break) and every kPollMs. A broken chain is
// an alarm, solid red, naming the first bad event and what is wrong there; a break the store's
// operator acknowledged is a calmer warning naming that break (where, when, by whom, why); an
// intact chain shows nothing. Only holders of audit:read can read the head; the alert reaches
// the officers and executives through the bell as well.

#include "widgets/MessageBar.h"

#include <QObject>
#include <QPointer>
#include <QStringList>
#include <QTimer>

namespace cc::client {
class ApiClient;
class ApiJob;
struct AuditHead;
} // namespace cc::client

namespace cc::ui {

class AuditAlarm : public QObject
{
    Q_OBJECT

public:
    static constexpr int kPollMs = 30'000;

    explicit AuditAlarm(client::ApiClient *client, QObject *parent = nullptr);

    // Starts reading (at once, then every kPollMs) when the session may read the audit log.
    void start();
    void stop();
    QString state() const { return m_state; } // as last read; empty before the first answer

public slots:
    void check(); // reads the head now, unless a read is under way
    void noteChanges(const QStringList &kinds); // from the change feed

signals:
    // What the window's "audit" banner shows; an empty text clears it.
    void bannerChanged(cc::ui::MessageBar::Kind kind, const QString &text);

private:
    void showHead(const client::AuditHead &head);
    // Reads the anchor lines after `after` for the newest acknowledged break, then shows it.
    void nameAcknowledgedBreak(qint64 after);

    client::ApiClient *m_client;
    QTimer m_poll;
    QPointer<client::ApiJob> m_job;
    QString m_state;
    QString m_acknowledgement; // the banner text for the newest acknowledged break
};

} // namespace cc::ui
