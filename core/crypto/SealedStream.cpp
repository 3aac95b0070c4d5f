#include "SealedStream.h"

#include "Aes256Gcm.h"
#include "Crypto.h"
#include "Signature.h"

#include <QtEndian>

namespace cc::crypto {

namespace {

constexpr char kMagic[] = "CCSEALED";
constexpr int kMagicBytes = 8;
constexpr char kFormat = 1;
constexpr int kSaltBytes = 16;
constexpr int kCheckBytes = 16;
constexpr int kChunkBytes = 1024 * 1024;
constexpr char kLastChunk = 1;

QByteArray bigEndian32(quint32 value)
{
    QByteArray bytes(4, Qt::Uninitialized);
    qToBigEndian<quint32>(value, bytes.data());
    return bytes;
}

QByteArray nonceFor(quint64 index)
{
    QByteArray nonce(kGcmNonceBytes, '\0');
    qToBigEndian<quint64>(index, nonce.data() + 4);
    return nonce;
}

QByteArray chunkAad(const QByteArray &header, quint64 index, char flags)
{
    QByteArray aad = header;
    aad.append(nonceFor(index).mid(4)).append(flags);
    return aad;
}

// The chunk key and the check value from the passphrase; the caller wipes the key.
struct Keys
{
    QByteArray chunkKey;
    QByteArray check;
};

Result<Keys> deriveKeys(const QByteArray &passphrase, const QByteArray &salt,
                        const KdfParams &params)
{
    Result<QByteArray> root = deriveKeyArgon2id(passphrase, salt, params, kAesKeyBytes);
    if (!root)
        return root.error();
    const WipeOnExit rootWiped(*root);
    Result<QByteArray> chunkKey
        = hkdfSha256(*root, salt, QByteArrayLiteral("cc-sealed-stream chunk key"), kAesKeyBytes);
    Result<QByteArray> check
        = hkdfSha256(*root, salt, QByteArrayLiteral("cc-sealed-stream check"), kCheckBytes);
    if (!chunkKey)
        return chunkKey.error();
    if (!check)
        return check.error();
    return Keys {*chunkKey, *check};
}

Error damaged(const QString &what)
{
    return makeError(ErrorCode::InvalidInput,
                     QStringLiteral("the sealed file is damaged or altered: %1").arg(what));
}

// Exactly size bytes from in, or nothing at its end; anything else is a cut-off file.
Result<QByteArray> readExactly(QIODevice &in, qint64 size, const QString &what)
{
    QByteArray bytes(size, Qt::Uninitialized);
    qint64 got = 0;
    while (got < size) {
        const qint64 n = in.read(bytes.data() + got, size - got);
        if (n < 0)
            return makeError(
                ErrorCode::Unavailable,
                QStringLiteral("cannot read the sealed file: %1").arg(in.errorString()));
        if (n == 0 && !in.waitForReadyRead(-1))
            break;
        got += n;
    }
    if (got != size)
        return damaged(QStringLiteral("it ends in the middle of %1 (cut off?)").arg(what));
    return bytes;
}

Result<void> writeAll(QIODevice &out, const QByteArray &bytes)
{
    if (out.write(bytes) != bytes.size())
        return makeError(ErrorCode::Unavailable,
                         QStringLiteral("cannot write the sealed file: %1").arg(out.errorString()));
    return {};
}

} // namespace

SealedStreamWriter::~SealedStreamWriter()
{
    wipe(m_key);
    wipe(m_buffer);
}

Result<std::unique_ptr<SealedStreamWriter>> SealedStreamWriter::start(QIODevice &out,
                                                                      const QByteArray &purpose,
                                                                      const QByteArray &passphrase,
                                                                      const KdfParams &params)
{
    if (purpose.isEmpty() || purpose.size() > 64)
        return makeError(ErrorCode::Internal,
                         QStringLiteral("a sealed file needs a short purpose"));
    const QByteArray salt = randomBytes(kSaltBytes);
    if (salt.size() != kSaltBytes)
        return makeError(ErrorCode::Internal,
                         QStringLiteral("cannot seal the file: the random generator failed"));
    Result<Keys> keys = deriveKeys(passphrase, salt, params);
    if (!keys)
        return keys.error();
    std::unique_ptr<SealedStreamWriter> writer(new SealedStreamWriter(out));
    writer->m_key = keys->chunkKey;
    wipe(keys->chunkKey);
    writer->m_header = QByteArray(kMagic, kMagicBytes) + kFormat + char(purpose.size()) + purpose
        + bigEndian32(params.timeCost) + bigEndian32(params.memoryKiB)
        + bigEndian32(params.parallelism) + salt + keys->check;
    writer->m_buffer.reserve(kChunkBytes);
    if (Result<void> written = writeAll(out, writer->m_header); !written)
        return written.error();
    writer->m_written = writer->m_header.size();
    return writer;
}

Result<void> SealedStreamWriter::write(const QByteArray &plaintext)
{
    if (m_finished)
        return makeError(ErrorCode::Internal, QStringLiteral("the sealed file is finished"));
    for (qsizetype from = 0; from < plaintext.size();) {
        const qsizetype take = std::min(plaintext.size() - from, kChunkBytes - m_buffer.size());
        m_buffer.append(plaintext.constData() + from, take);
        from += take;
        if (m_buffer.size() == kChunkBytes)
            if (Result<void> sealed = sealChunk(false); !sealed)
                return sealed;
    }
    return {};
}

Result<void> SealedStreamWriter::finish()
{
    if (m_finished)
        return {};
    m_finished = true;
    return sealChunk(true);
}

Result<void> SealedStreamWriter::sealChunk(bool last)
{
    const char flags = last ? kLastChunk : 0;
    Result<GcmSealed> sealed
        = gcmEncrypt(m_key, nonceFor(m_index), chunkAad(m_header, m_index, flags), m_buffer);
    // Buffer reused in place: wiped, not reallocated.
    std::fill(m_buffer.begin(), m_buffer.end(), '\0');
    m_buffer.resize(0);
    if (!sealed)
        return sealed.error();
    const QByteArray frame = bigEndian32(quint32(sealed->ciphertext.size())) + flags
        + sealed->ciphertext + sealed->tag;
    if (Result<void> written = writeAll(m_out, frame); !written)
        return written;
    m_written += frame.size();
    ++m_index;
    return {};
}

SealedStreamReader::~SealedStreamReader()
{
    wipe(m_key);
}

Result<std::unique_ptr<SealedStreamReader>>
SealedStreamReader::open(QIODevice &in, const QByteArray &expectedPurpose,
                         const QByteArray &passphrase)
{
    Result<QByteArray> start = readExactly(in, kMagicBytes + 2, QStringLiteral("its header"));
    if (!start || !start->startsWith(QByteArray(kMagic, kMagicBytes)))
        return makeError(ErrorCode::InvalidInput,
                         QStringLiteral("not a sealed file of the Compliance Console (no "
                                        "CCSEALED header)"));
    if (start->at(kMagicBytes) != kFormat)
        return makeError(ErrorCode::InvalidInput,
                         QStringLiteral("sealed file format %1 is not known to this build")
                             .arg(int(start->at(kMagicBytes))));
    const int purposeBytes = uchar(start->at(kMagicBytes + 1));
    Result<QByteArray> rest = readExactly(in, purposeBytes + 12 + kSaltBytes + kCheckBytes,
                                          QStringLiteral("its header"));
    if (!rest)
        return rest.error();
    const QByteArray purpose = rest->left(purposeBytes);
    if (purpose != expectedPurpose)
        return makeError(
            ErrorCode::InvalidInput,
            QStringLiteral("this sealed file holds a %1, not a %2")
                .arg(QString::fromLatin1(purpose), QString::fromLatin1(expectedPurpose)));
    const char *p = rest->constData() + purposeBytes;
    KdfParams params;
    params.timeCost = qFromBigEndian<quint32>(p);
    params.memoryKiB = qFromBigEndian<quint32>(p + 4);
    params.parallelism = qFromBigEndian<quint32>(p + 8);
    const QByteArray salt = rest->mid(purposeBytes + 12, kSaltBytes);
    const QByteArray check = rest->right(kCheckBytes);
    Result<Keys> keys = deriveKeys(passphrase, salt, params);
    if (!keys)
        return keys.error();
    std::unique_ptr<SealedStreamReader> reader(new SealedStreamReader(in));
    reader->m_key = keys->chunkKey;
    wipe(keys->chunkKey);
    if (!constantTimeEquals(keys->check, check))
        return makeError(ErrorCode::Unauthorized,
                         QStringLiteral("wrong passphrase for this sealed %1 (or its header was "
                                        "altered)")
                             .arg(QString::fromLatin1(purpose)));
    reader->m_header = *start + *rest;
    return reader;
}

Result<QByteArray> SealedStreamReader::next()
{
    if (m_done)
        return QByteArray();
    Result<QByteArray> frame = readExactly(m_in, 5, QStringLiteral("a chunk header"));
    if (!frame)
        return frame.error();
    const quint32 length = qFromBigEndian<quint32>(frame->constData());
    const char flags = frame->at(4);
    if (length > quint32(kChunkBytes) || (flags != 0 && flags != kLastChunk))
        return damaged(QStringLiteral("chunk %1 has an impossible header").arg(m_index));
    Result<QByteArray> body
        = readExactly(m_in, qint64(length) + kGcmTagBytes, QStringLiteral("chunk %1").arg(m_index));
    if (!body)
        return body.error();
    Result<QByteArray> plain
        = gcmDecrypt(m_key, nonceFor(m_index), chunkAad(m_header, m_index, flags),
                     body->left(length), body->right(kGcmTagBytes));
    if (!plain)
        return damaged(QStringLiteral("chunk %1 does not authenticate").arg(m_index));
    ++m_index;
    if (flags == kLastChunk) {
        m_done = true;
        char extra;
        if (m_in.read(&extra, 1) > 0)
            return damaged(QStringLiteral("there are bytes after its last chunk"));
    }
    return plain;
}

Result<QByteArray> SealedStreamReader::readAll()
{
    QByteArray all;
    WipeOnExit allWiped(all);
    while (!m_done) {
        Result<QByteArray> chunk = next();
        if (!chunk) {
            return chunk.error();
        }
        const WipeOnExit chunkWiped(*chunk);
        if (all.size() + chunk->size() > 64 * 1024 * 1024)
            return makeError(ErrorCode::TooLarge,
                             QStringLiteral("the sealed file is too large "
                                            "to read whole"));
        all.append(*chunk);
    }
    return allWiped.release();
}

} // namespace cc::crypto
