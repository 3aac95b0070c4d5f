#pragma once

// A streaming sealed file for backups and the escrowed key file: a key from a passphrase
// (Argon2id, random salt), then AES-256-GCM chunk by chunk, so its size is bounded by the disk,
// not by memory. Each chunk's AAD holds the header, the chunk's index and whether it is the
// last, so chunks cannot be reordered, dropped, repeated or cut off at the end unnoticed, and a
// file sealed for one purpose is not taken for another.
//
// Layout (integers big endian):
//   header: "CCSEALED" | format 1 (1 byte) | purpose length (1) | purpose (ASCII)
//           | Argon2id t, m (KiB), p (4 bytes each) | salt (16) | check (16)
//   chunks: plaintext length (4, at most 1 MiB) | flags (1; 1 = the last chunk)
//           | ciphertext | tag (16)
// The key from Argon2id gives two keys by HKDF-SHA256: the chunk key (nonce: 4 zero bytes and
// the chunk index, 8 bytes; the key is new for every file) and the check value, which tells a
// wrong passphrase from a damaged file.

#include "KeyDerivation.h"
#include "Result.h"

#include <QByteArray>
#include <QIODevice>

namespace cc::crypto {

class SealedStreamWriter
{
public:
    SealedStreamWriter(const SealedStreamWriter &) = delete;
    SealedStreamWriter &operator=(const SealedStreamWriter &) = delete;
    ~SealedStreamWriter(); // wipes the key

    // Writes the header to out; purpose names what the file holds (e.g. "key-file").
    static Result<std::unique_ptr<SealedStreamWriter>> start(QIODevice &out,
                                                             const QByteArray &purpose,
                                                             const QByteArray &passphrase,
                                                             const KdfParams &params = {});
    Result<void> write(const QByteArray &plaintext);
    // Seals what is buffered as the last chunk. Nothing may be written after it.
    Result<void> finish();
    qint64 bytesWritten() const { return m_written; }

private:
    SealedStreamWriter(QIODevice &out)
        : m_out(out)
    { }
    Result<void> sealChunk(bool last);

    QIODevice &m_out;
    QByteArray m_key;
    QByteArray m_header;
    QByteArray m_buffer;
    quint64 m_index = 0;
    qint64 m_written = 0;
    bool m_finished = false;
};

class SealedStreamReader
{
public:
    SealedStreamReader(const SealedStreamReader &) = delete;
    SealedStreamReader &operator=(const SealedStreamReader &) = delete;
    ~SealedStreamReader();

    // Reads and checks the header: the purpose must be expected, the passphrase right.
    static Result<std::unique_ptr<SealedStreamReader>>
    open(QIODevice &in, const QByteArray &expectedPurpose, const QByteArray &passphrase);
    // The next chunk's plaintext (the caller wipes it when it is secret); empty once the last
    // chunk was read (atEnd()). Fails on any alteration, reordering or truncation.
    Result<QByteArray> next();
    bool atEnd() const { return m_done; }
    // Every remaining chunk, for small files such as the key file.
    Result<QByteArray> readAll();

private:
    SealedStreamReader(QIODevice &in)
        : m_in(in)
    { }

    QIODevice &m_in;
    QByteArray m_key;
    QByteArray m_header;
    quint64 m_index = 0;
    bool m_done = false;
};

} // namespace cc::crypto
