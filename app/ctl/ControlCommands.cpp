#include "ControlCommands.h"

#include "CtlSupport.h"
#include "crypto/Crypto.h"
#include "service/Accounts.h"
#include "service/Controls.h"
#include "service/Monitoring.h"
#include "store/Store.h"

#include <cstdio>

#include <QFile>
#include <QFileInfo>

namespace cc::ctl {

namespace {

// Every control as this store shows it; what only the server observes says so. Audited as
// the local operator.
int status(const QCommandLineParser &parser)
{
    Result<std::unique_ptr<Store>> store = openStore(parser);
    if (!store)
        return fail(store.error().message);
    Result<QList<ControlState>> states
        = Controls(**store).evaluate(Caller::localOperator(), ControlRuntime {});
    if (!states)
        return fail(states.error().message);
    for (const ControlState &s : std::as_const(*states))
        std::printf("%-11s %-6s %s\n", qPrintable(s.definition->id), qPrintable(s.status),
                    qPrintable(s.summary));
    return 0;
}

// An owner's attestation of a manual control, with its document (up to 10 MiB, more than an
// API body may hold): --by names the active person attesting, who must hold the owner role.
int attest(const QCommandLineParser &parser)
{
    for (const char *required : {"control", "by", "note", "document"}) {
        if (!parser.isSet(QString::fromLatin1(required)))
            return fail(
                QStringLiteral("controls attest needs --%1").arg(QString::fromLatin1(required)), 2);
    }
    const QString path = parser.value(QStringLiteral("document"));
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return fail(QStringLiteral("cannot read %1: %2").arg(path, file.errorString()), 2);
    if (file.size() > Controls::kMaxDocumentBytes)
        return fail(QStringLiteral("%1 holds %2 bytes: an attached document may hold at most %3 "
                                   "MiB")
                        .arg(path)
                        .arg(file.size())
                        .arg(Controls::kMaxDocumentBytes / (1024 * 1024)),
                    2);
    const QByteArray document = file.read(Controls::kMaxDocumentBytes + 1);
    Result<std::unique_ptr<Store>> store = openStore(parser);
    if (!store)
        return fail(store.error().message);
    const QString name = parser.value(QStringLiteral("by"));
    Result<User> person = Accounts(**store).userByUsername(name);
    if (!person && person.error().code != ErrorCode::NotFound)
        return fail(person.error().message);
    if (!person || person->status != QLatin1String("active"))
        return fail(
            QStringLiteral("--by %1: no active person of that name in this store").arg(name), 2);
    Result<ControlAttestation> made = Controls(**store).attest(
        Caller::forUser(*person),
        {parser.value(QStringLiteral("control")), parser.value(QStringLiteral("note")),
         QFileInfo(path).fileName(), document});
    if (!made)
        return fail(made.error().message, made.error().code == ErrorCode::Internal ? 1 : 2);
    std::printf(
        "attestation %lld of %s by %s: %s (%lld bytes, SHA-256 %s), valid until %s\n", made->id,
        qPrintable(made->controlId), qPrintable(made->attestedBy), qPrintable(made->documentName),
        made->documentBytes, qPrintable(made->documentSha256),
        qPrintable(QDateTime::fromMSecsSinceEpoch(made->expiresAt, Qt::UTC).toString(Qt::ISODate)));
    return 0;
}

} // namespace

void addControlOptions(QCommandLineParser &parser)
{
    parser.addOptions({
        {QStringLiteral("control"), QStringLiteral("A control's id, e.g. MOAJ-NP-01."),
         QStringLiteral("ID")},
        {QStringLiteral("note"),
         QStringLiteral("What the attesting owner checked; the note of an assessment, a "
                        "rotation, an end or a retirement."),
         QStringLiteral("TEXT")},
        {QStringLiteral("document"),
         QStringLiteral("The document attached to an attestation or a subcontractor's risk "
                        "assessment (at most 10 MiB)."),
         QStringLiteral("FILE")},
    });
}

int controlCommand(const QCommandLineParser &parser)
{
    const QStringList words = parser.positionalArguments();
    if (words.size() != 2 || words.first() != QLatin1String("controls"))
        return -1;
    if (!parser.isSet(QStringLiteral("data")))
        return fail(QStringLiteral("controls %1 needs --data DIR").arg(words.at(1)), 2);
    if (words.at(1) == QLatin1String("status"))
        return status(parser);
    if (words.at(1) == QLatin1String("attest"))
        return attest(parser);
    return fail(QStringLiteral("unknown command \"controls %1\": use controls status or controls "
                               "attest")
                    .arg(words.at(1)),
                2);
}

} // namespace cc::ctl
