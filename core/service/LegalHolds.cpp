#include "LegalHolds.h"

#include "ServiceSupport.h"
#include "domain/Roles.h"
#include "store/Store.h"

#include <QDateTime>

namespace cc {

using service::eventBy;

namespace {

constexpr int kMaxReasonLength = 1000;

struct LegalHoldRow
{
    enum Column { Id, Client, Reason, UntilAt, SetBy, SetAt, ReleasedBy, ReleasedAt, ColumnCount };
    static constexpr rows::Columns<ColumnCount> columns {{
        {Id, "id"},
        {Client, "client"},
        {Reason, "reason"},
        {UntilAt, "until_at"},
        {SetBy, "set_by"},
        {SetAt, "set_at"},
        {ReleasedBy, "released_by"},
        {ReleasedAt, "released_at"},
    }};
    static_assert(rows::inOrder(columns));
    static inline const QString select = rows::select(columns, "FROM client_legal_holds ");
    // The holds that apply at a time (one argument).
    static inline const QString applying
        = QStringLiteral("released_at IS NULL AND (until_at IS NULL OR until_at > ?)");

    static LegalHold read(const Query &q)
    {
        LegalHold h;
        h.id = q.value(Id).toLongLong();
        h.client = q.value(Client).toString();
        h.reason = q.value(Reason).toString();
        h.until = service::optionalTime(q.value(UntilAt));
        h.setBy = q.value(SetBy).toString();
        h.setAt = q.value(SetAt).toLongLong();
        h.releasedBy = q.value(ReleasedBy).toString();
        h.releasedAt = service::optionalTime(q.value(ReleasedAt));
        return h;
    }
};

QString isoTime(qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC).toString(Qt::ISODate);
}

std::optional<Error> invalidHold(const NewLegalHold &h, qint64 now)
{
    if (h.client.trimmed().isEmpty())
        return makeError(ErrorCode::InvalidInput, QStringLiteral("\"client\" is required"));
    const QString reason = h.reason.trimmed();
    if (reason.isEmpty())
        return makeError(ErrorCode::InvalidInput,
                         QStringLiteral("\"reason\" is required: say which law or proceeding "
                                        "needs the client's order facts kept"));
    if (reason.size() > kMaxReasonLength)
        return makeError(
            ErrorCode::InvalidInput,
            QStringLiteral("\"reason\" must be at most %1 characters").arg(kMaxReasonLength));
    if (h.until && h.openEnded)
        return makeError(ErrorCode::InvalidInput,
                         QStringLiteral("give either \"until\" or \"open_ended\": true, not both"));
    if (!h.until && !h.openEnded)
        return makeError(ErrorCode::InvalidInput,
                         QStringLiteral("\"until\" is required (or \"open_ended\": true for a "
                                        "hold without an end date)"));
    if (h.until && *h.until <= now)
        return makeError(
            ErrorCode::InvalidInput,
            QStringLiteral("\"until\" (%1) must be in the future").arg(isoTime(*h.until)));
    return std::nullopt;
}

} // namespace

