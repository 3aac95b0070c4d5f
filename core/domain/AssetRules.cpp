#include "AssetRules.h"

#include <QRegularExpression>

namespace cc {

const QStringList &assetKinds()
{
    static const QStringList kinds = {
        QStringLiteral("server"),
        QStringLiteral("laptop"),
        QStringLiteral("database"),
        QStringLiteral("cloud_service"),
        QStringLiteral("saas"),
        QStringLiteral("data_store"),
        QStringLiteral("network_device"),
        QStringLiteral("other"),
        // USB sticks, external disks and the like: the removable-devices control fails when one
        // holds PII or Amazon data (only anonymised aggregates may go there; devices register).
        QStringLiteral("removable_media"),
    };
    return kinds;
}

bool isAssetKind(const QString &kind)
{
    return assetKinds().contains(kind);
}

QString assetKindLabel(const QString &kind)
{
    if (kind == QLatin1String("saas"))
        return QStringLiteral("SaaS");
    QString label = kind;
    label.replace(QLatin1Char('_'), QLatin1Char(' '));
    if (!label.isEmpty())
        label[0] = label.at(0).toUpper();
    return label;
}

const QStringList &reviewOutcomes()
{
    static const QStringList outcomes = {
        QStringLiteral("confirmed"), QStringLiteral("changes_required"), QStringLiteral("retired")};
    return outcomes;
}

bool isReviewOutcome(const QString &outcome)
{
    return reviewOutcomes().contains(outcome);
}

QDate addReviewInterval(const QDate &date, int months)
{
    // QDate::addMonths keeps the day when the target month has it and otherwise clamps to that
    // month's last day, which is the policy's reading of "six months later".
    return date.addMonths(months);
}

QDate nextReviewDue(const QDate &reviewed, const Policy &policy)
{
    return addReviewInterval(reviewed, policy.assetReviewMonths);
}

qint64 daysUntilDue(const QDate &due, const QDate &today)
{
    return today.daysTo(due);
}

ReviewState reviewState(const QDate &due, const QDate &today, bool retired, const Policy &policy)
{
    if (retired)
        return ReviewState::Retired;
    const qint64 left = daysUntilDue(due, today);
    if (left < 0)
        return ReviewState::Overdue;
    if (left < policy.assetDueThisWeekDays)
        return ReviewState::DueThisWeek;
    if (left < policy.assetDueSoonDays)
        return ReviewState::DueSoon;
    return ReviewState::Ok;
}

QString reviewStateName(ReviewState state)
{
    switch (state) {
    case ReviewState::Ok:
        return QStringLiteral("ok");
    case ReviewState::DueSoon:
        return QStringLiteral("due_soon");
    case ReviewState::DueThisWeek:
        return QStringLiteral("due_this_week");
    case ReviewState::Overdue:
        return QStringLiteral("overdue");
    case ReviewState::Retired:
        return QStringLiteral("retired");
    }
    return QStringLiteral("ok");
}

std::optional<ReviewState> reviewStateFromName(const QString &name)
{
    for (ReviewState s : {ReviewState::Ok, ReviewState::DueSoon, ReviewState::DueThisWeek,
                          ReviewState::Overdue, ReviewState::Retired}) {
        if (reviewStateName(s) == name)
            return s;
    }
    return std::nullopt;
}

std::optional<Reminder> reminderFor(const QDate &due, const QDate &today, const Policy &policy)
{
    const qint64 left = daysUntilDue(due, today);
    if (left < 0)
        return Reminder {QStringLiteral("overdue"), today, left};
    // The most urgent threshold reached: a store that was down for a while, or an asset added
    // close to its due date, gets the one reminder that fits, not a burst of stale ones.
    int best = 0;
    for (int days :
         {policy.assetDueSoonDays, policy.assetDueThisWeekDays, policy.assetLastReminderDays}) {
        if (left <= days && (best == 0 || days < best))
            best = days;
    }
    if (best == 0)
        return std::nullopt;
    return Reminder {QStringLiteral("due_in_%1").arg(best), due.addDays(-best), left};
}

QDate parseIsoDate(const QString &text)
{
    static const QRegularExpression shape(QStringLiteral("^[0-9]{4}-[0-9]{2}-[0-9]{2}$"));
    if (!shape.match(text).hasMatch())
        return {};
    return QDate::fromString(text, Qt::ISODate);
}

} // namespace cc
