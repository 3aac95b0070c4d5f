#include "shell/AuditAlarm.h"

#include "ApiClient.h"
#include "AuditApi.h"
#include "ChangeFeed.h"
#include "widgets/Format.h"

#include <QLoggingCategory>

Q_LOGGING_CATEGORY(lcAuditAlarm, "compliance.ui.auditalarm")

namespace cc::ui {

namespace {

constexpr int kAnchorPage = 5000; // the most GET /audit/anchors gives at once

} // namespace

AuditAlarm::AuditAlarm(client::ApiClient *client, QObject *parent)
    : QObject(parent)
    , m_client(client)
{
    m_poll.setInterval(kPollMs);
    connect(&m_poll, &QTimer::timeout, this, &AuditAlarm::check);
}

void AuditAlarm::start()
{
    if (!m_client->session().can(client::permission::AuditRead))
        return;
    m_poll.start();
    check();
}

void AuditAlarm::stop()
{
    m_poll.stop();
    if (m_job)
        m_job->abort();
}

void AuditAlarm::noteChanges(const QStringList &kinds)
{
    if (m_poll.isActive() && kinds.contains(QLatin1StringView(client::change::Alerts)))
        check();
}

void AuditAlarm::check()
{
    if (m_job || !m_client->isSignedIn())
        return;
    const client::Call<client::AuditHead> call = client::AuditApi(m_client).head();
    m_job = call.job();
    call.then(this, [this](const client::Reply<client::AuditHead> &reply) {
        m_job = nullptr;
        if (!reply.ok()) {
            // The banner keeps the last verdict; the next poll asks again.
            qCWarning(lcAuditAlarm) << "cannot read the audit head:" << reply.error.message;
            return;
        }
        showHead(reply.value);
    });
}

void AuditAlarm::showHead(const client::AuditHead &head)
{
    const QString before = m_state;
    m_state = head.auditState;
    if (m_state == QLatin1String("broken")) {
        // The server names the first bad event and what is wrong there ("event 5 was altered").
        QString problem = head.auditProblem.trimmed();
        if (problem.endsWith(QLatin1Char('.')))
            problem.chop(1);
        emit bannerChanged(MessageBar::Kind::Alarm,
                           tr("The audit log is broken at event %1: %2. Someone may have cut or "
                              "rewritten it. Compliance officers and executives have been "
                              "alerted; verify it on the Audit page.")
                               .arg(head.auditFirstBadSeq)
                               .arg(problem));
        return;
    }
    if (m_state == QLatin1String("break_acknowledged")) {
        if (before != m_state || m_acknowledgement.isEmpty())
            nameAcknowledgedBreak(0);
        else
            emit bannerChanged(MessageBar::Kind::Warning, m_acknowledgement);
        return;
    }
    m_acknowledgement.clear();
    emit bannerChanged(MessageBar::Kind::Info, QString());
}

void AuditAlarm::nameAcknowledgedBreak(qint64 after)
{
    const client::Call<client::AnchorPage> call
        = client::AuditApi(m_client).anchors(after, kAnchorPage);
    m_job = call.job();
    call.then(this, [this, after](const client::Reply<client::AnchorPage> &reply) {
        m_job = nullptr;
        if (!reply.ok()) {
            emit bannerChanged(MessageBar::Kind::Warning,
                               tr("The audit log has an acknowledged break (its details could "
                                  "not be read: %1).")
                                   .arg(reply.error.message));
            return;
        }
        const QList<BreakAcknowledgement> acks = reply.value.acknowledgements();
        if (!acks.isEmpty()) {
            const BreakAcknowledgement &a = acks.last();
            m_acknowledgement
                = tr("The audit log has an acknowledged break at event %1: %2 acknowledged it "
                     "on %3 (operating-system user %4), saying “%5”. Verification reports this "
                     "break and checks everything else.")
                      .arg(a.seq)
                      .arg(a.actor,
                           format::dateTime(QDateTime::fromMSecsSinceEpoch(a.atMs, Qt::UTC)),
                           a.osUser, a.reason);
        }
        if (reply.value.nextAfter > after) {
            nameAcknowledgedBreak(reply.value.nextAfter);
            return;
        }
        emit bannerChanged(MessageBar::Kind::Warning,
                           m_acknowledgement.isEmpty()
                               ? tr("The audit log has an acknowledged break.")
                               : m_acknowledgement);
    });
}

} // namespace cc::ui
