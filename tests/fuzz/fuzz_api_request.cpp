// Fuzz target: the typed accessors every route handler reads its input through. The first line
// of the input is the query string, the rest the JSON body, as the server would hand them over.

#include "ApiRequest.h"

#include <QJsonDocument>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    const qsizetype newline = bytes.indexOf('\n');
    cc::server::ApiRequest request;
    request.query.setQuery(QString::fromUtf8(newline < 0 ? bytes : bytes.left(newline)));
    if (newline >= 0)
        request.body = QJsonDocument::fromJson(bytes.mid(newline + 1)).object();
    (void)request.paging();
    for (const char *field : {"reason", "client", "category", "name", "roles", "duration_hours"}) {
        const QString name = QString::fromLatin1(field);
        (void)request.string(name);
        (void)request.optionalString(name);
        (void)request.integer(name);
        (void)request.stringList(name);
        (void)request.changedString(name);
    }
    return 0;
}
