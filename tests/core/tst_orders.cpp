// Amazon order PII with an injected clock: all-or-nothing ingest, envelope encryption (no PII
// bytes in the database, its WAL or the key file), the retention boundary (29 d 23 h kept,
// 30 d purged), crypto-shredding (a copy of the database taken before deletion cannot be
// decrypted afterwards), grants deciding who reads PII and the audit naming the grant, the
// 72-hour clock of Amazon's deletion requests and the return archive round trip. With the master
// key in a file, and in tst_orders_softhsm in a throwaway SoftHSM token: the whole suite, a key
// rotation, a backup and its restore, and the real server serving PII on such a store.

#include "MockClock.h"
#include "OrderJson.h"
#include "SoftHsmToken.h"
#include "TestServer.h"
#include "audit/AuditLog.h"
#include "crypto/Aes256Gcm.h"
#include "crypto/Crypto.h"
#include "crypto/SealedStream.h"
#include "domain/OrderBatch.h"
#include "domain/Roles.h"
#include "service/AccessControl.h"
#include "service/Accounts.h"
#include "service/Controls.h"
#include "service/LegalHolds.h"
#include "service/Monitoring.h"
#include "service/Notifications.h"
#include "service/Orders.h"
#include "service/ReturnArchive.h"
#include "store/Backup.h"
#include "store/KeyRotation.h"
#include "store/Store.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace cc;
using cc::test::batchOf;
using cc::test::MockClock;

namespace {

const QDateTime kStart(QDate(2026, 3, 1), QTime(12, 0), Qt::UTC);

QJsonObject makeOrder(const QString &id, const QDateTime &fulfilled, const QString &email,
                      const QString &name)
{
    QJsonObject order = test::orderFacts(id, fulfilled);
    order.insert(
        QStringLiteral("BuyerInfo"),
        QJsonObject {{QStringLiteral("BuyerEmail"), email}, {QStringLiteral("BuyerName"), name}});
    order.insert(
        QStringLiteral("ShippingAddress"),
        QJsonObject {{QStringLiteral("Name"), name},
                     {QStringLiteral("AddressLine1"), QStringLiteral("7 Marrowbone Crescent")},
                     {QStringLiteral("City"), QStringLiteral("Lindisfarne")},
                     {QStringLiteral("PostalCode"), QStringLiteral("TD15 2SF")},
                     {QStringLiteral("CountryCode"), QStringLiteral("GB")},
                     {QStringLiteral("Phone"), QStringLiteral("+44 1289 555 0199")}});
    return order;
}

// Byte strings that must never be on disk in plaintext.
const QList<QByteArray> kSeededPii = {"zephyrine.quill@example.net", "Zephyrine Quillfeather",
                                      "Marrowbone Crescent", "+44 1289 555 0199"};

} // namespace

class TestOrders : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void masterKeyControlSaysWhereTheKeyLives();
    void batchValidation_data();
    void batchValidation();
    void ingestIsAllOrNothing();
    void noPlaintextPiiOnDisk();
    void piiRoundTrips_data();
    void piiRoundTrips();
    void retentionBoundary_data();
    void retentionBoundary();
    void jobLookAheadPurgesBeforeDeadline();
    void retentionStatusCounts();
    void nonPiiFactsRolledUpThenDeleted();
    void failedRollUpDeletesNothing();
    void legalHoldSuspendsOnlyNonPiiDeletion();
    void legalHoldInputAndPermission_data();
    void legalHoldInputAndPermission();
    void cryptoShreddingDefeatsOldCopies();
    void piiNeedsGrantAndAuditNamesIt();
    void failedGrantLookupIsNoRefusal();
    void credentialResetSuspendsGrants();
    void deletionRequestClockAndOverdueNotice();
    void buyerScopeDeletesOnlyThatBuyer();
    void clientScopeDeletesEverything();
    void deletedOrdersIdsAreNotHandedOutAgain();
    void returnArchiveRoundTrip();
    void returnArchiveRefusesHostileFiles_data();
    void returnArchiveRefusesHostileFiles();
    void piiReadsAreCapped();
    void keyRotationKeepsPiiReadable();
    void backupAndRestoreKeepPii();
    void serverIngestsAndServesPii();

private:
    Caller callerFor(const QString &username, const QString &role);
    qint64 grant(const Caller &user, const QString &category, const QString &client);
    qint64 orderId(const QString &amazonId);
    qint64 count(const QString &sql);
    QByteArray diskBytes() const;
    void ingestOne(const QString &id, const QDateTime &fulfilled,
                   const QString &email = QStringLiteral("zephyrine.quill@example.net"));
    // An order of client with its total and item count, fulfilled two days after purchase.
    void ingestFacts(const QString &client, const QString &id, const QDateTime &fulfilled,
                     const QString &amount, int quantity);
    // Stores an order of client "kestrel" with pii as the build before this one sealed it:
    // QJsonDocument's compact JSON under a new data key, that key sealed by the master key.
    void storeSealedByEarlierBuild(const QString &amazonId, const QJsonObject &pii);
    QList<AuditEvent> eventsOf(const QString &action);

    QTemporaryDir *m_dir = nullptr;
    std::unique_ptr<cc::test::SoftHsmToken> m_token; // the SoftHSM run's token of this test
    MockClock m_clock;
    std::unique_ptr<Store> m_store;
    Caller m_officer;
    Caller m_officer2;
    Caller m_employee;
};

void TestOrders::initTestCase()
{
    if (cc::test::SoftHsmToken::requested())
        if (const QString why = cc::test::SoftHsmToken::unavailableReason(); !why.isEmpty())
            QSKIP(qPrintable(why));
    QVERIFY(crypto::init().ok());
}

Caller TestOrders::callerFor(const QString &username, const QString &role)
{
    NewUser u;
    u.username = username;
    u.email = username + QStringLiteral("@example.com");
    u.displayName = username;
    u.roles = {role};
    u.password = QByteArrayLiteral("correct horse battery staple");
    Result<CreatedUser> created = Accounts(*m_store).addUser(Caller::localOperator(), u);
    if (!created)
        qFatal("cannot add %s: %s", qPrintable(username), qPrintable(created.error().message));
    // Grants need two-factor enrolment; the sign-in that completes it is not under test here.
    if (!m_store->exec(QStringLiteral("UPDATE users SET totp_enrolled_at = ? WHERE id = ?"),
                       {m_clock.nowMs(), created->user.id}))
        qFatal("cannot enrol %s", qPrintable(username));
    return Caller::forUser(created->user);
}

qint64 TestOrders::grant(const Caller &user, const QString &category, const QString &client)
{
    AccessControl access(*m_store);
    // Access requests name a registered client (one ingest has not seen yet, or already has).
    if (Result<Client> added = access.addClient(Caller::localOperator(), client);
        !added && added.error().code != ErrorCode::Conflict)
        qFatal("client: %s", qPrintable(added.error().message));
    Result<AccessRequest> r
        = access.createRequest(user,
                               {category,
                                client,
                                QStringLiteral("Refund dispute for a buyer who was charged twice"),
                                24,
                                {}});
    if (!r)
        qFatal("request: %s", qPrintable(r.error().message));
    Result<Approval> a = access.approve(m_officer, r->id, QStringLiteral("ok"));
    if (!a)
        qFatal("approve: %s", qPrintable(a.error().message));
    return a->grant->id;
}

void TestOrders::init()
{
    m_clock.set(kStart);
    m_dir = new QTemporaryDir;
    QVERIFY(m_dir->isValid());
    std::optional<crypto::TokenConfig> token;
    if (cc::test::SoftHsmToken::requested()) {
        static int tokens = 0;
        m_token
            = std::make_unique<cc::test::SoftHsmToken>(QStringLiteral("orders-%1").arg(++tokens));
        QVERIFY2(m_token->isValid(), qPrintable(m_token->errorString()));
        token = m_token->config();
    }
    const Result<void> created = Store::create(m_dir->path(), {}, token);
    QVERIFY2(created.ok(), created.ok() ? "" : qPrintable(created.error().message));
    QCOMPARE(QFile::exists(m_dir->filePath(QStringLiteral("master.key"))), !token);
    QCOMPARE(QFile::exists(m_dir->filePath(QStringLiteral("pkcs11.json"))), bool(token));
    Result<std::unique_ptr<Store>> opened = Store::open(m_dir->path(), m_clock);
    QVERIFY2(opened.ok(), opened.ok() ? "" : qPrintable(opened.error().message));
    m_store = std::move(opened.value());
    m_officer = callerFor(QStringLiteral("olga"), QStringLiteral("compliance_officer"));
    m_officer2 = callerFor(QStringLiteral("oscar"), QStringLiteral("compliance_officer"));
    m_employee = callerFor(QStringLiteral("emil"), QStringLiteral("employee"));
}

void TestOrders::cleanup()
{
    m_store.reset();
    delete m_dir;
    m_dir = nullptr;
    m_token.reset();
}

qint64 TestOrders::orderId(const QString &amazonId)
{
    Result<Query> q = m_store->exec(
        QStringLiteral("SELECT id FROM orders WHERE amazon_order_id = ?"), {amazonId});
    return q && q->next() ? q->value(0).toLongLong() : 0;
}

qint64 TestOrders::count(const QString &sql)
{
    Result<Query> q = m_store->exec(sql);
    return q && q->next() ? q->value(0).toLongLong() : -1;
}

// Every file of the store directory: database, WAL, journal, key file and its WAL.
QByteArray TestOrders::diskBytes() const
{
    QByteArray all;
    const QDir dir(m_dir->path());
    for (const QString &name : dir.entryList(QDir::Files)) {
        QFile f(dir.filePath(name));
        if (f.open(QIODevice::ReadOnly))
            all += f.readAll();
    }
    return all;
}

void TestOrders::ingestOne(const QString &id, const QDateTime &fulfilled, const QString &email)
{
    Result<IngestResult> r = Orders(*m_store).ingest(
        Caller::localOperator(),
        batchOf(QStringLiteral("kestrel"),
                {makeOrder(id, fulfilled, email, QStringLiteral("Zephyrine Quillfeather"))}));
    QVERIFY2(r.ok(), r.ok() ? "" : qPrintable(r.error().message));
    QVERIFY(r->errors.isEmpty());
}

