#pragma once

// Access reviews as the console reads them (docs/api.md, "Access reviews"). Lenient like
// ApiTypes: a missing field reads as empty.

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>

namespace cc::client {

namespace permission {
inline constexpr char AccessReviewsManage[] = "access_reviews:manage";
} // namespace permission

struct AccessReview
{
    qint64 id = 0;
    QString title;
    QString status; // open, completed
    QString startedBy;
    QDateTime startedAt;
    QDateTime dueAt;
    QString unreviewedAction; // flag, revoke
    QDateTime completedAt;
    QString completedBy;
    QString reportSha256;
    int total = 0;
    int decided = 0;
    int kept = 0;
    int revoked = 0;
    int unreviewed = 0;
    int mine = 0; // items the signed-in user reviews
    int mineOpen = 0;

    bool isOpen() const { return status == QLatin1String("open"); }
    static AccessReview fromJson(const QJsonObject &json);
};

struct AccessReviewItem
{
    qint64 id = 0;
    qint64 reviewId = 0;
    QString kind; // grant, role
    qint64 userId = 0;
    QString holder;
    qint64 grantId = 0;
    QString role;
    QString category;
    QString client;
    QString grantedBy;
    QDateTime grantedAt;
    QDateTime expiresAt;
    qint64 reviewerId = 0;
    QString reviewer;
    QString decision; // "", keep, revoke, unreviewed
    QString reason;
    QString decidedBy;
    QDateTime decidedAt;
    QString outcome;
    bool canDecide = false;
    // The reviewer's context, as of the read: the holder's latest sign-in, the grant's latest
    // use (invalid: never), and the holder's earlier grants of the same category.
    QDateTime holderLastSignInAt;
    QDateTime grantLastUsedAt;
    int earlierGrants = 0;

    // "orders.pii of ACME EU" or "role admin".
    QString accessText() const;
    static AccessReviewItem fromJson(const QJsonObject &json);
};

// GET /access-reviews/{id}/report?format=json: the campaign, its items and the CSV the server
// serves, byte for byte, with its SHA-256.
struct AccessReviewReport
{
    AccessReview review;
    QList<AccessReviewItem> items;
    QByteArray csv;
    QString csvSha256;

    static AccessReviewReport fromJson(const QJsonObject &json);
};

} // namespace cc::client
