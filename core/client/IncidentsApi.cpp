#include "IncidentsApi.h"

#include "ApiClient.h"

namespace cc::client {

Call<Page<Incident>> IncidentsApi::list(const IncidentFilter &filter, const PageRequest &page) const
{
    QUrlQuery query = pageQuery(page);
    if (filter.openOnly)
        query.addQueryItem(QStringLiteral("status"), QStringLiteral("open"));
    if (filter.amazonDataOnly)
        query.addQueryItem(QStringLiteral("involves_amazon_data"), QStringLiteral("true"));
    return Call<Page<Incident>>(m_client->get(QStringLiteral("/incidents"), query));
}

Call<Incident> IncidentsApi::get(qint64 id) const
{
    return Call<Incident>(m_client->get(QStringLiteral("/incidents/%1").arg(id)));
}

Call<Incident> IncidentsApi::report(const NewIncident &i) const
{
    return Call<Incident>(
        m_client->post(QStringLiteral("/incidents"),
                       {{QStringLiteral("title"), i.title},
                        {QStringLiteral("description"), i.description},
                        {QStringLiteral("severity"), i.severity},
                        {QStringLiteral("category"), i.category},
                        {QStringLiteral("detected_at"), i.detectedAt.toUTC().toString(Qt::ISODate)},
                        {QStringLiteral("involves_amazon_data"), i.involvesAmazonData}}));
}

Call<Incident> IncidentsApi::update(qint64 id, const IncidentChanges &c) const
{
    QJsonObject body;
    if (c.title)
        body.insert(QStringLiteral("title"), *c.title);
    if (c.description)
        body.insert(QStringLiteral("description"), *c.description);
    if (c.severity)
        body.insert(QStringLiteral("severity"), *c.severity);
    if (c.category)
        body.insert(QStringLiteral("category"), *c.category);
    if (c.assignee)
        body.insert(QStringLiteral("assignee"), *c.assignee);
    if (c.flagAmazonData)
        body.insert(QStringLiteral("involves_amazon_data"), true);
    if (c.amazonNotifiedAt)
        body.insert(QStringLiteral("amazon_notified_at"),
                    c.amazonNotifiedAt->toUTC().toString(Qt::ISODate));
    if (c.amazonReference)
        body.insert(QStringLiteral("amazon_reference"), *c.amazonReference);
    return Call<Incident>(
        m_client->sendRequest("PATCH", QStringLiteral("/incidents/%1").arg(id), body));
}

Call<Incident> IncidentsApi::moveTo(qint64 id, const QString &status, const QString &reason) const
{
    QJsonObject body {{QStringLiteral("status"), status}};
    if (!reason.isEmpty())
        body.insert(QStringLiteral("reason"), reason);
    return Call<Incident>(
        m_client->sendRequest("PATCH", QStringLiteral("/incidents/%1").arg(id), body));
}

Call<Incident> IncidentsApi::addNote(qint64 id, const QString &note) const
{
    return Call<Incident>(m_client->post(QStringLiteral("/incidents/%1/events").arg(id),
                                         {{QStringLiteral("note"), note}}));
}

Call<Incident> IncidentsApi::setTaskDone(qint64 id, const QString &task, bool done) const
{
    return Call<Incident>(
        m_client->post(QStringLiteral("/incidents/%1/events").arg(id),
                       {{QStringLiteral("task"), task}, {QStringLiteral("done"), done}}));
}

Call<Incident> IncidentsApi::setTaskOwner(qint64 id, const QString &task,
                                          const QString &owner) const
{
    return Call<Incident>(
        m_client->post(QStringLiteral("/incidents/%1/events").arg(id),
                       {{QStringLiteral("task"), task}, {QStringLiteral("owner"), owner}}));
}

Call<Incident> IncidentsApi::acknowledge(qint64 id) const
{
    return Call<Incident>(m_client->post(QStringLiteral("/incidents/%1/acknowledge").arg(id)));
}

Call<Done> IncidentsApi::postIncidentReport(qint64 id, QIODevice *sink) const
{
    ApiJob *job = m_client->get(QStringLiteral("/incidents/%1/report").arg(id));
    job->setSink(sink);
    return Call<Done>(job);
}

} // namespace cc::client