void TestOrders::ingestFacts(const QString &client, const QString &id, const QDateTime &fulfilled,
                             const QString &amount, int quantity)
{
    QJsonObject o = makeOrder(id, fulfilled, QStringLiteral("zephyrine.quill@example.net"),
                              QStringLiteral("Zephyrine Quillfeather"));
    o.insert(QStringLiteral("OrderTotal"),
             QJsonObject {{QStringLiteral("CurrencyCode"), QStringLiteral("GBP")},
                          {QStringLiteral("Amount"), amount}});
    o.insert(QStringLiteral("OrderItems"),
             QJsonArray {QJsonObject {{QStringLiteral("ASIN"), QStringLiteral("B0TEST")},
                                      {QStringLiteral("QuantityOrdered"), quantity}}});
    Result<IngestResult> r = Orders(*m_store).ingest(Caller::localOperator(), batchOf(client, {o}));
    QVERIFY2(r.ok(), r.ok() ? "" : qPrintable(r.error().message));
    QVERIFY(r->errors.isEmpty());
}

QList<AuditEvent> TestOrders::eventsOf(const QString &action)
{
    QList<AuditEvent> found;
    Result<QList<AuditEvent>> events = audit::list(*m_store, 0, 1000);
    for (const AuditEvent &e : events ? *events : QList<AuditEvent>())
        if (e.action == action)
            found << e;
    return found;
}

void TestOrders::batchValidation_data()
{
    QTest::addColumn<QString>("field");
    QTest::addColumn<QJsonValue>("value");
    QTest::addColumn<QString>("error");
    QTest::newRow("no id") << "AmazonOrderId" << QJsonValue() << "AmazonOrderId";
    QTest::newRow("bad purchase date")
        << "PurchaseDate" << QJsonValue(QStringLiteral("yesterday")) << "PurchaseDate";
    QTest::newRow("no zone") << "FulfillmentDate"
                             << QJsonValue(QStringLiteral("2026-03-01T10:00:00"))
                             << "FulfillmentDate";
    QTest::newRow("fulfilled before purchase")
        << "FulfillmentDate" << QJsonValue(QStringLiteral("2020-01-01T00:00:00Z")) << "before";
    QTest::newRow("bad total") << "OrderTotal"
                               << QJsonValue(QJsonObject {
                                      {QStringLiteral("CurrencyCode"), QStringLiteral("GBP")},
                                      {QStringLiteral("Amount"), QStringLiteral("12.345")}})
                               << "Amount";
    QTest::newRow("bad currency") << "OrderTotal"
                                  << QJsonValue(QJsonObject {
                                         {QStringLiteral("CurrencyCode"), QStringLiteral("pounds")},
                                         {QStringLiteral("Amount"), QStringLiteral("1")}})
                                  << "CurrencyCode";
    QTest::newRow("no marketplace") << "MarketplaceId" << QJsonValue() << "MarketplaceId";
}

void TestOrders::batchValidation()
{
    QFETCH(QString, field);
    QFETCH(QJsonValue, value);
    QFETCH(QString, error);
    QJsonObject bad = makeOrder(QStringLiteral("202-1"), kStart, QStringLiteral("a@b.c"),
                                QStringLiteral("Zephyrine Quillfeather"));
    if (value.isNull())
        bad.remove(field);
    else
        bad.insert(field, value);
    const orders::Batch b = batchOf(
        QStringLiteral("kestrel"),
        {makeOrder(QStringLiteral("202-0"), kStart, QStringLiteral("a@b.c"), QStringLiteral("x")),
         bad});
    QCOMPARE(b.errors.size(), 1);
    QCOMPARE(b.errors.first().index, 1);
    QVERIFY2(b.errors.first().message.contains(error), qPrintable(b.errors.first().message));
    // Messages never quote PII.
    QVERIFY(!b.errors.first().message.contains(QStringLiteral("Zephyrine")));
}

void TestOrders::ingestIsAllOrNothing()
{
    Orders orders(*m_store);
    QJsonObject bad
        = makeOrder(QStringLiteral("202-2"), kStart, QStringLiteral("a@b.c"), QStringLiteral("n"));
    bad.remove(QStringLiteral("FulfillmentDate"));
    Result<IngestResult> r
        = orders.ingest(Caller::localOperator(),
                        batchOf(QStringLiteral("kestrel"),
                                {makeOrder(QStringLiteral("202-1"), kStart, QStringLiteral("a@b.c"),
                                           QStringLiteral("n")),
                                 bad}));
    QVERIFY(r.ok());
    QCOMPARE(r->errors.size(), 1);
    QCOMPARE(r->errors.first().index, 1);
    QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM orders")), 0);
    QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM keyvault.order_keys")), 0);

    ingestOne(QStringLiteral("202-1"), kStart);
    // The same order again, after a new one: reported at its own index, nothing stored.
    r = orders.ingest(Caller::localOperator(),
                      batchOf(QStringLiteral("kestrel"),
                              {makeOrder(QStringLiteral("202-3"), kStart, QStringLiteral("a@b.c"),
                                         QStringLiteral("n")),
                               makeOrder(QStringLiteral("202-1"), kStart, QStringLiteral("a@b.c"),
                                         QStringLiteral("n"))}));
    QVERIFY(r.ok());
    QCOMPARE(r->errors.size(), 1);
    QCOMPARE(r->errors.first().index, 1);
    QVERIFY(r->errors.first().message.contains(QStringLiteral("already stored")));
    QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM orders")), 1);
    Result<QList<AuditEvent>> events = audit::list(*m_store, 0, 500);
    QVERIFY(events.ok());
    QCOMPARE(events->last().action, QStringLiteral("orders.ingest"));
    QCOMPARE(events->last().detail, QStringLiteral("client=kestrel orders=1 with_pii=1"));
}

void TestOrders::noPlaintextPiiOnDisk()
{
    // The scan can fail: the PII bytes are found when written in the clear.
    QVERIFY(m_store->exec(QStringLiteral("CREATE TABLE canary (v TEXT)")).ok());
    QVERIFY(m_store
                ->exec(QStringLiteral("INSERT INTO canary VALUES (?)"),
                       {QStringLiteral("Marrowbone Crescent")})
                .ok());
    QVERIFY(diskBytes().contains("Marrowbone Crescent"));
    QVERIFY(m_store->exec(QStringLiteral("DELETE FROM canary")).ok());
    QVERIFY(m_store->exec(QStringLiteral("DROP TABLE canary")).ok());
    for (const QString &statement : m_store->dialect().afterPurge())
        QVERIFY(m_store->exec(statement).ok());
    QVERIFY2(!diskBytes().contains("Marrowbone Crescent"),
             "secure_delete and the checkpoint leave no copy behind");

    ingestOne(QStringLiteral("202-1"), kStart);
    ingestOne(QStringLiteral("202-2"), kStart.addDays(10));
    QVERIFY(QFile::exists(m_dir->path() + QStringLiteral("/store.sqlite-wal")));
    QByteArray bytes = diskBytes();
    for (const QByteArray &pii : kSeededPii)
        QVERIFY2(!bytes.contains(pii), pii.constData());
    // The non-PII facts are stored in the clear (aggregates need them).
    QVERIFY(bytes.contains("202-1"));

    m_clock.set(kStart.addDays(31));
    Result<SweepResult> swept = Orders(*m_store).sweep(m_officer);
    QVERIFY(swept.ok());
    QCOMPARE(swept->purged, 1);
    bytes = diskBytes();
    for (const QByteArray &pii : kSeededPii)
        QVERIFY2(!bytes.contains(pii), pii.constData());
    // The audit trail of the sweep holds counts, not PII.
    Result<QList<AuditEvent>> events = audit::list(*m_store, 0, 500);
    QVERIFY(events.ok());
    QCOMPARE(events->last().action, QStringLiteral("retention.sweep"));
    QVERIFY(events->last().detail.startsWith(QStringLiteral("purged=1 clients=kestrel:1")));
}

void TestOrders::storeSealedByEarlierBuild(const QString &amazonId, const QJsonObject &pii)
{
    Result<Query> next
        = m_store->exec(QStringLiteral("SELECT COALESCE(MAX(id), 0) + 1 FROM orders"));
    QVERIFY(next && next->next());
    const qint64 id = next->value(0).toLongLong();
    next->finish();
    const QByteArray key = crypto::randomBytes(crypto::kAesKeyBytes);
    const QByteArray nonce = crypto::randomBytes(crypto::kGcmNonceBytes);
    Result<crypto::GcmSealed> sealed = crypto::gcmEncrypt(
        key, nonce, crypto::fieldAad(QStringLiteral("orders"), QStringLiteral("pii"), id),
        QJsonDocument(pii).toJson(QJsonDocument::Compact));
    QVERIFY(sealed.ok());
    Result<QByteArray> wrapped = m_store->keys().seal(
        key, crypto::fieldAad(QStringLiteral("order_keys"), QStringLiteral("wrapped_key"), id));
    QVERIFY(wrapped.ok());
    QVERIFY(m_store
                ->exec(QStringLiteral("INSERT INTO orders (id, client, amazon_order_id, "
                                      "purchase_date, order_status, marketplace, currency, "
                                      "total_cents, item_count, items, fulfilled_at, ingested_at, "
                                      "pii_held, pii) VALUES (?, 'kestrel', ?, ?, 'Shipped', "
                                      "'A1F83G8C2ARO7P', 'GBP', 2550, 1, '[]', ?, ?, 1, ?)"),
                       {id, amazonId, kStart.addDays(-2).toMSecsSinceEpoch(),
                        kStart.toMSecsSinceEpoch(), m_clock.nowMs(),
                        QByteArray(nonce + sealed->ciphertext + sealed->tag)})
                .ok());
    QVERIFY(m_store
                ->exec(QStringLiteral(
                           "INSERT INTO keyvault.order_keys (order_id, wrapped_key) VALUES (?, ?)"),
                       {id, *wrapped})
                .ok());
}

