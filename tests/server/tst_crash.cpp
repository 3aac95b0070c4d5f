// Crash safety: a write load against the real server, killed with SIGKILL at random moments,
// many times over. After every restart each write the server acknowledged must be there with
// its audit event, no write may exist without its event (nothing half-written), the chain must
// verify, and a plain restart must be all it takes.

#include "TestServer.h"

#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QRandomGenerator>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>
#include <QSslConfiguration>
#include <QTest>
#include <QTimer>

using namespace cc::test;

class TestCrash : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void killedUnderWriteLoadLosesNothing();

private:
    // Keeps `parallel` writes in flight until the server dies; returns the ids it acknowledged.
    QSet<qint64> writeUntilKilled(int killAfterMs, int parallel);
    QSet<qint64> column(const QString &sql);

    TestServer m_server;
    TestServer::Account m_employee;
    QString m_token;
};

void TestCrash::initTestCase()
{
    QVERIFY2(m_server.start(), qPrintable(m_server.errorString()));
    m_employee = m_server.addUser(QStringLiteral("load.employee"), QStringLiteral("employee"));
    m_token = m_server.login(m_employee);
    QVERIFY(!m_token.isEmpty());
}

QSet<qint64> TestCrash::writeUntilKilled(int killAfterMs, int parallel)
{
    QNetworkAccessManager network;
    QNetworkRequest request(
        m_server.baseUrl().resolved(QUrl(QStringLiteral("/api/v1/access-requests"))));
    QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
    tls.setCaCertificates({m_server.certificate()});
    request.setSslConfiguration(tls);
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    request.setRawHeader("Authorization", "Bearer " + m_token.toLatin1());
    request.setTransferTimeout(10000);
    const QByteArray body
        = QJsonDocument(
              QJsonObject {{QStringLiteral("category"), QStringLiteral("orders.nonpii")},
                           {QStringLiteral("client"), QStringLiteral("ACME-EU")},
                           {QStringLiteral("reason"),
                            QStringLiteral("Reconciling refunds for the quarterly close")},
                           {QStringLiteral("duration_hours"), 4}})
              .toJson();

    QSet<qint64> acknowledged;
    bool killed = false;
    int inFlight = 0;
    QEventLoop loop;
    std::function<void()> send = [&] {
        QNetworkReply *reply = network.post(request, body);
        ++inFlight;
        QObject::connect(reply, &QNetworkReply::finished, &loop, [&, reply] {
            --inFlight;
            if (reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt() == 201)
                acknowledged << QJsonDocument::fromJson(reply->readAll())
                                    .object()
                                    .value(QStringLiteral("id"))
                                    .toInteger();
            reply->deleteLater();
            if (!killed)
                send();
            else if (inFlight == 0)
                loop.quit();
        });
    };
    for (int i = 0; i < parallel; ++i)
        send();
    QTimer::singleShot(killAfterMs, &loop, [&] {
        killed = true;
        m_server.process().kill(); // SIGKILL: no chance to finish anything
    });
    QTimer::singleShot(killAfterMs + 20000, &loop, &QEventLoop::quit); // bound the wait
    loop.exec();
    m_server.process().waitForFinished(5000);
    return acknowledged;
}

QSet<qint64> TestCrash::column(const QString &sql)
{
    QSet<qint64> values;
    {
        QSqlDatabase db
            = m_server.database().openDirect(m_server.dataDir(), QStringLiteral("check"));
        QSqlQuery q(db);
        if (!q.exec(sql))
            qWarning("%s: %s", qPrintable(sql), qPrintable(q.lastError().text()));
        while (q.next())
            values << q.value(0).toLongLong();
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("check"));
    return values;
}

void TestCrash::killedUnderWriteLoadLosesNothing()
{
    constexpr int kRounds = 12;
    QSet<qint64> acknowledged;
    for (int round = 0; round < kRounds; ++round) {
        const int killAfterMs = 50 + int(QRandomGenerator::global()->bounded(400));
        acknowledged |= writeUntilKilled(killAfterMs, 4);
        QVERIFY2(m_server.start(),
                 qPrintable(QStringLiteral("restart after SIGKILL %1 failed: %2")
                                .arg(round + 1)
                                .arg(m_server.errorString())));
    }
    // The load was real: writes were acknowledged, not refused throughout.
    QVERIFY2(acknowledged.size() >= kRounds, qPrintable(QString::number(acknowledged.size())));

    const QSet<qint64> stored = column(QStringLiteral("SELECT id FROM access_requests"));
    qInfo("%d SIGKILLs; %lld writes acknowledged, %lld stored (the rest were in flight)", kRounds,
          qlonglong(acknowledged.size()), qlonglong(stored.size()));
    const QSet<qint64> audited = column(QStringLiteral(
        "SELECT CAST(object_id AS BIGINT) FROM audit_events WHERE action = 'access.request'"));
    for (qint64 id : acknowledged)
        QVERIFY2(stored.contains(id),
                 qPrintable(QStringLiteral("acknowledged write %1 was lost").arg(id)));
    QCOMPARE(audited, stored); // no write without its audit event, no event without its write

    m_server.stop();
    QByteArray out;
    QByteArray err;
    QCOMPARE(m_server.runCtl({QStringLiteral("audit"), QStringLiteral("verify")}, &out, &err), 0);
    QVERIFY2(m_server.start(), qPrintable(m_server.errorString()));
    QCOMPARE(m_server.call("GET", QStringLiteral("/health")).status, 200);
}

QTEST_GUILESS_MAIN(TestCrash)
#include "tst_crash.moc"
