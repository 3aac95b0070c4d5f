#pragma once

// The control catalogue: each statement of the shipped policy (policy/POLICY-v1.txt) as a
// control with a stable id, the policy's own words, the role that owns it and how it is judged.
// Ids are listed in docs/api.md and never reused: a control that goes away keeps its id retired.

#include <QList>
#include <QString>

namespace cc {

namespace control {
// Statuses, as GET /api/v1/controls writes them.
inline const QString Pass = QStringLiteral("pass");
inline const QString Warn = QStringLiteral("warn");
inline const QString Fail = QStringLiteral("fail");
inline const QString Manual = QStringLiteral("manual"); // not observable, and not attested yet
} // namespace control

// How a control is judged: from the store (one evaluator per control, service/Controls), or
// by its owner's attestation (statements software cannot observe).
enum class ControlKind { Observed, Attested };

struct ControlDefinition
{
    QString id; // e.g. "MOAJ-AM-03"; never reused
    QString group; // moajPolicyGroup() or amazonDpp2025Group()
    QString policyText; // MOAJ policy: verbatim from the shipped text; DPP: the requirement
    QString owner; // the role answerable for it
    ControlKind kind = ControlKind::Observed;
};

const QString &moajPolicyGroup(); // "MOAJ policy"
// Amazon's Data Protection Policy of November 2025, which the seed policy predates (issue 26):
// its controls quote Amazon's requirement, not the shipped policy text.
const QString &amazonDpp2025Group(); // "Amazon DPP (2025)"
const QList<ControlDefinition> &controlCatalogue(); // in the policy's order
const ControlDefinition *findControl(const QString &id); // null when unknown

// The policy text this build ships, and its version id ("v1").
QString shippedPolicyVersion();
QString shippedPolicyText();

} // namespace cc