void TestOrders::piiRoundTrips_data()
{
    QTest::addColumn<QJsonObject>("pii");
    QTest::addColumn<QJsonObject>("opened"); // as a read returns it, when not pii itself
    const auto address = [](const QString &line) {
        return QJsonObject {{QStringLiteral("name"), QStringLiteral("Zephyrine Quillfeather")},
                            {QStringLiteral("address_line1"), line},
                            {QStringLiteral("city"), QStringLiteral("Lindisfarne")}};
    };
    QTest::newRow("non-ASCII text")
        << QJsonObject {{QStringLiteral("buyer_name"),
                         QStringLiteral("Zoë Ørsted-Łukasiewicz 山田太郎 محمد")},
                        {QStringLiteral("buyer_email"), QStringLiteral("zoë@例え.jp")},
                        {QStringLiteral("shipping_address"),
                         address(QStringLiteral("Straße 7, Åre"))}}
        << QJsonObject();
    QTest::newRow("beyond the BMP, combining marks")
        << QJsonObject {{QStringLiteral("buyer_name"),
                         QStringLiteral("\U0001F642 \U0001D11E e\u0301 \u200d")}}
        << QJsonObject();
    QTest::newRow("JSON's special characters")
        << QJsonObject {{QStringLiteral("shipping_address"),
                         address(QStringLiteral("\"quoted\" back\\slash /slash/ tab\tline\nret\r"
                                                "\x01\x1f\u007f \u2028\u2029"))}}
        << QJsonObject();
    QTest::newRow("empty text") << QJsonObject {{QStringLiteral("buyer_name"), QString()},
                                                {QStringLiteral("buyer_email"),
                                                 QStringLiteral("only@example.com")},
                                                {QStringLiteral("shipping_address"),
                                                 QJsonObject {{QStringLiteral("city"), QString()}}}}
                                << QJsonObject();
    // Not a character: kept by the earlier build's QJsonDocument as the escape \ud800; written
    // now as U+FFFD, as every JSON reply of the server has always written it.
    const QString lone = QStringLiteral("a") + QChar(0xd800) + QStringLiteral("b");
    QTest::newRow("lone surrogate")
        << QJsonObject {{QStringLiteral("buyer_name"), lone}}
        << QJsonObject {{QStringLiteral("buyer_name"), QStringLiteral("a\ufffdb")}};
}

// What ingest seals opens to the same text, and so does what the build before sealed (with
// QJsonDocument): stored PII stays readable whichever build wrote it.
void TestOrders::piiRoundTrips()
{
    QFETCH(QJsonObject, pii);
    QFETCH(QJsonObject, opened);
    orders::ParsedOrder o;
    o.amazonOrderId = QStringLiteral("202-1");
    o.purchaseDate = kStart.addDays(-2).toMSecsSinceEpoch();
    o.orderStatus = QStringLiteral("Shipped");
    o.marketplace = QStringLiteral("A1F83G8C2ARO7P");
    o.currency = QStringLiteral("GBP");
    o.totalCents = 2550;
    o.itemCount = 1;
    o.itemsJson = "[]";
    o.fulfilledAt = kStart.toMSecsSinceEpoch();
    o.pii = pii;
    orders::Batch batch;
    batch.client = QStringLiteral("kestrel");
    batch.orders = {o};
    Result<IngestResult> ingested = Orders(*m_store).ingest(Caller::localOperator(), batch);
    QVERIFY2(ingested.ok(), ingested.ok() ? "" : qPrintable(ingested.error().message));
    QVERIFY(ingested->errors.isEmpty());
    storeSealedByEarlierBuild(QStringLiteral("202-0"), pii);

    grant(m_employee, OrderCategory::Pii, QStringLiteral("kestrel"));
    Orders orders(*m_store);
    Result<Order> now = orders.order(m_employee, orderId(QStringLiteral("202-1")), true);
    QVERIFY2(now.ok(), now.ok() ? "" : qPrintable(now.error().message));
    QVERIFY(now->pii.has_value());
    QCOMPARE(*now->pii, opened.isEmpty() ? pii : opened);
    Result<Order> earlier = orders.order(m_employee, orderId(QStringLiteral("202-0")), true);
    QVERIFY2(earlier.ok(), earlier.ok() ? "" : qPrintable(earlier.error().message));
    QVERIFY(earlier->pii.has_value());
    QCOMPARE(*earlier->pii, pii);
}

void TestOrders::retentionBoundary_data()
{
    QTest::addColumn<qint64>("secondsAfterFulfilment");
    QTest::addColumn<bool>("purged");
    QTest::newRow("29 d 23 h kept") << qint64((29 * 24 + 23) * 3600) << false;
    QTest::newRow("30 d - 1 s kept") << qint64(30 * 24 * 3600 - 1) << false;
    QTest::newRow("30 d purged") << qint64(30 * 24 * 3600) << true;
    QTest::newRow("45 d purged") << qint64(45 * 24 * 3600) << true;
}

void TestOrders::retentionBoundary()
{
    QFETCH(qint64, secondsAfterFulfilment);
    QFETCH(bool, purged);
    ingestOne(QStringLiteral("202-1"), kStart);
    const qint64 id = orderId(QStringLiteral("202-1"));
    m_clock.set(kStart.addSecs(secondsAfterFulfilment));
    Result<SweepResult> swept = Orders(*m_store).sweep(m_officer);
    QVERIFY(swept.ok());
    QCOMPARE(swept->purged, purged ? 1 : 0);
    QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM keyvault.order_keys")), purged ? 0 : 1);
    Result<Order> o = Orders(*m_store).order(m_officer, id, false);
    QVERIFY(o.ok());
    QCOMPARE(o->piiHeld, !purged);
    // The non-PII facts stay for the aggregates.
    QCOMPARE(o->totalCents, 2550);
    QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM orders WHERE pii IS NOT NULL")),
             purged ? 0 : 1);
}

void TestOrders::jobLookAheadPurgesBeforeDeadline()
{
    ingestOne(QStringLiteral("202-1"), kStart);
    m_clock.set(kStart.addDays(30).addSecs(-5 * 60));
    Result<SweepResult> swept = Orders(*m_store).sweep(m_officer, 10 * 60 * 1000);
    QVERIFY(swept.ok());
    QCOMPARE(swept->purged, 1);
}

void TestOrders::retentionStatusCounts()
{
    ingestOne(QStringLiteral("202-1"), kStart); // overdue at +31 d
    ingestOne(QStringLiteral("202-2"), kStart.addDays(5)); // due in 4 days
    ingestOne(QStringLiteral("202-3"), kStart.addDays(20)); // due in 19 days
    m_clock.set(kStart.addDays(31));
    Result<RetentionStatus> s = Orders(*m_store).retentionStatus();
    QVERIFY(s.ok());
    QCOMPARE(s->held, 3);
    QCOMPARE(s->overdue, 1);
    QCOMPARE(s->dueWithinWeek, 1);
    QCOMPARE(s->clients.size(), 1);
    QCOMPARE(*s->oldestFulfilledAt, kStart.toMSecsSinceEpoch());
    QVERIFY(!s->lastSweepAt);
    QVERIFY(Orders(*m_store).sweep(m_officer).ok());
    s = Orders(*m_store).retentionStatus();
    QCOMPARE(s->held, 2);
    QCOMPARE(s->overdue, 0);
    QCOMPARE(s->lastSweepPurged, 1);
    QCOMPARE(*s->lastSweepAt, m_clock.nowMs());
}

