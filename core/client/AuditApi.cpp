#include "AuditApi.h"

#include "ApiClient.h"

namespace cc::client {

namespace {

QString isoUtc(const QDateTime &time)
{
    return time.toUTC().toString(Qt::ISODateWithMs);
}

} // namespace

bool AuditFilter::isEmpty() const
{
    return actor.isEmpty() && action.isEmpty() && objectType.isEmpty() && objectId.isEmpty()
        && outcome.isEmpty() && !from.isValid() && !to.isValid();
}

Call<AuditHead> AuditApi::head() const
{
    return Call<AuditHead>(m_client->get(QStringLiteral("/audit/head")));
}

Call<AnchorPage> AuditApi::anchors(qint64 after, int limit) const
{
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("after"), QString::number(after));
    query.addQueryItem(QStringLiteral("limit"), QString::number(limit));
    return Call<AnchorPage>(m_client->get(QStringLiteral("/audit/anchors"), query));
}

Call<Page<AuditRecord>> AuditApi::events(const AuditFilter &filter, const PageRequest &page) const
{
    QUrlQuery query = pageQuery(page);
    query.addQueryItem(QStringLiteral("order"), QStringLiteral("desc"));
    const auto add = [&query](const char *name, const QString &value) {
        if (!value.isEmpty())
            query.addQueryItem(QString::fromLatin1(name), value);
    };
    add("actor", filter.actor);
    add("action", filter.action);
    add("object_type", filter.objectType);
    add("object_id", filter.objectId);
    add("outcome", filter.outcome);
    if (filter.from.isValid())
        add("from", isoUtc(filter.from));
    if (filter.to.isValid())
        add("to", isoUtc(filter.to));
    return Call<Page<AuditRecord>>(m_client->get(QStringLiteral("/audit"), query));
}

Call<ServerVerification> AuditApi::verify(const QObject *context,
                                          std::function<void(qint64, qint64)> progress) const
{
    ApiJob *job = m_client->get(QStringLiteral("/audit/verify"));
    // Verifying a long chain takes a while; progress lines keep the call alive.
    job->setJsonLines(true);
    QObject::connect(job, &ApiJob::lineReceived, context,
                     [progress = std::move(progress)](const QJsonObject &line) {
                         if (line.contains(QLatin1StringView("checked")))
                             progress(line.value(QLatin1StringView("checked")).toInteger(),
                                      line.value(QLatin1StringView("total")).toInteger());
                     });
    return Call<ServerVerification>(job);
}

Call<Done> AuditApi::exportEvidence(const QDateTime &from, const QDateTime &to,
                                    QIODevice *sink) const
{
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("from"), from.toUTC().toString(Qt::ISODate));
    query.addQueryItem(QStringLiteral("to"), to.toUTC().toString(Qt::ISODate));
    ApiJob *job = m_client->get(QStringLiteral("/audit/export"), query);
    job->setSink(sink);
    return Call<Done>(job);
}

} // namespace cc::client
