#pragma once

// The vulnerability register (docs/api.md, "Vulnerabilities"; Amazon DPP 2025): each finding
// from a scanner or a person, on an asset of the asset register or a named component, due by
// its severity (Policy::vulnerability*Days after discovery), and its resolution with the
// evidence document (stored sealed, like a control attestation's). Holders of
// vulnerabilities:manage read, record, import and resolve findings; every change is audited.

#include "Result.h"
#include "domain/Types.h"
#include "domain/VulnerabilityImport.h"

#include <optional>

namespace cc {

class Store;
struct Policy;

struct Vulnerability
{
    qint64 id = 0;
    QString source;
    QString identifier;
    QString severity;
    qint64 assetId = 0; // 0: none, the component names what is affected
    QString asset; // the asset's name
    QString component;
    QString title;
    qint64 discoveredAt = 0;
    qint64 dueAt = 0;
    QString status; // open, resolved
    QString recordedBy;
    QString resolvedBy;
    OptionalTime resolvedAt;
    QString resolutionNote;
    QString evidenceName;
    QString evidenceSha256;
    qint64 evidenceBytes = 0;
};

struct NewVulnerability
{
    QString source; // "manual" unless a scanner's
    QString identifier;
    QString severity;
    std::optional<qint64> assetId;
    QString component;
    QString title;
    OptionalTime discoveredAt; // now when unset
};

struct VulnerabilityFilter
{
    QString status;
    QString severity;
    QString source; // exact, or "sarif" for every SARIF tool's findings
    bool overdue = false; // open and past due only
};

struct VulnerabilityResolution
{
    QString note;
    QString evidenceName;
    QByteArray evidence;
};

struct VulnerabilityImport
{
    QString format; // sarif, debsecan, debsecan-detail
    QByteArray content;
    std::optional<qint64> assetId; // every finding on this asset
    QString component; // or on this component; else each finding's own
};

struct ImportOutcome
{
    int added = 0;
    int alreadyOpen = 0; // same source, identifier, asset and component, still open
};

class Vulnerabilities
{
public:
    explicit Vulnerabilities(Store &store)
        : m_store(store)
    { }

    static qint64 dueAt(const Policy &policy, const QString &severity, qint64 discoveredAt);

    Result<Page<Vulnerability>> list(const Caller &caller, const VulnerabilityFilter &filter,
                                     qint64 after, int limit) const;
    Result<Vulnerability> read(const Caller &caller, qint64 id) const;
    Result<Vulnerability> create(const Caller &caller, const NewVulnerability &v);
    Result<Vulnerability> resolve(const Caller &caller, qint64 id,
                                  const VulnerabilityResolution &resolution);
    Result<ImportOutcome> import(const Caller &caller, const VulnerabilityImport &request);

private:
    Result<void> checkAsset(const std::optional<qint64> &assetId) const;
    Result<bool> insert(const Caller &caller, const NewVulnerability &v, qint64 now,
                        qint64 *id); // false: an open duplicate exists
    Result<Vulnerability> find(qint64 id) const;

    Store &m_store;
};

} // namespace cc
