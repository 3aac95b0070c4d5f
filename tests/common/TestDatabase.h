#pragma once

// The database a test's store uses. With COMPLIANCE_TEST_PG set (the directory of the
// throwaway cluster that tests/pg/pg-cluster.sh started), every TestDatabase is a fresh
// PostgreSQL database, dropped again at the end; otherwise the store's own SQLite file. The
// same tests thus run against both backends.

#include <QSqlDatabase>
#include <QString>
#include <QStringList>

namespace cc::test {

class TestDatabase
{
public:
    TestDatabase();
    ~TestDatabase();
    TestDatabase(const TestDatabase &) = delete;
    TestDatabase &operator=(const TestDatabase &) = delete;

    static bool postgresRequested();
    bool isPostgres() const { return !m_url.isEmpty(); }
    QString errorString() const { return m_error; }

    // Extra arguments for compliancectl and compliance-stored: {"--database", url} or {}.
    QStringList arguments() const;
    QString url() const { return m_url; }

    // A direct connection to the store's data, for tests that play an intruder with database
    // access. Close it (or let it go) before the test ends.
    QSqlDatabase openDirect(const QString &dataDir, const QString &connectionName) const;

private:
    QString m_url;
    QString m_adminUrl;
    QString m_name;
    QString m_error;
};

} // namespace cc::test
