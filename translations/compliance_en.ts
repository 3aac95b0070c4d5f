<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>cc::ui::AssetModel</name>
    <message numerus="yes">
        <source>Overdue by %n day(s)</source>
        <translation>
            <numerusform>Overdue by %n day</numerusform>
            <numerusform>Overdue by %n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Due in %n day(s)</source>
        <translation>
            <numerusform>Due in %n day</numerusform>
            <numerusform>Due in %n days</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cc::ui::AssetReviewCalendar</name>
    <message numerus="yes">
        <source>%nd late</source>
        <translation>
            <numerusform>%nd late</numerusform>
            <numerusform>%nd late</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n review(s)</source>
        <translation>
            <numerusform>%n review</numerusform>
            <numerusform>%n reviews</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>+ %n more</source>
        <translation>
            <numerusform>+ %n more</numerusform>
            <numerusform>+ %n more</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cc::ui::AssetsPage</name>
    <message numerus="yes">
        <source>%n overdue</source>
        <translation>
            <numerusform>%n overdue</numerusform>
            <numerusform>%n overdue</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n due this week</source>
        <translation>
            <numerusform>%n due this week</numerusform>
            <numerusform>%n due this week</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n due soon</source>
        <translation>
            <numerusform>%n due soon</numerusform>
            <numerusform>%n due soon</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Imported %n asset(s) from %1.</source>
        <translation>
            <numerusform>Imported %n asset from %1.</numerusform>
            <numerusform>Imported %n assets from %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exported %n asset(s) to %1.</source>
        <translation>
            <numerusform>Exported %n asset to %1.</numerusform>
            <numerusform>Exported %n assets to %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cc::ui::AuditPage</name>
    <message numerus="yes">
        <source>%n event(s) shown, newest first</source>
        <translation>
            <numerusform>%n event shown, newest first</numerusform>
            <numerusform>%n events shown, newest first</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n matching event(s) shown, newest first</source>
        <translation>
            <numerusform>%n matching event shown, newest first</numerusform>
            <numerusform>%n matching events shown, newest first</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n event(s)</source>
        <translation>
            <numerusform>%n event</numerusform>
            <numerusform>%n events</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n signed checkpoint(s)</source>
        <translation>
            <numerusform>%n signed checkpoint</numerusform>
            <numerusform>%n signed checkpoints</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cc::ui::ControlTrend</name>
    <message numerus="yes">
        <source>%1: %n day(s)</source>
        <translation>
            <numerusform>%1: %n day</numerusform>
            <numerusform>%1: %n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>no record: %n day(s)</source>
        <translation>
            <numerusform>no record: %n day</numerusform>
            <numerusform>no record: %n days</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cc::ui::ControlsPage</name>
    <message numerus="yes">
        <source>Last %n day(s)</source>
        <translation>
            <numerusform>Last day</numerusform>
            <numerusform>Last %n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The control&apos;s status on each of the last %n day(s), oldest first</source>
        <translation>
            <numerusform>The control&apos;s status on the last day</numerusform>
            <numerusform>The control&apos;s status on each of the last %n days, oldest first</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n control(s)</source>
        <translation>
            <numerusform>%n control</numerusform>
            <numerusform>%n controls</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Compliant since %1 (%n day(s))</source>
        <translation>
            <numerusform>Compliant since %1 (%n day)</numerusform>
            <numerusform>Compliant since %1 (%n days)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cc::ui::ControlsSummary</name>
    <message numerus="yes">
        <source>%n control(s) of the policy, judged live</source>
        <translation>
            <numerusform>%n control of the policy, judged live</numerusform>
            <numerusform>%n controls of the policy, judged live</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cc::ui::CredentialsPane</name>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n day</numerusform>
            <numerusform>%n days</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cc::ui::DashboardPage</name>
    <message numerus="yes">
        <source>The last %n months, company-wide</source>
        <translation>
            <numerusform>The last month, company-wide</numerusform>
            <numerusform>The last %n months, company-wide</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cc::ui::DeletionRequestDialog</name>
    <message numerus="yes">
        <source>Record a deletion or return request as Amazon sent it. It is due %n hour(s) after it was received.</source>
        <translation>
            <numerusform>Record a deletion or return request as Amazon sent it. It is due %n hour after it was received.</numerusform>
            <numerusform>Record a deletion or return request as Amazon sent it. It is due %n hours after it was received.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n hour(s) after receipt)</source>
        <translation>
            <numerusform>%1 (%n hour after receipt)</numerusform>
            <numerusform>%1 (%n hours after receipt)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cc::ui::IncidentModel</name>
    <message numerus="yes">
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n minute</numerusform>
            <numerusform>%n minutes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s)</source>
        <translation>
            <numerusform>%n hour</numerusform>
            <numerusform>%n hours</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cc::ui::IncidentsPage</name>
    <message numerus="yes">
        <source>retrying after %n failed attempt(s)</source>
        <translation>
            <numerusform>retrying after %n failed attempt</numerusform>
            <numerusform>retrying after %n failed attempts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n executive(s) notified</source>
        <translation>
            <numerusform>%n executive notified</numerusform>
            <numerusform>%n executives notified</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cc::ui::LeaverItemsDialog</name>
    <message numerus="yes">
        <source>Assets to reassign (%n)</source>
        <translation>
            <numerusform>Assets to reassign (%n)</numerusform>
            <numerusform>Assets to reassign (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Requests cancelled (%n)</source>
        <translation>
            <numerusform>Requests cancelled (%n)</numerusform>
            <numerusform>Requests cancelled (%n)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cc::ui::MonitoringPage</name>
    <message numerus="yes">
        <source>%n event(s), at %1.</source>
        <translation>
            <numerusform>%n event, at %1.</numerusform>
            <numerusform>%n events, at %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n event(s), the first at %1, the latest at %2.</source>
        <translation>
            <numerusform>%n event, the first at %1, the latest at %2.</numerusform>
            <numerusform>%n events, the first at %1, the latest at %2.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n session(s) of %1 ended.</source>
        <translation>
            <numerusform>%n session of %1 ended.</numerusform>
            <numerusform>%n sessions of %1 ended.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cc::ui::NotificationBell</name>
    <message numerus="yes">
        <source>%n new notification(s)</source>
        <translation>
            <numerusform>%n new notification</numerusform>
            <numerusform>%n new notifications</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>You have %n unread notification(s).</source>
        <translation>
            <numerusform>You have %n unread notification.</numerusform>
            <numerusform>You have %n unread notifications.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n unread notification(s)</source>
        <translation>
            <numerusform>%n unread notification</numerusform>
            <numerusform>%n unread notifications</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cc::ui::PassphraseDialog</name>
    <message numerus="yes">
        <source>At least %n character(s); Amazon opens the archive with it</source>
        <translation>
            <numerusform>At least %n character; Amazon opens the archive with it</numerusform>
            <numerusform>At least %n characters; Amazon opens the archive with it</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cc::ui::RetentionPage</name>
    <message numerus="yes">
        <source>%n order(s) of %1</source>
        <translation>
            <numerusform>%n order of %1</numerusform>
            <numerusform>%n orders of %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n order(s) deleted</source>
        <translation>
            <numerusform>%n order deleted</numerusform>
            <numerusform>%n orders deleted</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>the PII of %n order(s) deleted with its keys</source>
        <translation>
            <numerusform>the PII of %n order deleted with its keys</numerusform>
            <numerusform>the PII of %n orders deleted with its keys</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Sweep done: the PII of %n order(s) was purged.</source>
        <translation>
            <numerusform>Sweep done: the PII of %n order was purged.</numerusform>
            <numerusform>Sweep done: the PII of %n orders was purged.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n order(s) past the retention period deleted; their daily figures are kept.</source>
        <translation>
            <numerusform>%n order past the retention period deleted; its daily figures are kept.</numerusform>
            <numerusform>%n orders past the retention period deleted; their daily figures are kept.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cc::ui::RotateCredentialDialog</name>
    <message numerus="yes">
        <source>Record that the secret was replaced; the next rotation falls due %n day(s) later.</source>
        <translation>
            <numerusform>Record that the secret was replaced; the next rotation falls due %n day later.</numerusform>
            <numerusform>Record that the secret was replaced; the next rotation falls due %n days later.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cc::ui::UsersPage</name>
    <message numerus="yes">
        <source>%n grant(s) revoked</source>
        <translation>
            <numerusform>%n grant revoked</numerusform>
            <numerusform>%n grants revoked</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n session(s) ended</source>
        <translation>
            <numerusform>%n session ended</numerusform>
            <numerusform>%n sessions ended</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n request(s) cancelled</source>
        <translation>
            <numerusform>%n request cancelled</numerusform>
            <numerusform>%n requests cancelled</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n asset(s) to reassign</source>
        <translation>
            <numerusform>%n asset to reassign</numerusform>
            <numerusform>%n assets to reassign</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cc::ui::VulnerabilitiesPage</name>
    <message numerus="yes">
        <source>%1: %n finding(s) added</source>
        <translation>
            <numerusform>%1: %n finding added</numerusform>
            <numerusform>%1: %n findings added</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n already open</source>
        <translation>
            <numerusform>, %n already open</numerusform>
            <numerusform>, %n already open</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cc::ui::format</name>
    <message numerus="yes">
        <source>%n hour(s)</source>
        <translation>
            <numerusform>%n hour</numerusform>
            <numerusform>%n hours</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n day</numerusform>
            <numerusform>%n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n minute</numerusform>
            <numerusform>%n minutes</numerusform>
        </translation>
    </message>
</context>
</TS>
