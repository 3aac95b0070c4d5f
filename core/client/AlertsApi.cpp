#include "AlertsApi.h"

#include "ApiClient.h"

namespace cc::client {

Call<Page<Alert>> AlertsApi::list(const QString &status, const PageRequest &page,
                                  const QString &rule) const
{
    QUrlQuery query = pageQuery(page);
    if (!status.isEmpty())
        query.addQueryItem(QStringLiteral("status"), status);
    if (!rule.isEmpty())
        query.addQueryItem(QStringLiteral("rule"), rule);
    return Call<Page<Alert>>(m_client->get(QStringLiteral("/alerts"), query));
}

Call<Alert> AlertsApi::get(qint64 id) const
{
    return Call<Alert>(m_client->get(QStringLiteral("/alerts/%1").arg(id)));
}

Call<Alert> AlertsApi::acknowledge(qint64 id, const QString &note) const
{
    return Call<Alert>(m_client->post(QStringLiteral("/alerts/%1/acknowledge").arg(id),
                                      {{QStringLiteral("note"), note}}));
}

Call<EndedSessions> AlertsApi::endSessions(qint64 id) const
{
    return Call<EndedSessions>(m_client->post(QStringLiteral("/alerts/%1/end-sessions").arg(id)));
}

Call<Alert> AlertsApi::escalate(qint64 id) const
{
    return Call<Alert>(m_client->post(QStringLiteral("/alerts/%1/escalate").arg(id)));
}

} // namespace cc::client
