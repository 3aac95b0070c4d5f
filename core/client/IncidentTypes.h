#pragma once

// Incidents as the console reads them (docs/api.md, "Incidents"). Lenient like ApiTypes: a
// missing field reads as empty.

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>

namespace cc::client {

namespace permission {
inline constexpr char IncidentsManage[] = "incidents:manage";
} // namespace permission

struct IncidentClock
{
    bool applies = false; // the Amazon clock applies only with Amazon data involved
    QDateTime dueAt;
    QDateTime doneAt;
    bool overdue = false;

    static IncidentClock fromJson(const QJsonValue &json);
};

struct IncidentEvent
{
    QDateTime at;
    QString actor;
    QString kind;
    QString detail;
};

struct IncidentTask
{
    QString key;
    QString title;
    QString owner;
    bool done = false;
    QDateTime doneAt;
    QString doneBy;
};

struct ExecutiveAcknowledgement
{
    QString username;
    QString displayName;
    QString title;
    QDateTime notifiedAt;
    QDateTime acknowledgedAt;
    bool acknowledged = false;
    QString emailStatus; // "", pending, failing, sent
    int emailAttempts = 0;
    QString emailError;
};

struct Incident
{
    qint64 id = 0;
    QString title;
    QString description;
    int severity = 0;
    QString category;
    QString status;
    QDateTime detectedAt;
    QString reporter;
    QString reporterName;
    QString assignee;
    QString assigneeName;
    bool involvesAmazonData = false;
    QDateTime containedAt;
    QDateTime amazonNotifiedAt;
    QString amazonReference;
    int executivesNotified = 0;
    int executivesAcknowledged = 0;
    IncidentClock amazonClock;
    IncidentClock triageClock;
    IncidentClock containClock;
    bool overdue = false;
    // Only in GET /incidents/{id}:
    QList<IncidentEvent> timeline;
    QList<IncidentTask> tasks;
    QList<ExecutiveAcknowledgement> acknowledgements;

    bool isOpen() const
    {
        return status != QLatin1String("resolved") && status != QLatin1String("closed");
    }
    // The workflow's next status, empty when closed.
    QString nextStatus() const;
    // The words for the API's values: "1 · Critical", "Triaged", "Data breach".
    static QString severityLabel(int severity);
    static QString statusLabel(const QString &status);
    static QString categoryLabel(const QString &category);

    static Incident fromJson(const QJsonObject &json);
};

} // namespace cc::client
