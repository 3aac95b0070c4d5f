#include "AssetsApi.h"

#include "ApiClient.h"

namespace cc::client {

RecordedAssetReview RecordedAssetReview::fromJson(const QJsonObject &json)
{
    return {AssetReview::fromJson(json.value(QLatin1StringView("review")).toObject()),
            Asset::fromJson(json.value(QLatin1StringView("asset")).toObject())};
}

AssetImport AssetImport::fromJson(const QJsonObject &json)
{
    return {json.value(QLatin1StringView("imported")).toInt()};
}

AssetExport AssetExport::fromJson(const QJsonObject &json)
{
    return {json.value(QLatin1StringView("csv")).toString().toUtf8(),
            json.value(QLatin1StringView("count")).toInt()};
}

Call<Page<Asset>> AssetsApi::list(const QString &state, const PageRequest &page) const
{
    QUrlQuery query = pageQuery(page);
    if (!state.isEmpty())
        query.addQueryItem(QStringLiteral("state"), state);
    return Call<Page<Asset>>(m_client->get(QStringLiteral("/assets"), query));
}

Call<Page<AssetReview>> AssetsApi::reviews(qint64 assetId) const
{
    return Call<Page<AssetReview>>(
        m_client->get(QStringLiteral("/assets/%1/reviews").arg(assetId)));
}

Call<RecordedAssetReview> AssetsApi::recordReview(qint64 assetId, const NewAssetReview &r) const
{
    return Call<RecordedAssetReview>(
        m_client->post(QStringLiteral("/assets/%1/reviews").arg(assetId),
                       {{QStringLiteral("date"), r.date.toString(Qt::ISODate)},
                        {QStringLiteral("outcome"), r.outcome},
                        {QStringLiteral("note"), r.note}}));
}

Call<AssetImport> AssetsApi::importCsv(const QByteArray &csv) const
{
    return Call<AssetImport>(
        m_client->post(QStringLiteral("/assets/import"),
                       {{QStringLiteral("csv_base64"), QString::fromLatin1(csv.toBase64())}}));
}

Call<AssetExport> AssetsApi::exportCsv() const
{
    return Call<AssetExport>(m_client->get(QStringLiteral("/assets/export")));
}

NotificationList NotificationList::fromJson(const QJsonObject &json)
{
    NotificationList list;
    list.items = Page<Notification>::fromJson(json).items;
    list.unreadCount = json.value(QLatin1StringView("unread_count")).toInt();
    return list;
}

Call<NotificationList> NotificationsApi::latest(int limit) const
{
    return Call<NotificationList>(
        m_client->get(QStringLiteral("/notifications"), pageQuery(PageRequest {QString(), limit})));
}

Call<Notification> NotificationsApi::markRead(qint64 id) const
{
    return Call<Notification>(m_client->post(QStringLiteral("/notifications/%1/read").arg(id)));
}

Call<Done> NotificationsApi::markAllRead() const
{
    return Call<Done>(m_client->post(QStringLiteral("/notifications/read-all")));
}

} // namespace cc::client
