#include "ZipArchive.h"

#include <memory>
#include <zip.h>

namespace cc::evidence {

namespace {

struct ZipCloser
{
    void operator()(zip_t *archive) const { zip_discard(archive); }
};
using ZipHandle = std::unique_ptr<zip_t, ZipCloser>;

struct SourceFree
{
    void operator()(zip_source_t *source) const { zip_source_free(source); }
};
using SourceHandle = std::unique_ptr<zip_source_t, SourceFree>;

struct FileCloser
{
    void operator()(zip_file_t *file) const { zip_fclose(file); }
};
using FileHandle = std::unique_ptr<zip_file_t, FileCloser>;

Error zipError(const QString &what, zip_error_t *error)
{
    return makeError(
        ErrorCode::Internal,
        QStringLiteral("%1: %2").arg(what, QString::fromUtf8(zip_error_strerror(error))));
}

// The bytes of a buffer source after its archive was closed into it.
Result<QByteArray> sourceBytes(zip_source_t *source)
{
    if (zip_source_open(source) < 0)
        return zipError(QStringLiteral("cannot read the written ZIP"), zip_source_error(source));
    zip_stat_t stat;
    zip_stat_init(&stat);
    if (zip_source_stat(source, &stat) < 0 || !(stat.valid & ZIP_STAT_SIZE)) {
        zip_source_close(source);
        return zipError(QStringLiteral("cannot size the written ZIP"), zip_source_error(source));
    }
    QByteArray bytes(qsizetype(stat.size), Qt::Uninitialized);
    const zip_int64_t read = zip_source_read(source, bytes.data(), stat.size);
    zip_source_close(source);
    if (read != zip_int64_t(stat.size))
        return makeError(ErrorCode::Internal, QStringLiteral("cannot read the written ZIP whole"));
    return bytes;
}

} // namespace

Result<QByteArray> writeZip(const QList<ZipEntry> &entries)
{
    zip_error_t error;
    zip_error_init(&error);
    SourceHandle buffer(zip_source_buffer_create(nullptr, 0, 0, &error));
    if (!buffer)
        return zipError(QStringLiteral("cannot start a ZIP"), &error);
    ZipHandle archive(zip_open_from_source(buffer.get(), ZIP_TRUNCATE, &error));
    if (!archive)
        return zipError(QStringLiteral("cannot start a ZIP"), &error);
    // The archive owns the buffer from here; keep it past zip_close to read the result.
    zip_source_keep(buffer.get());
    for (const ZipEntry &entry : entries) {
        // libzip reads the data at zip_close(); the entries outlive it.
        zip_source_t *data = zip_source_buffer(archive.get(), entry.bytes.constData(),
                                               zip_uint64_t(entry.bytes.size()), 0);
        if (!data)
            return zipError(QStringLiteral("cannot add %1").arg(entry.name),
                            zip_get_error(archive.get()));
        const zip_int64_t index
            = zip_file_add(archive.get(), entry.name.toUtf8().constData(), data, ZIP_FL_ENC_UTF_8);
        if (index < 0) {
            zip_source_free(data);
            return zipError(QStringLiteral("cannot add %1").arg(entry.name),
                            zip_get_error(archive.get()));
        }
        if (zip_set_file_compression(archive.get(), zip_uint64_t(index), ZIP_CM_DEFLATE, 9) < 0)
            return zipError(QStringLiteral("cannot compress %1").arg(entry.name),
                            zip_get_error(archive.get()));
    }
    if (zip_close(archive.get()) < 0)
        return zipError(QStringLiteral("cannot write the ZIP"), zip_get_error(archive.get()));
    archive.release(); // closed: nothing left to discard
    return sourceBytes(buffer.get());
}

Result<QList<ZipEntry>> readZip(const QByteArray &archiveBytes, qint64 maxTotalBytes)
{
    zip_error_t error;
    zip_error_init(&error);
    SourceHandle source(zip_source_buffer_create(archiveBytes.constData(),
                                                 zip_uint64_t(archiveBytes.size()), 0, &error));
    if (!source)
        return zipError(QStringLiteral("not a readable ZIP"), &error);
    ZipHandle archive(zip_open_from_source(source.get(), ZIP_RDONLY | ZIP_CHECKCONS, &error));
    if (!archive)
        return zipError(QStringLiteral("not a readable ZIP"), &error);
    zip_source_keep(source.get()); // released by the archive and by our handle alike
    const zip_int64_t count = zip_get_num_entries(archive.get(), 0);
    QList<ZipEntry> entries;
    qint64 total = 0;
    for (zip_int64_t i = 0; i < count; ++i) {
        zip_stat_t stat;
        zip_stat_init(&stat);
        if (zip_stat_index(archive.get(), zip_uint64_t(i), 0, &stat) < 0
            || !(stat.valid & ZIP_STAT_NAME) || !(stat.valid & ZIP_STAT_SIZE))
            return zipError(QStringLiteral("entry %1 of the ZIP is unreadable").arg(i + 1),
                            zip_get_error(archive.get()));
        const QString name = QString::fromUtf8(stat.name);
        total += qint64(stat.size);
        if (stat.size > zip_uint64_t(maxTotalBytes) || total > maxTotalBytes)
            return makeError(ErrorCode::TooLarge,
                             QStringLiteral("%1: the ZIP unpacks to more than %2 bytes")
                                 .arg(name)
                                 .arg(maxTotalBytes));
        FileHandle file(zip_fopen_index(archive.get(), zip_uint64_t(i), 0));
        if (!file)
            return zipError(QStringLiteral("%1: cannot open it in the ZIP").arg(name),
                            zip_get_error(archive.get()));
        QByteArray bytes(qsizetype(stat.size), Qt::Uninitialized);
        const zip_int64_t read = zip_fread(file.get(), bytes.data(), stat.size);
        // One byte more must not come: the size the directory claims is the size there is.
        char extra = 0;
        if (read != zip_int64_t(stat.size) || zip_fread(file.get(), &extra, 1) != 0)
            return zipError(QStringLiteral("%1: its data in the ZIP is damaged").arg(name),
                            zip_file_get_error(file.get()));
        entries.append({name, bytes});
    }
    return entries;
}

} // namespace cc::evidence