void TestOrders::nonPiiFactsRolledUpThenDeleted()
{
    // Two orders of kestrel bought the same UTC day, one a day later, one young; osprey's one.
    ingestFacts(QStringLiteral("kestrel"), QStringLiteral("301-1"), kStart, QStringLiteral("10.25"),
                2);
    ingestFacts(QStringLiteral("kestrel"), QStringLiteral("301-2"), kStart.addSecs(3600),
                QStringLiteral("4.75"), 3);
    ingestFacts(QStringLiteral("kestrel"), QStringLiteral("301-3"), kStart.addDays(1),
                QStringLiteral("1.00"), 1);
    ingestFacts(QStringLiteral("kestrel"), QStringLiteral("301-4"), kStart.addDays(60),
                QStringLiteral("99.00"), 9);
    ingestFacts(QStringLiteral("osprey"), QStringLiteral("301-5"), kStart, QStringLiteral("7.00"),
                1);
    Orders orders(*m_store);
    // A second before 18 months after fulfilment nothing goes (the PII went after 30 days).
    m_clock.set(kStart.addMonths(18).addSecs(-1));
    Result<SweepResult> swept = orders.sweep(m_officer);
    QVERIFY2(swept.ok(), swept.ok() ? "" : qPrintable(swept.error().message));
    QCOMPARE(swept->purged, 5);
    QCOMPARE(swept->deleted, 0);
    // What is due at 18 months, summed before the sweep, must equal what it keeps.
    m_clock.set(kStart.addMonths(18).addDays(1));
    const qint64 cutoff = m_store->policy().nonPiiCutoff(m_clock.nowMs());
    Result<Query> due = m_store->exec(
        QStringLiteral("SELECT COUNT(*), SUM(item_count), SUM(total_cents) FROM orders WHERE "
                       "fulfilled_at <= ?"),
        {cutoff});
    QVERIFY(due && due->next());
    const qint64 dueOrders = due->value(0).toLongLong();
    const qint64 dueItems = due->value(1).toLongLong();
    const qint64 dueCents = due->value(2).toLongLong();
    due->finish();
    QCOMPARE(dueOrders, 4);
    swept = orders.sweep(m_officer);
    QVERIFY2(swept.ok(), swept.ok() ? "" : qPrintable(swept.error().message));
    QCOMPARE(swept->deleted, 4);
    QCOMPARE(swept->deletedPerClient.value(QStringLiteral("kestrel")), 3);
    QCOMPARE(swept->deletedPerClient.value(QStringLiteral("osprey")), 1);
    QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM orders")), 1);
    QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM orders WHERE amazon_order_id = '301-4'")),
             1);
    QCOMPARE(count(QStringLiteral("SELECT SUM(orders) FROM order_daily_aggregates")), dueOrders);
    QCOMPARE(count(QStringLiteral("SELECT SUM(items) FROM order_daily_aggregates")), dueItems);
    QCOMPARE(count(QStringLiteral("SELECT SUM(sales_cents) FROM order_daily_aggregates")),
             dueCents);
    Result<Page<DailyAggregate>> kept = orders.dailyAggregates(m_officer, {}, 0, 100);
    QVERIFY(kept.ok());
    QCOMPARE(kept->items.size(), 3); // kestrel's two days and osprey's one
    const DailyAggregate &first = kept->items.first();
    QCOMPARE(first.client, QStringLiteral("kestrel"));
    QCOMPARE(first.day, kStart.addDays(-2).date().toString(Qt::ISODate)); // day of purchase
    QCOMPARE(first.orders, 2);
    QCOMPARE(first.items, 5);
    QCOMPARE(first.salesCents, 1500);
    QCOMPARE(first.currency, QStringLiteral("GBP"));
    QCOMPARE(first.marketplace, QStringLiteral("A1F83G8C2ARO7P"));
    // Filters and paging.
    DailyAggregateFilter filter;
    filter.client = QStringLiteral("osprey");
    QCOMPARE(orders.dailyAggregates(m_officer, filter, 0, 100)->items.size(), 1);
    filter = {};
    filter.fromDay = QDate(1970, 1, 1).daysTo(kStart.addDays(-1).date());
    QCOMPARE(orders.dailyAggregates(m_officer, filter, 0, 100)->items.size(), 1);
    Result<Page<DailyAggregate>> page = orders.dailyAggregates(m_officer, {}, 0, 2);
    QCOMPARE(page->items.size(), 2);
    QCOMPARE(*page->nextAfter, page->items.last().id);
    // Audited as the PII sweep is: counts per client, no order ids.
    const QList<AuditEvent> events = eventsOf(QStringLiteral("retention.sweep"));
    QVERIFY2(events.last().detail.contains(QLatin1String("deleted=4 deleted_clients=kestrel:3,"
                                                         "osprey:1 ")),
             qPrintable(events.last().detail));
    QVERIFY(!events.last().detail.contains(QLatin1String("301-")));
    QCOMPARE(count(QStringLiteral("SELECT deleted_orders FROM retention_sweeps ORDER BY id DESC "
                                  "LIMIT 1")),
             4);
    // Again: nothing is due, nothing is counted twice.
    swept = orders.sweep(m_officer);
    QCOMPARE(swept->deleted, 0);
    QCOMPARE(count(QStringLiteral("SELECT SUM(orders) FROM order_daily_aggregates")), dueOrders);
    QCOMPARE(count(QStringLiteral("SELECT SUM(sales_cents) FROM order_daily_aggregates")),
             dueCents);
    // The young order goes once it is due too.
    m_clock.set(kStart.addMonths(20));
    QCOMPARE(orders.sweep(m_officer)->deleted, 1);
    QCOMPARE(count(QStringLiteral("SELECT SUM(orders) FROM order_daily_aggregates")), 5);
    // An employee without a grant reads none of it, and the refusal is audited.
    Result<Page<DailyAggregate>> refused = orders.dailyAggregates(m_employee, {}, 0, 100);
    QVERIFY(!refused);
    QCOMPARE(refused.error().code, ErrorCode::Forbidden);
    grant(m_employee, OrderCategory::Aggregates, QStringLiteral("osprey"));
    kept = orders.dailyAggregates(m_employee, {}, 0, 100);
    QVERIFY(kept.ok());
    QCOMPARE(kept->items.size(), 1);
    QCOMPARE(kept->items.first().client, QStringLiteral("osprey"));
    filter = {};
    filter.client = QStringLiteral("kestrel");
    refused = orders.dailyAggregates(m_employee, filter, 0, 100);
    QVERIFY(!refused);
    QCOMPARE(refused.error().code, ErrorCode::Forbidden);
}

void TestOrders::failedRollUpDeletesNothing()
{
    ingestFacts(QStringLiteral("kestrel"), QStringLiteral("302-1"), kStart, QStringLiteral("5.00"),
                1);
    m_clock.set(kStart.addMonths(19));
    // The aggregates cannot be written: the sweep fails as a whole, PII purge included.
    QVERIFY(m_store
                ->exec(QStringLiteral("ALTER TABLE order_daily_aggregates RENAME TO "
                                      "order_daily_aggregates_away"))
                .ok());
    QVERIFY(!Orders(*m_store).sweep(m_officer).ok());
    QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM orders")), 1);
    QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM orders WHERE pii_held = 1")), 1);
    QVERIFY(m_store
                ->exec(QStringLiteral("ALTER TABLE order_daily_aggregates_away RENAME TO "
                                      "order_daily_aggregates"))
                .ok());
    Result<SweepResult> swept = Orders(*m_store).sweep(m_officer);
    QVERIFY2(swept.ok(), swept.ok() ? "" : qPrintable(swept.error().message));
    QCOMPARE(swept->deleted, 1);
    QCOMPARE(count(QStringLiteral("SELECT SUM(orders) FROM order_daily_aggregates")), 1);
    QCOMPARE(count(QStringLiteral("SELECT SUM(sales_cents) FROM order_daily_aggregates")), 500);
}

void TestOrders::legalHoldSuspendsOnlyNonPiiDeletion()
{
    ingestFacts(QStringLiteral("kestrel"), QStringLiteral("303-1"), kStart, QStringLiteral("5.00"),
                1);
    ingestFacts(QStringLiteral("osprey"), QStringLiteral("303-2"), kStart, QStringLiteral("6.00"),
                1);
    LegalHolds holds(*m_store);
    Result<LegalHold> held
        = holds.set(m_officer,
                    {QStringLiteral("kestrel"), QStringLiteral("Tax audit of fiscal year 2026"),
                     kStart.addMonths(20).toMSecsSinceEpoch(), false});
    QVERIFY2(held.ok(), held.ok() ? "" : qPrintable(held.error().message));
    QCOMPARE(held->setBy, QStringLiteral("olga"));
    QCOMPARE(held->setAt, kStart.toMSecsSinceEpoch());
    QList<AuditEvent> set = eventsOf(QStringLiteral("client.legal_hold_set"));
    QCOMPARE(set.size(), 1);
    QCOMPARE(set.first().actor, QStringLiteral("olga"));
    QCOMPARE(set.first().objectId, QStringLiteral("kestrel"));
    QVERIFY2(set.first().detail.contains(QLatin1String("reason=Tax audit of fiscal year 2026")),
             qPrintable(set.first().detail));
    // The hold does not keep the PII: it goes after 30 days as always.
    m_clock.set(kStart.addDays(31));
    QCOMPARE(Orders(*m_store).sweep(m_officer)->purged, 2);
    // At 19 months osprey's facts go, kestrel's stay.
    m_clock.set(kStart.addMonths(19));
    Result<SweepResult> swept = Orders(*m_store).sweep(m_officer);
    QVERIFY(swept.ok());
    QCOMPARE(swept->deleted, 1);
    QCOMPARE(swept->heldClients, QStringList {QStringLiteral("kestrel")});
    QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM orders WHERE client = 'kestrel'")), 1);
    QVERIFY(eventsOf(QStringLiteral("retention.sweep"))
                .last()
                .detail.endsWith(QLatin1String("held=kestrel")));
    // Past its until the hold stops applying by itself.
    m_clock.set(kStart.addMonths(20));
    QVERIFY(!holds.list(0, 100, true)->items.size());
    swept = Orders(*m_store).sweep(m_officer);
    QCOMPARE(swept->deleted, 1);
    QVERIFY(swept->heldClients.isEmpty());

    // An open-ended hold applies until released; released, the next sweep deletes.
    ingestFacts(QStringLiteral("kestrel"), QStringLiteral("303-3"), kStart, QStringLiteral("1.00"),
                1);
    held = holds.set(m_officer,
                     {QStringLiteral("kestrel"), QStringLiteral("Litigation hold"), {}, true});
    QVERIFY2(held.ok(), held.ok() ? "" : qPrintable(held.error().message));
    QVERIFY(!held->until);
    QCOMPARE(Orders(*m_store).sweep(m_officer)->deleted, 0);
    Result<LegalHold> released = holds.release(m_officer2, held->id);
    QVERIFY(released.ok());
    QCOMPARE(released->releasedBy, QStringLiteral("oscar"));
    QCOMPARE(eventsOf(QStringLiteral("client.legal_hold_released")).size(), 1);
    QCOMPARE(eventsOf(QStringLiteral("client.legal_hold_released")).first().actor,
             QStringLiteral("oscar"));
    QCOMPARE(holds.release(m_officer, held->id).error().code, ErrorCode::Conflict);
    QCOMPARE(Orders(*m_store).sweep(m_officer)->deleted, 1);
}

void TestOrders::legalHoldInputAndPermission_data()
{
    QTest::addColumn<QString>("client");
    QTest::addColumn<QString>("reason");
    QTest::addColumn<qint64>("untilDays"); // from now; 0: none
    QTest::addColumn<bool>("openEnded");
    QTest::addColumn<int>("code");
    QTest::addColumn<QString>("error");
    const int invalid = int(ErrorCode::InvalidInput);
    QTest::newRow("no reason") << "kestrel"
                               << "  " << qint64(30) << false << invalid
                               << "\"reason\" is required";
    QTest::newRow("no end") << "kestrel"
                            << "Tax audit" << qint64(0) << false << invalid
                            << "\"until\" is required (or \"open_ended\": true";
    QTest::newRow("both ends") << "kestrel"
                               << "Tax audit" << qint64(30) << true << invalid
                               << "either \"until\" or \"open_ended\"";
    QTest::newRow("until passed") << "kestrel"
                                  << "Tax audit" << qint64(-1) << false << invalid
                                  << "must be in the future";
    QTest::newRow("unknown client") << "nobody"
                                    << "Tax audit" << qint64(30) << false
                                    << int(ErrorCode::NotFound) << "no client named nobody";
    QTest::newRow("second hold") << "osprey"
                                 << "Tax audit" << qint64(30) << false << int(ErrorCode::Conflict)
                                 << "already under legal hold";
}

