#include "ApiRequest.h"

#include "service/ServiceSupport.h"

#include <cmath>

#include <QDateTime>
#include <QJsonArray>

namespace cc::server {

namespace {

Error fieldError(const QString &field, const QString &expected)
{
    return makeFieldError(ErrorCode::InvalidInput, field,
                          QStringLiteral("field \"%1\" %2").arg(field, expected));
}

constexpr int kMaxStringLength = 4096;

} // namespace

Result<QString> ApiRequest::string(const QString &field) const
{
    Result<QString> value = optionalString(field);
    if (value && value->trimmed().isEmpty())
        return fieldError(field, QStringLiteral("is required"));
    return value;
}

Result<OptionalTime> ApiRequest::optionalTime(const QString &field) const
{
    const QJsonValue value = body.value(field);
    if (value.isUndefined() || value.isNull())
        return OptionalTime();
    const QDateTime at = value.isString()
        ? QDateTime::fromString(value.toString(), Qt::ISODateWithMs)
        : QDateTime();
    if (!at.isValid() || at.timeSpec() == Qt::LocalTime)
        return fieldError(field, QStringLiteral("must be a UTC time like 2026-11-29T15:36:23Z"));
    return OptionalTime(at.toMSecsSinceEpoch());
}

Result<QString> ApiRequest::optionalString(const QString &field) const
{
    const QJsonValue value = body.value(field);
    if (value.isUndefined() || value.isNull())
        return QString();
    if (!value.isString())
        return fieldError(field, QStringLiteral("must be a string"));
    if (value.toString().size() > kMaxStringLength)
        return fieldError(field,
                          QStringLiteral("is longer than %1 characters").arg(kMaxStringLength));
    return value.toString();
}

Result<std::optional<bool>> ApiRequest::optionalFlag(const QString &field) const
{
    const QJsonValue value = body.value(field);
    if (value.isUndefined() || value.isNull())
        return std::optional<bool>();
    if (!value.isBool())
        return fieldError(field, QStringLiteral("must be true or false"));
    return std::optional<bool>(value.toBool());
}

Result<std::optional<QString>> ApiRequest::changedString(const QString &field) const
{
    if (!body.contains(field))
        return std::optional<QString>();
    Result<QString> value = optionalString(field);
    if (!value)
        return value.error();
    return std::optional<QString>(*value);
}

Result<int> ApiRequest::integer(const QString &field) const
{
    const QJsonValue value = body.value(field);
    if (value.isUndefined() || value.isNull())
        return fieldError(field, QStringLiteral("is required"));
    const double number = value.toDouble();
    // Range before the integer test: converting an out-of-range double is undefined behaviour.
    if (!value.isDouble() || number < -1e9 || number > 1e9 || number != std::trunc(number))
        return fieldError(field, QStringLiteral("must be a whole number"));
    return int(number);
}

Result<QStringList> ApiRequest::stringList(const QString &field) const
{
    const QJsonValue value = body.value(field);
    if (!value.isArray())
        return fieldError(field, QStringLiteral("must be a list of strings"));
    QStringList list;
    for (const QJsonValue &item : value.toArray()) {
        if (!item.isString())
            return fieldError(field, QStringLiteral("must be a list of strings"));
        list << item.toString();
    }
    return list;
}

Result<ApiRequest::Paging> ApiRequest::paging() const
{
    Paging paging;
    bool ok = true;
    if (query.hasQueryItem(QStringLiteral("after")))
        paging.after = query.queryItemValue(QStringLiteral("after")).toLongLong(&ok);
    if (!ok || paging.after < 0)
        return makeError(ErrorCode::InvalidInput,
                         QStringLiteral("\"after\" must be a non-negative whole number"));
    if (query.hasQueryItem(QStringLiteral("limit")))
        paging.limit = query.queryItemValue(QStringLiteral("limit")).toInt(&ok);
    if (!ok || paging.limit < 1 || paging.limit > service::kMaxPageSize)
        return makeError(ErrorCode::InvalidInput,
                         QStringLiteral("\"limit\" must be a whole number from 1 to %1")
                             .arg(service::kMaxPageSize));
    return paging;
}

} // namespace cc::server
