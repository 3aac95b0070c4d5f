#include "widgets/Format.h"

#include "Words.h"

#include <algorithm>

#include <QCoreApplication>

namespace cc::ui::format {

namespace {

// The plural forms come from the translation (English has one for its plurals too).
QString hoursText(int count)
{
    return QCoreApplication::translate("cc::ui::format", "%n hour(s)", nullptr, count);
}

} // namespace

QString dateTime(const QDateTime &utc)
{
    return client::displayTime(utc);
}

QString date(const QDateTime &utc)
{
    return utc.isValid() ? utc.toLocalTime().date().toString(Qt::ISODate) : QStringLiteral("—");
}

QString dateTimeWithSeconds(const QDateTime &utc)
{
    return client::displayTime(utc, true);
}

QString days(int count)
{
    return QCoreApplication::translate("cc::ui::format", "%n day(s)", nullptr, count);
}

QString orderScope(const QStringList &orderIds)
{
    if (orderIds.isEmpty())
        return QCoreApplication::translate("cc::ui::format", "All orders");
    return orderIds.join(QStringLiteral(", "));
}

QString hours(int hours)
{
    if (hours < 24 || (hours % 24 != 0 && hours < 72))
        return hoursText(hours);
    const int fullDays = hours / 24;
    const int rest = hours % 24;
    QString text = days(fullDays);
    if (rest)
        text += QLatin1Char(' ') + hoursText(rest);
    return text;
}

QString relative(const QDateTime &when, const QDateTime &now)
{
    if (!when.isValid())
        return {};
    const qint64 seconds = now.secsTo(when);
    const qint64 magnitude = qAbs(seconds);
    const int minutes = int(std::max(qint64(1), magnitude / 60));
    QString span;
    if (magnitude < 3600)
        span = QCoreApplication::translate("cc::ui::format", "%n minute(s)", nullptr, minutes);
    else if (magnitude < 48 * 3600)
        span = hoursText(int(magnitude / 3600));
    else
        span = days(int(magnitude / 86400));
    return seconds >= 0 ? QCoreApplication::translate("cc::ui::format", "in %1").arg(span)
                        : QCoreApplication::translate("cc::ui::format", "%1 ago").arg(span);
}

} // namespace cc::ui::format
