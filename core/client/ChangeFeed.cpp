#include "ChangeFeed.h"

#include "ApiClient.h"

#include <QTimer>

namespace cc::client {

ChangeSet ChangeSet::fromJson(const QJsonObject &json)
{
    ChangeSet set;
    set.cursor = json.value(QLatin1StringView("cursor")).toString();
    for (const QJsonValue &kind : json.value(QLatin1StringView("kinds")).toArray())
        set.kinds << kind.toString();
    return set;
}

Call<ChangeSet> ChangesApi::since(const QString &cursor) const
{
    QUrlQuery query;
    if (!cursor.isEmpty())
        query.addQueryItem(QStringLiteral("after"), cursor);
    return Call<ChangeSet>(m_client->get(QStringLiteral("/changes"), query));
}

ChangeFeed::ChangeFeed(ApiClient *client, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_timer(new QTimer(this))
{
    m_timer->setInterval(kDefaultIntervalMs);
    connect(m_timer, &QTimer::timeout, this, &ChangeFeed::pollNow);
    // A new session (another user, perhaps) starts from a new cursor.
    connect(m_client, &ApiClient::sessionEnded, this, [this] { m_cursor.clear(); });
}

ChangeFeed::~ChangeFeed()
{
    if (m_job)
        m_job->disconnect(this);
}

void ChangeFeed::setInterval(int ms)
{
    m_timer->setInterval(ms);
}

int ChangeFeed::interval() const
{
    return m_timer->interval();
}

void ChangeFeed::start()
{
    m_timer->start();
    pollNow();
}

void ChangeFeed::stop()
{
    m_timer->stop();
    m_cursor.clear();
    if (m_job) {
        m_job->disconnect(this);
        m_job = nullptr;
    }
}

bool ChangeFeed::isRunning() const
{
    return m_timer->isActive();
}

void ChangeFeed::pollNow()
{
    if (m_job || !m_client->isSignedIn())
        return;
    const Call<ChangeSet> call = ChangesApi(m_client).since(m_cursor);
    m_job = call.job();
    call.then(this, [this](const Reply<ChangeSet> &reply) {
        m_job = nullptr;
        if (!reply.ok()) {
            // A cursor the server no longer takes (another server behind the same address):
            // start over. Other failures are the pages' to report; the next tick asks again.
            if (reply.error.httpStatus == 400)
                m_cursor.clear();
            return;
        }
        m_cursor = reply.value.cursor;
        if (!reply.value.kinds.isEmpty())
            emit changed(reply.value.kinds);
    });
}

} // namespace cc::client
