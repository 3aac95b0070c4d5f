#pragma once

// The asset inventory and its reviews (docs/api.md, "Assets and review reminders"), and the
// signed-in person's notifications (review reminders, breach notices, alerts).

#include "ApiCall.h"
#include "AssetTypes.h"

#include <QByteArray>

namespace cc::client {

class ApiClient;

struct NewAssetReview
{
    QDate date;
    QString outcome; // confirmed, changes_required, retired
    QString note;
};

// POST /assets/{id}/reviews: the review and the asset as it now stands.
struct RecordedAssetReview
{
    AssetReview review;
    Asset asset;

    static RecordedAssetReview fromJson(const QJsonObject &json);
};

// The fields of POST /assets, or of a PATCH (only those that changed are sent).
struct AssetFields
{
    QString name;
    QString kind;
    QString owner; // username
    QString location;
    QString description;
    bool holdsAmazonData = false;
    bool holdsPii = false;

    QJsonObject toJson() const;
    // The fields of *this that differ from before, for a PATCH.
    QJsonObject changesFrom(const Asset &before) const;
};

struct AssetImport
{
    int imported = 0;

    static AssetImport fromJson(const QJsonObject &json);
};

struct AssetExport
{
    QByteArray csv;
    int count = 0;

    static AssetExport fromJson(const QJsonObject &json);
};

class AssetsApi
{
public:
    explicit AssetsApi(ApiClient *client)
        : m_client(client)
    { }

    // state: "overdue", "due", … or empty for every asset the caller may see.
    Call<Page<Asset>> list(const QString &state, const PageRequest &page) const;
    Call<Page<AssetReview>> reviews(qint64 assetId) const;
    Call<Asset> create(const AssetFields &fields) const;
    Call<Asset> update(qint64 assetId, const QJsonObject &changes) const;
    Call<Asset> retire(qint64 assetId) const;
    Call<RecordedAssetReview> recordReview(qint64 assetId, const NewAssetReview &review) const;
    // The file's bytes as they are: the server checks the encoding too.
    Call<AssetImport> importCsv(const QByteArray &csv) const;
    Call<AssetExport> exportCsv() const;

private:
    ApiClient *m_client;
};

// GET /notifications: the newest notifications and how many are unread in all.
struct NotificationList
{
    QList<Notification> items;
    int unreadCount = 0;

    static NotificationList fromJson(const QJsonObject &json);
};

class NotificationsApi
{
public:
    explicit NotificationsApi(ApiClient *client)
        : m_client(client)
    { }

    Call<NotificationList> latest(int limit) const;
    Call<Notification> markRead(qint64 id) const;
    Call<Done> markAllRead() const;

private:
    ApiClient *m_client;
};

} // namespace cc::client
