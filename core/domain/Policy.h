#pragma once

// Every duration and threshold of the data protection policy in one place, with the seed
// policy's values as defaults. A store may override them in <data dir>/policy.json.

#include "Result.h"

#include <QString>
#include <QStringList>

namespace cc {

struct Policy
{
    // Access management
    int maxAccessHours = 7 * 24; // longest grant an approver can give
    int minReasonLength = 20; // characters in an access request's reason
    int passwordMinLength = 12;
    int passwordHistory = 10; // a new password may not be any of the account's last this many
    int enrolmentHours = 72; // life of a single-use enrolment code (new account or reset)
    // A console's device token (given at sign-in) keeps its own failure count for this long
    // after its last use; failures without one cannot lock its holder out.
    int deviceTokenDays = 90;
    // Authentication
    int lockoutThreshold = 10; // failed sign-ins before the account locks
    int lockoutMinutes = 15;
    int sessionIdleMinutes = 30;
    int sessionAbsoluteHours = 12;
    int totpWindowSteps = 1; // accepted clock drift either side, in 30 s steps
    int signInAttemptsPerAddressPerMinute = 60; // against password spraying across accounts
    // Separation of duties: nobody decides an access request of someone who created, changed
    // or reset their account within this many days; orders.pii grants need this many
    // approvals from distinct eligible officers.
    int sodWindowDays = 90;
    int piiApprovals = 1;
    // Retention and governance (used by later features; kept here so they are never literals)
    int piiRetentionDaysAfterFulfilment = 30;
    // Amazon DPP 2025: non-PII order facts go this many calendar months after fulfilment (the
    // same sweep rolls them up into anonymised daily aggregates first); a client's legal hold
    // suspends it. Must hold the PII period: see fromJson.
    int nonPiiRetentionMonths = 18;
    int deletionRequestHours = 72;
    int retentionDueSoonDays = 7; // PII whose purge is this close counts as "due this week"
    int retentionSweepMinutes = 10; // the sweep job's interval, also its look-ahead
    int assetReviewMonths = 6;
    int assetDueSoonDays = 30; // an asset is "due soon" and its owner reminded this early
    int assetDueThisWeekDays = 7; // "due this week", second reminder
    int assetLastReminderDays = 1; // last reminder before the due date
    int assetEscalationDays = 7; // overdue this long: the owner's manager and the officers hear
    // Incident response: Amazon must be told within 24 hours of detection; triage and
    // containment targets (our response plan's, not Amazon's) start at detection too.
    int amazonNotificationHours = 24;
    int incidentTriageHours = 4;
    int incidentContainHours = 48;
    // Audit log: events are kept at least 12 months (Amazon's Data Protection Policy) and then
    // purged only as a whole prefix ending at a signed checkpoint; a checkpoint of the chain's
    // head is signed this often.
    int auditRetentionMonths = 12;
    int auditCheckpointMinutes = 60;
    // Monitoring rules (alerts to the compliance officers).
    int alertFailedSignInThreshold = 5; // failed sign-ins for one account within the window
    int alertFailedSignInWindowMinutes = 15;
    int alertPiiReadsPerHour = 200; // PII reads by one user within an hour
    int alertNoGrantAttemptsPerHour = 3; // Amazon data requests refused for want of a grant
    int alertDeniedRequestsPerHour = 20; // refused calls (403) by one user within an hour
    int alertUnusedGrantDays = 14; // an active grant not used for this long (least privilege)
    // Access reviews: a campaign at least this often (quarterly), open this long, with a
    // reminder to reviewers this many days before it closes.
    int accessReviewIntervalDays = 90;
    int accessReviewDurationDays = 14;
    int accessReviewReminderDays = 3;
    // What the deadline does to items nobody reviewed: "flag" them as unreviewed in the
    // evidence, or "revoke" the access (one of kAccessReviewUnreviewedChoices).
    QString accessReviewUnreviewed = QStringLiteral("flag");
    // Controls (service/Controls): how each policy statement is judged from the store.
    int accessRequestPendingDays = 3; // a request waiting longer is a warning on its control
    int departureRevokeMinutes = 5; // "immediately": access ends this soon after departure
    int auditVerifyMaxHours = 24; // the chain must have been verified this recently
    int alertAcknowledgeHours = 24; // an alert open longer means nobody is monitoring
    int certificateExpiryWarnDays = 30; // the TLS certificate's control warns this early
    int controlLookbackDays = 90; // how far back a control looks for late or refused work
    // A manual control's attestation lasts this long, and warns this many days before it ends.
    int attestationValidDays = 365;
    int attestationWarnDays = 30;
    // Every active person acknowledges the current policy version this often, and within this
    // many days of joining or of a new version.
    int policyAcknowledgementDays = 365;
    int policyAcknowledgementGraceDays = 14;
    // No bulk PII: a request opens the PII of at most this many orders, a person at most this
    // many an hour; a refusal is audited and raises a pii_read_cap alert.
    int piiReadMaxPerRequest = 100;
    int piiReadMaxPerHour = 1000;
    // Backups (Amazon DPP 2025: geographically dispersed): the newest backup is at most this
    // old, and at least two locations hold one this recent.
    int backupMaxAgeDays = 7;
    // Vulnerability register (Amazon DPP 2025): a finding is due this many days after its
    // discovery (critical 7 and high 30 at most, as Amazon requires; the rest by our choice);
    // its control warns this many hours before a critical or high one falls due.
    int vulnerabilityCriticalDays = 7;
    int vulnerabilityHighDays = 30;
    int vulnerabilityOtherDays = 90;
    int vulnerabilityWarnHours = 48;
    // Subcontractor register (Amazon DPP 2025: third-party risk assessments): an active
    // subcontractor is assessed again this many months after its last assessment (yearly at
    // most); its officers are reminded this many days before.
    int subcontractorAssessmentMonths = 12;
    int subcontractorReminderDays = 30;
    // API credential register (Amazon DPP 2025: rotation of API keys): a credential is rotated
    // this many days after its last rotation at most (Amazon expires an LWA client secret 180
    // days after it is issued, so never longer); its owner and the officers are reminded this
    // many days before.
    int apiCredentialRotationDays = 90;
    int apiCredentialReminderDays = 14;
    // Incident Management Point of Contact (Amazon DPP 2025: "readily available"): the IMPOC
    // and the deputy acknowledge a breach notice within this many hours of it, well inside
    // Amazon's own 24 hours, so that someone is on the breach while there is time to tell
    // Amazon; never more than those 24 hours.
    int impocAcknowledgeHours = 4;

    static const QStringList &accessReviewUnreviewedChoices(); // flag, revoke

    // Order facts fulfilled at or before this time are past non_pii_retention_months
    // (calendar months back from nowMs, UTC).
    qint64 nonPiiCutoff(qint64 nowMs) const;

    // Reads a JSON object whose keys are the snake_case names of the fields above; unknown
    // keys, out-of-range numbers and choices outside their list are errors that name the key.
    static Result<Policy> fromJson(const QByteArray &json);
    static Result<Policy> loadFile(const QString &path); // defaults when the file is absent
};

} // namespace cc