Result<LegalHold> LegalHolds::set(const Caller &caller, const NewLegalHold &request)
{
    if (!caller.can(Permission::RetentionManage))
        return makeError(ErrorCode::Forbidden,
                         QStringLiteral("only compliance officers (retention:manage) set legal "
                                        "holds"));
    const qint64 now = m_store.clock().nowMs();
    if (std::optional<Error> invalid = invalidHold(request, now))
        return *invalid;
    const QString client = request.client.trimmed();
    return m_store.transaction([&]() -> Result<LegalHold> {
        Result<std::optional<QVariant>> known = rows::single(
            m_store.exec(QStringLiteral("SELECT name FROM clients WHERE name = ?"), {client}));
        if (!known)
            return known.error();
        if (!*known)
            return makeError(
                ErrorCode::NotFound,
                QStringLiteral("no client named %1 (GET /clients lists them)").arg(client));
        Result<Query> current
            = m_store.exec(LegalHoldRow::select + QStringLiteral("WHERE client = ? AND ")
                               + LegalHoldRow::applying + QStringLiteral(" ORDER BY id LIMIT 1"),
                           {client, now});
        if (!current)
            return current.error();
        if (current->next()) {
            const LegalHold existing = LegalHoldRow::read(*current);
            return makeError(ErrorCode::Conflict,
                             QStringLiteral("client %1 is already under legal hold %2, set by %3 "
                                            "at %4: release it first")
                                 .arg(client)
                                 .arg(existing.id)
                                 .arg(existing.setBy, isoTime(existing.setAt)));
        }
        current->finish();
        LegalHold hold;
        hold.client = client;
        hold.reason = request.reason.trimmed();
        hold.until = request.until;
        hold.setBy = caller.username;
        hold.setAt = now;
        Result<qint64> id = rows::insertedId(m_store.exec(
            QStringLiteral("INSERT INTO client_legal_holds (client, reason, until_at, set_by, "
                           "set_at) VALUES (?, ?, ?, ?, ?) RETURNING id"),
            {hold.client, hold.reason, hold.until ? QVariant(*hold.until) : QVariant(), hold.setBy,
             hold.setAt}));
        if (!id)
            return id.error();
        hold.id = *id;
        if (Result<AuditEvent> logged = audit::append(
                m_store,
                eventBy(caller, QStringLiteral("client.legal_hold_set"), QStringLiteral("client"),
                        client,
                        QStringLiteral("client=%1 hold=%2 until=%3 reason=%4")
                            .arg(client)
                            .arg(hold.id)
                            .arg(hold.until ? isoTime(*hold.until) : QStringLiteral("open-ended"),
                                 hold.reason)));
            !logged)
            return logged.error();
        return hold;
    });
}

Result<LegalHold> LegalHolds::release(const Caller &caller, qint64 id, const QString &note)
{
    if (!caller.can(Permission::RetentionManage))
        return makeError(ErrorCode::Forbidden,
                         QStringLiteral("only compliance officers (retention:manage) release "
                                        "legal holds"));
    const qint64 now = m_store.clock().nowMs();
    return m_store.transaction([&]() -> Result<LegalHold> {
        Result<LegalHold> found = hold(id);
        if (!found)
            return found.error();
        if (found->releasedAt)
            return makeError(ErrorCode::Conflict,
                             QStringLiteral("legal hold %1 was already released by %2 at %3")
                                 .arg(id)
                                 .arg(found->releasedBy, isoTime(*found->releasedAt)));
        if (Result<Query> released = m_store.exec(
                QStringLiteral("UPDATE client_legal_holds SET released_by = ?, released_at = ? "
                               "WHERE id = ? AND released_at IS NULL"),
                {caller.username, now, id});
            !released)
            return released.error();
        found->releasedBy = caller.username;
        found->releasedAt = now;
        if (Result<AuditEvent> logged
            = audit::append(m_store,
                            eventBy(caller, QStringLiteral("client.legal_hold_released"),
                                    QStringLiteral("client"), found->client,
                                    QStringLiteral("client=%1 hold=%2 set_by=%3 set_at=%4 note=%5")
                                        .arg(found->client)
                                        .arg(id)
                                        .arg(found->setBy, isoTime(found->setAt),
                                             note.trimmed().left(kMaxReasonLength))));
            !logged)
            return logged.error();
        return *found;
    });
}

Result<Page<LegalHold>> LegalHolds::list(qint64 after, int limit, bool activeOnly) const
{
    QString where = QStringLiteral("WHERE id > ?");
    QVariantList args = {after};
    if (activeOnly) {
        where += QStringLiteral(" AND ") + LegalHoldRow::applying;
        args << m_store.clock().nowMs();
    }
    args << limit + 1;
    return service::readPage<LegalHold>(
        m_store.exec(LegalHoldRow::select + where + QStringLiteral(" ORDER BY id LIMIT ?"), args),
        limit, LegalHoldRow::read);
}

Result<LegalHold> LegalHolds::hold(qint64 id) const
{
    Result<Query> q = m_store.exec(LegalHoldRow::select + QStringLiteral("WHERE id = ?"), {id});
    if (!q)
        return q.error();
    if (!q->next())
        return makeError(ErrorCode::NotFound, QStringLiteral("no legal hold with id %1").arg(id));
    return LegalHoldRow::read(*q);
}

} // namespace cc
