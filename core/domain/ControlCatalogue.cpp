#include "ControlCatalogue.h"

#include "PolicyText.h"

namespace cc {

namespace {

const QString kOfficer = QStringLiteral("compliance_officer");
const QString kAdmin = QStringLiteral("admin");
const QString kExecutive = QStringLiteral("executive");
const QString kManager = QStringLiteral("manager");

} // namespace

const QString &moajPolicyGroup()
{
    static const QString group = QStringLiteral("MOAJ policy");
    return group;
}

const QString &amazonDpp2025Group()
{
    static const QString group = QStringLiteral("Amazon DPP (2025)");
    return group;
}

const QList<ControlDefinition> &controlCatalogue()
{
    const QString &g = moajPolicyGroup();
    const QString &dpp = amazonDpp2025Group();
    static const QList<ControlDefinition> catalogue = {
        {QStringLiteral("MOAJ-GS-01"), g,
         QStringLiteral("MOAJ maintains physical, administrative, and technical safeguards, and "
                        "other security measures: To maintain the security and confidentiality "
                        "of Amazon Information accessed, collected, used, stored, or transmitted "
                        "by MOAJ. To protect that information from known or reasonably "
                        "anticipated threats or hazards to its security and integrity, "
                        "accidental loss, alteration, disclosure, and all other unlawful forms "
                        "of processing."),
         kOfficer, ControlKind::Attested},
        {QStringLiteral("MOAJ-GS-02"), g,
         QStringLiteral("This policy is written to ensure that MOAJ is compliant with the Amazon "
                        "policies below and governs the collection, processing, storage, usage, "
                        "and disposal of Amazon data obtained for the use of clients from the "
                        "Amazon Marketplace Web Service APIs"),
         kOfficer, ControlKind::Observed},
        {QStringLiteral("MOAJ-NP-01"), g,
         QStringLiteral("All MOAJ servers implement network protection controls including network "
                        "firewalls."),
         kAdmin, ControlKind::Attested},
        {QStringLiteral("MOAJ-NP-02"), g,
         QStringLiteral("Public access is restricted to authorized users."), kAdmin,
         ControlKind::Observed},
        {QStringLiteral("MOAJ-AM-01"), g,
         QStringLiteral("Access to Amazon information is strictly limited to users who require "
                        "access to perform specific required tasks. Access is limited to only "
                        "required data where possible."),
         kOfficer, ControlKind::Observed},
        {QStringLiteral("MOAJ-AM-02"), g,
         QStringLiteral("All users are unique with no shared logins"), kAdmin,
         ControlKind::Observed},
        {QStringLiteral("MOAJ-AM-03"), g,
         QStringLiteral("2-Factor Authentication is in operation."), kAdmin, ControlKind::Observed},
        {QStringLiteral("MOAJ-AM-04"), g, QStringLiteral("Access is logged and monitored."),
         kOfficer, ControlKind::Observed},
        {QStringLiteral("MOAJ-AM-05"), g,
         QStringLiteral("Employees must request access and provide a reason when accessing "
                        "Amazon data."),
         kOfficer, ControlKind::Observed},
        {QStringLiteral("MOAJ-AM-06"), g,
         QStringLiteral("Access permissions are revoked immediately upon leaving the company."),
         kAdmin, ControlKind::Observed},
        {QStringLiteral("MOAJ-AM-07"), g,
         QStringLiteral("No Amazon data is allowed to be stored on removable devices, except "
                        "anonymized data such as overall sales figures."),
         kOfficer, ControlKind::Observed},
        {QStringLiteral("MOAJ-ET-01"), g,
         QStringLiteral("All data in transit is encrypted using HTTPS on MOAJ systems as data "
                        "traverses the network."),
         kAdmin, ControlKind::Observed},
        {QStringLiteral("MOAJ-IR-01"), g,
         QStringLiteral("In the case of a data breach involving Amazon data, the Chief Technical "
                        "Officer and Chief Executive Officer will be notified, and the incident "
                        "response team will address the issue according to established "
                        "protocols."),
         kExecutive, ControlKind::Observed},
        {QStringLiteral("MOAJ-DR-01"), g,
         QStringLiteral("Within 72 hours of Amazon's request, MOAJ will permanently and securely "
                        "delete or return Amazon Information in accordance with Amazon's notice."),
         kOfficer, ControlKind::Observed},
        {QStringLiteral("MOAJ-RT-01"), g,
         QStringLiteral("Amazon PII is stored for managing client orders and is removed no more "
                        "than 30 days after the fulfillment of an order."),
         kOfficer, ControlKind::Observed},
        {QStringLiteral("MOAJ-AG-01"), g,
         QStringLiteral("MOAJ has an asset management policy defining how assets are maintained "
                        "and reviewed every six months."),
         kManager, ControlKind::Observed},
        {QStringLiteral("MOAJ-EA-01"), g,
         QStringLiteral("All PII is encrypted at rest using AES-256 encryption. Cryptographic "
                        "materials are only accessible to MOAJ system processes and services."),
         kAdmin, ControlKind::Observed},
        {QStringLiteral("MOAJ-LP-01"), g,
         QStringLiteral("Access is provided to developers and employees on a need-to-know basis "
                        "using fine-grained access controls."),
         kOfficer, ControlKind::Observed},
        // Amazon's Data Protection Policy of November 2025, which the shipped policy predates.
        {QStringLiteral("DPP25-BK-01"), dpp,
         QStringLiteral("Backups are geographically dispersed: a recent backup is kept in at least "
                        "two locations."),
         kAdmin, ControlKind::Observed},
        {QStringLiteral("DPP25-VM-01"), dpp,
         QStringLiteral("Critical vulnerabilities are resolved within 7 days of discovery, and "
                        "high-risk vulnerabilities within 30 days."),
         kAdmin, ControlKind::Observed},
        {QStringLiteral("DPP25-KM-01"), dpp,
         QStringLiteral("The master key is kept in a key management system it never leaves."),
         kAdmin, ControlKind::Observed},
        {QStringLiteral("DPP25-TP-01"), dpp,
         QStringLiteral("Subcontractors that receive Amazon data have a third-party risk "
                        "assessment, repeated at least yearly."),
         kOfficer, ControlKind::Observed},
        {QStringLiteral("DPP25-KM-02"), dpp,
         QStringLiteral("API keys used to reach Amazon are rotated on schedule, each with an "
                        "accountable owner."),
         kAdmin, ControlKind::Observed},
        {QStringLiteral("DPP25-IR-01"), dpp,
         QStringLiteral("Incident Management Point of Contact: a designated, readily available "
                        "point of contact for data leaks and breaches, with a deputy, who "
                        "acknowledges each breach notice within the policy's time."),
         kAdmin, ControlKind::Observed},
        {QStringLiteral("DPP25-RT-01"), dpp,
         QStringLiteral("Non-PII Amazon data is deleted after 18 months, unless law requires "
                        "longer (a legal hold on the client)."),
         kOfficer, ControlKind::Observed},
    };
    return catalogue;
}

const ControlDefinition *findControl(const QString &id)
{
    for (const ControlDefinition &c : controlCatalogue()) {
        if (c.id == id)
            return &c;
    }
    return nullptr;
}

QString shippedPolicyVersion()
{
    return QString::fromLatin1(policytext::kVersion);
}

QString shippedPolicyText()
{
    return QString::fromUtf8(policytext::kText);
}

} // namespace cc
