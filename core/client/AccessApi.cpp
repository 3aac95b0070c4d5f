#include "AccessApi.h"

#include "ApiClient.h"

#include <QJsonArray>

namespace cc::client {

AccessDecision AccessDecision::fromJson(const QJsonObject &json)
{
    return {AccessRequest::fromJson(json.value(QLatin1StringView("request")).toObject()),
            Grant::fromJson(json.value(QLatin1StringView("grant")).toObject())};
}

Call<Page<AccessRequest>> AccessApi::requests(const QString &status, const PageRequest &page) const
{
    QUrlQuery query = pageQuery(page);
    if (!status.isEmpty())
        query.addQueryItem(QStringLiteral("status"), status);
    return Call<Page<AccessRequest>>(m_client->get(QStringLiteral("/access-requests"), query));
}

RegisteredClient RegisteredClient::fromJson(const QJsonObject &json)
{
    return {json.value(QLatin1StringView("name")).toString(),
            json.value(QLatin1StringView("added_by")).toString(),
            parseTime(json.value(QLatin1StringView("added_at")))};
}

Call<AccessRequest> AccessApi::request(const NewAccessRequest &r) const
{
    QJsonObject body {{QStringLiteral("category"), r.category},
                      {QStringLiteral("client"), r.client},
                      {QStringLiteral("reason"), r.reason},
                      {QStringLiteral("duration_hours"), r.durationHours}};
    if (!r.orderIds.isEmpty())
        body.insert(
            QStringLiteral("scope"),
            QJsonObject {{QStringLiteral("order_ids"), QJsonArray::fromStringList(r.orderIds)}});
    return Call<AccessRequest>(m_client->post(QStringLiteral("/access-requests"), body));
}

Call<Page<RegisteredClient>> AccessApi::clients() const
{
    return Call<Page<RegisteredClient>>(m_client->get(QStringLiteral("/clients"), QUrlQuery()));
}

Call<AccessDecision> AccessApi::approve(qint64 id, const QString &comment) const
{
    return Call<AccessDecision>(
        m_client->post(QStringLiteral("/access-requests/%1/approve").arg(id),
                       {{QStringLiteral("comment"), comment}}));
}

Call<AccessDecision> AccessApi::deny(qint64 id, const QString &comment) const
{
    return Call<AccessDecision>(m_client->post(QStringLiteral("/access-requests/%1/deny").arg(id),
                                               {{QStringLiteral("comment"), comment}}));
}

Call<Page<Grant>> AccessApi::grants(const QString &status, const PageRequest &page) const
{
    QUrlQuery query = pageQuery(page);
    if (!status.isEmpty())
        query.addQueryItem(QStringLiteral("status"), status);
    return Call<Page<Grant>>(m_client->get(QStringLiteral("/grants"), query));
}

Call<Grant> AccessApi::revoke(qint64 grantId, const QString &reason) const
{
    return Call<Grant>(m_client->post(QStringLiteral("/grants/%1/revoke").arg(grantId),
                                      {{QStringLiteral("reason"), reason}}));
}

} // namespace cc::client
