<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>cc::client</name>
    <message>
        <source>Admin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compliance officer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Manager</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Executive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Employee</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cc::client::Alert</name>
    <message>
        <source>Failed sign-ins</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PII read volume</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Access without a grant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Two addresses at once</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offboarded account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unused grant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refused requests</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cc::client::ApiClient</name>
    <message>
        <source>The server address must start with https:// (got &quot;%1&quot;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TLS (unknown version)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cc::client::ApiJob</name>
    <message>
        <source>The connection to the server was closed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The request was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file could not be written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The certificate of %1 is not trusted: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The certificate of %1 does not match the fingerprint pinned for this server. It may have been replaced, or someone may be intercepting the connection.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server did not answer within %1 seconds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not save the server&apos;s answer: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server&apos;s answer was too large.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server redirected the request to %1; the console does not follow redirects.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server answered %1 %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not reach %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server&apos;s answer holds no JSON object.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server&apos;s answer is not a JSON object.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cc::client::AuditVerifier</name>
    <message>
        <source>1 event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 events</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>intact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>event altered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>event removed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>chain broken (reordered or inserted)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>log truncated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>history rewritten</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>checkpoint mismatch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>forged checkpoint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>checkpoint removed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>signing key changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>head mismatch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot verify</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verification cancelled after %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the server&apos;s signing key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server&apos;s signing key is not a well-formed Ed25519 public key with a matching key id (algorithm &quot;%1&quot;, key id &quot;%2&quot;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server&apos;s audit signing key changed: this console trusted key %1 when it verified the log on %2; the server now presents key %3. Checkpoints signed by a key you have not confirmed prove nothing. If the change is expected (a new master key), confirm it and verify again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the signed checkpoints</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The checkpoint at event %1 (dated %2) names signing key %3, not the server&apos;s key %4: it was not signed by this server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The checkpoint at event %1 (dated %2) has an invalid signature: it was forged or altered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the chain&apos;s head</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server&apos;s chain head is malformed (seq %1, base %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The log was truncated: a checkpoint signed on %1 covers event %2, but the log now ends at event %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The log was truncated: this console verified it up to event %1 on %2, but it now ends at event %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The signed checkpoint at event %1, which this console saw on %2, is gone: someone removed it, perhaps to hide a rewritten history.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Event %1 had hash %2 when this console verified it on %3; the chain&apos;s base now says %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The chain starts after event %1 (older events were purged), but no checkpoint signed by the server vouches for event %1&apos;s hash %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the audit events</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The log was truncated: it ends at event %1, but its head says %2. Events %3–%2 were removed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server does not send at_ms and prev_hash with event %1, so its hash cannot be recomputed. Update the store server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Event %1 is missing: the log goes from event %2 to event %3. It was removed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Events %1–%2 are missing: the log goes from event %3 to event %4. They were removed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Event %1 appears again after event %2: the log was reordered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Event %1 does not follow event %2: it names %3 as the previous hash, but event %2 has hash %4. Events were reordered, inserted or removed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Event %1 was altered: its content hashes to %2, but it records %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Event %1 does not match the checkpoint the server signed on %2: the checkpoint says %3, the event now has %4. The chain was rewritten after it was signed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Event %1 had hash %2 when this console verified it on %3; now %4. The history was rewritten, and the chain recomputed to hide it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The chain&apos;s head says event %1 has hash %2, but the event has %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Intact: %1 recomputed from the base, every link checked, %2 signed checkpoint(s) verified.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> The events up to %1 this console verified on %2 have since been purged by retention.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cc::client::DemoAccount</name>
    <message>
        <source>Cannot read %1: %2. Seed the store with `compliancectl demo seed` first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 lacks a username, password or totp_secret.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cc::client::Incident</name>
    <message>
        <source>1 · Critical</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>2 · High</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>3 · Medium</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>4 · Low</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Triaged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contained</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Availability</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Security</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data breach</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cc::client::LocalServer</name>
    <message>
        <source>compliance-stored did not report that it was listening within %1 seconds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not start %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>compliance-stored exited with code %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>compliance-stored exited with code %1:
%2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cc::client::Words</name>
    <message>
        <source>Signed in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Session used</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Own account read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Policy read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accounts listed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account offboarded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Departure scheduled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role removed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Second factor reset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Access requested</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Access approved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Access denied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Access requests listed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grant revoked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grant expired</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grants listed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Asset added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Asset changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Asset review recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assets imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assets exported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assets listed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Asset read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Asset reviews read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review reminders sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notifications read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notification marked read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All notifications marked read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Incident reported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Incident changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Breach notice acknowledged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Response plan task changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Incident note added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Incident timeline changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Executives notified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Incident clock ran out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Breach e-mail sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Incidents listed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Incident read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alert raised</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alert acknowledged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alerts listed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alert read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Access review started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Access review decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Access review completed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Access review reminders sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Access review evidence read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Access review items read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Access reviews listed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Access review read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order facts read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Buyer PII read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Orders imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order totals read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Orders listed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retention sweep</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retention status read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deletion request recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deletion request fulfilled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deletion request overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deletion request read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deletion requests listed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audit log read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audit chain verified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audit evidence exported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audit chain head read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audit checkpoints read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audit signing key read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audit checkpoint signed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Old audit events removed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-mail sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changes read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Access review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>After</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amazon data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amazon notified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amazon&apos;s reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assignee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attempt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First kept event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checkpoints removed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clients</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clocks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Count</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV SHA-256</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cut-off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delay (ms)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Departure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Detected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hours asked for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Events removed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Executives</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expired</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Flagged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fulfilled before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Length</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Location</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Own items only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next review due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reminders to officers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Orders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PII</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Purged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reminders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Report SHA-256</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reminders to reviewers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Roles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scheduled by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Severity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Task</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Username</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With PII</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role removed; Employee kept as the only role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Flagged for follow-up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account already offboarded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role already removed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cc::ui::AccessPage</name>
    <message>
        <source>Access to Amazon data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time-bound access to Amazon Marketplace data, granted only on a reason and approved by a compliance officer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Access</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pending requests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Approve…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approve</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approve the selected access request, with a comment for the audit log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Deny…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deny</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deny the selected access request, saying why</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Request access…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request access</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask for time-bound access to Amazon data, with a reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Access requests waiting for a decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grants</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Show:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grants to show</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All grants, or only the active, expired or revoked ones</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All grants</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expired</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revoked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;voke…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revoke grant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End the selected grant now, with a reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time-bound access to Amazon data, who granted it and until when</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not load the lists: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not read the access policy: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not load this list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing matches the filter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No requests are waiting for a decision.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You have no pending requests. Use “Request access…” to ask for data.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No grants yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pending requests (%1%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grants (%1%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Needs the access:approve permission (compliance officers).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approve the selected request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deny the selected request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End the selected grant now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask for time-bound access to Amazon data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; asks for &lt;b&gt;%2&lt;/b&gt; data of client &lt;b&gt;%3&lt;/b&gt; for %4:&lt;br&gt;&lt;i&gt;%5&lt;/i&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approved: %1 has access to %2 of %3 until %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Denied the request of %1 for %2 of %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approve access request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deny access request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Comment for the audit log:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Why is it denied?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End the access of &lt;b&gt;%1&lt;/b&gt; to &lt;b&gt;%2&lt;/b&gt; data of client &lt;b&gt;%3&lt;/b&gt; now? It would otherwise expire at %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revoked the access of %1 to %2 of %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revoke</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your request for %1 of %2 was sent for approval.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cc::ui::AccessRequestModel</name>
    <message>
        <source>Enrolled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not enrolled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The requester signs in with a one-time code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The requester has not enrolled two-factor authentication: access cannot be granted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decided by %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requester</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>2FA</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requested</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cc::ui::AccessReviewItemModel</name>
    <message>
        <source>Keep</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revoke</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not reviewed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undecided</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2, until %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grant %1, given by %2 at %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Holder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grant or role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reviewer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decided by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Effect</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cc::ui::AccessReviewModel</name>
    <message>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Completed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 by %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 decided (%3 kept, %4 revoked)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revoke at the deadline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Flag at the deadline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Completed at %1 by %2; evidence SHA-256 %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 not reviewed by the deadline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Campaign</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not reviewed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cc::ui::AccessReviewPdf</name>
    <message>
        <source>Access review: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Campaign %1, started %2 by %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deadline %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status: open (interim report)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Completed %1 by %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Items not reviewed by the deadline: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>revoked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>flagged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 items: %2 kept, %3 revoked, %4 not reviewed, %5 undecided</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SHA-256 of the CSV evidence: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>#</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Holder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grant or role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reviewer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decided by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decided at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Effect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 (grant %3, given by %4, until %5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>could not write the PDF to %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cc::ui::AccessReviewsPage</name>
    <message>
        <source>Access reviews</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At least quarterly, every grant and role is reviewed by someone other than its holder: kept or revoked, with a reason, and the evidence kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Campaigns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Start review…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Freeze every grant and role as the items of a new campaign</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export evidence…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export evidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the selected campaign&apos;s CSV evidence and a PDF of it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Access review campaigns and their progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;My items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>My items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show only the items you review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Keep…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep the selected access until the next review, with a reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;voke…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revoke</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revoke the selected access now, with a reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The grants and roles under review, their reviewers and the decisions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not load the access reviews: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No access review yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a campaign to see its items.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Items of “%1” — %2 of %3 decided, closes %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing matches the filter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing for you to review here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No items.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Freeze every grant and role as items of a new campaign</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Needs the access_reviews:manage permission (compliance officers).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the campaign&apos;s CSV evidence and a PDF of it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Needs the access_reviews:manage permission.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select an item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Already decided</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nobody reviews their own access</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not yours to decide, or closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep this access, with a reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revoke this access now, with a reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the &lt;b&gt;%1&lt;/b&gt; grant of &lt;b&gt;%2&lt;/b&gt; (%3 data of %4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the &lt;b&gt;%1&lt;/b&gt; role of &lt;b&gt;%2&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revoke access</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep access</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revoke %1? It takes effect immediately.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep %1 until the next review?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reason (kept in the evidence):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 of %3 — %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Started “%1”: %2 items to review by %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export access review evidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a campaign first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not export the evidence: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the CSV does not match its recorded SHA-256; nothing was saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved the evidence of “%1”: %2 and %3 (SHA-256 %4).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cc::ui::AddUserDialog</name>
    <message>
        <source>Add user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Username:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Full name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;E-mail:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Optional, e.g. Data analyst, CTO</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Roles:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Generate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Initial &amp;password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amazon data access is never part of a role: the user requests it and a compliance officer approves it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Create user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This link contains the user&apos;s second-factor secret. Hand it over privately; it is not shown again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;%1 (%2) was created.&lt;/b&gt;&lt;br&gt;Two-factor sign-in is mandatory. Give them this enrolment link to add to their authenticator app; their first sign-in with a valid code completes enrolment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Username</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The name the person signs in with</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Full name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The person&apos;s name as the console shows it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where the person&apos;s notifications go</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The person&apos;s job title; optional</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the person the role %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Initial password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The password for the first sign-in; hand it over privately</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Generate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fill in a new random password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create the account with these details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close without creating an account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enrolment link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The link with the person&apos;s second-factor secret, for their authenticator app</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the enrolment link to the clipboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close; the link is not shown again</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cc::ui::AlertModel</name>
    <message>
        <source>High</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Medium</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Low</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Acknowledged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Acknowledged by %1 on %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Severity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Events</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Raised</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cc::ui::AssetModel</name>
    <message>
        <source>Server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Laptop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cloud service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SaaS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data store</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Network device</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OK</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due soon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due this week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retired</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confirmed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changes required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amazon data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PII</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>never</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Overdue by %n day(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Due today</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Due in %n day(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Asset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Location</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cc::ui::AssetReviewCalendar</name>
    <message numerus="yes">
        <source>%nd late</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n review(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>+ %n more</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cc::ui::AssetReviewDialog</name>
    <message>
        <source>Record review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; — %2, owned by %3.&lt;br&gt;Last review: %4 · next due: &lt;b&gt;%5&lt;/b&gt; (%6).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>never</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review &amp;date:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Outcome:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What was checked; what must change (required unless confirmed).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The asset will be retired: no more reviews or reminders.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The next review will be due one policy review interval after %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The day the asset was reviewed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Whether the asset stays as it is, must change, or is retired</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What was checked and what must change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record this review of the asset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close without recording a review</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cc::ui::AssetsPage</name>
    <message>
        <source>Assets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every asset has an owner and is reviewed every six months; owners are reminded before a review falls due.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All assets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show every asset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>My assets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show only the assets you own</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assets due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show only the assets whose review falls due within a month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overdue assets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show only the assets whose review is overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Holds Amazon data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assets holding Amazon data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show only the assets that hold Amazon data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Record review…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record a review of the selected asset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add assets from a CSV file: every row or none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;xport CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the asset inventory as a CSV file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The asset inventory with each asset&apos;s review state</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The past reviews of the selected asset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review calendar — the next six months</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review calendar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The reviews overdue and due in each of the next six months; click one to select its asset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No assets yet. Managers add them with “Import CSV…”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Asset #%1 is not in your list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only the owner, a manager or a compliance officer may review this asset.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add assets from a CSV file (all rows or none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Needs the assets:manage permission (managers).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 assets · %2 · %3 · %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n overdue</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n due this week</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n due soon</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>No asset selected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select an asset to see its details and review history.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>holds Amazon data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>holds PII</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Location</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no Amazon data, no PII</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>never</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not reviewed yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review of %1 recorded; next review due on %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import assets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Imported %n asset(s) from %1.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Could not export: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export assets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Exported %n asset(s) to %1.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You own no assets. Assets you are made the owner of appear here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cc::ui::AuditEventModel</name>
    <message>
        <source>Success</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Denied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 in UTC</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Actor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Detail</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cc::ui::AuditPage</name>
    <message>
        <source>Audit log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every change and every read of sensitive data, newest first, in a hash chain this console verifies on its own. Filters are applied by the server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Chain not verified yet in this session.&lt;/b&gt; Verify downloads every event, recomputes its hash and checks the server&apos;s signed checkpoints, without trusting the server&apos;s own verdict.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%p% · %v of %m events</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Verify chain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verify chain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Download every event and check the chain here, independently of the server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel verification</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop the check that is running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask &amp;server to verify</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask server to verify</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server checks its own chain; only the console&apos;s own check is independent of it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server checks its own chain (GET /audit/verify). Useful, but only the console&apos;s own check is independent of it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trust new signing key…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trust new signing key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accept the server&apos;s new audit signing key, once you know why it changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export evidence…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export evidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the server&apos;s signed evidence file for the filter&apos;s time range</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the server&apos;s signed evidence file (JSON lines) for the time range of the filter, or the whole log when none is set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>username or system</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. access.* or user.add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. access_request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show only successes, refusals or failures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Success</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Denied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show only events from the start time on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;To</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show only events before the end time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Apply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Apply filters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask the server for the events matching these filters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;lear</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear filters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the whole log again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Actor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show only the events of this username, or of system</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show only this action, or every action starting with a prefix that ends in *</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Object type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show only events about objects of this type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Object id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show only events about the object with this id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start of the time range</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show only events from this local time on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End of the time range</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show only events before this local time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ac&amp;tor:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A&amp;ction:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>O&amp;bject:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Out&amp;come:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audit events</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every event of the audit log, newest first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Event detail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every field of the selected event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The audit log is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No events match these filters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The start of the time range must be before its end.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n event(s) shown, newest first</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n matching event(s) shown, newest first</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source> · older events load as you scroll</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time in UTC</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (user %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Detail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Detail as recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previous hash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hash check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>content recomputes to the recorded hash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>content does NOT hash to the recorded hash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Verifying…&lt;/b&gt; downloading every event from the chain&apos;s base and recomputing its hash.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b style=&apos;color:%1&apos;&gt;Intact&lt;/b&gt; — verified by this console: %2 from the base to event %3 recomputed and linked, %4 verified with key %5.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n event(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n signed checkpoint(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>&lt;b&gt;Not verified&lt;/b&gt; — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b style=&apos;color:%1&apos;&gt;%2&lt;/b&gt;%3 — %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> at event %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This console has not verified this server&apos;s log before.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last verified by this console: %1, up to event %2 (hash %3…), signing key %4. The next check must find the same history.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not yet trusted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trust the new signing key?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trust the server&apos;s new audit signing key &lt;b&gt;%1&lt;/b&gt;?&lt;p&gt;Do this only if you know why it changed (the store&apos;s master key was replaced). Someone with access to the server could otherwise sign checkpoints of a rewritten history.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;The server is verifying its chain…&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;The server could not verify its chain&lt;/b&gt; — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b style=&apos;color:%1&apos;&gt;Intact, says the server&lt;/b&gt; — it checked %2 up to event %3 and %4. This is the server&apos;s own verdict; use Verify chain for a check that does not trust it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b style=&apos;color:%1&apos;&gt;BROKEN, says the server&lt;/b&gt;%2 — %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export audit evidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed evidence (JSON lines) (*.jsonl);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The evidence could not be exported: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evidence saved to %1 (%2 bytes). Check it with `compliancectl audit verify-export %1`.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cc::ui::CommentDialog</name>
    <message>
        <source>Please write a few words: they are kept in the audit log.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, with what you wrote</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close without doing anything</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cc::ui::ConsoleLauncher</name>
    <message>
        <source>Timed out after %1 s waiting for the console to load its data.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The demo store %1 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The demo account&apos;s totp_secret is not valid base32.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot find the store server at %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The demo store server did not start.

%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The demo store server stopped.

%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the demo store&apos;s certificate %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot compute the demo account&apos;s one-time code: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not sign in to the demo store: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--benchmark-first-paint needs the Audit page: sign in with audit:read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not write the screenshot to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compliance Console</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cc::ui::DashboardPage</name>
    <message>
        <source>Dashboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What needs attention now: incidents and their clocks, access waiting for a decision, reviews overdue.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open incidents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Breaches Amazon must be told of</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Acknowledgements awaited</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Access requests pending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Asset reviews overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mean time to contain (90 days)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open incidents by severity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A bar chart of the open incidents per severity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mean hours to contain by severity (90 days)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mean hours to contain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A bar chart of the mean hours from detection to containment per severity, over 90 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amazon notification clocks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open incidents involving Amazon data and when Amazon must be told</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Incident</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Severity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notify Amazon by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Executives</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>—</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amazon notified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 acknowledged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No open incident involves Amazon data.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hours to contain</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cc::ui::GrantModel</name>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Granted by %1 at %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revoked by %1 at %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Granted by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expires</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cc::ui::IncidentEditDialog</name>
    <message>
        <source>Edit incident #%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Se&amp;verity:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Category:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>username; empty for nobody</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Assignee:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amazon data is (or may be) involved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Once set, the flag stays; add a note if it was a false alarm.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The CTO and the CEO are notified as soon as you save.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amazon notification</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amazon has been &amp;notified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Noti&amp;fied at:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amazon&apos;s case or ticket number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reference:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What happened, in a few words; required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What happened and what is known so far</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Severity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How bad it is, from 1 (critical) to 4 (low)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What kind of incident this is</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assignee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The user name of whoever handles the incident; empty for nobody</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amazon data involved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Once ticked it stays; the CTO and CEO are told as soon as you save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amazon has been notified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tick once Amazon was told of the breach; this stops the 24-hour clock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notified at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When Amazon was told, in your local time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amazon reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the changes to the incident</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close without saving</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cc::ui::IncidentModel</name>
    <message>
        <source>done %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>overdue by %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>due in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amazon data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amazon notified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not notified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>—</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amazon must be notified by %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Containment target: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Triage target: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Severity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amazon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notify Amazon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assignee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Detected</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cc::ui::IncidentsPage</name>
    <message>
        <source>Reported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checklist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Executives notified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Acknowledged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clock overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Incidents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interruptions, degradations and security events. A breach involving Amazon data notifies the CTO and CEO at once; Amazon must be told within 24 hours.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Show:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Incidents to show</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open incidents, all incidents, or those involving Amazon data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open incidents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All incidents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Involving Amazon data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A&amp;cknowledge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Acknowledge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Acknowledge the breach notification you received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Advance…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Advance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move the selected incident to its next step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Report incident…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Report incident</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Report an interruption, a degradation of service or a security event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Incidents with their severity, status and clocks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select an incident to see its timeline.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit incident</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Correct the incident, assign it, or record when Amazon was notified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add &amp;note…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a note to the incident&apos;s timeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a note to the timeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Task</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Executive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tick a task when it is done; double-click its owner to assign it (a username; empty for nobody).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Response plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Executives</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Incident details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The incident&apos;s timeline, response plan and executives</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What happened to the incident, when and by whom</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The response plan&apos;s tasks, who owns them and whether they are done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The executives told of a breach and whether they acknowledged it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No open incidents.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No incidents.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not read the incident: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;br&gt;Amazon notified %1 (reference %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Amazon data involved&lt;/b&gt; — Amazon must be notified by %1 (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h3 style=&apos;margin:0&apos;&gt;#%1 %2&lt;/h3&gt;%3 &amp;nbsp;%4 · %5 · reported by %6 · assigned to %7&lt;br&gt;Detected %8.%9&lt;p&gt;%10&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nobody yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>—</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 by %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Double-click to assign an owner (a username)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not configured</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>retrying after %n failed attempt(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>queued</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>awaiting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;open…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Mark %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move the incident to its next step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Needs the incidents:manage permission (incident response team).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Incident #%1 reported: %2; Amazon must be told by %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n executive(s) notified</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Incident #%1 reported to the incident response team.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reopen incident</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Advance incident</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reopen &lt;b&gt;#%1 %2&lt;/b&gt;? Say why.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark &lt;b&gt;#%1 %2&lt;/b&gt; as &lt;b&gt;%3&lt;/b&gt;?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Note for the timeline (optional):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Incident #%1 is now %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reopen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You acknowledged the breach notification for incident #%1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Incident #%1 updated.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a note to the timeline of &lt;b&gt;#%1 %2&lt;/b&gt;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note added to incident #%1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reopened: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What happened</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cc::ui::ListDetailPage</name>
    <message>
        <source>Loading…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not load the list: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not load this list.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cc::ui::LoginDialog</name>
    <message>
        <source>Sign in — Compliance Console</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compliance Console</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in to your organisation&apos;s compliance store</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Server:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Username:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>6-digit code from your authenticator app</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;One-time code:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign &amp;in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signing in…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a server address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The console only talks to servers over HTTPS.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server&apos;s certificate was not trusted, so the console did not sign in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The address of your organisation&apos;s compliance store, starting https://</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Username</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your user name at the compliance store</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your password; it is not shown as you type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One-time code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The 6-digit code your authenticator app shows now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in to the server with these details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close the console without signing in</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cc::ui::MainWindow</name>
    <message>
        <source>Pages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The console&apos;s pages: Ctrl+1 to Ctrl+9 open the first nine, Ctrl+K any of them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your session has ended (%1). Restart the console to sign in again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Console</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Go to page…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Filter this page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign out and &amp;quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Pages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About Compliance Console</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About Compliance Console</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Compliance Console %1&lt;/b&gt;&lt;p&gt;Runs the Amazon data protection policy: access requests, time-bound grants, accounts.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demo store with synthetic data — nothing here is real customer data.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compliance Console — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> — DEMO</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TLS: —</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Protocol negotiated with the server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed in as &lt;b&gt;%1&lt;/b&gt; (%2) · %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alt+underlined letter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Press that button or field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signing out…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cc::ui::MessageBar</name>
    <message>
        <source>Dismiss</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hide this message</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cc::ui::MonitoringPage</name>
    <message>
        <source>Monitoring</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alerts raised as access happens: repeated failed sign-ins, unusual PII reads, access without a grant, new or shared logins, offboarded accounts and unused grants.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Show:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alerts to show</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open alerts, or all alerts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open alerts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All alerts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A&amp;cknowledge…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Acknowledge alert</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Acknowledge the alert on show, with a note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alerts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alerts raised by the monitoring rules</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select an alert to see what happened.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No open alerts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No alerts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not read the alert: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Open.&lt;/b&gt; A compliance officer acknowledges it with a note saying what was checked or done.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Acknowledged&lt;/b&gt; by %1 on %2:&lt;br&gt;%3&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About &lt;b&gt;%1&lt;/b&gt; · &lt;a href=&quot;audit?actor=%2&quot;&gt;their events in the audit log&lt;/a&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About &lt;b&gt;%1&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n event(s), at %1.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n event(s), the first at %1, the latest at %2.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Acknowledge &lt;b&gt;%1&lt;/b&gt;? Say what you checked or did: the note is kept with the alert and in the audit log.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alert #%1 acknowledged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Acknowledge</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cc::ui::Navigator</name>
    <message>
        <source>“%1” is not a page you can open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This page cannot show “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cc::ui::NotificationBell</name>
    <message>
        <source>Notifications</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your notifications; opens the latest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Notifications&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark all as read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark every notification as read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your latest notifications; Enter opens what one is about</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compliance Console</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n new notification(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>You have %n unread notification(s).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n unread notification(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>No unread notifications</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No notifications. Review reminders for the assets you own appear here.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cc::ui::OrdersPage</name>
    <message>
        <source>Orders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amazon orders of a client, as your grants allow. Buyer PII is shown only with an orders.pii grant, and every read is audited with the grant&apos;s reason.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The client account whose orders to show</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client account, e.g. Northwind Outdoor EU</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show PII (needs an orders.pii grant; audited)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show PII</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Include the buyers&apos; personal data; needs an orders.pii grant, and the read is audited</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show orders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read the client&apos;s orders from the server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export aggregates (CSV)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export aggregates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save anonymised totals per client, marketplace and day as CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Anonymised totals per client, marketplace and day: the only Amazon data the console writes to a file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amazon order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Purchased</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fulfilled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Marketplace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PII</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Buyer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ship to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The client&apos;s Amazon orders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter a client account you hold a grant for.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>purged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>held, due %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PII shown under grant %1 — reason: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No active orders.pii grant for this client: PII is not shown. Request access on the Access page, with a reason.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No orders for this client.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export anonymised aggregates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exported the anonymised aggregates to %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cc::ui::PageHeader</name>
    <message>
        <source>Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show only the rows of %1 that contain this text (Ctrl+F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read %1 again from the server (F5)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cc::ui::PageSwitcher</name>
    <message>
        <source>Go to page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Page:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type a page name, or a link like incidents/4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type part of a page&apos;s name, or a link such as incidents/4; Enter opens it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The pages matching what you typed; Enter opens one</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cc::ui::PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow the system</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Light</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Theme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Light, dark, or the system&apos;s colours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Theme:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The console&apos;s language, from its next start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A new language applies the next time the console starts. Messages from the server stay in English.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settings given on the command line (--theme, --lang) hold for this run.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OK</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep these preferences</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close without changing anything</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cc::ui::ReportIncidentDialog</name>
    <message>
        <source>Report incident</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Report an interruption, a degradation of service or a security event. The incident response team takes it from here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What happened, in a few words</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What you saw, where, and what you have done so far</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Severity:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Category:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>De&amp;tected at:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amazon data is (or may be) involved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The CTO and the CEO are notified as soon as you send this, and Amazon must be told within 24 hours of detection.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What happened, in a few words; required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Severity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How bad it is, from 1 (critical) to 4 (low)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What kind of incident this is</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Detected at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When the incident was noticed, in your local time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amazon data involved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tick when Amazon data is or may be involved: the CTO and CEO are told at once</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Report the incident to the response team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close without reporting</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cc::ui::RequestAccessDialog</name>
    <message>
        <source>Request access to Amazon data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Access is granted for a limited time by a compliance officer and every use is audited. Ask only for what the task needs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Data category:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The client account whose data the task needs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client account, e.g. ACME-EU</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Client:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why you need this data, e.g. the ticket or order you are working on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At most %1 hours under the policy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>D&amp;uration:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send &amp;request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 characters; the policy asks for at least %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server&apos;s policy lists no data categories.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The kind of data you need; categories marked with the PII sign hold personal data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why you need this data; the approver reads it and it is kept in the audit log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duration in hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How long the access lasts, at most %1 hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send the request to the approvers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close without sending a request</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cc::ui::RetentionPage</name>
    <message>
        <source>overdue by %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retention</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amazon PII is purged when the policy&apos;s period after fulfilment ends; Amazon&apos;s deletion and return requests count down to their due time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>orders holding PII</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PII due for purge this week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>overdue: kept past the policy (violation)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run retention sweep</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Purge the PII and data keys of every order past its retention now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PII held per client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PII held</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due this week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Oldest PII (days)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Orders holding PII per client, those due this week and those overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No Amazon PII is held.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deletion and return requests from Amazon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fulfil…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fulfil request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete everything in the selected request&apos;s scope now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scope</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deletion and return requests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amazon&apos;s requests with their due time and state</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No requests from Amazon.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No sweep has run yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last sweep %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>all data of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n order(s) of %1</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>one buyer&apos;s orders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Return</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fulfilled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A return produces an archive of Amazon data, which the console never writes to disk: fulfil it through the API (POST /deletion-requests/{id}/fulfil with a passphrase).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete everything in the request&apos;s scope now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open: due %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evidence: fulfilled %1 by %2; %3; %4; SHA-256 of the deleted ids %5%6</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n order(s) deleted</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>the PII of %n order(s) deleted with its keys</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>; archive SHA-256 %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Sweep done: the PII of %n order(s) was purged.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Fulfil deletion request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;Amazon&apos;s request &lt;b&gt;%1&lt;/b&gt; asks to delete %2.&lt;/p&gt;&lt;p&gt;The PII and its data keys are destroyed for good, so no copy or backup can be decrypted again%3. The evidence (counts, time, you, a hash of the deleted ids) is recorded and audited.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>all data of client %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the PII of the orders in its scope</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>; the client&apos;s order facts are deleted too</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>; the non-PII order facts stay for the aggregates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request %1 fulfilled; the evidence is below.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cc::ui::StartAccessReviewDialog</name>
    <message>
        <source>Start an access review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every active grant and every role assignment is frozen as an item now; grants and role changes made later do not alter it. Each item goes to a reviewer who is never its holder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Q%1 %2 access review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set the &amp;deadline (default: the policy&apos;s duration)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closes &amp;at:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>As the policy says</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Flag them as not reviewed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revoke the access</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Items not reviewed by then:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Start review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The campaign&apos;s name, as reviewers and the report show it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set the deadline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose when the review closes instead of the policy&apos;s duration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closes at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When the review closes, in your local time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Items not reviewed by then</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What happens to access nobody decided on by the deadline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start the campaign: every reviewer is asked about the access they oversee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close without starting a review</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cc::ui::Tile</name>
    <message>
        <source>%1; Enter opens where the work is</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cc::ui::TrustDialog</name>
    <message>
        <source>Untrusted certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;The certificate of %1 has changed.&lt;/b&gt;&lt;br&gt;It does not match the fingerprint you trusted before. If the server&apos;s certificate was not renewed on purpose, someone may be intercepting the connection: cancel and ask your administrator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;The certificate of %1 could not be verified.&lt;/b&gt;&lt;br&gt;Compare the SHA-256 fingerprint below with the one your administrator gave you. Trust it only if they are identical; the console will remember your choice for this server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SHA-256 fingerprint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SHA-256 fingerprint:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issued to:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issued by:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Valid:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problems:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Trust this certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trust this certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remember this certificate for this server and connect; only after the fingerprint matched the one your administrator gave you</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Do not connect to this server</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cc::ui::UserModel</name>
    <message>
        <source>%1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, revoked after %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>leaves %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enrolled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not enrolled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offboarded at %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enrolment completes at the user&apos;s first sign-in with a valid code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Access ended %1 (UTC %2); the server revoked everything at %3, %4 later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Access ends %1 (UTC %2): sign-ins and tokens are refused from then on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Username</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Roles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>2FA</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Departure → revoked</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cc::ui::UsersPage</name>
    <message>
        <source>Users</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accounts, roles and two-factor enrolment. Offboarding ends every grant, session and pending request at once, or at a departure time the server enforces.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accounts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Show:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Users to show</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All users, the active ones, or the offboarded ones</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All users</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offboarded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add user…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create an account; its holder enrols their second factor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Offboard…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offboard user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End the selected user&apos;s access now or at a departure time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accounts, their roles and two-factor enrolment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not load the users: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not load the users.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing matches the filter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No users.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Needs the users:manage permission (admins).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create an account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End the selected user&apos;s access for good</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created %1 (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offboard &lt;b&gt;%1&lt;/b&gt; (%2)? At the departure time the server revokes all their grants, ends their sessions and cancels their pending requests, whether or not anyone is signed in. It cannot be undone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reason (optional):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Access &amp;ends at (local time; now by default):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 leaves at %2: from then on the server refuses their sign-ins and revokes all their access.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offboarded %1: %2, %3, %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n grant(s) revoked</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n session(s) ended</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n request(s) cancelled</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Access ends at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When the person&apos;s access ends, in your local time; now by default</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cc::ui::format</name>
    <message numerus="yes">
        <source>%n hour(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 ago</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cc::ui::theme</name>
    <message>
        <source>Active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Denied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expired</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revoked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offboarded</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
