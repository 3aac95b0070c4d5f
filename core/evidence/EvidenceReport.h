#pragma once

// The evidence pack's PDF (report.pdf), drawn with QtGui alone: QPdfWriter, QTextDocument for
// the text and tables, QPainter for the charts. A4, a cover, a chart of every control's daily
// status over the period, the control table, each control's evidence and attestations, and
// the list of the pack's other files with their SHA-256; a header and "page N of M" on every
// page after the cover. Needs a QGuiApplication (the font database).

#include "Result.h"
#include "evidence/EvidenceRecords.h"

#include <QByteArray>
#include <QList>
#include <QString>

namespace cc::evidence {

// A file of the pack the report lists (all but the report and the manifest).
struct ListedFile
{
    QString name;
    QString describes;
    qint64 bytes = 0;
    int rows = -1; // of a CSV, without its header; -1 for other files
    QString sha256;
};

struct ReportInput
{
    Period period;
    qint64 generatedAt = 0;
    QString generatedBy;
    QString policyGroup;
    QString policyVersion;
    QString policySha256;
    QString keyId;
    QList<ControlState> controls; // evaluated when the pack was made
    QList<DayRecord> days; // recorded over the period
    QList<ControlAttestation> attestations;
    QList<ListedFile> files;
    qint64 auditEvents = 0;
    qint64 auditFirstSeq = 0;
    qint64 auditLastSeq = 0;
};

struct Report
{
    QByteArray pdf;
    int pages = 0;
};

Result<Report> drawReport(const ReportInput &input);

} // namespace cc::evidence
