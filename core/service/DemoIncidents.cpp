#include "DemoIncidents.h"

#include "DemoData.h"
#include "service/Incidents.h"
#include "store/RowType.h"
#include "store/Store.h"

namespace cc::demo {

namespace {

constexpr qint64 kHourMs = 3600 * 1000;

struct Scenario
{
    const Caller *reporter;
    const char *title;
    const char *description;
    int severity;
    const char *category;
    qint64 hoursAgo;
    bool amazon;
    QStringList steps; // statuses to walk through
    qint64 containHours = 0; // from detection; 0: a few hours, as the timeline's steps fall
};

const QStringList kClosed = {QStringLiteral("triaged"), QStringLiteral("contained"),
                             QStringLiteral("resolved"), QStringLiteral("closed")};

// Reports the incident and walks it through its scenario as the officer would.
Result<qint64> play(Incidents &incidents, const Scenario &s, const Caller &officer,
                    const QList<const Caller *> &acknowledging, qint64 now)
{
    NewIncident n;
    n.title = QString::fromUtf8(s.title);
    n.description = QString::fromUtf8(s.description);
    n.severity = s.severity;
    n.category = QString::fromUtf8(s.category);
    n.detectedAt = now - s.hoursAgo * kHourMs;
    n.involvesAmazonData = s.amazon;
    Result<IncidentDetail> reported = incidents.report(*s.reporter, n);
    if (!reported)
        return reported.error();
    const qint64 id = reported->incident.id;
    IncidentChanges assign;
    assign.assignee = QStringLiteral("daniel.okafor");
    if (Result<IncidentDetail> done = incidents.update(officer, id, assign); !done)
        return done.error();
    for (const QString &status : s.steps) {
        // A closed incident went through its whole response plan.
        if (status == QLatin1String("closed"))
            for (const TaskTemplate &t : responsePlanTasks())
                if (Result<IncidentDetail> done
                    = incidents.updateTask(officer, id, t.key, true, std::nullopt);
                    !done)
                    return done.error();
        IncidentChanges step;
        step.status = status;
        if (Result<IncidentDetail> done = incidents.update(officer, id, step); !done)
            return done.error();
    }
    if (s.amazon) {
        if (Result<IncidentDetail> note = incidents.addNote(
                officer, id,
                QStringLiteral("Folder sharing revoked; checking the contractor's access "
                               "log for downloads."));
            !note)
            return note.error();
        // The IMPOC and the CTO have acknowledged; the deputy and the CEO have not yet.
        for (const Caller *who : acknowledging)
            if (Result<IncidentDetail> ack = incidents.acknowledge(*who, id); !ack)
                return ack.error();
    }
    return id;
}

// Timelines in the demo unfold from when the incident was detected, as in a store in use;
// the audit trail keeps the true time of seeding.
Result<void> backdate(Store &store, qint64 id, qint64 detected, qint64 hoursAgo,
                      qint64 containHours)
{
    // Containment is the second milestone, two steps after detection.
    const qint64 step = containHours > 0 ? containHours * kHourMs / 2
                                         : qMin<qint64>(hoursAgo * kHourMs / 8, 2 * kHourMs);
    // Plain statements with typed values only: PostgreSQL cannot type a parameter inside
    // CASE or arithmetic.
    QList<std::pair<QString, QVariantList>> moves = {
        {QStringLiteral("UPDATE incidents SET reported_at = ? WHERE id = ?"),
         {detected + step / 2, id}},
        {QStringLiteral("UPDATE incident_tasks SET done_at = ? WHERE incident_id = ? AND "
                        "done_at IS NOT NULL"),
         {detected + step, id}},
        {QStringLiteral("UPDATE incident_executives SET notified_at = ? WHERE incident_id = ?"),
         {detected + step / 2, id}},
        {QStringLiteral("UPDATE incident_executives SET acknowledged_at = ? WHERE incident_id "
                        "= ? AND acknowledged_at IS NOT NULL"),
         {detected + step, id}},
    };
    int milestone = 0;
    for (const char *column : {"triaged_at", "contained_at", "resolved_at", "closed_at"}) {
        milestone += milestone < 2 ? 1 : 2;
        moves.append({QStringLiteral("UPDATE incidents SET %1 = ? WHERE id = ? AND %1 IS NOT "
                                     "NULL")
                          .arg(QLatin1String(column)),
                      {detected + milestone * step, id}});
    }
    Result<QVariantList> events = rows::column(store.exec(
        QStringLiteral("SELECT id FROM incident_events WHERE incident_id = ? ORDER BY id"), {id}));
    if (!events)
        return events.error();
    qint64 at = detected + step / 2;
    for (const QVariant &event : std::as_const(*events)) {
        moves.append({QStringLiteral("UPDATE incident_events SET at = ? WHERE id = ?"),
                      {at, event.toLongLong()}});
        at += step / 2;
    }
    for (const auto &[sql, args] : std::as_const(moves)) {
        if (Result<Query> moved = store.exec(sql, args); !moved)
            return moved.error();
    }
    return {};
}

} // namespace

Result<int> seedIncidents(Store &store)
{
    Incidents incidents(store);
    Result<Caller> officer = person(store, QStringLiteral("daniel.okafor"));
    Result<Caller> analyst = person(store, QStringLiteral("priya.shah"));
    Result<Caller> cto = person(store, QStringLiteral("tomas.rivera"));
    Result<Caller> ops = person(store, QStringLiteral("mark.jensen"));
    Result<Caller> impoc = person(store, QStringLiteral("carol.nguyen"));
    for (const Result<Caller> *c : {&officer, &analyst, &cto, &ops, &impoc}) {
        if (!*c)
            return c->error();
    }
    const qint64 now = store.clock().nowMs();
    const Scenario scenarios[] = {
        {&*ops,
         "Warehouse label printer offline",
         "The label printer in hall B stopped printing; shipments are labelled by hand.",
         4,
         "availability",
         24 * 40,
         false,
         {QStringLiteral("triaged"), QStringLiteral("contained"), QStringLiteral("resolved"),
          QStringLiteral("closed")}},
        {&*analyst,
         "Phishing e-mail reported by two support agents",
         "An e-mail posing as the carrier asked for the support login; nobody entered it.",
         3,
         "security",
         24 * 9,
         false,
         {QStringLiteral("triaged"), QStringLiteral("contained"), QStringLiteral("resolved")}},
        {&*ops,
         "Order API slow for EU marketplaces",
         "Order ingestion lags by up to 40 minutes since this morning's deploy.",
         2,
         "availability",
         5,
         false,
         {QStringLiteral("triaged")}},
        {&*analyst,
         "Order export with buyer addresses found in a shared folder",
         "A CSV export of Northwind Outdoor EU orders, with buyer names and addresses, was in "
         "a folder shared with an outside contractor.",
         1,
         "data_breach",
         3,
         true,
         {QStringLiteral("triaged")}},
        // The year before: closed incidents, for the dashboard's trends.
        {&*ops, "Carrier label API outage", "The carrier's label API answered 503 for hours.", 3,
         "availability", 24 * 320, false, kClosed, 6},
        {&*analyst, "Lost laptop of a support agent",
         "Left on a train; disk encrypted, sessions ended remotely.", 2, "security", 24 * 275,
         false, kClosed, 3},
        {&*ops, "Warehouse scanner firmware fault", "Handheld scanners rebooted every few minutes.",
         3, "availability", 24 * 230, false, kClosed, 30},
        {&*analyst, "Password spraying against the console",
         "Guesses at many accounts from one address range; the lockout held.", 2, "security",
         24 * 190, false, kClosed, 9},
        {&*ops, "Backup job failed for three nights", "The nightly store backup did not complete.",
         2, "availability", 24 * 150, false, kClosed, 52},
        {&*analyst, "Support ticket quoted a buyer's phone number",
         "A ticket visible to an outside contractor quoted a buyer's phone number.", 2,
         "data_breach", 24 * 105, false, kClosed, 20},
        {&*ops, "Payment reconciliation job stuck", "Payouts were not reconciled for two days.", 3,
         "availability", 24 * 70, false, kClosed, 14},
    };
    int count = 0;
    for (const Scenario &s : scenarios) {
        Result<qint64> id = play(incidents, s, *officer, {&*impoc, &*cto}, now);
        if (!id)
            return id.error();
        if (Result<void> moved
            = backdate(store, *id, now - s.hoursAgo * kHourMs, s.hoursAgo, s.containHours);
            !moved)
            return moved.error();
        ++count;
    }
    return count;
}

} // namespace cc::demo
