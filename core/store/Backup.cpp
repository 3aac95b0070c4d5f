#include "Backup.h"

#include "audit/AuditLog.h"
#include "crypto/Aes256Gcm.h"
#include "crypto/Crypto.h"
#include "crypto/SealedStream.h"
#include "crypto/TokenKey.h"
#include "service/Orders.h"
#include "store/DataDir.h"
#include "store/RowType.h"
#include "store/ShredLog.h"
#include "store/Store.h"

#include <sqlite3.h>
#include <unistd.h>

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QtEndian>

namespace cc::backup {

namespace {

constexpr char kPurpose[] = "backup";
constexpr qint64 kBlockBytes = 1024 * 1024;
constexpr int kRowsPerPage = 2000;
const QString kManifest = QStringLiteral("manifest.json");
const QString kSqliteMain = QStringLiteral("db/store.sqlite");
const QString kSqliteVault = QStringLiteral("db/order-keys.sqlite");
const QString kTablePrefix = QStringLiteral("db/table/");

// The store directory's files a backup holds, by the name they have there. Never master.key;
// pkcs11.json names the token that holds the master key (no PIN: it names the PIN file).
QStringList directoryFiles(const DataDir &dir)
{
    return {dir.certificateFile(), dir.privateKeyFile(),   dir.policyFile(),
            dir.smtpConfigFile(),  dir.auditAnchorsFile(), dir.shreddedOrdersFile(),
            dir.pkcs11ConfigFile()};
}

const QString kKeyInToken = QStringLiteral("pkcs11");
const QString kKeyInFile = QStringLiteral("file");

// The entries of the plaintext, written into the sealed stream.
class EntryWriter
{
public:
    explicit EntryWriter(crypto::SealedStreamWriter &out)
        : m_out(out)
    { }
    Result<void> begin(const QString &name)
    {
        const QByteArray utf8 = name.toUtf8();
        QByteArray head(3, 'F');
        qToBigEndian<quint16>(quint16(utf8.size()), head.data() + 1);
        return m_out.write(head + utf8);
    }
    Result<void> block(const QByteArray &bytes)
    {
        if (bytes.isEmpty())
            return {};
        QByteArray length(4, Qt::Uninitialized);
        qToBigEndian<quint32>(quint32(bytes.size()), length.data());
        if (Result<void> written = m_out.write(length); !written)
            return written;
        return m_out.write(bytes);
    }
    Result<void> end() { return m_out.write(QByteArray(4, '\0')); }
    Result<void> whole(const QString &name, const QByteArray &bytes)
    {
        if (Result<void> r = begin(name); !r)
            return r;
        if (Result<void> r = block(bytes); !r)
            return r;
        return end();
    }
    Result<void> file(const QString &name, const QString &path)
    {
        QFile in(path);
        if (!in.open(QIODevice::ReadOnly))
            return makeError(ErrorCode::Unavailable,
                             QStringLiteral("cannot read %1: %2").arg(path, in.errorString()));
        if (Result<void> r = begin(name); !r)
            return r;
        while (!in.atEnd()) {
            const QByteArray bytes = in.read(kBlockBytes);
            if (bytes.isEmpty() && in.error() != QFile::NoError)
                return makeError(ErrorCode::Unavailable,
                                 QStringLiteral("cannot read %1: %2").arg(path, in.errorString()));
            if (Result<void> r = block(bytes); !r)
                return r;
        }
        return end();
    }
    Result<void> finish() { return m_out.write(QByteArrayLiteral("Z")); }

private:
    crypto::SealedStreamWriter &m_out;
};

// Reads the entries back out of the sealed stream, byte exact.
class EntryReader
{
public:
    explicit EntryReader(crypto::SealedStreamReader &in)
        : m_in(in)
    { }
    // The next entry's name; empty at the end marker.
    Result<QString> next()
    {
        Result<QByteArray> kind = take(1);
        if (!kind)
            return kind.error();
        if (*kind == "Z")
            return QString();
        if (*kind != "F")
            return makeError(ErrorCode::InvalidInput,
                             QStringLiteral("the backup's contents are not in its format"));
        Result<QByteArray> length = take(2);
        if (!length)
            return length.error();
        Result<QByteArray> name = take(qFromBigEndian<quint16>(length->constData()));
        if (!name)
            return name.error();
        return QString::fromUtf8(*name);
    }
    // The entry's next block; empty at its end.
    Result<QByteArray> block()
    {
        Result<QByteArray> length = take(4);
        if (!length)
            return length.error();
        const quint32 size = qFromBigEndian<quint32>(length->constData());
        if (size > kBlockBytes * 64)
            return makeError(ErrorCode::InvalidInput,
                             QStringLiteral("the backup holds an impossible block size"));
        return take(size);
    }
    Result<QByteArray> whole(qint64 limit)
    {
        QByteArray all;
        for (;;) {
            Result<QByteArray> b = block();
            if (!b)
                return b;
            if (b->isEmpty())
                return all;
            all += *b;
            if (all.size() > limit)
                return makeError(ErrorCode::TooLarge,
                                 QStringLiteral("an entry of the backup is too large"));
        }
    }
    bool atEnd() const { return m_in.atEnd() && m_offset >= m_buffer.size(); }

private:
    Result<QByteArray> take(qint64 size)
    {
        while (m_buffer.size() - m_offset < size) {
            if (m_in.atEnd())
                return makeError(ErrorCode::InvalidInput,
                                 QStringLiteral("the backup's contents end early"));
            Result<QByteArray> chunk = m_in.next();
            if (!chunk)
                return chunk.error();
            m_buffer = m_buffer.mid(m_offset) + *chunk;
            m_offset = 0;
        }
        const QByteArray bytes = m_buffer.mid(m_offset, size);
        m_offset += size;
        return bytes;
    }

