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
    };
    return list;
}

} // namespace cc::schema
