#include "PgPipeline.h"

#include <charconv>
#include <libpq-fe.h>

#include <QByteArrayList>

namespace cc {

namespace {

// PostgreSQL's type oids (pg_type.dat), for the types the store's columns use.
constexpr Oid kBoolOid = 16, kByteaOid = 17, kInt8Oid = 20, kInt2Oid = 21, kInt4Oid = 23,
              kOidOid = 26, kFloat4Oid = 700, kFloat8Oid = 701, kNumericOid = 1700;

// The store writes `?` placeholders (SQLite's); PostgreSQL numbers them: $1, $2, ...
QByteArray numberPlaceholders(const QString &sql)
{
    QByteArray numbered;
    numbered.reserve(sql.size() + 16);
    const QByteArray utf8 = sql.toUtf8();
    int next = 1;
    char quote = 0;
    for (const char c : utf8) {
        if (quote) {
            quote = c == quote ? 0 : quote;
        } else if (c == '\'' || c == '"') {
            quote = c;
        } else if (c == '?') {
            numbered += '$';
            numbered += QByteArray::number(next++);
            continue;
        }
        numbered += c;
    }
    return numbered;
}

// Parameters go as text, except bytes, which go as they are (binary format): PostgreSQL reads
// binary text and binary bytea alike as the bytes themselves.
struct Parameters
{
    explicit Parameters(const QVariantList &args)
    {
        for (const QVariant &arg : args) {
            QByteArray value;
            int format = 0;
            switch (arg.userType()) {
            case QMetaType::QString: {
                // A null QString is empty text here, as on SQLite (see Store::exec).
                const QString text = arg.toString();
                value = text.isNull() ? QByteArray("") : text.toUtf8();
                break;
            }
            case QMetaType::QByteArray:
                value = arg.toByteArray(); // a null QByteArray is SQL NULL, as on SQLite
                format = 1;
                break;
            default:
                // Numbers and booleans as QVariant spells them: C locale, shortest exact form.
                // An invalid or typed null QVariant is SQL NULL.
                if (!arg.isNull())
                    value = arg.toString().toUtf8();
                break;
            }
            bytes.append(value);
            formats.append(format);
        }
        values.reserve(bytes.size());
        lengths.reserve(bytes.size());
        for (const QByteArray &value : std::as_const(bytes)) {
            values.append(value.isNull() ? nullptr : value.constData());
            lengths.append(int(value.size()));
        }
    }

