#include "Policy.h"

#include <cmath>
#include <utility>
#include <vector>

#include <QDateTime>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>

namespace cc {

namespace {

struct Field
{
    const char *key;
    int Policy::*member;
    int min;
    int max;
};

const std::vector<Field> &fields()
{
    static const std::vector<Field> list = {
        {"max_access_hours", &Policy::maxAccessHours, 1, 24 * 90},
        {"min_reason_length", &Policy::minReasonLength, 5, 500},
        {"password_min_length", &Policy::passwordMinLength, 8, 256},
        {"password_history", &Policy::passwordHistory, 1, 50},
        {"enrolment_hours", &Policy::enrolmentHours, 1, 24 * 14},
        {"device_token_days", &Policy::deviceTokenDays, 1, 365},
        {"lockout_threshold", &Policy::lockoutThreshold, 1, 100},
        {"lockout_minutes", &Policy::lockoutMinutes, 1, 24 * 60},
        {"session_idle_minutes", &Policy::sessionIdleMinutes, 1, 24 * 60},
        {"session_absolute_hours", &Policy::sessionAbsoluteHours, 1, 24 * 7},
        {"totp_window_steps", &Policy::totpWindowSteps, 0, 2},
        {"sign_in_attempts_per_address_per_minute", &Policy::signInAttemptsPerAddressPerMinute, 5,
         10000},
        // At least a month, so the rule cannot be configured away.
        {"sod_window_days", &Policy::sodWindowDays, 30, 365},
        {"pii_approvals", &Policy::piiApprovals, 1, 2},
        {"pii_retention_days_after_fulfilment", &Policy::piiRetentionDaysAfterFulfilment, 1, 30},
        // Above 18 only where a law requires longer (Amazon DPP 2025).
        {"non_pii_retention_months", &Policy::nonPiiRetentionMonths, 1, 120},
        {"deletion_request_hours", &Policy::deletionRequestHours, 1, 72},
        {"retention_due_soon_days", &Policy::retentionDueSoonDays, 1, 30},
        {"retention_sweep_minutes", &Policy::retentionSweepMinutes, 1, 60},
        {"asset_review_months", &Policy::assetReviewMonths, 1, 6},
        {"asset_due_soon_days", &Policy::assetDueSoonDays, 1, 90},
        {"asset_due_this_week_days", &Policy::assetDueThisWeekDays, 1, 30},
        {"asset_last_reminder_days", &Policy::assetLastReminderDays, 1, 7},
        {"asset_escalation_days", &Policy::assetEscalationDays, 1, 90},
        {"amazon_notification_hours", &Policy::amazonNotificationHours, 1, 24},
        {"incident_triage_hours", &Policy::incidentTriageHours, 1, 24 * 7},
        {"incident_contain_hours", &Policy::incidentContainHours, 1, 24 * 30},
        {"audit_retention_months", &Policy::auditRetentionMonths, 12, 120},
        {"audit_checkpoint_minutes", &Policy::auditCheckpointMinutes, 1, 24 * 60},
        {"alert_failed_sign_in_threshold", &Policy::alertFailedSignInThreshold, 1, 1000},
        {"alert_failed_sign_in_window_minutes", &Policy::alertFailedSignInWindowMinutes, 1,
         24 * 60},
        {"alert_pii_reads_per_hour", &Policy::alertPiiReadsPerHour, 1, 100000},
        {"alert_no_grant_attempts_per_hour", &Policy::alertNoGrantAttemptsPerHour, 1, 1000},
        {"alert_denied_requests_per_hour", &Policy::alertDeniedRequestsPerHour, 1, 10000},
        {"alert_unused_grant_days", &Policy::alertUnusedGrantDays, 1, 365},
        {"access_review_interval_days", &Policy::accessReviewIntervalDays, 7, 92},
        {"access_review_duration_days", &Policy::accessReviewDurationDays, 1, 60},
        {"access_review_reminder_days", &Policy::accessReviewReminderDays, 1, 30},
        {"access_request_pending_days", &Policy::accessRequestPendingDays, 1, 30},
        {"departure_revoke_minutes", &Policy::departureRevokeMinutes, 1, 60},
        {"audit_verify_max_hours", &Policy::auditVerifyMaxHours, 1, 24},
        {"alert_acknowledge_hours", &Policy::alertAcknowledgeHours, 1, 24 * 7},
        {"certificate_expiry_warn_days", &Policy::certificateExpiryWarnDays, 1, 365},
        {"control_lookback_days", &Policy::controlLookbackDays, 7, 366},
        {"attestation_valid_days", &Policy::attestationValidDays, 30, 366},
        {"attestation_warn_days", &Policy::attestationWarnDays, 1, 90},
        {"policy_acknowledgement_days", &Policy::policyAcknowledgementDays, 30, 366},
        {"policy_acknowledgement_grace_days", &Policy::policyAcknowledgementGraceDays, 1, 90},
        {"pii_read_max_per_request", &Policy::piiReadMaxPerRequest, 1, 500},
        {"pii_read_max_per_hour", &Policy::piiReadMaxPerHour, 1, 100000000},
        {"backup_max_age_days", &Policy::backupMaxAgeDays, 1, 90},
        {"vulnerability_critical_days", &Policy::vulnerabilityCriticalDays, 1, 7},
        {"vulnerability_high_days", &Policy::vulnerabilityHighDays, 1, 30},
        {"vulnerability_other_days", &Policy::vulnerabilityOtherDays, 1, 365},
        {"vulnerability_warn_hours", &Policy::vulnerabilityWarnHours, 1, 24 * 7},
        {"subcontractor_assessment_months", &Policy::subcontractorAssessmentMonths, 1, 12},
        {"subcontractor_reminder_days", &Policy::subcontractorReminderDays, 1, 90},
        {"api_credential_rotation_days", &Policy::apiCredentialRotationDays, 1, 180},
        {"api_credential_reminder_days", &Policy::apiCredentialReminderDays, 1, 60},
        {"impoc_acknowledge_hours", &Policy::impocAcknowledgeHours, 1, 24},
    };
    return list;
}

// Settings whose value is one word out of a fixed list.
struct ChoiceField
{
    const char *key;
    QString Policy::*member;
    const QStringList &(*choices)();
};

const std::vector<ChoiceField> &choiceFields()
{
    static const std::vector<ChoiceField> list = {
        {"access_review_unreviewed", &Policy::accessReviewUnreviewed,
         &Policy::accessReviewUnreviewedChoices},
    };
    return list;
}

// Non-PII facts outlive the PII they came with: the shortest month (28 days) of the non-PII
// period must still hold the whole PII period, or the sweep would delete an order whose PII it
// has not purged yet.
Result<void> checkPeriodsNest(const Policy &policy)
{
    constexpr int kShortestMonthDays = 28;
    if (qint64(policy.nonPiiRetentionMonths) * kShortestMonthDays
        >= policy.piiRetentionDaysAfterFulfilment)
        return {};
    const int needed
        = (policy.piiRetentionDaysAfterFulfilment + kShortestMonthDays - 1) / kShortestMonthDays;
    return makeError(ErrorCode::InvalidInput,
                     QStringLiteral("policy setting \"non_pii_retention_months\" (%1) must cover "
                                    "\"pii_retention_days_after_fulfilment\" (%2 days): at least "
                                    "%3 month(s)")
                         .arg(policy.nonPiiRetentionMonths)
                         .arg(policy.piiRetentionDaysAfterFulfilment)
                         .arg(needed));
}

} // namespace

const QStringList &Policy::accessReviewUnreviewedChoices()
{
    static const QStringList choices = {QStringLiteral("flag"), QStringLiteral("revoke")};
    return choices;
}

qint64 Policy::nonPiiCutoff(qint64 nowMs) const
{
    return QDateTime::fromMSecsSinceEpoch(nowMs, Qt::UTC)
        .addMonths(-nonPiiRetentionMonths)
        .toMSecsSinceEpoch();
}

Result<Policy> Policy::fromJson(const QByteArray &json)
{
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    if (!doc.isObject())
        return makeError(
            ErrorCode::InvalidInput,
            QStringLiteral("policy is not a JSON object: %1").arg(parseError.errorString()));
    const QJsonObject object = doc.object();
    Policy policy;
    for (auto it = object.begin(); it != object.end(); ++it) {
        const ChoiceField *choice = nullptr;
        for (const ChoiceField &candidate : choiceFields()) {
            if (it.key() == QLatin1String(candidate.key))
                choice = &candidate;
        }
        if (choice) {
            const QStringList &allowed = choice->choices();
            if (!it.value().isString() || !allowed.contains(it.value().toString()))
                return makeError(ErrorCode::InvalidInput,
                                 QStringLiteral("policy setting \"%1\" must be one of \"%2\"")
                                     .arg(it.key(), allowed.join(QStringLiteral("\", \""))));
            policy.*(choice->member) = it.value().toString();
            continue;
        }
        const Field *field = nullptr;
        for (const Field &candidate : fields()) {
            if (it.key() == QLatin1String(candidate.key))
                field = &candidate;
        }
        if (!field)
            return makeError(ErrorCode::InvalidInput,
                             QStringLiteral("policy has an unknown setting \"%1\"").arg(it.key()));
        const double value = it.value().toDouble(-1);
        // Range before the integer test: converting an out-of-range double is undefined.
        if (!it.value().isDouble() || value < field->min || value > field->max
            || value != std::trunc(value))
            return makeError(
                ErrorCode::InvalidInput,
                QStringLiteral("policy setting \"%1\" must be a whole number from %2 to %3")
                    .arg(it.key())
                    .arg(field->min)
                    .arg(field->max));
        policy.*(field->member) = int(value);
    }
    if (Result<void> nested = checkPeriodsNest(policy); !nested)
        return nested.error();
    return policy;
}

Result<Policy> Policy::loadFile(const QString &path)
{
    QFile file(path);
    if (!file.exists())
        return Policy {};
    if (!file.open(QIODevice::ReadOnly))
        return makeError(
            ErrorCode::Unavailable,
            QStringLiteral("cannot read policy file %1: %2").arg(path, file.errorString()));
    Result<Policy> policy = fromJson(file.readAll());
    if (!policy)
        return makeError(policy.error().code, path + QStringLiteral(": ") + policy.error().message);
    return policy;
}

} // namespace cc
