#pragma once

// Monitoring alerts as the console reads them (docs/api.md, "Monitoring"). Lenient like
// ApiTypes: a missing field reads as empty.

#include <QDateTime>
#include <QJsonObject>
#include <QString>

namespace cc::client {

namespace permission {
inline constexpr char AlertsManage[] = "alerts:manage";
} // namespace permission

struct Alert
{
    qint64 id = 0;
    QString rule; // failed_sign_ins, pii_read_volume, ...
    QString severity; // low, medium, high, critical
    QString title;
    QString detail;
    qint64 subjectUserId = 0; // 0 when the subject is an address
    QString subject;
    int eventCount = 0;
    qint64 firstSeq = 0;
    qint64 lastSeq = 0;
    QDateTime raisedAt;
    QDateTime lastSeenAt;
    QString status; // open, acknowledged
    QDateTime acknowledgedAt;
    QString acknowledgedBy;
    QString acknowledgeNote;
    qint64 incidentId = 0; // the incident it was escalated to, 0: none

    bool isOpen() const { return status != QLatin1String("acknowledged"); }
    static Alert fromJson(const QJsonObject &json);
    // "Failed sign-ins", "PII read volume", ...: the rule as a person names it.
    static QString ruleLabel(const QString &rule);
};

// POST /alerts/{id}/end-sessions
struct EndedSessions
{
    int count = 0;
    static EndedSessions fromJson(const QJsonObject &json);
};

} // namespace cc::client
