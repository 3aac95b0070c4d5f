#pragma once

// Assets and their six-monthly reviews: the records, the kinds and outcomes the policy knows,
// the calendar arithmetic of "next review due" and the reminder state an asset is in on a day.
// Review dates are calendar days in UTC; "today" is the UTC date of the injected clock.

#include "Result.h"
#include "domain/Policy.h"

#include <optional>

#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>

namespace cc {

struct Asset
{
    qint64 id = 0;
    QString name;
    QString kind; // one of assetKinds()
    qint64 ownerId = 0;
    QString ownerUsername;
    QString ownerName;
    QString location;
    QString description;
    bool holdsAmazonData = false;
    bool holdsPii = false;
    QString status; // active, retired
    qint64 createdAt = 0;
    QDate lastReview; // invalid when never reviewed
    QDate nextReviewDue;
    bool needsReassignment = false; // its owner was offboarded
};

struct AssetReview
{
    qint64 id = 0;
    qint64 assetId = 0;
    QString reviewer; // username, or "compliancectl"
    QString reviewerName;
    QDate date;
    QString outcome; // confirmed, changes_required, retired
    QString note;
    qint64 recordedAt = 0;
    QDate nextReviewDue; // what the review set
};

// ok, due_soon, due_this_week, overdue; retired assets are "retired" and never remind.
enum class ReviewState { Ok, DueSoon, DueThisWeek, Overdue, Retired };

const QStringList &assetKinds(); // server, laptop, database, cloud_service, saas, ...
bool isAssetKind(const QString &kind);
QString assetKindLabel(const QString &kind); // "cloud_service" -> "Cloud service"
const QStringList &reviewOutcomes(); // confirmed, changes_required, retired
bool isReviewOutcome(const QString &outcome);

// date + months, clamped to the end of a shorter month (31 Aug + 6 months = 28/29 Feb).
QDate addReviewInterval(const QDate &date, int months);
QDate nextReviewDue(const QDate &reviewed, const Policy &policy);

// Days from today until due (negative when overdue).
qint64 daysUntilDue(const QDate &due, const QDate &today);
ReviewState reviewState(const QDate &due, const QDate &today, bool retired, const Policy &policy);
QString reviewStateName(ReviewState state);
std::optional<ReviewState> reviewStateFromName(const QString &name);

// The reminder a due date calls for today, if any: the most urgent of the policy's
// thresholds (30, 7, 1 days before) that has been reached, or "overdue" after the due date.
// Each reminder is keyed by (threshold, day) so it is sent once: a threshold's day is the day
// it was reached, an overdue reminder's day is today.
struct Reminder
{
    QString threshold; // "due_in_30", "due_in_7", "due_in_1", "overdue"
    QDate day;
    qint64 daysLeft = 0;
};
std::optional<Reminder> reminderFor(const QDate &due, const QDate &today, const Policy &policy);

// Parses YYYY-MM-DD strictly (no time, no other format).
QDate parseIsoDate(const QString &text);
inline QString isoDate(const QDate &date)
{
    return date.isValid() ? date.toString(Qt::ISODate) : QString();
}

} // namespace cc
