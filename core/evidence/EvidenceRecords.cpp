#include "EvidenceRecords.h"

#include "audit/AuditExport.h"
#include "csv/CsvWriter.h"
#include "service/ControlRows.h"
#include "store/RowType.h"
#include "store/Store.h"

namespace cc::evidence {

namespace {

// How a column's value is written.
enum class Kind {
    Text,
    Number,
    Time, // milliseconds since the epoch, written as ISO 8601 UTC
    Flag, // 0/1, written as no/yes
};

// One column of a record file: its header, the SQL that selects it, how it is written.
struct Column
{
    const char *header;
    const char *sql;
    Kind kind;
};

// One record file: its columns (the SELECT lists them in this order and they are read back
// by the same position, so header and value cannot drift apart) and the rest of the query,
// whose ? take the period's bounds in the order `bounds` names them.
enum class Bound { Start, End, FirstDay, LastDay };
struct Table
{
    const char *name;
    const char *describes;
    QList<Column> columns;
    const char *rest;
    QList<Bound> bounds;
};

csv::Writer newWriter()
{
    return csv::Writer(csv::Writer::LineEnd::CrLf);
}

QString time(qint64 ms)
{
    return ms > 0 ? audit::isoTime(ms) : QString();
}

void write(csv::Writer &out, const QVariant &value, Kind kind)
{
    if (value.isNull()) {
        out.text(QString());
        return;
    }
    switch (kind) {
    case Kind::Text:
        out.text(value.toString());
        return;
    case Kind::Number:
        out.number(value.toString());
        return;
    case Kind::Time:
        out.text(time(value.toLongLong()));
        return;
    case Kind::Flag:
        out.text(value.toLongLong() != 0 ? QStringLiteral("yes") : QStringLiteral("no"));
        return;
    }
}

QVariant boundValue(Bound bound, const Period &period)
{
    switch (bound) {
    case Bound::Start:
        return period.startMs();
    case Bound::End:
        return period.endMs();
    case Bound::FirstDay:
        return period.from.toString(Qt::ISODate);
    case Bound::LastDay:
        return period.to.toString(Qt::ISODate);
    }
    return {};
}

Result<RecordFile> readTable(const Store &store, const Table &table, const Period &period)
{
    QStringList selected;
    QStringList headers;
    for (const Column &c : table.columns) {
        selected << QLatin1String(c.sql);
        headers << QLatin1String(c.header);
    }
    QVariantList args;
    for (Bound b : table.bounds)
        args << boundValue(b, period);
    Result<Query> q = store.exec(QStringLiteral("SELECT ") + selected.join(QStringLiteral(", "))
                                     + QLatin1Char(' ') + QLatin1String(table.rest),
                                 args);
    if (!q)
        return q.error();
    RecordFile file {QLatin1String(table.name), QLatin1String(table.describes), {}, 0};
    csv::Writer out = newWriter();
    out.row(headers);
    while (q->next()) {
        for (int i = 0; i < table.columns.size(); ++i)
            write(out, q->value(i), table.columns.at(i).kind);
        out.endRow();
        ++file.rows;
    }
    file.bytes = out.bytes();
    return file;
}

const QList<Table> &storeTables()
{
    using K = Kind;
    using B = Bound;
    static const QList<Table> tables = {
        {"records/users.csv",
         "Every account: roles, status and two-factor enrolment (usernames only)",
         {{"id", "u.id", K::Number},
          {"username", "u.username", K::Text},
          {"title", "u.title", K::Text},
          {"roles", "u.roles", K::Text},
          {"status", "u.status", K::Text},
          {"two_factor_enrolled", "CASE WHEN u.totp_enrolled_at IS NULL THEN 0 ELSE 1 END",
           K::Flag},
          {"two_factor_enrolled_at", "u.totp_enrolled_at", K::Time},
          {"created_at", "u.created_at", K::Time},
          {"departure_at", "u.departure_at", K::Time},
          {"access_revoked_at", "u.access_revoked_at", K::Time},
          {"offboarded_at", "u.offboarded_at", K::Time}},
         "FROM users u ORDER BY u.id",
         {}},
        {"records/grants.csv",
         "Grants of access to Amazon data in force during the period",
         {{"id", "g.id", K::Number},
          {"request_id", "g.request_id", K::Number},
          {"holder", "h.username", K::Text},
          {"category", "g.category", K::Text},
          {"client", "g.client", K::Text},
          {"granted_by", "b.username", K::Text},
          {"granted_at", "g.granted_at", K::Time},
          {"expires_at", "g.expires_at", K::Time},
          {"revoked_at", "g.revoked_at", K::Time},
          {"revoke_reason", "g.revoke_reason", K::Text},
          {"last_used_at", "g.last_used_at", K::Time}},
         "FROM grants g JOIN users h ON h.id = g.user_id JOIN users b ON b.id = g.granted_by "
         "WHERE g.granted_at < ? AND g.expires_at >= ? AND (g.revoked_at IS NULL OR "
         "g.revoked_at >= ?) ORDER BY g.id",
         {B::End, B::Start, B::Start}},
        {"records/access-requests.csv",
         "Requests for access made or decided during the period, with their reasons",
         {{"id", "r.id", K::Number},
          {"requester", "u.username", K::Text},
          {"category", "r.category", K::Text},
          {"client", "r.client", K::Text},
          {"reason", "r.reason", K::Text},
          {"duration_hours", "r.duration_hours", K::Number},
          {"status", "r.status", K::Text},
          {"created_at", "r.created_at", K::Time},
          {"decided_by", "d.username", K::Text},
          {"decided_at", "r.decided_at", K::Time},
          {"decision_comment", "r.decision_comment", K::Text}},
         "FROM access_requests r JOIN users u ON u.id = r.requester_id LEFT JOIN users d ON "
         "d.id = r.decided_by WHERE (r.created_at >= ? AND r.created_at < ?) OR (r.decided_at "
         ">= ? AND r.decided_at < ?) ORDER BY r.id",
         {B::Start, B::End, B::Start, B::End}},
        {"records/deletion-requests.csv",
         "Amazon's deletion and return requests open during the period, and whether each was "
         "met within its due time (no buyer data)",
         {{"id", "id", K::Number},
          {"reference", "reference", K::Text},
          {"action", "action", K::Text},
          {"scope_type", "scope_type", K::Text},
          {"scope_client", "scope_client", K::Text},
          {"received_at", "received_at", K::Time},
          {"due_at", "due_at", K::Time},
          {"status", "status", K::Text},
          {"fulfilled_at", "fulfilled_at", K::Time},
          {"fulfilled_by", "fulfilled_by", K::Text},
          {"met_in_time",
           "CASE WHEN fulfilled_at IS NOT NULL AND fulfilled_at <= due_at THEN 1 ELSE 0 END",
           K::Flag},
          {"deleted_orders", "deleted_orders", K::Number},
          {"deleted_pii", "deleted_pii", K::Number},
          {"deleted_ids_sha256", "deleted_ids_sha256", K::Text},
          {"archive_sha256", "archive_sha256", K::Text}},
         "FROM deletion_requests WHERE received_at < ? AND (received_at >= ? OR fulfilled_at "
         "IS NULL OR fulfilled_at >= ?) ORDER BY id",
         {B::End, B::Start, B::Start}},
        {"records/retention-sweeps.csv",
         "Retention sweeps (PII past fulfilment + 30 days, non-PII order facts past "
         "non_pii_retention_months) run during the period",
         {{"id", "id", K::Number},
          {"started_at", "started_at", K::Time},
          {"finished_at", "finished_at", K::Time},
          {"actor", "actor", K::Text},
          {"purged", "purged", K::Number},
          {"deleted_orders", "deleted_orders", K::Number},
          {"outcome", "outcome", K::Text},
          {"message", "message", K::Text}},
         "FROM retention_sweeps WHERE started_at >= ? AND started_at < ? ORDER BY id",
         {B::Start, B::End}},
        {"records/legal-holds.csv",
         "Legal holds that kept a client's non-PII order facts past non_pii_retention_months "
         "during the period",
         {{"id", "id", K::Number},
          {"client", "client", K::Text},
          {"reason", "reason", K::Text},
          {"until", "until_at", K::Time},
          {"set_by", "set_by", K::Text},
          {"set_at", "set_at", K::Time},
          {"released_by", "released_by", K::Text},
          {"released_at", "released_at", K::Time}},
         "FROM client_legal_holds WHERE set_at < ? AND (released_at IS NULL OR released_at >= ?) "
         "AND (until_at IS NULL OR until_at >= ?) ORDER BY id",
         {B::End, B::Start, B::Start}},
        {"records/assets.csv",
         "The asset inventory with each asset's last and next review",
         {{"id", "a.id", K::Number},
          {"name", "a.name", K::Text},
          {"kind", "a.kind", K::Text},
          {"owner", "o.username", K::Text},
          {"location", "a.location", K::Text},
          {"holds_amazon_data", "a.holds_amazon_data", K::Flag},
          {"holds_pii", "a.holds_pii", K::Flag},
          {"status", "a.status", K::Text},
          {"created_at", "a.created_at", K::Time},
          {"last_review", "a.last_review", K::Text},
          {"next_review_due", "a.next_review_due", K::Text}},
         "FROM assets a JOIN users o ON o.id = a.owner_id ORDER BY a.id",
         {}},
        {"records/asset-reviews.csv",
         "Asset reviews dated within the period",
         {{"id", "r.id", K::Number},
          {"asset_id", "r.asset_id", K::Number},
          {"asset", "a.name", K::Text},
          {"reviewer", "r.reviewer", K::Text},
          {"review_date", "r.review_date", K::Text},
          {"outcome", "r.outcome", K::Text},
          {"next_review_due", "r.next_review_due", K::Text},
          {"recorded_at", "r.recorded_at", K::Time}},
         "FROM asset_reviews r JOIN assets a ON a.id = r.asset_id WHERE r.review_date >= ? AND "
         "r.review_date <= ? ORDER BY r.id",
         {B::FirstDay, B::LastDay}},
        {"records/devices.csv",
         "The register of removable media and portable machines",
         {{"id", "d.id", K::Number},
          {"kind", "d.kind", K::Text},
          {"label", "d.label", K::Text},
          {"serial", "d.serial", K::Text},
          {"holder", "h.username", K::Text},
          {"encrypted", "d.encrypted", K::Flag},
          {"approved_use", "d.approved_use", K::Text},
          {"status", "d.status", K::Text},
          {"created_at", "d.created_at", K::Time},
          {"updated_at", "d.updated_at", K::Time}},
         "FROM devices d JOIN users h ON h.id = d.holder_id ORDER BY d.id",
         {}},
        {"records/subcontractors.csv",
         "The subcontractor register: the Amazon data each receives and its last risk assessment",
         {{"id", "s.id", K::Number},
          {"name", "s.name", K::Text},
          {"contact", "s.contact", K::Text},
          {"data_categories", "s.data_categories", K::Text},
          {"status", "s.status", K::Text},
          {"last_assessed_at", "a.assessed_at", K::Time},
          {"last_outcome", "a.outcome", K::Text},
          {"assessor", "a.assessor", K::Text},
          {"document_name", "a.document_name", K::Text},
          {"document_sha256", "a.document_sha256", K::Text},
          {"assessment_due_at", "s.assessment_due_at", K::Time},
          {"ended_at", "s.ended_at", K::Time}},
         "FROM subcontractors s LEFT JOIN subcontractor_assessments a ON a.id = (SELECT "
         "MAX(x.id) FROM subcontractor_assessments x WHERE x.subcontractor_id = s.id) ORDER BY "
         "s.id",
         {}},
        {"records/api-credentials.csv",
         "The API credential register (metadata only, never a secret) and rotations due",
         {{"id", "c.id", K::Number},
          {"name", "c.name", K::Text},
          {"owner", "u.username", K::Text},
          {"location", "c.location", K::Text},
          {"purpose", "c.purpose", K::Text},
          {"rotation_days", "c.rotation_days", K::Number},
          {"last_rotated_at", "c.last_rotated_at", K::Time},
          {"rotation_due_at", "c.rotation_due_at", K::Time},
          {"status", "c.status", K::Text},
          {"retired_at", "c.retired_at", K::Time}},
         "FROM api_credentials c JOIN users u ON u.id = c.owner_id ORDER BY c.id",
         {}},
        {"records/incidents.csv",
         "Incidents open at some time during the period, with their response clocks",
         {{"id", "id", K::Number},
          {"title", "title", K::Text},
          {"severity", "severity", K::Number},
          {"category", "category", K::Text},
          {"status", "status", K::Text},
          {"involves_amazon_data", "involves_amazon_data", K::Flag},
          {"detected_at", "detected_at", K::Time},
          {"reported_at", "reported_at", K::Time},
          {"triaged_at", "triaged_at", K::Time},
          {"contained_at", "contained_at", K::Time},
          {"resolved_at", "resolved_at", K::Time},
          {"closed_at", "closed_at", K::Time},
          {"amazon_notified_at", "amazon_notified_at", K::Time},
          {"amazon_reference", "amazon_reference", K::Text}},
         "FROM incidents WHERE reported_at < ? AND (closed_at IS NULL OR closed_at >= ?) "
         "ORDER BY id",
         {B::End, B::Start}},
        {"records/alerts.csv",
         "Monitoring alerts open at some time during the period",
         {{"id", "id", K::Number},
          {"rule", "rule", K::Text},
          {"severity", "severity", K::Text},
          {"subject", "subject", K::Text},
          {"title", "title", K::Text},
          {"event_count", "event_count", K::Number},
          {"raised_at", "raised_at", K::Time},
          {"last_seen_at", "last_seen_at", K::Time},
          {"acknowledged_at", "acknowledged_at", K::Time},
          {"acknowledged_by", "acknowledged_by", K::Text}},
         "FROM alerts WHERE raised_at < ? AND (acknowledged_at IS NULL OR acknowledged_at >= ?) "
         "ORDER BY id",
         {B::End, B::Start}},
        {"records/vulnerabilities.csv",
         "Every finding of the vulnerability register discovered before the end of the period: "
         "its due time, whether and when it was resolved, and the evidence's SHA-256",
         {{"id", "v.id", K::Number},
          {"source", "v.source", K::Text},
          {"identifier", "v.identifier", K::Text},
          {"severity", "v.severity", K::Text},
          {"asset", "a.name", K::Text},
          {"component", "v.component", K::Text},
          {"title", "v.title", K::Text},
          {"discovered_at", "v.discovered_at", K::Time},
          {"due_at", "v.due_at", K::Time},
          {"status", "v.status", K::Text},
          {"resolved_at", "v.resolved_at", K::Time},
          {"resolved_by", "v.resolved_by", K::Text},
          {"resolved_in_time",
           "CASE WHEN v.resolved_at IS NOT NULL AND v.resolved_at <= v.due_at THEN 1 ELSE 0 END",
           K::Flag},
          {"evidence_name", "v.evidence_name", K::Text},
          {"evidence_sha256", "v.evidence_sha256", K::Text}},
         "FROM vulnerabilities v LEFT JOIN assets a ON a.id = v.asset_id WHERE v.discovered_at "
         "< ? ORDER BY v.id",
         {B::End}},
        {"records/backups.csv",
         "Every backup taken before the end of the period: when, its SHA-256 and where it is "
         "kept",
         {{"id", "id", K::Number},
          {"taken_at", "taken_at", K::Time},
          {"file_name", "file_name", K::Text},
          {"size_bytes", "size_bytes", K::Number},
          {"sha256", "sha256", K::Text},
          {"location", "location", K::Text}},
         "FROM backups WHERE taken_at < ? ORDER BY id",
         {B::End}},
        {"records/policy-acknowledgements.csv",
         "Each person's acknowledgements of the policy up to the end of the period",
         {{"id", "p.id", K::Number},
          {"username", "u.username", K::Text},
          {"version", "p.version", K::Text},
          {"acknowledged_at", "p.acknowledged_at", K::Time}},
         "FROM policy_acknowledgements p JOIN users u ON u.id = p.user_id WHERE "
         "p.acknowledged_at < ? ORDER BY p.id",
         {B::End}},
        // DPP25-IR-01: who the IMPOC and the deputy (and the CTO and CEO) are, and how quickly
        // each breach notice was acknowledged.
        {"records/designations.csv",
         "Who holds each designation now (IMPOC, deputy, CTO, CEO) and whether they can sign in",
         {{"designation", "d.designation", K::Text},
          {"username", "u.username", K::Text},
          {"status", "u.status", K::Text},
          {"two_factor_enrolled", "CASE WHEN u.totp_enrolled_at IS NULL THEN 0 ELSE 1 END",
           K::Flag},
          {"designated_at", "d.designated_at", K::Time}},
         "FROM user_designations d JOIN users u ON u.id = d.user_id ORDER BY d.designation",
         {}},
        {"records/breach-notices.csv",
         "Breach notices of incidents involving Amazon data sent during the period, the capacity "
         "each reached its person in and when it was acknowledged",
         {{"incident_id", "e.incident_id", K::Number},
          {"username", "u.username", K::Text},
          {"designation", "e.designation", K::Text},
          {"notified_at", "e.notified_at", K::Time},
          {"acknowledged_at", "e.acknowledged_at", K::Time},
          {"minutes_to_acknowledge", "(e.acknowledged_at - e.notified_at) / 60000", K::Number}},
         "FROM incident_executives e JOIN incidents i ON i.id = e.incident_id JOIN users u ON "
         "u.id = e.user_id WHERE i.involves_amazon_data = 1 AND e.notified_at >= ? AND "
         "e.notified_at < ? ORDER BY e.id",
         {B::Start, B::End}},
    };
    return tables;
}

struct DayRow
{
    enum Column { ControlId, Day, Status, Summary, PolicyVersion, EvaluatedAt, ColumnCount };
    static constexpr rows::Columns<ColumnCount> columns {{{ControlId, "control_id"},
                                                          {Day, "day"},
                                                          {Status, "status"},
                                                          {Summary, "summary"},
                                                          {PolicyVersion, "policy_version"},
                                                          {EvaluatedAt, "evaluated_at"}}};
    static_assert(rows::inOrder(columns));
    static DayRecord read(const Query &q)
    {
        return {q.value(ControlId).toString(),     q.value(Day).toString(),
                q.value(Status).toString(),        q.value(Summary).toString(),
                q.value(PolicyVersion).toString(), q.value(EvaluatedAt).toLongLong()};
    }
};

} // namespace

Result<QList<DayRecord>> controlDays(const Store &store, const Period &period)
{
    static const QString select = rows::select(DayRow::columns, "FROM control_status ");
    return rows::readAll<DayRecord>(
        store.exec(select + QStringLiteral("WHERE day >= ? AND day <= ? ORDER BY control_id, day"),
                   {period.from.toString(Qt::ISODate), period.to.toString(Qt::ISODate)}),
        &DayRow::read);
}

Result<QList<ControlAttestation>> attestationsInPeriod(const Store &store, const Period &period)
{
    return rows::readAll<ControlAttestation>(
        store.exec(AttestationRow::select
                       + QStringLiteral("WHERE attested_at < ? AND expires_at >= ? ORDER BY "
                                        "control_id, attested_at"),
                   {period.endMs(), period.startMs()}),
        &AttestationRow::read);
}

RecordFile controlStatusCsv(const QList<DayRecord> &days)
{
    csv::Writer out = newWriter();
    out.row({QStringLiteral("control_id"), QStringLiteral("day"), QStringLiteral("status"),
             QStringLiteral("summary"), QStringLiteral("policy_version"),
             QStringLiteral("evaluated_at")});
    for (const DayRecord &d : days)
        out.row({d.controlId, d.day, d.status, d.summary, d.policyVersion, time(d.evaluatedAt)});
    return {QStringLiteral("records/control-status-history.csv"),
            QStringLiteral("Each control's recorded status on each day of the period"), out.bytes(),
            int(days.size())};
}

RecordFile controlEvidenceCsv(const QList<ControlState> &controls)
{
    csv::Writer out = newWriter();
    out.row({QStringLiteral("control_id"), QStringLiteral("status"), QStringLiteral("label"),
             QStringLiteral("count"), QStringLiteral("object_type"), QStringLiteral("filter")});
    int rows = 0;
    for (const ControlState &s : controls) {
        for (const ControlEvidence &e : s.evidence) {
            out.text(s.definition->id).text(s.status).text(e.label);
            out.number(QString::number(e.count)).text(e.objectType).text(e.filter).endRow();
            ++rows;
        }
    }
    return {QStringLiteral("records/control-evidence.csv"),
            QStringLiteral("The records behind each control's status when the pack was made, "
                           "with the API list and filter that shows them"),
            out.bytes(), rows};
}

RecordFile attestationsCsv(const QList<ControlAttestation> &attestations)
{
    csv::Writer out = newWriter();
    out.row({QStringLiteral("id"), QStringLiteral("control_id"), QStringLiteral("attested_by"),
             QStringLiteral("note"), QStringLiteral("document_name"),
             QStringLiteral("document_sha256"), QStringLiteral("document_bytes"),
             QStringLiteral("attested_at"), QStringLiteral("expires_at")});
    for (const ControlAttestation &a : attestations) {
        out.number(QString::number(a.id)).text(a.controlId).text(a.attestedBy).text(a.note);
        out.text(a.documentName).text(a.documentSha256).number(QString::number(a.documentBytes));
        out.text(time(a.attestedAt)).text(time(a.expiresAt)).endRow();
    }
    return {QStringLiteral("records/control-attestations.csv"),
            QStringLiteral("Owners' attestations of the manual controls in force during the "
                           "period, with each document's SHA-256"),
            out.bytes(), int(attestations.size())};
}

Result<QList<RecordFile>> storeRecords(const Store &store, const Period &period)
{
    QList<RecordFile> files;
    for (const Table &table : storeTables()) {
        Result<RecordFile> file = readTable(store, table, period);
        if (!file)
            return file.error();
        files.append(std::move(file.value()));
    }
    return files;
}

} // namespace cc::evidence
