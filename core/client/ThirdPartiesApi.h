#pragma once

// The third-party registers (docs/api.md, "Third parties"; Amazon DPP 2025): subcontractors
// receiving Amazon data with their risk assessments, and the API credentials used to reach
// Amazon with their rotations (metadata only: never a secret).

#include "ApiCall.h"

#include <optional>

#include <QByteArray>
#include <QDateTime>
#include <QJsonObject>
#include <QString>
#include <QStringList>

namespace cc::client {

class ApiClient;

namespace permission {
inline constexpr char ThirdPartiesManage[] = "thirdparties:manage";
} // namespace permission

struct SubcontractorAssessment
{
    qint64 id = 0;
    QDateTime assessedAt;
    QString outcome; // approved, approved_with_conditions, rejected
    QString assessor;
    QString notes;
    QString documentName;
    QString documentSha256;
    qint64 documentBytes = 0;
    QString recordedBy;
};

struct Subcontractor
{
    qint64 id = 0;
    QString name;
    QString contact;
    QStringList dataCategories;
    QString status; // active, ended
    std::optional<SubcontractorAssessment> lastAssessment;
    QDateTime assessmentDueAt;
    QString createdBy;
    QDateTime createdAt;
    QString endedBy;
    QDateTime endedAt;
    QString endNote;

    bool isActive() const { return status == QLatin1String("active"); }
    // As DPP25-TP-01 judges: only one that receives Amazon data needs its assessment.
    bool isOverdue(const QDateTime &now) const
    {
        return isActive() && !dataCategories.isEmpty() && assessmentDueAt < now;
    }
    static Subcontractor fromJson(const QJsonObject &json);
};

struct ApiCredential
{
    qint64 id = 0;
    QString name;
    QString owner;
    bool ownerActive = true;
    QString location;
    QString purpose;
    int rotationDays = 0;
    QDateTime lastRotatedAt;
    QDateTime rotationDueAt;
    QString status; // active, retired
    QString createdBy;
    QDateTime createdAt;
    QString retiredBy;
    QDateTime retiredAt;
    QString retireNote;

    bool isActive() const { return status == QLatin1String("active"); }
    bool isOverdue(const QDateTime &now) const { return isActive() && rotationDueAt < now; }
    static ApiCredential fromJson(const QJsonObject &json);
};

// The server-side filters of both lists; empty or unset: any.
struct ThirdPartyFilter
{
    QString status; // active, ended (subcontractors) or retired (credentials)
    bool overdue = false;
};

// POST /subcontractors, and PATCH with every field.
struct SubcontractorFields
{
    QString name;
    QString contact;
    QStringList dataCategories;

    QJsonObject toJson() const;
};

struct NewAssessment
{
    QDateTime assessedAt; // invalid: now
    QString outcome;
    QString assessor;
    QString notes;
    QString documentName;
    QByteArray document;

    QJsonObject toJson() const;
};

// POST /api-credentials, and PATCH with every field.
struct ApiCredentialFields
{
    QString name;
    QString owner;
    QString location;
    QString purpose;
    int rotationDays = 0; // 0: the policy's
    QDateTime lastRotatedAt; // invalid: now (creation only)

    QJsonObject toJson() const;
};

class ThirdPartiesApi
{
public:
    explicit ThirdPartiesApi(ApiClient *client)
        : m_client(client)
    { }

    Call<Page<Subcontractor>> subcontractors(const ThirdPartyFilter &filter,
                                             const PageRequest &page) const;
    Call<Subcontractor> createSubcontractor(const SubcontractorFields &fields) const;
    Call<Subcontractor> updateSubcontractor(qint64 id, const SubcontractorFields &fields) const;
    // The document goes base64 in the JSON body, which the server bounds (64 KiB).
    Call<Subcontractor> assess(qint64 id, const NewAssessment &assessment) const;
    Call<Subcontractor> endSubcontractor(qint64 id, const QString &note) const;

    Call<Page<ApiCredential>> credentials(const ThirdPartyFilter &filter,
                                          const PageRequest &page) const;
    Call<ApiCredential> createCredential(const ApiCredentialFields &fields) const;
    Call<ApiCredential> updateCredential(qint64 id, const ApiCredentialFields &fields) const;
    Call<ApiCredential> rotate(qint64 id, const QDateTime &rotatedAt, const QString &note) const;
    Call<ApiCredential> retire(qint64 id, const QString &note) const;

    // The largest assessment document the store keeps (kMaxEvidenceDocumentBytes); the route
    // takes its base64 in a larger body from a session that may record assessments.
    static constexpr qint64 kMaxDocumentBytes = 10 * 1024 * 1024;
    // The data categories, in the server's order.
    static const QStringList &dataCategories();

private:
    ApiClient *m_client;
};

} // namespace cc::client
