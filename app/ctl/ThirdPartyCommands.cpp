#include "ThirdPartyCommands.h"

#include "CtlSupport.h"
#include "service/EvidenceDocument.h"
#include "service/ThirdParties.h"
#include "store/Store.h"

#include <QDateTime>
#include <QFile>
#include <QFileInfo>
#include <QTimeZone>

namespace cc::ctl {

namespace {

QString day(qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms, QTimeZone::utc()).date().toString(Qt::ISODate);
}

int failWith(const Error &error)
{
    return fail(error.message, error.code == ErrorCode::Internal ? 1 : 2);
}

// The options a command requires, or an exit code 2 naming the first one missing.
std::optional<int> missing(const QCommandLineParser &parser, const char *command,
                           std::initializer_list<const char *> required)
{
    for (const char *option : required) {
        if (!parser.isSet(QString::fromLatin1(option)))
            return fail(
                QStringLiteral("%1 needs --%2").arg(QLatin1String(command), QLatin1String(option)),
                2);
    }
    return std::nullopt;
}

// --on YYYY-MM-DD as midnight UTC of that day; unset: now.
Result<OptionalTime> onDay(const QCommandLineParser &parser)
{
    if (!parser.isSet(QStringLiteral("on")))
        return OptionalTime();
    const QDate date = QDate::fromString(parser.value(QStringLiteral("on")), Qt::ISODate);
    if (!date.isValid())
        return makeError(ErrorCode::InvalidInput,
                         QStringLiteral("--on must be a UTC day as YYYY-MM-DD, not \"%1\"")
                             .arg(parser.value(QStringLiteral("on")).left(40)));
    return OptionalTime(QDateTime(date, QTime(0, 0), QTimeZone::utc()).toMSecsSinceEpoch());
}

Result<qint64> idOption(const QCommandLineParser &parser)
{
    bool ok = false;
    const qint64 id = parser.value(QStringLiteral("id")).toLongLong(&ok);
    if (!ok || id < 1)
        return makeError(ErrorCode::InvalidInput, QStringLiteral("--id must be a positive number"));
    return id;
}

QStringList categoriesOption(const QCommandLineParser &parser)
{
    return parser.value(QStringLiteral("categories")).split(QLatin1Char(','), Qt::SkipEmptyParts);
}

void printSubcontractor(const Subcontractor &s)
{
    const QString last = s.lastAssessment
        ? QStringLiteral("assessed %1 %2")
              .arg(day(s.lastAssessment->assessedAt), s.lastAssessment->outcome)
        : QStringLiteral("never assessed");
    print(QStringLiteral("%1 %2 %3 [%4] %5, due %6")
              .arg(s.id)
              .arg(s.status, -6)
              .arg(s.name, s.dataCategories.join(QLatin1Char(',')), last, day(s.assessmentDueAt)));
}

void printCredential(const ApiCredential &c)
{
    print(QStringLiteral("%1 %2 %3 owner %4 in \"%5\" rotated %6, due %7")
              .arg(c.id)
              .arg(c.status, -7)
              .arg(c.name, c.owner, c.location, day(c.lastRotatedAt), day(c.rotationDueAt)));
}

int subcontractor(const QCommandLineParser &parser, const QString &verb)
{
    const Caller caller = Caller::localOperator();
    if (verb == QLatin1String("add")) {
        if (std::optional<int> code = missing(parser, "subcontractor add", {"name", "contact"}))
            return *code;
    } else if (verb == QLatin1String("assess")) {
        if (std::optional<int> code
            = missing(parser, "subcontractor assess", {"id", "outcome", "assessor", "document"}))
            return *code;
    } else if (verb == QLatin1String("end")) {
        if (std::optional<int> code = missing(parser, "subcontractor end", {"id", "note"}))
            return *code;
    }
    QByteArray document;
    if (verb == QLatin1String("assess")) {
        QFile file(parser.value(QStringLiteral("document")));
        if (!file.open(QIODevice::ReadOnly))
            return fail(
                QStringLiteral("cannot read %1: %2").arg(file.fileName(), file.errorString()), 2);
        if (file.size() > kMaxEvidenceDocumentBytes)
            return fail(QStringLiteral("%1 is larger than %2 MiB")
                            .arg(file.fileName())
                            .arg(kMaxEvidenceDocumentBytes >> 20),
                        2);
        document = file.readAll();
    }
    Result<std::unique_ptr<Store>> store = openStore(parser);
    if (!store)
        return fail(store.error().message);
    Subcontractors register_(**store);
    if (verb == QLatin1String("list")) {
        qint64 after = 0;
        for (;;) {
            Result<Page<Subcontractor>> page = register_.list(caller, {}, after, 500);
            if (!page)
                return failWith(page.error());
            for (const Subcontractor &s : std::as_const(page->items))
                printSubcontractor(s);
            if (!page->nextAfter)
                return 0;
            after = *page->nextAfter;
        }
    }
    Result<Subcontractor> done = makeError(ErrorCode::InvalidInput, QString());
    if (verb == QLatin1String("add")) {
        done
            = register_.create(caller,
                               {parser.value(QStringLiteral("name")),
                                parser.value(QStringLiteral("contact")), categoriesOption(parser)});
    } else {
        Result<qint64> id = idOption(parser);
        if (!id)
            return failWith(id.error());
        if (verb == QLatin1String("end")) {
            done = register_.end(caller, *id, parser.value(QStringLiteral("note")));
        } else {
            Result<OptionalTime> on = onDay(parser);
            if (!on)
                return failWith(on.error());
            done = register_.assess(
                caller, *id,
                {*on, parser.value(QStringLiteral("outcome")),
                 parser.value(QStringLiteral("assessor")), parser.value(QStringLiteral("note")),
                 QFileInfo(parser.value(QStringLiteral("document"))).fileName(), document});
        }
    }
    if (!done)
        return failWith(done.error());
    printSubcontractor(*done);
    if (verb == QLatin1String("assess"))
        print(QStringLiteral("document SHA-256 %1").arg(done->lastAssessment->documentSha256));
    return 0;
}

int credential(const QCommandLineParser &parser, const QString &verb)
{
    const Caller caller = Caller::localOperator();
    if (verb == QLatin1String("add")) {
        if (std::optional<int> code
            = missing(parser, "credential add", {"name", "owner", "location", "purpose"}))
            return *code;
    } else if (verb == QLatin1String("rotate")) {
        if (std::optional<int> code = missing(parser, "credential rotate", {"id"}))
            return *code;
    } else if (verb == QLatin1String("retire")) {
        if (std::optional<int> code = missing(parser, "credential retire", {"id", "note"}))
            return *code;
    }
    std::optional<int> days;
    if (parser.isSet(QStringLiteral("rotation-days"))) {
        bool ok = false;
        days = parser.value(QStringLiteral("rotation-days")).toInt(&ok);
        if (!ok)
            return fail(QStringLiteral("--rotation-days must be a whole number of days"), 2);
    }
    Result<OptionalTime> on = onDay(parser);
    if (!on)
        return failWith(on.error());
    Result<std::unique_ptr<Store>> store = openStore(parser);
    if (!store)
        return fail(store.error().message);
    ApiCredentials register_(**store);
    if (verb == QLatin1String("list")) {
        qint64 after = 0;
        for (;;) {
            Result<Page<ApiCredential>> page = register_.list(caller, {}, after, 500);
            if (!page)
                return failWith(page.error());
            for (const ApiCredential &c : std::as_const(page->items))
                printCredential(c);
            if (!page->nextAfter)
                return 0;
            after = *page->nextAfter;
        }
    }
    Result<ApiCredential> done = makeError(ErrorCode::InvalidInput, QString());
    if (verb == QLatin1String("add")) {
        done = register_.create(caller,
                                {parser.value(QStringLiteral("name")),
                                 parser.value(QStringLiteral("owner")),
                                 parser.value(QStringLiteral("location")),
                                 parser.value(QStringLiteral("purpose")), days, *on});
    } else {
        Result<qint64> id = idOption(parser);
        if (!id)
            return failWith(id.error());
        done = verb == QLatin1String("retire")
            ? register_.retire(caller, *id, parser.value(QStringLiteral("note")))
            : register_.rotate(caller, *id, {*on, parser.value(QStringLiteral("note"))});
    }
    if (!done)
        return failWith(done.error());
    printCredential(*done);
    return 0;
}

} // namespace

