#include "ApiError.h"

namespace cc::client {

QString kindName(ApiError::Kind kind)
{
    switch (kind) {
    case ApiError::Kind::None:
        return QStringLiteral("none");
    case ApiError::Kind::Network:
        return QStringLiteral("network");
    case ApiError::Kind::Timeout:
        return QStringLiteral("timeout");
    case ApiError::Kind::Http:
        return QStringLiteral("http");
    case ApiError::Kind::UntrustedCertificate:
        return QStringLiteral("untrusted_certificate");
    case ApiError::Kind::Tls:
        return QStringLiteral("tls");
    case ApiError::Kind::BadResponse:
        return QStringLiteral("bad_response");
    case ApiError::Kind::Cancelled:
        return QStringLiteral("cancelled");
    }
    return QStringLiteral("unknown");
}

} // namespace cc::client
