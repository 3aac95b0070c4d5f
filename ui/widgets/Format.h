#pragma once

// How the console writes times and durations: one unambiguous form everywhere.

#include <QDateTime>
#include <QString>

namespace cc::ui::format {

QString dateTime(const QDateTime &utc); // "2026-11-29 16:36" in local time, "—" when unset
QString hours(int hours); // "48 h", "3 days", "1 day 6 h"
QString relative(const QDateTime &when, const QDateTime &now); // "in 5 h", "2 days ago"

} // namespace cc::ui::format
