#pragma once

// What went wrong with one API call, in a form the ui can show as it is (message) and act on
// (kind, code, certificate).

#include <QList>
#include <QSslCertificate>
#include <QSslError>
#include <QString>

namespace cc::client {

struct ApiError
{
    enum class Kind {
        None,
        Network, // connection refused, host not found, reset, …
        Timeout, // no activity for the job's timeout
        Http, // the server answered 4xx/5xx; code and message are the server's
        UntrustedCertificate, // TLS handshake failed and the certificate is not pinned
        Tls, // other TLS failure (protocol, handshake)
        BadResponse, // not JSON, or a redirect we refuse to follow
        Cancelled,
    };

    Kind kind = Kind::None;
    int httpStatus = 0;
    QString code; // the server's error.code, e.g. "invalid_input"
    QString message; // a sentence for a person
    QString field; // the server's error.field: the body field it is about ("reason"), or empty
    QSslCertificate certificate; // the peer's certificate for UntrustedCertificate
    QList<QSslError> sslErrors;

    bool isError() const { return kind != Kind::None; }
    static ApiError make(Kind kind, QString message)
    {
        ApiError error;
        error.kind = kind;
        error.message = std::move(message);
        return error;
    }
};

QString kindName(ApiError::Kind kind);

} // namespace cc::client