void TestOrders::legalHoldInputAndPermission()
{
    QFETCH(QString, client);
    QFETCH(QString, reason);
    QFETCH(qint64, untilDays);
    QFETCH(bool, openEnded);
    QFETCH(int, code);
    QFETCH(QString, error);
    ingestFacts(QStringLiteral("kestrel"), QStringLiteral("304-1"), kStart, QStringLiteral("1.00"),
                1);
    ingestFacts(QStringLiteral("osprey"), QStringLiteral("304-2"), kStart, QStringLiteral("1.00"),
                1);
    LegalHolds holds(*m_store);
    QVERIFY(
        holds.set(m_officer, {QStringLiteral("osprey"), QStringLiteral("Audit"), {}, true}).ok());
    const qint64 before = count(QStringLiteral("SELECT COUNT(*) FROM client_legal_holds"));
    OptionalTime until;
    if (untilDays != 0)
        until = m_clock.nowMs() + untilDays * 24 * 3600 * 1000;
    Result<LegalHold> refused = holds.set(m_officer, {client, reason, until, openEnded});
    QVERIFY(!refused);
    QCOMPARE(int(refused.error().code), code);
    QVERIFY2(refused.error().message.contains(error), qPrintable(refused.error().message));
    QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM client_legal_holds")), before);
    // Whoever does not manage retention neither sets nor releases one.
    Result<LegalHold> forbidden
        = holds.set(m_employee, {QStringLiteral("kestrel"), QStringLiteral("Tax audit"), {}, true});
    QCOMPARE(forbidden.error().code, ErrorCode::Forbidden);
    QCOMPARE(holds.release(m_employee, 1).error().code, ErrorCode::Forbidden);
    QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM client_legal_holds WHERE released_at IS "
                                  "NULL")),
             before);
}

void TestOrders::cryptoShreddingDefeatsOldCopies()
{
    ingestOne(QStringLiteral("202-1"), kStart);
    const qint64 id = orderId(QStringLiteral("202-1"));
    // A backup of the database file (with its WAL) taken before the deletion.
    for (const QString &statement : m_store->dialect().afterPurge())
        QVERIFY(m_store->exec(statement).ok());
    const QString copy = m_dir->path() + QStringLiteral("/backup.sqlite");
    QVERIFY(QFile::copy(m_dir->path() + QStringLiteral("/store.sqlite"), copy));

    const auto decryptFromCopy = [&]() -> bool {
        QByteArray sealed;
        {
            QSqlDatabase db
                = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("backup"));
            db.setDatabaseName(copy);
            if (!db.open())
                return false;
            QSqlQuery q(db);
            q.prepare(QStringLiteral("SELECT pii FROM orders WHERE id = ?"));
            q.addBindValue(id);
            if (q.exec() && q.next())
                sealed = q.value(0).toByteArray();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("backup"));
        if (sealed.isEmpty())
            return false;
        // The key can come only from the live key file, with the master key.
        Result<Query> k = m_store->exec(
            QStringLiteral("SELECT wrapped_key FROM keyvault.order_keys WHERE order_id = ?"), {id});
        if (!k || !k->next())
            return false;
        Result<QByteArray> key = m_store->keys().open(
            k->value(0).toByteArray(),
            crypto::fieldAad(QStringLiteral("order_keys"), QStringLiteral("wrapped_key"), id));
        if (!key)
            return false;
        Result<QByteArray> plain = crypto::gcmDecrypt(
            *key, sealed.left(12),
            crypto::fieldAad(QStringLiteral("orders"), QStringLiteral("pii"), id),
            sealed.mid(12, sealed.size() - 28), sealed.right(16));
        return plain.ok() && plain->contains("Zephyrine");
    };
    QVERIFY2(decryptFromCopy(), "the copy is readable while the key exists");

    Result<DeletionRequest> r = Orders(*m_store).createDeletionRequest(
        m_officer,
        {QStringLiteral("AMZ-1"),
         m_clock.nowMs(),
         QStringLiteral("delete"),
         {QStringLiteral("orders"), QStringLiteral("kestrel"), {QStringLiteral("202-1")}, {}}});
    QVERIFY2(r.ok(), r.ok() ? "" : qPrintable(r.error().message));
    Result<Fulfilment> f = Orders(*m_store).fulfil(m_officer, r->id, {});
    QVERIFY2(f.ok(), f.ok() ? "" : qPrintable(f.error().message));
    QCOMPARE(f->request.deletedPii, 1);
    QVERIFY2(!decryptFromCopy(), "the copy still holds the ciphertext, but its key is gone");
}

void TestOrders::piiNeedsGrantAndAuditNamesIt()
{
    ingestOne(QStringLiteral("202-1"), kStart);
    const qint64 id = orderId(QStringLiteral("202-1"));
    Orders orders(*m_store);
    // No grant: the order is not there, exactly as a missing one (its id tells nothing, not
    // even whose it is); the list of a client the caller names says how to get access.
    Result<Order> o = orders.order(m_employee, id, true);
    QVERIFY(!o.ok());
    QCOMPARE(o.error().code, ErrorCode::NotFound);
    QCOMPARE(o.error().message, QStringLiteral("no order with id %1").arg(id));
    Result<Page<Order>> refused = orders.list(m_employee, QStringLiteral("kestrel"), true, 0, 10);
    QCOMPARE(refused.error().code, ErrorCode::Forbidden);
    QVERIFY(refused.error().message.contains(QStringLiteral("request access")));
    QVERIFY(!orders.aggregates(m_employee).ok());

    // Aggregates only: totals, but not orders.
    grant(m_employee, OrderCategory::Aggregates, QStringLiteral("kestrel"));
    Result<QList<AggregateRow>> totals = orders.aggregates(m_employee);
    QVERIFY(totals.ok());
    QCOMPARE(totals->size(), 1);
    QCOMPARE(totals->first().orders, 1);
    QCOMPARE(totals->first().salesCents, 2550);
    QVERIFY(!orders.order(m_employee, id, false).ok());

    // Non-PII grant: the facts, never the PII, even when asked.
    grant(m_employee, OrderCategory::NonPii, QStringLiteral("kestrel"));
    o = orders.order(m_employee, id, true);
    QVERIFY(o.ok());
    QVERIFY(!o->pii);

    // A PII grant for another client does not help.
    grant(m_employee, OrderCategory::Pii, QStringLiteral("northwind"));
    QVERIFY(!orders.order(m_employee, id, true)->pii);

    const qint64 g = grant(m_employee, OrderCategory::Pii, QStringLiteral("kestrel"));
    o = orders.order(m_employee, id, false);
    QVERIFY(!o->pii); // only when asked for
    o = orders.order(m_employee, id, true);
    QVERIFY(o.ok());
    QVERIFY(o->pii);
    QCOMPARE(o->pii->value(QStringLiteral("buyer_name")).toString(),
             QStringLiteral("Zephyrine Quillfeather"));
    QCOMPARE(o->grantId, g);
    Result<QList<AuditEvent>> events = audit::list(*m_store, 0, 500);
    QVERIFY(events.ok());
    const AuditEvent &e = events->last();
    QCOMPARE(e.action, QStringLiteral("orders.read_pii"));
    QCOMPARE(e.actor, QStringLiteral("emil"));
    QCOMPARE(e.detail, QStringLiteral("grant=%1 client=kestrel orders=1").arg(g));
    QCOMPARE(e.reason, QStringLiteral("Refund dispute for a buyer who was charged twice"));
    for (const AuditEvent &event : *events)
        QVERIFY(!event.detail.contains(QStringLiteral("Zephyrine")));

    Result<Page<Order>> page = orders.list(m_employee, QStringLiteral("kestrel"), true, 0, 10);
    QVERIFY(page.ok());
    QCOMPARE(page->items.size(), 1);
    QVERIFY(page->items.first().pii);

    // Revoked: back to refusal of PII.
    QVERIFY(AccessControl(*m_store).revoke(m_officer, g, QStringLiteral("dispute closed")).ok());
    QVERIFY(!orders.order(m_employee, id, true)->pii);
    // Expired grants end it too.
    m_clock.set(kStart.addDays(2));
    QVERIFY(!orders.order(m_employee, id, false).ok());
}

// After a password or 2FA reset the holder's grants give nothing until they enrol again, even
// to a caller resolved before the reset; the grant shows as suspended.
void TestOrders::credentialResetSuspendsGrants()
{
    ingestOne(QStringLiteral("202-1"), kStart);
    const qint64 id = orderId(QStringLiteral("202-1"));
    const qint64 g = grant(m_employee, OrderCategory::Pii, QStringLiteral("kestrel"));
    Orders orders(*m_store);
    QVERIFY(orders.order(m_employee, id, true)->pii);
    Result<EnrolmentCode> reset = Accounts(*m_store).resetPassword(m_officer, m_employee.userId);
    QVERIFY2(reset.ok(), reset.ok() ? "" : qPrintable(reset.error().message));
    QVERIFY(!reset->code.isEmpty());
    QVERIFY(AccessControl(*m_store).grant(g)->suspended);
    const Result<Order> suspended = orders.order(m_employee, id, true);
    QVERIFY(!suspended.ok());
    // Like any order the caller may not see: answered as a missing one.
    QCOMPARE(suspended.error().code, ErrorCode::NotFound);
}

