#pragma once

// The one error convention of the core library: a value or an Error that a person can act on.
// No exception crosses a module boundary; callers check ok() and read error().message.

#include <optional>
#include <utility>
#include <variant>

#include <QString>

namespace cc {

enum class ErrorCode {
    InvalidInput, // the caller sent something malformed or against a rule
    Unauthorized, // not signed in, bad credentials, expired session
    Forbidden, // signed in but lacks the permission
    NotFound,
    Conflict, // unique key taken, wrong state for the operation
    Locked, // account locked after failed attempts
    TooLarge,
    UnsupportedMediaType, // a request body that is not application/json
    RateLimited,
    Unavailable, // store or dependency not usable right now
    Internal, // a bug or an environment failure; details go to the log
};

struct Error
{
    ErrorCode code = ErrorCode::Internal;
    QString message;
    // The request body field the error is about ("reason", "scope.order_ids"), empty when it
    // is about none; API error bodies carry it so a form can put the cursor there.
    QString field = {};
};

// Stable machine-readable name, used in API error bodies.
inline QString errorCodeName(ErrorCode code)
{
    switch (code) {
    case ErrorCode::InvalidInput:
        return QStringLiteral("invalid_input");
    case ErrorCode::Unauthorized:
        return QStringLiteral("unauthorized");
    case ErrorCode::Forbidden:
        return QStringLiteral("forbidden");
    case ErrorCode::NotFound:
        return QStringLiteral("not_found");
    case ErrorCode::Conflict:
        return QStringLiteral("conflict");
    case ErrorCode::Locked:
        return QStringLiteral("locked");
    case ErrorCode::TooLarge:
        return QStringLiteral("too_large");
    case ErrorCode::UnsupportedMediaType:
        return QStringLiteral("unsupported_media_type");
    case ErrorCode::RateLimited:
        return QStringLiteral("rate_limited");
    case ErrorCode::Unavailable:
        return QStringLiteral("unavailable");
    case ErrorCode::Internal:
        return QStringLiteral("internal");
    }
    return QStringLiteral("internal");
}

template<typename T> class [[nodiscard]] Result
{
public:
    Result(T value)
        : m_value(std::move(value))
    { }
    Result(Error error)
        : m_value(std::move(error))
    { }

    bool ok() const { return std::holds_alternative<T>(m_value); }
    explicit operator bool() const { return ok(); }

    const T &value() const & { return std::get<T>(m_value); }
    T &value() & { return std::get<T>(m_value); }
    T &&value() && { return std::get<T>(std::move(m_value)); }
    const T *operator->() const { return &value(); }
    T *operator->() { return &value(); }
    const T &operator*() const & { return value(); }
    T &operator*() & { return value(); }

    const Error &error() const { return std::get<Error>(m_value); }

private:
    std::variant<T, Error> m_value;
};

template<> class [[nodiscard]] Result<void>
{
public:
    Result() = default;
    Result(Error error)
        : m_error(std::move(error))
    { }

    bool ok() const { return !m_error.has_value(); }
    explicit operator bool() const { return ok(); }
    const Error &error() const { return *m_error; }

private:
    std::optional<Error> m_error;
};

inline Error makeError(ErrorCode code, QString message)
{
    return Error {code, std::move(message)};
}

// An error about one field of the request body.
inline Error makeFieldError(ErrorCode code, QString field, QString message)
{
    return Error {code, std::move(message), std::move(field)};
}

// The same error, said to be about `field` unless it names one already.
inline Error aboutField(Error error, const QString &field)
{
    if (error.field.isEmpty())
        error.field = field;
    return error;
}

} // namespace cc
