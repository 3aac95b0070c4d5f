#include "RetentionApi.h"

#include "ApiClient.h"
#include "ApiTypes.h"

#include <QJsonArray>

namespace cc::client {

namespace {

RetentionCounts counts(const QJsonObject &j)
{
    return {j.value(QLatin1StringView("client")).toString(),
            j.value(QLatin1StringView("held")).toInteger(),
            j.value(QLatin1StringView("due_within_week")).toInteger(),
            j.value(QLatin1StringView("overdue")).toInteger(),
            j.value(QLatin1StringView("oldest_pii_age_days")).toDouble()};
}

} // namespace

RetentionStatus RetentionStatus::fromJson(const QJsonObject &json)
{
    RetentionStatus s;
    s.total = counts(json);
    for (const QJsonValue &v : json.value(QLatin1StringView("clients")).toArray())
        s.clients.append(counts(v.toObject()));
    const QJsonObject last = json.value(QLatin1StringView("last_sweep")).toObject();
    s.swept = !last.isEmpty();
    s.lastSweepAt = parseTime(last.value(QLatin1StringView("at")));
    s.lastSweepMessage = last.value(QLatin1StringView("message")).toString();
    return s;
}

LegalHold LegalHold::fromJson(const QJsonObject &j)
{
    LegalHold h;
    h.id = j.value(QLatin1StringView("id")).toInteger();
    h.client = j.value(QLatin1StringView("client")).toString();
    h.reason = j.value(QLatin1StringView("reason")).toString();
    h.until = parseTime(j.value(QLatin1StringView("until")));
    h.setBy = j.value(QLatin1StringView("set_by")).toString();
    h.setAt = parseTime(j.value(QLatin1StringView("set_at")));
    h.active = j.value(QLatin1StringView("active")).toBool();
    return h;
}

QJsonObject NewLegalHold::toJson() const
{
    QJsonObject body {{QStringLiteral("client"), client}, {QStringLiteral("reason"), reason}};
    if (openEnded)
        body.insert(QStringLiteral("open_ended"), true);
    else if (until.isValid())
        body.insert(QStringLiteral("until"), until.toUTC().toString(Qt::ISODate));
    return body;
}

DailyAggregate DailyAggregate::fromJson(const QJsonObject &j)
{
    return {j.value(QLatin1StringView("client")).toString(),
            j.value(QLatin1StringView("marketplace")).toString(),
            j.value(QLatin1StringView("day")).toString(),
            j.value(QLatin1StringView("currency")).toString(),
            j.value(QLatin1StringView("orders")).toInteger(),
            j.value(QLatin1StringView("items")).toInteger(),
            j.value(QLatin1StringView("sales")).toString()};
}

SweepResult SweepResult::fromJson(const QJsonObject &json)
{
    return {json.value(QLatin1StringView("purged")).toInt(),
            json.value(QLatin1StringView("deleted_orders")).toInt()};
}

DeletionRequest DeletionRequest::fromJson(const QJsonObject &j)
{
    DeletionRequest r;
    r.id = j.value(QLatin1StringView("id")).toInteger();
    r.reference = j.value(QLatin1StringView("reference")).toString();
    r.receivedAt = parseTime(j.value(QLatin1StringView("received_at")));
    r.dueAt = parseTime(j.value(QLatin1StringView("due_at")));
    r.action = j.value(QLatin1StringView("action")).toString();
    const QJsonObject scope = j.value(QLatin1StringView("scope")).toObject();
    r.scopeType = scope.value(QLatin1StringView("type")).toString();
    r.scopeClient = scope.value(QLatin1StringView("client")).toString();
    r.scopeOrderCount = int(scope.value(QLatin1StringView("order_ids")).toArray().size());
    r.status = j.value(QLatin1StringView("status")).toString();
    const QJsonObject e = j.value(QLatin1StringView("evidence")).toObject();
    r.fulfilled = !e.isEmpty();
    r.evidence.fulfilledAt = parseTime(e.value(QLatin1StringView("fulfilled_at")));
    r.evidence.fulfilledBy = e.value(QLatin1StringView("fulfilled_by")).toString();
    r.evidence.deletedOrders = e.value(QLatin1StringView("deleted_orders")).toInteger();
    r.evidence.deletedPii = e.value(QLatin1StringView("deleted_pii")).toInteger();
    r.evidence.deletedIdsSha256 = e.value(QLatin1StringView("deleted_ids_sha256")).toString();
    r.evidence.archiveSha256 = e.value(QLatin1StringView("archive_sha256")).toString();
    return r;
}

QJsonObject NewDeletionRequest::toJson() const
{
    QJsonObject scope {{QStringLiteral("type"), scopeType}};
    if (scopeType != QLatin1StringView("buyer"))
        scope.insert(QStringLiteral("client"), scopeClient);
    if (scopeType == QLatin1StringView("orders"))
        scope.insert(QStringLiteral("order_ids"), QJsonArray::fromStringList(scopeOrderIds));
    if (scopeType == QLatin1StringView("buyer"))
        scope.insert(QStringLiteral("buyer_email"), buyerEmail);
    return {{QStringLiteral("reference"), reference},
            {QStringLiteral("received_at"), receivedAt.toUTC().toString(Qt::ISODate)},
            {QStringLiteral("action"), action},
            {QStringLiteral("scope"), scope}};
}

Fulfilment Fulfilment::fromJson(const QJsonObject &json)
{
    return {DeletionRequest::fromJson(json.value(QLatin1StringView("request")).toObject()),
            QByteArray::fromBase64(
                json.value(QLatin1StringView("archive_base64")).toString().toLatin1())};
}

Call<RetentionStatus> RetentionApi::status() const
{
    return Call<RetentionStatus>(m_client->get(QStringLiteral("/retention/status")));
}

Call<SweepResult> RetentionApi::sweep() const
{
    return Call<SweepResult>(m_client->post(QStringLiteral("/retention/sweep")));
}

Call<Page<DeletionRequest>> RetentionApi::deletionRequests(const PageRequest &page) const
{
    return Call<Page<DeletionRequest>>(
        m_client->get(QStringLiteral("/deletion-requests"), pageQuery(page)));
}

Call<DeletionRequest> RetentionApi::create(const NewDeletionRequest &request) const
{
    return Call<DeletionRequest>(
        m_client->post(QStringLiteral("/deletion-requests"), request.toJson()));
}

Call<Fulfilment> RetentionApi::fulfil(qint64 requestId, const QString &passphrase) const
{
    QJsonObject body;
    if (!passphrase.isEmpty())
        body.insert(QStringLiteral("passphrase"), passphrase);
    return Call<Fulfilment>(
        m_client->post(QStringLiteral("/deletion-requests/%1/fulfil").arg(requestId), body));
}

Call<DeletionRequest> RetentionApi::recordArchiveSaved(qint64 requestId,
                                                       const QString &sha256) const
{
    return Call<DeletionRequest>(
        m_client->post(QStringLiteral("/deletion-requests/%1/archive-saved").arg(requestId),
                       {{QStringLiteral("sha256"), sha256}}));
}

Call<Page<LegalHold>> RetentionApi::activeLegalHolds(const PageRequest &page) const
{
    QUrlQuery query = pageQuery(page);
    query.addQueryItem(QStringLiteral("active"), QStringLiteral("true"));
    return Call<Page<LegalHold>>(m_client->get(QStringLiteral("/legal-holds"), query));
}

Call<LegalHold> RetentionApi::setLegalHold(const NewLegalHold &hold) const
{
    return Call<LegalHold>(m_client->post(QStringLiteral("/legal-holds"), hold.toJson()));
}

Call<LegalHold> RetentionApi::releaseLegalHold(qint64 holdId, const QString &note) const
{
    return Call<LegalHold>(m_client->post(QStringLiteral("/legal-holds/%1/release").arg(holdId),
                                          {{QStringLiteral("note"), note}}));
}

Call<Page<DailyAggregate>> RetentionApi::dailyAggregates(const PageRequest &page) const
{
    return Call<Page<DailyAggregate>>(
        m_client->get(QStringLiteral("/orders/daily-aggregates"), pageQuery(page)));
}

} // namespace cc::client
