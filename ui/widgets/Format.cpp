#include "widgets/Format.h"

#include <QCoreApplication>

namespace cc::ui::format {

namespace {

// Plurals spelled out: without a loaded translation, %n alone would print "day(s)".
QString days(int count)
{
    return count == 1 ? QCoreApplication::translate("cc::ui::format", "1 day")
                      : QCoreApplication::translate("cc::ui::format", "%1 days").arg(count);
}

} // namespace

QString dateTime(const QDateTime &utc)
{
    if (!utc.isValid())
        return QStringLiteral("—");
    return utc.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm"));
}

QString hours(int hours)
{
    if (hours < 24 || (hours % 24 != 0 && hours < 72))
        return QCoreApplication::translate("cc::ui::format", "%n h", nullptr, hours);
    const int fullDays = hours / 24;
    const int rest = hours % 24;
    QString text = days(fullDays);
    if (rest)
        text += QLatin1Char(' ')
            + QCoreApplication::translate("cc::ui::format", "%n h", nullptr, rest);
    return text;
}

QString relative(const QDateTime &when, const QDateTime &now)
{
    if (!when.isValid())
        return {};
    const qint64 seconds = now.secsTo(when);
    const qint64 magnitude = qAbs(seconds);
    QString span;
    if (magnitude < 3600)
        span = QCoreApplication::translate("cc::ui::format", "%n min", nullptr,
                                           int(qMax<qint64>(1, magnitude / 60)));
    else if (magnitude < 48 * 3600)
        span
            = QCoreApplication::translate("cc::ui::format", "%n h", nullptr, int(magnitude / 3600));
    else
        span = days(int(magnitude / 86400));
    return seconds >= 0 ? QCoreApplication::translate("cc::ui::format", "in %1").arg(span)
                        : QCoreApplication::translate("cc::ui::format", "%1 ago").arg(span);
}

} // namespace cc::ui::format
