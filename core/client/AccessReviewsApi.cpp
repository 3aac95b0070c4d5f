#include "AccessReviewsApi.h"

#include "ApiClient.h"

namespace cc::client {

Call<Page<AccessReview>> AccessReviewsApi::list(const PageRequest &page) const
{
    return Call<Page<AccessReview>>(
        m_client->get(QStringLiteral("/access-reviews"), pageQuery(page)));
}

Call<AccessReview> AccessReviewsApi::start(const NewAccessReview &r) const
{
    QJsonObject body {{QStringLiteral("title"), r.title}};
    if (r.dueAt.isValid())
        body.insert(QStringLiteral("due_at"), r.dueAt.toUTC().toString(Qt::ISODate));
    if (!r.unreviewedAction.isEmpty())
        body.insert(QStringLiteral("unreviewed_action"), r.unreviewedAction);
    return Call<AccessReview>(m_client->post(QStringLiteral("/access-reviews"), body));
}

Call<Page<AccessReviewItem>> AccessReviewsApi::items(qint64 reviewId, bool mineOnly,
                                                     const PageRequest &page) const
{
    QUrlQuery query = pageQuery(page);
    if (mineOnly)
        query.addQueryItem(QStringLiteral("mine"), QStringLiteral("true"));
    return Call<Page<AccessReviewItem>>(
        m_client->get(QStringLiteral("/access-reviews/%1/items").arg(reviewId), query));
}

Call<AccessReviewItem> AccessReviewsApi::decide(qint64 reviewId, qint64 itemId,
                                                const QString &decision,
                                                const QString &reason) const
{
    return Call<AccessReviewItem>(m_client->post(
        QStringLiteral("/access-reviews/%1/items/%2/decision").arg(reviewId).arg(itemId),
        {{QStringLiteral("decision"), decision}, {QStringLiteral("reason"), reason}}));
}

Call<AccessReviewReport> AccessReviewsApi::report(qint64 reviewId) const
{
    return Call<AccessReviewReport>(
        m_client->get(QStringLiteral("/access-reviews/%1/report").arg(reviewId),
                      QUrlQuery {{QStringLiteral("format"), QStringLiteral("json")}}));
}

} // namespace cc::client
