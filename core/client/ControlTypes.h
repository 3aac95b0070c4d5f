#pragma once

// The controls, their daily record and attestations, and the policy text the console shows for
// acknowledgement (docs/api.md, "Controls" and "Policy acknowledgement"). Lenient like ApiTypes:
// a missing field reads as empty.

#include <QDate>
#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>

namespace cc::client {

namespace permission {
inline constexpr char ControlsRead[] = "controls:read";
} // namespace permission

// The records behind a control's status and the list that shows them: objectType names the
// list (user, grant, alert, audit_event, …) and filter is that list's query string.
struct ControlEvidence
{
    QString label;
    qint64 count = 0;
    QString objectType;
    QString filter;

    static ControlEvidence fromJson(const QJsonObject &json);
};

struct Control
{
    QString id; // "MOAJ-AM-03", stable
    QString group; // "MOAJ policy"
    QString policyText;
    QString owner; // a role
    QString status; // pass, warn, fail, manual
    QString summary;
    QDateTime evaluatedAt;
    QList<ControlEvidence> evidence;

    static Control fromJson(const QJsonObject &json);
};

struct ControlList
{
    QList<Control> items;

    static ControlList fromJson(const QJsonObject &json);
};

struct ControlDay
{
    QDate day;
    QString status;
    QString summary;
    QString policyVersion;

    static ControlDay fromJson(const QJsonObject &json);
};

// GET /controls/history: the daily record, oldest first.
struct ControlHistory
{
    QString control;
    QDate compliantSince; // invalid when the newest record is not pass
    QList<ControlDay> items;

    static ControlHistory fromJson(const QJsonObject &json);
};

struct ControlAttestation
{
    qint64 id = 0;
    QString control;
    QString attestedBy;
    QString note;
    QString documentName;
    QString documentSha256;
    qint64 documentBytes = 0;
    QDateTime attestedAt;
    QDateTime expiresAt;

    static ControlAttestation fromJson(const QJsonObject &json);
};

struct ControlAttestationList
{
    QList<ControlAttestation> items;

    static ControlAttestationList fromJson(const QJsonObject &json);
};

// GET /policy/text and POST /policy/acknowledge: the current policy and where the caller
// stands with it.
struct PolicyText
{
    QString version;
    QString sha256;
    QString text;
    QDateTime acknowledgedAt; // invalid: never acknowledged this version
    QDateTime dueAt;
    QString standing; // acknowledged, due, overdue

    bool needsAcknowledgement() const
    {
        return standing == QLatin1StringView("due") || standing == QLatin1StringView("overdue");
    }
    static PolicyText fromJson(const QJsonObject &json);
};

} // namespace cc::client
