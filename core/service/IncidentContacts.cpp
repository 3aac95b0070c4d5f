#include "IncidentContacts.h"

#include "ServiceSupport.h"
#include "domain/Roles.h"
#include "store/RowType.h"
#include "store/Store.h"

#include <algorithm>

namespace cc {

namespace {

constexpr qint64 kHourMs = 60 * 60 * 1000;
constexpr qint64 kDayMs = 24 * kHourMs;

struct HolderRow
{
    enum Column {
        Designation,
        DesignatedAt,
        Username,
        DisplayName,
        Email,
        Status,
        TotpEnrolledAt,
        ColumnCount
    };
    static constexpr rows::Columns<ColumnCount> columns {{
        {Designation, "d.designation"},
        {DesignatedAt, "d.designated_at"},
        {Username, "u.username"},
        {DisplayName, "u.display_name"},
        {Email, "u.email"},
        {Status, "u.status"},
        {TotpEnrolledAt, "u.totp_enrolled_at"},
    }};
    static_assert(rows::inOrder(columns));
    static inline const QString select
        = rows::select(columns,
                       "FROM user_designations d JOIN users u ON u.id = d.user_id "
                       "WHERE d.designation IN (?, ?)");
    static IncidentContactHolder read(const Query &q)
    {
        return {q.value(Designation).toString(),   q.value(Username).toString(),
                q.value(DisplayName).toString(),   q.value(Email).toString(),
                q.value(Status).toString(),        !q.value(TotpEnrolledAt).isNull(),
                q.value(DesignatedAt).toLongLong()};
    }
};

struct NoticeRow
{
    enum Column {
        IncidentId,
        Title,
        Designation,
        Username,
        NotifiedAt,
        AcknowledgedAt,
        ColumnCount
    };
    static constexpr rows::Columns<ColumnCount> columns {{
        {IncidentId, "i.id"},
        {Title, "i.title"},
        {Designation, "e.designation"},
        {Username, "u.username"},
        {NotifiedAt, "e.notified_at"},
        {AcknowledgedAt, "e.acknowledged_at"},
    }};
    static_assert(rows::inOrder(columns));
    static inline const QString select
        = rows::select(columns,
                       "FROM incident_executives e JOIN incidents i ON i.id = e.incident_id "
                       "JOIN users u ON u.id = e.user_id WHERE i.involves_amazon_data = 1 "
                       "AND e.designation IN (?, ?) AND e.notified_at >= ? "
                       "ORDER BY e.notified_at DESC, e.id DESC");
    static IncidentContactNotice read(const Query &q)
    {
        IncidentContactNotice n;
        n.incidentId = q.value(IncidentId).toLongLong();
        n.incidentTitle = q.value(Title).toString();
        n.designation = q.value(Designation).toString();
        n.username = q.value(Username).toString();
        n.notifiedAt = q.value(NotifiedAt).toLongLong();
        n.acknowledgedAt = service::optionalTime(q.value(AcknowledgedAt));
        return n;
    }
};

} // namespace

bool IncidentContactHolder::available() const
{
    return status == QLatin1String("active") && twoFactor;
}

qint64 IncidentContactNotice::waitedMs(qint64 now) const
{
    return acknowledgedAt.value_or(now) - notifiedAt;
}

const IncidentContactHolder *IncidentContactsView::holder(const QString &designation) const
{
    for (const IncidentContactHolder &h : holders) {
        if (h.designation == designation)
            return &h;
    }
    return nullptr;
}

Result<IncidentContactsView> IncidentContacts::view(int maxNotices) const
{
    IncidentContactsView out;
    out.generatedAt = m_store.clock().nowMs();
    out.acknowledgeHours = m_store.policy().impocAcknowledgeHours;
    out.lookbackDays = m_store.policy().controlLookbackDays;
    Result<QList<IncidentContactHolder>> held = holders();
    if (!held)
        return held.error();
    out.holders = *held;
    Result<QList<IncidentContactNotice>> told
        = notices(out.generatedAt - qint64(out.lookbackDays) * kDayMs, out.generatedAt, maxNotices);
    if (!told)
        return told.error();
    out.notices = *told;
    return out;
}

Result<QList<IncidentContactHolder>> IncidentContacts::holders() const
{
    Result<Query> q = m_store.exec(
        HolderRow::select, {Designation::IncidentContact, Designation::IncidentContactDeputy});
    if (!q)
        return q.error();
    QList<IncidentContactHolder> held;
    while (q->next())
        held.append(HolderRow::read(*q));
    // The IMPOC before the deputy, whatever order the store answers in.
    std::sort(held.begin(), held.end(), [](const auto &a, const auto &b) {
        return a.designation == Designation::IncidentContact
            && b.designation != Designation::IncidentContact;
    });
    return held;
}

Result<QList<IncidentContactNotice>> IncidentContacts::notices(qint64 since, qint64 now,
                                                               int maxNotices) const
{
    const qint64 limit = qint64(m_store.policy().impocAcknowledgeHours) * kHourMs;
    Result<Query> q
        = m_store.exec(NoticeRow::select,
                       {Designation::IncidentContact, Designation::IncidentContactDeputy, since});
    if (!q)
        return q.error();
    QList<IncidentContactNotice> told;
    while (q->next()) {
        IncidentContactNotice n = NoticeRow::read(*q);
        n.late = n.waitedMs(now) > limit;
        told.append(n);
    }
    if (maxNotices > 0 && told.size() > maxNotices)
        told.resize(maxNotices);
    return told;
}

} // namespace cc
