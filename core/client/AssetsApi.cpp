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

QJsonObject AssetFields::toJson() const
{
    return {{QStringLiteral("name"), name},
            {QStringLiteral("kind"), kind},
            {QStringLiteral("owner"), owner},
            {QStringLiteral("location"), location},
            {QStringLiteral("description"), description},
            {QStringLiteral("holds_amazon_data"), holdsAmazonData},
            {QStringLiteral("holds_pii"), holdsPii}};
}

QJsonObject AssetFields::changesFrom(const Asset &before) const
{
    QJsonObject changes;
    const auto text = [&changes](const char *field, const QString &now, const QString &was) {
        if (now != was)
            changes.insert(QLatin1StringView(field), now);
    };
    text("name", name, before.name);
    text("kind", kind, before.kind);
    text("owner", owner, before.owner);
    text("location", location, before.location);
    text("description", description, before.description);
    if (holdsAmazonData != before.holdsAmazonData)
        changes.insert(QStringLiteral("holds_amazon_data"), holdsAmazonData);
    if (holdsPii != before.holdsPii)
        changes.insert(QStringLiteral("holds_pii"), holdsPii);
    return changes;
}

Call<Asset> AssetsApi::create(const AssetFields &fields) const
{
    return Call<Asset>(m_client->post(QStringLiteral("/assets"), fields.toJson()));
}

Call<Asset> AssetsApi::update(qint64 assetId, const QJsonObject &changes) const
{
    return Call<Asset>(
        m_client->sendRequest("PATCH", QStringLiteral("/assets/%1").arg(assetId), changes));
}

Call<Asset> AssetsApi::retire(qint64 assetId) const
{
    return update(assetId, {{QStringLiteral("status"), QStringLiteral("retired")}});
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
