#include "Schema.h"

namespace cc::schema {

// Portable SQL only (SQLite and PostgreSQL): times are BIGINT milliseconds since the epoch in
// UTC, flags are INTEGER 0/1, ids and references to them BIGINT. Two words differ between
// the databases and are written as tokens Dialect::expand() replaces: {id} for a generated
// primary key and {blob} for binary (sealed) values.
const QVector<QStringList> &migrations()
{
    static const QVector<QStringList> list = {
        // 1: users, sessions, access requests and grants, audit chain
        {
            QStringLiteral(R"(CREATE TABLE users (
                id {id},
                username TEXT NOT NULL,
                username_key TEXT NOT NULL UNIQUE,
                email TEXT NOT NULL,
                email_key TEXT NOT NULL UNIQUE,
                display_name TEXT NOT NULL,
                title TEXT NOT NULL DEFAULT '',
                roles TEXT NOT NULL,
                status TEXT NOT NULL DEFAULT 'active',
                password_hash TEXT NOT NULL,
                totp_secret {blob},
                totp_enrolled_at BIGINT,
                totp_last_step BIGINT NOT NULL DEFAULT 0,
                failed_logins INTEGER NOT NULL DEFAULT 0,
                locked_until BIGINT,
                created_at BIGINT NOT NULL,
                offboarded_at BIGINT))"),
            QStringLiteral(R"(CREATE TABLE sessions (
                id {id},
                token_hash TEXT NOT NULL UNIQUE,
                user_id BIGINT NOT NULL REFERENCES users(id),
                created_at BIGINT NOT NULL,
                last_seen_at BIGINT NOT NULL,
                expires_at BIGINT NOT NULL,
                ended_at BIGINT,
                end_reason TEXT))"),
            QStringLiteral("CREATE INDEX sessions_user ON sessions(user_id)"),
            QStringLiteral(R"(CREATE TABLE access_requests (
                id {id},
                requester_id BIGINT NOT NULL REFERENCES users(id),
                category TEXT NOT NULL,
                client TEXT NOT NULL,
                reason TEXT NOT NULL,
                duration_hours INTEGER NOT NULL,
                status TEXT NOT NULL,
                created_at BIGINT NOT NULL,
                decided_by BIGINT REFERENCES users(id),
                decided_at BIGINT,
                decision_comment TEXT))"),
            QStringLiteral(
                "CREATE INDEX access_requests_requester ON access_requests(requester_id)"),
            QStringLiteral("CREATE INDEX access_requests_status ON access_requests(status)"),
            QStringLiteral(R"(CREATE TABLE grants (
                id {id},
                request_id BIGINT NOT NULL UNIQUE REFERENCES access_requests(id),
                user_id BIGINT NOT NULL REFERENCES users(id),
                category TEXT NOT NULL,
                client TEXT NOT NULL,
                granted_by BIGINT NOT NULL REFERENCES users(id),
                granted_at BIGINT NOT NULL,
                expires_at BIGINT NOT NULL,
                revoked_at BIGINT,
                revoked_by BIGINT REFERENCES users(id),
                revoke_reason TEXT,
                expiry_audited_at BIGINT))"),
            QStringLiteral("CREATE INDEX grants_user ON grants(user_id)"),
            QStringLiteral("CREATE INDEX grants_expiry ON grants(expires_at)"),
            QStringLiteral(R"(CREATE TABLE audit_events (
                seq BIGINT PRIMARY KEY,
                at BIGINT NOT NULL,
                actor_id BIGINT,
                actor TEXT NOT NULL,
                action TEXT NOT NULL,
                object_type TEXT NOT NULL,
                object_id TEXT NOT NULL,
                reason TEXT NOT NULL,
                outcome TEXT NOT NULL,
                detail TEXT NOT NULL,
                prev_hash TEXT NOT NULL,
                hash TEXT NOT NULL))"),
            // The chain's head, written with every event: removing events from the end of
            // the chain leaves the head pointing past them.
            QStringLiteral(R"(CREATE TABLE audit_head (
                id INTEGER PRIMARY KEY CHECK (id = 1),
                seq BIGINT NOT NULL,
                hash TEXT NOT NULL))"),
            QStringLiteral("INSERT INTO audit_head (id, seq, hash) VALUES (1, 0, '')"),
        },
        // 2: asset inventory, six-monthly reviews, notifications (review reminders). Review
        // dates are ISO 'YYYY-MM-DD' text: fixed width, so they compare and sort as dates in
        // both databases. A notification's key (asset, threshold, due date, day) is unique, so
        // the reminder job can run again, on any server, without sending anything twice.
        {
            QStringLiteral(R"(CREATE TABLE assets (
                id {id},
                name TEXT NOT NULL,
                name_key TEXT NOT NULL UNIQUE,
                kind TEXT NOT NULL,
                owner_id BIGINT NOT NULL REFERENCES users(id),
                location TEXT NOT NULL,
                description TEXT NOT NULL,
                holds_amazon_data INTEGER NOT NULL,
                holds_pii INTEGER NOT NULL,
                status TEXT NOT NULL,
                created_at BIGINT NOT NULL,
                last_review TEXT,
                next_review_due TEXT NOT NULL))"),
            QStringLiteral("CREATE INDEX assets_due ON assets(status, next_review_due, id)"),
            QStringLiteral("CREATE INDEX assets_owner ON assets(owner_id, next_review_due)"),
            QStringLiteral(R"(CREATE TABLE asset_reviews (
                id {id},
                asset_id BIGINT NOT NULL REFERENCES assets(id),
                reviewer_id BIGINT REFERENCES users(id),
                reviewer TEXT NOT NULL,
                review_date TEXT NOT NULL,
                outcome TEXT NOT NULL,
                note TEXT NOT NULL,
                recorded_at BIGINT NOT NULL,
                next_review_due TEXT NOT NULL))"),
            QStringLiteral("CREATE INDEX asset_reviews_asset ON asset_reviews(asset_id, id)"),
            QStringLiteral(R"(CREATE TABLE notifications (
                id {id},
                user_id BIGINT NOT NULL REFERENCES users(id),
                kind TEXT NOT NULL,
                asset_id BIGINT REFERENCES assets(id),
                threshold TEXT NOT NULL,
                due_date TEXT NOT NULL,
                day TEXT NOT NULL,
                title TEXT NOT NULL,
                body TEXT NOT NULL,
                created_at BIGINT NOT NULL,
                read_at BIGINT,
                UNIQUE (asset_id, threshold, due_date, day)))"),
            QStringLiteral("CREATE INDEX notifications_user ON notifications(user_id, id)"),
        },
        // Incidents: the workflow, its timeline, the response-plan checklist, the executives told
        // of a breach involving Amazon data (with their acknowledgements), and the overdue clocks
        // already flagged: one row per (incident, clock), so the job never flags one twice.
        // A notification may point at an incident.
        {
            QStringLiteral(R"(CREATE TABLE incidents (
                id {id},
                title TEXT NOT NULL,
                description TEXT NOT NULL,
                severity INTEGER NOT NULL,
                category TEXT NOT NULL,
                status TEXT NOT NULL,
                detected_at BIGINT NOT NULL,
                reported_at BIGINT NOT NULL,
                reporter_id BIGINT REFERENCES users(id),
                reporter TEXT NOT NULL,
                assignee_id BIGINT REFERENCES users(id),
                involves_amazon_data INTEGER NOT NULL,
                triaged_at BIGINT,
                contained_at BIGINT,
                resolved_at BIGINT,
                closed_at BIGINT,
                amazon_notified_at BIGINT,
                amazon_reference TEXT NOT NULL DEFAULT ''))"),
            QStringLiteral("CREATE INDEX incidents_status ON incidents(status, id)"),
            QStringLiteral(R"(CREATE TABLE incident_events (
                id {id},
                incident_id BIGINT NOT NULL REFERENCES incidents(id),
                at BIGINT NOT NULL,
                actor_id BIGINT REFERENCES users(id),
                actor TEXT NOT NULL,
                kind TEXT NOT NULL,
                detail TEXT NOT NULL))"),
            QStringLiteral(
                "CREATE INDEX incident_events_incident ON incident_events(incident_id, id)"),
            QStringLiteral(R"(CREATE TABLE incident_tasks (
                id {id},
                incident_id BIGINT NOT NULL REFERENCES incidents(id),
                position INTEGER NOT NULL,
                task_key TEXT NOT NULL,
                title TEXT NOT NULL,
                owner_id BIGINT REFERENCES users(id),
                done_at BIGINT,
                done_by TEXT,
                UNIQUE (incident_id, task_key)))"),
            QStringLiteral(R"(CREATE TABLE incident_executives (
                id {id},
                incident_id BIGINT NOT NULL REFERENCES incidents(id),
                user_id BIGINT NOT NULL REFERENCES users(id),
                notified_at BIGINT NOT NULL,
                acknowledged_at BIGINT,
                UNIQUE (incident_id, user_id)))"),
            QStringLiteral(R"(CREATE TABLE incident_clock_flags (
                id {id},
                incident_id BIGINT NOT NULL REFERENCES incidents(id),
                clock TEXT NOT NULL,
                flagged_at BIGINT NOT NULL,
                UNIQUE (incident_id, clock)))"),
            QStringLiteral("ALTER TABLE notifications ADD COLUMN incident_id BIGINT"),
            // E-mail to executives: one row per (incident, executive), kept after sending as
            // evidence; a failed send stays with its error and next attempt, never dropped.
            QStringLiteral(R"(CREATE TABLE email_outbox (
                id {id},
                incident_id BIGINT NOT NULL REFERENCES incidents(id),
                user_id BIGINT NOT NULL REFERENCES users(id),
                to_address TEXT NOT NULL,
                subject TEXT NOT NULL,
                body TEXT NOT NULL,
                created_at BIGINT NOT NULL,
                attempts INTEGER NOT NULL DEFAULT 0,
                next_attempt_at BIGINT NOT NULL,
                sent_at BIGINT,
                last_error TEXT NOT NULL DEFAULT '',
                UNIQUE (incident_id, user_id)))"),
            QStringLiteral(
                "CREATE INDEX email_outbox_due ON email_outbox(sent_at, next_attempt_at)"),
        },
        // Amazon orders: non-PII facts in the clear, the PII sealed under a per-order data
        // key that is itself sealed by the master key and kept in {vault} (on SQLite a separate
        // file), so deleting the key shreds every copy of the PII. Deletion / return requests
        // from Amazon with their 72-hour due time and evidence; the retention sweeps' results.
        {
            QStringLiteral(R"(CREATE TABLE orders (
                id {id},
                client TEXT NOT NULL,
                amazon_order_id TEXT NOT NULL,
                purchase_date BIGINT NOT NULL,
                order_status TEXT NOT NULL,
                marketplace TEXT NOT NULL,
                currency TEXT NOT NULL,
                total_cents BIGINT NOT NULL,
                item_count INTEGER NOT NULL,
                items TEXT NOT NULL,
                fulfilled_at BIGINT NOT NULL,
                ingested_at BIGINT NOT NULL,
                pii_held INTEGER NOT NULL,
                pii {blob},
                pii_purged_at BIGINT,
                purge_reason TEXT,
                UNIQUE (client, amazon_order_id)))"),
            QStringLiteral("CREATE INDEX orders_client ON orders(client, id)"),
            QStringLiteral("CREATE INDEX orders_retention ON orders(pii_held, fulfilled_at)"),
            QStringLiteral(R"(CREATE TABLE {vault}order_keys (
                order_id BIGINT PRIMARY KEY,
                wrapped_key {blob} NOT NULL))"),
            QStringLiteral(R"(CREATE TABLE deletion_requests (
                id {id},
                reference TEXT NOT NULL,
                received_at BIGINT NOT NULL,
                due_at BIGINT NOT NULL,
                action TEXT NOT NULL,
                scope_type TEXT NOT NULL,
                scope_client TEXT NOT NULL,
                scope_order_ids TEXT NOT NULL,
                scope_buyer_email {blob},
                status TEXT NOT NULL,
                created_by TEXT NOT NULL,
                created_at BIGINT NOT NULL,
                fulfilled_at BIGINT,
                fulfilled_by TEXT,
                deleted_orders INTEGER,
                deleted_pii INTEGER,
                deleted_ids_sha256 TEXT,
                archive_sha256 TEXT,
                overdue_notified_at BIGINT))"),
            QStringLiteral(
                "CREATE INDEX deletion_requests_due ON deletion_requests(status, due_at)"),
            QStringLiteral(R"(CREATE TABLE retention_sweeps (
                id {id},
                started_at BIGINT NOT NULL,
                finished_at BIGINT NOT NULL,
                actor TEXT NOT NULL,
                purged INTEGER NOT NULL,
                outcome TEXT NOT NULL,
                message TEXT NOT NULL))"),
        },
        // 5: a trustworthy audit log. Signed checkpoints of the chain (Ed25519 over
        // audit::checkpointMessage, with a key only the server can derive); the chain's base,
        // moved forward when a whole prefix of old events is purged at a checkpoint, so the
        // remaining chain still verifies from there; indexes for the audit page's filters.
        {
            QStringLiteral(R"(CREATE TABLE audit_checkpoints (
                seq BIGINT PRIMARY KEY,
                hash TEXT NOT NULL,
                at BIGINT NOT NULL,
                key_id TEXT NOT NULL,
                signature {blob} NOT NULL))"),
            QStringLiteral("ALTER TABLE audit_head ADD COLUMN base_seq BIGINT NOT NULL DEFAULT 0"),
            QStringLiteral("ALTER TABLE audit_head ADD COLUMN base_hash TEXT NOT NULL DEFAULT ''"),
            QStringLiteral("CREATE INDEX audit_events_actor ON audit_events(actor, seq)"),
            QStringLiteral("CREATE INDEX audit_events_action ON audit_events(action, seq)"),
            QStringLiteral(
                "CREATE INDEX audit_events_object ON audit_events(object_type, object_id, seq)"),
            QStringLiteral("CREATE INDEX audit_events_outcome ON audit_events(outcome, seq)"),
            QStringLiteral("CREATE INDEX audit_events_at ON audit_events(at, seq)"),
        },

        // 6: monitoring. Alerts raised by the rules as audit events arrive, one row per
        // (rule, subject, window) so a burst raises one alert that counts, not hundreds; the
        // events each counting rule has seen per subject, so a sliding window is one indexed
        // range (pruned by a job once older than every window); the addresses each user has
        // signed in from (the "new address" rule) and the address of each session (the "two
        // addresses at once" rule); when each grant was last used.
        {
            QStringLiteral(R"(CREATE TABLE alerts (
                id {id},
                rule TEXT NOT NULL,
                severity TEXT NOT NULL,
                dedup_key TEXT NOT NULL UNIQUE,
                subject_user_id BIGINT REFERENCES users(id),
                subject TEXT NOT NULL,
                title TEXT NOT NULL,
                detail TEXT NOT NULL,
                event_count INTEGER NOT NULL,
                first_seq BIGINT,
                last_seq BIGINT,
                raised_at BIGINT NOT NULL,
                last_seen_at BIGINT NOT NULL,
                acknowledged_at BIGINT,
                acknowledged_by TEXT,
                acknowledge_note TEXT))"),
            QStringLiteral("CREATE INDEX alerts_open ON alerts(acknowledged_at, id)"),
            QStringLiteral("CREATE INDEX alerts_rule ON alerts(rule, id)"),
            QStringLiteral(R"(CREATE TABLE monitor_hits (
                id {id},
                rule TEXT NOT NULL,
                subject TEXT NOT NULL,
                at BIGINT NOT NULL,
                seq BIGINT NOT NULL,
                weight INTEGER NOT NULL))"),
            // Covering: a rule's count reads only this index, never the rows.
            QStringLiteral("CREATE INDEX monitor_hits_window ON monitor_hits(rule, subject, at, "
                           "weight, seq)"),
            QStringLiteral("CREATE INDEX monitor_hits_at ON monitor_hits(at)"),
            QStringLiteral(R"(CREATE TABLE known_addresses (
                user_id BIGINT NOT NULL REFERENCES users(id),
                address TEXT NOT NULL,
                first_seen_at BIGINT NOT NULL,
                last_seen_at BIGINT NOT NULL,
                PRIMARY KEY (user_id, address)))"),
            QStringLiteral(
                "ALTER TABLE sessions ADD COLUMN remote_address TEXT NOT NULL DEFAULT ''"),
            QStringLiteral("ALTER TABLE grants ADD COLUMN last_used_at BIGINT"),
            QStringLiteral("ALTER TABLE notifications ADD COLUMN alert_id BIGINT"),
        },

        // 7: access reviews. A campaign freezes, at its start, a snapshot of every active grant
        // and role assignment as its items (the grant's terms copied, so later changes to the
        // grant never alter the item); each item has a reviewer who is never its holder and
        // ends with a decision and what it did. Reminders are unique per (review, reviewer) and
        // per (officer, due date), so the job may run again on any server without resending.
        // Offboarding may be scheduled for a departure time, and records when access was
        // actually revoked.
        {
            QStringLiteral(R"(CREATE TABLE access_reviews (
                id {id},
                title TEXT NOT NULL,
                status TEXT NOT NULL,
                started_by BIGINT REFERENCES users(id),
                started_by_username TEXT NOT NULL,
                started_at BIGINT NOT NULL,
                due_at BIGINT NOT NULL,
                unreviewed_action TEXT NOT NULL,
                completed_at BIGINT,
                completed_by TEXT,
                reminded_at BIGINT,
                report_sha256 TEXT))"),
            QStringLiteral("CREATE INDEX access_reviews_open ON access_reviews(status, due_at)"),
            QStringLiteral(R"(CREATE TABLE access_review_items (
                id {id},
                review_id BIGINT NOT NULL REFERENCES access_reviews(id),
                kind TEXT NOT NULL,
                user_id BIGINT NOT NULL REFERENCES users(id),
                username TEXT NOT NULL,
                grant_id BIGINT REFERENCES grants(id),
                role TEXT NOT NULL DEFAULT '',
                category TEXT NOT NULL DEFAULT '',
                client TEXT NOT NULL DEFAULT '',
                granted_by TEXT NOT NULL DEFAULT '',
                granted_at BIGINT,
                expires_at BIGINT,
                reviewer_id BIGINT NOT NULL REFERENCES users(id),
                reviewer_username TEXT NOT NULL,
                decision TEXT,
                decision_reason TEXT,
                decided_by TEXT,
                decided_at BIGINT,
                outcome TEXT))"),
            QStringLiteral(
                "CREATE INDEX access_review_items_review ON access_review_items(review_id, id)"),
            QStringLiteral("CREATE INDEX access_review_items_reviewer ON "
                           "access_review_items(reviewer_id, review_id, id)"),
            QStringLiteral("ALTER TABLE users ADD COLUMN departure_at BIGINT"),
            QStringLiteral("ALTER TABLE users ADD COLUMN departure_reason TEXT"),
            QStringLiteral("ALTER TABLE users ADD COLUMN departure_scheduled_by TEXT"),
            QStringLiteral("ALTER TABLE users ADD COLUMN access_revoked_at BIGINT"),
            // Offboarding before this migration was immediate: departure and revocation at once.
            QStringLiteral("UPDATE users SET departure_at = offboarded_at, access_revoked_at = "
                           "offboarded_at WHERE offboarded_at IS NOT NULL"),
            QStringLiteral("CREATE INDEX users_departure ON users(status, departure_at)"),
            QStringLiteral("ALTER TABLE notifications ADD COLUMN access_review_id BIGINT"),
            QStringLiteral("CREATE UNIQUE INDEX notifications_review_reminder ON "
                           "notifications(access_review_id, user_id) "
                           "WHERE kind = 'access_review_reminder'"),
            QStringLiteral("CREATE UNIQUE INDEX notifications_review_due ON "
                           "notifications(user_id, due_date) WHERE kind = 'access_review_due'"),
        },

        // 8: one outbox for every e-mail the store sends, not only breach notices: a message
        // may concern no incident, and a dedupe key (unique) makes queuing it again a no-op. A
        // secret a message carries (an enrolment code) is sealed apart and erased once sent.
        // Breach e-mails already queued or sent move over, in order, as evidence.
        {
            QStringLiteral(R"(CREATE TABLE mail_outbox (
                id {id},
                kind TEXT NOT NULL,
                dedupe_key TEXT NOT NULL UNIQUE,
                user_id BIGINT REFERENCES users(id),
                incident_id BIGINT REFERENCES incidents(id),
                to_address TEXT NOT NULL,
                subject TEXT NOT NULL,
                body TEXT NOT NULL,
                created_at BIGINT NOT NULL,
                attempts INTEGER NOT NULL DEFAULT 0,
                next_attempt_at BIGINT NOT NULL,
                sent_at BIGINT,
                last_error TEXT NOT NULL DEFAULT '',
                sealed_secret {blob}))"),
            QStringLiteral(
                "INSERT INTO mail_outbox (kind, dedupe_key, user_id, incident_id, to_address, "
                "subject, body, created_at, attempts, next_attempt_at, sent_at, last_error) "
                "SELECT 'incident_breach', 'incident:' || incident_id || ':user:' || user_id, "
                "user_id, incident_id, to_address, subject, body, created_at, attempts, "
                "next_attempt_at, sent_at, last_error FROM email_outbox ORDER BY id"),
            QStringLiteral("DROP TABLE email_outbox"),
            QStringLiteral("CREATE INDEX mail_outbox_due ON mail_outbox(sent_at, next_attempt_at)"),
            QStringLiteral(
                "CREATE INDEX mail_outbox_incident ON mail_outbox(incident_id, user_id)"),
        },

        // 9: credentials only the person knows. An account is created (or reset) with a
        // single-use enrolment code, kept as a hash with its purpose, expiry, issuer and how it
        // reached the person; what the person chose at the start of enrolment waits in the
        // enrolment_ columns until they prove it at the finish. credentials_reset_at suspends the
        // account's grants until then. Earlier passwords (Argon2id hashes) for the history rule.
        // Device tokens, each with its own failure count; failures for usernames that do not
        // exist are counted under the name, so they lock alike (sign_in_guesses, bounded).
        {
            QStringLiteral("ALTER TABLE users ADD COLUMN enrolment_code_hash TEXT"),
            QStringLiteral("ALTER TABLE users ADD COLUMN enrolment_purpose TEXT"),
            QStringLiteral("ALTER TABLE users ADD COLUMN enrolment_expires_at BIGINT"),
            QStringLiteral("ALTER TABLE users ADD COLUMN enrolment_used_at BIGINT"),
            QStringLiteral(
                "ALTER TABLE users ADD COLUMN enrolment_issued_by TEXT NOT NULL DEFAULT ''"),
            QStringLiteral(
                "ALTER TABLE users ADD COLUMN enrolment_delivery TEXT NOT NULL DEFAULT ''"),
            QStringLiteral("ALTER TABLE users ADD COLUMN enrolment_password_hash TEXT"),
            QStringLiteral("ALTER TABLE users ADD COLUMN enrolment_totp_secret {blob}"),
            QStringLiteral("ALTER TABLE users ADD COLUMN credentials_reset_at BIGINT"),
            QStringLiteral(R"(CREATE TABLE password_history (
                id {id},
                user_id BIGINT NOT NULL REFERENCES users(id),
                password_hash TEXT NOT NULL,
                replaced_at BIGINT NOT NULL))"),
            QStringLiteral("CREATE INDEX password_history_user ON password_history(user_id, id)"),
            QStringLiteral(R"(CREATE TABLE device_tokens (
                id {id},
                user_id BIGINT NOT NULL REFERENCES users(id),
                token_hash TEXT NOT NULL UNIQUE,
                created_at BIGINT NOT NULL,
                last_used_at BIGINT NOT NULL,
                revoked_at BIGINT,
                failed_logins INTEGER NOT NULL DEFAULT 0,
                locked_until BIGINT))"),
            QStringLiteral("CREATE INDEX device_tokens_user ON device_tokens(user_id, id)"),
            QStringLiteral("ALTER TABLE sessions ADD COLUMN device_token_id BIGINT"),
            QStringLiteral(R"(CREATE TABLE sign_in_guesses (
                name_key TEXT PRIMARY KEY,
                failures INTEGER NOT NULL,
                locked_until BIGINT,
                last_failure_at BIGINT NOT NULL))"),
            QStringLiteral("CREATE INDEX sign_in_guesses_age ON sign_in_guesses(last_failure_at)"),
        },

        // 10: separation of duties. Who created, changed (roles, e-mail, names) or reset the
        // credentials of each account, and when (the actor is null for the local operator and
        // the system), so that nobody decides a request of someone who did that to their
        // account; taken over from the audit trail for what happened before. Each officer's
        // approval of a request, so that orders.pii may need two distinct ones; an approval is
        // withdrawn when its officer may no longer decide the request. Requests approved before
        // this migration keep their one approver.
        {
            QStringLiteral(R"(CREATE TABLE account_changes (
                id {id},
                target_id BIGINT NOT NULL REFERENCES users(id),
                actor_id BIGINT REFERENCES users(id),
                actor TEXT NOT NULL,
                kind TEXT NOT NULL,
                at BIGINT NOT NULL))"),
            QStringLiteral("CREATE INDEX account_changes_target ON account_changes(target_id, at)"),
            QStringLiteral(
                "INSERT INTO account_changes (target_id, actor_id, actor, kind, at) "
                "SELECT u.id, e.actor_id, e.actor, CASE e.action WHEN "
                "'user.create' THEN 'created' WHEN 'user.reset_2fa' THEN 'credentials' ELSE "
                "'roles' END, e.at FROM audit_events e JOIN users u ON CAST(u.id AS TEXT) = "
                "e.object_id WHERE e.action IN ('user.create', 'user.reset_2fa', "
                "'user.role_remove') AND e.outcome = 'success' AND e.object_type = 'user' "
                "ORDER BY e.seq"),
            QStringLiteral(R"(CREATE TABLE access_approvals (
                id {id},
                request_id BIGINT NOT NULL REFERENCES access_requests(id),
                approver_id BIGINT NOT NULL REFERENCES users(id),
                comment TEXT NOT NULL,
                at BIGINT NOT NULL,
                withdrawn_at BIGINT,
                withdrawn_reason TEXT))"),
            QStringLiteral("CREATE UNIQUE INDEX access_approvals_once ON "
                           "access_approvals(request_id, approver_id) WHERE withdrawn_at IS NULL"),
            QStringLiteral("CREATE INDEX access_approvals_approver ON "
                           "access_approvals(approver_id, request_id)"),
            QStringLiteral("ALTER TABLE access_requests ADD COLUMN approvals_required INTEGER NOT "
                           "NULL DEFAULT 1"),
            QStringLiteral("INSERT INTO access_approvals (request_id, approver_id, comment, at) "
                           "SELECT id, decided_by, COALESCE(decision_comment, ''), decided_at FROM "
                           "access_requests WHERE status = 'approved' AND decided_by IS NOT NULL "
                           "ORDER BY id"),
        },

        // 11: audit anchors. Break acknowledgements (each the signed anchor line, so every
        // instance can append it to its own anchor file); checkpoints of history a break lost,
        // kept as evidence when an acknowledgement moves them out of the way of new events that
        // reuse their seq; and how many lines each instance wrote to its anchor file (host and
        // path), so that a file cut back to an earlier line is noticed, not silently refilled.
        {
            QStringLiteral(R"(CREATE TABLE audit_break_acks (
                id {id},
                seq BIGINT NOT NULL,
                at BIGINT NOT NULL,
                signature {blob} NOT NULL UNIQUE,
                record TEXT NOT NULL))"),
            QStringLiteral(R"(CREATE TABLE audit_retired_checkpoints (
                seq BIGINT NOT NULL,
                hash TEXT NOT NULL,
                at BIGINT NOT NULL,
                key_id TEXT NOT NULL,
                signature {blob} NOT NULL,
                retired_at BIGINT NOT NULL,
                retired_by_ack BIGINT NOT NULL REFERENCES audit_break_acks(id)))"),
            QStringLiteral(R"(CREATE TABLE audit_anchor_files (
                witness TEXT PRIMARY KEY,
                lines BIGINT NOT NULL,
                last_line_sha256 TEXT NOT NULL,
                updated_at BIGINT NOT NULL))"),
        },

        // 12: controls. The policy texts the store has evaluated against, by version; each
        // control's status once a day (the day's last evaluation, against that version), so the
        // console shows a trend and "compliant since"; owners' attestations of the controls
        // software cannot observe, each with its document sealed (the key ring, bound to the
        // row) and its SHA-256, expiring after the policy's period.
        {
            QStringLiteral(R"(CREATE TABLE policy_versions (
                id {id},
                version TEXT NOT NULL UNIQUE,
                sha256 TEXT NOT NULL,
                body TEXT NOT NULL,
                recorded_at BIGINT NOT NULL))"),
            QStringLiteral(R"(CREATE TABLE control_status (
                id {id},
                control_id TEXT NOT NULL,
                day TEXT NOT NULL,
                status TEXT NOT NULL,
                summary TEXT NOT NULL,
                evaluated_at BIGINT NOT NULL,
                policy_version TEXT NOT NULL,
                UNIQUE (control_id, day)))"),
            QStringLiteral(R"(CREATE TABLE control_attestations (
                id {id},
                control_id TEXT NOT NULL,
                attested_by_id BIGINT REFERENCES users(id),
                attested_by TEXT NOT NULL,
                note TEXT NOT NULL,
                document_name TEXT NOT NULL,
                document_sha256 TEXT NOT NULL,
                document_bytes BIGINT NOT NULL,
                document {blob},
                attested_at BIGINT NOT NULL,
                expires_at BIGINT NOT NULL))"),
            QStringLiteral("CREATE INDEX control_attestations_control ON "
                           "control_attestations(control_id, attested_at)"),
            // Each person's acknowledgements of a policy version (yearly, and again when the
            // version changes); the register of removable media and portable machines, with
            // what each is approved to carry.
            QStringLiteral(R"(CREATE TABLE policy_acknowledgements (
                id {id},
                user_id BIGINT NOT NULL REFERENCES users(id),
                version TEXT NOT NULL,
                acknowledged_at BIGINT NOT NULL))"),
            QStringLiteral("CREATE INDEX policy_acknowledgements_user ON "
                           "policy_acknowledgements(user_id, version, acknowledged_at)"),
            QStringLiteral(R"(CREATE TABLE devices (
                id {id},
                kind TEXT NOT NULL,
                label TEXT NOT NULL,
                label_key TEXT NOT NULL UNIQUE,
                serial TEXT NOT NULL,
                holder_id BIGINT NOT NULL REFERENCES users(id),
                encrypted INTEGER NOT NULL,
                approved_use TEXT NOT NULL,
                status TEXT NOT NULL,
                created_at BIGINT NOT NULL,
                updated_at BIGINT NOT NULL))"),
            QStringLiteral("CREATE INDEX devices_holder ON devices(holder_id, id)"),
            // The PII each person read in the last hour, for pii_read_max_per_hour (older rows
            // are pruned as new ones arrive).
            QStringLiteral(R"(CREATE TABLE pii_reads (
                id {id},
                user_id BIGINT NOT NULL REFERENCES users(id),
                at BIGINT NOT NULL,
                orders INTEGER NOT NULL))"),
            QStringLiteral("CREATE INDEX pii_reads_user ON pii_reads(user_id, at)"),
        },

        // Designations (cto, ceo, incident_contact, incident_contact_deputy): one holder each,
        // whatever their job title. Taken over from the exact titles breach notices looked for
        // until now ("CTO", "CEO", any case, trimmed): the oldest active holder of each.
        {
            QStringLiteral(R"(CREATE TABLE user_designations (
                designation TEXT PRIMARY KEY,
                user_id BIGINT NOT NULL REFERENCES users(id),
                designated_at BIGINT NOT NULL))"),
            QStringLiteral("CREATE INDEX user_designations_user ON user_designations(user_id)"),
            QStringLiteral("INSERT INTO user_designations (designation, user_id, designated_at) "
                           "SELECT 'cto', id, created_at FROM users WHERE id = (SELECT MIN(id) "
                           "FROM users WHERE status = 'active' AND LOWER(TRIM(title)) = 'cto')"),
            QStringLiteral("INSERT INTO user_designations (designation, user_id, designated_at) "
                           "SELECT 'ceo', id, created_at FROM users WHERE id = (SELECT MIN(id) "
                           "FROM users WHERE status = 'active' AND LOWER(TRIM(title)) = 'ceo')"),
        },

        // Deadline reminders: each (object, threshold) sent once — a grant's expiry, a deletion
        // request's 48, 24 and 6 hours — however often and wherever the job runs.
        {
            QStringLiteral(R"(CREATE TABLE deadline_reminders (
                id {id},
                object_type TEXT NOT NULL,
                object_id BIGINT NOT NULL,
                threshold TEXT NOT NULL,
                sent_at BIGINT NOT NULL,
                UNIQUE (object_type, object_id, threshold)))"),
        },

        // Each person's manager (set by an administrator), to whom overdue asset reviews of
        // theirs escalate.
        {
            QStringLiteral(R"(CREATE TABLE user_managers (
                user_id BIGINT PRIMARY KEY REFERENCES users(id),
                manager_id BIGINT NOT NULL REFERENCES users(id),
                set_at BIGINT NOT NULL))"),
        },

        // The audit signing key as a key of its own, sealed under the master key, with its
        // history: a rotation adds a row, and what every row's key signed keeps verifying
        // (audit/SigningKey). Store::open adopts the key older stores derived.
        {
            QStringLiteral(R"(CREATE TABLE audit_signing_keys (
                id {id},
                key_id TEXT NOT NULL UNIQUE,
                public_key {blob} NOT NULL,
                sealed_seed {blob} NOT NULL,
                created_at BIGINT NOT NULL))"),
        },

        // Every backup compliancectl took: when, its size and SHA-256, where it is kept.
        {
            QStringLiteral(R"(CREATE TABLE backups (
                id {id},
                taken_at BIGINT NOT NULL,
                file_name TEXT NOT NULL,
                size_bytes BIGINT NOT NULL,
                sha256 TEXT NOT NULL,
                location TEXT NOT NULL))"),
        },

        // Narrower grants. The clients an access request may name: every client seen in
        // ingest (so far: those with orders stored) and those an administrator adds
        // (added_by set). And the orders a request, and its grant, is limited to
        // (scope.order_ids; none: every order of its client).
        {
            QStringLiteral(R"(CREATE TABLE clients (
                name TEXT PRIMARY KEY,
                added_by TEXT,
                added_at BIGINT NOT NULL))"),
            QStringLiteral("INSERT INTO clients (name, added_by, added_at) "
                           "SELECT client, NULL, MIN(ingested_at) FROM orders GROUP BY client"),
            QStringLiteral(R"(CREATE TABLE access_request_orders (
                request_id BIGINT NOT NULL REFERENCES access_requests(id),
                amazon_order_id TEXT NOT NULL,
                PRIMARY KEY (request_id, amazon_order_id)))"),
        },

        // Alert actions: the incident an alert was escalated to (one at most). Notifications by
        // e-mail: each person's choice per kind (none stored: the kind's default), and how each
        // notification's e-mail was decided (mail_route; NULL: not yet) and the digest that
        // listed it. Notifications made before this are not e-mailed after the fact.
        {
            QStringLiteral("ALTER TABLE alerts ADD COLUMN incident_id BIGINT"),
            QStringLiteral(R"(CREATE TABLE email_preferences (
                user_id BIGINT NOT NULL REFERENCES users(id),
                kind TEXT NOT NULL,
                delivery TEXT NOT NULL,
                updated_at BIGINT NOT NULL,
                PRIMARY KEY (user_id, kind)))"),
            QStringLiteral("ALTER TABLE notifications ADD COLUMN mail_route TEXT"),
            QStringLiteral("ALTER TABLE notifications ADD COLUMN mail_digest TEXT"),
            QStringLiteral("UPDATE notifications SET mail_route = 'before_email'"),
            QStringLiteral("CREATE INDEX notifications_mail ON notifications(mail_route, "
                           "mail_digest, user_id)"),
        },

        // A leaver's assets stay assigned to them, flagged until a manager gives them another
        // owner (or retires them): offboarding sets the flag, a change of owner clears it.
        {
            QStringLiteral(
                "ALTER TABLE assets ADD COLUMN needs_reassignment INTEGER NOT NULL DEFAULT 0"),
        },

        // The vulnerability register (Amazon DPP 2025): each finding, on an asset of the register
        // or a named component, due by its severity; its resolution with the evidence document
        // (sealed, like an attestation's).
        {
            QStringLiteral(R"(CREATE TABLE vulnerabilities (
                id {id},
                source TEXT NOT NULL,
                identifier TEXT NOT NULL,
                severity TEXT NOT NULL,
                asset_id BIGINT REFERENCES assets(id),
                component TEXT NOT NULL,
                title TEXT NOT NULL,
                discovered_at BIGINT NOT NULL,
                due_at BIGINT NOT NULL,
                status TEXT NOT NULL,
                recorded_by TEXT NOT NULL,
                resolved_by_id BIGINT REFERENCES users(id),
                resolved_by TEXT,
                resolved_at BIGINT,
                resolution_note TEXT,
                evidence_name TEXT,
                evidence_sha256 TEXT,
                evidence_bytes BIGINT,
                evidence {blob}))"),
            QStringLiteral("CREATE INDEX vulnerabilities_open ON vulnerabilities(status, due_at)"),
            QStringLiteral("CREATE INDEX vulnerabilities_key ON vulnerabilities(source, "
                           "identifier, component)"),
        },

        // The subcontractor register and the API credential register (Amazon DPP 2025): each
        // subcontractor with the Amazon data it receives and its risk assessments (the document
        // sealed, like a vulnerability's evidence); each credential used to reach Amazon by its
        // metadata only (never the secret) and its rotations. Due times are kept, as computed
        // from the policy when the row last changed, for the controls and the reminders.
        {
            QStringLiteral(R"(CREATE TABLE subcontractors (
                id {id},
                name TEXT NOT NULL,
                name_key TEXT NOT NULL UNIQUE,
                contact TEXT NOT NULL,
                data_categories TEXT NOT NULL,
                status TEXT NOT NULL,
                last_assessed_at BIGINT,
                last_outcome TEXT,
                assessment_due_at BIGINT NOT NULL,
                created_by TEXT NOT NULL,
                created_at BIGINT NOT NULL,
                ended_by TEXT,
                ended_at BIGINT,
                end_note TEXT))"),
            QStringLiteral(R"(CREATE TABLE subcontractor_assessments (
                id {id},
                subcontractor_id BIGINT NOT NULL REFERENCES subcontractors(id),
                assessed_at BIGINT NOT NULL,
                outcome TEXT NOT NULL,
                assessor TEXT NOT NULL,
                notes TEXT NOT NULL,
                document_name TEXT NOT NULL,
                document_sha256 TEXT NOT NULL,
                document_bytes BIGINT NOT NULL,
                document {blob},
                recorded_by TEXT NOT NULL,
                recorded_at BIGINT NOT NULL))"),
            QStringLiteral("CREATE INDEX subcontractor_assessments_of ON "
                           "subcontractor_assessments(subcontractor_id, assessed_at)"),
            QStringLiteral(R"(CREATE TABLE api_credentials (
                id {id},
                name TEXT NOT NULL,
                name_key TEXT NOT NULL UNIQUE,
                owner_id BIGINT NOT NULL REFERENCES users(id),
                location TEXT NOT NULL,
                purpose TEXT NOT NULL,
                rotation_days INTEGER NOT NULL,
                last_rotated_at BIGINT NOT NULL,
                rotation_due_at BIGINT NOT NULL,
                status TEXT NOT NULL,
                created_by TEXT NOT NULL,
                created_at BIGINT NOT NULL,
                retired_by TEXT,
                retired_at BIGINT,
                retire_note TEXT))"),
            QStringLiteral(R"(CREATE TABLE api_credential_rotations (
                id {id},
                credential_id BIGINT NOT NULL REFERENCES api_credentials(id),
                rotated_at BIGINT NOT NULL,
                rotated_by TEXT NOT NULL,
                note TEXT NOT NULL,
                recorded_at BIGINT NOT NULL))"),
            QStringLiteral("CREATE INDEX api_credential_rotations_of ON "
                           "api_credential_rotations(credential_id, rotated_at)"),
        },
        // The capacity a breach notice reached each person in (incident_contact,
        // incident_contact_deputy, cto, ceo), so the IMPOC's acknowledgement times can be judged
        // after the designation has moved on; NULL for notices sent before it was recorded.
        {
            QStringLiteral("ALTER TABLE incident_executives ADD COLUMN designation TEXT"),
        },
        // Retention beyond PII (Amazon DPP 2025): the anonymised daily figures of the order
        // facts the sweep deleted (per client, marketplace, UTC day of purchase in days since
        // 1970-01-01, currency; nothing that names an order or a person); the legal holds that
        // suspend a client's deletion (until_at NULL: open-ended); what each sweep deleted.
        {
            QStringLiteral(R"(CREATE TABLE order_daily_aggregates (
                id {id},
                client TEXT NOT NULL,
                marketplace TEXT NOT NULL,
                day BIGINT NOT NULL,
                currency TEXT NOT NULL,
                orders BIGINT NOT NULL,
                items BIGINT NOT NULL,
                sales_cents BIGINT NOT NULL,
                updated_at BIGINT NOT NULL,
                UNIQUE (client, marketplace, day, currency)))"),
            QStringLiteral(R"(CREATE TABLE client_legal_holds (
                id {id},
                client TEXT NOT NULL,
                reason TEXT NOT NULL,
                until_at BIGINT,
                set_by TEXT NOT NULL,
                set_at BIGINT NOT NULL,
                released_by TEXT,
                released_at BIGINT))"),
            QStringLiteral("CREATE INDEX client_legal_holds_client ON client_legal_holds(client, "
                           "released_at)"),
            QStringLiteral("ALTER TABLE retention_sweeps ADD COLUMN deleted_orders BIGINT NOT NULL "
                           "DEFAULT 0"),
        },
        // The PII each person opened, per minute rather than per read, so that the hourly cap
        // sums at most 61 rows (PiiReadCaps). The reads already counted move into their minutes.
        {
            QStringLiteral(R"(CREATE TABLE pii_read_minutes (
                user_id BIGINT NOT NULL REFERENCES users(id),
                minute BIGINT NOT NULL,
                orders BIGINT NOT NULL,
                PRIMARY KEY (user_id, minute)))"),
            QStringLiteral("INSERT INTO pii_read_minutes (user_id, minute, orders) SELECT user_id, "
                           "at / 60000, SUM(orders) FROM pii_reads GROUP BY user_id, at / 60000"),
            QStringLiteral("DROP TABLE pii_reads"),
        },
        // SQLite gives a new row the id after the highest row left, so the ids of the newest
        // orders came back once retention or a deletion request had deleted them: an audit
        // event or a deletion receipt naming an order then named two. Order ingest keeps the
        // highest id it handed out here, and Dialect::newIds() goes past it (PostgreSQL's
        // sequences never go back, so there the table stays empty).
        {
            QStringLiteral(R"(CREATE TABLE id_high_water (
                name TEXT PRIMARY KEY,
                last BIGINT NOT NULL))"),
        },
    };
    return list;
}

} // namespace cc::schema
