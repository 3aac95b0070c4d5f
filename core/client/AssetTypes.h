#pragma once

// The asset inventory's objects as the console reads them (docs/api.md, "Assets"). Lenient
// like ApiTypes: a missing field reads as empty.

#include <QDate>
#include <QDateTime>
#include <QJsonObject>
#include <QString>

namespace cc::client {

namespace permission {
inline constexpr char AssetsRead[] = "assets:read";
inline constexpr char AssetsManage[] = "assets:manage";
inline constexpr char AssetsReview[] = "assets:review";
} // namespace permission

struct Asset
{
    qint64 id = 0;
    QString name;
    QString kind;
    qint64 ownerId = 0;
    QString owner; // username
    QString ownerName;
    QString location;
    QString description;
    bool holdsAmazonData = false;
    bool holdsPii = false;
    QString status; // active, retired
    QDateTime createdAt;
    QDate lastReview;
    QDate nextReviewDue;
    QString state; // ok, due_soon, due_this_week, overdue, retired
    qint64 daysUntilDue = 0;
    bool needsReassignment = false; // the owner was offboarded: a manager gives it another

    static Asset fromJson(const QJsonObject &json);
};

struct AssetReview
{
    qint64 id = 0;
    QString reviewer;
    QString reviewerName;
    QDate date;
    QString outcome; // confirmed, changes_required, retired
    QString note;
    QDate nextReviewDue;

    static AssetReview fromJson(const QJsonObject &json);
};

struct Notification
{
    qint64 id = 0;
    QString kind;
    qint64 assetId = 0;
    qint64 incidentId = 0; // incident_breach and incident_clock notifications
    qint64 alertId = 0; // monitoring alerts (kind "alert")
    QString threshold;
    QString title;
    QString body;
    QDateTime createdAt;
    bool read = false;

    static Notification fromJson(const QJsonObject &json);
};

} // namespace cc::client
