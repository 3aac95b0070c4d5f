#include "VulnerabilitiesApi.h"

#include "ApiClient.h"
#include "ApiTypes.h"

namespace cc::client {

Vulnerability Vulnerability::fromJson(const QJsonObject &j)
{
    Vulnerability v;
    v.id = j.value(QLatin1StringView("id")).toInteger();
    v.source = j.value(QLatin1StringView("source")).toString();
    v.identifier = j.value(QLatin1StringView("identifier")).toString();
    v.severity = j.value(QLatin1StringView("severity")).toString();
    v.assetId = j.value(QLatin1StringView("asset_id")).toInteger();
    v.asset = j.value(QLatin1StringView("asset")).toString();
    v.component = j.value(QLatin1StringView("component")).toString();
    v.title = j.value(QLatin1StringView("title")).toString();
    v.discoveredAt = parseTime(j.value(QLatin1StringView("discovered_at")));
    v.dueAt = parseTime(j.value(QLatin1StringView("due_at")));
    v.status = j.value(QLatin1StringView("status")).toString();
    v.recordedBy = j.value(QLatin1StringView("recorded_by")).toString();
    v.resolvedBy = j.value(QLatin1StringView("resolved_by")).toString();
    v.resolvedAt = parseTime(j.value(QLatin1StringView("resolved_at")));
    v.resolutionNote = j.value(QLatin1StringView("resolution_note")).toString();
    v.evidenceName = j.value(QLatin1StringView("evidence_name")).toString();
    v.evidenceSha256 = j.value(QLatin1StringView("evidence_sha256")).toString();
    v.evidenceBytes = j.value(QLatin1StringView("evidence_bytes")).toInteger();
    return v;
}

QJsonObject NewVulnerability::toJson() const
{
    QJsonObject json {{QStringLiteral("identifier"), identifier},
                      {QStringLiteral("severity"), severity},
                      {QStringLiteral("title"), title}};
    if (assetId)
        json.insert(QStringLiteral("asset_id"), *assetId);
    if (!component.isEmpty())
        json.insert(QStringLiteral("component"), component);
    if (discoveredAt.isValid())
        json.insert(QStringLiteral("discovered_at"),
                    discoveredAt.toUTC().toString(Qt::ISODateWithMs));
    return json;
}

QJsonObject VulnerabilityImportRequest::toJson() const
{
    QJsonObject json {{QStringLiteral("format"), format},
                      {QStringLiteral("content"), QString::fromUtf8(content)}};
    if (assetId)
        json.insert(QStringLiteral("asset_id"), *assetId);
    if (!component.isEmpty())
        json.insert(QStringLiteral("component"), component);
    return json;
}

VulnerabilityImportOutcome VulnerabilityImportOutcome::fromJson(const QJsonObject &json)
{
    return {json.value(QLatin1StringView("added")).toInt(),
            json.value(QLatin1StringView("already_open")).toInt()};
}

Call<Page<Vulnerability>> VulnerabilitiesApi::list(const VulnerabilityFilter &filter,
                                                   const PageRequest &page) const
{
    QUrlQuery query = pageQuery(page);
    if (!filter.status.isEmpty())
        query.addQueryItem(QStringLiteral("status"), filter.status);
    if (filter.overdue)
        query.addQueryItem(QStringLiteral("overdue"), QStringLiteral("true"));
    if (!filter.severity.isEmpty())
        query.addQueryItem(QStringLiteral("severity"), filter.severity);
    if (!filter.source.isEmpty())
        query.addQueryItem(QStringLiteral("source"), filter.source);
    return Call<Page<Vulnerability>>(m_client->get(QStringLiteral("/vulnerabilities"), query));
}

Call<Vulnerability> VulnerabilitiesApi::get(qint64 id) const
{
    return Call<Vulnerability>(m_client->get(QStringLiteral("/vulnerabilities/%1").arg(id)));
}

Call<Vulnerability> VulnerabilitiesApi::create(const NewVulnerability &finding) const
{
    return Call<Vulnerability>(
        m_client->post(QStringLiteral("/vulnerabilities"), finding.toJson()));
}

Call<VulnerabilityImportOutcome>
VulnerabilitiesApi::import(const VulnerabilityImportRequest &request) const
{
    return Call<VulnerabilityImportOutcome>(
        m_client->post(QStringLiteral("/vulnerabilities/import"), request.toJson()));
}

Call<Vulnerability> VulnerabilitiesApi::resolve(qint64 id, const QString &note,
                                                const QString &evidenceName,
                                                const QByteArray &evidence) const
{
    return Call<Vulnerability>(m_client->post(
        QStringLiteral("/vulnerabilities/%1/resolve").arg(id),
        {{QStringLiteral("note"), note},
         {QStringLiteral("evidence_name"), evidenceName},
         {QStringLiteral("evidence_base64"), QString::fromLatin1(evidence.toBase64())}}));
}

} // namespace cc::client
