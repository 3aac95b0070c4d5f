#include "Changes.h"

#include "audit/AuditLog.h"
#include "domain/Roles.h"
#include "store/Store.h"

#include <QHash>
#include <QRegularExpression>
#include <QSet>

namespace cc {

namespace {

const QString kAccessRequests = QStringLiteral("access_requests");
const QString kGrants = QStringLiteral("grants");
const QString kUsers = QStringLiteral("users");
const QString kAssets = QStringLiteral("assets");
const QString kIncidents = QStringLiteral("incidents");
const QString kAlerts = QStringLiteral("alerts");
const QString kAccessReviews = QStringLiteral("access_reviews");
const QString kRetention = QStringLiteral("retention");
const QString kNotifications = QStringLiteral("notifications");
const QString kVulnerabilities = QStringLiteral("vulnerabilities");
const QString kDevices = QStringLiteral("devices");
const QString kThirdParties = QStringLiteral("third_parties");

// The kinds of object each successful write changes (reads change nothing).
const QHash<QString, QStringList> &kindsOfAction()
{
    static const QHash<QString, QStringList> map = {
        {QStringLiteral("access.request"), {kAccessRequests}},
        {QStringLiteral("access.deny"), {kAccessRequests}},
        {QStringLiteral("access.approve"), {kAccessRequests, kGrants}},
        {QStringLiteral("access.approval_withdraw"), {kAccessRequests}},
        {QStringLiteral("grant.revoke"), {kGrants}},
        {QStringLiteral("grant.expire"), {kGrants}},
        {QStringLiteral("user.create"), {kUsers}},
        {QStringLiteral("user.offboard"), {kUsers, kAccessRequests, kGrants}},
        {QStringLiteral("user.offboard_schedule"), {kUsers}},
        {QStringLiteral("user.role_remove"), {kUsers}},
        {QStringLiteral("user.update"), {kUsers}},
        {QStringLiteral("user.unlock"), {kUsers}},
        // A reset suspends the account's grants; enrolling again lifts the suspension.
        {QStringLiteral("user.reset_2fa"), {kUsers, kGrants}},
        {QStringLiteral("user.reset_password"), {kUsers, kGrants}},
        {QStringLiteral("enrolment.finish"), {kUsers, kGrants}},
        {QStringLiteral("asset.create"), {kAssets}},
        {QStringLiteral("asset.update"), {kAssets}},
        {QStringLiteral("asset.review"), {kAssets}},
        {QStringLiteral("asset.import"), {kAssets}},
        {QStringLiteral("incident.report"), {kIncidents}},
        {QStringLiteral("incident.update"), {kIncidents}},
        {QStringLiteral("incident.acknowledge"), {kIncidents}},
        {QStringLiteral("incident.task"), {kIncidents}},
        {QStringLiteral("incident.note"), {kIncidents}},
        {QStringLiteral("incident.event"), {kIncidents}},
        {QStringLiteral("incident.notify_executives"), {kIncidents}},
        {QStringLiteral("incident.clock_overdue"), {kIncidents}},
        {QStringLiteral("incident.email"), {kIncidents}},
        {QStringLiteral("alert.raise"), {kAlerts}},
        {QStringLiteral("alert.acknowledge"), {kAlerts}},
        {QStringLiteral("access_review.start"), {kAccessReviews}},
        {QStringLiteral("access_review.decide"), {kAccessReviews}},
        {QStringLiteral("access_review.complete"), {kAccessReviews}},
        {QStringLiteral("retention.sweep"), {kRetention}},
        {QStringLiteral("client.legal_hold_set"), {kRetention}},
        {QStringLiteral("client.legal_hold_released"), {kRetention}},
        {QStringLiteral("deletion_request.create"), {kRetention}},
        {QStringLiteral("deletion_request.fulfil"), {kRetention}},
        {QStringLiteral("deletion_request.overdue"), {kRetention}},
        {QStringLiteral("orders.ingest"), {kRetention}},
        {QStringLiteral("notification.read"), {kNotifications}},
        {QStringLiteral("notification.read_all"), {kNotifications}},
        {QStringLiteral("vulnerability.create"), {kVulnerabilities}},
        {QStringLiteral("vulnerability.import"), {kVulnerabilities}},
        {QStringLiteral("vulnerability.resolve"), {kVulnerabilities}},
        {QStringLiteral("device.create"), {kDevices}},
        {QStringLiteral("device.update"), {kDevices}},
        {QStringLiteral("subcontractor.create"), {kThirdParties}},
        {QStringLiteral("subcontractor.update"), {kThirdParties}},
        {QStringLiteral("subcontractor.assess"), {kThirdParties}},
        {QStringLiteral("subcontractor.end"), {kThirdParties}},
        {QStringLiteral("api_credential.create"), {kThirdParties}},
        {QStringLiteral("api_credential.update"), {kThirdParties}},
        {QStringLiteral("api_credential.rotate"), {kThirdParties}},
        {QStringLiteral("api_credential.retire"), {kThirdParties}},
    };
    return map;
}

QString cursorText(qint64 seq, qint64 notification)
{
    return QStringLiteral("%1-%2").arg(seq).arg(notification);
}

qint64 idOf(const QString &objectId)
{
    bool ok = false;
    const qint64 id = objectId.toLongLong(&ok);
    return ok ? id : 0;
}

} // namespace

const QStringList &Changes::allKinds()
{
    static const QStringList kinds = {
        kAccessRequests, kGrants,    kUsers,         kAssets,          kIncidents, kAlerts,
        kAccessReviews,  kRetention, kNotifications, kVulnerabilities, kDevices,   kThirdParties};
    return kinds;
}

Result<ChangeSet> Changes::since(const Caller &caller, const QString &cursor) const
{
    Result<Position> now = current(caller);
    if (!now)
        return now.error();
    ChangeSet changes;
    changes.cursor = cursorText(now->seq, now->notification);
    if (cursor.isEmpty())
        return changes;

    static const QRegularExpression shape(QStringLiteral("^([0-9]{1,18})-([0-9]{1,18})$"));
    const QRegularExpressionMatch m = shape.match(cursor);
    if (!m.hasMatch())
        return makeError(ErrorCode::InvalidInput,
                         QStringLiteral("\"after\" must be a cursor this server gave out, like "
                                        "\"%1\" (got \"%2\")")
                             .arg(changes.cursor, cursor.left(40)));
    const Position seen {m.captured(1).toLongLong(), m.captured(2).toLongLong()};

    Result<AuditHead> head = audit::head(m_store);
    if (!head)
        return head.error();
    // A cursor from before the retained chain, ahead of it (another store, a restore), or too
    // far behind to read cheaply: everything the caller may see is to be read again.
    if (seen.seq < head->baseSeq || seen.seq > now->seq || now->seq - seen.seq > kMaxEvents) {
        changes.kinds = kindsVisibleTo(caller);
        return changes;
    }

    QSet<QString> changed;
    if (now->notification > seen.notification)
        changed.insert(kNotifications);
    Result<QList<ChangedEvent>> events = eventsAfter(seen.seq, now->seq);
    if (!events)
        return events.error();
    for (const ChangedEvent &e : std::as_const(*events)) {
        for (const QString &kind : kindsOfAction().value(e.action)) {
            if (changed.contains(kind))
                continue;
            Result<bool> shown = visible(caller, kind, e);
            if (!shown)
                return shown.error();
            if (*shown)
                changed.insert(kind);
        }
    }
    for (const QString &kind : allKinds()) {
        if (changed.contains(kind))
            changes.kinds << kind;
    }
    return changes;
}

Result<Changes::Position> Changes::current(const Caller &caller) const
{
    Result<AuditHead> head = audit::head(m_store);
    if (!head)
        return head.error();
    Result<Query> q = m_store.exec(
        QStringLiteral("SELECT COALESCE(MAX(id), 0) FROM notifications WHERE user_id = ?"),
        {caller.userId});
    if (!q)
        return q.error();
    Position position {head->seq, 0};
    if (q->next())
        position.notification = q->value(0).toLongLong();
    return position;
}

Result<QList<Changes::ChangedEvent>> Changes::eventsAfter(qint64 seq, qint64 upTo) const
{
    // Only what the feed needs of each event; the one row type, filled here.
    Result<Query> q = m_store.exec(
        QStringLiteral("SELECT actor_id, action, object_type, object_id FROM audit_events "
                       "WHERE seq > ? AND seq <= ? AND outcome = 'success' ORDER BY seq"),
        {seq, upTo});
    if (!q)
        return q.error();
    enum Column { ActorId, Action, ObjectType, ObjectId };
    QList<ChangedEvent> events;
    while (q->next())
        events.append({q->value(ActorId).toLongLong(), q->value(Action).toString(),
                       q->value(ObjectType).toString(), q->value(ObjectId).toString()});
    return events;
}

Result<bool> Changes::exists(const QString &sql, const QVariantList &args) const
{
    Result<Query> q = m_store.exec(sql, args);
    if (!q)
        return q.error();
    return q->next();
}

Result<bool> Changes::visible(const Caller &caller, const QString &kind,
                              const ChangedEvent &e) const
{
    const qint64 id = idOf(e.objectId);
    const qint64 me = caller.userId;
    if (kind == kAccessRequests) {
        if (caller.can(Permission::AccessApprove))
            return true;
        if (e.objectType != QLatin1String("access_request"))
            return false;
        return exists(QStringLiteral("SELECT 1 FROM access_requests WHERE id = ? AND "
                                     "requester_id = ?"),
                      {id, me});
    }
    if (kind == kGrants) {
        if (caller.can(Permission::AccessApprove))
            return true;
        if (e.objectType == QLatin1String("grant"))
            return exists(QStringLiteral("SELECT 1 FROM grants WHERE id = ? AND user_id = ?"),
                          {id, me});
        if (e.objectType == QLatin1String("access_request"))
            return exists(QStringLiteral("SELECT 1 FROM access_requests WHERE id = ? AND "
                                         "requester_id = ?"),
                          {id, me});
        // A reset or an enrolment of the caller's own account suspends or frees their grants.
        return e.objectType == QLatin1String("user") && id == me;
    }
    if (kind == kUsers)
        return caller.can(Permission::UsersRead);
    if (kind == kAssets) {
        if (caller.can(Permission::AssetsRead))
            return true;
        // An import names no asset: its owners see it on their next refresh.
        if (id == 0 || e.objectType != QLatin1String("asset"))
            return false;
        return exists(QStringLiteral("SELECT 1 FROM assets WHERE id = ? AND owner_id = ?"),
                      {id, me});
    }
    if (kind == kIncidents) {
        if (caller.can(Permission::IncidentsManage))
            return true;
        if (e.objectType != QLatin1String("incident"))
            return false;
        return exists(QStringLiteral("SELECT 1 FROM incidents WHERE id = ? AND (reporter_id = ? "
                                     "OR assignee_id = ? OR EXISTS (SELECT 1 FROM "
                                     "incident_executives x WHERE x.incident_id = incidents.id "
                                     "AND x.user_id = ?))"),
                      {id, me, me, me});
    }
    if (kind == kAlerts)
        return caller.can(Permission::AuditRead);
    if (kind == kAccessReviews) {
        if (caller.can(Permission::AccessReviewsManage))
            return true;
        if (e.objectType == QLatin1String("access_review"))
            return exists(QStringLiteral("SELECT 1 FROM access_review_items WHERE review_id = ? "
                                         "AND reviewer_id = ?"),
                          {id, me});
        if (e.objectType == QLatin1String("access_review_item"))
            return exists(QStringLiteral("SELECT 1 FROM access_review_items mine WHERE "
                                         "mine.reviewer_id = ? AND mine.review_id = (SELECT "
                                         "review_id FROM access_review_items WHERE id = ?)"),
                          {me, id});
        return false;
    }
    if (kind == kRetention)
        return caller.can(Permission::RetentionManage);
    if (kind == kNotifications)
        return e.actorId == me;
    if (kind == kVulnerabilities)
        return caller.can(Permission::VulnerabilitiesManage);
    if (kind == kDevices) {
        if (caller.can(Permission::AssetsRead))
            return true;
        if (e.objectType != QLatin1String("device"))
            return false;
        return exists(QStringLiteral("SELECT 1 FROM devices WHERE id = ? AND holder_id = ?"),
                      {id, me});
    }
    if (kind == kThirdParties)
        return caller.can(Permission::ThirdPartiesManage);
    return false;
}

QStringList Changes::kindsVisibleTo(const Caller &caller) const
{
    QStringList kinds;
    for (const QString &kind : allKinds()) {
        const bool byPermission = (kind == kUsers && !caller.can(Permission::UsersRead))
            || (kind == kAlerts && !caller.can(Permission::AuditRead))
            || (kind == kRetention && !caller.can(Permission::RetentionManage))
            || (kind == kVulnerabilities && !caller.can(Permission::VulnerabilitiesManage))
            || (kind == kThirdParties && !caller.can(Permission::ThirdPartiesManage));
        if (!byPermission)
            kinds << kind;
    }
    return kinds;
}

} // namespace cc
