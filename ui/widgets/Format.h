#pragma once

// How the console writes times and durations: one unambiguous form everywhere, in the person's
// own time zone with the zone shown, and counts in real plural forms.

#include <QDateTime>
#include <QString>
#include <QStringList>

namespace cc::ui::format {

QString dateTime(const QDateTime &utc); // "2026-11-29 16:36 CET", "—" when unset
QString dateTimeWithSeconds(const QDateTime &utc); // "2026-11-29 16:36:05 CET"
QString date(const QDateTime &utc); // the local date, "2026-11-29"; "—" when unset
QString hours(int hours); // "48 hours", "3 days", "1 day 6 hours"
// A grant's or request's scope.order_ids: "All orders", or the ids ("114-…, 302-…").
QString orderScope(const QStringList &orderIds);
QString days(int days); // "1 day", "3 days"
QString relative(const QDateTime &when, const QDateTime &now); // "in 5 hours", "2 days ago"

} // namespace cc::ui::format
