#include "ControlsApi.h"

#include "ApiClient.h"

namespace cc::client {

Call<ControlList> ControlsApi::list() const
{
    return Call<ControlList>(m_client->get(QStringLiteral("/controls")));
}

Call<ControlHistory> ControlsApi::history(const QString &controlId, int days) const
{
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("control"), controlId);
    query.addQueryItem(QStringLiteral("days"), QString::number(days));
    return Call<ControlHistory>(m_client->get(QStringLiteral("/controls/history"), query));
}

Call<ControlAttestationList> ControlsApi::attestations(const QString &controlId) const
{
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("control"), controlId);
    return Call<ControlAttestationList>(
        m_client->get(QStringLiteral("/controls/attestations"), query));
}

Call<Done> ControlsApi::evidencePack(QDate from, QDate to, QIODevice *sink) const
{
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("from"), from.toString(Qt::ISODate));
    query.addQueryItem(QStringLiteral("to"), to.toString(Qt::ISODate));
    ApiJob *job = m_client->get(QStringLiteral("/evidence"), query);
    job->setSink(sink);
    return Call<Done>(job);
}

Call<PolicyText> PolicyApi::text() const
{
    return Call<PolicyText>(m_client->get(QStringLiteral("/policy/text")));
}

Call<PolicyText> PolicyApi::acknowledge(const QString &version) const
{
    return Call<PolicyText>(m_client->post(QStringLiteral("/policy/acknowledge"),
                                           {{QStringLiteral("version"), version}}));
}

} // namespace cc::client
