#pragma once

// The records behind the controls, read from the store for the evidence pack: each control's
// daily status over the period, its attestations, and one CSV (RFC 4180, core/csv) per kind of
// record a control is judged from. No PII of Amazon customers: no buyer, no address, no order
// contents; people are named by username only.

#include "Result.h"
#include "evidence/EvidencePack.h"
#include "service/Controls.h"

#include <QByteArray>
#include <QList>
#include <QString>

namespace cc::evidence {

// One control's recorded status on one day.
struct DayRecord
{
    QString controlId;
    QString day; // YYYY-MM-DD
    QString status;
    QString summary;
    QString policyVersion;
    qint64 evaluatedAt = 0;
};

struct RecordFile
{
    QString name; // e.g. "records/grants.csv"
    QString describes; // one line for the report's list of files
    QByteArray bytes;
    int rows = 0; // without the header
};

// control_status rows of the period's days, by control then day.
Result<QList<DayRecord>> controlDays(const Store &store, const Period &period);
// Attestations in force at some time in the period, without their documents.
Result<QList<ControlAttestation>> attestationsInPeriod(const Store &store, const Period &period);

RecordFile controlStatusCsv(const QList<DayRecord> &days);
RecordFile controlEvidenceCsv(const QList<ControlState> &controls);
RecordFile attestationsCsv(const QList<ControlAttestation> &attestations);
// The store's own records behind the controls: people and 2FA, grants, requests, deletion
// requests, assets and reviews, devices, incidents, alerts, acknowledgements, retention sweeps,
// vulnerabilities and backups.
Result<QList<RecordFile>> storeRecords(const Store &store, const Period &period);

} // namespace cc::evidence
