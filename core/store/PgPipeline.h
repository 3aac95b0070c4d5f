#pragma once

// The store's PostgreSQL statements, run through libpq on the connection Qt's driver opened.
// Every statement is a round trip to the database, and an audited read makes more than a
// dozen; most are writes whose outcome nothing waits for. Those are sent in libpq's pipeline
// mode and left in flight: the next statement that returns rows, or a commit, goes out with
// them and their outcomes are read in order, so a run of writes costs one round trip. A write
// that fails makes PostgreSQL skip every statement after it until the pipeline ends, so the
// failure is reported by whatever ends it (and the transaction it was in is aborted, as with
// any failed statement).

#include "store/ColumnBytes.h"

#include <deque>
#include <memory>
#include <optional>

#include <QHash>
#include <QString>
#include <QVariant>
#include <QVariantList>

struct pg_conn;
struct pg_result;

namespace cc {

// What failed, in the terms Store's error mapping reads (the SQLSTATE).
struct PgFailure
{
    QString sqlstate;
    QString message;
};

class PgPipeline;

// A statement's outcome: its rows, read front to back, or for a write the rows affected. The
// outcome of a statement still in flight is fetched (ending the pipeline) when first asked for.
class PgResult
{
public:
    bool next(); // to the next row; false after the last
    // A column of the current row: bool, int, qint64, double, QString or QByteArray; SQL NULL
    // is a null QVariant of the column's type.
    QVariant value(int column) const;
    // The same column without a copy (see Query::bytes()).
    ColumnBytes bytes(int column) const;
    int rowsAffected() const; // -1 when the statement failed
    // The command tag: "COMMIT" for a commit, and "ROLLBACK" when PostgreSQL rolled back
    // instead because the transaction had failed.
    QByteArray command() const;

private:
    friend class PgPipeline;
    struct Outcome;
    PgResult(std::shared_ptr<Outcome> outcome, PgPipeline *pipeline)
        : m_outcome(std::move(outcome))
        , m_pipeline(pipeline)
    { }
    pg_result *arrived() const;

    std::shared_ptr<Outcome> m_outcome;
    PgPipeline *m_pipeline;
    int m_row = -1;
};

class PgPipeline
{
public:
    explicit PgPipeline(pg_conn *connection)
        : m_connection(connection)
    { }
    PgPipeline(const PgPipeline &) = delete;
    PgPipeline &operator=(const PgPipeline &) = delete;
    ~PgPipeline();

    // Runs sql (`?` placeholders; prepared once per text when it has arguments) and waits for
    // its rows, after the outcomes of everything in flight. A failure in flight is this
    // statement's failure: PostgreSQL skipped it.
    std::optional<PgResult> run(const QString &sql, const QVariantList &args, PgFailure *failure);
    // Sends one statement without waiting for its outcome (a write, or a read whose rows are
    // fetched later: see Store::sendRead). Fails only when it cannot be sent.
    std::optional<PgResult> send(const QString &sql, const QVariantList &args, PgFailure *failure);
    // Waits for a sent statement's outcome unless it arrived; false, with the failure, when it
    // failed or was skipped because a statement sent before it failed.
    bool await(const PgResult &result, PgFailure *failure);
    // Reads every outcome in flight; false with the first failure among them. A failure found
    // by a result read on its own (rowsAffected) is kept for the next settle() to report.
    bool settle(PgFailure *failure);
    // True when settle() has something to report: a statement with arguments in flight (the
    // store's writes and reads sent ahead; statements without are transaction control), or a
    // failure kept.
    bool needsSettling() const { return m_statementInFlight || m_unreported; }

    // How many times this connection waited for the database's answers so far.
    qint64 roundTrips() const { return m_roundTrips; }

    // Forgets the prepared statements, whose plans a schema change may have made stale.
    void forgetStatements();

    // True when libpq found the connection gone (the database server restarted, failed over,
    // or ended it). Whatever was in flight on it is lost with its transaction.
    bool connectionLost() const;
    // Opens the connection again with the same parameters; what it held (prepared statements,
    // session settings, advisory locks) is gone. False, with the reason, when it cannot.
    bool reconnect(PgFailure *failure);

private:
    friend class PgResult;
    std::optional<QByteArray> statementName(const QString &sql, int parameters, PgFailure *failure);
    bool sendStatement(const QString &sql, const QVariantList &args, PgFailure *failure);
    PgFailure failureOf(const pg_result *result) const;
    PgFailure connectionFailure() const;

    pg_conn *m_connection;
    QHash<QString, QByteArray> m_statementNames; // prepared on this connection, by SQL text
    int m_prepared = 0; // statements prepared on this connection, for their names
    std::deque<std::shared_ptr<PgResult::Outcome>> m_inFlight;
    bool m_statementInFlight = false; // with arguments: see needsSettling()
    std::optional<PgFailure> m_unreported;
    qint64 m_roundTrips = 0;
};

} // namespace cc
