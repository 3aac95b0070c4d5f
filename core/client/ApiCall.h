#pragma once

// Typed calls: what the console's pages get from the client layer instead of JSON. A Call<T>
// wraps the ApiJob that carries the request (timeouts, retries, pinning, errors stay there) and
// reads its answer as T with T::fromJson, so a field's name is written once, in the client.
//
//   client::IncidentsApi(api).get(id).then(this, [this](const client::Reply<Incident> &r) {
//       if (r.ok()) show(r.value); else report(r.error.message);
//   });

#include "ApiJob.h"

#include <utility>

#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QUrlQuery>

namespace cc::client {

// The answer of a call: the value read from the server's JSON, or what went wrong.
template<typename T> struct Reply
{
    T value;
    ApiError error;

    bool ok() const { return !error.isError(); }
};

// For calls whose answer the console does not need beyond "it worked".
struct Done
{
    static Done fromJson(const QJsonObject &) { return {}; }
};

// One page of a keyset-paged list (docs/api.md, "Conventions").
struct PageRequest
{
    QString after; // empty: from the start
    int limit = 100;
};

// The query parameters of a page request: limit, and after when it continues a list.
inline QUrlQuery pageQuery(const PageRequest &page)
{
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("limit"), QString::number(page.limit));
    if (!page.after.isEmpty())
        query.addQueryItem(QStringLiteral("after"), page.after);
    return query;
}

template<typename T> struct Page
{
    QList<T> items;
    QString nextAfter; // empty: there is no more

    bool hasMore() const { return !nextAfter.isEmpty(); }
    static Page fromJson(const QJsonObject &json)
    {
        Page page;
        const QJsonArray items = json.value(QLatin1StringView("items")).toArray();
        page.items.reserve(items.size());
        for (const QJsonValue &item : items)
            page.items.append(T::fromJson(item.toObject()));
        page.nextAfter = cursorText(json.value(QLatin1StringView("next_after")));
        return page;
    }

private:
    // Ids are numbers, some cursors text; both go back as a query parameter.
    static QString cursorText(const QJsonValue &value)
    {
        if (value.isString())
            return value.toString();
        if (value.isDouble())
            return QString::number(value.toInteger());
        return {};
    }
};

template<typename T> Reply<T> readReply(const ApiJob *job)
{
    Reply<T> reply;
    if (job->ok())
        reply.value = T::fromJson(job->json());
    else
        reply.error = job->error();
    return reply;
}

template<typename T> class Call
{
public:
    Call() = default;
    explicit Call(ApiJob *job)
        : m_job(job)
    { }

    // The job itself: to abort it, or to hand it to a dialog that waits for it.
    ApiJob *job() const { return m_job; }

    // Calls onDone(const Reply<T> &) once the answer is in, unless context is gone by then.
    template<typename OnDone> const Call &then(const QObject *context, OnDone &&onDone) const
    {
        QObject::connect(
            m_job, &ApiJob::finished, context,
            [done = std::forward<OnDone>(onDone)](ApiJob *job) { done(readReply<T>(job)); });
        return *this;
    }

private:
    ApiJob *m_job = nullptr;
};

} // namespace cc::client
