#include "PolicyAcknowledgements.h"

#include "ServiceSupport.h"
#include "crypto/Crypto.h"
#include "domain/ControlCatalogue.h"
#include "store/RowType.h"
#include "store/Store.h"

namespace cc {

using service::eventBy;

namespace {

constexpr qint64 kDayMs = 24 * 60 * 60 * 1000;

QString shippedSha256()
{
    return QString::fromLatin1(crypto::sha256(shippedPolicyText().toUtf8()).toHex());
}

// Each active person with their last acknowledgement of a version.
struct PersonRow
{
    enum Column { Id, CreatedAt, LastAcknowledged, ColumnCount };
    static constexpr rows::Columns<ColumnCount> columns {{
        {Id, "u.id"},
        {CreatedAt, "u.created_at"},
        {LastAcknowledged,
         "(SELECT MAX(a.acknowledged_at) FROM policy_acknowledgements a WHERE "
         "a.user_id = u.id AND a.version = ?)"},
    }};
    static_assert(rows::inOrder(columns));
    static inline const QString select = rows::select(columns, "FROM users u ");
};

} // namespace

Result<void> PolicyAcknowledgements::recordShippedVersion()
{
    const QString version = shippedPolicyVersion();
    const QString digest = shippedSha256();
    Result<std::optional<QVariant>> known = rows::single(m_store.exec(
        QStringLiteral("SELECT sha256 FROM policy_versions WHERE version = ?"), {version}));
    if (!known)
        return known.error();
    if (*known) {
        if ((*known)->toString() != digest)
            return makeError(ErrorCode::Conflict,
                             QStringLiteral("the policy text of version %1 differs from the one "
                                            "this store recorded: a changed policy needs a new "
                                            "version (policy/POLICY-<version>.txt)")
                                 .arg(version));
        return {};
    }
    if (Result<Query> stored = m_store.exec(
            QStringLiteral("INSERT INTO policy_versions (version, sha256, body, recorded_at) "
                           "VALUES (?, ?, ?, ?)"),
            {version, digest, shippedPolicyText(), m_store.clock().nowMs()});
        !stored)
        return stored.error();
    return {};
}

Result<qint64> PolicyAcknowledgements::versionRecordedAt() const
{
    Result<std::optional<QVariant>> at = rows::single(
        m_store.exec(QStringLiteral("SELECT recorded_at FROM policy_versions WHERE version = ?"),
                     {shippedPolicyVersion()}));
    if (!at)
        return at.error();
    return *at ? (*at)->toLongLong() : m_store.clock().nowMs();
}

PolicyAcknowledgements::Standing PolicyAcknowledgements::standingOf(qint64 createdAt,
                                                                    OptionalTime lastAcknowledged,
                                                                    qint64 versionSince) const
{
    const Policy &policy = m_store.policy();
    const qint64 now = m_store.clock().nowMs();
    const qint64 valid = qint64(policy.policyAcknowledgementDays) * kDayMs;
    Standing s;
    s.acknowledgedAt = lastAcknowledged;
    if (lastAcknowledged && *lastAcknowledged + valid > now) {
        s.dueAt = *lastAcknowledged + valid;
        s.standing = QStringLiteral("acknowledged");
        return s;
    }
    // Due from joining, from the version's arrival or from the last acknowledgement's end.
    qint64 dueSince = std::max(createdAt, versionSince);
    if (lastAcknowledged)
        dueSince = std::max(dueSince, *lastAcknowledged + valid);
    s.dueAt = dueSince + qint64(policy.policyAcknowledgementGraceDays) * kDayMs;
    s.standing = now > s.dueAt ? QStringLiteral("overdue") : QStringLiteral("due");
    return s;
}

Result<PolicyStatement> PolicyAcknowledgements::current(const Caller &caller) const
{
    PolicyStatement statement;
    statement.version = shippedPolicyVersion();
    statement.sha256 = shippedSha256();
    statement.text = shippedPolicyText();
    if (caller.userId == 0) {
        statement.standing = QStringLiteral("due");
        return statement;
    }
    Result<qint64> since = versionRecordedAt();
    if (!since)
        return since.error();
    Result<Query> q = m_store.exec(PersonRow::select + QStringLiteral("WHERE u.id = ?"),
                                   {statement.version, caller.userId});
    if (!q)
        return q.error();
    if (!q->next())
        return makeError(ErrorCode::NotFound, QStringLiteral("no such user"));
    const Standing s
        = standingOf(q->value(PersonRow::CreatedAt).toLongLong(),
                     service::optionalTime(q->value(PersonRow::LastAcknowledged)), *since);
    q->finish();
    statement.acknowledgedAt = s.acknowledgedAt;
    statement.dueAt = s.dueAt;
    statement.standing = s.standing;
    return statement;
}

Result<PolicyStatement> PolicyAcknowledgements::acknowledge(const Caller &caller,
                                                            const QString &version)
{
    if (caller.userId == 0)
        return makeError(ErrorCode::InvalidInput,
                         QStringLiteral("a person acknowledges the policy, signed in"));
    if (version != shippedPolicyVersion())
        return makeError(ErrorCode::Conflict,
                         QStringLiteral("version \"%1\" is not the current policy (%2): read "
                                        "the current one and acknowledge it")
                             .arg(version, shippedPolicyVersion()));
    return m_store.transaction([&]() -> Result<PolicyStatement> {
        if (Result<void> recorded = recordShippedVersion(); !recorded)
            return recorded.error();
        if (Result<Query> stored
            = m_store.exec(QStringLiteral("INSERT INTO policy_acknowledgements (user_id, version, "
                                          "acknowledged_at) VALUES (?, ?, ?)"),
                           {caller.userId, version, m_store.clock().nowMs()});
            !stored)
            return stored.error();
        if (Result<AuditEvent> logged = audit::append(
                m_store,
                eventBy(caller, QStringLiteral("policy.acknowledge"), QStringLiteral("policy"),
                        version, QStringLiteral("sha256=%1").arg(shippedSha256())));
            !logged)
            return logged.error();
        return current(caller);
    });
}

Result<AcknowledgementCoverage> PolicyAcknowledgements::coverage() const
{
    Result<qint64> since = versionRecordedAt();
    if (!since)
        return since.error();
    Result<Query> q = m_store.exec(PersonRow::select + QStringLiteral("WHERE u.status = 'active'"),
                                   {shippedPolicyVersion()});
    if (!q)
        return q.error();
    AcknowledgementCoverage c;
    while (q->next()) {
        const Standing s
            = standingOf(q->value(PersonRow::CreatedAt).toLongLong(),
                         service::optionalTime(q->value(PersonRow::LastAcknowledged)), *since);
        ++c.people;
        if (s.standing == QLatin1String("acknowledged"))
            ++c.acknowledged;
        else if (s.standing == QLatin1String("due"))
            ++c.due;
        else
            ++c.overdue;
    }
    return c;
}

} // namespace cc