// A grant lookup that fails (here: the table is gone) is an internal error, not "you have no
// grant": the caller is not told to request access, and no refusal lands in the audit trail.
void TestOrders::failedGrantLookupIsNoRefusal()
{
    ingestOne(QStringLiteral("202-1"), kStart);
    const qint64 id = orderId(QStringLiteral("202-1"));
    Result<QList<AuditEvent>> before = audit::list(*m_store, 0, 500);
    QVERIFY(before.ok());
    QVERIFY(m_store->exec(QStringLiteral("ALTER TABLE grants RENAME TO grants_gone")).ok());
    Orders orders(*m_store);
    for (const bool pii : {false, true}) {
        Result<Order> o = orders.order(m_employee, id, pii);
        QVERIFY(!o.ok());
        QCOMPARE(o.error().code, ErrorCode::Internal);
        Result<Page<Order>> page = orders.list(m_employee, QStringLiteral("kestrel"), pii, 0, 10);
        QVERIFY(!page.ok());
        QCOMPARE(page.error().code, ErrorCode::Internal);
    }
    Result<QList<AuditEvent>> after = audit::list(*m_store, 0, 500);
    QVERIFY(after.ok());
    QCOMPARE(after->size(), before->size());
}

void TestOrders::deletionRequestClockAndOverdueNotice()
{
    Orders orders(*m_store);
    const qint64 received = kStart.addSecs(-3600).toMSecsSinceEpoch();
    Result<DeletionRequest> r = orders.createDeletionRequest(
        m_officer,
        {QStringLiteral("AMZ-72"),
         received,
         QStringLiteral("delete"),
         {QStringLiteral("client"), QStringLiteral("kestrel"), {}, {}}});
    QVERIFY(r.ok());
    QCOMPARE(r->dueAt, received + 72LL * 3600 * 1000);
    QCOMPARE(r->status, QStringLiteral("open"));

    // Bad requests are refused with the field named.
    QVERIFY(!orders
                 .createDeletionRequest(m_officer,
                                        {QStringLiteral("x"),
                                         received,
                                         QStringLiteral("shred"),
                                         {QStringLiteral("client"), QStringLiteral("k"), {}, {}}})
                 .ok());
    QVERIFY(!orders
                 .createDeletionRequest(m_officer,
                                        {QStringLiteral("x"),
                                         received,
                                         QStringLiteral("delete"),
                                         {QStringLiteral("orders"), QStringLiteral("k"), {}, {}}})
                 .ok());
    QVERIFY(!orders
                 .createDeletionRequest(m_officer,
                                        {QStringLiteral("x"),
                                         kStart.addDays(1).toMSecsSinceEpoch(),
                                         QStringLiteral("delete"),
                                         {QStringLiteral("client"), QStringLiteral("k"), {}, {}}})
                 .ok());

    m_clock.set(QDateTime::fromMSecsSinceEpoch(received + 72LL * 3600 * 1000 - 1000, Qt::UTC));
    Result<int> overdue = orders.notifyOverdueRequests();
    QVERIFY(overdue.ok());
    QCOMPARE(*overdue, 0);
    m_clock.set(QDateTime::fromMSecsSinceEpoch(received + 72LL * 3600 * 1000, Qt::UTC));
    overdue = orders.notifyOverdueRequests();
    QCOMPARE(*overdue, 1);
    QCOMPARE(*orders.notifyOverdueRequests(), 0); // once
    // Every compliance officer, nobody else.
    Result<NotificationPage> inbox = Notifications(*m_store).list(m_officer2, false, 0, 10);
    QVERIFY(inbox.ok());
    QCOMPARE(inbox->page.items.size(), 1);
    QCOMPARE(inbox->page.items.first().kind, QStringLiteral("deletion_request"));
    QVERIFY(inbox->page.items.first().title.contains(QStringLiteral("AMZ-72")));
    QCOMPARE(Notifications(*m_store).list(m_employee, false, 0, 10)->page.items.size(), 0);

    Result<Fulfilment> f = orders.fulfil(m_officer, r->id, {});
    QVERIFY(f.ok());
    QCOMPARE(f->request.status, QStringLiteral("fulfilled"));
    QCOMPARE(f->request.fulfilledBy, QStringLiteral("olga"));
    QVERIFY(!orders.fulfil(m_officer, r->id, {}).ok()); // once
}

void TestOrders::buyerScopeDeletesOnlyThatBuyer()
{
    ingestOne(QStringLiteral("202-1"), kStart, QStringLiteral("Zephyrine.Quill@example.net"));
    ingestOne(QStringLiteral("202-2"), kStart, QStringLiteral("someone.else@example.net"));
    ingestOne(QStringLiteral("202-3"), kStart, QStringLiteral("zephyrine.quill@example.net"));
    Orders orders(*m_store);
    Result<DeletionRequest> r = orders.createDeletionRequest(
        m_officer,
        {QStringLiteral("AMZ-B"),
         m_clock.nowMs(),
         QStringLiteral("delete"),
         {QStringLiteral("buyer"), {}, {}, QStringLiteral("zephyrine.quill@example.net")}});
    QVERIFY(r.ok());
    QVERIFY(r->scopeHasBuyer);
    QVERIFY2(!diskBytes().contains("zephyrine.quill@example.net"), "the scope's e-mail is sealed");
    Result<Fulfilment> f = orders.fulfil(m_officer, r->id, {});
    QVERIFY2(f.ok(), f.ok() ? "" : qPrintable(f.error().message));
    QCOMPARE(f->request.deletedPii, 2);
    QCOMPARE(f->request.deletedOrders, 0);
    const QByteArray expected = crypto::sha256("kestrel/202-1\nkestrel/202-3").toHex();
    QCOMPARE(f->request.deletedIdsSha256.toLatin1(), expected);
    QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM orders WHERE pii_held = 1")), 1);
    QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM keyvault.order_keys")), 1);
    QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM orders")), 3);
    QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM deletion_requests WHERE scope_buyer_email "
                                  "IS NOT NULL")),
             0);
}

void TestOrders::clientScopeDeletesEverything()
{
    ingestOne(QStringLiteral("202-1"), kStart);
    Result<IngestResult> other = Orders(*m_store).ingest(
        Caller::localOperator(),
        batchOf(QStringLiteral("northwind"),
                {makeOrder(QStringLiteral("303-1"), kStart, QStringLiteral("a@b.c"),
                           QStringLiteral("n"))}));
    QVERIFY(other.ok());
    Orders orders(*m_store);
    Result<DeletionRequest> r = orders.createDeletionRequest(
        m_officer,
        {QStringLiteral("AMZ-C"),
         m_clock.nowMs(),
         QStringLiteral("delete"),
         {QStringLiteral("client"), QStringLiteral("kestrel"), {}, {}}});
    QVERIFY(r.ok());
    Result<Fulfilment> f = orders.fulfil(m_officer, r->id, {});
    QVERIFY(f.ok());
    QCOMPARE(f->request.deletedOrders, 1);
    QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM orders WHERE client = 'kestrel'")), 0);
    QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM orders WHERE client = 'northwind'")), 1);
    Result<QList<AuditEvent>> events = audit::list(*m_store, 0, 500);
    QCOMPARE(events->last().action, QStringLiteral("deletion_request.fulfil"));
    QVERIFY(events->last().detail.contains(QStringLiteral("orders_deleted=1 pii_deleted=1")));
}

// An order's id names it in the audit trail, the deletion receipts and the shred records, so
// the id of a deleted order is never given to a new one, not even when it was the highest.
void TestOrders::deletedOrdersIdsAreNotHandedOutAgain()
{
    ingestOne(QStringLiteral("202-1"), kStart);
    Result<IngestResult> newest = Orders(*m_store).ingest(
        Caller::localOperator(),
        batchOf(QStringLiteral("northwind"),
                {makeOrder(QStringLiteral("303-1"), kStart, QStringLiteral("a@b.c"),
                           QStringLiteral("n")),
                 makeOrder(QStringLiteral("303-2"), kStart, QStringLiteral("a@b.c"),
                           QStringLiteral("n"))}));
    QVERIFY(newest.ok());
    const qint64 highest = orderId(QStringLiteral("303-2"));
    QVERIFY(highest > orderId(QStringLiteral("303-1")));
    Orders orders(*m_store);
    Result<DeletionRequest> r = orders.createDeletionRequest(
        m_officer,
        {QStringLiteral("AMZ-N"),
         m_clock.nowMs(),
         QStringLiteral("delete"),
         {QStringLiteral("client"), QStringLiteral("northwind"), {}, {}}});
    QVERIFY(r.ok());
    Result<Fulfilment> f = orders.fulfil(m_officer, r->id, {});
    QVERIFY(f.ok());
    QCOMPARE(f->request.deletedOrders, 2);

    ingestOne(QStringLiteral("202-2"), kStart);
    QCOMPARE(orderId(QStringLiteral("202-2")), highest + 1);
}

void TestOrders::returnArchiveRoundTrip()
{
    ingestOne(QStringLiteral("202-1"), kStart);
    Orders orders(*m_store);
    Result<DeletionRequest> r = orders.createDeletionRequest(
        m_officer,
        {QStringLiteral("AMZ-R"),
         m_clock.nowMs(),
         QStringLiteral("return"),
         {QStringLiteral("orders"), QStringLiteral("kestrel"), {QStringLiteral("202-1")}, {}}});
    QVERIFY(r.ok());
    QVERIFY(!orders.fulfil(m_officer, r->id, "short").ok()); // passphrase too short
    const QByteArray passphrase = "a long passphrase for Amazon";
    Result<Fulfilment> f = orders.fulfil(m_officer, r->id, passphrase);
    QVERIFY2(f.ok(), f.ok() ? "" : qPrintable(f.error().message));
    QVERIFY(!f->archive.contains("Zephyrine"));
    QCOMPARE(f->request.archiveSha256.toLatin1(), crypto::sha256(f->archive).toHex());
    QVERIFY(!archive::open(f->archive, "the wrong passphrase here").ok());
    Result<QByteArray> plain = archive::open(f->archive, passphrase);
    QVERIFY(plain.ok());
    const QJsonObject doc = QJsonDocument::fromJson(*plain).object();
    QCOMPARE(doc.value(QStringLiteral("reference")).toString(), QStringLiteral("AMZ-R"));
    const QJsonObject order = doc.value(QStringLiteral("orders")).toArray().first().toObject();
    QCOMPARE(order.value(QStringLiteral("amazon_order_id")).toString(), QStringLiteral("202-1"));
    QCOMPARE(order.value(QStringLiteral("pii"))
                 .toObject()
                 .value(QStringLiteral("buyer_email"))
                 .toString(),
             QStringLiteral("zephyrine.quill@example.net"));
    // Returned means deleted here.
    QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM keyvault.order_keys")), 0);
    // A changed archive does not open.
    QByteArray tampered = f->archive;
    tampered.replace("\"t\":3", "\"t\":4");
    QVERIFY(!archive::open(tampered, passphrase).ok());
}

