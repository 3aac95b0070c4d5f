#include "Words.h"

#include "AlertTypes.h"
#include "ApiTypes.h"
#include "IncidentTypes.h"

#include <QCoreApplication>
#include <QHash>
#include <QRegularExpression>
#include <QTimeZone>

namespace cc::client {

namespace {

QString translate(const char *text)
{
    return QCoreApplication::translate("cc::client::Words", text);
}

QString actionText(const QString &action)
{
    // QT_TRANSLATE_NOOP marks each for translation; translate() reads it at run time.
    static const QHash<QString, const char *> labels = {
        {QStringLiteral("session.create"), QT_TRANSLATE_NOOP("cc::client::Words", "Signed in")},
        {QStringLiteral("session.end"), QT_TRANSLATE_NOOP("cc::client::Words", "Signed out")},
        {QStringLiteral("session.use"), QT_TRANSLATE_NOOP("cc::client::Words", "Session used")},
        {QStringLiteral("me"), QT_TRANSLATE_NOOP("cc::client::Words", "Own account read")},
        {QStringLiteral("policy"), QT_TRANSLATE_NOOP("cc::client::Words", "Policy read")},
        {QStringLiteral("user.create"), QT_TRANSLATE_NOOP("cc::client::Words", "Account created")},
        {QStringLiteral("user.list"), QT_TRANSLATE_NOOP("cc::client::Words", "Accounts listed")},
        {QStringLiteral("user.offboard"),
         QT_TRANSLATE_NOOP("cc::client::Words", "Account offboarded")},
        {QStringLiteral("user.offboard_schedule"),
         QT_TRANSLATE_NOOP("cc::client::Words", "Departure scheduled")},
        {QStringLiteral("user.role_remove"),
         QT_TRANSLATE_NOOP("cc::client::Words", "Role removed")},
        {QStringLiteral("user.reset_2fa"),
         QT_TRANSLATE_NOOP("cc::client::Words", "Second factor reset")},
        {QStringLiteral("user.reset_password"),
         QT_TRANSLATE_NOOP("cc::client::Words", "Password reset")},
        {QStringLiteral("user.update"), QT_TRANSLATE_NOOP("cc::client::Words", "Account changed")},
        {QStringLiteral("user.unlock"), QT_TRANSLATE_NOOP("cc::client::Words", "Account unlocked")},
        {QStringLiteral("user.change_password"),
         QT_TRANSLATE_NOOP("cc::client::Words", "Own password changed")},
        {QStringLiteral("enrolment.start"),
         QT_TRANSLATE_NOOP("cc::client::Words", "Enrolment started")},
        {QStringLiteral("enrolment.finish"),
         QT_TRANSLATE_NOOP("cc::client::Words", "Enrolment completed")},
        {QStringLiteral("access.approval_withdraw"),
         QT_TRANSLATE_NOOP("cc::client::Words", "Approval withdrawn")},
        {QStringLiteral("access.request"),
         QT_TRANSLATE_NOOP("cc::client::Words", "Access requested")},
        {QStringLiteral("access.approve"),
         QT_TRANSLATE_NOOP("cc::client::Words", "Access approved")},
        {QStringLiteral("access.deny"), QT_TRANSLATE_NOOP("cc::client::Words", "Access denied")},
        {QStringLiteral("access.list"),
         QT_TRANSLATE_NOOP("cc::client::Words", "Access requests listed")},
        {QStringLiteral("grant.revoke"), QT_TRANSLATE_NOOP("cc::client::Words", "Grant revoked")},
        {QStringLiteral("grant.expire"), QT_TRANSLATE_NOOP("cc::client::Words", "Grant expired")},
        {QStringLiteral("grant.list"), QT_TRANSLATE_NOOP("cc::client::Words", "Grants listed")},
        {QStringLiteral("asset.create"), QT_TRANSLATE_NOOP("cc::client::Words", "Asset added")},
        {QStringLiteral("asset.update"), QT_TRANSLATE_NOOP("cc::client::Words", "Asset changed")},
        {QStringLiteral("asset.review"),
         QT_TRANSLATE_NOOP("cc::client::Words", "Asset review recorded")},
        {QStringLiteral("asset.import"), QT_TRANSLATE_NOOP("cc::client::Words", "Assets imported")},
        {QStringLiteral("asset.export"), QT_TRANSLATE_NOOP("cc::client::Words", "Assets exported")},
        {QStringLiteral("asset.list"), QT_TRANSLATE_NOOP("cc::client::Words", "Assets listed")},
        {QStringLiteral("asset.read"), QT_TRANSLATE_NOOP("cc::client::Words", "Asset read")},
        {QStringLiteral("asset.reviews"),
         QT_TRANSLATE_NOOP("cc::client::Words", "Asset reviews read")},
        {QStringLiteral("asset.remind"),
         QT_TRANSLATE_NOOP("cc::client::Words", "Review reminders sent")},
        {QStringLiteral("notification.list"),
         QT_TRANSLATE_NOOP("cc::client::Words", "Notifications read")},
        {QStringLiteral("notification.read"),
         QT_TRANSLATE_NOOP("cc::client::Words", "Notification marked read")},
        {QStringLiteral("notification.read_all"),
         QT_TRANSLATE_NOOP("cc::client::Words", "All notifications marked read")},
        {QStringLiteral("incident.report"),
         QT_TRANSLATE_NOOP("cc::client::Words", "Incident reported")},
        {QStringLiteral("incident.update"),
         QT_TRANSLATE_NOOP("cc::client::Words", "Incident changed")},
        {QStringLiteral("incident.acknowledge"),
         QT_TRANSLATE_NOOP("cc::client::Words", "Breach notice acknowledged")},
        {QStringLiteral("incident.task"),
         QT_TRANSLATE_NOOP("cc::client::Words", "Response plan task changed")},
        {QStringLiteral("incident.note"),
         QT_TRANSLATE_NOOP("cc::client::Words", "Incident note added")},
        {QStringLiteral("incident.event"),
         QT_TRANSLATE_NOOP("cc::client::Words", "Incident timeline changed")},
        {QStringLiteral("incident.notify_executives"),
         QT_TRANSLATE_NOOP("cc::client::Words", "Executives notified")},
        {QStringLiteral("incident.clock_overdue"),
         QT_TRANSLATE_NOOP("cc::client::Words", "Incident clock ran out")},
        {QStringLiteral("incident.email"),
         QT_TRANSLATE_NOOP("cc::client::Words", "Breach e-mail sent")},
        {QStringLiteral("incident.list"),
         QT_TRANSLATE_NOOP("cc::client::Words", "Incidents listed")},
        {QStringLiteral("incident.read"), QT_TRANSLATE_NOOP("cc::client::Words", "Incident read")},
        {QStringLiteral("alert.raise"), QT_TRANSLATE_NOOP("cc::client::Words", "Alert raised")},
        {QStringLiteral("alert.acknowledge"),
         QT_TRANSLATE_NOOP("cc::client::Words", "Alert acknowledged")},
        {QStringLiteral("alert.list"), QT_TRANSLATE_NOOP("cc::client::Words", "Alerts listed")},
        {QStringLiteral("alert.read"), QT_TRANSLATE_NOOP("cc::client::Words", "Alert read")},
        {QStringLiteral("access_review.start"),
         QT_TRANSLATE_NOOP("cc::client::Words", "Access review started")},
        {QStringLiteral("access_review.decide"),
         QT_TRANSLATE_NOOP("cc::client::Words", "Access review decision")},
        {QStringLiteral("access_review.complete"),
         QT_TRANSLATE_NOOP("cc::client::Words", "Access review completed")},
        {QStringLiteral("access_review.remind"),
         QT_TRANSLATE_NOOP("cc::client::Words", "Access review reminders sent")},
        {QStringLiteral("access_review.report"),
         QT_TRANSLATE_NOOP("cc::client::Words", "Access review evidence read")},
        {QStringLiteral("access_review.items"),
         QT_TRANSLATE_NOOP("cc::client::Words", "Access review items read")},
        {QStringLiteral("access_review.list"),
         QT_TRANSLATE_NOOP("cc::client::Words", "Access reviews listed")},
        {QStringLiteral("access_review.get"),
         QT_TRANSLATE_NOOP("cc::client::Words", "Access review read")},
        {QStringLiteral("orders.read"), QT_TRANSLATE_NOOP("cc::client::Words", "Order facts read")},
        {QStringLiteral("orders.read_pii"),
         QT_TRANSLATE_NOOP("cc::client::Words", "Buyer PII read")},
        {QStringLiteral("orders.ingest"),
         QT_TRANSLATE_NOOP("cc::client::Words", "Orders imported")},
        {QStringLiteral("orders.aggregates"),
         QT_TRANSLATE_NOOP("cc::client::Words", "Order totals read")},
        {QStringLiteral("orders.list"), QT_TRANSLATE_NOOP("cc::client::Words", "Orders listed")},
        {QStringLiteral("orders.daily_aggregates"),
         QT_TRANSLATE_NOOP("cc::client::Words", "Daily order totals read")},
        {QStringLiteral("retention.sweep"),
         QT_TRANSLATE_NOOP("cc::client::Words", "Retention sweep")},
        {QStringLiteral("client.legal_hold_set"),
         QT_TRANSLATE_NOOP("cc::client::Words", "Legal hold set")},
        {QStringLiteral("client.legal_hold_released"),
         QT_TRANSLATE_NOOP("cc::client::Words", "Legal hold released")},
        {QStringLiteral("retention.status"),
         QT_TRANSLATE_NOOP("cc::client::Words", "Retention status read")},
        {QStringLiteral("deletion_request.create"),
         QT_TRANSLATE_NOOP("cc::client::Words", "Deletion request recorded")},
        {QStringLiteral("deletion_request.fulfil"),
         QT_TRANSLATE_NOOP("cc::client::Words", "Deletion request fulfilled")},
        {QStringLiteral("deletion_request.overdue"),
         QT_TRANSLATE_NOOP("cc::client::Words", "Deletion request overdue")},
        {QStringLiteral("deletion_request.read"),
         QT_TRANSLATE_NOOP("cc::client::Words", "Deletion request read")},
        {QStringLiteral("deletion_request.list"),
         QT_TRANSLATE_NOOP("cc::client::Words", "Deletion requests listed")},
        {QStringLiteral("audit.read"), QT_TRANSLATE_NOOP("cc::client::Words", "Audit log read")},
        {QStringLiteral("audit.verify"),
         QT_TRANSLATE_NOOP("cc::client::Words", "Audit chain verified")},
        {QStringLiteral("audit.export"),
         QT_TRANSLATE_NOOP("cc::client::Words", "Audit evidence exported")},
        {QStringLiteral("audit.head"),
         QT_TRANSLATE_NOOP("cc::client::Words", "Audit chain head read")},
        {QStringLiteral("audit.checkpoints"),
         QT_TRANSLATE_NOOP("cc::client::Words", "Audit checkpoints read")},
        {QStringLiteral("audit.signing_key"),
         QT_TRANSLATE_NOOP("cc::client::Words", "Audit signing key read")},
        {QStringLiteral("audit.checkpoint"),
         QT_TRANSLATE_NOOP("cc::client::Words", "Audit checkpoint signed")},
        {QStringLiteral("audit.purge"),
         QT_TRANSLATE_NOOP("cc::client::Words", "Old audit events removed")},
        {QStringLiteral("audit.anchors"),
         QT_TRANSLATE_NOOP("cc::client::Words", "Audit anchors read")},
        {QStringLiteral("audit.break_acknowledge"),
         QT_TRANSLATE_NOOP("cc::client::Words", "Audit log break acknowledged")},
        {QStringLiteral("mail.send"), QT_TRANSLATE_NOOP("cc::client::Words", "E-mail sent")},
        {QStringLiteral("changes"), QT_TRANSLATE_NOOP("cc::client::Words", "Changes read")},
        {QStringLiteral("health"), QT_TRANSLATE_NOOP("cc::client::Words", "Health checked")},
        {QStringLiteral("alert.escalate"),
         QT_TRANSLATE_NOOP("cc::client::Words", "Alert escalated")},
        {QStringLiteral("alert.end_sessions"),
         QT_TRANSLATE_NOOP("cc::client::Words", "Sessions ended from an alert")},
        {QStringLiteral("api.describe"),
         QT_TRANSLATE_NOOP("cc::client::Words", "API description read")},
        {QStringLiteral("api_credential.create"),
         QT_TRANSLATE_NOOP("cc::client::Words", "API credential registered")},
        {QStringLiteral("api_credential.list"),
         QT_TRANSLATE_NOOP("cc::client::Words", "API credentials listed")},
        {QStringLiteral("api_credential.update"),
         QT_TRANSLATE_NOOP("cc::client::Words", "API credential changed")},
        {QStringLiteral("api_credential.rotate"),
         QT_TRANSLATE_NOOP("cc::client::Words", "API credential rotation recorded")},
        {QStringLiteral("api_credential.retire"),
         QT_TRANSLATE_NOOP("cc::client::Words", "API credential retired")},
        {QStringLiteral("audit.signing_key.rotate"),
         QT_TRANSLATE_NOOP("cc::client::Words", "Audit signing key rotated")},
        {QStringLiteral("client.add"), QT_TRANSLATE_NOOP("cc::client::Words", "Client added")},
        {QStringLiteral("client.list"), QT_TRANSLATE_NOOP("cc::client::Words", "Clients listed")},
        {QStringLiteral("client.legal_hold_list"),
         QT_TRANSLATE_NOOP("cc::client::Words", "Legal holds listed")},
        {QStringLiteral("control.list"), QT_TRANSLATE_NOOP("cc::client::Words", "Controls listed")},
        {QStringLiteral("control.history"),
         QT_TRANSLATE_NOOP("cc::client::Words", "Control history read")},
        {QStringLiteral("control.status"),
         QT_TRANSLATE_NOOP("cc::client::Words", "Control status changed")},
        {QStringLiteral("control.attest"),
         QT_TRANSLATE_NOOP("cc::client::Words", "Control attested")},
        {QStringLiteral("control.attestations"),
         QT_TRANSLATE_NOOP("cc::client::Words", "Control attestations read")},
        {QStringLiteral("dashboard.read"),
         QT_TRANSLATE_NOOP("cc::client::Words", "Dashboard read")},
        {QStringLiteral("dashboard.trends"),
         QT_TRANSLATE_NOOP("cc::client::Words", "Dashboard trends read")},
        {QStringLiteral("dashboard.incident_contacts"),
         QT_TRANSLATE_NOOP("cc::client::Words", "Incident contacts read")},
        {QStringLiteral("dashboard.report"),
         QT_TRANSLATE_NOOP("cc::client::Words", "Board report read")},
        {QStringLiteral("deletion_request.archive_saved"),
         QT_TRANSLATE_NOOP("cc::client::Words", "Return archive saved")},
        {QStringLiteral("device.create"),
         QT_TRANSLATE_NOOP("cc::client::Words", "Device registered")},
        {QStringLiteral("device.list"), QT_TRANSLATE_NOOP("cc::client::Words", "Devices listed")},
        {QStringLiteral("device.read"), QT_TRANSLATE_NOOP("cc::client::Words", "Device read")},
        {QStringLiteral("device.update"), QT_TRANSLATE_NOOP("cc::client::Words", "Device changed")},
        {QStringLiteral("evidence.export"),
         QT_TRANSLATE_NOOP("cc::client::Words", "Evidence pack exported")},
        {QStringLiteral("master_key.rotate_start"),
         QT_TRANSLATE_NOOP("cc::client::Words", "Master key rotation started")},
        {QStringLiteral("master_key.rotate"),
         QT_TRANSLATE_NOOP("cc::client::Words", "Master key rotated")},
        {QStringLiteral("notification.digest"),
         QT_TRANSLATE_NOOP("cc::client::Words", "Notification digests sent")},
        {QStringLiteral("policy.text"), QT_TRANSLATE_NOOP("cc::client::Words", "Policy text read")},
        {QStringLiteral("policy.acknowledge"),
         QT_TRANSLATE_NOOP("cc::client::Words", "Policy acknowledged")},
        {QStringLiteral("preferences.read"),
         QT_TRANSLATE_NOOP("cc::client::Words", "Notification preferences read")},
        {QStringLiteral("preferences.update"),
         QT_TRANSLATE_NOOP("cc::client::Words", "Notification preferences changed")},
        {QStringLiteral("reminder.send"), QT_TRANSLATE_NOOP("cc::client::Words", "Reminders sent")},
        {QStringLiteral("server.reload"),
         QT_TRANSLATE_NOOP("cc::client::Words", "Server settings reloaded")},
        {QStringLiteral("store.backup"), QT_TRANSLATE_NOOP("cc::client::Words", "Store backed up")},
        {QStringLiteral("store.restore"), QT_TRANSLATE_NOOP("cc::client::Words", "Store restored")},
        {QStringLiteral("subcontractor.create"),
         QT_TRANSLATE_NOOP("cc::client::Words", "Subcontractor added")},
        {QStringLiteral("subcontractor.list"),
         QT_TRANSLATE_NOOP("cc::client::Words", "Subcontractors listed")},
        {QStringLiteral("subcontractor.update"),
         QT_TRANSLATE_NOOP("cc::client::Words", "Subcontractor changed")},
        {QStringLiteral("subcontractor.assess"),
         QT_TRANSLATE_NOOP("cc::client::Words", "Subcontractor assessed")},
        {QStringLiteral("subcontractor.end"),
         QT_TRANSLATE_NOOP("cc::client::Words", "Subcontractor engagement ended")},
        {QStringLiteral("task.list"), QT_TRANSLATE_NOOP("cc::client::Words", "Own tasks read")},
        {QStringLiteral("vulnerability.create"),
         QT_TRANSLATE_NOOP("cc::client::Words", "Vulnerability recorded")},
        {QStringLiteral("vulnerability.import"),
         QT_TRANSLATE_NOOP("cc::client::Words", "Vulnerabilities imported")},
        {QStringLiteral("vulnerability.list"),
         QT_TRANSLATE_NOOP("cc::client::Words", "Vulnerabilities listed")},
        {QStringLiteral("vulnerability.read"),
         QT_TRANSLATE_NOOP("cc::client::Words", "Vulnerability read")},
        {QStringLiteral("vulnerability.resolve"),
         QT_TRANSLATE_NOOP("cc::client::Words", "Vulnerability resolved")},
    };
    const auto it = labels.constFind(action);
    return it == labels.constEnd() ? QString() : translate(*it);
}

QString keyLabel(const QString &key)
{
    static const QHash<QString, const char *> labels = {
        {QStringLiteral("access_review"), QT_TRANSLATE_NOOP("cc::client::Words", "Access review")},
        {QStringLiteral("after"), QT_TRANSLATE_NOOP("cc::client::Words", "After")},
        {QStringLiteral("amazon_data"), QT_TRANSLATE_NOOP("cc::client::Words", "Amazon data")},
        {QStringLiteral("amazon_notified_at"),
         QT_TRANSLATE_NOOP("cc::client::Words", "Amazon notified")},
        {QStringLiteral("amazon_reference"),
         QT_TRANSLATE_NOOP("cc::client::Words", "Amazon's reference")},
        {QStringLiteral("approval"), QT_TRANSLATE_NOOP("cc::client::Words", "Approval")},
        {QStringLiteral("approver"), QT_TRANSLATE_NOOP("cc::client::Words", "Approver")},
        {QStringLiteral("approvers"), QT_TRANSLATE_NOOP("cc::client::Words", "Approvers")},
        {QStringLiteral("assignee"), QT_TRANSLATE_NOOP("cc::client::Words", "Assignee")},
        {QStringLiteral("attempt"), QT_TRANSLATE_NOOP("cc::client::Words", "Attempt")},
        {QStringLiteral("base_seq"), QT_TRANSLATE_NOOP("cc::client::Words", "First kept event")},
        {QStringLiteral("category"), QT_TRANSLATE_NOOP("cc::client::Words", "Category")},
        {QStringLiteral("checkpoints_deleted"),
         QT_TRANSLATE_NOOP("cc::client::Words", "Checkpoints removed")},
        {QStringLiteral("checkpoints_retired"),
         QT_TRANSLATE_NOOP("cc::client::Words", "Checkpoints set aside")},
        {QStringLiteral("client"), QT_TRANSLATE_NOOP("cc::client::Words", "Client")},
        {QStringLiteral("clients"), QT_TRANSLATE_NOOP("cc::client::Words", "Clients")},
        {QStringLiteral("clocks"), QT_TRANSLATE_NOOP("cc::client::Words", "Clocks")},
        {QStringLiteral("count"), QT_TRANSLATE_NOOP("cc::client::Words", "Count")},
        {QStringLiteral("csv_sha256"), QT_TRANSLATE_NOOP("cc::client::Words", "CSV SHA-256")},
        {QStringLiteral("cutoff"), QT_TRANSLATE_NOOP("cc::client::Words", "Cut-off")},
        {QStringLiteral("date"), QT_TRANSLATE_NOOP("cc::client::Words", "Date")},
        {QStringLiteral("day"), QT_TRANSLATE_NOOP("cc::client::Words", "Day")},
        {QStringLiteral("delay_ms"), QT_TRANSLATE_NOOP("cc::client::Words", "Delay (ms)")},
        {QStringLiteral("delivery"), QT_TRANSLATE_NOOP("cc::client::Words", "Code delivered by")},
        {QStringLiteral("departure_at"), QT_TRANSLATE_NOOP("cc::client::Words", "Departure")},
        {QStringLiteral("detected_at"), QT_TRANSLATE_NOOP("cc::client::Words", "Detected")},
        {QStringLiteral("due"), QT_TRANSLATE_NOOP("cc::client::Words", "Due")},
        {QStringLiteral("duration_hours"),
         QT_TRANSLATE_NOOP("cc::client::Words", "Hours asked for")},
        {QStringLiteral("ended_sessions"),
         QT_TRANSLATE_NOOP("cc::client::Words", "Sessions ended")},
        {QStringLiteral("events_deleted"),
         QT_TRANSLATE_NOOP("cc::client::Words", "Events removed")},
        {QStringLiteral("executives"), QT_TRANSLATE_NOOP("cc::client::Words", "Executives")},
        {QStringLiteral("expired_at"), QT_TRANSLATE_NOOP("cc::client::Words", "Expired")},
        {QStringLiteral("expires_at"), QT_TRANSLATE_NOOP("cc::client::Words", "Expires")},
        {QStringLiteral("first_bad_seq"),
         QT_TRANSLATE_NOOP("cc::client::Words", "First bad event")},
        {QStringLiteral("flagged"), QT_TRANSLATE_NOOP("cc::client::Words", "Flagged")},
        {QStringLiteral("from"), QT_TRANSLATE_NOOP("cc::client::Words", "From address")},
        {QStringLiteral("fulfilled_before"),
         QT_TRANSLATE_NOOP("cc::client::Words", "Fulfilled before")},
        {QStringLiteral("grant"), QT_TRANSLATE_NOOP("cc::client::Words", "Grant")},
        {QStringLiteral("head_seq"), QT_TRANSLATE_NOOP("cc::client::Words", "Last event")},
        {QStringLiteral("hours"), QT_TRANSLATE_NOOP("cc::client::Words", "Hours")},
        {QStringLiteral("imported"), QT_TRANSLATE_NOOP("cc::client::Words", "Imported")},
        {QStringLiteral("issued_by"), QT_TRANSLATE_NOOP("cc::client::Words", "Code issued by")},
        {QStringLiteral("items"), QT_TRANSLATE_NOOP("cc::client::Words", "Items")},
        {QStringLiteral("kind"), QT_TRANSLATE_NOOP("cc::client::Words", "Kind")},
        {QStringLiteral("length"), QT_TRANSLATE_NOOP("cc::client::Words", "Length")},
        {QStringLiteral("location"), QT_TRANSLATE_NOOP("cc::client::Words", "Location")},
        {QStringLiteral("locked_device_tokens"),
         QT_TRANSLATE_NOOP("cc::client::Words", "Locked device tokens")},
        {QStringLiteral("locked_until"), QT_TRANSLATE_NOOP("cc::client::Words", "Locked until")},
        {QStringLiteral("mine"), QT_TRANSLATE_NOOP("cc::client::Words", "Own items only")},
        {QStringLiteral("name"), QT_TRANSLATE_NOOP("cc::client::Words", "Name")},
        {QStringLiteral("next_due"), QT_TRANSLATE_NOOP("cc::client::Words", "Next review due")},
        {QStringLiteral("notified"), QT_TRANSLATE_NOOP("cc::client::Words", "Notified")},
        {QStringLiteral("officer_reminders"),
         QT_TRANSLATE_NOOP("cc::client::Words", "Reminders to officers")},
        {QStringLiteral("orders"), QT_TRANSLATE_NOOP("cc::client::Words", "Orders")},
        {QStringLiteral("os_user"),
         QT_TRANSLATE_NOOP("cc::client::Words", "Operating-system user")},
        {QStringLiteral("outcome"), QT_TRANSLATE_NOOP("cc::client::Words", "Outcome")},
        {QStringLiteral("owner"), QT_TRANSLATE_NOOP("cc::client::Words", "Owner")},
        {QStringLiteral("pii"), QT_TRANSLATE_NOOP("cc::client::Words", "PII")},
        {QStringLiteral("prev_seq"), QT_TRANSLATE_NOOP("cc::client::Words", "Last good event")},
        {QStringLiteral("problem"), QT_TRANSLATE_NOOP("cc::client::Words", "Problem")},
        {QStringLiteral("purged"), QT_TRANSLATE_NOOP("cc::client::Words", "Purged")},
        {QStringLiteral("purpose"), QT_TRANSLATE_NOOP("cc::client::Words", "Purpose")},
        {QStringLiteral("reference"), QT_TRANSLATE_NOOP("cc::client::Words", "Reference")},
        {QStringLiteral("reminders"), QT_TRANSLATE_NOOP("cc::client::Words", "Reminders")},
        {QStringLiteral("report_sha256"), QT_TRANSLATE_NOOP("cc::client::Words", "Report SHA-256")},
        {QStringLiteral("resume_seq"), QT_TRANSLATE_NOOP("cc::client::Words", "Resumes at event")},
        {QStringLiteral("review"), QT_TRANSLATE_NOOP("cc::client::Words", "Review")},
        {QStringLiteral("reviewer_reminders"),
         QT_TRANSLATE_NOOP("cc::client::Words", "Reminders to reviewers")},
        {QStringLiteral("revoked_device_tokens"),
         QT_TRANSLATE_NOOP("cc::client::Words", "Device tokens revoked")},
        {QStringLiteral("role"), QT_TRANSLATE_NOOP("cc::client::Words", "Role")},
        {QStringLiteral("roles"), QT_TRANSLATE_NOOP("cc::client::Words", "Roles")},
        {QStringLiteral("roles_added"), QT_TRANSLATE_NOOP("cc::client::Words", "Roles added")},
        {QStringLiteral("roles_removed"), QT_TRANSLATE_NOOP("cc::client::Words", "Roles removed")},
        {QStringLiteral("rule"), QT_TRANSLATE_NOOP("cc::client::Words", "Rule")},
        {QStringLiteral("scheduled_by"), QT_TRANSLATE_NOOP("cc::client::Words", "Scheduled by")},
        {QStringLiteral("sent"), QT_TRANSLATE_NOOP("cc::client::Words", "Sent")},
        {QStringLiteral("seq"), QT_TRANSLATE_NOOP("cc::client::Words", "Event")},
        {QStringLiteral("severity"), QT_TRANSLATE_NOOP("cc::client::Words", "Severity")},
        {QStringLiteral("status"), QT_TRANSLATE_NOOP("cc::client::Words", "Status")},
        {QStringLiteral("subject"), QT_TRANSLATE_NOOP("cc::client::Words", "About")},
        {QStringLiteral("task"), QT_TRANSLATE_NOOP("cc::client::Words", "Task")},
        {QStringLiteral("title"), QT_TRANSLATE_NOOP("cc::client::Words", "Title")},
        {QStringLiteral("to"), QT_TRANSLATE_NOOP("cc::client::Words", "To")},
        {QStringLiteral("user"), QT_TRANSLATE_NOOP("cc::client::Words", "User")},
        {QStringLiteral("username"), QT_TRANSLATE_NOOP("cc::client::Words", "Username")},
        {QStringLiteral("with_pii"), QT_TRANSLATE_NOOP("cc::client::Words", "With PII")},
    };
    const auto it = labels.constFind(key);
    return it == labels.constEnd() ? key : translate(*it);
}

// A value in words where the API's own is a code: severities, categories, rules, roles,
// yes/no, and times in the person's zone.
QString valueText(const QString &key, const QString &value)
{
    if (value == QLatin1String("true"))
        return QCoreApplication::translate("cc::client::Words", "yes");
    if (value == QLatin1String("false"))
        return QCoreApplication::translate("cc::client::Words", "no");
    if (key == QLatin1String("severity")) {
        bool isNumber = false;
        const int severity = value.toInt(&isNumber);
        return isNumber ? Incident::severityLabel(severity) : value;
    }
    if (key == QLatin1String("category")) {
        const QString incident = Incident::categoryLabel(value);
        return incident;
    }
    if (key == QLatin1String("rule"))
        return Alert::ruleLabel(value);
    if (key == QLatin1String("role"))
        return roleLabel(value);
    if (key == QLatin1String("purpose"))
        return enrolmentPurposeLabel(value);
    if (key.endsWith(QLatin1String("_at")) || key == QLatin1String("cutoff")) {
        const QDateTime time = QDateTime::fromString(value, Qt::ISODateWithMs);
        if (time.isValid())
            return displayTime(time);
    }
    return value;
}

} // namespace

QString displayTime(const QDateTime &utc, bool withSeconds)
{
    if (!utc.isValid())
        return QStringLiteral("—");
    const QDateTime local = utc.toLocalTime();
    return local.toString(withSeconds ? QStringLiteral("yyyy-MM-dd HH:mm:ss")
                                      : QStringLiteral("yyyy-MM-dd HH:mm"))
        + QLatin1Char(' ') + local.timeZoneAbbreviation();
}

QString auditActionLabel(const QString &action)
{
    const QString label = actionText(action);
    return label.isEmpty() ? action : label;
}

QString enrolmentPurposeLabel(const QString &purpose)
{
    // A table, not marks inside calls: lupdate misses QT_TRANSLATE_NOOP in a call's arguments.
    static const QHash<QString, const char *> labels = {
        {QStringLiteral("enrol"), QT_TRANSLATE_NOOP("cc::client::Words", "First enrolment")},
        {QStringLiteral("reset_password"),
         QT_TRANSLATE_NOOP("cc::client::Words", "Password reset")},
        {QStringLiteral("reset_2fa"),
         QT_TRANSLATE_NOOP("cc::client::Words", "Second-factor reset")},
    };
    if (const char *label = labels.value(purpose))
        return translate(label);
    return purpose;
}

namespace {

QString wordFor(const QHash<QString, const char *> &labels, const QString &value)
{
    if (const char *label = labels.value(value))
        return translate(label);
    return value;
}

} // namespace

QString controlStatusLabel(const QString &status)
{
    static const QHash<QString, const char *> labels = {
        {QStringLiteral("pass"), QT_TRANSLATE_NOOP("cc::client::Words", "Pass")},
        {QStringLiteral("warn"), QT_TRANSLATE_NOOP("cc::client::Words", "Warning")},
        {QStringLiteral("fail"), QT_TRANSLATE_NOOP("cc::client::Words", "Failing")},
        {QStringLiteral("manual"), QT_TRANSLATE_NOOP("cc::client::Words", "Manual")},
    };
    return wordFor(labels, status);
}

QString deviceKindLabel(const QString &kind)
{
    static const QHash<QString, const char *> labels = {
        {QStringLiteral("usb_stick"), QT_TRANSLATE_NOOP("cc::client::Words", "USB stick")},
        {QStringLiteral("external_disk"), QT_TRANSLATE_NOOP("cc::client::Words", "External disk")},
        {QStringLiteral("memory_card"), QT_TRANSLATE_NOOP("cc::client::Words", "Memory card")},
        {QStringLiteral("optical_disc"), QT_TRANSLATE_NOOP("cc::client::Words", "Optical disc")},
        {QStringLiteral("laptop"), QT_TRANSLATE_NOOP("cc::client::Words", "Laptop")},
        {QStringLiteral("phone"), QT_TRANSLATE_NOOP("cc::client::Words", "Phone")},
        {QStringLiteral("tablet"), QT_TRANSLATE_NOOP("cc::client::Words", "Tablet")},
        {QStringLiteral("other"), QT_TRANSLATE_NOOP("cc::client::Words", "Other")},
    };
    return wordFor(labels, kind);
}

QString approvedUseLabel(const QString &approvedUse)
{
    static const QHash<QString, const char *> labels = {
        {QStringLiteral("none"), QT_TRANSLATE_NOOP("cc::client::Words", "No Amazon data")},
        {QStringLiteral("aggregates_only"),
         QT_TRANSLATE_NOOP("cc::client::Words", "Anonymised aggregates only")},
    };
    return wordFor(labels, approvedUse);
}

QString policyStandingLabel(const QString &standing)
{
    static const QHash<QString, const char *> labels = {
        {QStringLiteral("acknowledged"), QT_TRANSLATE_NOOP("cc::client::Words", "Acknowledged")},
        {QStringLiteral("due"), QT_TRANSLATE_NOOP("cc::client::Words", "Due")},
        {QStringLiteral("overdue"), QT_TRANSLATE_NOOP("cc::client::Words", "Overdue")},
    };
    return wordFor(labels, standing);
}

QString reviewOutcomeLabel(const QString &outcome)
{
    static const QHash<QString, const char *> labels = {
        {QStringLiteral("kept"), QT_TRANSLATE_NOOP("cc::client::Words", "Kept")},
        {QStringLiteral("grant revoked"), QT_TRANSLATE_NOOP("cc::client::Words", "Grant revoked")},
        {QStringLiteral("role removed"), QT_TRANSLATE_NOOP("cc::client::Words", "Role removed")},
        {QStringLiteral("role removed; employee kept as the only role"),
         QT_TRANSLATE_NOOP("cc::client::Words", "Role removed; Employee kept as the only role")},
        {QStringLiteral("flagged for follow-up"),
         QT_TRANSLATE_NOOP("cc::client::Words", "Flagged for follow-up")},
        {QStringLiteral("account was already offboarded"),
         QT_TRANSLATE_NOOP("cc::client::Words", "Account already offboarded")},
        {QStringLiteral("role was already removed"),
         QT_TRANSLATE_NOOP("cc::client::Words", "Role already removed")},
    };
    if (const char *label = labels.value(outcome))
        return translate(label);
    // Marked on its own line: lupdate misses a QT_TRANSLATE_NOOP inside a call's arguments.
    static const char *const notRevokedLabel
        = QT_TRANSLATE_NOOP("cc::client::Words", "Not revoked: %1");
    static const QString notRevoked = QStringLiteral("not revoked: ");
    if (outcome.startsWith(notRevoked))
        return translate(notRevokedLabel).arg(outcome.mid(notRevoked.size()));
    return outcome;
}

QList<DetailField> auditDetailFields(const QString &detail)
{
    // key=value pairs separated by spaces; a value runs to the next " key=".
    static const QRegularExpression key(QStringLiteral("(?:^| )([a-z][a-z0-9_]*)="));
    QList<DetailField> fields;
    QRegularExpressionMatchIterator it = key.globalMatch(detail);
    QList<QRegularExpressionMatch> matches;
    while (it.hasNext())
        matches.append(it.next());
    if (matches.isEmpty() || matches.first().capturedStart() != 0)
        return detail.isEmpty() ? fields : QList<DetailField> {{QString(), detail}};
    for (qsizetype i = 0; i < matches.size(); ++i) {
        const QRegularExpressionMatch &m = matches.at(i);
        const qsizetype end
            = i + 1 < matches.size() ? matches.at(i + 1).capturedStart() : detail.size();
        const QString name = m.captured(1);
        // Incident updates join their pairs with "; ".
        QString value = detail.mid(m.capturedEnd(), end - m.capturedEnd()).trimmed();
        if (value.endsWith(QLatin1Char(';')))
            value.chop(1);
        fields.append({keyLabel(name), valueText(name, value)});
    }
    return fields;
}

QString auditDetailText(const QString &detail)
{
    QStringList parts;
    for (const DetailField &field : auditDetailFields(detail))
        parts << (field.label.isEmpty() ? field.value
                                        : QCoreApplication::translate("cc::client::Words", "%1: %2")
                                              .arg(field.label, field.value));
    return parts.join(QStringLiteral(" · "));
}

} // namespace cc::client
