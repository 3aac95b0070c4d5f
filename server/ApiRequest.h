#pragma once

// One API call as a handler sees it: the signed-in caller, the path's captured ids, the
// query and the JSON body, with typed accessors whose errors name the offending field.

#include "Result.h"
#include "domain/Types.h"

#include <functional>
#include <memory>
#include <optional>

#include <QJsonObject>
#include <QStringList>
#include <QUrlQuery>

namespace cc::server {

struct Offload;

struct ApiResponse
{
    int status = 200;
    // The bytes sent: JSON written from a json::Object (ok() in Routes.h), or a file of
    // another type sent as it is (an evidence export) ...
    QByteArray body {};
    QByteArray contentType = "application/json"; // of body or stream
    // Set for a file to be saved (Content-Disposition: attachment); made by the server, never
    // from the request, so it needs no escaping.
    QByteArray attachmentName {};
    // ... or an answer written over time as HTTP chunks (verification progress): each call
    // returns the next piece, nullopt at the end. The server calls it again once the client
    // has taken the previous piece, so other requests are served in between.
    std::function<std::optional<QByteArray>()> stream {};
    // ... or not an answer yet: work that must not run on the event loop (Argon2id, the
    // password dictionary), after which the answer follows (Routes.h: respondStaged()).
    std::shared_ptr<const Offload> offload {};
};

// A request's CPU-heavy part: `work` runs on the server's hashing pool and touches nothing of
// the store; `finish` then runs on the server's thread and gives the answer (which may hold
// another Offload).
struct Offload
{
    std::function<void()> work;
    std::function<Result<ApiResponse>()> finish;
};

class ApiRequest
{
public:
    Caller caller;
    QStringList captures; // ids matched in the path, in order
    QUrlQuery query;
    QJsonObject body;
    QString remoteAddress;

    qint64 id(int index = 0) const { return captures.value(index).toLongLong(); }

    Result<QString> string(const QString &field) const; // required, non-empty
    Result<QString> optionalString(const QString &field) const; // absent or null -> ""
    Result<int> integer(const QString &field) const;
    Result<QStringList> stringList(const QString &field) const;
    // An optional UTC ISO 8601 time ("2026-11-29T15:36:23Z"); a time without its offset is
    // refused rather than guessed.
    Result<OptionalTime> optionalTime(const QString &field) const;
    // Absent or null -> nullopt, else true or false.
    Result<std::optional<bool>> optionalFlag(const QString &field) const;
    // For PATCH: nullopt when the field is absent (unchanged), else the new text.
    Result<std::optional<QString>> changedString(const QString &field) const;

    struct Paging
    {
        qint64 after = 0;
        int limit = 100;
    };
    // ?after= and ?limit= with their bounds checked.
    Result<Paging> paging() const;
};

} // namespace cc::server