void TestOrders::returnArchiveRefusesHostileFiles_data()
{
    QTest::addColumn<QString>("from");
    QTest::addColumn<QString>("to");
    QTest::addColumn<QString>("message");
    // A file may name any Argon2id cost: the reader must refuse absurd ones before deriving.
    QTest::newRow("4 TiB of memory") << "\"m\":64"
                                     << "\"m\":4294967295"
                                     << "\"m\" must be";
    QTest::newRow("4 billion passes") << "\"t\":1"
                                      << "\"t\":4000000000"
                                      << "\"t\" must be";
    QTest::newRow("negative lanes") << "\"p\":1"
                                    << "\"p\":-1"
                                    << "\"p\" must be";
    QTest::newRow("fractional passes") << "\"t\":1"
                                       << "\"t\":1.5"
                                       << "\"t\" must be";
    QTest::newRow("nonce not base64") << "\"nonce\":\""
                                      << "\"nonce\":\"*"
                                      << "not base64";
}

void TestOrders::returnArchiveRefusesHostileFiles()
{
    QFETCH(QString, from);
    QFETCH(QString, to);
    QFETCH(QString, message);
    const QByteArray passphrase = "a long passphrase for Amazon";
    Result<QByteArray> sealed = archive::seal("{}", passphrase, {1, 64, 1});
    QVERIFY(sealed.ok());
    QVERIFY(archive::open(*sealed, passphrase).ok());
    QByteArray hostile = *sealed;
    QVERIFY2(hostile.contains(from.toUtf8()), hostile.constData());
    hostile.replace(from.toUtf8(), to.toUtf8());
    Result<QByteArray> opened = archive::open(hostile, passphrase);
    QVERIFY(!opened.ok());
    QVERIFY2(opened.error().message.contains(message), qPrintable(opened.error().message));
}

// No PII in bulk: over pii_read_max_per_request in one request, or pii_read_max_per_hour in an
// hour, the read is refused before any PII is opened, audited as denied and alerted.
void TestOrders::piiReadsAreCapped()
{
    {
        QFile policy(m_dir->filePath(QStringLiteral("policy.json")));
        QVERIFY(policy.open(QIODevice::WriteOnly));
        policy.write(R"({"pii_read_max_per_request": 2, "pii_read_max_per_hour": 3})");
    }
    m_store.reset();
    Result<std::unique_ptr<Store>> opened = Store::open(m_dir->path(), m_clock);
    QVERIFY2(opened.ok(), opened.ok() ? "" : qPrintable(opened.error().message));
    m_store = std::move(opened.value());
    Monitoring::install(*m_store);
    for (const char *id : {"301-1", "301-2", "301-3"})
        ingestOne(QString::fromLatin1(id), kStart, QStringLiteral("zephyrine.quill@example.net"));
    grant(m_employee, OrderCategory::Pii, QStringLiteral("kestrel"));
    Orders orders(*m_store);
    Result<Page<Order>> bulk = orders.list(m_employee, QStringLiteral("kestrel"), true, 0, 100);
    QVERIFY(!bulk.ok());
    QCOMPARE(bulk.error().code, ErrorCode::InvalidInput);
    QVERIFY(bulk.error().message.contains(QLatin1String("pii_read_max_per_request")));
    // Without PII the same page is fine.
    QVERIFY(orders.list(m_employee, QStringLiteral("kestrel"), false, 0, 100).ok());
    Result<Page<Order>> two = orders.list(m_employee, QStringLiteral("kestrel"), true, 0, 2);
    QVERIFY(two.ok());
    QCOMPARE(two->items.size(), 2);
    QVERIFY(two->items.first().pii.has_value());
    const qint64 third = *two->nextAfter + 1;
    QVERIFY(orders.order(m_employee, third, true).ok()); // three in the hour
    Result<Order> fourth = orders.order(m_employee, third, true);
    QVERIFY(!fourth.ok());
    QCOMPARE(fourth.error().code, ErrorCode::RateLimited);
    QVERIFY(fourth.error().message.contains(QLatin1String("pii_read_max_per_hour")));
    // Both refusals audited as denied, and one alert for the person.
    Result<Query> refusals = m_store->exec(QStringLiteral(
        "SELECT detail FROM audit_events WHERE action = 'orders.read_pii' AND outcome = 'denied' "
        "ORDER BY seq"));
    QVERIFY(refusals.ok());
    QStringList details;
    while (refusals->next())
        details << refusals->value(0).toString();
    QCOMPARE(details,
             (QStringList {QStringLiteral("cap=per_request"), QStringLiteral("cap=per_hour")}));
    AlertFilter capAlerts;
    capAlerts.rule = QStringLiteral("pii_read_cap");
    Result<Page<Alert>> alerts = Monitoring(*m_store).alerts(capAlerts);
    QVERIFY(alerts.ok());
    QCOMPARE(alerts->items.size(), 1);
    QCOMPARE(alerts->items.first().eventCount, 2);
    QCOMPARE(alerts->items.first().subject, m_employee.username);
    // Reads are counted by the minute: still refused within the hour, and a minute's reads
    // stop counting an hour after the minute ends.
    m_clock.advanceSeconds(3599);
    QCOMPARE(orders.order(m_employee, third, true).error().code, ErrorCode::RateLimited);
    m_clock.advanceSeconds(61);
    QVERIFY(orders.order(m_employee, third, true).ok());
    // Only the minutes still counted are kept.
    Result<Query> kept = m_store->exec(QStringLiteral("SELECT COUNT(*) FROM pii_read_minutes"));
    QVERIFY(kept.ok() && kept->next());
    QCOMPARE(kept->value(0).toInt(), 1);
}

// A rotation seals every order's data key again under a new version, in the key file or in the
// token, and retires the old one: the PII reads as before.
void TestOrders::keyRotationKeepsPiiReadable()
{
    for (const char *id : {"401-1", "401-2", "401-3"})
        ingestOne(QString::fromLatin1(id), kStart);
    grant(m_employee, OrderCategory::Pii, QStringLiteral("kestrel"));
    const qint64 id = orderId(QStringLiteral("401-2"));
    QCOMPARE(m_store->keys().currentVersion(), 1u);

    KeyRotationOptions options;
    options.batchSize = 2;
    const Result<KeyRotationReport> rotated
        = rotateMasterKey(*m_store, Caller::localOperator(), options);
    QVERIFY2(rotated.ok(), rotated.ok() ? "" : qPrintable(rotated.error().message));
    QCOMPARE(rotated->version, 2u);
    QCOMPARE(rotated->retired, QList<quint32> {1});
    QVERIFY(rotated->resealed >= 3); // the order keys, and the audit signing key
    QCOMPARE(m_store->keys().storedVersions().value(), QList<quint32> {2});
    QCOMPARE(valuesUnderOldKeys(*m_store).value(), 0);
    Result<Query> wrapped = m_store->exec(
        QStringLiteral("SELECT wrapped_key FROM keyvault.order_keys WHERE order_id = ?"), {id});
    QVERIFY(wrapped && wrapped->next());
    QCOMPARE(crypto::KeyRing::blobVersion(wrapped->value(0).toByteArray()), 2u);
    wrapped->finish();

    const Result<Order> o = Orders(*m_store).order(m_employee, id, true);
    QVERIFY2(o.ok(), o.ok() ? "" : qPrintable(o.error().message));
    QVERIFY(o->pii);
    QCOMPARE(o->pii->value(QStringLiteral("buyer_email")).toString(),
             QStringLiteral("zephyrine.quill@example.net"));
    // And a new order is sealed under the new version.
    ingestOne(QStringLiteral("401-4"), kStart);
    QCOMPARE(valuesUnderOldKeys(*m_store).value(), 0);
}

// A backup holds the data keys wrapped, and for a token store the token's name, never the
// master key: restored (with the key export for a key file, with the token itself otherwise)
// the PII reads again. Restoring with the wrong kind of key is refused, saying what it needs.
void TestOrders::backupAndRestoreKeepPii()
{
    ingestOne(QStringLiteral("402-1"), kStart);
    grant(m_employee, OrderCategory::Pii, QStringLiteral("kestrel"));
    const qint64 id = orderId(QStringLiteral("402-1"));
    const crypto::KdfParams quick {1, 1024, 1};
    const QString backupFile = m_dir->filePath(QStringLiteral("store.backup"));
    const QByteArray passphrase = "a long backup passphrase";
    const Result<backup::BackupRecord> taken = backup::take(
        *m_store, Caller::localOperator(), backupFile, QStringLiteral("nas"), passphrase, quick);
    QVERIFY2(taken.ok(), taken.ok() ? "" : qPrintable(taken.error().message));
    QFile written(backupFile);
    QVERIFY(written.open(QIODevice::ReadOnly));
    const QByteArray bytes = written.readAll();
    QVERIFY(!bytes.contains("zephyrine"));

    // What `compliancectl key export` writes, for a key file.
    const QString escrow = m_dir->filePath(QStringLiteral("master.key.sealed"));
    const QByteArray escrowPassphrase = "a long escrow passphrase";
    if (!m_token) {
        QFile key(m_dir->filePath(QStringLiteral("master.key")));
        QVERIFY(key.open(QIODevice::ReadOnly));
        QFile out(escrow);
        QVERIFY(out.open(QIODevice::WriteOnly));
        auto writer = crypto::SealedStreamWriter::start(out, "key-file", escrowPassphrase, quick);
        QVERIFY(writer.ok());
        QVERIFY((*writer)->write(key.readAll()).ok());
        QVERIFY((*writer)->finish().ok());
    }
    QTemporaryDir target;
    backup::RestoreRequest request;
    request.backupFile = backupFile;
    request.backupPassphrase = passphrase;
    request.dataDir = target.filePath(QStringLiteral("restored"));
    // The wrong kind of key first: nothing is left behind.
    request.keyFile = m_token ? escrow : QString();
    request.keyPassphrase = escrowPassphrase;
    const Result<backup::RestoreReport> refused = backup::restore(request, m_clock);
    QVERIFY(!refused.ok());
    QVERIFY2(refused.error().message.contains(m_token ? QLatin1String("without --key")
                                                      : QLatin1String("with --key")),
             qPrintable(refused.error().message));
    QVERIFY(!QFileInfo::exists(request.dataDir)
            || QDir(request.dataDir).isEmpty(QDir::AllEntries | QDir::NoDotAndDotDot));

    request.keyFile = m_token ? QString() : escrow;
    const Result<backup::RestoreReport> restored = backup::restore(request, m_clock);
    QVERIFY2(restored.ok(), restored.ok() ? "" : qPrintable(restored.error().message));
    QCOMPARE(QFile::exists(request.dataDir + QStringLiteral("/master.key")), !m_token);
    QCOMPARE(QFile::exists(request.dataDir + QStringLiteral("/pkcs11.json")), bool(m_token));
    m_store.reset(); // one store on the token at a time is what a restore makes
    Result<std::unique_ptr<Store>> reopened = Store::open(request.dataDir, m_clock);
    QVERIFY2(reopened.ok(), reopened.ok() ? "" : qPrintable(reopened.error().message));
    const Result<Order> o = Orders(**reopened).order(m_employee, id, true);
    QVERIFY2(o.ok(), o.ok() ? "" : qPrintable(o.error().message));
    QVERIFY(o->pii);
    QCOMPARE(o->pii->value(QStringLiteral("buyer_name")).toString(),
             QStringLiteral("Zephyrine Quillfeather"));
}