    crypto::SealedStreamReader &m_in;
    QByteArray m_buffer;
    qint64 m_offset = 0;
};

Error sqliteError(sqlite3 *db, const QString &what)
{
    return makeError(ErrorCode::Unavailable,
                     QStringLiteral("%1: %2").arg(what, QString::fromUtf8(sqlite3_errmsg(db))));
}

using SqliteHandle = std::unique_ptr<sqlite3, decltype(&sqlite3_close)>;

// Copies schema of src (inside its open read transaction) to a new file at path.
Result<void> sqliteCopy(sqlite3 *src, const char *schema, const QString &path)
{
    sqlite3 *raw = nullptr;
    const int opened = sqlite3_open_v2(QFile::encodeName(path).constData(), &raw,
                                       SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE, nullptr);
    SqliteHandle dest(raw, &sqlite3_close);
    if (opened != SQLITE_OK)
        return sqliteError(raw, QStringLiteral("cannot create %1").arg(path));
    sqlite3_backup *copy = sqlite3_backup_init(dest.get(), "main", src, schema);
    if (!copy)
        return sqliteError(dest.get(), QStringLiteral("cannot start the SQLite backup"));
    const int stepped = sqlite3_backup_step(copy, -1);
    const int finished = sqlite3_backup_finish(copy);
    if (stepped != SQLITE_DONE || finished != SQLITE_OK)
        return sqliteError(dest.get(), QStringLiteral("the SQLite backup failed"));
    return {};
}

// Both database files as of one moment: one connection reads them in one read transaction
// and copies each with SQLite's backup API into a file of the store directory (0700), which
// goes into the backup and is removed.
Result<void> writeSqlite(const Store &store, EntryWriter &out)
{
    const DataDir &dir = store.dataDir();
    sqlite3 *raw = nullptr;
    const int opened = sqlite3_open_v2(QFile::encodeName(dir.databaseFile()).constData(), &raw,
                                       SQLITE_OPEN_READONLY, nullptr);
    SqliteHandle src(raw, &sqlite3_close);
    if (opened != SQLITE_OK)
        return sqliteError(raw, QStringLiteral("cannot open %1").arg(dir.databaseFile()));
    sqlite3_busy_timeout(src.get(), 5000);
    const QByteArray attach = "ATTACH DATABASE '"
        + QFile::encodeName(dir.orderKeysFile()).replace("'", "''") + "' AS keyvault";
    for (const char *sql : {attach.constData(), "BEGIN", "SELECT count(*) FROM main.sqlite_master",
                            "SELECT count(*) FROM keyvault.sqlite_master"}) {
        if (sqlite3_exec(src.get(), sql, nullptr, nullptr, nullptr) != SQLITE_OK)
            return sqliteError(src.get(), QStringLiteral("cannot read the database"));
    }
    const QString stem = dir.path() + QStringLiteral("/.backup-%1-").arg(::getpid());
    for (const auto &[schema, name] :
         {std::pair {"main", kSqliteMain}, std::pair {"keyvault", kSqliteVault}}) {
        const QString copy = stem + QFileInfo(name).fileName();
        QFile::remove(copy);
        Result<void> copied = sqliteCopy(src.get(), schema, copy);
        Result<void> written = copied ? out.file(name, copy) : copied;
        QFile::remove(copy);
        QFile::remove(copy + QStringLiteral("-journal"));
        if (!written)
            return written;
    }
    sqlite3_exec(src.get(), "COMMIT", nullptr, nullptr, nullptr);
    return {};
}

struct TableColumns
{
    QStringList names;
    QStringList types;
};

Result<TableColumns> pgColumns(const Store &store, const QString &table)
{
    Result<Query> q = store.exec(
        QStringLiteral("SELECT column_name, data_type FROM information_schema.columns WHERE "
                       "table_schema = current_schema() AND table_name = ? ORDER BY "
                       "ordinal_position"),
        {table});
    if (!q)
        return q.error();
    TableColumns columns;
    while (q->next()) {
        columns.names << q->value(0).toString();
        columns.types << q->value(1).toString();
    }
    return columns;
}

Result<QStringList> pgTables(const Store &store)
{
    Result<QVariantList> names = rows::column(store.exec(
        QStringLiteral("SELECT table_name FROM information_schema.tables WHERE table_schema = "
                       "current_schema() AND table_type = 'BASE TABLE' ORDER BY table_name")));
    if (!names)
        return names.error();
    QStringList tables;
    for (const QVariant &n : std::as_const(*names))
        tables << n.toString();
    return tables;
}

QString quoted(const QString &identifier)
{
    return QLatin1Char('"') + QString(identifier).replace(QLatin1Char('"'), QStringLiteral("\"\""))
        + QLatin1Char('"');
}

// One table's rows as JSON lines: its columns and types, then one array per row (bytea as
// base64, every other value as its text, SQL NULL as null).
Result<void> writePgTable(const Store &store, const QString &table, EntryWriter &out)
{
    Result<TableColumns> columns = pgColumns(store, table);
    if (!columns)
        return columns.error();
    if (Result<void> r = out.begin(kTablePrefix + table); !r)
        return r;
    const QJsonObject head {{QStringLiteral("table"), table},
                            {QStringLiteral("columns"), QJsonArray::fromStringList(columns->names)},
                            {QStringLiteral("types"), QJsonArray::fromStringList(columns->types)}};
    if (Result<void> r = out.block(QJsonDocument(head).toJson(QJsonDocument::Compact) + '\n'); !r)
        return r;
    QStringList list;
    QStringList order;
    for (qsizetype i = 0; i < columns->names.size(); ++i) {
        list << quoted(columns->names.at(i));
        order << QString::number(i + 1);
    }
    for (qint64 offset = 0;; offset += kRowsPerPage) {
        Result<Query> q
            = store.exec(QStringLiteral("SELECT %1 FROM %2 ORDER BY %3 LIMIT %4 OFFSET %5")
                             .arg(list.join(QStringLiteral(", ")), quoted(table),
                                  order.join(QStringLiteral(", ")))
                             .arg(kRowsPerPage)
                             .arg(offset));
        if (!q)
            return q.error();
        QByteArray page;
        int rows = 0;
        while (q->next()) {
            QJsonArray row;
            for (qsizetype i = 0; i < columns->names.size(); ++i) {
                const QVariant v = q->value(int(i));
                if (v.isNull())
                    row.append(QJsonValue());
                else if (columns->types.at(i) == QLatin1String("bytea"))
                    row.append(QString::fromLatin1(v.toByteArray().toBase64()));
                else
                    row.append(v.toString());
            }
            page += QJsonDocument(row).toJson(QJsonDocument::Compact) + '\n';
            ++rows;
        }
        if (Result<void> r = out.block(page); !r)
            return r;
        if (rows < kRowsPerPage)
            break;
    }
    return out.end();
}

// Every table's rows as one snapshot: one REPEATABLE READ READ ONLY transaction.
Result<void> writePostgres(const Store &store, EntryWriter &out)
{
    if (Result<Query> begun
        = store.exec(QStringLiteral("BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY"));
        !begun)
        return begun.error();
    Result<void> written = [&]() -> Result<void> {
        Result<QStringList> tables = pgTables(store);
        if (!tables)
            return tables.error();
        for (const QString &table : std::as_const(*tables))
            if (Result<void> r = writePgTable(store, table, out); !r)
                return r;
        return {};
    }();
    static_cast<void>(store.exec(QStringLiteral("COMMIT")));
    return written;
}

QByteArray manifest(const Store &store, const QString &location, qint64 takenAt)
{
    return QJsonDocument(
               QJsonObject {{QStringLiteral("format"), QStringLiteral("cc-backup")},
                            {QStringLiteral("version"), 1},
                            {QStringLiteral("backend"),
                             store.dialect().backend() == Backend::Sqlite
                                 ? QStringLiteral("sqlite")
                                 : QStringLiteral("postgres")},
                            {QStringLiteral("schema_version"), store.schemaVersion()},
                            {QStringLiteral("taken_at_ms"), QString::number(takenAt)},
                            {QStringLiteral("location"), location},
                            {QStringLiteral("master_key"),
                             QFileInfo::exists(store.dataDir().pkcs11ConfigFile()) ? kKeyInToken
                                                                                   : kKeyInFile}})
        .toJson(QJsonDocument::Compact);
}

Result<BackupRecord> record(Store &store, const Caller &caller, BackupRecord r)
{
    return store.transaction([&]() -> Result<BackupRecord> {
        Result<qint64> id = rows::insertedId(store.exec(
            QStringLiteral("INSERT INTO backups (taken_at, file_name, size_bytes, sha256, "
                           "location) VALUES (?, ?, ?, ?, ?) RETURNING id"),
            {r.takenAt, r.fileName, r.sizeBytes, r.sha256, r.location}));
        if (!id)
            return id.error();
        r.id = *id;
        AuditEvent e;
        if (caller.userId > 0)
            e.actorId = caller.userId;
        e.actor = caller.username.isEmpty() ? QStringLiteral("system") : caller.username;
        e.action = QStringLiteral("store.backup");
        e.objectType = QStringLiteral("backup");
        e.objectId = QString::number(r.id);
        e.detail = QStringLiteral("file=%1 bytes=%2 sha256=%3 location=%4")
                       .arg(r.fileName)
                       .arg(r.sizeBytes)
                       .arg(r.sha256, r.location);
        if (Result<AuditEvent> logged = audit::append(store, e); !logged)
            return logged.error();
        return r;
    });
}

} // namespace

Result<BackupRecord> take(Store &store, const Caller &caller, const QString &outPath,
                          const QString &location, const QByteArray &passphrase,
                          const crypto::KdfParams &kdf)
{
    if (location.trimmed().isEmpty() || location.size() > 200)
        return makeError(ErrorCode::InvalidInput,
                         QStringLiteral("--location names where the backup is kept (1 to 200 "
                                        "characters)"));
    QFile out(outPath);
    if (!out.open(QIODevice::WriteOnly | QIODevice::NewOnly))
        return makeError(ErrorCode::Conflict,
                         QStringLiteral("cannot create %1: %2 (an existing file is never "
                                        "overwritten)")
                             .arg(outPath, out.errorString()));
    out.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    const qint64 takenAt = store.clock().nowMs();
    Result<void> written = [&]() -> Result<void> {
        auto sealed = crypto::SealedStreamWriter::start(out, kPurpose, passphrase, kdf);
        if (!sealed)
            return sealed.error();
        EntryWriter entries(**sealed);
        if (Result<void> r = entries.whole(kManifest, manifest(store, location, takenAt)); !r)
            return r;
        for (const QString &file : directoryFiles(store.dataDir()))
            if (QFileInfo::exists(file))
                if (Result<void> r = entries.file(QFileInfo(file).fileName(), file); !r)
                    return r;
        Result<void> database = store.dialect().backend() == Backend::Sqlite
            ? writeSqlite(store, entries)
            : writePostgres(store, entries);
        if (!database)
            return database;
        if (Result<void> r = entries.finish(); !r)
            return r;
        if (Result<void> r = (*sealed)->finish(); !r)
            return r;
        if (!out.flush() || ::fsync(out.handle()) != 0)
            return makeError(ErrorCode::Unavailable,
                             QStringLiteral("cannot write %1: %2").arg(outPath, out.errorString()));
        return {};
    }();
    out.close();
    if (!written) {
        QFile::remove(outPath);
        return written.error();
    }
    BackupRecord r;
    r.takenAt = takenAt;
    r.fileName = QFileInfo(outPath).fileName();
    r.location = location.trimmed();
    QFile check(outPath);
    if (!check.open(QIODevice::ReadOnly))
        return makeError(ErrorCode::Unavailable, check.errorString());
    r.sizeBytes = check.size();
    r.sha256 = QString::fromLatin1(crypto::sha256File(check).toHex());
    return record(store, caller, r);
}

namespace {

// Tables in an order where every table comes after those its foreign keys name.
Result<QStringList> pgInsertOrder(const Store &store, const QStringList &tables)
{
    Result<Query> q = store.exec(QStringLiteral(
        "SELECT tc.table_name, ccu.table_name FROM information_schema.table_constraints tc "
        "JOIN information_schema.constraint_column_usage ccu ON tc.constraint_name = "
        "ccu.constraint_name AND tc.table_schema = ccu.table_schema WHERE tc.constraint_type "
        "= 'FOREIGN KEY' AND tc.table_schema = current_schema()"));
    if (!q)
        return q.error();
    QHash<QString, QSet<QString>> needs;
    while (q->next())
        if (q->value(0).toString() != q->value(1).toString())
            needs[q->value(0).toString()].insert(q->value(1).toString());
    QStringList ordered;
    QStringList left = tables;
    while (!left.isEmpty()) {
        const qsizetype before = left.size();
        for (qsizetype i = 0; i < left.size();) {
            bool ready = true;
            for (const QString &n : needs.value(left.at(i)))
                ready = ready && (ordered.contains(n) || !left.contains(n));
            if (ready)
                ordered << left.takeAt(i);
            else
                ++i;
        }
        if (left.size() == before)
            return makeError(ErrorCode::Internal,
                             QStringLiteral("the tables' foreign keys form a cycle"));
    }
    return ordered;
}

// The rows of every table, into the freshly created schema (its own rows replaced).
Result<void> restorePostgres(Store &store, const QHash<QString, QByteArray> &tables)
{
    Result<QStringList> existing = pgTables(store);
    if (!existing)
        return existing.error();
    Result<QStringList> order = pgInsertOrder(store, *existing);
    if (!order)
        return order.error();
    return store.transaction([&]() -> Result<void> {
        for (auto it = order->crbegin(); it != order->crend(); ++it)
            if (Result<Query> r = store.exec(QStringLiteral("DELETE FROM %1").arg(quoted(*it))); !r)
                return r.error();
        for (const QString &table : std::as_const(*order)) {
            const QByteArray data = tables.value(table);
            QList<QByteArray> lines = data.split('\n');
            if (data.isEmpty())
                return makeError(ErrorCode::InvalidInput,
                                 QStringLiteral("the backup lacks table %1").arg(table));
            const QJsonObject head = QJsonDocument::fromJson(lines.takeFirst()).object();
            const QStringList names
                = head.value(QStringLiteral("columns")).toVariant().toStringList();
            const QStringList types
                = head.value(QStringLiteral("types")).toVariant().toStringList();
            QStringList list;
            QStringList marks;
            for (const QString &n : names) {
                list << quoted(n);
                marks << QStringLiteral("?");
            }
            const QString insert = QStringLiteral("INSERT INTO %1 (%2) VALUES (%3)")
                                       .arg(quoted(table), list.join(QStringLiteral(", ")),
                                            marks.join(QStringLiteral(", ")));
            for (const QByteArray &line : std::as_const(lines)) {
                if (line.isEmpty())
                    continue;
                const QJsonArray row = QJsonDocument::fromJson(line).array();
                if (row.size() != names.size())
                    return makeError(
                        ErrorCode::InvalidInput,
                        QStringLiteral("a row of table %1 in the backup is damaged").arg(table));
                QVariantList args;
                for (qsizetype i = 0; i < row.size(); ++i) {
                    if (row.at(i).isNull())
                        args << QVariant();
                    else if (types.at(i) == QLatin1String("bytea"))
                        args << QByteArray::fromBase64(row.at(i).toString().toLatin1());
                    else
                        args << row.at(i).toString();
                }
                if (Result<Query> r = store.exec(insert, args); !r)
                    return r.error();
            }
            if (names.contains(QStringLiteral("id")))
                if (Result<Query> r
                    = store.exec(QStringLiteral("SELECT setval(pg_get_serial_sequence(?, 'id'), "
                                                "GREATEST(COALESCE(MAX(id), 0), 1)) FROM %1")
                                     .arg(quoted(table)),
                                 {table});
                    !r)
                    return r.error();
        }
        return {};
    });
}

// Shreds again, in the restored store, the order keys both logs name: what was deleted after
// the backup stays deleted. Returns how many orders still held the PII.
Result<int> applyShredLogs(Store &store, const QList<shredlog::Entry> &entries)
{
    return store.transaction([&]() -> Result<int> {
        int applied = 0;
        const qint64 now = store.clock().nowMs();
        for (const shredlog::Entry &e : entries) {
            if (Result<Query> keys
                = store.exec(store.dialect().expand(QStringLiteral(
                                 "DELETE FROM {vault}order_keys WHERE order_id = ?")),
                             {e.orderId});
                !keys)
                return keys.error();
            Result<Query> done = e.wholeOrder
                ? store.exec(QStringLiteral("DELETE FROM orders WHERE id = ?"), {e.orderId})
                : store.exec(QStringLiteral("UPDATE orders SET pii = NULL, pii_held = 0, "
                                            "pii_purged_at = ?, purge_reason = "
                                            "'shredded after the backup' WHERE id = ? AND "
                                            "pii_held = 1"),
                             {now, e.orderId});
            if (!done)
                return done.error();
            applied += done->numRowsAffected() > 0 ? 1 : 0;
        }
        AuditEvent ev;
        ev.actor = Caller::localOperator().username;
        ev.action = QStringLiteral("store.restore");
        ev.objectType = QStringLiteral("store");
        ev.detail = QStringLiteral("shredded_log_entries=%1 shredded_again=%2")
                        .arg(entries.size())
                        .arg(applied);
        if (Result<AuditEvent> logged = audit::append(store, ev); !logged)
            return logged.error();
        return applied;
    });
}

Result<QByteArray> openKeyFile(const RestoreRequest &r)
{
    QFile in(r.keyFile);
    if (!in.open(QIODevice::ReadOnly))
        return makeError(
            ErrorCode::NotFound,
            QStringLiteral("cannot read the key file %1: %2").arg(r.keyFile, in.errorString()));
    auto reader = crypto::SealedStreamReader::open(in, "key-file", r.keyPassphrase);
    if (!reader)
        return makeError(
            reader.error().code,
            QStringLiteral("the key file %1: %2").arg(r.keyFile, reader.error().message));
    return (*reader)->readAll();
}

bool allowedName(const QString &name)
{
    static const QSet<QString> names = {QStringLiteral("tls-cert.pem"),
                                        QStringLiteral("tls-key.pem"),
                                        QStringLiteral("policy.json"),
                                        QStringLiteral("smtp.json"),
                                        QStringLiteral("audit-anchors.jsonl"),
                                        QStringLiteral("shredded-orders.log"),
                                        QStringLiteral("pkcs11.json"),
                                        kSqliteMain,
                                        kSqliteVault};
    return names.contains(name);
}

Result<void> writeOwnerOnly(const QString &path, EntryReader &entries)
{
    QFile out(path);
    if (!out.open(QIODevice::WriteOnly | QIODevice::NewOnly))
        return makeError(ErrorCode::Conflict,
                         QStringLiteral("cannot create %1: %2").arg(path, out.errorString()));
    out.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    for (;;) {
        Result<QByteArray> b = entries.block();
        if (!b)
            return b.error();
        if (b->isEmpty())
            break;
        if (out.write(*b) != b->size())
            return makeError(ErrorCode::Unavailable,
                             QStringLiteral("cannot write %1: %2").arg(path, out.errorString()));
    }
    if (!out.flush() || ::fsync(out.handle()) != 0)
        return makeError(ErrorCode::Unavailable,
                         QStringLiteral("cannot write %1: %2").arg(path, out.errorString()));
    return {};
}

Result<void> writeBytesOwnerOnly(const QString &path, const QByteArray &bytes)
{
    QFile out(path);
    if (!out.open(QIODevice::WriteOnly | QIODevice::NewOnly)
        || !out.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner)
        || out.write(bytes) != bytes.size() || !out.flush() || ::fsync(out.handle()) != 0)
        return makeError(ErrorCode::Unavailable,
                         QStringLiteral("cannot write %1: %2").arg(path, out.errorString()));
    return {};
}

// What a restore says when the master key does not open the backup's sealed values.
Error keyDoesNotOpen(bool inToken, const QString &problem)
{
    return makeError(ErrorCode::InvalidInput,
                     inToken ? QStringLiteral("the PKCS#11 token does not open this backup (%1): "
                                              "restore the token's own backup of the time the "
                                              "backup was taken (a later rotation retired the "
                                              "key versions it needs)")
                                   .arg(problem)
                             : QStringLiteral("the key file does not open this backup (%1): use "
                                              "the key export made after the last key rotation")
                                   .arg(problem));
}

// The newest audit signing key of a PostgreSQL backup's rows must open under the master key:
// checked before anything is written to the database.
Result<void> keyOpensSigningKeys(const crypto::MasterKey &key, bool inToken,
                                 const QByteArray &table)
{
    QList<QByteArray> lines = table.split('\n');
    const QStringList names = QJsonDocument::fromJson(lines.value(0))
                                  .object()
                                  .value(QStringLiteral("columns"))
                                  .toVariant()
                                  .toStringList();
    const qsizetype idColumn = names.indexOf(QStringLiteral("id"));
    const qsizetype seedColumn = names.indexOf(QStringLiteral("sealed_seed"));
    qint64 newest = -1;
    QByteArray newestSeed;
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const QJsonArray row = QJsonDocument::fromJson(lines.at(i)).array();
        if (row.isEmpty() || idColumn < 0 || seedColumn < 0)
            continue;
        const qint64 id = row.at(idColumn).toString().toLongLong();
        if (id > newest) {
            newest = id;
            newestSeed = QByteArray::fromBase64(row.at(seedColumn).toString().toLatin1());
        }
    }
    Result<QByteArray> seed = key.open(newestSeed,
                                       crypto::fieldAad(QStringLiteral("audit_signing_keys"),
                                                        QStringLiteral("sealed_seed"), newest));
    if (!seed)
        return keyDoesNotOpen(inToken, seed.error().message);
    crypto::wipe(*seed);
    return {};
}