void addThirdPartyOptions(QCommandLineParser &parser)
{
    parser.addOptions({
        {QStringLiteral("name"),
         QStringLiteral("subcontractor add, credential add: the register entry's name."),
         QStringLiteral("NAME")},
        {QStringLiteral("contact"), QStringLiteral("subcontractor add: whom to contact there."),
         QStringLiteral("TEXT")},
        {QStringLiteral("categories"),
         QStringLiteral("subcontractor add: the Amazon data it receives, comma-separated."),
         QStringLiteral("LIST")},
        {QStringLiteral("id"), QStringLiteral("The subcontractor or credential to act on."),
         QStringLiteral("ID")},
        {QStringLiteral("outcome"),
         QStringLiteral("subcontractor assess: approved, approved_with_conditions or rejected."),
         QStringLiteral("OUTCOME")},
        {QStringLiteral("assessor"), QStringLiteral("subcontractor assess: who assessed."),
         QStringLiteral("NAME")},
        {QStringLiteral("on"),
         QStringLiteral("subcontractor assess, credential add|rotate: the UTC day it happened "
                        "(default: now)."),
         QStringLiteral("YYYY-MM-DD")},
        {QStringLiteral("owner"), QStringLiteral("credential add: the owning user."),
         QStringLiteral("USER")},
        {QStringLiteral("purpose"), QStringLiteral("credential add: what it is used for."),
         QStringLiteral("TEXT")},
        {QStringLiteral("rotation-days"),
         QStringLiteral("credential add: days between rotations (default: the policy's)."),
         QStringLiteral("N")},
    });
}

int thirdPartyCommand(const QCommandLineParser &parser)
{
    const QStringList words = parser.positionalArguments();
    if (words.isEmpty()
        || (words.first() != QLatin1String("subcontractor")
            && words.first() != QLatin1String("credential")))
        return -1;
    const bool isSubcontractor = words.first() == QLatin1String("subcontractor");
    const QStringList verbs = isSubcontractor
        ? QStringList {QStringLiteral("add"), QStringLiteral("list"), QStringLiteral("assess"),
                       QStringLiteral("end")}
        : QStringList {QStringLiteral("add"), QStringLiteral("list"), QStringLiteral("rotate"),
                       QStringLiteral("retire")};
    if (words.size() != 2 || !verbs.contains(words.at(1)))
        return fail(QStringLiteral("use %1 %2 --data DIR (see compliancectl --help)")
                        .arg(words.first(), verbs.join(QLatin1Char('|'))),
                    2);
    if (!parser.isSet(QStringLiteral("data")))
        return fail(QStringLiteral("%1 %2 needs --data DIR").arg(words.first(), words.at(1)), 2);
    return isSubcontractor ? subcontractor(parser, words.at(1)) : credential(parser, words.at(1));
}

} // namespace cc::ctl