// The real server on a store made by compliancectl init (with a token in the SoftHSM run, and no
// flags of its own): an order ingested over HTTPS, its PII read under a grant, then again after
// compliancectl rotated the master key under the running server. On a token store `key export`
// refuses, saying the key never leaves the token.
void TestOrders::serverIngestsAndServesPii()
{
    using cc::test::ApiReply;
    using cc::test::TestServer;
    TestServer server;
    QVERIFY2(server.start(), qPrintable(server.errorString()));
    QCOMPARE(QFile::exists(server.dataDir() + QStringLiteral("/pkcs11.json")), bool(m_token));
    QMap<QString, QString> tokens;
    for (const auto &[name, role] :
         {std::pair {"admin", "admin"}, std::pair {"officer", "compliance_officer"},
          std::pair {"employee", "employee"}}) {
        TestServer::Account account = server.addUser(
            QString::fromLatin1(name) + QStringLiteral(".s"), QString::fromLatin1(role));
        QVERIFY(account.id > 0);
        tokens.insert(QString::fromLatin1(name), server.login(account));
        QVERIFY(!tokens.value(QString::fromLatin1(name)).isEmpty());
    }
    const QString client = QStringLiteral("ACME-EU");
    ApiReply r = server.call(
        "POST", QStringLiteral("/orders"),
        {{QStringLiteral("client"), client},
         {QStringLiteral("orders"),
          QJsonArray {makeOrder(QStringLiteral("403-1"), QDateTime::currentDateTimeUtc(),
                                QStringLiteral("quentin@example.com"),
                                QStringLiteral("Quentin Larkspur"))}}},
        tokens.value(QStringLiteral("admin")));
    QCOMPARE(r.status, 201);
    r = server.call(
        "POST", QStringLiteral("/access-requests"),
        {{QStringLiteral("category"), QStringLiteral("orders.pii")},
         {QStringLiteral("client"), client},
         {QStringLiteral("reason"), QStringLiteral("Buyer disputes a refund for 403-1")},
         {QStringLiteral("duration_hours"), 4}},
        tokens.value(QStringLiteral("employee")));
    QCOMPARE(r.status, 201);
    r = server.call("POST",
                    QStringLiteral("/access-requests/%1/approve")
                        .arg(r.json.value(QStringLiteral("id")).toInteger()),
                    {{QStringLiteral("comment"), QStringLiteral("ok")}},
                    tokens.value(QStringLiteral("officer")));
    QCOMPARE(r.status, 200);
    r = server.call("GET", QStringLiteral("/orders?client=%1&include=pii").arg(client), {},
                    tokens.value(QStringLiteral("employee")));
    QCOMPARE(r.status, 200);
    const QJsonArray items = r.json.value(QStringLiteral("items")).toArray();
    QCOMPARE(items.size(), 1);
    const QJsonObject pii = items.first().toObject().value(QStringLiteral("pii")).toObject();
    QCOMPARE(pii.value(QStringLiteral("buyer_email")).toString(),
             QStringLiteral("quentin@example.com"));

    // A rotation by compliancectl while the server runs: the server opens what is sealed under
    // the new version and seals under it, the old one gone from the file or the token.
    QByteArray out;
    QByteArray err;
    QVERIFY2(server.runCtl({QStringLiteral("key"), QStringLiteral("rotate")}, &out, &err) == 0,
             err.constData());
    QVERIFY2(out.contains("version 2 is current") && out.contains("retired version(s): 1"),
             out.constData());
    r = server.call("GET", QStringLiteral("/orders?client=%1&include=pii").arg(client), {},
                    tokens.value(QStringLiteral("employee")));
    QCOMPARE(r.status, 200);
    QCOMPARE(r.json.value(QStringLiteral("items"))
                 .toArray()
                 .first()
                 .toObject()
                 .value(QStringLiteral("pii"))
                 .toObject()
                 .value(QStringLiteral("buyer_email"))
                 .toString(),
             QStringLiteral("quentin@example.com"));
    r = server.call(
        "POST", QStringLiteral("/orders"),
        {{QStringLiteral("client"), client},
         {QStringLiteral("orders"),
          QJsonArray {makeOrder(QStringLiteral("403-2"), QDateTime::currentDateTimeUtc(),
                                QStringLiteral("rowena@example.com"),
                                QStringLiteral("Rowena Larkspur"))}}},
        tokens.value(QStringLiteral("admin")));
    QCOMPARE(r.status, 201);
    r = server.call("GET", QStringLiteral("/orders?client=%1&include=pii").arg(client), {},
                    tokens.value(QStringLiteral("employee")));
    QCOMPARE(r.status, 200);
    QCOMPARE(r.json.value(QStringLiteral("items")).toArray().size(), 2);

    const int exported = server.runCtl(
        {QStringLiteral("key"), QStringLiteral("export"), QStringLiteral("--out"),
         server.dataDir() + QStringLiteral("/escrow.sealed"), QStringLiteral("--passphrase-stdin")},
        &out, &err, "a long escrow passphrase\n");
    if (m_token) {
        QCOMPARE(exported, 1);
        QVERIFY2(err.contains("never leaves it"), err.constData());
        QVERIFY(!QFile::exists(server.dataDir() + QStringLiteral("/escrow.sealed")));
    } else {
        QVERIFY2(exported == 0, err.constData());
    }

    // compliancectl backup and restore: a token store's restore takes the backup's passphrase
    // alone (no --key), a key file store's the escrow's too.
    QTemporaryDir elsewhere;
    const QString backupFile = elsewhere.filePath(QStringLiteral("store.backup"));
    QVERIFY2(server.runCtl({QStringLiteral("backup"), QStringLiteral("--out"), backupFile,
                            QStringLiteral("--location"), QStringLiteral("nas"),
                            QStringLiteral("--passphrase-stdin")},
                           &out, &err, "a long backup passphrase\n")
                 == 0,
             err.constData());
    QVERIFY2(out.contains(m_token ? "back the token up with its own tools"
                                  : "keep the key export apart"),
             out.constData());
    QStringList restore = {QStringLiteral("restore"),
                           QStringLiteral("--data"),
                           elsewhere.filePath(QStringLiteral("restored")),
                           QStringLiteral("--from"),
                           backupFile,
                           QStringLiteral("--passphrase-stdin")};
    QByteArray input = "a long backup passphrase\n";
    if (!m_token) {
        restore << QStringLiteral("--key") << server.dataDir() + QStringLiteral("/escrow.sealed");
        input += "a long escrow passphrase\n";
    }
    QProcess ctl;
    ctl.start(cc::test::binary(QStringLiteral("compliancectl")), restore);
    QVERIFY(ctl.waitForStarted());
    ctl.write(input);
    ctl.closeWriteChannel();
    QVERIFY(ctl.waitForFinished(120000));
    QVERIFY2(ctl.exitCode() == 0, ctl.readAllStandardError().constData());
    QVERIFY(ctl.readAllStandardOutput().contains("store restored"));
    server.stop();
}

// DPP25-KM-01 passes only with the master key in a token (tst_orders_softhsm) and fails on the
// key file, naming where the key lives either way.
void TestOrders::masterKeyControlSaysWhereTheKeyLives()
{
    Result<QList<ControlState>> all = Controls(*m_store).evaluateAll({});
    QVERIFY2(all.ok(), all.ok() ? "" : qPrintable(all.error().message));
    const auto kms = std::find_if(all->cbegin(), all->cend(), [](const ControlState &s) {
        return s.definition->id == QLatin1String("DPP25-KM-01");
    });
    QVERIFY(kms != all->cend());
    const bool token = cc::test::SoftHsmToken::requested();
    QCOMPARE(kms->status, token ? control::Pass : control::Fail);
    QVERIFY2(kms->summary.contains(token ? QLatin1String("never leaves it")
                                         : QLatin1String("not in a key management system")),
             qPrintable(kms->summary));
    QVERIFY(!kms->evidence.isEmpty());
    QVERIFY2(kms->evidence.first().label.contains(token ? QLatin1String("PKCS#11 token")
                                                        : QLatin1String("master.key")),
             qPrintable(kms->evidence.first().label));
}

QTEST_GUILESS_MAIN(TestOrders)

#include "tst_orders.moc"
