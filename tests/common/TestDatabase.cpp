#include "TestDatabase.h"

#include "store/Dialect.h"

#include <QAtomicInt>
#include <QCoreApplication>
#include <QFile>
#include <QSqlError>
#include <QSqlQuery>
#include <QUrl>

namespace cc::test {

namespace {

QSqlDatabase connect(const QString &url, const QString &connectionName)
{
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), connectionName);
    const Result<DatabaseUrl> parsed = DatabaseUrl::parse(url);
    if (!parsed)
        return db;
    db.setHostName(parsed->host);
    db.setPort(parsed->port);
    db.setDatabaseName(parsed->name);
    db.setUserName(parsed->user);
    db.setConnectOptions(parsed->connectOptions);
    db.open();
    return db;
}

bool adminExec(const QString &adminUrl, const QString &sql, QString *error)
{
    const QString name = QStringLiteral("cc-test-admin");
    bool ok = false;
    {
        QSqlDatabase db = connect(adminUrl, name);
        if (db.isOpen()) {
            QSqlQuery q(db);
            ok = q.exec(sql);
            if (!ok && error)
                *error = q.lastError().text();
        } else if (error) {
            *error = db.lastError().text();
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return ok;
}

} // namespace

bool TestDatabase::postgresRequested()
{
    return !qEnvironmentVariableIsEmpty("COMPLIANCE_TEST_PG");
}

TestDatabase::TestDatabase()
{
    if (!postgresRequested())
        return;
    const QString clusterDir = qEnvironmentVariable("COMPLIANCE_TEST_PG");
    QFile urlFile(clusterDir + QStringLiteral("/url"));
    if (!urlFile.open(QIODevice::ReadOnly)) {
        // Loud, not skipped: the PostgreSQL run must not pass without PostgreSQL.
        qFatal("COMPLIANCE_TEST_PG is set but %s is missing: the test cluster did not start",
               qPrintable(urlFile.fileName()));
    }
    m_adminUrl = QString::fromUtf8(urlFile.readAll().trimmed());
    qputenv("PGPASSFILE", QFile::encodeName(clusterDir + QStringLiteral("/pgpass")));
    static QAtomicInt counter;
    m_name = QStringLiteral("cc_test_%1_%2")
                 .arg(QCoreApplication::applicationPid())
                 .arg(counter.fetchAndAddRelaxed(1));
    if (!adminExec(m_adminUrl, QStringLiteral("CREATE DATABASE %1").arg(m_name), &m_error))
        qFatal("cannot create the test database %s: %s", qPrintable(m_name), qPrintable(m_error));
    QUrl url(m_adminUrl);
    url.setPath(QLatin1Char('/') + m_name);
    m_url = url.toString();
}

TestDatabase::~TestDatabase()
{
    if (isPostgres())
        adminExec(m_adminUrl, QStringLiteral("DROP DATABASE IF EXISTS %1 WITH (FORCE)").arg(m_name),
                  nullptr);
}

QStringList TestDatabase::arguments() const
{
    if (!isPostgres())
        return {};
    return {QStringLiteral("--database"), m_url};
}

QSqlDatabase TestDatabase::openDirect(const QString &dataDir, const QString &connectionName) const
{
    if (isPostgres())
        return connect(m_url, connectionName);
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), connectionName);
    db.setDatabaseName(dataDir + QStringLiteral("/store.sqlite"));
    db.open();
    return db;
}

} // namespace cc::test
