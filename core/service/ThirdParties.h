#pragma once

// The subcontractor register and the API credential register (docs/api.md, "Third parties";
// Amazon DPP 2025: third-party risk assessments, rotation of API keys). Subcontractors record
// the Amazon data they receive (subcontractorDataCategories()) and their risk assessments,
// each with its document sealed like a vulnerability's evidence (EvidenceDocument.h); one is
// due again Policy::subcontractorAssessmentMonths after the last. Credentials are metadata
// only: where the secret lives, who owns it, when it was rotated and is due again
// (Policy::apiCredentialRotationDays); text shaped like a secret is refused (SecretShapes.h).
// Holders of thirdparties:manage read and keep both registers; every change is audited.

#include "Result.h"
#include "domain/Types.h"

#include <optional>

namespace cc {

class Store;
struct Policy;

// The kinds of Amazon data a subcontractor may receive, in their documented order.
const QStringList &subcontractorDataCategories();
const QStringList &assessmentOutcomes(); // approved, approved_with_conditions, rejected

struct SubcontractorAssessment
{
    qint64 id = 0;
    qint64 assessedAt = 0;
    QString outcome;
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
    QStringList dataCategories; // empty: receives no Amazon data
    QString status; // active, ended
    std::optional<SubcontractorAssessment> lastAssessment;
    qint64 assessmentDueAt = 0; // its creation when never assessed
    QString createdBy;
    qint64 createdAt = 0;
    QString endedBy;
    OptionalTime endedAt;
    QString endNote;
};

struct NewSubcontractor
{
    QString name;
    QString contact;
    QStringList dataCategories;
};

struct SubcontractorChange // PATCH: nullopt leaves a field as it is
{
    std::optional<QString> name;
    std::optional<QString> contact;
    std::optional<QStringList> dataCategories;
};

struct NewAssessment
{
    OptionalTime assessedAt; // now when unset
    QString outcome;
    QString assessor;
    QString notes;
    QString documentName;
    QByteArray document;
};

struct RegisterFilter
{
    QString status; // active, ended / retired; empty: every one
    bool overdue = false; // active and past due only
};

struct ApiCredential
{
    qint64 id = 0;
    QString name;
    qint64 ownerId = 0;
    QString owner; // username
    bool ownerActive = false;
    QString location;
    QString purpose;
    int rotationDays = 0;
    qint64 lastRotatedAt = 0;
    qint64 rotationDueAt = 0;
    QString status; // active, retired
    QString createdBy;
    qint64 createdAt = 0;
    QString retiredBy;
    OptionalTime retiredAt;
    QString retireNote;
};

struct NewApiCredential
{
    QString name;
    QString owner; // username of an active user
    QString location; // where the secret lives, e.g. "Vault: secret/sp-api/lwa"
    QString purpose;
    std::optional<int> rotationDays; // the policy's when unset; never longer
    OptionalTime lastRotatedAt; // now when unset
};

struct ApiCredentialChange
{
    std::optional<QString> name;
    std::optional<QString> owner;
    std::optional<QString> location;
    std::optional<QString> purpose;
    std::optional<int> rotationDays;
};

struct Rotation
{
    OptionalTime rotatedAt; // now when unset
    QString note;
};

// For the controls and the reminders (no caller): active subcontractors that receive Amazon
// data, and active credentials, each in id order.
Result<QList<Subcontractor>> activeSubcontractorsWithAmazonData(const Store &store);
Result<QList<ApiCredential>> activeApiCredentials(const Store &store);

class Subcontractors
{
public:
    explicit Subcontractors(Store &store)
        : m_store(store)
    { }

    static qint64 dueAfter(const Policy &policy, qint64 assessedAt);

    Result<Page<Subcontractor>> list(const Caller &caller, const RegisterFilter &filter,
                                     qint64 after, int limit) const;
    Result<Subcontractor> create(const Caller &caller, const NewSubcontractor &s);
    Result<Subcontractor> change(const Caller &caller, qint64 id, const SubcontractorChange &c);
    Result<Subcontractor> assess(const Caller &caller, qint64 id, const NewAssessment &a);
    Result<Subcontractor> end(const Caller &caller, qint64 id, const QString &note);

private:
    Result<Subcontractor> find(qint64 id) const;

    Store &m_store;
};

class ApiCredentials
{
public:
    explicit ApiCredentials(Store &store)
        : m_store(store)
    { }

    Result<Page<ApiCredential>> list(const Caller &caller, const RegisterFilter &filter,
                                     qint64 after, int limit) const;
    Result<ApiCredential> create(const Caller &caller, const NewApiCredential &c);
    Result<ApiCredential> change(const Caller &caller, qint64 id, const ApiCredentialChange &c);
    Result<ApiCredential> rotate(const Caller &caller, qint64 id, const Rotation &r);
    Result<ApiCredential> retire(const Caller &caller, qint64 id, const QString &note);

private:
    Result<ApiCredential> find(qint64 id) const;
    Result<ApiCredential> findActive(qint64 id) const;

    Store &m_store;
};

} // namespace cc
