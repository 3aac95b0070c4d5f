#include "EvidenceCommands.h"

#include "CtlSupport.h"
#include "crypto/Crypto.h"
#include "evidence/BoardReport.h"
#include "evidence/EvidencePack.h"
#include "service/Controls.h"
#include "service/Monitoring.h"
#include "store/Store.h"

#include <cstdio>

#include <QFile>
#include <QJsonObject>
#include <QSaveFile>

namespace cc::ctl {

namespace {

// A pack of the period from the store, audited (evidence.export) as the local operator. What
// only the server observes (its TLS, how it listens) is reported by those controls as such.
int build(const QCommandLineParser &parser)
{
    for (const char *required : {"data", "from", "to", "out"}) {
        if (!parser.isSet(QString::fromLatin1(required)))
            return fail(QStringLiteral("evidence needs --%1: compliancectl evidence --data DIR "
                                       "--from YYYY-MM-DD --to YYYY-MM-DD --out FILE.zip")
                            .arg(QString::fromLatin1(required)),
                        2);
    }
    Result<evidence::Period> period = evidence::parsePeriod(parser.value(QStringLiteral("from")),
                                                            parser.value(QStringLiteral("to")));
    if (!period)
        return fail(period.error().message, 2);
    Result<std::unique_ptr<Store>> store = openStore(parser);
    if (!store)
        return fail(store.error().message);
    Result<evidence::Pack> pack
        = evidence::build(**store, Caller::localOperator(), *period, ControlRuntime {});
    if (!pack)
        return fail(pack.error().message, pack.error().code == ErrorCode::Internal ? 1 : 2);
    // Written beside its destination and renamed into place: a failed run leaves no half pack.
    // Audited once written, before it is renamed into place: no pack leaves unrecorded.
    const QString path = parser.value(QStringLiteral("out"));
    QSaveFile out(path);
    if (!out.open(QIODevice::WriteOnly) || out.write(pack->zip) != pack->zip.size())
        return fail(QStringLiteral("cannot write %1: %2").arg(path, out.errorString()));
    if (Result<void> recorded
        = evidence::recordExport(**store, Caller::localOperator(), *period, *pack);
        !recorded)
        return fail(recorded.error().message);
    if (!out.commit())
        return fail(QStringLiteral("cannot write %1: %2").arg(path, out.errorString()));
    std::printf("evidence pack %s: %d files, report of %d pages, %lld bytes, SHA-256 %s\n"
                "signed by key %s\n",
                qPrintable(path), pack->files, pack->reportPages, qlonglong(pack->zip.size()),
                qPrintable(pack->sha256), qPrintable(pack->keyId));
    return 0;
}

// Needs only the file; --key-id pins the signer to the key the store shows.
int verify(const QCommandLineParser &parser, const QStringList &files)
{
    if (files.size() != 1)
        return fail(QStringLiteral("usage: compliancectl evidence verify FILE.zip [--key-id ID]"),
                    2);
    QFile file(files.first());
    if (!file.open(QIODevice::ReadOnly))
        return fail(QStringLiteral("cannot read %1: %2").arg(files.first(), file.errorString()), 2);
    if (Result<void> selfTest = crypto::init(); !selfTest)
        return fail(QStringLiteral("crypto self-test failed: ") + selfTest.error().message);
    const evidence::Check check
        = evidence::verify(file.readAll(), parser.value(QStringLiteral("key-id")));
    if (!check.valid) {
        std::printf("evidence pack INVALID: %s\n", qPrintable(check.problem));
        if (!check.keyId.isEmpty())
            std::printf("key id: %s\n", qPrintable(check.keyId));
        return 3;
    }
    const QJsonObject period = check.manifest.value(QStringLiteral("period")).toObject();
    std::printf("evidence pack valid: %d files, %s to %s, generated %s\nkey id: %s%s\n",
                check.files, qPrintable(period.value(QStringLiteral("from")).toString()),
                qPrintable(period.value(QStringLiteral("to")).toString()),
                qPrintable(check.manifest.value(QStringLiteral("generated_at")).toString()),
                qPrintable(check.keyId),
                parser.isSet(QStringLiteral("key-id"))
                    ? " (the expected key)"
                    : " (not pinned: pass --key-id with the store's key id to check who signed)");
    return 0;
}

} // namespace

void addEvidenceOptions(QCommandLineParser &parser)
{
    parser.addOption({QStringLiteral("key-id"),
                      QStringLiteral("The key id an evidence pack must be signed with (GET "
                                     "/api/v1/audit/signing-key)."),
                      QStringLiteral("ID")});
}

bool drawsReport(const QStringList &positionalArguments)
{
    return positionalArguments == QStringList {QStringLiteral("evidence")}
    || positionalArguments == QStringList {QStringLiteral("report"), QStringLiteral("board")};
}

// The board report of the last 12 months, company-wide, audited (dashboard.report) as the
// local operator once written and before it is renamed into place.
int reportCommand(const QCommandLineParser &parser)
{
    const QStringList words = parser.positionalArguments();
    if (words.isEmpty() || words.first() != QLatin1String("report"))
        return -1;
    if (words != QStringList {QStringLiteral("report"), QStringLiteral("board")})
        return fail(QStringLiteral("unknown command \"%1\": use report board")
                        .arg(words.join(QLatin1Char(' '))),
                    2);
    for (const char *required : {"data", "out"}) {
        if (!parser.isSet(QString::fromLatin1(required)))
            return fail(QStringLiteral("report board needs --%1: compliancectl report board "
                                       "--data DIR --out FILE.pdf")
                            .arg(QString::fromLatin1(required)),
                        2);
    }
    Result<std::unique_ptr<Store>> store = openStore(parser);
    if (!store)
        return fail(store.error().message);
    const Caller caller = Caller::localOperator();
    const int months = dashboard::kDefaultMonths;
    Result<evidence::DrawnBoardReport> report = evidence::boardReport(**store, caller, months);
    if (!report)
        return fail(report.error().message);
    const QString path = parser.value(QStringLiteral("out"));
    QSaveFile out(path);
    if (!out.open(QIODevice::WriteOnly) || out.write(report->pdf) != report->pdf.size())
        return fail(QStringLiteral("cannot write %1: %2").arg(path, out.errorString()));
    if (Result<void> recorded = evidence::recordBoardReport(**store, caller, months, *report);
        !recorded)
        return fail(recorded.error().message);
    if (!out.commit())
        return fail(QStringLiteral("cannot write %1: %2").arg(path, out.errorString()));
    std::printf("board report %s: %d months, %lld bytes, SHA-256 %s\n", qPrintable(path), months,
                qlonglong(report->pdf.size()),
                qPrintable(QString::fromLatin1(crypto::sha256(report->pdf).toHex())));
    return 0;
}

int evidenceCommand(const QCommandLineParser &parser)
{
    const QStringList words = parser.positionalArguments();
    if (words.isEmpty() || words.first() != QLatin1String("evidence"))
        return -1;
    if (words.size() == 1)
        return build(parser);
    if (words.at(1) == QLatin1String("verify"))
        return verify(parser, words.mid(2));
    return fail(QStringLiteral("unknown command \"%1\": use evidence or evidence verify")
                    .arg(words.join(QLatin1Char(' '))),
                2);
}

} // namespace cc::ctl
