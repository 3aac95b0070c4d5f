#pragma once

// Every statement of the policy as a live control (docs/api.md, "Controls"): each judged from
// the store when asked, with the counts of the records behind its status and the filter that
// shows them on their own list (GET /api/v1/<list>?<filter>). The server also supplies what
// only it can observe (ControlRuntime); the daily job records each control's status, notifying
// its owners and the compliance officers when one turns to fail. Statements software cannot
// observe are judged by their owner's attestation, with a document sealed in the store.

#include "Result.h"
#include "domain/ControlCatalogue.h"
#include "domain/Types.h"
#include "service/AuditWatch.h"

#include <optional>

#include <QList>
#include <QString>

namespace cc {

class Store;

// What the running server knows and the store does not: how it listens, its TLS and the last
// check of the audit chain. Evaluated without it (compliancectl), those controls say so.
struct ControlRuntime
{
    struct Network
    {
        QString cidr; // as given to --allow
        int prefixLength = 0;
        bool ipv6 = false;
    };
    bool observed = false; // false: none of the fields below is known
    bool listensBeyondLoopback = false;
    QList<Network> allowedNetworks;
    QString tlsFloor; // e.g. "TLS 1.2"
    bool tlsFloorAcceptable = false; // TLS 1.2 or later only
    std::optional<qint64> certificateExpiresAt; // ms
    AuditWatch::Status audit;
};

struct ControlEvidence
{
    QString label;
    qint64 count = 0;
    QString objectType; // names the list it is on: user, alert, audit_event, asset, ...
    QString filter; // that list's query string, e.g. "status=open&rule=concurrent_addresses"
};

struct ControlState
{
    const ControlDefinition *definition = nullptr;
    QString status; // control::Pass, Warn, Fail or Manual
    QString summary; // one sentence for a person
    qint64 evaluatedAt = 0;
    QList<ControlEvidence> evidence;
};

struct ControlDay
{
    QString day; // YYYY-MM-DD (UTC)
    QString status;
    QString summary;
    QString policyVersion;
};

struct ControlHistory
{
    QString controlId;
    QList<ControlDay> days; // oldest first
    std::optional<QString> compliantSince; // first day of the pass run that reaches the last day
};

struct ControlAttestation
{
    qint64 id = 0;
    QString controlId;
    QString attestedBy;
    QString note;
    QString documentName;
    QString documentSha256;
    qint64 documentBytes = 0;
    qint64 attestedAt = 0;
    qint64 expiresAt = 0;
};

struct NewAttestation
{
    QString controlId;
    QString note;
    QString documentName;
    QByteArray document;
};

class Controls
{
public:
    // Attached documents may be larger than an API body: compliancectl reads them whole.
    static constexpr qint64 kMaxDocumentBytes = 10 * 1024 * 1024;

    explicit Controls(Store &store)
        : m_store(store)
    { }

    // Every control of the catalogue, evaluated now. Audited (control.list) for the caller.
    Result<QList<ControlState>> evaluate(const Caller &caller, const ControlRuntime &runtime);
    // The same without an audit event: for the daily job and the evidence pack.
    Result<QList<ControlState>> evaluateAll(const ControlRuntime &runtime);

    // The daily record: today's row of each control (re-written until the day ends), the
    // shipped policy text stored under its version; a control turning fail notifies the
    // holders of its owner role and the compliance officers. Returns how many turned to fail.
    Result<int> recordDaily(const ControlRuntime &runtime);
    // The last `days` days of a control's record; audited (control.history).
    Result<ControlHistory> history(const Caller &caller, const QString &controlId, int days);

    // An owner's attestation of a manual control: the caller must hold the control's owner
    // role; the note must say what was checked. Audited (control.attest).
    Result<ControlAttestation> attest(const Caller &caller, const NewAttestation &attestation);
    // A control's attestations, newest first, without their documents; audited
    // (control.attestations).
    Result<QList<ControlAttestation>> attestations(const Caller &caller, const QString &controlId);
    // The document of one attestation, checked against its recorded SHA-256.
    Result<QByteArray> attestationDocument(qint64 attestationId) const;

private:
    Result<ControlState> evaluateOne(const ControlDefinition &definition,
                                     const ControlRuntime &runtime) const;
    Result<void> audited(const Caller &caller, const QString &action, const QString &controlId,
                         const QString &detail);
    Result<void> notifyFailure(const ControlState &state, const QString &day);

    Store &m_store;
};

} // namespace cc
