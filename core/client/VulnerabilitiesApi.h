#pragma once

// The vulnerability register (docs/api.md, "Vulnerabilities"): findings from scanners or
// people, due by severity, each resolved with an evidence document.

#include "ApiCall.h"

#include <optional>

#include <QByteArray>
#include <QDateTime>
#include <QJsonObject>
#include <QString>

namespace cc::client {

class ApiClient;

namespace permission {
inline constexpr char VulnerabilitiesManage[] = "vulnerabilities:manage";
} // namespace permission

struct Vulnerability
{
    qint64 id = 0;
    QString source; // manual, sarif:<tool>, debsecan
    QString identifier;
    QString severity; // critical, high, medium, low
    qint64 assetId = 0; // 0: none
    QString asset;
    QString component;
    QString title;
    QDateTime discoveredAt;
    QDateTime dueAt;
    QString status; // open, resolved
    QString recordedBy;
    QString resolvedBy;
    QDateTime resolvedAt; // invalid while open
    QString resolutionNote;
    QString evidenceName;
    QString evidenceSha256;
    qint64 evidenceBytes = 0;

    bool isOpen() const { return status == QLatin1String("open"); }
    bool isOverdue(const QDateTime &now) const { return isOpen() && dueAt < now; }
    static Vulnerability fromJson(const QJsonObject &json);
};

// The server-side filters of GET /vulnerabilities; empty or unset: any.
struct VulnerabilityFilter
{
    QString status; // open, resolved
    bool overdue = false;
    QString severity;
    QString source; // manual, debsecan, sarif (every SARIF tool) or sarif:<tool>
};

// The fields of POST /vulnerabilities.
struct NewVulnerability
{
    QString identifier;
    QString severity;
    std::optional<qint64> assetId;
    QString component;
    QString title;
    QDateTime discoveredAt; // invalid: now

    QJsonObject toJson() const;
};

struct VulnerabilityImportRequest
{
    QString format; // sarif, debsecan, debsecan-detail
    QByteArray content; // the scanner's file as it is
    std::optional<qint64> assetId;
    QString component;

    QJsonObject toJson() const;
};

struct VulnerabilityImportOutcome
{
    int added = 0;
    int alreadyOpen = 0;

    static VulnerabilityImportOutcome fromJson(const QJsonObject &json);
};

class VulnerabilitiesApi
{
public:
    explicit VulnerabilitiesApi(ApiClient *client)
        : m_client(client)
    { }

    Call<Page<Vulnerability>> list(const VulnerabilityFilter &filter,
                                   const PageRequest &page) const;
    Call<Vulnerability> get(qint64 id) const;
    Call<Vulnerability> create(const NewVulnerability &finding) const;
    Call<VulnerabilityImportOutcome> import(const VulnerabilityImportRequest &request) const;
    // The evidence document goes base64 in the JSON body, which the server bounds for this
    // route at 14 MiB (docs/api.md, "Limits").
    Call<Vulnerability> resolve(qint64 id, const QString &note, const QString &evidenceName,
                                const QByteArray &evidence) const;

    // The largest evidence document the store keeps (Vulnerabilities::kMaxEvidenceBytes); its
    // base64 with a note fits the route's 14 MiB body.
    static constexpr qint64 kMaxEvidenceBytes = 10 * 1024 * 1024;

private:
    ApiClient *m_client;
};

} // namespace cc::client