    QByteArrayList bytes;
    QList<const char *> values;
    QList<int> lengths;
    QList<int> formats;
};

bool failed(const PGresult *result)
{
    const ExecStatusType status = PQresultStatus(result);
    return status != PGRES_COMMAND_OK && status != PGRES_TUPLES_OK;
}

} // namespace

struct PgResult::Outcome
{
    ~Outcome() { PQclear(result); }
    PGresult *result = nullptr; // null until it arrived, and when the connection broke
    bool arrived = false;
    QString preparing; // a PREPARE's SQL text, whose name is dropped if it fails
};

PgPipeline::~PgPipeline()
{
    PgFailure ignored;
    settle(&ignored);
}

PgFailure PgPipeline::failureOf(const pg_result *result) const
{
    const QString sqlstate = QString::fromLatin1(PQresultErrorField(result, PG_DIAG_SQLSTATE));
    // libpq's own report of a connection that went away carries no SQLSTATE.
    if (sqlstate.isEmpty() && PQstatus(m_connection) == CONNECTION_BAD)
        return connectionFailure();
    return {sqlstate, QString::fromUtf8(PQresultErrorMessage(result)).trimmed()};
}

PgFailure PgPipeline::connectionFailure() const
{
    // 08006: connection failure, which the store's error mapping reports as a lost connection.
    return {QStringLiteral("08006"), QString::fromUtf8(PQerrorMessage(m_connection)).trimmed()};
}

void PgPipeline::forgetStatements()
{
    m_statementNames.clear();
}

bool PgPipeline::connectionLost() const
{
    return PQstatus(m_connection) == CONNECTION_BAD;
}

bool PgPipeline::reconnect(PgFailure *failure)
{
    m_inFlight.clear();
    m_statementInFlight = false;
    m_unreported.reset();
    forgetStatements();
    PQreset(m_connection);
    if (PQstatus(m_connection) != CONNECTION_OK) {
        *failure = connectionFailure();
        return false;
    }
    return true;
}

std::optional<QByteArray> PgPipeline::statementName(const QString &sql, int parameters,
                                                    PgFailure *failure)
{
    if (const auto known = m_statementNames.constFind(sql); known != m_statementNames.cend())
        return *known;
    // After forgetStatements() the old names stay taken on the connection, unused.
    const QByteArray name = "cc_" + QByteArray::number(++m_prepared);
    if (!PQsendPrepare(m_connection, name.constData(), numberPlaceholders(sql).constData(),
                       parameters, nullptr)) {
        *failure = connectionFailure();
        return std::nullopt;
    }
    auto outcome = std::make_shared<PgResult::Outcome>();
    outcome->preparing = sql;
    m_inFlight.push_back(std::move(outcome));
    m_statementNames.insert(sql, name);
    return name;
}

bool PgPipeline::sendStatement(const QString &sql, const QVariantList &args, PgFailure *failure)
{
    if (PQpipelineStatus(m_connection) == PQ_PIPELINE_OFF && !PQenterPipelineMode(m_connection)) {
        *failure = connectionFailure();
        return false;
    }
    int sent = 0;
    if (args.isEmpty()) {
        sent = PQsendQueryParams(m_connection, sql.toUtf8().constData(), 0, nullptr, nullptr,
                                 nullptr, nullptr, 0);
    } else {
        const std::optional<QByteArray> name = statementName(sql, int(args.size()), failure);
        if (!name)
            return false;
        const Parameters parameters(args);
        sent = PQsendQueryPrepared(m_connection, name->constData(), int(args.size()),
                                   parameters.values.constData(), parameters.lengths.constData(),
                                   parameters.formats.constData(), 0);
    }
    if (!sent) {
        *failure = connectionFailure();
        return false;
    }
    m_inFlight.push_back(std::make_shared<PgResult::Outcome>());
    m_statementInFlight = m_statementInFlight || !args.isEmpty();
    return true;
}

std::optional<PgResult> PgPipeline::send(const QString &sql, const QVariantList &args,
                                         PgFailure *failure)
{
    if (!sendStatement(sql, args, failure))
        return std::nullopt;
    return PgResult(m_inFlight.back(), this);
}

std::optional<PgResult> PgPipeline::run(const QString &sql, const QVariantList &args,
                                        PgFailure *failure)
{
    if (!sendStatement(sql, args, failure))
        return std::nullopt;
    std::shared_ptr<PgResult::Outcome> outcome = m_inFlight.back();
    if (!settle(failure))
        return std::nullopt;
    return PgResult(std::move(outcome), this);
}

bool PgPipeline::await(const PgResult &result, PgFailure *failure)
{
    if (!result.m_outcome->arrived && !settle(failure))
        return false;
    const PGresult *arrived = result.m_outcome->result;
    if (!arrived) {
        *failure = connectionFailure();
        return false;
    }
    if (PQresultStatus(arrived) == PGRES_PIPELINE_ABORTED) {
        // 25P02: in_failed_sql_transaction, which is what PostgreSQL skipped it for.
        *failure = {QStringLiteral("25P02"),
                    QStringLiteral("not run: a statement sent before it failed")};
        return false;
    }
    if (failed(arrived)) {
        *failure = failureOf(arrived);
        return false;
    }
    return true;
}

bool PgPipeline::settle(PgFailure *failure)
{
    std::optional<PgFailure> first = std::exchange(m_unreported, std::nullopt);
    if (!m_inFlight.empty()) {
        const bool synced = PQpipelineSync(m_connection);
        ++m_roundTrips;
        for (const std::shared_ptr<PgResult::Outcome> &outcome : m_inFlight) {
            outcome->arrived = true;
            if (synced)
                outcome->result = PQgetResult(m_connection);
            if (!outcome->result) {
                // The connection broke: nothing more will arrive.
                if (!first)
                    first = connectionFailure();
                continue;
            }
            while (PGresult *more = PQgetResult(m_connection)) // the end of its results
                PQclear(more);
            if (failed(outcome->result)) {
                if (!outcome->preparing.isEmpty())
                    m_statementNames.remove(outcome->preparing);
                if (!first && PQresultStatus(outcome->result) != PGRES_PIPELINE_ABORTED)
                    first = failureOf(outcome->result);
            }
        }
        m_inFlight.clear();
        m_statementInFlight = false;
        if (synced) {
            if (PGresult *sync = PQgetResult(m_connection))
                PQclear(sync); // PGRES_PIPELINE_SYNC
        }
        PQexitPipelineMode(m_connection);
    }
    if (!first)
        return true;
    if (failure)
        *failure = *first;
    else
        m_unreported = first;
    return false;
}

pg_result *PgResult::arrived() const
{
    if (!m_outcome->arrived)
        m_pipeline->settle(nullptr);
    return m_outcome->result;
}

bool PgResult::next()
{
    const PGresult *result = arrived();
    if (!result || PQresultStatus(result) != PGRES_TUPLES_OK || m_row >= PQntuples(result))
        return false;
    return ++m_row < PQntuples(result);
}

QVariant PgResult::value(int column) const
{
    const PGresult *result = arrived();
    if (!result || m_row < 0 || m_row >= PQntuples(result) || column < 0
        || column >= PQnfields(result))
        return {};
    const Oid type = PQftype(result, column);
    const bool null = PQgetisnull(result, m_row, column);
    const QByteArray text = QByteArray::fromRawData(PQgetvalue(result, m_row, column),
                                                    PQgetlength(result, m_row, column));
    switch (type) {
    case kBoolOid:
        return null ? QVariant(QMetaType::fromType<bool>()) : QVariant(text == "t");
    case kInt8Oid:
        return null ? QVariant(QMetaType::fromType<qlonglong>()) : QVariant(text.toLongLong());
    case kInt2Oid:
    case kInt4Oid:
    case kOidOid:
        return null ? QVariant(QMetaType::fromType<int>()) : QVariant(text.toInt());
    case kFloat4Oid:
    case kFloat8Oid:
    case kNumericOid: // what SUM() of integers gives
        return null ? QVariant(QMetaType::fromType<double>()) : QVariant(text.toDouble());
    case kByteaOid: {
        if (null)
            return QVariant(QMetaType::fromType<QByteArray>());
        size_t length = 0;
        unsigned char *bytes
            = PQunescapeBytea(reinterpret_cast<const unsigned char *>(text.constData()), &length);
        QByteArray value(reinterpret_cast<const char *>(bytes), qsizetype(length));
        PQfreemem(bytes);
        return value;
    }
    default:
        return null ? QVariant(QMetaType::fromType<QString>()) : QVariant(QString::fromUtf8(text));
    }
}

ColumnBytes PgResult::bytes(int column) const
{
    const PGresult *result = arrived();
    if (!result || m_row < 0 || m_row >= PQntuples(result) || column < 0
        || column >= PQnfields(result) || PQgetisnull(result, m_row, column))
        return {};
    const QByteArrayView text(PQgetvalue(result, m_row, column),
                              PQgetlength(result, m_row, column));
    // The types value() reads as something other than text, which it reads as UTF-8.
    switch (PQftype(result, column)) {
    case kInt8Oid:
    case kInt2Oid:
    case kInt4Oid:
    case kOidOid: {
        qint64 integer = 0;
        const auto [end, error] = std::from_chars(text.begin(), text.end(), integer);
        if (error != std::errc() || end != text.end())
            return {ColumnBytes::Type::Other, 0, {}};
        return {ColumnBytes::Type::Integer, integer, {}};
    }
    case kBoolOid:
    case kFloat4Oid:
    case kFloat8Oid:
    case kNumericOid:
    case kByteaOid:
        return {ColumnBytes::Type::Other, 0, {}};
    default:
        return {ColumnBytes::Type::Text, 0, text};
    }
}

QByteArray PgResult::command() const
{
    PGresult *result = arrived();
    return result ? QByteArray(PQcmdStatus(result)) : QByteArray();
}

int PgResult::rowsAffected() const
{
    PGresult *result = arrived();
    if (!result || failed(result))
        return -1;
    return QByteArray(PQcmdTuples(result)).toInt();
}

} // namespace cc
