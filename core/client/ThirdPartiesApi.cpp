#include "ThirdPartiesApi.h"

#include "ApiClient.h"
#include "ApiTypes.h"

#include <QJsonArray>

namespace cc::client {

namespace {

QString utcText(const QDateTime &time)
{
    return time.toUTC().toString(Qt::ISODateWithMs);
}

QUrlQuery filterQuery(const ThirdPartyFilter &filter, const PageRequest &page)
{
    QUrlQuery query = pageQuery(page);
    if (!filter.status.isEmpty())
        query.addQueryItem(QStringLiteral("status"), filter.status);
    if (filter.overdue)
        query.addQueryItem(QStringLiteral("overdue"), QStringLiteral("true"));
    return query;
}

} // namespace

Subcontractor Subcontractor::fromJson(const QJsonObject &j)
{
    Subcontractor s;
    s.id = j.value(QLatin1StringView("id")).toInteger();
    s.name = j.value(QLatin1StringView("name")).toString();
    s.contact = j.value(QLatin1StringView("contact")).toString();
    for (const QJsonValue &c : j.value(QLatin1StringView("data_categories")).toArray())
        s.dataCategories << c.toString();
    s.status = j.value(QLatin1StringView("status")).toString();
    const QJsonObject a = j.value(QLatin1StringView("last_assessment")).toObject();
    if (!a.isEmpty()) {
        SubcontractorAssessment last;
        last.id = a.value(QLatin1StringView("id")).toInteger();
        last.assessedAt = parseTime(a.value(QLatin1StringView("assessed_at")));
        last.outcome = a.value(QLatin1StringView("outcome")).toString();
        last.assessor = a.value(QLatin1StringView("assessor")).toString();
        last.notes = a.value(QLatin1StringView("notes")).toString();
        last.documentName = a.value(QLatin1StringView("document_name")).toString();
        last.documentSha256 = a.value(QLatin1StringView("document_sha256")).toString();
        last.documentBytes = a.value(QLatin1StringView("document_bytes")).toInteger();
        last.recordedBy = a.value(QLatin1StringView("recorded_by")).toString();
        s.lastAssessment = last;
    }
    s.assessmentDueAt = parseTime(j.value(QLatin1StringView("assessment_due_at")));
    s.createdBy = j.value(QLatin1StringView("created_by")).toString();
    s.createdAt = parseTime(j.value(QLatin1StringView("created_at")));
    s.endedBy = j.value(QLatin1StringView("ended_by")).toString();
    s.endedAt = parseTime(j.value(QLatin1StringView("ended_at")));
    s.endNote = j.value(QLatin1StringView("end_note")).toString();
    return s;
}

ApiCredential ApiCredential::fromJson(const QJsonObject &j)
{
    ApiCredential c;
    c.id = j.value(QLatin1StringView("id")).toInteger();
    c.name = j.value(QLatin1StringView("name")).toString();
    c.owner = j.value(QLatin1StringView("owner")).toString();
    c.ownerActive = j.value(QLatin1StringView("owner_active")).toBool(true);
    c.location = j.value(QLatin1StringView("location")).toString();
    c.purpose = j.value(QLatin1StringView("purpose")).toString();
    c.rotationDays = j.value(QLatin1StringView("rotation_days")).toInt();
    c.lastRotatedAt = parseTime(j.value(QLatin1StringView("last_rotated_at")));
    c.rotationDueAt = parseTime(j.value(QLatin1StringView("rotation_due_at")));
    c.status = j.value(QLatin1StringView("status")).toString();
    c.createdBy = j.value(QLatin1StringView("created_by")).toString();
    c.createdAt = parseTime(j.value(QLatin1StringView("created_at")));
    c.retiredBy = j.value(QLatin1StringView("retired_by")).toString();
    c.retiredAt = parseTime(j.value(QLatin1StringView("retired_at")));
    c.retireNote = j.value(QLatin1StringView("retire_note")).toString();
    return c;
}

QJsonObject SubcontractorFields::toJson() const
{
    return {{QStringLiteral("name"), name},
            {QStringLiteral("contact"), contact},
            {QStringLiteral("data_categories"), QJsonArray::fromStringList(dataCategories)}};
}

QJsonObject NewAssessment::toJson() const
{
    QJsonObject json {
        {QStringLiteral("outcome"), outcome},
        {QStringLiteral("assessor"), assessor},
        {QStringLiteral("notes"), notes},
        {QStringLiteral("document_name"), documentName},
        {QStringLiteral("document_base64"), QString::fromLatin1(document.toBase64())}};
    if (assessedAt.isValid())
        json.insert(QStringLiteral("assessed_at"), utcText(assessedAt));
    return json;
}

QJsonObject ApiCredentialFields::toJson() const
{
    QJsonObject json {{QStringLiteral("name"), name},
                      {QStringLiteral("owner"), owner},
                      {QStringLiteral("location"), location},
                      {QStringLiteral("purpose"), purpose}};
    if (rotationDays > 0)
        json.insert(QStringLiteral("rotation_days"), rotationDays);
    if (lastRotatedAt.isValid())
        json.insert(QStringLiteral("last_rotated_at"), utcText(lastRotatedAt));
    return json;
}

const QStringList &ThirdPartiesApi::dataCategories()
{
    static const QStringList categories {
        QStringLiteral("order_facts"),      QStringLiteral("buyer_pii"),
        QStringLiteral("shipping_address"), QStringLiteral("tax_invoices"),
        QStringLiteral("financial"),        QStringLiteral("inventory"),
        QStringLiteral("reports")};
    return categories;
}

Call<Page<Subcontractor>> ThirdPartiesApi::subcontractors(const ThirdPartyFilter &filter,
                                                          const PageRequest &page) const
{
    return Call<Page<Subcontractor>>(
        m_client->get(QStringLiteral("/subcontractors"), filterQuery(filter, page)));
}

Call<Subcontractor> ThirdPartiesApi::createSubcontractor(const SubcontractorFields &fields) const
{
    return Call<Subcontractor>(m_client->post(QStringLiteral("/subcontractors"), fields.toJson()));
}

Call<Subcontractor> ThirdPartiesApi::updateSubcontractor(qint64 id,
                                                         const SubcontractorFields &fields) const
{
    return Call<Subcontractor>(m_client->sendRequest(
        "PATCH", QStringLiteral("/subcontractors/%1").arg(id), fields.toJson()));
}

Call<Subcontractor> ThirdPartiesApi::assess(qint64 id, const NewAssessment &assessment) const
{
    return Call<Subcontractor>(m_client->post(
        QStringLiteral("/subcontractors/%1/assessments").arg(id), assessment.toJson()));
}

Call<Subcontractor> ThirdPartiesApi::endSubcontractor(qint64 id, const QString &note) const
{
    return Call<Subcontractor>(m_client->post(QStringLiteral("/subcontractors/%1/end").arg(id),
                                              {{QStringLiteral("note"), note}}));
}

Call<Page<ApiCredential>> ThirdPartiesApi::credentials(const ThirdPartyFilter &filter,
                                                       const PageRequest &page) const
{
    return Call<Page<ApiCredential>>(
        m_client->get(QStringLiteral("/api-credentials"), filterQuery(filter, page)));
}

Call<ApiCredential> ThirdPartiesApi::createCredential(const ApiCredentialFields &fields) const
{
    return Call<ApiCredential>(m_client->post(QStringLiteral("/api-credentials"), fields.toJson()));
}

Call<ApiCredential> ThirdPartiesApi::updateCredential(qint64 id,
                                                      const ApiCredentialFields &fields) const
{
    QJsonObject json = fields.toJson();
    json.remove(QStringLiteral("last_rotated_at")); // a rotation records that
    return Call<ApiCredential>(
        m_client->sendRequest("PATCH", QStringLiteral("/api-credentials/%1").arg(id), json));
}

Call<ApiCredential> ThirdPartiesApi::rotate(qint64 id, const QDateTime &rotatedAt,
                                            const QString &note) const
{
    QJsonObject json {{QStringLiteral("note"), note}};
    if (rotatedAt.isValid())
        json.insert(QStringLiteral("rotated_at"), utcText(rotatedAt));
    return Call<ApiCredential>(
        m_client->post(QStringLiteral("/api-credentials/%1/rotations").arg(id), json));
}

Call<ApiCredential> ThirdPartiesApi::retire(qint64 id, const QString &note) const
{
    return Call<ApiCredential>(m_client->post(QStringLiteral("/api-credentials/%1/retire").arg(id),
                                              {{QStringLiteral("note"), note}}));
}

} // namespace cc::client
