#pragma once

// How the console words what the API says, for people rather than for programs: times in the
// person's own time zone with the zone shown, audit actions as sentences ("Access approved",
// not access.approve), and an audit event's key=value detail as labelled fields with their
// values in words. The raw values stay available (tooltips, the audit detail pane) for those
// who check them against the log.

#include <QDateTime>
#include <QList>
#include <QString>

namespace cc::client {

// "2026-11-29 16:36 CET" in the local time zone; with seconds when asked; "—" when unset.
QString displayTime(const QDateTime &utc, bool withSeconds = false);

// "Access approved" for access.approve; the action itself when it is not known.
QString auditActionLabel(const QString &action);

// What an outstanding enrolment code is for: "First enrolment" for enrol, "Password reset",
// "Second-factor reset"; the value itself when it is not known.
QString enrolmentPurposeLabel(const QString &purpose);

// A control's status as a word people read next to its colour: "Pass", "Warning", "Failing",
// "Manual" for pass, warn, fail and manual; the value itself when it is not known.
QString controlStatusLabel(const QString &status);
// A device's kind ("USB stick" for usb_stick) and what it may carry ("No Amazon data" for none,
// "Anonymised aggregates only" for aggregates_only).
QString deviceKindLabel(const QString &kind);
QString approvedUseLabel(const QString &approvedUse);
// Where a person stands with the policy: "Acknowledged", "Due", "Overdue".
QString policyStandingLabel(const QString &standing);

struct DetailField
{
    QString label; // "Severity"
    QString value; // "1 · Critical"
};
// What deciding an access-review item did, in words: "Grant revoked" for the server's
// "grant revoked"; a server sentence it carries ("not revoked: …") stays as the server wrote it.
QString reviewOutcomeLabel(const QString &outcome);

// An audit event's detail ("severity=1 category=data_breach") as labelled fields; a detail
// that is a sentence rather than key=value pairs comes back as one field without a label.
QList<DetailField> auditDetailFields(const QString &detail);
// The same fields in one line: "Severity: 1 · Critical · Category: Data breach".
QString auditDetailText(const QString &detail);

} // namespace cc::client