Result<RestoreReport> restoreInto(const RestoreRequest &r, const Clock &clock)
{
    RestoreReport report;
    const DataDir dir(r.dataDir);
    QFile in(r.backupFile);
    if (!in.open(QIODevice::ReadOnly))
        return makeError(
            ErrorCode::NotFound,
            QStringLiteral("cannot read the backup %1: %2").arg(r.backupFile, in.errorString()));
    auto reader = crypto::SealedStreamReader::open(in, kPurpose, r.backupPassphrase);
    if (!reader)
        return makeError(
            reader.error().code,
            QStringLiteral("the backup %1: %2").arg(r.backupFile, reader.error().message));
    EntryReader entries(**reader);
    Result<QString> first = entries.next();
    if (!first)
        return first.error();
    if (*first != kManifest)
        return makeError(ErrorCode::InvalidInput, QStringLiteral("the backup has no manifest"));
    Result<QByteArray> manifestBytes = entries.whole(64 * 1024);
    if (!manifestBytes)
        return manifestBytes.error();
    const QJsonObject m = QJsonDocument::fromJson(*manifestBytes).object();
    report.backend = m.value(QStringLiteral("backend")).toString();
    report.takenAt = m.value(QStringLiteral("taken_at_ms")).toString().toLongLong();
    if (m.value(QStringLiteral("format")).toString() != QLatin1String("cc-backup"))
        return makeError(ErrorCode::InvalidInput,
                         QStringLiteral("the backup's manifest is not one"));
    if (m.value(QStringLiteral("schema_version")).toInt() != Store::currentSchemaVersion())
        return makeError(ErrorCode::InvalidInput,
                         QStringLiteral("the backup has schema version %1; this build restores "
                                        "version %2 only: use the build that took it")
                             .arg(m.value(QStringLiteral("schema_version")).toInt())
                             .arg(Store::currentSchemaVersion()));
    // Backups made before tokens existed name no master key: theirs is a file.
    const bool inToken = m.value(QStringLiteral("master_key")).toString() == kKeyInToken;
    if (inToken && !r.keyFile.isEmpty())
        return makeError(ErrorCode::InvalidInput,
                         QStringLiteral("this backup's master key is in a PKCS#11 token, which "
                                        "the backup names: restore it without --key"));
    if (!inToken && r.keyFile.isEmpty())
        return makeError(ErrorCode::InvalidInput,
                         QStringLiteral("this backup's store kept its master key in a file: name "
                                        "the key file from `compliancectl key export` with --key"));
    std::optional<crypto::KeyRing> ring; // the escrowed key file, for a store without a token
    if (!inToken) {
        Result<QByteArray> keyFile = openKeyFile(r);
        if (!keyFile)
            return keyFile.error();
        const crypto::WipeOnExit keyFileWiped(*keyFile);
        Result<crypto::KeyRing> parsed = crypto::KeyRing::parseKeyFile(*keyFile, r.keyFile);
        if (!parsed)
            return parsed.error();
        ring.emplace(std::move(*parsed));
    }
    const bool postgres = report.backend == QLatin1String("postgres");
    if (postgres == r.databaseUrl.isEmpty())
        return makeError(ErrorCode::InvalidInput,
                         postgres ? QStringLiteral("this backup is of a PostgreSQL store: name "
                                                   "an empty database to restore into with "
                                                   "--database URL")
                                  : QStringLiteral("this backup is of a SQLite store: restore "
                                                   "it without --database"));
    // SQLite: the files go straight into the new directory. PostgreSQL: everything is read and
    // checked first (the rows are held in memory), so a bad backup never touches the database.
    if (!postgres) {
        QDir().mkpath(dir.path() + QStringLiteral("/db"));
        QFile::setPermissions(
            dir.path(), QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
        if (ring)
            if (Result<void> key = ring->writeKeyFile(dir.masterKeyFile()); !key)
                return key.error();
    }
    QHash<QString, QByteArray> tables;
    QHash<QString, QByteArray> files;
    for (;;) {
        Result<QString> name = entries.next();
        if (!name)
            return name.error();
        if (name->isEmpty())
            break;
        if (name->startsWith(kTablePrefix) && postgres) {
            Result<QByteArray> rows = entries.whole(qint64(1) << 40);
            if (!rows)
                return rows.error();
            tables.insert(name->mid(kTablePrefix.size()), *rows);
            continue;
        }
        if (!allowedName(*name))
            return makeError(ErrorCode::InvalidInput,
                             QStringLiteral("the backup holds an unexpected entry %1").arg(*name));
        if (postgres) {
            Result<QByteArray> bytes = entries.whole(qint64(256) << 20);
            if (!bytes)
                return bytes.error();
            files.insert(*name, *bytes);
            continue;
        }
        const QString target = *name == kSqliteMain ? dir.databaseFile()
            : *name == kSqliteVault                 ? dir.orderKeysFile()
                                                    : dir.path() + QLatin1Char('/') + *name;
        if (Result<void> w = writeOwnerOnly(target, entries); !w)
            return w.error();
    }
    // Only a stream read to its authenticated last chunk is a whole backup.
    if (Result<QByteArray> rest = (*reader)->next(); !rest || !(*reader)->atEnd())
        return makeError(ErrorCode::InvalidInput,
                         rest ? QStringLiteral("the backup has data after its end")
                              : rest.error().message);
    QDir().rmdir(dir.path() + QStringLiteral("/db"));
    const QString tokenConfigName = QFileInfo(dir.pkcs11ConfigFile()).fileName();
    if (inToken
        && !(postgres ? files.contains(tokenConfigName)
                      : QFileInfo::exists(dir.pkcs11ConfigFile())))
        return makeError(ErrorCode::InvalidInput,
                         QStringLiteral("the backup says its master key is in a PKCS#11 token "
                                        "but does not hold %1, which names it")
                             .arg(tokenConfigName));
    if (postgres) {
        std::unique_ptr<crypto::TokenKey> token;
        if (inToken) {
            Result<crypto::TokenConfig> config
                = crypto::TokenConfig::parse(files.value(tokenConfigName), tokenConfigName);
            if (!config)
                return config.error();
            Result<std::unique_ptr<crypto::TokenKey>> opened = crypto::TokenKey::open(*config);
            if (!opened)
                return opened.error();
            token = std::move(*opened);
        }
        const crypto::MasterKey &key
            = token ? static_cast<const crypto::MasterKey &>(*token) : *ring;
        if (Result<void> opens
            = keyOpensSigningKeys(key, inToken, tables.value(QStringLiteral("audit_signing_keys")));
            !opens)
            return opens.error();
        // The schema (with a throwaway key and files, replaced here), then the rows below.
        if (Result<void> created = Store::create(r.dataDir, r.databaseUrl); !created)
            return created.error();
        QFile::remove(dir.masterKeyFile());
        if (ring)
            if (Result<void> written = ring->writeKeyFile(dir.masterKeyFile()); !written)
                return written.error();
        for (auto it = files.cbegin(); it != files.cend(); ++it) {
            const QString target = dir.path() + QLatin1Char('/') + it.key();
            QFile::remove(target);
            if (Result<void> w = writeBytesOwnerOnly(target, it.value()); !w)
                return w.error();
        }
        for (const QString &f : directoryFiles(dir))
            if (!files.contains(QFileInfo(f).fileName()))
                QFile::remove(f); // made by create, absent from the backup
    }

    Result<std::unique_ptr<Store>> store = Store::open(r.dataDir, clock, r.databaseUrl);
    if (!store)
        return store.error();
    if (postgres)
        if (Result<void> rows = restorePostgres(**store, tables); !rows)
            return rows.error();
    if (Result<QByteArray> signing = audit::signingPublicKey(**store); !signing)
        return keyDoesNotOpen(inToken, signing.error().message);
    // The backup's own log, then the live store's: every order shredded since stays shredded.
    Result<QList<shredlog::Entry>> own = shredlog::read(dir.shreddedOrdersFile());
    if (!own)
        return own.error();
    QList<shredlog::Entry> all = *own;
    if (!r.shreddedLog.isEmpty()) {
        Result<QList<shredlog::Entry>> live = shredlog::read(r.shreddedLog);
        if (!live)
            return live.error();
        if (Result<void> kept = shredlog::append(dir.shreddedOrdersFile(), *live); !kept)
            return kept.error();
        all += *live;
    }
    Result<int> applied = applyShredLogs(**store, all);
    if (!applied)
        return applied.error();
    report.shreddedApplied = *applied;
    Orders orders(**store);
    Result<SweepResult> swept = orders.sweep(Caller::localOperator());
    if (!swept)
        return swept.error();
    report.purgedBySweep = swept->purged;
    return report;
}

} // namespace

Result<RestoreReport> restore(const RestoreRequest &request, const Clock &clock)
{
    const QDir target(request.dataDir);
    if (target.exists() && !target.isEmpty())
        return makeError(ErrorCode::Conflict,
                         QStringLiteral("%1 is not empty: a restore builds a new store directory")
                             .arg(request.dataDir));
    const bool existed = target.exists();
    Result<RestoreReport> report = restoreInto(request, clock);
    if (!report) {
        // Nothing half-restored is left to be mistaken for a store.
        QDir(request.dataDir).removeRecursively();
        if (existed)
            QDir().mkpath(request.dataDir);
    }
    return report;
}

} // namespace cc::backup
